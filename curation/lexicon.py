"""Boilerplate vocabulary, per reason code. Adding a site's or a language's phrases is a local edit here.

Each entry is a regular expression matched (case-insensitively) against a whole, stripped line.
"""

from __future__ import annotations

import re

from curation.gate import GatedVerdict

# Characters that match a lowercase letter case-insensitively besides its plain upper case ("İ" for "i", the Kelvin
# sign for "k", long s for "s").
_CASE_EXTRAS = "İıſ\u212aÅ"


def _top_level(alternatives: str) -> list[str]:
    """The top-level branches of a regex alternation (bars inside groups and classes do not split)."""
    branches, current, depth, in_class, escaped = [], [], 0, False, False
    for char in alternatives:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            branches.append("".join(current))
            current = []
            continue
        current.append(char)
    branches.append("".join(current))
    return branches


def by_first_letter(alternatives: str) -> str:
    """The same alternation with its branches grouped by first letter, each group behind a case-sensitive class of
    that letter's cases: Python's regex engine skips a branch that opens with a plain class at once, but tries every
    case-insensitive literal branch at every position, so a scan for one of a hundred phrases costs a hundred tries
    per position without this, a few with it."""
    groups: dict[str, list[str]] = {}
    others = []
    for branch in _top_level(alternatives):
        first, second = branch[:1], branch[1:2]
        if first.isalpha() and second not in ("?", "*", "+", "{"):
            groups.setdefault(first.lower(), []).append(branch[1:])
        else:
            others.append(branch)
    parts = []
    for letter, tails in groups.items():
        cases = {c for c in (letter, letter.upper(), *_CASE_EXTRAS) if len(c) == 1 and re.fullmatch(letter, c, re.I)}
        parts.append(f"(?-i:[{''.join(sorted(cases))}])(?:{'|'.join(tails)})")
    return "|".join(parts + others)


def guarded(alternatives: str) -> str:
    """`by_first_letter`, behind one class of all the first letters: a scan for the alternation then costs one test
    at most positions, instead of one per letter group."""
    firsts = set()
    for branch in _top_level(alternatives):
        first, second = branch[:1], branch[1:2]
        if not first.isalpha() or second in ("?", "*", "+", "{"):
            return by_first_letter(alternatives)
        firsts |= {c for c in (first, first.upper(), first.lower(), *_CASE_EXTRAS) if re.fullmatch(first, c, re.I)}
    return f"(?=(?-i:[{''.join(sorted(firsts))}]))(?:{by_first_letter(alternatives)})"


SOCIAL = (
    r"facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|vk|vkontakte|ok|odnoklassniki|"
    r"instagram|youtube|tiktok|viber|messenger|email|e-mail|mail|print|copy link|flipboard|tumblr|"
    r"threads|bluesky|mastodon|line|wechat|weibo|xing|pocket|sms|rss|share|tweet|nsosyal|kwai|wykop|дзен|"
    r"вконтакте|одноклассники|kopírovat odkaz|kopírovať odkaz|kopioi linkki|kopiér link|kopier lenke|kopier lenken|"
    r"copiază linkul|link másolása|αντιγραφή συνδέσμου|копирай линка|kopiraj poveznicu|kopiraj link|kopiraj povezavo|"
    r"копирај линк|kopijuoti nuorodą|kopēt saiti|kopeeri link|afrita hlekk|copia l'enllaç|kopjo lidhjen|salin tautan|"
    r"sao chép liên kết|فيسبوك|تويتر|واتساب|تيليجرام|تلغرام"
)

# Networks a site asks to be followed on, and the words of that request ("us", "our", "channel").
NETWORKS = (
    r"whatsapp|telegram|threads|viber|instagram|facebook|twitter|tiktok|youtube|linkedin|google news|"
    r"google haberler|вконтакте|vkontakte|bluesky|mastodon|signal|дзен\w*|дзені"
)
FOLLOW_US = (
    r"us|our|uns|unserem|unseren|unserer|unsere|unser|nous|notre|nos|nuestro|nuestra|nuestros|nosso|nossa|nostro|nostra|"
    r"ons|onze|oss|vår|vårt|nas|naszego|naszym|naszej|нас|наш\w*|bizi|kanal\w*|channel|canal|chaîne|kanaal|"
    r"канал\w*|редакци\w*|редакці\w*|redaktion\w*|rédaction|redacción|redazione|redação|redactie|redakcj\w*|"
    r"redaksiyon\w*|vores|náš\w*|naš\w*|noastr\w*|minket|oldalunk\w*|meitä|meidän|μας|mūsų|mūsu|mums|meie|meid|"
    r"okkar|okkur|nostre|kami|chúng tôi"
)
SHARE_VERB = (
    r"share|teilen|partager|partagez|compartir|comparte|compartilh\w*|partilh\w*|condividi|поделиться|"
    r"поділитися|paylaş\w*|udostępnij|podziel się|deel|delen|dela|"
    r"sdílet|sdílejte|sdílení|zdieľať|zdieľajte|zdieľanie|distribuie|partajează|megosztás\w*|ossza meg|oszd meg|jaa|"
    r"del (?:via|på|med|artiklen|artikkelen|denne|dette)|κοινοποίησ\w*|κοινοποιήστε|μοιραστείτε|μοιράσου|споделете|"
    r"сподели|споделяне|podijeli|podijelite|podeli|podelite|delite|подели|поделите|dalintis|pasidalinkite|"
    r"pasidalink|dalīties|jagage|deila|deildu|comparteix|shpërndaj|shpërndaje|shpërndani|bagikan|chia sẻ|"
    r"شارك|مشاركة|แชร์|שתפו|שתף"
)
EMAIL_WORD = (
    r"e-?mail\w*|mail|почт\w*|пошт\w*|e-posta\w*|correo|e-post|courriel|e-?pošt\w*|sähköposti\w*|e-?pasta|"
    r"el\. paštu|tölvupóst\w*|correu electrònic|e-?поща|имейл|surel|thư điện tử"
)
SEND_VERB = (
    r"send|senden|versenden|envoyer|enviar|invia|inviare|отправить|надіслати|gönder|wyślij|prześlij|verstuur|stuur|"
    r"skicka|mail|odeslat|poslat|pošlete|poslať|pošlite|trimite|trimiteți|küldje|küldés|lähetä|στείλτε|изпратете|"
    r"pošalji|pošaljite|pošlji|pošljite|пошаљи|пошаљите|испрати|nusiųskite|siųsti|nosūtīt|sūtīt|saada|senda|"
    r"dërgo|kirim|gửi|αποστολή|odeslání|odoslanie|odoslať|trimitere|küldés|lähetys|изпращане|slanje|pošiljanje|"
    r"siuntimas|saatmine|enviament|enviar|dërgim"
)
FORWARD_VERB = (
    r"forward|pass|weitergeben|transmettre|doorgeven|recommend|empfehlen|weiterempfehlen|weiterleiten|recommander|"
    r"faire suivre|transférer|recomendar|"
    r"reenviar|segnala|consiglia|inoltra|encaminhar|reencaminhar|переслать|порекомендовать|переслати|"
    r"порекомендувати|надіслати|ilet|poleć|przekaż|doorsturen|aanbevelen|tipsa|rekommendera|vidarebefordra"
)
FRIEND_WORD = (
    r"friends?|freund\w*|amie?s?|amig[oa]s?|vriend\w*|vän\w*|znajom\w*|друг\w*|arkadaş\w*|prieten\w*|přátel\w*|"
    r"priatel\w*|barát\w*|ismerős\w*|ystäv\w*|venn\w*|φίλ\w*|приятел\w*|prijatelj\w*|пријатељ\w*|draug\w*|"
    r"sõpr\w*|vin\w*|amic\w*|shok\w*|teman|bạn bè"
)
ARTICLE_WORD = (
    r"article|story|artikel\w*|beitrag|artículo|noticia|articolo|artigo|notícia|artykuł\w*|статью|статтю|"
    r"новость|новину|haber\w*|bericht|материал|матеріал|materiał|notizia|köşe yazı\w*|makale\w*|článek|článok|"
    r"článku|articol\w*|cikk\w*|artikkel\w*|άρθρο|статия\w*|članak|članek|straipsn\w*|rakst\w*|artikli\w*|grein\w*|"
    r"artikull\w*|bài viết|المقال|مقال|الخبر|مقاله|مضمون|הכתבה|כתבה|המאמר"
)
# A letter with the marks its script writes on it: Python's \w counts no combining mark, so an Indic, Thai or
# Myanmar word ("ਫੋਟੋ", photo; "रिपोर्ट", report) would break at each vowel sign
# (one class, so that a letter matches one way: an alternation of two classes that both hold it backtracks
# exponentially over a long line)
LETTER = r"(?:(?![\d_])[\w\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff])"
LABEL_WORD = rf"(?:{LETTER}|['’-])+"  # a teaser label's word: letters, no digits
SMALL_WORD = rf"(?-i:(?![A-ZÀ-ÞА-ЯЁ]){LABEL_WORD}|[A-ZÀ-ÞА-ЯЁ]+(?![^\W\d_]))"  # no capital first, or all capitals
READ_WORD = (  # "read / see / more / also" in teaser labels such as "READ MORE: <headline>"
    r"read|lies|lesen|lire|leer|lea|leia|leggi|читайте|читай|czytaj|oku|okuyun|läs|lees|see|voir|veja|vedi|"
    r"zobacz|смотрите|дивіться|more|mehr|plus|más|mais|più|больше|більше|więcej|meer|mer|daha|also|auch|"
    r"aussi|también|também|anche|также|też|także|ook|också|ayrıca|related|теме|темою|тему|"
    # the reading and seeing verbs of teaser labels in more languages ("Přečtěte si také", "Lue myös", "Baca juga")
    r"čtěte|přečtěte|přečti|čítajte|prečítajte|prečítaj|citește|citeşte|citeste|citiți|citiţi|vezi|olvassa|olvasd|"
    r"lásd|lue|katso|læs|les også|les mer|διαβ[άα]στε|διάβασε|δε[ίι]τε|прочетете|прочети|вижте|pročitajte|"
    r"procitajte|pročitaj|pogledajte|preberite|preberi|poglejte|прочитајте|прочитај|погледајте|skaitykite|"
    r"žiūrėkite|lasiet|lasi arī|skatiet|loe|vaata|lestu|llegiu|llegeix|vegeu|lexo|lexoni|shiko|baca|lihat|đọc|xem"
)
INTEREST_WORD = (
    r"interest\w*|interess\w*[-\w]*|interes[ae]|interesarte|zainteresować|заинтересовать|интересно|зацікавити|"
    r"цікаво|ilginizi çekebilir|intressera|intressant|passend dazu|göz atın|warto przeczytać|"
    r"érdekel\w*|zajím\w*|zaujím\w*|zaujme|kiinnosta\w*|ενδιαφ[έε]ρ\w*|интересува\w*|zanima\w*|занима\w*|"
    r"интересира\w*|įdom\w*|interesē\w*|huvita\w*|áhuga\w*|interesoj\w*|quan tâm|"
    r"(?:même|mismo|mesmo|stesso|same|selben|zelfde|samma|tym samym|той же|тій же)\s+(?:sujet|tema|argomento|"
    r"topic|subject|thema|onderwerp|ämne|temacie|теме|темі|konu)"
)
RELATED_WORD = (
    r"related|relacionad[oa]s?|correlat[oi]|похожие|схожі|gerelateerde|relaterade|powiązane|"
    r"ilgili haber\w*|benzer haber\w*|relaterat|relaterad\w*|correlat[oi]|"
    r"ähnliche|verwandte|connexes|similaires|similares|simili|"
    # "related articles" in more languages, always with the noun ("Σχετικά με …" alone is "About …")
    r"související (?:články|zprávy)|súvisiace (?:články|správy)|articole (?:legate|similare|asemănătoare)|"
    r"kapcsolódó (?:cikkek|hírek)|aiheeseen liittyv\w*|liittyvät (?:artikkelit|uutiset)|relaterede artikler|"
    r"σχετικ[άα] [άα]ρθρα|σχετικ[έε]ς ειδήσεις|свързани (?:статии|новини)|"
    r"povezan[eia] (?:vijesti|članci|članki|novice)|"
    r"сродне вести|повезане вести|поврзани (?:вести|статии)|susiję straipsniai|saistītie raksti|seotud artiklid|"
    r"relaterte artikler|tengdar fréttir|articles relacionats|notícies relacionades|artikuj të ngjashëm|"
    r"lajme të ngjashme|berita terkait|artikel terkait|tin liên quan|bài viết liên quan"
)

# A request to receive news: the verb, then a news, time or mailbox word somewhere after it.
RECEIVE_VERB = (
    r"get|receive|erhalten|bekommen|recevez|recevoir|recibe|recibir|reciba|ricevi|ricevere|receba|receber|"
    r"ontvang|otrzymuj|otrzymaj|få|получайте|получать|отримуйте|отримувати|alın|gelsin|dostávejte|dostávajte|"
    r"získejte|získajte|primește|primeşte|primiți|primiţi|primești|kapja|kapjon|kapd|vastaanota|modtag|λάβετε|"
    r"λαμβάνετε|получавайте|получете|primajte|prejemajte|prejmite|примајте|добивајте|gaukite|saņemiet|saage|fáðu|"
    r"rebeu|merrni|dapatkan|nhận"
)
NEWS_WORD = (
    r"news|briefing|inbox|nachrichten|postfach|actu\w*|noticias|notizie|notícias|nieuws|wiadomości|nyheter|"
    r"mejl\w*|новост\w*|почт\w*|новин\w*|пошт\w*|haber\w*|e-?posta\w*|zprávy|správy|știri\w*|ştiri\w*|hír\w*|"
    r"uutise\w*|uutiset|nyheder|ειδήσεις|vijesti|novice|вести|naujienos|ziņas|uudised|fréttir|notícies|lajme|berita|"
    r"tin tức|revista presei|presei|hírlevel\w*|uutiskirje\w*|nyhedsbrev\w*|бюлетин\w*|bilten\w*|novičnik\w*|"
    r"naujienlaišk\w*|uudiskir\w*|fréttabréf\w*|butlletí|buletin\w*|bản tin"
)
# An advertisement (or the video player) that the article continues after.
AD_WORD = (
    r"advertisement|advert|ad|ads|anzeige|werbung|annonce|publicité|publicidad|publicidade|pubblicità|"
    r"advertentie|reklam\w*|реклам\w*|annons\w*|anúncio|anuncio|video|wideo|видео|відео|materiałem wideo|"
    r"annonc\w*|annonse\w*|mainos\w*|mainok\w*|mainon\w*|hirdetés\w*|reclam\w*|publicitat\w*|διαφήμισ\w*|διαφημ\w*|oglas\w*|оглас\w*|"
    r"reklāma\w*|reklaam\w*|auglýsing\w*|iklan\w*|quảng cáo"
)
CONTINUES = (
    r"continues?|continua|continúa|sigue|segue|weiter\w*|suite|verder|devam|продолжение|продовження|"
    r"fortsätter|dalsza|fortgesetzt|fortsetzung|below|unten|unterhalb|ниже|нижче|poniżej|prosegue|prosigue|"
    r"продолж\w*|продовж\w*|gaat verder|devam ediyor|"
    r"pokračován\w*|pokračuje|pokračovanie|fortsætter|fortsetter|συνεχίζεται|jatkuu|folytatódik|folytatás\w*|"
    r"continuă|продължава|продолжува|nastavlja|nadaljuje|наставља|tęsiasi|turpinās|jätkub|heldur áfram|vazhdon|"
    r"berlanjut|tiếp tục"
)
TAG_WORD = (
    r"tags?|topics?|keywords|schlagw\w+|stichw\w+|themen|mots-clés|étiquettes|etiquetas|palavras-chave|"
    r"теги|метки|мітки|etiketler|tagi|trefwoorden|taggar|nyckelord|"
    r"štítk\w*|tagy|etichet\w*|címkék|kulcsszavak|avainsana\w*|tunniste\w*|nøgleord|emneord|ετικέτ\w*|етикет\w*|"
    r"oznake|značke|ознаке|ознаки|žymės|raktažodžiai|birkas|atslēgvārdi|sildid|märksõnad|stikkord|emneknagger|"
    r"efnisorð|etiquetes|etiketa|fjalë kyçe|kata kunci|từ khóa"
)
# Counted things under a headline or a teaser: "12 comments", "1.2K shares", "5 min read".
COUNTED = (
    r"views?|shares?|likes?|reads?|reactions?|aufrufe|vues|partages|visitas|visualizaciones|visualizzazioni|"
    r"réactions?|reacciones|reazioni|reações|"
    r"condivisioni|visualizações|partilhas|просмотр\w*|перегляд\w*|görüntülenme|okunma|paylaşım|weergaven|"
    r"wyświetle\w*|udostępnie\w*|visningar|delningar|responses|antworten|réponses|respuestas|risposte|respostas|"
    r"ответ\w*|відповід\w*|yanıt\w*|odpowiedzi|svar|opinions?|opinie|opinioni|opiniones|opiniões|meningar|"
    r"мнени\w*|думк\w*|görüş\w*|zobrazení|přečtení|sdílení|zhliadnut\w*|vizualizări|afișări|megtekintés\w*|"
    r"katselukerta\w*|visninger|delinger|προβολές|αναγνώσεις|κοινοποιήσεις|преглеждания|прегледи|споделяния|"
    r"pregled\w*|ogled\w*|прегледа|peržiūr\w*|skatījum\w*|vaatamis\w*|lestrar|flettingar|visualitzacions|shikime|"
    r"dilihat|lượt xem|lượt chia sẻ"
)
READER_WORD = (
    r"readers|reader|lesern|leser|lecteurs|lectores|lettori|leitores|lezers|läsare|czytelników|читателей|читачів|"
    r"okuyucu\w*|okur\w*|čtenářů|čitateľov|cititori\w*|olvasó\w*|lukijo\w*|læsere|αναγνωστών|читатели|"
    r"čitatelj\w*|bralc\w*|читалац\w*|skaitytoj\w*|lasītāj\w*|lugeja\w*|lesere|lesendur|lectors|lexues|pembaca|"
    r"độc giả"
)
# Subscription words, and what a paywall offers: "This article is for subscribers only", "abone olun – ilk ay ücretsiz".
SUBSCRIBE_WORD = (
    r"subscri\w*|abonn\w*|abonent\w*|suscri\w*|assin\w*|abbona\w*|подпис\w*|передплат\w*|abone\w*|"
    r"prenumer\w*|abonament\w*|subskryp\w*|subskryb\w*|předplat\w*|predplat\w*|pretplat\w*|előfiz\w*|tilaaj\w*|"
    r"abonnement\w*|συνδρομ\w*|абонамент\w*|naročni\w*|претплат\w*|prenumerat\w*|tellija\w*|tellimus\w*|"
    r"áskrif\w*|subscriptor\w*|abonim\w*|berlangganan|langganan|thuê bao"
)
PAYWALL_ONLY = (
    r"exclusive?\w*|exclusiv\w*|esclusiv\w*|only|nur|seulement|réservé\w*|riservat\w*|reservad\w*|reserviert\w*|solo|sólo|apenas|somente|alleen|"
    r"endast|tylko|только|лише|тільки|sadece|özel|pouze|jen|iba|len|doar|numai|csak|vain|kun|μόνο|само|samo|tik|"
    r"tikai|ainult|aðeins|només|vetëm|hanya|chỉ|exkluzív\w*|ekskluziv\w*|ekskluzīv\w*|eksklusi\w*|αποκλειστικ\w*"
)
CONTINUE_READING = (
    r"continue reading|keep reading|weiterlesen|lire la suite|continuer à lire|seguir leyendo|continuar leyendo|"
    r"continuar lendo|continuar a ler|continua a leggere|continuare a leggere|verder lezen|"
    r"verder te lezen|läsa vidare|fortsätta läsa|"
    r"czytać dalej|czytaj dalej|читать дальше|читати далі|okumaya devam|číst dál|pokračovat ve čtení|čítať ďalej|"
    r"pokračovať v čítaní|citește mai departe|continuă lectura|continuă să citești|olvasson tovább|tovább olvasom|"
    r"olvasd tovább|jatka lukemista|læs videre|les videre|συνέχεια ανάγνωσης|συνεχίστε την ανάγνωση|"
    r"продължете да четете|nastavi čitati|nastavite čitati|nadaljuj z branjem|наставите са читањем|"
    r"продолжи со читање|skaityti toliau|skaitykite toliau|lasīt tālāk|turpināt lasīt|loe edasi|jätka lugemist|"
    r"lesa áfram|continua llegint|vazhdo leximin|lanjut membaca|lanjutkan membaca|đọc tiếp"
)
# An app to get the news in: "Alla nyheter i mobilen med vår app".
APP_WORD = (
    r"app|apps|application|aplicação|aplicativo|aplicación|applicazione|applicatie|aplikacj\w*|приложени\w*|"
    r"застосун\w*|додат\w*|uygulama\w*|appen|appli|"
    r"aplikac\w*|aplikác\w*|mobilalkalmazás\w*|mobilapp\w*|aplicați\w*|aplicaţi\w*|alkalmazás\w*|appunk\w*|sovellu\w*|εφαρμογ\w*|aplikacij\w*|"
    r"апликациј\w*|апликаци\w*|programėl\w*|lietotn\w*|rakendus\w*|appi\w*|forrit\w*|aplicació\w*|aplikacion\w*|"
    r"aplikasi|ứng dụng"
)
MINUTES = (
    r"min\.?|mins?|minutes?|minuten?|minutos?|minuti|мин\.?|минут\w*|хв\.?|хвилин\w*|dk\.?|dakika|minuter|minut\w*|"
    r"minuut\w*|minuč\w*|minūt\w*|mínút\w*|perc|λεπτά|λεπτό|λεπ\.?|menit|minit|phút|मिनट|دقيقة|دقائق|دقیقه|منٹ|דקות|דקה"
)
# "about" before a figure: "Lesedauer ca. 5 Min.", "Temps de lecture : environ 4 minutes"
ABOUT = r"ca\.|circa|approx\.|about|around|environ|etwa|rund|aprox\.|aproximadamente|около|примерно|~"
READING = (
    r"read|reading time|lesezeit|lesedauer|de lecture|temps de lecture|durée de lecture|duración de lectura|"
    r"duração de leitura|durata di lettura|leesduur|de lectura|tiempo de lectura|di lettura|"
    r"tempo di lettura|de leitura|tempo de leitura|чтения|время чтения|читання|час читання|okuma|okuma süresi|"
    r"läsning|lästid|leestijd|czytania|czas czytania|"
    r"doba čtení|čas čtení|čtení|doba čítania|čas čítania|čítania|timp de citire|timp de lectură|lectură|citire|"
    r"olvasási idő|olvasás|lukuaika|lukuaikaa|læsetid|lesetid|χρόνος ανάγνωσης|ανάγνωσης|ανάγνωση|"
    r"време за четене|четене|vrijeme čitanja|vreme čitanja|čitanja|čas branja|branja|време читања|време за читање|"
    r"читања|читање|skaitymo laikas|skaitymo|lasīšanas laiks|lasīšanai|lugemisaeg|lugemist|lestrartími|lestur|"
    r"temps de lectura|koha e leximit|leximi|waktu baca|waktu membaca|baca|thời gian đọc|đọc"
)
# A live coverage badge at the top of a page: "LIVE: latest updates", "Liveticker – …", "EN DIRECT : …".
LIVE_WORD = (
    r"live|live ?blog|direktrapport|liverapport|livesändning|live ?ticker|"
    r"liveticker|livestream|en direct|direct|en directo|directo|en vivo|ao vivo|"
    r"em direto|direto|in diretta|diretta|canlı|canlı yayın|canlı blog|na żywo|relacja na żywo|"
    r"онлайн|прямой эфир|прямая трансляция|пряма трансляція|наживо|rechtstreeks|direktsänt|direkt|"
    r"živě|naživo|živé vysielanie|în direct|élő|élőben|suorana|suora lähetys|direkte|ζωντανά|на живо|uživo|v živo|"
    r"уживо|во живо|tiesiogiai|tiešraide|otse|otseülekanne|beint|en directe|drejtpërdrejt|langsung|trực tiếp|"
    # "real time": a live page's badge too
    r"tempo real|em tempo real|en tiempo real|tiempo real|in tempo reale|en temps réel|in real time|in echtzeit|"
    r"w czasie rzeczywistym|в реальном времени|у реальному часі|gerçek zamanlı"
)
# Relative times ("3 hours ago", "vor 2 Stunden"): a word before or after a count of time units.
# Before: also Czech, Slovak, Slovenian, Croatian/Bosnian/Serbian, Macedonian, Bulgarian, Romanian, Greek, Lithuanian,
# Latvian, Catalan; Danish/Norwegian "for … siden" only with the word after ("Closed for 3 weeks" stays).
AGO_BEFORE = (
    r"vor|il y a|hace|há|för|sedan|about|před|pred|prije|pre|пре|пред|преди|acum|πριν από|πριν|prieš|pirms|"
    r"fyrir|منذ|לפני"  # Icelandic, Arabic, Hebrew
)
AGO_AFTER = (
    r"ago|назад|тому|önce|fa|geleden|temu|sedan|atrás|siden|sitten|tagasi|síðan|yang lalu|lalu|trước|"
    r"پیش|पहले|আগে|전|өмнө"  # Persian, Hindi, Bengali, Korean, Mongolian
)
# Hungarian says "ago" with the unit itself: "23 órája", "5 perce", "2 napja".
AGO_UNIT = r"másodperce|perce|órája|napja|hete|hónapja|éve"

# Loading words, and the players that load ("Please wait while the page loads…").
LOADING_WORD = (
    r"load\w*|lädt|geladen|laden|chargement|charge|charger|carg[ao]\w*|carreg\w*|caric\w*|загру\w*|завантаж\w*|"
    r"yükl\w*|ładuj\w*|ładowan\w*|laddas|laddar|načít\w*|încarc\w*|betölt\w*|ladataan|indlæs\w*|φόρτω\w*|"
    r"зарежда\w*|učitava\w*|nalaga\w*|учитава\w*|įkel\w*|ielād\w*|laadi\w*|hleð\w*|carrega\w*|ngarku\w*|memuat|"
    r"đang tải"
)
# What a consent placeholder loads in an embed's stead: content, outside content ("… um den Inhalt von komoot zu laden")
EMBED_CONTENT = (
    r"inhalt\w*|content|contents|contenu\w*|contenido\w*|conteúdo\w*|contenut\w*|inhoud|innehåll\w*|indhold\w*|"
    r"innhold\w*|treś\w*|zawartoś\w*|контент\w*|содержим\w*|вміст\w*|içeri\w*|obsah\w*|tartalm\w*|sisäl\w*|"
    r"conținut\w*|extern\w*|estern\w*|embed\w*|eingebettet\w*"
)
# A click or a button that a placeholder asks for ("Klicken Sie auf den unteren Button …", "Click to load …")
CLICK_WORD = (
    r"click\w*|klick\w*|cliqu\w*|clic\w*|clique\w*|klik\w*|кликн\w*|нажм\w*|натисн\w*|tıkla\w*|button\w*|"
    r"schaltfläche\w*|bouton\w*|botón|botão|pulsante|knop\w*|knapp\w*|przycisk\w*|кнопк\w*|düğme\w*|tlačítk\w*|"
    r"gomb\w*|painik\w*"
)
MEDIA_CONTROLS = "⏴⏵⏶⏷▶►▷◀◁⏸⏯⏹⏺⏮⏭⏪⏩❚"  # play, pause, stop, skip
PLAYER_WORD = r"player|spieler|lecteur|reproductor|leitor|lettore|speler|spelare|плеер|плеєр|oynatıcı|odtwarzacz"
# Privacy and consent words, and the buttons that end a consent notice ("… Allow all", "… Alle erlauben").
PRIVACY_WORD = (
    r"privacy\w*|datenschutz\w*|données personnelles|vie privée|privacidad|datos personales|privacidade|"
    r"dados pessoais|riservatezza|dati personali|конфиденциальн\w*|приватн\w*|персональн\w*|gizlilik|"
    r"kişisel veri\w*|prywatnoś\w*|dane osobowe|persoonsgegevens|integritet\w*|personuppgifter|consent\w*"
)
CONSENT_BUTTON = (
    r"accept\w*|allow|agree|akzeptier\w*|erlauben|zulassen|accepter|autoriser|aceptar|permitir|accettare|"
    r"accetta|consenti|aceitar|принять|разрешить|прийняти|дозволити|kabul et|izin ver|akceptuj\w*|zezwól|"
    r"zgadzam się|accepteren|toestaan|acceptera|godkänn|tillåt"
)

# What gives a picture before its giver ("Photo courtesy of A", "Foto cortesía de A")
COURTESY = r"courtesy(?:\s+of)?|cortes[ií]a(?:\s+de)?"
# Picture-credit labels that may end a caption ("… (Photo: A B)", "… . Image credit: A B", "… . Fotografía de A B").
CREDIT_LABEL = guarded(
    r"photo credit|image credit|photo(?:graph)?s?|image|picture|pic|credit|crédit photo|crédits? photos?|"
    r"foto\w*|fot|bild|bildnachweis|bildquelle|bildkälla|imagen|immagine|imagem|beeld|fotoğraf|görsel|görüntü|"
    r"фото|світлина|знімок|zdjęcie|źródło zdjęcia|ph|"
    r"kuva|kuvat|fotó|fénykép|kép|φωτ\.|φωτ|φωτογραφ\w*|снимк\w*|sursa foto|sursa|billede|slika|слика|fotografija|"
    r"фотографија|nuotr\.|nuotrauka|attēls|pilt|mynd|imatge|ảnh|gambar|snímka|larawan|kuha|"
    # scripts of their own: Urdu and Persian, Arabic, Hindi and Marathi, Bengali, Telugu, Tamil, Mongolian, Thai,
    # Hebrew, Korean, Japanese, Chinese, Amharic, Swahili
    r"فوٹو|تصویر|تصوير|عکس|صورة|तस्वीर|फोटो|छायाचित्र|ছবি|ఫోటో|చిత్రం|புகைப்படம்|படம்|зураг\w*|ภาพ|צילום|사진|写真|"
    r"图片|圖片|摄影|攝影|撮影|ፎቶ|picha"
)

# A picture from a newspaper's archive or a stock library, credited as such at the end of its caption, no name
# given ("… — File photo", "… (Foto: archief)", "… – Foto de arquivo", "… Фото из архива", "… (صورة أرشيفية)").
STOCK_PHOTO = (
    r"file (?:photo|picture|image)|archive (?:photo|picture|image)|stock (?:photo|image)|"
    r"(?:photo|picture|image) for illustration|illustrative (?:photo|image)|"
    r"(?:foto|bild)\s*:\s*archiv|archivfoto|archivbild|symbolfoto|symbolbild|"
    r"archieffoto|archiefbeeld|foto ter illustratie|(?:foto|beeld)\s*:\s*archief|"
    r"photo d['’]archives?|photo d['’]illustration|image d['’]illustration|photo\s*:\s*archives?|"
    r"foto de archivo|imagen de archivo|foto ilustrativa|imagen ilustrativa|foto\s*:\s*archivo|"
    r"foto de arquivo|imagem de arquivo|imagem ilustrativa|foto\s*:\s*arquivo|"
    r"foto d['’]archivio|foto di repertorio|immagine di repertorio|foto\s*:\s*archivio|"
    r"фото из (?:\w+\s+)?архива|архивное фото|иллюстративное фото|фото\s*:\s*архив|"
    r"фото з (?:\w+\s+)?архіву|архівне фото|"
    r"zdjęcie archiwalne|zdjęcie ilustracyjne|fot\.\s*archiwum|arşiv fotoğrafı|temsili fotoğraf|"
    r"arkivbild|arkivfoto|genrebild|صورة أرشيفية|صورة تعبيرية|صورة من الأرشيف|فائل فوٹو|فائل تصویر|عکس آرشیوی"
)
# the one-word forms, and a label with its colon, which a caption may end on without a mark before them ("…
# Planungsinstrument, das Archivfoto", "… in Motion Foto: archivo")
STOCK_PHOTO_WORD = (
    r"archivfoto|archivbild|symbolfoto|symbolbild|archieffoto|arkivbild|arkivfoto|genrebild|"
    r"(?:foto|photo|bild|beeld|фото)\s*:\s*(?:archivo|archief|archives?|arquivo|archivio|archiv|архив)|"
    r"(?:photo|image|picture)\s*:\s*file"
)

# Giving a paywalled article to someone ("Gift this article", "Artikel verschenken", "Подарить статью").
GIFT_VERB = (
    r"gift|give|verschenk\w*|schenk\w*|offr\w*|regal\w*|present\w*|de presente|cadeau|ge bort|skänk\w*|podaruj\w*|"
    r"podarować|w prezencie|подар\w*|hediye"
)
GIFT_OBJECT = (
    rf"{ARTICLE_WORD}|{FRIEND_WORD}|artikeln|reportagem|matéria|notizia|columna?|kolumne|tribune|chronique|"
    r"krönika\w*|felieton\w*|колонк\w*|gratis|gratuit\w*|free|kostenlos|бесплатн\w*|безкоштовн\w*|ücretsiz|za darmo"
)
# Gambling notices under betting ads ("New customers only. T&Cs apply", "Spela ansvarsfullt. 18+"): offers for new
# customers, terms that apply, play-responsibly and addiction warnings, age limits.
GAMBLING_RISK = (
    r"gambling can be addictive|glücksspiel kann süchtig machen|jouer comporte des risques|"
    r"el juego puede (?:crear|causar|generar) adicción|il gioco può causare dipendenza|gokken kan verslavend zijn|"
    r"spel kan vara beroendeframkallande|hazard może uzależniać|азартн\w+ игр\w+ (?:могут )?вызыва\w+|"
    r"азартні ігри можуть викликати|kumar bağımlılık yapabilir|şans oyunları bağımlılık"
)
GAMBLING_NOTICE = (
    rf"{GAMBLING_RISK}|new customers|neukunden|nouveaux clients|nuevos clientes|novos clientes|nuovi clienti|"
    r"nieuwe klanten|nya kunder|nowych klientów|новых клиентов|нових клієнтів|yeni üye\w*|yeni müşteri\w*|"
    r"t&cs?|terms (?:and conditions )?apply|es gelten die agb|agb gelten|voir conditions|conditions s'appliquent|"
    r"aplican términos|consulte o regulamento|obowiązuje regulamin|regler och villkor gäller|"
    r"voorwaarden van toepassing|si applicano termini|действуют условия|діють умови|şartlar geçerli\w*|"
    r"koşullar geçerli\w*|(?:bet|gamble|play) responsibly|verantwortungsbewusst spielen|spiele verantwortungsbewusst|"
    r"jouez responsablement|juega con responsabilidad|juego responsable|aposte com responsabilidade|"
    r"jogue com responsabilidade|gioca responsabilmente|gioco responsabile|speel bewust|spela ansvarsfullt|"
    r"graj odpowiedzialnie|играйте ответственно|грайте відповідально|sorumlu oyna\w*|"
    r"under 18|unter 18|moins de 18|menores de 18|minori di 18|onder de 18|under 18 år|poniżej 18|до 18|"
    r"младше 18|молодше 18|18 yaş\w*|vietato ai minori|prohibido a menores|interdit aux mineurs|"
    r"verboden voor minderjarigen|förbjudet för minderåriga|zakazane dla nieletnich|запрещено несовершеннолетним|"
    r"заборонено неповнолітнім|can be addictive|kann süchtig machen|peut (?:créer|entraîner) une dépendance|"
    r"puede (?:crear|causar) adicción|pode causar dependência|può (?:causare|creare) dipendenza|kan verslavend zijn|"
    r"kan vara beroendeframkallande|może uzależniać|вызывает зависимость|викликає залежність|"
    r"bağımlılık yapabilir|bonus|бонус|bonos?|bônus|gambling|glücksspiel\w*|jeux d'argent|juegos? de azar|"
    r"jogos? de azar|gioc\w* d'azzardo|kansspel\w*|spel om pengar|hazard\w*|азартн\w+ игр\w*|азартн\w+ ігр\w*|"
    r"şans oyun\w*|(?:1[68]|21)\+|\+(?:1[68]|21)(?!\d)"
)
# Languages by their own names, as a site's language switcher lists them.
ENDONYM = (
    r"english|deutsch|français|español|italiano|português|nederlands|svenska|norsk|dansk|suomi|íslenska|polski|"
    r"čeština|slovenčina|magyar|română|български|русский|українська|беларуская|српски|srpski|hrvatski|slovenščina|"
    r"shqip|македонски|ελληνικά|türkçe|azərbaycan|қазақша|ქართული|հայերեն|eesti|latviešu|lietuvių|català|euskara|"
    r"galego|gaeilge|cymraeg|bahasa indonesia|bahasa melayu|tiếng việt|tagalog|filipino|ไทย|中文|简体中文|繁體中文|"
    r"日本語|한국어|العربية|فارسی|اردو|עברית|हिन्दी|বাংলা|தமிழ்|kiswahili|afrikaans|isizulu|isixhosa|esperanto"
)
# An affiliate disclosure: an affiliate word with a link or purchase word, or a commission word with a link or a
# partner word
# (substrings: "affiliatelänkar", "afiliacyjne", "партнерські посилання").
AFFILIATE_WORD = (
    r"affiliat|afiliad|affiliazion|affiliés|afiliacyj|satış ortaklığı|партн[её]рск\w* ссыл|партнерськ\w* посилан|"
    r"ссылки могут быть партн[её]рск"
)
COMMISSION_WORD = r"commissi|kommission|provision|komisyon|комисси|комісі|provvigion|comisión|comissão|provisie|prowizj"
LINK_WORD = r"link|lien|enlace|ссылк|посилан|bağlantı|länk|koppeling|collegament"
# "… we may earn a commission from partners featured on this page": the partners, where no link is named
PARTNER_WORD = r"partner|partenaire|socio|parceir|ortak|партн[её]р"
LINK_OR_PURCHASE = rf"{LINK_WORD}|purchase|achat|compra|acquist|aankoop|köp|zakup|покуп|купів|satın|kauf"
# A price or deal button: "See today's best deals", "Ver precio en Amazon", "Zu den Angeboten des Tages".
PRICE_WORD = (
    r"prices?|deals?|offers?|preis\w*|angebot\w*|prix|bons plans|offres?|precios?|ofertas?|preços?|prezz[oi]|"
    r"offert[ae]|prijs\w*|aanbieding\w*|pris\w*|erbjudand\w*|cen[ayę]|promocj\w*|okazj\w*|цен[аыу]|скидк\w*|"
    r"ціна|ціни|ціну|знижк\w*|fiyat\w*|fırsat\w*|indirim\w*"
)
VIEW_VERB = (
    r"see|view|check|shop|buy|compare|zu den|zum|ansehen|anzeigen|vergleichen|kaufen|voir|acheter|comparer|ver|"
    r"mira|comprar|comparar|veja|confira|vedi|scopri|acquista|bekijk|koop|vergelijk|köp|jämför|zobacz|sprawdź|"
    r"kup|porównaj|смотреть|посмотреть|купить|сравнить|дивитися|переглянути|купити|порівняти|göz at|incele|"
    r"satın al|karşılaştır|gör|se (?:pris\w*|dagens|erbjudand\w*)|узнать|дізнатися|bekijken"
)
# A fact-checker's method: "Notre méthode de vérification", "Så faktagranskar vi: vår metod".
METHOD_WORD = r"method\w*|méthod\w*|método\w*|metodo\w*|methode\w*|metod\w*|методолог\w*|метод\w*|yöntem\w*"
CHECK_WORD = r"fact|fakt|verif|vérif|check|prüf|перевір|провер|doğrula|weryfik|sprawdz|gransk|controle|checagem|comprob"
# Push notifications, and the buttons that enable them.
NOTIFY_WORD = (
    r"notifications?|push|alerts?|benachrichtigung\w*|mitteilungen|notificaciones|notifiche|notificações|"
    r"meldingen|notiser|notifikationer|powiadomie\w*|уведомлени\w*|сповіщен\w*|bildirim\w*"
)
ENABLE_VERB = (
    r"turn on|switch on|enable|activate|allow|aktivier\w*|einschalten|activez|activer|activa|activar|attiva|"
    r"ative|ativar|zet|aanzetten|slå på|aktivera|włącz|включите|включить|увімкніть|увімкнути|aç|açın|etkinleştir"
)
# Kicker words above a headline, alone on a line in capitals ("EXCLUSIVE", "EILMELDUNG", "ANÁLISIS").
KICKER_WORD = (
    r"breaking(?: news)?|exclusive|analysis|opinion|comment|interview|eilmeldung|exklusiv|analyse|meinung|"
    r"kommentar|exclusif|décryptage|tribune|urgent|exclusiva|exclusivo|análisis|opinión|última hora|"
    r"esclusiv[oa]|analisi|ultim'ora|ultim’ora|opinione|commento|análise|opinião|urgente|exclusief|"
    r"opinie|exklusivt|analys|debatt|krönika|ledare|pilne|tylko u nas|wyłącznie|analiza|opinia|komentarz|"
    r"молния|срочно|эксклюзив|аналитика|мнение|терміново|ексклюзив|аналітика|думка|son dakika|özel|"
    r"analiz|görüş|yorum|özel haber|alerte info|flash info|just nu|senaste nytt|net binnen|laatste nieuws|tribuna|"
    r"l'opinione|l’opinione|la opinión|última hora|"
    # cs sk ro hu fi da el bg hr sl sr lt lv et nb ca sq id vi
    r"exkluzivně|exkluzívne|komentář|komentár|analýza|názor|rozhovor|exclusiv|analiză|opinie|interviu|ultima oră|"
    r"exkluzív|elemzés|vélemény|interjú|tuoreet|yksinoikeudella|analyysi|mielipide|kolumni|haastattelu|eksklusivt|"
    r"debat|seneste nyt|αποκλειστικ[όο]|αν[άα]λυση|[άα]ποψη|γν[ώω]μη|συν[έε]ντευξη|[έε]κτακτο|ексклузивно|"
    r"анализ|интервю|"
    r"извънредно|ekskluzivno|mišljenje|mnenje|intervju|ексклузивно|мишљење|išskirtinai|analizė|nuomonė|"
    r"komentaras|ekskluzīvi|analīze|viedoklis|komentārs|intervija|eksklusiivne|analüüs|arvamus|kommentaar|"
    r"intervjuu|siste nytt|anàlisi|opinió|entrevista|ekskluzive|analizë|intervistë|eksklusif|analisis|opini|"
    r"wawancara|terkini|độc quyền|phân tích|ý kiến|phỏng vấn"
)
# A link to the full or desktop version of a mobile or AMP page: "View full site", "Полная версия сайта".
FULL_WORD = (
    r"full|complete|standard|classic|desktop|vollständig\w*|klassisch\w*|complète|classique|completa|clásica|"
    r"estándar|padrão|clássica|classica|volledige|standaard|klassieke|hela|fullständiga|standardversion\w*|"
    r"pełn\w+|standardow\w+|klasyczn\w+|полн\w+|обычн\w+|стандартн\w+|повн\w+|звичайн\w+|класичн\w+|tam|"
    r"standart|klasik"
)
VERSION_OR_GO = (
    r"version\w*|versión|versione|versão|versie|wersj\w*|верси\w*|версі\w*|sürüm\w*|view|go|switch|open|show|visit|"
    r"zur|zum|gehen|wechseln|voir|afficher|aller|passer|ver|ir|cambiar|abrir|vai|passa|visualizza|apri|naar|bekijk|"
    r"ga|till|visa|gå|przejdź|wyświetl|открыть|перейти|відкрити|перейти|git|aç|görüntüle"
)
SITE_WORD = (
    r"site|website|page|webseite|seite|sitio|web|página|sito|pagina|sajt\w*|sidan|webbplats\w*|stron\w+|serwis\w*|"
    r"сайт\w*|страниц\w+|сторінк\w+|site\w*|sayfa\w*|desktop"
)
# A reader prompt after a short question: "Got a story? Email us", "Fehler gefunden? Schreiben Sie uns".
# the reader or the newsroom in a call for readers' reports: "your", "our", "nous", "uw", "anda", "-ne"
READER_OR_NEWSROOM = (
    r"you|your|us|our|we|ihr\w*|ihnen|dein\w*|uns|unser\w*|wir|vous|votre|vos|nous|notre|tu|tus|tú|su|sus|usted|"
    r"nos|nuestr\w*|seu|sua|seus|suas|você|nossa|nosso|tuo|tua|tuoi|vostr\w*|ci|noi|uw|u|je|jouw|ons|onze|anda|kami|"
    r"kita|ne|tău|ta|tale|vă|voastr\w*|noastr\w*|ваш\w*|вас|вам|нам|наш\w*|мы|sizin|bize|bizim|twoj\w*|wasz\w*|nam|"
    r"nasz\w*|din|dina|ditt|er|vår\w*|oss|آپ|ہمیں|ہم|لنا|صورتك|أرسل"
)
CONTACT_VERB = (
    r"send|email|e-mail|mail|write|tell|call|contact|let us know|tip us|schick\w*|send\w*|schreib\w*|meld\w*|"
    r"kontaktier\w*|envoyez|envoie\w*|contactez|écrivez|signalez|escr[ií]b\w*|env[ií]a\w*|cuéntanos|avís\w*|"
    r"fale|mande|envie|escreva|avise|conte|scriv\w*|invia\w*|segnal\w*|contatta\w*|mail|stuur|laat|meld|tip|"
    r"skicka|hör av|kontakta|tipsa|mejla|napisz|wyślij|daj|zgłoś|пишите|напишите|присылайте|сообщите|"
    r"отправьте|пишіть|напишіть|надсилайте|повідомте|gönder\w*|yaz\w*|bildir\w*|ulaş\w*|iletin|napište|napíšte|"
    r"pošlete|pošlite|scrieți|scrie|trimiteți|írjon|írj|küldjön|kirjoita|lähetä|ilmoita|skriv|send os|γράψτε|"
    r"στείλτε|пишете|изпратете|javite|pišite|pošaljite|пишите|рашите|rašykite|atsiųskite|rakstiet|sūtiet|kirjuta|"
    r"saada|skrifaðu|sendu|escriviu|envieu|shkruani|dërgoni|tulis|kirim|hubungi|viết|gửi"
)
# A request to support the newsroom ("Support independent journalism", "Podpořte nás") or to donate.
SUPPORT_VERB = guarded(
    r"support|unterstützen|unterstützt|unterstütze|soutenez|apoya|apoye|apoie|sostieni|steun|stöd|stötta|wesprzyj|wspieraj|"
    r"поддержите|підтримайте|destekleyin|destek olun|podpořte|podporte|sprijină|sprijiniți|susține|susțineți|"
    r"támogassa|támogasd|támogass|tue|tukekaa|støt|støtt|στηρίξτε|στήριξε|υποστηρίξτε|подкрепете|подкрепи|podržite|"
    r"podrži|podprite|podpri|подржите|поддржете|paremkite|paremk|atbalsti|atbalstiet|toeta|toetage|styrktu|"
    r"styrkið|recolza|dona suport|mbështetni|mbështet|dukung|ủng hộ"
)
DONATE_VERB = guarded(
    r"donate|spenden|faire un don|donar|doar|doneer|donera|wpłać|пожертвуйте|přispějte|prispejte|prispieť|donează|"
    r"adományozzon|lahjoita|donér|donér nu|дарете|donirajte|doniraj|paaukokite|ziedo|ziedojiet|annetage|gefðu|"
    r"dhuro|donasi|quyên góp"
)
JOURNALISM_WORD = by_first_letter(
    r"journalism\w*|journalisme|periodismo|jornalismo|giornalismo|journalistiek|journalistik\w*|dziennikarstw\w*|"
    r"журналистик\w*|журналістик\w*|gazetecilik\w*|žurnalistik\w*|jurnalism\w*|újságírás\w*|δημοσιογραφία|"
    r"журналистика\w*|novinarstv\w*|новинарств\w*|žurnālistik\w*|ajakirjandus\w*|blaðamennsk\w*|periodisme|"
    r"gazetari\w*|jurnalisme|báo chí|työtämme|munkánk\w*|vores arbejde"
)
# Yes/no buttons after a feedback question: "Was this article helpful? Yes | No".
YES_NO = (
    r"yes|no|ja|nein|oui|non|sí|sì|si|sim|não|nao|tak|nie|да|нет|так|ні|evet|hayır|nee|nej|ano|ne|áno|nu|igen|nem|"
    r"kyllä|ei|ναι|όχι|не|taip|jā|nē|jah|já|nei|po|jo|ya|tidak|có|không"
)
# A feedback question's word: "Was this article helpful?", "War dieser Artikel hilfreich?",
# "この記事は役に立ちましたか？"
HELPFUL_WORD = (
    r"helpful|useful|hilfreich|nützlich|utile|útil|util|pomocny|pomocna|przydatny|przydatna|nuttig|behulpzaam|"
    r"hjälpsam|användbar|nyttig|hyödyllinen|hasznos|užitečn\w*|užitočn\w*|корисн\w*|полезн\w*|faydalı|χρήσιμ\w*|"
    r"folositor|utilă|uteis|úteis|utili|उपयोगी|役に立ち|役立ち|도움이\s?되|有帮助|有用|有幫助|"
    # a verb: "Did this guide solve your problem?", "¿Te sirvió esta guía?", "Инструкция помогла?"
    # ("help" with no boundary after it takes "helped" too)
    r"help|solve|sirvió|ayudó|ajudou|помогла|помогло|помог|допомогла|nakatulong|עזר|עזרה|مفید"
)
# What a feedback question asks about besides an article: "Was this page helpful?", "War diese Information hilfreich?"
PAGE_WORD = (
    r"page|seite|página|pagina|strona|stránka|sivu|information|informationen|informação|información|informazioni|"
    r"guide|ratgeber|guía|poradnik|reportagem|nota|inhalt|contenu|content|answer|antwort|réponse|respuesta|resposta"
)
YES_NO_FAST = guarded(YES_NO)  # the same words, tested at every line's start
# Syndication notes at the end of an op-ed: "This column first appeared in X", "Erschien zuerst bei X".
FIRST_WORD = (
    r"first|originally|zuerst|ursprünglich|erstmals|initialement|originellement|d'abord|originalmente|primero|"
    r"originariamente|inizialmente|oorspronkelijk|eerder|först|ursprungligen|pierwotnie|впервые|изначально|"
    r"вперше|спочатку|ilk olarak|ilk kez|ilk"
)
APPEARED_WORD = (
    r"published|appeared|ran|erschien\w*|veröffentlicht|publiée?s?|parue?s?|publicad[oa]s?|apareci[oó]|"
    r"pubblicat[oa]|appars[oa]|gepubliceerd|verscheen|verschenen|publicerad\w*|ukazał\w*|opublikowan\w*|"
    r"опубликован\w*|вышл[аои]|опубліковано|опублікован\w*|вийшл[аои]|yayımlan\w*|yayınlan\w*"
)
# What a syndication note calls the piece: "This column …", "Dieser Gastbeitrag …", "Krönikan …".
PIECE_WORD = (
    rf"{ARTICLE_WORD}|artikeln|reportagem|matéria|column|kolumne|gastbeitrag|tribune|chronique|columna|coluna|"
    r"rubrica|commento|yazı\w*|krönika\w*|felieton\w*|колонк\w*|статья|стаття|публикаци\w*|публікаці\w*|op-ed|essay|piece|text|texte|texto|testo|tekst|текст"
)
# Company and contact words of a press release's tail ("About <company>", "Media contact: …").
PRESS_CONTACT_WORD = (
    r"contact\w*|kontakt\w*|press\w*|presse|prensa|imprensa|stampa|pers|media|medien|médias|medios|mídia|"
    r"investor\w*|investerar\w*|inversor\w*|investisseur\w*|investitor\w*|investidor\w*|yatırımcı\w*|inwestor\w*|"
    r"инвестор\w*|інвестор\w*|basın|пресс\w*|прес\w*|сми|змі|contatt\w*|contacto|contato|контакт\w*|"
    r"iletişim|redactie|rédaction|redacción|redação|redazione|redaktion|communication\w*|kommunikation\w*|"
    r"kapcsolat\w*|sajtó\w*|yhteys\w*|yhteyshenkilö\w*|lehdistö\w*|επικοινων\w*|τύπου|преса|kontakti|kontaktai|"
    r"kontak|hafðu samband|contacte|liên hệ|presă|spaudos|preses|redakce|redakcia|redacți\w*|szerkesztőség\w*|"
    r"toimitus|redaktion|σύνταξη|редакция|redakcija|uredništvo|уредништво|toimetus|ritstjórn|redacció|redaksi"
)
COMPANY_WORD = (
    r"company|companies|group|corporation|firm|provider|leader|unternehmen|konzern|gruppe|anbieter|société|groupe|"
    r"entreprise|empresa|grupo|compañía|gruppo|società|azienda|bedrijf|groep|onderneming|företag|koncern|"
    r"grupa|firma|spółka|компани\w*|групп\w*|компані\w*|груп\w*|şirket\w*|grubu|grup"
)
MORE_INFO = (
    r"more information|further information|weitere informationen|mehr informationen|plus d'informations|"
    r"pour en savoir plus|más información|mais informações|saiba mais|maggiori informazioni|per saperne di più|"
    r"meer informatie|mer information|więcej informacji|подробнее|докладніше|більше інформації|"
    r"daha fazla bilgi|visit|besuchen|visitez|visite|visita|bezoek|besök|odwiedź|посетите|відвідайте|ziyaret"
)

# A date label that marks a later revision: the published date wins over it.
UPDATED_LABEL = (
    r"(?:(?:last\s+)?updated?|(?:last\s+)?modified(?:\s+on)?|geändert|modifié|modificado|modificato|gewijzigd|"
    r"aktualisiert|zuletzt aktualisiert|stand|mis à jour|actualizado|actualización|"
    r"aggiornato|atualizado|atualização|обновлено|оновлено|güncell\w*|zaktualizowano|aktualizacja|bijgewerkt|"
    r"uppdaterad|upd\.?|aktualizov\w+|actualizat\w*|frissítve|päivitetty|opdateret|oppdatert|ενημερώθηκε|"
    r"обновено|ажурирано|ažurirano|posodobljeno|atnaujinta|atjaunots|uuendatud|uppfært|përditësuar|actualitzat|"
    r"diperbarui|dikemas kini|(?:τελευταία )?ενημέρωση|cập nhật|(?:अंतिम\s+)?अपडेट(?:ेड)?|"
    r"(?:page\s+)?(?:last\s+)?reviewed|"  # a health or consumer page's review date: "Page last reviewed: 12 March 2021"
    r"최종\s?수정|수정|업데이트|最終更新|更新日?|更新时间|修改时间|"
    r"(?:آخر\s+)?تحديث|تم التحديث|به‌?روز\s?رسانی|(?:עודכן|עדכון)|อัปเดต|"  # Arabic, Persian, Hebrew, Thai
    r"la cusbooneysiiyay|a ṣe àtúnṣe rẹ̀)"  # Somali, Yoruba
)
# A page's stamp of its own last revision, anywhere in a line of its footer, before the date: "This page was last
# modified on 4 November 2020" (MediaWiki), "page revision: 8, last edited: 17 Jun 2018" (Wikidot).
REVISION_STAMP = (
    r"last\s+(?:modified|edited|updated|changed)(?:\s+on)?|zuletzt\s+(?:geändert|bearbeitet)\s+am|"
    r"dernière\s+modification\s+de\s+cette\s+page\s+a\s+été\s+faite\s+le|modifiée?\s+pour\s+la\s+dernière\s+fois\s+le|"
    r"(?:editó|modificó)\s+por\s+última\s+vez\s+el|(?:modificata|modificato)\s+per\s+l'ultima\s+volta\s+il|"
    r"laatst\s+(?:gewijzigd|bewerkt)\s+op|senast\s+(?:ändrad|redigerad)\s+den|ostatnio\s+edytowano\s+"
)
# A picture's number in a gallery: "Foto 5 di 9", "Diapo 4 sur 10", "Слайд 5 з 9", "Gallery 2/8".
GALLERY_WORD = by_first_letter(
    r"galer\w*|galler\w*|galéri\w*|kuvagalleri\w*|fotogaller\w*|fotogaler\w*|fotogaléri\w*|γκαλερί|галере\w*|"
    r"галери\w*|bildergalerie|fotostrecke|slideshow|diashow"
)
# A share button as a page dump writes it: one letter, two capitals ("WA", "TG") or a pictograph ("✉", "⎙", "𝕏")
_PICTOGRAPH = r"[\u2190-\u2bff\U0001d400-\U0001d7ff\U0001f000-\U0001faff]"
BUTTON = rf"(?:(?-i:[A-ZА-ЯЁ]{{2}})|[^\W\d_]|{_PICTOGRAPH})"
# a row of them has one that is not a lone letter: "F r a n k" is a word spaced out
BUTTONS = (
    r"(?=(?:\S+\s+){0,14}\S+$)(?=\S{1,2}\s)"  # short, a button first: most lines fail here, before the scan
    rf"(?=.*(?:(?-i:[A-ZА-ЯЁ]{{2}})|{_PICTOGRAPH}))(?:{BUTTON}\s*(?:[/|·•]\s*)?\s){{1,7}}{BUTTON}"
)
_OF = r"/|of|von|de|di|из|з|z|ze|av|af|van|sur|från|din|από|od|от|од|iš|no|nga|dari"  # "4 of 10", "4 sur 10"
PICTURE_NUMBER = (
    rf"(?:{CREDIT_LABEL}|{GALLERY_WORD}|gallery|slide|слайд|diapo\w*|кадр|resim|afbeelding)\s*"
    rf"(?:\d+\s*(?:{_OF})\s*\d+|\(\d+\s*(?:{_OF})\s*\d+\))"  # "Diapo 4 sur 10", "Diaporama (1 sur 7)"
    # the number first: "3/7. kép"
    rf"|\d+\s*/\s*\d+\.?\s*(?:{CREDIT_LABEL})"
)

# The long alternations that line patterns scan for, grouped by first letter (see `by_first_letter`): the same
# matches, found with fewer tries per position.
UPDATED_FAST = by_first_letter(UPDATED_LABEL[3:-1])  # the same words, for the relative-time patterns
ENDONYM_FAST = by_first_letter(ENDONYM)
AGO_BEFORE_FAST = by_first_letter(AGO_BEFORE)
AGO_AFTER_FAST = by_first_letter(AGO_AFTER)
LIKED_WORD = r"gefallen|gefällt|liked?|enjoy(?:ed)?|aimé|plu|gustado|gustó|piaciuto|gostou|leuk gevonden"
SEND_SHARE_FORWARD = by_first_letter(f"{SEND_VERB}|{SHARE_VERB}|{FORWARD_VERB}")
GAMBLING_FAST = by_first_letter(GAMBLING_NOTICE)
NETWORKS = by_first_letter(NETWORKS)
FOLLOW_US = by_first_letter(FOLLOW_US)
SHARE_VERB = by_first_letter(SHARE_VERB)
EMAIL_WORD = by_first_letter(EMAIL_WORD)
FRIEND_WORD = by_first_letter(FRIEND_WORD)
ARTICLE_WORD = by_first_letter(ARTICLE_WORD)
READ_WORD = by_first_letter(READ_WORD)
INTEREST_WORD = by_first_letter(INTEREST_WORD)
RELATED_WORD = by_first_letter(RELATED_WORD)
NEWS_WORD = by_first_letter(NEWS_WORD)
AD_WORD = by_first_letter(AD_WORD)
CONTINUES = by_first_letter(CONTINUES)
SUBSCRIBE_WORD = by_first_letter(SUBSCRIBE_WORD)
PAYWALL_ONLY = by_first_letter(PAYWALL_ONLY)
READING = by_first_letter(READING)
MINUTES = by_first_letter(MINUTES)
CONTINUE_READING = by_first_letter(CONTINUE_READING)
LOADING_WORD = by_first_letter(LOADING_WORD)
EMBED_CONTENT = by_first_letter(EMBED_CONTENT)
CLICK_WORD = by_first_letter(CLICK_WORD)
PLAYER_WORD = by_first_letter(PLAYER_WORD)
PRIVACY_WORD = by_first_letter(PRIVACY_WORD)
CONSENT_BUTTON = by_first_letter(CONSENT_BUTTON)
COUNTED = by_first_letter(COUNTED)
GIFT_OBJECT = by_first_letter(GIFT_OBJECT)
ENABLE_VERB = by_first_letter(ENABLE_VERB)
PRICE_WORD = by_first_letter(PRICE_WORD)
VIEW_VERB = by_first_letter(VIEW_VERB)
FULL_WORD = by_first_letter(FULL_WORD)
SITE_WORD = by_first_letter(SITE_WORD)
VERSION_OR_GO = by_first_letter(VERSION_OR_GO)
CONTACT_VERB = by_first_letter(CONTACT_VERB)
FIRST_WORD = by_first_letter(FIRST_WORD)
APPEARED_WORD = by_first_letter(APPEARED_WORD)
PIECE_WORD = by_first_letter(PIECE_WORD)
PRESS_CONTACT_WORD = by_first_letter(PRESS_CONTACT_WORD)

SIGN_UP_VERB = guarded(
    r"inscrivez-vous|inscreva-se|inscríbete|apúntate|"
    r"abone olun|iscriviti|meld je aan|anmäl dig|zapisz się|přihlaste se|přihlásit se|přihlásit k odběru|"
    r"odebírejte|prihláste sa|prihlásiť sa|odoberajte|abonează-te|abonați-vă|abonaţi-vă|iratkozzon fel|"
    r"iratkozz fel|feliratkoz\w*|tilmeld dig|abonnér|abonner|εγγραφείτε|γραφτείτε|абонирайте се|запишете се|"
    r"pretplatite se|prijavite se|naročite se|prijavi se|претплатите се|пријавите се|претплатете се|"
    r"užsiprenumeruokite|prenumeruokite|abonējiet|pierakstieties|telli|tellige|skráðu þig|gerast áskrifandi|"
    r"subscriu-te|subscriviu-vos|abonohu|regjistrohu|berlangganan|daftar sekarang|đăng ký"
)
NEWSLETTER_WORD = guarded(
    r"e-?bülten\w*|bülten\w*|рассылк\w*|розсилк\w*|lettre d'information|boletín|inbox|postfach|бюлетин\w*|"
    r"bilten\w*|δελτίο|butlletí|bản tin|tilmeld dig"
)
NEWSLETTER_COMPOUND = guarded(
    r"nieuwsbrie[fv]|nyhetsbrev|nyhedsbrev|newsletter|hírlevel|uutiskirje|novičnik|naujienlaišk|uudiskir|fréttabréf|"
    r"buletin"
)
COOKIE_WORD = guarded(
    r"cookies?|cookie-\w+|cookiebeleid|çerez\w*|kakor|ciasteczk\w*|бисквитк\w*|eväste\w*|evästei\w*|slapuk\w*|"
    r"sīkdatn\w*|küpsis\w*|vafrakök\w*|piškot\w*|kolačić\w*|колачић\w*|galetes|sütik\w*|sütiket"
)
SEND_VERB = by_first_letter(SEND_VERB)
FOLLOW_US_PHRASE = by_first_letter(
    r"follow us|folgen sie uns|suivez-nous|síguenos|seguici|siga-nos|volg ons|obserwuj nas|följ oss|"
    r"sledujte nás|sledujte nas|kövessen minket|kövess minket|seuraa meitä|urmăriți-ne|urmareste-ne|"
    r"urmărește-ne|følg os|følg oss|ακολουθήστε μας|последвайте ни|следете ни|pratite nas|spremljajte nas|"
    r"sledite nam|пратите нас|следете не|sekite mus|sekojiet mums|seko mums|jälgi meid|jälgige meid|"
    r"fylgdu okkur|segueix-nos|seguiu-nos|na ndiqni|ikuti kami|theo dõi chúng tôi|"
    r"подписывайтесь|стежте за нами|підписуйтесь|bizi|"
    r"关注我们|關注我們|フォローする|팔로우하기|हमें फॉलो करें|تابعونا|تابعنا"
)
PRINT_BUTTON = by_first_letter(
    r"udskriv|tulosta|nyomtatás|nyomtat|vytisknout|tisknout|tisk|vytlačiť|tlačiť|printează|imprimă|εκτύπωση|ispis|"
    r"ispiši|natisni|штампај|одштампај|spausdinti|drukāt|prindi|prenta|imprimeix|printo|cetak|in bài"
)
STOCK_LIBRARY = (
    r"getty images|istock(?:photo)?(?:\.com)?|shutterstock(?:\.com)?|adobe ?stock|stock\.adobe\.com|"
    r"pixabay(?:\.com)?|unsplash(?:\.com)?|pexels(?:\.com)?|imago(?: images)?|picture[- ]alliance|"
    r"depositphotos(?:\.com)?|123rf(?:\.com)?|dreamstime(?:\.com)?|fotolia(?:\.com)?"
)
PICTURE_LICENCE = (
    r"public domain|domena publiczna|gemeinfrei|domaine public|dominio público|dominio pubblico|domínio público|"
    r"publiek domein|cc[ -]by(?:[ -](?:sa|nd|nc))*(?:[ -]\d\.\d)?"
)
PHOTO_LABEL = by_first_letter(
    r"photo\w*|image|imagem|imagen|immagine|picture|beeld|foto\w*|bild|фото\w*|zdjęci\w+|fot|credit|crédit\w*|"
    r"görsel|світлина|fotografia|fotografía|fotoğraf|"
    r"source|quelle|fuente|fonte|bron|källa|источник|джерело|kaynak|źródło|chart|graphic|infogra\w*|grafik\w*|"
    r"gráfico|grafico|grafiek|graf|инфографика|інфографіка|график|графік|wykres|diagram|"
    r"kuva|fotó|fénykép|kép|φωτ|φωτογραφ\w*|πηγή|снимк\w*|източник|sursa|sursă|billede|kilde|slika|слика|izvor|"
    r"извор|forrás|lähde|allikas|avots|šaltinis|nuotr|nuotrauka|attēls|pilt|mynd|imatge|ảnh|nguồn|gambar|"
    r"sumber|snímka|zdroj|"
    r"فوٹو|تصویر|عکس|صورة|तस्वीर|फोटो|छायाचित्र|ছবি|ఫోటో|చిత్రం|புகைப்படம்|படம்|зураг\w*|ภาพ|צילום|사진|写真|"
    r"图片|圖片|摄影|攝影|ፎቶ|picha"
)

TAG_LABEL = by_first_letter(
    r"tags?|topics?|keywords|schlagwörter|schlagworte|stichwörter|themen|mots-clés|étiquettes|sujets|etiquetas|"
    r"temas|palavras-chave|argomenti|parole chiave|теги|метки|ключевые слова|мітки|теми|etiketler|"
    r"anahtar kelimeler|konular|tagi|tematy|słowa kluczowe|trefwoorden|onderwerpen|taggar|ämnen|nyckelord|štítky|"
    r"tagy|témata|klíčová slova|kľúčové slová|etichete|cuvinte cheie|címkék|kulcsszavak|témák|avainsanat|"
    r"tunnisteet|aiheet|emneord|nøgleord|emner|ετικέτες|λέξεις-κλειδιά|θέματα|етикети|ключови думи|oznake|"
    r"ključne riječi|teme|značke|ključne besede|ознаке|кључне речи|ознаки|клучни зборови|žymės|raktažodžiai|temos|"
    r"birkas|atslēgvārdi|tēmas|sildid|märksõnad|teemad|stikkord|emneknagger|merki|efnisorð|etiquetes|"
    r"paraules clau|temes|etiketa|fjalë kyçe|kata kunci|topik|từ khóa|thẻ|chủ đề|"
    # a blog's categories and Blogger's labels
    r"categor(?:y|ies)|kategorien?|catégories?|categorías?|categorias?|categori[ae]|kategorier|labels|libellés|"
    r"etichette|"
    r"タグ|标签|標籤|태그|टैग|الكلمات المفتاحية|كلمات مفتاحية|الوسوم"
)
RIGHTS_RESERVED = guarded(
    r"copyright|all rights reserved|alle rechte vorbehalten|všechna práva vyhrazena|všetky práva vyhradené|"
    r"toate drepturile rezervate|minden jog fenntartva|kaikki oikeudet pidätetään|alle rettigheder forbeholdes|"
    r"με (?:την )?επιφύλαξη παντός δικαιώματος|всички права запазени|sva prava (?:pridržana|zadržana)|"
    r"vse pravice pridržane|сва права задржана|сите права задржани|visos teisės saugomos|"
    r"visas tiesības aizsargātas|kõik õigused kaitstud|alle rettigheter reservert|öll réttindi áskilin|"
    r"tots els drets reservats|të gjitha të drejtat e rezervuara|hak cipta dilindungi|bảo lưu mọi quyền|bản quyền|"
    r"tous droits réservés|todos los derechos reservados|все права защищены|всі права захищені|"
    r"tüm hakları saklıdır|wszelkie prawa zastrzeżone|alle rechten voorbehouden|alla rättigheter förbehållna|"
    r"tutti i diritti riservati|todos os direitos reservados|riproduzione riservata|"
    # Chinese, Japanese, Korean, Thai, Hindi: "copyright owned", "reprinting forbidden", "all rights reserved"
    r"版权所有|版權所有|無断転載|무단\s?전재|สงวนลิขสิทธิ์|सर्वाधिकार सुरक्षित"
)
SKIP_OR_SEARCH = by_first_letter(
    r"skip to (?:main )?content|back to top|zurück nach oben|retour en haut|volver arriba|menu|menü|search|suche|"
    r"rechercher|buscar|поиск|пошук|ara|szukaj|zoeken|sök|cerca|přejít na obsah|zpět nahoru|hledat|vyhledávání|"
    r"prejsť na obsah|späť hore|hľadať|vyhľadávanie|sari la conținut|înapoi sus|căutare|caută|ugrás a tartalomhoz|"
    r"vissza a tetejére|keresés|siirry sisältöön|takaisin ylös|haku|hae|gå til indhold|til toppen|søg|"
    r"μετάβαση στο περιεχόμενο|επιστροφή στην κορυφή|αναζήτηση|μενού|към съдържанието|нагоре|търсене|меню|"
    r"preskoči na sadržaj|natrag na vrh|pretraga|pretraži|izbornik|iskanje|išči|meni|претрага|мени|пребарај|"
    r"пребарување|paieška|ieškoti|meklēt|izvēlne|otsi|otsing|menüü|hopp til innhold|til toppen|meny|leita|valmynd|"
    r"cercar|menú|kërko|menyja|cari|pencarian|tìm kiếm|nach oben|zum inhalt springen|aller au contenu|"
    r"ir al contenido|vai al contenuto|przejdź do treści|langsung ke konten|naar de inhoud springen|"
    r"pular para o conteúdo|ir para o conteúdo"
)
LOGIN_BUTTON = by_first_letter(
    r"already (?:a )?(?:subscriber|registered)\??|log ?in|sign in|anmelden|einloggen|se connecter|connexion|"
    r"iniciar sesión|accedi|entrar|войти|увійти|giriş yap|zaloguj się|inloggen|logga in|přihlásit se|přihlášení|"
    r"prihlásiť sa|prihlásenie|autentificare|conectare|bejelentkezés|belépés|kirjaudu(?: sisään)?|log ind|σύνδεση|"
    r"вход|влез|prijava|prijavi se|пријава|пријави се|најава|prisijungti|pieslēgties|logi sisse|logg inn|"
    r"innskráning|inicia sessió|hyr|masuk|đăng nhập"
)
# Logging in to comment as blog templates translate "You must be logged in to post a comment.": an obligation first,
# then a login word and a comment word.
MUST_PHRASE = by_first_letter(
    r"you must|you need to|you have to|du musst|sie müssen|ihr müsst|vous devez|tu dois|il faut|debes|debe|deberás|"
    r"tienes que|tiene que|devi|deve|è necessario|você precisa|você deve|é necessário|je moet|u moet|je dient|"
    r"u dient|du måste|du må|du skal|musisz|należy|вы должны|необходимо|нужно|ви повинні|ви маєте|потрібно|"
    r"musíte|musíš|trebuie să"
)
LOGIN_WORD = (
    r"log(?:ged)?[ -]?in|sign(?:ed)?[ -]?in|eingeloggt|einloggen|angemeldet|anmelden|connecté\w*|connecter|"
    r"identifié\w*|conectad[oa]|iniciar sesión|registrad[oa]|conness[oa]|collegat[oa]|accedere|login|ingelogd|"
    r"inloggen|aangemeld|inloggad|logga in|innlogget|logget ind|zalogowan\w*|zalogować|войти|авторизова\w*|увійти|"
    r"авторизува\w*|přihlášen\w*|přihlásit|autentificat\w*"
)
COMMENT_STEM = (
    r"comment|kommentar|commentaire|comentar|comentário|commento|commentare|reactie|reageren|komentarz|skomentow|"
    r"коммент|комент|komentář|komentovat"
)
# A blog's follow widget: "Join 1,234 other subscribers", "Schließe dich 600 Followern an".
JOIN_VERB = by_first_letter(
    r"join|schließe dich|schliesse dich|rejoignez|rejoins|únete a|únase a|unisciti a|junte-se a|sluit je aan bij|"
    r"gå med|dołącz do|присоединяйтесь к|приєднуйтесь до"
)
FOLLOWER_WORD = (
    r"followers?|followern|subscribers?|abonnent\w*|abonnés?|suscriptores|seguidores|iscritti|volgers|prenumeranter|"
    r"följare|obserwujących|subskrybentów|подписчик\w*|підписник\w*|assinantes|inscrits"
)
# "Um neue Beiträge per E-Mail zu erhalten, hier …", "Enter your email address …": new posts sent by e-mail, asked
# of the reader (not "The blog sends new posts by email to 40,000 readers")
YOUR_OR_HERE = (
    r"your|deine?|ihre?|votre|vos|tu|su|tua|tuo|seu|sua|je|uw|din|ditt|twój|ваш\w*|hier|here|ici|aquí|qui|aqui"
)
NEW_POSTS = by_first_letter(
    r"new posts|new articles|neue beiträge|neuen beiträgen|neue artikel|neuen artikeln|nouveaux articles|"
    r"nouvelles publications|nouveaux billets|nuevas entradas|nuevos artículos|nuevas publicaciones|nuovi articoli|"
    r"nuove pubblicazioni|novos posts|novas publicações|novos artigos|nieuwe berichten|nieuwe artikelen|nya inlägg|"
    r"nowe wpisy|nowych wpisach|новые записи|новых записях|нові записи"
)
# An affiliate disclosure longer than a line's note when it speaks of this page's links (the noun: not "linked").
LINK_NOUN = r"links?|liens?|enlaces?|ссылк\w*|посилан\w*|bağlantı\w*|länk\w*|koppeling\w*|collegament[oi]"
THIS_PAGE = by_first_letter(
    r"this (?:page|site|website|post)|our (?:site|website|links)|dieser seite|dieser website|unserer (?:seite|website)|"
    r"cette page|ce site|notre site|esta página|este sitio|nuestro sitio|questa pagina|nostro sito|deze pagina|"
    r"onze site|denna sida|tej stronie|этой странице|цій сторінці"
)
REGISTER_BUTTON = by_first_letter(
    r"log ?in|sign in|register|registrieren|s'inscrire|registrarse|registrati|зарегистрироваться|зареєструватися|"
    r"kayıt ol|zarejestruj się|registreren|registrera dig|registrace|registrácia|înregistrare|regisztráció|"
    r"rekisteröidy|opret konto|εγγραφή|регистрация|registracija|регистрација|registruotis|reģistrēties|"
    r"registreeru|registrer deg|nýskráning|registra't|regjistrohu|daftar|đăng ký"
)
PREVIOUS_NEXT = by_first_letter(
    r"(?:previous|next) (?:article|story|post|entry)|(?:vorherige[rs]?|nächste[rs]?) (?:artikel|beitrag|post|eintrag)|"
    r"(?:vorschau auf|zum) (?:den )?nächsten (?:artikel|beitrag)|article suivant|"
    r"article précédent|siguiente artículo|artículo anterior|předchozí článek|další článek|predchádzajúci článok|"
    r"ďalší článok|articolul anterior|articolul următor|előző cikk|következő cikk|edellinen artikkeli|"
    r"seuraava artikkeli|forrige artikel|næste artikel|προηγούμενο άρθρο|επόμενο άρθρο|предишна статия|"
    r"следваща статия|prethodni članak|sljedeći članak|prejšnji članek|naslednji članek|претходни чланак|"
    r"следећи чланак|ankstesnis straipsnis|kitas straipsnis|iepriekšējais raksts|nākamais raksts|eelmine artikkel|"
    r"järgmine artikkel|forrige artikkel|neste artikkel|article anterior|article següent|artikulli i mëparshëm|"
    r"artikulli tjetër|artikel sebelumnya|artikel selanjutnya|bài trước|bài tiếp theo"
)
TAG_WORD = by_first_letter(TAG_WORD)

COMMENTS_HEADER = by_first_letter(
    r"comments?|kommentare|commentaires|comentarios|comentários|commenti|комментарии|коментарі|komentarze|"
    r"reacties|kommentarer|yorumlar|komentáře|komentáre|diskuse|diskusia|diskusie|comentarii|hozzászólások|"
    r"kommentit|σχόλια|коментари|komentari|komentarji|komentarai|komentāri|kommentaarid|athugasemdir|comentaris|"
    r"komente|komentar|bình luận"
)
# A comment thread's heading under the article, as blog templates write it: a count or "one", a word for the
# comments, "on" or "to" and the post's title in quotes ("12 thoughts on “Title”", "Ein Gedanke zu „Title“").
ONE_WORD = r"one|an?|ein|eine|un|une|una|uno|um|uma|één|een|en|ett"
THREAD_WORD = (
    r"thoughts?|responses?|repl(?:y|ies)|comments?|gedanken?|antworten|antwort|kommentare?|réflexions?|réponses?|"
    r"commentaires?|respuestas?|comentarios?|risposte|risposta|commenti|commento|pensieri|pensiero|respostas?|"
    r"comentários?|reacties?|reactie|gedachten?|kommentarer?|svar"
)
THREAD_TO = r"to|on|zu|auf|à|sur|a|en|sobre|su|op|på|om|till|em|para"
# "Comments are closed.", "Die Kommentarfunktion wird 2 Tage nach Veröffentlichung geschlossen.": the comments, a
# verb, and the word that closes or disables them
COMMENTS_SUBJECT = (
    r"(?:the\s+)?comments?(?:\s+section)?|(?:die\s+)?kommentar(?:e|funktion)|les commentaires|los comentarios|"
    r"i commenti|os comentários|(?:de\s+)?reacties"
)
COMMENTS_VERB = (
    r"are|is|have been|has been|sind|ist|wurde|wird|werden|sont|est|ont été|a été|están|está|han sido|sono|è|"
    r"estão|foram|zijn|worden|wordt"
)
CLOSED_WORD = (
    r"closed|disabled|turned off|geschlossen|deaktiviert|abgeschaltet|fermés?|désactivés?|cerrados?|desactivados?|"
    r"deshabilitados?|chiusi|disabilitati|encerrados|fechados|desativados|gesloten|uitgeschakeld"
)
LEAVE_A_COMMENT = by_first_letter(
    r"leave a (?:comment|reply)|add (?:a comment|comments)|post a comment|kommentar schreiben|laisser un commentaire|"
    r"deja un comentario|оставить комментарий|napište komentář|přidat komentář|pridať komentár|napíšte komentár|"
    r"lasă un comentariu|adaugă un comentariu|szólj hozzá|szóljon hozzá|kommentoi|jätä kommentti|"
    r"skriv en kommentar|γράψτε (?:ένα )?σχόλιο|напишете коментар|оставете коментар|ostavite komentar|"
    r"napišite komentar|оставите коментар|parašykite komentarą|komentēt|kommenteeri|skrifa athugasemd|"
    r"deixa un comentari|lini një koment|tulis komentar|viết bình luận|"
    # WordPress's "Leave a Reply" and "Leave a comment" as its translations write them, on every blog of the language
    r"hinterlasse (?:einen kommentar|eine antwort)|schreibe einen kommentar|laisser une réponse|deja una respuesta|"
    r"lascia un commento|lascia una risposta|deixe um comentário|deixe uma resposta|geef een reactie|"
    r"laat een reactie achter|lämna ett svar|lämna en kommentar|skriv et svar|efterlad en kommentar|dodaj komentarz|"
    r"zostaw komentarz|tinggalkan balasan|tinggalkan komentar|bir cevap yazın|yorum yapın|добавить комментарий|"
    r"оставьте ответ|залишити коментар|"
    # Drupal's "Add new comment", the voseo and tú of "Leave your comment"
    r"add new comment|إضافة تعليق(?: جديد)?|dejá tu comentario|deja tu comentario|escribe tu comentario"
)

# Sponsored-content labels: "Sponsored", "Sponzorovaný obsah", "Kaupallinen yhteistyö", "Χορηγούμενο".
SPONSORED = by_first_letter(
    r"sponsored|gesponsert\w*|sponsoris\w+|patrocinad\w+|sponsorizzat\w+|спонсор\w*|sponsorowan\w*|gesponsord\w*|"
    r"sponsrad\w*|sponsrat\w*|sponsorlu|promoted|partner content|advertorial|sponzor\w*|sponsorizat\w*|szponzor\w*|"
    r"támogatott tartalom|kaupallinen yhteistyö|sponsoreret|χορηγούμεν\w*|спонсорира\w*|платена публикация|"
    r"спонзорисан\w*|užsakomasis turinys|sponsorēt\w*|reklāmraksts|sponsoreeri\w*|reklaamtekst|sponset|"
    r"annonsørinnhold|kostað efni|patrocinat\w*|sponsorizuar|bersponsor|được tài trợ|komerční sdělení|"
    r"komerčná prezentácia|plaćeni oglas|oglasno sporočilo"
)
# Consent buttons alone on a line: "Accept all", "Přijmout vše", "Αποδοχή όλων", "Cookie settings".
ACCEPT_ALL = by_first_letter(
    r"accept all|accept cookies|alle akzeptieren|tout accepter|aceptar todo|принять все|"
    r"manage (?:cookies|preferences)|cookie settings|přijmout vše|prijať všetko|acceptă toate|acceptați toate|"
    r"összes elfogadása|elfogadom|hyväksy kaikki|accepter alle|acceptér alle|αποδοχή όλων|приемам всички|"
    r"приеми всички|prihvati sve|prihvaćam sve|sprejmi vse|прихвати све|прифати ги сите|sutinku su visais|"
    r"pieņemt visus|nõustu kõigiga|godta alle|samþykkja allt|accepta-ho tot|acceptar-ho tot|pranoj të gjitha|"
    r"terima semua|chấp nhận tất cả|nastavení cookies|nastavenia cookies|setări cookie|süti beállítások|"
    r"evästeasetukset|cookieindstillinger|ρυθμίσεις cookies|настройки на бисквитките|postavke kolačića|"
    r"nastavitve piškotkov|slapukų nustatymai|sīkdatņu iestatījumi|küpsiste seaded|informasjonskapsler"
)
# A prompt to listen to the article: "Poslechněte si článek", "Ακούστε το άρθρο", "Dengarkan artikel ini".
LISTEN_VERB = guarded(
    r"listen|hören|anhören|écouter|écoutez|escuchar|escucha|ouvir|ouça|ascolta|ascoltare|слушать|послушать|"
    r"слухати|прослухати|dinle|posłuchaj|odsłuchaj|luister|lyssna|poslechněte|poslechnout|vypočujte|vypočuť|"
    r"ascultă|ascultați|hallgassa|hallgasd|kuuntele|lyt|lyt til|lytt|ακούστε|άκου|чуйте|слушайте|poslušajte|"
    r"poslušaj|слушајте|klausykite|klausytis|noklausieties|klausīties|kuula|kuulake|hlustaðu|hlusta|escolta|"
    r"escolteu|dëgjo|dëgjoni|dengarkan|dengar|nghe|استمع|استمعوا|بشنوید|سنیں|سنئے|האזינו|האזינו ל"
)

# The BBC's labels of a picture's source and caption, written before a comma, in English and its language services
PICTURE_LABEL_COMMA = (
    r"image source|image caption|media caption|video caption|picture source|"
    r"fuente de la imagen|pie de foto|legenda da foto|legenda do vídeo|автор фото|подпись к фото|"
    r"джерело фото|підпис до фото|fotoğraf kaynağı|fotoğraf altı yazısı|görsel kaynağı|"
    r"مصدر الصورة|التعليق على الصورة|منبع تصویر|توضیح تصویر|تصویر کا ذریعہ|تصویر کا کیپشن|"
    r"इमेज स्रोत|इमेज कैप्शन|फ़ोटो कैप्शन|ছবির উৎস|ছবির ক্যাপশন|chanzo cha picha|maelezo ya picha|"
    r"nguồn hình ảnh|chụp lại hình ảnh|sumber gambar|keterangan gambar|source de l'image|légende de l'image"
)

# The wire agencies a story draws on, by the short names they sign with ("dpa", "AFP", "EFE")
WIRE_AGENCY = (
    r"associated press|agence france-presse|press association|united press international|"
    r"dpa|afp|ap|reuters|efe|ansa|tass|тасс|pap|anp|belga|tt|ntb|aa|lusa|apa|sda|ukrinform|epd|kna|sid"
)

LINE_PATTERNS: dict[str, list[str]] = {
    "share_widget": [
        # a row of buttons in any language: two to eight of them ("f  WA  𝕏", "⎙  TG  ✉", "TG / 𝕏"); not two short
        # words ("Il ne"), not a section break ("* * *")
        BUTTONS,
        # a forward button alone: "Forward", "Prześlij dalej", "Stuur door"
        r"(?:forward|pass it on|weiterleiten|weitersagen|transférer|reenviar|inoltra|encaminhar|doorsturen|stuur door|"
        r"skicka vidare|prześlij dalej|przekaż dalej|переслать|переслати|ilet|シェアする|공유하기)",
        r"(?:(?:icon|fa|fab|social|share)[-_][\w-]+[\s,|·•/]*)+",
        # a theme's class names for its buttons, one prefix for all: "sh-fb  sh-x  sh-wa", "btn_tw btn_fb"
        r"(?=(?:\S+\s+){0,7}\S+$)(?-i:(?P<css>[a-z]{1,6})[-_][a-z]{1,12})(?:\s+(?-i:(?P=css)[-_][a-z]{1,12})){1,7}",
        # "X – WhatsApp – Bluesky", "Share on Facebook Share on Twitter Email": each button maybe with its verb
        rf"(?:(?:(?:{SHARE_VERB})\s+(?:\w{{1,4}}\s+)?)?(?:{by_first_letter(SOCIAL)}|{EMAIL_WORD})(?!\w)[\s,|·•/–—-]*){{2,}}",
        rf"(?:\w+\s+){{0,2}}(?:{SHARE_VERB})(?:\s+[\w'’-]+){{0,4}}\s*:?",
        r"(?:この)?記事をシェア(?:する)?",  # Japanese "share this article"
        # German "teile" and "sharen" are share verbs only before the article ("Teile diesen Beitrag auf"; "Teile der
        # Stadt" are parts of it) or alone before a colon ("Sharen mit:")
        rf"(?:teile|teilt)\s+(?:diesen|den|dieses|das|diese|die)\s+(?:{ARTICLE_WORD}|post|blogpost|eintrag|seite)"
        r"(?:\s+[\w'’-]+){0,3}\s*[:!]?",
        r"sharen(?:\s+(?:mit|auf|via|per))?\s*:?",
        # "Liked this article? Share it with your friends!", "Artikel gefallen? Vergiss nicht zu teilen!"
        rf"(?=(?:\S+\s+){{0,11}}\S+$)(?=[^?]*(?<!\w)(?:{LIKED_WORD})(?!\w))[^.?!]{{2,60}}\?\s+[^.?!]*(?<!\w)"
        rf"(?:{SHARE_VERB})(?!\w)[^.?!]*[.!]?",
        # WordPress's "Like this:" over its like button; Blogger's share row, its "BlogThis!" the same in every language
        r"(?:like this|gefällt mir|j['’]aime ceci|me gusta esto|mi piace|curtir isso|vind ik leuk|gilla detta|"
        r"synes godt om dette|tykkää tästä|lubię to)\s*:",
        r"(?=(?:\S+\s+){0,20}\S+$).{0,120}blogthis!.{0,160}",
        # Chinese "share to" and its networks, written without spaces: "分享到微信", "分享到：微博 微信 QQ空间"
        r"(?:分享到|分享至|分享)\s*[:：]?\s*(?:(?:微信|微博|朋友圈|QQ空间|QQ|豆瓣|抖音)[\s|·/、]*)+",
        r"(?:e-?mail|mail|mejla|maila)\s+(?:this|dit|den|diesen|cet|este|questo|deze|denna|ten)?\s*(?:article|artikel\w*|"
        r"artículo|articolo|artigo|artykuł|story|beitrag)",
        r"(?:[\w'’-]+\s+){0,3}(?:print|drucken|druckansicht|druckversion|надрукувати|напечатать|распечатать|imprimer|imprimir|stampa|stampare|печат\w*|друк\w*|yazdır|"
        r"drukuj|wydrukuj|druku|çıktı al|afdrukken|printen|skriv ut|utskrift)(?:\s+[\w'’-]+){0,3}",
        # print buttons that are also ordinary words ("tulosta": "of the result"): alone, or with "article" or "page"
        rf"(?:{PRINT_BUTTON})"
        r"(?:\s+(?:článek|článok|stránku|artiklen|siden|artikkeli|sivu|cikket|cikk|oldalt|articolul|pagina|άρθρο|"
        r"σελίδα|статията|страницата|članak|članek|stranicu|stran|straipsnį|puslapį|rakstu|lapu|artiklit|lehte|"
        r"greinina|síðu|article|artikel|artikull|faqen|halaman|trang))?",
        r"e-?mail this (?:article|story)|send by e-?mail",
        rf"(?:\w+\s+){{0,2}}(?:{SEND_VERB})(?:\s+\w+){{0,2}}\s+(?:{EMAIL_WORD})",
        rf"(?:\w+\s+){{0,1}}(?:{EMAIL_WORD})(?:\s+\w+){{0,2}}\s+(?:{SEND_VERB})",
        rf"(?:{EMAIL_WORD})",
        r"(?:copy|kopieren|copier|copiar|copia|kopieer|kopiuj|kopiera|скопировать|копировать|скопіювати|"
        r"копіювати|kopyala)\s+(?:the\s+)?(?:link|lien|le lien|enlace|ссылку|посилання)|(?:link|bağlantıyı)\s+"
        r"(?:kopieren|kopyala)",
        # a short request to send, forward or recommend the article, to a friend, by e-mail or on a network
        rf"(?=(?:\S+\s+){{0,5}}\S+$)(?!.*[.!?]$)(?=.*(?<!\w)(?:{SEND_SHARE_FORWARD})(?!\w))"
        rf"(?=.*(?<!\w)(?:{EMAIL_WORD}|{NETWORKS}|viber|одноклассники|{FRIEND_WORD}|{ARTICLE_WORD})).*",
        # a short line naming a network with "us"/"our"/"channel": "Join our WhatsApp channel", "Читайте нас в Telegram"
        rf"(?=(?:\S+\s+){{0,7}}\S+$)(?!.*[.!?]$)(?=.*\b(?:{by_first_letter(NETWORKS)}))(?=.*(?<!\w)(?:{FOLLOW_US})(?!\w)).*",
        rf"(?:{FOLLOW_US_PHRASE}).{{0,60}}",
        # "Follow our sports desk on X": a follow verb, then "on" and a network
        r"(?=(?:\S+\s+){0,11}\S+$)(?!.*[.!?]$)(?:\S+\s+)?(?:follow|folg\w*|suivez|sigue\w*|síguenos|segui\w*|siga|volg|följ|"
        r"obserwuj|śledź|следите|подпишитесь|стежте|підпишіться|takip edin)(?!\w)"
        rf"(?=.*(?<!\w)(?:on|auf|bei|sur|en|su|em|no|na|op|på|в|у)\s+(?:x|{NETWORKS})(?!\w)).*",
        # a follow request with the site's handles, whatever follows it: "Follow The Gleaner on Twitter and Instagram
        # @JamaicaGleaner and on Facebook @GleanerJamaica. Send us a message on WhatsApp …"
        r"(?=(?:\S+\s+){0,49}\S+$)(?=.*(?<![\w.])@\w{2,})"
        r"(?:follow|folg\w*|suivez|sigue\w*|síguenos|segui\w*|siga|volg|följ|obserwuj|śledź)\s+(?:\S+\s+){0,4}"
        rf"(?:on|auf|bei|sur|en|su|em|no|na|op|på)\s+(?:x|{NETWORKS})(?!\w).*",
        # "Gift this article", "Regala l'articolo a un amico: potrà leggerlo gratis": giving an article away
        rf"(?=(?:\S+\s+){{0,13}}\S+$)(?!.*[.!?]$)(?=.*(?<!\w)(?:{by_first_letter(GIFT_VERB)})(?!\w))(?=.*(?<!\w)(?:{GIFT_OBJECT})(?!\w)).*",
    ],
    "navigation": [
        # a table of contents' heading, maybe with its toggle: "Inhaltsverzeichnis [Verbergen]", "Table of Contents"
        r"(?:table of contents|inhaltsverzeichnis|sommaire|tabla de contenidos?|índice de contenidos|"
        r"indice dei contenuti|índice de conteúdo|inhoudsopgave|innehållsförteckning|spis treści|содержание статьи|"
        r"зміст статті|içindekiler)(?:\s*[\[(](?:hide|show|toggle|verbergen|anzeigen|ausblenden|masquer|afficher|"
        r"ocultar|mostrar|nascondi|mostra|tonen)[\])])?",
        # a blog's pager: "Newer Post Older Post Home", "Neuerer Post Älterer Post Startseite"
        r"(?=(?:\S+\s+){0,9}\S+$)"
        r"(?=.*(?:(?:newer|neuerer|neuere) (?:posts?|entries|beitrag|beiträge|einträge)|articles? plus récents?|"
        r"entradas? más recientes?|post più recenti?|postagens? mais recentes?))"
        r"(?=.*(?:(?:older|älterer|ältere) (?:posts?|entries|beitrag|beiträge|einträge)|articles? plus anciens?|"
        r"entradas? (?:más )?antiguas?|post più vecchi|postagens? mais antigas?)).*",
        r"(?:home|start|startseite|accueil|inicio|início|главная|головна|ana sayfa|strona główna|hem)"
        r"\s*(?:[>»›/|→]\s*[\w .,'’&-]{1,40}){1,6}",
        # atomic items: an item's own spaces and the spaces around its separator could be shared out in many ways,
        # and a row that fails at its end (an A–Z index ending in "§") retried every way: exponential in its items
        r"(?>[\w .'’&-]{1,25}\s*[»›|→]\s*){2,}[\w .'’&-]{1,40}",
        r"[^\W\d][\w.'’&-]*(?: [\w.'’&-]+){0,2}(?:\s+[>»›|→/]\s+[^\W\d][\w.'’&-]*(?: [\w.'’&-]+){0,2}){2,6}",
        rf"(?:{SKIP_OR_SEARCH})(?:\s+(?:for|nach))?\s*:?",  # a search box's label too: "Search for:", "Suche nach:"
        rf"(?:{LOGIN_BUTTON})"
        rf"(?:\s*[|/?]?\s*(?:{REGISTER_BUTTON}))?",
        # "Have an account? Log in", "¿Tienes cuenta? Entra": a short question about an account, then a button
        r"(?=(?:\S+\s+){0,7}\S+$)(?=[^?]{3,70}\?)¿?(?=.*(?<!\w)(?:account|konto|compte|cuenta|conta|profil|аккаунт\w*|акаунт\w*|"
        r"hesab\w*|abonnent\w*|subscri\w*|abonn\w*|suscri\w*|assina\w*|abbona\w*|подписк\w*|передплат\w*|"
        r"abonelik\w*|prenumeration|subskrypcj\w*))"
        r"[^?]{3,60}\?\s*(?:\S+\s*){1,3}",
        rf"(?:{PREVIOUS_NEXT})",
        # a pager's and a list's buttons alone, maybe with an arrow: "Previous", "Weiter »", "Page 2 of 5", "Load
        # more", "Continue reading", "Lire la suite …"
        r"[«‹←<]?\s*(?:previous|next|zurück|weiter|précédent|suivant|anterior|siguiente|precedente|successivo|"
        r"próximo|poprzednia|następna|vorige|volgende|edellinen|seuraava|előző|következő|sebelumnya|selanjutnya|"
        r"load more|show more|mehr laden|mehr anzeigen|alle anzeigen|voir plus|voir tout|ver más|ver todo|ver tudo|"
        r"mostra di più|mostra tutti|mostrar mais|pokaż więcej|zobacz wszystkie|näytä lisää|näytä kaikki|"
        r"muat lebih banyak|lihat semua|toon meer|bekijk alles|see all|view all|weiterlesen|lire la suite|"
        r"continua a leggere|continuar lendo|continuar leyendo|lees meer|czytaj dalej|lue lisää|"
        r"baca selengkapnya|tovább olvasom|continue reading)\s*[»›→>…]?",
        r"(?:page|seite|página|pagina|strona|sivu|halaman)\s+\d+\s+(?:of|von|sur|de|di|z|van|dari|/)\s+\d+",
        # a language switcher: two or more languages by their own names ("Bahasa Indonesia | English")
        rf"(?:{ENDONYM_FAST})(?:\s*[|·•/]\s*(?:{ENDONYM_FAST})){{1,12}}",
        # a kicker word alone in capitals above a headline: "EXCLUSIVE", "EILMELDUNG", "ТЕРМІНОВО"
        rf"(?=(?-i:[^a-zß-öø-ÿа-яёїієґıçşğα-ωά-ώ]+$))(?:{KICKER_WORD})",
        # a link to the full version of a mobile page: "View full site", "Полная версия сайта", "Till hela sajten"
        rf"(?=(?:\S+\s+){{0,7}}\S+$)(?=(?:{VERSION_OR_GO}|{FULL_WORD}|{SITE_WORD})(?!\w))(?!.*[.!?]$)"
        rf"(?=.*(?<!\w)(?:{SITE_WORD})(?!\w))(?=.*(?<!\w)(?:{FULL_WORD})(?!\w))"
        rf"(?=.*(?<!\w)(?:{VERSION_OR_GO})(?!\w)).*",
    ],
    "loading": [  # "Loading player...", "Video loading", "Подождите, идёт загрузка"
        r"(?:[^\W\d][\w-]*,?\s+){1,2}(?:loading|wird geladen|chargement|cargando|carregando|caricamento|загрузка|"
        r"загружается|завантаження|завантажується|yükleniyor|ładowanie|a carregar)\s*[.…]*",
        r"(?:loading|please wait|wird geladen|lade|chargement|cargando|carregando|caricamento|загрузка|"
        r"загружается|завантаження|завантажується|yükleniyor|ładowanie|laden|laddar|a carregar|načítání|načítava sa|"
        r"načítavanie|se încarcă|betöltés|töltődik|ladataan|indlæser|φόρτωση|зареждане|učitavanje|nalaganje|"
        r"учитавање|се вчитува|įkeliama|ielādē|laadimine|laster|hleður|carregant|duke u ngarkuar|memuat|đang tải)"
        r"(?:\s+\w+){0,2}\s*[.…]*",
        r"(?:[^\W\d][\w-]*,?\s+){0,2}[^\W\d][\w-]*\s*(?:\.\.\.|…)",  # "Trwa ładowanie...", "Espere, por favor..."
        # a short line with a waiting or loading word, ending in "…": "Please wait while the page loads…"
        rf"(?=(?:\S+\s+){{0,8}}\S+$)(?=.*[^.](?:\.\.\.|…)$)(?=.*(?<!\w)(?:{LOADING_WORD})).*",
        # a browser's or a player's notice: "Your browser does not support the video tag.", "Please enable JavaScript
        # to view the comments powered by Disqus.", "Play video"
        r"(?:your browser does not support (?:the )?(?:video|audio|html5 video|iframes?)(?: (?:tag|element))?|"
        r"(?:please )?enable javascript to (?:view|see|watch|play) .{1,60}|(?:play|watch) (?:the )?video|"
        r"ihr browser unterstützt (?:das|kein) (?:video|audio).{0,40}|"
        r"votre navigateur ne (?:prend|supporte) pas .{1,40})[.!]?",
        # a player that loads: "Chargement du lecteur audio", "Ljudspelaren laddas"
        rf"(?=(?:\S+\s+){{0,4}}\S+$)(?!.*[.!?]$)(?=.*(?<!\w)(?:{LOADING_WORD}))(?=.*(?:{PLAYER_WORD})).*",
        # a player's controls and times, no word in any language: "⏵ 00:00 — 1:12:12", "▶ 0:00 / 3:45"
        rf"(?=.*[{MEDIA_CONTROLS}])(?=.*\d:\d\d)[{MEDIA_CONTROLS}\d\s:./|–—-]+",
    ],
    "cookie_banner": [
        rf"(?=.{{0,400}}$)(?=.*\b(?:{COOKIE_WORD})\b)"
        r"(?=.*(?:accept|akzept|agree|consent|zustimm|acept|aceit|accett|соглаш|соглас|разреша|дозволя|погоджу|приня|прийня|kabul|"
        r"akcept|godkänn|partner\w*|partenaires|socios|parceiros|einstellungen|preferences|préférences|preferenze|"
        r"preferências|preferencias|voorkeuren|inställningar|tercih\w*|ustawienia|configur\w*|paramétr\w*|"
        r"verwalten|manage|gestisci|gerir|beheren|hantera|policy|richtlinie|politi|beleid|datenschutz|privacy|"
        r"website|web site|\bsite|sitio|\bsito|"
        r"сайт|strona|stron|serwis|webbplats|navigat|browsing|experience|erfahrung|expérience|"
        # consent, settings, site and experience words in more languages
        r"souhlas|súhlas|elfogad|hyväksy|αποδοχ|αποδέχ|συναίν|приемам|приема|съглас|prihvać|prihvat|sprejm|strinja|"
        r"прихват|sutink|piekrīt|pieņem|nõustu|godta|samþykk|acceptar|prano|setuju|terima|đồng ý|chấp nhận|"
        r"nastaven|prispôsob|setări|beállítás|asetuks|indstilling|innstilling|ρυθμίσ|настройк|postavk|nastavitv|"
        r"подешавањ|nustatym|iestatījum|seaded|stilling|configuració|cilësim|pengaturan|cài đặt|"
        r"webu|webov|oldal|sivusto|sivuston|hjemmeside|ιστότοπ|ιστοσελίδ|stranic|spletn|svetain|vietn|veeb|vefs|"
        r"faqe|situs|trang|zkušenost|zážit|experiența|élmény|kokemus|oplevelse|εμπειρία|преживяване|iskustv|izkušnj|"
        r"patirt|pieredz|kogemus|upplifun|experiència|përvoj|pengalaman|trải nghiệm)).*",
        # a privacy notice with a consent button: "Nous respectons votre vie privée : Accepter et fermer"
        r"(?=(?:\S+\s+){0,15}\S+$)(?=.*(?<!\w)(?:privacy|vie privée|datenschutz|privacidad|privacidade|riservatezza|"
        r"prywatnoś\w+|integritet|конфиденциальн\w+|конфіденційн\w+|kişisel veri\w*|kvkk))"
        r"(?=.*(?<!\w)(?:accept|akzept|acept|aceit|accett|akcept|godkänn|accepteren|tamam|ok\b|zgadzam|принять|прийняти|согласен|погоджуюсь)).*",
        # a privacy notice ending with a short button after a full stop or colon: "… consent. Allow all"
        rf"(?=(?:\S+\s+){{0,15}}\S+$)(?=.*[.:!?]\s)(?=.*(?<!\w)(?:{PRIVACY_WORD})).*[.:!?]\s+(?:\S+\s+){{0,2}}"
        rf"(?:{CONSENT_BUTTON})(?:\s+\S+){{0,2}}",
        rf"(?:{ACCEPT_ALL})",
        # an embed's consent placeholder: a click that loads outside content ("Klicken Sie auf den unteren Button, um
        # den Inhalt von www.komoot.de zu laden."), or its button alone ("Inhalt laden", "Load external content")
        rf"(?=(?:\S+\s+){{0,15}}\S+$)(?=.*(?<!\w)(?:{CLICK_WORD})(?!\w))(?=.*(?<!\w)(?:{LOADING_WORD})(?!\w))"
        rf"(?=.*(?<!\w)(?:{EMBED_CONTENT})(?!\w)).*",
        rf"(?=(?:\S+\s+){{0,2}}\S+$)(?!.*[.!?]$)(?=.*(?<!\w)(?:{LOADING_WORD})(?!\w))"
        rf"(?=.*(?<!\w)(?:{EMBED_CONTENT})(?!\w)).*",
        # a notice and its buttons in any language: a sentence, then buttons of one or two words parted by bars
        # ("Ka whakamahia e mātou ngā pihikete … wheako. Whakaae | Tautuhinga"); no figure among the buttons, no
        # question before them (a reader's prompt: "Hat Ihnen der Artikel gefallen? Ja | Nein")
        rf"(?=.{{0,400}}$).*?[.…。]\s+{LETTER}+(?:\s{LETTER}+)?(?:\s*\|\s*{LETTER}+(?:\s{LETTER}+)?)+",
    ],
    "newsletter": [
        rf"(?=(?:\S+\s+)?(?:{SIGN_UP_VERB})(?!\w))(?=(?:\S+\s+){{0,11}}\S+$)(?!.*[.!?]$).*",
        # "Get our morning briefing straight to your inbox": a short request to receive news, in any words
        rf"(?=(?:\S+\s+){{0,13}}\S+$)(?!.*[.!?]$)(?:[^:]{{1,40}}:\s+|\S+\s+)?(?:{RECEIVE_VERB})\b"
        rf"(?=.*(?<!\w)(?:{NEWS_WORD})).*",
        # (also at the end of a compound: "voetbalnieuwsbrief", "Sportnyhetsbrevet")
        rf"(?=(?:\S+\s+){{0,11}}\S+$)(?!.*[.!?]$).*(?:(?<!\w)(?:{NEWSLETTER_WORD})|(?:{NEWSLETTER_COMPOUND})\w*)"
        r"(?!\w).*",
        # a blog's follow widget: "Join 1,234 other subscribers", "Schließe dich 600 Followern an"
        rf"(?=(?:\S+\s+){{0,7}}\S+$)(?:{JOIN_VERB})\s+(?:\S+\s+)?\d[\d.,\u00a0 ]*\s+(?:\S+\s+)?(?:{FOLLOWER_WORD})"
        r"(?!\w).*",
        # "Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.": new posts by e-mail
        rf"(?=(?:\S+\s+){{0,25}}\S+$)(?=.*(?<!\w)(?:{EMAIL_WORD}))(?=.*(?<!\w)(?:{NEW_POSTS})(?!\w))"
        rf"(?=.*(?<!\w)(?:{YOUR_OR_HERE})(?!\w)).*",
        r".*\b(?=[snaizpп])(?:subscribe|sign up|newsletter(?:u|a|ul|-ul|em|y|ov|ie)?|abonnieren|abonnez-vous|"
        r"suscríbete|iscriviti|assine|подпишитесь|підпишіться|abone ol|zapisz się|schrijf je in|prenumerera)\b.{0,120}",
    ],
    "paywall": [
        # a meter or a lock: "You have 3 free articles left", "This content is only available to subscribers"
        r"you have (?:\d+|one|two|three) free (?:articles?|stories) (?:left|remaining)(?: this month)?[.!]?|"
        r"this (?:content|article|story) is (?:only available|available only|exclusive) (?:to|for) "
        r"(?:subscribers|members)[.!]?",
        # a subscription word with "continue reading", or with "only/exclusively" and an article word
        # ("This article is for subscribers only"); or "continue reading" with a free offer
        rf"(?=(?:\S+\s+){{0,11}}\S+$)(?!.*[.!?]$)"
        rf"(?:(?=.*(?<!\w)(?=[sapпeσаnáblđt])(?:{SUBSCRIBE_WORD}))(?:(?=.*(?<!\w)(?:{CONTINUE_READING})(?!\w))"
        rf"|(?=.*(?<!\w)(?:{PAYWALL_ONLY})(?!\w))(?=.*(?<!\w)(?:{ARTICLE_WORD})(?!\w)))"
        rf"|(?=.*(?<!\w)(?:{CONTINUE_READING})(?!\w))"
        r"(?=.*(?<!\w)(?:free|gratis|kostenlos|gratuit\w*|бесплатн\w*|безкоштовн\w*|ücretsiz|za darmo|zdarma|zadarmo|"
        r"ingyen\w*|ilmai\w*|δωρε[άα]ν|безплатн\w*|besplatn\w*|brezplačn\w*|nemokam\w*|bezmaksas|tasuta|ókeypis|"
        r"gratuït\w*|falas|miễn phí)(?!\w))).*",
        # a subscriber asked to log in: "If you're seeing this message but you're already a subscriber, you can log in
        # for immediate access to this story."
        r"(?=(?:\S+\s+){0,29}\S+$)(?=.*(?<!\w)(?:already (?:a )?(?:subscriber|member)|already subscribed|"
        r"(?:bereits|schon) abonnent\w*|déjà abonné\w*|ya (?:eres|es) (?:suscriptor|socio)|já é assinante|"
        r"sei già abbonato|al abonnee)(?!\w))(?=.*(?<!\w)(?:log ?in|sign ?in|anmelden|einloggen|connecte[zr]|"
        r"inicia sesión|ingresa|faça login|accedi|inloggen)(?!\w)).*",
    ],
    "app_prompt": [
        # "Turn on notifications for breaking news", "Włącz powiadomienia": enabling a site's push notifications
        rf"(?=(?:\S+\s+){{0,11}}\S+$)(?!.*[.!?]$)(?=.*(?<!\w)(?:{by_first_letter(NOTIFY_WORD)})(?!\w))(?=.*(?<!\w)(?:{ENABLE_VERB})(?!\w)).*",
        rf"(?=(?:\S+\s+){{0,11}}\S+$)(?!.*[.!?]$)(?=.*(?<!\w)(?:{by_first_letter(APP_WORD)})(?!\w))"
        rf"(?=.*(?<!\w)(?:{NEWS_WORD}|{FOLLOW_US}|download|herunterladen|télécharg\w*|descarg\w*|baix\w*|scarica|"
        rf"скача\w*|завантаж\w*|indir|pobierz|ladda ner|stáhn\w*|stiahn\w*|descarc\w*|descărca\w*|instal\w*|"
        rf"töltse le|töltsd le|letölt\w*|telepít\w*|lataa|hent|κατεβάστε|изтеглете|preuzmi\w*|prenesi\w*|"
        rf"prenesite|преузми\w*|преземи\w*|atsisiųsk\w*|lejupielād\w*|laadi alla|sæktu|baixa\w*|descarrega\w*|"
        rf"shkarko|unduh|tải)(?!\w)).*",
        # a longer sentence naming the stores: "For the latest stories and breaking news updates download the Nationnews
        # apps for iOS and Android."
        rf"(?=.*(?<!\w)(?:{by_first_letter(APP_WORD)})(?!\w))(?=(?:\S+\s+){{0,24}}\S+$)"
        r"(?=.*(?<!\w)(?:ios|android|app store|google play|play store)(?!\w))"
        rf"(?=.*(?<!\w)(?:{NEWS_WORD})(?!\w))(?=.*(?<!\w)(?:download|get|install\w*|herunterladen|laden|"
        r"télécharg\w*|descarg\w*|baix\w*|scarica|installa\w*|instal\w*|pobierz|indir)(?!\w)).*",
    ],
    "caption": [
        # a Japanese or Chinese picture's caption: "【写真】議会の様子"
        r"【(?:写真|画像|動画|图|图片|視頻|视频)】.{0,150}",
        # the BBC's picture labels before a comma, in its language services: "Image source, Getty Images", "Image
        # caption, <caption>", "Fuente de la imagen, …", "Legenda da foto, …", "Подпись к фото, …", "इमेज कैप्शन, …"
        rf"(?:{PICTURE_LABEL_COMMA})\s*[,،]\s*.{{1,300}}",
        # a picture's controls: "Toggle caption", "Hide caption", "Enlarge this image", "Click to enlarge"
        r"(?:toggle|hide|show) caption|enlarge this image|(?:click|tap) to enlarge|view (?:full )?image|"
        r"bild vergrößern|agrandir l'image|ampliar (?:la )?(?:imagen|foto)|ingrandisci",
        # a numbered gallery picture: "Fotogaleria 3/3: <caption>", "Gallery 2 of 8: <caption>"
        rf"(?:{PICTURE_NUMBER})\s*[:|–—-]\s*.{{1,300}}",
        # the picture number after the caption: "<caption> — кадр 8/12", "<caption> – imagem 9/10"
        # (the spaces before the dash start after a non-space and are taken whole: tried from every space of a long
        # run, they made a few words and ten thousand spaces take seconds)
        rf"(?=(?:\S+\s+){{0,15}}\S+$)(?=.*\w$).+?(?<=\S)\s++[–—|-]\s++(?:{PICTURE_NUMBER})",
        # a gallery label alone, with a picture or video word and a count: "Fotogalerie", "Galerie foto (12)"
        rf"(?:(?:photo|foto|video|videó|bild|kép|kuva|φωτο|фото|видео)\s+)?(?:{GALLERY_WORD}|photo gallery)"
        r"(?:\s+(?:photo|foto|video|videó|фото|видео))?(?:\s*\(?\d+\)?)?",
        # a gallery label, a caption and the picture's number: "Galleri: En levende plante (9/10)"
        rf"(?:\w+\s+)?(?:{GALLERY_WORD})(?:\s+\w+)?\s*:\s+.{{1,300}}?\(\d+\s*/\s*\d+\)",
    ],
    "live_badge": [  # a live word, a colon or dash, and a short unpunctuated tail (at most 7 words)
        rf"(?=(?:\S+\s+){{0,9}}\S+$)(?!.*[.!?]$)(?:{LIVE_WORD})\s*[:|–—-]\s+(?:\S+\s*){{1,7}}",
        # the live word alone, maybe after its dot: "Tempo real", "● LIVE", "Na żywo"
        rf"(?:[•●🔴▶]\ufe0f?\s*)?(?:{LIVE_WORD})(?=\s*$)",
        # a play or live mark before a short prompt, in any language: "▶ Mira el directe", "🔴 Xem trực tiếp"
        r"(?=(?:\S+\s+){0,6}\S+$)[▶🔴]\s*(?!.*[.!?]$)\S+(?:\s+\S+){0,5}",
        # a warning or countdown sign before a short alert, in any language: "⚠ Digniin: roobab culus …" (warning:
        # heavy rain), "⏳ 7 days left in the transfer window"
        r"(?=(?:\S+\s+){0,12}\S+$)[⚠⏳🚨]\ufe0f?\s*(?!.*[.!?]$)\S+(?:\s+\S+){0,11}",
    ],
    "dateline": [
        # short lines only (at most 9 words), one optional label ("Mis à jour", "Frissítve:", any one word), then:
        # "il y a 19 heures", "hace 11 h", "πριν από 7 ώρες"; "4 uur geleden bijgewerkt", "15 t sitten"; Danish and
        # Norwegian "for 16 t. siden"; Hungarian "13 órája"
        # ("\s*:?\s+" as "(?:\s*+:)?+\s++": the same lines, without sharing a run of spaces out every way)
        rf"(?=(?:\S+\s+){{0,8}}\S+$)(?:(?:{UPDATED_FAST}|[^\W\d]+)(?:\s*+:)?+\s++)?"
        rf"(?:(?:{AGO_BEFORE_FAST})\s+(?:\d+|an?|one|une?|einer?|un[ao]?)\s+(?:[^\W\d]|[\u0900-\u0dff]){{1,12}}\.?(?:\s+(?:{AGO_AFTER_FAST}))?"
        rf"(?:\s+(?:{UPDATED_FAST}))?"
        rf"|(?:\d+|an?|one)\s+(?:[^\W\d]|[\u0900-\u0dff]){{1,12}}\.?\s+(?:{AGO_AFTER_FAST})(?:\s+(?:{UPDATED_FAST}))?"
        rf"|(?:for|før)\s+\d+\s+(?:[^\W\d]|[\u0900-\u0dff]){{1,12}}\.?\s+siden"
        rf"|\d+\s+(?:{AGO_UNIT}))",
    ],
    "byline": [  # wire footers: "Reporting by A; Editing by B", "Additional reporting by C"
        # the agencies a text draws on, no person: "Mit Material von dpa", "Con información de EFE", "Avec AFP",
        # "With agencies", "(dpa)", "(AFP/Reuters)"
        rf"\(?(?:mit material (?:von|der|aus)|material:|con información de|con informaci[oó]n de las agencias|avec|"
        rf"with|with inputs from|com|con)\s+(?:(?:the\s+)?(?:{WIRE_AGENCY}|agencies|agences|agencias|agenzie|agências|"
        rf"agenturen|wire services)(?:\s*(?:[/,]|and|und|et|y|e)\s*)?)+\)?\.?",
        rf"\((?:{WIRE_AGENCY})(?:\s*/\s*(?:{WIRE_AGENCY}))*\)",
        r"(?=(?:\S+\s+){0,2}\S+$)\(\s*(?-i:[A-ZÀ-ÞА-ЯЁЇІЄҐ]{2,8})\s*\)",  # an agency's acronym alone: "(STA)", "(МИА)"
        r"(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|graphics|research)\s+by\s+"
        r"[^;.]{2,80}[;.]?\s*){1,5}",
        # "The Associated Press contributed to this report.", "Jane Smith contributed reporting.", "— With files from
        # The Canadian Press": who else reported, no author
        r"(?=(?:\S+\s+){2,14}\S+$)(?:\S+\s+){1,10}?contributed\s+(?:reporting|(?:to\s+)?this\s+(?:report|story|article))"
        r"(?:\s+from\s+[^.]{2,40})?\.?",
        r"[—–-]?\s*with files from\s+[^.]{2,60}\.?",
    ],
    "comments": [
        # a button that opens or skips to the comments: "Show comments", "Jump to comments", "Kommentare anzeigen"
        r"(?:show|hide|view|jump to|skip to|go to|see|load)\s+(?:all\s+)?(?:the\s+)?(?:\d+\s+)?comments?"
        r"|kommentare (?:anzeigen|einblenden|ausblenden)|(?:voir|afficher) les commentaires|ver (?:los )?comentarios",
        r"(?:댓글|评论|評論|コメント)\s*[（(]?\s*\d+\s*[)）]?",  # a count after the word: "댓글 0", "评论（12）"
        # ("1 245 zobrazení": thousands may be grouped by spaces)
        rf"[\d.,]+(?:[ \u00a0\u202f]\d{{3}})*\s*[km]?\s+(?:[^\W\d]+\s+)?(?:{COUNTED})"
        rf"(?:\s+(?:(?:of|de|dei|der|van|från|от)\s+)?(?:{READER_WORD}))?",
        # "Opinie czytelników: 48": a counted thing (of readers), a colon and the count
        rf"(?:[^\W\d]+\s+)?(?:{COUNTED})(?:\s+(?:(?:of|de|dei|der|van|från|от)\s+)?(?:{READER_WORD}))?\s*:\s*[\d.,]+\s*[km]?",
        rf"(?:(?:{READING})\s*:?\s*)?(?:(?:{ABOUT})\s*)?\d+\s*(?:{MINUTES})\s*(?:{READING})?\.?",
        # "Poslechněte si článek", "Listen to the audio version": a short prompt to listen to the article
        rf"(?=(?:\S+\s+)?(?:{LISTEN_VERB})(?!\w))(?=(?:\S+\s+){{0,6}}\S+$)(?!.*[.!?]$)(?:\S+\s+)?(?:{LISTEN_VERB})(?!\w)"
        rf"(?=.*(?<!\w)(?:{ARTICLE_WORD}|audio\w*|zvukov\w*|hang\w*|ääni\w*|lyd\w*|ήχο\w*|аудио\w*|zvočn\w*|"
        rf"garso|audioierakst\w*|heli\w*|hljóð\w*|àudio|podcast\w*|podcast)(?!\w)).*",
        # Hindi puts the verb last ("खबर सुनें", "listen to the news"); any language's prompt with its duration after
        # a separator ("Escuchar nota · 7 min", "खबर सुनें · 12 मिनट")
        rf"(?:खबर|ख़बर|समाचार|लेख)\s+(?:सुनें|सुनिए)(?:\s*[·|•–-]\s*\d+\s*(?:{MINUTES})\.?)?",
        # German, Dutch, Turkish and Korean put it last too: "Artikel anhören", "Artikel vorlesen lassen", "Artikel
        # beluisteren", "Haberi dinle", "기사 듣기"
        rf"(?:(?:diesen|den|dieses|das|dit|het)\s+)?(?:{ARTICLE_WORD}|haberi|makaleyi|yazıyı|기사)\s+"
        rf"(?:anhören|vorlesen(?: lassen)?|beluisteren|dinle(?:yin)?|듣기)(?:\s*[·|•–-]\s*\d+\s*(?:{MINUTES})\.?)?",
        rf"(?:\S+\s+)?(?:{LISTEN_VERB})(?!\w)(?:\s+[\w'’-]+){{0,3}}\s*[·|•–-]\s*\d+\s*(?:{MINUTES})\.?",
        # a short label with a duration in parentheses: "Listen to this article (13 min)", "Прослухати (5 хв)"
        rf"(?=(?:\S+\s+){{0,6}}\S+$)[^\W\d][\w'’-]*(?:\s+[\w'’-]+){{0,4}}\s*\(\s*\d+\s*(?:{MINUTES})\s*\)",
        r"(?:[\w'’]+\s+){0,3}\(?\d+\)?\s+(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|комментари[йяев]*|"
        r"коментар[іяів]*|yorum\w*|komentarz[yey]*|reacties?|kommentarer)(?:\s+[\w'’]+){0,2}",
        r"[^\W\d][\w'’-]*(?:\s+[\w'’-]+)?\s*\(\d+\)",  # "Réagir (12)", "Kommentare anzeigen (39)"
        # a short line with a count and a comment word: "Join the conversation (83 comments)", "12 Leserkommentare"
        r"(?=(?:\S+\s+){0,5}\S+$)(?=.*\d)(?=.*(?<!\w)(?:comments?|\w*kommentar(?:e|en|er)?|\w*koment\w*|\w*komment\w*|"
        r"comentari\w*|σχόλι\w*|hozzászólás\w*|příspěv\w*|príspev\w*|diskus\w*|diskuz\w*|athugasemd\w*|bình luận|"
        r"meinung\w*|opinion\w*|opinie|opinioni|opiniones|opiniões|"
        r"réactions?|commentaires?|comentarios?|"
        r"comentários?|commenti|commento|комментари\w*|коментар\w*|yorum\w*|komentarz\w*|reacties?)"
        r"(?!\w))(?!.*[.!?]$).*",
        rf"(?:{COMMENTS_HEADER})\s*:?\s*\(?\d*\)?",
        # "223 keer gereageerd", "61 har kommenterat": a count and a commented verb
        r"[\d.,]+\s*[km]?\s+(?:\S+\s+)?(?:gereageerd|kommenterat|kommentiert|commenté|comentad[oa]|commentat[oa]|"
        r"прокомментировал\w*|прокоментува\w*|skomentowa\w*|commented|reacted|yorum yapıldı)",
        rf"(?:{LEAVE_A_COMMENT})",
        rf"(?:\d+|{ONE_WORD})\s+(?:{THREAD_WORD})\s+(?:{THREAD_TO})\s+[“\"«„‘'‹›»].{{1,200}}",
        rf"(?:{COMMENTS_SUBJECT})\s+(?:{COMMENTS_VERB})\s+(?:[\w'’.-]+\s+){{0,8}}(?:{CLOSED_WORD})(?:\s+[\w'’.-]+){{0,5}}\s*[.!]?",
        # logging in to comment: "Please log in here to leave a comment.", "You must be logged in to post a comment."
        r"(?:please |you must be |you need to )?(?:log|sign)(?:ged)?[ -]?in (?:here )?to (?:leave|post|add|write) "
        r"(?:a )?(?:comment|reply)[.!]?",
        # the same as blog templates translate it: "Du musst angemeldet sein, um einen Kommentar abzugeben.", "Vous
        # devez être connecté pour publier un commentaire.", "Lo siento, debes estar conectado para publicar un
        # comentario."
        rf"(?=(?:\S+\s+){{0,15}}\S+$)(?:(?:sorry|lo siento|désolé|leider)[,!]?\s+)?(?:{MUST_PHRASE})\s"
        rf"(?=.*(?<!\w)(?:{LOGIN_WORD})(?!\w)).*(?<!\w)(?:{COMMENT_STEM}).*",
        # a prompt to comment: "Share your thoughts and debate the big issues", "Sagen Sie uns Ihre Meinung"
        r"(?=(?:\S+\s+){0,11}\S+$)(?:share|tell us|give us|let us know) your (?:thoughts|views|opinions?|comments?)"
        r"(?!\w).*|(?:teilen sie ihre meinung|sagen sie uns ihre meinung|sag uns deine meinung|donnez votre avis|"
        r"dites-nous ce que vous en pensez|deja tu opinión|danos tu opinión|dicci la tua|diga-nos o que pensa|"
        r"deel je mening|podziel się (?:swoją )?opinią|поделитесь своим мнением)(?!\w).{0,80}",
        # a reading time with no figure: "Ten tekst przeczytasz w mniej niż minutę", "Less than a minute read"
        r"(?=(?:\S+\s+){0,9}\S+$)(?!.*[.!?]$)(?=.*(?<!\w)(?:less than (?:a|one) minute|under (?:a|one) minute|"
        r"weniger als (?:eine|einer) minute|moins d['’]une minute|menos de (?:un|1) minuto|meno di un minuto|"
        r"mniej niż minutę|меньше минуты|менее минуты|менше хвилини)(?!\w))"
        rf"(?=.*(?<!\w)(?:{READING}|lesen|lire|leer|leggere|ler|przeczyta\w*|прочита\w*|прочит\w*)(?!\w)).*",
        # a blog's comment form, as its template translates it: "Your email address will not be published.", "Required
        # fields are marked *", "Save my name, email, and website in this browser for the next time I comment.", the
        # fields' labels with their asterisk, the button and the spam filter's notice
        r"(?=(?:\S+\s+){0,14}\S+$)(?:your|deine|ihre|votre|tu|su|il tuo|la tua|o seu|o teu|twój|je|uw|az|"
        r"ваш|alamat)\s+(?:\S+\s+){0,3}?(?:e-?mail|correo|endereço|indirizzo|adres|cím|адрес|email)[\w-]*"
        r"(?:\s+\S+){0,4}?\s+(?:will not be published|wird nicht veröffentlicht|ne sera pas publiée|"
        r"no será publicad[oa]|non sarà pubblicat[oa]|não será publicad[oa]|nie zostanie opublikowany|"
        r"wordt niet gepubliceerd|nem tesszük közzé|не будет опубликован|tidak akan dipublikasikan)\.?(?:\s+.{0,80})?",
        r"(?:sähköpostiosoitettasi ei julkaista|az e-mail címet nem tesszük közzé)\.?(?:\s+.{0,80})?",
        r"(?:required fields are marked|erforderliche felder sind mit|pflichtfelder sind mit|les champs obligatoires "
        r"sont indiqués avec|los campos obligatorios están marcados con|i campi obbligatori sono contrassegnati|"
        r"(?:os )?campos obrigatórios são marcados com|wymagane pola są oznaczone|vereiste velden zijn gemarkeerd met|"
        r"a kötelező mezőket|pakolliset kentät on merkitty|обязательные поля помечены|ruas yang wajib ditandai)"
        r"\s*\*?(?:\s*\S+){0,2}",
        r"(?=(?:\S+\s+){0,30}\S+$)(?:save my name|meinen namen|enregistrer mon nom|guarda mi nombre|"
        r"salva il mio nome|guardar (?:o )?meu nome|guardar o meu nome|zapisz moje dane|mijn naam|"
        r"tallenna nimeni|simpan nama saya|сохранить моё имя|сохранить мое имя)(?:,|\s)"
        r"(?=.*(?:browser|navigateur|navegador|przeglądar|selaim|браузер)).*",
        r"(?:name|e-?mail|website|comment|kommentar|nom|nombre|nome|imię|naam|név|nimi|nama|имя|"
        r"commentaire|comentario|commento|comentário|komentarz|reactie|hozzászólás|kommentti|komentar|"
        r"комментарий)\s*\*",
        r"(?:post|submit) comment|kommentar abschicken|kommentar absenden|publicar (?:el )?comentario|"
        r"invia commento|publicar comentário|opublikuj komentarz|reactie plaatsen|hozzászólás küldése|"
        r"lähetä kommentti|kirim komentar|отправить комментарий|"
        r"cancel reply|antworten abbrechen|annuler la réponse|cancelar (?:la )?respuesta|annulla risposta",
        r"(?=(?:\S+\s+){0,25}\S+$)(?=.*(?:reduce|reduzieren|réduire|reducir|ridurre|reduzir|zmniejsz|verminderen|"
        r"csökkent|vähentää|mengurangi|уменьш)).*\bakismet\b.*",
        r"(?=(?:\S+\s+){0,20}\S+$)(?:notify me of|benachrichtige mich über|prévenez-moi|avisarme de|"
        r"notificami|notificar-me|powiadom mnie|stuur mij een e-mail|értesítés|ilmoita minulle|beritahu saya|"
        r"уведомить меня)\b(?=.*(?:e-?mail|courriel|correo|sähköpost|почт)).*",
        # a comment policy's moderation notice: "Comments are moderated and will appear after approval.", "Please
        # understand that comments are moderated …", "Kommentare werden vor der Veröffentlichung moderiert."
        r"(?=(?:\S+\s+){0,40}\S+$)(?:(?:please\s+)?(?:note|understand|be aware)(?:\s+that)?\s+|all\s+|alle\s+|"
        r"tous les\s+|todos los\s+)?(?:(?:our|your|reader|user|die|les|los|i|os|de)\s+)?"
        rf"(?:{COMMENTS_HEADER})\s+(?:are|will be|may be|werden|sont|seront|son|serán|são|serão|sono|vengono|saranno|"
        r"worden)\s+(?:\S+\s+){0,4}?(?:moderat|moderad|moderi|modér|gemodereerd)\w*(?!\w).*",
    ],
    "advertisement": [
        r"[-–—•*|\[(]?\s*(?:advertisement|advertising|ad|anzeige|werbung|inserat|publicité|annonce|"
        r"(?:espaço|espacio|spazio|espace) publicit\w+|рекламн\w+ (?:блок|место)|hapësirë reklamuese|"
        r"publicidad|publicidade|pubblicità|реклама|reklam|reklama|advertentie|annons|promo|промо|reklame|"
        r"publicitate|publicitat|mainos|hirdetés|διαφήμιση|διαφημιση|oglas|оглас|reklāma|reklaam|annonse|"
        r"auglýsing|reklamë|iklan|quảng cáo|広告|广告|廣告|광고|إعلان|آگهی|تبلیغات|विज्ञापन|פרסומת|โฆษณา)"
        r"\s*[-–—•*|\])]?"
        r"(?:\s*[.,|]?\s*\d{1,2}\+)?",  # "- Anzeige -", "РЕКЛАМА. 16+": with an age rating
        # where an ad broke the text: "Skip advertisement", "Story continues below advertisement", "Continue reading
        # the main story", "Scroll to continue with content"
        r"(?:skip|close) (?:advertisement|ad)|(?:story|article) continues below(?: (?:advertisement|this ad))?|"
        r"continue reading the main story|scroll to continue(?: with content)?|"
        r"artikel wird unter der werbung fortgesetzt",
        r"(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама|"
        r"reklam|reklama|advertentie|annons|reklame|publicitate|publicitat|mainos|hirdetés|διαφήμιση|oglas|"
        r"оглас|reklāma|reklaam|annonse|auglýsing|reklamë|iklan)"
        r"\s*[-–—:|]\s*(?:[\w'’]+\s*){1,6}(?<![.!?])",  # "Advertisement – scroll"
        # "Story continues below advertisement", "Weiterlesen nach der Anzeige", "Реклама. Продолжение ниже"
        rf"(?=(?:\S+\s+){{0,8}}\S+$)(?=.*(?<!\w)(?:{AD_WORD})(?!\w))(?=.*(?<!\w)(?:{CONTINUES})(?!\w)).*",
        # "Contenuto offerto dal partner", "Партнерський матеріал": partner or sponsor content
        r"(?=(?:\S+\s+){0,6}\S+$)(?=.*(?<!\w)(?:partners?|партн[её]р\w*|patrocinador\w*|sponsor(?:s|ed)?|"
        r"annonsör\w*|iş birliği|annonceurs?)(?!\w))(?=.*(?:(?<!\w)(?:content|contenu|contenido|contenuto|"
        r"conteúdo|inhalt|material|materiał\w*|материал\w*|матеріал\w*|article|artikel|artykuł|içeriği?|treść)"
        r"(?!\w)|innehåll)).*",
        # sponsored-content labels: "PUBLI-REPORTAGE", "CONTENIDO DE MARCA", "PARTNERCONTENT", "ПАРТНЁРСКИЙ ПРОЕКТ"
        r"(?:brand(?:ed)? content|contenu de marque|contenido de marca|conteúdo de marca|contenuto di marca|"
        r"publi-?reportage|publirreportaje|pubbliredazionale|materiał promocyjny|artykuł promocyjny|"
        r"partner(?:content|inhalt|inhoud|innehåll)|партн[её]рский (?:проект|материал)|"
        r"партнерськ\w* (?:проєкт|матеріал)|ticari içerik|reklam içerik|betald (?:annons|partner\w*|samarbete)|"
        r"sponsored (?:post|story)|promoted content)",
        r"(?:на правах рекламы|на правах реклами|paid (?:post|content|partnership)|anzeigen?|publireportage|"
        r"contenido patrocinado|conteúdo patrocinado|contenuto sponsorizzato|reklamní sdělení|treść sponsorowana)",
        rf"(?:\w+\s+){{0,2}}(?:{SPONSORED})(?:\s+\w+){{0,3}}",
        # "GESPONSERT VON UNSEREN PARTNERN", "MATERIAŁ PARTNERA": a short label naming (our) partners or sponsors
        r"(?=(?:\S+\s+){0,5}\S+$)(?!.*[.!?]$)(?=.*(?<!\w)(?=[psoп])(?:partner(?:s|n|a|ów)?|partenaires?|socios|parceiros|ortak\w*|"
        r"партн[её]р\w*|sponsor\w*)(?!\w))(?=.*(?<!\w)(?:our|unseren|unserer|nos|nuestros|nuestras|nossos|nossas|"
        r"nostri|dei|onze|våra|vår|naszych|naszego|наших|наши|by|von|par|por|da|door|av|от|від|materiał|"
        r"матеріал\w*|материал\w*|katkı\w*|işbirliği\w*)(?!\w)).*",
        # gambling notices: two of its parts in a short line ("New customers only. T&Cs apply"), or a line that
        # opens with an addiction warning ("Jouer comporte des risques : endettement, dépendance… Appelez le …")
        rf"(?=(?:\S+\s+){{0,15}}\S+$)(?=.*(?<!\w)(?:{GAMBLING_FAST})(?!\w).*(?<!\w)(?:{GAMBLING_FAST})(?!\w)).*",
        rf"(?:{GAMBLING_RISK})(?!\w).{{0,160}}",
        # "Disclosure: this article contains affiliate links", "Мы можем получать комиссию … по ссылкам"
        rf"(?=(?:\S+\s+){{0,15}}\S+$)(?=.*(?<!\w)(?:{by_first_letter(AFFILIATE_WORD + '|' + COMMISSION_WORD)}))"
        rf"(?:(?=.*(?<!\w)(?:{AFFILIATE_WORD}))(?=.*(?:{LINK_OR_PURCHASE}))|(?=.*(?:{LINK_WORD}|{PARTNER_WORD}))).*",
        # longer when it names this page's links: "Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom
        # Händler, z.B. für solche mit -Symbol."
        rf"(?=(?:\S+\s+){{0,29}}\S+$)(?=.*(?<!\w)(?:{COMMISSION_WORD}))(?=.*(?<!\w)(?:{LINK_NOUN})(?!\w))"
        rf"(?=.*(?<!\w)(?:{THIS_PAGE})(?!\w)).*",
        # "See today's best deals", "Ver precio en Amazon": a price or deal button
        rf"(?=(?:\S+\s+){{0,6}}\S+$)(?=(?:\S+\s+)?(?:{PRICE_WORD}|{VIEW_VERB})(?!\w))(?!.*[.!?]$)"
        rf"(?=.*(?<!\w)(?:{PRICE_WORD})(?!\w))(?=.*(?<!\w)(?:{VIEW_VERB})(?!\w)).*",
    ],
    "related_links": [
        # a teaser's label in a script without case, a full-width colon or brackets around it: "相关新闻：…",
        # "関連記事：…", "[관련기사] …", "اقرأ أيضا: …", "यह भी पढ़ें: …"
        # "Click here to read more.", "Tap here for the full story"
        r"(?:click|tap) here (?:to (?:read|see|find out|learn) more|for (?:more|the full (?:story|article)))[.!]?",
        r"(?:相关新闻|相关阅读|延伸阅读|推荐阅读|相關新聞|延伸閱讀|関連記事|関連ニュース|관련\s?기사|"
        r"اقرأ أيضا|اقرأ أيضًا|اقرأ ايضا|यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें)\s*[:：]\s*\S.{0,150}",
        r"[\[【]\s*(?:相关新闻|相关阅读|関連記事|関連ニュース|관련\s?기사)\s*[\]】]\s*\S.{0,150}",
        # "read more" alone in a script without case or in Vietnamese: "記事の続きを読む", "شاهد أيضا", "और पढ़ें"
        r"(?:記事の)?続きを読む|阅读全文|閱讀全文|شاهد أيضا|شاهد أيضًا|और पढ़ें|đọc thêm",
        # one label word and an arrow before another story's headline, in any language: "Relatert › <headline>",
        # "Поврзано › <headline>" (a breadcrumb has more arrows and shorter items)
        r"(?=(?:\S+\s+){0,15}\S+$)[^\W\d_][\w-]{2,20}\s*›\s+(?=(?:\S+\s+){3,}\S)[^›]+",
        # a fact-checker's methodology link: "Notre méthode de vérification", "How we fact-check"
        rf"(?=(?:\S+\s+){{0,7}}\S+$)(?!.*[.!?]$)(?:(?=.*(?<!\w)(?:{METHOD_WORD}))(?=.*(?:{CHECK_WORD}))|"
        r"(?:how we|wie wir|comment nous|cómo|come|como|hoe wij|hoe we|så|jak|как мы|як ми|nasıl)\s+(?:\S+\s+)?"
        rf"(?:{CHECK_WORD})).*",
        # "Don't miss: <headline>" and its equivalents, and labels such as "Earlier:" before a teaser
        r"(?:don'?t miss|do not miss|must read|nicht verpassen|verpassen sie nicht|lesen sie dazu|mehr dazu|"
        r"à ne pas manquer|ne manquez pas|à voir aussi|no te pierdas|no se pierda|te puede interesar|"
        r"da non perdere|per approfondire|approfondisci|guarda anche|não perca|leia ainda|veja também|relacionado|"
        r"mis dit niet|niet te missen|bekijk ook|lees verder|weiterlesen|nie przegap|przeczytaj (?:też|również|także)|"
        r"zobacz (?:też|również|także)|missa inte|läs vidare|не пропустите|не пропустіть|kaçırmayın|"
        r"okumadan geçmeyin|ilgili haber|bunu da okuyun)(?:\s*[:|–—-]\s+.{3,200})?",
        r"(?:check out|also interesting|auch spannend|ebenfalls lesenswert|hier geht'?s weiter|à découvrir|lee además|"
        r"lea además|no te lo pierdas|non perderti|da leggere|não deixe de ler|confira|niet missen|ook interessant|"
        r"läs även|missa inte|sprawdź|koniecznie przeczytaj|обязательно прочитайте|не пропустите|"
        r"обов'язково прочитайте|"
        r"göz atın|kaçırmayın)\s*:\s+.{3,200}",
        r"(?:earlier|previously|früher|auparavant|anteriormente|in precedenza|eerder|wcześniej|tidigare|"
        r"ранее|раніше|daha önce)\s*:\s+.{3,200}",
        r"(?:read (?:also|more)|see also|related(?: articles| stories| news)?|more on this|"
        r"you may also like|recommended|lesen sie auch|mehr zum thema|auch interessant|lire aussi|"
        r"à lire aussi|voir aussi|lea también|leer más|leia também|leia mais|leggi anche|"
        r"читайте также|смотрите также|читайте також|ayrıca okuyun|ilgili haberler|czytaj (?:też|także)|"
        r"zobacz też|lees ook|meer over|läs också|läs mer)\b.{0,200}",
        rf"(?:\w+\s+){{0,2}}(?:{RELATED_WORD})(?:\s+\w+){{0,2}}\s*:?",
        # a block's heading alone: "Most popular", "Editor's picks", "More from this author", "相关新闻", "관련기사"
        r"(?:most popular|most read|most viewed|most commented|editor'?s picks|trending now|top stories|latest news|"
        r"more from this author|more from the author|more stories|you might also like|also read|popular posts|"
        r"recent posts|recent comments|latest posts|read next|up next|"
        r"あわせて読みたい|関連ニュース|많이 본 뉴스|संबंधित खबरें|संबंधित ख़बरें|مواضيع ذات صلة|"
        r"أخبار ذات صلة|διαβάστε επίσης|tin liên quan|"
        r"explore further|other news|more news|other stories|other articles|more articles|otras noticias|más noticias|"
        r"otros artículos|autres articles|autres actualités|altre notizie|altri articoli|outras notícias|mais notícias|"
        r"outros artigos|weitere artikel|weitere nachrichten|weitere beiträge|weitere meldungen|"
        r"mehr nachrichten|neueste beiträge|beliebte beiträge|neueste kommentare|letzte kommentare|"
        r"das könnte sie auch interessieren|sur le même sujet|dans la même rubrique|lee también|sobre el mismo tema|"
        r"podobne artykuły|plus d'articles|más artículos|mehr artikel|meer artikelen|più articoli|mais artigos|"
        r"meer nieuws|ander nieuws|andere artikelen|fler nyheter|andra nyheter|więcej wiadomości|inne artykuły|"
        r"другие новости|ещё новости|еще новости|інші новини|diğer haberler|"
        r"meistgelesen|meist gelesen|meistgelesene artikel|am meisten gelesen|les plus lus|lo más leído|più letti|"
        r"mais lidas|najczęściej czytane|(?:meist|zuletzt )?kommentierte (?:artikel|beiträge)|"
        r"les plus commentés|lo más comentado|più commentati|beiträge aus dem forum|"
        r"самое читаемое|найпопулярніше|en çok okunanlar|meest gelezen|mest läst|相关新闻|相关阅读|相關新聞|関連記事|"
        r"관련\s?기사|اقرأ أيضا|اقرأ أيضًا|यह भी पढ़ें)"
        # and its topic after a small word: "More articles on this topic", "Weitere Artikel zum Thema", "Plus d'articles
        # sur ce sujet" (three words at most: not "More stories about the war were told")
        r"(?:\s+(?:on|about|from|in|zum|zur|zu|aus|sur|de|sobre|su|di|over|uit|о|по)(?:\s+[\w'’-]+){1,3})?\s*:?",
        # the read word among a few words without digits, only small words after it: "Lesen Sie auch: …", "Das könnte
        # Sie auch interessieren: …", not the headlines "More than 100 dead: …", "Jetzt auch noch Cowboyboots: …"
        rf"(?:{LABEL_WORD}\s+){{0,3}}?(?:{READ_WORD})(?:\s+{SMALL_WORD}){{0,2}}\s*[:|]\s+[^.!?]{{3,150}}",
        # a block's heading that says "may interest you": "Das Thema könnte dich auch interessieren:", "You might
        # also be interested in:" (a modal verb: not "Conflict of interest:")
        rf"(?=(?:\S+\s+){{0,7}}\S+$)(?=.*(?<!\w)(?:könnte\w*|dürfte\w*|could|might|may|pourrai\w*|pourrait\w*|"
        r"podría\w*|potrebbe\w*|poderá\w*|kunnen|kan|może|могут|может|можуть)(?!\w))"
        rf"(?:[\w'’-]+\s+){{0,6}}(?:{INTEREST_WORD})(?:\s+in)?\s*[:：]",
        # a label whose last word says "may interest you", "related" or "on the same subject", then a headline
        rf"(?=[^:]{{3,60}}:\s)(?:[\w'’-]+\s+){{0,3}}?(?:{INTEREST_WORD}|{RELATED_WORD})\s*:\s+[^.!?]{{3,150}}",
        # after a dash, a short label only: "LÄS OCKSÅ – <headline>", not "A is also B - says C"
        # (two read words, one word between them at most: "Read more – …", "Lesen Sie auch – …", not "More people – …")
        rf"(?:{READ_WORD})(?:\s+{LABEL_WORD})?\s+(?:{READ_WORD})\s*[–—-]\s+[^.!?]{{3,150}}",
    ],
    "tags": [
        rf"(?:{TAG_LABEL})\s*[:：].{{0,300}}",
        # the tag word among a few others: "Haberle ilgili etiketler: a, b", "Tags in this story: a, b"
        rf"(?:[\w'’-]+\s+){{0,3}}(?:{TAG_WORD})(?:\s+[\w'’-]+){{0,3}}\s*:.{{0,300}}(?<![.!?])",
        # a blog post's categories and tags in one line: "Posted in Politics | Tagged budget, council"
        r"(?:posted|filed) (?:in|under) [^|•·]{2,80}\s*[|•·—–]\s*(?:(?:tagged|tags:?) .{2,200}|"
        rf"{LEAVE_A_COMMENT}|(?:\d+|no) comments?|comments? (?:off|closed)(?: on .{{2,80}})?)",
        # WordPress's line under a post: "This entry was posted in News and tagged a, b on March 5, 2024 by A."
        r"(?:this entry was posted|dieser eintrag wurde (?:am .{1,30} )?veröffentlicht|cette entrée a été publiée|"
        r"esta entrada fue publicada|questa voce è stata pubblicata|esta entrada foi publicada|"
        r"dit bericht werd geplaatst) .{2,300}",
        # the same in German, where news prose says "Der Beitrag wurde am … veröffentlicht" too: only with the
        # template's "und wurde unter <categories> abgelegt"
        r"(?:der|dieser) (?:beitrag|eintrag) wurde am .{1,60}? veröffentlicht und (?:wurde )?unter .{1,200}? abgelegt"
        r"(?:[.,;] .{0,400})?",
    ],
    "footer": [
        # a Chinese article's end: its editor, its source, "（完）" (the end)
        r"(?:责任编辑|責任編輯|本文来源|本文來源)\s*[:：]\s*[^\s:：]{1,20}|[（(]\s*完\s*[)）]",
        # a telephone number alone on its line, maybe labelled: "02-880-2114", "+32 9 264 00 00", "Tel: 0800 400 400",
        # a label the vocabulary lacks before a colon ("Riqingho: 015 000 0000")
        # (nine digits or more: no date has them)
        r"(?:(?:tel|phone|telefon|téléphone|teléfono|telefone|telefono|тел)\.?:?\s*|[^\W\d_]{2,20}\s*:\s*)?\+?"
        r"(?=(?:[\s()\-/]*\d){9})"
        r"[\d\s()\-/]{9,24}",
        # a study's reference, in any language: its DOI, or a journal's year; volume(issue): pages
        r"(?=(?:\S+\s+){0,3}\S+$)(?:doi:?\s*)?(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+",
        r"(?=(?:\S+\s+){0,40}\S+$).{0,200}?\b(?:19|20)\d{2};\s*\d{1,4}\s*\(\d{1,4}\):\s*\w?\d+(?:[–-]\w?\d+)?\.?",
        # (the first letters of the notices first: a cheap test before the alternation)
        rf"(?=.{{0,240}}$).{{0,80}}(?:©|\(c\)|{RIGHTS_RESERVED}).{{0,120}}",
        # ru/uk legal footers and reproduction notices: "При цитировании гиперссылка обязательна"
        r"(?=(?:\S+\s+){0,15}\S+$).{0,80}?(?<!\w)(?=[пгірkn])(?:при (?:полном или частичном )?(?:цитировании|"
        r"использовании|копировании)|при (?:цитуванні|використанні|копіюванні)|гиперссылка обязательна|"
        r"гіперпосилання обов\S*|ідентифікатор медіа|reproduction interdite|reproducción prohibida|"
        r"riproduzione riservata|"
        r"nachdruck (?:nur|verboten)|reprodução proibida|kopiowanie zabronione).*",
        # "Originally published at X", "Read the full story at X", "This story has been updated.": a note on where
        # and when the piece ran
        r"(?:originally published (?:at|on|in|by)|read the (?:full|original) (?:story|article) (?:at|on)) .{2,80}|"
        r"this (?:story|article|post) (?:has been|was) updated(?: (?:to|with) .{1,80})?\.?|"
        # "A version of this article appears in print on March 6, 2024, Section A, Page 1 …": the print edition's note
        r"a version of this (?:article|story|review|column) (?:appears|appeared) in print on .{4,300}",
        # a link to the outlet's standards: "Our Standards: The Thomson Reuters Trust Principles.", "Learn about our
        # editorial policies"
        r"(?=(?:\S+\s+){0,9}\S+$)(?:(?:learn (?:more )?about|read|see|view|review) our (?:editorial )?(?:standards|"
        r"polic(?:y|ies)|guidelines|process|ethics(?: policy)?)|our standards\s*:).*",
        # a site's disclaimer under a text: "… for informational purposes only …", "… does not constitute financial
        # advice", "… is not a substitute for professional medical advice"
        r"(?=(?:\S+\s+){0,40}\S+$).{0,200}?(?:for (?:general )?(?:informational|information|educational) purposes only|"
        r"(?:does|do) not constitute (?:\w+ )?(?:financial|legal|medical|investment|tax|professional) advice|"
        r"not (?:intended (?:as|to be) )?a substitute for (?:\w+ )?(?:professional )?(?:medical |legal |financial )?"
        r"(?:advice|consultation|diagnosis)).{0,200}",
        # the same disclaimer in more languages: "… stellt keine Anlageberatung dar", "… ne constitue pas un conseil en
        # investissement", "… bukan nasihat pelaburan", "… سرمایہ کاری کا مشورہ نہ سمجھا جائے"
        r"(?=(?:\S+\s+){0,40}\S+$).{0,200}?(?:keine (?:anlageberatung|anlageempfehlung|kaufempfehlung)|"
        r"ne constitue pas (?:un |une )?(?:conseil|recommandation) (?:en |d'|financi)|"
        r"no (?:constituye|es) (?:una? )?(?:recomendación|asesoramiento|consejo) (?:de inversión|financier)|"
        r"não constitui (?:uma? )?(?:recomendação|aconselhamento|conselho) (?:de investimento|financeir)|"
        r"non costituisce (?:una? )?(?:consulenza|raccomandazione|sollecitazione) (?:finanziaria|di investimento|all)|"
        r"geen (?:beleggings|financieel )advies|bukan nasihat (?:pelaburan|kewangan)|"
        r"bukan (?:merupakan )?(?:saran|rekomendasi) investasi|"
        r"nu reprezintă (?:un |o )?(?:sfat|recomandare|consultanță) (?:de investiții|financiar|investițional)|"
        r"nie stanowi (?:porady|rekomendacji) (?:inwestycyjnej|finansowej)|"
        r"не является (?:индивидуальной )?инвестиционной рекомендаци|yatırım tavsiyesi değildir|"
        r"(?:ليست|ليس|لا يشكل|لا تشكل|لا يعد|لا تعد) (?:نصيحة|توصية) استثمارية|مشورہ نہ سمجھا جائے|"
        r"不构成(?:任何)?投资建议|不構成(?:任何)?投資建議|仅供(?:科普)?参考|僅供參考).{0,200}",
        # "… is not a substitute for a doctor's advice" in more languages: the words for "does not replace", then a
        # professional's within a few words ("… hindi kapalit ng payo ng lisensiyadong beterinaryo")
        r"(?=(?:\S+\s+){0,40}\S+$).{0,200}?(?:no sustituye|no reemplaza|não substitui|ne remplace pas|"
        r"ersetzt (?:keine|nicht)|non sostituisce|vervangt geen|не заменяет|не замінює|nie zastępuje|hindi kapalit|"
        r"不能代替|不能取代)"
        r".{0,60}?(?:médic|veterinar|profesional|professionnel|professional|arzt|ärzt|médecin|vétérinaire|врач|ветеринар|"
        r"лікар|lekarz|weterynarz|beterinaryo|doktor|dokter|兽医|医生|醫生).{0,200}",
        # Persian puts "is not" last: "… جایگزین معاینه و تشخیص دامپزشک نیست"
        r"(?=(?:\S+\s+){0,40}\S+$).{0,200}?جایگزین[^.]{0,60}?(?:دامپزشک|پزشک|متخصص)[^.]{0,30}?نیست.{0,200}",
        # "This column first appeared in X", "Dieser Gastbeitrag erschien zuerst bei X": a syndicated piece
        rf"(?=(?:\S+\s+){{0,13}}\S+$)(?:\S+\s+)?(?:{PIECE_WORD})(?!\w)(?=.*(?<!\w)(?:{FIRST_WORD})(?!\w))"
        rf"(?=.*(?<!\w)(?:{APPEARED_WORD})(?!\w)).*",
        # "Republished with permission", "Nachdruck mit freundlicher Genehmigung", "Перепечатано с разрешения"
        r"(?:republished|reproduced|reprinted|nachdruck|veröffentlicht|publié|reproduit|republié|publicado|reproducido|"
        r"republicado|reproduzido|pubblicato|riprodotto|ripubblicato|gepubliceerd|overgenomen|publicerad|"
        r"återpublicerad|opublikowano|przedruk|перепечатано|опубликовано|передруковано|опубліковано)\s+"
        r"(?:\S+\s+){0,3}?(?:with|by|mit|avec|con|com|su|per|met|med|za|с|з)\s+(?:\S+\s+){0,2}?(?:permission|"
        r"genehmigung|autorisation|permiso|permissão|autorização|concessione|autorizzazione|toestemming|tillstånd|"
        r"zgodą|разрешения|дозволу)(?!\w).{0,100}",
        # "<outlet>'in izniyle yayımlanmıştır"
        r"(?=(?:\S+\s+){0,9}\S+$)(?:\S+\s+){0,4}?izniyle (?:yayımlan|yayınlan)\w*.*",
        # a press release's contact line: a label of up to four words with a contact, press or investor word, a colon,
        # and an e-mail address ("Pressekontakt: Unternehmenskommunikation, presse@example.com, +49 30 1234567")
        rf"(?=[^@]{{1,200}}@)(?=.{{0,300}}$)(?=[^:]*?(?:{PRESS_CONTACT_WORD})[^:]*:)(?:[^\s:]+\s+){{0,3}}[^\s:]+\s*:\s"
        r".*?[\w.+-]+@[\w-]+(?:\.[\w-]+)+.*",
    ],
    "reader_prompt": [
        # Chinese "click for the topic", "click for more", "scan to follow"
        r"点击进入专题|点击查看更多|扫码关注\S{0,10}|扫描二维码\S{0,10}",
        # "Report an error", "Report a typo", "Donate now", "Become a member", "Fehler melden"
        r"(?:report (?:an? )?(?:error|typo|mistake|correction)|suggest a correction|donate(?: now| today)?|"
        r"become a (?:member|supporter|subscriber)|fehler (?:melden|gefunden\?)|signaler une erreur|"
        r"reportar (?:un )?error|segnala(?: un)? errore|zgłoś błąd|сообщить об ошибке)[.!]?",
        # "Have a news tip? Email us at …", "Support independent journalism. Donate today."
        r"(?:have|got) a (?:news )?(?:tip|story(?: idea)?)(?: for us)?\?(?:\s+.{0,120})?",
        r"support (?:independent|our|quality|local|public[- ]interest) journalism[.!]?"
        r"(?:\s+(?:donate|subscribe|give|become a (?:member|supporter))(?: now| today)?[.!]?)?",
        # "Támogassa a független újságírást!", "Στηρίξτε μας", "Tue riippumatonta journalismia – tilaa lehti": a short
        # request to support or donate to the newsroom
        rf"(?=(?:\S+\s+)?(?:{SUPPORT_VERB})(?!\w))(?=(?:\S+\s+){{0,11}}\S+$)(?!.*[.?;]$)"
        rf"(?=.*(?<!\w)(?:{JOURNALISM_WORD}|{FOLLOW_US}|nás|nas|os|ni|na|mus|mūs|ens)(?!\w)).*",
        # a request to support with an amount, the line ending with it: "Unterstütze RosaMag bereits mit 2,50!",
        # "Support us from just $1" (not "Support from the EU reached €3 billion")
        rf"(?=(?:\S+\s+)?(?:{SUPPORT_VERB}|{DONATE_VERB})(?!\w))(?=(?:\S+\s+){{0,11}}\S+$).*(?<!\w)(?:ab|from|mit|"
        r"with|dès|desde|da|a partir de|für|for|pour|por|per|od|от|від)\s+(?:(?:just|only|nur|bereits|schon|seulement|"
        r"solo|sólo|apenas|tylko|всего)\s+)?(?:[€$£]\s*)?\d[\d.,]*(?:\s*(?:€|\$|£|euros?|eur|dollars?|chf|zł|руб\w*|"
        r"грн))?\s*[!.]?",
        # "Líbil se vám článek? Přispějte", "Σας άρεσε το άρθρο; Στηρίξτε μας": a short question, then the request
        rf"(?=¿?[^?;]{{2,60}}+[?;]\s)(?=(?:\S+\s+){{0,13}}\S+$)¿?[^?;]{{2,60}}+[?;]\s+(?:{SUPPORT_VERB}|{DONATE_VERB})(?:-\w+)?(?:\s+\S+){{0,3}}",
        # "Send us your tips", "Stuur ons een bewering om te checken", "Écrivez-nous": write to the newsroom
        rf"(?=(?:\S+\s+){{0,9}}\S+$)(?!.*[.!?]$)(?:(?:{CONTACT_VERB})(?:-|\s+(?:\S+\s+)?)(?:us|uns|nous|nos|ons|oss|"
        r"nam|нам|bize|ci|a gente|nám|ne|nouă|nekünk|meille|os|μας|ни|mums|meile|okkur|ens|kami|chúng tôi)|"
        r"escríbenos|envíanos|cuéntanos|scrivici|inviaci|segnalaci|contattaci)(?!\w).*",
        # a short question, then a request to write or send to the newsroom: "Got a story? Email our newsdesk",
        # "Fehler gefunden? Schreiben Sie uns", "Стали очевидцем? Присылайте фото и видео"
        rf"(?=(?:\S+\s+){{0,13}}\S+$)(?!.*[.!]$)¿?[^?;]{{2,60}}+[?;]\s+(?=.*(?<!\w)(?:{CONTACT_VERB}|{FOLLOW_US})(?!\w)).+",
        # a short question, then at once a request to send or share it, a stop at the end: a call for readers'
        # pictures and reports ("Spotted a wild animal in your area? Share a photo with our environment desk.",
        # "Heeft u mooie foto's gemaakt? Stuur ze op met uw naam en woonplaats.")
        rf"(?=(?:\S+\s+){{0,24}}\S+$)¿?[^?;.!]{{2,80}}+[?;]\s+(?:{CONTACT_VERB}|{SHARE_VERB}|kongsikan|bagikan|trimite)"
        rf"(?:-\w+)?(?!\w)(?=[^?]*(?<!\w)(?:{READER_OR_NEWSROOM})(?!\w))[^?]*",
        # a spoiler warning over a recap or a review: "Spoiler warning: this recap reveals …", "Alerta de spoiler: …",
        # "Осторожно, спойлеры!", "אזהרת ספוילרים: …"
        r"(?=(?:\S+\s+){0,19}\S+$)(?:\S+\s+){0,2}?(?:spoiler\w*|спойлер\w*|ספוילר\w*|剧透\w*|스포일러)(?!\w)"
        r"(?:\s+(?:warning|alert|ahead))?\s*[:!：].*",  # the warning's mark: not "Spoilers aside, the season …"
        # a quiz's prompt: "Take the quiz: which serum suits your skin type?", "Пройдите тест: какой у вас тип кожи?"
        r"(?:take (?:the|our) quiz|haz el test|machen sie den test|mach den test|faites le test|faça o teste|"
        r"fai il test|doe de test|пройдите тест|пройди тест|sagutin ang quiz|تست کنید|测一测)\s*[:：].{0,100}",
        # "Was this article helpful? Yes | No": a question and yes/no buttons, or each on its own line
        rf"¿?[^?;]{{3,100}}+[?;]\s*(?:{YES_NO})\s*[|/]\s*(?:{YES_NO})",
        rf"(?:{YES_NO_FAST}|はい|हां|हाँ)\s*[|/·•　]\s*(?:{YES_NO_FAST}|いいえ|नहीं)",
        rf"(?=[^?？]{{2,110}}[?？]$)(?=(?:\S+\s+){{0,9}}\S+$)"  # a short question: tested first, it fails fast
        rf"(?=.*(?:(?<!\w)(?:{ARTICLE_WORD}|{PAGE_WORD})(?!\w)|この記事|このページ|लेख|이 기사|이 글|本文))"
        rf"¿?[^?？]{{2,80}}(?:{HELPFUL_WORD})[^?？]{{0,30}}[?？]",
        # a file to download, with its format and size: "Download our free checklist (PDF, 210KB)"
        r"(?=.*(?<!\w)PDF(?!\w))(?=(?:\S+\s+){0,12}\S+$)(?!.*[.!]$)(?=.*\d(?:[.,]\d+)?\s*[KMG]i?B(?!\w)).+",
        # "Found a typo? Select it and press Ctrl+Enter"
        r"(?=(?:\S+\s+){0,15}\S+$)(?=[^+]*\+).*ctrl\s*\+\s*enter.*",
    ],
    "photo_credit": [
        # up to two words before the mark ("Photo illustration:", "Quelle der Polizeimeldung:", "Fot. A B /"), then a
        # credit's few words: a headline that opens with such a word ("Credit cards: Please check your facts before
        # …", "Picture this: …") goes on longer
        rf"\(?(?:{PHOTO_LABEL})s?\.?(?:(?:\s+[\w'’-]+){{1,2}}\s*[:©/.]\s*(?=(?:\S+\s+){{0,7}}\S+$)|\s*[:©/.])"
        r"\s*[^\W\d].{0,100}",
        # any credit label, then a capitalized name (and an agency): "Bildkälla: A B/Scanpix", "Fotografia de A B"
        rf"\(?(?:{CREDIT_LABEL})(?:\s*[:©.]\s*|\s+(?:by|von|de|di|door|av|par|por|od)\s+)"
        r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁЇІЄҐ])[\w.'’-]*(?:\s+[\w.'’-]+){0,3}(?:\s*/\s*[^()]{1,40})?\)?",
        # a credit label of a script without case, then a short credit: "图片来源：新华社", "사진=연합뉴스" (Korean
        # writes "="), "الصورة: رويترز"
        r"[(（]?(?:사진|写真|图片|圖片|图源|圖源|摄影|攝影|撮影|صورة|الصورة|تصوير)(?:来源|來源|提供|出典)?\s*[:：=／/]\s*"
        r"[^\W\d_][^.!?。！？()（）]{0,30}[)）]?",
        # a picture word and a capitalized name, no colon: "Beeld Fleur Mulder", "Photo J. Roux / Le Parisien"
        r"\(?(?:photo|foto|beeld|bild|фото|fot\.)\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁЇІЄҐ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁЇІЄҐ][\w'’-]+){1,2})"
        r"(?:\s*/\s*[^()]{1,40})?\)?",
        r"\(?(?:photo|image|foto)\s+(?:by|von|de|di|door|av)\s+.{1,80}\)?",
        # a picture given by someone: "Photo courtesy of the family", "Fotografía cortesía de A B", "Courtesy photo"
        rf"\(?(?:{CREDIT_LABEL})\s+(?:{COURTESY})\s+[^.!?]{{1,60}}\)?",
        rf"\(?(?:courtesy|cortes[ií]a)\s+(?:{CREDIT_LABEL})\)?",
        # a picture from an archive or a stock library, said alone: "File photo", "Фото из семейного архива"
        rf"\(?(?:{STOCK_PHOTO}|{STOCK_PHOTO_WORD})\)?\.?",
        # an Arabic photographer's credit without its colon: "تصوير عبدالعزيز العجمي"
        r"\(?تصوير\s+(?!وكتاب|وتحرير)[^\W\d_]+(?:\s+[^\W\d_]+){1,2}\)?",
        r".{0,60}/\s*(?:getty images|afp|reuters|ap|epa|dpa|shutterstock|ria novosti|tass|anadolu)\s*\)?",
        # an agency's photo and the photographer after a slash: "AP Photo/Jane Doe", "(AFP Photo / John Roe)"
        r"\(?(?:ap|afp|epa|upi|aap|cp|dpa|xinhua|efe|ansa)\s+photo\s*/\s*[^()]{1,60}\)?",
        # a stock library's name alone, maybe with its photographer ("Getty Images", "iStock.com/Jane Doe"), or a
        # picture's licence alone ("Public domain", "domena publiczna", "CC BY-SA 4.0")
        rf"\(?(?:©\s*)?(?:{STOCK_LIBRARY})(?:\s*[/|]\s*[^()]{{1,40}})?\)?",
        rf"\(?(?:{PICTURE_LICENCE})\)?",
    ],
}

# Family names written before the given name (Vietnamese: "Nguyễn Văn An", the list has "Văn" as "van"; Hungarian:
# "Kovács Anna"), the commonest, lowercase: a full name may start with one.
FAMILY_NAME_FIRST = frozenset({
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
    "lý", "đinh", "đào", "trương", "lâm", "mai", "trịnh",
    "nagy", "kovács", "tóth", "szabó", "horváth", "varga", "kiss", "molnár", "németh", "farkas", "balogh", "papp",
    "takács", "juhász", "lakatos", "mészáros", "oláh", "rácz", "fekete", "szilágyi", "török", "fehér", "balázs",
    "gál", "szűcs", "kocsis", "orsós", "pintér", "fodor", "szalai", "sipos", "lukács", "gulyás",
})  # fmt: skip
# Words that open a name-like pair and are no given name, though the list has them once their marks are dropped:
# Vietnamese "Thứ" ("Thứ Tư", Wednesday) and "Chủ" ("Chủ nhật", Sunday)
NOT_GIVEN = frozenset({"thứ", "chủ"})
# A greeting opens a forum's or a shop's welcome ("Willkommen Gast | RSS", "Welcome Guest", "Hallo Besucher"), which
# has a byline's shape: two capitalized words and a field. No name starts with one; a byline's label that is also a
# greeting (Xitsonga "Hi", by) is one only before full names and nothing else.
GREETINGS = frozenset({
    "welcome", "willkommen", "bienvenue", "bienvenido", "bienvenida", "benvenuto", "benvenuta", "bem-vindo",
    "bem-vinda", "welkom", "välkommen", "velkommen", "tervetuloa", "witaj", "witamy", "vítejte", "hoş", "добро",
    "hello", "hallo", "hola", "olá", "ciao", "merhaba", "привет", "здравствуйте", "hi", "hey", "howdy",
})  # fmt: skip

BYLINE_PREFIX = (
    # the writer who also took the pictures, before the label "text" alone: "Text und Fotos:", "Testo e foto di",
    # "Texto e fotografias de", "Text & Bild:", "Text and photos by"
    r"(?:(?:text|texto|testo|texte|tekst|teksti|texti|words|reportagem|reportaje|reportage)\s*(?:&|\+|and|und|e|et|y|i|en|og|och|ja|és|și|и|ve|a)\s*"
    r"(?:photos?|photographs?|pictures?|images?|fotos?|foto['’]s|fotografias?|fotografie|fotografien|fotografía|bild(?:er)?|"
    r"zdjęcia|фото|kuvat?|fotó|fotók|fotografije|billeder|"
    # and who held the interview: "Text und Interview:", "Texto y entrevista:"
    r"interviews?|entrevista|intervista|wywiad|интервью|intervju|haastattelu|rozhovor)|"
    r"by|written by|author|authors|von|par|por|di|door|przez|av|autor|autorka|autorin|autore|auteur|"
    r"words(?=\s*:)|"  # "Words: A. Photos: B", a magazine's credits
    # "Автор текста —", the text's author (not "Автор фото", the photographer)
    r"автори?\s+(?:текста|статьи|материала|публикации|тексту|статті|матеріалу|публікації)|"
    r"автор|авторы|автори|yazar|haber|muhabir|texto|text|texte|testo|tekst|redacción|redação|redaktion|"
    r"skribent|reporter|reporting by|корреспондент|кореспондент|текст|authored by|posted by|story by|"
    r"autoren|autori|auteurs|autores|autorzy|författare|yazarlar|yazan|hazırlayan|автори|"
    r"scritto da|redatto da|a cura di|geschreven door|skrivet av|escrito por|escrita por|escribe|rédigé par|"
    r"signé|signée|"
    # a theme's "by" translated word for word into German ("durch Yirou Chen")
    r"durch|"
    r"verfasst von|написал[аи]?|підготував|підготувала|подготовил[аи]?|opracowanie|oprac\.|"
    # Czech/Slovak, Hungarian, Romanian, Finnish, Danish/Norwegian, Greek, Bulgarian, Balkan, Baltic, Icelandic,
    # Albanian, Malay/Indonesian: "Szerző:", "Írta", "Kirjoittanut", "Af", "Γράφει:", "Συντάκτης:", "Piše"
    r"autoři|napsal[a]?|szerző|szerzők|írta|írták|autori|de către|kirjoittanut|kirjoittaja|kirjoittajat|teksti|"
    r"toimittaja|af|skrevet af|skrevet av|γράφει|γράφουν|του|της|συντάκτης|συντάκτρια|συντάκτες|επιμέλεια|κείμενο|"
    r"пише|написа|аутор|аутори|piše|pišu|napisao|napisala|avtor|avtorica|avtorji|besedilo|autorius|autorė|"
    r"autoriai|tekstas|autors|teksts|kirjutas|höfundur|texti|shkruan|ditulis oleh|oleh|penulis|"
    r"wartawan|بقلم|به قلم|خبرنگار|گزارش(?=\s*:)|"  # Persian "report:" (with its colon)
    r"كتب|كتبت|نویسنده|מאת|लेखक|रिपोर्ट|रिपोर्टर|संवाददाता|โดย|tác giả|bởi|phóng viên|nā|"
    r"ka|e kwadilwe ke|bya|"  # Setswana, Luganda  # Arabic, Persian, Hebrew, Hindi, Thai, Vietnamese
    r"ngu|ingxelo ka|ibhalwe ngu|kubhalwe ngu|yabhalwa ngu|"  # isiXhosa, isiZulu: "by", "report of", "written by"
    r"waxaa qoray|waxa qoray|qoraa|"  # Somali: "written by", "author"
    r"òǹkọ̀wé|எழுத்து|"  # Yoruba "author", Tamil "writing"
    r"লিখেছেন|প্রতিবেদন|รายงานโดย|ผู้เขียน|เขียนโดย|"  # Bengali "wrote", "report"; Thai "reported by", "author"
    r"(?:nyaya\s+)?yakanyorwa\s+na|xiviko|hi|"  # Shona "(the story) was written by", Xitsonga "report", "by"
    r"isinulat ni|sinulat ni|ulat ni|"  # Tagalog "written by", "report of"
    r"bài(?=\s*:)|bài viết|bài và ảnh|"  # Vietnamese "article:", "article and photos"
    r"inceleme(?=\s*:)|metin|fotoğraf ve metin|metin ve fotoğraf|"  # Turkish "review:", "text", "photos and text"
    # Arabic "report:", "follow-up:", "prepared by:" (with a colon or a slash), Romanian "written by"
    r"(?:تقرير|متابعة|إعداد|اعداد|رصد)(?=\s*[:/])|scris de|scrisă de|"
    # Arabic "photos and writing", "writing and photos"; Urdu and Persian "by:" (with its colon)
    r"تصوير وكتابة|كتابة وتصوير|از(?=\s*:)|"
    r"\w+reporter|"  # a desk's reporter before the name ("Flygreporter Camilla Åström", "Sportreporter")
    # the interviewer, who wrote the interview up: "Interview: A", "حوار: A", "Propos recueillis par A", "Rozmawiała A"
    r"(?:interview|entrevista|intervista|интервью|حوار)(?=\s*:)|propos recueillis par|"
    r"rozmawiał|rozmawiała|"
    # "report from", "writing", "reporter", "author" in more scripts: Persian, Urdu, Bengali, Punjabi, Gujarati,
    # Marathi, Telugu, Tamil, Kannada, Malayalam, Georgian, Armenian, Mongolian, Amharic, Burmese, Māori, Swahili
    r"گزارش از|نوشته|تحریر|رپورٹ|প্রতিবেদক|লেখক|ਲਿਖਤ|ਰਿਪੋਰਟ|ਲੇਖਕ|લેખક|અહેવાલ|लेखन|शब्दांकन|वार्ताहर|"
    r"కథనం|రచన|రచయిత|செய்தியாளர்|ಲೇಖಕ|ವರದಿ|ലേഖകൻ|റിപ്പോർട്ട്|ავტორი|հեղինակ|зохиогч|мэдээг бэлтгэсэн|"
    r"ጸሐፊ|ရေးသားသူ|kaituhi|mwandishi|"
    r"gan)"  # Welsh "by"
)
# A link or button that points on ends with an arrow, in any language ("Cumpără cartea de la librăriile partenere →",
# "现已开启预约，点击立即预订 →"); not "»" or "›", which close quotes.
LINK_ARROWS = "→⟶➔➜➝➞"
# isiXhosa, isiZulu and Shona write "by" glued to the name it governs: "NguSipho Mbatha", "Ingxelo kaBulelwa Gxowa"
GLUED_BYLINE_PREFIX = r"ngu|ka|na"  # and Shona "naRudo Marufu" (by)
# A role or an outlet after the names ("Anna Nowak, Senior Correspondent", "Jan Kowalski | Reporter",
# "Max Müller (dpa)"): any of these words in the part after the separator marks it as not a name.
# News agencies of Central, Eastern and Northern Europe, the Balkans and beyond, as their datelines and credits
# write them ("Praha (ČTK) – ", "București /Agerpres/ – ", "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) – ", "Max Müller (STT)").
NEWS_AGENCY = (
    r"čtk|ctk|tasr|agerpres|mediafax|mti|stt|ritzau|ntb|ape-mpe|απε-μπε|απε|бта|tanjug|танјуг|keystone-sda|"
    r"interfax|интерфакс|інтерфакс|belta|белта|moldpres|xinhua|kyodo|yonhap|antara|bernama|"
    # Iran's agencies: IRNA, ISNA, ILNA, Tasnim, Fars, Mehr ("خبرگزاری …", news agency)
    r"ایرنا|ایسنا|ایلنا|تسنیم|خبرگزاری\s+\S+|"
    # the Arab states' agencies in their script: INA, SPA, QNA, KUNA, WAM, BNA, SANA, WAFA, MENA, Petra, Oman's
    r"واع|واس|قنا|كونا|وام|بنا|سانا|وفا|أ ش أ|بترا|العمانية|"
    # Africa's, Latin America's, Central and South Asia's national agencies
    r"inforpress|angop|andina|notimex|télam|telam|prensa latina|agência brasil|kazinform|казинформ|казтаг|"
    r"kaztag|kabar|кабар|akipress|акипресс|"
    r"(?-i:GNA|NAN|KUNA|QNA|WAM|SPA|MAP|TAP|APS|MENA|SANA|WAFA|INA|AIM|ACP|PTI|IANS|ANI|APP|BSS|RSS|ENA)|"
    # short agency names that are also first names or words ("Mia", "Hina", "Leta"): in capitals only
    r"(?-i:SITA|BTA|HINA|STA|BNS|LETA|ELTA|FENA|SRNA|СРНА|MIA|МИА|ATA|ATS|VNA|PNA|UPI|IPN)"
)
# the words that qualify a writer's role in English, as an author box runs them after the name ("Jane Smith Senior
# Political Reporter"): no name's words
ROLE_MODIFIERS = (
    r"senior|chief|staff|political|contributing|special|deputy|associate|executive|managing|national|foreign|"
    r"business|sports|freelance|guest|investigative|science|health|economics|education|environment|technology|"
    r"features|news|digital|local|court|crime|assistant|principal|lead|opinion|culture|travel|food|data|video"
)
BYLINE_ROLE = (
    r"reporter\w*|correspondent\w*|editor\w*|writers?|columnists?|contributors?|journalist\w*|staff|desk|newsroom|moderator\w*|"
    # a desk's compound in Dutch, German and Scandinavian: "economieredacteur", "Wirtschaftsressort", "sportredaktion"
    r"\w{3,}(?:redacteur|redactrice|redactie|redaktion|redakteur(?:in)?|redaktör|redaktør|ressort|verslaggever|"
    r"korrespondent(?:in)?|correspondent)|"
    r"critic|kritiker|kritikus|critique|crítico|critico|eleştirmen\w*|planner|adviser|advisor|"
    # an expert's field after the name ("A, Child Development Specialist", "A, Çocuk Gelişimi Uzmanı")
    r"expert\w*|specialist\w*|spezialist\w*|uzman\w*|"
    # who speaks for the house that publishes the page ("A (Pressesprecher des EJW)", "A, porte-parole")
    r"spokes(?:man|woman|person)|pressesprecher\w*|pressereferent\w*|porte-parole|portavoz|portavoce|porta-voz|"
    r"woordvoerder|rzeczni\w*|"
    r"redakteur\w*|redaktion|korrespondent\w*|autor\w*|mitarbeiter\w*|"
    r"envoyée?s? spéciale?s?|correspondant\w*|journaliste|rédacteur\w*|rédaction|collaboration spéciale|"
    r"corresponsal\w*|redactor\w*|redacción|periodista|enviad[oa] especial|"
    r"inviat[oa]|corrispondente|giornalista|redazione|"
    r"repórter|jornalista|correspondente|redação|"
    r"verslaggever|redacteur|correspondent|"
    r"dziennikar\w*|korespondent\w*|redakcja|"
    r"redaktör|reporter|"
    r"корреспондент\w*|журналист\w*|редакци\w+|обозреватель|кореспондент\w*|журналіст\w*|редакці\w+|оглядач|"
    r"muhabir\w*|editörü?|haber merkezi|"
    r"dpa|afp|ap|reuters|efe|ansa|tass|тасс|ria|риа новости|ria novosti|interfax|интерфакс|pap|anp|belga|tt|ntb|"
    r"aa|dha|iha|anadolu|ukrinform|укрінформ|unian|уніан|lusa|apa|sda|kna|epd|europa press|agência brasil|"
    # more languages: Czech/Slovak/Slovenian/Croatian …, Danish/Norwegian, Finnish, Hungarian (also a desk: "Belföld
    # rovat"), Romanian, Greek, Bulgarian/Serbian/Macedonian, Baltic, Indonesian
    r"redaktor\w*|redaktør\w*|reportér\w*|zpravodaj\w*|spravodaj\w*|novinář\w*|novinár\w*|novinar\w*|dopisni\w*|"
    r"toimittaja\w*|kirjeenvaihtaja|journalist|újságíró|munkatárs|tudósító|rovat|ziarist\w*|corespondent\w*|"
    r"δημοσιογράφος|συντάκτης|ανταποκριτής|репортер|редактор|дописник|новинар|žurnalist\w*|korespondent\w*|"
    r"ajakirjanik|blaðamaður|gazetar|wartawan|डेस्क|संवाददाता|"
    # Arabic, Persian, Urdu and Hebrew: editor, correspondent, journalist, reporter
    r"محرر|محررة|مراسل|مراسلة|صحفي|صحفية|مندوب|خبرنگار|گزارشگر|نامہ نگار|نمائندہ|صحافی|כתב|כתבת|עורך|עורכת|"
    rf"{NEWS_AGENCY}"
)
# "Our" before a byline's role ("By our political editor A B", "Door onze redacteur A B", "Von unserem
# Korrespondenten A B", "De notre envoyée spéciale A B", "Od naszego korespondenta A B").
OUR = (
    r"our|onze|unser|unsere[mnr]?|notre|nos|nuestr[oa]s?|nostr[oa]|nostri|noss[oa]s?|vår|våra|vårt|vores|"
    r"naszego|naszej|nasz|nasza|нашего|нашей|наш|нашим|нашої|нашого"
)
# An author box's heading under the article ("About the author", "Über die Autorin", "L'autore", "Om skribenten").
ABOUT_AUTHOR = (
    r"(?:(?:about|über|à propos de|a propósito de|sobre|acerca de|sull'?|over|om|o|об|про|tentang|về|σχετικά με|عن)"
    r"\s*(?:the|den|die|de|del|de la|el|o|a|l'|le|la|il|het|dem|τον|την)?|the|l'|la|il|le|die|der|de)\s*"
    r"(?:author|writer|autor\w*|auteur\w*|autrice|autore|autora|schrijver|författaren|skribenten|forfatteren|"
    r"автор\w*|yazar|penulis|tác giả|συγγραφέα|συντάκτη|الكاتب|الكاتبة)"
    r"|yazar hakkında"
)
# Chinese and Japanese byline labels before the names, alone or joined ("作者：", "文／", "记者 ", "取材・文／",
# "文・写真："), and the Korean and Chinese "reporter" after them ("김민준 기자", "张伟 记者").
CJK_BYLINE_LABEL = (
    r"作者|文|文字|撰文|图文|圖文|记者|記者|本报记者|本報記者|通讯员|通訊員|采写|採寫|撰稿|编译|編譯|"
    r"取材|写真|寫真|撮影|構成|执笔|執筆|評|観戦記|글|글·사진|사진|"
    r"에디터|작성자|글쓴이"  # Korean "editor", "writer", "author"
)
# A Japanese or Chinese credit's role before the name ("弁護士 清水悠斗", lawyer; "編集委員 山田太郎", senior writer)
CJK_ROLE_BEFORE = r"弁護士|記者|编辑|編集委員|論説委員|解説委員|特派員|特约记者|评论员|評論家"
# Korean reporters by desk are compounds: "선임기자" (senior), "사진기자" (photo), "환경전문기자" (specialist)
CJK_REPORTER = r"(?:[\uac00-\ud7a3]{1,4}전문|선임|객원|수습|사진|영상|취재|편집)?기자|특파원|에디터|记者|記者"
# An author's note under the text, in its own words: "Jane Smith is a reporter covering …", "Anna Nowak jest
# dziennikarką …", "Hans Müller ist Redakteur …": the verb after the full name, then a writer's role within a few words.
BIO_VERB = r"is|was|has been|ist|war|est|était|es|era|è|é|foi|jest|była|był|je|är|var|er|on|oli|является|є|yazar|olarak"
WRITER_ROLE = (
    r"reporter|writer|columnist|correspondent|editor|contributor|author|freelancer|"
    r"redakteur\w*|journalist\w*|autor\w*|korrespondent\w*|kolumnist\w*|"
    r"journaliste|rédact\w+|chroniqueu\w+|correspondant\w*|periodista|redactor\w*|corresponsal|columnista|"
    r"giornalista|redattor\w*|corrispondente|editorialista|jornalista|repórter|colunista|"
    r"dziennikar\w+|redaktor\w*|publicyst\w+|korespondent\w*|журналист\w*|корреспондент\w*|журналіст\w*|"
    r"gazeteci|muhabir\w*|köşe yazarı|verslaggever|redacteur|skribent|toimittaja"
)
# A credit whose "by" names a maker or a payer, not a writer ("Powered by GetYourGuide", "Sponsored by Acme",
# "Präsentiert von", "Propulsé par", "Patrocinado por"): a widget's or an advertiser's line, no byline.
NOT_WRITER_LEAD = (
    r"powered|sponsored|presented|hosted|supported|funded|designed|developed|built|made|theme|brought to you|"
    r"in partnership with|in association with|präsentiert|unterstützt|gefördert|gesponsert|bereitgestellt|"
    r"propulsé|sponsorisé|présenté|patrocinado|patrocinada|presentado|desenvolvido|sponsorizzato|"
    r"mogelijk gemaakt|gesponsord|mahdollistaa|sponsorowane|wspierane"
)
# A reviewer's credit before a byline's "by" ("Medically reviewed by", "Fact checked by", "Medizinisch geprüft von",
# "Relu par", "Revisado por"): the person checked the article and did not write it, so the line names no author.
REVIEWED_LEAD = (
    # not "reviewed by" alone, which credits the critic of a film or album review: its author
    r"(?:medically|clinically|expert|medizinisch|fachlich|ärztlich|medisch)\s+(?:reviewed|geprüft|überprüft|gecontroleerd)|"
    r"fact[- ]?checked|verified|faktengeprüft|relu|relue|vérifié|vérifiée|validé|validée|revisado|revisada|"
    r"verificado|verificada|revisionato|revisionata|verificato|verificata|rivisto|rivista|gecontroleerd|nagekeken|"
    r"sprawdzone|zweryfikowane|granskad|granskat|проверено|перевірено|"
    # a contributor's credit: "Additional reporting by", "Translated by" (a site that writes "Edited by" or
    # "Compiled by" over its text names its author so)
    r"additional|translated|graphics|research"
)
# A staff or desk credit with no person in it ("Web Desk", "Von unserer Online-Redaktion", "Por la redacción
# digital", "Подготовлено редакцией сайта", "InfoPortal Haber Merkezi", "Agencies"): a byline without authors.
# the word "agency" before an agency's name: "Agencia EFE", "Agence France-Presse" is one name
AGENCY_NOUN = r"agencia|agence|agenzia|agência|agencja"
# "with" before the agencies a writer's text draws on: "Marie Dupont avec AFP", "Von A mit dpa", "A met ANP"
AGENCY_WITH = r"with|avec|mit|con|com|met|med"
STAFF_WORD = (
    r"(?:web|news|online|digital|city|foreign|sports?|business)?\s*desk|staff|newsroom|editorial (?:team|staff|board)|"
    r"agencies|wire services|[\w-]*redaktion\w*|[\w-]*rédaction|redacci[oó]n|redazione|reda[cç][aã]o|\w*redactie|"
    r"redakcj\w*|редакци\w*|редакці\w*|haber merkezi|agenturen|agences|agencias|agenzie|agências|agencje|"
    r"агентства|агентств|ajanslar|redakce|redakcia|szerkesztőség|toimitus|redacția|redactia|σύνταξη|uredništvo|"
    r"redakcija|уредништво|редакција|toimetus|ritstjórn|redaksi|डेस्क|ब्यूरो|"
    r"agentury|agentúry|ügynökségek|agenții|agentuurit|πρακτορεία|агенции|agencije|agentūros|aģentūras|agentuurid|"
    r"dawati|"  # Swahili "desk" ("Dawati la Habari", the news desk)
    r"department|τμήμα\w*|قسم"  # a desk named as a department: "Τμήμα Οικονομίας", "قسم الرياضة"
)
# A preposition before a place after a byline's names ("in London", "à Bruxelles", "do Rio", "de Brasília"). Not
# "en" and "i", which join names in Dutch and Polish ("Daan Smit en Lotte Bos"). Without a comma before it, only
# those that never sit inside a name (`PLACE_PREP_INSIDE`: not "de", "da", "do" of "Jan de Vries", "Maria do Carmo").
PLACE_PREP_INSIDE = r"in|from|aus|à|a|desde|depuis|em|из|в|во|у|з|із|w|ze|z|uit|vanuit|vanaf|från"
PLACE_PREP = rf"{PLACE_PREP_INSIDE}|de|do|da|no|na"
# A capitalized article opening the part after a byline's names makes it an outlet ("By A, The Guardian").
OUTLET_ARTICLES = frozenset(re.split(r"\s+", "The Der Die Das Le La Les El Los Las Il Lo Gli Het Os As"))
# Words that mark a part after a byline's names as a publication ("By A, Daily Courier", "A (Global Times
# Online)"): what outlets call themselves, and company forms. Surnames that are also outlet words (Post,
# Standard, Mirror) are left out.
OUTLET_WORDS = (
    r"news|press|times|today|daily|courier|online|portal|media|journal|herald|tribune|gazette|telegraph|observer|"
    r"chronicle|agency|network|magazine|radio|tv|nachrichten|zeitung|rundschau|kurier|anzeiger|presse|"
    r"nouvelles|quotidien|diario|noticias|periódico|giornale|corriere|notizie|gazzetta|jornal|notícias|"
    r"diário|folha|nieuws|dagblad|krant|gazeta|wiadomości|dziennik|tidning\w*|nyheter|новости|вести|газета|"
    r"новини|вісті|haber\w*|gazete\w*|ajans\w*|ltd|gmbh|inc|llc|s\.?a\.?|s\.?l\.?|s\.?p\.?a\.?|b\.?v\.?|ab|group|"
    # "news" in more languages: cs sk hu ro fi da/nb el bg/sr/mk hr/bs sl lt lv et is sq ca id/ms vi
    r"zprávy|správy|novinky|hírek|hírlap|știri|stiri|uutiset|nyheder|ειδήσεις|новини|вести|vijesti|novice|"
    r"naujienos|ziņas|uudised|fréttir|lajme|notícies|berita|tin tức"
)
# Words that make a credited name an organisation's, not a person's ("Von Deutscher Tennis Bund", "By Ohio State
# University", "Team Tagesschau"): bodies, clubs, public offices. Not words that are also common surnames
# ("Church", "School", "Union").
ORGANISATION_WORDS = (
    r"bund|verband|verein|club|klub|association|associazione|asociación|associação|federation|federación|"
    r"federazione|föderation|society|gesellschaft|institute|institut|instituto|istituto|university|universität|"
    r"université|universidad|università|universidade|uniwersytet|college|council|ministry|ministerium|ministère|"
    r"ministerio|ministero|department|departement|polizei|police|policía|polizia|policja|полиция|stiftung|"
    r"foundation|fondation|fundación|fondazione|team|agentur|kommission|commission|komitee|committee|partei|"
    r"liga|league|landkreis|stadtverwaltung|gemeinde|municipality|rathaus|feuerwehr|gewerkschaft"
)
# Words that join author names in a byline ("A, B and C"), every language in one alternation.
# Lowercase only: Czech/Slovak "a", Greek "και", Lithuanian "ir", Latvian "un", Albanian "dhe", Malay/Indonesian "dan"
# (not "Dan Smith"), Irish "agus".
# "болон" Mongolian, "మరియు" Telugu: longer than the small unknown joiners `clean._joined_names` accepts
AUTHOR_JOINERS = (  # Zulu "kanye no", Māori "me", Tamil "மற்றும்", Yoruba "àti", Bengali "ও", "এবং", Thai "และ",
    # Shona and Xitsonga "na"
    r"and|und|et|y|e|i|и|і|та|ve|en|och|oraz|og|ja|și|és|&|болон|kanye n[aoe]|"
    r"(?-i:a|και|ir|un|dhe|dan|agus|me|و|और|మరియు|மற்றும்|àti|ও|এবং|และ|na)"
)
# Particles of names elsewhere that join two full names in a byline: Setswana and Sesotho "le" (and)
PARTICLE_JOINERS = frozenset({"le"})
# A word after the names that says they wrote it, where a language puts "by" after them: Gujarati, Hindi, Marathi,
# Bengali, Punjabi, Telugu "by", Punjabi and Hindi "from the pen of"; Tamil "wrote" ("A மற்றும் B எழுதியது")
BYLINE_SUFFIX = r"(?:દ્વારા|द्वारा|দ্বারা|ਦੁਆਰਾ|ద్వారా|ਦੀ ਕਲਮ ਤੋਂ|की कलम से|எழுதியது)"  # and Tamil "wrote"
# A preposition between a byline label and the names ("Texto de", "Testo di", "Tekst van").
BYLINE_PREP = r"(?:de|di|da|do|von|van|av|od|от|від|by)"
# Up to this many words may lead a byline ("Ein Beitrag von", "Un articolo di").
BYLINE_LEAD_WORDS = 3

DATE_LABEL = (
    r"(?:date|dated|published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour|"
    r"publicado|actualizado|pubblicato|опубликовано|обновлено|опубліковано|yayınlanma|yayın tarihi|"
    r"opublikowano|gepubliceerd|publicerad|datum|data|дата|fecha|tarih|erschienen am|erscheinungsdatum|"
    r"publikationsdatum|stand|mis en ligne le|"
    r"dernière mise à jour|atualizado em|aggiornato il|güncelleme|güncellenme|aktualizacja|bijgewerkt|uppdaterad|"
    r"оновлено|zaktualizowano|posted on|erstellt am|erstellt|publicat|publicada|publicado a|publiceret|"
    r"julkaistu|опубліковано о|дата публикации|дата публікації|yayın|ultima modifica|laatst bijgewerkt|"
    r"senast uppdaterad|última actualización|última atualização|publikováno|publikované|zveřejněno|vydáno|"
    r"publikovaný|közzétéve|megjelent|publiceret|publisert|δημοσιεύθηκε|δημοσίευση|публикувано|objavljeno|"
    r"објављено|објавено|paskelbta|publicēts|avaldatud|birt|publikuar|publicat el|diterbitkan|"
    r"aktualizováno|aktualizované|actualizat|frissítve|päivitetty|opdateret|oppdatert|ενημερώθηκε|обновено|"
    r"प्रकाशित|公開日|公开日期|发布日期|發佈日期|발행일|게시일|"
    r"la daabacay|la cusbooneysiiyay|la soo dhigay|"  # Somali: "published", "updated", "posted"
    # Arabic "published on", "date of publication", "last updated"; Persian "publication date", "published"; Urdu
    # "published on"; Hebrew "published", "updated"
    r"نشر بتاريخ|نشر بتأريخ|تاريخ النشر|نشر في|نُشر في|نشر يوم|آخر تحديث|تم النشر في|تم النشر|"
    r"تاریخ انتشار|منتشر شده در|منتشر شده|شائع شدہ|تاریخ اشاعت|פורסם ב|פורסם|עודכן ב|עודכן|"
    r"a tẹ̀ ẹ́ jáde|a ṣe àtúnṣe rẹ̀)"  # Yoruba: "published", "updated"
)

# A press-release label written into a wire dateline, before the place or after the date ("Communiqué de presse –
# Lyon, le 16 février 2022 – ", "Poznań, 20 stycznia 2015 r. – informacja prasowa – ").
PRESS_RELEASE_LABEL = (
    r"(?:press release|news release|media release|pressemitteilung|pressemeldung|presseinformation|"
    r"communiqué(?: de presse)?|nota de prensa|comunicado(?: de prensa| de imprensa)?|nota de imprensa|"
    r"пресс-релиз|прес-реліз|basın bülteni|basın açıklaması|comunicato stampa|persbericht|informacja prasowa|"
    r"komunikat prasowy|pressmeddelande)"
)

# Languages whose month and weekday names (from dateparser's locale data) dates are read in.
DATE_LANGS = (
    "en",
    "de",
    "fr",
    "es",
    "ru",
    "uk",
    "tr",
    "it",
    "pt",
    "nl",
    "pl",
    "sv",
    "cs",
    "ro",
    "ca",
    "da",
    "nb",
    "fi",
    # first read on heldout6 (sk hu el bg) and added with it: Central and Eastern Europe, the Baltics, the Nordics,
    # the Balkans (Latin and Cyrillic), Western Europe's smaller languages and Malay/Indonesian. A word that two
    # languages give different months keeps the first language's month ("listopad": November in cs/pl before hr).
    "sk",
    "hu",
    "el",
    "bg",
    "hr",
    "sl",
    "sr",
    "sr-Latn",
    "bs",
    "mk",
    "lt",
    "lv",
    "et",
    "nn",
    "is",
    "sq",
    "gl",
    "ga",
    "cy",
    "mt",
    "id",
    "ms",
    # and more scripts and regions whose dates put spaces between the parts ("25 نوفمبر 2026", "25 בנובמבר 2026",
    # "25 नवंबर 2026"): Arabic, Persian, Hebrew, Hindi, Bengali, Urdu, Swahili, Afrikaans, Basque, Azerbaijani,
    # Georgian, Armenian, Uzbek, Kazakh, Belarusian, Filipino
    "ar",
    "fa",
    "he",
    "hi",
    "bn",
    "ur",
    "sw",
    "af",
    "eu",
    "az",
    "ka",
    "hy",
    "uz",
    "kk",
    "be",
    "fil",
)
# Languages whose months' abbreviations are read too, but not their weekdays' (Somali's Friday "Jim" is a name): the
# Latin-script languages of ../shared/data/langid that dateparser has data for, as CLDR's medium pattern writes their
# dates ("Mas 5, 2024", Zulu; "5 Kur 2024", Shona; eval/boilerplate/date_probes.py). Not Yoruba, whose abbreviations
# are two letters and their tone marks ("ọ̀p", December, is "op" unmarked).
DATE_MONTH_LANGS = ("zu", "sn", "so", "lg", "eo")
# Month names that dateparser's locale data lacks, in the grammatical case dates use (genitive, locative), one
# line per month: Serbian/Bosnian Latin and Cyrillic genitives, Slovenian genitives, Latvian locatives, Estonian
# adessives (not "mail", May); the Levantine Arabic months of Syria, Lebanon, Jordan and Iraq, one word each
# from February to September ("الخميس 23 حزيران 2022"); and the Maghrebi Arabic ones of Tunisia, Algeria and Morocco
# that dateparser lacks ("الجمعة 8 فيفري 2019").
MONTH_EXTRAS = (  # then Māori (borrowed, traditional), Zulu/Xhosa, Shona, Setswana, Luganda, Sesotho, Xitsonga,
    # Latin (genitive, nominative, ablative), Somali as written (dateparser has "jannaayo"), Moroccan and Algerian
    # Arabic ("يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر"; "أوت"), the Levant's and Iraq's two-word months ("كانون
    # الثاني", January; written with a hyphen here, read with a space), then Yoruba without "oṣù" (month), Luganda's
    # and Somali's short forms, Basque's genitive ("abenduaren 13", December 13th), Telugu as sites spell it:
    # dateparser lacks them
    "januara јануара januarja janvārī jaanuaril جانفي hānuere kohitātea januwari janyuwari ndira ferikgong "
    "janwaliyo pherekgong sunguti ianuarii ianuarius ianuario janaayo كانون-الثاني كانون-ثاني "
    "ṣẹ́rẹ́ janwali urtarrilaren జనవరి",
    "februara фебруара februarja februārī veebruaril شباط فيفري pēpuere huitanguru februwari hlakola nyenyenyani "
    "februarii februarius februario kukadzi tlhakole febwaliyo febraayo "
    "èrèlè febwali otsailaren ఫిబ్రవరి",
    "marta марта marca martā märtsil آذار māehe poutūterangi mashi matshi kurume mopitlo marisi hlakubele "
    "nyenyankulu martii martius martio maarso "
    "ẹrẹ̀nà martxoaren మార్చి",
    "aprila априла aprīlī aprillil نيسان أفريل āperira paengawhāwhā ephreli epreli kubvumbi moranang apuli mmesa "
    "dzivamisoko aprilis aprili abriil "
    "ìgbé apirilaren ఏప్రిల్",
    "maja маја maijā أيار ماي mei haratua meyi chivabvu motsheganang maayi motsheanong mudyaxihi maii maius maio maajo "
    "ẹ̀bibi maiatzaren",
    "juna јуна junija jūnijā juunil حزيران hune pipiri chikumi seetebosigo juuni phupjane khotavuxika iunii "
    "iunius iunio juun "
    "òkúdu ekainaren జూన్",
    "jula јула julija jūlijā juulil تموز جويلية hūrae hōngongoi julayi chikunguru phukwi julaayi phupu mawuwani "
    "iulii iulius iulio luuliyo يوليوز "
    "agẹmọ luu uztailaren జూలై జులై",
    "avgusta августа augustā augustil آب ākuhata hereturikōkā agasti nyamavhuvhu phatwe agusito phato mhawuri "
    "augusti augusto ogosto غشت أوت "
    "ògún agoosto abuztuaren ఆగస్టు ఆగష్టు",
    "septembra септембра septembrī septembril أيلول hepetema mahuru septemba septhemba gunyana lwetse sebuttemba "
    "ndzhati septembris septembri sebtembar شتنبر "
    "owewe seb irailaren సెప్టెంబర్ సెప్టెంబరు",
    "oktobra октобра oktobrī oktoobril oketopa whiringa-ā-nuku okthoba okthobha gumiguru diphalane okitobba "
    "mphalane nhlangula octobris octobri oktoobar تشرين-الأول تشرين-أول "
    "ọ̀wàrà urriaren అక్టోబర్ అక్టోబరు",
    "novembra новембра novembrī novembril noema whiringa-ā-rangi novemba mbudzi ngwanatsele pudungwana hukuri "
    "novembris novembri nofembar نونبر تشرين-الثاني تشرين-ثاني "
    "bélú nof azaroaren నవంబర్ నవంబరు",
    "decembra децембра decembrī detsembril tīhema hakihea disemba zvita sedimonthole desemba tshitwe "
    "n’wendzamhala decembris decembri desembar دجنبر كانون-الأول كانون-أول "
    "ọ̀pẹ̀ abenduaren డిసెంబర్ డిసెంబరు",
)
# Weekdays dateparser lacks: Tamil's with "கிழமை" (day), Yoruba's words ("Ọjọ́ Ajé", Monday; "Ọjọ́ Ẹtì", Friday)
WEEKDAY_EXTRAS = frozenset({
    "ஞாயிற்றுக்கிழமை", "திங்கட்கிழமை", "திங்கள்கிழமை", "செவ்வாய்க்கிழமை", "புதன்கிழமை", "வியாழக்கிழமை",
    "வெள்ளிக்கிழமை", "சனிக்கிழமை", "ọjọ́", "ajé", "ìṣẹ́gun", "ọjọ́rú", "ọjọ́bọ̀", "ẹtì", "àbámẹ́ta", "àìkú",
})  # fmt: skip
# The months of the Solar Hijri calendar, which Iran's and Afghanistan's sites date by ("۱۴ آذر ۱۴۰۲"): the Iranian
# names, then the Afghan (zodiac) ones, in Persian spelling (Arabic "ي" and "ك" are read as Persian "ی" and "ک").
SOLAR_HIJRI_MONTHS = (
    "فروردین اردیبهشت خرداد تیر مرداد|امرداد شهریور مهر آبان آذر دی بهمن اسفند",
    "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت",
)
# Words around such a date: "day", "hour", "year", "solar", "Hijri", the parts of "Tuesday" and "Thursday" (written
# with a zero-width non-joiner, "سه‌شنبه", "پنج‌شنبه") and the era's marks ("۱۴۰۲ ه.ش", "هجری شمسی")
SOLAR_HIJRI_FILLERS = frozenset({
    "روز", "ساعت", "سال", "ماه", "هجری", "شمسی", "خورشیدی", "ه", "ش", "هـ", "سه", "پنج", "شنبه"
})  # fmt: skip

# Words that may sit between the parts of a written date ("3 de marzo de 2024", "2 марта 2024 г.").
DATE_FILLERS = frozenset(
    re.split(
        r"\s+",
        "de del of the am le el la den der a à às at um om o в о г года року рік р yılı st nd rd th er e ª º "
        "kl klo godz saat ore alle uhr h utc gmt om uur las ob r roku "
        # "15. 9. 2025 v 12:07", "12:28 ч.", "ora 21:34", "2024. godine", "2024. gada 5. janvārī", "2024 m. sausio
        # 5 d.", "5 ta' Jannar", "d'abril", "kell 12:00", "plkst. 12:00", "pukul 10.00 WIB", "u 12:30", "hod."
        "v ve ч час ora godine god године год gada m d ta kell plkst pukul pkl wib u hod sati "
        # Vietnamese weekdays and "at": "Thứ tư, 25/11/2026, 14:32", "Chủ nhật", "lúc 14:32"
        "thứ hai ba tư năm sáu bảy chủ nhật lúc "
        "les ás "  # Catalan "a les 14:32", Galician "ás 14:32"
        "թ "  # Armenian "2026 թ. նոյեմբերի 25"
        "én án jén ján "  # Hungarian "on the 25th": "november 25-én"
        "ka "  # Somali "the" after the day: "20-ka Janaayo 2015"
        "ko "  # Basque "of" after the year: "2016(e)ko abenduaren 13(a)"
        # Thai, its dots dropped (`clean.THAI_DOTS`): the eras' marks "พ.ศ." (Buddhist), "ค.ศ." (common), "เวลา" (at)
        # and "น." (o'clock): "13 ธ.ค. 2566 เวลา 10:30 น."
        "พศ คศ เวลา น "
        # Latin: "die Mercurii, 25 Novembris 2026", "die 25 mensis Novembris 2026, hora 14:32"
        "die mensis hora anno domini lunae martis mercurii iovis veneris saturni solis dominica "
        # Arabic "at the hour": "الثلاثاء 20-10-2020 الساعة 10:02"
        "الساعة",
    )
)

# Words around a number that make a line a picture's caption ("Photo 3 of 12: <title>", "Bild 2 von 10").
CAPTION_WORDS = frozenset(
    re.split(
        r"\s+",
        "photo photos picture image images slide gallery of foto fotos bild bilder von galerie de sur imagen "
        "imagem immagine di fotogalleria фото из з zdjęcie zdjęcia z resim galeri afbeelding van av "
        # cs sk hu ro fi da/nb el bg hr/sr sl lt lv et is sq id/ms: "– fotografia 1 din 3", "1/3. kép", "Galéria: …"
        "fotografia fotografie fotka snímek snímka obrázek obrázok kép képek fotó galéria galerie din ze od "
        "kuva kuvat kuvagalleria billede billeder galleri φωτογραφία φωτογραφίες φωτο εικόνα από снимка снимки "
        "галерия от slika slike fotografija galerija nuotrauka iš attēls no pilt mynd myndir af gambar dari",
    )
)


# A pattern that opens with a word-count lookahead, "(?=(?:\S+\s+){M,N}\S+$)", matches lines of at most N + 1
# words; `compile_patterns(long_lines=True)` leaves it out when that is at most SHORT_LINE_WORDS, so long paragraphs
# are not scanned by it (a longer count, "{0,29}", keeps it for them).
SHORT_LINE_WORDS = 16


# The word-count lookahead without backtracking (lines are stripped, so this is the same test): a long line fails
# at once instead of being re-split word by word.
WORD_COUNT = re.compile(r"\(\?=\(\?:\\S\+\\s\+\)\{(\d+),(\d+)\}\\S\+\$\)")
WORD_COUNT_FAST = r"(?=(?:\\S++\\s++){\1,\2}+\\S++$)"


def _short_only(pattern: str) -> bool:
    """Whether the pattern opens with a word count that no line of more than SHORT_LINE_WORDS words passes."""
    count = WORD_COUNT.match(pattern)
    return count is not None and int(count[2]) < SHORT_LINE_WORDS


def kept_patterns(reason: str, long_lines: bool = False) -> list[str]:
    """A reason's patterns as they are matched: the word counts without backtracking, and with `long_lines`
    without the short-line patterns."""
    return [WORD_COUNT.sub(WORD_COUNT_FAST, p) for p in LINE_PATTERNS[reason] if not (long_lines and _short_only(p))]


def compile_patterns(*reasons: str) -> dict[str, re.Pattern[str]]:
    """One alternation for each of `reasons`, anchored to the whole line: for the code in `clean` that asks about
    one reason (only those: each compile costs import time in every worker)."""
    return {
        reason: re.compile(rf"^(?:{'|'.join(f'(?:{p})' for p in kept_patterns(reason))})$", re.IGNORECASE)
        for reason in reasons
    }


def compile_verdict(long_lines: bool = False) -> GatedVerdict:
    """Every reason's patterns behind one keyword gate, in LINE_PATTERNS' order, so that `match(line)` is the
    first reason whose patterns match the whole line: the verdict of trying them one by one. With `long_lines`,
    for lines of more than SHORT_LINE_WORDS words: without the short-line patterns."""
    return GatedVerdict((reason, pattern) for reason in LINE_PATTERNS for pattern in kept_patterns(reason, long_lines))
