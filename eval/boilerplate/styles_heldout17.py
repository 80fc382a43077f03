"""SEVENTEENTH HELD-OUT templates, written BLIND: their author read only build.py, score.py (for the format it
expects; it was not run), prose.py, the earlier styles files (for their format only, none of their phrases,
widget texts, site kinds or layouts reused) and the shared sentence files build.py draws from (searched for the
new languages' own month and weekday names, date phrases and common words: the Sesotho "ka la 18 Mphalane",
"Mantaha", "ditaba", "kereke", "mesebetsi"; the Xitsonga "hi ti 23 Ndzhati 2015", "N’wendzamhala", "mahungu",
"mintirho", "Hlaya"; the Latin "Novembris", "Kalendis", "dies"); never the cleaner's rules, lexicon, content
model, docs or tests, nor the history of the repository; the cleaner was never run on them and they were never
used to change a rule. Three languages no earlier split uses: Sesotho (South African and Lesotho spelling as the
sentence file has it, maloti prices, "ka la 25 Pudungwana 2026"), Xitsonga (rand prices, "hi ti 25 Hukuri
2026") and Latin (pages in the manner of Latin news and church sites: genitive month names, "die Mercurii, 25
Novembris 2026", "die 25 mensis Novembris 2026", Roman dates "a.d. VII Kal. Dec." and Roman-numeral years
"MMXXVI"); and five familiar ones on sites from countries no earlier split modelled: Québec French ("14 h 32",
"courriel", "infolettre", "4,99 $"), Swiss German ("ss" for "ß", "Fr. 4.20", "14.32 Uhr", «» quotes,
"Billette"), European and African Portuguese (Portugal, Angola and Mozambique: "actualizado", "Kz", meticais,
"às 14h32"), Ukrainian ("о 14:32", hryvnias, «» quotes) and Nigerian and Kenyan English (KSh, ₦, M-Pesa,
Nigerian and Kenyan names and cities).

Kinds of sites: a farmers' market weekly price report (a market bar, a breadcrumb, a "prices of the week"
kicker, byline and date on one line, a price box over three lines, captions with credits and lists between
paragraphs, an "indicative prices" note, a next-report line, a named share row), a parish news page with no
blank lines and no byline (a parish bar, the date over the headline, a Mass-times box over three lines, a
parish-office contact over two lines, a collection line, print and e-mail links), a job-listings news article
(a jobs bar, the byline ABOVE the headline, names with no label or with the site after them, a relative time
beside the absolute date under the headline, a job-alert prompt that the body repeats, "read also" links and
ads, an "apply only on the employer's portal" note, a scam warning, tags, a named share row), a film review on
a cinema site (the page title with the site's name, a cinema menu, the headline again, a stars-and-runtime
line, the critic's byline, a "published" date line, a film box over three lines, a trailer line, a showtimes
link, a comment counter, an icon share row), a transport operator's service update with no blank lines and no
byline (the operator's menu, a status badge under the headline, an "updated" date line, an affected-lines box
over three lines, a trip-planner prompt, an apology, an app prompt, a "follow us" line), a science magazine
explainer with no date (a section menu, an "explainer" kicker, the byline with the site or the desk after
the names, a reading time, a fact box over three lines, a glossary line, a sources line, a newsletter prompt, a
share prompt), an NGO field report (the NGO's bar, a "from the field" kicker, the byline under the headline,
the city and date glued to the first paragraph "MAPUTO, 25 de novembro de 2026 – ", a figures box over three
lines, an inline donation prompt, an "about us" paragraph, tags, a named share row) and a local football
club's match report (the club's bar, a full-time score line over the headline, the names IN CAPITALS with the
date on one line, a line-up box over three lines, ads, a next-fixture line, a sponsors strip, a comment
counter).

Bylines per style (build.py: style["by_key"], see below) and per language: labels before the names ("By",
"Compiled by", "Par", "Texte :", "Von", "Marktbericht:", "Por", "Texto de", "Автор:", "Огляд цін:", "Ka", "E
ngotswe ke", "Hi", "Yi tsariwile hi", "Auctor:", "Textus:"), names with no label, names then the site or the
desk ("{names}, {site}", "{names} | Jobs Desk", "{names} / Stellenmarkt", "{names}, para o {site}", "{names}
pro {site}", "{names} (communications team)"), names in capitals in the match report ("BY", "PAR", "VON",
"POR", "АВТОР:", "KA", "HI", "AUCTOR:" or none); one to three authors joined by "and", "et", "und", "e", "та" or
"і", "le", "na", "et". Dates in local forms: "Wednesday, November 25, 2026", "25 Nov 2026, 2:32 PM", "3 hours ago
· November 25, 2026", "Last updated: 25 Nov 2026, 14:32"; "le mercredi 25 novembre 2026", "25 nov. 2026 à 14 h
32", "il y a 3 heures · 25 novembre 2026", "Mis à jour le 25 novembre 2026 à 14 h 32"; "Mittwoch, 25. November
2026", "25.11.2026, 14.32 Uhr", "vor 3 Stunden · 25.11.2026", "Stand: Mittwoch, 25. November 2026, 14.32 Uhr";
"quarta-feira, 25 de novembro de 2026", "25/11/2026 - 14h32", "há 3 horas · 25/11/2026", "Actualizado a 25 de
novembro de 2026, às 14h32"; "середа, 25 листопада 2026", "25 листопада 2026 р.", "3 години тому ·
25.11.2026", "Оновлено: 25.11.2026 о 14:32"; "Laboraro, 25 Pudungwana 2026", "ka la 25 Pudungwana 2026", "E
ntjhafaditswe: 25 Pudungwana 2026, 14:32"; "Ravunharhu, 25 Hukuri 2026", "hi ti 25 Hukuri 2026", "Yi
pfuxetiwile: 25 Hukuri 2026, 14:32" (the Sesotho and Xitsonga relative times in English, "3 hrs ago", as South
African and Lesotho sites print them); "die Mercurii, 25 Novembris 2026", "a.d. VII Kal. Dec. MMXXVI", "ante 3
horas · 25 Novembris 2026", "Renovatum die 25 Novembris 2026, hora 14:32"; "published" labels around them
("Published", "Publié le", "Publiziert:", "Publicado a", "Опубліковано:", "E phatlaladitswe:", "Yi
humesiwile:", "Editum:").

How the relative times, Roman dates and hours without a leading zero are made: build.py fills a local date
pattern with str.format and passes the month and weekday names from this module's lists. Those names are
`Name` strings: written plainly ("{month}") they are the name; given a format spec, whose nested fields
str.format fills first, "{month:ago={h12}}" writes "3 hours ago" in the page's language (with Ukrainian plural
forms), "{month:roman={d}/{y}}" the Roman date of that day ("a.d. VII Kal. Dec.", "prid. Kal. Mart.", "Id.
Nov."), "{month:annus={y}}" the year in Roman numerals and "{month:int={h}}" the hour with no leading zero
("9 h 05").

What build.py had to learn for this split: one hook, read only when a style carries the key, so every earlier
split builds byte for byte as before (checked by building all seventeen earlier splits before and after):
style["by_key"] names the phrase list a style's byline is drawn from, so a film critic, a job desk, an NGO's
field team and a club's match reporter each sign in their own way, and the names are in capitals in one style
only.

Limits of build.py this split cannot cross: the headline is always a cut of a real sentence, so a price
report's, a service update's or a match report's formulaic headline ("Prices: ...", "Line 3: ...", "A 2-1 B")
cannot be made with a correct gold title; the score line therefore stands on its own. A standfirst can only be
the first paragraph; a widget's lines all carry one label, so a price box, a Mass-times box or a line-up box is
one boilerplate block; body inserts are drawn with replacement, so a box may come twice and the repeated
job-alert prompt comes twice only when the draw says so (weighted two in five); a widget's counter is written in
ASCII digits and the same counter fills every {n} of a widget; one date per document, so a service update
cannot give the day of the works beside the day of the notice; the Roman date counts the days of a leap-year
February as the modern calendar does, not with the doubled sixth day before the Kalends of March; tags are
joined with ", " in every language; site names in page titles, bylines, glued datelines and copyright lines
come from build.py's shared list of English brand names, and club, film and NGO names in widgets are
invented. The Sesotho, Xitsonga and Latin site chrome was written by someone who does not speak those languages,
from the sentence files' words and common site vocabulary; Latin sites with these layouts hardly exist, so its
pages are what a Latin news or church site would print for them. The sentence files are not Swiss, Québec,
African Portuguese, Nigerian or Kenyan prose, so only the chrome of those pages is local.
"""

from __future__ import annotations

from calendar import monthrange

LANGS = ("st", "ts", "la", "fr", "de", "pt", "uk", "en")

LATIN_MONTHS = ["Ian.", "Feb.", "Mart.", "Apr.", "Mai.", "Iun.", "Iul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def _numeral(number: int) -> str:
    """A year in Roman numerals: 2026 -> MMXXVI."""
    text = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while number >= value:
            text, number = text + letters, number - value
    return text


ROMAN_DAYS = [_numeral(count) for count in range(1, 21)]


def _roman(day: int, month: int, year: int) -> str:
    """The Roman date of a day: counted inclusively back from the Ides or the next month's Kalends."""
    ides = 15 if month in (3, 5, 7, 10) else 13
    if day == ides:
        return f"Id. {LATIN_MONTHS[month - 1]}"
    if day < ides:
        count, mark, name = ides - day + 1, "Id.", LATIN_MONTHS[month - 1]
    else:
        count, mark, name = monthrange(year, month)[1] - day + 2, "Kal.", LATIN_MONTHS[month % 12]
    return f"prid. {mark} {name}" if count == 2 else f"a.d. {ROMAN_DAYS[count - 1]} {mark} {name}"


def _ago(lang: str, hours: int) -> str:
    """A relative time, "3 hours ago", as the page's language writes it."""
    plural = hours != 1
    if lang == "uk":
        if hours % 10 == 1 and hours % 100 != 11:
            word = "годину"
        elif 2 <= hours % 10 <= 4 and not 12 <= hours % 100 <= 14:
            word = "години"
        else:
            word = "годин"
        return f"{hours} {word} тому"
    if lang == "fr":
        return f"il y a {hours} heure{'s' if plural else ''}"
    if lang == "de":
        return f"vor {hours} Stunde{'n' if plural else ''}"
    if lang == "pt":
        return f"há {hours} hora{'s' if plural else ''}"
    if lang == "la":
        return f"ante {hours} horas" if plural else "ante unam horam"
    if lang in ("st", "ts"):
        return f"{hours} hr{'s' if plural else ''} ago"
    return f"{hours} hour{'s' if plural else ''} ago"


class Name(str):
    """A month or weekday name; with a format spec it writes a date part in its page's way (see above)."""

    number = 0  # the month's number, 1-12
    lang = ""

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        kind, _, arg = spec.partition("=")
        if kind == "ago":
            return _ago(self.lang, int(arg))
        if kind == "roman":
            day, year = arg.split("/")
            return _roman(int(day), self.number, int(year))
        if kind == "annus":
            return _numeral(int(arg))
        if kind == "int":
            return str(int(arg))
        raise ValueError(spec)


def _names(lang: str, text: str) -> list[Name]:
    names = [Name(word) for word in text.split()]
    for number, name in enumerate(names, start=1):
        name.number, name.lang = number, lang
    return names


ENGLISH_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"

SAY = {  # widget -> gold reason (build.py: style["say"])
    "market_bar": "navigation",
    "market_kicker": "navigation",
    "price_box": "navigation",
    "price_note": "footer",
    "next_market": "footer",
    "parish_bar": "navigation",
    "mass_box": "navigation",
    "parish_office": "footer",
    "collection_line": "reader_prompt",
    "jobs_bar": "navigation",
    "alert_prompt": "newsletter",
    "apply_note": "footer",
    "scam_note": "footer",
    "film_menu": "navigation",
    "stars_line": "rating",
    "film_box": "navigation",
    "trailer_line": "video",
    "showtimes_line": "advertisement",
    "transit_menu": "navigation",
    "status_badge": "navigation",
    "lines_box": "navigation",
    "planner_prompt": "reader_prompt",
    "apology_note": "footer",
    "sci_menu": "navigation",
    "sci_kicker": "navigation",
    "fact_box": "navigation",
    "glossary_line": "navigation",
    "sources_line": "footer",
    "ngo_bar": "navigation",
    "field_kicker": "navigation",
    "figures_box": "navigation",
    "donate_inline": "reader_prompt",
    "about_ngo": "press_boilerplate",
    "club_bar": "navigation",
    "score_line": "navigation",
    "lineup_box": "navigation",
    "next_fixture": "footer",
    "sponsor_strip": "advertisement",
}

ICONS17 = ["i-share-whatsapp", "i-share-facebook", "i-share-x", "i-share-telegram", "i-share-email"]

PHRASES: dict[str, dict[str, list]] = {
    "st": {
        "months": _names(
            "st",
            "Pherekgong Hlakola Hlakubele Mmesa Motsheanong Phupjane Phupu Phato Lwetse Mphalane Pudungwana Tshitwe",
        ),
        "mon_abbr": _names("st", ENGLISH_ABBR),
        "wd_abbr": _names("st", "Mantaha Labobedi Laboraro Labone Labohlano Moqebelo Sontaha"),
        "names": [
            "Thabo Palesa Lerato Tshepo Mpho Nthabiseng Teboho Limpho",
            "Mokoena Mofokeng Motaung Letsie Ramokhele Sekhesa Tlali Makhetha",
        ],
        "cities": ["Maseru", "Mangaung", "Welkom", "Phuthaditjhaba", "Mafeteng", "Leribe"],
        "quote": ["“{}”"],
        "and": ["le"],
        "local_market": ["{wd}, {d} {month} {y}", "ka la {d} {month} {y}"],
        "local_parish": ["{wd}, {d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_jobs": ["{month:ago={h12}} · {d} {month} {y}", "{dd}/{mm}/{y} {hm} ({month:ago={h12}})"],
        "local_film": ["{d} {month} {y}", "{y}-{mm}-{dd}"],
        "local_transit": ["E ntjhafaditswe: {d} {month} {y}, {hm}", "Ntjhafatso ya ho qetela: {dd}/{mm}/{y} {hm}"],
        "local_ngo": ["{d} {month} {y}"],
        "local_match": ["{dd}/{mm}/{y} {hm}", "{wd}, {d} {month} {y}"],
        "glue_ngo": ["{C}, {d} – ", "{C} – {d}: "],
        "by_market": ["Ka {a}", "E ngotswe ke {a}", "Tlaleho: {a}"],
        "by_jobs": ["{a}", "{a}, {site}", "{a} | Mesebetsi"],
        "by_film": ["Tlhahlobo ya {a}", "{a}, {site}", "Ka {a}"],
        "by_sci": ["E ngotswe ke {a}", "{a} bakeng sa {site}", "{a} | Saense"],
        "by_ngo": ["Pale ya {a}", "{a} ({site})", "Ka {a}"],
        "by_match": ["KA {A}", "{A}", "Tlaleho: {A}"],
        "published": ["E phatlaladitswe: {d}", "E phatlaladitswe ka la {d}"],
        "social": ["WhatsApp", "Facebook", "X", "Telegram", "Imeile", "Kopitsa lehokelo"],
        "icons": ICONS17,
        "home": ["Leqephe la pele"],
        "sections": ["Temo", "Mebaraka", "Moruo", "Ditaba", "Ditheko"],
        "print": ["Hatisa"],
        "email": ["Romela ka imeile"],
        "caption_credit": ["{c} | Setshwantsho: {n}", "{c} (Setshwantsho ka {n})"],
        "read_also": ["Bala hape: {t}", "BALA HAPE | {t}"],
        "ad": ["Papatso"],
        "title_site": ["{t} | {site}", "{t} - {site}"],
        "listen": ["Metsotso e {n} ya ho bala", "{n} min read"],
        "app": ["Jarolla app ya rona ho fumana ditlhokomediso tsa tshebeletso"],
        "follow": ["Re latele ho Facebook bakeng sa ditaba tsa morao-rao"],
        "comments": ["Maikutlo ({n})", "{n} Comments"],
        "tags": ["Dihlooho: {t}"],
        "newsletter": ["Ingodise ho fumana lengolo la ditaba la saense beke le beke"],
        "share": ["Arolelana sengolwa sena"],
        "rights": ["© {y} {site}. Ditokelo tsohle di sirelleditswe.", "Copyright © {y} {site}. All rights reserved."],
        "market_bar": ["Leqephe la pele | Mebaraka | Dihwai | Ditheko | Ikopanye le rona"],
        "market_kicker": ["DITHEKO TSA BEKE"],
        "price_box": [
            "Ditheko tsa beke ena\nPoone (mokotla wa 50kg): M{n}0 · Dinawa: M25/kg\nTamati (lebokose): M95 · Eiye: M60"
        ],
        "price_note": ["Ditheko tsena ke tsa ho bontsha feela, di ka fapana ho ya ka morekisi."],
        "next_market": ["Ditheko tse latelang di tla phatlalatswa ka Labohlano."],
        "parish_bar": ["Kereke ya Katolike ya St. Joseph · Nako ya Misa · Disakramente · Mekgatlo · Dineo"],
        "mass_box": ["Nako ya Misa\nMoqebelo: 17:00\nSontaha: 07:00 le 09:30"],
        "parish_office": ["Ofisi ya pharishe: Labobedi ho isa Labohlano, 09:00–13:00\nMohala: +266 2200 0000"],
        "collection_line": ["O ka tshehetsa kereke ka ho fana ka M-Pesa kapa ka bankeng."],
        "jobs_bar": ["Mesebetsi | Dikgeo tsa mosebetsi | Dithupelo | Dibasari | Keletso"],
        "alert_prompt": ["Fumana dikgeo tse ntjha tsa mosebetsi ho WhatsApp – ingodise kajeno"],
        "apply_note": ["Etsa kopo feela ka websaete ya mohiri pele ho letsatsi la ho qetela."],
        "scam_note": ["Hlokomela masholu: mohiri wa nnete ha a kope tjhelete bakeng sa kopo ya mosebetsi."],
        "film_menu": ["Difilimi tse bapalwang | Tse tlang | Ditlhahlobo | Dibaesekopo | Ditekete"],
        "stars_line": ["Maemo: ★★★★☆ · 13+ · Metsotso e 112"],
        "film_box": [
            "Motsamaisi: Lineo Ntsane\nBabapadi: Mpho Sekhesa, Kamohelo Tau, Relebohile Ntho\n"
            "Nako: metsotso e 112 · Tshwantshiso · Sesotho le Senyesemane"
        ],
        "trailer_line": ["▶ Shebella trailer"],
        "showtimes_line": ["Bona dinako tsa difilimi mme o reke ditekete →"],
        "transit_menu": ["Rala leeto | Boemo ba tshebeletso | Ditsela | Ditefiso | Dintho tse lahlehileng"],
        "status_badge": ["TLHOKOMEDISO YA TSHEBELETSO"],
        "lines_box": [
            "Ditsela tse amehang\nTsela ya {n}: dibese di fetisetswa tseleng e nngwe\n"
            "Ditekesi tsa toropong: nako ya ho ema e eketsehile"
        ],
        "planner_prompt": ["Rala leeto la hao pele o tsamaya."],
        "apology_note": ["Re kopa tshwarelo bakeng sa ho se phutholohe hona mme re leboha mamello ya hao."],
        "sci_menu": ["Sepakapaka | Bophelo bo botle | Tikoloho | Theknoloji | Tlhaloso"],
        "sci_kicker": ["TLHALOSO"],
        "fact_box": [
            "Dintlha ka kgutshwane\nMmele wa motho o na le disele tse ka bang ditrilione tse 37\n"
            "Lesedi la letsatsi le nka metsotso e ka bang 8 ho fihla lefatsheng"
        ],
        "glossary_line": [
            "Tlhaloso ya mantswe: phuputso e hlahlobilweng ke ditsebi tse ikemetseng pele e phatlalatswa."
        ],
        "sources_line": ["Mehlodi: dijenale tsa saense le dipuisano le bafuputsi ba boletsweng."],
        "ngo_bar": ["Ka rona | Mosebetsi wa rona | Moo re sebetsang | Dipale | Fana"],
        "field_kicker": ["DIPALE TSA MOSEBETSI"],
        "figures_box": ["Ka dipalo\nMalapa a {n} 400 a thusitswe\nDiliba tse 36 · ditleliniki tse 12 di tshehetswa"],
        "donate_inline": ["M100 e ka fa lelapa metsi a hlwekileng kgwedi yohle. Fana jwale →"],
        "about_ngo": [
            "Ka rona: mokgatlo o sa etseng phaello o thehilweng Maseru ka 2004, o sebetsa le metse ya mahaeng "
            "ka metsi, bophelo bo botle le thuto."
        ],
        "club_bar": ["Dipapadi | Diphetho | Sehlopha | Botho | Lebenkele"],
        "score_line": ["QETELLO: Maseru United 2–1 Leribe Stars"],
        "lineup_box": [
            "Sehlopha se qalileng\nMokoena; Tlali, Letsie, Motaung, Sekhesa; Makhetha, Mofokeng, Ramokhele\n"
            "Ba kentsweng: Ntho, Tau, Lebona"
        ],
        "next_fixture": ["Papadi e latelang: Moqebelo, 15:00, lebaleng la hae – ho kena mahala"],
        "sponsor_strip": ["Batshehetsi: Lebenkele la Thabo · Maluti Auto Spares · Mafeteng Printers"],
    },
    "ts": {
        "months": _names(
            "ts",
            "Sunguti Nyenyenyani Nyenyankulu Dzivamisoko Mudyaxihi Khotavuxika Mawuwani Mhawuri Ndzhati Nhlangula "
            "Hukuri N’wendzamhala",
        ),
        "mon_abbr": _names("ts", ENGLISH_ABBR),
        "wd_abbr": _names("ts", "Musumbhunuku Ravumbirhi Ravunharhu Ravumune Ravuntlhanu Mugqivela Sonto"),
        "names": [
            "Tsakani Nyiko Hlulani Rhulani Vongani Ntsako Themba Mpumelelo",
            "Baloyi Maluleke Chauke Mathebula Shivambu Ngobeni Mabunda Khoza",
        ],
        "cities": ["Giyani", "Malamulele", "Tzaneen", "Phalaborwa", "Elim", "Bushbuckridge"],
        "quote": ["“{}”"],
        "and": ["na"],
        "local_market": ["{wd}, {d} {month} {y}", "hi ti {d} {month} {y}"],
        "local_parish": ["{wd}, {d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_jobs": ["{month:ago={h12}} · {d} {month} {y}", "{dd}/{mm}/{y} {hm} ({month:ago={h12}})"],
        "local_film": ["{d} {month} {y}", "{y}-{mm}-{dd}"],
        "local_transit": ["Yi pfuxetiwile: {d} {month} {y}, {hm}", "Ku pfuxeta ko hetelela: {dd}/{mm}/{y} {hm}"],
        "local_ngo": ["{d} {month} {y}", "hi ti {d} {month} {y}"],
        "local_match": ["{dd}/{mm}/{y} {hm}", "{wd}, {d} {month} {y}"],
        "glue_ngo": ["{C}, {d} – ", "{C} – {d}: "],
        "by_market": ["Hi {a}", "Yi tsariwile hi {a}", "Xiviko: {a}"],
        "by_jobs": ["{a}", "{a}, {site}", "{a} | Mintirho"],
        "by_film": ["Nkambisiso wa {a}", "{a}, {site}", "Hi {a}"],
        "by_sci": ["Yi tsariwile hi {a}", "{a} eka {site}", "{a} | Sayense"],
        "by_ngo": ["Xitori xa {a}", "{a} ({site})", "Hi {a}"],
        "by_match": ["HI {A}", "{A}", "Xiviko: {A}"],
        "published": ["Yi humesiwile: {d}", "Ku humesiwa: {d}"],
        "social": ["WhatsApp", "Facebook", "X", "Telegram", "Imeyili", "Kopa linki"],
        "icons": ICONS17,
        "home": ["Makaya"],
        "sections": ["Vurimi", "Timakete", "Ikhonomi", "Mahungu", "Minxavo"],
        "print": ["Printa"],
        "email": ["Rhumela hi imeyili"],
        "caption_credit": ["{c} | Xifaniso: {n}", "{c} (Xifaniso hi {n})"],
        "read_also": ["Hlaya na swona: {t}", "HLAYA NA SWONA | {t}"],
        "ad": ["Xinavetiso"],
        "title_site": ["{t} | {site}", "{t} - {site}"],
        "listen": ["Timinete ta {n} ku hlaya", "{n} min read"],
        "app": ["Dawuniloda app ya hina ku kuma switsundzuxo swa vukorhokeri"],
        "follow": ["Hi landzelele eka Facebook ku kuma mahungu ya sweswi"],
        "comments": ["Mavonelo ({n})", "{n} Comments"],
        "tags": ["Tinhloko-mhaka: {t}"],
        "newsletter": ["Tsarisa ku kuma papila ra mahungu ra sayense vhiki na vhiki"],
        "share": ["Avelana xitori lexi"],
        "rights": [
            "© {y} {site}. Timfanelo hinkwato ti sirhelelekile.",
            "Copyright © {y} {site}. All rights reserved.",
        ],
        "market_bar": ["Makaya | Timakete | Varimi | Minxavo | Hi tihlanganisi"],
        "market_kicker": ["MINXAVO YA VHIKI"],
        "price_box": [
            "Minxavo ya vhiki leri\nMavele (saka ra 50kg): R{n}0 · Tinyawa: R28/kg\n"
            "Timatisi (bokisi): R95 · Tinyala: R60"
        ],
        "price_note": ["Minxavo leyi i ya ku kombisa ntsena, yi nga hambana ku ya hi muxavisi."],
        "next_market": ["Minxavo leyi landzelaka yi ta humesiwa hi Ravuntlhanu."],
        "parish_bar": ["Kereke ya St. Peter · Minkarhi ya Misa · Tisakramente · Mintlawa · Tinyiko"],
        "mass_box": ["Minkarhi ya Misa\nMugqivela: 17:00\nSonto: 07:00 na 09:30"],
        "parish_office": ["Hofisi ya parishi: Ravumbirhi ku ya eka Ravuntlhanu, 09:00–13:00\nRiqingho: 015 000 0000"],
        "collection_line": ["U nga seketela kereke hi ku nyika hi EFT kumbe hi SnapScan."],
        "jobs_bar": ["Mintirho | Swikhala swa ntirho | Vuleteri | Tibasari | Switsundzuxo"],
        "alert_prompt": ["Kuma swikhala swintshwa swa ntirho eka WhatsApp – tsarisa namuntlha"],
        "apply_note": ["Endla xikombelo hi webusayiti ya muthori ntsena ku nga si fika siku ro hetelela."],
        "scam_note": ["Tivonele eka vaxisi: muthori wa ntiyiso a nga kombeli mali leswaku a amukela xikombelo."],
        "film_menu": ["Tifilimi leti kombisiwaka | Leti taka | Minkambisiso | Tisinema | Mathikiti"],
        "stars_line": ["Ntikelo: ★★★★☆ · 13+ · Timinete ta 112"],
        "film_box": [
            "Mulawuri: Hlengiwe Nkuna\nVatlangi: Nyiko Shivambu, Rhandzu Maswanganyi, Tinyiko Novela\n"
            "Nkarhi: timinete ta 112 · Drama · Xitsonga na Xinghezi"
        ],
        "trailer_line": ["▶ Langutisa trailer"],
        "showtimes_line": ["Vona minkarhi ya tifilimi u xava mathikiti →"],
        "transit_menu": [
            "Kunguhata riendzo | Xiyimo xa vukorhokeri | Tindlela | Mali ya riendzo | Swilo leswi lahlekeke"
        ],
        "status_badge": ["XITSUNDZUXO XA VUKORHOKERI"],
        "lines_box": [
            "Tindlela leti khumbhekeke\nNdlela ya {n}: tibazi ti hundzisiwa hi ndlela yin’wana\n"
            "Tithekisi ta doroba: ku yimela ku lehile"
        ],
        "planner_prompt": ["Kunguhata riendzo ra wena u nga si famba."],
        "apology_note": [
            "Hi kombela ku rivaleriwa hi ku nga tiyiseleli loku naswona hi khensa ku lehisa mbilu ka n’wina."
        ],
        "sci_menu": ["Mpfhuka | Rihanyo | Mbango | Thekinoloji | Nhlamuselo"],
        "sci_kicker": ["NHLAMUSELO"],
        "fact_box": [
            "Mintiyiso hi ku komisa\nMiri wa munhu wu na tisele to kwalomu ka 37 wa titiriliyoni\n"
            "Ku vonakala ka dyambu ku teka timinete ta kwalomu ka 8 ku fika emisaveni"
        ],
        "glossary_line": [
            "Nhlamuselo ya marito: ndzavisiso lowu kambisisiweke hi vativi lava tiyimeleke wu nga si kandziyisiwa."
        ],
        "sources_line": ["Swihlovo: tijenali ta sayense na tinkhani na valavisisi lava boxiweke."],
        "ngo_bar": ["Hi hina | Ntirho wa hina | Laha hi tirhaka kona | Switori | Nyika"],
        "field_kicker": ["SWITORI SWA VAAKI"],
        "figures_box": [
            "Hi tinhlayo\nMindyangu ya {n} 400 yi pfuniwile\nSwihlovo swa mati swa 36 · tikliniki ta 12 ti seketeriwile"
        ],
        "donate_inline": ["R100 yi nga nyika ndyangu mati yo basa n’hweti hinkwayo. Nyika sweswi →"],
        "about_ngo": [
            "Hi hina: nhlangano lowu nga endliki vuyelo lowu simekiweke eGiyani hi 2004, wu tirha na vaaki va "
            "le makaya eka mati, rihanyo na dyondzo."
        ],
        "club_bar": ["Mintlangu | Mbuyelo | Xipano | Swirho | Xitolo"],
        "score_line": ["MAHETELELO: Giyani Rangers 2–1 Malamulele Stars"],
        "lineup_box": [
            "Xipano lexi sunguleke\nBaloyi; Chauke, Maluleke, Mathebula, Khoza; Ngobeni, Shivambu, Mabunda\n"
            "Vasivi: Nkuna, Novela, Rikhotso"
        ],
        "next_fixture": ["Ntlangu lowu landzelaka: Mugqivela, 15:00, enhoveni ya le kaya – ku nghena mahala"],
        "sponsor_strip": ["Vaseketeri: Xitolo xa Tsakani · Giyani Auto Spares · Elim Printers"],
    },
    "la": {
        "months": _names(
            "la", "Ianuarii Februarii Martii Aprilis Maii Iunii Iulii Augusti Septembris Octobris Novembris Decembris"
        ),
        "mon_abbr": _names("la", "Ian. Feb. Mart. Apr. Mai. Iun. Iul. Aug. Sept. Oct. Nov. Dec."),
        "wd_abbr": _names("la", "Lunae Martis Mercurii Iovis Veneris Saturni Solis"),
        "names": [
            "Marcus Iulia Petrus Clara Paulus Helena Lucas Agnes",
            "Hoffmann Rinaldi Lindgren Kovács Dupont Sanz Novák Ward",
        ],
        "cities": ["Roma", "Vindobona", "Lutetia", "Londinium", "Berolinum", "Varsavia", "Bruxellae"],
        "quote": ["«{}»"],
        "and": ["et"],
        "local_market": ["die {wd}, {d} {month} {y}", "{month:roman={d}/{y}} {y}"],
        "local_parish": ["die {d} mensis {month} {y}", "{month:roman={d}/{y}} anno Domini {y}"],
        "local_jobs": ["{month:ago={h12}} · {d} {month} {y}", "{dd}.{mm}.{y} ({month:ago={h12}})"],
        "local_film": ["{d} {month} {y}", "{month:roman={d}/{y}} {month:annus={y}}"],
        "local_transit": ["Renovatum die {d} {month} {y}, hora {hm}", "Novissime mutatum: {dd}.{mm}.{y} {hm}"],
        "local_ngo": ["die {d} mensis {month} {y}", "{month:roman={d}/{y}} {y}"],
        "local_match": ["{dd}.{mm}.{y}, hora {hm}", "die {wd}, {d} {month} {y}"],
        "glue_ngo": ["{C}, {d} – ", "{C} – {d}: "],
        "by_market": ["Auctor: {a}", "Textus: {a}", "Relatio: {a}"],
        "by_jobs": ["{a}", "{a}, {site}", "{a} | Opera et munera"],
        "by_film": ["Recensio: {a}", "{a}, {site}", "Iudicium: {a}"],
        "by_sci": ["Textus: {a}", "{a} pro {site}", "{a} | Scientia"],
        "by_ngo": ["Narratio: {a}", "{a} ({site})", "Auctor: {a}"],
        "by_match": ["AUCTOR: {A}", "{A}", "Relatio: {A}"],
        "published": ["Editum: {d}", "In lucem editum {d}"],
        "social": ["Facebook", "X", "Telegram", "WhatsApp", "Epistula electronica", "Nexum exscribe"],
        "icons": ICONS17,
        "home": ["Pagina prima"],
        "sections": ["Res rusticae", "Fora", "Oeconomia", "Provinciae", "Pretia"],
        "print": ["Imprime"],
        "email": ["Mitte per epistulam electronicam"],
        "caption_credit": ["{c} | Imago: {n}", "{c} (photographema: {n})"],
        "read_also": ["Lege etiam: {t}", "LEGE ETIAM | {t}"],
        "ad": ["Praeconium"],
        "title_site": ["{t} | {site}", "{t} – Recensio – {site}"],
        "listen": ["Tempus legendi: {n} min.", "Ausculta hunc articulum ({n} min.)"],
        "app": ["Applicationem nostram demitte ut de mutationibus itinerum certior fias"],
        "follow": ["Sequere nos in X de statu vectionis publicae"],
        "comments": ["Commentarii ({n})", "{n} commentarii · Scribe commentarium"],
        "tags": ["Tituli: {t}", "Argumenta: {t}"],
        "newsletter": ["Subscribe epistulis nostris hebdomadalibus de rebus scientificis"],
        "share": ["Communica hunc articulum"],
        "rights": ["© {y} {site}. Omnia iura reservata.", "Iura omnia servantur © {site} {y}"],
        "market_bar": ["Pagina prima | Fora | Agricolae | Pretia | Nobiscum communica"],
        "market_kicker": ["PRETIA HEBDOMADIS"],
        "price_box": [
            "Pretia huius hebdomadis\nMala: 2,40 € in chiliogrammate · Solana tuberosa: 1,10 €\n"
            "Caseus: {n},50 € · Ova sena: 3,20 €"
        ],
        "price_note": ["Pretia ad indicandum tantum proferuntur et a venditoribus collecta variare possunt."],
        "next_market": ["Proxima pretiorum relatio die Veneris edetur."],
        "parish_bar": ["Paroecia S. Ioannis · Horarium Missarum · Sacramenta · Sodalitates · Dona"],
        "mass_box": ["Horarium Missarum\nSabbato: hora 18\nDominica: horis 8, 10.30 (Missa Latina) et 18"],
        "parish_office": ["Officium paroeciale patet a die Martis ad diem Veneris, horis 9–12\nTel.: +39 06 0000 0000"],
        "collection_line": ["Paroeciam sustinere potes stipe per argentariam missa."],
        "jobs_bar": ["Opera | Munera vacua | Tirocinia | Subsidia studiorum | Consilia"],
        "alert_prompt": ["Nova munera vacua per epistulam electronicam accipe: inscribe te hic"],
        "apply_note": ["Petitiones tantum per situm officialem conductoris ante diem constitutum mittantur."],
        "scam_note": ["Cave fraudatores: nullus conductor honestus pecuniam pro petitione postulat."],
        "film_menu": ["In theatris | Mox | Recensiones | Cinemata | Tesserae"],
        "stars_line": ["Aestimatio: ★★★★☆ · XII+ · 112 min."],
        "film_box": [
            "Moderator: Beatrix Falk\nActores: Iohannes Brandt, Lucia Ferro, Martinus Olsen\n"
            "Duratio: 112 min. · Drama · sermone Anglico cum subtitulis Latinis"
        ],
        "trailer_line": ["▶ Specta praeludium cinematographicum"],
        "showtimes_line": ["Horas spectaculorum et tesseras in cinematis vicinis quaere →"],
        "transit_menu": ["Iter para | Status vectionis | Lineae | Pretia vectionis | Res amissae"],
        "status_badge": ["MONITUM DE VECTIONE PUBLICA"],
        "lines_box": ["Lineae affectae\nLinea {n}: laophoria alia via ducuntur\nTramen suburbanum: singulis semihoris"],
        "planner_prompt": ["Iter tuum antequam proficisceris in indice itinerum inspice."],
        "apology_note": ["Veniam petimus de incommodis et vectoribus pro patientia gratias agimus."],
        "sci_menu": ["Spatium | Valetudo | Natura | Technologia | Explicationes"],
        "sci_kicker": ["EXPLICATIO"],
        "fact_box": [
            "Breviter\nCorpus humanum circiter 37 billiones cellularum habet\n"
            "Lux solis circiter octo minutis ad terram pervenit"
        ],
        "glossary_line": ["Glossarium: studium a paribus recensitum ante editionem a peritis liberis examinatur."],
        "sources_line": ["Fontes: commentarii scientifici et colloquia cum investigatoribus allegatis."],
        "ngo_bar": ["De nobis | Opera nostra | Ubi laboramus | Narrationes | Dona"],
        "field_kicker": ["NUNTII E REGIONIBUS"],
        "figures_box": ["Numeri\n{n} 400 familiae adiutae\n36 putei effossi · 12 valetudinaria sustentata"],
        "donate_inline": ["Viginti euronummis familia mensem integrum aquam puram habet. Dona nunc →"],
        "about_ngo": [
            "De nobis: societas non quaestuosa anno 1998 Romae condita communitates Africae in rebus aquae, "
            "valetudinis et educationis adiuvat."
        ],
        "club_bar": ["Certamina | Eventus | Turma | Socii | Taberna"],
        "score_line": ["EXITUS: FC Tiberina 2–1 SS Aventina"],
        "lineup_box": [
            "Turma initialis\nRinaldi; Sanz, Ward, Novák, Dupont; Lindgren, Kovács, Hoffmann\n"
            "Substituti: Ferro, Brandt, Olsen"
        ],
        "next_fixture": ["Certamen proximum: die Saturni, hora 15, in campo domestico – ingressus liber"],
        "sponsor_strip": ["Fautores: Pistrina Romana · Officina autocinetorum Tiberis · Typographia Aventina"],
    },
    "fr": {
        "months": _names("fr", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
        "mon_abbr": _names("fr", "janv. févr. mars avr. mai juin juill. août sept. oct. nov. déc."),
        "wd_abbr": _names("fr", "lundi mardi mercredi jeudi vendredi samedi dimanche"),
        "names": [
            "Marc-André Geneviève Mathieu Isabelle Jean-François Chantal Maxime Josée",
            "Tremblay Gagnon Bouchard Côté Gauthier Lavoie Pelletier Bélanger",
        ],
        "cities": ["Montréal", "Québec", "Sherbrooke", "Trois-Rivières", "Gatineau", "Rimouski", "Saguenay"],
        "quote": ["« {} »"],
        "and": ["et"],
        "local_market": ["le {wd} {d} {month} {y}", "{d} {mon} {y} à {month:int={h}} h {mi}"],
        "local_parish": ["{wd} {d} {month} {y}", "Publié le {d} {month} {y}"],
        "local_jobs": [
            "{month:ago={h12}} · {d} {month} {y}",
            "{d} {month} {y}, {month:int={h}} h {mi} ({month:ago={h12}})",
        ],
        "local_film": ["{d} {month} {y}", "{y}-{mm}-{dd}"],
        "local_transit": [
            "Mis à jour le {d} {month} {y} à {month:int={h}} h {mi}",
            "Dernière mise à jour : {y}-{mm}-{dd} {hm}",
        ],
        "local_ngo": ["{d} {month} {y}", "le {d} {month} {y}"],
        "local_match": ["{dd}/{mm}/{y} {month:int={h}} h {mi}", "{wd} {d} {month} {y}"],
        "glue_ngo": ["{C}, {d} – ", "{C} ({site}) – {d} : "],
        "by_market": ["Par {a}", "Texte : {a}", "Relevé des prix : {a}"],
        "by_jobs": ["{a}", "{a} | {site}", "{a}, collaboration spéciale"],
        "by_film": ["Critique de {a}", "{a} – {site}", "{a} | Cinéma"],
        "by_sci": ["Texte : {a}", "{a}, {site}", "{a} – Section Science"],
        "by_ngo": ["{a}, équipe terrain", "Propos recueillis par {a}", "{a} ({site})"],
        "by_match": ["PAR {A}", "{A}", "Compte rendu : {A}"],
        "published": ["Publié le {d}", "Mis en ligne le {d}"],
        "social": ["Facebook", "X", "Messenger", "LinkedIn", "Courriel", "Copier le lien"],
        "icons": ICONS17,
        "home": ["Accueil"],
        "sections": ["Alimentation", "Marchés publics", "Agriculture", "Régions", "Consommation"],
        "print": ["Imprimer"],
        "email": ["Envoyer par courriel"],
        "caption_credit": ["{c} (Photo : {n})", "{c} | PHOTO : {n}"],
        "read_also": ["À lire aussi : {t}", "À LIRE AUSSI | {t}"],
        "ad": ["Publicité"],
        "title_site": ["{t} | {site}", "{t} – Critique | {site}"],
        "listen": ["Lecture : {n} min", "Temps de lecture : {n} minutes"],
        "app": ["Téléchargez notre application pour recevoir les alertes en temps réel"],
        "follow": ["Suivez-nous sur X pour l'état du service en direct"],
        "comments": ["{n} commentaires", "Commentaires ({n}) · Réagir"],
        "tags": ["Mots-clés : {t}", "Sujets : {t}"],
        "newsletter": ["Abonnez-vous à notre infolettre science du jeudi"],
        "share": ["Partager cet article"],
        "rights": ["© {y} {site}. Tous droits réservés.", "Tous droits réservés © {site} {y}"],
        "market_bar": ["Accueil | Marchés publics | Producteurs | Recettes | Nous joindre"],
        "market_kicker": ["PRIX DU MARCHÉ · Semaine"],
        "price_box": [
            "Prix de la semaine (au kiosque)\nMaïs sucré : 6 $ la douzaine · Pommes McIntosh : 5,99 $ le sac\n"
            "Sirop d'érable (540 ml) : {n},50 $ · Citrouilles : 3 $ à 8 $"
        ],
        "price_note": ["Les prix sont donnés à titre indicatif et peuvent varier d'un kiosque à l'autre."],
        "next_market": ["Prochain relevé des prix : samedi matin, au marché public."],
        "parish_bar": ["Paroisse Sainte-Famille · Horaire des messes · Sacrements · Vie paroissiale · Dons"],
        "mass_box": [
            "Horaire des messes\nSamedi : 16 h 30 · Dimanche : 9 h 30 et 11 h\nEn semaine : mardi et jeudi, 8 h 30"
        ],
        "parish_office": ["Secrétariat de la paroisse\nOuvert du mardi au vendredi, de 9 h à 12 h · 418 555-0142"],
        "collection_line": ["Votre contribution à la dîme (CVA) fait vivre la paroisse. Donnez en ligne."],
        "jobs_bar": ["Emplois | Offres d'emploi | Stages | Conseils carrière | Salons de l'emploi"],
        "alert_prompt": ["Recevez les nouvelles offres d'emploi par courriel : créez une alerte"],
        "apply_note": [
            "Pour postuler, utilisez uniquement le formulaire officiel de l'employeur avant la date limite."
        ],
        "scam_note": ["Méfiez-vous des fraudes : aucun employeur sérieux ne demande de l'argent pour une candidature."],
        "film_menu": ["À l'affiche | Bientôt | Critiques | Cinémas | Billets"],
        "stars_line": ["Cote : ★★★½ · 13 ans + · 1 h 52"],
        "film_box": [
            "Réalisation : Sophie Ouellet\nDistribution : Marie-Ève Roy, Denis Bergeron, Annie Caron\n"
            "Durée : 1 h 52 · Drame · Version originale française"
        ],
        "trailer_line": ["▶ Voir la bande-annonce"],
        "showtimes_line": ["Horaires et billets : trouvez une salle près de chez vous →"],
        "transit_menu": ["Planifier un trajet | État du service | Lignes et horaires | Tarifs | Objets perdus"],
        "status_badge": ["ÉTAT DU SERVICE : perturbation en cours"],
        "lines_box": [
            "Lignes touchées\nMétro ligne verte : interruption entre deux stations\n"
            "Autobus {n} et 55 : détour par la rue Sherbrooke"
        ],
        "planner_prompt": ["Planifiez votre trajet avec notre planificateur avant de partir."],
        "apology_note": ["Nous sommes désolés des inconvénients et remercions la clientèle de sa patience."],
        "sci_menu": ["Espace | Santé | Environnement | Techno | Décryptage"],
        "sci_kicker": ["DÉCRYPTAGE"],
        "fact_box": [
            "En bref\nLe corps humain compte environ 37 000 milliards de cellules\n"
            "La lumière du Soleil met environ 8 minutes à nous parvenir"
        ],
        "glossary_line": [
            "Lexique : une étude révisée par les pairs est vérifiée par des experts indépendants avant sa publication."
        ],
        "sources_line": ["Sources : revues scientifiques et entrevues avec les chercheurs cités."],
        "ngo_bar": ["Qui sommes-nous | Nos projets | Pays d'intervention | Témoignages | Donner"],
        "field_kicker": ["NOUVELLES DU TERRAIN"],
        "figures_box": [
            "En chiffres\n{n} 400 familles rejointes cette année\n36 puits forés · 12 centres de santé soutenus"
        ],
        "donate_inline": ["Avec 50 $, une famille a accès à l'eau potable pendant un mois. Je donne →"],
        "about_ngo": [
            "À propos : organisme de coopération internationale fondé à Québec en 1986, nous appuyons des "
            "communautés en Afrique et en Amérique latine."
        ],
        "club_bar": ["Calendrier | Résultats | Équipes | Inscriptions | Boutique"],
        "score_line": ["FINAL : Faucons de Lévis 3 – 2 Titans de Rimouski"],
        "lineup_box": [
            "Alignement\nGardien : Lavoie · Défense : Côté, Roy, Gagné, Morin\n"
            "Milieu et attaque : Tremblay, Fortin, Bouchard, Pelletier, Caron, Roy"
        ],
        "next_fixture": ["Prochain match : samedi, 14 h, au parc Maisonneuve – entrée libre"],
        "sponsor_strip": ["Partenaires : Quincaillerie Lévis · Caisse populaire du quartier · Pizzeria Chez Tony"],
    },
    "de": {
        "months": _names("de", "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
        "mon_abbr": _names("de", "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
        "wd_abbr": _names("de", "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
        "names": [
            "Reto Corinne Beat Daniela Urs Nadine Lukas Andrea",
            "Meier Brunner Zürcher Baumann Keller Frei Huber Gerber",
        ],
        "cities": ["Bern", "Zürich", "Luzern", "St. Gallen", "Winterthur", "Chur", "Basel", "Thun"],
        "quote": ["«{}»"],
        "and": ["und"],
        "local_market": ["{wd}, {d}. {month} {y}", "{dd}.{mm}.{y}, {h}.{mi} Uhr"],
        "local_parish": ["{wd}, {d}. {month} {y}", "{dd}.{mm}.{y}"],
        "local_jobs": ["{month:ago={h12}} · {dd}.{mm}.{y}", "{d}. {month} {y}, {h}.{mi} Uhr ({month:ago={h12}})"],
        "local_film": ["{d}. {month} {y}", "{dd}.{mm}.{y}, {h}.{mi} Uhr"],
        "local_transit": ["Aktualisiert: {dd}.{mm}.{y}, {h}.{mi} Uhr", "Stand: {wd}, {d}. {month} {y}, {h}.{mi} Uhr"],
        "local_ngo": ["{d}. {month} {y}"],
        "local_match": ["{dd}.{mm}.{y}, {h}.{mi} Uhr", "{wd}, {d}. {mon} {y}"],
        "glue_ngo": ["{C}, {d} – ", "{C} ({site}), {d} – "],
        "by_market": ["Von {a}", "Text: {a}", "Marktbericht: {a}"],
        "by_jobs": ["{a}", "{a}, {site}", "{a} / Stellenmarkt"],
        "by_film": ["Eine Kritik von {a}", "Kritik: {a}", "{a} | Kino"],
        "by_sci": ["Text: {a}", "{a}, Wissenschaftsredaktion", "{a} für {site}"],
        "by_ngo": ["{a}, Projektteam", "Bericht: {a}", "{a} ({site})"],
        "by_match": ["VON {A}", "{A}", "Matchbericht: {A}"],
        "published": ["Publiziert: {d}", "Veröffentlicht am {d}"],
        "social": ["WhatsApp", "Facebook", "X", "LinkedIn", "E-Mail", "Link kopieren"],
        "icons": ICONS17,
        "home": ["Startseite"],
        "sections": ["Landwirtschaft", "Märkte", "Region", "Konsum", "Wochenmarkt"],
        "print": ["Drucken"],
        "email": ["Per E-Mail senden"],
        "caption_credit": ["{c} Bild: {n}", "{c} (Foto: {n})"],
        "read_also": ["Mehr zum Thema: {t}", "Lesen Sie auch: {t}"],
        "ad": ["Anzeige", "Werbung"],
        "title_site": ["{t} | {site}", "Filmkritik – {t} – {site}"],
        "listen": ["Lesezeit: {n} Minuten", "Artikel anhören · {n} Min."],
        "app": ["Störungsmeldungen direkt aufs Handy: Laden Sie unsere App"],
        "follow": ["Folgen Sie uns auf X für Live-Verkehrsinfos"],
        "comments": ["{n} Kommentare", "Kommentare ({n}) · Jetzt mitdiskutieren"],
        "tags": ["Schlagworte: {t}", "Themen: {t}"],
        "newsletter": ["Abonnieren Sie unseren Wissens-Newsletter – jeden Donnerstag gratis"],
        "share": ["Artikel teilen"],
        "rights": ["© {y} {site}. Alle Rechte vorbehalten.", "Copyright © {site} {y} – Alle Rechte vorbehalten"],
        "market_bar": ["Startseite | Wochenmarkt | Produzenten | Saisonkalender | Kontakt"],
        "market_kicker": ["MARKTPREISE DER WOCHE"],
        "price_box": [
            "Richtpreise dieser Woche\nÄpfel Gala: Fr. 4.20/kg · Kartoffeln: Fr. 2.10/kg\n"
            "Alpkäse: Fr. 28.50/kg · Eier aus Freilandhaltung: Fr. 7.80 (6 Stück)"
        ],
        "price_note": ["Die Preise sind Richtwerte, erhoben bei den Marktfahrern, und können je nach Stand abweichen."],
        "next_market": ["Der nächste Marktbericht erscheint am Samstag."],
        "parish_bar": ["Pfarrei St. Martin · Gottesdienste · Sakramente · Gruppen · Spenden"],
        "mass_box": [
            "Gottesdienste diese Woche\nSamstag, 17.30 Uhr: Vorabendmesse\n"
            "Sonntag, 10.00 Uhr: Eucharistiefeier mit Kirchenchor"
        ],
        "parish_office": ["Pfarreisekretariat: Di–Fr, 8.30–11.30 Uhr\nTelefon 041 555 00 00"],
        "collection_line": ["Kollekte: Sie können Ihre Spende auch per TWINT überweisen."],
        "jobs_bar": ["Jobs | Stellenangebote | Lehrstellen | Karriere | Weiterbildung"],
        "alert_prompt": ["Neue Stellen per E-Mail erhalten: Jetzt Job-Abo einrichten"],
        "apply_note": ["Bewerbungen bitte ausschliesslich über das Portal des Arbeitgebers einreichen."],
        "scam_note": ["Achtung vor Betrügern: Seriöse Arbeitgeber verlangen nie Geld für eine Bewerbung."],
        "film_menu": ["Im Kino | Demnächst | Kritiken | Kinos | Tickets"],
        "stars_line": ["Bewertung: ★★★★☆ · ab 12 Jahren · 112 Min."],
        "film_box": [
            "Regie: Mirjam Steiner\nMit: Leonie Graf, Marco Hunziker, Sibylle Wyss\n"
            "Dauer: 112 Min. · Drama · Dialekt mit Untertiteln"
        ],
        "trailer_line": ["▶ Trailer ansehen"],
        "showtimes_line": ["Spielzeiten und Tickets für Kinos in Ihrer Nähe →"],
        "transit_menu": ["Fahrplan | Störungen | Linien | Billette | Fundbüro"],
        "status_badge": ["BETRIEBSSTÖRUNG"],
        "lines_box": [
            "Betroffene Linien\nS{n} und S12: Ausfälle zwischen zwei Stationen\nBus 31: Umleitung über die Seestrasse"
        ],
        "planner_prompt": ["Prüfen Sie Ihre Verbindung vor der Abfahrt im Online-Fahrplan."],
        "apology_note": ["Wir entschuldigen uns für die Unannehmlichkeiten und danken für Ihr Verständnis."],
        "sci_menu": ["Weltraum | Gesundheit | Umwelt | Technik | Erklärt"],
        "sci_kicker": ["ERKLÄRT"],
        "fact_box": [
            "Kurz erklärt\nDer menschliche Körper besteht aus rund 37 Billionen Zellen\n"
            "Das Licht der Sonne braucht etwa 8 Minuten bis zur Erde"
        ],
        "glossary_line": [
            "Glossar: Eine begutachtete Studie wurde vor der Publikation von unabhängigen Fachleuten geprüft."
        ],
        "sources_line": ["Quellen: Fachzeitschriften und Gespräche mit den zitierten Forschenden."],
        "ngo_bar": ["Über uns | Projekte | Länder | Geschichten | Spenden"],
        "field_kicker": ["AUS DEN PROJEKTEN"],
        "figures_box": ["In Zahlen\n{n} 400 Familien erreicht\n36 Brunnen gebohrt · 12 Gesundheitsposten unterstützt"],
        "donate_inline": ["Mit Fr. 50.– erhält eine Familie einen Monat lang sauberes Wasser. Jetzt spenden →"],
        "about_ngo": [
            "Über uns: Das Hilfswerk wurde 1962 in Bern gegründet und unterstützt Gemeinschaften in Afrika, Asien "
            "und Lateinamerika. ZEWO-zertifiziert."
        ],
        "club_bar": ["Spielplan | Resultate | Teams | Mitglied werden | Fanshop"],
        "score_line": ["SCHLUSSRESULTAT: FC Seefeld 2:1 SC Oberland"],
        "lineup_box": [
            "Aufstellung\nMeier; Keller, Frei, Brunner, Huber; Gerber, Baumann, Zürcher\nWechsel: Widmer, Schmid, Kälin"
        ],
        "next_fixture": ["Nächstes Heimspiel: Samstag, 16 Uhr, Sportplatz Allmend – Eintritt frei"],
        "sponsor_strip": ["Hauptsponsor: Garage Bühler AG · Bäckerei Studer · Druckerei Ammann"],
    },
    "pt": {
        "months": _names(
            "pt", "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
        ),
        "mon_abbr": _names("pt", "jan fev mar abr mai jun jul ago set out nov dez"),
        "wd_abbr": _names("pt", "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
        "names": [
            "Rui Inês Nuno Catarina Edson Luísa Domingos Albertina",
            "Carvalho Baptista Tavares Lopes Macuácua Kiala Nhantumbo Cossa",
        ],
        "cities": ["Lisboa", "Porto", "Coimbra", "Braga", "Luanda", "Benguela", "Maputo", "Beira"],
        "quote": ["«{}»"],
        "and": ["e"],
        "local_market": ["{wd}, {d} de {month} de {y}", "{dd}/{mm}/{y} - {h}h{mi}"],
        "local_parish": ["{d} de {month} de {y}", "{wd}, {dd}.{mm}.{y}"],
        "local_jobs": ["{month:ago={h12}} · {dd}/{mm}/{y}", "{d} de {month} de {y}, {h}:{mi} ({month:ago={h12}})"],
        "local_film": ["{d} {mon} {y}", "{dd}-{mm}-{y} {hm}"],
        "local_transit": [
            "Actualizado a {d} de {month} de {y}, às {h}h{mi}",
            "Última actualização: {dd}/{mm}/{y} {hm}",
        ],
        "local_ngo": ["{d} de {month} de {y}"],
        "local_match": ["{dd}/{mm}/{y} {hm}", "{wd}, {d} {mon} {y}"],
        "glue_ngo": ["{C}, {d} – ", "{C} ({site}), {d} — "],
        "by_market": ["Por {a}", "Texto de {a}", "Reportagem: {a}"],
        "by_jobs": ["{a}", "{a}, {site}", "{a} | Emprego"],
        "by_film": ["Crítica de {a}", "{a}, {site}", "Por {a}"],
        "by_sci": ["Texto: {a}", "{a}, para o {site}", "{a} | Ciência"],
        "by_ngo": ["{a}, equipa de terreno", "Relato de {a}", "{a} ({site})"],
        "by_match": ["POR {A}", "{A}", "Crónica: {A}"],
        "published": ["Publicado em {d}", "Publicado a {d}"],
        "social": ["WhatsApp", "Facebook", "X", "LinkedIn", "E-mail", "Copiar ligação"],
        "icons": ICONS17,
        "home": ["Início"],
        "sections": ["Agricultura", "Mercados", "Economia", "Províncias", "Preços"],
        "print": ["Imprimir"],
        "email": ["Enviar por e-mail"],
        "caption_credit": ["{c} | Foto: {n}", "{c} (Fotografia de {n})"],
        "read_also": ["Leia também: {t}", "LEIA TAMBÉM | {t}"],
        "ad": ["Publicidade"],
        "title_site": ["{t} | {site}", "{t} - Crítica - {site}"],
        "listen": ["Leitura: {n} min", "Ouvir este artigo ({n} min)"],
        "app": ["Descarregue a nossa aplicação para receber alertas de serviço"],
        "follow": ["Siga-nos no Facebook para actualizações em tempo real"],
        "comments": ["{n} comentários", "Comentários ({n}) | Comente"],
        "tags": ["Etiquetas: {t}", "Temas: {t}"],
        "newsletter": ["Subscreva a nossa newsletter de ciência – todas as quintas-feiras"],
        "share": ["Partilhe este artigo"],
        "rights": [
            "© {y} {site}. Todos os direitos reservados.",
            "Copyright © {y} {site} – Todos os direitos reservados",
        ],
        "market_bar": ["Início | Mercados | Produtores | Preços | Contactos"],
        "market_kicker": ["PREÇOS DA SEMANA"],
        "price_box": [
            "Preços praticados esta semana\nTomate: 450 Kz/kg · Cebola: 380 Kz/kg\n"
            "Feijão: 1 200 Kz/kg · Mandioca (saco): {n} 000 Kz"
        ],
        "price_note": [
            "Os preços são indicativos, recolhidos junto dos vendedores, e podem variar de banca para banca."
        ],
        "next_market": ["A próxima actualização de preços sai na sexta-feira."],
        "parish_bar": ["Paróquia de Santo António · Horário das missas · Sacramentos · Grupos · Ofertas"],
        "mass_box": ["Horário das missas\nSábado: 18h00 (missa vespertina)\nDomingo: 8h00, 10h30 e 19h00"],
        "parish_office": ["Cartório paroquial: terça a sexta, das 9h00 às 12h30\nTelefone 21 000 0000"],
        "collection_line": ["Pode contribuir para a paróquia por transferência bancária ou MB WAY."],
        "jobs_bar": ["Emprego | Vagas | Estágios | Concursos públicos | Dicas de carreira"],
        "alert_prompt": ["Receba novas vagas no seu telemóvel – adira ao nosso canal de alertas de emprego"],
        "apply_note": ["As candidaturas devem ser submetidas apenas no portal oficial do empregador, dentro do prazo."],
        "scam_note": ["Atenção a burlas: nenhum empregador sério pede dinheiro para receber uma candidatura."],
        "film_menu": ["Em exibição | Brevemente | Críticas | Cinemas | Bilhetes"],
        "stars_line": ["Classificação: ★★★★☆ · M/12 · 112 min"],
        "film_box": [
            "Realização: Marta Figueiredo\nCom: Joana Amaral, Hélder Cassule, Rita Pinheiro\n"
            "Duração: 112 min · Drama · Portugal/Angola"
        ],
        "trailer_line": ["▶ Ver o trailer"],
        "showtimes_line": ["Horários e bilhetes nos cinemas perto de si →"],
        "transit_menu": ["Planear viagem | Estado da rede | Linhas e horários | Tarifários | Perdidos e achados"],
        "status_badge": ["ESTADO DO SERVIÇO: perturbações"],
        "lines_box": [
            "Linhas afectadas\nMetro, linha Verde: circulação interrompida entre duas estações\n"
            "Autocarros {n} e 736: desvio pela Avenida da Liberdade"
        ],
        "planner_prompt": ["Consulte o planeador de viagens antes de sair de casa."],
        "apology_note": ["Pedimos desculpa pelo incómodo causado e agradecemos a compreensão dos nossos clientes."],
        "sci_menu": ["Espaço | Saúde | Ambiente | Tecnologia | Explicadores"],
        "sci_kicker": ["EXPLICADOR"],
        "fact_box": [
            "Em resumo\nO corpo humano tem cerca de 37 biliões de células\n"
            "A luz do Sol demora cerca de 8 minutos a chegar à Terra"
        ],
        "glossary_line": [
            "Glossário: um estudo revisto por pares foi avaliado por especialistas independentes "
            "antes de ser publicado."
        ],
        "sources_line": ["Fontes: revistas científicas e entrevistas aos investigadores citados."],
        "ngo_bar": ["Quem somos | O nosso trabalho | Onde estamos | Histórias | Doar"],
        "field_kicker": ["HISTÓRIAS DO TERRENO"],
        "figures_box": [
            "Em números\n{n} 400 famílias apoiadas\n36 furos de água abertos · 12 postos de saúde equipados"
        ],
        "donate_inline": ["Com 500 meticais, uma família tem água potável durante um mês. Doe agora →"],
        "about_ngo": [
            "Sobre nós: organização não-governamental fundada em Maputo em 1998, trabalha com comunidades rurais "
            "em Moçambique e Angola nas áreas da água, saúde e educação."
        ],
        "club_bar": ["Calendário | Resultados | Plantel | Sócios | Loja"],
        "score_line": ["RESULTADO FINAL: Desportivo da Beira 2-1 Atlético do Lobito"],
        "lineup_box": [
            "Onze inicial\nNhantumbo; Cossa, Kiala, Tavares, Lopes; Baptista, Carvalho, Macuácua\n"
            "Suplentes utilizados: Sitoe, Domingos, Neto"
        ],
        "next_fixture": ["Próximo jogo: sábado, às 15h00, no Estádio Municipal – entrada gratuita para sócios"],
        "sponsor_strip": ["Patrocinadores: Farmácia Central · Padaria Estrela · Auto Peças Lobito"],
    },
    "uk": {
        "months": _names(
            "uk", "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
        ),
        "mon_abbr": _names("uk", "січ. лют. бер. квіт. трав. черв. лип. серп. вер. жовт. лист. груд."),
        "wd_abbr": _names("uk", "понеділок вівторок середа четвер п'ятниця субота неділя"),
        "names": [
            "Богдан Ярина Максим Соломія Віталій Галина Остап Людмила",
            "Гнатюк Савчук Романюк Лисенко Онищенко Дорошенко Пилипчук Зінченко",
        ],
        "cities": ["Київ", "Львів", "Харків", "Одеса", "Дніпро", "Полтава", "Вінниця", "Житомир"],
        "quote": ["«{}»"],
        "and": ["та", "і"],
        "local_market": ["{wd}, {d} {month} {y}", "{d} {month} {y}, {hm}"],
        "local_parish": ["{d} {month} {y} р.", "{dd}.{mm}.{y}"],
        "local_jobs": ["{month:ago={h12}} · {dd}.{mm}.{y}", "{d} {month} {y}, {hm} ({month:ago={h12}})"],
        "local_film": ["{d} {month} {y}", "{dd}.{mm}.{y} {hm}"],
        "local_transit": ["Оновлено: {dd}.{mm}.{y} о {hm}", "Станом на {hm}, {d} {month} {y}"],
        "local_ngo": ["{d} {month} {y}"],
        "local_match": ["{dd}.{mm}.{y}, {hm}", "{wd}, {d} {mon} {y}"],
        "glue_ngo": ["{C}, {d} – ", "{C}, {d}. — "],
        "by_market": ["Автор: {a}", "Текст: {a}", "Огляд цін: {a}"],
        "by_jobs": ["{a}", "{a}, {site}", "{a} | Робота"],
        "by_film": ["Рецензія: {a}", "Автор рецензії: {a}", "{a} | Кіно"],
        "by_sci": ["Текст: {a}", "{a}, спеціально для {site}", "{a} | Наука"],
        "by_ngo": ["{a} (команда проєкту)", "Матеріал: {a}", "{a}, {site}"],
        "by_match": ["АВТОР: {A}", "{A}", "Звіт: {A}"],
        "published": ["Опубліковано: {d}", "Дата публікації: {d}"],
        "social": ["Facebook", "Telegram", "Viber", "X", "Email", "Скопіювати посилання"],
        "icons": ICONS17,
        "home": ["Головна"],
        "sections": ["Агро", "Ринки", "Ціни", "Регіони", "Економіка"],
        "print": ["Друкувати"],
        "email": ["Надіслати на пошту"],
        "caption_credit": ["{c}. Фото: {n}", "{c} (фото {n})"],
        "read_also": ["Читайте також: {t}", "ЧИТАЙТЕ ТАКОЖ: {t}"],
        "ad": ["Реклама"],
        "title_site": ["{t} | {site}", "{t} — рецензія | {site}"],
        "listen": ["Читати {n} хв", "Час читання: {n} хв"],
        "app": ["Завантажте наш застосунок, щоб отримувати сповіщення про зміни руху"],
        "follow": ["Стежте за оновленнями в нашому Telegram-каналі"],
        "comments": ["Коментарі ({n})", "Коментарі: {n} · Залишити коментар"],
        "tags": ["Теги: {t}", "Теми: {t}"],
        "newsletter": ["Підпишіться на нашу наукову розсилку — щочетверга"],
        "share": ["Поділитися статтею"],
        "rights": ["© {y} {site}. Усі права захищено.", "Усі права захищені © {site}, {y}"],
        "market_bar": ["Головна | Ринки | Виробникам | Ціни | Контакти"],
        "market_kicker": ["ЦІНИ ТИЖНЯ"],
        "price_box": [
            "Ціни на ринку цього тижня\nКартопля: 14–16 грн/кг · Цибуля: 18 грн/кг\n"
            "Молоко домашнє: 35 грн/л · Сир кисломолочний: {n}0 грн/кг"
        ],
        "price_note": ["Ціни орієнтовні, зібрані у продавців у день торгівлі, і можуть відрізнятися."],
        "next_market": ["Наступний огляд цін — у п'ятницю."],
        "parish_bar": ["Парафія святого Миколая · Розклад богослужінь · Таїнства · Спільноти · Пожертви"],
        "mass_box": ["Розклад богослужінь\nСубота: 18:00 — Вечірня\nНеділя: 8:00 і 10:00 — Божественна Літургія"],
        "parish_office": ["Канцелярія парафії: вівторок–п'ятниця, 9:00–13:00\nТел.: +380 00 000 00 00"],
        "collection_line": ["Підтримати парафію можна переказом на картку або через благодійний рахунок."],
        "jobs_bar": ["Робота | Вакансії | Стажування | Кар'єра | Навчання"],
        "alert_prompt": ["Отримуйте нові вакансії в Telegram — підпишіться на наш бот"],
        "apply_note": ["Подавайте резюме лише через офіційний сайт роботодавця до зазначеного терміну."],
        "scam_note": ["Обережно, шахраї: справжній роботодавець ніколи не вимагає грошей за розгляд резюме."],
        "film_menu": ["Зараз у кіно | Незабаром | Рецензії | Кінотеатри | Квитки"],
        "stars_line": ["Оцінка: 8/10 · 16+ · 1 год 52 хв"],
        "film_box": [
            "Режисерка: Марта Стельмах\nУ ролях: Ірина Ковтун, Дмитро Сало, Катерина Бойко\n"
            "Тривалість: 112 хв · драма · українською мовою"
        ],
        "trailer_line": ["▶ Дивитися трейлер"],
        "showtimes_line": ["Розклад сеансів і квитки в кінотеатрах поруч →"],
        "transit_menu": ["Маршрути | Зміни руху | Розклад | Тарифи | Бюро знахідок"],
        "status_badge": ["ЗМІНИ В РУСІ ТРАНСПОРТУ"],
        "lines_box": ["Змінено рух\nТрамваї № 1 і {n}: скорочено до кільця\nТролейбус № 38: об'їзд вулицею Шевченка"],
        "planner_prompt": ["Перевірте свій маршрут у застосунку перед поїздкою."],
        "apology_note": ["Перепрошуємо за тимчасові незручності та дякуємо пасажирам за розуміння."],
        "sci_menu": ["Космос | Здоров'я | Довкілля | Технології | Пояснюємо"],
        "sci_kicker": ["ПОЯСНЮЄМО"],
        "fact_box": [
            "Коротко\nТіло людини складається приблизно з 37 трильйонів клітин\n"
            "Світло від Сонця долітає до Землі приблизно за 8 хвилин"
        ],
        "glossary_line": ["Словничок: рецензоване дослідження перед публікацією перевіряють незалежні науковці."],
        "sources_line": ["Джерела: наукові журнали та розмови з дослідниками, згаданими в статті."],
        "ngo_bar": ["Про нас | Що ми робимо | Де ми працюємо | Історії | Допомогти"],
        "field_kicker": ["ІСТОРІЇ З ГРОМАД"],
        "figures_box": [
            "У цифрах\n{n} 400 родин отримали допомогу\n36 укриттів відремонтовано · 12 амбулаторій підтримано"
        ],
        "donate_inline": ["500 гривень — це тиждень гарячого харчування для однієї родини. Допомогти →"],
        "about_ngo": [
            "Про нас: благодійний фонд працює з 2014 року й допомагає громадам сходу та півдня України "
            "відновлювати житло, школи й амбулаторії."
        ],
        "club_bar": ["Календар | Результати | Склад | Квитки | Фан-шоп"],
        "score_line": ["ФІНАЛЬНИЙ СВИСТОК: «Сокіл» 2:1 «Авангард»"],
        "lineup_box": [
            "Склад\nРоманюк; Савчук, Лисенко, Гнатюк, Онищенко; Дорошенко, Пилипчук, Зінченко\n"
            "Заміни: Кравець, Бондар, Юрченко"
        ],
        "next_fixture": ["Наступний матч: субота, 15:00, міський стадіон — вхід вільний"],
        "sponsor_strip": ["Партнери клубу: Автосервіс «Мотор» · Пекарня «Колосок» · Друкарня «Світанок»"],
    },
    "en": {
        "months": _names("en", "January February March April May June July August September October November December"),
        "mon_abbr": _names("en", ENGLISH_ABBR),
        "wd_abbr": _names("en", "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
        "names": [
            "Chinedu Funmilayo Emeka Aisha Wanjiru Otieno Achieng Kiprono",
            "Okafor Adeyemi Nwosu Bello Kamau Ochieng Odhiambo Kiptoo",
        ],
        "cities": ["Lagos", "Abuja", "Ibadan", "Enugu", "Nairobi", "Mombasa", "Kisumu", "Nakuru"],
        "quote": ["“{}”"],
        "and": ["and"],
        "local_market": ["{wd}, {month} {d}, {y}", "{d} {mon} {y}, {h12}:{mi} {ap}"],
        "local_parish": ["{wd}, {d} {month} {y}", "Posted on {month} {d}, {y}"],
        "local_jobs": ["{month:ago={h12}} · {month} {d}, {y}", "{d} {month} {y} ({month:ago={h12}})"],
        "local_film": ["{month} {d}, {y}", "{dd}/{mm}/{y}"],
        "local_transit": ["Last updated: {d} {mon} {y}, {hm}", "Updated {wd} {d} {month} {y} at {hm}"],
        "local_ngo": ["{month} {d}, {y}", "{d} {month} {y}"],
        "local_match": ["{dd}/{mm}/{y} {hm}", "{wd} {d} {month} {y}"],
        "glue_ngo": ["{C}, {d} – ", "{C} ({site}), {d} — "],
        "by_market": ["By {a}", "Report: {a}", "Compiled by {a}"],
        "by_jobs": ["{a}", "{a}, {site}", "{a} | Jobs Desk"],
        "by_film": ["Reviewed by {a}", "{a} / Contributor", "{a} | Movies"],
        "by_sci": ["Words by {a}", "{a} for {site}", "{a}, Science Desk"],
        "by_ngo": ["Story by {a}", "{a} (communications team)", "{a} | Programmes"],
        "by_match": ["BY {A}", "{A}", "Report: {A}"],
        "published": ["Published {d}", "Posted: {d}"],
        "social": ["WhatsApp", "Facebook", "X", "Telegram", "LinkedIn", "Copy link"],
        "icons": ICONS17,
        "home": ["Home"],
        "sections": ["Agriculture", "Markets", "Business", "Counties", "Food Prices"],
        "print": ["Print this page"],
        "email": ["Email to a friend"],
        "caption_credit": ["{c} | Photo: {n}", "{c} (Image credit: {n})"],
        "read_also": ["ALSO READ: {t}", "Related: {t}"],
        "ad": ["Advertisement", "- Advertisement -"],
        "title_site": ["{t} | {site}", "{t} - {site} Reviews"],
        "listen": ["{n} min read", "Listen to this article ({n} min)"],
        "app": ["Get live service alerts on our mobile app"],
        "follow": ["Follow us on X for live travel updates"],
        "comments": ["{n} Comments", "Comments ({n}) | Join the conversation"],
        "tags": ["Tags: {t}", "Topics: {t}"],
        "newsletter": ["Get the weekly science digest in your inbox – Subscribe"],
        "share": ["Share this explainer"],
        "rights": ["© {y} {site}. All rights reserved.", "Copyright {y} {site} Ltd. All Rights Reserved."],
        "market_bar": ["Home | Markets | Farm Inputs | Weather | Agribusiness | Contact"],
        "market_kicker": ["WEEKLY MARKET PRICES"],
        "price_box": [
            "Prices this week (per 90kg bag)\nMaize: KSh 4,200 – 4,600 · Beans: KSh 9,800\n"
            "Tomatoes (crate): KSh {n}00 · Onions (net): KSh 1,150"
        ],
        "price_note": ["Prices are indicative and collected from traders on market day; they may vary by county."],
        "next_market": ["Next price update: Friday morning"],
        "parish_bar": ["St. Joseph's Catholic Parish · Mass Times · Sacraments · Groups · Donate"],
        "mass_box": [
            "Mass times this week\nWeekdays: 6:30 am · Saturday: 7:00 am\nSunday: 7:00 am, 9:00 am (Youth), 11:30 am"
        ],
        "parish_office": ["Parish Office: open Tuesday–Friday, 9 am – 4 pm\nTel: 0803 000 0000"],
        "collection_line": ["Support your parish: give online or via M-Pesa Paybill."],
        "jobs_bar": ["Jobs | Vacancies | Internships | Scholarships | Career Tips"],
        "alert_prompt": ["Get new vacancies sent to your phone – join our job alerts on WhatsApp"],
        "apply_note": ["Applicants should apply through the employer's official portal before the stated deadline."],
        "scam_note": ["Beware of fraudsters: genuine employers never ask for money to process an application."],
        "film_menu": ["Now Showing | Coming Soon | Reviews | Cinemas | Tickets"],
        "stars_line": ["Rating: ★★★½ (3.5/5) · Age: 16 · 1h 52m"],
        "film_box": [
            "Director: Tobi Adewale\nCast: Ngozi Eze, Kamau Njoroge, Sade Ibekwe\n"
            "Runtime: 112 min · Genre: Drama · Language: English, Yoruba"
        ],
        "trailer_line": ["▶ Watch the official trailer"],
        "showtimes_line": ["Find showtimes and book tickets at a cinema near you →"],
        "transit_menu": ["Plan a Trip | Service Status | Routes & Maps | Fares | Lost Property"],
        "status_badge": ["SERVICE ALERT: Minor delays"],
        "lines_box": [
            "Affected routes\nRoutes 3 and {n}: diverted via Uhuru Highway\nCommuter rail: trains every 30 minutes"
        ],
        "planner_prompt": ["Plan your journey with our live trip planner before you travel."],
        "apology_note": ["We apologise for any inconvenience caused and thank passengers for their patience."],
        "sci_menu": ["Space | Health | Environment | Technology | Explainers"],
        "sci_kicker": ["EXPLAINER"],
        "fact_box": [
            "Fast facts\nThe human body has about 37 trillion cells\n"
            "Light takes about 8 minutes to reach Earth from the Sun"
        ],
        "glossary_line": ["Glossary: a peer-reviewed study is one checked by independent experts before publication."],
        "sources_line": ["Sources: peer-reviewed journals and interviews with the researchers cited."],
        "ngo_bar": ["About Us | Our Work | Where We Work | Stories | Donate"],
        "field_kicker": ["FIELD STORIES"],
        "figures_box": [
            "In numbers\n{n},400 families reached this year\n36 boreholes drilled · 12 health posts supported"
        ],
        "donate_inline": ["₦5,000 can give a family clean water for a month. Donate now →"],
        "about_ngo": [
            "About us: we are a registered non-profit organisation working with communities in Nigeria and Kenya "
            "on water, health and education since 2004."
        ],
        "club_bar": ["Fixtures | Results | Squad | Membership | Shop | Tickets"],
        "score_line": ["FULL TIME: Riverside FC 2 – 1 Lakeside United"],
        "lineup_box": [
            "Line-up\nOmondi; Wafula, Kibet, Adebayo, Mutua; Chege, Okoro, Njoroge; Ouma, Eze, Kariuki\n"
            "Subs used: Waweru, Bello, Kiprop"
        ],
        "next_fixture": ["Next match: Saturday, 3:00 pm at home – season ticket holders free"],
        "sponsor_strip": ["Official partners: Mombasa Auto Spares · Kilima Water · City Print"],
    },
}

STYLES: list[dict[str, object]] = [
    {
        "name": "market_prices",  # farmers' market price report: crumbs, kicker, byline and date on one line, price box
        "header": ["market_bar", "breadcrumb", "market_kicker", "title", "byline_date"],
        "body_inserts": ["price_box", "caption_credit", "subheading", "list"],
        "footer": ["price_note", "next_market", "share_row", "rights"],
        "date_formats": ["local_market"],
        "blank": True,
        "crumb_sep": " > ",
        "bd_sep": [" | ", " — "],
        "share_sep": " | ",
        "by_join": "and",
        "by_key": "by_market",
        "say": SAY,
    },
    {
        "name": "parish_news",  # parish news page, no blank lines, no byline: the date over the headline, Mass times
        "header": ["parish_bar", "date", "title"],
        "body_inserts": ["mass_box", "list", "quote", "caption_credit"],
        "footer": ["parish_office", "collection_line", "print_email", "rights"],
        "date_formats": ["local_parish"],
        "blank": False,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "jobs_news",  # job-listings article: byline above the headline, relative time, a repeated alert prompt
        "header": ["jobs_bar", "byline", "title", "date"],
        "body_inserts": ["alert_prompt", "alert_prompt", "read_also", "subheading", "ad"],
        "footer": ["apply_note", "scam_note", "tags", "share_names", "rights"],
        "date_formats": ["local_jobs"],
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": " · ",
        "by_join": "and",
        "by_key": "by_jobs",
        "say": SAY,
    },
    {
        "name": "film_review",  # cinema site: page title, menu, headline again, stars line, critic, "published" line
        "header": ["title_site", "film_menu", "title_dup", "stars_line", "byline", "published"],
        "body_inserts": ["film_box", "caption_credit", "trailer_line", "subheading"],
        "footer": ["showtimes_line", "comments", "share_icons", "rights"],
        "date_formats": ["local_film"],
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": " ",
        "by_join": "and",
        "by_key": "by_film",
        "say": SAY,
    },
    {
        "name": "transit_update",  # transport operator's service update, no blank lines, no byline: badge, lines box
        "header": ["transit_menu", "title", "status_badge", "date"],
        "body_inserts": ["lines_box", "list", "subheading", "planner_prompt"],
        "footer": ["apology_note", "app", "follow", "rights"],
        "date_formats": ["local_transit"],
        "blank": False,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "science_explainer",  # science magazine explainer, no date: kicker, byline with desk, fact box
        "header": ["sci_menu", "sci_kicker", "title", "byline", "listen"],
        "body_inserts": ["fact_box", "caption_credit", "subheading", "glossary_line"],
        "footer": ["sources_line", "newsletter", "share_prompt", "rights"],
        "date_formats": ["dots"],
        "blank": True,
        "crumb_sep": " › ",
        "by_join": "and",
        "by_key": "by_sci",
        "say": SAY,
    },
    {
        "name": "ngo_field_report",  # NGO field report: kicker, byline under the headline, city and date glued
        "header": ["ngo_bar", "field_kicker", "title", "byline", "date_glued"],
        "body_inserts": ["figures_box", "caption_credit", "quote", "donate_inline"],
        "footer": ["about_ngo", "tags", "share_row", "rights"],
        "date_formats": ["local_ngo"],
        "glue": "glue_ngo",
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": " / ",
        "by_join": "and",
        "by_key": "by_ngo",
        "say": SAY,
    },
    {
        "name": "match_report",  # local football club: score line over the headline, NAMES IN CAPITALS with the date
        "header": ["club_bar", "score_line", "title", "byline_date"],
        "body_inserts": ["lineup_box", "subheading", "caption_credit", "ad"],
        "footer": ["next_fixture", "sponsor_strip", "comments", "rights"],
        "date_formats": ["local_match"],
        "blank": True,
        "crumb_sep": " › ",
        "bd_sep": [" · ", ", ", " | "],
        "by_join": "and",
        "by_key": "by_match",
        "say": SAY,
    },
]
