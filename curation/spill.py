"""Decoded documents kept on disk between a run's two passes, so that each input is read and decoded once.

The pre-pass reads and decodes every document to count its lines (`curation.repeated`); the main pass needs the
same decoded text, and reading and decoding it again cost about 0.6 ms a document. So the pre-pass writes what it
read of each document (`pipeline.Read`) to a spill file of its batch, and the main pass takes it from there
(`pipeline.process_batch`). A document a spill has nothing for is read again, as before: one the pre-pass could not
read or decode (the main pass then rejects it with its reason), or one whose entry cannot be read back whole (a
damaged or missing file, a Dask worker that does not see the output folder). On disk, not in memory: a run of any
size holds only the batches in flight.

A spill file holds its entries one after another, each a JSON line of the document's facts followed by its decoded
text as UTF-8; then the index, a JSON list of [source, offset, length, digest] per entry; then the index's length
and a tag. It is written to a temporary and renamed into place, so a reader finds a whole file or none, and the
digest of each entry tells a damaged one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from curation.decode import Decoded
from curation.discover import SourceFile
from curation.pipeline import Read

SPILL_DIR = ".spill"  # in the output folder: the spill folders of the run under way, or of a killed one
_TAG = b"curation-spill-1"
_LENGTH = struct.Struct(">Q")
_TAIL = _LENGTH.size + len(_TAG)


def _digest(entry: bytes) -> str:
    return hashlib.blake2b(entry, digest_size=16).hexdigest()


@dataclass(frozen=True)
class Spills:
    """Where a run keeps its spill files: one per pre-pass batch of `batch_size` documents, numbered in the order
    of the run's documents. Both passes batch the same documents in the same order, so the main pass finds the
    spill files of a batch by its documents' positions."""

    folder: Path
    batch_size: int

    def path(self, number: int) -> str:
        return str(self.folder / f"{number:06d}.spill")

    def covering(self, start: int, count: int) -> tuple[str, ...]:
        """The spill files of the documents at positions start to start + count - 1."""
        first, last = start // self.batch_size, (start + count - 1) // self.batch_size
        return tuple(self.path(number) for number in range(first, last + 1))


@contextmanager
def run_spills(out_dir: Path, batch_size: int, run_id: str) -> Iterator[Spills]:
    """A folder of the run's own for its spills, removed when the run ends, however it ends.

    To be entered with the output folder's lock held: what `.spill` holds then is a killed run's, and is removed.
    The folder is made fresh (`mkdtemp`), so a later run never finds an earlier one's spills where it looks, even
    with the same run id, and never trusts them."""
    root = out_dir / SPILL_DIR
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(exist_ok=True)  # if a killed run's could not all be removed
    try:
        yield Spills(Path(tempfile.mkdtemp(dir=root, prefix=f"{run_id}-")), batch_size)
    finally:
        shutil.rmtree(root, ignore_errors=True)


class SpillWriter:
    """One pre-pass batch's spill file, written as the batch goes, in place only once whole: a context manager
    that renames it into place when its block ends, or removes it when the block fails. Never synced: a spill is
    worth nothing after a crash, which ends its run. One that cannot be written (a full disk) is given up, never
    the batch: the main pass then reads its documents again."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._index: list[tuple[str, int, int, str]] = []
        self._file: BinaryIO | None = None
        directory, name = os.path.split(path)
        try:
            fd, self._tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
        except OSError:
            return
        self._file = os.fdopen(fd, "wb")

    def add(self, source: SourceFile, read: Read) -> None:
        if self._file is None:
            return
        facts = {
            "source": source.source,
            "sha256": read.sha256,
            "size": read.size,
            "encoding": read.decoded.encoding,
            "steps": list(read.decoded.steps),
            "hints": read.hints,
            "seconds": read.seconds,
        }
        # surrogatepass: a decoded text holds any code point, and must come back exactly
        entry = json.dumps(facts).encode() + b"\n" + read.decoded.text.encode("utf-8", "surrogatepass")
        try:
            self._index.append((source.source, self._file.tell(), len(entry), _digest(entry)))
            self._file.write(entry)
        except OSError:
            self._give_up()

    def _give_up(self) -> None:
        file, self._file = self._file, None
        if file is not None:
            with suppress(OSError):
                file.close()
            Path(self._tmp).unlink(missing_ok=True)

    def __enter__(self) -> SpillWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if self._file is None:
            return
        if kind is not None:
            self._give_up()
            return
        try:
            index = json.dumps(self._index).encode()
            self._file.write(index + _LENGTH.pack(len(index)) + _TAG)
            self._file.close()
            os.replace(self._tmp, self.path)
        except OSError:
            self._give_up()


def _read_index(handle: BinaryIO) -> Iterator[tuple[str, int, int, str]]:
    handle.seek(-_TAIL, os.SEEK_END)
    tail = handle.read(_TAIL)
    if tail[_LENGTH.size :] != _TAG:
        raise ValueError("not a whole spill file")
    (length,) = _LENGTH.unpack(tail[: _LENGTH.size])
    handle.seek(-_TAIL - length, os.SEEK_END)
    for source, offset, size, digest in json.loads(handle.read(length)):
        yield str(source), int(offset), int(size), str(digest)


class SpillReader:
    """The spilled documents of a main-pass batch (`Spills.covering`), read back one at a time (`take`). A file
    that is missing or damaged gives nothing, and its documents are read again. A context manager: it closes its
    files."""

    def __init__(self, paths: Iterable[str]) -> None:
        self._files: list[BinaryIO] = []
        self._where: dict[str, tuple[BinaryIO, int, int, str]] = {}
        for path in paths:
            try:
                handle = open(path, "rb")  # noqa: SIM115 - closed with the reader
            except OSError:
                continue
            self._files.append(handle)
            try:
                index = list(_read_index(handle))
            except (OSError, ValueError, TypeError):
                continue
            for source, offset, size, digest in index:
                self._where[source] = (handle, offset, size, digest)

    def take(self, source: SourceFile) -> Read | None:
        """What the pre-pass read and decoded of `source`, or None: read it again."""
        where = self._where.get(source.source)
        if where is None:
            return None
        handle, offset, size, digest = where
        try:
            handle.seek(offset)
            entry = handle.read(size)
            if len(entry) != size or _digest(entry) != digest:
                return None
            head, _, text = entry.partition(b"\n")
            facts = json.loads(head)
            if facts["source"] != source.source:
                return None
            decoded = Decoded(text.decode("utf-8", "surrogatepass"), facts["encoding"], tuple(facts["steps"]))
            return Read(facts["sha256"], facts["size"], decoded, facts["hints"], facts["seconds"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def __enter__(self) -> SpillReader:
        return self

    def __exit__(self, *exc: object) -> None:
        for handle in self._files:
            handle.close()
