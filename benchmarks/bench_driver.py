"""The driver's serial work per document, alone: what bounds a run whatever the number of workers.

Run: python benchmarks/bench_driver.py [--size 10000] [--json FILE]

The workers' part of a run (read, decode, clean, language, sign, build) is done first, on a process pool, and
its results kept; then the driver's part is timed in this process with nothing else running: counting line keys
into the store (the pre-pass, in batches of the size the flow gives it: `prepass_batch_size`), landing every
outcome (the duplicate index, the catalog, shard writes and commits), and the end of the run (restamps, Parquet,
statistics, card), each in seconds per document. The workers' own CPU
time per document, measured in the same run, gives the serial share and the ceiling in documents per second
that no number of workers passes (1 / serial seconds per document).

The end of the run is timed as the flow runs it: the per-shard work (restamping earlier shards, Parquet, each
changed shard's statistics: one job per shard, `curator.derive_shard`) is mapped over the same pool of workers
(`Curator.finish`'s mapper), and the driver waits for it, so its wall time is part of `end_of_run`;
`end_of_run_on_workers` says how much of it was that wait. It is bounded by the largest shard (SHARD_RECORDS
lines), not by the number of documents, so it is a tail per run rather than a cost per document, and with more
workers than shards it does not shrink further.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from multiprocessing import get_context
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import ROOT, generate


class TimedMapper:
    """A pool's `map` that adds up the wall time the driver waits in it."""

    def __init__(self, map_: Callable[..., Iterable[Any]]) -> None:
        self.map_ = map_
        self.seconds = 0.0

    def __call__(self, fn: Callable[..., Any], items: Iterable[Any]) -> list[Any]:
        started = time.perf_counter()
        try:
            return list(self.map_(fn, items))
        finally:
            self.seconds += time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared", help="the shared data folder")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    from curation.containers import load_batches
    from curation.curator import Curator
    from curation.pipeline import Steps, warm_up
    from curation.records import RunStamp, build_batch
    from curation.repeated import batch_line_keys
    from flows.curate import prepass_batch_size
    from schemas import CurationConfig

    config = CurationConfig()
    work = Path(tempfile.mkdtemp(prefix="bench-driver-"))
    try:
        raw, out = work / "raw", work / "curated"
        generate(args.size, raw, args.shared)
        curator = Curator(raw, out, config, "bench")
        plan = curator.plan()
        batches = list(load_batches(plan.todo, config.batch_size, config.max_bytes))
        # the pre-pass's batches are larger, as the flow makes them: the driver counts each batch's lines at once
        prepass = prepass_batch_size(len(plan.todo), config.batch_size, 2)
        prepass_batches = list(load_batches(plan.todo, prepass, config.max_bytes))
        stamp = RunStamp(config.digest(), "bench")
        started = time.perf_counter()
        with get_context("spawn").Pool(2, initializer=warm_up) as pool:
            lines = pool.starmap(batch_line_keys, [(b, config) for b in prepass_batches])
            built = pool.starmap(build_batch, [(b, config, frozenset(), stamp) for b in batches])
            workers_wall = time.perf_counter() - started
            steps = Steps()
            for batch in built:
                steps.add(batch.steps)

            timings: dict[str, float] = {}
            started = time.perf_counter()
            for found in lines:
                curator.store.count_lines(found)
            curator.store.repeated_lines(config.repeated_line_min_docs)
            timings["count_lines"] = time.perf_counter() - started
            started = time.perf_counter()
            for batch in built:
                curator.accept(batch.outcomes)
            curator.checkpoint()
            timings["landing"] = time.perf_counter() - started
            mapper = TimedMapper(pool.map)
            started = time.perf_counter()
            manifest = curator.finish(plan.missing, mapper)
            timings["end_of_run"] = time.perf_counter() - started
        curator.close()
        documents = sum(len(b.outcomes) for b in built)
        serial = sum(timings.values()) / documents
        worker = sum(steps.seconds.values()) / documents
        report: dict[str, Any] = {
            "documents": documents,
            "duplicates": manifest.duplicates,
            "ms_per_doc": {k: round(v * 1000 / documents, 3) for k, v in timings.items()},
            "end_of_run_on_workers_ms_per_doc": round(mapper.seconds * 1000 / documents, 3),
            "serial_ms_per_doc": round(serial * 1000, 3),
            "beside_workers_ms_per_doc": round((timings["count_lines"] + timings["landing"]) * 1000 / documents, 3),
            "worker_cpu_ms_per_doc": round(worker * 1000, 3),
            "serial_share": round(serial / (serial + worker), 4),
            "ceiling_docs_per_s": round(1 / serial),
            "workers_wall_seconds": round(workers_wall, 1),
        }
        print(json.dumps(report, indent=2))
        if args.json:
            args.json.write_text(json.dumps(report, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
