"""Lines repeated across many documents (CCNet-style), learned from the corpus itself.

A site's footer, its share row or its newsletter prompt appear in every article of the site,
in phrasings no fixed lexicon lists. Counting each normalized line (`clean.line_key`) once per
document finds them. Two guards keep article text safe: identical documents (exact syndicated
copies) are counted once, and `clean.clean_text` only removes a repeated line when it is short or
has no sentence punctuation, so a paragraph shared by syndicated copies is never cut.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping

from curation.clean import line_keys
from curation.decode import decode_bytes
from curation.discover import SourceFile
from curation.errors import Rejected
from curation.pipeline import read_source


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


def keyset_digest(keys: Iterable[str]) -> str:
    """Identity of a document for counting: the same lines count once, whatever the bytes."""
    return hashlib.blake2b("\n".join(sorted(keys)).encode(), digest_size=16).hexdigest()


def batch_line_keys(sources: list[SourceFile], max_bytes: int) -> list[tuple[str, frozenset[str]]]:
    """(key-set digest, line keys) of each readable, decodable document of a batch.

    The cheap pre-pass of a run: read and decode only, no cleaning; documents that fail here
    are skipped (the main pass rejects them with their reason).
    """
    found: list[tuple[str, frozenset[str]]] = []
    for source in sources:
        try:
            keys = frozenset(line_keys(decode_bytes(read_source(source, max_bytes)).text))
        except (Rejected, OSError):
            continue
        if keys:
            found.append((keyset_digest(keys), keys))
    return found
