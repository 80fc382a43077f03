"""Which catalogued sources a manual reprocessing run redoes, and what `curate status` reports.

Pure functions over catalog entries, so the dry run, the status report and the flow agree on
one definition of a selection.
"""

from __future__ import annotations

import fnmatch
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from curation.containers import container_of
from curation.store import CatalogEntry, record_id
from schemas import Selection


def selects(selection: Selection, source: str, entry: CatalogEntry | None) -> bool:
    """Whether a reprocessing run with `selection` redoes `source` (its catalog entry, if any)."""
    if selection.all:
        return True
    if selection.is_empty():
        return False
    # a pattern naming a container selects every document in it
    names = [source] + ([container] if (container := container_of(source)) else [])
    if selection.sources and not any(fnmatch.fnmatchcase(n, p) for p in selection.sources for n in names):
        return False
    if selection.ids and record_id(source) not in selection.ids:
        return False
    if selection.since is not None:
        day = selection.since
        threshold = datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1e9
        if entry is None or entry.mtime_ns is None or entry.mtime_ns < threshold:
            return False
    return not selection.reasons or (
        entry is not None and entry.status == "rejected" and entry.reason in selection.reasons
    )


def select_sources(catalog: Mapping[str, CatalogEntry], present: Iterable[str], selection: Selection) -> list[str]:
    """The present sources a reprocessing run with `selection` would redo, in discovery order."""
    return sorted(s for s in set(present) if selects(selection, s, catalog.get(s)))


def status_counts(catalog: Mapping[str, CatalogEntry], config_hash: str, pipeline_version: str) -> dict[str, int]:
    """Counts per status, and how many outputs an older configuration or pipeline version made.

    An outdated record is the user's cue to run `curate reprocess`; missing sources are left
    out of the outdated counts because they cannot be redone.
    """
    counts: Counter[str] = Counter(e.status for e in catalog.values())
    for entry in catalog.values():
        if entry.status == "missing":
            continue
        kind = "records" if entry.status == "curated" else "rejections"
        if entry.config_hash != config_hash:
            counts[f"{kind}_older_config"] += 1
        if entry.pipeline_version != pipeline_version:
            counts[f"{kind}_older_pipeline"] += 1
    return dict(counts)
