"""Cleaner cost benchmark: this tree's `clean_text` against the rulebook as it was before the content model.

Run: python benchmarks/bench_cleaner.py [--baseline 2652b81] [--rounds 3] [--json FILE]

Issue 16 asks that the cleaner be no slower per document than the rule-only cleaner it replaced. Both cleaners
run on the same documents, in the same benchmark run, each in its own fresh interpreter (the baseline from a
`git archive` of its revision, so neither imports the other's modules), alternately `--rounds` times so that a
drift in the machine's load touches both alike. Two kinds of document, because the content model runs only on
whole-page dumps: article extracts (the five samples and the generated dev split) and whole pages (the 482 real
pages of `../shared/data/webpages`). The figure is the median of the rounds in ms a document, and the ratio;
memory is each process's peak resident size, the median of its rounds.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# Runs inside each tree: loads the documents, warms up, then times clean_text over each kind.
TIMER = r"""
import json, resource, signal, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(sys.argv[1]) / "eval" / "boilerplate"))
from build import build
from curation.clean import clean_text
from curation.decode import decode_bytes

class Stalled(Exception):
    pass

def expire(signum, frame):
    raise Stalled

signal.signal(signal.SIGALRM, expire)
shared = Path(sys.argv[2])
articles = [decode_bytes(p.read_bytes()).text for p in sorted(Path(sys.argv[3]).glob("*.txt"))]
articles += [doc.text for doc in build("dev", shared)]
pages_dir = shared / "data" / "webpages"
pages = [
    (pages_dir / "pages" / json.loads(line)["page"]).read_text(encoding="utf-8")
    for line in (pages_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()
]
# warm-up on text of neither kind (a line cache must not start with timed lines): its 40 lines are a page to the
# cleaner, so the content model and the stop lists load here, once, as they do once in each worker of a run
clean_text("\n".join(f"Line {i} of a warm-up page, which loads what the cleaner reads once." for i in range(40)))
try:  # the given-name list, which a run's workers load in their warm-up (curation.pipeline.warm_up); older trees
    from curation.names import warm_up  # have none

    warm_up()
except ImportError:
    pass
out = {}
for kind, docs in (("articles", articles), ("pages", pages)):
    seconds = []
    for text in docs:
        signal.alarm(STALL_SECONDS)
        started = time.perf_counter()
        try:
            clean_text(text)
            seconds.append(time.perf_counter() - started)
        except Stalled:
            seconds.append(None)
        signal.alarm(0)
    out[kind] = seconds
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # both kinds cleaned, warm-up in
print(json.dumps(out))
"""
STALL_SECONDS = 5  # the rulebook before issue 15 never finished one real page (an A-Z index line)


def baseline_tree(revision: str, into: Path) -> Path:
    """The baseline revision's files, without touching the working tree or the branches."""
    archive = subprocess.run(["git", "archive", revision], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def timed(tree: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    timer = TIMER.replace("STALL_SECONDS", str(STALL_SECONDS))
    command = [sys.executable, "-c", timer, str(tree), str(SHARED), str(ROOT / "raw")]
    done = subprocess.run(command, cwd=tree, env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default="2652b81", help="revision of the rule-only cleaner (default 2652b81)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, help="where the figures go (default: benchmarks/results/)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-cleaner-") as work:
        trees = {"baseline": baseline_tree(args.baseline, Path(work)), "current": ROOT}
        rounds: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
        for n in range(args.rounds):
            for name, tree in trees.items():
                rounds[name].append(timed(tree))
            print(f"round {n + 1} of {args.rounds} done", flush=True)

    report: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "baseline": args.baseline,
        "load_average_1m": os.getloadavg()[0],
        "stall_seconds": STALL_SECONDS,
        "median_ms_per_doc": {},
        "ratio_current_to_baseline": {},
    }
    for kind in ("articles", "pages"):
        # documents any round of either cleaner stalled on are left out of both: a cost needs an end
        finished = [
            all(r[kind][i] is not None for runs in rounds.values() for r in runs)
            for i in range(len(rounds["current"][0][kind]))
        ]
        medians = {
            name: statistics.median(
                1000 * sum(t for t, ok in zip(r[kind], finished, strict=True) if ok) / sum(finished) for r in runs
            )
            for name, runs in rounds.items()
        }
        report["median_ms_per_doc"][kind] = {k: round(v, 3) for k, v in medians.items()}
        report["ratio_current_to_baseline"][kind] = round(medians["current"] / medians["baseline"], 3)
        report.setdefault("stalled_documents", {})[kind] = finished.count(False)
        print(
            f"{kind} ({sum(finished)} docs, {finished.count(False)} stalled and left out): "
            f"baseline {medians['baseline']:.2f} ms/doc, "
            f"current {medians['current']:.2f} ms/doc, ratio {medians['current'] / medians['baseline']:.2f}"
        )
    # memory: the peak resident size of each tree's process, which loads the documents, the model and the vocabulary
    peaks = {name: statistics.median(r["peak_rss_mb"] for r in runs) for name, runs in rounds.items()}
    report["peak_rss_mb"] = {k: round(v, 1) for k, v in peaks.items()}
    report["ratio_current_to_baseline"]["peak_rss"] = round(peaks["current"] / peaks["baseline"], 3)
    print(f"peak RSS: baseline {peaks['baseline']:.0f} MB, current {peaks['current']:.0f} MB")
    path = args.json or ROOT / "benchmarks" / "results" / f"bench_cleaner-{int(datetime.now(UTC).timestamp())}.json"
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"figures in {path}")


if __name__ == "__main__":
    main()
