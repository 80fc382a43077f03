"""Header metadata on unseen site shapes: wire datelines, titles under labels, dates, bylines."""

from __future__ import annotations

import re

import pytest
from cleaning import BODY, BODY2, TITLE, assert_idempotent, removed_lines

from curation.clean import (
    _bare_names,
    _byline,
    _fields_after_date,
    _is_ticker,
    _name_before_role,
    _opening_date,
    _without_site,
    clean_text,
    parse_authors,
    parse_date,
)
from curation.spans import apply_spans

SENTENCE = "The first sentence of the article is here. And more."


@pytest.mark.parametrize(
    ("first", "iso"),
    [
        ("CHICAGO, Sept. 4, 2024 /PRNewswire/ -- ", "2024-09-04"),  # abbreviated month, agency in slashes, "--"
        ("HAMBURG, 3. Okt. 2023 /PRNewswire/ -- ", "2023-10-03"),  # an abbreviation's dot before the year
        ("DENVER, Oct. 2, 2022 (GLOBE NEWSWIRE) -- ", "2022-10-02"),
        ("ŁÓDŹ, 3 marca 2022 r. /PAP/ – ", "2022-03-03"),  # Polish capitals, "r." after the year
        ("İZMİR, 7 Haziran 2021 — ", "2021-06-07"),  # Turkish capitals
        ("Press release – Leeds, 4 June 2020 – ", "2020-06-04"),  # a press-release label first
        ("Bilbao, 9 de mayo de 2019 – Nota de prensa – ", "2019-05-09"),  # the label after the date
        ("Graz, 12. März 2018 — Pressemitteilung — ", "2018-03-12"),
        ("Харків, 5 травня 2017 р. — прес-реліз — ", "2017-05-05"),
        ("Malmö, 8 april 2016 – Pressmeddelande – ", "2016-04-08"),
        ("AUSTIN--(BUSINESS WIRE)--", None),  # glued dashes after the agency
        ("BRÜKSEL, 23 Haziran 2016 / ", "2016-06-23"),  # a slash after the date
        ("न्यूयॉर्क, २२ मे २०१६ (Meridian News) : ", "2016-05-22"),  # a place in a script without capitals
        ("سنگاپور، 27 جون 2024: ", "2024-06-27"),  # an Arabic comma after the place
        ("КАЗАНЬ, 28 марта. /ТАСС/. ", None),  # TASS: the day and month only, the agency in slashes
        ("НОВОСИБИРСК, 13 июня — РИА Новости. ", None),  # RIA: the agency and a full stop after the dash
        ("CIUDAD DE MÉXICO, 23 de septiembre (EFE).- ", None),  # EFE: ".-" after the agency
        ("به گزارش خبرگزاری مهر، ", None),  # Persian "according to the report of Mehr news agency,"
        ("تبریز- ایرنا- ", None),  # a place and IRNA, each before a dash
        ("央广网西安7月16日消息 ", None),  # "news" (消息) for "电" after the place and the day
    ],
)
def test_wire_dateline_grammar_cuts_only_the_prefix(first: str, iso: str | None) -> None:
    _assert_only_the_prefix_cut(first, iso)


def _assert_header_read(header: str, authors: list[str]) -> None:
    """The header's lines over BODY give TITLE, these authors and 5 March 2024, and only BODY stays."""
    text = f"{header}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, "2024-03-05")
    assert apply_spans(text, cleaned.removed).strip() == BODY


def _assert_only_the_prefix_cut(first: str, iso: str | None) -> None:
    text = f"{TITLE}\n\n{first}{SENTENCE}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.published == iso
    assert SENTENCE in apply_spans(text, cleaned.removed).split("\n")


@pytest.mark.parametrize(
    "first",
    [
        "Press release writers, 4 of them, met in June – and argued.",  # no date is read
        "Leeds, 4 June 2020 – 30 people came to the meeting. And more.",  # the sentence is kept after the dash
        "He said, 23 people / The commission said on Thursday it would review the plan.",  # no date
    ],
)
def test_wire_dateline_near_misses_keep_the_sentence(first: str) -> None:
    text = f"{TITLE}\n\n{first}\n\n{BODY}\n"
    out = apply_spans(text, clean_text(text).removed)
    assert first.split("– ")[-1] in out


def test_a_date_inside_the_first_sentence_is_no_publication_date() -> None:
    # a date the text tells of, inside a sentence of a paragraph's length, is an event's; at its start, a dateline's
    event = "The asteroid was found on 28 September 2009 by a telescope in Chile, the observatory said on Monday."
    assert clean_text(f"{TITLE}\n\n{event}\n\n{BODY}\n\n{BODY2}\n").published is None
    glued = "MASAKA – Friday, 15 November 2019, 12:19 — The engineers who repaired the cathedral met the bishop again."
    assert clean_text(f"{TITLE}\n\n{glued}\n\n{BODY}\n\n{BODY2}\n").published == "2019-11-15"


@pytest.mark.parametrize(
    "above",
    [
        ("EXCLUSIVE",),  # a kicker label
        ("MEINUNG",),
        ("DAX 18.204,11 +0,3 % · EUR/USD 1,0842 · Gold 2.310 $",),  # a market ticker row
        ("Switch to the desktop version", "OPINION"),  # a site banner and a section label
    ],
)
def test_labels_above_a_confirmed_headline_are_navigation(above: tuple[str, ...]) -> None:
    text = "\n\n".join([*above, TITLE, "By Anna Miller", "3 March 2024", BODY, BODY2]) + "\n"
    cleaned = clean_text(text)
    assert cleaned.title == TITLE
    removed = removed_lines(text)
    assert all(removed.get(line) == "navigation" for line in above)
    assert_idempotent(text)


def test_a_longer_line_above_an_unknown_byline_is_not_a_label() -> None:
    # the line under the headline is an unrecognized byline: it is not the title, the headline is not navigation
    text = f"{TITLE}\n\nANNA NOWAK I JAN KOWALSKI / Gazeta Lokalna\n\n3 March 2024\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.title in (None, TITLE)
    assert removed_lines(text).get(TITLE) in (None, "title")
    assert_idempotent(text)


@pytest.mark.parametrize("headline", [TITLE, "Five new towns this year"])
def test_a_headline_line_below_the_byline(headline: str) -> None:
    """A second headline-like line after the byline: the headline the byline stands under is the title, whether or
    not its article's words confirm it, and the line under the byline stays text."""
    text = f"EXCLUSIVE\n\n{headline}\n\nBy Anna Miller\n\nA subheading opens the article\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.title == headline
    assert "A subheading opens the article" in apply_spans(text, cleaned.removed)
    assert_idempotent(text)


HEADLINE = "Five new towns were founded in the valley this year"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        (f"Regional news and views\n\n{HEADLINE}", HEADLINE),  # a shorter label above
        (f"{HEADLINE}\n\nFive new towns this year", HEADLINE),  # a shorter line below
        # as long, both as short as a kicker: nothing tells them apart, and a scraper writes the title first
        ("Five new towns here\n\nTen old bridges there", "Five new towns here"),
    ],
)
def test_the_longest_of_several_headlines_with_no_byline_or_dateline(header: str, title: str | None) -> None:
    """Headline-like lines that no byline, dateline or article word tells apart, the first of them short: the
    headline outgrows the kickers, section labels and slugs around it."""
    text = f"{header}\n\n{BODY}\n"
    assert clean_text(text).title == title
    assert_idempotent(text)


@pytest.mark.parametrize(
    "above",
    [
        "Gor Mahia 0–0 AFC Leopards tonight",  # a score
        "Not displaying correctly? Open it in your browser",  # two sentences: a prompt
        "Նամակը ճիշտ չի՞ երևում։ Բացեք այն ձեր բրաուզերում",  # two sentences, Armenian's full stop between
        "Photo: the author's own personal archive",  # a credit's label
        "SPECIAL REPORT FROM THE VALLEY TODAY",  # capitals: a badge
        "重污染天气橙色预警",  # nine Chinese letters: a badge ("heavy pollution orange alert")
    ],
)
def test_a_field_over_a_confirmed_headline_is_no_headline(above: str) -> None:
    """Over the line a byline stands under, only a line that can be nothing but a headline takes the title from it."""
    headline = "The old school in the valley town opened again last week"
    text = f"{above}\n{headline}\nBy Jane Smith — 23 January 2021\n\n{BODY}\n"
    assert clean_text(text).title == headline


@pytest.mark.parametrize(
    "under",
    [
        "Ten old bridges were rebuilt along the river last spring",  # as long
        "The old school in the valley town opened again last week",  # longer, with no stop
    ],
)
@pytest.mark.parametrize(
    "first",
    [
        HEADLINE,
        "Towns: Five were founded in the valley",
        "Can towns grow this fast?",
        "“Five towns were founded in one year”",  # a quote
        "«Five towns were founded in one year»",
    ],
)
@pytest.mark.parametrize("confirm", ["", "By Jane Smith — 23 January 2021\n", "23 January 2021\n"])
def test_the_first_headline_length_line_is_the_headline(first: str, under: str, confirm: str) -> None:
    """Of two headline-like lines with no byline, dateline or article word to tell them apart, the first is the
    headline when it is too long for a kicker: a scraper writes the title first, and the line under it, however
    long, is its standfirst or the article's first line, which must stay; a byline or dateline under that line does
    not make it the headline."""
    text = f"{first}\n\n{under}\n{confirm}\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.title == first
    assert under in apply_spans(text, cleaned.removed).splitlines()


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (f"{TITLE} | Evening Standard", TITLE),
        (f"{TITLE} - Westdeutsche Zeitung", TITLE),  # an outlet word after a dash
        (f"{TITLE} — NordPress", TITLE),  # a brand after a dash
        (
            "Brexit talks enter a new phase - The Final Countdown",
            "Brexit talks enter a new phase - The Final Countdown",
        ),
        ("Ministers meet the unions again - Die", "Ministers meet the unions again - Die"),
        (f"{TITLE} - iDNES.cz", TITLE),  # a web address after a dash
        (f"{TITLE} – HVG.hu", TITLE),
        (f"{TITLE} - Yle Uutiset", TITLE),  # "news" in Finnish
        (f"{TITLE} - Zprávy", TITLE),
        ("Prices rose again this year - 4.5", "Prices rose again this year - 4.5"),  # a number is no address
        (f"{TITLE} | Politics | Evening Standard", TITLE),  # the section, then the site
        (f"{TITLE} | Politik - Westdeutsche Zeitung", TITLE),
        (
            "Brexit talks enter a new phase - The Final Countdown | Evening Standard",
            "Brexit talks enter a new phase - The Final Countdown",
        ),
        (f"{TITLE} | Transfer news | Global Times Online", TITLE),  # a section in lowercase, then the site
        (f"{TITLE} — Трансферы — Meridian News", TITLE),
        (f"{TITLE} | Top 10 | Global Times Online", f"{TITLE} | Top 10"),  # a figure: no section's name
        (f"{TITLE} – in pictures | The Observer", TITLE),  # another mark, but in lowercase
        (f"{TITLE} - Recensione | Global Times Online", TITLE),  # another mark, but one word
        (f"{TITLE} :: Evening Standard", TITLE),  # a forum's or a CMS's marks
        (f"{TITLE} » Courier.com", TITLE),
        ("Rates rise again » Prices fall", "Rates rise again » Prices fall"),  # no site after the mark
    ],
)
def test_site_name_after_the_headline_is_dropped_from_the_title(line: str, title: str) -> None:
    text = f"{line}\n\nBy Anna Miller\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.title == title
    assert removed_lines(text).get(line) == "title"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2021-05-03T08:15:00Z", "2021-05-03"),  # ISO timestamps with a zone
        ("2021-05-03T08:15:00.000+01:00", "2021-05-03"),
        ("Posted 2021-05-03T08:15:00-0500", "2021-05-03"),
        ("Feb. 9, 2021 7:05 AM ET", "2021-02-09"),  # AP style: abbreviated month, 12-hour clock, zone
        ("Last modified: Dec. 1, 2020 10:40 p.m. EST", "2020-12-01"),
        ("4 Şub 2020 Sal, 09:10", "2020-02-04"),  # abbreviated Turkish month and weekday
        ("19 Eki 2021 Paz", "2021-10-19"),  # a weekday abbreviation that is a month's elsewhere
        ("Mar 09/02/2021", "2021-02-09"),  # "Mar" for martes before a numeric date
        ("Sáb 13/03/2021 - 10:20 CET", "2021-03-13"),
        ("2024-09-05 15:04 CEST", "2024-09-05"),  # a zone after a numeric date and time
        ("Monday 4 March 2024 15:45, UK", "2024-03-04"),  # Sky News: the zone after a comma
        ("الثلاثاء 25 دجنبر 2018 - 16:21", "2018-12-25"),  # Moroccan Arabic month names
        ("الأربعاء 19 غشت 2015", "2015-08-19"),
        ("Last Updated: Tuesday, December 5, 2023, 10:30 [IST]", "2023-12-05"),  # in brackets
        ("La daabacay: 20-ka Janaayo 2015 - 10:14", "2015-01-20"),  # Somali: "the" glued to the day
        ("Axad, 16-ka Desembar 2018", "2018-12-16"),
        ("Datum: 03.Mär.19", "2019-03-03"),  # a month's name between the day and a two-digit year
        ("03-MAR-19 10:30", "2019-03-03"),
        # day and month either way: the weekday named before tells (5 March 2024 was a Tuesday, 3 May a Friday)
        ("Tue, 03/05/2024 - 10:00", "2024-03-05"),
        ("Fri, 03/05/2024", "2024-05-03"),
        ("Mar 03/05/2024", "2024-03-05"),  # Spanish "martes"
        ("Wed, 03/05/2024", "2024-05-03"),  # neither reading's weekday: the day first
        # a clock in a time zone of the United States: month first, as the United States writes it
        ("03/05/2024 10:15 AM EST", "2024-03-05"),
        ("Posted: 03-05-2024 9:05 p.m. ET", "2024-03-05"),
        ("Fri, 03/05/2024 10:15 PT", "2024-05-03"),  # the weekday named says otherwise
        ("03.05.2024 10:15 EST", "2024-05-03"),  # dots: the day first, whatever the zone
        ("03/05/2024 10:15 et 11:00", "2024-05-03"),  # the French "and" is no zone
        ("A tẹ̀ ẹ́ jáde ní ọjọ́ 17 oṣù Ṣẹ́rẹ́ ọdún 2015", "2015-01-17"),  # Yoruba "published on day 17 …"
    ],
)
def test_dates_with_zones_and_abbreviations(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("۱۴ آذر ۱۴۰۲", "2023-12-05"),  # Solar Hijri, Persian digits
        ("سه‌شنبه ۱۴ آذر ۱۴۰۲ - ۱۲:۳۴", "2023-12-05"),  # a weekday written with a zero-width non-joiner
        ("دوشنبه ۲۸ اسفند ۱۴۰۲ ساعت ۱۰:۳۰", "2024-03-18"),  # the year's last month: March of the next
        ("1 فروردین 1403", "2024-03-20"),  # the new year
        ("۲۵ دي ۱۴۰۲", "2024-01-15"),  # Arabic "ي" in a Persian month's name
        ("14 قوس 1402", "2023-12-05"),  # an Afghan month's name
        ("۱۴۰۲/۰۹/۱۴ ۱۲:۳۴", "2023-12-05"),  # numeric, the year first
        ("5 ديسمبر 2023", "2023-12-05"),  # Arabic December holds "دي", no Persian month
    ],
)
def test_solar_hijri_dates_in_the_common_era(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "انتخابات ۱۴ آذر ۱۴۰۲ برگزار شد",  # a sentence with a date in it
        "۱۴۴۵/۰۵/۲۱",  # a lunar Hijri year: no solar one
        "۳۱ مهر ۱۴۰۲",  # the second half-year's months have 30 days
    ],
)
def test_solar_hijri_near_misses_are_no_date(line: str) -> None:
    assert parse_date(line) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # what a browser's or ICU's date formatting writes (CLDR's patterns; eval/boilerplate/date_probes.py)
        ("5. mar. 2024 10.15.00", "2024-03-05"),  # Danish: a clock after dots, not 10 December 2000
        ("5 Mar 2024 10.15.00", "2024-03-05"),  # Indonesian
        ("05.03.2024 10.15.00", "2024-03-05"),
        ("05\u200f/03\u200f/2024", "2024-03-05"),  # Arabic: direction marks between the numbers
        ("05\u200f/03\u200f/2024، 10:15:00 ص", "2024-03-05"),  # and the morning's "ص"
        ("5 Μαρ 2024, 10:15:00\u202fπ.μ.", "2024-03-05"),  # Greek "π.μ." (a.m.)
        ("5 mar 2024, 10:15:00\u202fp.d.", "2024-03-05"),  # Albanian "p.d."
        ("2024년 3월 5일 오후 3:15", "2024-03-05"),  # Korean "오후" (p.m.) before the clock
        ("2024/3/5(火)", "2024-03-05"),  # a Japanese weekday's one letter after a numeric date
        ("2024. 3. 5. (화) 오전 10:15", "2024-03-05"),  # a Korean one
        ("Mas 5, 2024", "2024-03-05"),  # Zulu's abbreviation
        ("5 Kur 2024", "2024-03-05"),  # Shona's
        ("Gepubliceerd op 19 april 2016", "2016-04-19"),  # not Yoruba's December "ọ̀p" unmarked
    ],
)
def test_dates_as_browsers_format_them(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    "line",
    [  # dateparser's phrases for a time ago, which the lexicon does not write: Hungarian, Catalan, Tamil, Chinese,
        # Korean, Afrikaans, and after a one-word label ("Frissítve", updated)
        "3 órával ezelőtt",
        "fa 3 hores",
        "25 நிமிடங்களுக்கு முன்",
        "3小时前",
        "3시간 전",
        "2 dae gelede",
        "Frissítve: 3 órája",
    ],
)
def test_a_relative_time_under_the_headline_is_a_dateline(line: str) -> None:
    text = f"{TITLE}\n{line}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (TITLE, None)
    assert removed_lines(text).get(line) == "dateline"


@pytest.mark.parametrize(
    "line",
    [  # today or yesterday and a clock, in dateparser's words for them
        "Heute, 10:15 Uhr",
        "Yesterday at 6:30 PM",
        "I dag 10:15",
        "Aujourd’hui à 10h15",
        "Ma 10:15",  # Hungarian: today, not a morning's "ma"
        "昨天 18:30",
        "اليوم، 10:15 ص",
        "Gaur (10:15)",  # Basque
    ],
)
def test_today_or_yesterday_and_a_clock_under_the_headline_is_a_dateline(line: str) -> None:
    text = f"{TITLE}\n{line}\n\n{BODY}\n\n{BODY2}\n"
    assert removed_lines(text).get(line) == "dateline"
    assert clean_text(text).title == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Seit 3 Stunden warten wir.",
        "3 hours",
        "Page 3 of 10",
        "−3 d",
        "Updated 3 hours ago and counting",
        "Heute 20:15 Uhr: Tatort",  # a programme: more than a day and a clock
        "Today",  # no clock: a menu's item as well
    ],
)
def test_near_misses_of_a_relative_time_are_no_dateline(line: str) -> None:
    assert removed_lines(f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY2}\n").get(line) != "dateline"


@pytest.mark.parametrize("line", ["19.10.19", "Updated 19.10.19 10.15"])
def test_a_two_digit_year_without_another_year_is_still_a_date(line: str) -> None:
    assert parse_date(line) == "2019-10-19"


@pytest.mark.parametrize(
    "line", ["3 hours ago", "vor 2 Stunden", "Mar 3 people", "10:30 etwas später 2021", "12-foo-19", "v1.abc.19"]
)
def test_relative_times_and_near_misses_are_no_date(line: str) -> None:
    assert parse_date(line) is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("KLAUS WEBER, HAMBURG", ["KLAUS WEBER"]),  # names in capitals, then a place
        ("INÉS MORA Y LUIS VEGA / SEVILLA", ["INÉS MORA", "LUIS VEGA"]),
        ("Hakan Arslan / Ankara", ["Hakan Arslan"]),  # a one-word place after a slash
        ("ПЁТР ВОЛКОВ / Северные Вести", ["ПЁТР ВОЛКОВ"]),  # an outlet after a slash
        ("By Laura Price and Tom Reed in Brussels", ["Laura Price", "Tom Reed"]),  # a place after "in"
        ("Sofia Lima e Rui Costa, de Lisboa", ["Sofia Lima", "Rui Costa"]),
        ("Noor de Wit, Bas Kok, Den Bosch", ["Noor de Wit", "Bas Kok"]),  # a place opening with a particle
        ("LUCA FERRI, A MILANO", ["LUCA FERRI"]),
        ("Daan Smit en Lotte Bos", ["Daan Smit", "Lotte Bos"]),  # "en" joins names in Dutch: no place
        ("Waxaa qoray Hodan Yuusuf, Maxamed Nuur", ["Hodan Yuusuf", "Maxamed Nuur"]),  # Somali "written by"
        ("Òǹkọ̀wé: Bọ́lánlé Ògúnlẹ́yẹ", ["Bọ́lánlé Ògúnlẹ́yẹ"]),  # Yoruba "author"
        ("எழுத்து: திவ்யா வேலுசாமி மற்றும் செந்தில் ராஜேந்திரன்", ["திவ்யா வேலுசாமி", "செந்தில் ராஜேந்திரன்"]),  # Tamil
        ("மீனாட்சி சண்முகம் மற்றும் அருண் கிருஷ்ணன் எழுதியது", ["மீனாட்சி சண்முகம்", "அருண் கிருஷ்ணன்"]),  # "… wrote"
        ("பாலாஜி வேலுசாமி (செய்தி, படங்கள்)", ["பாலாஜி வேலுசாமி"]),  # a role in a script without case: news, pictures
        ("প্রতিবেদন: সৌরভ চৌধুরী ও আরিফ দাশগুপ্ত", ["সৌরভ চৌধুরী", "আরিফ দাশগুপ্ত"]),  # Bengali "report", "and"
        ("รายงานโดย กมลชนก จันทร์เพ็ญ และ สุดารัตน์ ศรีสุข", ["กมลชนก จันทร์เพ็ญ", "สุดารัตน์ ศรีสุข"]),  # Thai "reported by"
        (
            "Yakanyorwa naNyasha Mapfumo, Tinashe Moyo na Farai Chigumba",
            ["Nyasha Mapfumo", "Tinashe Moyo", "Farai Chigumba"],
        ),
    ],
)
def test_byline_places_and_capitals(byline: str, authors: list[str]) -> None:
    text = f"{TITLE}\n\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.authors == authors
    assert removed_lines(text).get(byline) == "byline"


@pytest.mark.parametrize(
    "byline",
    [
        "By News Desk",
        "Von unserer Sportredaktion",
        "Par la rédaction",
        "Redakcja",
        "Подготовлено редакцией",
        "Agencies",
        "Por Redacción BBC Mundo",  # a label, the desk, then the outlet: no one named "BBC Mundo"
    ],
)
def test_staff_bylines_have_no_authors(byline: str) -> None:
    text = f"{TITLE}\n\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.authors == []
    assert removed_lines(text).get(byline) == "byline"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Von Deutscher Tennis Bund", []),
        ("By Ohio State University", []),
        ("Von Polizei Berlin", []),
        ("By Team Tagesschau", []),
        ("By Thomas Bund", ["Thomas Bund"]),  # a known given name: a surname that is such a word
    ],
)
def test_an_organisation_credited_in_a_byline_is_no_author(byline: str, authors: list[str]) -> None:
    text = f"{TITLE}\n\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == authors


def test_a_staff_word_in_a_role_keeps_the_author() -> None:
    text = f"{TITLE}\n\nAnna Miller | Staff Reporter\n\n{BODY}\n"
    assert clean_text(text).authors == ["Anna Miller"]


def test_a_staff_word_in_a_sentence_is_content() -> None:
    line = "The editorial team met the minister twice."
    text = f"{TITLE}\n\n{line}\n\n{BODY}\n"
    assert line in apply_spans(text, clean_text(text).removed).split("\n")


@pytest.mark.parametrize(
    "label",
    [
        "SON DAKİKA",
        "ПОСЛЕДНИЕ НОВОСТИ",
        "WIG 2 401,10 +0,5% | WIG20 2 310,01 −0,2% | EUR/PLN 4,30",
        "DAX ▲ 0.6% | Dow 39,118.86 ▼0.12% | EUR/USD 1.08",  # an index without figures, an arrow, its change
        "سینسیکس ▲ 0.6% | نفٹی 24,310 | ڈالر 84.20 روپے",
    ],
)
@pytest.mark.parametrize("headline", [TITLE, "Five new towns this year"])
def test_labels_and_tickers_above_the_headline_go_even_without_a_title(label: str, headline: str) -> None:
    # a headline-like line under the byline leaves the title undecided unless the article's words confirm the
    # headline; the label above the headline goes either way
    text = f"{label}\n\n{headline}\n\nBy Anna Miller\n\nA second unpunctuated line here\n\n{BODY}\n"
    assert removed_lines(text).get(label) == "navigation"
    assert_idempotent(text)


ARABIC_BODY = (
    "قال التجار إن الأسعار ارتفعت بسبب تكاليف النقل والطحين، وإن الزبائن يشترون كميات أقل من المعتاد هذا الشهر."
)


@pytest.mark.parametrize(
    ("rows", "headline", "fields", "body"),
    [
        (
            ["FTSE 100 8,164.12 +0.4% | GBP/USD 1.2714 | Brent $86.41", "Gold $2,310.50 | Bitcoin $64,120.00"],
            "Central bank holds its key rate at five percent",
            ["12 March 2024", "By Jane Smith"],
            BODY,
        ),
        (
            ["EGX30 ▲ 0.8% | الدولار 48.65 جنيه | ذهب عيار 21: 3745 جنيه", "اليورو 52.10 | الريال السعودي 12.96"],
            "البنك المركزي: الخالق الرحمٰن الذي ينظر كل شيء الذي يتولّد بآخر الزمان",
            ["الثلاثاء، 20 مايو 2025 09:56 ص", "محمود عبدالفتاح - محرر الشؤون الاقتصادية"],
            ARABIC_BODY,
        ),
    ],
)
def test_a_tickers_second_row_of_two_items_is_no_headline(
    rows: list[str], headline: str, fields: list[str], body: str
) -> None:
    """A ticker wraps onto a second row, which alone reads as a short headline over the site's menu and the real
    headline."""
    header = "\n".join([*rows, "Economy | Banks | Markets | Energy", headline, *fields])
    text = f"{header}\n\n{body}\n\n{body}\n"
    assert clean_text(text).title == headline
    assert removed_lines(text).get(rows[1]) == "navigation"


@pytest.mark.parametrize(
    ("line", "ticker"),
    [
        ("DAX ▲ 0.6% | Dow 39,118.86 ▼0.12% | EUR/USD 1.08", True),  # an index's name without figures, then its change
        ("سینسیکس ▲ 0.6% | نفٹی 24,310 | ڈالر 84.20 روپے", True),
        ("News | 2024 | Sport", False),  # a year between a menu's items
    ],
)
def test_a_ticker_item_is_a_name_and_its_figures_even_across_an_arrow(line: str, ticker: bool) -> None:
    assert _is_ticker(line) is ticker


def test_two_figures_between_bars_without_a_ticker_beside_them_stay() -> None:
    line = "Turnout 61.5% | Valid votes 98.2%"  # a result's line in the text, no ticker row beside it
    text = f"{TITLE}\n12 March 2024\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert line in apply_spans(text, clean_text(text).removed).split("\n")


def test_a_capitals_line_without_a_headline_after_it_stays() -> None:
    text = f"{TITLE}\n\nNEW RULES\n\n{BODY}\n"
    assert "NEW RULES" in apply_spans(text, clean_text(text).removed).split("\n")


@pytest.mark.parametrize("line", ["Newsroom cuts at the Herald", "Climate Talks in Paris", "Department of Health"])
def test_headline_like_lines_with_a_desk_word_or_a_place_are_no_byline(line: str) -> None:
    text = f"{TITLE}\n\n{line}\n\n{BODY}\n"
    assert removed_lines(text).get(line) != "byline"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("18. 2. 2020 22:45", "2020-02-18"),  # Czech/Slovak numeric dates with spaces after the dots
        ("2024. 11. 27. 12:07", "2024-11-27"),  # Hungarian: year first, a dot after each part
        ("2016. május 17. 07:19", "2016-05-17"),
        ("2025. február 19., szerda", "2025-02-19"),
        ("pondelok, 25. septembra 2017 o 15:24", "2017-09-25"),  # Slovak genitive and "o"
        ("sâmbătă, 14 mai 2016, ora 09:50", "2016-05-14"),
        ("Σάββατο 23 Σεπτεμβρίου 2017, 21:51", "2017-09-23"),  # Greek genitive
        ("25 ΜΑΪΟΥ 2020", "2020-05-25"),  # Greek in capitals, without the accent
        ("сряда, 22 февруари 2023 г.", "2023-02-22"),
        ("22.09.2020 г., 12:28 ч.", "2020-09-22"),
        ("15. siječnja 2024.", "2024-01-15"),  # Croatian
        ("5. јануара 2024. године", "2024-01-05"),  # Serbian Cyrillic genitive
        ("12. marca 2023", "2023-03-12"),  # Slovenian genitive
        ("2024. gada 5. janvārī", "2024-01-05"),  # Latvian locative
        ("2024 m. sausio 5 d.", "2024-01-05"),  # Lithuanian
        ("5. jaanuar 2024 kell 12:00", "2024-01-05"),  # Estonian
        ("5 ta' Jannar 2024", "2024-01-05"),  # Maltese
        ("5 d'abril de 2024", "2024-04-05"),  # Catalan
        ("Senin, 5 Februari 2024 pukul 10.00 WIB", "2024-02-05"),  # Indonesian
        ("25.11.2026 klo 14.32", "2026-11-25"),
        ("1. unora 2020", "2020-02-01"),  # typed without accents
        ("25.11.2026. u 14:32 sati", "2026-11-25"),  # Croatian/Serbian
        ("Chủ nhật, ngày 25 tháng 11 năm 2026 lúc 14:32", "2026-11-25"),  # Vietnamese numbers its months
        ("Thứ tư, 25/11/2026, 14:32 (GMT+7)", "2026-11-25"),  # a zone offset in parentheses
        ("2024-09-05 15:04 UTC+02:00", "2024-09-05"),
        ("25 نوفمبر 2026", "2026-11-25"),  # Arabic
        ("25 בנובמבר 2026", "2026-11-25"),  # Hebrew, the preposition glued to the month
        ("25 नवंबर 2026", "2026-11-25"),  # Hindi: vowel signs inside the month
        ("2026年11月25日 14:32", "2026-11-25"),  # Chinese/Japanese numbered parts
        ("2026년 11월 25일", "2026-11-25"),  # Korean
        ("Jumatano, 25 Novemba 2026", "2026-11-25"),  # Swahili
        ("2026. november 25-én", "2026-11-25"),  # Hungarian "on the 25th"
        ("25. novembril 2026", "2026-11-25"),  # Estonian adessive
    ],
)
def test_dates_in_more_languages(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize("line", ["V 16. století", "I 2024 X", "Kapitola 5. 2024 let"])
def test_more_languages_near_misses_are_no_date(line: str) -> None:
    assert parse_date(line) is None


@pytest.mark.parametrize(
    ("first", "iso"),
    [
        ("Praha 18.03.2017 (ČTK) - ", "2017-03-18"),  # a title-case place, no comma, the agency after the date
        ("BRNO 24.11.2015 (ČTK) – ", "2015-11-24"),
        ("Bratislava 26. 3. 2016 (TASR) - ", "2016-03-26"),
        ("București, 18.12.2020 11:06 /Agerpres/ - ", "2020-12-18"),  # an agency in slashes, title case
        ("DEBRECEN, 2019. 02. 14. 12:17 (MTI) - ", "2019-02-14"),
        ("HELSINKI 19. toukokuuta 2018 klo 20.41 (STT) – ", "2018-05-19"),
        ("ΑΘΗΝΑ, 26.12.2020 | 23:58 (ΑΠΕ-ΜΠΕ) - ", "2020-12-26"),  # Greek capitals
        ("Θεσσαλονίκη, 17/02/2025 15:30 – ", "2025-02-17"),  # no agency: a comma, a slash date and a clock
        ("София, 21.09.2022 г., 08:35 ч. (БТА) - ", "2022-09-21"),
        ("Zagreb, 5. siječnja 2024. (HINA) – ", "2024-01-05"),
        ("Ljubljana, 12. marca 2023 (STA) – ", "2023-03-12"),
        ("Vilnius, 2024 m. sausio 5 d. (ELTA) – ", "2024-01-05"),
        ("Bucureşti, 25 noiembrie /Agerpres/ - ", None),  # a day and a month without the year: no date
        ("Αθήνα, 25 Νοεμβρίου (ΑΠΕ-ΜΠΕ) – ", None),
        ("Kuala Lumpur, 25 Nov (Bernama) -- ", None),
        ("Hà Nội, 25/11 (TTXVN) - ", None),
        ("Vilnius, lapkričio 25 d. (ELTA) – ", None),
        ("(ČTK) – ", None),  # the agency alone, first
        ("(MTI) - ", None),
    ],
)
def test_agency_datelines_in_more_languages_cut_only_the_prefix(first: str, iso: str | None) -> None:
    _assert_only_the_prefix_cut(first, iso)


@pytest.mark.parametrize(
    "first",
    [
        "Kapitola 3 (Anna) – the first part was read aloud. And more.",  # no date is read
        "Windows 10 (Microsoft) - the new release came out. And more.",
        "Anna 18.03.2017 (Mia) - she wrote it down. And more.",  # "Mia" is a name, not MIA
        "Mars 25 (NASA) - the rover landed. And more.",  # no month name and day: "Mars 25" is no date here
        "Real Madrid 3 Barcelona 1 (AFP) - the match ended. And more.",
        "(The Velvets) - the band played on. And more.",  # no agency in the parentheses
    ],
)
def test_agency_dateline_near_misses_keep_the_line(first: str) -> None:
    text = f"{TITLE}\n\n{first}\n\n{BODY}\n"
    assert first in apply_spans(text, clean_text(text).removed).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "aktualizováno před 21 hod.",
        "pred 3 hod.",
        "Actualizat acum 23 ore",
        "Frissítve 13 órája",  # Hungarian: "ago" is in the unit
        "23 órája",
        "Päivitetty 21 tuntia sitten",
        "15 t sitten",
        "for 16 t. siden",
        "Opdateret for 19 timer siden",
        "Ενημερώθηκε πριν από 7 ώρες",
        "πριν 7 ώρες",
        "Обновено преди 2 часа",
        "prije 3 sata",
        "3 tundi tagasi",
        "3 jam yang lalu",
        "منذ 3 ساعات",
        "לפני 3 שעות",
        "3 घंटे पहले",
        "3 시간 전",
    ],
)
def test_relative_times_in_more_languages_are_datelines(line: str) -> None:
    text = f"{TITLE}\n\n{line}\n\n{BODY}\n"
    assert removed_lines(text).get(line) == "dateline"


@pytest.mark.parametrize("line", ["Closed for 3 weeks", "Otevřeno před 5 lety a dnes", "Il a 23 ans"])
def test_relative_time_near_misses_stay(line: str) -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert removed_lines(text).get(line) is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Text: Tomáš Černý a Lukáš Novák — 15. 9. 2025 12:07", ["Tomáš Černý", "Lukáš Novák"]),  # Czech "a"
        ("Szerző: Tóth Katalin és Nagy Eszter · 2024. 11. 27. 12:07", ["Tóth Katalin", "Nagy Eszter"]),
        ("Írta: Kovács Eszter — 2017. augusztus 16. 08:11", ["Kovács Eszter"]),
        ("Kirjoittanut Jussi Mäkinen", ["Jussi Mäkinen"]),
        (
            "Af Rasmus Hansen, Louise Jensen og Camilla Rasmussen",
            ["Rasmus Hansen", "Louise Jensen", "Camilla Rasmussen"],
        ),
        ("Γράφει: Μαρία Οικονόμου και Μαρία Ιωάννου", ["Μαρία Οικονόμου", "Μαρία Ιωάννου"]),  # Greek "και"
        ("Συντάκτης: Γιώργος Βασιλείου | 19 Αυγούστου 2025 - 13:47", ["Γιώργος Βασιλείου"]),
        ("Juraj Horváth a Peter Nagy, redaktor | sobota, 26. októbra 2019 o 11:32", ["Juraj Horváth", "Peter Nagy"]),
        ("Horváth Gábor | Belföld rovat · 2017. október 28., szombat", ["Horváth Gábor"]),
        ("Piše: Ivana Horvat i Marko Kovač", ["Ivana Horvat", "Marko Kovač"]),
        ("Autorius: Jonas Petraitis ir Ona Kazlauskienė", ["Jonas Petraitis", "Ona Kazlauskienė"]),
        ("Oleh Budi Santoso dan Siti Rahayu", ["Budi Santoso", "Siti Rahayu"]),
        ("Anna Berg and Dan Smith", ["Anna Berg", "Dan Smith"]),  # "Dan" is a name, "dan" joins names
        ("بقلم: محمد أحمد و علي حسن", ["محمد أحمد", "علي حسن"]),  # Arabic
        ("מאת דנה כהן", ["דנה כהן"]),  # Hebrew
        ("लेखक: राहुल शर्मा और प्रिया सिंह", ["राहुल शर्मा", "प्रिया सिंह"]),  # Hindi: vowel signs in names
        ("โดย สมชาย ใจดี", ["สมชาย ใจดี"]),  # Thai
        ("Bởi Nguyễn Văn An", ["Nguyễn Văn An"]),  # Vietnamese "by"
    ],
)
def test_bylines_in_more_languages(byline: str, authors: list[str]) -> None:
    text = f"{TITLE}\n\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == authors
    assert removed_lines(text).get(byline) == "byline"


@pytest.mark.parametrize(
    ("dateline", "authors", "iso"),
    [
        ("13/05/2016 · 3 phút đọc · Phóng viên Bảo Nam", ["Bảo Nam"], "2016-05-13"),  # Vietnamese "reporter"
        # Indonesian "written by", a role after the name
        ("Jumat, 13 Oktober 2017 — Ditulis oleh Jefri Wattimena, bidan", ["Jefri Wattimena"], "2017-10-13"),
        # an expert's field after the name is no second name
        ("22 Eki 2025 · 9 dk okuma — Hüseyin Tuncel, Çocuk Gelişimi Uzmanı", ["Hüseyin Tuncel"], "2025-10-22"),
        ("March 3, 2024 — Jane Smith, Child Development Specialist", ["Jane Smith"], "2024-03-03"),
        # a role after the names vouches for a given name the list lacks
        ("17 November 2017 · Refilwe Pillay, Pet Care Writer", ["Refilwe Pillay"], "2017-11-17"),
        ("12/15/2020 · Isinulat ni Divina Macaraeg", ["Divina Macaraeg"], "2020-12-15"),  # Tagalog "written by"
        (
            "作者｜高文博、谢佳琪 — 2024.03.26 20:33",
            ["高文博", "谢佳琪"],
            "2024-03-26",
        ),  # a full-width bar after the label
        ("2020.10.15 12:00 | 서주원 기자", ["서주원"], "2020-10-15"),  # the reporter's word after the name
        ("2020.10.15 | 서주원 기자 | 정치부", ["서주원"], "2020-10-15"),  # and a desk after it
        ("2024年5月21日 | 记者 林俊杰", ["林俊杰"], "2024-05-21"),  # the reporter's word before it
    ],
)
def test_a_labelled_byline_after_a_dates_fields(dateline: str, authors: list[str], iso: str) -> None:
    result = clean_text(f"{TITLE}\n\n{dateline}\n\n{BODY}\n\n{BODY2}\n")
    assert (result.authors, result.published) == (authors, iso)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Bảo Linh", ["Bảo Linh"]),  # the list writes "Bao"
        ("Bài: Hoàng Linh", ["Hoàng Linh"]),  # Vietnamese "article:", a label the vocabulary lacks
        ("By Róisín O'Sullivan and Gráinne Gallagher", ["Róisín O'Sullivan", "Gráinne Gallagher"]),  # "Roisin"
        ("Signé Pauline Roux", ["Pauline Roux"]),  # French "signed": "Signe" is a name, "Signé" none
    ],
)
def test_names_the_list_writes_without_their_marks(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{TITLE}\n\n{byline}\n\n{BODY}\n\n{BODY2}\n").authors == authors


@pytest.mark.parametrize("weekday", ["Thứ Tư", "Thứ Bảy", "Chủ Nhật"])
def test_a_vietnamese_weekday_is_no_name(weekday: str) -> None:
    # "Thứ" is "thu" without its marks, a given name in the list: a weekday's word is no name
    assert clean_text(f"{TITLE}\n\n{weekday}\n\n{BODY}\n\n{BODY2}\n").authors == []


ROAD_STANDFIRST = (
    "Following interviews with staff and a review of the plans, the council concluded that the road was safe."
)


@pytest.mark.parametrize(
    ("headline", "dateline", "authors", "iso"),
    [
        # a byline's label after the date's fields is no picture credit
        ("Council backs the new plan", "22 Mayıs 2017 Pazartesi, 10:05 | Haber: Hüseyin Beyoğlu", ["Hüseyin Beyoğlu"],
         "2017-05-22"),
        # a label of two words ("race report:")
        ("Council backs the new plan", "13.08.2022 - 23:48 – Yarış raporu: Gülsen Dağlı", ["Gülsen Dağlı"],
         "2022-08-13"),
        # a headline that opens with a picture credit's word ("Credit") and goes on as no credit does
        ("Credit cards: Please check your facts before posting them as though you knew", "By Madison Henderson",
         ["Madison Henderson"], None),
    ],
)  # fmt: skip
def test_a_byline_under_a_standfirst(headline: str, dateline: str, authors: list[str], iso: str | None) -> None:
    result = clean_text(f"{headline}\n\n{ROAD_STANDFIRST}\n\n{dateline}\n\n{BODY}\n\n{BODY2}\n")
    assert (result.title, result.authors, result.published) == (headline, authors, iso)


ARABIC_BODY = "وقال المتحدث باسم الوزارة إن الحكومة ستعلن عن خطة جديدة خلال الأسابيع المقبلة لمعالجة الأزمة الاقتصادية."


@pytest.mark.parametrize(
    ("header", "title", "authors", "iso"),
    [
        # a question headline with the Arabic question mark
        ("ليش الانسان لايشعر بقيمة ما يمتلكه الا بعد ما يخسره؟\nبقلم يوسف العلوي\n24/07/2020 13:49 · 31296 مشاهدة",
         "ليش الانسان لايشعر بقيمة ما يمتلكه الا بعد ما يخسره؟", ["يوسف العلوي"], "2020-07-24"),
        # the byline's label after the date and a dash
        ("عنوان المقال الطويل عن الاقتصاد\nالخميس 28 دجنبر 2023 — بقلم أمين بلحاج",
         "عنوان المقال الطويل عن الاقتصاد", ["أمين بلحاج"], "2023-12-28"),
    ],
)  # fmt: skip
def test_arabic_headers(header: str, title: str, authors: list[str], iso: str) -> None:
    result = clean_text(f"{header}\n\n{ARABIC_BODY}\n\n{ARABIC_BODY}\n")
    assert (result.title, result.authors, result.published) == (title, authors, iso)


@pytest.mark.parametrize(
    "credit",
    ["Photo illustration: James Turner/Alamy", "Quelle der Polizeimeldung: Kapo BE", "Photo credit: Anna Turner"],
)
def test_a_credit_with_words_before_its_label_mark_is_still_a_credit(credit: str) -> None:
    assert removed_lines(f"{TITLE}\n\n{BODY}\n\n{credit}\n\n{BODY2}\n").get(credit) == "photo_credit"


@pytest.mark.parametrize(
    "byline",
    ["Redakce", "Szerkesztőség", "Σύνταξη", "Toimitus", "Uredništvo", "Agentury", "ČTK", "(ΑΠΕ-ΜΠΕ)", "Reuters"],
)
def test_staff_bylines_in_more_languages(byline: str) -> None:
    text = f"{TITLE}\n\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == []
    assert removed_lines(text).get(byline) == "byline"


@pytest.mark.parametrize("count", ["Lukuaika: 12 min", "Olvasási idő: 3 perc", "Ακούστε το άρθρο (9 λεπτά)"])
def test_a_labelled_count_under_the_byline_does_not_hide_the_title(count: str) -> None:
    # a metadata field ("reading time: 12 min") in an unknown language is no second headline
    text = f"{TITLE}\n\nBy Anna Miller\n\n{count}\n\n{BODY}\n"
    assert clean_text(text).title == TITLE
    assert_idempotent(text)


@pytest.mark.parametrize("line", ["Brexit: what happens next", "Climate talks in Paris"])
@pytest.mark.parametrize("headline", [TITLE, "Five new towns this year"])
def test_headlines_with_a_colon_or_no_count_under_the_byline_stay_text(line: str, headline: str) -> None:
    """A second headline under the byline is text (a subheading): the title is the headline the byline stands under,
    whether or not the article's words confirm it."""
    text = f"{headline}\n\nBy Anna Miller\n\n{line}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.title == headline
    assert line in apply_spans(text, cleaned.removed)
    assert_idempotent(text)


def test_a_headline_under_a_kicker_is_no_labelled_byline() -> None:
    # "Yhtiön työnimi on" reads like a label before capitalized words: under a kicker it is the headline
    headline = "Yhtiön työnimi on Kiinteistö Oy Kulmakuja II"
    text = f"TUOREET\n\n{headline}\n\nTeksti: Jussi Laine ja Mikko Hämäläinen\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.title == headline
    assert cleaned.authors == ["Jussi Laine", "Mikko Hämäläinen"]


@pytest.mark.parametrize(
    "notice",
    [
        "Používáním tohoto webu souhlasíte s ukládáním cookies. Více informací",
        "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Αποδοχή όλων",
    ],
)
def test_a_notice_above_the_breadcrumb_does_not_hide_the_title(notice: str) -> None:
    # whatever the notice says, a line with a sentence end inside above the site's menu is no headline
    text = f"{notice}\n\nHome > News > World\n\n{TITLE}\n\nBy Anna Miller\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.title == TITLE
    assert removed_lines(text).get(notice) in {"navigation", "cookie_banner"}  # cookie vocabulary may name it first
    assert_idempotent(text)


def test_a_headline_above_the_breadcrumb_stays_the_title() -> None:
    text = f"{TITLE}\n\nHome > News > World\n\nBy Anna Miller\n\n{BODY}\n"
    assert clean_text(text).title == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Published 25 November 2026 | Updated 26 November 2026",
        "Julkaistu 25.11.2026 14:32 | Päivitetty 26.11.2026 09:10",
        "Publié le 25/11/2026 à 14h32, mis à jour le 26/11/2026 à 09h10",
        "Közzétéve: 2026. november 25. 14:32 Frissítve: 2026. november 26. 09:10",
        "Δημοσίευση: 25/11/2026 14:32 | Τελευταία ενημέρωση: 26/11/2026 09:10",
        "Wed 25 Nov 2026 14.32 GMT Last modified on Thu 26 Nov 2026 09.10 GMT",  # the update a dateline of its own
        "입력 2026.11.25 14:32 수정 2026.11.26 09:10",  # Korean: entered, revised
        "发布时间：2026-11-25 14:32 更新时间：2026-11-26 09:10",
        "Erstellt am 25.11.26 um 14:32, geändert am 26.11.26 um 09:10",
        "Updated Nov. 26, 2026, 9:10 a.m. ET | Published Nov. 25, 2026, 2:32 p.m. ET",  # the update first
        "آخر تحديث: 26/11/2026 | نشر: 25/11/2026",  # Arabic: last update, published
    ],
)
def test_published_and_updated_dates_on_one_line(line: str) -> None:
    text = f"{TITLE}\n\nBy Anna Miller\n\n{line}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.published == "2026-11-25"
    assert cleaned.title == TITLE
    assert removed_lines(text).get(line) == "dateline"


def test_a_headline_with_an_update_word_and_no_dates_stays() -> None:
    line = "Updated guidance on the budget, published after the debate"
    text = f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert removed_lines(text).get(line) is None


@pytest.mark.parametrize(
    ("first", "iso"),
    [
        ("25. 11. 2026 – ", "2026-11-25"),
        ("2026. 11. 25. – ", "2026-11-25"),  # Hungarian, year first
        ("2026. november 25. – ", "2026-11-25"),
        ("25.11.2026 г. – ", "2026-11-25"),  # a year word after the date
        ("25.11.2026 klo 14.32 – ", "2026-11-25"),  # a clock with its word
        ("5. 1. 2024 u 14:32 – ", "2024-01-05"),
        ("Tuesday, March 5, 2024 ", "2024-03-05"),  # a weekday's name and its comma before the date
        ("Dienstag, 5. März 2024 ", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),  # no space at all: a scraper joined the date's element to the paragraph's
        ("Tuesday, March 5, 2024", "2024-03-05"),
    ],
)
def test_glued_dates_in_more_forms(first: str, iso: str) -> None:
    text = f"{TITLE}\n\n{first}{SENTENCE}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.published == iso
    assert SENTENCE in apply_spans(text, cleaned.removed).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Berlin, 5. März 2024 Die Stadt hat einen neuen Haushalt beschlossen, nach langer Debatte im Rat.",  # a place
        "Tuesday, March 5, 2024 was the day the council finally agreed on a budget for the year.",  # the sentence's
        "In 2024The Courier moved its newsroom to the old station, the paper said on its website.",  # not a date
    ],
)
def test_a_date_or_a_place_inside_a_sentence_stays(line: str) -> None:
    text = f"{TITLE}\n\n{line}\n\n{BODY}\n"
    assert line in apply_spans(text, clean_text(text).removed).split("\n")


def test_a_year_then_a_sentence_is_no_glued_date() -> None:
    line = "2019. Toen 25 mensen het dorp verlieten, bleef de school open."
    text = f"{TITLE}\n\n{line}\n\n{BODY}\n"
    assert line in apply_spans(text, clean_text(text).removed).split("\n")


def test_a_date_with_a_worded_clock_inside_a_sentence_stays() -> None:
    line = "25 de Setembro de 2012 às 14:27 Vale a pena ler o livro. Começo por apresentar."
    text = f"{TITLE}\n\n{line}\n\n{BODY}\n"
    assert line in apply_spans(text, clean_text(text).removed).split("\n")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Autor: Jan Novák dne 25. 11. 2026", ["Jan Novák"]),  # "on" before the date in more languages
        ("Γράφει: Νίκος Παπαδόπουλος στις 25/11/2026", ["Νίκος Παπαδόπουλος"]),
        ("Автор: Иван Петров на 25 ноември 2026 г.", ["Иван Петров"]),
        ("Autor: Ion Popescu pe 25 noiembrie 2026", ["Ion Popescu"]),
        ("Kirjoittanut Anna Virtanen 25.11.2026", ["Anna Virtanen"]),  # the date right after the names
        ("Szerző: Kovács Anna 2026. november 25.", ["Kovács Anna"]),
    ],
)
def test_byline_dates_after_a_preposition_or_a_space(byline: str, authors: list[str]) -> None:
    text = f"{TITLE}\n\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.authors == authors
    assert cleaned.published == "2026-11-25"


def test_a_headline_that_opens_with_a_noun_phrase_is_no_labelled_byline() -> None:
    # "Építészeti kiállítás" ends in a long lowercase noun, not a label's short word ("Noticia de") or colon
    headline = "Építészeti kiállítás Csíkszeredában Az Architectura"
    text = f"{headline}\n\nÍrta: Szabó Gábor és Varga Katalin | 2019.03.16. 18:03\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.title == headline
    assert cleaned.authors == ["Szabó Gábor", "Varga Katalin"]


def test_a_one_sentence_notice_above_the_breadcrumb_does_not_hide_a_confirmed_title() -> None:
    notice = "Продължавайки да използвате сайта, вие се съгласявате с използването на бисквитки"
    text = f"{notice}\n\nНачало > България > Икономика\n\n{TITLE}\n\nBy Anna Miller\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.title == TITLE
    assert removed_lines(text).get(notice) in {"navigation", "cookie_banner"}
    assert_idempotent(text)


@pytest.mark.parametrize("dateline", ["16 November 2024, 20:42", "입력 2024.11.16 20:42"])
def test_a_question_headline_under_the_dateline(dateline: str) -> None:
    """The first line an extract keeps is its headline when it asks, under the dateline a layout puts first too."""
    question = "Can the city really afford its new tram line?"
    cleaned = clean_text(f"{dateline}\n\n{question}\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.title, cleaned.published) == (question, "2024-11-16")


@pytest.mark.parametrize(
    ("header", "title", "authors", "iso"),
    [
        # a question headline: confirmed by the dateline under it, whose reading time is a field beside the date
        (
            ["Should scientists engage in activism?", "March 3, 2024 | 5 min read"],
            "Should scientists engage in activism?",
            [],
            "2024-03-03",
        ),
        (
            ["Is this the end of the high street?", "By Tom Jones and Ann Lee", "4 min read · Jan 5, 2023"],
            "Is this the end of the high street?",
            ["Tom Jones", "Ann Lee"],
            "2023-01-05",
        ),
        # a quote headline with a colon; a view count beside the date
        (
            ["‘We will not give up’: families vow to fight closure", "Published: 2023-06-01 | Views: 1,234"],
            "‘We will not give up’: families vow to fight closure",
            [],
            "2023-06-01",
        ),
        (
            ["Wie geht es weiter mit der Bahn?", "Von Anna Müller", "3. März 2024, 12:00 Uhr"],
            "Wie geht es weiter mit der Bahn?",
            ["Anna Müller"],
            "2024-03-03",
        ),
    ],
)
def test_headlines_that_end_as_questions_or_quotes(header: list[str], title: str, authors: list[str], iso: str) -> None:
    text = "\n".join(header) + f"\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (title, authors, iso)
    assert apply_spans(text, cleaned.removed).strip() == f"{BODY}\n\n{BODY2}"
    assert_idempotent(text)


HOMES_STANDFIRST = "A proposal to build 400 homes on the edge of the park has split residents, and the vote is close."


@pytest.mark.parametrize(
    "below",
    [
        ["By Jane Smith", "Updated 12 March 2024, 10:15"],
        ["12 March 2024"],
        ["Jane Smith | March 12, 2024 | 3 min read"],
    ],
)
def test_a_standfirst_between_the_title_and_the_dateline_is_kept(below: list[str]) -> None:
    """The byline and dateline under a standfirst are still the header's: read, and cut; the standfirst is text."""
    text = f"{TITLE}\n{HOMES_STANDFIRST}\n" + "\n".join(below) + f"\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.title == TITLE
    assert cleaned.published == "2024-03-12"
    assert cleaned.authors == (["Jane Smith"] if "Jane" in below[0] else [])
    assert apply_spans(text, cleaned.removed).strip() == f"{HOMES_STANDFIRST}\n\n{BODY}"


@pytest.mark.parametrize(
    "line",
    ["Home | News | 2024", "Is it over? | 5 min read", "12 March 2024 | Sport | World"],
)
def test_other_fields_beside_a_date_are_no_dateline(line: str) -> None:
    from curation.clean import _line_date

    assert _line_date(line) is None


@pytest.mark.parametrize(
    "field",
    ["Read 217 times", "Last change: 12 min ago", "Pročitano 217 puta", "Skaitė 1417 žmonių"],
)
def test_a_count_or_a_relative_time_under_the_byline_is_a_field_not_a_second_headline(field: str) -> None:
    """In any language: a short line with a number under the header's byline or dateline is one of its fields."""
    text = f"{TITLE}\n20.05.2021 21:11\nBy Jane Smith\n{field}\n⎙  f  TG  ✉\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, ["Jane Smith"], "2021-05-20")
    assert field in removed_lines(text)
    assert_idempotent(text)


def test_a_row_of_share_buttons_is_no_byline() -> None:
    text = f"{TITLE}\n20.05.2021 21:11\nf  WA  𝕏\n\n{BODY}\n"
    assert clean_text(text).authors == []


def test_a_number_in_a_line_above_the_byline_is_no_field() -> None:
    """Above the byline, a short line with a number is a headline: "Top 10 towns" is the title."""
    text = f"Top 10 towns\nBy Jane Smith\n\n{BODY}\n"
    assert clean_text(text).title == "Top 10 towns"


@pytest.mark.parametrize(
    ("line", "iso"),
    [("18.08.2016 во 08:21 часот", "2016-08-18"), ("2016-08-18 kl. 08:21", "2016-08-18"), ("18.08.2016 Berlin", None)],
)
def test_a_numeric_date_with_small_words_after_it_is_a_dateline(line: str, iso: str | None) -> None:
    """Whatever the language of "at" and "hours"; a capital after the date is a place or a headline: not read."""
    from curation.clean import _line_date

    assert _line_date(line) == iso


def test_a_consent_dialog_is_one_block_whatever_its_language() -> None:
    """One line of the dialog known ("Godta alle" is not, "… such as cookies." is): its heading goes with it."""
    dialog = "Vi tar personvernet ditt på alvor\nVi og våre partnere lagrer informasjon, for eksempel cookies.\nOK"
    text = f"{dialog}\n\n{TITLE}\n\nBy Jane Smith\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (TITLE, ["Jane Smith"])
    assert removed_lines(text)["Vi tar personvernet ditt på alvor"] == "cookie_banner"
    assert apply_spans(text, cleaned.removed).strip() == BODY
    assert_idempotent(text)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # a small joiner the vocabulary lacks, between two full names with a known given name
        ("Piše: Nina Mlakar in Tina Krajnc", ["Nina Mlakar", "Tina Krajnc"]),
        ("Rok Kovač in Luka Kovač / STA · 16. 8. 2018", ["Rok Kovač", "Luka Kovač"]),
        ("By Anna Lee in New York", ["Anna Lee"]),  # a place is no second name
        # an unknown one-word label before a known full name
        ("Sagatavoja Kristaps Zariņš, Andris Ozoliņš", ["Kristaps Zariņš", "Andris Ozoliņš"]),
        # an outlet among the names credits no one
        ("Laporan wartawan The Observer Group, Siti Hidayat, 15 Apr 2022", ["Siti Hidayat"]),
        ("Sagatavoja Andris Ozoliņš", ["Andris Ozoliņš"]),  # one name alone: the label before a known name tells
        # a weekday between the names and the date
        (
            "Пишува: Горан Стојановски и Марко Петровски, среда, 24 август 2022",
            ["Горан Стојановски", "Марко Петровски"],
        ),
    ],
)
def test_bylines_in_languages_the_vocabulary_lacks(byline: str, authors: list[str]) -> None:
    text = f"{TITLE}\n{byline}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (TITLE, authors)
    assert apply_spans(text, cleaned.removed).strip() == BODY


@pytest.mark.parametrize(
    ("byline", "authors", "iso"),
    [
        # a name's last word that is also a weekday's abbreviation, before a dash or a comma, stays the name's
        ("Nguyễn Văn An - 05/03/2024 10:00", ["Nguyễn Văn An"], "2024-03-05"),
        ("Nguyễn Văn An, 05/03/2024 10:00", ["Nguyễn Văn An"], "2024-03-05"),
        # the Greek genitive article is the byline's "by"
        ("Του Γιώργου Παπαδόπουλου 05.03.2024 10:00", ["Γιώργου Παπαδόπουλου"], "2024-03-05"),
        # a labelled Chinese byline among a source line's labelled fields, in any place
        ("2024-03-05 10:00 来源：新华网 作者：张伟 编辑：李明", ["张伟"], "2024-03-05"),
        ("来源：新华网 作者：张伟", ["张伟"], None),
        ("2024-03-05 10:00 来源：新华网 记者 张伟", ["张伟"], "2024-03-05"),  # a reporter's label needs no colon
        ("来源：新华网 记者 张伟 2024-03-05", ["张伟"], "2024-03-05"),  # the date after the names
        # an e-mail address after the names
        ("By Jane Smith jane.smith@example.com 05/03/2024", ["Jane Smith"], "2024-03-05"),
        ("By Jane Smith | jane.smith@example.com", ["Jane Smith"], None),
        ("2024年03月05日 10:00 | 来源：人民网 | 作者：张伟、李明", ["张伟", "李明"], "2024-03-05"),
        # Xitsonga "Hi" (by) before full names, which the English greeting's "Hi" is not
        ("Hi Tsakani Ngobeni na Rhulani Mabunda", ["Tsakani Ngobeni", "Rhulani Mabunda"], None),
    ],
)
def test_bylines_whose_names_the_date_or_fields_hide(byline: str, authors: list[str], iso: str | None) -> None:
    text = f"{TITLE}\n{byline}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, iso)
    assert apply_spans(text, cleaned.removed).strip() == BODY


@pytest.mark.parametrize(
    "name",
    [
        "Kim Jong-un",  # "-un" is no joiner ("un" is Latvian "and")
        "Abdullah al-Hassan",  # Arabic's article written onto the name
        "José María de la Fuente",  # three names and two particles
        "Ahmed bin Rashid Al Maktoum",  # "Ahmed bin" is no label
        "Ilse de Vries-van der Berg",
        "J. R. Smith",  # initials are no firm's capitals
    ],
)
@pytest.mark.parametrize("layout", ["By {name}\n5 March 2024", "{name}\n5 March 2024", "{name} | 5 March 2024"])
def test_names_with_particles_hyphens_and_initials(name: str, layout: str) -> None:
    _assert_header_read(f"{TITLE}\n{layout.format(name=name)}", [name])


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe, John Smith, and Ann Lee", ["Jane Doe", "John Smith", "Ann Lee"]),  # the serial comma
        ("Jane Doe, John Smith, & Ann Lee", ["Jane Doe", "John Smith", "Ann Lee"]),
        ("Jane Doe and agencies", ["Jane Doe"]),  # the wires she drew on credit no one
        ("By Jane Doe, John Smith and agencies", ["Jane Doe", "John Smith"]),
        ("Staff and agencies", []),
        ("Story by Jane Doe. Photos by John Smith.", ["Jane Doe"]),  # the pictures' credit after a full stop
        ("Words: Jane Doe. Photos: John Smith", ["Jane Doe"]),
    ],
)
def test_lists_of_names_and_credits_after_them(byline: str, authors: list[str]) -> None:
    _assert_header_read(f"{TITLE}\n{byline}\n5 March 2024", authors)


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("5 March 2024\nNguyễn Văn Bình", "Nguyễn Văn Bình"),  # three words under the date: a family name first
        ("martes, 5 de marzo de 2024 00:00 hs\nVerónica De Vita", "Verónica De Vita"),  # or a particle between
        ("សុខា ចាន់ថា | 5 March 2024", "សុខា ចាន់ថា"),  # Khmer's vowel signs are marks, not word characters
        ("ကျော်ဇော ဦး | 5 March 2024", "ကျော်ဇော ဦး"),  # Myanmar's too
    ],
)
def test_names_in_more_scripts_and_orders(header: str, name: str) -> None:
    _assert_header_read(f"{TITLE}\n{header}", [name])


def test_a_french_of_before_a_firm_is_no_name() -> None:
    text = f"{TITLE}\nParrainé par Mme Françoise GRI, Président Directeur Général d'IBM France\n\n{BODY}\n"
    assert "Président Directeur Général d'IBM France" not in clean_text(text).authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("March 5, 2024 | By Jane Smith", ["Jane Smith"]),
        ("5 March 2024 · Jane Smith", ["Jane Smith"]),
        ("Politics | March 5, 2024 | Jane Smith", ["Jane Smith"]),
        ("March 5, 2024 | Politics", []),  # a section, no one's name
    ],
)
def test_a_dateline_with_its_byline_over_the_headline(line: str, authors: list[str]) -> None:
    _assert_header_read(f"{line}\n{TITLE}", authors)


@pytest.mark.parametrize(
    "line",
    [
        "Powered by GetYourGuide. Werden Sie Partner.",  # a widget's maker
        "Sponsored by Acme Corp",  # an advertiser
        "Präsentiert von Müller Holz",
        "Willkommen Gast | RSS",  # a forum's welcome: a byline's shape
        "Welcome Guest | Login",
        "Hi Richard, I've been busy lately",  # a greeting, though Xitsonga's "by" is spelt so
    ],
)
def test_a_maker_or_a_welcome_is_no_byline(line: str) -> None:
    cleaned = clean_text(f"{TITLE}\nBy Jane Smith\n\n{BODY}\n\n{line}\n")
    assert cleaned.authors == ["Jane Smith"]
    cleaned = clean_text(f"{TITLE}\n{line}\n23 January 2021\n\n{BODY}\n")
    assert cleaned.authors == []


@pytest.mark.parametrize(
    "byline",
    [
        "来源：新华网 编辑：李明",  # an editor's field names no author
        "作者：张伟 作者：李明",  # two bylines in one line: not read as one
    ],
)
def test_labelled_cjk_fields_without_one_byline_name_no_author(byline: str) -> None:
    cleaned = clean_text(f"{TITLE}\n{byline}\n\n{BODY}\n")
    assert cleaned.authors == []


@pytest.mark.parametrize(
    ("first", "iso"),
    [
        ("VENTSPILS, LETA – ", None),  # an agency without parentheses: capitalized words, unlike a sentence's
        ("TARTU, Global Times Online – ", None),
        ("NARVA, 20. november 2017, BNS – ", "2017-11-20"),
        ("STAVANGER (NTB): ", None),
    ],
)
def test_wire_datelines_with_agencies_the_vocabulary_lacks(first: str, iso: str | None) -> None:
    text = f"{TITLE}\n\n{first}{SENTENCE}\n"
    cleaned = clean_text(text)
    assert apply_spans(text, cleaned.removed).strip() == SENTENCE
    assert cleaned.published == iso


@pytest.mark.parametrize("first", ["PARIS, the city of light - ", "Paris. "])
def test_a_place_before_a_sentence_or_a_title_case_word_stays(first: str) -> None:
    text = f"{TITLE}\n\n{first}{SENTENCE}\n"
    assert apply_spans(text, clean_text(text).removed).strip() == f"{first}{SENTENCE}"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("mánudagur 16. september 2024 – lestími 11 mín.", "2024-09-16"),  # a dash between the fields
        ("24 set. 2022 · 258 visites", "2022-09-24"),  # a count in a language the vocabulary lacks
        ("16. ágúst 2020 – lesið 1059 sinnum", "2020-08-16"),
    ],
)
def test_a_date_beside_a_count_in_any_language_is_a_dateline(line: str, iso: str) -> None:
    from curation.clean import _line_date

    assert _line_date(line) == iso


def test_a_site_name_after_a_middle_dot_is_cut_from_the_title() -> None:
    text = f"{TITLE} · Daily Courier\n\n{BODY}\n"
    assert clean_text(text).title == TITLE


@pytest.mark.parametrize(
    ("header", "authors", "iso"),
    [
        # where the story first appeared, with its date after a comma or in parentheses: the date line
        (["Botuar fillimisht në Gazeta e Jugut, 24 mars 2017, 06:03"], [], "2017-03-24"),
        (["Upphaflega birt í Héraðsblaðinu (24. september 2017)"], [], "2017-09-24"),
        # a known name and a verb after it; a byline whose second field credits the photographer
        (["Magnús Einarsson skrifar", "16. september 2024"], ["Magnús Einarsson"], "2024-09-16"),
        (["Texti: Ólafur Ólafsson · Ljósmyndir: Hrafn Bjarnason", "16. ágúst 2020"], ["Ólafur Ólafsson"], "2020-08-16"),
        # a reference number above the date is a field, not a second headline
        (["Ons verw.: MV10/2016", "20 August 2016"], [], "2016-08-20"),
        # class names of share buttons under the byline
        (["By Jane Smith", "sh-fb   sh-x   sh-wa"], ["Jane Smith"], None),
        # a published and an updated field, each a numeric date among a label and a clock
        (["Đăng ngày 26-08-2020 · Cập nhật 11:03 ngày 26-08-2020"], [], "2020-08-26"),
        # the author's field first, the photographer's after it, on a line a rule took for a caption's credit
        (["Teksti: Dritan Krasniqi · Fotografitë: Gent Onuzi", "24 janar 2025"], ["Dritan Krasniqi"], "2025-01-24"),
    ],
)
def test_header_fields_of_unseen_layouts(header: list[str], authors: list[str], iso: str | None) -> None:
    text = f"{TITLE}\n" + "\n".join(header) + f"\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, iso)
    assert apply_spans(text, cleaned.removed).strip() == BODY


def test_a_date_after_a_comma_is_not_read_when_the_line_has_an_earlier_one() -> None:
    from curation.clean import _line_date

    assert _line_date("Bern, 17.08.2007 - Rede beim Städtegipfel, Basel, 18. August 2007") != "2007-08-18"


def test_fields_under_the_byline_that_more_fields_follow_are_fields() -> None:
    """An event's where, when and price lines under the byline, in a language the vocabulary lacks."""
    fields = ["Harada: Filarmoniya, Bakı", "Nə vaxt: şənbə, 19:00", "Biletlər: 20–80 ₼"]
    text = f"{TITLE}\nBy Jane Smith\n" + "\n".join(fields) + f"\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (TITLE, ["Jane Smith"])
    assert apply_spans(text, cleaned.removed).strip() == BODY
    assert_idempotent(text)


@pytest.mark.parametrize("field", ["Shiriki kwa marafiki", "Anfon at ffrind", "Na Zawadi Salim"])
def test_a_short_line_under_a_confirmed_headlines_metadata_is_a_field(field: str) -> None:
    """An unknown byline or button under the dateline that confirms the headline, a share row under it: the headline
    stands. (Right above the body, such a line may be a subheading: the title stays undecided, as tested above.)"""
    text = f"{TITLE}\n14/04/2017 09:59\n{field}\nf  WA  𝕏\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (TITLE, "2017-04-14")
    assert removed_lines(text)[field] == "header_field"
    assert_idempotent(text)


def test_a_question_in_the_body_with_no_byline_under_it_stays_text() -> None:
    text = f"{TITLE}\n\n{BODY}\n\nWhat happens next?\n\n{BODY2}\n"
    assert "What happens next?" in apply_spans(text, clean_text(text).removed)


PARAGRAPHS = [
    "The council voted on Tuesday to close the old swimming pool, which has served the town for sixty years.",
    "Residents who spoke at the meeting said they feared the loss of a place where their children learned to swim.",
    "The mayor said the building could no longer be repaired at a cost the town can afford this decade.",
    "A new pool is planned on the site of the former bus depot, but no date has been set for its construction.",
]
MENU = ["Home", "News", "Sport", "Culture", "Weather", "Contact", "Newsletter", "Podcasts", "Jobs", "Archive"]
FOOTER = ["Imprint", "Privacy", "Cookie settings", "About us", "Advertise", "Careers", "Terms of use", "RSS"]


def _whole_page(header: list[str], site_title: str = "Town pool to close after sixty years - Daily Courier") -> str:
    """A page dump: the page's title, menus (with the headline as a breadcrumb), the article, teasers, a footer."""
    teasers = [f"{topic} news in brief" for topic in ("Weather", "Traffic", "Market", "Council")]
    lines = [site_title, "Wednesday, 12 March 2025", *MENU, "Town pool to close after sixty years", *MENU[:4]]
    return "\n".join([*lines, *header, *PARAGRAPHS, *teasers, *FOOTER, "© 2025 Daily Courier"]) + "\n"


@pytest.mark.parametrize(
    ("header", "authors", "iso"),
    [
        (["Town pool to close after sixty years", "By Jane Smith | 3 March 2025"], ["Jane Smith"], "2025-03-03"),
        (
            ["03.03.2025 | Local, Politics", "Town pool to close after sixty years", "Jane Smith, Senior Reporter"],
            ["Jane Smith"],
            "2025-03-03",
        ),
        (["Town pool to close after sixty years"], [], None),
    ],
)
def test_whole_page_headline_is_the_line_the_page_title_names(header: list[str], authors: list[str], iso: str) -> None:
    """On a whole page the headline is the line the page's title names with text under it, not the breadcrumb
    naming it among the menus, and the date is the one by the headline, not the site's date of today at the top."""
    text = _whole_page(header)
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == ("Town pool to close after sixty years", authors, iso)
    kept = apply_spans(text, cleaned.removed)
    assert all(p in kept for p in PARAGRAPHS)
    assert "Jane Smith" not in kept


def test_a_page_title_with_no_headline_line_loses_the_site_name() -> None:
    text = _whole_page(["By Jane Smith"], site_title="Council closes the pool - Daily Courier").replace(
        "Town pool to close after sixty years", "Swimming"
    )
    assert clean_text(text).title == "Council closes the pool"


@pytest.mark.parametrize(
    ("header", "authors", "iso"),
    [
        (["Town pool to close after sixty years", "3 March 2025", "Topics:", "Council", "Leisure"], [], "2025-03-03"),
        (
            ["Should the town pool close after sixty years?", "Von", "Jane Smith", "03.03.2025"],
            ["Jane Smith"],
            "2025-03-03",
        ),
        # a photo's caption over its credit, between the header and the text, is no headline
        (
            [
                "Town pool to close after sixty years",
                "By Jane Smith",
                "The old pool seen from the diving board",
                "© Town archive",
            ],
            ["Jane Smith"],
            None,
        ),
    ],
)
def test_a_headline_the_page_title_does_not_name_stands_over_the_text(
    header: list[str], authors: list[str], iso: str | None
) -> None:
    """A page's title that names only the site's section ("News - Daily Courier"), or a search engine's version of
    the headline, names no line of the page: the headline is the title-like line nearest above the article's text,
    on its topic, over the byline, the dateline, the tags and the photo between them."""
    text = _whole_page(header, site_title="News - Daily Courier")
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (header[0], authors)
    assert cleaned.published == iso
    kept = apply_spans(text, cleaned.removed)
    assert all(p in kept for p in PARAGRAPHS)


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # the page's title names the headline's short form, right above it
        (["Town pool to close", "Town pool to close after sixty years", "By Jane Smith"], None),
        # a search engine's version of the headline over the headline the byline follows
        (["Town pool to close", "Council shuts the old baths for good", "Von", "Jane Smith"], None),
        # a quote from the story between the headline and its byline is no headline
        (["Town pool to close", "'We learned to swim there'", "By Jane Smith"], "Town pool to close"),
        # nor a date line with no year over the byline
        (["Town pool to close", "Published on 3 March", "By Jane Smith"], "Town pool to close"),
        # nor a standfirst of sentences that says the headline's words again
        (
            ["Town pool to close", "The council votes to close the town pool. Will a new one open?", "By Jane Smith"],
            "Town pool to close",
        ),
    ],
)
def test_the_headline_under_the_line_the_page_title_names(header: list[str], title: str | None) -> None:
    text = _whole_page(header, site_title="Town pool to close - Daily Courier")
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (title or header[1], ["Jane Smith"])


def test_a_named_headline_with_its_byline_under_it_and_the_text_far_below() -> None:
    """A share row and a newsletter box between the header and the text push the article out of reach: the line the
    page's title names, with a byline right under it, is the headline still."""
    boxes = ["Share", "Facebook", "Twitter", "Reddit", "Email", "Never miss a story", "Email address", "Sign up"]
    header = ["Town pool to close after sixty years", "By", "Jane Smith", "and", "John Doe", "Published 3 March 2025"]
    text = _whole_page([*header, *boxes])
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (header[0], ["Jane Smith", "John Doe"], "2025-03-03")


def test_a_search_engines_headline_over_the_headline_its_byline_follows_and_the_text_far_below() -> None:
    """The page's title names a search engine's version of the headline, right over the headline; a byline with its
    date under that, then a share row and a photo's caption push the text out of reach: the headline under the
    named line is the title, its byline and date are read."""
    boxes = ["Share", "Facebook", "Twitter", "Reddit", "Email", "Never miss a story", "Email address", "Sign up"]
    header = ["Town pool to close", "Council shuts the old baths for good", "Von", "Jane Smith", "19.10.19, 11:29 Uhr"]
    cleaned = clean_text(_whole_page([*header, *boxes], site_title="Town pool to close - Daily Courier"))
    assert (cleaned.title, cleaned.authors, cleaned.published) == (header[1], ["Jane Smith"], "2019-10-19")


def test_the_byline_by_another_copy_of_the_headline() -> None:
    """A header over a photo, and the headline again over the text: the byline and date stand by the first copy,
    the text under the second."""
    headline = "Town pool to close after sixty years"
    widgets = ["Photo credit: Ann Lee", "Share", "Email", "Print", "Save", "Listen"]
    text = _whole_page(["3 March 2025", "By Jane Smith", "0 Comments", headline, *widgets, headline])
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Jane Smith"], "2025-03-03")
    # a name by a copy of the headline is no byline without its label: a product's or a teaser's name stands there
    text = _whole_page(["Jane Smith", headline, *widgets, headline])
    assert clean_text(text).authors == []


def test_a_name_under_a_dateline_on_the_headers_last_line() -> None:
    """A lede, a share row and a discussion link between the headline and its dateline: the name under that
    dateline, one line past the header's reach, is the other half of the byline the layout split over two lines."""
    headline = "Town pool to close after sixty years"
    lede = "The council voted on Tuesday to close the old pool, and the town's swimmers are not pleased with it at all."
    share = ["Share on Facebook Share on Twitter Share by email", "Link to the discussion Add to favourites"]
    standfirst = "One last swim in the old baths?"
    header = [headline, standfirst, "Photo: Ann Lee", lede, *share, "19.10.19, 18:56", "Jane Smith"]
    cleaned = clean_text(_whole_page(header))
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Jane Smith"], "2019-10-19")


def test_a_place_the_page_title_opens_with_is_no_headline_beside_a_line_that_says_the_title() -> None:
    """The page's title is a search engine's headline that opens with a place ("Spring Valley: …"); a teaser above
    the article is headed by that place's name, with text under it. Beside a line that says most of the title, two
    words of it are a section's name, not the headline."""
    seo = "Spring Valley: council shuts the old town pool for good after sixty years"
    headline = "Town pool to close after sixty years"
    share = ["email", "facebook", "twitter", "Messenger", "Photo: Ann Lee"]
    header = [seo, headline, "Von", "Jane Smith", "19.10.19, 08:00 Uhr", *share]
    bakery = "The bakery on Main Street won the prize for its rye bread. Its owner said she was proud of her staff."
    teaser = ["Spring Valley", "Bakery wins a prize", bakery]
    text = "\n".join([f"{seo} | Daily Courier", *MENU, *teaser, *header, *PARAGRAPHS, *FOOTER]) + "\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Jane Smith"], "2019-10-19")


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        (["Town pool to close after sixty years", "March 3, 2025 Jane Smith"], ["Jane Smith"]),  # nothing between
        (["Town pool to close after sixty years", "March 3, 2025 Jules"], ["Jules"]),  # a blog's given name alone
        (["Essay", "03.03.2025 - Jane Smith", "Town pool to close after sixty years"], ["Jane Smith"]),
        (["Town pool to close after sixty years", "March 3, 2025 Politics"], []),  # a section, no person
        (["/ Jane Smith / 10:08 am Mon Mar 3, 2025", "Town pool to close after sixty years"], ["Jane Smith"]),
    ],
)
def test_a_date_then_names_by_a_pages_headline(header: list[str], authors: list[str]) -> None:
    """A theme's row of date and author by the headline, with a spaced hyphen or nothing between them; or names
    and date after a field's mark that the row's first field left."""
    cleaned = clean_text(_whole_page(header))
    assert (cleaned.title, cleaned.authors, cleaned.published) == (
        "Town pool to close after sixty years",
        authors,
        "2025-03-03",
    )


def test_a_long_row_of_fields_under_the_headline_gives_its_first_fields_date() -> None:
    """A blog theme's row under the headline, long for its tags: the date in its first field is the post's."""
    tags = "Tags: pool, council, budget, swimming, town, summer, children, lessons, sport, leisure, money"
    row = f"veröffentlicht am 14 Feb ’25 | Kategorien: Lokales | {tags} | Jetzt kommentieren"
    cleaned = clean_text(_whole_page(["Town pool to close after sixty years", row]))
    assert (cleaned.title, cleaned.published) == ("Town pool to close after sixty years", "2025-02-14")


STEPS = [
    "- a cross-body lead with a change of hands into the basic turn",
    "- a left turn, but the lady is not led backwards this time",
    "- she is turned a little further until her right hand on her back stops her",
    "- she is led slightly to the right, so that a cubanita position follows",
    "- the man takes her other hand",
    "- once there and, on the way back, the man lets go of her right hand and turns to his right",
    "- turning into his left arm as he does so",
    "- he lifts the right arm and lays it over the lady's shoulder, then leads her into the basic turn",
    "- then he takes her right shoulder with his left hand and leads a left turn (the right hand can help at her left"
    " shoulder)",
    "- once she has come up again, the basic turn",
]


def test_a_two_word_title_is_the_headline_it_names() -> None:
    """A wiki page's two-word title over its revision date and the headline again, then figures' names and steps: the
    headline is the line that says the whole title, however short (a line of two words from a longer title is a
    section's name, not this)."""
    header = ["Enchufla Figures", "page revision: 8, last edited: 17 Jun 2018 15:15", "", "Enchufla Figures"]
    figures = ["Enchufla", "Changing places, explained slowly", "Barbi", *STEPS, "Variants"]
    variants = ["Short version of Barbarella", "Sombrero Infernal", "Candelaria", *STEPS[:6], "Cubanita", "- Enchufla"]
    cleaned = clean_text("\n".join([*header, *figures, *variants, *STEPS[:3]]) + "\n")
    assert (cleaned.title, cleaned.published) == ("Enchufla Figures", "2018-06-17")


def test_the_date_further_up_by_the_copy_of_the_headline_that_holds_its_byline() -> None:
    """The header by the headline's first copy: its date over the byline and a row of counts, further up than a
    dateline stands; its byline says it is the article's header."""
    headline = "Town pool to close after sixty years"
    widgets = ["Photo credit: Ann Lee", "Share", "Email", "Print", "Save", "Listen", "Follow", "Like", "Tweet"]
    byline = ["3 March 2025", "By Jane Smith", "0 Comments", "12 Likes"]  # past the menu's copy of the headline
    header = ["Subscribe", "Sign in", *byline, headline, *widgets, *widgets[1:5], headline]
    text = _whole_page(header)
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Jane Smith"], "2025-03-03")


def test_the_dateline_under_the_headline_over_a_date_above_its_menu() -> None:
    """A date above the headline, past a menu's items, is the site's date of today; the dateline right under the
    headline is the article's, whichever the page writes first."""
    headline = "Town pool to close after sixty years"
    text = _whole_page(["May 11, 2025", "Login", "BREAKING", headline, "Local Published On May 10, 2025 01:52 PM"])
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (headline, "2025-05-10")


def test_the_date_over_the_first_paragraph_under_the_headline() -> None:
    """Widgets between the headline and the text push the dateline out of the headline's reach: it is the date
    over the first paragraph under the headline. A name there without a label is no byline (a photo's, a
    quote's)."""
    headline = "Town pool to close after sixty years"
    widgets = ["Photo credit: Ann Lee", "Share", "Email", "Print", "Save", "Listen", "Follow"]
    cleaned = clean_text(_whole_page([headline, *widgets, "Updated 3 March 2025"]))
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, [], "2025-03-03")
    cleaned = clean_text(_whole_page([headline, *widgets, "Jane Smith", "3 March 2025"]))
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, [], "2025-03-03")


@pytest.mark.parametrize("date", ["3 March 2025", "3. März 2025", "Monday, 3 March 2025"])
def test_a_date_before_a_page_headline_with_no_separator_is_its_date(date: str) -> None:
    headline = "Town pool to close after sixty years"
    cleaned = clean_text(_whole_page([f"{date} {headline}"], site_title="News - Daily Courier"))
    assert (cleaned.title, cleaned.published) == (headline, "2025-03-03")


def test_a_title_like_line_off_the_articles_topic_is_no_headline() -> None:
    """A section's label over the text shares no word with the page's title or the article: the page's title,
    without the site's name, stays the title."""
    text = _whole_page(["Weather and traffic"], site_title="Council closes the pool - Daily Courier").replace(
        "Town pool to close after sixty years", "Swimming"
    )
    assert clean_text(text).title == "Council closes the pool"


@pytest.mark.parametrize(
    ("byline", "authors", "iso"),
    [
        ("by J.O. Haselhoef Apr. 26, 2022 Apr. 26, 2022", ["J.O. Haselhoef"], "2022-04-26"),  # abbreviated month
        ("Por Rodrigo Mejías 04 de mayo 2022 a las 09:01 hrs.", ["Rodrigo Mejías"], "2022-05-04"),  # a time after
        ("By Theresa May | 3 March 2024", ["Theresa May"], "2024-03-03"),  # a month's name ending a name stays
    ],
)
def test_a_byline_whose_date_goes_on(byline: str, authors: list[str], iso: str) -> None:
    result = clean_text(f"{TITLE}\n{byline}\n\n{BODY}")
    assert (result.authors, result.published) == (authors, iso)


@pytest.mark.parametrize(
    ("above", "title"),
    [
        ("Season 2 · episode", "New towns this year"),  # its dot is no word: shorter than the headline
        # as long as the headline, both kicker-short: nothing tells which is the title, and the first line is taken
        ("Season 2 of podcast", "Season 2 of podcast"),
    ],
)
def test_separators_are_no_words_of_a_header_line(above: str, title: str | None) -> None:
    text = f"{above}\nNew towns this year\n\n{BODY}\n"
    assert clean_text(text).title == title
    # a byline under the headline tells which line it is, however long the line above
    bylined = f"{above}\nNew towns this year\nBy Jane Smith\n\n{BODY}\n"
    assert clean_text(bylined).title == "New towns this year"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Տեքստը՝ Անի Ավետիսյան և Արամ Գրիգորյան", ["Անի Ավետիսյան", "Արամ Գրիգորյան"]),  # the Armenian label mark
        ("Мәтін: Данияр Жұмабекұлы және Нұрлан Серікбайұлы", ["Данияр Жұмабекұлы", "Нұрлан Серікбайұлы"]),
        ("Ганна Шаўчук і Ірына Шаўчук ∙ 2015-06-19 21:17 (UTC+3)", ["Ганна Шаўчук", "Ірына Шаўчук"]),  # "∙"
        ("Text: Anna Nowak from Warsaw", ["Anna Nowak"]),  # a place after a small word, not a second name
    ],
)
def test_a_byline_in_any_script(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{TITLE}\n{byline}\n\n{BODY}").authors == authors


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("17 Nov 2020, 21:01 EAT", "2020-11-17"),  # any zone's capitals after the clock
        ("Rabu, 25 Nov 2026 | 14:32 MYT", "2026-11-25"),
        ("17 Nov 2020, 21:01 Paris", None),  # a capitalized word after the clock is no zone
    ],
)
def test_a_clock_with_a_zone_abbreviation(line: str, iso: str | None) -> None:
    from curation.clean import _line_date

    assert _line_date(line) == iso


def test_a_labelled_number_above_the_dateline_is_a_field() -> None:
    """A "Ref. no.: 6/2020" line is no second headline: the headline above it is the title."""
    text = f"{TITLE}\nRef. no.: 6/2020\nPublished: 17 September 2020\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (TITLE, "2020-09-17")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            "ტექსტი: ლევან გელაშვილი, მარიამ ბერიძე და გიორგი ჯავახიშვილი",
            ["ლევან გელაშვილი", "მარიამ ბერიძე", "გიორგი ჯავახიშვილი"],
        ),
        ("გიორგი გელაშვილი · რედაქცია", ["გიორგი გელაშვილი"]),  # Georgian writes no capitals; a desk after a dot
        ("Aram Hovhannisyan · Editorial", ["Aram Hovhannisyan"]),  # names are never listed between dots
        ("عباس الخفاجي - قسم الاقتصاد", ["عباس الخفاجي"]),  # a desk named as a department (economy) after a dash
        ("Nomvula Dube - Department of Health", ["Nomvula Dube"]),
    ],
)
def test_a_byline_in_a_script_without_capitals_or_with_a_role_after_a_dot(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{TITLE}\n{byline}\n\n{BODY}").authors == authors


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("24 сакавіка 2018, 13:52 па мінскім часе", "2018-03-24"),  # whose time the clock gives, in small words
        ("19 September 2024, 23:34 (Tbilisi time)", "2024-09-19"),  # or in parentheses
        ("19 September 2024, 23:34 Paris Police", None),  # a capital outside them may open a headline
        ("19 September 2024, 23:34 the end.", None),  # a sentence
    ],
)
def test_a_date_and_clock_with_words_after_them(line: str, iso: str | None) -> None:
    from curation.clean import _line_date

    assert _line_date(line) == iso


def test_angle_brackets_part_a_breadcrumb() -> None:
    from curation.clean import _is_menu

    assert _is_menu("Početna ⟫ Vijesti ⟫ Kultura") and not _is_menu("Početna ⟪ Vijesti")


def test_the_longest_confirmed_line_is_the_headline() -> None:
    """A section label over the byline, a picture's credit, then the headline over the dateline: the headline."""
    header = ["Opinion · «City voice»", "Text: Jane Smith", "Photo from our archive", TITLE, "17.07.2018 13:25"]
    text = "\n".join(header) + f"\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, ["Jane Smith"], "2018-07-17")


def test_a_label_ending_in_a_quote_is_no_sentence() -> None:
    from curation.clean import _is_title_like

    assert _is_title_like("Opinion · «City voice»") and not _is_title_like("He said: «We will not give up.»")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Mwandishi: Zawadi Omondi na Hamisi Omondi", ["Zawadi Omondi", "Hamisi Omondi"]),  # a label says names follow
        ("Tekstas: Anna Nowak z Nowego Jorku", ["Anna Nowak"]),  # one name and the place she writes from
        ("Maneno: Amina Mushi na Hamisi Kiprono · Picha: Said Khamis", ["Amina Mushi", "Hamisi Kiprono"]),
        ("Ka Tumelo Pheko le Boitumelo Mosweu", ["Tumelo Pheko", "Boitumelo Mosweu"]),  # Setswana "le", and
        ("Bya PROSSY WALUSIMBI NE ANNET KAWOOYA", ["PROSSY WALUSIMBI", "ANNET KAWOOYA"]),  # in capitals
        ("By Ludwig Mies van der Rohe", ["Ludwig Mies van der Rohe"]),  # particles inside one name
        ("Por Ana Paula de Souza", ["Ana Paula de Souza"]),
    ],
)
def test_a_labelled_byline_joins_names_outside_the_given_name_list(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{TITLE}\n{byline}\n\n{BODY}").authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Nyaya yakanyorwa naTatenda Makoni", ["Tatenda Makoni"]),  # Shona "the story was written by", glued
        ("Prossy Lubega, NovaPress Uganda", ["Prossy Lubega"]),  # a brand, then where it publishes
        ("Hamisi Kiprono, Dawati la Habari", ["Hamisi Kiprono"]),  # Swahili "the news desk"
        ("Ishe Chiweshe, VaJoseph Chigariro", ["Ishe Chiweshe", "VaJoseph Chigariro"]),  # an honorific, no brand
    ],
)
def test_labels_glued_to_names_and_outlets_after_them(byline: str, authors: list[str]) -> None:
    from curation.clean import _bare_names, _byline, _people

    found = _byline(byline) or _bare_names(byline)
    assert found is not None and _people(found[0]) == authors


@pytest.mark.parametrize(
    ("line", "authors", "iso"),
    [
        ("Bài: Quốc Hà", ["Quốc Hà"], None),  # Vietnamese "article:"
        ("İnceleme: Nilgün Dağlı", ["Nilgün Dağlı"], None),  # Turkish "review:"
        ("Fotoğraf ve metin: Ebru Kılıç • 24 Mart 2022", ["Ebru Kılıç"], "2022-03-24"),  # "photos and text"
        ("تقرير: أحمد الخطيب", ["أحمد الخطيب"], None),  # Arabic "report:"
        ("Scris de Ioana Ionescu și Alina Ene / 22/12/2020", ["Ioana Ionescu", "Alina Ene"], "2020-12-22"),
        ("28.01.2024 23:09 · Lästid 4 min · Flygreporter Camilla Åström", ["Camilla Åström"], "2024-01-28"),
        (
            "Σάββας Ιωάννου και Κυριάκος Χριστοδούλου για το Daily Courier",
            ["Σάββας Ιωάννου", "Κυριάκος Χριστοδούλου"],
            None,
        ),
    ],
)
def test_byline_labels_roles_and_outlets_of_more_languages(line: str, authors: list[str], iso: str | None) -> None:
    cleaned = clean_text(f"{TITLE}\n{line}\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, iso)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Interview: Jens Bergmann", ["Jens Bergmann"]),  # the interviewer wrote it up
        ("حوار: آسيا العتروس", ["آسيا العتروس"]),  # Arabic "interview:"
        ("Propos recueillis par Marie Dupont", ["Marie Dupont"]),
        ("Interview with the minister", None),  # without its colon, a headline's word
    ],
)
def test_an_interviewers_credit_is_a_byline(line: str, authors: list[str] | None) -> None:
    """A label the whole-page header reads as a byline's: there, unlike under an extract's headline, an unknown label
    before names is not enough."""
    from curation.clean import _byline

    found = _byline(line)
    assert (found[0] if found else None) == authors


def test_a_vietnamese_headline_opening_with_the_word_for_article_is_no_byline() -> None:
    from curation.clean import _byline

    assert _byline("Bài học kinh nghiệm") is None  # "a lesson learned": the label needs its colon


def test_a_capitals_label_and_an_arrow_before_a_headline_inside_the_text_is_a_teaser() -> None:
    text = f"{TITLE}\nBy Jane Smith\n\n{BODY}\n\nSOMA PIA › Uvimbe husababisha vinwango vya kotisoli\n\n{BODY2}\n"
    assert removed_lines(text).get("SOMA PIA › Uvimbe husababisha vinwango vya kotisoli") == "related_links"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Grianghraf: Seán Tóibín / SNÉ", "credit"),  # a label the vocabulary lacks, a name, an agency
        ("ფოტო — ნინო წიკლაური/ქართლინფო", "credit"),
        ("Handledare: Professor Roger Säljö och Docent Jan Paulsson.", None),  # a sentence
        ("Dakar : Siège du Sénat Fédéral.", None),
        ("Tá an scéal seo fíor (Grianghraf: Colm Breathnach)", "caption"),  # the credit ends a caption
        ("Esimesel päeval läbitakse kolm ringi | Pilt: Kadri Kask (ELTA)", "caption"),
    ],
)
def test_a_credit_inside_the_text_whatever_its_label(line: str, reason: str | None) -> None:
    text = f"{TITLE}\nBy Jane Smith\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert removed_lines(text).get(line) == reason


@pytest.mark.parametrize(
    ("line", "iso"), [("25 நவம்பர் 2026", "2026-11-25"), ("Jumatano, 25 Novemba 2026", "2026-11-25")]
)
def test_a_date_in_a_language_no_one_listed(line: str, iso: str) -> None:
    """Tamil and Swahili weekdays: every language dateparser has locale data for is read, the listed ones first."""
    from curation.clean import _line_date

    assert _line_date(line) == iso


@pytest.mark.parametrize(("line", "reason"), [("14:37", "dateline"), ("13:37 PHT", "dateline"), ("9.05", None)])
def test_a_clock_alone_inside_the_text_is_an_entry_time(line: str, reason: str | None) -> None:
    """A live blog's entry time; "9.05" alone may be a price."""
    text = f"{TITLE}\nBy Jane Smith\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert removed_lines(text).get(line) == reason


def test_a_dateline_with_a_menus_dots_and_a_count() -> None:
    """ "Mar 3, 2024 · 4 min read · 1.2K views" has a menu's dots and a ticker's figure: still the dateline."""
    text = f"{TITLE}\nMar 3, 2024 · 4 min read · 1.2K views\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (TITLE, "2024-03-03")


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["Jane Smith", "3 March 2024"], ["Jane Smith"]),  # a lone name over the dateline: a byline split in two
        (["Posted on March 3, 2024 by Jane Smith"], ["Jane Smith"]),  # a dateline ending with its byline
        (["3 March 2024, 14:05 | Jane Smith"], ["Jane Smith"]),
        (["03.03.2024, 14:05 Uhr von Jane Smith"], ["Jane Smith"]),  # the clock's word between the date and the label
        (["March 3, 2024 at 2:05 PM ET by Jane Smith"], ["Jane Smith"]),
        (["Politics", "3 March 2024"], []),  # a section over the dateline, not a person
        (["03/03/2024 14h05 Atualizado há 2 horas"], []),  # a relative updated time after the date
    ],
)
def test_a_byline_and_a_dateline_in_a_scrapers_layout(lines: list[str], authors: list[str]) -> None:
    text = "\n".join([TITLE, *lines]) + f"\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, "2024-03-03")


@pytest.mark.parametrize(("line", "iso"), [("३ मार्च २०२४", "2024-03-03"), ("٣ مارس ٢٠٢٤", "2024-03-03")])
def test_a_date_in_any_scripts_digits(line: str, iso: str) -> None:
    from curation.clean import _line_date

    assert _line_date(line) == iso


def test_a_headline_with_a_full_stop_over_its_dateline() -> None:
    """A short first line whose only stop is its last, confirmed by the dateline: the headline; a line ending with a
    stop under a headline is its standfirst, kept."""
    stand = "Residents are divided over the decision, which ends a two-year dispute."
    for header, title in ([f"{TITLE}.", "March 3, 2024"], f"{TITLE}."), ([TITLE, stand, "March 3, 2024"], TITLE):
        text = "\n".join(header) + f"\n{BODY}\n"
        cleaned = clean_text(text)
        assert (cleaned.title, cleaned.published) == (title, "2024-03-03")
        assert stand not in header or stand in apply_spans(text, cleaned.removed)


@pytest.mark.parametrize(
    ("line", "authors", "iso"),
    [
        ("Minh Anh, Thu Phương và Quang Phương (thực hiện)", ["Minh Anh", "Thu Phương", "Quang Phương"], None),
        ("Ilichapishwa 16 Feb 2021 · Ilisasishwa 16 Feb 2021 saa 07:28", [], "2021-02-16"),  # labelled dates
        ("Publicat per primer cop a El Diari del Maresme (dimarts, 24 de març de 2020, 13:02)", [], "2020-03-24"),
    ],
)
def test_header_fields_in_languages_the_vocabulary_lacks(line: str, authors: list[str], iso: str | None) -> None:
    """A small role word in parentheses after names; a second labelled date with a clock word; a long first-published
    line: whatever the words, the shapes say what the lines are."""
    cleaned = clean_text(f"{TITLE}\n{line}\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, iso)


def test_a_georgian_headline_is_no_byline() -> None:
    """Every Georgian word is lowercase to Unicode: without a label, a role or a date, its words are no names."""
    from curation.clean import _bare_names

    assert _bare_names("პოლონეთის მეფის კაზიმირ IV -ის მმართველობის ხანაში") is None
    assert _bare_names("გიორგი გელაშვილი · რედაქცია") == (["გიორგი გელაშვილი"], None)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Hytta leveres i både laft og reisverk – bilde 1 av 6", "caption"),  # a gallery's picture number
        ("Penelitian ini dilakukan dengan pengamatan. ANTARA FOTO/Siti Wijaya", "caption"),  # an agency's credit
        ("ANTARA FOTO/Budi Lestari", "credit"),
        ("Wir gewannen das Spiel – Runde 5 von 3", None),  # no picture 5 of 3
    ],
)
def test_galleries_and_agency_credits_in_any_language(line: str, reason: str | None) -> None:
    text = f"{TITLE}\nBy Jane Smith\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert removed_lines(text).get(line) == reason


def test_a_menu_one_item_a_line_at_the_top() -> None:
    """Three short lines before anything else: the site's menu."""
    menu = ["Koleksyon ng basura", "Paradahan", "Buwis sa amilyar"]
    text = "\n".join([*menu, TITLE, "By Jane Smith"]) + f"\n\n{BODY}\n"
    found = removed_lines(text)
    assert [found.get(item) for item in menu] == ["navigation"] * 3


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Jane Smith @janesmith", ["Jane Smith"]),  # a handle after the name
        ("Story by Jane Smith; photos by John Doe", ["Jane Smith"]),  # the first credit
        ("Jane Smith\nSenior Reporter", ["Jane Smith"]),  # a lone name over a role
    ],
)
def test_more_byline_shapes(line: str, authors: list[str]) -> None:
    text = f"{TITLE}\n{line}\nMarch 3, 2024\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (TITLE, authors)
    assert "Senior Reporter" not in apply_spans(text, cleaned.removed)


# An article whose words its headline and its standfirst share, as a real article's do
ARTICLE = (
    "The city council voted on Tuesday to back the plan for the centre, after months of debate about traffic.\n\n"
    "Councillors said the plan would bring new housing and shops to the centre within five years."
)
DECK = "An expert panel weighs what the changes mean for residents and traders"


@pytest.mark.parametrize(
    "headline",
    [
        "Council backs plan for the centre",
        "Should the council back the plan for the centre?",
        "'We back the plan': council votes for the centre",
    ],
)
@pytest.mark.parametrize(
    "below", [["12 March 2024"], ["By Jane Smith", "12 March 2024"], ["Jane Smith", "March 12, 2024"]]
)
def test_a_headline_over_a_standfirst_without_a_stop_is_the_title(headline: str, below: list[str]) -> None:
    """The line right over the dateline is a standfirst, not the headline, when a headline that the article's words
    confirm stands over it: the headline is the title and the standfirst stays text."""
    text = f"{headline}\n{DECK}\n" + "\n".join(below) + f"\n\n{ARTICLE}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (headline, "2024-03-12")
    assert cleaned.authors == (["Jane Smith"] if "Jane" in below[0] else [])
    assert apply_spans(text, cleaned.removed).strip() == f"{DECK}\n\n{ARTICLE}"


# A headline that shares one word with its article ("market"), over a long standfirst without a stop
HOUSING = (
    "House prices in the capital fell for the third month in a row, according to figures published on Wednesday.\n\n"
    "The number of sales agreed on the market was down by a fifth on the same month last year."
)
HOUSING_DECK = "Sellers refuse to cut prices while buyers wait for lower mortgage rates, estate agents say"


@pytest.mark.parametrize("below", [[], ["12 March 2024"], ["By Jane Smith", "12 March 2024"]])
def test_the_first_line_over_a_long_standfirst_is_the_headline(below: list[str]) -> None:
    """A scraper writes the title first: over a standfirst half as long again, the first line is the headline even
    when the article repeats one of its words only; the standfirst stays text."""
    headline = "Why the housing market is stuck"
    text = f"{headline}\n{HOUSING_DECK}\n" + "".join(f"{line}\n" for line in below) + f"\n{HOUSING}\n"
    cleaned = clean_text(text)
    assert cleaned.title == headline
    assert f"{HOUSING_DECK}\n\n{HOUSING}" in apply_spans(text, cleaned.removed)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Album review: Currently the band has a staff of 31", "Album review: Currently the band has a staff of 31"),
        ("RESULTADO FINAL: Desportivo da Beira 2-1 Atlético", "Sellers wait for lower rates"),  # a badge
        ("BNM: Toate documentele redactate în limba romana", "BNM: Toate documentele redactate în limba romana"),
        ("NASA: Artemis crew named for the moon flight", "NASA: Artemis crew named for the moon flight"),  # acronyms
        ("Argazkia: egilearen artxibo pertsonala", "Sellers wait for lower rates"),  # a credit's words
    ],
)
def test_a_topic_headline_over_a_short_standfirst(first: str, title: str) -> None:
    """'Topic: headline' over the line the dateline stands under: the headline, and that line its standfirst."""
    text = f"{first}\nSellers wait for lower rates\n12 March 2024\n\n{HOUSING}\n"
    assert clean_text(text).title == title


@pytest.mark.parametrize("headline", ["Ein Albtraum", "Housing: what next", "Market update for 31. January"])
@pytest.mark.parametrize("below", [[], ["12 March 2024"], ["Anna Berg", "12 March 2024"]])
@pytest.mark.parametrize("kicker", ["", "TRENDS\n"])
def test_a_short_first_line_over_a_long_standfirst_is_the_headline(
    headline: str, below: list[str], kicker: str
) -> None:
    """However short, and whatever words it shares with the text, or a day's number with its stop: the first line,
    under a kicker in capitals too."""
    text = f"{kicker}{headline}\n{HOUSING_DECK}\n" + "".join(f"{line}\n" for line in below) + f"\n{HOUSING}\n"
    cleaned = clean_text(text)
    assert cleaned.title == headline
    assert f"{HOUSING_DECK}\n\n{HOUSING}" in apply_spans(text, cleaned.removed)


@pytest.mark.parametrize(
    "dateline",
    [
        "27.01.2020 Soziales & Gesundheit",
        "selbst ist der Mann 22.02.2021",
        "Anna Smith, CFP®\nFact-checked by the editorial team\nUpdated January 27, 2020",  # three short lines
    ],
)
def test_a_dateline_with_fields_under_a_standfirst_with_its_stop(dateline: str) -> None:
    """A one-sentence standfirst reads as the text's first paragraph; the short line under it still gives the date."""
    text = f"Why the housing market is stuck\n{HOUSING_DECK}.\n{dateline}\n\n{HOUSING}\n"
    assert clean_text(text).published in ("2020-01-27", "2021-02-22")


def test_the_byline_and_dateline_under_a_standfirst_with_its_stop_are_the_headers() -> None:
    """Under a one-sentence first paragraph right under the title (where the header stopped: it read no byline under
    it), byline and dateline lines are read and removed; the standfirst stays."""
    fields = "Gülsen Tuncel\nEditörlerimiz tarafından doğrulandı\nGüncelleme: 27.01.2020 · 10 dk okuma"  # unread
    text = f"Why the housing market is stuck\n{HOUSING_DECK}.\n{fields}\n\n{HOUSING}\n"
    cleaned = clean_text(text)
    assert cleaned.published == "2020-01-27"
    assert removed_lines(text).get("Güncelleme: 27.01.2020 · 10 dk okuma") == "dateline"
    assert HOUSING_DECK in apply_spans(text, cleaned.removed)


@pytest.mark.parametrize(
    ("first", "iso"),
    [
        ("House prices fell again. Agents blame mortgage rates, which rose again this spring.", None),  # the text
        ("House prices fell again, and agents blame mortgage rates.", "2000-08-01"),  # maybe a standfirst
    ],
)
def test_a_date_under_the_first_paragraph(first: str, iso: str | None) -> None:
    """Under a first paragraph of two sentences, a short line's date is the text's, not the article's."""
    line = "New servers went live in Bayreuth on 01.08.2000 for the shop"
    text = f"Why the housing market is stuck\n\n{first}\n\n{line}\n\n{HOUSING}\n"
    assert clean_text(text).published == iso


@pytest.mark.parametrize(
    "first",
    [
        "Not displaying correctly? View the market report in your browser",  # two sentences: a prompt
        "Latest on the market",  # shorter than the headline and than a headline of its own: a kicker
    ],
)
def test_a_first_line_over_a_headline_is_no_headline(first: str) -> None:
    headline = "Sellers refuse to cut prices while buyers wait for lower rates"
    text = f"{first}\n{headline}\n12 March 2024\n\n{HOUSING}\n"
    assert clean_text(text).title == headline


@pytest.mark.parametrize("widget", ["Follow the broadcast live here", "Watch the channel live now"])
def test_a_widget_over_the_headline_is_no_headline(widget: str) -> None:
    """A site's line over the headline that shares no word with the article is a widget: the line over the dateline
    stays the headline."""
    headline = "Council backs plan for the centre after months of debate"
    text = f"{widget}\n{headline}\n12 March 2024\n\n{ARTICLE}\n"
    assert clean_text(text).title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "St. Louis Park elects a new mayor, apparently the first Somali American to lead a U.S. city",
        "Dr. Smith and Mrs. Brown of the U.K. team win the prize for the best research on plastic waste",
    ],
)
def test_an_abbreviation_ends_no_sentence_in_a_headline(headline: str) -> None:
    text = f"{headline}\nNovember 8, 2023\n\n{BODY}\n"
    assert clean_text(text).title == headline


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published 12 March 2024, 5 min read", "2024-03-12"),  # a count after a comma
        ("12 Mar 2024 5 min read", "2024-03-12"),  # a count after a space
        ("March 12, 2024, 1,234 views", "2024-03-12"),
        ("Published 12 March 2024, the day after", None),  # words after the comma: no count
    ],
)
def test_a_date_then_a_count_without_a_separator(line: str, iso: str | None) -> None:
    from curation.clean import _line_date

    assert _line_date(line) == iso


def test_a_weekday_before_the_date_is_no_name() -> None:
    cleaned = clean_text(f"{TITLE}\nPublished Tuesday, March 12, 2024\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, [], "2024-03-12")


def test_a_name_over_a_role_under_a_question_headline() -> None:
    question = "Should scientists engage in activism?"
    cleaned = clean_text(f"{question}\nJane Smith\nSenior Reporter\n12 March 2024\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (question, ["Jane Smith"], "2024-03-12")


@pytest.mark.parametrize(
    "line",
    [  # a blog theme's dateline, its byline, then the link to the comments
        "Posted on March 12, 2024 by Jane Smith — Leave a comment",
        "Posted on March 12, 2024 by Jane Smith | 3 Comments",
        "Veröffentlicht am 12. März 2024 von Jane Smith — Hinterlasse eine Antwort",
        "Publicado el 12 de marzo de 2024 por Jane Smith — Deja una respuesta",
        "Geplaatst op 12 maart 2024 door Jane Smith — Geef een reactie",
        "March 12, 2024 by Jane Smith Leave a Comment",  # the theme's links, no mark between them
        "Jane Smith March 12, 2024 No Comments",  # the name, then the date's month
        "March 12, 2024 by Jane Smith · 5 min read",  # a reading time after the names
        "Opublikowano 12 marca 2024 przez Jane Smith",  # Polish "by": a word of five letters
        "Publikováno 12. března 2024 autorem Jane Smith",  # Czech, seven
        "Jane Smith | 12 de marzo de 2024 | 3 comentarios",  # a date of five words is one field, not a menu's item
        "12 Mart 2024 - Jane Smith",  # a spaced hyphen between the date and the names
    ],
)
def test_a_dateline_byline_and_comment_link(line: str) -> None:
    text = f"{TITLE}\n{line}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, ["Jane Smith"], "2024-03-12")
    assert line in removed_lines(text)


@pytest.mark.parametrize("line", ["March 12, 2024", "12.03.2024 | Lesezeit: 4 Min.", "Τρίτη, 12 Μαρτίου 2024, 10:15"])
def test_an_extracts_last_line_only_a_date_is_its_dateline(line: str) -> None:
    third = "The opposition said it would challenge several of the spending cuts in the courts later this spring."
    text = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\n{third}\n\n{line}\n"  # too far under the headline to be its date
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (TITLE, "2024-03-12")
    assert removed_lines(text).get(line) == "dateline"


@pytest.mark.parametrize(
    "headline",
    [
        "U.S. economy grows faster than expected",
        "Dr. Smith warns of a long flu season ahead",
        "Fed's J. Powell hints at rate cuts in June",
        "Ali je to konec zgodovine t.i. zahodnega sveta?",  # Slovenian "so-called"
        "Prof. Nowak ostrzega przed grypą",
        "Apple vs. Samsung: the patent war is back",
    ],
)
def test_a_headline_with_an_abbreviation_over_a_standfirst_without_its_stop(headline: str) -> None:
    # an abbreviation's stop is no sentence's end: the headline is no prompt of two sentences over the title
    standfirst = "The figures surprised economists, who had expected the slowdown of last year to go on"
    cleaned = clean_text(f"{headline}\n{standfirst}\nMarch 12, 2024\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.title, cleaned.published) == (headline, "2024-03-12")


def test_a_last_line_date_does_not_override_the_headers() -> None:
    cleaned = clean_text(f"{TITLE}\n10 March 2024\n\n{BODY}\n\n{BODY2}\n\nMarch 12, 2024\n")
    assert cleaned.published == "2024-03-10"


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        ("Jane Smith and John Doe", ["Jane Smith", "John Doe"]),
        ("Maria Rossi in Jan Novak", ["Maria Rossi", "Jan Novak"]),
    ],
)
def test_names_under_a_long_question_headline_are_its_byline(names: str, authors: list[str]) -> None:
    # a long first line over a shorter one with a dateline under it reads as a notice over the headline; two names
    # are no headline (the second in Slovenian)
    question = "Will the city council finally agree on a budget for the new tram line this year?"
    cleaned = clean_text(f"{question}\n{names}\n12.3.2024\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (question, authors, "2024-03-12")


def test_a_dateline_ending_in_its_byline_under_a_question_headline() -> None:
    question = "Should scientists engage in activism?"
    cleaned = clean_text(f"{question}\nPosted on March 12, 2024 by Jane Smith\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (question, ["Jane Smith"], "2024-03-12")


@pytest.mark.parametrize(
    "dateline",
    [
        "Tue, 12 Mar 2024 10:30:00 +0000",  # a feed's date, its zone an offset after the clock
        "March 12 2024, 10:30 a.m.",  # a clock's "a.m." ends with a stop: still a dateline, not a sentence
    ],
)
def test_a_dateline_under_a_question_headline_and_its_standfirst(dateline: str) -> None:
    question = "Should scientists engage in activism?"
    standfirst = "Researchers are divided over whether speaking out harms trust in science."
    text = f"{question}\n{standfirst}\n{dateline}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (question, "2024-03-12")
    assert apply_spans(text, cleaned.removed).strip() == f"{standfirst}\n\n{BODY}"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By\nDavid Brand\nand\nRamsey Khalifeh", ["David Brand", "Ramsey Khalifeh"]),  # a page's inline links
        ("Von:\nJana Schmidt", ["Jana Schmidt"]),
    ],
)
def test_a_byline_label_alone_over_its_names(byline: str, authors: list[str]) -> None:
    text = f"{TITLE}\n{byline}\nPublished Nov 8, 2023\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, "2023-11-08")
    assert apply_spans(text, cleaned.removed).strip() == BODY


def test_a_label_alone_over_a_sentence_is_no_byline() -> None:
    text = f"{TITLE}\nBy\nthe way, this is a sentence that goes on and on and on.\n\n{BODY}\n"
    assert clean_text(text).authors == []


@pytest.mark.parametrize(
    ("byline", "authors", "iso"),
    [
        ("von Alexander Karper Foto: © GEPA", ["Alexander Karper"], None),  # a picture's credit ends the names
        ("von Sonia Mevißen Erstellt am 01.01.23 um 08:35", ["Sonia Mevißen"], "2023-01-01"),  # the date's label
        ("Von Anna Data und Ben Stand", ["Anna Data", "Ben Stand"], None),  # without a date, no label is cut
    ],
)
def test_what_follows_a_bylines_names(byline: str, authors: list[str], iso: str | None) -> None:
    from curation.clean import _byline

    assert _byline(byline) == (authors, iso)


@pytest.mark.parametrize("dateline", ["22.11.2022", "· 14. Oktober 2021"])
@pytest.mark.parametrize("name", ["Christian Mihatsch", "Aisyah Osman", "Khairul Kassim"])  # Malay given names too
def test_a_lone_name_under_the_dateline_is_the_byline(dateline: str, name: str) -> None:
    cleaned = clean_text(f"{TITLE}\n{dateline}\n{name}\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors) == (TITLE, [name])


@pytest.mark.parametrize(
    "headline",
    [
        "More than 100 dead: floods hit the south of Spain",
        "Mehr als 100 Tote: Flut in Spanien",
        "Jetzt auch noch Cowboyboots: Crocs erzielt Milliardenumsätze",
        "More people – fewer cars in the city centre",
    ],
)
def test_a_headline_with_a_read_word_before_its_colon_is_no_teaser(headline: str) -> None:
    """ "More", "auch" or "plus" in a headline's first words is no "Read more:" label."""
    cleaned = clean_text(f"{headline}\n12 March 2024\n\n{BODY}\n")
    assert cleaned.title == headline


@pytest.mark.parametrize(
    "teaser", ["Read more: Floods hit Spain", "Lesen Sie auch: Flut in Spanien", "LÄS OCKSÅ – Stormen drog in"]
)
def test_teaser_labels_still_go(teaser: str) -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{teaser}\n\n{BODY2}\n"
    assert removed_lines(text).get(teaser) == "related_links"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("01.02.2022 | Breuninger-Meeting", "2022-02-01"),  # the date, then its section or event
        ("01. November 2021 | Naturschutz, BUND", "2021-11-01"),
        ("12.12.2022 | 06:46 | Energieversorgung", "2022-12-12"),
        ("12 March 2024 | Sport | World", None),  # two items after the date: a menu
        ("08.11.2021 | Online-Fachtag zum Intersex Day of Remembrance", None),  # a teaser's headline after it
    ],
)
def test_a_date_then_its_section(line: str, iso: str | None) -> None:
    from curation.clean import _line_date

    assert _line_date(line) == iso


@pytest.mark.parametrize(
    "line", ["Veröffentlicht am 12. Juni 2017 von gizzmo", "Publiziert am 13. Januar 2014 von uriebe"]
)
def test_a_dateline_crediting_a_handle_gives_its_date_and_no_author(line: str) -> None:
    cleaned = clean_text(f"{TITLE}\n{line}\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published[:4]) == (TITLE, [], line.split()[4])


def test_a_lone_name_between_the_headline_and_the_text_is_the_byline() -> None:
    cleaned = clean_text(f"{TITLE}\nOliver Baroni\n{BODY}\n")
    assert (cleaned.title, cleaned.authors) == (TITLE, ["Oliver Baroni"])


@pytest.mark.parametrize(
    "under",
    [
        "Early years in the city",  # a subheading
        "Where: Philharmonic Hall, Yerevan\nWhen: Saturday, 19:00",  # an event's fields
    ],
)
def test_a_lone_name_right_under_the_headline_over_a_short_line_is_the_byline(under: str) -> None:
    """A name right under the headline is its writer's whatever follows: a subheading that is a person's name and
    nothing else, first thing under the headline, is rarer than a byline over a field or a subheading."""
    cleaned = clean_text(f"{TITLE}\nOliver Baroni\n{under}\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors) == (TITLE, ["Oliver Baroni"])


def test_a_badge_in_a_script_without_capitals_under_a_notice_is_no_byline() -> None:
    """Two words of a script without capitals are no name's shape: a job alert's badge ("జాబ్ అలర్ట్") under a
    cookie notice and over the headline, its dateline and its labelled byline."""
    text = (
        "మా వెబ్\u200cసైట్ కుకీలను ఉపయోగిస్తుంది. అంగీకరించండి | సెట్టింగ్\u200cలు\nజాబ్ అలర్ట్\n"
        "అయితే ఇది సామాన్యమైన కోతి మూక కాదు\n17 సెప్టెంబర్ 2017\nకథనం: కావ్య రెడ్డి, వంశీ రెడ్డి\n\n"
        f"{BODY}\n"
    )
    assert clean_text(text).authors == ["కావ్య రెడ్డి", "వంశీ రెడ్డి"]


@pytest.mark.parametrize(("name", "known"), [("Jean-François Dupont", True), ("Foo-Bar Baz", False)])
def test_a_double_given_name_is_known_by_its_first_part(name: str, known: bool) -> None:
    from curation.names import person_name

    assert person_name(name) is known


@pytest.mark.parametrize(
    "name",
    ["Thabo Nkosi", "Yohanes Latuconsina", "Chinedu Okafor", "Tatenda Moyo", "Kovács Anna", "Siddharth Prakash"],
)
def test_a_lone_name_from_outside_europe_over_the_dateline(name: str) -> None:
    """Given names of Southern, West and East Africa, South Asia and Indonesia, which gender-guesser's list lacks, and a
    Hungarian name with its family name first: the package's own list (`data/given_names.txt`) holds them."""
    cleaned = clean_text(f"Prison official says anyone could escape from Northward\n{name}\nMay 4, 2022\n\n{BODY}\n")
    assert cleaned.authors == [name]


@pytest.mark.parametrize(
    ("name", "credit"),
    [("Gülsen Tuncel", "Editörlerimiz tarafından doğrulandı"), ("Jane Smith", "Checked by our editors")],
)
def test_a_lone_name_over_a_credit_over_the_dateline(name: str, credit: str) -> None:
    """A name, a reviewer's or desk's credit, then the dateline: the byline's name and its second line, both cut."""
    text = f"{TITLE}\n{name}\n{credit}\nMay 4, 2022\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, [name], "2022-05-04")
    assert removed_lines(text).get(credit) == "byline"


def test_a_badge_without_capitals_over_the_headline_and_its_dateline_names_no_one() -> None:
    """Two words in a script without capitals ("జాబ్ అలర్ట్", job alert) have no name's shape: over a short headline
    and its dateline they are no byline."""
    notice = "మా వెబ్\u200cసైట్ కుకీలను ఉపయోగిస్తుంది. అంగీకరించండి | సెట్టింగ్\u200cలు"  # a cookie notice over them
    text = f"{notice}\nజాబ్ అలర్ట్\nఅయితే ఇది సామాన్యమైన కోతి మూక కాదు\n17 September 2017\n\n{BODY}\n"
    assert clean_text(text).authors == []


def test_a_lone_name_over_the_headline_and_its_dateline_is_the_byline() -> None:
    cleaned = clean_text(f"Reto Brunner\n{TITLE}\n15. März 2024, 20.28 Uhr\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, ["Reto Brunner"], "2024-03-15")


def test_a_lone_name_before_its_section_over_the_headline_and_its_dateline_is_the_byline() -> None:
    headline = "Наступного дня він брав участь у полюванні, хоча стріляти з рушниці"
    cleaned = clean_text(f"Соломія Гнатюк | Робота\n{headline}\n14 жовтня 2019, 16:53\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors) == (headline, ["Соломія Гнатюк"])


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("Taylor Swift", "Swift announces a world tour for next summer"),  # the story's subject
        ("JOB ALERT", "Council hires forty new bus drivers for the city"),  # a badge in capitals
    ],
)
def test_a_kicker_over_the_headline_and_its_dateline_names_no_one(kicker: str, headline: str) -> None:
    cleaned = clean_text(f"{kicker}\n{headline}\nMay 4, 2022\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors) == (headline, [])


def test_a_headline_that_reads_as_names_over_a_standfirst_on_its_topic_is_the_title() -> None:
    """A headline of capitalized words can read as a list of names ("Olympische Spiele" in "Paris Getränke", "in"
    being Slovene for "and", "per Schiff …" an outlet): a known given name ("Paris") does not make it a byline when
    the surname is a word of the standfirst or the text right under it. A writer's name is not the story's topic."""
    headline = "Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum"
    standfirst = (
        "Dazu werden die Getränke per Schiff von einem Lager im Umland zu einem Kai gegenüber dem Eiffelturm "
        "geliefert, teilte die Pariser Hafengesellschaft mit"
    )
    text = f"{headline}\n{standfirst}\nMittwoch, 01. November 2023 - Handel\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, [], "2023-11-01")
    assert standfirst in apply_spans(text, cleaned.removed)


def test_names_over_the_headline_stay_the_byline_when_the_text_names_them_further_down() -> None:
    """A byline over the headline whose names the article repeats at its end (a signature) is still the byline:
    only the headline and the lines right under it tell a topic from a writer."""
    byline = "Jane Smith and Tom Baker"
    text = f"{byline}, Reuters\n{TITLE}\nMay 4, 2022\n\n{BODY}\n\n{BODY2}\n\n{byline}\n"
    assert clean_text(text).authors == ["Jane Smith", "Tom Baker"]


def test_a_lone_pair_of_unknown_words_over_the_dateline_names_no_one() -> None:
    cleaned = clean_text(
        f"Prison official says anyone could escape from Northward\nDigital Life\nMay 4, 2022\n\n{BODY}\n"
    )
    assert cleaned.authors == []


@pytest.mark.parametrize("name", ["James Whittaker", "David Brand", "Thomas Müller", "Maria Schmidt"])
def test_a_frequent_given_name_is_no_stop_word(name: str) -> None:
    """jusText's lists hold frequent given names ("james", "thomas"): only words the text writes in lowercase count
    as its stop words, so a lone name over the dateline is still a byline."""
    cleaned = clean_text(f"Prison official says anyone could escape from Northward\n{name}\nMay 4, 2022\n\n{BODY}\n")
    assert cleaned.authors == [name]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2018 жылғы 27 қаңтар", "2018-01-27"),  # a word for "year's" between the year and the day
        ("27 ng Setyembre 2015", "2015-09-27"),  # a word for "of" between the day and the month
        ("26 Meitheamh 2021 ag 11:42", "2021-06-26"),  # the language's "at" before the clock time
        ("27 January 2018 elections", None),  # a word after the date: text about it
        ("2018 big words 27 January", None),  # two words no list knows
        ("september 2024 – lestími 11 mín.", None),  # the number after the word is a count, far from the month
    ],
)
def test_a_date_in_a_language_with_words_no_list_knows(line: str, iso: str | None) -> None:
    assert parse_date(line) == iso


CATALAN = (
    "El parlament va aprovar el pressupost per a l'any vinent després d'un debat molt llarg a la cambra.\n\n"
    "L'oposició va votar en contra i va anunciar un recurs al tribunal constitucional per defensar els seus drets.\n"
)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Per Jordi Puig i Marc Soler", ["Jordi Puig", "Marc Soler"]),  # "per" is a word the text writes in lowercase
        ("Anna Maria Puig i Marc Soler", ["Anna Maria Puig", "Marc Soler"]),  # "anna" is not
    ],
)
def test_a_byline_label_the_vocabulary_lacks_is_a_function_word_of_the_text(byline: str, authors: list[str]) -> None:
    text = f"El parlament aprova el pressupost de l'any vinent\n\n{byline}\n\n{CATALAN}"
    assert clean_text(text).authors == authors


def test_a_given_name_that_is_a_function_word_elsewhere_stays() -> None:
    # "per" is a Catalan and Italian function word, and a Swedish given name: an English text never writes it alone
    text = f"Parliament approves the budget for next year\n\nBy Per Olof Petersson\n\n{BODY}\n"
    assert clean_text(text).authors == ["Per Olof Petersson"]


IRISH = (
    "Tá an rialtas ag obair le chéile leis an gcomhairle chun an fhadhb a réiteach go luath.\n\n"
    "Dúirt an t-aire go mbeidh an plean réidh le himeacht an tsamhraidh agus go mbeidh airgead ann dó.\n"
)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Le Pádraig Puirséil", ["Pádraig Puirséil"]),  # "le" is written in lowercase in the text: a label
        ("Le Céitinn Puirséil", []),  # no known given name opens what follows
    ],
)
def test_a_byline_label_no_list_knows(byline: str, authors: list[str]) -> None:
    text = f"Plean nua don chathair á réiteach ag an rialtas\n\n{byline}\n\n{IRISH}"
    assert clean_text(text).authors == authors


@pytest.mark.parametrize("line", ["The White House", "In Washington Today"])
def test_a_function_word_before_a_place_is_no_byline(line: str) -> None:
    text = f"Parliament approves the budget for next year\n\n{line}\n\n{BODY}\n"
    assert clean_text(text).authors == []


@pytest.mark.parametrize("line", ["Text: Anna Smith // 21 May 2019", "By Anna Smith // 2019-05-21T19:53Z"])
def test_a_double_slash_between_byline_and_date(line: str) -> None:
    result = clean_text(f"{TITLE}\n\n{line}\n\n{BODY}\n")
    assert (result.authors, result.published) == (["Anna Smith"], "2019-05-21")


@pytest.mark.parametrize(
    ("first", "cut"),
    [
        ("GYUMRI, 20 May 2017 — Ararat-press — ", "GYUMRI, 20 May 2017 — Ararat-press — "),
        ("TBILISI, 21 November 2024. Kartlinfo — ", "TBILISI, 21 November 2024. Kartlinfo — "),
        ("KYIV, 3 March 2024 — The first sentence is long — ", "KYIV, 3 March 2024 — "),  # more than a name
        ("LISBOA, 17.12.2022, 12:55 — Parte C - ", "LISBOA, 17.12.2022, 12:55 — "),  # a hyphen, not a dash
    ],
)
def test_the_outlet_a_dash_sets_after_a_glued_dateline(first: str, cut: str) -> None:
    text = f"{TITLE}\n\n{first}{SENTENCE}\n\n{BODY}\n"
    assert removed_lines(text).get(cut.strip()) == "dateline"
    assert f"\n{first[len(cut) :]}{SENTENCE}" in "\n" + apply_spans(text, clean_text(text).removed)


def test_a_date_glued_by_a_label_has_no_outlet_after_it() -> None:
    text = f"{TITLE}\n\ndate 2024-11-08 November 8 – Victory Day is a holiday. And more.\n\n{BODY}\n"
    assert "November 8 – Victory Day is a holiday." in apply_spans(text, clean_text(text).removed)


@pytest.mark.parametrize(
    ("header", "title", "authors"),
    [
        ("Tridents’ challenge\n\nPosted on April 29, 2022", "Tridents’ challenge", []),
        ("Unstillbares Heimweh\n\nFrank Hahn am 18. September 2019", "Unstillbares Heimweh", ["Frank Hahn"]),
        ("WORLD NEWS\n\nPosted on April 29, 2022", None, []),  # a capitals label
        # the line over the dateline is the headline, the first line its kicker
        ("Tridents’ challenge\n\nThe club's new season\n\nPosted on April 29, 2022", "The club's new season", []),
        ("Tridents’ challenge\nSiteName", "Tridents’ challenge", []),  # nothing vouches for it, but it comes first
    ],
)
def test_a_two_word_headline_on_the_first_line_over_its_dateline(
    header: str, title: str | None, authors: list[str]
) -> None:
    """A scraper writes the title first: two words there, right over the byline or dateline, are the headline."""
    result = clean_text(f"{header}\n\n{BODY}\n")
    assert (result.title, result.authors) == (title, authors)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("18/11/2560 12:31", "2017-11-18"),  # the Buddhist era: 543 years ahead
        ("18 พฤศจิกายน 2558", "2015-11-18"),
        ("๑๘ พฤศจิกายน ๒๕๕๘", "2015-11-18"),  # in Thai digits
        ("18/11/2700", None),  # in neither era's range
    ],
)
def test_thai_dates_of_the_buddhist_era(line: str, iso: str | None) -> None:
    assert parse_date(line) == iso


THAI = (
    "รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรในภาคเหนือ หลังจากน้ำท่วมหนักเมื่อสัปดาห์ที่แล้ว และจะเริ่มจ่ายเงินในเดือนหน้า.\n\n"
    "เจ้าหน้าที่กล่าวว่าการสำรวจความเสียหายยังไม่เสร็จสิ้น และคาดว่าจะมีผู้ได้รับผลกระทบมากกว่าหนึ่งหมื่นครัวเรือน.\n"
)
PERSIAN = (
    "دولت امروز برنامه تازه‌ای برای کمک به کشاورزان شمال کشور اعلام کرد که از ماه آینده اجرا می‌شود.\n\n"
    "به گفته مسئولان، بررسی خسارت‌ها هنوز ادامه دارد و بیش از ده هزار خانوار از این سیل آسیب دیده‌اند.\n"
)
ARABIC = (
    "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في الشمال بعد الفيضانات التي ضربت المنطقة الأسبوع الماضي.\n\n"
    "وقال المسؤولون إن تقدير الأضرار ما زال جاريا وإن أكثر من عشرة آلاف أسرة تضررت من السيول.\n"
)


@pytest.mark.parametrize(
    ("header", "body", "authors"),
    [
        # a joiner in a script without case, and the label's colon
        ("เรื่อง: สุดารัตน์ วงศ์ใหญ่, ณัฐวุฒิ บุญมา และ กมลชนก แก้วมณี", THAI, ["สุดารัตน์ วงศ์ใหญ่", "ณัฐวุฒิ บุญมา", "กมลชนก แก้วมณี"]),
        # a label of two words, one a function word of the text ("by the pen of"), Arabic commas between the names
        ("به قلم علی تهرانی، زهرا رضایی و حسین موسوی", PERSIAN, ["علی تهرانی", "زهرا رضایی", "حسین موسوی"]),
        ("بقلم عبد الله الخطيب", ARABIC, ["عبد الله الخطيب"]),  # "عبد" is a name's part, never a label
    ],
)
def test_bylines_in_scripts_without_capitals(header: str, body: str, authors: list[str]) -> None:
    title = {
        THAI: "รัฐบาลประกาศมาตรการ ช่วยเหลือเกษตรกร ภาคเหนือ",
        PERSIAN: "برنامه تازه دولت برای کشاورزان",
        ARABIC: "خطة جديدة لدعم المزارعين",
    }
    assert clean_text(f"{title[body]}\n\n{header}\n\n{body}").authors == authors


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("آخرین فیلم او و رازها بود", PERSIAN),  # "his last film and it was secrets": an "and" between two phrases
        ("وقال المسؤولون، والحكومة الجديدة", ARABIC),  # a comma between two phrases
    ],
)
def test_phrases_in_scripts_without_capitals_are_no_bare_names(line: str, body: str) -> None:
    """In a script without case, the shape of a line (words split by a comma or an "and") names no one: without a
    label, a role or a date to vouch for it, a line under the headline is no byline."""
    assert clean_text(f"عنوان المقال الطويل عن الاقتصاد\n\n{line}\n\n{body}").authors == []


@pytest.mark.parametrize("meta", ["2023年12月5日 10:30", "作者：张伟\n2023年12月5日 10:30"])
def test_a_chinese_question_headline(meta: str) -> None:
    """A headline that ends with the full-width question mark, as Chinese and Japanese write it: the header goes on."""
    body = (
        "政府今天宣布了一项帮助北方农民的新计划，该计划将于下个月开始实施，预计将惠及一万多户家庭。\n\n"
        "官员表示，损失评估工作仍在进行中，超过一万户家庭在这次洪水中受到影响，当地正在组织救援。\n"
    )
    result = clean_text(f"新计划能否帮助北方农民？\n\n{meta}\n\n{body}")
    assert (result.title, result.published) == ("新计划能否帮助北方农民？", "2023-12-05")
    assert result.authors == (["张伟"] if "作者" in meta else [])


def test_a_korean_reporters_credit_under_the_standfirst() -> None:
    body = "또한 저공해차로 분류되는 LPG 차량에 대해서는 혼잡통행료도 50% 감면해준다."
    text = (
        f"입력 2017.08.24 23:47\n\n‘국부펀드의 강력한 도전으로 글로벌 머니게임은’\n\n{body}\n\n안하린 기자\n\n"
        "전문가들은 예전처럼 추격 매수나 치밀한 시장상황 분석과 전략없이 투자는 자제해야 한다고 입을 모았다.\n\n"
        "그는 그러나 현재 관련국간에 논의중인 방안에 대해서는 답을 피했다.\n"
    )
    assert clean_text(text).authors == ["안하린"]


def test_a_persian_report_label_needs_its_colon() -> None:
    assert clean_text(f"برنامه تازه دولت برای کشاورزان\n\nگزارش: بهزاد شریفی\n\n{PERSIAN}").authors == ["بهزاد شریفی"]
    assert clean_text(f"برنامه تازه دولت برای کشاورزان\n\nگزارش جدید بانک جهانی\n\n{PERSIAN}").authors == []


def test_the_longest_headline_is_no_byline_over_it() -> None:
    """A labelled byline above the headline, which no headline over it vouches for, is never the longest headline."""
    text = f"Berichterstattung: Anna Schmidt und Jan Kowalski\n\nNeue Städte in diesem Jahr\n\n{BODY}\n"
    assert clean_text(text).title == "Neue Städte in diesem Jahr"


@pytest.mark.parametrize(
    ("line", "iso"),
    [("الخميس 23 حزيران 2022", "2022-06-23"), ("5 أيار 2021", "2021-05-05"), ("23 آب 2022", "2022-08-23")],
)
def test_levantine_arabic_months(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [("الجمعة 8 فيفري 2019", "2019-02-08"), ("3 أفريل 2020", "2020-04-03"), ("12 جويلية 2020", "2020-07-12")],
)
def test_maghrebi_arabic_months(line: str, iso: str) -> None:
    assert parse_date(line) == iso


QUESTION = "Should scientists engage in activism?"
STANDFIRST = "Researchers are divided over whether speaking out harms their credibility, a new survey suggests."


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        (f"{QUESTION}\n{STANDFIRST}\n12 March 2024 - Science desk - Berlin office", "2024-03-12"),  # under a standfirst
        (f"{QUESTION}\nScience desk, 12 March 2024, 3 min read, 1.2k views", "2024-03-12"),  # commas between fields
        (f"{QUESTION}\nMarch 12, 2024 - Science", "2024-03-12"),  # the comma inside a date still reads
        (f"{HEADLINE}\n02.02.2022 A-Frauen", "2022-02-02"),  # a date and its section, no separator
        (f"{HEADLINE}\nTine 2. Februar 2020 2. Februar 2020 Radtouren Berlin", "2020-02-02"),  # inside a line
        (f"{HEADLINE}\npage revision: 8, last edited: 17 Jun 2018 15:15", "2018-06-17"),
    ],
)
def test_a_date_among_a_datelines_other_fields(header: str, iso: str) -> None:
    """Under a headline, a short line that writes a whole date among fields no list knows (a desk, a place, a
    section, a revision) gives the article's date; the headline stays the title."""
    cleaned = clean_text(f"{header}\n\n{BODY}\n")
    assert cleaned.published == iso
    assert cleaned.title in (QUESTION, HEADLINE)


@pytest.mark.parametrize(
    "header",
    [
        "Budget day, 12 March 2024: what to expect from the chancellor",  # a headline with a date: no field list
        f"{HEADLINE}\nReparaturcafé am 31. Januar geöffnet",  # no year: no whole date
        f"{HEADLINE}\nHome | News | March 2024 | Sport",  # a menu with a month, not a date
    ],
)
def test_no_date_without_a_whole_date_in_a_short_field_line(header: str) -> None:
    assert clean_text(f"{header}\n\n{BODY}\n").published is None


def test_a_line_that_a_date_opens_is_no_headline() -> None:
    """Of two headline-like lines, the longer one opening with a date is its section's dateline, not the title."""
    text = f"Reparaturcafé am 31. Januar\n27.01.2020 Soziales & Gesundheit Startseite App\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == ("Reparaturcafé am 31. Januar", "2020-01-27")


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # an extractor's main text opens with the headline again: the name stands between headline and text
        (f"{HEADLINE}\nSimon Braasch\n\n{HEADLINE}", ["Simon Braasch"]),
        ("Das Imperialismus-Phantom\n26.10.2023\nErnst Lohoff", ["Ernst Lohoff"]),  # a two-word headline, then date
        (f"{HEADLINE}\nSimon Braasch\n\nA subheading of the article", ["Simon Braasch"]),  # over a short line too
    ],
)
def test_a_lone_name_under_the_headline(header: str, authors: list[str]) -> None:
    body = BODY + " „Wir bleiben hier“"  # a German quote closes the paragraph
    assert clean_text(f"{header}\n\n{body}\n").authors == authors


@pytest.mark.parametrize(
    "byline",
    [
        "By Alexander Karper | Photo: © Getty Images",  # the credit's "©" reads as a footer's
        "By Alexander Karper, Photos: Reuters",  # as a caption's
        "von Alexander Karper Foto: © GEPA",
    ],
)
def test_a_byline_with_the_pictures_credit_after_it(byline: str) -> None:
    cleaned = clean_text(f"{HEADLINE}\n{byline}\n\n{BODY}\n")
    assert cleaned.authors == ["Alexander Karper"]
    assert byline not in apply_spans(f"{HEADLINE}\n{byline}\n\n{BODY}\n", cleaned.removed)


def test_a_footer_under_the_headline_names_no_author() -> None:
    assert clean_text(f"{HEADLINE}\nBy using this site you agree to our terms © 2024\n\n{BODY}\n").authors == []


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2017 оны аравдугаар сарын 14", "2017-10-14"),  # a month of two words, with its case ending
        ("2023 оны 10-р сарын 24", "2023-10-24"),  # the month's number and the word for month
        ("2019 оны арван нэгдүгээр сарын 3", "2019-11-03"),  # the longer name wins over the shorter inside it
        ("15 bisha koobaad 2024", "2024-01-15"),
        ("3 Deireadh Fómhair 2021", "2021-10-03"),
        ("13 جون 2025ء", "2025-06-13"),  # the era's letter glued to the year
        ("الأحد 5 مايو 2024م", "2024-05-05"),
        ("پہلی بار شائع ہوا: 25 دسمبر 2017ء", "2017-12-25"),  # a label of four words ended by a colon
        ("२५ जुलै २०१७", "2017-07-25"),  # a short month name in a script of its own, from a language no one listed
    ],
)
def test_dates_with_month_phrases_era_letters_and_long_labels(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize("line", ["Ref. no. 6/2020", "a b c d e f g: 3 March 2024", "Home 2024 news"])
def test_no_date_from_a_shared_alphabets_short_words_or_a_long_prefix(line: str) -> None:
    assert parse_date(line) is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("تحقیق و تحریر: بلال قریشی اور ثنا بٹ", ["بلال قریشی", "ثنا بٹ"]),  # a label of three words and its colon
        ("Мэдээг бэлтгэсэн: Н. Батзориг болон Э. Ганзориг", ["Н. Батзориг", "Э. Ганзориг"]),  # Mongolian "and"
        ("शब्दांकन: निखिल जोशी आणि अश्विनी देशपांडे", ["निखिल जोशी", "अश्विनी देशपांडे"]),  # a joiner with a vowel sign
    ],
)
def test_labelled_bylines_in_more_scripts(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{HEADLINE}\n{byline}\n\n{BODY}\n").authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Harriet Fairbairn / NovaPress newsroom", ["Harriet Fairbairn"]),  # the outlet's newsroom after the names
        ("Rhys Pemberton & Callum Adeyemi / NovaPress newsroom", ["Rhys Pemberton", "Callum Adeyemi"]),
        ("ANNA NOWAK / Daily Courier", ["ANNA NOWAK"]),  # capitals with a known given name
        ("BLUE LIGHT · Police & fire", []),  # a section's label in capitals and its section: no name, no date
    ],
)
def test_names_with_their_outlet_and_a_capitals_section_label(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{HEADLINE}\n{byline}\n\n{BODY}\n").authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("am 23. Januar 2020 von Christian Spließ in Allgemeines", ["Christian Spließ"]),  # a blog's category last
        ("on January 23, 2020 by Christian Miller in Uncategorized", ["Christian Miller"]),
        ("Posted on January 23, 2020 by Anna Nowak i Jan Kowalski", ["Anna Nowak", "Jan Kowalski"]),  # a joiner
        ("January 23, 2020 by the editors in New York", []),  # no full name before the small word
    ],
)
def test_a_blogs_dateline_with_its_author_and_category(line: str, authors: list[str]) -> None:
    cleaned = clean_text(f"{HEADLINE}\n{line}\n\n{BODY}\n")
    assert (cleaned.authors, cleaned.published) == (authors, "2020-01-23")


@pytest.mark.parametrize(
    ("header", "authors", "iso"),
    [
        # the headline again under the name, then a glued dateline's place: between two copies of the headline
        (f"{HEADLINE}\nDieter Sieckmeyer\n\n{HEADLINE}\n\nDüsseldorf -", ["Dieter Sieckmeyer"], None),
        # over a dateline among other fields
        (f"{HEADLINE}\nJohanna Kropfitsch\n02.11.2022 - Placebo - Stadthalle", ["Johanna Kropfitsch"], "2022-11-02"),
        ("Homo Brandenburgensis\nAntje Rávic Strubel", ["Antje Rávic Strubel"], None),  # a two-word first line
    ],
)
def test_a_lone_name_between_header_lines(header: str, authors: list[str], iso: str | None) -> None:
    cleaned = clean_text(f"{header}\n\n{BODY}\n")
    assert (cleaned.authors, cleaned.published) == (authors, iso)
    assert cleaned.title == header.split("\n")[0]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("durch Yirou Chen", ["Yirou Chen"]),  # a theme's "by", translated word for word
        ("Escribe Camila Méndez en Territorio", ["Camila Méndez"]),  # the section after a small word
        ("Escribe Camila Méndez y Raúl Santos", ["Camila Méndez", "Raúl Santos"]),
    ],
)
def test_more_byline_labels(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{HEADLINE}\n{byline}\n\n{BODY}\n").authors == authors


EXCLAMATION = "Du wirst nicht glauben, wie viel CO2 Clickbait-Websites produzieren!"


def test_a_question_that_opens_an_extract_is_its_headline() -> None:
    cleaned = clean_text(f"{EXCLAMATION}\nMark Newton:\n\n{BODY}\n")  # over a line no rule reads
    assert cleaned.title == EXCLAMATION


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("Batteriespeicher", "Batteriespeicher"),  # one word alone over the text: an extract's title
        ("Bootsdienst Ausbildung", "Bootsdienst Ausbildung"),
        ("NEWS", None),  # a label in capitals
        ("Bootsdienst Ausbildung\nSiteName", "Bootsdienst Ausbildung"),  # over another short line: the first
    ],
)
def test_a_short_line_alone_over_an_extracts_text(header: str, title: str | None) -> None:
    assert clean_text(f"{header}\n\n{BODY}\n").title == title


JA_HEADLINE = "市議会、数カ月の議論を経て新年度予算を可決"
JA_BODY = "市議会は火曜日、公共交通や公園、図書館への支出を増やす新年度予算を、市長と野党の議論の末に可決した。"


@pytest.mark.parametrize("kicker", ["独自", "政治", "단독"])
@pytest.mark.parametrize("byline", ["", "文：田中太郎\n"])
def test_a_two_letter_kicker_in_a_script_without_case(kicker: str, byline: str) -> None:
    """Two letters of Chinese, Japanese or Korean are a word ("exclusive", "politics"): a kicker over the headline,
    not a row of marks left alone; and over a headline written without spaces they make no menu."""
    text = f"{kicker}\n{JA_HEADLINE}\n{byline}2024年3月5日 10時15分\n\n{JA_BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (JA_HEADLINE, "2024-03-05")
    assert apply_spans(text, cleaned.removed).strip() == JA_BODY


FR_HEADLINE = "Le conseil municipal adopte un nouveau budget après des mois de débat"  # twelve words
FR_BODY = (
    "Le conseil municipal a adopté mardi un nouveau budget qui augmente les dépenses pour les transports publics, les "
    "parcs et les bibliothèques, après des mois de débat entre le maire et l'opposition."
)


@pytest.mark.parametrize("kicker", ["Politique", "Actualités > Politique", "Vie politique"])
def test_a_section_label_over_a_long_headline_is_no_headline(kicker: str) -> None:
    """Over a headline of twelve words, a section's one or two words that the text does not name, or a breadcrumb."""
    text = f"{kicker}\n{FR_HEADLINE}\n05/03/2024\n\n{FR_BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (FR_HEADLINE, "2024-03-05")
    assert apply_spans(text, cleaned.removed).strip() == FR_BODY


def test_a_vietnamese_section_label_over_a_headline_of_syllables() -> None:
    """Vietnamese spaces its syllables: a headline counts many words, and "Chính trị" (politics) is two."""
    headline = "Hội đồng thành phố thông qua ngân sách mới sau nhiều tháng tranh luận"
    body = (
        "Hội đồng thành phố hôm thứ Ba đã thông qua ngân sách mới, tăng chi tiêu cho giao thông công cộng, công viên "
        "và thư viện, sau nhiều tháng tranh luận giữa thị trưởng và phe đối lập."
    )
    cleaned = clean_text(f"Chính trị\n{headline}\n05/03/2024\n\n{body}\n")
    assert (cleaned.title, cleaned.published) == (headline, "2024-03-05")


def test_one_word_the_text_names_heads_a_standfirst_of_twelve_words() -> None:
    deck = "Der am häufigsten für Solarbatterien verwendete Akku Typ war in der Vergangenheit der Bleiakkumulator"
    body = "Zum Teil werden auch Staplerbatterien eingesetzt, das sind Akkus, die sonst bei Gabelstaplern dienen."
    assert clean_text(f"Batteriespeicher\n{deck}\n\n{body}\n").title == "Batteriespeicher"


@pytest.mark.parametrize("label", ["Analysis", "Local politics", "新闻 > 政治", "Tin tức > Chính trị"])
def test_a_section_label_between_the_headline_and_its_byline(label: str) -> None:
    _assert_header_read(f"{TITLE}\n{label}\nBy Jane Smith\n5 March 2024", ["Jane Smith"])


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("Budget approved", "Budget approved"),  # names the story's topic
        # a section's name, no word of the story's: no headline is confirmed, and the first line stands for it
        ("Local News", "Local News"),
    ],
)
def test_a_two_word_headline_over_a_standfirst_and_its_dateline(opening: str, title: str | None) -> None:
    standfirst = "The mayor says the plan is overdue, while critics say it will hit families hardest."
    body = "The city council voted on Tuesday to approve a new budget after months of debate between the parties."
    cleaned = clean_text(f"{opening}\n{standfirst}\nMarch 5, 2024\n\n{body}\n\n{BODY}\n")
    assert (cleaned.title, cleaned.published) == (title, "2024-03-05")


@pytest.mark.parametrize(
    ("opening", "standfirst", "fields", "authors", "published"),
    [
        (
            "Faire Lieferketten",
            "In Baden-Württemberg hat sich eine Initiative aus Jugendverbänden und Eine-Welt-Organisationen "
            'zusammengetan, um die "Initiative Lieferkettengesetz" zu unterstützen.',
            "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)",
            ["Eberhard Fuhr"],
            "2020-02-05",
        ),
        (
            "Budget approved",
            "The mayor says the plan is overdue, while critics say it will hit families hardest.",
            "March 5, 2024 - Jane Smith",
            ["Jane Smith"],
            "2024-03-05",
        ),
    ],
)
def test_a_two_word_headline_over_a_standfirst_and_its_date_then_byline(
    opening: str, standfirst: str, fields: str, authors: list[str], published: str
) -> None:
    """The date, then the byline on one line under the standfirst: they confirm the two-word headline over it as
    they do right under it, and are no headline themselves."""
    body = "The city council voted on Tuesday to approve a new budget after months of debate between the parties."
    cleaned = clean_text(f"{opening}\n{standfirst}\n{fields}\n\n{body}\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (opening, authors, published)


def test_a_two_word_headline_repeated_under_its_dateline() -> None:
    """The page's headline again under the dateline, then a caption: the short headline is the title."""
    text = (
        "Tridents’ challenge\nPosted on April 29, 2022\n\nTridents’ challenge\n\n"
        f"The Barbados Tridents’ footballers training ahead of a match against Dominica. (FILE)\n\n{BODY}\n"
    )
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == ("Tridents’ challenge", "2022-04-29")


@pytest.mark.parametrize(
    ("header", "title", "iso"),
    [
        # updated the same day: the label and a clock alone
        (
            "Les scientifiques divisés sur le militantisme\nPublié le 12 mars 2024 à 10h30, mis à jour à 11h45",
            "Les scientifiques divisés sur le militantisme",
            "2024-03-12",
        ),
        # a headline in a script without spaces counts its letters; a clock in hours and minutes
        ("科学家对行动主义意见分歧\n2024年03月12日 10:30 来源：新华网", "科学家对行动主义意见分歧", "2024-03-12"),
        ("科学者、活動に賛否\n2024年3月12日 10時30分", "科学者、活動に賛否", "2024-03-12"),
        (
            "과학자들, 행동주의 놓고 의견 갈려\n입력 2024.03.12 10시 30분",
            "과학자들, 행동주의 놓고 의견 갈려",
            "2024-03-12",
        ),
    ],
)
def test_datelines_with_a_clock_and_headlines_without_spaces(header: str, title: str, iso: str) -> None:
    cleaned = clean_text(f"{header}\n\n{BODY}\n")
    assert (cleaned.title, cleaned.published) == (title, iso)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Jane Smith, for The Daily Courier", ["Jane Smith"]),  # "Jane Smith, for" is no label
        ("Théo Chevalier, pour NovaPress, 17.12.2015", ["Théo Chevalier"]),
        ("Umbiko: Sibusiso Mkhize kanye no Ayanda Mkhize", ["Sibusiso Mkhize", "Ayanda Mkhize"]),  # Zulu "and"
        ("Nā Mere Ngata me Anahera Waititi", ["Mere Ngata", "Anahera Waititi"]),  # Māori "by" and "and"
        ("લેખક: નિશા શાહ, કિંજલ દેસાઈ", ["નિશા શાહ", "કિંજલ દેસાઈ"]),  # two letters and their vowel signs
        ("ધ્રુવ પરીખ, કિંજલ પરીખ અને ધ્રુવ દેસાઈ દ્વારા", ["ધ્રુવ પરીખ", "કિંજલ પરીખ", "ધ્રુવ દેસાઈ"]),  # "by" after
        ("ਪਰਮਜੀਤ ਚਾਹਲ ਅਤੇ ਅਮਨਦੀਪ ਸੰਧੂ ਦੀ ਕਲਮ ਤੋਂ", ["ਪਰਮਜੀਤ ਚਾਹਲ", "ਅਮਨਦੀਪ ਸੰਧੂ"]),  # "from the pen of"
        ("NOMVULA NDLOVU, LUNGELO NGCOBO", ["NOMVULA NDLOVU", "LUNGELO NGCOBO"]),  # a list of names in capitals
        ("BLUE LIGHT", []),  # one phrase in capitals: a label
    ],
)
def test_bylines_with_outlets_joiners_and_words_after_the_names(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{HEADLINE}\n{byline}\n\n{BODY}\n").authors == authors


@pytest.mark.parametrize(
    ("prefix", "iso"),
    [
        ("VISBY 19 november 2020. ", "2020-11-19"),  # no comma between place and date
        ("MALMÖ fredag 26 februari 2021. ", "2021-02-26"),  # a weekday
        ("ПЕРМЬ. 16 ноября 2018. ", "2018-11-16"),  # a stop after the place
        ("રાજકોટ : 22 એપ્રિલ 2018 | ", "2018-04-22"),  # a caseless place and a spaced colon
        ("(TRIESTE, 15 febbraio 2019) ", "2019-02-15"),  # in parentheses
        ("ROTORUA, 20 Hune 2018 – ", "2018-06-20"),  # a Māori month
    ],
)
def test_glued_datelines_of_more_shapes(prefix: str, iso: str) -> None:
    text = f"{HEADLINE}\n\n{prefix}{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.published == iso
    assert f"\n{BODY}" in "\n" + apply_spans(text, cleaned.removed)


@pytest.mark.parametrize("start", ["BERLIN 2024 war ein Jahr der Wende. ", "NASA 12 March 2024 was the day. "])
def test_no_glued_dateline_without_a_whole_date_and_its_end(start: str) -> None:
    text = f"{HEADLINE}\n\n{start}{BODY}\n"
    assert start.strip() in apply_spans(text, clean_text(text).removed)


@pytest.mark.parametrize(
    ("line", "iso"),
    [("14 Hānuere 2019", "2019-01-14"), ("25 Haratua 2021", "2021-05-25"), ("Rātū, 3 Hune 2020", "2020-06-03")],
)
def test_maori_months(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By JANE SMITH and JOHN DOE Associated Press", ["JANE SMITH", "JOHN DOE"]),  # names in capitals, the outlet
        ("By ZEKE MILLER Associated Press", ["ZEKE MILLER"]),
        ("By J. R. Smith", ["J. R. Smith"]),  # initials are no capitals run
    ],
)
def test_names_in_capitals_then_the_outlet(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{HEADLINE}\n{byline}\n\n{BODY}\n").authors == authors


def test_a_byline_with_a_reading_time_is_no_menu() -> None:
    """Bars and a figure look like a menu's; a whole date among the fields makes it a dateline."""
    cleaned = clean_text(f"{HEADLINE}\nJane Smith | 12 March 2024 | 4 min read\n\n{BODY}\n")
    assert (cleaned.authors, cleaned.published) == (["Jane Smith"], "2024-03-12")


def test_a_lone_name_under_the_standfirst() -> None:
    cleaned = clean_text(f"{HEADLINE}\nA survey finds a generational divide.\nJane Smith\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors) == (HEADLINE, ["Jane Smith"])
    assert "A survey finds a generational divide." in apply_spans(
        f"{HEADLINE}\nA survey finds a generational divide.\nJane Smith\n\n{BODY}\n", cleaned.removed
    )


@pytest.mark.parametrize(
    "row",
    ["PS5 · Xbox Series X|S · PC · Nintendo Switch 2", "Born 1944 · Died 2016", "Garden calendar · This week's jobs"],
)
def test_a_row_of_fields_beside_the_headline_is_no_title(row: str) -> None:
    cleaned = clean_text(f"{HEADLINE}\n{row}\nBy Jane Smith\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors) == (HEADLINE, ["Jane Smith"])


@pytest.mark.parametrize(
    ("line", "iso"), [("Ishicilelwe: 23 Meyi 2016", "2016-05-23"), ("19 Disemba 2025", "2025-12-19")]
)
def test_zulu_months(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Ọjọ́ Ajé, 21 Bélú 2022, 23:39 WAT", "2022-11-21"),  # Yoruba: a weekday of two words, the month alone
        ("2016(e)ko abenduaren 13(a), asteartea", "2016-12-13"),  # Basque: the month's genitive, "-ko" after the year
        ("24 Seb 2024", "2024-09-24"),  # Somali's short forms
        ("15 Agoosto, 2018", "2018-08-15"),
        ("26 Febwali 2024", "2024-02-26"),  # Luganda
        ("24 ஆகஸ்ட் 2024, சனிக்கிழமை", "2024-08-24"),  # Tamil: the weekday with "கிழமை" (day)
        ("శుక్రవారం, 28 జూలై 2023", "2023-07-28"),  # Telugu as sites spell July
        ("공개 2015년 10월 25일(일)", "2015-10-25"),  # Korean "published" without a colon
    ],
)
def test_months_and_weekdays_dateparser_lacks(line: str, iso: str) -> None:
    assert parse_date(line) == iso


def test_the_headline_under_a_capitals_kickers_byline() -> None:
    """A section's label in capitals over the byline, then the headline: the headline, the label removed."""
    headline = "De successie in Rochefort door Löwenstein was"
    text = f"BRIEF UIT HET BUITENLAND\nTekst: Thijs Kuipers en Jeroen Dekker\n{headline}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (headline, ["Thijs Kuipers", "Jeroen Dekker"])
    assert removed_lines(text).get("BRIEF UIT HET BUITENLAND") == "navigation"


def test_a_short_headline_over_its_dateline_and_a_longer_line_stays_the_title() -> None:
    cleaned = clean_text(
        f"Floods hit Spain\n12 March 2024\nThousands evacuated as rivers burst their banks\n\n{BODY}\n"
    )
    assert cleaned.title != "Thousands evacuated as rivers burst their banks"


def test_an_update_field_between_dateline_and_byline_is_no_headline() -> None:
    """A warning's banner, the headline over the dateline, then "updated 6 hours ago" (Yoruba) over the byline: a
    longer line with a figure between two of the header's fields does not displace the headline over the first."""
    headline = "Ẹnsaimu ẹdọ ko farajọ àrùn tÓ nípọn"
    banner, dateline, updated = (
        "⚠ Ìkìlọ̀: òjò ńlá àti ìjì líle ń bọ̀",
        "21 Bélú 2022, 23:39",
        "A ṣe àtúnṣe rẹ̀ ní wákàtí 6 sẹ́yìn",
    )
    cleaned = clean_text("\n".join([banner, headline, dateline, updated, "Títílayọ̀ Oyèlárán"]) + f"\n\n{BODY}\n")
    assert (cleaned.title, cleaned.published) == (headline, "2022-11-21")


def test_a_headline_with_a_figure_under_the_dateline_and_over_the_byline() -> None:
    """The header's first headline-like line, under the dateline and over a byline: the headline, though its figure
    makes it read as one more of the dateline's fields."""
    headline = "ஆண் புலிகளின் எடை 127 கி"  # "male tigers' weight 127 kg"
    cleaned = clean_text(f"16 April 2019\n{headline}\nஎழுத்து: திவ்யா கிருஷ்ணன்\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["திவ்யா கிருஷ்ணன்"], "2019-04-16")


@pytest.mark.parametrize(
    ("line", "authors", "iso"),
    [
        ("Ehrenamt Jugendverbände 23.01.2020", [], "2020-01-23"),  # a section's nouns, then the date's digits
        ("Pressemitteilung Aktuell 02. November 2021", [], "2021-11-02"),
        ("Hildesheimer Presse 1. November 2023 1. November 2023 Bockenem, Polizei", [], "2023-11-01"),  # an outlet
        ("Martina Berg 19. Juni 2019", ["Martina Berg"], "2019-06-19"),  # a known given name first
        ("Horváth Gábor | Belföld rovat · 2017. október 28., szombat", ["Horváth Gábor"], "2017-10-28"),  # fields
    ],
)
def test_a_pair_before_a_dates_digits_is_a_name_only_with_a_given_name(line: str, authors: list[str], iso: str) -> None:
    cleaned = clean_text(f"{HEADLINE}\n{line}\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (HEADLINE, authors, iso)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [("Jane Smith in Berlin", ["Jane Smith"]), ("Jane Smith aus Berlin", ["Jane Smith"]), ("Protest in Berlin", [])],
)
def test_a_bare_name_with_the_place_it_files_from(byline: str, authors: list[str]) -> None:
    cleaned = clean_text(f"{HEADLINE}\n{byline}\n12 March 2024\n\n{BODY}\n")
    assert cleaned.authors == authors
    assert cleaned.title == HEADLINE  # no name: a short line under the headline, over the dateline


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("musi wa24 Chikumi 2019", "2019-06-24"),  # Shona: "on the 24th", the day glued to its small word
        ("22 Mbudzi 2026", "2026-11-22"),
        ("Tshipi Mopitlo 19 2017", "2017-03-19"),  # Setswana
        ("13 Julaayi 2018", "2018-07-13"),  # Luganda
        ("v8 engine 2024", None),
    ],
)
def test_shona_setswana_and_luganda_dates(line: str, iso: str | None) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("byline", "authors"), [("Ka Onalenna Sebina", ["Onalenna Sebina"]), ("Bya Sarah Mukasa", ["Sarah Mukasa"])]
)
def test_setswana_and_luganda_byline_labels(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{HEADLINE}\n{byline}\n\n{BODY}\n").authors == authors


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("发布日期：2016年1月23日 星期六", "2016-01-23"),  # a label ended by a full-width colon, the weekday
        ("发布日期：2022年6月21日17时04分", "2022-06-21"),  # the clock glued on
        ("公開日：2019年4月16日 11時50分", "2019-04-16"),
        ("2018年11月27日（火）", "2018-11-27"),
        ("令和6年4月14日", "2024-04-14"),  # Japan's era years
        ("令和元年5月1日", "2019-05-01"),
        ("平成29年11月19日", "2017-11-19"),
        ("2024년 4월 15일 (월)", "2024-04-15"),
        ("2018년 9월 28일 (금) 오후 8:38", "2018-09-28"),
        ("등록 2022년 7월 19일(화)", "2022-07-19"),  # a label with no colon: "registered", then the weekday
        ("기사입력 2022년 07월 19일 10:22", "2022-07-19"),  # "article entered"
        ("发布 2022年7月19日", "2022-07-19"),
        ("2022년 7월 19일 입력했다", None),  # the label's word after the date, in a sentence
        ("据报道2016年1月23日发生", None),  # a sentence with a date in it
        ("发布时间：2021-04-24 15:16", "2021-04-24"),  # a numeric date after a full-width colon
        ("公開日：2018/06/14 22:10", "2018-06-14"),
        ("备注：第2021-04期", None),
    ],
)
def test_chinese_japanese_and_korean_datelines(line: str, iso: str | None) -> None:
    assert parse_date(line) == iso


ZH_BODY = (
    "社宪派和泛宪政派相比，一个是一厢情愿，一个是另起炉灶，到底谁更现实？结构目标包括产业结构、企业结构和区域结构。"
)


@pytest.mark.parametrize(
    ("name", "authors"),
    [
        ("林俊杰", ["林俊杰"]),  # a name alone over the dateline: the byline's two fields on two lines
        ("木村千尋・森亮", ["木村千尋", "森亮"]),
        ("国际新闻", []),  # a desk's name
        ("社会", []),  # two letters: a section
    ],
)
def test_a_chinese_name_over_the_dateline(name: str, authors: list[str]) -> None:
    cleaned = clean_text(f"上海市警方通报多起案件的处理结果\n{name}\n2022年5月26日 10:16\n\n{ZH_BODY}\n\n{ZH_BODY}\n")
    assert (cleaned.authors, cleaned.published) == (authors, "2022-05-26")


@pytest.mark.parametrize(
    ("byline", "authors", "iso"),
    [
        ("作者：刘建国 · 2016-10-13 08:57", ["刘建国"], "2016-10-13"),
        ("文／陈志强、张晓明", ["陈志强", "张晓明"], None),
        ("记者 张子涵", ["张子涵"], None),
        ("央广网记者 赵诗雨", ["赵诗雨"], None),  # the outlet before the label: "CNR's reporter"
        ("取材・文／山本拓也 · 2017年9月22日", ["山本拓也"], "2017-09-22"),
        ("文：加藤彩・小林真理子・渡辺真理子", ["加藤彩", "小林真理子", "渡辺真理子"], None),  # not the "・" in a name
        ("조지훈·이성민 기자 newsdesk@newsline.co.kr · 2023.12.18", ["조지훈", "이성민"], "2023-12-18"),
        ("임지훈 기자 — 2018년 9월 28일 (금) 오후 8:38", ["임지훈"], "2018-09-28"),
        ("[Daily Courier] 장현우 기자 · 2015.08.22 19:07", ["장현우"], "2015-08-22"),  # the outlet before
        ("글 김철수 기자", ["김철수"], None),  # a label before the name and "reporter" after it
        ("에디터 오서윤·황시우", ["오서윤", "황시우"], None),  # "editor" before the names
        ("작성자 홍지아", ["홍지아"], None),  # "writer"
        ("오시우 에디터", ["오시우"], None),  # "editor" after the name
        ("서지아 환경전문기자", ["서지아"], None),  # a desk's reporter: "environment specialist reporter"
        ("木村千尋 · 2016.12.19", ["木村千尋"], "2016-12-19"),  # no label: a name beside the date
        ("橋本誠・森亮 · 2024年5月21日 8:24", ["橋本誠", "森亮"], "2024-05-21"),
        ("2018年2月23日 | 前田真由美（司法担当）", ["前田真由美"], "2018-02-23"),  # a role after it in brackets
        ("2019年2月23日 · 弁護士 清水悠斗", ["清水悠斗"], "2019-02-23"),  # a role before it
        ("2024年10月27日 16:37 · 文：清水恵", ["清水恵"], "2024-10-27"),  # the date, then the labelled name
        ("（文・清水美穂、石川亮）", ["清水美穂", "石川亮"], None),  # in brackets, "文・"
        ("社会 · 2024年5月21日", [], "2024-05-21"),  # a section: two letters alone are no name
        ("国际新闻 | 2024-05-21", [], "2024-05-21"),  # nor a desk's or outlet's word
        ("スポーツ · 2024年5月21日", [], "2024-05-21"),  # nor a word in katakana
    ],
)
def test_chinese_japanese_and_korean_bylines(byline: str, authors: list[str], iso: str | None) -> None:
    cleaned = clean_text(f"上海市警方通报多起案件的处理结果\n\n{byline}\n\n{ZH_BODY}\n\n{ZH_BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == ("上海市警方通报多起案件的处理结果", authors, iso)


@pytest.mark.parametrize(
    ("glued", "iso"),
    [
        ("本报上海2021年3月24日讯 ", "2021-03-24"),
        ("新华社北京3月24日电（记者 张晓明）", None),
        ("（名古屋・2025年3月24日）", "2025-03-24"),
    ],
)
def test_chinese_and_japanese_datelines_glued_to_the_text(glued: str, iso: str | None) -> None:
    text = f"上海市警方通报多起案件的处理结果\n\n{glued}{ZH_BODY}\n\n{ZH_BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.published == iso
    assert apply_spans(text, cleaned.removed).split("\n")[0] == ZH_BODY  # the title cut, the dateline too


@pytest.mark.parametrize(
    ("byline", "authors", "iso"),
    [
        ("Radu Ionescu și Ana Pop — 28 iul. 2020, 08:38", ["Radu Ionescu", "Ana Pop"], "2020-07-28"),
        (
            "Rahul Mehta and Arjun Menon | InfoPortal News Service — 24 Sep 2024",
            ["Rahul Mehta", "Arjun Menon"],
            "2024-09-24",
        ),
        (
            "Chantal Pelletier, Mathieu Gauthier et Jean-François Côté",  # another name, no date
            ["Chantal Pelletier", "Mathieu Gauthier", "Jean-François Côté"],
            None,
        ),
        ("Jane Smith, Staff Writer", ["Jane Smith"], None),  # a role after the name
    ],
)
def test_known_names_with_more_than_a_name_above_the_headline_are_its_byline(
    byline: str, authors: list[str], iso: str | None
) -> None:
    cleaned = clean_text(f"{byline}\n\n{TITLE}\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, iso)


def test_a_label_and_a_date_above_the_headline_are_no_names() -> None:
    cleaned = clean_text(f"Breaking News — 28 July 2020\n\n{TITLE}\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.title, cleaned.authors) == (TITLE, [])


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("NguSipho Mbatha", ["Sipho Mbatha"]),  # isiXhosa "by", glued to the name
        ("Ingxelo kaBulelwa Gxowa", ["Bulelwa Gxowa"]),
        ("Ibhalwe nguSipho Qoboshiyane — 28 Agasti 2020", ["Sipho Qoboshiyane"]),
    ],
)
def test_xhosa_bylines_glue_by_to_the_name(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{TITLE}\n\n{byline}\n\n{BODY}\n").authors == authors


def test_a_labelled_byline_names_the_authors_over_a_name_read_from_its_shape() -> None:
    # a book box's author and publisher reads as a bare byline; the review's labelled byline comes after it
    text = f"{TITLE}\n\nAnnelies Moens · Uitgeverij Vlaams Licht\n\nTekst: Eline Mertens / 18/04/2020\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.authors, cleaned.published) == (["Eline Mertens"], "2020-04-18")


def test_a_korean_wire_byline_glued_to_the_text() -> None:
    body = "르노삼성 부산공장은 사원대표위원회가 타사의 노조 역할을 대신한다. 8월 한달 기준으로는 상승세를 멈췄다."
    text = f"부산공장 노사 협상 결국 결렬돼 파업 이어질 전망\n\n(서울=연합뉴스) 홍길동 기자 = {body}\n\n{body}\n"
    cleaned = clean_text(text)
    assert cleaned.authors == ["홍길동"]
    assert apply_spans(text, cleaned.removed).split("\n")[0] == body


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("die Mercurii, 25 Novembris 2026", "2026-11-25"),  # Latin: genitive months, "die", the weekday
        ("die 25 mensis Novembris 2026", "2026-11-25"),
        ("25 Pudungwana 2026", "2026-11-25"),  # Sesotho
        ("Ravunharhu, 25 Hukuri 2026", "2026-11-25"),  # Xitsonga
        ("25 N’wendzamhala 2026", "2026-12-25"),  # a month's name with an apostrophe
        ("25 Whiringa-ā-nuku 2026", "2026-10-25"),  # with hyphens (Māori)
        ("2023 оны 10-р сарын 24", "2023-10-24"),  # dateparser's own phrase with a hyphen (Mongolian)
    ],
)
def test_months_of_more_languages(line: str, iso: str) -> None:
    assert parse_date(line) == iso


def test_a_badge_in_capitals_over_the_dateline_is_no_headline() -> None:
    body = (
        "Ku kuma vuxokoxoko byo tala endzela www.education.gov.za. 4. Xiyimo xa Khabinete eka timhakankulu embangwini "
        "4.1. A ndzi ta va yini, handle ka Matimu News na vamakwerhu lava hi tsalaka swin’we?"
    )
    text = (
        f"Feme yo endla hi vuntshwa\nXITSUNDZUXO XA VUKORHOKERI\nYi pfuxetiwile: 28 June 2022, 18:07\n{body}\n{body}\n"
    )
    assert clean_text(text).title == "Feme yo endla hi vuntshwa"  # the badge shares a word with the text: "xa"


def test_the_headline_written_twice_is_the_title_over_a_box_line() -> None:
    # the page title with the site's name, the headline again, then a book box (title, author · publisher) whose
    # first line stands over what reads as a byline
    title = "Hij moest na één seizoen weg maar werd twee jaar"
    box = "De overkant van de rivier\nAnnelies Moens · Uitgeverij Vlaams Licht"
    byline = "Tekst: Eline Mertens / 18/04/2020"
    text = f"{title} | NovaPress\n\nBOEKRECENSIE\n\n{title}\n\n{box}\n\n{byline}\n\n{BODY}\n"
    assert clean_text(text).title == title


@pytest.mark.parametrize(
    ("tail", "iso"),
    [
        (["Published 12 March 2021"], "2021-03-12"),
        (["Veröffentlicht am 12.03.2021"], "2021-03-12"),
        (["Published 12 March 2021", "Updated 13 March 2021"], "2021-03-12"),  # both go, the first is read
        (["Page reviewed 17 Jul 2023"], "2023-07-17"),  # a review or update date, the page's only one
        (["Zuletzt aktualisiert am 25. November 2022"], "2022-11-25"),
        (["अंतिम अपडेट: 17 सितंबर 2021"], "2021-09-17"),
        (["公開日 2023/03/27"], "2023-03-27"),
    ],
)
def test_a_labelled_date_under_an_extracts_last_paragraph_is_its_date(tail: list[str], iso: str) -> None:
    text = "\n".join([TITLE, "", BODY, "", BODY2, "", BODY, "", *tail]) + "\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (TITLE, iso)
    assert all(removed_lines(text).get(line) == "dateline" for line in tail)
    assert_idempotent(text)


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("Sipho Khumalo and Zanele Venter / Reuters", ["Sipho Khumalo", "Zanele Venter"]),  # an agency after them
        ("Роман Лысенко и Тимофей Мельничук, ТАСС", ["Роман Лысенко", "Тимофей Мельничук"]),
        ("Anna Miller and Peter Brown", ["Anna Miller", "Peter Brown"]),  # known given names
        ("Unathi Mbeki and Lwandle Venter", []),  # names no list holds, nothing after them: a related story's?
        ("Tari Pāpāho, Whare Pāremata", []),  # a desk
        ("مهدی کاظمی / ایرنا", ["مهدی کاظمی"]),  # a script without capitals: a news agency (IRNA) vouches
        ("آلودگی هوا، بدیهی است / خبر", []),  # a phrase with a comma and a word ("news") after it
        ("نواف الكندري، منيرة العنزي", ["نواف الكندري", "منيرة العنزي"]),  # or the list knows each given name
        ("سجاد الموسوي و مشاري الشمري", ["سجاد الموسوي", "مشاري الشمري"]),
        ("نواف الكندري، تقرير خاص", []),  # not a phrase whose first word is no name ("special report")
    ],
)
def test_evident_names_under_an_extracts_last_paragraph_are_its_byline(tail: str, authors: list[str]) -> None:
    """Under an extract whose header named no one, names that no headline or credit line can be are its byline."""
    text = "\n".join([TITLE, "12 March 2021", "", BODY, "", BODY2, "", BODY, "", tail]) + "\n"
    cleaned = clean_text(text)
    assert cleaned.authors == authors
    assert (removed_lines(text).get(tail) == "byline") is bool(authors)
    named = "\n".join([TITLE, "By Jane Smith", "", BODY, "", BODY2, "", BODY, "", tail]) + "\n"
    assert clean_text(named).authors == ["Jane Smith"]  # the header's byline stands


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("— Anna Miller", ["Anna Miller"]),  # a signature: a dash and full names
        ("– Anna Nowak, Kraków", ["Anna Nowak"]),  # and the place it was written in
        ("(Reporting by Anna Miller; Editing by Peter Brown)", ["Anna Miller"]),  # a wire story's credit
        ("Text: Anna Miller / Photos: Peter Brown", ["Anna Miller"]),  # the text's author, then the picture's
        ("— The Editors", []),  # a desk
        ("- Anna Miller", ["Anna Miller"]),  # a hyphen, on a line alone: a signature too
        ("- Anna Miller\n- Peter Brown", []),  # hyphens one line after another open a list's items
    ],
)
def test_a_signed_or_credited_text_names_its_author_under_it(tail: str, authors: list[str]) -> None:
    text = "\n".join([TITLE, "12 March 2021", "", BODY, "", BODY2, "", BODY, "", tail]) + "\n"
    assert clean_text(text).authors == authors
    assert (removed_lines(text).get(tail) == "byline") is bool(authors)
    page = "\n".join([f"{TITLE} | Daily Courier", *MENU, TITLE, "", BODY, "", BODY2, "", "28. November 2022", tail])
    assert clean_text(page + "\n" + "\n".join(["Share:", "Facebook", "Twitter", *FOOTER]) + "\n").authors == authors


def test_names_that_vouch_for_themselves_right_under_a_pages_text_are_its_byline() -> None:
    """On a whole page (more lines than an extract has), two names with a known given name right under the last
    paragraph credit the text, as they do under an extract's; further down, under a teaser's label, names are a
    related story's or a comment's."""
    names = "Elvin Chiac and Marvin Flowers"
    paragraphs = [
        f"The {part} point about the {topic} came up when the council met again, and members argued about it for hours."
        for topic in ("budget", "harbour", "school", "library")
        for part in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    ]
    head = [f"{TITLE} | Daily Courier", *MENU, TITLE, "", *paragraphs, ""]
    page = "\n".join([*head, names, "Share:", "Facebook", "Twitter", *FOOTER]) + "\n"
    assert clean_text(page).authors == ["Elvin Chiac", "Marvin Flowers"]
    assert removed_lines(page).get(names) == "byline"
    lower = "\n".join([*head, "Related stories", names, *FOOTER]) + "\n"
    assert clean_text(lower).authors == []


@pytest.mark.parametrize(
    ("tail", "iso"),
    [
        ("Gespeichert von rasos am 24. Juli 2017 - 18:55", "2017-07-24"),  # a CMS's credit to a user's handle
        ("Submitted by admin on March 5, 2024", "2024-03-05"),
        ("Kommentar von Aus dem Krimitagebuch | Folge 10 | krimiblog.de am 07.08.09 um 10:25", None),  # a comment's
    ],
)
def test_a_handles_dated_credit_under_a_pages_text_gives_the_date(tail: str, iso: str | None) -> None:
    """Under the text, a credit to a handle (no person) with its date: the post's date, and no author; a longer
    credit there is a comment's, whose date is not the post's."""
    pager = ["Tags: budget", "Previous Next", "«", "»"]
    page = "\n".join([f"{TITLE} | Daily Courier", *MENU, TITLE, "", BODY, "", BODY2, "", *pager, tail, *FOOTER])
    cleaned = clean_text(page + "\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, [], iso)


@pytest.mark.parametrize(
    "first",
    [f"05.03.2024 | {TITLE}", f"{TITLE} | 05.03.2024", f"{TITLE} - March 5, 2024", f"[05.03.2024] {TITLE}"],
)
def test_a_date_field_beside_the_headline_is_its_date(first: str) -> None:
    text = f"{first}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (TITLE, "2024-03-05")
    assert apply_spans(text, cleaned.removed).strip() == f"{BODY}\n\n{BODY2}"


def test_years_in_a_headline_are_no_date_field() -> None:
    assert (
        clean_text(f"The 1998 - 2024 budget of the county\n\n{BODY}\n").title == "The 1998 - 2024 budget of the county"
    )


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        ("Anna Miller is a reporter for the Courier covering City Hall.", ["Anna Miller"]),  # an author's note
        ("Anna Miller ist Redakteurin im Ressort Politik.", ["Anna Miller"]),
        ("Anna Miller is a professor of economics at the university.", []),  # an expert the story quotes
        ("Rising Costs is a reporter's nightmare this year.", []),  # no given name first
    ],
)
def test_an_authors_note_under_the_text_names_the_author_and_stays(note: str, authors: list[str]) -> None:
    text = "\n".join([TITLE, "12 March 2021", "", BODY, "", BODY2, "", BODY, "", note]) + "\n"
    assert clean_text(text).authors == authors
    assert note in apply_spans(text, clean_text(text).removed)  # the note is the text's, kept
    named = "\n".join([TITLE, "By Jane Smith", "", BODY, "", BODY2, "", BODY, "", note]) + "\n"
    assert clean_text(named).authors == ["Jane Smith"]  # the header's byline stands


@pytest.mark.parametrize("credit", ["Reporting by Riaan Botha", "Sipho Khumalo and Zanele Venter / ANA"])
def test_a_credit_over_a_sites_notice_under_the_text_is_its_byline(credit: str) -> None:
    """A byline, then the site's notice in one sentence under it: the byline stands over the article's last line, and
    it is read as under it."""
    notice = "Readings are provisional and may change after quality control by the weather service."
    text = "\n".join([TITLE, "12 March 2021", "", BODY, "", BODY2, "", BODY, "", credit, notice]) + "\n"
    assert clean_text(text).authors == parse_authors(credit.removeprefix("Reporting by ").removesuffix(" / ANA"))
    assert removed_lines(text).get(credit) == "byline"


def test_a_name_over_the_texts_last_paragraph_stays() -> None:
    """Over a paragraph of two sentences, a short line is the text's: no credit."""
    last = "Readings are provisional. They may change after quality control by the weather service."
    text = "\n".join([TITLE, "12 March 2021", "", BODY, "", BODY2, "", "Anna Miller", last]) + "\n"
    assert clean_text(text).authors == []


def test_a_byline_under_the_text_goes_when_the_header_named_the_author() -> None:
    """Removed either way: a second pass over the cleaned text, without the header's byline, would read it."""
    text = "\n".join([TITLE, "By Anna Miller", "", BODY, "", BODY2, "", "Von Clemens Höges"]) + "\n"
    assert clean_text(text).authors == ["Anna Miller"]
    assert removed_lines(text).get("Von Clemens Höges") == "byline"
    assert_idempotent(text)


@pytest.mark.parametrize(
    ("line", "authors", "iso"),
    [
        ("20/02/2024 — Darragh Brennan BL", ["Darragh Brennan"], "2024-02-20"),  # a bar's title after the name
        ("21. November 2019 · Lukas Pichler, LL.M.", ["Lukas Pichler"], "2019-11-21"),  # a degree, its stop no end
        ("13 जुलाई 2023 — सौरभ राठौर | लीगल डेस्क", ["सौरभ राठौर"], "2023-07-13"),  # the names, then their desk
        ("रिपोर्ट: सौरभ तिवारी", ["सौरभ तिवारी"], None),  # Hindi "report:"
    ],
)
def test_bylines_with_titles_desks_and_report_labels(line: str, authors: list[str], iso: str | None) -> None:
    text = f"{TITLE}\n\n{line}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, iso)


def test_a_japanese_credit_under_the_text_is_read() -> None:
    """Japanese writes no spaces: its last paragraph is long by its letters, not its words."""
    text = f"上海市警方通报多起案件的处理结果\n\n{ZH_BODY}\n\n{ZH_BODY}\n\n（文・清水美穂、石川亮）\n"
    assert clean_text(text).authors == ["清水美穂", "石川亮"]
    assert removed_lines(text).get("（文・清水美穂、石川亮）") == "byline"


def test_a_headline_under_the_sites_menu_is_the_line_over_its_standfirst() -> None:
    """The line a scraper writes the title on is the first that no rule removes: under a menu, a short headline
    over a sentence-long standfirst without a stop is still the headline."""
    standfirst = "The vote ends a dispute that split the coalition for months and delayed the budget by half a year"
    text = f"News | Sport | Business | Culture\n\nBudget passes at last\n\n{standfirst}\n\nBy Anna Miller\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == ("Budget passes at last", ["Anna Miller"])
    assert standfirst in apply_spans(text, cleaned.removed).splitlines()


@pytest.mark.parametrize(
    "notice",
    [
        "Lưu ý: chúng tôi có thể nhận hoa hồng từ các đối tác được giới thiệu trong bài.",  # a disclosure
        "Ce texte fait partie de notre série sur les finances des communes de la région.",  # a series note
    ],
)
def test_a_notice_above_the_header_is_no_body(notice: str) -> None:
    text = f"{notice}\n\n{TITLE}\n\nBy Anna Miller\n\nMarch 12, 2021\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, ["Anna Miller"], "2021-03-12")
    assert removed_lines(text).get(notice) == "header_notice"
    assert_idempotent(text)


def test_a_headline_that_ends_as_a_sentence_is_no_notice() -> None:
    headline = "Python 3.6.0 is now available!"
    text = f"{headline}\n\nFriday, December 23, 2016\n\nPosted by Ned Deily at 5:11 AM\n\n{BODY}\n"
    assert clean_text(text).title == headline


@pytest.mark.parametrize(
    ("site", "byline", "authors"),
    [
        ("Daily Courier", "Written by Daily Courier on March 3, 2025", []),  # the outlet credits itself
        ("Miami Today", "By Miami Today | 3 March 2025", []),
        ("Jane Smith", "By Jane Smith | 3 March 2025", ["Jane Smith"]),  # a personal blog, titled with its author
        ("Daily Courier", "By Tom Baker | 3 March 2025", ["Tom Baker"]),
    ],
)
def test_a_byline_naming_the_site_credits_no_person(site: str, byline: str, authors: list[str]) -> None:
    text = _whole_page(
        ["Town pool to close after sixty years", byline], f"Town pool to close after sixty years - {site}"
    )
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (
        "Town pool to close after sixty years",
        authors,
        "2025-03-03",
    )


@pytest.mark.parametrize(
    "fields", ["Politics, Schools, Budget Add comments", "Politics, Schools | Leave a comment", "Politik 3 Kommentare"]
)
def test_a_posts_fields_with_a_comment_link_are_no_headline(fields: str) -> None:
    """A blog theme's line of categories and a comment link, between a question headline and its date: the
    post's fields, not its headline."""
    headline = "Should the city pay for the new budget?"
    text = f"{headline}\n\n{fields}\nApr 04 2013\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (headline, "2013-04-04")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Testo e foto di Elena Fontana", ["Elena Fontana"]),  # the writer who took the pictures too
        ("Texto e fotografias de Leonor Marques", ["Leonor Marques"]),
        ("Text & Bild: Theresa Pichler, Magdalena Huber", ["Theresa Pichler", "Magdalena Huber"]),
        ("Text und Fotos: Theresa Pichler", ["Theresa Pichler"]),
        ("Tekst en foto's: Shanti Biswamitre", ["Shanti Biswamitre"]),  # the Dutch plural's apostrophe
        ("Text and photos by Jane Smith", ["Jane Smith"]),
        ("Text und Interview: Harald Willenbrock", ["Harald Willenbrock"]),  # the writer who held the interview
        ("Texto y entrevista: Ana García", ["Ana García"]),
    ],
)
def test_text_and_pictures_by_one_byline(byline: str, authors: list[str]) -> None:
    text = f"{TITLE}\n\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    found = _byline(byline)  # a byline by its label, wherever it stands (a page's header, under a standfirst)
    assert found is not None and found[0] == authors
    assert clean_text(text).authors == authors
    assert removed_lines(text).get(byline) == "byline"


def test_text_and_pictures_in_a_sentence_are_no_byline() -> None:
    line = "Text und Bild ergänzen sich in dieser Ausstellung auf besondere Weise."
    assert line not in removed_lines(f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY2}\n")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Updated Sun, 16 Jan 2022 03:40 PM IST", "2022-01-16"),  # a zone's capitals after am/pm
        ("Gepubliceerd op 18/09/2018 07u50", "2018-09-18"),  # the Flemish clock
        ("2018年11月14日 22時04分（23時04分更新）", "2018-11-14"),  # the time it was updated, in brackets
    ],
)
def test_datelines_with_a_zone_a_flemish_clock_or_an_update_note(line: str, iso: str) -> None:
    assert parse_date(line) == iso
    text = f"{TITLE}\n\n{line}\n\n{BODY}\n\n{BODY2}\n"
    assert (clean_text(text).title, clean_text(text).published) == (TITLE, iso)
    assert line not in apply_spans(text, clean_text(text).removed)


@pytest.mark.parametrize(
    "credit",
    [
        "Medically reviewed by Dr. Jane Smith, MD",
        "Fact checked by Jane Smith",
        "Medizinisch geprüft von Dr. med. Katrin Albers, Fachärztin für Innere Medizin",
        "Relu par le Dr Claire Vasseur, médecin généraliste",
        "Revisado por la Dra. Ana López",
        "Additional reporting by John Smith",  # a contributor's credit
        "Translated by John Smith",
    ],
)
def test_a_reviewers_credit_names_no_author(credit: str) -> None:
    text = f"{TITLE}\n\n{credit}\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == []
    assert removed_lines(text).get(credit) == "byline"


def test_additional_reporting_under_the_text_credits_no_author() -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\nAdditional reporting by John Smith\n"
    assert clean_text(text).authors == []


@pytest.mark.parametrize("credit", ["Compiled by Jane Smith", "Edited By: Jane Smith"])
def test_a_compilers_or_editors_credit_over_the_text_is_the_author(credit: str) -> None:
    assert clean_text(f"{TITLE}\n{credit}\n\n{BODY}\n").authors == ["Jane Smith"]


def test_a_critics_review_credit_is_the_author() -> None:
    text = f"{TITLE}\n\nReviewed by Lachlan Tran\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == ["Lachlan Tran"]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Aleksandra Krawczyk • 15 sierpnia 2025 r.", ["Aleksandra Krawczyk"]),  # the year's word, abbreviated
        ("Aleksandra Krawczyk, Grzegorz Pawlak • 15 sierpnia 2025 r.", ["Aleksandra Krawczyk", "Grzegorz Pawlak"]),
        ("Иван Петров • 15 августа 2025 г.", ["Иван Петров"]),
    ],
)
def test_names_over_a_date_that_ends_with_the_years_abbreviation(byline: str, authors: list[str]) -> None:
    text = f"{TITLE}\n\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    assert (clean_text(text).authors, clean_text(text).published) == (authors, "2025-08-15")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("ka la 25 Phupu 2016", "2016-07-25"),  # Sesotho "ka" (on) is no Turkish "Ka" (Kasım, November)
        ("20-ka Janaayo 2015", "2015-01-20"),  # Somali "-ka" (the) is no November: January
        ("15 IX 2020", "2020-09-15"),  # a Roman numeral's two letters stay a month
        ("15 Kas 2020", "2020-11-15"),
    ],
)
def test_two_letter_month_abbreviations_are_no_month(line: str, iso: str | None) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Datum objave: utorak, 17. listopada 2017.", "2017-10-17"),  # Croatian: the day's ordinal dot, October
        ("17 listopada 2017 r.", "2017-11-17"),  # Polish: November
        ("17. listopadu 2017", "2017-11-17"),  # Czech: November, a word of its own
    ],
)
def test_listopad_by_the_way_the_day_is_written(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("kicker", "byline", "authors"),
    [
        # a section and its photo count, then two names and the outlet: names in a script without case read alike
        ("قصة مصورة · 2 صورة", "يوسف العمري و سارة العمري - NovaPress", ["يوسف العمري", "سارة العمري"]),
        # a section and its topic, then names with a date
        (
            "क्राइम डायरी · पोलीस आणि अग्निशमन",
            "अमोल गायकवाड, संदीप कुलकर्णी | The Observer Group – 14/07/2021 19:32",
            ["अमोल गायकवाड", "संदीप कुलकर्णी"],
        ),
    ],
)
def test_a_byline_that_vouches_for_itself_wins_over_a_section_read_as_a_name(
    kicker: str, byline: str, authors: list[str]
) -> None:
    text = f"{TITLE}\n{kicker}\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == authors
    assert_idempotent(text)


def test_one_name_and_an_unknown_field_stays_the_byline_over_a_photo_credit() -> None:
    text = f"{TITLE}\nდავით წიკლაური · რედაქცია\nფოტო: პირადი არქივი\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == ["დავით წიკლაური"]


@pytest.mark.parametrize(
    ("over", "authors"),
    [
        ("Wanjiru Kiptoo and Chinedu Okafor, InfoPortal", ["Wanjiru Kiptoo", "Chinedu Okafor"]),
        ("Wanjiru Ochieng and Chinedu Odhiambo", ["Wanjiru Ochieng", "Chinedu Odhiambo"]),
        (
            "Wanjiru Ochieng",
            ["Wanjiru Ochieng"],
        ),  # one name alone: a kicker about that person only if the text names them
    ],
)
def test_names_that_say_they_are_a_byline_over_the_headline(over: str, authors: list[str]) -> None:
    menu = "Jobs | Vacancies | Internships | Scholarships"
    text = f"{menu}\n{over}\n{TITLE}\n26 February 2017 (10 hours ago)\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (TITLE, authors)
    assert over not in apply_spans(text, cleaned.removed)


@pytest.mark.parametrize(
    "headline",
    [
        f"Global Times Online – {TITLE}",  # the site before the headline, after a dash
        f"{TITLE} / Global Times Online",  # after a slash
        f"Global Times Online · {TITLE}",
    ],
)
def test_a_title_part_the_page_credits_as_its_site_is_left_off(headline: str) -> None:
    text = f"{headline}\nAnna Nowak for Global Times Online\n\n{BODY}\n\n{BODY2}\n\n© 2024 Global Times Online\n"
    assert clean_text(text).title == TITLE


def test_a_title_part_only_a_menu_names_stays() -> None:
    headline = "Sazerac - the cocktail classic from New Orleans"
    text = f"Home | Sazerac | Drinks | Bars\n{headline}\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).title == headline


@pytest.mark.parametrize(
    "field",
    [
        "Unsere Wertung: 7,5 von 10 Punkten",  # a rating
        "14.480 € von 30.000 € gesammelt",  # a fundraiser's total
        "Tonight at 21:30 on channel 2",  # a listing's time
    ],
)
def test_a_field_with_a_figure_between_the_headline_and_the_byline_is_no_headline(field: str) -> None:
    text = f"{TITLE}\n{field}\nBy Anna Nowak\n12 March 2024\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, ["Anna Nowak"], "2024-03-12")
    assert field not in apply_spans(text, cleaned.removed)


def test_a_headline_with_a_figure_under_a_kicker_stays_the_headline() -> None:
    text = f"EXCLUSIVE\nRussia fires 40 missiles at Kyiv overnight\nBy Anna Nowak\n12 March 2024\n\n{BODY}\n"
    assert clean_text(text).title == "Russia fires 40 missiles at Kyiv overnight"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("13 มี.ค. 2560", "2017-03-13"),  # a Thai month's abbreviation with its dots, the Buddhist era's year
        ("โพสต์เมื่อ ๑๓ มีนาคม พ.ศ. ๒๕๖๐", "2017-03-13"),  # Thai digits, the era's mark "พ.ศ."
        ("13 ธ.ค. 2566 เวลา 10:30 น.", "2023-12-13"),  # "at" and "o'clock" around the clock
        ("25 ส.ค. 67 14:13 น.", "2024-08-25"),  # the era's year in two digits
        ("الجمعة 13 كانون الثاني 2023", "2023-01-13"),  # the Levant's two-word months
        ("13 تشرين الأول 2023", "2023-10-13"),
        ("الثلاثاء 20-10-2020 الساعة 10:02", "2020-10-20"),  # "at the hour" before the clock
        ("۲۵ آبان ۱۴۰۵ ساعت ۱۴:۳۲", "2026-11-16"),  # in Persian, the solar year
    ],
)
def test_thai_and_levantine_dates(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("OLSZTYN / 14 września 2025 / ", "2025-09-14"),
        ("GRAZ, 17. Juni 2025 um 17:09 Uhr · ", "2025-06-17"),
        ("BAGUIO — Pambansang Balitaan — 08/27/2019 14:28 PHT: ", "2019-08-27"),  # an agency between place and date
        ("ԵՐԵՎԱՆ, 21.11.2018, 08:01։ ", "2018-11-21"),  # Armenian full stop
        ("ქუთაისი, 16.11.2020 09:18 /ქართლინფო/. ", "2020-11-16"),  # an agency between slashes
        ("GABORONE (20 Diphalane 2019, 2:52 motshegare) · ", "2019-10-20"),  # a clock with its half of the day
        ("WAKISO – Olwomukaaga, nga 22 Agusito 2015, ssaawa 11:57 ez'olweggulo — ", "2015-08-22"),
    ],
)
def test_a_dateline_glued_to_the_first_sentence_read_as_fields(dateline: str, iso: str) -> None:
    text = f"{TITLE}\n\n{dateline}{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.published == iso
    assert apply_spans(text, cleaned.removed).startswith(f"{BODY}\n")


@pytest.mark.parametrize(
    "first",
    [
        "Postitatud: 27 Jaan 2012, 10:32 Teema pealkiri: Re: Üks mullusuvine ettevõtmine.",  # a label, no place
        "Paris, 12 March 2024, was the day when the council met for the last time.",  # a comma ends no dateline
        "Mai 2001 Am 5. Mai ging's wieder einmal rund auf der Freilichtbühne.",  # a date first: text
    ],
)
def test_a_sentence_that_opens_with_a_date_is_no_glued_dateline(first: str) -> None:
    text = f"{TITLE}\n\n{first}\n\n{BODY}\n"
    assert first in apply_spans(text, clean_text(text).removed)


@pytest.mark.parametrize(
    ("headline", "credits"),
    [
        # a question headline under a disclosure; the date third under it, after a reviewer's credit
        ("Pemimpin pengawal padukuhan itu memandang Ki Arga?", "Ditulis oleh Sartika Wattimena\nDitinjau oleh Desk"),
        ("Is the council's new night bus plan worth the money?", "By Anna Nowak\nReviewed by the finance desk"),
    ],
)
def test_a_question_headline_under_a_disclosure(headline: str, credits: str) -> None:
    notice = "Pengungkapan: kami dapat menerima komisi dari mitra yang produknya dibahas di halaman ini."
    text = f"{notice}\n{headline}\n{credits}\nDiperbarui: 16/08/2024\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (headline, "2024-08-16")
    assert apply_spans(text, cleaned.removed).startswith(BODY)


def test_a_department_credits_no_person() -> None:
    text = f"{TITLE}\nΕπιμέλεια: Τμήμα Οικονομίας\n22.01.2015\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("تونس في 23 أوت 2020", []),  # a place and "on" before a date: no name has a preposition
        ("إعداد: مريم الإدريسي وأمين بنعلي", ["مريم الإدريسي", "أمين بنعلي"]),  # "and" written onto the second name
        ("الأربعاء 13 أكتوبر 2021 - 12:35 | بقلم نادية العلوي | قسم الرياضة", ["نادية العلوي"]),  # a section's desk
        ("كتب-محمد الشناوي", ["محمد الشناوي"]),  # "wrote", glued to the name with a hyphen
        (  # three names, "and" written onto each after the first
            "كتب-كريم عبدالفتاح ومصطفى عبدالعزيز وعمرو الجمال · 23 يناير 2021 08:31 م",
            ["كريم عبدالفتاح", "مصطفى عبدالعزيز", "عمرو الجمال"],
        ),
        ("2025/03/19 13:19 / محمد السيد، محرر العلوم", ["محمد السيد"]),  # a role after the comma: science editor
        ("محمود السيد - محرر الشؤون الاقتصادية", ["محمود السيد"]),  # economics editor
    ],
)
def test_arabic_bylines(line: str, authors: list[str]) -> None:
    title = "ارتفاع أسعار الخبز في الأسواق الشعبية هذا الأسبوع"
    body = "قال التجار إن الأسعار ارتفعت بسبب تكاليف النقل والطحين، وإن الزبائن يشترون كميات أقل من المعتاد هذا الشهر."
    text = f"{title}\n{line}\n\n{body}\n\n{body}\n"
    assert clean_text(text).authors == authors


PERSIAN_BODY = "کارشناسان می‌گویند که کیفیت هوای شهر در روزهای آینده بهتر نخواهد شد و مردم باید در خانه بمانند."


def test_an_urdu_byline_with_its_role() -> None:
    title = "لاہور میں شدید گرمی کی لہر سے شہری پریشان ہیں"
    body = "محکمہ موسمیات کے مطابق آئندہ ہفتے کے دوران درجہ حرارت میں مزید اضافے کا امکان ہے اور شہری احتیاط کریں۔"
    text = f"{title}\n26 اپریل 2024، 07:46 | محمد قریشی، نامہ نگار\n\n{body}\n\n{body}\n"
    assert clean_text(text).authors == ["محمد قریشی"]  # "correspondent", no name


def test_a_hyphen_after_a_label_in_a_latin_script_glues_no_byline() -> None:
    text = f"Von-Neumann-Architektur\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == []


def test_a_topic_headline_without_capitals_is_no_labelled_byline() -> None:
    """A topic, a colon, then a phrase, in a script without capitals, under a short badge and over the dateline:
    the headline that names its topic, not a byline with a label the vocabulary lacks."""
    headline = "آلودگی هوا: بدیهی است که در صورت گم شدن کلید"
    text = f"هشدار آلودگی هوا\n{headline}\n۲۳ تیر ۱۳۹۴\n\n{PERSIAN_BODY}\n\n{PERSIAN_BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (headline, [])


@pytest.mark.parametrize(
    "header",
    [
        "نامه‌ای از آن سوی دنیا\nتحریر: علی رضایی و مریم احمدی\nبرف سنگین راه‌های شمال کشور را بست",  # over a headline
        "برف سنگین راه‌های شمال کشور را بست\nتحریر: علی رضایی و مریم احمدی",  # under a headline
    ],
)
def test_a_labelled_byline_without_capitals_beside_a_headline(header: str) -> None:
    cleaned = clean_text(f"{header}\n\n{PERSIAN_BODY}\n\n{PERSIAN_BODY}\n")
    assert cleaned.authors == ["علی رضایی", "مریم احمدی"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("מאת ענבל אזולאי ומורן רוזנברג | 26.02.24, 19:52", ["ענבל אזולאי", "מורן רוזנברג"]),  # "and" on the name
        ("מאת ורד כהן", ["ורד כהן"]),  # a given name that starts with the letter: no second name
    ],
)
def test_hebrew_bylines(line: str, authors: list[str]) -> None:
    title = "מחירי הלחם עלו בשווקים השבוע אחרי חודש של יציבות"
    body = "הסוחרים אמרו כי המחירים עלו בגלל עלויות ההובלה והקמח, וכי הלקוחות קונים פחות מהרגיל בחודש הזה."
    text = f"{title}\n{line}\n\n{body}\n\n{body}\n"
    assert clean_text(text).authors == authors


def test_a_persian_word_that_starts_with_and_splits_no_names() -> None:
    text = f"خلاصه قسمت: اولین مجموعه ویدیو خانگی از\n\n{BODY}\n"
    assert clean_text(text).authors == []


@pytest.mark.parametrize(
    ("over", "authors"),
    [
        ("Limpho Sekhesa, The Observer Group", ["Limpho Sekhesa"]),  # an outlet after an unknown name
        # a joiner the vocabulary lacks, then the outlet
        ("Hlulani Khoza na Ntsako Mabunda, The Observer Group", ["Hlulani Khoza", "Ntsako Mabunda"]),
    ],
)
def test_a_byline_over_the_headline_and_its_dateline(over: str, authors: list[str]) -> None:
    menu = "Mesebetsi | Dikgeo tsa mosebetsi | Dithupelo | Dibasari | Keletso"
    text = f"{menu}\n{over}\n{TITLE}\n5 hrs ago · 15 March 2025\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, "2025-03-15")


@pytest.mark.parametrize(
    "headline",
    [
        "Kadın Hastalıkları ve Doğum Kliniği Anabilim Dalı",  # every word capitalized, joined by "and": no names
        "गोसेखुर्दसारख्या महत्वपूर्ण प्रकल्पातील भूसंपादन, पुनर्वसन आदी अडचणी - NovaPress",  # a phrase with a comma
    ],
)
def test_a_headline_over_its_standfirst_and_dateline_is_no_byline(headline: str) -> None:
    standfirst = "The clinic opens a new ward for mothers and newborns this spring"
    text = f"{headline}\n{standfirst}\n15 March 2025\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == []


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Perry Bacon Jr.", ["Perry Bacon Jr."]),  # a suffix keeps its stop
        ("By Jane Doe.", ["Jane Doe"]),  # the line's own stop goes
    ],
)
def test_a_name_suffix_keeps_its_stop(byline: str, authors: list[str]) -> None:
    text = f"{TITLE}\n{byline}\n12 March 2024\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == authors


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("15-ka Juun 2018: ", "2018-06-15"),  # the day with its ending, Somali "-ka"
        ("26 декабря 2017. ", "2017-12-26"),  # a full stop after the year
    ],
)
def test_a_date_first_glued_to_the_first_sentence(dateline: str, iso: str) -> None:
    text = f"{TITLE}\n\n{dateline}{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.published == iso
    assert apply_spans(text, cleaned.removed).startswith(f"{BODY}\n")


@pytest.mark.parametrize(
    ("line", "authors", "date"),
    [
        ("Jón Sigurðsson skrifar – 19. jún. 2018 20:41", ["Jón Sigurðsson"], "2018-06-19"),  # a verb after the name
        (
            "Selasa, 18 Juli 2017 06:57 WITA · Laporan wartawan InfoPortal, Jefri Tumbelaka",  # a label and an outlet
            ["Jefri Tumbelaka"],
            "2017-07-18",
        ),
        ("Thứ sáu, 13/05/2022 23:32 | Quốc Lan – biên tập viên chuyên mục Gia đình", ["Quốc Lan"], "2022-05-13"),
        ("۱۴۰۳/۰۳/۲۷ | ۱۶:۴۱ | بهزاد کاظمی، دامپزشک", ["بهزاد کاظمی"], "2024-06-16"),  # a time, then a role
    ],
)
def test_a_byline_among_a_header_lines_fields_in_any_order(line: str, authors: list[str], date: str) -> None:
    """Names in one field, a date in another, whatever label, verb or role the vocabulary lacks around them."""
    cleaned = clean_text(f"{TITLE}\n{line}\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, date)


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Jane Smith · 12 March 2024",  # the picture's credit
        "Liverpool 2–0 Chelsea | Jane Smith wins again in the valley as the council meets | 12 March 2024",  # a teaser
    ],
)
def test_names_among_fields_that_are_no_byline(line: str) -> None:
    assert clean_text(f"{TITLE}\n{line}\n\n{BODY}\n").authors == []


def test_a_byline_among_fields_under_a_standfirst_makes_the_question_over_it_the_headline() -> None:
    """The header goes on past a question and its standfirst when a byline comes under them, one among a line's
    fields as the header reads it (`_fielded_byline`)."""
    headline = "Siêu vàng giả từ đâu đến Việt Nam?"
    text = (
        f"SƠ SINH · 0–12 THÁNG\n\n{headline}\n\n"
        "Đảm bảo hoạt động kinh doanh có lãi, tài chính doanh nghiệp lành mạnh.\n\n"
        "19/01/2016 · 4 phút đọc — Hoàng Trang – biên tập viên chuyên mục Gia đình\n\n"
        f"{BODY}\n"
    )
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Hoàng Trang"], "2016-01-19")


def test_a_notice_over_a_headline_whose_byline_names_a_role_in_lowercase() -> None:
    """A disclosure over the headline is no body when a byline comes under the headline and its standfirst: names
    with a role in lowercase after a comma are one (`_names_with_lower_role`), as the header reads them."""
    headline = "Δάνεια: Απέσπασε βραβείο για την χρήση"
    text = (
        "Γνωστοποίηση: ενδέχεται να λαμβάνουμε προμήθεια από συνεργάτες που αναφέρονται σε αυτή τη σελίδα.\n"
        f"{headline}\n\nΟ Ηρακλής μετά την μεγάλη νίκη του με 3-1 σετ την προηγούμενη εβδομάδα θέλει να συνεχίσει.\n\n"
        "Χαράλαμπος Σάββα, σύμβουλος χρηματοοικονομικού σχεδιασμού\n\nΈλεγχος στοιχείων από τη συντακτική ομάδα\n\n"
        f"Ενημερώθηκε: 18.06.2024 · Χρόνος ανάγνωσης: 5 λεπτά\n\n{BODY}\n"
    )
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Χαράλαμπος Σάββα"], "2024-06-18")


def test_a_first_published_note_over_the_headline_gives_the_date() -> None:
    """A republished article's note ("first published on …"), under the text a footer, is the header's dateline
    above the headline."""
    text = f"Bu yazı ilk kez 28 Haziran 2024 tarihinde yayımlandı\n{TITLE}\nOnur Özdemir - InfoPortal\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (TITLE, "2024-06-28")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("گزارش از حسین تهرانی", "حسین تهرانی"),  # Persian "report from"
        ("ਲਿਖਤ: ਪਰਮਜੀਤ ਗਿੱਲ", "ਪਰਮਜੀਤ ਗਿੱਲ"),  # Punjabi "writing"
        ("প্রতিবেদক: মৌমিতা ইসলাম", "মৌমিতা ইসলাম"),  # Bengali "reporter"
        ("Kaituhi: Mere Kīngi", "Mere Kīngi"),  # Māori "writer"
        ("تحریر: عمران بٹ", "عمران بٹ"),  # Urdu "writing"
    ],
)
def test_byline_labels_of_more_scripts(line: str, author: str) -> None:
    """Labels the vocabulary holds as data: they name the writer over names read from a line's shape alone."""
    assert _byline(line) == ([author], None)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Smith / John Doe", ["Jane Smith", "John Doe"]),  # co-authors a spaced slash parts
        ("Por Laura Jordán / Javier Urbina", ["Laura Jordán", "Javier Urbina"]),
        ("By Jane Smith; John Doe", ["Jane Smith", "John Doe"]),
        ("By Jane Smith / Barcelona", ["Jane Smith"]),  # a place after the slash, no person
        ("By Jane Smith / New York", ["Jane Smith"]),
        ("By Jane Smith; photos by John Doe", ["Jane Smith"]),  # a second credit is no co-author
        ("By Jane Smith for the Daily Courier", ["Jane Smith"]),  # an outlet's article in lowercase
        ("Von Anna Schmidt für die Zeit", ["Anna Schmidt"]),
        ("By Jane Smith. Additional reporting by John Doe", ["Jane Smith"]),  # a credit in a sentence of its own
    ],
)
def test_byline_parts_after_the_first_names(byline: str, authors: list[str]) -> None:
    assert _byline(byline) == (authors, None)
    text = f"{TITLE}\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == authors
    assert removed_lines(text).get(byline) == "byline"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Jane Smith Contributor", ["Jane Smith"]),  # an author box runs name and role together
        ("Jane Smith Senior Political Reporter", ["Jane Smith"]),
        ("Richard Adams Education editor", ["Richard Adams"]),
        ("Mary Ann Smith Staff Writer", ["Mary Ann Smith"]),  # the role's words are no name's
    ],
)
def test_a_known_name_and_a_role_without_a_mark_between(byline: str, authors: list[str]) -> None:
    text = f"{TITLE}\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == authors
    assert removed_lines(text).get(byline) == "byline"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Grace Hopper Award", None),
        ("Jane Smith Memorial Lecture", None),
        ("Mary Ann Smith Street", None),
        ("Mary Ann Smith Staff Writer", "Mary Ann Smith"),
        ("Jane Smith Senior Political Reporter", "Jane Smith"),
    ],
)
def test_a_role_after_a_name_is_read_from_the_role_words_only(line: str, name: str | None) -> None:
    assert _name_before_role(line) == name


def test_an_author_list_under_the_text_is_a_byline_not_tags() -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\nAuthors: Jane Smith, John Doe\n"
    assert clean_text(text).authors == ["Jane Smith", "John Doe"]
    assert removed_lines(text).get("Authors: Jane Smith, John Doe") == "byline"


@pytest.mark.parametrize("credit", ["By Associated Press", "By The Associated Press", "By AFP", "By Staff Reporter"])
def test_a_desks_credit_under_the_text_is_removed(credit: str) -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\n{credit}\n"
    assert clean_text(text).authors == []
    assert removed_lines(text).get(credit) == "byline"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Par Marie Dupont avec AFP", ["Marie Dupont"]),  # the agencies the text draws on, after "with"
        ("Von Hans Müller mit dpa", ["Hans Müller"]),
        ("Marie Dupont avec AFP", ["Marie Dupont"]),
        ("La rédaction avec AFP", []),
        ("Agencia EFE", []),  # "agency" and its name
        ("Von dpa", []),  # a label and an agency alone
    ],
)
def test_agencies_after_the_names_or_alone_credit_no_one(byline: str, authors: list[str]) -> None:
    for header in (f"{TITLE}\n{byline}\n5 March 2024", f"{TITLE}\n5 March 2024\n{byline}"):
        text = f"{header}\n\n{BODY}\n\n{BODY2}\n"
        assert clean_text(text).authors == authors, header
        assert removed_lines(text).get(byline) == "byline", header


@pytest.mark.parametrize("credit", ["AFP", "Agencia EFE", "Redacción", "Staff and agencies", "The Associated Press"])
def test_a_desks_or_agencys_name_alone_under_the_text_is_a_credit(credit: str) -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\n{credit}\n"
    assert removed_lines(text).get(credit) == "byline"


def test_a_note_about_the_desk_under_the_text_is_no_credit() -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{BODY2}\n\nOm Familj-redaktionen\n"
    assert removed_lines(text).get("Om Familj-redaktionen") != "byline"


def test_an_outlet_after_for_and_an_article_is_named_in_capitals() -> None:
    assert _bare_names("Der Blog für die Frau in den besten Jahren") is None
    assert _byline("Von Anna Schmidt für die Zeit") == (["Anna Schmidt"], None)


@pytest.mark.parametrize(
    ("byline", "authors", "iso"),
    [
        ("ધ્રુવ પરીખ, કિંજલ પરીખ અને ધ્રુવ દેસાઈ દ્વારા · ઑક્ટો. 14, 2015", ["ધ્રુવ પરીખ", "કિંજલ પરીખ", "ધ્રુવ દેસાઈ"], "2015-10-14"),
        ("மீனாட்சி சண்முகம் எழுதியது — 19 ஏப்ரல் 2025", ["மீனாட்சி சண்முகம்"], "2025-04-19"),  # "by" after the names
        ("Gan Siân Davies", ["Siân Davies"], None),  # Welsh "by"
        ("Par Marie Dupont le 5 mars 2024", ["Marie Dupont"], "2024-03-05"),  # "le" before the date itself
        ("Posted by Jane Smith on 05/03/2024", ["Jane Smith"], "2024-03-05"),
    ],
)
def test_bylines_with_their_date_after_a_word_or_a_mark(byline: str, authors: list[str], iso: str | None) -> None:
    text = f"{TITLE}\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    assert (clean_text(text).authors, clean_text(text).published) == (authors, iso)


def test_and_before_the_last_name_is_no_dates_word() -> None:
    byline = "Ka Lerato Makhetha, Thabo Tlali le Limpho Mokoena | 20 Pherekgong 2022"  # Sesotho "le", not French
    cleaned = clean_text(f"{TITLE}\n{byline}\n\n{BODY}\n\n{BODY2}\n")
    assert cleaned.authors == ["Lerato Makhetha", "Thabo Tlali", "Limpho Mokoena"]
    assert cleaned.published == "2022-01-20"


@pytest.mark.parametrize(
    "names",
    ["Isabelle Bouchard et Josée Gauthier, collaboration spéciale", "Jane Smith and John Doe, special contributors"],
)
def test_a_one_sentence_headline_between_the_byline_and_the_dateline(names: str) -> None:
    headline = "Council approves new budget after months of debate."
    dateline = "14 April 2017, 12:25 (12 hours ago)"
    text = f"News | Jobs | Careers\n\n{names}\n\n{headline}\n\n{dateline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (headline, "2017-04-14")
    assert len(cleaned.authors) == 2
    assert_idempotent(text)


def test_a_sentence_under_a_byline_with_no_field_under_it_is_body() -> None:
    text = f"By Jane Smith\n\n{SENTENCE}\n\n{BODY}\n"
    assert clean_text(text).title is None
    assert SENTENCE in apply_spans(text, clean_text(text).removed)


@pytest.mark.parametrize("site", [" - NovaPress", "_The Observer Group", "_新浪新闻", "｜NovaPress"])
def test_a_chinese_page_title_with_the_sites_name_over_its_headline(site: str) -> None:
    headline = "中国能因此就干脆不要人大选举了吗"
    text = f"{headline}{site}\n\n书评 · 新书速递\n\n{headline}\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).title == headline
    assert removed_lines(text).get(f"{headline}{site}") == "navigation"


def test_an_underscore_in_a_latin_title_parts_no_site() -> None:
    assert _without_site("Council approves new budget after months of debate_NovaPress").endswith("_NovaPress")


def test_a_sections_label_under_the_breadcrumb_over_the_dateline_is_no_headline() -> None:
    """No word of the text's to tell the headline by: a label's few words under the menu are the section's."""
    headline = "Council approves new rules for the city's markets"
    header = "News | Politics | Sport\nHome > News > Committees\nNews from the committees\nMarch 5, 2024"
    text = f"{header}\n{headline}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (headline, "2024-03-05")
    assert removed_lines(text).get("News from the committees") == "navigation"


def test_a_short_headline_over_its_dateline_and_a_long_standfirst_under_a_menu_stays_the_title() -> None:
    standfirst = "Everything you need to know about the talks between London and Brussels this week and what comes next"
    text = f"News | Politics | Sport\nBrexit explained\nMarch 5, 2024\n{standfirst}\n\n{BODY}\n"
    assert clean_text(text).title == "Brexit explained"
    assert standfirst in apply_spans(text, clean_text(text).removed)


@pytest.mark.parametrize(
    ("credit", "authors", "iso"),
    [
        ("By Jane Smith — ", ["Jane Smith"], None),
        ("JANE SMITH, Staff Writer — ", ["JANE SMITH"], None),
        ("By Jane Smith | March 5, 2024 ", ["Jane Smith"], "2024-03-05"),
    ],
)
def test_a_byline_glued_before_the_first_sentence_is_cut_and_the_sentence_stays(
    credit: str, authors: list[str], iso: str | None
) -> None:
    text = f"{TITLE}\n\n{credit}{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.authors, cleaned.published) == (authors, iso)
    assert apply_spans(text, cleaned.removed).startswith(BODY)
    assert_idempotent(text)


@pytest.mark.parametrize(
    "line",
    [
        "The Velvet Underground (The Velvets) — an American rock band formed in New York City in 1964 by Lou Reed.",
        "By Ela on 31. October, 2023 | 18 Comments. This post may contain affiliate links, we earn from purchases.",
    ],
)
def test_a_name_or_a_credit_before_a_dash_and_no_sentence_is_no_glued_byline(line: str) -> None:
    """Kept whole or removed whole, never cut after the mark."""
    text = f"{TITLE}\n\n{line}\n\n{BODY}\n\n{BODY2}\n"
    rest = re.split(r" [—|] ", line, maxsplit=1)[1]
    output = apply_spans(text, clean_text(text).removed)
    assert line in output or rest not in output


@pytest.mark.parametrize("signature", ["Jane Smith", "(Jane Smith)", "Jane Smith (js)"])
def test_a_name_alone_on_an_extracts_last_line_is_its_signature(signature: str) -> None:
    text = f"{TITLE}\n5 March 2024\n\n{BODY}\n\n{BODY2}\n\n{signature}\n"
    assert clean_text(text).authors == ["Jane Smith"]
    assert removed_lines(text).get(signature) == "byline"


@pytest.mark.parametrize("last", ["Grace Hopper Award", "Mary Ann Smith Street"])
def test_three_capitalized_words_on_the_last_line_are_no_signature(last: str) -> None:
    assert clean_text(f"{TITLE}\n5 March 2024\n\n{BODY}\n\n{BODY2}\n\n{last}\n").authors == []


def test_a_name_alone_between_paragraphs_is_no_signature() -> None:
    # right under the first paragraph it is the byline of a layout that prints its lede first
    # (`test_a_byline_under_the_lede_is_the_byline`); further down, a subheading or a list's item
    text = f"{TITLE}\n5 March 2024\n\n{LEDE}\n\n{BODY}\n\nJane Smith\n\n{BODY2}\n"
    assert clean_text(text).authors == []


@pytest.mark.parametrize(("line", "authors"), [("（田中太郎）", ["田中太郎"]), ("（共同）", []), ("（大阪府）", [])])
def test_a_japanese_name_in_brackets_under_the_headline_is_its_reporter(line: str, authors: list[str]) -> None:
    headline = "市議会、数カ月の議論を経て新年度予算を可決"
    body = "市議会は五日、公共交通と公園、図書館への支出を増やす新年度予算案を賛成多数で可決した。"
    text = f"{headline}\n2024年3月5日 10時15分\n{line}\n\n{body}\n\n{body}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, authors, "2024-03-05")


LONG_BODY = "\n\n".join(
    f"The council heard from {n} residents on Tuesday, who asked for the night buses to run until five in the morning."
    for n in range(3, 38)
)


@pytest.mark.parametrize("fields", ["22. November 2022", "By Jane Smith", "22. November 2022\nBy Jane Smith"])
def test_a_long_extract_with_its_fields_over_the_headline_keeps_the_headline_as_title(fields: str) -> None:
    """A scraper may write the dateline or byline over the headline. In an extract long enough to look like a page,
    the first line was read as a page's HTML title; the headline under the fields is the title, as in a short one."""
    text = f"{fields}\nNight buses will run until five in the morning\n\n{LONG_BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.title == "Night buses will run until five in the morning"
    assert cleaned.published == ("2022-11-22" if "2022" in fields else None)
    assert cleaned.authors == (["Jane Smith"] if "Jane" in fields else [])


@pytest.mark.parametrize("date", ["22.11.2022", "Abmelden 19.10.2019"])
def test_a_name_between_a_dateline_and_the_headline_is_the_byline(date: str) -> None:
    """A lone name over a headline is a byline when a date confirms the header; a date over the name does as a date
    under the headline does. A name the text under it names is a topic's kicker and stays out of the authors."""
    text = f"{date}\nChristian Mihatsch\nKein Kipppunkt zugunsten des Klimaschutzes\n\n{BODY}\n"
    assert clean_text(text).authors == ["Christian Mihatsch"]
    kicker = "Christian Mihatsch sagte am Dienstag, es gebe keinen Kipppunkt zugunsten des Klimaschutzes in Sicht."
    text = f"Christian Mihatsch\nKein Kipppunkt zugunsten des Klimaschutzes\n\n{kicker}\n\n{BODY}\n"
    assert clean_text(text).authors == []


TOPICS = (
    "Leder Naht Schnalle Futter Riemen Farbe Lieferung Rechnung Garantie Pflege Reparatur Werkstatt Muster Karton "
    "Etikett Kundin Preis Rabatt Katalog Messe Boutique Sammlung Saison Winter Sommer Frühling Herbst Stoff Knopf"
)
LONG_TEXT = [  # a long extract's paragraphs: more lines than an extract's model reads, as a page dump has
    f"Beim Thema {topic} habe ich lange überlegt, was mir wirklich wichtig ist, und am Ende hat mich die {topic} "
    "dieser Tasche mehr überzeugt als alles, was ich vorher kannte."
    for topic in TOPICS.split()
]


ENTRY_LINES = [  # a blog's entry line over its headline: the date, the poster, the category, the comments' link
    ("Dezember 10, 2019 · von freeman1984 · in Uncategorized · Hinterlasse einen Kommentar", "2019-12-10"),
    ("April 29, 2022 · by admin · in News · Leave a comment", "2022-04-29"),
]


@pytest.mark.parametrize(("entry", "published"), ENTRY_LINES)
@pytest.mark.parametrize("body", [f"{BODY}\n\n{BODY2}", "\n\n".join(LONG_TEXT)])
def test_a_line_of_fields_that_opens_with_a_date_over_the_headline_is_its_dateline(
    entry: str, published: str, body: str
) -> None:
    """Over the headline, as under it, and in a long extract too: a page dump's first line is its HTML title, which
    is never a line of fields that opens with a date."""
    headline = "Was wurde eigentlich aus Six Sigma?"
    cleaned = clean_text(f"{entry}\n{headline}\n\n{body}\n")
    assert (cleaned.title, cleaned.published) == (headline, published)


def test_a_long_extract_that_opens_with_a_dated_byline_keeps_it() -> None:
    """A labelled byline with its date on the first line ("by Jake Goulding on January 20, 2020") is no page's HTML
    title either: the header's authors and date stand, in a long extract as in a short one."""
    headline = "What is Rust and why is it so popular?"
    text = f"by Jake Goulding on January 20, 2020\n{headline}\n\n" + "\n\n".join(LONG_TEXT) + "\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Jake Goulding"], "2020-01-20")


def test_a_headline_with_a_date_among_its_words_is_no_dateline_over_the_text() -> None:
    """A page's title that holds a date, not first of its fields, is the page's title."""
    assert _fields_after_date("Blogposting 01/23/2020 – Nur mein Standpunkt") is None
    assert _opening_date("Wahl am 26. September 2021") is None
    assert _opening_date("Posted on April 29, 2022") == "2022-04-29"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("Kleine Schafskunde\n\nMäscot", "Kleine Schafskunde"),  # the site's name under the headline
        ("Hope!\nClaudia Duwe", "Hope!"),  # a headline of one word with its mark
        ("Hope!", "Hope!"),
        ("Quiet streets\nTown Hall", "Quiet streets"),
        ("LOCAL NEWS", None),  # a label in capitals
        ("March 5, 2024", None),  # a dateline
        ("By Jane Smith", None),  # a byline
        # the header's fields over the headline: the first line under them, even one read as a field of theirs
        (
            "Published on 19. Juni 2016 von Das Mitternachtskabinett\nGeister, Spuk & Gentrifizierung (#5)\n"
            "MP3-DOWNLOAD (01:00 h)",
            "Geister, Spuk & Gentrifizierung (#5)",
        ),
        (
            "By Jane Smith\nMarch 5, 2024\nGhosts and gentrification (#5)\nMP3 download (01:00 h)",
            "Ghosts and gentrification (#5)",
        ),
        ("By Jane Smith\nMarch 5, 2024\nLOCAL NEWS", None),  # still no label in capitals
    ],
)
def test_an_extracts_first_line_is_its_title_when_no_rule_chose_one(header: str, title: str | None) -> None:
    """A scraper writes the title first. When no header rule took a headline, the first line over the text is the
    title if it is shaped as one; a label, a date or a byline is not."""
    text = f"{header}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.title == title
    if title is not None:
        assert not apply_spans(text, cleaned.removed).startswith(title)  # the title line is cut as the title
    assert_idempotent(text)


@pytest.mark.parametrize(
    ("line", "authors", "iso"),
    [
        ("1. Februar 2022 Luis Holuch 6", ["Luis Holuch"], "2022-02-01"),
        ("5 March 2024 Jane Smith 12", ["Jane Smith"], "2024-03-05"),
        ("5 March 2024", [], "2024-03-05"),  # the year is no count
    ],
)
def test_a_comment_count_after_the_names_of_a_dateline(line: str, authors: list[str], iso: str) -> None:
    """A blog theme's row: the date, the author, the number of comments with no word after it."""
    cleaned = clean_text(f"{TITLE}\n{line}\n\n{BODY}\n")
    assert (cleaned.authors, cleaned.published) == (authors, iso)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "Tagung: Institutionen der Macht in den europäischen Revolutionen der ersten Hälfte des 19. Jahrhunderts "
            "in der Stadt Eichstätt",
            True,
        ),  # a day's or a century's ordinal ends no sentence
        (
            "The council met on Tuesday in the town hall. Members of the public asked for the buses to run later at "
            "night",
            False,
        ),  # a sentence's end inside: a paragraph cut short
    ],
)
def test_an_ordinal_inside_a_long_headline_is_no_sentence_end(headline: str, title: bool) -> None:
    cleaned = clean_text(f"{headline}\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.title == headline) is title


def test_a_headline_with_a_name_after_a_small_word_is_no_byline() -> None:
    """Unlabelled, two names joined by a small word need a known given name on both sides ("Maja Mlakar in Tina
    Mlakar"): "Zu Besuch bei Véronique Lacaze" over its standfirst is the headline, not two authors."""
    standfirst = (
        "In einer wunderschönen Penthousewohnung in Berlin-Schöneberg wohnt Véronique Lacaze zusammen mit ihrem Mann "
        "Christophe und ihren zwei Kindern"
    )
    cleaned = clean_text(f"Zu Besuch bei Véronique Lacaze\n{standfirst}\nNovember 21, 2022\n\n{BODY}\n")
    assert (cleaned.title, cleaned.authors) == ("Zu Besuch bei Véronique Lacaze", [])
    assert clean_text(f"{TITLE}\nMaja Mlakar in Tina Mlakar\n\n{BODY}\n").authors == ["Maja Mlakar", "Tina Mlakar"]


@pytest.mark.parametrize(
    ("name", "date", "headline", "authors"),
    [
        ("Jane Smith", "March 28, 2022", "Night buses will run until five in the morning", ["Jane Smith"]),
        (
            "Uriel Gadessaud",
            "2 mars 2020",
            "« Il y a, d’abord, le poids de la géographie ». Sur les migrations",
            ["Uriel Gadessaud"],
        ),
        # the headline names the person: the name over it is the topic's kicker
        ("Taylor Swift", "March 28, 2022", "Taylor Swift announces a world tour for next year", []),
    ],
)
def test_a_name_over_its_date_over_the_headline_is_the_byline(
    name: str, date: str, headline: str, authors: list[str]
) -> None:
    """A header's fields in any order: the byline, then the dateline, then the headline under them."""
    cleaned = clean_text(f"{name}\n{date}\n{headline}\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.title, cleaned.authors) == (headline, authors)


@pytest.mark.parametrize(
    "header",
    [
        ["Robert", "31. Dezember 2019"],  # a blog's first-name credit over its dateline
        ["January 28, 2018", "Tine"],  # and under it
    ],
)
def test_a_lone_given_name_beside_the_dateline_is_the_byline(header: list[str]) -> None:
    name = next(line for line in header if line.isalpha())
    comments = f"Lieber {name}, danke für den schönen Text und die guten Wünsche für das neue Jahr."
    text = "\n".join([TITLE, *header, "", BODY, "", BODY2, "", BODY, "", BODY2, "", comments]) + "\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (TITLE, [name])
    assert name not in apply_spans(text, cleaned.removed).split("\n")
    assert_idempotent(text)


def test_a_given_name_the_article_opens_on_is_its_topic_not_its_writer() -> None:
    """ "Georgia" over the dateline is a place's kicker when the story's first paragraphs name it."""
    body = "Georgia lawmakers approved the budget on Tuesday after a debate that lasted more than ten hours."
    cleaned = clean_text(f"{TITLE}\nGeorgia\nMarch 3, 2024\n\n{body}\n\n{BODY2}\n")
    assert cleaned.authors == []
    assert cleaned.published == "2024-03-03"


def test_a_given_name_before_the_date_on_its_line_is_the_byline() -> None:
    """A blog theme's row: the writer's first name, the date, the categories."""
    text = f"{TITLE}\nTine 2. Februar 2020 Radtouren Berlin\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.authors, cleaned.published) == (["Tine"], "2020-02-02")


def test_a_place_before_a_glued_date_is_no_writer() -> None:
    """ "Paris 12 March 2024 The government …": a dateline glued to the first paragraph, whose place is a given name."""
    body = "Paris 12 March 2024 The government approved the budget on Tuesday after a debate that lasted ten hours."
    cleaned = clean_text(f"{TITLE}\n\n{body}\n\n{BODY2}\n")
    assert cleaned.authors == []


def test_a_weekday_before_the_date_is_no_writer() -> None:
    """ "Tue" is a given name too; before "12 March 2024" it is the date's weekday."""
    cleaned = clean_text(f"{TITLE}\nTue 12 March 2024 | Politics\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.authors, cleaned.published) == ([], "2024-03-12")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("July 28, 2019 July 30, 2019", "2019-07-28"),  # a blog theme's published and modified dates
        ("Posted on July 28, 2019July 30, 2019", "2019-07-28"),  # glued, as a page's text gives them
        ("28. Juli 2019 30. Juli 2019", "2019-07-28"),
        ("30.07.2019 28.07.2019", "2019-07-28"),  # in the other order: an update never precedes publication
    ],
)
def test_two_dates_side_by_side_give_the_earlier(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    "dateline",
    [
        "Posted on July 28, 2019 July 30, 2019 by Andreas Kalt",
        "Veröffentlicht am 28. Juli 2019 28. Juli 2019 von Andreas Kalt",
        "Posted on 28. Juli 2019 28. Juli 2019 Author Andreas Kalt 4 Kommentare",  # WordPress's Twenty Sixteen row
    ],
)
def test_a_byline_after_a_published_and_modified_date_is_read(dateline: str) -> None:
    text = f"{TITLE}\n{dateline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, ["Andreas Kalt"], "2019-07-28")
    assert_idempotent(text)


@pytest.mark.parametrize("line", ["Saison 2019/2020", "Mai 2019 Juni 2020 Bilanz", "2019 2020"])
def test_two_years_alone_are_no_date(line: str) -> None:
    assert parse_date(line) is None


@pytest.mark.parametrize(
    "headline",
    [
        "RES158 Sternfusion am Teilchenbeschleuniger",  # a podcast's episode number
        "Geister, Spuk & Gentrifizierung (#5)",
        "15 Jahre rete-mirabile.net",  # a number that opens a headline counts its subject
        "Gitarre & Bass 02/2022",  # a magazine's issue
    ],
)
def test_a_headline_with_a_figure_under_the_dateline_is_the_title(headline: str) -> None:
    """Dates over the headline: the line right under them, the first paragraph under it, is the header's headline,
    not one more field of the dateline's."""
    text = f"Veröffentlicht am 16.08.2019\n{headline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (headline, "2019-08-16")
    assert_idempotent(text)


@pytest.mark.parametrize("field", ["Read 217 times today", "Pročitano 217 puta"])
def test_a_count_under_the_dateline_stays_a_field(field: str) -> None:
    text = f"19. Juni 2016\n{field}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.title is None
    assert field in removed_lines(text)


def test_a_line_under_a_field_of_the_dateline_is_not_its_headline() -> None:
    """Only the line right under the dateline: the next ones are its fields' (a download's length)."""
    text = f"19. Juni 2016\nGeister, Spuk & Gentrifizierung (#5)\nMP3-DOWNLOAD (01:00 h)\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).title != "MP3-DOWNLOAD (01:00 h)"


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (["Götz Warnke", "Der WindRebell"], None),  # a column's writer over its two-word headline
        (["Götz Warnke", "12. März 2024", "Der WindRebell"], "2024-03-12"),
    ],
)
def test_a_lone_name_over_a_short_headline_and_its_text_is_the_byline(header: list[str], published: str | None) -> None:
    text = "\n".join([*header, "", BODY, "", BODY2]) + "\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == ("Der WindRebell", ["Götz Warnke"], published)
    assert_idempotent(text)


def test_a_dateline_under_a_lone_name_is_no_headline() -> None:
    """ "Mittwoch, 01. November 2023 - Handel": the date and its section, not a headline the name would sign."""
    cleaned = clean_text(f"Jane Smith\nMittwoch, 01. November 2023 - Handel\n\n{BODY}\n\n{BODY2}\n")
    assert cleaned.title != "Handel"
    assert cleaned.published == "2023-11-01"


def test_names_read_in_a_headline_over_the_dateline_sign_nothing() -> None:
    """Only one name alone on its line signs a headline the text stands under; names read inside a headline
    ("Olympische Spiele in Paris Getränke …") leave it the title."""
    headline = "Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum"
    body = (
        "Dazu werden die Getränke per Schiff von einem Lager im Umland zu einem Kai gegenüber dem Eiffelturm "
        "geliefert, wie die Hafenbetriebe am Dienstag mitteilten."
    )
    cleaned = clean_text(f"{headline}\nMittwoch, 01. November 2023 - Handel\n\n{body}\n\n{BODY2}\n")
    assert (cleaned.title, cleaned.authors) == (headline, [])


def test_a_name_whose_particle_the_date_under_it_holds_is_the_byline() -> None:
    """ "De" of "Verónica De Vita" stands in "4 de mayo": a particle names no one, so the name is not the story's
    subject (a kicker), but the writer over the dateline and the headline."""
    headline = "El año de las evaluaciones: las escuelas de Mendoza tendrán tres relevamientos"
    text = f"Verónica De Vita\nmiércoles, 4 de mayo de 2022 00:00 hs\n{headline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Verónica De Vita"], "2022-05-04")


def test_a_dateline_of_fields_under_a_byline_over_the_headline_is_read() -> None:
    """The date, the band, the hall: a date among fields, read under a byline as under a headline."""
    text = f"Johanna Kropfitsch\n02.11.2022 - Placebo - Stadthalle\nKonzert-Highlights im November 2022\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (
        "Konzert-Highlights im November 2022",
        ["Johanna Kropfitsch"],
        "2022-11-02",
    )


STORM_OPENINGS = (
    "Ein perfekter Sturm auf dem Meer beginnt meistens, wenn mehrere Faktoren zusammenkommen.",
    "In den Morgenstunden des Donnerstags wird klar, dass ein solcher Sturm aufzieht.",
    "Viele Leser haben uns geschrieben, weil sie wissen wollen, wie das passieren konnte.",
    "Erst eine Recherche in Amerika brachte die Zweifel an seinen Texten ans Licht.",
)
# thirty paragraphs of 25 words or more: a long extract, which the whole page's path reads, whose cleaned text opens
# with a paragraph (`_opens_with_paragraph`), so that a second pass agrees
STORM_BODY = "\n\n".join(
    f"{STORM_OPENINGS[n % 4]} Der Verlag hat eine Kommission eingesetzt, die alle Vorwürfe aufklären soll (Teil {n})."
    for n in range(1, 33)
)


def test_a_short_headline_under_the_fields_that_open_a_long_extract_is_the_title() -> None:
    """ "22.12.2018" / "Von Clemens Höges" / "Ein Albtraum" over thirty paragraphs: a long extract, which the whole
    page's path reads, but no page opens with its byline and dateline (its HTML title and menus come first)."""
    text = f"22.12.2018\nVon Clemens Höges\nEin Albtraum\n\n{STORM_BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == ("Ein Albtraum", ["Clemens Höges"], "2018-12-22")
    assert_idempotent(text)


def test_a_short_line_under_a_pages_menu_and_byline_is_no_title() -> None:
    """Only header fields above it make a long document's short opening its title: under a page's breadcrumb and
    share row it is a section's name."""
    top = "Startseite » Politik » Inland\nAuf Facebook teilen\nVon Clemens Höges\nAktuelles"
    cleaned = clean_text(f"{top}\n\n{STORM_BODY}\n")
    assert cleaned.title != "Aktuelles"


@pytest.mark.parametrize("date", ["", "7. Oktober 2019\n"])
def test_a_lone_name_over_a_question_headline_is_its_byline(date: str) -> None:
    """A headline that asks ("Firmenwagen: Leasing oder Finanzierung?") under one name alone, the text under it: the
    column's writer signs it, as over a headline that states."""
    headline = "Firmenwagen: Leasing oder Finanzierung?"
    cleaned = clean_text(f"{date}Martin Junker\n{headline}\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.title, cleaned.authors) == (headline, ["Martin Junker"])


@pytest.mark.parametrize("body", [f"{BODY}\n\n{BODY2}", STORM_BODY], ids=["short", "long"])
def test_a_short_headline_written_twice_under_a_byline_is_the_title(body: str) -> None:
    """ "von Julia Kern" / "Transgenerationales Coaching" twice / a standfirst: a scraper's title over a body that
    opens with the headline again. Short lines over a headline read as a menu, but no menu names its writer or
    writes an item twice in a row; the headline is the line written twice, not the longer standfirst under it."""
    standfirst = "Wie es Klienten ermöglicht wird, ihr eigenes Selbst zu leben"
    text = f"von Julia Kern\nTransgenerationales Coaching\nTransgenerationales Coaching\n{standfirst}\n\n{body}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == ("Transgenerationales Coaching", ["Julia Kern"])
    assert standfirst in apply_spans(text, cleaned.removed)


@pytest.mark.parametrize("body", [f"{BODY}\n\n{BODY2}", STORM_BODY], ids=["short", "long"])
def test_a_lone_name_over_a_short_headline_and_its_copy_is_the_byline(body: str) -> None:
    """ "Götz Warnke" / "Der WindRebell" twice / the text: the copy of the headline between it and the text does not
    hide the column's layout (a writer's name over a headline the text follows)."""
    cleaned = clean_text(f"Götz Warnke\nDer WindRebell\nDer WindRebell\n\n{body}\n")
    assert (cleaned.title, cleaned.authors) == ("Der WindRebell", ["Götz Warnke"])


def test_short_lines_with_one_written_twice_over_a_standfirst_are_no_menu() -> None:
    """ "Kolumne" / "Der WindRebell" twice / a standfirst without a stop: three short lines over a headline-like one,
    as a menu stands, but a menu does not write an item twice in a row: the headline and its copy."""
    standfirst = "Mit Kleinwindkraft zu mehr Autarkie für Haus und Hof"
    text = f"Kolumne\nDer WindRebell\nDer WindRebell\n{standfirst}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.title == "Der WindRebell"
    assert standfirst in apply_spans(text, cleaned.removed)


def test_a_long_extract_whose_headline_and_byline_come_twice_is_no_page() -> None:
    """Fields, the headline, its copy and the byline again over thirty paragraphs: an extract's header, which the
    whole page's path must not read again (there the first line, a byline, would be the page's title)."""
    headline = "KI @ China (Teil 2): Wie das Fernost-Facebook das Gesundheitswesen revolutioniert"
    text = f"durch Yirou Chen\n24. Oktober 2018\n{headline}\n{headline}\ndurch Yirou Chen\n\n{STORM_BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Yirou Chen"], "2018-10-24")


@pytest.mark.parametrize(
    ("dateline", "headline", "published"),
    [
        ("02.02.2022 A-Frauen", "Erneuter Verzicht auf Regionallehrgang", "2022-02-02"),
        ("5. November 2021 admin News 0", "Plant Tesla eine zweite Fabrik in China?", "2021-11-05"),
    ],
)
def test_a_date_and_a_section_over_the_headline_are_its_dateline(dateline: str, headline: str, published: str) -> None:
    """A whole date, then a section's or a poster's few words with no separator between, over the headline: the
    header's dateline, not a label above the headline."""
    text = f"{dateline}\n{headline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (headline, published)
    assert removed_lines(text)[dateline] == "dateline"


def test_a_headline_that_opens_with_a_date_and_names_a_year_is_no_dateline() -> None:
    """ "27.01.2022 MineralölINFO November 2021 (Mineralölabsatz)": a report's headline with its date in front; a
    section's name after a date names no year."""
    headline = "27.01.2022 MineralölINFO November 2021 (Mineralölabsatz)"
    cleaned = clean_text(f"{headline}\nVeröffentlichungen und Statistiken\n\n{BODY}\n\n{BODY2}\n")
    assert cleaned.published is None


@pytest.mark.parametrize("body", [f"{BODY}\n\n{BODY2}", STORM_BODY], ids=["short", "long"])
def test_a_question_headline_written_twice_under_its_fields_is_the_title(body: str) -> None:
    """ "7. Oktober 2019" / "Martin Junker" / "Firmenwagen: Leasing oder Finanzierung?" twice / the text: under the
    header's fields a question reads as body, but no paragraph is written twice in a row. A long extract's header so
    read is no page's."""
    headline = "Firmenwagen: Leasing oder Finanzierung?"
    text = f"7. Oktober 2019\nMartin Junker\n{headline}\n{headline}\n\n{body}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Martin Junker"], "2019-10-07")
    assert headline not in apply_spans(text, cleaned.removed)


def test_a_headline_with_a_figure_written_twice_under_its_fields_is_the_title() -> None:
    """ "von Redaktion, 24. Januar 2022" / "Gitarre & Bass 02/2022" twice: a short line with a figure under the
    header's fields reads as one more field, but no field is written twice in a row."""
    headline = "Gitarre & Bass 02/2022"
    text = f"von Redaktion, 24. Januar 2022\n{headline}\n{headline}\n(Bild: Dieter Stork)\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (headline, "2022-01-24")
    assert headline not in apply_spans(text, cleaned.removed)


def test_a_dateline_that_ends_with_a_comment_count_over_the_headline_gives_the_date() -> None:
    """ "January 10, 2019 JeGX 1 Comment" over the headline: a blog theme's dateline, which the comment count's rule
    removes before the header reads it. Under the headline another reading finds the date; over it, none did."""
    headline = "NVIDIA GeForce 417.71 released with new features"
    text = f"January 10, 2019 JeGX 1 Comment\n{headline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (headline, "2019-01-10")
    assert removed_lines(text)["January 10, 2019 JeGX 1 Comment"] == "dateline"


@pytest.mark.parametrize("headline", ["Aren’t we all …?", "Are we there yet...?"])
def test_a_question_headline_with_an_ellipsis_is_the_title(headline: str) -> None:
    """ "Aren’t we all …?" over its dateline: the ellipsis before the question's mark is a pause, not the cut a
    teaser ends with, so the line is the headline and the dateline under it is read."""
    text = f"{headline}\n26. Dezember 2019\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == (headline, "2019-12-26")


@pytest.mark.parametrize("body", [f"{BODY}\n\n{BODY2}", STORM_BODY], ids=["short", "long"])
def test_a_dateline_that_opens_with_the_headline_is_read(body: str) -> None:
    """ "Plaisir D’Aromes was last modified: Januar 8th, 2017 by Jane Doe" under the headline "Plaisir D’Aromes": a
    blog theme writes the headline into its dateline. What follows the headline is the field; the line is the
    header's, so a long extract keeps its header and is no page."""
    headline = "Wellness Gesichtsbehandlung: Plaisir D’Aromes"
    dateline = f"{headline} was last modified: Januar 8th, 2017 by Jane Doe"
    text = f"{headline}\n{dateline}\n\n{body}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Jane Doe"], "2017-01-08")
    assert removed_lines(text)[dateline] == "dateline"


@pytest.mark.parametrize("mark", ["-", "–", "—"])
def test_a_signed_name_under_the_dateline_is_the_byline(mark: str) -> None:
    """ "28. November 2022" / "- Nadja Podbregar" under the headline: a dash before a full name signs the piece, in
    the header as under the text. A hyphen too, when the line is no list's item."""
    headline = "Ammoniak-Spaltung durch LEDs statt Hitze"
    byline = f"{mark} Nadja Podbregar"
    text = f"{headline}\n28. November 2022\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, ["Nadja Podbregar"], "2022-11-28")
    assert removed_lines(text)[byline] == "byline"


def test_hyphened_names_in_a_list_under_the_headline_are_no_byline() -> None:
    """ "- Anna Nowak" / "- Jan Kowalski" under the headline: a list's items, each beginning with a hyphen."""
    text = f"Council backs new plan\n- Anna Nowak\n- Jan Kowalski\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == []


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("11. November 2021, 18 Uhr", "2021-11-11"),
        ("11. November 2021 um 9 Uhr", "2021-11-11"),
        ("Veröffentlicht am 3. März 2024, 18 Uhr", "2024-03-03"),
    ],
)
def test_a_whole_hour_is_a_clock_not_the_day(line: str, iso: str) -> None:
    """ "11. November 2021, 18 Uhr": a German clock may name the hour alone. Read as a number, "18" was the day and
    "11." a label skipped before the date: 18 November."""
    assert parse_date(line) == iso


@pytest.mark.parametrize("line", ["11 novembre 2021 à 18 h", "5. März 2024 um 18"])
def test_a_date_is_never_read_after_skipping_its_day(line: str) -> None:
    """A label before a date has no digits: skipping "11" of "11 novembre 2021 à 18 h" read the hour as the day. No
    date is better than a wrong one; the line's other readings (a clock, its fields) decide."""
    assert parse_date(line) != "2021-11-18" and parse_date(line) != "2024-03-18"


@pytest.mark.parametrize(
    "byline",
    [
        "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)",
        "05.02.2020 - Redaktion: Eberhard Fuhr",
        "Von Eberhard Fuhr (Pressesprecher)",
        "By Eberhard Fuhr, spokesman",
    ],
)
def test_a_desk_label_and_a_spokesman_in_the_byline(byline: str) -> None:
    """ "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)" under the headline "Faire Lieferketten": the
    desk's word is the label before the name, not a desk after the byline, and a press officer is the writer's role.
    The line was taken for the title."""
    headline = "Faire Lieferketten"
    text = f"{headline}\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (headline, ["Eberhard Fuhr"])
    assert removed_lines(text)[byline] == "byline"


@pytest.mark.parametrize(
    "headline",
    ["Die besten Tricks von Marie Kondo für Kleiderschrank & Co.", "Zehn Fragen von Anna Meier an die Stadtwerke"],
)
def test_a_headline_with_a_name_after_von_is_no_byline(headline: str) -> None:
    """ "Die besten Tricks von Marie Kondo für Kleiderschrank & Co.": words before "von" make a byline only when only
    names follow, maybe with a role or an outlet the vocabulary knows ("Ein Beitrag von A, Redakteurin"). Here a
    phrase follows: the headline."""
    text = f"{headline}\n12. März 2024\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, [], "2024-03-12")


def test_a_sentence_that_goes_on_after_a_dash_is_no_credit() -> None:
    """ "Sie ist die Königin des Aufräumens – und seit Anfang 2019 auch ein Serienstar. …" under the headline: a byline
    may be the first of a line's fields only when the others are a credit's few words; this is the lede."""
    lede = (
        "Sie ist die Königin des Aufräumens – und seit Anfang 2019 auch ein Serienstar. Marie Kondo besucht Menschen "
        "und hilft ihnen, Ordnung in ihr Leben zu bringen."
    )
    text = f"Die besten Tricks für den Kleiderschrank\n\n{lede}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.authors == []
    assert lede in apply_spans(text, cleaned.removed)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [("Ein Beitrag von Anna Meier, Redakteurin", ["Anna Meier"]), ("Ein Gastbeitrag von Anna Meier", ["Anna Meier"])],
)
def test_a_credit_phrase_before_von_stays_a_byline(byline: str, authors: list[str]) -> None:
    text = f"Faire Lieferketten für alle Betriebe\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == authors


@pytest.mark.parametrize(
    ("fields", "authors"),
    [
        (["Geschäftsführung", "Redaktion", "Anzeigenverkauf", "Abo-Service"], []),  # a menu's items, one a desk's
        (["Von", "Ulrike Meier"], ["Ulrike Meier"]),
        (["Von", "Ulrike"], ["Ulrike"]),  # a given name alone
    ],
)
def test_one_word_under_a_bylines_label_is_a_given_name_not_a_menus_next_item(
    fields: list[str], authors: list[str]
) -> None:
    """A byline's label alone on its line reads its names on the lines under it; one word there is a person's only
    when it is a given name: "Redaktion" over "Anzeigenverkauf" (ad sales) is a publisher's menu."""
    headline = "Town pool to close after sixty years"
    cleaned = clean_text(_whole_page([headline, *fields, "3 March 2025"]))
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, authors, "2025-03-03")


LEDE = (
    "The leopard was seen twice near the village last week. Rangers say it came down from the hills in search of "
    "water, as the streams dried up early this year."
)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Ayesha Shaikh", ["Ayesha Shaikh"]),
        ("Texte et photos : Aïcha Ebogo et Brigitte Ebogo", ["Aïcha Ebogo", "Brigitte Ebogo"]),
        ("Door Dewika Amafo", ["Dewika Amafo"]),
        ("Victor Munteanu", ["Victor Munteanu"]),  # a lone full name, which no paragraph under it names
    ],
)
@pytest.mark.parametrize("dateline", ["", "15 May, 2017 09:59pm"])
def test_a_byline_under_the_lede_is_the_byline(byline: str, authors: list[str], dateline: str) -> None:
    """A layout that prints its lede before its byline: the byline right under the text's first paragraph, that
    paragraph right under the headline or its dateline."""
    text = f"{TITLE}\n{dateline}\n\n{LEDE}\n\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (TITLE, authors)
    assert removed_lines(text).get(byline) == "byline"
    assert LEDE in apply_spans(text, cleaned.removed)


@pytest.mark.parametrize(
    ("lede", "name", "after"),
    [
        (LEDE, "Maria Rossi", "Maria Rossi grew up in the hills and has tracked leopards there for twenty years."),
        (
            "“We will not close the school. Not this year, and not while I am the mayor of this town.”",
            "Maria Rossi",
            BODY,
        ),  # the quote's speaker
    ],
)
def test_a_name_under_the_lede_that_the_text_names_or_quotes_stays(lede: str, name: str, after: str) -> None:
    """A list's entry names its person in the paragraph under it, and a quote's speaker stands under the quote: a
    lone name under the lede is a byline only when neither."""
    text = f"{TITLE}\n15 May, 2017 09:59pm\n\n{lede}\n\n{name}\n\n{after}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert cleaned.authors == []
    assert name in apply_spans(text, cleaned.removed).splitlines()


def test_a_byline_under_the_lede_does_not_override_the_headers() -> None:
    text = f"{TITLE}\nBy Jane Smith\n\n{LEDE}\n\nBy Ayesha Shaikh\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == ["Jane Smith"]


@pytest.mark.parametrize("notice", ["", "Figures are provisional and compiled from the health ministry's data."])
def test_a_date_alone_right_under_an_extracts_text_is_its_date(notice: str) -> None:
    """An update's "as of" day under its last paragraph, maybe over a one-sentence source note: the extract's date
    when none stands over the text. A date further down, under other kept lines, is a related story's."""
    text = f"{TITLE}\n\n{LEDE}\n\n{BODY}\n\n{BODY2}\n\n17 August 2024\n\n{notice}\n"
    cleaned = clean_text(text)
    assert cleaned.published == "2024-08-17"
    assert removed_lines(text).get("17 August 2024") == "dateline"


@pytest.mark.parametrize(
    "tail",
    [
        "More from the valley\n\n17 August 2024",  # a date under a kept line: a related story's
        "Rosja chce zablokować kaspijską ropę dla Polski (02-11-07, 20:03)",  # a headline with its date: a teaser's
    ],
)
def test_a_date_in_a_teaser_under_an_extracts_text_is_not_its_date(tail: str) -> None:
    text = f"{TITLE}\n\n{LEDE}\n\n{BODY}\n\n{BODY2}\n\n{tail}\n\nThe council meets again in September.\n"
    assert clean_text(text).published is None


@pytest.mark.parametrize(
    ("name", "authors"),
    [
        ("Maria Rossi", ["Maria Rossi"]),  # the writer, whom the story does not name
        ("Jane Smith", []),  # a kicker about the person the story names
    ],
)
def test_a_lone_name_right_over_the_headline(name: str, authors: list[str]) -> None:
    """A magazine prints its writer's name alone over the headline; a kicker over a headline names the person the
    story is about."""
    headline = "Dengue cases rise for the third week in a row"
    lede = "Health officials reported more cases this week. Jane Smith, who leads the clinic, said beds were full."
    text = f"Health | Dengue | Vaccines | Hospitals\nHEALTH ALERT\n{name}\n{headline}\n\n{lede}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (headline, authors)


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("Алиса Ткачук", True),  # the list's "Alisa", in the Cyrillic script
        ("Дмитрий Иванов", True),  # "Dmitriy" or "Dmitrii"
        ("Москва Сити", False),  # a place
        ("Новости Спорта", False),  # a section
        ("محمد الشناوي", True),  # the list's own names in the Arabic script
        ("فرحان نقوی", True),
        ("الحكومة المصرية", False),  # "the Egyptian government"
        ("नरेंद्र मोदी", False),  # in other scripts nothing is known
    ],
)
def test_a_given_name_in_the_cyrillic_or_arabic_script_is_known(name: str, known: bool) -> None:
    from curation.names import known_name

    assert known_name(name) is known


def test_two_cyrillic_names_under_an_extracts_text_are_its_byline() -> None:
    headline = "В городе ожидается ухудшение качества воздуха"
    body = "Специалисты рекомендуют жителям реже бывать на улице и закрывать окна в вечерние часы."
    text = f"{headline}\n21:47, 17 сентября 2019\n\n{body}\n\n{body}\n\nАлиса Ткачук и Глеб Коротких\n"
    assert clean_text(text).authors == ["Алиса Ткачук", "Глеб Коротких"]


def test_an_arabic_name_over_the_dateline_is_the_byline_though_a_stop_word_opens_it() -> None:
    """jusText's Arabic list holds "محمد", so frequent it is; a given name of the list opens a name all the same."""
    title = "ارتفاع أسعار الخبز في الأسواق الشعبية هذا الأسبوع"
    body = "قال التجار إن الأسعار ارتفعت بسبب تكاليف النقل والطحين، وإن الزبائن يشترون كميات أقل من المعتاد هذا الشهر."
    text = f"{title}\nمحمد الشناوي\nنُشر في: 23 أكتوبر 2015\n\n{body}\n\n{body}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (title, ["محمد الشناوي"], "2015-10-23")


@pytest.mark.parametrize(
    ("kicker", "headline", "byline", "authors"),
    [
        ("EMERGENCY UPDATE", "Do you play hockey and curling?", "By Yaw Ansah", ["Yaw Ansah"]),
        ("NOTAUFNAHME", "Wo findet man Jusos im Rhein-Neckar-Kreis?", "Eberhard Kazondu", ["Eberhard Kazondu"]),
        ("URGÊNCIAS", "Mas onde será que ele se escondeu?", None, []),
    ],
)
def test_a_question_headline_under_a_capitals_kicker_and_a_dateline(
    kicker: str, headline: str, byline: str | None, authors: list[str]
) -> None:
    """A badge in capitals over the dateline is no headline: the question under it is, and the badge goes."""
    lede = "Waiting times at the main hospitals rose again this week, the health service said on Monday."
    under = f"\n\n{byline}" if byline else ""
    text = f"{kicker}\nTuesday, 17 December 2024\n{headline}\n\n{lede}{under}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, authors, "2024-12-17")
    assert kicker in removed_lines(text)
    assert lede in apply_spans(text, cleaned.removed)


@pytest.mark.parametrize(
    "dateline",
    [
        "Escala de sábado, 16 de outubro de 2021",  # a duty roster's label: no name ends with its particle
        "Garde du samedi 16 octobre 2021",
    ],
)
def test_a_label_ending_in_a_particle_before_a_date_is_no_byline(dateline: str) -> None:
    cleaned = clean_text(f"{TITLE}\n{dateline}\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, [], "2021-10-16")


def test_a_topic_with_its_colon_is_no_byline_label() -> None:
    """A label ends at its colon ("Bibliothek: Auch die …"): no small word after it makes the rest a name."""
    headline = "Bibliothek: Auch die Ätherischen Öle der Schafgarbe"
    header = f"{headline} | NovaPress\nGeöffnet Mo-Fr 9-17 Uhr\n{headline}\nEingestellt: 23. November 2025"
    text = f"{header}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (headline, [], "2025-11-23")


ARABIC_TITLE = "ارتفاع أسعار الخبز في الأسواق الشعبية هذا الأسبوع"
ARABIC_BODY = (
    "قال التجار إن الأسعار ارتفعت بسبب تكاليف النقل والطحين، وإن الزبائن يشترون كميات أقل من المعتاد هذا الشهر."
)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("نشر بتأريخ 26 حزيران 2025", []),  # "published on …": a dateline's label, no name
        ("سجاد الموسوي، حسين الساعدي — 26 حزيران 2025", ["سجاد الموسوي", "حسين الساعدي"]),
    ],
)
def test_an_arabic_dateline_with_its_label_or_its_names(line: str, authors: list[str]) -> None:
    cleaned = clean_text(f"{ARABIC_TITLE}\n{line}\n\n{ARABIC_BODY}\n\n{ARABIC_BODY}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (ARABIC_TITLE, authors, "2025-06-26")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("عباس الساعدي، حسين العبيدي", ["عباس الساعدي", "حسين العبيدي"]),  # two names the list knows
        ("تقرير/ حسين الزبيدي", ["حسين الزبيدي"]),  # "report/", a label before a slash
        ("متابعة: كرار الخفاجي", ["كرار الخفاجي"]),  # "follow-up:"
    ],
)
def test_an_arabic_byline_without_a_date(byline: str, authors: list[str]) -> None:
    text = f"{ARABIC_TITLE}\n13 آذار 2018 | وقت القراءة: 6 دقائق\n{byline}\n\n{ARABIC_BODY}\n\n{ARABIC_BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == (ARABIC_TITLE, authors, "2018-03-13")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            "Айгерим Ким и Айгерим Оспан, специально для Global Times Online — 19 октября 2024 г.",
            ["Айгерим Ким", "Айгерим Оспан"],
        ),
        ("Reportagem e fotos de Hélio Tavares", ["Hélio Tavares"]),  # "report and photos by"
    ],
)
def test_bylines_with_an_outlet_or_a_long_label(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{TITLE}\n{byline}\n\n{BODY}\n\n{BODY2}\n").authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Автор текста — Айгерим Оспан", ["Айгерим Оспан"]),  # "the text's author"
        ("Автор статьи: Глеб Коротких", ["Глеб Коротких"]),  # "the article's author"
        ("Rignald Martina, vanaf Westpunt", ["Rignald Martina"]),  # a name, then "from" the place filed from
    ],
)
def test_a_byline_under_the_text(byline: str, authors: list[str]) -> None:
    assert clean_text(f"{TITLE}\n12 maart 2024\n\n{BODY}\n\n{BODY2}\n\n{byline}\n").authors == authors


def test_a_status_strip_over_the_headline_is_no_title() -> None:
    strip = "Walvis Bay: 7 Schiffe am Kai · 4 auf Reede | Lüderitz: 2 am Kai"
    text = f"{strip}\n{TITLE}\nEberhard Steenkamp, Wirtschaftsressort\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (TITLE, ["Eberhard Steenkamp"])
    assert strip in removed_lines(text)


def test_a_recipe_row_of_quantities_in_the_text_stays() -> None:
    """Only over the article's first paragraph is a row of figures a site's strip."""
    row = "2 eggs · 100 g flour · 1 tsp salt"
    text = f"{TITLE}\n\n{BODY}\n\n{row}\n\n{BODY2}\n"
    assert row in apply_spans(text, clean_text(text).removed)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Anjali Tjin-A-Kiet, economieredactie", ["Anjali Tjin-A-Kiet"]),  # a desk's compound: "economy desk"
        ("Ruthmilda Rosaria, economieredacteur", ["Ruthmilda Rosaria"]),
    ],
)
def test_a_byline_with_a_desks_compound(byline: str, authors: list[str]) -> None:
    text = f"{TITLE}\n19-05-2021 07:13\n{byline}\n\n{BODY}\n\n{BODY2}\n"
    assert clean_text(text).authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("تصوير وكتابة: عمرو عبدالفتاح", ["عمرو عبدالفتاح"]),  # "photos and writing:"
        ("از: سید ہاشمی، فرحان انصاری", ["سید ہاشمی", "فرحان انصاری"]),  # Urdu "by:"
    ],
)
def test_a_labelled_byline_of_the_arabic_script_under_the_lede(byline: str, authors: list[str]) -> None:
    """Under the lede only a label vouches for a byline: these are labels."""
    lede = "اس شخص نے اس دیوار کو پھر قائم کردیا۔"
    text = f"{ARABIC_TITLE}\n\n26-03-2019 | 07:20\n\n{lede}\n\n{byline}\n\n{ARABIC_BODY}\n\n{ARABIC_BODY}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (ARABIC_TITLE, authors)


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Health watch", "Why do people leave the city for the coast?"),  # a section's label in two words
        ("HEALTH WATCH", "Why do people leave the city for the coast?"),  # or in capitals
        ("Hope!", "Hope!"),  # an exclamation is a headline of its own, and the question under the byline text
    ],
)
def test_a_question_under_a_label_and_a_byline_is_the_headline(label: str, title: str) -> None:
    """A section's label, the byline, then a question: the question is the headline, which a header may not have
    taken because it ends as a sentence does; the label over it is navigation."""
    question = "Why do people leave the city for the coast?"
    text = f"{label}\nBy Jane Smith\n{question}\n\n{BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors) == (title, ["Jane Smith"])
    output = apply_spans(text, cleaned.removed).split("\n")
    assert (label in output) is False
    assert (question in output) is (title != question)


@pytest.mark.parametrize(
    ("line", "authors", "iso"),
    [
        ("Awa Seck, service culture, 27 août 2021", ["Awa Seck"], "2021-08-27"),  # a desk the vocabulary lacks
        ("Jane Smith, health desk, 27 August 2021", ["Jane Smith"], "2021-08-27"),
        ("Marie Curie, service politique, 27 août 2021", ["Marie Curie"], "2021-08-27"),
        ("Hà Nội, ngày 15 tháng 3 năm 2023", [], "2023-03-15"),  # a place, then the date's own word ("day")
    ],
)
def test_names_then_a_small_role_then_the_date_are_the_byline(line: str, authors: list[str], iso: str) -> None:
    cleaned = clean_text(f"{TITLE}\n{line}\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, iso)


def test_a_name_alone_under_an_extract_among_the_widgets_is_its_signature() -> None:
    """An extract's last line that the rules keep, one person's name under the text, is its writer's signature even
    when a site's widgets follow it (a related list, a share row, a copyright line): not one more teaser. Under a
    related list's heading the name is a teaser."""
    widgets = [
        "Related stories",
        "- Council opens the new harbour",
        "- School repairs begin in May",
        "",
        "Facebook | X | WhatsApp | Email",
        "",
        "© 2023 Daily Courier. All rights reserved.",
    ]
    text = "\n".join([TITLE, "12 March 2023", "", BODY, "", BODY2, "", "Maria Farrugia", "", *widgets]) + "\n"
    cleaned = clean_text(text)
    assert cleaned.authors == ["Maria Farrugia"]
    assert removed_lines(text).get("Maria Farrugia") == "byline"
    teaser = "\n".join([TITLE, "12 March 2023", "", BODY, "", BODY2, "", "Related stories", "Maria Farrugia"]) + "\n"
    assert clean_text(teaser + "\n".join(["", *widgets[4:]]) + "\n").authors == []


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("Përgatiti: Valon Kastrati, Drita Krasniqi", ["Valon Kastrati", "Drita Krasniqi"]),  # "prepared by"
        ("Заметка: Мадина Саидова, Анна Петрова", ["Мадина Саидова", "Анна Петрова"]),  # "a note"
        ("Themen: Angela Merkel, Olaf Scholz", []),  # a tag list's label: the people it is about
        ("Fotos: Anna Nowak, Jan Kowalski", []),  # a picture's credit
        ("Sources: Council Minutes, Harbour Board", []),  # no known given names
        ("Venue: Anna Miller", []),  # one name after a label's colon: what the label names
    ],
)
def test_names_under_a_label_the_vocabulary_lacks_credit_an_extract(tail: str, authors: list[str]) -> None:
    """Under an extract, known names after a label the vocabulary lacks are its byline, not a tag list."""
    text = "\n".join([TITLE, "12 March 2021", "", BODY, "", BODY2, "", tail]) + "\n"
    assert clean_text(text).authors == authors
    assert (removed_lines(text).get(tail) == "byline") is bool(authors)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("13.10.2015 — Neusa Trindade e Arlindo Bragança", ["Neusa Trindade", "Arlindo Bragança"]),  # one known name
        ("13.10.2015 — Neusa Trindade", []),  # one name the list lacks: a topic's or a place's
        ("13.10.2015 — Real Madrid and Manchester United", []),  # no known name
    ],
)
def test_a_date_then_names_one_of_which_the_list_knows(line: str, authors: list[str]) -> None:
    """Names joined after a date's field vouch for one another when the list knows one of their given names."""
    cleaned = clean_text(f"{TITLE}\n{line}\n\n{BODY}\n\n{BODY2}\n")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (TITLE, authors, "2015-10-13")
