"""The embedded state beside the curated output (SQLite): source catalog, signatures, LSH buckets.

One connection, owned by the flow's driver; every change of a checkpoint is one transaction,
committed only after the shard files it points to are in place.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import TypeVar

import numpy as np

from curation.dedup import IndexParams
from curation.output import ShardSum
from curation.stories import DocLines, Stories

# Here rather than in curation.curator, which imports the whole pipeline: `curate status` and `reprocess --dry-run`
# need only the catalog, and start in a fraction of the time without it.
STORE_NAME = "state.sqlite"
# meta key set once `digests` holds every committed record: a store from before digests has it unset
DIGESTS_KEY = "record_digests"
R = TypeVar("R")
CACHE_KIB = 128 * 1024  # the store's page cache, at most
# a band key looked up in SQLite costs about what two keys loaded into `BandKeys` cost (0.54 and 0.25 us measured)
LOOKUP_COST = 2
RECENT_KEYS = 1 << 18  # keys added since `BandKeys` was loaded kept in a set up to this many, then merged


class DamagedState(RuntimeError):
    """The store and the shards disagree, or the store is damaged: nothing is trusted, nothing is changed."""


def repair_hint(curated: Path) -> str:
    """The one repair for a damaged or outdated store, named by every command that refuses one."""
    return (
        f"run `curate rebuild-index {curated}` to rebuild the store from the shards "
        "(lines that are not valid records go to quarantine/, kept), after restoring any lost shard from a backup"
    )


def record_id(source: str) -> str:
    """Stable across reruns and content changes: the id names the source, not its bytes."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


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
    seq INTEGER PRIMARY KEY,       -- the source's seq: discovery order, so min(seq) = earliest record
    record_id TEXT NOT NULL,
    text_digest TEXT NOT NULL,     -- sha256 of the normalized text: exact copies without MinHash work
    hashvalues BLOB NOT NULL,      -- MinHash values, uint32 little-endian
    cluster INTEGER                -- seq of the cluster's canonical (earliest) member, or NULL
);
CREATE INDEX IF NOT EXISTS signatures_digest ON signatures (text_digest);
CREATE INDEX IF NOT EXISTS signatures_cluster ON signatures (cluster) WHERE cluster IS NOT NULL;
-- one row per (band bucket, document); a document's rows are found again from its stored signature
CREATE TABLE IF NOT EXISTS buckets (key INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID;
-- every committed shard, with its line count and sha256 as last written: a run checks the files against them
CREATE TABLE IF NOT EXISTS shards (path TEXT PRIMARY KEY, lines INTEGER, sha256 TEXT);
-- redo log: line changes to shards that already existed, committed with the checkpoint that made
-- them and applied after it; a killed run leaves them here and the next run applies them again
CREATE TABLE IF NOT EXISTS journal (shard TEXT NOT NULL, source TEXT NOT NULL, line TEXT, PRIMARY KEY (shard, source));
-- new duplicate fields (JSON) of records in shards written earlier, committed with the checkpoint
-- that changed them and applied once at the end of the run (or by the next run after a kill)
-- sha256 of each committed record line (`output.line_digest`), written in the commit that commits the line:
-- `curate verify` checks that the record shards hold exactly these lines, once each
CREATE TABLE IF NOT EXISTS digests (source TEXT PRIMARY KEY, shard TEXT NOT NULL, digest TEXT NOT NULL);
-- the statistics of each shard (`stats.DatasetStats`, JSON) as of its sha256: a run's card sums them, and parses
-- only the shards that changed since
CREATE TABLE IF NOT EXISTS shard_stats (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, stats TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS restamps (
    shard TEXT NOT NULL, source TEXT NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (shard, source)
);
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

    def in_shard(self, shard: str) -> CatalogEntry:
        """This entry with its line in `shard` (the last field): a checkpoint names the shard of every new line, and
        `dataclasses.replace` cost it several times this."""
        return CatalogEntry(*_row(self)[:-1], shard)


_FIELDS = tuple(CatalogEntry.__dataclass_fields__)
_row = attrgetter(*_FIELDS)  # an entry as the row of its fields, in the table's column order
_UPSERT = f"INSERT OR REPLACE INTO sources ({', '.join(_FIELDS)}) VALUES ({', '.join('?' * len(_FIELDS))})"


QUERY_PARAMS = 900  # values bound in one IN (...) list, under SQLite's oldest limit of 999


def _chunks(values: list[R]) -> Iterator[list[R]]:
    for start in range(0, len(values), QUERY_PARAMS):
        yield values[start : start + QUERY_PARAMS]


def _marks(values: list[object]) -> str:
    return ",".join("?" * len(values))


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """The store opened without writing or locking, so readers work beside a running run; a damaged file (garbage
    bytes, a torn page) ends the command with the same one-line refusal and repair as a run gives, not a traceback."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield db
    except sqlite3.DatabaseError as exc:
        raise DamagedState(
            f"{path} is damaged ({exc}); this command changes nothing: {repair_hint(path.parent)}"
        ) from None
    finally:
        db.close()


def read_catalog(path: Path) -> dict[str, CatalogEntry]:
    """The catalog, read-only (`_read_only`): `status` and dry runs work beside a running run."""
    if not path.exists():
        return {}
    with _read_only(path) as db:
        rows = db.execute(f"SELECT {', '.join(_FIELDS)} FROM sources").fetchall()
    return {row[0]: CatalogEntry(*row) for row in rows}


@dataclass(frozen=True)
class Committed:
    """What `curate verify` checks the record shards against, read from the store in one go."""

    digests: dict[str, tuple[str, str]]  # source -> (shard, digest of its committed line)
    pending: frozenset[tuple[str, str]]  # (shard, source) lines a killed run committed but did not yet rewrite
    repeated_line_keys: Callable[[int], frozenset[str]]  # `Store.repeated_lines`, read when first needed


def read_committed(path: Path) -> Committed:
    """The committed record digests; DamagedState when the store is gone, damaged or older than digests."""
    if not path.exists():
        raise DamagedState(
            f"{path} is missing; verify has nothing to check the shards against: {repair_hint(path.parent)}"
        )
    with _read_only(path) as db:
        if db.execute("SELECT value FROM meta WHERE key=?", (DIGESTS_KEY,)).fetchone() is None:
            raise DamagedState(
                f"{path} was written before record digests were kept: {repair_hint(path.parent)} (or `curate run`, "
                "which adds them once the shards match their sums)"
            )
        digests = {s: (shard, d) for s, shard, d in db.execute("SELECT source, shard, digest FROM digests")}
        pending = frozenset(
            (shard, source)
            for table in ("journal", "restamps")
            for shard, source in db.execute(f"SELECT shard, source FROM {table}")
        )

    def repeated(min_docs: int) -> frozenset[str]:
        with _read_only(path) as db:
            rows = db.execute("SELECT key FROM line_counts WHERE docs >= ?", (min_docs,))
            return frozenset(row[0] for row in rows)

    return Committed(digests, pending, repeated)


# Repeated-line learning (curation.repeated): documents counted (by key-set digest), the story of every band of a
# counted document (a document sharing a band is a version of that story), each story's line keys, the story each
# joined story joined (`curation.stories.Stories`), and, per normalized line key, how many distinct stories hold
# it; later runs learn from earlier ones. A story's keys are one row (`_pack`): a row per (story, key) was a quarter
# of the pre-pass's serial time; a story is only ever read whole. WITHOUT ROWID: each row is kept once, in its key's
# B-tree, not in a rowid table beside its key's index (inserting twice was a tenth of the counting); a store made
# before keeps its rowid tables, with the same rows.
LINE_SCHEMA = """
CREATE TABLE IF NOT EXISTS line_docs (digest TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS line_counts (key TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS line_stories (band TEXT PRIMARY KEY, story TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_keys (story TEXT PRIMARY KEY, keys BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_roots (story TEXT PRIMARY KEY, root TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_roots_root ON story_roots (root);
"""
KEY_HEX = 16  # hex digits of a line key (`clean.line_key`: 8 bytes)


def _pack(keys: Iterable[str]) -> bytes:
    """A story's line keys as one value: their bytes, in key order."""
    return bytes.fromhex("".join(sorted(keys)))


def _unpack(packed: bytes) -> set[str]:
    digits = packed.hex()
    return {digits[start : start + KEY_HEX] for start in range(0, len(digits), KEY_HEX)}


class BandKeys:
    """A superset of the band keys in the `buckets` table, in memory: a key it does not hold has no bucket, so
    the store looks up in SQLite only the keys it holds. Loaded from the table and told of every key added since;
    a deleted or rolled-back key stays (still a superset), so what a lookup finds is never changed, only how."""

    def __init__(self, loaded: np.ndarray) -> None:
        self.sorted = loaded  # int64, ascending
        self.recent: set[int] = set()  # added since: a set, for sorting the array again per batch cost more

    def add(self, keys: np.ndarray) -> None:
        self.recent.update(keys.tolist())
        if len(self.recent) > RECENT_KEYS:
            new = np.sort(np.fromiter(self.recent, dtype=np.int64, count=len(self.recent)))
            self.sorted = np.insert(self.sorted, np.searchsorted(self.sorted, new), new)
            self.recent.clear()

    def held(self, keys: set[int]) -> set[int]:
        """The `keys` that may have a bucket."""
        query = np.fromiter(keys, dtype=np.int64, count=len(keys))
        found = self.recent & keys
        if len(self.sorted):
            at = np.minimum(np.searchsorted(self.sorted, query), len(self.sorted) - 1)
            found.update(query[self.sorted[at] == query].tolist())
        return found


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, isolation_level="DEFERRED", check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        # SQLite's default page cache is 2 MB: at 100,000 documents the buckets' and line counts' B-trees did not
        # fit, and each insert of a random key read pages from disk (the driver's time per document doubled)
        self.db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self._band_keys: BandKeys | None = None  # loaded once lookups have cost what loading costs (`_held`)
        self._bucket_rows: int | None = None
        self._looked_up = 0
        fresh = self.db.execute("SELECT 1 FROM sqlite_master WHERE name='sources'").fetchone() is None
        self.db.executescript(SCHEMA)
        if fresh:  # every record it will hold gets its digest as it is committed (an older store: `fill_digests`)
            self.set_meta(DIGESTS_KEY, "1")
        self.db.executescript(LINE_SCHEMA)
        self._pack_story_lines()
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(shards)")}
        for column, kind in (("lines", "INTEGER"), ("sha256", "TEXT")):
            if column not in columns:  # a store from before shard sums: filled in by the next run's check
                self.db.execute(f"ALTER TABLE shards ADD COLUMN {column} {kind}")
        self.db.commit()

    def _pack_story_lines(self) -> None:
        """A store from before `story_keys` kept a row per (story, key) in `story_lines`: packed, once."""
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE name='story_lines'").fetchone() is None:
            return
        stories: dict[str, set[str]] = {}
        for story, key in self.db.execute("SELECT story, key FROM story_lines"):
            stories.setdefault(story, set()).add(key)
        self.db.executemany(
            "INSERT OR REPLACE INTO story_keys VALUES (?, ?)", [(s, _pack(k)) for s, k in stories.items()]
        )
        self.db.execute("DROP TABLE story_lines")

    def check_integrity(self) -> None:
        """Raise sqlite3.DatabaseError when SQLite finds the file damaged (a torn or overwritten page)."""
        problems = [row[0] for row in self.db.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError("; ".join(problems[:3]))

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def close(self) -> None:
        self.db.close()

    def commit(self) -> None:
        self.db.commit()

    def rollback(self) -> None:
        self.db.rollback()

    # -- catalog ---------------------------------------------------------------
    def catalog(self) -> dict[str, CatalogEntry]:
        rows = self.db.execute(f"SELECT {', '.join(_FIELDS)} FROM sources")
        return {row[0]: CatalogEntry(*row) for row in rows}

    def entries(self, sources: Iterable[str]) -> Iterator[CatalogEntry]:
        for source in sources:
            row = self.db.execute(f"SELECT {', '.join(_FIELDS)} FROM sources WHERE source=?", (source,)).fetchone()
            if row:
                yield CatalogEntry(*row)

    def next_seq(self) -> int:
        return (self.db.execute("SELECT COALESCE(MAX(seq), -1) FROM sources").fetchone()[0]) + 1

    def upsert(self, entries: Iterable[CatalogEntry]) -> None:
        self.db.executemany(_UPSERT, [_row(entry) for entry in entries])

    def touch(self, source: str, mtime_ns: int) -> None:
        self.db.execute("UPDATE sources SET mtime_ns=? WHERE source=?", (mtime_ns, source))

    def set_status(self, source: str, status: str) -> None:
        self.db.execute("UPDATE sources SET status=? WHERE source=?", (status, source))

    def delete_source(self, source: str) -> None:
        self.db.execute("DELETE FROM sources WHERE source=?", (source,))

    def shards(self) -> dict[str, ShardSum | None]:
        """Committed shards and their sums (None for a shard registered before sums were kept)."""
        return {
            path: None if sha is None else ShardSum(lines, sha)
            for path, lines, sha in self.db.execute("SELECT path, lines, sha256 FROM shards")
        }

    def set_shards(self, present: dict[str, ShardSum], gone: Iterable[str]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO shards VALUES (?, ?, ?)", [(p, s.lines, s.sha256) for p, s in present.items()]
        )
        self.db.executemany("DELETE FROM shards WHERE path=?", [(p,) for p in gone])

    def shard_stats(self) -> dict[str, tuple[str, str]]:
        """Shard -> (sha256, statistics as JSON) as last computed."""
        return {
            path: (sha, stats) for path, sha, stats in self.db.execute("SELECT path, sha256, stats FROM shard_stats")
        }

    def set_shard_stats(self, path: str, sha256: str, stats: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO shard_stats VALUES (?, ?, ?)", (path, sha256, stats))

    def forget_shard_stats(self, paths: Iterable[str]) -> None:
        self.db.executemany("DELETE FROM shard_stats WHERE path=?", [(p,) for p in paths])

    def has_digests(self) -> bool:
        return self.get_meta(DIGESTS_KEY) is not None

    def set_digests(self, shard: str, digests: dict[str, str | None]) -> None:
        """Record the digest (`output.line_digest`) of each source's new line in a record shard (None: its line
        leaves that shard)."""
        if not shard.startswith("records/"):
            return
        self.db.executemany(
            "DELETE FROM digests WHERE source=? AND shard=?", [(s, shard) for s, d in digests.items() if d is None]
        )
        self.db.executemany(
            "INSERT OR REPLACE INTO digests VALUES (?, ?, ?)",
            [(s, shard, d) for s, d in digests.items() if d is not None],
        )

    def fill_digests(self, digests: Iterable[tuple[str, str, str]]) -> None:
        """Replace every digest by (source, shard, digest) rows read from the shards, and mark the store as keeping
        them: for a store from before digests, once its shards matched their committed sums."""
        self.db.execute("DELETE FROM digests")
        self.db.executemany("INSERT OR REPLACE INTO digests VALUES (?, ?, ?)", digests)
        self.set_meta(DIGESTS_KEY, "1")

    def journal_put(self, patches: dict[str, dict[str, str | None]]) -> None:
        """Log the new line (None = drop it) of each source in each existing shard."""
        self.db.executemany(
            "INSERT OR REPLACE INTO journal VALUES (?, ?, ?)",
            [(shard, source, line) for shard, lines in patches.items() for source, line in lines.items()],
        )

    def journal(self) -> dict[str, dict[str, str | None]]:
        patches: dict[str, dict[str, str | None]] = {}
        for shard, source, line in self.db.execute("SELECT shard, source, line FROM journal"):
            patches.setdefault(shard, {})[source] = line
        return patches

    def journal_clear(self) -> None:
        self.db.execute("DELETE FROM journal")

    def restamps_put(self, changes: dict[str, dict[str, dict[str, object]]]) -> None:
        """Log the latest duplicate fields of each source in each written shard."""
        self.db.executemany(
            "INSERT OR REPLACE INTO restamps VALUES (?, ?, ?)",
            [(shard, source, json.dumps(f)) for shard, fields in changes.items() for source, f in fields.items()],
        )

    def restamps_forget(self, lines: Iterable[tuple[str, str]]) -> None:
        """Drop the pending field changes of (shard, source) lines that get a whole new line or go."""
        self.db.executemany("DELETE FROM restamps WHERE shard=? AND source=?", list(lines))

    def restamps(self) -> dict[str, dict[str, dict[str, object]]]:
        changes: dict[str, dict[str, dict[str, object]]] = {}
        for shard, source, fields in self.db.execute("SELECT shard, source, fields FROM restamps"):
            changes.setdefault(shard, {})[source] = json.loads(fields)
        return changes

    def restamps_clear(self) -> None:
        self.db.execute("DELETE FROM restamps")

    # -- near-duplicate index -------------------------------------------------

    def check_index_params(self, params: IndexParams) -> bool:
        """Record the index layout; False when the stored index was built with another one."""
        row = self.db.execute("SELECT value FROM meta WHERE key='minhash'").fetchone()
        if self.db.execute("SELECT COUNT(*) FROM signatures").fetchone()[0] == 0:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('minhash', ?)", (params.layout,))
            return True
        return row is not None and bool(row[0] == params.layout)

    # The storage of the duplicate index (`dedup.IndexStorage`): `dedup.Clusters` decides, these keep.
    def twins(self, digests: set[str]) -> dict[str, int]:
        query = "SELECT text_digest, MIN(seq) FROM signatures WHERE text_digest {} GROUP BY 1"
        return dict(self._select_in(query, digests))

    def bucket_seqs(self, keys: set[int]) -> dict[int, set[int]]:
        found: dict[int, set[int]] = {}
        for key, seq in self._select_in("SELECT key, seq FROM buckets WHERE key {}", self._held(keys)):
            found.setdefault(key, set()).add(seq)
        return found

    def signatures(self, seqs: set[int]) -> dict[int, np.ndarray]:
        rows = self._select_in("SELECT seq, hashvalues FROM signatures WHERE seq {}", seqs)
        return {seq: np.frombuffer(blob, dtype="<u4") for seq, blob in rows}

    def indexed(self, seq: int) -> tuple[str, np.ndarray, int | None] | None:
        row = self.db.execute("SELECT record_id, hashvalues, cluster FROM signatures WHERE seq=?", (seq,)).fetchone()
        return None if row is None else (row[0], np.frombuffer(row[1], dtype="<u4"), row[2])

    def members(self, cluster: int) -> set[int]:
        return {row[0] for row in self.db.execute("SELECT seq FROM signatures WHERE cluster=?", (cluster,))}

    def add_signatures(self, rows: list[tuple[int, str, str, bytes]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO signatures VALUES (?, ?, ?, ?, NULL)", rows)

    def _held(self, keys: set[int]) -> set[int]:
        """The `keys` that may have a bucket: all of them until looking them up in SQLite has cost what loading the
        table's keys into memory costs (`BandKeys`; a run's first batch for a new or small index), then those
        `BandKeys` holds. Most of a run's keys are new, and looking each up was a tenth of the driver's landing;
        loading at once instead would make a small run on a large index pay for the whole index."""
        if self._band_keys is None:
            if self._bucket_rows is None:
                self._bucket_rows = self.db.execute("SELECT COUNT(*) FROM buckets").fetchone()[0]
            self._looked_up += len(keys)
            if self._looked_up * LOOKUP_COST < self._bucket_rows:
                return keys
            rows = self.db.execute("SELECT key FROM buckets ORDER BY key")
            self._band_keys = BandKeys(np.fromiter((key for (key,) in rows), dtype=np.int64))
        return self._band_keys.held(keys)

    def add_buckets(self, keys: np.ndarray, seqs: np.ndarray) -> None:
        if self._band_keys is not None:
            self._band_keys.add(keys)
        order = np.lexsort((seqs, keys))  # key order: fastest to insert; sorted as arrays, for sorting tuples was not
        self.db.executemany(
            "INSERT OR IGNORE INTO buckets VALUES (?, ?)", zip(keys[order].tolist(), seqs[order].tolist(), strict=True)
        )

    def set_cluster(self, seq: int, cluster: int | None) -> None:
        self.db.execute("UPDATE signatures SET cluster=? WHERE seq=?", (cluster, seq))

    def delete(self, seq: int, keys: list[int]) -> None:
        self.db.executemany("DELETE FROM buckets WHERE key=? AND seq=?", [(key, seq) for key in keys])
        self.db.execute("DELETE FROM signatures WHERE seq=?", (seq,))

    def canonical_of(self, seq: int) -> str | None:
        """Canonical record id of the cluster of `seq`, or None."""
        row = self.db.execute(
            "SELECT c.record_id FROM signatures s JOIN signatures c ON c.seq = s.cluster WHERE s.seq=?", (seq,)
        ).fetchone()
        return None if row is None else str(row[0])

    def clusters(self) -> Iterator[tuple[str, str | None]]:
        """(record_id, canonical record_id or None) of every indexed record, streamed."""
        yield from self.db.execute(
            "SELECT s.record_id, c.record_id FROM signatures s LEFT JOIN signatures c ON c.seq = s.cluster"
        )

    # -- repeated lines ------------------------------------------------------------
    def count_lines(self, docs: Iterable[DocLines]) -> None:
        """Count each not yet counted document's lines into its story, by the rule of `curation.stories.Stories`
        over the stories of earlier runs that this batch's bands reach: a joined story's row in `story_roots` names
        the story it joined. Part of the current transaction.

        The store is read once for all `docs` (which are counted already, their bands' stories, those stories'
        lines) and written once per table: the driver counts every document of a run, and five statements per
        document were most of the pre-pass's serial time.
        """
        docs = list(docs)
        counted = {
            row[0] for row in self._select_in("SELECT digest FROM line_docs WHERE digest {}", {d.digest for d in docs})
        }
        bands = {band for doc in docs for band in doc.bands}
        stories = Stories(story_of=dict(self._select_in("SELECT band, story FROM line_stories WHERE band {}", bands)))
        stories.root_of = dict(
            self._select_in("SELECT story, root FROM story_roots WHERE story {}", set(stories.story_of.values()))
        )
        roots = {stories.root(story) for story in stories.story_of.values()}
        stories.lines_of = {
            story: _unpack(keys)
            for story, keys in self._select_in("SELECT story, keys FROM story_keys WHERE story {}", roots)
        }
        new_docs: list[tuple[str]] = []
        for doc in docs:
            if doc.digest not in counted:
                counted.add(doc.digest)
                new_docs.append((doc.digest,))
                stories.add(doc)
        self.db.executemany("INSERT INTO line_docs VALUES (?)", new_docs)
        self.db.executemany("INSERT INTO line_stories VALUES (?, ?)", sorted(stories.new_bands.items()))  # key order
        # a joined story's row points at its final story, and so do the rows of the stories that had joined it
        joined = sorted((story, stories.root(story)) for story in stories.joined)
        self.db.executemany("INSERT OR REPLACE INTO story_roots VALUES (?, ?)", joined)
        self.db.executemany("UPDATE story_roots SET root = ? WHERE root = ?", [(root, s) for s, root in joined])
        self.db.executemany("DELETE FROM story_keys WHERE story = ?", [(story,) for story, _ in joined])
        self.db.executemany(
            "INSERT OR REPLACE INTO story_keys VALUES (?, ?)",
            [(story, _pack(stories.lines_of[story])) for story in sorted(stories.grown - stories.joined)],
        )
        self.db.executemany(
            "INSERT INTO line_counts VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET docs = docs + excluded.docs",
            sorted(stories.counts.items()),
        )

    def _select_in(self, query: str, values: set) -> Iterator[tuple]:
        """The rows of `query` with its `{}` made `IN (values)`, in statements of at most QUERY_PARAMS values."""
        for part in _chunks(sorted(values)):
            yield from self.db.execute(query.format(f"IN ({_marks(part)})"), part)

    def repeated_lines(self, min_docs: int) -> frozenset[str]:
        """Line keys held by at least `min_docs` distinct documents so far."""
        return frozenset(row[0] for row in self.db.execute("SELECT key FROM line_counts WHERE docs >= ?", (min_docs,)))
