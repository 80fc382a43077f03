"""Character spans and the one way text is derived from a source and its removals."""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int
    reason: str


def merge_spans(spans: list[Span]) -> list[Span]:
    """Sorted, non-overlapping spans; on overlap the earlier-starting span's reason wins."""
    merged: list[Span] = []
    for span in sorted(s for s in spans if s.end > s.start):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged.append(Span(last.end, span.end, span.reason))
            continue
        if merged and span.start == merged[-1].end and span.reason == merged[-1].reason:
            merged[-1] = Span(merged[-1].start, span.end, span.reason)
            continue
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
