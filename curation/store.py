"""The embedded state beside the curated output (SQLite): source catalog, signatures, LSH buckets.

One connection, owned by the flow's driver; every change of a checkpoint is one transaction,
committed only after the shard files it points to are in place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from curation.dedup import band_keys, jaccard_estimate

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    size INTEGER, mtime_ns INTEGER, sha256 TEXT,
    status TEXT NOT NULL,          -- curated | rejected | missing
    record_id TEXT, reason TEXT,
    config_hash TEXT, pipeline_version TEXT, run_id TEXT,
    shard TEXT                     -- file under CURATED_DIR holding its line
);
CREATE TABLE IF NOT EXISTS signatures (
    seq INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    text_digest TEXT NOT NULL,
    hashvalues BLOB NOT NULL,
    cluster TEXT                   -- id of the cluster's canonical record, or NULL
);
CREATE INDEX IF NOT EXISTS signatures_digest ON signatures (text_digest);
CREATE TABLE IF NOT EXISTS lsh (band INTEGER NOT NULL, key BLOB NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS lsh_bucket ON lsh (band, key);
CREATE INDEX IF NOT EXISTS lsh_seq ON lsh (seq);
CREATE TABLE IF NOT EXISTS shards (path TEXT PRIMARY KEY);
"""


@dataclass(frozen=True)
class CatalogEntry:
    source: str
    seq: int
    size: int | None
    mtime_ns: int | None
    sha256: str | None
    status: str
    record_id: str | None
    reason: str | None
    config_hash: str | None
    pipeline_version: str | None
    run_id: str | None
    shard: str | None


@dataclass(frozen=True)
class Match:
    seq: int
    record_id: str
    root: str  # canonical id of the matched record's cluster (its own id when unclustered)
    root_seq: int
    similarity: float


def read_catalog(path: Path) -> dict[str, CatalogEntry]:
    """The catalog read without writing or locking, so `status` and dry runs work beside a running run."""
    if not path.exists():
        return {}
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = db.execute(f"SELECT {', '.join(CatalogEntry.__dataclass_fields__)} FROM sources").fetchall()
    finally:
        db.close()
    return {row[0]: CatalogEntry(*row) for row in rows}


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, isolation_level="DEFERRED", check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def commit(self) -> None:
        self.db.commit()

    def rollback(self) -> None:
        self.db.rollback()

    # -- catalog ---------------------------------------------------------------
    def catalog(self) -> dict[str, CatalogEntry]:
        rows = self.db.execute(f"SELECT {', '.join(CatalogEntry.__dataclass_fields__)} FROM sources")
        return {row[0]: CatalogEntry(*row) for row in rows}

    def entries(self, sources: Iterable[str]) -> Iterator[CatalogEntry]:
        for source in sources:
            row = self.db.execute(
                f"SELECT {', '.join(CatalogEntry.__dataclass_fields__)} FROM sources WHERE source=?", (source,)
            ).fetchone()
            if row:
                yield CatalogEntry(*row)

    def next_seq(self) -> int:
        return (self.db.execute("SELECT COALESCE(MAX(seq), -1) FROM sources").fetchone()[0]) + 1

    def upsert(self, entry: CatalogEntry) -> None:
        fields = CatalogEntry.__dataclass_fields__
        self.db.execute(
            f"INSERT OR REPLACE INTO sources ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
            tuple(getattr(entry, f) for f in fields),
        )

    def touch(self, source: str, mtime_ns: int) -> None:
        self.db.execute("UPDATE sources SET mtime_ns=? WHERE source=?", (mtime_ns, source))

    def set_status(self, source: str, status: str) -> None:
        self.db.execute("UPDATE sources SET status=? WHERE source=?", (status, source))

    def delete_source(self, source: str) -> None:
        self.db.execute("DELETE FROM sources WHERE source=?", (source,))

    def shards(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT path FROM shards")}

    def set_shards(self, present: Iterable[str], gone: Iterable[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO shards VALUES (?)", [(p,) for p in present])
        self.db.executemany("DELETE FROM shards WHERE path=?", [(p,) for p in gone])

    # -- near-duplicate index -------------------------------------------------
    def check_index_params(self, num_perm: int, bands: int, rows: int, shingle_words: int) -> bool:
        """Record the LSH layout; False when the stored index was built with another one."""
        wanted = f"{num_perm}/{bands}/{rows}/{shingle_words}"
        row = self.db.execute("SELECT value FROM meta WHERE key='lsh'").fetchone()
        if row is None or self.db.execute("SELECT COUNT(*) FROM signatures").fetchone()[0] == 0:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('lsh', ?)", (wanted,))
            return True
        return bool(row[0] == wanted)

    def forget_signature(self, seq: int) -> None:
        self.db.execute("DELETE FROM lsh WHERE seq=?", (seq,))
        self.db.execute("DELETE FROM signatures WHERE seq=?", (seq,))

    def add_signature(
        self, seq: int, record_id: str, digest: str, hashvalues: np.ndarray, cluster: str | None, bands: int, rows: int
    ) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO signatures VALUES (?, ?, ?, ?, ?)",
            (seq, record_id, digest, hashvalues.astype(np.uint64).tobytes(), cluster),
        )
        self.db.executemany(
            "INSERT INTO lsh VALUES (?, ?, ?)",
            [(b, key, seq) for b, key in enumerate(band_keys(hashvalues, bands, rows))],
        )

    def set_cluster(self, seq: int, cluster: str) -> None:
        self.db.execute("UPDATE signatures SET cluster=? WHERE seq=?", (cluster, seq))

    def _signature(self, seq: int) -> tuple[str, np.ndarray, str | None] | None:
        row = self.db.execute("SELECT record_id, hashvalues, cluster FROM signatures WHERE seq=?", (seq,)).fetchone()
        if row is None:
            return None
        return row[0], np.frombuffer(row[1], dtype=np.uint64), row[2]

    def _seq_of(self, record_id: str) -> int:
        return int(self.db.execute("SELECT seq FROM signatures WHERE record_id=?", (record_id,)).fetchone()[0])

    def find_duplicates(
        self, seq: int, digest: str, hashvalues: np.ndarray, threshold: float, bands: int, rows: int
    ) -> list[Match]:
        """Earlier records this one duplicates: exact text copies first, then verified LSH candidates."""
        exact = [
            r[0] for r in self.db.execute("SELECT seq FROM signatures WHERE text_digest=? AND seq<? ", (digest, seq))
        ]
        candidates: set[int] = set(exact)
        if not exact:
            for band, key in enumerate(band_keys(hashvalues, bands, rows)):
                candidates.update(
                    r[0]
                    for r in self.db.execute("SELECT seq FROM lsh WHERE band=? AND key=? AND seq<?", (band, key, seq))
                )
        matches: list[Match] = []
        for other in sorted(candidates):
            found = self._signature(other)
            if found is None:
                continue
            record_id, values, cluster = found
            similarity = 1.0 if other in exact else jaccard_estimate(hashvalues, values)
            if similarity >= threshold:
                root = cluster or record_id
                root_seq = other if root == record_id else self._seq_of(root)
                matches.append(Match(other, record_id, root, root_seq, similarity))
        return matches

    def similarity_to(self, record_id: str, hashvalues: np.ndarray) -> float | None:
        found = self._signature(self._seq_of(record_id))
        return None if found is None else jaccard_estimate(hashvalues, found[1])
