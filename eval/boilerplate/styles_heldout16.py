"""SIXTEENTH HELD-OUT templates, written BLIND: their author read only build.py, score.py (for the format it
expects; it was not run), prose.py, the earlier styles files (for their format only, none of their phrases,
widget texts or layouts reused) and the shared sentence files build.py draws from (searched for the new
languages' own month and weekday names, date phrases and common words, e.g. the isiXhosa "nge-31 Meyi 2006",
"ngoLwesihlanu", "ngomhla wama-19 Septemba"); never the cleaner's rules, lexicon, content model, docs or tests;
the cleaner was never run on them and they were never used to change a rule. Four languages no earlier split
uses: Chinese (simplified; the sentence file is largely Taiwanese text in simplified characters), Japanese,
Korean and isiXhosa (Latin script, prefixed dates "nge-25 Novemba 2026", "ngoLwesithathu", "ngomhla we-25");
and four familiar ones in layouts no earlier split has: Latin-American Spanish (Mexican, Colombian and
Argentine pages: "hrs", "p. m.", "Noviembre 25 de 2026", "Por: NAMES IN CAPITALS"), Dutch as Flemish sites
write it ("14u32", "Gelieve", "oudercontact", ‘ ’ quotes), Romanian ("ora 14:32", „ ” quotes) and Indian
English (IST times, "1430 hrs IST", ₹ crore, "Also Read |", "NEW DELHI, Nov 25, 2026:" datelines).

Kinds of sites: a university press office release (a university bar, a breadcrumb, a "press release" kicker,
byline and date on one line, photo captions with credits and a study box over three lines with the journal
and DOI between paragraphs, a media-contact box over three lines, an "about the university" paragraph, a named
share row), a stock-exchange company announcement with no blank lines and no byline (the exchange's menu, an
index ticker strip, a stock-code line, a "published" date line under the headline, a key-figures box over
three lines, the board's or exchange's disclaimer, a PDF download line), a weather service's storm warning
with no byline (a service menu, a warning-level badge, the "issued" date under the headline, a "valid until"
line, an affected-areas box over three lines and a map caption between paragraphs, a next-update note, an app
prompt, a "follow us" line), a local court and police roundup (a section bar, a kicker, the byline under the
headline, the city and date glued to the first paragraph: "本报上海2026年11月25日讯", "（名古屋・2026年11月25日）",
"[부산] 2026.11.25 ―", "EMONTI, ngoLwesithathu nge-25 Novemba 2026:", "MONTERREY, Noviembre 25 de 2026.–",
"NEW DELHI, Nov 25, 2026:"; "read also" links and ads between paragraphs, a presumption-of-innocence note, a
news-tip line, a comment counter, tags, a named share row), a school newsletter with no blank lines (a school
menu, an issue number, the byline over the date, an upcoming-dates box over three lines, a note to parents, a
school contact box over two lines), a book review in a literary weekly (the page title with the site's name,
a kicker, the headline again, a book box over three lines, byline and date on one line, bookshop affiliate
links, tags, a newsletter prompt), a city council's press statement with no byline (a council bar, a
breadcrumb, a "press statement" kicker, the date over the headline, a citizens' helpline box, a media-enquiries
box, print and e-mail links, the council's footer; Chinese 【打印本页】【关闭窗口】) and a tech product launch blog
(a blog menu, byline and date over the headline, a reading time, a spec box over three lines, a video line, a
pre-order link, a comment counter, an icon share row).

Bylines with each language's labels and joiners: "记者 张伟 李敏", "文／李芳、陈志强", "作者：", "撰稿";
"文：佐藤健・鈴木彩", "執筆：", "取材・文／", "記者："; "김민준·이서연 기자", "글 김민준", "[Site] 김민준 기자",
"김민준 기자 newsdesk@..."; "Ibhalwe nguSipho Mbatha", "NguSipho Mbatha", "Ingxelo kaSipho Mbatha" (names joined by
commas); "Por", "Por:" with capitals, "Redacción:", "{names} | Corresponsal" (joined by "y"); "Door", "Tekst:", "Van
onze redactie:" (joined by "en"); "de", "Autor:", "Scris de" (joined by "și"); "By", "Written by", "{names} | Site
News Service" (joined by "and"); label-less names in every language. Chinese, Japanese and Korean names are family
name and given name with no space between them. Dates in local forms: "2026年11月25日 星期三",
"2026年11月25日14时32分", "2026年11月25日 下午2:32", "2026/11/25 14:32"; "令和8年11月25日" (平成 before 1 May 2019,
令和元年 in its first year), "2026年11月25日（水）", "2026年11月25日 14時32分", "2026.11.25 14:32"; "2026년 11월
25일 (수) 오후 2:32", "2026. 11. 25.(수)", "2026.11.25 14:32", "2026년 11월 25일 14시 32분"; "ngoLwesithathu, nge-25
Novemba 2026", "ngomhla we-25 Novemba 2026", "25 Nov 2026 · 14:32"; "Miércoles, 25 de noviembre de 2026, 14:32 h",
"Noviembre 25 de 2026 - 2:32 p. m.", "25/11/2026 14:32 hrs", "25 noviembre, 2026"; "woensdag 25 november 2026 om
14.32 uur", "25/11/2026 14u32", "25 nov 2026 14u32"; "miercuri, 25 noiembrie 2026, ora 14:32", "25 nov. 2026,
14:32"; "Updated: Nov 25, 2026 2:32 pm IST", "25 November 2026, 1432 hrs IST", "25.11.2026 14:32 IST"; "published"
labels around them ("发布时间：", "発表日時：", "公開日：", "등록일", "게시일:", "Ipapashwe:", "Ikhutshwe", "Emitido
el", "Gepubliceerd op", "Data emiterii:", "Issued on").

How the Japanese era, the words for the time of day and the isiXhosa "on Wednesday" are made without more code
in build.py: build.py fills a local date pattern with str.format and passes the month and weekday names from
this module's lists. Those names are `Word` strings: written plainly ("{month}") they are the name; given a
format spec ("{month:<{h}>}", "{month:[{y}]}", "{wd:%}", "{month:~}") they write the spec with "<14>" replaced
by the language's word for that hour's part of the day (下午, 午後, 오후, p. m., pm), "[2026]" by the Japanese
era year, "%" by the name's other form (ngoLwesithathu), "~" by the capitalised name and "@" by the name.

What build.py had to learn for this split (small hooks, each read only when a split's phrases carry its key,
so every earlier split builds byte for byte as before): Chinese and Japanese sentences have no spaces, so
build.py could not cut a headline from them and paragraphs would join sentences with a space; with
"unspaced" a headline, subheading, caption or tag is a whole clause of a sentence (split at ，。！？；：、),
"unspaced" characters counting as one word, and paragraphs join their sentences bare; "ends" adds 。！？ to
the sentence ends a paragraph may close on (the Japanese file had two sentences ending in ASCII
punctuation); "name_gap" joins family and given names with no space (张伟, 佐藤健, 김민준); "author_sep" joins
several authors in the language's own way (、 ・ · or a space) instead of "a, b and c".

Limits of build.py this split cannot cross: the headline is always a cut of a real sentence, so a storm
warning's or an exchange filing's formulaic headline cannot be made with a correct gold title; a Chinese or
Japanese headline is a clause, which may start with a conjunction; a byline phrase is per language, so it must
fit every layout (the Korean "기자" also signs a university release, as campus newspapers do); a widget's
lines all carry one label, so a study box, a key-figures box or a book box is one boilerplate block; body
inserts are drawn with replacement, so a box may come twice; one date per document, so an announcement
cannot give the meeting's date beside the filing date; tags are joined with ", " in every language; site names
in page titles, bylines, glued datelines and copyright lines come from build.py's shared list of English
brand names; the Spanish sentence file has lost most of its accented letters ("Est claro"), as it was
scraped, and the English one is not Indian prose, so only the chrome of those pages is Indian.
"""

from __future__ import annotations

import re

LANGS = ("zh", "ja", "ko", "xh", "es", "nl", "ro", "en")


def _era(year: int, month: int) -> str:
    """Japanese era year: 令和 from 1 May 2019 (its first year written 元), 平成 before."""
    if year > 2019 or (year == 2019 and month >= 5):
        return "令和" + ("元" if year == 2019 else str(year - 2018)) + "年"
    return f"平成{year - 1988}年"


class Word(str):
    """A month or weekday name; with a format spec it writes a date part in its language's way (see above)."""

    number = 0  # the month's number, 1-12
    other = ""  # another form of the name: isiXhosa "ngoLwesithathu" (on Wednesday) for "uLwesithathu"
    parts: tuple[tuple[int, str], ...] = ((0, "AM"), (12, "PM"))  # (first hour, word for that part of the day)

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        text = re.sub(r"<(\d+)>", lambda m: [w for first, w in self.parts if first <= int(m[1])][-1], spec)
        text = re.sub(r"\[(\d{4})\]", lambda m: _era(int(m[1]), self.number), text)
        return text.replace("~", str(self).capitalize()).replace("%", self.other).replace("@", str(self))


class _Zh(Word):
    parts = ((0, "凌晨"), (6, "上午"), (12, "中午"), (13, "下午"), (18, "晚上"))


class _Ja(Word):
    parts = ((0, "午前"), (12, "午後"))


class _Ko(Word):
    parts = ((0, "오전"), (12, "오후"))


class _Es(Word):
    parts = ((0, "a. m."), (12, "p. m."))


class _En(Word):
    parts = ((0, "am"), (12, "pm"))


def _names(cls: type[Word], text: str, other: str = "") -> list[Word]:
    words = [cls(word) for word in text.split()]
    for number, (word, alt) in enumerate(zip(words, other.split() or [""] * len(words), strict=True), start=1):
        word.number, word.other = number, alt
    return words


SAY = {  # widget -> gold reason (build.py: style["say"])
    "uni_bar": "navigation",
    "release_kicker": "navigation",
    "study_box": "navigation",
    "media_contact": "footer",
    "about_uni": "press_boilerplate",
    "exchange_bar": "navigation",
    "ticker_strip": "navigation",
    "company_line": "navigation",
    "figures_box": "navigation",
    "exchange_disclaimer": "footer",
    "pdf_line": "navigation",
    "met_menu": "navigation",
    "warning_badge": "navigation",
    "valid_line": "navigation",
    "warn_areas": "navigation",
    "map_caption": "caption",
    "next_update": "footer",
    "site_bar": "navigation",
    "roundup_kicker": "navigation",
    "innocence_note": "footer",
    "tip_line": "reader_prompt",
    "school_bar": "navigation",
    "issue_line": "navigation",
    "dates_box": "navigation",
    "parent_note": "footer",
    "school_contact": "footer",
    "review_kicker": "navigation",
    "book_box": "navigation",
    "buy_line": "advertisement",
    "city_bar": "navigation",
    "statement_kicker": "navigation",
    "council_contact": "navigation",
    "media_enquiries": "footer",
    "city_footer": "footer",
    "blog_menu": "navigation",
    "spec_box": "navigation",
    "video_line": "video",
    "preorder_line": "advertisement",
}

ICONS16 = ["svg-share-x", "svg-share-facebook", "svg-share-whatsapp", "svg-share-line", "svg-share-copylink"]

PHRASES: dict[str, dict[str, list]] = {
    "zh": {
        "months": _names(_Zh, "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"),
        "mon_abbr": _names(_Zh, "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"),
        "wd_abbr": _names(_Zh, "星期一 星期二 星期三 星期四 星期五 星期六 星期日"),
        "names": ["张 王 李 刘 陈 杨 黄 周 吴 徐", "伟 芳 晓明 丽娟 志强 雨婷 建国 思远 海燕 子涵"],
        "name_gap": [""],
        "author_sep": ["、", " "],
        "unspaced": ["2"],
        "ends": ["。", "！", "？"],
        "cities": ["北京", "上海", "广州", "杭州", "成都", "武汉"],
        "quote": ["“{}”"],
        "local_uni": ["{y}年{month}{d}日", "{y}-{mm}-{dd} {hm}"],
        "local_exchange": ["{y}-{mm}-{dd} {hm}", "{y}年{month}{d}日 {wd}"],
        "local_storm": ["{y}年{month}{d}日{h}时{mi}分", "{y}-{mm}-{dd} {hm}"],
        "local_police": ["{y}年{month}{d}日"],
        "local_school": ["{y}年{month}{d}日 {wd}", "{y}.{mm}.{dd}"],
        "local_book": ["{y}年{month}{d}日", "{y}-{mm}-{dd}"],
        "local_council": ["{y}年{month}{d}日 {month:<{h}>}{h12}:{mi}", "{y}-{mm}-{dd}"],
        "local_launch": ["{y}/{mm}/{dd} {hm}", "{y}年{month}{d}日"],
        "glue_police": ["本报{C}{d}讯 ", "{C}{d}电 "],
        "by": ["记者 {a}", "文／{a}", "作者：{a}", "撰稿 {a}"],
        "published": ["发布时间：{d}", "发布日期：{d}"],
        "social": ["微信", "微博", "QQ空间", "豆瓣", "复制链接"],
        "icons": ICONS16,
        "home": ["当前位置：首页", "首页"],
        "sections": ["新闻中心", "新闻发布", "通知公告", "媒体聚焦", "政务公开"],
        "print": ["【打印本页】"],
        "email": ["【关闭窗口】"],
        "caption_credit": ["{c}（摄影：{n}）", "{c} 图／{n}"],
        "read_also": ["相关阅读：{t}", "延伸阅读 >> {t}"],
        "ad": ["广告"],
        "title_site": ["{t}_{site}", "{t} - {site}"],
        "listen": ["阅读时长约{n}分钟"],
        "app": ["下载客户端，实时接收预警信息"],
        "follow": ["关注官方微博、微信公众号，获取最新天气"],
        "comments": ["评论（{n}）", "已有{n}条评论 我要评论"],
        "tags": ["标签：{t}", "关键词：{t}"],
        "newsletter": ["订阅每周书讯，好书不错过"],
        "rights": [
            "版权所有 © {y} {site} 未经授权禁止转载",
            "Copyright © {y} {site} All Rights Reserved | 京ICP备12030358号",
        ],
        "uni_bar": ["学校首页 | 新闻网 | 信息公开 | English"],
        "release_kicker": ["科研动态 · 新闻稿"],
        "study_box": ["论文信息\n期刊：《中国科学》第{n}卷\nDOI：10.1360/SSV-{y}-0{n}1"],
        "media_contact": ["媒体联系\n党委宣传部新闻中心\n电话：010-6275 0000"],
        "about_uni": ["关于本校：学校创建于1898年，是一所综合性研究型大学，现有全日制在校生四万余人。"],
        "exchange_bar": ["首页 | 信息披露 | 监管动态 | 市场数据 | 投资者服务"],
        "ticker_strip": ["上证指数 3,241.47 ▲0.38% | 深证成指 10,532.10 ▼0.12%"],
        "company_line": ["证券代码：600788 证券简称：华东重工 公告编号：临{y}-0{n}"],
        "figures_box": [
            "主要财务数据（单位：元）\n营业收入：1,245,630,000.00\n归属于上市公司股东的净利润：86,410,000.00"
        ],
        "exchange_disclaimer": ["本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"],
        "pdf_line": ["公告原文（PDF）下载"],
        "met_menu": ["首页 | 天气实况 | 预警信息 | 台风路径 | 气象科普"],
        "warning_badge": ["暴雨橙色预警信号"],
        "valid_line": ["预警有效期至：次日08时"],
        "warn_areas": ["预警区域\n浙江东部、福建北部沿海\n阵风可达10至11级"],
        "map_caption": ["图：台风路径预报图（来源：气象台）"],
        "next_update": ["本预警将根据天气变化及时更新，请以最新发布为准。"],
        "site_bar": ["城市 | 民生 | 法治 | 社会 | 视频 | 热线"],
        "roundup_kicker": ["法治在线 · 警情通报"],
        "innocence_note": ["在法院作出判决前，涉案人员依法享有无罪推定的权利。"],
        "tip_line": ["新闻线索请拨打报料热线 96{n}00"],
        "school_bar": ["学校概况 | 教学教研 | 德育天地 | 家校共育 | 校园风采"],
        "issue_line": ["校园简报 第{n}期"],
        "dates_box": ["近期安排\n周五：家长开放日\n下周一：期中考试"],
        "parent_note": ["请家长阅读后在回执上签字，由学生于周五前交回班主任。"],
        "school_contact": ["学校地址：新华路{n}号\n联系电话：0571-8800 0000"],
        "review_kicker": ["书评 · 新书速递"],
        "book_box": ["书名：《河流的尽头》\n作者：林远 著\n出版社：江南文艺出版社 定价：59.00元"],
        "buy_line": ["点击购买 >> 当当 | 京东"],
        "city_bar": ["市政府门户网站 | 政务公开 | 政务服务 | 互动交流"],
        "statement_kicker": ["市政府新闻办公室 · 新闻发布"],
        "council_contact": ["市民服务热线：12345\n（24小时受理）"],
        "media_enquiries": ["媒体垂询：市政府新闻办公室\n电话：0571-8525 0000"],
        "city_footer": ["主办：市人民政府办公厅 | 网站标识码 33010000{n} | 网站地图"],
        "blog_menu": ["产品 | 评测 | 发布会 | 开发者 | 社区"],
        "spec_box": ["主要规格\n屏幕：6.7英寸 OLED · 120Hz\n电池：5000mAh · 售价 3999元起"],
        "video_line": ["▶ 观看发布会回放（时长 {n}:15）"],
        "preorder_line": ["现已开启预约，点击立即预订 →"],
    },
    "ja": {
        "months": _names(_Ja, "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"),
        "mon_abbr": _names(_Ja, "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"),
        "wd_abbr": _names(_Ja, "月 火 水 木 金 土 日"),
        "names": [
            "佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤",
            "健 美咲 翔太 由美 大輔 彩 直樹 陽子 拓也 真理子",
        ],
        "name_gap": [""],
        "author_sep": ["、", "・"],
        "unspaced": ["2"],
        "ends": ["。", "！", "？"],
        "cities": ["札幌", "仙台", "横浜", "名古屋", "神戸", "福岡"],
        "quote": ["「{}」"],
        "local_uni": ["{y}年{month}{d}日", "{month:[{y}]}{month}{d}日"],
        "local_exchange": ["{y}/{mm}/{dd} {hm}", "{y}年{month}{d}日 {h}:{mi}"],
        "local_storm": ["{y}年{month}{d}日 {h}時{mi}分", "{y}/{mm}/{dd} {hm}"],
        "local_police": ["{y}年{month}{d}日"],
        "local_school": ["{y}年{month}{d}日（{wd}）", "{month:[{y}]}{month}{d}日"],
        "local_book": ["{y}.{mm}.{dd}", "{y}年{month}{d}日"],
        "local_council": ["{month:[{y}]}{month}{d}日", "{y}年{month}{d}日 {month:<{h}>}{h12}時{mi}分"],
        "local_launch": ["{y}.{mm}.{dd} {hm}", "{y}年{month}{d}日（{wd}）"],
        "glue_police": ["【{C}】{d}、", "（{C}・{d}）"],
        "by": ["文：{a}", "執筆：{a}", "取材・文／{a}", "記者：{a}"],
        "published": ["発表日時：{d}", "公開日：{d}"],
        "social": ["X（旧Twitter）", "Facebook", "LINE", "はてなブックマーク", "リンクをコピー"],
        "icons": ICONS16,
        "home": ["ホーム", "トップページ"],
        "sections": ["ニュース", "プレスリリース", "お知らせ", "報道発表", "広報・取材"],
        "print": ["印刷する"],
        "email": ["メールで送る"],
        "caption_credit": ["{c}（撮影：{n}）", "{c}＝写真・{n}"],
        "read_also": ["【関連記事】{t}", "あわせて読みたい：{t}"],
        "ad": ["広告", "PR"],
        "title_site": ["{t} | {site}", "{t}｜{site}"],
        "listen": ["この記事は約{n}分で読めます"],
        "app": ["防災アプリで警報をプッシュ通知で受け取る"],
        "follow": ["最新の気象情報は公式Xアカウントでも配信しています"],
        "comments": ["コメント（{n}件）", "{n}件のコメントを見る"],
        "tags": ["タグ：{t}", "キーワード：{t}"],
        "newsletter": ["メールマガジン「週刊ブックレビュー」を購読する"],
        "rights": ["Copyright © {y} {site} All rights reserved.", "© {y} {site} 記事・写真の無断転載を禁じます。"],
        "uni_bar": ["大学トップ | 大学案内 | 入試情報 | 研究 | English"],
        "release_kicker": ["プレスリリース｜研究成果"],
        "study_box": ["論文情報\n掲載誌：Nature Communications（{y}年）\nDOI：10.1038/s41467-0{n}-1"],
        "media_contact": ["本件に関するお問い合わせ\n広報室 報道担当\nTEL：03-5841-2710"],
        "about_uni": ["本学について：1877年創立の総合大学。10学部・15研究科を擁し、約2万8千人の学生が学んでいます。"],
        "exchange_bar": ["適時開示情報閲覧サービス | 上場会社情報 | マーケット | 規則"],
        "ticker_strip": ["日経平均 38,412.50 +0.42% | TOPIX 2,731.03 -0.08%"],
        "company_line": ["コード番号：7403 東証プライム 問合せ先：経営企画部長"],
        "figures_box": ["連結業績（単位：百万円）\n売上高：135,630\n営業利益：9,412"],
        "exchange_disclaimer": [
            "本資料に記載されている業績見通し等の将来に関する記述は、現時点で入手可能な情報に基づくものであり、"
            "実際の業績は様々な要因により異なる可能性があります。"
        ],
        "pdf_line": ["PDF（{n}45KB）をダウンロード"],
        "met_menu": ["防災情報 | 天気予報 | 警報・注意報 | 台風情報 | レーダー"],
        "warning_badge": ["【暴風警報】発表中"],
        "valid_line": ["警戒期間：明日朝まで"],
        "warn_areas": ["対象地域\n沿岸部の全市町村\n最大瞬間風速 35メートル"],
        "map_caption": ["図：暴風警報の発表状況（気象台提供）"],
        "next_update": ["次回の情報は3時間後に発表する予定です。"],
        "site_bar": ["地域 | 事件・事故 | 裁判 | 行政 | 動画"],
        "roundup_kicker": ["事件・事故ファイル"],
        "innocence_note": ["※容疑者は逮捕段階であり、有罪が確定するまでは無罪と推定されます。"],
        "tip_line": ["情報提供はこちら：ニュース投稿フォーム"],
        "school_bar": ["学校案内 | 学校生活 | 行事予定 | 保護者の皆様へ"],
        "issue_line": ["学校だより 第{n}号"],
        "dates_box": ["今後の予定\n28日（金）授業参観\n来月3日 避難訓練"],
        "parent_note": ["ご家庭でもお子様と一緒にお読みください。"],
        "school_contact": ["〒100-0001 市立中央中学校\nTEL 045-000-0000（平日8:00〜17:00）"],
        "review_kicker": ["今週の本棚"],
        "book_box": ["『遠い川のほとり』\n著者：森野透 出版社：文芸春風社\n四六判・{n}0頁・定価1,980円（税込）"],
        "buy_line": ["Amazonで購入 | 楽天ブックスで購入"],
        "city_bar": ["市役所トップ | くらし・手続き | 子育て | 市政情報 | 緊急情報"],
        "statement_kicker": ["市長記者会見・報道発表"],
        "council_contact": ["担当：総務部広報課\n内線 2{n}1"],
        "media_enquiries": ["報道機関の方へ\n広報課 報道担当 電話 045-000-0000"],
        "city_footer": ["このページの作成担当・お問い合わせ先 | サイトマップ | 個人情報の取り扱い"],
        "blog_menu": ["ニュース | レビュー | 発表会 | ガジェット | 動画"],
        "spec_box": ["主な仕様\nディスプレイ：6.3インチ 有機EL\nバッテリー：4,800mAh・価格：12万9,800円から"],
        "video_line": ["▶ 発表会の動画を見る（{n}:05）"],
        "preorder_line": ["予約受付中！公式ストアで予約する →"],
    },
    "ko": {
        "months": _names(_Ko, "1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월"),
        "mon_abbr": _names(_Ko, "1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월"),
        "wd_abbr": _names(_Ko, "월 화 수 목 금 토 일"),
        "names": ["김 이 박 최 정 강 조 윤 장 임", "민준 서연 지훈 수빈 현우 지은 동현 하은 성민 유진"],
        "name_gap": [""],
        "author_sep": ["·", ", "],
        "cities": ["서울", "부산", "인천", "대구", "광주", "대전"],
        "quote": ["“{}”"],
        "local_uni": ["{y}.{mm}.{dd}", "{y}년 {month} {d}일"],
        "local_exchange": ["{y}-{mm}-{dd} {hm}", "{y}/{mm}/{dd}"],
        "local_storm": ["{y}년 {month} {d}일 {h}시 {mi}분", "{y}.{mm}.{dd} {hm}"],
        "local_police": ["{y}.{mm}.{dd}", "{y}년 {month} {d}일"],
        "local_school": ["{y}년 {month} {d}일 ({wd})", "{y}.{mm}.{dd}"],
        "local_book": ["{y}년 {month} {d}일 ({wd}) {month:<{h}>} {h12}:{mi}", "{y}.{mm}.{dd} {hm}"],
        "local_council": ["{y}. {mm}. {dd}.({wd})", "{y}-{mm}-{dd}"],
        "local_launch": ["{y}.{mm}.{dd} {hm}", "{y}년 {month} {d}일"],
        "glue_police": ["({C}={site}) {d} ― ", "[{C}] {d} ― "],
        "by": ["{a} 기자", "글 {a}", "[{site}] {a} 기자", "{a} 기자 newsdesk@newsline.co.kr"],
        "published": ["등록일 {d}", "게시일: {d}"],
        "social": ["카카오톡", "페이스북", "X", "네이버 밴드", "URL 복사"],
        "icons": ICONS16,
        "home": ["홈"],
        "sections": ["뉴스", "보도자료", "알림마당", "소식", "뉴스룸"],
        "print": ["인쇄하기"],
        "email": ["이메일 보내기"],
        "caption_credit": ["{c} (사진={n} 기자)", "{c} /사진제공={n}"],
        "read_also": ["[관련기사] {t}", "▶ 함께 보면 좋은 기사: {t}"],
        "ad": ["광고", "AD"],
        "title_site": ["{t} - {site}", "{t} | {site}"],
        "listen": ["예상 읽기 시간 {n}분"],
        "app": ["날씨알리미 앱에서 특보 알림 받기"],
        "follow": ["날씨 소식은 공식 카카오톡 채널에서도 받아보세요"],
        "comments": ["댓글 {n}", "댓글 {n}개 | 댓글쓰기"],
        "tags": ["관련 태그: {t}", "키워드: {t}"],
        "newsletter": ["매주 금요일 신간 소식을 뉴스레터로 받아보세요"],
        "rights": ["저작권자 © {site} 무단전재 및 재배포 금지", "Copyright © {y} {site}. All rights reserved."],
        "uni_bar": ["대학소개 | 입학 | 대학생활 | 연구 | 뉴스센터"],
        "release_kicker": ["보도자료 · 연구성과"],
        "study_box": ["논문 정보\n게재지: Advanced Materials ({y})\nDOI: 10.1002/adma.{y}0{n}5"],
        "media_contact": ["문의\n홍보팀 언론담당\n02-880-2114"],
        "about_uni": ["우리 대학은 1946년 개교한 종합 연구중심대학으로 16개 단과대학과 대학원을 운영하고 있다."],
        "exchange_bar": ["전자공시 | 상장공시 | 시장정보 | 규정 | 공시서식"],
        "ticker_strip": ["코스피 2,561.34 ▲0.52% | 코스닥 743.18 ▼0.21%"],
        "company_line": ["종목코드 034780 | 유가증권시장 | 공시책임자: 재무담당 상무"],
        "figures_box": ["주요 재무정보 (단위: 백만원)\n매출액 183,450\n영업이익 7,905"],
        "exchange_disclaimer": [
            "본 공시는 투자 판단의 참고자료이며, 투자 결과에 대한 법적 책임의 근거로 사용될 수 없습니다."
        ],
        "pdf_line": ["첨부파일: 공시원문.pdf ({n}12KB)"],
        "met_menu": ["날씨 | 특보 | 태풍 | 지진·화산 | 기후"],
        "warning_badge": ["강풍·풍랑 경보 발효 중"],
        "valid_line": ["발효: 오늘 21시 ~ 해제 시까지"],
        "warn_areas": ["특보 구역\n제주도 남부 앞바다, 남해 동부 먼바다\n최대 순간풍속 25m/s 이상"],
        "map_caption": ["그림: 기상특보 발효 현황 (자료=기상청)"],
        "next_update": ["다음 통보는 3시간 후 발표될 예정입니다."],
        "site_bar": ["사회 | 사건·사고 | 법원·검찰 | 지역 | 포토"],
        "roundup_kicker": ["사건 브리핑"],
        "innocence_note": ["※ 기사에 언급된 피의자는 법원의 확정 판결 전까지 무죄로 추정됩니다."],
        "tip_line": ["기사 제보: 카카오톡 '제보' 검색, 이메일 jebo@newsline.co.kr"],
        "school_bar": ["학교소개 | 교육활동 | 학교생활 | 학부모마당 | 알림마당"],
        "issue_line": ["가정통신문 제{y}-{n}호"],
        "dates_box": ["다가오는 일정\n27일(금) 학부모 공개수업\n다음 달 2일 학교 축제"],
        "parent_note": ["학부모님께서는 내용을 확인하신 후 회신서를 제출해 주시기 바랍니다."],
        "school_contact": ["한빛중학교 교무실\n전화 031-000-0000 · 팩스 031-000-0001"],
        "review_kicker": ["이 주의 책"],
        "book_box": ["『먼 강가에서』\n한서윤 지음 | 문학마을 | 288쪽\n정가 16,800원"],
        "buy_line": ["교보문고 | 예스24 | 알라딘에서 구매하기"],
        "city_bar": ["시청 홈페이지 | 분야별 정보 | 시민참여 | 정보공개 | 시정소식"],
        "statement_kicker": ["보도자료 · 시장 발표문"],
        "council_contact": ["담당부서: 대변인실 언론팀\n문의 ☎ 120"],
        "media_enquiries": ["보도 관련 문의\n대변인실 ☎ 02-2133-0000"],
        "city_footer": ["개인정보처리방침 | 이메일무단수집거부 | 저작권정책 | 찾아오시는 길"],
        "blog_menu": ["뉴스 | 리뷰 | 신제품 | 팁 | 영상"],
        "spec_box": ["주요 사양\n디스플레이: 6.6형 AMOLED · 120Hz\n배터리: 5,000mAh · 출고가 119만 9천원부터"],
        "video_line": ["▶ 공개 행사 다시 보기 ({n}:40)"],
        "preorder_line": ["사전예약 진행 중 – 지금 예약하고 사은품 받기 →"],
    },
    "xh": {
        "months": _names(
            Word, "Januwari Februwari Matshi Apreli Meyi Juni Julayi Agasti Septemba Oktobha Novemba Disemba"
        ),
        "mon_abbr": _names(Word, "Jan Feb Mat Apr Mey Jun Jul Aga Sep Okt Nov Dis"),
        "wd_abbr": _names(
            Word,
            "uMvulo uLwesibini uLwesithathu uLwesine uLwesihlanu uMgqibelo iCawa",
            "ngoMvulo ngoLwesibini ngoLwesithathu ngoLwesine ngoLwesihlanu ngoMgqibelo ngeCawa",
        ),
        "names": [
            "Sipho Thandiwe Lwazi Nomvula Luvuyo Bulelwa Siyabonga Zintle",
            "Ngcukana Matshoba Sotashe Mbatha Mavuso Qoboshiyane Gxowa Mqhayi",
        ],
        "author_sep": [", "],
        "cities": ["eMonti", "eBhayi", "eKapa", "eMthatha", "eQonce", "eRhawutini"],
        "quote": ["“{}”", "‘{}’"],
        "local_uni": ["nge-{d} {month} {y}", "{d} {month} {y}"],
        "local_exchange": ["{dd}/{mm}/{y} {hm}", "{d} {mon} {y}"],
        "local_storm": ["{d} {month} {y}, ngo-{hm}", "{wd:%}, nge-{d} {month} {y}"],
        "local_police": ["nge-{d} {month} {y}", "{wd:%} nge-{d} {month} {y}"],
        "local_school": ["{wd}, {d} {month} {y}", "ngomhla we-{d} {month} {y}"],
        "local_book": ["{d} {month} {y}", "{wd:%}, nge-{d} {month} {y}"],
        "local_council": ["ngomhla we-{d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_launch": ["{d} {mon} {y} · {hm}", "{d} {month} {y}"],
        "glue_police": ["{C} – {d} – ", "{C}, {d}: "],
        "by": ["Ibhalwe ngu{a}", "Ngu{a}", "{a}", "Ingxelo ka{a}"],
        "published": ["Ipapashwe: {d}", "Ikhutshwe {d}"],
        "social": ["Facebook", "WhatsApp", "X", "Thumela nge-imeyile", "Kopa ikhonkco"],
        "icons": ICONS16,
        "home": ["Ikhaya"],
        "sections": ["Iindaba", "Izaziso", "Iingxelo zeendaba", "Okutsha", "Amabali"],
        "print": ["Shicilela eli phepha"],
        "email": ["Thumela eli phepha nge-imeyile"],
        "caption_credit": ["{c} (Umfanekiso: {n})", "{c} / Ifoto: {n}"],
        "read_also": ["FUNDA NALU: {t}", "Funda kwakhona: {t}"],
        "ad": ["Intengiso", "INTENGISO"],
        "title_site": ["{t} | {site}", "{t} – {site}"],
        "listen": ["Ixesha lokufunda: imizuzu eyi-{n}"],
        "app": ["Khuphela i-app yethu ufumane izilumkiso ngoko nangoko"],
        "follow": ["Silandele ku-Facebook naku-X ukufumana izilumkiso zemozulu"],
        "comments": ["Izimvo ({n})", "Izimvo ezi-{n} · Bhala uluvo lwakho"],
        "tags": ["Iithegi: {t}", "Imixholo: {t}"],
        "newsletter": ["Bhalisela incwadana yethu yeveki malunga neencwadi"],
        "rights": ["© {y} {site}. Onke amalungelo agciniwe.", "Copyright © {y} {site} · All rights reserved"],
        "uni_bar": ["IYunivesithi | Izifundo | Ukungena | Uphando | Iindaba"],
        "release_kicker": ["INGXELO KUMAJELO EENDABA · Uphando"],
        "study_box": [
            "Iinkcukacha zophando\nLupapashwe kwi-South African Journal of Science ({y})\nDOI: 10.17159/sajs.{y}/{n}041"
        ],
        "media_contact": ["Imibuzo yamajelo eendaba\nIofisi yoNxibelelwano\nUmnxeba: 043 704 7000"],
        "about_uni": [
            "Malunga neyunivesithi: Yasekwa ngo-1916, iyunivesithi inabafundi abangaphezu kwama-15 000 kwiikhampasi"
            " ezintathu eMpuma Koloni."
        ],
        "exchange_bar": ["Izaziso zeenkampani | Iimarike | Imithetho | Iinkcukacha"],
        "ticker_strip": ["JSE ALSI 78 412 ▲0.6% | USD/ZAR 18.24 ▼0.3%"],
        "company_line": ["Ikhowudi yesitokhwe: EKH · ISIN: ZAE000031758"],
        "figures_box": ["Iziphumo ezibalulekileyo\nIngeniso: R1,4 bhiliyoni\nInzuzo emva kwerhafu: R312 miliyoni"],
        "exchange_disclaimer": [
            "Esi saziso asiphononongwanga ngabaphicothi-zincwadi benkampani. Iingxelo ezijonge phambili zinokwahluka"
            " kwiziphumo zokwenyani."
        ],
        "pdf_line": ["Khuphela isaziso esipheleleyo (PDF)"],
        "met_menu": ["Imozulu | Izilumkiso | Iimephu | Uqikelelo | Qhagamshelana nathi"],
        "warning_badge": ["ISILUMKISO SEMOZULU ESIORENJI · Inqanaba lesi-6"],
        "valid_line": ["Siyasebenza de kube ngomso ebusuku"],
        "warn_areas": [
            "Iindawo ezichaphazelekayo\nuMasipala waseBuffalo City, Amathole, OR Tambo\nImvula engaphezu kwe-50 mm"
        ],
        "map_caption": ["Imephu: iindawo ezikwisilumkiso (Umthombo: iNkonzo yeMozulu)"],
        "next_update": ["Uhlaziyo olulandelayo luza kukhutshwa emva kweeyure ezintathu."],
        "site_bar": ["Iindaba | Ezasekuhlaleni | Ulwaphulo-mthetho | Ezemidlalo | Iividiyo"],
        "roundup_kicker": ["EZOLWAPHULO-MTHETHO · Inkundla namapolisa"],
        "innocence_note": ["Abarhanelwa bathathwa njengabangenatyala de bagwetywe yinkundla."],
        "tip_line": ["Unolwazi? Qhagamshelana ne-Crime Stop ku-08600 10111"],
        "school_bar": ["Isikolo sethu | Ootitshala | Imidlalo | Abazali | Iziganeko"],
        "issue_line": ["INCWADANA YESIKOLO · Inombolo {n}"],
        "dates_box": ["Imihla ebalulekileyo\nULwesihlanu: intlanganiso yabazali\nNgenyanga ezayo: iimviwo zekota"],
        "parent_note": ["Bazali, nceda nisayine eli phepha nilibuyisele kutitshala weklasi."],
        "school_contact": [
            "Isikolo samaBanga aPhakamileyo iNtabozuko\nUmnxeba: 047 532 0000 · iofisi@ntabozuko.edu.za"
        ],
        "review_kicker": ["UPHONONONGO LWENCWADI"],
        "book_box": [
            "Isihloko: Amanzi Omlambo\nUmbhali: Z. Mqhayi · Umpapashi: Ilitha Books\nAmaphepha: {n}4 · Ixabiso: R220"
        ],
        "buy_line": ["Thenga le ncwadi kwivenkile yethu yeencwadi →"],
        "city_bar": ["UMasipala | Iinkonzo | Iintlawulo | Amathuba emisebenzi | Qhagamshelana"],
        "statement_kicker": ["INGXELO KUMAJELO EENDABA · UMasipala"],
        "council_contact": ["Ukunika ingxelo ngeengxaki zamanzi\nTsalela: 0800 {n}1 2020"],
        "media_enquiries": ["Imibuzo yamajelo eendaba: iCandelo loNxibelelwano\nUmnxeba: 043 705 0000"],
        "city_footer": ["Umgaqo-nkqubo wabucala | Iikuki | Imigaqo yokusetyenziswa"],
        "blog_menu": ["Iindaba | Uphononongo | Iifowuni | Iikhompyutha | Iividiyo"],
        "spec_box": [
            "Iinkcukacha ezibalulekileyo\nIskrini: 6.5-intshi · Ibhetri: 5 000 mAh\nIxabiso: ukusuka ku-R7 999"
        ],
        "video_line": ["▶ Bukela ividiyo yokusungulwa ({n}:12)"],
        "preorder_line": ["Iodola kwangaphambili ngoku kwivenkile ye-intanethi →"],
    },
    "es": {
        "months": _names(
            _Es, "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
        ),
        "mon_abbr": _names(_Es, "ene feb mar abr may jun jul ago sep oct nov dic"),
        "wd_abbr": _names(_Es, "lunes martes miércoles jueves viernes sábado domingo"),
        "names": [
            "Alejandro Guadalupe Fernando Valentina Ricardo Ximena Rodrigo Camila",
            "Hernández Ramírez Castillo Guzmán Vargas Rojas Ortiz Mendoza",
        ],
        "and": ["y"],
        "cities": ["Guadalajara", "Monterrey", "Medellín", "Bogotá", "Rosario", "Córdoba"],
        "quote": ["“{}”"],
        "local_uni": ["{d} de {month} de {y}", "{dd}/{mm}/{y}"],
        "local_exchange": ["{dd}/{mm}/{y} {hm} hrs", "{d} {mon} {y}"],
        "local_storm": ["{wd:~}, {d} de {month} de {y}, {hm} h", "{dd}/{mm}/{y} - {hm}"],
        "local_police": ["{d} de {month} de {y}", "{month:~} {d} de {y}"],
        "local_school": ["{wd:~} {d} de {month}, {y}", "{dd}-{mm}-{y}"],
        "local_book": ["{month:~} {d} de {y} - {h12}:{mi} {month:<{h}>}", "{d} {month}, {y}"],
        "local_council": ["{d} de {month} de {y} · {hm} hrs", "{dd}.{mm}.{y}"],
        "local_launch": ["{d} {mon} {y}, {h12}:{mi} {month:<{h}>}", "{month:~} {d}, {y}"],
        "glue_police": ["{C}, {d}.– ", "{C} ({d}).– "],
        "by": ["Por {a}", "Por: {A}", "{a} | Corresponsal", "Redacción: {a}"],
        "published": ["Publicado: {d}", "Emitido el {d}"],
        "social": ["WhatsApp", "Facebook", "X", "Telegram", "Copiar enlace"],
        "icons": ICONS16,
        "home": ["Inicio"],
        "sections": ["Sala de prensa", "Comunicados", "Noticias", "Boletines", "Actualidad"],
        "print": ["Imprimir"],
        "email": ["Enviar por correo"],
        "caption_credit": ["{c} | Foto: {n}", "{c} (Foto: Cortesía {n})"],
        "read_also": ["Le puede interesar: {t}", "LEA TAMBIÉN: {t}"],
        "ad": ["Publicidad", "PUBLICIDAD"],
        "title_site": ["{t} | {site}", "{t} - {site}"],
        "listen": ["Tiempo de lectura: {n} min"],
        "app": ["Descarga la app y recibe las alertas en tu celular"],
        "follow": ["Síguenos en redes para conocer el pronóstico actualizado"],
        "comments": ["{n} comentarios", "Comentarios ({n}) – Inicia sesión para comentar"],
        "tags": ["Temas relacionados: {t}", "Etiquetas: {t}"],
        "newsletter": ["Suscríbete al boletín semanal de libros"],
        "rights": [
            "© {y} {site}. Todos los derechos reservados. Prohibida su reproducción total o parcial.",
            "Derechos reservados © {y} {site}",
        ],
        "uni_bar": ["Universidad | Oferta educativa | Investigación | Gaceta | Transparencia"],
        "release_kicker": ["BOLETÍN DE PRENSA · Ciencia"],
        "study_box": ["Referencia del estudio\nRevista: Salud Pública de México, vol. {n}\nDOI: 10.21149/{n}884"],
        "media_contact": ["Dirección General de Comunicación Social\nprensa@universidad.edu.mx\nTel. 55 5622 0000"],
        "about_uni": [
            "Acerca de la Universidad: fundada en 1910, es la casa de estudios pública más grande del país, con más de"
            " 350 mil estudiantes."
        ],
        "exchange_bar": ["Emisoras | Eventos relevantes | Mercados | Normatividad | Estadísticas"],
        "ticker_strip": ["S&P/BMV IPC 57,214.30 ▲0.45% | USD/MXN 17.36 ▼0.10%"],
        "company_line": ["Clave de cotización: GMXA · Serie B · Evento relevante núm. {n}"],
        "figures_box": ["Cifras relevantes del trimestre\nVentas netas: $14,450 millones\nUAFIDA: $3,210 millones"],
        "exchange_disclaimer": [
            "La información contenida en este evento relevante es responsabilidad exclusiva de la emisora; la Bolsa no"
            " certifica su veracidad."
        ],
        "pdf_line": ["Descargar evento relevante (PDF)"],
        "met_menu": ["Pronóstico | Avisos | Ciclones tropicales | Radar | Boletines"],
        "warning_badge": ["AVISO DE TORMENTA TROPICAL · Alerta naranja"],
        "valid_line": ["Vigente hasta nuevo aviso"],
        "warn_areas": ["Zonas con aviso\nCosta de Jalisco, Colima y Michoacán\nRachas de 70 a 90 km/h"],
        "map_caption": ["Mapa: trayectoria pronosticada (Fuente: Servicio Meteorológico)"],
        "next_update": ["El próximo aviso se emitirá en tres horas."],
        "site_bar": ["Local | Seguridad | Tribunales | Región | Videos"],
        "roundup_kicker": ["NOTA ROJA · Parte policial"],
        "innocence_note": ["Los detenidos gozan de la presunción de inocencia mientras no se dicte sentencia."],
        "tip_line": ["¿Tienes información? Escríbenos por WhatsApp al 33 0000 0000"],
        "school_bar": ["Nuestro colegio | Niveles | Admisiones | Padres de familia | Galería"],
        "issue_line": ["Circular informativa n.º {n}"],
        "dates_box": ["Próximas fechas\nViernes: reunión de padres de familia\nLunes: inicio de evaluaciones"],
        "parent_note": ["Favor de firmar y devolver el talón a la maestra o maestro de grupo."],
        "school_contact": ["Colegio Santa Rosa – Dirección\nTel. 604 000 0000 · direccion@colegiosantarosa.edu.co"],
        "review_kicker": ["RESEÑA · Libros de la semana"],
        "book_box": ["La otra orilla del río\nAutora: Inés Carrizo · Editorial Sudeste\n{n}8 págs. · $ 18.500"],
        "buy_line": ["Compra este libro en librerías seleccionadas →"],
        "city_bar": ["Alcaldía | Trámites | Secretarías | Transparencia | Atención ciudadana"],
        "statement_kicker": ["COMUNICADO DE PRENSA"],
        "council_contact": ["Línea de atención ciudadana\n01 8000 {n}1 234"],
        "media_enquiries": ["Oficina de Comunicaciones\nprensa@alcaldia.gov.co"],
        "city_footer": ["Políticas de privacidad | Mapa del sitio | Peticiones, quejas y reclamos"],
        "blog_menu": ["Noticias | Reseñas | Lanzamientos | Guías | Videos"],
        "spec_box": [
            "Ficha técnica\nPantalla: 6,7 pulgadas OLED · 120 Hz\nBatería: 5.000 mAh · Precio: desde $ 19.999"
        ],
        "video_line": ["▶ Mira la presentación completa ({n}:30)"],
        "preorder_line": ["Preventa disponible: apártalo hoy en la tienda oficial →"],
    },
    "nl": {
        "months": _names(
            Word, "januari februari maart april mei juni juli augustus september oktober november december"
        ),
        "mon_abbr": _names(Word, "jan feb mrt apr mei jun jul aug sep okt nov dec"),
        "wd_abbr": _names(Word, "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
        "names": [
            "Joris Annelies Wouter Lien Koen Griet Thijs Eline",
            "Peeters Janssens Maes Claes Wouters Goossens Mertens Jacobs",
        ],
        "and": ["en"],
        "cities": ["Gent", "Antwerpen", "Leuven", "Hasselt", "Brugge", "Mechelen"],
        "quote": ["‘{}’", "“{}”"],
        "local_uni": ["{wd} {d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_exchange": ["{dd}/{mm}/{y} {h}u{mi}", "{d} {mon} {y}"],
        "local_storm": ["{wd} {d} {month} {y} om {h}.{mi} uur", "{dd}-{mm}-{y} {hm}"],
        "local_police": ["{d} {month} {y}", "{wd} {d} {month} {y}"],
        "local_school": ["{wd} {d} {month} {y}", "{dd}.{mm}.{y}"],
        "local_book": ["{d} {month} {y} om {h}.{mi} uur", "{dd}/{mm}/{y}"],
        "local_council": ["{d} {month} {y}", "{dd}-{mm}-{y}"],
        "local_launch": ["{d} {mon} {y} {h}u{mi}", "{d} {month} {y}"],
        "glue_police": ["{C} ({d}) – ", "{C}, {d} – "],
        "by": ["Door {a}", "Tekst: {a}", "{a}", "Van onze redactie: {a}"],
        "published": ["Gepubliceerd op {d}", "Uitgegeven: {d}"],
        "social": ["Facebook", "X", "LinkedIn", "WhatsApp", "Mail", "Link kopiëren"],
        "icons": ICONS16,
        "home": ["Home", "Startpagina"],
        "sections": ["Nieuws", "Persberichten", "Pers", "Actueel", "Nieuwsoverzicht"],
        "print": ["Print deze pagina"],
        "email": ["Mail deze pagina"],
        "caption_credit": ["{c} © {n}", "{c} (Beeld: {n})"],
        "read_also": ["Lees ook: {t}", "LEES OOK ▸ {t}"],
        "ad": ["Advertentie", "Reclame"],
        "title_site": ["{t} | {site}", "{t} - {site}"],
        "listen": ["Leestijd: {n} minuten"],
        "app": ["Download de weerapp en ontvang waarschuwingen als pushbericht"],
        "follow": ["Volg ons op X voor het laatste weerbericht"],
        "comments": ["{n} reacties", "Reageer ({n})"],
        "tags": ["Meer over: {t}", "Trefwoorden: {t}"],
        "newsletter": ["Schrijf je in voor de boekennieuwsbrief"],
        "rights": [
            "© {y} {site} – Alle rechten voorbehouden.",
            "Copyright {y} © {site} | Privacyverklaring | Cookiebeleid",
        ],
        "uni_bar": ["Onderwijs | Onderzoek | Over de universiteit | Nieuws | Contact"],
        "release_kicker": ["PERSBERICHT · Onderzoek"],
        "study_box": ["Publicatie\nVerschenen in Nature Climate Change, {y}\nDOI: 10.1038/s41558-0{n}-7"],
        "media_contact": ["Persvragen\nDirectie Communicatie – persdienst\n+32 9 264 00 00"],
        "about_uni": [
            "Over de universiteit: met ruim 50.000 studenten en 15.000 personeelsleden is zij een van de grootste"
            " universiteiten van Vlaanderen."
        ],
        "exchange_bar": ["Genoteerde bedrijven | Koersen | Gereglementeerde informatie | Indexen"],
        "ticker_strip": ["BEL 20 4.312,35 ▲0,41% | AEX 912,18 ▼0,07%"],
        "company_line": ["Gereglementeerde informatie – voorkennis · ISIN BE0974320012"],
        "figures_box": ["Kerncijfers (in miljoen euro)\nOmzet: 1.845\nREBITDA: 310"],
        "exchange_disclaimer": [
            "Dit bericht bevat toekomstgerichte verklaringen die onderhevig zijn aan risico's en onzekerheden; de"
            " werkelijke resultaten kunnen wezenlijk verschillen."
        ],
        "pdf_line": ["Download het volledige persbericht (PDF)"],
        "met_menu": ["Weerbericht | Waarschuwingen | Radar | Klimaat | Onweer"],
        "warning_badge": ["CODE ORANJE · storm"],
        "valid_line": ["Geldig tot morgen 06.00 uur"],
        "warn_areas": ["Waarschuwingsgebied\nkustprovincie en het binnenland\nwindstoten tot 100 km/u"],
        "map_caption": ["Kaart: actieve waarschuwingen per provincie (bron: weerdienst)"],
        "next_update": ["Deze waarschuwing wordt om de drie uur herzien."],
        "site_bar": ["Regio | Politie | Rechtbank | Verkeer | Video"],
        "roundup_kicker": ["POLITIE & JUSTITIE · Van de rechtbank"],
        "innocence_note": ["Voor alle verdachten geldt het vermoeden van onschuld."],
        "tip_line": ["Iets gezien? Tips naar de redactie via 0800 00 000"],
        "school_bar": ["Onze school | Inschrijven | Leerlingen | Ouders | Agenda"],
        "issue_line": ["SCHOOLNIEUWS – editie {n}"],
        "dates_box": ["Agenda\nvrijdag: oudercontact\nvolgende week: sneukelwandeling"],
        "parent_note": ["Gelieve het strookje ondertekend mee te geven met uw kind."],
        "school_contact": ["Sint-Jozefscollege – secretariaat\n011 00 00 00 · info@sintjozef.be"],
        "review_kicker": ["BOEKRECENSIE"],
        "book_box": ["De overkant van de rivier\nAnnelies Moens · Uitgeverij Vlaams Licht\n{n}4 blz. · € 24,99"],
        "buy_line": ["Bestel dit boek bij je lokale boekhandel →"],
        "city_bar": ["Stadsbestuur | Wonen | Mobiliteit | Vrije tijd | Loket"],
        "statement_kicker": ["PERSMEDEDELING"],
        "council_contact": ["Vragen? Bel het stedelijk contactcenter\n09 210 10 10"],
        "media_enquiries": ["Persverantwoordelijke kabinet burgemeester\npers@stad.be"],
        "city_footer": ["Privacy | Toegankelijkheid | Cookie-instellingen | Contact"],
        "blog_menu": ["Nieuws | Reviews | Smartphones | Laptops | Video"],
        "spec_box": ["Specificaties\nScherm: 6,7 inch OLED · 120 Hz\nAccu: 5000 mAh · Prijs: vanaf € 899"],
        "video_line": ["▶ Bekijk de lancering opnieuw ({n}:20)"],
        "preorder_line": ["Nu te pre-orderen met gratis hoesje →"],
    },
    "ro": {
        "months": _names(
            Word, "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie"
        ),
        "mon_abbr": _names(Word, "ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec."),
        "wd_abbr": _names(Word, "luni marți miercuri joi vineri sâmbătă duminică"),
        "names": [
            "Andrei Ioana Mihai Elena Radu Cristina Bogdan Alina",
            "Popescu Ionescu Dumitrescu Stan Constantinescu Georgescu Munteanu Ene",
        ],
        "and": ["și"],
        "cities": ["Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Constanța", "Craiova"],
        "quote": ["„{}”"],
        "local_uni": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
        "local_exchange": ["{dd}.{mm}.{y} {hm}", "{d} {mon} {y}"],
        "local_storm": ["{wd}, {d} {month} {y}, ora {hm}", "{dd}.{mm}.{y}, ora {hm}"],
        "local_police": ["{d} {month} {y}", "{wd}, {d} {month} {y}"],
        "local_school": ["{wd}, {d} {month} {y}", "{dd}.{mm}.{y}"],
        "local_book": ["{d} {month} {y}, {hm}", "{dd}/{mm}/{y}"],
        "local_council": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
        "local_launch": ["{d} {mon} {y}, {hm}", "{d} {month} {y}"],
        "glue_police": ["{C}, {d} – ", "{C} ({d}) – "],
        "by": ["de {a}", "Autor: {a}", "{a}", "Scris de {a}"],
        "published": ["Publicat: {d}", "Data emiterii: {d}"],
        "social": ["Facebook", "WhatsApp", "X", "Messenger", "Copiază linkul"],
        "icons": ICONS16,
        "home": ["Acasă", "Prima pagină"],
        "sections": ["Știri", "Comunicate de presă", "Noutăți", "Presă", "Informații publice"],
        "print": ["Tipărește"],
        "email": ["Trimite prin e-mail"],
        "caption_credit": ["{c} / Foto: {n}", "{c} (Sursa foto: {n})"],
        "read_also": ["Citește și: {t}", "CITEȘTE ȘI ➔ {t}"],
        "ad": ["Publicitate", "PUBLICITATE"],
        "title_site": ["{t} - {site}", "{t} | {site}"],
        "listen": ["Timp de citire: {n} minute"],
        "app": ["Instalează aplicația și primești avertizările direct pe telefon"],
        "follow": ["Urmărește-ne pe Facebook pentru prognoza actualizată"],
        "comments": ["{n} comentarii", "Comentarii ({n}) · Adaugă un comentariu"],
        "tags": ["Etichete: {t}", "Subiecte: {t}"],
        "newsletter": ["Abonează-te la newsletterul săptămânal de carte"],
        "rights": [
            "© {y} {site}. Toate drepturile rezervate.",
            "Copyright © {y} {site} – Reproducerea integrală sau parțială este interzisă.",
        ],
        "uni_bar": ["Universitate | Admitere | Cercetare | Studenți | Contact"],
        "release_kicker": ["COMUNICAT DE PRESĂ · Cercetare"],
        "study_box": ["Referința studiului\nPublicat în Scientific Reports, {y}\nDOI: 10.1038/s41598-0{n}-3"],
        "media_contact": ["Biroul de presă\nDepartamentul de Comunicare\n+40 264 000 000 · presa@universitate.ro"],
        "about_uni": [
            "Despre universitate: înființată în 1919, este cea mai mare universitate din țară, cu peste 45.000 de"
            " studenți."
        ],
        "exchange_bar": ["Emitenți | Rapoarte curente | Piețe | Indici | Reglementări"],
        "ticker_strip": ["BET 17.412,40 ▲0,35% | EUR/RON 4,97 ▼0,01%"],
        "company_line": ["Simbol: TGNX · Raport curent nr. {n}/{y}"],
        "figures_box": ["Indicatori (mil. lei)\nCifra de afaceri: 1.845\nProfit net: 263"],
        "exchange_disclaimer": [
            "Informațiile din acest raport sunt responsabilitatea emitentului; Bursa nu garantează"
            " exactitatea acestora."
        ],
        "pdf_line": ["Descarcă raportul curent (PDF)"],
        "met_menu": ["Prognoze | Avertizări | Radar | Climatologie | Contact"],
        "warning_badge": ["COD PORTOCALIU de vânt puternic"],
        "valid_line": ["Valabil până mâine la ora 10:00"],
        "warn_areas": ["Zone vizate\nregiunile montane și Dobrogea\nrafale de 90–100 km/h"],
        "map_caption": ["Harta: zonele aflate sub avertizare (Sursa: serviciul meteo)"],
        "next_update": ["Următoarea actualizare va fi emisă în trei ore."],
        "site_bar": ["Local | Eveniment | Justiție | Administrație | Video"],
        "roundup_kicker": ["EVENIMENT · Dosarele săptămânii"],
        "innocence_note": ["Toate persoanele menționate beneficiază de prezumția de nevinovăție."],
        "tip_line": ["Ai o informație? Trimite-ne un mesaj la 0740 000 000"],
        "school_bar": ["Școala | Elevi | Părinți | Proiecte | Contact"],
        "issue_line": ["Revista școlii · Nr. {n}"],
        "dates_box": ["Calendar\nvineri: ședința cu părinții\nluni: începe săptămâna „Școala altfel”"],
        "parent_note": ["Vă rugăm să semnați talonul și să-l trimiteți dirigintelui până vineri."],
        "school_contact": ["Școala Gimnazială nr. {n}\nTel. 0232 000 000 · secretariat@scoala.ro"],
        "review_kicker": ["CRONICĂ DE CARTE"],
        "book_box": ["Celălalt mal al râului\nde Irina Vlad · Editura Lumina\n{n}6 p. · 49 lei"],
        "buy_line": ["Cumpără cartea de la librăriile partenere →"],
        "city_bar": ["Primăria | Servicii online | Taxe și impozite | Consiliul Local | Transparență"],
        "statement_kicker": ["COMUNICAT DE PRESĂ · Primăria"],
        "council_contact": ["Dispecerat non-stop\n0800 {n}0 000 (apel gratuit)"],
        "media_enquiries": ["Biroul de presă al Primăriei\npresa@primarie.ro"],
        "city_footer": ["Politica de confidențialitate | Harta site | Declarație de accesibilitate"],
        "blog_menu": ["Știri | Review-uri | Lansări | Ghiduri | Video"],
        "spec_box": ["Specificații\nEcran: 6,7 inch OLED · 120 Hz\nBaterie: 5.000 mAh · Preț: de la 4.499 lei"],
        "video_line": ["▶ Urmărește lansarea ({n}:45)"],
        "preorder_line": ["Precomandă acum și primești husa cadou →"],
    },
    "en": {
        "months": _names(_En, "January February March April May June July August September October November December"),
        "mon_abbr": _names(_En, "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
        "wd_abbr": _names(_En, "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
        "names": [
            "Rahul Priya Arjun Ananya Vikram Sneha Karthik Neha",
            "Sharma Iyer Reddy Chatterjee Nair Deshpande Gupta Menon",
        ],
        "and": ["and"],
        "cities": ["New Delhi", "Mumbai", "Chennai", "Bengaluru", "Kolkata", "Hyderabad"],
        "quote": ["“{}”", '"{}"'],
        "local_uni": ["{month} {d}, {y}", "{dd}-{mm}-{y}"],
        "local_exchange": ["{dd}/{mm}/{y} {hm} IST", "{d} {mon} {y}"],
        "local_storm": ["{d} {month} {y}, {h}{mi} hrs IST", "{dd}.{mm}.{y} {hm} IST"],
        "local_police": ["{mon} {d}, {y}", "{d} {month} {y}"],
        "local_school": ["{wd}, {d} {month} {y}", "{dd}/{mm}/{y}"],
        "local_book": ["Updated: {mon} {d}, {y} {h12}:{mi} {month:<{h}>} IST", "{month} {d}, {y}"],
        "local_council": ["{d} {month} {y}", "{dd}.{mm}.{y}"],
        "local_launch": ["{mon} {d}, {y} {hm} IST", "{d} {mon} {y}"],
        "glue_police": ["{C}, {d}: ", "{C} ({d}): "],
        "by": ["{a}", "By {a}", "Written by {a}", "{a} | {site} News Service"],
        "published": ["Published on: {d}", "Issued on {d}"],
        "social": ["WhatsApp", "Facebook", "X", "LinkedIn", "Telegram", "Email"],
        "icons": ICONS16,
        "home": ["Home"],
        "sections": ["News", "Press Releases", "Media Centre", "Announcements", "Updates"],
        "print": ["Print this page"],
        "email": ["Email this page"],
        "caption_credit": ["{c} (Photo: {n})", "{c} | Photo credit: {n}"],
        "read_also": ["Also Read | {t}", "ALSO READ: {t}"],
        "ad": ["Advertisement", "Story continues below this ad"],
        "title_site": ["{t} | {site}", "{t} - {site}"],
        "listen": ["{n} min read"],
        "app": ["Download our app for district-wise nowcast alerts"],
        "follow": ["Follow us on X and Facebook for the latest bulletins"],
        "comments": ["{n} Comments", "Comments ({n}) | Post a comment"],
        "tags": ["Tags: {t}", "Topics: {t}"],
        "newsletter": ["Sign up for our weekly books newsletter"],
        "rights": [
            "© {y} {site}. All rights reserved.",
            "Copyright © {y} {site} Pvt. Ltd. | Terms of Use | Grievance Redressal",
        ],
        "uni_bar": ["About the Institute | Academics | Research | Placements | Media"],
        "release_kicker": ["PRESS RELEASE · Research"],
        "study_box": ["Study details\nPublished in: Current Science, Vol. {n}\nDOI: 10.18520/cs/v12{n}/i5"],
        "media_contact": ["Media contact\nPublic Relations Office\n+91 22 2576 0000 · pro@institute.ac.in"],
        "about_uni": [
            "About the Institute: Established in 1958, the Institute has over 12,000 students across 17 departments"
            " and is ranked among the country's top engineering schools."
        ],
        "exchange_bar": ["Corporate Announcements | Equity | Derivatives | Indices | Investor Services"],
        "ticker_strip": ["SENSEX 81,412.45 ▲0.52% | NIFTY 50 24,703.10 ▼0.11%"],
        "company_line": ["Scrip Code: 543412 | Symbol: VARDHINFRA | Category: Board Meeting Outcome"],
        "figures_box": ["Key figures (₹ crore)\nRevenue from operations: 1,845\nNet profit: 268.6 (up 14% YoY)"],
        "exchange_disclaimer": [
            "The Exchange does not take any responsibility for the accuracy of the information disclosed by"
            " the company."
        ],
        "pdf_line": ["Download attachment (PDF, {n}24 KB)"],
        "met_menu": ["Forecast | Nowcast | Cyclone | Warnings | Satellite"],
        "warning_badge": ["ORANGE ALERT: Severe Cyclonic Storm"],
        "valid_line": ["Valid till 0830 hrs IST tomorrow"],
        "warn_areas": [
            "Districts under warning\nGanjam, Puri, Khordha and Jagatsinghpur\n"
            "Gale winds of 90–100 kmph gusting to 110 kmph"
        ],
        "map_caption": ["Map: forecast track and intensity (Source: Regional Meteorological Centre)"],
        "next_update": ["Next bulletin will be issued at 1730 hrs IST."],
        "site_bar": ["City | Crime | Courts | Civic | Videos"],
        "roundup_kicker": ["CRIME FILE · Court and police"],
        "innocence_note": ["All accused are presumed innocent until proven guilty by a court of law."],
        "tip_line": ["Have a news tip? WhatsApp us at +91 98000 00000"],
        "school_bar": ["About Us | Admissions | Academics | Mandatory Disclosure | Gallery"],
        "issue_line": ["School Newsletter · Vol. {n}"],
        "dates_box": ["Upcoming events\nFriday: Parent-Teacher Meeting\nNext week: Annual Sports Day"],
        "parent_note": ["Parents are requested to sign the diary and return the consent slip by Friday."],
        "school_contact": ["Principal's Office\nPh: 0484 000 0000 · office@school.edu.in"],
        "review_kicker": ["BOOK REVIEW"],
        "book_box": ["The Far Bank of the River\nBy Meera Kulkarni · Riverline Books\n312 pages · ₹599"],
        "buy_line": ["Buy on Amazon India | Flipkart (affiliate links)"],
        "city_bar": ["Municipal Corporation | Property Tax | Citizen Services | RTI | Tenders"],
        "statement_kicker": ["PRESS NOTE"],
        "council_contact": ["Citizens' helpline\nToll-free 1800 {n}0 1234"],
        "media_enquiries": ["For media queries: Public Relations Officer\npro@corporation.gov.in"],
        "city_footer": ["Website Policies | Hyperlinking Policy | Accessibility Statement | Help"],
        "blog_menu": ["News | Reviews | Launches | How To | Videos"],
        "spec_box": [
            "Key specifications\nDisplay: 6.7-inch AMOLED · 120Hz\nBattery: 5,000mAh · Price: starts at ₹24,999"
        ],
        "video_line": ["▶ Watch the launch event ({n}:15)"],
        "preorder_line": ["Pre-bookings open now with ₹2,000 bank offer →"],
    },
}

STYLES: list[dict[str, object]] = [
    {
        "name": "uni_release",  # university press office: site bar, crumbs, kicker, byline and date on one line
        "header": ["uni_bar", "breadcrumb", "release_kicker", "title", "byline_date"],
        "body_inserts": ["caption_credit", "subheading", "quote", "study_box"],
        "footer": ["media_contact", "about_uni", "share_row", "rights"],
        "date_formats": ["local_uni"],
        "blank": True,
        "crumb_sep": " › ",
        "bd_sep": [" | ", " · "],
        "share_sep": " | ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "exchange_notice",  # stock-exchange company announcement, no blank lines, no byline: ticker, code line
        "header": ["exchange_bar", "ticker_strip", "company_line", "title", "published"],
        "body_inserts": ["figures_box", "list", "subheading"],
        "footer": ["exchange_disclaimer", "pdf_line", "rights"],
        "date_formats": ["local_exchange"],
        "blank": False,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "storm_warning",  # weather service's storm warning, no byline: badge, "issued" and "valid until" lines
        "header": ["met_menu", "warning_badge", "title", "published", "valid_line"],
        "body_inserts": ["warn_areas", "list", "map_caption", "subheading"],
        "footer": ["next_update", "app", "follow", "rights"],
        "date_formats": ["local_storm"],
        "blank": True,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "police_roundup",  # local court and police roundup: byline under the headline, city and date glued
        "header": ["site_bar", "roundup_kicker", "title", "byline", "date_glued"],
        "body_inserts": ["subheading", "read_also", "ad"],
        "footer": ["innocence_note", "tip_line", "comments", "tags", "share_names"],
        "date_formats": ["local_police"],
        "glue": "glue_police",
        "blank": True,
        "crumb_sep": " › ",
        "share_sep": " · ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "school_news",  # school newsletter, no blank lines: issue line, byline over the date, dates box
        "header": ["school_bar", "issue_line", "title", "byline", "date"],
        "body_inserts": ["dates_box", "caption_credit", "subheading", "list"],
        "footer": ["parent_note", "school_contact", "rights"],
        "date_formats": ["local_school"],
        "blank": False,
        "crumb_sep": " › ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "book_review",  # literary weekly: page title with the site, headline again, book box, byline and date
        "header": ["title_site", "review_kicker", "title_dup", "book_box", "byline_date"],
        "body_inserts": ["quote", "subheading", "caption_credit"],
        "footer": ["buy_line", "tags", "newsletter", "rights"],
        "date_formats": ["local_book"],
        "blank": True,
        "crumb_sep": " › ",
        "bd_sep": [" / ", " — "],
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "council_statement",  # city council press statement, no byline: the date over the headline
        "header": ["city_bar", "breadcrumb", "statement_kicker", "date", "title"],
        "body_inserts": ["list", "subheading", "council_contact", "quote"],
        "footer": ["media_enquiries", "print_email", "city_footer"],
        "date_formats": ["local_council"],
        "blank": True,
        "crumb_sep": " / ",
        "by_join": "and",
        "say": SAY,
    },
    {
        "name": "launch_blog",  # tech product launch blog: byline and date over the headline, reading time, spec box
        "header": ["blog_menu", "byline_date", "title", "listen"],
        "body_inserts": ["spec_box", "caption_credit", "video_line", "subheading"],
        "footer": ["preorder_line", "comments", "share_icons", "rights"],
        "date_formats": ["local_launch"],
        "blank": True,
        "crumb_sep": " › ",
        "bd_sep": [" · ", " — "],
        "share_sep": " ",
        "by_join": "and",
        "say": SAY,
    },
]
