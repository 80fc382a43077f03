"""Documents inside container files: JSON Lines (plain, gzip, zstd), Parquet and web archives (WARC, WET).

A container is not a source: each document in it is, named `container#line=N` (JSON Lines, from 1),
`container#row=N` (Parquet, from 0) or `container#record=<WARC-Record-ID>` (a WARC `response`, a WET
`conversion`). Listing (`expand`) streams each container once to find its documents and the sha256 of each
document's own bytes, so planning compares documents, not containers: appending lines processes only the new
ones, and a rewritten container redoes only the documents whose bytes changed.

A document's own bytes are what its hash covers and what `verify` reads back:
- JSON Lines: the line, without its final newline, at (offset, length) in the decompressed stream;
- Parquet: the row as one JSON object of all its columns (sorted keys, UTF-8), found by its row number;
- WARC and WET: the record's payload (an HTTP body with its encodings undone, a WET's text), found by the record's
  offset in the file and checked by its record id.
A JSON object's text to decode is its text field's value, encoded as UTF-8; a payload is decoded as a file's bytes
are (`member_payload`); the removed spans of a record are offsets into what `decode_bytes` makes of those.

The container's bytes are read by the driver, in discovery order, one open stream at a time (`load_batches`):
workers receive the documents' bytes with their batch, so a compressed container is decompressed once per pass
rather than once per batch, and memory stays bounded by the batches in flight.
"""

from __future__ import annotations

import fnmatch
import gzip
import hashlib
import io
import json
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from curation.discover import Member, Refused, SourceFile, discover, open_listed
from curation.errors import Rejected
from schemas import CurationConfig

# File name patterns (matched on the name) and their readers; `CurationConfig.readers` overrides them by pattern
# on the relative path. Everything else is read as one document per file.
DEFAULT_READERS = {
    "*.jsonl": "jsonl",
    "*.jsonl.gz": "jsonl",
    "*.jsonl.zst": "jsonl",
    "*.parquet": "parquet",
    "*.warc": "warc",
    "*.warc.gz": "warc",
    "*.wet": "wet",
    "*.wet.gz": "wet",
}
# The WARC record type that holds a document, per reader: a crawl's HTTP response, a WET file's extracted text.
WARC_TYPES = {"warc": "response", "wet": "conversion"}
_CHUNK = 1 << 20  # bytes read at a time while listing: a line of any length is hashed without holding it
_PARQUET_ROWS = 1024  # rows decoded at a time while listing a Parquet file
# Errors of a damaged container: a bad gzip or zstd stream, a truncated file, a Parquet file that is not one.
CONTAINER_ERRORS = (
    OSError,
    EOFError,
    zlib.error,
    zstandard.ZstdError,
    pa.ArrowException,
    ArchiveLoadFailed,
    ValueError,
)
_MEMBER_NAME = re.compile(r"^(.+)#(?:line|row|record)=[^#/]+$")


def reader_for(source: str, overrides: dict[str, str]) -> str:
    """The reader of a file: the first configured pattern matching its relative path, else by its name."""
    for pattern, reader in overrides.items():
        if fnmatch.fnmatchcase(source, pattern):
            return reader
    name = source.rsplit("/", 1)[-1]
    return next((reader for pattern, reader in DEFAULT_READERS.items() if fnmatch.fnmatchcase(name, pattern)), "text")


def container_of(source: str) -> str | None:
    """The container a document's source names (`a/b.jsonl.gz#line=3` -> `a/b.jsonl.gz`), None for a file."""
    match = _MEMBER_NAME.match(source)
    return match.group(1) if match else None


def _decompressed(raw: BinaryIO, name: str) -> BinaryIO:
    """The container's content stream, decompressed by its suffix (`.gz`, `.zst`), read forwards only."""
    if name.endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if name.endswith(".zst"):
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=False))
    return raw


def _lines(stream: BinaryIO) -> Iterator[tuple[int, int, int, str]]:
    """(line number, offset, length, sha256) of each line that is not blank; the final newline is not part of a
    line. Read in chunks, so a line of any length is listed without being held."""
    number = offset = length = 0
    digest, blank = hashlib.sha256(), True
    for chunk in iter(lambda: stream.readline(_CHUNK), b""):
        ended = chunk.endswith(b"\n")
        body = chunk[:-1] if ended else chunk
        digest.update(body)
        length += len(body)
        blank = blank and not body.strip()
        if ended:
            number += 1
            if not blank:
                yield number, offset, length, digest.hexdigest()
            offset += length + 1
            length, digest, blank = 0, hashlib.sha256(), True
    if length and not blank:
        yield number + 1, offset, length, digest.hexdigest()


def row_bytes(row: dict[str, object]) -> bytes:
    """A Parquet row as its document bytes: one JSON object of all its columns; values JSON lacks (dates,
    decimals, binary) as their text."""
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def _members(container: SourceFile, reader: str, text_field: str) -> Iterator[SourceFile]:
    """The documents of one container, streamed."""
    with open_listed(container, None) as raw:
        if reader == "jsonl":
            stream = _decompressed(raw, container.source)
            for number, offset, length, sha in _lines(stream):
                member = Member("jsonl", container.source, number, offset, length, sha, text_field)
                yield replace(container, source=f"{container.source}#line={number}", member=member)
        elif reader == "parquet":
            number = 0
            for batch in pq.ParquetFile(raw).iter_batches(batch_size=_PARQUET_ROWS):
                for row in batch.to_pylist():
                    data = row_bytes(row)
                    sha = hashlib.sha256(data).hexdigest()
                    member = Member("parquet", container.source, number, number, len(data), sha, text_field)
                    yield replace(container, source=f"{container.source}#row={number}", member=member)
                    number += 1
        elif reader in WARC_TYPES:
            records = ArchiveIterator(raw)
            for number, (offset, record, length, sha) in enumerate(_warc_documents(records, WARC_TYPES[reader])):
                rid = record.rec_headers.get_header("WARC-Record-ID")
                metadata = tuple(
                    (key, value)
                    for key, header in (("url", "WARC-Target-URI"), ("date", "WARC-Date"))
                    if (value := record.rec_headers.get_header(header))
                )
                member = Member(reader, container.source, number, offset, length, sha, None, rid, metadata)
                yield replace(container, source=f"{container.source}#record={rid}", member=member)
        else:
            raise ValueError(f"unknown reader {reader!r}")


def _warc_documents(records: ArchiveIterator, kind: str) -> Iterator[tuple[int, ArcWarcRecord, int, str]]:
    """(offset of the record in the file, record, payload length, payload sha256) of each record of `kind`; the
    payload is hashed as it streams (the HTTP body with its transfer and content encodings undone)."""
    for record in records:
        if record.rec_type != kind:
            continue
        digest, length, stream = hashlib.sha256(), 0, record.content_stream()
        for chunk in iter(lambda: stream.read(_CHUNK), b""):  # noqa: B023 - consumed before the next record
            digest.update(chunk)
            length += len(chunk)
        # asked only now: warcio reads the record to its end to answer, which would leave no payload to hash
        yield records.get_record_offset(), record, length, digest.hexdigest()


def expand(
    files: Iterable[SourceFile], readers: dict[str, str], text_field: str
) -> tuple[list[SourceFile], list[Refused]]:
    """Files as sources, each container replaced by its documents in container order.

    A container that cannot be read to its end (a truncated gzip, a file that is not Parquet) keeps the documents
    listed before the damage, and is refused itself as `bad_container` with what went wrong.
    """
    found: list[SourceFile] = []
    refused: list[Refused] = []
    for file in files:
        reader = reader_for(file.source, readers)
        if reader == "text":
            found.append(file)
            continue
        try:
            found.extend(_members(file, reader, text_field))
        except Rejected as exc:
            refused.append(Refused(file.source, exc.reason, exc.detail))
        except CONTAINER_ERRORS as exc:
            refused.append(Refused(file.source, "bad_container", f"{reader} container unreadable: {exc}"))
    return found, refused


def discover_documents(raw_dir: Path, config: CurationConfig) -> tuple[list[SourceFile], list[Refused]]:
    """Every source of RAW_DIR: its files, each container replaced by its documents (`expand`).

    The listing holds one entry per document (a few hundred bytes: offset, length, hash), not the documents.
    """
    files, refused = discover(raw_dir, config.ignore)
    documents, broken = expand(files, config.readers, config.text_field)
    return documents, refused + broken


@dataclass(frozen=True)
class Loaded:
    """A container's document with the bytes the driver read for it, or why they could not be read."""

    source: SourceFile
    raw: bytes | None
    reason: str = ""
    detail: str = ""

    def data(self) -> bytes:
        if self.raw is None:
            raise Rejected(self.reason, self.detail)
        return self.raw


Item = SourceFile | Loaded


def source_of(item: Item) -> SourceFile:
    """The source a batch item stands for, whether the worker reads it or the driver read it from its container."""
    return item.source if isinstance(item, Loaded) else item


class _Open:
    """One container open for reading its documents forwards, in listing order."""

    def __init__(self, listed: SourceFile, name: str) -> None:
        self.key = (listed.path, listed.dev, listed.ino)
        self.raw = open_listed(listed, None)
        self.stream = _decompressed(self.raw, name)
        self.position = 0  # in the decompressed stream (jsonl) or in rows (parquet)
        self.parquet: Iterator[dict[str, object]] | None = None

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> _Open:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, member: Member, max_bytes: int) -> bytes:
        """The member's bytes, checked against the hash its listing found."""
        if member.length > max_bytes:
            raise Rejected("too_large", f"{member.length} bytes, above the limit of {max_bytes}")
        if member.reader in WARC_TYPES:
            self.raw.seek(member.offset)  # a WARC's records are found by offset: gzip members start there
            record = next(iter(ArchiveIterator(self.raw)), None)
            if record is None or record.rec_headers.get_header("WARC-Record-ID") != member.record_id:
                raise Rejected("replaced", "the archive changed after it was listed; not read (the next run reads it)")
            data = _read_up_to(record.content_stream(), member.length + 1)
        elif member.reader == "parquet":
            if self.parquet is None:
                self.parquet = (r for b in pq.ParquetFile(self.raw).iter_batches(_PARQUET_ROWS) for r in b.to_pylist())
            for _ in range(member.offset - self.position):
                next(self.parquet)
            data = row_bytes(next(self.parquet))
            self.position = member.offset + 1
        else:
            _skip(self.stream, member.offset - self.position)
            data = _read_exactly(self.stream, member.length)
            self.position = member.offset + len(data)
        if len(data) != member.length or hashlib.sha256(data).hexdigest() != member.sha256:
            raise Rejected("replaced", "the container changed after it was listed; not read (the next run reads it)")
        return data


def _skip(stream: BinaryIO, count: int) -> None:
    """Read past `count` bytes of a stream that may not seek (a gzip or zstd stream only decompresses forwards)."""
    while count > 0:
        count -= len(_read_exactly(stream, min(count, _CHUNK)))


def _read_up_to(stream: BinaryIO, limit: int) -> bytes:
    """At most `limit` bytes, to the stream's end."""
    parts: list[bytes] = []
    while limit > 0 and (chunk := stream.read(limit)):
        parts.append(chunk)
        limit -= len(chunk)
    return b"".join(parts)


def _read_exactly(stream: BinaryIO, count: int) -> bytes:
    """`count` bytes: a decompressing stream returns what one block gave, often less than asked."""
    parts: list[bytes] = []
    while count > 0:
        chunk = stream.read(count)
        if not chunk:
            raise EOFError("the container ends before the document")
        parts.append(chunk)
        count -= len(chunk)
    return b"".join(parts)


def load_batches(items: list[SourceFile], size: int, max_bytes: int) -> Iterator[list[Item]]:
    """Batches of `size` sources, each container document with its bytes read here, keeping one container open.

    Items are in listing order, so each container is read forwards, once per pass; a file outside any container
    is left for the worker to read. A document that cannot be read carries the reason, for its rejection.
    """
    current: _Open | None = None
    try:
        for start in range(0, len(items), size):
            batch: list[Item] = []
            for item in items[start : start + size]:
                member = item.member
                if member is None:
                    batch.append(item)
                    continue
                try:
                    if (
                        current is None
                        or current.key != (item.path, item.dev, item.ino)
                        or current.position > (member.offset)
                    ):
                        if current is not None:
                            current.close()
                            current = None
                        current = _Open(item, member.container)
                    batch.append(Loaded(item, current.read(member, max_bytes)))
                except Rejected as exc:
                    batch.append(Loaded(item, None, exc.reason, exc.detail))
                except (*CONTAINER_ERRORS, StopIteration) as exc:
                    if current is not None:
                        current.close()
                        current = None
                    batch.append(Loaded(item, None, "bad_container", f"container unreadable: {exc}"))
            yield batch
    finally:
        if current is not None:
            current.close()


def read_member(path: Path, member: Member) -> bytes:
    """A recorded document's bytes, read again from its container at `path` (for `verify` and `show`).

    Read at the recorded offset; when the bytes there are not the document's (documents before it were rewritten
    to another length since, which redoes only them), it is found again by what names it: its line number, or its
    WARC record id.
    """
    listed = SourceFile(member.container, str(path), 0, 0, *_identity(path))
    try:
        with _Open(listed, member.container) as opened:
            return opened.read(member, max_bytes=member.length)
    except (Rejected, *CONTAINER_ERRORS):
        if member.reader == "parquet":
            raise
    with _Open(listed, member.container) as scan:
        if member.reader in WARC_TYPES:
            found = (
                (offset, record.rec_headers.get_header("WARC-Record-ID"))
                for offset, record, _, _ in _warc_documents(ArchiveIterator(scan.raw), WARC_TYPES[member.reader])
            )
            offset = next((offset for offset, rid in found if rid == member.record_id), None)
        else:
            offset = next((found for number, found, _, _ in _lines(scan.stream) if number == member.number), None)
    if offset is None:
        raise Rejected("replaced", "the document is no longer in its container")
    with _Open(listed, member.container) as opened:
        return opened.read(replace(member, offset=offset), max_bytes=member.length)


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_dev, st.st_ino


def member_payload(
    member: Member, raw: bytes, hint_fields: Mapping[str, str] | None = None
) -> tuple[bytes, dict[str, str]]:
    """What the pipeline decodes of a document and its source metadata.

    A web archive's payload is decoded as it is, as a file's bytes are; its metadata are the record's URL and date.
    A JSON line or row gives its text field as UTF-8, and each key of `hint_fields` with the value of the field it
    names, as text, when present. A line that is no JSON object, or lacks a text field of type string, is refused:
    one bad line is one rejection, never the loss of its file.
    """
    if member.reader in WARC_TYPES:
        return raw, dict(member.metadata)
    try:
        document = json.loads(raw)
    except UnicodeDecodeError:
        raise Rejected("bad_json", "the line is not UTF-8 (JSON Lines are UTF-8)") from None
    except ValueError as exc:
        raise Rejected("bad_json", f"not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise Rejected("bad_json", f"a JSON {type(document).__name__}, not an object")
    field = member.field or "text"
    if field not in document or document[field] is None:
        raise Rejected("no_text_field", f"no {field!r} field; fields: {', '.join(sorted(document))[:200]}")
    text = document[field]
    if not isinstance(text, str):
        raise Rejected("wrong_type", f"{field!r} is a JSON {type(text).__name__}, not a string")
    try:
        payload = text.encode("utf-8")
    except UnicodeEncodeError:
        raise Rejected("bad_json", f"{field!r} holds an unpaired surrogate escape (\\ud800 to \\udfff)") from None
    fields = hint_fields or {}
    hints = {key: _hint(document[name]) for key, name in fields.items() if document.get(name) not in (None, "")}
    return payload, hints


def _hint(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def hint_date(value: str | None) -> str | None:
    """A source's own date (`date` metadata) as YYYY-MM-DD, when it starts with an ISO date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
