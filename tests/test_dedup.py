"""Near-duplicate detection: normalization, shingles, signatures, the clustered index, and its rebuild."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash

from curation.dedup import (
    SEED,
    SHINGLE_HASH,
    Clusters,
    IndexParams,
    Signed,
    estimate_error,
    exact_jaccard,
    jaccard_estimate,
    lsh_bands,
    normalize,
    shingles,
    signature,
    text_digest,
    tokens,
)
from curation.rebuild import rebuild_store
from curation.store import Store
from curation.verify import iter_records
from flows.curate import curate
from schemas import CurationConfig

CONFIG = CurationConfig(workers=1)
BANDS, ROWS = lsh_bands(CONFIG.lsh_threshold, CONFIG.num_perm)
PARAMS = IndexParams(CONFIG.num_perm, BANDS, ROWS, CONFIG.shingle_words, CONFIG.duplicate_threshold)


def article(seed: int, words: int = 300) -> str:
    rng = random.Random(seed)
    return " ".join(f"w{rng.randrange(5000)}" for _ in range(words))


def sign(text: str, num_perm: int = CONFIG.num_perm) -> tuple[str, np.ndarray]:
    normalized = normalize(text)
    return text_digest(normalized), signature(normalized, CONFIG.shingle_words, num_perm)


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "state.sqlite")
    assert s.check_index_params(PARAMS)
    return s


def add(store: Store, seq: int, text: str) -> tuple[str | None, object, list]:
    digest, values = sign(text)
    (result,) = Clusters(store, PARAMS).insert_many([Signed.of(seq, f"r{seq}", digest, values, PARAMS)])
    return result


def test_normalize_folds_form_case_punctuation_and_space() -> None:
    assert normalize("  The ﬁrst  STRASSE,\n\tdon’t—stop! ") == normalize("the first straße don't stop")
    assert normalize("ＦＵＬＬ width １２") == "full width 12"
    assert text_digest(normalize("Hello,   World!")) == text_digest(normalize("hello world"))


def test_unspaced_scripts_become_character_tokens() -> None:
    assert tokens("中文字符，日本語です") == ["中", "文", "字", "符", "日", "本", "語", "で", "す"]
    assert tokens("हिन्दी भाषा") == ["हिन्दी", "भाषा"]  # vowel signs stay inside their word
    assert tokens("abc 東京 def") == ["abc", "東", "京", "def"]
    unknown = "ꦲꦏ꧀ꦱꦫꦗꦮꦲꦏ꧀ꦱꦫꦗꦮꦲꦏ꧀ꦱꦫꦗꦮ"  # a long run in a script that does not use spaces
    assert len(tokens(unknown)) == len(unknown)


def test_shingles() -> None:
    assert shingles("a b c d e f", 5) == {b"a b c d e", b"b c d e f"}
    assert shingles("a b", 5) == {b"a b"}
    assert shingles("", 5) == set()
    assert exact_jaccard({b"x", b"y"}, {b"y", b"z"}) == pytest.approx(1 / 3)


def test_batch_signature_equals_per_shingle_loop() -> None:
    normalized = normalize(article(1))
    loop = MinHash(num_perm=CONFIG.num_perm, seed=SEED, hashfunc=SHINGLE_HASH)
    for shingle in shingles(normalized, CONFIG.shingle_words):
        loop.update(shingle)
    batch = signature(normalized, CONFIG.shingle_words, CONFIG.num_perm)
    assert batch.dtype == np.uint32
    assert np.array_equal(batch, loop.hashvalues.astype(np.uint32))


def test_estimate_tracks_exact_jaccard() -> None:
    a, b = article(2), article(2, words=300).rsplit(" ", 60)[0]
    exact = exact_jaccard(shingles(normalize(a), 5), shingles(normalize(b), 5))
    assert abs(jaccard_estimate(sign(a)[1], sign(b)[1]) - exact) < 0.1
    assert estimate_error(256, 0.15) < 1e-4


def test_exact_copy_near_copy_and_different_article(store: Store) -> None:
    original = article(3)
    assert add(store, 0, original)[0] is None
    kind, own, changed = add(store, 1, original.upper() + " !!")
    assert kind == "exact" and own.cluster == own.near_duplicate_of == "r0" and own.similarity == 1.0
    assert [(c.seq, c.cluster, c.near_duplicate_of) for c in changed] == [(0, "r0", None)]
    words = original.split()
    words[100:103] = ["edited", "words", "here"]
    kind, own, changed = add(store, 2, "Other boilerplate header\n" + " ".join(words[:-20]))
    assert kind == "near" and own.cluster == "r0" and 0.7 < own.similarity < 1.0 and changed == []
    kind, own, _ = add(store, 3, article(4))
    assert kind is None and own.cluster is None


def test_components_merge_split_and_keep_earliest_canonical(tmp_path: Path) -> None:
    bands, rows = lsh_bands(0.5, 256)
    params = IndexParams(256, bands, rows, 5, 0.83)
    store = Store(tmp_path / "state.sqlite")
    store.check_index_params(params)
    a, b, c = article(5, words=30), article(6, words=200), article(7, words=30)
    left, right, bridge = f"{a} {b}", f"{b} {c}", f"{a} {b} {c}"
    signed = {name: sign(text, 256) for name, text in (("left", left), ("right", right), ("bridge", bridge))}
    estimate = {pair: jaccard_estimate(signed[pair[0]][1], signed[pair[1]][1]) for pair in
                (("left", "right"), ("left", "bridge"), ("right", "bridge"))}  # fmt: skip
    assert estimate["left", "right"] < params.threshold <= min(estimate["left", "bridge"], estimate["right", "bridge"])

    def put(seq: int, name: str) -> tuple[object, list]:
        ((_, own, changed),) = Clusters(store, params).insert_many([Signed.of(seq, f"r{seq}", *signed[name], params)])
        return own, changed

    put(3, "right")
    put(5, "left")
    assert store.canonical_of(3) is None and store.canonical_of(5) is None
    own, changed = put(9, "bridge")
    assert own.cluster == own.near_duplicate_of == "r3" and {c.seq for c in changed} == {3, 5}
    assert store.canonical_of(5) == "r3"
    # an earlier record arriving late (a reprocessed source keeps its seq) becomes the canonical
    own, changed = put(1, "right")
    assert own.cluster == "r1" and own.near_duplicate_of is None
    assert {c.seq: c.cluster for c in changed} == {3: "r1", 5: "r1", 9: "r1"}
    # taking the bridge out splits the component again
    assert {c.seq: c.cluster for c in Clusters(store, params).remove(9)} == {5: None}
    assert store.canonical_of(3) == "r1" and store.canonical_of(5) is None
    store.close()


def test_stored_layout_is_checked(store: Store) -> None:
    add(store, 0, article(6))
    other = IndexParams(PARAMS.num_perm * 2, PARAMS.bands, PARAMS.rows, PARAMS.shingle_words, PARAMS.threshold)
    assert store.check_index_params(PARAMS) and not store.check_index_params(other)


def _clusters(out: Path) -> dict[str, tuple[str | None, str | None, float | None]]:
    return {
        r.provenance.source: (r.duplicate_cluster, r.near_duplicate_of, r.duplicate_similarity)
        for _, _, r in iter_records(out)
    }


def test_rebuilt_store_gives_the_same_clusters(seeds_raw: Path, tmp_path: Path) -> None:
    original = (seeds_raw / "001_f745c9f727d97c84.txt").read_text(encoding="utf-8")
    (seeds_raw / "000_early_copy.txt").write_text("Republished\n\n" + original.replace(" war", " conflict", 3))
    out = tmp_path / "curated"
    curate(raw_dir=str(seeds_raw), out_dir=str(out), config=CONFIG)
    (seeds_raw / "zz_exact_copy.txt").write_text(original, encoding="utf-8")
    curate(raw_dir=str(seeds_raw), out_dir=str(out), config=CONFIG)
    before = _clusters(out)
    assert before["000_early_copy.txt"][0] == before["001_f745c9f727d97c84.txt"][1] == before["zz_exact_copy.txt"][1]
    stored = Store(out / "state.sqlite")
    index_before = sorted(stored.clusters())
    stored.close()

    for name in ("state.sqlite", "state.sqlite-wal", "state.sqlite-shm"):
        (out / name).unlink(missing_ok=True)
    report = rebuild_store(out)
    assert report.records == len(before) and report.clustered == 3 and report.mismatches == []
    rebuilt = Store(out / "state.sqlite")
    assert sorted(rebuilt.clusters()) == index_before
    rebuilt.close()

    manifest = curate(raw_dir=str(seeds_raw), out_dir=str(out), config=CONFIG)
    assert manifest.counts["to_process"] == 0 and _clusters(out) == before


def _index_state(store: Store) -> list[tuple]:
    return store.db.execute(
        "SELECT seq, record_id, text_digest, hashvalues, cluster FROM signatures ORDER BY seq"
    ).fetchall()


def test_a_batch_is_indexed_as_its_documents_one_by_one(tmp_path: Path) -> None:
    """`insert_many` reads the index once for the whole batch; what it decides and stores must be what inserting
    the documents one at a time would: copies of an earlier document of the same batch, of an earlier batch, an
    exact twin, near copies that merge two clusters, and documents that link to nothing."""
    rng = random.Random(3)
    texts = [article(seed) for seed in range(8)]
    for _ in range(24):
        base = rng.choice(texts)
        words = base.split()
        start = rng.randrange(len(words) - 40)
        texts.append(base if rng.random() < 0.2 else " ".join(words[:start] + words[start + rng.randrange(1, 30) :]))
    signed = [Signed.of(seq, f"r{seq}", *sign(text), PARAMS) for seq, text in enumerate(texts)]
    one, many = Store(tmp_path / "one.sqlite"), Store(tmp_path / "many.sqlite")
    singly = [result for doc in signed for result in Clusters(one, PARAMS).insert_many([doc])]
    batched = Clusters(many, PARAMS).insert_many(signed[:5]) + Clusters(many, PARAMS).insert_many(signed[5:])
    assert batched == singly
    assert {kind for kind, _, _ in singly} == {None, "exact", "near"}
    assert any(changed for _, _, changed in singly)  # a merge that changes earlier records
    assert _index_state(many) == _index_state(one)
    assert sorted(many.db.execute("SELECT * FROM buckets")) == sorted(one.db.execute("SELECT * FROM buckets"))


def _buckets_in_table(store: Store, keys: set[int]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for key, seq in store.db.execute("SELECT key, seq FROM buckets"):
        if key in keys:
            found.setdefault(key, set()).add(seq)
    return found


# 10**9: the in-memory keys loaded at the first lookup; 0: only while the table is empty (the later run looks up all)
@pytest.mark.parametrize("lookup_cost", [10**9, 0])
def test_the_in_memory_band_keys_find_what_the_table_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lookup_cost: int
) -> None:
    """`Store.bucket_seqs` looks up in SQLite only the keys `BandKeys` holds: what it finds must be what the table
    holds, after inserts (its keys merged into the sorted array on the way), removals, reprocessing, a rolled-back
    batch and a new run on the same store."""
    monkeypatch.setattr("curation.store.LOOKUP_COST", lookup_cost)
    monkeypatch.setattr("curation.store.RECENT_KEYS", 3 * BANDS)
    rng = random.Random(5)
    texts = [article(seed) for seed in range(12)]
    texts += [" ".join(rng.choice(texts[:12]).split()[rng.randrange(1, 20) :]) for _ in range(12)]
    signed = [Signed.of(seq, f"r{seq}", *sign(text), PARAMS) for seq, text in enumerate(texts)]
    absent = {rng.randrange(-(2**63), 2**63) for _ in range(200)}
    path = tmp_path / "state.sqlite"

    def check(store: Store) -> None:
        keys = {k for doc in signed for k in doc.keys} | absent
        assert store.bucket_seqs(keys) == _buckets_in_table(store, keys)
        for doc in signed:
            assert store.bucket_seqs(set(doc.keys)) == _buckets_in_table(store, set(doc.keys))

    store = Store(path)
    clusters = Clusters(store, PARAMS)
    check(store)  # an empty index
    for start, end in ((0, 1), (1, 3), (3, 4), (4, 8), (8, 12), (12, 16)):  # keys in the set, then merged
        clusters.insert_many(signed[start:end])
        check(store)
    store.commit()
    clusters.insert_many(signed[16:20])
    check(store)
    store.rollback()  # the batch's keys leave the table
    check(store)
    for seq in (0, 3, 13):  # removed, one of them indexed again (reprocessed)
        clusters.remove(seq)
    check(store)
    clusters.insert_many([signed[3]])
    store.commit()
    check(store)
    store.close()
    store = Store(path)  # a later run
    clusters = Clusters(store, PARAMS)
    check(store)
    clusters.insert_many(signed[16:])
    check(store)
    clusters.remove(16)
    check(store)
    store.close()
