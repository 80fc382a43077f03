"""Distributions of a curated folder, computed from its files (not the last run's manifest).

The manifest counts what one run did; a consumer wants the whole dataset, whatever number of
incremental runs built it. `curate stats` prints these, the dataset card embeds them.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from curation.output import lines_of, parse_or_raise
from schemas import Record, Rejection

# Upper bounds (characters) of the text-length histogram bins; the last bin is open-ended.
LENGTH_BINS = (500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000)


@dataclass
class DatasetStats:
    records: int = 0
    rejected: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    lengths: list[int] = field(default_factory=list)
    rejection_reasons: Counter[str] = field(default_factory=Counter)
    removed_spans: Counter[str] = field(default_factory=Counter)
    near_duplicates: int = 0
    clusters: Counter[str] = field(default_factory=Counter)  # cluster id -> records in it

    @property
    def duplicate_rate(self) -> float:
        """Share of records flagged as a near-duplicate of an earlier record."""
        return self.near_duplicates / self.records if self.records else 0.0

    def cluster_sizes(self) -> dict[int, int]:
        """Cluster size -> number of clusters of that size."""
        return dict(sorted(Counter(self.clusters.values()).items()))

    def add(self, other: DatasetStats) -> None:
        self.records += other.records
        self.rejected += other.rejected
        self.languages.update(other.languages)
        self.lengths.extend(other.lengths)
        self.rejection_reasons.update(other.rejection_reasons)
        self.removed_spans.update(other.removed_spans)
        self.near_duplicates += other.near_duplicates
        self.clusters.update(other.clusters)

    def add_record(self, record: Record) -> None:
        """Count one record: from its shard (`shard_stats`), or from the records the end of a run parses for the
        shard's Parquet file (`curator.derive_shard`), which then does not parse the shard twice."""
        self.records += 1
        self.languages[record.language] += 1
        self.lengths.append(len(record.text))
        self.removed_spans.update(span.reason for span in record.provenance.removed)
        if record.near_duplicate_of is not None:
            self.near_duplicates += 1
        if record.duplicate_cluster is not None:
            self.clusters[record.duplicate_cluster] += 1

    def to_json(self) -> str:
        # not `asdict`: it rebuilds a Counter from its items, which counts the (key, value) pairs as keys
        return json.dumps({f.name: getattr(self, f.name) for f in fields(self)}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> DatasetStats:
        data = json.loads(text)
        counters = ("languages", "rejection_reasons", "removed_spans", "clusters")
        return cls(**{k: Counter(v) if k in counters else v for k, v in data.items()})

    def length_quantiles(self) -> dict[str, int]:
        if not self.lengths:
            return {}
        ordered = sorted(self.lengths)
        pick = {"min": 0.0, "p10": 0.1, "median": 0.5, "p90": 0.9, "max": 1.0}
        return {name: ordered[round(q * (len(ordered) - 1))] for name, q in pick.items()}

    def length_histogram(self) -> dict[str, int]:
        """Bin label -> records, every bin listed (empty ones too) so tables and plots line up."""
        counts = Counter(bisect_right(LENGTH_BINS, n) for n in self.lengths)
        lows = (0, *LENGTH_BINS)
        labels = [f"{lo:,}–{hi - 1:,}" for lo, hi in zip(lows, LENGTH_BINS, strict=False)] + [f"≥ {LENGTH_BINS[-1]:,}"]
        return {label: counts.get(i, 0) for i, label in enumerate(labels)}


def shard_stats(curated: Path, shard: str) -> DatasetStats:
    """The statistics of one shard (`records/...` or `rejected/...`): a streaming pass that keeps only small
    per-record numbers."""
    stats = DatasetStats()
    path = curated / shard
    if shard.startswith("records/"):
        for _, number, line in lines_of(path):
            stats.add_record(parse_or_raise(curated, path, number, line, Record))
    else:
        for _, number, line in lines_of(path):
            stats.rejected += 1
            stats.rejection_reasons[parse_or_raise(curated, path, number, line, Rejection).reason] += 1
    return stats


def compute_stats(curated: Path, known: Mapping[str, DatasetStats] | None = None) -> DatasetStats:
    """The dataset's statistics: the sum of its shards'. A run passes as `known` those it kept in the store for
    the shards that did not change since and those it computed for the others (`Curator.finish`), so a run that
    adds 100 documents to 100,000 parses 100, not 100,100; any other shard is read here."""
    stats = DatasetStats()
    for kind in ("records", "rejected"):
        for path in sorted((curated / kind).glob("*.jsonl")):
            shard = f"{kind}/{path.name}"
            stats.add(known[shard] if known and shard in known else shard_stats(curated, shard))
    return stats


def charts(stats: DatasetStats) -> dict[str, tuple[str, str, str, dict[str, int]]]:
    """name -> (title, x-axis label, y-axis label, bars): what `write_plots` draws, every axis named with its unit."""
    return {
        "languages": (
            "Records per language",
            "language (ISO 639-1 code)",
            "records",
            dict(stats.languages.most_common()),
        ),
        "lengths": ("Records per text length", "text length (characters)", "records", stats.length_histogram()),
        "rejection_reasons": (
            "Rejected inputs per reason",
            "rejection reason",
            "inputs",
            dict(stats.rejection_reasons.most_common()),
        ),
        "duplicate_clusters": (
            "Duplicate clusters per size",
            "cluster size (records)",
            "clusters",
            {str(k): v for k, v in stats.cluster_sizes().items()},
        ),
    }


def write_plots(stats: DatasetStats, folder: Path) -> tuple[list[Path], list[str]]:
    """PNG bar charts of the distributions, and the names of those left out because they have nothing to show (a
    chart of no bars only drew meaningless axes; an older PNG of that name is removed, so none is stale). matplotlib
    is imported here only: it is slow to import, and optional (the `plots` extra)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    folder.mkdir(parents=True, exist_ok=True)
    written, empty = [], []
    for name, (title, xlabel, ylabel, data) in charts(stats).items():
        path = folder / f"{name}.png"
        if not any(data.values()):
            path.unlink(missing_ok=True)
            empty.append(name)
            continue
        fig, ax = plt.subplots(figsize=(7, 4))
        ax.bar(list(data), list(data.values()), color="#4477aa")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 1.75 records
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.tick_params(axis="x", labelrotation=45)
        fig.tight_layout()
        fig.savefig(path, dpi=100)
        plt.close(fig)
        written.append(path)
    return written, empty
