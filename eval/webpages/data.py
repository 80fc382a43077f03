"""The real web pages of `../shared/data/webpages`: loading, the fixed dev/holdout split, silver line
labels and trafilatura's snippet metric.

The split is a hash of each page's URL, so it never depends on file order and a page never moves
between parts: `holdout` (about a quarter) is never fitted on, and every figure is reported for it apart.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
DEFAULT_DIR = REPO.parent / "shared" / "data" / "webpages"
HOLDOUT_SHARE = 4  # one page in four, by URL hash
SPACE = re.compile(r"\s+")


@dataclass
class Page:
    name: str
    url: str
    lang: str
    text: str
    with_: list[str]
    without: list[str]
    silver: str

    @property
    def part(self) -> str:
        digest = hashlib.sha1(self.url.encode()).digest()
        return "holdout" if digest[0] % HOLDOUT_SHARE == 0 else "dev"


def fold(text: str) -> str:
    """Whitespace folded, as trafilatura's evaluation compares snippets."""
    return SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def load_pages(folder: Path = DEFAULT_DIR, part: str | None = None) -> list[Page]:
    pages = []
    with (folder / "gold.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            text = (folder / "pages" / row["page"]).read_text(encoding="utf-8")
            page = Page(
                row["page"], row["url"], row["lang"], text, row["with"], row["without"], row["trafilatura_main"]
            )
            if part is None or page.part == part:
                pages.append(page)
    return pages


def gold_lines(page: Page) -> set[int]:
    """The lines that hold a gold snippet (`with` or `without`): labels a person checked, not trafilatura's."""
    snippets = [fold(s).casefold() for s in [*page.with_, *page.without] if len(s) >= 8]
    return {n for n, line in enumerate(page.text.split("\n")) if any(s in fold(line).casefold() for s in snippets)}


def silver_labels(page: Page) -> list[int | None]:
    """Per line of the page: 1 when trafilatura's main text holds it, 0 when not, None for blank lines.

    A short line (under four words) must equal a whole line of the main text, since "Home" or "Politik"
    is a substring of nearly any article; a longer line may be a part of one. A line holding a gold
    `without` snippet is 0 and one holding a `with` snippet is 1, whatever the silver label says.
    """
    main = fold(page.silver).casefold()
    main_lines = {fold(line).casefold() for line in page.silver.split("\n")}
    labels: list[int | None] = []
    for line in page.text.split("\n"):
        folded = fold(line).casefold()
        if not folded:
            labels.append(None)
            continue
        label = int(folded in main_lines) if len(folded.split()) < 4 else int(folded in main)
        if any(fold(s).casefold() in folded for s in page.without if len(s) >= 8):
            label = 0
        if any(fold(s).casefold() in folded for s in page.with_ if len(s) >= 8):
            label = 1
        labels.append(label)
    return labels


@dataclass
class Counts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, page: Page, output: str) -> None:
        folded = fold(output)
        for snippet in page.with_:
            if fold(snippet) in folded:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in page.without:
            if fold(snippet) in folded:
                self.fp += 1
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> str:
        return f"F1 {self.f1:.3f}  precision {self.precision:.3f}  recall {self.recall:.3f}"
