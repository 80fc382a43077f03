"""Atomic JSON Lines shards: a reader never sees a half-written file."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from schemas import Record

M = TypeVar("M", bound=BaseModel)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes owner-only files; shards are for every reader
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line]


def write_lines(path: Path, lines: Iterable[str]) -> ShardSum | None:
    """Replace a shard with `lines`; an empty shard is removed instead (None). Returns the sum of the bytes written,
    which the store commits: reading the shard back for it cost the driver a second pass over every shard."""
    body = "".join(line + "\n" for line in lines)
    if not body:
        path.unlink(missing_ok=True)
        return None
    data = body.encode("utf-8")
    write_atomic(path, data)
    return sum_of(data)


def patch_shard(path: Path, replacements: dict[str, str | None]) -> ShardSum | None:
    """Replace (or with None, drop) the lines whose `source` is a key, keeping every other line in place; the new
    sum, as `write_lines`."""
    lines = []
    for line in read_lines(path):
        source = _source_of(line)
        if source in replacements:
            new = replacements[source]
            if new is not None:
                lines.append(new)
        else:
            lines.append(line)
    return write_lines(path, lines)


def _source_of(line: str) -> str:
    data = json.loads(line)
    return str(data["provenance"]["source"] if "provenance" in data else data["source"])


def remove_stale_temporaries(folder: Path) -> None:
    """Temporaries left by a killed run: never whole, so never kept."""
    for tmp in folder.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class ShardSum:
    """What the store remembers of a shard it committed, to tell when the file is no longer that shard."""

    lines: int
    sha256: str


def shard_sum(path: Path) -> ShardSum | None:
    """Lines and sha256 of a shard file; None when there is no such file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    return sum_of(data)


def sum_of(data: bytes) -> ShardSum:
    """Lines and sha256 of a shard's bytes."""
    return ShardSum(data.count(b"\n"), hashlib.sha256(data).hexdigest())


def line_digest(canonical: str) -> str:
    """sha256 of a record's canonical JSON line (`model_dump_json`, the line a run commits): any field edited
    changes it; the same record written with other spacing or key order does not."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record_digests(curated: Path, shards: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """(source, shard, digest) of every line of the record shards among `shards`, as they are on disk: shards that
    matched their committed sums, or that `curate rebuild-index` found valid."""
    for shard in sorted(shards):
        if not shard.startswith("records/") or not (curated / shard).exists():
            continue
        with (curated / shard).open("rb") as handle:
            for line in handle:
                if line.strip():
                    record = Record.model_validate_json(line)
                    yield record.provenance.source, shard, line_digest(record.model_dump_json())


def parse_line(line: bytes, model: type[M]) -> M | str:
    """A shard line as a valid `model` (a record or a rejection), or why it is not one."""
    try:
        return model.model_validate_json(line)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        return f"not a valid {model.__name__.lower()}: {where + ': ' if where else ''}{first['msg']}"


def bad_lines(path: Path, model: type[BaseModel]) -> list[tuple[int, str]]:
    """(line number, why) of each non-blank line of a shard that is not a valid `model`."""
    found = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip() and isinstance(problem := parse_line(line, model), str):
                found.append((number, problem))
    return found


class DamagedLine(ValueError):
    """A shard line that is not a valid record or rejection, named by shard and line with the repair, so a reader
    of the shards (export, stats, show) ends in one line a person can act on."""


def shard_lines(curated: Path, kind: str) -> Iterator[tuple[Path, int, bytes]]:
    """(shard, line number from 1, line) of every non-blank line of the `kind` shards (records, rejected), in order."""
    for shard in sorted((curated / kind).glob("*.jsonl")):
        yield from lines_of(shard)


def lines_of(shard: Path) -> Iterator[tuple[Path, int, bytes]]:
    """(shard, line number from 1, line) of every non-blank line of one shard."""
    with shard.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield shard, number, line


def parse_or_raise(curated: Path, shard: Path, number: int, line: bytes, model: type[M]) -> M:
    """The line as a valid `model`, or DamagedLine naming `shard:line` and `curate rebuild-index`."""
    parsed = parse_line(line, model)
    if isinstance(parsed, str):
        raise DamagedLine(
            f"{shard}:{number}: {parsed}; `curate rebuild-index {curated}` moves the line to quarantine/ (kept) "
            "and the next run curates its source again"
        )
    return parsed
