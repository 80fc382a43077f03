"""FOURTEENTH HELD-OUT templates, written BLIND: their author read only build.py, score.py (for the format it
expects; it was not run), prose.py, the earlier styles files (for their format only, none of their phrases,
widget texts or layouts reused) and the shared sentence files build.py draws from; never the cleaner's rules,
lexicon, content model, docs or tests; the cleaner was never run on them and they were never used to change a
rule. Four languages no earlier split uses: Gujarati (Gujarati script, with Gujarati digits where Gujarati
papers print them), Punjabi (Gurmukhi script, with Gurmukhi digits and the Nanakshahi date beside the
Gregorian one, as Punjabi dailies print it on their mastheads), Maori (Latin script with macrons, with the
traditional month names and the transliterated ones) and isiZulu (Latin script, with the weekday's noun-class
prefix, "uLwesithathu", and the month-first order of localised software); and four familiar ones, Swedish,
Italian, French and Russian, in layouts no earlier split has, so that the split also measures well-known
languages on unfamiliar pages. Kinds of sites: a consumer site's product-recall notice (a consent line, a
breadcrumb, a recall badge over the headline, the "published" date over the byline, an icon share row, an
affected-product box over three lines and photo captions with credits between paragraphs, a "source:" line,
a no-liability note from the maker, a recall-alert sign-up), a horoscope page with no blank lines (a
twelve-sign menu over two lines, the sign and its date range as a kicker, a today / tomorrow / week tab row,
lucky-number and star-meter lines and an advertisement marker between paragraphs, an "entertainment only"
note, a premium-rate astrologer line; for Maori the page is a maramataka, the Maori lunar calendar, with
nights of the moon as its menu), a trade magazine (a breadcrumb, a subscribers-only badge, byline and date on
one line, reading time, a trade-fair advertisement over two lines and a white-paper download line between
paragraphs, a "companies in this article" line, a print-subscription offer, a named share row; diamonds in
Surat, trucking among Punjabi Canadians, forestry, sugar cane, logistics), a museum's own journal (opening
hours above a museum menu over two lines, a "from the collection" kicker, the date over the byline, object
captions with accession numbers, "on view in gallery n" lines and the headline as a picture caption, "plan
your visit", a membership offer, an image-rights line, "follow the museum"), a newspaper's obituary of a
public figure (an obituary kicker over the headline, the life dates under it, the byline over a
city-and-date dateline glued to the lead, archive-photo captions with credits, a correction note, a "parts
were written in advance" note, "more obituaries" teasers, a named share row), a games site's review (the page
title with the site's name, a platforms line, byline and date on one line, an age rating, trailer lines, a
verdict box over two lines, a "review copy from the publisher" note, an affiliate "buy" line, a comment
counter), a parliament's news service with no blank lines (a parliament menu over two lines, a breadcrumb, a
committee-news kicker, the date over the headline, a bill reference under it, no byline, "watch the debate"
lines and a link to the official record between paragraphs, a "not an official record" note, a press office
over two lines) and a gardening magazine (a "jobs for the week" banner, the byline over the date, reading
time, a plant-profile box over three lines and a seed-shop line between paragraphs, an "ask our expert"
prompt, a newsletter prompt, tags).

Bylines with new labels and joiners: a label before the names ("લેખક:", "અહેવાલ:", "ਲਿਖਤ:", "ਰਿਪੋਰਟ:",
"Kaituhi:", "Nā", "He kōrero nā", "Umbhali:", "Umbiko:", "Text och bild:", "Författare:", "Sammanställt av",
"Testo:", "Redatto da", "Pubblicato da", "Signé", "Rédaction :", "Un article de", "Автор текста:",
"Материал:", "ТЕКСТ:" with the names in capitals), names before a postposition ("{names} દ્વારા", "{names}
ਦੀ ਕਲਮ ਤੋਂ"), label-less names in capitals (isiZulu), names followed by the site ("{names}, Site", "{names} |
Site", "{names} – Site", "{names} · Site", "{names}, pour Site"); one to three authors joined by "અને",
"ਅਤੇ", "me", "kanye no", "och", "e", "et", "и", or by commas only (the horoscope page). Personal names as the
sites print them: Gujarati given name and family name, Punjabi given names used by men and women with a clan
name (no "Singh" or "Kaur", so that names need no agreement), Maori given names and family names with
macrons, Zulu given name and clan name, Russian surnames that do not change with gender, French given names
that need no elision after "de". Each language brings its own month names, weekday names, cities (for the
obituary's datelines) and quotation marks (Punjabi ‘ ’, Swedish ” ”, French « » with narrow no-break
spaces). Dates in local forms, with labels and time of day in the date line: "25 નવેમ્બર, 2026", "૨૫
નવેમ્બર, ૨૦૨૬", "આજનું રાશિફળ: બુધવાર, 25 નવેમ્બર 2026", "નવે. 25, 2026 2:32 PM IST", "અપડેટેડ: 25 નવે.
2026, 14:32", "બુધવાર, તા. 25-11-2026", "25 ਨਵੰ 2026 2:32 PM", "ਅੱਪਡੇਟ ਕੀਤਾ: 25 ਨਵੰ 2026", "ਬੁੱਧਵਾਰ, 25
ਨਵੰਬਰ 2026 / 12 ਮੱਘਰ (ਸੰਮਤ 558 ਨਾਨਕਸ਼ਾਹੀ)", "ਬੁੱਧਵਾਰ, ੨੫ ਨਵੰਬਰ ੨੦੨੬", "Rāapa, 25 Whiringa-ā-rangi 2026",
"25 Noema 2026, 2.32 i te ahiahi", "Whakahou: 25/11/2026 14:32", "uLwesithathu, Novemba 25, 2026",
"Ngomhlaka 25 Novemba 2026", "Kubuyekezwe ngomhlaka 25 Novemba 2026, 2:32 ntambama", "2026-11-25 14:32",
"25 nov. 2026, kl. 14.32", "Uppdaterad 25 nov. 2026 14:32", "25/11/2026 ore 14:32", "Aggiornato il
25/11/2026", "25/11/2026 à 14h32", "Mis à jour le 25/11/2026 à 14:32", "14:32, 25 ноября 2026", "25 ноября
2026 г., 14:32", "Обновлено 25.11.2026 в 14:32"; "published" labels around them ("પ્રકાશન તારીખ:", "ਛਪਣ
ਦੀ ਮਿਤੀ:", "I whakaputaina:", "Kushicilelwe:", "Först publicerad:", "Data di pubblicazione:", "Mise en
ligne :", "Дата публикации:").

How native digits, the Nanakshahi date and local words for am / pm are made without touching build.py:
build.py fills a local date pattern with str.format and passes the numbers as ints and the month and weekday
names from this module's lists. Those names are `Word` strings: written plainly ("{month}") they are the
name; given a format spec ("{month:^{d} @ {y}}", whose nested fields str.format fills first) they write the
spec with "@" replaced by the name, a leading "^" asking for the script's own digits, "[2026-11-25]" for the
same day in the Nanakshahi calendar (the solar calendar of 2003: months of fixed length, Chet beginning on 14
March) and "AM"/"PM" in the language's own words.

Limits of build.py this split cannot cross (only the registration of this module was allowed there): the
headline is always a cut of a real sentence with no colon and no final question mark, so a horoscope's
"Scorpio today:" headline, a review's "Game: verdict" headline or a question headline cannot be made with a
correct gold title; kickers therefore stand on their own line. A standfirst can only be the first paragraph,
after the whole header; the byline and the date sit in the header, so an obituary cannot sign at its end; a
byline phrase is per language, so it must fit every layout and one to three people (a horoscope cannot say
"astrologer", a review "tested by"); the number of authors is drawn alike for every layout; a widget's lines
all carry one label, so a product box, a verdict box ("good / bad"), a plant profile or a press-office block
is one boilerplate block; body inserts are drawn with replacement, so a verdict box or a trailer line may
come twice; authors are joined with spaces round the word, so the isiZulu "no" stands apart from the next
name instead of being prefixed to it ("noSipho"); a widget's counter is written in ASCII digits (the
Gujarati and Punjabi widgets keep ASCII digits, as most of their sites do outside the date line); one date
per document (the Nanakshahi date is the same day; "updated" labels carry the same day), and an obituary's
life dates can only give the year of that date as the year of death; site names in page titles, bylines,
glued datelines and copyright lines come from build.py's shared list of English brand names; most Punjabi
sentences end with "।", which build.py does not count as an ending, so the last sentence of every Punjabi
paragraph comes from the few that end otherwise. Chinese and Japanese have sentence files but no spaces, so
build.py cannot cut a headline from them; Korean bylines would need a family name and a given name with no
space between them; those three were left out again. Every Cyrillic, Greek, Georgian and Armenian language
among the sentence files is used by an earlier split, so the second non-Latin script here is Gurmukhi beside
Gujarati.
"""

from __future__ import annotations

import re
from datetime import date

LANGS = ("gu", "pa", "mi", "zu", "sv", "it", "fr", "ru")

NANAKSHAHI = [  # month, Gregorian (month, day) on which it begins
    ("ਚੇਤ", 3, 14),
    ("ਵੈਸਾਖ", 4, 14),
    ("ਜੇਠ", 5, 15),
    ("ਹਾੜ੍ਹ", 6, 15),
    ("ਸਾਵਣ", 7, 16),
    ("ਭਾਦੋਂ", 8, 16),
    ("ਅੱਸੂ", 9, 15),
    ("ਕੱਤਕ", 10, 15),
    ("ਮੱਘਰ", 11, 14),
    ("ਪੋਹ", 12, 14),
    ("ਮਾਘ", 1, 13),
    ("ਫੱਗਣ", 2, 12),
]


def _nanakshahi(match: re.Match[str]) -> str:
    """The day in the Nanakshahi calendar of 2003: "12 ਮੱਘਰ (ਸੰਮਤ 558 ਨਾਨਕਸ਼ਾਹੀ)"."""
    day = date(int(match[1]), int(match[2]), int(match[3]))
    starts = [
        (date(year, month, first), name) for year in (day.year - 1, day.year) for name, month, first in NANAKSHAHI
    ]
    start, name = max(item for item in starts if item[0] <= day)
    year = day.year - 1468 if (day.month, day.day) >= (3, 14) else day.year - 1469
    return f"{(day - start).days + 1} {name} (ਸੰਮਤ {year} ਨਾਨਕਸ਼ਾਹੀ)"


class Word(str):
    """A month or weekday name; with a format spec it writes a whole date in its language's way (see above)."""

    digits = ""
    ampm = ("AM", "PM")

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        native = spec.startswith("^")
        text = re.sub(r"\[(\d{4})-(\d\d)-(\d\d)\]", _nanakshahi, spec.removeprefix("^"))
        text = text.replace("AM", self.ampm[0]).replace("PM", self.ampm[1])
        if native and self.digits:
            text = text.translate(str.maketrans("0123456789", self.digits))
        return text.replace("@", str(self))


class _Gu(Word):
    digits = "૦૧૨૩૪૫૬૭૮૯"


class _Pa(Word):
    digits = "੦੧੨੩੪੫੬੭੮੯"


class _Mi(Word):
    ampm = ("i te ata", "i te ahiahi")


class _Zu(Word):
    ampm = ("ekuseni", "ntambama")


def _words(cls: type[str], text: str) -> list[str]:
    return [cls(word) for word in text.split()]


SAY = {  # widget -> gold reason (build.py: style["say"])
    "recall_badge": "navigation",
    "product_box": "navigation",
    "recall_source": "syndication",
    "no_liability": "footer",
    "recall_alerts": "newsletter",
    "sign_menu": "navigation",
    "sign_kicker": "navigation",
    "tabs_line": "navigation",
    "lucky_line": "navigation",
    "stars_line": "navigation",
    "fun_note": "footer",
    "astro_line": "advertisement",
    "daily_mail": "newsletter",
    "trade_crumb": "navigation",
    "premium_badge": "paywall",
    "event_ad": "advertisement",
    "whitepaper": "advertisement",
    "companies": "tags",
    "print_sub": "paywall",
    "hours_strip": "navigation",
    "museum_menu": "navigation",
    "journal_kicker": "navigation",
    "object_caption": "caption",
    "gallery_note": "navigation",
    "plan_visit": "reader_prompt",
    "members": "advertisement",
    "image_rights": "footer",
    "obit_kicker": "navigation",
    "life_dates": "navigation",
    "correction": "footer",
    "prepared_note": "footer",
    "platform_line": "navigation",
    "age_rating": "navigation",
    "trailer": "video",
    "score_box": "navigation",
    "review_copy": "footer",
    "buy_links": "advertisement",
    "parl_menu": "navigation",
    "parl_crumb": "navigation",
    "committee_kicker": "navigation",
    "bill_ref": "navigation",
    "watch_debate": "video",
    "record_link": "navigation",
    "not_official": "footer",
    "press_office": "footer",
    "season_banner": "navigation",
    "plant_box": "navigation",
    "shop_link": "advertisement",
    "ask_expert": "reader_prompt",
}

ICONS14 = ["share--fb", "share--x", "share--wa", "share--tg", "share--mail", "share--copy"]

PHRASES: dict[str, dict[str, list]] = {
    "gu": {
        "months": _words(_Gu, "જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટેમ્બર ઑક્ટોબર નવેમ્બર ડિસેમ્બર"),
        "mon_abbr": _words(_Gu, "જાન્યુ. ફેબ્રુ. માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગ. સપ્ટે. ઑક્ટો. નવે. ડિસે."),
        "wd_abbr": _words(_Gu, "સોમવાર મંગળવાર બુધવાર ગુરુવાર શુક્રવાર શનિવાર રવિવાર"),
        "names": ["હાર્દિક કિંજલ ધ્રુવ નિશા મિહિર હેતલ ચિરાગ ભૂમિ", "પટેલ શાહ દેસાઈ મહેતા ત્રિવેદી પંડ્યા જોષી પરીખ"],
        "cities": ["અમદાવાદ", "સુરત", "વડોદરા", "રાજકોટ", "ભાવનગર", "ગાંધીનગર"],
        "quote": ["“{}”"],
        "local_recall": ["{d} {month}, {y}", "{month:^{d} @, {y}}"],
        "local_horo": ["આજનું રાશિફળ: {wd}, {d} {month} {y}"],
        "local_trade": ["{mon} {d}, {y} {h12}:{mi} {ap} IST", "{dd}-{mm}-{y} | {hm}"],
        "local_museum": ["{d} {month} {y}", "{month:^{d} @ {y}}"],
        "local_obit": ["{month:^{d} @ {y}}", "{d} {month} {y}"],
        "local_games": ["અપડેટેડ: {d} {mon} {y}, {hm}", "{d} {month} {y} {h12}:{mi} {ap}"],
        "local_parl": ["{wd}, તા. {dd}-{mm}-{y}", "તા. {month:^{d} @ {y}}"],
        "local_garden": ["{d} {month}, {y}", "{wd}, {d} {mon} {y}"],
        "glue_obit": ["{C}, {d} – ", "{C} : {d} | "],
        "by": ["લેખક: {a}", "અહેવાલ: {a}", "{a} દ્વારા", "{a}, {site}"],
        "and": ["અને"],
        "published": ["પ્રકાશન તારીખ: {d}", "પ્રકાશિત: {d}"],
        "social": ["ફેસબુક", "એક્સ", "વોટ્સએપ", "ટેલિગ્રામ", "ઈમેલ", "લિંક કૉપી કરો"],
        "icons": ICONS14,
        "home": ["હોમ"],
        "sections": ["ગ્રાહક", "રિકોલ", "ખોરાક", "આરોગ્ય", "નાણાં"],
        "listen": ["વાંચવાનો સમય: {n} મિનિટ"],
        "photo": ["તસવીર સૌજન્ય: {n}"],
        "caption_credit": ["{c} | તસવીર: {n}", "{c} (ફોટો સૌજન્ય: {n})"],
        "cookie": ["અમે તમારા અનુભવને સુધારવા માટે કૂકીઝનો ઉપયોગ કરીએ છીએ. મંજૂર છે | વધુ જાણો"],
        "tags": ["વિષયો: {t}", "ટૅગ્સ: {t}"],
        "related_head": ["અન્ય શ્રદ્ધાંજલિ લેખો", "તાજેતરમાં વિદાય લેનારા"],
        "follow": ["સંગ્રહાલયને ઇન્સ્ટાગ્રામ અને ફેસબુક પર ફૉલો કરો"],
        "newsletter": ["દર શુક્રવારે બાગકામની ટિપ્સ તમારા ઈમેલમાં – મફત નોંધણી કરો"],
        "comments": ["{n} પ્રતિભાવ", "પ્રતિભાવો ({n}) · તમારો અભિપ્રાય લખો"],
        "rights": ["© {y} {site} · સર્વ હક સ્વાધીન", "કૉપિરાઇટ © {site} {y}. તમામ અધિકારો અનામત."],
        "title_site": ["{t} | ગેમ રિવ્યૂ | {site}", "{t} – {site}"],
        "ad": ["જાહેરાત", "— જાહેરખબર —"],
        "recall_badge": ["⚠ રિકોલ નોટિસ · ગ્રાહક સુરક્ષા"],
        "product_box": ["ઉત્પાદનની વિગતો\nનામ: ગરમ મસાલો, 200 ગ્રામનું પેક\nબેચ નં. GM{n}24 · ઉપયોગની અંતિમ તારીખ: 03/2027"],
        "recall_source": ["સ્ત્રોત: ઉત્પાદક કંપનીની જાહેર નોટિસ અને ફૂડ સેફ્ટી કમિશનરની કચેરી"],
        "no_liability": ["ઉપરની માહિતી ઉત્પાદક દ્વારા આપવામાં આવી છે; તેની ચોકસાઈ માટે અમે જવાબદાર નથી."],
        "recall_alerts": ["નવા રિકોલની જાણકારી સીધી તમારા ફોન પર – અમારી વોટ્સએપ ચેનલ સાથે જોડાઓ"],
        "sign_menu": ["♈ મેષ ♉ વૃષભ ♊ મિથુન ♋ કર્ક ♌ સિંહ ♍ કન્યા\n♎ તુલા ♏ વૃશ્ચિક ♐ ધન ♑ મકર ♒ કુંભ ♓ મીન"],
        "sign_kicker": ["♏ વૃશ્ચિક રાશિ (ન, ય)", "♉ વૃષભ રાશિ (બ, વ, ઉ)"],
        "tabs_line": ["આજે | આવતીકાલે | સાપ્તાહિક | માસિક | વાર્ષિક"],
        "lucky_line": ["શુભ અંક: {n} · શુભ રંગ: પીળો"],
        "stars_line": ["પ્રેમ ★★★★☆ · કારકિર્દી ★★★☆☆ · સ્વાસ્થ્ય ★★★★★"],
        "fun_note": ["રાશિફળ સામાન્ય માહિતી માટે છે; કોઈ પણ નિર્ણય પહેલાં નિષ્ણાતની સલાહ લો."],
        "astro_line": ["જ્યોતિષી સાથે સીધી વાત કરો: પહેલી 5 મિનિટ મફત · ઍપ ડાઉનલોડ કરો"],
        "daily_mail": ["રોજ સવારે તમારું રાશિફળ ઈમેલમાં – અત્યારે જ સબ્સ્ક્રાઇબ કરો"],
        "trade_crumb": ["હોમ / હીરા બજાર / નિકાસ"],
        "premium_badge": ["પ્રીમિયમ લેખ · ફક્ત સભ્યો માટે"],
        "event_ad": ["ડાયમંડ એક્સ્પો {y} · સુરત\n14–16 જાન્યુઆરી · સ્ટોલ બુકિંગ શરૂ →"],
        "whitepaper": ["મફત રિપોર્ટ ડાઉનલોડ કરો: લેબ-ગ્રોન હીરાનું બજાર {y}"],
        "companies": ["આ લેખમાં ઉલ્લેખિત કંપનીઓ: શ્રીજી જેમ્સ, નવરત્ન એક્સપોર્ટ્સ, તાપી ડાયમંડ્સ"],
        "print_sub": ["છાપેલી આવૃત્તિ + ઈ-પેપર: વાર્ષિક લવાજમ ₹1,200 · લવાજમ ભરો"],
        "hours_strip": ["આજે ખુલ્લું: સવારે 10:30 થી સાંજે 5:30 · સોમવારે બંધ"],
        "museum_menu": ["મુલાકાત · પ્રદર્શનો · સંગ્રહ · શિક્ષણ\nદુકાન · સભ્યપદ · ટિકિટ ખરીદો"],
        "journal_kicker": ["સંગ્રહાલય જર્નલ · સંગ્રહમાંથી"],
        "object_caption": ["પટોળું, પાટણ, આશરે 1890. રેશમ, ડબલ ઇક્કત. ઍક્સેશન નં. 1962.{n}"],
        "gallery_note": ["આ વસ્તુ ગૅલેરી {n}માં પ્રદર્શિત છે"],
        "plan_visit": ["તમારી મુલાકાતનું આયોજન કરો: ટિકિટ, સમય અને સુગમ્યતા →"],
        "members": ["સભ્ય બનો અને આખું વર્ષ વિનામૂલ્યે પ્રવેશ મેળવો"],
        "image_rights": ["તસવીરો: © સંગ્રહાલય ટ્રસ્ટ, અન્યથા ઉલ્લેખ ન હોય તો."],
        "obit_kicker": ["શ્રદ્ધાંજલિ"],
        "life_dates": ["(1938 – {y})", "જન્મ: 1941 · અવસાન: {y}"],
        "correction": ["સુધારો: આ લેખના અગાઉના સંસ્કરણમાં તેમના જન્મસ્થળનો ખોટો ઉલ્લેખ હતો."],
        "prepared_note": ["આ શ્રદ્ધાંજલિ લેખનો કેટલોક ભાગ અગાઉથી તૈયાર કરવામાં આવ્યો હતો."],
        "platform_line": ["PS5 · Xbox Series X|S · PC · Nintendo Switch 2"],
        "age_rating": ["ઉંમર રેટિંગ: PEGI 16"],
        "trailer": ["▶ ટ્રેલર જુઓ (2:{n:02d})"],
        "score_box": ["અમારો ચુકાદો: 8/10\nસારું: વિશાળ નકશો · નબળું: લાંબો લોડિંગ સમય"],
        "review_copy": ["આ સમીક્ષા માટે પ્રકાશકે ગેમની કૉપી આપી હતી."],
        "buy_links": ["ખરીદો: ₹3,999 ઓનલાઇન સ્ટોર પર* · *એફિલિએટ લિંક"],
        "parl_crumb": ["મુખ્ય પૃષ્ઠ > સમાચાર > સમિતિઓ"],
        "parl_menu": ["ગૃહ · સભ્યો · સમિતિઓ · કાર્યવાહી\nવિધેયકો · પ્રશ્નોત્તરી · જીવંત પ્રસારણ"],
        "committee_kicker": ["સમિતિ સમાચાર"],
        "bill_ref": ["વિધેયક ક્રમાંક {n} / {y}"],
        "watch_debate": ["▶ ગૃહની ચર્ચાનું રેકોર્ડિંગ જુઓ ({n} મિનિટ)"],
        "record_link": ["બેઠકની સત્તાવાર કાર્યવાહી વાંચો →"],
        "not_official": ["આ સમાચાર લેખ ગૃહની કાર્યવાહીનો સત્તાવાર રેકોર્ડ નથી."],
        "press_office": ["પ્રેસ વિભાગ, વિધાનસભા સચિવાલય, ગાંધીનગર\nફોન: 079 2325 1000"],
        "season_banner": ["બાગકામ કેલેન્ડર · આ અઠવાડિયાનાં કામ"],
        "plant_box": ["છોડની માહિતી\nઊંચાઈ: 60–90 સે.મી. · જગ્યા: પૂરો તડકો\nપાણી: અઠવાડિયે બે વાર"],
        "shop_link": ["બીજ અને કુંડાં અમારી ઑનલાઇન દુકાનમાંથી ખરીદો →"],
        "ask_expert": ["બાગકામ અંગે પ્રશ્ન છે? અમારા નિષ્ણાતને લખો"],
    },
    "pa": {
        "months": _words(_Pa, "ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ"),
        "mon_abbr": _words(_Pa, "ਜਨ ਫ਼ਰ ਮਾਰ ਅਪ੍ਰੈ ਮਈ ਜੂਨ ਜੁਲਾ ਅਗ ਸਤੰ ਅਕਤੂ ਨਵੰ ਦਸੰ"),
        "wd_abbr": _words(_Pa, "ਸੋਮਵਾਰ ਮੰਗਲਵਾਰ ਬੁੱਧਵਾਰ ਵੀਰਵਾਰ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਨਿੱਚਰਵਾਰ ਐਤਵਾਰ"),
        "names": ["ਗੁਰਪ੍ਰੀਤ ਹਰਮਨ ਜਸਪ੍ਰੀਤ ਮਨਦੀਪ ਨਵਨੀਤ ਅਮਨਦੀਪ ਸੁਖਜੀਤ ਪਰਮਜੀਤ", "ਸੰਧੂ ਗਿੱਲ ਢਿੱਲੋਂ ਬਰਾੜ ਸਿੱਧੂ ਗਰੇਵਾਲ ਚਾਹਲ ਮਾਨ"],
        "cities": ["ਜਲੰਧਰ", "ਲੁਧਿਆਣਾ", "ਅੰਮ੍ਰਿਤਸਰ", "ਪਟਿਆਲਾ", "ਬਠਿੰਡਾ", "ਚੰਡੀਗੜ੍ਹ"],
        "quote": ["‘{}’"],
        "local_recall": ["{d} {month} {y}", "{d} {mon} {y} {h12}:{mi} {ap}"],
        "local_horo": ["{wd}, {d} {month} {y}"],
        "local_trade": ["{d} {month} {y}, {hm}", "{mon} {d}, {y}"],
        "local_museum": ["{month:^{d} @ {y}}", "{d} {month} {y}"],
        "local_obit": ["{d} {month} {y}", "{month:^{d} @ {y}}"],
        "local_games": ["{dd}-{mm}-{y} {hm}", "ਅੱਪਡੇਟ ਕੀਤਾ: {d} {mon} {y}"],
        "local_parl": ["{wd}, {d} {month} {y} / {month:[{y}-{mm}-{dd}]}", "{month:^{wd}, {d} @ {y} / [{y}-{mm}-{dd}]}"],
        "local_garden": ["{month:^{wd}, {d} @ {y}}", "{d} {month} {y}"],
        "glue_obit": ["{C}, {d} – ", "{C} ({d}) : "],
        "by": ["ਲਿਖਤ: {a}", "ਰਿਪੋਰਟ: {a}", "{a} ਦੀ ਕਲਮ ਤੋਂ", "{a} | {site}"],
        "and": ["ਅਤੇ"],
        "published": ["ਪ੍ਰਕਾਸ਼ਿਤ: {d}", "ਛਪਣ ਦੀ ਮਿਤੀ: {d}"],
        "social": ["ਫੇਸਬੁੱਕ", "ਐਕਸ", "ਵਟਸਐਪ", "ਟੈਲੀਗ੍ਰਾਮ", "ਈਮੇਲ", "ਲਿੰਕ ਕਾਪੀ ਕਰੋ"],
        "icons": ICONS14,
        "home": ["ਮੁੱਖ ਪੰਨਾ"],
        "sections": ["ਖਪਤਕਾਰ", "ਵਾਪਸੀ ਸੂਚਨਾ", "ਖ਼ੁਰਾਕ", "ਸਿਹਤ", "ਪੈਸਾ"],
        "listen": ["ਪੜ੍ਹਨ ਦਾ ਸਮਾਂ: {n} ਮਿੰਟ"],
        "photo": ["ਤਸਵੀਰ: {n}"],
        "caption_credit": ["{c}। ਤਸਵੀਰ: {n}", "{c} (ਫੋਟੋ: {n})"],
        "cookie": ["ਇਹ ਵੈੱਬਸਾਈਟ ਕੂਕੀਜ਼ ਵਰਤਦੀ ਹੈ। ਸਹਿਮਤ ਹਾਂ | ਹੋਰ ਜਾਣਕਾਰੀ"],
        "tags": ["ਟੈਗ: {t}", "ਸੰਬੰਧਿਤ ਵਿਸ਼ੇ: {t}"],
        "related_head": ["ਹੋਰ ਸ਼ਰਧਾਂਜਲੀਆਂ", "ਅਲਵਿਦਾ ਕਹਿ ਗਈਆਂ ਸ਼ਖ਼ਸੀਅਤਾਂ"],
        "follow": ["ਅਜਾਇਬ ਘਰ ਨੂੰ ਇੰਸਟਾਗ੍ਰਾਮ ਅਤੇ ਯੂਟਿਊਬ 'ਤੇ ਫਾਲੋ ਕਰੋ"],
        "newsletter": ["ਹਰ ਐਤਵਾਰ ਬਾਗਬਾਨੀ ਦੇ ਨੁਕਤੇ ਆਪਣੀ ਈਮੇਲ ਵਿੱਚ — ਮੁਫ਼ਤ ਸਾਈਨ ਅੱਪ ਕਰੋ"],
        "comments": ["ਟਿੱਪਣੀਆਂ ({n})", "{n} ਟਿੱਪਣੀਆਂ · ਆਪਣੀ ਰਾਇ ਦਿਓ"],
        "rights": ["© {y} {site}। ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ।", "ਕਾਪੀਰਾਈਟ © {y} {site} · ਪਰਦੇਦਾਰੀ ਨੀਤੀ"],
        "title_site": ["{t} | ਗੇਮ ਸਮੀਖਿਆ | {site}", "{t} - {site}"],
        "ad": ["ਇਸ਼ਤਿਹਾਰ", "— ਵਿਗਿਆਪਨ —"],
        "recall_badge": ["⚠ ਵਾਪਸੀ ਸੂਚਨਾ · ਖਪਤਕਾਰ ਸੁਰੱਖਿਆ"],
        "product_box": ["ਉਤਪਾਦ ਦਾ ਵੇਰਵਾ\nਨਾਮ: ਬੱਚਿਆਂ ਦਾ ਖਿਡੌਣਾ ਟਰੱਕ, ਮਾਡਲ KT-{n}\nਵਿਕਰੀ ਦੀ ਮਿਆਦ: ਜਨਵਰੀ ਤੋਂ ਸਤੰਬਰ"],
        "recall_source": ["ਸਰੋਤ: ਹੈਲਥ ਕੈਨੇਡਾ ਦੀ ਵਾਪਸੀ ਸੂਚੀ ਅਤੇ ਨਿਰਮਾਤਾ ਦਾ ਬਿਆਨ"],
        "no_liability": ["ਇਹ ਜਾਣਕਾਰੀ ਨਿਰਮਾਤਾ ਵੱਲੋਂ ਦਿੱਤੀ ਗਈ ਹੈ; ਅਦਾਰਾ ਇਸ ਦੀ ਸ਼ੁੱਧਤਾ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਨਹੀਂ।"],
        "recall_alerts": ["ਨਵੀਆਂ ਵਾਪਸੀ ਸੂਚਨਾਵਾਂ ਈਮੇਲ ਰਾਹੀਂ ਪ੍ਰਾਪਤ ਕਰੋ — ਇੱਥੇ ਦਰਜ ਹੋਵੋ"],
        "sign_menu": ["ਮੇਖ · ਬ੍ਰਿਖ · ਮਿਥੁਨ · ਕਰਕ · ਸਿੰਘ · ਕੰਨਿਆ\nਤੁਲਾ · ਬ੍ਰਿਸ਼ਚਕ · ਧਨੁ · ਮਕਰ · ਕੁੰਭ · ਮੀਨ"],
        "sign_kicker": ["ਅੱਜ ਦਾ ਰਾਸ਼ੀਫਲ · ਬ੍ਰਿਸ਼ਚਕ ਰਾਸ਼ੀ", "ਅੱਜ ਦਾ ਰਾਸ਼ੀਫਲ · ਮੇਖ ਰਾਸ਼ੀ"],
        "tabs_line": ["ਅੱਜ | ਕੱਲ੍ਹ | ਹਫ਼ਤਾਵਾਰੀ | ਮਹੀਨਾਵਾਰ"],
        "lucky_line": ["ਸ਼ੁਭ ਅੰਕ: {n} · ਸ਼ੁਭ ਰੰਗ: ਕੇਸਰੀ"],
        "stars_line": ["ਪਿਆਰ ★★★☆☆ · ਕੰਮਕਾਜ ★★★★☆ · ਸਿਹਤ ★★★★☆"],
        "fun_note": ["ਰਾਸ਼ੀਫਲ ਸਿਰਫ਼ ਆਮ ਜਾਣਕਾਰੀ ਲਈ ਹੈ; ਅਦਾਰਾ ਇਸ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕਰਦਾ।"],
        "astro_line": ["ਜੋਤਸ਼ੀ ਨਾਲ ਗੱਲ ਕਰੋ: ਪਹਿਲੀ ਕਾਲ ਮੁਫ਼ਤ · ਐਪ ਡਾਊਨਲੋਡ ਕਰੋ"],
        "daily_mail": ["ਰੋਜ਼ਾਨਾ ਰਾਸ਼ੀਫਲ ਵਟਸਐਪ 'ਤੇ ਪਾਉਣ ਲਈ ਸਾਡਾ ਚੈਨਲ ਜੁਆਇਨ ਕਰੋ"],
        "trade_crumb": ["ਮੁੱਖ ਪੰਨਾ / ਟਰਾਂਸਪੋਰਟ / ਫਲੀਟ"],
        "premium_badge": ["ਪ੍ਰੀਮੀਅਮ · ਸਿਰਫ਼ ਮੈਂਬਰਾਂ ਲਈ"],
        "event_ad": ["ਟਰੱਕਿੰਗ ਐਕਸਪੋ {y} · ਬਰੈਂਪਟਨ\n6–7 ਜੂਨ · ਮੁਫ਼ਤ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਹੁਣੇ →"],
        "whitepaper": ["ਮੁਫ਼ਤ ਗਾਈਡ ਡਾਊਨਲੋਡ ਕਰੋ: ਨਵੇਂ ਡਰਾਈਵਰਾਂ ਲਈ ਲਾਇਸੈਂਸ ਨਿਯਮ"],
        "companies": ["ਇਸ ਲੇਖ ਵਿੱਚ ਜ਼ਿਕਰ: ਸੰਧੂ ਲੌਜਿਸਟਿਕਸ, ਪੰਜ ਦਰਿਆ ਕੈਰੀਅਰਜ਼, ਨੌਰਥ ਸਟਾਰ ਫ੍ਰੇਟ"],
        "print_sub": ["ਛਪਿਆ ਮੈਗਜ਼ੀਨ ਘਰ ਮੰਗਵਾਓ: ਸਾਲਾਨਾ ਚੰਦਾ $49 · ਹੁਣੇ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ"],
        "hours_strip": ["ਅੱਜ ਖੁੱਲ੍ਹਾ: ਸਵੇਰੇ 10 ਤੋਂ ਸ਼ਾਮ 6 ਵਜੇ ਤੱਕ · ਸੋਮਵਾਰ ਛੁੱਟੀ"],
        "museum_menu": ["ਦੌਰਾ ਕਰੋ · ਪ੍ਰਦਰਸ਼ਨੀਆਂ · ਸੰਗ੍ਰਹਿ · ਸਿੱਖਿਆ\nਦੁਕਾਨ · ਮੈਂਬਰਸ਼ਿਪ · ਟਿਕਟਾਂ"],
        "journal_kicker": ["ਅਜਾਇਬ ਘਰ ਦੀ ਡਾਇਰੀ"],
        "object_caption": ["ਫੁਲਕਾਰੀ ਬਾਗ਼, ਪਟਿਆਲਾ, ਲਗਭਗ 1900। ਖੱਦਰ ਉੱਤੇ ਰੇਸ਼ਮੀ ਕਢਾਈ। ਸੰਗ੍ਰਹਿ ਨੰ. 1971.{n}"],
        "gallery_note": ["ਇਹ ਵਸਤੂ ਗੈਲਰੀ {n} ਵਿੱਚ ਵੇਖੀ ਜਾ ਸਕਦੀ ਹੈ"],
        "plan_visit": ["ਆਪਣੇ ਦੌਰੇ ਦੀ ਯੋਜਨਾ ਬਣਾਓ: ਸਮਾਂ, ਟਿਕਟਾਂ ਅਤੇ ਪਹੁੰਚ →"],
        "members": ["ਮੈਂਬਰ ਬਣੋ ਅਤੇ ਸਾਰਾ ਸਾਲ ਮੁਫ਼ਤ ਦਾਖ਼ਲਾ ਪਾਓ"],
        "image_rights": ["ਤਸਵੀਰਾਂ: © ਅਜਾਇਬ ਘਰ, ਜਦ ਤੱਕ ਹੋਰ ਨਾ ਲਿਖਿਆ ਹੋਵੇ।"],
        "obit_kicker": ["ਸ਼ਰਧਾਂਜਲੀ"],
        "life_dates": ["(1936–{y})", "ਜਨਮ 1944 · ਦੇਹਾਂਤ {y}"],
        "correction": ["ਸੋਧ: ਇਸ ਲੇਖ ਦੇ ਪਹਿਲੇ ਰੂਪ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦੀ ਪਹਿਲੀ ਕਿਤਾਬ ਦਾ ਸਾਲ ਗ਼ਲਤ ਛਪਿਆ ਸੀ।"],
        "prepared_note": ["ਇਸ ਸ਼ਰਧਾਂਜਲੀ ਦਾ ਕੁਝ ਹਿੱਸਾ ਪਹਿਲਾਂ ਤੋਂ ਤਿਆਰ ਕੀਤਾ ਗਿਆ ਸੀ।"],
        "platform_line": ["PS5 · Xbox Series X|S · PC"],
        "age_rating": ["ਉਮਰ ਦਰਜਾ: 16+"],
        "trailer": ["▶ ਟ੍ਰੇਲਰ ਦੇਖੋ (1:{n:02d})"],
        "score_box": ["ਸਾਡਾ ਫ਼ੈਸਲਾ: 7/10\nਚੰਗਾ: ਸੰਗੀਤ ਅਤੇ ਕਹਾਣੀ · ਮਾੜਾ: ਛੋਟੀ ਮੁਹਿੰਮ"],
        "review_copy": ["ਸਮੀਖਿਆ ਲਈ ਗੇਮ ਦੀ ਕਾਪੀ ਪ੍ਰਕਾਸ਼ਕ ਵੱਲੋਂ ਦਿੱਤੀ ਗਈ ਸੀ।"],
        "buy_links": ["ਖਰੀਦੋ: ₹3,499 ਤੋਂ ਸ਼ੁਰੂ* · *ਇਸ ਲਿੰਕ ਰਾਹੀਂ ਖਰੀਦ 'ਤੇ ਸਾਨੂੰ ਕਮਿਸ਼ਨ ਮਿਲ ਸਕਦਾ ਹੈ"],
        "parl_crumb": ["ਮੁੱਖ ਪੰਨਾ > ਖ਼ਬਰਾਂ > ਕਮੇਟੀਆਂ"],
        "parl_menu": ["ਸਦਨ · ਮੈਂਬਰ · ਕਮੇਟੀਆਂ · ਕਾਰਵਾਈ\nਬਿੱਲ · ਸਵਾਲ-ਜਵਾਬ · ਸਿੱਧਾ ਪ੍ਰਸਾਰਣ"],
        "committee_kicker": ["ਕਮੇਟੀ ਖ਼ਬਰਾਂ"],
        "bill_ref": ["ਬਿੱਲ ਨੰਬਰ {n}, ਸਾਲ {y}"],
        "watch_debate": ["▶ ਸਦਨ ਦੀ ਬਹਿਸ ਦੀ ਰਿਕਾਰਡਿੰਗ ਦੇਖੋ ({n} ਮਿੰਟ)"],
        "record_link": ["ਬੈਠਕ ਦੀ ਅਧਿਕਾਰਤ ਕਾਰਵਾਈ ਪੜ੍ਹੋ →"],
        "not_official": ["ਇਹ ਖ਼ਬਰ ਸਦਨ ਦੀ ਕਾਰਵਾਈ ਦਾ ਅਧਿਕਾਰਤ ਰਿਕਾਰਡ ਨਹੀਂ ਹੈ।"],
        "press_office": ["ਪ੍ਰੈੱਸ ਸ਼ਾਖਾ, ਵਿਧਾਨ ਸਭਾ ਸਕੱਤਰੇਤ, ਚੰਡੀਗੜ੍ਹ\nਫ਼ੋਨ: 0172 274 0100"],
        "season_banner": ["ਬਾਗਬਾਨੀ ਕੈਲੰਡਰ · ਇਸ ਹਫ਼ਤੇ ਦੇ ਕੰਮ"],
        "plant_box": ["ਪੌਦੇ ਦੀ ਜਾਣਕਾਰੀ\nਉਚਾਈ: 45–60 ਸੈ.ਮੀ. · ਧੁੱਪ: ਪੂਰੀ\nਬਿਜਾਈ: ਅਕਤੂਬਰ ਤੋਂ ਨਵੰਬਰ"],
        "shop_link": ["ਬੀਜ ਅਤੇ ਗਮਲੇ ਸਾਡੀ ਆਨਲਾਈਨ ਦੁਕਾਨ ਤੋਂ ਖਰੀਦੋ →"],
        "ask_expert": ["ਬਾਗਬਾਨੀ ਬਾਰੇ ਕੋਈ ਸਵਾਲ? ਸਾਡੇ ਮਾਹਿਰ ਨੂੰ ਲਿਖੋ"],
    },
    "mi": {
        "months": _words(
            _Mi,
            "Kohitātea Huitanguru Poutūterangi Paengawhāwhā Haratua Pipiri Hōngongoi Hereturikōkā Mahuru "
            "Whiringa-ā-nuku Whiringa-ā-rangi Hakihea",
        ),
        "mon_abbr": _words(_Mi, "Hānuere Pēpuere Māehe Āperira Mei Hune Hūrae Ākuhata Hepetema Oketopa Noema Tīhema"),
        "wd_abbr": _words(_Mi, "Rāhina Rātū Rāapa Rāpare Rāmere Rāhoroi Rātapu"),
        "names": [
            "Hemi Aroha Wiremu Mere Tama Anahera Rāwiri Huia",
            "Ngata Parata Tamihana Waititi Rangihau Pōmare Kīngi Tawhiri",
        ],
        "cities": ["Rotorua", "Kirikiriroa", "Ōtautahi", "Heretaunga", "Tauranga", "Whakatāne"],
        "quote": ["“{}”"],
        "local_recall": ["{d} {month} {y}", "{mon:{d} @ {y}, {h12}.{mi} {ap}}"],
        "local_horo": ["{wd}, {d} {month} {y}"],
        "local_trade": ["{d} {mon} {y} · {hm}", "{wd:@ {d} {mon} {y}, {h12}.{mi} {ap}}"],
        "local_museum": ["{d} {month} {y}"],
        "local_obit": ["{wd} {d} {month} {y}", "{d} {mon} {y}"],
        "local_games": ["Whakahou: {dd}/{mm}/{y} {hm}", "{d} {mon} {y}"],
        "local_parl": ["{wd}, {d} {month} {y}", "{d} {mon} {y}"],
        "local_garden": ["{d} {month} {y}", "{wd} {d} {mon} {y}"],
        "glue_obit": ["{C}, {d} – ", "{C} ({d}) – "],
        "by": ["Nā {a}", "Kaituhi: {a}", "{a} – {site}", "He kōrero nā {a}"],
        "and": ["me"],
        "published": ["I whakaputaina: {d}", "I tukuna i te {d}"],
        "social": ["Facebook", "X", "WhatsApp", "Messenger", "Īmēra", "Tāruatia te hono"],
        "icons": ICONS14,
        "home": ["Kāinga"],
        "sections": ["Kaihoko", "Whakahokinga", "Kai", "Hauora", "Moni"],
        "listen": ["{n} meneti te pānui"],
        "photo": ["Whakaahua: {n}"],
        "caption_credit": ["{c}. Whakaahua: {n}", "{c} (Whakaahua nā {n})"],
        "cookie": ["Ka whakamahia e mātou ngā pihikete hei whakapai ake i tō wheako. Whakaae | Tautuhinga"],
        "tags": ["Ngā kaupapa: {t}", "Tūtohu: {t}"],
        "related_head": ["Ētahi atu poroporoaki"],
        "follow": ["Whāia te whare taonga ki Instagram, ki Facebook hoki"],
        "newsletter": ["Whiwhi ai i ngā tohutohu māra kai ia wiki ki tō pouaka īmēra – ohauru kore utu"],
        "comments": ["Ngā whakaaro ({n})", "{n} ngā whakaaro · Tāpiri mai i tōu"],
        "rights": ["© {y} {site}. Mana pupuri katoa.", "Manatārua © {site} {y}"],
        "title_site": ["{t} | Arotake kēmu | {site}", "{t} – {site}"],
        "ad": ["PĀNUI HOKOHOKO", "— Pānui —"],
        "recall_badge": ["⚠ WHAKAHOKINGA HUA · Haumaru kai"],
        "product_box": [
            "Ngā taipitopito o te hua\nIngoa: Kuku kēne, 400 karamu\nTau rōpū {n}B · Pai mō mua i te 12/2027"
        ],
        "recall_source": ["Mātāpuna: Te Manatū Ahu Matua (MPI) me te kaihanga"],
        "no_liability": ["Nā te kaihanga ēnei mōhiohio; kāore mātou e kawe i te haepapa mō te tika."],
        "recall_alerts": ["Kia tae wawe mai ngā pānui whakahokinga ki tō īmēra – ohauru mai"],
        "sign_menu": [
            "Whiro · Tirea · Hoata · Ōuenuku · Okoro · Tamatea\n"
            "Rākaunui · Rākaumatohi · Takirau · Oike · Tangaroa · Ōtāne"
        ],
        "sign_kicker": ["MARAMATAKA · Te pō o Rākaunui", "MARAMATAKA · Te pō o Tangaroa-ā-roto"],
        "tabs_line": ["Tēnei rā | Āpōpō | Tēnei wiki | Tēnei marama"],
        "lucky_line": ["Pō {n} o te marama · He rā hua"],
        "stars_line": ["Hī ika ★★★★☆ · Whakatō ★★★☆☆ · Hauora ★★★★★"],
        "fun_note": ["He aratohu noa tēnei; he rerekē te maramataka i ia rohe, i ia iwi."],
        "astro_line": ["Tikiake i tā mātou taupānga maramataka · App Store, Google Play"],
        "daily_mail": ["Tonoa mai te maramataka o ia rā ki tō īmēra – ohauru kore utu"],
        "trade_crumb": ["Kāinga / Ahumahi / Ngahere"],
        "premium_badge": ["MŌ NGĀ KAIOHAURU ANAKE"],
        "event_ad": ["Hui Ahumahi Ngahere {y} · Rotorua\n18–19 Hune · Rēhita mai ināianei →"],
        "whitepaper": ["Tikiake i te pūrongo kore utu: Te mākete rākau o Aotearoa"],
        "companies": ["Ngā kamupene kua whakahuatia: Ngā Ngahere o Te Rangi, Pōmare Rākau, Tai Tokerau Timber"],
        "print_sub": ["Kāore anō koe kia ohauru? Ka tae te moheni tā ki tō kuaha – $79 i te tau"],
        "hours_strip": ["E tuwhera ana i tēnei rā: 10 i te ata – 6 i te ahiahi · Kore utu te tomokanga"],
        "museum_menu": ["Toro mai · Whakaaturanga · Kohinga · Akoranga\nToa · Mema · Tīkiti"],
        "journal_kicker": ["Ngā kōrero o te whare taonga · Nō te kohinga"],
        "object_caption": ["Kahu huruhuru, 1880 pea. Muka, huruhuru kiwi. Nama kohinga ME0{n}219"],
        "gallery_note": ["E whakaaturia ana tēnei taonga ki te taiwhanga {n}"],
        "plan_visit": ["Whakamaheretia tō toronga: ngā hāora, ngā tīkiti me te urunga →"],
        "members": ["Hono mai hei mema, ka kore utu te tomo mō te tau katoa"],
        "image_rights": ["Ngā whakaahua: © te whare taonga, ki te kore e kī kētia."],
        "obit_kicker": ["POROPOROAKI"],
        "life_dates": ["(1939–{y})", "I whānau 1947 · I mate {y}"],
        "correction": ["Whakatika: i hē te tau o tōna whānautanga i te putanga tuatahi o tēnei tuhinga."],
        "prepared_note": ["I tuhia ētahi wāhanga o tēnei poroporoaki i mua atu."],
        "platform_line": ["PS5 · Xbox Series X|S · PC · Switch 2"],
        "age_rating": ["Whakarōpūtanga: R16"],
        "trailer": ["▶ Mātakitakihia te kiriata whakatairanga (2:{n:02d})"],
        "score_box": ["Tā mātou whakatau: 8/10\nPai: te nui o te ao · Kino: te roa o te utanga"],
        "review_copy": ["Nā te kaiwhakaputa te kape arotake i tuku mai."],
        "buy_links": ["Hokona: $99.99 i te toa* · *Hono takawaenga"],
        "parl_crumb": ["Kāinga > Ngā Rongo > Ngā Komiti Whiriwhiri"],
        "parl_menu": ["Te Whare · Ngā Mema · Ngā Komiti · Ngā Pire\nHansard · Ngā Pātai · Pāho ora"],
        "committee_kicker": ["NGĀ KŌRERO KOMITI WHIRIWHIRI"],
        "bill_ref": ["Pire nama {n}-1 ({y})"],
        "watch_debate": ["▶ Mātakitakihia te tautohetohe i te Whare ({n} meneti)"],
        "record_link": ["Pānuitia te Hansard o te nohonga →"],
        "not_official": ["Ehara tēnei tuhinga i te pūrongo ōkawa o ngā mahi a te Whare."],
        "press_office": ["Tari Pāpāho, Te Whare Pāremata\nWaea: 04 817 9999"],
        "season_banner": ["MĀRA KAI · Ngā mahi o te wiki"],
        "plant_box": [
            "Ngā kōrero mō te tipu\nTeitei: 30–45 henimita · Wāhi: paku marumaru\nWhakatō: Mahuru ki Whiringa-ā-rangi"
        ],
        "shop_link": ["Hokona ngā kākano me ngā pū i tā mātou toa ipurangi →"],
        "ask_expert": ["He pātai māu mō te māra? Tuhia mai ki tō mātou tohunga"],
    },
    "zu": {
        "months": _words(
            _Zu, "Januwari Februwari Mashi Ephreli Meyi Juni Julayi Agasti Septemba Okthoba Novemba Disemba"
        ),
        "mon_abbr": _words(_Zu, "Jan Feb Mas Eph Mey Jun Jul Aga Sep Okt Nov Dis"),
        "wd_abbr": _words(_Zu, "uMsombuluko uLwesibili uLwesithathu uLwesine uLwesihlanu uMgqibelo iSonto"),
        "names": [
            "Sipho Thandeka Bongani Nomvula Sibusiso Zanele Lungelo Ayanda",
            "Mkhize Ndlovu Dlamini Ngcobo Khumalo Mthembu Shabalala Zungu",
        ],
        "cities": ["eThekwini", "eMgungundlovu", "eGoli", "KwaDukuza", "eMpangeni", "ePitoli"],
        "quote": ["“{}”"],
        "local_recall": ["{d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_horo": ["{wd}, {d} {month} {y}"],
        "local_trade": ["Ngomhlaka {d} {month} {y}", "{d} {month} {y} | {hm}"],
        "local_museum": ["{d} {month} {y}"],
        "local_obit": ["{d} {month} {y}", "{d} {mon} {y}"],
        "local_games": ["{month:Kubuyekezwe ngomhlaka {d} @ {y}, {h12}:{mi} {ap}}", "{dd}/{mm}/{y} {hm}"],
        "local_parl": ["{wd}, {month} {d}, {y}", "{dd}.{mm}.{y}"],
        "local_garden": ["{d} {month} {y}", "{wd}, {d} {mon} {y}"],
        "glue_obit": ["{C}, {d} – ", "{C} ({d}) – "],
        "by": ["Umbhali: {a}", "{A}", "{a} | {site}", "Umbiko: {a}"],
        "and": ["kanye no"],
        "published": ["Kushicilelwe: {d}", "Ishicilelwe: {d}"],
        "social": ["Facebook", "X", "WhatsApp", "Telegram", "I-imeyili", "Kopisha isixhumanisi"],
        "icons": ICONS14,
        "home": ["Ikhasi lokuqala"],
        "sections": ["Abathengi", "Okuhoxisiwe", "Ukudla", "Impilo", "Imali"],
        "listen": ["Imizuzu engu-{n} yokufunda"],
        "photo": ["Isithombe: {n}"],
        "caption_credit": ["{c}. Isithombe: {n}", "{c} (ISITHOMBE: {n})"],
        "cookie": ["Le webhusayithi isebenzisa ama-cookie. Ngiyavuma | Izilungiselelo"],
        "tags": ["Izihloko: {t}", "Okuhlobene: {t}"],
        "related_head": ["Abanye abasishiyile"],
        "follow": ["Landela umnyuziyamu ku-Instagram naku-Facebook"],
        "newsletter": ["Thola amathiphu engadi njalo ngeSonto ku-imeyili yakho – bhalisa mahhala"],
        "comments": ["Imibono ({n})", "Imibono engu-{n} · Shiya owakho"],
        "rights": ["© {y} {site}. Wonke amalungelo agodliwe.", "I-copyright © {site} {y}"],
        "title_site": ["{t} | Ukubuyekezwa kwemidlalo | {site}", "{t} – {site}"],
        "ad": ["ISIKHANGISO", "— Isikhangiso —"],
        "recall_badge": ["⚠ UKUHOXISWA KOMKHIQIZO · Ukuphepha kwabathengi"],
        "product_box": [
            "Imininingwane yomkhiqizo\n"
            "Igama: Ubisi lwezingane, 900 g\nInombolo yeqoqo: L{n}26 · Iphelelwa yisikhathi: 08/2027"
        ],
        "recall_source": ["Umthombo: IKhomishini Kazwelonke Yabathengi (NCC) nomkhiqizi"],
        "no_liability": ["Lolu lwazi lunikezwe ngumkhiqizi; asinacala ngokunemba kwalo."],
        "recall_alerts": ["Thola izaziso zokuhoxiswa kwemikhiqizo ku-WhatsApp – joyina isiteshi sethu"],
        "sign_menu": [
            "Aries · Taurus · Gemini · Cancer · Leo · Virgo\n"
            "Libra · Scorpio · Sagittarius · Capricorn · Aquarius · Pisces"
        ],
        "sign_kicker": [
            "IZINKANYEZI ZAKHO · Scorpio (Okthoba 23 – Novemba 21)",
            "IZINKANYEZI ZAKHO · Taurus (Ephreli 20 – Meyi 20)",
        ],
        "tabs_line": ["Namuhla | Kusasa | Leli sonto | Le nyanga"],
        "lucky_line": ["Inombolo yenhlanhla: {n} · Umbala: oluhlaza okotshani"],
        "stars_line": ["Uthando ★★★★☆ · Umsebenzi ★★☆☆☆ · Impilo ★★★★☆"],
        "fun_note": ["Izinkanyezi zenzelwe ukuzijabulisa kuphela."],
        "astro_line": ["Khuluma nomfundi wezinkanyezi: R4,99 ngomzuzu · Thumela u-STARS ku-33{n}1"],
        "daily_mail": ["Thola izinkanyezi zakho nsuku zonke ku-imeyili – bhalisa manje"],
        "trade_crumb": ["Ikhasi lokuqala / Ezomnotho / Umoba"],
        "premium_badge": ["OKWABABHALISILE KUPHELA"],
        "event_ad": ["Ingqungquthela Yomoba {y} · eThekwini\n9–10 Septemba · Bhalisa manje →"],
        "whitepaper": ["Landa umbiko wamahhala: Imakethe kashukela eNingizimu Afrika"],
        "companies": ["Izinkampani ezishiwo: Umfolozi Cane Growers, Thukela Mills, Zululand Sugar Co."],
        "print_sub": ["Awukabhalisi? Umagazini ophrintiwe uzofika emnyango wakho – R450 ngonyaka"],
        "hours_strip": ["Kuvuliwe namuhla: 08:30 – 16:00 · Kuvaliwe ngeSonto"],
        "museum_menu": ["Vakashela · Imibukiso · Amaqoqo · Ezemfundo\nIsitolo · Ubulungu · Amathikithi"],
        "journal_kicker": ["Ijenali yomnyuziyamu · Emaqoqweni ethu"],
        "object_caption": ["Isicholo, cishe ngo-1920. Utshani nezinwele. Inombolo yeqoqo 1958.{n}"],
        "gallery_note": ["Le nto ibukiswa egumbini lemibukiso {n}"],
        "plan_visit": ["Hlela ukuvakasha kwakho: amahora, amathikithi nokufinyeleleka →"],
        "members": ["Yiba yilungu, ungene mahhala unyaka wonke"],
        "image_rights": ["Izithombe: © umnyuziyamu, ngaphandle uma kushiwo okunye."],
        "obit_kicker": ["SIYABAKHUMBULA"],
        "life_dates": ["(1942–{y})", "Wazalwa ngo-1950 · Wadlula emhlabeni ngo-{y}"],
        "correction": ["Ukulungisa: inguqulo yokuqala yale ndatshana ibinonyaka ongalungile wokuzalwa kwakhe."],
        "prepared_note": ["Ingxenye yale ndatshana yalungiswa ngaphambilini."],
        "platform_line": ["PS5 · Xbox Series X|S · PC"],
        "age_rating": ["Iminyaka: 16+"],
        "trailer": ["▶ Buka i-trailer (2:{n:02d})"],
        "score_box": ["Isinqumo sethu: 7/10\nOkuhle: umculo · Okubi: ukulayisha kuthatha isikhathi eside"],
        "review_copy": ["Umshicileli usinikeze ikhophi yokubuyekeza."],
        "buy_links": ["Thenga: R1 299 esitolo* · *Isixhumanisi sobambiswano"],
        "parl_crumb": ["Ikhasi lokuqala > Izindaba > Amakomidi"],
        "parl_menu": ["Indlu · Amalungu · Amakomidi · Imithetho\nI-Hansard · Imibuzo · Bukela bukhoma"],
        "committee_kicker": ["IZINDABA ZAMAKOMIDI"],
        "bill_ref": ["Umthethosivivinywa No. {n} ka-{y}"],
        "watch_debate": ["▶ Buka inkulumompikiswano yeNdlu (imizuzu engu-{n})"],
        "record_link": ["Funda irekhodi elisemthethweni lesimiso →"],
        "not_official": ["Le ndaba akusona isiqopho esisemthethweni sezinkulumo zeNdlu."],
        "press_office": ["Ihhovisi labezindaba, Isishayamthetho saKwaZulu-Natali\nUcingo: 033 355 7600"],
        "season_banner": ["INGADI YEMIFINO · Imisebenzi yaleli sonto"],
        "plant_box": [
            "Ulwazi ngesitshalo\nUbude: 40–60 cm · Indawo: ilanga eliphelele\nUkutshala: Septemba kuya kuNovemba"
        ],
        "shop_link": ["Thenga imbewu nezimbiza esitolo sethu se-inthanethi →"],
        "ask_expert": ["Unombuzo ngengadi? Bhalela uchwepheshe wethu"],
    },
    "sv": {
        "months": _words(str, "januari februari mars april maj juni juli augusti september oktober november december"),
        "mon_abbr": _words(str, "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec."),
        "wd_abbr": _words(str, "måndag tisdag onsdag torsdag fredag lördag söndag"),
        "names": [
            "Linnea Oskar Ebba Viktor Saga Henrik Alva Gustav",
            "Lundgren Ekström Sjöberg Wallin Forsberg Engström Hedlund Blom",
        ],
        "cities": ["Umeå", "Göteborg", "Malmö", "Visby", "Luleå", "Uppsala"],
        "quote": ["”{}”"],
        "local_recall": ["{y}-{mm}-{dd} {hm}", "{d} {mon} {y}"],
        "local_horo": ["{wd} {d} {month} {y}"],
        "local_trade": ["{d} {mon} {y}, kl. {h}.{mi}", "{y}-{mm}-{dd}"],
        "local_museum": ["{d} {month} {y}"],
        "local_obit": ["{d} {month} {y}", "{wd} {d} {month} {y}"],
        "local_games": ["{y}-{mm}-{dd} {hm}", "Uppdaterad {d} {mon} {y} {hm}"],
        "local_parl": ["Publicerad: {d} {month} {y}", "{y}-{mm}-{dd}"],
        "local_garden": ["{d} {month} {y}", "{wd} {d} {mon} {y}"],
        "glue_obit": ["{C} {d}. ", "{C}, {d} – "],
        "by": ["Text och bild: {a}", "{a} · {site}", "Författare: {a}", "Sammanställt av {a}"],
        "and": ["och"],
        "published": ["Publicerad {d}", "Först publicerad: {d}"],
        "social": ["Facebook", "X", "LinkedIn", "Messenger", "E-post", "Kopiera länk"],
        "icons": ICONS14,
        "home": ["Start"],
        "sections": ["Konsument", "Återkallelser", "Mat", "Hälsa", "Privatekonomi"],
        "listen": ["Lästid: {n} min"],
        "photo": ["Foto: {n} / museet"],
        "caption_credit": ["{c}. Foto: {n}", "{c} Bild: {n}"],
        "cookie": ["Vi använder kakor för att webbplatsen ska fungera. Godkänn alla | Endast nödvändiga"],
        "tags": ["Ämnen i artikeln: {t}", "Taggar: {t}"],
        "related_head": ["Fler minnesord", "Avlidna i veckan"],
        "follow": ["Följ museet på Instagram"],
        "newsletter": ["Få månadens trädgårdssysslor i inkorgen – prenumerera gratis på nyhetsbrevet"],
        "comments": ["Kommentarer ({n})", "{n} kommentarer – skriv din"],
        "rights": ["© {y} {site} · Ansvarig utgivare: Karin Wallin", "Copyright {site} {y} · Om kakor"],
        "title_site": ["{t} – recension | {site}", "{t} | {site}"],
        "ad": ["ANNONS", "Annons"],
        "recall_badge": ["ÅTERKALLELSE · Livsmedel"],
        "product_box": [
            "Berörd produkt\nTomatsoppa, 500 ml, bäst före 2027-03-{n:02d}\nSåld i hela landet sedan augusti"
        ],
        "recall_source": ["Källa: Livsmedelsverket och tillverkarens pressmeddelande"],
        "no_liability": ["Uppgifterna kommer från tillverkaren. Vi ansvarar inte för eventuella fel i dem."],
        "recall_alerts": ["Få återkallelser direkt i mobilen – ladda ner vår app"],
        "sign_menu": [
            "Väduren · Oxen · Tvillingarna · Kräftan · Lejonet · Jungfrun\n"
            "Vågen · Skorpionen · Skytten · Stenbocken · Vattumannen · Fiskarna"
        ],
        "sign_kicker": ["♏ Skorpionen 24/10–22/11", "♒ Vattumannen 20/1–18/2"],
        "tabs_line": ["Idag · I morgon · Veckan · Månaden · Året"],
        "lucky_line": ["Dagens tal: {n} · Dagens färg: turkos"],
        "stars_line": ["Kärlek ♥♥♥♡♡ · Jobb ♥♥♥♥♡ · Hälsa ♥♥♡♡♡"],
        "fun_note": ["Horoskopet är skrivet för underhållning."],
        "astro_line": ["Ring en astrolog: 0939-10 10 10 (24,90 kr/min, 18 år)"],
        "daily_mail": ["Dagens horoskop i din inkorg varje morgon – anmäl dig här"],
        "trade_crumb": ["Start / Transport & logistik / Åkerier"],
        "premium_badge": ["PLUS · För prenumeranter"],
        "event_ad": ["Logistikdagarna {y} · Jönköping\n3–4 september · Boka din plats →"],
        "whitepaper": ["Ladda ner rapporten gratis: Så elektrifieras de tunga transporterna"],
        "companies": ["Företag i artikeln: Nordfrakt AB, Vänerlogistik, Hedlunds Åkeri"],
        "print_sub": ["Prenumerera på papperstidningen – 10 nummer per år för 995 kr"],
        "hours_strip": ["Öppet i dag 11–17 · Fri entré under 20 år"],
        "museum_menu": ["Besök · Utställningar · Samlingar · Skola\nButik · Bli medlem · Biljetter"],
        "journal_kicker": ["Ur samlingarna"],
        "object_caption": ["Brudkrona, Dalarna, 1780-tal. Förgyllt silver. Inv.nr {n}.312"],
        "gallery_note": ["Föremålet visas i sal {n}"],
        "plan_visit": ["Planera ditt besök: öppettider, biljetter och tillgänglighet →"],
        "members": ["Bli medlem i vänföreningen – fri entré hela året"],
        "image_rights": ["Bilder: © museet om inget annat anges. Fria att använda enligt CC BY."],
        "obit_kicker": ["NEKROLOG"],
        "life_dates": ["* 1937 † {y}", "(1944–{y})"],
        "correction": ["Rättelse: I en tidigare version angavs fel födelseort."],
        "prepared_note": ["Delar av texten skrevs i förväg."],
        "platform_line": ["PS5, Xbox Series X/S, PC"],
        "age_rating": ["PEGI 16 · Våld, svordomar"],
        "trailer": ["▶ Se trailern (2:{n:02d})"],
        "score_box": ["Betyg: 4 av 5\n+ Snygg värld  – Seg början"],
        "review_copy": ["Recensionsexemplaret kommer från utgivaren."],
        "buy_links": ["Köp för 649 kr hos vår partner* · *Annonslänk – vi får provision"],
        "parl_crumb": ["Start > Nyheter > Utskotten"],
        "parl_menu": ["Dokument & lagar · Ledamöter & partier · Utskotten\nDebatter & beslut · Webb-tv"],
        "committee_kicker": ["Nyheter från utskotten"],
        "bill_ref": ["Ärende: betänkande FiU{n}"],
        "watch_debate": ["▶ Se debatten i kammaren ({n} min)"],
        "record_link": ["Läs protokollet från sammanträdet →"],
        "not_official": ["Texten är en nyhetsartikel och ersätter inte riksdagens protokoll."],
        "press_office": ["Presstjänsten\nTelefon: 08-786 40 00"],
        "season_banner": ["Månadens trädgårdsjobb"],
        "plant_box": ["Växtfakta\nHöjd: 60–90 cm · Läge: sol–halvskugga\nOdlingszon: I–IV"],
        "shop_link": ["Köp lökar och frön i vår webbutik →"],
        "ask_expert": ["Fråga vår trädgårdsexpert – mejla din fråga"],
    },
    "it": {
        "months": _words(
            str, "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
        ),
        "mon_abbr": _words(str, "gen feb mar apr mag giu lug ago set ott nov dic"),
        "wd_abbr": _words(str, "lunedì martedì mercoledì giovedì venerdì sabato domenica"),
        "names": [
            "Alessandro Federica Matteo Valentina Davide Silvia Riccardo Elisa",
            "Esposito Ferrari Gallo Conti Greco Bruno Fontana Caruso",
        ],
        "cities": ["Bologna", "Torino", "Palermo", "Genova", "Bari", "Trieste"],
        "quote": ["“{}”"],
        "local_recall": ["{dd}/{mm}/{y} ore {hm}", "{d} {month} {y}"],
        "local_horo": ["{wd} {d} {month} {y}"],
        "local_trade": ["{d} {mon} {y}, {hm}", "{dd}.{mm}.{y}"],
        "local_museum": ["{d} {month} {y}"],
        "local_obit": ["{d} {month} {y}"],
        "local_games": ["{d} {month} {y} - {hm}", "Aggiornato il {dd}/{mm}/{y}"],
        "local_parl": ["{wd} {d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_garden": ["{d} {month} {y}", "{d} {mon} {y} | {hm}"],
        "glue_obit": ["{C}, {d} – ", "({C}, {d}) "],
        "by": ["Testo: {a}", "Redatto da {a}", "{a} – {site}", "Pubblicato da {a}"],
        "and": ["e"],
        "published": ["Pubblicato il {d}", "Data di pubblicazione: {d}"],
        "social": ["Facebook", "X", "WhatsApp", "Telegram", "Email", "Copia link"],
        "icons": ICONS14,
        "home": ["Home"],
        "sections": ["Consumatori", "Richiami", "Alimentazione", "Salute", "Risparmio"],
        "listen": ["Tempo di lettura: {n} minuti"],
        "photo": ["Foto: {n} / Archivio del museo"],
        "caption_credit": ["{c} (foto {n})", "{c} – Foto di {n}"],
        "cookie": ["Questo sito utilizza cookie tecnici e di profilazione. Accetta | Rifiuta | Personalizza"],
        "tags": ["Argomenti: {t}", "Tag: {t}"],
        "related_head": ["Altri addii", "Ci hanno lasciato"],
        "follow": ["Segui il museo su Instagram"],
        "newsletter": ["Iscriviti alla newsletter dell'orto: un consiglio ogni venerdì"],
        "comments": ["Commenti ({n})", "{n} commenti · Lascia un commento"],
        "rights": [
            "© {y} {site} – P.IVA 01234567890 – Tutti i diritti riservati",
            "Copyright {y} {site}. Riproduzione riservata",
        ],
        "title_site": ["{t} - Recensione | {site}", "{t} | {site}"],
        "ad": ["PUBBLICITÀ", "Contenuto sponsorizzato"],
        "recall_badge": ["RICHIAMO ALIMENTARE · Ministero della Salute"],
        "product_box": ["Prodotto richiamato\nPesto alla genovese, vasetto da 190 g\nLotto {n}A · Scadenza 30/04/2027"],
        "recall_source": ["Fonte: avviso del Ministero della Salute e comunicato dell'azienda"],
        "no_liability": ["Le informazioni sono fornite dal produttore; la redazione non ne garantisce l'esattezza."],
        "recall_alerts": ["Ricevi gli avvisi di richiamo sul tuo smartphone: attiva le notifiche"],
        "sign_menu": [
            "Ariete · Toro · Gemelli · Cancro · Leone · Vergine\n"
            "Bilancia · Scorpione · Sagittario · Capricorno · Acquario · Pesci"
        ],
        "sign_kicker": ["SCORPIONE (23 ottobre – 22 novembre)", "ACQUARIO (21 gennaio – 19 febbraio)"],
        "tabs_line": ["Oggi | Domani | Settimana | Mese | Anno"],
        "lucky_line": ["Numero fortunato: {n} · Colore: verde salvia"],
        "stars_line": ["Amore ★★★★☆ Lavoro ★★★☆☆ Salute ★★★★★"],
        "fun_note": ["L'oroscopo ha valore puramente di intrattenimento."],
        "astro_line": ["Parla con un astrologo: 899 00 00 00 (1,50 €/min, vietato ai minori)"],
        "daily_mail": ["Ricevi l'oroscopo ogni mattina via email: iscriviti gratis"],
        "trade_crumb": ["Home / Logistica / Magazzini"],
        "premium_badge": ["ABBONATI · Contenuto premium"],
        "event_ad": ["Forum della Logistica {y} · Milano\n15–16 ottobre · Iscrizioni aperte →"],
        "whitepaper": ["Scarica gratis il white paper: magazzini automatici e costi energetici"],
        "companies": ["Aziende citate: Trasporti Conti Srl, Logimar, Interporto Padano"],
        "print_sub": ["Abbonati alla rivista cartacea: 11 numeri a 59 €"],
        "hours_strip": ["Oggi aperto 9:00–19:00 · Ultimo ingresso ore 18:00"],
        "museum_menu": ["Visita · Mostre · Collezioni · Educazione\nBookshop · Membership · Biglietti"],
        "journal_kicker": ["DAL MUSEO · Storie dalla collezione"],
        "object_caption": ["Piatto in maiolica, Faenza, 1540 circa. Inv. {n}. Dono di Giuseppe Conti, 1931"],
        "gallery_note": ["L'opera è esposta nella sala {n}"],
        "plan_visit": ["Pianifica la tua visita: orari, biglietti e accessibilità →"],
        "members": ["Diventa Amico del museo: ingresso gratuito tutto l'anno"],
        "image_rights": ["Immagini: © Archivio fotografico del museo, salvo diversa indicazione."],
        "obit_kicker": ["IN MEMORIA"],
        "life_dates": ["(1935-{y})", "1946 – {y}"],
        "correction": ["Rettifica: in una precedente versione dell'articolo era indicato un anno di nascita errato."],
        "prepared_note": ["Parti di questo articolo erano state preparate in anticipo."],
        "platform_line": ["PS5, Xbox Series X|S, PC"],
        "age_rating": ["PEGI 18"],
        "trailer": ["▶ Guarda il trailer (1:{n:02d})"],
        "score_box": ["Il nostro voto: 8,5\nPro: mondo vasto · Contro: caricamenti lunghi"],
        "review_copy": ["Codice per la recensione fornito dall'editore."],
        "buy_links": ["Acquista a 59,99 €* · *link di affiliazione"],
        "parl_crumb": ["Home > Notizie > Commissioni"],
        "parl_menu": ["Lavori · Deputati · Organi · Documenti\nComunicazione · Web TV"],
        "committee_kicker": ["NOTIZIE DALLE COMMISSIONI"],
        "bill_ref": ["Atto Camera n. {n}21"],
        "watch_debate": ["▶ Guarda il dibattito in Aula ({n} min)"],
        "record_link": ["Leggi il resoconto stenografico della seduta →"],
        "not_official": ["Questa notizia non costituisce resoconto ufficiale dei lavori."],
        "press_office": ["Ufficio stampa\nTel. 06 6760 3330"],
        "season_banner": ["L'ORTO DEL MESE"],
        "plant_box": ["Scheda pianta\nAltezza: 40–60 cm · Esposizione: pieno sole\nSemina: settembre–ottobre"],
        "shop_link": ["Acquista semi e bulbi nel nostro shop online →"],
        "ask_expert": ["Hai un dubbio sull'orto? Scrivi al nostro esperto"],
    },
    "fr": {
        "months": _words(str, "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
        "mon_abbr": _words(str, "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
        "wd_abbr": _words(str, "lundi mardi mercredi jeudi vendredi samedi dimanche"),
        "names": [
            "Mathilde Lucas Camille Louis Manon Théo Pauline Bastien",
            "Garnier Chevalier Roux Fontaine Mercier Blanc Perrin Faure",
        ],
        "cities": ["Nantes", "Lyon", "Rennes", "Grenoble", "Lille", "Bordeaux"],
        "quote": ["«\u202f{}\u202f»"],
        "local_recall": ["{dd}/{mm}/{y} à {h}h{mi}", "{d} {month} {y} à {h}h{mi}"],
        "local_horo": ["{wd} {d} {month} {y}"],
        "local_trade": ["{d} {mon} {y} | {hm}", "{dd}.{mm}.{y}"],
        "local_museum": ["{d} {month} {y}"],
        "local_obit": ["{d} {month} {y}"],
        "local_games": ["Mis à jour le {dd}/{mm}/{y} à {hm}", "{d} {month} {y} à {h}h{mi}"],
        "local_parl": ["{wd} {d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_garden": ["{d} {month} {y}", "{d} {mon} {y} à {hm}"],
        "glue_obit": ["{C}, {d} – ", "{C} ({d}) – "],
        "by": ["Signé {a}", "{a}, pour {site}", "Rédaction\u00a0: {a}", "Un article de {a}"],
        "and": ["et"],
        "published": ["Publié le {d}", "Mise en ligne\u00a0: {d}"],
        "social": ["Facebook", "X", "WhatsApp", "LinkedIn", "E-mail", "Copier le lien"],
        "icons": ICONS14,
        "home": ["Accueil"],
        "sections": ["Conso", "Rappels de produits", "Alimentation", "Santé", "Argent"],
        "listen": ["Lecture\u00a0: {n} min"],
        "photo": ["Photo\u00a0: {n} / musée"],
        "caption_credit": ["{c}. Photo {n}", "{c} (crédit\u00a0: {n})"],
        "cookie": ["Nous utilisons des cookies pour mesurer l'audience. Tout accepter | Continuer sans accepter"],
        "tags": ["Mots-clés\u00a0: {t}", "Sur le même sujet\u00a0: {t}"],
        "related_head": ["Disparitions récentes"],
        "follow": ["Suivez le musée sur Instagram"],
        "newsletter": ["Recevez chaque mois le calendrier du jardinier – inscription gratuite"],
        "comments": ["Réactions ({n})", "{n} commentaires · Réagir"],
        "rights": ["© {site} {y} · Mentions légales · Données personnelles", "Tous droits réservés {site}, {y}"],
        "title_site": ["Test – {t} | {site}", "{t} - {site}"],
        "ad": ["PUBLICITÉ", "Publicité"],
        "recall_badge": ["RAPPEL CONSO · Alimentation"],
        "product_box": ["Produit concerné\nFromage au lait cru, 250 g\nLot {n}7 · DLC 14/12"],
        "recall_source": ["Source\u00a0: fiche Rappel Conso et communiqué du fabricant"],
        "no_liability": ["Informations communiquées par le fabricant et publiées sous sa responsabilité."],
        "recall_alerts": ["Soyez alerté des nouveaux rappels\u00a0: activez les notifications"],
        "sign_menu": [
            "Bélier · Taureau · Gémeaux · Cancer · Lion · Vierge\n"
            "Balance · Scorpion · Sagittaire · Capricorne · Verseau · Poissons"
        ],
        "sign_kicker": ["Scorpion (23 octobre – 22 novembre)", "Verseau (20 janvier – 18 février)"],
        "tabs_line": ["Aujourd'hui · Demain · Semaine · Mois · Année"],
        "lucky_line": ["Chiffre chance\u00a0: {n} · Couleur\u00a0: corail"],
        "stars_line": ["Amour ★★★☆☆ – Travail ★★★★☆ – Forme ★★★★★"],
        "fun_note": ["Horoscope rédigé à titre de divertissement."],
        "astro_line": ["Consultez un voyant au 08 92 00 00 00 (0,80 €/min)"],
        "daily_mail": ["Votre horoscope chaque matin par e-mail\u00a0: je m'abonne"],
        "trade_crumb": ["Accueil / Transport / Fret routier"],
        "premium_badge": ["ABONNÉS"],
        "event_ad": [
            "Salon du transport et de la logistique {y} · Paris-Nord Villepinte\n17–19 mars · Demandez votre badge →"
        ],
        "whitepaper": ["Livre blanc gratuit\u00a0: décarboner le transport routier"],
        "companies": ["Entreprises citées\u00a0: Transports Garnier, Logiroute, Fret Atlantique"],
        "print_sub": ["Abonnez-vous au magazine papier\u00a0: 10 numéros par an, 89 €"],
        "hours_strip": ["Aujourd'hui\u00a0: ouvert de 10 h à 18 h · Nocturne le jeudi"],
        "museum_menu": ["Visiter · Expositions · Collections · Éducation\nBoutique · Adhérer · Billetterie"],
        "journal_kicker": ["Le journal des collections"],
        "object_caption": ["Coffret, Limoges, vers 1200. Cuivre champlevé, émail. Inv. OA {n}04"],
        "gallery_note": ["Œuvre visible en salle {n}"],
        "plan_visit": ["Préparer sa visite\u00a0: horaires, tarifs et accès →"],
        "members": ["Adhérez aux Amis du musée et entrez librement toute l'année"],
        "image_rights": ["Images\u00a0: © musée, sauf mention contraire."],
        "obit_kicker": ["DISPARITION"],
        "life_dates": ["(1934-{y})", "1948 – {y}"],
        "correction": [
            "Rectificatif\u00a0: une version précédente de cet article indiquait une date de naissance erronée."
        ],
        "prepared_note": ["Une partie de cet article a été préparée à l'avance."],
        "platform_line": ["PS5 · Xbox Series · PC"],
        "age_rating": ["PEGI 12"],
        "trailer": ["▶ Bande-annonce (1:{n:02d})"],
        "score_box": ["Note\u00a0: 16/20\nOn aime\u00a0: la direction artistique · On aime moins\u00a0: la caméra"],
        "review_copy": ["Test réalisé à partir d'une version fournie par l'éditeur."],
        "buy_links": ["Acheter à 69,99 €* · *lien affilié"],
        "parl_crumb": ["Accueil > Actualités > Commissions"],
        "parl_menu": ["Députés · Travaux · Documents · Commissions\nEurope · Vidéos · Presse"],
        "committee_kicker": ["ACTUALITÉ DES COMMISSIONS"],
        "bill_ref": ["Projet de loi n° {n}14"],
        "watch_debate": ["▶ Revoir le débat en séance ({n} min)"],
        "record_link": ["Lire le compte rendu intégral de la séance →"],
        "not_official": ["Cet article ne constitue pas un compte rendu officiel des débats."],
        "press_office": ["Service de presse\nTél.\u00a0: 01 40 63 60 00"],
        "season_banner": ["AU JARDIN CETTE SEMAINE"],
        "plant_box": ["Fiche plante\nHauteur\u00a0: 50 à 80 cm · Exposition\u00a0: soleil\nRusticité\u00a0: –15 °C"],
        "shop_link": ["Graines et bulbes dans notre boutique en ligne →"],
        "ask_expert": ["Une question sur votre jardin\u00a0? Écrivez à notre jardinier"],
    },
    "ru": {
        "months": _words(str, "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
        "mon_abbr": _words(str, "янв фев мар апр мая июн июл авг сен окт ноя дек"),
        "wd_abbr": _words(str, "понедельник вторник среда четверг пятница суббота воскресенье"),
        "names": [
            "Анна Дмитрий Екатерина Павел Ксения Никита Вера Артём",
            "Черных Седых Кравченко Белых Мищенко Долгих Бондаренко Шевчук",
        ],
        "cities": ["Казань", "Самара", "Пермь", "Томск", "Иркутск", "Калининград"],
        "quote": ["«{}»"],
        "local_recall": ["{d} {month} {y}, {hm}", "{dd}.{mm}.{y}"],
        "local_horo": ["{wd}, {d} {month} {y}"],
        "local_trade": ["{d} {mon} {y} {hm}", "{dd}.{mm}.{y} {hm}"],
        "local_museum": ["{d} {month} {y} г."],
        "local_obit": ["{d} {month} {y}"],
        "local_games": ["{hm}, {d} {month} {y}", "Обновлено {dd}.{mm}.{y} в {hm}"],
        "local_parl": ["{d} {month} {y} г., {hm}", "{dd}.{mm}.{y}"],
        "local_garden": ["{d} {month} {y}", "{d} {mon} {y}, {hm}"],
        "glue_obit": ["{C}, {d} — ", "{C}. {d}. "],
        "by": ["Автор текста: {a}", "{a}, {site}", "Материал: {a}", "ТЕКСТ: {A}"],
        "and": ["и"],
        "published": ["Опубликовано {d}", "Дата публикации: {d}"],
        "social": ["ВКонтакте", "Одноклассники", "Telegram", "WhatsApp", "Дзен", "Скопировать ссылку"],
        "icons": ICONS14,
        "home": ["Главная"],
        "sections": ["Потребитель", "Отзыв товаров", "Продукты", "Здоровье", "Деньги"],
        "listen": ["Время чтения: {n} мин"],
        "photo": ["Фото: {n} / фонды музея"],
        "caption_credit": ["{c}. Фото: {n}", "{c} / Фото {n}"],
        "cookie": ["Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим. Понятно"],
        "tags": ["Темы: {t}", "Теги: {t}"],
        "related_head": ["Ушли из жизни"],
        "follow": ["Подписывайтесь на музей в Telegram"],
        "newsletter": ["Дачный календарь раз в неделю на почту — подписаться"],
        "comments": ["Комментарии ({n})", "Обсуждение ({n}) · Написать"],
        "rights": ["© {y} {site}. Все права защищены. 16+", "© {site}, {y}. При цитировании ссылка обязательна."],
        "title_site": ["{t} — обзор | {site}", "{t} | {site}"],
        "ad": ["Реклама", "РЕКЛАМА · 18+"],
        "recall_badge": ["ОТЗЫВ ПРОДУКЦИИ · Безопасность товаров"],
        "product_box": ["Что отзывают\nДетская коляска «Прогулка», модель {n}\nПродавалась с марта по сентябрь"],
        "recall_source": ["Источник: сообщение производителя и Росстандарта"],
        "no_liability": ["Сведения предоставлены производителем; редакция не несёт ответственности за их точность."],
        "recall_alerts": ["Узнавайте об отзывах товаров первыми — подпишитесь на наш канал"],
        "sign_menu": [
            "Овен · Телец · Близнецы · Рак · Лев · Дева\nВесы · Скорпион · Стрелец · Козерог · Водолей · Рыбы"
        ],
        "sign_kicker": ["Скорпион (24.10–22.11)", "Водолей (21.01–19.02)"],
        "tabs_line": ["Сегодня | Завтра | Неделя | Месяц | Год"],
        "lucky_line": ["Счастливое число: {n} · Цвет дня: бордовый"],
        "stars_line": ["Любовь ●●●●○ Работа ●●●○○ Здоровье ●●●●●"],
        "fun_note": ["Гороскоп носит развлекательный характер."],
        "astro_line": ["Личная консультация астролога — от 990 ₽ · Записаться"],
        "daily_mail": ["Гороскоп на каждый день — в нашем Telegram-канале"],
        "trade_crumb": ["Главная / Логистика / Склады"],
        "premium_badge": ["ПО ПОДПИСКЕ"],
        "event_ad": ["Форум «Транспорт и логистика {y}» · Екатеринбург\n14–15 апреля · Регистрация открыта →"],
        "whitepaper": ["Скачайте бесплатный отчёт: рынок складской недвижимости"],
        "companies": ["Компании в материале: «Уралтранс», «Северный путь», ТК «Волга-Карго»"],
        "print_sub": ["Оформите подписку на печатную версию журнала — 12 номеров в год"],
        "hours_strip": ["Сегодня открыто с 10:00 до 20:00 · Касса закрывается в 19:30"],
        "museum_menu": ["Посетить · Выставки · Коллекция · Образование\nМагазин · Друзья музея · Билеты"],
        "journal_kicker": ["Журнал музея · Из фондов"],
        "object_caption": ["Самовар, Тула, 1870-е годы. Латунь. Инв. № {n}118"],
        "gallery_note": ["Экспонат представлен в зале {n}"],
        "plan_visit": ["Спланируйте визит: часы работы, билеты и доступная среда →"],
        "members": ["Станьте другом музея — бесплатный вход круглый год"],
        "image_rights": ["Изображения: © музей, если не указано иное."],
        "obit_kicker": ["НЕКРОЛОГ"],
        "life_dates": ["(1933–{y})", "1945 — {y}"],
        "correction": ["Исправление: в первоначальной версии текста был неверно указан год рождения."],
        "prepared_note": ["Часть этого текста была подготовлена заранее."],
        "platform_line": ["PS5 · Xbox Series X|S · ПК"],
        "age_rating": ["18+"],
        "trailer": ["▶ Смотреть трейлер (2:{n:02d})"],
        "score_box": ["Наша оценка: 8/10\nПлюсы: открытый мир · Минусы: долгие загрузки"],
        "review_copy": ["Копия игры для обзора предоставлена издателем."],
        "buy_links": ["Купить от 4 499 ₽* · *партнёрская ссылка"],
        "parl_crumb": ["Главная > Новости > Комитеты"],
        "parl_menu": ["Депутаты · Законопроекты · Комитеты · Пленарные заседания\nПресс-центр · Видео"],
        "committee_kicker": ["НОВОСТИ КОМИТЕТОВ"],
        "bill_ref": ["Законопроект № {n}4512-8"],
        "watch_debate": ["▶ Смотреть запись обсуждения в зале ({n} мин)"],
        "record_link": ["Стенограмма заседания →"],
        "not_official": ["Материал не является официальной стенограммой заседания."],
        "press_office": ["Пресс-служба\nТел.: +7 495 692-80-00"],
        "season_banner": ["ДАЧНЫЙ КАЛЕНДАРЬ · Работы недели"],
        "plant_box": ["Паспорт растения\nВысота: 60–80 см · Место: солнце\nЗимостойкость: до −30 °C"],
        "shop_link": ["Семена и луковицы — в нашем интернет-магазине →"],
        "ask_expert": ["Есть вопрос о саде? Напишите нашему агроному"],
    },
}

STYLES: list[dict[str, object]] = [
    {
        "name": "recall_notice",  # consumer site's recall notice: badge, "published" over the byline, product box
        "header": ["cookie", "breadcrumb", "recall_badge", "title", "published", "byline", "share_icons"],
        "body_inserts": ["product_box", "caption_credit", "subheading", "list"],
        "footer": ["recall_source", "no_liability", "recall_alerts", "rights"],
        "date_formats": ["local_recall"],
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": "  ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "horoscope",  # horoscope (maramataka) page, no blank lines: sign menu, sign kicker, tab row
        "header": ["sign_menu", "sign_kicker", "tabs_line", "title", "date", "byline"],
        "body_inserts": ["lucky_line", "stars_line", "subheading", "ad"],
        "footer": ["fun_note", "astro_line", "daily_mail", "rights"],
        "date_formats": ["local_horo"],
        "blank": False,
        "crumb_sep": " › ",
        "by_join": "comma",
        "say": SAY,
    },
    {
        "name": "trade_magazine",  # trade magazine: subscribers' badge, byline and date on one line, fair ad
        "header": ["trade_crumb", "premium_badge", "title", "byline_date", "listen"],
        "body_inserts": ["event_ad", "caption_credit", "subheading", "quote", "whitepaper"],
        "footer": ["companies", "print_sub", "share_names", "rights"],
        "date_formats": ["local_trade"],
        "blank": True,
        "crumb_sep": " / ",
        "bd_sep": [" · ", ", "],
        "share_sep": " / ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "museum_journal",  # a museum's own journal: hours and menu, date over the byline, object captions
        "header": ["hours_strip", "museum_menu", "journal_kicker", "title", "date", "byline"],
        "body_inserts": ["object_caption", "gallery_note", "subheading", "quote", "caption_title"],
        "footer": ["plan_visit", "members", "image_rights", "follow", "rights"],
        "date_formats": ["local_museum"],
        "blank": True,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "obituary",  # newspaper obituary: kicker, life dates, byline over a glued city-and-date dateline
        "header": ["obit_kicker", "title", "life_dates", "byline", "date_glued"],
        "body_inserts": ["caption_credit", "subheading", "quote"],
        "footer": ["correction", "prepared_note", "related", "share_row", "rights"],
        "date_formats": ["local_obit"],
        "glue": "glue_obit",
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": " | ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "games_review",  # games site: page title with the site, platforms, byline and date, verdict box
        "header": ["title_site", "platform_line", "byline_date", "age_rating"],
        "body_inserts": ["trailer", "caption_credit", "subheading", "score_box", "list"],
        "footer": ["review_copy", "buy_links", "comments", "rights"],
        "date_formats": ["local_games"],
        "blank": True,
        "crumb_sep": " › ",
        "bd_sep": [" – ", " | "],
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "parliament_news",  # parliament's news service, no blank lines, no byline: bill reference, debate video
        "header": ["parl_menu", "parl_crumb", "committee_kicker", "date", "title", "bill_ref"],
        "body_inserts": ["watch_debate", "subheading", "quote", "list", "record_link"],
        "footer": ["not_official", "press_office", "share_names", "rights"],
        "date_formats": ["local_parl"],
        "blank": False,
        "crumb_sep": " > ",
        "share_sep": " · ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "garden_magazine",  # gardening magazine: season banner, byline over the date, plant profile, shop
        "header": ["season_banner", "title", "byline", "date", "listen"],
        "body_inserts": ["plant_box", "caption_credit", "subheading", "list", "shop_link"],
        "footer": ["ask_expert", "newsletter", "tags", "rights"],
        "date_formats": ["local_garden"],
        "blank": True,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
]
