"""The keyword gate in front of the line patterns: the words it reads from a pattern, and verdicts identical to
matching the whole alternation, on the corpus lines and on lines built to probe case folding and word edges."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cleaning import BODY, BODY2, TITLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curation import lexicon
from curation.clean import CREDIT_TAIL, CREDIT_TAIL_GATE
from curation.gate import SearchGate, fold, words_of


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?:share|teilen)\s+\w+", {"share", "teilen"}),
        (r"(?=.*\b(?:cookies?|galletas))(?:\S+\s+){0,9}\S+", {"cookie", "cookies", "galletas"}),
        (r"(?-i:[Ff])(?:acebook|lipboard)", {"facebook", "flipboard"}),
        (r"\w+\s*\(\d+\)", {"("}),
        (r"\d+\s*(?-i:[Mm])(?:in\.?|inut\w*)", {"min", "min.", "minut"}),  # an open-ended part's first letters
        (r"(?:\w+\s+)?(?:PRINT|Drucken)\b", {"print", "drucken"}),  # the words as the gate compares them
        (r"(?:read more)?\s*\w+", None),  # optional words are no requirement
        (r"[^\W\d][\w-]*\s*(?:\.\.\.|…)", {"...", "…"}),
        (r"\S+", None),
    ],
)
def test_words_a_pattern_requires(pattern: str, words: set[str] | None) -> None:
    found = words_of(pattern)
    assert (None if found is None else set(found)) == words


def test_fold_matches_the_engine_letter_for_letter() -> None:
    # the letters case-insensitive matching equates beyond plain lowercase: dotted and dotless i, long s, final sigma
    for line, word in [("İSTANBUL", "istanbul"), ("ſhare", "share"), ("ΚΟΙΝΟΠΟΙΗΣΗ", "κοινοποιηση"), ("ıt", "it")]:
        assert re.fullmatch(word, line, re.IGNORECASE)
        assert fold(word) in fold(line)


def _whole_alternation(long_lines: bool) -> re.Pattern[str]:
    """The verdict the gate stands in for: every reason's patterns as one alternation, tried in order."""
    groups = []
    for reason in lexicon.LINE_PATTERNS:
        kept = lexicon.kept_patterns(reason, long_lines)
        if kept:
            groups.append(f"(?P<{reason}>" + "|".join(f"(?:{pattern})" for pattern in kept) + ")")
    return re.compile(r"^(?:" + "|".join(groups) + r")$", re.IGNORECASE)


WHOLE = _whole_alternation(long_lines=False)
GATED = lexicon.compile_verdict()


def _whole(line: str) -> str | None:
    found = WHOLE.match(line)
    return found.lastgroup if found else None


SEEDS = Path(__file__).resolve().parent.parent / "raw"
CORPUS_LINES = sorted(
    {
        line.strip()
        for text in (TITLE, BODY, BODY2, *(path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt")))
        for line in text.splitlines()
        if line.strip()
    }
    | {
        "Share on Facebook",
        "ſhare this",
        "Partager sur Facebook",
        "Paylaş",
        "PAYLAŞ",
        "Accept all cookies",
        "© 2024 Example Media. All rights reserved.",
        "Comments (12)",
        "12 comments",
        "Loading…",
        "Read more: the council's vote",
        "Tags: politics, economy",
        "Photo: Jane Smith / Reuters",
        "Home › World › Europe",
        "Advertisement",
        "ΔΙΑΦΗΜΙΣΗ",
        "Подписаться на рассылку",
        "5 min read",
        "Updated 2 hours ago",
        "The council voted on Tuesday to approve the budget.",
    }
)


@pytest.mark.parametrize("line", CORPUS_LINES)
def test_gated_verdict_is_the_whole_alternations(line: str) -> None:
    assert GATED.match(line) == _whole(line)


def test_the_gate_finds_boilerplate_at_all() -> None:
    # the comparison above would also pass if neither matched anything
    assert {GATED.match(line) for line in CORPUS_LINES} >= {"share_widget", "cookie_banner", "footer", "comments"}


VOCABULARY = sorted(
    {
        "share",
        "Facebook",
        "cookies",
        "©",
        "comments",
        "read",
        "more",
        "min",
        "ago",
        "İ",
        "ſ",
        "Σ",
        "(",
        ")",
        "12",
        "|",
        "›",
        "…",
        "newsletter",
        "subscribe",
        "Advertisement",
        "the",
        "story",
        "photo",
        "tags",
    }
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=8), st.sampled_from([" ", "", ": ", " | "]))
def test_gated_verdict_on_lines_of_vocabulary(words: list[str], separator: str) -> None:
    line = separator.join(words).strip()
    if line:
        assert GATED.match(line) == _whole(line)


CAPTIONS = [
    "The mayor at the opening (Photo: Jane Smith)",
    "Der Bürgermeister bei der Eröffnung. Foto: Max Muster",
    "Le maire à l'inauguration (crédit photo : Jean Dupont)",
    "Градоначалник на отварянето (Снимка: Иван Петров)",
    "FOTOĞRAF: AYŞE YILMAZ",
    "The mayor at the opening, who spoke for an hour.",
]


@pytest.mark.parametrize("line", [*CORPUS_LINES, *CAPTIONS])
def test_a_search_gate_admits_every_line_the_pattern_is_found_in(line: str) -> None:
    if CREDIT_TAIL.search(line):
        assert CREDIT_TAIL_GATE.admits(line)


def test_a_search_gate_turns_away_lines_without_the_words() -> None:
    assert sum(bool(CREDIT_TAIL.search(line)) for line in CAPTIONS) >= 3  # the test above is not empty
    gate = SearchGate(re.compile(r"(?:photo|foto)\s*:\s*\w+", re.IGNORECASE))
    assert gate.admits("A caption. PHOTO: Jane") and gate.admits("ein Bild, ſo. Foto: Max")
    assert not gate.admits("The council voted on Tuesday to approve the budget.")
