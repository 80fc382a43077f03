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
from functools import cache

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
