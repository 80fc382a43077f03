"""Deterministic language identification with langdetect.

langdetect draws random numbers; seeding its factory and serializing calls within a process
makes the same text give the same answer in every run and every worker.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from langdetect import DetectorFactory
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

UND = "und"
_LOCK = threading.Lock()
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
PARAGRAPH_MIN_CHARS = 120  # paragraphs shorter than this are too short to call on their own


@dataclass(frozen=True)
class LanguageResult:
    language: str
    confidence: float
    languages: list[tuple[str, float]]  # (lang, share of characters), largest first


def _probabilities(text: str) -> list[tuple[str, float]]:
    with _LOCK:
        DetectorFactory.seed = 0
        init_factory()
        from langdetect.detector_factory import _factory

        assert _factory is not None
        detector = _factory.create()
        detector.append(text)
        try:
            return [(p.lang, p.prob) for p in detector.get_probabilities()]
        except LangDetectException:
            return []


def sample(text: str, budget: int) -> str:
    """Up to `budget` characters from windows spread over the text, cut at spaces."""
    if len(text) <= budget:
        return text
    windows = 3
    size = budget // windows
    step = (len(text) - size) // (windows - 1)
    parts = []
    for i in range(windows):
        start = i * step
        chunk = text[start : start + size]
        if i:
            chunk = chunk.split(" ", 1)[-1]
        parts.append(chunk.rsplit(" ", 1)[0] if i < windows - 1 else chunk)
    return "\n".join(parts)


def detect(text: str, min_chars: int, min_confidence: float, sample_chars: int) -> LanguageResult:
    """Language of `text`, or und when it is too short or the best guess too weak."""
    letters = len(_LETTERS.findall(text[: sample_chars * 4]))
    if letters < min_chars:
        return LanguageResult(UND, 0.0, [])
    probs = _probabilities(sample(text, sample_chars))
    if not probs or probs[0][1] < min_confidence:
        best = probs[0][1] if probs else 0.0
        return LanguageResult(UND, round(best, 4), [])
    language, confidence = probs[0]
    return LanguageResult(language, round(confidence, 4), _paragraph_shares(text, language, min_confidence))


def _paragraph_shares(text: str, document_language: str, min_confidence: float) -> list[tuple[str, float]]:
    """Languages of the paragraphs by character share, so consumers can filter mixed texts."""
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", text) if len(p) >= PARAGRAPH_MIN_CHARS]
    if len(paragraphs) < 2:
        return [(document_language, 1.0)]
    totals: dict[str, int] = {}
    for paragraph in paragraphs[:50]:
        probs = _probabilities(paragraph[:1000])
        lang = probs[0][0] if probs and probs[0][1] >= min_confidence else document_language
        totals[lang] = totals.get(lang, 0) + len(paragraph)
    whole = sum(totals.values())
    shares = sorted(((lang, round(n / whole, 4)) for lang, n in totals.items()), key=lambda x: (-x[1], x[0]))
    return shares
