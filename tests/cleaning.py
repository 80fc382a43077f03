"""What the cleaner tests share: a small article and a view of what the cleaner cut, by line."""

from __future__ import annotations

from curation.clean import clean_text
from curation.spans import apply_spans

TITLE = "Parliament approves the new budget after a long debate"
BODY = (
    "The parliament approved the budget on Tuesday after a debate that lasted more than ten hours. "
    "The opposition voted against it and announced an appeal to the constitutional court."
)
BODY2 = "Members of the governing coalition said the plan would reduce the deficit within three years."


def removed_lines(text: str, repeated: frozenset[str] = frozenset()) -> dict[str, str]:
    """Removed line text -> reason, for whole lines."""
    found: dict[str, str] = {}
    for span in clean_text(text, repeated).removed:
        for line in text[span.start : span.end].split("\n"):
            if line.strip():
                found[line.strip()] = span.reason
    return found


def assert_idempotent(text: str) -> None:
    """A second pass over the cleaned text cuts nothing, but in one case: when the first pass took a headline, the
    line that stood under it (a standfirst, a subheading) comes first in the cleaned text, or under lines without a
    letter ("0"), which no pass reads as a headline, and a second pass reads it as the headline
    (`curation.clean._choose_title`)."""
    first = clean_text(text)
    once = apply_spans(text, first.removed)
    second = clean_text(once).removed
    again = [span for span in second if span.reason != "whitespace"]
    if first.title is not None and again and not any(c.isalpha() for c in once[: again[0].start]):
        assert [span.reason for span in again] == ["title"]
    else:
        assert second == []
