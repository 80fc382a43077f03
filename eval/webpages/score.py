"""Score whole-page cleaning on the real pages of `../shared/data/webpages` with trafilatura's snippet metric.

    python eval/webpages/score.py [--part dev|holdout|all] [--errors N]

Each page goes through the cleaner as the pipeline runs it (`clean_text` with the repeated-line set
learned from the scored pages, then `apply_spans`). Beside it, on the same pages: the page text
itself, and C4's line rules (a line is kept when it ends with terminal punctuation and has at least
three words; lines naming javascript or cookies go), the baseline a cleaner must beat.
The dev part is what the content model was fitted on; `holdout` never was.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from data import Counts, Page, fold, load_pages  # noqa: E402

from curation.clean import clean_text  # noqa: E402
from curation.repeated import learn_repeated  # noqa: E402
from curation.spans import apply_spans  # noqa: E402
from schemas import CurationConfig  # noqa: E402

C4_END = tuple(".!?\"'”’»")


def c4_lines(text: str) -> str:
    """C4's line filter (Raffel et al. 2020, section 2.2), the line rules that need no corpus."""
    kept = []
    for line in text.split("\n"):
        stripped = line.strip()
        lowered = stripped.lower()
        long_sentence = len(stripped.split()) >= 3 and stripped.endswith(C4_END)
        if long_sentence and "javascript" not in lowered and "cookie" not in lowered:
            kept.append(stripped)
    return "\n".join(kept)


def cleaned(pages: list[Page]) -> tuple[list[str], float]:
    repeated = learn_repeated((p.text for p in pages), CurationConfig().repeated_line_min_docs)
    outputs, start = [], time.perf_counter()
    for page in pages:
        result = clean_text(page.text, repeated)
        outputs.append(apply_spans(page.text, result.removed))
    return outputs, time.perf_counter() - start


def report(part: str, pages: list[Page], errors: int) -> None:
    outputs, seconds = cleaned(pages)
    rows = {"page text": Counts(), "C4 line rules": Counts(), "cleaner": Counts()}
    for page, output in zip(pages, outputs, strict=True):
        rows["page text"].add(page, page.text)
        rows["C4 line rules"].add(page, c4_lines(page.text))
        rows["cleaner"].add(page, output)
    print(f"## {part}: {len(pages)} pages, cleaner {1000 * seconds / max(1, len(pages)):.1f} ms/page")
    for name, counts in rows.items():
        print(f"{name:15s} {counts.row()}")
    shown = 0
    for page, output in zip(pages, outputs, strict=True):
        if shown >= errors:
            break
        folded = fold(output)
        lost = [s for s in page.with_ if fold(s) not in folded]
        kept = [s for s in page.without if fold(s) in folded]
        if lost or kept:
            shown += 1
            print(f"\n{page.name}\n  lost: {lost}\n  kept: {kept}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=["dev", "holdout", "all"], default="all")
    parser.add_argument("--errors", type=int, default=0, help="show the snippets missed on this many pages")
    args = parser.parse_args()
    parts = ["dev", "holdout"] if args.part == "all" else [args.part]
    for part in parts:
        report(part, load_pages(part=part), args.errors)


if __name__ == "__main__":
    main()
