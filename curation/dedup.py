"""Near-duplicate signatures: normalized shingles hashed into datasketch MinHash.

Why these choices (measured in docs/dedup.md with `python eval/dedup/evaluate.py`):
- Normalization folds what two outlets change when they republish a story (Unicode form, case,
  punctuation, spacing) so that it never hides a copy.
- Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan) are split into
  one token per character, so a "word shingle" there is a character shingle; text that still has
  very long tokens (another unspaced script) falls back to characters as a whole.
- Signatures go through `MinHash.update_batch` in bounded chunks: vectorized, and a huge document
  never builds a (shingles x permutations) matrix larger than `CHUNK` rows.
- Shingles are hashed with xxHash32 rather than datasketch's default SHA-1: the same 32-bit range
  and no measurable change in precision or recall, at a quarter of the cost (hashing was most of a
  signature's time). Changing it changes every signature, so the store's layout names it.
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import Protocol

import numpy as np
import regex
import xxhash
from datasketch import MinHash
from datasketch.lsh import _optimal_param

SEED = 1  # fixed: signatures must be comparable across runs and machines
SHINGLE_HASH = xxhash.xxh32_intdigest  # 32-bit, like datasketch's default; part of the store layout
CHUNK = 2048  # shingles per update_batch call: caps the temporary matrix at CHUNK x num_perm uint64
UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
# One token: an unspaced-script character with its combining marks, or a run of letters, digits
# and marks (marks included so that Indic vowel signs do not split a word in two).
_TOKEN = regex.compile(rf"[{UNSPACED}]\p{{M}}*|[[\p{{L}}\p{{N}}\p{{M}}]--[{UNSPACED}]]+", regex.V1)
MAX_AVG_TOKEN_CHARS = 15  # longer on average: an unspaced script we do not know, use characters


def tokens(text: str) -> list[str]:
    """Words (or characters of unspaced scripts) of NFKC-normalized, case-folded text, punctuation dropped."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    found = _TOKEN.findall(folded)
    if found and sum(map(len, found)) / len(found) > MAX_AVG_TOKEN_CHARS:
        return [ch for token in found for ch in token]
    return found


def normalize(text: str) -> str:
    """Case, Unicode form, punctuation and whitespace folded: tokens joined by single spaces."""
    return " ".join(tokens(text))


def text_digest(normalized: str) -> str:
    """Exact-copy key: equal for texts that differ only in case, punctuation or spacing."""
    return hashlib.sha256(normalized.encode()).hexdigest()


def shingles(normalized: str, k: int) -> set[bytes]:
    """Distinct k-token shingles; a text shorter than k tokens is one shingle (so it still matches itself)."""
    words = normalized.split()
    if len(words) < k:
        return {normalized.encode()} if normalized else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def exact_jaccard(a: set[bytes], b: set[bytes]) -> float:
    """The quantity a signature estimates; the evaluation's gold standard."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@cache
def _template(num_perm: int) -> MinHash:
    """An empty MinHash for SEED: its permutations are drawn once per process, not once per document."""
    return MinHash(num_perm=num_perm, seed=SEED, hashfunc=SHINGLE_HASH)


def signature(normalized: str, k: int, num_perm: int) -> np.ndarray:
    """MinHash values of the shingle set as uint32 (datasketch keeps them below 2**32): what the store keeps."""
    minhash = _template(num_perm).copy()
    found = list(shingles(normalized, k))
    for start in range(0, len(found), CHUNK):
        minhash.update_batch(found[start : start + CHUNK])
    return minhash.hashvalues.astype(np.uint32)


def jaccard_estimate(a: np.ndarray, b: np.ndarray) -> float:
    """Share of equal MinHash values: an unbiased estimate of the Jaccard similarity of the shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)


def estimate_error(num_perm: int, margin: float) -> float:
    """Hoeffding bound on P(|estimate - Jaccard| >= margin) for one pair: the stated verification error."""
    return min(1.0, 2.0 * math.exp(-2.0 * num_perm * margin * margin))


@cache  # an integration each call; every document's band keys need it
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) that minimize LSH error at `threshold`, as datasketch's MinHashLSH chooses them."""
    bands, rows = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(bands), int(rows)


def candidate_probability(jaccard: float, bands: int, rows: int) -> float:
    """Chance that a pair of this Jaccard shares at least one band (becomes an LSH candidate)."""
    return 1.0 - (1.0 - jaccard**rows) ** bands


def band_keys(hashvalues: np.ndarray, bands: int, rows: int) -> list[int]:
    """One signed 64-bit bucket key per band (the band number is hashed in); sharing any key makes a candidate."""
    values = hashvalues.astype(np.uint32)
    keys = []
    for band in range(bands):
        chunk = values[band * rows : (band + 1) * rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(8, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


@dataclass(frozen=True)
class IndexParams:
    """MinHash/LSH layout and the verification threshold; the first four must match the stored index."""

    num_perm: int
    bands: int
    rows: int
    shingle_words: int
    threshold: float

    @property
    def layout(self) -> str:
        return f"v3-xxh32/{self.num_perm}/{self.bands}/{self.rows}/{self.shingle_words}"


@dataclass(frozen=True)
class Signed:
    """A document as the duplicate index takes it."""

    seq: int
    record_id: str
    digest: str  # sha256 of the normalized text
    values: bytes  # MinHash values, uint32 little-endian
    keys: tuple[int, ...]  # its LSH band keys (`dedup.band_keys`)

    @classmethod
    def of(cls, seq: int, record_id: str, digest: str, hashvalues: np.ndarray, params: IndexParams) -> Signed:
        return cls(seq, record_id, digest, *index_form(hashvalues, params.bands, params.rows))


def index_form(hashvalues: np.ndarray, bands: int, rows: int) -> tuple[bytes, tuple[int, ...]]:
    """A signature as the index keeps it (uint32 little-endian bytes) and its band keys."""
    values = hashvalues.astype("<u4")
    return values.tobytes(), tuple(band_keys(values, bands, rows))


@dataclass(frozen=True)
class Assignment:
    """The duplicate fields one record must carry after a change of the index."""

    seq: int
    record_id: str
    cluster: str | None  # canonical record id; None when the record has no verified duplicate
    near_duplicate_of: str | None  # the canonical id, for every member but the canonical itself
    similarity: float | None  # signature estimate of the Jaccard similarity to the canonical


# a document's fate in the index: how it was linked ("exact", "near" or None), its own duplicate fields, and
# those of the other records the insert changed
Linked = tuple[str | None, Assignment, list[Assignment]]


class IndexStorage(Protocol):
    """What the clustering keeps and reads (`store.Store` keeps it in SQLite)."""

    def twins(self, digests: set[str]) -> dict[str, int]:
        """The earliest indexed seq of each text digest that has one."""
        ...

    def bucket_seqs(self, keys: set[int]) -> dict[int, set[int]]: ...

    def signatures(self, seqs: set[int]) -> dict[int, np.ndarray]: ...

    def indexed(self, seq: int) -> tuple[str, np.ndarray, int | None] | None:
        """(record id, MinHash values, cluster) of an indexed document."""
        ...

    def members(self, cluster: int) -> set[int]: ...

    def add_signatures(self, rows: list[tuple[int, str, str, bytes]]) -> None: ...

    def add_buckets(self, keys: np.ndarray, seqs: np.ndarray) -> None:
        """Rows (keys[i], seqs[i]): int64 arrays of equal length."""
        ...

    def set_cluster(self, seq: int, cluster: int | None) -> None: ...

    def delete(self, seq: int, keys: list[int]) -> None: ...


class Clusters:
    """Near-duplicate clusters: the connected components of the graph whose edges are verified pairs (LSH
    candidates whose signature estimate reaches the threshold), each named by its earliest document (the lowest
    seq, discovery order). The graph is never stored: a node's edges are recomputed from the buckets when a
    component must be split, so an insert or removal touches only the documents of the components involved."""

    def __init__(self, storage: IndexStorage, params: IndexParams) -> None:
        self.storage = storage
        self.params = params

    def insert_many(self, docs: list[Signed]) -> list[Linked]:
        """Index documents, in order, each joined to the components it links to, as if inserted one by one.

        A text-identical earlier document is found by digest, before any LSH query: its component already holds
        everything the copy would link to. None of `docs` may be indexed already (`remove` first).

        The index is read once for the whole list (their digests' twins, their bands' buckets, the candidates'
        signatures) and written in one statement per table: the driver lands every document of a run, and a few
        queries per document were most of its time. Most documents link to nothing and cost no query of their own;
        one that links writes the signatures before it, then merges components in the storage (a merge reads
        signatures, never buckets: those of the list are written last).
        """
        if not docs:
            return []
        twins = self.storage.twins({d.digest for d in docs})
        sizes = [len(d.keys) for d in docs]
        keys = np.fromiter(chain.from_iterable(d.keys for d in docs), dtype=np.int64, count=sum(sizes))
        owner = np.repeat(np.arange(len(docs)), sizes)  # the position in `docs` of each key's document
        stored = self.storage.bucket_seqs(set(keys.tolist()))
        values = self.storage.signatures({s for seqs in stored.values() for s in seqs})
        # A document can link by LSH only through a band key that is stored already or that another document of the
        # list has too; the others (most) skip the per-key work below: building a tuple per band key and document
        # and gathering candidates from them was most of this loop's time.
        unique, counts = np.unique(keys, return_counts=True)
        shared = np.union1d(unique[counts > 1], np.fromiter(stored, dtype=np.int64, count=len(stored)))
        linkable = np.zeros(len(docs), dtype=bool)
        linkable[owner[np.isin(keys, shared)]] = True
        # band key -> its documents, those of the list added as they are indexed (only the linkable ones: a key of
        # any other is held by no other document of the list)
        buckets = {key: tuple(seqs) for key, seqs in stored.items()}
        rows: list[tuple[int, str, str, bytes]] = []
        results: list[Linked] = []
        for doc, link in zip(docs, linkable.tolist(), strict=True):
            twin = twins.get(doc.digest)
            kind: str | None
            if twin is not None:
                kind, neighbours = "exact", {twin: 1.0}
            elif link:
                mine = np.frombuffer(doc.values, dtype="<u4")
                candidates = {seq for key in doc.keys for seq in buckets.get(key, ())}
                neighbours = self._verified(mine, {seq: values[seq] for seq in candidates})
                kind = "near" if neighbours else None
            else:
                kind, neighbours = None, {}
            rows.append((doc.seq, doc.record_id, doc.digest, doc.values))
            twins[doc.digest] = min(doc.seq, twin) if twin is not None else doc.seq
            if link:
                buckets.update({key: (*buckets.get(key, ()), doc.seq) for key in doc.keys})
                values[doc.seq] = np.frombuffer(doc.values, dtype="<u4")
            own = Assignment(doc.seq, doc.record_id, None, None, None)
            if not neighbours:
                results.append((None, own, []))
                continue
            self.storage.add_signatures(rows)
            rows.clear()
            members = {doc.seq}
            for other in neighbours:
                if other not in members:
                    members |= self._members(other)
            changes = self._relabel(members, changed_root=min(members) == doc.seq)
            own = next(c for c in changes if c.seq == doc.seq)
            results.append((kind, own, [c for c in changes if c.seq != doc.seq]))
        self.storage.add_signatures(rows)
        self.storage.add_buckets(keys, np.array([d.seq for d in docs], dtype=np.int64)[owner])
        return results

    def remove(self, seq: int) -> list[Assignment]:
        """Take a document out of the index; its former component may split. Returns the changed records."""
        found = self.storage.indexed(seq)
        if found is None:
            return []
        _, values, cluster = found
        self.storage.delete(seq, band_keys(values, self.params.bands, self.params.rows))
        if cluster is None:
            return []
        left = self.storage.members(cluster)
        changes: list[Assignment] = []
        while left:
            start = min(left)
            component, frontier = {start}, [start]
            while frontier:
                node = frontier.pop()
                row = self.storage.indexed(node)
                if row is None:
                    continue
                for other in self._neighbours(node, row[1]):
                    if other in left and other not in component:
                        component.add(other)
                        frontier.append(other)
            left -= component
            changes.extend(self._relabel(component, changed_root=min(component) != cluster))
        return changes

    def _neighbours(self, seq: int, hashvalues: np.ndarray) -> dict[int, float]:
        """Verified pairs of `seq`: LSH candidates whose estimated Jaccard reaches the threshold."""
        buckets = self.storage.bucket_seqs(set(band_keys(hashvalues, self.params.bands, self.params.rows)))
        candidates = {other for seqs in buckets.values() for other in seqs if other != seq}
        return self._verified(hashvalues, self.storage.signatures(candidates))

    def _verified(self, hashvalues: np.ndarray, candidates: dict[int, np.ndarray]) -> dict[int, float]:
        """The candidates whose estimated Jaccard similarity reaches the threshold, with it."""
        found: dict[int, float] = {}
        for other, values in candidates.items():
            similarity = jaccard_estimate(hashvalues, values)
            if similarity >= self.params.threshold:
                found[other] = similarity
        return found

    def _members(self, seq: int) -> set[int]:
        found = self.storage.indexed(seq)
        if found is None or found[2] is None:
            return {seq}
        return self.storage.members(found[2])

    def _relabel(self, members: set[int], changed_root: bool) -> list[Assignment]:
        """Make min(members) the canonical of `members`; return the members whose fields change."""
        root = min(members)
        root_row = self.storage.indexed(root)
        assert root_row is not None
        root_id, root_values, _ = root_row
        singleton = len(members) == 1
        changes = []
        for seq in sorted(members):
            row = self.storage.indexed(seq)
            assert row is not None
            record_id, values, cluster = row
            new_cluster = None if singleton else root
            if cluster == new_cluster and not changed_root:
                continue
            self.storage.set_cluster(seq, new_cluster)
            if singleton:
                changes.append(Assignment(seq, record_id, None, None, None))
            elif seq == root:
                changes.append(Assignment(seq, record_id, root_id, None, None))
            else:
                changes.append(Assignment(seq, record_id, root_id, root_id, jaccard_estimate(values, root_values)))
        return changes
