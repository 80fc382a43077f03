"""Rebuild the embedded store (catalog, signatures, LSH buckets) from the curated shards alone.

Why: `state.sqlite` is derived data. If it is lost or corrupt, re-hashing the records' texts
gives back the same signatures, and replaying the records in their original order gives back
the same clusters with the same canonicals. The original order (the `seq` of each source) is
not in the records, so it is reconstructed: a recorded cluster is replayed at the time of its
earliest member, canonical first, and everything else by `processed_at`. Connected components
do not depend on the order; only the choice of canonical does, and that order keeps it.

Memory stays bounded: the ordering is done by SQLite in a temporary table, and each line is
read back from its shard by byte offset when its turn comes.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from curation.curator import STORE_NAME
from curation.dedup import Clusters, IndexParams, Signed, lsh_bands, normalize, signature, text_digest
from curation.output import parse_line, record_digests, shard_sum, write_atomic
from curation.store import CatalogEntry, Store
from schemas import CurationConfig, Record, Rejection


@dataclass
class RebuildReport:
    records: int = 0
    rejected: int = 0
    clustered: int = 0
    mismatches: list[str] = field(default_factory=list)  # record ids whose duplicate fields disagree
    quarantined: list[str] = field(default_factory=list)  # "shard:line: why" of each line moved to quarantine/


def config_of(curated: Path) -> CurationConfig:
    """The configuration of the last run (from manifest.json), else the defaults."""
    manifest = curated / "manifest.json"
    if manifest.exists():
        return CurationConfig.model_validate(json.loads(manifest.read_text(encoding="utf-8"))["config"])
    return CurationConfig()


QUARANTINE = "quarantine"


def quarantine_bad_lines(curated: Path, shard: Path, model: type[Record] | type[Rejection]) -> list[str]:
    """Move the lines of a shard that are not a valid `model` to CURATED/quarantine/, byte for byte.

    A damaged line (an edit, random bytes) stopped every command that read the shard, with an error
    naming no file. Kept aside, it can be inspected or repaired by hand; never silently dropped. The
    quarantine copy is written (and synced) before the shard is rewritten without it, so a kill in
    between leaves the line in both places rather than in neither.
    """
    good: list[bytes] = []
    bad: list[bytes] = []
    found: list[str] = []
    rel = shard.relative_to(curated).as_posix()
    with shard.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            parsed = parse_line(line, model)
            if isinstance(parsed, str):
                bad.append(line if line.endswith(b"\n") else line + b"\n")
                found.append(f"{rel}:{number}: {parsed}")
            else:
                good.append(line)
    if bad:
        kept = curated / QUARANTINE / rel
        before = kept.read_bytes() if kept.exists() else b""
        write_atomic(kept, before + b"".join(bad))
        if good:
            write_atomic(shard, b"".join(line if line.endswith(b"\n") else line + b"\n" for line in good))
        else:
            shard.unlink()
    return found


def _stage(curated: Path, staging: sqlite3.Connection, report: RebuildReport) -> list[str]:
    """Pass 1: one row per shard line with its replay key; returns the shard paths seen."""
    staging.executescript(
        """
        CREATE TABLE lines (kind TEXT, shard TEXT, offset INTEGER, source TEXT, at TEXT, cluster TEXT, member INTEGER);
        CREATE TABLE firsts (cluster TEXT PRIMARY KEY, at TEXT);
        """
    )
    shards = []
    for kind, model in (("records", Record), ("rejected", Rejection)):
        for shard in sorted((curated / kind).glob("*.jsonl")):
            report.quarantined.extend(quarantine_bad_lines(curated, shard, model))
            if not shard.exists():  # every line was bad
                continue
            rel = str(shard.relative_to(curated))
            shards.append(rel)
            with shard.open("rb") as handle:
                offset = 0
                for raw in handle:
                    if raw.strip():
                        item = json.loads(raw)
                        prov = item.get("provenance", item)
                        cluster = item.get("duplicate_cluster")
                        member = int(cluster is not None and cluster != item.get("id"))
                        row = (kind, rel, offset, prov["source"], prov["processed_at"], cluster, member)
                        staging.execute("INSERT INTO lines VALUES (?, ?, ?, ?, ?, ?, ?)", row)
                        if cluster is not None:
                            staging.execute(
                                "INSERT INTO firsts VALUES (?, ?) "
                                "ON CONFLICT(cluster) DO UPDATE SET at=MIN(at, excluded.at)",
                                (cluster, prov["processed_at"]),
                            )
                    offset += len(raw)
    return shards


def rebuild_store(curated: Path, config: CurationConfig | None = None) -> RebuildReport:
    """Replace CURATED/state.sqlite by one rebuilt from the shards; compare its clusters with the records."""
    config = config or config_of(curated)
    bands, rows = lsh_bands(config.lsh_threshold, config.num_perm)
    params = IndexParams(config.num_perm, bands, rows, config.shingle_words, config.duplicate_threshold)
    lock = FileLock(str(curated / ".lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise RuntimeError(f"a curation run is writing to {curated}; rebuild after it finished") from None
    try:
        target = curated / f"{STORE_NAME}.rebuild"
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        report = RebuildReport()
        staging = sqlite3.connect("")  # "" = a private temporary database on disk, not in memory
        shards = _stage(curated, staging, report)
        store = Store(target)
        store.check_index_params(params)
        clusters = Clusters(store, params)
        ordered = staging.execute(
            """SELECT l.kind, l.shard, l.offset, l.source FROM lines l LEFT JOIN firsts f ON f.cluster = l.cluster
               ORDER BY COALESCE(f.at, l.at), l.member, l.at, l.source"""
        )
        for seq, (kind, shard, offset, source) in enumerate(ordered):
            with (curated / shard).open("rb") as handle:
                handle.seek(offset)
                item = json.loads(handle.readline())
            if kind == "records":
                prov = item["provenance"]
                entry = CatalogEntry(
                    source, seq, prov["source_bytes"], prov["source_mtime_ns"], prov["source_sha256"], "curated",
                    item["id"], None, prov["config_hash"], prov["pipeline_version"], prov["run_id"], shard,
                )  # fmt: skip
                normalized = normalize(item["text"])
                hashvalues = signature(normalized, config.shingle_words, config.num_perm)
                clusters.insert_many([Signed.of(seq, item["id"], text_digest(normalized), hashvalues, params)])
                report.records += 1
            else:
                entry = CatalogEntry(
                    source, seq, item.get("source_bytes"), None, item.get("source_sha256"), "rejected", None,
                    item["reason"], item["config_hash"], item["pipeline_version"], item["run_id"], shard,
                )  # fmt: skip
                report.rejected += 1
            store.upsert([entry])
        store.set_shards({s: found for s in shards if (found := shard_sum(curated / s)) is not None}, [])
        store.fill_digests(record_digests(curated, shards))  # the shards as they are become the committed lines
        store.commit()
        _compare(curated, store, staging, report)
        store.close()
        staging.close()
        live = curated / STORE_NAME
        for stale in (Path(f"{live}-wal"), Path(f"{live}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(target, live)
        return report
    finally:
        lock.release()


def _compare(curated: Path, store: Store, staging: sqlite3.Connection, report: RebuildReport) -> None:
    """Records whose duplicate_cluster / near_duplicate_of differ from what the rebuilt index says."""
    for shard, offset in staging.execute("SELECT shard, offset FROM lines WHERE kind='records'"):
        with (curated / shard).open("rb") as handle:
            handle.seek(offset)
            item = json.loads(handle.readline())
        seq = store.db.execute("SELECT seq FROM sources WHERE source=?", (item["provenance"]["source"],)).fetchone()[0]
        canonical = store.canonical_of(seq)
        if canonical is not None:
            report.clustered += 1
        near = canonical if canonical is not None and canonical != item["id"] else None
        if (item["duplicate_cluster"], item["near_duplicate_of"]) != (canonical, near):
            report.mismatches.append(item["id"])
