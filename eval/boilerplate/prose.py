"""Real prose with no boilerplate at all: how many article paragraphs does the cleaner wrongly cut?

    python eval/boilerplate/prose.py [--shared DIR] [--examples N]

The labelled splits wrap sentences in boilerplate of a dozen languages; this check covers every
language of ../shared/data/langid/sentences/ (75+), with no boilerplate, so each removal it finds
is a false positive: a sentence-ending rule or a vocabulary entry that also matches real prose in
some script or language. Each document is a sentence as title, then 3-7 paragraphs of 1-4 random
sentences; a paragraph counts as lost when it is not a whole line of the output. The sample is
seeded, so two runs of the same code give the same figure.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from build import shared_dir  # noqa: E402
from curation.clean import clean_text  # noqa: E402
from curation.spans import apply_spans  # noqa: E402

DOCS_PER_LANG = 15
SEED = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=None, help="shared data folder (default ../shared)")
    parser.add_argument("--examples", type=int, default=25, help="lost paragraphs to print")
    args = parser.parse_args()
    root = shared_dir(args.shared) / "data" / "langid" / "sentences"
    rng = random.Random(SEED)
    total = 0
    lost: Counter[str] = Counter()
    examples: list[tuple[str, list[str], str]] = []
    for path in sorted(root.glob("*.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for _ in range(DOCS_PER_LANG):
            title = rng.choice(lines)
            paragraphs = [" ".join(rng.sample(lines, rng.randint(1, 4))) for _ in range(rng.randint(3, 7))]
            text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
            cleaned = clean_text(text)
            kept = set(apply_spans(text, cleaned.removed).split("\n"))
            for paragraph in paragraphs:
                total += 1
                if paragraph in kept:
                    continue
                lost[path.stem] += 1
                if len(examples) < args.examples:
                    reasons = [
                        span.reason
                        for span in cleaned.removed
                        if text[span.start : span.end].strip() and text[span.start : span.end].strip() in paragraph
                    ]
                    examples.append((path.stem, reasons, paragraph[:120]))
    print(f"paragraphs {total}, lost {sum(lost.values())} ({sum(lost.values()) / total:.3%})")
    print("by language:", dict(sorted(lost.items())))
    for lang, reasons, paragraph in examples:
        print(f"  [{lang}] {reasons} {paragraph!r}")


if __name__ == "__main__":
    main()
