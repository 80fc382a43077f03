"""Boilerplate removal as character spans over the decoded source (Dolma-style annotations).

The text of a record is the source minus its removed spans, nothing else, so anyone can
re-derive it. Line rules come from `lexicon`; document-level rules (title, byline, dateline,
captions that repeat the title, lines repeated across the corpus) are here.
"""

from __future__ import annotations

import hashlib
import itertools
import pkgutil
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property, lru_cache, partial
from typing import Any

import numpy as np
from convertdate import persian

from curation.content_model import (
    EXTRACT_MODEL_FILE,
    WORD,
    ContentModel,
    content_words,
    densest_region,
    document_stop_words,
    load_model,
    tokenize,
)
from curation.content_model import EXTRACT_NAME as EXTRACT_REASON
from curation.content_model import NAME as MODEL_REASON
from curation.gate import SearchGate
from curation.lexicon import (
    ABOUT_AUTHOR,
    AGENCY_NOUN,
    AGENCY_WITH,
    AGO_AFTER_FAST,
    AGO_BEFORE_FAST,
    AGO_UNIT,
    AUTHOR_JOINERS,
    BIO_VERB,
    BYLINE_LEAD_WORDS,
    BYLINE_PREFIX,
    BYLINE_PREP,
    BYLINE_ROLE,
    BYLINE_SUFFIX,
    CAPTION_WORDS,
    CJK_BYLINE_LABEL,
    CJK_REPORTER,
    CJK_ROLE_BEFORE,
    COMMENTS_HEADER,
    COMPANY_WORD,
    COURTESY,
    CREDIT_LABEL,
    DATE_FILLERS,
    DATE_LABEL,
    DATE_LANGS,
    DATE_MONTH_LANGS,
    FAMILY_NAME_FIRST,
    GLUED_BYLINE_PREFIX,
    GREETINGS,
    LEAVE_A_COMMENT,
    LETTER,
    LINK_ARROWS,
    MONTH_EXTRAS,
    MORE_INFO,
    NEWS_AGENCY,
    NOT_WRITER_LEAD,
    ORGANISATION_WORDS,
    OUR,
    OUTLET_ARTICLES,
    OUTLET_WORDS,
    PARTICLE_JOINERS,
    PLACE_PREP,
    PLACE_PREP_INSIDE,
    PRESS_RELEASE_LABEL,
    REVIEWED_LEAD,
    REVISION_STAMP,
    ROLE_MODIFIERS,
    SHORT_LINE_WORDS,
    SOCIAL,
    SOLAR_HIJRI_FILLERS,
    SOLAR_HIJRI_MONTHS,
    STAFF_WORD,
    STOCK_PHOTO,
    STOCK_PHOTO_WORD,
    TAG_LABEL,
    UPDATED_LABEL,
    WEEKDAY_EXTRAS,
    WIRE_AGENCY,
    WRITER_ROLE,
    compile_patterns,
    compile_verdict,
)
from curation.names import known_name, person_name, plain
from curation.spans import Span, merge_spans

PATTERNS = compile_patterns("dateline", "comments")
VERDICT = compile_verdict()
LONG_LINE_VERDICT = compile_verdict(long_lines=True)  # the same verdicts, faster on paragraphs
# Sentence ends beyond Latin punctuation: danda (Devanagari, Bengali), Urdu and Arabic full stop and
# question mark, Armenian, Ethiopic, Khmer, Tibetan, Myanmar, half- and full-width ideographic.
_SCRIPT_ENDS = "\u0964\u0965\u06d4\u061f\u0589\u1362\u17d4\u0f0d\u104b\uff61\uff0e"
TERMINAL = tuple(".!?…。！？:;\"'\u201d\u00bb)]" + _SCRIPT_ENDS + "\u061b")
CLOSING_QUOTES = '"\u201d\u201c\u00bb'  # \u201c closes a quote in German, Czech, Lithuanian (\u201e…\u201c)
QUOTES = "\"'\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a"  # what a quotation opens or closes with
SENTENCE_END = tuple(".!?…。！？" + CLOSING_QUOTES + _SCRIPT_ENDS)
MAX_TITLE_WORDS = 30
# A short label and a count of one unit, any language: a metadata field ("Lukuaika: 12 min", "Olvasási idő: 3 perc",
# "Ακούστε το άρθρο (9 λεπτά)"), never a headline: it neither is the title nor hides it.
LABELLED_COUNT = re.compile(
    rf"^{LETTER}[^\d:()]{{1,40}}(?::\s*\d+\s*{LETTER}{{1,8}}\.?|\s\(\d+\s*{LETTER}{{1,8}}\.?\))$"
)
MIN_TITLE_WORDS = 3  # a one- or two-word line at the top is a label or a subheading
MIN_SIGNED_TITLE_WORDS = 2  # under a byline the header confirms, two words are a headline ("Der WindRebell")
MAX_KICKER_WORDS = 3
MIN_HEADLINE_WORDS = 4  # a headline over its standfirst, longer than any label above a headline
MIN_SHARED_TOPIC_WORDS = 2  # of a headline's topic words that its article's first lines use too
DECK_RATIO = 1.5  # a standfirst is longer than its headline by half at least
MIN_DECK_WORDS = 12  # and a sentence long
# a breadcrumb's short items: "Actualités > Politique", "News › World › Europe"
BREADCRUMB = re.compile(r"[^>›»/]{1,40}(?:\s+[>›»/]\s+[^>›»/\s][^>›»/]{0,39})+")
SOCIAL_NAME = re.compile(rf"(?:{SOCIAL})", re.IGNORECASE)  # a network's name alone on its line: a share button
MAX_SOCIAL_CHARS = 24  # such a line is short: only short lines are asked
MIN_SHARE_COLUMN = 2  # networks' names in a row
MIN_DECK_WORDS_UNDER_WORD = 15  # under words the text does not name: longer than nine headlines in ten (real pages)
FIRST_HEADLINE_WORDS = 5  # a line this long first in a header is its headline: too long for a kicker
HEADLINE_FIELD_MARK = re.compile(r"[\d：｜]")  # a score, a count, a site after a bar: a field, no headline
TOPIC_HEADLINE = re.compile(rf"^(?P<topic>{LETTER}+(?:[ -]{LETTER}+){{0,2}}):\s+(?P<rest>\S+(?:\s+\S+){{2,}})$")
# a sentence's end inside a line, in any script: two sentences ("Նամակը ճիշտ չի՞ երևում։ Բացեք բրաուզերում")
INNER_MARK_END = re.compile(rf"[…{_SCRIPT_ENDS}]\s+\S|[。！？]\s*[^\s。！？」』”)]")  # INNER_END but a full stop's
INNER_END = re.compile(rf"(?<!\d)[.!?…{_SCRIPT_ENDS}]\s+\S|[。！？]\s*[^\s。！？」』”)]")
BODY_TOPIC_LINES = 40
MAX_HEADER_LINES = 8
MAX_COUNT_WORDS = 4  # "đọc trong 9 phút"
MAX_OUTLET_WORDS = 4  # "Global Times Online", "The Observer Group"
MAX_CONSENT_LINES = 6  # a consent dialog's heading, text and buttons
MAX_CONSENT_WORDS = 60
MIN_THREAD_LINES = 3  # a comment's count, then a name and a text at least
MAX_THREAD_LINES = 80
MAX_FIELD_WORDS = 5  # a header's count or relative time: "Read 217 times", "Last updated: 12 min ago"
MAX_FIELD_LINE_WORDS = 8  # a line of fields under a confirmed headline's byline or dateline
# a first-name credit alone on its line reads as a menu's item or a stray line: the header takes it back from these
STRAY_WORD_REASONS = ("navigation", "content_model", "extract_model")
MIN_PROSE_WORDS = 6  # a line of the article's opening that may name its topic
OPENING_PARAGRAPHS = 4
MIN_GIVEN_NAME = 3  # a given name credited alone: "Tine", "Benni"; not "Al" or "Jo", which are words too
MAX_CREDIT_WORDS = 6  # a reviewer's or a desk's credit between a byline's name and its dateline
TOP_LINES = 4  # an extract's headline is among its first lines; its fields among the lines under its metadata
# a reference number after its label, in any language: "Ons verw.: MV10/2016", "Referenca: VKM-12-3"
REFERENCE = re.compile(r"^[^\W\d][^:]{0,30}:\s*(?=\S*\d)(?=\S*[/-])\S+$")
HEADLINE_END = "?!\"'”’»؟？"  # how a question or a quote headline ends, unlike other title-like lines
QUESTION_ENDS = HEADLINE_END + "！“«"  # and a full-width "!", a German or French quote: a headline under a notice
MAX_STOP_HEADLINE_WORDS = 12  # a headline that ends with a full stop is short, one sentence
MAX_STANDFIRST_WORDS = 60  # a standfirst is one short paragraph
MIN_NOTICE_WORDS = 8  # a notice above the header is a sentence: "We may earn a commission from partners we link to."
META_LOOKAHEAD = 2  # a byline or dateline this many lines below a question headline or a standfirst
# below a headline under a notice: a byline, a reviewer's credit, then the date ("Ditulis oleh A", "Ditinjau oleh B",
# "Diperbarui: 16/08/2024")
NOTICE_META_LOOKAHEAD = 3
HEADER_LOOKAHEAD = 4  # lines, blank ones among them, read for a headline and its dateline under a byline
SUBJECT_LINES = 3  # lines under names over a headline that may show them to be the story's subject
LONG_TITLE_WORDS = 15  # longer than this, with a sentence ending inside: a paragraph cut short, not a headline
# A sentence's end inside a line: a word, a stop, a space and a letter; not an abbreviation's dot ("St. Louis", "Dr.
# Smith", "U.S. city", "J. K. Rowling"): a capital with at most two small letters, or letters each with its dot
INNER_SENTENCE_END = re.compile(
    r"(?<![\w.])(?!(?:[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё]{0,2}|(?:[^\W\d_]\.)+[^\W\d_])\.\s)\w+[.!?]\s+[^\W\d_]"
)
ORDINAL = re.compile(r"(?<![\w.])\d{1,3}\.(?=\s)")  # "des 19. Jahrhunderts", "am 26. Januar": no sentence's end
# a stop after a word with a letter (not a day's ordinal, "31. Januar"), not an abbreviation's: a capitalized word of
# up to four letters ("Dr.", "Prof.", "Проф."), initials ("U.S.", "t.i."), "vs."
LETTERED_SENTENCE_END = re.compile(
    r"(?<![\w.])(?!(?:[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё]{0,3}|(?:[^\W\d_]\.)+[^\W\d_]|vs)\.\s)(?=\w*[^\W\d])\w+[.!?]\s+[^\W\d_]"
)
# a label, then its names after a space, a colon or a dash, or in the Arabic script glued with a hyphen ("كتب-محمد
# الشناوي", wrote-) or after a slash ("تقرير/ حسين الزبيدي", report/); not "Von-Neumann-Architektur"
BYLINE = re.compile(
    rf"^(?P<lead>(?:[^\W\d][\w'’-]*\s+){{0,{BYLINE_LEAD_WORDS}}}?)(?:{BYLINE_PREFIX}(?:\s+{BYLINE_PREP})?(?:(?:\s*:|\s+[—–-])?\s+|-(?=[\u0600-\u06ff])|\s*/\s*(?=[\u0600-\u06ff])))+(?P<names>.+)$",
    re.IGNORECASE,
)
# and not lowercase: see _name_token; with the vowel signs of Indic and Thai names ("राहुल", "สมชาย"), which are no \w
# a name's particle written onto it: Arabic's article and "son of" ("al-Hassan", "bin-Laden"); not French "d'" ("d'IBM")
GLUED_PARTICLE = re.compile(r"^(?:al|el|ad|ud|ar|as|at|az|an|ash|abu|ibn|bin|ben)-(?=[^\W\d_])")
# the vowel signs of Indic, Thai, Lao, Myanmar and Khmer script are marks, no word characters; not "Ein-" of "Ein-/Aus"
NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff-]*(?<!-)$")


def _caseless(text: str) -> bool:
    """Written in a script without capitals (Arabic, Thai, Devanagari …): no capital marks a name there."""
    return not any(char.isupper() or char.islower() for char in text)


NAME_PARTICLES = frozenset(
    [
        *re.split(r"\s+", "de van von der den la le da di du des del della dos das ten ter zu af bin ibn al el"),
        *["بن", "بنت", "ابن", "عبد", "أبو", "ابو", "آل"],  # Arabic's "son of", "servant of", "father of", "family of"
    ]
)
# where no capital tells a name's part from a function word ("عبد الله"), the name's parts are never stop words
CASELESS_PARTICLES = frozenset(word for word in NAME_PARTICLES if _caseless(word))
# Arabic and CJK commas too. A separator starts where its spaces start, never inside them: a match that starts inside
# a run of spaces starts at the run's start too, and trying each position of a long run made a split quadratic.
# a joiner is a word of its own: not the "-un" of "Kim Jong-un"
NAME_SPLIT = re.compile(
    rf"(?<!\s)\s*(?:[,،、](?:\s*(?:and|&)(?=\s))?|(?<![\w-])(?:{AUTHOR_JOINERS})(?![\w-]))\s*",  # ", and": one joiner
    re.IGNORECASE,
)
# with the capitals of Polish, Turkish, Czech, Hungarian, then of Slovak, Romanian, Croatian, the Baltic languages,
# Maltese, Greek, the Serbian/Macedonian Cyrillic letters (Ѐ-Џ), Kazakh's and Azerbaijani's, Armenian and Georgian
# (Mtavruli)
CAPS = "A-ZÀ-ÖØ-ÞА-ЯЁЇІЄҐĄĆĘŁŃŚŹŻİŞĞČŠŽŘŐŰĎŤŇĽĹŔĂȘȚŢĐĀĒĪŪĢĶĻŅĖĮŲĊĠĦƏΑ-ΩΆΈΉΊΌΎΏΪΫЀ-ЏӘҒҚҢӨҰҮҺԱ-ՖᲐ-Ჺ"
GLUED_DATE = re.compile(  # a weekday's name and its comma may open it ("Tuesday, March 5, 2024 The …")
    rf"^\s*(?:{DATE_LABEL}\s*:?\s*)?(?:(?P<weekday>[^\W\d_]{{4,15}}),\s+)?\(?(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}(?P<sep>[./-])\d{{1,2}}(?P=sep)\d{{4}}"
    # a day may carry its language's ending ("15-ka Juun 2018", Somali)
    rf"|\d{{1,2}}(?:-[^\W\d_]{{1,3}})?\.?\s+(?:de\s+)?\w+\.?\s+(?:de\s+)?\d{{4}}|\w+\.?\s+\d{{1,2}},\s+\d{{4}}"
    # Hungarian year first: "2026. 11. 25.", "2026. november 25."
    rf"|\d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?|\d{{4}}\.\s+[^\W\d_]+\.?\s+\d{{1,2}}\.?)"
    # a year word and a clock with its word: "25.11.2026 г. – ", "25.11.2026 klo 14.32 – ", "5. 1. 2024 u 14:32"
    rf"(?:\s+(?:г|r|m|god|godine|года|року)\.?)?"
    rf"(?:,?(?:[ T]|\s+(?P<clock>klo|kl\.?|kell|u|o|v|ob|в|о|ora|um|à|às|at)\s+)\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?)?\)?"
    # then a place before the dash: "12.03.2024 Berlin – "
    rf"(?:,?\s+(?-i:[{CAPS}][\w'’.-]+(?:[ /][{CAPS}][\w'’.-]+)?)(?:\s*\([^()]{{2,30}}\))?(?=\s*[–—-]\s|:\s))?"
    # without a separator, a new sentence must start: "27 червня 2001 року була …" is a sentence; a full stop after
    # the year is one ("26 декабря 2017. Мне …")
    # or no space at all after the year, where a scraper joined the date's element to the paragraph's: "March 5,
    # 2024The council …"
    rf"\s*(?:(?P<mark>[|–—:-]|(?<=\d)\.)\s+|\s+(?=(?-i:[{CAPS}\d\"“”«„‘'(\[]))|(?<=\d{{4}})(?=(?-i:[{CAPS}][a-zà-ÿа-я])))",
    re.IGNORECASE,
)
# A wire dateline glued before the first sentence: "MOSCOW, March 3 (Reuters) - ", "BERLIN (dpa) – ":
# a place in capitals and/or an agency in parentheses, then a dash.
# where a dateline's fields part: a comma, a dash, a bar, a dot, a slash, a colon, a bracket
DATELINE_FIELD = re.compile(r"\s*(?:[,،:։(]|\)|\s[–—|·•/-]{1,2})\s*")
# where a dateline ends and the text starts: a dash, a bar, a dot, a slash, a colon (Armenian "։" too), a full stop
# after the date, a closing bracket, an agency between slashes ("/ქართლინფო/. ")
DATELINE_END = re.compile(r"\s*(?:[:։]|\.|\)\s*[·•:.–—-]?|\s[–—|·•/-]{1,2}|\s/[^/\s]{1,30}/\.?)\s+")
DATELINE_MARKS = " ,:;()–—|·•/-"
# a clock after a date, with a word for "hour" before it or for the half of the day after it, in a language the
# clock pattern does not know ("28 Kurume 2025, 6:53 manheru", "22 Agusito 2015, ssaawa 11:57 ez'olweggulo")
CLOCK_TAIL = re.compile(rf",?\s+(?:{LETTER}+\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s+[^\s\d]+){{0,2}}$")
MAX_DATE_FIELD_CHARS = 60
MAX_PLACE_FIELD_WORDS = 3
GLUED_OUTLET = re.compile(  # after the dateline's own dash or full stop: "— Ararat-press — ", ". Kartlinfo — "
    r"(?<=[–—./-]\s)(?P<outlet>[^\W\d_][^\s\d–—.!?:]*(?:\s[^\s\d–—.!?:]+){0,2})\s+(?:[–—]|--)\s+(?=\S)"
)
GLUED_AGENCY = re.compile(  # after the dateline's dash, an agency and a full stop: "— РИА Новости. " (RIA Novosti)
    r"(?<=[–—-]\s)(?P<outlet>[^\W\d_][^\s\d–—.!?:]*(?:\s[^\s\d–—.!?:]+){0,2})\.\s+(?=\S)"
)
WIRE_DATELINE = re.compile(
    rf"^\s*(?P<place>[{CAPS}][{CAPS}'’.-]+(?:[ /][{CAPS}][{CAPS}'’.-]+){{0,2}})"
    r"(?:\s*(?P<agency1>\([^()]{2,30}\)))?(?:,\s*(?P<date>[^()–—]{3,40}?))?\s*(?P<agency>\([^()]{2,30}\))?"
    r"\s*(?:(?P<dash>[–—-]{1,2})|(?<=[\d)/])\.|(?P<colon>:))"  # "MOSCOW, Nov. 3": an abbreviation's dot is no full stop
    r"(?:\s+|(?<=\)[–—-])|(?<=\)[–—-][–—-]))(?=\S)"  # "SAN FRANCISCO--(BUSINESS WIRE)--Text": glued after the agency
)
# Breadcrumb and menu separators: bars, bullets, guillemets, slashes, and any arrow, triangle or
# geometric-shape character (▸ ► ▶ ❯ ➔ ⟩ ...), whatever a site's theme draws between items.
MENU_MARKS = (
    "|•·»›→\u2023\u2190-\u21ff\u25a0-\u25ff\u2794-\u27bf\u3009\u276f\u2771"
    "\u2219\u22c5\u2027\u30fb\u2e31\uff65\u00a6\u2016\u2758-\u275a"  # the other dots and bars: "⋅", "∙", "・", "¦"
    "\u27e9-\u27ef"  # angle brackets: "⟩", "⟫"
)
CAPS_LABEL_TEASER = re.compile(
    rf"^[{CAPS}'’]{{3,}}(?:\s+[{CAPS}'’]{{2,}}){{0,3}}\s*[:|–—›»>]\s+[^.!?]{{3,200}}[^.!?…)\]\"”»]$"
)
# A place's name in title case, of up to three words, a particle between them: "Cidade da Praia", "Rio de Janeiro"
PLACE_WORDS = rf"[{CAPS}][\w'’.-]+(?:(?:[ /-]|\s(?:da|de|do|dos|das|del|di|du|la|el|al)\s)[{CAPS}][\w'’.-]+){{0,2}}"
# A place in title case and a news agency in parentheses, then a dash: "Berlin (dpa) – ", "Paris (AFP) — ".
PLACE_AGENCY = re.compile(rf"^\s*{PLACE_WORDS}\s*\((?P<agency>[^()]{{2,30}})\)\s*[–—-]{{1,2}}\s+(?=\S)")
# A place, a comma and a date that is read, an optional agency in parentheses or slashes, then a colon, a dash or
# a full stop before the first sentence: "Kiel, 21. Januar 2019: ", "Lyon, le 18 septembre 2024 – ",
# "МОСКВА, 26-09-2015 /InfoPortal/. ", "Valencia, 28 de enero de 2019. – ", "PARIS, 3 mai 2023 /PRNewswire/ -- ".
# Wire dashes may be doubled ("--"); an abbreviation's dot before a number ("25. Dez. 2020") is no full stop; a
# press-release label may open the dateline or follow the date ("Roma, 17 novembre 2024 – Comunicato stampa – ").
_PRESS_LABEL = rf"(?:{PRESS_RELEASE_LABEL}\s*[:–—-]{{1,2}}\s+)?"
# A word of a script without capitals: Hebrew, Arabic, the Indic scripts, Thai, Lao, Myanmar, Khmer, kana, Han, Hangul
CASELESS_WORD = (
    "[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
    "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u200c\u200d]+"
)
PLACE_DATE = re.compile(
    # (a clock's colon and a slash date's slashes sit inside the date: "Θεσσαλονίκη, 17/02/2025 15:30 – "); a place
    # in a script without capitals is one or two words ("न्यूयॉर्क, २२ मे २०१६ (Meridian News) : "); a slash after the
    # date parts it from the text too ("BRÜKSEL, 23 Haziran 2016 / ")
    rf"^\s*(?i:{_PRESS_LABEL})(?:{PLACE_WORDS}"
    rf"|{CASELESS_WORD}(?: {CASELESS_WORD})?)[,،]\s+"
    r"(?P<date>(?:[^–—:/()]|(?<=\d)[:/](?=\d)){6,45}?)"
    r"\.?\s*(?:\((?P<agency>[^()]{2,30})\)|/(?P<agency2>[^/]{2,30})/)?\s*(?:\.(?!\s*\d)\s*)?"
    r"(?:[:–—-]{1,2}\s+|/\s+(?=\S)|(?<=[./])\s+(?!\d)(?:[–—-]{1,2}\s+)?)"
    rf"(?i:{_PRESS_LABEL})(?=\S)"
)
# A place in capitals (or a caseless script's word) and a date without the comma between them, or behind a stop, a
# colon, a weekday, or both in parentheses: "VISBY 19 november 2020. ", "ПЕРМЬ. 16 ноября 2018. ", "MALMÖ fredag 26
# februari 2021. ", "રાજકોટ : 22 એપ્રિલ 2018 | ", "(TRIESTE, 15 febbraio 2019) "; the date must read whole.
PLACE_BARE_DATE = re.compile(
    rf"^\s*(?P<open>\()?(?:[{CAPS}][{CAPS}'’-]+(?:[ /-][{CAPS}][{CAPS}'’-]+){{0,2}}"
    rf"|{CASELESS_WORD}(?: {CASELESS_WORD})?)"
    r"(?:\s*[.,:،]\s+|,|\s+)"
    r"(?P<date>(?:[^–—:/()|.]|(?<=\d)[:/.](?=\d)){6,45}?)"
    r"(?(open)\)\s+|\s*(?:\.\s+|[:–—|-]{1,2}\s+))(?=\S)"
)
# A place in capitals and the date in parentheses: "HYDERABAD (23 January 2020): ", "BREGENZ (16. Nov. 2022 um 20:23
# Uhr). "
PLACE_PAREN_DATE = re.compile(
    rf"^\s*[{CAPS}][{CAPS}'’-]+(?:[ /-][{CAPS}][{CAPS}'’-]+){{0,2}}"
    r"\s*\((?P<date>[^()]{6,45})\)\s*(?:[.,:–—-]{1,2}\s*|\s+)(?=\S)"
)
# A news agency alone in parentheses, then a dash: "(ČTK) – ", "(MTI) - ".
AGENCY_FIRST = re.compile(r"^\s*\((?P<agency>[^()]{2,30})\)\s*[–—-]{1,2}\s+(?=\S)")
# A place, a date that is read (with or without a comma), a news agency in parentheses or slashes, then a dash:
# "Praha 18.03.2017 (ČTK) - ", "HELSINKI 19. toukokuuta 2018 klo 20.41 (STT) – ", "ВАРНА, 18.01.2015 18:18 /БТА/ – ",
# "DEBRECEN, 2019. 02. 14. 12:17 (MTI) - ", "ΑΘΗΝΑ, 26.12.2020 | 23:58 (ΑΠΕ-ΜΠΕ) - ", or after a comma: "Tema, July 16,
# GNA – ".
AGENCY_DATELINE = re.compile(
    # a place in a script without capitals before a dash: "الكويت - 24 يونيو 2015 (كونا) -- " (KUNA)
    rf"^\s*(?:{PLACE_WORDS},?|{CASELESS_WORD}(?: {CASELESS_WORD})?\s+[–—-])\s+(?P<date>[^\W_][^()–—]{{2,50}}?)\s*"
    r"(?:\((?P<agency>[^()]{2,30})\)|/(?P<agency2>[^/\s][^/]{0,28}[^/\s])/|,\s+(?P<agency3>[^\W\d_][^,()–—]{1,29}?))"
    r"\.?\s*[–—-]{1,2}\s+(?=\S)"
)
# Persian news opens with its source: "به گزارش خبرگزاری مهر، ", "به گزارش ایسنا، " (according to the report of …),
# a few words before the comma.
ATTRIBUTION = re.compile(r"^\s*(?:به گزارش|بنا به گزارش)(?:\s+[^\s،,.]+){1,4}\s*[،,]\s+(?=\S)")
# A place and an agency in a script without capitals, each before a dash: "تبریز- ایرنا- " (IRNA)
CASELESS_PLACE_AGENCY = re.compile(
    rf"^\s*{CASELESS_WORD}(?: {CASELESS_WORD})?\s*[–—-]\s*"
    rf"(?P<agency>{CASELESS_WORD}(?: {CASELESS_WORD})?)\s*[–—-]\s+(?=\S)"
)
# A caption whose line ends with its picture credit: "… (Photo: A B)", "… (Fot. A B)", "… (fotoğraf 4/5)" or, after a
# sentence stop, "… . Image credit: A B", "… . Foto A B", "… . Fotografía de A B".
# Also after a bar or a slash ("… | Photo: A B", "… / фото A B"), and a name with an agency in parentheses without a
# label ("… (A B/Folhapress)", "… (A B / Europa Press)").
LABEL_DASH = re.compile(rf"^({LETTER}+(?:\s{LETTER}+){{0,2}})\s+[—–-]\s+(?=\S)")
LABEL_MARKS = ":：՝"  # what ends a label: a colon, a full-width one, the Armenian "՝" ("Տեքստը՝ A")
CREDIT_TAIL = re.compile(
    rf"(?:[(（]\s*(?:{CREDIT_LABEL})(?:\s*[:：©.=]\s*|\s+(?:by|von|de|di|door|av|par|por|od|ni|{COURTESY}|"
    rf"mula sa)\s+|\s+)"
    rf"(?P<paren>[^()（）]{{1,60}})[)）]"
    rf"|(?<=[.!?…])\s+(?:{CREDIT_LABEL})(?:\s*[:©.]\s*|\s+(?:by|von|de|di|door|av|par|por|od)\s+|\s+)(?P<stop>[^.!?()]{{1,60}})"
    rf"|\s+[|/]\s*(?:{CREDIT_LABEL})(?:\s*[:©.]\s*|\s+(?:by|von|de|di|door|av|par|por|od)\s+|\s+)(?P<bar>[^|/()]{{1,60}})"
    rf"|\s+[–—]\s*(?:{CREDIT_LABEL})\s*[:©]\s*(?P<dash>[^|/()–—:]{{1,60}})"  # "… — Photo: A B"
    # without the label's mark, a full name: "… – Photo by A B", "… – Foto di A B", "… – Foto A B", "…, fot. A B"
    rf"|(?:\s+[–—-]|,)\s*(?:{CREDIT_LABEL})\.?\s+(?:(?:by|von|de|di|door|av|par|por|od)\s+)?(?P<named>[^|/()–—:,]{{3,60}})"
    rf"|\((?P<agency>[^()/]{{3,50}}?\s*/\s*[^()/]{{2,30}})\))$",
    re.IGNORECASE,
)
# Glued on without a stop, a capitalized label and a colon: "… valinta on Kuva: Jussi Nieminen" (tried only when the
# end of the line has a colon).
CREDIT_GLUED = re.compile(
    rf"\s(?=(?-i:[{CAPS}Α-ΩΆ-Ώ]))(?:{CREDIT_LABEL})\s*:\s*(?P<glued>[^:()|]{{1,60}})$", re.IGNORECASE
)
# A credit in any language: one label word, its mark, then people (an agency after a slash or in parentheses):
# "Фота: Ганна Шаўчук", "Argazkia: Ane Larrañaga / EAA", "ფოტო — ნინო წიკლაური/ქართლინფო"; or an agency's capitals and
# a slash: "ANTARA FOTO/Budi Lestari".
CREDIT_LINE = re.compile(
    rf"^(?:{LETTER}{{2,20}}\.?\s*(?:[{LABEL_MARKS}]|\s[–—])"
    rf"|(?-i:[{CAPS}]{{2,}}(?:\s[{CAPS}]{{2,}})?)\s*/)"
    rf"\s*(?P<names>[^:()/|]{{3,80}})(?:/[^/|]{{2,40}}|\([^()]{{2,40}}\))?$"
)
CREDIT_MARK = re.compile(rf"[{LABEL_MARKS}/–—]")  # what a credit's label ends with, or an agency's slash
# A gallery's picture number after a caption, in any language: "… – bilde 1 av 6", "… · foto 3/12".
GALLERY_TAIL = re.compile(
    rf"\s[–—·|-]\s+{LETTER}{{2,12}}\s+(?P<n>\d{{1,3}})\s*(?:/|{LETTER}{{1,3}})\s*(?P<of>\d{{1,3}})$"
)
# Where a caption's credit stands: in parentheses at its end, after its last stop (not in parentheses there, which
# the first reads: "… banyumya. (Ekif: Godfrey Kizza)"), after a bar or a slash.
CAPTION_TAIL = re.compile(
    r"(?:\((?P<paren>[^()]{3,90})\)|(?<=[.!?…])\s+(?P<stop>[^.!?()]{3,90})|\s+[|/]\s+(?P<bar>[^|]{3,90}))$"
)
# A ticker item: a name, then figures ("Brent 86,41 $", "EUR/USD 1,0831"); a line of them has a price or a change.
TICKER_NAME = re.compile(r"^[^\W\d_][^\d]*\d")
TICKER_FIGURE = re.compile(r"[%$€£¥₽₴₺]|[+−-]\d|\d[.,]\d")
MAX_TICKER_ITEM_WORDS = 8
MAX_STRIP_CHARS = 200  # a ticker's or a status strip's length at most
# "About Acme", "Über Acme", "O Acme", "О компании Acme", "Acme Hakkında": a press release's company heading.
COMPANY_NAME = rf"(?-i:[{CAPS}\d][\w&.'’-]*(?:\s+[{CAPS}\d&][\w&.'’-]*){{0,4}})"
ABOUT_HEADING = re.compile(
    r"^(?:about|über|à propos d[e']|acerca de|sobre|informazioni su|over|om|o|о компании|о|про компанію|про)\s+"
    rf"(?:(?:the|a|o|la|le|el|die|der|das|de|het|il)\s+|l')?(?P<name>{COMPANY_NAME})$"
    rf"|^(?P<name2>{COMPANY_NAME})\s+hakkında$",
    re.IGNORECASE,
)
COMPANY = re.compile(rf"(?<!\w)(?:{COMPANY_WORD})(?!\w)", re.IGNORECASE)
INFO_OR_ADDRESS = re.compile(rf"(?<!\w)(?:{MORE_INFO})(?!\w)|www\.|https?://|@", re.IGNORECASE)
MAX_CAPTION_WORDS = 40
# A caption's archive or stock picture credit, no name given: after a mark ("… — File photo", "… (Foto: archief)", "…
# Фото из архива" after a stop), or in one word after a space ("… Archivfoto")
STOCK_PHOTO_TAIL = re.compile(
    rf"(?:(?:\s+[–—|·-]|[.,;]|\s*[(（])\s*(?:{STOCK_PHOTO})|\s+(?:{STOCK_PHOTO_WORD}))\s*[)）]?\.?$", re.IGNORECASE
)
STOCK_PHOTO_GATE = SearchGate(STOCK_PHOTO_TAIL)
CREDIT_TAIL_CHARS = 110
CREDIT_TAIL_GATE = SearchGate(CREDIT_TAIL)  # most short lines hold no credit's label: not searched for one
# Numbers in a market ticker row above a headline ("FTSE 100 8,164.12 +0.4% · GBP/USD 1.2714 · Brent $86.41").
# A site name after a page title: "Headline | Daily Courier", "Headline — InfoPortal".
DOTS = "·•∙⋅‧・"  # the middle dots that part a line's fields
BYLINE_FIELD_MARKS = f" ,|-–—{DOTS}"  # what parts a byline's names from a field after them
SITE_DOMAIN = re.compile(r"^[^\W_][\w-]*(?:\.[\w-]+)*\.[a-z]{2,4}$")
TITLE_PART = re.compile(rf"\s+(?:[|–—{DOTS}/»-]|::)\s+")  # between a headline and its site's name
MAX_SITE_WORDS = 5
MAX_SITE_TITLE_CHARS = 300  # a page title with its site's name: a first line longer is text
SITE_CREDITS = ("byline", "footer")  # lines that name the site as a credit: "A for Outlet", "© 2025 Outlet"
# a Chinese or Japanese page title may glue the site's name on with "_" or a full-width bar: "标题_新浪新闻",
# "見出し｜NHK"
SITE_SUFFIX = re.compile(
    rf"^(?P<head>.+?)(?:\s+(?P<sep>[|–—»{DOTS}-]|::)\s+|(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])\s*[_｜]\s*)"
    rf"(?P<site>[^|–—»{DOTS}_｜-]{{2,40}})$"
)
MENU_SEP = re.compile(rf"\s+(?:[{MENU_MARKS}/\\\\]|>{{1,2}}|::)\s+|\s*[{MENU_MARKS}]\s*")
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 3
# (also a date right after the names, "Anna Virtanen 25.11.2026", and "on" in more languages: "dne", "dňa", "pe",
# "στις", "на", Danish "d.")
COUNT_SPLIT = re.compile(r",?\s+(?=\d)")  # where a count may follow a date without a field's separator
COMMENT_LINK_TAIL = re.compile(
    rf"\s+(?:(?:[|{DOTS}–—/]|--?)\s+)?(?:{LEAVE_A_COMMENT}|(?:\d+|no|keine)\s+(?:{COMMENTS_HEADER})|(?:{COMMENTS_HEADER})\s*\(\d+\))$",
    re.IGNORECASE,
)
SPACED_HYPHEN = re.compile(r"\s+-\s+")
TAGS_FIELD = re.compile(rf"(?<!\w)(?:{TAG_LABEL})\s*[:：]", re.IGNORECASE)
LEADING_FIELD_MARK = re.compile(rf"^[/|{DOTS}]\s+")
YEAR_THEN_WORD = re.compile(r"(?<=\d{4})\s+(?=[^\W\d_])")
TRAILING_COUNT = re.compile(r"\s+\d{1,5}$")  # a blog theme's comment count after the names: "… Luis Holuch 6"
FIELD_SEP = re.compile(rf"\s+(?:[|{DOTS}–—/]|//)\s+|\s*\|\s*")  # between a dateline's fields
# between a headline and a date field beside it
TITLE_DATE_SEP = re.compile(rf"{FIELD_SEP.pattern}|{SPACED_HYPHEN.pattern}")
BRACKETED_DATE = re.compile(r"[\[(](?P<date>[^\])]{6,40})[\])]\s*")  # "[05.03.2024] Headline"
DOT_FIELDS = re.compile(rf"\s+[{DOTS}]\s+")  # a dot between spaces parts fields; no headline has one
DATE_FIELDS = re.compile(rf"{FIELD_SEP.pattern}|{SPACED_HYPHEN.pattern}|,\s+")  # a dateline's fields, commas too
SENTENCE_FIELDS = re.compile(rf"{DATE_FIELDS.pattern}|\.\s+")  # a dateline's fields glued to a sentence, full stops too
MAX_GLUED_FIELDS = 4
BYLINE_DATE_SEP = re.compile(  # each separator that opens with spaces starts where they start (see NAME_SPLIT)
    rf"(?<!\s)\s*[|{DOTS}]\s*|,\s+(?=\d)|(?<!\s)\s+(?:[–—/-]|//)\s+|(?<!\s)\s+(?=\d)"
    r"|(?<!\s)\s+(?:on|am|le|el|il|em|op|den|dnia|dne|dňa|pe|στις|на|d\.)\s+(?=\S)"
    rf"|(?<!\s)\s+(?=[{CAPS}])(?=(?i:{DATE_LABEL})\s*:?\s+\S)"  # a capitalized date's label: "A Last updated Nov 8"
)
TEASER_BULLET = re.compile(r"^\s*(?:[•·▪►»>*-]|\d+[.)])\s*")
MAX_REPEATED_WORDS = 12
# A story line: long enough to be a sentence of its text rather than a site's label or menu item (`curation.repeated`
# tells copies of a story by them).
STORY_LINE_WORDS = 12
MIN_STORY_LINES = 3  # fewer story lines: too little text to tell a copy, the document counts as its own story
# letters of scripts written without spaces between words: Han, kana, Thai, Lao, Tibetan, Myanmar, Khmer
HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Chinese and Japanese: no space between words
UNSPACED = re.compile(f"[{HAN_KANA}\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff]")  # nor Thai's, Khmer's …
HAN_KANA_LETTER = re.compile(f"[{HAN_KANA}]")
MIN_TAIL_TEASERS = 2
TAG_LIST = re.compile(r"^[^\W\d][\w'’ -]{0,30}\s?:\s*[^.!?:]{1,40}(?:,\s*[^.!?:,]{1,40}){1,12}$")
DATE_LABEL_LINE = re.compile(rf"^\s*{DATE_LABEL}\s*:?\s*", re.IGNORECASE)
TRAILING_DATE_LABEL = re.compile(rf"\s+{DATE_LABEL}\s*:?$", re.IGNORECASE)
# A picture's credit after a byline's names ends them: "von Alexander Karper Foto: © GEPA" (with a date after it, the
# byline's fields are read as fields: "Teksti: A · Fotografitë: B – 26.12.2021"); a bar or slash may part them ("Text: A
# / Photos: B"). The line's last field: no date after it.
NAMES_END = re.compile(rf"\s*[/|·;.]?\s+(?:{CREDIT_LABEL})(?:\s*[:©]|\s+by\s)(?=\D*$)", re.IGNORECASE)
# A second credit in a sentence of its own after the names: "By A. Additional reporting by B", "Von A. Mitarbeit von B"
CREDIT_SENTENCE = re.compile(r"[.;]\s+(?:[^\W\d_]+\s+){1,2}(?:by|von|por|par|door)\s", re.IGNORECASE)
# Names a spaced slash parts: co-authors ("By A / B") or, when the next is no known person, a place or an outlet
SPACED_SLASH = re.compile(r"\s+/\s+")
MIN_UNLISTED_DATE_WORD = 5  # letters of a month's or a weekday's name from a language DATE_LANGS does not list
TWO_DIGIT_PIVOT = 70  # "19.10.19" is 2019, "03.05.98" 1998
# A month's name between the day and a two-digit year, one separator on both sides: "03.Mär.19", "03-MAR-19"
WRITTEN_SHORT_YEAR = re.compile(
    r"(?P<d>\d{1,2})(?P<s>[.-])(?P<m>[^\W\d_]{3,9})(?P=s)(?P<y>\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
NUMERIC_DATE = re.compile(
    # with a space after the dots in Czech, Slovak, Hungarian, Croatian … forms: "18. 2. 2020", "2024. 11. 27."
    r"(?:(?P<y>\d{4})(?:[-/]|\.\s?)(?P<m>\d{1,2})(?:[-/]|\.\s?)(?P<d>\d{1,2})"
    r"|(?P<d2>\d{1,2})(?:[/-]|\.\s?)(?P<m2>\d{1,2})(?:[/-]|\.\s?)(?P<y2>\d{4})"
    # a two-digit year: two digits each, one kind of separator, nothing more of a number around: "19.10.19",
    # "30/10/23", "05-03-24" (not "3.10.12" or "10.12.13.1", versions)
    r"|(?<![\d.-])(?P<d3>\d{2})(?P<s3>[./-])(?P<m3>\d{2})(?P=s3)(?P<y3>\d{2})(?!\d|[.-]\d))"
    # a time, with the fraction and zone of ISO timestamps: "2022-07-21T16:19:00Z", "…T07:10:00+02:00"
    r"(?:,?\s*(?:[T ]|,)?\s*\d{1,2}[:.hu]\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
CLOCK_ZONE = r"uhr|uur|h|utc|gmt|cet|cest|msk|мск|eet|eest|trt|wet|west|bst|et|est|edt|ct|cst|cdt|pt|pst|pdt"
ZONE_WORDS = frozenset(CLOCK_ZONE.split("|"))
# a clock in a time zone of the United States, in capitals ("10:15 AM EST", "5:19pm ET"): not the French "et"
US_CLOCK_ZONE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?[ECMP][SD]?T(?!\w)")
CLOCK = re.compile(  # "11:13 PM ET", "09:54 Uhr", "20:50 мск", "10時30分", Québec's "10 h 37", Flemish "07u50"
    rf"\b\d{{1,2}}(?:[:.]|\s?h\s?|u)\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?\s?m\b\.?)?(?:\s*(?:{CLOCK_ZONE})\b)?"
    r"|\b\d{1,2}[時时시]\s?\d{1,2}[分분]"
    r"|\b\d{1,2}\s?Uhr\b",  # a whole hour in German: "11. November 2021, 18 Uhr"
    re.IGNORECASE,
)
# a small lowercase word between a date and the names that end the line: "… 2024 by Jane Smith", "… 2024 por Ana Pérez",
# after the clock's zone or half of the day too ("02.02.2022, 11:30 Uhr von Jane Smith", "… 11:30 am by Jane Smith")
DATE_THEN_NAMES = re.compile(
    rf"(?<=\d)(?:\s*(?:[ap]\.?m\.?|{CLOCK_ZONE})(?!\w)){{0,2}}\s+(?P<word>{LETTER}{{2,7}})\s+(?={LETTER})",
    re.IGNORECASE,
)
WORD_OR_NUMBER = re.compile(r"[^\W_]+(?:[^\s\w]*[^\W_]+)*")  # "2", "episode", "Wydanie", "n.º", "1.2K"; not "·"
LETTER_WORD = re.compile(r"[^\W\d_]+")  # a run of letters: "Outubro", "de"; not "2024"
HANDLE = re.compile(r"\s+@\w+(?=\s|$)")  # a social network's handle after a name: "Jane Smith @janesmith"
# a clock alone, with a colon ("9.05" alone may be a price or a score) and an optional zone: "14:37", "13:37 PHT"
# Inside a date, a short word right before its clock time is that language's "at" ("26 Meitheamh 2021 ag 11:42").
DATE_CLOCK = re.compile(rf"(?:(?<!\S){LETTER}{{1,4}}\.?\s+)?{CLOCK.pattern}", re.IGNORECASE)
BUDDHIST_ERA = 543
DAY_BY_MONTH = re.compile(r"d\??m|m\??d")  # a date's shape ("y?dm"): the day next to its month, or a connector apart
CLOCK_LINE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?", re.IGNORECASE)
LABEL_COLON = re.compile(rf"^(?:{LETTER}+\s+){{3,5}}{LETTER}+\s*:")  # four to six words, then a colon
# a dot between Thai letters: an abbreviation's ("มี.ค.", March; "พ.ศ.", the Buddhist era), which dateparser's locale
# data writes without its dots ("มีค")
THAI = "\u0e01-\u0e4e"  # the Thai script's letters and signs
THAI_LETTERS = re.compile(f"[{THAI}]")
THAI_CENTURY = 2500  # of the Buddhist era: a Thai date's two-digit year ("25 ส.ค. 67") is 2567, 2024 in the common era
THAI_DOTS = re.compile(rf"(?<=[{THAI}])\.(?=[{THAI}])")
YEAR_MARK = re.compile(r"(?<=\d{4})[ءم](?!\w)")  # the era's letter glued to a year: Urdu "2025ء", Arabic "2024م"
MAX_RELATIVE_CHARS = 60
CJK_WEEKDAY_LETTERS = "月火水木金土日월화수목금토일"  # Japanese, then Korean
COUNT = re.compile(r"\d+(?:[.,]\d+)?")
DIGIT = re.compile(r"\d")
CLOCK_DIGITS = re.compile(r"\d[:.]\d\d")  # where a clock may stand, and so its morning or afternoon word
DAY_WORD_PARTS = re.compile(r"[\s,،|·•–—:()-]+")
RELATIVE_LEFTOVER = re.compile(r"[\\()\[\]?*+|{}^$]")  # a pattern's sign left after its count and options: not literal
CJK_WEEKDAYS = frozenset(CJK_WEEKDAY_LETTERS)  # one letter each, too short for the calendar table
FULL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a clock with its seconds, all after dots (Danish, Indonesian, Finnish: "10.15.00"), shaped like "19.10.19"
DOTTED_CLOCK = re.compile(r"(?<![\d.])\d{1,2}\.\d{2}\.\d{2}(?![\d.])")
# Unicode's direction marks: what a browser's date formatting puts between an Arabic date's numbers ("05‏/03‏/2024")
BIDI_MARKS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
MONTHS = re.split(r"\s+", "january february march april may june july august september october november december")
# Solar Hijri years from 1300 (1921) to 1420 (2041): a year of the lunar Hijri calendar, which Arabic sites print
# beside the common era's, is 1441 or later for any date since 2019, and is not read as a solar one.
SOLAR_HIJRI_YEARS = range(1300, 1421)
PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ك": "ک", "\u200c": " "})
SOLAR_MONTH_NUMBERS = {
    name: number
    for months in SOLAR_HIJRI_MONTHS
    for number, names in enumerate(months.split(), 1)
    for name in names.split("|")
}
SOLAR_MONTH = re.compile(  # a month's name as a whole word, in either spelling of "ی" and "ک"
    rf"(?<!\w)(?:{'|'.join(sorted(SOLAR_MONTH_NUMBERS, key=len, reverse=True))})(?!\w)".translate(
        str.maketrans({"ی": "[یي]", "ک": "[کك]"})
    )
)
DATE_TOKEN = re.compile(rf"\d+|{LETTER}+")
# Vietnamese names months by their number: "ngày 25 tháng 11 năm 2026" is read as 25.11.2026.
VIETNAMESE_DATE = re.compile(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})", re.IGNORECASE)
# Chinese, Japanese and Korean number the year, month and day: "2026年11月25日", "2026년 11월 25일".
CJK_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]?")
# A Chinese or Japanese dateline glued to the first sentence: the paper or agency, the place, the date and "电"/"讯"
# (filed), maybe the reporter ("本报上海2021年3月24日讯", "新华社北京3月24日电（记者 张三）"); a place and a date in
# brackets ("（名古屋・2025年3月24日）").
CJK_GLUED_DATELINE = re.compile(
    r"^\s*(?:(?:本报|本報|新华社|新華社|中新社|中新网|中新網)?[\u4e00-\u9fff]{0,6}?"
    r"(?P<date>(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)(?:电|電|讯|訊|消息)(?:[（(](?:记者|記者)[^）)]{1,30}[）)])?"
    r"|[（(【][^（）()【】・、,，]{1,12}[・、,，]\s*(?P<date2>[^（）()【】]{6,30})[）)】])\s*"
)
# A Chinese, Japanese or Korean name: two to five Han letters (kana too, "佐藤さくら", not the "・" between
# names), or two to four Hangul syllables.
CJK_NAME = (  # not the "reporter" after the names ("글 김철수 기자")
    rf"(?!(?:{CJK_REPORTER})(?![\u4e00-\u9fff\uac00-\ud7a3]))"
    r"(?:[\u4e00-\u9fff\u3040-\u30fa\u30fc-\u30ff々]{2,5}|[\uac00-\ud7a3]{2,4})"
)
# what parts two names: "陈志强、张晓明", "加藤彩・小林真理子", "조지훈·이성민"
CJK_NAME_SEP = r"\s*[、・･·,，/／]\s*|\s+"
CJK_NAMES = rf"{CJK_NAME}(?:(?:{CJK_NAME_SEP}){CJK_NAME})*"
CJK_OUTLET = r"[\[(（【][^\])）】]{1,30}[\])）】]"
CJK_OUTLET_NAME = r"[\u4e00-\u9fff]{1,4}(?:网|網|社|报|報|台)"  # "央广网", "新华社", "人民日报": an outlet's name
CJK_BYLINE = re.compile(
    # the label, maybe after its outlet ("央广网记者 赵诗雨", a reporter of CNR), then a colon, a slash or a bar
    rf"^(?:{CJK_OUTLET_NAME})?(?:(?:{CJK_BYLINE_LABEL})(?:\s*[・･·/／]\s*(?:{CJK_BYLINE_LABEL}))*\s*[：:／/・｜|]\s*"
    rf"|(?:{CJK_BYLINE_LABEL})\s+)"
    rf"(?P<names>{CJK_NAMES})(?:\s*(?:{CJK_REPORTER}))?(?P<rest>.*)$"
    rf"|^(?:{CJK_OUTLET}\s*)?(?P<names2>{CJK_NAMES})\s*(?:{CJK_REPORTER})(?P<rest2>.*)$"
)
# A header line's labelled fields ("来源：新华网", "作者：张伟", "编辑：李明"): the space before each label parts them,
# the label's colon says where a field starts; a reporter's label needs none ("来源：新华网 记者 张伟")
CJK_FIELD = re.compile(rf"{LETTER}{{1,6}}\s*[：:]\s*\S.{{0,30}}")
CJK_FIELD_SPLIT = re.compile(rf"\s+(?={LETTER}{{1,6}}\s*[：:]|(?:{CJK_BYLINE_LABEL})\s)|\s*[|｜]\s*")
# The outlet in brackets before a Korean byline ("[Daily Courier] 홍길동 기자", "[서울=뉴시스] 홍길동 기자"), and
# glued to the first sentence with "=" after the reporter ("(서울=연합뉴스) 홍길동 기자 = 본문").
# A byline glued before the first sentence by a dash or a bar: "By Jane Smith — The council voted …", "JANE SMITH,
# Staff Writer — The council …"; the credit and its mark, up to the text
GLUED_BYLINE = re.compile(r"^(?P<credit>[^—–|]{4,100}?)\s+[—–|]\s+(?=\S)")
GLUED_TEXT_WORDS = 12  # the text after a glued byline: a paragraph's sentence, not a role or an outlet
INITIALS_AFTER = re.compile(r"\s*\([^\W\d_]{1,4}\)$")  # a writer's initials after the name: "Jane Smith (js)"
CJK_GLUED_BYLINE = re.compile(rf"^\s*{CJK_OUTLET}\s*(?P<names>{CJK_NAMES})\s*(?:{CJK_REPORTER})\s*=\s*(?=\S)")
# Degrees and a bar's titles after a name, in capitals as written: "Róisín O'Sullivan BL", "Lukas Pichler, LL.M."
POST_NOMINALS = re.compile(r"(?:,?\s+(?:BL|SC|QC|KC|LL\.\s?[MB]\.|LLM|LLB|Ph\.\s?D\.|PhD|MBA|MSc|M\.Sc\.|M\.D\.))+$")
CJK_UNLABELLED_NAMES = re.compile(
    rf"(?:(?:{CJK_BYLINE_LABEL})\s*[：:／/・]\s*|(?:{CJK_ROLE_BEFORE})\s*)?"  # "文：", "弁護士 "
    rf"(?P<names>{CJK_NAMES})(?:\s*[（(][^）)]{{1,12}}[）)])?"  # "（司法担当）": a role after
)
MIN_LONE_CJK_NAME = 3
MAX_LONE_CJK_NAME = 5
CJK_PLACE_ENDS = tuple("都道府県市区町村省")  # "大阪府", "北京市": a place, no name
KATAKANA_WORD = re.compile(r"[\u30a0-\u30ff]+")  # a loanword ("スポーツ"), not a name
# outlets and desks: "新华网", "共同社", "人民日报", "编辑部", "国际新闻"
CJK_OUTLET_ENDS = tuple("网網社报報台局部闻聞道版")
MAX_POST_NOMINALS_CHARS = 40
MAIL = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # an e-mail address beside a byline's names
# Japan's era years: 令和 began in 2019 (its first year is 元年), 平成 in 1989, 昭和 in 1926.
JAPANESE_ERA = re.compile(r"(令和|平成|昭和)\s*(\d{1,2}|元)\s*年")
ERA_START = {"令和": 2019, "平成": 1989, "昭和": 1926}
MAX_CJK_DATELINE = 40
# What may stand around a CJK date in a dateline: a label ended by its colon ("发布日期：", "公開日：", "게시일:"),
# the weekday ("星期六", "（火）", "(월)", "火曜日"), the clock ("17时04分", "11時50分", "오후 8:38", "18:23").
CJK_DATE_LABEL = re.compile(rf"^{LETTER}{{1,8}}\s*[：:]\s*")
CJK_AROUND = re.compile(
    rf"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|[（(]\s*[{CJK_WEEKDAY_LETTERS}](?:曜日?|요일)?\s*[)）]"
    r"|[月火水木金土日]曜日?|[월화수목금토일]요일|(?:上午|下午|午前|午後|오전|오후)"
    r"|\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?|\d{1,2}\s*[时時시]\s*(?:\d{1,2}\s*[分분])?"
    r"|[\s·・|｜/／,，、.。\-–—()（）\[\]【】]"
    r"|更新|修正|修改|수정|업데이트"  # the time it was updated, beside the date: "22時04分（23時04分更新）"
    r"|기사입력|입력|등록|승인|발행|게재|작성|공개|发布|發布|公開"  # a label with no colon: "등록 2022년 7월 19일(화)"
)
# "21:01 EAT", "03:40 PM IST", Sky News's "15:45, UK", "10:30 [IST]"
ZONE_CAPITALS = re.compile(r"(\d[:.hu]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)(?:,?\s+[A-Z]{2,5}\b|\s+\[[A-Z]{2,5}\b\]?)")
ZONE_OFFSET = re.compile(  # "(GMT+7)", "UTC+02:00"; after a clock, "10:30:00 +0000", an RSS feed's date
    r"\(?\b(?:gmt|utc)\s*[+−-]\s*\d{1,2}(?::?\d{2})?\)?|(?<=\d:\d\d)\s*[+−-]\d{2}:?\d{2}(?!\d)", re.IGNORECASE
)
ROLE = re.compile(rf"(?<!\w)(?:{BYLINE_ROLE})(?!\w)", re.IGNORECASE)
MODIFIED_ROLE = re.compile(rf"(?:(?:{ROLE_MODIFIERS})\s+){{0,2}}(?:{BYLINE_ROLE})", re.IGNORECASE)
# the role between a byline's label and its names: "By [our political] editor A B", "Door onze redacteur A B"
ROLE_BEFORE_NAMES = re.compile(rf"^(?:(?:{OUR})\s+(?:{LETTER}+\s+){{0,2}}?)?(?:{BYLINE_ROLE})\s+", re.IGNORECASE)
OUTLET = re.compile(rf"(?<!\w)(?:{OUTLET_WORDS})(?!\w)", re.IGNORECASE)
ORGANISATION = re.compile(rf"(?<!\w)(?:{ORGANISATION_WORDS})(?!\w)", re.IGNORECASE)
# One word with a capital inside ("NovaPress", "InfoPortal"): a brand, not a person's name (but "McDonald",
# "DiMaggio", "LeBlanc", "MacLeod" are names).
LOWER = "a-zß-öø-ÿа-яёїієґα-ωάέήίόύώϊϋΐΰ"
ABOUT_AUTHOR_LINE = re.compile(rf"\s*(?:{ABOUT_AUTHOR})\s*:?\s*", re.IGNORECASE)
ACADEMIC_TITLE = re.compile(r"[A-Z][a-z]{0,4}\.")  # "Dr.", "Prof.", "Mag."
ABOUT_AUTHOR_INLINE = re.compile(rf"(?:{ABOUT_AUTHOR})\s*[:：–—]\s*(?=\S)", re.IGNORECASE)  # its paragraph after it
MAX_FIELD_LABEL_WORDS = 3  # "Laporan wartawan InfoPortal,": a label and an outlet before the names
MAX_LOWER_TAIL_WORDS = 2  # "tổng hợp" (compiled by), "skrifar" (writes) after a byline's names
MAX_ROLE_WORDS = 6  # ", chuyên gia tài chính cá nhân": a role after a byline's names
MAX_BIO_WORDS = 60  # an author box's paragraph: a sentence or two
# one or two words and a colon before a field's value ("Muhabir: ", "Yarış raporu: ")
FIELD_LABEL = re.compile(rf"^{LETTER}+(?:\s+{LETTER}+)?\s*:\s+")
CREDIT = re.compile(rf"(?:{CREDIT_LABEL})\b", re.IGNORECASE)
LOWER_ROLE = re.compile(rf",\s+[{LOWER}].*$")  # a role after a comma, in lowercase: ", giornalista RP"
BRAND = re.compile(rf"^(?!(?:Mc|Mac|Di|De|Da|Du|Le|La|Van|Von|Fitz)[{CAPS}])[{CAPS}][{LOWER}]+[{CAPS}][\w-]*$")
BRAND_WORD = re.compile(rf"^[{CAPS}][{LOWER}]{{3,}}[{CAPS}]")  # "InfoPortal", "NovaPress": a word before the capital
MAX_LINK_WORDS = 15
# How long ago, beside a date ("Published 3 hours ago on March 3, 2021", "il y a 3 heures · 3 mars 2021"): set aside
# before the date is read, as "ago" is August in Italian and Spanish once a day and month are skipped as a label
RELATIVE_TIME = re.compile(
    rf"(?<!\w)(?:(?:{AGO_BEFORE_FAST})\s+\d+\s+[^\W\d]{{1,12}}\.?(?:\s+(?:{AGO_AFTER_FAST}))?"
    rf"|\d+\s+[^\W\d]{{1,12}}\.?\s+(?:{AGO_AFTER_FAST})|\d+\s+(?:{AGO_UNIT}))(?!\w)",
    re.IGNORECASE,
)
INNER_STOP = re.compile(r"\.\s+\S")  # a full stop inside a line: two sentences
MAX_KNOWN_BYLINE_CHARS = 100
CAPITALIZED_PAIR = re.compile(rf"[{CAPS}][{LOWER}]+\s+[{CAPS}]")  # "Radu Ionescu": what a Latin-script name needs
# "NguSipho Mbatha", "Ibhalwe nguSipho Qoboshiyane": the particle parted from the capitalized name it is glued to
GLUED_PREFIX = re.compile(rf"^((?:{LETTER}+\s+){{0,2}}(?i:{GLUED_BYLINE_PREFIX}))(?=[{CAPS}][{LOWER}])")
# "for"/"für"/"pour" … before an outlet: "Story by A for The Observer Group"
# lowercase: "Per" is a name; "specially for" too ("A, специально для Global Times Online")
OUTLET_FOR = re.compile(
    r"(?:(?:specially|especially|exclusively|speziell|exklusiv|spécialement|exclusivement|especialmente|"
    r"exclusivamente|speciaal|exclusief|specjalnie|специально|спеціально|эксклюзивно)\s+)?"
    r"(?:for|für|pour|para|per|voor|dla|för|для|için)\s+(?=\S)"
)
ROLE_SEP = re.compile(
    # the preposition in title case too, as some sites write a whole byline: "By A And B For The Mail On Sunday"
    # (not "Per" or "Para": given names)
    rf"\s*[|/{DOTS}]\s*|\s+[–—-]\s+|,\s+|\s*;\s*|\s+(?:for|für|pour|para|per|voor|dla|för|для|için|For|Für|Pour|Voor|"
    # Greek "for" with its article ("για το Daily Courier")
    r"για\s+(?:το|την|τη|τον))\s+"
    # and an outlet's article in lowercase: "A for the Daily Courier", "A für die Zeit", "A pour le Monde"
    r"(?:(?:the|der|die|das|le|la|les|el|il|lo)\s+)?(?=[A-ZÀ-ÖØ-ÞА-ЯЁЇІЄҐ])"
)
WORD_SEP = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*")  # ROLE_SEP's preposition, and its article
_AGENCY = rf"(?:(?:{AGENCY_NOUN})\s+)?(?:{NEWS_AGENCY}|{WIRE_AGENCY})"
AGENCY_CREDIT = re.compile(rf"^\(?(?:the\s+)?{_AGENCY}(?:\s*[/,]\s*{_AGENCY}){{0,3}}\)?$", re.IGNORECASE)
STAFF = re.compile(rf"(?<!\w)(?:{STAFF_WORD})(?!\w)", re.IGNORECASE)
# "A and agencies", "A avec AFP", "La rédaction avec AFP": A's, the desk's
STAFF_AFTER = re.compile(
    rf"\s+(?:(?:{AUTHOR_JOINERS})\s+(?:{STAFF_WORD})|(?:{AGENCY_WITH})\s+(?:l[’']|the\s+)?"
    rf"{_AGENCY}(?:\s*(?:[,/]|\s(?:{AUTHOR_JOINERS}))\s*{_AGENCY})*)$",
    re.IGNORECASE,
)
REVIEWED = re.compile(REVIEWED_LEAD, re.IGNORECASE)
NOT_WRITER = re.compile(rf"(?:{NOT_WRITER_LEAD})(?!\w)", re.IGNORECASE)
ROMAN_MONTH = re.compile(r"[ivx]+", re.IGNORECASE)
# A month's name two languages share for different months, and the month of the one that writes the day with an
# ordinal dot: Croatian "17. listopada" is October, Polish "17 listopada" November (Czech "listopadu" is its own word).
ORDINAL_DAY_MONTHS = {"listopad": 10, "listopada": 10}
YEAR_WORD_END = re.compile(r"\d{4}\s*[^\W\d_]{1,2}\.$")  # "2025 r.", "2025 г.", "2025 m.": the year's abbreviation
MAX_STAFF_WORDS = 6
MAX_CREDIT_FIELD_WORDS = 12  # a credit's field after a byline: "Fotos: Jane Smith / Agentur für Bildjournalismus"
MAX_STAFF_CHARS = 120
# A place after a byline's names, with its preposition: "in London", "À BRUXELLES", "do Rio", "de Brasília".
PLACE = re.compile(rf"^(?i:{PLACE_PREP})\s+[{CAPS}][\w'’.-]*(?:[ -][{CAPS}][\w'’.-]*){{0,2}}$")
# Not lowercase "a" before two capitalized words: Czech and Slovak join names with it ("Tomáš Černý a Lukáš Novák"),
# while "a Milano" stays a place.
TRAILING_PLACE = re.compile(
    rf"\s+(?i:{PLACE_PREP_INSIDE})(?<!\sa)\s+[{CAPS}][\w'’.-]*(?:[ -][{CAPS}][\w'’.-]*){{0,2}}$"
    rf"|\s+a\s+[{CAPS}][\w'’.-]*$"
)
TRAILING_CLOCK = re.compile(rf"\s+(?:at|um|à|a las|alle|om|kl\.?|o)\s+{CLOCK.pattern}\s*$", re.IGNORECASE)
PARENTHESES = re.compile(r"\([^()]*\)")  # a parenthesis's words, an agency's in a dateline: "3 March 2024 (AP)"
ROLE_PAREN = re.compile(r"^(?P<names>.*?)\s*\((?P<role>[^()]{1,40})\)\s*$")
REVISION = re.compile(rf"(?<!\w)(?:{REVISION_STAMP})\s*:?\s*", re.IGNORECASE)
UPDATED_LINE = re.compile(rf"^\s*{UPDATED_LABEL}\b", re.IGNORECASE)
UPDATED_SPLIT = re.compile(rf"\s*[|·•,/–—-]?\s*(?<!\w)(?={UPDATED_LABEL}(?!\w))", re.IGNORECASE)
MAX_BARE_NAMES = 4
MAX_SECTION_WORDS = 4  # a dateline's section after its date
MAX_HANDLE_WORDS = 3  # a user handle or a blog's name after "by": "gizzmo", "Das Mitternachtskabinett"
MAX_ZONE_WORDS = 4  # "па мінскім часе", "(heure de Paris)": whose time a dateline's clock gives
NAME_SUFFIXES = (" Jr.", " Sr.")  # a name's own stop, kept: "Perry Bacon Jr."
# a preposition's letters in a script without case ("في", "من", "از", "سے"): the stop lists also hold frequent given
# names, which are longer
MAX_BOUND_WORD_CHARS = 2
BOUND_AND = ("و", "ו")  # Arabic and Hebrew "and", written onto the word it joins
PERSIAN_LETTERS_ONLY = frozenset("پچژگکی")  # letters of Persian and Urdu that Arabic does not write
MAX_JOINER_CHARS = 4  # "in", "un", "და", "және": the small word that joins two full names
JOINER = re.compile(rf"(?:{AUTHOR_JOINERS})", re.IGNORECASE)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]+")
NON_WORDS = re.compile(r"[\W_]+")
_TRAILING = r"[ \t\u00a0\u3000\x00-\x08\x0b\x0e-\x1f\x7f]"
# Tried only where a run of spaces starts: searched from every space of a long inner run, it took quadratic time.
TRAILING_SPACE = re.compile(rf"(?<!{_TRAILING}){_TRAILING}++$")
LEADING_SPACE = re.compile(r"^[\s\x00-\x08\x0b\x0e-\x1f\x7f]+")


@dataclass
class Cleaned:
    removed: list[Span]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None


@dataclass
class _Line:
    start: int
    end: int  # exclusive, without the newline
    text: str  # without control characters: the line as it reads once cleaned
    raw: str  # the source line, for offsets
    reason: str | None = None
    score: float | None = None  # the content model's probability that the line is article text
    body_start: bool = False  # the header read the body as starting here: the model leaves it
    blank: bool = field(init=False)  # asked of every line by every step: read once

    def __post_init__(self) -> None:
        self.blank = not self.text.strip()


def line_key(line: str) -> str:
    """Normalized line fingerprint: what CCNet-style repetition counting compares."""
    folded = unicodedata.normalize("NFKC", line).casefold()
    folded = re.sub(r"[\W\d_]+", " ", folded).strip()
    return hashlib.blake2b(folded.encode(), digest_size=8).hexdigest() if folded else ""


def site_part_keys(first: str) -> set[str]:
    """The `line_key`s of the first and last parts of a document's first line when marks split it ("Headline |
    Daily Courier", "InfoPortal Zimbabwe – Headline"): a page title's site name, which the corpus counts as it counts
    lines, so that a part that stories of many sites' pages share names the site (`_without_named_site`)."""
    parts = TITLE_PART.split(first.strip()) if len(first) <= MAX_SITE_TITLE_CHARS else []
    edges = (parts[0], parts[-1]) if len(parts) > 1 else ()
    return {key for part in edges if len(part.split()) <= MAX_SITE_WORDS and (key := line_key(part))}


def line_keys(text: str) -> set[str]:
    """Distinct fingerprints of a document's non-blank lines, for corpus-wide counting."""
    return {key for line in text.split("\n") if (key := line_key(line))}


def _fold(text: str) -> str:
    """A text's words, compared without case, marks or width. Kept for lines of a page's length: the header
    steps fold every line, and a site's menus recur on each of its pages."""
    return _kept_fold(text) if len(text) <= MAX_KEPT_LINE else _fold_of(text)


def _fold_of(text: str) -> str:
    return NON_WORDS.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


_kept_fold = lru_cache(maxsize=1 << 14)(_fold_of)


def _full_year(two_digits: int) -> int:
    """A two-digit year's century: "19" is 2019, "98" 1998."""
    return two_digits + (2000 if two_digits < TWO_DIGIT_PIVOT else 1900)


@lru_cache(maxsize=4096)
def _parse_date_body(body: str) -> str | None:
    if "’" in body or "'" in body:
        body = SHORT_YEAR_MARK.sub(lambda m: str(_full_year(int(m[1]))), body)
    numeric = NUMERIC_DATE.fullmatch(body)
    if numeric:
        day, month, year = (
            int(numeric.group(g) or numeric.group(g + "2") or numeric.group(g + "3")) for g in ("d", "m", "y")
        )
        if numeric.group("y3"):
            year = _full_year(year)
        if month > 12 >= day:  # 03/21/2024: month first
            day, month = month, day
        if year in SOLAR_HIJRI_YEARS:  # "۱۴۰۲/۰۹/۱۴" on an Iranian site
            return _solar_hijri(year, month, day)
        try:
            year = _common_era(year)
            return date(year, month, day).isoformat() if 1900 <= year <= 2100 else None
        except ValueError:
            return None
    if (short := WRITTEN_SHORT_YEAR.fullmatch(body)) and (month := _calendar_words()[0].get(_fold_word(short["m"]))):
        year = _full_year(int(short["y"]))
        try:
            return date(year, month, int(short["d"])).isoformat()
        except ValueError:
            return None
    return _written_date(body)


def _relative_time(stripped: str) -> bool:
    """A line that is only a relative time, in any language of dateparser's locale data ("3 órával ezelőtt", "fa 3
    hores", "25 நிமிடங்களுக்கு முன்", "3小时前"), maybe after a one-word label ("Frissítve: 3 órája"): a header's or a
    teaser's date, which says nothing of the day. The lexicon's `dateline` patterns read the languages written here."""
    if len(stripped) > MAX_RELATIVE_CHARS or not DIGIT.search(stripped):
        return False
    shape = " ".join(COUNT.sub("#", stripped.casefold()).split())
    phrases = _relative_phrases()
    return shape in phrases or shape.partition(" ")[2] in phrases


def _day_word_clock(stripped: str) -> bool:
    """A line that is only today or yesterday and a clock, in any language of dateparser's locale data ("Heute, 10:15
    Uhr", "Yesterday at 6:30 PM", "I dag 10:15", "昨天 18:30"): a header's or a teaser's time, which names no day
    either. Small words around ("at", "um", "alle") are the date's fillers."""
    if len(stripped) > MAX_RELATIVE_CHARS or not CLOCK.search(stripped):
        return False
    days = _day_words()
    stripped = BIDI_MARKS.sub("", stripped)
    for line in (stripped, _meridiem_pattern().sub(r"\1 ", stripped)):  # Hungarian "Ma 10:15": today, not "a.m."
        key = _day_key(CLOCK.sub(" ", line))
        if key and (key in days or " ".join(w for w in key.split() if w not in DATE_FILLERS) in days):
            return True
    return False


def _day_key(text: str) -> str:
    """A day's words as `_day_words` keeps them: casefolded, one apostrophe, parted by a space."""
    return " ".join(part for part in DAY_WORD_PARTS.split(text.casefold().replace("’", "'")) if part)


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    """Today and yesterday in every language of dateparser's locale data, casefolded, their parts joined by a space."""
    return frozenset(
        _day_key(word)
        for _, info in _locales()
        for key in ("0 day ago", "1 day ago")
        for word in (info.get("relative-type") or {}).get(key, [])
    )


@lru_cache(maxsize=1)
def _relative_phrases() -> frozenset[str]:
    """dateparser's phrases for a time ago, each count written "#": its patterns are literal but for the count, an
    optional space before a unit ("vor 3h") and an optional plural ("3 decades ago"). Not those that open with a
    minus ("−3 d", Swedish): a figure's sign elsewhere."""
    count = r"(\d++[.,]?\d*+)"
    phrases: set[str] = set()
    for _, info in _locales():
        for key, patterns in (info.get("relative-type-regex") or {}).items():
            if not key.endswith(" ago"):
                continue
            for pattern in patterns:
                shape = pattern.replace(count, "#")
                if shape[:1] in "−–-":
                    continue
                forms = [shape]
                for optional, written in ((r"\s*", ("", " ")), ("s?", ("", "s"))):
                    forms = [f.replace(optional, w, 1) for f in forms for w in written] if optional in shape else forms
                phrases.update(" ".join(f.split()) for f in forms if not RELATIVE_LEFTOVER.search(f))
    return frozenset(phrases)


@lru_cache(maxsize=1)
def _meridiem_pattern() -> re.Pattern[str]:
    """A clock's morning or afternoon word in any language of dateparser's locale data, beside the clock ("10:15:00
    π.μ.", "10:15 p.d.", "10:15 ص", "오후 3:15", "上午10:15"): group 1 is the clock it stands after, if it does."""
    words = {w.casefold() for _, info in _locales() for key in ("am", "pm") for w in info.get(key, [])}
    # a short word's letters may each take a dot: "πμ" is written "π.μ.", "pd" "p.d."
    spelled = [
        r"\.?\s?".join(map(re.escape, w)) + r"\.?" if len(w) <= 3 else re.escape(w)
        for w in sorted(words, key=len, reverse=True)
    ]
    words_pattern = "|".join(spelled)
    return re.compile(
        rf"(\d[:.]\d\d(?:[:.]\d\d)?)\s*(?:{words_pattern})(?!\w)|(?<!\w)(?:{words_pattern})\s*(?=\d{{1,2}}[:.]\d\d)",
        re.IGNORECASE,
    )


def _calendar_words() -> tuple[dict[str, int], frozenset[str]]:
    """Month names (lowercase, with their abbreviations) and weekday names in every language, from
    dateparser's locale data: a table lookup instead of a full parse, which costs milliseconds."""
    months, weekdays, _ = _calendar_tables()
    return months, weekdays


def _weekday_numbers() -> dict[str, frozenset[int]]:
    """Each weekday's name or abbreviation in the locale data and the days it may be, Monday 0: "mar" is Tuesday in
    Spanish and French ("martes", "mardi")."""
    return _calendar_tables()[2]


@lru_cache(maxsize=1)
def _calendar_tables() -> tuple[dict[str, int], frozenset[str], dict[str, frozenset[int]]]:
    """The month table, the weekday names, and the weekday names' days, from one pass over the locale data."""
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    numbers: dict[str, set[int]] = {}
    for lang, info in _locales():
        # not Hungarian "I", "V", "X" (a pronoun, a preposition, a letter); and from a language no one listed, no
        # abbreviation in an alphabet many languages share: Jola-Fonyi's November "no" would read "Ref. no. 6/2020" as
        # a date. A script of its own is no such risk, and its vowel signs make short names long ("जुलै", July)
        listed = lang in DATE_LANGS
        for number, name in enumerate(MONTHS, 1):
            for word in info.get(name, []):
                if _calendar_word_kept(word, listed or lang in DATE_MONTH_LANGS, month=True):
                    months.setdefault(_fold_word(word), number)
        for number, name in enumerate(days):
            for word in info.get(name, []):
                if _calendar_word_kept(word, listed):
                    weekdays.add(_fold_word(word))
                    numbers.setdefault(_fold_word(word), set()).add(number)
    for number, words in enumerate(MONTH_EXTRAS, 1):
        for word in words.split():
            months.setdefault(_fold_word(word), number)
    weekdays.update(_fold_word(word) for word in WEEKDAY_EXTRAS)
    for word, number in list(months.items()):  # "unora", "sambata", "ΜΑΪΟΥ": dates typed without accents
        months.setdefault(plain(word), number)
    weekdays.update(plain(w) for w in list(weekdays))
    return months, frozenset(weekdays), {word: frozenset(found) for word, found in numbers.items()}


def _calendar_word_kept(word: str, listed: bool, month: bool = False) -> bool:
    """Whether a month's or a weekday's name goes into the calendar table (see `_calendar_words`)."""
    shared = any(c <= "\u024f" or "\u0370" <= c <= "\u052f" for c in word if c.isalpha())  # Latin, Greek, Cyrillic
    if shared and not listed:
        return len(word) >= MIN_UNLISTED_DATE_WORD
    # a month's two letters in a shared alphabet are a common word elsewhere: Turkish "Ka", "Te", "Ha" (Kasım, Temmuz,
    # Haziran) made "ka la 25 Phupu 2016" (Sesotho) a November date; a Roman numeral ("15 IX 2020") stays
    if month and shared and len(word) < 3 and not ROMAN_MONTH.fullmatch(word):
        return False
    return len(word) >= 2


WORD_JOINS = re.compile(r"[\s'’-]+")  # what parts the words of a month's name: "meán fómhair", "whiringa-ā-nuku"


@lru_cache(maxsize=1)
def _month_phrases() -> tuple[frozenset[str], re.Pattern[str], dict[str, int]]:
    """Month names of several words in dateparser's locale data ("аравдугаар сар", "10-р сар", "bisha koobaad", "meán
    fómhair", "تشرینی دووەم"): their first words, one pattern for them all (longest first, a case ending allowed on
    the last word: "аравдугаар сарын"), and each one's month."""
    phrases: dict[str, int] = {}
    for _lang, info in _locales():
        for number, name in enumerate(MONTHS, 1):
            for words in info.get(name, []):
                if len(folded := _fold_word(words).split()) > 1:
                    phrases.setdefault(" ".join(WORD_JOINS.split(" ".join(folded))), number)
    for number, words in enumerate(MONTH_EXTRAS, 1):  # "whiringa-ā-nuku", "n’wendzamhala": a hyphen or an apostrophe
        for word in words.split():
            if len(parts := WORD_JOINS.split(_fold_word(word))) > 1:
                phrases.setdefault(" ".join(parts), number)
    ordered = sorted(phrases, key=len, reverse=True)
    joins = WORD_JOINS.pattern
    pattern = re.compile(r"(?<!\w)(" + "|".join(joins.join(map(re.escape, p.split())) for p in ordered) + r")\w*")
    return frozenset(p.split()[0] for p in phrases), pattern, phrases


def _one_word_months(folded: str) -> str:
    """A folded date with each month name of several words written as the English one, which the table knows."""
    firsts, pattern, phrases = _month_phrases()
    if firsts.isdisjoint(WORD_JOINS.split(folded)):
        return folded
    return pattern.sub(lambda m: f" {MONTHS[phrases[' '.join(WORD_JOINS.split(m.group(1)))] - 1]} ", folded)


def _locales() -> Iterator[tuple[str, dict[str, Any]]]:
    """Each language of `_date_languages` with dateparser's locale data for it."""
    import importlib

    for lang in _date_languages():
        yield lang, importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info


def _date_languages() -> list[str]:
    """DATE_LANGS first (where two languages give one word different months, the first wins), then every other
    language dateparser has locale data for: a date in a language no one here listed is still a date."""
    import dateparser.data.date_translation_data as locales

    others = sorted(m.name for m in pkgutil.iter_modules(locales.__path__) if "-" not in m.name)
    return [*DATE_LANGS, *(lang for lang in others if lang not in DATE_LANGS)]


def _calendar_token(token: str, months: dict[str, int], weekdays: frozenset[str]) -> str:
    """A date's word as the calendar table knows it: as written, else without its accents ("ΜΑΪΟΥ", "unora")."""
    if token in months or token in weekdays:
        return token
    unmarked = plain(token)
    return unmarked if unmarked in months or unmarked in weekdays else token


def _fold_word(word: str) -> str:
    """A word casefolded and recomposed: "Μαΐου".casefold() splits the ΐ, and a lone accent ends a token."""
    return unicodedata.normalize("NFC", word.casefold()).rstrip(".")


def _written_date(body: str) -> str | None:
    """A date written with a month name in any language: day, month and year, in any order,
    with only weekdays, a clock time and filler words ("de", "г.") around them."""
    if SOLAR_MONTH.search(body) and (iso := _solar_hijri_date(body)):
        return iso
    months, weekdays = _calendar_words()
    body = ZONE_OFFSET.sub(" ", CJK_DATE.sub(r"\3.\2.\1", VIETNAMESE_DATE.sub(r"\1.\2.\3", body)))
    body = YEAR_MARK.sub("", ZONE_CAPITALS.sub(r"\1", body))
    if CLOCK_DIGITS.search(body):
        body = _meridiem_pattern().sub(r"\1 ", body)
    if "." in body:
        body = THAI_DOTS.sub("", body)
    clock = DOTTED_CLOCK.search(body)
    if clock and FULL_YEAR.search(rest := body[: clock.start()] + " " + body[clock.end() :]):
        body = rest  # "5. mar. 2024 10.15.00": with the year written, "10.15.00" is the clock, not 10 December 2000
    numeric = NUMERIC_DATE.search(body)
    if numeric:  # "le 18.03.2020", "Mi., 06.03.2024": a numeric date among filler words
        around = _fold_word(body[: numeric.start()] + " " + body[numeric.end() :])
        rest = DATE_TOKEN.findall(DATE_CLOCK.sub(" ", around))
        # "2024-09-05 15:04 CEST"; a Japanese or Korean weekday's one letter: "2024/3/5(火)", "2024.03.05 (화)"
        if all(t in weekdays or t in DATE_FILLERS or t in ZONE_WORDS or t in CJK_WEEKDAYS for t in rest):
            return _parse_date_body(numeric.group(0))
        return None
    day = month = year = None
    tokens = DATE_TOKEN.findall(DATE_CLOCK.sub(" ", _one_word_months(unicodedata.normalize("NFC", body.casefold()))))
    tokens = [_calendar_token(t, months, weekdays) for t in tokens]
    named = [t for t in tokens if t in months]
    if len(named) > 1:  # "13 Kas 2022 Paz", "Mar 21 oct 2025": a weekday that is a month's abbreviation elsewhere
        named = [t for t in named if t not in weekdays]
    order: list[str] = []  # the date's parts in their order, and "?" for a word no list knows
    for token in tokens:
        if token[0].isdigit():
            if not token.isdecimal():  # any script's digits: "३ मार्च २०२४"
                return None
            number = int(token)
            if len(token) == 4 and year is None and 1900 <= _common_era(number) <= 2100:
                year = _common_era(number)
                order.append("y")
            elif len(token) <= 2 and day is None and 1 <= number <= 31:
                day = number
                order.append("d")
            elif len(token) == 2 and year is None and order[-1:] == ["m"] and THAI_LETTERS.search(body):
                year = _common_era(THAI_CENTURY + number)  # "25 ส.ค. 67": the Buddhist era's year 2567, in two digits
                order.append("y")
            else:
                return None
        elif token in named and month is None:
            month = months[token]
            if token in ORDINAL_DAY_MONTHS and re.search(rf"\d\.\s*{token}", body, re.IGNORECASE):
                month = ORDINAL_DAY_MONTHS[token]  # "17. listopada 2017." (Croatian): October, not Polish November
            order.append("m")
        elif token not in weekdays and token not in DATE_FILLERS:
            order.append("?")
    if day is None or month is None or year is None:
        return None
    # one word no list knows is the date's own connector ("2018 жылғы 27 қаңтар", "27 ng Setyembre 2015") between its
    # parts, with the day beside its month: elsewhere it is text, or the day a count ("september 2024 – lestími 11")
    shape = "".join(order)
    if "?" in shape and not (shape.count("?") == 1 and "?" in shape[1:-1] and DAY_BY_MONTH.search(shape)):
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _solar_hijri_date(body: str) -> str | None:
    """A date of the Solar Hijri calendar ("سه‌شنبه ۱۴ آذر ۱۴۰۲ - ۱۲:۳۴", "۱۴ قوس ۱۴۰۲"), in the common era: a day, a
    month's name and a year of SOLAR_HIJRI_YEARS, with only a weekday, a clock time and filler words around them."""
    _, weekdays = _calendar_words()
    day = month = year = None
    for token in DATE_TOKEN.findall(DATE_CLOCK.sub(" ", body.translate(PERSIAN_LETTERS))):
        if token.isdecimal() and len(token) == 4 and year is None and int(token) in SOLAR_HIJRI_YEARS:
            year = int(token)
        elif token.isdecimal() and len(token) <= 2 and day is None and 1 <= int(token) <= 31:
            day = int(token)
        elif token in SOLAR_MONTH_NUMBERS and month is None:
            month = SOLAR_MONTH_NUMBERS[token]
        elif token not in SOLAR_HIJRI_FILLERS and _fold_word(token) not in weekdays:
            return None
    return None if day is None or month is None or year is None else _solar_hijri(year, month, day)


def _solar_hijri(year: int, month: int, day: int) -> str | None:
    """The common era's ISO date of a Solar Hijri day, None for a day its month does not have."""
    if not (1 <= month <= 12 and 1 <= day <= persian.month_length(year, month)):
        return None
    return date(*persian.to_gregorian(year, month, day)).isoformat()


def _common_era(year: int) -> int:
    """A year of the Buddhist era (Thai dates: "18/11/2560", "18 พฤศจิกายน 2558") in the common era: 543 years
    earlier. No common-era year of 1900-2100 falls in its range."""
    return year - BUDDHIST_ERA if 1900 + BUDDHIST_ERA <= year <= 2100 + BUDDHIST_ERA else year


def _cjk_byline(stripped: str, unlabelled: bool = True) -> tuple[list[str], str | None] | None:
    """A Chinese, Japanese or Korean byline: a label before the names ("作者：刘建国", "文／陈志强、张晓明",
    "取材・文／山本拓也", "记者 张子涵", "（文・清水美穂）") or "reporter" after them ("조지훈·이성민 기자"),
    then maybe an e-mail address and a date after a separator ("· 2023.12.18", "— 2018年11月27日（火）").
    These scripts mark no name with a capital: the label is the sign, or a date beside the names
    (`_cjk_names_by_date`)."""
    bracketed = stripped[:1] in "（(" and stripped[-1:] in "）)"
    if bracketed:
        stripped = stripped[1:-1]  # "（文・清水美穂、石川亮）": a credit in brackets under the text
    found = CJK_BYLINE.match(stripped)
    if found is None and unlabelled and bracketed and _lone_cjk_name(stripped):
        return [stripped], None  # "（田中太郎）" under a Japanese headline: its reporter (not "（共同）", an agency)
    if found is None:
        return _cjk_labelled_field(stripped) or (_cjk_names_by_date(stripped) if unlabelled else None)
    names = found["names"] or found["names2"]
    rest = MAIL.sub("", found["rest"] if found["names"] else found["rest2"]).strip()
    published = None
    if rest:
        published = _line_date(rest.lstrip(" ·・|｜—–-,，"))
        if published is None:
            return None
    return re.split(CJK_NAME_SEP, names), published


def _lone_cjk_name(text: str) -> bool:
    """One Chinese or Japanese name of three to five letters (`_cjk_person`), no place's ending ("大阪府")."""
    return (
        MIN_LONE_CJK_NAME <= len(text) <= MAX_LONE_CJK_NAME
        and bool(HAN_KANA_LETTER.fullmatch(text[0]))
        and CJK_UNLABELLED_NAMES.fullmatch(text) is not None
        and _cjk_person(text)
        and not text.endswith(CJK_PLACE_ENDS)
    )


def _cjk_labelled_field(stripped: str) -> tuple[list[str], str | None] | None:
    """A labelled Chinese, Japanese or Korean byline among a header line's other fields, which are labelled too or
    a date ("2024-03-05 10:00 来源：新华网 作者：张伟 编辑：李明"): a news site's source line, the names' field in any
    place."""
    if len(stripped) > MAX_DATELINE_CHARS:
        return None
    fields = [f for f in CJK_FIELD_SPLIT.split(stripped) if f.strip()]
    if len(fields) < 2:
        return None
    bylines = [found for f in fields if (found := CJK_BYLINE.fullmatch(f.strip())) and found["names"]]
    if len(bylines) != 1:
        return None
    rest = bylines[0]["rest"].strip()  # the date after the names: "来源：新华网 记者 张伟 2024-03-05"
    dated = [f for f in fields if not CJK_FIELD.fullmatch(f.strip()) and not CJK_BYLINE.fullmatch(f.strip())]
    dated += [rest] if rest else []
    published = _line_date(dated[0]) if len(dated) == 1 else None
    if dated and published is None:
        return None
    return re.split(CJK_NAME_SEP, bylines[0]["names"]), published


def _marked_byline(text: str) -> tuple[list[str], str | None] | None:
    """A byline that a label or a reporter's word marks, in any script ("By Jane Smith", "记者 张子涵", "서주원 기자"),
    not one read from its names' shape alone."""
    return _byline(text) or _cjk_byline(text, unlabelled=False)


def _cjk_names_by_date(stripped: str) -> tuple[list[str], str | None] | None:
    """Chinese or Japanese names without a label, in a field beside the date ("木村千尋 · 2016.12.19",
    "2018年2月23日 | 前田真由美（司法担当）", "2019年2月23日 · 弁護士 清水悠斗", or labelled after the date).
    A section's name is as short ("社会 · 2024年5月21日"), so a lone name needs three letters, and none is
    a word in katakana or an outlet's ("新华网", "共同社")."""
    if len(stripped) > MAX_DATELINE_CHARS:
        return None  # by length first: FIELD_SEP's split of a long run of spaces takes quadratic time
    fields = [f.strip() for f in FIELD_SEP.split(stripped) if f.strip()]
    if len(fields) != 2:
        return None
    return _cjk_names_beside(*fields) or _cjk_names_beside(*fields[::-1])


def _cjk_names_beside(names: str, dated: str) -> tuple[list[str], str | None] | None:
    """A name field and a date field of a Chinese, Japanese or Korean byline, on one line or two."""
    found = CJK_UNLABELLED_NAMES.fullmatch(names)
    if found is None or not (iso := _line_date(dated)):
        return None
    people = re.split(CJK_NAME_SEP, found["names"])
    if (len(people) > 1 or len(people[0]) >= MIN_LONE_CJK_NAME) and all(map(_cjk_person, people)):
        return people, iso
    return None


def _cjk_person(name: str) -> bool:
    """A Chinese or Japanese name's shape: no word in katakana, no outlet's ending ("スポーツ", "共同社")."""
    return not (KATAKANA_WORD.fullmatch(name) or name.endswith(CJK_OUTLET_ENDS))


def _cjk_date(text: str) -> str | None:
    """A Chinese, Japanese or Korean dateline: the year, month and day (a Japanese era's year too) with only a label,
    the weekday and the clock around them; no space needs to part them, as these scripts write none."""
    text = JAPANESE_ERA.sub(lambda m: f"{ERA_START[m[1]] + (0 if m[2] == '元' else int(m[2]) - 1)}年", text.strip())
    found = CJK_DATE.search(text)
    if found is None or len(text) > MAX_CJK_DATELINE:
        return None
    before = CJK_DATE_LABEL.sub("", text[: found.start()])
    if CJK_AROUND.sub("", before + " " + text[found.end() :]):
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3])).isoformat()
    except ValueError:
        return None


MAX_DATE_LINE_CHARS = 200  # a date with its labels, its clock, its zone and how long ago
# A day with a small word glued before it, as Bantu languages write "on the 24th": Shona "musi wa24 Chikumi 2019"
GLUED_DAY = re.compile(r"(?<!\S)(?-i:[a-z]{1,3})-?(\d{1,2})(?=\s+[^\W\d_])")
GLUED_YEAR = re.compile(rf"({FULL_YEAR.pattern})(?=[^\W\d_])")  # "2019July": a theme's two dates, no space between
SHORT_YEAR_MARK = re.compile(r"(?<=\s)['’‘](\d{2})(?!\w)")  # a year's two digits after an apostrophe: "14 Feb ’20"
# A one-digit day or month with a two-digit year, dots between ("2.11.22", "Kultur, 2.11.22, 18:56"), as German and
# Austrian sites write it: a date only when it is a field's whole body, since inside a line it is a version ("3.10.12")
DOTTED_SHORT_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})(?=$|,?\s+\d{1,2}[:.]\d{2})")


def parse_date(text: str) -> str | None:
    """ISO date of a short line that is only a date, after an optional label of up to 3 words."""
    if len(text) > MAX_DATE_LINE_CHARS:
        return None  # a paragraph: and each full-width label's colon would be stripped by a call of its own
    if ("年" in text or "년" in text) and (iso := _cjk_date(text)):
        return iso
    if "：" in text and (label := CJK_DATE_LABEL.match(text)) and (iso := parse_date(text[label.end() :])):
        return iso  # a full-width colon after the label: "发布时间：2021-04-24 15:16", "公開日：2018/06/14 22:10"
    text = BIDI_MARKS.sub("", text)
    relative = RELATIVE_TIME.search(text)
    if relative is not None and (iso := parse_date(text[: relative.start()] + " " + text[relative.end() :])):
        return iso  # "12 March 2024 (3 hours ago)": the date, and how long ago (not "2024 (3 … ago[sto])")
    body = GLUED_DAY.sub(r"\1", DATE_LABEL_LINE.sub("", text)).strip(" |–—-:,()[]")
    if (short := DOTTED_SHORT_DATE.match(body)) and (
        iso := _parse_date_body(f"{int(short[1]):02d}.{int(short[2]):02d}.{short[3]}{body[short.end() :]}")
    ):
        return iso
    words = body.split()
    if not body or len(body) > 70 or len(words) > 12 or not any(c.isdigit() for c in body):
        return None
    if len(FULL_YEAR.findall(body)) == 2 and (iso := _date_pair(body)):
        return iso
    for skip in range(min(4, len(words))):
        if skip and any(c.isdigit() for c in words[skip - 1]):
            break  # a label has no digits: skipping "11" of "11 novembre 2021 à 18 h" read the hour as the day
        candidate = " ".join(words[skip:]).strip(" |–—-:,()[]")
        if not any(c.isdigit() for c in candidate):
            return None
        if iso := _parse_date_body(candidate):
            numeric = NUMERIC_DATE.search(candidate)
            if numeric is None:
                return iso
            return _by_weekday(_by_zone(iso, numeric, text), words[:skip] + candidate[: numeric.start()].split())
    label = LABEL_COLON.match(body)  # a longer label, ended by its colon: "پہلی بار شائع ہوا: 25 دسمبر 2017ء"
    return _parse_date_body(body[label.end() :].strip()) if label else None


def _date_pair(body: str) -> str | None:
    """Two dates side by side, as a blog theme prints the published and the modified one ("July 28, 2019July 30,
    2019", "28. Juli 2019 28. Juli 2019"): the earlier, since an update never precedes publication. Read whole, the
    pair gave the later date or none."""
    words = GLUED_YEAR.sub(r"\1 ", body).split()
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        if (
            len(FULL_YEAR.findall(first)) == 1
            and (early := _parse_date_body(first))
            and (late := _parse_date_body(second))
        ):
            return min(early, late)
    return None


def _by_zone(iso: str, numeric: re.Match[str], text: str) -> str:
    """A numeric date whose day and month may be read either way, written with a slash or a dash and a clock in a
    time zone of the United States ("03/05/2024 10:15 AM EST"): month first, as the United States writes it."""
    separator = numeric["s3"] or (numeric.string[numeric.end("d2")] if numeric["d2"] else None)
    day = date.fromisoformat(iso)
    if separator not in ("/", "-") or day.day > 12 or day.day == day.month or not US_CLOCK_ZONE.search(text):
        return iso
    return date(day.year, day.day, day.month).isoformat()


def _by_weekday(iso: str, before: list[str]) -> str:
    """A numeric date whose day and month may be read either way ("Tue, 03/05/2024"): the reading whose weekday the
    words before it name (5 March 2024 was a Tuesday, 3 May a Friday), else the day first, as most of the world
    writes it."""
    named = set().union(*(_weekday_numbers().get(_fold_word(word.strip(",")), ()) for word in before))
    day = date.fromisoformat(iso)
    if not named or day.weekday() in named or day.day > 12:
        return iso
    try:
        swapped = date(day.year, day.day, day.month)
    except ValueError:
        return iso
    return swapped.isoformat() if swapped.weekday() in named else iso


def _name_token(token: str, labelled: bool = False) -> bool:
    """A capitalized word, or a word of a script without case (Arabic, CJK ...). Georgian's Mkhedruli letters are
    lowercase to Unicode, and the script writes names without capitals: there a word is a name only where a label,
    a role or a date says that names stand ("ტექსტი: ლევან გელაშვილი"), as every word of a headline would be one."""
    token = GLUED_PARTICLE.sub("", token)  # "al-Hassan", "el-Sisi", "d'Alessandro"
    return bool(NAME_TOKEN.match(token)) and (not token[0].islower() or (labelled and "\u10d0" <= token[0] <= "\u10ff"))


def _has_word(text: str) -> bool:
    """A word of three letters, or of two with a small letter ("Li"), or a word spaced out letter by letter ("F r a n
    k"): what a name or a headline has and a row of share buttons ("f  WA  𝕏", "⎙  TG  ✉") has not."""
    tokens = text.split()
    for token in tokens:
        letters = [c for c in token if c.isalpha()]
        if len(letters) >= 3 or (len(letters) == 2 and (any(c.islower() for c in letters) or _caseless(token))):
            return True  # two letters of a script without case are a word: "独自", "정치" (exclusive, politics)
    return len(tokens) >= 3 and all(len(t) == 1 and t.isalpha() for t in tokens)


def _without_stop(names: str) -> str:
    """A byline's names without the full stop that ends its line, but the one of a suffix ("Perry Bacon Jr.")."""
    names = names.strip()
    return names if names.endswith(NAME_SUFFIXES) else names.rstrip(".")


def parse_authors(names: str, labelled: bool = False) -> list[str]:
    """Names from a byline's tail; stops at the first part that reads like a description."""
    authors: list[str] = []
    for part in _name_parts(_without_stop(names), labelled):
        part = part.strip(" \u00a0|")
        tokens = part.split()
        if not tokens:
            continue
        if authors and tokens[0].lower() in NAME_PARTICLES:
            break  # "A, Den Haag", "A, de Brasília": a place after the names, not a name
        if len(tokens) > 1 and tokens[0].lower().rstrip(",!") in GREETINGS:
            break  # "Willkommen Gast": a welcome
        shouted = len(list(itertools.takewhile(_shouted, tokens)))
        outlet = tokens[shouted:]
        if labelled and shouted >= 2 and outlet and all(_name_token(t) and not t.isupper() for t in outlet):
            authors.append(" ".join(tokens[:shouted]))  # "JOHN DOE Associated Press": names in capitals, an outlet
            break
        if (
            1 <= len(tokens) <= 5
            and all(_name_token(t, labelled) or t.lower() in NAME_PARTICLES for t in tokens)
            and (_has_word(part) or (labelled and _caseless(part)))  # after a label, "નિશા શાહ": two letters a word
        ):
            authors.append(part)
        else:
            break
    if len(authors) > 1 and len(authors[0].split()) > 1 and len(authors[-1].split()) == 1:
        authors.pop()  # "Camila Méndez en Territorio": full names, then one word, a section after a small word
    return authors


def _shouted(token: str) -> bool:
    """A word in capitals, not an initial ("J.")."""
    return token.isupper() and sum(c.isalpha() for c in token) > 1


def _name_parts(names: str, labelled: bool = False) -> list[str]:
    """A byline's names split at commas and joiners, the known ones and the small words between full names."""
    return [p for whole in NAME_SPLIT.split(names) for p in _joined_names(whole, labelled) if p.strip()]


def _bound_and(tokens: list[str]) -> list[str] | None:
    """Full names in Arabic or Hebrew joined by the conjunction written onto the next ("إعداد: مريم الإدريسي
    وأمين بنعلي", "מאת ענבל אזולאי ומורן רוזנברג"): split before that word, each side of two words or more. Only
    after a byline's label: a name may start with the letter too ("وليد", "ורד")."""
    if any(letter in PERSIAN_LETTERS_ONLY for token in tokens for letter in token):
        return None  # Persian and Urdu write "و" apart, and a word may start with it ("ویدیو", video)
    for at in range(2, len(tokens) - 1):
        if tokens[at].startswith(BOUND_AND) and len(tokens[at]) > 2 and _caseless(tokens[at]):
            rest = [tokens[at][1:], *tokens[at + 1 :]]  # three names or more: "A وB وC"
            return [" ".join(tokens[:at]), *(_bound_and(rest) or [" ".join(rest)])]
    return None


def _joined_names(part: str, labelled: bool = False) -> list[str]:
    """Two full names joined by a small word of a language the vocabulary lacks ("Maja Mlakar in Tina Mlakar",
    "Andris Ozoliņš un Anna Bērziņa"): split when a known given name opens the second, or after a byline's label,
    which says that names follow ("Mwandishi: Zawadi Omondi na Hamisi Omondi"). Names alone on both sides, so
    "Anna Nowak in New York" stays one part, and a particle ("de", "van") is no joiner but where a language writes it
    for "and" (`PARTICLE_JOINERS`), before a second full name without particles."""
    tokens = part.split()
    if labelled and (bound := _bound_and(tokens)) is not None:
        return bound
    shouted = part.isupper()  # "PROSSY WALUSIMBI NE ANNET KAWOOYA": names and joiner in capitals
    for at in range(2, len(tokens) - 1):
        joiner = tokens[at].lower() if shouted else tokens[at]
        # lowercase, or in a script without case ("และ"); a particle ("de", "van") only where a language writes it
        # for "and" ("Ka Tumelo Pheko le Boitumelo Mosweu", Setswana)
        if not (
            joiner == joiner.lower()
            and len(joiner) <= MAX_JOINER_CHARS
            and (joiner not in NAME_PARTICLES or joiner in PARTICLE_JOINERS)
        ):
            continue
        left, right = tokens[:at], tokens[at + 1 :]
        if (
            2 <= len(right) <= 4
            and not any(t.lower() in NAME_PARTICLES for t in right)  # "Ludwig Mies van der Rohe": one name
            # letters and vowel signs ("आणि"), not "-ის", a Georgian case ending written apart
            and all(unicodedata.category(c)[0] in "LM" for c in joiner)
            and all(_name_token(t, labelled) for t in [*left, *right])
            # unlabelled, a known given name opens both: "Zu Besuch bei Véronique Lacaze" is a headline
            and (labelled or (person_name(" ".join(right)) and person_name(" ".join(left))))
        ):
            return [" ".join(left), " ".join(right)]
    return [part]


def _is_role(text: str) -> bool:
    """A role, a desk or an outlet: "Senior Correspondent", "قسم الاقتصاد" (the economy department), "dpa", "AFP/ots",
    "envoyé spécial à Kyiv", "The Guardian"."""
    text = text.strip()
    words = text.split()
    return 0 < len(words) <= 5 and (
        bool(ROLE.search(text) or STAFF.search(text))
        or (len(words) == 1 and text.isupper() and len(text) <= 6)
        or words[0] in OUTLET_ARTICLES
        or bool(OUTLET.search(text))  # "Daily Courier", "Global Times Online", "Copyright GmbH"
        or (len(words) == 1 and bool(BRAND.match(text)))  # "NovaPress"
        # "NovaPress Uganda": a brand, then where it publishes; not a name after an honorific ("VaJoseph Chigariro")
        or (len(words) == 2 and bool(BRAND.match(words[0])) and bool(BRAND_WORD.match(words[0])) and words[1].isalpha())
        or bool(PLACE.match(text))  # "do Rio", "À BRUXELLES": where the author writes from
    )


def _without_post_nominals(text: str) -> str:
    """The text without degrees and titles at its end, looked for in its last characters only: the pattern's search
    over a long run of spaces would take quadratic time."""
    return text[:-MAX_POST_NOMINALS_CHARS] + POST_NOMINALS.sub("", text[-MAX_POST_NOMINALS_CHARS:])


def strip_role(names: str) -> str:
    """The names of a byline tail without a role or outlet after them, nor a degree or a bar's title ("A BL",
    "A, LL.M.")."""
    names = STAFF_AFTER.sub("", _without_post_nominals(names.strip()))
    paren = ROLE_PAREN.match(names)
    if paren and paren.group("names") and _is_role(paren.group("role")):
        names = paren.group("names")
    for sep in ROLE_SEP.finditer(names):
        after = ROLE_SEP.split(names[sep.end() :], maxsplit=1)[0]
        if sep.start() and set(sep.group()) & set(f"|{DOTS}") and 0 < len(after.split()) <= 5:
            return names[: sep.start()]  # names are never listed between bars or dots: "A and B | Daily Courier"
        if sep.start() and "/" in sep.group() and len(after.split()) == 1:
            return names[: sep.start()]  # a one-word place or outlet after a slash: "A / Barcelona"
        if sep.start() and _is_role(after):
            return names[: sep.start()]
        outlet = names[sep.end() :].split()
        # after an article, an outlet's name in capitals: "für die Zeit", not "für die Frau in den besten Jahren"
        named = len(sep.group().split()) == 1 or all(word[:1].isupper() for word in outlet)
        if sep.start() and WORD_SEP.fullmatch(sep.group()) and 0 < len(outlet) <= 5 and named:
            return names[: sep.start()]  # "A for The Observer Group", "A dla Gazety Lokalnej": an outlet
        if sep.group().strip() == "," and _single_word_outlet(names[: sep.start()], names[sep.end() :]):
            return names[: sep.start()]
        rest = names[sep.end() :]  # "специально для X": the adverb before ROLE_SEP's preposition too
        if sep.group().strip() == "," and OUTLET_FOR.match(rest) and len(rest.split()) <= 7:
            return names[: sep.start()]  # "A, pour NovaPress", "A, for the Daily Courier"
        last = after.strip() and after == rest
        if sep.group().strip() == "," and last and after.split()[0].lower() in NAME_PARTICLES:
            return names[: sep.start()]  # a place opening with a particle, last: "A, Den Haag", "A, La Paz"
    return names


def _single_word_outlet(before: str, after: str) -> bool:
    """One capitalized word alone after full names and a comma, at the end: "By A and B, Bloomberg"."""
    words = after.strip().rstrip(".").split()
    names = [p for p in NAME_SPLIT.split(before.strip()) if p.strip()]
    return (
        len(words) == 1
        and _name_token(words[0])
        and bool(names)
        and all(len(p.split()) >= 2 for p in names)  # "Max, Eva und Jan": first names, no outlet
    )


def _split_lines(text: str) -> list[_Line]:
    """Lines with their source offsets, judged without their control characters (always removed),
    so that a line is read as it will be once cleaned."""
    lines, pos = [], 0
    controls = CONTROL.search(text) is not None  # most documents have none: no line need be rewritten
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), CONTROL.sub("", raw) if controls else raw, raw))
        pos += len(raw) + 1
    return lines


def _is_title_like(text: str) -> bool:
    stripped = text.strip()
    words = stripped.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and not stripped.rstrip(CLOSING_QUOTES).endswith(SENTENCE_END)  # "Opinion · «City voice»" ends no sentence
        and len(stripped) <= 250
        and not (len(words) > LONG_TITLE_WORDS and INNER_SENTENCE_END.search(ORDINAL.sub("", stripped)))
        and not LABELLED_COUNT.match(stripped)
        # a list of a post's categories, then its comment link: "Politics, Schools | Leave a comment"
        and not (("," in stripped or "|" in stripped) and COMMENT_LINK_TAIL.search(stripped))
    )


def clean_text(
    text: str,
    repeated: frozenset[str] = frozenset(),
    model: ContentModel | None = None,
    extract_model: ContentModel | None = None,
) -> Cleaned:
    """Find boilerplate spans and metadata in a decoded document.

    `repeated` holds `line_key`s seen in many documents of the corpus (see `curation.repeated`);
    such a line is removed only when it is short or has no sentence punctuation, so that an
    article paragraph shared by syndicated copies survives. `model` and `extract_model` are the shipped content
    models (whole pages, article extracts) unless training scores a candidate through the very cleaner it will run in.
    """
    lines, result, stops = tag_lines(text, repeated)
    model = model or load_model()
    rows = [i for i, line in enumerate(lines) if not line.blank]
    headed = _headed_extract(lines, rows)
    article = (headed and not _title_echoed(lines, rows)) or _opens_with_paragraph(lines, rows)
    page = not article and _content_model(lines, repeated, model, stops)
    dated_first = _dated_first(lines, rows)
    if page or _titled_dump(lines, rows):
        if not headed and not dated_first:
            _page_header(lines, rows, result, model.threshold, stops)
            if page and not (result.authors and result.published):
                _meta_over_body(lines, rows, result, stops)
        _whole_title(lines, rows, result)
    _tail_byline(lines, rows, result, page, stops)
    if page and result.published is None:
        result.published = _revision_date(lines, rows)
    if not page or dated_first:
        _first_line_title(lines, rows, result)
    if page:
        result.authors = [name for name in result.authors if not _outlet(name, lines[rows[0]].text)]
    result.authors = [name for name in result.authors if not _organisation(name)]
    if result.title is not None:
        result.title = _without_named_site(result.title, lines, repeated)
    # a label the vocabulary lacks, kept before a name; in a script without case, a phrase taken for one
    if any(len(name.split()) > 2 or _caseless(name) for name in result.authors):
        result.authors = [kept for name in result.authors if (kept := _without_small_word(name, stops()))]
    if not page:
        _extract_cuts(lines, repeated, extract_model or load_model(EXTRACT_MODEL_FILE), stops)
    result.removed = merge_spans([*result.removed, *_line_spans(lines, len(text))])
    return result


def _without_small_word(name: str, stops: frozenset[str]) -> str | None:
    """A name without a first word that the text writes in lowercase as one of its language's function words: a
    byline's label the vocabulary lacks ("Per Jordi Puig", "Nga Arta Hoxha", "Theo Thu Phương", "Gan Siân Davies").
    In a script without capitals, where no capital marks where the name starts, a label of two words with one of
    them ("به قلم علی تهرانی", "by the pen of"; "گزارش از رضا تهرانی", "report from"). None for a phrase in such a
    script with a function word after its label: no name has one."""
    words = name.split()
    caseless = _caseless(name)
    for cut in (2, 1) if caseless and len(words) > 3 else (1,):
        if len(words) - cut >= 2 and any(word.casefold() in stops for word in words[:cut]):
            words = words[cut:]
            break
    if caseless and any(len(word) <= MAX_BOUND_WORD_CHARS and word in stops for word in words):
        return None  # a phrase with a preposition inside or last ("تونس في", Tunis on): no name has one
    return " ".join(words)


def _line_rule(stripped: str) -> str | None:
    """The reason a rule gives a line on its own, or None. Kept for short lines seen before: a site's menus, share
    rows and footers recur on each of its pages, and the patterns are most of the rules' cost. Long lines are
    seldom seen twice, and kept they could fill memory (a 1 MB line, 65,536 times)."""
    return _kept_line_rule(stripped) if len(stripped) <= MAX_KEPT_LINE else _rule_of(stripped)


def _rule_of(stripped: str) -> str | None:
    verdict = (VERDICT if len(stripped.split()) <= SHORT_LINE_WORDS else LONG_LINE_VERDICT).match(stripped)
    if verdict:
        # "A and B | Reporter | 2021-11-14" is a byline, left to the header
        dated = verdict == "navigation" and (_ends_with_date(stripped) or _date_among_fields(stripped))
        return None if dated else verdict
    if (_is_menu(stripped) or _is_ticker(stripped)) and not (
        _line_date(stripped) or _date_among_fields(stripped) or _cjk_byline(stripped)  # "文：A・B・C", no menu
    ):
        # "Mar 3, 2024 · 4 min read · 1.2K views", "Jane Smith | 12 March 2024 | 4 min read" have a menu's bars and
        # figures: a dateline, with a whole date among its fields, which no menu has
        return "navigation"
    if _credit_caption(stripped):
        return "caption"
    if _relative_time(stripped) or _day_word_clock(stripped):
        return "dateline"
    if stripped.endswith(tuple(LINK_ARROWS)) and len(stripped.split()) <= MAX_LINK_WORDS:
        return "navigation"  # a link that points on: tested here, at the end, not by a pattern that scans the line
    return None


_kept_line_rule = lru_cache(maxsize=1 << 16)(_rule_of)


def tag_lines(text: str, repeated: frozenset[str] = frozenset()) -> tuple[list[_Line], Cleaned, StopWords]:
    """The rule taggers: each line with the reason a rule removes it for, or None; metadata; glued spans; and the
    document's stop words, for the steps after them."""
    lines = _split_lines(text)
    stops = StopWords([line.text for line in lines])
    result = Cleaned(removed=[])
    spans = result.removed
    for match in CONTROL.finditer(text):
        spans.append(Span(match.start(), match.end(), "control_char"))

    for line in lines:
        if line.blank:
            continue
        stripped = line.text.strip()
        line.reason = _line_rule(stripped)
        if line.reason is None and repeated and _repeatable(stripped) and line_key(line.text) in repeated:
            line.reason = "repeated_line"

    _ticker_rows(lines)
    _figure_strips(lines)
    _top_menu(lines)
    _share_column(lines)
    _press_tail(lines)
    _teasers(lines)
    _consent_blocks(lines)
    _comment_threads(lines)
    body_start = _header(lines, result, stops)
    if result.title is not None:
        below = _standfirst_below(lines, body_start)
        _meta_under_standfirst(lines, body_start, below, result)
        _byline_under_lede(lines, body_start, result, stops)
        if result.published is None:
            result.published = _date_under_title(lines, body_start, below)
    _title_echoes(lines, result.title)
    _byline_echoes(lines, body_start)
    _author_bio(lines, body_start, result, stops)
    _repeats_within(lines, body_start)
    _tail_teasers(lines, stops)
    while _repeated_tail(lines, repeated):  # what it removes may leave a tag list or teasers last: read them again
        _tail_teasers(lines, stops)
    if body_start is not None:
        lines[body_start].body_start = True
        glued = _glued_header(lines[body_start], result)
        if not glued and (glued := _glued_under_standfirst(lines, body_start, result)):
            _question_over_wire(lines, body_start, result)
        spans.extend(glued)
        for line in lines[body_start + 1 :]:
            if line.reason is None and not line.blank:
                line.reason = _body_rule(line.text.strip())
    return lines, result, stops


def _share_column(lines: Sequence[_Line]) -> None:
    """Share buttons one a line ("Share" / "Facebook" / "Twitter" / "Email"): two networks' names or more on lines in
    a row, no blank line between, with the buttons a rule knew. A network's name alone may head a paragraph about it."""
    for in_run, run in itertools.groupby(lines, key=lambda ln: _network_name(ln) or ln.reason == "share_widget"):
        items = list(run)
        if in_run and sum(map(_network_name, items)) >= MIN_SHARE_COLUMN:
            for item in items:
                item.reason = "share_widget"


def _network_name(line: _Line) -> bool:
    return len(line.text) <= MAX_SOCIAL_CHARS and SOCIAL_NAME.fullmatch(line.text.strip()) is not None


def _repeats_within(lines: Sequence[_Line], body_start: int | None) -> None:
    """A line without a sentence's end written twice or more in one article extract is a widget's ("Download the GPX
    track" under each stage, a fact box under each section, "View full screen" under each map), not its text: an
    article does not write the same heading or label twice, though a sentence may come back (a refrain, "Who's
    there?"). Not on whole pages, where a table of contents repeats the headings of the text below it and a review's
    verdict stands at its top and its foot. Only in the body: the headline again under it is the header's to read."""
    if body_start is None:
        return
    texts = [stripped for line in lines if (stripped := line.text.strip())]
    if len(set(texts)) == len(texts) or not _extract(lines):
        return  # no line twice: the common case, at the cost of a set
    counts = Counter(texts)
    for line in lines[body_start + 1 :]:
        stripped = line.text.strip()
        if (
            line.reason is None
            and counts[stripped] >= 2  # (blank lines are never counted)
            and not stripped.endswith(SENTENCE_END)
            and not stripped.isdigit()  # a number alone, a list's or a page's, is no widget's label
        ):
            line.reason = "repeated_in_document"


def _standfirst_below(lines: Sequence[_Line], body_start: int | None) -> int | None:
    """The index after the short lines under the text's first paragraph when that is one sentence, maybe a
    standfirst (which the header took for the text) over its byline and dateline; None when it is no such paragraph."""
    if body_start is None or INNER_END.search(lines[body_start].text):
        return None
    end = body_start + 1
    for i in range(end, min(len(lines), end + 2 * PAGE_HEADER_LINES)):
        if not lines[i].blank and len(lines[i].text.split()) > MAX_DATELINE_WORDS:
            break
        end = i + 1
    return end


def _meta_under_standfirst(lines: Sequence[_Line], body_start: int | None, end: int | None, result: Cleaned) -> None:
    """The byline and dateline lines under a one-sentence first paragraph right under the title, up to `end`
    (`_standfirst_below`): a standfirst's, the header's own fields, read and removed as the header's ("Brendan
    O'Brien, CFP®" then "Updated June 14, 2020")."""
    above = next((line for line in reversed(lines[: body_start or 0]) if not line.blank), None)
    if end is None or above is None or above.reason != "title":
        return
    for line in lines[body_start + 1 : end]:
        stripped = line.text.strip()
        if line.blank or line.reason is not None:
            continue
        if byline := (
            _marked_byline(stripped)  # "안하린 기자" (reporter) under a Korean standfirst
            or _date_then_names(stripped)
            or _bare_names(stripped)
        ):
            line.reason = "byline"
            result.authors = result.authors or _people(byline[0])
            result.published = result.published or byline[1]
        elif iso := _dateline_date(stripped):
            line.reason = "dateline"
            result.published = result.published or iso


def _byline_under_lede(lines: Sequence[_Line], body_start: int | None, result: Cleaned, stops: StopWords) -> None:
    """The byline right under the text's first paragraph, that paragraph right under the header ("Title" / "15 May,
    2017" / lede / "By Ayesha Shaikh" / text): a layout that prints its lede before its byline. A label vouches for
    the line; a lone full name does when the paragraphs under it do not name it (a list's entry names its person)
    and the lede is no quote (whose speaker's name stands under it). Only when no byline was read above: the
    header's own comes first."""
    if body_start is None or result.authors:
        return
    above = _previous_line(lines, body_start)
    below = _next_line(lines, body_start)
    if above is None or below is None or above.reason not in ("title", "dateline") or below.reason is not None:
        return
    stripped = below.text.strip()
    index = lines.index(below)
    byline = _marked_byline(stripped) or (
        ([stripped], None)
        if not lines[body_start].text.rstrip().endswith(tuple(QUOTES))
        and _lone_name(stripped, stops)
        and not _named_below(lines, index, stripped)
        else None
    )
    if byline:
        below.reason = "byline"
        result.authors = _people(byline[0])
        result.published = result.published or byline[1]


def _date_under_title(lines: Sequence[_Line], body_start: int | None, below: int | None) -> str | None:
    """The first date written out in a short line between the title and the body, whatever else the line holds
    ("02.02.2022 A-Frauen", "Berlin, 28.10.2021, 058/21", "selbst ist der Mann 22.02.2021"): under a headline, above
    its text, a date is the article's, and a layout's fields around it vary without end; the short lines under the
    text's first paragraph too when that is one sentence: a standfirst (which the header took for the text) over its
    byline and dateline (up to `below`, `_standfirst_below`).
    Read, not removed: such a line may carry a category or a place worth keeping."""
    title = next((i for i, line in enumerate(lines) if line.reason == "title"), None)
    if title is None:
        return None
    end = below or (len(lines) if body_start is None else body_start + 1)
    under = [line for line in lines[title + 1 : end] if not line.blank][:PAGE_HEADER_LINES]
    return _nearest_date([], under)


def _top_menu(lines: Sequence[_Line]) -> None:
    """A site's menu one item a line at the very top of a document: MIN_MENU_ITEMS or more lines in a row of at most
    MAX_MENU_ITEM_WORDS words, without digits or a stop, before any other line with a word, and a headline-like line
    under them. A headline has more words, and an article does not open with a list. Over a paragraph the lines
    stay: they may be what a first pass leaves under the title it cut, and a second pass must agree."""
    run: list[_Line] = []
    headline = False  # what ends the run: a menu stands over a headline
    for line in lines:
        stripped = line.text.strip()
        if line.blank or line.reason is not None or not _has_word(stripped):
            continue  # what a rule removes or what has no word ("<") is no item and ends no run: a second pass agrees
        if (
            len(stripped.split()) > MAX_MENU_ITEM_WORDS
            or _words(stripped) > MAX_MENU_ITEM_WORDS  # a Chinese or Japanese headline, written without spaces
            or stripped.endswith(TERMINAL)
            or any(c.isdigit() for c in stripped)
        ):
            headline = _is_title_like(stripped) and _words(stripped) >= MIN_TITLE_WORDS
            break
        run.append(line)
    if len(run) >= MIN_MENU_ITEMS and headline and not _header_run(run):
        for line in run:
            line.reason = "navigation"


def _header_run(run: Sequence[_Line]) -> bool:
    """Short lines over a headline that are an article's header, not a menu: a labelled byline ("von Julia Kern")
    among them, or a line written twice in a row (a headline and its copy, as a scraper that writes the title over
    a body that opens with it leaves them). No menu names its author, nor one item twice in a row."""
    texts = [line.text.strip() for line in run]
    return any(a == b for a, b in itertools.pairwise(texts)) or any(_byline(text) for text in texts)


def _consent_blocks(lines: Sequence[_Line]) -> None:
    """A consent dialog is one short block (no blank line inside): its heading, its text and its buttons. When a rule
    knows one of its lines ("Godta alle", "… such as cookies."), the others are the dialog too, in any language
    ("Vi tar personvernet ditt på alvor", "Innstillinger"); left, its heading reads as the page's headline."""
    for block in _blocks(lines):
        if len(block) <= MAX_CONSENT_LINES and any(ln.reason == "cookie_banner" for ln in block):
            for member in block:
                if member.reason is None and len(member.text.split()) <= MAX_CONSENT_WORDS:
                    member.reason = "cookie_banner"


def _blocks(lines: Sequence[_Line]) -> list[list[_Line]]:
    """Runs of non-blank lines: a page's boxes, where its text has blank lines between them."""
    return [list(run) for blank, run in itertools.groupby(lines, key=lambda line: line.blank) if not blank]


def _comment_threads(lines: Sequence[_Line]) -> None:
    """A comment thread is one box under its count ("20 коментара", "Maoni 21"): names, dates, texts and "Reply"
    buttons in any language, gone with the count. A count the vocabulary lacks ("7 sylw") is one when the box holds
    two dates or more, the comments' own. A number alone ("2") may count anything; never the document's first box,
    nor a box as long as a page."""
    for block in _blocks(lines)[1:]:
        if not MIN_THREAD_LINES <= len(block) <= MAX_THREAD_LINES:
            continue
        words = block[0].text.split()
        if not (len(words) == 2 and any(w.isdigit() for w in words) and any(w.isalpha() for w in words)):
            continue  # no count over the box: its dates, the costly test, are not read
        if block[0].reason == "comments" or (
            sum(1 for line in block[1:] if len(line.text.split()) <= MAX_DATE_WORDS and _line_date(line.text)) >= 2
        ):
            for line in block:
                if line.reason is None:
                    line.reason = "comments"


def _byline_echoes(lines: Sequence[_Line], body_start: int | None) -> None:
    """The header's byline again below it (an author box repeats it): gone with it. Kept, it would read as the byline
    of a header on a second pass, once the first is cut, and cleaning would not be idempotent."""
    header = {line.text.strip() for line in lines[:body_start] if line.reason == "byline"}
    for line in lines[body_start or len(lines) :]:
        if line.reason is None and line.text.strip() in header:
            line.reason = "byline"


def _author_bio(lines: Sequence[_Line], body_start: int | None, result: Cleaned, stops: StopWords) -> None:
    """An author box under the article: its heading ("About the author", "Über die Autorin", "L'autore") and the
    short paragraph under it or after its colon ("About the author: Jane Smith is …"). With no byline over the text,
    the person the paragraph opens with is the author. (A paragraph that opens with the byline's name was tried too:
    the generated splits label such a bio as text, dev to heldout10 lost 1 to 9 content lines each.)"""
    if body_start is None:
        return
    heading = False
    for line in lines[body_start + 1 :]:
        if line.blank or line.reason is not None:
            continue
        stripped = line.text.strip()
        titled = ABOUT_AUTHOR_LINE.fullmatch(stripped) is not None
        inline = ABOUT_AUTHOR_INLINE.match(stripped)
        bio = stripped[inline.end() :] if inline else stripped if heading else None
        if titled or (bio is not None and len(bio.split()) <= MAX_BIO_WORDS):
            line.reason = "author_bio"
            if bio and not result.authors and (name := _bio_name(bio, stops)):
                result.authors = [name]
        heading = titled


def _bio_name(bio: str, stops: StopWords) -> str | None:
    """The known person an author's bio opens with, after an academic title and before its verb ("Jane Smith is a
    freelance writer …", "Dr. Hans Meier ist Arzt …"); not an outlet after an article ("The Daily Courier is …": a
    stop word the text writes in lowercase)."""
    words = bio.split()
    while words and ACADEMIC_TITLE.fullmatch(words[0]):
        words = words[1:]
    for size in range(MAX_NAME_WORDS, 1, -1):
        name, after = " ".join(words[:size]), words[size : size + 1]
        if after and after[0].islower() and parse_authors(name) == [name] and known_name(name):
            return name if words[0].casefold() not in stops() else None
    return None


def model_inputs(
    lines: Sequence[_Line], repeated: frozenset[str], stops: StopWords
) -> tuple[list[int], dict[str, object]]:
    """The non-blank lines' positions and what the content model reads of them (`ContentModel.score`)."""
    kept = [i for i, line in enumerate(lines) if not line.blank]
    inputs: dict[str, object] = {
        "texts": [lines[i].text.strip() for i in kept],
        "tokens": [stops.tokens[i] for i in kept],
        "stops": stops.language,
        "blank_before": [i > 0 and lines[i - 1].blank for i in kept],
        "blank_after": [i + 1 < len(lines) and lines[i + 1].blank for i in kept],
        "ruled": [lines[i].reason is not None for i in kept],
        "repeated": [bool(repeated) and line_key(lines[i].text) in repeated for i in kept],
    }
    return kept, inputs


def kept_rows(lines: Sequence[_Line]) -> list[int]:
    """The lines a pass keeps so far: those no rule or model removed."""
    return [i for i, line in enumerate(lines) if not line.blank and line.reason is None]


def kept_inputs(
    lines: Sequence[_Line], kept: list[int], repeated: frozenset[str], tokens: list[list[str]]
) -> dict[str, object]:
    """What the extract model reads of the `kept` lines, as the cleaned text will show them: no line a rule or the
    model removed, a blank line between two kept lines where a blank line stood between them, the stop list their
    own words vote for. A second pass over the cleaned text reads the very same lines. `tokens` are every line's
    words (`StopWords.tokens`)."""
    words = [tokens[i] for i in kept]
    gaps = [any(line.blank for line in lines[a + 1 : b]) for a, b in itertools.pairwise(kept)]
    return {
        "texts": [lines[i].text.strip() for i in kept],
        "tokens": words,
        "stops": document_stop_words(words),
        "blank_before": [False, *gaps][: len(kept)],
        "blank_after": [*gaps, False][: len(kept)],
        "ruled": [False] * len(kept),
        "repeated": [bool(repeated) and line_key(lines[i].text) in repeated for i in kept],
    }


MIN_PAGE_TITLE_WORDS = 2
PAGE_TITLE_SHARE = 0.8  # of a headline's words in the page's title, which adds the site's name
# a headline the model or repetition took for chrome, or the header pass for an echo of the title or for names
PAGE_TITLE_REASONS = (None, MODEL_REASON, "repeated_line", "duplicate_title", "byline", "header_field")
DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")  # "CNET.de", "jungle.world", "news.example.co.uk"
SITE_SEP = re.compile(r"\s+[-–—|«»•:]{1,2}\s+")
MAX_DATELINE_WORDS = 20
MAX_DATELINE_CHARS = 160  # a dateline's fields are read up to this length
WIRE_MARKS = "–—-()/"  # what ends a wire's dateline, or sets off its agency
MAX_KEPT_LINE = 300  # characters: a line's rule verdict is cached up to this length
MAX_DATE_WORDS = 6  # "Monday, 26 April 2022, 14:05"
LABEL_LINE = re.compile(rf"(?:{BYLINE_PREFIX})\s*:?", re.IGNORECASE)  # a byline's label alone: "By", "Von:"
# a byline's label and an article before a desk word: "Por ", "Von der ", "By the "
LABEL_OPENS = re.compile(rf"(?:{BYLINE_PREFIX})\s*:?\s+(?:{'|'.join(sorted(OUTLET_ARTICLES))}\s+)?$", re.IGNORECASE)
JOINER_LINE = re.compile(rf"(?:{AUTHOR_JOINERS}|,)", re.IGNORECASE)  # "and" alone on its line, between two names
LABEL_LAST = re.compile(rf"(?:^|\s)(?:{BYLINE_PREFIX})\s*:?$", re.IGNORECASE)  # a line that ends with a byline label
MAX_NAME_LINE_WORDS = 6
INNER_BYLINE = re.compile(rf"(?<=\s)(?:{BYLINE_PREFIX})\s", re.IGNORECASE)
PAGE_HEADER_LINES = 6  # a byline or dateline within this many lines under the headline
PAGE_BODY_REACH = (PAGE_HEADER_LINES, 12)  # article text this many lines under it: near, else past a row of buttons
EXTRACT_META_LINES = 3  # a long extract's byline or dateline this many lines under its first line, the headline
HEADLINE_KICKER_WORDS = 6  # a kicker before a headline's colon ("Pure Leere": Headline, "Medienmitteilung der …:")
MAX_STAMP_CHARS = 200  # a footer's line that holds the page's revision stamp, not a paragraph that quotes one
META_OVER_BODY = 3  # the header's fields read in this many lines over the article's first paragraph
PAGE_META_ABOVE = 3  # a dateline or kicker this many lines above the headline
HEADLINE_MARKS = "›»>•·|–—* \t"  # not "-": "-5 degrees tonight"
QUOTE_OPENS = {"»": "«", "›": "‹"}  # German quotes, which open with a headline's mark: the closing mark each needs
MIN_SHARED_CHARS = 4  # a word the page title and a headline share: not "the", "die", "les"
PAGE_META_BELOW = 3  # a byline or dateline this many lines under the first paragraph
# what a rule removed as a widget under the text, never a credit: not read for a byline or a date (a teaser list's
# rule, `_tail_teasers`, takes in the credit lines under it: they are read)
WIDGET_REASONS = frozenset(("share_widget", "comments", "cookie_banner", "newsletter", "advertisement", "tags"))
SIGNATURE_DASHES = ("—", "–", "―")
BIO_OPENING = re.compile(
    rf"(?P<name>[^\W\d_][\w'’.-]+(?:\s+[^\W\d_][\w'’.-]+){{1,3}})\s+(?:{BIO_VERB})\s+(?:\S+\s+){{0,4}}?"
    rf"(?:{WRITER_ROLE})(?!\w)",
    re.IGNORECASE,
)
MAX_TAIL_CREDIT_CHARS = 200  # a byline or a labelled date under the text is short
NOTICE_WORDS = 25  # a site's notice in one sentence under an article's byline
PAGE_TAIL_LINES = 10  # a byline this many lines under the article's last paragraph (a credit, a source between)
PAGE_DATE_ABOVE = 8  # header fields read this far above the headline or the first paragraph (share counts between)
BODY_WORDS = 12
MAX_ACRONYM_TOPIC = 5  # "BNM", "NASA", "UEFA": an institution's letters before a headline's colon
MAX_TAIL_DATE_WORDS = 4  # the words beside a date under an article: a weekday, a label, a month, "a.m."
HEADER_FIELDS = ("byline", "dateline")  # what a scraper writes over or under the headline
OPENING_PARAGRAPH_WORDS = 25  # a first line this long that ends a sentence: no page's HTML title is
BODY_REGION_CAP = 60  # words a paragraph adds to the article's region
BODY_REGION_GAP = 8  # words a removed line takes from it, at most
HEADLINE_REACH = 8  # rows above the article's text that its headline may stand
HEADER_BLOCK_ROWS = 16  # rows from a headline to its article's text, its header's fields between
MAX_HEADLINE_STACK = 2  # a short form and a search engine's version above the headline
COPY_SIZE = (0.8, 1.25)  # a copy of the headline is as long, give or take its spaces and marks
TOPIC_STEM = 5  # letters that match a headline's word to the text's ("Elektron", "Elektronen")
MAX_NAME_WORDS = 4
TRUNCATION = ("…", "...")
OPEN_ENDS = ("-", "–", "—", "|", ":")
SURE_SCORE = 0.8
CONTINUATION_SHARE = 0.5
TITLED_DUMP_GAP = 2  # lines at least between a short page dump's title and its headline: a menu
TITLED_DUMP_REACH = 20
TITLED_DUMP_SITE_WORDS = 4  # the site's name beside the headline in the page's title
MODEL_MIN_LINES = 30  # shorter, the text is an article extract, where the rules alone keep 99.9% of content
EXTRACT_MIN_LINES = 8  # kept lines: fewer, and the extract model has no context to read a line by


def _content_model(lines: Sequence[_Line], repeated: frozenset[str], model: ContentModel, stops: StopWords) -> bool:
    """Lines no rule named but that the page model scores as not the article (see `curation.content_model`).
    Returns whether it ran: only on documents long enough to be whole-page dumps. A shorter one, an article
    extract, is left to the extract model, once its header is read (`_extract_cuts`).
    """
    if not _page_long(lines):
        return False
    kept, inputs = model_inputs(lines, repeated, stops)
    scores = model.score(**inputs)
    previous: _Line | None = None
    for i, score in zip(kept, scores, strict=True):
        line = lines[i]
        line.score = float(score)
        under = line.reason is None and not line.body_start and score < model.threshold
        if under and not _continues(line, previous, model.threshold):
            line.reason = MODEL_REASON
        previous = line
    return True


def _page_long(lines: Sequence[_Line]) -> bool:
    """Long enough to be a whole-page dump, which the page model reads: a shorter document is an article extract."""
    return sum(not line.blank for line in lines) >= MODEL_MIN_LINES


def _extract_cuts(lines: Sequence[_Line], repeated: frozenset[str], extract: ContentModel, stops: StopWords) -> None:
    """The lines of an article extract that the extract model is sure are not the article. The rules have removed
    most of what surrounds the article, so the model reads what they keep, as the cleaned text shows it
    (`kept_inputs`), and reads it again after each cut until it cuts nothing: a second pass over the cleaned text
    then finds what the last reading found, and cuts nothing more. Last of all the steps, so that no header or
    byline rule reads a document the model has changed; not on a text of a few lines, where no line has the
    context the model reads it by (a headline, a subheading and a paragraph)."""
    while len(kept := kept_rows(lines)) >= EXTRACT_MIN_LINES:
        cut = False
        for i, score in zip(kept, extract.score(**kept_inputs(lines, kept, repeated, stops.tokens)), strict=True):
            lines[i].score = float(score)
            if score < extract.threshold and not lines[i].body_start:
                lines[i].reason = EXTRACT_REASON
                cut = True
        if not cut:
            return


def _continues(line: _Line, previous: _Line | None, threshold: float) -> bool:
    """A paragraph right under a paragraph the model is sure of, scored not far under the threshold: the article's
    last paragraph, which menus follow, more than a teaser, which a heading or a gap would set apart."""
    return (
        previous is not None
        and previous.reason is None
        and (previous.score or 0.0) >= SURE_SCORE
        and line.start == previous.end + 1
        and (line.score or 0.0) >= CONTINUATION_SHARE * threshold
        and _is_paragraph(line.text)
    )


class StopWords:
    """A document's stop words, read once for all the steps that need them and only if one does. Called, the ones
    it writes in lowercase somewhere (few lines need them: a lone name's check). jusText's lists, drawn from
    Wikipedia, hold frequent given names ("james", "david", "thomas", "maria"): a function word is written in
    lowercase in running text ("Ein Albtraum" … "ein"), a given name is not."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts

    @cached_property
    def tokens(self) -> list[list[str]]:
        """Each line's words as the content model reads them."""
        return tokenize(self._texts)

    @cached_property
    def language(self) -> frozenset[str]:
        """The stop list of the document's language, as the content model reads it."""
        return document_stop_words(self.tokens)

    @cached_property
    def _lowercase(self) -> frozenset[str]:
        # lowercase, or in a script without case (Arabic, Thai, Devanagari …), where a name looks like any word
        lowercase = {word.casefold() for text in self._texts for word in WORD.findall(text) if word == word.lower()}
        return self.language & lowercase - CASELESS_PARTICLES

    def __call__(self) -> frozenset[str]:
        return self._lowercase


def _page_header(lines: Sequence[_Line], rows: list[int], result: Cleaned, threshold: float, stops: StopWords) -> None:
    """The article's header on a whole page: its headline is the line that the page's title (the first line of a
    page dump, "Headline - Site") names and that article text follows; its byline and dateline sit around it.

    The header pass reads the top of a document, which on a whole page is the site's menus (and its date of
    today); there it found the title of 4 pages in 164. When this finds a headline, its header wins.
    """
    if len(rows) < 2:
        return
    first = lines[rows[0]].text
    page_title = _fold(first)
    named = set(page_title.split())
    if not named:
        return
    headline = _fold(_without_site(first.strip()))  # the headline the page's title holds, for one set after a kicker
    named_by_title = [
        p for p in range(1, len(rows)) if _named_by_title(lines[rows[p]], first, page_title, named, headline)
    ]
    whole = [p for p in named_by_title if not lines[rows[p]].text.rstrip().endswith(TRUNCATION)]
    named_by_title = whole or named_by_title  # "Headline cut short…" is a share box's or a teaser's copy of it
    # beside a line that says most of the title, one of two words from it is a section's name ("Bergisch Gladbach")
    # (a title of two words is such a line itself: "Enchufla Figuren")
    if len(named) > MIN_TITLE_WORDS and any(
        3 * len(_fold(lines[rows[p]].text).split()) > 2 * len(named) for p in named_by_title
    ):
        named_by_title = [p for p in named_by_title if len(lines[rows[p]].text.split()) >= MIN_TITLE_WORDS]
    # a headline with article text close under it first; then one with a row of share buttons between
    for position, reach in [(p, reach) for reach in PAGE_BODY_REACH for p in named_by_title]:
        under = [lines[i] for i in rows[position + 1 : position + 1 + reach]]
        if any(map(_text_line, under)):
            fuller = _headline_under(lines, rows, position)
            under = [lines[i] for i in rows[fuller + 1 : fuller + 1 + reach]]
            _take_headline(lines, rows, fuller, under, result, stops)
            return
        # else a menu item or a breadcrumb naming the page, with no text under it
    # then one with its byline or dateline under it (or under the fuller headline below it), above a newsletter box,
    # a video or a captioned photo
    for position in map(partial(_headline_under, lines, rows), named_by_title):
        under = [lines[i] for i in rows[position + 1 : position + 1 + PAGE_HEADER_LINES]]
        headline = lines[rows[position]].text
        if under and len(headline.split()) >= MIN_TITLE_WORDS and _meta_line(under[0].text.strip()):
            _take_headline(lines, rows, position, under, result, stops)
            return
    # an extract whose first line is its headline, over a byline or dateline: no page's title over menus
    headed = lines[rows[0]].reason == "title" and any(
        lines[i].reason in ("byline", "dateline") for i in rows[1 : 2 + EXTRACT_META_LINES]
    )
    over_body = None if named_by_title or headed else _headline_over_body(lines, rows, named, stops)
    if over_body is not None:
        under = [lines[i] for i in rows[over_body + 1 : over_body + 1 + PAGE_BODY_REACH[-1]]]
        _take_headline(lines, rows, over_body, under, result, stops)
        return
    # no headline line under the page's title: the page's title without the site's name, rather than what the
    # header pass took for one at the top of the page (its menus); that line goes back to what the model said.
    # A first line that a rule removes (a breadcrumb, a cookie banner) is no page title, nor one that other stories
    # also begin with (a site's menu): the header's title stands.
    # Nor a labelled byline ("Von Julia Müller", "By Tom Francis") or known names with a date ("Christian Kahle,
    # 03.11.2023 15:32 Uhr"): a scraper's byline over the headline, which no page's title begins with.
    if (
        lines[rows[0]].reason in (*PAGE_TITLE_REASONS, "title")
        and lines[rows[0]].reason != "repeated_line"
        and not (lines[rows[0]].reason == "byline" and (_byline(first.strip()) or _known_names(first.strip())))
    ):
        result.title = _without_site(lines[rows[0]].text.strip())
        for line in lines:
            if line.reason == "title" and line.text.strip() != result.title:
                line.reason = MODEL_REASON if line.score is not None and line.score < threshold else None
    _lede_header(lines, rows, result, stops)


def _meta_over_body(lines: Sequence[_Line], rows: list[int], result: Cleaned, stops: StopWords) -> None:
    """The byline and dateline right over the article's text (the first paragraph of its densest region), or under
    that paragraph (a standfirst), where neither the headline's reach nor the first paragraph under it (`_lede_header`)
    held them: a page may set a "most read" list or a gallery between its headline and the header's fields over the
    text. Labelled bylines only, as there: a name alone there is as often a photo's."""
    start = _body_start(lines, rows)
    if start is None:
        return
    over: list[_Line] = []
    for i in reversed(rows[max(1, start - META_OVER_BODY) : start]):
        line = lines[i]
        if line.reason == "title" or _text_line(line):
            break
        over.insert(0, line)
    for i in rows[start + 1 : start + 1 + META_OVER_BODY]:
        if _text_line(lines[i]):
            break
        over.append(lines[i])
    authors, published = _page_byline([], over, stops, labelled=True)
    result.authors = result.authors or authors
    result.published = result.published or published


def _date_near(lines: Sequence[_Line], rows: list[int], position: int, after: Sequence[_Line]) -> str | None:
    """The date nearest the headline (or its copy) at `position`: up to PAGE_DATE_ABOVE lines over it, past share
    counts, or in the header's lines under it."""
    return _nearest_date([lines[i] for i in rows[max(1, position - PAGE_DATE_ABOVE) : position]], after)


def _headline_under(lines: Sequence[_Line], rows: list[int], position: int) -> int:
    """The headline itself, when the line the page's title names is its short form or a search engine's version
    right above it: the headline-like line under it that says all it says and more ("Enterprise 2.0" over "HR
    Innovation in einer Enterprise 2.0 – …"), or that the byline follows ("Düsseldorf ISS Dome: Peta erstattet
    Anzeige …" over "Düsseldorf: Tote Tauben im ISS Dome gefunden …" over "Von" / a name)."""
    for _ in range(MAX_HEADLINE_STACK):
        if position + 2 >= len(rows):
            break
        line, below = lines[rows[position + 1]], lines[rows[position + 2]].text.strip()
        stripped = line.text.strip()
        if (
            line.reason not in PAGE_TITLE_REASONS
            or not _headline_like(stripped)
            or len(stripped.split()) < MIN_TITLE_WORDS
            or _byline(stripped)
            or _field_date(stripped)
            or DATE_LABEL_LINE.match(stripped)  # "Publicado el 11 de mayo", with no year
            or INNER_SENTENCE_END.search(stripped)  # sentences one after another: a standfirst
        ):
            break
        named = _fold(lines[rows[position]].text).split()
        fuller = len(stripped) > len(lines[rows[position]].text.strip()) and all(
            word in _fold(stripped) for word in named
        )
        quoted = stripped[0] in QUOTES and stripped[-1] in QUOTES  # a quote from the story under its headline
        bylined = not quoted and bool(LABEL_LINE.fullmatch(below) or _byline(below))
        if not (fuller or bylined):
            break
        position += 1
    return position


def _meta_line(stripped: str) -> bool:
    """A byline, its label alone, or a dateline."""
    return bool(LABEL_LINE.fullmatch(stripped) or _byline(stripped) or _field_date(stripped))


def _headline_like(stripped: str) -> bool:
    """A title-like line, or a headline that asks or quotes ("Für den HSV in der Oberliga?")."""
    return _is_title_like(stripped) or (
        stripped.endswith(tuple(HEADLINE_END)) and len(stripped.split()) <= MAX_TITLE_WORDS
    )


def _take_headline(
    lines: Sequence[_Line], rows: list[int], position: int, under: list[_Line], result: Cleaned, stops: StopWords
) -> None:
    """The page's headline found at `position`: its title, and the byline and date around it."""
    line = lines[rows[position]]
    after = under[:PAGE_HEADER_LINES]
    result.title, dated = _bare_headline(line.text.strip())
    line.reason = "title"
    before = [lines[i] for i in rows[max(1, position - PAGE_META_ABOVE) : position]]
    result.authors, result.published = _page_byline(before, after, stops)
    edge = position + 1 + PAGE_HEADER_LINES  # the row under the header's last line
    if not result.authors and len(after) == PAGE_HEADER_LINES and after[-1].reason == "dateline" and edge < len(rows):
        # a byline that a layout splits over two lines, its date on the header's last line and its name under it
        name = lines[rows[edge]]
        if name.reason in PAGE_TITLE_REASONS and (found := _name_by_date(name.text.strip(), after[-1:], stops)):
            result.authors, name.reason = found[0], "byline"
    result.published = result.published or dated
    if result.published is None:
        result.published = _date_near(lines, rows, position, after)
    # the headline's other copies on the page (a header over a photo, the headline again over the text): the
    # byline and date the layout set by one of them
    key, size = _fold(line.text), len(line.text.strip())
    copies = (
        p
        for p in range(1, len(rows))
        if p != position
        and size * COPY_SIZE[0] <= len(lines[rows[p]].text.strip()) <= size * COPY_SIZE[1]  # before folding: cheap
        and _fold(lines[rows[p]].text) == key
    )
    for copy in copies:
        if result.authors and result.published:
            break
        before = [lines[i] for i in rows[max(1, copy - PAGE_META_ABOVE) : copy]]
        after = [lines[i] for i in rows[copy + 1 : copy + 1 + PAGE_HEADER_LINES]]
        authors, published = _page_byline(before, after, stops, labelled=True)
        if authors and published is None:  # a header by the copy, its date further up, over its share counts
            published = _date_near(lines, rows, copy, after)
        result.authors = result.authors or authors
        result.published = result.published or published
    lede = next(filter(_text_line, under), None)
    if lede is not None and lede.reason == MODEL_REASON:
        lede.reason = None  # the paragraph under the headline is the lede, however little it shares with the rest
    if result.published is None:
        _lede_header(lines, rows, result, stops, found=position)
    if result.published is None:
        result.published = _header_block_date(lines, rows, position)


def _header_block_date(lines: Sequence[_Line], rows: list[int], position: int) -> str | None:
    """The first date on a short line under the headline at row `position`, above the article's text: a block of
    the header's fields under its standfirst ("Auteur" / "Uriel Gadessaud" / "Date" / "2 mars 2020" / "Partager"),
    further down than the lines read around the headline and its lede. The text starts at the second paragraph
    (the first may be the standfirst)."""
    paragraphs = 0
    for i in rows[position + 1 : position + 1 + HEADER_BLOCK_ROWS]:
        line = lines[i]
        stripped = line.text.strip()
        paragraphs += _text_line(line)
        if paragraphs > 1:
            break
        if (
            line.reason not in WIDGET_REASONS
            and len(stripped.split()) <= MAX_DATE_WORDS
            and (iso := _field_date(stripped))
        ):
            return iso
    return None


def _text_line(line: _Line) -> bool:
    """A paragraph of the article's text, which the rules kept, whatever the model said of it."""
    return line.reason in (None, MODEL_REASON) and len(line.text.split()) >= BODY_WORDS


def _body_start(lines: Sequence[_Line], rows: list[int]) -> int | None:
    """Where the article's text starts on a page: the first paragraph of its densest region (`densest_region`) over
    the rows, a kept row weighing its words, a removed one against them at most BODY_REGION_GAP words, so a share
    row or a caption inside the article does not split it."""
    kept = np.array([lines[i].reason is None for i in rows], dtype=float)
    words = np.array([len(lines[i].text.split()) for i in rows], dtype=float)
    # (kept - 0.5) x weight: +min(words, BODY_REGION_CAP) for a kept row, -min(words, BODY_REGION_GAP) for another
    weights = 2 * np.where(kept == 1, np.minimum(words, BODY_REGION_CAP), np.minimum(words, BODY_REGION_GAP))
    start, end = densest_region(kept, weights)
    return next((k for k in range(start, end) if kept[k] and words[k] >= BODY_WORDS), None)


def _headline_over_body(lines: Sequence[_Line], rows: list[int], named: set[str], stops: StopWords) -> int | None:
    """A headline the page's title does not name (the page's title is the site's section, or a search engine's
    version of the headline): the title-like line nearest above the article's text, over its byline, dateline,
    share row and standfirst, on the article's topic (a word it shares with the page's title or the text's first
    lines). Where the title names no line, the headline still stands where every layout puts it."""
    start = _body_start(lines, rows)
    if start is None or start < 2:
        return None
    body = [lines[i].text for i in rows[start : start + BODY_TOPIC_LINES] if lines[i].reason is None]
    reach = range(start - 1, max(0, start - 1 - HEADLINE_REACH), -1)
    if any(lines[rows[k]].reason == "title" for k in reach):
        return None  # the header pass's headline, over the text: it read the header's fields around it
    title_topic = {word[:TOPIC_STEM] for word in _topic([" ".join(named)], stops)}
    topic = title_topic | {word[:TOPIC_STEM] for word in _topic(body, stops)}
    for k in reach:
        line = lines[rows[k]]
        stripped = line.text.strip()
        if line.reason not in PAGE_TITLE_REASONS or _header_field(stripped) or _field_date(stripped):
            continue  # a share row, a caption, a byline, a dateline, a reading time between headline and text
        headline_like = _headline_like(stripped)
        if line.reason is None and not headline_like:
            continue  # a standfirst
        credit = lines[rows[k + 1]]
        if credit.reason in ("photo_credit", "caption") or credit.text.lstrip().startswith("©"):
            continue  # a photo's caption, over its credit
        words = {word[:TOPIC_STEM] for word in _topic([stripped], stops)}
        short = len(stripped.split()) < MIN_TITLE_WORDS  # a tag, a section's name, unless the page's title says it
        if (
            headline_like
            and not stripped.endswith(OPEN_ENDS)
            and words & (title_topic if short else topic)
            and not _byline(stripped)
            and not _lone_name(stripped, stops)
        ):
            return k
    return None


def _titled_dump(lines: Sequence[_Line], rows: list[int]) -> bool:
    """A page dump too short for the page model: its first line, the page's HTML title ("Headline Site", "Site -
    Headline"), holds a headline-length line further down whole, past the menu's lines between them (most of them
    a menu item's length)."""
    if len(rows) < TITLED_DUMP_GAP + 2:
        return False
    first = _fold(lines[rows[0]].text)
    for at, i in enumerate(rows[1 + TITLED_DUMP_GAP : 1 + TITLED_DUMP_REACH], 1 + TITLED_DUMP_GAP):
        if 2 * sum(len(lines[j].text.split()) <= MAX_MENU_ITEM_WORDS for j in rows[1:at]) < at - 1:
            return False  # not a menu between them: text
        key = _fold(lines[i].text)
        site = first.removeprefix(key) if first.startswith(key) else first.removesuffix(key)
        if site != first and 0 < len(site.split()) <= TITLED_DUMP_SITE_WORDS and len(key.split()) >= MIN_TITLE_WORDS:
            return True
    return False


def _dated_first(lines: Sequence[_Line], rows: list[int]) -> bool:
    """Whether a document opens with its dateline or a labelled byline with its date: a scraper's extract, long as
    it may be, since no page's HTML title is a date alone, a line of fields that opens with one or "by A on March 5,
    2024". Its headline is under it, not named by a page title over menus. (A byline without its date is left to the
    page's header: a headline may read as one.)"""
    if not rows:
        return False
    stripped = lines[rows[0]].text.strip()
    if lines[rows[0]].reason == "byline":
        return bool((byline := _byline(stripped)) and byline[1])
    return lines[rows[0]].reason == "dateline" and bool(_opening_date(stripped) or _fields_after_date(stripped))


def _headed_extract(lines: Sequence[_Line], rows: list[int]) -> bool:
    """A long article extract, not a page: its first line is the header's headline, a byline or a dateline right
    under it, and the article's first paragraph right under them. A page's first line is its HTML title, and menus
    follow it."""
    # the headline's copy under it (trafilatura's text, a scraper's body that opens with the headline) takes no place
    kept = (lines[i] for i in rows if lines[i].reason != "duplicate_title")
    head = list(itertools.islice(kept, 2 + EXTRACT_META_LINES))
    start = next((n for n, line in enumerate(head) if line.body_start), None)
    at = next((n for n, line in enumerate(head[:start]) if line.reason == "title"), None)
    return (
        start is not None
        and at is not None
        and all(line.reason in HEADER_FIELDS for line in head[:at])
        and any(line.reason in HEADER_FIELDS for line in head[:start])
        and _is_paragraph(head[start].text)
    )


def _opens_with_paragraph(lines: Sequence[_Line], rows: list[int]) -> bool:
    """A text whose first line is a long paragraph: an article's body (a long extract's cleaned text, once its header
    is cut), since a page dump opens with its HTML title."""
    return bool(rows) and _is_paragraph(lines[rows[0]].text, OPENING_PARAGRAPH_WORDS)


def _is_paragraph(text: str, words: int = BODY_WORDS) -> bool:
    """A line of running text: long enough, and it ends a sentence."""
    return len(text.split()) >= words and text.rstrip().endswith(SENTENCE_END)


def _title_echoed(lines: Sequence[_Line], rows: list[int]) -> bool:
    """Whether a header line over the body repeats the first line's headline, which the first line holds whole: a
    page's HTML title over its own headline ("Site: Headline" over "Headline"), not a scraper's headline."""
    first = _fold(lines[rows[0]].text)
    for i in rows[1 : 2 + EXTRACT_META_LINES]:
        if lines[i].body_start:
            return False
        if len(words := _fold(lines[i].text).split()) >= MIN_TITLE_WORDS and " ".join(words) in first:
            return True
    return False


def _named_by_title(line: _Line, first: str, page_title: str, named: set[str], headline: str) -> bool:
    """Whether a line may be the headline that the page's title (its first line) names: a part of it ("Site -
    Headline") or most of it in its order, not the site's own name, not a kicker or label that ends open."""
    if line.reason not in (*PAGE_TITLE_REASONS, "title") or line.text.rstrip().endswith(OPEN_ENDS):
        return False  # "Bergisch Gladbach -", "Lesen Sie auch:": a place or a label before what follows
    words = _fold(line.text).split()
    if not MIN_PAGE_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS:
        return False
    if (
        " ".join(words) not in page_title
        and (sum(w in named for w in words) < PAGE_TITLE_SHARE * len(words) or not page_title.startswith(words[0]))
        and not _kicker_before(line.text, headline)
    ):
        return False
    return not _site_name(line.text.strip(), first)  # "DER SPIEGEL" of "Ein Albtraum - DER SPIEGEL 52/2018"


def _kicker_before(text: str, headline: str) -> bool:
    """Whether a line is the page title's `headline` (folded) whole after a kicker and its colon ("Pure Leere":
    Headline); not after a breadcrumb's trail ("Home > News > Headline")."""
    kicker, colon, rest = text.partition(": ")
    return (
        bool(colon)
        and len(kicker.split()) <= HEADLINE_KICKER_WORDS
        and len(headline.split()) >= MIN_TITLE_WORDS
        and _fold(rest) == headline
    )


def _whole_title(lines: Sequence[_Line], rows: list[int], result: Cleaned) -> None:
    """A page title cut short ("St. Louis Park elects a new mayor, apparently…"): the headline is the page's line
    that it begins."""
    title = result.title or ""
    if not title.endswith(TRUNCATION):
        return
    head = title.rstrip("".join(TRUNCATION)).rstrip()
    if len(head.split()) < MIN_TITLE_WORDS:
        return
    whole = next(  # not the page's title (its first line): the cut line itself, or longer
        (ln for ln in lines[rows[0] + 1 :] if ln.text.strip().startswith(head) and len(ln.text.strip()) > len(title)),
        None,
    )
    if whole is not None:
        result.title = whole.text.strip()


def _repeated_tail(lines: Sequence[_Line], repeated: frozenset[str]) -> bool:
    """Sentences of the corpus's repeated lines under the article's last text, with nothing but removed lines and more
    of them below ("This article is for general information only and is not financial advice.", a site's legal
    notice): a site's template, which `_repeatable` leaves in the text, where a syndicated paragraph may stand. Below
    a text of its own no copy's paragraph stands: only in a document with the story lines that tell its copies
    (`curation.repeated`, where copies of one story count once), and under a story line no other story has. Whether
    it removed one."""
    found: list[_Line] = []
    for line in reversed(lines if repeated else ()):
        if line.blank or line.reason is not None:
            continue
        if line_key(line.text) not in repeated:
            break
        found.append(line)
    if not found:
        return False
    story = [line for line in lines if len(line.text.split()) >= STORY_LINE_WORDS]
    if len(story) < MIN_STORY_LINES or all(
        line_key(line.text) in repeated for line in story if line.start < found[-1].start
    ):
        return False
    for line in found:
        line.reason = "repeated_line"
    return True


def _tail_byline(lines: Sequence[_Line], rows: list[int], result: Cleaned, page: bool, stops: StopWords) -> None:
    """A byline or a labelled date under the article's last paragraph ("Von Clemens Höges", "Posted by A at 5:11 AM",
    "Von:" / "A", "Erscheinungsdatum: 07.02.2022"), where magazines, blogs and institutes credit their authors: read
    when the header named none, removed either way (a second pass, without the header, would read it). Only a
    labelled byline or date: unlabelled names and dates under an article are as often a comment's, a photo's or a
    related story's; but in an extract whose header named no one, names that no headline or credit can be
    (`_evident_names`: "Sipho Khumalo and Zanele Venter / Reuters", a known given name) are its byline, and so is the
    last line the rules keep when it signs the extract (`_signature_line`: "Jane Smith", "(Jane Smith)", known names
    after any label), whatever widgets follow it. It looks at
    the PAGE_TAIL_LINES lines under that paragraph, and at the line over it when that paragraph is a site's notice in
    one sentence (`_notice`); in an extract, at the first that stay (what a second pass over the cleaned extract looks
    at), on a page at whatever the model removed too."""
    last = next(
        (p for p in range(len(rows) - 1, 0, -1) if lines[rows[p]].reason is None and _body_long(lines[rows[p]].text)),
        None,
    )
    if last is None:
        return
    tail = [lines[i] for i in rows[last + 1 :]]
    if last > 1 and _notice(lines[rows[last]].text) and not _body_long(lines[rows[last - 1]].text):
        tail.insert(0, lines[rows[last - 1]])  # a credit over a notice in one sentence under the text
    # an extract's last line that the rules keep (or read as a credit, `_body_rule`) may sign it: one person's name,
    # or names after any label
    signed = None if page else next((lines[i] for i in reversed(rows) if lines[i].reason in (None, "credit")), None)
    staying = 0
    for at, line in enumerate(tail):
        if staying == PAGE_TAIL_LINES:
            break
        stripped = line.text.strip()
        if line.reason in WIDGET_REASONS or len(stripped) > MAX_TAIL_CREDIT_CHARS:
            staying += page  # a share row, a footer, a paragraph the model removed: no credit
            continue
        listed = any(tail[i].text.lstrip().startswith("-") for i in (at - 1, at + 1) if 0 <= i < len(tail))
        byline = (
            _marked_byline(stripped)
            or _label_then_names(stripped, tail[at + 1 : at + 1 + PAGE_TAIL_LINES])
            or (line is signed and _signature_line(stripped, stops))
            or _signature(stripped, alone=not listed)
            # a labelled date, then its byline: "Posted on March 5, 2024 by Jane Doe in News" under a blog's post
            or (DATE_LABEL_LINE.match(stripped) and _date_then_names(stripped))
            or (not result.authors and not (page and at) and _evident_names(stripped))
        )
        if byline and (authors := _people(byline[0])):
            if not result.authors:
                result.authors = authors
                result.published = result.published or byline[1]
            line.reason = "byline"
        elif _desk_byline(stripped):
            line.reason = "byline"  # "AFP", "By Associated Press", "By Daily Courier Staff": a credit that names no one
        elif (DATE_LABEL_LINE.match(stripped) or UPDATED_LINE.match(stripped)) and (iso := _field_date(stripped)):
            result.published = result.published or iso  # "Page reviewed 17 Jul 2023": the page's only date
            line.reason = "dateline"
        elif iso := _handle_credit_date(stripped):
            result.published = result.published or iso
            line.reason = "byline"
        elif not (page or result.published or staying or line.reason) and (iso := _tail_date(stripped)):
            result.published, line.reason = iso, "dateline"  # an extract's date right under its text, none over it
        elif page or line.reason is None:
            staying += 1
    final = lines[rows[-1]]
    if (
        not (page or result.published or final.reason or INNER_END.search(final.text))  # "Иерусалим. 7 погибших. …"
        and (iso := _line_date(final.text.strip()))
    ):
        result.published, final.reason = iso, "dateline"  # an extract's last line only a date, none over the text
    if not result.authors and not page:  # an extract's last paragraph may be its author's note, which stays text
        notes = (lines[rows[last]], *(line for line in tail if line.reason is None))
        result.authors = next(filter(None, (_bio_author(line.text.strip()) for line in notes)), [])


def _tail_date(stripped: str) -> str | None:
    """The date of a line that is little more than a date ("17 august 2024", "Jumaat, 18 Mac 2016", "Stand:
    17.08.2024, 10:15 Uhr"): an update's day under its text. Not a headline with its date ("Rosja chce zablokować
    kaspijską ropę dla Polski (02-11-07, 20:03)"), a teaser's line under an article."""
    return _line_date(stripped) if len(LETTER_WORD.findall(stripped)) <= MAX_TAIL_DATE_WORDS else None


def _revision_date(lines: Sequence[_Line], rows: list[int]) -> str | None:
    """The date of the page's stamp of its last revision, in its footer ("This page was last modified on 4 November
    2020, at 19:23."): a wiki's or a blog's page that shows no other date is dated by it."""
    for i in rows[1:]:
        text = lines[i].text
        if (
            len(text) <= MAX_STAMP_CHARS
            and (stamp := REVISION.search(text))
            and (iso := parse_date(text[stamp.end() :]))
        ):
            return iso
    return None


def _desk_byline(stripped: str) -> bool:
    """A credit to a desk or news agencies alone, maybe after a byline's label: "AFP", "Redacción", "By Associated
    Press", "By Daily Courier Staff". Without a label, no word but the desk's ("Om Familj-redaktionen" heads a
    desk's note)."""
    if len(stripped) > MAX_STAFF_CHARS:
        return False
    if AGENCY_CREDIT.match(stripped) or _desks_only(STAFF_AFTER.sub("", stripped)):
        return True
    names = _after_label(stripped)
    return names is not None and _staff_byline(names) is not None


def _closing_name(stripped: str, stops: StopWords) -> tuple[list[str], str | None] | None:
    """One person's name of two words alone, maybe in brackets or with initials in brackets after it ("Jane Smith",
    "(Jane Smith)", "Jane Smith (js)"): a signature under the text. Not three ("Grace Hopper Award")."""
    name = INITIALS_AFTER.sub("", stripped).removeprefix("(").removesuffix(")").strip()
    return ([name], None) if len(name.split()) == 2 and _lone_name(name, stops) else None  # not "Ende der Debatte"


def _bio_author(stripped: str) -> list[str]:
    """The writer an author's note under the text names ("Jane Smith is a reporter covering City Hall."): a known
    full name opening the paragraph, its verb, and a writer's role within a few words. An expert a story quotes is
    introduced by another role ("is a professor at …")."""
    found = BIO_OPENING.match(stripped)
    if found is None or not known_name(found["name"]) or parse_authors(found["name"]) != [found["name"]]:
        return []
    return [found["name"]]


def _handle_credit_date(stripped: str) -> str | None:
    """The date of a credit to a user's handle, one word between the label and the date ("Gespeichert von rasos am 24.
    Juli 2017 - 18:55", "Submitted by admin on March 5, 2024"): a CMS's line under a post, which credits no person. A
    longer credit there is a comment's ("Kommentar von Aus dem Krimitagebuch | Folge 10 | … am 07.08.09")."""
    found = BYLINE.match(stripped) if len(stripped.split()) <= MAX_DATELINE_WORDS else None
    if found is None:
        return None
    after = found["names"].split()[1:]  # past the handle, maybe a small word ("am", "on") before the date
    return _leading_date(" ".join(after)) or _leading_date(" ".join(after[1:]))


def _signature(stripped: str, alone: bool = False) -> tuple[list[str], str | None] | None:
    """A dash and a person's full names under the text ("— Jane Smith", "– Anna Nowak, Kraków"): a letter's, a column's
    or a guest's signature. A dash, not a hyphen, unless the line is `alone`: a list's items begin with a hyphen,
    one after the other ("- Nadja Podbregar" between a date and a share row is a signature)."""
    dashes = (*SIGNATURE_DASHES, "-") if alone else SIGNATURE_DASHES
    if not stripped.startswith(dashes):
        return None
    names = stripped.lstrip("".join(dashes)).strip()
    authors = _every_name(_without_place(names.split(",")[0]), labelled=True)
    if authors and all(_full_name_size(a) and (known_name(a) or _caseless(a)) for a in authors):
        return authors, None
    return None


def _listed(lines: Sequence[_Line], index: int) -> bool:
    """Whether a line stands in a list whose items begin with a hyphen: the line above it or under it begins so."""
    return any(
        near is not None and near.text.lstrip().startswith("-")
        for near in (_previous_line(lines, index), _next_line(lines, index))
    )


def _notice(text: str) -> bool:
    """One sentence under a byline that ends an article ("Readings are provisional and may change after quality
    control."): a site's notice, which a credit may stand over, not the text's last paragraph."""
    stripped = text.strip()
    return stripped.endswith(SENTENCE_END) and not INNER_END.search(stripped) and len(stripped.split()) <= NOTICE_WORDS


def _lede_header(
    lines: Sequence[_Line], rows: list[int], result: Cleaned, stops: StopWords, found: int | None = None
) -> None:
    """Byline and date around the article's first paragraph, on a page whose headline was not found (then a
    headline above it too), or found at row `found` with its fields away from it, above the first paragraph under it
    (a photo, a quote, the section's name between): the header zone is still above the body."""
    if result.authors and result.published:
        return
    first = 1 if found is None else found + 1
    lede = next(
        (
            p
            for p, i in enumerate(rows[first:], first)
            if lines[i].reason is None
            and len(lines[i].text.split()) >= BODY_WORDS
            and lines[i].text.rstrip().endswith((*SENTENCE_END, ":"))  # a long headline or a bullet is no lede
        ),
        None,
    )
    if lede is None:
        return
    above = [lines[i] for i in rows[max(1, lede - PAGE_DATE_ABOVE) : lede]]
    below = [lines[i] for i in rows[lede + 1 : lede + 1 + PAGE_META_BELOW]]
    authors, published = _page_byline(above, below, stops, labelled=found is not None)
    result.authors = result.authors or authors
    result.published = result.published or published or _nearest_date(above, below)
    if found is not None:
        return
    named = set(_fold(lines[rows[0]].text).split())
    headline = next(
        (
            line
            for line in reversed(above)
            if line.reason in (None, MODEL_REASON, "repeated_line")
            and len(line.text.split()) >= MIN_TITLE_WORDS
            and _is_title_like(line.text)
            and any(len(w) >= MIN_SHARED_CHARS and w in named for w in _fold(line.text).split())
        ),
        None,
    )
    if headline is not None:
        result.title, dated = _bare_headline(headline.text.strip())
        result.published = result.published or dated
        headline.reason = "title"


def _date_beside(line: str) -> tuple[str, str | None]:
    """A headline line without a date field before or after it ("05.03.2024 | Council approves …", "Council approves
    … - March 5, 2024", "[05.03.2024] Council approves …"), and that date."""
    if (bracketed := BRACKETED_DATE.match(line)) and (iso := parse_date(bracketed["date"])):
        return line[bracketed.end() :].strip(), iso
    seps = list(TITLE_DATE_SEP.finditer(line))
    if seps and (iso := parse_date(line[: seps[0].start()])):
        return line[seps[0].end() :].strip(), iso
    if seps and (iso := parse_date(line[seps[-1].end() :])):
        return line[: seps[-1].start()].strip(), iso
    return line, None


def _bare_headline(line: str) -> tuple[str, str | None]:
    """A headline line without what a layout puts before it: a bullet or arrow ("› EU-Taxonomie: …"), a date
    field ("08.11.2021 | Online-Fachtag …", "1. Februar 2022 Bundesministerin …"), which is then the headline's
    date. Not a quote's opening mark: "»Abzocke wird als Klimaschutz verkauft«" is a quote."""
    if not (line[:1] in QUOTE_OPENS and line.rstrip().endswith(QUOTE_OPENS[line[0]])):
        line = line.lstrip(HEADLINE_MARKS)
    title, iso = _date_beside(line)
    if iso:
        return title, iso
    words = line.split()  # "1. Februar 2022 Bundesministerin Raab: …": a date field with no separator
    for n in range(min(MAX_DATE_WORDS, len(words) - MIN_TITLE_WORDS), 1, -1):
        if words[n][:1].isupper() and (iso := _parse_date_body(" ".join(words[:n]))):
            return " ".join(words[n:]), iso
    return line, None


def _site_name(line: str, page_title: str) -> bool:
    """A line that names the site rather than the story: a domain ("CNET.de", "jungle.world"), or a part of the
    page title's site field: the last ("Headline - DER SPIEGEL 52/2018"), unless the first is a domain or a single
    word ("jungle.world - Headline", "BfS - Pressemitteilungen - Headline")."""
    if DOMAIN.fullmatch(line):
        return True
    site = _site_field(page_title)
    return site is not None and " ".join(_fold(line).split()) in _fold(site)


def _site_field(page_title: str) -> str | None:
    """The page title's field that names the site, if it has one (see `_site_name`)."""
    fields = SITE_SEP.split(page_title.strip())
    if len(fields) < 2:
        return None
    first = fields[0].strip()
    return first if DOMAIN.fullmatch(first) or len(first.split()) < MIN_PAGE_TITLE_WORDS else fields[-1]


def _organisation(name: str) -> bool:
    """A credited name that names a body, not a person ("Deutscher Tennis Bund", "Polizei Berlin"), unless it
    starts with a known given name (a surname that is such a word)."""
    return bool(ORGANISATION.search(name)) and not known_name(name)


def _outlet(name: str, page_title: str) -> bool:
    """A credited name that is the site's own ("Written by Miami Today" under "Headline - Miami Today", "Von
    Deutscher Tennis Bund"): the outlet, not a person. Not a name that starts with a given name: a personal blog
    is titled with its author's name ("Headline – Jane Doe")."""
    site = _site_field(page_title)
    return site is not None and _fold(name) == _fold(site) and not known_name(name)


def _page_byline(
    above: Sequence[_Line], below: Sequence[_Line], stops: StopWords, labelled: bool = False
) -> tuple[list[str], str | None]:
    """Authors and date from the lines around a page's headline: a byline, a dateline, or both on one line; names
    without a label only below it (above a headline, a capitalized pair is a section label), and only by the
    headline itself (`labelled`: around a copy of it, a product's or a teaser's name stands as often). The lines
    nearest the headline first, on either side: a date above it past a menu's items is the site's of today."""
    authors: list[str] = []
    published: str | None = None
    for line, rest in _outward(above, below):
        stripped = LEADING_FIELD_MARK.sub("", line.text.strip())  # "/ Cory Doctorow / 10:08 am …": a mark left over
        # a picture's credit around a page's headline is the picture's ("Foto von A von Pexels"); a footer's "©"
        # may end a byline
        credited = _credited_byline(line) if line.reason == "footer" else None
        if not credited and line.reason not in (*PAGE_TITLE_REASONS, "byline", "dateline", "navigation"):
            continue
        byline = (
            credited
            or _byline(stripped)
            or _inner_byline(stripped)
            or _date_then_names(stripped)  # "November 21, 2022 Jane Smith", "25.10.2022 - Jane Smith"
            or (not labelled and _names_by_headline(stripped, line in below, stops))
            or (not labelled and _name_by_date(stripped, _neighbours(line, above, below), stops))
        )
        if not byline and (byline := _label_then_names(stripped, rest)):
            for name_line in _name_lines(rest):
                name_line.reason = "byline"  # the names' own lines
        if byline:
            authors = authors or _people(byline[0])
            published = published or byline[1]
            line.reason = "byline"
        elif iso := _field_date(stripped):
            published = published or iso
            line.reason = "dateline"
    return authors, published


def _credited_byline(line: _Line) -> tuple[list[str], str | None] | None:
    """A byline that a caption's, a picture credit's or a footer's rule took: "Teksti: A · Fotografitë: B", "By A |
    Photo: © Agency", "von A Foto: © GEPA" (the text's author first, the picture's credit after, whose "©" reads as a
    footer's)."""
    if line.reason not in ("caption", "photo_credit", "footer"):
        return None
    stripped = line.text.strip()
    return (
        _first_field_byline(stripped)
        or _byline(stripped)
        or _date_then_names(stripped)  # "16 Aralık 2022 · 7 dk okuma | Muhabir: Ertuğrul Beyoğlu"
    )


def _neighbours(line: _Line, above: Sequence[_Line], below: Sequence[_Line]) -> list[_Line]:
    """The lines just before and after one of the header's lines on its side of the headline."""
    side = above if line in above else below
    at = side.index(line)
    return [*side[max(0, at - 1) : at], *side[at + 1 : at + 2]]


def _full_name_size(name: str) -> bool:
    """Two words or more, and no more than MAX_NAME_WORDS but for its particles: "José María de la Fuente" and "Ahmed
    bin Rashid Al Maktoum" are full names of three and four."""
    words = name.split()
    # no name ends in its particle: "Escala de sábado …", "Garde du samedi …" are a roster's label before its day
    return len(words) >= 2 and len(_named_words(name)) <= MAX_NAME_WORDS and words[-1].lower() not in NAME_PARTICLES


def _named_words(name: str) -> list[str]:
    """A name's words but its particles ("de", "van", "bin")."""
    return [word for word in name.split() if word.lower() not in NAME_PARTICLES]


def _lone_name(stripped: str, stops: StopWords) -> bool:
    """One person's full name alone on its line: a known given name first ("Sandra Arm", not "Fantasy Football" or
    "Digital Life"), no stop word of the page's language ("Ein Albtraum"), no role ("Forum Moderator")."""
    if not _full_name_size(stripped):
        return False
    words = stripped.split()
    named = _named_words(stripped)
    if _caseless(stripped) and known_name(stripped):
        named = named[1:]  # "محمد": a given name so frequent that the Arabic stop-word list holds it
    return (
        parse_authors(stripped) == [stripped]
        and not _is_role(stripped)
        and not (_shouted(words[0]) and not stripped.isupper())  # "MIRO Analytical", a firm; not "J. R. Smith"
        and person_name(stripped)
        and not any(w.casefold() in stops() for w in named)
    )


def _name_by_date(stripped: str, neighbours: Sequence[_Line], stops: StopWords) -> tuple[list[str], str | None] | None:
    """A lone name beside a date line in a page's header ("Ronja Beck" over "/ 16.11.2018, 03:00 Uhr"), above the
    headline too: a name and its date are the byline that layouts split over two lines."""
    if not _lone_name(stripped, stops):
        return None
    dated = next((d for ln in neighbours if (d := _field_date(ln.text.strip()))), None)
    return ([stripped], dated) if dated else None


def _people(names: list[str]) -> list[str]:
    """A byline's names without a desk's ("By Web Desk" credits no one) or an outlet's ("Laporan wartawan The Observer
    Group, Siti Hidayat"), each without an unknown word before a known full name (a label: "Sagatavoja Andris
    Ozoliņš", "Parengė Tomas Jankauskas")."""
    return [_without_label(name) for name in names if not STAFF.search(name) and not _is_role(name)]


def _without_label(name: str) -> str:
    words = name.split()
    if len(words) >= 3 and not person_name(name) and person_name(" ".join(words[1:])):
        return " ".join(words[1:])
    return name


def _name_then_verb(stripped: str) -> tuple[list[str], str | None] | None:
    """A known full name and one small word after it, the verb of a language the vocabulary lacks ("Magnús
    Einarsson skrifar", "Anna Nowak pisze"): a byline."""
    words = stripped.split()
    if not 3 <= len(words) <= MAX_NAME_WORDS + 1 or not words[-1].isalpha() or not words[-1].islower():
        return None
    name = " ".join(words[:-1])
    if parse_authors(name) == [name] and person_name(name) and not _is_role(name):
        return [name], None
    return None


def _label_then_names(stripped: str, rest: Sequence[_Line]) -> tuple[list[str], str | None] | None:
    """A byline broken after its label, the names on the next lines ("21.01.2022 11:46 von" / "Patrick Otte"; "By" /
    "David Brand" / "and" / "Ramsey Khalifeh"), as an author box or a page's inline links lay it out."""
    name_lines = _name_lines(rest)
    if not name_lines or not LABEL_LAST.search(stripped):
        return None
    joined = " ".join([stripped, *(ln.text.strip() for ln in name_lines)])
    byline = _byline(joined) or _inner_byline(joined)
    # one word alone under a label is a person's given name ("Von" / "Ulrike"), not a menu's next item ("Redaktion" /
    # "Anzeigenverkauf")
    if byline and any(" " not in name and not known_name(name) for name in byline[0]):
        return None
    return byline


def _split_byline(lines: Sequence[_Line], index: int, stripped: str) -> tuple[list[str], str | None] | None:
    """A byline's label alone on its line, its names on the next lines ("By" / "David Brand" / "and" / "Ramsey
    Khalifeh"): a page's inline links, one a line in plain text. The names' lines go with the label's."""
    rest = [ln for ln in lines[index + 1 : index + 1 + 2 * MAX_BARE_NAMES] if not ln.blank]
    byline = _label_then_names(stripped, rest) if LABEL_LINE.fullmatch(stripped) else None
    if byline:
        for name_line in _name_lines(rest):
            name_line.reason = "byline"
    return byline


def _name_lines(rest: Sequence[_Line]) -> list[_Line]:
    """The lines of names under a byline's label: one short line, and more after a joiner alone on its line."""
    if not rest or len(rest[0].text.split()) > MAX_NAME_LINE_WORDS:
        return []
    taken = [rest[0]]
    while (
        len(rest) >= 3
        and JOINER_LINE.fullmatch(rest[1].text.strip())
        and len(rest[2].text.split()) <= MAX_NAME_LINE_WORDS
    ):
        taken += rest[1:3]
        rest = rest[2:]
    return taken


def _outward(above: Sequence[_Line], below: Sequence[_Line]) -> list[tuple[_Line, Sequence[_Line]]]:
    """The lines around a headline nearest first, at each distance the one above before the one below, each with the
    lines after it on its side (where a label's names follow it)."""
    ups = [(line, above[at + 1 :]) for at, line in enumerate(above)]
    downs = [(line, below[at + 1 :]) for at, line in enumerate(below)]
    return [pair for pairs in itertools.zip_longest(reversed(ups), downs) for pair in pairs if pair]


def _nearest_date(above: Sequence[_Line], below: Sequence[_Line]) -> str | None:
    """The date nearest a page's headline in a short line around it, whatever the line's other fields and
    whatever a rule took it for ("Gunter Frank / 22.04.2020 / 06:15 / Foto: …" looks like a credit, "31.01.2022
    2. HBL" like a menu, "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen" like a comment count): next to
    the headline the first date written out is the article's. Read when no byline or dateline gave one."""
    for line, _ in _outward(above, below):
        stripped = line.text.strip()
        if len(stripped.split()) > MAX_DATELINE_WORDS and TAGS_FIELD.search(stripped):
            stripped = FIELD_SEP.split(stripped, maxsplit=1)[0]  # a row of fields, long for its tags: its first field
        if line.reason == "title" or len(stripped.split()) > MAX_DATELINE_WORDS:
            continue
        numeric = NUMERIC_DATE.search(stripped)
        if numeric and (iso := _parse_date_body(numeric.group(0))):
            return iso
        if iso := next((d for f in BYLINE_DATE_SEP.split(stripped) if f and (d := parse_date(f.strip()))), None):
            return iso
        # "October 22, 2019 report", "Originally published in the Daily Courier on 24 October 2024."; in a sentence
        # of a paragraph's length, only a field of its own at its start, a dateline glued to it ("MASAKA – Friday, 15
        # November 2019, 12:19 — …"): inside it ("Retrieved on 28 September 2009 the asteroid was …") an event's date
        if stripped.endswith(SENTENCE_END) and len(stripped.split()) > BODY_WORDS:
            iso = next((d for f in SENTENCE_FIELDS.split(stripped)[:MAX_GLUED_FIELDS] if (d := parse_date(f))), None)
        else:
            iso = _first_date(stripped)
        if iso:
            return iso
    return None


def _date_among_fields(stripped: str) -> str | None:
    """The date of a short line of short fields, one of them a whole date, whatever the others say ("12 March 2024 -
    Science desk - Berlin office", "Science desk, 12 March 2024, 3 min read"): under a headline, the article's
    dateline. A menu's items hold no whole date, a headline is no list of fields, a sentence ends with a stop."""
    if (
        len(stripped) > MAX_DATELINE_CHARS
        or len(stripped.split()) > MAX_DATELINE_WORDS
        or stripped.endswith(SENTENCE_END)
    ):
        return None
    fields = [f for f in DATE_FIELDS.split(stripped) if f.strip()]
    # a date's own words do not count: "5 de marzo de 2024" is one field
    if len(fields) < 2 or any(len(f.split()) > MAX_SECTION_WORDS and not _line_date(f.strip()) for f in fields):
        return None
    return _first_date(stripped)


NAME_THEN_DIGIT = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+){1,3}(?=\d)")  # "Hildesheimer Presse 1. November 2023"


def _date_after_name(stripped: str) -> str | None:
    """The date right after a name of one to three words that is no person's (`_bare_names` asked): an outlet's, a
    section's ("Hildesheimer Presse 1. November 2023 … Polizei", "Ehrenamt Jugendverbände 23.01.2020"); a
    headline's words would have punctuation before a date ("Budget day, 12 March 2024: …")."""
    if len(stripped.split()) > MAX_DATELINE_WORDS or stripped.endswith(SENTENCE_END):
        return None
    named = NAME_THEN_DIGIT.match(stripped)
    return _leading_date(stripped[named.end() :]) if named else None


def _first_date(stripped: str) -> str | None:
    """The first date of a short line, at its start or inside it, whatever its other words ("October 22, 2019 report",
    "Tine 2. Februar 2020 2. Februar 2020 Radtouren", "page revision: 8, last edited: 17 Jun 2018 15:15"): inside,
    a date starts at a number or right before one."""
    if iso := _leading_date(stripped):
        return iso
    words = stripped.split()
    for start in range(1, len(words)):
        if any(c.isdigit() for w in words[start : start + 2] for c in w) and (
            iso := _leading_date(" ".join(words[start:]))
        ):
            return iso
    return None


def _names_by_headline(stripped: str, below: bool, stops: StopWords) -> tuple[list[str], str | None] | None:
    """Names without a label, each with a known given name: below a headline; above it only with a date beside them
    ("Martina Berg 19. Juni 2019"), since a capitalized pair alone above a headline is more often a section label.
    Below it one name alone will do ("Sandra Arm")."""
    names = _bare_names(stripped)
    if names and all(person_name(name) for name in names[0]):
        return names if below or names[1] else None
    return ([stripped], None) if below and _lone_name(stripped, stops) else None


def _inner_byline(stripped: str) -> tuple[list[str], str | None] | None:
    """A byline after a date ("2.03.2018 von Dennis Ziesecke", "Veröffentlicht am 12. Juni 2017 von gizzmo"):
    the names after the label, the date before it."""
    if len(stripped.split()) > MAX_DATELINE_WORDS:
        return None
    for label in INNER_BYLINE.finditer(stripped):
        head, tail = stripped[: label.start()], stripped[label.start() :].strip()
        if (date := _field_date(head.strip(" ,|·")) if head.strip() else None) and (byline := _byline(tail)):
            return byline[0], byline[1] or date
    return None


def _dateline_date(stripped: str) -> str | None:
    """The (published) date of a dateline, alone or with its updated date after it."""
    return _line_date(stripped) or ((pair := _published_and_updated(stripped)) and pair[0]) or None


def _field_date(stripped: str) -> str | None:
    """The date of a short line by a page's headline, whatever the fields beside it ("01. November 2021 |
    Naturschutz, BUND"): next to the headline a date is the article's, not a menu's."""
    if iso := _dateline_date(stripped):
        return iso
    if len(stripped.split()) > MAX_DATELINE_WORDS:
        return None
    return next((iso for field in FIELD_SEP.split(stripped) if (iso := parse_date(field.strip()))), None)


def _is_menu(stripped: str) -> bool:
    """A row of short items between separators (| • · » › → /): a menu or breadcrumb, in any language."""
    if len(stripped) > 300 or stripped.endswith(SENTENCE_END):
        return False
    if "«" in stripped or "‹" in stripped:  # »› close quotes here, they do not separate items
        stripped = stripped.replace("»", "\u201d").replace("›", "\u201d")
    items = MENU_SEP.split(stripped)
    return (
        len(items) >= MIN_MENU_ITEMS
        and all(0 < len(item.split()) <= MAX_MENU_ITEM_WORDS for item in items)
        and not _ends_with_date(stripped)
        and not any(c.isdigit() for c in items[-1])
    )


def _is_ticker(stripped: str, items_needed: int = MIN_MENU_ITEMS) -> bool:
    """A market ticker: `items_needed` short items or more between separators (three, but for a ticker's second row),
    each a name and figures, with a price or a change somewhere ("FTSE 100 8,164.12 +0.4% · GBP/USD 1.2714 · Brent
    $86.41"), in any language."""
    if len(stripped) > MAX_STRIP_CHARS or stripped.endswith(SENTENCE_END) or not TICKER_FIGURE.search(stripped):
        return False
    items: list[str] = []
    for part in MENU_SEP.split(stripped):  # "Dow 39,118.86 ▼0.12%": an arrow splits a change from its name
        if items and not any(c.isdigit() for c in items[-1]) and part[:1].isdigit():
            items[-1] = f"{items[-1]} {part}"  # "DAX ▲ 0.6%", "سینسیکس ▲ 0.6%": a name without figures, its change
        else:
            items.append(part)
    return len(items) >= items_needed and bool(TICKER_NAME.match(items[0])) and all(map(_figure_item, items))


def _figure_item(item: str) -> bool:
    """An item of a ticker or a status strip: a few words with figures ("Brent $86.41", "4 auf Reede")."""
    return 0 < len(item.split()) <= MAX_TICKER_ITEM_WORDS and any(c.isdigit() for c in item)


def _figure_strips(lines: Sequence[_Line]) -> None:
    """Status strips over the article's first paragraph (`_figure_strip`): a site's chrome, which a scraper's first
    line may be, over the headline."""
    for line in lines:
        stripped = line.text.strip()
        if len(stripped.split()) >= STORY_LINE_WORDS and stripped.endswith(SENTENCE_END):
            return
        if line.reason is None and stripped and _figure_strip(stripped):
            line.reason = "navigation"


def _figure_strip(stripped: str) -> bool:
    """A row of MIN_MENU_ITEMS short items or more between separators, each with words and figures and none a
    date: a site's status strip (ships in port, waiting times, a weather row), no headline however short its items.
    Short, as a ticker is: the separators' pattern splits a long run of spaces in quadratic time."""
    if len(stripped) > MAX_STRIP_CHARS:
        return False
    items = MENU_SEP.split(stripped)
    return (
        len(items) >= MIN_MENU_ITEMS
        and not stripped.endswith(SENTENCE_END)
        and all(_figure_item(item) and any(c.isalpha() for c in item) for item in items)
        and not any(map(_leading_date, items))
    )


def _ticker_rows(lines: Sequence[_Line]) -> None:
    """A ticker's row of two items beside a row of three or more ("EGX30 ▲ 0.8% | الدولار 48.65 جنيه" over "اليورو
    52.10 | الريال السعودي 12.96"): a ticker wraps onto a second row, which alone reads as a short headline."""
    rows = [line for line in lines if not line.blank]
    for at, line in enumerate(rows):
        beside = rows[max(at - 1, 0) : at] + rows[at + 1 : at + 2]
        if (
            line.reason is None
            and any(row.reason == "navigation" and _is_ticker(row.text.strip()) for row in beside)  # rare: first
            and _is_ticker(line.text.strip(), items_needed=2)
        ):
            line.reason = "navigation"


def _press_tail(lines: Sequence[_Line]) -> None:
    """A press release's "About <company>" heading and the paragraph under it that describes the company.

    The heading names the company and the paragraph opens with that name and says what the company is or where to
    read more ("Acme is a global … company … For more information, visit …"): a subheading followed by a paragraph
    that does not repeat it is article text.
    """
    text = [ln for ln in lines if not ln.blank]
    for heading, paragraph in itertools.pairwise(text):
        if heading.reason is not None or paragraph.reason is not None:
            continue
        about = ABOUT_HEADING.match(heading.text.strip())
        if not about:
            continue
        name = (about.group("name") or about.group("name2")).strip()
        opening = re.sub(r"^(?:the|a|o|la|le|l'|el|die|der|das|de|het|il)\s+", "", paragraph.text.strip(), flags=re.I)
        if (
            opening.startswith(name)
            and opening != name
            and (COMPANY.search(opening) or INFO_OR_ADDRESS.search(opening))
        ):
            heading.reason = paragraph.reason = "footer"


def _credit_caption(stripped: str) -> bool:
    """A short line that ends with a picture credit: names (and an agency after a slash), a picture number, or the
    archive or stock library it comes from."""
    if len(stripped.split()) > MAX_CAPTION_WORDS:
        return False
    offset = max(0, len(stripped) - CREDIT_TAIL_CHARS)  # the credit is at the end: search only there
    if STOCK_PHOTO_GATE.admits(stripped) and (stock := STOCK_PHOTO_TAIL.search(stripped, offset)):
        return bool(stripped[: stock.start()].strip())
    match = CREDIT_TAIL.search(stripped, offset) if CREDIT_TAIL_GATE.admits(stripped) else None
    if not match and ":" in stripped[offset:]:
        match = CREDIT_GLUED.search(stripped, offset)
    if stripped[-1:].isdigit() and (gallery := GALLERY_TAIL.search(stripped, offset)):
        return 0 < int(gallery["n"]) <= int(gallery["of"]) and bool(stripped[: gallery.start()].strip())
    if not match:
        if not CREDIT_MARK.search(stripped, offset):
            return False  # no label mark or slash near the end: no credit, and no costly search for one
        tail = CAPTION_TAIL.search(stripped, offset)  # a credit whose label the vocabulary lacks
        # but not a byline's label: "22 Mayıs 2017, 10:05 | Haber: A B" credits the text, a dateline's author
        return (
            tail is not None
            and bool(stripped[: tail.start()].strip())
            and _credit(credit := tail.group(tail.lastgroup))
            and _byline(credit) is None
        )
    if not stripped[: match.start()].strip():
        return False
    groups = match.groupdict()
    agency = groups.get("agency")
    credit = (
        groups.get("paren")
        or groups.get("stop")
        or groups.get("bar")
        or groups.get("dash")
        or groups.get("named")
        or agency
        or groups["glued"]
    )
    credit = credit.split("/")[0].strip()
    if not agency and re.fullmatch(r"\d+\s*(?:/|of|de|di|von|из|z)?\s*\d*", credit.replace(" / ", "/")):
        return True  # "(fotoğraf 4/5)"
    tokens = credit.split()
    if groups.get("paren") and re.search(r"[:：]", match.group(0)[: match.start("paren") - match.start()]):
        # a label and its colon in parentheses credit an agency with its figure too ("(Foto: Flash 90)", "(צילום:
        # פלאש 90)"), in a script without capitals any words; not a description ("(Bild: der Hauptbahnhof im Regen)")
        return 0 < len(tokens) <= 4 and all(
            _name_token(t) or t.isdigit() or _caseless(t) or t.lower() in NAME_PARTICLES for t in tokens
        )
    # without a label, or a label's mark, a full name: "(A B/Folhapress)", not "(Roe/Wade)"; "– Foto A B"
    fewest = 2 if agency or groups.get("named") else 1
    return fewest <= len(tokens) <= 4 and all(_name_token(t) or t.lower() in NAME_PARTICLES for t in tokens)


def _credit(text: str) -> bool:
    """Whether a text is one label word and the full names it credits ("Фота: Ганна Шаўчук", "Llun: Rhys Evans"):
    a credit whatever the label says, since only a label says that names follow."""
    stripped = text.strip()
    match = CREDIT_LINE.match(stripped)
    if match is None or stripped.endswith(SENTENCE_END):
        return False  # "Dakar : Siège du Sénat Fédéral.": a sentence
    authors = _every_name(match.group("names").strip(), labelled=True)
    return bool(authors) and all(map(_full_name_size, authors))


def _ends_with_date(stripped: str) -> bool:
    last = re.split(r"\s*[|»›→/]\s*", stripped)[-1]
    return any(c.isdigit() for c in last) and parse_date(last) is not None


def _repeatable(stripped: str) -> bool:
    """Short or unpunctuated: the shape of a repeated site line, never of a syndicated paragraph. Chinese, Japanese,
    Thai or Khmer write a paragraph with few spaces or none: there two of its letters count as a word."""
    words = len(stripped.split()) + len(UNSPACED.findall(stripped)) // 2
    return words <= MAX_REPEATED_WORDS or not stripped.endswith(SENTENCE_END)


def _teasers(lines: Sequence[_Line]) -> None:
    """Title-like lines right under a "related articles" heading are teasers, not text."""
    inside = False
    for line in lines:
        if line.blank:
            inside = False
        elif line.reason == "related_links":
            inside = True
        elif inside and line.reason is None and _is_title_like(TEASER_BULLET.sub("", line.text)):
            line.reason = "related_links"
        elif line.reason is None:
            inside = False  # (a line already removed for another reason inside the list does not end it)


def _body_rule(stripped: str) -> str | None:
    """The reason for a line inside the article that above the body would be header, so only the body is read so:
    an all-capitals label before an unpunctuated headline is a link to another article, whatever the label says
    ("TE PUEDE INTERESAR: …", "İLGİLİ HABER | …"; above the body, "EXCLUSIVE: …" may be the headline); a line that
    only credits people is a picture's or the text's credit ("Фота: Ганна Шаўчук", "Grianghraf: Seán Tóibín / SNÉ";
    above the body, the byline), unless it is a known byline ("by: Cora Neas"), left to the header's and the page's
    rules; a clock alone ("14:37", "13:37 PHT") is a live blog's entry time (above the body, the end of a dateline
    split over two lines)."""
    if CAPS_LABEL_TEASER.match(stripped):
        return "related_links"
    if _credit(stripped) and not _byline(stripped):
        return "credit"
    return "dateline" if CLOCK_LINE.fullmatch(stripped) else None


def _tail_teasers(lines: Sequence[_Line], stops: StopWords) -> None:
    """Headline-like lines after the last paragraph, when there are several: a list of teasers.

    Whatever its heading says ("You may also like", in any language), a block of short
    unpunctuated lines below the article is links to other articles. One such line alone stays (a sign-off, a last
    label), but not among the widgets a rule found below the article ("Get the forecast →", "© 2024 …"): one of them.
    A person's name right under an extract's last paragraph is no teaser but its writer's signature
    (`_signature_line`), which `_tail_byline` reads.
    """
    body = [i for i, ln in enumerate(lines) if ln.reason is None and not ln.blank and not _is_title_like(ln.text)]
    if not body:
        return
    tail = [
        ln
        for ln in lines[body[-1] + 1 :]
        if ln.reason is None and not ln.blank and _is_title_like(TEASER_BULLET.sub("", ln.text))
    ]
    for line in tail:
        stripped = line.text.strip()
        if TAG_LIST.match(stripped) and not (_marked_byline(stripped) or _known_labelled_names(stripped)):
            line.reason = "tags"  # "Filed under: a, b, c" below the article, whatever the label; not "Authors: A, B"
    tail = [ln for ln in tail if ln.reason is None]
    under = _next_line(lines, body[-1])
    if tail and tail[0] is under and not _page_long(lines) and _signature_line(under.text.strip(), stops):
        tail = tail[1:]
    lone_link = (
        len(tail) == 1
        and len(tail[0].text.split()) <= SHORT_LINE_WORDS
        and not INNER_STOP.search(tail[0].text)  # "… la réponse. Conformation (…)": a paragraph, not "Typo? Tell us"
        and any(ln.reason is not None for ln in lines[body[-1] + 1 :])
    )
    if len(tail) >= MIN_TAIL_TEASERS or lone_link:
        for line in tail:
            line.reason = "related_links"


def _signature_line(stripped: str, stops: StopWords) -> tuple[list[str], str | None] | None:
    """The names that sign an extract on its last line that the rules keep: one person's name (`_closing_name`) or
    known names after any label (`_known_labelled_names`)."""
    return _closing_name(stripped, stops) or _known_labelled_names(stripped)


def _known_labelled_names(stripped: str) -> tuple[list[str], str | None] | None:
    """Names under a label the vocabulary lacks ("Përgatiti: Valon Kastrati, Drita Krasniqi", prepared by), each with a
    known given name: a credit, not a tag list, unless the label is a tag list's ("Themen: Angela Merkel, Olaf
    Scholz") or a picture's credit ("Fotos: A, B"). One name after a label's colon may be what the label names ("Sân
    vận động: Thiên Trường", the stadium)."""
    if TAGS_FIELD.match(stripped) or CREDIT.match(stripped) or (found := _labelled_names(stripped)) is None:
        return None
    if len(found[0]) == 1 and ":" in stripped:
        return None
    return found if all(map(known_name, found[0])) else None


def _dash_label(label: str) -> bool:
    """A label before a dash is one word ("Story – Tom Baker") or holds a lowercase one ("Words and pictures — A B"):
    two capitalized words are a name, and what follows its dash an outlet ("Gizem Aydın - The Observer Group")."""
    words = label.split()
    return len(words) == 1 or any(word.islower() for word in words)


def _labelled_names(stripped: str) -> tuple[list[str], str | None] | None:
    """A byline whatever its label: one to three words ending in a colon or a lowercase word
    ("Noticia de", "Opracowanie:"), then only full names (and an optional date)."""
    if len(stripped) > 300 or stripped.endswith(SENTENCE_END):
        return None  # a sentence ("Ministry of Human Resources Development.") is not a byline
    words = re.sub(rf"\s+([{LABEL_MARKS}])", r"\1", stripped)  # "RÉDACTION : A B": the label keeps its colon
    dashed = False
    if (dash := LABEL_DASH.match(words)) and _dash_label(dash.group(1)):
        words, dashed = f"{dash.group(1)}: {words[dash.end() :]}", True  # "Текст и фото — Ксения Белых": a dash ends it
    words = words.split()
    if words and NOT_WRITER.match(words[0]):
        return None  # "Präsentiert von A B": a sponsor
    for size in range(1, min(3, len(words) - 1) + 1):
        last = words[size - 1]
        marked = last.endswith(tuple(LABEL_MARKS))
        if not (marked or last.islower()) or not all(w[0].isalpha() for w in words[:size]):
            continue
        if any(w.endswith(",") or (w.endswith(tuple(LABEL_MARKS)) and not dashed) for w in words[: size - 1]):
            # "Jane Smith, for The Daily Courier": names, then their outlet; a label holds no comma, and its colon ends
            # it ("Bibliothek: Auch die Ätherischen Öle …" is a topic, then a headline; a dash's label keeps its words)
            continue
        if not marked and len(last) > 4 and not re.fullmatch(BYLINE_PREP, last):
            continue  # without a colon a label ends with a short word ("Noticia de", "Escrito por"), not a noun
            # ("Építészeti kiállítás Csíkszeredában Az …" is a headline)
        if (
            JOINER.fullmatch(last)
            or (
                size == 3 and not marked and all(_name_token(w) for w in words[:2]) and person_name(" ".join(words[:2]))
            )
            or (
                size > 1
                and not marked
                and last in NAME_PARTICLES
                and all(_name_token(w) for w in words[: size - 1])
                and person_name(" ".join(words[: size - 1]))
            )
        ):
            # "Pierre Moreau et …", "Rok Kovač in Luka Kovač": a name joiner, not a label; "Ahmed bin …", "Ilse de
            # Vries": a name's particle
            continue
        names, published = _split_byline_date(" ".join(words[size:]).lstrip(": "))
        names = strip_role(_without_place(names))  # "Tekst: Anna Nowak z Nowego Jorku": one name and a place
        authors = _every_name(names, labelled=True)
        if authors and all(_full_name_size(a) and _name_token(a.split()[0], labelled=True) for a in authors):
            if dashed and not all(person_name(a) for a in authors):
                return None  # a dash joins a section and its topic too ("Online – Premier League"): only a person
            return authors, published  # each name starts capitalized: "Ana de la Fuente" has no label "Ana de"
    return None


SUFFIXED_BYLINE = re.compile(rf"(?P<names>.+?)\s+{BYLINE_SUFFIX}$")


def _labelled_byline(
    lines: Sequence[_Line], index: int, stripped: str, title_lines: list[_Line]
) -> tuple[list[str], str | None] | None:
    """A byline whatever its label (`_labelled_names`); in a script without capitals, when only a small word the
    vocabulary lacks parts its names, only under a headline too long for a kicker or right over a headline-like line.
    There a label the vocabulary lacks, then two phrases, is as often a headline that names its topic ("آلودگی هوا:
    بدیهی است که در صورت گم شدن کلید", "연금복권: 앞으로는 …"): the header's headline, when no other stands around
    it."""
    found = _labelled_names(stripped)
    if found is None or not _caseless(stripped) or any(_words(ln.text) >= FIRST_HEADLINE_WORDS for ln in title_lines):
        return found
    if len(found[0]) <= len([p for p in NAME_SPLIT.split(stripped.partition(":")[2]) if p.strip()]):
        return found  # names parted by commas and known joiners ("… و …", "… และ …"), not by any small word
    following = _next_line(lines, index)
    headline_under = (
        following is not None
        and following.reason is None
        and _words(following.text) >= MIN_TITLE_WORDS
        and not following.text.rstrip().endswith(SENTENCE_END)
        and not _metadata_like(following.text.strip())
    )
    return found if headline_under else None


def _suffixed_byline(stripped: str) -> tuple[list[str], str | None] | None:
    """Names with the word that says they wrote it after them, where a language puts its "by" ("ધ્રુવ પરીખ અને
    કિંજલ દેસાઈ દ્વારા", "ਪਰਮਜੀਤ ਚਾਹਲ ਦੀ ਕਲਮ ਤੋਂ"): as a label before them, that word says names stand there. A
    date may follow that word ("மீனாட்சி சண்முகம் எழுதியது — 19 ஏப்ரல் 2025")."""
    if len(stripped) > MAX_STAFF_CHARS:
        return None
    credit, published = _split_byline_date(stripped)
    suffixed = SUFFIXED_BYLINE.fullmatch(credit.strip())
    if suffixed is None:
        return None
    authors = _every_name(suffixed["names"], labelled=True)
    if authors and all(len(a.split()) <= MAX_NAME_WORDS for a in authors):
        return authors, published
    return None


def _every_name(names: str, labelled: bool) -> list[str]:
    """A byline tail's names when each of its parts reads as one; none when a part does not (a description, a
    place), since `parse_authors` stops there."""
    pieces = _name_parts(names.strip(), labelled)
    authors = parse_authors(names, labelled)
    return authors if pieces and len(authors) == len(pieces) else []


def _split_byline_date(names: str) -> tuple[str, str | None]:
    """Names and the date after them ("A and B | 2024-03-05"); a relative time or a reading time
    after a separator ("A | 3 hours ago", "A · 5 min read") is dropped without a date, and so is a link to the
    comments ("A March 5, 2024 No Comments")."""
    names = COMMENT_LINK_TAIL.sub("", names)
    for sep in BYLINE_DATE_SEP.finditer(names):  # "A | Outlet, 27 February 2023": the date after any separator
        if not sep.start():
            continue
        head, tail = names[: sep.start()], names[sep.end() :]
        # after a word ("on", "le", "am"), the date itself: not "A le B | Labone, 20 Pherekgong 2022" (Sesotho "and")
        worded = sep[0].strip()[:1].isalpha() and not tail[:1].isdigit()
        if iso := (None if worded else _line_date(tail)) or _leading_date(tail):
            # a month or weekday that began the date abuts it; before a dash or a bar the last word is a name's
            # ("Nguyễn Văn An - 05/03/2024": "An" is also a weekday's abbreviation)
            return (_without_month(head) if sep[0].strip() in ("", ",") else head), iso
        labelled = DATE_LABEL_LINE.match(tail)  # "A Last updated Nov 8, 2023 Share with new partner:"
        if labelled and (iso := _leading_date(tail[labelled.end() :])):
            return head, iso
        tail = tail.strip()
        if PATTERNS["dateline"].match(tail) or PATTERNS["comments"].match(tail):
            return head, None
    months = _calendar_words()[0]
    for space in re.finditer(r"\s+(?=[^\W\d])", names):  # "Jane Smith March 5, 2024": the date opens with its month
        tail = names[space.end() :]
        if space.start() and _fold_word(tail.split()[0].rstrip(",")) in months and (iso := _leading_date(tail)):
            return names[: space.start()], iso
    for comma in re.finditer(r",\s+(?=[^\W\d])", names):  # "A, November 28, 2022 10:37": only a date after it
        if comma.start() and (iso := _parse_date_body(names[comma.end() :].strip())):
            return names[: comma.start()], iso
    return names, None


def _without_month(head: str) -> str:
    """Names without the abbreviated month or the weekday that began the date after them ("A Apr." of "A Apr. 26,
    2022", "A, среда" of "A, среда, 24 август 2022")."""
    words = head.split()
    months, weekdays = _calendar_words()
    if len(words) > 1 and words[-1].endswith(".") and _fold_word(words[-1]) in months:
        return head[: head.rstrip().rfind(words[-1])].rstrip()
    if len(words) > 1 and _calendar_token(_fold_word(words[-1].rstrip(",")), months, weekdays) in weekdays:
        before = head[: head.rstrip().rfind(words[-1])].rstrip()
        # a two-letter weekday ("Di", "An") is as often a name's last word: only after a comma ("A, Di, 5.3.2024")
        if len(words[-1].rstrip(",.")) > 2 or before.endswith(","):
            return before.rstrip(",")
    return head


def _dated_fields_over(lines: Sequence[_Line], index: int, stripped: str) -> str | None:
    """The date of a line of fields that opens with it (`_fields_after_date`), over a headline: a blog's entry line
    ("Dezember 10, 2019 · von freeman1984 · in Uncategorized · Hinterlasse einen Kommentar") written over it."""
    iso = _fields_after_date(stripped)
    return iso if iso is not None and _headline_next(lines, index) else None


def _headline_next(lines: Sequence[_Line], index: int) -> bool:
    """Whether the next line is shaped as a headline of MIN_TITLE_WORDS words or more: what a dateline written over
    the headline stands over."""
    under = _next_line(lines, index)
    return (
        under is not None
        and _is_title_like(under.text.rstrip().rstrip(QUESTION_ENDS))
        and _words(under.text) >= MIN_TITLE_WORDS
    )


def _opening_date(stripped: str) -> str | None:
    """The date of a line that is a date alone, after a date's label at most ("Posted on April 29, 2022", "10.11.2021"):
    not a headline that holds a date among its words ("Wahl am 26. September 2021")."""
    body = DATE_LABEL_LINE.sub("", stripped)
    return _parse_date_body(body) or (_leading_date(body) if parse_date(stripped) else None)


def _fields_after_date(stripped: str) -> str | None:
    """The date that opens a line of short fields ("10 March 2024 · by admin · in News · Leave a comment"). A
    headline or a page's title may hold a date among its words, not first of its fields ("Blogposting 01/23/2020 –
    Nur mein Standpunkt")."""
    return _leading_date(stripped) if _date_among_fields(stripped) else None


def _date_then_section(lines: Sequence[_Line], index: int, stripped: str) -> str | None:
    """The date of a line that opens with a whole date, its year written out, and ends with a section's or a
    poster's few words, no separator between ("01.02.2022 Allgemein", "5. November 2021 admin News 0"), over a
    headline: the dateline of a header written over its headline. A headline that opens with a date goes on longer
    or sets the date apart ("12 March 2024: the day the dam broke")."""
    words = stripped.split()
    if (
        len(words) > MAX_DATE_WORDS + MAX_SECTION_WORDS
        or stripped.endswith(SENTENCE_END)
        or not FULL_YEAR.search(stripped)  # most lines of a header: no year, no reading of dates
    ):
        return None
    for n in range(min(len(words) - 1, MAX_DATE_WORDS), 0, -1):
        rest = " ".join(words[n:])  # a section's name holds no year: "27.01.2022 MineralölINFO November 2021" is one
        if (
            FULL_YEAR.search(words[n - 1])
            and len(words) - n <= MAX_SECTION_WORDS
            and not FULL_YEAR.search(rest)
            and (iso := _parse_date_body(" ".join(words[:n])))
        ):
            return iso if _headline_next(lines, index) else None
    return None


def _leading_date(text: str) -> str | None:
    """The date that a text starts with, however it goes on: the longest run of its first words that reads as
    one (a published date repeated as the updated one, a clock time and a place after it)."""
    words = text.split()[:MAX_DATE_WORDS]
    return next((iso for n in range(len(words), 1, -1) if (iso := _parse_date_body(" ".join(words[:n])))), None)


def _known_names(stripped: str) -> tuple[list[str], str | None] | None:
    """Names whose given names are known, with more than one name alone: a date ("Radu Ionescu și Ana Pop — 28 iul.
    2020"), another name ("Chantal Pelletier, Mathieu Gauthier et Jean-François Côté") or a role or outlet ("Jane Smith,
    Staff Writer"). A byline wherever it stands, above the headline too, where one name alone may
    be a kicker about that person. Only in the Latin script, where the list of given names can tell ("मूळ प्रसिद्धी २३
    नोव्हेंबर २०२५" is a label and a date)."""
    if not stripped[:1].isalpha() or len(stripped) > MAX_KNOWN_BYLINE_CHARS or not CAPITALIZED_PAIR.search(stripped):
        return None  # names first, a byline's length: else spare the names' costly reading
    found = _bare_names(stripped)
    if found is None or not all(map(known_name, found[0])):
        return None
    more = found[1] is not None or len(found[0]) > 1 or _fold(stripped) != _fold(found[0][0])
    return found if more else None


def _bare_names(stripped: str) -> tuple[list[str], str | None] | None:
    """A byline without a label, under the title: only full names ("Anna Nowak and Jan Kowalski"),
    optionally followed by a role or an outlet ("| Reporter", ", Senior Correspondent", "(dpa)")."""
    found = _bare_names_of(stripped)
    return (list(found[0]), found[1]) if found else None


@lru_cache(maxsize=4096)
def _bare_names_of(stripped: str) -> tuple[tuple[str, ...], str | None] | None:
    """`_bare_names`, kept per line: `_known_names` and the header's byline tests ask of the same line."""
    if len(stripped) > 150 or (stripped.endswith(SENTENCE_END) and not YEAR_WORD_END.search(stripped)):
        return None  # a sentence; not a date's year word ("… • 15 sierpnia 2025 r.", "… 15 августа 2025 г.")
    if _caseless(stripped) and DATE_LABEL_LINE.match(stripped):
        return None  # "نشر بتأريخ 26 كانون الأول 2020", published on: a dateline's label, no name without capitals
    names, published = _split_byline_date(HANDLE.sub("", stripped))  # "Jane Smith @janesmith": the handle vouches
    role = ROLE_PAREN.match(names)
    credited = bool(
        role
        and role["names"]
        # a small role word: in lowercase, or in a script without case ("(செய்தி, படங்கள்)", news and pictures)
        and (role["role"].islower() or (_caseless(role["role"]) and any(map(str.isalpha, role["role"]))))
        and len(role["role"].split()) <= MAX_KICKER_WORDS
    )
    bare = role["names"] if credited else strip_role(names)  # "Hoàng Huy (thực hiện)": a small role word, any language
    if bare == names and (placed := _without_place(names).strip()) != names.strip() and person_name(placed):
        bare = placed  # "Jane Smith in Berlin": a known given name, then where the writer files from
    if bare == names and (named := _name_before_role(names)):
        bare = named
    small = LOWER_ROLE.search(names) if bare == names and published else None
    if small and len(small[0].strip(" ,").split()) > 1 and _names_with_lower_role(names):
        # "Awa Seck, service culture, 27 août 2021": a small role, then the date (without it, "Marie Curie, la
        # pionnière" may be a headline; one word may be the date's, "Hà Nội, ngày 15 tháng 3 năm 2023")
        bare = names[: small.start()]
    if bare == stripped and len(_name_parts(bare)) < 2 and _without_label(bare) == bare:
        return None  # one capitalized pair alone ("Karabakh War") may be a subheading: a role, date, 2nd name or a
        # label before a known name decides ("Sagatavoja Andris Ozoliņš")
    names = bare
    vouched = bare != stripped  # a role, a date or a desk after the names ("გიორგი გელაშვილი · რედაქცია")
    authors = _every_name(names, labelled=vouched)
    if not vouched and _caseless(names) and not (authors and all(map(known_name, authors))):
        # in a script without case, words alone are no names: a phrase with a comma or an "and" reads so, unless the
        # list knows each name's given name ("سجاد الموسوي، حسين الساعدي")
        return None
    if (
        0 < len(authors) <= MAX_BARE_NAMES
        and all(map(_full_name_size, authors))
        and not any(_weekday(word) for author in authors for word in author.split())
        # a section's label in capitals with its section after it ("BLUE LIGHT · Police & fire"): no known given name,
        # no date, one phrase
        and (
            published is not None
            or not all(a.isupper() for a in authors)
            or any(map(person_name, authors))
            or len(authors) > 1  # "NOMVULA NDLOVU, LUNGELO NGCOBO": a list of full names, no label's one phrase
        )
        and not _nouns_before_digits(stripped, authors)
    ):
        return tuple(authors), published
    return None


def _name_before_role(names: str) -> str | None:
    """A known person's full name, then a writer's role with no mark between them ("Jane Smith Senior Reporter",
    "Jane Smith Contributor"), as a page's author box runs them together: the name."""
    words = names.split()
    for size in range(2, min(len(words), MAX_NAME_WORDS + 1)):
        name, role = " ".join(words[:size]), " ".join(words[size:])
        if MODIFIED_ROLE.fullmatch(role) and known_name(name) and all(map(_name_token, words[:size])):
            return name
    return None


def _nouns_before_digits(stripped: str, authors: list[str]) -> bool:
    """One pair right before a date's digits without a known given name first (a label before it allowed): a
    section's nouns or an outlet's name ("Ehrenamt Jugendverbände 23.01.2020", "Pressemitteilung Aktuell 02. November
    2021"), which `_date_after_name` reads as a dateline."""
    if len(authors) != 1:
        return False
    after = stripped.removeprefix(authors[0])
    return after[:1].isspace() and after.strip()[:1].isdigit() and not person_name(_without_label(authors[0]))


def _weekday(word: str) -> bool:
    """A weekday's full name in any language: "Published Tuesday, March 12, 2024" names no one. Not a short one, which
    may be a name or a word ("Per", "Thu", "la")."""
    return len(word) >= MIN_UNLISTED_DATE_WORD and _fold_word(word) in _calendar_words()[1]


def _staff_byline(stripped: str) -> tuple[list[str], str | None] | None:
    """A short credit to a desk or the newsroom under the title ("Redazione", "Door onze webredactie",
    "InfoPortal Haber Merkezi"): a byline without authors."""
    if len(stripped) > MAX_STAFF_CHARS or len(stripped.split()) > MAX_STAFF_WORDS or stripped.endswith(SENTENCE_END):
        return None  # by length too: a 9,000-character row of dashes is one "word", and STAFF's search on it is slow
    labelled = _after_label(stripped)
    if AGENCY_CREDIT.match(stripped) or (labelled is not None and AGENCY_CREDIT.match(labelled)):
        return [], None  # "ČTK", "(ΑΠΕ-ΜΠΕ)", "dpa/AFP", "Von dpa", "By The Associated Press": the agencies alone
    stripped = STAFF_AFTER.sub("", stripped)  # "La rédaction avec AFP"
    staff = STAFF.search(stripped)
    if not staff:
        return None
    # the desk word ends the credit, or one word qualifies it ("Por la redacción digital"), or a byline's label opens
    # it ("Por Redacción BBC Mundo"): "Newsroom cuts at the Herald" is a headline
    desks_only = _desks_only(stripped)  # "Staff and agencies"
    return ([], None) if _desk_credit(stripped) or len(stripped[staff.end() :].split()) <= 1 or desks_only else None


def _desks_only(text: str) -> bool:
    """Only desks' names, joined: "Redacción", "Staff and agencies"."""
    desks = [part.strip() for part in NAME_SPLIT.split(text) if part.strip()]
    return bool(desks) and all(STAFF.fullmatch(desk) for desk in desks)


def _after_label(stripped: str) -> str | None:
    """What follows a byline's label with no lead words before it: "Associated Press" of "By Associated Press"."""
    match = BYLINE.match(stripped)
    return match.group("names").strip() if match and not match.group("lead") else None


def _desk_credit(text: str) -> bool:
    """A byline's label, maybe an article, then a desk word: "Por Redacción BBC Mundo", "Von der Redaktion"."""
    staff = STAFF.search(text)
    return bool(staff and LABEL_OPENS.match(text[: staff.start()]))


def _without_place(names: str) -> str:
    """A byline's names without the place they write from ("By A and B in London"), unless that place is a second
    person's full name: "in" joins names in Slovenian ("Piše: Nina Mlakar in Tina Krajnc")."""
    place = TRAILING_PLACE.search(names)
    if place is None or len(_joined_names(names.split(",")[-1].strip())) > 1:
        return names
    return names[: place.start()]


def _first_field_byline(stripped: str) -> tuple[list[str], str | None] | None:
    """A byline that is the first of a line's fields, the others a photographer's credit or a role ("Texti: Ólafur
    Ólafsson · Ljósmyndir: Hrafn Bjarnason"): its labelled names."""
    fields = FIELD_SEP.split(stripped)
    if len(fields) < 2 or _rule_of(fields[0].strip()) is not None or _glued_credit(stripped):
        return None  # "Foto: A · Reuters" is a picture's credit; "By A — The council voted …", a paragraph
    if any(len(field.split()) > MAX_CREDIT_FIELD_WORDS for field in fields[1:]):
        return None  # "Sie ist die Königin des Aufräumens – und seit Anfang 2019 …": a sentence goes on, no credit
    return _byline(fields[0].strip()) or _labelled_names(fields[0].strip())


def _byline(stripped: str) -> tuple[list[str], str | None] | None:
    """Authors (and a date after a separator) of a byline line, or None. Its first credit counts ("Story by A;
    photos by B"), and a handle after the names is none ("A @a_handle"); a colon may end it, as the text it stood
    over followed ("Autor Mark Newton:")."""
    if stripped.startswith("(") and stripped.endswith(")"):
        stripped = stripped[1:-1]  # "(Reporting by A; Editing by B)": a wire story's credit under its text
    stripped = GLUED_PREFIX.sub(r"\1 ", stripped.removesuffix(":"))
    first, *credits = stripped.split(";")
    match = BYLINE.match(first)
    if not match or len(stripped) > 300 or _glued_credit(stripped):
        return None
    if REVIEWED.fullmatch(match.group("lead").strip()):
        return [], None  # "Medically reviewed by Dr. A B": a credit, but not the author's
    if NOT_WRITER.fullmatch(match.group("lead").strip()):
        return None  # "Powered by GetYourGuide": a widget's maker, no byline
    labels = stripped[match.end("lead") : match.start("names")]
    if ":" not in labels and _desk_credit(labels):
        return None  # "Por Redacción BBC Mundo": a desk's credit (`_staff_byline`), not a name "BBC Mundo"
    names = CREDIT_SENTENCE.split(NAMES_END.split(match.group("names"))[0])[0]
    names, published = _split_byline_date(HANDLE.sub("", MAIL.sub("", names)))
    names, *slashed = SPACED_SLASH.split(names.strip())
    names = TRAILING_CLOCK.sub("", names.strip())  # "Posted by A at 5:11 AM", "Von A um 14:30 Uhr"
    if published:  # "von A Erstellt am 01.01.23": the date's label after the names, not "Ben Stand"
        names = TRAILING_DATE_LABEL.sub("", names)
    placed = _without_place(ROLE_BEFORE_NAMES.sub("", names.strip()))
    names = strip_role(placed)
    if match.group("lead") and (after := _field_after(placed, names)) and not _is_role(after):
        return None  # "Die besten Tricks von Marie Kondo für Kleiderschrank & Co.": with words before the label, a
        # headline; after "Ein Beitrag von A" only a role or an outlet the vocabulary knows
    authors = parse_authors(names, labelled=True)
    if (match.group("lead") or labels.strip(" :—–-").casefold() in GREETINGS) and (
        len(authors) != len(_name_parts(_without_stop(names), labelled=True))
        or any(len(a.split()) < 2 for a in authors)
    ):
        # with lead words ("Ein Beitrag von ..."), everything after the prefix must be full names:
        # "Askö ägs huvudsakligen av Naturvårdsverket" is a headline
        return None
    if authors:
        authors += _co_authors([*slashed, *credits])
    return (authors, published) if authors else None


def _co_authors(parts: list[str]) -> list[str]:
    """The known people's full names that follow a byline's first names after a slash or a semicolon ("By A / B",
    "By A; B"), up to the first part that is none: a place, an outlet or another credit ("/ Reuters", "; photos by
    B")."""
    found: list[str] = []
    for part in parts:
        names = parse_authors(strip_role(part.strip()), labelled=True)
        if not names or not all(_full_name_size(name) and known_name(name) for name in names):
            break
        found += names
    return found


def _field_after(stripped: str, name: str) -> str:
    """What a byline line holds after a name: a role, an outlet, a section, or nothing."""
    return stripped.partition(name)[2].strip(BYLINE_FIELD_MARKS)


def _weak_byline(stripped: str, byline: tuple[list[str], str | None]) -> bool:
    """One name and after it only a field that is no known role or outlet, no date: a section's name with its topic
    or count ("ছবির গল্প · ১৪টি ছবি", "क्राइम डायरी · पोलीस आणि अग्निशमन") reads so in a script without case. A later
    byline that vouches for itself (`_vouched_byline`) is the header's."""
    names, published = byline
    if len(names) != 1 or published is not None or not stripped.startswith(names[0]) or known_name(names[0]):
        return False
    field = _field_after(stripped, names[0])
    return bool(field) and not _is_role(field)


def _vouched_byline(stripped: str, byline: tuple[list[str], str | None]) -> bool:
    """A byline with a date, more than one name, or a known role or outlet after its one name."""
    names, published = byline
    if published is not None or len(names) > 1:
        return True
    return bool(names) and bool(field := _field_after(stripped, names[0])) and _is_role(field)


def _vouched_names(stripped: str) -> tuple[list[str], str | None] | None:
    """Names alone on a line (`_bare_names`) that vouch for themselves as a byline (`_vouched_byline`)."""
    found = _bare_names(stripped)
    return found if found is not None and _vouched_byline(stripped, found) else None


def _evident_names(stripped: str) -> tuple[list[str], str | None] | None:
    """Names alone on a line that no headline or credit line can be: vouched for (`_vouched_names`) by a known given
    name or by an outlet or role after them ("A and B / Reuters"), in a script with capitals. Without capitals, a
    headline's phrase with a comma reads as two names, unless the list knows each one's given name ("نواف الكندري،
    منيرة العنزي") or a news agency alone follows them; without a known name or an outlet, "Kadın Hastalıkları ve
    Doğum Kliniği" is a headline and "Tari Pāpāho, Whare Pāremata" a desk."""
    found = _vouched_names(stripped)
    if found is None:
        return None
    field = _field_after(stripped, found[0][-1])
    if any(map(_caseless, found[0])):  # or only a news agency after them: "مهدی کاظمی / ایرنا" (IRNA)
        return found if all(map(known_name, found[0])) or (field and AGENCY_CREDIT.match(field.lstrip("/ "))) else None
    return found if any(map(known_name, found[0])) or (field and _is_role(field)) else None


def _byline_over_headline(
    lines: Sequence[_Line], index: int, stripped: str, stops: StopWords
) -> tuple[list[str], str | None] | None:
    """Names that say they are a byline (`_vouched_names`: "A and B, InfoPortal") right over a headline that a date
    or a byline confirms under it: the header's byline, read before the headline, not a headline itself. A known
    given name or an outlet or role after them tells them from a headline whose words are all capitalized. One
    person's name alone there (`_lone_name`: "Reto Brunner"), or before a short field (a section: "Соломія Гнатюк |
    Робота"), not in capitals and in a script with capitals, is the byline too, unless the headline or the text under
    it names that person: then it is a topic's kicker ("Taylor Swift" over "Taylor Swift announces a tour"). A date
    confirms the header, or, for one name alone, the article's first paragraph right under the headline: a column's
    writer over its headline ("Götz Warnke" / "Der WindRebell"). Under a confirmed byline a headline of two words is
    one. Known names whose surname the lines under them use are the headline's words (`_surname_under`)."""
    found = _evident_names(stripped)
    if found is not None and any(known_name(a) and _surname_under(lines, index, a) for a in found[0]):
        return None
    rows = [i for i in range(index + 1, min(len(lines), index + 2 * HEADER_LOOKAHEAD)) if not lines[i].blank][:4]
    # the names, their date, then the headline
    dated = bool(rows) and (
        lines[rows[0]].reason == "dateline"
        or bool(_line_date(date := lines[rows[0]].text.strip()) or _date_among_fields(date))  # "02.11.2022 - Placebo"
    )
    rows = rows[1:] if dated else rows
    if len(rows) > 2 and _copied_under(lines, rows[0]):
        del rows[1]  # the headline's copy under it: what stands under the two confirms it
    rows = rows[:2]
    if len(rows) < 2 or lines[rows[0]].reason is not None:
        return None
    headline, under = lines[rows[0]].text.strip(), lines[rows[1]].text.strip()
    if (
        found is None
        and not stripped.isupper()  # a badge in capitals ("JOB ALERT") over the headline
        and not _caseless(stripped)  # or any two words in a script without capitals
        and _lone_name(name := FIELD_SEP.split(stripped)[0], stops)
        and len(stripped.split()) - len(name.split()) <= MAX_SECTION_WORDS
        and not _named_below(lines, index, name)
    ):
        found = [name], None
    if found is None:
        return None
    above = _previous_line(lines, index)
    # a date under the headline, or over the names: "22.11.2022" / "Christian Mihatsch" / the headline
    confirmed = (
        _line_date(under)
        or _byline(under)
        or _date_among_fields(under)
        or (above is not None and above.reason == "dateline")
        or dated
        # one name alone over a headline the first paragraph is under: an opinion column's writer
        or (found == ([stripped], None) and _is_paragraph(under) and not _date_among_fields(headline))
    )
    echo = _echo_key(headline) == _echo_key(stripped)  # the page's title over the headline, its echo
    return (
        found
        if confirmed
        and not echo
        and _is_title_like(headline.rstrip(QUESTION_ENDS))  # a question too: "Firmenwagen: Leasing oder Finanzierung?"
        and _words(headline) >= MIN_SIGNED_TITLE_WORDS
        else None
    )


def _surname_under(lines: Sequence[_Line], index: int, name: str) -> bool:
    """Whether the last word of a name stands in the SUBJECT_LINES lines right under it (the headline, a standfirst,
    the first paragraph): capitalized words that read as names ("Olympische Spiele in Paris Getränke …") share the
    story's topic with the text under them, a writer's surname does not. Only the nearest lines: an article may end
    with its byline again."""
    under = itertools.islice(
        (line for line in itertools.islice(lines, index + 1, None) if not line.blank), SUBJECT_LINES
    )
    return _named_in(name.split()[-1], under)


def _named_below(lines: Sequence[_Line], index: int, name: str) -> bool:
    """Whether a word of a name stands in the lines under it (the headline and the text's first lines): the name of
    the story's subject, not its writer's."""
    return _named_in(name, lines[index + 1 : index + 1 + BODY_TOPIC_LINES])


def _named_in(name: str, under: Iterable[_Line]) -> bool:
    """Whether a word of a name, not a particle ("De" of "Verónica De Vita" in "4 de mayo"), stands in these lines."""
    words = {_fold(word) for word in _named_words(name)}
    return any(words & set(_fold(line.text).split()) for line in under)


def _header(lines: Sequence[_Line], result: Cleaned, stops: StopWords) -> int | None:
    """Title, bylines and datelines: the lines before the first body line. Returns its index.

    The title is the one title-like line of the header with at least MIN_TITLE_WORDS words
    (shorter ones, such as an unknown widget's label, are left alone); with two different ones
    (a title and a subheading, or no title at all) none is taken, unless a byline or a dateline
    right under one of them, or the article's words, confirm it (see `_choose_title`). Once the title
    is cut, the cleaned text starts with body, so a second pass finds no title to cut, but where a
    standfirst or a subheading stood under the headline.
    """
    title_lines: list[_Line] = []
    confirmed: _Line | None = None  # the longest headline-like line right above a byline or a dateline
    previous: _Line | None = None  # the last header line read as a headline, a byline or a dateline
    updated: str | None = None
    standfirst: int | None = None  # the first paragraph read as the header's standfirst
    menu: _Line | None = None  # the header's first breadcrumb or menu row
    last_meta: int | None = None  # the index of the last byline or dateline read
    first_meta: _Line | None = None  # the first byline or dateline read
    # the line a scraper writes its title on: the first, or the first under the menus and labels a rule removed;
    # the opening, that line when it may be a two-word headline
    lead = _lead(lines)
    opening = lead if lead is not None and _short_headline(lead) else None
    short: _Line | None = None  # that line, when the first byline or dateline stands right under it
    labelled_read = False  # the authors come from a labelled byline ("By A", "作者：A")
    weak_read = False  # they come from one name that only an unknown field after it vouched for
    for index, line in enumerate(lines):
        if menu is None and line.reason == "navigation":
            menu = line
        if credit := _credited_byline(line):
            line.reason = "byline"
            result.authors = result.authors or _people(credit[0])
            result.published = result.published or credit[1]
            continue
        if result.published is None and (iso := _removed_dateline(line)):
            line.reason = "dateline"
            result.published = iso
            continue
        if (
            line.reason in STRAY_WORD_REASONS
            and any(_words(ln.text) >= MIN_TITLE_WORDS for ln in title_lines)
            and (first_name := _given_name_by_date(lines, index, line.text.strip(), stops))
        ):
            line.reason = "byline"  # a blog's first-name credit: alone, a word reads as a menu's item or a stray line
            result.authors = result.authors or first_name[0]
        if line.blank or line.reason not in (None, "repeated_line", "byline"):
            continue
        stripped = line.text.strip()
        if line.reason == "byline":  # "Reporting by …" matched by its pattern: still the header's authors
            if byline := _byline(stripped):
                result.authors = result.authors or byline[0]
                result.published = result.published or byline[1]
        elif line.reason == "repeated_line":  # a site's "Published <date>" repeats once digits are folded
            if byline := _byline(stripped):
                line.reason = "byline"
                result.authors = result.authors or byline[0]
                result.published = result.published or byline[1]
            elif iso := _line_date(stripped):
                line.reason = "dateline"
                result.published = result.published or iso
            elif pair := _published_and_updated(stripped):
                line.reason = "dateline"
                result.published = result.published or pair[0]
            else:
                continue
        elif title_lines and _echo_key(stripped) and _echo_key(stripped) in {_echo_key(ln.text) for ln in title_lines}:
            title_lines.append(line)  # the title again: an echo, never a byline
        elif title_lines and (fields := _fields_after_title(stripped, title_lines)):
            line.reason = "dateline"
            result.authors = result.authors or _people(fields[0])
            if fields[2]:
                updated = updated or fields[1]
            else:
                result.published = result.published or fields[1]
        elif (
            byline := (labelled := _byline(stripped) or _cjk_byline(stripped))
            or _known_names(stripped)
            or (None if title_lines else _byline_over_headline(lines, index, stripped, stops))
            or (None if title_lines else _date_then_names(stripped))  # "March 5, 2024 | By A" over the headline
            or (
                (
                    _labelled_byline(lines, index, stripped, title_lines)
                    or _suffixed_byline(stripped)
                    or _bare_names(stripped)
                    or _signature(stripped, alone=not _listed(lines, index))  # "- Nadja Podbregar" under a dateline
                    or _staff_byline(stripped)
                    or _name_then_verb(stripped)
                    or _first_field_byline(stripped)
                    or _names_with_lower_role(stripped)
                    or _name_over_date(lines, index, stripped, stops)
                    or _date_then_names(stripped)
                    or _split_byline(lines, index, stripped)
                    or _name_under_date(lines, index, stripped, stops)
                    or _given_name_by_date(lines, index, stripped, stops)
                    or _name_between_headline_and_text(lines, index, stripped, stops)
                    or _small_word_byline(stripped, stops)
                    or _fielded_byline(stripped)
                )
                # under a headline, not a kicker: three words, or two on the document's first line right above (or above
                # the first byline or dateline, which stood right under it)
                if any(_words(ln.text) >= MIN_TITLE_WORDS for ln in title_lines)
                or (
                    opening is not None
                    and title_lines == [opening]
                    and (_under_opening(lines, index, opening, standfirst) or short is not None)
                )
                else None
            )
        ):
            line.reason = "byline"
            people = _people(byline[0])
            if labelled and not labelled_read:  # a label names the authors: over names read from their shape alone
                result.authors, labelled_read, weak_read = people or result.authors, True, False
            elif people and (not result.authors or (weak_read and _vouched_byline(stripped, byline))):
                # the first byline's, or one over a section's name that read as a person's (`_weak_byline`)
                result.authors, weak_read = people, _weak_byline(stripped, byline)
            result.published = result.published or byline[1]
        elif iso := _line_date(stripped):
            line.reason = "dateline"
            if UPDATED_LINE.match(stripped):  # "Updated: …" before "Published: …": the published date wins
                updated = updated or iso
            else:
                result.published = result.published or iso
        elif pair := _published_and_updated(stripped):
            line.reason = "dateline"
            result.published = result.published or pair[0]
            updated = updated or pair[1]
        elif (
            (title_lines or last_meta is not None)
            and (iso := _date_among_fields(stripped) or _date_after_name(stripped))
            # under a headline or a byline: "Johanna Kropfitsch" / "02.11.2022 - Placebo - Stadthalle"
        ) or (
            not title_lines
            and (iso := _date_then_section(lines, index, stripped) or _dated_fields_over(lines, index, stripped))
        ):  # over one: "01.02.2022 News", "10 March 2024 · by admin · in News"
            line.reason = "dateline"
            result.published = result.published or iso
        elif not _has_word(stripped):
            continue  # marks, digits, a share row ("f  TG  ✉"): no headline and no body, so no end of the header either
        elif (
            last_meta is not None
            and _header_field(stripped)
            and not _first_headline_by_meta(lines, index, title_lines, stops)
            and not _headline_twice(lines, index, stripped, title_lines)
        ) or REFERENCE.match(stripped):
            line.reason = "header_field"
            continue
        elif not title_lines and first_meta is None and _notice_over_header(lines, index, stops):
            line.reason = "header_notice"
            if lead is line:  # the scraper's first line is the headline under the notice
                lead = _lead(lines[index + 1 :])
                opening = lead if lead is not None and _short_headline(lead) else None
            continue
        elif not _is_title_like(stripped) and not _header_goes_on(lines, index, title_lines, stops):
            result.published = result.published or updated
            body_topic = cache(partial(_topic, [ln.text for ln in lines[index : index + BODY_TOPIC_LINES]], stops))
            _choose_title(title_lines, confirmed, result, menu, first_meta, body_topic, short, lead)
            _lone_title(lines, title_lines, index, result)
            return index
        elif not _is_title_like(_headline_core(stripped, first=not title_lines)):
            standfirst = index if standfirst is None else standfirst
            continue  # a standfirst: article text inside the header, above its byline or dateline; it confirms nothing
        elif (confirmed is not None and last_meta is not None and _field_under(lines, index, confirmed, last_meta)) or (
            _field_over_meta(lines, index, title_lines)
        ):
            line.reason = "header_field"
            continue
        else:
            title_lines.append(line)
            if len(title_lines) > MAX_HEADER_LINES:  # only headline-like lines count: a second pass sees the same
                break
        if line.reason in ("byline", "dateline"):
            last_meta = index
            if first_meta is None:
                first_meta = line
                short = opening if opening is not None and _under_opening(lines, index, opening, standfirst) else None
        if (
            line.reason in ("byline", "dateline")
            and previous is not None
            and previous.reason is None
            and _words(previous.text) >= MIN_TITLE_WORDS
            # a kicker over a byline, then the headline over the dateline: the longer line is the headline; but over a
            # headline of its own length, not a short line with a figure between two of the header's fields ("updated
            # 6 hours ago" between the dateline and the byline)
            and (
                confirmed is None
                or (
                    _words(previous.text) > _words(confirmed.text)
                    and not (_words(confirmed.text) >= FIRST_HEADLINE_WORDS and _field_between_meta(lines, previous))
                )
            )
        ):
            confirmed = previous
        previous = line
    result.published = result.published or updated
    if standfirst is not None:  # the text ends in the header's byline: its title read as it would be without it
        _choose_title(title_lines, confirmed, result, menu, first_meta, opening=short, lead=lead)
        _lone_title(lines, title_lines, standfirst, result)
    return None


def _removed_dateline(line: _Line) -> str | None:
    """The date of a line a rule removed that in the header is its dateline: a republished article's note, under its
    text a footer ("Bu yazı ilk kez 28 Haziran 2024 tarihinde yayımlandı", first published on …), or a blog theme's
    dateline that ends with its comment count ("January 10, 2019 JeGX 1 Comment")."""
    stripped = line.text.strip()
    if line.reason == "comments":
        return _leading_date(stripped)
    if line.reason == "footer" and len(stripped.split()) <= MAX_DATELINE_WORDS:
        return _first_date(stripped)
    return None


def _first_line_title(lines: Sequence[_Line], rows: list[int], result: Cleaned) -> None:
    """A scraper writes the title first. When no header rule chose one, an extract's first line is it, if no rule
    removed it, it is shaped as a headline (a question or a quote too), not a label in capitals, a date or a byline,
    and running text follows it within the header's reach. A layout that writes the byline and dateline first puts
    the headline right under them, where the header may have read it as one more of their fields, but a count
    ("Read 217 times today")."""
    if result.title is not None or not rows:
        return
    fields = next((k for k, i in enumerate(rows) if lines[i].reason not in ("byline", "dateline")), len(rows))
    rows = rows[fields:]
    if not rows or lines[rows[0]].reason not in ((None, "header_field") if fields else (None,)):
        return
    first = lines[rows[0]]
    text = first.text.strip()
    if (
        (first.reason == "header_field" and _count_field(text))
        or not _is_title_like(text.rstrip(QUESTION_ENDS))
        or _capitals(text)
        or _line_date(text)
        or _byline(text)
        or not any(_is_paragraph(lines[r].text) for r in rows[1 : TOP_LINES + 1])
    ):
        return
    result.title = text
    first.reason = "title"


def _field_between_meta(lines: Sequence[_Line], line: _Line) -> bool:
    """A short line with a figure right under a byline or a dateline (and over another): one more field of the
    header's."""
    above = _previous_line(lines, lines.index(line))
    return (
        above is not None
        and above.reason in ("byline", "dateline")
        and len(line.text.split()) <= MAX_FIELD_LINE_WORDS
        and bool(HEADLINE_FIELD_MARK.search(line.text))
    )


def _lead(lines: Sequence[_Line]) -> _Line | None:
    """The first line no rule removed, but a kicker in capitals over it ("ТРЕНДЫ"), which is no headline either."""
    return next(
        (line for line in lines if not line.blank and line.reason is None and not _is_kicker(line.text.strip())), None
    )


def _notice_over_header(lines: Sequence[_Line], index: int, stops: StopWords) -> bool:
    """A sentence above the article's header, the document's first: a disclosure, an alert or an editor's note
    ("We may earn a commission from partners mentioned here.", "This article is more than 5 years old"). It is no
    body when a headline follows it, shorter than it, with a byline or a dateline under that (`_meta_below`)."""
    stripped = lines[index].text.strip()
    if not MIN_NOTICE_WORDS <= len(stripped.split()) <= MAX_STANDFIRST_WORDS or _is_title_like(stripped):
        return False  # (a headline that ends as a sentence, "Python 3.6.0 is now available!", is shorter)
    following = next((p for p in range(index + 1, len(lines)) if not lines[p].blank and lines[p].reason is None), None)
    if following is None:
        return False
    headline = lines[following].text.strip()
    return (
        _is_title_like(headline.rstrip(QUESTION_ENDS))  # a question too: "Pemimpin … memandang Ki Arga?"
        and MIN_TITLE_WORDS <= _words(headline) < _words(stripped)
        and not (_line_date(headline) or _byline(headline) or _known_names(headline))  # "A and B": a byline
        and _meta_below(lines, following, stops, NOTICE_META_LOOKAHEAD)
    )


def _lone_title(lines: Sequence[_Line], title_lines: Sequence[_Line], body: int, result: Cleaned) -> None:
    """The title, when none was chosen, is the lone short opening over the text starting at `body` (`_lone_opening`)."""
    if result.title is None and _lone_opening(lines, title_lines, body):
        result.title = title_lines[0].text.strip()
        title_lines[0].reason = "title"


def _lone_opening(lines: Sequence[_Line], title_lines: Sequence[_Line], body: int) -> bool:
    """A line of one or two words alone over an extract's article text, its only header line ("Batteriespeicher",
    "Kleine Schafskunde"), or over its standfirst and the byline or dateline under it ("Budget approved" / "The
    mayor says …" / "March 5, 2024"): a scraper writes the title first, however short. Not in capitals (a label),
    not on a whole page (whose first line `_page_header` reads), not over more header lines. A long extract may open
    with its dateline and byline over it ("22.12.2018" / "Von Clemens Höges" / "Ein Albtraum"), as no page does."""
    if len(title_lines) != 1:
        return False
    line = title_lines[0]
    text = line.text.strip()
    at = lines.index(line)
    if not (_extract(lines) or _fields_only_above(lines, at)):
        return False
    # what a rule removes around it is gone on a second pass, which must agree: only the lines left count
    kept = [ln for ln in lines[at + 1 : body + 1] if not ln.blank and ln.reason is None]
    return (
        _first_kept(lines, at)
        and 1 <= len(text.split()) <= 2
        and _is_title_like(text)
        and not _capitals(text)
        and not any(c.isdigit() for c in text)
        and kept[-1:] == [lines[body]]
        and (len(kept) == 1 or _standfirst_under(text, kept, lines, body))
        and len(lines[body].text.split()) >= BODY_WORDS
    )


def _fields_only_above(lines: Sequence[_Line], index: int) -> bool:
    """Whether only a byline or a dateline stand above a line, and at least one: a long article extract that opens
    with its header's fields, which no whole page does (its HTML title and menus come first)."""
    above = [line for line in lines[:index] if not line.blank]
    return bool(above) and all(line.reason in HEADER_FIELDS for line in above)


def _standfirst_under(text: str, kept: list[_Line], lines: Sequence[_Line], body: int) -> bool:
    """Whether the one line between a short opening and the text is its standfirst, a byline or dateline under it,
    and the opening names the story's topic, as a section's name ("Local News") does not."""
    if len(kept) != 2 or len(kept[0].text.split()) < BODY_WORDS:
        return False
    told = {word[:TOPIC_STEM] for ln in kept for word in tokenize([ln.text])[0]}
    return any(ln.reason in ("byline", "dateline") for ln in lines[lines.index(kept[0]) : body]) and any(
        word[:TOPIC_STEM] in told for word in tokenize([text])[0] if len(word) >= MIN_SHARED_CHARS
    )


def _first_kept(lines: Sequence[_Line], index: int) -> bool:
    """Whether no line above `index` is one that no rule removed: the first line a second pass over the cleaned text
    would see."""
    return all(line.blank or line.reason is not None for line in lines[:index])


def _extract(lines: Sequence[_Line]) -> bool:
    """An article extract, not a whole page: fewer lines than a page's, counting those no rule removed (a second pass
    over the cleaned text counts the same)."""
    return sum(not line.blank and line.reason is None for line in lines) < MODEL_MIN_LINES


def _short_headline(line: _Line) -> bool:
    """Two words that may be a headline ("Tridents' challenge" over "Posted on April 29, 2022"): no sentence, no
    capitals label or kicker, no slug ("Economy/Budget"). Only on the document's first line, right over its first
    byline or dateline: a label of two words elsewhere heads a menu or a section."""
    text = line.text.strip()
    return (
        line.reason is None
        and _words(text) == 2
        and len(text.split()) == 2
        and _is_title_like(text)
        and not _capitals(text)
        and not _is_kicker(text)
    )


def _fields_after_title(stripped: str, title_lines: Sequence[_Line]) -> tuple[list[str], str, bool] | None:
    """A dateline that opens with the headline it dates, as a blog theme writes it ("Plaisir D'Aromes was last
    modified: Januar 8th, 2017 by Eleonore"): the headline's words read as no field, so what follows them is read
    alone. Only a date makes it a field: the headline again with more words is a subheading or the body's lede.
    Returns the names, the date, and whether a label says it is the updated date (asked of what follows only: a
    headline may hold such a word, "Stand der Dinge")."""
    for title in title_lines:
        head = title.text.strip()
        if (
            _words(head) >= MIN_TITLE_WORDS
            and stripped.startswith(head + " ")
            and (read := _date_then_names(rest := stripped[len(head) :].strip()))
            and read[1]
        ):
            return read[0], read[1], bool(UPDATED_SPLIT.search(rest))
    return None


def _date_then_names(stripped: str) -> tuple[list[str], str | None] | None:
    """A dateline that ends with its byline, after a field's separator or a small word ("3 March 2024, 14:05 | Jane
    Smith", "Posted on March 3, 2024 by Jane Smith", "Publicado el 3 de marzo de 2024 por Ana Pérez")."""
    if len(stripped) > MAX_STAFF_CHARS:
        return None
    stripped = _without_post_nominals(stripped)  # "… · Lukas Pichler, LL.M.": no sentence's stop
    stripped = COMMENT_LINK_TAIL.sub("", stripped)  # "… by Jane Smith — Leave a comment": a blog theme's link
    if stripped.endswith(SENTENCE_END) or not any(c.isdigit() for c in stripped):
        return None
    fields = [f.strip() for f in FIELD_SEP.split(stripped) if f.strip()]
    counted = len(fields)
    while len(fields) > 1 and _count_field(fields[-1]) and not _line_date(fields[-1]):
        fields = fields[:-1]  # "March 5, 2024 by Jane Smith · 5 min read": a reading time or a count after the names
    if len(fields) < counted:
        stripped = " | ".join(fields)
    if len(fields) > 2 and _is_role(fields[-1]) and not _is_role(fields[-2]) and _full_names(fields[-2]):
        fields = fields[:-1]  # "13 जुलाई 2023 — A | लीगल डेस्क": the names before their desk
    cuts = [(" | ".join(fields[:-1]), "", fields[-1])] if len(fields) > 1 else []
    cuts += [
        (stripped[: m.start("word")], m["word"], stripped[m.end() :])
        for m in DATE_THEN_NAMES.finditer(stripped)
        if m["word"].islower()
    ]
    # a hyphen, spaced, between the date and the names: "5 Mart 2024 - Jane Doe" (not a field mark elsewhere: a page
    # title's site name follows one)
    cuts += [(stripped[: m.start()], "", stripped[m.end() :]) for m in SPACED_HYPHEN.finditer(stripped)]
    # nothing between a date that ends with its year and the names: "November 21, 2022 Jane Smith", a theme's row;
    # a blog's author by the given name alone ("November 21, 2022 Jules")
    for m in YEAR_THEN_WORD.finditer(stripped):
        head, name = stripped[: m.start()], stripped[m.end() :].strip()
        if " " in name or not known_name(name):
            cuts.append((head, "", name))
        elif iso := _line_date(head):
            return [name], iso
    for head, word, counted in cuts:
        names = TRAILING_COUNT.sub("", counted)
        if not (iso := _line_date(head.strip())):
            continue
        # "الخميس 28 دجنبر 2023 — بقلم أمين بلحاج": a label before the names after the date's one field; a desk's
        # word may be that label ("05.02.2020 - Redaktion: Eberhard Fuhr")
        if not word and " | " not in head and (byline := _marked_byline(names)):
            return byline[0], iso
        if STAFF.search(names):
            continue  # a desk last ("| قسم الرياضة", sports desk): the byline is a field before it
        # names one of which the list lacks vouch for one another ("13.10.2015 — Neusa Trindade e Arlindo Bragança")
        if authors := _full_names(names) or _names_before_category(names) or (_evident_names(names) or ([], None))[0]:
            return authors, iso
        if LABEL_LINE.fullmatch(word) and len(names.split()) <= MAX_HANDLE_WORDS:
            return [], iso  # "Veröffentlicht am 12. Juni 2017 von gizzmo": a handle or the blog's name credits no one
    return _names_among_fields(fields)


def _names_with_lower_role(stripped: str) -> tuple[list[str], str | None] | None:
    """Full names, a comma and a role in lowercase of at most MAX_ROLE_WORDS words, whatever the vocabulary knows of it
    ("Linnea Sjöblom, musikkritiker", "Jefri Tumbelaka, kritikus musik", "Jane Doe, staff writer"): a byline."""
    role = LOWER_ROLE.search(stripped)
    if role is None or len(role[0].split()) > MAX_ROLE_WORDS or "," in role[0][1:] or stripped.endswith(SENTENCE_END):
        return None
    authors = _full_names(stripped[: role.start()])
    return (authors, None) if authors else None


def _names_among_fields(fields: list[str]) -> tuple[list[str], str | None] | None:
    """A dateline's fields, then the byline's, maybe then its role or desk ("18 March 2015 · 4 min read | By Chloe
    Nguyen | Airlines Editor", "24.5.2019 13:12 | Linnea Sjöblom | Sport", "16 Aralık 2022 · 7 dk okuma | Muhabir:
    Ertuğrul Beyoğlu"): the names field stands right after the date's, labelled (by any one word and a colon) or
    full names with a role after a comma, and at most one short field follows it."""
    for cut in range(1, len(fields)):
        head, names, rest = " | ".join(fields[:cut]), fields[cut], fields[cut + 1 :]
        if len(rest) > 1 or (rest and (len(rest[0].split()) > MAX_SECTION_WORDS or any(c.isdigit() for c in rest[0]))):
            continue
        if not (iso := _line_date(head) or _leading_date(head)):  # "Monday 22 June 2020, 6.47am AEST"
            continue
        if byline := _marked_byline(names):  # "서주원 기자": the reporter's word after a name
            return byline[0], iso
        if CREDIT.match(names):
            continue  # "Foto: A B": the picture's credit, not the text's
        names = FIELD_LABEL.sub("", names)  # "Muhabir: ", "Bài: ": a label the vocabulary lacks
        names = LOWER_ROLE.sub("", names)  # ", giornalista RP", ", kritikus musik": names are capitalized
        if authors := _full_names(bare := strip_role(names)):
            return authors, iso
        # a role after them vouches for names the list lacks ("Refilwe Pillay, Pet Care Writer")
        vouched = bare != names and _every_name(bare, labelled=True)
        if vouched and all(map(_full_name_size, vouched)):
            return vouched, iso
    return None


def _fielded_byline(stripped: str) -> tuple[list[str], str | None] | None:
    """A byline among a header line's fields in any order, the date's among them, whatever labels and roles the
    vocabulary lacks ("Jón Sigurðsson skrifar – 19. jún. 2018 20:41", "Selasa, 18 Juli 2017 06:57 WITA · Laporan
    wartawan InfoPortal, Jefri Tumbelaka", "Thứ sáu, 13/05/2022 23:32 | Quốc Lan – biên tập viên"): one field holds
    full names, with at most a short label before them and a role after them, another a whole date, and the rest are
    short (a time, a reading time, a role, a place). No sentence, no picture's credit."""
    if len(stripped) > MAX_STAFF_CHARS or stripped.endswith(SENTENCE_END) or CREDIT.search(stripped):
        return None
    fields = [f.strip() for f in FIELD_SEP.split(stripped) if f.strip()]
    if len(fields) < 2:
        return None
    named = [(at, authors) for at, field in enumerate(fields) if (authors := _field_names(field))]
    if len(named) != 1:
        return None
    at, authors = named[0]
    others = fields[:at] + fields[at + 1 :]
    iso = next((iso for field in others if (iso := _field_date(field))), None)
    if iso is None or any(len(field.split()) > MAX_ROLE_WORDS + 2 for field in others):
        return None
    return authors, iso


def _field_names(field: str) -> list[str]:
    """The full names a byline's field holds, after a label of up to MAX_FIELD_LABEL_WORDS words and before a role
    or a verb in lowercase or after a comma ("Laporan wartawan InfoPortal, Jefri Tumbelaka", "Jón Sigurðsson
    skrifar", "بهزاد کاظمی، دامپزشک"); none if the field has a digit (a date's or a count's)."""
    if any(c.isdigit() for c in field):
        return []
    parts = [p.strip() for p in re.split(r"[,،]\s+", field) if p.strip()]
    for start in range(min(len(parts), 2)):
        for end in range(len(parts), start, -1):
            if len(parts) - end > 1:
                break
            words = ", ".join(parts[start:end]).split()
            tail = len(words)
            while tail > 2 and len(words) - tail < MAX_LOWER_TAIL_WORDS and words[tail - 1].islower():
                tail -= 1  # "skrifar", "tổng hợp": a verb or a role in lowercase after the names, not a sentence's
            words = words[:tail]
            for cut in range(MAX_FIELD_LABEL_WORDS + 1):
                if authors := _full_names(" ".join(words[cut:])):
                    return authors
    return []


def _names_before_category(names: str) -> list[str]:
    """Full names before the post's category, which a blog's dateline ends with after a small word ("Christian Spließ
    in Allgemeines", "Jane Smith in Uncategorized", "Ana Pérez en Noticias")."""
    words = names.split()
    for cut in range(len(words) - 2, 1, -1):
        if words[cut].islower() and len(words[cut]) <= MAX_JOINER_CHARS and len(words) - cut <= MAX_SECTION_WORDS:
            return _full_names(" ".join(words[:cut]))
    return []


def _full_names(names: str) -> list[str]:
    """The people a text names when it names nothing else: full names, known given names first in the Latin script."""
    authors = parse_authors(names)
    if (
        authors
        and len(authors) == len(_name_parts(_without_stop(names)))
        and all(_full_name_size(a) and person_name(a) for a in authors)
    ):
        return authors
    return []


def _next_line(lines: Sequence[_Line], index: int) -> _Line | None:
    return next((ln for ln in lines[index + 1 :] if not ln.blank), None)


def _previous_line(lines: Sequence[_Line], index: int) -> _Line | None:
    return next((ln for ln in reversed(lines[:index]) if not ln.blank), None)


def _under_opening(lines: Sequence[_Line], index: int, opening: _Line, standfirst: int | None) -> bool:
    """Whether line `index` stands right under the document's opening line, or under a standfirst right under it: a
    two-word headline ("Faire Lieferketten") is confirmed by the byline or dateline that follows it, with or without
    its standfirst between."""
    above = _previous_line(lines, index)
    return above is opening or (
        standfirst is not None and above is lines[standfirst] and _previous_line(lines, standfirst) is opening
    )


def _name_over_date(
    lines: Sequence[_Line], index: int, stripped: str, stops: StopWords
) -> tuple[list[str], str | None] | None:
    """A lone full name right over the dateline, over a role, or over a short credit over the dateline, under a
    headline ("Jane Smith" over "3 March 2024" or "Senior Reporter"): the byline a layout splits over two lines, the
    role's or credit's line with it. Alone, such a line may be a subheading; over the header's date or a role it is
    not."""
    following = _next_line(lines, index)
    if (
        following is not None
        and " " not in stripped  # a headline in Korean spaces its words, which read as names
        and (split := _cjk_names_beside(stripped, following.text.strip()))
    ):
        return split[0], None  # "郑浩然" over "2022年5月26日 10:16": the name and date fields on two lines
    if following is None or not _lone_name_over_field(lines, index, stripped, stops):
        return None
    if not _over_date(following):
        if following.reason is not None:
            return None
        following.reason = "byline"  # "Jane Smith" over "Senior Reporter", or over "Verified by our editors"
    return [stripped], None


def _name_under_date(
    lines: Sequence[_Line], index: int, stripped: str, stops: StopWords
) -> tuple[list[str], str | None] | None:
    """A lone full name of two words right under the header's dateline ("22.11.2022" / "Christian Mihatsch"): its
    byline, a line down. Not three ("Gan Siân Davies" is Welsh for "By Siân Davies", a label unknown here), but after a
    family name written first ("Nguyễn Văn Bình") or with a particle between ("Verónica De Vita")."""
    above = _previous_line(lines, index)
    words = stripped.split()
    family_first = len(words) == 3 and words[0].lower() in FAMILY_NAME_FIRST
    particle = len(words) == 3 and len(_named_words(stripped)) == 2
    under_date = above is not None and above.reason == "dateline" and (len(words) == 2 or family_first or particle)
    return ([stripped], None) if under_date and _lone_name(stripped, stops) else None


def _given_name_by_date(
    lines: Sequence[_Line], index: int, stripped: str, stops: StopWords
) -> tuple[list[str], str | None] | None:
    """A known given name alone right over or under the header's dateline ("Benni" / "10. September 2017", "January
    28, 2018" / "Tine"), or before the date on its line ("Tine 2. Februar 2020 Radtouren", a blog theme's row): a blog
    credits its writer by first name. A word the article's opening names is its topic, not its writer: "Georgia" over a
    dateline is a place's kicker."""
    name, _, rest = stripped.partition(" ")
    # `known_name` asks for a capital first: a set's lookup, before any date is parsed
    if not name.isalpha() or name.isupper() or len(name) < MIN_GIVEN_NAME or not known_name(name):
        return None
    dated = None
    if rest:  # on a short line, not a paragraph, and no part of the date ("Tue 12 March 2024")
        short = len(stripped.split()) <= MAX_DATELINE_WORDS and not stripped.endswith(SENTENCE_END)
        if not short or not (dated := _leading_date(rest)) or _leading_date(stripped):
            return None
    else:
        above, below = _previous_line(lines, index), _next_line(lines, index)
        if not ((above is not None and above.reason == "dateline") or (below is not None and _over_date(below))):
            return None
    if _is_role(name) or name.casefold() in stops():  # the page's stop words cost a pass over its text: asked last
        return None
    word = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    # the article's first paragraphs name its topic; a comment under it may greet its writer ("Lieber Robert, …")
    prose = (ln.text for ln in lines[index + 1 :] if _words(ln.text) >= MIN_PROSE_WORDS)
    opening = itertools.islice(prose, OPENING_PARAGRAPHS)
    return None if any(word.search(text) for text in opening) else ([name], dated)


def _name_between_headline_and_text(
    lines: Sequence[_Line], index: int, stripped: str, stops: StopWords
) -> tuple[list[str], str | None] | None:
    """A lone full name right under the headline (two words will do on the document's first line: "Homo
    Brandenburgensis"): its byline, over the article's first paragraph ("Oliver Baroni"), the headline again (an
    extractor's main text opens with it), an event's fields ("Where: …") or a subheading. Not in capitals or in a
    script without capitals, where a badge's two words read as a name ("JOB ALERT" under a cookie notice)."""
    above, below = _previous_line(lines, index), _next_line(lines, index)
    return (
        ([stripped], None)
        if above is not None
        and below is not None
        and above.reason is None
        and (_words(above.text) >= MIN_TITLE_WORDS or _short_headline(above))
        and _lone_name(stripped, stops)
        and (
            (not stripped.isupper() and not _caseless(stripped))  # whatever follows
            or _echo_key(below.text) == _echo_key(above.text)
            or _lone_name_over_text(lines, index, stripped, stops)
        )
        else None
    )


def _small_word_byline(stripped: str, stops: StopWords) -> tuple[list[str], str | None] | None:
    """A byline label the vocabulary lacks before one person's full name ("Le Pádraig Puirséil", "Nga Arta Hoxha"):
    the text writes the label in lowercase as one of its language's function words. Not before a place ("In Den
    Haag") or a house ("The White House"): a known given name opens the name. The name is asked first: the page's
    stop words cost a pass over its text, and few lines hold a name."""
    label, _, name = stripped.partition(" ")
    return ([name], None) if _lone_name(name, stops) and label.casefold() in stops() else None


def _lone_name_over_field(lines: Sequence[_Line], index: int, stripped: str, stops: StopWords) -> bool:
    """A lone full name over the dateline, a role or a short credit over the dateline: the byline a layout splits over
    two lines (`_name_over_date`), asked before the header reads it."""
    following = _next_line(lines, index)
    return (
        following is not None
        and _lone_name(stripped, stops)
        and bool(
            _over_date(following)
            or _is_role(following.text)
            # in a script without capitals two words are no name's shape: a badge over the headline and its dateline
            or (not _caseless(stripped) and _credit_over_date(lines, index))
        )
    )


def _credit_over_date(lines: Sequence[_Line], index: int) -> bool:
    """Whether the line under a name is a short credit, and the dateline right under it: "Gülsen Tuncel" /
    "Editörlerimiz tarafından doğrulandı" (checked by our editors) / "Güncelleme: 14.09.2021", a layout's byline, its
    reviewer's credit and its date. Short and no sentence: not a standfirst or the text's first paragraph."""
    following = _next_line(lines, index)
    if following is None or following.reason is not None:
        return False
    stripped = following.text.strip()
    after = _next_line(lines, lines.index(following))
    return (
        len(stripped.split()) <= MAX_CREDIT_WORDS
        and not stripped.endswith(SENTENCE_END)
        and after is not None
        and _over_date(after)
    )


def _lone_name_over_text(lines: Sequence[_Line], index: int, stripped: str, stops: StopWords) -> bool:
    """A lone full name right over the article's first paragraph: the byline under a standfirst ("A survey finds a
    generational divide." / "Jane Smith" / text)."""
    following = _next_line(lines, index)
    return following is not None and _is_paragraph(following.text) and _lone_name(stripped, stops)


def _over_date(following: _Line) -> bool:
    """Whether a name's next line is a dateline, alone or among other fields ("02.11.2022 - Placebo - Stadthalle")."""
    stripped = following.text.strip()
    return bool(_line_date(stripped) or _date_among_fields(stripped))


def _field_under(lines: Sequence[_Line], index: int, confirmed: _Line, last_meta: int) -> bool:
    """Whether a headline-like line under the byline or dateline that confirms an extract's headline is one more of
    the header's fields ("Mwandishi: Amina Mushi na Baraka Omondi", "Anfon at ffrind"), not a second headline: near
    the top and near that metadata, shorter than the headline (a kicker above a byline confirms none, and the
    headline under it is no field), and with more header under it."""
    words = len(lines[index].text.split())
    return (
        sum(not ln.blank for ln in lines[: lines.index(confirmed)]) < TOP_LINES
        and sum(not ln.blank for ln in lines[last_meta + 1 : index]) < TOP_LINES
        and words <= MAX_FIELD_LINE_WORDS
        and words < len(confirmed.text.split())
        and _header_follows(lines, index)
    )


def _field_over_meta(lines: Sequence[_Line], index: int, title_lines: Sequence[_Line]) -> bool:
    """A line with a figure between the headline and the byline or dateline right under it, shorter than the
    headline: a header's field ("Unsere Wertung: 7,5 von 10 Punkten", "Zebrano 5 480 zł z 40 000 zł", "Dziś o
    21:30 w telewizji"), which would otherwise stand right over the metadata, where a headline stands. A kicker
    over a headline is shorter than the headline, and has no figure."""
    stripped = lines[index].text.strip()
    above = _previous_line(lines, index)
    below = _next_line(lines, index)
    return (
        bool(title_lines)
        and above is title_lines[-1]
        and below is not None
        and any(c.isdigit() for c in stripped)
        and not stripped.endswith(SENTENCE_END)
        and _words(stripped) < _words(above.text)
        and _words(above.text) >= MIN_TITLE_WORDS
        and not _capitals(above.text)
        and bool(_line_date(below.text.strip()) or _byline(below.text.strip()) or _bare_names(below.text.strip()))
    )


def _field_row(stripped: str) -> bool:
    """Short fields between dots ("PS5 · Xbox Series X|S · PC", "Born 1944 · Died 2016", "Garden calendar · This
    week's jobs"): a header's fields, never a headline, which is one phrase."""
    fields = DOT_FIELDS.split(stripped)
    return len(fields) >= 2 and all(0 < len(f.split()) <= MAX_SECTION_WORDS for f in fields)


def _header_follows(lines: Sequence[_Line], index: int) -> bool:
    """Whether the next line is the header's too (a rule's widget, a byline, a dateline): a line between them is one
    of its fields; a line the body follows may be the article's first subheading."""
    following = _next_line(lines, index)
    if following is None:
        return False
    text = following.text.strip()
    return following.reason is not None or bool(
        _line_date(text) or _byline(text) or _header_field(text) or REFERENCE.match(text)
    )


def _header_field(stripped: str) -> bool:
    """A short line with a number under the header's byline or dateline: another of its fields, whatever the
    language ("Pročitano 217 puta", "Zadnja izmjena: prije 12 min", "Skaitė 1417 žmonių"), not a second headline."""
    words = stripped.split()
    return len(words) <= MAX_FIELD_WORDS and any(c.isdigit() for c in stripped) and not stripped.endswith(SENTENCE_END)


def _first_headline_by_meta(lines: Sequence[_Line], index: int, title_lines: Sequence[_Line], stops: StopWords) -> bool:
    """Whether a headline-like line with a figure under the dateline is the header's first headline, not one more
    field of the dateline's (`_header_field`): a byline right under it ("16 ஏப்ரல் 2019" / "ஆண் புலிகளின் எடை 127
    கி" / "எழுத்து: …", the weight of male tigers 127 kg), as none stands over a byline without a headline above; or
    the article's first paragraph right under it (`_numbered_headline_over_body`)."""
    stripped = lines[index].text.strip()
    return (
        not title_lines
        and _words(stripped) >= MIN_TITLE_WORDS
        and _is_title_like(stripped)
        and (_numbered_headline_over_body(lines, index, stripped) or _meta_below(lines, index, stops, lookahead=1))
    )


def _numbered_headline_over_body(lines: Sequence[_Line], index: int, stripped: str) -> bool:
    """Whether a headline with a figure right under the dateline stands over the article's first paragraph, in a
    header that has no headline yet ("Veröffentlicht am 16.08.2019" / "RES158 Sternfusion am Teilchenbeschleuniger",
    "Geister, Spuk & Gentrifizierung (#5)"): the header needs one, and a field is a count ("Read 217 times"), whose
    number stands alone after its label, not an episode's or an issue's."""
    above = _previous_line(lines, index)
    if above is None or above.reason not in ("byline", "dateline"):
        return False  # right under the dateline, not under a field of its ("MP3-DOWNLOAD (01:00 h)")
    if any(COUNT.fullmatch(word) and not FULL_YEAR.fullmatch(word) for word in stripped.split()[1:]):
        return False  # a count after its label; one that opens a headline counts its subject ("15 Jahre …")
    following = _lead(lines[index + 1 :])
    return following is not None and _is_paragraph(following.text.strip())


def _header_goes_on(lines: Sequence[_Line], index: int, title_lines: Sequence[_Line], stops: StopWords) -> bool:
    """Whether a line that is not title-like is still header: a headline that ends as a question or a quote does
    ("Should scientists engage in activism?", "'We will not give up'"), or a standfirst under a headline (one short
    paragraph), when a byline or a dateline comes right under it and none came above it (below the header's
    metadata, a paragraph is body); or a short question that is the first line an extract keeps
    (`_opening_question`), under a dateline too."""
    stripped = lines[index].text.strip()
    if not _is_title_like(_headline_core(stripped, first=not title_lines)) and not (
        title_lines and len(stripped.split()) <= MAX_STANDFIRST_WORDS
    ):
        return False
    if _opening_question(lines, index, stripped) or _headline_twice(lines, index, stripped, title_lines):
        return True  # "입력 2024.11.16 20:42" over "이들이 매입한 … 적용되지 않는가?"
    if any(line.reason in ("byline", "dateline") for line in lines[:index]):
        # below the header's metadata, a paragraph is body; but the first headline-like line, a sentence short enough
        # for one, between two of its fields is the headline: "By A" / "Council backs new plan." / "March 5, 2024"
        one_sentence = _headline_core(stripped, first=True) != stripped
        return not title_lines and one_sentence and _meta_below(lines, index, stops, 1)
    return _meta_below(lines, index, stops)


def _headline_twice(lines: Sequence[_Line], index: int, stripped: str, title_lines: Sequence[_Line]) -> bool:
    """The header's first headline-like line written again right under it ("Firmenwagen: Leasing oder
    Finanzierung?" twice, under the dateline and the byline): a scraper's title over a body that opens with the
    headline again, however it ends. No paragraph is written twice in a row."""
    return (
        not title_lines
        and _words(stripped) >= MIN_TITLE_WORDS
        and _copied_under(lines, index)
        and _is_title_like(_headline_core(stripped, first=True))
    )


def _copied_under(lines: Sequence[_Line], index: int) -> bool:
    """Whether the next line is the line's copy (a headline and the body's first line, which repeats it)."""
    following = _next_line(lines, index)
    return following is not None and _echo_key(following.text) == _echo_key(lines[index].text)


def _opening_question(lines: Sequence[_Line], index: int, stripped: str) -> bool:
    """A question or an exclamation that opens an article extract, short, over more text ("Du wirst nicht glauben, wie
    viel CO2 Clickbait-Websites produzieren!"): a scraper writes the headline first, and an article seldom opens with
    one short question on its own line. Not a whole page's first line, its title, which `_page_header` reads."""
    return (
        _question_headline(stripped, MAX_STOP_HEADLINE_WORDS)
        and _extract(lines)
        and all(line.blank or line.reason is not None or _label_over(line.text.strip()) for line in lines[:index])
        and _next_line(lines, index) is not None
    )


def _label_over(stripped: str) -> bool:
    """A kicker or a section's label over a headline: capitals (`_is_kicker`), or fewer words than a headline has
    ("Health watch", "متابعة صحية")."""
    return _is_kicker(stripped) or (_words(stripped) < MIN_TITLE_WORDS and not stripped.endswith(SENTENCE_END))


def _question_headline(stripped: str, most_words: int) -> bool:
    """A question or an exclamation of at most `most_words` words with a headline's shape, which a header may not
    have taken because it ends as a sentence does."""
    return (
        stripped.rstrip(CLOSING_QUOTES).endswith(("?", "!", "？", "！", "؟"))
        and len(stripped.split()) <= most_words
        and _is_title_like(_headline_core(stripped, first=True))
    )


def _headline_core(stripped: str, first: bool) -> str:
    """A headline without how a question, a quote or a one-sentence headline ends ("Council backs new plan."): a
    short line whose only stop is its last may be a headline when it is the header's first headline-like line and
    a byline or a dateline confirms it; under a headline it is the standfirst."""
    core = stripped.rstrip(HEADLINE_END)
    if core != stripped:
        # "Aren't we all …?": a trailing ellipsis before the question's mark is a pause, not the cut of a teaser
        core = core.rstrip("…. ")
    if (
        first
        and core.endswith(".")
        and len(core.split()) <= MAX_STOP_HEADLINE_WORDS
        and not INNER_SENTENCE_END.search(core)
        and not TEASER_BULLET.match(core)  # "- A list item.": a list's item, never a headline
    ):
        return core[:-1]
    return core


def _meta_below(lines: Sequence[_Line], index: int, stops: StopWords, lookahead: int = META_LOOKAHEAD) -> bool:
    """A byline or a dateline among the next header lines: what makes the line above them header, not body. Lines
    a rule removes are passed over: a second pass, where they are gone, must read the header the same way."""
    seen = 0
    for position, line in enumerate(lines[index + 1 :], index + 1):
        if line.blank or line.reason not in (None, "repeated_line", "byline"):
            continue
        stripped = line.text.strip()
        if (
            line.reason == "byline"
            or _line_date(stripped)  # a date may end with a stop: "March 12 2024, 10:30 a.m."
            or _published_and_updated(stripped)
            or _date_among_fields(stripped)
            or (
                not stripped.endswith(SENTENCE_END)  # "… köps av Estonian Energy.": a sentence, not a byline
                and (
                    _byline(stripped)
                    or _bare_names(stripped)
                    or _date_then_names(stripped)
                    or _names_with_lower_role(stripped)
                    or _fielded_byline(stripped)
                    or _lone_name_over_field(lines, position, stripped, stops)
                    or _lone_name_over_text(lines, position, stripped, stops)
                )
            )
        ):
            return True
        seen += 1
        if seen == lookahead:
            return False
    return False


def _site_chrome(title_lines: list[_Line], menu: _Line | None, confirmed: _Line | None) -> None:
    """Lines above the site's breadcrumb or menu row with a sentence end inside ("This site uses cookies. More
    information", "… cookie. Accept | Settings") are no headline when a headline-like line follows the menu; nor is
    any line above it when a byline or dateline confirms a headline below the menu (a notice in one sentence)."""
    if menu is None or not any(ln.start > menu.start and _words(ln.text) >= MIN_TITLE_WORDS for ln in title_lines):
        return
    below = confirmed is not None and confirmed.start > menu.start
    for line in title_lines:
        if line.start < menu.start and (below or INNER_SENTENCE_END.search(line.text)):
            line.reason = "navigation"


def _line_date(stripped: str) -> str | None:
    """The date of a dateline, alone or among the header's counted fields ("March 3, 2024 | 5 min read",
    "4 min read · Jan 5, 2023", "Published: 2023-06-01 | Views: 1,234"): a layout's fields vary, their shape does
    not. Every other field must be a count or a relative time, so a menu row with a year in it is no dateline."""
    if iso := parse_date(stripped):
        return iso
    if len(stripped) > MAX_DATELINE_CHARS or not any(c.isdigit() for c in stripped):
        return None
    if iso := _numeric_dateline(stripped) or _clocked_date(stripped):
        return iso
    fields = [f for f in FIELD_SEP.split(stripped) if f.strip()]
    dates = [parse_date(f) for f in fields]
    if len(fields) < 2 or not any(dates):
        return _date_before_count(stripped) or _trailing_date(stripped)
    others = [
        f
        for f, d in zip(fields, dates, strict=True)
        if not (
            d
            or PATTERNS["comments"].match(f.strip())
            or PATTERNS["dateline"].match(f.strip())
            or _count_field(f)
            or _labelled_numeric_date(f)
            or _labelled_leading_date(f)
        )
    ]
    if not others or (dates[0] and others == fields[-1:] and _section_field(others[0])):
        # "Updated March 13, 2021 | Published March 12, 2021": the published field, wherever it stands
        dated = [(f, d) for f, d in zip(fields, dates, strict=True) if d]
        return next((d for f, d in dated if not UPDATED_LINE.match(f)), dated[0][1])
    return _trailing_date(stripped)


def _section_field(field: str) -> bool:
    """One short field after the date that opens a dateline: its section or event ("01.02.2022 | Breuninger-Meeting",
    "01. November 2021 | Naturschutz, BUND"). Two are a menu's items ("12 March 2024 | Sport | World")."""
    return len(field.split()) <= MAX_SECTION_WORDS and not field.strip().endswith(SENTENCE_END)


def _date_before_count(stripped: str) -> str | None:
    """A date, then a count or a reading time after a comma or a space alone ("Published 12 March 2024, 5 min read",
    "12 Mar 2024 5 min read"): the same fields as "12 March 2024 | 5 min read" without the bar."""
    for split in COUNT_SPLIT.finditer(stripped):
        if PATTERNS["comments"].match(stripped[split.end() :]) and (iso := parse_date(stripped[: split.start()])):
            return iso
    return None


def _labelled_numeric_date(field: str) -> bool:
    """A field with a numeric date among a few words, a label and a clock in any order ("Cập nhật 11:03 ngày
    26-08-2020"): the updated date beside the published one."""
    match = NUMERIC_DATE.search(field)
    return bool(match) and len(field.split()) <= MAX_DATE_WORDS and bool(_parse_date_body(match.group(0)))


def _labelled_leading_date(field: str) -> bool:
    """A field that gives a date after a one-word label, whatever follows it ("Ilisasishwa 16 Feb 2021 saa 07:28"):
    the updated date beside the published one, in a language whose clock words the vocabulary lacks."""
    words = field.split()
    return 2 < len(words) <= MAX_DATE_WORDS + 2 and bool(_leading_date(" ".join(words[1:])))


def _count_field(field: str) -> bool:
    """A count beside a date, in any language: at most MAX_COUNT_WORDS words, one of them a number ("258 visites",
    "lesið 1059 sinnum", "lestími 11 mín."); a menu's items beside a year have none."""
    words = field.split()
    return 0 < len(words) <= MAX_COUNT_WORDS and any(w[0].isdigit() for w in words)


def _trailing_date(stripped: str) -> str | None:
    """A date that ends a short line after a comma or in parentheses, whatever precedes it: where it first appeared
    ("Botuar fillimisht në Gazeta e Jugut më e premte, 24 mars 2017, 06:03", "… (24. september 2017)")."""
    if len(stripped.split()) > MAX_DATELINE_WORDS:
        return None
    if stripped.endswith(")") and "(" in stripped:
        head, tail = stripped[: stripped.rindex("(")], stripped[stripped.rindex("(") + 1 : -1]
        return None if any(c.isdigit() for c in head) else parse_date(tail)
    for comma in re.finditer(r",\s+", stripped):
        if any(c.isdigit() for c in stripped[: comma.start()]):
            return None  # a date before it is the line's first: "Published: …, 26 September | Updated: …, 28 …"
        if iso := parse_date(stripped[comma.end() :]):
            return iso
    return None


def _numeric_dateline(stripped: str) -> str | None:
    """A numeric date first, then only small words and a clock, in any language ("18.08.2016 во 08:21 часот",
    "2016-08-18 kl. 08:21"): what a layout writes around a date has no capital, unlike a headline or a place."""
    match = NUMERIC_DATE.match(stripped)
    if not match or len(stripped.split()) > MAX_DATE_WORDS or stripped.endswith(SENTENCE_END):
        return None
    if any(c.isupper() for c in stripped[match.end() :]):
        return None
    return _parse_date_body(match.group(0))


def _clocked_date(stripped: str) -> str | None:
    """A date and a clock, then a few words that say whose time it is ("24 сакавіка 2018, 13:52 па мінскім часе",
    "19 September 2024, 23:34 (Tbilisi time)"): small words, or any in parentheses; a capital outside them may open a
    headline or a place."""
    clock = CLOCK.search(stripped)
    if clock is None or not clock.start():
        return None
    tail = stripped[clock.end() :].strip()
    bracketed = tail.startswith("(") and tail.endswith(")")
    if (
        not 0 < len(tail.split()) <= MAX_ZONE_WORDS
        or any(c.isdigit() for c in tail)
        or not (bracketed or not any(c.isupper() for c in tail))
        or stripped.endswith(SENTENCE_END)
    ):
        return None
    return parse_date(stripped[: clock.start()].rstrip(" ,"))


def _published_and_updated(stripped: str) -> tuple[str, str | None] | None:
    """Both dates of a line that gives the published date, then the updated one after its label ("Julkaistu
    25.11.2026 14:32 | Päivitetty 26.11.2026", "Publié le 25/11/2026 à 14h32, mis à jour le 26/11/2026"), a clock
    alone (the same day), or a relative one ("03/03/2024 14h05 Atualizado há 2 horas": no updated date)."""
    if len(stripped) > MAX_DATELINE_CHARS or not any(c.isdigit() for c in stripped):
        return None
    for split in UPDATED_SPLIT.finditer(stripped):
        first = split.start() and _line_date(stripped[: split.start()].strip())  # which reads a plain date first
        if not first:
            continue
        after = stripped[split.end() :]
        if second := _line_date(after):  # "… Last modified on Thu 4 Mar 2021 05.00 EST": a dateline of its own
            return first, second
        if _count_field(after) and not after.endswith(SENTENCE_END):
            return first, None
        if (clock := CLOCK.search(after)) and len(after[: clock.start()].split()) <= MAX_DATE_WORDS:
            return first, first  # "…, mis à jour à 11h45": updated the same day, at a later hour
    return None


def _choose_title(
    title_lines: list[_Line],
    confirmed: _Line | None,
    result: Cleaned,
    menu: _Line | None = None,
    first_meta: _Line | None = None,
    body_topic: Callable[[], frozenset[str]] = frozenset,
    opening: _Line | None = None,
    lead: _Line | None = None,
) -> None:
    """The title among the header's headline-like lines, its echoes, and the labels above it.

    One distinct line of MIN_TITLE_WORDS words or more is the title. Several: the one that a byline or a
    dateline right under it confirms is the title, when no other one follows it; the headline-like lines
    above it are kickers, section labels, tickers or site banners ("EXCLUSIVE", "FTSE 100 8,164 +0.4%",
    "View full site"), removed as navigation. With a headline-like line below the confirmed one, none is
    taken, so that a second pass over the cleaned text (where that line comes first) agrees.

    A headline above the confirmed line, too long for a label and sharing words with the article, is the title,
    and the confirmed line its standfirst, kept; still undecided, the first such headline is the title, else the
    confirmed line, else the longest (headlines outgrow the kickers, section labels and slugs around them). The
    document's first line over a much longer one that a byline or dateline may confirm is the headline over its
    standfirst (`_over_deck`), so an unpunctuated standfirst is neither the title nor cut. Here a
    second pass differs: the line under the headline then comes first and reads as a headline. Records are made
    from the raw bytes, never from cleaned text, so the right first answer wins over agreeing with a second pass.
    """
    rows = [_field_row(line.text.strip()) for line in title_lines]
    # the headline written twice: as the page title with the site's name ("X | Site", whatever a rule made of it) and
    # as the headline, or as the headline and its echo
    written = Counter(_echo_key(_without_site(line.text.strip())) for line in title_lines)
    beside = any(_words(ln.text) >= MIN_TITLE_WORDS and not row for ln, row in zip(title_lines, rows, strict=True))
    for index, line in enumerate(title_lines):
        if (
            _is_ticker(line.text)
            or (
                _is_kicker(line.text)
                and any(
                    _words(ln.text) >= MIN_TITLE_WORDS and not _capitals(ln.text) for ln in title_lines[index + 1 :]
                )
            )
            or (rows[index] and beside)
        ):
            # above the body, a quote row, a capitals label over a headline or a row of fields beside one is no text
            line.reason = "navigation"
    _site_chrome(title_lines, menu, confirmed)
    title_lines = [ln for ln in title_lines if ln.reason is None]
    if confirmed is not None and confirmed.reason is not None:
        confirmed = None
    keys = [_echo_key(ln.text) for ln in title_lines]
    distinct = {key for key, ln in zip(keys, title_lines, strict=True) if _words(ln.text) >= MIN_TITLE_WORDS}
    if opening is not None and opening in title_lines:
        key = keys[title_lines.index(opening)]
        if (not distinct and confirmed is None) or keys.count(key) > 1:
            # a two-word headline over its dateline or byline, or repeated under it (the page's headline again)
            distinct = {key}
    if len(distinct) > 1 and len(twice := {key for key in distinct if written[key] > 1}) == 1:
        distinct = twice
    elif (doubled := _short_headline_twice(title_lines, keys)) is not None and not any(
        written[key] > 1 for key in distinct
    ):
        distinct = {doubled}
    if (
        len(title_lines) > 1
        and (confirmed is None or confirmed is title_lines[1])
        and (
            _over_deck(title_lines[0], title_lines[1], lead, body_topic)
            or (confirmed is not None and _topic_headline(title_lines[0].text))
        )
    ):
        distinct = {keys[0]}
    over: _Line | None = None  # the headline over the confirmed line, when one can only be a headline
    if len(distinct) != 1 and confirmed is not None:
        over = _headline_over(confirmed, title_lines)
        position = next(i for i, ln in enumerate(title_lines) if ln is confirmed)
        below = {
            key
            for key, ln in zip(keys[position:], title_lines[position:], strict=True)
            if _words(ln.text) >= MIN_TITLE_WORDS
        }
        words = _words(confirmed.text)
        above = [ln for key, ln in zip(keys[:position], title_lines[:position], strict=True) if key != keys[position]]
        headlines = {  # above all of the header's metadata: under a byline, a line is a field or a caption
            _echo_key(ln.text)
            for ln in above
            if _headline_over_deck(ln.text, body_topic) and (first_meta is None or ln.start < first_meta.start)
        }
        if below == {keys[position]} and len(headlines) == 1 and not _capitals(confirmed.text):
            distinct = headlines  # the headline over its standfirst, which the byline or dateline follows: text
        # labels above a headline are shorter than it: a longer line above is the headline, and the
        # confirmed line under it an unknown byline ("ANNA NOWAK / Daily Courier")
        elif (
            below == {keys[position]}
            and not (_capitals(confirmed.text) and above)  # "ANNA NOWAK I JAN KOWALSKI / Outlet": a byline
            and all(_words(ln.text) < words or _is_ticker(ln.text) for ln in above)
            and over is confirmed
        ):
            for line in above:
                line.reason = "navigation"
            distinct = below
    if len(distinct) > 1:  # still undecided: the first headline its article's words confirm, the lines under it text
        # (not one under the confirmed line: under the byline, a subheading or a list's item)
        end = len(title_lines) if confirmed is None else title_lines.index(confirmed) + 1
        topical = [
            key
            for key, ln in zip(keys[:end], title_lines[:end], strict=True)
            if _headline_over_deck(ln.text, body_topic)
        ]
        cased = [  # over the dateline a badge in capitals ("SERVICE ALERT"), under it the headline in its own case
            key
            for key, ln in zip(keys[:end], title_lines[:end], strict=True)
            if confirmed is not None
            and _capitals(confirmed.text)
            and not _capitals(ln.text)
            and _words(ln.text) > _words(confirmed.text)
        ]
        if topical:
            distinct = {topical[0]}
        elif cased:
            distinct = {cased[0]}
        elif confirmed is not None and (under := _headline_under_kicker(title_lines, confirmed, menu)) is not None:
            distinct = {keys[title_lines.index(under)]}
        elif confirmed is not None:  # no article words to tell: the first headline over the line the byline or the
            # dateline stands under, else that line
            distinct = {keys[title_lines.index(over or confirmed)]}
        else:  # nothing under any: kickers, section labels and slugs are shorter than the headline
            distinct = _undecided_headline(title_lines, keys) or distinct
    if len(distinct) != 1:
        return
    echoes = [ln for key, ln in zip(keys, title_lines, strict=True) if key in distinct]
    above = title_lines[: next(i for i, ln in enumerate(title_lines) if ln is echoes[0])]
    for line in above:
        byline = (
            None
            if result.authors
            else _vouched_names(line.text.strip())
            or (_writer_over(line, echoes[0], body_topic) if line is above[-1] else None)
        )
        if byline and (people := _people(byline[0])):
            # names that say they are a byline over the headline ("A and B, InfoPortal"); one name alone there may
            # be a kicker about that person
            line.reason, result.authors = "byline", people
            result.published = result.published or byline[1]
        else:
            line.reason = "navigation"  # a label above the headline: "EXCLUSIVE", "MEINUNG", "ЭКСКЛЮЗИВ"
    result.title, dated = _date_beside(_without_site(echoes[0].text.strip()))
    result.published = result.published or dated
    echoes[0].reason = "title"
    for echo in echoes[1:]:
        echo.reason = "duplicate_title"
    # a section's label or breadcrumb right under the headline and right over its byline or dateline: "Analysis",
    # "新闻 > 政治"
    label = next((ln for ln in title_lines if ln.start > echoes[0].start), None)
    if (
        label is not None
        and label.reason is None
        and first_meta is not None
        and (_words(label.text) < MIN_TITLE_WORDS or BREADCRUMB.fullmatch(label.text.strip()))
        and not any(c.isdigit() for c in label.text)
        and label.start == echoes[0].end + 1
        and first_meta.start == label.end + 1
    ):
        label.reason = "navigation"


def _writer_over(
    line: _Line, headline: _Line, body_topic: Callable[[], frozenset[str]]
) -> tuple[list[str], None] | None:
    """A known person's full name of two words alone right over the headline, which neither the headline nor the text
    names ("Marina Beuerle" over "Herbst in Berlin: …"): the writer, as a magazine prints it. A kicker that names a
    person is about that person, whom the story names."""
    stripped = line.text.strip()
    return (
        ([stripped], None)
        if len(stripped.split()) == 2
        and known_name(stripped)
        and parse_authors(stripped) == [stripped]
        and not _is_role(stripped)
        and not _named_in_text(line, headline, body_topic)
        else None
    )


def _short_headline_twice(title_lines: Sequence[_Line], keys: Sequence[str]) -> str | None:
    """A headline too short to be told from a label ("Der WindRebell"), written twice in a row at the top of the
    header, over the header's other lines (a standfirst, the body): a scraper's title over a body that opens with the
    headline again. No kicker or label is written twice in a row; one line may stand over it (a lone name)."""
    for at in range(min(2, len(title_lines) - 1)):
        if keys[at] == keys[at + 1] and _words(title_lines[at].text) < MIN_TITLE_WORDS:
            return keys[at]
    return None


def _headline_under_kicker(title_lines: Sequence[_Line], confirmed: _Line, menu: _Line | None) -> _Line | None:
    """The headline under a kicker's byline or dateline: the first header line in capitals ("BRIEF UIT HET
    BUITENLAND", a section's label) over the metadata, or a label's few words under the site's menu or breadcrumb
    ("Start > Nyheter > Utskotten" / "Nyheter från utskotten" / "2017-08-17"), then the next headline-like line a
    headline's length in its own case. Not a short line in its own case over them on its own: on real pages that is
    as often the headline over its standfirst (the real extracts' title fell from 0.968 to 0.903 with it), which is
    longer than a headline."""
    if title_lines[0] is not confirmed or len(title_lines) < 2:
        return None
    under = title_lines[1]
    labelled = _capitals(confirmed.text) or (
        menu is not None
        and menu.start < confirmed.start
        and _words(confirmed.text) < FIRST_HEADLINE_WORDS
        and _words(under.text) < MIN_DECK_WORDS_UNDER_WORD
    )
    return under if labelled and _words(under.text) >= FIRST_HEADLINE_WORDS and not _capitals(under.text) else None


def _metadata_like(text: str) -> bool:
    """A byline or a dateline, which no headline over it vouches for ("প্রতিবেদন: সৌরভ চৌধুরী ও আরিফ দাশগুপ্ত"), or a
    line that a date opens ("27.01.2020 Soziales & Gesundheit": its section): no headline."""
    return bool(
        _labelled_names(text)
        or _byline(text)
        or _vouched_names(text)
        or _line_date(text)
        or _leading_date(text)
        or ((numeric := NUMERIC_DATE.match(text)) and _parse_date_body(numeric.group(0)))
    )


def _first_headline(lines: Sequence[_Line]) -> _Line | None:
    """The header's first line of MIN_TITLE_WORDS words or more that is no byline or dateline, when it is too long for
    a kicker or a section label (FIRST_HEADLINE_WORDS): the headline a scraper writes first. Under it a line, however
    long, is its standfirst or the article's first line ("Can I volunteer for the Health Bus?" over an eleven-word
    first sentence), which taken for the title is article text lost."""
    for line in lines:
        text = line.text.strip()
        if _words(text) >= MIN_TITLE_WORDS and not _metadata_like(text):
            # in Chinese or Japanese ten letters: two count as a word, so a badge of nine ("重污染天气橙色预警") as five
            han = len(HAN_KANA_LETTER.findall(text))
            long = _words(text) >= FIRST_HEADLINE_WORDS and han not in range(1, 2 * FIRST_HEADLINE_WORDS)
            return line if long else None
    return None


def _headline_over(confirmed: _Line, lines: Sequence[_Line]) -> _Line:
    """The line a byline or dateline stands under, or the first headline over it when that one can only be a
    headline: one sentence that opens with a letter or a quotation mark, with no figure or field separator (a score
    "Gor Mahia 0–0 AFC Leopards", a badge "Voor lezers van 8 tot 12 jaar", a series' label), a colon only after a
    topic ("Fuel: …", not a credit "Grianghraf: cartlann …"), not in capitals nor a ticker."""
    first = _first_headline(lines[: lines.index(confirmed)])
    if first is None:
        return confirmed
    text = first.text.strip()
    if (
        text.lstrip(QUOTES)[:1].isalpha()  # a quote is a headline too: "“A point of order may”", "«…»"
        and not _two_sentences(text)
        and not FIELD_SEP.search(text)
        and not HEADLINE_FIELD_MARK.search(text)
        and (":" not in text or _topic_headline(text))
        and not _capitals(text)
        and not _is_ticker(text)
    ):
        return first
    return confirmed


def _undecided_headline(title_lines: list[_Line], keys: list[str]) -> set[str]:
    """The key of the header's first headline (`_first_headline`), else of its one longest line that is no byline or
    dateline, or none when two share the greatest length: kickers, labels and slugs are shorter than a headline."""
    if (first := _first_headline(title_lines)) is not None:
        return {keys[title_lines.index(first)]}
    sizes = {
        key: _words(line.text)
        for key, line in zip(keys, title_lines, strict=True)
        if not _metadata_like(line.text.strip())
    }
    ranked = sorted(sizes.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return set()
    return {key for key, size in sizes.items() if size == ranked[0]}


def _body_long(text: str) -> bool:
    """A paragraph's length: BODY_WORDS words, or as many by `_words` in Chinese or Japanese, which space none."""
    return len(text.split()) >= BODY_WORDS or _words(text) >= BODY_WORDS


def _words(text: str) -> int:
    """Words and numbers: a header line's separators ("Season 2 · episode 21") make it no longer. In Chinese and
    Japanese, which write no space at all, two letters count as one more word (a Thai or Khmer headline spaces its
    phrases, which count as words here)."""
    return len(WORD_OR_NUMBER.findall(text)) + len(HAN_KANA_LETTER.findall(text)) // 2


def _capitals(text: str) -> bool:
    """Mostly capital letters: a label, a byline in capitals or a shouted headline."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _headline_over_deck(text: str, body_topic: Callable[[], frozenset[str]]) -> bool:
    """A headline-like line too long for a section label or a kicker ("Politics", "EXCLUSIVE", "Breaking news"), in
    sentence case, that shares words with its article: above another headline-like line (the one a byline or dateline
    confirms, or none is), it is the headline and that line its standfirst ("Council backs new plan for the city
    centre" over "An expert panel weighs the risks …"). A site's widget over a headline ("Follow the broadcast live")
    shares no word with the article."""
    return (
        _words(text) >= MIN_HEADLINE_WORDS
        and not _capitals(text)
        and not _is_ticker(text)
        and not FIELD_SEP.search(text)  # "Season 2 · episode 21": a series' label
        and len(_topic([text], frozenset) & body_topic()) >= MIN_SHARED_TOPIC_WORDS
    )


def _topic_headline(text: str) -> bool:
    """A headline that names its topic before a colon ("Album review: …", "Wahlzensur: Angriff auf Universitäten"):
    over the line a byline or dateline stands under, it is the headline and that line its standfirst. A topic is
    one to three words, letters only (not "⚠ Gult farevarsel"), not in capitals (a badge) nor a credit's label, and
    the headline goes on with a capital where the script has them and ends with no full stop."""
    stripped = text.strip()
    topic = TOPIC_HEADLINE.match(stripped)
    return (
        topic is not None
        and not stripped.endswith(".")
        # a badge: "RESULTADO FINAL: Desportivo 2-1 Lobito"; not an acronym of one word, a topic ("BNM: …", "EU: …")
        and not (topic["topic"].isupper() and (" " in topic["topic"] or len(topic["topic"]) > MAX_ACRONYM_TOPIC))
        and not topic["rest"][0].islower()  # a credit's words after its label: "Argazkia: egilearen artxibo"
        and not CREDIT.match(topic["topic"])
    )


def _over_deck(line: _Line, deck: _Line, lead: _Line | None, body_topic: Callable[[], frozenset[str]]) -> bool:
    """The document's first line, right over a sentence-long line half as long again: the headline a scraper writes
    first, over its standfirst, which no full stop may end ("Ein Albtraum" over "Der Reporter Claas Relotius hat den
    SPIEGEL mit ganz oder teilweise gefälschten Artikeln in eine schwere Krise gestürzt"), whatever words they share.
    Not a label in capitals or a ticker, nor a prompt of two sentences ("Not displaying correctly? Open it in your
    browser")."""
    # under one or two words that name nothing the text below names, a section's label ("Politique", Vietnamese
    # "Chính trị"), a line of 12 words is as often the headline; a word the text names ("Batteriespeicher") heads it
    least = (
        MIN_DECK_WORDS_UNDER_WORD
        if _words(line.text) <= 2 and not _named_in_text(line, deck, body_topic)
        else MIN_DECK_WORDS
    )
    return (
        line is lead
        and _words(deck.text) >= max(least, DECK_RATIO * _words(line.text))
        and not BREADCRUMB.fullmatch(line.text.strip())  # "Actualités > Politique" over a long headline
        and not _two_sentences(line.text)
        and not _capitals(line.text)
        and not _is_ticker(line.text)
    )


def _two_sentences(text: str) -> bool:
    """A sentence's end inside a line: an abbreviation's stop is none ("U.S. economy grows", "Dr. Smith warns",
    "t.i."), nor a day's ordinal ("Market update for 31. January"); another script's mark is ("…երևում։ Բացեք…")."""
    return bool(LETTERED_SENTENCE_END.search(text) or INNER_MARK_END.search(text))


def _named_in_text(line: _Line, deck: _Line, body_topic: Callable[[], frozenset[str]]) -> bool:
    """Whether a word of a short line stands in the line under it or the text, inside a compound too: "Batteriespeicher"
    over "… Solarbatterien …"."""
    named = _topic([deck.text], frozenset) | body_topic()
    stems = {word[:TOPIC_STEM] for word in _topic([line.text], frozenset)}
    return any(stem in word for stem in stems for word in named)


def _topic(texts: Sequence[str], stops: StopWords) -> frozenset[str]:
    """The words that carry the texts' topic (`content_model.content_words`)."""
    return frozenset().union(*content_words(tokenize(texts), stops()))


def _is_kicker(text: str) -> bool:
    """A label in capitals of at most MAX_KICKER_WORDS words and no digits: "EXCLUSIVE", "SON DAKİKA", "TYLKO U NAS"."""
    return len(text.split()) <= MAX_KICKER_WORDS and text.isupper() and not any(c.isdigit() for c in text)


def _without_named_site(title: str, lines: Sequence[_Line], repeated: frozenset[str] = frozenset()) -> str:
    """The title without a first or a last part that names the site as the document credits it: in its byline ("A
    for Global Times Online") or its copyright line ("© 2025 NovaPress"), not in its menus or teasers, which name
    topics a headline may name too ("Sazerac - alles über den Cocktail-Klassiker"). A page
    title puts its site's name before or after the headline, after any mark ("X / NovaPress", "Global Times Online –
    X"); a name the page credits elsewhere is the site's, whatever its words (`_without_site` reads only names that
    read as an outlet's)."""
    parts = TITLE_PART.split(title)
    if len(parts) < 2:
        return title
    whole = _fold(title)
    removed = (_fold(line.text) for line in lines if line.reason in SITE_CREDITS)
    credits = f" {' '.join(key for key in removed if whole not in key)} "  # not a line that holds the title itself
    longest = max(len(part.split()) for part in parts)
    named = [  # never the headline, the longest part
        0 < len(part.split()) <= min(MAX_SITE_WORDS, longest - 1)
        and (f" {_fold(part)} " in credits or line_key(part) in repeated)
        for part in parts
    ]
    kept = parts
    while len(kept) > 1 and named[-1]:
        kept, named = kept[:-1], named[:-1]
    while len(kept) > 1 and named[0]:
        kept, named = kept[1:], named[1:]
    if kept == parts:
        return title
    head = title[title.index(kept[0]) : title.rindex(kept[-1]) + len(kept[-1])]
    return head if _words(head) >= MIN_TITLE_WORDS else title


def _section_part(part: str) -> bool:
    """A page title's part that can be a section's name: a few words, no sentence, no figure."""
    return (
        0 < len(part.split()) <= MAX_SECTION_WORDS
        and not part.endswith(SENTENCE_END)
        and not any(c.isdigit() for c in part)
    )


def _without_site(title: str) -> str:
    """A headline without the section and the site name a page title appends to it: "Headline | Daily Courier",
    "Headline - InfoPortal", "Headline | Crime | InfoPortal". After a bar, any short capitalized name; after a dash,
    only an outlet (an outlet word, a brand, an agency), so "Brexit - The Final Countdown" keeps its second part."""
    shorter = _without_last_part(title)
    if shorter == title:
        return title
    site = SITE_SUFFIX.match(title)
    return _without_last_part(shorter, _site_mark(site) if site else None)


def _without_last_part(title: str, site_mark: str | None = None) -> str:
    """The title without its last part when that part names the site; with `site_mark`, the mark before the site's
    name just cut, also without a section's name before it: after the same mark ("X | Transfer news | NovaPress"), or
    one word or some in lowercase ("X – in pictures | The Observer", "X - Recensione | InfoPortal"); not a subtitle's
    capitalized words after another mark ("Brexit talks enter a new phase - The Final Countdown | Evening Standard")."""
    match = SITE_SUFFIX.match(title)
    if not match or _words(match.group("head")) < MIN_TITLE_WORDS:
        return title
    site, mark = match.group("site"), _site_mark(match)
    words = site.split()
    if len(words) <= 2 and SITE_DOMAIN.match(words[-1]):
        return match.group("head")  # "… - iDNES.cz", "… – HVG.hu", "… | Vijesti.hr": a web address is the site
    named = words[-1] not in OUTLET_ARTICLES and all(_name_token(w) or w.lower() in NAME_PARTICLES for w in words)
    outlet = bool(OUTLET.search(site)) or (len(words) == 1 and bool(BRAND.match(site) or ROLE.fullmatch(site)))
    if named and (mark in ("|", "·", "•", "::", "_") or outlet):  # marks no headline holds, or an outlet
        return match.group("head")
    section = mark == site_mark or len(words) == 1 or not all(map(_capital_start, words))
    return match.group("head") if site_mark is not None and _section_part(site) and section else title


def _site_mark(match: re.Match[str]) -> str:
    """The mark before a page title's site name (`SITE_SUFFIX`); "_" for the marks Chinese and Japanese glue on."""
    return match.group("sep") or "_"


def _raw_offset(raw: str, clear_offset: int) -> int:
    """Offset in the source line of the character at `clear_offset` of its control-free text."""
    seen = 0
    for index, char in enumerate(raw):
        if seen == clear_offset:
            return index
        seen += not CONTROL.match(char)
    return len(raw)


def _glued_header(line: _Line, result: Cleaned) -> list[Span]:
    """A dateline glued before the first sentence, with the outlet that a dash sets after it ("GYUMRI, 20 May 2017
    — Ararat-press — Text"): a name of up to three words between two dashes is no sentence's start."""
    spans = _glued_dateline(line, result)
    end = len(CONTROL.sub("", line.raw[: spans[0].end - line.start])) if spans else 0  # in the control-free text
    if spans and (
        (outlet := GLUED_OUTLET.match(line.text, end))
        or ((outlet := GLUED_AGENCY.match(line.text, end)) and _is_agency(outlet["outlet"]))
    ):
        spans[0] = Span(spans[0].start, line.start + _raw_offset(line.raw, outlet.end()), spans[0].reason)
    return spans


def _glued_under_standfirst(lines: Sequence[_Line], body_start: int, result: Cleaned) -> list[Span]:
    """A wire's dateline glued before the paragraph under a standfirst ("Tema, July 16, GNA – …" under one short
    paragraph): the agency's copy starts there, its dateline ending with a dash or naming its agency in parentheses.
    Not a paragraph that opens with a date alone ("Janvier 1430 : …"), which a history's text may, nor with a word
    without capitals but a news agency's place, which may be a whole clause in Thai ("… 17 พฤษภาคม 2530 – 16
    พฤษภาคม 2536 …"), a range's dash after it; nor a place and a date without a wire's mark."""
    if len(lines[body_start].text.split()) > MAX_STANDFIRST_WORDS:
        return []
    second = next((line for line in lines[body_start + 1 :] if not line.blank), None)
    if (
        second is None
        or second.reason is not None
        or not (second.text.lstrip()[:1].isupper() or _caseless_agency_dateline(second.text))
        or not any(mark in second.text[:MAX_DATELINE_CHARS] for mark in WIRE_MARKS)  # no dateline: not read for one
        or _leading_date(second.text)
    ):
        return []
    read = Cleaned(removed=[])  # what the dateline says counts only once it is the wire's
    found = _glued_header(second, read)
    wired = found and found[0].reason == "dateline"  # a dateline, not a byline glued on: "A B – …" may be a sentence
    if not (wired and any(mark in second.raw[: found[0].end - second.start] for mark in WIRE_MARKS)):
        return []
    result.published = result.published or read.published
    return found


def _question_over_wire(lines: Sequence[_Line], index: int, result: Cleaned) -> None:
    """A question or an exclamation right over a paragraph that opens with a wire's dateline, when the header found
    no headline ("Как же это вы думаете прийти к мировому господству, такие слюнтяи и пацифисты?" / "САМАРКАНД,
    24.08.2022 /Дунё/. …"): the wire's copy starts under its headline, which reads as a sentence; a standfirst there
    is seldom a question. A badge in capitals right over it goes with it ("АРХЕОЛОГИЯ")."""
    line = lines[index]
    stripped = line.text.strip()
    if result.title is None and _question_headline(stripped, MAX_TITLE_WORDS):
        result.title, line.reason = stripped, "title"
        above = _previous_line(lines, index)
        if above is not None and above.reason is None and _is_kicker(above.text.strip()):
            above.reason = "navigation"


def _caseless_agency_dateline(text: str) -> bool:
    """A place in a script without capitals, a date and a news agency: "الكويت - 24 يونيو 2015 (كونا) -- "."""
    dated = AGENCY_DATELINE.match(text)
    return bool(dated and _caseless(text.split()[0]) and _is_agency(dated["agency"] or dated["agency2"] or ""))


def _glued_credit(text: str) -> re.Match[str] | None:
    """A byline's credit, a dash or a bar, then a paragraph's sentence: the first paragraph with its byline glued on
    (`_glued_byline`), no byline line. The credit and its mark."""
    glued = GLUED_BYLINE.match(text)
    rest = text[glued.end() :].rstrip() if glued else ""
    sentence = (
        len(rest.split()) >= GLUED_TEXT_WORDS
        and rest.endswith(SENTENCE_END)
        and rest[0].isalpha()
        and not rest[0].islower()  # a sentence's first word, not "18 Comments. This post may contain …"
    )
    return glued if sentence else None


def _glued_byline(line: _Line, result: Cleaned) -> list[Span]:
    """A byline glued before the first sentence ("By Jane Smith — The council voted …", "JANE SMITH, Staff Writer —
    …"): the credit and its mark are cut, the sentence stays."""
    glued = _glued_credit(line.text)
    if glued is None:
        return []
    credit = glued["credit"].strip()
    place, comma, rest = credit.partition(",")
    if comma and place.isupper() and _field_date(PARENTHESES.sub("", rest)):
        return []  # a wire's place in capitals and a date ("SAN JOSÉ, 18 abr. 2024 – ", "NEW YORK, 3 March 2024 (AP)
        # — "): a dateline, not a name
    byline = _marked_byline(credit) or _evident_names(credit)  # not "The Velvet Underground (The Velvets) — …"
    if byline is None or not byline[0]:
        return []
    result.authors = result.authors or _people(byline[0])
    result.published = result.published or byline[1]
    end = glued.end()
    if (dated := GLUED_DATE.match(line.text[end:])) and (iso := parse_date(dated["date"])):
        result.published = result.published or iso  # "By A | March 5, 2024 The council …"
        end += dated.end()
    return [Span(line.start, line.start + _raw_offset(line.raw, end), "byline")]


def _glued_dateline(line: _Line, result: Cleaned) -> list[Span]:
    """A date (with an optional label) glued before the first sentence: `2024-11-08 – Text`."""
    if glued := _glued_byline(line, result):
        return glued
    if wire := CJK_GLUED_BYLINE.match(line.text):
        result.authors = result.authors or re.split(CJK_NAME_SEP, wire["names"])
        return [Span(line.start, line.start + _raw_offset(line.raw, wire.end()), "byline")]
    if cjk := CJK_GLUED_DATELINE.match(line.text):
        iso = parse_date(cjk["date"] or cjk["date2"])
        if iso or cjk["date"]:  # "北京3月24日电" has no year: cut, but no date to read
            result.published = result.published or iso
            return [Span(line.start, line.start + _raw_offset(line.raw, cjk.end()), "dateline")]
    placed = PLACE_AGENCY.match(line.text) or AGENCY_FIRST.match(line.text)
    agency = placed.group("agency").strip() if placed else ""
    if placed and _is_agency(agency):
        # "Berlin (dpa) – ", "Paris (AFP) — ": a news agency, not "The Velvet Underground (The Velvets …) —"
        return [Span(line.start, line.start + _raw_offset(line.raw, placed.end()), "dateline")]
    dated = AGENCY_DATELINE.match(line.text)
    agency = dated and (dated.group("agency") or dated.group("agency2") or dated.group("agency3")).strip()
    if dated and _is_agency(agency):
        iso = parse_date(dated.group("date"))
        if iso or _day_and_month(dated.group("date")):  # "Bucureşti, 25 noiembrie /Agerpres/ - ": no year
            result.published = result.published or iso
            return [Span(line.start, line.start + _raw_offset(line.raw, dated.end()), "dateline")]
    place_date = PLACE_DATE.match(line.text)
    dated = place_date or PLACE_BARE_DATE.match(line.text) or PLACE_PAREN_DATE.match(line.text)
    if dated and (iso := parse_date(dated.group("date"))):
        result.published = result.published or iso
        return [Span(line.start, line.start + _raw_offset(line.raw, dated.end()), "dateline")]
    # an agency's dateline with the day and the month only: "КАЗАНЬ, 28 марта. /ТАСС/. " (TASS)
    agency = place_date and (place_date["agency"] or place_date["agency2"])
    if agency and _is_agency(agency) and _day_and_month(place_date["date"]):
        return [Span(line.start, line.start + _raw_offset(line.raw, place_date.end()), "dateline")]
    attributed = ATTRIBUTION.match(line.text) or CASELESS_PLACE_AGENCY.match(line.text)
    if attributed and (attributed.re is ATTRIBUTION or _is_agency(attributed["agency"])):
        return [Span(line.start, line.start + _raw_offset(line.raw, attributed.end()), "dateline")]
    wire = WIRE_DATELINE.match(line.text)
    agency = wire and (wire.group("agency") or wire.group("agency1"))
    date, outlet = _date_and_outlet(wire.group("date") or "") if wire else ("", None)
    agency = agency or outlet
    if wire and not (
        wire.group("dash")
        or (date and parse_date(date))
        or (wire.group("colon") and agency and (agency.strip("()").isupper() or _is_agency(agency.strip("()"))))
    ):  # "STAVANGER (NTB): " but not "UNESCO (Paris): a note."
        wire = None  # "KYIV (Agency), 2024/01/13. " and "PARIS, 3 March 2024: " need the date before . or :
    if wire and not date and (fielded := _fielded_dateline(line.text)) and fielded[0] > wire.end():
        result.published = result.published or fielded[1]  # "BAGUIO — Pambansang Balitaan — 08/27/2019 14:28 PHT: "
        return [Span(line.start, line.start + _raw_offset(line.raw, fielded[0]), "dateline")]
    if wire and (agency or (len(wire.group("place")) >= 3 and wire.group("place").isupper())):
        if date:
            iso = parse_date(date)
            if iso:
                result.published = result.published or iso
            elif not outlet and not re.fullmatch(r"[^\W\d_]+\.?\s+\d{1,2}|\d{1,2}\.?\s+[^\W\d_]+\.?", date):
                return []  # "PARIS, the city of light - …" is a sentence; an agency after a date not read confirms it
        end = wire.end()
        dated = None if wire.group("date") else GLUED_DATE.match(line.text[end:])
        if dated and (iso := parse_date(dated.group("date"))):  # "KYIV — 17-06-2022 — ": the date after the place
            result.published = result.published or iso
            end += dated.end()
        return [Span(line.start, line.start + _raw_offset(line.raw, end), "dateline")]
    if fielded := _fielded_dateline(line.text):
        result.published = result.published or fielded[1]
        return [Span(line.start, line.start + _raw_offset(line.raw, fielded[0]), "dateline")]
    match = GLUED_DATE.match(line.text)
    if match and match.group("clock") and not match.group("mark"):
        match = None  # "25 de Setembro de 2012 às 14:27 Vala a pena …": a comment's own date, in its sentence
    if match and match["weekday"] and not _weekday(match["weekday"]):
        match = None  # "Berlin, 5. März 2024 …": a place's is `_fielded_dateline`'s, with the mark that ends it
    if match and (iso := parse_date(match.group("date"))):
        result.published = result.published or iso
        return [Span(line.start, line.start + _raw_offset(line.raw, match.end()), "dateline")]
    return []


def _fielded_dateline(text: str) -> tuple[int, str] | None:
    """A dateline glued before the first sentence, read as fields: a place, up to one more short field (an
    agency, a weekday), a date that `parse_date` reads, then a mark that ends the dateline (a dash, a bar, a slash, a
    colon, a full stop, an agency between slashes) and the text. Where the patterns above know no shape ("OLSZTYN /
    14 września 2025 / ", "GRAZ, 17. Juni 2025 um 17:09 Uhr · ", "ԵՐԵՎԱՆ, 21.11.2018, 08:01։ ", "GABORONE (20
    Diphalane 2019, 2:52 motshegare) · "). Returns where the text starts and the date. A comma ends no dateline:
    "Paris, 12 March 2024, was the day …" is a sentence."""
    head = text[:MAX_DATELINE_CHARS]
    fields = [0, *(m.end() for m in DATELINE_FIELD.finditer(head))]
    found: tuple[int, str] | None = None
    for first, start in enumerate(fields[1:3], 1):  # a date first is `GLUED_DATE`'s: "Mai 2001 Am 5. Mai …" is text
        before = [head[a:b].strip(DATELINE_MARKS) for a, b in itertools.pairwise(fields[: first + 1])]
        if not all(_place_field(field, i == 0) for i, field in enumerate(before)):
            break
        for end in DATELINE_END.finditer(head, start):
            date = head[start : end.start()].strip(DATELINE_MARKS)
            if len(date) > MAX_DATE_FIELD_CHARS:
                break
            rest = text[end.end() :]
            if _capital_start(rest) and (iso := parse_date(date) or parse_date(CLOCK_TAIL.sub("", date))):
                found = (end.end(), iso) if found is None or end.end() > found[0] else found
    return found


def _place_field(field: str, place: bool) -> bool:
    """A dateline's place before its date, in capitals ("GRAZ", "LUNGSOD QUEZON") or in a script without them, then
    maybe an agency or a weekday ("Pambansang Balitaan", "Olwomukaaga"): up to three words each. A capitalized word
    first is a label ("Postitatud: 27 Jaan 2012, 10:32 …", a forum post's), not a place."""
    words = field.split()
    return (
        0 < len(words) <= MAX_PLACE_FIELD_WORDS
        and all(map(_capital_start, words))
        and (not place or all(w.isupper() or w.lower() == w.upper() or not w[0].isupper() for w in words))
    )


def _capital_start(word: str) -> bool:
    """A word that starts with a capital, or with a letter of a script that has none in use (Georgian's are not)."""
    return word[:1].isalpha() and (not word[0].islower() or "\u10d0" <= word[0] <= "\u10ff")


def _date_and_outlet(field: str) -> tuple[str, str | None]:
    """A wire dateline's field after the place: a date, an agency or an outlet last ("LETA", "2025. gada 23. oktobris,
    LETA", "Global Times Online"), in capitalized words, which a sentence's words are not ("the city of light")."""
    head, _, tail = field.rpartition(",")
    words = tail.split()
    if 0 < len(words) <= MAX_OUTLET_WORDS and all(w[0].isupper() and not any(c.isdigit() for c in w) for w in words):
        return head.strip(), tail.strip()
    return field, None


def _day_and_month(text: str) -> bool:
    """A date without its year: a day and a month name, or "25/11", with only weekdays, a clock and fillers around."""
    months, weekdays = _calendar_words()
    text = CLOCK.sub(" ", unicodedata.normalize("NFC", text.casefold()))
    if re.fullmatch(r"\s*\d{1,2}[./]\d{1,2}\.?\s*,?\s*", text):
        return True
    tokens = [_calendar_token(t, months, weekdays) for t in DATE_TOKEN.findall(text)]
    days = [t for t in tokens if t.isdecimal()]
    named = [t for t in tokens if t in months]
    rest = [t for t in tokens if not t.isdecimal() and t not in months]
    return (
        len(days) == 1
        and 1 <= int(days[0]) <= 31
        and len(named) == 1
        and all(t in weekdays or t in DATE_FILLERS for t in rest)
    )


def _is_agency(name: str) -> bool:
    """A news agency's name in a dateline: a known agency, capitals or a brand, up to three words ("dpa", "ČTK",
    "ΑΠΕ-ΜΠΕ", "Agerpres", "NovaPress"), not "The Velvets" of "The Velvet Underground (The Velvets …) —"."""
    return len(name.split()) <= 3 and bool(ROLE.search(name) or name.isupper() or BRAND.match(name))


def _title_echoes(lines: Iterable[_Line], title: str | None) -> None:
    """Lines that repeat the title: as is (duplicate_title) or with a number (an image caption)."""
    if not title:
        return
    folded_title = _fold(title)
    if not folded_title:
        return
    after_caption = False
    for line in lines:
        if line.blank:
            continue
        if line.reason is not None:
            after_caption = False
            continue
        folded = _fold(line.text)
        if folded == folded_title:
            line.reason = "duplicate_title"
            after_caption = False
        elif folded.startswith(folded_title) and re.fullmatch(r"[\d ]+", folded[len(folded_title) :] or " "):
            line.reason = "caption"
            after_caption = True
        elif _caption_core(folded) == _caption_core(folded_title) and re.search(r"\d", folded):
            line.reason = "caption"  # "1/12 <title>", "Photo 3 of 12: <title>", "Bild 2 von 10 – <title>"
            after_caption = True
        elif (
            line.text.rstrip().endswith(("…", "..."))
            and len(folded) >= 0.5 * len(folded_title)
            and folded_title.startswith(folded)
        ):
            line.reason = "duplicate_title"  # the title cut short: "A long headline that is cut…"
            after_caption = False
        elif after_caption and _is_title_like(line.text) and len(line.text.split()) > 5:
            # the caption text under a numbered image title: unpunctuated, longer than a subheading
            line.reason = "caption"
            after_caption = False
        else:
            after_caption = False


def _echo_key(text: str) -> str:
    """What two renderings of the same headline share: case, punctuation and picture numbering folded."""
    return _caption_core(_fold(text))


def _caption_core(folded: str) -> str:
    """A folded line without its numbers and the caption words around them."""
    words = folded.split()
    start = 0
    while start < len(words) and (words[start].isdigit() or words[start] in CAPTION_WORDS):
        start += 1
    end = len(words)
    while end > start and (words[end - 1].isdigit() or words[end - 1] in CAPTION_WORDS):
        end -= 1
    return " ".join(words[start:end])


def _line_spans(lines: Sequence[_Line], length: int) -> list[Span]:
    """Spans for removed lines and for the whitespace that their removal leaves behind."""
    spans: list[Span] = []
    content = kept_rows(lines)
    first, last = (content[0], content[-1]) if content else (len(lines), -1)
    previous_kept: int | None = None
    for i, line in enumerate(lines):
        line_end = min(line.end + 1, length)  # include the newline
        if line.reason is not None:
            score = line.score if line.reason in (MODEL_REASON, EXTRACT_REASON) else None
            spans.append(Span(line.start, line_end, line.reason, score))
        elif line.blank:
            keep = first < i < last and previous_kept is not None and not lines[previous_kept].blank
            if keep:
                previous_kept = i
            elif line_end > line.start:
                spans.append(Span(line.start, line_end, "whitespace"))
        else:
            previous_kept = i
            trailing = TRAILING_SPACE.search(line.raw)
            if trailing:
                spans.append(Span(line.start + trailing.start(), line.end, "whitespace"))
            leading = LEADING_SPACE.match(line.raw)
            if leading:
                spans.append(Span(line.start, line.start + leading.end(), "whitespace"))
            if i == last and line.end < length:
                spans.append(Span(line.end, line.end + 1, "whitespace"))  # the text ends without a newline
    return spans
