"""TWENTY-THIRD HELD-OUT templates, written BLIND: their author read only build.py, score.py (for the format it
expects), the earlier styles files (for their format and to avoid their site kinds, countries, phrases,
widget texts and layouts) and the shared sentence files build.py draws from (searched for their question marks:
questions usable as headlines in the English, German, Portuguese, Russian, Arabic and Hindi files; four odd ones in
the French file and none with their "¿" and accents in the Spanish file, so no question headlines in fr and es);
never the cleaner's rules, lexicon or content model, nor of the docs and tests more than the lines that list the
splits, nor the history of the repository beyond the commit that added heldout22 (for the files a split is registered
in); the cleaner was run on them once, through score.py, for a first-contact figure (its ALL line only), and they
were never changed after it. Eight languages the data has, on sites from countries no earlier split modelled:
Jamaican English (Kingston, Montego Bay, May Pen; "Published:Wednesday | November 25, 2026 | 2:32 PM" as the Kingston
dailies print it, "Wednesday, 25 November 2026 at 2:32 p.m.", "Nov 25, 2026 2:32 PM"; CMC and JIS datelines
"KINGSTON, Jamaica, Nov 25, 2026, CMC – ", "MAY PEN, Jamaica, November 25, 2026 (JIS): "; J$, the NWA, the National
Blood Transfusion Service, the KSAMC and the Town and Country Planning Act, the Philatelic Bureau; "{name}/Staff
Reporter", "Western Bureau"), Luxembourg German (Esch/Alzette, Differdingen, Ettelbrück; "25.11.2026 um 14.32 Uhr",
"Mi., 25. Nov. 2026", "aktualisiert um 16:05 Uhr"; "(ESCH/ALZETTE, 25. November 2026) – " datelines; the Skoda-Tour
de Luxembourg, the ALVA's food checks, the Schöffenrat, the PAG and the Bautenreglement, POST's stamps, the Uni.lu;
Luxembourgish family names, Majerus, Theisen, Goedert), Haitian French (Port-au-Prince, Cap-Haïtien, Jacmel, Les
Cayes; "Publié le 2026-11-25" with the ISO date as Port-au-Prince's oldest daily prints it, "25 nov. 2026 à 14h32";
AHP and HPN datelines "Port-au-Prince, 25 novembre 2026 – (AHP) – "; gourdes, the MSPP, the Croix-Rouge haïtienne,
the Office des postes, the Université d'État d'Haïti, reforestation; Haitian given and family names, Wideline,
Fritznel, Guerline, Exantus, Métellus, Saint-Fort), Chilean Spanish (Santiago, Valparaíso, Concepción, Temuco; "25
NOV 2026 02:32 PM", "25/11/2026 - 14:32 hrs.", "{city}, 25/11/2026 (Orbe).- " datelines; pesos "$1.200", the Seremi
de Salud's sumarios sanitarios, Vialidad's desvíos, Correos de Chile, the QS ranking, the Plan Regulador and the
Dirección de Obras Municipales, CONAF's native trees quillay, peumo and boldo; Mapuche family names, Huenchumilla,
Catrileo, Painemal, Ñancupil), Timorese Portuguese (Díli, Baucau, Maliana, Suai; "25 de novembro de 2026, 14:32",
"actualizado às 16:05" in the pre-reform spelling Timorese papers keep; TATOLI datelines "DÍLI, 25 de novembro de
2026 (TATOLI) – "; US dollars, the AIFAESA's inspections, the Guido Valadares hospital's blood bank, the Tour de
Timor, the UNTL, tais on the stamps, mangroves at Hera; Timorese family names, Ximenes, Guterres, Sarmento, Lobato,
Tilman), Kyrgyzstani Russian (Бишкек, Ош, Каракол, Нарын; "25.11.2026, 14:32 (обновлено 16:05)", "4 372 просмотра"
with the Russian plural; Sputnik, Кабар and 24.kg datelines "БИШКЕК, 25 ноя 2026 — Sputnik. ", "ОШ, 25 ноября 2026
/Кабар/. "; soms, the sanitary-epidemiological service, Бишкекглавархитектура, «Жашыл мурас», kok-boru in the sport
menu; Kyrgyz names with -ов surnames, so male given names only), Omani Arabic (مسقط, صلالة, صحار, نزوى; "الأربعاء 25
نوفمبر 2026م" with the "م" of the Gregorian year, Arabic-Indic digits on some pages, "02:32 مساءً", "آخر تحديث"; ONA
datelines "مسقط في 25 نوفمبر 2026م /العُمانية/ "; rials and baisas, the Tour of Oman, the central blood bank at
Bousher, Sultan Qaboos University, mangroves (القرم) and ghaf trees; Omani family names, البلوشي, الرواحي, الهنائي;
authors joined by the bound "و") and Fiji Hindi (सुवा, लौटोका, नादी, लबासा; "25 नवंबर 2026, दोपहर 2:32 बजे" with the
Hindi part of the day before a 12-hour clock, "(फ़िजी समय)", Devanagari digits on some pages; "सुवा, 25 नवंबर 2026
(एफ़बीसी)। " datelines; Fiji dollars, the CWM hospital, rugby in the sport menu, girmit on the stamps; Indo-Fijian
given names and family names, अविनेश, रवनील, सलेशनी, गौंडर, मुदलियार, महाराज).

Kinds of sites (none in an earlier split): a cycling race report (a sport menu, a kicker, a standfirst on three pages
in five, one or two authors and the date on one line with " – ", " | " or "  ·  ", a reading time or an audio player
on three pages in five, a stage-result box over three lines, a general-classification box over two lines, captions
with credits, a provisional-results note, related stories, a named share row), a blood-donation drive with no blank
lines (a health menu, the headline, the lead picture's caption and its credit over two lines BETWEEN the headline and
the byline, a single author with or without a role, the date line, an icon share row on half the pages, a
where-to-give box over three lines, an eligibility note, ads, a book-your-slot prompt, tags, a cookie line at the
foot), restaurant hygiene inspection results (a cookie line at the top, a menu, a breadcrumb, the date line ABOVE the
headline, a standfirst seven times in ten, a single author, a results box over three lines, captions, "read also"
links, an inspections note, a report-a-breach prompt, comments, a share row), roadworks and road-closure notices (a
traffic bar, an advisory badge, the headline, a "posted" line, a byline on three pages in five with the authors
joined by commas, diversion and closure-times boxes, photo credits, an app prompt, related stories, a share prompt),
new postage-stamp issues (the page title with the site's name, a culture menu, the headline again, a standfirst four
times in five, the date line, an issue-details box over three lines, the headline as a picture caption, a collectors'
shop line, the byline UNDER the text on seven pages in ten, a first-day-cover note, a newsletter prompt, "follow
us"), university rankings news (an education menu, a kicker, a standfirst nine times in ten, one or two authors, the
date line with an update time, an icon share row UNDER the date line, a ranking box over three lines, a methodology
note inside the text, a compare-courses prompt, tags, comments), a planning application notice with no blank lines (a
council strip, the headline, a single author with a bureau on half the pages, the article's only date in an agency or
city dateline glued to the first sentence, an application box over three lines, an objections box over two lines, a
statutory note, print and e-mail links) and a tree-planting campaign (an environment menu, the headline, the date
line OVER a byline of two authors, the standfirst UNDER the byline on three pages in five, a planting-day box over
three lines, gallery captions repeating the headline, a volunteer prompt, a sponsored note, a newsletter prompt,
"follow us", comments).

What build.py had to learn for this split: nothing; it only registers the split. Every earlier split still builds
byte for byte as before (checked by building all twenty-three earlier splits before and after and comparing sha256
digests of their documents, text and labels).

How the date lines are made: build.py fills a local date pattern with str.format and passes the month and weekday
names from this module's lists, as `Word` strings: plain ("{month}") they are the name; "{mon:up}" is in capitals,
"{wd:cap}" capitalised, "{wd:short}" another form of the name (the short weekday "Mi.", "ср"), "{month:hrs={h}}" the
hour on a 12-hour clock and "{month:dotap={h}}" its "a.m." or "p.m.", "{month:arap={h}}" صباحًا or مساءً,
"{month:hipart={h}}" the Hindi part of the day (सुबह, दोपहर, शाम, रात), "{month:read={mi}}" a reading time of 2 to 9
minutes, "{month:upd={h}{mi}}" an update time one to three hours after the hour, "{month:ruviews={dd}{mi}}" a Russian
view count with its plural and a space between the thousands, "{month:ai=...}" and "{month:dev=...}" its text in
Arabic-Indic or Devanagari digits. The numbers come from the date's own digits. The gold date is always the Gregorian
ISO date.

Limits of build.py this split cannot cross: a widget cannot see the byline, the headline or the date, so a stage box,
a ranking box or an application box is generic for its language and its figures and names are invented (the stage
boxes name riders from the language's own name list); widgets' lines all carry one label, so a lead picture's caption
and credit are both "caption" lines; body inserts are drawn with replacement, so a box may be printed twice; one date
per document, so a closure's or an objection period's own dates are not the article's; a byline with a role or bureau
after the names is used only where a style has a single author; a Russian byline's verb cannot agree with the number
of authors, so Russian labels are nouns ("Текст:") or a plural verb where a style always has two authors
("Подготовили:"); an Arabic label cannot agree with the author's gender, so Arabic labels are nouns ("بقلم:",
"إعداد:", "متابعة:"); tags are joined with ", " in every language, Arabic too; site names in page titles, bylines and
copyright lines come from build.py's shared list of English brand names; phone numbers are left out or are
placeholders. The sentence files are not Jamaican, Luxembourg, Haitian, Chilean, Timorese, Kyrgyzstani, Omani or
Indo-Fijian prose, so only the chrome of those pages is local.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "pt", "ru", "ar", "hi")

AI_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEV_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


def _plural_ru(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _hi_period(hour: int) -> str:
    if 4 <= hour < 12:
        return "सुबह"
    if 12 <= hour < 16:
        return "दोपहर"
    if 16 <= hour < 20:
        return "शाम"
    return "रात"


class Word(str):
    """A month or weekday name that, given a format spec, writes another part of the date line (see the docstring)."""

    short = ""  # another form of the name: an abbreviation with a full stop, a short weekday

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        kind, _, arg = spec.partition("=")
        if kind == "up":
            return str(self).upper()
        if kind == "cap":
            return str(self)[:1].upper() + str(self)[1:]
        if kind == "short":
            return self.short or str(self)
        if kind == "dotap":
            return "a.m." if int(arg) < 12 else "p.m."
        if kind == "hrs":
            return str((int(arg) - 1) % 12 + 1)
        if kind == "arap":
            return "صباحًا" if int(arg) < 12 else "مساءً"
        if kind == "hipart":
            return _hi_period(int(arg))
        if kind == "read":
            return str(2 + int(arg) % 8)
        if kind == "upd":
            hour, minute = int(arg[:2]), int(arg[2:])
            return f"{min(hour + 1 + minute % 3, 23):02d}:{(minute * 7) % 60:02d}"
        if kind == "views":
            return f"{200 + int(arg) * 3:,}"
        if kind == "ruviews":
            views = 150 + int(arg) * 2
            number = f"{views // 1000} {views % 1000:03d}" if views >= 1000 else str(views)
            return f"{number} {_plural_ru(views, 'просмотр', 'просмотра', 'просмотров')}"
        if kind == "ai":
            return arg.translate(AI_DIGITS)
        if kind == "dev":
            return arg.translate(DEV_DIGITS)
        raise ValueError(spec)


def _words(names: str, shorts: str = "") -> list[Word]:
    words = [Word(name.replace("_", " ")) for name in names.split()]
    for word, short in zip(words, shorts.split(), strict=False):
        word.short = short.replace("_", " ")
    return words


SAY = {  # widget -> gold reason (build.py: style["say"])
    "cyc_menu": "navigation",
    "race_kicker": "navigation",
    "stage_box": "footer",
    "gc_box": "footer",
    "results_note": "footer",
    "health_bar": "navigation",
    "lead_caption": "caption",
    "donor_box": "footer",
    "eligibility_note": "footer",
    "donate_prompt": "reader_prompt",
    "insp_menu": "navigation",
    "grade_box": "footer",
    "insp_note": "footer",
    "report_prompt": "reader_prompt",
    "road_bar": "navigation",
    "works_badge": "live_badge",
    "detour_box": "footer",
    "closure_box": "footer",
    "post_menu": "navigation",
    "stamp_box": "footer",
    "fdc_note": "footer",
    "shop_prompt": "advertisement",
    "edu_menu": "navigation",
    "rank_kicker": "navigation",
    "rank_box": "footer",
    "method_note": "footer",
    "compare_prompt": "reader_prompt",
    "council_strip": "navigation",
    "plan_box": "footer",
    "object_box": "footer",
    "plan_note": "footer",
    "green_menu": "navigation",
    "tree_box": "footer",
    "volunteer_prompt": "reader_prompt",
    "sponsor_note": "advertisement",
}

ICONS23 = ["share-btn--fb", "share-btn--wa", "share-btn--x", "share-btn--tg", "share-btn--copy"]

PHRASES: dict[str, dict[str, list]] = {}

PHRASES["en"] = {  # Jamaica
    "months": _words("January February March April May June July August September October November December"),
    "mon_abbr": _words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "wd_abbr": _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", "Mon Tue Wed Thu Fri Sat Sun"),
    "names": [
        "Shanique Odane Kemar Tajay Nickeisha Rushane Sashana Oraine Kimoy Damion",
        "Campbell McKenzie Gayle Samuels Wint Bailey Ebanks Chin Mattis Lindo",
    ],
    "cities": ["Kingston", "Montego Bay", "Spanish Town", "Portmore", "Mandeville", "May Pen", "Ocho Rios", "Negril"],
    "quote": ["“{}”"],
    "and": ["and"],
    "local_cyc": ["{wd}, {month} {d}, {y}", "{mon} {d}, {y} {h12}:{mi} {ap}"],
    "local_blood": ["Published:{wd} | {month} {d}, {y} | {h12}:{mi} {ap}", "{month} {d}, {y}"],
    "local_insp": ["{dd}/{mm}/{y}", "{month} {d}, {y} · {month:read={mi}} min read"],
    "local_road": ["{month} {d}, {y}", "{wd}, {d} {month} {y} at {month:hrs={h}}:{mi} {month:dotap={h}}"],
    "local_stamp": ["{month} {d}, {y}", "{wd:short} {d} {mon} {y}"],
    "local_rank": ["{month} {d}, {y} | Updated {month:upd={h}{mi}}", "{d} {month} {y}"],
    "local_plan": ["{mon} {d}, {y}", "{month} {d}, {y}"],
    "glue_plan": ["KINGSTON, Jamaica, {d}, CMC – ", "{C}, Jamaica, {d} (JIS): ", "{C}, {d} — "],
    "local_tree": ["{wd}, {month} {d}, {y}", "{month} {d}, {y} - {h12}:{mi} {ap}"],
    "published": ["Posted {d}", "First published {d}"],
    "hl_cyc": ["{t}", "Cycling: {t}", "{t}"],
    "hl_blood": ["{t}", "{q}", "Blood drive: {t}"],
    "hl_insp": ["{t}", "Health inspectors: {t}", "{q}"],
    "hl_road": ["{t}", "NWA advisory: {t}"],
    "hl_stamp": ["{t}", "New stamps: {t}", "“{t}”"],
    "hl_rank": ["{t}", "{q}", "Rankings: {t}"],
    "hl_plan": ["{t}", "Planning application: {t}"],
    "hl_tree": ["{t}", "{q}", "Greening Jamaica: {t}"],
    "by_cyc": ["By {a}", "{a} in Ocho Rios", "{a}"],
    "by_blood": ["{a}, Health Writer", "By {a}", "{a}"],
    "by_insp": ["By {a}", "{a}/Staff Reporter"],
    "by_road": ["By {a}", "{a}"],
    "by_stamp": ["Story and photos: {a}", "{a}"],
    "by_rank": ["By {a}", "{a}"],
    "by_plan": ["{a}, Western Bureau", "{a}, Senior Staff Reporter"],
    "by_tree": ["By {a}", "Written by {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "Instagram", "LinkedIn", "Email this story"],
    "icons": ICONS23,
    "home": ["Home"],
    "sections": ["News", "Parish News", "Health", "Sport", "Business", "Lead Stories"],
    "caption_credit": ["{c} (Photo: {n})", "{c} – Contributed photo", "{c}. File"],
    "photo": ["Photo by {n}", "{n}/Photographer"],
    "comments": ["{n} comments | Join the conversation", "Read the {n} comments below"],
    "tags": ["Related topics: {t}", "More on: {t}"],
    "newsletter": ["Get the morning headlines straight to your inbox every weekday — it's free"],
    "rights": [
        "© {y} {site}. All rights reserved. Kingston, Jamaica W.I.",
        "{site} | {y} | Privacy Policy | Contact Us",
    ],
    "related_head": ["You may have missed", "More from around the island"],
    "ad": ["- Advertisement -", "SPONSORED"],
    "read_also": ["ALSO READ: {t}", "See also: {t}"],
    "gallery": ["{t} ({i} of {k})", "Gallery {i}/{k}: {t}"],
    "title_site": ["{t} | {site}", "{t} – {site}"],
    "listen": ["Hear this story · {n} min", "{n}-minute read"],
    "share": ["Share this notice with someone who drives that route"],
    "follow": ["Follow us on Instagram and TikTok for more island news"],
    "cookie": ["This site uses cookies to improve your experience. By continuing you accept our cookie policy. OK"],
    "app": ["Get traffic alerts on your phone — download our app for iOS and Android"],
    "print": ["Print this notice"],
    "email": ["Email this notice"],
    "cyc_menu": ["Sport | Football | Athletics | Cricket | Cycling | Netball"],
    "race_kicker": ["STAGE RESULTS", "CYCLE CLASSIC"],
    "stage_box": [
        "Stage result\n1. Oraine Ebanks (Team Kingston) 3:12:44 · 2. Kimoy Wint +0:08 · 3. Damion Lindo +0:15\n"
        "Distance: 142 km · Average speed: 41.6 km/h"
    ],
    "gc_box": ["Overall standings after the stage\nLeader: yellow jersey · Mountains: polka dots · Sprints: green"],
    "results_note": ["Results are provisional until confirmed by the race commissaires."],
    "health_bar": ["Health | Wellness | Hospitals | Mental Health | Your Health"],
    "lead_caption": [
        "Donors give blood at a previous drive in Half-Way Tree.\nPhoto: Contributed",
        "A phlebotomist prepares a donor at the National Blood Transfusion Service.\nFile photo",
    ],
    "donor_box": [
        "Where to give blood this week\nNational Blood Transfusion Service, Slipe Pen Road: Mon-Fri 8:30 a.m.-4 p.m.\n"
        "Cornwall Regional Hospital blood bank, Montego Bay: Tue and Thu 9 a.m.-2 p.m."
    ],
    "eligibility_note": ["Donors must be 17 to 60 years old, weigh at least 110 lb and be in good health."],
    "donate_prompt": ["Ready to save a life? Book your donation slot online or call the blood bank."],
    "insp_menu": ["News | Health | Food | Consumer | Parish Councils"],
    "grade_box": [
        "Inspection results\nPremises inspected: 38 · Passed: 29 · Closed pending improvement: 4\n"
        "Most common breaches: no food handler's permit, poor refrigeration, pests"
    ],
    "insp_note": ["Food handlers must hold a valid permit issued by the parish health department."],
    "report_prompt": ["Seen a food safety breach? Report it to your parish public health inspector."],
    "road_bar": ["Traffic | Road Works | Weather | Flights | Port Royal Ferry"],
    "works_badge": ["ROAD ADVISORY", "TRAFFIC ALERT"],
    "detour_box": [
        "Diversion\nMotorists heading east should use Mountain View Avenue\n"
        "Heavy vehicles are to use the Portmore Toll Road"
    ],
    "closure_box": ["Closure times\nNightly from 8 p.m. to 5 a.m. until the end of the month, weather permitting"],
    "post_menu": ["Culture | Heritage | Philately | Arts | Books"],
    "stamp_box": [
        "Stamp issue details\nValues: J$50, J$90, J$160 and J$350 · Sheets of 20\n"
        "Printer: lithography, perforation 13 · Issue date: see Post Office notice"
    ],
    "fdc_note": ["First day covers are available at the Philatelic Bureau, South Camp Road, while stocks last."],
    "shop_prompt": ["Collectors can order mint sets and first day covers from the Philatelic Bureau online."],
    "edu_menu": ["Education | Schools | CXC | University | Scholarships"],
    "rank_kicker": ["UNIVERSITY RANKINGS", "HIGHER EDUCATION"],
    "rank_box": [
        "How the region's universities placed\nThe University of the West Indies: top 1.5 per cent worldwide\n"
        "University of Technology, Jamaica: newly ranked · Northern Caribbean University: not ranked"
    ],
    "method_note": ["Rankings weigh teaching, research, citations, international outlook and industry income."],
    "compare_prompt": ["Choosing a university? Compare programmes and fees in our education guide."],
    "council_strip": ["Kingston & St Andrew Municipal Corporation | Notices | Building Approvals | Parish Council"],
    "plan_box": [
        "Application details\nReference: KSAMC/BA/0000/26 · Proposed: four-storey apartment block, 24 units\n"
        "Location: Hope Road, Kingston 6 · Applicant: private developer"
    ],
    "object_box": ["How to object\nWritten objections may be sent to the Town Clerk within 21 days of this notice"],
    "plan_note": ["Notice published as required by the Town and Country Planning Act."],
    "green_menu": ["Environment | Climate | Forestry | Agriculture | Community"],
    "tree_box": [
        "Planting day\nSeedlings: mahogany, blue mahoe, lignum vitae · Bring gloves and water\n"
        "Meeting point: community centre, 7:00 a.m."
    ],
    "volunteer_prompt": ["Want to plant a tree? Sign up your school or community group with the Forestry Department."],
    "sponsor_note": ["This initiative is supported by our partners. Sponsored content."],
}

PHRASES["de"] = {  # Luxembourg
    "months": _words("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "mon_abbr": _words("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "wd_abbr": _words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag", "Mo. Di. Mi. Do. Fr. Sa. So."),
    "names": [
        "Tessy Gilles Carole Romain Mireille Jos Nadine Yves Lynn Pit",
        "Majerus Theisen Kremer Thill Reuter Goedert Feller Hilbert Weis Kayser",
    ],
    "cities": ["Luxemburg", "Esch/Alzette", "Differdingen", "Düdelingen", "Ettelbrück", "Diekirch", "Wiltz", "Remich"],
    "quote": ["„{}“"],
    "and": ["und"],
    "local_cyc": ["{wd}, {d}. {month} {y}, {hm} Uhr", "{dd}.{mm}.{y}"],
    "local_blood": ["{wd:short}, {d}. {mon} {y}", "{dd}.{mm}.{y} um {h}.{mi} Uhr"],
    "local_insp": ["{d}. {month} {y} · Lesezeit {month:read={mi}} Min.", "{dd}.{mm}.{y}, {hm}"],
    "local_road": ["{dd}.{mm}.{y}, {hm} Uhr", "{wd}, {d}. {month} {y}"],
    "local_stamp": ["{d}. {month} {y}", "{dd}.{mm}.{y}"],
    "local_rank": ["{dd}.{mm}.{y} · aktualisiert um {month:upd={h}{mi}} Uhr", "{d}. {month} {y}"],
    "local_plan": ["{d}. {month} {y}", "{dd}.{mm}.{y}"],
    "glue_plan": ["({C}, {d}) – ", "{C}. {d} – ", "Luxemburg, {d} – "],
    "local_tree": ["{wd}, {dd}.{mm}.{y}", "{d}. {month} {y}, {hm} Uhr"],
    "published": ["Online seit {d}", "Veröffentlicht am {d}"],
    "hl_cyc": ["{t}", "Tour de Luxembourg: {t}", "„{t}“"],
    "hl_blood": ["{t}", "{q}", "Blutspende: {t}"],
    "hl_insp": ["{t}", "Lebensmittelkontrolle: {t}"],
    "hl_road": ["{t}", "Baustelle: {t}", "{q}"],
    "hl_stamp": ["{t}", "Philatelie: {t}"],
    "hl_rank": ["{t}", "Uni.lu: {t}", "{q}"],
    "hl_plan": ["{t}", "Bautenreglement: {t}"],
    "hl_tree": ["{t}", "Baumpflanzaktion: {t}"],
    "by_cyc": ["Von {a}", "{a}"],
    "by_blood": ["{a}, Gesundheitsredaktion", "Von {a}"],
    "by_insp": ["{a}", "Ein Beitrag von {a}"],
    "by_road": ["Von {a}", "{a}"],
    "by_stamp": ["Text und Fotos: {a}", "Von {a}"],
    "by_rank": ["Von {a}", "{a}"],
    "by_plan": ["{a}, Lokalredaktion Süden", "Von {a}"],
    "by_tree": ["Von {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "LinkedIn", "Messenger", "Link kopieren"],
    "icons": ICONS23,
    "home": ["Startseite"],
    "sections": ["Lokales", "Luxemburg", "Gesundheit", "Sport", "Wirtschaft", "Großregion"],
    "caption_credit": ["{c}. Foto: {n}", "{c} (Foto: Editpress)", "{c} – Archivbild"],
    "photo": ["Foto: {n}", "Bild: {n}"],
    "comments": ["{n} Kommentare – jetzt mitdiskutieren", "Alle {n} Kommentare anzeigen"],
    "tags": ["Zum Thema: {t}", "Mehr zu {t}"],
    "newsletter": ["Der Morgen-Newsletter: die wichtigsten Nachrichten aus Luxemburg um 6 Uhr in Ihrem Postfach"],
    "rights": ["© {y} {site} – Alle Rechte vorbehalten – Luxemburg", "{site} {y} · Impressum · Datenschutz · AGB"],
    "related_head": ["Das könnte Sie auch interessieren", "Meistgelesen in Luxemburg"],
    "ad": ["Anzeige", "– Werbung –"],
    "read_also": ["Lesen Sie auch: {t}", "Mehr dazu: {t}"],
    "gallery": ["{t} – Bild {i} von {k}", "Bildergalerie ({i}/{k}): {t}"],
    "title_site": ["{t} | {site}", "{t} – {site}"],
    "listen": ["Artikel anhören · {n} Min.", "Lesedauer: {n} Minuten"],
    "share": ["Teilen Sie diese Meldung mit Pendlern"],
    "follow": ["Folgen Sie uns auf Instagram und Facebook"],
    "cookie": ["Wir verwenden Cookies, um Inhalte zu personalisieren. Einstellungen · Alle akzeptieren"],
    "app": ["Verkehrsmeldungen in Echtzeit: Laden Sie unsere App herunter"],
    "print": ["Drucken"],
    "email": ["Per E-Mail versenden"],
    "cyc_menu": ["Sport | Fußball | Radsport | Basketball | Tennis | Motorsport"],
    "race_kicker": ["RADSPORT", "ETAPPENBERICHT"],
    "stage_box": [
        "Etappenergebnis\n1. Pit Kayser 4:02:17 · 2. Yves Thill +0:04 · 3. Gilles Reuter +0:11\n"
        "Strecke: Mondorf – Esch/Alzette, 168 km · Schnitt: 41,5 km/h"
    ],
    "gc_box": ["Gesamtwertung nach der Etappe\nGelbes Trikot · Bergtrikot · Punktetrikot · Bester Jungprofi"],
    "results_note": ["Ergebnisse vorbehaltlich der Bestätigung durch die Rennjury."],
    "health_bar": ["Gesundheit | Spitäler | CNS | Prävention | Pflege"],
    "lead_caption": [
        "Blutspender im Zentrum in der Hauptstadt.\nFoto: Archiv",
        "Eine Krankenpflegerin bereitet eine Blutspende vor.\nFoto: Croix-Rouge",
    ],
    "donor_box": [
        "Hier können Sie spenden\nBlutspendezentrum Luxemburg-Stadt: Mo.–Fr. 7.30–18 Uhr, Sa. 8–12 Uhr\n"
        "Mobile Spende in Ettelbrück: Dienstag, 15–19.30 Uhr, Centre culturel"
    ],
    "eligibility_note": ["Spenden dürfen gesunde Personen ab 18 Jahren mit mindestens 50 Kilo Körpergewicht."],
    "donate_prompt": ["Erstspender? Vereinbaren Sie online einen Termin – die Spende dauert rund 45 Minuten."],
    "insp_menu": ["Lokales | Verbraucher | Gesundheit | Gastronomie | Gemeinden"],
    "grade_box": [
        "Kontrollergebnisse\nKontrollierte Betriebe: 412 · Beanstandungen: 61 · Vorübergehend geschlossen: 3\n"
        "Häufigste Mängel: Kühlkette, Hygiene in der Küche, fehlende Allergenkennzeichnung"
    ],
    "insp_note": ["Die Kontrollen führt die Lebensmittelbehörde ALVA unangekündigt durch."],
    "report_prompt": ["Hygienemangel im Restaurant bemerkt? Melden Sie ihn der Lebensmittelbehörde."],
    "road_bar": ["Verkehr | Baustellen | CFL | Busse | Tram | Grenzübergänge"],
    "works_badge": ["VERKEHRSINFO", "BAUSTELLE"],
    "detour_box": [
        "Umleitung\nDer Verkehr Richtung Esch wird über die A4 umgeleitet\n"
        "Busse der Linie 4 halten an Ersatzhaltestellen"
    ],
    "closure_box": ["Sperrzeiten\nVon Montag 20 Uhr bis Freitag 5 Uhr, nur nachts, je nach Witterung"],
    "post_menu": ["Kultur | Philatelie | Geschichte | Kunst | Bücher"],
    "stamp_box": [
        "Die neuen Briefmarken\nWerte: 1,20 €, 1,60 € und 2,50 € · Bogen zu 10 Marken\n"
        "Druck: Offset · Gestaltung: Luxemburger Künstlerin · Auflage: 150 000"
    ],
    "fdc_note": ["Ersttagsbriefe mit Sonderstempel gibt es in den Filialen und im Philatelieshop."],
    "shop_prompt": ["Sammler können die Marken im Onlineshop der Post als Bogen oder Ersttagsbrief bestellen."],
    "edu_menu": ["Bildung | Schule | Universität | Forschung | Studium"],
    "rank_kicker": ["HOCHSCHULRANKING", "FORSCHUNG"],
    "rank_box": [
        "Die Universität im Vergleich\nGesamtwertung: Platz 3 unter den jungen Universitäten\n"
        "Internationale Ausrichtung: 1. Platz weltweit · Forschung: Rang 152"
    ],
    "method_note": ["Das Ranking bewertet Lehre, Forschung, Zitationen, Internationalität und Drittmittel."],
    "compare_prompt": ["Sie suchen einen Studienplatz? Vergleichen Sie Studiengänge in unserem Bildungsportal."],
    "council_strip": ["Gemeinde | Schöffenrat | Bekanntmachungen | Bautenreglement | PAG"],
    "plan_box": [
        "Das Projekt\nAntrag: Mehrfamilienhaus mit 14 Wohnungen · Parzelle 1234/5678\n"
        "Ort: Rue de l'Alzette · Einsicht: Technischer Dienst der Gemeinde"
    ],
    "object_box": ["Einwände\nSchriftlich beim Schöffenrat innerhalb von 30 Tagen ab der Veröffentlichung"],
    "plan_note": ["Bekanntmachung gemäß dem Gesetz über die kommunale Raumplanung."],
    "green_menu": ["Umwelt | Klima | Natur | Landwirtschaft | Gemeinden"],
    "tree_box": [
        "Pflanzaktion\nBaumarten: Stieleiche, Hainbuche, Elsbeere, Wildkirsche\n"
        "Treffpunkt: Parkplatz am Waldrand, Samstag 9 Uhr · Handschuhe mitbringen"
    ],
    "volunteer_prompt": ["Mitmachen? Melden Sie sich bei der Naturverwaltung oder Ihrer Gemeinde an."],
    "sponsor_note": ["Diese Aktion wird von unseren Partnern unterstützt. Gesponserter Inhalt."],
}

PHRASES["fr"] = {  # Haiti
    "months": _words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "mon_abbr": _words("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "wd_abbr": _words("lundi mardi mercredi jeudi vendredi samedi dimanche", "lun. mar. mer. jeu. ven. sam. dim."),
    "names": [
        "Wideline Ricardo Roselaure Wilner Nadège Dieudonné Jean-Robert Marie-Michèle Fritznel Guerline",
        "Exantus Saint-Fort Jean-Baptiste Pierre-Louis Célestin Dorvil Désir Laguerre Métellus Noël",
    ],
    "cities": ["Port-au-Prince", "Cap-Haïtien", "Les Cayes", "Jacmel", "Gonaïves", "Pétion-Ville", "Jérémie", "Hinche"],
    "quote": ["« {} »"],
    "and": ["et"],
    "local_cyc": ["Publié le {y}-{mm}-{dd}", "{wd} {d} {month} {y}, {h}h{mi}"],
    "local_blood": ["{d} {month} {y}", "{dd}/{mm}/{y} {hm}"],
    "local_insp": ["Publié le {y}-{mm}-{dd} | Lecture : {month:read={mi}} min", "{wd:cap} {d} {month} {y}"],
    "local_road": ["{d} {mon} {y} à {h}h{mi}", "{dd}-{mm}-{y}"],
    "local_stamp": ["{d} {month} {y}", "{wd:cap} {dd} {month} {y}"],
    "local_rank": ["{d} {month} {y}, mis à jour à {month:upd={h}{mi}}", "{dd}/{mm}/{y}"],
    "local_plan": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
    "glue_plan": ["Port-au-Prince, {d} – (AHP) – ", "{C}, le {d} – ", "{C}, {d} (HPN) – "],
    "local_tree": ["{wd:cap}, {d} {month} {y}", "{dd}.{mm}.{y} - {h}h{mi}"],
    "published": ["Mis en ligne le {d}", "Parution : {d}"],
    "hl_cyc": ["{t}", "Cyclisme : {t}"],
    "hl_blood": ["{t}", "Don de sang : {t}"],
    "hl_insp": ["{t}", "Salubrité : {t}", "« {t} »"],
    "hl_road": ["{t}", "Travaux publics : {t}"],
    "hl_stamp": ["{t}", "Philatélie : {t}"],
    "hl_rank": ["{t}", "Enseignement supérieur : {t}"],
    "hl_plan": ["{t}", "Permis de construire : {t}"],
    "hl_tree": ["{t}", "Reboisement : {t}", "« {t} »"],
    "by_cyc": ["Par {a}", "{a}"],
    "by_blood": ["{a}", "Par {a}, journaliste"],
    "by_insp": ["Par {a}", "{a}"],
    "by_road": ["{a}", "Par {a}"],
    "by_stamp": ["Par {a}", "Texte et photos : {a}"],
    "by_rank": ["Par {a}", "{a}"],
    "by_plan": ["{a}, correspondant dans le Nord", "Par {a}"],
    "by_tree": ["Par {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "Instagram", "Envoyer par courriel", "Copier le lien"],
    "icons": ICONS23,
    "home": ["Accueil"],
    "sections": ["National", "Régions", "Santé", "Sports", "Économie", "Société"],
    "caption_credit": ["{c}. Photo : {n}", "{c} / Photo : AHP", "{c} (Crédit photo : archives)"],
    "photo": ["Photo : {n}", "Crédit : {n}"],
    "comments": ["{n} réactions · Réagir", "Lire les {n} réactions"],
    "tags": ["Sujets liés : {t}", "À lire sur le même thème : {t}"],
    "newsletter": ["Recevez l'essentiel de l'actualité haïtienne chaque matin dans votre boîte courriel"],
    "rights": ["© {y} {site} – Tous droits réservés – Port-au-Prince, Haïti", "{site} {y} · Qui sommes-nous · Contact"],
    "related_head": ["Dans la même rubrique", "Les plus lus cette semaine"],
    "ad": ["Publicité", "— Annonce —"],
    "read_also": ["À lire aussi : {t}", "Lire aussi → {t}"],
    "gallery": ["{t} ({i}/{k})", "En images, {i} sur {k} : {t}"],
    "title_site": ["{t} | {site}", "{t} – {site}"],
    "listen": ["Écouter cet article · {n} min", "Lecture : {n} min"],
    "share": ["Partagez cet avis avec les usagers de la route"],
    "follow": ["Suivez-nous sur Facebook, Instagram et X"],
    "cookie": ["Ce site utilise des témoins (cookies) pour améliorer votre navigation. J'accepte"],
    "app": ["Recevez les alertes circulation : téléchargez notre application"],
    "print": ["Imprimer l'avis"],
    "email": ["Envoyer l'avis par courriel"],
    "cyc_menu": ["Sports | Football | Cyclisme | Basketball | Athlétisme | Arts martiaux"],
    "race_kicker": ["CYCLISME", "TOUR CYCLISTE"],
    "stage_box": [
        "Classement de l'étape\n1. Fritznel Laguerre 3 h 21 min 05 s · 2. Wilner Métellus à 6 s · "
        "3. Ricardo Noël à 14 s\n"
        "Parcours : Port-au-Prince – Jacmel, 88 km"
    ],
    "gc_box": ["Classement général\nMaillot jaune · Meilleur grimpeur · Meilleur jeune"],
    "results_note": ["Classements provisoires, sous réserve d'homologation par les commissaires."],
    "health_bar": ["Santé | Hôpitaux | MSPP | Prévention | Bien-être"],
    "lead_caption": [
        "Des donneurs à la Croix-Rouge haïtienne, à Port-au-Prince.\nPhoto : archives",
        "Une infirmière prépare une poche de sang.\nCrédit photo : Croix-Rouge haïtienne",
    ],
    "donor_box": [
        "Où donner\nCroix-Rouge haïtienne, Delmas 33 : du lundi au vendredi, 8 h – 15 h\n"
        "Hôpital Justinien, Cap-Haïtien : mardi et jeudi, 9 h – 13 h"
    ],
    "eligibility_note": ["Pour donner : avoir entre 18 et 60 ans, peser au moins 50 kg et être en bonne santé."],
    "donate_prompt": ["Un don peut sauver trois vies. Présentez-vous avec une pièce d'identité."],
    "insp_menu": ["Société | Santé | Consommation | Restaurants | Mairies"],
    "grade_box": [
        "Bilan de l'inspection\nÉtablissements visités : 57 · Conformes : 38 · Fermés temporairement : 6\n"
        "Infractions relevées : eau non traitée, absence de chaîne du froid, denrées périmées"
    ],
    "insp_note": ["Les inspections sont menées par les agents sanitaires du MSPP et de la mairie."],
    "report_prompt": ["Vous avez constaté un problème d'hygiène ? Signalez-le à la direction sanitaire."],
    "road_bar": ["Circulation | Travaux | Météo | Transport en commun | Aéroports"],
    "works_badge": ["AVIS AUX USAGERS", "CIRCULATION"],
    "detour_box": ["Déviation\nLes véhicules venant de Carrefour emprunteront la route de Mariani et Gressier"],
    "closure_box": ["Horaires des travaux\nDe 20 h à 5 h, du lundi au samedi\nLa voie restera ouverte le dimanche"],
    "post_menu": ["Culture | Patrimoine | Philatélie | Arts | Livres"],
    "stamp_box": [
        "La nouvelle émission\nValeurs faciales : 25, 50 et 100 gourdes · Feuilles de 20 timbres\n"
        "Thème : le patrimoine de la Citadelle · Tirage limité"
    ],
    "fdc_note": ["Les enveloppes premier jour sont vendues au bureau central de l'Office des postes."],
    "shop_prompt": ["Collectionneurs : réservez vos séries complètes au guichet philatélique."],
    "edu_menu": ["Éducation | Écoles | Universités | Examens d'État | Bourses"],
    "rank_kicker": ["CLASSEMENT DES UNIVERSITÉS", "ENSEIGNEMENT SUPÉRIEUR"],
    "rank_box": [
        "Les universités haïtiennes au classement\nUniversité d'État d'Haïti : dans le top 100 régional\n"
        "Université Quisqueya : progression de 40 places · Autres établissements : non classés"
    ],
    "method_note": ["Le classement prend en compte la recherche, la réputation, l'emploi des diplômés et le web."],
    "compare_prompt": ["Vous choisissez une université ? Consultez notre guide des filières."],
    "council_strip": ["Mairie | Conseil municipal | Avis publics | Urbanisme | Taxes"],
    "plan_box": [
        "Le projet\nDemande de permis : immeuble de quatre niveaux à usage commercial\n"
        "Lieu : route de Kenscoff · Dossier consultable au service de l'urbanisme"
    ],
    "object_box": ["Oppositions\nÀ adresser par écrit à la mairie dans un délai de quinze jours"],
    "plan_note": ["Avis publié conformément aux règlements d'urbanisme de la commune."],
    "green_menu": ["Environnement | Climat | Agriculture | Reboisement | Communautés"],
    "tree_box": [
        "Journée de plantation\nPlantules : acajou, cèdre, manguier, moringa\nRendez-vous : place publique, 7 h"
    ],
    "volunteer_prompt": ["Envie de planter ? Inscrivez votre école ou votre association auprès de la mairie."],
    "sponsor_note": ["Contenu réalisé avec le soutien de nos partenaires."],
}

PHRASES["es"] = {  # Chile
    "months": _words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "mon_abbr": _words("ene feb mar abr may jun jul ago sep oct nov dic"),
    "wd_abbr": _words("lunes martes miércoles jueves viernes sábado domingo"),
    "names": [
        "Javiera Cristóbal Constanza Benjamín Catalina Matías Antonia Ignacio Valentina Bastián",
        "Huenchumilla Catrileo Painemal Millapán Ñancupil Contreras Muñoz Errázuriz Riquelme Aravena",
    ],
    "cities": ["Santiago", "Valparaíso", "Concepción", "Antofagasta", "Temuco", "Puerto Montt", "La Serena", "Arica"],
    "quote": ["“{}”"],
    "and": ["y"],
    "local_cyc": ["{wd:cap} {d} {month} de {y} | {hm} hrs.", "{dd}-{mm}-{y}"],
    "local_blood": ["{d} {mon:up} {y} {h12:02d}:{mi} {ap}", "{d} de {month} de {y}"],
    "local_insp": ["{dd}/{mm}/{y} - {hm} hrs.", "{d} de {month}, {y} · {month:read={mi}} minutos de lectura"],
    "local_road": ["{wd} {dd} de {month} de {y}", "{dd}.{mm}.{y} / {hm}"],
    "local_stamp": ["{d} de {month} de {y}", "{dd}/{mm}/{y}"],
    "local_rank": ["{d} de {month} de {y} · Actualizado {month:upd={h}{mi}}", "{dd}-{mm}-{y}"],
    "local_plan": ["{d} de {month} de {y}", "{dd}/{mm}/{y}"],
    "glue_plan": ["{C}, {d}.- ", "{C}, {d} (Orbe).- "],
    "local_tree": ["{wd:cap}, {d} de {month} de {y}", "{d} {mon} {y} {hm} hrs."],
    "published": ["Publicado el {d}", "Fecha de publicación: {d}"],
    "hl_cyc": ["{t}", "Ciclismo: {t}", "“{t}”"],
    "hl_blood": ["{t}", "Donación de sangre: {t}"],
    "hl_insp": ["{t}", "Seremi de Salud: {t}"],
    "hl_road": ["{t}", "Desvíos: {t}"],
    "hl_stamp": ["{t}", "Correos de Chile: {t}"],
    "hl_rank": ["{t}", "Ranking QS: {t}", "“{t}”"],
    "hl_plan": ["{t}", "Plan regulador: {t}"],
    "hl_tree": ["{t}", "Arborización: {t}"],
    "by_cyc": ["Por {a}", "{a}"],
    "by_blood": ["{a}, periodista de Salud", "Por {a}"],
    "by_insp": ["{a}", "Por {a}"],
    "by_road": ["Por {a}", "{a}"],
    "by_stamp": ["Por {a}", "Texto y fotos: {a}"],
    "by_rank": ["Por {a}", "{a}"],
    "by_plan": ["{a}, corresponsal en Temuco", "Por {a}"],
    "by_tree": ["Por {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "LinkedIn", "Instagram", "Copiar link"],
    "icons": ICONS23,
    "home": ["Portada"],
    "sections": ["Nacional", "Regiones", "Salud", "Deportes", "Economía", "País"],
    "caption_credit": ["{c} | Foto: {n}/Agencia Uno", "{c} (Foto: ATON)", "{c}. Foto: archivo"],
    "photo": ["Foto: {n}", "Fotografía: {n}/Agencia Uno"],
    "comments": ["{n} comentarios · Opina", "Ver los {n} comentarios"],
    "tags": ["Temas relacionados: {t}", "Revisa más sobre {t}"],
    "newsletter": ["Recibe las noticias de tu región cada mañana: inscríbete en nuestro boletín"],
    "rights": ["© {y} {site}. Todos los derechos reservados. Santiago de Chile", "{site} {y} · Términos y condiciones"],
    "related_head": ["Te puede interesar", "Lo más leído en Chile"],
    "ad": ["Publicidad", "AVISO"],
    "read_also": ["Revisa también: {t}", "LEE TAMBIÉN | {t}"],
    "gallery": ["{t} ({i}/{k})", "Galería, foto {i} de {k}: {t}"],
    "title_site": ["{t} | {site}", "{t} - {site}"],
    "listen": ["Escucha esta noticia · {n} min", "Lectura de {n} min"],
    "share": ["Comparte este aviso con quienes usan esa ruta"],
    "follow": ["Síguenos en Instagram y TikTok"],
    "cookie": ["Usamos cookies para mejorar tu experiencia. Al navegar aceptas nuestra política. Aceptar"],
    "app": ["Descarga la app y recibe alertas de tránsito en tu celular"],
    "print": ["Imprimir"],
    "email": ["Enviar por correo"],
    "cyc_menu": ["Deportes | Fútbol | Tenis | Ciclismo | Polideportivo | Rally"],
    "race_kicker": ["CICLISMO", "VUELTA CICLISTA"],
    "stage_box": [
        "Resultados de la etapa\n1. Bastián Aravena 3:48:10 · 2. Matías Riquelme a 5 s · 3. Ignacio Catrileo a 12 s\n"
        "Recorrido: Chillán – Concepción, 112 km"
    ],
    "gc_box": ["Clasificación general\nCamiseta amarilla · Montaña · Regularidad · Sub-23"],
    "results_note": ["Resultados sujetos a la homologación de los comisarios."],
    "health_bar": ["Salud | Hospitales | Fonasa | Isapres | Vida sana"],
    "lead_caption": [
        "Donantes en el Centro de Sangre de Valparaíso.\nFoto: archivo",
        "Una tecnóloga médica prepara una donación.\nFoto: Agencia Uno",
    ],
    "donor_box": [
        "Dónde donar esta semana\nCentro Metropolitano de Sangre: lunes a viernes, 8:00 a 16:00 hrs.\n"
        "Colecta móvil en la Plaza de Armas de Temuco: sábado, 10:00 a 15:00 hrs."
    ],
    "eligibility_note": ["Pueden donar personas sanas entre 18 y 65 años que pesen más de 50 kilos."],
    "donate_prompt": ["¿Quieres ser donante? Agenda tu hora en línea y lleva tu cédula de identidad."],
    "insp_menu": ["País | Salud | Consumidor | Gastronomía | Municipios"],
    "grade_box": [
        "Balance de la fiscalización\nLocales fiscalizados: 214 · Sumarios sanitarios: 47 · Clausuras: 9\n"
        "Faltas más comunes: cadena de frío, plagas, manipuladores sin capacitación"
    ],
    "insp_note": ["Las fiscalizaciones las realiza la Seremi de Salud sin aviso previo."],
    "report_prompt": ["¿Viste un local sin higiene? Haz tu denuncia en la Oficina de Informaciones de la Seremi."],
    "road_bar": ["Tránsito | Desvíos | Metro | Buses | Pasos fronterizos"],
    "works_badge": ["DESVÍO DE TRÁNSITO", "OBRAS VIALES"],
    "detour_box": [
        "Desvío\nLos vehículos hacia el sur deberán usar la caletera poniente\nBuses: recorridos modificados"
    ],
    "closure_box": ["Horario de cierre\nDe 22:00 a 6:00 hrs., de domingo a jueves, hasta fin de mes"],
    "post_menu": ["Cultura | Patrimonio | Filatelia | Artes | Libros"],
    "stamp_box": [
        "Emisión postal\nValores: $900, $1.200 y $2.400 · Pliegos de 20 sellos\n"
        "Tema: aves endémicas de Chile · Tiraje: 30.000 ejemplares"
    ],
    "fdc_note": ["Los sobres de primer día con matasellos especial se venden en la sucursal central de Correos."],
    "shop_prompt": ["Coleccionistas: compra la serie completa en la tienda filatélica en línea."],
    "edu_menu": ["Educación | Colegios | PAES | Universidades | Becas"],
    "rank_kicker": ["RANKING UNIVERSITARIO", "EDUCACIÓN SUPERIOR"],
    "rank_box": [
        "Las chilenas en el ranking\nPontificia Universidad Católica: primera del país\n"
        "Universidad de Chile: segunda · Universidad de Concepción: sube 30 puestos"
    ],
    "method_note": [
        "El ranking mide reputación académica, empleabilidad, citas por académico y apertura internacional."
    ],
    "compare_prompt": ["¿Eligiendo carrera? Compara aranceles y puntajes de corte en nuestra guía."],
    "council_strip": ["Municipalidad | Concejo | Transparencia | Dirección de Obras | Trámites"],
    "plan_box": [
        "El proyecto\nSolicitud: edificio de 12 pisos y 96 departamentos\n"
        "Ubicación: avenida costanera · Expediente disponible en la Dirección de Obras Municipales"
    ],
    "object_box": ["Observaciones\nSe reciben por escrito en la oficina de partes durante 30 días hábiles"],
    "plan_note": ["Aviso publicado conforme a la Ley General de Urbanismo y Construcciones."],
    "green_menu": ["Medio ambiente | Clima | Bosques | Agro | Comunidades"],
    "tree_box": [
        "Jornada de plantación\nEspecies: quillay, peumo, boldo y litre · Lleva agua y guantes\n"
        "Punto de encuentro: sede vecinal, 9:00 hrs."
    ],
    "volunteer_prompt": ["¿Quieres participar? Inscribe a tu colegio o junta de vecinos en el municipio."],
    "sponsor_note": ["Contenido patrocinado por nuestros auspiciadores."],
}

PHRASES["pt"] = {  # Timor-Leste
    "months": _words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "mon_abbr": _words("jan fev mar abr mai jun jul ago set out nov dez"),
    "wd_abbr": _words("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
    "names": [
        "Domingos Leopoldina Zacarias Natalino Jacinta Agapito Filomena Armindo Ermelinda Januário",
        "Ximenes Guterres Belo Soares Amaral Sarmento Lobato Tilman Carrascalão Fernandes",
    ],
    "cities": ["Díli", "Baucau", "Maliana", "Suai", "Lospalos", "Aileu", "Same", "Pante Macassar"],
    "quote": ["“{}”"],
    "and": ["e"],
    "local_cyc": ["{d} de {month} de {y}, {hm}", "{wd}, {dd}/{mm}/{y}"],
    "local_blood": ["{dd}/{mm}/{y}", "{wd:cap}, {d} de {month} de {y} – {h}h{mi}"],
    "local_insp": ["{d} de {month} de {y} · {month:read={mi}} min de leitura", "{dd}-{mm}-{y} {hm}"],
    "local_road": ["{d} {mon} {y}", "{dd}/{mm}/{y} {hm}"],
    "local_stamp": ["{d} de {month} de {y}", "{dd}.{mm}.{y}"],
    "local_rank": ["{dd}/{mm}/{y} · actualizado às {month:upd={h}{mi}}", "{d} de {month} de {y}"],
    "local_plan": ["{d} de {month} de {y}", "{dd}/{mm}/{y}"],
    "glue_plan": ["DÍLI, {d} (TATOLI) – ", "{C}, {d} (TATOLI) – ", "{C}, {d} – "],
    "local_tree": ["{wd:cap}, {d} de {month} de {y}", "{dd}/{mm}/{y} {hm}"],
    "published": ["Publicado a {d}", "Notícia publicada em {d}"],
    "hl_cyc": ["{t}", "Tour de Timor: {t}", "{q}"],
    "hl_blood": ["{t}", "Dádiva de sangue: {t}", "{q}"],
    "hl_insp": ["{t}", "AIFAESA: {t}"],
    "hl_road": ["{t}", "Obras públicas: {t}", "“{t}”"],
    "hl_stamp": ["{t}", "Filatelia: {t}"],
    "hl_rank": ["{t}", "Ensino superior: {t}", "{q}"],
    "hl_plan": ["{t}", "Licenciamento: {t}"],
    "hl_tree": ["{t}", "Mangais: {t}", "{q}"],
    "by_cyc": ["Por {a}", "{a}"],
    "by_blood": ["{a}", "Por {a}, jornalista"],
    "by_insp": ["Por {a}", "{a}"],
    "by_road": ["{a}", "Por {a}"],
    "by_stamp": ["Texto e fotografia: {a}", "{a}"],
    "by_rank": ["Por {a}", "{a}"],
    "by_plan": ["{a}, correspondente em Baucau", "Por {a}"],
    "by_tree": ["Por {a}", "Reportagem de {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "Messenger", "Enviar por e-mail", "Copiar ligação"],
    "icons": ICONS23,
    "home": ["Início"],
    "sections": ["Nacional", "Municípios", "Saúde", "Desporto", "Economia", "Sociedade"],
    "caption_credit": ["{c}. Foto: {n}/TATOLI", "{c} (Foto: arquivo)", "{c} – Imagem cedida"],
    "photo": ["Foto: {n}", "Fotografia de {n}"],
    "comments": ["{n} comentários · Deixe a sua opinião", "Ver os {n} comentários"],
    "tags": ["Temas: {t}", "Mais sobre: {t}"],
    "newsletter": ["Subscreva a nossa newsletter e receba as notícias de Timor-Leste todas as manhãs"],
    "rights": ["© {y} {site}. Todos os direitos reservados. Díli, Timor-Leste", "{site} · {y} · Ficha técnica"],
    "related_head": ["Notícias relacionadas", "As mais lidas"],
    "ad": ["Publicidade", "— Anúncio —"],
    "read_also": ["Leia também: {t}", "Veja ainda → {t}"],
    "gallery": ["{t} ({i}/{k})", "Galeria de fotos, {i} de {k}: {t}"],
    "title_site": ["{t} | {site}", "{t} – {site}"],
    "listen": ["Ouvir a notícia · {n} min", "Leitura: {n} min"],
    "share": ["Partilhe este aviso com quem usa a estrada"],
    "follow": ["Siga-nos no Facebook e no Instagram"],
    "cookie": ["Este sítio utiliza cookies. Ao continuar a navegar aceita a sua utilização. Aceitar"],
    "app": ["Descarregue a nossa aplicação e receba alertas de trânsito"],
    "print": ["Imprimir aviso"],
    "email": ["Enviar aviso por e-mail"],
    "cyc_menu": ["Desporto | Futebol | Ciclismo | Atletismo | Artes marciais | Futsal"],
    "race_kicker": ["CICLISMO", "BTT"],
    "stage_box": [
        "Classificação da etapa\n1. Januário Lobato 4h05m12s · 2. Natalino Tilman +0m09s · 3. Armindo Belo +0m20s\n"
        "Percurso: Díli – Maubisse, 70 km, com subida ao Ramelau"
    ],
    "gc_box": ["Classificação geral\nCamisola amarela · Prémio da montanha · Melhor ciclista timorense"],
    "results_note": ["Classificações provisórias, sujeitas a homologação pelo colégio de comissários."],
    "health_bar": ["Saúde | Hospitais | Centros de saúde | Prevenção | Nutrição"],
    "lead_caption": [
        "Dadores no banco de sangue do Hospital Nacional Guido Valadares.\nFoto: arquivo",
        "Uma enfermeira prepara uma colheita de sangue.\nFoto: Ministério da Saúde",
    ],
    "donor_box": [
        "Onde doar sangue\nBanco de sangue do HNGV, Díli: segunda a sexta-feira, 8h00-15h00\n"
        "Hospital de referência de Baucau: terça e quinta-feira, 9h00-12h00"
    ],
    "eligibility_note": ["Podem doar pessoas saudáveis entre os 17 e os 60 anos com pelo menos 45 kg."],
    "donate_prompt": ["Quer ser dador? Dirija-se ao banco de sangue com o seu bilhete de identidade."],
    "insp_menu": ["Sociedade | Saúde | Consumidor | Restauração | Mercados"],
    "grade_box": [
        "Resultados da fiscalização\nEstabelecimentos inspecionados: 96 · Advertências: 31 · Encerramentos: 5\n"
        "Infracções mais frequentes: produtos fora de prazo, falta de refrigeração, água imprópria"
    ],
    "insp_note": ["As inspecções são feitas pela AIFAESA sem aviso prévio."],
    "report_prompt": ["Viu um problema de higiene num restaurante? Denuncie-o à AIFAESA."],
    "road_bar": ["Trânsito | Obras | Meteorologia | Transportes | Ferry Berlin-Nakroma"],
    "works_badge": ["AVISO À POPULAÇÃO", "OBRAS NA ESTRADA"],
    "detour_box": ["Desvio\nO trânsito para Liquiçá passa pela estrada de Tasi Tolu\nCamiões: só depois das 20h00"],
    "closure_box": ["Horário das obras\nDas 7h00 às 17h00, de segunda a sábado, até ao fim das obras"],
    "post_menu": ["Cultura | Património | Filatelia | Artes | Tais"],
    "stamp_box": [
        "A nova emissão\nValores faciais: 0,50, 1,00 e 2,00 dólares · Folhas de 20 selos\n"
        "Tema: os tais tradicionais dos municípios · Tiragem limitada"
    ],
    "fdc_note": ["Os sobrescritos de primeiro dia estão à venda na estação central dos Correios, em Díli."],
    "shop_prompt": ["Coleccionadores podem reservar as séries completas no balcão filatélico."],
    "edu_menu": ["Educação | Escolas | Universidades | Bolsas | Exames nacionais"],
    "rank_kicker": ["RANKING UNIVERSITÁRIO", "ENSINO SUPERIOR"],
    "rank_box": [
        "As universidades timorenses\nUNTL: primeira presença no ranking regional\n"
        "Outras instituições: avaliação em curso · Acreditação pela ANAAA"
    ],
    "method_note": ["O ranking considera investigação, ensino, presença na internet e empregabilidade."],
    "compare_prompt": ["Está a escolher um curso? Consulte o nosso guia do ensino superior."],
    "council_strip": ["Autoridade Municipal | Avisos | Licenciamento | Ordenamento | Mercados"],
    "plan_box": [
        "O projecto\nPedido de licença: edifício comercial de três pisos\n"
        "Local: Avenida de Portugal · Processo disponível para consulta na Autoridade Municipal"
    ],
    "object_box": ["Reclamações\nPor escrito, no prazo de 15 dias a contar da publicação deste aviso"],
    "plan_note": ["Aviso publicado nos termos do regime de licenciamento de obras."],
    "green_menu": ["Ambiente | Clima | Agricultura | Florestas | Comunidades"],
    "tree_box": [
        "Dia de plantação\nEspécies: mangal, sândalo, teca e casuarina\nPonto de encontro: praia de Hera, 7h00"
    ],
    "volunteer_prompt": ["Quer participar? Inscreva a sua escola ou o seu suco no posto administrativo."],
    "sponsor_note": ["Conteúdo apoiado pelos nossos parceiros."],
}

PHRASES["ru"] = {  # Kyrgyzstan
    "months": _words("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "mon_abbr": _words("янв фев мар апр мая июн июл авг сен окт ноя дек"),
    "wd_abbr": _words("понедельник вторник среда четверг пятница суббота воскресенье", "пн вт ср чт пт сб вс"),
    "names": [
        "Азамат Бекболот Эрлан Тилек Улан Мирлан Адилет Чынгыз Нурбек Айбек",
        "Токтосунов Абдыкадыров Сыдыков Маматов Осмонов Турдубаев Жээнбеков Асанбеков Кадыркулов Эсенгулов",
    ],
    "cities": ["Бишкек", "Ош", "Каракол", "Нарын", "Джалал-Абад", "Талас", "Токмок", "Баткен"],
    "quote": ["«{}»"],
    "and": ["и"],
    "local_cyc": ["{dd}.{mm}.{y}, {hm}", "{d} {month} {y}, {hm} · {month:ruviews={dd}{mi}}"],
    "local_blood": ["{d} {month} {y}", "{dd}.{mm}.{y} {hm}"],
    "local_insp": ["{d} {month} {y} · {month:read={mi}} мин", "{wd:cap}, {dd}.{mm}.{y}"],
    "local_road": ["{dd}.{mm}.{y}, {hm} (обновлено {month:upd={h}{mi}})", "{d} {month} {y}"],
    "local_stamp": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_rank": ["{d} {month} {y} г.", "{wd:short}, {dd}.{mm}.{y} {hm}"],
    "local_plan": ["{d} {mon} {y}", "{d} {month} {y}"],
    "glue_plan": ["БИШКЕК, {d} — Sputnik. ", "{C}, {d} /Кабар/. ", "{C}, {d} — 24.kg. "],
    "local_tree": ["{wd:cap}, {d} {month} {y}", "{dd}.{mm}.{y} · {month:ruviews={dd}{mi}}"],
    "published": ["Опубликовано: {d}", "Дата публикации: {d}"],
    "hl_cyc": ["{t}", "Велоспорт: {t}", "{q}"],
    "hl_blood": ["{t}", "Донорство: {t}", "«{t}»"],
    "hl_insp": ["{t}", "Санэпиднадзор: {t}", "{q}"],
    "hl_road": ["{t}", "Ремонт дорог: {t}"],
    "hl_stamp": ["{t}", "Филателия: {t}"],
    "hl_rank": ["{t}", "Рейтинг вузов: {t}", "{q}"],
    "hl_plan": ["{t}", "Общественные слушания: {t}"],
    "hl_tree": ["{t}", "«Жашыл мурас»: {t}"],
    "by_cyc": ["{a}", "Фото и текст: {a}"],
    "by_blood": ["{a}, обозреватель", "Автор: {a}"],
    "by_insp": ["{a}", "Текст: {a}"],
    "by_road": ["{a}", "Текст: {a}"],
    "by_stamp": ["{a}", "Текст и фото: {a}"],
    "by_rank": ["{a}", "Текст: {a}"],
    "by_plan": ["{a}, корреспондент в Оше", "{a}"],
    "by_tree": ["{a}", "Подготовили: {a}"],
    "social": ["Facebook", "WhatsApp", "Telegram", "Instagram", "Одноклассники", "Скопировать ссылку"],
    "icons": ICONS23,
    "home": ["Главная"],
    "sections": ["Кыргызстан", "Регионы", "Здоровье", "Спорт", "Экономика", "Общество"],
    "caption_credit": ["{c}. Фото: {n}", "{c}. Фото: Sputnik", "{c}. Архивное фото"],
    "photo": ["Фото: {n}", "Фото {n}"],
    "comments": ["Комментарии ({n})", "Комментарии: {n} · Оставить комментарий"],
    "tags": ["Теги: {t}", "Темы: {t}"],
    "newsletter": ["Подпишитесь на нашу рассылку: главные новости Кыргызстана каждое утро"],
    "rights": ["© {y} {site}. Все права защищены. Бишкек", "{site}, {y}. Перепечатка только со ссылкой"],
    "related_head": ["Другие новости по теме", "Популярное за неделю"],
    "ad": ["Реклама", "— На правах рекламы —"],
    "read_also": ["Читайте также: {t}", "Ранее → {t}"],
    "gallery": ["{t} ({i}/{k})", "Фото {i} из {k}: {t}"],
    "title_site": ["{t} | {site}", "{t} — {site}"],
    "listen": ["Слушать · {n} мин", "Время чтения: {n} мин"],
    "share": ["Перешлите это объявление водителям"],
    "follow": ["Подписывайтесь на наш Telegram-канал"],
    "cookie": ["Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим. Понятно"],
    "app": ["Пробки и перекрытия в реальном времени — в нашем приложении"],
    "print": ["Распечатать"],
    "email": ["Отправить по почте"],
    "cyc_menu": ["Спорт | Футбол | Борьба | Велоспорт | Кок-бору | Бокс"],
    "race_kicker": ["ВЕЛОСПОРТ", "ИТОГИ ЭТАПА"],
    "stage_box": [
        "Итоги этапа\n1. Нурбек Кадыркулов — 3:58:41 · 2. Айбек Эсенгулов +0:07 · 3. Тилек Сыдыков +0:19\n"
        "Маршрут: Чолпон-Ата — Каракол, 154 км"
    ],
    "gc_box": ["Генеральная классификация\nЖёлтая майка · Горная майка · Лучший молодой гонщик"],
    "results_note": ["Результаты предварительные и будут утверждены судейской коллегией."],
    "health_bar": ["Здоровье | Больницы | ФОМС | Профилактика | Медицина"],
    "lead_caption": [
        "Доноры в Республиканском центре крови.\nФото: архив",
        "Медсестра готовит донора к сдаче крови.\nФото: Минздрав КР",
    ],
    "donor_box": [
        "Где сдать кровь\nРеспубликанский центр крови, Бишкек: пн–пт, 8:00–14:00\n"
        "Ошский областной центр крови: вт и чт, 9:00–13:00"
    ],
    "eligibility_note": ["Сдать кровь может здоровый человек от 18 до 60 лет весом не менее 50 кг."],
    "donate_prompt": ["Хотите стать донором? Возьмите с собой паспорт и позавтракайте лёгкой едой."],
    "insp_menu": ["Общество | Здоровье | Потребитель | Кафе и рестораны | Мэрия"],
    "grade_box": [
        "Итоги проверки\nПроверено объектов: 186 · Выявлены нарушения: 74 · Работа приостановлена: 8\n"
        "Основные нарушения: нет медкнижек, просроченная продукция, антисанитария"
    ],
    "insp_note": ["Проверки проводит Департамент профилактики заболеваний и госсанэпиднадзора."],
    "report_prompt": ["Заметили нарушения в кафе? Сообщите в санэпиднадзор по телефону горячей линии."],
    "road_bar": ["Дороги | Пробки | Перекрытия | Общественный транспорт | Погода"],
    "works_badge": ["ПЕРЕКРЫТИЕ", "ВНИМАНИЕ, ВОДИТЕЛИ"],
    "detour_box": [
        "Объезд\nТранспорт в сторону Ошского рынка пойдёт по улице Жибек Жолу\nМаршрутки: временные остановки"
    ],
    "closure_box": ["Сроки работ\nС 22:00 до 6:00 ежедневно, до конца месяца"],
    "post_menu": ["Культура | Филателия | История | Искусство | Книги"],
    "stamp_box": [
        "Новый выпуск\nНоминалы: 50, 100 и 150 сомов · Листы по 10 марок\n"
        "Тема: «Манас» и кочевое наследие · Тираж: 20 000"
    ],
    "fdc_note": ["Конверты первого дня со спецгашением продаются в главпочтамте Бишкека."],
    "shop_prompt": ["Коллекционеры могут заказать полные серии в филателистическом салоне."],
    "edu_menu": ["Образование | Школы | ОРТ | Вузы | Гранты"],
    "rank_kicker": ["РЕЙТИНГ ВУЗОВ", "ВЫСШЕЕ ОБРАЗОВАНИЕ"],
    "rank_box": [
        "Вузы Кыргызстана в рейтинге\nАУЦА: в топ-300 по Центральной Азии и Европе\n"
        "КРСУ: поднялся на 25 позиций · КНУ: впервые в рейтинге"
    ],
    "method_note": ["Рейтинг учитывает репутацию, число цитирований, долю иностранных студентов и трудоустройство."],
    "compare_prompt": ["Выбираете вуз? Сравните специальности и стоимость обучения в нашем путеводителе."],
    "council_strip": ["Мэрия | Бишкекский горкенеш | Объявления | Градостроительство | Услуги"],
    "plan_box": [
        "О проекте\nЗаявка: жилой комплекс на 12 этажей, 144 квартиры\n"
        "Адрес: пересечение проспекта Чуй и улицы Тыныстанова · Эскиз — в Бишкекглавархитектуре"
    ],
    "object_box": ["Замечания и предложения\nПринимаются письменно в течение 30 дней со дня публикации"],
    "plan_note": ["Объявление опубликовано в соответствии с порядком проведения общественных слушаний."],
    "green_menu": ["Экология | Климат | Сельское хозяйство | Леса | Регионы"],
    "tree_box": ["Акция по посадке\nСаженцы: карагач, тополь, яблоня, арча\nСбор: у здания айыл окмоту, 9:00"],
    "volunteer_prompt": ["Хотите присоединиться? Запишите свою школу или команду в районной администрации."],
    "sponsor_note": ["Материал подготовлен при поддержке партнёров."],
}

PHRASES["ar"] = {  # Oman
    "months": _words("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),
    "mon_abbr": _words("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),
    "wd_abbr": _words("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"),
    "names": [
        "سالم خالد ناصر مريم شيخة هلال عزان أسماء بدرية سعود",
        "البلوشي الحارثي الكندي الرواحي المعمري السيابي الهنائي الشكيلي العامري الغافري",
    ],
    "ends": ["؟"],
    "qmarks": ["؟"],
    "author_sep": [" و"],
    "cities": ["مسقط", "صلالة", "صحار", "نزوى", "صور", "عبري", "البريمي", "خصب"],
    "quote": ["«{}»"],
    "and": ["و"],
    "local_cyc": ["{wd} {d} {month} {y}م", "{dd}/{mm}/{y} - {h12:02d}:{mi} {month:arap={h}}"],
    "local_blood": ["{wd} {month:ai={d}} {month} {month:ai={y}}م", "{d} {month} {y}"],
    "local_insp": ["{d} {month} {y} · وقت القراءة: {month:read={mi}} د", "{y}/{mm}/{dd}"],
    "local_road": ["{dd}/{mm}/{y} {hm}", "{wd}، {d} {month} {y}م"],
    "local_stamp": ["{d} {month} {y}م", "{month:ai={dd}/{mm}/{y}}"],
    "local_rank": ["{d} {month} {y} | آخر تحديث {month:upd={h}{mi}}", "{dd}-{mm}-{y}"],
    "local_plan": ["{d} {month} {y}م", "{month:ai={d}} {month} {month:ai={y}}"],
    "glue_plan": ["مسقط في {d} /العُمانية/ ", "{C} في {d} /العُمانية/ ", "{C} - {d} - "],
    "local_tree": ["{wd} {d} {month} {y}م - {h12:02d}:{mi} {month:arap={h}}", "{dd}/{mm}/{y}"],
    "published": ["نُشر في: {d}", "تاريخ النشر: {d}"],
    "hl_cyc": ["{t}", "طواف عُمان: {t}", "{q}"],
    "hl_blood": ["{t}", "حملة تبرع بالدم: {t}", "{q}"],
    "hl_insp": ["{t}", "الرقابة الصحية: {t}"],
    "hl_road": ["{t}", "تحويلة مرورية: {t}", "{q}"],
    "hl_stamp": ["{t}", "بريد عُمان: {t}"],
    "hl_rank": ["{t}", "التصنيف العالمي للجامعات: {t}", "{q}"],
    "hl_plan": ["{t}", "التخطيط العمراني: {t}"],
    "hl_tree": ["{t}", "أشجار القرم: {t}", "«{t}»"],
    "by_cyc": ["{a}", "{a} - مسقط"],
    "by_blood": ["بقلم: {a}", "{a}"],
    "by_insp": ["{a}", "متابعة: {a}"],
    "by_road": ["{a}", "بقلم: {a}"],
    "by_stamp": ["{a}", "تصوير وتقرير: {a}"],
    "by_rank": ["إعداد: {a}", "{a}"],
    "by_plan": ["{a} - صحار", "{a}"],
    "by_tree": ["{a}", "تقرير: {a}"],
    "social": ["فيسبوك", "واتساب", "إكس", "تيليجرام", "إنستغرام", "نسخ الرابط"],
    "icons": ICONS23,
    "home": ["الرئيسية"],
    "sections": ["محليات", "المحافظات", "صحة", "رياضة", "اقتصاد", "مجتمع"],
    "caption_credit": ["{c} - تصوير: {n}", "{c} (العُمانية)", "{c} - أرشيفية"],
    "photo": ["تصوير: {n}", "عدسة: {n}"],
    "comments": ["التعليقات ({n}) · أضف تعليقك", "عدد التعليقات: {n}"],
    "tags": ["الكلمات المفتاحية: {t}", "وسوم: {t}"],
    "newsletter": ["اشترك في نشرتنا الصباحية لتصلك أهم أخبار السلطنة على بريدك الإلكتروني"],
    "rights": ["© {y} {site}. جميع الحقوق محفوظة. مسقط، سلطنة عُمان", "{site} {y} · سياسة الخصوصية · اتصل بنا"],
    "related_head": ["أخبار ذات صلة", "الأكثر قراءة"],
    "ad": ["إعلان", "— مساحة إعلانية —"],
    "read_also": ["اقرأ أيضًا: {t}", "لمزيد من التفاصيل: {t}"],
    "gallery": ["{t} ({i}/{k})", "صورة {i} من {k}: {t}"],
    "title_site": ["{t} | {site}", "{t} - {site}"],
    "listen": ["استمع إلى الخبر", "وقت القراءة المقدّر: {n} د"],
    "share": ["شارك هذا التنبيه مع مستخدمي الطريق"],
    "follow": ["تابعونا على إنستغرام وإكس"],
    "cookie": ["يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق"],
    "app": ["حمّل تطبيقنا لتصلك تنبيهات الطرق أولًا بأول"],
    "print": ["طباعة"],
    "email": ["إرسال بالبريد الإلكتروني"],
    "cyc_menu": ["رياضة | كرة القدم | الدراجات الهوائية | الهجن | الإبحار | ألعاب القوى"],
    "race_kicker": ["الدراجات الهوائية", "نتائج المرحلة"],
    "stage_box": [
        "نتائج المرحلة\n1. سعود الغافري 3:40:22 · 2. هلال العامري بفارق 6 ثوانٍ · 3. عزان الهنائي بفارق 11 ثانية\n"
        "المسار: نزوى - الجبل الأخضر، 138 كم"
    ],
    "gc_box": ["الترتيب العام\nالقميص الأحمر · أفضل متسلق · أفضل دراج شاب"],
    "results_note": ["النتائج أولية وتخضع لاعتماد لجنة الحكام."],
    "health_bar": ["صحة | مستشفيات | مراكز صحية | توعية | تغذية"],
    "lead_caption": [
        "متبرعون في بنك الدم المركزي ببوشر.\nتصوير: أرشيفية",
        "ممرضة تجهّز متبرعًا لسحب الدم.\nالصورة من وزارة الصحة",
    ],
    "donor_box": [
        "أماكن التبرع هذا الأسبوع\nبنك الدم المركزي ببوشر: من الأحد إلى الخميس، 7:30 صباحًا - 7 مساءً\n"
        "مستشفى صحار المرجعي: الثلاثاء والأربعاء، 8 صباحًا - 1 ظهرًا"
    ],
    "eligibility_note": ["يشترط أن يكون المتبرع بين 18 و60 عامًا، وألا يقل وزنه عن 50 كيلوجرامًا."],
    "donate_prompt": ["قطرة دم تنقذ حياة: احجز موعدك عبر التطبيق واحمل بطاقتك الشخصية."],
    "insp_menu": ["محليات | صحة | حماية المستهلك | مطاعم | بلديات"],
    "grade_box": [
        "حصيلة الحملة التفتيشية\nالمنشآت التي تمت زيارتها: 240 · المخالفات: 63 · الإغلاق المؤقت: 7\n"
        "أبرز المخالفات: انتهاء الشهادات الصحية، سوء التخزين، وجود حشرات"
    ],
    "insp_note": ["تنفذ البلدية حملات التفتيش دون إشعار مسبق بالتنسيق مع هيئة حماية المستهلك."],
    "report_prompt": ["لاحظت مخالفة صحية في مطعم؟ أبلغ البلدية عبر الرقم المجاني."],
    "road_bar": ["الطرق | حالة المرور | تحويلات | الطقس | النقل العام"],
    "works_badge": ["تنبيه مروري", "أعمال صيانة"],
    "detour_box": ["التحويلة\nيُحوَّل السير القادم من السيب إلى الطريق الموازي\nالشاحنات: بعد العاشرة مساءً فقط"],
    "closure_box": ["مواعيد الإغلاق\nمن 11 مساءً حتى 5 صباحًا، طوال أيام الأسبوع حتى نهاية الأعمال"],
    "post_menu": ["ثقافة | تراث | طوابع | فنون | كتب"],
    "stamp_box": [
        "الإصدار الجديد\nالفئات: 200 بيسة و300 بيسة وريال عُماني واحد · صفائح من 16 طابعًا\n"
        "الموضوع: القلاع والحصون العُمانية · كمية محدودة"
    ],
    "fdc_note": ["تتوفر مغلفات اليوم الأول في مكاتب البريد الرئيسية وبالمتجر الإلكتروني."],
    "shop_prompt": ["لهواة جمع الطوابع: اطلب المجموعة الكاملة من متجر بريد عُمان."],
    "edu_menu": ["تعليم | مدارس | دبلوم التعليم العام | جامعات | بعثات"],
    "rank_kicker": ["تصنيف الجامعات", "التعليم العالي"],
    "rank_box": [
        "الجامعات العُمانية في التصنيف\nجامعة السلطان قابوس: الأولى محليًا\n"
        "جامعة التقنية والعلوم التطبيقية: تقدم 50 مركزًا · جامعة نزوى: ضمن أفضل 1000"
    ],
    "method_note": ["يعتمد التصنيف على السمعة الأكاديمية والاستشهادات البحثية ونسبة الطلبة الدوليين."],
    "compare_prompt": ["تبحث عن تخصص؟ قارن البرامج والرسوم في دليلنا للتعليم العالي."],
    "council_strip": ["البلدية | المجلس البلدي | إعلانات | رخص البناء | الخدمات"],
    "plan_box": [
        "تفاصيل الطلب\nنوع المشروع: مبنى تجاري سكني من أربعة طوابق\n"
        "الموقع: ولاية السيب، المعبيلة الجنوبية · المخططات متاحة للاطلاع في البلدية"
    ],
    "object_box": ["الاعتراضات\nتُقدَّم كتابيًا إلى البلدية خلال 30 يومًا من تاريخ النشر"],
    "plan_note": ["يُنشر هذا الإعلان وفق لائحة تنظيم المباني."],
    "green_menu": ["بيئة | مناخ | زراعة | ثروة سمكية | مجتمع"],
    "tree_box": [
        "حملة التشجير\nالأنواع: القرم، الغاف، السدر، النخيل\nنقطة التجمع: محمية القرم الطبيعية، الساعة 7 صباحًا"
    ],
    "volunteer_prompt": ["ترغب في المشاركة؟ سجّل مدرستك أو فريقك التطوعي لدى هيئة البيئة."],
    "sponsor_note": ["محتوى برعاية شركائنا."],
}

PHRASES["hi"] = {  # Fiji
    "months": _words("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर"),
    "mon_abbr": _words("जन फ़र मार्च अप्रै मई जून जुला अग सित अक्टू नव दिस"),
    "wd_abbr": _words("सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार"),
    "names": [
        "अविनेश रवनील शिवनेश अश्नील रेश्मी कृतिका सलेशनी प्रीतिका विमलेश शालेन",
        "प्रसाद नारायण चंद लाल दत्त गोपाल रेड्डी गौंडर महाराज मुदलियार",
    ],
    "ends": ["।"],
    "cities": ["सुवा", "लौटोका", "नादी", "लबासा", "बा", "सिगाटोका", "नौसोरी", "रकीराकी"],
    "quote": ["“{}”"],
    "and": ["और"],
    "local_cyc": ["{wd}, {d} {month} {y}", "{d} {month} {y}, {month:hipart={h}} {h12}:{mi} बजे"],
    "local_blood": ["{d} {month} {y}", "{dd}/{mm}/{y} {hm} (फ़िजी समय)"],
    "local_insp": ["{wd}, {d} {month} {y} · पढ़ने में {month:read={mi}} मिनट", "{dd}-{mm}-{y}"],
    "local_road": ["{d} {month} {y}, {month:hipart={h}} {h12}:{mi} बजे", "{dd}.{mm}.{y}"],
    "local_stamp": ["{month:dev={d}} {month} {month:dev={y}}", "{d} {month} {y}"],
    "local_rank": ["{d} {month} {y} | अपडेट: {month:upd={h}{mi}}", "{wd}, {dd}/{mm}/{y}"],
    "local_plan": ["{d} {month} {y}", "{dd}-{mm}-{y}"],
    "glue_plan": ["सुवा, {d} (एफ़बीसी)। ", "{C}, {d}। ", "{C} : {d} – "],
    "local_tree": ["{wd}, {d} {month} {y}", "{d} {month} {y}, {hm}"],
    "published": ["प्रकाशित: {d}", "प्रकाशन तिथि: {d}"],
    "hl_cyc": ["{t}", "साइकिल रेस: {t}"],
    "hl_blood": ["{t}", "रक्तदान शिविर: {t}", "{q}"],
    "hl_insp": ["{t}", "स्वास्थ्य निरीक्षण: {t}"],
    "hl_road": ["{t}", "सड़क मरम्मत: {t}", "{q}"],
    "hl_stamp": ["{t}", "नए डाक टिकट: {t}"],
    "hl_rank": ["{t}", "यूनिवर्सिटी रैंकिंग: {t}", "“{t}”"],
    "hl_plan": ["{t}", "टाउन प्लानिंग: {t}"],
    "hl_tree": ["{t}", "वृक्षारोपण: {t}", "{q}"],
    "by_cyc": ["{a}", "रिपोर्ट: {a}"],
    "by_blood": ["{a}, स्वास्थ्य संवाददाता", "लेखक: {a}"],
    "by_insp": ["{a}", "{a} द्वारा"],
    "by_road": ["रिपोर्ट: {a}", "{a}"],
    "by_stamp": ["{a}", "लेख और तस्वीरें: {a}"],
    "by_rank": ["{a}", "लेखक: {a}"],
    "by_plan": ["{a}, लबासा संवाददाता", "{a}"],
    "by_tree": ["{a}", "रिपोर्ट: {a}"],
    "social": ["Facebook", "WhatsApp", "X", "Viber", "Instagram", "लिंक कॉपी करें"],
    "icons": ICONS23,
    "home": ["होम"],
    "sections": ["फ़िजी", "पश्चिमी डिवीज़न", "स्वास्थ्य", "खेल", "कारोबार", "समाज"],
    "caption_credit": ["{c}। फ़ोटो: {n}", "{c} (फ़ाइल फ़ोटो)", "{c}। तस्वीर: एफ़बीसी"],
    "photo": ["फ़ोटो: {n}", "तस्वीर: {n}"],
    "comments": ["टिप्पणियाँ ({n}) · अपनी राय दें", "सभी टिप्पणियाँ देखें ({n})"],
    "tags": ["विषय: {t}", "इससे जुड़ी ख़बरें: {t}"],
    "newsletter": ["हमारा न्यूज़लेटर पाएँ: फ़िजी की बड़ी ख़बरें हर सुबह आपके ईमेल पर"],
    "rights": ["© {y} {site}. सर्वाधिकार सुरक्षित। सुवा, फ़िजी", "{site} {y} · गोपनीयता नीति · संपर्क करें"],
    "related_head": ["संबंधित ख़बरें", "सबसे ज़्यादा पढ़ी गई"],
    "ad": ["विज्ञापन", "— प्रायोजित —"],
    "read_also": ["यह भी पढ़ें: {t}", "और पढ़ें → {t}"],
    "gallery": ["{t} ({i}/{k})", "तस्वीर {i}/{k}: {t}"],
    "title_site": ["{t} | {site}", "{t} - {site}"],
    "listen": ["ख़बर सुनें · {n} मिनट", "पढ़ने का समय: {n} मिनट"],
    "share": ["यह सूचना उन लोगों के साथ साझा करें जो इस सड़क से जाते हैं"],
    "follow": ["हमें Facebook और Instagram पर फ़ॉलो करें"],
    "cookie": ["यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है। ठीक है"],
    "app": ["सड़क और मौसम की चेतावनियाँ पाने के लिए हमारा ऐप डाउनलोड करें"],
    "print": ["प्रिंट करें"],
    "email": ["ईमेल से भेजें"],
    "cyc_menu": ["खेल | रग्बी | फ़ुटबॉल | साइकिलिंग | क्रिकेट | नेटबॉल"],
    "race_kicker": ["साइकिलिंग", "रेस का नतीजा"],
    "stage_box": [
        "चरण का परिणाम\n1. शालेन मुदलियार 2:58:30 · 2. विमलेश गौंडर +0:06 · 3. अश्नील रेड्डी +0:14\n"
        "रास्ता: सुवा से नौसोरी और वापस, 96 किमी"
    ],
    "gc_box": ["कुल तालिका\nपीली जर्सी · पहाड़ी चढ़ाई · सबसे अच्छा युवा सवार"],
    "results_note": ["नतीजे अस्थायी हैं और निर्णायक मंडल की पुष्टि के बाद अंतिम होंगे।"],
    "health_bar": ["स्वास्थ्य | अस्पताल | हेल्थ सेंटर | बचाव | पोषण"],
    "lead_caption": [
        "सीडब्ल्यूएम अस्पताल में रक्तदान करते लोग।\nफ़ाइल फ़ोटो",
        "रक्तदाता की जाँच करती एक नर्स।\nतस्वीर: स्वास्थ्य मंत्रालय",
    ],
    "donor_box": [
        "कहाँ करें रक्तदान\nसीडब्ल्यूएम अस्पताल ब्लड बैंक, सुवा: सोमवार से शुक्रवार, सुबह 8 से दोपहर 3 बजे तक\n"
        "लौटोका अस्पताल: मंगलवार और गुरुवार, सुबह 9 से दोपहर 1 बजे तक"
    ],
    "eligibility_note": ["18 से 65 साल के स्वस्थ लोग, जिनका वज़न कम से कम 50 किलो हो, रक्तदान कर सकते हैं।"],
    "donate_prompt": ["आपका एक यूनिट ख़ून तीन जानें बचा सकता है। अपना पहचान पत्र साथ लाएँ।"],
    "insp_menu": ["समाज | स्वास्थ्य | उपभोक्ता | रेस्टोरेंट | नगर परिषद"],
    "grade_box": [
        "निरीक्षण का ब्योरा\nजाँचे गए प्रतिष्ठान: 88 · नोटिस जारी: 23 · अस्थायी रूप से बंद: 4\n"
        "मुख्य कमियाँ: खाद्य परमिट नहीं, फ़्रिज ख़राब, रसोई में कीड़े"
    ],
    "insp_note": ["नगर परिषद के स्वास्थ्य निरीक्षक बिना पूर्व सूचना के जाँच करते हैं।"],
    "report_prompt": ["किसी भोजनालय में गंदगी दिखी? नगर परिषद को सूचित करें।"],
    "road_bar": ["सड़कें | ट्रैफ़िक | मौसम | बस सेवा | फ़ेरी"],
    "works_badge": ["सड़क सूचना", "ट्रैफ़िक चेतावनी"],
    "detour_box": ["वैकल्पिक रास्ता\nनादी की ओर जाने वाले वाहन क्वींस रोड के बजाय पुराने रास्ते से जाएँ\nभारी वाहन रात में ही चलें"],
    "closure_box": ["बंद रहने का समय\nरात 8 बजे से सुबह 5 बजे तक, महीने के अंत तक"],
    "post_menu": ["संस्कृति | विरासत | डाक टिकट | कला | किताबें"],
    "stamp_box": [
        "नई टिकट श्रृंखला\nमूल्य: 50 सेंट, 1 डॉलर और 2 डॉलर · 20 टिकटों की शीट\n"
        "विषय: गिरमिट की याद और फ़िजी के पुराने जहाज़ · सीमित संख्या"
    ],
    "fdc_note": ["प्रथम दिवस आवरण सुवा के मुख्य डाकघर के फ़िलेटेली काउंटर पर मिलेंगे।"],
    "shop_prompt": ["टिकट संग्राहक पूरी श्रृंखला ऑनलाइन मँगवा सकते हैं।"],
    "edu_menu": ["शिक्षा | स्कूल | परीक्षा | विश्वविद्यालय | छात्रवृत्ति"],
    "rank_kicker": ["विश्वविद्यालय रैंकिंग", "उच्च शिक्षा"],
    "rank_box": [
        "प्रशांत क्षेत्र के विश्वविद्यालय\nयूनिवर्सिटी ऑफ़ द साउथ पैसिफ़िक: क्षेत्र में पहले स्थान पर\n"
        "फ़िजी नेशनल यूनिवर्सिटी: 40 स्थान ऊपर · यूनिवर्सिटी ऑफ़ फ़िजी: पहली बार सूची में"
    ],
    "method_note": ["रैंकिंग में शिक्षण, शोध, उद्धरण और अंतरराष्ट्रीय छात्रों का अनुपात देखा जाता है।"],
    "compare_prompt": ["कोर्स चुन रहे हैं? हमारी शिक्षा गाइड में फ़ीस और कार्यक्रमों की तुलना करें।"],
    "council_strip": ["नगर परिषद | सूचनाएँ | भवन अनुमति | टाउन प्लानिंग | सेवाएँ"],
    "plan_box": [
        "आवेदन का ब्योरा\nप्रस्ताव: चार मंज़िला व्यावसायिक इमारत\n"
        "स्थान: विक्टोरिया परेड, सुवा · नक्शे नगर परिषद के कार्यालय में देखे जा सकते हैं"
    ],
    "object_box": ["आपत्तियाँ\nइस सूचना के प्रकाशन के 21 दिनों के भीतर लिखित रूप में भेजें"],
    "plan_note": ["यह सूचना टाउन प्लानिंग अधिनियम के तहत प्रकाशित की गई है।"],
    "green_menu": ["पर्यावरण | जलवायु | खेती | जंगल | गाँव"],
    "tree_box": ["पौधारोपण दिवस\nपौधे: महोगनी, मैंग्रोव, आम और नारियल\nमिलने की जगह: गाँव का हॉल, सुबह 7 बजे"],
    "volunteer_prompt": ["पेड़ लगाना चाहते हैं? अपने स्कूल या संस्था का नाम वन विभाग में दर्ज कराएँ।"],
    "sponsor_note": ["यह सामग्री हमारे सहयोगियों के सहयोग से।"],
}

STYLES = [
    {
        # cycling race report: a sport menu, a kicker, a standfirst on some pages, byline and date on one line
        "name": "cycling_race",
        "header": ["cyc_menu", "race_kicker", "title", "standfirst?", "byline_date", "listen?"],
        "body_inserts": ["stage_box", "caption_credit", "quote", "subheading", "gc_box"],
        "footer": ["results_note", "related", "share_names", "rights"],
        "date_formats": ["local_cyc"],
        "headlines": "hl_cyc",
        "maybe_p": 0.6,
        "n_authors": (1, 1, 2),
        "blank": True,
        "crumb_sep": " > ",
        "bd_sep": [" – ", " | ", "  ·  "],
        "share_sep": " · ",
        "by_join": "and",
        "by_key": "by_cyc",
        "say": SAY,
    },
    {
        # blood-donation drive, no blank lines: the lead picture's caption and credit between headline and byline
        "name": "blood_drive",
        "header": ["health_bar", "title", "lead_caption", "byline", "date", "share_icons?"],
        "body_inserts": ["donor_box", "eligibility_note", "list", "subheading", "ad"],
        "footer": ["donate_prompt", "tags", "cookie", "rights"],
        "date_formats": ["local_blood"],
        "headlines": "hl_blood",
        "maybe_p": 0.5,
        "n_authors": (1,),
        "blank": False,
        "crumb_sep": " > ",
        "share_sep": "  ",
        "by_join": "and",
        "by_key": "by_blood",
        "say": SAY,
    },
    {
        # restaurant hygiene inspections: a cookie line first, the date above the headline, standfirst, byline
        "name": "food_inspection",
        "header": ["cookie", "insp_menu", "breadcrumb", "date", "title", "standfirst", "byline"],
        "body_inserts": ["grade_box", "caption_credit", "quote", "subheading", "read_also"],
        "footer": ["insp_note", "report_prompt", "comments", "share_row", "rights"],
        "date_formats": ["local_insp"],
        "headlines": "hl_insp",
        "standfirst_p": 0.7,
        "n_authors": (1,),
        "blank": True,
        "crumb_sep": " / ",
        "share_sep": " | ",
        "by_join": "and",
        "by_key": "by_insp",
        "say": SAY,
    },
    {
        # roadworks and closures: a badge, a "posted" line, a byline on some pages, detour and closure boxes
        "name": "roadworks",
        "header": ["road_bar", "works_badge", "title", "published", "byline?"],
        "body_inserts": ["detour_box", "closure_box", "list", "subheading", "photo_credit"],
        "footer": ["app", "related", "share_prompt", "rights"],
        "date_formats": ["local_road"],
        "headlines": "hl_road",
        "maybe_p": 0.6,
        "n_authors": (1, 1, 2),
        "blank": True,
        "crumb_sep": " > ",
        "by_join": "comma",
        "by_key": "by_road",
        "say": SAY,
    },
    {
        # new postage stamps: page title with the site, headline again, standfirst, date, byline UNDER the text
        "name": "stamp_issue",
        "header": ["title_site", "post_menu", "title_dup", "standfirst", "date"],
        "body_inserts": ["stamp_box", "caption_title", "subheading", "quote", "shop_prompt"],
        "footer": ["byline_end?", "fdc_note", "newsletter", "follow", "rights"],
        "date_formats": ["local_stamp"],
        "headlines": "hl_stamp",
        "standfirst_p": 0.8,
        "maybe_p": 0.7,
        "n_authors": (1, 1, 2),
        "blank": True,
        "crumb_sep": " > ",
        "by_join": "and",
        "by_key": "by_stamp",
        "say": SAY,
    },
    {
        # university rankings: kicker, standfirst, byline, then the date with an update time, an icon row under it
        "name": "uni_ranking",
        "header": ["edu_menu", "rank_kicker", "title", "standfirst", "byline", "date", "share_icons"],
        "body_inserts": ["rank_box", "method_note", "list", "subheading", "caption_credit"],
        "footer": ["compare_prompt", "tags", "comments", "rights"],
        "date_formats": ["local_rank"],
        "headlines": "hl_rank",
        "standfirst_p": 0.9,
        "n_authors": (1, 2, 2),
        "blank": True,
        "crumb_sep": " > ",
        "share_sep": " ",
        "by_join": "and",
        "by_key": "by_rank",
        "say": SAY,
    },
    {
        # planning application notice, no blank lines: a council strip, a byline on some pages, the only date glued
        "name": "planning_notice",
        "header": ["council_strip", "title", "byline?", "date_glued"],
        "body_inserts": ["plan_box", "object_box", "subheading", "list"],
        "footer": ["plan_note", "print_email", "rights"],
        "date_formats": ["local_plan"],
        "headlines": "hl_plan",
        "glue": "glue_plan",
        "maybe_p": 0.5,
        "n_authors": (1,),
        "blank": False,
        "crumb_sep": " > ",
        "by_join": "and",
        "by_key": "by_plan",
        "say": SAY,
    },
    {
        # tree-planting campaign: the date over a byline of two authors, the standfirst under the byline
        "name": "tree_planting",
        "header": ["green_menu", "title", "date", "byline", "standfirst?"],
        "body_inserts": ["tree_box", "caption_gallery", "quote", "volunteer_prompt", "list"],
        "footer": ["sponsor_note", "newsletter", "follow", "comments", "rights"],
        "date_formats": ["local_tree"],
        "headlines": "hl_tree",
        "maybe_p": 0.6,
        "n_authors": (2,),
        "blank": True,
        "crumb_sep": " > ",
        "by_join": "and",
        "by_key": "by_tree",
        "say": SAY,
    },
]
