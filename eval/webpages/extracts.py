"""Real headlines, bylines and datelines in a scraper's layout: the article extracts a news scraper writes (the title,
its byline and dateline lines, then the body), built from the hand-labelled real pages.

    python eval/webpages/extracts.py [--part dev|holdout|all] [--errors N] [--standfirst stop|bare] [--fields ORDER]

For each labelled article page (`metadata_labels.jsonl`) with a headline: the headline's line as the page shows
it, then the page's own byline line (the nearest short line to the headline that holds the first labelled
author's name) and its own dateline (the nearest short line that holds the labelled date's year and day), in
page order, then trafilatura's main text of the page (the silver label, `silver` in `gold.jsonl`) as the body.
Nothing is written by hand and the cleaner is not asked where the lines are: what varies is what real pages
write, in 13 languages. Each extract goes through `clean_text` alone (an extract has no corpus), and its title,
authors and date are compared with the labels, folded as `metadata.py` folds them; a label whose line was not
found is expected absent (no date line, no date). `body kept` is the share of the body's lines that stay whole; it
counts trafilatura's lines, which include the headline again and some chrome, so it is no content figure. The gold
snippets are: `content kept` is the share of the page's `with` snippets that stand in the body and are still in the
cleaned text or the title, `boilerplate removed` the share of its `without` snippets that stand in the body (chrome
trafilatura kept) and are gone, both with the snippet metric of `score.py` (folded text, micro-averaged).

`--standfirst` moves the body's first sentence, when it has STANDFIRST_WORDS words, right under the headline, as a
standfirst stands between a headline and its byline or dateline: with its full stop (`stop`) or without it (`bare`,
as many sites print a standfirst). It must stay text (it counts in `body kept`), and the headline stay the title.

`--fields above` writes the byline and dateline lines over the headline instead of under it, `--fields reversed`
under it in the other order: a header's fields come in any order, and the metadata must not depend on it.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from data import Page, load_pages  # noqa: E402
from data import fold as fold_snippet  # noqa: E402
from metadata import Label, load_labels  # noqa: E402
from metadata import fold as fold_text  # noqa: E402

from curation.clean import clean_text  # noqa: E402
from curation.spans import apply_spans  # noqa: E402

MAX_FIELD_WORDS = 15  # a byline or dateline line, not a paragraph that names the author or the day
STANDFIRST_WORDS = range(12, 46)  # a standfirst's length: longer than a headline, one sentence
SENTENCE_STOP = re.compile(r"[.!?…](?=\s)")  # the end of a paragraph's first sentence
PARTS = ("holdout", "dev", "all")


@dataclass
class Extract:
    page: str
    part: str
    text: str
    body: list[str]
    title: str
    authors: list[str]
    published: str | None


def _nearest(lines: list[str], at: int, found: re.Pattern[str]) -> int | None:
    """The index of the short line nearest to line `at` that `found` matches."""
    hits = [
        i for i, line in enumerate(lines) if i != at and len(line.split()) <= MAX_FIELD_WORDS and found.search(line)
    ]
    return min(hits, key=lambda i: (abs(i - at), i)) if hits else None


def _date_shown(iso: str) -> re.Pattern[str]:
    year, _, day = iso.split("-")
    year_then_day = rf"(?<!\d){year}(?!\d).*?(?<!\d)0?{int(day)}(?!\d)"
    day_then_year = rf"(?<!\d)0?{int(day)}(?!\d).*?(?<!\d){year}(?!\d)"
    return re.compile(f"{year_then_day}|{day_then_year}")


def build(label: Label, page: Page, standfirst: str | None = None, fields_order: str = "page") -> Extract | None:
    """The extract of one labelled page, or None when its headline is not a line of the page or it has no body (with
    `standfirst`, also when its first sentence is too short or too long for a standfirst)."""
    lines = [line.strip() for line in page.text.split("\n") if line.strip()]
    if label.kind != "article" or not label.title or label.title.strip() not in lines or not page.silver.strip():
        return None
    at = lines.index(label.title.strip())
    fields: dict[int, str] = {}
    byline = _nearest(lines, at, re.compile(re.escape(label.authors[0]))) if label.authors else None
    if byline is not None:
        fields[byline] = lines[byline]
    dateline = _nearest(lines, at, _date_shown(label.published)) if label.published else None
    if dateline is not None:
        fields[dateline] = lines[dateline]
    body = [line.strip() for line in page.silver.split("\n") if line.strip()]
    title, shown = label.title.strip(), [fields[i] for i in sorted(fields)]
    header = {"page": [title, *shown], "reversed": [title, *shown[::-1]], "above": [*shown, title]}[fields_order]
    if standfirst is not None:
        stop = SENTENCE_STOP.search(body[0] + " ")
        lede, rest = (body[0][: stop.end()], body[0][stop.end() :].strip()) if stop else ("", "")
        if len(lede.split()) not in STANDFIRST_WORDS:
            return None
        lede = lede.rstrip(".") if standfirst == "bare" else lede
        header.insert(header.index(title) + 1, lede)
        body = [rest, *body[1:]] if rest else body[1:]
    text = "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n"
    return Extract(
        page.name,
        page.part,
        text,
        [lede, *body] if standfirst is not None else body,
        label.title.strip(),
        label.authors if byline is not None else [],
        label.published if dateline is not None else None,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=PARTS, default="all")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--standfirst", choices=("stop", "bare"))
    parser.add_argument("--fields", choices=("page", "above", "reversed"), default="page")
    args = parser.parse_args()
    pages = {page.name: page for page in load_pages()}
    extracts = [e for label in load_labels() if (e := build(label, pages[label.page], args.standfirst, args.fields))]
    shown = 0
    print("| part | extracts | title | authors | date | body kept | content kept | boilerplate removed |")
    print("|---|---|---|---|---|---|---|---|")
    for part in PARTS[:2] if args.part == "all" else (args.part,):
        chosen = [e for e in extracts if e.part == part]
        right = {"title": 0, "authors": 0, "date": 0}
        kept = total = 0
        snippets = {"with": [0, 0], "without": [0, 0]}  # in the body, and (with) still there or (without) gone
        for extract in chosen:
            cleaned = clean_text(extract.text)
            output = {line.strip() for line in apply_spans(extract.text, cleaned.removed).split("\n")}
            got = {
                "title": fold_text(cleaned.title or "") == fold_text(extract.title),
                "authors": [fold_text(a) for a in cleaned.authors] == [fold_text(a) for a in extract.authors],
                "date": cleaned.published == extract.published,
            }
            for field, ok in got.items():
                right[field] += ok
                if not ok and shown < args.errors:
                    shown += 1
                    header = extract.text.split("\n\n")[0].replace("\n", " ⏎ ")
                    print(f"{extract.page} {field}: got {cleaned.title!r} {cleaned.authors} {cleaned.published}")
                    print(f"    want {extract.title!r} {extract.authors} {extract.published}")
                    print(f"    header {header[:300]!r}")
            kept += sum(line in output for line in extract.body)
            total += len(extract.body)
            body = fold_snippet("\n".join(extract.body))
            cleaned_text = fold_snippet(apply_spans(extract.text, cleaned.removed) + "\n" + (cleaned.title or ""))
            for kind, wanted in (("with", True), ("without", False)):
                for snippet in getattr(pages[extract.page], "with_" if wanted else "without"):
                    if (folded := fold_snippet(snippet)) in body:
                        snippets[kind][0] += 1
                        snippets[kind][1] += (folded in cleaned_text) == wanted
        n = len(chosen)
        cells = " | ".join(f"{right[f] / n:.3f} ({right[f]}/{n})" for f in right)
        shares = " | ".join(f"{right / found:.3f} ({right}/{found})" for found, right in snippets.values())
        print(f"| {part} | {n} | {cells} | {kept / total:.3f} ({kept}/{total}) | {shares} |")


if __name__ == "__main__":
    main()
