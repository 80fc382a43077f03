"""Boilerplate removal as character spans over the decoded source (Dolma-style annotations).

The text of a record is the source minus its removed spans, nothing else, so anyone can
re-derive it. Line rules come from `lexicon`; document-level rules (title, byline, dateline,
captions that repeat the title, lines repeated across the corpus) are here.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from curation.lexicon import BYLINE_PREFIX, DATE_LABEL, compile_patterns
from curation.spans import Span, merge_spans

PATTERNS = compile_patterns()
TERMINAL = tuple(".!?…。！？:;\"'\u201d\u00bb)]")
SENTENCE_END = tuple('.!?…。！？"\u201d\u00bb')
MAX_TITLE_WORDS = 30
MAX_HEADER_LINES = 8  # title, byline and dateline are looked for among the first content lines
BYLINE = re.compile(rf"^{BYLINE_PREFIX}\s*:?\s+(?P<names>.+)$", re.IGNORECASE)
NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЇІЄҐ][\w'’.-]*$")
NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bи\b|\bі\b|\bve\b|\ben\b|\boch\b)\s*")
GLUED_DATE = re.compile(
    rf"^\s*(?:{DATE_LABEL}\s*:?\s*)?(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})"
    rf"(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*[|–—-]?\s+(?=\S)",
    re.IGNORECASE,
)
DATE_LABEL_LINE = re.compile(rf"^\s*{DATE_LABEL}\s*:?\s*", re.IGNORECASE)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]+")
TRAILING_SPACE = re.compile(r"[ \t\u00a0\u3000]+$")


@dataclass
class Cleaned:
    removed: list[Span]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None


@dataclass
class _Line:
    start: int
    end: int  # exclusive, without the newline
    text: str
    reason: str | None = None

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def line_key(line: str) -> str:
    """Normalized line fingerprint: what CCNet-style repetition counting compares."""
    folded = unicodedata.normalize("NFKC", line).casefold()
    folded = re.sub(r"[\W\d_]+", " ", folded).strip()
    return hashlib.blake2b(folded.encode(), digest_size=8).hexdigest() if folded else ""


def line_keys(text: str) -> set[str]:
    """Distinct fingerprints of a document's non-blank lines, for corpus-wide counting."""
    return {key for line in text.split("\n") if (key := line_key(line))}


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """ISO date of a short line that is only a date (with an optional label), else None."""
    body = DATE_LABEL_LINE.sub("", text).strip(" |–—-:")
    if not body or len(body) > 40 or len(body.split()) > 6 or not any(c.isdigit() for c in body):
        return None
    import dateparser  # heavy import, only for the few lines that can be dates

    parsed = dateparser.parse(body, settings={"STRICT_PARSING": False, "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None or not 1900 <= parsed.year <= 2100:
        return None
    return parsed.date().isoformat()


def parse_authors(names: str) -> list[str]:
    """Names from a byline's tail; stops at the first part that reads like a description."""
    authors: list[str] = []
    for part in NAME_SPLIT.split(names.strip().rstrip(".")):
        part = part.strip(" \u00a0|")
        tokens = part.split()
        if not tokens:
            continue
        if 1 <= len(tokens) <= 5 and all(
            NAME_TOKEN.match(t) or t.lower() in {"de", "van", "von", "der", "la", "le", "da", "di", "bin", "al", "el"}
            for t in tokens
        ):
            authors.append(part)
        else:
            break
    return authors


def _split_lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def _is_title_like(text: str) -> bool:
    stripped = text.strip()
    words = stripped.split()
    return 0 < len(words) <= MAX_TITLE_WORDS and not stripped.endswith(SENTENCE_END) and len(stripped) <= 250


def clean_text(text: str, repeated: frozenset[str] = frozenset()) -> Cleaned:
    """Find boilerplate spans and metadata in a decoded document.

    `repeated` holds `line_key`s seen in many documents of the corpus (learned by the caller).
    """
    lines = _split_lines(text)
    result = Cleaned(removed=[])
    spans = result.removed
    for match in CONTROL.finditer(text):
        spans.append(Span(match.start(), match.end(), "control_char"))

    for line in lines:
        if line.blank:
            continue
        stripped = line.text.strip()
        for reason, pattern in PATTERNS.items():
            if pattern.match(stripped):
                line.reason = reason
                break
        else:
            if repeated and line_key(line.text) in repeated:
                line.reason = "repeated_line"

    _header(lines, result)
    _title_echoes(lines, result.title)

    kept_content = [ln for ln in lines if not ln.blank and ln.reason is None]
    if kept_content:
        first_kept = kept_content[0]
        glued = GLUED_DATE.match(first_kept.text)
        if glued:
            iso = parse_date(glued.group("date"))
            if iso:
                result.published = result.published or iso
                spans.append(Span(first_kept.start, first_kept.start + glued.end(), "dateline"))

    spans.extend(_line_spans(lines, len(text)))
    result.removed = merge_spans(spans)
    return result


def _header(lines: Sequence[_Line], result: Cleaned) -> None:
    """Title, byline and dateline among the first lines of the document."""
    header = [ln for ln in lines if not ln.blank][:MAX_HEADER_LINES]
    content_after = [ln for ln in lines if not ln.blank and len(ln.text.split()) >= 8]
    for index, line in enumerate(header):
        stripped = line.text.strip()
        if line.reason is not None:
            continue
        byline = BYLINE.match(stripped)
        if byline and len(stripped) <= 300 and (authors := parse_authors(byline.group("names"))):
            line.reason = "byline"
            result.authors = result.authors or authors
            continue
        iso = parse_date(stripped)
        if iso:
            line.reason = "dateline"
            result.published = result.published or iso
            continue
        if result.title and _fold(stripped) == _fold(result.title):
            line.reason = "duplicate_title"
            continue
        if index == 0 and _is_title_like(stripped) and any(ln is not line for ln in content_after):
            line.reason = "title"
            result.title = stripped
            continue
        if len(stripped.split()) >= 8 and stripped.endswith(SENTENCE_END):
            break  # the article has started; what follows is body


def _title_echoes(lines: Iterable[_Line], title: str | None) -> None:
    """Lines that repeat the title: as is (duplicate_title) or with a number (an image caption)."""
    if not title:
        return
    folded_title = _fold(title)
    if not folded_title:
        return
    after_caption = False
    for line in lines:
        if line.blank:
            continue
        if line.reason is not None:
            after_caption = False
            continue
        folded = _fold(line.text)
        if folded == folded_title:
            line.reason = "duplicate_title"
            after_caption = False
        elif folded.startswith(folded_title) and re.fullmatch(r"[\d ]+", folded[len(folded_title) :] or " "):
            line.reason = "caption"
            after_caption = True
        elif after_caption and _is_title_like(line.text) and len(line.text.split()) > 5:
            # the caption text under a numbered image title: unpunctuated, longer than a subheading
            line.reason = "caption"
            after_caption = False
        else:
            after_caption = False


def _line_spans(lines: Sequence[_Line], length: int) -> list[Span]:
    """Spans for removed lines and for the whitespace that their removal leaves behind."""
    spans: list[Span] = []
    content = [i for i, ln in enumerate(lines) if not ln.blank and ln.reason is None]
    first, last = (content[0], content[-1]) if content else (len(lines), -1)
    previous_kept: int | None = None
    for i, line in enumerate(lines):
        line_end = min(line.end + 1, length)  # include the newline
        if line.reason is not None:
            spans.append(Span(line.start, line_end, line.reason))
        elif line.blank:
            keep = first < i < last and previous_kept is not None and not lines[previous_kept].blank
            if keep:
                previous_kept = i
            elif line_end > line.start:
                spans.append(Span(line.start, line_end, "whitespace"))
        else:
            previous_kept = i
            trailing = TRAILING_SPACE.search(line.text)
            if trailing:
                spans.append(Span(line.start + trailing.start(), line.end, "whitespace"))
            leading = len(line.text) - len(line.text.lstrip())
            if leading:
                spans.append(Span(line.start, line.start + leading, "whitespace"))
            if i == last and line.end < length:
                spans.append(Span(line.end, line.end + 1, "whitespace"))  # the text ends without a newline
    return spans
