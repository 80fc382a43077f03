"""Parquet shards of the curated records, typed by a pyarrow schema derived from the pydantic models.

`records/*.jsonl` stays the canonical form; Parquet is a derived copy for columnar readers
(pandas, DuckDB, Polars, `datasets`). The Arrow schema is built from the `Record` model itself,
so a field added to the model appears in the Parquet files without a second definition to keep
in sync: nested models become structs, lists of models become list<struct>.
"""

from __future__ import annotations

import os
import types
import typing
import uuid
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from curation.output import parse_or_raise, shard_lines
from schemas import SCHEMA_VERSION, Record

PARQUET_DIR = "parquet"
DEFAULT_SHARD_ROWS = 10_000
_SHARD_ROWS_KEY = b"curation.shard_rows"

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


def _previous_shard_rows(folder: Path) -> int | None:
    first = folder / "part-00000.parquet"
    if not first.exists():
        return None
    metadata = pq.read_schema(first).metadata or {}
    value = metadata.get(_SHARD_ROWS_KEY)
    return int(value) if value else None


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


def export_parquet(curated: Path, shard_rows: int | None = None) -> list[Path]:
    """Regenerate CURATED/parquet/part-NNNNN.parquet from the record shards; returns the shards.

    `shard_rows=None` keeps the shard size of the previous export (so a size chosen with
    `curate export --shard-rows` survives later runs), else DEFAULT_SHARD_ROWS. Memory stays
    bounded by one shard. Shards beyond the new count are removed after the new ones are in place.
    """
    folder = curated / PARQUET_DIR
    folder.mkdir(parents=True, exist_ok=True)
    rows_per_shard = shard_rows or _previous_shard_rows(folder) or DEFAULT_SHARD_ROWS
    if rows_per_shard < 1:
        raise ValueError("shard_rows must be at least 1")
    base = arrow_schema()
    schema = base.with_metadata({**base.metadata, _SHARD_ROWS_KEY: str(rows_per_shard).encode()})
    written: list[Path] = []
    rows: list[dict] = []

    def flush() -> None:
        path = folder / f"part-{len(written):05d}.parquet"
        _write_shard(path, rows, schema)
        written.append(path)
        rows.clear()

    for shard, number, line in shard_lines(curated, "records"):  # the order of the canonical JSON Lines files
        rows.append(parse_or_raise(curated, shard, number, line, Record).model_dump())
        if len(rows) >= rows_per_shard:
            flush()
    if rows or not written:
        flush()  # an empty dataset still gets one (empty) shard, so readers find the schema
    for stale in set(folder.glob("part-*.parquet")) - set(written):
        stale.unlink()
    return written
