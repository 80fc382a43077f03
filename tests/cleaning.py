"""What the cleaner tests share: a small article and a view of what the cleaner cut, by line."""

from __future__ import annotations

from curation.clean import clean_text

TITLE = "Parliament approves the new budget after a long debate"
BODY = (
    "The parliament approved the budget on Tuesday after a debate that lasted more than ten hours. "
    "The opposition voted against it and announced an appeal to the constitutional court."
)
BODY2 = "Members of the governing coalition said the plan would reduce the deficit within three years."


def removed_lines(text: str) -> dict[str, str]:
    """Removed line text -> reason, for whole lines."""
    found: dict[str, str] = {}
    for span in clean_text(text).removed:
        for line in text[span.start : span.end].split("\n"):
            if line.strip():
                found[line.strip()] = span.reason
    return found
