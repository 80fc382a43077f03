"""Parquet shards of the curated records, typed by a pyarrow schema derived from the pydantic models.

`records/*.jsonl` stays the canonical form; Parquet is a derived copy for columnar readers
(pandas, DuckDB, Polars, `datasets`). The Arrow schema is built from the `Record` model itself,
so a field added to the model appears in the Parquet files without a second definition to keep
in sync: nested models become structs, lists of models become list<struct>.
"""

from __future__ import annotations

import hashlib
import os
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from curation.output import lines_of, parse_or_raise
from schemas import SCHEMA_VERSION, Record

PARQUET_DIR = "parquet"
EMPTY_NAME = "part-empty.parquet"
_SHARD_SHA_KEY = b"curation.shard_sha256"
# `map`, or a process pool's: per-shard work of the end of a run, spread over the run's workers
Mapper = Callable[..., Iterable[object]]

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    datetime: pa.timestamp("us", tz="UTC"),
}


def _arrow_type(annotation: object) -> tuple[pa.DataType, bool]:
    """(Arrow type, nullable) of a pydantic field annotation."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"cannot map union {annotation} to Arrow")
        return _arrow_type(args[0])[0], True
    if origin is typing.Literal:
        return pa.string(), False
    if origin is list:
        (item,) = typing.get_args(annotation)
        item_type, item_nullable = _arrow_type(item)
        return pa.list_(pa.field("item", item_type, nullable=item_nullable)), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(_fields(annotation)), False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False  # type: ignore[index]
    raise TypeError(f"cannot map {annotation} to Arrow")


def _fields(model: type[BaseModel]) -> list[pa.Field]:
    fields = []
    for name, info in model.model_fields.items():
        arrow_type, nullable = _arrow_type(info.annotation)
        metadata = {"description": info.description} if info.description else None
        fields.append(pa.field(name, arrow_type, nullable=nullable, metadata=metadata))
    return fields


def arrow_schema(model: type[BaseModel] = Record) -> pa.Schema:
    """The Arrow schema of `model`, with the schema version in its metadata."""
    return pa.schema(_fields(model), metadata={b"schema_version": SCHEMA_VERSION.encode()})


def _write_shard(path: Path, rows: list[dict], schema: pa.Schema) -> None:
    """Write to a hidden temporary next to `path`, then rename: readers never see half a file."""
    # not mkstemp: its 0600 mode would make the shards unreadable to other users of the dataset
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp, compression="zstd")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _made_from(path: Path) -> str | None:
    """The sha256 of the record shard a Parquet file was made from, as its metadata says; None when there is no
    such file or it cannot be read (it is then written again)."""
    try:
        metadata = pq.read_schema(path).metadata or {}
    except (OSError, pa.ArrowException):
        return None
    value = metadata.get(_SHARD_SHA_KEY)
    return value.decode() if value else None


def write_parquet(target: Path, rows: list[dict], sha: str) -> None:
    """One record shard's Parquet file, from its records (`model_dump`), the shard's sha256 in the file's
    metadata."""
    base = arrow_schema()
    _write_shard(target, rows, base.with_metadata({**base.metadata, _SHARD_SHA_KEY: sha.encode()}))


def _convert(curated: Path, job: tuple[Path, Path, str]) -> None:
    shard, target, sha = job
    write_parquet(
        target, [parse_or_raise(curated, shard, n, line, Record).model_dump() for _, n, line in lines_of(shard)], sha
    )


def stale_parquet(
    curated: Path, sums: Mapping[str, str] | None = None
) -> tuple[list[tuple[Path, Path, str]], list[Path]]:
    """(shard, Parquet file, shard sha256) of each record shard whose Parquet file was not made from it as it is
    now, and the Parquet files the dataset should have, one per record shard. The file's metadata holds the sha256
    of the shard it was made from, and `sums` (shard -> sha256 as the store committed it; None: hash the files) what
    the shard is now."""
    folder = curated / PARQUET_DIR
    written: list[Path] = []
    jobs: list[tuple[Path, Path, str]] = []
    for path in sorted((curated / "records").glob("*.jsonl")):
        sha = (sums or {}).get(f"records/{path.name}") or hashlib.sha256(path.read_bytes()).hexdigest()
        target = folder / f"{path.stem}.parquet"
        written.append(target)
        if _made_from(target) != sha:
            jobs.append((path, target, sha))
    return jobs, written


def tidy_parquet(curated: Path, written: list[Path]) -> list[Path]:
    """Once the files of `stale_parquet` are written: remove the files of shards that are gone (or of an older
    layout), and keep one empty file in a dataset without records, so readers find the schema. Returns the files."""
    folder = curated / PARQUET_DIR
    if not written:
        written = [folder / EMPTY_NAME]
        _write_shard(written[0], [], arrow_schema())
    for stale in set(folder.glob("*.parquet")) - set(written):
        stale.unlink()
    return written


def export_parquet(curated: Path, sums: Mapping[str, str] | None = None, mapper: Mapper = map) -> list[Path]:
    """Bring CURATED/parquet/ in line with records/: one Parquet file per record shard, of the same name; returns
    them.

    A file is written only when its shard changed since it was made (`stale_parquet`): a run thus writes the Parquet
    files of the shards it wrote or changed, not the whole dataset's. Memory stays bounded by one shard per process:
    `mapper` (a process pool's `map`) converts the shards in parallel.
    """
    (curated / PARQUET_DIR).mkdir(parents=True, exist_ok=True)
    jobs, written = stale_parquet(curated, sums)
    if jobs:
        list(mapper(partial(_convert, curated), jobs))
    return tidy_parquet(curated, written)
