"""The content model: which lines of a document are the article, learned from labelled real pages.

Rules catch what has a name (share rows, cookie banners, bylines); what has no name, a site's menu
of section titles, a "most read" block of other stories' headlines and teasers, a comment form or a
footer, differs on every site. What these share is their shape in context, the insight of jusText
and of body-text extraction by densest region: article lines are long, full of stop words and
end in sentence punctuation, and they sit among other such lines; boilerplate is short, link-like
or repeated, and comes in runs.

Two small models, each three networks averaged, score each line, from the text alone (no HTML):
1. a line model over the line's own features, its neighbours' and its window's (length, stop-word
   density in the document's language, punctuation, capitals, digits, separators, position, rule hits
   on nearby lines, repetition across the corpus);
2. a context model over the line model's scores around the line and the document's densest region
   (the run of lines whose scores, weighted by length, sum highest: Kadane's search), so that a short
   line inside the article (a subheading, a list item) stays and a long teaser far outside it goes.

The weights are data (`curation/data/content_model.json`), written by `eval/content_model/train.py`
from the labelled pages; inference is numpy. Stop words are jusText's lists for 100 languages,
read as data files, not through jusText's HTML machinery.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np

from curation.gate import fold
from curation.stoplists import stoplist_names, stoplist_words

MODEL_FILE = "content_model.json"
NAME = "content_model"
# The same model fitted for article extracts (`eval/content_model/train.py --shape extract`): a page's model, run on
# an extract, cut article lines; this one learned from extracts of many layouts and cuts only where it is sure.
EXTRACT_MODEL_FILE = "extract_model.json"
EXTRACT_NAME = "extract_model"
WORD = re.compile(r"\w+")
SENTENCE_END = tuple(".!?…。！？\"'”»)\u0964\u06d4\u061f")
# Closing quotes end a sentence too: ’ in English and Hindi, “ « ‹ in German, › in French, 」 』 in Chinese, Japanese.
# The page model was fitted before they were counted; a model's file names the marks it was fitted with.
QUOTE_ENDS = tuple("\u2019\u201c\u00ab\u2039\u203a\u300d\u300f")
INNER_END = re.compile(r"\w[.!?。！？]\s+\S")
SEPARATORS = re.compile(r"[|•·»›→/\\>]")  # and "::", counted apart: an alternation would slow the scan
# Read on a line folded as the case-insensitive engine folds it (`gate.fold`): the same lines as a case-insensitive
# search, at a case-sensitive search's cost.
LINKISH = re.compile(r"https?://|www\.|@|\.(?:com|org|net|de|fr|es|pl)\b")
COPYRIGHT_MARKS = ("©", "(c)", "copyright")
ALL_RIGHTS = re.compile(r"\ball rights\b")
DATE_LIKE = re.compile(r"^[\W\d_]*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[\W\d_]*$")
STOP_SAMPLE_WORDS = 3000
NEIGHBOUR_OFFSETS = (-3, -2, -1, 1, 2, 3)
WINDOWS = (2, 5, 12)
SCORE_WINDOWS = (1, 3, 8, 20)
MIN_TOPIC_CHARS = 3
COHESION_SCORE = 0.5  # a line the line model more likely keeps than not


@cache
def stop_lists() -> tuple[dict[str, int], np.ndarray, np.ndarray, int]:
    """The jusText stop lists as one table: word -> its row, the lists that hold each row's word (row r's are
    `lists[starts[r]:starts[r + 1]]`), and the number of lists. A frequent word ("a", "de") is in dozens of lists:
    a document's votes are then a few array operations, not a Python loop over every list of every word."""
    rows: dict[str, list[int]] = {}
    names = stoplist_names()
    for number, name in enumerate(names):
        for word in stoplist_words(name):
            if word.strip():
                rows.setdefault(word.casefold(), []).append(number)
    sizes = np.fromiter(map(len, rows.values()), dtype=np.intp, count=len(rows))
    lists = np.fromiter((number for held in rows.values() for number in held), dtype=np.intp, count=int(sizes.sum()))
    starts = np.concatenate([[0], np.cumsum(sizes)])
    return {word: row for row, word in enumerate(rows)}, starts, lists, len(names)


def document_stop_words(tokens: list[list[str]]) -> frozenset[str]:
    """The stop list of the language whose list covers most of the document's words."""
    rows, starts, lists, languages = stop_lists()
    sample: list[str] = []
    for line in tokens:
        sample += line
        if len(sample) > STOP_SAMPLE_WORDS:
            break
    # each distinct word once (a page repeats its words), its count a vote for each list that holds it
    counts = Counter(sample)
    held = np.fromiter(map(rows.get, counts, itertools.repeat(-1)), dtype=np.intp, count=len(counts))
    known = held >= 0
    if not known.any():
        return frozenset()
    held = held[known]
    first, sizes = starts[held], starts[held + 1] - starts[held]
    # each known word's run of `lists`, end to end
    at = np.repeat(first - np.cumsum(sizes) + sizes, sizes) + np.arange(sizes.sum())
    votes = np.bincount(lists[at], np.repeat(np.fromiter(counts.values(), dtype=np.intp)[known], sizes), languages)
    return _language_words(int(votes.argmax()))  # ties: the first list


@cache
def _language_words(number: int) -> frozenset[str]:
    return frozenset(word.casefold() for word in stoplist_words(stoplist_names()[number]) if word.strip())


BASE_NAMES = (
    "log_chars",
    "log_words",
    "stop_density",
    "log_stops",
    "sentence_end",
    "colon_end",
    "upper_share",
    "digit_share",
    "symbol_share",
    "capitalized_words",
    "log_separators",
    "linkish",
    "copyright",
    "log_inner_ends",
    "ruled",
    "repeated",
    "doubled",
    "mean_word_len",
    "blank_before",
    "blank_after",
    "date_like",
)


CLASS_TESTS = (str.isalpha, str.isupper, str.isdigit, str.isspace, str.isalnum)
BMP = 0x10000


@cache
def _bmp_classes() -> np.ndarray:
    """Each Basic Multilingual Plane character's classes as bits, as str's predicates give them (one table, built
    once: a page's characters are then classed in one lookup, not one Python call per character)."""
    chars = [chr(code) for code in range(BMP)]
    table = np.zeros(BMP, dtype=np.uint8)
    for bit, test in enumerate(CLASS_TESTS):
        table |= np.fromiter(map(test, chars), dtype=bool, count=BMP).astype(np.uint8) << bit
    return table


def _char_counts(texts: list[str]) -> list[list[int]]:
    """For each line: letters, capitals, digits, spaces, letters-or-numerals, words (as `str.split` parts them)
    and words that start with a capital, all as str's predicates class a character."""
    if not texts:
        return []
    joined = "\n".join(texts)  # a line break parts words as a space does
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bits = _bmp_classes()[np.minimum(codes, BMP - 1)]
    for at in np.flatnonzero(codes >= BMP):  # beyond the table (emoji, rare scripts): one by one
        bits[at] = sum(test(joined[at]) << bit for bit, test in enumerate(CLASS_TESTS))
    space = (bits & 8).astype(bool)
    starts = ~space & np.concatenate([[True], space[:-1]])  # a word starts after a space or a line break
    bits |= starts.view(np.uint8) << 5 | (starts & (bits & 2).astype(bool)).view(np.uint8) << 6
    columns = np.unpackbits(bits[:, None], axis=1, bitorder="little")[:, :7]
    # each line's sums, its line break (a space, no other class) taken off the space count
    first = np.cumsum([0] + [len(text) + 1 for text in texts[:-1]])
    sums = np.add.reduceat(columns, first, axis=0, dtype=np.int64)
    sums[:-1, 3] -= 1
    return sums.tolist()


def _base(
    text: str, words: list[str], stops: frozenset[str], counts: list[int], sentence_end: tuple[str, ...]
) -> list[float]:
    chars = len(text)
    n_letters, n_upper, n_digits, n_spaces, alnum, n_raw, n_capitalized = counts
    letters = n_letters or 1
    n_words = len(words)
    n_stops = sum(map(stops.__contains__, words))
    symbols = chars - alnum - n_spaces
    folded = fold(text)
    copyright = any(mark in folded for mark in COPYRIGHT_MARKS) or (
        "all rights" in folded and ALL_RIGHTS.search(folded) is not None  # the plain search first: it is 20x faster
    )
    return [
        math.log1p(chars),
        math.log1p(n_words),
        n_stops / n_words if n_words else 0.0,
        math.log1p(n_stops),
        float(text.endswith(sentence_end)),
        float(text.endswith(":")),
        n_upper / letters,
        n_digits / chars,
        symbols / chars,
        n_capitalized / n_raw if n_raw else 0.0,
        math.log1p(len(SEPARATORS.findall(text)) + text.count("::")),
        float(LINKISH.search(folded) is not None),
        float(copyright),
        math.log1p(len(INNER_END.findall(text))),
        0.0,  # ruled, set by the caller
        0.0,  # repeated, set by the caller
        0.0,  # doubled
        sum(map(len, words)) / n_words if n_words else 0.0,
        0.0,  # blank before
        0.0,  # blank after
        float(bool(DATE_LIKE.match(text))),
    ]


def _window_means(values: np.ndarray, radii: Sequence[int]) -> list[np.ndarray]:
    """The mean of each row's window of rows, column by column (or of a single column's values), for each radius."""
    n = len(values)
    padded = np.concatenate([np.zeros((1, *values.shape[1:])), np.cumsum(values, axis=0)])
    idx = np.arange(n)
    out = []
    for radius in radii:
        lo = np.maximum(idx - radius, 0)  # np.clip's bounds, without its dispatch: a short extract calls this often
        hi = np.minimum(idx + radius + 1, n)
        out.append((padded[hi] - padded[lo]) / (hi - lo).reshape(n, *([1] * (values.ndim - 1))))
    return out


def _shifts(matrix: np.ndarray, offsets: Sequence[int]) -> list[np.ndarray]:
    """For each offset, the rows moved by it (row i gets row i+offset), zeros past either end, plus a column saying
    so."""
    n, columns = matrix.shape
    reach = max(map(abs, offsets))
    padded = np.zeros((n + 2 * reach, columns + 1))
    padded[reach : reach + n, :-1] = matrix
    padded[:reach, -1] = padded[reach + n :, -1] = 1.0
    return [padded[reach + offset : reach + offset + n] for offset in offsets]


NEIGHBOUR_COLUMNS = (0, 2, 4, 10, 14, 15)  # length, stop density, sentence end, separators, ruled, repeated


def content_words(tokens: list[list[str]], stops: frozenset[str]) -> list[frozenset[str]]:
    """Each line's words that carry its topic: no stop words, no numbers, no fragments."""
    return [
        frozenset(w for w in line if len(w) >= MIN_TOPIC_CHARS and w not in stops and not w.isdigit())
        for line in tokens
    ]


def _title_overlap(words: list[frozenset[str]]) -> np.ndarray:
    """Share of each line's topic words in the document's first line: a page dump starts with the page's title,
    which names the article's topic, not that of the other stories teased around it."""
    title = words[0] if words else frozenset()
    out = np.array([len(w & title) / len(w) if w else 0.0 for w in words])
    if len(out):
        out[0] = 0.0
    return out


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    return [WORD.findall(t.casefold()) for t in texts]


def _vocabulary_features(tokens: list[list[str]], vocabulary: Mapping[str, float]) -> np.ndarray:
    """What the words of each line say, learned from labelled lines: a word's log-odds of standing in article
    text rather than around it ("reply", "newsletter", "Datenschutz" lean one way in every site's template).
    Columns: mean, lowest and highest log-odds of the line's known words, and the share of its words known."""
    out = np.zeros((len(tokens), 4))
    for i, line in enumerate(tokens):
        known = [vocabulary[w] for w in line if w in vocabulary]
        if known:
            out[i] = (sum(known) / len(known), min(known), max(known), len(known) / len(line))
    return out


def line_features(
    texts: list[str],
    tokens: list[list[str]],
    blank_before: list[bool],
    blank_after: list[bool],
    ruled: list[bool],
    repeated: list[bool],
    stops: frozenset[str],
    vocabulary: Mapping[str, float],
    sentence_end: tuple[str, ...] = SENTENCE_END,
) -> tuple[np.ndarray, list[frozenset[str]]]:
    """Features of each non-blank line of a document, in document order (see BASE_NAMES), and its topic words.
    `tokens` are the lines' words (`tokenize`), `stops` the stop list of the document's language
    (`document_stop_words`), `sentence_end` the marks its model counts as ending a sentence."""
    words = content_words(tokens, stops)
    counts: dict[str, int] = {}
    for text in texts:
        counts[text] = counts.get(text, 0) + 1
    classes = _char_counts(texts)
    rows = zip(texts, tokens, classes, strict=True)
    base = np.array([_base(t, w, stops, c, sentence_end) for t, w, c in rows], dtype=float).reshape(
        len(texts), len(BASE_NAMES)
    )
    base[:, 14] = ruled
    base[:, 15] = repeated
    base[:, 16] = [counts[t] > 1 for t in texts]
    base[:, 18] = blank_before
    base[:, 19] = blank_after
    n = len(texts)
    position = np.arange(n) / max(1, n - 1)
    chars = np.exp(base[:, 0]) - 1
    cum = np.cumsum(chars) / max(1.0, chars.sum())
    doc = np.array([math.log1p(n), base[:, 4].mean() if n else 0.0, base[:, 2].mean() if n else 0.0])
    said = _vocabulary_features(tokens, vocabulary)
    parts = [base, position[:, None], cum[:, None], np.broadcast_to(doc, (n, 3)), _title_overlap(words)[:, None], said]
    neighbours = np.column_stack([base[:, NEIGHBOUR_COLUMNS], said[:, 0]])
    parts += _shifts(neighbours, NEIGHBOUR_OFFSETS)
    parts += _window_means(neighbours, WINDOWS)
    return np.concatenate(parts, axis=1), words


def densest_region(scores: np.ndarray, weights: np.ndarray) -> tuple[int, int]:
    """The run of lines [start, end) with the highest sum of (score - 0.5) x weight: the article's body."""
    best, best_span = -math.inf, (0, 0)
    total, start = 0.0, 0
    for i, gain in enumerate((scores - 0.5) * weights):
        if total <= 0:
            total, start = 0.0, i
        total += gain
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _cohesion(scores: np.ndarray, words: list[frozenset[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Share of each line's topic words that other likely article lines use too, and how many such words.

    An article keeps to its topic; a teaser of another story, a comment off the point or a footer does not,
    however much it reads like prose: lexical cohesion, measured against the lines the line model keeps.
    """
    good = scores >= COHESION_SCORE
    df: Counter[str] = Counter()
    for keep, line in zip(good, words, strict=True):
        if keep:
            df.update(line)
    share = np.zeros(len(words))
    shared = np.zeros(len(words))
    for i, line in enumerate(words):
        if line:
            own = 1 if good[i] else 0
            hits = sum(df[w] > own for w in line)
            share[i] = hits / len(line)
            shared[i] = math.log1p(hits)
    return share, shared


def context_features(scores: np.ndarray, log_chars: np.ndarray, words: list[frozenset[str]]) -> np.ndarray:
    """Features of the second model: the line scores around each line, its place against the densest region,
    and how well it keeps to the topic of the likely article lines."""
    n = len(scores)
    start, end = densest_region(scores, log_chars)
    idx = np.arange(n)
    inside = (idx >= start) & (idx < end)
    before = np.clip(start - idx, 0, None)
    after = np.clip(idx - end + 1, 0, None)
    parts = [scores, scores * log_chars, log_chars, inside.astype(float), np.log1p(before), np.log1p(after)]
    parts += _window_means(scores, SCORE_WINDOWS)
    parts += [shifted[:, 0] for shifted in _shifts(scores[:, None], (-2, -1, 1, 2))]
    best_before = np.maximum.accumulate(np.concatenate([[0.0], scores[:-1]]))
    best_after = np.maximum.accumulate(np.concatenate([[0.0], scores[::-1][:-1]]))[::-1]
    parts += [best_before, best_after, np.full(n, (end - start) / max(1, n))]
    share, shared = _cohesion(scores, words)
    parts += [share, shared, *_window_means(share, (2,))]
    return np.stack(parts, axis=1)


@dataclass(frozen=True)
class Network:
    """A standardizing multilayer perceptron: what `sklearn.neural_network.MLPClassifier` learned, in numpy."""

    mean: np.ndarray
    scale: np.ndarray
    layers: tuple[tuple[np.ndarray, np.ndarray], ...]

    @classmethod
    def from_dict(cls, data: dict) -> Network:
        layers = tuple((np.array(w, dtype=float), np.array(b, dtype=float)) for w, b in data["layers"])
        return cls(np.array(data["mean"], dtype=float), np.array(data["scale"], dtype=float), layers)

    def predict(self, features: np.ndarray) -> np.ndarray:
        hidden = (features - self.mean) / self.scale
        for number, (weights, bias) in enumerate(self.layers):
            hidden = hidden @ weights + bias
            if number < len(self.layers) - 1:
                hidden = np.maximum(hidden, 0.0)
        return 1.0 / (1.0 + np.exp(-hidden[:, 0]))


@dataclass(frozen=True)
class Forest:
    """Gradient-boosted trees: what `sklearn.ensemble.HistGradientBoostingClassifier` learned, in numpy.

    All trees are walked at once, one level a step: a leaf points to itself, so a row that reached one stays.
    A node's children sit side by side in one table (left at 2 x node, right after it), so a step is one
    comparison and one gather.
    """

    baseline: float
    feature: np.ndarray  # per node of all trees, one flat table
    threshold: np.ndarray  # a row goes left when its feature is at most this (a leaf: above any value; left is itself)
    children: np.ndarray  # left and right child of node i at 2i and 2i + 1
    value: np.ndarray
    roots: np.ndarray
    depth: int

    @classmethod
    def from_dict(cls, data: dict) -> Forest:
        nodes = np.array(data["nodes"], dtype=float).reshape(-1, 5)  # feature, threshold, left, right, value
        return cls(
            float(data["baseline"]),
            nodes[:, 0].astype(np.intp),
            nodes[:, 1],
            nodes[:, 2:4].astype(np.intp).ravel(),
            nodes[:, 4],
            np.array(data["roots"], dtype=np.intp),
            int(data["depth"]),
        )

    def predict(self, features: np.ndarray) -> np.ndarray:
        columns = features.shape[1]
        flat = np.ascontiguousarray(features, dtype=float).ravel()
        offsets = (np.arange(len(features)) * columns)[:, None]
        at = np.broadcast_to(self.roots, (len(features), len(self.roots)))
        for _ in range(self.depth):
            right = ~(flat.take(offsets + self.feature.take(at)) <= self.threshold.take(at))  # NaN: right, as before
            at = self.children.take(2 * at + right)
        return 1.0 / (1.0 + np.exp(-(self.baseline + self.value.take(at).sum(axis=1))))


@dataclass(frozen=True)
class Ensemble:
    """Models of two families, their probabilities averaged: networks fitted alike from different seeds (averaged
    first), and a forest of boosted trees. Each family errs elsewhere, so together they are steadier on pages unlike
    the training pages than either: out of fold on the dev pages, snippet F1 0.890 with one network, 0.894 with
    three, 0.900 with three and the forest."""

    networks: tuple[Network, ...]
    forest: Forest

    @classmethod
    def from_dict(cls, data: dict) -> Ensemble:
        return cls(tuple(Network.from_dict(member) for member in data["networks"]), Forest.from_dict(data["forest"]))

    def predict(self, features: np.ndarray) -> np.ndarray:
        networks = np.mean([member.predict(features) for member in self.networks], axis=0)
        return (networks + self.forest.predict(features)) / 2


@dataclass(frozen=True)
class ContentModel:
    version: str
    vocabulary: dict[str, float]
    line: Ensemble
    context: Ensemble
    threshold: float
    sentence_end: tuple[str, ...] = SENTENCE_END

    def score(
        self,
        texts: list[str],
        tokens: list[list[str]],
        blank_before: list[bool],
        blank_after: list[bool],
        ruled: list[bool],
        repeated: list[bool],
        stops: frozenset[str],
    ) -> np.ndarray:
        """Probability that each non-blank line is article text."""
        if not texts:
            return np.zeros(0)
        features, words = line_features(
            texts, tokens, blank_before, blank_after, ruled, repeated, stops, self.vocabulary, self.sentence_end
        )
        first = self.line.predict(features)
        return self.context.predict(context_features(first, features[:, 0], words))


@cache
def load_model(file: str = MODEL_FILE) -> ContentModel:
    data = json.loads((files("curation") / "data" / file).read_text(encoding="utf-8"))
    return ContentModel(
        version=data["version"],
        vocabulary=data["vocabulary"],
        line=Ensemble.from_dict(data["line"]),
        context=Ensemble.from_dict(data["context"]),
        threshold=float(data["threshold"]),
        sentence_end=tuple(data.get("sentence_end", SENTENCE_END)),
    )


def warm_up() -> None:
    """Read what the first document would otherwise wait for: the weights, the stop lists, the character table."""
    load_model()
    load_model(EXTRACT_MODEL_FILE)
    stop_lists()
    _bmp_classes()
