"""Each input is read and decoded once: the pre-pass spills what it read (`curation.spill`), the main pass takes it
from there, and reads a document again only when its spill entry is missing or damaged. Outputs are those of the
double read, byte for byte (run metadata aside)."""

from __future__ import annotations

import codecs
import gzip
import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from corpus_gen import make_corpus
from shards import stripped_shards

import curation.pipeline
import curation.records
import flows.curate
from curation.decode import Decoded
from curation.discover import SourceFile
from curation.pipeline import Read
from curation.repeated import batch_line_keys
from curation.spill import SPILL_DIR, SpillReader, SpillWriter
from flows.curate import curate
from schemas import CurationConfig

INLINE = CurationConfig(workers=1, batch_size=8)


@pytest.fixture()
def raw(seeds_raw: Path) -> Path:
    """The seeds, generated stories, a JSON Lines container with metadata and bad lines, and inputs rejected at
    decoding or after it: every kind of outcome the spill must carry or leave to the main pass."""
    story = min(seeds_raw.glob("*.txt")).read_text(encoding="utf-8")
    make_corpus(seeds_raw / "gen", 60, seed=5)
    lines = [json.dumps({"text": f"{story}\nPart {i}.", "url": f"https://x.org/{i}", "title": "T"}) for i in range(6)]
    lines[2] = "{not json"
    (seeds_raw / "dump.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode() + b"\n"))
    hostile = seeds_raw / "hostile"
    hostile.mkdir()
    (hostile / "empty.txt").write_bytes(b"")
    (hostile / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (hostile / "short.txt").write_text("Too short.\n", encoding="utf-8")
    (hostile / "crlf.txt").write_bytes(story.replace("\n", "\r\n").encode("utf-8"))
    (hostile / "bom.txt").write_bytes(codecs.BOM_UTF8 + story.encode("utf-8"))
    (hostile / "cp1251.txt").write_bytes(("Новости дня. " * 30 + "\n" + "Москва и область. " * 20).encode("cp1251"))
    return seeds_raw


def _outputs(out: Path) -> dict[str, object]:
    """Every shard's lines with run metadata taken out, and the store's catalog, duplicate index and line counts;
    shards named without the run id."""
    run_id = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["run_id"]
    found: dict[str, object] = dict(stripped_shards(out, run_id))
    db = sqlite3.connect(out / "state.sqlite")
    try:
        found["sources"] = [
            (*row[:-1], row[-1].replace(run_id, "RUN"))
            for row in db.execute(
                "SELECT source, seq, size, mtime_ns, sha256, status, record_id, reason, shard FROM sources ORDER BY seq"
            )
        ]
        found["signatures"] = db.execute("SELECT * FROM signatures ORDER BY seq").fetchall()
        found["buckets"] = db.execute("SELECT * FROM buckets ORDER BY key, seq").fetchall()
        found["line_counts"] = db.execute("SELECT * FROM line_counts ORDER BY key").fetchall()
    finally:
        db.close()
    return found


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Reads of each file (by source) through the one reader both passes use, in this process."""
    reads: Counter[str] = Counter()
    real = curation.pipeline.read_source

    def read_source(source: SourceFile, max_bytes: int) -> bytes:
        reads[source.source] += 1
        return real(source, max_bytes)

    monkeypatch.setattr(curation.pipeline, "read_source", read_source)
    return reads


def _after_prepass(monkeypatch: pytest.MonkeyPatch, change: Callable[[Path], None]) -> None:
    """Run `change` on the run's spill folder once the pre-pass has learned its lines, before the main pass."""
    real = flows.curate.learn_repeated_lines

    def learn_then_change(*args, **kwargs):  # type: ignore[no-untyped-def]
        learned = real(*args, **kwargs)
        change(args[-1].folder)  # its last argument: the run's Spills
        return learned

    monkeypatch.setattr(flows.curate, "learn_repeated_lines", learn_then_change)


def test_spilled_run_is_byte_identical_to_the_double_read(
    raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pooled run (spills written and read by worker processes) against an inline run whose main pass finds no
    spill entry and reads and decodes every document again, as before the spill."""
    pooled = curate(raw_dir=str(raw), out_dir=str(tmp_path / "spilled"), config=CurationConfig(workers=2, batch_size=8))
    with monkeypatch.context() as patched:
        patched.setattr(curation.records.SpillReader, "take", lambda self, source: None)
        reads = _count_reads(patched)
        double = curate(raw_dir=str(raw), out_dir=str(tmp_path / "double"), config=INLINE, local_processes=False)
    files = {s for s in reads if "#" not in s}
    assert reads and all(reads[s] == 2 for s in files)  # the forced double read did read twice

    assert pooled.counts == double.counts and pooled.rejected_by_reason == double.rejected_by_reason
    assert {"empty", "binary", "no_content", "bad_json"} <= set(pooled.rejected_by_reason)
    assert _outputs(tmp_path / "spilled") == _outputs(tmp_path / "double")
    assert not (tmp_path / "spilled" / SPILL_DIR).exists()  # the run's spills end with it


def test_a_document_is_read_once_and_a_damaged_spill_is_read_again(
    raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inline, so every read is counted: each file once. Then a run whose spills are damaged after the pre-pass
    (an entry's bytes changed, a file cut short, a file gone) reads those documents again and makes the same
    outputs; a stale spill folder left by a killed run is removed unread."""
    reads = _count_reads(monkeypatch)
    once = curate(raw_dir=str(raw), out_dir=str(tmp_path / "once"), config=INLINE, local_processes=False)
    rejected = {
        rejection["source"]: rejection["reason"]
        for shard in (tmp_path / "once" / "rejected").glob("*.jsonl")
        for rejection in map(json.loads, shard.open(encoding="utf-8"))
    }
    # not decodable: read again by the main pass, which rejects them with why
    failed_in_prepass = {s for s, reason in rejected.items() if reason in ("empty", "binary")}
    assert {"hostile/empty.txt", "hostile/image.txt"} <= failed_in_prepass
    assert {s: n for s, n in reads.items() if n != 1} == dict.fromkeys(failed_in_prepass, 2)

    damaged: dict[str, str] = {}

    def damage(folder: Path) -> None:
        spills = sorted(folder.glob("*.spill"))
        assert len(spills) >= 3, spills
        data = bytearray(spills[0].read_bytes())
        data[len(data) // 4] ^= 0x01  # inside an entry: its digest no longer matches
        spills[0].write_bytes(bytes(data))
        spills[1].write_bytes(spills[1].read_bytes()[:-5])  # its tail is gone: no index
        damaged["gone"] = spills[2].name
        spills[2].unlink()

    stale = tmp_path / "damaged" / SPILL_DIR / "local-killed"
    stale.mkdir(parents=True)
    (stale / "000000.spill").write_bytes(b"left by a killed run")
    _after_prepass(monkeypatch, damage)
    reads.clear()
    again = curate(raw_dir=str(raw), out_dir=str(tmp_path / "damaged"), config=INLINE, local_processes=False)
    twice = {s for s, n in reads.items() if n == 2}
    assert set(reads.values()) == {1, 2}
    assert len(twice - failed_in_prepass) > 2 * INLINE.batch_size  # a file cut short and one gone, in full
    assert again.counts == once.counts
    assert _outputs(tmp_path / "damaged") == _outputs(tmp_path / "once")
    assert not (tmp_path / "damaged" / SPILL_DIR).exists()


def test_the_main_pass_takes_the_pre_pass_read(raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On pooled workers too: a file removed once the pre-pass has read it is curated from that read, not read
    again (which would reject it as vanished)."""
    gone = raw / "hostile" / "crlf.txt"
    _after_prepass(monkeypatch, lambda folder: gone.unlink())
    manifest = curate(raw_dir=str(raw), out_dir=str(tmp_path / "out"), config=CurationConfig(workers=2, batch_size=8))
    assert "vanished" not in manifest.rejected_by_reason
    records = [json.loads(line) for shard in (tmp_path / "out" / "records").glob("*.jsonl") for line in shard.open()]
    crlf = next(r for r in records if r["provenance"]["source"] == "hostile/crlf.txt")
    assert crlf["provenance"]["decode_steps"] == ["newlines_to_lf"]


def _read(text: str, seconds: float = 0.001) -> Read:
    return Read("ab" * 32, 123, Decoded(text, "utf-8", ("newlines_to_lf",)), {"url": "https://x/\ud800"}, seconds)


def _source(name: str) -> SourceFile:
    return SourceFile(name, f"/nowhere/{name}", 0, 0, 0, 0)


def test_spill_file_round_trip_and_damage(tmp_path: Path) -> None:
    path = str(tmp_path / "000000.spill")
    texts = {"a.txt": "Première ligne\nzweite Zeile 😀", "b.txt": "lone \udc80 surrogate", "c.txt": "x" * 10_000}
    with SpillWriter(path) as writer:
        for name, text in texts.items():
            writer.add(_source(name), _read(text))
    with SpillReader([path, str(tmp_path / "missing.spill")]) as reader:
        assert {name: reader.take(_source(name)) for name in texts} == {name: _read(t) for name, t in texts.items()}
        assert reader.take(_source("d.txt")) is None
    assert [p.name for p in tmp_path.iterdir()] == ["000000.spill"]  # the temporary was renamed into place

    data = bytearray(Path(path).read_bytes())
    data[data.index(b"zweite")] ^= 0x20
    Path(path).write_bytes(bytes(data))
    with SpillReader([path]) as reader:
        assert reader.take(_source("a.txt")) is None  # its digest tells
        assert reader.take(_source("b.txt")) == _read(texts["b.txt"])

    with pytest.raises(RuntimeError), SpillWriter(str(tmp_path / "000001.spill")) as writer:
        writer.add(_source("a.txt"), _read("text"))
        raise RuntimeError("the batch failed")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["000000.spill"]  # nothing half-written left


def test_prepass_leaves_a_document_over_its_budget_to_the_main_pass(seeds_raw: Path, tmp_path: Path) -> None:
    """A document whose decoding alone used its time budget is not spilled: the main pass decodes it again under
    its budget, as before."""
    files = [SourceFile(p.name, str(p), *_stat(p)) for p in sorted(seeds_raw.iterdir())]
    path = str(tmp_path / "000000.spill")
    batch_line_keys(files, CurationConfig(doc_timeout_seconds=1e-9), path)
    with SpillReader([path]) as reader:
        assert all(reader.take(f) is None for f in files)
    counted = batch_line_keys(files, CurationConfig(), path)
    with SpillReader([path]) as reader:
        assert all(reader.take(f) is not None for f in files)
    # a spill that cannot be written is given up, never the batch
    assert batch_line_keys(files, CurationConfig(), str(tmp_path / "gone" / "000000.spill")) == counted


def _stat(path: Path) -> tuple[int, int, int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns, st.st_dev, st.st_ino
