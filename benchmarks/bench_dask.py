"""Scaling benchmark: the same corpus on the local process pool and on a Dask `LocalCluster` of 1 and 2 workers.

Run: python benchmarks/bench_dask.py [--size 4000] [--json FILE]

For each contender, in a fresh interpreter (`bench_pipeline.measure`, which also samples the process tree's
memory): documents per second of the flow (without Prefect's fixed start), and the driver's serial share, two
ways. `stage_seconds` sums the driver's own stages from the manifest (repeated-line counting, landing outcomes in
the index and shards, the end of the run: restamps, Parquet, card); the driver's CPU seconds also count what
Prefect does there per batch (task runs, results). With the workers' CPU seconds per document (`steps` of the
manifest, and the pre-pass), Amdahl's law gives the speed-up a run could reach with N workers if the driver's
work were not overlapped with theirs, and 1/serial the ceiling in documents per second that no number of workers
passes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import ROOT, Corpus, generate, measure, workdir

CONTENDERS = {"pool-2": ("pool", 2), "dask-1": ("dask", 1), "dask-2": ("dask", 2)}
SCALES = (8, 32, 128)


def run(kind: str, workers: int, raw: Path, out: Path, batch_size: int) -> dict[str, Any]:
    """Child side: one flow on the pool or on a fresh LocalCluster, timed, with the driver's CPU time."""
    import psutil
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.curate import curate
    from schemas import CurationConfig

    config = CurationConfig(workers=workers, batch_size=batch_size)
    server = SubprocessASGIServer()
    server.start()
    cluster = None
    address = None
    if kind == "dask":
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        address = cluster.scheduler_address
    me = psutil.Process()
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            cpu = me.cpu_times()
            started = time.perf_counter()
            manifest = curate(raw_dir=str(raw), out_dir=str(out), config=config, dask_address=address)
            seconds = time.perf_counter() - started
            after = me.cpu_times()
    finally:
        APILogWorker.drain_all(timeout=30)
        EventsWorker.drain_all(timeout=30)
        if cluster is not None:
            cluster.close()
        server.stop()
    return {
        "flow_seconds": round(seconds, 2),
        "driver_cpu_seconds": round(after.user + after.system - cpu.user - cpu.system, 2),
        "stage_seconds": manifest.stage_seconds,
        "steps": {name: step.model_dump() for name, step in manifest.steps.items()},
        "counts": manifest.counts,
        "duplicates": manifest.duplicates,
    }


def ceilings(result: dict[str, Any], documents: int) -> dict[str, Any]:
    """Serial and parallel seconds per document, and what they imply for 8, 32 and 128 workers."""
    serial = sum(result["stage_seconds"].values()) / documents
    driver = result["driver_cpu_seconds"] / documents
    parallel = sum(step["seconds"] for step in result["steps"].values()) / documents
    share = serial / (serial + parallel)
    return {
        "serial_ms_per_doc": round(serial * 1000, 3),
        "driver_cpu_ms_per_doc": round(driver * 1000, 3),
        "worker_ms_per_doc": round(parallel * 1000, 3),
        "serial_share": round(share, 4),
        "amdahl_speedup": {n: round(1 / (share + (1 - share) / n), 1) for n in SCALES},
        "ceiling_docs_per_s": {
            "stages": round(1 / serial),
            "driver_cpu": round(1 / driver),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=4000)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared", help="the shared data folder")
    parser.add_argument("--workdir", type=Path, help="where the corpus and outputs go (default: a temp dir, removed)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--contender", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.contender:
        kind, workers, raw, out, batch_size = args.contender
        started = time.perf_counter()
        result = run(kind, int(workers), Path(raw), Path(out), int(batch_size))
        result["seconds"] = round(time.perf_counter() - started, 2)
        print(json.dumps(result), flush=True)
        return
    work = workdir(args.workdir, "bench-dask-")
    report: dict[str, Any] = {"cpu_count": os.cpu_count(), "size": args.size, "contenders": {}}
    try:
        subprocess.run(  # Prefect's database is created and migrated once, untimed, as on a machine's first run
            [sys.executable, str(ROOT / "benchmarks" / "bench_pipeline.py"), "--contender", "init", "-", "-", "0", "0"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        raw = work / "raw"
        shutil.rmtree(raw, ignore_errors=True)
        corpus: Corpus = generate(args.size, raw, args.shared)
        print(f"{args.size} documents, {corpus.megabytes:.1f} MB", flush=True)
        records = {}
        for name, (kind, workers) in CONTENDERS.items():
            out = work / f"out-{name}"
            shutil.rmtree(out, ignore_errors=True)
            argv = [kind, str(workers), str(raw), str(out), str(args.batch_size)]
            result = measure(name, corpus, argv, script=Path(__file__))
            result.update(ceilings(result, args.size))
            report["contenders"][name] = result
            records[name] = _records(out)
            shown = ("serial_ms_per_doc", "driver_cpu_ms_per_doc", "worker_ms_per_doc", "amdahl_speedup")
            print(f"  {name}: {json.dumps({k: result[k] for k in shown})}", flush=True)
        report["same_records"] = len({json.dumps(r, sort_keys=True) for r in records.values()}) == 1
        print(f"same records on every contender: {report['same_records']}", flush=True)
        if args.json:
            args.json.write_text(json.dumps(report, indent=2))
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


def _records(out: Path) -> dict[str, dict[str, Any]]:
    """The records without what describes the run rather than the record."""
    found = {}
    for shard in sorted((out / "records").glob("*.jsonl")):
        for line in shard.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for key in ("run_id", "processed_at"):
                record["provenance"].pop(key)
            found[record["id"]] = record
    return found


if __name__ == "__main__":
    main()
