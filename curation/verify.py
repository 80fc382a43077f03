"""Re-derive every record from its raw bytes: the check that provenance is complete."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from curation.decode import decode_bytes
from curation.discover import read_regular, source_path
from curation.errors import Rejected
from curation.output import parse_line
from curation.spans import Span, apply_spans, check_spans
from schemas import Record


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


def verify_record(record: Record, raw_dir: Path) -> str | None:
    """Why the record does not follow from its source, or None when it does."""
    prov = record.provenance
    path = source_path(raw_dir, prov.source)
    if path is None:
        return f"source {prov.source!r} is not a relative path inside RAW_DIR; not read"
    try:
        raw = read_regular(path)
    except OSError as exc:
        return f"source {prov.source} cannot be read: {exc.strerror}"
    except Rejected as exc:
        return f"source {prov.source} cannot be read: {exc.detail}"
    if hashlib.sha256(raw).hexdigest() != prov.source_sha256:
        return f"source {prov.source} changed since it was curated (sha256 differs)"
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
