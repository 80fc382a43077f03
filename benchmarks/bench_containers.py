"""The same documents as one JSON Lines .gz file and as one file each: documents/s and peak memory of the flow.

Run: python benchmarks/bench_containers.py [--size 100000] [--workdir DIR] [--shared DIR] [--json FILE]

Why: a container is listed by streaming it (a sha256 per line), and its documents are read by the driver and sent
to the workers with their batch; this measures what that costs against files read by the workers themselves, and
that memory stays bounded by the batches in flight rather than growing with the container. The corpus is
bench_pipeline's generated one (a pure function of size and seed); each contender runs in a fresh interpreter,
its process tree's RSS sampled from outside (`bench_pipeline.measure`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_pipeline import Corpus, generate, measure  # noqa: E402


def as_jsonl_gz(files: Path, target: Path) -> None:
    """Every generated file as one line {"id", "text"} of one gzip-compressed JSON Lines file, in listing order."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=6) as sink:
        for path in sorted(files.rglob("*.txt")):
            text = path.read_bytes().decode("utf-8")
            sink.write(json.dumps({"id": path.stem, "text": text}, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, help="where corpora and outputs go (default: a temp dir, removed)")
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared", help="the shared data folder")
    parser.add_argument("--workers", type=int, default=0, help="flow worker processes (0 = one per core)")
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-containers-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(work / "prefect-home"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    bench = str(ROOT / "benchmarks" / "bench_pipeline.py")
    try:
        # the first start of Prefect on a new home creates its database: once, untimed, as a machine's first run
        subprocess.run([sys.executable, bench, "--contender", "init", "-", "-", "0", "0"], check=True)
        files = work / "raw-files"
        shutil.rmtree(files, ignore_errors=True)
        corpus = generate(args.size, files, args.shared)
        container = work / "raw-jsonl" / "articles.jsonl.gz"
        as_jsonl_gz(files, container)
        print(
            f"{args.size} documents, {corpus.megabytes:.1f} MB; as one .jsonl.gz: "
            f"{container.stat().st_size / 1e6:.1f} MB compressed",
            flush=True,
        )
        report: dict[str, Any] = {"cpu_count": os.cpu_count(), "documents": args.size, "megabytes": corpus.megabytes}
        settings = [str(args.workers), str(args.batch_size)]
        for label, raw in (("files", files), ("jsonl.gz", container.parent)):
            out = work / f"out-{label}"
            shutil.rmtree(out, ignore_errors=True)
            started = time.perf_counter()
            contender = Corpus(raw, args.size, corpus.megabytes)
            report[label] = measure(label, contender, ["flow", str(raw), str(out), *settings])
            report[label]["wall_seconds"] = round(time.perf_counter() - started, 1)
        if args.json:
            args.json.write_text(json.dumps(report, indent=2))
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
