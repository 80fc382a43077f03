"""Evidence against an answer that has a close neighbour langdetect has no profile for.

langdetect has no Bosnian, Serbian, Malay, Azerbaijani, Belarusian, Kazakh, Esperanto or Bantu
profile besides Swahili, so text in these languages converges, confidently, on the closest
profile: Bosnian on hr, Serbian on mk, Malay on id, Zulu on sw. A consumer filtering `hr` would
take Bosnian for Croatian. For an answer in such a family (curation/data/neighbours.json) this
module looks for what the profiles cannot see, in four steps, strongest first:

1. letters a neighbour writes and the answer does not (Serbian ђ ћ against Macedonian,
   Azerbaijani ə against Turkish, Esperanto ĉ ŝ ŭ against Spanish);
2. frequent words of one language and not of the other: the top of jusText's frequency-ranked
   stop-word list of each (from Wikipedia, not from the scored sentences) minus the other's whole
   list, plus a short hand-written list of known lexical differences where jusText's lists are
   nearly the same (Croatian/Bosnian/Serbian, Indonesian/Malay);
3. for the pairs whose words are nearly all shared (hr against Bosnian and Latin-script Serbian,
   id against Malay): the sum over the text's words of per-word log-odds of the neighbour over
   the answer, a naive Bayes fitted on the dev half of the langid sentences
   (curation/data/neighbour_odds.json, written by eval/language/train_neighbour_odds.py); above
   the pair's margin the answer does not hold, and the reason names the words that weighed most;
4. the share of the text's words in the answer's own stop-word list: a text in the answered
   language has about half of its words there; a Bantu language answered as Swahili has almost
   none. This one needs no list of the neighbour; it applies to the answers where other
   unprofiled languages land (sw, tl, id, sl, ...), not where keyword lists in the answered
   language would pay for it (es, tr, the Romance answers: their neighbours show in 1 and 2).

Nothing here runs for answers outside the families, so other documents pay nothing.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from curation.stoplists import stoplist_words

_DATA = "data/neighbours.json"
_ODDS = "data/neighbour_odds.json"
# words named in a log-odds reason (the largest contributions)
ODDS_REASON_WORDS = 5
# letters per n-gram of the log-odds features (`odds_features`)
ODDS_NGRAM = 4
# largest weight of one word, either way, in the log-odds sum (`odds_weights`)
ODDS_CAP = 6.0
_WORDS = re.compile(r"\w+")
# Words from the head of each jusText list: their head is frequent function words and common
# nouns, the tail rarer words whose absence from the other list says little.
STOPLIST_TOP = 200
# A neighbour's letters count when they are at least this share of the text's letters (and two):
# a Turkish text naming "Əliyev" once keeps its answer, an Azerbaijani one has ə every few words.
LETTER_SHARE = 0.005
LETTER_MIN = 2
# (words at least, share): below the share of its words in the answer's stop-word list, a text
# is not in that language. Texts in the language have about half of their words there (on the
# dev half, 1st percentile 0.24 / 0.31 / 0.35 for Swahili sentences, 2- and 4-sentence documents,
# similar for the other answers; Zulu, Xhosa, Shona answered sw: 0.0-0.05); a shorter text's share
# varies more, so it gets a lower floor, and a text under 16 words none. Chosen on a grid over
# the dev half as the floors that cost right answers least for the und they gave.
STOPWORD_FLOORS = ((40, 0.2), (16, 0.12))


@dataclass(frozen=True)
class _Pair:
    """What tells the answer from one neighbour: letters and words only one of them uses."""

    neighbour: str
    neighbour_letters: frozenset[str]
    answer_letters: frozenset[str]
    neighbour_words: frozenset[str]
    answer_words: frozenset[str]


@cache
def _data() -> dict:
    return json.loads(resources.files("curation").joinpath(_DATA).read_text(encoding="utf-8"))


@cache
def _odds(answer: str) -> tuple[tuple[str, tuple[tuple[int, float], ...], dict[str, float]], ...]:
    """(neighbour, margins, log-odds per feature) of the fitted pairs of `answer`; () for the others.
    The margins are (least distinct words, margin) pairs, longest texts first."""
    text = resources.files("curation").joinpath(_ODDS).read_text(encoding="utf-8")
    pairs = json.loads(text)["pairs"]
    return tuple(
        (p["neighbour"], tuple(sorted(map(tuple, p["margins"]), reverse=True)), p["log_odds"])
        for _, p in sorted(pairs.items())
        if p["answer"] == answer
    )


def odds_margin(margins: tuple[tuple[int, float], ...], distinct: int) -> float:
    """The margin for a text of `distinct` different words: a sum over more words varies more."""
    return next(margin for least, margin in margins if distinct >= least)


@lru_cache(maxsize=1 << 16)
def odds_features(word: str) -> tuple[str, ...]:
    """What a word weighs by in the log-odds: itself and its letter 4-grams ("#hist"), the word
    padded with < and > so that beginnings and endings count (eval/language/train_neighbour_odds.py
    fits the same)."""
    padded = f"<{word}>"
    return (word, *("#" + padded[i : i + ODDS_NGRAM] for i in range(len(padded) - ODDS_NGRAM + 1)))


@cache
def _own_words(answer: str) -> frozenset[str]:
    """The answer's whole jusText list, as a set."""
    return frozenset(_ranked_stopwords(answer))


def odds_weights(words: list[str], answer: str, odds: dict[str, float]) -> dict[str, float]:
    """Each distinct word's weight for the neighbour: its own and its 4-grams' log-odds summed,
    clipped to +-ODDS_CAP so that no one word (a topic's: album, lirik) decides alone, and never
    above 0 for a word of the answer's own jusText list (a word frequent on the answer's Wikipedia
    is no evidence against it, whatever the sentence files say)."""
    own = _own_words(answer)
    weights = {}
    for word in dict.fromkeys(words):
        weight = max(-ODDS_CAP, min(ODDS_CAP, sum(odds.get(f, 0.0) for f in odds_features(word))))
        weights[word] = min(weight, 0.0) if word in own else weight
    return weights


def odds_evidence(words: list[str], answer: str) -> tuple[str, float, list[str]] | None:
    """(neighbour, log-odds, weightiest words) of the first fitted neighbour of `answer` whose
    summed word weights (`odds_weights`) exceed its margin; None when none does."""
    for neighbour, margins, odds in _odds(answer):
        weights = odds_weights(words, answer, odds)
        total = sum(weights.values())
        if total > odds_margin(margins, len(weights)):
            top = sorted(weights, key=lambda w: (-weights[w], w))[:ODDS_REASON_WORDS]
            return neighbour, total, [w for w in top if weights[w] > 0]
    return None


def families() -> list[dict]:
    """The families of the data file: {"name", "answers", "neighbours"} each."""
    return _data()["families"]


def _words(entries: list[str]) -> list[str]:
    """Lower-cased words of list entries, in rank order, once each (jusText's entries carry
    punctuation: "da.", "zen,")."""
    seen: dict[str, None] = {}
    for entry in entries:
        for word in _WORDS.findall(entry.lower()):
            if not word.isdigit():
                seen.setdefault(word, None)
    return list(seen)


@cache
def _ranked_stopwords(language: str) -> tuple[str, ...]:
    """jusText's list for a language code of the data file, as words in rank order; () without one."""
    name = _data()["stoplists"].get(language)
    return tuple(_words(stoplist_words(name))) if name else ()


def _script(word: str) -> str:
    """The script of a word's first letter, as Unicode names it (LATIN, CYRILLIC, ARABIC)."""
    return unicodedata.name(word[0], "").split(" ", 1)[0]


@cache
def _main_script(language: str) -> str:
    """The script most words of the language's jusText list are written in ("" without a list)."""
    ranked = _ranked_stopwords(language)
    return Counter(_script(w) for w in ranked).most_common(1)[0][0] if ranked else ""


@cache
def _stopword_set(answer: str) -> frozenset[str]:
    """The answer's whole jusText list when its share is evidence (`stopword_share`), else empty."""
    return frozenset(_ranked_stopwords(answer)) if answer in _data()["stopword_share"] else frozenset()


def _only(first: str, second: str) -> frozenset[str]:
    """Words that mark `first` against `second`: the hand-written markers of `first` and the
    head of its jusText list, minus anything `second` has in its whole list or markers.

    From the head, single letters, a topic's names (`not_evidence`) and words in another script
    than most of the list (Latin "od" in the Serbian list, Persian in the Azerbaijani one: quoted
    text on Wikipedia) are left out.
    """
    markers, ignored = _data()["markers"], set(_data()["not_evidence"].split())
    other = set(_ranked_stopwords(second)) | set(markers.get(second, "").split())
    script = _main_script(first)
    head = [
        w for w in _ranked_stopwords(first)[:STOPLIST_TOP] if len(w) > 1 and w not in ignored and _script(w) == script
    ]
    return frozenset(w for w in markers.get(first, "").split() + head if w not in other)


@cache
def _pairs(answer: str) -> tuple[_Pair, ...]:
    """The neighbours of `answer` with their evidence; () when it is in no family."""
    letters = {lang: frozenset(chars) for lang, chars in _data()["letters"].items()}
    neighbours = [n for f in families() if answer in f["answers"] for n in f["neighbours"]]
    return tuple(
        _Pair(
            neighbour=neighbour,
            neighbour_letters=letters.get(neighbour, frozenset()),
            answer_letters=letters.get(answer, frozenset()),
            neighbour_words=_only(neighbour, answer),
            answer_words=_only(answer, neighbour),
        )
        for neighbour in dict.fromkeys(neighbours)
    )


def in_family(answer: str) -> bool:
    """Whether `answer` has a close neighbour without a profile (the check below applies)."""
    return bool(_pairs(answer))


def rejection(text: str, answer: str, odds: bool = True) -> str | None:
    """Why `text` is not in `answer` after all, or None when the evidence does not say so.

    Reasons: "neighbour_letters:<answer>/<neighbour>", "neighbour_words:<answer>/<neighbour>",
    "few_stopwords:<answer>" (the answer's whole jusText list covers too few of the words; only
    for the answers of `stopword_share` in the data file). A rejection by the fitted log-odds is
    a "neighbour_words" one followed by the evidence: "neighbour_words:hr/bs log-odds 22.8:
    nadvožnjaka puteva ..." (the code is the reason's first word). `odds=False` leaves that
    step out (the training script measures the pipeline without it).
    """
    pairs = _pairs(answer)
    if not pairs:
        return None
    lowered = text.lower()
    letters = Counter(lowered)  # counted whole, then its few distinct non-letters dropped: a fifth of the time
    for other in [c for c in letters if not c.isalpha()]:
        del letters[other]
    total = sum(letters.values())
    for pair in pairs:
        theirs = sum(letters[c] for c in pair.neighbour_letters)
        ours = sum(letters[c] for c in pair.answer_letters)
        if theirs >= max(LETTER_MIN, LETTER_SHARE * total) and theirs > ours:
            return f"neighbour_letters:{answer}/{pair.neighbour}"
    words = [w for w in _WORDS.findall(lowered) if not w.isdigit()]
    counts = Counter(words)
    for pair in pairs:
        theirs = sum(n for w, n in counts.items() if w in pair.neighbour_words)
        if theirs and theirs > sum(n for w, n in counts.items() if w in pair.answer_words):
            return f"neighbour_words:{answer}/{pair.neighbour}"
    evidence = odds_evidence(words, answer) if odds else None
    if evidence is not None:
        neighbour, total, top = evidence
        return f"neighbour_words:{answer}/{neighbour} log-odds {total:.1f}: {' '.join(top)}"
    stopwords = _stopword_set(answer)
    if stopwords:
        # only words in the list's script: paragraphs in another script are another language's
        # (a Gujarati article quoting Russian), not evidence against this one
        script = _main_script(answer)
        own = [w for w in words if _script(w) == script]
        floor = next((share for least, share in STOPWORD_FLOORS if len(own) >= least), 0.0)
        if sum(w in stopwords for w in own) < floor * len(own):
            return f"few_stopwords:{answer}"
    return None
