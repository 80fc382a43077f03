"""Date probes: one day as CLDR writes it in every locale, read by `parse_date` and under a headline by `clean_text`.

    pip install -e ".[eval]" && python eval/boilerplate/date_probes.py [--examples N] [--short]

Sites seldom write their dates by hand: a CMS or a browser formats them from the Unicode CLDR's patterns, the
data Babel ships. So the dates a scraper meets in a language are, to a large part, those patterns; none of them
was written here, so they probe the date reader as a new site would. For each language that both Babel and
dateparser know, 5 March 2024 at 10:15 is formatted in CLDR's full, long and medium date patterns, its medium
date-and-time pattern and two with a short weekday (the skeletons yMMMEd and yMEd), and `parse_date` must read
2024-03-05 from it. For the languages of
`../shared/data/langid/sentences`, each form also stands under a headline over three paragraphs of real sentences,
and `clean_text` must read the date, remove the line, and keep the headline as the title and the paragraphs. So
must it remove a relative time there (CLDR's "3 hours ago", "25 minutes ago", "2 days ago"; today's and yesterday's
name with a clock, in the locale's medium date-and-time pattern: "Heute, 10:15"), with no date to read.

CLDR's short pattern ("5/3/24", "3/5/24") is left out by default: its two-digit year and its order of day and
month are the locale's, which a page does not state; `--short` adds it.
"""

from __future__ import annotations

import argparse
import datetime
import pkgutil
import random
import sys
from collections import Counter
from pathlib import Path

import dateparser.data.date_translation_data as locale_data
from babel import Locale, localedata
from babel.dates import format_date, format_datetime, format_skeleton, format_time, format_timedelta

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from curation.clean import clean_text, parse_date  # noqa: E402
from curation.spans import apply_spans  # noqa: E402

DAY = datetime.datetime(2024, 3, 5, 10, 15)
EXPECTED = "2024-03-05"
SENTENCES = HERE.parent.parent.parent / "shared" / "data" / "langid" / "sentences"
HEADLINE_STOPS = ".。।۔॥ "  # a headline carries no full stop


def forms(locale: Locale, short: bool) -> dict[str, str]:
    """The day in the locale's patterns, by pattern name."""
    written = {name: format_date(DAY, name, locale=locale) for name in ("full", "long", "medium")}
    written["medium time"] = format_datetime(DAY, "medium", locale=locale)
    # with a short weekday: "Di., 5. März 2024", "Di., 5.3.2024", "2024/3/5(火)"
    written["weekday"] = format_skeleton("yMMMEd", DAY, locale=locale)
    written["weekday, numeric"] = format_skeleton("yMEd", DAY, locale=locale)
    if short:
        written["short"] = format_date(DAY, "short", locale=locale)
    return written


def relative_times(locale: Locale) -> dict[str, str]:
    """Three times ago in the locale's words, by unit."""
    ago = {"hours": datetime.timedelta(hours=-3), "minutes": datetime.timedelta(minutes=-25)}
    ago["days"] = datetime.timedelta(days=-2)
    times = {f"ago, {unit}": format_timedelta(delta, add_direction=True, locale=locale) for unit, delta in ago.items()}
    days = locale._data["date_fields"]["day"]["relative"]  # Babel's CLDR data: {0: "heute", -1: "gestern", ...}
    clock = format_time(DAY, "short", locale=locale)
    for name, offset in (("today", 0), ("yesterday", -1)):
        day = days[offset]
        day = day[:1].upper() + day[1:]  # as it opens a line
        times[f"{name}, clock"] = locale.datetime_formats["medium"].format(clock, day).replace("'", "")
    return times


def document(lang: str) -> tuple[str, list[str]] | None:
    """A headline and three paragraphs in the language, from its sentences: the headline a short sentence without
    digits or brackets, opening with a capital where the script has them; None without the sentences."""
    path = SENTENCES / f"{lang}.txt"
    if not path.exists():
        return None
    sentences = path.read_text(encoding="utf-8").splitlines()
    body = [s for s in sentences if 80 < len(s) < 250 and not s[:1].isdigit()]
    random.Random(lang).shuffle(body)
    cased = sum(s[:1].isupper() for s in sentences) > len(sentences) / 2
    headlines = [
        s
        for s in sentences
        if 30 < len(s) < 80
        and not any(c.isdigit() or c in ':|()"' for c in s)
        and (s[0].isupper() if cased else not any(c.isascii() and c.isalpha() for c in s))
    ]
    if not headlines or len(body) < 6:
        return None
    return headlines[0].rstrip(HEADLINE_STOPS), [" ".join(body[k : k + 2]) for k in range(0, 6, 2)]


def in_layout(headline: str, paragraphs: list[str], line: str, expected: str | None = EXPECTED) -> list[str]:
    """What `clean_text` gets wrong of the date line under the headline."""
    text = f"{headline}\n{line}\n\n" + "\n\n".join(paragraphs) + "\n"
    cleaned = clean_text(text)
    out = apply_spans(text, cleaned.removed).split("\n")
    checks = (
        ("date", cleaned.published == expected),
        ("left", line not in out),
        ("title", cleaned.title == headline),
        ("text", all(p in out for p in paragraphs)),
    )
    return [name for name, ok in checks if not ok]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=0, help="misses to print")
    parser.add_argument("--short", action="store_true", help="add CLDR's short pattern")
    args = parser.parse_args()
    known = {m.name for m in pkgutil.iter_modules(locale_data.__path__)}
    langs = sorted(code for code in localedata.locale_identifiers() if "_" not in code and code in known)
    read, laid = Counter(), Counter()
    shown: list[str] = []
    for lang in langs:
        doc = document(lang)
        for name, line in forms(Locale.parse(lang), args.short).items():
            read[name, "tried"] += 1
            if (iso := parse_date(line)) != EXPECTED:
                read[name, "wrong"] += 1
                shown.append(f"{lang} {name} read {iso}: {line!r}")
            if doc is None:
                continue
            laid[name, "tried"] += 1
            if misses := in_layout(*doc, line):
                laid[name, "wrong"] += 1
                laid.update((name, miss) for miss in misses)
                shown.append(f"{lang} {name} under a headline {'/'.join(misses)}: {line!r}")
        for name, line in relative_times(Locale.parse(lang)).items() if doc else ():
            laid[name, "tried"] += 1
            if misses := in_layout(*doc, line, expected=None):
                laid[name, "wrong"] += 1
                laid.update((name, miss) for miss in misses)
                shown.append(f"{lang} {name} under a headline {'/'.join(misses)}: {line!r}")
    names = [*forms(Locale.parse("en"), args.short), *relative_times(Locale.parse("en"))]
    with_sentences = sum(document(lang) is not None for lang in langs)
    print(f"{len(langs)} languages; under a headline, the {with_sentences} with sentences")
    print("| pattern | read | wrong | under a headline | wrong | date | left | title | text |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in [*names, None]:
        keys = names if name is None else [name]
        cells = [sum(table[k, field] for k in keys) for table, field in ((read, "tried"), (read, "wrong"))]
        cells += [sum(laid[k, field] for k in keys) for field in ("tried", "wrong", "date", "left", "title", "text")]
        print(f"| {name or 'all'} | " + " | ".join(map(str, cells)) + " |")
    for entry in shown[: args.examples]:
        print(entry)


if __name__ == "__main__":
    main()
