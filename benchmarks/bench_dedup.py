"""Benchmark of the near-duplicate path: signatures, index insert + query, memory, store size.

Not a test: it prints figures. Each size runs in a fresh process so that the peak resident
memory it reports belongs to that size alone. Documents are generated deterministically from
the real sentences in ../shared/data/langid/sentences/ (about 250 words each; 5% are edited
copies of an earlier document, so the index does real verification work).

The signature path (`curation.dedup.signature`: chunked `MinHash.update_batch`) is compared in
the same run with a per-shingle `MinHash.update()` loop over the same documents.

    python benchmarks/bench_dedup.py                       # 10,000 and 100,000 documents
    python benchmarks/bench_dedup.py --sizes 10000 --json out.json
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from datasketch import MinHash  # noqa: E402

from curation.dedup import SEED, Clusters, IndexParams, Signed, lsh_bands, normalize, shingles, signature, text_digest  # noqa: E402
from curation.store import Store  # noqa: E402
from schemas import CurationConfig  # noqa: E402

LANGS = ["en", "de", "fr", "es", "ru", "zh"]
CHUNK = 1000  # documents generated, then signed, then indexed, at a time: memory stays flat


def documents(shared: Path, count: int, seed: int) -> Iterator[list[str]]:
    """Chunks of normalized documents; 5% are copies of an earlier one with a few words edited."""
    rng = random.Random(seed)
    pool = []
    for lang in LANGS:
        path = shared / "data" / "langid" / "sentences" / f"{lang}.txt"
        pool.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    recent: list[str] = []
    made = 0
    while made < count:
        chunk = []
        for _ in range(min(CHUNK, count - made)):
            if recent and rng.random() < 0.05:
                words = rng.choice(recent).split()
                for _ in range(3):
                    words[rng.randrange(len(words))] = "edited"
                text = " ".join(words)
            else:
                text = normalize(" ".join(rng.choice(pool) for _ in range(12)))
            chunk.append(text)
            recent = [*recent, text][-500:]
        made += len(chunk)
        yield chunk


def loop_signature(normalized: str, k: int, num_perm: int) -> MinHash:
    """The baseline: one `update()` call per shingle."""
    minhash = MinHash(num_perm=num_perm, seed=SEED)
    for shingle in shingles(normalized, k):
        minhash.update(shingle)
    return minhash


def run_one(size: int, shared: Path, config: CurationConfig, loop_docs: int, seed: int) -> dict:
    bands, rows = lsh_bands(config.lsh_threshold, config.num_perm)
    params = IndexParams(config.num_perm, bands, rows, config.shingle_words, config.duplicate_threshold)
    sign_s = index_s = loop_s = batch_on_loop_docs_s = 0.0
    linked = shingle_count = looped = 0
    with tempfile.TemporaryDirectory(prefix="bench-dedup-") as tmp:
        path = Path(tmp) / "state.sqlite"
        store = Store(path)
        store.check_index_params(params)
        clusters = Clusters(store, params)
        seq = 0
        for chunk in documents(shared, size, seed):
            if looped < loop_docs:
                sample = chunk[: loop_docs - looped]
                started = time.perf_counter()
                for text in sample:
                    loop_signature(text, config.shingle_words, config.num_perm)
                loop_s += time.perf_counter() - started
                started = time.perf_counter()
                for text in sample:
                    signature(text, config.shingle_words, config.num_perm)
                batch_on_loop_docs_s += time.perf_counter() - started
                looped += len(sample)
            started = time.perf_counter()
            signed = [(text_digest(text), signature(text, config.shingle_words, config.num_perm)) for text in chunk]
            sign_s += time.perf_counter() - started
            shingle_count += sum(len(text.split()) for text in chunk)
            started = time.perf_counter()
            for digest, values in signed:
                ((kind, _, _),) = clusters.insert_many([Signed.of(seq, f"doc{seq}", digest, values, params)])
                linked += kind is not None
                seq += 1
            if seq % 5000 == 0 or seq == size:
                store.commit()
            index_s += time.perf_counter() - started
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        store_bytes = sum(p.stat().st_size for p in Path(tmp).glob("state.sqlite*"))
    return {
        "documents": size,
        "num_perm": config.num_perm,
        "bands_x_rows": f"{bands}x{rows}",
        "shingle_words": config.shingle_words,
        "avg_tokens_per_doc": round(shingle_count / size, 1),
        "signatures_per_s": round(size / sign_s, 1),
        "index_insert_query_per_s": round(size / index_s, 1),
        "loop_docs": looped,
        "loop_update_signatures_per_s": round(looped / loop_s, 1) if looped else None,
        "batch_signatures_per_s_same_docs": round(looped / batch_on_loop_docs_s, 1) if looped else None,
        "batch_vs_loop_speedup": round(loop_s / batch_on_loop_docs_s, 2) if looped else None,
        "linked_on_insert": linked,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "store_mb": round(store_bytes / 2**20, 1),
        "store_bytes_per_doc": round(store_bytes / size),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated document counts")
    parser.add_argument("--shared", type=Path, default=REPO / ".." / "shared", help="shared data folder")
    parser.add_argument("--loop-docs", type=int, default=2000, help="documents also signed by the update() loop")
    parser.add_argument("--config", type=Path, help="JSON file of CurationConfig settings (default: the defaults)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size in this process
    args = parser.parse_args()
    config = CurationConfig.model_validate_json(args.config.read_text()) if args.config else CurationConfig()
    if args.one:
        print(json.dumps(run_one(args.one, args.shared.resolve(), config, args.loop_docs, args.seed)))
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        cmd = [
            sys.executable,
            __file__,
            "--one",
            str(size),
            "--shared",
            str(args.shared),
            "--loop-docs",
            str(args.loop_docs),
        ]
        cmd += ["--seed", str(args.seed)] + (["--config", str(args.config)] if args.config else [])
        output = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
        print(json.dumps(results[-1], indent=2), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
