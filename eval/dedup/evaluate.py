"""Near-duplicate detection measured against the exact Jaccard of gold article bodies.

Builds a deterministic labelled set from real sentences (../shared/data/langid/sentences/):
articles published by several "sites", each wrapping the body in its own heavy boilerplate;
syndicated copies of some articles on other sites (exact copies, byte-identical files,
dropped / reordered paragraphs, edited words, a changed lede, truncation, combinations);
and short different articles of one site that share all of its boilerplate.

The gold similarity of two documents is the exact Jaccard of their gold bodies' shingle sets
(normalized 5-token shingles, characters for unspaced scripts). Pairs at >= 0.8 must end up in
one duplicate cluster, pairs below 0.5 must not; the grey zone in between is not scored.

The pipeline under test is the real one: files on disk, discovery, decoding, boilerplate
removal, language detection, signatures (curation.pipeline.process_batch), then the Curator
(dedup against the SQLite store, records, shards) in two runs, so half of the copies arrive in
a run after their original. `--flow` runs the Prefect flow instead. Clusters are read back from
the records' `duplicate_cluster`.

`--sweep` re-signs the cleaned texts under other settings (num_perm, LSH threshold, verification
threshold, shingle size) and clusters them with the same Store code, to choose the defaults.

    python eval/dedup/evaluate.py                 # the defaults, through Curator + store
    python eval/dedup/evaluate.py --sweep         # the grid behind the defaults (docs/dedup.md)
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from curation.curator import Curator  # noqa: E402
from curation.dedup import (  # noqa: E402
    Clusters,
    IndexParams,
    Signed,
    candidate_probability,
    estimate_error,
    exact_jaccard,
    lsh_bands,
    normalize,
    shingles,
    signature,
    text_digest,
)
from curation.pipeline import Processed, process_batch  # noqa: E402
from curation.records import built  # noqa: E402
from curation.store import Store  # noqa: E402
from curation.verify import iter_records  # noqa: E402
from schemas import CurationConfig  # noqa: E402

GOLD_K = 5  # shingle size of the gold standard, fixed whatever the pipeline's setting
POSITIVE, NEGATIVE = 0.8, 0.5
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr", "ar", "hi", "zh", "ja", "th", "ko"]


@dataclass
class Doc:
    path: str  # relative to the raw folder
    body: str  # gold body: paragraphs joined by blank lines
    family: str  # the original article it derives from
    variant: str
    run: int  # 1 or 2: which curation run first sees it
    raw: bytes


@dataclass
class Site:
    name: str
    header: list[str]
    footer: list[str]


def make_sites(rng: random.Random) -> list[Site]:
    """Sites with heavy boilerplate of the kinds news pages carry (share bars, cookie banners, footers, ...)."""
    names = ["Daily Planet", "Morning Ledger", "Evening Courier", "Global Wire", "Metro Herald", "North Star News"]
    sections = ["World", "Politics", "Business", "Culture", "Science", "Sport", "Opinion"]
    sites = []
    for name in names:
        section = rng.choice(sections)
        header = [
            f"Home > {section} > {rng.choice(sections)}",
            rng.choice(["Share: Facebook Twitter WhatsApp Email", "Facebook | Twitter | Telegram | Print"]),
            "Skip to content",
            rng.choice(["Advertisement", "Sponsored", "Loading..."]),
        ]
        footer = [
            f"Read more: {name} coverage of {section.lower()} and {rng.choice(sections).lower()} this week",
            f"Tags: {section}, {rng.choice(sections)}, news, {name.split()[0]}",
            f"Subscribe to the {name} newsletter for the top stories every morning",
            "We use cookies to improve your experience. By using this site you accept our cookie policy.",
            rng.choice(["Leave a comment", "0 comments", "Comments (0)"]),
            f"© {rng.randrange(2015, 2025)} {name}. All rights reserved.",
        ]
        sites.append(Site(name, header, footer))
    return sites


def render(site: Site, title: str, author: str, date: str, paragraphs: list[str], rng: random.Random) -> bytes:
    header = list(site.header)
    rng.shuffle(header)
    lines = [title, f"By {author}", date, *header[:3], "", "\n\n".join(paragraphs), "", *site.footer]
    return ("\n".join(lines) + "\n").encode("utf-8")


def load_sentences(shared: Path, lang: str) -> list[str]:
    path = shared / "data" / "langid" / "sentences" / f"{lang}.txt"
    seen, out = set(), []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        key = normalize(line)
        if len(key.split()) >= 4 and key not in seen:  # distinct sentences: different articles share none
            seen.add(key)
            out.append(line)
    return out


def paragraphs_of(sentences: list[str], rng: random.Random) -> list[str]:
    paragraphs, i = [], 0
    while i < len(sentences):
        n = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i : i + n]))
        i += n
    return paragraphs


def edit_words(paragraphs: list[str], n: int, rng: random.Random) -> list[str]:
    """Replace n words (characters for unspaced scripts) by others: a sub-editor's touch."""
    out = list(paragraphs)
    for _ in range(n):
        p = rng.randrange(len(out))
        words = out[p].split(" ")
        if len(words) > 3:
            words[rng.randrange(len(words))] = rng.choice(["reportedly", "officials", "said", "new", "local"])
            out[p] = " ".join(words)
        else:
            chars = list(out[p])
            chars[rng.randrange(len(chars))] = "新"
            out[p] = "".join(chars)
    return out


VARIANTS = ["exact", "byte", "drop", "reorder", "edit", "lede", "truncate", "drop_edit", "truncate_edit"]


def variant_body(kind: str, paragraphs: list[str], spare: list[str], rng: random.Random) -> list[str]:
    body = list(paragraphs)
    if kind in ("drop", "drop_edit") and len(body) > 3:
        del body[rng.randrange(1, len(body))]
    if kind == "reorder" and len(body) > 2:
        i = rng.randrange(1, len(body) - 1)
        body[i], body[i + 1] = body[i + 1], body[i]
    if kind == "lede":
        body[0] = spare.pop()
    if kind in ("truncate", "truncate_edit"):
        keep = max(2, round(len(body) * rng.uniform(0.55, 0.95)))
        body = body[:keep]
    if kind in ("edit", "drop_edit", "truncate_edit"):
        body = edit_words(body, rng.randint(1, 6), rng)
    return body


def build(shared: Path, seed: int, per_lang: int, langs: list[str]) -> list[Doc]:
    """The labelled set: originals, their syndicated copies, and same-site short different articles."""
    rng = random.Random(seed)
    sites = make_sites(rng)
    docs: list[Doc] = []
    for lang in langs:
        pool = load_sentences(shared, lang)
        rng.shuffle(pool)
        spare = pool[-60:]
        pool = pool[:-60]
        cursor = 0
        for n in range(per_lang):
            size = rng.randint(6, 16)
            if cursor + size > len(pool):
                break
            sentences, cursor = pool[cursor : cursor + size], cursor + size
            family = f"{lang}{n:03d}"
            title = " ".join(sentences[0].split()[:8]).rstrip(".!?。")
            paragraphs = paragraphs_of(sentences[1:], rng)
            home = rng.choice(sites)
            author, date = (
                rng.choice(["Anna Berg", "Tom Ruiz", "Li Wei", "Sara Khan"]),
                f"2024-0{rng.randint(1, 9)}-1{n % 10}",
            )
            raw = render(home, title, author, date, paragraphs, rng)
            docs.append(Doc(f"{lang}/{family}-0-original.txt", "\n\n".join(paragraphs), family, "original", 1, raw))
            for c in range(rng.choice([0, 1, 2, 3, 4])):
                kind = rng.choice(VARIANTS)
                body = variant_body(kind, paragraphs, spare, rng)
                site = home if kind == "byte" else rng.choice([s for s in sites if s is not home])
                copy_raw = raw if kind == "byte" else render(site, title, author, date, body, rng)
                run = rng.choice([1, 2])
                docs.append(Doc(f"{lang}/{family}-{c + 1}-{kind}.txt", "\n\n".join(body), family, kind, run, copy_raw))
        # same-site different short articles: all the boilerplate in common, bodies of 2-4 sentences
        for n in range(per_lang // 2):
            size = rng.randint(2, 4)
            if cursor + size > len(pool):
                break
            sentences, cursor = pool[cursor : cursor + size], cursor + size
            family = f"{lang}s{n:03d}"
            site = sites[n % 2]
            raw = render(site, f"{site.name} brief {n}", "Desk", "2024-05-01", [" ".join(sentences)], rng)
            docs.append(Doc(f"{lang}/{family}-0-short.txt", " ".join(sentences), family, "short", 1 + n % 2, raw))
    return docs


def gold_pairs(docs: list[Doc]) -> dict[tuple[int, int], float]:
    """Exact Jaccard of the gold bodies for every pair sharing a shingle (all other pairs are 0)."""
    sets = [shingles(normalize(d.body), GOLD_K) for d in docs]
    postings: dict[bytes, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for sh in s:
            postings[sh].append(i)
    sharing: set[tuple[int, int]] = set()
    for ids in postings.values():
        sharing.update(itertools.combinations(ids, 2))
    return {pair: exact_jaccard(sets[pair[0]], sets[pair[1]]) for pair in sharing}


def score(clusters: dict[int, str], gold: dict[tuple[int, int], float], docs: list[Doc]) -> dict:
    """Precision and recall over scored pairs; linked = same cluster."""
    members: dict[str, list[int]] = defaultdict(list)
    for i, c in clusters.items():
        members[c].append(i)
    linked = {p for ids in members.values() for p in itertools.combinations(sorted(ids), 2)}
    positives = {p for p, j in gold.items() if j >= POSITIVE}
    tp = len(positives & linked)
    fp_pairs = [p for p in linked if gold.get(p, 0.0) < NEGATIVE]
    fn_pairs = sorted(positives - linked)
    grey = sum(1 for p in linked if NEGATIVE <= gold.get(p, 0.0) < POSITIVE)
    misses = Counter(f"{docs[a].variant}~{docs[b].variant}" for a, b in fn_pairs)
    return {
        "positives": len(positives),
        "linked_pairs": len(linked),
        "true_positives": tp,
        "false_positives": len(fp_pairs),
        "false_negatives": len(fn_pairs),
        "grey_linked": grey,
        "precision": tp / (tp + len(fp_pairs)) if tp + len(fp_pairs) else 1.0,
        "recall": tp / len(positives) if positives else 1.0,
        "missed_by_variant": dict(misses.most_common(8)),
        "false_positive_examples": [
            (docs[a].path, docs[b].path, round(gold.get((a, b), 0.0), 3)) for a, b in fp_pairs[:5]
        ],
        "missed_examples": [(docs[a].path, docs[b].path, round(gold[(a, b)], 3)) for a, b in fn_pairs[:5]],
    }


def stated_error(config: CurationConfig) -> dict[str, float]:
    """What the settings promise per pair, before any measurement: LSH recall and estimate error."""
    bands, rows = lsh_bands(config.lsh_threshold, config.num_perm)
    t = config.duplicate_threshold
    return {
        "candidate_probability_at_J_0.8": round(candidate_probability(POSITIVE, bands, rows), 6),
        "estimate_std_at_J_0.8": round((POSITIVE * (1 - POSITIVE) / config.num_perm) ** 0.5, 4),
        "hoeffding_false_link_bound_at_J_0.5": estimate_error(config.num_perm, t - NEGATIVE),
        "hoeffding_miss_bound_at_J_0.8": estimate_error(config.num_perm, POSITIVE - t),
    }


def write_raw(docs: list[Doc], raw: Path, run: int) -> None:
    for doc in docs:
        if doc.run <= run:
            path = raw / doc.path
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                path.write_bytes(doc.raw)


def run_curator(raw: Path, out: Path, config: CurationConfig, run: int) -> list[Processed]:
    """One scheduled run without Prefect: the flow's driver logic, in-process."""
    curator = Curator(raw, out, config, f"{run:08x}-eval")  # shards are named by run_id[:8]
    processed: list[Processed] = []
    try:
        plan = curator.plan()
        curator.accept(plan.refused)
        for start in range(0, len(plan.todo), config.batch_size):
            outcomes = process_batch(plan.todo[start : start + config.batch_size], config, frozenset())
            processed.extend(o for o in outcomes if isinstance(o, Processed))
            curator.accept([built(o, curator.stamp, config) if isinstance(o, Processed) else o for o in outcomes])
        curator.finish(plan.missing)
    finally:
        curator.close()
    return processed


def run_pipeline(docs: list[Doc], work: Path, config: CurationConfig, use_flow: bool) -> tuple[dict, list[Processed]]:
    raw, out = work / "raw", work / "curated"
    processed: list[Processed] = []
    for run in (1, 2):
        write_raw(docs, raw, run)
        if use_flow:
            from flows.curate import curate

            curate(raw_dir=str(raw), out_dir=str(out), config=config)
        else:
            processed.extend(run_curator(raw, out, config, run))
    index = {d.path: i for i, d in enumerate(docs)}
    clusters = {}
    for _, _, record in iter_records(out):
        i = index[record.provenance.source]
        clusters[i] = record.duplicate_cluster or f"single:{i}"
    return clusters, processed


def sweep(docs: list[Doc], processed: list[Processed], gold: dict, work: Path) -> list[dict]:
    """Cluster the cleaned texts under a grid of settings with the store's own code."""
    index = {d.path: i for i, d in enumerate(docs)}
    texts = [(index[p.source.source], normalize(p.text)) for p in processed]
    rows = []
    for shingle_words, num_perm in itertools.product((3, 5, 7), (64, 128, 256)):
        started = time.perf_counter()
        signed = [(i, text_digest(n), signature(n, shingle_words, num_perm)) for i, n in texts]
        sign_seconds = time.perf_counter() - started
        for lsh_threshold, threshold in itertools.product((0.3, 0.4, 0.5), (0.6, 0.65, 0.7, 0.75, 0.8)):
            bands, rws = lsh_bands(lsh_threshold, num_perm)
            params = IndexParams(num_perm, bands, rws, shingle_words, threshold)
            path = work / f"sweep-{shingle_words}-{num_perm}-{lsh_threshold}-{threshold}.sqlite"
            store = Store(path)
            store.check_index_params(params)
            started = time.perf_counter()
            docs = [Signed.of(seq, str(i), d, values, params) for seq, (i, d, values) in enumerate(sorted(signed))]
            Clusters(store, params).insert_many(docs)
            index_seconds = time.perf_counter() - started
            clusters = {int(rid): canonical or f"single:{rid}" for rid, canonical in store.clusters()}
            store.close()
            path.unlink()
            result = score(clusters, gold, docs)
            rows.append(
                {
                    "shingle_words": shingle_words,
                    "num_perm": num_perm,
                    "lsh_threshold": lsh_threshold,
                    "bands_rows": f"{bands}x{rws}",
                    "duplicate_threshold": threshold,
                    "precision": round(result["precision"], 4),
                    "recall": round(result["recall"], 4),
                    "fp": result["false_positives"],
                    "fn": result["false_negatives"],
                    "sign_s": round(sign_seconds, 2),
                    "index_s": round(index_seconds, 2),
                }
            )
            print(json.dumps(rows[-1]), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO / ".." / "shared", help="shared data folder")
    parser.add_argument("--seed", type=int, default=20241108)
    parser.add_argument("--per-lang", type=int, default=30, help="original articles per language")
    parser.add_argument("--langs", default=",".join(LANGS))
    parser.add_argument("--config", type=Path, help="JSON file of CurationConfig settings (default: the defaults)")
    parser.add_argument("--flow", action="store_true", help="run the Prefect flow instead of the Curator directly")
    parser.add_argument("--sweep", action="store_true", help="also sweep MinHash/LSH settings over the cleaned texts")
    parser.add_argument("--json", type=Path, help="write the full result here")
    args = parser.parse_args()

    config = CurationConfig.model_validate_json(args.config.read_text()) if args.config else CurationConfig(workers=1)
    docs = build(args.shared.resolve(), args.seed, args.per_lang, args.langs.split(","))
    gold = gold_pairs(docs)
    print(
        f"{len(docs)} documents ({dict(Counter(d.variant for d in docs))}); scored pairs: "
        f"{sum(j >= POSITIVE for j in gold.values())} positive (J >= {POSITIVE}), "
        f"{sum(NEGATIVE <= j < POSITIVE for j in gold.values())} grey, every other pair negative",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="dedup-eval-") as tmp:
        started = time.perf_counter()
        clusters, processed = run_pipeline(docs, Path(tmp), config, args.flow)
        seconds = time.perf_counter() - started
        result = score(clusters, gold, docs)
        result.update(
            documents=len(docs),
            curated=len(clusters),
            config={
                k: getattr(config, k) for k in ("shingle_words", "num_perm", "lsh_threshold", "duplicate_threshold")
            },
            pipeline_seconds=round(seconds, 1),
            stated=stated_error(config),
        )
        print(json.dumps(result, indent=2, ensure_ascii=False))
        if args.sweep:
            if not processed:
                parser.error("--sweep needs the in-process run (without --flow)")
            result["sweep"] = sweep(docs, processed, gold, Path(tmp))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    target = result["precision"] >= 0.99 and result["recall"] >= 0.98
    print(f"precision {result['precision']:.4f}  recall {result['recall']:.4f}  target {'met' if target else 'MISSED'}")


if __name__ == "__main__":
    main()
