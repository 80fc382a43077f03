"""A typed reader for Python consumers: validated `Record` objects, streamed from the JSON Lines shards."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from schemas import Record


def _shards(path: Path) -> list[Path]:
    """A shard file, a curated folder (its records/), or a folder of shards."""
    if path.is_file():
        return [path]
    folder = path / "records" if (path / "records").is_dir() else path
    if not folder.is_dir():
        raise FileNotFoundError(f"no curated records at {path}")
    return sorted(folder.glob("*.jsonl"))


def load_records(
    path: str | Path,
    language: str | Iterable[str] | None = None,
    include_duplicates: bool = False,
) -> Iterator[Record]:
    """Records of a curated folder in shard order, one at a time (the corpus need not fit in memory).

    `language` keeps only records whose detected language is that code (or one of those codes).
    Near-duplicates (records with `near_duplicate_of` set) are left out unless `include_duplicates`:
    the canonical record of each duplicate cluster is always kept, so nothing is lost by default.
    """
    wanted = None if language is None else ({language} if isinstance(language, str) else set(language))
    for shard in _shards(Path(path)):
        with shard.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = Record.model_validate_json(line)
                if wanted is not None and record.language not in wanted:
                    continue
                if not include_duplicates and record.near_duplicate_of is not None:
                    continue
                yield record
