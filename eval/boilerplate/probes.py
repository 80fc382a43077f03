"""Probes: news layouts written by hand in 19 languages, every combination of their parts, through `clean_text`.

    python eval/boilerplate/probes.py [--examples N] [--language xx]

The labelled splits are a generator's layouts and the real pages a few hundred sites; a layout that neither has is
found by writing it. `probes.json` holds, for each language, a headline, a standfirst, three paragraphs, section
labels (a kicker, a breadcrumb), bylines with the authors they name, datelines (all of one day), widgets that stand
in a header (a listen button, a share row, a picture's credit, an ad mark), and lines that stand under the text or
between its paragraphs. A header is a kicker, the headline, maybe the standfirst, a byline, a dateline and a widget
in one of six orders (kicker first, a dateline over everything, a kicker under the headline ...); a sample of every
combination is cleaned, seeded, so two runs of the same code give the same figures. A header is right when the
title, the authors and the date are the expected ones, the standfirst and the paragraphs stay whole, and every
kicker, byline, dateline and widget line is removed; a line under or in the middle of the text is right when it is
removed and the paragraphs stay. Byline variants (the ways a language's sites write one: roles, outlets, agencies,
co-authors, labels) go through six fixed layouts each (`VARIANT_LAYOUTS`), right when the title, the authors and
the date are read and the line is removed. Each dateline also stands alone under the text, under a lone headline:
right when its date is read and it is removed. Headline variants (abbreviations, a question, a quote, capitals) go
over the dateline, over a standfirst without its full stop, and over a byline: right when the title and the date are
read and the paragraphs stay. The figures count what is wrong, per language.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from curation.clean import Cleaned, clean_text  # noqa: E402
from curation.spans import apply_spans  # noqa: E402

SEED = 48
SHARE = 0.12  # of every language's header combinations, sampled


def _cleaned(text: str) -> tuple[Cleaned, list[str]]:
    cleaned = clean_text(text)
    return cleaned, apply_spans(text, cleaned.removed).split("\n")


def headers(
    lang: str, probe: dict, orders: list[str], published: str, rng: random.Random
) -> tuple[int, list[tuple[list[str], str]]]:
    """How many header layouts of one language were sampled, and what is wrong with each wrong one."""
    sampled, wrong = 0, []
    parts = (probe["kickers"], [None, probe["standfirst"]], probe["bylines"], probe["datelines"], probe["widgets"])
    for kicker, standfirst, (byline, authors), dateline, widget, order in itertools.product(*parts, orders):
        if rng.random() > SHARE:
            continue
        sampled += 1
        standfirst = standfirst if "S" in order else None
        fields = {"K": kicker, "T": probe["headline"], "S": standfirst, "B": byline, "D": dateline, "E": widget}
        head = [fields[part] for part in order if fields[part]]
        cleaned, out = _cleaned("\n".join(head) + "\n\n" + "\n\n".join(probe["paragraphs"]) + "\n")
        misses = [
            field
            for field, ok in (
                ("title", cleaned.title == probe["headline"]),
                ("authors", cleaned.authors == authors),
                ("date", cleaned.published == published),
                ("text", all(p in out for p in probe["paragraphs"]) and (standfirst is None or standfirst in out)),
                ("left", not any(line in out for line in (kicker, byline, dateline, widget) if line)),
            )
            if not ok
        ]
        if misses:
            wrong.append((misses, f"{lang} {order} {'/'.join(misses)}: {' ⏎ '.join(head)}"))
    return sampled, wrong


def lines_around(lang: str, probe: dict) -> tuple[int, list[str]]:
    """Lines under the text and between its paragraphs: how many were tried, and those that stayed or cost text."""
    head, p = f"{probe['headline']}\n{probe['datelines'][0]}\n\n", probe["paragraphs"]
    texts = [(line, head + "\n\n".join(p) + f"\n\n{line}\n") for line in probe["tail_lines"]]
    texts += [(line, head + f"{p[0]}\n\n{p[1]}\n\n{line}\n\n{p[2]}\n") for line in probe["middle_lines"]]
    wrong = []
    for line, text in texts:
        _, out = _cleaned(text)
        if line in out or not all(paragraph in out for paragraph in p):
            wrong.append(f"{lang} line: {line}")
    return len(texts), wrong


# T headline, S standfirst, B the variant, D dateline; "|" parts the header from the text, the variant under it
VARIANT_LAYOUTS = ("TBD|", "TDB|", "TSBD|", "TSDB|", "DTB|", "TD|B")


def byline_variants(lang: str, probe: dict, published: str) -> tuple[int, list[str]]:
    """Byline variants in fixed layouts: how many were tried, and those read wrong."""
    tried, wrong = 0, []
    for (line, authors), layout in itertools.product(probe.get("byline_variants", []), VARIANT_LAYOUTS):
        tried += 1
        fields = {"T": probe["headline"], "S": probe["standfirst"], "B": line, "D": probe["datelines"][0]}
        head, tail = ([fields[part] for part in half] for half in layout.split("|"))
        text = "\n".join(head) + "\n\n" + "\n\n".join([*probe["paragraphs"], *tail]) + "\n"
        cleaned, out = _cleaned(text)
        right = (cleaned.title, cleaned.authors, cleaned.published) == (probe["headline"], authors, published)
        if not right or line in out or not all(p in out for p in probe["paragraphs"]):
            wrong.append(f"{lang} byline {layout}: {line} -> {cleaned.authors} {cleaned.published}")
    return tried, wrong


def dates_under(lang: str, probe: dict, published: str) -> tuple[int, list[str]]:
    """Each dateline alone under the text, the header only the headline: how many were tried, and those whose date
    was not read or whose line stayed."""
    wrong = []
    for line in probe["datelines"]:
        cleaned, out = _cleaned(probe["headline"] + "\n\n" + "\n\n".join(probe["paragraphs"]) + f"\n\n{line}\n")
        if cleaned.published != published or line in out or cleaned.title != probe["headline"]:
            wrong.append(f"{lang} date under the text: {line} -> {cleaned.published}")
    return len(probe["datelines"]), wrong


def headline_variants(lang: str, probe: dict, published: str) -> tuple[int, list[str]]:
    """Each headline variant over the dateline, over a standfirst that no full stop ends and the dateline, and over
    the first byline and the dateline: how many were tried, and those whose title or date was misread or whose text
    was cut."""
    tried, wrong = 0, []
    byline = next(line for line, _ in probe["bylines"] if line)
    for headline in probe.get("headline_variants", []):
        for head in (
            [headline, probe["datelines"][0]],
            [headline, probe["standfirst"].rstrip("."), probe["datelines"][0]],
            [headline, byline, probe["datelines"][0]],
        ):
            tried += 1
            cleaned, out = _cleaned("\n".join(head) + "\n\n" + "\n\n".join(probe["paragraphs"]) + "\n")
            if (cleaned.title, cleaned.published) != (headline, published) or not all(
                p in out for p in probe["paragraphs"]
            ):
                wrong.append(f"{lang} headline {' ⏎ '.join(head)} -> {cleaned.title!r} {cleaned.published}")
    return tried, wrong


FIELDS = ("title", "authors", "date", "text", "left")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=0, help="wrong layouts and lines to print")
    parser.add_argument("--language", default=None)
    args = parser.parse_args()
    data = json.loads((HERE / "probes.json").read_text(encoding="utf-8"))
    rng = random.Random(SEED)
    shown: list[str] = []
    totals: Counter[str] = Counter()
    print(
        "| language | headers | wrong | " + " | ".join(FIELDS) + " | lines | lines wrong | bylines | bylines wrong"
        " | dates under | wrong | headlines | wrong |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for lang, probe in data["languages"].items():
        sampled, wrong = headers(lang, probe, data["orders"], data["published"], rng)
        if args.language and lang != args.language:
            continue  # sampled all the same, so one language's figures match the whole run's
        lines, stayed = lines_around(lang, probe)
        variants, misread = byline_variants(lang, probe, data["published"])
        under, unread = dates_under(lang, probe, data["published"])
        headlines, misheaded = headline_variants(lang, probe, data["published"])
        fields = Counter(field for misses, _ in wrong for field in misses)
        totals.update({"headers": sampled, "wrong": len(wrong), "lines": lines, "lines wrong": len(stayed), **fields})
        totals.update({"bylines": variants, "bylines wrong": len(misread), "dates": under, "dates wrong": len(unread)})
        totals.update({"headlines": headlines, "headlines wrong": len(misheaded)})
        cells = " | ".join(str(fields[f]) for f in FIELDS)
        counts = f"{lines} | {len(stayed)} | {variants} | {len(misread)} | {under} | {len(unread)}"
        counts += f" | {headlines} | {len(misheaded)}"
        print(f"| {lang} | {sampled} | {len(wrong)} | {cells} | {counts} |")
        shown += [entry for _, entry in wrong] + stayed + misread + unread + misheaded
    cells = " | ".join(str(totals[f]) for f in FIELDS)
    rest = f"{totals['lines']} | {totals['lines wrong']} | {totals['bylines']} | {totals['bylines wrong']}"
    rest += f" | {totals['dates']} | {totals['dates wrong']} | {totals['headlines']} | {totals['headlines wrong']}"
    print(f"| all | {totals['headers']} | {totals['wrong']} | {cells} | {rest} |")
    for entry in shown[: args.examples]:
        print(entry)


if __name__ == "__main__":
    main()
