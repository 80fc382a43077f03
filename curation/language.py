"""Deterministic, sampled language identification on langdetect's profiles and algorithm.

langdetect draws random n-grams and averages several random trials. Its own Detector is slow
(a Python loop over 55 languages per n-gram) and depends on the order `os.listdir` returns the
profile files in. This module keeps langdetect's algorithm (same profiles, same random
trials, same stopping rule, same smoothing) but
- loads the profiles once per process, sorted by language code, into one numpy matrix, so the
  floating-point sums, and so the answers, do not depend on the filesystem;
- seeds a private numpy generator per call, so no global state is shared between threads or
  runs and the same text gives the same language and confidence in every process;
- runs the trials together as cumulative sums of log factors (`_trial_probabilities`) instead
  of a Python loop of updates: the random stream differs from langdetect's, the answers
  follow the same distribution;
- detects a document on a bounded sample of windows spread over it (`sample`), because the
  n-gram extraction is linear in the text while accuracy saturates after a few hundred letters;
- drops Latin letters from text written mostly in another script (langdetect does so only
  above a 2:1 ratio), so a longer Latin-script header does not decide a mostly non-Latin text.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import langdetect
import numpy as np
from langdetect.utils import unicode_block as _blocks
from langdetect.utils.ngram import NGram
from langdetect.utils.unicode_block import unicode_block

from curation import neighbours
from curation.stoplists import stoplist_words

UND = "und"
SEED = 0
N_TRIAL = 7  # langdetect's default; measured: more trials did not raise accuracy (docs/language.md)
PARAGRAPH_MIN_CHARS = 120  # shorter paragraphs are too short to call on their own
PARAGRAPH_MAX = 64  # paragraphs examined for the shares, spread over the document
PARAGRAPH_CHARS = 240  # characters of each paragraph examined
SAMPLE_WINDOWS = 3
_WORD_CACHE = 200_000  # distinct words whose n-grams a process keeps
# Distinct words whose naive-Bayes scores a process keeps: a float32 row each, 44 MB when full.
_SCORE_CACHE = 200_000
# Out-of-model ramp: the confidence of an answer in a Latin- or Cyrillic-script language is
# scaled from 0 at _COVERAGE_LOW to 1 at _COVERAGE_HIGH share of the text's trigrams found in the
# answered profile (docs/language.md, "Out-of-model languages").
_COVERAGE_LOW = 0.5
_LETTER_FREQ = 1e-4  # a letter a language uses, not a stray of its noisy profile
_COVERAGE_HIGH = 0.6
_DENSE_BLOCKS = ("UNICODE_BASIC_LATIN", "UNICODE_LATIN", "UNICODE_CYRILLIC")
# Below this probability the two best languages are compared by stop words (`_tie_break`).
_TIE_PROBABILITY = 0.9
# justext's stop-word list per langdetect code (zh, ja, th have none; they are not tie-broken).
_STOPLISTS = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French", "gu": "Gujarati", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "kn": "Kannada",
    "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi",
    "ne": "Nepali", "nl": "Dutch", "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sv": "Swedish", "sw": "Swahili",
    "ta": "Tamil", "te": "Telugu", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "vi": "Vietnamese",
}  # fmt: skip
_WORDS = re.compile(r"\w+")

_ALPHA = 0.5
_ALPHA_WIDTH = 0.05
_ITERATION_LIMIT = 1000
_CONV_THRESHOLD = 0.99999
_BASE_FREQ = 10000
_MAX_TEXT = 10000
# Draws per trial taken at once: most documents converge within the first chunk; 61 + 4 * 235
# ends on draw 1001, the last checkpoint of _ITERATION_LIMIT.
_FIRST_CHUNK = 61
_NEXT_CHUNK = 235
_URL = re.compile(r"https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}")
_MAIL = re.compile(r"[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}")
_SPACES = re.compile(r" {2,}")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z]")
# langdetect counts every character from U+0300 up as non-Latin (its exception for Latin Extended
# Additional compares a block number with a name, so it never applies); kept for the same answers.
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")
_LOCK = threading.Lock()


# Why a text is und (LanguageResult.reason); the neighbour evidence adds its own (curation/neighbours.py).
TOO_SHORT = "too_short"
LOW_CONFIDENCE = "low_confidence"


@dataclass(frozen=True)
class LanguageResult:
    language: str
    confidence: float
    languages: list[tuple[str, float]]  # (lang, share of characters), largest first
    reason: str | None = None  # why the language is und; None when it is not


class _Model:
    """langdetect's profiles as one (n-gram x language) probability matrix."""

    def __init__(self, profile_dir: Path) -> None:
        profiles = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(profile_dir.iterdir())]
        profiles.sort(key=lambda p: p["name"])
        self.langs: list[str] = [p["name"] for p in profiles]
        self.index: dict[str, int] = {}
        cells: list[tuple[int, int, float]] = []
        for col, profile in enumerate(profiles):
            n_words = profile["n_words"]
            for word, freq in profile["freq"].items():
                if 1 <= len(word) <= 3:
                    row = self.index.setdefault(word, len(self.index))
                    cells.append((row, col, freq / n_words[len(word) - 1]))
        self.matrix = np.zeros((len(self.index), len(self.langs)))
        rows, cols, values = zip(*cells, strict=True)
        self.matrix[list(rows), list(cols)] = values
        # log(smoothing + p): the naive-Bayes scores of `paragraph_shares`
        self.log_matrix = np.log(_ALPHA / _BASE_FREQ + self.matrix)
        self._normalized: dict[str, str] = {}
        self._table: dict[int, str] = {}
        self._seen: set[str] = set()
        self._words: dict[str, tuple[list[int], list[int]]] = {}
        # Each language's scripts: the Unicode blocks holding at least 1% of its letters. The
        # profiles are noisy (Estonian has Armenian letters), so a mere presence does not count.
        by_block: dict[str, list[int]] = {}
        for word, row in self.index.items():
            if len(word) == 1 and word.isalpha():
                by_block.setdefault(unicode_block(word), []).append(row)
        self.scripts: list[frozenset[str]] = [
            frozenset(block for block, rows in by_block.items() if self.matrix[rows, col].sum() >= 0.01)
            for col in range(len(self.langs))
        ]
        # Languages written only in Latin or Cyrillic: their profiles keep thousands of trigrams,
        # so a text in the language finds most of its trigrams there (CJK, Thai or Indic
        # profiles are too sparse in trigrams for the coverage test).
        dense = {getattr(_blocks, n) for n in dir(_blocks) if n.startswith(_DENSE_BLOCKS)}
        self.dense: list[bool] = [scripts <= dense for scripts in self.scripts]
        self.trigram_known = np.vstack([self.matrix > 0.0, np.zeros((1, len(self.langs)), dtype=bool)])
        self._scores = np.zeros((_SCORE_CACHE, len(self.langs)), dtype=np.float32)  # pages touched as filled
        self._score_slot: dict[str, int] = {}
        self._score_known: list[bool] = []  # per slot: the word has at least one known n-gram

    def normalize(self, ch: str) -> str:
        """langdetect's per-character normalization, memoized (it is a slow block lookup)."""
        out = self._normalized.get(ch)
        if out is None:
            out = self._normalized[ch] = NGram.normalize(ch)
        return out

    def foreign_share(self, text: str, language: str) -> float:
        """Share of the letters of `text` outside the scripts of `language`.

        langdetect has no profile for Armenian or Georgian, and happily calls such text
        Estonian; this share lets the confidence say that the text is not in the answered script.
        """
        counts = {ch: n for ch, n in Counter(text).items() if ch.isalpha()}
        letters = sum(counts.values())
        if not letters:
            return 0.0
        scripts = self.scripts[self.langs.index(language)]
        foreign = sum(n for ch, n in counts.items() if unicode_block(ch) not in scripts)
        return foreign / letters

    def trigram_coverage(self, trigrams: list[int], language: str) -> float:
        """Share of `trigrams` (rows from `ngrams`) known to `language`.

        A language langdetect has no profile for (Kazakh, Azerbaijani, Icelandic, Zulu, ...)
        still gets a confident answer from the closest profile, but many of its trigrams are
        absent from that profile; in-model text finds most of them. 1.0 without any trigram.
        """
        if not trigrams:
            return 1.0
        known = self.trigram_known[trigrams, self.langs.index(language)]  # last row: no such trigram
        return float(known.sum()) / len(trigrams)

    def reading_fit(self, text: str) -> tuple[float, float] | None:
        """How well one profile knows the non-ASCII letters of `text`: the largest share of their
        occurrences that one language uses (unigram frequency >= _LETTER_FREQ), and the largest
        share of the trigrams around them that one language has. None without such letters.

        A legacy codec misread swaps letters for others of the same script ("příliš" in cp1252 is
        "pøíliš"); the generic plausibility scores barely see it, a language's trigrams do.
        """
        letters = Counter(self.normalize(c) for c in text.lower() if c.isalpha() and not c.isascii())
        rows = [self.index.get(c) for c in letters]
        if not letters or all(row is None for row in rows):
            return None if not letters else (0.0, 0.0)
        counts = np.array(list(letters.values()), dtype=float)
        used = np.array(
            [self.matrix[row] >= _LETTER_FREQ if row is not None else np.zeros(len(self.langs), bool) for row in rows]
        )
        letter_fit = float((counts @ used).max() / counts.sum())
        trigrams: list[int] = []
        for word in set(_WORDS.findall(text.lower())):
            if word.isascii():
                continue
            padded = " " + "".join(self.normalize(c) for c in word) + " "
            trigrams.extend(
                self.index.get(padded[i : i + 3], len(self.index))
                for i in range(len(padded) - 2)
                if not padded[i : i + 3].isascii()
            )
        trigram_fit = float(self.trigram_known[trigrams].mean(axis=0).max()) if trigrams else 0.0
        return letter_fit, trigram_fit

    def ngrams(self, text: str) -> tuple[list[int], list[int]]:
        """Rows of the known 1-3-grams of prepared `text`, in langdetect's order (NGram.add_char),
        and the rows of all its trigrams (len(index) for a trigram no profile has).

        langdetect resets its n-gram buffer at every space, so the n-grams of a word depend only
        on the word and on whether a space follows it: they are computed once per distinct word.
        """
        if len(self._words) > _WORD_CACHE:
            self._words.clear()
        rows: list[int] = []
        trigrams: list[int] = []
        for key in self._word_keys(text):
            cached = self._words.get(key)
            if cached is None:
                cached = self._words[key] = self._word_ngrams(" " + key)
            rows.extend(cached[0])
            trigrams.extend(cached[1])
        return rows, trigrams

    def _word_keys(self, text: str) -> list[str]:
        """The normalized words of `text`, each with the space that follows it (the last has none):
        what the n-grams of a word depend on."""
        table = self._table
        for ch in set(text).difference(self._seen):
            table[ord(ch)] = self.normalize(ch)
            self._seen.add(ch)
        pieces = text.translate(table).split(" ")
        last = len(pieces) - 1
        return [word + " " if i < last else word for i, word in enumerate(pieces) if word]

    def naive_bayes(self, texts: list[str]) -> tuple[np.ndarray, list[bool]]:
        """Naive-Bayes scores of prepared `texts` (one row each: the sum of log(smoothing + p)
        over all their n-grams), and whether each text has any known n-gram.

        A text's score is the sum of its words' scores, since n-grams never cross a space; each
        distinct word's score is computed once, so a paragraph costs a dictionary lookup per
        word and one row per word in the sum instead of one per n-gram.
        """
        slots, known = self._score_slot, self._score_known
        if len(slots) + sum(map(len, texts)) > _SCORE_CACHE:  # a text has at most len(text) words
            slots.clear()
            known.clear()
        ids: list[int] = []
        starts: list[int] = []
        found: list[bool] = []
        for text in texts:
            starts.append(len(ids))
            any_known = False
            for key in self._word_keys(text):
                slot = slots.get(key)
                if slot is None:
                    cached = self._words.get(key)
                    rows = cached[0] if cached is not None else self._word_ngrams(" " + key)[0]
                    slot = slots[key] = len(known)
                    self._scores[slot] = self.log_matrix[rows].sum(axis=0)
                    known.append(bool(rows))
                any_known = any_known or known[slot]
                ids.append(slot)
            found.append(any_known)
        scores = np.zeros((len(texts), len(self.langs)))
        filled = [k for k, start in enumerate(starts) if start < (starts[k + 1] if k + 1 < len(starts) else len(ids))]
        if filled:
            scores[filled] = np.add.reduceat(self._scores[ids], [starts[k] for k in filled], axis=0)
        return scores, found

    def _word_ngrams(self, padded: str) -> tuple[list[int], list[int]]:
        """`ngrams` of ' word' or ' word ' (NGram emits no n-gram inside a CAPITAL run)."""
        index, missing, rows, trigrams = self.index, len(self.index), [], []
        for k in range(1, len(padded)):
            if padded[k].isupper() and padded[k - 1].isupper():
                continue
            for n in (1, 2, 3):
                if k + 1 < n:
                    break
                gram = padded[k + 1 - n : k + 1]
                if gram != " ":
                    row = index.get(gram)
                    if row is not None:
                        rows.append(row)
                    if n == 3:
                        trigrams.append(missing if row is None else row)
        return rows, trigrams


_MODEL: _Model | None = None
_STOPWORDS: dict[str, frozenset[str]] = {}


def _stopwords(language: str) -> frozenset[str]:
    """justext's stop words of a langdetect language, loaded once (empty when it has none)."""
    with _LOCK:
        if language not in _STOPWORDS:
            name = _STOPLISTS.get(language)
            _STOPWORDS[language] = _read_stoplist(name) if name else frozenset()
        return _STOPWORDS[language]


def _read_stoplist(name: str) -> frozenset[str]:
    """A jusText list lower-cased, as `justext.get_stoplist` does."""
    return frozenset(word.lower() for word in stoplist_words(name))


def _tie_break(text: str, probs: list[tuple[str, float]]) -> tuple[str, float]:
    """The best language, or the runner-up when it is close and has more stop words in `text`.

    Close languages (es/ca/pt, cs/sk, da/no/sv, hr/sl, ru/uk/bg) share most n-grams, so on a
    short text the random trials often end below _TIE_PROBABILITY; their function words differ
    and decide. Documents converge to ~1.0 and are not affected.
    """
    first, second = probs[0], probs[1] if len(probs) > 1 else None
    if second is None or first[1] >= _TIE_PROBABILITY:
        return first
    words = [w.lower() for w in _WORDS.findall(text)]
    hits_first, hits_second = (sum(w in _stopwords(lang) for w in words) for lang, _ in (first, second))
    return second if hits_second > hits_first else first


def model() -> _Model:
    """The process's profiles, loaded once (the lock keeps threads from loading them twice)."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            _MODEL = _Model(Path(langdetect.__file__).parent / "profiles")
        return _MODEL


def _prepare(text: str) -> str:
    """langdetect's Detector.append and cleaning_text, with the stricter Latin rule."""
    text = _MAIL.sub(" ", _URL.sub(" ", text))
    text = _SPACES.sub(" ", NGram.normalize_vi(text))[:_MAX_TEXT]
    if len(_LATIN.findall(text)) < len(_NON_LATIN.findall(text)):
        text = _LATIN.sub("", text)
    return text


def _trial_probabilities(m: _Model, rows: list[int]) -> list[tuple[str, float]]:
    """langdetect's random trials, all at once and in log space.

    A trial multiplies the smoothed probabilities of randomly drawn n-grams into a uniform prior,
    checks convergence after the first draw and then every five, and stops once a language is
    above _CONV_THRESHOLD or after _ITERATION_LIMIT draws. The normalized product after k draws
    is the softmax of the summed logs of the first k factors, so the trials' draws are taken as
    one array, summed cumulatively, and each trial is read at its first converged checkpoint;
    only a trial still undecided after a chunk costs another one.
    """
    if not rows:
        return []
    rng = np.random.default_rng(SEED)
    positions = np.asarray(rows)
    smoothing = (_ALPHA + rng.standard_normal(N_TRIAL) * _ALPHA_WIDTH) / _BASE_FREQ
    log_threshold = -np.log(_CONV_THRESHOLD)  # converged: logsumexp - max < -log(threshold)
    result = np.zeros((N_TRIAL, len(m.langs)))
    pending = np.arange(N_TRIAL)
    log_prob = np.zeros((N_TRIAL, len(m.langs)))  # summed logs so far, per trial
    done, chunk = 0, _FIRST_CHUNK
    while pending.size:
        draws = rng.integers(0, len(rows), size=(pending.size, chunk))
        steps = np.log(m.matrix[positions[draws]] + smoothing[pending, None, None])  # (trials, draws, langs)
        cumulative = np.cumsum(steps, axis=1) + log_prob[pending, None, :]
        # checkpoints after draws 1, 6, 11, ...: chunks end on one, so the next is 5 draws on
        at = cumulative[:, np.arange(0 if done == 0 else 4, chunk, 5), :]
        top = at.max(axis=2, keepdims=True)
        spread = np.log(np.exp(at - top).sum(axis=2))  # logsumexp - max
        converged = spread < log_threshold
        stop = converged.any(axis=1) | (done + chunk > _ITERATION_LIMIT)
        pick = np.where(converged.any(axis=1), converged.argmax(axis=1), at.shape[1] - 1)
        for trial_row in np.flatnonzero(stop):
            logits = at[trial_row, pick[trial_row]]
            prob = np.exp(logits - logits.max())
            result[pending[trial_row]] = prob / prob.sum()
        log_prob[pending] = cumulative[:, -1, :]
        pending = pending[~stop]
        done += chunk
        chunk = _NEXT_CHUNK
    total = result.mean(axis=0)
    order = np.argsort(-total, kind="stable")
    return [(m.langs[i], float(total[i])) for i in order if total[i] > 0.0]


def sample(text: str, budget: int, windows: int = SAMPLE_WINDOWS) -> str:
    """Up to `budget` characters from `windows` windows spread over the text, cut at spaces.

    Spread windows see the whole document (a foreign-language lead or trailer cannot decide it
    alone) at a bounded cost.
    """
    if len(text) <= budget:
        return text
    size = budget // windows
    step = (len(text) - size) // (windows - 1)
    parts = []
    for i in range(windows):
        chunk = text[i * step : i * step + size]
        if i:
            chunk = chunk.split(" ", 1)[-1]
        if i < windows - 1:
            chunk = chunk.rsplit(" ", 1)[0]
        parts.append(chunk)
    return "\n".join(parts)


def identify(text: str, sample_chars: int | None = None) -> tuple[str, float]:
    """Best language and its confidence without the und rules (what the benchmark scores).

    The confidence is langdetect's probability times the share of letters written in a script
    of that language, so text in a script langdetect does not know gets a low confidence; for a
    Latin- or Cyrillic-script answer it is also scaled down when few of the text's trigrams are
    in the answered profile (a language without a profile, see `trigram_coverage`).

    `sample_chars` bounds the text looked at (see `sample`); None looks at all of it.
    When the best probability is below _TIE_PROBABILITY, the runner-up wins if it has more stop
    words in the text (`_tie_break`); its own probability is then the base of the confidence.
    Answers langdetect codes (zh-cn, zh-tw, no, ...); UND when there is nothing to go on.
    """
    text = text if sample_chars is None else sample(text, sample_chars)
    m, prepared = model(), _prepare(text)
    rows, trigrams = m.ngrams(prepared)
    probs = _trial_probabilities(m, rows)
    if not probs:
        return UND, 0.0
    language, probability = _tie_break(text, probs)
    confidence = probability * (1.0 - m.foreign_share(prepared, language))
    if m.dense[m.langs.index(language)]:
        coverage = m.trigram_coverage(trigrams, language)
        confidence *= min(1.0, max(0.0, (coverage - _COVERAGE_LOW) / (_COVERAGE_HIGH - _COVERAGE_LOW)))
    return language, confidence


def detect(text: str, min_chars: int, min_confidence: float, sample_chars: int) -> LanguageResult:
    """Language of `text`, or und when it is too short, the best guess too weak, or the text
    shows evidence of a close neighbour langdetect has no profile for.

    The pipeline prefers und to a wrong label: a short snippet or a low-confidence guess would
    pollute a language-filtered corpus, so the thresholds come from the configuration. Bosnian,
    Serbian, Malay or a Bantu language converge confidently on hr, mk, id or sw; for an answer
    with such a neighbour, `neighbours.rejection` looks at the same sample for letters, words and
    stop words that contradict it. A rejected answer gets confidence 0.0: the profiles' probability
    is not a confidence in a language they do not know. `reason` says why a result is und.
    """
    letters = sum(1 for _ in islice(_LETTERS.finditer(text), min_chars))  # stops at min_chars
    if letters < min_chars:
        return LanguageResult(UND, 0.0, [], TOO_SHORT)
    language, confidence = identify(text, sample_chars)
    if language == UND or confidence < min_confidence:
        return LanguageResult(UND, round(confidence, 4), [], LOW_CONFIDENCE)
    if neighbours.in_family(language):
        reason = neighbours.rejection(sample(text, sample_chars), language)
        if reason is not None:
            return LanguageResult(UND, 0.0, [], reason)
    return LanguageResult(language, round(confidence, 4), paragraph_shares(text, language))


def paragraph_shares(text: str, document_language: str) -> list[tuple[str, float]]:
    """Languages of the paragraphs by character share, so consumers can filter mixed texts.

    Each paragraph of at least PARAGRAPH_MIN_CHARS is labelled by the naive-Bayes argmax over
    all n-grams of its first PARAGRAPH_CHARS characters on the same profiles: deterministic
    without random trials and a few times cheaper than detecting it. Shorter paragraphs (titles,
    captions) count for the document's language. At most PARAGRAPH_MAX paragraphs, spread over
    the document, are examined; the shares extrapolate from them.
    """
    paragraphs = [p for p in text.split("\n") if p.strip()]
    long_ones = [i for i, p in enumerate(paragraphs) if len(p) >= PARAGRAPH_MIN_CHARS]
    if len(long_ones) < 2:
        return [(document_language, 1.0)]
    if len(long_ones) > PARAGRAPH_MAX:
        step = len(long_ones) / PARAGRAPH_MAX
        long_ones = [long_ones[int(k * step)] for k in range(PARAGRAPH_MAX)]
    m = model()
    scores, found = m.naive_bayes([_prepare(paragraphs[i][:PARAGRAPH_CHARS]) for i in long_ones])
    labelled = [i for i, ok in zip(long_ones, found, strict=True) if ok]  # with at least one known n-gram
    totals: dict[str, float] = {}
    for i, col in zip(labelled, scores[found].argmax(axis=1), strict=True):
        totals[m.langs[col]] = totals.get(m.langs[col], 0.0) + len(paragraphs[i])
    unlabelled = sum(len(paragraphs[i]) for i in long_ones) - sum(len(paragraphs[i]) for i in labelled)
    if unlabelled:
        totals[document_language] = totals.get(document_language, 0.0) + unlabelled
    examined = sum(totals.values())
    short = sum(len(p) for p in paragraphs if len(p) < PARAGRAPH_MIN_CHARS)
    long_total = sum(len(p) for p in paragraphs if len(p) >= PARAGRAPH_MIN_CHARS)
    shares = {lang: n / examined * long_total for lang, n in totals.items()}
    shares[document_language] = shares.get(document_language, 0.0) + short
    whole = sum(shares.values())
    return sorted(((lang, round(n / whole, 4)) for lang, n in shares.items()), key=lambda x: (-x[1], x[0]))
