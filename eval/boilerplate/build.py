"""Deterministic generator of the labelled boilerplate evaluation set.

Articles are made of real sentences (../shared/data/langid/sentences/<lang>.txt) wrapped in the
boilerplate of several site layouts. Every generated line carries a gold label: `content`,
`subheading`, `blank` or `boilerplate` with a reason; a content line may carry a glued
boilerplate `prefix` (a dateline stuck to the first sentence). Each document also carries its
gold title, authors and ISO date.

Twenty-two splits use disjoint templates: `dev` (styles_dev.py, what rules may be written from),
`heldout` (styles_heldout.py), `heldout2` (styles_heldout2.py, written after tuning and
never tuned on), `heldout3` (styles_heldout3.py, written blind: its author never read the
cleaner's rules or docs; fresh phrasings, date forms and caption forms) and `heldout4`
(styles_heldout4.py, also written blind: regional papers, wire services, magazines, blogs,
broadcasters and live tickers; paywall, audio, app and live widgets, gallery captions, local
date words) and `heldout5` (styles_heldout5.py, also written blind: tabloids, business papers,
sports and tech sites, AMP reposts, syndicated op-eds, press releases and fact checks; market
tickers, betting and affiliate notices, relative times, "About" blocks, staff bylines, titles with
the site name, abbreviated month and weekday names, ISO timestamps) and `heldout6`
(styles_heldout6.py, also written blind, in languages the cleaner was not written for: cs, sk, ro,
hu, fi, da, el, bg, with their own month names, names, cities and quotation marks) and `heldout7`
(styles_heldout7.py, also written blind, in eight more languages: hr, sl, lt, lv, et, nb, mk, id;
consent dialogs split over lines, agency datelines and credits, paywalls, view counters) and `heldout8`
(styles_heldout8.py, also written blind, in eight more languages: ca, is, sq, sr, vi, af, sw, cy;
long-form magazines, local TV stations, university news pages, sports score pages, blogs with author
boxes and comment threads, aggregator reposts, government announcements, page-title headlines) and
`heldout9` (styles_heldout9.py, also written blind, in eight more languages: ka, hy, be, kk, eu, ga,
az, tl; newsletter web views, podcast episode pages, wire pages with slug lines, council news pages,
opinion columns with disclaimers, science magazines with journal references, live blogs with bare time
stamps, event listings) and `heldout10` (styles_heldout10.py, also written blind, in four more languages:
ms, bs, he, hi, and four familiar ones, en, de, fr, es, in new layouts: regional radio stations, union and
NGO statements, tech blogs, travel magazines with fact boxes, sports club pages with fixtures, parish
newsletters, student papers, business-wire earnings releases with forward-looking statements) and
`heldout11` (styles_heldout11.py, also written blind, in four more languages: nn, so, yo, ta, and four
familiar ones, en, ru, it, pt, in new layouts: hyperlocal council-meeting reports, football transfer
rumours, recipe blogs with a story, court reports, weather-service news, stage reviews with a details box,
advice columns, learned-society news) and `heldout12` (styles_heldout12.py, also written blind, in four
more languages: ar, fa, bn, th, and four familiar ones, en, de, fr, es, in new layouts: death-notice pages,
election-night results, traffic desks, farming weeklies with price strips, road tests, health-charity
explainers, picture stories, international broadcasters' language services; native digits) and `heldout13`
(styles_heldout13.py, also written blind, in four more languages: ur, mn, mr, te, and four familiar ones, en, nl,
pl, tr, in new layouts: property desks, children's news, archive pages, Q&A interviews, job and exam notices,
foreign correspondents' letters, press reviews, police blotters; Islamic-calendar dates beside Gregorian ones) and
`heldout14` (styles_heldout14.py, also written blind, in four more languages: gu, pa, mi, zu, and four familiar
ones, sv, it, fr, ru, in new layouts: product-recall notices, horoscope and lunar-calendar pages, trade magazines,
museum journals, obituaries of public figures, games reviews, parliament news services, gardening magazines;
Nanakshahi dates beside Gregorian ones) and `heldout15` (styles_heldout15.py, also written blind, in four more
languages: eo, lg, sn, tn, and four familiar ones, pt, de, pl, tr, in new layouts: restaurant reviews, travel
advisories, festival daily bulletins, power-cut notices, language-advice pages, "tonight on TV" previews, hiking-club
trip reports, fundraiser pages; East African clock times and English ordinal days beside local month names) and
`heldout16` (styles_heldout16.py, also written blind, in four more languages: zh, ja, ko, xh, and four familiar ones,
es, nl, ro, en, in new layouts: university press releases, stock-exchange company announcements, storm warnings,
court and police roundups, school newsletters, book reviews, city council statements, product launch blogs; headlines
cut at a clause in scripts without spaces, family names with no space, 令和 years and 오전/오후 clock times) and
`heldout17` (styles_heldout17.py, also written blind, in three more languages: st, ts, la, and five familiar ones on
sites from new countries, Québec fr, Swiss de, Portuguese and African pt, uk, Nigerian and Kenyan en, in new layouts:
farmers' market price reports, parish news pages, job-listings articles, cinema film reviews, transport service updates,
science explainers, NGO field reports, local club match reports; bylines chosen per style, relative times beside dates,
Roman dates "a.d. VII Kal. Dec.") and `heldout18` (styles_heldout18.py, also written blind, in eight familiar
languages on sites from new countries and regions, Australian and US en, Ticino it, Turkish Cypriot tr, eastern
Indonesian id, vi, Maghreb ar, Cypriot el, Finland-Swedish sv, in new layouts: aviation trade news, personal-finance
guides, statistics-office releases, album reviews, embassy news pages, parenting magazines, crypto news, motorsport
race reports; question, quoted and "Topic: headline" headlines, standfirsts between the headline and the date line,
the date before the byline on one line, bylines with roles for a single author, reading times and view counts in
date lines) and `heldout19` (styles_heldout19.py, also written blind, in eight familiar languages on sites from new
countries, Irish en, Austrian de, Argentine es, Belgian fr, Brazilian pt, pl, ja, hi, in new layouts: food-and-drink
producer features, esports news, court-ruling summaries, consumer and health-insurance explainers, rail and airline
strike updates, exhibition reviews, auction reports, chess and shogi reports; blocks printed on some pages of a style
only, the byline and the "as of" date under the text, agency and city datelines glued to the first sentence, English
date lines on Hindi pages, Japanese era years) and `heldout20` (styles_heldout20.py, also written blind, in eight
familiar languages on sites from new countries, South African en, ru, Iranian fa, ko, zh, Filipino tl, Israeli he,
Mexican es, in new layouts: fuel-price updates, lottery draw results, startup funding news, air-quality reports, beauty
magazines, pet-care advice pages, tech how-to guides, TV drama episode recaps; Solar Hijri dates, two-digit years,
agency datelines that name the day, "25 ноября", "11月25日", glued to the first sentence) and `heldout21`
(styles_heldout21.py, also written blind, in eight familiar languages on sites from new countries, Pakistani en,
Egyptian ar, Cameroonian fr, Macau pt, Moldovan ro, Surinamese nl, Singapore ms, Indian ur, in new layouts: wildlife
stories, sky guides, public-holiday explainers, scam alerts, marathon results, mobile-tariff news, central-bank rate
decisions, outbreak updates; 12-hour clocks with ص/م and PG/PTG, view counts, English month names on Dutch pages,
Urdu digits, Lusa, APA, IPN and UNI datelines glued to the first sentence) and `heldout22` (styles_heldout22.py,
written blind at stop 43 in eight familiar languages on sites from new countries, Ghanaian en, Moroccan fr, Peruvian
es, Cape Verdean pt, Kazakhstani ru, Curaçao and Bonaire nl, Namibian de, Iraqi ar, in new layouts: emergency-room
waiting times, election candidate profiles, fishing reports, library news, port news, earthquake reports,
duty-pharmacy rosters, tax-deadline reminders) and `heldout23` (styles_heldout23.py, written blind in eight familiar
languages on sites from new countries, Jamaican en, Luxembourg de, Haitian fr, Chilean es, Timorese pt, Kyrgyzstani
ru, Omani ar, Fiji Hindi, in new layouts: cycling race reports, blood-donation drives, restaurant hygiene
inspections, roadworks notices, new postage stamps, university rankings, planning application notices, tree-planting
campaigns) and `heldout24` (styles_heldout24.py, written blind in eight familiar languages on sites from new countries,
Belizean en, Liechtenstein de, Malagasy fr, Costa Rican es, Bissau-Guinean pt, Uzbekistani ru, Kuwaiti ar, Sammarinese
it, in new layouts: bathing-water quality notices, wedding announcements, literary prize shortlists, archaeological
finds, public tender notices, zoo birth announcements, waste-collection schedule changes, weekend box-office charts)
and `heldout25` (styles_heldout25.py, written blind in eight languages the data has, Catalan and Albanian among them,
on sites from new countries, Maltese en, South Tyrolean de, Senegalese fr, Uruguayan es, Santomean pt, Tajikistani ru,
Andorran ca, Kosovar sq, in new layouts: lost-and-found pet notices, memorial bench dedications, citizenship
ceremonies, street-renaming notices, school spelling contests, talent-show finals, letters to the editor, town-twinning
visits);
see docs/boilerplate.md for what each figure means. Usage:

    python eval/boilerplate/build.py [--split dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|
                                              heldout8|heldout9|heldout10|heldout11|heldout12|
                                              heldout13|heldout14|heldout15|heldout16|heldout17|
                                              heldout18|heldout19|heldout20|heldout21|heldout22|
                                              heldout23|heldout24|heldout25]
                                              [--out DIR] [--shared DIR]

writes DIR/<split>.jsonl (default build/boilerplate/, gitignored); score.py
builds the same documents in memory.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

import styles_dev  # noqa: E402
import styles_heldout  # noqa: E402
import styles_heldout2  # noqa: E402
import styles_heldout3  # noqa: E402
import styles_heldout4  # noqa: E402
import styles_heldout5  # noqa: E402
import styles_heldout6  # noqa: E402
import styles_heldout7  # noqa: E402
import styles_heldout8  # noqa: E402
import styles_heldout9  # noqa: E402
import styles_heldout10  # noqa: E402
import styles_heldout11  # noqa: E402
import styles_heldout12  # noqa: E402
import styles_heldout13  # noqa: E402
import styles_heldout14  # noqa: E402
import styles_heldout15  # noqa: E402
import styles_heldout16  # noqa: E402
import styles_heldout17  # noqa: E402
import styles_heldout18  # noqa: E402
import styles_heldout19  # noqa: E402
import styles_heldout20  # noqa: E402
import styles_heldout21  # noqa: E402
import styles_heldout22  # noqa: E402
import styles_heldout23  # noqa: E402
import styles_heldout24  # noqa: E402
import styles_heldout25  # noqa: E402

SPLITS = {
    "dev": styles_dev,
    "heldout": styles_heldout,
    "heldout2": styles_heldout2,
    "heldout3": styles_heldout3,
    "heldout4": styles_heldout4,
    "heldout5": styles_heldout5,
    "heldout6": styles_heldout6,
    "heldout7": styles_heldout7,
    "heldout8": styles_heldout8,
    "heldout9": styles_heldout9,
    "heldout10": styles_heldout10,
    "heldout11": styles_heldout11,
    "heldout12": styles_heldout12,
    "heldout13": styles_heldout13,
    "heldout14": styles_heldout14,
    "heldout15": styles_heldout15,
    "heldout16": styles_heldout16,
    "heldout17": styles_heldout17,
    "heldout18": styles_heldout18,
    "heldout19": styles_heldout19,
    "heldout20": styles_heldout20,
    "heldout21": styles_heldout21,
    "heldout22": styles_heldout22,
    "heldout23": styles_heldout23,
    "heldout24": styles_heldout24,
    "heldout25": styles_heldout25,
}

LANGS = ("en", "de", "fr", "es", "ru", "uk", "tr", "it", "pt", "nl", "pl", "sv")
DOCS_PER_LANG = 20
SEED = 20260
END = tuple('.!?…"”»)')

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}
WEEKDAYS = {  # Monday first
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "uk": "понеділок вівторок середа четвер п'ятниця субота неділя",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
}
WEEKDAY_DATE = {  # {w} weekday before or after the long date {l}, as each language's sites write it
    "en": "{w}, {l}",
    "de": "{w}, {l}",
    "es": "{w}, {l}",
    "ru": "{w}, {l}",
    "uk": "{w}, {l}",
    "tr": "{l} {w}",
    "pt": "{w}, {l}",
    "pl": "{w}, {l}",
}
LONG_DATE = {  # day, month name, year
    "en": "{m} {d}, {y}",
    "de": "{d}. {m} {y}",
    "es": "{d} de {m} de {y}",
    "pt": "{d} de {m} de {y}",
}
NAMES = {
    "en": ("James Anna Michael Sarah David Emily", "Miller Carter Brooks Hughes Turner Walsh"),
    "de": ("Jan Katrin Stefan Julia Matthias Sabine", "Müller Schneider Becker Hoffmann Wagner Krüger"),
    "fr": ("Pierre Claire Julien Sophie Antoine Élise", "Dubois Lefèvre Moreau Laurent Girard Fournier"),
    "es": ("Carlos Lucía Javier María Pablo Elena", "García Fernández López Martínez Sánchez Romero"),
    "ru": ("Иван Анна Сергей Мария Алексей Ольга", "Петров Смирнова Козлов Иванова Соколов Орлова"),
    "uk": ("Олег Ірина Тарас Оксана Андрій Наталія", "Шевченко Коваленко Бондаренко Ткаченко Мельник Кравчук"),
    "tr": ("Ahmet Ayşe Mehmet Zeynep Emre Elif", "Yılmaz Kaya Demir Şahin Çelik Öztürk"),
    "it": ("Marco Giulia Luca Francesca Andrea Chiara", "Rossi Bianchi Romano Colombo Ricci Marino"),
    "pt": ("João Ana Pedro Beatriz Tiago Mariana", "Silva Santos Oliveira Pereira Costa Ferreira"),
    "nl": ("Pieter Sanne Daan Lotte Bram Fleur", "Jansen Bakker Visser Smit Mulder Bos"),
    "pl": ("Piotr Anna Tomasz Katarzyna Marek Agnieszka", "Nowak Kowalska Wiśniewski Zielińska Lewandowski Mazur"),
    "sv": ("Erik Anna Lars Karin Johan Maria", "Andersson Lindqvist Karlsson Nilsson Berg Holm"),
}
AUTHOR_NOTE = {
    "en": "{n} is a journalist and political analyst based in {c}.",
    "de": "{n} ist Journalist und politischer Analyst in {c}.",
    "fr": "{n} est journaliste et analyste politique basé à {c}.",
    "es": "{n} es periodista y analista político residente en {c}.",
    "ru": "{n} — журналист и политический аналитик, живёт в городе {c}.",
    "uk": "{n} — журналіст і політичний аналітик, живе в місті {c}.",
    "tr": "{n}, {c} merkezli bir gazeteci ve siyasi analisttir.",
    "it": "{n} è giornalista e analista politico a {c}.",
    "pt": "{n} é jornalista e analista político em {c}.",
    "nl": "{n} is journalist en politiek analist in {c}.",
    "pl": "{n} jest dziennikarzem i analitykiem politycznym z miasta {c}.",
    "sv": "{n} är journalist och politisk analytiker i {c}.",
}
CITIES = ("Vienna", "Lisbon", "Warsaw", "Kyiv", "Ankara", "Stockholm")
QUOTES = {
    "en": "“{}”",
    "de": "„{}“",
    "fr": "« {} »",
    "es": "«{}»",
    "ru": "«{}»",
    "uk": "«{}»",
    "tr": '"{}"',
    "it": "«{}»",
    "pt": '"{}"',
    "nl": '"{}"',
    "pl": "„{}”",
    "sv": "”{}”",
}
SITES = ("Daily Courier", "NovaPress", "Global Times Online", "Meridian News", "The Observer Group", "InfoPortal")
SOCIAL = ("Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "Pinterest", "Reddit", "VK", "E-mail")
ICONS = ("icon-facebook", "icon-twitter", "icon-whatsapp", "icon-telegram", "icon-linkedin", "icon-mail")


@dataclass
class Line:
    text: str
    label: str  # content | subheading | boilerplate | blank
    reason: str | None = None
    prefix: str = ""  # glued boilerplate before the content part (label stays content)


@dataclass
class Doc:
    id: str
    lang: str
    style: str
    lines: list[Line]
    title: str | None
    authors: list[str] = field(default_factory=list)
    published: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(ln.prefix + ln.text for ln in self.lines)


def shared_dir(override: str | None = None) -> Path:
    return Path(override) if override else REPO / ".." / "shared"


def load_sentences(shared: Path, lang: str) -> list[str]:
    path = shared / "data" / "langid" / "sentences" / f"{lang}.txt"
    return [s.strip() for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]


class Maker:
    """Renders one document of one style in one language from seeded randomness."""

    def __init__(self, rng: random.Random, lang: str, phrases: dict[str, list[str]], sentences: list[str]) -> None:
        self.rng, self.lang, self.p, self.sentences = rng, lang, phrases, sentences
        self.ended = [s for s in sentences if s.endswith(END + tuple(phrases.get("ends", ())))]  # heldout16: 。！？
        self.gap = "" if "unspaced" in phrases else " "  # heldout16 on: Chinese and Japanese join sentences bare

    def pick(self, key: str) -> str:
        return self.rng.choice(self.p[key])

    def fragment(self, low: int, high: int) -> str:
        """A headline-like cut of a real sentence: low..high words, no final punctuation.

        Cuts with a colon, an address or several numbers are skipped: scraped sentences such as
        "NET Date: Sun, 06 Jul 2014" would make headlines no site writes.
        """
        while True:
            if "unspaced" in self.p:  # heldout16 on: a script without spaces; a clause, `unspaced` characters a word
                size = int(self.p["unspaced"][0])
                clause = self.rng.choice(re.split(r"[，。！？；：、,!?;:]", self.rng.choice(self.sentences))).strip()
                quoted = re.search(r"[@|「」『』“”‘’\"'（）()《》〈〉【】]", clause)
                if low * size <= len(clause) <= high * size and len(re.findall(r"\d+", clause)) <= 1 and not quoted:
                    return clause
                continue
            words = self.rng.choice(self.sentences).split()
            if len(words) < low or len(re.findall(r"\d+", " ".join(words[:high]))) > 1:
                continue
            text = " ".join(words[: self.rng.randint(low, high)]).rstrip(".,;:!?…-–—\"'«»“”„")
            if "ends" in self.p:  # heldout19 on: a spaced language's own sentence end, Hindi "।"
                text = text.rstrip("".join(self.p["ends"])).rstrip()
            if text and not re.search(r"[:@|]", text):
                return text[:1].upper() + text[1:]

    def headline(self, form: str, cut: str) -> str:
        """heldout18 on: a headline in one of a page's forms (style["headlines"] names the phrase list).

        {t} is the cut headline, {q} a real question from the sentence file (a clause that ends with
        one of phrases["qmarks"], 4-14 words, no digits, quotes or colon; the cut with the mark if the
        file has none).
        """
        if "{q}" not in form:
            return form.format(t=cut)
        marks = "".join(self.p.get("qmarks", ["?"]))
        stops = re.escape("".join(dict.fromkeys(".!?…" + marks)))
        questions = []
        for sentence in self.sentences:
            for clause in re.findall(rf"[^{stops}]+[{re.escape(marks)}]", sentence):
                clause = clause.strip()
                bad = re.search(r"[\d:@|\"“”«»„()\[\]]", clause)
                first = clause[:1]
                if 4 <= len(clause.split()) <= 14 and not bad and first.isalpha() and not first.islower():
                    questions.append(clause)
        question = self.rng.choice(questions) if questions else cut + marks[0]
        return form.format(t=cut, q=question)

    def standfirst(self) -> str:
        """heldout18 on: a dek of one real sentence (8-40 words); its full stop dropped two times in five."""
        while True:
            sentence = self.rng.choice(self.ended)
            if "unspaced" in self.p:  # heldout19 on: a script without spaces counts `unspaced` characters a word
                if 8 * int(self.p["unspaced"][0]) <= len(sentence) <= 40 * int(self.p["unspaced"][0]):
                    break
            elif 8 <= len(sentence.split()) <= 40:
                break
        if self.rng.random() < 0.4 and sentence.endswith(".") and not sentence.endswith(".."):
            return sentence[:-1]
        return sentence

    def paragraph(self) -> str:
        count = self.rng.choice((1, 2, 2, 3, 3, 4))
        body = [self.rng.choice(self.sentences) for _ in range(count - 1)]
        return self.gap.join([*body, self.rng.choice(self.ended)])

    def name(self) -> str:
        firsts, lasts = self.p["names"] if "names" in self.p else NAMES[self.lang]  # heldout6: per split
        gap = self.p["name_gap"][0] if "name_gap" in self.p else " "  # heldout16 on: 김민준, 张伟, 佐藤健
        return f"{self.rng.choice(firsts.split())}{gap}{self.rng.choice(lasts.split())}"

    def date(self, day: date, fmt: str) -> str:
        months = list(self.p["months"]) if "months" in self.p else MONTHS[self.lang].split()  # heldout6 on
        month = months[day.month - 1]
        hm = f"{self.rng.randint(6, 23):02d}:{self.rng.randint(0, 59):02d}"
        if fmt.startswith("local"):  # heldout5 on: the language's own patterns (phrases[fmt])
            hour = int(hm[:2])
            return self.pick(fmt).format(
                d=day.day,
                dd=f"{day.day:02d}",
                mm=f"{day.month:02d}",
                y=day.year,
                month=month,
                mon=self.p["mon_abbr"][day.month - 1],
                wd=self.p["wd_abbr"][day.weekday()],
                hm=hm,
                h=hm[:2],
                mi=hm[3:],
                h12=(hour - 1) % 12 + 1,
                ap="AM" if hour < 12 else "PM",
            )
        if fmt == "weekday_en" and self.lang == "en":
            return day.strftime("%a %b %d %Y")
        if fmt in ("iso", "weekday_en"):
            return day.isoformat()
        if fmt == "iso_time":
            return f"{day.isoformat()} {hm}"
        if fmt == "dots":
            return f"{day.day:02d}.{day.month:02d}.{day.year}"
        if fmt == "dots_time":
            return f"{day.day:02d}.{day.month:02d}.{day.year}, {hm}"
        if fmt == "slashes":
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        if fmt == "ymd_slash":
            return f"{day.year}/{day.month:02d}/{day.day:02d}"
        if fmt == "ymd_slash_time":
            return f"{day.year}/{day.month:02d}/{day.day:02d} {hm}"
        if fmt == "time_dots":
            return f"{hm}, {day.day:02d}.{day.month:02d}.{day.year}"
        if fmt == "dashes":  # heldout4 on
            return f"{day.day:02d}-{day.month:02d}-{day.year}"
        if fmt == "weekday_dots":
            return f"{WEEKDAYS[self.lang].split()[day.weekday()]} {day.day:02d}.{day.month:02d}.{day.year}"
        long = LONG_DATE.get(self.lang, "{d} {m} {y}").format(d=day.day, m=month, y=day.year)
        if fmt == "weekday_long":
            weekday = WEEKDAYS[self.lang].split()[day.weekday()]
            return WEEKDAY_DATE.get(self.lang, "{w} {l}").format(w=weekday, l=long)
        if fmt == "long_at":  # the language's own words around the time: "um 14:05 Uhr", "kl. 14.05"
            return self.pick("at_time").format(l=long, h=hm[:2], m=hm[3:])
        return f"{long} {hm}" if fmt == "long_time" else long


def _join_authors(names: list[str], how: str, word: str) -> str:
    if len(names) == 1:
        return names[0]
    if how == "comma":
        return ", ".join(names)
    return ", ".join(names[:-1]) + f" {word} " + names[-1]


def _printed(kinds: list[str], rng: random.Random, style: dict) -> Iterator[str]:
    """The blocks a page prints, in order: heldout19 on, a kind ending in "?" is a block some pages of the style
    print, style["maybe_p"] of them (drawn as the page is built, so the draws interleave with the blocks' own)."""
    for kind in kinds:
        if kind.endswith("?"):
            if rng.random() >= float(style.get("maybe_p", 0.5)):
                continue
            kind = kind[:-1]
        yield kind


def make_doc(
    rng: random.Random, lang: str, style: dict, phrases: dict[str, list[str]], sentences: list[str], doc_id: str
) -> Doc:
    """One article: header blocks, body with inserts, footer blocks, as labelled lines."""
    m = Maker(rng, lang, phrases, sentences)
    title = m.fragment(5, 11)
    if "headlines" in style:  # heldout18 on: question, quoted and "Topic: headline" forms
        title = m.headline(m.pick(str(style["headlines"])), title)
    day = date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(13, 28))
    date_text = m.date(day, rng.choice(style["date_formats"]))
    names = [m.name() for _ in range(rng.choice(style.get("n_authors", (1, 1, 2, 3))))]  # heldout18: per style
    names = list(dict.fromkeys(names))
    site = rng.choice(SITES)
    doc = Doc(doc_id, lang, str(style["name"]), [], title)
    blocks: list[list[Line]] = []

    def bp(text: str, reason: str) -> list[Line]:
        return [Line(text, "boilerplate", reason)]

    def byline_text() -> str:
        fmt = m.pick(str(style.get("by_key", "by")))  # heldout17 on: a style may bring its own byline phrases
        if "author_sep" in m.p:  # heldout16 on: the language's own separator, "记者 张伟 李敏", "김민준·이서연 기자"
            authors = m.pick("author_sep").join(names)
        else:
            authors = _join_authors(names, str(style["by_join"]), m.pick("and"))
        if "{A}" in fmt:
            doc.authors = [n.upper() for n in names]
            return fmt.format(A=authors.upper(), site=site)
        doc.authors = list(names)
        return fmt.format(a=authors, site=site)

    header = list(style["header"])
    glue = None
    for kind in _printed(header, rng, style):
        if kind == "title":
            blocks.append([Line(title, "boilerplate", "title")])
        elif kind == "title_site":  # heldout5 on: the headline with the site's name, as a page title
            blocks.append([Line(m.pick("title_site").format(t=title, site=site), "boilerplate", "title")])
        elif kind == "title_dup":
            blocks.append(bp(title, "duplicate_title"))
        elif kind == "date":
            doc.published = day.isoformat()
            blocks.append(bp(date_text, "dateline"))
        elif kind == "published":
            doc.published = day.isoformat()
            blocks.append(bp(m.pick("published").format(d=date_text), "dateline"))
        elif kind == "byline":
            blocks.append(bp(byline_text(), "byline"))
        elif kind == "byline_date":
            doc.published = day.isoformat()
            if "bd_sep" in style:  # heldout4 on: the style lists its byline-date separators
                sep = rng.choice(list(style["bd_sep"]))
            else:
                sep = rng.choice((" | ", ", ", " · ")) if style["name"] != "dense" else " | "
            blocks.append(bp(byline_text() + sep + date_text, "byline"))
        elif kind == "date_byline":  # heldout18 on: the date first, then the byline, on one line
            doc.published = day.isoformat()
            sep = rng.choice(list(style["db_sep"]))
            blocks.append(bp(date_text + sep + byline_text(), "byline"))
        elif kind == "standfirst":  # heldout18 on: a dek, the article's own words, between headline and date
            if rng.random() < float(style.get("standfirst_p", 1)):
                blocks.append([Line(m.standfirst(), "content")])
        elif kind == "date_glued":
            doc.published = day.isoformat()
            if "glue" in style:  # heldout3 on: the style lists its glued forms; {C} is a city
                forms = phrases["glue"] if style["glue"] == "phrases" else style["glue"]  # heldout4: per language
                if isinstance(forms, str):  # heldout5 on: the name of a per-language list
                    forms = phrases[forms]
                form = rng.choice(list(forms))
                city = rng.choice(phrases.get("cities", CITIES))  # heldout6 on: the split's own cities
                more = {}
                if "glue_date" in style:  # heldout20 on: {g}, the day as an agency's dateline writes it, "25 ноября"
                    more["g"] = m.date(day, str(style["glue_date"]))
                glue = form.format(d=date_text, C=city.upper(), site=site, **more)
            else:
                glue = (
                    rng.choice(("{d} – ", "{d} | ", "{d}: "))
                    if style["name"] == "wire"
                    else rng.choice(("{d} — ", "({d}) ", "{d} - "))
                )
                glue = glue.format(d=date_text)
        else:
            blocks.append(_widget(kind, m, site, style, day))

    body: list[list[Line]] = []
    first = Line(m.paragraph(), "content", prefix=glue or "")
    body.append([first])
    inserts = list(style["body_inserts"])
    for index in range(rng.randint(4, 8)):
        if index and rng.random() < 0.5 and inserts:
            kind = rng.choice(inserts)
            body.append(_insert(kind, m, title, site, style, day))
        body.append([Line(m.paragraph(), "content")])

    def foot(kind: str) -> list[Line]:
        if kind == "author_note":
            return [Line(_author_note(m).format(n=m.name(), c=rng.choice(phrases.get("cities", CITIES))), "content")]
        if kind == "byline_end":  # heldout19 on: the byline under the text, "(文・佐藤健)", "Text: Anna Gruber"
            return bp(byline_text(), "byline")
        if kind == "date_end":  # heldout19 on: the date line under the text, "Stand: 25.11.2026"
            doc.published = day.isoformat()
            return bp(date_text, "dateline")
        return _widget(kind, m, site, style, day)

    footer = [foot(kind) for kind in _printed(style["footer"], rng, style)]
    for block in blocks + body + footer:
        if doc.lines and style["blank"]:
            doc.lines.append(Line("", "blank"))
        doc.lines.extend(block)
    if rng.random() < 0.3:
        doc.lines.extend(Line("", "blank") for _ in range(rng.randint(1, 3)))
    return doc


def _author_note(m: Maker) -> str:
    """heldout6 on: a split may bring its own languages' author note (phrases["author_note"])."""
    return m.p["author_note"][0] if "author_note" in m.p else AUTHOR_NOTE[m.lang]


def _say(kind: str, m: Maker, site: str, style: dict, day: date) -> list[Line]:
    """heldout5 on: a widget named in style["say"] (kind -> reason), one phrase, one line per text line."""
    text = m.pick(kind).format(n=m.rng.randint(2, 23), site=site, y=day.year)
    return [Line(part, "boilerplate", str(style["say"][kind])) for part in text.split("\n")]


def _widget(kind: str, m: Maker, site: str, style: dict, day: date) -> list[Line]:
    rng = m.rng
    if kind in style.get("say", {}):
        return _say(kind, m, site, style, day)
    if kind in ("share_icons", "share_names", "share_row"):
        icons, social = tuple(m.p.get("icons", ICONS)), tuple(m.p.get("social", SOCIAL))  # heldout4: per language
        chosen = (
            rng.sample(icons, rng.randint(2, 4)) if kind == "share_icons" else rng.sample(social, rng.randint(3, 5))
        )
        sep = str(style.get("share_sep", " | " if kind == "share_row" else " "))
        return [Line(sep.join(chosen), "boilerplate", "share_widget")]
    if kind == "paywall":  # heldout4 on: paywall prompt and its log-in line
        return [Line(m.pick("paywall"), "boilerplate", "paywall"), Line(m.pick("login"), "boilerplate", "paywall")]
    if kind == "listen":  # audio player or reading time; {n} minutes
        return [Line(m.pick("listen").format(n=rng.randint(2, 14)), "boilerplate", "audio")]
    if kind == "app":
        return [Line(m.pick("app"), "boilerplate", "app_prompt")]
    if kind == "live":
        return [Line(m.pick("live"), "boilerplate", "live_badge")]
    if kind == "share_prompt":
        return [Line(m.pick("share"), "boilerplate", "share_widget")]
    if kind == "breadcrumb":
        sections = rng.sample(m.p["sections"], 2)
        return [Line(str(style["crumb_sep"]).join([m.pick("home"), *sections]), "boilerplate", "navigation")]
    if kind == "loading":
        return [Line(m.pick("loading"), "boilerplate", "loading")]
    if kind == "ad":
        return [Line(m.pick("ad"), "boilerplate", "advertisement")]
    if kind == "cookie":
        return [Line(m.pick("cookie"), "boilerplate", "cookie_banner")]
    if kind == "newsletter":
        return [Line(m.pick("newsletter"), "boilerplate", "newsletter")]
    if kind == "follow":
        return [Line(m.pick("follow"), "boilerplate", "share_widget")]
    if kind == "comments":
        return [Line(m.pick("comments").format(n=rng.randint(0, 250)), "boilerplate", "comments")]
    if kind == "print_email":
        return [
            Line(m.pick("print"), "boilerplate", "share_widget"),
            Line(m.pick("email"), "boilerplate", "share_widget"),
        ]
    if kind == "tags":
        tags = ", ".join(m.fragment(1, 2) for _ in range(rng.randint(2, 4)))
        return [Line(m.pick("tags").format(t=tags), "boilerplate", "tags")]
    if kind == "related":
        lines = [Line(m.pick("related_head"), "boilerplate", "related_links")]
        bullet = rng.choice(("", "", "• ", "- "))
        lines += [Line(bullet + m.fragment(5, 10), "boilerplate", "related_links") for _ in range(rng.randint(2, 4))]
        return lines
    if kind == "rights":
        return [Line(m.pick("rights").format(y=day.year, site=site), "boilerplate", "footer")]
    raise ValueError(kind)


def _insert(kind: str, m: Maker, title: str, site: str, style: dict, day: date) -> list[Line]:
    rng = m.rng
    if kind in style.get("say", {}):
        return _say(kind, m, site, style, day)
    if kind == "subheading":
        return [Line(m.fragment(2, 5), "subheading")]
    if kind == "quote":
        quotes = m.p["quote"][0] if "quote" in m.p else QUOTES[m.lang]  # heldout6 on: per split
        return [Line(quotes.format(rng.choice(m.ended)), "content")]
    if kind == "list":
        marker = rng.choice(("- ", "• ", "{i}. "))
        return [Line(marker.format(i=i + 1) + rng.choice(m.ended), "content") for i in range(rng.randint(2, 4))]
    if kind == "ad":
        return [Line(m.pick("ad"), "boilerplate", "advertisement")]
    if kind == "read_also":
        return [Line(m.pick("read_also").format(t=m.fragment(5, 10)), "boilerplate", "related_links")]
    if kind == "photo_credit":
        return [Line(m.pick("photo").format(n=m.name()), "boilerplate", "photo_credit")]
    if kind == "caption_echo":
        lines = [Line(f"{title} {rng.randint(1, 4)}", "boilerplate", "caption")]
        if rng.random() < 0.5:
            lines.append(Line(m.fragment(7, 12), "boilerplate", "caption"))
        return lines
    if kind == "caption_title":  # the picture's caption is the headline itself, no number
        lines = [Line(title, "boilerplate", "caption")]
        if rng.random() < 0.5:
            lines.append(Line(m.pick("photo").format(n=m.name()), "boilerplate", "photo_credit"))
        return lines
    if kind == "caption_gallery":  # heldout4 on: a gallery caption repeating the headline, "picture i of k"
        count = rng.randint(3, 12)
        return [Line(m.pick("gallery").format(t=title, i=rng.randint(1, count), k=count), "boilerplate", "caption")]
    if kind == "caption_credit":  # a short caption and its credit on one line
        caption = m.fragment(5, 9)
        return [Line(m.pick("caption_credit").format(c=caption, n=m.name()), "boilerplate", "caption")]
    raise ValueError(kind)


def build(split: str, shared: Path, docs_per_lang: int = DOCS_PER_LANG) -> list[Doc]:
    """All documents of a split, in a fixed order; the same arguments give the same documents."""
    module = SPLITS[split]
    docs: list[Doc] = []
    for lang in getattr(module, "LANGS", LANGS):  # heldout6 on: a split may bring other languages
        sentences = load_sentences(shared, lang)
        rng = random.Random(f"{SEED}:{split}:{lang}")
        for index in range(docs_per_lang):
            style = module.STYLES[index % len(module.STYLES)]
            docs.append(make_doc(rng, lang, style, module.PHRASES[lang], sentences, f"{split}-{lang}-{index:03d}"))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=tuple(SPLITS), default="dev")
    parser.add_argument("--out", default=str(REPO / "build" / "boilerplate"))
    parser.add_argument("--shared", default=None, help="shared data folder (default ../shared)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    docs = build(args.split, shared_dir(args.shared))
    with open(out / f"{args.split}.jsonl", "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps({**asdict(doc), "text": doc.text}, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents -> {out / (args.split + '.jsonl')}")


if __name__ == "__main__":
    main()
