"""The curation flow: batches of documents go to tasks; one driver lands their outcomes in order.

No `from __future__ import annotations` here: a served deployment pickles the flow by value, and
pydantic must find the parameter types (Selection) as objects, not as names to look up.
"""

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run, task_run
from prefect.task_runners import ThreadPoolTaskRunner
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from curation.containers import Item, load_batches
from curation.curator import Curator
from curation.discover import SourceFile
from curation.pipeline import Failed, warm_up
from curation.records import Batch, RunStamp, build_batch
from curation.repeated import DocLines, batch_line_keys
from curation.select import selects
from curation.spill import Spills, run_spills
from flows import Signalled
from schemas import CurationConfig, Manifest, Selection

if TYPE_CHECKING:  # imported where a run uses Dask: distributed costs every other run 0.3 s of imports
    from prefect_dask import DaskTaskRunner

_POOL: ProcessPoolExecutor | None = None
# Set by the first SIGINT or SIGTERM of a flow run (`_stoppable`): the run lands the batch at hand and stops.
_STOP = threading.Event()
R = TypeVar("R")
B = TypeVar("B")
R_co = TypeVar("R_co", covariant=True)


def workers_for(config: CurationConfig) -> int:
    return config.workers or os.cpu_count() or 1


def _pool(workers: int) -> ProcessPoolExecutor:
    """The run's process pool: CPU-bound batches run on every core. It lives as long as the flow run
    (`_close_pool`), and none starts once the run is stopping (a retried batch would otherwise start one anew)."""
    global _POOL
    if _STOP.is_set():
        raise RunStopping("the run is stopping: no batch starts")
    if _POOL is None:
        # spawn, not fork: the driver runs Prefect's threads, which a fork would copy mid-lock
        _POOL = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=warm_up
        )
    return _POOL


def _close_pool(at_once: bool) -> None:
    """End the run's pool with the run, so no worker outlives it.

    A served run executes in a process spawned by `curate serve`; at its end, multiprocessing joins every child
    process before the exit hook that would shut a pool down, so an idle worker kept that process alive for ever,
    and with it the deployment's one slot (`limit=1`): every later scheduled run was skipped. `at_once` (a stopped
    run) terminates the workers instead of waiting for the batches they are on, whose results nobody will land.
    """
    global _POOL
    pool, _POOL = _POOL, None
    if pool is None:
        return
    workers = list(pool._processes.values()) if at_once else []  # the pool names no public handle on them
    results = pool._result_queue if at_once else None  # cleared by shutdown
    pool.shutdown(wait=not at_once, cancel_futures=True)
    for process in workers:
        process.terminate()
    for process in workers:
        process.join(5)
    if results is not None:
        # A worker terminated while writing its result leaves half a message in the pipe, and the pool's manager
        # thread then waits in that read for ever: the batches' task threads with it, and the interpreter's exit,
        # which joins that thread. With every worker gone, closing this process's own write end ends the read
        # (end of file), so the pool fails its futures as broken and the stopping run ends.
        results._writer.close()


BATCH_RETRIES = 2
# Batches in flight per worker. Results land in submission order, so one slow batch holds back
# the window behind it; with two a worker, the workers idled about a quarter of the time waiting
# for the next batch to get through its Prefect task-run start. Memory stays bounded by the window.
IN_FLIGHT_PER_WORKER = 4


class TransientReadError(RuntimeError):
    """A batch had reads that may succeed on another try (a vanished or locked file)."""


class RunStopping(KeyboardInterrupt):
    """A batch was asked for, or its pool ended under it, after SIGINT or SIGTERM: the run lands nothing more. A
    KeyboardInterrupt, so Prefect records the task as aborted by a signal in one line, not with a traceback."""


class RunInterrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM stopped the run. What it had committed stays (`kept` inputs, records and rejections, of
    this run), the lock is released and no worker is left; the next run goes on from there. A KeyboardInterrupt, so
    Prefect records the run as aborted by a signal in one line, where an Exception is logged with its traceback.

    `at_once`: a second signal stopped it mid-batch, without the checkpoint of what the first had let it finish.
    """

    def __init__(self, signum: int, kept: int, at_once: bool) -> None:
        super().__init__(signum, kept, at_once)  # the arguments, so the exception pickles whole
        self.signum, self.kept, self.at_once = signum, kept, at_once

    def __str__(self) -> str:
        how = "at once by a second signal" if self.at_once else "at the end of a batch"
        return (
            f"stopped by {signal.Signals(self.signum).name} {how}: {self.kept} input(s) of this run "
            "committed and kept; the next run goes on from there"
        )


@dataclass
class Stop:
    """The signal that stopped the flow run, if one did (`_stoppable`)."""

    signum: int | None = None

    def check(self, curator: Curator) -> None:
        """Called between batches: once a signal came, commit what has been accepted and end the run."""
        if self.signum is not None:
            curator.checkpoint()
            raise RunInterrupted(self.signum, curator.committed, at_once=False)


@contextmanager
def _stoppable() -> Iterator[Stop]:
    """SIGINT and SIGTERM stop the flow run within a batch's time, keeping its work: the first lets the run land
    the batch at hand, commit, and end (`Stop.check`); a second of the same kind raises KeyboardInterrupt wherever
    the run is, and the run ends with what its last checkpoint committed. Prefect's own SIGTERM handler would end
    the run without that last commit, and the default SIGINT one at an arbitrary point; both are back once the run
    ends.

    Signals reach only the main thread, where both `curate run` and a served run execute the flow; elsewhere the
    process keeps its handlers."""
    stop = Stop()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handle(signum: int, _frame: object) -> None:
        if stop.signum == signum:
            raise KeyboardInterrupt
        if stop.signum is not None:  # the other one, already stopping: `curate serve` sends SIGTERM after a Ctrl-C
            return
        stop.signum = signum
        _STOP.set()
        # os.write, not print: a handler may interrupt a print, and buffered streams are not reentrant
        os.write(2, b"stopping: committing the batches landed so far (a second Ctrl-C stops at once)\n")

    previous = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        _STOP.clear()


@task(name="process-batch", cache_policy=NO_CACHE, persist_result=False, retries=BATCH_RETRIES, retry_delay_seconds=1)
def process_batch_task(
    batch: list[Item],
    config: CurationConfig,
    repeated: frozenset[str],
    stamp: RunStamp,
    local_processes: bool,
    spills: tuple[str, ...] = (),
) -> Batch:
    """Read, decode, clean, detect, sign one batch and build its records; on Dask it runs inside the worker.
    Documents the pre-pass spilled (`spills`) are taken from there instead of being read and decoded again.

    A transient read failure fails the task so Prefect retries the batch; on the last attempt
    the failure stands and becomes a rejection with its reason, so no input is ever lost.
    """
    done = _on_worker(local_processes, workers_for(config), build_batch, batch, config, repeated, stamp, spills)
    transient = [o for o in done.outcomes if isinstance(o, Failed) and o.transient]
    if transient and (task_run.run_count or 1) <= BATCH_RETRIES:
        names = ", ".join(f"{o.source.source} ({o.reason})" for o in transient[:5])
        raise TransientReadError(f"{len(transient)} transient read failure(s), retrying the batch: {names}")
    return done


@task(name="line-keys", cache_policy=NO_CACHE, persist_result=False)
def line_keys_task(batch: list[Item], config: CurationConfig, spill: str, local_processes: bool) -> list[DocLines]:
    """Pre-pass over one batch: normalized line keys per document, for repeated-line learning; what it read and
    decoded goes to the `spill` file for the main pass."""
    return _on_worker(local_processes, workers_for(config), batch_line_keys, batch, config, spill)


def _on_worker(local_processes: bool, workers: int, fn: Callable[..., R], *args: Any) -> R:
    """Run CPU-bound batch work in the process pool, or inline (a run of one batch, one worker, or already on a
    Dask worker)."""
    if local_processes:
        try:
            return _pool(workers).submit(fn, *args).result()
        except (CancelledError, BrokenProcessPool):
            if _STOP.is_set():  # the stopping run ended the pool under this batch (`_close_pool`)
                raise RunStopping("the run stopped before this batch landed") from None
            raise
    return fn(*args)


PREPASS_MAX_BATCH = 2000


def prepass_batch_size(documents: int, batch_size: int, workers: int) -> int:
    """Larger batches for the pre-pass: its work per document (read, decode, line keys) is a tenth
    of the main pass's, so at `batch_size` the Prefect task-run overhead was most of its time.
    About four batches per worker keep every worker busy; the cap bounds the key sets in flight."""
    return max(batch_size, min(PREPASS_MAX_BATCH, -(-documents // (4 * workers))))


def start_workers(workers: int) -> None:
    """Spawn the run's pool of `workers` processes now, so their imports and warm-up overlap the driver's pre-pass
    rather than wait for the first batch; from the main thread, with SIGINT ignored while they start, so they
    inherit that: the terminal sends Ctrl-C to the whole process group, and a worker then died of it, with a
    traceback, or left its batch unfinished. The driver decides what stops, and ends the pool itself
    (`_close_pool`). (Each submit finds no worker idle, for spawned workers take seconds to start, so each spawns
    one.)"""
    pool = _pool(workers)
    main = threading.current_thread() is threading.main_thread()  # only the main thread may set a handler
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        for _ in range(workers):
            pool.submit(int)
    finally:
        if main:
            signal.signal(signal.SIGINT, previous)


def uses_pool(local_processes: bool, workers: int, documents: int, batch_size: int) -> bool:
    """A run of one batch is processed inline, in the flow's own thread: a spawned worker pays ~3 s of imports the
    driver has already paid, for work a single core does in well under a second (on the 5 samples it was most of
    the difference to a hello-world flow). The flow's thread is the main thread, so the per-document time budget
    holds inline too."""
    return local_processes and workers > 1 and documents > batch_size


def learn_repeated_lines(
    curator: Curator, todo: list[SourceFile], config: CurationConfig, pooled: bool, stop: Stop, spills: Spills
) -> frozenset[str]:
    """Count the line keys of this run's documents into the store; the lines now seen in enough
    distinct documents (this run and earlier ones) are cleaned as `repeated_line`. Each batch spills
    what it read and decoded to its file of `spills`, whose batch size is the pre-pass's."""

    def submit(numbered: tuple[int, list[Item]]) -> Result[list[DocLines]]:
        number, batch = numbered
        if pooled:
            return line_keys_task.submit(batch, config, spills.path(number), True)
        return Done(line_keys_task(batch, config, spills.path(number), False))

    results = _in_order(
        enumerate(load_batches(todo, spills.batch_size, config.max_bytes)),
        submit,
        window=IN_FLIGHT_PER_WORKER * workers_for(config),
    )
    for found in results:  # bounded window: the key sets of a large run never sit in memory at once
        started = time.perf_counter()
        curator.store.count_lines(found)
        curator.totals.stage_seconds["count_lines"] += time.perf_counter() - started
        stop.check(curator)
    return curator.store.repeated_lines(config.repeated_line_min_docs)


class Result(Protocol[R_co]):
    """A batch's outcome to come: a Prefect future, or work already done inline."""

    def result(self) -> R_co: ...


@dataclass(frozen=True)
class Done(Generic[R]):
    """A batch processed inline: its outcome is already here."""

    value: R

    def result(self) -> R:
        return self.value


def _in_order(batches: Iterator[B], submit: Callable[[B], Result[R]], window: int) -> Iterator[R]:
    """Results in submission order, with at most `window` batches in flight (memory stays bounded)."""
    in_flight: deque[Result[R]] = deque()
    for batch in batches:
        in_flight.append(submit(batch))
        if len(in_flight) >= window:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


def _submitter(
    dask: "DaskTaskRunner | None",
    config: CurationConfig,
    repeated: frozenset[str],
    stamp: RunStamp,
    pooled: bool,
    spills: Spills,
) -> Callable[[tuple[int, list[Item]]], Result[Batch]]:
    """How the batch numbered n (of `config.batch_size` documents) becomes a task run: on the flow's runner (its
    threads wait on the process pool), in the flow's own thread (no pool), or on a Dask cluster; with the spill
    files of its documents.

    On Dask the task processes its batch inline in the Dask worker process (the cluster is the
    pool); the outcomes still come back to this driver, which lands them in submission order. Its
    workers read the spills from the output folder; one that cannot reads the documents again.
    """

    def submit(numbered: tuple[int, list[Item]]) -> Result[Batch]:
        number, batch = numbered
        found = spills.covering(number * config.batch_size, len(batch))
        if dask is not None:
            parameters = {
                "batch": batch,
                "config": config,
                "repeated": repeated,
                "stamp": stamp,
                "local_processes": False,
                "spills": found,
            }
            return dask.submit(process_batch_task, parameters)
        if pooled:
            return process_batch_task.submit(batch, config, repeated, stamp, True, found)
        return Done(process_batch_task(batch, config, repeated, stamp, False, found))

    return submit


def summary_markdown(manifest: Manifest) -> str:
    counts = manifest.counts
    slowest = max(manifest.stage_seconds.items(), key=lambda x: x[1], default=None)
    lines = [
        f"# Curation run {manifest.run_id}",
        "",
        "| stage | count |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in sorted(counts.items())],
        "",
        "| rejected reason | count |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in sorted(manifest.rejected_by_reason.items())],
        "",
        "| language | records |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in sorted(manifest.languages.items(), key=lambda x: -x[1])],
        "",
        f"Duplicates flagged: {dict(manifest.duplicates)}",
        "",
        f"Slowest stage: {slowest[0]} ({slowest[1]:.3f} s)" if slowest else "Slowest stage: none",
        f"Run time: {(manifest.finished - manifest.started).total_seconds():.1f} s",
        "",
        "| stage | seconds |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in sorted(manifest.stage_seconds.items(), key=lambda x: -x[1])],
        "",
        "| step (workers) | documents | rejected | seconds |",
        "|---|---|---|---|",
        *[f"| {k} | {v.documents} | {v.rejected} | {v.seconds} |" for k, v in manifest.steps.items()],
    ]
    return "\n".join(lines)


# a thread per batch in flight: each waits for its batch on the process pool
@flow(
    name="curate",
    task_runner=ThreadPoolTaskRunner(max_workers=IN_FLIGHT_PER_WORKER * (os.cpu_count() or 1)),
    persist_result=False,
)
def curate(
    raw_dir: str = "raw",
    out_dir: str = "curated",
    config: CurationConfig | None = None,
    reprocess: Selection | None = None,
    force: bool = False,
    local_processes: bool = True,
    progress: bool = False,
    dask_address: str | None = None,
) -> Manifest:
    """Curate new or changed sources of `raw_dir` into `out_dir`.

    `reprocess` selects the sources to redo whatever their state (manual reprocessing);
    `force` redoes them even when their bytes and configuration are unchanged.
    `dask_address` (tcp://HOST:PORT of a running scheduler) sends the batch tasks to that Dask
    cluster instead of this machine's process pool; the driver stays here either way.
    """
    logger = get_run_logger()
    config = config or CurationConfig()
    run_id = str(flow_run.id or "local")
    with _stoppable() as stop:
        curator = Curator(Path(raw_dir), Path(out_dir), config, run_id)
        runners = ExitStack()
        try:
            plan = curator.plan(partial(selects, reprocess) if reprocess is not None else None)
            stop.check(curator)
            # Started only now that Prefect's API is up (its start no longer competes for the cores), and only as
            # many as the run has batches.
            pooled = uses_pool(local_processes, workers_for(config), len(plan.todo), config.batch_size)
            if pooled:  # as many workers as the run has batches, at most
                start_workers(min(workers_for(config), -(-len(plan.todo) // config.batch_size)))
            logger.info(
                "%d to process, %d unchanged, %d refused, %d missing",
                len(plan.todo),
                plan.unchanged,
                len(plan.refused),
                len(plan.missing),
            )
            if not plan.todo and not plan.unchanged and not plan.refused:
                logger.warning("%s holds no documents: nothing to curate", raw_dir)
            curator.accept(plan.refused)
            workers = workers_for(config)
            # entered with the output folder locked (`Curator`), and left after the pool has ended
            spills = runners.enter_context(
                run_spills(curator.out, prepass_batch_size(len(plan.todo), config.batch_size, workers), run_id)
            )
            repeated = (
                learn_repeated_lines(curator, plan.todo, config, pooled, stop, spills) if plan.todo else frozenset()
            )
            dask = None
            if dask_address:
                from prefect_dask import DaskTaskRunner

                # chosen per run (a deployment parameter), so entered here rather than fixed on the flow
                dask = runners.enter_context(DaskTaskRunner(address=dask_address))
                workers = max(1, sum(dask.client.nthreads().values()))
                logger.info("batches run on the Dask cluster at %s (%d worker threads)", dask_address, workers)
            results = _in_order(
                enumerate(load_batches(plan.todo, config.batch_size, config.max_bytes)),
                _submitter(dask, config, repeated, curator.stamp, pooled, spills),
                window=IN_FLIGHT_PER_WORKER * workers,
            )
            with Progress(
                TextColumn("curating"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), disable=not progress
            ) as bar:
                job = bar.add_task("docs", total=len(plan.todo))
                for done in results:
                    curator.accept(done.outcomes, force=force or reprocess is not None)
                    curator.totals.steps.add(done.steps)
                    bar.advance(job, len(done.outcomes))
                    stop.check(curator)
            # the end of the run (restamps, Parquet and statistics of the shards it changed: a job per shard) on the
            # pool's processes too
            manifest = curator.finish(plan.missing, _pool(workers).map if pooled else map)
        except BaseException as exc:
            curator.store.rollback()
            if stop.signum is None:
                raise
            # a second signal stops the run mid-batch, wherever it was
            stopped = exc if isinstance(exc, RunInterrupted) else RunInterrupted(stop.signum, curator.committed, True)
            logger.warning("%s", stopped)  # the line a served run leaves in the log and the UI
            raise stopped from None
        finally:
            _close_pool(at_once=stop.signum is not None)
            runners.close()
            curator.close()
    create_markdown_artifact(summary_markdown(manifest), key="curation-summary", description="curation run summary")
    return manifest


def serve_curation(
    raw_dir: Path,
    out_dir: Path,
    config: CurationConfig,
    cron: str | None,
    interval: float | None,
    name: str,
    dask_address: str | None = None,
) -> None:
    """Serve the flow as a deployment on this machine: Prefect schedules runs, this process executes them, each in
    a process of its own, until SIGINT or SIGTERM raises `Signalled` here."""
    from prefect.runner import Runner

    class CurationRunner(Runner):
        signalled: int | None = None

        def handle_sigterm(self, signum: int, _frame: object) -> None:
            """The handler of both SIGTERM and SIGINT. Prefect's own calls `stop()`, which inside the running loop
            only makes a coroutine, never awaited, and then exits the loop with SystemExit(0) under the runs in
            flight, which went on; and asyncio's Ctrl-C handler only cancels the main task, which left the runner's
            poller alive long enough to start the next scheduled run once the stopped one ended. Here `astop` runs
            on the loop: its poller stops at once, the runs in flight are told to stop (SIGTERM, which a run
            answers at the end of its batch, `_stoppable`), its loops end and its schedules are paused, and the
            command ends with 128 + the signal. A second signal changes nothing here: a run in the terminal's
            group got it too and stops at once by itself."""
            if self.signalled is not None:
                return
            self.signalled = signum
            loop = asyncio.get_running_loop()
            loop.call_soon_threadsafe(lambda: loop.create_task(self.astop()))

    parameters = {"raw_dir": str(raw_dir.resolve()), "out_dir": str(out_dir.resolve()), "config": config.model_dump()}
    if dask_address:
        parameters["dask_address"] = dask_address
    # limit=1: a scheduled run that is due while one is still running waits instead of failing on the lock
    runner = CurationRunner(name=name, pause_on_shutdown=True, limit=1)
    runner.add_flow(
        curate, name=name, cron=cron, interval=interval, parameters=parameters, description=curate.description
    )
    # set before asyncio.run, which then leaves SIGINT to it (Runner.start sets the SIGTERM one itself)
    previous = signal.signal(signal.SIGINT, runner.handle_sigterm)
    try:
        asyncio.run(runner.start())
    finally:
        signal.signal(signal.SIGINT, previous)
    if runner.signalled is not None:
        raise Signalled(runner.signalled)
