"""Score the metadata the cleaner reads off a page (title, authors, publication date) against hand labels.

    python eval/webpages/metadata.py [--errors N] [--field title|authors|date] [--labels PATH]

Labels: `metadata_labels.jsonl` beside this file, one page a line (`page`, `url`, `part`, `kind`, `title`,
`authors`, `published`, optional `note` and `batch`). The pages are every `holdout` page of
`../shared/data/webpages` plus the first 245 `dev` pages in order of sha1(url) hex, 364 in all; the last 100 dev
pages were added at stop 51 in two batches of 50 (`batch`: `stop51-a`, read to fix the cleaner, and `stop51-b`,
only scored). Each was labelled by reading the page text (with a glance at the gold snippets and trafilatura's main
text to find the article), never by running the pipeline: the headline as it stands on a line of the page, the
credited person names in page order (none for an agency, desk or staff credit, or a bare user handle), the
first-published date shown on the page (none when only a relative date, a month or a URL gives it). `kind` is
`other` for pages with no main article (a list, a product or campaign page, a forum thread, a live ticker, a page
whose text has no body); their title is the page's main heading. Unclear cases say why in `note`.

Each labelled page goes through `clean_text` as the pipeline runs it, with the repeated-line set learned
from all 482 pages, and its `Cleaned.title`, `.authors` and `.published` are compared with the labels:

- title: equal after NFKC, casefolding and whitespace folding; `title~` is the looser figure where one of
  the two contains the other (a kicker or site name on the line, or a headline cut short);
- authors: the same list, in order, after the same folding (an empty label needs an empty answer);
- date: the same ISO string, and a null label needs None.

Shares are printed with their counts, per part (holdout, dev, all) and kind (article, other).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from data import Page, load_pages  # noqa: E402

from curation.clean import Cleaned, clean_text  # noqa: E402
from curation.repeated import learn_repeated  # noqa: E402
from schemas import CurationConfig  # noqa: E402

LABELS = HERE / "metadata_labels.jsonl"
FIELDS = ("title", "authors", "date")
PARTS = ("holdout", "dev", "all")
KINDS = ("all", "article", "other")
SPACE = re.compile(r"\s+")


@dataclass
class Label:
    page: str
    url: str
    kind: str
    title: str | None
    authors: list[str]
    published: str | None
    note: str | None = None
    batch: str | None = None  # the labels added later, by whom and when (README): None for the first 264


@dataclass
class Scored:
    label: Label
    part: str
    got: Cleaned

    @property
    def title(self) -> bool:
        return _fold_or_none(self.got.title) == _fold_or_none(self.label.title)

    @property
    def title_loose(self) -> bool:
        got, want = _fold_or_none(self.got.title), _fold_or_none(self.label.title)
        if got is None or want is None:
            return got == want
        return bool(got) and (got in want or want in got)

    @property
    def authors(self) -> bool:
        return [fold(a) for a in self.got.authors] == [fold(a) for a in self.label.authors]

    @property
    def date(self) -> bool:
        return self.got.published == self.label.published

    def right(self, name: str) -> bool:
        return bool(getattr(self, name))


def fold(text: str) -> str:
    """NFKC, casefolded, whitespace folded: how two titles or names are compared."""
    return SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def _fold_or_none(text: str | None) -> str | None:
    return None if text is None else fold(text)


def load_labels(path: Path = LABELS) -> list[Label]:
    labels = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                labels.append(
                    Label(
                        row["page"],
                        row["url"],
                        row["kind"],
                        row["title"],
                        row["authors"],
                        row["published"],
                        row.get("note"),
                        row.get("batch"),
                    )
                )
    return labels


def score(labels: list[Label], pages: list[Page]) -> list[Scored]:
    """Clean every labelled page with the repeated lines of all pages, as `score.py` cleans them."""
    by_name = {page.name: page for page in pages}
    repeated = learn_repeated((page.text for page in pages), CurationConfig().repeated_line_min_docs)
    scored = []
    for label in labels:
        page = by_name.get(label.page)
        if page is None:
            raise SystemExit(f"labelled page {label.page} is not in the page set")
        if page.url != label.url:
            raise SystemExit(f"labelled page {label.page}: url {label.url} is not the page's {page.url}")
        scored.append(Scored(label, page.part, clean_text(page.text, repeated)))
    return scored


def share(rows: list[Scored], test: Callable[[Scored], bool]) -> str:
    if not rows:
        return "-"
    right = sum(1 for row in rows if test(row))
    return f"{right / len(rows):.3f} ({right}/{len(rows)})"


def select(scored: Iterable[Scored], part: str, kind: str) -> list[Scored]:
    return [s for s in scored if part in ("all", s.part) and kind in ("all", s.label.kind)]


def report(scored: list[Scored]) -> None:
    print("| part | kind | pages | title | title~ | authors | date |")
    print("|---|---|---|---|---|---|---|")
    for part in PARTS:
        for kind in KINDS:
            rows = select(scored, part, kind)
            if not rows:
                continue
            cells = [
                share(rows, lambda s: s.title),
                share(rows, lambda s: s.title_loose),
                share(rows, lambda s: s.authors),
                share(rows, lambda s: s.date),
            ]
            print(f"| {part} | {kind} | {len(rows)} | " + " | ".join(cells) + " |")
    batches = sorted({s.label.batch for s in scored if s.label.batch})
    if batches:
        print()
        print("By batch of labels (README): the first 264, then each batch added since.")
        print("| batch | pages | title | title~ | authors | date |")
        print("|---|---|---|---|---|---|")
        for batch in (None, *batches):
            rows = [s for s in scored if s.label.batch == batch]
            cells = [share(rows, lambda s, f=f: s.right(f)) for f in ("title", "title_loose", "authors", "date")]
            print(f"| {batch or 'first'} | {len(rows)} | " + " | ".join(cells) + " |")
    print()
    print("By label, all pages: how each field fares when the page has it or not.")
    print("| case | pages | right |")
    print("|---|---|---|")
    cases: list[tuple[str, Callable[[Scored], bool], Callable[[Scored], bool]]] = [
        ("title, answer None", lambda s: s.got.title is None, lambda s: s.title),
        ("authors labelled", lambda s: bool(s.label.authors), lambda s: s.authors),
        ("authors none on page", lambda s: not s.label.authors, lambda s: s.authors),
        ("date labelled", lambda s: s.label.published is not None, lambda s: s.date),
        ("date none on page", lambda s: s.label.published is None, lambda s: s.date),
    ]
    for name, case, test in cases:
        rows = [s for s in scored if case(s)]
        print(f"| {name} | {len(rows)} | {share(rows, test)} |")


def errors(scored: list[Scored], limit: int, field: str | None, part: str) -> None:
    shown = 0
    for s in select(scored, part, "all"):
        for name in FIELDS:
            if shown >= limit:
                return
            if (field and name != field) or s.right(name):
                continue
            got, want = {
                "title": (s.got.title, s.label.title),
                "authors": (s.got.authors, s.label.authors),
                "date": (s.got.published, s.label.published),
            }[name]
            shown += 1
            note = f"  [note: {s.label.note}]" if s.label.note else ""
            print(f"{s.label.page} ({s.part}, {s.label.kind}) {name}\n  got:      {got!r}\n  expected: {want!r}{note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=int, default=0, help="print this many mismatches (page, field, got, expected)")
    parser.add_argument("--field", choices=FIELDS, help="only mismatches of this field")
    parser.add_argument("--part", choices=PARTS, default="dev", help="whose mismatches to print (dev: not holdout)")
    parser.add_argument("--labels", type=Path, default=LABELS)
    args = parser.parse_args()
    scored = score(load_labels(args.labels), load_pages())
    report(scored)
    if args.errors:
        print()
        errors(scored, args.errors, args.field, args.part)


if __name__ == "__main__":
    main()
