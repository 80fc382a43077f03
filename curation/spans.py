"""Character spans and the one way text is derived from a source and its removals."""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int
    reason: str
    score: float | None = None  # a model's confidence that the span is boilerplate; None for rules


def merge_spans(spans: list[Span]) -> list[Span]:
    """Sorted, non-overlapping spans; on overlap the earlier-starting span's reason and score win.

    Adjacent spans are joined only when reason and score agree, so a model's per-block scores
    survive instead of being averaged into a number no block had.
    """
    merged: list[Span] = []
    # sorted by position and reason only: a score is no tie-break, and None does not compare with a float
    for span in sorted((s for s in spans if s.end > s.start), key=lambda s: (s.start, s.end, s.reason)):
        last = merged[-1] if merged else None
        if last is not None and span.start < last.end:
            if span.end > last.end:
                merged.append(span._replace(start=last.end))
        elif last is not None and span.start == last.end and (span.reason, span.score) == (last.reason, last.score):
            merged[-1] = last._replace(end=span.end)
        else:
            merged.append(span)
    return merged


def apply_spans(source: str, spans: list[Span]) -> str:
    """The source with the spans cut out. Spans must be sorted and disjoint."""
    pieces, pos = [], 0
    for span in spans:
        pieces.append(source[pos : span.start])
        pos = span.end
    pieces.append(source[pos:])
    return "".join(pieces)


def check_spans(spans: list[Span], length: int) -> str | None:
    """Why spans are invalid for a source of `length` characters, or None when they are fine."""
    pos = 0
    for span in spans:
        if span.start < pos:
            return f"span {span.start}-{span.end} overlaps or is out of order"
        if span.end <= span.start or span.end > length:
            return f"span {span.start}-{span.end} is empty or past the end ({length})"
        pos = span.end
    return None
