"""Copies against site templates: does repeated-line learning tell a story's copies from a site's distinct stories?

    python eval/boilerplate/copies.py [--shared DIR] [--copies N] [--draws N]

Two failures pull the rule of `curation.stories.Stories` in opposite directions. Copies of one story taken for
distinct stories make its title, lede and subheadings look like a site's template (the issue's folder of 400
lightly edited copies of each sample article). Distinct stories of one site taken for copies of one story make
the site's template count once, so it is never learned. This prints, for both:

- copies: N lightly edited copies of each sample article (`edited`), in a few independent draws: how many
  stories each article's copies count as, how many of the candidate checks of a copy against its own story fall
  under `VERSION_SHARE`, and how many lines of the originals the learned set then cuts as `repeated_line`;
- distinct stories: the generated splits, whose every document is a story of its own: each candidate pair (a
  band in common) and the share of the document's story lines that the earlier story holds.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from build import SPLITS, build, shared_dir  # noqa: E402
from curation.clean import clean_text  # noqa: E402
from curation.decode import decode_bytes  # noqa: E402
from curation.repeated import doc_lines, learn_repeated  # noqa: E402
from curation.stories import VERSION_SHARE, DocLines, Stories  # noqa: E402
from schemas import CurationConfig  # noqa: E402


def edited(text: str, seed: int) -> str:
    """A lightly edited copy: a word changed in about one line in six, now and then a line dropped."""
    rng = random.Random(seed)
    lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        roll = rng.random()
        if roll < 0.17 and len(words) > 3:
            words[rng.randrange(len(words))] = rng.choice(["today", "also", "new", "local", "again"])
        elif roll < 0.2 and len(words) > 12:
            continue
        lines.append(" ".join(words))
    return "\n".join(lines)


def candidate_checks(docs: list[DocLines]) -> tuple[Stories, list[tuple[int, int]]]:
    """Count `docs` as the pre-pass does, and each candidate check (see the module's docstring): how many of the
    document's story lines the candidate story holds, of how many."""
    stories, seen, checks = Stories(), set(), []
    for doc in docs:
        if doc.digest in seen:
            continue
        seen.add(doc.digest)
        checks += [(held, len(doc.story)) for held in stories.held(doc).values()]
        stories.add(doc)
    return stories, checks


def under(checks: list[tuple[int, int]]) -> int:
    """The checks that make no version (`Stories.add`'s own comparison)."""
    return sum(held < VERSION_SHARE * size for held, size in checks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=None, help="shared data folder (default ../shared)")
    parser.add_argument("--copies", type=int, default=400, help="copies of each sample article")
    parser.add_argument("--draws", type=int, default=3, help="independent draws of the copies")
    args = parser.parse_args()
    shared = shared_dir(args.shared)
    originals = [decode_bytes(p.read_bytes()).text for p in sorted((shared / "seeds").glob("*.txt"))]
    min_docs = CurationConfig().repeated_line_min_docs
    print(f"copies: {args.copies} of each of {len(originals)} sample articles, VERSION_SHARE {VERSION_SHARE}")
    for draw in range(args.draws):
        seeds = range(draw * 10_000, draw * 10_000 + args.copies)
        counted, every = [], []
        for text in originals:
            stories, checks = candidate_checks([d for seed in seeds if (d := doc_lines(edited(text, seed)))])
            counted.append(len(stories.lines_of))
            every += checks
        repeated = learn_repeated([edited(text, seed) for seed in seeds for text in originals], min_docs)
        cut = sum(span.reason == "repeated_line" for text in originals for span in clean_text(text, repeated).removed)
        print(
            f"  draw {draw}: stories per article {counted}; candidate checks {len(every)}, under the share "
            f"{under(every)}; learned keys {len(repeated)}; lines of the originals cut as repeated {cut}"
        )
    print("distinct stories: candidate pairs in the generated splits (every document a story of its own)")
    every = []
    for split in (s for s in SPLITS if s != "seeds"):
        _, checks = candidate_checks([d for doc in build(split, shared) if (d := doc_lines(doc.text))])
        every += checks
        if checks:
            print(f"  {split}: {' '.join(f'{share:.2f}' for share in sorted(held / size for held, size in checks))}")
    low = under(every)
    print(f"  all: {len(every)} candidate pairs, {low} under the share (kept apart), {len(every) - low} joined")


if __name__ == "__main__":
    main()
