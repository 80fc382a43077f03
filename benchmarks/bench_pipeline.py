"""Throughput benchmark: the real `curate` flow against a one-process baseline, on generated corpora.

Run: python benchmarks/bench_pipeline.py --sizes 10000 100000 [--workdir DIR] [--shared DIR]

Why a generated corpus: the bundled sample is five files; a scaling claim needs 10^4-10^5 articles
with the features that cost time in real scrapes (several languages, boilerplate lines, bylines,
syndicated copies). The corpus is a pure function of (size, seed), so figures are comparable
between runs and machines.

The baseline is the script a user would write first, in one process: read, decode (UTF-8, else
charset detection), the same boilerplate cleaning, langdetect on the whole text, datasketch MinHash
with `update_batch`, an in-memory `MinHashLSH`, one JSONL file. Both run in the same invocation.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

# Languages of the generated articles and their weights (a news crawl is mostly a few big languages).
LANGUAGES = {
    "en": 30,
    "de": 10,
    "fr": 10,
    "es": 10,
    "ru": 8,
    "it": 5,
    "pt": 5,
    "nl": 4,
    "pl": 4,
    "tr": 4,
    "uk": 3,
    "ar": 3,
    "zh": 2,
    "ja": 2,
}
HEADER_BOILERPLATE = ["Home > News > World", "Skip to main content", "Menu", "Search", "Advertisement"]
FOOTER_BOILERPLATE = [
    "Share on Facebook",
    "Facebook Twitter WhatsApp Telegram",
    "Subscribe to our newsletter for the latest news",
    "Read more",
    "12 comments",
    "Leave a comment",
    "We use cookies to improve your experience. Accept all",
    "Print this article",
    "Follow us on Twitter",
]
AUTHORS = ["Anna Schmidt", "John Miller", "Marie Dubois", "Carlos García", "Olga Ivanova", "Li Wei", "Sara Rossi"]
SYNDICATED_SHARE = 0.08  # copies of an earlier article under another outlet's furniture


@dataclass
class Corpus:
    raw: Path
    documents: int
    megabytes: float


def load_sentences(shared: Path) -> dict[str, list[str]]:
    folder = shared / "data" / "langid" / "sentences"
    return {lang: (folder / f"{lang}.txt").read_text(encoding="utf-8").splitlines() for lang in LANGUAGES}


def _body(rng: random.Random, sentences: list[str]) -> list[str]:
    return [" ".join(rng.sample(sentences, rng.randint(2, 5))) for _ in range(rng.randint(4, 12))]


def _article(rng: random.Random, title: str, body: list[str]) -> str:
    lines = [*rng.sample(HEADER_BOILERPLATE, rng.randint(0, 3)), title]
    if rng.random() < 0.6:
        lines.append(f"By {rng.choice(AUTHORS)}")
    if rng.random() < 0.5:
        lines.append(f"{rng.randint(1, 28)} March 2024")
    lines += body + rng.sample(FOOTER_BOILERPLATE, rng.randint(1, 4))
    return "\n".join(lines) + "\n"


def generate(size: int, raw: Path, shared: Path, seed: int = 8) -> Corpus:
    """`size` articles in folders of 1,000; about 8% are syndicated copies of an earlier one."""
    rng = random.Random(seed)
    sentences = load_sentences(shared)
    langs, weights = list(LANGUAGES), list(LANGUAGES.values())
    originals: list[tuple[str, list[str]]] = []
    total = 0
    for i in range(size):
        if originals and rng.random() < SYNDICATED_SHARE:
            title, body = rng.choice(originals)
            body = list(body)
            if rng.random() < 0.5:  # an outlet's edit: one paragraph dropped or a sentence added
                body.pop(rng.randrange(len(body)))
        else:
            lang = rng.choices(langs, weights)[0]
            title, body = rng.choice(sentences[lang]), _body(rng, sentences[lang])
            if len(originals) < 5000:
                originals.append((title, body))
            else:
                originals[rng.randrange(len(originals))] = (title, body)
        data = _article(rng, title, body).encode("utf-8")
        path = raw / f"{i // 1000:04d}" / f"{i:07d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        total += len(data)
    return Corpus(raw, size, total / 1e6)


def extend(size: int, added: int, raw: Path, shared: Path, work: Path) -> None:
    """Add the next `added` documents of the same generated corpus to `raw` (a scheduled run's new arrivals):
    the corpus of `size + added` is generated aside, and only its new files are moved in, so the others keep
    their bytes and times and a run finds them unchanged."""
    aside = work / "extend"
    shutil.rmtree(aside, ignore_errors=True)
    generate(size + added, aside, shared)
    for i in range(size, size + added):
        name = Path(f"{i // 1000:04d}") / f"{i:07d}.txt"
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.move(aside / name, raw / name)
    shutil.rmtree(aside)


def incremental(corpus: Corpus, out: Path, added: int, shared: Path, work: Path, settings: list[str]) -> dict[str, Any]:
    """A scheduled run that finds `added` new documents beside a dataset the flow just curated: its time against
    the full run's, and how many Parquet files and shards it wrote."""
    extend(corpus.documents, added, corpus.raw, shared, work)
    before = {p: p.stat().st_mtime_ns for p in (out / "parquet").glob("*.parquet")}
    result = measure(
        "incremental", Corpus(corpus.raw, added, corpus.megabytes), ["flow", str(corpus.raw), str(out), *settings]
    )
    after = {p: p.stat().st_mtime_ns for p in (out / "parquet").glob("*.parquet")}
    result["parquet_files"] = len(after)
    result["parquet_written"] = sum(1 for p, t in after.items() if before.get(p) != t)
    return result


def baseline(raw: Path, out: Path) -> dict[str, Any]:
    """The obvious one-process script: every step per document, in a plain loop."""
    from charset_normalizer import from_bytes
    from datasketch import MinHash, MinHashLSH
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    from curation.clean import clean_text
    from curation.spans import apply_spans

    DetectorFactory.seed = 0
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    duplicates = 0
    out.mkdir(parents=True, exist_ok=True)
    with (out / "records.jsonl").open("w", encoding="utf-8") as sink:
        for path in sorted(raw.rglob("*.txt")):
            raw_bytes = path.read_bytes()
            try:
                text = raw_bytes.decode("utf-8")
            except UnicodeDecodeError:
                text = str(from_bytes(raw_bytes).best())
            cleaned = clean_text(text)
            body = apply_spans(text, cleaned.removed)
            try:
                langs = detect_langs(body)
                language = langs[0].lang
            except LangDetectException:
                language = "und"
            words = body.lower().split()
            shingles = {" ".join(words[i : i + 5]).encode() for i in range(max(1, len(words) - 4))}
            minhash = MinHash(num_perm=128, seed=1)
            minhash.update_batch(list(shingles))
            similar = lsh.query(minhash)
            duplicates += bool(similar)
            key = str(path.relative_to(raw))
            lsh.insert(key, minhash)
            record = {
                "source": key,
                "title": cleaned.title,
                "text": body,
                "language": language,
                "near_duplicate_of": similar[0] if similar else None,
            }
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"duplicates": duplicates}


def run_flow(raw: Path, out: Path, workers: int, batch_size: int) -> dict[str, Any]:
    """The real `curate` flow on Prefect's temporary API server, started here as a plain run starts it.

    Starting it explicitly (what `curate run` does implicitly) lets the figures separate the fixed
    start-up (imports and the API server) from the work that grows with the corpus.
    """
    started = time.perf_counter()
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.curate import curate
    from schemas import CurationConfig

    config = CurationConfig(workers=workers, batch_size=batch_size)  # the flow starts its pool, as in `curate run`
    server = SubprocessASGIServer()
    server.start()
    startup = time.perf_counter() - started
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            flow_started = time.perf_counter()
            manifest = curate(raw_dir=str(raw), out_dir=str(out), config=config)
            flow_seconds = time.perf_counter() - flow_started
    finally:
        # flush the run's logs and events while the server still listens (else exit retries for a minute)
        APILogWorker.drain_all(timeout=30)
        EventsWorker.drain_all(timeout=30)
        server.stop()
    return {
        "counts": manifest.counts,
        "duplicates": manifest.duplicates,
        "stage_seconds": manifest.stage_seconds,
        "startup_seconds": round(startup, 2),
        "flow_seconds": round(flow_seconds, 2),
    }


def init_prefect() -> dict[str, Any]:
    """Start and stop the API server once: a first start on a new PREFECT_HOME creates and migrates
    its database, a one-off per machine that a user's later runs do not pay."""
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    server.stop()
    return {}


def stage_profile(raw: Path, limit: int = 1000) -> dict[str, float]:
    """Seconds per 1,000 documents of each worker stage, measured in this process on a sample.

    The flow's manifest times the driver stages; the worker stages run in other processes, so
    they are timed here with the same functions the workers call. A thousand documents: language
    detection caches the n-grams of each word, so a short sample of a fresh process overstates it.
    """
    from curation.clean import clean_text
    from curation.decode import decode_bytes
    from curation.dedup import normalize, signature, text_digest
    from curation.language import detect
    from curation.spans import apply_spans
    from schemas import CurationConfig

    config = CurationConfig()
    paths = sorted(raw.rglob("*.txt"))[:limit]
    times = dict.fromkeys(("read", "decode", "clean", "language", "signature"), 0.0)
    # first calls load language profiles and dateparser: a one-off per process, not a per-document cost
    detect("warm up the language profiles " * 5, 20, 0.7, 3000)
    clean_text("Title of a story\nBy John Miller\n12 March 2024\nBody of the story.\n")
    for path in paths:
        t0 = time.perf_counter()
        data = path.read_bytes()
        t1 = time.perf_counter()
        decoded = decode_bytes(data)
        t2 = time.perf_counter()
        text = apply_spans(decoded.text, clean_text(decoded.text).removed)
        t3 = time.perf_counter()
        detect(text, config.lang_min_chars, config.lang_min_confidence, config.lang_sample_chars)
        t4 = time.perf_counter()
        normalized = normalize(text)
        text_digest(normalized)
        signature(normalized, config.shingle_words, config.num_perm)
        t5 = time.perf_counter()
        for stage, seconds in zip(times, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            times[stage] += seconds
    return {stage: round(seconds * 1000 / len(paths), 2) for stage, seconds in times.items()}


def measure(label: str, corpus: Corpus, argv: list[str], script: Path = Path(__file__)) -> dict[str, Any]:
    """Run one contender in a fresh interpreter and sample its process tree's RSS from outside.

    A fresh process per contender keeps one's imports, caches and Prefect server out of the
    other's memory figure; the contender times its own work and prints it as the last line.
    """
    child = psutil.Popen([sys.executable, str(script), "--contender", *argv], stdout=subprocess.PIPE, text=True)
    peak = 0
    while child.poll() is None:
        total = 0
        try:
            for proc in [child, *child.children(recursive=True)]:
                total += proc.memory_info().rss
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.5)  # sampling a process tree costs CPU the contenders would miss
    output = child.stdout.read().strip().splitlines() if child.stdout else []
    if child.returncode != 0 or not output:
        raise RuntimeError(f"{label} failed with exit code {child.returncode}")
    result = json.loads(output[-1])
    seconds = result["seconds"]
    result.update(
        docs_per_s=round(corpus.documents / seconds, 1),
        mb_per_s=round(corpus.megabytes / seconds, 3),
        peak_rss_mb=round(peak / 1e6, 1),
    )
    if "flow_seconds" in result:  # the flow without its fixed start-up: what grows with the corpus
        result["flow_docs_per_s"] = round(corpus.documents / result["flow_seconds"], 1)
    print(f"  {label}: {json.dumps(result)}", flush=True)
    return result


def workdir(chosen: Path | None, prefix: str) -> Path:
    """The benchmark's folder (a new temporary one unless chosen), with a Prefect home of its own in it."""
    work = chosen or Path(tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(work / "prefect-home"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # a loaded shared machine can take longer than the default to start the ephemeral API
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    return work


def contender(argv: list[str]) -> None:
    """Child side of `measure`: run the flow or the baseline and print its result as JSON."""
    kind, raw, out, workers, batch_size = argv
    started = time.perf_counter()
    if kind == "flow":
        result = run_flow(Path(raw), Path(out), int(workers), int(batch_size))
    elif kind == "init":
        result = init_prefect()
    else:
        result = baseline(Path(raw), Path(out))
    result["seconds"] = round(time.perf_counter() - started, 2)
    print(json.dumps(result), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workdir", type=Path, help="where corpora and outputs go (default: a temp dir, removed)")
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared", help="the shared data folder")
    parser.add_argument("--workers", type=int, default=0, help="flow worker processes (0 = one per core)")
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument(
        "--skip-baseline-above", type=int, default=10**9, help="skip the (slow) baseline for larger sizes"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--add", type=int, default=0, help="then a run that adds this many documents to each size")
    parser.add_argument("--contender", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.contender:
        contender(args.contender)
        return

    work = workdir(args.workdir, "bench-curate-")
    print(f"cpu count {os.cpu_count()}, workdir {work}", flush=True)
    report: dict[str, Any] = {"cpu_count": os.cpu_count(), "sizes": {}}
    try:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--contender", "init", "-", "-", "0", "0"], check=True, stdout=subprocess.DEVNULL
        )
        report["prefect_first_start_s"] = round(time.perf_counter() - started, 1)
        print(f"Prefect database created and migrated in {report['prefect_first_start_s']} s (once)", flush=True)
        for size in args.sizes:
            raw = work / f"raw-{size}"
            if raw.exists():
                shutil.rmtree(raw)
            started = time.perf_counter()
            corpus = generate(size, raw, args.shared)
            print(
                f"{size} documents, {corpus.megabytes:.1f} MB, generated in {time.perf_counter() - started:.1f} s",
                flush=True,
            )
            entry: dict[str, Any] = {"megabytes": round(corpus.megabytes, 2)}
            entry["worker_ms_per_doc"] = stage_profile(raw)
            print(f"  worker stages, ms per document: {json.dumps(entry['worker_ms_per_doc'])}", flush=True)
            for out in (work / f"flow-{size}", work / f"baseline-{size}"):
                shutil.rmtree(out, ignore_errors=True)
            settings = [str(args.workers), str(args.batch_size)]
            entry["flow"] = measure("flow", corpus, ["flow", str(raw), str(work / f"flow-{size}"), *settings])
            if size <= args.skip_baseline_above:
                entry["baseline"] = measure(
                    "baseline", corpus, ["baseline", str(raw), str(work / f"baseline-{size}"), *settings]
                )
                entry["speedup"] = round(entry["flow"]["docs_per_s"] / entry["baseline"]["docs_per_s"], 2)
                print(f"  speedup over baseline: {entry['speedup']}x", flush=True)
            if args.add:
                entry["incremental"] = incremental(corpus, work / f"flow-{size}", args.add, args.shared, work, settings)
                entry["incremental_vs_full"] = round(
                    entry["incremental"]["flow_seconds"] / entry["flow"]["flow_seconds"], 4
                )
                print(
                    f"  incremental run of {args.add}: {entry['incremental_vs_full']}x the full run's flow time",
                    flush=True,
                )
            report["sizes"][size] = entry
            shutil.rmtree(raw, ignore_errors=True)
        if len(report["sizes"]) > 1:
            peaks = [report["sizes"][s]["flow"]["peak_rss_mb"] for s in sorted(report["sizes"])]
            report["rss_ratio_largest_vs_smallest"] = round(peaks[-1] / peaks[0], 2)
            print(f"peak RSS ratio, largest vs smallest size: {report['rss_ratio_largest_vs_smallest']}", flush=True)
        if args.json:
            args.json.write_text(json.dumps(report, indent=2))
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
