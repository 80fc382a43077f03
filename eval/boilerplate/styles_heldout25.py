"""TWENTY-FIFTH HELD-OUT templates, written BLIND: their author read only build.py, score.py (for the format it
expects), the earlier styles files (for their format and to avoid their site kinds, countries, phrases, widget texts
and layouts), the lines of README.md and docs/boilerplate.md that list the splits, the files of the commit that added
heldout24 (for the files a split is registered in) and the shared sentence files build.py draws from (searched for
their question marks: questions usable as headlines in the English, German, Portuguese, Russian and Catalan files;
four odd ones in the French file, none with their "¿" and accents in the Spanish file and none in the Albanian file,
so no question headlines in fr, es and sq); never the cleaner's rules, lexicon or content model, nor its tests or
docs beyond those lines (a search of docs/boilerplate.md for "heldout24" also printed a few lines of its notes on
stop 66, heldout24's figures and a sentence on its remaining bylines; the layouts below had been drawn up before and
were not changed for it); the cleaner was run on them once, through score.py, for a first-contact figure (its summary
lines only), and they were never changed after it. Their string literals were compared mechanically with the earlier
styles' (whole literals, and runs of sixteen characters or more that hold a word): shared are only month and weekday
names, date patterns made of fields alone ("{d} {month} {y}", "{dd}.{mm}.{y}", "{d} de {month} de {y}"), the names of
build.py's own blocks (caption_credit, caption_title, caption_gallery) and the reason reader_prompt; their header and
footer lists were compared with every earlier style's, by name and by reason: none is the same.

Eight languages the data has, two of them (Catalan and Albanian) not in heldout24, on sites from countries no earlier
split modelled: Maltese English (Valletta, Sliema, Birkirkara, Mosta, Victoria on Gozo; "Tue 14 May 2019 at 8.31am"
with a point in the time, "Wednesday 25 November 2026 – 2:32pm", "25 Nov 2026 | Last updated 16:05", "Wednesday 25th
November 2026", "4,558 views · 14 February 2018"; DOI datelines "VALLETTA, 25 November 2026 (DOI) – "; British ‘ ’
quotes; the pharaoh hound (Kelb tal-Fenek) and the 1777 animal-welfare line, adopt-a-bench schemes, Identità and
Community Malta, Triq and Sqaq in street names, MCAST, għana singers, letters signed from Birkirkara or Għajnsielem,
Gozo, with the ID card number the letters page asks for; Borg, Camilleri, Farrugia, Azzopardi, Spiteri), South
Tyrolean German (Bozen, Meran, Brixen, Bruneck, Schlanders; "Jänner", "20.01.2022 – 19.14", "4.903-mal gelesen ·
Samstag, 15. August 2015", "(zuletzt geändert 13:36 Uhr)", "So., 21.10.2018"; LPA datelines "Bozen, 22.08.2018 (LPA) –
"; „ “ quotes; the Regierungskommissariat, the oath before the mayor in German and Italian, bilingual street signs, the
Waalweg, the Matura, a yodeller from the Sarntal; Pichler, Mair, Kofler, Unterholzner, Innerhofer, Oberrauch),
Senegalese French (Dakar, Thiès, Saint-Louis, Ziguinchor, Kaolack; "Annonce du 21/01/2019, 16h43", "6 172 lectures"
with a no-break space, "22/12/2018 – 14h04 GMT", "Mercredi, 22 février 2023, 20 h 40"; APS datelines "Dakar, 24 avril
2019 (APS) – "; the Lat Dior courthouse and decrees of naturalisation, Sandaga market, streets renamed after Aline
Sitoé Diatta with plates in French and Wolof, the BFEM, a dictation contest in the Francophonie week, mbalax and kora;
Diop, Ndiaye, Fall, Sow, Sarr, Gueye), Uruguayan Spanish (Montevideo, Salto, Paysandú, Rivera, Tacuarembó;
"setiembre", "7.675 vistas | martes 24 de setiembre de 2024", "24/11/2025 · 22:56", "hs"; the voseo of the chrome,
"Comentá", "Escuchá", "Seguí leyendo"; "RIVERA (14 de marzo de 2018).- " datelines; the Corte Electoral's ciudadanía
legal, the INBA, the cédula, the Junta Departamental, the ANEP and UTU, murga, candombe drums, malambo; Techera,
Olivera, Núñez, Rodríguez), Santomean Portuguese (São Tomé, Trindade, Neves, Guadalupe, Santo António on Príncipe;
"21 de outubro de 2023 às 13h17", "7.912 visualizações", "revisto às 22:35", the pre-reform "redacção" and
"Projectos"; STP-Press datelines "São Tomé, 25 de novembro de 2017 (STP-Press) – "; the Câmara Distrital, the
Palácio dos Congressos, roças, the grey parrot of Príncipe, tchiloli, ússua and batuque, Alda Espírito Santo;
Trindade, Bragança, Quaresma, Sacramento, Tiny), Tajikistani Russian (Душанбе, Худжанд, Куляб, Хорог, Истаравшан;
"23 марта 2024, 14:48", "25 ноября 2026 г., 14:32 (обновлено в 16:05)", "Просмотров: 7 354" with the label, so no
plural; Khovar and Asia-Plus datelines "ДУШАНБЕ, 25 ноября 2026 — НИАТ «Ховар». ", "ИСТАРАВШАН, 27 февраля 2022
/Азия-Плюс/. "; the хукумат and the махалля, the ГБАО, an alabai by Rudaki park, falak singers from Khorog, Imo and
Viber in the share rows; the invariable -зода surnames, so given names of both sexes), Andorran Catalan (Andorra la
Vella, Escaldes-Engordany, Encamp, Sant Julià de Lòria, Ordino; "22 de novembre del 2019" and "d'octubre" before a
vowel, "21/03/2020 a les 07:39 (actualitzat: 08:43)", "14.32 h", "4.267 lectures"; ANA datelines "Andorra la Vella,
24 de març del 2015 (ANA). – "; « » quotes; the comú and its parròquies, edictes, nationality after long residence,
letters signed with a passport number, the camí ral by the Margineda bridge, the Catalan sheepdog, Sant Jordi;
Cerqueda, Rossell, Pintat, Marsal, Naudi) and Kosovar Albanian (Prishtinë, Prizren, Pejë, Gjakovë, Ferizaj; "E enjte,
18 Janar 2024 · 5746 lexime" with a capitalised month and no thousands separator, "22/11/2022 ora 08:49 (përditësuar
në 10:39)", "Lexim 9 minuta · 23 Qer 2020"; KosovaPress datelines "Prishtinë, 15 nëntor 2020 (KosovaPress) – "; the
Kuvendi Komunal, the letërnjoftim, e-Kosova, the Sharr dog, Rugova dancers; Krasniqi, Berisha, Gashi, Hoxha, Bytyqi).

Kinds of sites (none in an earlier split): a lost-and-found pet notice (a community bar, a breadcrumb, a missing-pet
badge, plain, question and "Missing: ..." headlines, the date line with a view count on some pages, a byline on half
the pages, the pet's description box over three lines, captions with credits, a reward note, a sighting prompt, a
microchip or rabies note, a named share row, comments, the cookie line at the FOOT and no copyright line), a memorial
bench or plaque dedication with no blank lines (the page title with the site's name, a parks menu, the headline again,
a standfirst on three pages in five, the date and then one or two authors on one line, the inscription box over two
lines, the headline as a picture caption, quotes, an adopt-a-bench note, a dedicate-a-bench prompt, related stories,
print and e-mail links), a citizenship ceremony (a cookie line first, a government bar, a kicker, plain, quoted and
"New citizens: ..." headlines, a standfirst seven times in ten, one or two authors OVER the date line with an update
time, an audio player on seven pages in ten, a ceremony box over three lines, gallery captions repeating the headline,
an how-to-apply note, lists, an eligibility note, tags, a newsletter prompt, an icon share row), a street-renaming
notice (a council strip, a breadcrumb, a notice badge, "Street names: ..." headlines, a "published" line, the renamed
streets box over three lines, an addresses note, photo credits, the byline UNDER the text on three pages in five with
the authors joined by commas, an objections prompt, related stories, a share row), a school spelling or dictation
contest (an education menu, a kicker, one or two authors ABOVE the headline, question and "Spelling bee: ..."
headlines, a standfirst on half the pages, the date line with a reading time on some pages, a placings box over three
lines, a winning-word box over two lines, captions, quotes, a next-round note, a register-your-school prompt, related
stories, comments, "follow us"), a talent-show final (an events menu, a kicker, quoted and "Talent show: ..."
headlines, the single author with a desk or role and the date on one line, a named share row, the standfirst UNDER the
share row seven times in ten, a finalists box over four lines, numbered captions repeating the headline, ads, a voting
note, tags, an auditions prompt, comments, "follow us"), a letter to the editor (an opinion menu, a letters kicker,
plain, question and "Letter: ..." headlines, the date line, no byline in the header but the writer, with a place on
two pages in three, UNDER the text, lists, quotes, an editor's note, the letters policy, a write-to-us prompt, related
stories, an icon share row) and a town-twinning visit with no blank lines (a city bar, a breadcrumb, the byline of one
or two authors under the headline, a standfirst on three pages in five, the article's only date in a city or agency
dateline glued to the first sentence, a twinning box over three lines, captions with credits, "read also" links, a
host-a-visitor prompt, related stories, a newsletter prompt, "follow us").

build.py needed no new feature for this split, only its registration; the twenty-five earlier splits were built
before and after it was added and their documents (text, labels and metadata) hash to the same sha256 digests.

Date lines: each local pattern is filled by build.py with str.format, the month and weekday names coming from this
module's lists as `Word` strings: plain ("{month}") they are the name; with a spec "piece(argument)" they print
something else: "{wd:short()}" the short weekday ("Tue", "So"), "{wd:cap()}" and "{month:cap()}" the capitalised
name, "{month:de()}" the Catalan "de novembre" or "d'octubre", "{month:th({d})}" the English ordinal day ("25th"),
"{month:ampm({h})}" "am" or "pm", "{month:read({mi})}" a reading time of 2 to 9 minutes, "{month:later({h}{mi})}" an
update time one to three hours on, the same day, and "{month:seen({dd}{mi})}" a view count with a comma between the
thousands ("seendot" a dot, "seensp" a no-break space, "seenbare" nothing). The numbers come from the date's own
digits. The gold date is always the Gregorian ISO date, and every glued dateline carries the year.

Limits of build.py this split cannot cross: a widget cannot see the byline, the headline or the date, so a pet's
description, an inscription, a ceremony, a list of renamed streets, a contest's placings, a talent show's finalists
or a twinning's facts are generic for their language and their names and figures are invented; widgets' lines all
carry one label, so a box's heading and its lines are all "footer" lines; body inserts are drawn with replacement, so
a box may be printed twice; one date per document, so an objection period's or a contest's own dates are not given;
a byline with a role or a place after the names is used only where a style has a single author (the pet notice, the
talent show, the letter); Russian byline labels are nouns ("Текст:", "Заметка:", "Снимки и текст:") and Catalan and
Albanian roles are desks ("secció de Cultura", "redaksia e kulturës"), so that no word must agree with the authors'
number or sex; tags are joined with ", " in every language; site names in page titles, bylines and copyright lines
come from build.py's shared list of English brand names; the only phone number is Malta's short animal-welfare line.
The sentence files are not Maltese, South Tyrolean, Senegalese, Uruguayan, Santomean, Tajikistani, Andorran or
Kosovar prose (the Spanish file has lost most of its accents, the Catalan one is mostly from Catalonia), so only the
chrome of those pages is local.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "pt", "ru", "ca", "sq")


class Word(str):
    """A calendar word (month or weekday); a spec like "read(32)" makes it render something else for the dateline."""

    other = ""  # the name's other form: a short weekday, an abbreviation

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        kind, _, rest = spec.partition("(")
        arg = rest.removesuffix(")")
        if kind == "cap":
            return self[:1].upper() + self[1:]
        if kind == "short":
            return self.other or str(self)
        if kind == "de":  # Catalan: "de novembre", "d'octubre"
            return ("d'" if self[:1] in "aeiouàèéíòóú" else "de ") + self
        if kind == "th":
            return _ordinal(int(arg))
        if kind == "ampm":
            return "am" if int(arg) < 12 else "pm"
        if kind == "read":
            return str(2 + int(arg) % 8)
        if kind == "later":  # an update one to three hours on, the same day
            minute = int(arg[2:])
            stamp = min(int(arg[:2]) * 60 + minute + 60 + minute % 3 * 50 + minute % 7, 23 * 60 + 59)
            return f"{stamp // 60:02d}:{stamp % 60:02d}"
        if kind in SEEN:
            return f"{310 + int(arg) * 3:,}".replace(",", SEEN[kind])
        raise ValueError(spec)


SEEN = {"seen": ",", "seendot": ".", "seensp": "\u00a0", "seenbare": ""}  # a view count and its thousands separator


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _words(names: str, others: str = "", sep: str = " ") -> list[Word]:
    words = [Word(name.replace("_", " ")) for name in names.split(sep)]
    for word, other in zip(words, others.split(sep) if others else [], strict=False):
        word.other = other.replace("_", " ")
    return words


SAY = {  # widget -> gold reason (build.py: style["say"])
    "community_bar": "navigation",
    "pet_badge": "live_badge",
    "pet_box": "footer",
    "reward_note": "footer",
    "seen_it_prompt": "reader_prompt",
    "chip_note": "footer",
    "parks_menu": "navigation",
    "plaque_box": "footer",
    "bench_scheme": "footer",
    "bench_prompt": "reader_prompt",
    "gov_bar": "navigation",
    "oath_kicker": "navigation",
    "oath_box": "footer",
    "apply_note": "footer",
    "who_may_note": "footer",
    "townhall_strip": "navigation",
    "notice_badge": "live_badge",
    "rename_box": "footer",
    "address_note": "footer",
    "objection_prompt": "reader_prompt",
    "edu_menu": "navigation",
    "contest_kicker": "navigation",
    "winners_box": "footer",
    "words_box": "footer",
    "next_round_note": "footer",
    "enter_prompt": "reader_prompt",
    "events_menu": "navigation",
    "show_kicker": "navigation",
    "finalists_box": "footer",
    "vote_note": "footer",
    "audition_prompt": "reader_prompt",
    "opinion_menu": "navigation",
    "letters_kicker": "navigation",
    "editor_note": "footer",
    "letters_policy": "footer",
    "write_prompt": "reader_prompt",
    "city_bar": "navigation",
    "twin_box": "footer",
    "exchange_prompt": "reader_prompt",
}

ICONS25 = ["i-fb-sq", "i-wa-sq", "i-x-sq", "i-tg-sq", "i-viber-sq", "i-envelope-sq"]

PHRASES: dict[str, dict[str, list]] = {}

PHRASES["en"] = {  # Malta
    "months": _words("January February March April May June July August September October November December"),
    "mon_abbr": _words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "wd_abbr": _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", "Mon Tue Wed Thu Fri Sat Sun"),
    "names": [
        "Joseph Maria Kurt Denise Clayton Ramona Etienne Josianne Matthew Kimberly",
        "Borg Camilleri Vella Farrugia Zammit Galea Grech Micallef Azzopardi Spiteri",
    ],
    "cities": ["Valletta", "Sliema", "Birkirkara", "Mosta", "Qormi", "Żabbar", "Victoria", "Marsaskala", "Naxxar"],
    "quote": ["‘{}’"],
    "and": ["and"],
    "local_pet": [
        "{month:seen({dd}{mi})} views · {d} {month} {y}",
        "{wd:short()} {d} {mon} {y} at {h12}.{mi}{month:ampm({h})}",
    ],
    "local_bench": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
    "local_oath": [
        "{wd} {d} {month} {y} – {h12}:{mi}{month:ampm({h})}",
        "{d} {mon} {y} | Last updated {month:later({h}{mi})}",
    ],
    "local_street": ["{d} {month} {y}", "{wd}, {d} {month} {y}"],
    "local_bee": ["{d} {month} {y} · a {month:read({mi})}-minute read", "{d} {mon} {y}"],
    "local_stage": ["{d} {mon} {y}, {hm}", "{wd} {month:th({d})} {month} {y}"],
    "local_letter": ["{wd}, {d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_twin": ["{d} {month} {y}", "{d} {mon} {y}"],
    "glue_twin": ["VALLETTA, {d} (DOI) – ", "{C}, Malta, {d} – ", "{C} ({d}) — "],
    "published": ["Notice issued on {d}", "Date of notice: {d}"],
    "hd_pet": ["{t}", "Missing: {t}", "{q}"],
    "hd_bench": ["{t}", "In memory: {t}"],
    "hd_oath": ["{t}", "‘{t}’", "New citizens: {t}"],
    "hd_street": ["{t}", "Street names: {t}"],
    "hd_bee": ["{t}", "Spelling bee: {t}", "{q}"],
    "hd_stage": ["{t}", "‘{t}’", "Talent show: {t}"],
    "hd_letter": ["{t}", "Letter: {t}", "{q}"],
    "hd_twin": ["{t}", "Twinning: {t}", "{q}"],
    "by_pet": ["Notice posted by {a}", "{a} | Community desk"],
    "by_bench": ["By {a}", "{a}"],
    "by_oath": ["By {a}", "Report: {a}"],
    "by_street": ["{a}", "Notice prepared by {a}"],
    "by_bee": ["By {a}", "{a}"],
    "by_stage": ["{a}, entertainment reporter", "By {a} | Arts desk"],
    "by_letter": ["{a}, Birkirkara", "{a}, Għajnsielem, Gozo", "{a}"],
    "by_twin": ["By {a}", "{a}"],
    "social": ["Facebook", "X", "WhatsApp", "Messenger", "Viber", "Email"],
    "icons": ICONS25,
    "home": ["Home"],
    "sections": ["Local", "Gozo", "Community", "Environment", "Education", "Culture"],
    "caption_credit": ["{c}. Photograph – {n}", "{c} (pic: {n})"],
    "photo": ["Photo: {n}/DOI", "Picture: {n}"],
    "comments": ["{n} readers have commented – add your view", "Reader comments · {n}"],
    "tags": ["Story tags – {t}", "Search more on: {t}"],
    "newsletter": ["Our free early bulletin brings Maltese and Gozitan news to you before 7am – register"],
    "rights": [
        "© {y} {site}. No part of this website may be republished without the publisher's consent.",
        "{site} · {y} · Privacy notice · Write to the editors",
    ],
    "related_head": ["Around your locality", "Meanwhile, across the islands"],
    "ad": ["ADVERT", "— Paid partnership —"],
    "read_also": ["Worth your time: {t}", "See also | {t}"],
    "gallery": ["Photo {i} of {k} · {t}", "Slideshow – {t} ({i}/{k})"],
    "title_site": ["{t} | {site}", "{t} – {site} Malta"],
    "listen": ["🎧 Have this story read to you · {n} minutes", "Play audio – {n} min"],
    "follow": ["Village news, first: find us on TikTok and Facebook"],
    "cookie": [
        "Cookies help us run this site. Carry on browsing if you're happy with that, or read our policy. [Got it]"
    ],
    "print": ["Print it"],
    "email": ["Email it to someone"],
    "community_bar": ["Community | Noticeboard | Lost & Found | Events | Volunteering"],
    "pet_badge": ["MISSING PET", "LOST AND FOUND"],
    "pet_box": [
        "Description\nName: Ruby · Breed: Pharaoh hound (Kelb tal-Fenek), tan coat · Age: 4\n"
        "Last seen: near the parish church square, wearing a red collar",
        "Description\nName: Pixie · Tabby cat, white paws, very shy · Age: 2\n"
        "Last seen: in the back gardens behind the band club",
    ],
    "reward_note": ["A reward awaits anyone whose tip helps bring the pet home."],
    "seen_it_prompt": [
        "Seen this animal? Call the Animal Welfare helpline on 1777 or message the owners via our page."
    ],
    "chip_note": ["Reminder: every dog in Malta must be microchipped and registered with the veterinary authorities."],
    "parks_menu": ["Localities | Parks & Gardens | Heritage | Council Notices | Contact"],
    "plaque_box": ["The inscription reads\n‘In loving memory of a dear neighbour who sat here every evening’"],
    "bench_scheme": [
        "The bench was funded by the family under the council's adopt-a-bench scheme and is cared for by it."
    ],
    "bench_prompt": ["Would you like to dedicate a bench or a tree? Ask for the form at your local council's office."],
    "gov_bar": ["Identità | Citizenship | Residence | Passports | e-Services"],
    "oath_kicker": ["CITIZENSHIP", "NATURALISATION"],
    "oath_box": [
        "The ceremony\nNew citizens: 48 from 19 countries · Venue: the Grandmaster's Palace, Valletta\n"
        "The oath of allegiance was taken in Maltese and in English"
    ],
    "apply_note": ["Applications for citizenship by naturalisation are processed by Community Malta."],
    "who_may_note": ["Applicants must, among other criteria, have lived in Malta for several years before applying."],
    "townhall_strip": ["Local Council | Notices | Permits | Bulky Refuse | Online Services"],
    "notice_badge": ["OFFICIAL NOTICE", "COUNCIL DECISION"],
    "rename_box": [
        "Street name changes\nTriq il-Ġdida (part) → Triq Dun Karm Psaila · Sqaq Nru 3 → Sqaq il-Bdiewa\n"
        "Effective from the first day of next month"
    ],
    "address_note": ["Residents need not renew their ID cards at once; the old address remains valid for a year."],
    "objection_prompt": [
        "Anyone wishing to object can write to the executive secretary of the council within 30 days."
    ],
    "edu_menu": ["Schools | MCAST | Exams | Uni | Lifelong learning"],
    "contest_kicker": ["SPELLING BEE", "SCHOOLS CONTEST"],
    "winners_box": [
        "Final placings\n1st: St Aloysius' College, Birkirkara · 2nd: a Gozo middle school\n"
        "3rd: San Anton School, Mġarr"
    ],
    "words_box": ["Winning word\n‘onomatopoeia’ – spelt correctly in the fourteenth round"],
    "next_round_note": ["Next year's national final will be held in March; school heats start in January."],
    "enter_prompt": ["Teachers can register a team of three pupils through the education directorate's portal."],
    "events_menu": ["What's On | Music | Theatre | Festa | TV"],
    "show_kicker": ["TALENT SHOW", "GRAND FINAL"],
    "finalists_box": [
        "The finalists\nA dance crew from Qormi · A għana folk singer from Żejtun\n"
        "A 12-year-old violinist from Mosta · A stand-up comic from Victoria, Gozo\n"
        "The winner was chosen by a mix of jury and public televote"
    ],
    "vote_note": ["Televoting lines closed at 10pm; a notary checked the count."],
    "audition_prompt": ["Think you have what it takes? Auditions for next season open in spring – apply online."],
    "opinion_menu": ["Opinion | Editorials | Columnists | Letters | Cartoons"],
    "letters_kicker": ["LETTERS TO THE EDITOR", "YOUR VIEWS"],
    "editor_note": ["Editor's note: this letter has been shortened for reasons of space."],
    "letters_policy": [
        "Letters should not exceed 350 words and must include the writer's full name, address and ID card number."
    ],
    "write_prompt": ["Have your say: email your letter to our letters editor."],
    "city_bar": ["Council | Twinning | Culture | Youth | Press Releases"],
    "twin_box": [
        "Twinning facts\nPartner town since 2009 · Joint projects: youth exchanges, a brass band festival, "
        "heritage works\n"
        "Next visit: a delegation from the partner town is expected in spring"
    ],
    "exchange_prompt": [
        "Families willing to host a young visitor during exchange week can register at the council office."
    ],
}

PHRASES["de"] = {  # South Tyrol
    "months": _words("Jänner Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "mon_abbr": _words("Jän. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "wd_abbr": _words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag", "Mo Di Mi Do Fr Sa So"),
    "names": [
        "Theresia Lukas Verena Manuel Magdalena Hannes Sabrina Florian Evelyn Patrick",
        "Pichler Mair Gruber Hofer Kofler Unterholzner Thaler Pircher Innerhofer Oberrauch",
    ],
    "cities": ["Bozen", "Meran", "Brixen", "Bruneck", "Sterzing", "Schlanders", "Klausen", "Leifers", "Eppan"],
    "quote": ["„{}“"],
    "and": ["und"],
    "local_pet": [
        "{dd}.{mm}.{y} – {h}.{mi}",
        "{month:seendot({dd}{mi})}-mal gelesen · {wd}, {d}. {month} {y}",
    ],
    "local_bench": ["{d}. {month} {y}", "{wd:short()}., {dd}.{mm}.{y}"],
    "local_oath": [
        "{dd}.{mm}.{y} {h}.{mi} Uhr (zuletzt geändert {month:later({h}{mi})} Uhr)",
        "{wd}, {d}. {month} {y}",
    ],
    "local_street": ["{d}. {month} {y}", "{dd}.{mm}.{y}"],
    "local_bee": ["{d}. {mon} {y} | {month:read({mi})} Minuten zum Lesen", "{dd}.{mm}.{y}"],
    "local_stage": ["{dd}.{mm}.{y} {hm}", "{wd:short()} {d}. {month} {y}"],
    "local_letter": ["{wd}, {d}. {month} {y}", "{d}. {mon} {y}"],
    "local_twin": ["{d}. {month} {y}", "{dd}.{mm}.{y}"],
    "glue_twin": ["Bozen, {d} (LPA) – ", "{C}, {d} – ", "{C} ({d}) – "],
    "published": ["Gemeindekundmachung, {d}", "Auf der Gemeindeseite seit {d}"],
    "hd_pet": ["{t}", "Vermisst: {t}", "{q}"],
    "hd_bench": ["{t}", "Zum Gedenken: {t}"],
    "hd_oath": ["{t}", "„{t}“", "Einbürgerung: {t}"],
    "hd_street": ["{t}", "Straßennamen: {t}"],
    "hd_bee": ["{t}", "Rechtschreibwettbewerb: {t}", "{q}"],
    "hd_stage": ["{t}", "„{t}“", "Talentshow: {t}"],
    "hd_letter": ["{t}", "Leserbrief: {t}", "{q}"],
    "hd_twin": ["{t}", "Städtepartnerschaft: {t}", "{q}"],
    "by_pet": ["Meldung von {a}", "{a}"],
    "by_bench": ["Von {a}", "{a}"],
    "by_oath": ["Von {a}", "Bericht: {a}"],
    "by_street": ["{a}", "Redaktionell bearbeitet von {a}"],
    "by_bee": ["Von {a}", "{a}"],
    "by_stage": ["{a}, Kulturredaktion", "Von {a} | Unterhaltung"],
    "by_letter": ["{a}, Lana", "{a}, Kaltern an der Weinstraße", "{a}"],
    "by_twin": ["Von {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "Telegram", "E-Mail", "Link in die Zwischenablage"],
    "icons": ICONS25,
    "home": ["Startseite"],
    "sections": ["Lokales", "Bozen", "Pustertal", "Vinschgau", "Kultur", "Gesellschaft"],
    "caption_credit": ["{c} – Foto © {n}", "{c} | Bild: {n}"],
    "photo": ["Foto: {n}", "Bild: {n}/LPA"],
    "comments": ["{n} Leserstimmen · Ihre Meinung?", "Zur Diskussion ({n})"],
    "tags": ["Stichwörter dieses Beitrags: {t}", "Themen: {t}"],
    "newsletter": ["Der Frühstücks-Newsletter: Südtirols Meldungen um 6 Uhr im Postfach – jetzt anmelden"],
    "rights": [
        "© {y} {site} · Weiterverwendung nur nach Rücksprache · Bozen",
        "{site} {y} – Impressum – Privatsphäre – Mediadaten",
    ],
    "related_head": ["Ebenfalls gelesen", "Auch heute im Land"],
    "ad": ["Werbung", "– Anzeige –"],
    "read_also": ["Hintergrund: {t}", "Mehr dazu » {t}"],
    "gallery": ["Foto {i}/{k} · {t}", "{t} (Galerie, {i} von {k})"],
    "title_site": ["{t} | {site}", "{t} – {site} Südtirol"],
    "listen": ["▶ Diesen Beitrag anhören – {n} Min.", "Audiofassung, {n} Minuten"],
    "follow": ["Wir sind auch auf Instagram, TikTok und Facebook vertreten"],
    "cookie": ["Diese Seite setzt Cookies für Statistik und Werbung ein. Einverstanden | Anpassen"],
    "print": ["Drucken"],
    "email": ["Artikel mailen"],
    "community_bar": ["Gemeinschaft | Schwarzes Brett | Tiere | Termine | Ehrenamt"],
    "pet_badge": ["VERMISST", "ENTLAUFEN"],
    "pet_box": [
        "Steckbrief\nName: Nero · Rasse: Border Collie, schwarz-weiß · Alter: 5 Jahre\n"
        "Zuletzt gesehen: am Waalweg oberhalb von Partschins",
        "Steckbrief\nName: Minka · getigerte Katze mit weißer Brust · Alter: 3 Jahre\n"
        "Zuletzt gesehen: in der Nähe der Talstation der Seilbahn",
    ],
    "reward_note": ["Für Hinweise, die zum Auffinden des Tieres führen, ist ein Finderlohn ausgesetzt."],
    "seen_it_prompt": ["Haben Sie das Tier gesehen? Hinweise bitte an das Tierheim oder die Ortspolizei."],
    "chip_note": ["Hunde müssen mit einem Mikrochip gekennzeichnet und im Landeshunderegister eingetragen sein."],
    "parks_menu": ["Gemeinde | Parks und Grünanlagen | Friedhöfe | Kundmachungen | Kontakt"],
    "plaque_box": ["Die Inschrift lautet\n„Hier rastete gern unser Nachbar und Freund – gestiftet von seiner Familie“"],
    "bench_scheme": ["Die Bank wurde von der Familie gestiftet; die Stadtgärtnerei pflegt sie zehn Jahre lang."],
    "bench_prompt": ["Sie möchten eine Gedenkbank oder einen Baum widmen? Das Formular gibt es im Bürgerschalter."],
    "gov_bar": ["Land Südtirol | Regierungskommissariat | Bürgerservice | Formulare | Presse"],
    "oath_kicker": ["STAATSBÜRGERSCHAFT", "EINBÜRGERUNG"],
    "oath_box": [
        "Die Feier\nNeue Staatsbürgerinnen und -bürger: 37 aus 15 Ländern · Ort: Ratssaal des Rathauses\n"
        "Der Eid wurde vor dem Bürgermeister auf Deutsch und Italienisch geleistet"
    ],
    "apply_note": ["Anträge werden beim Regierungskommissariat eingereicht und vom Innenministerium entschieden."],
    "who_may_note": ["Voraussetzung sind in der Regel zehn Jahre rechtmäßiger Aufenthalt und Italienisch auf B1."],
    "townhall_strip": ["Gemeinde | Kundmachungen | Bürgerschalter | Müll & Recycling | Online-Dienste"],
    "notice_badge": ["KUNDMACHUNG", "AMTLICH"],
    "rename_box": [
        "Neue Straßenbezeichnungen\nTeilstück der Bahnhofstraße → Rosa-Amort-Weg · Gewerbezone Süd → Handwerkerstraße\n"
        "Die zweisprachigen Schilder werden im Frühjahr angebracht"
    ],
    "address_note": ["Ausweise und Führerscheine bleiben gültig; das Meldeamt ändert die Adressen von Amts wegen."],
    "objection_prompt": [
        "Einwände können binnen 30 Tagen schriftlich im Protokollamt der Gemeinde eingebracht werden."
    ],
    "edu_menu": ["Schule | Matura | Bildung | Uni | Kurse"],
    "contest_kicker": ["SCHULWETTBEWERB", "RECHTSCHREIBUNG"],
    "winners_box": [
        "Die Platzierungen\n1. Platz: Mittelschule Schlanders · 2. Platz: Mittelschule Sand in Taufers\n"
        "3. Platz: eine Bozner Mittelschule"
    ],
    "words_box": ["Das Siegerwort\n„Rhythmusgefühl“ – fehlerfrei geschrieben in der zwölften Runde"],
    "next_round_note": ["Die Landesrunde findet im Frühjahr statt; die Schulrunden beginnen im Jänner."],
    "enter_prompt": ["Lehrpersonen können ihre Klassen über die Bildungsdirektion anmelden."],
    "events_menu": ["Freizeit | Konzerte | Theater | Feste | TV & Radio"],
    "show_kicker": ["TALENTSHOW", "DAS FINALE"],
    "finalists_box": [
        "Die Finalisten\nEine Tanzgruppe aus Leifers · Ein Jodler aus dem Sarntal\n"
        "Eine zwölfjährige Harfenistin aus Brixen · Ein Zauberkünstler aus Meran\n"
        "Jury und Publikum entschieden gemeinsam"
    ],
    "vote_note": ["Die Abstimmung per SMS endete um 22 Uhr; ein Notar überwachte die Auszählung."],
    "audition_prompt": ["Du hast ein besonderes Talent? Das Casting für die nächste Staffel beginnt im Frühling."],
    "opinion_menu": ["Meinung | Kommentar | Leitartikel | Leserbriefe | Karikatur"],
    "letters_kicker": ["LESERBRIEF", "FORUM"],
    "editor_note": ["Die Redaktion hat den Brief aus Platzgründen gekürzt."],
    "letters_policy": ["Leserbriefe geben die Meinung der Verfasser wieder; Kürzungen behält sich die Redaktion vor."],
    "write_prompt": ["Ihre Meinung zählt: Senden Sie Ihren Leserbrief per E-Mail an unsere Leserbrief-Adresse."],
    "city_bar": ["Stadt | Partnerstädte | Kultur | Jugend | Presse"],
    "twin_box": [
        "Zur Partnerschaft\nPartnerstadt seit 1998 · Gemeinsame Projekte: Schüleraustausch, Chorfestival, Radwege\n"
        "Nächster Besuch: eine Abordnung aus der Partnerstadt wird im Herbst erwartet"
    ],
    "exchange_prompt": ["Gastfamilien für den Jugendaustausch im Sommer können sich beim Jugenddienst melden."],
}

PHRASES["fr"] = {  # Senegal
    "months": _words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "mon_abbr": _words("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "wd_abbr": _words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "names": [
        "Moussa Aïssatou Cheikh Fatou Mamadou Awa Ousmane Khady Ibrahima Mariama",
        "Diop Ndiaye Fall Sow Diallo Sarr Faye Gueye Mbaye Seck",
    ],
    "cities": ["Dakar", "Thiès", "Saint-Louis", "Ziguinchor", "Kaolack", "Touba", "Mbour", "Rufisque"],
    "quote": ["« {} »"],
    "and": ["et"],
    "local_pet": [
        "Annonce du {dd}/{mm}/{y}, {h}h{mi}",
        "{month:seensp({dd}{mi})} lectures – {wd:cap()} {d} {month} {y}",
    ],
    "local_bench": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_oath": [
        "{wd:cap()}, {d} {month} {y}, {h} h {mi}",
        "{dd}/{mm}/{y} | {hm} – actualisé à {month:later({h}{mi})}",
    ],
    "local_street": ["{d} {month} {y}", "{dd}-{mm}-{y}"],
    "local_bee": ["{d} {mon} {y} • {month:read({mi})} minutes de lecture", "{wd:cap()} {d} {month} {y}"],
    "local_stage": ["{dd}/{mm}/{y} – {h}h{mi} GMT", "{d} {month} {y}"],
    "local_letter": ["{wd:cap()} {d} {month} {y}", "{dd}/{mm}/{y}"],
    "local_twin": ["{d} {month} {y}", "{d} {mon} {y}"],
    "glue_twin": ["Dakar, {d} (APS) – ", "{C}, {d} (APS) - ", "{C} – {d} – "],
    "published": ["Avis municipal du {d}", "Affiché en mairie le {d}"],
    "hd_pet": ["{t}", "Avis de recherche : {t}"],
    "hd_bench": ["{t}", "Hommage : {t}"],
    "hd_oath": ["{t}", "« {t} »", "Naturalisation : {t}"],
    "hd_street": ["{t}", "Dénomination des rues : {t}"],
    "hd_bee": ["{t}", "Concours de dictée : {t}"],
    "hd_stage": ["{t}", "« {t} »", "Télécrochet : {t}"],
    "hd_letter": ["{t}", "Courrier des lecteurs : {t}"],
    "hd_twin": ["{t}", "Jumelage : {t}"],
    "by_pet": ["Par {a}", "{a} | Rubrique société"],
    "by_bench": ["Par {a}", "{a}"],
    "by_oath": ["Par {a}", "Reportage : {a}"],
    "by_street": ["{a}", "Compte rendu de {a}"],
    "by_bee": ["Par {a}", "{a}"],
    "by_stage": ["{a}, service culture", "Par {a} | Culture"],
    "by_letter": ["{a}, Pikine", "{a}, Guédiawaye", "{a}"],
    "by_twin": ["Par {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "LinkedIn", "Telegram", "Courriel"],
    "icons": ICONS25,
    "home": ["Accueil"],
    "sections": ["Société", "Régions", "Éducation", "Culture", "Politique", "Collectivités"],
    "caption_credit": ["{c} – photo {n}", "{c} © {n}"],
    "photo": ["Cliché : {n}", "Photo {n}/APS"],
    "comments": ["{n} lecteurs ont réagi", "Votre avis ({n})"],
    "tags": ["Rubriques : {t}", "Voir aussi les thèmes : {t}"],
    "newsletter": ["Chaque matin à 7 h, l'actualité du Sénégal dans votre messagerie, gratuitement"],
    "rights": [
        "© {y} {site} · Toute reprise doit citer la source · Dakar",
        "{site} {y} – L'équipe – Contact – Publicité",
    ],
    "related_head": ["À lire aussi dans cette rubrique", "Les plus lus du jour"],
    "ad": ["Publicité", "— PUBLICITÉ —"],
    "read_also": ["À LIRE : {t}", "À voir également ➜ {t}"],
    "gallery": ["Photo {i}/{k} – {t}", "{t} (diaporama, {i}/{k})"],
    "title_site": ["{t} - {site}", "{site} : {t}"],
    "listen": ["🎧 L'article lu à voix haute – {n} min", "🔊 Version audio – {n} minutes"],
    "follow": ["Toute l'actu aussi sur WhatsApp, X et Facebook"],
    "cookie": ["Des traceurs nous aident à compter les visites. OK – Paramétrer"],
    "print": ["🖨 Imprimer"],
    "email": ["Envoyer à un proche"],
    "community_bar": ["Société | Petites annonces | Perdu-trouvé | Agenda | Solidarité"],
    "pet_badge": ["AVIS DE RECHERCHE", "PERDU / TROUVÉ"],
    "pet_box": [
        "Signalement\nNom : Simba · Chat tigré roux, très craintif · Âge : 3 ans\n"
        "Vu pour la dernière fois : près du marché Sandaga",
        "Signalement\nNom : Rex · Chien de garde, robe fauve, oreilles coupées · Âge : 5 ans\n"
        "Vu pour la dernière fois : sur la corniche Ouest, côté Fann",
    ],
    "reward_note": ["Une récompense est promise à toute personne qui aidera à retrouver l'animal."],
    "seen_it_prompt": ["Vous l'avez aperçu ? Prévenez la famille en écrivant au journal ou au service vétérinaire."],
    "chip_note": ["Pensez à faire vacciner votre chien contre la rage et à le faire identifier chez un vétérinaire."],
    "parks_menu": ["Ville | Avis municipaux | Espaces verts | Patrimoine | Contacts"],
    "plaque_box": [
        "Inscription de la plaque\n« À la mémoire d'une institutrice qui a formé trois générations "
        "d'élèves du quartier »"
    ],
    "bench_scheme": ["Le banc et la plaque ont été offerts par d'anciens élèves ; la mairie en assure l'entretien."],
    "bench_prompt": ["Vous souhaitez rendre hommage à un proche ? Écrivez au service des espaces verts de la mairie."],
    "gov_bar": ["Justice | Nationalité | État civil | Démarches | Actualités"],
    "oath_kicker": ["NATURALISATION", "NATIONALITÉ"],
    "oath_box": [
        "La cérémonie\nNouveaux citoyens : 26 personnes de 9 nationalités · Lieu : palais de justice Lat Dior\n"
        "Remise des décrets en présence du garde des Sceaux"
    ],
    "apply_note": ["Les demandes de naturalisation sont instruites par la Direction des affaires civiles et du Sceau."],
    "who_may_note": ["Le Code de la nationalité exige notamment une longue résidence habituelle au Sénégal."],
    "townhall_strip": ["Mairie | Avis au public | État civil | Urbanisme | Services en ligne"],
    "notice_badge": ["AVIS AU PUBLIC", "COMMUNIQUÉ"],
    "rename_box": [
        "Nouvelles dénominations\nRue 10 → rue Aline Sitoé Diatta · Avenue 6 → avenue Doudou Ndiaye Coumba Rose\n"
        "Les plaques en français et en wolof seront posées avant la fin du trimestre"
    ],
    "address_note": ["Les anciens noms resteront affichés deux ans ; les pièces d'état civil restent valables."],
    "objection_prompt": ["Les observations peuvent être déposées au secrétariat municipal sous trente jours."],
    "edu_menu": ["Éducation | Examens | BFEM | Bac | Université"],
    "contest_kicker": ["CONCOURS DE DICTÉE", "ÉCOLES"],
    "winners_box": [
        "Le palmarès\n1er : lycée Blaise-Diagne, Dakar · 2e : CEM de Mbour\n3e : lycée Charles-de-Gaulle, Saint-Louis"
    ],
    "words_box": ["Le mot piège\n« chrysanthème », orthographié sans faute par la lauréate"],
    "next_round_note": ["La finale nationale se tiendra pendant la Semaine de la Francophonie, en mars."],
    "enter_prompt": ["Chaque école inscrit ses candidats auprès de son inspection d'académie."],
    "events_menu": ["Culture | Musique | Mbalax | Théâtre | Télé"],
    "show_kicker": ["TÉLÉCROCHET", "LA GRANDE FINALE"],
    "finalists_box": [
        "Les finalistes\nUn groupe de danse de Pikine · Une chanteuse de mbalax de Kaolack\n"
        "Un joueur de kora de Ziguinchor · Un humoriste de Thiès\n"
        "Le vainqueur est désigné par le jury et le vote du public"
    ],
    "vote_note": ["Les votes par SMS ont été clôturés à 22 h sous le contrôle d'un huissier."],
    "audition_prompt": ["Vous chantez, dansez ou faites rire ? Les castings pour la saison prochaine ouvrent bientôt."],
    "opinion_menu": ["Opinions | Éditorial | Contributions | Courrier des lecteurs | Caricature"],
    "letters_kicker": ["COURRIER DES LECTEURS", "TRIBUNE LIBRE"],
    "editor_note": ["NDLR : le texte a été raccourci pour des raisons de place."],
    "letters_policy": ["Les opinions exprimées n'engagent que leurs auteurs ; la rédaction peut les abréger."],
    "write_prompt": ["Vos contributions sont les bienvenues : 500 mots au plus, avec nom et adresse."],
    "city_bar": ["Ville | Coopération décentralisée | Culture | Jeunesse | Communiqués"],
    "twin_box": [
        "Le jumelage en bref\nVille partenaire depuis 1982 · Projets : formation des jeunes, assainissement, jazz\n"
        "Prochaine visite : une délégation de la ville partenaire est attendue au printemps"
    ],
    "exchange_prompt": ["Les familles prêtes à accueillir un jeune pendant l'échange peuvent s'inscrire à la mairie."],
}

PHRASES["es"] = {  # Uruguay
    "months": _words("enero febrero marzo abril mayo junio julio agosto setiembre octubre noviembre diciembre"),
    "mon_abbr": _words("ene feb mar abr may jun jul ago set oct nov dic"),
    "wd_abbr": _words("lunes martes miércoles jueves viernes sábado domingo"),
    "names": [
        "Florencia Martín Valentina Diego Camila Gonzalo Agustina Sebastián Lucía Nicolás",
        "Rodríguez González Pereira Suárez Sosa Olivera Techera Cabrera Acosta Núñez",
    ],
    "cities": ["Montevideo", "Salto", "Paysandú", "Maldonado", "Rivera", "Tacuarembó", "Las Piedras", "Mercedes"],
    "quote": ["“{}”"],
    "and": ["y"],
    "local_pet": ["{dd}.{mm}.{y} {hm}", "{month:seendot({dd}{mi})} vistas | {wd} {d} de {month} de {y}"],
    "local_bench": ["{d} de {month} de {y}", "{dd}/{mm}/{y}"],
    "local_oath": ["{wd} {d}/{mm}/{y} · {hm}", "{dd}/{mm}/{y} {hm} (actualizado a las {month:later({h}{mi})})"],
    "local_street": ["{d} de {month} de {y}", "{dd}/{mm}/{y}"],
    "local_bee": ["{d} {mon} {y} | Se lee en {month:read({mi})} minutos", "{wd}, {d} de {month} de {y}"],
    "local_stage": ["{dd}/{mm}/{y} · {h}.{mi} hs", "{d} de {month} de {y}"],
    "local_letter": ["{wd} {d} de {month} de {y}", "{dd}.{mm}.{y}"],
    "local_twin": ["{d} de {month} de {y}"],
    "glue_twin": ["{C}, {d} – ", "MONTEVIDEO ({d}) – ", "{C} ({d}).- "],
    "published": ["Resolución del {d}", "En línea desde el {d}"],
    "hd_pet": ["{t}", "Se busca: {t}"],
    "hd_bench": ["{t}", "Homenaje: {t}"],
    "hd_oath": ["{t}", "“{t}”", "Ciudadanía: {t}"],
    "hd_street": ["{t}", "Nomenclátor: {t}"],
    "hd_bee": ["{t}", "Ortografía: {t}"],
    "hd_stage": ["{t}", "“{t}”", "Concurso de talentos: {t}"],
    "hd_letter": ["{t}", "Carta de un lector: {t}"],
    "hd_twin": ["{t}", "Ciudades hermanas: {t}"],
    "by_pet": ["Publicado por {a}", "{a} | Comunidad"],
    "by_bench": ["Por {a}", "{a}"],
    "by_oath": ["Por {a}", "Crónica: {a}"],
    "by_street": ["{a}", "Nota de {a}"],
    "by_bee": ["Por {a}", "{a}"],
    "by_stage": ["{a}, cronista de espectáculos", "Por {a} | Espectáculos"],
    "by_letter": ["{a}, Pocitos", "{a}, Ciudad de la Costa", "{a}"],
    "by_twin": ["Por {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "Instagram", "Telegram", "Correo"],
    "icons": ICONS25,
    "home": ["Portada"],
    "sections": ["Montevideo", "Interior", "Sociedad", "Cultura", "Educación", "Política"],
    "caption_credit": ["{c} · Foto {n}", "{c} / Foto de {n}"],
    "photo": ["Foto: {n}", "Imagen: {n}, Presidencia"],
    "comments": ["{n} lectores comentaron", "Comentá esta nota ({n})"],
    "tags": ["Temas: {t}", "Seguí el tema: {t}"],
    "newsletter": ["Cada mañana, lo que tenés que saber del Uruguay en tu correo: suscribite gratis"],
    "rights": [
        "© {y} {site} · Montevideo · Todos los contenidos están protegidos",
        "{site} {y} | Aviso legal | Publicitá con nosotros",
    ],
    "related_head": ["Seguí leyendo", "Lo último de la sección"],
    "ad": ["Publicidad", "— Espacio publicitario —"],
    "read_also": ["Te recomendamos: {t}", "Mirá también: {t}"],
    "gallery": ["Foto n.º {i} de {k}: {t}", "Galería {i}/{k} · {t}"],
    "title_site": ["{t} | {site}", "{t} - {site} Uruguay"],
    "listen": ["Escuchá esta nota ({n} min)", "▶ Audio: {n} minutos"],
    "follow": ["Estamos en Instagram, X y Facebook"],
    "cookie": ["¿Aceptás cookies de medición y publicidad en este sitio? Sí | Ver opciones"],
    "print": ["Imprimir"],
    "email": ["Mandar por mail"],
    "community_bar": ["Comunidad | Avisos | Mascotas | Agenda | Voluntariado"],
    "pet_badge": ["SE BUSCA", "MASCOTA PERDIDA"],
    "pet_box": [
        "Datos de la mascota\nNombre: Tango · Raza: cimarrón uruguayo, pelaje atigrado · Edad: 6 años\n"
        "Visto por última vez: en la rambla de Pocitos, con collar azul",
        "Datos de la mascota\nNombre: Mora · Gata negra con una mancha blanca en el pecho · Edad: 2 años\n"
        "Vista por última vez: cerca de la feria de Tristán Narvaja",
    ],
    "reward_note": ["La familia ofrece una recompensa a quien aporte datos que permitan encontrarlo."],
    "seen_it_prompt": ["¿Lo viste? Avisale a la familia escribiendo a la redacción o llamá al INBA."],
    "chip_note": ["Recordá que el registro y la identificación de los perros son obligatorios."],
    "parks_menu": ["Intendencia | Plazas y parques | Avisos municipales | Contacto | Patrimonio"],
    "plaque_box": ["Texto de la placa\n“A la memoria de un vecino que cuidó esta plaza durante cuarenta años”"],
    "bench_scheme": ["El banco fue donado por la familia; el municipio se encarga del mantenimiento por diez años."],
    "bench_prompt": ["¿Querés dedicar un banco o un árbol? Presentá la solicitud en el Centro Comunal Zonal."],
    "gov_bar": ["Corte Electoral | Ciudadanía legal | Documentos | Trámites | Noticias"],
    "oath_kicker": ["CIUDADANÍA LEGAL", "NUEVOS CIUDADANOS"],
    "oath_box": [
        "La ceremonia\nNuevos ciudadanos: 52 personas de 14 países · Lugar: sede de la Corte Electoral\n"
        "Se entregaron las cartas de ciudadanía en un acto con autoridades"
    ],
    "apply_note": ["La ciudadanía legal se tramita ante la Corte Electoral, con reserva previa de hora."],
    "who_may_note": [
        "Se exigen tres años de residencia a quienes tienen familia constituida en el país y cinco a los demás."
    ],
    "townhall_strip": ["Intendencia | Gestiones online | Avisos | Nomenclátor | Servicios"],
    "notice_badge": ["AVISO OFICIAL", "RESOLUCIÓN"],
    "rename_box": [
        "Nuevas denominaciones\nCalle 14 → calle Idea Vilariño · Pasaje A → pasaje de los Murguistas\n"
        "La cartelería nueva se colocará durante el próximo mes"
    ],
    "address_note": ["Los vecinos no necesitan cambiar su cédula; las facturas de servicios se actualizan de oficio."],
    "objection_prompt": [
        "Quien quiera formular observaciones puede hacerlo ante la Junta Departamental en los próximos 30 días."
    ],
    "edu_menu": ["Educación | Escuelas | Liceos | UTU | Universidad"],
    "contest_kicker": ["CONCURSO DE ORTOGRAFÍA", "ESCUELAS"],
    "winners_box": [
        "Posiciones finales\n1.º: una escuela de Salto · 2.º: el liceo n.º 1 de Rivera\n"
        "3.º: una escuela rural de Tacuarembó"
    ],
    "words_box": ["La palabra ganadora\n“desahuciado”, escrita sin error en la ronda decisiva"],
    "next_round_note": [
        "La próxima edición nacional será en setiembre; las instancias departamentales empiezan en junio."
    ],
    "enter_prompt": ["Los maestros anotan a sus grupos desde el portal de la ANEP."],
    "events_menu": ["Espectáculos | Música | Carnaval | Teatro | TV"],
    "show_kicker": ["CONCURSO DE TALENTOS", "LA GRAN FINAL"],
    "finalists_box": [
        "Los finalistas\nUna cuerda de tambores de Palermo · Una cantante de tango de Paysandú\n"
        "Un bailarín de malambo de Rivera · Un humorista de Maldonado\n"
        "El ganador se definió entre el jurado y el voto del público"
    ],
    "vote_note": ["La votación por mensaje de texto cerró a las 23 horas, con control de escribano."],
    "audition_prompt": ["¿Tenés un talento? Las audiciones para la próxima temporada abren en primavera."],
    "opinion_menu": ["Opinión | Editorial | Columnistas | Cartas de lectores | Humor"],
    "letters_kicker": ["CARTAS DE LECTORES", "EL LECTOR OPINA"],
    "editor_note": ["Aclaración: la carta fue resumida por razones de espacio."],
    "letters_policy": ["Las cartas deben tener hasta 1.500 caracteres e incluir nombre y cédula del remitente."],
    "write_prompt": ["Escribinos: las cartas se reciben en la casilla de la sección."],
    "city_bar": ["Intendencia | Relaciones internacionales | Cultura | Juventud | Prensa"],
    "twin_box": [
        "El hermanamiento\nCiudades hermanas desde 1994 · Proyectos: intercambio de estudiantes, candombe, "
        "turismo rural\n"
        "Próxima visita: una delegación uruguaya viajará en primavera"
    ],
    "exchange_prompt": [
        "Las familias que quieran recibir a un estudiante durante el intercambio se anotan en la Intendencia."
    ],
}

PHRASES["pt"] = {  # São Tomé and Príncipe
    "months": _words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "mon_abbr": _words("jan fev mar abr mai jun jul ago set out nov dez"),
    "wd_abbr": _words("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
    "names": [
        "Adilson Eurídice Jerónimo Neusa Osvaldo Celma Hélder Ilza Nilton Arlindo",
        "Trindade Bragança Afonso Pontes Quaresma Sacramento Menezes Lima Carvalho Tiny",
    ],
    "cities": ["São Tomé", "Trindade", "Neves", "Santana", "Guadalupe", "Santo António", "Angolares", "Madalena"],
    "quote": ["“{}”"],
    "and": ["e"],
    "local_pet": ["{d} de {month} de {y} às {h}h{mi}", "{month:seendot({dd}{mi})} visualizações · {dd}/{mm}/{y}"],
    "local_bench": ["{d} de {month} de {y}", "{dd}.{mm}.{y}"],
    "local_oath": [
        "{wd:cap()}, {d} de {month} de {y} – {h}h{mi}",
        "{dd}/{mm}/{y}, {hm} (revisto às {month:later({h}{mi})})",
    ],
    "local_street": ["{d} de {month} de {y}", "{dd}-{mm}-{y}"],
    "local_bee": ["Leitura de {month:read({mi})} min · {d} {mon} {y}", "{wd:cap()}, {d} de {month} de {y}"],
    "local_stage": ["{dd}/{mm}/{y} {hm}", "{d} de {month} de {y}"],
    "local_letter": ["{wd:cap()}, {d} de {month} de {y}", "{dd}/{mm}/{y}"],
    "local_twin": ["{d} de {month} de {y}"],
    "glue_twin": ["São Tomé, {d} (STP-Press) – ", "{C}, {d} – ", "{C} ({d}) - "],
    "published": ["Edital de {d}", "Afixado a {d}"],
    "hd_pet": ["{t}", "Desaparecido: {t}", "{q}"],
    "hd_bench": ["{t}", "Homenagem: {t}"],
    "hd_oath": ["{t}", "“{t}”", "Nacionalidade: {t}"],
    "hd_street": ["{t}", "Toponímia: {t}"],
    "hd_bee": ["{t}", "Concurso de ortografia: {t}", "{q}"],
    "hd_stage": ["{t}", "“{t}”", "Show de talentos: {t}"],
    "hd_letter": ["{t}", "Carta do leitor: {t}", "{q}"],
    "hd_twin": ["{t}", "Geminação: {t}", "{q}"],
    "by_pet": ["Publicado por {a}", "{a} | Sociedade"],
    "by_bench": ["Por {a}", "{a}"],
    "by_oath": ["Por {a}", "Reportagem · {a}"],
    "by_street": ["{a}", "Redacção: {a}"],
    "by_bee": ["Por {a}", "{a}"],
    "by_stage": ["{a}, editoria de cultura", "Por {a} | Cultura"],
    "by_letter": ["{a}, Trindade", "{a}, ilha do Príncipe", "{a}"],
    "by_twin": ["Por {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "Messenger", "Telegram", "E-mail"],
    "icons": ICONS25,
    "home": ["Início"],
    "sections": ["Sociedade", "Distritos", "Príncipe", "Cultura", "Educação", "Política"],
    "caption_credit": ["{c} – Foto de {n}", "{c} | Imagem: {n}"],
    "photo": ["Foto: {n}", "Imagem de {n}/STP-Press"],
    "comments": ["{n} leitores deixaram opinião", "A sua opinião conta ({n})"],
    "tags": ["Nesta peça: {t}", "Mais do mesmo tema: {t}"],
    "newsletter": ["Todas as manhãs, o essencial de São Tomé e Príncipe no seu e-mail – subscreva"],
    "rights": [
        "© {y} {site} · Todos os conteúdos protegidos · São Tomé",
        "{site} {y} – Quem somos – Contacte-nos",
    ],
    "related_head": ["Ainda no arquipélago", "Veja ainda"],
    "ad": ["Publicidade", "— Espaço pago —"],
    "read_also": ["Recomendamos: {t}", "Ver ainda ➔ {t}"],
    "gallery": ["Imagem {i} de {k} – {t}", "{t} [galeria {i}/{k}]"],
    "title_site": ["{t} – {site}", "{site} | {t}"],
    "listen": ["Ouça a notícia ({n} min)", "🔊 Áudio · {n} minutos"],
    "follow": ["Junte-se à nossa comunidade no WhatsApp e no Facebook"],
    "cookie": ["Este sítio guarda pequenos ficheiros (cookies) para contar visitas. Concordo | Definições"],
    "print": ["Imprimir"],
    "email": ["Mandar a um amigo"],
    "community_bar": ["Sociedade | Classificados | Perdidos & achados | Agenda | Solidariedade"],
    "pet_badge": ["PROCURA-SE", "ANIMAL DESAPARECIDO"],
    "pet_box": [
        "Descrição\nNome: Bóbi · Rafeiro, pêlo castanho e branco · Idade: 2 anos\n"
        "Visto pela última vez: junto ao mercado municipal, na baixa da cidade",
        "Descrição\nNome: Kiki · Papagaio-cinzento do Príncipe, fala algumas palavras · Idade: 8 anos\n"
        "Visto pela última vez: nas mangueiras perto da Sé",
    ],
    "reward_note": ["A família oferece uma recompensa a quem ajudar a encontrar o animal."],
    "seen_it_prompt": ["Viu este animal? Contacte a família através da nossa redacção."],
    "chip_note": ["Lembre-se: a vacinação anti-rábica dos cães é obrigatória e gratuita nas campanhas distritais."],
    "parks_menu": ["Câmara Distrital | Jardins | Avisos | Contactos | Património"],
    "plaque_box": ["Inscrição da placa\n“Em memória de um professor que ensinou gerações de crianças nesta roça”"],
    "bench_scheme": ["O banco foi oferecido pela família; a Câmara Distrital assegura a manutenção."],
    "bench_prompt": ["Quer homenagear um familiar? Entregue o pedido por escrito nos serviços da Câmara."],
    "gov_bar": ["Ministério da Justiça | Nacionalidade | Registos | Serviços | Notícias"],
    "oath_kicker": ["NACIONALIDADE", "NOVOS CIDADÃOS"],
    "oath_box": [
        "A cerimónia\nNovos cidadãos: 18 pessoas de 6 países · Local: Palácio dos Congressos\n"
        "Os certificados foram entregues na presença do ministro da Justiça"
    ],
    "apply_note": ["Os pedidos de naturalização são instruídos na Direcção dos Registos e do Notariado."],
    "who_may_note": ["A lei exige, entre outros requisitos, vários anos de residência legal no país."],
    "townhall_strip": ["Câmara Distrital | Editais | Registos | Urbanismo | Serviços online"],
    "notice_badge": ["EDITAL", "AVISO PÚBLICO"],
    "rename_box": [
        "Novas designações\nRua sem nome junto ao porto → Rua dos Pescadores · "
        "Travessa 2 → Travessa Alda Espírito Santo\n"
        "As placas serão colocadas até ao fim do trimestre"
    ],
    "address_note": ["Os documentos de identificação continuam válidos; as moradas serão actualizadas no registo."],
    "objection_prompt": ["As reclamações apresentam-se por escrito na secretaria da Câmara no prazo de 30 dias."],
    "edu_menu": ["Escolas | Liceu | Exames | Educação | Universidade"],
    "contest_kicker": ["CONCURSO DE ORTOGRAFIA", "ESCOLAS"],
    "winners_box": [
        "Classificação final\n1.º lugar: Liceu Nacional · 2.º lugar: uma escola secundária de Neves\n"
        "3.º lugar: uma escola básica do Príncipe"
    ],
    "words_box": ["A palavra decisiva\n“excepcionalmente”, escrita sem erros na última ronda"],
    "next_round_note": ["A final nacional do próximo ano realiza-se a 5 de maio, dia dedicado à língua portuguesa."],
    "enter_prompt": ["As escolas inscrevem os seus alunos junto da delegação distrital de educação."],
    "events_menu": ["Cultura | Teatro | Festas | Música | TV"],
    "show_kicker": ["SHOW DE TALENTOS", "GRANDE FINAL"],
    "finalists_box": [
        "Os finalistas\nUm grupo de tchiloli de Neves · Uma cantora de ússua de Trindade\n"
        "Um tocador de batuque do Príncipe · Um humorista de Guadalupe\n"
        "Vencedor escolhido pelo júri e pelo voto do público"
    ],
    "vote_note": ["A votação por SMS encerrou às 22 horas, sob fiscalização de um notário."],
    "audition_prompt": ["Tem um talento? Já pode inscrever-se nas audições."],
    "opinion_menu": ["Opinião | Editorial | Crónicas | Cartas dos leitores | Cartoon"],
    "letters_kicker": ["CARTAS DOS LEITORES", "O LEITOR ESCREVE"],
    "editor_note": ["Nota da redacção: a carta foi resumida por falta de espaço."],
    "letters_policy": ["As cartas não devem exceder 300 palavras e devem ser identificadas com nome e contacto."],
    "write_prompt": ["Escreva-nos: envie a sua carta por e-mail para a secção de opinião."],
    "city_bar": ["Câmara | Geminações | Cultura | Juventude | Comunicados"],
    "twin_box": [
        "A geminação\nCidades geminadas desde 2001 · Projectos: bolsas de estudo, saneamento, festival de cinema\n"
        "Próxima visita: uma delegação são-tomense é esperada em junho"
    ],
    "exchange_prompt": ["As famílias que queiram acolher um estudante durante o intercâmbio inscrevem-se na Câmara."],
}

PHRASES["ru"] = {  # Tajikistan
    "months": _words("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "mon_abbr": _words("янв фев мар апр мая июн июл авг сен окт ноя дек"),
    "wd_abbr": _words("понедельник вторник среда четверг пятница суббота воскресенье"),
    "names": [
        "Фаррух Мадина Бахтовар Зарина Сухроб Нилуфар Фирдавс Гулнора Комрон Шахноза",
        "Саидзода Рахимзода Шарифзода Каримзода Назарзода Юсуфзода Сафарзода Азиззода Хакимзода Давлатзода",
    ],
    "cities": ["Душанбе", "Худжанд", "Куляб", "Бохтар", "Хорог", "Истаравшан", "Турсунзаде", "Пенджикент", "Вахдат"],
    "quote": ["«{}»"],
    "and": ["и"],
    "local_pet": ["{dd}.{mm}.{y} {hm}", "Просмотров: {month:seensp({dd}{mi})} | {d} {month} {y}, {hm}"],
    "local_bench": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_oath": ["{d} {month} {y} г., {hm} (обновлено в {month:later({h}{mi})})", "{wd:cap()}, {d} {month} {y}"],
    "local_street": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_bee": ["{d} {mon} {y} · Время чтения: {month:read({mi})} мин", "{dd}.{mm}.{y}"],
    "local_stage": ["{dd}.{mm}.{y} • {hm}", "{d} {month} {y}"],
    "local_letter": ["{wd:cap()}, {d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_twin": ["{d} {month} {y}"],
    "glue_twin": ["ДУШАНБЕ, {d} — НИАТ «Ховар». ", "{C}, {d} /Азия-Плюс/. ", "{C}, {d} — "],
    "published": ["Объявление хукумата от {d}", "Размещено на сайте {d}"],
    "hd_pet": ["{t}", "Пропал питомец: {t}", "{q}"],
    "hd_bench": ["{t}", "Память: {t}"],
    "hd_oath": ["{t}", "«{t}»", "Гражданство: {t}"],
    "hd_street": ["{t}", "Переименование: {t}"],
    "hd_bee": ["{t}", "Диктант: {t}", "{q}"],
    "hd_stage": ["{t}", "«{t}»", "Шоу талантов: {t}"],
    "hd_letter": ["{t}", "Письмо читателя: {t}", "{q}"],
    "hd_twin": ["{t}", "Города-побратимы: {t}", "{q}", "«{t}»"],
    "by_pet": ["Автор объявления: {a}", "{a} | Общество"],
    "by_bench": ["Текст: {a}", "{a}"],
    "by_oath": ["Снимки и текст: {a}", "{a}"],
    "by_street": ["{a}", "Заметка: {a}"],
    "by_bee": ["Текст: {a}", "{a}"],
    "by_stage": ["{a}, культурный обозреватель", "{a} | Культура"],
    "by_letter": ["{a}, Худжанд", "{a}, г. Вахдат", "{a}"],
    "by_twin": ["Текст: {a}", "{a}"],
    "social": ["Facebook", "Telegram", "WhatsApp", "Imo", "Viber", "Почта"],
    "icons": ICONS25,
    "home": ["Главная"],
    "sections": ["Общество", "Регионы", "Образование", "Культура", "Душанбе", "ГБАО"],
    "caption_credit": ["{c} / Фото: {n}", "{c}. Снимок: {n}"],
    "photo": ["Фото: {n}", "Фото {n} / «Ховар»"],
    "comments": ["Читатели обсуждают: {n}", "{n} комм. · Высказаться"],
    "tags": ["Метки: {t}", "Теги новости: {t}"],
    "newsletter": ["Свежие новости Таджикистана раньше всех — в Telegram"],
    "rights": [
        "© {y} {site} · Душанбе · Без согласия издателя материалы не перепечатывать",
        "{site}, {y} — О нас — Размещение рекламы",
    ],
    "related_head": ["Ещё по теме", "Новости региона"],
    "ad": ["Реклама", "— Рекламный блок —"],
    "read_also": ["СМОТРИТЕ ТАКЖЕ: {t}", "Ранее: {t}"],
    "gallery": ["Снимок {i} из {k}. {t}", "{t} (фото {i}/{k})"],
    "title_site": ["{t} — {site}", "{site}: {t}"],
    "listen": ["Слушать новость ({n} мин)", "🎧 Аудиоверсия · {n} мин"],
    "follow": ["Мы есть в Telegram и Instagram"],
    "cookie": ["Мы собираем cookie, чтобы сайтом было удобнее пользоваться. Согласен | Подробнее"],
    "print": ["Распечатать"],
    "email": ["Поделиться по почте"],
    "community_bar": ["Общество | Доска объявлений | Бюро находок | Афиша | Волонтёры"],
    "pet_badge": ["ПОТЕРЯЛСЯ ПИТОМЕЦ", "ПОИСК ХОЗЯЕВ"],
    "pet_box": [
        "Приметы\nКличка: Барс · Среднеазиатская овчарка (алабай), светлый окрас · Возраст: 3 года\n"
        "Где видели в последний раз: у парка Рудаки, в красном ошейнике",
        "Приметы\nКличка: Мурка · Трёхцветная кошка, пугливая · Возраст: 2 года\n"
        "Где видели в последний раз: во дворе дома на проспекте Сомони",
    ],
    "reward_note": ["Нашедшему гарантируется вознаграждение."],
    "seen_it_prompt": ["Видели это животное? Сообщите в редакцию или в ветеринарную службу района."],
    "chip_note": ["Напоминаем: владельцы собак обязаны ежегодно прививать их от бешенства."],
    "parks_menu": ["Хукумат | Парки и скверы | Наследие | Контакты | Объявления"],
    "plaque_box": ["Надпись на табличке\n«В память о добром соседе, который посадил здесь первые чинары»"],
    "bench_scheme": ["Скамейку установили на средства семьи и махалли; уход за ней взяла на себя служба озеленения."],
    "bench_prompt": ["Хотите увековечить память близкого человека? Заявления принимают в хукумате района."],
    "gov_bar": ["Правительство | Гражданство | Паспортный стол | Госуслуги | Новости"],
    "oath_kicker": ["ГРАЖДАНСТВО", "НОВЫЕ ГРАЖДАНЕ"],
    "oath_box": [
        "Церемония\nНовые граждане: 64 человека из 5 стран · Место: управление миграции МВД\n"
        "Паспорта вручили в торжественной обстановке"
    ],
    "apply_note": ["Заявления о приёме в гражданство подаются через органы внутренних дел по месту жительства."],
    "who_may_note": ["Закон требует, в частности, нескольких лет постоянного проживания и знания госязыка."],
    "townhall_strip": ["Хукумат города | Госуслуги | Архитектура | Онлайн-приёмная | Объявления"],
    "notice_badge": ["ОФИЦИАЛЬНО", "ОБЪЯВЛЕНИЕ"],
    "rename_box": [
        "Новые названия\nулица Ленина (часть) → улица Мирзо Турсунзода · 3-й проезд → проезд Устоев\n"
        "Новые таблички на двух языках установят до конца квартала"
    ],
    "address_note": ["Паспорта и свидетельства менять не нужно; адреса в базах обновят автоматически."],
    "objection_prompt": ["Письменные предложения и возражения принимаются в месячный срок."],
    "edu_menu": ["Школы | Вузы | Экзамены | Образование | Олимпиады"],
    "contest_kicker": ["ДИКТАНТ", "ШКОЛЬНЫЙ КОНКУРС"],
    "winners_box": [
        "Итоги конкурса\n1-е место: гимназия из Худжанда · 2-е место: лицей из Душанбе\n3-е место: школа № 7, Куляб"
    ],
    "words_box": ["Самое трудное слово\n«междугородний» — без ошибок его написал только победитель"],
    "next_round_note": ["Следующий республиканский тур пройдёт весной, школьные этапы начнутся в январе."],
    "enter_prompt": ["Учителя могут подать заявку через районный отдел образования."],
    "events_menu": ["Культура | Музыка | Театр | Праздники | ТВ"],
    "show_kicker": ["ШОУ ТАЛАНТОВ", "ФИНАЛ"],
    "finalists_box": [
        "Финалисты\nТанцевальный ансамбль из Куляба · Исполнитель фалака из Хорога\n"
        "Девятилетний пианист из Худжанда · Юморист из Бохтара\n"
        "Победителя определили жюри и зрители"
    ],
    "vote_note": ["SMS-голосование закрылось в 22:00, подсчёт голосов вела независимая комиссия."],
    "audition_prompt": ["Поёте, танцуете, шутите? Кастинг следующего сезона начнётся весной."],
    "opinion_menu": ["Мнения | Колонки | Редакционная статья | Письма читателей | Карикатура"],
    "letters_kicker": ["ПИСЬМО В РЕДАКЦИЮ", "ГОЛОС ЧИТАТЕЛЯ"],
    "editor_note": ["От редакции: письмо публикуется с сокращениями."],
    "letters_policy": ["Мнение автора письма может не совпадать с позицией редакции."],
    "write_prompt": ["Напишите нам: письма принимаются по электронной почте и в Telegram."],
    "city_bar": ["Хукумат | Города-побратимы | Культура | Молодёжь | Пресс-служба"],
    "twin_box": [
        "О побратимстве\nГорода-побратимы с 2012 года · Проекты: обмен студентами, фестиваль плова, ремонт школ\n"
        "Следующий визит: делегацию города-побратима ждут весной"
    ],
    "exchange_prompt": ["Семьи, готовые принять студента по программе обмена, могут записаться в хукумате."],
}

PHRASES["ca"] = {  # Andorra
    "months": _words("gener febrer març abril maig juny juliol agost setembre octubre novembre desembre"),
    "mon_abbr": _words("gen. febr. març abr. maig juny jul. ag. set. oct. nov. des."),
    "wd_abbr": _words("dilluns dimarts dimecres dijous divendres dissabte diumenge"),
    "names": [
        "Jordi Meritxell Xavier Núria Marc Montserrat Albert Laura Arnau Cristina",
        "Cerqueda Rossell Pintat Marsal Riba Areny Armengol Naudi Visa Pujal",
    ],
    "cities": [
        "Andorra la Vella",
        "Escaldes-Engordany",
        "Encamp",
        "Sant Julià de Lòria",
        "la Massana",
        "Ordino",
        "Canillo",
    ],
    "quote": ["«{}»"],
    "and": ["i"],
    "local_pet": ["{d} {month:de()} del {y}, {hm}", "{month:seendot({dd}{mi})} lectures – {dd}/{mm}/{y}"],
    "local_bench": ["{d} {month:de()} del {y}", "{dd}.{mm}.{y}"],
    "local_oath": [
        "{wd}, {d} {month:de()} del {y} - {hm}",
        "{dd}/{mm}/{y} a les {hm} (actualitzat: {month:later({h}{mi})})",
    ],
    "local_street": ["{d} {month:de()} del {y}", "{dd}-{mm}-{y}"],
    "local_bee": ["{d} {mon} {y} · Temps de lectura: {month:read({mi})} min", "{wd:cap()}, {d} {month:de()} del {y}"],
    "local_stage": ["{dd}/{mm}/{y} {h}.{mi} h", "{d} {month:de()} del {y}"],
    "local_letter": ["{wd:cap()}, {d} {month:de()} del {y}", "{dd}/{mm}/{y}"],
    "local_twin": ["{d} {month:de()} del {y}"],
    "glue_twin": ["Andorra la Vella, {d} (ANA). – ", "{C}, {d}. – ", "{C} ({d}) – "],
    "published": ["Edicte del {d}", "Publicat el {d}"],
    "hd_pet": ["{t}", "Perdut: {t}", "{q}", "S'ha perdut: {t}"],
    "hd_bench": ["{t}", "Homenatge: {t}"],
    "hd_oath": ["{t}", "«{t}»", "Nacionalitat: {t}"],
    "hd_street": ["{t}", "Nomenclàtor: {t}"],
    "hd_bee": ["{t}", "Concurs de dictat: {t}", "{q}"],
    "hd_stage": ["{t}", "«{t}»", "Concurs de talents: {t}"],
    "hd_letter": ["{t}", "Carta al director: {t}", "{q}", "«{t}»"],
    "hd_twin": ["{t}", "Agermanament: {t}", "{q}"],
    "by_pet": ["Publicat per {a}", "{a} | Societat"],
    "by_bench": ["Per {a}", "{a}"],
    "by_oath": ["Per {a}", "Crònica: {a}"],
    "by_street": ["{a}", "Redacció: {a}"],
    "by_bee": ["Per {a}", "{a}"],
    "by_stage": ["{a}, secció de Cultura", "Per {a} | Espectacles"],
    "by_letter": ["{a}, Encamp", "{a}, Sant Julià de Lòria", "{a}"],
    "by_twin": ["Per {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "Instagram", "Telegram", "Correu"],
    "icons": ICONS25,
    "home": ["Inici"],
    "sections": ["Nacional", "Parròquies", "Societat", "Cultura", "Educació", "Política"],
    "caption_credit": ["{c}. Foto · {n}", "{c} (imatge: {n})"],
    "photo": ["Foto: {n}", "Imatge de {n}/ANA"],
    "comments": ["{n} lectors han comentat", "Comenta la notícia ({n})"],
    "tags": ["Temes: {t}", "Temes relacionats: {t}"],
    "newsletter": ["El butlletí del matí: l'actualitat andorrana al teu correu abans de les 8, gratis"],
    "rights": [
        "© {y} {site} · Continguts protegits · Andorra la Vella",
        "{site} {y} — Qui som — Publicitat",
    ],
    "related_head": ["Et recomanem", "Altres notícies de les parròquies"],
    "ad": ["Publicitat", "— Espai patrocinat —"],
    "read_also": ["Llegeix també: {t}", "Relacionat » {t}"],
    "gallery": ["Imatge {i}/{k} · {t}", "{t} [galeria, {i} de {k}]"],
    "title_site": ["{t} | {site}", "{t} - {site} Andorra"],
    "listen": ["Escolta la notícia ({n} min)", "▶ Versió d'àudio · {n} minuts"],
    "follow": ["Segueix-nos a Instagram, Facebook i X"],
    "cookie": ["Aquest web utilitza galetes pròpies i de tercers. Accepta-les o configura-les"],
    "print": ["Imprimeix"],
    "email": ["Envia per correu"],
    "community_bar": ["Societat | Anuncis | Objectes perduts | Agenda | Voluntariat"],
    "pet_badge": ["ES BUSCA", "ANIMAL PERDUT"],
    "pet_box": [
        "Fitxa de l'animal\nNom: Lluna · Gos d'atura català, pelatge gris · Edat: 7 anys\n"
        "Vist per última vegada: al camí ral, a prop del pont de la Margineda",
        "Fitxa de l'animal\nNom: Pelut · Gat persa blanc, porta collar verd · Edat: 4 anys\n"
        "Vist per última vegada: a l'aparcament de les pistes d'esquí",
    ],
    "reward_note": ["La família ofereix una gratificació a qui ajudi a trobar l'animal."],
    "seen_it_prompt": ["L'has vist? Avisa els agents de circulació del comú o escriu a la redacció."],
    "chip_note": ["Recordeu que tots els gossos han d'estar identificats amb xip i censats al comú."],
    "parks_menu": ["Comú | Parcs i jardins | Patrimoni | Edictes | Contacte"],
    "plaque_box": ["Text de la placa\n«En record d'un veí que va tenir cura d'aquest parc durant trenta anys»"],
    "bench_scheme": ["El banc l'ha pagat la família; el comú s'encarrega del manteniment durant deu anys."],
    "bench_prompt": ["Vols dedicar un banc o un arbre a algú? Presenta la sol·licitud al Servei de Tràmits del comú."],
    "gov_bar": ["Govern d'Andorra | Nacionalitat | Immigració | Tràmits | Notícies"],
    "oath_kicker": ["NACIONALITAT", "NOUS ANDORRANS"],
    "oath_box": [
        "L'acte\nNous nacionals: 31 persones de 8 països · Lloc: la sala d'actes del Govern\n"
        "El jurament de fidelitat a les institucions es va fer davant del ministre"
    ],
    "apply_note": ["Les sol·licituds d'adquisició de la nacionalitat es presenten al Departament d'Immigració."],
    "who_may_note": [
        "La llei demana molts anys de residència principal i permanent i la renúncia a l'altra nacionalitat."
    ],
    "townhall_strip": ["Comú | Edictes | Tràmits | Urbanisme | Oficina en línia"],
    "notice_badge": ["EDICTE", "AVÍS PÚBLIC"],
    "rename_box": [
        "Noves denominacions\nCarrer sense nom del Clot → carrer de les Trementinaires · "
        "Passatge 2 → passatge del Roc\n"
        "Les plaques noves es col·locaran abans de l'estiu"
    ],
    "address_note": ["No cal canviar el passaport; el comú actualitzarà d'ofici les adreces del cens."],
    "objection_prompt": [
        "Les al·legacions es poden presentar per escrit al Servei de Tràmits en el termini de 30 dies."
    ],
    "edu_menu": ["Educació | Escola andorrana | Batxillerat | Universitat | Formació"],
    "contest_kicker": ["CONCURS DE DICTAT", "ESCOLES"],
    "winners_box": [
        "Classificació\n1r: una escola de segona ensenyança de Santa Coloma · 2n: un col·legi d'Escaldes\n"
        "3r: un liceu d'Andorra la Vella"
    ],
    "words_box": ["La paraula decisiva\n«desenvolupament», escrita sense cap error a la darrera ronda"],
    "next_round_note": ["La final nacional es farà per Sant Jordi; les proves escolars comencen al gener."],
    "enter_prompt": ["Els centres poden inscriure els alumnes al Ministeri d'Educació fins al desembre."],
    "events_menu": ["Cultura | Festes majors | Teatre | Música | TV"],
    "show_kicker": ["CONCURS DE TALENTS", "LA GRAN FINAL"],
    "finalists_box": [
        "Els finalistes\nUn grup de dansa de la Massana · Una cantant d'Escaldes\n"
        "Un jove pianista d'Ordino · Un humorista d'Encamp\n"
        "Guanyador triat pel jurat i pel vot del públic"
    ],
    "vote_note": ["La votació per SMS es va tancar a les 22 h amb la supervisió d'un notari."],
    "audition_prompt": ["Tens algun talent? Els càstings de la propera temporada s'obren a la primavera."],
    "opinion_menu": ["Opinió | Editorial | Articulistes | Cartes al director | Vinyeta"],
    "letters_kicker": ["CARTES AL DIRECTOR", "L'OPINIÓ DELS LECTORS"],
    "editor_note": ["Nota de la redacció: la carta s'ha escurçat per motius d'espai."],
    "letters_policy": ["Les cartes no poden superar les 250 paraules i han d'anar signades amb nom i passaport."],
    "write_prompt": ["Envia'ns la teva carta a l'adreça de la secció d'opinió."],
    "city_bar": ["Comú | Agermanaments | Cultura | Joventut | Premsa"],
    "twin_box": [
        "L'agermanament\nParròquies agermanades des del 2003 · Projectes: intercanvis escolars, "
        "esquí adaptat, romànic\n"
        "Propera visita: una delegació de la vila agermanada arribarà a la tardor"
    ],
    "exchange_prompt": ["Les famílies que vulguin acollir un jove durant l'intercanvi poden inscriure's al comú."],
}

PHRASES["sq"] = {  # Kosovo
    "months": _words("janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor"),
    "mon_abbr": _words("Jan Shk Mar Pri Maj Qer Kor Gus Sht Tet Nën Dhj"),
    "wd_abbr": _words("e_hënë e_martë e_mërkurë e_enjte e_premte e_shtunë e_diel"),
    "names": [
        "Arben Vjosa Blerim Drita Fatmir Albulena Besnik Donika Valon Teuta",
        "Krasniqi Berisha Gashi Hoxha Morina Shala Kastrati Rexhepi Bytyqi Osmani",
    ],
    "cities": ["Prishtinë", "Prizren", "Pejë", "Gjakovë", "Mitrovicë", "Ferizaj", "Gjilan", "Vushtrri", "Podujevë"],
    "quote": ["“{}”"],
    "and": ["dhe"],
    "local_pet": ["{dd}.{mm}.{y} {hm}", "{wd:cap()}, {d} {month:cap()} {y} · {month:seenbare({dd}{mi})} lexime"],
    "local_bench": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_oath": ["{d} {month:cap()} {y}, {hm}", "{dd}/{mm}/{y} ora {hm} (përditësuar në {month:later({h}{mi})})"],
    "local_street": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_bee": ["Lexim {month:read({mi})} minuta · {d} {mon} {y}", "{wd:cap()}, {d} {month} {y}"],
    "local_stage": ["{dd}.{mm}.{y} {hm}", "{d} {month:cap()} {y}"],
    "local_letter": ["{wd:cap()}, {d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_twin": ["{d} {month} {y}"],
    "glue_twin": ["Prishtinë, {d} (KosovaPress) – ", "{C}, {d} – ", "{C} ({d}) – "],
    "published": ["Njoftim i datës {d}", "Vendosur më {d}"],
    "hd_pet": ["{t}", "Humbi: {t}"],
    "hd_bench": ["{t}", "Në kujtim: {t}"],
    "hd_oath": ["{t}", "“{t}”", "Shtetësia: {t}"],
    "hd_street": ["{t}", "Emërtimi i rrugëve: {t}"],
    "hd_bee": ["{t}", "Gara e drejtshkrimit: {t}"],
    "hd_stage": ["{t}", "“{t}”", "Shou i talenteve: {t}"],
    "hd_letter": ["{t}", "Letër e lexuesit: {t}"],
    "hd_twin": ["{t}", "Binjakëzim: {t}"],
    "by_pet": ["Postuar nga {a}", "{a} | Lajme lokale"],
    "by_bench": ["Nga {a}", "{a}"],
    "by_oath": ["Nga {a}", "Raportoi: {a}"],
    "by_street": ["{a}", "Përgatiti: {a}"],
    "by_bee": ["Nga {a}", "{a}"],
    "by_stage": ["{a}, redaksia e kulturës", "Nga {a} | Showbiz"],
    "by_letter": ["{a}, Prizren", "{a}, Ferizaj", "{a}"],
    "by_twin": ["Nga {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "Viber", "X", "Instagram", "Email"],
    "icons": ICONS25,
    "home": ["Ballina"],
    "sections": ["Lajme", "Rajoni", "Shoqëri", "Kulturë", "Arsim", "Politikë"],
    "caption_credit": ["{c} – foto: {n}", "{c} (Fotoja: {n})"],
    "photo": ["Foto: {n}", "Foto nga {n}/KosovaPress"],
    "comments": ["{n} komente", "Komento lajmin ({n})"],
    "tags": ["Etiketat: {t}", "Tema: {t}"],
    "newsletter": ["Lajmet e ditës në emailin tënd çdo mëngjes – regjistrohu falas"],
    "rights": [
        "© {y} {site}. Ndalohet ripublikimi i përmbajtjes pa leje. Prishtinë, Kosovë",
        "{site} {y} – Rreth nesh – Reklamo me ne",
    ],
    "related_head": ["Lexo edhe këto", "Më shumë nga rubrika"],
    "ad": ["Reklamë", "— Hapësirë reklamuese —"],
    "read_also": ["Lexo edhe: {t}", "Të ngjashme » {t}"],
    "gallery": ["Fotografia {i} nga {k} – {t}", "Galeria ({i} nga {k}): {t}"],
    "title_site": ["{t} | {site}", "{t} – {site} Kosova"],
    "listen": ["Dëgjo lajmin ({n} min)", "🔊 Lexuar me zë · {n} minuta"],
    "follow": ["Na gjeni në Instagram dhe TikTok"],
    "cookie": ["Kjo faqe përdor cookies për të përmirësuar përvojën tuaj. Pranoj | Më shumë"],
    "print": ["Printo"],
    "email": ["Dërgo me email"],
    "community_bar": ["Komuniteti | Njoftime | Të humbura e të gjetura | Agjenda | Vullnetarizëm"],
    "pet_badge": ["KËRKOHET", "KAFSHË E HUMBUR"],
    "pet_box": [
        "Të dhënat\nEmri: Luli · Qen i Sharrit, ngjyrë gri · Mosha: 4 vjeç\n"
        "Parë për herë të fundit: afër Parkut të Qytetit, me qafore të kuqe",
        "Të dhënat\nEmri: Borë · Mace e bardhë me sy të kaltër · Mosha: 1 vjeç\n"
        "Parë për herë të fundit: në oborrin e shkollës së lagjes",
    ],
    "reward_note": ["Familja ofron shpërblim për këdo që ndihmon në gjetjen e kafshës."],
    "seen_it_prompt": ["E keni parë? Lajmëroni familjen përmes redaksisë sonë ose strehimoren komunale për kafshë."],
    "chip_note": ["Kujtojmë se qentë duhet të vaksinohen kundër tërbimit dhe të regjistrohen me mikroçip."],
    "parks_menu": ["Komuna | Parqet | Trashëgimia | Njoftime | Kontakt"],
    "plaque_box": ["Mbishkrimi në pllakë\n“Në kujtim të një fqinji të mirë që mbolli pemët e para të këtij parku”"],
    "bench_scheme": ["Ulësja u dhurua nga familja; komuna merr përsipër mirëmbajtjen për dhjetë vjet."],
    "bench_prompt": [
        "Dëshironi t'i kushtoni dikujt një ulëse apo një pemë? Kërkesa dorëzohet në Qendrën për Shërbime."
    ],
    "gov_bar": ["Ministria e Punëve të Brendshme | Shtetësia | Dokumentet | e-Kosova | Lajme"],
    "oath_kicker": ["SHTETËSIA", "SHTETAS TË RINJ"],
    "oath_box": [
        "Ceremonia\nShtetas të rinj: 23 persona nga 7 shtete · Vendi: salla e ceremonive të ministrisë\n"
        "Certifikatat e shtetësisë u ndanë nga zyrtarët e ministrisë"
    ],
    "apply_note": ["Kërkesat për shtetësi me natyralizim shqyrtohen nga departamenti përkatës i ministrisë."],
    "who_may_note": ["Ligji kërkon ndër të tjera disa vjet banim të ligjshëm e të pandërprerë në Kosovë."],
    "townhall_strip": ["Komuna | Njoftime zyrtare | Shërbime | Urbanizmi | Shërbime online"],
    "notice_badge": ["NJOFTIM ZYRTAR", "VENDIM"],
    "rename_box": [
        "Emërtimet e reja\nRruga pa emër te tregu → rruga e Zejtarëve · Rruga 12 → rruga e Bletarëve\n"
        "Tabelat e reja do të vendosen brenda muajit"
    ],
    "address_note": ["Letërnjoftimet mbeten të vlefshme; adresat përditësohen zyrtarisht në regjistrin civil."],
    "objection_prompt": ["Vërejtjet mund të dorëzohen me shkrim në zyrën e Kuvendit Komunal brenda 30 ditëve."],
    "edu_menu": ["Arsimi | Shkollat | Matura | Universiteti | Olimpiada"],
    "contest_kicker": ["GARA E DREJTSHKRIMIT", "SHKOLLAT"],
    "winners_box": [
        "Renditja\nVendi i parë: një shkollë nga Prizreni · Vendi i dytë: një shkollë nga Gjilani\n"
        "Vendi i tretë: një shkollë nga Peja"
    ],
    "words_box": ["Fjala vendimtare\n“përgjegjshmëri”, e shkruar pa gabim në raundin e fundit"],
    "next_round_note": ["Gara kombëtare e vitit të ardhshëm mbahet në mars; garat shkollore nisin në janar."],
    "enter_prompt": ["Mësimdhënësit i regjistrojnë nxënësit përmes drejtorisë komunale të arsimit."],
    "events_menu": ["Kulturë | Muzikë | Teatër | Festivale | TV"],
    "show_kicker": ["SHOU I TALENTEVE", "FINALJA E MADHE"],
    "finalists_box": [
        "Finalistët\nNjë grup valltarësh nga Rugova · Një këngëtare nga Gjakova\n"
        "Një violinist dymbëdhjetëvjeçar nga Mitrovica · Një humorist nga Ferizaj\n"
        "Fituesi u zgjodh nga juria dhe vota e publikut"
    ],
    "vote_note": ["Votimi me SMS u mbyll në orën 22:00 nën mbikëqyrjen e një noteri."],
    "audition_prompt": ["Ke një talent? Audicionet për sezonin e ardhshëm hapen në pranverë."],
    "opinion_menu": ["Opinion | Editorial | Kolumnistët | Letrat e lexuesve | Karikatura"],
    "letters_kicker": ["LETËR NGA LEXUESI", "ZËRI I LEXUESIT"],
    "editor_note": ["Shënim i redaksisë: letra është shkurtuar për shkak të hapësirës."],
    "letters_policy": ["Mendimet e shprehura në letra nuk përfaqësojnë domosdoshmërisht qëndrimin e redaksisë."],
    "write_prompt": ["Na shkruani: dërgoni letrën tuaj me email në rubrikën e opinioneve."],
    "city_bar": ["Komuna | Qytetet binjake | Kulturë | Rinia | Zyra për informim"],
    "twin_box": [
        "Binjakëzimi\nQytete binjake që nga viti 2011 · Projekte: shkëmbime nxënësish, festival filmi, ujësjellës\n"
        "Vizita e radhës: një delegacion nga qyteti binjak pritet në pranverë"
    ],
    "exchange_prompt": ["Familjet që duan të presin një të ri gjatë shkëmbimit mund të regjistrohen në komunë."],
}

STYLES = [
    {
        # lost-and-found pet notice: a community bar, a breadcrumb, a badge, the date with a view count, a byline on
        # half the pages, the cookie line at the foot and no copyright line
        "name": "pet_notice",
        "header": ["community_bar", "breadcrumb", "pet_badge", "title", "date", "byline?"],
        "body_inserts": ["pet_box", "caption_credit", "reward_note", "list", "subheading"],
        "footer": ["seen_it_prompt", "chip_note", "share_names", "comments", "cookie"],
        "date_formats": ["local_pet"],
        "headlines": "hd_pet",
        "maybe_p": 0.5,
        "n_authors": (1,),
        "blank": True,
        "crumb_sep": " » ",
        "share_sep": " · ",
        "by_join": "and",
        "by_key": "by_pet",
        "say": SAY,
    },
    {
        # memorial bench dedication, no blank lines: page title, menu, the headline again, a standfirst on three pages
        # in five, then the date and the byline on one line
        "name": "bench_dedication",
        "header": ["title_site", "parks_menu", "title_dup", "standfirst?", "date_byline"],
        "body_inserts": ["plaque_box", "caption_title", "quote", "bench_scheme", "subheading"],
        "footer": ["bench_prompt", "related", "print_email", "rights"],
        "date_formats": ["local_bench"],
        "headlines": "hd_bench",
        "maybe_p": 0.6,
        "n_authors": (1, 1, 2),
        "blank": False,
        "crumb_sep": " > ",
        "db_sep": [" — ", " · ", " / "],
        "by_join": "and",
        "by_key": "by_bench",
        "say": SAY,
    },
    {
        # citizenship ceremony: a cookie line first, a kicker, a standfirst seven times in ten, the byline OVER the
        # date line with an update time, an audio player on some pages
        "name": "citizenship_ceremony",
        "header": ["cookie", "gov_bar", "oath_kicker", "title", "standfirst?", "byline", "date", "listen?"],
        "body_inserts": ["oath_box", "caption_gallery", "quote", "apply_note", "list"],
        "footer": ["who_may_note", "tags", "newsletter", "share_icons", "rights"],
        "date_formats": ["local_oath"],
        "headlines": "hd_oath",
        "maybe_p": 0.7,
        "n_authors": (1, 2),
        "blank": True,
        "crumb_sep": " > ",
        "share_sep": " ",
        "by_join": "and",
        "by_key": "by_oath",
        "say": SAY,
    },
    {
        # street-renaming notice: a council strip, a breadcrumb, a badge, a "published" line, the byline UNDER the
        # text on three pages in five with the authors joined by commas
        "name": "street_renaming",
        "header": ["townhall_strip", "breadcrumb", "notice_badge", "title", "published"],
        "body_inserts": ["rename_box", "address_note", "photo_credit", "list", "subheading"],
        "footer": ["byline_end?", "objection_prompt", "related", "share_row", "rights"],
        "date_formats": ["local_street"],
        "headlines": "hd_street",
        "maybe_p": 0.6,
        "n_authors": (1, 2),
        "blank": True,
        "crumb_sep": " / ",
        "share_sep": " | ",
        "by_join": "comma",
        "by_key": "by_street",
        "say": SAY,
    },
    {
        # school spelling or dictation contest: the byline ABOVE the headline, a standfirst on half the pages, the
        # date line with a reading time
        "name": "spelling_contest",
        "header": ["edu_menu", "contest_kicker", "byline", "title", "standfirst?", "date"],
        "body_inserts": ["winners_box", "words_box", "caption_credit", "quote", "subheading"],
        "footer": ["next_round_note", "enter_prompt", "related", "comments", "follow", "rights"],
        "date_formats": ["local_bee"],
        "headlines": "hd_bee",
        "maybe_p": 0.5,
        "n_authors": (1, 2),
        "blank": True,
        "crumb_sep": " > ",
        "by_join": "and",
        "by_key": "by_bee",
        "say": SAY,
    },
    {
        # talent show final: a kicker, a single author with a desk or role and the date on one line, a named share
        # row, the standfirst UNDER the share row seven times in ten
        "name": "talent_final",
        "header": ["events_menu", "show_kicker", "title", "byline_date", "share_names", "standfirst?"],
        "body_inserts": ["finalists_box", "caption_echo", "quote", "ad", "vote_note"],
        "footer": ["tags", "audition_prompt", "comments", "follow", "rights"],
        "date_formats": ["local_stage"],
        "headlines": "hd_stage",
        "maybe_p": 0.7,
        "n_authors": (1,),
        "blank": True,
        "crumb_sep": " > ",
        "bd_sep": [" | ", " – ", ", "],
        "share_sep": " / ",
        "by_join": "and",
        "by_key": "by_stage",
        "say": SAY,
    },
    {
        # letter to the editor: no byline in the header, the writer and a place UNDER the text, the letters policy
        "name": "reader_letter",
        "header": ["opinion_menu", "letters_kicker", "title", "date"],
        "body_inserts": ["quote", "list", "editor_note"],
        "footer": ["byline_end", "letters_policy", "write_prompt", "related", "share_icons", "rights"],
        "date_formats": ["local_letter"],
        "headlines": "hd_letter",
        "n_authors": (1,),
        "blank": True,
        "crumb_sep": " > ",
        "share_sep": "  ",
        "by_join": "and",
        "by_key": "by_letter",
        "say": SAY,
    },
    {
        # town-twinning visit, no blank lines: a city bar, a breadcrumb, the byline under the headline, a standfirst
        # on three pages in five, the article's only date in a city or agency dateline glued to the first sentence
        "name": "twin_town_visit",
        "header": ["city_bar", "breadcrumb", "title", "byline", "standfirst?", "date_glued"],
        "body_inserts": ["twin_box", "caption_credit", "quote", "read_also", "subheading"],
        "footer": ["exchange_prompt", "related", "newsletter", "follow", "rights"],
        "date_formats": ["local_twin"],
        "headlines": "hd_twin",
        "glue": "glue_twin",
        "maybe_p": 0.6,
        "n_authors": (1, 2),
        "blank": False,
        "crumb_sep": " › ",
        "by_join": "and",
        "by_key": "by_twin",
        "say": SAY,
    },
]
