"""Near-duplicate signatures: normalized word shingles hashed into datasketch MinHash."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

_WORD = re.compile(r"\w+", re.UNICODE)
SEED = 1  # fixed: signatures must be comparable across runs and machines


def normalize(text: str) -> str:
    """Case, Unicode form and whitespace folded; punctuation dropped."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def text_digest(normalized: str) -> str:
    """Exact-copy key: equal for texts that differ only in case, punctuation or spacing."""
    return hashlib.sha256(normalized.encode()).hexdigest()


def shingles(normalized: str, k: int) -> set[bytes]:
    words = normalized.split()
    if len(words) < k:
        return {normalized.encode()} if normalized else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def signature(normalized: str, k: int, num_perm: int) -> np.ndarray:
    """MinHash hash values (uint64) of the shingle set; the array is what the store keeps."""
    minhash = MinHash(num_perm=num_perm, seed=SEED)
    minhash.update_batch(shingles(normalized, k))
    return minhash.hashvalues.astype(np.uint64)


def jaccard_estimate(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) that minimize LSH error at `threshold`, as datasketch's MinHashLSH chooses them."""
    bands, rows = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(bands), int(rows)


def band_keys(hashvalues: np.ndarray, bands: int, rows: int) -> list[bytes]:
    """One bucket key per band; documents sharing any key are LSH candidates."""
    return [
        hashlib.blake2b(hashvalues[b * rows : (b + 1) * rows].tobytes(), digest_size=8).digest() for b in range(bands)
    ]
