"""Lines repeated across many documents (CCNet-style), learned from the corpus itself.

A site's footer, its share row or its newsletter prompt appear in every article of the site,
in phrasings no fixed lexicon lists. Counting each normalized line (`clean.line_key`) once per
document finds them. Two guards keep article text safe: identical documents (exact syndicated
copies) are counted once, and `clean.clean_text` only removes a repeated line when it is short or
has no sentence punctuation, so a paragraph shared by syndicated copies is never cut.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping


def count_keys(doc_keys: Iterable[Iterable[str]]) -> Counter[str]:
    """Documents per line key; documents with exactly the same key set count once."""
    counts: Counter[str] = Counter()
    seen: set[frozenset[str]] = set()
    for keys in doc_keys:
        frozen = frozenset(k for k in keys if k)
        if frozen in seen:
            continue
        seen.add(frozen)
        counts.update(frozen)
    return counts


def repeated_from_counts(counts: Mapping[str, int], min_docs: int) -> frozenset[str]:
    """The keys seen in at least `min_docs` distinct documents."""
    return frozenset(key for key, n in counts.items() if n >= min_docs)


def learn_repeated(doc_keys: Iterable[Iterable[str]], min_docs: int) -> frozenset[str]:
    """Keys to treat as boilerplate, from per-document key sets (see `clean.line_keys`)."""
    return repeated_from_counts(count_keys(doc_keys), min_docs)
