"""Start-up benchmark: `curate run` on the bundled sample against a hello-world Prefect flow, side by side.

Run: python benchmarks/bench_startup.py [--runs 5] [--json FILE]

What a user waits for on the README's main command is mostly start-up: imports, Prefect's temporary API, the
flow run's bookkeeping. The fair yardstick is the least any Prefect flow pays in the same ephemeral mode, so
both commands run as subprocesses, alternately (a machine's load drifts alike for both), with the same warm
PREFECT_HOME (created and migrated once, before timing) and a fresh output folder for each curate run.
The figure of merit is the ratio of the medians; the target is at most 1.15.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CURATE = shutil.which("curate") or "curate"
HELLO = """
from prefect import flow

@flow
def hello() -> str:
    return "hello"

hello()
"""
TARGET_RATIO = 1.15


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each command")
    parser.add_argument("--json", type=Path, help="where the figures go (default: benchmarks/results/)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env |= {"PREFECT_HOME": str(work / "prefect-home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "600")  # as the CLI sets it
    hello = [sys.executable, "-c", HELLO]

    def curate(n: int) -> list[str]:
        return [CURATE, "run", str(ROOT / "raw"), "--out", str(work / f"curated-{n}")]

    try:
        warm_up = [timed(hello, env), timed(curate(-1), env)]  # database created and migrated; imports cached
        print(f"warm-up (first hello, first curate): {warm_up[0]:.1f} s, {warm_up[1]:.1f} s", flush=True)
        times: dict[str, list[float]] = {"curate_run": [], "hello_flow": []}
        for n in range(args.runs):
            times["hello_flow"].append(timed(hello, env))
            times["curate_run"].append(timed(curate(n), env))
            print(f"run {n + 1}: hello {times['hello_flow'][-1]:.1f} s, curate {times['curate_run'][-1]:.1f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    medians = {name: statistics.median(values) for name, values in times.items()}
    ratio = medians["curate_run"] / medians["hello_flow"]
    report: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "load_average_1m": os.getloadavg()[0],
        "runs": args.runs,
        "seconds": {name: [round(v, 2) for v in values] for name, values in times.items()},
        "median_seconds": {name: round(v, 2) for name, v in medians.items()},
        "ratio": round(ratio, 3),
        "target_ratio": TARGET_RATIO,
        "warm_up_seconds": [round(v, 2) for v in warm_up],
    }
    target = args.json or ROOT / "benchmarks" / "results" / f"bench_startup-{int(time.time())}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(
        f"median curate run {medians['curate_run']:.2f} s, hello flow {medians['hello_flow']:.2f} s: "
        f"ratio {ratio:.3f} (target <= {TARGET_RATIO}); {target}"
    )


if __name__ == "__main__":
    main()
