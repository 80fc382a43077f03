"""Re-derive every record from its raw bytes: the check that provenance is complete."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from curation.containers import CONTAINER_ERRORS, member_payload, read_member
from curation.decode import decode_bytes
from curation.discover import Member, read_regular, source_path
from curation.errors import Rejected
from curation.output import parse_line
from curation.spans import Span, apply_spans, check_spans
from schemas import Provenance, Record


def scan_records(curated: Path) -> Iterator[tuple[Path, int, Record | str]]:
    """Each line of the record shards as a Record, or as why it is not one: a damaged line is reported, and the
    lines after it are still checked."""
    for shard in sorted((curated / "records").glob("*.jsonl")):
        with shard.open("rb") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                yield shard, number, parse_line(line, Record)


def iter_records(curated: Path) -> Iterator[tuple[Path, int, Record]]:
    """The records, in shard order; a damaged line raises ValueError naming its shard and line."""
    for shard, number, item in scan_records(curated):
        if isinstance(item, str):
            raise ValueError(f"{shard}:{number}: {item}")
        yield shard, number, item


def recorded_bytes(prov: Provenance, raw_dir: Path) -> bytes | str:
    """The bytes a record was decoded from, checked against its `source_sha256`; or why they cannot be had.

    A file is read whole. A document in a container is read back from where its provenance says (offset and length
    in the decompressed stream, or its row), hashed as it was when curated (its JSON line, its row as JSON), and
    unpacked again into the text field's bytes that were decoded.
    """
    member = prov.member
    path = source_path(raw_dir, member.container if member else prov.source)
    if path is None:
        return f"source {prov.source!r} is not a relative path inside RAW_DIR; not read"
    try:
        if member is None:
            raw = read_regular(path)
        else:
            listed = Member(
                member.reader,
                member.container,
                member.number,
                member.offset,
                member.length,
                prov.source_sha256,
                member.field,
                member.record_id,
            )
            raw = read_member(path, listed)
    except OSError as exc:
        return f"source {prov.source} cannot be read: {exc.strerror or exc}"
    except Rejected as exc:
        if exc.reason == "replaced":
            return f"source {prov.source} changed since it was curated (sha256 differs)"
        return f"source {prov.source} cannot be read: {exc.detail}"
    except CONTAINER_ERRORS as exc:
        return f"source {prov.source} cannot be read: container unreadable: {exc}"
    if hashlib.sha256(raw).hexdigest() != prov.source_sha256:
        return f"source {prov.source} changed since it was curated (sha256 differs)"
    if member is None:
        return raw
    try:
        return member_payload(listed, raw)[0]
    except Rejected as exc:
        return f"source {prov.source} no longer holds its text: {exc.detail}"


def verify_record(record: Record, raw_dir: Path) -> str | None:
    """Why the record does not follow from its source, or None when it does."""
    prov = record.provenance
    raw = recorded_bytes(prov, raw_dir)
    if isinstance(raw, str):
        return raw
    try:
        decoded = decode_bytes(raw)
    except Rejected as exc:
        return f"source {prov.source} no longer decodes: {exc}"
    if decoded.encoding != prov.encoding or list(decoded.steps) != prov.decode_steps:
        return f"source {prov.source} decodes as {decoded.encoding} {decoded.steps}, record says {prov.encoding}"
    spans = [Span(s.start, s.end, s.reason) for s in prov.removed]
    problem = check_spans(spans, len(decoded.text))
    if problem:
        return f"record {record.id}: {problem}"
    if apply_spans(decoded.text, spans) != record.text:
        return f"record {record.id}: text differs from the source minus its removed spans"
    return None
