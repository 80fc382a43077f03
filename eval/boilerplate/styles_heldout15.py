"""FIFTEENTH HELD-OUT templates, written BLIND: their author read only build.py, score.py (for the format it
expects; it was not run), prose.py, the earlier styles files (for their format only, none of their phrases,
widget texts or layouts reused) and the shared sentence files build.py draws from (searched for the new
languages' own month and weekday names, date phrases and common words, so that the widgets use the words the
sentences use); never the cleaner's rules, lexicon, content model, docs or tests; the cleaner was never run on
them and they were never used to change a rule. Four languages no earlier split uses, four of the eight the
sentence files still had unused besides Chinese, Japanese and Korean: Esperanto (Latin script with
circumflexed letters, the accusative "-an" of dates), Luganda (Latin script, doubled consonants and vowels,
the East African clock in time phrases, English month names and ordinal days where Ugandan sites print them),
Shona (Latin script, the prefixed "wa" and "we" of dates: "musi wa25", "nemusi weChitatu") and Setswana (Latin
script, the Botswana month names, the "hrs" clock of Botswana's official pages); and four familiar ones,
Brazilian Portuguese, Austrian German ("Jänner", "Postings", "Offenlegung"), Polish and Turkish, in layouts no
earlier split has, so that the split also measures well-known languages on unfamiliar pages. The site chrome
of the Ugandan, Zimbabwean and Botswana pages (consent lines, copyright lines, some comment counters and
government footers) is partly in English, as those sites print it.

Kinds of sites: a restaurant review (a breadcrumb, a critic's kicker, a rating-and-price line under the
headline, byline and date on one line, dish captions with credits and a menu-prices line between paragraphs, a
venue box over three or four lines, a "the critic pays the bill" note, a table-booking link, an icon share
row), a government travel advisory with no blank lines (a ministry bar, its own breadcrumb, an alert-level
badge under the headline, a "valid since" / "last checked" date line, no byline, an emergency number over two
lines and a map caption between paragraphs, a no-guarantee note, an embassy box over three lines, a
travel-registration prompt, print and e-mail links, a ministry footer; for Esperanto the world association's
advice to travellers, for Luganda, Shona and Setswana a health ministry's travel notice, which those
governments translate), a festival or congress daily bulletin with no blank lines (an issue masthead, the date
under it, a "day n, weather" strip over the headline, the byline under the headline, authors joined by commas
only, a today's-programme box over three lines and a lost-and-found note between paragraphs, a copy-deadline
note, the bulletin's editorial room over two lines, a sponsor line), an electricity distributor's planned
power-cut notice (a customer menu over two lines, a "planned outage" badge, no byline, the city and date glued
to the first paragraph, an affected-areas box over three lines and a fault-report number between paragraphs,
an apology, a pay-your-bill or prepaid-token line, an SMS-alert sign-up, "follow us"; for Esperanto the
association's planned web-service maintenance), a language institution's usage page (a consent line, a "word
of the week" kicker, the byline over a "published" date, a dictionary search line, a "write / do not write"
box over two lines and a dictionary reference between paragraphs, a "how to cite this page" line, an "ask us a
language question" prompt, a licence line), a "tonight on TV" preview (the page title with the site's name, a
TV menu, the headline again, a channel-and-time line, the date over the byline, an episode box over two lines,
numbered stills captions repeating the headline and a trailer line between paragraphs, a "schedule may change"
note, a "remind me" line, an app prompt, a comment counter), a hiking club's trip report (a club menu, a
trip-report kicker, the byline over the headline and the date under it, a route box over three lines, photo
captions with credits and a GPX download line between paragraphs, an "at your own risk" note, a next-outing
sign-up, tags, a named share row) and a fundraiser page (the page title with the site's name, an "x raised of
y" line, a donate button, the organisers' names, authors joined by commas only, a "created on" date line,
"update #n" heads and "give again" lines between paragraphs, a platform-fee note, "report this fundraiser", a
share prompt).

Bylines with new labels and joiners: a label before the names ("Verkis", "Raportas", "Teksto:", "Bya" with the
names in capitals or not, "Nyaya yakanyorwa na", "Yakanyorwa na", "E kwadilwe ke", "Ka", "KA" with the names
in capitals, "Reportagem e texto:", "Verfasst von", "Text & Bild:", "Redakcja:", "Przygotowanie:",
"Derleyen:", "Fotoğraf ve metin:"), label-less names (Portuguese, Polish, Turkish, Shona in capitals), names
followed by the site or a place ("{names}, por Site", "{names}, Site Uganda", "{names} — Site Zimbabwe",
"{names} | Site Botswana", "{names}, colaboração para Site", "{names}, do Recife", "{names} • Site", "{names}
aus Graz", "{names} (redakcja Site)", "{names} (Site Haber)"); one to three authors joined by "kaj", "ne",
"na", "le", "e", "und", "i", "ve", or by commas only (festival bulletin, fundraiser). Personal names as the
sites print them: names of several nations on Esperanto pages, Christian given names with Ganda surnames,
Shona and Tswana given names that serve men and women with family names, Brazilian, Austrian, Polish (surnames
that do not change with gender) and Turkish names. Each language brings its own month names, weekday names,
cities (Esperanto city names for the glued datelines: "ROTERDAMO", "BJALISTOKO") and quotation marks (Setswana
‘ ’, Austrian „ “, Polish „ ”). Dates in local forms, with labels, places and time of day in the date line:
"merkredon, la 25-an de novembro 2026", "Aktuala ekde la 25-a de novembro 2026", "Lasta kontrolo: 2026-11-25",
"merkredo, 25 nov 2026, je 14:32", "Kreita la 25-an de novembro 2026", "Added 25th November 2026",
"Olwokusatu, nga 25 Novemba 2026, ssaawa 8:32 ez'olweggulo" (the East African clock, whose hours are counted
from six o'clock, morning and evening), "Nov 25, 2026 2:32 PM", "Ekirango kya 25 Novemba 2026", "musi wa25
Mbudzi 2026", "nemusi weChitatu, 25 Mbudzi 2026", "25 Mbudzi 2026, 2:32 masikati", "Ziviso rakabudiswa musi
wa25 Mbudzi 2026", "Laboraro, 25 Ngwanatsele 2026 14:32hrs", "Laboraro Ngwanatsele 25 2026", "Ngwanatsele 25,
2026", "25 Ngwanatsele 2026, 2:32 motshegare", "ka Laboraro, 25 Ngwanatsele 2026", "E simolotswe ka 25
Ngwanatsele 2026", "25.nov.2026 às 14h32", "Recife, quarta-feira, 25 de novembro de 2026", "Vigente desde 25
de novembro de 2026", "Criada em 25 de novembro de 2026", "25.11.2026 um 14:32", "Unverändert gültig seit 25.
November 2026", "25.11.26, 14:32", "Spendenaktion seit 25. November 2026", "środa 25 lis 2026", "Informacja
aktualna na dzień 25.11.2026", "dodano 25.11.2026 o godz. 14:32", "Zrzutka założona 25 listopada 2026",
"25.11.2026 Çarşamba", "Bu bilgiler 25.11.2026 itibarıyla günceldir", "25 Kasım 2026, Saat: 14:32", "Kampanya
başlangıcı: 25 Kasım 2026"; "published" labels around them ("Publikigita:", "Aperis", "Kyafulumizibwa",
"Yakabudiswa:", "E gatisitswe", "Publicado originalmente em", "Divulgado em", "Publiziert am", "Erschienen:",
"Data wydania:", "Opublikowany:", "Eklenme tarihi:", "Erişime açıldı:").

How the East African clock, English ordinal days, local words for the time of day and two-digit years are made
without touching build.py: build.py fills a local date pattern with str.format and passes the numbers as ints
and the month and weekday names from this module's lists. Those names are `Name` strings: written plainly
("{month}") they are the name; given a format spec ("{month:#{d}# % {y}}", whose nested fields str.format
fills first) they write the spec with "@" replaced by the name, "%" by the month's English name, "#25#" by
"25th", "[14:32]" by the East African clock time ("8:32"), "<14>" by the language's word for that hour's part
of the day and "~2026~" by "26".

Limits of build.py this split cannot cross (only the registration of this module was allowed there): the
headline is always a cut of a real sentence with no colon and no final question mark, so a review's
"Restaurant: verdict" headline, an advisory's "Country: travel advice" headline or a question headline cannot
be made with a correct gold title; kickers and badges therefore stand on their own line. A standfirst can only
be the first paragraph, after the whole header; the byline and the date sit in the header, so a critic cannot
sign at the end; a byline phrase is per language, so it must fit every layout and one to three people (a
review cannot say "critic", a fundraiser "organised by", a bulletin "our reporter"); the number of authors is
drawn alike for every layout; a widget's lines all carry one label, so a venue box, a "write / do not write"
box, an episode box or a route box is one boilerplate block; body inserts are drawn with replacement, so an
"update #n" head or a programme box may come twice; authors are joined with spaces round the word, so the
Shona "na" stands apart from the next name instead of being prefixed to it ("naRudo"), as the byline's own
"Yakanyorwa na{names}" is; Python's upper() writes the Turkish dotted capital I as "I", so Turkish names are
never printed in capitals here and the Turkish glued datelines use cities with no "i"; a widget's counter is
written in ASCII digits; one date per document, so a power-cut notice cannot give the day of the cut beside
the day of the notice, and an advisory's "valid since" or "last checked" line is its only date; site names in
page titles, bylines, glued datelines, citation lines and copyright lines come from build.py's shared list of
English brand names. Chinese and Japanese have sentence files but no spaces, so build.py cannot cut a headline
from them; Korean bylines would need a family name and a given name with no space between them; those three
were left out again. Latin was left out because no site in it has these layouts; Sesotho, Xitsonga and
isiXhosa are left for a later split.
"""

from __future__ import annotations

import re

LANGS = ("eo", "lg", "sn", "tn", "pt", "de", "pl", "tr")


def _ordinal(match: re.Match[str]) -> str:
    """English ordinal day as Ugandan sites print it: 1st, 2nd, 3rd, 11th, 25th."""
    day = int(match[1])
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


class Name(str):
    """A month or weekday name; with a format spec it writes a date or a time in its language's way (see above)."""

    parts: tuple[tuple[int, str], ...] = ()  # (first hour, word for that part of the day)
    other = ""  # the month's English name, as Ugandan sites print it

    def part(self, hour: int) -> str:
        return [word for first, word in self.parts if first <= hour][-1]

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        text = re.sub(r"<(\d+)>", lambda m: self.part(int(m[1])), spec)
        text = re.sub(r"\[(\d+):(\d\d)\]", lambda m: f"{(int(m[1]) - 7) % 12 + 1}:{m[2]}", text)
        text = re.sub(r"#(\d+)#", _ordinal, text)
        text = re.sub(r"~\d\d(\d\d)~", r"\1", text)
        return text.replace("@", str(self)).replace("%", self.other)


class _Lg(Name):
    parts = ((0, "ez'ekiro"), (6, "ez'oku makya"), (12, "ez'olweggulo"), (18, "ez'akawungeezi"), (19, "ez'ekiro"))


class _Sn(Name):
    parts = ((0, "usiku"), (6, "mangwanani"), (12, "masikati"), (18, "manheru"), (21, "usiku"))


class _Tn(Name):
    parts = ((0, "bosigo"), (6, "mo mosong"), (12, "motshegare"), (17, "maitseboa"), (21, "bosigo"))


ENGLISH_MONTHS = "January February March April May June July August September October November December"


def _names(cls: type[Name], text: str, other: str = "") -> list[Name]:
    names = [cls(word) for word in text.split()]
    for name, alt in zip(names, other.split() or [""] * len(names), strict=True):
        name.other = alt
    return names


SAY = {  # widget -> gold reason (build.py: style["say"])
    "critic_kicker": "navigation",
    "verdict_line": "rating",
    "menu_prices": "navigation",
    "venue_box": "navigation",
    "paid_note": "footer",
    "book_table": "advertisement",
    "gov_bar": "navigation",
    "advice_crumb": "navigation",
    "advice_status": "navigation",
    "emergency_box": "navigation",
    "map_note": "caption",
    "no_guarantee": "footer",
    "embassy_box": "footer",
    "advice_alerts": "newsletter",
    "gov_footer": "footer",
    "bulletin_mast": "navigation",
    "day_strip": "navigation",
    "programme_box": "navigation",
    "lost_found": "reader_prompt",
    "deadline_note": "footer",
    "editorial_office": "footer",
    "sponsor_line": "advertisement",
    "utility_menu": "navigation",
    "outage_badge": "navigation",
    "areas_box": "navigation",
    "fault_line": "reader_prompt",
    "sorry_note": "footer",
    "token_line": "advertisement",
    "sms_alerts": "newsletter",
    "lang_kicker": "navigation",
    "search_line": "navigation",
    "usage_box": "navigation",
    "dict_ref": "navigation",
    "cite_line": "footer",
    "ask_service": "reader_prompt",
    "licence_line": "footer",
    "tv_menu": "navigation",
    "slot_line": "navigation",
    "episode_box": "navigation",
    "stream_line": "video",
    "schedule_note": "footer",
    "reminder_line": "reader_prompt",
    "club_menu": "navigation",
    "report_kicker": "navigation",
    "route_box": "navigation",
    "gpx_line": "navigation",
    "own_risk": "footer",
    "next_outing": "reader_prompt",
    "progress_line": "navigation",
    "donate_button": "reader_prompt",
    "update_head": "navigation",
    "donate_again": "reader_prompt",
    "fee_note": "footer",
    "report_fund": "feedback",
}

ICONS15 = ["ico-share-whatsapp", "ico-share-facebook", "ico-share-x", "ico-share-telegram", "ico-share-mail"]

PHRASES: dict[str, dict[str, list]] = {
    "eo": {
        "months": _names(
            Name, "januaro februaro marto aprilo majo junio julio aŭgusto septembro oktobro novembro decembro"
        ),
        "mon_abbr": _names(Name, "jan feb mar apr maj jun jul aŭg sep okt nov dec"),
        "wd_abbr": _names(Name, "lundo mardo merkredo ĵaŭdo vendredo sabato dimanĉo"),
        "names": [
            "Katalin Mateo Ilona Jakub Hélène Sven Rania Tomasz",
            "Kovács Lindqvist Oliveira Novák Dubreuil Hashemi Okonkwo Takács",
        ],
        "cities": ["Roterdamo", "Varsovio", "Bjalistoko", "Budapeŝto", "Zagrebo", "Lisbono"],
        "quote": ["“{}”"],
        "local_food": ["{d} {mon} {y}", "{wd}n, la {d}-an de {month} {y}"],
        "local_travel": ["Aktuala ekde la {d}-a de {month} {y}", "Lasta kontrolo: {y}-{mm}-{dd}"],
        "local_daily": ["{wd}, la {d}-a de {month} {y}", "Numero de la {d}-a de {month} {y}"],
        "local_outage": ["{y}-{mm}-{dd}, {hm}", "la {d}-an de {month} {y}"],
        "local_lang": ["{y}-{mm}-{dd}", "la {d}-an de {month} {y}"],
        "local_tv": ["{wd}, {d} {mon} {y}, je {hm}", "{dd}.{mm}.{y} {hm}"],
        "local_hike": ["{d} {month} {y}", "{wd}, {dd}.{mm}.{y}"],
        "local_fund": ["Kreita la {d}-an de {month} {y}", "Komenciĝis {y}-{mm}-{dd}"],
        "glue_outage": ["{C} – {d}: ", "{C} {d} — "],
        "by": ["Verkis {a}", "Raportas {a}", "{a}, por {site}", "Teksto: {a}"],
        "and": ["kaj"],
        "published": ["Publikigita: {d}", "Aperis {d}"],
        "social": ["Facebook", "Mastodon", "Telegram", "X", "Retpoŝto", "Kopii ligilon"],
        "icons": ICONS15,
        "home": ["Ĉefpaĝo"],
        "sections": ["Manĝo", "Recenzoj", "Restoracioj", "Kuirarto", "Gvidilo"],
        "print": ["Presi la paĝon"],
        "email": ["Sendi retpoŝte"],
        "caption_credit": ["{c}. Bildo: {n}", "{c} (fotis {n})"],
        "cookie": ["Ĉi tiu retejo uzas kuketojn por plibonigi vian sperton. Akcepti · Rifuzi"],
        "tags": ["Etikedoj: {t}", "Temoj de la raporto: {t}"],
        "follow": ["Sekvu nin en Mastodon por novaĵoj pri paneoj"],
        "comments": ["Komentoj ({n})", "{n} komentoj · Aldoni komenton"],
        "app": ["Spektu rekte per nia poŝtelefona aplikaĵo"],
        "share": ["Diskonigu ĉi tiun monkolekton al viaj amikoj"],
        "rights": ["© {y} {site} · Ĉiuj rajtoj rezervitaj", "Enhavo laŭ permesilo CC BY 4.0 · {site}, {y}"],
        "title_site": ["{site} · {t}", "{t} / {site}"],
        "critic_kicker": ["RESTORACIA RECENZO"],
        "verdict_line": ["Taksado: ★★★★☆ · Prezoj: €€ · Vegana kuirarto", "4 el 5 steloj · €€€"],
        "menu_prices": ["Antaŭmanĝoj 7–12 €, ĉefpladoj 16–28 €, tagmanĝa menuo 14 €"],
        "venue_box": ["Praktikaj informoj\nStrato Zamenhof {n}, Bjalistoko\nMalfermita de mardo ĝis dimanĉo, 12–22 h"],
        "paid_note": ["Nia recenzanto vizitas la restoraciojn anonime kaj mem pagas la kalkulon."],
        "book_table": ["Rezervu tablon rete →"],
        "gov_bar": ["Universala Esperanto-Asocio · Servoj por vojaĝantoj"],
        "advice_crumb": ["Ĉefpaĝo › Vojaĝoj › Konsiloj por vojaĝantoj"],
        "advice_status": ["AVERTO: Evitu neesencajn vojaĝojn al la regiono"],
        "emergency_box": ["Urĝa telefono de la asocio (tage kaj nokte)\n+31 10 400 12 34"],
        "map_note": ["Mapo: regionoj kun averto estas ruĝe markitaj"],
        "no_guarantee": ["La informoj estas donitaj sen garantio kaj povas ŝanĝiĝi sen antaŭa averto."],
        "embassy_box": [
            "Loka kontaktpersono de la asocio\nKonsultado: de lundo ĝis vendredo, 9–13 h\nSkribu al la centra oficejo"
        ],
        "advice_alerts": ["Abonu retpoŝtajn avertojn pri ĉi tiu lando"],
        "gov_footer": ["Pri ni · Privateco · Alirebleco · Kontakto"],
        "bulletin_mast": ["KONGRESA BULTENO · N-ro {n}"],
        "day_strip": ["Tria kongresa tago · Vetero: sunplena, 26 °C", "Kvina kongresa tago · Vetero: pluvetoj, 19 °C"],
        "programme_box": [
            "Hodiaŭ en la programo\n14:00 Kleriga lernejo, salono Zamenhof\n20:00 Internacia vespero en la ĉefa salono"
        ],
        "lost_found": ["Trovitaĵojn bonvolu transdoni al la akceptejo."],
        "deadline_note": ["Kontribuojn por la morgaŭa numero transdonu ĝis la 17-a horo en la redakcio."],
        "editorial_office": ["Redakcio de la bulteno\nĈambro {n}, dua etaĝo de la kongresejo"],
        "sponsor_line": ["Subtenas: la urbo Bjalistoko · Amikoj de la kongreso"],
        "utility_menu": ["Ĉefpaĝo · Stato de servoj · Planitaj prizorgadoj\nHelpo · Oftaj demandoj · Kontakto"],
        "outage_badge": ["PLANITA PRIZORGADO DE LA RETEJOJ"],
        "areas_box": ["Tuŝitaj servoj\nreta vortaro, aliĝilo de la kongreso, membra konto\nDaŭro: ĉirkaŭ kvar horoj"],
        "fault_line": ["Ĉu problemo? Raportu ĝin per la kontaktilo, ni respondos ene de {n} horoj."],
        "sorry_note": ["Ni pardonpetas pro la ĝeno kaj dankas pro via pacienco."],
        "token_line": ["Pagu vian membrokotizon per la reta kaso"],
        "sms_alerts": ["Ricevu sciigojn pri paneoj per retpoŝto"],
        "lang_kicker": ["LINGVAJ KONSILOJ · Vorto de la semajno"],
        "search_line": ["Serĉi en la vortaro 🔍"],
        "usage_box": ["Rekomendata: komputilo\nEvitinda: komputoro"],
        "dict_ref": ["Vidu ankaŭ: Plena Ilustrita Vortaro, paĝo {n}4"],
        "cite_line": ["Citu kiel: {site} ({y}), Lingvaj konsiloj."],
        "ask_service": ["Ĉu vi havas lingvan demandon? Skribu al ni"],
        "licence_line": ["La teksto estas uzebla laŭ la permesilo CC BY-SA 4.0"],
        "tv_menu": ["Nun · Ĉi-vespere · Morgaŭ · Arkivo · Kanaloj"],
        "slot_line": ["Ĉi-vespere je la 20:00 · rekta elsendo"],
        "episode_box": ["Sezono 2, epizodo {n}\nDaŭro: 28 minutoj · subtekstoj en ses lingvoj"],
        "stream_line": ["▶ Spektu la antaŭfilmon"],
        "schedule_note": ["La programo povas ŝanĝiĝi sen antaŭa anonco."],
        "reminder_line": ["Memorigu min"],
        "club_menu": ["Ĉefpaĝo · Ekskursoj · Kalendaro · Fotoj · Aliĝu · Kontakto"],
        "report_kicker": ["RAPORTO PRI MIGRADO"],
        "route_box": ["Pri la itinero\nLongo: {n} km · Supreniro: 540 m\nDaŭro: 5 horoj · Malfacileco: meza"],
        "gpx_line": ["Elŝuti la GPX-spuron"],
        "own_risk": ["Partopreno en la ekskursoj okazas je propra risko."],
        "next_outing": ["Venonta ekskurso: aliĝu ĝis ĵaŭdo ĉe la gvidanto"],
        "progress_line": ["{n} 480 € kolektitaj el 30 000 €"],
        "donate_button": ["Donaci nun"],
        "update_head": ["Novaĵo n-ro {n}"],
        "donate_again": ["Ĉiu eŭro helpas — donacu denove →"],
        "fee_note": ["La platformo ne deprenas komisionon; bankajn kostojn pagas la organizanto."],
        "report_fund": ["Raporti ĉi tiun monkolekton"],
    },
    "lg": {
        "months": _names(
            _Lg,
            "Janwali Febwali Marisi Apuli Maayi Juuni Julaayi Agusito Sebuttemba Okitobba Novemba Desemba",
            ENGLISH_MONTHS,
        ),
        "mon_abbr": _names(_Lg, "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
        "wd_abbr": _names(_Lg, "Bbalaza Olwokubiri Olwokusatu Olwokuna Olwokutaano Olwomukaaga Ssande"),
        "names": [
            "Joseph Sarah Ronald Harriet Brian Prossy Godfrey Annet",
            "Mukasa Kiggundu Lubega Ssemakula Kawooya Ssebunya Walusimbi Kizza",
        ],
        "cities": ["Kampala", "Masaka", "Mukono", "Entebbe", "Mityana", "Wakiso"],
        "quote": ["“{}”"],
        "local_food": ["{wd}, nga {d} {month} {y}", "Added {month:#{d}# % {y}}"],
        "local_travel": ["Ekirango kya {d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_daily": ["{wd} {d} {month} {y}", "{dd}.{mm}.{y}"],
        "local_outage": [
            "{wd}, nga {d} {month} {y}, ssaawa {month:[{h}:{mi}] <{h}>}",
            "{wd}, nga {d} {month} {y}, ssaawa {month:[{h}:{mi}] <{h}>}",
            "{dd}/{mm}/{y} {h12}:{mi} {ap}",
        ],
        "local_lang": ["nga {d} {month} {y}", "{mon} {d}, {y}"],
        "local_tv": ["{wd}, nga {d} {month} {y}, ssaawa {month:[{h}:{mi}] <{h}>}", "{mon} {d}, {y} {h12}:{mi} {ap}"],
        "local_hike": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_fund": ["Kyatandika nga {d} {month} {y}", "{d} {mon} {y}"],
        "glue_outage": ["{C}: {d} – ", "{C} – {d} — "],
        "by": ["Bya {A}", "Bya {a}", "{a}, {site} Uganda"],
        "and": ["ne"],
        "published": ["Kyafulumizibwa {d}"],
        "social": ["Facebook", "X", "WhatsApp", "YouTube", "TikTok", "Email"],
        "icons": ICONS15,
        "home": ["Awaka"],
        "sections": ["Ebyokulya", "Amawooteeri", "Obulamu", "Ebisanyusa", "Eby'emmere"],
        "print": ["Print this page"],
        "email": ["Email to a friend"],
        "caption_credit": ["{c}. (Ekif: {n})", "{c} — Ekifaananyi: {n}"],
        "cookie": ["We use cookies to improve your experience on our website. Accept"],
        "tags": ["Ebigambo ebikulu: {t}"],
        "follow": ["Tugoberere ku X ne Facebook okufuna amawulire ku masannyalaze"],
        "comments": ["Endowooza ({n})", "Endowooza {n} · Wandiika eyiyo"],
        "app": ["Laba butereevu ku app yaffe — giwanule bwereere"],
        "share": ["Gabana ekikolwa kino ne mikwano gyo"],
        "rights": ["© {y} {site} Uganda. All rights reserved.", "{site} Uganda Ltd © {y}"],
        "title_site": ["{t} | {site} Online", "{t} - {site} Uganda"],
        "critic_kicker": ["EKIFO KY'EMMERE KYA WIIKI"],
        "verdict_line": ["Obubonero: 4/5 · Ebbeeyi: wakati", "★★★★☆ · Shs 25,000 ku muntu"],
        "menu_prices": ["Emmere etandikira ku Shs 8,000; luwombo ya Shs 20,000"],
        "venue_box": [
            "Ekifo\nKabalagala, okumpi ne siteegi ya bbodaboda {n}\nKiggulwawo buli lunaku · Essimu: 0772 000 000"
        ],
        "paid_note": ["Omuwandiisi waffe yasasudde ssente ze ku mmere eno."],
        "book_table": ["Kuba essimu okukwata ekifo →"],
        "gov_bar": ["Minisitule y'Ebyobulamu · Gavumenti ya Uganda"],
        "advice_crumb": ["Awaka › Ebirango › Abatambuze"],
        "advice_status": ["OKULABULA: Temugenda mu bitundu ebikoseddwa"],
        "emergency_box": ["Layini y'obwetaavu (bwereere, essaawa 24)\n0800 100 066"],
        "map_note": ["Maapu: ebitundu ebikoseddwa biri mu langi emmyufu"],
        "no_guarantee": ["Ebiri ku mukutu guno biyinza okukyusibwa awatali kulabula."],
        "embassy_box": ["Ofiisi y'ebyobulamu ku nsalo\nBbalaza–Olwokutaano 8:00–17:00\nEssimu: 0414 300 000"],
        "advice_alerts": ["Weewandiise ofune obubaka ku SMS nga waliwo enkyukakyuka"],
        "gov_footer": ["Privacy · Accessibility · Site map · Contact us"],
        "bulletin_mast": ["AMAWULIRE G'EKIVVULU · Nnamba {n}"],
        "day_strip": ["Olunaku 3 · Obudde: omusana, 27°C", "Olunaku 5 · Obudde: enkuba, 22°C"],
        "programme_box": [
            "Ebiri leero\nSsaawa 8 – Emizannyo gy'abavubuka\nSsaawa 2 ez'ekiro – Abayimbi ku siteegi enkulu"
        ],
        "lost_found": ["Ebintu ebibuze bisangibwa ku meeza y'okubuuza."],
        "deadline_note": ["Amawulire g'olupapula olujja galina okutuuka ku ssaawa 12 ez'akawungeezi."],
        "editorial_office": ["Ofiisi y'abawandiisi\nWeema ya bannamawulire, nnamba {n}"],
        "sponsor_line": ["Kiwagiddwa: Nalubaale Beverages · Radio Ssese"],
        "utility_menu": ["Sasula bbiiru · Okuggyibwako amasannyalaze · Tukubire\nTokeni · Ebibuuzo · Ofiisi zaffe"],
        "outage_badge": ["EKIRANGO: Amasannyalaze gajja kuggyibwako"],
        "areas_box": [
            "Ebitundu ebinaakosebwa\nNtinda, Kisaasi ne Kyanja\n"
            "Okuva ku ssaawa 3 ez'oku makya okutuuka ku ssaawa 11 ez'olweggulo"
        ],
        "fault_line": ["Okulangirira obuzibu, kuba 0800 285 {n}85 (bwereere)"],
        "sorry_note": ["Tusaba bakasitoma baffe batusonyiwe olw'obuzibu buno."],
        "token_line": ["Gula tokeni ku Mobile Money: *185*{n}#"],
        "sms_alerts": ["Funa obubaka ku ssimu yo nga amasannyalaze gaggiddwako mu kitundu kyo"],
        "lang_kicker": ["OLULIMI LWAFFE · Ekigambo kya wiiki"],
        "search_line": ["Noonya mu nkuluze 🔍"],
        "usage_box": ["Wandiika: ssente\nTowandiika: sente"],
        "dict_ref": ["Laba ne mu nkuluze y'Oluganda, olupapula {n}4"],
        "cite_line": ["Ensibuko: {site}, {y}."],
        "ask_service": ["Olina ekibuuzo ku lulimi? Tuwandiikire"],
        "licence_line": ["Ebiwandiiko bino biri wansi wa layisinsi CC BY 4.0"],
        "tv_menu": ["Kati · Ekiro kya leero · Enkya · Ebyasooka · Emikutu"],
        "slot_line": ["Ekiro kya leero ku ssaawa 3 ez'ekiro · Channel 2"],
        "episode_box": ["Ekitundu {n} · Sizoni 1\nEddakiika 45"],
        "stream_line": ["▶ Laba ekitundu kino ku YouTube"],
        "schedule_note": ["Enteekateeka eno eyinza okukyusibwa."],
        "reminder_line": ["Nzijukiza ku pulogulaamu eno"],
        "club_menu": ["Awaka · Engendo · Ebifaananyi · Weegatte · Tukubire"],
        "report_kicker": ["OLUGENDO LWAFFE · Okulinnya ensozi"],
        "route_box": [
            "Ebikwata ku lugendo\nObuwanvu: kilomita {n} · Obugulumivu: mita 900\nEssaawa: 7 · Obuzibu: wakati"
        ],
        "gpx_line": ["Wanula maapu y'olugendo (GPX)"],
        "own_risk": ["Buli eyeetaba mu ngendo zino yeevunaanyizibwa ku bulamu bwe."],
        "next_outing": ["Olugendo oluddako: weewandiise nga Olwokuna terunnatuuka"],
        "progress_line": ["Shs {n},480,000 zikung'aanyiziddwa ku Shs 30,000,000"],
        "donate_button": ["Waayo kati"],
        "update_head": ["Ebipya #{n}"],
        "donate_again": ["Buli ssente ziyamba — waayo nate →"],
        "fee_note": ["Tetusala ku ssente z'owaayo; ebisale bya Mobile Money bisasulwa oyo akung'aanya."],
        "report_fund": ["Loopa ekikolwa kino"],
    },
    "sn": {
        "months": _names(
            _Sn, "Ndira Kukadzi Kurume Kubvumbi Chivabvu Chikumi Chikunguru Nyamavhuvhu Gunyana Gumiguru Mbudzi Zvita"
        ),
        "mon_abbr": _names(_Sn, "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
        "wd_abbr": _names(_Sn, "Muvhuro Chipiri Chitatu China Chishanu Mugovera Svondo"),
        "names": [
            "Tendai Rudo Farai Chipo Tatenda Nyasha Tinashe Rumbidzai",
            "Moyo Mutasa Gumbo Marufu Chigumba Mapfumo Makoni Mhere",
        ],
        "cities": ["Harare", "Mutare", "Gweru", "Masvingo", "Chinhoyi", "Marondera"],
        "quote": ["“{}”"],
        "local_food": ["{wd}, {d} {month} {y}", "musi wa{d} {month} {y}"],
        "local_travel": ["Ziviso rakabudiswa musi wa{d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_daily": ["{wd} {d} {month} {y}", "{d} {mon} {y}"],
        "local_outage": [
            "{d} {month} {y}, {month:{h12}:{mi} <{h}>}",
            "{d} {month} {y}, {month:{h12}:{mi} <{h}>}",
            "{dd}/{mm}/{y} {hm}",
        ],
        "local_lang": ["{d} {month} {y}", "{mon} {d}, {y}"],
        "local_tv": ["{wd}, {d} {month} {y}, {month:{h12}:{mi} <{h}>}", "{d} {mon} {y} {hm}"],
        "local_hike": ["nemusi we{wd}, {d} {month} {y}", "nemusi we{wd}, {d} {month} {y}", "{d} {month} {y}"],
        "local_fund": ["Yakatangwa musi wa{d} {month} {y}", "{dd}/{mm}/{y}"],
        "glue_outage": ["{C} – {d} — ", "{C}, {d} · "],
        "by": ["Nyaya yakanyorwa na{a}", "Yakanyorwa na{a}", "{a} — {site} Zimbabwe", "{A}"],
        "and": ["na"],
        "published": ["Yakabudiswa: {d}"],
        "social": ["Facebook", "X", "WhatsApp", "YouTube", "Email", "Signal"],
        "icons": ICONS15,
        "home": ["Kumba"],
        "sections": ["Chikafu", "Hotera", "Mararamiro", "Ongororo", "Zvekudya"],
        "print": ["Dhinda peji iri"],
        "email": ["Tumira neemail"],
        "caption_credit": ["{c}. (Mufananidzo: {n})", "{c} — Mufananidzo: {n}"],
        "cookie": ["This website uses cookies to ensure you get the best experience. Got it!"],
        "tags": ["Misoro: {t}"],
        "follow": ["Titeverei paFacebook neX kuti muwane nhau dzemagetsi"],
        "comments": ["Mafungiro ({n})", "{n} mafungiro"],
        "app": ["Tarisai mhenyu paapp yedu — itorei mahara"],
        "share": ["Govanai chirongwa ichi neshamwari dzenyu"],
        "rights": ["© {y} {site}. Kodzero dzose dzakachengetedzwa.", "Copyright © {y} {site}"],
        "title_site": ["{t} | {site} Zimbabwe", "{site} Zimbabwe – {t}"],
        "critic_kicker": ["ONGORORO YECHIKAFU"],
        "verdict_line": ["Mamakisi: 7/10 · Mutengo: pakati", "★★★☆☆ · US$15 pamunhu"],
        "menu_prices": ["Sadza nenyama rinotangira paUS$4; huku yakagochwa US$9"],
        "venue_box": [
            "Kwazviri\nSamora Machel Avenue, Harare · Stand {n}\nZvinovhurwa mazuva ose 7am–10pm · Nhare: 0242 700 000"
        ],
        "paid_note": ["Munyori wedu akazvibhadharira chikafu ichi."],
        "book_table": ["Rongai tafura kuburikidza neWhatsApp →"],
        "gov_bar": ["Ministry of Health and Child Care · Hurumende yeZimbabwe"],
        "advice_crumb": ["Kumba › Zviziviso › Vafambi"],
        "advice_status": ["YAMBIRO: Musaenda kunzvimbo dzakabatwa nechirwere"],
        "emergency_box": ["Nhare yezvechimbichimbi (mahara, maawa 24)\n0800 400 400"],
        "map_note": ["Mepu: nzvimbo dzine njodzi dzakaratidzwa nemavara matsvuku"],
        "no_guarantee": ["Ruzivo rwuri pano runogona kushandurwa pasina yambiro."],
        "embassy_box": ["Hofisi yezveutano pamuganhu\nMuvhuro–Chishanu 8am–4pm\nNhare: 0242 790 000"],
        "advice_alerts": ["Nyoresai nhamba yenyu kuti muwane mameseji pane shanduko"],
        "gov_footer": ["Privacy Policy · Accessibility · Sitemap · Contact Us"],
        "bulletin_mast": ["BEPANHAU REMUTAMBO · Nhamba {n}"],
        "day_strip": ["Zuva 2 · Mamiriro ekunze: kunopisa, 29°C", "Zuva 4 · Mamiriro ekunze: kunotonhora, 18°C"],
        "programme_box": ["Zviri kuitika nhasi\n2pm – Mitambo yevana\n7pm – Mimhanzi pachikuva chikuru"],
        "lost_found": ["Zvinhu zvakarasika zvinowanikwa pahofisi yeruzivo."],
        "deadline_note": ["Nyaya dzebepa remangwana dzinofanira kusvika na5pm."],
        "editorial_office": ["Hofisi yevatori venhau\nTende renhau, nhamba {n}"],
        "sponsor_line": ["Vatsigiri: Bvumba Beverages · Radio Manica"],
        "utility_menu": ["Kumba · Bhadhara bhiri · Kudimurwa kwemagetsi\nToken · Mibvunzo · Taurai nesu"],
        "outage_badge": ["ZIVISO: Kudimurwa kwemagetsi kwakarongwa"],
        "areas_box": ["Nzvimbo dzichabatwa\nAvondale, Belvedere neMilton Park\nKubva na8am kusvika na4pm"],
        "fault_line": ["Kuzivisa dambudziko, ridzai 0242 774 {n}08"],
        "sorry_note": ["Tinokumbira ruregerero nekunetseka uku."],
        "token_line": ["Tengai token nemobile money: *151*{n}#"],
        "sms_alerts": ["Wanai mameseji pamusi magetsi achadimurwa munzvimbo yenyu"],
        "lang_kicker": ["MUTAURO WEDU · Shoko revhiki"],
        "search_line": ["Tsvaga muduramazwi 🔍"],
        "usage_box": ["Nyora: terevhizheni\nUsanyora: televhizheni"],
        "dict_ref": ["Ona zvakare: duramazwi reChiShona, peji {n}2"],
        "cite_line": ["Kwakabva: {site}, {y}."],
        "ask_service": ["Mune mubvunzo nezvemutauro? Tinyorerei"],
        "licence_line": ["Zvinyorwa zviri pasi perezinesi CC BY 4.0"],
        "tv_menu": ["Izvozvi · Manheru ano · Mangwana · Zvakapfuura · Machanera"],
        "slot_line": ["Manheru ano na8pm paChannel 1"],
        "episode_box": ["Chikamu {n} · Mwaka wekutanga\nMaminitsi 48"],
        "stream_line": ["▶ Tarisai chikamu ichi paYouTube"],
        "schedule_note": ["Hurongwa uhu hunogona kuchinja."],
        "reminder_line": ["Ndiyeuchidze"],
        "club_menu": ["Kumba · Nzendo · Mifananidzo · Joinai · Taurai nesu"],
        "report_kicker": ["NZENDO DZEDU · Kukwira makomo"],
        "route_box": ["Ruzivo rwerwendo\nKureba: makiromita {n} · Kukwira: mamita 850\nNguva: maawa 6 · Kuoma: pakati"],
        "gpx_line": ["Dhawunirodhai mepu yerwendo (GPX)"],
        "own_risk": ["Munhu wese anopinda munzendo idzi anozvichengetedza ega."],
        "next_outing": ["Rwendo runotevera: nyoresai China isati yasvika"],
        "progress_line": ["US${n},480 yaunganidzwa kubva paUS$30,000"],
        "donate_button": ["Pai zvino"],
        "update_head": ["Zvitsva #{n}"],
        "donate_again": ["Rubatsiro rwese runobatsira — pai zvakare →"],
        "fee_note": ["Hatitore chikamu pamari yamunopa; mari yekutumira inobhadharwa nemuunganidzi."],
        "report_fund": ["Mhan'arai chirongwa ichi"],
    },
    "tn": {
        "months": _names(
            _Tn,
            "Ferikgong Tlhakole Mopitlo Moranang Motsheganong Seetebosigo "
            "Phukwi Phatwe Lwetse Diphalane Ngwanatsele Sedimonthole",
        ),
        "mon_abbr": _names(_Tn, "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
        "wd_abbr": _names(_Tn, "Mosupologo Labobedi Laboraro Labone Labotlhano Matlhatso Tshipi"),
        "names": [
            "Kabo Boitumelo Kagiso Lorato Tumelo Onalenna Thato Mpho",
            "Mosweu Molefe Sebina Mokgosi Motsumi Pheko Modise Keitseng",
        ],
        "cities": ["Gaborone", "Francistown", "Maun", "Serowe", "Molepolole", "Kanye"],
        "quote": ["‘{}’"],
        "local_food": ["{wd}, {d} {month} {y} {hm}hrs", "{wd} {month} {d} {y}"],
        "local_travel": ["Kitsiso ya {d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_daily": ["{wd}, {d} {month} {y}", "{month} {d}, {y}"],
        "local_outage": [
            "{d} {month} {y}, {month:{h12}:{mi} <{h}>}",
            "{d} {month} {y}, {month:{h12}:{mi} <{h}>}",
            "{dd}/{mm}/{y} {hm}",
        ],
        "local_lang": ["{d} {month} {y}", "{mon} {d}, {y}"],
        "local_tv": ["{wd}, {d} {month} {y}, {month:{h12}:{mi} <{h}>}", "{d} {mon} {y} {hm}"],
        "local_hike": ["{d} {month} {y}", "ka {wd}, {d} {month} {y}"],
        "local_fund": ["E simolotswe ka {d} {month} {y}", "{dd}/{mm}/{y}"],
        "glue_outage": ["{C} ({d}) · ", "{C}: {d} – "],
        "by": ["E kwadilwe ke {a}", "Ka {a}", "{a} | {site} Botswana", "KA {A}"],
        "and": ["le"],
        "published": ["E gatisitswe {d}"],
        "social": ["Facebook", "X", "WhatsApp", "YouTube", "Email", "Signal"],
        "icons": ICONS15,
        "home": ["Gae"],
        "sections": ["Dijo", "Dijo le dino", "Botsogo", "Matlo a dijo", "Ditshekatsheko"],
        "print": ["Gatisa tsebe e"],
        "email": ["Romela ka imeile"],
        "caption_credit": ["{c}. Setshwantsho: {n}", "{c} (Setshwantsho ka {n})"],
        "cookie": ["This site uses cookies. By continuing to browse you agree to our use of cookies. OK"],
        "tags": ["Ditlhogo: {t}"],
        "follow": ["Re sale morago mo Facebook go bona dikitsiso tsa motlakase"],
        "comments": ["Dikakgelo ({n})", "{n} dikakgelo"],
        "app": ["Lebelela ka tlhamalalo mo app ya rona — e tsenye mahala"],
        "share": ["Abelana letsholo le le ditsala tsa gago"],
        "rights": ["© {y} {site}. Ditshwanelo tsotlhe di sireleditswe.", "Copyright © {y} {site} (Pty) Ltd"],
        "title_site": ["{t} | {site} Botswana", "{t} - {site} Botswana"],
        "critic_kicker": ["TSHEKATSHEKO YA DIJO"],
        "verdict_line": ["Maduo: 4/5 · Tlhwatlhwa: fa gare", "★★★★☆ · P150 motho mongwe le mongwe"],
        "menu_prices": ["Seswaa le phaletšhe go simolola ka P65; dijo tsa bana P40"],
        "venue_box": ["Lefelo\nMain Mall, Gaborone · Plot {n}\nLe bulwa malatsi otlhe 7am–10pm · Mogala: 390 0000"],
        "paid_note": ["Mokwadi wa rona o ituetse dijo tse."],
        "book_table": ["Beeletsa tafole ka WhatsApp →"],
        "gov_bar": ["Lephata la Botsogo · Puso ya Botswana"],
        "advice_crumb": ["Gae › Dikitsiso › Baeti"],
        "advice_status": ["TLHAGISO: Lo se ka lwa ya kwa mafelong a a amegileng"],
        "emergency_box": ["Mogala wa tshoganyetso (mahala, diura di le 24)\n0800 600 740"],
        "map_note": ["Mmapa: mafelo a a kotsi a bontshitswe ka mmala o mohibidu"],
        "no_guarantee": ["Tshedimosetso e e fano e ka fetolwa kwa ntle ga kitsiso."],
        "embassy_box": ["Kantoro ya botsogo kwa moleloaneng\nMosupologo–Labotlhano 7:30–16:30\nMogala: 363 0000"],
        "advice_alerts": ["Kwadisa nomoro ya gago go amogela melaetsa ya diphetogo"],
        "gov_footer": ["Terms of Use · Privacy Policy · Sitemap · Contact"],
        "bulletin_mast": ["LOKWALODIKGANG LA MOKETE · Kgatiso {n}"],
        "day_strip": [
            "Letsatsi 3 · Maemo a loapi: go mogote, 31°C",
            "Letsatsi 6 · Maemo a loapi: go a tsidifala, 17°C",
        ],
        "programme_box": ["Tse di diragalang gompieno\n2pm – Metshameko ya bana\n7pm – Mmino mo sethaleng se segolo"],
        "lost_found": ["Dilo tse di latlhegileng di ka bonwa kwa kantorong ya tshedimosetso."],
        "deadline_note": ["Dikgang tsa kgatiso ya kamoso di tshwanetse go goroga pele ga 5pm."],
        "editorial_office": ["Kantoro ya bakwaladikgang\nTente ya dikgang, nomoro {n}"],
        "sponsor_line": ["Baemedi: Matsieng Beverages · Radio Tsodilo"],
        "utility_menu": ["Gae · Duela bili · Go kgaolwa ga motlakase\nDi-token · Dipotso · Ikgolaganye le rona"],
        "outage_badge": ["KITSISO: Go kgaolwa ga motlakase go go rulaganyeditsweng"],
        "areas_box": ["Mafelo a a tla amegang\nBlock 6, Block 8 le Phase 4\nGo tloga ka 8am go fitlha ka 4pm"],
        "fault_line": ["Go bega bothata, leletsa 0800 600 {n}7"],
        "sorry_note": ["Re kopa maitshwarelo ka mathata a."],
        "token_line": ["Reka di-token ka mobile money: *{n}7#"],
        "sms_alerts": ["Amogela melaetsa fa motlakase o tla kgaolwa mo kgaolong ya gago"],
        "lang_kicker": ["PUO YA RONA · Lefoko la beke"],
        "search_line": ["Batla mo thanodi 🔍"],
        "usage_box": ["Kwala: Setswana\nSe kwale: SeTswana"],
        "dict_ref": ["Bona gape: thanodi ya Setswana, tsebe {n}8"],
        "cite_line": ["Motswedi: {site}, {y}."],
        "ask_service": ["A o na le potso ka puo? Re kwalele"],
        "licence_line": ["Dikwalo tse di fa tlase ga laesense ya CC BY 4.0"],
        "tv_menu": ["Jaanong · Bosigo jono · Kamoso · Tse di fetileng · Dikanale"],
        "slot_line": ["Bosigo jono ka 8pm mo kanaleng 1"],
        "episode_box": ["Karolo ya {n}\nMetsotso e le 48"],
        "stream_line": ["▶ Lebelela karolo e mo YouTube"],
        "schedule_note": ["Lenaneo le le ka fetoga."],
        "reminder_line": ["Ngakolola"],
        "club_menu": ["Gae · Maeto · Ditshwantsho · Nna leloko · Ikgolaganye le rona"],
        "report_kicker": ["MAETO A RONA · Go pagama dithaba"],
        "route_box": [
            "Tshedimosetso ya loeto\nBoleele: dikilometara di le {n} · Go pagama: dimetara di le 600\n"
            "Nako: diura di le 5 · Bokete: fa gare"
        ],
        "gpx_line": ["Tsenya mmapa wa loeto (GPX)"],
        "own_risk": ["Mongwe le mongwe yo o tsayang karolo o ikarabela ka boene."],
        "next_outing": ["Loeto lo lo latelang: ikwadise pele ga Labone"],
        "progress_line": ["P{n},480 e kokoantswe go P60,000"],
        "donate_button": ["Aba jaanong"],
        "update_head": ["Dikgang tse dintšhwa #{n}"],
        "donate_again": ["Thuso nngwe le nngwe e a thusa — aba gape →"],
        "fee_note": ["Ga re tseye sepe mo madi a o a abang; ditshenyegelo tsa mobile money di duelwa ke mokokoanyi."],
        "report_fund": ["Bega letsholo le"],
    },
    "pt": {
        "months": _names(
            Name, "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
        ),
        "mon_abbr": _names(Name, "jan fev mar abr mai jun jul ago set out nov dez"),
        "wd_abbr": _names(Name, "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
        "names": [
            "Rafael Camila Thiago Larissa Gustavo Juliana Felipe Aline",
            "Albuquerque Nascimento Carvalho Ribeiro Barbosa Cavalcanti Moura Teixeira",
        ],
        "cities": ["Recife", "Curitiba", "Salvador", "Manaus", "Belém", "Fortaleza"],
        "quote": ["“{}”"],
        "local_food": ["{dd}/{mm}/{y} {h}h{mi}", "{d}.{mon}.{y} às {h}h{mi}"],
        "local_travel": ["Última revisão: {dd}/{mm}/{y}", "Vigente desde {d} de {month} de {y}"],
        "local_daily": ["Recife, {wd}, {d} de {month} de {y}", "Edição de {dd}/{mm}/{y}"],
        "local_outage": ["{dd}/{mm}/{y} - {hm}", "{d} de {month} de {y}"],
        "local_lang": ["{d} de {month} de {y}", "{dd}/{mm}/{y} às {h}h{mi}"],
        "local_tv": ["{d} {mon} {y} - {h}h{mi}", "{wd}, {dd}/{mm}/{y}, às {hm}"],
        "local_hike": ["{d} de {month} de {y}", "{dd}/{mm}/{y} · {h}h{mi}"],
        "local_fund": ["Criada em {d} de {month} de {y}", "Vaquinha criada em {dd}/{mm}/{y}"],
        "glue_outage": ["{C} / {d} / ", "{C} – {d}: "],
        "by": ["Reportagem e texto: {a}", "{a}, colaboração para {site}", "{a}, do Recife", "{a}"],
        "and": ["e"],
        "published": ["Publicado originalmente em {d}", "Divulgado em {d}"],
        "social": ["WhatsApp", "Facebook", "X", "Telegram", "LinkedIn", "Copiar o link"],
        "icons": ICONS15,
        "home": ["Página principal"],
        "sections": ["Comida", "Críticas", "Restaurantes", "Bares", "Guia"],
        "print": ["Versão para imprimir"],
        "email": ["Compartilhar por e-mail"],
        "caption_credit": ["{c} - Foto: {n}/Divulgação", "{c} | {n}"],
        "cookie": [
            "Usamos cookies para personalizar conteúdo e analisar o tráfego. Ao continuar navegando, você concorda "
            "com a nossa Política de Privacidade. Entendi"
        ],
        "tags": ["Assuntos relacionados: {t}", "Marcadores: {t}"],
        "follow": ["Acompanhe a distribuidora no Instagram e no X"],
        "comments": ["{n} comentários · Participe da conversa", "{n} leitores comentaram"],
        "app": ["Assista à programação ao vivo no app — baixe grátis"],
        "share": ["Compartilhe esta vaquinha com seus amigos"],
        "rights": [
            "© {y} {site}. Todos os direitos reservados. É proibida a reprodução sem autorização.",
            "Copyright © {site} {y} · Termos de uso",
        ],
        "title_site": ["{site} - {t}", "{t} | {site} Brasil"],
        "critic_kicker": ["CRÍTICA GASTRONÔMICA"],
        "verdict_line": ["Avaliação: ★★★★☆ · Preço: $$$ · Cozinha nordestina", "Nota 4/5 · $$ · Frutos do mar"],
        "menu_prices": ["Entradas de R$ 32 a R$ 58; pratos principais de R$ 74 a R$ 139"],
        "venue_box": [
            "Serviço\nRua da Aurora, {n}5 – Boa Vista\nTer. a dom., das 12h às 23h · Aceita reservas\n"
            "Quanto: cerca de R$ 180 por pessoa, sem bebidas"
        ],
        "paid_note": ["O crítico visita os restaurantes anonimamente e a conta é paga pelo jornal."],
        "book_table": ["Reserve sua mesa pelo app parceiro →"],
        "gov_bar": ["GOV.BR · Ministério das Relações Exteriores · Acesso à informação"],
        "advice_crumb": ["Início > Assuntos consulares > Recomendações de viagem"],
        "advice_status": ["NÍVEL DE ALERTA 3 — EVITE VIAGENS NÃO ESSENCIAIS"],
        "emergency_box": ["Plantão consular (24 horas)\n+55 61 90000-2284 · somente emergências"],
        "map_note": ["Mapa: regiões com restrição de viagem (em vermelho)"],
        "no_guarantee": ["As recomendações têm caráter informativo e podem ser alteradas sem aviso prévio."],
        "embassy_box": [
            "Embaixada do Brasil\nSetor consular: seg. a sex., das 9h às 13h\nAtendimento somente com agendamento"
        ],
        "advice_alerts": ["Receba avisos sobre este país: cadastre-se no portal consular"],
        "gov_footer": ["Termos de uso · Política de privacidade · Ouvidoria · Acessibilidade"],
        "bulletin_mast": ["BOLETIM DIÁRIO DO FESTIVAL · Nº {n}"],
        "day_strip": ["3º dia · Previsão: sol entre nuvens, 29 °C", "5º dia · Previsão: pancadas de chuva, 24 °C"],
        "programme_box": [
            "Programação de hoje\n14h – Mostra competitiva (Cine São Luiz)\n20h – Sessão de gala e debate com a equipe"
        ],
        "lost_found": ["Achados e perdidos: procure a recepção do hotel oficial."],
        "deadline_note": ["Textos para a próxima edição devem ser entregues até as 18h na sala da redação."],
        "editorial_office": ["Redação do boletim\nSala 3 do Centro de Convenções · WhatsApp (81) 99{n:02d}1-4470"],
        "sponsor_line": ["Patrocínio master: Cervejaria Capibaribe · Apoio: Secretaria de Cultura"],
        "utility_menu": [
            "2ª via da conta · Falta de energia · Desligamentos programados\nTarifas · Agência virtual · Fale conosco"
        ],
        "outage_badge": ["DESLIGAMENTO PROGRAMADO"],
        "areas_box": ["Áreas afetadas\nBairros: Boa Viagem, Pina e Imbiribeira\nHorário previsto: das 8h às 12h"],
        "fault_line": ["Falta de energia? Ligue 0800 081 0{n}0 ou avise pelo WhatsApp."],
        "sorry_note": ["A distribuidora pede desculpas pelo transtorno e agradece a compreensão."],
        "token_line": ["Pague sua conta pelo Pix direto no app da distribuidora"],
        "sms_alerts": ["Cadastre seu celular e receba aviso de desligamentos por SMS"],
        "lang_kicker": ["NOSSA LÍNGUA · Palavra da semana"],
        "search_line": ["Pesquisar no vocabulário 🔍"],
        "usage_box": ["Prefira: em nível de\nEvite: a nível de"],
        "dict_ref": ["Veja também o verbete no Vocabulário Ortográfico da Língua Portuguesa"],
        "cite_line": ["Como citar: {site}. Nossa língua, {y}."],
        "ask_service": ["Tem uma dúvida de português? Envie sua pergunta"],
        "licence_line": ["Conteúdo licenciado sob Creative Commons BY-NC 4.0"],
        "tv_menu": ["Agora · Hoje à noite · Amanhã · Streaming · Canais"],
        "slot_line": ["Hoje, 21h30 · TV aberta e streaming"],
        "episode_box": ["Temporada 2, episódio {n}\nDuração: 52 min · Classificação: 14 anos"],
        "stream_line": ["▶ Veja o trailer"],
        "schedule_note": ["A programação está sujeita a alterações pela emissora."],
        "reminder_line": ["Criar lembrete para este programa"],
        "club_menu": ["Início · Trilhas · Agenda · Fotos · Associe-se · Contato"],
        "report_kicker": ["RELATO DE TRILHA"],
        "route_box": ["Dados da trilha\nDistância: {n} km · Desnível: 640 m\nDuração: 6 h · Dificuldade: moderada"],
        "gpx_line": ["Baixar o tracklog (GPX) da travessia"],
        "own_risk": ["A participação nas atividades do clube é por conta e risco de cada participante."],
        "next_outing": ["Próxima saída: inscrições abertas para sócios até quinta-feira"],
        "progress_line": ["R$ {n}.480 arrecadados de R$ 30.000"],
        "donate_button": ["Doe agora"],
        "update_head": ["Atualização nº {n}"],
        "donate_again": ["Quer ajudar mais? Faça uma nova doação →"],
        "fee_note": ["A plataforma não cobra taxa de quem doa; o organizador paga uma tarifa de processamento."],
        "report_fund": ["Denunciar esta vaquinha"],
    },
    "de": {
        "months": _names(Name, "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember"),
        "mon_abbr": _names(Name, "Jän. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
        "wd_abbr": _names(Name, "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
        "names": [
            "Lukas Magdalena Florian Theresa Maximilian Johanna Clemens Verena",
            "Gruber Huber Pichler Moser Steiner Hofer Leitner Brunner",
        ],
        "cities": ["Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Bregenz"],
        "quote": ["„{}“"],
        "local_food": ["{d}. {month} {y}, {hm}", "{dd}.{mm}.{y} um {hm}"],
        "local_travel": ["Unverändert gültig seit {d}. {month} {y}", "Letzte Änderung: {dd}.{mm}.{y}"],
        "local_daily": ["{wd}, {d}. {month} {y}", "Ausgabe vom {dd}.{mm}.{y}"],
        "local_outage": ["{dd}.{mm}.{y}", "{d}. {mon} {y} um {hm} Uhr"],
        "local_lang": ["{d}. {month} {y}", "{dd}.{mm}.{y} | {hm} Uhr"],
        "local_tv": ["{wd}, {d}. {month} {y}, {hm}", "{month:{dd}.{mm}.~{y}~}, {hm}"],
        "local_hike": ["{d}. {month} {y}", "{d}. {mon} {y}"],
        "local_fund": ["Spendenaktion seit {d}. {month} {y}", "Gestartet am {dd}.{mm}.{y}"],
        "glue_outage": ["{C} ({d}). ", "{C}, {d} · "],
        "by": ["Verfasst von {a}", "Text & Bild: {a}", "{a} • {site}", "{a} aus Graz"],
        "and": ["und"],
        "published": ["Publiziert am {d}", "Erschienen: {d}"],
        "social": ["WhatsApp", "Facebook", "X", "Threads", "Mail", "Link teilen"],
        "icons": ICONS15,
        "home": ["Steiermark"],
        "sections": ["Genuss", "Lokalkritik", "Wirtshaus", "Essen & Trinken", "Gastro-Guide"],
        "print": ["Druckansicht"],
        "email": ["Seite per E-Mail senden"],
        "caption_credit": ["{c} · Foto © {n}", "{c} · Bild: {n}"],
        "cookie": [
            "Wir und unsere Partner verwenden Cookies. Mit „Zustimmen“ akzeptieren Sie die Verarbeitung. "
            "Zustimmen · Einstellungen"
        ],
        "tags": ["Stichwörter zu diesem Bericht: {t}", "Mehr aus der Region: {t}"],
        "follow": ["Folgen Sie unserem Störungsdienst auf X"],
        "comments": ["Postings ({n})", "{n} Postings · Diskussion ansehen"],
        "app": ["Live fernsehen in der TV-App – jetzt gratis laden"],
        "share": ["Teile diese Spendenaktion mit deinen Freundinnen und Freunden"],
        "rights": ["© {y} {site} · Impressum · Datenschutz · Offenlegung", "Alle Rechte vorbehalten, {site} {y}"],
        "title_site": ["{t} » {site}", "{site} – {t}"],
        "critic_kicker": ["LOKALKRITIK"],
        "verdict_line": ["Bewertung: 15 von 20 Punkten · €€ · Wirtshausküche", "3 von 5 Hauben · €€€"],
        "menu_prices": ["Vorspeisen 9 bis 16 €, Hauptspeisen 19 bis 34 €, Mittagsmenü 14,90 €"],
        "venue_box": [
            "Info\nGasthaus zur Linde, Lindengasse {n}, 8010 Graz\n"
            "Mi–So 11.30–22 Uhr, Mo/Di Ruhetag\nTel. 0316 80 00 00"
        ],
        "paid_note": ["Unsere Testerinnen und Tester besuchen die Lokale unangemeldet und bezahlen selbst."],
        "book_table": ["Tisch reservieren über unseren Partner →"],
        "gov_bar": ["Bundesministerium · Europäische und internationale Angelegenheiten"],
        "advice_crumb": ["Startseite › Reise & Aufenthalt › Reiseinformation"],
        "advice_status": ["Sicherheitsstufe 4 – Reisewarnung"],
        "emergency_box": ["Notfall-Telefon des Außenministeriums (rund um die Uhr)\n+43 1 90000-4411"],
        "map_note": ["Karte: Regionen mit erhöhtem Sicherheitsrisiko"],
        "no_guarantee": ["Die Angaben erfolgen ohne Gewähr; eine Haftung für Schäden ist ausgeschlossen."],
        "embassy_box": ["Österreichische Botschaft\nKonsularabteilung: Mo–Fr 9–12 Uhr\nTermine nur nach Vereinbarung"],
        "advice_alerts": ["Reiseregistrierung: Lassen Sie sich vor Ihrer Reise registrieren"],
        "gov_footer": ["Barrierefreiheit · Impressum · Datenschutz · Kontakt"],
        "bulletin_mast": ["FESTIVALZEITUNG · Ausgabe {n}"],
        "day_strip": ["Festivaltag 3 · Wetter: heiter, 22 °C", "Festivaltag 6 · Wetter: Regenschauer, 16 °C"],
        "programme_box": [
            "Heute im Programm\n15.00 Wettbewerb, Kinosaal 2\n20.30 Gala mit anschließendem Publikumsgespräch"
        ],
        "lost_found": ["Fundsachen bitte beim Infopoint im Foyer abgeben."],
        "deadline_note": ["Redaktionsschluss für die morgige Ausgabe: 18 Uhr."],
        "editorial_office": ["Redaktion der Festivalzeitung\nPressebüro, 1. Stock, Zimmer 1{n}"],
        "sponsor_line": ["Mit freundlicher Unterstützung von Stadt und Land"],
        "utility_menu": ["Strom · Gas · Wärme · Störungen\nMein Konto · Zählerstand melden"],
        "outage_badge": ["GEPLANTE VERSORGUNGSUNTERBRECHUNG"],
        "areas_box": ["Betroffene Gebiete\nOrtsteile: Eggenberg, Wetzelsdorf\nDauer: voraussichtlich 8 bis 13 Uhr"],
        "fault_line": ["Störung melden: 0800 500 {n}00 (kostenlos, rund um die Uhr)"],
        "sorry_note": ["Wir bitten um Verständnis für die notwendigen Arbeiten."],
        "token_line": ["Jetzt Tarif vergleichen und online wechseln"],
        "sms_alerts": ["Störungsinfo per SMS: Postleitzahl eingeben und benachrichtigt werden"],
        "lang_kicker": ["SPRACHBERATUNG · Wort der Woche"],
        "search_line": ["Im Wörterbuch nachschlagen 🔍"],
        "usage_box": ["Empfohlen: Jänner, Paradeiser\nAuch richtig: Januar, Tomate"],
        "dict_ref": ["Siehe auch: Österreichisches Wörterbuch, S. {n}7"],
        "cite_line": ["Zitiervorschlag: {site} ({y}): Sprachberatung."],
        "ask_service": ["Fragen zur Sprache? Schreiben Sie an unsere Sprachberatung"],
        "licence_line": ["Text lizenziert unter CC BY-SA 4.0"],
        "tv_menu": ["Jetzt · Heute Abend · Morgen · Mediathek · Sender"],
        "slot_line": ["Heute, 20.15 Uhr · Hauptabend"],
        "episode_box": ["Staffel 3, Folge {n}\nLänge: 89 Min. · ab 12 Jahren"],
        "stream_line": ["▶ Nach der Ausstrahlung sieben Tage in der Mediathek"],
        "schedule_note": ["Programmänderungen vorbehalten."],
        "reminder_line": ["Erinnerung setzen ⏰"],
        "club_menu": ["Home · Touren · Termine · Hütten · Mitglied werden · Kontakt"],
        "report_kicker": ["TOURENBERICHT"],
        "route_box": ["Tourendaten\nStrecke: {n} km · Aufstieg: 980 hm\nGehzeit: 6 Std. · Schwierigkeit: rot"],
        "gpx_line": ["GPS-Track (GPX) herunterladen"],
        "own_risk": ["Die Teilnahme an allen Touren erfolgt auf eigene Gefahr."],
        "next_outing": ["Nächste Tour: Anmeldung bis Donnerstag bei der Tourenleitung"],
        "progress_line": ["{n}.480 € von 30.000 € gesammelt"],
        "donate_button": ["Jetzt spenden"],
        "update_head": ["Neuigkeit Nr. {n}"],
        "donate_again": ["Jeder Euro hilft – jetzt unterstützen →"],
        "fee_note": ["Spenden sind gebührenfrei; ein freiwilliges Trinkgeld für die Plattform ist möglich."],
        "report_fund": ["Spendenaktion melden"],
    },
    "pl": {
        "months": _names(
            Name, "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
        ),
        "mon_abbr": _names(Name, "sty lut mar kwi maj cze lip sie wrz paź lis gru"),
        "wd_abbr": _names(Name, "poniedziałek wtorek środa czwartek piątek sobota niedziela"),
        "names": [
            "Bartosz Magdalena Kamil Joanna Michał Natalia Grzegorz Aleksandra",
            "Nowak Wójcik Kaczmarek Zając Krawczyk Pawlak Michalak Sikora",
        ],
        "cities": ["Gdańsk", "Poznań", "Wrocław", "Lublin", "Rzeszów", "Olsztyn"],
        "quote": ["„{}”"],
        "local_food": ["{d} {month} {y} r.", "{dd}.{mm}.{y} • {hm}"],
        "local_travel": ["Informacja aktualna na dzień {dd}.{mm}.{y}", "Ostrzeżenie obowiązuje od {d} {month} {y} r."],
        "local_daily": ["{wd} {d} {mon} {y}", "Numer z dnia {dd}.{mm}.{y}"],
        "local_outage": ["{y}-{mm}-{dd} {hm}", "{d} {month} {y}"],
        "local_lang": ["{d} {month} {y} r.", "{dd}.{mm}.{y}"],
        "local_tv": ["{d} {mon} {y}, {hm}", "dodano {dd}.{mm}.{y} o godz. {hm}"],
        "local_hike": ["{d} {month} {y}", "{dd}-{mm}-{y}"],
        "local_fund": ["Zrzutka założona {d} {month} {y}", "Data utworzenia: {dd}.{mm}.{y}"],
        "glue_outage": ["{C} {d} — ", "{C} / {d} / "],
        "by": ["Redakcja: {a}", "Przygotowanie: {a}", "{a} (redakcja {site})", "{a}"],
        "and": ["i"],
        "published": ["Data wydania: {d}", "Opublikowany: {d}"],
        "social": ["Facebook", "X", "Messenger", "WhatsApp", "E-mail", "Kopiuj adres"],
        "icons": ICONS15,
        "home": ["Trójmiasto"],
        "sections": ["Kuchnia", "Recenzje", "Restauracje", "Jedzenie", "Przewodnik kulinarny"],
        "print": ["Drukuj stronę"],
        "email": ["Wyślij link e-mailem"],
        "caption_credit": ["{c}, fot. {n}", "{c} / fot. {n}"],
        "cookie": [
            "Ta strona korzysta z plików cookies zgodnie z Polityką prywatności. Możesz zmienić ustawienia "
            "w przeglądarce. Zamknij"
        ],
        "tags": ["Tagi relacji: {t}", "W tekście: {t}"],
        "follow": ["Obserwuj nas na Facebooku – o awariach informujemy na bieżąco"],
        "comments": ["Komentarze ({n}) · Dodaj opinię", "{n} opinii"],
        "app": ["Oglądaj na żywo w aplikacji – pobierz za darmo"],
        "share": ["Udostępnij zbiórkę znajomym"],
        "rights": ["Wszelkie prawa zastrzeżone © {y} {site}", "Copyright {site} © {y} · Regulamin · Prywatność"],
        "title_site": ["{t} :: {site}", "{site} – {t}"],
        "critic_kicker": ["RECENZJA RESTAURACJI"],
        "verdict_line": ["Ocena: 4/6 · Ceny: $$ · Kuchnia polska", "★★★½ · $$$ · Kuchnia sezonowa"],
        "menu_prices": ["Przystawki 28–45 zł, dania główne 52–89 zł, lunch dnia 39 zł"],
        "venue_box": ["Informacje praktyczne\nul. Długa {n}, Gdańsk\nczynne wt.–nd. 13–22\nrezerwacje: 58 300 00 00"],
        "paid_note": ["Recenzent odwiedza lokale incognito, a rachunek pokrywa redakcja."],
        "book_table": ["Zarezerwuj stolik online →"],
        "gov_bar": ["Serwis Rzeczypospolitej Polskiej · gov.pl"],
        "advice_crumb": ["Strona główna > Polak za granicą > Informacje dla podróżujących"],
        "advice_status": ["MSZ ODRADZA WSZELKIE PODRÓŻE"],
        "emergency_box": ["Konsul dyżurny (tylko w sytuacjach nagłych)\n+48 22 500 00 80"],
        "map_note": ["Mapa: regiony objęte ostrzeżeniem zaznaczono na czerwono"],
        "no_guarantee": ["Informacje mają charakter poglądowy i mogą ulec zmianie bez uprzedzenia."],
        "embassy_box": ["Ambasada RP\nWydział Konsularny: pn.–pt. 9:00–13:00\nWizyty po wcześniejszej rejestracji"],
        "advice_alerts": ["Zarejestruj swoją podróż, aby otrzymywać komunikaty"],
        "gov_footer": ["Deklaracja dostępności · Polityka cookies · Mapa serwisu · Kontakt"],
        "bulletin_mast": ["GAZETA FESTIWALOWA · nr {n}"],
        "day_strip": ["Dzień 2 festiwalu · Pogoda: pochmurno, 18°C", "Dzień 5 festiwalu · Pogoda: słonecznie, 24°C"],
        "programme_box": ["Dziś w programie\n16.00 – konkurs główny, sala A\n21.00 – koncert na rynku"],
        "lost_found": ["Rzeczy znalezione można odebrać w biurze festiwalu."],
        "deadline_note": ["Materiały do jutrzejszego numeru przyjmujemy do godz. 17."],
        "editorial_office": ["Redakcja gazety festiwalowej\nCentrum prasowe, pokój {n}"],
        "sponsor_line": ["Partner festiwalu: Browar Miejski · Patronat medialny: Radio Kampus"],
        "utility_menu": ["Dla domu · Dla firm · Wyłączenia prądu\nPłatności · eBOK · Kontakt"],
        "outage_badge": ["PLANOWANE WYŁĄCZENIE"],
        "areas_box": ["Obszar wyłączenia\nulice: Lipowa, Klonowa, Polna\nw godz. 8:00–14:00"],
        "fault_line": ["Awarie zgłaszaj pod numerem 991 (całodobowo)"],
        "sorry_note": ["Przepraszamy za utrudnienia i dziękujemy za wyrozumiałość."],
        "token_line": ["Opłać fakturę szybko przez BLIK w eBOK"],
        "sms_alerts": ["Zapisz się na bezpłatne powiadomienia SMS o wyłączeniach"],
        "lang_kicker": ["PORADNIA JĘZYKOWA · Słowo tygodnia"],
        "search_line": ["Szukaj w słowniku 🔍"],
        "usage_box": ["Poprawnie: w każdym razie\nNiepoprawnie: w każdym bądź razie"],
        "dict_ref": ["Zob. Wielki słownik ortograficzny, s. {n}3"],
        "cite_line": ["Jak cytować: {site}, Poradnia językowa, {y}."],
        "ask_service": ["Masz pytanie językowe? Napisz do poradni"],
        "licence_line": ["Tekst dostępny na licencji CC BY-SA 4.0"],
        "tv_menu": ["Teraz · Dziś wieczorem · Jutro · VOD · Kanały"],
        "slot_line": ["Dziś o 21:30 w telewizji"],
        "episode_box": ["Sezon 1, odcinek {n}\nCzas trwania: 45 min · od 16 lat"],
        "stream_line": ["▶ Zwiastun · Obejrzyj w serwisie VOD"],
        "schedule_note": ["Nadawca zastrzega sobie prawo do zmian w ramówce."],
        "reminder_line": ["Przypomnij mi o emisji"],
        "club_menu": ["Start · Wycieczki · Kalendarz · Galeria · Dołącz · Kontakt"],
        "report_kicker": ["Z NASZYCH WYJŚĆ"],
        "route_box": ["Dane trasy\nDługość: {n} km · Suma podejść: 870 m\nCzas przejścia: 5,5 h · Trudność: średnia"],
        "gpx_line": ["Ślad GPX do pobrania"],
        "own_risk": ["Uczestnicy biorą udział w wycieczkach na własną odpowiedzialność."],
        "next_outing": ["Najbliższe wyjście: zapisy u przewodnika do czwartku"],
        "progress_line": ["Zebrano {n} 480 zł z 40 000 zł"],
        "donate_button": ["Wpłać teraz"],
        "update_head": ["Aktualizacja nr {n}"],
        "donate_again": ["Liczy się każda złotówka – wesprzyj zbiórkę →"],
        "fee_note": ["Serwis nie pobiera prowizji od wpłat; możesz dobrowolnie wesprzeć jego działanie."],
        "report_fund": ["Zgłoś naruszenie"],
    },
    "tr": {
        "months": _names(Name, "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
        "mon_abbr": _names(Name, "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara"),
        "wd_abbr": _names(Name, "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar"),
        "names": [
            "Burak Merve Onur Derya Serkan Gizem Tolga Ebru",
            "Aydın Arslan Doğan Kılıç Koç Kurt Özdemir Yıldız",
        ],
        "cities": ["Bursa", "Antalya", "Trabzon", "Konya", "Samsun", "Adana"],
        "quote": ["“{}”"],
        "local_food": ["{d} {month} {y} | {hm}", "{dd}.{mm}.{y} {wd}"],
        "local_travel": ["Bu bilgiler {dd}.{mm}.{y} itibarıyla günceldir", "Yürürlük tarihi: {d} {month} {y}"],
        "local_daily": ["{d} {month} {y} / {wd}", "Sayı tarihi: {dd}.{mm}.{y}"],
        "local_outage": ["{dd}.{mm}.{y} {hm}", "{d} {month} {y}"],
        "local_lang": ["{d} {month} {y}", "{dd}.{mm}.{y} - {hm}"],
        "local_tv": ["{d} {mon} {y} {hm}", "{d} {month} {y}, Saat: {hm}"],
        "local_hike": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
        "local_fund": ["Kampanya başlangıcı: {d} {month} {y}", "Oluşturulma tarihi: {dd}.{mm}.{y}"],
        "glue_outage": ["{C} ({d}) · ", "{C} – {d} — "],
        "by": ["Derleyen: {a}", "Fotoğraf ve metin: {a}", "{a} ({site} Haber)", "{a}"],
        "and": ["ve"],
        "published": ["Eklenme tarihi: {d}", "Erişime açıldı: {d}"],
        "social": ["WhatsApp", "Facebook", "X", "Telegram", "E-posta", "Bağlantıyı paylaş"],
        "icons": ICONS15,
        "home": ["İzmir"],
        "sections": ["Yeme-İçme", "Mekan", "Eleştiri", "Gastronomi", "Lezzet Rehberi"],
        "print": ["Yazdırılabilir sürüm"],
        "email": ["Sayfayı e-posta ile paylaş"],
        "caption_credit": ["{c} (Fotoğraf: {n}/AA)", "{c} / {n}"],
        "cookie": [
            "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası'nı inceleyebilirsiniz. Kabul Et"
        ],
        "tags": ["Yürüyüş etiketleri: {t}", "Konu başlıkları: {t}"],
        "follow": ["Kesinti duyuruları için bizi X'te takip edin"],
        "comments": ["Okuyucu yorumları ({n})", "{n} yorum · Yorum yaz"],
        "app": ["Canlı yayını mobil uygulamadan izleyin – ücretsiz indirin"],
        "share": ["Bu kampanyayı arkadaşlarınla paylaş"],
        "rights": [
            "© {y} {site} – Tüm hakları saklıdır. İzinsiz kullanılamaz.",
            "Copyright © {y} {site} · KVKK Aydınlatma Metni",
        ],
        "title_site": ["{site} | {t}", "{t} - {site} Haber"],
        "critic_kicker": ["MEKAN ELEŞTİRİSİ"],
        "verdict_line": ["Puan: 8/10 · Fiyat: ₺₺₺ · Ege mutfağı", "★★★★ · ₺₺ · Ocakbaşı"],
        "menu_prices": ["Mezeler 180–320 TL, ana yemekler 450–900 TL arası"],
        "venue_box": [
            "Künye\nKordonboyu Cad. No: {n}, Alsancak / İzmir\nHer gün 12.00–24.00 · Rezervasyon: 0232 400 00 00"
        ],
        "paid_note": ["Eleştirmenimiz mekânları habersiz ziyaret eder, hesabı gazete öder."],
        "book_table": ["Masanızı çevrimiçi ayırtın →"],
        "gov_bar": ["T.C. Dışişleri Bakanlığı · Konsolosluk Hizmetleri"],
        "advice_crumb": ["Anasayfa » Yurt Dışına Seyahat » Seyahat Uyarıları"],
        "advice_status": ["SEYAHAT UYARISI: Zorunlu olmadıkça seyahat edilmemesi tavsiye edilir"],
        "emergency_box": ["Konsolosluk Çağrı Merkezi (7/24)\n+90 312 200 00 00"],
        "map_note": ["Harita: uyarı kapsamındaki bölgeler kırmızıyla gösterilmiştir"],
        "no_guarantee": ["Bu sayfadaki bilgiler genel nitelikte olup önceden haber verilmeksizin değiştirilebilir."],
        "embassy_box": [
            "Büyükelçilik Konsolosluk Şubesi\nÇalışma saatleri: Pazartesi–Cuma 09.00–12.30\nRandevu ile hizmet verilir"
        ],
        "advice_alerts": ["Seyahatinizi kaydettirin, güncel uyarılardan haberdar olun"],
        "gov_footer": ["Erişilebilirlik · Gizlilik · Site Haritası · İletişim"],
        "bulletin_mast": ["FESTİVAL BÜLTENİ · Sayı {n}"],
        "day_strip": ["Festivalin 4. günü · Hava: parçalı bulutlu, 21°C", "Festivalin 7. günü · Hava: güneşli, 28°C"],
        "programme_box": ["Bugünün programı\n15.00 Ulusal Yarışma – Salon 1\n20.30 Gala gösterimi ve söyleşi"],
        "lost_found": ["Kayıp eşyalar için danışma masasına başvurunuz."],
        "deadline_note": ["Yarınki sayı için yazılar saat 18.00'e kadar basın odasına teslim edilmelidir."],
        "editorial_office": ["Bülten Yayın Kurulu\nBasın Odası, Kültür Merkezi, oda {n}"],
        "sponsor_line": ["Ana sponsor: Ege Bankası · Medya sponsoru: Radyo Liman"],
        "utility_menu": ["Online İşlemler · Fatura Öde · Planlı Kesintiler\nArıza Bildir · Tarifeler · İletişim"],
        "outage_badge": ["PLANLI ELEKTRİK KESİNTİSİ"],
        "areas_box": ["Etkilenecek bölgeler\nMahalleler: Bostanlı, Mavişehir, Atakent\nSaat: 09.00–15.00 arası"],
        "fault_line": ["Arıza ve kesinti bildirimi için 186'yı arayın"],
        "sorry_note": ["Yaşanacak aksaklıktan dolayı abonelerimizden özür dileriz."],
        "token_line": ["Faturanızı mobil uygulamadan hemen ödeyin"],
        "sms_alerts": ["Kesinti bildirimlerini SMS ile almak için abone numaranızla kaydolun"],
        "lang_kicker": ["DİL KÖŞESİ · Haftanın Sözcüğü"],
        "search_line": ["Sözlükte ara 🔍"],
        "usage_box": ["Doğrusu: herkes, yanlış\nYanlışı: herkez, yalnış"],
        "dict_ref": ["Bkz. Güncel Türkçe Sözlük ve Yazım Kılavuzu"],
        "cite_line": ["Kaynak gösterimi: {site}, Dil Köşesi, {y}."],
        "ask_service": ["Dil ile ilgili sorunuzu bize iletin"],
        "licence_line": ["İçerik CC BY-NC 4.0 lisansı ile paylaşılmaktadır"],
        "tv_menu": ["Şimdi · Bu Akşam · Yarın · Dijital · Kanallar"],
        "slot_line": ["Bu akşam 20.00'de ekranlarda"],
        "episode_box": ["{n}. bölüm · 1. sezon\nSüre: 120 dk · 13 yaş ve üzeri"],
        "stream_line": ["▶ Fragmanı izle"],
        "schedule_note": ["Kanal, yayın akışında değişiklik yapma hakkını saklı tutar."],
        "reminder_line": ["Hatırlatıcı kur"],
        "club_menu": ["Anasayfa · Etkinlikler · Rotalar · Fotoğraflar · Üyelik · İletişim"],
        "report_kicker": ["YÜRÜYÜŞ GÜNLÜĞÜ"],
        "route_box": ["Rota bilgileri\nMesafe: {n} km · Toplam tırmanış: 720 m\nSüre: 6 saat · Zorluk: orta"],
        "gpx_line": ["GPX dosyasını indir"],
        "own_risk": ["Etkinliklere katılım tamamen katılımcının kendi sorumluluğundadır."],
        "next_outing": ["Sonraki yürüyüş: kayıtlar perşembe akşamına kadar açık"],
        "progress_line": ["Hedef 250.000 TL · Toplanan {n}.500 TL"],
        "donate_button": ["Hemen bağış yap"],
        "update_head": ["Güncelleme #{n}"],
        "donate_again": ["Her katkı önemli, destek ol →"],
        "fee_note": ["Platform bağışlardan komisyon almaz; ödeme altyapı ücreti kampanya sahibine aittir."],
        "report_fund": ["Kampanyayı bildir"],
    },
}

STYLES: list[dict[str, object]] = [
    {
        "name": "restaurant_review",  # critic's review: kicker, rating line, byline and date on one line, venue box
        "header": ["breadcrumb", "critic_kicker", "title", "verdict_line", "byline_date"],
        "body_inserts": ["caption_credit", "subheading", "quote", "menu_prices"],
        "footer": ["venue_box", "paid_note", "book_table", "share_icons", "rights"],
        "date_formats": ["local_food"],
        "blank": True,
        "crumb_sep": " » ",
        "bd_sep": [" — ", " • "],
        "share_sep": " · ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "travel_advisory",  # ministry's travel advice, no blank lines, no byline: alert badge, embassy box
        "header": ["gov_bar", "advice_crumb", "title", "advice_status", "date"],
        "body_inserts": ["subheading", "list", "emergency_box", "map_note"],
        "footer": ["no_guarantee", "embassy_box", "advice_alerts", "print_email", "gov_footer"],
        "date_formats": ["local_travel"],
        "blank": False,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "festival_daily",  # festival or congress daily bulletin, no blank lines: issue masthead, programme box
        "header": ["bulletin_mast", "date", "day_strip", "title", "byline"],
        "body_inserts": ["programme_box", "caption_credit", "subheading", "lost_found"],
        "footer": ["deadline_note", "editorial_office", "sponsor_line", "rights"],
        "date_formats": ["local_daily"],
        "blank": False,
        "crumb_sep": " › ",
        "by_join": "comma",
        "say": SAY,
    },
    {
        "name": "outage_notice",  # power distributor's outage notice: no byline, city and date glued to the lead
        "header": ["utility_menu", "outage_badge", "title", "date_glued"],
        "body_inserts": ["areas_box", "subheading", "list", "fault_line"],
        "footer": ["sorry_note", "token_line", "sms_alerts", "follow", "rights"],
        "date_formats": ["local_outage"],
        "glue": "glue_outage",
        "blank": True,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "language_desk",  # language institution's usage page: byline over "published", usage box, citation
        "header": ["cookie", "lang_kicker", "title", "byline", "published", "search_line"],
        "body_inserts": ["usage_box", "dict_ref", "subheading", "list"],
        "footer": ["cite_line", "ask_service", "licence_line", "rights"],
        "date_formats": ["local_lang"],
        "blank": True,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "tv_tonight",  # "tonight on TV": page title, menu, headline again, slot, date over byline, episode box
        "header": ["title_site", "tv_menu", "title_dup", "slot_line", "date", "byline"],
        "body_inserts": ["episode_box", "caption_echo", "subheading", "stream_line"],
        "footer": ["schedule_note", "reminder_line", "app", "comments", "rights"],
        "date_formats": ["local_tv"],
        "blank": True,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "hiking_report",  # hiking club's trip report: byline over the headline, date under it, route box
        "header": ["club_menu", "report_kicker", "byline", "title", "date"],
        "body_inserts": ["route_box", "caption_credit", "subheading", "gpx_line", "list"],
        "footer": ["own_risk", "next_outing", "tags", "share_row", "rights"],
        "date_formats": ["local_hike"],
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": " | ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "fundraiser",  # fundraiser: page title, raised-of-goal line, donate button, organisers, "created on"
        "header": ["title_site", "progress_line", "donate_button", "byline", "date"],
        "body_inserts": ["update_head", "caption_credit", "subheading", "donate_again"],
        "footer": ["fee_note", "report_fund", "share_prompt", "rights"],
        "date_formats": ["local_fund"],
        "blank": True,
        "crumb_sep": " › ",
        "by_join": "comma",
        "say": SAY,
    },
]
