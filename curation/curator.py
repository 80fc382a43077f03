"""The driver of a run: what to process, how outcomes become records, and where they land.

It is deliberately sequential: outcomes are accepted in discovery order, so the earliest
record of a duplicate cluster is its canonical whatever order the batches finished in.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from filelock import FileLock, Timeout

from curation.card import write_card
from curation.containers import discover_documents
from curation.dedup import Assignment, Clusters, IndexParams, Signed, lsh_bands
from curation.discover import Refused, SourceFile
from curation.export import PARQUET_DIR, Mapper, stale_parquet, tidy_parquet, write_parquet
from curation.output import (
    ShardSum,
    bad_lines,
    line_digest,
    lines_of,
    parse_or_raise,
    patch_shard,
    record_digests,
    remove_stale_temporaries,
    shard_sum,
    write_atomic,
    write_lines,
)
from curation.pipeline import Failed, Steps
from curation.records import Built, RunStamp
from curation.stats import DatasetStats, compute_stats, shard_stats
from curation.store import STORE_NAME, CatalogEntry, DamagedState, Store, record_id, repair_hint
from curation.version import pipeline_version
from schemas import CurationConfig, Manifest, Record, Rejection, StepStats

SHARD_RECORDS = 5000  # lines per new shard at most; a run checkpoints at this count or after checkpoint_seconds


class RunLocked(RuntimeError):
    """Another run holds the output folder."""


class OutputInsideRaw(ValueError):
    """The output folder is inside RAW_DIR: every run would curate the previous run's output."""


@dataclass
class Plan:
    todo: list[SourceFile]
    unchanged: int
    refused: list[Refused]
    missing: list[str]


@dataclass
class _Pending:
    line: str  # the record's or rejection's JSON line
    digest: str  # `output.line_digest` of it
    kind: str  # records | rejected
    shard: str | None  # existing shard to patch in place, or None for a new shard


def _updated(line: str, fields: dict[str, object], supersedes: str | None = None) -> str:
    """The record line with fields only the driver knows (its duplicates, the bytes it supersedes): parsed and
    written again, as a checkpoint rewrites an older record's duplicate fields, so the line is the one
    `model_dump_json` gives. Only for the few records that have such fields."""
    record = Record.model_validate_json(line)
    if supersedes is not None:
        fields = {**fields, "provenance": record.provenance.model_copy(update={"supersedes_sha256": supersedes})}
    return record.model_copy(update=fields).model_dump_json()


@dataclass(frozen=True)
class ShardWork:
    """What the end of a run does to one committed shard, on a worker (`derive_shard`)."""

    shard: str  # records/... or rejected/...
    restamps: dict[str, dict[str, object]]  # source -> new duplicate fields of its record here
    parquet: Path | None  # the record shard's Parquet file, when it must be written again
    sha: str  # the shard's sha256 now (a restamped shard's changes)
    stats: bool  # its statistics must be computed again


@dataclass(frozen=True)
class Derived:
    """What a worker did to a shard (`derive_shard`), for the driver to commit."""

    digests: dict[str, str | None]  # source -> digest of its restamped line
    found: ShardSum | None  # the restamped shard's new sum (None: not restamped)
    stats: DatasetStats | None


def derive_shard(curated: Path, work: ShardWork) -> Derived:
    """Restamp one shard's records (new duplicate fields), write its Parquet file and compute its statistics, from
    one parse of its records. Per-shard work of the end of a run, mapped over the workers (`Curator.finish`): done
    apart, in the driver then on the workers, each read and parsed the whole shard again."""
    path = curated / work.shard
    if not work.shard.startswith("records/"):  # a rejection has no duplicate fields and no Parquet file
        return Derived({}, None, shard_stats(curated, work.shard) if work.stats else None)
    digests: dict[str, str | None] = {}
    lines: list[str] = []  # the shard as written again, when restamped
    stats = DatasetStats()
    rows = []
    # bytes, parsed as such (a str made pydantic copy each line to UTF-8 first); a restamped shard whole, for it is
    # written again, split as `output.read_lines` splits it
    numbered = (
        enumerate((line for line in path.read_bytes().split(b"\n") if line), 1)
        if work.restamps
        else ((number, line) for _, number, line in lines_of(path))
    )
    for number, line in numbered:
        record = parse_or_raise(curated, path, number, line, Record)
        fields = work.restamps.get(record.provenance.source)
        if fields is not None:
            new = _updated(line.decode(), fields)
            digests[record.provenance.source] = line_digest(new)
            record = Record.model_validate_json(new)
            lines.append(new)
        elif work.restamps:
            lines.append(line.decode())
        stats.add_record(record)
        if work.parquet is not None:
            rows.append(record.model_dump())
    found = write_lines(path, lines) if work.restamps else None
    if work.parquet is not None:
        write_parquet(work.parquet, rows, found.sha256 if found is not None else work.sha)
    return Derived(digests, found, stats if work.stats else None)


def _duplicate_fields(assignment: Assignment) -> dict[str, object]:
    return {
        "near_duplicate_of": assignment.near_duplicate_of,
        "duplicate_cluster": assignment.cluster,
        "duplicate_similarity": None if assignment.similarity is None else round(assignment.similarity, 4),
    }


@dataclass
class Totals:
    counts: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    duplicates: Counter[str] = field(default_factory=Counter)
    stage_seconds: Counter[str] = field(default_factory=Counter)
    steps: Steps = field(default_factory=Steps)  # the workers' steps, summed over the batches


def _unchanged(entry: CatalogEntry, source: SourceFile) -> bool:
    """A file by its size and time; a document in a container by its own bytes' hash, found when listing it: a
    container that is appended to or rewritten redoes only the documents that are new or changed."""
    if source.member is not None:
        return entry.sha256 == source.member.sha256
    return entry.size == source.size and entry.mtime_ns == source.mtime_ns


class Curator:
    def __init__(self, raw_dir: Path, out_dir: Path, config: CurationConfig, run_id: str) -> None:
        if out_dir.resolve().is_relative_to(raw_dir.resolve()):
            raise OutputInsideRaw(
                f"the output folder {out_dir} is inside RAW_DIR {raw_dir}: each run would curate its own output; "
                "choose an output folder outside it"
            )
        self.raw_dir = raw_dir
        self.out = out_dir
        self.config = config
        self.config_hash = config.digest()
        self.run_id = run_id
        self.started = datetime.now(UTC)
        self.bands, self.rows = lsh_bands(config.lsh_threshold, config.num_perm)
        self.index = IndexParams(
            config.num_perm, self.bands, self.rows, config.shingle_words, config.duplicate_threshold
        )
        self.totals = Totals()
        self.stamp = RunStamp(self.config_hash, run_id)
        self._pending: dict[str, _Pending] = {}
        self._drops: dict[str, set[str]] = {}  # existing shard -> sources whose line leaves it at the checkpoint
        # existing shard -> source -> new duplicate fields of a record already written there
        self._restamps: dict[str, dict[str, dict[str, object]]] = {}
        self._shard_counter = 0
        self.committed = 0  # inputs whose record or rejection this run has committed
        self._last_checkpoint = time.monotonic()
        self._lock = FileLock(str(out_dir / ".lock"))
        out_dir.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise RunLocked(f"another curation run is writing to {out_dir}; wait for it to finish") from None
        try:
            self.store = self._open_store()
        except BaseException:
            self._lock.release()
            raise
        try:
            self._recover()
            if not self.store.check_index_params(self.index):
                raise ValueError(
                    "the duplicate index was built with other MinHash/LSH settings: run `curate reprocess --all`"
                )
        except BaseException:
            self.close()  # a refused run leaves the output folder unlocked for the repair command
            raise
        self.clusters = Clusters(self.store, self.index)
        self.catalog = self.store.catalog()
        self._source_of = {entry.seq: entry.source for entry in self.catalog.values()}
        self._dirty: set[str] = set()  # sources whose catalog entry changed since the last checkpoint
        self._next_seq = self.store.next_seq()

    def close(self) -> None:
        self.store.close()
        self._lock.release()

    def _open_store(self) -> Store:
        path = self.out / STORE_NAME
        store = None
        try:
            store = Store(path)
            store.check_integrity()
        except sqlite3.DatabaseError as exc:
            if store is not None:
                store.close()
            raise DamagedState(
                f"{path} is damaged ({exc}); this run changes nothing: {repair_hint(self.out)}"
            ) from None
        return store

    def _recover(self) -> None:
        """Check the shards against the store, then finish or undo what a killed run left half done.

        Line changes of a committed checkpoint are redone from the journal; temporaries and new
        shards that the killed run wrote before its commit are removed (their lines are redone by
        this run). A shard the store does not know from any other run, or a committed shard that is
        gone or changed, means the store or the shards were damaged: deleting or re-deriving then
        would lose records for good (a record whose raw file is gone), so the run refuses instead.
        """
        remove_stale_temporaries(self.out)
        self._check_shards()
        self._apply_journal()
        self._apply_restamps()
        if not self.store.has_digests():
            # a store from before record digests: its shards just matched their committed sums, so their lines are
            # the committed ones
            self.store.fill_digests(record_digests(self.out, self.store.shards()))
        self.store.set_meta("run", self.run_id)  # a shard of this run that no commit names is a leftover of it
        self.store.commit()

    def _check_shards(self) -> None:
        known = self.store.shards()
        pending = set(self.store.journal()) | set(self.store.restamps())
        problems: list[str] = []
        for shard, expected in known.items():
            if shard in pending:  # a committed rewrite the journal redoes next (the kill may have come mid-way)
                continue
            found = shard_sum(self.out / shard)
            if found is None:
                lost = "" if expected is None else f" ({expected.lines} lines)"
                problems.append(f"{shard}{lost} is in the store but not on disk")
            elif expected is None:
                self.store.set_shards({shard: found}, [])  # a store from before sums: the first check records them
            elif found != expected:
                problems.append(self._describe_change(shard, expected, found))
        last_run = self.store.get_meta("run")
        for kind in ("records", "rejected"):
            for shard in sorted((self.out / kind).glob("*.jsonl")):
                rel = shard.relative_to(self.out).as_posix()
                if rel in known:
                    continue
                # a new shard of a run killed before its commit is named after that run, the last one to start
                # (a store from before runs were noted has none: then any shard it knows marks it as the real one)
                if (last_run is not None and shard.name.startswith(f"part-{last_run}-")) or (
                    last_run is None and known
                ):
                    shard.unlink()
                else:
                    problems.append(f"{rel} is on disk but not in the store (the store was lost or replaced?)")
        if problems:
            shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
            raise DamagedState(
                f"{self.out / STORE_NAME} and the shards disagree: {shown}; this run changes nothing: "
                f"{repair_hint(self.out)}"
            )

    def _describe_change(self, shard: str, expected: ShardSum, found: ShardSum) -> str:
        model = Record if shard.startswith("records/") else Rejection
        bad = bad_lines(self.out / shard, model)
        where = (
            ", ".join(f"line {n}: {why}" for n, why in bad[:3])
            if bad
            else "its lines are valid but not those committed"
        )
        return f"{shard} changed since it was committed ({found.lines} lines, {expected.lines} expected; {where})"

    # -- planning ---------------------------------------------------------------
    def plan(self, select: Callable[[str, CatalogEntry | None], bool] | None = None) -> Plan:
        """New or changed sources, or with `select` (reprocessing) exactly the selected ones."""
        started = time.perf_counter()
        files, refused = discover_documents(self.raw_dir, self.config)
        present = {f.source for f in files} | {r.source for r in refused}
        todo, unchanged = [], 0
        for source_file in files:
            entry = self.catalog.get(source_file.source)
            if select is not None:
                chosen = select(source_file.source, entry)
            else:
                chosen = not (entry and entry.status != "missing" and _unchanged(entry, source_file))
            if chosen:
                todo.append(source_file)
            else:
                unchanged += 1
        if select is not None:
            refused = [r for r in refused if select(r.source, self.catalog.get(r.source))]
        missing = sorted(s for s, e in self.catalog.items() if s not in present and e.status != "missing")
        self.totals.counts.update(discovered=len(files) + len(refused), to_process=len(todo), unchanged=unchanged)
        self.totals.stage_seconds["discover"] += time.perf_counter() - started
        return Plan(todo, unchanged, refused, missing)

    # -- accepting outcomes -----------------------------------------------------
    def accept(self, outcomes: Iterable[Built | Failed | Refused], force: bool = False) -> None:
        """Turn outcomes (in discovery order) into staged records or rejections.

        New documents go to the duplicate index together (`Clusters.insert_many`); a document the store already
        knows, and any rejection, first lands those before it, for its removal from the index may change them.
        """
        started = time.perf_counter()
        fresh: list[Built] = []
        for outcome in outcomes:
            if isinstance(outcome, Built) and outcome.source.source not in self.catalog:
                fresh.append(outcome)
                continue
            self._accept_fresh(fresh)
            if isinstance(outcome, Built):
                self._accept_known(outcome, force)
            else:
                self._accept_rejection(outcome)
            self._checkpoint_if_due()
        self._accept_fresh(fresh)
        self.totals.stage_seconds["index_and_write"] += time.perf_counter() - started

    def _checkpoint_if_due(self) -> None:
        if len(self._pending) >= SHARD_RECORDS or self._checkpoint_due():
            self.checkpoint()

    def _checkpoint_due(self) -> bool:
        """By time as well as by count: a slow run of fewer than SHARD_RECORDS documents, killed, keeps all but its
        last `checkpoint_seconds` of work instead of losing all of it."""
        return bool(self._pending) and time.monotonic() - self._last_checkpoint >= self.config.checkpoint_seconds

    def _seq_for(self, source: str) -> int:
        entry = self.catalog.get(source)
        if entry is not None:
            return entry.seq
        seq = self._next_seq
        self._next_seq += 1
        return seq

    def _stage(self, source: str, pending: _Pending) -> str | None:
        """Place the new line: in the shard that held the source before when the kind is unchanged."""
        entry = self.catalog.get(source)
        previous = self._pending.get(source)
        shard = previous.shard if previous else (entry.shard if entry else None)
        old_kind = previous.kind if previous else (shard.split("/")[0] if shard else None)
        if shard and old_kind != pending.kind:
            self._drop_line(shard, source)
            shard = None
        pending.shard = shard
        self._pending[source] = pending
        return shard

    def _drop_line(self, shard: str, source: str) -> None:
        """Deferred to the checkpoint: the line must stay until the store commits its removal."""
        self._drops.setdefault(shard, set()).add(source)

    def _accept_fresh(self, docs: list[Built]) -> None:
        """Land documents the store has never seen, indexed together; empties `docs`."""
        signed = [self._signed(self._seq_for(d.source.source), d) for d in docs]
        for doc, one, (kind, own, changed) in zip(docs, signed, self.clusters.insert_many(signed), strict=True):
            self._land_record(doc, one.seq, kind, own, changed, None)
            self._checkpoint_if_due()
        docs.clear()

    def _accept_known(self, doc: Built, force: bool) -> None:
        """A document the store knows: unchanged, or taken out of the index and indexed again."""
        source = doc.source.source
        entry = self.catalog[source]
        if (
            not force
            and entry.sha256 == doc.sha256
            and entry.status == "curated"
            and entry.config_hash == self.config_hash
        ):
            self.store.touch(source, doc.source.mtime_ns)
            self.totals.counts["unchanged"] += 1
            return
        self._restamp(self.clusters.remove(entry.seq))
        ((kind, own, changed),) = self.clusters.insert_many([self._signed(entry.seq, doc)])
        supersedes = entry.sha256 if entry.sha256 != doc.sha256 else None
        self._land_record(doc, entry.seq, kind, own, changed, supersedes)

    @staticmethod
    def _signed(seq: int, doc: Built) -> Signed:
        return Signed(seq, record_id(doc.source.source), doc.text_digest, doc.hashvalues, doc.band_keys)

    def _land_record(
        self, doc: Built, seq: int, kind: str | None, own: Assignment, changed: list[Assignment], supersedes: str | None
    ) -> None:
        source = doc.source.source
        if kind is not None:
            self.totals.duplicates[kind] += 1
        line, digest = doc.line, doc.line_digest
        if own.cluster is not None or supersedes is not None:
            line = _updated(line, _duplicate_fields(own) if own.cluster is not None else {}, supersedes)
            digest = line_digest(line)
        shard = self._stage(source, _Pending(line, digest, "records", None))
        self._catalog_put(source, seq, doc.size, doc.source.mtime_ns, doc.sha256, "curated", own.record_id, None, shard)
        self._restamp(changed)
        self.totals.counts["curated"] += 1
        self.totals.languages[doc.language] += 1
        if not doc.language_allowed:
            self.totals.counts["language_not_allowed"] += 1

    def _restamp(self, changes: list[Assignment]) -> None:
        """Rewrite the duplicate fields of records that a merge or split of their cluster changed."""
        for change in changes:
            source = self._source_of.get(change.seq)
            entry = self.catalog.get(source) if source is not None else None
            if entry is None:
                continue
            fields = _duplicate_fields(change)
            pending = self._pending.get(entry.source)
            if pending is not None:
                if pending.kind == "records":
                    pending.line = _updated(pending.line, fields)
                    pending.digest = line_digest(pending.line)
                continue
            if entry.shard is not None:
                # applied at the checkpoint, one read per shard: parsing a whole shard per change
                # made the duplicate stage quadratic (most of a 10,000-document run's time)
                self._restamps.setdefault(entry.shard, {})[entry.source] = fields

    def _apply_restamps(self) -> None:
        """Rewrite the duplicate fields of records in earlier shards that a killed run committed but did not
        rewrite (a run's own are applied by `finish`, with the rest of each shard's work).

        Applied at the end of a run rather than at each checkpoint: a syndicated copy restamps an
        original anywhere in the corpus, so per checkpoint nearly every shard was re-read and
        rewritten (quadratic: most of the driver's time at 100,000 documents). Re-applying after
        a kill sets the same fields again.
        """
        changes = self.store.restamps()
        if changes:
            works = [ShardWork(s, wanted, None, "", False) for s, wanted in changes.items() if (self.out / s).exists()]
            self._restamped(works, [derive_shard(self.out, work) for work in works])

    def _restamped(self, works: list[ShardWork], derived: list[Derived]) -> None:
        """Commit the new lines' digests and the new sums of restamped shards, and forget every restamp."""
        sums: dict[str, ShardSum] = {}
        for work, done in zip(works, derived, strict=True):
            if work.restamps:
                self.store.set_digests(work.shard, done.digests)
            if done.found is not None:
                sums[work.shard] = done.found
        self.store.set_shards(sums, [])
        self.store.restamps_clear()
        self.store.commit()

    def _accept_rejection(self, failed: Failed | Refused) -> None:
        source = failed.source.source if isinstance(failed, Failed) else failed.source
        entry = self.catalog.get(source)
        seq = self._seq_for(source)
        if entry is not None and entry.status == "curated":
            self._restamp(self.clusters.remove(seq))
        sha = failed.sha256 if isinstance(failed, Failed) else None
        size = failed.size if isinstance(failed, Failed) else None
        mtime = failed.source.mtime_ns if isinstance(failed, Failed) else None
        rejection = Rejection(
            source=source,
            reason=failed.reason,
            detail=failed.detail,
            source_sha256=sha,
            source_bytes=size,
            encoding=failed.encoding if isinstance(failed, Failed) else None,
            pipeline_version=pipeline_version(),
            config_hash=self.config_hash,
            run_id=self.run_id,
            processed_at=datetime.now(UTC),
        )
        line = rejection.model_dump_json()
        shard = self._stage(source, _Pending(line, line_digest(line), "rejected", None))
        self._catalog_put(source, seq, size, mtime, sha, "rejected", None, failed.reason, shard)
        self.totals.counts["rejected"] += 1
        self.totals.reasons[failed.reason] += 1

    def _catalog_put(
        self,
        source: str,
        seq: int,
        size: int | None,
        mtime: int | None,
        sha: str | None,
        status: str,
        rid: str | None,
        reason: str | None,
        shard: str | None,
    ) -> None:
        entry = CatalogEntry(
            source, seq, size, mtime, sha, status, rid, reason, self.config_hash, pipeline_version(), self.run_id, shard
        )
        self.catalog[source] = entry
        self._source_of[seq] = source
        self._dirty.add(source)  # written at the checkpoint, in one statement (`Store.upsert`)

    # -- landing ------------------------------------------------------------------
    def checkpoint(self) -> None:
        """Land staged lines crash-safely.

        New shards are written first and the store commit refers to them; changes to existing
        shards go into the store's journal in that same commit and are applied after it. A kill
        before the commit leaves only unreferenced new shards (removed on recovery); a kill after
        it leaves the journal, which recovery applies again (patching is idempotent).
        """
        if not self._pending and not self._drops and not self._restamps:
            self._write_catalog()
            self.store.commit()
            return
        new: dict[str, list[tuple[str, _Pending]]] = {"records": [], "rejected": []}
        patches: dict[str, dict[str, str | None]] = {}
        digests: dict[str, dict[str, str | None]] = {}
        for source, pending in self._pending.items():
            if pending.shard is None:
                new[pending.kind].append((source, pending))
            else:
                patches.setdefault(pending.shard, {})[source] = pending.line
                digests.setdefault(pending.shard, {})[source] = pending.digest
        for shard, sources in self._drops.items():
            for source in sources:
                patches.setdefault(shard, {}).setdefault(source, None)
                digests.setdefault(shard, {}).setdefault(source, None)
        written: dict[str, ShardSum] = {}
        for kind, lines in new.items():
            if not lines:
                continue
            shard = self._new_shard_name(kind)
            found = write_lines(self.out / shard, [pending.line for _, pending in lines])
            if found is not None:
                written[shard] = found
            self.store.set_digests(shard, {source: pending.digest for source, pending in lines})
            for source, _ in lines:
                self.catalog[source] = self.catalog[source].in_shard(shard)
                self._dirty.add(source)
        self._shard_counter += 1
        self.store.set_shards(written, [])
        self.store.journal_put(patches)
        for shard, changed in digests.items():  # committed now, with the journal that writes them
            self.store.set_digests(shard, changed)
        self._write_catalog()
        # a whole new line (or a drop) supersedes field changes logged for it at earlier checkpoints
        self.store.restamps_forget((shard, source) for shard, lines in patches.items() for source in lines)
        self.store.restamps_put(
            {
                shard: {s: f for s, f in changes.items() if s not in patches.get(shard, {})}
                for shard, changes in self._restamps.items()
            }
        )
        self.store.commit()
        self.committed += len(self._pending)
        self._last_checkpoint = time.monotonic()
        self._pending.clear()
        self._drops.clear()
        self._restamps.clear()
        self._apply_journal()

    def _write_catalog(self) -> None:
        self.store.upsert([self.catalog[source] for source in sorted(self._dirty)])
        self._dirty.clear()

    def _new_shard_name(self, kind: str) -> str:
        """A name no shard has: the full run id (Prefect's ids are time-ordered, so a prefix of
        two runs a minute apart is the same) and a counter that skips any existing file."""
        while True:
            shard = f"{kind}/part-{self.run_id}-{self._shard_counter:05d}.jsonl"
            if not (self.out / shard).exists():
                return shard
            self._shard_counter += 1

    def _apply_journal(self) -> None:
        """Apply the committed line changes to their shards, then forget them (and emptied shards)."""
        patches = self.store.journal()
        if not patches:
            return
        sums = {shard: patch_shard(self.out / shard, replacements) for shard, replacements in patches.items()}
        kept = {shard: found for shard, found in sums.items() if found is not None}
        self.store.set_shards(kept, [s for s in patches if s not in kept])
        self.store.journal_clear()
        self.store.commit()

    def handle_missing(self, missing: list[str]) -> None:
        for source in missing:
            entry = self.catalog[source]
            if self.config.missing_sources == "drop":
                if entry.shard:
                    self._drop_line(entry.shard, source)
                self._restamp(self.clusters.remove(entry.seq))
                self.store.delete_source(source)
                del self.catalog[source]
                del self._source_of[entry.seq]
                self._dirty.discard(source)
            else:
                self.store.set_status(source, "missing")
        self.totals.counts["missing"] += len(missing)

    def finish(self, missing: list[str], mapper: Mapper = map) -> Manifest:
        """Land what is left, then restamp earlier shards and derive the outputs of the shards that changed
        (Parquet, statistics), one job per shard spread over `mapper` (the run's process pool's `map`: they are the
        serial tail of a run otherwise)."""
        self.handle_missing(missing)
        self.checkpoint()
        started = time.perf_counter()
        stats = self._derive(mapper)  # derived from the committed shards, so after the last checkpoint
        self.totals.stage_seconds["derive_shards"] += time.perf_counter() - started
        statuses = Counter(e.status for e in self.catalog.values())
        steps = self.totals.steps
        self.totals.counts.update(total_records=statuses["curated"], total_rejected=statuses["rejected"])
        manifest = Manifest(
            run_id=self.run_id,
            started=self.started,
            finished=datetime.now(UTC),
            pipeline_version=pipeline_version(),
            config=self.config,
            config_hash=self.config_hash,
            raw_dir=str(self.raw_dir),
            counts=dict(self.totals.counts),
            rejected_by_reason=dict(self.totals.reasons),
            languages=dict(self.totals.languages),
            duplicates=dict(self.totals.duplicates),
            missing_sources=missing,
            stage_seconds={k: round(v, 3) for k, v in self.totals.stage_seconds.items()},
            steps={  # to the microsecond: a step over a few small documents takes under a millisecond
                name: StepStats(documents=count, rejected=steps.rejected[name], seconds=round(steps.seconds[name], 6))
                for name, count in steps.documents.items()
            },
        )
        body = json.dumps(manifest.model_dump(mode="json"), indent=2, sort_keys=True).encode()
        write_atomic(self.out / "manifests" / f"{self.run_id}.json", body)
        write_atomic(self.out / "manifest.json", body)
        write_card(self.out, manifest, self.raw_dir, stats)
        return manifest

    def _derive(self, mapper: Mapper) -> DatasetStats:
        """Restamp earlier shards, write the Parquet files of the record shards that changed and compute the
        statistics of the shards that changed, one job per shard over `mapper` (`derive_shard`); then the whole
        dataset's statistics for its card: those the store kept of each shard whose sha256 is the same, and those
        computed (and kept) now for the others."""
        restamps = self.store.restamps()
        sums = {shard: found.sha256 for shard, found in self.store.shards().items() if found is not None}
        (self.out / PARQUET_DIR).mkdir(parents=True, exist_ok=True)
        stale, parquet_files = stale_parquet(self.out, sums)
        parquet = {path.relative_to(self.out).as_posix(): (target, sha) for path, target, sha in stale}
        kept = self.store.shard_stats()
        works = []
        for shard in sorted(set(sums) | set(parquet) | {s for s in restamps if (self.out / s).exists()}):
            wanted = restamps.get(shard, {})
            target, sha = parquet.get(shard, (None, sums.get(shard, "")))
            if wanted and shard.startswith("records/"):  # its sha256 changes: its Parquet file too
                target = self.out / PARQUET_DIR / f"{Path(shard).stem}.parquet"
            stats = bool(wanted) or kept.get(shard, ("",))[0] != sums.get(shard)
            if wanted or target is not None or stats:
                works.append(ShardWork(shard, wanted, target, sha, stats))
        derived = list(mapper(partial(derive_shard, self.out), works))
        if restamps:
            self._restamped(works, derived)
        tidy_parquet(self.out, parquet_files)
        sums = {shard: found.sha256 for shard, found in self.store.shards().items() if found is not None}
        known = {
            shard: DatasetStats.from_json(kept[shard][1])
            for shard, sha in sums.items()
            if kept.get(shard, ("",))[0] == sha
        }
        for work, done in zip(works, derived, strict=True):
            if done.stats is not None and work.shard in sums:
                self.store.set_shard_stats(work.shard, sums[work.shard], done.stats.to_json())
                known[work.shard] = done.stats
        stats = compute_stats(self.out, known)
        self.store.forget_shard_stats(set(kept) - set(sums))
        self.store.commit()
        return stats
