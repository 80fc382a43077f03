"""TWENTIETH HELD-OUT templates, written BLIND: their author read only build.py, score.py (for the format it expects),
prose.py, the earlier styles files (for their format and to avoid their site kinds; none of their phrases, widget
texts or layouts reused) and the shared sentence files build.py draws from (searched for their question marks and
quotation marks: questions usable as headlines only in the English, Russian and Korean files, the Persian file's
three "؟" sentences, the Chinese file's "？" clauses with no spaces to count words by, the Spanish file's lost "¿"
and accents, so question headlines only in en, ru and ko); never the cleaner's rules, lexicon, content model, docs
or tests, nor the history of the repository; the cleaner was run on them once, through score.py, for a first-contact
figure, and they were never changed after it. Eight languages the data has, in countries and on sites no earlier
split modelled: South African English (Johannesburg, Cape Town, Gqeberha; "2026/11/25 14:32", "25 Nov 2026 | 14:32",
"28 Dec 2022, 7:26pm"; ANA credits and "JOHANNESBURG, 25 November (ANA) – " datelines, Gallo Images and "Supplied"
photo credits; rand and cents a litre, the Central Energy Fund, Ithuba's Lotto and PowerBall, SAAQIS stations,
"(Pty) Ltd" and the PAIA manual in the footer; the "Naidoo", "Dlamini", "Botha" names), Russian (genitive months,
"25 ноября 2026, 14:32", "Обновлено", TASS and RIA datelines that name the day, "КАЗАНЬ, 25 ноября. /ТАСС/. ", glued
to the first sentence; АИ-95, «Русское лото», invariable surnames in -енко, -ук, -их so that any first name fits),
Iranian Persian (Solar Hijri dates in Persian digits, "سه‌شنبه ۱۴ آذر ۱۴۰۲ - ۱۲:۳۰", "۱۴۰۲/۰۹/۱۴", alone or beside
the Gregorian date written in Persian, "۱۴ آذر ۱۴۰۲ | ۵ دسامبر ۲۰۲۳"; "به گزارش ایسنا، " and "تهران- ایرنا- " glued
to the first sentence; toman prices, fuel cards and quotas, bank savings-account prize draws and car-allocation
draws instead of a lottery, which Iran forbids), Korean ("입력 2026.11.25 14:32 수정
2026.11.25 16:32", "2026년 11월 25일(수) 오후 2:32", "{name} 기자" with the role after the name,
authors joined by "·"; 오피넷, 동행복권, 에어코리아), mainland Chinese ("2026-11-25 14:32 来源：…",
"2026年11月25日", "新华社深圳11月25日电 " and "央广网西安11月25日消息 " glued to the first sentence,
names with no space, 92号汽油 and 元/升, 双色球, 生态环境部), Filipino Tagalog (Tagalog months "Nobyembre 25, 2026",
"Miyerkules", "Ni {name}", authors joined by "at", "MAYNILA — " datelines, pesos a litre from the DOE, PCSO draws,
DENR-EMB readings, MM/DD/YYYY dates), Israeli Hebrew (two-digit years "25.11.26, 14:32", "25 בנובמבר 2026" with the
bound "ב", "יום רביעי", authors joined by the bound "ו", "מאת"; shekels a litre, Mifal HaPais, the Ministry of
Environmental Protection) and Mexican Spanish ("25/11/2026 14:32 hrs", "Miércoles 25 de noviembre de 2026", EFE
datelines "CIUDAD DE MÉXICO, 25 de noviembre (EFE).- ", Profeco, Magna and Premium petrol, Melate and the Lotería
Nacional, SEDEMA's Índice Aire y Salud, "D.R. ©").

Kinds of sites (none in an earlier split): a fuel-price update (a motoring menu, the date line ABOVE the headline,
"Fuel: headline" and quoted headlines, a standfirst two times in three, a single author's byline, with a role on
some pages, printed on half the pages, an agency or city dateline that names the day glued to the first sentence, a
price box over three lines, a price calculator prompt, lists, ads, a price-source line, related stories, a named
share row), a lottery draw results page with no blank lines and no byline (a games menu, a draw kicker, a
"published" date line, a numbers box and a prize box over three lines, a claim note, the next draw, a
responsible-play notice, an app prompt), a startup funding news site (a startup menu, plain, question and "Funding:
..." headlines, a standfirst, the byline and date on one line, a reading time on half the pages, a deal box over
three lines, captions with credits, an event ad, an investor disclosure, a "send us your news" prompt, a newsletter
prompt, tags, icon share row), an air-quality report (an environment menu, an index badge over the headline, the
date line, an agency dateline glued to the first sentence, an index box over three lines, a health-advice box over
two lines, the byline UNDER the text, a data note, an app prompt), a beauty magazine (a menu, a category kicker over
the headline, quoted headlines, a standfirst, a byline then a date line, a reading time on half the pages, a product
card over three lines, a shop button, captions, an affiliate note, a quiz prompt, related stories), a pet-care
advice page (a menu, a breadcrumb, question and "Ask the vet: ..." headlines, a standfirst on half the pages, the
date before the byline of a single author, with a role on some pages, on one line, a "when to see a vet" box over
three lines, a pet-insurance ad, a not-veterinary-advice note, an "ask our vet" prompt, comments), a tech how-to
guide with no blank lines (a menu, a breadcrumb, "How to: ..." headlines, byline and date lines, a table of contents
over three lines on half the pages, a video embed over two lines, lists, a download ad, a "tested on" note, a
star-rating prompt over two lines, related guides, comments) and a TV drama episode recap (a TV menu, a
series-and-episode kicker, quoted and "Recap: ..." headlines, the byline and date on one line, a spoiler warning,
captions, quotes, an episode box over three lines, a recap rating, where to watch, related stories).

What build.py had to learn for this split (a hook read only when a style carries the key, so every earlier split
builds byte for byte as before, checked by building all twenty earlier splits before and after and comparing
sha256 digests): style["glue_date"] names a local date pattern list ("local_glue"); a glued dateline may use {g}, the
day written with it, as agency datelines write it ("25 ноября", "11月25日", "25 de noviembre", "25 November").

How the date lines are made: build.py fills a local date pattern with str.format and passes the month and weekday
names from this module's lists, as `Name` strings: plain ("{month}") they are the name; "{month:int={h}}" is the
hour with no leading zero, "{month:later={h}}" an update hour one to three hours later the same day,
"{month:ap={h}}" "am" or "pm", "{month:ko={h}}" 오전 or 오후, "{month:yy={y}}" the two-digit year, "{wd:cap}" the
weekday capitalised, "{month:fa=...}" its text in Persian digits, "{month:sh={y}{mm}{dd}}" the Solar Hijri date in
words and Persian digits ("۱۴ آذر ۱۴۰۲") and "{month:shnum={y}{mm}{dd}}" in figures ("۱۴۰۲/۰۹/۱۴"). The Solar Hijri
date is computed with the 33-year break table of the arithmetic Jalali calendar (checked against 1 Farvardin 1403 =
2024-03-20, 14 Azar 1402 = 2023-12-05 and every day from 2015 to 2026 of an independent converter). The gold date is
always the Gregorian ISO date.

Limits of build.py this split cannot cross: a widget cannot see the byline or the headline, so a price box, a
numbers box or an episode box is generic for its language; widgets' lines all carry one label, so each box is one
boilerplate block; the same counter fills every {n} of a widget, and Persian widgets print fixed Persian-digit
numbers instead; body inserts are drawn with replacement; one date per document, so a draw's own date and an
episode's air date are not the article's; a Korean agency dateline names its reporter, and build.py's glued forms
cannot see the byline, so Korean (and Hebrew, whose sites print none) pages carry no glued dateline; tags are joined
with ", " in every language; site names in bylines and copyright lines come from build.py's shared list of English
brand names; prices, draw numbers, index readings and phone numbers in widgets are invented or generic. The sentence
files are not South African, Iranian, Filipino, Israeli or Mexican prose, so only the chrome of those pages is
local.
"""

from __future__ import annotations

from datetime import date

LANGS = ("en", "ru", "fa", "ko", "zh", "tl", "he", "es")

FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
SH_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
SH_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456)


def _nowruz(jy: int) -> date:
    """The Gregorian day of 1 Farvardin of Solar Hijri year jy (the arithmetic 33-year-cycle calendar)."""
    gy = jy + 621
    leap_j, jp, jump = -14, SH_BREAKS[0], 0
    for jm in SH_BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = jy - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return date(gy, 3, 20 + leap_j - leap_g)


def solar_hijri(day: date) -> tuple[int, int, int]:
    """(year, month, day) of the Solar Hijri calendar for a Gregorian date."""
    jy = day.year - 621
    start = _nowruz(jy)
    if day < start:
        jy -= 1
        start = _nowruz(jy)
    days = (day - start).days
    if days < 186:
        return jy, days // 31 + 1, days % 31 + 1
    days -= 186
    return jy, days // 30 + 7, days % 30 + 1


class Name(str):
    """A month or weekday name; given a format spec it writes another part of the date line (see above)."""

    number = 0  # 1-12 for a month, 1-7 for a weekday

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        kind, _, arg = spec.partition("=")
        if kind == "int":
            return str(int(arg))
        if kind == "later":
            hour = int(arg)
            return f"{min(23, hour + 1 + hour % 3):02d}"
        if kind == "ap":
            return "am" if int(arg) < 12 else "pm"
        if kind == "ko":
            return "오전" if int(arg) < 12 else "오후"
        if kind == "yy":
            return f"{int(arg) % 100:02d}"
        if kind == "cap":
            return str(self)[:1].upper() + str(self)[1:]
        if kind == "fa":
            return arg.translate(FA_DIGITS)
        if kind in ("sh", "shnum"):
            year, month, day = solar_hijri(date(int(arg[:4]), int(arg[4:6]), int(arg[6:])))
            if kind == "sh":
                return f"{day} {SH_MONTHS[month - 1]} {year}".translate(FA_DIGITS)
            return f"{year}/{month:02d}/{day:02d}".translate(FA_DIGITS)
        raise ValueError(spec)


def _names(words: str) -> list[Name]:
    names = [Name(word.replace("_", " ")) for word in words.split()]
    for number, name in enumerate(names, start=1):
        name.number = number
    return names


SAY = {  # widget -> gold reason (build.py: style["say"])
    "fuel_menu": "navigation",
    "price_box": "footer",
    "fuel_calc": "reader_prompt",
    "fuel_source": "footer",
    "lotto_menu": "navigation",
    "draw_kicker": "navigation",
    "numbers_box": "footer",
    "prize_box": "footer",
    "claim_note": "footer",
    "next_draw": "footer",
    "responsible_play": "footer",
    "lotto_app": "app_prompt",
    "startup_menu": "navigation",
    "deal_box": "footer",
    "event_ad": "advertisement",
    "disclosure": "footer",
    "pitch_prompt": "reader_prompt",
    "env_menu": "navigation",
    "aqi_badge": "live_badge",
    "aqi_box": "footer",
    "health_tip": "footer",
    "data_note": "footer",
    "air_app": "app_prompt",
    "beauty_menu": "navigation",
    "beauty_kicker": "navigation",
    "product_box": "advertisement",
    "shop_button": "advertisement",
    "affiliate_note": "footer",
    "quiz_prompt": "reader_prompt",
    "pet_menu": "navigation",
    "vet_box": "footer",
    "pet_insurance_ad": "advertisement",
    "vet_disclaimer": "footer",
    "ask_vet": "reader_prompt",
    "howto_menu": "navigation",
    "toc_box": "navigation",
    "video_embed": "video",
    "download_ad": "advertisement",
    "tested_note": "footer",
    "rate_guide": "rating",
    "tv_menu": "navigation",
    "show_kicker": "navigation",
    "spoiler_warning": "reader_prompt",
    "episode_box": "footer",
    "recap_rating": "rating",
    "where_to_watch": "footer",
}

ICONS20 = ["ico-share-fb", "ico-share-x", "ico-share-wa", "ico-share-tg", "ico-share-mail", "ico-share-copy"]

PHRASES: dict[str, dict[str, list]] = {}

PHRASES["en"] = {
    "months": _names("January February March April May June July August September October November December"),
    "mon_abbr": _names("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "wd_abbr": _names("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "names": [
        "Sipho Zanele Riaan Nomvula Kagiso Anele Pieter Refilwe",
        "Naidoo Mokoena Dlamini Botha Venter Khumalo Pillay Ngcobo",
    ],
    "cities": ["Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha", "Bloemfontein", "Polokwane"],
    "quote": ["“{}”"],
    "and": ["and"],
    "local_glue": ["{d} {month}"],
    "glue_fuel": ["{C} - ", "{C}, {g} (ANA) – ", ""],
    "glue_air": ["{C} – ", "(ANA) – ", ""],
    "local_fuel": ["{wd} {d} {month} {y}", "{y}/{mm}/{dd} {hm}"],
    "local_lotto": ["{wd}, {d} {month} {y}", "{d} {mon} {y}, {h12}:{mi}{month:ap={h}}"],
    "published": ["Published: {d}", "Results published {d}"],
    "local_startup": ["{d} {mon} {y} | {hm}", "{d} {month} {y}"],
    "local_air": ["{d} {month} {y}, {h12}.{mi}{month:ap={h}}", "Updated {y}/{mm}/{dd} at {hm}"],
    "local_beauty": ["{d} {month} {y}", "{d} {mon} {y}"],
    "local_pet": ["{y}/{mm}/{dd}", "{d} {month} {y}"],
    "local_howto": ["Last updated: {d} {month} {y}", "{d} {mon} {y}, {hm}"],
    "local_drama": ["{d} {mon} {y} · {hm}", "{wd} {d} {month} {y}"],
    "hl_fuel": ["{t}", "{t}", "Fuel: {t}", "Petrol price: {t}", "“{t}”"],
    "hl_lotto": ["{t}", "Lotto results: {t}", "PowerBall: {t}", "Daily Lotto: {t}"],
    "hl_startup": ["{t}", "{q}", "Funding: {t}", "Startups: {t}"],
    "hl_air": ["{t}", "{t}", "Air quality: {t}", "Smog alert: {t}"],
    "hl_beauty": ["{t}", "“{t}”", "Skincare: {t}", "Beauty: {t}"],
    "hl_pet": ["{q}", "{q}", "{t}", "Ask the vet: {t}"],
    "hl_howto": ["{t}", "How to: {t}", "{q}", "Guide: {t}"],
    "hl_drama": ["{t}", "“{t}”", "Recap: {t}", "The River recap: {t}"],
    "by_fuel": ["By {a}", "{a}, Motoring Reporter", "{a}"],
    "by_startup": ["{a}", "By {a}"],
    "by_air": ["Reporting by {a}", "{a} / ANA", "{a}"],
    "by_beauty": ["By {a}", "{a}", "Words: {a}"],
    "by_pet": ["By {a}", "{a}, Pet Care Writer"],
    "by_howto": ["By {a}", "Written by {a}"],
    "by_drama": ["{a}", "By {a}"],
    "social": ["Facebook", "X", "WhatsApp", "LinkedIn", "Email", "Copy link"],
    "icons": ICONS20,
    "home": ["Home"],
    "sections": ["Motoring", "Lifestyle", "Pets", "Tech", "Entertainment"],
    "caption_credit": ["{c}. Picture: {n}/Gallo Images", "{c}. (Photo: {n}/ANA)", "{c}. Image: Supplied"],
    "listen": ["Estimated reading time: {n} min", "⏱ {n} minutes"],
    "comments": ["{n} Comments · Join the conversation", "View {n} comments"],
    "tags": ["Filed under: {t}", "Topics in this story: {t}"],
    "newsletter": ["Get the Daily Brief in your inbox every weekday morning – sign up for free"],
    "rights": [
        "© {y} {site} (Pty) Ltd. All rights reserved.",
        "Copyright {site} {y} | Terms & Conditions | PAIA Manual | Privacy",
    ],
    "related_head": ["Related Articles", "Trending Now"],
    "ad": ["ADVERTISEMENT - CONTINUE READING BELOW", "Advertisement"],
    "fuel_menu": ["Motoring | Fuel Price | Car Reviews | Traffic | e-Tolls | Licence Renewals"],
    "price_box": [
        "Fuel price changes from Wednesday (inland)\nPetrol 93 & 95: +32c/l · Diesel 0.05%: -18c/l\n"
        "Illuminating paraffin: -21c/l · LP Gas: +40c/kg"
    ],
    "fuel_calc": ["Work out what a full tank will cost you with our fuel calculator →"],
    "fuel_source": ["Source: Department of Mineral and Petroleum Resources, based on Central Energy Fund data."],
    "lotto_menu": ["Lotto | Lotto Plus | PowerBall | Daily Lotto | Results | Jackpots"],
    "draw_kicker": ["LOTTO & LOTTO PLUS RESULTS", "POWERBALL DRAW RESULTS"],
    "numbers_box": [
        "Winning numbers\n07 · 12 · 19 · 31 · 38 · 44 Bonus: 09\nLotto Plus 1: 03 · 15 · 22 · 27 · 40 · 51 Bonus: 11"
    ],
    "prize_box": [
        "Prize divisions\nDivision 1: no winner, jackpot rolls over to R{n} million\n"
        "Division 2: 3 winners, R98 412,30 each"
    ],
    "claim_note": [
        "Prizes must be claimed within 365 days of the draw. Winnings over R50 000 are paid at Ithuba offices."
    ],
    "next_draw": ["Next draw: Saturday at 20:57 · Estimated jackpot R{n} million"],
    "responsible_play": ["Play responsibly. No one under 18 years may play the National Lottery."],
    "lotto_app": ["Check your tickets in seconds on our free Results app for Android and iOS"],
    "startup_menu": ["Startups | Funding | Fintech | Founders | VC | Events | Jobs"],
    "deal_box": [
        "The deal\nRound: Series A · Amount: $12 million (about R220 million)\n"
        "Lead investor: a Cape Town venture fund · Existing backers followed on"
    ],
    "event_ad": ["Pitch at Startup Week Cape Town – applications close on Friday. Book your ticket →"],
    "disclosure": ["Disclosure: {site} is not an investor in any company mentioned in this article."],
    "pitch_prompt": ["Got a funding announcement? Email our startups desk and tell us about your round."],
    "env_menu": ["Environment | Air Quality | Weather | Water | Load Shedding | Climate"],
    "aqi_badge": ["AIR QUALITY ALERT", "LIVE: AIR QUALITY"],
    "aqi_box": [
        "Air quality index, 08:00\nSecunda: 7 (very high) · eMalahleni: 6 (high) · Soweto: 5 (moderate)\n"
        "Main pollutant: PM2.5 · Source: SAAQIS monitoring stations"
    ],
    "health_tip": [
        "Health advice\nPeople with asthma or heart conditions should avoid strenuous activity outdoors today."
    ],
    "data_note": [
        "Readings are provisional and may change after quality control by the South African Weather Service."
    ],
    "air_app": ["Get air quality alerts for your suburb on the free AirQ SA app"],
    "beauty_menu": ["Beauty | Skincare | Hair | Make-up | Fragrance | Wellness | Shop"],
    "beauty_kicker": ["SKINCARE", "HAIR", "BEAUTY NEWS"],
    "product_box": ["Editor's pick\nRooibos Calm Gel Cleanser, 150ml\nR189 at Clicks and Dis-Chem"],
    "shop_button": ["SHOP NOW →"],
    "affiliate_note": [
        "We independently select the products we feature. If you buy through our links, we may earn a commission."
    ],
    "quiz_prompt": ["Take the quiz: which serum suits your skin type?"],
    "pet_menu": ["Pets | Dogs | Cats | Pet Health | Adoption | Ask the Vet"],
    "vet_box": [
        "When to see a vet\nVomiting for more than 24 hours, blood in the stool or refusing to drink\n"
        "After hours, phone your nearest 24-hour animal hospital"
    ],
    "pet_insurance_ad": ["Cover your pet from R89 a month – get a pet insurance quote in two minutes"],
    "vet_disclaimer": [
        "This article is for general information and is not a substitute for advice from a registered veterinarian."
    ],
    "ask_vet": ["Have a question for our vet? Send it in and we may answer it in a future column."],
    "howto_menu": ["Tech | How To | Phones | Laptops | Apps | Security | Reviews"],
    "toc_box": ["In this guide\n1. What you need · 2. Step by step\n3. Troubleshooting · 4. FAQ"],
    "video_embed": ["Video: watch the steps\nYouTube video – click to play"],
    "download_ad": ["Sponsored: download the free VPN trial for your phone and laptop"],
    "tested_note": ["We tested these steps on Android 15 and iOS 18. Menus may differ on your device."],
    "rate_guide": ["Did this guide solve your problem?\n★★★★★ Rate it"],
    "tv_menu": ["TV | Soapies | Reality | What's On | Streaming | Celebs"],
    "show_kicker": ["GOMORA · SEASON 4, EPISODE 112", "SOAPIE RECAP"],
    "spoiler_warning": ["Spoiler warning: this recap reveals what happens in the latest episode."],
    "episode_box": [
        "Episode details\nAirs weekdays at 21:00 on 1Magic, channel 103\n"
        "Repeats on Sundays from 12:00 · Catch up on Showmax"
    ],
    "recap_rating": ["Our verdict: ★★★★☆"],
    "where_to_watch": ["Watch the full episode on Showmax and DStv Catch Up."],
}

PHRASES["ru"] = {
    "months": _names("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "mon_abbr": _names("янв фев мар апр мая июн июл авг сен окт ноя дек"),
    "wd_abbr": _names("понедельник вторник среда четверг пятница суббота воскресенье"),
    "names": [
        "Глеб Вероника Тимофей Алиса Роман Дарья Кирилл Полина",
        "Кравец Ткачук Мельничук Остапенко Гладких Коротких Лысенко Карпенко",
    ],
    "cities": ["Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Самара", "Краснодар"],
    "quote": ["«{}»"],
    "and": ["и"],
    "local_glue": ["{d} {month}"],
    "glue_fuel": ["{C}, {g}. /ТАСС/. ", "{C}, {g} — РИА Новости. ", ""],
    "glue_air": ["{C}, {g}. /ТАСС/. ", ""],
    "local_fuel": ["{d} {month} {y}, {hm}", "{dd}.{mm}.{y} {hm}"],
    "local_lotto": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
    "published": ["Опубликовано: {d}", "Дата публикации: {d}"],
    "local_startup": ["{d} {month} {y}, {hm}", "{dd}.{mm}.{y}, {hm}"],
    "local_air": ["{hm}, {d} {month} {y}", "Обновлено {dd}.{mm}.{y} в {hm}"],
    "local_beauty": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_pet": ["{d} {month} {y}", "{dd}.{mm}.{y} в {hm}"],
    "local_howto": ["Обновлено: {d} {month} {y}", "{dd}.{mm}.{y}"],
    "local_drama": ["{d} {month} {y} {hm}", "{wd}, {d} {month} {y}"],
    "hl_fuel": ["{t}", "{q}", "Цены на бензин: {t}", "«{t}»"],
    "hl_lotto": ["{t}", "Результаты тиража: {t}", "«Русское лото»: {t}"],
    "hl_startup": ["{t}", "{q}", "Инвестиции: {t}", "Стартапы: {t}"],
    "hl_air": ["{t}", "{t}", "Качество воздуха: {t}", "Смог: {t}"],
    "hl_beauty": ["{t}", "«{t}»", "Уход за кожей: {t}", "Бьюти: {t}"],
    "hl_pet": ["{q}", "{q}", "{t}", "Вопрос ветеринару: {t}"],
    "hl_howto": ["{t}", "Инструкция: {t}", "{q}", "Лайфхак: {t}"],
    "hl_drama": ["{t}", "«{t}»", "Пересказ серии: {t}", "Что было в новой серии: {t}"],
    "by_fuel": ["Автор: {a}", "{a}", "Текст: {a}"],
    "by_startup": ["{a}", "Автор: {a}"],
    "by_air": ["Текст: {a}", "{a}, ТАСС", "{a}"],
    "by_beauty": ["Текст: {a}", "{a}", "Текст и фото: {a}"],
    "by_pet": ["Автор: {a}", "{a}, ветеринарный врач"],
    "by_howto": ["Автор: {a}", "{a}"],
    "by_drama": ["{a}", "Текст: {a}"],
    "social": ["ВКонтакте", "Одноклассники", "Telegram", "WhatsApp", "Скопировать ссылку"],
    "icons": ICONS20,
    "home": ["Главная"],
    "sections": ["Авто", "Технологии", "Стиль", "Питомцы", "Общество"],
    "caption_credit": ["{c}. Фото: {n}/ТАСС", "{c} © {n} / РИА Новости", "{c}. Фото: пресс-служба"],
    "listen": ["Время чтения: {n} мин", "{n} минут на чтение"],
    "comments": ["Комментарии: {n}", "{n} комментариев · Обсудить"],
    "tags": ["Теги: {t}", "Темы: {t}"],
    "newsletter": ["Главное за день — в вашей почте. Подписаться на рассылку"],
    "rights": [
        "© {y} {site}. Все права защищены. 18+",
        "© {site}, {y}. При использовании материалов ссылка обязательна",
    ],
    "related_head": ["Читайте также", "Похожие материалы"],
    "ad": ["Реклама"],
    "fuel_menu": ["Авто | Цены на топливо | ПДД | Штрафы | Тест-драйвы | Каршеринг"],
    "price_box": [
        "Средние цены на АЗС, руб./л\nАИ-92: 54,10 · АИ-95: 59,85 · АИ-98: 74,30\nДизельное топливо: 68,40 · Газ: 28,15"
    ],
    "fuel_calc": ["Рассчитайте расход топлива на поездку в нашем калькуляторе →"],
    "fuel_source": ["По данным Росстата и биржевых котировок СПбМТСБ."],
    "lotto_menu": ["Лотереи | Результаты | «Русское лото» | «Жилищная лотерея» | Архив тиражей"],
    "draw_kicker": ["ТИРАЖ № 16{n}", "РЕЗУЛЬТАТЫ ТИРАЖА"],
    "numbers_box": ["Выигрышные номера\n5, 12, 19, 27, 33, 41, 48, 56, 60, 74, 81, 88\nДжекпот не разыгран"],
    "prize_box": ["Распределение призов\nБилетов-победителей: 51 2{n}4\nПризовой фонд тиража: 148 500 000 ₽"],
    "claim_note": ["Выигрыш можно получить в течение шести месяцев после тиража."],
    "next_draw": ["Следующий тираж — в воскресенье в 14:00 по московскому времени"],
    "responsible_play": ["Лотерея — это игра. Участвуют лица старше 18 лет."],
    "lotto_app": ["Проверяйте билеты в приложении — скачать в RuStore"],
    "startup_menu": ["Стартапы | Инвестиции | Венчур | Основатели | Технологии | Мероприятия"],
    "deal_box": ["Сделка\nРаунд: посевной · Сумма: 250 млн руб.\nИнвесторы: венчурный фонд и бизнес-ангелы"],
    "event_ad": ["Регистрация на форум «Стартап-весна» открыта до пятницы →"],
    "disclosure": [
        "Редакция не является инвестором упомянутых компаний. Материал не является инвестиционной рекомендацией."
    ],
    "pitch_prompt": ["Привлекли инвестиции? Напишите нам — расскажем о вашем раунде."],
    "env_menu": ["Экология | Качество воздуха | Погода | Вода | Климат"],
    "aqi_badge": ["НЕБЛАГОПРИЯТНЫЕ МЕТЕОУСЛОВИЯ", "РЕЖИМ «ЧЁРНОГО НЕБА»"],
    "aqi_box": [
        "Индекс загрязнения атмосферы, 9:00\nСт. «Центр»: ИЗА 8 (высокий) · Ст. «Левый берег»: ИЗА 6\n"
        "Превышение ПДК по взвешенным веществам в 2,1 раза"
    ],
    "health_tip": ["Рекомендации\nЛюдям с болезнями сердца и лёгких лучше не выходить на улицу без необходимости."],
    "data_note": ["Данные предварительные. Источник: региональный центр по гидрометеорологии."],
    "air_app": ["Следите за качеством воздуха в своём районе в приложении «Чистый воздух»"],
    "beauty_menu": ["Красота | Уход | Макияж | Волосы | Ароматы | Здоровье"],
    "beauty_kicker": ["УХОД ЗА КОЖЕЙ", "ТРЕНДЫ"],
    "product_box": ["Выбор редакции\nУвлажняющий крем с пантенолом, 50 мл\n1 290 ₽ на маркетплейсах"],
    "shop_button": ["Купить →"],
    "affiliate_note": ["Товары в подборке выбраны редакцией. Ссылки могут быть партнёрскими. Реклама."],
    "quiz_prompt": ["Пройдите тест: какой у вас тип кожи?"],
    "pet_menu": ["Питомцы | Собаки | Кошки | Здоровье | Дрессировка | Вопрос ветеринару"],
    "vet_box": [
        "Когда срочно к ветеринару\nРвота дольше суток, кровь в стуле, отказ от воды\n"
        "Ночью звоните в круглосуточную ветклинику"
    ],
    "pet_insurance_ad": ["Страхование питомцев от 390 ₽ в месяц — оформите полис онлайн"],
    "vet_disclaimer": ["Материал носит справочный характер и не заменяет консультацию ветеринарного врача."],
    "ask_vet": ["Задайте вопрос нашему ветеринару — ответы публикуем по пятницам."],
    "howto_menu": ["Технологии | Инструкции | Смартфоны | Ноутбуки | Приложения | Безопасность"],
    "toc_box": [
        "Содержание\n1. Что понадобится · 2. Пошаговая инструкция\n3. Если не получилось · 4. Вопросы и ответы"
    ],
    "video_embed": ["Видеоинструкция\nВидео с RUTUBE — нажмите, чтобы воспроизвести"],
    "download_ad": ["Скачайте антивирус бесплатно — пробный период 30 дней. Реклама"],
    "tested_note": ["Инструкция проверена на Android 15 и iOS 18, названия пунктов меню могут отличаться."],
    "rate_guide": ["Инструкция помогла?\n★★★★★ Оценить"],
    "tv_menu": ["ТВ | Сериалы | Шоу | Телепрограмма | Онлайн-кинотеатры | Звёзды"],
    "show_kicker": ["СЕРИАЛ · 1-Й СЕЗОН, 6-Я СЕРИЯ", "ПЕРЕСКАЗ СЕРИИ"],
    "spoiler_warning": ["Осторожно, спойлеры! В тексте раскрываются события новой серии."],
    "episode_box": ["О сериале\nПо будням в 21:30 на Первом канале\nВсе серии — в онлайн-кинотеатре сразу после эфира"],
    "recap_rating": ["Оценка редакции: 8 из 10"],
    "where_to_watch": ["Смотрите сериал онлайн на Кинопоиске и в приложении канала."],
}

_SH = "{month:sh={y}{mm}{dd}}"  # the Solar Hijri date in words, "۱۴ آذر ۱۴۰۲"
_SHNUM = "{month:shnum={y}{mm}{dd}}"  # in figures, "۱۴۰۲/۰۹/۱۴"
_GFA = "{month:fa={d}} {month} {month:fa={y}}"  # the Gregorian date in Persian, "۵ دسامبر ۲۰۲۳"

PHRASES["fa"] = {
    "months": _names("ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر"),
    "mon_abbr": _names("ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر"),
    "wd_abbr": _names("دوشنبه سه‌شنبه چهارشنبه پنج‌شنبه جمعه شنبه یکشنبه"),
    "names": [
        "محمدرضا سمیرا مهدی الهام سعید پریسا بهزاد لیلا",
        "نوروزی قاسمی صالحی اکبری فرهادی شریفی یزدانی کاظمی",
    ],
    "author_sep": ["، ", " و "],
    "ends": ["؟"],
    "qmarks": ["؟"],
    "cities": ["تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "اهواز", "کرج"],
    "quote": ["«{}»"],
    "and": ["و"],
    "local_glue": ["{d} {month}"],
    "glue_fuel": ["به گزارش ایسنا، ", "{C}- ایرنا- ", ""],
    "glue_air": ["به گزارش خبرگزاری مهر، ", "{C}- ایرنا- ", ""],
    "local_fuel": ["{wd} " + _SH + " - {month:fa={hm}}", _SHNUM + " {month:fa={hm}}"],
    "local_lotto": [_SH, _SHNUM],
    "published": ["تاریخ انتشار: {d}", "منتشر شده در {d}"],
    "local_startup": [_SH + " | " + _GFA, _SHNUM + " - {month:fa={hm}}"],
    "local_air": [_SH + " ساعت {month:fa={hm}}", "{wd} " + _SH],
    "local_beauty": [_SH, _SHNUM],
    "local_pet": [_SH, _SHNUM + " | {month:fa={hm}}"],
    "local_howto": ["آخرین به‌روزرسانی: " + _SH, _SH + " - " + _GFA],
    "local_drama": ["{wd} " + _SH + " - {month:fa={hm}}", _SHNUM],
    "hl_fuel": ["{t}", "{t}", "قیمت بنزین: {t}", "«{t}»"],
    "hl_lotto": ["{t}", "نتایج قرعه‌کشی: {t}", "قرعه‌کشی خودرو: {t}"],
    "hl_startup": ["{t}", "{t}", "سرمایه‌گذاری: {t}", "استارتاپ‌ها: {t}"],
    "hl_air": ["{t}", "آلودگی هوا: {t}", "کیفیت هوای تهران: {t}"],
    "hl_beauty": ["{t}", "«{t}»", "مراقبت از پوست: {t}", "زیبایی: {t}"],
    "hl_pet": ["{t}", "{t}", "دامپزشک پاسخ می‌دهد: {t}"],
    "hl_howto": ["{t}", "آموزش: {t}", "ترفند: {t}"],
    "hl_drama": ["{t}", "«{t}»", "خلاصه قسمت: {t}", "سریال: {t}"],
    "by_fuel": ["نویسنده: {a}", "{a}", "گزارش: {a}"],
    "by_startup": ["{a}", "نویسنده: {a}"],
    "by_air": ["گزارش: {a}", "{a} / ایرنا"],
    "by_beauty": ["نویسنده: {a}", "{a}"],
    "by_pet": ["نویسنده: {a}", "{a}، دامپزشک"],
    "by_howto": ["نویسنده: {a}", "{a}"],
    "by_drama": ["{a}", "نویسنده: {a}"],
    "social": ["تلگرام", "واتس‌اپ", "ایتا", "بله", "X", "کپی لینک"],
    "icons": ICONS20,
    "home": ["صفحه اصلی"],
    "sections": ["خودرو", "فناوری", "سبک زندگی", "حیوانات خانگی", "سرگرمی"],
    "caption_credit": ["{c} | عکس: {n}", "{c} (عکس: ایرنا)", "{c}؛ عکس تزئینی است"],
    "listen": ["زمان مطالعه: ۵ دقیقه", "مدت زمان مطالعه: ۷ دقیقه"],
    "comments": ["۱۲ دیدگاه", "نظر خود را بنویسید"],
    "tags": ["برچسب‌ها: {t}", "کلیدواژه‌ها: {t}"],
    "newsletter": ["برای دریافت خلاصه اخبار روز در خبرنامه ما عضو شوید"],
    "rights": [
        "کلیه حقوق این سایت متعلق به {site} است و استفاده از مطالب با ذکر منبع بلامانع است.",
        "تمامی حقوق مادی و معنوی برای {site} محفوظ است.",
    ],
    "related_head": ["اخبار مرتبط", "بیشتر بخوانید"],
    "ad": ["تبلیغات", "آگهی"],
    "fuel_menu": ["خودرو | قیمت بنزین | بازار خودرو | کارت سوخت | راهنمایی و رانندگی"],
    "price_box": [
        "نرخ بنزین در جایگاه‌ها\nسهمیه‌ای: ۱۵۰۰ تومان · آزاد: ۳۰۰۰ تومان\nسوپر: ۳۵۰۰ تومان · گازوئیل: ۳۰۰ تومان"
    ],
    "fuel_calc": ["سهمیه باقی‌مانده کارت سوخت خود را با کد دستوری استعلام کنید"],
    "fuel_source": ["منبع: شرکت ملی پخش فرآورده‌های نفتی ایران"],
    "lotto_menu": ["بانک | قرعه‌کشی | حساب قرض‌الحسنه | ثبت‌نام خودرو | نتایج"],
    "draw_kicker": ["نتایج قرعه‌کشی", "قرعه‌کشی حساب‌های قرض‌الحسنه"],
    "numbers_box": ["برندگان جایزه اول\nشماره حساب‌های برنده در سامانه بانک اعلام شد\nجایزه نقدی: ۵۰۰ میلیون تومان"],
    "prize_box": ["جوایز این دوره\nیک دستگاه آپارتمان و ۱۰ دستگاه خودرو\n۱۰۰ سفر زیارتی و ۲۰۰۰ جایزه نقدی"],
    "claim_note": ["برندگان برای دریافت جایزه با کارت ملی به شعبه افتتاح‌کننده حساب مراجعه کنند."],
    "next_draw": ["قرعه‌کشی بعدی: نیمه دوم سال، به‌صورت زنده از شبکه خبر"],
    "responsible_play": ["اسامی برندگان فقط از درگاه رسمی بانک اعلام می‌شود؛ مراقب پیامک‌های جعلی باشید."],
    "lotto_app": ["نتیجه قرعه‌کشی را در همراه‌بانک ببینید"],
    "startup_menu": ["استارتاپ | سرمایه‌گذاری | کارآفرینی | فین‌تک | رویدادها | استخدام"],
    "deal_box": ["جزئیات جذب سرمایه\nمرحله: سری A · مبلغ: ۲۰۰ میلیارد تومان\nسرمایه‌گذار اصلی: یک صندوق جسورانه"],
    "event_ad": ["ثبت‌نام رویداد ارائه استارتاپ‌ها در پارک فناوری پردیس آغاز شد ←"],
    "disclosure": ["این مطلب توصیه سرمایه‌گذاری نیست و {site} در شرکت‌های نام‌برده سهمی ندارد."],
    "pitch_prompt": ["خبر جذب سرمایه دارید؟ آن را برای تحریریه استارتاپی ما بفرستید."],
    "env_menu": ["محیط زیست | کیفیت هوا | هواشناسی | آب | تغییر اقلیم"],
    "aqi_badge": ["هشدار آلودگی هوا", "وضعیت قرمز"],
    "aqi_box": [
        "شاخص کیفیت هوای تهران، ساعت ۹\nمیانگین: ۱۶۸ · وضعیت: ناسالم برای همه\n"
        "آلاینده اصلی: ذرات معلق کمتر از ۲٫۵ میکرون"
    ],
    "health_tip": ["توصیه بهداشتی\nکودکان، سالمندان و بیماران قلبی و تنفسی از تردد غیرضروری خودداری کنند."],
    "data_note": ["منبع داده‌ها: شرکت کنترل کیفیت هوای تهران؛ ارقام لحظه‌ای است."],
    "air_app": ["کیفیت هوای محله خود را در اپلیکیشن «هوای من» دنبال کنید"],
    "beauty_menu": ["زیبایی | مراقبت از پوست | مو | آرایش | عطر | سلامت"],
    "beauty_kicker": ["مراقبت از پوست", "ترندها"],
    "product_box": ["پیشنهاد سردبیر\nکرم مرطوب‌کننده آلوئه‌ورا، ۵۰ میلی‌لیتر\nقیمت: ۴۸۵ هزار تومان"],
    "shop_button": ["خرید آنلاین ←"],
    "affiliate_note": ["محصولات این مطلب را تحریریه انتخاب کرده است؛ قیمت‌ها ممکن است تغییر کند."],
    "quiz_prompt": ["تست کنید: پوست شما چرب است یا خشک؟"],
    "pet_menu": ["حیوانات خانگی | سگ | گربه | پرندگان | سلامت | پرسش از دامپزشک"],
    "vet_box": [
        "چه زمانی به دامپزشک مراجعه کنیم؟\nاستفراغ بیش از یک روز، خون در مدفوع یا نخوردن آب\n"
        "در ساعات شب با درمانگاه شبانه‌روزی دامپزشکی تماس بگیرید"
    ],
    "pet_insurance_ad": ["غذای خشک گربه با ۲۰ درصد تخفیف؛ خرید از فروشگاه ←"],
    "vet_disclaimer": ["این مطلب جنبه آموزشی دارد و جایگزین معاینه و تشخیص دامپزشک نیست."],
    "ask_vet": ["سؤال خود را از دامپزشک ما بپرسید؛ پاسخ‌ها هر هفته منتشر می‌شود."],
    "howto_menu": ["فناوری | آموزش | موبایل | لپ‌تاپ | اپلیکیشن | امنیت"],
    "toc_box": ["فهرست مطالب\n۱. پیش‌نیازها · ۲. آموزش گام‌به‌گام\n۳. رفع مشکلات · ۴. پرسش‌های متداول"],
    "video_embed": ["آموزش ویدیویی\nویدیو از آپارات؛ برای پخش کلیک کنید"],
    "download_ad": ["دانلود رایگان آنتی‌ویروس با لایسنس یک‌ماهه (آگهی)"],
    "tested_note": ["این مراحل روی اندروید ۱۵ و iOS ۱۸ آزمایش شده و ممکن است منوها در گوشی شما متفاوت باشد."],
    "rate_guide": ["این آموزش مفید بود؟\n★★★★★ امتیاز دهید"],
    "tv_menu": ["تلویزیون | سریال | نمایش خانگی | فیلم | جدول پخش | بازیگران"],
    "show_kicker": ["سریال نمایش خانگی · قسمت ۱۲", "خلاصه قسمت"],
    "spoiler_warning": ["هشدار: این مطلب داستان قسمت جدید را لو می‌دهد."],
    "episode_box": ["درباره سریال\nانتشار: جمعه‌ها ساعت ۱۰ صبح در پلتفرم‌های نمایش خانگی\nبازپخش: شنبه‌ها ساعت ۲۲"],
    "recap_rating": ["امتیاز ما: ۸ از ۱۰"],
    "where_to_watch": ["قسمت کامل را در فیلیمو و نماوا ببینید."],
}

PHRASES["ko"] = {
    "months": _names("1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월"),
    "mon_abbr": _names("1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월"),
    "wd_abbr": _names("월 화 수 목 금 토 일"),
    "names": ["한 오 서 신 권 황 안 송 류 홍", "예준 지아 도윤 서윤 시우 하린 주원 채원"],
    "name_gap": [""],
    "author_sep": ["·"],
    "cities": ["수원", "창원", "전주", "청주", "춘천", "제주", "포항"],
    "quote": ["“{}”"],
    "and": ["·"],
    "local_glue": ["{month} {d}일"],
    "glue_fuel": [""],
    "glue_air": [""],
    "local_fuel": ["입력 {y}.{mm}.{dd} {hm}", "입력 {y}.{mm}.{dd} {hm} 수정 {y}.{mm}.{dd} {month:later={h}}:{mi}"],
    "local_lotto": ["{y}년 {month} {d}일({wd})", "{y}.{mm}.{dd}"],
    "published": ["등록 {d}", "공개 {d}"],
    "local_startup": ["{y}-{mm}-{dd} {hm}", "승인 {y}.{mm}.{dd} {hm}"],
    "local_air": ["{y}년 {month} {d}일({wd}) {month:ko={h}} {h12}:{mi}", "업데이트 {y}.{mm}.{dd} {hm}"],
    "local_beauty": ["{y}.{mm}.{dd}", "{y}년 {month} {d}일"],
    "local_pet": ["{y}.{mm}.{dd} {hm}", "{y}-{mm}-{dd}"],
    "local_howto": ["최종 수정일 {y}.{mm}.{dd}", "{y}년 {month} {d}일 {hm}"],
    "local_drama": ["기사입력 {y}.{mm}.{dd} {hm}", "{y}.{mm}.{dd}({wd}) {hm}"],
    "hl_fuel": ["{t}", "{q}", "기름값: {t}", "‘{t}’"],
    "hl_lotto": ["{t}", "로또 당첨번호: {t}", "연금복권: {t}"],
    "hl_startup": ["{t}", "{q}", "투자 유치: {t}", "[스타트업] {t}"],
    "hl_air": ["{t}", "{t}", "미세먼지: {t}", "대기질 예보: {t}"],
    "hl_beauty": ["{t}", "‘{t}’", "[뷰티] {t}", "스킨케어: {t}"],
    "hl_pet": ["{q}", "{q}", "{t}", "[수의사 Q&A] {t}"],
    "hl_howto": ["{t}", "{q}", "[사용법] {t}", "따라하기: {t}"],
    "hl_drama": ["{t}", "‘{t}’", "[리뷰] {t}", "드라마 리캡: {t}"],
    "by_fuel": ["{a} 기자", "{a}"],
    "by_startup": ["{a} 기자", "{a} 객원기자"],
    "by_air": ["{a} 기자", "{a} 환경전문기자"],
    "by_beauty": ["{a} 에디터", "에디터 {a}"],
    "by_pet": ["{a} 기자", "{a} 수의사"],
    "by_howto": ["{a} 기자", "작성자 {a}"],
    "by_drama": ["{a} 기자", "{a} 객원기자"],
    "social": ["카카오스토리", "카카오톡", "페이스북", "네이버 블로그", "링크 복사"],
    "icons": ICONS20,
    "home": ["홈"],
    "sections": ["자동차", "IT", "라이프", "반려동물", "연예"],
    "caption_credit": ["{c} (사진=연합뉴스)", "{c} ⓒ{n} 기자", "{c} /게티이미지뱅크"],
    "listen": ["읽는 시간 {n}분", "예상 읽기 시간 {n}분"],
    "comments": ["댓글 {n}", "댓글 {n}개 보기"],
    "tags": ["#태그: {t}", "관련 키워드: {t}"],
    "newsletter": ["매일 아침 핵심 뉴스를 메일로 받아보세요 — 뉴스레터 구독하기"],
    "rights": ["Copyright © {y} {site}. 무단전재 및 재배포 금지", "ⓒ {site} 무단 전재-재배포, AI 학습 및 활용 금지"],
    "related_head": ["관련 기사", "많이 본 뉴스"],
    "ad": ["광고"],
    "fuel_menu": ["자동차 | 유가 | 신차 | 시승기 | 전기차 | 교통"],
    "price_box": [
        "전국 주유소 평균 판매가격 (원/ℓ)\n휘발유 1,683.4 · 경유 1,532.7\n자동차용 LPG 1,002.1 · 자료: 오피넷"
    ],
    "fuel_calc": ["우리 동네 최저가 주유소를 찾아보세요 →"],
    "fuel_source": ["자료: 한국석유공사 유가정보서비스 오피넷"],
    "lotto_menu": ["복권 | 로또6/45 | 연금복권720+ | 스피또 | 당첨번호 | 판매점"],
    "draw_kicker": ["로또 1{n}5회 당첨번호", "동행복권 추첨 결과"],
    "numbers_box": ["당첨번호\n3 · 11 · 18 · 24 · 35 · 42 + 보너스 7\n1등 당첨 게임 수: 12게임"],
    "prize_box": ["등위별 당첨금\n1등 21억 8,145만원 · 2등 5,920만원\n3등 148만원 · 4등 5만원 · 5등 5천원"],
    "claim_note": ["당첨금 지급기한은 지급개시일로부터 1년입니다. 1등 당첨금은 농협은행 본점에서 받을 수 있습니다."],
    "next_draw": ["다음 추첨: 토요일 오후 8시 35분 생방송"],
    "responsible_play": [
        "19세 미만 청소년은 복권을 구매하거나 당첨금을 받을 수 없습니다. 과도한 구매는 중독을 부를 수 있습니다."
    ],
    "lotto_app": ["당첨번호 QR 확인은 앱에서 — 지금 설치하기"],
    "startup_menu": ["스타트업 | 투자 | 벤처캐피털 | 창업자 | 테크 | 행사"],
    "deal_box": ["투자 개요\n라운드: 시리즈A · 규모: 150억원\n리드 투자사: 국내 벤처캐피털"],
    "event_ad": ["스타트업 데모데이 참가 신청 마감 임박 →"],
    "disclosure": ["본 기사는 투자 권유가 아니며, {site}은(는) 언급된 기업에 투자하지 않았습니다."],
    "pitch_prompt": ["투자 유치 소식을 제보해 주세요. 스타트업팀이 확인 후 연락드립니다."],
    "env_menu": ["환경 | 미세먼지 | 날씨 | 기후 | 에너지"],
    "aqi_badge": ["미세먼지 주의보", "초미세먼지 ‘나쁨’"],
    "aqi_box": [
        "오늘의 대기질 (오전 9시)\n초미세먼지(PM2.5) 68㎍/㎥ · 나쁨\n미세먼지(PM10) 112㎍/㎥ · 나쁨 · 자료: 에어코리아"
    ],
    "health_tip": [
        "건강 수칙\n어린이·노약자·호흡기 질환자는 실외 활동을 자제하고 외출할 때 보건용 마스크를 착용하세요."
    ],
    "data_note": ["측정값은 실시간 자료로, 확정 과정에서 바뀔 수 있습니다."],
    "air_app": ["우리 동네 대기질 알림, 앱에서 받아보세요"],
    "beauty_menu": ["뷰티 | 스킨케어 | 메이크업 | 헤어 | 향수 | 웰니스"],
    "beauty_kicker": ["스킨케어", "뷰티 트렌드"],
    "product_box": ["에디터's PICK\n시카 진정 앰플 30ml\n3만2천원 · 온라인몰 판매"],
    "shop_button": ["구매하러 가기 →"],
    "affiliate_note": ["이 기사에는 제휴 링크가 포함돼 있으며, 구매 시 일정 수수료를 받을 수 있습니다."],
    "quiz_prompt": ["테스트: 나에게 맞는 선크림 찾기"],
    "pet_menu": ["반려동물 | 강아지 | 고양이 | 건강 | 훈련 | 수의사 상담"],
    "vet_box": [
        "이럴 땐 바로 동물병원에\n하루 넘게 구토하거나 혈변을 보거나 물을 마시지 않을 때\n"
        "밤에는 24시 동물병원에 먼저 전화하세요"
    ],
    "pet_insurance_ad": ["반려동물 보험, 월 1만원대부터 — 보험료 확인하기"],
    "vet_disclaimer": ["이 글은 일반 정보 제공 목적이며 수의사의 진료를 대신하지 않습니다."],
    "ask_vet": ["수의사에게 궁금한 점을 보내주세요. 매주 골라 답해드립니다."],
    "howto_menu": ["IT | 사용법 | 스마트폰 | 노트북 | 앱 | 보안"],
    "toc_box": ["목차\n1. 준비물 · 2. 단계별 방법\n3. 문제 해결 · 4. 자주 묻는 질문"],
    "video_embed": ["영상으로 보기\n유튜브 동영상 — 클릭하면 재생됩니다"],
    "download_ad": ["백신 프로그램 무료 체험 다운로드 (광고)"],
    "tested_note": ["이 방법은 안드로이드 15와 iOS 18에서 확인했습니다. 기기에 따라 메뉴 이름이 다를 수 있습니다."],
    "rate_guide": ["이 글이 도움이 되었나요?\n★★★★★ 평가하기"],
    "tv_menu": ["연예 | 드라마 | 예능 | 방송 | OTT | 스타"],
    "show_kicker": ["주말드라마 · 24회", "드라마 리뷰"],
    "spoiler_warning": ["※ 이 기사에는 드라마 줄거리가 포함돼 있습니다."],
    "episode_box": ["방송 정보\n매주 토·일 오후 8시 5분 방송\n다시보기: 방송 다음 날 OTT 공개"],
    "recap_rating": ["평점 ★★★★☆"],
    "where_to_watch": ["전 회차는 티빙과 웨이브에서 볼 수 있습니다."],
}

PHRASES["zh"] = {
    "months": _names("1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"),
    "mon_abbr": _names("1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"),
    "wd_abbr": _names("周一 周二 周三 周四 周五 周六 周日"),
    "names": ["赵 孙 郭 何 高 林 罗 郑 梁 谢", "宇航 欣怡 浩然 梓涵 俊杰 佳琪 文博 诗雨"],
    "name_gap": [""],
    "author_sep": ["、", " "],
    "unspaced": ["2"],
    "ends": ["。", "！", "？"],
    "qmarks": ["？"],
    "cities": ["深圳", "南京", "西安", "重庆", "天津", "苏州", "郑州", "长沙"],
    "quote": ["“{}”"],
    "and": ["和"],
    "local_glue": ["{month}{d}日"],
    "glue_fuel": ["新华社{C}{g}电 ", "中新网{C}{g}电 ", ""],
    "glue_air": ["央广网{C}{g}消息 ", "新华社{C}{g}电 ", ""],
    "local_fuel": ["{y}-{mm}-{dd} {hm} 来源：中国新闻网", "{y}年{month}{d}日 {hm}"],
    "local_lotto": ["{y}年{month}{d}日 {wd}", "{y}-{mm}-{dd}"],
    "published": ["公告时间：{d}", "更新于 {d}"],
    "local_startup": ["{y}.{mm}.{dd} {hm}", "{y}年{month}{d}日 {wd}"],
    "local_air": ["{y}-{mm}-{dd} {hm} 来源：央视新闻客户端", "{y}年{month}{d}日{month:int={h}}时"],
    "local_beauty": ["{y}-{mm}-{dd}", "{y}年{month}{d}日 {hm}"],
    "local_pet": ["{y}-{mm}-{dd} {hm}", "{y}年{month}{d}日"],
    "local_howto": ["更新时间：{y}-{mm}-{dd}", "{y}年{month}{d}日 {hm}"],
    "local_drama": ["{y}-{mm}-{dd} {hm}", "{y}年{month}{d}日 {wd} {hm}"],
    "hl_fuel": ["{t}", "{t}", "油价调整：{t}", "“{t}”"],
    "hl_lotto": ["{t}", "双色球开奖：{t}", "大乐透：{t}"],
    "hl_startup": ["{t}", "{t}", "融资快讯｜{t}", "创投：{t}"],
    "hl_air": ["{t}", "{t}", "空气质量：{t}", "重污染天气：{t}"],
    "hl_beauty": ["{t}", "“{t}”", "护肤｜{t}", "美妆：{t}"],
    "hl_pet": ["{t}", "{t}", "兽医答疑：{t}"],
    "hl_howto": ["{t}", "教程｜{t}", "手把手教你：{t}"],
    "hl_drama": ["{t}", "“{t}”", "剧情回顾：{t}", "追剧｜{t}"],
    "by_fuel": ["本报记者 {a}", "{a}"],
    "by_startup": ["作者｜{a}", "文｜{a}"],
    "by_air": ["记者 {a}", "央广网记者 {a}"],
    "by_beauty": ["撰文：{a}", "{a}"],
    "by_pet": ["{a}", "宠物医生 {a}"],
    "by_howto": ["{a}", "文｜{a}"],
    "by_drama": ["{a}", "本报记者 {a}"],
    "social": ["分享到微信", "分享到微博", "分享到QQ", "生成海报", "复制链接"],
    "icons": ICONS20,
    "home": ["首页"],
    "sections": ["汽车", "科技", "生活", "宠物", "娱乐"],
    "caption_credit": ["{c}（新华社记者 {n} 摄）", "{c} 图源：视觉中国", "{c}（资料图）"],
    "listen": ["预计阅读{n}分钟", "全文约{n}分钟读完"],
    "comments": ["{n}条评论", "评论 {n} · 写评论"],
    "tags": ["话题：{t}", "相关标签：{t}"],
    "newsletter": ["关注我们的微信公众号，每天早上8点推送要闻"],
    "rights": [
        "Copyright © {y} {site} 版权所有 未经许可不得转载",
        "{site} 版权所有 | 互联网新闻信息服务许可证 11120180001",
    ],
    "related_head": ["相关新闻", "猜你喜欢"],
    "ad": ["广告", "推广"],
    "fuel_menu": ["汽车 | 油价 | 新车 | 试驾 | 新能源 | 用车"],
    "price_box": [
        "本轮调价后多数地区油价（元/升）\n92号汽油 7.62 · 95号汽油 8.11\n0号柴油 7.28 · 下一轮调价窗口：12月9日24时"
    ],
    "fuel_calc": ["输入油箱容量，算算加满一箱多花多少钱 >>"],
    "fuel_source": ["数据来源：国家发展改革委及各省发展改革委公布的成品油价格"],
    "lotto_menu": ["彩票 | 双色球 | 大乐透 | 福彩3D | 排列三 | 开奖公告"],
    "draw_kicker": ["双色球开奖公告", "体彩大乐透开奖结果"],
    "numbers_box": ["开奖号码\n红球：03 09 14 22 27 31 蓝球：08\n本期销量：3.52亿元"],
    "prize_box": ["中奖情况\n一等奖 7注 每注奖金612万元\n二等奖 152注 每注奖金18.6万元"],
    "claim_note": ["中奖彩票自开奖之日起60个自然日内兑奖，逾期未兑奖视为弃奖。"],
    "next_draw": ["下期开奖：周四晚21:15 奖池滚存21.8亿元"],
    "responsible_play": ["理性购彩，量力而行。不向未成年人销售彩票。"],
    "lotto_app": ["扫码下载客户端，开奖结果第一时间推送"],
    "startup_menu": ["创投 | 融资 | 独角兽 | 创始人 | 科技 | 活动"],
    "deal_box": ["融资信息\n轮次：A轮 · 金额：数亿元人民币\n领投方：一家头部人民币基金"],
    "event_ad": ["报名｜创业者大会早鸟票限时八折 >>"],
    "disclosure": ["声明：本文不构成任何投资建议，{site}与文中提及企业无投资关系。"],
    "pitch_prompt": ["寻求报道？欢迎投递融资新闻线索。"],
    "env_menu": ["生态环境 | 空气质量 | 天气 | 水环境 | 双碳"],
    "aqi_badge": ["重污染天气橙色预警", "今日空气质量：中度污染"],
    "aqi_box": [
        "实时空气质量（9时）\nAQI 168 · 中度污染 · 首要污染物：PM2.5\nPM2.5浓度 128微克/立方米 · 数据来源：生态环境部"
    ],
    "health_tip": ["健康提示\n儿童、老年人及心脏病、呼吸系统疾病患者应减少户外活动。"],
    "data_note": ["以上数据为实时监测结果，未经审核，仅供参考。"],
    "air_app": ["下载空气质量客户端，随时查看身边空气质量"],
    "beauty_menu": ["美妆 | 护肤 | 彩妆 | 发型 | 香水 | 健康"],
    "beauty_kicker": ["护肤", "美妆趋势"],
    "product_box": ["编辑推荐\n积雪草修护精华 30ml\n参考价格：289元 · 各大电商平台有售"],
    "shop_button": ["立即购买 >"],
    "affiliate_note": ["本文部分链接为推广链接，通过链接购买，本站可能获得佣金。"],
    "quiz_prompt": ["测一测：你的肤质适合哪种防晒？"],
    "pet_menu": ["宠物 | 狗狗 | 猫咪 | 宠物健康 | 训练 | 问兽医"],
    "vet_box": ["出现以下情况请及时就医\n呕吐超过24小时、便血或拒绝饮水\n夜间请先致电24小时宠物医院"],
    "pet_insurance_ad": ["宠物医疗险每月不到30元，立即测算保费 >>"],
    "vet_disclaimer": ["本文仅供科普参考，不能代替执业兽医师的诊断与治疗。"],
    "ask_vet": ["有养宠问题？留言提问，兽医每周精选解答。"],
    "howto_menu": ["科技 | 教程 | 手机 | 电脑 | 应用 | 安全"],
    "toc_box": ["本文目录\n一、准备工作 · 二、操作步骤\n三、常见问题 · 四、总结"],
    "video_embed": ["视频教程\n点击播放（来源：哔哩哔哩）"],
    "download_ad": ["免费下载安全管家，一键清理手机垃圾（广告）"],
    "tested_note": ["本文操作基于安卓15和iOS 18，不同机型菜单名称可能略有差异。"],
    "rate_guide": ["这篇教程对你有帮助吗？\n★★★★★ 打分"],
    "tv_menu": ["娱乐 | 电视剧 | 综艺 | 电影 | 网剧 | 明星"],
    "show_kicker": ["电视剧 · 第24集", "剧情回顾"],
    "spoiler_warning": ["剧透预警：以下内容涉及最新剧集情节。"],
    "episode_box": ["剧集信息\n每晚19:30电视台黄金档播出\n会员可在视频平台抢先看两集"],
    "recap_rating": ["本集评分：8.6分"],
    "where_to_watch": ["全集在线观看：爱奇艺、腾讯视频"],
}

PHRASES["tl"] = {
    "months": _names("Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre"),
    "mon_abbr": _names("Ene. Peb. Mar. Abr. May. Hun. Hul. Ago. Set. Okt. Nob. Dis."),
    "wd_abbr": _names("Lunes Martes Miyerkules Huwebes Biyernes Sabado Linggo"),
    "names": [
        "Jerome Kristine Raymond Angelica Paolo Divina Ramil Jocelyn",
        "Pangilinan Aquino Soriano Macaraeg Navarro Tolentino Lacson Magbanua",
    ],
    "cities": ["Maynila", "Lungsod Quezon", "Cebu", "Davao", "Iloilo", "Baguio", "Bacolod"],
    "quote": ["“{}”"],
    "and": ["at"],
    "local_glue": ["{mon} {d}"],
    "glue_fuel": ["{C} — ", "{C}, {g} — ", ""],
    "glue_air": ["{C} — ", ""],
    "local_fuel": ["{month} {d}, {y} - {h12}:{mi} {ap}", "{wd}, {month} {d}, {y}"],
    "local_lotto": ["{month} {d}, {y}", "{mon} {d}, {y} {h12}:{mi} {ap}"],
    "published": ["Inilathala noong {d}", "Nai-post: {d}"],
    "local_startup": ["{mon} {d}, {y} | {hm}", "{month} {d}, {y}"],
    "local_air": ["Na-update: {month} {d}, {y}, {h12}:{mi} {ap}", "{month} {d}, {y}"],
    "local_beauty": ["{month} {d}, {y}", "{mon} {d}, {y}"],
    "local_pet": ["{mm}/{dd}/{y}", "{month} {d}, {y}"],
    "local_howto": ["Huling update: {month} {d}, {y}", "{mon} {d}, {y} {hm}"],
    "local_drama": ["{wd}, {month} {d}, {y}", "{month} {d}, {y} - {h12}:{mi} {ap}"],
    "hl_fuel": ["{t}", "{t}", "Presyo ng langis: {t}", "“{t}”"],
    "hl_lotto": ["{t}", "Lotto result: {t}", "PCSO: {t}"],
    "hl_startup": ["{t}", "{t}", "Pondo: {t}", "Startup: {t}"],
    "hl_air": ["{t}", "{t}", "Kalidad ng hangin: {t}", "Usok: {t}"],
    "hl_beauty": ["{t}", "“{t}”", "Skincare: {t}", "Ganda tips: {t}"],
    "hl_pet": ["{t}", "{t}", "Tanong sa beterinaryo: {t}"],
    "hl_howto": ["{t}", "Paano: {t}", "Gabay: {t}"],
    "hl_drama": ["{t}", "“{t}”", "Recap: {t}", "Teleserye: {t}"],
    "by_fuel": ["Ni {a}", "{a}"],
    "by_startup": ["Ni {a}", "Isinulat ni {a}"],
    "by_air": ["Ulat ni {a}", "{a}"],
    "by_beauty": ["Ni {a}", "{a}"],
    "by_pet": ["Ni {a}", "Isinulat ni {a}"],
    "by_howto": ["Ni {a}", "{a}"],
    "by_drama": ["{a}", "Ni {a}"],
    "social": ["Facebook", "Messenger", "X", "Viber", "Kopyahin ang link"],
    "icons": ICONS20,
    "home": ["Home"],
    "sections": ["Balita", "Motoring", "Pamumuhay", "Alaga", "Teknolohiya"],
    "caption_credit": ["{c}. (Kuha ni {n})", "{c}. (PNA photo ni {n})", "{c}. (Larawan mula sa Facebook)"],
    "listen": ["{n} minutong pagbasa", "Oras ng pagbasa: {n} minuto"],
    "comments": ["{n} komento", "Mag-komento ({n})"],
    "tags": ["Mga tag: {t}", "Paksa: {t}"],
    "newsletter": ["Mag-subscribe sa aming newsletter para sa pinakabagong balita araw-araw"],
    "rights": ["© {y} {site}. Lahat ng karapatan ay nakalaan.", "Copyright © {y} {site} | Patakaran sa Privacy"],
    "related_head": ["Kaugnay na balita", "Basahin din"],
    "ad": ["Advertisement", "PATALASTAS"],
    "fuel_menu": ["Motoring | Presyo ng Langis | Trapiko | LTO | Bagong Sasakyan"],
    "price_box": [
        "Galaw ng presyo simula Martes\nGasolina: -₱0.90 kada litro · Diesel: +₱1.20 kada litro\n"
        "Kerosene: -₱0.50 kada litro"
    ],
    "fuel_calc": ["Alamin ang presyo ng gasolina sa inyong lugar gamit ang aming fuel tracker →"],
    "fuel_source": ["Pinagmulan: Department of Energy (DOE) at mga kompanya ng langis"],
    "lotto_menu": ["Lotto | 6/58 | 6/55 | 6/49 | 6/45 | 6/42 | EZ2 | Swertres"],
    "draw_kicker": ["PCSO LOTTO RESULT", "ULTRA LOTTO 6/58 RESULT"],
    "numbers_box": ["Panalong kombinasyon\n04-17-23-35-41-52\nJackpot: ₱49,500,000.00 · Nanalo: 0"],
    "prize_box": ["Premyo\n5 numero: ₱120,000 · 4 numero: ₱2,000\n3 numero: ₱100"],
    "claim_note": [
        "Makukuha ang premyo sa loob ng isang taon mula sa petsa ng bola. May 20% buwis ang premyong higit ₱10,000."
    ],
    "next_draw": ["Susunod na bola: Martes, 9:00 ng gabi"],
    "responsible_play": ["Bawal tumaya ang mga wala pang 18 taong gulang. Tumaya nang responsable."],
    "lotto_app": ["I-download ang aming app para sa agarang lotto results"],
    "startup_menu": ["Startups | Pondo | Fintech | Founders | Events | Trabaho"],
    "deal_box": [
        "Ang deal\nRound: Series A · Halaga: $8 milyon (humigit-kumulang ₱460 milyon)\n"
        "Lead investor: isang venture fund mula Singapore"
    ],
    "event_ad": ["Magparehistro na sa Startup Summit sa Pasay – limitado ang upuan →"],
    "disclosure": ["Paalala: Walang investment ang {site} sa alinmang kompanyang nabanggit."],
    "pitch_prompt": ["May balita kayo tungkol sa inyong pondo? I-email sa aming startup desk."],
    "env_menu": ["Kalikasan | Kalidad ng Hangin | Panahon | Tubig | Klima"],
    "aqi_badge": ["BABALA: MASAMANG HANGIN", "AIR QUALITY UPDATE"],
    "aqi_box": [
        "Air Quality Index, 8:00 AM\nLungsod Quezon: 158 (Unhealthy) · Maynila: 132 (Unhealthy for sensitive groups)\n"
        "Pangunahing pollutant: PM2.5 · Pinagmulan: DENR-EMB"
    ],
    "health_tip": [
        "Payo sa kalusugan\nIwasan muna ng mga bata, matatanda at may hika ang matagal na paglabas ng bahay."
    ],
    "data_note": ["Pansamantala ang mga datos at maaari pang magbago matapos ang beripikasyon ng EMB."],
    "air_app": ["I-download ang app para sa air quality alerts sa inyong barangay"],
    "beauty_menu": ["Beauty | Skincare | Buhok | Makeup | Pabango | Wellness"],
    "beauty_kicker": ["GANDA", "SKINCARE TIPS"],
    "product_box": ["Editor's pick\nCalamansi Brightening Toner, 150ml\n₱349 sa mga online shop"],
    "shop_button": ["BILHIN NA →"],
    "affiliate_note": ["Maaari kaming makatanggap ng komisyon kapag bumili kayo gamit ang aming mga link."],
    "quiz_prompt": ["Sagutin ang quiz: anong sunscreen ang bagay sa balat mo?"],
    "pet_menu": ["Alaga | Aso | Pusa | Kalusugan | Adopt | Tanong sa Vet"],
    "vet_box": [
        "Kailan dapat dalhin sa beterinaryo\nPagsusuka nang higit 24 oras, dugo sa dumi o ayaw uminom\n"
        "Sa gabi, tumawag sa pinakamalapit na 24-hour animal clinic"
    ],
    "pet_insurance_ad": ["Pet insurance mula ₱299 kada buwan – kumuha ng quote ngayon"],
    "vet_disclaimer": ["Pangkalahatang impormasyon lamang ito at hindi kapalit ng payo ng lisensiyadong beterinaryo."],
    "ask_vet": ["May tanong sa aming vet? Ipadala at baka sagutin namin sa susunod na column."],
    "howto_menu": ["Tech | Paano | Phones | Laptops | Apps | Seguridad"],
    "toc_box": ["Nilalaman\n1. Mga kailangan · 2. Hakbang-hakbang\n3. Kung hindi gumana · 4. FAQ"],
    "video_embed": ["Panoorin ang video\nYouTube video – i-click para i-play"],
    "download_ad": ["Sponsored: i-download ang libreng antivirus trial"],
    "tested_note": ["Sinubukan namin ang mga hakbang sa Android 15 at iOS 18. Maaaring iba ang menu sa inyong device."],
    "rate_guide": ["Nakatulong ba ang gabay na ito?\n★★★★★ I-rate"],
    "tv_menu": ["Showbiz | Teleserye | Reality | TV Guide | Streaming | Celebs"],
    "show_kicker": ["TELESERYE RECAP", "EPISODE 48"],
    "spoiler_warning": ["Babala: may spoiler ang recap na ito ng pinakabagong episode."],
    "episode_box": [
        "Detalye ng palabas\nLunes hanggang Biyernes, 8:00 PM sa primetime\n"
        "Mapapanood din sa streaming pagkatapos ng ere"
    ],
    "recap_rating": ["Ang aming grado: 4/5"],
    "where_to_watch": ["Panoorin ang buong episode sa iWantTFC at YouTube."],
}

PHRASES["he"] = {
    "months": _names("ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר"),
    "mon_abbr": _names("ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר"),
    "wd_abbr": _names("שני שלישי רביעי חמישי שישי שבת ראשון"),
    "names": ["רועי הדס עידו ליאת גיא מורן אביב ענבל", "שפירא אוחיון גולדברג אזולאי פרידמן חדד רוזנברג דהן"],
    "author_sep": [" ו", ", "],
    "cities": ["תל אביב", "ירושלים", "חיפה", "באר שבע", "אשדוד", "נתניה", "אילת"],
    "quote": ['"{}"'],
    "and": ["ו"],
    "local_glue": ["{d} ב{month}"],
    "glue_fuel": [""],
    "glue_air": [""],
    "local_fuel": ["פורסם: {dd}.{mm}.{month:yy={y}}, {hm}", "{dd}.{mm}.{y} {hm}"],
    "local_lotto": ["יום {wd}, {d} ב{month} {y}", "{dd}/{mm}/{y}"],
    "published": ["פורסם: {d}", "עודכן לאחרונה: {d}"],
    "local_startup": ["{dd}.{mm}.{month:yy={y}} | {hm}", "{d} ב{month} {y}"],
    "local_air": ["עודכן: {dd}.{mm}.{y} {hm}", "{d} ב{month} {y}, {hm}"],
    "local_beauty": ["{d} ב{month} {y}", "{dd}.{mm}.{month:yy={y}}"],
    "local_pet": ["{dd}/{mm}/{y}", "{d} ב{month} {y}"],
    "local_howto": ["עדכון אחרון: {dd}.{mm}.{y}", "{d} ב{month} {y}"],
    "local_drama": ["{dd}.{mm}.{month:yy={y}}, {hm}", "יום {wd}, {d} ב{month} {y}"],
    "hl_fuel": ["{t}", "{t}", "מחירי הדלק: {t}", '"{t}"'],
    "hl_lotto": ["{t}", "תוצאות הלוטו: {t}", "מפעל הפיס: {t}"],
    "hl_startup": ["{t}", "{t}", "גיוס הון: {t}", "סטארט-אפ: {t}"],
    "hl_air": ["{t}", "{t}", "זיהום אוויר: {t}", "איכות האוויר: {t}"],
    "hl_beauty": ["{t}", '"{t}"', "טיפוח: {t}", "ביוטי: {t}"],
    "hl_pet": ["{t}", "{t}", "הווטרינר עונה: {t}"],
    "hl_howto": ["{t}", "מדריך: {t}", "טיפ: {t}"],
    "hl_drama": ["{t}", '"{t}"', "סיכום פרק: {t}", "ביקורת: {t}"],
    "by_fuel": ["{a}", "מאת {a}"],
    "by_startup": ["{a}", "מאת {a}"],
    "by_air": ["{a}", "{a} | חדשות סביבה"],
    "by_beauty": ["מאת {a}", "{a}"],
    "by_pet": ["{a}", "מאת {a}"],
    "by_howto": ["{a}", "מאת {a}"],
    "by_drama": ["{a}", "מאת {a}"],
    "social": ["וואטסאפ", "פייסבוק", "X", "טלגרם", "העתקת קישור"],
    "icons": ICONS20,
    "home": ["דף הבית"],
    "sections": ["רכב", "טכנולוגיה", "סגנון", "חיות מחמד", "תרבות"],
    "caption_credit": ["{c} (צילום: {n})", "{c} | צילום: shutterstock", "{c} (צילום: פלאש 90)"],
    "listen": ["זמן קריאה: {n} דקות", "{n} דק' קריאה"],
    "comments": ["{n} תגובות", "לכל התגובות ({n})"],
    "tags": ["תגיות: {t}", "נושאים: {t}"],
    "newsletter": ["הירשמו לניוזלטר שלנו וקבלו את עיקרי החדשות ישירות למייל"],
    "rights": ["© כל הזכויות שמורות ל-{site}, {y}", "{site} {y} ©"],
    "related_head": ["כתבות נוספות", "עוד באתר"],
    "ad": ["פרסומת"],
    "fuel_menu": ["רכב | מחירי דלק | מבחני דרכים | רכב חשמלי | תחבורה"],
    "price_box": [
        "מחיר ליטר בנזין 95 אוקטן בשירות עצמי\nמחיר חדש: 7.41 ₪ · שינוי: 12+ אגורות\nבאילת: 6.28 ₪ לליטר, ללא מע״מ"
    ],
    "fuel_calc": ["כמה יעלה לכם מילוי מיכל? בדקו במחשבון הדלק שלנו ←"],
    "fuel_source": ["המקור: משרד האנרגיה והתשתיות, המחיר המרבי לצרכן בשירות עצמי"],
    "lotto_menu": ["לוטו | צ'אנס | 777 | 123 | תוצאות הגרלות | פיס"],
    "draw_kicker": ["תוצאות הגרלת הלוטו", "הגרלה מס' 3{n}4"],
    "numbers_box": ["המספרים הזוכים\n5, 11, 18, 23, 29, 34 · המספר החזק: 6\nאין זוכה בפרס הראשון"],
    "prize_box": ["חלוקת הפרסים\nהפרס הראשון, 12 מיליון ₪, עובר להגרלה הבאה\n6 מספרים ללא החזק: 3 זוכים"],
    "claim_note": ["את הזכייה יש לממש תוך 90 יום ממועד ההגרלה."],
    "next_draw": ["ההגרלה הבאה: יום שלישי בשעה 23:00 · הפרס: 15 מיליון ₪"],
    "responsible_play": ["השתתפות בהגרלות מגיל 18 בלבד. שחקו באחריות."],
    "lotto_app": ["בדקו את הטופס באפליקציה – הורידו עכשיו"],
    "startup_menu": ["סטארט-אפים | גיוסים | הייטק | יזמים | קרנות הון סיכון | כנסים"],
    "deal_box": ["פרטי הגיוס\nסבב: A · היקף: 30 מיליון דולר\nהמשקיעה המובילה: קרן הון סיכון ישראלית"],
    "event_ad": ["כנס היזמים השנתי בתל אביב – כרטיסים במחיר מוקדם ←"],
    "disclosure": ["גילוי נאות: ל-{site} אין השקעה בחברות המוזכרות בכתבה."],
    "pitch_prompt": ["גייסתם? שלחו לנו את פרטי הסבב."],
    "env_menu": ["סביבה | איכות אוויר | מזג אוויר | מים | אקלים"],
    "aqi_badge": ["התרעה: זיהום אוויר גבוה", "איכות אוויר – עדכון"],
    "aqi_box": [
        "מדד איכות האוויר, 09:00\nמפרץ חיפה: 12- (ירוד) · תל אביב: 38 (בינוני)\n"
        "מזהם עיקרי: חלקיקים נשימים · המקור: המשרד להגנת הסביבה"
    ],
    "health_tip": ["המלצות\nחולי לב וריאות, קשישים, נשים בהריון וילדים מתבקשים להימנע ממאמץ גופני בחוץ."],
    "data_note": ["הנתונים ראשוניים ועשויים להשתנות לאחר בקרת איכות."],
    "air_app": ["קבלו התרעות זיהום אוויר לאזור שלכם באפליקציה"],
    "beauty_menu": ["ביוטי | טיפוח | איפור | שיער | בשמים | בריאות"],
    "beauty_kicker": ["טיפוח", "טרנדים"],
    "product_box": ["בחירת העורכת\nסרום לחות עם חומצה היאלורונית, 30 מ״ל\n149 ₪ ברשתות הפארם"],
    "shop_button": ["לרכישה ←"],
    "affiliate_note": ["הכתבה כוללת קישורי שותפים; רכישה דרכם עשויה לזכות אותנו בעמלה."],
    "quiz_prompt": ["מבחן: איזה קרם הגנה מתאים לעור שלכם?"],
    "pet_menu": ["חיות מחמד | כלבים | חתולים | בריאות | אילוף | שאלו את הווטרינר"],
    "vet_box": ["מתי לפנות לווטרינר\nהקאות מעל 24 שעות, דם בצואה או סירוב לשתות\nבלילה התקשרו למרפאה וטרינרית תורנית"],
    "pet_insurance_ad": ["ביטוח לכלב או לחתול החל מ-39 ₪ לחודש – קבלו הצעה"],
    "vet_disclaimer": ["המידע בכתבה כללי ואינו מהווה תחליף לייעוץ של רופא וטרינר."],
    "ask_vet": ["יש לכם שאלה לווטרינר? שלחו אותה ואולי נענה בטור הבא."],
    "howto_menu": ["טכנולוגיה | מדריכים | סמארטפונים | מחשבים | אפליקציות | אבטחה"],
    "toc_box": ["תוכן העניינים\n1. מה צריך · 2. שלב אחר שלב\n3. פתרון תקלות · 4. שאלות נפוצות"],
    "video_embed": ["צפו בסרטון\nסרטון יוטיוב – לחצו להפעלה"],
    "download_ad": ["הורידו ניסיון חינם לאנטי-וירוס – תוכן ממומן"],
    "tested_note": ["בדקנו את השלבים באנדרואיד 15 וב-iOS 18; התפריטים במכשיר שלכם עשויים להיות שונים."],
    "rate_guide": ["המדריך עזר לכם?\n★★★★★ דרגו"],
    "tv_menu": ["טלוויזיה | סדרות | ריאליטי | לוח שידורים | סטרימינג"],
    "show_kicker": ["עונה 3 · פרק 6", "סיכום פרק"],
    "spoiler_warning": ["אזהרת ספוילרים: הכתבה חושפת את עלילת הפרק האחרון."],
    "episode_box": ["פרטי הסדרה\nמשודרת בימי ראשון ב-21:15\nכל הפרקים זמינים ב-VOD"],
    "recap_rating": ["הציון שלנו: 4 מתוך 5"],
    "where_to_watch": ["הפרק המלא זמין לצפייה בשירותי הסטרימינג."],
}

PHRASES["es"] = {
    "months": _names("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "mon_abbr": _names("ene feb mar abr may jun jul ago sep oct nov dic"),
    "wd_abbr": _names("lunes martes miércoles jueves viernes sábado domingo"),
    "names": [
        "Alejandro Guadalupe Eduardo Ximena Fernando Itzel Rodrigo Mariana",
        "Zavala Treviño Villarreal Olvera Cervantes Salinas Arellano Montemayor",
    ],
    "cities": ["Ciudad de México", "Monterrey", "Guadalajara", "Puebla", "Mérida", "Tijuana", "Querétaro"],
    "quote": ["“{}”"],
    "and": ["y"],
    "local_glue": ["{d} de {month}"],
    "glue_fuel": ["{C}, {g} (EFE).- ", "{C}.- ", ""],
    "glue_air": ["{C}.- ", "{C}, {g} (EFE).- ", ""],
    "local_fuel": ["{dd}/{mm}/{y} {hm} hrs", "{wd:cap} {d} de {month} de {y}"],
    "local_lotto": ["{d} de {month} de {y}", "{dd}/{mm}/{y}"],
    "published": ["Publicado el {d}", "Fecha de publicación: {d}"],
    "local_startup": ["{d} {mon} {y} - {hm} hrs", "{dd}.{mm}.{y} {hm}:00"],
    "local_air": ["Actualizado: {dd}/{mm}/{y} {hm} hrs", "{wd:cap} {d} de {month} de {y} | {hm}"],
    "local_beauty": ["{d} de {month} de {y}", "{dd}/{mm}/{y}"],
    "local_pet": ["{dd}/{mm}/{y}", "{d} de {month} de {y}"],
    "local_howto": ["Última actualización: {d} de {month} de {y}", "{dd}/{mm}/{y} {hm}"],
    "local_drama": ["{d} {mon} {y} · {hm} hrs", "{wd:cap} {d} de {month} de {y}"],
    "hl_fuel": ["{t}", "{t}", "Gasolina: {t}", "“{t}”"],
    "hl_lotto": ["{t}", "Resultados Melate: {t}", "Lotería Nacional: {t}"],
    "hl_startup": ["{t}", "{t}", "Inversión: {t}", "Startups: {t}"],
    "hl_air": ["{t}", "{t}", "Contingencia ambiental: {t}", "Calidad del aire: {t}"],
    "hl_beauty": ["{t}", "“{t}”", "Skincare: {t}", "Belleza: {t}"],
    "hl_pet": ["{t}", "{t}", "Consulta veterinaria: {t}"],
    "hl_howto": ["{t}", "Tutorial: {t}", "Guía: {t}"],
    "hl_drama": ["{t}", "“{t}”", "Resumen: {t}", "Telenovela: {t}"],
    "by_fuel": ["Por {a}", "{a} | {site}"],
    "by_startup": ["Por {a}", "{a}"],
    "by_air": ["Por {a}", "{a} / EFE"],
    "by_beauty": ["Por {a}", "{a}"],
    "by_pet": ["Por {a}", "{a} | Mascotas"],
    "by_howto": ["Por {a}", "Escrito por {a}"],
    "by_drama": ["{a}", "Por {a}"],
    "social": ["Facebook", "X", "WhatsApp", "Telegram", "Copiar enlace"],
    "icons": ICONS20,
    "home": ["Inicio"],
    "sections": ["Autos", "Tecnología", "Estilo", "Mascotas", "Espectáculos"],
    "caption_credit": ["{c}. Foto: Cuartoscuro", "{c} (Foto: {n} / EFE)", "{c}. Foto: Especial"],
    "listen": ["Lectura de {n} minutos", "{n} min de lectura"],
    "comments": ["{n} comentarios", "Ver comentarios ({n})"],
    "tags": ["Tags: {t}", "Temas relacionados: {t}"],
    "newsletter": ["Recibe las noticias más importantes del día en tu correo. ¡Suscríbete gratis!"],
    "rights": [
        "© {y} {site}. Todos los derechos reservados. Prohibida su reproducción total o parcial.",
        "D.R. © {site} {y}",
    ],
    "related_head": ["Te recomendamos", "Más noticias"],
    "ad": ["Publicidad", "ANUNCIO"],
    "fuel_menu": ["Autos | Gasolina hoy | Verificación | Hoy No Circula | Reseñas"],
    "price_box": [
        "Precio promedio por litro\nMagna: $23.89 · Premium: $25.97\n"
        "Diésel: $25.65 · Fuente: Profeco, Quién es Quién en los precios"
    ],
    "fuel_calc": ["Consulta la gasolinera más barata de tu colonia en nuestro mapa →"],
    "fuel_source": ["Con información de la Comisión Nacional de Energía y Profeco."],
    "lotto_menu": ["Lotería | Melate | Revancha | Revanchita | Chispazo | Tris | Resultados"],
    "draw_kicker": ["RESULTADOS MELATE, REVANCHA Y REVANCHITA", "SORTEO SUPERIOR"],
    "numbers_box": [
        "Números ganadores\nMelate: 04 - 13 - 21 - 29 - 38 - 50 · Adicional: 17\nRevancha: 02 - 11 - 19 - 27 - 36 - 44"
    ],
    "prize_box": ["Bolsa acumulada\nMelate: $92.4 millones, sin ganador de primer lugar\nRevanchita: $18.7 millones"],
    "claim_note": ["Tienes 60 días naturales a partir del sorteo para cobrar tu premio en los centros autorizados."],
    "next_draw": ["Próximo sorteo: domingo a las 21:00 horas"],
    "responsible_play": ["Juega con responsabilidad. Prohibida la venta a menores de edad."],
    "lotto_app": ["Revisa tu boleto al instante con la app oficial"],
    "startup_menu": ["Startups | Inversión | Fintech | Emprendedores | Eventos | Empleo"],
    "deal_box": [
        "La ronda\nTipo: Serie A · Monto: 20 millones de dólares\n"
        "Inversionista líder: un fondo de capital de riesgo regional"
    ],
    "event_ad": ["Asiste al foro de emprendimiento en Monterrey – boletos con descuento →"],
    "disclosure": [
        "{site} no tiene participación en las empresas mencionadas. "
        "Este contenido no es una recomendación de inversión."
    ],
    "pitch_prompt": ["¿Levantaste capital? Envíanos los detalles de tu ronda."],
    "env_menu": ["Medio ambiente | Calidad del aire | Clima | Agua | Sustentabilidad"],
    "aqi_badge": ["CONTINGENCIA AMBIENTAL FASE I", "ÍNDICE AIRE Y SALUD"],
    "aqi_box": [
        "Índice Aire y Salud, 9:00 hrs\nEstación Pedregal: 158 puntos (muy mala) · Estación Tlalnepantla: 132 (mala)\n"
        "Contaminante principal: ozono · Fuente: SEDEMA"
    ],
    "health_tip": [
        "Recomendaciones\nNiñas, niños, personas adultas mayores y con enfermedades respiratorias deben evitar "
        "actividades al aire libre."
    ],
    "data_note": ["Datos preliminares sujetos a validación por la Dirección de Monitoreo Atmosférico."],
    "air_app": ["Descarga la app AIRE para recibir alertas de calidad del aire en tu alcaldía"],
    "beauty_menu": ["Belleza | Skincare | Maquillaje | Cabello | Fragancias | Bienestar"],
    "beauty_kicker": ["CUIDADO DE LA PIEL", "TENDENCIAS"],
    "product_box": [
        "Favorito de la redacción\nSérum hidratante con ácido hialurónico, 30 ml\n$389 en farmacias y tiendas en línea"
    ],
    "shop_button": ["COMPRAR AQUÍ →"],
    "affiliate_note": ["Este artículo contiene enlaces de afiliados; podemos recibir una comisión por tus compras."],
    "quiz_prompt": ["Haz el test: ¿qué bloqueador va con tu tipo de piel?"],
    "pet_menu": ["Mascotas | Perros | Gatos | Salud | Adiestramiento | Pregúntale al veterinario"],
    "vet_box": [
        "Cuándo ir al veterinario\nVómito por más de 24 horas, sangre en las heces o si no quiere beber agua\n"
        "En la noche, llama a un hospital veterinario de 24 horas"
    ],
    "pet_insurance_ad": ["Seguro para mascotas desde $199 al mes – cotiza en dos minutos"],
    "vet_disclaimer": ["Este contenido es informativo y no sustituye la consulta con un médico veterinario."],
    "ask_vet": ["¿Tienes una duda sobre tu mascota? Envíala y podríamos responderla en la próxima columna."],
    "howto_menu": ["Tecnología | Tutoriales | Celulares | Laptops | Apps | Seguridad"],
    "toc_box": ["Contenido\n1. Qué necesitas · 2. Paso a paso\n3. Solución de problemas · 4. Preguntas frecuentes"],
    "video_embed": ["Mira el video\nVideo de YouTube – haz clic para reproducir"],
    "download_ad": ["Descarga gratis la prueba del antivirus – contenido patrocinado"],
    "tested_note": ["Probamos estos pasos en Android 15 e iOS 18; los menús pueden variar según tu equipo."],
    "rate_guide": ["¿Te sirvió esta guía?\n★★★★★ Califícala"],
    "tv_menu": ["Espectáculos | Telenovelas | Series | Realities | Programación | Streaming"],
    "show_kicker": ["TELENOVELA · CAPÍTULO 48", "RESUMEN DEL CAPÍTULO"],
    "spoiler_warning": ["Alerta de spoiler: esta nota revela lo que pasó en el capítulo más reciente."],
    "episode_box": [
        "Ficha\nDe lunes a viernes a las 20:30 horas por televisión abierta\nCapítulos completos en streaming"
    ],
    "recap_rating": ["Nuestra calificación: 4/5"],
    "where_to_watch": ["Ve el capítulo completo en ViX."],
}

STYLES: list[dict[str, object]] = [
    {
        "name": "fuel_update",  # fuel prices: date line ABOVE the headline, optional byline, agency dateline glued
        "header": ["fuel_menu", "date", "title", "standfirst", "byline?", "date_glued"],
        "body_inserts": ["price_box", "subheading", "quote", "list", "fuel_calc", "ad"],
        "footer": ["fuel_source", "related", "share_names", "rights"],
        "date_formats": ["local_fuel"],
        "headlines": "hl_fuel",
        "glue": "glue_fuel",
        "glue_date": "local_glue",
        "standfirst_p": 0.67,
        "n_authors": (1,),
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": " · ",
        "by_join": "and",
        "by_key": "by_fuel",
        "say": SAY,
    },
    {
        "name": "lottery_results",  # draw results, no blank lines and no byline: draw kicker, numbers and prize boxes
        "header": ["lotto_menu", "draw_kicker", "title", "published"],
        "body_inserts": ["numbers_box", "prize_box", "subheading", "list", "claim_note"],
        "footer": ["next_draw", "responsible_play", "lotto_app", "rights"],
        "date_formats": ["local_lotto"],
        "headlines": "hl_lotto",
        "n_authors": (1,),
        "blank": False,
        "crumb_sep": " › ",
        "by_join": "and",
        "by_key": "by_fuel",
        "say": SAY,
    },
    {
        "name": "startup_funding",  # funding news: standfirst, byline and date on one line, deal box, disclosure
        "header": ["startup_menu", "title", "standfirst", "byline_date", "listen?"],
        "body_inserts": ["deal_box", "quote", "subheading", "caption_credit", "event_ad"],
        "footer": ["disclosure", "pitch_prompt", "newsletter", "tags", "share_icons", "rights"],
        "date_formats": ["local_startup"],
        "headlines": "hl_startup",
        "standfirst_p": 0.9,
        "n_authors": (1, 1, 2, 3),
        "blank": True,
        "crumb_sep": " › ",
        "bd_sep": [" | ", " · ", " — "],
        "share_sep": " ",
        "by_join": "and",
        "by_key": "by_startup",
        "say": SAY,
    },
    {
        "name": "air_quality",  # air quality: index badge, date under the headline, glued dateline, byline at the end
        "header": ["env_menu", "aqi_badge", "title", "date", "date_glued"],
        "body_inserts": ["aqi_box", "subheading", "list", "health_tip", "caption_credit"],
        "footer": ["byline_end", "data_note", "air_app", "share_row", "rights"],
        "date_formats": ["local_air"],
        "headlines": "hl_air",
        "glue": "glue_air",
        "glue_date": "local_glue",
        "n_authors": (1, 1, 2),
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": " | ",
        "by_join": "and",
        "by_key": "by_air",
        "say": SAY,
    },
    {
        "name": "beauty_mag",  # beauty magazine: kicker over the headline, standfirst, byline then date, product cards
        "header": ["beauty_menu", "beauty_kicker", "title", "standfirst", "byline", "date", "listen?"],
        "body_inserts": ["product_box", "caption_credit", "subheading", "list", "quote", "shop_button"],
        "footer": ["affiliate_note", "quiz_prompt", "related", "share_names", "rights"],
        "date_formats": ["local_beauty"],
        "headlines": "hl_beauty",
        "standfirst_p": 0.9,
        "n_authors": (1, 1, 2),
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": " / ",
        "by_join": "and",
        "by_key": "by_beauty",
        "say": SAY,
    },
    {
        "name": "pet_advice",  # pet care: breadcrumb, question headlines, the date before the byline, vet box
        "header": ["pet_menu", "breadcrumb", "title", "standfirst", "date_byline"],
        "body_inserts": ["subheading", "list", "vet_box", "pet_insurance_ad", "quote"],
        "footer": ["vet_disclaimer", "ask_vet", "comments", "share_icons", "rights"],
        "date_formats": ["local_pet"],
        "headlines": "hl_pet",
        "standfirst_p": 0.5,
        "n_authors": (1,),
        "blank": True,
        "crumb_sep": " / ",
        "db_sep": [" | ", " · "],
        "share_sep": " ",
        "by_join": "and",
        "by_key": "by_pet",
        "say": SAY,
    },
    {
        "name": "howto_guide",  # tech how-to, no blank lines: byline and date lines, contents box, video, rating
        "header": ["howto_menu", "breadcrumb", "title", "byline", "date", "toc_box?"],
        "body_inserts": ["subheading", "list", "video_embed", "list", "subheading", "download_ad"],
        "footer": ["tested_note", "rate_guide", "related", "comments", "rights"],
        "date_formats": ["local_howto"],
        "headlines": "hl_howto",
        "n_authors": (1, 1, 1, 2),
        "blank": False,
        "crumb_sep": " » ",
        "by_join": "and",
        "by_key": "by_howto",
        "say": SAY,
    },
    {
        "name": "drama_recap",  # TV drama recap: episode kicker, byline and date on one line, spoiler warning
        "header": ["tv_menu", "show_kicker", "title", "byline_date", "spoiler_warning"],
        "body_inserts": ["caption_credit", "quote", "subheading", "episode_box", "quote"],
        "footer": ["recap_rating", "where_to_watch", "related", "share_row", "rights"],
        "date_formats": ["local_drama"],
        "headlines": "hl_drama",
        "n_authors": (1, 1, 2),
        "blank": True,
        "crumb_sep": " › ",
        "bd_sep": [" · ", " | ", ", "],
        "share_sep": " · ",
        "by_join": "and",
        "by_key": "by_drama",
        "say": SAY,
    },
]
