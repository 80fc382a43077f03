"""A keyword gate in front of a large alternation of line patterns.

Matching a line against every reason's patterns costs ~70 µs, mostly because each of ~115 alternatives is
tried in turn, and 94% of short lines match none of them. Most alternatives cannot match unless the line holds
one of a few words ("share", "cookie", "©"): the words are read from each alternative's parsed form, so they are
exact consequences of the pattern, not a second list to keep in step with it. One pass of an Aho-Corasick
automaton (pyahocorasick) finds which of those words the line holds; only the alternatives they admit, and those
with no such word, are tried, one by one in order. The verdict is the first reason whose patterns match the whole
line, as with the full alternation.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from re import _casefix, _constants, _parser  # the parsed form `re` itself compiles from

import ahocorasick

# How many strings a finite part of a pattern may stand for before it counts as open-ended: past this the
# words are too many to be worth looking for.
MAX_WORDS = 64
REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)

# 'İ' before lowercasing: str.lower() gives 'i' and a combining dot, the engine's lowercase is 'i'. After it, the
# letters case-insensitive matching treats as one ('i' and dotless 'ı', 's' and long 'ſ', the Greek variants): each
# maps to its class's smallest member, in lines and in words alike.
# Each translation only where the line holds a letter it changes: a translation looks up every character.
_FOLD_UPPER = {0x130: "i"}
_FOLDS = {code: least for code, others in _casefix._EXTRA_CASES.items() if (least := min((code, *others))) != code}
_FOLDABLE = re.compile(f"[{''.join(map(chr, _FOLDS))}]")


def fold(text: str) -> str:
    """The text as the case-insensitive engine compares it, letter for letter."""
    if text.isascii():
        return text.lower()  # no ASCII letter has a fold beyond its lowercase
    if "\u0130" in text:
        text = text.translate(_FOLD_UPPER)
    lowered = text.lower()
    return lowered.translate(_FOLDS) if _FOLDABLE.search(lowered) else lowered


Words = frozenset[str] | None  # None: no finite set of words that every match must contain
Items = Sequence[tuple[int, object]]


def _letters(op: int, arg: object) -> frozenset[str] | None:
    """The single characters a character set matches, when they are few and listed."""
    if op is _constants.LITERAL:
        return frozenset({fold(chr(arg))})  # type: ignore[arg-type]
    if op is not _constants.IN:
        return None
    chars: set[str] = set()
    for kind, value in arg:  # type: ignore[attr-defined]
        if kind is _constants.LITERAL:
            chars.add(fold(chr(value)))
        elif kind is _constants.RANGE and value[1] - value[0] < MAX_WORDS:
            chars.update(fold(chr(code)) for code in range(value[0], value[1] + 1))
        else:
            return None  # a negation, a category (\w, \d) or a wide range
    return frozenset(chars) if len(chars) <= MAX_WORDS else None


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > MAX_WORDS:
        return None
    return frozenset(a + b for a, b in itertools.product(left, right))


def _union(parts: Iterable[frozenset[str] | None], most: int = MAX_WORDS) -> frozenset[str] | None:
    """The strings of every branch, when each branch has a finite set and together they are few."""
    union: set[str] = set()
    for part in parts:
        if part is None:
            return None
        union |= part
    return frozenset(union) if len(union) <= most else None


def _grouped(op: int, arg: object) -> Items | None:
    """The one subpattern a group wraps (a capturing or non-capturing group, an atomic group), else None."""
    if op is _constants.SUBPATTERN:
        return arg[-1]  # type: ignore[index]
    if op is _constants.ATOMIC_GROUP:
        return arg  # type: ignore[return-value]
    return None


def _automaton(values: Mapping[str, object]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over folded words, each with its value."""
    automaton = ahocorasick.Automaton()
    for word, value in values.items():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


def _memo(read: Callable[[_Reader, Items], frozenset[str] | None]) -> Callable[[_Reader, Items], frozenset[str] | None]:
    """Each subpattern read once a pattern: the readings call one another on the same subtrees, level by level."""

    def kept(reader: _Reader, items: Items) -> frozenset[str] | None:
        key = (read.__name__, id(items))
        if key not in reader.seen:
            reader.seen[key] = read(reader, items)
        return reader.seen[key]

    return kept


class _Reader:
    """What one parsed pattern says about the strings it matches. Its subtrees live as long as the reader, so
    their ids key the memo."""

    def __init__(self, parsed: Items) -> None:
        self.parsed = parsed
        self.seen: dict[tuple[str, int], frozenset[str] | None] = {}

    @_memo
    def exact(self, items: Items) -> frozenset[str] | None:
        """Every string the sequence can match, when they are few (zero-width parts match the empty string)."""
        strings: frozenset[str] | None = frozenset({""})
        for op, arg in items:
            part = self.exact_item(op, arg)
            strings = None if part is None or strings is None else _product(strings, part)
            if strings is None:
                return None
        return strings

    def exact_item(self, op: int, arg: object) -> frozenset[str] | None:
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            return frozenset({""})
        if (inner := _grouped(op, arg)) is not None:
            return self.exact(inner)
        if op is _constants.BRANCH:
            return _union(self.exact(branch) for branch in arg[1])  # type: ignore[index]
        if op in REPEATS:
            if arg[1] != 1:  # type: ignore[index]
                return None
            once = self.exact(arg[2])  # type: ignore[index]
            return None if once is None else once | {""}
        return _letters(op, arg)

    @_memo
    def required(self, items: Items) -> frozenset[str] | None:
        """Words one of which every match of the sequence contains: the most selective of the sets that its runs
        of finite parts and its required parts (groups, repeats at least once, lookaheads) each give."""
        candidates: list[frozenset[str]] = []
        run: frozenset[str] | None = frozenset({""})
        for op, arg in items:
            part = self.exact_item(op, arg)
            joined = None if part is None or run is None else _product(run, part)
            if joined is None:
                if run is not None:
                    # an open-ended part still starts with one of a few strings: "m" then "in", "inute", "inut\w*"
                    starts = self.starts_item(op, arg) if part is None else None
                    candidates.append((starts is not None and _product(run, starts)) or run)
                run = part  # a new run starts at this part (None when the part itself is open-ended)
            else:
                run = joined
            inner = self.required_item(op, arg)
            if inner is not None:
                candidates.append(inner)
        if run is not None:
            candidates.append(run)
        useful = [words for words in candidates if words and "" not in words]
        if not useful:
            return None
        return max(useful, key=lambda words: (min(map(len, words)), -len(words)))

    def required_item(self, op: int, arg: object) -> frozenset[str] | None:
        if (inner := _grouped(op, arg)) is not None:
            return self.required(inner)
        if op is _constants.ASSERT:
            return self.required(arg[1])  # type: ignore[index]
        if op is _constants.BRANCH:
            return _union((self.required(branch) for branch in arg[1]), 4 * MAX_WORDS)  # type: ignore[index]
        if op in REPEATS and arg[0] >= 1:  # type: ignore[index]
            return self.required(arg[2])  # type: ignore[index]
        return None

    @_memo
    def starts(self, items: Items) -> frozenset[str] | None:
        """Strings one of which every match of the sequence starts with (the empty string: nothing known)."""
        known: frozenset[str] = frozenset({""})
        for op, arg in items:
            part = self.exact_item(op, arg)
            if part is None:
                starts = self.starts_item(op, arg)
                return (starts is not None and _product(known, starts)) or known
            longer = _product(known, part)
            if longer is None:
                return known
            known = longer
        return known

    def starts_item(self, op: int, arg: object) -> frozenset[str] | None:
        if (inner := _grouped(op, arg)) is not None:
            return self.starts(inner)
        if op is _constants.BRANCH:
            return _union(self.starts(branch) for branch in arg[1])  # type: ignore[index]
        if op in REPEATS and arg[0] >= 1:  # type: ignore[index]
            return self.starts(arg[2])  # type: ignore[index]
        return None


def words_of(pattern: str, flags: int = re.IGNORECASE) -> Words:
    """The words one of which any line the pattern matches contains, or None."""
    reader = _Reader(_parser.parse(pattern, flags))
    return reader.required(reader.parsed)


@cache
def _entry(pattern: str) -> tuple[Words, re.Pattern[str]]:
    """A pattern's words and its anchored form, once: the short-line and long-line verdicts share most patterns."""
    return words_of(pattern), re.compile(rf"^(?:{pattern})$", re.IGNORECASE)


class GatedVerdict:
    """`match(line)` is the first reason, in the order given, one of whose patterns matches the whole line."""

    def __init__(self, alternatives: Iterable[tuple[str, str]]) -> None:
        reasons, entries = zip(*((reason, _entry(pattern)) for reason, pattern in alternatives), strict=True)
        self._reasons: tuple[str, ...] = reasons
        self._patterns = [compiled for _, compiled in entries]
        self._always = 0  # the alternatives no word gates, as bits
        gated: dict[str, int] = {}
        for index, (words, _) in enumerate(entries):
            if words is None:
                self._always |= 1 << index
                continue
            for word in words:
                gated[word] = gated.get(word, 0) | 1 << index
        self._automaton = _automaton(gated)

    def match(self, line: str) -> str | None:
        bits = self._always
        for _, word_bits in self._automaton.iter(fold(line)):
            bits |= word_bits
        while bits:
            index = (bits & -bits).bit_length() - 1  # the lowest bit: alternatives are tried in order
            if self._patterns[index].match(line):
                return self._reasons[index]
            bits &= bits - 1
        return None


class SearchGate:
    """Whether a line may hold a match of one pattern searched for anywhere in it: whether it holds one of the words
    every match needs. For a pattern tried on most lines and found on few (a caption's credit)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        words = words_of(pattern.pattern, pattern.flags)  # folded, as the line is
        self._automaton = _automaton(dict.fromkeys(words, True)) if words else None

    def admits(self, line: str) -> bool:
        return self._automaton is None or next(self._automaton.iter(fold(line)), None) is not None
