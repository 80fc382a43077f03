"""TWELFTH HELD-OUT templates, written BLIND: their author read only build.py, score.py (for the format it
expects; it was not run), prose.py, the earlier styles files (for their format only, none of their
phrases, widget texts or layouts reused) and the shared sentence files build.py draws from; never the
cleaner's rules, lexicon, docs or tests; the cleaner was never run on them and they were never used to
change a rule. Four languages no earlier split uses: Arabic (Arabic script, right to left), Persian
(Arabic script with Persian letters and digits), Bengali (Bengali script) and Thai (Thai script, no
spaces between words); and four familiar ones, English, German, French and Spanish, in layouts no
earlier split has. Kinds of sites: a regional paper's death-notice page (a notices kicker, "published"
over the byline, a "light a candle" counter, a funeral-service box over three lines, a condolence-book
counter, a "place a notice" advertisement), election-night results pages with no blank lines (live
badge, a "n% counted" bar, byline and date on one line, "updated n minutes ago", a seat strip over four
lines between paragraphs, the electoral body as source), a regional traffic and transport desk (a road /
rail status strip over three lines above the headline, route-map captions and a "stuck in a jam? send us
a photo" prompt between paragraphs, an SMS-alert sign-up), a farming weekly (a commodity-price strip
over two lines above the menu, a "prices are indicative" note, a subscribers' log-in prompt), a motoring
site's road test (a score line under the headline, a specification box over five lines in the body, a
pros and cons box over two lines, a "test car provided by" notice), a health charity's explainer page
(a "medically reviewed by" line with a fixed reviewer, a symptom-checker link, a sources list over three
lines, a medical disclaimer, a donation prompt), picture stories with no blank lines (the page title with
the site's name, "photo story · n pictures", gallery captions "i / k" repeating the headline, "view full
screen" lines) and an international broadcaster's language service (a language switcher, the city and
date glued to the lead, a "translated from" note, "also available in" line).

Bylines in new forms: a label before the names ("كتب:", "تقرير:", "نویسنده:", "প্রতিবেদক:", "เรื่อง:",
"Words:", "Recherche und Text:", "Texte :", "Redacción:"), a credit phrase ("Reporting by", "Ein Bericht
von", "Un reportage de", "Información de", "به قلم", "รายงานโดย", "Filed by ... for Site"), names after
the verb in Bengali ("লিখেছেন ..."), names followed by the site ("{names} - Site", "{names}, Site", "{names}
· Site", "{names} (Site)"); one to three authors joined by "and" (Arabic and Persian "و", Bengali "ও",
Thai "และ") or by commas only. Each language brings its own month names (Arabic: the Egyptian/Gulf names
and the Levantine names, alone or as "تشرين الثاني/نوفمبر"; Persian transliterated Gregorian names;
Bengali Gregorian names and abbreviations; Thai full and dotted abbreviated names), weekday names, names
of people, cities and quotation marks. Dates in local forms, with the script's own digits where such
sites use them: "الأربعاء، ٢٥ نوفمبر ٢٠٢٦", "٢٥ نوفمبر ٢٠٢٦ - ٢:٣٢ م", "25 تشرين الثاني/نوفمبر 2026",
"2026/11/25 14:32", "۲۵ نوامبر ۲۰۲۶ - ۴ آذر ۱۴۰۵" (the same day in the Persian solar calendar beside it),
"چهارشنبه ۲۵ نوامبر ۲۰۲۶، ساعت ۱۴:۳۲", "বুধবার, ২৫ নভেম্বর ২০২৬", "২৫ নভেম্বর ২০২৬ ০২:৩২ পিএম",
"วันพุธที่ 25 พฤศจิกายน 2569" (Buddhist-era year), "25 พ.ย. 69 - 14:32 น.", "๒๕ พฤศจิกายน พ.ศ. ๒๕๖๙",
"Wednesday 25 November 2026 2.32pm GMT", "2.32pm, Wednesday 25 November 2026", "Stand: 25.11.2026 14:32
Uhr", "mercredi 25 novembre 2026 à 14 h 32", "25 nov. 2026 - 14:32 CET"; a relative "updated n minutes
ago" line under one of them (in Persian and Bengali in the script's digits, so those widgets carry
fixed numbers: build.py writes a widget's counter in ASCII digits).

How native digits, Buddhist-era years and the solar-calendar date are made without touching build.py:
build.py fills a local date pattern with str.format and passes the numbers as ints and the month and
weekday names from this module's lists. Those names are `Named` strings: written plainly ("{month}")
they are the name; given a format spec ("{month:#{d} * {y}}", whose nested fields str.format fills
first) they write the spec with "*" replaced by the name, "#" asking for the script's own digits, "^2026"
for the year of the Buddhist era (2569), "^^2026" for its last two digits, "~2026-11-25~" for the same day
in the Persian solar calendar and "AM"/"PM" in the language's own words.

Limits of build.py this split cannot cross (only the registration of this module was allowed there): the
headline is always a cut of a real sentence, so a Thai headline is a run of space-separated phrases and an
Arabic one may end without the script's punctuation; a paragraph ends with a sentence that ends in
.!?…"”») — in Bengali, where most sentences end with "।", the last sentence of every paragraph comes from
the few that do; a standfirst can only be the first paragraph, after the byline and the date, since a
header widget is boilerplate; the byline and the date sit in the header; a byline phrase is per
language, so it must fit every layout and one to three people (a death notice's byline is the reporter's,
a road test cannot say "tested by"); the "medically reviewed by" line names a fixed person, as a widget
line; a widget's lines all carry one label, so a seat strip, price strip or specification box is one
block; authors joined by commas get an ASCII comma, not the Arabic "،"; one date per document (the
Persian solar date is the same day; "updated" lines are relative); site names
in page titles, bylines, glued datelines and copyright lines come from build.py's shared list of English
brand names.
"""

from __future__ import annotations

import re

LANGS = ("ar", "fa", "bn", "th", "en", "de", "fr", "es")

JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def _jalali(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """The Persian solar (Jalali) date of a Gregorian day."""
    before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + before[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


class Named(str):
    """A month or weekday name; with a format spec it writes the spec in its language's way (see above)."""

    digits = "0123456789"
    era = 0
    words: tuple[tuple[str, str], ...] = ()

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        native = "#" in spec
        text = spec.replace("#", "")

        def solar(match: re.Match[str]) -> str:
            jy, jm, jd = _jalali(int(match[1]), int(match[2]), int(match[3]))
            return f"{jd} {JALALI_MONTHS[jm - 1]} {jy}"

        text = re.sub(r"~(\d+)-(\d+)-(\d+)~", solar, text)
        text = re.sub(r"\^\^(\d+)", lambda match: f"{(int(match[1]) + self.era) % 100:02d}", text)
        text = re.sub(r"\^(\d+)", lambda match: str(int(match[1]) + self.era), text)
        for word, local in self.words:
            text = text.replace(word, local)
        if native:
            text = text.translate(str.maketrans("0123456789", self.digits))
        return text.replace("*", str(self))


class _Ar(Named):
    digits = "٠١٢٣٤٥٦٧٨٩"
    words = (("AM", "ص"), ("PM", "م"))


class _Fa(Named):
    digits = "۰۱۲۳۴۵۶۷۸۹"


class _Bn(Named):
    digits = "০১২৩৪৫৬৭৮৯"
    words = (("AM", "এএম"), ("PM", "পিএম"))


class _Th(Named):
    digits = "๐๑๒๓๔๕๖๗๘๙"
    era = 543


class _En(Named):
    words = (("AM", "am"), ("PM", "pm"))


def _names(cls: type[Named], text: str, sep: str = " ") -> list[str]:
    return [cls(word) for word in text.split(sep)]


SAY = {  # widget -> gold reason (build.py: style["say"])
    "notice_kicker": "navigation",
    "candle": "feedback",
    "service_box": "navigation",
    "condolence": "comments",
    "notice_ad": "advertisement",
    "count_bar": "live_badge",
    "updated": "dateline",
    "seat_strip": "navigation",
    "results_source": "footer",
    "status_strip": "live_badge",
    "route_map": "caption",
    "report_jam": "reader_prompt",
    "alert_signup": "newsletter",
    "price_strip": "navigation",
    "member_login": "paywall",
    "price_note": "footer",
    "test_score": "rating",
    "spec_box": "navigation",
    "test_car_note": "advertisement",
    "pros_cons": "rating",
    "reviewed": "byline",
    "symptom_check": "navigation",
    "sources": "footer",
    "med_disclaimer": "footer",
    "donate": "reader_prompt",
    "photo_kicker": "navigation",
    "fullscreen": "navigation",
    "lang_switch": "navigation",
    "translated_note": "syndication",
    "also_in": "navigation",
}

ICONS12 = ["btn-share--fb", "btn-share--x", "btn-share--wa", "btn-share--tg", "btn-share--mail", "btn-share--link"]
SWITCH = "English · Français · Español · Deutsch · العربية · فارسی · বাংলা · ไทย"

PHRASES: dict[str, dict[str, list]] = {
    "ar": {
        "months": _names(_Ar, "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),
        "mon_abbr": _names(
            _Ar, "كانون الثاني/شباط/آذار/نيسان/أيار/حزيران/تموز/آب/أيلول/تشرين الأول/تشرين الثاني/كانون الأول", "/"
        ),
        "wd_abbr": _names(_Ar, "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"),
        "names": ["محمد فاطمة أحمد ليلى خالد سارة يوسف ريم", "العمري الحسيني المصري الخطيب النجار الزعبي"],
        "cities": ["القاهرة", "عمّان", "بيروت", "الرباط", "الدوحة", "تونس"],
        "quote": ["«{}»"],
        "local_notice": ["{wd:#*، {d} {month} {y}}", "{wd} {d} {mon} {y}"],
        "local_results": ["{month:#{d} * {y} - {h12}:{mi} {ap}}", "{wd} {d} {month} {y} - {hm} بتوقيت غرينتش"],
        "local_traffic": ["{wd:#*، {dd}/{mm}/{y} - {hm}}", "{hm} - {d} {month} {y}"],
        "local_farm": ["{d} {mon}/{month} {y}", "{month:#{d} * {y}}"],
        "local_road": ["{y}/{mm}/{dd} {hm}", "{d} {month} {y}"],
        "local_health": ["{month:#{d} * {y}}", "{d} {month} {y}"],
        "local_photo": ["{wd} {d} {mon} {y}", "{wd:#* {d} {month} {y} {h12}:{mi} {ap}}"],
        "local_ls": ["{month:#{d} * {y}}", "{d} {month} {y}، {hm} بتوقيت غرينتش"],
        "glue_ls": ["{C} - {d} - ", "{C} ({d}) – "],
        "by": ["كتب: {a}", "تقرير: {a}", "بقلم {a}", "{a} - {site}"],
        "and": ["و"],
        "published": ["نُشر في {d}", "تاريخ النشر: {d}"],
        "social": ["فيسبوك", "إكس", "واتساب", "تيليغرام", "لينكدإن", "نسخ الرابط"],
        "icons": ICONS12,
        "home": ["الرئيسية"],
        "sections": ["أخبار", "محليات", "اقتصاد", "رياضة", "ثقافة وفنون", "صحة", "منوعات"],
        "related_head": ["اقرأ أيضاً", "مواضيع ذات صلة", "الأكثر قراءة"],
        "caption_credit": ["{c} (تصوير: {n})", "{c} - الصورة: {n}"],
        "photo": ["تصوير: {n}", "الصورة: {n}"],
        "gallery": ["{t} - صورة {i} من {k}", "({i}/{k}) {t}"],
        "tags": ["الوسوم: {t}", "كلمات مفتاحية: {t}"],
        "comments": ["التعليقات ({n})", "{n} تعليق"],
        "rights": ["© {y} {site}. جميع الحقوق محفوظة.", "جميع الحقوق محفوظة لـ{site} © {y}"],
        "newsletter": ["اشترك في نشرتنا البريدية اليومية"],
        "app": ["حمّل تطبيقنا لتصلك الأخبار العاجلة أولاً بأول"],
        "follow": ["تابعونا على إكس وإنستغرام"],
        "title_site": ["{t} | بالصور | {site}", "{t} - {site}"],
        "listen": ["مدة القراءة: {n} دقائق"],
        "read_also": ["اقرأ أيضاً: {t}", "طالع أيضاً: {t}"],
        "live": ["مباشر", "● بث مباشر"],
        "notice_kicker": ["وفيات", "نعي"],
        "candle": ["🕯 أضئ شمعة ({n})"],
        "service_box": ["مراسم العزاء\nتُقبل التعازي في قاعة المسجد الكبير\nمن الخامسة حتى التاسعة مساءً لمدة {n} أيام"],
        "condolence": ["سجل التعازي: {n} رسالة · اكتب تعزيتك"],
        "notice_ad": ["لنشر نعي أو إعلان وفاة يرجى الاتصال بقسم الإعلانات على الرقم 06 500 4400"],
        "count_bar": ["تم فرز {n}.4% من صناديق الاقتراع"],
        "updated": ["آخر تحديث قبل {n} دقيقة"],
        "seat_strip": ["النتائج الأولية (مقاعد)\nالتحالف الوطني: 48\nحزب العدالة: 37\nمستقلون: {n}"],
        "results_source": ["المصدر: الهيئة العليا المستقلة للانتخابات. النتائج أولية وغير نهائية."],
        "status_strip": ["حالة الطرق الآن\nالطريق الدائري: ازدحام شديد\nالمترو: الخط الثاني متوقف جزئياً"],
        "route_map": ["الخريطة: التحويلة المقترحة عبر الطريق الصحراوي", "خريطة توضح مواقع الإغلاق حتى نهاية الأسبوع"],
        "report_jam": ["هل أنت عالق في الزحام؟ أرسل لنا صورة عبر واتساب على الرقم 050 123 4567"],
        "alert_signup": ["فعّل تنبيهات المرور لتصلك رسالة قصيرة عند أي إغلاق في منطقتك"],
        "price_strip": ["أسعار اليوم: القمح 1420 جنيهاً للإردب ▲ · الذرة 980 ▼\nالطماطم 12 جنيهاً للكيلو · البصل 9 ▲"],
        "member_login": ["المحتوى الكامل متاح للمشتركين فقط. سجّل دخولك أو اشترك الآن"],
        "price_note": ["الأسعار استرشادية في أسواق الجملة وتُحدَّث يومياً في الثامنة صباحاً."],
        "test_score": ["تقييمنا: 7.5 من 10", "التقييم النهائي ★★★★☆"],
        "spec_box": [
            "المواصفات\nالمحرك: 1.5 لتر توربو، 4 أسطوانات\nالقوة: 177 حصاناً\nناقل الحركة: أوتوماتيكي 7 سرعات\n"
            "السعر يبدأ من 1.2 مليون جنيه"
        ],
        "test_car_note": ["وفّر الوكيل سيارة الاختبار لمدة أسبوع، ولم يطّلع على المقال قبل نشره."],
        "pros_cons": ["✔ المزايا: مقصورة هادئة واستهلاك معتدل للوقود\n✘ العيوب: مساحة ضيقة في المقاعد الخلفية"],
        "reviewed": ["راجعه طبياً: د. هالة منصور، استشارية الأمراض الباطنية"],
        "symptom_check": ["← افحص أعراضك مع أداة التقييم الذاتي"],
        "sources": ["المصادر\n1. منظمة الصحة العالمية، صحيفة وقائع\n2. وزارة الصحة، الدليل الإرشادي الوطني"],
        "med_disclaimer": ["المعلومات الواردة هنا للتثقيف فقط ولا تغني عن استشارة الطبيب."],
        "donate": ["يدير هذا الموقع جمعية خيرية مستقلة. ادعم عملنا بتبرع ←"],
        "photo_kicker": ["قصة مصورة · {n} صورة"],
        "fullscreen": ["⤢ عرض بملء الشاشة"],
        "lang_switch": [SWITCH],
        "translated_note": ["نُشر هذا التقرير أولاً باللغة الإنجليزية وترجمه فريق التحرير العربي."],
        "also_in": ["هذا المقال متوفر أيضاً بـ: English · Français · فارسی"],
    },
    "fa": {
        "months": _names(_Fa, "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر"),
        "mon_abbr": _names(_Fa, "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر"),
        "wd_abbr": _names(_Fa, "دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه"),
        "names": ["علی مریم رضا زهرا حسین نرگس امید شیرین", "احمدی رضایی کریمی موسوی حسینی تهرانی"],
        "cities": ["تهران", "اصفهان", "شیراز", "تبریز", "مشهد", "کابل"],
        "quote": ["«{}»"],
        "local_notice": ["{wd:#* {d} {month} {y}}", "{month:#{d} * {y} - ~{y}-{mm}-{dd}~}"],
        "local_results": ["{month:#{d} * {y} - {hm} به وقت تهران}", "{wd:#* {d} {month} {y}، ساعت {hm}}"],
        "local_traffic": ["{wd:#* {d} {month} {y}، ساعت {hm}}"],
        "local_farm": ["{month:#{d} * {y}}", "{month:#~{y}-{mm}-{dd}~ (برابر با {d} * {y})}"],
        "local_road": ["{month:#{d} * {y}}", "{month:#{y}/{mm}/{dd}}"],
        "local_health": ["{month:#{d} * {y}}"],
        "local_photo": ["{month:#{d} * {y} - ~{y}-{mm}-{dd}~}", "{month:#{d} * {y}، {hm}}"],
        "local_ls": ["{month:#{d} * {y} - ~{y}-{mm}-{dd}~}", "{wd:#* {d} {month} {y}}"],
        "glue_ls": ["{C} - {d} - ", "{C}، {d} – "],
        "by": ["نویسنده: {a}", "گزارش از {a}", "به قلم {a}", "{a} / {site}"],
        "and": ["و"],
        "published": ["منتشر شده در {d}", "تاریخ انتشار: {d}"],
        "social": ["فیسبوک", "ایکس", "واتس‌اپ", "تلگرام", "ایمیل", "کپی پیوند"],
        "icons": ICONS12,
        "home": ["صفحه نخست"],
        "sections": ["ایران", "جهان", "اقتصاد", "ورزش", "فرهنگ و هنر", "سلامت", "دانش"],
        "related_head": ["مطالب مرتبط", "بیشتر بخوانید", "پربیننده‌ترین‌ها"],
        "caption_credit": ["{c} (عکس: {n})", "{c} - عکاس: {n}"],
        "photo": ["عکس: {n}", "منبع تصویر: {n}"],
        "gallery": ["{t} (گزارش تصویری)", "{t} - عکس از گزارش تصویری"],
        "tags": ["برچسب‌ها: {t}", "موضوعات: {t}"],
        "comments": ["دیدگاه‌ها", "نظر خود را بنویسید"],
        "rights": ["© {y} {site} - کلیه حقوق محفوظ است.", "استفاده از مطالب {site} با ذکر منبع آزاد است. © {y}"],
        "newsletter": ["برای دریافت خبرنامه هفتگی ما ایمیل خود را وارد کنید"],
        "app": ["اپلیکیشن ما را نصب کنید تا خبرهای فوری را زودتر ببینید"],
        "follow": ["ما را در تلگرام و اینستاگرام دنبال کنید"],
        "title_site": ["{t} | گزارش تصویری | {site}", "{t} - {site}"],
        "listen": ["زمان مطالعه: ۴ دقیقه", "زمان مطالعه: ۷ دقیقه", "زمان مطالعه: ۳ دقیقه"],
        "read_also": ["بیشتر بخوانید: {t}", "بخوانید: {t}"],
        "live": ["زنده", "● پخش زنده"],
        "notice_kicker": ["درگذشت", "یادبود"],
        "candle": ["🕯 روشن کردن شمع (۲۱۴)", "🕯 روشن کردن شمع (۸۷)", "🕯 روشن کردن شمع (۳۵)"],
        "service_box": ["مراسم یادبود\nمسجد جامع محله، پنجشنبه\nساعت ۱۶ تا ۱۸ - حضور سه روز بعد از خاکسپاری"],
        "condolence": ["دفتر تسلیت: ۴۲ پیام · پیام خود را بنویسید", "دفتر تسلیت: ۱۳ پیام · پیام خود را بنویسید"],
        "notice_ad": ["برای درج آگهی ترحیم با واحد آگهی‌ها تماس بگیرید: ۰۲۱-۸۸۰۰۱۲۳۴"],
        "count_bar": ["شمارش آرا: ۶۷٫۴ درصد صندوق‌ها", "شمارش آرا: ۸۸٫۱ درصد صندوق‌ها", "شمارش آرا: ۳۲٫۹ درصد صندوق‌ها"],
        "updated": ["به‌روزرسانی: ۵ دقیقه پیش", "به‌روزرسانی: ۱۲ دقیقه پیش", "به‌روزرسانی: ۴۰ دقیقه پیش"],
        "seat_strip": ["نتایج اولیه (کرسی‌ها)\nائتلاف اصلاحات: ۴۸\nجبهه مردمی: ۳۷\nمستقل: ۹"],
        "results_source": ["منبع: ستاد انتخابات کشور. نتایج غیررسمی است."],
        "status_strip": ["وضعیت ترافیک\nبزرگراه همت: سنگین\nمترو خط ۴: تأخیر ۱۰ دقیقه‌ای"],
        "route_map": ["نقشه: مسیر جایگزین از بزرگراه شهید بابایی", "نقشه محدوده طرح ترافیک تا پایان هفته"],
        "report_jam": ["در ترافیک گیر کرده‌اید؟ عکس آن را در تلگرام برای ما بفرستید"],
        "alert_signup": ["برای دریافت پیامک هشدار ترافیک منطقه خود ثبت‌نام کنید"],
        "price_strip": ["قیمت امروز: گندم ۲۲ هزار تومان ▲ · جو ۱۸ هزار ▼\nگوجه‌فرنگی ۳۵ هزار · پیاز ۱۴ هزار ▲"],
        "member_login": ["متن کامل این گزارش فقط برای مشترکان است. وارد شوید یا اشتراک بخرید"],
        "price_note": ["قیمت‌ها تقریبی و مربوط به بازار عمده‌فروشی است و هر روز صبح به‌روز می‌شود."],
        "test_score": ["امتیاز ما: ۷٫۵ از ۱۰", "نتیجه تست: ★★★★☆"],
        "spec_box": [
            "مشخصات فنی\nموتور: ۱٫۵ لیتری توربو\nقدرت: ۱۷۷ اسب بخار\nگیربکس: اتوماتیک ۷ سرعته\nقیمت: از ۲ میلیارد تومان"
        ],
        "test_car_note": ["خودروی تست را نمایندگی به مدت یک هفته در اختیار ما گذاشت."],
        "pros_cons": ["نقاط قوت: کابین بی‌صدا، مصرف سوخت مناسب\nنقاط ضعف: فضای کم صندلی عقب"],
        "reviewed": ["بازبینی پزشکی: دکتر لیلا صدری، متخصص داخلی"],
        "symptom_check": ["← علائم خود را با ابزار خودارزیابی بررسی کنید"],
        "sources": ["منابع\n۱. سازمان جهانی بهداشت، برگه اطلاعات\n۲. وزارت بهداشت، راهنمای ملی"],
        "med_disclaimer": ["این مطلب فقط جنبه آموزشی دارد و جایگزین مشورت با پزشک نیست."],
        "donate": ["این سایت را یک خیریه مستقل اداره می‌کند. با کمک مالی از ما حمایت کنید ←"],
        "photo_kicker": ["گزارش تصویری · ۱۴ عکس", "گزارش تصویری · ۹ عکس"],
        "fullscreen": ["⤢ نمایش تمام‌صفحه"],
        "lang_switch": [SWITCH],
        "translated_note": ["این گزارش نخست به زبان انگلیسی منتشر شده و بخش فارسی آن را ترجمه کرده است."],
        "also_in": ["این مطلب به این زبان‌ها هم هست: English · العربية"],
    },
    "bn": {
        "months": _names(_Bn, "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর"),
        "mon_abbr": _names(_Bn, "জানু. ফেব্রু. মার্চ এপ্রি. মে জুন জুলা. আগ. সেপ্টে. অক্টো. নভে. ডিসে."),
        "wd_abbr": _names(_Bn, "সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার"),
        "names": ["রাহুল সুমাইয়া তানভীর নুসরাত আরিফ মৌমিতা সৌরভ ফারহানা", "চৌধুরী রহমান দাশগুপ্ত হোসেন সেনগুপ্ত ইসলাম"],
        "cities": ["ঢাকা", "কলকাতা", "চট্টগ্রাম", "সিলেট", "খুলনা", "শিলিগুড়ি"],
        "quote": ["“{}”", "‘{}’"],
        "local_notice": ["{wd:#*, {d} {month} {y}}", "{month:#{d} * {y}}"],
        "local_results": ["{month:#{dd} * {y} {h12}:{mi} {ap}}", "{wd:#*, {d} {month} {y}, {hm}}"],
        "local_traffic": ["{month:#{d} * {y}, {hm}}", "{wd:#*, {d} {month} {y}}"],
        "local_farm": ["{mon:#{d} * {y}}", "{month:#{d} * {y}}"],
        "local_road": ["{d} {month} {y}", "{month:#{d} * {y}}"],
        "local_health": ["{month:#{d} * {y}}"],
        "local_photo": ["{wd:#*, {d} {month} {y}, {h12}:{mi} {ap}}", "{dd}-{mm}-{y} {hm}"],
        "local_ls": ["{month:#{d} * {y}}", "{month:#{d} * {y}, {hm} জিএমটি}"],
        "glue_ls": ["{C}, {d} – ", "{C} ({d}) – "],
        "by": ["লিখেছেন {a}", "প্রতিবেদক: {a}", "{a}, {site}", "প্রতিবেদন: {a}"],
        "and": ["ও"],
        "published": ["প্রকাশ: {d}", "প্রকাশিত: {d}"],
        "social": ["ফেসবুক", "এক্স", "হোয়াটসঅ্যাপ", "মেসেঞ্জার", "ইমেইল", "লিংক কপি"],
        "icons": ICONS12,
        "home": ["প্রচ্ছদ"],
        "sections": ["জাতীয়", "রাজনীতি", "অর্থনীতি", "খেলা", "বিনোদন", "স্বাস্থ্য", "সারাদেশ"],
        "related_head": ["আরও পড়ুন", "সম্পর্কিত খবর", "সর্বাধিক পঠিত"],
        "caption_credit": ["{c}। ছবি: {n}", "{c} (ছবি: {n})"],
        "photo": ["ছবি: {n}", "আলোকচিত্র: {n}"],
        "gallery": ["{t} — ছবির গল্প", "{t} (ছবি: সংগৃহীত)"],
        "tags": ["বিষয়: {t}", "ট্যাগ: {t}"],
        "comments": ["মন্তব্য করুন", "পাঠকের মন্তব্য"],
        "rights": ["© {y} {site} | সর্বস্বত্ব সংরক্ষিত", "স্বত্ব © {y} {site}। অনুমতি ছাড়া ব্যবহার নিষেধ।"],
        "newsletter": ["প্রতিদিনের নিউজলেটার পেতে ইমেইল দিয়ে সাবস্ক্রাইব করুন"],
        "app": ["ব্রেকিং নিউজ সবার আগে পেতে আমাদের অ্যাপ ডাউনলোড করুন"],
        "follow": ["আমাদের ফেসবুক পেজ ও ইউটিউব চ্যানেল ফলো করুন"],
        "title_site": ["{t} | ছবিতে | {site}", "{t} - {site}"],
        "listen": ["পড়তে লাগবে ৪ মিনিট", "পড়তে লাগবে ৭ মিনিট", "পড়তে লাগবে ৩ মিনিট"],
        "read_also": ["আরও পড়ুন: {t}", "পড়ুন: {t}"],
        "live": ["সরাসরি", "● লাইভ"],
        "notice_kicker": ["শোক সংবাদ", "প্রয়াণ"],
        "candle": ["🕯 শ্রদ্ধা জানান (২১৪)", "🕯 শ্রদ্ধা জানান (৮৭)", "🕯 শ্রদ্ধা জানান (৩৫)"],
        "service_box": ["স্মরণসভা\nস্থান: পৌরসভা মিলনায়তন\nশ্রাদ্ধানুষ্ঠান আগামী শুক্রবার সকাল ১০টায়"],
        "condolence": ["শোকবার্তা: ৪২টি · আপনার শোকবার্তা লিখুন", "শোকবার্তা: ১৩টি · আপনার শোকবার্তা লিখুন"],
        "notice_ad": ["শোক সংবাদ বা বিজ্ঞাপন প্রকাশের জন্য যোগাযোগ: ০১৭১১-০০০১২৩"],
        "count_bar": ["গণনা সম্পন্ন: ৬৭.৪% কেন্দ্র", "গণনা সম্পন্ন: ৮৮.১% কেন্দ্র", "গণনা সম্পন্ন: ৩২.৯% কেন্দ্র"],
        "updated": ["আপডেট: ৫ মিনিট আগে", "আপডেট: ১২ মিনিট আগে", "আপডেট: ৪০ মিনিট আগে"],
        "seat_strip": ["প্রাথমিক ফল (আসন)\nজোট ক: ৪৮\nজোট খ: ৩৭\nস্বতন্ত্র: ৯"],
        "results_source": ["সূত্র: নির্বাচন কমিশন। ফলাফল বেসরকারি।"],
        "status_strip": ["এখন সড়কের অবস্থা\nবিমানবন্দর সড়ক: তীব্র যানজট\nমেট্রোরেল: স্বাভাবিক"],
        "route_map": ["মানচিত্র: বিকল্প পথ কুড়িল ফ্লাইওভার হয়ে", "সপ্তাহ শেষ পর্যন্ত বন্ধ থাকা সড়কের মানচিত্র"],
        "report_jam": ["যানজটে আটকে আছেন? হোয়াটসঅ্যাপে ছবি পাঠান ০১৭০০-১২৩৪৫৬ নম্বরে"],
        "alert_signup": ["আপনার এলাকার যানজটের খবর এসএমএসে পেতে নিবন্ধন করুন"],
        "price_strip": ["আজকের বাজারদর: চাল (মোটা) ৫২ টাকা ▲ · আলু ২৮ টাকা ▼\nপেঁয়াজ ৮৫ টাকা · ডিম (হালি) ৪৮ টাকা ▲"],
        "member_login": ["পুরো প্রতিবেদন পড়তে লগইন করুন বা গ্রাহক হোন"],
        "price_note": ["দর পাইকারি বাজারের, আনুমানিক; প্রতিদিন সকাল ৮টায় হালনাগাদ হয়।"],
        "test_score": ["আমাদের রেটিং: ১০-এ ৭.৫", "চূড়ান্ত রায় ★★★★☆"],
        "spec_box": [
            "স্পেসিফিকেশন\nইঞ্জিন: ১.৫ লিটার টার্বো\nশক্তি: ১৭৭ হর্সপাওয়ার\nগিয়ারবক্স: ৭-স্পিড অটোমেটিক\nদাম: ৪৫ লাখ টাকা থেকে"
        ],
        "test_car_note": ["টেস্ট ড্রাইভের গাড়িটি এক সপ্তাহের জন্য পরিবেশক দিয়েছিল।"],
        "pros_cons": ["ভালো দিক: শান্ত কেবিন, জ্বালানি সাশ্রয়ী\nমন্দ দিক: পেছনের আসনে জায়গা কম"],
        "reviewed": ["চিকিৎসা-বিষয়ক পর্যালোচনা: ডা. শারমিন আক্তার, মেডিসিন বিশেষজ্ঞ"],
        "symptom_check": ["→ আপনার উপসর্গ যাচাই করুন"],
        "sources": ["তথ্যসূত্র\n১. বিশ্ব স্বাস্থ্য সংস্থা, তথ্যপত্র\n২. স্বাস্থ্য অধিদপ্তর, জাতীয় নির্দেশিকা"],
        "med_disclaimer": ["এই লেখা কেবল সচেতনতার জন্য; চিকিৎসকের পরামর্শের বিকল্প নয়।"],
        "donate": ["এই সাইট চালায় একটি অলাভজনক সংস্থা। অনুদান দিয়ে পাশে থাকুন →"],
        "photo_kicker": ["ছবির গল্প · ১৪টি ছবি", "ছবির গল্প · ৯টি ছবি"],
        "fullscreen": ["⤢ পূর্ণ পর্দায় দেখুন"],
        "lang_switch": [SWITCH],
        "translated_note": ["প্রতিবেদনটি প্রথমে ইংরেজিতে প্রকাশিত; বাংলা বিভাগ অনুবাদ করেছে।"],
        "also_in": ["এই প্রতিবেদন আরও পড়ুন: English · हिन्दी"],
    },
    "th": {
        "months": _names(_Th, "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"),
        "mon_abbr": _names(_Th, "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค."),
        "wd_abbr": _names(_Th, "จันทร์ อังคาร พุธ พฤหัสบดี ศุกร์ เสาร์ อาทิตย์"),
        "names": ["สมชาย สุดารัตน์ ธนพล กมลชนก วีรยุทธ พิมพ์ชนก ณัฐวุฒิ อรอุมา", "ศรีสุข วงศ์ใหญ่ แก้วมณี บุญมา ทองดี จันทร์เพ็ญ"],
        "cities": ["กรุงเทพฯ", "เชียงใหม่", "ขอนแก่น", "ภูเก็ต", "หาดใหญ่", "อุดรธานี"],
        "quote": ["“{}”"],
        "local_notice": ["{month:#{d} * พ.ศ. ^{y}}", "{wd:วัน*ที่ {d} {month} ^{y}}"],
        "local_results": ["{mon:{d} * ^^{y} - {hm} น.}", "{wd:วัน*ที่ {d} {month} ^{y} เวลา {hm} น.}"],
        "local_traffic": ["{mon:{d} * ^^{y} {hm} น.}", "{month:{dd}/{mm}/^{y} {hm}}"],
        "local_farm": ["{month:{d} * ^{y}}", "{mon:{d} * ^{y}}"],
        "local_road": ["{month:{d} * ^{y}}", "{d} {month} {y}"],
        "local_health": ["{month:{d} * ^{y}}", "{month:#{d} * ^{y}}"],
        "local_photo": ["{wd:วัน*ที่ {d} {month} ^{y}}", "{mon:{d} * ^^{y}}"],
        "local_ls": ["{month:{d} * ^{y}}", "{d} {month} {y} เวลา {hm} น. (GMT)"],
        "glue_ls": ["{C} {d} – ", "{C} ({d}) – "],
        "by": ["เรื่อง: {a}", "โดย {a}", "รายงานโดย {a}", "ผู้เขียน: {a}"],
        "and": ["และ"],
        "published": ["เผยแพร่: {d}", "โพสต์เมื่อ {d}"],
        "social": ["Facebook", "LINE", "X", "Messenger", "อีเมล", "คัดลอกลิงก์"],
        "icons": ICONS12,
        "home": ["หน้าแรก"],
        "sections": ["ข่าว", "การเมือง", "เศรษฐกิจ", "กีฬา", "บันเทิง", "สุขภาพ", "ภูมิภาค"],
        "related_head": ["ข่าวที่เกี่ยวข้อง", "อ่านเพิ่มเติม", "ยอดนิยม"],
        "caption_credit": ["{c} (ภาพ: {n})", "{c} – ภาพโดย {n}"],
        "photo": ["ภาพ: {n}", "ภาพโดย {n}"],
        "gallery": ["{t} ({i}/{k})", "ภาพที่ {i} จาก {k}: {t}"],
        "tags": ["แท็ก: {t}", "หัวข้อ: {t}"],
        "comments": ["{n} ความคิดเห็น", "แสดงความคิดเห็น ({n})"],
        "rights": ["© {y} {site} สงวนลิขสิทธิ์", "ลิขสิทธิ์ © {y} {site} ห้ามคัดลอกโดยไม่ได้รับอนุญาต"],
        "newsletter": ["สมัครรับจดหมายข่าวรายสัปดาห์ทางอีเมล"],
        "app": ["ดาวน์โหลดแอปของเรา รับข่าวด่วนก่อนใคร"],
        "follow": ["ติดตามเราได้ทาง LINE OA และ TikTok"],
        "title_site": ["{t} | ประมวลภาพ | {site}", "{t} - {site}"],
        "listen": ["ใช้เวลาอ่าน {n} นาที"],
        "read_also": ["อ่านต่อ: {t}", "อ่านข่าวที่เกี่ยวข้อง: {t}"],
        "live": ["สด", "● ถ่ายทอดสด"],
        "notice_kicker": ["ข่าวมรณกรรม", "ไว้อาลัย"],
        "candle": ["🕯 จุดเทียนไว้อาลัย ({n})"],
        "service_box": ["กำหนดการ\nสวดพระอภิธรรม ณ ศาลา 3 วัดมกุฏกษัตริยาราม\nเวลา 19.00 น. เป็นเวลา {n} คืน"],
        "condolence": ["สมุดไว้อาลัย: {n} ข้อความ · ร่วมแสดงความอาลัย"],
        "notice_ad": ["ลงประกาศข่าวมรณกรรม ติดต่อฝ่ายโฆษณา โทร 02 000 1234"],
        "count_bar": ["นับคะแนนแล้ว {n}.4% ของหน่วยเลือกตั้ง"],
        "updated": ["อัปเดต {n} นาทีที่แล้ว"],
        "seat_strip": ["ผลอย่างไม่เป็นทางการ (ที่นั่ง)\nพรรค ก: 48\nพรรค ข: 37\nอื่นๆ: {n}"],
        "results_source": ["ที่มา: สำนักงานคณะกรรมการการเลือกตั้ง (กกต.) ผลยังไม่เป็นทางการ"],
        "status_strip": ["สภาพจราจรขณะนี้\nถนนวิภาวดีรังสิต: ติดขัด\nรถไฟฟ้าสายสีเขียว: ล่าช้า 10 นาที"],
        "route_map": ["แผนที่: เส้นทางเลี่ยงผ่านถนนรัชดาภิเษก", "แผนที่จุดปิดการจราจรถึงสิ้นสัปดาห์"],
        "report_jam": ["รถติดอยู่หรือเปล่า? ส่งภาพมาที่ LINE @jarajon ได้เลย"],
        "alert_signup": ["สมัครรับแจ้งเตือนจราจรในพื้นที่ของคุณทาง SMS"],
        "price_strip": [
            "ราคาวันนี้: ข้าวเปลือกหอมมะลิ 15,200 บาท/ตัน ▲ · ยางแผ่น 62 บาท/กก. ▼\nมันสำปะหลัง 2.90 บาท/กก. · ปาล์ม 5.40 บาท ▲"
        ],
        "member_login": ["เนื้อหาฉบับเต็มสำหรับสมาชิกเท่านั้น เข้าสู่ระบบหรือสมัครสมาชิก"],
        "price_note": ["ราคาเป็นราคาประมาณการ ณ ตลาดกลาง ปรับปรุงทุกวันเวลา 08.00 น."],
        "test_score": ["คะแนนของเรา: 7.5/10", "สรุปผลทดสอบ ★★★★☆"],
        "spec_box": [
            "ข้อมูลจำเพาะ\nเครื่องยนต์: 1.5 ลิตร เทอร์โบ\nกำลังสูงสุด: 177 แรงม้า\nเกียร์: อัตโนมัติ 7 สปีด\nราคาเริ่มต้น 1.29 ล้านบาท"
        ],
        "test_car_note": ["รถทดสอบได้รับความอนุเคราะห์จากผู้จัดจำหน่ายเป็นเวลาหนึ่งสัปดาห์"],
        "pros_cons": ["ข้อดี: ห้องโดยสารเงียบ ประหยัดน้ำมัน\nข้อสังเกต: เบาะหลังค่อนข้างแคบ"],
        "reviewed": ["ตรวจสอบข้อมูลทางการแพทย์โดย พญ.อรวรรณ ศักดิ์ดี อายุรแพทย์"],
        "symptom_check": ["→ ตรวจเช็กอาการของคุณด้วยแบบประเมินออนไลน์"],
        "sources": ["แหล่งอ้างอิง\n1. องค์การอนามัยโลก, เอกสารข้อเท็จจริง\n2. กรมควบคุมโรค, แนวทางเวชปฏิบัติ"],
        "med_disclaimer": ["ข้อมูลนี้มีไว้เพื่อให้ความรู้เท่านั้น ไม่สามารถใช้แทนคำแนะนำของแพทย์"],
        "donate": ["เว็บไซต์นี้ดำเนินงานโดยมูลนิธิอิสระ ร่วมบริจาคสนับสนุนเรา →"],
        "photo_kicker": ["ประมวลภาพ · {n} ภาพ"],
        "fullscreen": ["⤢ ดูแบบเต็มจอ"],
        "lang_switch": [SWITCH],
        "translated_note": ["รายงานนี้เผยแพร่ครั้งแรกเป็นภาษาอังกฤษ แปลโดยกองบรรณาธิการภาคภาษาไทย"],
        "also_in": ["อ่านข่าวนี้ในภาษา: English · 中文"],
    },
    "en": {
        "months": [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        "mon_abbr": ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"],
        "wd_abbr": _names(_En, "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
        "names": [
            "Nathan Priya Declan Imogen Tobias Rosalind Kwame Fiona",
            "Ellery Abernathy Okafor Lindgren Castellano Whitcombe",
        ],
        "cities": ["Leeds", "Nairobi", "Glasgow", "Auckland", "Cardiff", "Halifax"],
        "quote": ["“{}”"],
        "local_notice": ["{wd}, {month} {d}, {y}", "{d} {month} {y}"],
        "local_results": ["{wd:* {d} {month} {y} {h12}.{mi}{ap} GMT}", "{mon} {d}, {y} {h12}:{mi}{ap} ET"],
        "local_traffic": ["{wd:{h12}.{mi}{ap}, * {d} {month} {y}}", "{d} {mon} {y}, {hm}"],
        "local_farm": ["{d} {mon} {y}", "{dd}/{mm}/{y}"],
        "local_road": ["{month} {d}, {y}", "{d} {month} {y}"],
        "local_health": ["{d} {month} {y}"],
        "local_photo": ["{wd} {d} {month} {y} {hm} GMT", "{mon} {d} {y}"],
        "local_ls": ["{d} {month} {y}", "{d} {mon} {y}, {hm} GMT"],
        "glue_ls": ["{C}, {d} ({site}) — ", "{C} ({d}) — "],
        "by": ["Reporting by {a}", "Words: {a}", "Filed by {a} for {site}", "REPORTING: {A}"],
        "and": ["and"],
        "published": ["Posted {d}", "First posted {d}"],
        "social": ["Facebook", "X", "WhatsApp", "Bluesky", "Threads", "Email", "Copy link"],
        "icons": ICONS12,
        "home": ["Home"],
        "sections": ["Local", "Roads & Transport", "Farming", "Motoring", "Health", "Elections", "World Service"],
        "related_head": ["You might also like", "More on this", "Trending now"],
        "caption_credit": ["{c}. Photograph: {n}", "{c} (Picture: {n})"],
        "photo": ["Picture: {n}", "Photograph by {n}"],
        "gallery": ["{i} / {k} · {t}", "{t} ({i} of {k})"],
        "tags": ["Filed under: {t}", "Topics: {t}"],
        "comments": ["{n} comments", "Join the conversation ({n})"],
        "rights": ["Copyright © {y} {site}. All rights reserved.", "© {site} {y} · Terms · Privacy · Accessibility"],
        "newsletter": ["Get the morning briefing in your inbox – sign up free"],
        "app": ["Get breaking alerts on our free app"],
        "follow": ["Follow us on Bluesky and Threads"],
        "title_site": ["{t} – in pictures | {site}", "{t} | Photo story | {site}"],
        "listen": ["{n}-minute read", "Approx. {n} min read"],
        "read_also": ["MORE: {t}", "Related: {t}"],
        "live": ["LIVE", "● Live results"],
        "notice_kicker": ["Death notices", "Obituaries"],
        "candle": ["🕯 Light a candle ({n} lit)"],
        "service_box": [
            "Service details\nSt Mary's Church, Market Street\nFuneral at 11am in {n} days' time; family flowers only"
        ],
        "condolence": ["Guestbook: {n} messages · Leave a message"],
        "notice_ad": ["To place a family notice call our announcements team on 0113 000 4400"],
        "count_bar": ["{n}.4% of votes counted"],
        "updated": ["Updated {n} minutes ago"],
        "seat_strip": ["Seats declared\nLabour 48\nConservative 37\nOthers {n}"],
        "results_source": ["Results source: Electoral Commission. Figures are provisional."],
        "status_strip": ["Travel now\nM62: slow between J26 and J27\nTrains: minor delays on the Harrogate line"],
        "route_map": ["Map showing the signed diversion via the A58", "Map: the closed section until the weekend"],
        "report_jam": ["Stuck in traffic? Send us a picture on WhatsApp: 07700 900123"],
        "alert_signup": ["Get traffic alerts for your area by text – sign up here"],
        "price_strip": [
            "Markets: Feed wheat £182/t ▲ · Milk 38.5p/litre ▼\nFat lambs 312p/kg · Prime cattle 498p/kg ▲"
        ],
        "member_login": ["This story is for subscribers. Log in or subscribe to keep reading"],
        "price_note": ["Prices are indicative ex-farm averages, updated each weekday at 8am."],
        "test_score": ["Our rating: 7.5/10", "Verdict ★★★★☆"],
        "spec_box": [
            "Specifications\nEngine: 1.5-litre turbo petrol, four cylinders\n"
            "Power: 177bhp\nGearbox: seven-speed automatic\n"
            "Price: from £31,450"
        ],
        "test_car_note": [
            "The test car was lent to us for a week by the manufacturer, "
            "who did not see this review before publication."
        ],
        "pros_cons": ["For: quiet cabin, frugal engine\nAgainst: cramped rear seats"],
        "reviewed": ["Medically reviewed by Dr Helen Marsh, consultant physician"],
        "symptom_check": ["→ Check your symptoms with our online tool"],
        "sources": [
            "Sources\n"
            "1. World Health Organization, fact sheet\n2. National Institute for Health and Care Excellence, guideline"
        ],
        "med_disclaimer": ["This page is for information only and does not replace advice from your doctor."],
        "donate": ["We are an independent charity. Please donate to keep this information free →"],
        "photo_kicker": ["Photo story · {n} pictures"],
        "fullscreen": ["⤢ View full screen"],
        "lang_switch": [SWITCH],
        "translated_note": ["This story was first published in Spanish and translated by our English service."],
        "also_in": ["Also available in: Français · العربية · فارسی"],
    },
    "de": {
        "months": [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        "mon_abbr": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
        "wd_abbr": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "names": [
            "Jonas Miriam Florian Henrike Till Annika Bastian Greta",
            "Vogt Brandstätter Lorenz Kessler Ahrens Pfeiffer",
        ],
        "cities": ["Rostock", "Bielefeld", "Regensburg", "Kassel", "Freiburg", "Cottbus"],
        "quote": ["»{}«"],
        "local_notice": ["{d}. {month} {y}", "{wd}, {dd}.{mm}.{y}"],
        "local_results": ["{dd}.{mm}.{y}, {hm} Uhr", "{wd}, {d}. {month} {y}, {h}.{mi} Uhr"],
        "local_traffic": ["Stand: {dd}.{mm}.{y} {hm} Uhr", "{wd}, {d}. {mon} {y}, {hm} Uhr"],
        "local_farm": ["{d}. {mon} {y}", "{dd}.{mm}.{y}"],
        "local_road": ["{dd}.{mm}.{y}", "{d}. {month} {y}"],
        "local_health": ["{d}. {month} {y}"],
        "local_photo": ["{d}. {mon} {y} · {hm} Uhr", "{wd}, {d}. {month} {y}"],
        "local_ls": ["{d}. {month} {y}", "{dd}.{mm}.{y} {hm} MEZ"],
        "glue_ls": ["{C} ({d}) – ", "{C}, {d} – "],
        "by": ["Recherche und Text: {a}", "Ein Bericht von {a}", "Aufgeschrieben von {a}", "{a}, {site}"],
        "and": ["und"],
        "published": ["Erstellt: {d}", "Veröffentlicht am {d}"],
        "social": ["Facebook", "X", "WhatsApp", "Threema", "Mastodon", "E-Mail", "Link kopieren"],
        "icons": ICONS12,
        "home": ["Startseite"],
        "sections": ["Region", "Verkehr", "Landwirtschaft", "Auto & Mobilität", "Gesundheit", "Wahlen", "Welt"],
        "related_head": ["Das könnte Sie auch interessieren", "Mehr zum Thema", "Meistgelesen"],
        "caption_credit": ["{c}. Foto: {n}", "{c} (Bild: {n})"],
        "photo": ["Bild: {n}", "Foto: {n}"],
        "gallery": ["Bild {i} von {k}: {t}", "{t} ({i}/{k})"],
        "tags": ["Schlagworte: {t}", "Themen: {t}"],
        "comments": ["{n} Kommentare", "Kommentieren ({n})"],
        "rights": ["© {site} {y} · Impressum · Datenschutz", "Alle Rechte vorbehalten. © {y} {site}"],
        "newsletter": ["Jetzt den Morgen-Newsletter abonnieren – kostenlos und jederzeit kündbar"],
        "app": ["Eilmeldungen direkt aufs Handy: Laden Sie unsere App"],
        "follow": ["Folgen Sie uns auf Instagram und Mastodon"],
        "title_site": ["{t} – Bilderstrecke | {site}", "{t} | Fotostrecke | {site}"],
        "listen": ["Lesedauer: {n} Minuten", "ca. {n} Min. Lesezeit"],
        "read_also": ["Mehr dazu: {t}", "Auch interessant: {t}"],
        "live": ["LIVE", "● Liveticker Wahlabend"],
        "notice_kicker": ["Traueranzeigen", "Nachruf"],
        "candle": ["🕯 Kerze anzünden ({n} Kerzen)"],
        "service_box": [
            "Trauerfeier\nFriedhofskapelle am Südfriedhof\nBeisetzung in {n} Tagen um 13 Uhr, anschließend Kaffeetafel"
        ],
        "condolence": ["Kondolenzbuch: {n} Einträge · Jetzt kondolieren"],
        "notice_ad": ["Traueranzeige aufgeben: Anzeigenservice 0331 000 4400"],
        "count_bar": ["{n},4 % der Wahlbezirke ausgezählt"],
        "updated": ["Aktualisiert vor {n} Minuten"],
        "seat_strip": ["Sitzverteilung (vorläufig)\nCDU 48\nSPD 37\nSonstige {n}"],
        "results_source": ["Quelle: Landeswahlleiterin. Vorläufiges Ergebnis."],
        "status_strip": [
            "Verkehrslage aktuell\nA 2: 6 km Stau zwischen Bielefeld-Ost und Herford\nS-Bahn: S 3 fällt teilweise aus"
        ],
        "route_map": [
            "Karte: Die Umleitung führt über die B 61",
            "Die Karte zeigt die gesperrten Abschnitte bis Sonntag",
        ],
        "report_jam": ["Stehen Sie im Stau? Schicken Sie uns ein Foto per WhatsApp an 0171 0000123"],
        "alert_signup": ["Verkehrswarnungen für Ihre Region per SMS – hier anmelden"],
        "price_strip": ["Erzeugerpreise: Weizen 212 €/t ▲ · Raps 468 €/t ▼\nMilch 44,2 ct/kg · Schweine 1,98 €/kg ▲"],
        "member_login": ["Diesen Artikel lesen Sie exklusiv mit Abo. Jetzt anmelden oder Abo abschließen"],
        "price_note": ["Richtpreise ab Hof, ohne MwSt., werktags um 8 Uhr aktualisiert."],
        "test_score": ["Unsere Wertung: 7,5 von 10 Punkten", "Gesamturteil ★★★★☆"],
        "spec_box": [
            "Technische Daten\nMotor: 1,5-Liter-Turbobenziner, vier Zylinder\n"
            "Leistung: 130 kW (177 PS)\nGetriebe: 7-Gang-Automatik\n"
            "Preis: ab 34.900 Euro"
        ],
        "test_car_note": ["Das Testfahrzeug wurde vom Hersteller für eine Woche zur Verfügung gestellt."],
        "pros_cons": ["Plus: leiser Innenraum, sparsamer Motor\nMinus: wenig Platz im Fond"],
        "reviewed": ["Medizinisch geprüft von Dr. med. Katrin Albers, Fachärztin für Innere Medizin"],
        "symptom_check": ["→ Symptome prüfen mit unserem Online-Check"],
        "sources": ["Quellen\n1. Weltgesundheitsorganisation, Faktenblatt\n2. Robert Koch-Institut, Ratgeber"],
        "med_disclaimer": ["Die Inhalte ersetzen keine ärztliche Beratung oder Behandlung."],
        "donate": ["Wir sind ein gemeinnütziger Verein. Unterstützen Sie unsere Arbeit mit einer Spende →"],
        "photo_kicker": ["Fotostrecke · {n} Bilder"],
        "fullscreen": ["⤢ Vollbild anzeigen"],
        "lang_switch": [SWITCH],
        "translated_note": ["Dieser Text erschien zuerst auf Englisch und wurde von unserer Redaktion übersetzt."],
        "also_in": ["Diesen Artikel gibt es auch auf: English · Español · Türkçe"],
    },
    "fr": {
        "months": [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        "mon_abbr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
        "wd_abbr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "names": [
            "Mathilde Théo Aurélien Capucine Bastien Noémie Grégoire Anaïs",
            "Rousseau Chevalier Bertrand Mercier Blanchard Faure",
        ],
        "cities": ["Rennes", "Dakar", "Montpellier", "Liège", "Abidjan", "Québec"],
        "quote": ["«\u00a0{}\u00a0»"],
        "local_notice": ["{wd} {d} {month} {y}", "{d} {month} {y}"],
        "local_results": ["{d} {month} {y} à {h}h{mi}", "{dd}/{mm}/{y} {h}:{mi}"],
        "local_traffic": ["{wd} {d} {month} {y} à {h} h {mi}", "{dd}/{mm}/{y} à {h}h{mi}"],
        "local_farm": ["{d} {mon} {y}", "{dd}/{mm}/{y}"],
        "local_road": ["{dd}/{mm}/{y}", "{d} {month} {y}"],
        "local_health": ["{d} {month} {y}"],
        "local_photo": ["{d} {mon} {y} à {h}h{mi}", "{wd} {d} {month} {y}"],
        "local_ls": ["{d} {month} {y}", "{d} {month} {y} - {h}:{mi} GMT"],
        "glue_ls": ["{C}, {d} ({site}) – ", "{C} ({d}) – "],
        "by": ["Un reportage de {a}", "Texte\u00a0: {a}", "Rédigé par {a}", "{a} ({site})"],
        "and": ["et"],
        "published": ["Mis en ligne le {d}", "Publié le {d}"],
        "social": ["Facebook", "X", "WhatsApp", "LinkedIn", "Bluesky", "Courriel", "Copier le lien"],
        "icons": ICONS12,
        "home": ["Accueil"],
        "sections": ["Région", "Circulation", "Agriculture", "Auto-moto", "Santé", "Élections", "Afrique"],
        "related_head": ["À lire aussi", "Sur le même sujet", "Les plus lus"],
        "caption_credit": ["{c}. Photo\u00a0: {n}", "{c} (Crédit photo\u00a0: {n})"],
        "photo": ["Crédit photo\u00a0: {n}", "Photo {n}"],
        "gallery": ["{t} – photo {i} sur {k}", "{i}/{k} – {t}"],
        "tags": ["Mots-clés\u00a0: {t}", "Thèmes\u00a0: {t}"],
        "comments": ["{n} réactions", "Réagir ({n})"],
        "rights": ["© {site} {y} – Tous droits de reproduction réservés", "{site} © {y} · Mentions légales · Cookies"],
        "newsletter": ["Recevez chaque matin l'essentiel de l'actualité – inscription gratuite"],
        "app": ["Téléchargez notre application pour recevoir les alertes"],
        "follow": ["Suivez-nous sur Instagram et LinkedIn"],
        "title_site": ["{t} – en images | {site}", "{t} | Diaporama | {site}"],
        "listen": ["Temps de lecture\u00a0: {n} min", "Lecture {n} min"],
        "read_also": ["LIRE AUSSI – {t}", "À lire\u00a0: {t}"],
        "live": ["EN DIRECT", "● Soirée électorale en direct"],
        "notice_kicker": ["Avis de décès", "Carnet"],
        "candle": ["🕯 Allumer une bougie ({n})"],
        "service_box": [
            "Obsèques\n"
            "Église Saint-Germain, place du Marché\nCérémonie dans {n} jours à 14 h 30, ni fleurs ni couronnes"
        ],
        "condolence": ["Registre de condoléances\u00a0: {n} messages · Laisser un message"],
        "notice_ad": ["Pour publier un avis de décès\u00a0: service annonces, 02 99 00 44 00"],
        "count_bar": ["{n},4 % des bureaux dépouillés"],
        "updated": ["Mis à jour il y a {n} min"],
        "seat_strip": [
            "Sièges (résultats provisoires)\nUnion de la gauche\u00a0: 48\n"
            "Les Républicains\u00a0: 37\nDivers\u00a0: {n}"
        ],
        "results_source": ["Source\u00a0: ministère de l'Intérieur. Résultats provisoires."],
        "status_strip": [
            "Info trafic\n"
            "Rocade sud\u00a0: ralentissements sur 4 km\nTER\u00a0: trafic perturbé entre Rennes et Saint-Malo"
        ],
        "route_map": ["Carte\u00a0: la déviation passe par la RN 137", "La carte des fermetures jusqu'à dimanche"],
        "report_jam": ["Vous êtes dans les bouchons\u00a0? Envoyez-nous une photo sur WhatsApp au 06 00 00 12 34"],
        "alert_signup": ["Recevez les alertes trafic de votre secteur par SMS – inscrivez-vous"],
        "price_strip": [
            "Cotations\u00a0: blé tendre 198 €/t ▲ · colza 462 €/t ▼\nlait 452 €/1 000 l · broutards 4,10 €/kg ▲"
        ],
        "member_login": ["Cet article est réservé aux abonnés. Connectez-vous ou abonnez-vous"],
        "price_note": ["Prix indicatifs départ exploitation, hors taxes, mis à jour chaque jour ouvré à 8 h."],
        "test_score": ["Notre note\u00a0: 7,5/10", "Verdict ★★★★☆"],
        "spec_box": [
            "Fiche technique\nMoteur\u00a0: 1,5 l turbo essence, 4 cylindres\n"
            "Puissance\u00a0: 177 ch\nBoîte\u00a0: automatique à 7 rapports\n"
            "Prix\u00a0: à partir de 33 900 €"
        ],
        "test_car_note": ["Le véhicule d'essai a été prêté par le constructeur pendant une semaine."],
        "pros_cons": [
            "On aime\u00a0: habitacle silencieux, moteur sobre\nOn aime moins\u00a0: places arrière étriquées"
        ],
        "reviewed": ["Relu par le Dr Claire Vasseur, médecin généraliste"],
        "symptom_check": ["→ Évaluez vos symptômes avec notre outil en ligne"],
        "sources": [
            "Sources\n1. Organisation mondiale de la santé, aide-mémoire\n2. Haute Autorité de santé, recommandations"
        ],
        "med_disclaimer": ["Ces informations ne remplacent pas une consultation médicale."],
        "donate": ["Nous sommes une association indépendante. Soutenez-nous par un don →"],
        "photo_kicker": ["Diaporama · {n} photos"],
        "fullscreen": ["⤢ Afficher en plein écran"],
        "lang_switch": [SWITCH],
        "translated_note": ["Cet article a d'abord été publié en anglais et traduit par notre rédaction."],
        "also_in": ["Cet article est aussi disponible en\u00a0: English · العربية · Kiswahili"],
    },
    "es": {
        "months": [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        "mon_abbr": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
        "wd_abbr": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "names": [
            "Álvaro Nerea Unai Rocío Sergio Ainhoa Guillermo Amaia",
            "Domínguez Iglesias Ortega Navarro Castillo Medina",
        ],
        "cities": ["Valladolid", "Quito", "Zaragoza", "Rosario", "Oviedo", "Montevideo"],
        "quote": ["“{}”"],
        "local_notice": ["{wd} {d} de {month} de {y}", "{d} de {month} de {y}"],
        "local_results": ["{d} {mon} {y} - {hm} CET", "{dd}/{mm}/{y} {hm} h"],
        "local_traffic": ["{d} de {month} de {y}, {h}:{mi} h", "{wd}, {dd}/{mm}/{y} - {hm}"],
        "local_farm": ["{dd}/{mm}/{y}", "{d} {mon} {y}"],
        "local_road": ["{d} {mon} {y}", "{d} de {month} de {y}"],
        "local_health": ["{d} de {month} de {y}"],
        "local_photo": ["{wd}, {d} de {month} de {y}", "{d} {mon} {y} - {hm}"],
        "local_ls": ["{d} {month} {y}", "{d} de {month} de {y} - {hm} GMT"],
        "glue_ls": ["{C}, {d} ({site}). – ", "{C} ({d}) – "],
        "by": ["Información de {a}", "Redacción: {a}", "Escrito por {a}", "{a} · {site}"],
        "and": ["y"],
        "published": ["Publicado el {d}", "Fecha de publicación: {d}"],
        "social": ["Facebook", "X", "WhatsApp", "Telegram", "LinkedIn", "Correo", "Copiar enlace"],
        "icons": ICONS12,
        "home": ["Portada"],
        "sections": ["Local", "Tráfico", "Campo", "Motor", "Salud", "Elecciones", "América Latina"],
        "related_head": ["Te puede interesar", "Más sobre este tema", "Lo más visto"],
        "caption_credit": ["{c}. Foto: {n}", "{c} (Imagen: {n})"],
        "photo": ["Imagen: {n}", "Fotografía de {n}"],
        "gallery": ["{t} – imagen {i} de {k}", "{i}/{k} {t}"],
        "tags": ["Etiquetas: {t}", "Temas: {t}"],
        "comments": ["{n} comentarios", "Comentar ({n})"],
        "rights": ["© {y} {site}. Todos los derechos reservados.", "{site} © {y} · Aviso legal · Política de cookies"],
        "newsletter": ["Suscríbete gratis al boletín de la mañana"],
        "app": ["Descarga nuestra app y recibe las alertas al momento"],
        "follow": ["Síguenos en Instagram y TikTok"],
        "title_site": ["{t}, en imágenes | {site}", "{t} | Fotogalería | {site}"],
        "listen": ["Lectura: {n} min", "Tiempo de lectura: {n} minutos"],
        "read_also": ["LEE TAMBIÉN: {t}", "Te interesa: {t}"],
        "live": ["EN DIRECTO", "● Noche electoral en directo"],
        "notice_kicker": ["Esquelas", "Necrológicas"],
        "candle": ["🕯 Encender una vela ({n})"],
        "service_box": [
            "Funeral\n"
            "Parroquia de San Lorenzo, calle Mayor\nMisa en {n} días a las 12.00; capilla ardiente en el tanatorio"
        ],
        "condolence": ["Libro de condolencias: {n} mensajes · Escribe tu mensaje"],
        "notice_ad": ["Para publicar una esquela llame al departamento de anuncios: 983 000 440"],
        "count_bar": ["Escrutado el {n},4 % de las mesas"],
        "updated": ["Actualizado hace {n} minutos"],
        "seat_strip": ["Escaños (provisional)\nPP: 48\nPSOE: 37\nOtros: {n}"],
        "results_source": ["Fuente: Ministerio del Interior. Datos provisionales del escrutinio."],
        "status_strip": [
            "Estado del tráfico\nA-62: retenciones de 5 km en sentido Valladolid\nCercanías: retrasos en la línea C-1"
        ],
        "route_map": ["Mapa: el desvío señalizado por la N-601", "Mapa de los cortes hasta el domingo"],
        "report_jam": ["¿Estás en un atasco? Mándanos una foto por WhatsApp al 600 000 123"],
        "alert_signup": ["Recibe avisos de tráfico de tu zona por SMS: date de alta aquí"],
        "price_strip": [
            "Lonja: trigo blando 221 €/t ▲ · cebada 196 €/t ▼\naceite virgen extra 4,20 €/kg · cordero 8,90 €/kg ▲"
        ],
        "member_login": ["Este contenido es exclusivo para suscriptores. Inicia sesión o suscríbete"],
        "price_note": ["Precios orientativos en origen, sin IVA, actualizados cada día laborable a las 8.00."],
        "test_score": ["Nuestra nota: 7,5/10", "Valoración final ★★★★☆"],
        "spec_box": [
            "Ficha técnica\nMotor: 1.5 turbo gasolina, cuatro cilindros\n"
            "Potencia: 177 CV\nCambio: automático de siete velocidades\n"
            "Precio: desde 32.900 euros"
        ],
        "test_car_note": ["La marca cedió el coche de pruebas durante una semana."],
        "pros_cons": ["Lo mejor: habitáculo silencioso, consumo contenido\nLo peor: plazas traseras justas"],
        "reviewed": ["Revisado por la Dra. Marta Gil, especialista en medicina interna"],
        "symptom_check": ["→ Comprueba tus síntomas con nuestra herramienta"],
        "sources": [
            "Fuentes\n1. Organización Mundial de la Salud, nota descriptiva\n2. Ministerio de Sanidad, guía clínica"
        ],
        "med_disclaimer": ["Esta información es divulgativa y no sustituye la consulta médica."],
        "donate": ["Somos una fundación independiente. Apoya nuestro trabajo con un donativo →"],
        "photo_kicker": ["Fotogalería · {n} imágenes"],
        "fullscreen": ["⤢ Ver a pantalla completa"],
        "lang_switch": [SWITCH],
        "translated_note": ["Este artículo se publicó originalmente en inglés y lo tradujo nuestra redacción."],
        "also_in": ["Lee esta noticia también en: English · Português"],
    },
}

STYLES: list[dict[str, object]] = [
    {
        "name": "death_notice",  # regional paper's notices page: candles, service box
        "header": ["breadcrumb", "notice_kicker", "title", "published", "byline", "candle"],
        "body_inserts": ["quote", "photo_credit", "subheading"],
        "footer": ["service_box", "condolence", "notice_ad", "rights"],
        "date_formats": ["local_notice"],
        "blank": True,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "results_night",  # election-night results page, no blank lines: live badge, count bar, seat strip
        "header": ["live", "count_bar", "title", "byline_date", "updated", "share_icons"],
        "body_inserts": ["seat_strip", "subheading", "quote"],
        "footer": ["results_source", "related", "app"],
        "date_formats": ["local_results"],
        "blank": False,
        "crumb_sep": " › ",
        "bd_sep": [" — ", " | "],
        "share_sep": "  ",
        "by_join": "comma_and",
        "say": SAY,
    },
    {
        "name": "traffic_desk",  # regional traffic and transport desk: status strip over the headline, route maps
        "header": ["status_strip", "title", "date", "byline", "share_row"],
        "body_inserts": ["route_map", "list", "report_jam", "subheading"],
        "footer": ["alert_signup", "follow", "comments", "rights"],
        "date_formats": ["local_traffic"],
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": " / ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "farm_weekly",  # farming weekly: commodity-price strip over the menu, price note, subscriber log-in
        "header": ["price_strip", "breadcrumb", "title", "byline_date", "listen"],
        "body_inserts": ["subheading", "caption_credit", "list"],
        "footer": ["price_note", "member_login", "newsletter", "tags", "rights"],
        "date_formats": ["local_farm"],
        "blank": True,
        "crumb_sep": " > ",
        "bd_sep": [" · ", ", "],
        "by_join": "comma",
        "say": SAY,
    },
    {
        "name": "road_test",  # motoring road test: score under the headline, comment count, spec box, pros and cons
        "header": ["title", "test_score", "byline", "date", "comments"],
        "body_inserts": ["spec_box", "caption_credit", "subheading"],
        "footer": ["pros_cons", "test_car_note", "related", "share_names"],
        "date_formats": ["local_road"],
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": " · ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "health_guide",  # health charity explainer: reviewer line, sources, donation
        "header": ["breadcrumb", "title", "byline", "reviewed", "published"],
        "body_inserts": ["subheading", "list", "symptom_check"],
        "footer": ["sources", "med_disclaimer", "donate", "newsletter", "rights"],
        "date_formats": ["local_health"],
        "blank": True,
        "crumb_sep": " / ",
        "by_join": "comma_and",
        "say": SAY,
    },
    {
        "name": "photo_story",  # picture story, no blank lines: page title with the site, gallery captions, full screen
        "header": ["title_site", "photo_kicker", "byline", "date", "share_names"],
        "body_inserts": ["caption_gallery", "caption_credit", "fullscreen"],
        "footer": ["related", "follow", "rights"],
        "date_formats": ["local_photo"],
        "blank": False,
        "crumb_sep": " › ",
        "share_sep": " | ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "language_service",  # broadcaster's language service: switcher, glued dateline
        "header": ["lang_switch", "breadcrumb", "title", "byline", "date_glued"],
        "body_inserts": ["subheading", "quote", "caption_credit", "read_also"],
        "footer": ["translated_note", "also_in", "tags", "rights"],
        "date_formats": ["local_ls"],
        "glue": "glue_ls",
        "blank": True,
        "crumb_sep": " » ",
        "by_join": "and",
        "say": SAY,
    },
]
