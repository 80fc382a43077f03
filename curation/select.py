"""Which catalogued sources a manual reprocessing run redoes, and what `curate status` reports.

Pure functions over catalog entries, so the dry run, the status report and the flow agree on
one definition of a selection.
"""

from __future__ import annotations

import fnmatch
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime

from pydantic import BaseModel, ConfigDict, Field

from curation.curator import record_id
from curation.store import CatalogEntry


class Selection(BaseModel):
    """Selectors of one `curate reprocess`: every given selector must hold (AND); a repeated one is an OR.

    It is a pydantic model so it can travel as a Prefect flow parameter.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    all: bool = Field(False, description="every present source, whatever its state")
    sources: list[str] = Field(default_factory=list, description="glob patterns on the source path")
    ids: list[str] = Field(default_factory=list, description="record ids (derived from the source path)")
    since: date | None = Field(None, description="sources last modified on or after this day (UTC)")
    reasons: list[str] = Field(default_factory=list, description="rejection reason codes")

    def is_empty(self) -> bool:
        return not (self.all or self.sources or self.ids or self.since or self.reasons)

    def matches(self, source: str, entry: CatalogEntry | None) -> bool:
        if self.all:
            return True
        if self.is_empty():
            return False
        if self.sources and not any(fnmatch.fnmatchcase(source, p) for p in self.sources):
            return False
        if self.ids and record_id(source) not in self.ids:
            return False
        if self.since is not None:
            threshold = datetime(self.since.year, self.since.month, self.since.day, tzinfo=UTC).timestamp() * 1e9
            if entry is None or entry.mtime_ns is None or entry.mtime_ns < threshold:
                return False
        return not self.reasons or (entry is not None and entry.status == "rejected" and entry.reason in self.reasons)


def select_sources(catalog: Mapping[str, CatalogEntry], present: Iterable[str], selection: Selection) -> list[str]:
    """The present sources a reprocessing run with `selection` would redo, in discovery order."""
    return sorted(s for s in set(present) if selection.matches(s, catalog.get(s)))


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
