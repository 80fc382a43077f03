"""Containers as raw input: JSON Lines (gzip, zstd) and Parquet written by the real libraries, curated by the real
flow, one document inside a container being one record or one rejection, verified back to its own bytes."""

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from corpus_gen import SENTENCES
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from curation.containers import container_of, expand, reader_for
from curation.discover import discover
from curation.select import selects
from curation.show import load_source
from curation.verify import iter_records, verify_record
from flows.curate import curate
from schemas import CurationConfig, Rejection, Selection

FAST = CurationConfig(workers=1, batch_size=7)
TEXTS = [s for s in (SENTENCES / "en.txt").read_text(encoding="utf-8").splitlines() if s.strip()]


def _article(i: int) -> str:
    rng = random.Random(i)
    return "\n\n".join(" ".join(rng.sample(TEXTS, 4)) for _ in range(3)) + "\n"


def _good(i: int) -> dict[str, object]:
    return {
        "id": f"a{i}",
        "text": _article(i),
        "url": f"https://example.org/{i}",
        "title": f"Story {i}",
        "date": f"2024-03-{i % 28 + 1:02d}T08:00:00Z",
    }


# the line after each good document, by index: what a scraper's dump gets wrong
BAD = {
    2: (b"{not json", "bad_json"),
    4: (json.dumps({"id": "x", "body": "no text field here"}).encode(), "no_text_field"),
    6: (json.dumps({"text": 42}).encode(), "wrong_type"),
    8: (b"[1, 2, 3]", "bad_json"),
    9: (b"\xff\xfe not utf-8", "bad_json"),
}


def _lines(count: int, start: int = 0) -> tuple[list[bytes], dict[int, str]]:
    """JSON lines of `count` good documents with bad lines among them, and the reason of each bad line's number."""
    lines: list[bytes] = []
    reasons: dict[int, str] = {}
    for i in range(start, start + count):
        lines.append(json.dumps(_good(i), ensure_ascii=False).encode())
        if i in BAD:
            lines.append(BAD[i][0])
            reasons[len(lines)] = BAD[i][1]
        if i == 3:
            lines.append(b"   ")  # a blank line is no document
    return lines, reasons


def _write(path: Path, lines: list[bytes]) -> None:
    body = b"\n".join(lines) + b"\n"
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(body))
    elif path.name.endswith(".zst"):
        path.write_bytes(zstandard.ZstdCompressor().compress(body))
    else:
        path.write_bytes(body)


def _outputs(out: Path) -> tuple[dict[str, object], dict[str, Rejection]]:
    records = {r.provenance.source: r for _, _, r in iter_records(out)}
    rejections = {}
    for shard in (out / "rejected").glob("*.jsonl"):
        for line in shard.read_text(encoding="utf-8").splitlines():
            rejection = Rejection.model_validate_json(line)
            rejections[rejection.source] = rejection
    return records, rejections


@pytest.mark.parametrize("name", ["crawl/part-0001.jsonl.gz", "crawl/part-0001.jsonl.zst"])
def test_jsonl_records_rejections_verify_and_appending(tmp_path: Path, name: str) -> None:
    raw, out = tmp_path / "raw", tmp_path / "curated"
    container = raw / name
    container.parent.mkdir(parents=True)
    lines, bad = _lines(12)
    _write(container, lines)
    (raw / "note.txt").write_text(_article(99), encoding="utf-8")  # a plain file beside it, read as before

    manifest = curate(raw_dir=str(raw), out_dir=str(out), config=FAST)
    records, rejections = _outputs(out)
    documents = {f"{name}#line={n}" for n in range(1, len(lines) + 1) if lines[n - 1].strip()}
    assert set(records) | set(rejections) == documents | {"note.txt"}  # conservation: each document once
    assert not set(records) & set(rejections)
    assert {s: r.reason for s, r in rejections.items()} == {f"{name}#line={n}": why for n, why in bad.items()}
    assert all(r.detail and r.source_sha256 for r in rejections.values())
    assert manifest.counts["discovered"] == len(documents) + 1

    first = records[f"{name}#line=1"]
    prov = first.provenance
    assert prov.member is not None and prov.member.container == name and prov.member.offset == 0
    metadata = {f.name: f.value for f in prov.source_metadata or []}
    assert prov.source_bytes == len(lines[0]) and metadata == {
        "url": "https://example.org/0",
        "title": "Story 0",
        "date": "2024-03-01T08:00:00Z",
    }
    assert first.published == "2024-03-01"  # the scraper's date, as the text shows none
    assert first.text.strip() and first.text in _article(0)
    assert all(verify_record(r, raw) is None for r in records.values())

    # appending lines: only the new documents are processed; the old ones keep their records
    more, _ = _lines(3, start=20)
    _write(container, lines + more)
    second = curate(raw_dir=str(raw), out_dir=str(out), config=FAST)
    assert second.counts["to_process"] == 3 and second.counts["curated"] == 3
    records2, rejections2 = _outputs(out)
    assert set(records2) | set(rejections2) == documents | {"note.txt"} | {
        f"{name}#line={len(lines) + k}" for k in (1, 2, 3)
    }
    assert records2[f"{name}#line=1"].provenance.run_id == prov.run_id

    # one document rewritten in place: only it is redone; verify of the old record fails until then
    changed = [*lines, *more]
    changed[0] = json.dumps({**_good(0), "text": _article(50)}).encode()
    _write(container, changed)
    problem = verify_record(records2[f"{name}#line=1"], raw)
    assert problem is not None and "changed since it was curated" in problem
    assert verify_record(records2[f"{name}#line=3"], raw) is None  # its neighbours still verify
    third = curate(raw_dir=str(raw), out_dir=str(out), config=FAST)
    assert third.counts["to_process"] == 1
    records3, _ = _outputs(out)
    assert records3[f"{name}#line=1"].text in _article(50)
    assert all(verify_record(r, raw) is None for r in records3.values())


def test_tampered_jsonl_fails_verify_and_reprocess_selects_inside(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "curated"
    raw.mkdir()
    lines, _ = _lines(5)
    _write(raw / "plain.jsonl", lines)
    curate(raw_dir=str(raw), out_dir=str(out), config=FAST)
    records, _ = _outputs(out)
    target = records["plain.jsonl#line=2"]

    body = (raw / "plain.jsonl").read_bytes()
    offset = target.provenance.member.offset
    tampered = body[: offset + 20] + (b"X" if body[offset + 20 : offset + 21] != b"X" else b"Y") + body[offset + 21 :]
    (raw / "plain.jsonl").write_bytes(tampered)
    assert "sha256 differs" in verify_record(target, raw)
    assert verify_record(records["plain.jsonl#line=1"], raw) is None
    shown, problem = load_source(records["plain.jsonl#line=1"], raw)  # `curate show` reads it back the same way
    assert problem is None and shown == _article(0)

    selection = Selection(sources=["plain.jsonl"])  # a container's name selects its documents
    assert selects(selection, "plain.jsonl#line=2", None) and not selects(selection, "other.jsonl#line=2", None)
    again = curate(raw_dir=str(raw), out_dir=str(out), config=FAST, reprocess=Selection(sources=["*#line=1"]))
    assert again.counts["to_process"] == 1


def test_parquet_rows_with_configured_fields(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "curated"
    raw.mkdir()
    rows = [
        {"doc_id": f"p{i}", "body": _article(i) if i != 3 else None, "link": f"https://example.org/p{i}"}
        for i in range(10)
    ]
    pq.write_table(pa.Table.from_pylist(rows), raw / "dump.parquet", row_group_size=4)  # rows over 3 groups
    config = FAST.model_copy(update={"text_field": "body", "id_field": "doc_id", "metadata_fields": ["link"]})
    curate(raw_dir=str(raw), out_dir=str(out), config=config)
    records, rejections = _outputs(out)
    assert set(records) | set(rejections) == {f"dump.parquet#row={i}" for i in range(10)}
    assert {s: r.reason for s, r in rejections.items()} == {"dump.parquet#row=3": "no_text_field"}
    record = records["dump.parquet#row=5"]
    assert {f.name: f.value for f in record.provenance.source_metadata or []} == {
        "link": "https://example.org/p5",
        "id": "p5",
    }
    assert record.text in _article(5)
    assert all(verify_record(r, raw) is None for r in records.values())

    again = curate(raw_dir=str(raw), out_dir=str(out), config=config)
    assert again.counts["to_process"] == 0 and again.counts["unchanged"] == 10


def test_damaged_container_keeps_documents_before_the_damage(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    lines, _ = _lines(30)
    whole = gzip.compress(b"\n".join(lines) + b"\n")
    (raw / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    files, _ = discover(raw, [])
    documents, broken = expand(files, {}, "text")
    assert documents and all(d.source.startswith("cut.jsonl.gz#line=") for d in documents)
    assert [(r.source, r.reason) for r in broken] == [("cut.jsonl.gz", "bad_container")]


def test_reader_choice_and_names() -> None:
    assert reader_for("a/b.jsonl.zst", {}) == "jsonl" and reader_for("a/b.txt", {}) == "text"
    assert reader_for("dumps/x.json", {"dumps/*.json": "jsonl"}) == "jsonl"
    assert reader_for("a/b.parquet", {"*.parquet": "text"}) == "text"
    assert container_of("a/b.jsonl.gz#line=12") == "a/b.jsonl.gz" and container_of("a#b.txt") is None


def _archive(path: Path, kind: str, bodies: dict[str, str]) -> None:
    """A WARC (responses after their requests, with a warcinfo first) or WET (conversions), written by warcio."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for n, (uri, body) in enumerate(bodies.items()):
            ids = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>"}  # fixed: rewriting keeps them
            if kind == "response":
                writer.write_record(
                    writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n"))
                )
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain; charset=utf-8")], "HTTP/1.1")
                record = writer.create_warc_record(
                    uri, "response", io.BytesIO(body.encode()), warc_headers_dict=ids, http_headers=headers
                )
            else:
                data = body.encode()
                record = writer.create_warc_record(
                    uri, "conversion", io.BytesIO(data), len(data), "text/plain", warc_headers_dict=ids
                )
            writer.write_record(record)


@pytest.mark.parametrize(("name", "kind"), [("crawl.warc.gz", "response"), ("CC-MAIN-1.warc.wet.gz", "conversion")])
def test_web_archives(tmp_path: Path, name: str, kind: str) -> None:
    raw, out = tmp_path / "raw", tmp_path / "curated"
    raw.mkdir()
    bodies = {f"https://example.org/{i}": _article(i) for i in range(4)}
    bodies["https://example.org/empty"] = ""
    _archive(raw / name, kind, bodies)
    curate(raw_dir=str(raw), out_dir=str(out), config=FAST)
    records, rejections = _outputs(out)
    assert len(records) == 4 and [r.reason for r in rejections.values()] == ["empty"]
    assert all(s.startswith(f"{name}#record=<urn:uuid:") for s in [*records, *rejections])
    by_url = {next(f.value for f in r.provenance.source_metadata or [] if f.name == "url"): r for r in records.values()}
    assert by_url["https://example.org/2"].text in _article(2)
    assert all(verify_record(r, raw) is None for r in records.values())

    # the same archive written again with one payload changed (and so every later record at another offset):
    # that record no longer verifies, the others are found again by their record ids; a run redoes that one only
    _archive(raw / name, kind, {**bodies, "https://example.org/1": _article(41)})
    assert "changed since it was curated" in verify_record(by_url["https://example.org/1"], raw)
    assert all(verify_record(r, raw) is None for url, r in by_url.items() if url != "https://example.org/1")
    again = curate(raw_dir=str(raw), out_dir=str(out), config=FAST)
    assert again.counts["to_process"] == 1 and again.counts["curated"] == 1
    assert all(verify_record(r, raw) is None for r in _outputs(out)[0].values())

    # a new archive beside it: only its documents are processed
    _archive(raw / f"more-{name}", kind, {f"https://example.org/more/{i}": _article(60 + i) for i in range(2)})
    third = curate(raw_dir=str(raw), out_dir=str(out), config=FAST)
    assert third.counts["to_process"] == 2 and third.counts["unchanged"] == 5
