"""Score curation.language against the lingua sentences and langdetect's published figures.

Run from the repository root: `python eval/language/score.py` (a few minutes on one core;
`--limit 200` for a quick look). Prints markdown tables:
1. sentence accuracy per language (whole sentence, no und rule) next to the published langdetect
   figure, and the same sentences under the pipeline's und rule;
2. what unsupported languages come out as;
3. a confidence-band calibration table (how often the answer is wrong in each band);
4. document accuracy on paragraphs (3-6 sentences) and articles (about 40 sentences), sampled
   and whole-text, with the detection throughput of each in documents/s, measured in this run;
5. on the held-out half of the sentences (`part`), per language: accuracy on sentences, 2- and
   4-sentence documents for supported languages, the share answered honestly (`und`) for the
   others, grouped by the neighbour families of curation/data/neighbours.json
   (`--heldout-only` prints just this table).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import langdetect  # noqa: E402
from langdetect import DetectorFactory  # noqa: E402
from langdetect.lang_detect_exception import LangDetectException  # noqa: E402

from curation import neighbours  # noqa: E402
from curation.language import UND, detect, identify, model  # noqa: E402
from schemas import CurationConfig  # noqa: E402

# lingua's English names in the published table -> ISO 639-1 codes of the sentence files.
NAMES = {
    "Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Bengali": "bn", "Bulgarian": "bg",
    "Catalan": "ca", "Chinese": "zh", "Croatian": "hr", "Czech": "cs", "Danish": "da", "Dutch": "nl",
    "English": "en", "Estonian": "et", "Finnish": "fi", "French": "fr", "German": "de", "Greek": "el",
    "Gujarati": "gu", "Hebrew": "he", "Hindi": "hi", "Hungarian": "hu", "Indonesian": "id", "Italian": "it",
    "Japanese": "ja", "Korean": "ko", "Latvian": "lv", "Lithuanian": "lt", "Macedonian": "mk", "Marathi": "mr",
    "Persian": "fa", "Polish": "pl", "Portuguese": "pt", "Punjabi": "pa", "Romanian": "ro", "Russian": "ru",
    "Slovak": "sk", "Slovene": "sl", "Somali": "so", "Spanish": "es", "Swahili": "sw", "Swedish": "sv",
    "Tagalog": "tl", "Tamil": "ta", "Telugu": "te", "Thai": "th", "Turkish": "tr", "Ukrainian": "uk",
    "Urdu": "ur", "Vietnamese": "vi", "Welsh": "cy",
}  # fmt: skip
# langdetect answers that name a file's language under another code.
ALIASES = {"zh-cn": "zh", "zh-tw": "zh", "no": "nb"}
ARTICLES = "articles (35-45 sentences)"
BANDS = [0.0, 0.5, 0.7, 0.9, 0.99, 0.9999, 1.000001]


def gold_of(answer: str, code: str) -> bool:
    """Whether langdetect's `answer` is right for a sentence file `code` (no = Bokmål and Nynorsk)."""
    if answer == "no":
        return code in ("nb", "nn")
    return ALIASES.get(answer, answer) == code


@cache
def supported(code: str) -> bool:
    """Whether langdetect has a profile for the language of sentence file `code`."""
    langs = {ALIASES.get(lang, lang) for lang in model().langs} | {"nn"}
    return code in langs


def load_sentences(shared: Path, limit: int) -> dict[str, list[str]]:
    """Sentences per language code, in file order, at most `limit` each."""
    out = {}
    for path in sorted((shared / "data" / "langid" / "sentences").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        out[path.stem] = lines[:limit]
    return out


def load_published(shared: Path) -> dict[str, float]:
    """Published langdetect sentence accuracy (percent) per language code; blanks left out."""
    with (shared / "data" / "langid" / "published_sentence_accuracy.csv").open(encoding="utf-8") as fh:
        return {NAMES[row["language"]]: float(row["langdetect"]) for row in csv.DictReader(fh) if row["langdetect"]}


def band(confidence: float) -> str:
    """Label of the calibration band holding `confidence`."""
    for lo, hi in pairwise(BANDS):
        if lo <= confidence < hi:
            return f"[{lo:g}, {min(hi, 1):g}{']' if hi > 1 else ')'}"
    raise ValueError(confidence)


def score_sentences(sentences: dict[str, list[str]]) -> dict[str, list[tuple[str, float]]]:
    """identify() on every sentence: (answer, confidence) lists per language."""
    return {code: [identify(s) for s in lines] for code, lines in sentences.items()}


def pipeline_answer(text: str, answer: tuple[str, float], config: CurationConfig) -> str:
    """The answer detect() gives for a sentence: the und rules applied to identify()'s answer (a
    sentence is shorter than the sample, so the neighbour evidence sees all of it)."""
    letters = len(re.findall(r"[^\W\d_]", text))
    if letters < config.lang_min_chars or answer[1] < config.lang_min_confidence:
        return UND
    if neighbours.in_family(answer[0]) and neighbours.rejection(text, answer[0]) is not None:
        return UND
    return answer[0]


def build_documents(sentences: dict[str, list[str]], per_lang: int, size: tuple[int, int], seed: int) -> list:
    """(code, text) documents of `size` consecutive sentences, paragraphs of up to 5 sentences."""
    rng = random.Random(seed)
    docs = []
    for code, lines in sentences.items():
        if not supported(code) or len(lines) < size[0]:
            continue
        for _ in range(per_lang):
            n = rng.randint(*size)
            start = rng.randrange(max(1, len(lines) - n))
            chosen = lines[start : start + n]
            paragraphs = [" ".join(chosen[i : i + 5]) for i in range(0, len(chosen), 5)]
            docs.append((code, "\n".join(paragraphs)))
    return docs


def mixed_documents(sentences: dict[str, list[str]], n: int, seed: int) -> list[tuple[dict[str, float], str]]:
    """(true character shares, text) of articles whose paragraphs come from two languages."""
    rng = random.Random(seed)
    codes = [c for c in sorted(sentences) if supported(c) and c not in ("nb", "nn")]
    docs = []
    for _ in range(n):
        main, other = rng.sample(codes, 2)
        paragraphs, every = [], rng.choice((2, 3, 4))
        for k in range(rng.randint(6, 10)):
            code = other if k % every == 1 else main
            start = rng.randrange(len(sentences[code]) - 5)
            paragraphs.append((code, " ".join(sentences[code][start : start + 5])))
        lengths: Counter[str] = Counter()
        for code, text in paragraphs:
            lengths[code] += len(text)
        total = sum(lengths.values())
        docs.append(({c: v / total for c, v in lengths.items()}, "\n".join(t for _, t in paragraphs)))
    return docs


def run_documents(docs: list, detector: Callable[[str], str]) -> tuple[float, float, int]:
    """(accuracy %, docs per CPU second, und count) of `detector` on `docs`.

    CPU time of this process, not wall time: the figure should not depend on what else runs.
    """
    start = time.process_time()
    answers = [detector(text) for _, text in docs]
    elapsed = time.process_time() - start
    right = sum(gold_of(a, code) for (code, _), a in zip(docs, answers, strict=True))
    return 100 * right / len(docs), len(docs) / elapsed, sum(a == UND for a in answers)


def upstream(text: str) -> str:
    """Reference: langdetect's own detect() on the whole text, seeded, no und rule."""
    DetectorFactory.seed = 0
    try:
        return langdetect.detect(text)
    except LangDetectException:
        return UND


def part(sentence: str) -> str:
    """Which half of the sentences, "dev" or "test", a sentence is in (by hash). The neighbour
    evidence was tuned on dev documents only (docs/language.md); the held-out table reports test."""
    return "test" if hashlib.sha256(sentence.encode("utf-8")).digest()[0] & 1 else "dev"


def split_documents(lines: list[str], size: int, which: str) -> list[str]:
    """Consecutive groups of `size` sentences of one part, in file order, joined by a space."""
    chosen = [line for line in lines if part(line) == which]
    return [" ".join(chosen[i : i + size]) for i in range(0, len(chosen) - size + 1, size)]


def family_of(code: str) -> str:
    """The neighbour family a sentence file belongs to (as an answer or a neighbour), or "other"."""
    for family in neighbours.families():
        if code in family["answers"] or code in family["neighbours"]:
            return family["name"]
    return "other"


def heldout_table(sentences: dict[str, list[str]], config: CurationConfig, which: str) -> None:
    """Per language, on the `which` part: pipeline answers on sentences, 2- and 4-sentence documents.

    Supported languages: % right (pipeline: right and not und) and % right of identify (the forced
    answer). Unsupported: % honest, i.e. `und` in the pipeline (too short, low confidence or
    rejected by the neighbour evidence), and the commonest wrong answers on 4-sentence documents.
    """
    sizes = (1, 2, 4)
    print(f"## Held-out part ({which}): sentences, 2- and 4-sentence documents\n")
    print(
        "| family | lang | docs (1/2/4) | supported: pipeline % right 1 / 2 / 4 | identify % right 1 / 2 / 4 "
        "| unsupported: % und 1 / 2 / 4 | 4-sentence answers |"
    )
    print("|---|---|---|---|---|---|---|")
    summary: dict[tuple[str, bool], list[list[float]]] = defaultdict(list)
    rows = []
    for code in sorted(sentences):
        docs = {n: split_documents(sentences[code], n, which) for n in sizes}
        results = {
            n: [detect(d, config.lang_min_chars, config.lang_min_confidence, config.lang_sample_chars) for d in docs[n]]
            for n in sizes
        }
        forced = {n: [identify(d)[0] for d in docs[n]] for n in sizes} if supported(code) else {}
        family = family_of(code)
        counts = "/".join(str(len(docs[n])) for n in sizes)
        top = Counter(r.language for r in results[4]).most_common(3)
        answers = ", ".join(f"{a} {k}" for a, k in top)
        if supported(code):
            right = [100 * sum(gold_of(r.language, code) for r in results[n]) / len(results[n]) for n in sizes]
            forced_right = [100 * sum(gold_of(a, code) for a in forced[n]) / len(forced[n]) for n in sizes]
            summary[(family, True)].append(right)
            cells = (" / ".join(f"{v:.1f}" for v in right), " / ".join(f"{v:.1f}" for v in forced_right), "")
        else:
            und = [100 * sum(r.language == UND for r in results[n]) / len(results[n]) for n in sizes]
            summary[(family, False)].append(und)
            cells = ("", "", " / ".join(f"{v:.1f}" for v in und))
        rows.append((family, code, counts, *cells, answers))
    for row in sorted(rows, key=lambda r: (r[0] == "other", r[0], r[4] == "", r[1])):
        print("| " + " | ".join(row) + " |")
    print("\nMeans per family (pipeline % right for supported, % und for unsupported; 1 / 2 / 4 sentences):\n")
    print("| family | supported | languages | mean 1 / 2 / 4 |")
    print("|---|---|---|---|")
    for (family, is_supported), values in sorted(summary.items(), key=lambda kv: (kv[0][0] == "other", kv[0])):
        means = [sum(v[k] for v in values) / len(values) for k in range(len(sizes))]
        label = "yes" if is_supported else "no"
        print(f"| {family} | {label} | {len(values)} | {' / '.join(f'{m:.1f}' for m in means)} |")
    for is_supported, label, yes_no in ((True, "all supported", "yes"), (False, "all unsupported", "no")):
        values = [v for (_, s), vs in summary.items() if s == is_supported for v in vs]
        means = " / ".join(f"{sum(v[k] for v in values) / len(values):.1f}" for k in range(len(sizes)))
        print(f"| **{label}** | {yes_no} | {len(values)} | {means} |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO / ".." / "shared", help="shared data folder")
    parser.add_argument("--limit", type=int, default=1000, help="sentences per language")
    parser.add_argument("--paragraphs", type=int, default=40, help="paragraphs per language")
    parser.add_argument("--articles", type=int, default=6, help="articles per language")
    parser.add_argument("--mixed", type=int, default=200, help="two-language articles")
    parser.add_argument("--seed", type=int, default=0, help="seed of the document assembly")
    parser.add_argument("--part", choices=("dev", "test"), default="test", help="half of the held-out table")
    parser.add_argument("--heldout-only", action="store_true", help="print only the held-out table")
    parser.add_argument("--langs", default="", help="comma-separated sentence files (default: all)")
    args = parser.parse_args()
    config = CurationConfig()
    sentences = load_sentences(args.shared, args.limit)
    if args.langs:
        sentences = {code: sentences[code] for code in args.langs.split(",")}
    published = load_published(args.shared)
    model()
    heldout_table(sentences, config, args.part)
    if args.heldout_only:
        return

    start = time.process_time()
    answers = score_sentences(sentences)
    sentence_seconds = time.process_time() - start
    n_sentences = sum(len(v) for v in answers.values())

    print(f"## Sentences ({n_sentences} in {len(answers)} languages, {n_sentences / sentence_seconds:.0f}/s)\n")
    print("| lang | published langdetect % | ours % | delta | pipeline % right | pipeline % und |")
    print("|---|---|---|---|---|---|")
    ours_pub, pub_vals, below, und_shares = [], [], [], []
    for code in sorted(answers):
        if not supported(code):
            continue
        got = answers[code]
        acc = 100 * sum(gold_of(a, code) for a, _ in got) / len(got)
        piped = [pipeline_answer(s, a, config) for s, a in zip(sentences[code], got, strict=True)]
        p_right = 100 * sum(gold_of(a, code) for a in piped) / len(piped)
        p_und = 100 * sum(a == UND for a in piped) / len(piped)
        und_shares.append(p_und)
        pub = published.get(code)
        if pub is not None:
            ours_pub.append(acc)
            pub_vals.append(pub)
            if acc < pub:
                below.append(f"{code} ({acc:.1f} < {pub:.1f})")
        delta = "" if pub is None else f"{acc - pub:+.1f}"
        print(f"| {code} | {'' if pub is None else f'{pub:.1f}'} | {acc:.1f} | {delta} | {p_right:.1f} | {p_und:.1f} |")
    print(
        f"\nAggregate over the {len(pub_vals)} languages with a published figure: published mean "
        f"{sum(pub_vals) / len(pub_vals):.2f}%, ours {sum(ours_pub) / len(ours_pub):.2f}%."
    )
    print(f"Below the published figure ({len(below)}): {', '.join(below) or 'none'}.")
    print(f"Pipeline und on supported languages: mean {sum(und_shares) / len(und_shares):.2f}% of sentences.\n")

    print(f"## Unsupported languages (pipeline rule: und below confidence {config.lang_min_confidence})\n")
    print("| lang | % und (pipeline) | % confidently wrong (pipeline) | top answers |")
    print("|---|---|---|---|")
    unsupported_und = []
    for code in sorted(answers):
        if supported(code):
            continue
        piped = [pipeline_answer(s, a, config) for s, a in zip(sentences[code], answers[code], strict=True)]
        und = 100 * sum(a == UND for a in piped) / len(piped)
        top = Counter(a for a, _ in answers[code]).most_common(3)
        print(f"| {code} | {und:.1f} | {100 - und:.1f} | {', '.join(f'{a} {n}' for a, n in top)} |")
        unsupported_und.append(und)
    mean_und = sum(unsupported_und) / len(unsupported_und)
    print(f"\nMean und over the {len(unsupported_und)} unsupported languages: {mean_und:.1f}%.")

    print("\n## Calibration: how often the answer is wrong per confidence band (sentences)\n")
    print("| band | supported: n | supported: % wrong | unsupported: n (all wrong) |")
    print("|---|---|---|---|")
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for code, got in answers.items():
        for answer, confidence in got:
            row = table[band(confidence)]
            if supported(code):
                row[0] += 1
                row[1] += not gold_of(answer, code)
            else:
                row[2] += 1
    for name in sorted(table, key=lambda b: float(b[1:].split(",")[0])):
        n, wrong, unsup = table[name]
        print(f"| {name} | {n} | {100 * wrong / n if n else 0:.2f} | {unsup} |")

    kinds = {
        "paragraphs (3-6 sentences)": build_documents(sentences, args.paragraphs, (3, 6), args.seed),
        ARTICLES: build_documents(sentences, args.articles, (35, 45), args.seed),
    }

    def pipeline(budget: int) -> Callable[[str], str]:
        return lambda t: detect(t, config.lang_min_chars, config.lang_min_confidence, budget).language

    print("\n## Paragraph shares (record.languages)\n")
    errors, spurious = [], 0
    for truth, text in mixed_documents(sentences, args.mixed, args.seed):
        shares = {ALIASES.get(k, k): v for k, v in detect(text, 0, 0.0, config.lang_sample_chars).languages}
        errors.append(sum(abs(shares.get(c, 0.0) - truth.get(c, 0.0)) for c in set(shares) | set(truth)) / 2)
    for _, text in kinds[ARTICLES]:
        spurious += len(detect(text, 0, 0.0, config.lang_sample_chars).languages) > 1
    errors.sort()
    print(
        f"Two-language articles ({len(errors)}): mean share error {100 * sum(errors) / len(errors):.2f} points "
        f"(total variation), 95th percentile {100 * errors[int(0.95 * len(errors))]:.2f}. "
        f"Single-language articles given a second language: {spurious} of {len(kinds[ARTICLES])}.\n"
    )
    print("## Documents (langdetect's languages)\n")
    print("| documents | n | detector | accuracy % | und | docs per CPU s |")
    print("|---|---|---|---|---|---|")
    for kind, docs in kinds.items():
        if not docs:
            continue
        variants = {f"sampled ({b} chars)": pipeline(b) for b in (600, 1200, 3000)}
        variants["whole text"] = pipeline(10**9)
        variants["identify only (no und rule, no shares), 1200 chars"] = lambda t: identify(t, 1200)[0]
        variants["identify only (no und rule, no shares), whole text"] = lambda t: identify(t)[0]
        variants["upstream langdetect 1.0.9, whole text, seed 0"] = upstream
        for name, detector in variants.items():
            acc, rate, und = run_documents(docs, detector)
            print(f"| {kind} | {len(docs)} | {name} | {acc:.2f} | {und} | {rate:.0f} |")


if __name__ == "__main__":
    main()
