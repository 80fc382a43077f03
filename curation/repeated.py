"""Lines repeated across many stories (CCNet-style), learned from the corpus itself.

A site's footer, its share row or its newsletter prompt appear in every article of the site,
in phrasings no fixed lexicon lists. Counting each normalized line (`clean.line_key`) once per
story finds them. Three guards keep article text safe: identical documents (exact copies) count
once, and a line counts once per story: near-copies of one story (syndicated or lightly edited
versions, see `story_bands`) are one story, so that a story copied 400 times does not make its own
title and lede look like a site's template, while a line its later version adds still counts;
and `clean.clean_text` only removes a repeated line when it is short or has no sentence
punctuation, so a paragraph shared by syndicated copies is never cut.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from contextlib import nullcontext

from curation.clean import MIN_STORY_LINES, STORY_LINE_WORDS, line_key, site_part_keys
from curation.containers import Item, source_of
from curation.errors import Rejected
from curation.pipeline import read_document
from curation.spill import SpillWriter
from curation.stories import DocLines, Stories
from schemas import CurationConfig

# Min-hashes of the story lines in bands: two versions of a story with 3/4 of their story lines in common share a
# band with probability 1-(1-0.75^2)^16 > 0.99. Two stories of one site sharing 1 line in 10 (a long footer) share
# one with probability 0.15, 1 line in 5 (a template-heavy site) 0.5: a band only makes a candidate, which
# `Stories` checks by the story lines the two have in common. Every counted copy adds its bands, so later copies
# need only be close to one earlier version, not to the first.
BANDS, ROWS = 16, 2
_PRIME = (1 << 61) - 1
_SALTS = [
    (
        int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest()) | 1,
        int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest()),
    )
    for i in range(BANDS * ROWS)
]


def doc_lines(text: str) -> DocLines | None:
    """The counting view of a decoded document; None when it has no line to count."""
    keys: set[str] = set()
    story: set[str] = set()
    first: str | None = None
    for line in text.split("\n"):
        if first is None and line.strip():
            first = line
        if key := line_key(line):
            keys.add(key)
            if len(line.split()) >= STORY_LINE_WORDS:
                story.add(key)
    if not keys:
        return None
    keys |= site_part_keys(first or "")
    return DocLines(keyset_digest(keys), frozenset(keys), frozenset(story), story_bands(story))


def story_bands(story: set[str]) -> tuple[str, ...]:
    """Locality-sensitive keys of a document's story lines: near-copies of a story share at least one. A band
    whose rows fall on one line is left out: one long line in common (a cookie notice, a licence) makes no copy."""
    if len(story) < MIN_STORY_LINES:
        return ()
    lines = sorted(int(key, 16) for key in story)
    mins = [min((((a * k + b) % _PRIME), k) for k in lines) for a, b in _SALTS]
    bands = []
    for band in range(BANDS):
        rows = mins[band * ROWS : (band + 1) * ROWS]
        if len({line for _, line in rows}) == ROWS:
            digest = hashlib.blake2b(repr([h for h, _ in rows]).encode(), digest_size=8).hexdigest()
            bands.append(f"{band}:{digest}")
    return tuple(bands)


def count_keys(docs: Iterable[DocLines]) -> Counter[str]:
    """Stories per line key (`Stories`); identical documents add nothing."""
    stories = Stories()
    seen: set[str] = set()
    for doc in docs:
        if doc.digest not in seen:
            seen.add(doc.digest)
            stories.add(doc)
    return +stories.counts


def repeated_from_counts(counts: Mapping[str, int], min_docs: int) -> frozenset[str]:
    """The keys seen in at least `min_docs` distinct stories."""
    return frozenset(key for key, n in counts.items() if n >= min_docs)


def learn_repeated(texts: Iterable[str], min_docs: int) -> frozenset[str]:
    """Keys to treat as boilerplate, from decoded documents."""
    return repeated_from_counts(count_keys(doc for text in texts if (doc := doc_lines(text))), min_docs)


def keyset_digest(keys: Iterable[str]) -> str:
    """Identity of a document for counting: the same lines count once, whatever the bytes."""
    return hashlib.blake2b("\n".join(sorted(keys)).encode(), digest_size=16).hexdigest()


def batch_line_keys(items: list[Item], config: CurationConfig, spill: str | None = None) -> list[DocLines]:
    """The counting view of each readable, decodable document of a batch.

    The cheap pre-pass of a run: read and decode only, no cleaning; documents that fail here
    are skipped (the main pass rejects them with their reason). With `spill`, what was read and
    decoded of each document is written to that spill file for the main pass (`curation.spill`),
    but for a document whose decoding alone took its time budget: the main pass decodes that one
    again under its budget, and rejects it as a timeout as it always did.
    """
    found: list[DocLines] = []
    with SpillWriter(spill) if spill is not None else nullcontext() as writer:
        for item in items:
            try:
                read = read_document(item, config)
            except (Rejected, OSError):
                continue
            if writer is not None and not 0 < config.doc_timeout_seconds <= read.seconds:
                writer.add(source_of(item), read)
            if (doc := doc_lines(read.decoded.text)) is not None:
                found.append(doc)
    return found
