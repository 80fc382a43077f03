"""Boilerplate cleaner: one test per rule family and language, metadata, repeated lines, properties."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from cleaning import BODY, BODY2, TITLE, assert_idempotent, removed_lines
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from curation.clean import clean_text, line_keys, parse_authors, parse_date
from curation.decode import decode_bytes
from curation.repeated import DocLines, count_keys, doc_lines, learn_repeated
from curation.spans import apply_spans, check_spans
from curation.store import Store
from schemas import CurationConfig

SEEDS = Path(__file__).resolve().parent.parent / "raw"
# the lightly edited copies of `eval/boilerplate/copies.py`, which measures the counting of stories on many more
_spec = importlib.util.spec_from_file_location(
    "copies", Path(__file__).parents[1] / "eval" / "boilerplate" / "copies.py"
)
COPIES = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(COPIES)
# line keys fold digits away: lines that differ only by a number are one line to count, so tests vary words
WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]


def _doc(*middle: str, head: tuple[str, ...] = (TITLE,)) -> str:
    return "\n\n".join([*head, *middle[:1], BODY, *middle[1:], BODY2]) + "\n"


def _kept(text: str) -> str:
    return apply_spans(text, clean_text(text).removed)


WIDGETS = [
    ("icon-facebook icon-twitter icon-whatsapp", "share_widget"),
    ("Facebook Twitter WhatsApp Telegram", "share_widget"),
    ("Artikel teilen", "share_widget"),
    ("Partager cet article", "share_widget"),
    ("Поделиться", "share_widget"),
    ("Haberi paylaş", "share_widget"),
    ("Udostępnij", "share_widget"),
    ("Skriv ut", "share_widget"),
    ("Per E-Mail senden", "share_widget"),
    ("Volg ons op Twitter", "share_widget"),
    ("Home > News > World", "navigation"),
    ("Strona główna » Świat » Polityka", "navigation"),
    ("Головна / Новини / Політика", "navigation"),
    ("Wird geladen...", "loading"),
    ("Cargando...", "loading"),
    ("We use cookies to improve your experience. By using this site you accept our cookie policy.", "cookie_banner"),
    ("Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.", "cookie_banner"),
    ("Subscribe to our newsletter", "newsletter"),
    ("Iscriviti alla newsletter", "newsletter"),
    ("12 comments", "comments"),
    ("Комментарии (4)", "comments"),
    ("Advertisement", "advertisement"),
    ("Reklama", "advertisement"),
    ("Contenido patrocinado", "advertisement"),
    ("Lesen Sie auch: Die Regierung plant neue Steuern", "related_links"),
    ("Читайте также: Новые правила для водителей", "related_links"),
    ("Tags: politics, budget, parliament", "tags"),
    ("Etiketler: ekonomi, bütçe", "tags"),
    ("© 2024 Daily Courier. All rights reserved.", "footer"),
    ("© 2021 NovaPress. Wszelkie prawa zastrzeżone.", "footer"),
    ("Photo: Anna Miller / AFP", "photo_credit"),
    ("Fot. Piotr Nowak / PAP", "photo_credit"),
    ("Фото: Иван Петров / ТАСС", "photo_credit"),
    ("Cumpără cartea de la librăriile partenere →", "navigation"),  # a link that points on
    ("+32 9 264 00 00", "footer"),  # a telephone number alone
    ("Tel: 0800 400 400", "footer"),
    ("Riqingho: 015 000 0000", "footer"),  # a label the vocabulary lacks
    ("遺言書の効力を判断するものではなく（撮影：高橋拓也）", "caption"),  # a credit in full-width brackets
    ("사실 그는 요즘 벤치에 앉아있는 시간이 더 많다 (사진=윤지훈 기자)", "caption"),
    ("Every violation of human rights carries within it | Photo credit: Arjun Iyer", "caption"),
]


@pytest.mark.parametrize(("line", "reason"), WIDGETS)
def test_widget_lines_are_removed_with_their_reason(line: str, reason: str) -> None:
    text = _doc(line)
    assert removed_lines(text).get(line) == reason
    assert BODY in _kept(text) and BODY2 in _kept(text)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Anna Miller and James Carter", ["Anna Miller", "James Carter"]),
        ("Von Julia Becker, Stefan Wagner", ["Julia Becker", "Stefan Wagner"]),
        ("Par Claire Dubois et Pierre Moreau", ["Claire Dubois", "Pierre Moreau"]),
        ("Автор: Ольга Орлова", ["Ольга Орлова"]),
        ("Yazar: Ayşe Kaya ve Emre Demir", ["Ayşe Kaya", "Emre Demir"]),
        ("Av Karin Holm och Lars Berg", ["Karin Holm", "Lars Berg"]),
        ("Ein Beitrag von Jan Müller", ["Jan Müller"]),
        ("BY JAMES CARTER AND ANNA WALSH", ["JAMES CARTER", "ANNA WALSH"]),
    ],
)
def test_bylines_in_many_languages(byline: str, authors: list[str]) -> None:
    cleaned = clean_text(_doc(head=(TITLE, byline)))
    assert cleaned.authors == authors
    assert cleaned.title == TITLE


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Wed Nov 08 2023", "2023-11-08"),
        ("Published 2021-03-14", "2021-03-14"),
        ("Veröffentlicht am 21.09.2022", "2022-09-21"),
        ("Publié le 12 mars 2021", "2021-03-12"),
        ("Опубликовано 12 марта 2021", "2021-03-12"),
        ("Opublikowano 12 września 2020, 14:35", "2020-09-12"),
        ("Publicado el 3 de mayo de 2019", "2019-05-03"),
        ("Laatst bijgewerkt: 25 februari 2023", "2023-02-25"),
    ],
)
def test_datelines(line: str, iso: str) -> None:
    text = _doc(head=(TITLE, line))
    cleaned = clean_text(text)
    assert cleaned.published == iso
    assert removed_lines(text)[line] == "dateline"


def test_byline_with_date_after_a_separator() -> None:
    cleaned = clean_text(_doc(head=(TITLE, "By Anna Walsh | 17.01.2022, 07:40")))
    assert cleaned.authors == ["Anna Walsh"] and cleaned.published == "2022-01-17"


@pytest.mark.parametrize("prefix", ["2024-11-08 – ", " date 2024-11-08 ", "08.11.2024 | ", "8 de noviembre de 2024 - "])
def test_date_glued_to_the_first_sentence(prefix: str) -> None:
    text = prefix + BODY + "\n\n" + BODY2 + "\n"
    cleaned = clean_text(text)
    assert cleaned.published == "2024-11-08"
    assert apply_spans(text, cleaned.removed).startswith("The parliament approved")


def test_title_duplicate_and_numbered_captions() -> None:
    caption = "Addressing a ceremony in connection with the new budget in the capital"
    text = "\n\n".join([TITLE, TITLE, BODY, f"{TITLE} 1", caption, BODY2])
    removed = removed_lines(text)
    reasons = [s.reason for s in clean_text(text).removed if text[s.start : s.end].strip() == TITLE]
    assert reasons == ["title", "duplicate_title"]
    assert removed[f"{TITLE} 1"] == "caption"
    assert removed[caption] == "caption"
    assert TITLE not in _kept(text)


def test_kept_subheadings_quotes_lists_and_author_notes() -> None:
    keep = [
        "Karabakh War",
        "“We did not want war – we wanted peace,” the president said.",
        "- The first item of a list that belongs to the article.",
        "- The second item of the same list.",
        "Anna Miller is a journalist and political analyst based in Vienna.",
    ]
    text = _doc(*keep)
    kept = _kept(text)
    for line in keep:
        assert line in kept


def test_related_heading_and_teaser_block_areremoved_lines() -> None:
    teasers = ["Read more", "Government plans a new tax on fuel", "Elections will be held in the spring"]
    text = _doc() + "\n".join(teasers) + "\n"
    removed = removed_lines(text)
    assert all(removed.get(t) == "related_links" for t in teasers)


def test_unknown_teaser_block_after_the_article_is_removed_but_one_line_alone_stays() -> None:
    block = ["Das könnte Sie auch interessieren", "Regierung plant neue Steuer auf Benzin"]
    assert all(removed_lines(_doc() + "\n".join(block) + "\n").get(t) == "related_links" for t in block)
    assert "Ende der Debatte" in _kept(_doc() + "Ende der Debatte\n")
    # among the widgets under the article, one such line is a widget too: "Get the forecast →", a section
    widgets = _doc() + "Get the forecast for your location →\nWetter und Verkehr im Oberland\n© 2024 Daily Courier\n"
    assert removed_lines(widgets).get("Wetter und Verkehr im Oberland") == "related_links"
    assert removed_lines(widgets).get("Get the forecast for your location →") == "navigation"
    # but not a paragraph of two sentences that ends without a stop
    last = "Je crois avoir trouvé la réponse. Conformation extérieure (dissections de Chien et Chat)"
    assert last in _kept(_doc() + f"{last}\n© 2024 Daily Courier\n")


def test_of_two_different_title_like_lines_the_first_is_the_title() -> None:
    """Title or subheading? Neither line is confirmed by the article's words, a byline or a date, but a scraper writes
    the title first: the first is the title, the second stays text (dev extracts "Hope!" over its author's name,
    "Kleine Schafskunde" over the site's name)."""
    text = "\n".join(["Five new towns today", "A different short line", BODY, BODY2])
    assert clean_text(text).title == "Five new towns today"
    assert "Five new towns today" not in _kept(text)
    assert "A different short line" in _kept(text)


def test_of_two_title_like_lines_the_first_the_article_confirms_is_the_title() -> None:
    """The first of them whose words the article uses is the headline, the line under it text."""
    text = "\n".join([TITLE, "A different short line here", BODY, BODY2])
    assert clean_text(text).title == TITLE
    assert "A different short line here" in _kept(text)


def test_parse_helpers() -> None:
    assert parse_date("Since 2001") is None
    assert parse_date("03/21/2024") == "2024-03-21"
    assert parse_date("05-03-24, 10:45") == "2024-03-05"  # a two-digit year after dashes (Dutch sites)
    assert parse_date("05-03-24-1") is None  # a code, not a date
    assert parse_date("12 March 2024 (3 hours ago)") == "2024-03-12"  # not "2024 (3 … ago[sto])", 3 August
    assert parse_date("27 août 2020, 10 h 37 (il y a 10 heures)") == "2020-08-27"  # Québec's clock
    assert parse_date("Published 3 hours ago on March 3, 2021") == "2021-03-03"  # not 3 August, wherever "ago" is
    assert parse_date("il y a 3 heures · 3 mars 2021") == "2021-03-03"
    assert parse_date("about 12 March 2021") == "2021-03-12"  # no relative time: "about" and a date
    assert parse_authors("Naveed Miraj and Shahid Qureshi") == ["Naveed Miraj", "Shahid Qureshi"]


# -- repeated lines ----------------------------------------------------------------------


def test_learn_repeated_counts_distinct_documents() -> None:
    footer = "Daily Courier — your news every morning"
    topics = ["budget", "election", "storm", "harvest", "concert"]
    docs = [f"{BODY} The {topic} was discussed.\n{footer}\n" for topic in topics]
    repeated = learn_repeated(docs, min_docs=5)
    assert line_keys(footer) <= repeated
    assert learn_repeated([docs[0]] * 5, min_docs=5) == frozenset()  # identical copies count once
    assert count_keys(doc_lines(d) for d in docs)[next(iter(line_keys(footer)))] == 5
    cleaned = clean_text(docs[0], repeated)
    assert apply_spans(docs[0], cleaned.removed).strip() == f"{BODY} The budget was discussed."


def _edited(text: str, seed: int) -> str:
    """A lightly edited copy, as `eval/boilerplate/copies.py` makes them."""
    return COPIES.edited(text, seed)


def test_a_site_line_in_three_stories_is_learned_by_default() -> None:
    """A small corpus (a few stories of each site, as a crawl of many sites gives) still shows its templates: three
    distinct stories with the same line make it the site's; two may share a line by chance."""
    footer = "Daily Courier — your news every morning"
    docs = [f"{BODY} The {topic} was discussed.\n{footer}\n" for topic in ["budget", "election", "storm"]]
    min_docs = CurationConfig().repeated_line_min_docs
    assert line_keys(footer) <= learn_repeated(docs, min_docs)
    assert not line_keys(footer) & learn_repeated(docs[:2], min_docs)


def test_copies_of_one_story_count_once() -> None:
    """Syndicated, lightly edited copies of the sample articles (40 each) leave their titles, ledes and
    subheadings alone: each story counts once, below the threshold."""
    seeds = sorted(SEEDS.glob("*.txt"))
    originals = [decode_bytes(path.read_bytes()).text for path in seeds]
    copies = [_edited(text, seed) for seed in range(40) for text in originals]
    min_docs = CurationConfig().repeated_line_min_docs
    repeated = learn_repeated(copies, min_docs)
    for text in originals:
        plain = clean_text(text)
        assert clean_text(text, repeated) == plain, "a line of the story was learned as a site's template"


def test_a_paragraph_without_spaces_is_no_site_line() -> None:
    """A Japanese paragraph that three stories share (a quoted statement, a sentence pool) has few "words" but many
    characters: it stays, while the site's short footer, learned the same way, goes."""
    paragraph = (
        "未読と既読も確認できるので、確実な情報共有に役立ちます。"
        + "口コミサイトには、審査に関しての細かい内容を記載しています。"
    )
    footer = "利用規約とプライバシーポリシー"
    text = f"{TITLE}\n\n{BODY}\n\n{paragraph}\n\n{footer}\n"
    repeated = set(line_keys(paragraph)) | set(line_keys(footer))
    kept = apply_spans(text, clean_text(text, frozenset(repeated)).removed)
    assert paragraph in kept
    assert footer not in kept


def test_stories_of_one_site_are_not_copies() -> None:
    """Distinct stories sharing a site's long footer and short template lines get bands of their own."""
    footer = "This article was first published by the Daily Courier and is republished here under licence today."
    stories = [
        "\n".join(
            f"The {part} sentence of the story tells about {topic} and its many details in the town." for part in WORDS
        )
        for topic in ["rain", "rates", "roads", "rents", "rail"]
    ]
    docs = [doc_lines(f"{story}\n{footer}\nShare this\n") for story in stories]
    assert all(doc is not None and doc.bands for doc in docs)
    assert count_keys(d for d in docs if d)[next(iter(line_keys(footer)))] == 5


TEMPLATE = [
    "This article was first published by the Daily Courier and is republished here under licence today.",
    "The Daily Courier is an independent paper owned by its readers and funded by their subscriptions.",
    "Readers may send letters about this story to the editors, who read every one of them with care.",
]


def test_stories_of_a_template_heavy_site_are_not_copies() -> None:
    """A site whose long template lines are a fifth of each story's lines: its eight stories are eight, so the
    template is learned (bands of two rows made near-copies of stories with so much in common)."""
    stories = [
        "\n".join(f"The {part} sentence about the {topic} tells of its many details in the town." for part in WORDS)
        for topic in ["rain", "rates", "roads", "rents", "rail", "river", "radio", "races"]
    ]
    docs = [doc_lines(f"{story}\n" + "\n".join(TEMPLATE)) for story in stories]
    counts = count_keys(d for d in docs if d)
    assert {counts[key] for line in TEMPLATE for key in line_keys(line)} == {8}


def _story_doc(digest: str, lines: range, bands: tuple[str, ...]) -> DocLines:
    """A document of story lines only, the n-th line's key n."""
    keys = frozenset(f"{n:016x}" for n in lines)
    return DocLines(digest, keys, keys, bands)


def _versions() -> list[DocLines]:
    """Three versions of a story, the third sharing a band with each of the first two, which share none."""
    return [
        _story_doc("first", range(8), ("0:a",)),
        _story_doc("second", range(4, 12), ("1:b",)),
        _story_doc("third", range(2, 10), ("0:a", "1:b")),
    ]


def test_a_version_close_to_two_stories_joins_them() -> None:
    """Versions that came apart (each close to a third, not to each other) are one story once the third is
    counted: their common lines count once, and a later version close to either adds only its new lines."""
    first, second, third = _versions()
    assert count_keys([first, second])[f"{5:016x}"] == 2
    later = _story_doc("later", range(6, 14), ("1:b",))
    counts = count_keys([first, second, third, later])
    assert set(counts.values()) == {1} and len(counts) == 14


def test_the_store_joins_stories_across_runs(tmp_path) -> None:
    """The store joins stories counted by earlier runs as `count_keys` does at once, and its joined stories keep
    their place: a version reaching a joined story counts into the story it joined."""
    first, second, third = _versions()
    other = _story_doc("other", range(10, 20), ("2:c",))
    bridge = _story_doc("bridge", range(0, 20, 2), ("2:c", "1:b"))
    later = _story_doc("later", range(15, 22), ("0:a",))
    docs = [first, second, other, third, bridge, later]
    store = Store(tmp_path / "state.sqlite")
    for doc in docs:
        store.count_lines([doc])
        store.commit()
    assert dict(store.db.execute("SELECT key, docs FROM line_counts")) == count_keys(docs)
    assert set(count_keys(docs).values()) == {1}
    # every joined story names the story it is now part of, not the one it first joined
    assert dict(store.db.execute("SELECT story, root FROM story_roots")) == {"first": "other", "second": "other"}
    store.close()


def test_repeated_long_sentence_of_syndicated_copies_is_kept() -> None:
    text = f"{BODY}\n{BODY2}\n"
    repeated = frozenset(line_keys(text))
    assert apply_spans(text, clean_text(text, repeated).removed) == text.rstrip("\n")


NOTICE = "This article is for general information only and is not financial advice, and rates may change."


def _story(topic: str) -> str:
    return "\n\n".join(
        f"The {part} paragraph of the story about the {topic} gives its many details, as the town's paper reports them."
        for part in WORDS[:4]
    )


def test_a_sites_notice_under_the_text_of_three_stories_is_removed() -> None:
    """A sentence every story of a site ends with is its template, once copies of one story count once."""
    docs = [f"{TITLE}\n\n{_story(topic)}\n\n{NOTICE}\n\nShare this article\n" for topic in ("rain", "rates", "roads")]
    repeated = learn_repeated(docs, CurationConfig().repeated_line_min_docs)
    assert removed_lines(docs[0], repeated).get(NOTICE) == "repeated_line"
    # inside the text, the same sentence stays: there it may be the story's own
    inside = f"{TITLE}\n\n{_story('rain')}\n\n{NOTICE}\n\n{BODY}\n"
    assert NOTICE not in removed_lines(inside, repeated)
    # copies of one story do not make its last paragraph a template, nor do stories too short to tell copies by
    copies = [f"{_story('rain')}\n\n{NOTICE}\n"] * 3 + [f"{_story('rain')} Again.\n\n{NOTICE}\n"] * 3
    assert NOTICE not in removed_lines(copies[0], learn_repeated(copies, 3))
    short = [f"{BODY} The {topic} was discussed.\n\n{NOTICE}\n" for topic in ("rain", "rates", "roads")]
    assert NOTICE not in removed_lines(short[0], learn_repeated(short, 3))
    # nor under a text whose every line is the corpus's: copies the counting could not tell
    assert NOTICE not in removed_lines(copies[0], frozenset(line_keys(copies[0])))


def test_a_short_line_twice_in_an_extract_is_a_widget() -> None:
    widget = "Download the GPX track of the route"
    text = f"{TITLE}\n\n{BODY}\n\n{widget}\n\n{BODY2}\n\n{widget}\n\nThe vote ends the session.\n"
    assert removed_lines(text) == {TITLE: "title", widget: "repeated_in_document"}
    assert_idempotent(text)


def test_a_sentence_twice_and_headings_twice_on_a_whole_page_are_not_widgets() -> None:
    said = "The vote ends the session."  # a sentence is text, even said twice
    assert said not in removed_lines(f"{TITLE}\n\n{BODY}\n\n{said}\n\n{BODY2}\n\n{said}\n")
    # a page's table of contents repeats its headings over the text: on a whole page they stay
    headings = [f"How the {word} works" for word in ("budget", "deficit", "appeal", "court", "vote", "session")]
    paragraphs = [f"{BODY} Part {i}." for i in range(30)]
    sections = [x for pair in zip(headings, paragraphs, strict=False) for x in pair]
    page = "\n".join([TITLE, *headings, *sections, *paragraphs[6:]])
    assert "repeated_in_document" not in removed_lines(page).values()


def test_store_accumulates_line_counts_across_runs(tmp_path) -> None:
    footer = "Daily Courier footer line"
    keys = frozenset(line_keys(footer))
    store = Store(tmp_path / "state.sqlite")
    store.count_lines([doc_lines(f"{footer}\nstory {WORDS[i]}") for i in range(3)])
    store.count_lines([doc_lines(f"{footer}\nstory {WORDS[0]}")])  # already counted
    assert store.repeated_lines(3) == keys and store.repeated_lines(4) == frozenset()
    store.commit()
    store.close()
    again = Store(tmp_path / "state.sqlite")
    again.count_lines([doc_lines(f"{footer}\nstory {WORDS[-1]}")])
    assert again.repeated_lines(4) == keys
    again.close()


@pytest.mark.parametrize("size", [1, 4, 7, 100])
def test_store_counts_in_batches_as_count_keys_does_at_once(tmp_path, size: int) -> None:
    """The store reads and writes once per batch; however a run is cut into batches, and with documents counted
    twice, each line's count of stories is the in-memory rule's over all of them."""
    story = "\n".join(f"The {part} sentence of the story goes on about the council and its plans." for part in WORDS)
    footer = "This article was first published by the Daily Courier and is republished here under licence today."
    docs = [doc_lines(_edited(f"A title of a story\n{story}\n{footer}", seed)) for seed in range(5)]
    docs += [doc_lines(f"Story {word} of its own\n{footer}\nShare this") for word in WORDS]
    docs += docs[:3]
    store = Store(tmp_path / "state.sqlite")
    for start in range(0, len(docs), size):
        store.count_lines(docs[start : start + size])
    counts = dict(store.db.execute("SELECT key, docs FROM line_counts"))
    assert counts == count_keys(docs)
    assert max(counts.values()) > 1 and min(counts.values()) == 1
    store.close()


def _story_copies() -> list[DocLines]:
    """Six lightly edited versions of one story, as the pre-pass counts them."""
    story = "\n".join(
        f"The {part} sentence of the story goes on about the {topic} and its plans."
        for part in WORDS
        for topic in ("council", "budget")
    )
    return [doc_lines(_edited(f"A title of a story\n{story}", seed)) for seed in range(6)]


def test_store_counts_a_near_copy_of_an_earlier_run_once(tmp_path) -> None:
    """The store applies the rule of `count_keys` across runs: a copy counted by a later run adds nothing."""
    copies = _story_copies()
    store = Store(tmp_path / "state.sqlite")
    store.count_lines(copies[:3])
    store.commit()
    store.count_lines(copies[3:])
    assert store.repeated_lines(2) == frozenset()
    assert set(count_keys(copies).values()) == {1}  # every line, edited or not, in one story
    store.close()


def test_a_store_with_a_row_per_story_line_is_packed_and_counts_on(tmp_path) -> None:
    """A store from before `story_keys` (a `story_lines` row per story and key) opens with its stories packed: a
    later run's copies of a story it counted still add nothing."""
    copies = _story_copies()
    store = Store(tmp_path / "state.sqlite")
    store.count_lines(copies[:3])
    packed = dict(store.db.execute("SELECT story, keys FROM story_keys"))
    store.db.execute("CREATE TABLE story_lines (story TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (story, key))")
    store.db.executemany(
        "INSERT INTO story_lines VALUES (?, ?)",
        [(s, keys.hex()[i : i + 16]) for s, keys in packed.items() for i in range(0, len(keys) * 2, 16)],
    )
    store.db.execute("DELETE FROM story_keys")
    store.commit()
    store.close()
    again = Store(tmp_path / "state.sqlite")
    assert dict(again.db.execute("SELECT story, keys FROM story_keys")) == packed
    assert again.db.execute("SELECT 1 FROM sqlite_master WHERE name='story_lines'").fetchone() is None
    again.count_lines(copies[3:])
    assert again.repeated_lines(2) == frozenset()
    again.close()


# -- properties ----------------------------------------------------------------------------

POOL = [w for w, _ in WIDGETS] + [
    TITLE,
    BODY,
    BODY2,
    "Karabakh War",
    "By Anna Miller",
    "2024-11-08",
    "",
    "   ",
    "\t",
    f"{TITLE} 2",
    "Read more",
    "- A list item.",
]
LINES = st.one_of(st.sampled_from(POOL), st.text(st.characters(blacklist_categories=("Cs",)), max_size=60))
DOCS = st.lists(LINES, max_size=14).map("\n".join)
# The same 150 examples on every run (derandomize): a CI run fails for a change, not for a draw; a wider search for
# new counter-examples is a local run with more examples and a random seed (docs/boilerplate.md, "Idempotence").
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


@SETTINGS
@given(DOCS)
def test_spans_are_valid_and_rederive_the_text(text: str) -> None:
    cleaned = clean_text(text)
    assert check_spans(cleaned.removed, len(text)) is None
    pieces, pos = [], 0
    for span in cleaned.removed:
        pieces.append(text[pos : span.start])
        pieces.append(text[span.start : span.end])
        pos = span.end
    pieces.append(text[pos:])
    assert "".join(pieces) == text
    assert apply_spans(text, cleaned.removed) == "".join(pieces[0::2])


@SETTINGS
@given(DOCS)
@example("By Anna Miller\n0\n.\nBy Anna Miller")  # found by a CI run: a line of marks once ended the header
# found by a local run: the byline again under the body read as a second pass's header byline
@example(
    "By Anna Miller\nA\nThe parliament approved the budget on Tuesday after a debate that lasted more than ten hours. "
    "The opposition voted against it and announced an appeal to the constitutional court.\nBy Anna Miller"
)
@example(  # found by a local run: short lines a first pass leaves under the title it cut read as a top menu
    "Parliament approves the new budget after a long debate 2\nAb\nAb\nAb\nThe parliament approved the budget on "
    "Tuesday after a debate that lasted more than ten hours. The opposition voted against it and announced an appeal "
    "to the constitutional court."
)
@example("2024-11-08\n- A list item.\nBy Anna Miller")  # found by a local run: a list item read as a headline
@example(  # found by a local run: a number written twice, under the header on a second pass only
    "Parliament approves the new budget after a long debate 2\n0\n- A list item.\n0\nBy Anna Miller\nThe parliament "
    "approved the budget on Tuesday after a debate that lasted more than ten hours. The opposition voted against it "
    "and announced an appeal to the constitutional court."
)
@example(  # found by a CI run: a short opening over a text that ends in its byline was no title until a second pass
    "Aa\nThe parliament approved the budget on Tuesday after a debate that lasted more than ten hours. The opposition "
    "voted against it and announced an appeal to the constitutional court.\nBy Anna Miller"
)
@example(  # found by a local run: a number alone between the title and a line a second pass takes for the headline
    "Parliament approves the new budget after a long debate 2\n0\nAAA 0 0\nThe parliament approved the budget on "
    "Tuesday after a debate that lasted more than ten hours. The opposition voted against it and announced an appeal "
    "to the constitutional court."
)
def test_cleaning_is_idempotent(text: str) -> None:
    assert_idempotent(text)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published March 3, 2024", "2024-03-03"),
        ("Mittwoch, 6. März 2024, 14:30 Uhr", "2024-03-06"),
        ("Mis en ligne le 18.03.2020, 18:17", "2020-03-18"),
        ("12 de marzo de 2024", "2024-03-12"),
        ("3 марта 2024 г.", "2024-03-03"),
        ("Опубліковано 12 березня 2024 року, 10:15", "2024-03-12"),
        ("5 Mart 2024 Salı", "2024-03-05"),
        ("15 lutego 2024", "2024-02-15"),
        ("14 januari 2024 kl. 08.00", "2024-01-14"),
        ("Pubblicato il 7 giugno 2023 alle 09:12", "2023-06-07"),
        ("2024/03/05", "2024-03-05"),
        ("March 2024", None),
        ("The 3 best 2024", None),
        ("19.10.19, 18:56", "2019-10-19"),  # a two-digit year, as many German and Swiss sites write it
        ("30/10/23", "2023-10-30"),
        ("14 Feb ’20", "2020-02-14"),  # a year's two digits after an apostrophe, as blogs write it
        ("Feb 14, '20", "2020-02-14"),
        ("in the ’20s", None),
        ("2.11.22", "2022-11-02"),  # one digit for the day, as Austrian sites write it: a field's whole body
        ("2.11.22, 18:56", "2022-11-02"),
        ("03.05.98", "1998-05-03"),
        ("Python 3.10.12", None),  # versions are no dates
        ("Version 1.2.33", None),
        ("Release 10.12.13.1", None),
    ],
)
def test_dates_in_many_languages(line: str, iso: str | None) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Anna Miller and James Walsh", ["Anna Miller", "James Walsh"]),
        ("Von Max Müller, Eva Schmidt und Jan Berg", ["Max Müller", "Eva Schmidt", "Jan Berg"]),
        ("Max Müller (dpa)", ["Max Müller"]),
        ("Anna Miller | Staff Reporter", ["Anna Miller"]),
        ("Anna Miller, Senior Correspondent", ["Anna Miller"]),
        ("Pierre Moreau et Julien Dubois, envoyé spécial", ["Pierre Moreau", "Julien Dubois"]),
        ("Daan Smit en Lotte Bos | Verslaggever | 2021-11-14", ["Daan Smit", "Lotte Bos"]),
        ("Ayşe Yılmaz | Muhabir", ["Ayşe Yılmaz"]),
        ("Ольга Петренко, кореспондент", ["Ольга Петренко"]),
        ("Ana de la Fuente y Luis García", ["Ana de la Fuente", "Luis García"]),
        ("Noticia de Elena García", ["Elena García"]),
        ("Scritto da Marco Rossi", ["Marco Rossi"]),
        ("Hazırlayan: Ayşe Yılmaz", ["Ayşe Yılmaz"]),
        ("Подготовил Иван Петров", ["Иван Петров"]),
        ("Autoren: Max Müller und Eva Berg", ["Max Müller", "Eva Berg"]),
        ("By Anna Miller, The Guardian", ["Anna Miller"]),
        ("Συντάκτης: Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
        ("Door Jan van der Berg en Els de Vries", ["Jan van der Berg", "Els de Vries"]),
        ("By J. R. Smith", ["J. R. Smith"]),
    ],
)
def test_bylines_under_the_title(byline: str, authors: list[str]) -> None:
    text = f"A headline that is long enough here\n{byline}\nThe first sentence of the article is here. And more.\n"
    assert clean_text(text).authors == authors


def test_published_date_wins_over_updated() -> None:
    text = (
        "A headline that is long enough here\nUpdated: 2024-03-05 10:00\nPublished: 2024-03-01\n"
        "The first sentence of the article is here. And more.\n"
    )
    assert clean_text(text).published == "2024-03-01"


def test_a_title_case_subheading_in_the_body_is_not_a_byline() -> None:
    text = (
        "A headline that is long enough here\nThe first sentence of the article is here. And more.\n"
        "Economic Outlook\nAnother sentence of the article follows. Yes.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.authors == []
    assert "Economic Outlook" in apply_spans(text, cleaned.removed)


@pytest.mark.parametrize(
    "line",
    [
        "3 hours ago",
        "vor 2 Stunden",
        "il y a 5 minutes",
        "3 часа назад",
        "2 saat önce",
        "för 2 timmar sedan",
        "1.2K shares",
        "5 min read",
        "Lesezeit: 4 Minuten",
        "Temps de lecture : 3 min",
        "Reporting by Anna Miller; Editing by John Smith",
        "Nieuws | Sport | Cultuur | Weer",
        "Inicio • Noticias • Mundo",
        "Advertisement – scroll to continue",
        "Anzeige - Weiterlesen unten",
        "Already a subscriber? Log in",
        "Anmelden | Registrieren",
    ],
)
def test_generic_boilerplate_shapes_areremoved_lines(line: str) -> None:
    assert line in removed_lines(_doc(line))


@pytest.mark.parametrize(
    ("first", "kept", "iso"),
    [
        ("MOSCOW, March 3 (Reuters) - The ruble fell on Monday.", "The ruble fell on Monday.", None),
        ("BERLIN (dpa) – Die Regierung hat entschieden.", "Die Regierung hat entschieden.", None),
        ("NEW YORK, 3 March 2024 (AP) — Stocks rose.", "Stocks rose.", "2024-03-03"),
        ("PARIS, the city of light - is great.", "PARIS, the city of light - is great.", None),
        # a place in capitals is no name, though "José" is a given name and "Costa Rica" has a name's shape
        (
            "SAN JOSÉ, Costa Rica, 25 de julio de 2018 – Los estibadores volvieron.",
            "Los estibadores volvieron.",
            "2018-07-25",
        ),
        ("SAN JOSÉ, 18 abr. 2024 – Los estibadores volvieron.", "Los estibadores volvieron.", "2024-04-18"),
    ],
)
def test_wire_dateline_glued_to_the_first_sentence(first: str, kept: str, iso: str | None) -> None:
    text = f"{TITLE}\n\n{first} {BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert apply_spans(text, cleaned.removed).startswith(f"{kept} {BODY}")
    assert cleaned.published == iso
    assert cleaned.authors == []


@pytest.mark.parametrize(
    "echo",
    [
        "1/12 {t}",
        "Photo 3 of 12: {t}",
        "Bild 2 von 10 – {t}",
        "{t} (3)",
        "{t} – fotografia 1 din 3",  # Romanian
        "{t} – 1/3. kép",  # Hungarian
        "Galéria: {t} (2/7)",
        "Φωτογραφία 2 από 5: {t}",  # Greek
    ],
)
def test_numbered_title_echoes_are_captions(echo: str) -> None:
    line = echo.format(t=TITLE.upper() if "Photo" in echo else TITLE)
    assert removed_lines(_doc("", line)).get(line) == "caption"  # in the body
    assert removed_lines(_doc(line)).get(line) in ("caption", "duplicate_title")  # under the title


def test_title_cut_short_is_a_duplicate() -> None:
    cut = TITLE[: len(TITLE) * 3 // 4].rstrip() + "…"
    assert removed_lines(_doc("", cut)).get(cut) == "duplicate_title"


@pytest.mark.parametrize(
    ("byline", "iso"),
    [
        ("By Anna Miller on March 3, 2024", "2024-03-03"),
        ("Von Max Müller am 3. März 2024", "2024-03-03"),
        ("Par Claire Girard le 3 mars 2024", "2024-03-03"),
    ],
)
def test_byline_with_a_date_after_a_preposition(byline: str, iso: str) -> None:
    text = f"{TITLE}\n{byline}\n{BODY}\n"
    assert clean_text(text).published == iso


def test_numeric_date_and_place_glued_to_the_first_sentence() -> None:
    text = f"{TITLE}\n\n12.03.2024 Berlin – {BODY}\n\n{BODY2}\n"
    cleaned = clean_text(text)
    assert apply_spans(text, cleaned.removed).startswith(BODY)
    assert cleaned.published == "2024-03-12"


@pytest.mark.parametrize(
    "byline",
    ["By Anna Miller | 3 hours ago", "Von Anna Miller · 5 min read", "Anna Miller and Jan Berg | vor 2 Stunden"],
)
def test_byline_with_a_relative_time_or_reading_time(byline: str) -> None:
    text = f"{TITLE}\n{byline}\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.authors[0] == "Anna Miller" and cleaned.published is None


@pytest.mark.parametrize(
    "line",
    [
        "Home ▸ Climate ▸ Education",  # any arrow or triangle between short items
        "Accueil ► Monde ► Europe",
        "Startseite ❯ Politik ❯ Inland",
        "Ana Sayfa ➔ Gündem ➔ Dünya",
        "Главная :: Новости :: Мир",
        "Front page >> Business >> County",  # a doubled ">" between short items
        "Strona główna >> Kraj >> Region >> Gmina",
        "Inicio >> Deportes >> Fútbol",
        "Video loading",
        "Подождите, идёт загрузка",
        "Espere, por favor...",
    ],
)
def test_breadcrumbs_with_any_arrow_and_loading_lines_areremoved_lines(line: str) -> None:
    assert line in removed_lines(_doc(line, head=("Video loading", line, TITLE)))


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Emily Turner, NovaPress", ["Emily Turner"]),  # one word with a capital inside: a brand
        ("Von Jan Berg und Eva Roth, Meridian Nachrichten", ["Jan Berg", "Eva Roth"]),
        ("Anna Nowak | Gazeta Lokalna", ["Anna Nowak"]),  # whatever follows a bar is not a name
        ("Sophie Laurent et Julien Girard | InfoPortal", ["Sophie Laurent", "Julien Girard"]),
        ("Por Javier García (Diario Sur)", ["Javier García"]),
        ("Иван Петров, Вечерние Новости", ["Иван Петров"]),
        ("By Ronald McDonald", ["Ronald McDonald"]),  # Mc, Di, Le ... names are not brands
        ("By Jane Doe and John Roe, Bloomberg", ["Jane Doe", "John Roe"]),  # one word after full names
        ("By Jane Doe, Associated Press", ["Jane Doe"]),
        ("Von Max Mustermann, Süddeutsche Zeitung", ["Max Mustermann"]),
        ("Por María López | EL PAÍS", ["María López"]),
    ],
)
def test_outlet_after_the_byline_names_is_dropped(byline: str, authors: list[str]) -> None:
    text = f"A headline that is long enough here\n{byline}\nThe first sentence of the article is here. And more.\n"
    assert clean_text(text).authors == authors


@pytest.mark.parametrize(
    ("line", "authors", "iso"),
    [
        ("18 March 2015 · 4 min read | By Chloe Nguyen | Airlines Editor", ["Chloe Nguyen"], "2015-03-18"),
        ("24.5.2019 13:12 | Linnea Sjöblom | Sport", ["Linnea Sjöblom"], "2019-05-24"),  # a desk field after
        ("Monday 22 June 2020, 6.47am AEST · Hamish Nguyen, Senior Aviation Reporter", ["Hamish Nguyen"], "2020-06-22"),
        ("14.05.2024 · Tempo di lettura: 8 min · Ilaria Quadri, giornalista RP", ["Ilaria Quadri"], "2024-05-14"),
        ("16 Aralık 2022 · 7 dk okuma | Muhabir: Ertuğrul Beyoğlu", ["Ertuğrul Beyoğlu"], "2022-12-16"),  # any label
        ("12 March 2024 | Foto: Anna Berg", [], "2024-03-12"),  # the picture's credit
        ("12 March 2024 | Sport | World", [], "2024-03-12"),  # a menu's items
    ],
)
def test_a_byline_among_a_datelines_fields(line: str, authors: list[str], iso: str) -> None:
    text = f"A headline that is long enough here\n{line}\nThe first sentence of the article is here. And more.\n"
    cleaned = clean_text(text)
    assert (cleaned.authors, cleaned.published) == (authors, iso)


@pytest.mark.parametrize(
    ("byline", "authors", "iso"),
    [
        ("Текст — Ольга Иванова", ["Ольга Иванова"], None),  # a dash after the label
        ("Текст и фото — Ольга Иванова", ["Ольга Иванова"], None),  # after a label of three words
        ("Words and pictures – Tom Baker", ["Tom Baker"], None),
        ("Gizem Aydın - The Observer Group", ["Gizem Aydın"], None),  # a name before the dash: no label
        ("Door onze redacteur Jan de Vries", ["Jan de Vries"], None),  # "our" and a role between label and names
        ("By our political editor Jane Smith", ["Jane Smith"], None),
        ("Von unserem Korrespondenten Max Müller", ["Max Müller"], None),
        ("Texto de Ana Santos e Pedro Costa", ["Ana Santos", "Pedro Costa"], None),  # a preposition after it
        ("Tekst van Jan de Vries", ["Jan de Vries"], None),
        ("Anna Mazur oraz Katarzyna Nowak | Gazeta", ["Anna Mazur", "Katarzyna Nowak"], None),
        ("Maria Berg | NovaPress, 27 februari 2023 09:39", ["Maria Berg"], "2023-02-27"),  # date after 2nd sep
        ("Jan Novák | Deník, 3. března 2024", ["Jan Novák"], "2024-03-03"),
        ("Author: James Turner, November 28, 2022 10:37", ["James Turner"], "2022-11-28"),  # month after a comma
        ("Posted by Ned Deily at 5:11 AM", ["Ned Deily"], None),  # a clock time after the names
        ("Von Max Müller um 14:30 Uhr", ["Max Müller"], None),
        ("By Glen Owen And Brendan Carlin For The Mail On Sunday", ["Glen Owen", "Brendan Carlin"], None),
        ("By Anna Per Olsson", ["Anna Per Olsson"], None),  # "Per" is a given name, not a preposition
        ("Von Julia Wagner, Stefan Schneider, 3. März 2024", ["Julia Wagner", "Stefan Schneider"], "2024-03-03"),
        ("Autor Mark Newton:", ["Mark Newton"], None),  # a colon after the names, as the text followed
        ("Linnea Sjöblom, musikkritiker", ["Linnea Sjöblom"], None),  # a role in lowercase, whatever it is
        ("Jane Smith, staff writer", ["Jane Smith"], None),
        ("Words by Madison Tran, Music Critic", ["Madison Tran"], None),
        ("Anna Berg, who lives in Oslo, said", [], None),  # a clause, not a role
        ("By the numbers:", [], None),
    ],
)
def test_byline_labels_joiners_and_late_dates(byline: str, authors: list[str], iso: str | None) -> None:
    text = f"A headline that is long enough here\n{byline}\nThe first sentence of the article is here. And more.\n"
    cleaned = clean_text(text)
    assert (cleaned.authors, cleaned.published) == (authors, iso)


@pytest.mark.parametrize(
    "title",
    [
        "Askö ägs huvudsakligen av Naturvårdsverket",  # lead words + "av" + one word: not a byline
        "Однак суміш «Асавал-дасавалі» і «Маестро» з «Регнум» і «ОРТ",  # guillemets are quotes, not a menu
        "Drogie jest także regularne uzupełnianie freonu - tłumaczy Andrzej Żurek",  # "także … -": not a teaser
    ],
)
def test_headlines_that_look_like_bylines_menus_or_teasers(title: str) -> None:
    text = f"{title}\n\nThe first sentence of the article is here. And more.\n"
    cleaned = clean_text(text)
    assert cleaned.title == title
    assert cleaned.authors == []


@pytest.mark.parametrize(
    ("first", "iso"),
    [
        ("KYIV (NovaPress), 2024/01/13. ", "2024-01-13"),  # place, agency, date, then a full stop
        ("STOCKHOLM (TT), 28.08.2015. ", "2015-08-28"),
        ("15.11.2025, STOCKHOLM: ", "2025-11-15"),  # date, place, colon
        ("2016/09/21, WARSAW: ", "2016-09-21"),
        ("LYON, 3 mars 2024 : ", "2024-03-03"),
        ("МОСКВА (ТАСС), 12.04.2023. ", "2023-04-12"),
        ("HYDERABAD (23 January 2020): ", "2020-01-23"),  # the place, then the date in parentheses
        ("BREGENZ (16. Nov. 2022 um 20:23 Uhr). ", "2022-11-16"),
    ],
)
def test_glued_dateline_with_a_full_stop_or_colon(first: str, iso: str) -> None:
    sentence = "The first sentence of the article is here. And more."
    text = f"{TITLE}\n\n{first}{sentence}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.published == iso
    assert sentence in apply_spans(text, cleaned.removed).split("\n")


@pytest.mark.parametrize(
    "first",
    ["PARIS: the city of light welcomed the visitors.", "NATO. The alliance met on Monday.", "UNESCO (Paris): a note."],
)
def test_capitals_before_a_colon_or_full_stop_without_a_date_are_kept(first: str) -> None:
    text = f"{TITLE}\n\n{first}\n\n{BODY}\n"
    assert first in apply_spans(text, clean_text(text).removed).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        # advertisement markers the article continues after, partner content
        "Story continues below advertisement",
        "Artikel wird unterhalb der Werbung fortgesetzt",
        "La suite après la publicité",
        "Реклама. Продолжение ниже",
        "The article continues below the video",
        "Contenuto offerto dal partner",
        "Партнерський матеріал",
        # cookie and privacy notices without the usual consent verbs
        "We and our partners use cookies to personalise ads. Manage preferences",
        "Ez az oldal cookie-kat használ. Einstellungen verwalten",
        "Nous respectons votre vie privée : Accepter et fermer",
        # newsletter prompts without "newsletter" or "subscribe"
        "Get our morning briefing straight to your inbox",
        "Ricevi ogni mattina le notizie più importanti",
        "Отримуйте головні новини щоранку на пошту",
        "Die wichtigsten News direkt in Ihr Postfach",
        "Receive the daily news digest",
        # follow requests that name a network, copy-link buttons
        "Join our WhatsApp channel",
        "Читайте нас в Telegram",
        "Acompanhe-nos no Threads",
        "Siga-nos no Bluesky",
        # the BBC's picture labels before a comma, in its language services; an agency's photo credit; an ad mark
        "Image source, Getty Images",
        "Image caption, The council met on Tuesday",
        "Fuente de la imagen, Getty Images",
        "Подпись к фото, Мэр города на заседании",
        "AP Photo/Jane Doe",
        "広告",
        # a teaser block's heading alone, a button to the comments
        "Most Popular",
        "Meistgelesen",
        "관련기사",
        "Show comments",
        "Kommentare anzeigen",
        "Read next",
        "You must be logged in to post a comment.",
        # a share button alone, reprinting forbidden
        "シェアする",
        "공유하기",
        "© Riproduzione riservata",
        "版权所有 © 2024 新华网",
        "무단 전재 및 재배포 금지",
        # picture credits and share buttons in scripts without case
        "图片来源：新华社",
        "사진=연합뉴스",
        "الصورة: رويترز",
        "分享到微信",
        "شارك على فيسبوك شارك على تويتر",
        # under the text in scripts without case: tags with a full-width colon, follow prompts, related headings,
        # comment counts after their word, a Chinese article's editor, source and end
        "タグ：予算、市議会",
        "标签：预算 议会",
        "الكلمات المفتاحية: الميزانية، المجلس",
        "关注我们",
        "تابعونا على تويتر",
        "あわせて読みたい",
        "많이 본 뉴스",
        "Διαβάστε επίσης",
        "댓글 0",
        "この記事をシェア",
        "责任编辑：李明",
        "本文来源：新华网",
        "（完）",
        # in the middle of the text: teasers' labels, a picture's caption mark and credit, "read more", a scan prompt
        "相关新闻：市长谈新预算",
        "関連記事：市長が予算について語る",
        "[관련기사] 시장, 새 예산 설명",
        "اقرأ أيضا: رئيس البلدية يشرح الميزانية",
        "यह भी पढ़ें: मेयर ने बजट पर क्या कहा",
        "【写真】議会の様子",
        "（图片来源：新华社）",
        "記事の続きを読む",
        "और पढ़ें",
        "Đọc thêm",
        "扫码关注我们",
        # where an ad broke the text, a browser's or a picture's controls, a wire credit, a prompt, a meter, a note
        "Continue reading the main story",
        "Skip advertisement",
        "Your browser does not support the video tag.",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "Toggle caption",
        "Enlarge this image",
        "Mit Material von dpa",
        "Con información de EFE",
        "(dpa)",
        "Report an error",
        "Donate now",
        "You have 3 free articles left",
        "Originally published at The Gazette.",
        "This story has been updated.",
        "Kopieer link",
        "Скопировать ссылку",
        # comment counters with words around the count
        "Voir les 167 commentaires",
        "Read 235 comments",
        "Zobacz 12 komentarzy",
        "Réagir (12)",
        # picture credits without a colon, or with a longer label
        "Beeld Fleur Mulder",
        "Photo Julien Fournier / Le Parisien",
        "Görsel: Ahmet Çelik",
        "Imagen de archivo: María Martínez",
        # "don't miss" teasers in any language, labels before a teaser
        "Don't miss: Ten things to know about the budget",
        "Per approfondire: Il governo e la manovra",
        "No te pierdas: Los mejores destinos del verano",
        "Nie przegap: Najważniejsze wydarzenia dnia",
        "Раніше: Три основні підходи до цієї категорії",
        "SEE ALSO | The minister's new plan",
        "- Anzeige -",  # an ad marker between dashes or brackets
        "[ Advertisement ]",
        "Join the conversation (83 comments)",
        "12 Leserkommentare",
        "Inscrivez-vous gratuitement à notre lettre",
        "Abone olun, haberler e-postanıza gelsin",
        "Mail dit artikel",
        "Deel dit artikel met vrienden",
        "Haberle ilgili etiketler: ekonomi, enflasyon, faiz",
        "Tags in this story: budget, parliament",
        "(Foto Francesca Romano)",
        "71 réactions",
        "Approfondisci: Le cifre raccontano un'altra storia",
    ],
)
def test_widgets_in_new_phrasings_areremoved_lines(line: str) -> None:
    assert line in removed_lines(_doc(line))


def test_share_buttons_one_a_line_are_a_share_row() -> None:
    column = ["Share", "Facebook", "Twitter", "Email"]
    text = "Council approves the new budget\nBy Jane Smith\n12 March 2021\n" + "\n".join(column) + f"\n\n{BODY}\n"
    removed = removed_lines(text)
    assert [removed.get(line) for line in column] == ["share_widget"] * len(column)


def test_a_networks_name_alone_over_a_paragraph_stays() -> None:
    text = f"{TITLE}\n\n{BODY}\n\nFacebook\nThe company said on Monday that it would change its rules.\n"
    assert "Facebook" not in removed_lines(text)


@pytest.mark.parametrize(
    "line", ["Share on Facebook Share on Twitter Email", "Teilen auf Facebook Teilen auf WhatsApp"]
)
def test_share_buttons_each_with_its_verb_are_a_share_row_not_a_byline(line: str) -> None:
    """No separator between the buttons: "Share on" read as a label, "Facebook Share" and "Twitter Email" as names."""
    text = f"Council approves the new budget\n12 March 2021\n{line}\n\n{BODY}\n"
    assert removed_lines(text)[line] == "share_widget"
    assert clean_text(text).authors == []


@pytest.mark.parametrize(
    "line",
    [
        "Protection of Privacy Act, and a suggested records retention schedule. Her most recent book is out.",
        "Тому звичайно у поштовому опитуванні роблять ще дві розсилки анкет за тими ж само адресами.",
        "Ранее сообщалось, что министр подал в отставку.",  # "Earlier" without a colon is a sentence
        "NATO: the alliance met on Monday and agreed on a plan.",  # capitals, but a sentence after them
        "We got the news from our neighbours on Monday morning.",
        "Facebook and Telegram were blocked for us during the protests.",
        "Crédito, empréstimos e juros: o que muda para você neste ano",  # "credit" is a topic too, not BBC's label
        "Most popular destinations this summer are in the south of the country.",  # a heading's words in a sentence
        "Show comments from readers who disagree with the mayor about the budget",
        "Watch video of the mayor as he walks out of the meeting in anger over the budget",
        "Donate blood at the clinic this weekend, the council urged residents.",
        "With AP in the lead, the team won the relay by two seconds.",
        "The topics of the summit: the economy, security and trade.",
        "Share prices fell sharply on Monday after the announcement.",
        # subheadings that share a word with a widget
        "How to get news in a crisis",
        "Get daily exercise",
        "Commentary on the 2024 election",
        "Partnership materials for schools",
        "Instagram ci ha cambiato la vita",
        # in scripts without case: a teaser's words or "read more" opening a sentence
        "相关新闻报道显示，市长在周二的会议上谈到了新预算的细节和未来的计划。",
        "اقرأ أيضا كيف يمكن للمجلس أن يراجع الميزانية في الربيع المقبل بحسب البيان الصادر اليوم.",
        "और पढ़ें तो पता चलता है कि परिषद ने बजट पर महीनों तक बहस की थी और फिर मंजूरी दी।",
        "Read next week's edition for the full story of the council's budget fight.",
    ],
)
def test_sentences_that_share_widget_words_are_kept(line: str) -> None:
    assert line not in removed_lines(_doc(line))


def test_a_sentence_that_starts_with_a_date_and_a_lowercase_word_is_kept() -> None:
    first = "27 червня 2001 року була проголошена блаженною. А ми сьогодні купили хліб."
    text = f"{TITLE}\n\n{first}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert first in apply_spans(text, cleaned.removed).split("\n")
    glued = f"{TITLE}\n\n3 March 2024 The minister said so. And more.\n\n{BODY}\n"
    assert "The minister said so. And more." in apply_spans(glued, clean_text(glued).removed).split("\n")


@pytest.mark.parametrize("line", ["Kökenlerinin benzer olmasýna gerek", "Konuyla ilgili açıklama"])
def test_turkish_subheadings_with_similar_or_related_are_kept(line: str) -> None:
    assert line not in removed_lines(_doc(line))


def test_an_all_capitals_label_before_a_headline_is_a_teaser_only_inside_the_article() -> None:
    title = "EXCLUSIVE: Minister resigns over the budget row"
    teasers = ["TE PUEDE INTERESAR: Los precios suben otra vez", "ZOBACZ TEŻ – Najważniejsze wydarzenia dnia"]
    text = f"{title}\n\n{BODY}\n\n{teasers[0]}\n\n{BODY2}\n\n{teasers[1]}\n\n{BODY}\n"
    cleaned = clean_text(text)
    kept = apply_spans(text, cleaned.removed).split("\n")
    assert cleaned.title == title
    assert not any(t in kept for t in teasers)
    quote = "NATO: the alliance met on Monday."  # a sentence after the label: article text
    text = f"{TITLE}\n\n{BODY}\n\n{quote}\n\n{BODY2}\n"
    assert quote in apply_spans(text, clean_text(text).removed).split("\n")


@pytest.mark.parametrize(
    ("first", "iso"),
    [
        ("KYIV, 2024-03-04. ", "2024-03-04"),  # an ISO date (with hyphens) before a full stop
        ("Berlin (dpa) – ", None),  # a place in title case and an agency, then a dash
        ("São Paulo (Reuters) - ", None),
        ("Kyiv (Ukrinform) — ", None),
    ],
)
def test_more_wire_datelines(first: str, iso: str | None) -> None:
    sentence = "The first sentence of the article is here. And more."
    text = f"{TITLE}\n\n{first}{sentence}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.published == iso
    assert sentence in apply_spans(text, cleaned.removed).split("\n")


@pytest.mark.parametrize(
    "first",
    [
        "Anna (my sister) - she told me so.",
        "NATO, the US-led alliance - met on Monday in Brussels.",
        "The Velvet Underground (The Velvets olaraq da tanınır) — 1965 -ci ildə qurulan rok qrupudur.",
    ],
)
def test_parentheses_or_hyphens_in_a_first_sentence_are_not_a_dateline(first: str) -> None:
    text = f"{TITLE}\n\n{first}\n\n{BODY}\n"
    assert first in apply_spans(text, clean_text(text).removed).split("\n")


BENGALI = (  # real sentences (lingua test data): lines end with a danda, the last two after an "!"
    "বর্তমান পৃথিবীতে মুমূর্ষ রোগীকে বাঁচানোর জন্য বিজ্ঞানীগণ নানা ধরনের প্রযুক্তি আবিষ্কার করেছে।\n\n"
    "ইন্সটল শেষ হবার পরে রিস্টার্ট হলো এবং মিন্ট চলে আসলো। ভবনের ৩টি শ্রেণীকক্ষ হিসেবে ব্যবহার করা হচ্ছে।\n\n"
    "আমি শুধু বাংলাদেশ এর কথাই বললাম, সারা পৃথিবীর যে কোন নাম্বারেই পাঠতে পারবেন কল!\n\n"
    "টারমিনালে কি ভাবে করতে হবে।\n\n"
    "তথাকথিত 'দরিদ্র, স্বল্পোন্নত' দেশের জন্য এ এক বিশাল অর্জন। উল্লিখিত মহাল সমূহ ইজারা বন্দোবস্ত করে থাকে।\n"
)


def test_lines_ending_in_a_danda_are_sentences_not_teasers() -> None:
    """A danda (and the Urdu, Arabic, Armenian, Ethiopic stops) ends a sentence: such closing lines
    are article text, not a block of headline-like teasers after it."""
    kept = _kept(BENGALI)
    for line in BENGALI.splitlines()[2:]:
        assert line in kept
    urdu = BENGALI.replace("\u0964", "\u06d4")
    assert all(line in _kept(urdu) for line in urdu.splitlines()[2:])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("LIVE: latest updates", "live_badge"),  # a live word, a separator and a short tail
        ("Liveblog – Alle Entwicklungen im Überblick", "live_badge"),
        ("EN VIVO | Minuto a minuto", "live_badge"),
        ("NA ŻYWO: najnowsze informacje", "live_badge"),
        ("Прямой эфир — главное за день", "live_badge"),
        ("Direktsänt: senaste nytt", "live_badge"),
        ("Tempo real", "live_badge"),  # the live word alone ("real time"), not in capitals
        ("● Na żywo", "live_badge"),
        ("Listen to this article (13 min)", "comments"),  # a short label with a duration in parentheses
        ("Ouvir esta notícia (4 min)", "comments"),
        ("Posłuchaj artykułu (7 minut)", "comments"),
        ("Слушать статью (3 мин)", "comments"),
        ("Escuchar nota · 7 min", "comments"),  # a listen prompt and its duration after a separator
        ("खबर सुनें · 12 मिनट", "comments"),  # Hindi: "listen to the news", the verb last
        ("استمع إلى المقال · 5 دقيقة", "comments"),  # Arabic, Persian, Urdu and Hebrew prompts and durations
        ("بشنوید · 4 دقیقه", "comments"),
        ("خبر سنیں · 3 منٹ", "comments"),
        ("האזינו לכתבה (6 דקות)", "comments"),
        ("Dengar artikel ini (11 minit)", "comments"),  # Malay
        ("Durée de lecture : 10 minutes", "comments"),  # a reading time's label of two words
        ("Duración de lectura: 4 minutos", "comments"),
    ],
)
def test_live_badges_and_audio_durations_above_the_title(line: str, reason: str) -> None:
    text = _doc(head=(line, TITLE))
    assert removed_lines(text).get(line) == reason
    assert clean_text(text).title == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Live: the band played for three hours and the crowd sang along.",  # a sentence after the badge word
        "Live music in the old town square tonight",  # no separator
        "Online – Premier League",  # "online" is not a live badge
        "Part two of the interview (and more)",
        "Listen to the band",  # a listen verb without a duration
    ],
)
def test_lines_like_live_badges_or_durations_are_kept(line: str) -> None:
    assert line not in removed_lines(_doc(line))


@pytest.mark.parametrize(
    ("byline", "authors", "iso"),
    [
        ("Story by Emily Brooks for The Observer Group • May 28, 2019 at 14:56 GMT", ["Emily Brooks"], "2019-05-28"),
        ("Von Jan Berg für Meridian Nachrichten", ["Jan Berg"], None),  # a preposition before the outlet
        ("Écrit par Anne Roy et Paul Petit — lundi 13.02.2017", ["Anne Roy", "Paul Petit"], "2017-02-13"),
        ("Texto de Ana Ruiz / 23 de agosto de 2016 a las 09:04 h", ["Ana Ruiz"], "2016-08-23"),
        ("RÉDACTION : PIERRE ROY, ANNE PETIT", ["PIERRE ROY", "ANNE PETIT"], None),  # a space before the colon
        (
            "Репортаж: Мария Смирнова и Сергей Орлов — 24 декабря 2020, 21:00 мск",
            ["Мария Смирнова", "Сергей Орлов"],
            "2020-12-24",
        ),
        ("Geschreven door Eva de Vries / dinsdag 04.06.2024 om 10:15 uur", ["Eva de Vries"], "2024-06-04"),
        ("Tekst: Jan Nowak dla Gazety Lokalnej", ["Jan Nowak"], None),
    ],
)
def test_byline_outlet_after_a_preposition_and_dates_after_dashes_or_slashes(
    byline: str, authors: list[str], iso: str | None
) -> None:
    text = f"A headline that is long enough here\n{byline}\nThe first sentence of the article is here. And more.\n"
    cleaned = clean_text(text)
    assert cleaned.authors == authors
    assert cleaned.published == iso
    assert cleaned.title == "A headline that is long enough here"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Editado el 19 de agosto de 2024 a las 09:55 h", "2024-08-19"),
        ("Geplaatst op 17 augustus 2022 om 17:35 uur", "2022-08-17"),
        ("Размещено 24 июля 2023, 08:10 мск", "2023-07-24"),
    ],
)
def test_dates_with_longer_clock_phrases(line: str, iso: str) -> None:
    assert parse_date(line) == iso


@pytest.mark.parametrize(
    ("first", "iso"),
    [
        ("Kiel, 21. Januar 2019: ", "2019-01-21"),  # a place, a comma, a date, then a colon
        ("Lyon, le 18 septembre 2024 – ", "2024-09-18"),
        ("Valencia, 28 de enero de 2019. – ", "2019-01-28"),
        ("МОСКВА, 26-09-2015 /Интерфакс/. ", "2015-09-26"),  # an agency between slashes
        ("Porto Alegre, 3 de março de 2021 (Agência Brasil) – ", "2021-03-03"),
        ("Växjö, 2023-05-17: ", "2023-05-17"),
        ("Kraków, 5 maja 2022 — ", "2022-05-05"),
    ],
)
def test_place_and_date_glued_to_the_first_sentence(first: str, iso: str) -> None:
    sentence = "The first sentence of the article is here. And more."
    text = f"{TITLE}\n\n{first}{sentence}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.published == iso
    assert sentence in apply_spans(text, cleaned.removed).split("\n")


@pytest.mark.parametrize(
    "first",
    [
        "Paris, the city of 2024 lights: a story of change.",  # no date is read: a sentence
        "Anna, 21 years old: she said so.",
        "Berlin, Hamburg und München – die drei größten Städte.",
    ],
)
def test_place_and_words_before_a_colon_are_kept(first: str) -> None:
    text = f"{TITLE}\n\n{first}\n\n{BODY}\n"
    assert first in apply_spans(text, clean_text(text).removed).split("\n")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Please wait while the page loads…", "loading"),  # a loading word in a short line ending in "…"
        ("Un momento, la página se está cargando...", "loading"),
        ("Пожалуйста, подождите, страница загружается…", "loading"),
        ("Chargement du lecteur audio", "loading"),  # a player that loads
        ("Odtwarzacz wideo ładuje się", "loading"),
        ("Privacy settings: we need your consent to continue. Allow all", "cookie_banner"),  # a notice, then a button
        ("Ihre Privatsphäre ist uns wichtig: Datenschutzhinweise lesen. Alle erlauben", "cookie_banner"),
        ("Prywatność: potrzebujemy Twojej zgody na dane osobowe. Zezwól na wszystkie", "cookie_banner"),
        ("PUBLI-REPORTAGE", "advertisement"),  # sponsored-content labels
        ("GESPONSERTER INHALT", "advertisement"),
        ("Branded content", "advertisement"),
        ("Партнерський матеріал", "advertisement"),
        ("Ticari içerik", "advertisement"),
    ],
)
def test_loading_consent_and_sponsored_labels_above_the_title(line: str, reason: str) -> None:
    text = _doc(head=(line, TITLE))
    assert removed_lines(text).get(line) == reason
    assert clean_text(text).title == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Privacy and consent in the digital age",  # a subheading with privacy words, no button after a stop
        "We asked for consent. They agreed to accept all",
        "Les gens attendent, et attendent encore…",  # waiting, not loading
        "The player was loaded onto the bus",
        "Brand content strategy for small firms",
    ],
)
def test_lines_that_share_loading_or_consent_words_are_kept(line: str) -> None:
    assert line not in removed_lines(_doc(line))


@pytest.mark.parametrize(
    "line",
    [
        "The mayor opens the new bridge (Photo: Anna Miller)",  # a credit in parentheses at the end
        "Der Bürgermeister eröffnet die Brücke (Foto: Jan Berg/Stadt Kiel)",
        "Le maire inaugure le pont. Crédit photo : Claire Roy",  # a credit after a sentence stop
        "El alcalde inaugura el puente. Fotografía de Lucía Romero",
        "Burmistrz otwiera most (Fot. Piotr Nowak)",
        "Мэр открывает мост. Фото Иван Петров",
        "Belediye başkanı köprüyü açtı (fotoğraf 4/5)",  # a picture number
        "De burgemeester opent de brug. Beeld: Daan de Vries",
        "Borgmästaren inviger bron. Bildkälla: Lars Holm/TT",
        "The mayor opens the new bridge — Photo: Anna Miller",  # after a dash, the label's colon
        "شہر کے میئر نئے پل کا افتتاح کر رہے ہیں — فوٹو: عمران قریشی",  # Urdu, a script without capitals
        "Хотын дарга шинэ гүүрийг нээж байна. Зураг: Д. Тэмүүлэн",  # Mongolian
        "The mayor opens the new bridge – Photo by Anna Miller",  # after a dash without the label's mark: a full name
        "Il sindaco inaugura il ponte – Foto di Lorenzo Moret",
        "O prefeito inaugura a ponte – Foto Matilde Lopes",
        "Burmistrz otwiera most, fot. Natalia Pawlak",  # after a comma
    ],
)
def test_captions_that_end_with_a_picture_credit_areremoved_lines(line: str) -> None:
    assert removed_lines(_doc(line)).get(line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "He was born in 1950 (photo: see below).",
        "The museum shows his work. Photo books are popular",  # a sentence after the picture word
        "Il a été élu en 2004 (Photo de famille)",
        "Alle warten auf das Bild (Bild: der Hauptbahnhof im Regen)",
        "The minister said — picture: the best of the year was",  # a dash, then no names
        "The team celebrates – Photo Finish",  # no label's mark: one name is no credit
        "We spent the day at the beach – photo booth included",
        "Sales rose, image Ltd said",
    ],
)
def test_lines_with_picture_words_that_are_not_credits_are_kept(line: str) -> None:
    assert line not in removed_lines(_doc(line))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Send this story to a friend", "share_widget"),  # a send/forward/recommend verb and a friend, mail or article
        ("Artikel per E-Mail weiterleiten", "share_widget"),
        ("Reenviar esta noticia a un amigo", "share_widget"),
        ("Переслать статью другу", "share_widget"),
        ("Haberi arkadaşına ilet", "share_widget"),
        ("Segui la redazione su Telegram", "share_widget"),  # a network and "the newsroom"
        ("Potrebbe interessarti: Le nuove regole per il traffico in centro", "related_links"),
        ("Mogą Cię zainteresować: Nowe przepisy drogowe od jutra", "related_links"),
        ("Sobre el mismo tema: Las nuevas reglas de tráfico", "related_links"),
        ("Correlato: Le nuove regole per il traffico", "related_links"),
        ("Have an account? Log in", "navigation"),  # a question about an account, then a button
        ("Masz konto? Zaloguj się", "navigation"),
        ("1.2K reader comments", "comments"),  # a count, one word, a counted thing
        ("42 відповіді", "comments"),
        ("Bildnachweis: Max Berg/Stadtarchiv", "photo_credit"),  # any credit label and a name
        ("Fotografia de Ana Costa", "photo_credit"),
    ],
)
def test_widgets_in_more_phrasings_areremoved_lines(line: str, reason: str) -> None:
    assert removed_lines(_doc(line)).get(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Interesting facts: the city and its history",  # the interest word is not the label's last word
        "Correlato: il ministro ha detto di no al piano.",  # a sentence after the label
        "My friend sent me an email",
        "Anna recommends the story of her friend",
        "Send in the clowns",
    ],
)
def test_lines_that_share_share_or_teaser_words_are_kept(line: str) -> None:
    assert line not in removed_lines(_doc(line))


@pytest.mark.parametrize(
    ("first", "iso"),
    [
        ("KYIV — 17-06-2022 — ", "2022-06-17"),  # a place and a dash, then a date and a dash
        ("LONDON – June 28, 2016 – ", "2016-06-28"),
        ("WARSZAWA - 3 maja 2021 - ", "2021-05-03"),
    ],
)
def test_wire_place_then_a_date_between_dashes(first: str, iso: str) -> None:
    sentence = "The first sentence of the article is here. And more."
    text = f"{TITLE}\n\n{first}{sentence}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.published == iso
    assert sentence in apply_spans(text, cleaned.removed).split("\n")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Druckversion anzeigen", "share_widget"),
        ("Mail, Facebook, Telegram", "share_widget"),  # a row of networks and mail words between commas
        ("130 réactions de lecteurs", "comments"),  # a count of reader opinions
        ("Opinie czytelników: 48", "comments"),
        ("This story is exclusively for subscribers", "paywall"),  # subscription and "only" about the article
        ("Abbonati per continuare a leggere", "paywall"),  # subscription and "continue reading"
        ("Scarica la nostra app per tutte le notizie", "app_prompt"),  # an app and news, our or download
        ("Pobierz aplikację", "app_prompt"),
        ("Gallery 2 of 8: The new bridge at night", "caption"),  # a numbered gallery picture
        ("Уже есть подписка? Войти", "navigation"),  # a question about a subscription, then a button
        ("Ya tienes una suscripción? Inicia sesión", "navigation"),
        ("Ten artykuł jest dostępny tylko dla prenumeratorów", "paywall"),
        ("Mit unserer App nichts verpassen", "app_prompt"),
        ("243 läsarkommentarer", "comments"),
        ("Jetzt weiterlesen mit Plus – der erste Monat gratis", "paywall"),  # continue reading, and free
        ("Om verder te lezen heb je een abonnement nodig", "paywall"),
        ("NSosyal, X, E-posta", "share_widget"),
    ],
)
def test_print_counters_paywalls_apps_and_galleries(line: str, reason: str) -> None:
    assert removed_lines(_doc(line)).get(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Die Druckerei in der Altstadt",
        "Subscribers only pay half",
        "The free market and its subscribers",
        "Our app for the city council was approved.",
        "12 views of the bridge from the river bank and the hills",
    ],
)
def test_lines_that_share_paywall_app_or_counter_words_are_kept(line: str) -> None:
    assert line not in removed_lines(_doc(line))


@given(st.lists(st.sampled_from(["Get", "our", "app", "news", "Allow", "all.", "Loading…", "x", "12"]), max_size=20))
def test_fast_word_count_lookahead_gives_the_same_verdicts(words: list[str]) -> None:
    import re

    from curation.lexicon import WORD_COUNT, WORD_COUNT_FAST

    line = " ".join(words)
    for pattern in ("(?=(?:\\S+\\s+){0,5}\\S+$).*", "(?=(?:\\S+\\s+){0,11}\\S+$)(?=.*app).*"):
        fast = WORD_COUNT.sub(WORD_COUNT_FAST, pattern)
        assert fast != pattern
        assert bool(re.fullmatch(pattern, line)) == bool(re.fullmatch(fast, line))


@pytest.mark.parametrize(
    "text",
    [
        # examples hypothesis found: a share row before a short first line, junk under a title over a menu-like run
        "icon-facebook icon-twitter icon-whatsapp\nKarabakh War\nAA",
        f"{TITLE} 2\nAª\nKarabakh War\nAa\n0Aa\n{BODY}",
        f"Aa\nicon-facebook icon-twitter icon-whatsapp\n\n{BODY}",
        f"icon-facebook icon-twitter icon-whatsapp\nBatteriespeicher\n\n{BODY}\n",
    ],
)
def test_cleaning_found_examples_are_idempotent(text: str) -> None:
    assert_idempotent(text)


SITE_STORIES = [
    "Council opens three new libraries in the northern suburbs",
    "Harbour ferry fares rise for the second time this year",
    "Museum returns a stolen painting to the family that owned it",
]
SITE_BODIES = [
    "The libraries open on Monday. Each holds about twenty thousand books, and the council pays for the staff.",
    "Fares rose by a tenth in March. The operator blames the price of fuel, and riders say they will drive instead.",
    "The painting was taken in 1972. A dealer found it last year, and the family will lend it back to the museum.",
]


def test_a_site_name_that_page_titles_across_the_corpus_share_is_cut_from_the_title() -> None:
    """A page title's first or last part that stories of the corpus share names their site, whatever its words:
    counted as lines are (three stories), it is cut from each title; a page alone keeps it."""
    for title in ("Harare Herald – {}", "{} / Harare Herald"):
        docs = [f"{title.format(h)}\n\n14 March 2024\n\n{b}\n" for h, b in zip(SITE_STORIES, SITE_BODIES, strict=True)]
        repeated = learn_repeated(docs, 3)
        assert [clean_text(doc, repeated).title for doc in docs] == SITE_STORIES
        assert clean_text(docs[0]).title == title.format(SITE_STORIES[0])


def test_a_headline_that_page_titles_share_is_no_site_name() -> None:
    """The longest part of a page title is its headline, even when the titles of other stories share it (a series'
    name, a running story): the site's name is a shorter part."""
    shared = "Parliament votes on budget tonight"
    sites = ["The Daily Courier Online", "Global Times Online Edition", "The Observer Group Weekly"]
    docs = [f"{site} - {shared}\n\n14 March 2024\n\n{b}\n" for site, b in zip(sites, SITE_BODIES, strict=True)]
    repeated = learn_repeated(docs, 3)
    assert clean_text(docs[0], repeated).title != sites[0]


def test_a_letter_holds_the_marks_of_its_script_and_matches_one_way() -> None:
    """A label's word in an Indic, Thai or Myanmar script is one word with its vowel signs; and a long line of
    such words is read in linear time (two classes that both held a letter backtracked exponentially)."""
    import re
    import time

    from curation.clean import _credit_caption
    from curation.lexicon import LETTER

    word = re.compile(rf"{LETTER}+")
    assert [word.fullmatch(w) is not None for w in ("ਫੋਟੋ", "रिपोर्ट", "เขียน", "Foto", "12", "a_b")] == [
        True,
        True,
        True,
        True,
        False,
        False,
    ]
    assert _credit_caption("प्रदर्शनकारी संसद के बाहर – तस्वीर 3/5")  # a gallery's number after "picture"
    start = time.perf_counter()
    re.compile(rf"^(?:{LETTER}+\s+){{3,5}}{LETTER}+\s*:").match("เขียน " * 40 + "ก" * 30)
    assert time.perf_counter() - start < 1.0


def test_a_long_line_of_full_width_labels_is_no_date_and_no_crash() -> None:
    """Each full-width label's colon was stripped by a call of its own: 1,600 of them overflowed Python's stack."""
    line = "作者：张伟" * 1600
    cleaned = clean_text(f"Council approves the new budget\n{line}\n\n{BODY}\n")
    assert cleaned.published is None
    assert parse_date(line) is None


@pytest.mark.parametrize(
    ("second", "prefix", "iso"),
    [
        ("Tema, July 16, 2020, GNA – Dock workers returned to the port", "Tema, July 16, 2020, GNA – ", "2020-07-16"),
        (
            "Cidade da Praia, 17 Mar 2021 (Inforpress) – Os estivadores voltaram",
            "Cidade da Praia, 17 Mar 2021 (Inforpress) – ",
            "2021-03-17",
        ),
        ("OUJDA – Les dockers ont repris le travail", "OUJDA – ", None),
        # a place in capitals is no name, though "José" is a given name
        ("SAN JOSÉ, 18 abr. 2024 – Los estibadores volvieron", "SAN JOSÉ, 18 abr. 2024 – ", "2024-04-18"),
        (
            "SAN JOSÉ, Costa Rica, 25 de julio de 2018 – Los estibadores volvieron",
            "SAN JOSÉ, Costa Rica, 25 de julio de 2018 – ",
            "2018-07-25",
        ),
        # a place without capitals before a dash, KUNA's style
        ("الكويت - 24 يونيو 2015 (كونا) -- عاد عمال الميناء", "الكويت - 24 يونيو 2015 (كونا) -- ", "2015-06-24"),
    ],
)
def test_a_wire_dateline_glued_under_a_standfirst(second: str, prefix: str, iso: str | None) -> None:
    """The wire's copy starts under the standfirst: its dateline is cut there, the rest of the paragraph kept."""
    lede = "Port traffic is back to normal after a week of delays, officials said."
    text = f"{TITLE}\n\n{lede}\n\n{second} on Monday after the strike ended.\n\n{BODY}\n"
    cleaned = clean_text(text)
    kept = apply_spans(text, cleaned.removed)
    assert prefix not in kept and second[len(prefix) :] in kept and lede in kept
    assert cleaned.published == iso
    assert cleaned.authors == []


def test_a_byline_in_capitals_glued_to_the_text_is_still_read() -> None:
    """A name in capitals with a role is a byline; with a date after its comma it would be a wire's place."""
    first = "JANE SMITH, Staff Writer — The council voted on Tuesday to close the old bridge for repairs next month."
    assert clean_text(f"{TITLE}\n\n{first}\n\n{BODY}\n").authors == ["JANE SMITH"]


def test_a_question_over_a_wires_dateline_is_the_headline() -> None:
    """The header found no headline (a question reads as a sentence) but the paragraph under it opens with a wire's
    dateline: the question is the headline, the badge in capitals over it goes too."""
    question = "Should the old port become a museum, and who would pay for it?"
    first = "SAMARKAND, 24.08.2022 /Dunyo/. The dock workers returned to the port on Monday after the strike ended."
    text = f"News | Culture | Archaeology | Museums\n\nARCHAEOLOGY\n\n{question}\n\n{first}\n\n{BODY}\n"
    cleaned = clean_text(text)
    assert cleaned.title == question and cleaned.published == "2022-08-24"
    assert removed_lines(text).get("ARCHAEOLOGY") == "navigation"
    assert apply_spans(text, cleaned.removed).startswith("The dock workers returned")
    assert_idempotent(text)
    # a statement there stays the text's first paragraph: only a question or an exclamation reads as the headline
    lede = "The old port may become a museum, the council said on Monday after a long debate."
    assert clean_text(text.replace(question, lede)).title is None


@pytest.mark.parametrize(
    "second",
    [
        "Janvier 1430 : Philippe, lieutenant général du royaume, prépare sa campagne contre la ville.",  # a date alone
        # a Thai clause, a range's dash after its date
        "ชาตรี เมืองนาโพธิ์อธิการบดีมหาวิทยาลัยศรีนครินทรวิโรฒ 17 พฤษภาคม 2530 – 16 พฤษภาคม 2536 รองศาสตราจารย์ ดร. บต "
        "มหกรรมแข่งขันกีฬามหาวิทยาลัยแห่งประเทศไทยครั้งที่ยี่สิบ จัดขึ้นที่จังหวัดเชียงใหม่ในปีนั้น",
    ],
)
def test_a_paragraph_under_a_standfirst_that_opens_with_a_date_stays(second: str) -> None:
    lede = "Port traffic is back to normal after a week of delays, officials said."
    text = f"{TITLE}\n\n{lede}\n\n{second}\n\n{BODY}\n"
    assert second in apply_spans(text, clean_text(text).removed)


@pytest.mark.parametrize(
    "caption",
    [
        "Canary seed is mixed with millet at the market — File photo",
        "De jonge jaren van Louis Gilliodts – Foto ter illustratie",
        "De uitgave werd gezet in Leiden (Foto: archief)",
        "Das Planungsinstrument im Einsatz Archivfoto",
        "Marcas como Oscar de la Renta – Foto de arquivo",
        "Los libros donados por la embajada Foto: archivo",
        "Депутаты на заседании маслихата. Фото из архива",
        "Молодожёны после церемонии во дворце. Фото из семейного архива",  # "from the family archive"
        "CANet3 will be using the new network. Image: file",
        "ایران کے مقابلے میں اور بھی کئی — فائل فوٹو",
    ],
)
def test_a_caption_with_an_archive_pictures_credit(caption: str) -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{caption}\n\n{BODY2}\n"
    assert removed_lines(text).get(caption) == "caption"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister, seen here in a file photo, said the plan would go ahead.",
        "Police released an archive photo of the suspect on Monday.",
        "Courtesy of the council, residents will get their new bins on Monday.",
        "Ein Inserat in der Zeitung kostet die Gemeinde jede Woche rund 50 Franken.",
        "Рекламный блок стал короче, и зрители стали чаще досматривать передачу до конца.",
        "It took about 5 minutes for the firefighters to reach the burning barn.",
    ],
)
def test_a_sentence_with_a_credits_or_a_widgets_words_stays(sentence: str) -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{sentence}\n\n{BODY2}\n"
    assert sentence in apply_spans(text, clean_text(text).removed)


@pytest.mark.parametrize(
    "caption",
    [
        "The launch pad at dawn before the test (Photo courtesy of NASA)",
        "The launch pad at dawn before the test (Foto: Flash 90)",  # an agency with its figure
        "ב- 1976 מצאו צוללנים בנהר ארה שרידי (צילום: פלאש 90)",  # "photo: Flash 90", an agency with its figure
        "Kinikilala ito ni Rice bilang hiwalay na species. (Larawan mula sa Facebook)",  # "picture from Facebook"
        "Inudyok ni Happy na magsinungaling. (Kuha ni Jocelyn Navarro)",  # "taken by"
        "The bride and groom at the reception (Photo courtesy Marvin Palacio)",  # "courtesy" without "of"
        "قط عن طريق الطلب البريدي (تصوير نورة الصقر)",  # "photographed by", Arabic's word
        "Diaporama (1 sur 7) : Pas de fumée ni d'odeurs dues aux projections",  # a gallery's count in parentheses
    ],
)
def test_a_caption_whose_credit_in_parentheses_names_no_person(caption: str) -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{caption}\n\n{BODY2}\n"
    assert removed_lines(text).get(caption) == "caption"


def test_photographs_and_text_is_a_byline_not_a_picture_credit() -> None:
    byline = "تصوير وكتابة: عمرو عبدالفتاح"  # "photographs and text": the writer's byline
    text = f"{TITLE}\n\n{BODY}\n\n{byline}\n\n{BODY2}\n"
    assert removed_lines(text).get(byline) != "photo_credit"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Photo courtesy of the family", "photo_credit"),  # a picture given by someone, alone on its line
        ("Fotografía cortesía de Esteban Calderón", "photo_credit"),
        ("Courtesy photo", "photo_credit"),
        ("File photo", "photo_credit"),  # an archive's or a stock library's picture
        ("Фото из семейного архива", "photo_credit"),
        ("تصوير عبدالعزيز العجمي", "photo_credit"),  # "photographed by" and a name, no colon
        ("Inserat", "advertisement"),  # Swiss German
        ("Espaço publicitário", "advertisement"),
        ("— Рекламный блок —", "advertisement"),  # an ad's slot between dashes
        ("— Hapësirë reklamuese —", "advertisement"),
        ("Lesedauer ca. 5 Min.", "comments"),  # a reading time, "about" before its figure
        ("Temps de lecture : environ 4 minutes", "comments"),
        ("Weiterlesen: So schlimm ist er auch nicht", "related_links"),  # "read on", a teaser's headline after it
    ],
)
def test_widget_and_credit_lines_of_more_sites(line: str, reason: str) -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY2}\n"
    assert removed_lines(text).get(line) == reason


def test_a_parenthesis_with_a_colon_inside_a_sentence_stays() -> None:
    sentence = "He said the results of the trial (see photo: left) were clear and would be published soon."
    text = f"{TITLE}\n\n{BODY}\n\n{sentence}\n\n{BODY2}\n"
    assert sentence in apply_spans(text, clean_text(text).removed)
