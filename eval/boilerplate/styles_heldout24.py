"""TWENTY-FOURTH HELD-OUT templates, written BLIND: their author read only build.py, score.py (for the format it
expects), the earlier styles files (for their format and to avoid their site kinds, countries, phrases, widget texts
and layouts), the lines of README.md and docs/boilerplate.md that list the splits, the files of the commit that added
heldout23 (for the files a split is registered in) and the shared sentence files build.py draws from (searched for
their question marks: questions usable as headlines in the English, German, Portuguese, Russian and Arabic files;
four odd ones in the French file, eight odd ones in the Italian file and none with their "¿" and accents in the
Spanish file, so no question headlines in fr, it and es); never the cleaner's rules, lexicon or content model, nor
its tests or docs beyond those lines; the cleaner was run on them once, through score.py, for a first-contact figure
(its summary lines only), and they were never changed after it. Eight languages the data has, on sites from
countries no earlier split modelled: Belizean English (Belize City, Belmopan, San Ignacio, Dangriga, San Pedro;
"Wednesday, November 25th, 2026" with the English ordinal, "Nov. 25, 2026" with AP month abbreviations, "2:32 pm",
"02:32 PM CST"; GOBPress datelines "BELMOPAN, Belize, Nov. 25, 2026 (GOBPress) – "; BZ$, the Institute of
Archaeology and Late Classic Maya sites, the Central Medical Laboratory's enterococci tests, the city council's
sanitation hotline; Creole, Garifuna, Mestizo and Maya family names, Palacio, Cayetano, Tillett, Coc, Chiac),
Liechtenstein German (Vaduz, Schaan, Balzers, Triesen, Eschen; "25.11.2026, 14:32 Uhr", "Mi, 25.11.2026", "14.32
Uhr", view counts with the apostrophe between the thousands "2'714 Aufrufe"; "Vaduz, 25. November 2026 (ikr) – "
datelines; Swiss spelling with "ss", «guillemets», "Bild: zVg", Inserat and Publireportage, the Gampriner Seelein,
Kehricht and Grünabfuhr, the Amt für Bau und Infrastruktur, the Theater am Kirchplatz; Liechtenstein family names,
Büchel, Marxer, Ospelt, Wohlwend, Kieber), Malagasy French (Antananarivo, Toamasina, Mahajanga, Fianarantsoa, Nosy Be;
"Mercredi 25 novembre 2026 à 14h32", "mer. 25.11.2026", view counts with a space between the thousands; ANTA
datelines "Antananarivo, 25 novembre 2026 (ANTA) – "; ariary "Ar", the Institut Pasteur de Madagascar, vodiondry,
Tsimbazaza's lemurs, the fokontany, the Isoraka museum; Merina family names, Rakotomalala, Randrianarisoa,
Razafindrakoto), Costa Rican Spanish (San José, Alajuela, Heredia, Limón, Puntarenas; "setiembre", "25 de
noviembre de 2026, 2:32 p. m.", "Miércoles 25 noviembre, 2026", "lecturas" with a dot between the thousands;
"{city}, Costa Rica, {date} – " datelines; colones "₡", Bandera Azul beaches, the AyA's national water laboratory,
La Gaceta and SICOP tenders, the Museo Nacional, sloths at a rescue centre, Greivin and Yendry; Solís, Quesada,
Zúñiga), Bissau-Guinean Portuguese (Bissau, Bafatá, Gabú, Cacheu, Bubaque; "25 de Novembro de 2026" with the
capitalised month the older spelling keeps, "actualizado", "25/11/2026 - 14h32"; ANG datelines "Bissau, 25 de
Novembro de 2026 (ANG) – "; FCFA, the INEP's shell middens, the IBAP's hippos on Orango, Varela beach, Bandim market,
Orange Money; Embaló, Sanhá, Djaló, Cassamá, Nhaga, Indjai), Uzbekistani Russian (Ташкент, Самарканд, Бухара,
Наманган, Нукус; "14:32 / 25.11.2026" as Tashkent portals print it, "25 ноября 2026 г.", "(изменено в 16:45)",
"1 234 просмотра" with the Russian plural; УзА and Дунё datelines "ТАШКЕНТ, 25 ноября 2026 г. — УзА. "; soms, the
махалля, the хокимият, the Charvak reservoir and the Анхор canal, Bukhara deer, the wedding плов and той; Uzbek
-ов surnames, so male given names only), Kuwaiti Arabic (الكويت, حولي, الجهراء, الأحمدي, الفحيحيل; "الأربعاء 25
نوفمبر 2026", "02:32 م", Arabic-Indic digits on some pages, "آخر تعديل", view counts; KUNA datelines "الكويت - 25
نوفمبر 2026 (كونا) -- "; dinars, the Environment Public Authority, the Central Agency for Public Tenders and الكويت
اليوم, Failaka's digs, the zoo at Omariya and Arabian oryx, diwaniyas and أفراح pages, Snapchat in the share rows;
Kuwaiti family names, العنزي, الرشيدي, الكندري, بهبهاني; authors joined by the Arabic comma) and Sammarinese Italian
(Città di San Marino, Borgo Maggiore, Serravalle, Domagnano, Dogana; "mercoledì 25 novembre 2026", "Mercoledì 25
novembre 2026 ore 14:32", "Aggiornato il 25 nov 2026 alle 16:45", "letture" with a dot between the thousands;
"SAN MARINO, 25 novembre 2026 – " datelines; the Castelli, the AASS's door-to-door collection, the Bollettino
Ufficiale, the Teatro Titano, the Domagnano treasure, the Riviera's bathing water, "Fiori d'arancio", "Ph."; Gasperoni,
Zonzini, Mularoni, Stefanelli).

Kinds of sites (none in an earlier split): bathing-water quality notices for beaches and lakes (a cookie line FIRST,
a menu, question and "Beach water: ..." headlines, the date and then one or two authors on one line, a reading time or
an audio player on half the pages, a sampling-results box over three lines, a flag key over two lines, captions with
credits, a laboratory note, a report-pollution prompt, related stories, an icon share row), wedding announcements on a
society page with no blank lines (the page title with the site's name, a society menu, the headline again, the
couple's picture caption and its credit over two lines BETWEEN the headline and the date line, no byline in the header,
a ceremony box over three lines, ads, the byline UNDER the text on three pages in five, a send-your-announcement
prompt, "follow us"), a literary prize shortlist (a culture menu, a breadcrumb, a kicker, a standfirst four times in
five, one or two authors and the date on one line, a named share row UNDER the byline, a shortlist box over four
lines, a jury note, "read also" links, a ceremony note, tags, a books newsletter, comments), an archaeological find
(a heritage menu, a kicker, a standfirst on three pages in five, the article's only date in an agency or city dateline
glued to the first sentence, no byline in the header but the byline UNDER the text, a site box over three lines,
gallery captions repeating the headline, a museum note, a report-your-find prompt, related stories, "follow us"), a
public tender notice with no blank lines and no byline at all (a government strip, a tender badge, the headline, a
"posted" line, a tender box over three lines, a deadline box over two lines, a documents note, an enquiries box over
two lines, a named share row), a zoo or wildlife-park birth announcement (an opening-hours strip ABOVE the menu, the
headline, the single author with a role or place and the date on one line, the newborn's picture caption and its
credit over two lines UNDER the byline, a standfirst under the caption seven times in ten, a fact-file box over three
lines, numbered captions repeating the headline, a visitors' tip, a name-the-baby prompt, a sponsored ticket offer,
an icon share row, comments), a waste-collection schedule change (a council services bar, a breadcrumb, the headline,
a standfirst, the date line with an update time, a byline on half the pages with the authors joined by commas, an
audio player on half the pages, a new-schedule box over three lines, a sorting-rules box over two lines, photo
credits, a missed-collection note, a download-the-calendar prompt, tags, a share prompt) and a weekend box-office
chart (a film menu, a kicker, the headline, one or two authors, the date line with a view count, a named share row, a
top-five box over four lines, captions with credits, ads, an estimates note, a sponsored tickets line, related
stories, comments).

build.py needed no new feature for this split, only its registration; the twenty-four earlier splits were built
before and after it was added and their documents (text, labels and metadata) hash to the same sha256 digests.

Date lines: each local pattern is filled by build.py with str.format, the month and weekday names coming from this
module's lists as `Part` strings: plain ("{month}") they are the name; "{mon:alt}" and "{wd:alt}"
are another form of the name (the AP abbreviation "Nov.", the short weekday "Mi", "mer."), "{month:cap}" and
"{wd:cap}" are capitalised, "{month:ord={d}}" is the English ordinal day ("25th"), "{month:enap={h}}" "am" or "pm",
"{month:esap={h}}" "a. m." or "p. m.", "{month:arap={h}}" ص or م, "{month:read={mi}}" a reading time of 3 to 9
minutes, "{month:upd={h}{mi}}" an update time one to three hours after the hour, "{month:vw={dd}{mi}}" a view count
with a comma between the thousands ("vwd" a dot, "vwq" an apostrophe, "vws" a space, "vwr" a space and the Russian
noun with its plural) and "{month:ai=...}" its text in Arabic-Indic digits. The numbers come from the date's own
digits. The gold date is always the Gregorian ISO date.

Limits of build.py this split cannot cross: a widget cannot see the byline, the headline or the date, so a sampling
box, a ceremony box, a shortlist, a site box, a tender, a fact file, a schedule or a chart is generic for its language
and its places, figures and film titles are invented; widgets' lines all carry one label, so a picture's caption and
credit are both "caption" lines; body inserts are drawn with replacement, so a box may be printed twice; one date per
document, so a tender's deadline is given without its day; a byline with a role or place after the names is used only
where a style has a single author; Russian given names are male so that the -ов surnames agree, and a Russian
byline's label is a noun ("Репортаж:", "Обзор:") where a style may have two authors; an Arabic label cannot agree with
the author's gender, so Arabic labels are nouns ("تحرير:", "تغطية:"); tags are joined with ", " in every language,
Arabic too; site names in page titles, bylines and copyright lines come from build.py's shared list of English brand
names; phone numbers are left out. The sentence files are not Belizean, Liechtenstein, Malagasy, Costa Rican,
Bissau-Guinean, Uzbekistani, Kuwaiti or Sammarinese prose, so only the chrome of those pages is local.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "pt", "ru", "ar", "it")

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ru_views(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        noun = "просмотр"
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        noun = "просмотра"
    else:
        noun = "просмотров"
    return f"{_grouped(n, ' ')} {noun}"


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


class Part(str):
    """A month or weekday name; a format spec after it prints some other piece of the date line (module docstring)."""

    alt = ""  # another form of the name: an AP abbreviation, a short weekday

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        kind, _, arg = spec.partition("=")
        if kind == "alt":
            return self.alt or str(self)
        if kind == "cap":
            return str(self)[:1].upper() + str(self)[1:]
        if kind == "ord":
            return _ordinal_en(int(arg))
        if kind == "enap":
            return "am" if int(arg) < 12 else "pm"
        if kind == "esap":
            return "a. m." if int(arg) < 12 else "p. m."
        if kind == "arap":
            return "ص" if int(arg) < 12 else "م"
        if kind == "read":
            return str(3 + int(arg) % 7)
        if kind == "upd":
            hour, minute = int(arg[:2]), int(arg[2:])
            return f"{min(hour + 1 + minute % 3, 23):02d}:{(minute * 7 + 13) % 60:02d}"
        if kind in ("vw", "vwd", "vwq", "vws", "vwr"):
            views = 180 + int(arg) * 3
            if kind == "vwr":
                return _ru_views(views)
            return _grouped(views, {"vw": ",", "vwd": ".", "vwq": "'", "vws": " "}[kind])
        if kind == "ai":
            return arg.translate(ARABIC_INDIC)
        raise ValueError(spec)


def _parts(names: str, alts: str = "") -> list[Part]:
    parts = [Part(name) for name in names.split()]
    for part, alt in zip(parts, alts.split(), strict=False):
        part.alt = alt
    return parts


SAY = {  # widget -> gold reason (build.py: style["say"])
    "beach_menu": "navigation",
    "sample_box": "footer",
    "flag_key": "footer",
    "lab_note": "footer",
    "swim_prompt": "reader_prompt",
    "society_menu": "navigation",
    "couple_caption": "caption",
    "ceremony_box": "footer",
    "announce_prompt": "reader_prompt",
    "books_menu": "navigation",
    "prize_kicker": "navigation",
    "shortlist_box": "footer",
    "jury_note": "footer",
    "ceremony_note": "footer",
    "heritage_menu": "navigation",
    "dig_kicker": "navigation",
    "site_box": "footer",
    "museum_note": "footer",
    "finds_prompt": "reader_prompt",
    "gov_strip": "navigation",
    "tender_badge": "live_badge",
    "tender_box": "footer",
    "deadline_box": "footer",
    "docs_note": "footer",
    "contact_box": "footer",
    "zoo_hours": "navigation",
    "zoo_menu": "navigation",
    "hero_caption": "caption",
    "animal_box": "footer",
    "visit_prompt": "reader_prompt",
    "name_prompt": "reader_prompt",
    "ticket_ad": "advertisement",
    "services_bar": "navigation",
    "pickup_box": "footer",
    "sorting_box": "footer",
    "hotline_note": "footer",
    "calendar_prompt": "reader_prompt",
    "film_bar": "navigation",
    "chart_kicker": "navigation",
    "chart_box": "footer",
    "figures_note": "footer",
    "tickets_ad": "advertisement",
}

ICONS24 = ["shr-fb-round", "shr-wa-round", "shr-x-round", "shr-tg-round", "shr-mail-round", "shr-copy-round"]

PHRASES: dict[str, dict[str, list]] = {}

PHRASES["en"] = {  # Belize
    "months": _parts("January February March April May June July August September October November December"),
    "mon_abbr": _parts(
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.",
    ),
    "wd_abbr": _parts("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", "Mon Tue Wed Thu Fri Sat Sun"),
    "names": [
        "Delroy Shakira Kendis Ixchel Marvin Yasmine Elvin Kaylene Orlando Deshawn",
        "Palacio Cayetano Tillett Usher Gillett Coc Requena Flowers Chiac Vernon",
    ],
    "cities": ["Belize City", "Belmopan", "San Ignacio", "Orange Walk Town", "Corozal", "Dangriga", "Punta Gorda"],
    "quote": ["“{}”"],
    "and": ["and"],
    "local_beach": ["{month} {d}, {y}", "{wd}, {month} {month:ord={d}}, {y}"],
    "local_wed": ["{wd}, {month} {month:ord={d}}, {y}", "{mon:alt} {d}, {y}"],
    "local_book": [
        "{month} {d}, {y} — {month:read={mi}}-minute read",
        "{mon:alt} {d}, {y}, {h12}:{mi} {month:enap={h}}",
    ],
    "local_dig": ["{month} {d}, {y}", "{mon:alt} {d}, {y}"],
    "glue_dig": ["BELMOPAN, Belize, {d} (GOBPress) – ", "{C}, {d} – ", "{C}, Belize, {d}: "],
    "local_tender": ["{month} {d}, {y}", "{wd}, {month} {d}, {y}. {h12:02d}:{mi} {ap} CST"],
    "local_zoo": ["{month} {d}, {y} {h12}:{mi} {month:enap={h}}", "{wd} {d} {month} {y}"],
    "local_waste": ["{wd}, {month} {d}, {y}", "Updated {mon:alt} {d}, {y} at {h12}:{mi} {month:enap={h}}"],
    "local_box": ["{month} {d}, {y} | {month:vw={dd}{mi}} views", "{mon:alt} {d}, {y}"],
    "published": ["Notice posted {d}", "Notice date: {d}"],
    "hl_beach": ["{t}", "Beach water update: {t}", "{q}"],
    "hl_wed": ["{t}", "Wedding bells: {t}"],
    "hl_book": ["{t}", "Book prize: {t}", "“{t}”"],
    "hl_dig": ["{t}", "{q}", "Maya heritage: {t}"],
    "hl_tender": ["{t}", "Invitation to bid: {t}"],
    "hl_zoo": ["{t}", "New arrival: {t}", "{q}"],
    "hl_waste": ["{t}", "Garbage collection: {t}"],
    "hl_box": ["{t}", "Box office: {t}"],
    "by_beach": ["By {a}", "{a}"],
    "by_wed": ["Announcement compiled by {a}", "{a}, Society Editor"],
    "by_book": ["By {a}", "{a}"],
    "by_dig": ["Field report by {a}", "{a}"],
    "by_tender": ["{a}"],
    "by_zoo": ["By {a} in San Ignacio", "{a}"],
    "by_waste": ["By {a}", "{a}"],
    "by_box": ["By {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "Messenger", "Email", "Copy link"],
    "icons": ICONS24,
    "home": ["Front Page"],
    "sections": ["National", "Districts", "Environment", "Culture", "Entertainment", "Business"],
    "caption_credit": ["{c} (Image: {n})", "{c} (Photo courtesy {n})", "{c}. Image: file"],
    "photo": ["Pictured by {n}", "Photograph: {n}"],
    "comments": ["{n} responses · Add yours", "Comments ({n}) — keep it civil"],
    "tags": ["Tagged with: {t}", "Topics in this notice: {t}"],
    "newsletter": ["Sign up for our Sunday books letter: new titles, prizes and readings across the country"],
    "rights": ["Copyright © {y} {site}. Belize City, Belize, C.A.", "{site} © {y} · Terms of Use · Advertise with us"],
    "related_head": ["More from our Belize desk", "Trending in Belize"],
    "ad": ["— ADVERTISING —", "— Ad —"],
    "read_also": ["RELATED: {t}", "Worth a read: {t}"],
    "gallery": ["{t} | picture {i} of {k}", "Slide {i}/{k}: {t}"],
    "title_site": ["{t} - {site}", "{site} | {t}"],
    "listen": ["▶ Listen to this story ({n} min)", "Takes {n} min to read"],
    "share": ["Forward this schedule to your neighbours"],
    "follow": ["Like our page on Facebook and follow us on Instagram"],
    "cookie": ["We use cookies to give you the best experience on our site. Accept / Manage"],
    "beach_menu": ["News | Environment | Tourism | Health | Coastal Zone | Weather"],
    "sample_box": [
        "Latest sampling results\nGood: Cucumber Beach, Placencia village, Hopkins · Fair: Dangriga seafront\n"
        "Poor, avoid swimming: the Fort Point seawall and creek mouths after heavy rain"
    ],
    "flag_key": [
        "What the flags mean\nGreen: safe to swim · Yellow: caution for children and the elderly · Red: no swimming"
    ],
    "lab_note": ["Samples are tested for enterococci bacteria by the Central Medical Laboratory."],
    "swim_prompt": ["Spotted sewage or a fish kill at the beach? Send a photo to our newsroom on WhatsApp."],
    "society_menu": ["Lifestyle | Weddings | Anniversaries | Births | Graduations | Community"],
    "couple_caption": [
        "The newlyweds leave the church under an arch of palm fronds.\nPhoto courtesy of the family",
        "The bride and groom cut the cake at the reception.\nPhoto: Island Studio",
    ],
    "ceremony_box": [
        "The ceremony\nVenue: St John's Cathedral, Albert Street · Reception: a seaside hall on the Northside\n"
        "Officiant: the parish rector · Maid of honour and best man: siblings of the couple"
    ],
    "announce_prompt": ["Getting married? Send us your wedding announcement and photo — publication is free."],
    "books_menu": ["Arts | Books | Music | Film | Heritage"],
    "prize_kicker": ["LITERARY PRIZE", "SHORTLIST ANNOUNCED"],
    "shortlist_box": [
        "The shortlist\nFiction: three novels by Belizean and diaspora writers\n"
        "Poetry: two collections in Kriol and English\nYoung writers: four short stories"
    ],
    "jury_note": ["The judges read 64 entries submitted by publishers and authors."],
    "ceremony_note": ["Winners will be announced at an awards evening at the Bliss Centre for the Performing Arts."],
    "heritage_menu": ["Culture | Archaeology | NICH | History | Museums"],
    "dig_kicker": ["ARCHAEOLOGY", "NEW FIND"],
    "site_box": [
        "About the site\nPeriod: Late Classic Maya, about AD 600–900 · Region: Cayo District\n"
        "Excavation: a university field school with the Institute of Archaeology"
    ],
    "museum_note": [
        "Artefacts remain the property of the state and will be catalogued by the Institute of Archaeology."
    ],
    "finds_prompt": ["Found a pot or a jade bead on your land? Report it — removing artefacts is an offence."],
    "gov_strip": ["Government of Belize | Ministries | Gazette | Procurement | Vacancies"],
    "tender_badge": ["INVITATION FOR BIDS", "PROCUREMENT NOTICE"],
    "tender_box": [
        "Tender details\nLot 1: resurfacing of 4.2 miles of district road · Lot 2: drainage works\n"
        "Eligibility: registered contractors with valid Social Security and tax clearance"
    ],
    "deadline_box": [
        "Submission deadline\nSealed bids at the Ministry's procurement unit, Belmopan; late bids are rejected"
    ],
    "docs_note": ["Bid documents may be collected for a non-refundable fee of BZ$100."],
    "contact_box": ["Enquiries\nProcurement Officer, Market Square, Belmopan · weekdays during office hours"],
    "zoo_hours": ["Open daily 8:00 a.m. – 4:30 p.m. | Tickets | Night tours | Adopt an animal"],
    "zoo_menu": ["Wildlife | Zoo News | Conservation | Education | Visit"],
    "hero_caption": [
        "The newborn stays close to its mother in the night house.\nPhoto: keeper team",
        "First glimpse: the cub at six weeks old.\nPhoto courtesy of the zoo",
    ],
    "animal_box": [
        "Fact file\nSpecies: jaguar (Panthera onca) · Status: near threatened\n"
        "Gestation: about 100 days · Litter: one to four cubs"
    ],
    "visit_prompt": ["Plan your visit: the new family can be seen from the viewing deck on weekday mornings."],
    "name_prompt": ["Help us name the baby! Vote for your favourite name on our Facebook page."],
    "ticket_ad": ["Sponsored: family day passes at half price every Sunday"],
    "services_bar": ["City Council | Sanitation | Markets | Permits | Pay online"],
    "pickup_box": [
        "New collection days\nNorthside: Monday and Thursday · Southside: Tuesday and Friday\n"
        "Lake Independence area: Wednesday and Saturday"
    ],
    "sorting_box": [
        "Before you put out your bins\nTie bags securely · No construction debris or yard waste on regular days"
    ],
    "hotline_note": ["Missed collections can be reported to the sanitation hotline during office hours."],
    "calendar_prompt": ["Download this year's collection calendar and stick it on your fridge."],
    "film_bar": ["Movies | Now Playing | Coming Soon | Streaming | Reviews"],
    "chart_kicker": ["BOX OFFICE", "WEEKEND CHART"],
    "chart_box": [
        "Weekend top five\n1. Reef Runners – BZ$41,300 · 2. The Quiet Border – BZ$28,950\n"
        "3. Lantern Night – BZ$17,400 · 4. Uncle Bird – BZ$9,800\n5. Salt Road – BZ$6,150"
    ],
    "figures_note": ["Figures are distributor estimates for Friday to Sunday and may be revised."],
    "tickets_ad": ["Book seats online and skip the queue — promoted"],
}

PHRASES["de"] = {  # Liechtenstein
    "months": _parts("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "mon_abbr": _parts("Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez."),
    "wd_abbr": _parts("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag", "Mo Di Mi Do Fr Sa So"),
    "names": [
        "Martina Reto Corinne Urs Sandra Thomas Manuela Elias Nadja Dominik",
        "Büchel Frick Marxer Ospelt Wohlwend Hasler Negele Risch Gassner Kieber",
    ],
    "cities": ["Vaduz", "Schaan", "Balzers", "Triesen", "Eschen", "Mauren", "Triesenberg", "Ruggell"],
    "quote": ["«{}»"],
    "and": ["und"],
    "local_beach": ["{dd}.{mm}.{y}, {hm} Uhr", "{wd}, {d}. {month} {y}"],
    "local_wed": ["{d}. {month} {y}", "{wd:alt}, {dd}.{mm}.{y}"],
    "local_book": ["{dd}.{mm}.{y} · Lesezeit: {month:read={mi}} Minuten", "{d}. {month} {y}"],
    "local_dig": ["{d}. {month} {y}", "{dd}.{mm}.{y}"],
    "glue_dig": ["Vaduz, {d} (ikr) – ", "{C}, {d} (red.) – ", "{C}, {d}: "],
    "local_tender": ["{d}. {month} {y}", "{dd}.{mm}.{y}"],
    "local_zoo": ["{wd}, {dd}.{mm}.{y} – {hm}", "{d}. {month} {y}, {h}.{mi} Uhr"],
    "local_waste": ["{dd}.{mm}.{y}", "Aktualisiert: {wd:alt}, {dd}.{mm}.{y}, {month:upd={h}{mi}}"],
    "local_box": ["{d}. {month} {y} · {month:vwq={dd}{mi}} Aufrufe", "{dd}.{mm}.{y}, {hm}"],
    "published": ["Online publiziert: {d}", "Amtliche Kundmachung vom {d}"],
    "hl_beach": ["{t}", "Badewasser: {t}", "{q}"],
    "hl_wed": ["{t}", "Ja-Wort: {t}"],
    "hl_book": ["{t}", "Literaturpreis: {t}"],
    "hl_dig": ["{t}", "Archäologie: {t}", "{q}"],
    "hl_tender": ["{t}", "Ausschreibung: {t}"],
    "hl_zoo": ["{t}", "Nachwuchs: {t}", "«{t}»"],
    "hl_waste": ["{t}", "Kehrichtabfuhr: {t}"],
    "hl_box": ["{t}", "Kinocharts: {t}", "{q}"],
    "by_beach": ["Von {a}", "{a}"],
    "by_wed": ["Aufgezeichnet von {a}", "{a}"],
    "by_book": ["Von {a}", "{a}"],
    "by_dig": ["Text: {a}", "{a}"],
    "by_tender": ["{a}"],
    "by_zoo": ["{a}, Redaktion Unterland", "Von {a}"],
    "by_waste": ["Von {a}", "{a}"],
    "by_box": ["Von {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "LinkedIn", "Threema", "E-Mail"],
    "icons": ICONS24,
    "home": ["Übersicht"],
    "sections": ["Inland", "Gemeinden", "Umwelt", "Kultur", "Region", "Wirtschaft"],
    "caption_credit": ["{c}. (Bild: {n})", "{c} | Foto: zVg", "{c}. (Archivbild)"],
    "photo": ["Fotografie: {n}", "Bild {n}"],
    "comments": ["Leserforum ({n})", "Zu den Kommentaren ({n})"],
    "tags": ["Stichwörter zum Artikel: {t}", "Themen dieses Artikels: {t}"],
    "newsletter": ["Bücherbrief abonnieren: Neuerscheinungen, Preise und Lesungen im Land – jeden Freitag"],
    "rights": ["© {y} {site} · Vaduz, Fürstentum Liechtenstein", "{site} {y} | Impressum | Mediadaten | Kontakt"],
    "related_head": ["Weiteres aus dem Land", "Ebenfalls lesenswert"],
    "ad": ["Inserat", "PUBLIREPORTAGE"],
    "read_also": ["Dazu passend: {t}", "Weiterlesen: {t}"],
    "gallery": ["{t} (Bild {i}/{k})", "Galerie {i} von {k} – {t}"],
    "title_site": ["{t} | {site}", "{site} – {t}"],
    "listen": ["Vorlesen lassen ({n} Min.)", "Lesedauer ca. {n} Min."],
    "share": ["Abfuhrplan an Nachbarn weiterleiten"],
    "follow": ["Bleiben Sie informiert – folgen Sie uns auf Instagram"],
    "cookie": ["Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu. OK"],
    "beach_menu": ["Land | Umwelt | Gesundheit | Freizeit | Wetter"],
    "sample_box": [
        "Aktuelle Messwerte\nGampriner Seelein: sehr gut · Naturbadeteich: gut\n"
        "Freibad Mühleholz: gut · Rheinufer: Baden nicht empfohlen"
    ],
    "flag_key": [
        "Bewertung\nsehr gut und gut: Baden unbedenklich · ausreichend: nach Regen meiden · mangelhaft: Badeverbot"
    ],
    "lab_note": ["Die Proben untersucht das Amt für Lebensmittelkontrolle und Veterinärwesen."],
    "swim_prompt": ["Auffälligkeiten im Wasser bemerkt? Schreiben Sie uns an die Redaktion."],
    "society_menu": ["Leben | Hochzeiten | Geburten | Jubiläen | Gratulationen"],
    "couple_caption": [
        "Das Brautpaar nach der Trauung vor der Kathedrale St. Florin.\nBild: zVg",
        "Anstossen im Kreise der Familie.\nBild: Fotostudio am Städtle",
    ],
    "ceremony_box": [
        "Die Trauung\nZivilstandsamt in Vaduz, anschliessend kirchliche Trauung in Schaan\n"
        "Trauzeugen: Geschwister des Paares · Fest: im Gemeindesaal"
    ],
    "announce_prompt": [
        "Sie haben geheiratet? Senden Sie uns Ihre Anzeige mit Foto – die Veröffentlichung ist gratis."
    ],
    "books_menu": ["Kultur | Literatur | Musik | Bühne | Ausstellungen"],
    "prize_kicker": ["LITERATUR", "SHORTLIST"],
    "shortlist_box": [
        "Die Nominierten\nRoman: drei Titel aus Liechtensteiner Verlagen\n"
        "Lyrik: zwei Bände, davon einer in Mundart\nDebüt: vier Erstlingswerke"
    ],
    "jury_note": ["Die fünfköpfige Jury hat 38 Einreichungen gelesen."],
    "ceremony_note": ["Die Preisverleihung findet im Theater am Kirchplatz in Schaan statt."],
    "heritage_menu": ["Kultur | Archäologie | Landesmuseum | Geschichte | Denkmalpflege"],
    "dig_kicker": ["ARCHÄOLOGIE", "FUNDMELDUNG"],
    "site_box": [
        "Zur Fundstelle\nEpoche: Römerzeit, 2. bis 4. Jahrhundert · Ort: Talboden bei Nendeln\n"
        "Grabung: Amt für Kultur, Abteilung Archäologie"
    ],
    "museum_note": ["Die Funde werden restauriert und später im Landesmuseum gezeigt."],
    "finds_prompt": ["Beim Bauen etwas gefunden? Melden Sie Bodenfunde umgehend der Archäologie."],
    "gov_strip": ["Landesverwaltung | Amtsblatt | Ausschreibungen | Stellen | Formulare"],
    "tender_badge": ["ÖFFENTLICHE AUSSCHREIBUNG", "VERGABE"],
    "tender_box": [
        "Gegenstand der Ausschreibung\nLos 1: Sanierung der Landstrasse, 1,8 km · Los 2: Werkleitungen\n"
        "Verfahren: offenes Verfahren nach dem Gesetz über das öffentliche Auftragswesen"
    ],
    "deadline_box": [
        "Eingabefrist\n"
        "Angebote im verschlossenen Umschlag mit dem Vermerk «Offerte» an das Amt für Bau und Infrastruktur"
    ],
    "docs_note": ["Die Ausschreibungsunterlagen können kostenlos heruntergeladen werden."],
    "contact_box": ["Auskünfte\nAmt für Bau und Infrastruktur, Städtle, Vaduz · werktags von 8 bis 11 Uhr"],
    "zoo_hours": ["Täglich geöffnet 9–18 Uhr | Eintritt | Patenschaften | Anreise"],
    "zoo_menu": ["Region | Tiere | Natur | Ausflugstipps | Familie"],
    "hero_caption": [
        "Das Jungtier wagt sich erstmals aus dem Stall.\nBild: Tierpark",
        "Mutter und Nachwuchs im Gehege.\nBild: zVg",
    ],
    "animal_box": [
        "Steckbrief\nArt: Steinbock (Capra ibex) · Lebensraum: Alpen\n"
        "Tragzeit: rund 165 Tage · Geburtsgewicht: etwa 3 kg"
    ],
    "visit_prompt": ["Besuchstipp: Am frühen Vormittag sind die Jungtiere am aktivsten."],
    "name_prompt": ["Wie soll das Kleine heissen? Stimmen Sie online ab."],
    "ticket_ad": ["Anzeige: Familienkarte für den Tierpark jetzt online günstiger"],
    "services_bar": ["Gemeinde | Abfall | Werkhof | Steuern | Online-Schalter"],
    "pickup_box": [
        "Neue Abfuhrtage\nKehricht: jeden Dienstag ab 7 Uhr · Grünabfuhr: Donnerstag in geraden Wochen\n"
        "Altpapier: erster Samstag im Monat"
    ],
    "sorting_box": ["Bitte beachten\nNur gebührenpflichtige Kehrichtsäcke · Bereitstellung erst am Abfuhrtag"],
    "hotline_note": ["Bei ausgelassener Abfuhr gibt der Werkhof werktags Auskunft."],
    "calendar_prompt": ["Den Abfallkalender gibt es als PDF und in der Gemeinde-App."],
    "film_bar": ["Kino | Programm | Neu im Kino | Streaming | Kritiken"],
    "chart_kicker": ["KINOCHARTS", "WOCHENENDE"],
    "chart_box": [
        "Die Top 5 am Wochenende\n1. Gipfelsturm – 2'140 Eintritte · 2. Die stille Grenze – 1'385\n"
        "3. Laternennacht – 960 · 4. Onkel Vogel – 512\n5. Salzweg – 298"
    ],
    "figures_note": ["Eintritte in den Kinos des Landes und des Rheintals, Freitag bis Sonntag, provisorisch."],
    "tickets_ad": ["Gesponsert: Kinotickets online reservieren und Popcorn dazu"],
}

PHRASES["fr"] = {  # Madagascar
    "months": _parts("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "mon_abbr": _parts("janv. févr. mars avril mai juin juil. août sept. oct. nov. déc."),
    "wd_abbr": _parts("lundi mardi mercredi jeudi vendredi samedi dimanche", "lun. mar. mer. jeu. ven. sam. dim."),
    "names": [
        "Hery Voahangy Tojo Lalaina Fanja Mamy Rindra Niry Haja Tahina",
        "Rakotomalala Randrianarisoa Rasoanaivo Andriamanjato Razafindrakoto Ratsimbazafy Rabemananjara "
        "Rakotondrabe Randriamampionona Ravelojaona",
    ],
    "cities": ["Antananarivo", "Toamasina", "Mahajanga", "Fianarantsoa", "Toliara", "Antsiranana", "Antsirabe"],
    "quote": ["« {} »"],
    "and": ["et"],
    "local_beach": ["{wd:cap} {d} {month} {y}", "{dd}/{mm}/{y} à {h}:{mi}"],
    "local_wed": ["{d} {month} {y}", "{wd:alt} {dd}.{mm}.{y}"],
    "local_book": ["{d} {month} {y} — {month:read={mi}} min de lecture", "{dd}/{mm}/{y}"],
    "local_dig": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
    "glue_dig": ["Antananarivo, {d} (ANTA) – ", "{C}, {d} (ANTA). ", "{C}, {d}. – "],
    "local_tender": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
    "local_zoo": ["{wd:cap} {d} {month} {y} à {h}h{mi}", "{d} {mon} {y}"],
    "local_waste": ["{d} {month} {y}", "Mis à jour le {dd}/{mm}/{y} à {month:upd={h}{mi}}"],
    "local_box": ["{d} {month} {y} · {month:vws={dd}{mi}} vues", "{dd}/{mm}/{y} {hm}"],
    "published": ["Avis publié le {d}", "Avis paru le {d}"],
    "hl_beach": ["{t}", "Qualité des eaux de baignade : {t}"],
    "hl_wed": ["{t}", "Mariage : {t}"],
    "hl_book": ["{t}", "Prix littéraire : {t}", "« {t} »"],
    "hl_dig": ["{t}", "Archéologie : {t}"],
    "hl_tender": ["{t}", "Appel d'offres : {t}"],
    "hl_zoo": ["{t}", "Naissance au parc : {t}"],
    "hl_waste": ["{t}", "Ramassage des ordures : {t}"],
    "hl_box": ["{t}", "Box-office : {t}"],
    "by_beach": ["Par {a}", "{a}"],
    "by_wed": ["{a}", "Texte : {a}"],
    "by_book": ["Par {a}", "{a}"],
    "by_dig": ["Par {a}", "{a}"],
    "by_tender": ["{a}"],
    "by_zoo": ["{a}, à Tsimbazaza", "Par {a}"],
    "by_waste": ["Par {a}", "{a}"],
    "by_box": ["Par {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "LinkedIn", "Messenger", "Transférer à un proche"],
    "icons": ICONS24,
    "home": ["À la une"],
    "sections": ["Actualités", "Régions", "Environnement", "Culture", "Société", "Économie"],
    "caption_credit": ["{c}. © {n}", "{c} (photo {n})", "{c}. Photo d'archives"],
    "photo": ["© {n}", "Photographie : {n}"],
    "comments": ["{n} commentaires — donnez votre avis", "Réagissez ({n})"],
    "tags": ["Mots-clés associés : {t}", "Dans la même thématique : {t}"],
    "newsletter": ["Chaque samedi, la lettre Livres : parutions, prix et rencontres d'auteurs à Madagascar"],
    "rights": [
        "© {y} {site} — Antananarivo, Madagascar. Reproduction interdite",
        "{site} {y} · Mentions légales · Publicité",
    ],
    "related_head": ["Toujours dans l'actualité", "Nos derniers articles"],
    "ad": ["PUBLICITÉ", "Annonce sponsorisée"],
    "read_also": ["Voir aussi : {t}", "Notre dossier : {t}"],
    "gallery": ["{t} — photo {i}/{k}", "Diaporama ({i} sur {k}) : {t}"],
    "title_site": ["{t} - {site}", "{site} : {t}"],
    "listen": ["Écoutez cet article en {n} minutes", "Lecture : environ {n} minutes"],
    "share": ["Transmettez ce calendrier à vos voisins du fokontany"],
    "follow": ["Retrouvez-nous sur Facebook et Instagram"],
    "cookie": ["Nous utilisons des cookies pour mesurer l'audience. En poursuivant, vous les acceptez. OK"],
    "beach_menu": ["Actualités | Environnement | Tourisme | Santé | Mer"],
    "sample_box": [
        "Résultats des derniers prélèvements\nBonne qualité : Ambondrona, Ifaty, Foulpointe · "
        "Qualité moyenne : plage du Bord, Toamasina\nBaignade déconseillée : embouchures et abords des ports"
    ],
    "flag_key": ["Légende\nVert : baignade autorisée · Orange : baignade surveillée · Rouge : baignade interdite"],
    "lab_note": ["Les analyses bactériologiques sont réalisées par l'Institut Pasteur de Madagascar."],
    "swim_prompt": ["Une pollution constatée sur une plage ? Envoyez-nous vos photos."],
    "society_menu": ["Société | Mariages | Naissances | Carnet | Événements"],
    "couple_caption": [
        "Les mariés à la sortie de la cathédrale d'Andohalo.\nPhoto : famille",
        "Le couple lors du vodiondry, la veille de la noce.\n© Studio Analakely",
    ],
    "ceremony_box": [
        "La cérémonie\nMariage civil à l'hôtel de ville, bénédiction à la cathédrale d'Andohalo\n"
        "Témoins : frères et sœurs des époux · Réception : salle des fêtes d'Ivato"
    ],
    "announce_prompt": ["Vous vous mariez ? Transmettez-nous votre faire-part et une photo."],
    "books_menu": ["Culture | Livres | Musique | Cinéma | Patrimoine"],
    "prize_kicker": ["PRIX LITTÉRAIRE", "SÉLECTION FINALE"],
    "shortlist_box": [
        "Les finalistes\nRoman : trois titres publiés à Antananarivo\n"
        "Poésie : deux recueils, en malgache et en français\nJeunesse : quatre albums illustrés"
    ],
    "jury_note": ["Le jury, présidé par une romancière, a examiné 52 ouvrages."],
    "ceremony_note": ["Le lauréat sera dévoilé lors d'une soirée à l'Institut français de Madagascar."],
    "heritage_menu": ["Culture | Patrimoine | Archéologie | Histoire | Musées"],
    "dig_kicker": ["ARCHÉOLOGIE", "FOUILLES"],
    "site_box": [
        "Le site\nPériode : anciens comptoirs du nord-ouest, XIe–XIVe siècles · Région : Boeny\n"
        "Fouilles : équipe de l'université d'Antananarivo"
    ],
    "museum_note": ["Les objets mis au jour seront conservés au musée d'Art et d'Archéologie d'Isoraka."],
    "finds_prompt": ["Vous avez trouvé un objet ancien ? Signalez-le à la commune ou au ministère de la Culture."],
    "gov_strip": ["Présidence | Ministères | Journal officiel | Marchés publics | Concours"],
    "tender_badge": ["AVIS D'APPEL D'OFFRES", "MARCHÉS PUBLICS"],
    "tender_box": [
        "Objet du marché\nLot 1 : réhabilitation de 12 km de route communale · Lot 2 : ouvrages d'assainissement\n"
        "Mode de passation : appel d'offres ouvert national"
    ],
    "deadline_box": ["Dépôt des offres\nSous pli fermé auprès de la Personne responsable des marchés publics"],
    "docs_note": ["Le dossier d'appel d'offres est cédé contre paiement de 100 000 Ar non remboursables."],
    "contact_box": [
        "Renseignements\nUnité de gestion de la passation des marchés, Anosy · du lundi au vendredi, 8 h–15 h"
    ],
    "zoo_hours": ["Ouvert tous les jours 9 h – 17 h | Tarifs | Visites guidées | Jardin botanique"],
    "zoo_menu": ["Nature | Faune | Zoo | Conservation | Sorties"],
    "hero_caption": [
        "Le petit, accroché au dos de sa mère.\nPhoto : parc zoologique",
        "Premières sorties hors du nichoir.\n© Équipe des soigneurs",
    ],
    "animal_box": [
        "Fiche d'identité\nEspèce : lémur catta (Lemur catta) · Statut : en danger\n"
        "Gestation : environ 135 jours · Portée : un petit, parfois deux"
    ],
    "visit_prompt": ["Conseil de visite : les lémuriens sont plus actifs tôt le matin."],
    "name_prompt": ["Proposez un prénom malgache pour le petit dans les commentaires."],
    "ticket_ad": ["Partenaire : entrée à demi-tarif pour les écoles le mercredi"],
    "services_bar": ["Commune urbaine | Voirie | Assainissement | Marchés | Démarches"],
    "pickup_box": [
        "Nouveau calendrier de collecte\nArrondissements I et II : lundi et jeudi · "
        "Arrondissements III et IV : mardi et vendredi\nMarchés : ramassage chaque soir après 18 h"
    ],
    "sorting_box": [
        "Consignes\nDéposez les ordures dans les bacs uniquement · Pas de déchets verts le jour de collecte"
    ],
    "hotline_note": ["Les bacs débordants peuvent être signalés au service de voirie de la commune."],
    "calendar_prompt": ["Téléchargez le calendrier de collecte de votre arrondissement."],
    "film_bar": ["Cinéma | À l'affiche | Prochainement | Séries | Critiques"],
    "chart_kicker": ["BOX-OFFICE", "CLASSEMENT DU WEEK-END"],
    "chart_box": [
        "Le top 5 du week-end\n1. Les Coureurs du récif – 4 870 entrées · 2. La Frontière silencieuse – 3 210\n"
        "3. Nuit des lanternes – 1 960 · 4. Oncle Oiseau – 1 140\n5. La Route du sel – 605"
    ],
    "figures_note": ["Entrées du vendredi au dimanche dans les salles de la capitale, chiffres provisoires."],
    "tickets_ad": ["Contenu sponsorisé : réservez vos places par mobile money"],
}

PHRASES["es"] = {  # Costa Rica
    "months": _parts("enero febrero marzo abril mayo junio julio agosto setiembre octubre noviembre diciembre"),
    "mon_abbr": _parts("ene. feb. mar. abr. may. jun. jul. ago. set. oct. nov. dic."),
    "wd_abbr": _parts("lunes martes miércoles jueves viernes sábado domingo", "lun. mar. mié. jue. vie. sáb. dom."),
    "names": [
        "Marianela Esteban Karla Mauricio Daniela Adrián Yendry Greivin Melissa Johnny",
        "Solís Vargas Jiménez Mora Rojas Araya Quesada Chaves Zúñiga Calderón",
    ],
    "cities": ["San José", "Alajuela", "Heredia", "Cartago", "Limón", "Puntarenas", "Liberia", "Quepos"],
    "quote": ["“{}”"],
    "and": ["y"],
    "local_beach": ["{d} de {month} de {y}, {h12}:{mi} {month:esap={h}}", "{wd:cap} {d} {month}, {y}"],
    "local_wed": ["{wd:cap} {d} de {month} de {y}", "{dd}/{mm}/{y}"],
    "local_book": ["{d} de {month} de {y} | Lectura de {month:read={mi}} minutos", "{dd}/{mm}/{y} {hm}"],
    "local_dig": ["{d} de {month} de {y}", "{dd} {mon} {y}"],
    "glue_dig": ["{C}, Costa Rica, {d} – ", "{C} ({d}). — ", "SAN JOSÉ, {d} – "],
    "local_tender": ["{d} de {month} de {y}", "{dd}-{mm}-{y}"],
    "local_zoo": ["{dd}/{mm}/{y} {h12}:{mi} {month:esap={h}}", "{d} {mon} {y}"],
    "local_waste": ["{wd:cap}, {d} de {month} de {y}", "Actualizado: {dd}/{mm}/{y} {month:upd={h}{mi}}"],
    "local_box": ["{d} de {month} de {y} · {month:vwd={dd}{mi}} lecturas", "{dd}/{mm}/{y}"],
    "published": ["Aviso publicado el {d}", "Fecha del aviso: {d}"],
    "hl_beach": ["{t}", "Bandera Azul: {t}"],
    "hl_wed": ["{t}", "Boda: {t}"],
    "hl_book": ["{t}", "Premio de novela: {t}", "“{t}”"],
    "hl_dig": ["{t}", "Arqueología: {t}"],
    "hl_tender": ["{t}", "Licitación: {t}"],
    "hl_zoo": ["{t}", "Nacimiento: {t}"],
    "hl_waste": ["{t}", "Recolección de basura: {t}"],
    "hl_box": ["{t}", "Taquilla: {t}"],
    "by_beach": ["Por {a}", "{a}"],
    "by_wed": ["{a}, Sociales", "Nota de {a}"],
    "by_book": ["Por {a}", "{a}"],
    "by_dig": ["Por {a}", "{a}"],
    "by_tender": ["{a}"],
    "by_zoo": ["{a}, corresponsal en Limón", "Por {a}"],
    "by_waste": ["Por {a}", "{a}"],
    "by_box": ["Por {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "Telegram", "Correo", "Copiar URL"],
    "icons": ICONS24,
    "home": ["Portada"],
    "sections": ["Nacionales", "Provincias", "Ambiente", "Cultura", "Sucesos", "Economía"],
    "caption_credit": ["{c}. Foto: {n}.", "{c} (Foto cortesía de {n})", "{c}. Imagen de archivo."],
    "photo": ["Fotografía cortesía de {n}", "Foto por {n}"],
    "comments": ["{n} comentarios · Comente", "Mostrar comentarios ({n})"],
    "tags": ["Palabras clave de la nota: {t}", "En este artículo: {t}"],
    "newsletter": ["Boletín de libros: novedades, premios y presentaciones, cada viernes en su correo"],
    "rights": [
        "© {y} {site}. San José, Costa Rica. Prohibida su reproducción total o parcial",
        "{site} {y} · Términos de uso · Contáctenos",
    ],
    "related_head": ["Le puede interesar", "Más de la sección"],
    "ad": ["PUBLICIDAD", "Espacio patrocinado"],
    "read_also": ["Vea también: {t}", "Relacionada: {t}"],
    "gallery": ["{t} · foto {i} de {k}", "Galería {i}/{k}: {t}"],
    "title_site": ["{t} | {site}", "{t} - {site}"],
    "listen": ["Escuchar nota ({n} min)", "Lectura estimada: {n} min"],
    "share": ["Comparta el nuevo horario con sus vecinos"],
    "follow": ["Síganos en Facebook, Instagram y TikTok"],
    "cookie": ["Este sitio usa cookies para mejorar su experiencia. Al navegar, acepta su uso. Entendido"],
    "beach_menu": ["Nacionales | Ambiente | Turismo | Salud | Clima"],
    "sample_box": [
        "Resultados del último muestreo\nAptas: Playa Hermosa, Sámara, Manuel Antonio · Con reservas: Jacó centro\n"
        "No aptas para bañarse: el estero de Puntarenas y las desembocaduras de ríos"
    ],
    "flag_key": [
        "Clasificación sanitaria\n"
        "Clase A y B: aptas · Clase C: precaución tras lluvias · Clase D: no apta para bañistas"
    ],
    "lab_note": ["Los muestreos los realiza el Laboratorio Nacional de Aguas de AyA."],
    "swim_prompt": ["¿Vio aguas negras llegando al mar? Envíenos fotos por WhatsApp."],
    "society_menu": ["Estilo | Bodas | Nacimientos | Quinceaños | Sociales"],
    "couple_caption": [
        "Los novios a la salida de la Basílica de los Ángeles.\nFoto: cortesía de la familia",
        "El brindis en la recepción en Santa Ana.\nFoto: Estudio Tres Ríos",
    ],
    "ceremony_box": [
        "La ceremonia\nBoda civil ante notario y misa en la parroquia de Escazú\n"
        "Padrinos: hermanos de los novios · Recepción: finca en Santa Ana"
    ],
    "announce_prompt": ["¿Se casa? Envíenos su anuncio de boda y una foto para la sección de Sociales."],
    "books_menu": ["Cultura | Libros | Música | Cine | Teatro"],
    "prize_kicker": ["PREMIO LITERARIO", "FINALISTAS"],
    "shortlist_box": [
        "Los finalistas\nNovela: tres obras de editoriales costarricenses\n"
        "Poesía: dos poemarios\nCuento: cuatro colecciones"
    ],
    "jury_note": ["El jurado evaluó 71 obras inscritas por autores y editoriales."],
    "ceremony_note": ["El fallo se dará a conocer en una gala en el Teatro Nacional."],
    "heritage_menu": ["Cultura | Patrimonio | Arqueología | Historia | Museos"],
    "dig_kicker": ["ARQUEOLOGÍA", "HALLAZGO"],
    "site_box": [
        "Sobre el sitio\nPeríodo: precolombino, 800 a 1500 d. C. · Región: Caribe central\n"
        "Excavación: Museo Nacional y estudiantes de la UCR"
    ],
    "museum_note": ["Las piezas quedan bajo custodia del Museo Nacional de Costa Rica."],
    "finds_prompt": [
        "¿Encontró una pieza arqueológica en su terreno? Repórtela al Museo Nacional; venderla es ilegal."
    ],
    "gov_strip": ["Gobierno | Ministerios | La Gaceta | SICOP | Trámites"],
    "tender_badge": ["LICITACIÓN PÚBLICA", "CONTRATACIÓN ADMINISTRATIVA"],
    "tender_box": [
        "Objeto de la contratación\n"
        "Partida 1: recarpeteo de 6 km de camino cantonal · Partida 2: cunetas y alcantarillas\n"
        "Procedimiento: licitación mayor en SICOP"
    ],
    "deadline_box": ["Recepción de ofertas\nÚnicamente por medio de SICOP; no se aceptan ofertas en papel"],
    "docs_note": ["El cartel está disponible sin costo en el sistema de compras públicas."],
    "contact_box": ["Consultas\nProveeduría municipal, segundo piso del palacio municipal · lunes a viernes"],
    "zoo_hours": ["Abierto todos los días de 8 a. m. a 4 p. m. | Tarifas | Voluntariado | Cómo llegar"],
    "zoo_menu": ["Ambiente | Fauna | Rescate | Educación | Visitas"],
    "hero_caption": [
        "La cría descansa junto a su madre en el recinto.\nFoto: centro de rescate",
        "Primer control veterinario del recién nacido.\nFoto: cortesía",
    ],
    "animal_box": [
        "Ficha\nEspecie: perezoso de dos dedos (Choloepus hoffmanni) · Estado: preocupación menor\n"
        "Gestación: unos 11 meses · Crías: una por parto"
    ],
    "visit_prompt": ["Si visita el centro, respete la distancia y no use flash."],
    "name_prompt": ["¿Cómo debería llamarse? Deje su propuesta en los comentarios."],
    "ticket_ad": ["Patrocinado: entrada 2x1 para residentes los martes"],
    "services_bar": ["Municipalidad | Recolección | Patentes | Impuestos | Trámites en línea"],
    "pickup_box": [
        "Nuevo horario de recolección\n"
        "Distritos Carmen y Merced: lunes y jueves · Hospital y Catedral: martes y viernes\n"
        "Reciclaje: miércoles cada quince días"
    ],
    "sorting_box": [
        "Recuerde\nSaque la basura la noche anterior, en bolsas cerradas · Los no tradicionales van en campaña aparte"
    ],
    "hotline_note": ["Si el camión no pasó, repórtelo a la línea de servicio al cliente de la municipalidad."],
    "calendar_prompt": ["Descargue el calendario de recolección de su distrito."],
    "film_bar": ["Cine | Cartelera | Estrenos | Streaming | Reseñas"],
    "chart_kicker": ["TAQUILLA", "FIN DE SEMANA"],
    "chart_box": [
        "Lo más visto del fin de semana\n1. Corredores del arrecife – ₡41,2 millones · "
        "2. La frontera callada – ₡27,8 millones\n"
        "3. Noche de faroles – ₡15,6 millones · 4. Tío Pájaro – ₡8,9 millones\n"
        "5. Camino de sal – ₡5,1 millones"
    ],
    "figures_note": ["Cifras estimadas de las distribuidoras, de jueves a domingo."],
    "tickets_ad": ["Patrocinado: compre sus entradas en línea y evite la fila"],
}

PHRASES["pt"] = {  # Guinea-Bissau
    "months": _parts("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "mon_abbr": _parts("jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez."),
    "wd_abbr": _parts(
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
        "seg. ter. qua. qui. sex. sáb. dom.",
    ),
    "names": [
        "Aladje Fatumata Braima Cadi Quintino Adama Suzana Mamadú Nelson Domingas",
        "Embaló Sanhá Mané Djaló Baldé Cassamá Nhaga Indjai Có Vieira",
    ],
    "cities": ["Bissau", "Bafatá", "Gabú", "Cacheu", "Bolama", "Buba", "Canchungo", "Bubaque"],
    "quote": ["«{}»"],
    "and": ["e"],
    "local_beach": ["{d} de {month:cap} de {y}", "{dd}/{mm}/{y} - {h}h{mi}"],
    "local_wed": ["{wd:cap}, {d} de {month:cap} de {y}", "{dd}.{mm}.{y}"],
    "local_book": ["{d} de {month} de {y} · {month:read={mi}} min. de leitura", "{dd}-{mm}-{y}"],
    "local_dig": ["{d} de {month:cap} de {y}", "{dd}/{mm}/{y}"],
    "glue_dig": ["Bissau, {d} (ANG) – ", "{C}, {d} (ANG). ", "{C}, {d}. – "],
    "local_tender": ["{d} de {month:cap} de {y}", "{dd}/{mm}/{y}"],
    "local_zoo": ["{dd}/{mm}/{y} às {hm}", "{d} {mon} {y}"],
    "local_waste": ["{wd:cap}, {d} de {month} de {y}", "Actualizado em {dd}/{mm}/{y}, {month:upd={h}{mi}}"],
    "local_box": ["{d} de {month} de {y} · {month:vwd={dd}{mi}} visualizações", "{dd}/{mm}/{y} {hm}"],
    "published": ["Anúncio publicado em {d}", "Data do anúncio: {d}"],
    "hl_beach": ["{t}", "Praias: {t}", "{q}"],
    "hl_wed": ["{t}", "Casamento: {t}"],
    "hl_book": ["{t}", "Prémio literário: {t}"],
    "hl_dig": ["{t}", "Arqueologia: {t}", "{q}"],
    "hl_tender": ["{t}", "Concurso público: {t}"],
    "hl_zoo": ["{t}", "Parque de Orango: {t}"],
    "hl_waste": ["{t}", "Recolha de lixo: {t}"],
    "hl_box": ["{t}", "Bilheteira: {t}", "{q}"],
    "by_beach": ["Por {a}", "{a}"],
    "by_wed": ["{a}", "Texto: {a}"],
    "by_book": ["Por {a}", "{a}"],
    "by_dig": ["Reportagem assinada por {a}", "{a}"],
    "by_tender": ["{a}"],
    "by_zoo": ["{a}, correspondente em Bubaque", "Por {a}"],
    "by_waste": ["Por {a}", "{a}"],
    "by_box": ["Por {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "Telegram", "E-mail", "Copiar o endereço da página"],
    "icons": ICONS24,
    "home": ["Capa"],
    "sections": ["Nacional", "Regiões", "Ambiente", "Cultura", "Sociedade", "Economia"],
    "caption_credit": ["{c}. Foto de {n}", "{c} (Fotografia de {n})", "{c}. Foto de arquivo"],
    "photo": ["Foto de {n}", "Imagem: {n}"],
    "comments": ["{n} comentários — comente", "{n} leitores comentaram"],
    "tags": ["Palavras-chave desta notícia: {t}", "Assuntos desta notícia: {t}"],
    "newsletter": ["Receba às sextas-feiras a nossa carta de livros: lançamentos, prémios e autores guineenses"],
    "rights": [
        "© {y} {site}. Bissau, Guiné-Bissau. Reprodução proibida sem autorização",
        "{site} {y} · Estatuto editorial · Contactos",
    ],
    "related_head": ["Também pode interessar", "Outras notícias"],
    "ad": ["PUBLICIDADE", "Espaço publicitário"],
    "read_also": ["Leia mais: {t}", "Relacionado: {t}"],
    "gallery": ["{t} — foto {i}/{k}", "Fotogaleria ({i} de {k}): {t}"],
    "title_site": ["{t} | {site}", "{site} - {t}"],
    "listen": ["Ouvir este artigo ({n} min.)", "Tempo de leitura: {n} minutos"],
    "share": ["Partilhe o novo horário com os vizinhos do bairro"],
    "follow": ["Acompanhe-nos no Facebook e no WhatsApp"],
    "cookie": ["Utilizamos cookies para melhorar a sua experiência. Ao continuar, concorda. Fechar"],
    "beach_menu": ["Nacional | Ambiente | Turismo | Saúde | Pescas"],
    "sample_box": [
        "Últimas análises\nBoa qualidade: Varela, praia de Bruce em Bubaque · Qualidade aceitável: Quinhámel\n"
        "Banho desaconselhado: orla de Bissau junto ao porto"
    ],
    "flag_key": [
        "Legenda\nVerde: banho permitido · Amarela: cuidado, sobretudo com crianças · Vermelha: banho proibido"
    ],
    "lab_note": ["As amostras são analisadas pelo Laboratório Nacional de Saúde Pública."],
    "swim_prompt": ["Viu lixo ou esgoto numa praia? Envie-nos a fotografia."],
    "society_menu": ["Sociedade | Casamentos | Nascimentos | Aniversários | Comunidade"],
    "couple_caption": [
        "Os noivos à saída da Sé Catedral de Bissau.\nFoto: família",
        "O casal durante a festa, em Bissau Velho.\nFoto: Estúdio Pidjiguiti",
    ],
    "ceremony_box": [
        "A cerimónia\nCasamento civil na conservatória, bênção na Sé Catedral\n"
        "Padrinhos: irmãos dos noivos · Festa: salão do bairro de Ajuda"
    ],
    "announce_prompt": ["Vai casar-se? Envie-nos o anúncio e uma fotografia para publicação gratuita."],
    "books_menu": ["Cultura | Livros | Música | Cinema | Tradições"],
    "prize_kicker": ["PRÉMIO LITERÁRIO", "FINALISTAS"],
    "shortlist_box": [
        "Os finalistas\nRomance: três obras publicadas em Bissau e em Lisboa\n"
        "Poesia: dois livros, em português e em crioulo\nConto: quatro colectâneas"
    ],
    "jury_note": ["O júri apreciou 33 obras de autores guineenses."],
    "ceremony_note": ["O vencedor será anunciado numa cerimónia no Centro Cultural Português."],
    "heritage_menu": ["Cultura | Património | Arqueologia | História | Museus"],
    "dig_kicker": ["ARQUEOLOGIA", "DESCOBERTA"],
    "site_box": [
        "O sítio\nÉpoca: concheiros pré-coloniais, séculos IX a XV · Região: Tombali\n"
        "Escavação: INEP com uma universidade parceira"
    ],
    "museum_note": ["As peças ficam à guarda do Instituto Nacional de Estudos e Pesquisa."],
    "finds_prompt": ["Encontrou objectos antigos no seu terreno? Comunique ao INEP."],
    "gov_strip": ["Governo | Ministérios | Boletim Oficial | Concursos | Avisos"],
    "tender_badge": ["ANÚNCIO DE CONCURSO", "CONTRATAÇÃO PÚBLICA"],
    "tender_box": [
        "Objecto do concurso\nLote 1: reabilitação de 9 km de estrada regional · Lote 2: drenagem\n"
        "Modalidade: concurso público nacional"
    ],
    "deadline_box": [
        "Entrega das propostas\nEm envelope fechado na Direcção-Geral dos Contratos Públicos, contra recibo"
    ],
    "docs_note": ["O caderno de encargos pode ser levantado mediante pagamento de 50 000 FCFA."],
    "contact_box": ["Esclarecimentos\nDirecção-Geral dos Contratos Públicos, Bissau · dias úteis, das 8h às 14h"],
    "zoo_hours": ["Visitas diárias das 8h às 17h | Guias | Alojamento | Como chegar"],
    "zoo_menu": ["Ambiente | Fauna | Parques | Conservação | Turismo"],
    "hero_caption": [
        "A cria junto da mãe, na lagoa.\nFoto: guardas do parque",
        "Os primeiros dias do recém-nascido.\nFoto: IBAP",
    ],
    "animal_box": [
        "A espécie em números\nEspécie: hipopótamo (Hippopotamus amphibius) · Estatuto: vulnerável\n"
        "Gestação: cerca de 8 meses · Crias: uma por parto"
    ],
    "visit_prompt": ["Se visitar o parque, mantenha a distância e siga sempre o guia."],
    "name_prompt": ["Que nome daria à cria? Deixe a sua sugestão nos comentários."],
    "ticket_ad": ["Patrocinado: pacote de fim-de-semana em Orango com barco incluído"],
    "services_bar": ["Câmara Municipal | Saneamento | Mercados | Licenças | Taxas"],
    "pickup_box": [
        "Novo horário de recolha\nBairros centrais: segunda e quinta · Bairros periféricos: terça e sexta\n"
        "Mercado de Bandim: todas as noites depois das 19h"
    ],
    "sorting_box": ["Atenção\nColoque o lixo em sacos fechados · Não deite lixo nas valas"],
    "hotline_note": ["As falhas de recolha podem ser comunicadas aos serviços de saneamento da Câmara."],
    "calendar_prompt": ["Consulte o calendário de recolha do seu bairro na página da Câmara."],
    "film_bar": ["Cinema | Em cartaz | Estreias | Séries | Críticas"],
    "chart_kicker": ["BILHETEIRA", "FIM-DE-SEMANA"],
    "chart_box": [
        "Os mais vistos do fim-de-semana\n"
        "1. Corredores do recife – 1 480 espectadores · 2. A fronteira calada – 1 020\n"
        "3. Noite das lanternas – 760 · 4. Tio Pássaro – 410\n5. Caminho do sal – 230"
    ],
    "figures_note": ["Números das salas de Bissau, de sexta a domingo, provisórios."],
    "tickets_ad": ["Patrocinado: bilhetes pelo telemóvel com Orange Money"],
}

PHRASES["ru"] = {  # Uzbekistan
    "months": _parts("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "mon_abbr": _parts("янв. февр. марта апр. мая июня июля авг. сент. окт. нояб. дек."),
    "wd_abbr": _parts("понедельник вторник среда четверг пятница суббота воскресенье", "Пн Вт Ср Чт Пт Сб Вс"),
    "names": [
        "Шерзод Бахтиёр Улугбек Жасур Отабек Фаррух Санжар Дилшод Азиз Тимур",
        "Каримов Рахимов Юсупов Турсунов Мирзаев Ахмедов Хасанов Назаров Исмоилов Усманов",
    ],
    "cities": ["Ташкент", "Самарканд", "Бухара", "Наманган", "Андижан", "Фергана", "Нукус", "Хива"],
    "quote": ["«{}»"],
    "and": ["и"],
    "local_beach": ["{dd}.{mm}.{y} {hm}", "{d} {month} {y}, {hm}"],
    "local_wed": ["{d} {month} {y}", "{wd:cap}, {d} {month} {y} г."],
    "local_book": ["{d} {month} {y} · читать {month:read={mi}} мин", "{hm} / {dd}.{mm}.{y}"],
    "local_dig": ["{d} {month} {y} г.", "{dd}.{mm}.{y}"],
    "glue_dig": ["ТАШКЕНТ, {d} — УзА. ", "{C}, {d} /Дунё/. ", "{C}, {d} — "],
    "local_tender": ["{dd}.{mm}.{y}", "{d} {month} {y} г."],
    "local_zoo": ["{d} {month} {y}, {hm} · {month:vwr={dd}{mi}}", "{dd}.{mm}.{y}"],
    "local_waste": ["{wd:cap}, {dd}.{mm}.{y}", "{d} {month} {y}, {hm} (изменено в {month:upd={h}{mi}})"],
    "local_box": ["{d} {month} {y} · {month:vwr={dd}{mi}}", "{hm} / {dd}.{mm}.{y}"],
    "published": ["Объявление размещено {d}", "Объявление от {d}"],
    "hl_beach": ["{t}", "Зоны отдыха: {t}", "{q}"],
    "hl_wed": ["{t}", "Свадьба: {t}"],
    "hl_book": ["{t}", "Литературная премия: {t}", "«{t}»"],
    "hl_dig": ["{t}", "Археология: {t}", "{q}"],
    "hl_tender": ["{t}", "Тендер: {t}"],
    "hl_zoo": ["{t}", "Пополнение в зоопарке: {t}"],
    "hl_waste": ["{t}", "Вывоз мусора: {t}"],
    "hl_box": ["{t}", "Кинопрокат: {t}", "{q}"],
    "by_beach": ["{a}", "Репортаж — {a}"],
    "by_wed": ["{a}", "Материал подготовил {a}"],
    "by_book": ["{a}", "Литературный обзор: {a}"],
    "by_dig": ["Подготовка материала: {a}", "{a}"],
    "by_tender": ["{a}"],
    "by_zoo": ["{a}, корреспондент в Ташкенте", "{a}"],
    "by_waste": ["{a}", "Подготовка материала: {a}"],
    "by_box": ["{a}", "Обзор: {a}"],
    "social": ["Telegram", "Facebook", "WhatsApp", "ВКонтакте", "Одноклассники", "Копировать адрес"],
    "icons": ICONS24,
    "home": ["На главную"],
    "sections": ["Узбекистан", "Регионы", "Экология", "Культура", "Общество", "Экономика"],
    "caption_credit": ["{c}. Фотограф {n}", "{c}. Снимок пресс-службы", "{c} (фото из архива)"],
    "photo": ["Фотограф: {n}", "Снимок: {n}"],
    "comments": ["Что думают читатели ({n})", "Комментарии — {n} · Обсудить"],
    "tags": ["Метки: {t}", "Тема: {t}"],
    "newsletter": ["Книжная рассылка по пятницам: новинки, премии и встречи с авторами"],
    "rights": [
        "© {y} {site}. Ташкент, Узбекистан. При цитировании ссылка обязательна",
        "{site} · {y} · Реклама на сайте · Контакты",
    ],
    "related_head": ["Ещё по теме", "Читают сейчас"],
    "ad": ["РЕКЛАМА", "Материал партнёра"],
    "read_also": ["Ранее сообщалось: {t}", "Также по теме → {t}"],
    "gallery": ["{t} — фото {i} из {k}", "Галерея ({i}/{k}): {t}"],
    "title_site": ["{t} – {site}", "{site}: {t}"],
    "listen": ["Прослушать ({n} мин)", "Время на чтение: {n} мин"],
    "share": ["Перешлите график соседям по махалле"],
    "follow": ["Наш Telegram-канал — новости первыми"],
    "cookie": ["Сайт использует cookie. Оставаясь на сайте, вы принимаете условия. Принять"],
    "beach_menu": ["Новости | Экология | Туризм | Здоровье | Погода"],
    "sample_box": [
        "Результаты проб воды\nСоответствуют нормам: пляжи Чарвака, Бурчмуллы и Юсуфхоны\n"
        "Купаться не рекомендуется: каналы и Анхор в черте Ташкента"
    ],
    "flag_key": ["Обозначения\nЗелёный флаг: купаться можно · Жёлтый: осторожно · Красный: купание запрещено"],
    "lab_note": ["Пробы воды исследует служба санитарно-эпидемиологического благополучия."],
    "swim_prompt": ["Видели сброс стоков в водоём? Пришлите фото в наш Telegram-бот."],
    "society_menu": ["Общество | Свадьбы | Торжества | Юбилеи | Махалля"],
    "couple_caption": [
        "Молодожёны после церемонии во дворце бракосочетаний.\nФото из семейного архива",
        "Жених и невеста на утреннем плове у родителей.\nФото: фотостудия «Навруз»",
    ],
    "ceremony_box": [
        "Торжество\nРегистрация брака: ЗАГС Мирабадского района · Никох: в махаллинской мечети\n"
        "Той: ресторан на 400 гостей, с карнаем и сурнаем"
    ],
    "announce_prompt": ["Поздравьте близких на нашем сайте: пришлите текст и фото пары."],
    "books_menu": ["Культура | Книги | Театр | Кино | Наследие"],
    "prize_kicker": ["ЛИТЕРАТУРНАЯ ПРЕМИЯ", "КОРОТКИЙ СПИСОК"],
    "shortlist_box": [
        "Финалисты\nПроза: три романа на русском и узбекском языках\n"
        "Поэзия: два сборника\nДетская книга: четыре повести"
    ],
    "jury_note": ["Жюри рассмотрело 86 произведений, присланных издательствами."],
    "ceremony_note": ["Победителей наградят на церемонии в Доме писателей в Ташкенте."],
    "heritage_menu": ["Культура | Археология | Музеи | История | Наследие"],
    "dig_kicker": ["АРХЕОЛОГИЯ", "НАХОДКА"],
    "site_box": [
        "О памятнике\nЭпоха: раннее Средневековье, V–VIII века · Место: городище в Сурхандарьинской области\n"
        "Раскопки: Институт археологии и международная экспедиция"
    ],
    "museum_note": ["Находки передадут на реставрацию, затем их покажут в Государственном музее истории Узбекистана."],
    "finds_prompt": ["Нашли древний предмет? Сообщите в хокимият района — находки охраняются законом."],
    "gov_strip": ["Хокимият | Постановления | Госзакупки | Вакансии | Обращения"],
    "tender_badge": ["ОБЪЯВЛЕНИЕ О ТЕНДЕРЕ", "ГОСЗАКУПКИ"],
    "tender_box": [
        "Предмет закупки\nЛот 1: ремонт 7 км внутриквартальных дорог · Лот 2: уличное освещение\n"
        "Способ: электронный тендер на специальном портале"
    ],
    "deadline_box": ["Приём предложений\nТолько в электронном виде; предложения на бумаге не рассматриваются"],
    "docs_note": ["Тендерная документация размещена на портале бесплатно."],
    "contact_box": ["Справки\nОтдел закупок хокимията, кабинет 214 · по рабочим дням с 9:00 до 18:00"],
    "zoo_hours": ["Работаем ежедневно 9:00–19:00 | Билеты | Экскурсии | Опека над животными"],
    "zoo_menu": ["Город | Животные | Природа | Семья | Досуг"],
    "hero_caption": [
        "Малыш держится рядом с матерью.\nФото: Ташкентский зоопарк",
        "Первый выход детёныша в вольер.\nФото: пресс-служба зоопарка",
    ],
    "animal_box": [
        "Справка\nВид: бухарский олень (Cervus hanglu bactrianus) · Статус: охраняемый\n"
        "Беременность: около 8 месяцев · Детёнышей: обычно один"
    ],
    "visit_prompt": ["Совет посетителям: малыша лучше всего видно утром, до полуденной жары."],
    "name_prompt": ["Предложите имя для малыша в комментариях."],
    "ticket_ad": ["Реклама: семейный билет со скидкой по будням"],
    "services_bar": ["Хокимият | Благоустройство | Вывоз отходов | Услуги | Приёмная"],
    "pickup_box": [
        "Новый график вывоза\nЮнусабад и Шайхантахур: понедельник и четверг · Чиланзар и Сергели: вторник и пятница\n"
        "Частный сектор: среда и суббота"
    ],
    "sorting_box": [
        "Напоминаем\nВыносите мусор в контейнеры, а не на обочину · Строительный мусор вывозится по заявке"
    ],
    "hotline_note": ["О пропущенном вывозе можно сообщить по телефону доверия хокимията."],
    "calendar_prompt": ["Скачайте график вывоза для своей махалли."],
    "film_bar": ["Кино | Афиша | Скоро | Сериалы | Рецензии"],
    "chart_kicker": ["КАССОВЫЕ СБОРЫ", "ИТОГИ УИК-ЭНДА"],
    "chart_box": [
        "Лидеры проката за выходные\n1. «Бегущие по рифу» — 612 млн сумов · 2. «Тихая граница» — 398 млн\n"
        "3. «Ночь фонарей» — 240 млн · 4. «Дядя Птица» — 131 млн\n5. «Соляная дорога» — 74 млн"
    ],
    "figures_note": ["Данные кинотеатров Ташкента с пятницы по воскресенье, предварительные."],
    "tickets_ad": ["Реклама: билеты в кино онлайн через мобильное приложение банка"],
}

PHRASES["ar"] = {  # Kuwait
    "months": _parts("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),
    "mon_abbr": _parts("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),
    "wd_abbr": _parts("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"),
    "names": [
        "فهد بدر مشاري يوسف عبدالعزيز نواف دلال نورة حصة منيرة",
        "العنزي المطيري الرشيدي العجمي الشمري الكندري بهبهاني الخرافي الصقر القناعي",
    ],
    "ends": ["؟"],
    "qmarks": ["؟"],
    "author_sep": ["، "],
    "cities": ["الكويت", "حولي", "الجهراء", "الأحمدي", "الفروانية", "السالمية", "الفحيحيل", "الجابرية"],
    "quote": ['"{}"'],
    "and": ["و"],
    "local_beach": ["{wd} {d} {month} {y}", "{dd}-{mm}-{y} | {hm}"],
    "local_wed": ["{d} {month} {y}", "{wd}، {month:ai={d}} {month} {month:ai={y}}"],
    "local_book": ["{d} {month} {y} · {month:read={mi}} دقائق للقراءة", "{y}/{mm}/{dd}"],
    "local_dig": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
    "glue_dig": ["الكويت - {d} (كونا) -- ", "{C} في {d}: ", "{C}، {d}: "],
    "local_tender": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
    "local_zoo": ["{wd} {d} {month} {y} - {h12:02d}:{mi} {month:arap={h}}", "{dd}/{mm}/{y}"],
    "local_waste": ["{wd}، {d} {month} {y}", "آخر تعديل: {dd}/{mm}/{y} {month:upd={h}{mi}}"],
    "local_box": ["{d} {month} {y} | المشاهدات: {month:vw={dd}{mi}}", "{dd}-{mm}-{y} {hm}"],
    "published": ["تاريخ الإعلان: {d}", "نُشر بتاريخ {d}"],
    "hl_beach": ["{t}", "جودة مياه الشواطئ: {t}", "{q}"],
    "hl_wed": ["{t}", "أفراح: {t}"],
    "hl_book": ["{t}", "جائزة أدبية: {t}"],
    "hl_dig": ["{t}", "آثار فيلكا: {t}", "{q}"],
    "hl_tender": ["{t}", "مناقصة عامة: {t}"],
    "hl_zoo": ["{t}", "مولود جديد: {t}"],
    "hl_waste": ["{t}", "النظافة: {t}"],
    "hl_box": ["{t}", "شباك التذاكر: {t}", "{q}"],
    "by_beach": ["تحرير: {a}", "{a}"],
    "by_wed": ["{a}", "تغطية: {a}"],
    "by_book": ["{a}", "تحرير: {a}"],
    "by_dig": ["تحقيق وتصوير: {a}", "{a}"],
    "by_tender": ["{a}"],
    "by_zoo": ["{a} - العمرية", "{a}"],
    "by_waste": ["{a}", "تحرير: {a}"],
    "by_box": ["{a}", "كتابة: {a}"],
    "social": ["فيسبوك", "واتساب", "إكس", "سناب شات", "تيليغرام", "انسخ الرابط"],
    "icons": ICONS24,
    "home": ["صفحة البداية"],
    "sections": ["محليات", "المحافظات", "بيئة", "ثقافة", "مجتمع", "اقتصاد"],
    "caption_credit": ["{c} (تصوير {n})", "{c} - كونا", "{c} - صورة من الأرشيف"],
    "photo": ["تصوير {n}", "الصورة: {n}"],
    "comments": ["التعليقات: {n} · شارك برأيك", "اقرأ التعليقات ({n})"],
    "tags": ["الوسوم: {t}", "موضوعات مرتبطة: {t}"],
    "newsletter": ["نشرة الكتب الأسبوعية: إصدارات جديدة وجوائز وأمسيات أدبية في الكويت"],
    "rights": ["جميع الحقوق محفوظة © {y} {site} - دولة الكويت", "{site} {y} · الشروط والأحكام · أعلن معنا"],
    "related_head": ["اقرأ المزيد", "مواضيع مشابهة"],
    "ad": ["إعلان تجاري", "محتوى مدفوع"],
    "read_also": ["ذات صلة: {t}", "طالع أيضًا: {t}"],
    "gallery": ["{t} - الصورة {i} من {k}", "معرض الصور ({i}/{k}): {t}"],
    "title_site": ["{t} - {site}", "{site} | {t}"],
    "listen": ["استمع للمقال ({n} د)", "مدة القراءة: {n} د"],
    "share": ["أرسل الجدول الجديد لجيرانك"],
    "follow": ["تابعونا على سناب شات وإنستغرام"],
    "cookie": ["نستخدم ملفات الارتباط (كوكيز) لتحسين تصفحك. باستمرارك توافق على ذلك. حسنًا"],
    "beach_menu": ["محليات | بيئة | صحة | سياحة | طقس"],
    "sample_box": [
        "نتائج آخر فحص\nصالحة للسباحة: شاطئ المسيلة، العقيلة، الخيران\n"
        "غير صالحة مؤقتًا: شاطئ الشويخ وقرب مخارج مياه الأمطار"
    ],
    "flag_key": ["دلالة الأعلام\nأخضر: السباحة آمنة · أصفر: توخَّ الحذر · أحمر: السباحة ممنوعة"],
    "lab_note": ["تُجري الهيئة العامة للبيئة الفحوص بصورة دورية على طول الساحل."],
    "swim_prompt": ["لاحظت تلوثًا أو نفوق أسماك؟ أرسل لنا صورة عبر واتساب."],
    "society_menu": ["مجتمع | أفراح | مواليد | تهانٍ | دواوين"],
    "couple_caption": [
        "العريس مع أهله وأصدقائه في الديوانية ليلة العرس.\nالصورة من العائلة",
        "جانب من حفل الزفاف في صالة الأفراح.\nتصوير: استوديو خاص",
    ],
    "ceremony_box": [
        "تفاصيل الحفل\nعقد القران: في ديوان العائلة بحضور المأذون\n"
        "الاستقبال: صالة أفراح في الجابرية · حفل النساء: في اليوم التالي"
    ],
    "announce_prompt": ["لنشر تهاني الزواج والمواليد أرسلوا النص والصورة إلى قسم المجتمع."],
    "books_menu": ["ثقافة | كتب | مسرح | فنون | تراث"],
    "prize_kicker": ["جائزة أدبية", "القائمة القصيرة"],
    "shortlist_box": [
        "المرشحون\nالرواية: ثلاثة أعمال لكتّاب كويتيين وخليجيين\nالشعر: ديوانان بالفصحى والنبطي\n"
        "أدب الطفل: أربع قصص مصورة"
    ],
    "jury_note": ["قرأت لجنة التحكيم 58 عملًا تقدمت بها دور النشر."],
    "ceremony_note": ["تُعلن أسماء الفائزين في حفل يقام في مركز الشيخ جابر الأحمد الثقافي."],
    "heritage_menu": ["ثقافة | آثار | متاحف | تاريخ | تراث"],
    "dig_kicker": ["آثار", "اكتشاف أثري"],
    "site_box": [
        "عن الموقع\nالحقبة: الفترة الهلنستية وما قبلها · الموقع: جزيرة فيلكا\n"
        "البعثة: بعثة مشتركة مع المجلس الوطني للثقافة والفنون والآداب"
    ],
    "museum_note": ["تُنقل اللقى إلى متحف الكويت الوطني بعد ترميمها."],
    "finds_prompt": ["عثرت على قطعة أثرية؟ أبلغ إدارة الآثار والمتاحف، فالاتجار بها مخالف للقانون."],
    "gov_strip": ["بوابة الحكومة | الوزارات | الكويت اليوم | المناقصات | الوظائف"],
    "tender_badge": ["إعلان مناقصة", "الجهاز المركزي للمناقصات العامة"],
    "tender_box": [
        "موضوع المناقصة\nالبند الأول: صيانة طرق داخلية بطول 5 كم · البند الثاني: أعمال إنارة\n"
        "التأهيل: للشركات المسجلة والمصنفة لدى الجهاز"
    ],
    "deadline_box": ["تقديم العطاءات\nفي المظاريف المختومة بصندوق العطاءات، ولا يُلتفت لأي عطاء يصل بعد الموعد"],
    "docs_note": ["تُباع وثائق المناقصة بمبلغ 200 دينار غير قابلة للرد."],
    "contact_box": ["للاستفسار\nإدارة العقود، مبنى الوزارة، الدور الثالث · أيام الدوام الرسمي"],
    "zoo_hours": ["مفتوحة يوميًا عدا الأحد | التذاكر | المواقف | الرحلات المدرسية"],
    "zoo_menu": ["محليات | حيوانات | بيئة | عائلة | ترفيه"],
    "hero_caption": [
        "الصغير إلى جانب أمه في الحظيرة.\nتصوير: حديقة الحيوان",
        "أولى خطوات المولود الجديد.\nالصورة من الهيئة العامة للزراعة",
    ],
    "animal_box": [
        "بطاقة تعريف\nالنوع: المها العربي (Oryx leucoryx) · الحالة: معرض للخطر\n"
        "مدة الحمل: نحو 8 أشهر · عدد المواليد: واحد"
    ],
    "visit_prompt": ["نصيحة للزوار: أفضل وقت لرؤية الصغير في الصباح الباكر قبل اشتداد الحر."],
    "name_prompt": ["اقترح اسمًا للمولود في خانة التعليقات."],
    "ticket_ad": ["برعاية: خصم على تذاكر العائلة في عطلة نهاية الأسبوع"],
    "services_bar": ["البلدية | النظافة | التراخيص | المخالفات | الخدمات الإلكترونية"],
    "pickup_box": [
        "المواعيد الجديدة لرفع المخلفات\nمحافظتا العاصمة وحولي: يوميًا بعد منتصف الليل\n"
        "الجهراء والأحمدي: مرتين في اليوم · المناطق الصناعية: صباحًا فقط"
    ],
    "sorting_box": ["تنبيه\nيُمنع رمي المخلفات خارج الحاويات · مخلفات البناء تُنقل إلى المرادم المخصصة"],
    "hotline_note": ["يمكن الإبلاغ عن تأخر رفع المخلفات عبر الخط الساخن للبلدية."],
    "calendar_prompt": ["حمّل جدول رفع المخلفات لمنطقتك من تطبيق البلدية."],
    "film_bar": ["سينما | يُعرض الآن | قريبًا | مسلسلات | مراجعات"],
    "chart_kicker": ["شباك التذاكر", "إيرادات الأسبوع"],
    "chart_box": [
        "الأعلى إيرادًا في عطلة نهاية الأسبوع\n1. عدّاؤو الشعاب - 48,300 دينار · 2. الحدود الصامتة - 31,900 دينار\n"
        "3. ليلة الفوانيس - 19,250 دينار · 4. العم طائر - 10,400 دينار\n5. طريق الملح - 6,700 دينار"
    ],
    "figures_note": ["الأرقام تقديرية من شركات التوزيع من الخميس إلى السبت."],
    "tickets_ad": ["برعاية: احجز مقعدك عبر التطبيق واحصل على فشار مجاني"],
}

PHRASES["it"] = {  # San Marino
    "months": _parts("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "mon_abbr": _parts("gen feb mar apr mag giu lug ago set ott nov dic"),
    "wd_abbr": _parts("lunedì martedì mercoledì giovedì venerdì sabato domenica", "lun mar mer gio ven sab dom"),
    "names": [
        "Matteo Federica Nicola Elena Simone Giorgia Loris Sara Emanuele Monica",
        "Gasperoni Zonzini Guidi Casadei Ceccoli Mularoni Beccari Stefanelli Selva Bollini",
    ],
    "cities": ["Borgo Maggiore", "Serravalle", "Domagnano", "Fiorentino", "Faetano", "Acquaviva", "Dogana"],
    "quote": ["“{}”"],
    "and": ["e"],
    "local_beach": ["{wd} {d} {month} {y}", "{dd}/{mm}/{y} - {h}:{mi}"],
    "local_wed": ["{d} {month} {y}", "{wd:cap}, {dd}.{mm}.{y}"],
    "local_book": ["{d} {month} {y} · Tempo di lettura: {month:read={mi}} min", "{dd}/{mm}/{y}"],
    "local_dig": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
    "glue_dig": ["SAN MARINO, {d} – ", "{C}, {d}. – ", "{C} – {d} – "],
    "local_tender": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
    "local_zoo": ["{wd:cap} {d} {month} {y} ore {h}:{mi}", "{dd}.{mm}.{y}"],
    "local_waste": ["{dd}/{mm}/{y}", "Aggiornato il {d} {mon} {y} alle {month:upd={h}{mi}}"],
    "local_box": ["{d} {month} {y} · {month:vwd={dd}{mi}} letture", "{dd}/{mm}/{y} {hm}"],
    "published": ["Avviso pubblicato il {d}", "Avviso del {d}"],
    "hl_beach": ["{t}", "Balneazione: {t}"],
    "hl_wed": ["{t}", "Fiori d'arancio: {t}"],
    "hl_book": ["{t}", "Premio letterario: {t}", "“{t}”"],
    "hl_dig": ["{t}", "Archeologia: {t}"],
    "hl_tender": ["{t}", "Bando di gara: {t}"],
    "hl_zoo": ["{t}", "Nuovo arrivo: {t}"],
    "hl_waste": ["{t}", "Raccolta differenziata: {t}"],
    "hl_box": ["{t}", "Box office: {t}"],
    "by_beach": ["di {a}", "{a}"],
    "by_wed": ["{a}", "Annuncio a cura di {a}"],
    "by_book": ["di {a}", "{a}"],
    "by_dig": ["Reportage di {a}", "{a}"],
    "by_tender": ["{a}"],
    "by_zoo": ["{a} (redazione)", "di {a}"],
    "by_waste": ["di {a}", "{a}"],
    "by_box": ["di {a}", "{a}"],
    "social": ["Facebook", "WhatsApp", "X", "Telegram", "Email", "Copia link"],
    "icons": ICONS24,
    "home": ["Apertura"],
    "sections": ["Interni", "Castelli", "Ambiente", "Cultura", "Cronaca", "Economia"],
    "caption_credit": ["{c} (ph. {n})", "{c}. Ph. {n}", "{c}. Foto d'archivio"],
    "photo": ["Ph. {n}", "Foto di {n}"],
    "comments": ["{n} commenti · Di' la tua", "Leggi i commenti ({n})"],
    "tags": ["Argomenti correlati: {t}", "Tag: {t}"],
    "newsletter": ["Iscriviti alla newsletter Libri: uscite, premi e presentazioni ogni venerdì"],
    "rights": [
        "© {y} {site} – Repubblica di San Marino – Riproduzione riservata",
        "{site} {y} · Redazione · Pubblicità · Privacy",
    ],
    "related_head": ["Ti potrebbe interessare", "Ultime notizie"],
    "ad": ["PUBBLICITÀ", "Spazio sponsorizzato"],
    "read_also": ["Da leggere: {t}", "Approfondimento → {t}"],
    "gallery": ["{t} – foto {i} di {k}", "Fotogallery ({i}/{k}): {t}"],
    "title_site": ["{t} - {site}", "{site} | {t}"],
    "listen": ["▶ Ascolta ({n} minuti)", "Lettura: {n} minuti"],
    "share": ["Inoltra il nuovo calendario ai tuoi vicini"],
    "follow": ["Resta aggiornato: seguici su Instagram e Facebook"],
    "cookie": ["Questo sito utilizza cookie tecnici e di terze parti. Proseguendo ne accetti l'uso. Accetta"],
    "beach_menu": ["Attualità | Ambiente | Turismo | Salute | Meteo"],
    "sample_box": [
        "Esiti degli ultimi prelievi\nEccellente: Rimini nord, Riccione, Cattolica · Buona: Bellaria\n"
        "Divieto temporaneo: 50 metri a destra e a sinistra delle foci dopo i temporali"
    ],
    "flag_key": ["Legenda\nBandiera verde: balneazione consentita · Bandiera rossa: divieto temporaneo di balneazione"],
    "lab_note": ["I campioni sono analizzati dall'agenzia regionale per l'ambiente."],
    "swim_prompt": ["Hai notato schiuma o chiazze in mare? Mandaci una foto."],
    "society_menu": ["Società | Matrimoni | Nascite | Anniversari | Lauree"],
    "couple_caption": [
        "Gli sposi all'uscita dalla Basilica del Santo.\nFoto: famiglia",
        "Il taglio della torta al ricevimento a Borgo Maggiore.\nPh. Studio Titano",
    ],
    "ceremony_box": [
        "Il matrimonio\nRito civile a Palazzo Pubblico, seguito dalla cerimonia religiosa in Basilica\n"
        "Testimoni: i fratelli degli sposi · Ricevimento: ristorante in Città"
    ],
    "announce_prompt": ["Vi siete sposati? Inviateci l'annuncio e una foto, la pubblicazione è gratuita."],
    "books_menu": ["Cultura | Libri | Musica | Teatro | Mostre"],
    "prize_kicker": ["PREMIO LETTERARIO", "LA CINQUINA"],
    "shortlist_box": [
        "I finalisti\nNarrativa: tre romanzi di autori sammarinesi\nPoesia: due raccolte, una in dialetto\n"
        "Saggistica: quattro titoli di storia locale"
    ],
    "jury_note": ["La giuria ha esaminato 44 opere inviate da editori e autori."],
    "ceremony_note": ["La premiazione si terrà al Teatro Titano."],
    "heritage_menu": ["Cultura | Archeologia | Musei | Storia | Beni culturali"],
    "dig_kicker": ["ARCHEOLOGIA", "SCAVI"],
    "site_box": [
        "Il sito\nEpoca: tardoantica e altomedievale, V–VII secolo · Località: Domagnano\n"
        "Scavo: Segreteria di Stato alla Cultura con un'università italiana"
    ],
    "museum_note": ["I reperti saranno restaurati ed esposti al Museo di Stato."],
    "finds_prompt": [
        "Hai trovato reperti durante lavori edili? La segnalazione all'Ufficio Beni Culturali è obbligatoria."
    ],
    "gov_strip": ["Portale PA | Segreterie di Stato | Bollettino Ufficiale | Bandi e gare | Concorsi"],
    "tender_badge": ["BANDO DI GARA", "APPALTI PUBBLICI"],
    "tender_box": [
        "Oggetto dell'appalto\nLotto 1: rifacimento della pavimentazione stradale, 2,3 km · Lotto 2: illuminazione "
        "pubblica\nProcedura: aperta, con offerta economicamente più vantaggiosa"
    ],
    "deadline_box": ["Termine per le offerte\nIn busta chiusa all'Ufficio Protocollo; le offerte tardive sono escluse"],
    "docs_note": ["Il capitolato è scaricabile gratuitamente dalla sezione Bandi del portale."],
    "contact_box": ["Per informazioni\nUfficio Progettazione, Città di San Marino · dal lunedì al venerdì, 8:15–13:30"],
    "zoo_hours": ["Aperto tutti i giorni 9:30–18 | Biglietti | Visite guidate | Adozioni a distanza"],
    "zoo_menu": ["Territorio | Animali | Natura | Famiglie | Tempo libero"],
    "hero_caption": [
        "Il cucciolo accanto alla madre nel recinto.\nFoto: parco faunistico",
        "Il piccolo durante la prima visita veterinaria.\nPh. ufficio stampa",
    ],
    "animal_box": [
        "Scheda\nSpecie: lupo appenninico (Canis lupus italicus) · Stato: protetto\n"
        "Gestazione: circa 63 giorni · Cucciolata: da quattro a sei piccoli"
    ],
    "visit_prompt": ["Consiglio per la visita: i cuccioli si vedono meglio al mattino presto."],
    "name_prompt": ["Aiutaci a scegliere il nome: vota sulla nostra pagina Facebook."],
    "ticket_ad": ["Sponsorizzato: biglietto famiglia scontato nei giorni feriali"],
    "services_bar": ["AASS | Raccolta rifiuti | Acqua | Energia | Sportello online"],
    "pickup_box": [
        "Nuovo calendario porta a porta\nIndifferenziato: martedì · Organico: lunedì e giovedì\n"
        "Carta e plastica: a settimane alterne il venerdì"
    ],
    "sorting_box": ["Ricorda\nEsponi i contenitori la sera prima entro le 24 · Ingombranti solo su prenotazione"],
    "hotline_note": ["Per i mancati ritiri è attivo il numero verde dell'Azienda dei servizi."],
    "calendar_prompt": ["Scarica il calendario della raccolta per il tuo Castello."],
    "film_bar": ["Cinema | In sala | Prossime uscite | Serie TV | Recensioni"],
    "chart_kicker": ["BOX OFFICE", "CLASSIFICA DEL WEEKEND"],
    "chart_box": [
        "I cinque film più visti del weekend\n1. Corridori della scogliera – 3.120 spettatori · "
        "2. Il confine silenzioso – 2.040\n3. La notte delle lanterne – 1.380 · 4. Zio Uccello – 860\n"
        "5. La via del sale – 410"
    ],
    "figures_note": ["Dati provvisori delle sale di San Marino e della provincia di Rimini, da giovedì a domenica."],
    "tickets_ad": ["Sponsorizzato: prenota il posto online e salta la coda"],
}

STYLES = [
    {
        # bathing-water notice: a cookie line first, the date then the byline on one line, an audio line on some pages
        "name": "beach_water",
        "header": ["cookie", "beach_menu", "title", "date_byline", "listen?"],
        "body_inserts": ["sample_box", "flag_key", "caption_credit", "list", "subheading"],
        "footer": ["lab_note", "swim_prompt", "related", "share_icons", "rights"],
        "date_formats": ["local_beach"],
        "headlines": "hl_beach",
        "maybe_p": 0.5,
        "n_authors": (1, 1, 2),
        "blank": True,
        "crumb_sep": " > ",
        "db_sep": [" · ", " — ", " | "],
        "share_sep": " ",
        "by_join": "and",
        "by_key": "by_beach",
        "say": SAY,
    },
    {
        # wedding announcement, no blank lines: the couple's caption between the headline and the date, byline last
        "name": "wedding_notice",
        "header": ["title_site", "society_menu", "title_dup", "couple_caption", "date"],
        "body_inserts": ["ceremony_box", "quote", "caption_credit", "subheading", "ad"],
        "footer": ["byline_end?", "announce_prompt", "follow", "rights"],
        "date_formats": ["local_wed"],
        "headlines": "hl_wed",
        "maybe_p": 0.6,
        "n_authors": (1,),
        "blank": False,
        "crumb_sep": " > ",
        "by_join": "and",
        "by_key": "by_wed",
        "say": SAY,
    },
    {
        # literary prize shortlist: menu, breadcrumb, kicker, standfirst, byline and date on one line, named share row
        "name": "book_prize",
        "header": ["books_menu", "breadcrumb", "prize_kicker", "title", "standfirst?", "byline_date", "share_names"],
        "body_inserts": ["shortlist_box", "jury_note", "read_also", "quote", "caption_credit"],
        "footer": ["ceremony_note", "tags", "newsletter", "comments", "rights"],
        "date_formats": ["local_book"],
        "headlines": "hl_book",
        "maybe_p": 0.8,
        "n_authors": (1, 1, 2),
        "blank": True,
        "crumb_sep": " › ",
        "bd_sep": [" | ", ", ", " — "],
        "share_sep": " / ",
        "by_join": "and",
        "by_key": "by_book",
        "say": SAY,
    },
    {
        # archaeological find: the only date glued to the first sentence, the byline under the text
        "name": "dig_find",
        "header": ["heritage_menu", "dig_kicker", "title", "standfirst?", "date_glued"],
        "body_inserts": ["site_box", "caption_gallery", "quote", "subheading", "list"],
        "footer": ["byline_end", "museum_note", "finds_prompt", "related", "follow", "rights"],
        "date_formats": ["local_dig"],
        "headlines": "hl_dig",
        "glue": "glue_dig",
        "maybe_p": 0.6,
        "n_authors": (1, 2),
        "blank": True,
        "crumb_sep": " > ",
        "by_join": "and",
        "by_key": "by_dig",
        "say": SAY,
    },
    {
        # public tender notice, no blank lines and no byline: strip, badge, headline, "posted" line, boxes
        "name": "tender_notice",
        "header": ["gov_strip", "tender_badge", "title", "published"],
        "body_inserts": ["tender_box", "deadline_box", "docs_note", "list", "subheading"],
        "footer": ["contact_box", "share_row", "rights"],
        "date_formats": ["local_tender"],
        "headlines": "hl_tender",
        "n_authors": (1,),
        "blank": False,
        "crumb_sep": " > ",
        "share_sep": " | ",
        "by_join": "and",
        "by_key": "by_tender",
        "say": SAY,
    },
    {
        # zoo birth: opening hours above the menu, byline and date, the newborn's caption, then a standfirst
        "name": "zoo_birth",
        "header": ["zoo_hours", "zoo_menu", "title", "byline_date", "hero_caption", "standfirst?"],
        "body_inserts": ["animal_box", "caption_echo", "quote", "visit_prompt", "subheading"],
        "footer": ["name_prompt", "ticket_ad", "share_icons", "comments", "rights"],
        "date_formats": ["local_zoo"],
        "headlines": "hl_zoo",
        "maybe_p": 0.7,
        "n_authors": (1,),
        "blank": True,
        "crumb_sep": " > ",
        "bd_sep": [" – ", " • "],
        "share_sep": "  ",
        "by_join": "and",
        "by_key": "by_zoo",
        "say": SAY,
    },
    {
        # waste-collection schedule: services bar, breadcrumb, standfirst, date, a byline and an audio line on some
        "name": "waste_collection",
        "header": ["services_bar", "breadcrumb", "title", "standfirst?", "date", "byline?", "listen?"],
        "body_inserts": ["pickup_box", "sorting_box", "list", "subheading", "photo_credit"],
        "footer": ["hotline_note", "calendar_prompt", "tags", "share_prompt", "rights"],
        "date_formats": ["local_waste"],
        "headlines": "hl_waste",
        "maybe_p": 0.5,
        "n_authors": (1, 2),
        "blank": True,
        "crumb_sep": " / ",
        "by_join": "comma",
        "by_key": "by_waste",
        "say": SAY,
    },
    {
        # weekend box office: film menu, kicker, byline, the date with a view count, a named share row
        "name": "box_office",
        "header": ["film_bar", "chart_kicker", "title", "byline", "date", "share_names"],
        "body_inserts": ["chart_box", "caption_credit", "quote", "subheading", "ad"],
        "footer": ["figures_note", "tickets_ad", "related", "comments", "rights"],
        "date_formats": ["local_box"],
        "headlines": "hl_box",
        "n_authors": (1, 2, 2),
        "blank": True,
        "crumb_sep": " > ",
        "share_sep": " • ",
        "by_join": "and",
        "by_key": "by_box",
        "say": SAY,
    },
]
