"""Fit the word log-odds of the close pairs the profiles cannot tell apart (issue 21).

Run from the repository root: `python eval/language/train_neighbour_odds.py` (seconds). Writes
curation/data/neighbour_odds.json, byte for byte the same on every run: no randomness, sorted
keys, rounded weights. `--check` only compares the file with what it would write.

Croatian and Bosnian (and Serbian in Latin script), Indonesian and Malay share nearly all their
trigrams, so langdetect answers hr and id for all of them; what differs is a few hundred words
(tisuća/hiljada, tjedan/sedmica, bisa/boleh, karena/kerana, pemerintah/kerajaan, ...). For each
pair (answer, neighbour) this fits a multinomial naive Bayes on the `dev` half of the sentences
only (eval/language/score.py `part`; test sentences are dropped when the files are read):

- features: each lower-cased word and its letter 4-grams (curation/neighbours.py `odds_features`:
  "<historija>" gives "#<his", "#hist", ... so that unseen forms of a word still weigh);
- log-odds of a feature = log P(f | neighbour) - log P(f | answer), add-`ALPHA` smoothing;
- names are left out: words written with a capital in most of their non-initial occurrences
  (Sarajevo, Malaysia, Zagreb), and the `not_evidence` words of curation/data/neighbours.json;
  a Croatian text about Bosnia is still Croatian;
- pruned to the `KEEP` features of largest |log-odds| x sqrt(count) among those seen `MIN_COUNT`
  times;
- a text's score (curation/neighbours.py `odds_weights`): over its distinct words, each word's
  own and 4-grams' log-odds summed and clipped to +-ODDS_CAP, and never above 0 for a word of the
  answer's own jusText list (so that a topic of the sentence files, album or lirik in the Malay
  file, cannot decide alone, and a word frequent on the answer's Wikipedia never counts against it);
- the margins, per band of distinct words (`BANDS`: a sentence, 2, 4 and more): chosen by
  `FOLDS`-fold cross-validation inside the dev half (fitted on the other folds, the held-out
  fold's documents of 1, 2 and 4 sentences scored): above the answer's documents that the
  pipeline answers right, except at most `ALLOWED` of them, plus `SAFETY`, and at least
  `MIN_MARGIN`: the words must favour the neighbour, not merely fail to favour the answer.

Serbian is written in Cyrillic in the sentence set (answered mk, caught by its letters); for the
hr/sr pair its dev sentences are transliterated to Latin, the way Serbian is also written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from curation import neighbours  # noqa: E402
from curation.language import UND, identify, sample  # noqa: E402
from curation.neighbours import odds_features, odds_margin, odds_weights  # noqa: E402
from schemas import CurationConfig  # noqa: E402

OUT = REPO / "curation" / "data" / "neighbour_odds.json"
NEIGHBOURS = REPO / "curation" / "data" / "neighbours.json"
PAIRS = (("hr", "bs"), ("hr", "sr"), ("id", "ms"))
ALPHA = 0.5
MIN_COUNT = 2
KEEP = 5000
FOLDS = 5
SAFETY = 1.0
# answer documents per size the margin may reject on the dev half: 1 + this share of them, minus 1
ALLOWED = 0.005
# bands of distinct words in a text, each with its margin: a sentence, 2 sentences, 4 and more
BANDS = (0, 20, 40)
MIN_MARGIN = 1.0
SIZES = (1, 2, 4)
_WORDS = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]")
_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z", "и": "i",
    "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
}  # fmt: skip


def part(sentence: str) -> str:
    """The half of eval/language/score.py (same rule: first byte of sha256 odd -> test)."""
    return "test" if hashlib.sha256(sentence.encode("utf-8")).digest()[0] & 1 else "dev"


def fold(sentence: str) -> int:
    """Cross-validation fold of a dev sentence (second byte of its sha256)."""
    return hashlib.sha256(sentence.encode("utf-8")).digest()[1] % FOLDS


def to_latin(text: str) -> str:
    """Serbian Cyrillic in Serbian Latin (Ђ -> Đ, Љ -> Lj, ...); other characters unchanged."""
    out = []
    for c in text:
        latin = _CYRILLIC_TO_LATIN.get(c.lower())
        if latin is None:
            out.append(c)
        else:
            out.append(latin.capitalize() if c.isupper() else latin)
    return "".join(out)


def dev_sentences(shared: Path, code: str) -> list[str]:
    """The dev half of a sentence file, in file order (Serbian in Latin script)."""
    path = shared / "data" / "langid" / "sentences" / f"{code}.txt"
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev = [line for line in lines if part(line) == "dev"]
    return [to_latin(line) for line in dev] if code == "sr" else dev


def words(text: str) -> list[str]:
    """Lower-cased words as curation/neighbours.py reads them (digits left out)."""
    return [w for w in _WORDS.findall(text.lower()) if not w.isdigit()]


def names(sentences: list[str]) -> set[str]:
    """Words capitalized in most of their occurrences after a sentence's first word."""
    upper: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for sentence in sentences:
        for token in [t for t in _WORDS.findall(sentence) if not t.isdigit()][1:]:
            seen[token.lower()] += 1
            upper[token.lower()] += token[0].isupper()
    return {w for w, n in seen.items() if 2 * upper[w] > n}


def fit(answer: list[str], neighbour: list[str], ignored: set[str]) -> dict[str, float]:
    """Pruned per-feature log-odds of neighbour over answer (features: `neighbours.odds_features`
    of the words that are not names)."""
    skip = ignored | names(answer + neighbour)

    def count(sentences: list[str]) -> Counter[str]:
        return Counter(f for s in sentences for w in words(s) if w not in skip for f in odds_features(w))

    ca, cn = count(answer), count(neighbour)
    vocab = sorted(w for w in set(ca) | set(cn) if ca[w] + cn[w] >= MIN_COUNT)
    ta = sum(ca[w] for w in vocab) + ALPHA * len(vocab)
    tn = sum(cn[w] for w in vocab) + ALPHA * len(vocab)
    odds = {w: math.log((cn[w] + ALPHA) / tn) - math.log((ca[w] + ALPHA) / ta) for w in vocab}
    ranked = sorted(vocab, key=lambda w: (-abs(odds[w]) * math.sqrt(ca[w] + cn[w]), w))
    return {w: round(odds[w], 3) for w in ranked[:KEEP]}


def score(text: str, odds: dict[str, float], answer: str) -> float:
    """The sum curation/neighbours.py compares with the margin."""
    return sum(odds_weights(words(text), answer, odds).values())


def documents(sentences: list[str], size: int) -> list[str]:
    """Consecutive groups of `size` sentences, as the scorer builds them."""
    return [" ".join(sentences[i : i + size]) for i in range(0, len(sentences) - size + 1, size)]


def without_odds(text: str, config: CurationConfig) -> str:
    """The pipeline's answer for `text` without the log-odds step (`detect`'s rules), so that what
    is written does not depend on the file it replaces."""
    if len(_LETTERS.findall(text)) < config.lang_min_chars:
        return UND
    answer, confidence = identify(text, config.lang_sample_chars)
    if answer == UND or confidence < config.lang_min_confidence:
        return UND
    evidence = sample(text, config.lang_sample_chars)
    if neighbours.in_family(answer) and neighbours.rejection(evidence, answer, odds=False) is not None:
        return UND
    return answer


def cross_validate(answer: list[str], neighbour: list[str], ignored: set[str], code: str) -> dict:
    """Out-of-fold (distinct words, score) of the dev documents of 1, 2 and 4 sentences:
    {"answer": [...], "neighbour": [...], "sizes": {size: (answer scores, neighbour scores)}}."""
    config = CurationConfig()
    out: dict = {"answer": [], "neighbour": [], "sizes": {n: ([], []) for n in SIZES}}
    for k in range(FOLDS):
        odds = fit([s for s in answer if fold(s) != k], [s for s in neighbour if fold(s) != k], ignored)
        for n in SIZES:
            for doc in documents([s for s in answer if fold(s) == k], n):
                if without_odds(doc, config) == code:  # only the answers the pipeline gets right can be lost
                    out["answer"].append((len(set(words(doc))), score(doc, odds, code)))
                    out["sizes"][n][0].append(out["answer"][-1])
            for doc in documents([s for s in neighbour if fold(s) == k], n):
                out["neighbour"].append((len(set(words(doc))), score(doc, odds, code)))
                out["sizes"][n][1].append(out["neighbour"][-1])
    return out


def kept_below(scores: list[float]) -> float:
    """The score under which the answer's documents must stay: the largest, or for many documents
    the k-th largest (k = 1 + ALLOWED x count: at most 0.5% of them lost)."""
    return sorted(scores, reverse=True)[int(ALLOWED * len(scores))]


def margins(oof: dict) -> list[list[float]]:
    """[least distinct words, margin] per band of `BANDS`: above `kept_below` of the answer's dev
    documents of the band, plus SAFETY, and at least MIN_MARGIN (the words must favour the
    neighbour, not merely fail to favour the answer)."""
    out = []
    for i, least in enumerate(BANDS):
        upper = BANDS[i + 1] if i + 1 < len(BANDS) else 10**9
        scores = [s for d, s in oof["answer"] if least <= d < upper]
        out.append([least, round(max(kept_below(scores) + SAFETY, MIN_MARGIN), 1)])
    return out


def margin_of(bands: list[list[float]], distinct: int) -> float:
    return odds_margin(tuple(sorted(map(tuple, bands), reverse=True)), distinct)


def build(shared: Path, report: bool) -> str:
    ignored = set(json.loads(NEIGHBOURS.read_text(encoding="utf-8"))["not_evidence"].split())
    pairs = {}
    for answer_code, neighbour_code in PAIRS:
        answer, neighbour = dev_sentences(shared, answer_code), dev_sentences(shared, neighbour_code)
        oof = cross_validate(answer, neighbour, ignored, answer_code)
        bands = margins(oof)
        if report:
            for n in SIZES:
                ours, theirs = oof["sizes"][n]
                lost = sum(s > margin_of(bands, d) for d, s in ours)
                above = sum(s > margin_of(bands, d) for d, s in theirs)
                print(
                    f"{answer_code}/{neighbour_code} {n}-sentence dev docs (out of fold), margins {bands}: "
                    f"{answer_code} lost {lost}/{len(ours)}, {neighbour_code} rejected {above}/{len(theirs)} "
                    f"({100 * above / len(theirs):.1f}%)",
                    file=sys.stderr,
                )
        pairs[f"{answer_code}/{neighbour_code}"] = {
            "answer": answer_code,
            "neighbour": neighbour_code,
            "margins": bands,
            "log_odds": fit(answer, neighbour, ignored),
        }
    data = {
        "about": [
            "Per-word log-odds of a neighbour langdetect has no profile for over the answer it gets,",
            "read by curation/neighbours.py; written by eval/language/train_neighbour_odds.py from the dev",
            "half of the langid sentences (docs/language.md). A text answered `answer` whose words sum",
            "(curation/neighbours.py odds_weights) to more than the margin of its band of distinct words",
            "(`margins`: [least distinct words, margin]) is not in `answer`",
            "(language_reason neighbour_words:<answer>/<neighbour> log-odds <sum>: <words>).",
        ],
        "settings": {
            "alpha": ALPHA,
            "min_count": MIN_COUNT,
            "keep": KEEP,
            "folds": FOLDS,
            "safety": SAFETY,
            "allowed": ALLOWED,
            "bands": list(BANDS),
            "min_margin": MIN_MARGIN,
        },
        "pairs": pairs,
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO / ".." / "shared", help="shared data folder")
    parser.add_argument("--check", action="store_true", help="compare with the file, write nothing")
    parser.add_argument("--quiet", action="store_true", help="no cross-validation report")
    args = parser.parse_args()
    text = build(args.shared, not args.quiet)
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} differs from what the training writes")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
