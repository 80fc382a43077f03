"""TWENTY-SECOND HELD-OUT templates, written BLIND: their author read only build.py, score.py (for the format it
expects), prose.py, the earlier styles files (for their format and to avoid their site kinds, countries, phrases,
widget texts and layouts; their string literals were compared mechanically with these) and the shared sentence files
build.py draws from (searched for their question marks: questions usable as headlines in the English, Portuguese,
Russian, German and Arabic files; four odd ones in the French file, one in the Dutch file and none with their "¿" and
accents in the Spanish file, so no question headlines in fr, nl and es); never the cleaner's rules, lexicon, content
model, docs or tests, nor the history of the repository; the cleaner was run on them once, through score.py, for a
first-contact figure, and they were never changed after it. Eight languages the data has, on sites from countries no
earlier split modelled: Ghanaian English (Accra, Kumasi, Tamale, Tema, Takoradi; "Nov - 25 - 2026 , 14:32" as
Ghanaian portals print it, "Wednesday 25th November, 2026", "25 November 2026 2:32pm", "14:32 GMT"; GNA datelines
"Tema, Nov. 25, GNA – " with AP month abbreviations; cedis "GH¢", the GRA, NHIS, the Electoral Commission's *711#,
non-partisan District Assembly elections, the closed fishing season, 112, 191-193), Moroccan French (Casablanca,
Rabat, Tanger, Agadir; "Le 25/11/2026 à 14h32", "(GMT+1)"; MAP datelines "Tanger, 25 novembre (MAP) – "; dirhams
"DH", the DGI, the CNRST's geophysics institute, élections communales and the 2727 SMS line, pharmacies de garde, 19,
141, 150, 177), Peruvian Spanish ("setiembre", "del 2026", "2:32 p. m.", "14:32 h"; Andina datelines "Callao, nov. 25
(ANDINA). "; soles "S/", the Sunat's schedule by the last digit of the RUC, the IGP, the ONPE, the JNE's Voto
Informado, boticas de turno, Quechua reading workshops, 105, 106, 116), Cape Verdean Portuguese (Praia, Mindelo, São
Filipe, Espargos; Inforpress datelines with the capitalised month abbreviation "Mindelo, 25 Nov (Inforpress) – ";
escudos written "5.000$00", the IUR, the INMG, autárquicas, story hours in Kriolu, 130-132), Kazakhstani Russian
(Astana, Almaty, Aktau, Kapchagay; "25 ноября 2026, 14:32 по времени Астаны", "7 896 просмотров" and "5 часов назад"
with Russian plural endings; KAZINFORM and КазТАГ datelines "АКТАУ. KAZINFORM – ", "АЛМАТЫ. 25 ноября. КазТАГ – ";
tenge, maslikhat elections, eGov Mobile, the form 270.00, ice fishing, invariable Kazakh and Korean surnames so that
any first name fits), Dutch from Curaçao and Bonaire (Willemstad, Kralendijk; "WILLEMSTAD - " datelines; the
Caribbean guilder "Cg", Bonaire's island council elections, the Curaçao Medical Center, the Meteorological Service,
Papiamentu story hours, "botika" pharmacies, Antillean given and family names, 911 and 912), Namibian German (Windhoek,
Swakopmund, Walvis Bay, Lüderitz; "25.11.2026, 14:32 Uhr", "(CAT)"; NAMPA datelines "WALVIS BAY (NAMPA) – "; Namibian
dollars "N$", NamRA, regional council elections, Kabeljou and Steenbras off the Skeleton Coast, German, Afrikaans,
Oshiwambo and Otjiherero family names, 10111) and Iraqi Arabic (the Syriac month names Iraq uses, "تشرين الثاني",
"كانون الأول", with Latin digits or Arabic-Indic ones, "٢٥ تشرين الثاني ٢٠٢٦", "2026/11/25 02:32 م", "بتوقيت
بغداد"; INA datelines "البصرة - واع - " and "السليمانية / واع / "; "متابعة/", "إعداد/" and "عدسة وتقرير:" labels;
dinars, Umm Qasr, the Shatt al-Arab, provincial council elections, pharmacies on night duty, 104, 115, 122).

Kinds of sites (none in an earlier split): a hospital emergency-department waiting-times page (a health menu, a
waiting-times badge, the date line ABOVE the headline, question and "Emergency: ..." headlines, a standfirst seven
times in ten, a byline on three pages in five, a waiting-times box over three lines, a triage note, captions, an
emergency-numbers note, a data note, related stories, an icon share row), a local election candidate profile with no
blank lines (an elections menu, a breadcrumb, a profile kicker, quoted and "Elections: ..." headlines, one or two
authors and the date on one line, a standfirst four times in five, a candidate card over three lines, a
send-us-your-question prompt, an equal-space note, a where-and-when-to-vote box over two lines, comments), an angling
report (an outdoors menu, a kicker, the date before the single author with a role or a place on one line, a reading
time on half the pages, a tides-and-weather box over three lines, gallery captions repeating the headline, a
send-your-catch prompt, a licence and closed-season note, tags, a named share row), a public library news page (the
page title with the site's name, an opening-hours strip, a library menu, the headline again, a standfirst three times
in five, a "published" line, an events box over three lines, a reserve-this-book prompt, captions, the byline UNDER
the text on seven pages in ten, a library-card offer, a newsletter prompt, "follow us"), a port and shipping news
page (a port status strip over two lines ABOVE the menu, a breadcrumb, "Port: ..." and question headlines, the single
author with a desk, a standfirst nine times in ten, an agency or city dateline glued to the first sentence on most
pages, an expected-vessels box over three lines, captions, "read also" links, the date line UNDER the text, a
timetable note, tags, a share row), an earthquake report with no blank lines (a menu, a badge, question and
"Earthquake: ..." headlines, the date line, a byline on half the pages, a standfirst on half the pages, an agency
dateline glued to the first sentence on some pages, a quake box over three lines, a did-you-feel-it prompt, lists, a
preliminary-data note, a what-to-do box over two lines, an app prompt), a duty-pharmacies page with no blank lines (a
services menu, the headline, a standfirst on half the pages, a roster date line, a pharmacies box over three lines
ABOVE the text on some pages and inside it, a byline on half the pages, a night-surcharge note, ads, a call-ahead
note, an emergency-numbers box over two lines, a share prompt) and a tax-deadline reminder (a money menu, a
breadcrumb, a deadline badge, question and "Tax: ..." headlines, a standfirst, a reading time on half the pages, the
date line, then the byline, a key-dates box over three lines, a late-filing box over two lines, a calculator prompt,
a not-tax-advice note, related stories, an icon share row).

What build.py had to learn for this split: nothing; it only registers the split. Every earlier split still builds
byte for byte as before (checked by building all twenty-two earlier splits before and after and comparing sha256
digests of their documents, text and labels).

How the date lines are made: build.py fills a local date pattern with str.format and passes the month and weekday
names from this module's lists, as `Name` strings: plain ("{month}") they are the name; "{month:cap}" and "{wd:cap}"
are capitalised, "{mon:alt}" and "{wd:alt}" another form of the name (the AP abbreviation "Sept.", the short "Mi"),
"{month:ord={d}}" the English ordinal day ("25th"), "{month:h12={h}}" the hour on a 12-hour clock, "{month:ap={h}}"
"am" or "pm", "{month:pe={h}}" the Peruvian "a. m." or "p. m.", "{month:arap={h}}" ص or م, "{month:ago={mi}}" an
"updated n hours ago" count of 3 to 9, "{month:ruago={mi}}" the same in Russian with its plural ("5 часов назад"),
"{month:read={mi}}" a reading time of 3 to 9 minutes, "{month:ruv={dd}{mi}}" a Russian view count with its plural and
a space between the thousands, and "{month:ai=...}" its text in Arabic-Indic digits. The numbers come from the date's
own digits. The gold date is always the Gregorian ISO date.

Limits of build.py this split cannot cross: a widget cannot see the byline, the headline or the date, so a candidate
card, a quake box or a vessels box is generic for its language and its figures are invented or generic; widgets'
lines all carry one label, so each box is one boilerplate block; body inserts are drawn with replacement, so a box may
be printed twice; one date per document, so a roster's or a deadline's own dates are not the article's; an Arabic
byline cannot agree with the author's gender, so Iraqi names are male; tags are joined with ", " in every language,
Arabic too; a byline with a role or desk after the names is used only where a style has a single author; site names in
page titles, bylines and copyright lines come from build.py's shared list of English brand names; phone numbers are
real short national numbers where one exists (112, 191, 192, 193, 19, 141, 150, 177, 105, 106, 116, 130, 131, 132,
101, 102, 103, 911, 912, 10111, 104, 115, 122) and placeholders otherwise. The sentence files are not Ghanaian,
Moroccan, Peruvian, Cape Verdean, Kazakhstani, Antillean, Namibian or Iraqi prose, so only the chrome of those pages is
local.
"""

from __future__ import annotations

LANGS = ("en", "fr", "es", "pt", "ru", "nl", "de", "ar")

AI_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


class Name(str):
    """A month or weekday name that, given a format spec, writes another part of the date line (see the docstring)."""

    number = 0  # 1-12 for a month, 1-7 for a weekday
    alt = ""  # another form of the name: the AP abbreviation, the short weekday

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        kind, _, arg = spec.partition("=")
        if kind == "cap":
            return str(self)[:1].upper() + str(self)[1:]
        if kind == "alt":
            return self.alt or str(self)
        if kind == "ord":
            day = int(arg)
            suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            return f"{day}{suffix}"
        if kind == "h12":
            return str((int(arg) - 1) % 12 + 1)
        if kind == "ap":
            return "am" if int(arg) < 12 else "pm"
        if kind == "pe":
            return "a. m." if int(arg) < 12 else "p. m."
        if kind == "arap":
            return "ص" if int(arg) < 12 else "م"
        if kind == "ago":
            return str(3 + int(arg) % 7)
        if kind == "ruago":
            hours = 3 + int(arg) % 7
            return f"{hours} {_ru_plural(hours, 'час', 'часа', 'часов')} назад"
        if kind == "read":
            return str(3 + int(arg) % 7)
        if kind == "ruv":
            views = 300 + int(arg) * 3
            number = f"{views // 1000} {views % 1000:03d}" if views >= 1000 else str(views)
            return f"{number} {_ru_plural(views, 'просмотр', 'просмотра', 'просмотров')}"
        if kind == "ai":
            return arg.translate(AI_DIGITS)
        raise ValueError(spec)


def _names(words: str, alts: str = "") -> list[Name]:
    names = [Name(word.replace("_", " ")) for word in words.split()]
    for number, name in enumerate(names, start=1):
        name.number = number
    for name, alt in zip(names, alts.split(), strict=False):
        name.alt = alt.replace("_", " ")
    return names


SAY = {  # widget -> gold reason (build.py: style["say"])
    "hosp_menu": "navigation",
    "wait_badge": "live_badge",
    "wait_box": "footer",
    "triage_note": "footer",
    "emergency_note": "footer",
    "data_note": "footer",
    "vote_menu": "navigation",
    "ward_kicker": "navigation",
    "cand_box": "footer",
    "ask_prompt": "reader_prompt",
    "equal_note": "footer",
    "vote_info": "footer",
    "outdoor_menu": "navigation",
    "fish_kicker": "navigation",
    "tide_box": "footer",
    "catch_prompt": "reader_prompt",
    "licence_note": "footer",
    "hours_strip": "navigation",
    "lib_menu": "navigation",
    "event_box": "footer",
    "reserve_prompt": "reader_prompt",
    "card_prompt": "advertisement",
    "port_strip": "navigation",
    "port_menu": "navigation",
    "vessel_box": "footer",
    "schedule_note": "footer",
    "geo_menu": "navigation",
    "quake_badge": "live_badge",
    "quake_box": "footer",
    "felt_prompt": "reader_prompt",
    "prelim_note": "footer",
    "safety_box": "footer",
    "svc_menu": "navigation",
    "pharm_box": "footer",
    "night_note": "footer",
    "call_note": "footer",
    "sos_box": "footer",
    "tax_menu": "navigation",
    "deadline_badge": "live_badge",
    "due_box": "footer",
    "penalty_box": "footer",
    "calc_prompt": "reader_prompt",
    "tax_note": "footer",
}

ICONS22 = [
    "social-share__facebook",
    "social-share__whatsapp",
    "social-share__x",
    "social-share__telegram",
    "social-share__mail",
]

PHRASES: dict[str, dict[str, list]] = {}

PHRASES["en"] = {  # Ghana
    "months": _names("January February March April May June July August September October November December"),
    "mon_abbr": _names(
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.",
    ),
    "wd_abbr": _names("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", "Mon Tue Wed Thu Fri Sat Sun"),
    "names": [
        "Kwame Akosua Kofi Ama Yaw Efua Kwabena Abena",
        "Mensah Owusu Boateng Asante Agyeman Osei Ansah Amoah",
    ],
    "cities": ["Accra", "Kumasi", "Tamale", "Takoradi", "Cape Coast", "Ho", "Sunyani", "Koforidua"],
    "quote": ['"{}"'],
    "and": ["and"],
    "local_glue": ["{mon:alt} {d}"],
    "glue_port": ["Tema, {g}, GNA – ", "Takoradi, {g}, GNA – ", "{C}: "],
    "glue_quake": ["Accra, {g}, GNA – ", "", "{C}: "],
    "local_er": ["{wd}, {d} {month} {y}", "{month:ord={d}} {month}, {y} | {month:h12={h}}:{mi}{month:ap={h}}"],
    "local_vote": ["{mon} - {dd} - {y} , {hm}", "{wd} {d} {month}, {y}"],
    "local_fish": ["{wd} {month:ord={d}} {month}, {y}", "{dd}/{mm}/{y}"],
    "local_lib": ["{d} {month} {y}", "{month} {d}, {y}"],
    "published": ["Uploaded on {d}", "Date published: {d}"],
    "local_port": ["{d} {month} {y} {month:h12={h}}:{mi}{month:ap={h}}", "{wd}, {mon:alt} {d}, {y}"],
    "local_quake": ["{month:ago={mi}} hours ago · {d} {mon} {y}", "{wd}, {d} {month} {y} - {hm} GMT"],
    "local_pharm": [
        "Roster updated {d} {mon} {y}, {month:h12={h}}:{mi} {month:ap={h}}",
        "{wd} {month:ord={d}} {month}, {y}",
    ],
    "local_tax": ["{month} {d}, {y} · {month:read={mi}} min read", "Updated: {dd}-{mm}-{y} {hm}"],
    "hl_er": ["{t}", "Emergency wards: {t}", "{q}"],
    "hl_vote": ["{t}", "Assembly elections: {t}", '"{t}"'],
    "hl_fish": ["{t}", "Fishing report: {t}", "{t}"],
    "hl_lib": ["{t}", "Library news: {t}"],
    "hl_port": ["{t}", "Ports: {t}", "{q}"],
    "hl_quake": ["{t}", "Tremor: {t}", "{q}"],
    "hl_pharm": ["{t}", "Pharmacies on duty: {t}"],
    "hl_tax": ["{t}", "{q}", "Tax: {t}"],
    "by_er": ["By {a}", "{a}"],
    "by_vote": ["By {a}", "{a} | Politics Desk"],
    "by_fish": ["{a}, our angling correspondent", "By {a}, Takoradi"],
    "by_lib": ["By {a}", "Story: {a}"],
    "by_port": ["By {a}", "{a}, Business Reporter"],
    "by_quake": ["By {a}", "{a}, GNA"],
    "by_pharm": ["Roster compiled by {a}", "{a}"],
    "by_tax": ["By {a}", "{a}, {site}"],
    "social": ["Facebook", "WhatsApp", "X", "LinkedIn", "Telegram", "Email"],
    "icons": ICONS22,
    "home": ["Home"],
    "sections": ["News", "Regional", "Health", "Politics", "Business", "Lifestyle"],
    "caption_credit": ["{c}. Photo: {n}", "{c} (Credit: GNA)", "{c} — File photo"],
    "comments": ["{n} comments · Have your say", "View comments ({n})"],
    "tags": ["Story topics — {t}", "Filed in: {t}"],
    "newsletter": ["Get the week's library events in your inbox — sign up with your email address"],
    "rights": ["© {y} {site}. All Rights Reserved.", "Copyright {y} {site} · Terms of use · Privacy"],
    "related_head": ["More stories for you", "Trending in Ghana"],
    "ad": ["Advert", "— Story continues after advert —"],
    "read_also": ["READ ALSO: {t}", "Related article: {t}"],
    "gallery": ["{t} – picture {i} of {k}", "Photos ({i}/{k}): {t}"],
    "app": ["Download our app on Google Play and the App Store for alerts"],
    "title_site": ["{t} | {site}", "{t} — {site}"],
    "listen": ["Listen to this story · {n} min", "About {n} minutes to read"],
    "share": ["Share this list with family and friends"],
    "follow": ["Follow the library on Facebook and X for new arrivals"],
    "hosp_menu": ["Health | Hospitals | NHIS | Mental Health | Maternal Care"],
    "wait_badge": ["OPD WAITING TIMES", "EMERGENCY UPDATE"],
    "wait_box": [
        "Average waiting times today\nKorle Bu Teaching Hospital (Emergency): 3 hrs 10 min · Ridge "
        "Hospital: 1 hr 45 min\n"
        "Komfo Anokye Teaching Hospital (OPD): 4 hrs · Tamale Teaching Hospital: 2 hrs 20 min"
    ],
    "triage_note": [
        "Patients are seen in order of urgency, not arrival: red and orange triage cases are attended to first."
    ],
    "emergency_note": ["In an emergency, call the National Ambulance Service on 193 or the general line, 112."],
    "data_note": ["Waiting times are averages reported by the hospitals' records units and change during the day."],
    "vote_menu": ["Politics | Elections | District Assemblies | Parliament | Local Government"],
    "ward_kicker": ["CANDIDATE PROFILE", "MEET THE ASPIRANTS"],
    "cand_box": [
        "Candidate card\nElectoral area: Adabraka · Non-partisan: assembly elections are not contested on party lines\n"
        "Age: 41 · Occupation: teacher · Position on the ballot: 3"
    ],
    "ask_prompt": [
        "Have a question for the aspirants in your electoral area? WhatsApp it to us and we will put it to them."
    ],
    "equal_note": [
        "Every aspirant in this electoral area was sent the same questions and given the same space, in ballot order."
    ],
    "vote_info": [
        "Polls open at 7am and close at 5pm\nCheck your polling station: dial *711# or visit the Electoral Commission"
    ],
    "outdoor_menu": ["Lifestyle | Outdoors | Fishing | Travel | Food"],
    "fish_kicker": ["FISHING REPORT", "ON THE WATER"],
    "tide_box": [
        "Tides at Takoradi this week\nHigh water 05:42 (1.4 m) · Low water 11:58 (0.4 m)\n"
        "Sea: moderate · Wind: south-westerly, 10-15 knots"
    ],
    "catch_prompt": [
        "Caught something worth boasting about? Send your photo, the spot and the weight to our outdoors desk."
    ],
    "licence_note": [
        "Canoes must carry a valid licence. The closed season for artisanal and inshore fleets runs for one month "
        "from July 1."
    ],
    "hours_strip": ["Open today 8:30am - 5pm · Saturday 9am - 1pm · Closed on Sundays and public holidays"],
    "lib_menu": ["Ghana Library Authority | Find a Library | E-Library | Children | Events | Join"],
    "event_box": [
        "What's on\nStorytime for under-fives: Saturdays, 10am, Children's Corner\n"
        "Reading clinic and homework help: weekdays, 3pm - 5pm · Free"
    ],
    "reserve_prompt": ["Want to borrow this book? Reserve it online and collect it at your nearest branch."],
    "card_prompt": ["Membership is free for pupils and students — bring a passport photo and your Ghana Card."],
    "port_strip": [
        "Tema: 14 vessels at berth · 6 at anchorage | Takoradi: 5 at berth\nCedi/dollar 15.42 | "
        "Brent $73.10 | Cocoa $7,950/t"
    ],
    "port_menu": ["Business | Ports & Shipping | Trade | Energy | Agribusiness"],
    "vessel_box": [
        "Expected arrivals, Tema\nMSC Ines (container) · ETA 06:00 · Terminal 3\nNordic Star "
        "(tanker) · ETA 14:30 · Anchorage"
    ],
    "schedule_note": [
        "Arrival times are supplied by shipping agents and may change with weather and berth availability."
    ],
    "geo_menu": ["News | Regional | Environment | Science | Disasters"],
    "quake_badge": ["EARTH TREMOR", "JUST IN"],
    "quake_box": ["Tremor details\nMagnitude: 3.8 · Depth: 10 km\nEpicentre: offshore, about 20 km south of Weija"],
    "felt_prompt": ["Did you feel the tremor? Tell us where you were and what you felt."],
    "prelim_note": ["Figures are preliminary and may be revised by the Ghana Geological Survey Authority."],
    "safety_box": [
        "If the ground shakes\nDrop, cover and hold on · Stay away from windows and block walls · Do not use lifts"
    ],
    "svc_menu": ["Services | Pharmacies on Duty | Hospitals | Emergency Numbers | Blood Banks"],
    "pharm_box": [
        "Open tonight\nCity Pharmacy, Adabraka — 24 hours · 030 000 0000\n"
        "Medi-Plus Chemists, East Legon — until midnight · 030 000 0001"
    ],
    "night_note": ["Night-duty pharmacies may add a small service charge after 10pm."],
    "call_note": ["Please call before you travel: duty rosters can change at short notice."],
    "sos_box": ["Emergency numbers\nPolice 191 · Fire 192 · Ambulance 193"],
    "tax_menu": ["Business | Tax | GRA | Budget | Personal Finance"],
    "deadline_badge": ["DEADLINE", "TAX REMINDER"],
    "due_box": [
        "Key dates\nAnnual income tax returns: April 30 · Monthly PAYE: by the 15th of the following month\n"
        "VAT returns: last working day of the following month"
    ],
    "penalty_box": [
        "Filing late\nGH¢500 plus GH¢10 for each day of default, and interest on unpaid tax at the Bank of Ghana rate"
    ],
    "calc_prompt": ["Not sure what you owe? Try our PAYE calculator with this year's tax bands."],
    "tax_note": [
        "This guide is general information. Check your own position with the Ghana Revenue Authority or an accountant."
    ],
}

PHRASES["fr"] = {  # Morocco
    "months": _names("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "mon_abbr": _names("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "wd_abbr": _names("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "names": [
        "Youssef Salma Mehdi Khadija Omar Nadia Hamza Imane",
        "Benali Alaoui Bennani Tazi Amrani Berrada Chraibi Idrissi",
    ],
    "cities": ["Casablanca", "Rabat", "Marrakech", "Fès", "Tanger", "Agadir", "Oujda", "Meknès"],
    "quote": ["« {} »"],
    "and": ["et"],
    "local_glue": ["{d} {month}"],
    "glue_port": ["Tanger, {g} (MAP) – ", "Casablanca, {g} (MAP) – ", "{C} – "],
    "glue_quake": ["Rabat, {g} (MAP) – ", "{C} – ", ""],
    "local_er": ["Le {dd}/{mm}/{y} à {h}h{mi}", "{wd} {d} {month} {y} - {hm}"],
    "local_vote": ["{d} {month} {y} à {hm}", "{dd}/{mm}/{y} - {h}h{mi}"],
    "local_fish": ["{wd:cap} {d} {month} {y}", "{dd}.{mm}.{y} | {hm}"],
    "local_lib": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
    "published": ["Publié le : {d}", "Article mis en ligne le {d}"],
    "local_port": ["{d} {mon} {y} - {hm}", "{wd} {d} {month} {y}"],
    "local_quake": ["Il y a {month:ago={mi}} heures | {dd}/{mm}/{y}", "{wd} {d} {month} {y} à {h}h{mi} (GMT+1)"],
    "local_pharm": ["Liste actualisée le {dd}/{mm}/{y} à {h}h{mi}", "Garde du {wd} {d} {month} {y}"],
    "local_tax": ["{d} {month} {y} · Lecture : {month:read={mi}} min", "Actualisé le {dd}/{mm}/{y}"],
    "hl_er": ["{t}", "Urgences : {t}"],
    "hl_vote": ["{t}", "Communales : {t}", "« {t} »"],
    "hl_fish": ["{t}", "Pêche : {t}"],
    "hl_lib": ["{t}", "Médiathèque : {t}"],
    "hl_port": ["{t}", "Tanger Med : {t}", "« {t} »"],
    "hl_quake": ["{t}", "Séisme : {t}"],
    "hl_pharm": ["{t}", "Pharmacies de garde : {t}"],
    "hl_tax": ["{t}", "Fiscalité : {t}", "DGI : {t}"],
    "by_er": ["Par {a}", "{a}"],
    "by_vote": ["Par {a}", "{a}, rubrique Politique"],
    "by_fish": ["Par {a}, à Essaouira", "{a}, depuis Dakhla"],
    "by_lib": ["Par {a}", "Article rédigé par {a}"],
    "by_port": ["{a}", "Par {a}, service Économie"],
    "by_quake": ["Par {a}", "{a} avec MAP"],
    "by_pharm": ["{a}", "Liste établie par {a}"],
    "by_tax": ["Par {a}", "{a}, {site}"],
    "social": ["Facebook", "WhatsApp", "X", "LinkedIn", "Messenger", "Copier l'adresse"],
    "icons": ICONS22,
    "home": ["Accueil"],
    "sections": ["Maroc", "Régions", "Santé", "Politique", "Économie", "Société"],
    "caption_credit": ["{c} | Crédit photo : {n}", "{c} (MAP)", "{c} © D.R."],
    "comments": ["{n} commentaires · Ajouter le vôtre", "Voir les commentaires ({n})"],
    "tags": ["Mots-clés de l'article : {t}", "Dans ce dossier : {t}"],
    "newsletter": ["Recevez chaque semaine l'agenda culturel de la médiathèque par e-mail"],
    "rights": ["© {y} {site} – Tous droits réservés au Maroc", "{site} © {y} · Mentions légales · Contact"],
    "related_head": ["Sur le même sujet au Maroc", "Les plus lus au Maroc"],
    "ad": ["Espace publicitaire", "— Publicité —"],
    "read_also": ["Lire également : {t}", "À voir aussi → {t}"],
    "gallery": ["{t} – image {i} sur {k}", "Diaporama ({i}/{k}) : {t}"],
    "app": ["Notre application est disponible sur Android et iOS"],
    "title_site": ["{t} | {site}", "{t} – {site}"],
    "listen": ["Écouter l'article · {n} min", "Temps de lecture estimé : {n} min"],
    "share": ["Partagez cette liste avec vos proches"],
    "follow": ["Suivez la médiathèque sur Instagram et Facebook"],
    "hosp_menu": ["Santé | Hôpitaux | AMO | Médicaments | Prévention"],
    "wait_badge": ["TEMPS D'ATTENTE", "URGENCES"],
    "wait_box": [
        "Temps d'attente moyens aux urgences\nCHU Ibn Rochd (Casablanca) : 2 h 50 · Hôpital Ibn Sina (Rabat) : 2 h 10\n"
        "CHU Mohammed VI (Marrakech) : 3 h 30 · CHU Hassan II (Fès) : 1 h 55"
    ],
    "triage_note": ["Les patients sont pris en charge selon la gravité de leur état, après passage au tri."],
    "emergency_note": ["En cas d'urgence, composez le 141 (SAMU) ou le 150 (Protection civile)."],
    "data_note": [
        "Délais indicatifs communiqués par les établissements, susceptibles d'évoluer au cours de la journée."
    ],
    "vote_menu": ["Politique | Communales | Parlement | Régions | Partis"],
    "ward_kicker": ["PORTRAIT DE CANDIDAT", "ÉLECTIONS COMMUNALES"],
    "cand_box": [
        "Fiche candidat\nCirconscription : Anfa (Casablanca) · Tête de liste\n"
        "Âge : 44 ans · Profession : architecte · Symbole électoral : la balance"
    ],
    "ask_prompt": [
        "Une question pour les candidats de votre commune ? Envoyez-la à la rédaction, nous la leur transmettrons."
    ],
    "equal_note": [
        "Tous les candidats de la circonscription ont reçu les mêmes questions et disposent d'un espace identique."
    ],
    "vote_info": [
        "Bureaux de vote ouverts de 8 h à 19 h\nVérifiez votre bureau sur le site des listes "
        "électorales ou par SMS au 2727"
    ],
    "outdoor_menu": ["Loisirs | Pêche | Nature | Randonnée | Voyages"],
    "fish_kicker": ["BULLETIN DE PÊCHE", "SURFCASTING"],
    "tide_box": [
        "Marées à Essaouira\nPleine mer : 06 h 12 (3,1 m) · Basse mer : 12 h 25 (0,9 m)\n"
        "Houle : 1,5 m de nord-ouest · Vent : alizé, 15 à 20 nœuds"
    ],
    "catch_prompt": ["Une belle prise ? Envoyez-nous votre photo avec le lieu et le poids du poisson."],
    "licence_note": [
        "La pêche de loisir exige un permis délivré par le Département de la pêche maritime. "
        "Respectez les tailles minimales de capture."
    ],
    "hours_strip": ["Ouvert du lundi au vendredi, 9 h - 18 h · Samedi 9 h - 13 h · Fermé le dimanche"],
    "lib_menu": ["Médiathèque | Catalogue | Agenda | Jeunesse | Fonds patrimonial | Inscription"],
    "event_box": [
        "À l'agenda\nHeure du conte (4-8 ans) : mercredi, 15 h, espace jeunesse\n"
        "Atelier d'écriture en arabe et en français : samedi, 10 h · Entrée libre"
    ],
    "reserve_prompt": ["Ce livre vous intéresse ? Réservez-le en ligne et retirez-le à l'accueil sous trois jours."],
    "card_prompt": ["Carte de lecteur : 50 DH par an, gratuite pour les élèves et les étudiants."],
    "port_strip": [
        "Tanger Med : 9 porte-conteneurs à quai | Casablanca : 12 navires en rade\n"
        "EUR/MAD 10,82 | USD/MAD 9,97 | Brent 73,10 $"
    ],
    "port_menu": ["Économie | Ports | Logistique | Commerce extérieur | Énergie"],
    "vessel_box": [
        "Mouvements prévus, port de Tanger Med\nMSC Aurora (porte-conteneurs) · arrivée 06 h 00 · TC3\n"
        "Cap Spartel (roulier) · arrivée 14 h 30 · poste 2"
    ],
    "schedule_note": [
        "Horaires communiqués par les consignataires, susceptibles de changer selon la météo et les quais disponibles."
    ],
    "geo_menu": ["Société | Régions | Environnement | Sciences | Catastrophes naturelles"],
    "quake_badge": ["SECOUSSE TELLURIQUE", "ALERTE"],
    "quake_box": [
        "Caractéristiques de la secousse\nMagnitude : 4,6 sur l'échelle de Richter · Profondeur : 11 km\n"
        "Épicentre : province d'Al Haouz, à 62 km au sud-ouest de Marrakech"
    ],
    "felt_prompt": ["Vous avez ressenti la secousse ? Dites-nous où vous étiez et ce que vous avez ressenti."],
    "prelim_note": ["Données provisoires de l'Institut national de géophysique (CNRST), susceptibles d'être révisées."],
    "safety_box": [
        "Pendant une secousse\nAbritez-vous sous une table solide · Éloignez-vous des fenêtres · "
        "N'utilisez pas l'ascenseur"
    ],
    "svc_menu": ["Services | Pharmacies de garde | Urgences | Numéros utiles | Horaires des prières"],
    "pharm_box": [
        "Pharmacies de garde ce soir\nPharmacie Al Amal, bd Zerktouni — 24 h/24 · 05 22 00 00 00\n"
        "Pharmacie de la Gare, Maârif — jusqu'à minuit · 05 22 00 00 01"
    ],
    "night_note": ["Un supplément de garde est appliqué après 20 h, conformément à la réglementation."],
    "call_note": ["Appelez avant de vous déplacer : les tours de garde peuvent changer sans préavis."],
    "sos_box": ["Numéros d'urgence\nPolice 19 · Gendarmerie 177 · Protection civile 150 · SAMU 141"],
    "tax_menu": ["Économie | Fiscalité | Finances publiques | Entreprises | Argent"],
    "deadline_badge": ["ÉCHÉANCE FISCALE", "DERNIER DÉLAI"],
    "due_box": [
        "Calendrier fiscal\nDéclaration des revenus professionnels : avant le 1er mars · Revenus "
        "fonciers : avant le 1er mars\n"
        "Taxe d'habitation et taxe de services communaux : avant le 31 mars"
    ],
    "penalty_box": [
        "Retard de déclaration\nMajoration de 5 % à 20 %, plus 5 % pour le premier mois et 0,50 % "
        "par mois supplémentaire"
    ],
    "calc_prompt": ["Estimez votre impôt sur le revenu avec notre simulateur →"],
    "tax_note": [
        "Informations fournies à titre indicatif ; seules les dispositions du Code général des impôts font foi."
    ],
}

PHRASES["es"] = {  # Peru
    "months": _names("enero febrero marzo abril mayo junio julio agosto setiembre octubre noviembre diciembre"),
    "mon_abbr": _names("ene. feb. mar. abr. may. jun. jul. ago. set. oct. nov. dic."),
    "wd_abbr": _names("lunes martes miércoles jueves viernes sábado domingo"),
    "names": [
        "José Rosa Luis Milagros Jorge Yesenia Wilber Flor",
        "Quispe Mamani Huamán Flores Chávez Rojas Vargas Condori",
    ],
    "cities": ["Lima", "Arequipa", "Cusco", "Trujillo", "Piura", "Chiclayo", "Iquitos", "Puno"],
    "quote": ["“{}”"],
    "and": ["y"],
    "local_glue": ["{mon} {d}"],
    "glue_port": ["Callao, {g} (ANDINA). ", "Paita, {g} (ANDINA). ", ""],
    "glue_quake": ["Lima, {g} (ANDINA). ", "Arequipa, {g} (ANDINA). ", "{C}.- "],
    "local_er": ["{dd}/{mm}/{y} {hm} h", "{wd:cap} {d} de {month} de {y}"],
    "local_vote": ["{d} de {month} de {y} - {month:h12={h}}:{mi} {month:pe={h}}", "{dd}.{mm}.{y}"],
    "local_fish": ["{wd:cap}, {d} de {month} del {y}", "{d} {mon} {y} | {hm}"],
    "local_lib": ["{d} de {month} de {y}", "{dd}/{mm}/{y}"],
    "published": ["Nota publicada el {d}", "Publicación: {d}"],
    "local_port": ["{dd}/{mm}/{y} - {hm} h", "{wd:cap} {d} de {month}, {y}"],
    "local_quake": [
        "Actualizado el {d} de {month} de {y} - {month:h12={h}}:{mi} {month:pe={h}}",
        "hace {month:ago={mi}} horas | {dd}/{mm}/{y}",
    ],
    "local_pharm": ["Turnos del {wd} {d} de {month} de {y}", "{dd}-{mm}-{y} {hm}"],
    "local_tax": ["{d} {mon} {y} | Lectura de {month:read={mi}} minutos", "Actualizado: {dd}/{mm}/{y} {hm} h"],
    "hl_er": ["{t}", "Emergencias: {t}"],
    "hl_vote": ["{t}", "Elecciones municipales: {t}", "“{t}”"],
    "hl_fish": ["{t}", "Pesca deportiva: {t}"],
    "hl_lib": ["{t}", "Biblioteca: {t}"],
    "hl_port": ["{t}", "Puerto del Callao: {t}", "“{t}”"],
    "hl_quake": ["{t}", "Sismo: {t}"],
    "hl_pharm": ["{t}", "Farmacias de turno: {t}"],
    "hl_tax": ["{t}", "Sunat: {t}"],
    "by_er": ["Por {a}", "{a}"],
    "by_vote": ["Por {a}", "{a} | Unidad de Política"],
    "by_fish": ["Por {a}, desde Puno", "{a}, corresponsal en Máncora"],
    "by_lib": ["Por {a}", "Escribe: {a}"],
    "by_port": ["{a}", "Por {a}, Economía"],
    "by_quake": ["Por {a}", "{a}"],
    "by_pharm": ["{a}", "Por {a}"],
    "by_tax": ["Por {a}", "{a}, {site}"],
    "social": ["Facebook", "WhatsApp", "X", "Telegram", "LinkedIn", "Copiar el enlace"],
    "icons": ICONS22,
    "home": ["Inicio"],
    "sections": ["Perú", "Regiones", "Salud", "Política", "Economía", "Actualidad"],
    "caption_credit": ["{c} | Foto: {n}/ANDINA", "{c} (Foto: ANDINA/Difusión)", "{c} Foto: archivo"],
    "comments": ["{n} comentarios · Comenta aquí", "Mostrar los {n} comentarios"],
    "tags": ["Temas de esta nota: {t}", "Etiquetas de la nota: {t}"],
    "newsletter": ["Suscríbete y recibe cada viernes las actividades de la biblioteca"],
    "rights": ["© {y} {site}. Todos los derechos reservados. Prohibida su reproducción.", "{site} © {y} · Lima, Perú"],
    "related_head": ["Más notas relacionadas", "Lo más visto en Perú"],
    "ad": ["Publicidad", "CONTENIDO PUBLICITARIO"],
    "read_also": ["También puedes leer: {t}", "TE PUEDE INTERESAR | {t}"],
    "gallery": ["{t} – foto {i} de {k}", "Galería ({i}/{k}): {t}"],
    "app": ["Descarga nuestra app en Google Play y App Store"],
    "title_site": ["{t} | {site}", "{t} - {site}"],
    "listen": ["Escucha esta nota · {n} min", "Se lee en {n} minutos"],
    "share": ["Comparte esta lista con tu familia"],
    "follow": ["Síguenos en Facebook, Instagram y TikTok"],
    "hosp_menu": ["Salud | Hospitales | EsSalud | SIS | Vacunas | Bienestar"],
    "wait_badge": ["TIEMPOS DE ESPERA", "EMERGENCIAS"],
    "wait_box": [
        "Tiempo promedio de espera en emergencia\nHospital Rebagliati: 3 h 20 min · Hospital Dos de Mayo: 2 h 45 min\n"
        "Hospital Loayza: 2 h 10 min · Hospital Almenara: 3 h 05 min"
    ],
    "triage_note": ["La atención se da según la prioridad asignada en el triaje, no por orden de llegada."],
    "emergency_note": ["Ante una emergencia llame al SAMU, 106, o a los bomberos, 116."],
    "data_note": ["Tiempos referenciales reportados por los hospitales; pueden variar a lo largo del día."],
    "vote_menu": ["Política | Elecciones 2026 | Congreso | Regiones | JNE"],
    "ward_kicker": ["PERFIL DEL CANDIDATO", "CONOCE A TU CANDIDATO"],
    "cand_box": [
        "Ficha del candidato\nCargo: alcaldía distrital de San Juan de Lurigancho · Organización política: "
        "movimiento regional\nEdad: 46 años · Profesión: ingeniería civil · Hoja de vida publicada en Voto Informado"
    ],
    "ask_prompt": ["¿Tienes una pregunta para los candidatos de tu distrito? Escríbenos y se la haremos llegar."],
    "equal_note": [
        "Todos los candidatos inscritos en este distrito recibieron el mismo cuestionario y el mismo espacio."
    ],
    "vote_info": [
        "Local de votación: consulta con tu DNI en la web de la ONPE\n"
        "La mesa abre a las 7 a. m. y cierra a las 5 p. m.; el voto es obligatorio"
    ],
    "outdoor_menu": ["Vida | Turismo | Pesca | Naturaleza | Gastronomía"],
    "fish_kicker": ["REPORTE DE PESCA", "AL AGUA"],
    "tide_box": [
        "Condiciones en Máncora esta semana\nPleamar: 05:40 (1,6 m) · Bajamar: 11:55 (0,3 m)\n"
        "Oleaje: ligero a moderado · Viento: sur, 12 a 18 nudos"
    ],
    "catch_prompt": ["¿Sacaste una buena pieza? Mándanos tu foto con el lugar y el peso."],
    "licence_note": [
        "Para pescar trucha en el Titicaca y en lagunas altoandinas se requiere permiso de Produce; "
        "respeta las vedas y las tallas mínimas."
    ],
    "hours_strip": ["Horario: lunes a viernes de 8:30 a. m. a 7 p. m. · sábados de 9 a. m. a 1 p. m."],
    "lib_menu": ["Biblioteca Municipal | Catálogo | Actividades | Sala infantil | Hemeroteca | Carné"],
    "event_box": [
        "Agenda de la semana\nHora del cuento (4 a 8 años): miércoles, 4 p. m., sala infantil\n"
        "Taller de lectura en quechua: sábado, 10 a. m. · Ingreso libre"
    ],
    "reserve_prompt": ["¿Quieres este libro? Resérvalo en el catálogo en línea y recógelo en tres días."],
    "card_prompt": ["El carné de lector es gratuito: trae tu DNI y un recibo de luz o agua."],
    "port_strip": [
        "Callao: 11 naves en muelle · 7 en bahía | Paita: 3 en muelle | Chancay: 4 en muelle\n"
        "Dólar S/ 3.74 | Cobre US$ 4.18/lb | Harina de pescado US$ 1,650/t"
    ],
    "port_menu": ["Economía | Puertos | Comercio exterior | Minería | Pesca"],
    "vessel_box": [
        "Arribos previstos al Callao\nMSC Valeria (portacontenedores) · ETA 06:00 · Muelle Sur\n"
        "Pacific Dawn (granelero) · ETA 14:30 · Muelle 5"
    ],
    "schedule_note": [
        "Horarios referenciales informados por las agencias marítimas; pueden variar por oleaje "
        "anómalo o cierre de puertos."
    ],
    "geo_menu": ["Perú | Regiones | Ciencia | Medio ambiente | Desastres"],
    "quake_badge": ["SISMO", "ÚLTIMO MINUTO"],
    "quake_box": [
        "Datos del sismo\nMagnitud: 5.1 · Profundidad: 48 km\nEpicentro: 34 km al oeste de Chilca, Cañete, Lima"
    ],
    "felt_prompt": ["¿Sentiste el temblor? Cuéntanos desde dónde y cómo lo percibiste."],
    "prelim_note": ["Datos preliminares del Instituto Geofísico del Perú (IGP), sujetos a revisión."],
    "safety_box": [
        "Durante un sismo\nUbícate en las zonas seguras señalizadas · Aléjate de ventanas · "
        "Ten lista tu mochila de emergencia"
    ],
    "svc_menu": ["Servicios | Farmacias de turno | Emergencias | Teléfonos útiles | Clima"],
    "pharm_box": [
        "Boticas de turno esta noche\nBotica San Martín, av. Arequipa 1450 — 24 horas · (01) 000-0000\n"
        "Farmacia Santa Rosa, jr. Puno 312 — hasta medianoche · (01) 000-0001"
    ],
    "night_note": ["Algunas boticas de turno atienden solo por ventanilla después de las 11 p. m."],
    "call_note": ["Llama antes de salir: los turnos pueden cambiar sin aviso previo."],
    "sos_box": ["Teléfonos de emergencia\nPolicía 105 · Bomberos 116 · SAMU 106"],
    "tax_menu": ["Economía | Tributos | Sunat | Mis finanzas | Empleo"],
    "deadline_badge": ["VENCIMIENTO", "ÚLTIMOS DÍAS"],
    "due_box": [
        "Cronograma de la declaración anual\nRUC terminado en 0: 25 de marzo · terminado en 1: 26 de marzo\n"
        "Buenos contribuyentes: hasta el 9 de abril"
    ],
    "penalty_box": [
        "Si no declaras a tiempo\nMulta equivalente a una fracción de la UIT, con rebaja si subsanas "
        "antes de la notificación"
    ],
    "calc_prompt": ["Calcula cuánto te devuelven con nuestro simulador de renta →"],
    "tax_note": ["Esta nota es informativa; revisa siempre el cronograma oficial publicado por la Sunat."],
}

PHRASES["pt"] = {  # Cape Verde
    "months": _names("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "mon_abbr": _names("Jan Fev Mar Abr Mai Jun Jul Ago Set Out Nov Dez"),
    "wd_abbr": _names("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
    "names": [
        "Carlos Djamila Edson Arlinda Hélio Nilda Adilson Sónia",
        "Tavares Fortes Lopes Monteiro Semedo Varela Delgado Brito",
    ],
    "cities": ["Praia", "Mindelo", "Assomada", "São Filipe", "Espargos", "Santa Maria", "Porto Novo", "Tarrafal"],
    "quote": ["“{}”"],
    "and": ["e"],
    "local_glue": ["{d} {mon}"],
    "glue_port": ["Mindelo, {g} (Inforpress) – ", "Cidade da Praia, {g} (Inforpress) – ", ""],
    "glue_quake": ["São Filipe, {g} (Inforpress) – ", "Cidade da Praia, {g} (Inforpress) – ", ""],
    "local_er": ["{dd}/{mm}/{y} {hm}", "{wd}, {d} de {month} de {y}"],
    "local_vote": ["{d} {mon} {y} {hm}", "{d} de {month} de {y}"],
    "local_fish": ["{wd:cap}, {dd} {month} {y}", "{dd}-{mm}-{y} | {hm}"],
    "local_lib": ["{d} de {month} de {y}", "{dd}.{mm}.{y}"],
    "published": ["Publicado em linha a {d}", "Data da publicação: {d}"],
    "local_port": ["{dd}/{mm}/{y} às {h}:{mi}", "{d} {mon} {y}"],
    "local_quake": ["há {month:ago={mi}} horas · {dd}/{mm}/{y}", "{wd:cap}, {d} de {month} de {y}, {hm}"],
    "local_pharm": ["Escala de {wd}, {d} de {month} de {y}", "Actualizado {dd}/{mm}/{y} {hm}"],
    "local_tax": ["{d} de {month} de {y} · {month:read={mi}} min de leitura", "{dd}/{mm}/{y}"],
    "hl_er": ["{t}", "Urgências: {t}", "{q}"],
    "hl_vote": ["{t}", "Autárquicas: {t}", "“{t}”"],
    "hl_fish": ["{t}", "Pesca desportiva: {t}"],
    "hl_lib": ["{t}", "Biblioteca Nacional: {t}"],
    "hl_port": ["{t}", "Porto Grande: {t}", "{q}"],
    "hl_quake": ["{t}", "Sismo: {t}", "{q}"],
    "hl_pharm": ["{t}", "Farmácias de serviço: {t}"],
    "hl_tax": ["{t}", "Impostos: {t}", "{q}"],
    "by_er": ["Por {a}", "{a}"],
    "by_vote": ["{a}", "Por {a}"],
    "by_fish": ["{a}, em São Nicolau", "Por {a}, no Mindelo"],
    "by_lib": ["{a}", "Reportagem e fotos de {a}"],
    "by_port": ["Por {a}", "{a}, jornalista da secção de Economia"],
    "by_quake": ["{a}", "Por {a}, com Inforpress"],
    "by_pharm": ["{a}", "Por {a}"],
    "by_tax": ["Por {a}", "{a} | Economia"],
    "social": ["Facebook", "WhatsApp", "X", "Messenger", "E-mail", "Copiar endereço"],
    "icons": ICONS22,
    "home": ["Início"],
    "sections": ["Nacional", "Ilhas", "Saúde", "Política", "Economia", "Sociedade"],
    "caption_credit": ["{c} · Fotografia {n}", "{c} (Foto: Inforpress)", "{c} – Foto de arquivo"],
    "comments": ["{n} comentários · Comente esta notícia", "Mostrar os {n} comentários"],
    "tags": ["Palavras-chave deste artigo: {t}", "Etiquetas desta notícia: {t}"],
    "newsletter": ["Receba a agenda semanal da biblioteca no seu e-mail"],
    "rights": ["© {y} {site}. Todos os direitos reservados – Cabo Verde", "{site} © {y} · Estatuto editorial"],
    "related_head": ["Outras notícias relacionadas", "Mais lidas em Cabo Verde"],
    "ad": ["Pub", "— Publicidade —"],
    "read_also": ["Não deixe de ler: {t}", "Relacionado → {t}"],
    "gallery": ["{t} – foto {i} de {k}", "Fotogaleria ({i}/{k}): {t}"],
    "app": ["Instale a nossa aplicação no Android ou no iPhone"],
    "title_site": ["{t} | {site}", "{t} – {site}"],
    "listen": ["Ouvir esta notícia · {n} min", "Tempo de leitura estimado: {n} min"],
    "share": ["Partilhe esta lista com a família"],
    "follow": ["Siga a biblioteca no Facebook e no Instagram"],
    "hosp_menu": ["Saúde | Hospitais | Centros de Saúde | Evacuações | Prevenção"],
    "wait_badge": ["TEMPOS DE ESPERA", "URGÊNCIAS"],
    "wait_box": [
        "Tempo médio de espera nas urgências\nHospital Agostinho Neto (Praia): 2h40 · Hospital Baptista de Sousa "
        "(Mindelo): 1h55\nHospital Regional Santiago Norte: 1h30 · Hospital Regional São Francisco "
        "de Assis (Fogo): 1h10"
    ],
    "triage_note": [
        "O atendimento é feito por ordem de prioridade clínica, definida na triagem, e não por ordem de chegada."
    ],
    "emergency_note": ["Em caso de emergência ligue 130 (emergência médica) ou 131 (bombeiros)."],
    "data_note": ["Tempos indicativos fornecidos pelos hospitais, que podem variar ao longo do dia."],
    "vote_menu": ["Política | Autárquicas | Parlamento | Municípios | Partidos"],
    "ward_kicker": ["PERFIL DO CANDIDATO", "AUTÁRQUICAS"],
    "cand_box": [
        "Ficha do candidato\nCâmara Municipal de São Vicente · Cabeça de lista\n"
        "Idade: 49 anos · Profissão: economista · Lista n.º 2"
    ],
    "ask_prompt": ["Tem uma pergunta para os candidatos do seu município? Envie-nos e faremos chegar a todos."],
    "equal_note": ["Todos os cabeças de lista receberam as mesmas perguntas e o mesmo espaço nesta série de perfis."],
    "vote_info": [
        "Assembleias de voto abertas das 7h00 às 18h00\nConsulte o seu local de voto no portal do "
        "recenseamento eleitoral"
    ],
    "outdoor_menu": ["Lazer | Pesca | Mar | Turismo | Natureza"],
    "fish_kicker": ["PESCA DESPORTIVA", "RELATÓRIO DE PESCA"],
    "tide_box": [
        "Marés no Mindelo\nPreia-mar: 06h05 (1,2 m) · Baixa-mar: 12h20 (0,3 m)\n"
        "Mar: pouco agitado · Vento: nordeste, 15 a 20 nós"
    ],
    "catch_prompt": ["Fisgou um serra ou um wahoo? Envie-nos a foto, o local e o peso."],
    "licence_note": [
        "A pesca desportiva exige licença da Direção Nacional da Economia Marítima. Os marlins devem "
        "ser devolvidos ao mar."
    ],
    "hours_strip": ["Aberta de segunda a sexta, 8h00-18h00 · Sábado 9h00-12h30 · Encerrada aos domingos e feriados"],
    "lib_menu": ["Biblioteca | Catálogo | Agenda | Infantil | Arquivo | Leitores"],
    "event_box": [
        "Agenda\nHora do conto em crioulo e em português: quarta-feira, 15h00, sala infantil\n"
        "Clube de leitura: sábado, 10h00 · Entrada livre"
    ],
    "reserve_prompt": ["Quer requisitar este livro? Reserve-o no catálogo em linha e levante-o no balcão."],
    "card_prompt": ["O cartão de leitor custa 200$00 por ano e é gratuito para estudantes."],
    "port_strip": [
        "Porto Grande: 4 navios atracados · Porto da Praia: 3 atracados, 2 ao largo\n"
        "EUR/CVE 110,265 | USD/CVE 101,70 | Brent 73,10 USD"
    ],
    "port_menu": ["Economia | Portos | Transportes marítimos | Pescas | Comércio"],
    "vessel_box": [
        "Movimento previsto, Porto Grande\nKriola (ferry inter-ilhas) · chegada 06h00 · cais 1\n"
        "Atlantic Trader (carga geral) · chegada 14h30 · cais 5"
    ],
    "schedule_note": ["Horários fornecidos pelos agentes de navegação, sujeitos a alterações por mau tempo."],
    "geo_menu": ["Sociedade | Ilhas | Ambiente | Ciência | Proteção Civil"],
    "quake_badge": ["SISMO", "AGORA"],
    "quake_box": [
        "Dados do sismo\nMagnitude: 3,9 · Profundidade: 8 km\nEpicentro: no mar, a cerca de 15 km a "
        "sudoeste da ilha Brava"
    ],
    "felt_prompt": ["Sentiu o sismo? Diga-nos onde estava e o que sentiu."],
    "prelim_note": ["Dados provisórios do Instituto Nacional de Meteorologia e Geofísica (INMG), sujeitos a revisão."],
    "safety_box": [
        "Durante um sismo\nProteja-se debaixo de uma mesa resistente · Afaste-se de janelas e varandas · "
        "Não use elevadores"
    ],
    "svc_menu": ["Serviços | Farmácias de serviço | Hospitais | Números úteis | Ligações marítimas"],
    "pharm_box": [
        "Farmácias de serviço esta noite\nFarmácia Central, Plateau — 24 horas · 260 00 00\n"
        "Farmácia Avenida, Mindelo — até à meia-noite · 230 00 00"
    ],
    "night_note": ["Depois das 22h00 o atendimento é feito pelo postigo."],
    "call_note": ["Ligue antes de se deslocar: a escala pode ser alterada sem aviso."],
    "sos_box": ["Números de emergência\nEmergência médica 130 · Bombeiros 131 · Polícia Nacional 132"],
    "tax_menu": ["Economia | Impostos | Finanças | Empresas | Emprego"],
    "deadline_badge": ["PRAZO", "ÚLTIMOS DIAS"],
    "due_box": [
        "Prazos fiscais\nDeclaração Modelo 1B (IUR, pessoas singulares): até 31 de maio\n"
        "IVA mensal: até ao dia 15 do mês seguinte · Pagamento por conta: julho"
    ],
    "penalty_box": ["Entrega fora do prazo\nCoima de 5.000$00 a 50.000$00, acrescida de juros compensatórios"],
    "calc_prompt": ["Simule o seu IUR com a nossa calculadora →"],
    "tax_note": [
        "Informação de carácter geral; consulte a Direção Nacional de Receitas do Estado ou um "
        "contabilista certificado."
    ],
}

PHRASES["ru"] = {  # Kazakhstan
    "months": _names("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "mon_abbr": _names("янв. февр. марта апр. мая июня июля авг. сент. окт. нояб. дек."),
    "wd_abbr": _names("понедельник вторник среда четверг пятница суббота воскресенье", "пн вт ср чт пт сб вс"),
    "names": [
        "Айгерим Нурлан Асель Ерлан Динара Бауыржан Жанар Серик",
        "Ким Цой Пак Абдрахман Серикбай Жумабек Тулеген Оспан",
    ],
    "cities": ["Астана", "Алматы", "Шымкент", "Караганда", "Актобе", "Атырау", "Павлодар", "Усть-Каменогорск"],
    "quote": ["«{}»"],
    "and": ["и"],
    "local_glue": ["{d} {month}"],
    "glue_port": ["АКТАУ. KAZINFORM – ", "{C}. {g}. КазТАГ – ", ""],
    "glue_quake": ["АЛМАТЫ. KAZINFORM – ", "{C}. {g}. КазТАГ – ", ""],
    "local_er": ["{d} {month} {y}, {hm}", "{dd}.{mm}.{y} · {month:ruv={dd}{mi}}"],
    "local_vote": ["{dd}.{mm}.{y} {hm}", "{d} {month} {y} г."],
    "local_fish": ["{wd:cap}, {d} {month} {y}", "{d} {mon} {y}, {hm}"],
    "local_lib": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
    "published": ["Материал опубликован: {d}", "Дата размещения: {d}"],
    "local_port": ["{hm}, {d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_quake": ["{month:ruago={mi}} · {dd}.{mm}.{y}", "{d} {month} {y}, {hm} по времени Астаны"],
    "local_pharm": ["Список обновлён {dd}.{mm}.{y} в {hm}", "{wd:cap}, {d} {month} {y}"],
    "local_tax": ["{d} {month} {y} · {month:read={mi}} мин чтения", "{dd}.{mm}.{y}, {hm}"],
    "hl_er": ["{t}", "Приёмный покой: {t}", "{q}"],
    "hl_vote": ["{t}", "Выборы в маслихат: {t}", "«{t}»"],
    "hl_fish": ["{t}", "Рыбалка: {t}"],
    "hl_lib": ["{t}", "Библиотека: {t}"],
    "hl_port": ["{t}", "Порт Актау: {t}", "{q}"],
    "hl_quake": ["{t}", "Землетрясение: {t}", "{q}"],
    "hl_pharm": ["{t}", "Дежурные аптеки: {t}"],
    "hl_tax": ["{t}", "Налоги: {t}", "{q}"],
    "by_er": ["Корреспондент: {a}", "{a}"],
    "by_vote": ["{a}", "{a}, специально для {site}"],
    "by_fish": ["{a}, Капшагай", "Фото и текст: {a}"],
    "by_lib": ["{a}", "Автор текста — {a}"],
    "by_port": ["{a}", "Автор: {a}, отдел экономики"],
    "by_quake": ["{a}", "Сообщает {a}"],
    "by_pharm": ["{a}", "Подготовлено: {a}"],
    "by_tax": ["Автор: {a}", "{a}, {site}"],
    "social": ["Facebook", "WhatsApp", "Telegram", "ВКонтакте", "Одноклассники", "Копировать ссылку"],
    "icons": ICONS22,
    "home": ["Главная"],
    "sections": ["Казахстан", "Регионы", "Здоровье", "Политика", "Экономика", "Общество"],
    "caption_credit": ["{c}. Фото автора: {n}", "{c}. Фото: KAZINFORM", "{c}. Фото из архива"],
    "comments": ["Комментарии: {n} · Обсудить", "Комментарии читателей ({n})"],
    "tags": ["Метки к материалу: {t}", "Ещё по теме: {t}"],
    "newsletter": ["Подпишитесь на рассылку афиши библиотеки"],
    "rights": ["© {y} {site}. Все права защищены. Казахстан", "{site}, {y}. При цитировании ссылка обязательна"],
    "related_head": ["Читайте также по теме", "Самое читаемое в Казахстане"],
    "ad": ["Реклама", "— РЕКЛАМА —"],
    "read_also": ["Читайте ещё: {t}", "По теме → {t}"],
    "gallery": ["{t} – фото {i} из {k}", "Фотогалерея ({i}/{k}): {t}"],
    "app": ["Скачайте наше приложение в App Store и Google Play"],
    "title_site": ["{t} | {site}", "{t} — {site}"],
    "listen": ["Слушать статью · {n} мин", "Читать {n} мин"],
    "share": ["Поделитесь списком с близкими"],
    "follow": ["Мы в Instagram, Telegram и Facebook"],
    "hosp_menu": ["Здоровье | Больницы | ОСМС | Лекарства | Профилактика"],
    "wait_badge": ["ВРЕМЯ ОЖИДАНИЯ", "ПРИЁМНЫЙ ПОКОЙ"],
    "wait_box": [
        "Среднее время ожидания в приёмных отделениях\nГородская больница №1 (Астана): 1 ч 40 мин · "
        "Больница скорой неотложной помощи (Алматы): 2 ч 15 мин\nОбластная больница (Караганда): 1 ч 05 мин"
    ],
    "triage_note": ["Пациентов принимают по степени тяжести состояния после сортировки, а не в порядке очереди."],
    "emergency_note": ["Скорая помощь — 103, единый номер экстренных служб — 112."],
    "data_note": ["Данные ориентировочные и обновляются медицинскими организациями в течение дня."],
    "vote_menu": ["Политика | Выборы | Маслихаты | Парламент | Акиматы"],
    "ward_kicker": ["ПОРТРЕТ КАНДИДАТА", "ВЫБОРЫ В МАСЛИХАТ"],
    "cand_box": [
        "Карточка кандидата\nИзбирательный округ №14, город Алматы · Выдвинут партией\n"
        "Возраст: 43 года · Образование: высшее экономическое · Место работы: частное предприятие"
    ],
    "ask_prompt": ["Есть вопрос к кандидатам вашего округа? Напишите нам — мы передадим его."],
    "equal_note": ["Всем зарегистрированным кандидатам округа направлены одинаковые вопросы; объём ответов одинаков."],
    "vote_info": [
        "Участки открыты с 7:00 до 20:00\nНайти свой участок можно по ИИН на сайте ЦИК или в приложении eGov Mobile"
    ],
    "outdoor_menu": ["Жизнь | Отдых | Рыбалка | Туризм | Природа"],
    "fish_kicker": ["РЫБАЛКА", "ОТЧЁТ С ВОДОЁМА"],
    "tide_box": [
        "Условия на Капшагайском водохранилище\nТолщина льда: 18–22 см у берега · Температура воздуха: −12 °C\n"
        "Ветер: северо-восточный, 5–7 м/с · Клюёт: судак, окунь"
    ],
    "catch_prompt": ["Поймали трофей? Пришлите фото, место и вес улова."],
    "licence_note": [
        "В период нереста действует запрет на лов; перед выходом на лёд проверьте его толщину — не менее 10 см."
    ],
    "hours_strip": ["Пн–пт 9:00–19:00 · сб 10:00–17:00 · вс — выходной · санитарный день — последняя пятница месяца"],
    "lib_menu": ["Библиотека | Электронный каталог | Афиша | Детский зал | Краеведение | Читателям"],
    "event_box": [
        "Афиша недели\nЧас сказки для детей 4–8 лет: среда, 15:00, детский зал\n"
        "Разговорный клуб казахского языка: суббота, 11:00 · вход свободный"
    ],
    "reserve_prompt": ["Хотите взять эту книгу? Забронируйте её в электронном каталоге и заберите на абонементе."],
    "card_prompt": ["Читательский билет оформляется бесплатно по удостоверению личности."],
    "port_strip": [
        "Актау: 6 судов у причала · 3 на рейде | Курык: паром в пути\nUSD/KZT 489,50 | Brent $73,10 "
        "| Пшеница 92 000 тг/т"
    ],
    "port_menu": ["Экономика | Транспорт | Каспий | Логистика | Экспорт"],
    "vessel_box": [
        "Ожидаемые суда, порт Актау\nПаром «Азербайджан» · прибытие 06:00 · причал 1\n"
        "Танкер Caspian Pearl · прибытие 14:30 · нефтеналивной причал"
    ],
    "schedule_note": ["Время прибытия сообщают судовые агенты; оно может измениться из-за погоды на Каспии."],
    "geo_menu": ["Казахстан | Регионы | Происшествия | Наука | ЧС"],
    "quake_badge": ["ЗЕМЛЕТРЯСЕНИЕ", "СРОЧНО"],
    "quake_box": [
        "Параметры землетрясения\nМагнитуда: 4,7 · Глубина: 15 км\n"
        "Эпицентр: 110 км к юго-востоку от Алматы, территория Кыргызстана"
    ],
    "felt_prompt": ["Почувствовали толчки? Напишите, где вы находились и что ощутили."],
    "prelim_note": ["Данные предварительные, по информации Сейсмологической опытно-методической экспедиции МЧС РК."],
    "safety_box": [
        "Во время землетрясения\nУкройтесь под прочным столом · Не пользуйтесь лифтом · "
        "После толчков выйдите на открытое место"
    ],
    "svc_menu": ["Сервисы | Дежурные аптеки | Справочная | Экстренные службы | Погода"],
    "pharm_box": [
        "Круглосуточные аптеки\nАптека «Шипагер», пр. Абая, 50 — круглосуточно · +7 727 000 00 00\n"
        "Аптека «Дәрі», ул. Сыганак, 12 — до 00:00 · +7 7172 00 00 00"
    ],
    "night_note": ["Ночью лекарства отпускают через окошко."],
    "call_note": ["Перед поездкой уточните режим работы по телефону: график может измениться."],
    "sos_box": ["Экстренные службы\nПолиция 102 · Пожарная служба 101 · Скорая помощь 103 · Единый номер 112"],
    "tax_menu": ["Экономика | Налоги | Финансы | Бизнес | Пенсии"],
    "deadline_badge": ["СРОК СДАЧИ", "НАЛОГОВЫЙ КАЛЕНДАРЬ"],
    "due_box": [
        "Налоговый календарь\nДекларация по форме 270.00 (активы и обязательства): до 15 сентября\n"
        "Декларация по форме 250.00: до 15 сентября · Налог на имущество физлиц: до 1 октября"
    ],
    "penalty_box": ["За несвоевременную сдачу\nпредупреждение, а при повторном нарушении — штраф в МРП"],
    "calc_prompt": ["Рассчитайте налог на имущество в нашем калькуляторе →"],
    "tax_note": ["Материал носит справочный характер; сроки уточняйте в Комитете государственных доходов."],
}

PHRASES["nl"] = {  # Curaçao and Bonaire
    "months": _names("januari februari maart april mei juni juli augustus september oktober november december"),
    "mon_abbr": _names("jan feb mrt apr mei jun jul aug sep okt nov dec"),
    "wd_abbr": _names("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
    "names": [
        "Jurgen Shaira Rignald Giselle Dwayne Jeanine Edsel Ruthmilda",
        "Martina Rosaria Cijntje Isenia Statia Pieternella Winklaar Doran",
    ],
    "cities": ["Willemstad", "Otrobanda", "Punda", "Sint Michiel", "Barber", "Westpunt", "Kralendijk", "Rincon"],
    "quote": ['"{}"'],
    "and": ["en"],
    "local_glue": ["{d} {month}"],
    "glue_port": ["WILLEMSTAD - ", "KRALENDIJK - ", ""],
    "glue_quake": ["WILLEMSTAD - ", "{C} – ", ""],
    "local_er": ["{dd}-{mm}-{y} {hm}", "{wd} {d} {month} {y}"],
    "local_vote": ["{d} {mon} {y}, {hm}", "{wd} {d} {month} {y}"],
    "local_fish": ["{wd:cap} {d} {month} {y}", "{dd}-{mm}-{y}"],
    "local_lib": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
    "published": ["Op de site sinds {d}", "Voor het eerst verschenen op {d}"],
    "local_port": ["{dd}-{mm}-{y} | {hm} uur", "{d} {month} {y}"],
    "local_quake": ["{month:ago={mi}} uur geleden · {d} {mon} {y}", "{wd} {d} {month} {y}, {hm} uur (lokale tijd)"],
    "local_pharm": ["Dienstrooster {wd} {d} {month} {y}", "Bijgewerkt: {dd}-{mm}-{y} {hm}"],
    "local_tax": ["{d} {month} {y} · {month:read={mi}} min leestijd", "{dd}-{mm}-{y}"],
    "hl_er": ["{t}", "Spoedeisende hulp: {t}"],
    "hl_vote": ["{t}", "Eilandsraadsverkiezingen: {t}", '"{t}"'],
    "hl_fish": ["{t}", "Vissen: {t}"],
    "hl_lib": ["{t}", "Bibliotheek: {t}"],
    "hl_port": ["{t}", "Haven: {t}"],
    "hl_quake": ["{t}", "Aardbeving: {t}"],
    "hl_pharm": ["{t}", "Apotheken van dienst: {t}"],
    "hl_tax": ["{t}", "Belastingen: {t}"],
    "by_er": ["Door {a}", "{a}"],
    "by_vote": ["Door {a}", "{a} | redactie politiek"],
    "by_fish": ["{a}, vanaf Westpunt", "Door {a}, sportvisser"],
    "by_lib": ["{a}", "Verslag en beeld: {a}"],
    "by_port": ["Door {a}", "{a}, economieredacteur"],
    "by_quake": ["Door {a}", "{a}"],
    "by_pharm": ["{a}", "Samengesteld door {a}"],
    "by_tax": ["Door {a}", "{a}, {site}"],
    "social": ["Facebook", "WhatsApp", "X", "Instagram", "E-mail", "Link delen"],
    "icons": ICONS22,
    "home": ["Voorpagina"],
    "sections": ["Curaçao", "Bonaire", "Gezondheid", "Politiek", "Economie", "Regio"],
    "caption_credit": ["{c} | Beeld: {n}", "{c} (Foto: archief)", "{c} – Foto ter illustratie"],
    "comments": ["{n} reacties · Reageer", "Bekijk reacties ({n})"],
    "tags": ["Trefwoorden bij dit artikel: {t}", "Alles over: {t}"],
    "newsletter": ["Ontvang elke maand het activiteitenoverzicht van de bibliotheek per e-mail"],
    "rights": ["© {y} {site} · Alle rechten voorbehouden · Willemstad, Curaçao", "{site} © {y} – Colofon – Privacy"],
    "related_head": ["Ook interessant voor u", "Meest gelezen op Curaçao"],
    "ad": ["Advertorial", "— advertentie —"],
    "read_also": ["Lees ook dit: {t}", "Eerder verschenen → {t}"],
    "gallery": ["{t} – foto {i} van {k}", "Fotoserie ({i}/{k}): {t}"],
    "app": ["Download onze nieuwsapp voor Android en iPhone"],
    "title_site": ["{t} | {site}", "{t} - {site}"],
    "listen": ["Beluister dit artikel · {n} min", "Leestijd ongeveer {n} minuten"],
    "share": ["Deel deze lijst met familie en vrienden"],
    "follow": ["Volg de bibliotheek op Facebook en Instagram"],
    "hosp_menu": ["Gezondheid | Ziekenhuis | SVB | Huisartsen | Preventie"],
    "wait_badge": ["WACHTTIJDEN", "SPOEDEISENDE HULP"],
    "wait_box": [
        "Gemiddelde wachttijd spoedeisende hulp\nCuraçao Medical Center: 2 uur 35 min · Advent Ziekenhuis (poli): "
        "1 uur 20 min\nFundashon Mariadal (Bonaire): 55 min · Horacio Oduber Hospitaal (Aruba): 1 uur 45 min"
    ],
    "triage_note": ["Patiënten worden na triage geholpen op volgorde van urgentie, niet op volgorde van binnenkomst."],
    "emergency_note": ["Bij nood belt u 912 voor de ambulance of 911 voor politie en brandweer."],
    "data_note": ["Wachttijden zijn indicatief en worden door de ziekenhuizen gedurende de dag bijgewerkt."],
    "vote_menu": ["Politiek | Eilandsraad | Staten | Bestuur | Partijen"],
    "ward_kicker": ["KANDIDATENPROFIEL", "EILANDSRAADSVERKIEZINGEN"],
    "cand_box": [
        "Kandidatenkaart\nLijstnummer 2, plaats 4 · Eilandsraad Bonaire\nLeeftijd: 38 jaar · Beroep: ondernemer · "
        "Woonplaats: Rincon"
    ],
    "ask_prompt": ["Heeft u een vraag voor de kandidaten? Mail of app ons en wij leggen hem aan hen voor."],
    "equal_note": [
        "Alle kandidaten kregen dezelfde vragen en evenveel ruimte; de volgorde is die van de kandidatenlijst."
    ],
    "vote_info": ["Stembureaus open van 07.00 tot 19.00 uur\nNeem uw oproepkaart en een geldig identiteitsbewijs mee"],
    "outdoor_menu": ["Vrije tijd | Vissen | Duiken | Natuur | Uitgaan"],
    "fish_kicker": ["VISVERSLAG", "OP ZEE"],
    "tide_box": [
        "Zee en weer bij Westpunt\nGetijverschil: circa 30 cm · Zeewatertemperatuur: 28 °C\n"
        "Wind: oost, 15-20 knopen · Golven: 1,5 tot 2 meter aan de noordkust"
    ],
    "catch_prompt": ["Een mooie wahoo of dorado gevangen? Stuur ons uw foto met de plek en het gewicht."],
    "licence_note": ["In het onderwaterpark is vissen verboden; houd u aan de minimummaten en zet jonge vis terug."],
    "hours_strip": ["Openingstijden: ma-vr 08.00-17.00 uur · za 09.00-12.00 uur · zondag gesloten"],
    "lib_menu": ["Openbare Bibliotheek | Catalogus | Activiteiten | Jeugd | Papiamentu | Lid worden"],
    "event_box": [
        "Activiteiten\nVoorleesuurtje in het Papiamentu (4-8 jaar): woensdag, 15.00 uur\n"
        "Huiswerkbegeleiding: ma t/m do, 14.00-16.30 uur · Toegang gratis"
    ],
    "reserve_prompt": ["Dit boek lenen? Reserveer het via de online catalogus en haal het binnen drie dagen op."],
    "card_prompt": ["Een jeugdabonnement is gratis tot 18 jaar; volwassenen betalen Cg 35 per jaar."],
    "port_strip": [
        "Willemstad: 3 cruiseschepen verwacht · containerterminal: 2 schepen\nUSD/Cg 1,79 | EUR/Cg 1,94 | Brent $73,10"
    ],
    "port_menu": ["Economie | Haven | Toerisme | Scheepvaart | Bedrijven"],
    "vessel_box": [
        "Verwachte schepen, haven Willemstad\nCaribbean Princess (cruise) · aankomst 07.00 uur · Mega Pier\n"
        "Seaboard Pride (container) · aankomst 14.30 uur · Container Terminal"
    ],
    "schedule_note": ["Aankomsttijden zijn opgegeven door de scheepsagenten en kunnen door het weer veranderen."],
    "geo_menu": ["Nieuws | Curaçao | Bonaire | Regio | Wetenschap"],
    "quake_badge": ["AARDBEVING", "ACTUEEL"],
    "quake_box": [
        "Gegevens van de beving\nKracht: 5,4 · Diepte: 25 km\n"
        "Epicentrum: voor de kust van Venezuela, circa 90 km ten zuiden van Curaçao"
    ],
    "felt_prompt": ["Heeft u de beving gevoeld? Laat ons weten waar u was en wat u merkte."],
    "prelim_note": ["Voorlopige gegevens van de Meteorologische Dienst Curaçao; deze kunnen nog worden bijgesteld."],
    "safety_box": [
        "Bij een aardbeving\nZoek dekking onder een stevige tafel · Blijf uit de buurt van ramen · Gebruik geen lift"
    ],
    "svc_menu": ["Service | Apotheken van dienst | Ziekenhuis | Noodnummers | Weer"],
    "pharm_box": [
        "Dienstapotheken vanavond\nBotika Punda, Breedestraat — tot 23.00 uur · 9 000 0000\n"
        "Botika Santa Maria, Santa Maria — 24 uur · 9 000 0001"
    ],
    "night_note": ["Na 23.00 uur wordt een nachttoeslag in rekening gebracht."],
    "call_note": ["Bel vooraf: het rooster kan op korte termijn worden gewijzigd."],
    "sos_box": ["Noodnummers\nPolitie en brandweer 911 · Ambulance 912"],
    "tax_menu": ["Economie | Belastingen | Geld | Werk | Ondernemen"],
    "deadline_badge": ["DEADLINE", "LAATSTE WEEK"],
    "due_box": [
        "Belangrijke data\nAangifte inkomstenbelasting: uiterlijk 31 mei\n"
        "Loonbelasting en premies AOV/AVBZ: maandelijks vóór de 15e · Omzetbelasting: vóór de 15e van de maand erna"
    ],
    "penalty_box": ["Te laat?\nEen verzuimboete tot Cg 900, plus invorderingsrente over de openstaande aanslag"],
    "calc_prompt": ["Reken uit wat u terugkrijgt met onze belastingcalculator →"],
    "tax_note": [
        "Dit overzicht is algemene informatie; raadpleeg de Inspectie der Belastingen of een belastingadviseur."
    ],
}

PHRASES["de"] = {  # Namibia
    "months": _names("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "mon_abbr": _names("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "wd_abbr": _names("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag", "Mo Di Mi Do Fr Sa So"),
    "names": [
        "Dirk Heike Eberhard Anke Frans Steffi Ndapewa Kaino",
        "Brandt Hoffmann Steenkamp Schlettwein Shikongo Nghidinwa Kazondu Engelbrecht",
    ],
    "cities": ["Windhoek", "Swakopmund", "Walvis Bay", "Lüderitz", "Otjiwarongo", "Keetmanshoop", "Tsumeb", "Gobabis"],
    "quote": ["„{}“"],
    "and": ["und"],
    "local_glue": ["{d}. {month}"],
    "glue_port": ["{C} (NAMPA) – ", "Lüderitz, {g} (NAMPA) – ", ""],
    "glue_quake": ["Windhoek, {g} (NAMPA) – ", "{C} (NAMPA) – ", ""],
    "local_er": ["{wd}, {d}. {month} {y}", "{dd}.{mm}.{y}, {hm} Uhr"],
    "local_vote": ["{dd}.{mm}.{y} - {hm}", "{d}. {month} {y}"],
    "local_fish": ["{wd:alt}, {d}. {mon} {y}", "{dd}.{mm}.{y}"],
    "local_lib": ["{d}. {month} {y}", "{dd}.{mm}.{y}"],
    "published": ["Online gestellt am {d}", "Eingestellt: {d}"],
    "local_port": ["{d}. {month} {y} | {hm}", "{wd}, {dd}.{mm}.{y}"],
    "local_quake": ["vor {month:ago={mi}} Stunden · {dd}.{mm}.{y}", "{wd}, {d}. {month} {y}, {hm} Uhr (CAT)"],
    "local_pharm": ["Notdienst am {wd}, {d}. {month} {y}", "Aktualisiert: {dd}.{mm}.{y}, {hm}"],
    "local_tax": ["{d}. {mon} {y} · Lesezeit {month:read={mi}} Min.", "{dd}.{mm}.{y}"],
    "hl_er": ["{t}", "Notaufnahme: {t}", "{q}"],
    "hl_vote": ["{t}", "Regionalratswahl: {t}", "„{t}“"],
    "hl_fish": ["{t}", "Angelbericht: {t}"],
    "hl_lib": ["{t}", "Bibliothek: {t}"],
    "hl_port": ["{t}", "Walvis Bay: {t}", "{q}"],
    "hl_quake": ["{t}", "Erdstoß: {t}", "{q}"],
    "hl_pharm": ["{t}", "Apotheken-Notdienst: {t}"],
    "hl_tax": ["{t}", "NamRA: {t}", "{q}"],
    "by_er": ["Von {a}", "{a}"],
    "by_vote": ["{a}", "Von {a}, Windhoek"],
    "by_fish": ["Von {a}, Henties Bay", "Text und Fotos: {a}"],
    "by_lib": ["Von {a}", "Text und Recherche: {a}"],
    "by_port": ["Von {a}", "{a}, Wirtschaftsressort"],
    "by_quake": ["Von {a}", "{a}"],
    "by_pharm": ["{a}", "Zusammengestellt von {a}"],
    "by_tax": ["Von {a}", "{a}, {site}"],
    "social": ["Facebook", "WhatsApp", "X", "Telegram", "E-Mail", "Adresse kopieren"],
    "icons": ICONS22,
    "home": ["Startseite"],
    "sections": ["Namibia", "Regionen", "Gesundheit", "Politik", "Wirtschaft", "Lokales"],
    "caption_credit": ["{c} — Foto: {n}", "{c} (Foto: NAMPA)", "{c} Archivfoto"],
    "comments": ["{n} Kommentare · Mitdiskutieren", "Leserkommentare ({n}) anzeigen"],
    "tags": ["Schlagwörter zum Artikel: {t}", "Zum Thema: {t}"],
    "newsletter": ["Veranstaltungstipps der Bibliothek jeden Monat per E-Mail erhalten"],
    "rights": ["© {y} {site} · Alle Rechte vorbehalten · Windhoek, Namibia", "{site} {y} © | Impressum | Datenschutz"],
    "related_head": ["Weitere Berichte zum Thema", "Meistgelesen in Namibia"],
    "ad": ["Anzeige", "— ANZEIGE —"],
    "read_also": ["Ebenfalls lesenswert: {t}", "Weiterlesen → {t}"],
    "gallery": ["{t} – Bild {i} von {k}", "Bildergalerie ({i}/{k}): {t}"],
    "app": ["Unsere App für Android und iOS – jetzt herunterladen"],
    "title_site": ["{t} | {site}", "{t} – {site}"],
    "listen": ["Vorlesen lassen · {n} Min.", "Lesedauer etwa {n} Minuten"],
    "share": ["Liste mit Familie und Freunden teilen"],
    "follow": ["Die Bibliothek auf Facebook und Instagram"],
    "hosp_menu": ["Gesundheit | Krankenhäuser | Krankenkassen | Impfungen | Vorsorge"],
    "wait_badge": ["WARTEZEITEN", "NOTAUFNAHME"],
    "wait_box": [
        "Durchschnittliche Wartezeiten in den Notaufnahmen\nStaatskrankenhaus Windhoek: 4 Std. 10 Min. · "
        "Katutura-Krankenhaus: 3 Std. 30 Min.\nStaatskrankenhaus Swakopmund: 1 Std. 50 Min. · "
        "Privatkliniken (Mittelwert): 35 Min."
    ],
    "triage_note": ["Behandelt wird nach Dringlichkeit laut Ersteinschätzung, nicht nach der Reihenfolge der Ankunft."],
    "emergency_note": ["Im Notfall: Polizei 10111, Rettungsdienst der Stadt Windhoek 061-211111."],
    "data_note": ["Die Wartezeiten sind Richtwerte der Krankenhäuser und können sich im Tagesverlauf ändern."],
    "vote_menu": ["Politik | Regional- und Kommunalwahlen | Parlament | Regionen | Parteien"],
    "ward_kicker": ["KANDIDATENPORTRÄT", "WAHL 2026"],
    "cand_box": [
        "Steckbrief\nWahlkreis: Swakopmund · Regionalrat Erongo\nAlter: 47 Jahre · Beruf: Lehrkraft · Listenplatz 1"
    ],
    "ask_prompt": [
        "Sie haben eine Frage an die Kandidaten Ihres Wahlkreises? Schreiben Sie uns, wir leiten sie weiter."
    ],
    "equal_note": [
        "Alle Kandidaten des Wahlkreises erhielten dieselben Fragen und denselben Platz; die Reihenfolge folgt dem "
        "Stimmzettel."
    ],
    "vote_info": ["Wahllokale geöffnet von 7 bis 21 Uhr\nMitbringen: Wählerkarte oder Personalausweis"],
    "outdoor_menu": ["Freizeit | Angeln | Natur | Reisen | Jagd"],
    "fish_kicker": ["ANGELBERICHT", "AN DER KÜSTE"],
    "tide_box": [
        "Gezeiten Walvis Bay\nHochwasser 05:52 (1,7 m) · Niedrigwasser 12:04 (0,3 m)\n"
        "Brandung: mäßig · Wind: Südwest, 15-20 Knoten · Wassertemperatur 15 °C"
    ],
    "catch_prompt": ["Einen Kabeljou oder Steenbras an Land gezogen? Schicken Sie uns Foto, Angelplatz und Gewicht."],
    "licence_note": [
        "Für das Angeln an der Küste ist eine Lizenz des Fischereiministeriums nötig; Fanglimits gelten pro Tag "
        "und Person."
    ],
    "hours_strip": ["Geöffnet Mo-Fr 9-17 Uhr · Sa 9-12 Uhr · an Sonn- und Feiertagen geschlossen"],
    "lib_menu": ["Bibliothek | Katalog | Veranstaltungen | Kinder | Archiv | Mitgliedschaft"],
    "event_box": [
        "Veranstaltungen\nVorlesestunde für Kinder von 4 bis 8 Jahren: mittwochs, 15 Uhr\n"
        "Bücherflohmarkt im Innenhof: Samstag, 9 Uhr · Eintritt frei"
    ],
    "reserve_prompt": [
        "Sie möchten dieses Buch ausleihen? Reservieren Sie es im Online-Katalog und holen Sie es am Schalter ab."
    ],
    "card_prompt": ["Die Jahresmitgliedschaft kostet N$ 150, für Schüler ist sie kostenlos."],
    "port_strip": [
        "Walvis Bay: 7 Schiffe am Kai · 4 auf Reede | Lüderitz: 2 am Kai\nN$/US$ 18,12 | N$/€ 19,64 | Brent 73,10 US$"
    ],
    "port_menu": ["Wirtschaft | Häfen | Logistik | Bergbau | Fischerei"],
    "vessel_box": [
        "Erwartete Schiffe, Hafen Walvis Bay\nMSC Nora (Containerschiff) · Ankunft 06:00 · Containerterminal\n"
        "Benguela Star (Fischtrawler) · Ankunft 14:30 · Fischereikai"
    ],
    "schedule_note": ["Ankunftszeiten laut Schiffsagenturen; Änderungen durch Nebel und Wind sind möglich."],
    "geo_menu": ["Nachrichten | Namibia | Umwelt | Wissenschaft | Unglücke"],
    "quake_badge": ["ERDBEBEN", "ERDSTOSS GEMELDET"],
    "quake_box": ["Daten des Erdstoßes\nStärke: 3,4 · Tiefe: 10 km\nEpizentrum: etwa 30 km nordöstlich von Windhoek"],
    "felt_prompt": ["Haben Sie den Erdstoß gespürt? Schreiben Sie uns, wo Sie waren und was Sie bemerkt haben."],
    "prelim_note": [
        "Vorläufige Angaben des Geologischen Dienstes (Geological Survey of Namibia); Korrekturen möglich."
    ],
    "safety_box": [
        "Bei einem Erdbeben\nUnter einem stabilen Tisch Schutz suchen · Abstand zu Fenstern halten · "
        "Keine Aufzüge benutzen"
    ],
    "svc_menu": ["Service | Apotheken-Notdienst | Notrufnummern | Ärzte | Wetter"],
    "pharm_box": [
        "Notdienst-Apotheken heute Abend\nStadt-Apotheke, Independence Avenue — bis 21 Uhr · 061 000 000\n"
        "Apotheke Klein Windhoek — 24 Stunden · 061 000 001"
    ],
    "night_note": ["Außerhalb der Öffnungszeiten wird ein Notdienstzuschlag erhoben."],
    "call_note": ["Bitte vorher anrufen: Der Dienstplan kann sich kurzfristig ändern."],
    "sos_box": ["Notrufnummern\nPolizei 10111 · Feuerwehr und Rettungsdienst Windhoek 061-211111"],
    "tax_menu": ["Wirtschaft | Steuern | Finanzen | Unternehmen | Arbeit"],
    "deadline_badge": ["STEUERFRIST", "ERINNERUNG"],
    "due_box": [
        "Wichtige Fristen\nEinkommensteuererklärung Angestellte: bis 30. Juni\n"
        "Selbstständige: bis 30. September · Mehrwertsteuer: alle zwei Monate bis zum 25."
    ],
    "penalty_box": [
        "Verspätete Abgabe\nSäumnisgebühr von N$ 100 pro Tag, höchstens bis zur Höhe der geschuldeten Steuer"
    ],
    "calc_prompt": ["Wie viel Steuer zahlen Sie? Zum Steuerrechner →"],
    "tax_note": ["Allgemeine Hinweise ohne Gewähr; verbindlich sind die Angaben der Namibia Revenue Agency (NamRA)."],
}

PHRASES["ar"] = {  # Iraq
    "months": _names("كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول"),
    "mon_abbr": _names("كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول"),
    "wd_abbr": _names("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"),
    "names": [
        "علي حسين عباس حيدر مصطفى كرار مرتضى سجاد",
        "الربيعي الجبوري العبيدي الساعدي الخفاجي الموسوي الدليمي الزبيدي",
    ],
    "author_sep": [" و", "، "],
    "ends": ["؟"],
    "qmarks": ["؟"],
    "cities": ["بغداد", "البصرة", "الموصل", "أربيل", "النجف", "كربلاء", "الناصرية", "الحلة"],
    "quote": ["«{}»"],
    "and": ["و"],
    "local_glue": ["{d} {month}"],
    "glue_port": ["البصرة - واع - ", "{C} / واع / ", ""],
    "glue_quake": ["{C} - واع - ", "السليمانية / واع / ", ""],
    "local_er": ["{wd} {d} {month} {y} - {hm}", "{y}/{mm}/{dd} {hm}"],
    "local_vote": ["{y}-{mm}-{dd} {hm}", "{d} {month} {y}"],
    "local_fish": ["{wd}، {d} {month} {y}", "{month:ai={d}} {month} {month:ai={y}}"],
    "local_lib": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
    "published": ["تأريخ النشر: {d}", "نشر بتأريخ {d}"],
    "local_port": ["{y}/{mm}/{dd} {month:h12={h}}:{mi} {month:arap={h}}", "{wd} {d} {month} {y}"],
    "local_quake": ["{d} {month} {y} - قبل {month:ago={mi}} ساعات", "{wd} {dd}-{mm}-{y} الساعة {hm} بتوقيت بغداد"],
    "local_pharm": ["جدول الخفارات ليوم {wd} {d} {month} {y}", "آخر تحديث: {y}/{mm}/{dd} {hm}"],
    "local_tax": ["{d} {month} {y} | وقت القراءة: {month:read={mi}} دقائق", "{dd}-{mm}-{y}"],
    "hl_er": ["{t}", "الطوارئ: {t}", "{q}"],
    "hl_vote": ["{t}", "انتخابات مجالس المحافظات: {t}", "«{t}»"],
    "hl_fish": ["{t}", "صيد الأسماك: {t}"],
    "hl_lib": ["{t}", "المكتبة: {t}"],
    "hl_port": ["{t}", "ميناء أم قصر: {t}", "{q}"],
    "hl_quake": ["{t}", "هزة أرضية: {t}", "{q}"],
    "hl_pharm": ["{t}", "الصيدليات الخافرة: {t}"],
    "hl_tax": ["{t}", "الضرائب: {t}", "{q}"],
    "by_er": ["تقرير/ {a}", "{a}"],
    "by_vote": ["متابعة/ {a}", "{a}"],
    "by_fish": ["{a} - البصرة", "عدسة وتقرير: {a}"],
    "by_lib": ["{a}", "كتابة: {a}"],
    "by_port": ["{a}", "{a} - قسم الاقتصاد"],
    "by_quake": ["{a}", "تقرير/ {a}"],
    "by_pharm": ["إعداد/ {a}", "{a}"],
    "by_tax": ["{a}", "كتب/ {a}"],
    "social": ["فيسبوك", "واتساب", "إكس", "تلغرام", "بريد إلكتروني", "انسخ الرابط"],
    "icons": ICONS22,
    "home": ["الصفحة الرئيسية"],
    "sections": ["محليات", "محافظات", "صحة", "سياسة", "اقتصاد", "مجتمع"],
    "caption_credit": ["{c} - عدسة: {n}", "{c} (واع)", "{c} - صورة أرشيفية"],
    "comments": ["عدد التعليقات: {n}", "شارك برأيك ({n})"],
    "tags": ["وسوم: {t}", "مواضيع ذات صلة: {t}"],
    "newsletter": ["اشترك ليصلك برنامج فعاليات المكتبة شهريًا"],
    "rights": ["جميع الحقوق محفوظة لـ {site} © {y}", "© {y} {site} - بغداد، العراق"],
    "related_head": ["أخبار ذات صلة", "الأكثر قراءة في العراق"],
    "ad": ["إعلان ممول", "- إعلان -"],
    "read_also": ["اقرأ المزيد: {t}", "ذات صلة ← {t}"],
    "gallery": ["{t} (صورة {i} من أصل {k})", "ألبوم الصور ({i}/{k}): {t}"],
    "app": ["نزّل تطبيقنا على أندرويد وآيفون"],
    "title_site": ["{t} | {site}", "{t} - {site}"],
    "listen": ["استمع إلى الخبر · {n} دقائق", "وقت القراءة: {n} دقائق"],
    "share": ["شارك القائمة مع أهلك وأصدقائك"],
    "follow": ["تابعوا المكتبة على فيسبوك وتلغرام"],
    "hosp_menu": ["صحة | مستشفيات | الضمان الصحي | أدوية | توعية"],
    "wait_badge": ["أوقات الانتظار", "ردهة الطوارئ"],
    "wait_box": [
        "متوسط أوقات الانتظار في ردهات الطوارئ\nمستشفى اليرموك التعليمي: ساعتان و40 دقيقة · مدينة الطب: 3 ساعات\n"
        "مستشفى البصرة التعليمي: ساعة و50 دقيقة · مستشفى الحلة التعليمي: ساعتان"
    ],
    "triage_note": ["يُستقبل المرضى حسب شدة الحالة بعد الفرز، وليس حسب أسبقية الوصول."],
    "emergency_note": ["للطوارئ اتصل بالرقم 122 للإسعاف أو 115 للدفاع المدني."],
    "data_note": ["الأوقات تقريبية وفق بيانات المستشفيات، وقد تتغير خلال اليوم."],
    "vote_menu": ["سياسة | انتخابات | مجالس المحافظات | البرلمان | أحزاب"],
    "ward_kicker": ["بطاقة مرشح", "تعرف على المرشحين"],
    "cand_box": [
        "بطاقة المرشح\nالدائرة الانتخابية: محافظة البصرة · التسلسل في القائمة: 3\n"
        "العمر: 45 عامًا · التحصيل الدراسي: بكالوريوس هندسة"
    ],
    "ask_prompt": ["لديك سؤال لمرشحي دائرتك؟ أرسله إلينا وسننقله إليهم."],
    "equal_note": ["وُجّهت الأسئلة نفسها إلى جميع المرشحين في الدائرة، ومُنح كل منهم المساحة ذاتها."],
    "vote_info": ["تفتح مراكز الاقتراع أبوابها من السابعة صباحًا حتى السادسة مساءً\nاصطحب بطاقتك الانتخابية البايومترية"],
    "outdoor_menu": ["منوعات | صيد | طبيعة | سياحة | رياضة"],
    "fish_kicker": ["تقرير الصيد", "على ضفاف شط العرب"],
    "tide_box": [
        "أحوال الصيد هذا الأسبوع\nالمد العالي: 05:35 · الجزر: 11:50 في الفاو\n"
        "الرياح: شمالية غربية 20 كم/س · الأسماك المتوفرة: البني والشبوط والزبيدي"
    ],
    "catch_prompt": ["اصطدت سمكة كبيرة؟ أرسل لنا صورتها مع المكان والوزن."],
    "licence_note": ["يُمنع الصيد بالكهرباء والسموم، ويُحظر صيد البني في موسم التكاثر وفق تعليمات وزارة الزراعة."],
    "hours_strip": ["ساعات الدوام: من الأحد إلى الخميس 8:00 - 14:00 · السبت 9:00 - 13:00 · الجمعة عطلة"],
    "lib_menu": ["المكتبة | الفهرس | الفعاليات | قسم الأطفال | المخطوطات | الاشتراك"],
    "event_box": [
        "فعاليات الأسبوع\nساعة الحكاية للأطفال من 4 إلى 8 سنوات: الأربعاء، الساعة العاشرة صباحًا\n"
        "جلسة قراءة في الشعر العراقي الحديث: السبت، الساعة الحادية عشرة · الدخول مجاني"
    ],
    "reserve_prompt": ["ترغب في استعارة هذا الكتاب؟ احجزه عبر الفهرس الإلكتروني واستلمه من قاعة الإعارة."],
    "card_prompt": ["بطاقة الاشتراك مجانية لطلبة المدارس والجامعات، ويكفي إبراز البطاقة الوطنية."],
    "port_strip": [
        "أم قصر: 9 سفن على الأرصفة · 5 بانتظار الدخول | خور الزبير: 4 سفن\n"
        "الدولار 1465 دينارًا | برنت 73.10 دولار | خام البصرة المتوسط 71.40"
    ],
    "port_menu": ["اقتصاد | موانئ | نقل | نفط | تجارة"],
    "vessel_box": [
        "السفن المتوقع وصولها إلى ميناء أم قصر\nMSC ELENA (حاويات) · الوصول 06:00 · الرصيف 20\n"
        "AL NAJAF (بضائع عامة) · الوصول 14:30 · الرصيف 7"
    ],
    "schedule_note": ["مواعيد الوصول وفق الوكلاء البحريين، وقد تتغير بسبب الأحوال الجوية."],
    "geo_menu": ["محليات | محافظات | بيئة | علوم | حوادث"],
    "quake_badge": ["هزة أرضية", "خبر عاجل"],
    "quake_box": [
        "معلومات الهزة\nالقوة: 4.3 درجات على مقياس ريختر · العمق: 10 كم\nمركز الهزة: الحدود العراقية "
        "الإيرانية قرب حلبجة"
    ],
    "felt_prompt": ["هل شعرت بالهزة؟ أخبرنا أين كنت وماذا لاحظت."],
    "prelim_note": ["البيانات أولية وفق الهيئة العامة للأنواء الجوية والرصد الزلزالي، وقابلة للتعديل."],
    "safety_box": ["عند وقوع الهزة\nاحتمِ تحت طاولة متينة · ابتعد عن النوافذ · لا تستخدم المصاعد"],
    "svc_menu": ["خدمات | الصيدليات الخافرة | مستشفيات | أرقام الطوارئ | الطقس"],
    "pharm_box": [
        "الصيدليات الخافرة الليلة\nصيدلية الشفاء - شارع فلسطين · طوال الليل · 0770 000 0000\n"
        "صيدلية النور - الكرادة · حتى منتصف الليل · 0780 000 0000"
    ],
    "night_note": ["تُصرف الأدوية ليلًا من الشباك الخارجي فقط."],
    "call_note": ["يُرجى الاتصال قبل التوجه، فجدول الخفارات قابل للتغيير."],
    "sos_box": ["أرقام الطوارئ\nالشرطة 104 · الدفاع المدني 115 · الإسعاف 122"],
    "tax_menu": ["اقتصاد | ضرائب | مال | أعمال | وظائف"],
    "deadline_badge": ["موعد نهائي", "تذكير"],
    "due_box": [
        "مواعيد مهمة\nتقديم الإقرار الضريبي السنوي للشركات: نهاية أيار\n"
        "استقطاع ضريبة رواتب الموظفين: شهريًا · ضريبة العقار: نهاية السنة المالية"
    ],
    "penalty_box": ["التأخر في التقديم\nغرامة تأخير تُحتسب نسبة من الضريبة المستحقة عن كل شهر تأخير"],
    "calc_prompt": ["احسب ضريبة راتبك عبر الحاسبة الإلكترونية ←"],
    "tax_note": ["المعلومات عامة، ويُرجى مراجعة الهيئة العامة للضرائب للاطلاع على التعليمات النافذة."],
}

STYLES: list[dict[str, object]] = [
    {
        # emergency-department waiting times: the date line ABOVE the headline, byline on some pages
        "name": "er_waits",
        "header": ["hosp_menu", "wait_badge", "date", "title", "standfirst", "byline?"],
        "body_inserts": ["wait_box", "quote", "subheading", "triage_note", "caption_credit", "list"],
        "footer": ["emergency_note", "data_note", "related", "share_icons", "rights"],
        "date_formats": ["local_er"],
        "headlines": "hl_er",
        "standfirst_p": 0.7,
        "maybe_p": 0.6,
        "n_authors": (1, 1, 2),
        "blank": True,
        "crumb_sep": " > ",
        "share_sep": " ",
        "by_join": "and",
        "by_key": "by_er",
        "say": SAY,
    },
    {
        # local election candidate profile, no blank lines: byline and date on one line, then a standfirst
        "name": "candidate_profile",
        "header": ["vote_menu", "breadcrumb", "ward_kicker", "title", "byline_date", "standfirst"],
        "body_inserts": ["cand_box", "quote", "subheading", "quote", "caption_credit", "ask_prompt"],
        "footer": ["equal_note", "vote_info", "comments", "rights"],
        "date_formats": ["local_vote"],
        "headlines": "hl_vote",
        "standfirst_p": 0.8,
        "n_authors": (1, 1, 2),
        "blank": False,
        "crumb_sep": " › ",
        "bd_sep": [" · ", " | ", " — "],
        "by_join": "and",
        "by_key": "by_vote",
        "say": SAY,
    },
    {
        # angling report: the date before a single author with a role or a place, gallery captions
        "name": "angling_report",
        "header": ["outdoor_menu", "fish_kicker", "title", "date_byline", "listen?"],
        "body_inserts": ["tide_box", "caption_gallery", "subheading", "list", "quote", "catch_prompt"],
        "footer": ["licence_note", "tags", "share_names", "rights"],
        "date_formats": ["local_fish"],
        "headlines": "hl_fish",
        "maybe_p": 0.5,
        "n_authors": (1,),
        "blank": True,
        "crumb_sep": " > ",
        "db_sep": [" · ", " | ", " — "],
        "share_sep": " · ",
        "by_join": "and",
        "by_key": "by_fish",
        "say": SAY,
    },
    {
        # public library news: page title with the site, hours strip, headline again, byline UNDER the text
        "name": "library_news",
        "header": ["title_site", "hours_strip", "lib_menu", "title_dup", "standfirst", "published"],
        "body_inserts": ["event_box", "subheading", "caption_credit", "reserve_prompt", "list"],
        "footer": ["byline_end?", "card_prompt", "newsletter", "follow", "rights"],
        "date_formats": ["local_lib"],
        "headlines": "hl_lib",
        "standfirst_p": 0.6,
        "maybe_p": 0.7,
        "n_authors": (1, 1, 2),
        "blank": True,
        "crumb_sep": " > ",
        "by_join": "and",
        "by_key": "by_lib",
        "say": SAY,
    },
    {
        # port and shipping news: status strip over the menu, single author with a desk, glued dateline, date at the end
        "name": "port_news",
        "header": ["port_strip", "port_menu", "breadcrumb", "title", "byline", "standfirst", "date_glued"],
        "body_inserts": ["vessel_box", "quote", "caption_credit", "subheading", "read_also"],
        "footer": ["date_end", "schedule_note", "tags", "share_row", "rights"],
        "date_formats": ["local_port"],
        "headlines": "hl_port",
        "glue": "glue_port",
        "glue_date": "local_glue",
        "standfirst_p": 0.9,
        "n_authors": (1,),
        "blank": True,
        "crumb_sep": " / ",
        "share_sep": " | ",
        "by_join": "and",
        "by_key": "by_port",
        "say": SAY,
    },
    {
        # earthquake report, no blank lines: badge, date line, byline on half the pages, glued agency dateline
        "name": "quake_report",
        "header": ["geo_menu", "quake_badge", "title", "date", "byline?", "standfirst", "date_glued"],
        "body_inserts": ["quake_box", "felt_prompt", "list", "subheading", "caption_credit"],
        "footer": ["prelim_note", "safety_box", "app", "rights"],
        "date_formats": ["local_quake"],
        "headlines": "hl_quake",
        "glue": "glue_quake",
        "glue_date": "local_glue",
        "standfirst_p": 0.5,
        "maybe_p": 0.5,
        "n_authors": (1, 1, 2),
        "blank": False,
        "crumb_sep": " > ",
        "by_join": "and",
        "by_key": "by_quake",
        "say": SAY,
    },
    {
        # duty pharmacies, no blank lines: roster date line, the pharmacies box above the text on some pages
        "name": "duty_pharmacy",
        "header": ["svc_menu", "title", "standfirst", "date", "pharm_box?", "byline?"],
        "body_inserts": ["pharm_box", "night_note", "subheading", "list", "ad"],
        "footer": ["call_note", "sos_box", "share_prompt", "rights"],
        "date_formats": ["local_pharm"],
        "headlines": "hl_pharm",
        "standfirst_p": 0.5,
        "maybe_p": 0.5,
        "n_authors": (1, 1, 2),
        "blank": False,
        "crumb_sep": " > ",
        "by_join": "and",
        "by_key": "by_pharm",
        "say": SAY,
    },
    {
        # tax deadline reminder: badge, standfirst, reading time on half the pages, the date line, then the byline
        "name": "tax_deadline",
        "header": ["tax_menu", "breadcrumb", "deadline_badge", "title", "standfirst", "listen?", "date", "byline"],
        "body_inserts": ["due_box", "penalty_box", "list", "subheading", "quote", "calc_prompt"],
        "footer": ["tax_note", "related", "share_icons", "rights"],
        "date_formats": ["local_tax"],
        "headlines": "hl_tax",
        "maybe_p": 0.5,
        "n_authors": (1, 1, 2),
        "blank": True,
        "crumb_sep": " » ",
        "share_sep": "  ",
        "by_join": "and",
        "by_key": "by_tax",
        "say": SAY,
    },
]
