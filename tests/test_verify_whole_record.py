"""Issue 17, "Verify covers the whole record": `curate verify` catches a change to any field of a record.

The store keeps the digest of every record line it commits; verify checks that the record shards hold exactly
those lines, once each, and still re-derives each text from its raw bytes. A record an older pipeline made, intact,
is reported stale rather than tampered. Also: a damaged store or shard line ends `status`, `reprocess --dry-run`,
`export`, `stats` and `show` in one line naming the repair. Every case runs the real `curate` commands.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from corpus_gen import make_corpus
from typer.testing import CliRunner, Result

from curation.output import line_digest
from curation.store import STORE_NAME
from flows.cli import app
from schemas import Record


def _squeeze(text: str) -> str:
    """Text without whitespace: a terminal wraps long lines anywhere, so phrases are compared squeezed."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """One first run over 24 generated inputs, copied by `curated` for each test (a run costs seconds)."""
    base = tmp_path_factory.mktemp("verify-template")
    raw, out, config = base / "raw", base / "curated", base / "config.json"
    make_corpus(raw, 24)
    config.write_text(json.dumps({"workers": 1}), encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(raw), "--out", str(out), "--config", str(config)])
    assert result.exit_code == 0, result.output
    return raw, out, config


@pytest.fixture()
def curated(template: tuple[Path, Path, Path], tmp_path: Path) -> tuple[Path, Path, Path]:
    raw, out, config = (tmp_path / p.name for p in template)
    for source, target in zip(template, (raw, out, config), strict=True):
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy(source, target)
    return raw, out, config


def _curate(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def _verify(raw: Path, out: Path) -> Result:
    return _curate("verify", str(out), "--raw", str(raw))


def _shard(out: Path) -> tuple[Path, list[dict]]:
    shard = sorted((out / "records").glob("*.jsonl"))[0]
    return shard, [json.loads(line) for line in shard.read_text(encoding="utf-8").splitlines()]


def _write(shard: Path, records: list[dict]) -> None:
    shard.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


FIELDS = ("title", "authors", "published", "language", "id", "source_bytes", "span_reason", "near_duplicate_of")


def _edit(field: str, records: list[dict]) -> int:
    """Change `field` of one record in place, as a person editing the shard would; returns the record's index."""
    record = records[0]
    prov = record["provenance"]
    if field == "span_reason":
        record = next(r for r in records if r["provenance"]["removed"])
        record["provenance"]["removed"][0]["reason"] = "edited"
    elif field == "source_bytes":
        prov["source_bytes"] += 1
    elif field == "near_duplicate_of":
        record = records[1]
        record["near_duplicate_of"] = records[0]["id"]
    else:
        record[field] = {
            "title": "An edited title",
            "authors": ["Someone Else"],
            "published": "1999-01-01",
            "language": "xx",
            "id": "0123456789abcdef",
        }[field]
    return records.index(record)


@pytest.mark.parametrize("field", FIELDS)
def test_an_edited_field_fails_verify_naming_the_line(curated: tuple[Path, Path, Path], field: str) -> None:
    """Each of these edits passed verify: the text still followed from the raw bytes and the spans."""
    raw, out, _ = curated
    shard, records = _shard(out)
    index = _edit(field, records)
    _write(shard, records)

    result = _verify(raw, out)
    assert result.exit_code == 1, result.output
    said = _squeeze(result.output)
    source = records[index]["provenance"]["source"]
    expected = f"{shard.name}:{index + 1} {records[index]['id']} tampered: digest differs from the committed record"
    assert _squeeze(f"{expected} of {source}") in said
    assert _squeeze(f"{_lines(out)} records checked, 1 failed, 0 stale") in said


def _lines(out: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in (out / "records").glob("*.jsonl"))


def test_a_duplicated_line_fails_verify(curated: tuple[Path, Path, Path]) -> None:
    raw, out, _ = curated
    shard, records = _shard(out)
    _write(shard, [*records, records[2]])

    result = _verify(raw, out)
    assert result.exit_code == 1, result.output
    source = records[2]["provenance"]["source"]
    where = f"{shard.name}:{len(records) + 1} {records[2]['id']}"
    assert _squeeze(f"{where} duplicated: the record of {source} is also at {shard.name}:3") in _squeeze(result.output)
    assert _squeeze("1 failed") in _squeeze(result.output)


def test_a_deleted_line_fails_verify_as_missing(curated: tuple[Path, Path, Path]) -> None:
    raw, out, _ = curated
    shard, records = _shard(out)
    _write(shard, records[:2] + records[3:])

    result = _verify(raw, out)
    assert result.exit_code == 1, result.output
    source = records[2]["provenance"]["source"]
    missing = f"{shard.name} {records[2]['id']} missing: the record of {source} is in no line"
    assert _squeeze(missing) in _squeeze(result.output)
    assert _squeeze(f"{_lines(out)} records checked, 1 failed") in _squeeze(result.output)


def test_an_untouched_store_verifies_clean(curated: tuple[Path, Path, Path]) -> None:
    raw, out, _ = curated
    result = _verify(raw, out)
    assert result.exit_code == 0, result.output
    assert _squeeze(f"{_lines(out)} records checked, 0 failed, 0 stale") in _squeeze(result.output)


def test_digests_follow_every_rewrite_of_a_later_run(curated: tuple[Path, Path, Path]) -> None:
    """A changed source (its line patched in place), a record that becomes a rejection (its line dropped), a new
    copy of a record (the original restamped in its earlier shard): the store's digests follow each."""
    raw, out, config = curated
    _, records = _shard(out)
    changed, emptied, copied = (records[i]["provenance"]["source"] for i in (0, 1, 2))
    with (raw / changed).open("a", encoding="utf-8") as handle:
        handle.write("\nOne more paragraph was added to this article after it was first curated, at the end.\n")
    (raw / emptied).write_text("", encoding="utf-8")
    shutil.copy(raw / copied, raw / "c-copy.txt")

    run = _curate("run", str(raw), "--out", str(out), "--config", str(config))
    assert run.exit_code == 0, run.output
    after = {json.loads(line)["provenance"]["source"]: json.loads(line) for line in _all_lines(out)}
    assert after[copied]["duplicate_cluster"] is not None and emptied not in after  # the paths were taken
    result = _verify(raw, out)
    assert result.exit_code == 0, result.output
    assert _squeeze(f"{len(after)} records checked, 0 failed") in _squeeze(result.output)


def _all_lines(out: Path) -> list[str]:
    return [line for p in sorted((out / "records").glob("*.jsonl")) for line in p.read_text("utf-8").splitlines()]


def _recommit(out: Path, shard: Path, records: list[dict], index: int) -> None:
    """What an older pipeline would have committed: the edited line's digest in the store."""
    _write(shard, records)
    canonical = Record.model_validate(records[index]).model_dump_json()
    source = records[index]["provenance"]["source"]
    with sqlite3.connect(out / STORE_NAME) as db:
        db.execute("UPDATE digests SET digest=? WHERE source=?", (line_digest(canonical), source))
    db.close()


def test_a_record_of_an_older_pipeline_is_stale_not_tampered(curated: tuple[Path, Path, Path]) -> None:
    """Intact (its digest is the committed one) but made by another pipeline version that found another title: stale,
    exit 0. Another version that derives the same metadata is not named at all."""
    raw, out, _ = curated
    shard, records = _shard(out)
    titled = 0  # a title where the current cleaner finds none (or another one)
    records[titled]["title"] = "The title an older cleaner found"
    records[titled]["provenance"]["pipeline_version"] = "0.0.1+0000000000"
    same = 1
    records[same]["provenance"]["pipeline_version"] = "0.0.1+0000000000"
    _recommit(out, shard, records, titled)
    _recommit(out, shard, records, same)

    result = _verify(raw, out)
    assert result.exit_code == 0, result.output
    said = _squeeze(result.output)
    stale = f"STALE {shard.name}:{titled + 1} {records[titled]['id']} stale (made by pipeline version 0.0.1+0000000000)"
    assert _squeeze(stale) in said and _squeeze("derives another title;") in said
    assert records[same]["id"] not in result.output
    assert _squeeze(f"{_lines(out)} records checked, 0 failed, 1 stale") in said


@pytest.mark.parametrize("repair", ["run", "rebuild-index"])
def test_a_store_from_before_digests_is_refused_by_verify_until_a_run_or_rebuild(
    curated: tuple[Path, Path, Path], repair: str
) -> None:
    raw, out, config = curated
    with sqlite3.connect(out / STORE_NAME) as db:
        db.execute("DROP TABLE digests")
        db.execute("DELETE FROM meta WHERE key='record_digests'")
    db.close()

    result = _verify(raw, out)
    assert result.exit_code == 4, result.output
    assert _squeeze("was written before record digests were kept") in _squeeze(result.output)
    assert _squeeze(f"curate rebuild-index {out}") in _squeeze(result.output)

    fixed = _curate(repair, *([str(raw), "--out"] if repair == "run" else []), str(out), "--config", str(config))
    assert fixed.exit_code == 0, fixed.output
    result = _verify(raw, out)
    assert result.exit_code == 0, result.output
    assert _squeeze(f"{_lines(out)} records checked, 0 failed") in _squeeze(result.output)


def _one_line_naming_the_repair(result: Result, *phrases: str) -> None:
    assert result.exit_code == 4, result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output, result.output
    for phrase in (*phrases, "curate rebuild-index"):
        assert _squeeze(phrase) in _squeeze(result.output), result.output


@pytest.mark.parametrize("command", ["status", "reprocess --dry-run", "verify"])
def test_a_malformed_store_gives_one_line_naming_the_repair(curated: tuple[Path, Path, Path], command: str) -> None:
    """`status` and `reprocess --dry-run` crashed with a traceback on a store overwritten with garbage."""
    raw, out, _ = curated
    store = out / STORE_NAME
    store.write_bytes(b"this is no SQLite database " * 200)
    for extra in (store.with_name(f"{STORE_NAME}-wal"), store.with_name(f"{STORE_NAME}-shm")):
        extra.unlink(missing_ok=True)
    args = {
        "status": ["status", str(out)],
        "reprocess --dry-run": ["reprocess", str(raw), "--out", str(out), "--all", "--dry-run"],
        "verify": ["verify", str(out), "--raw", str(raw)],
    }[command]
    _one_line_naming_the_repair(_curate(*args), f"{store} is damaged")


@pytest.mark.parametrize("command", ["export", "stats", "show"])
def test_a_garbage_shard_line_gives_one_line_naming_shard_and_line(
    curated: tuple[Path, Path, Path], command: str
) -> None:
    """They failed with a JSON or validation error that named no file."""
    raw, out, _ = curated
    shard, records = _shard(out)
    lines = shard.read_bytes().splitlines(keepends=True)
    lines[1] = lines[1][: len(lines[1]) // 2] + b"\n"  # a torn line: still starts with the record's id
    shard.write_bytes(b"".join(lines))
    args = {
        "export": ["export", str(out)],
        "stats": ["stats", str(out)],
        "show": ["show", records[1]["id"], "--out", str(out), "--raw", str(raw)],
    }[command]
    _one_line_naming_the_repair(_curate(*args), f"{shard}:2: not a valid record")


def test_a_line_a_killed_run_committed_but_did_not_rewrite_is_not_called_tampered(
    curated: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed between the commit of a changed line (its digest, its journal entry) and the rewrite of its shard: the
    shard still holds the old line. Verify names the source that changed, not a tampered line; the next run applies
    the journal and verify is clean."""
    raw, out, config = curated
    _, records = _shard(out)
    changed = records[0]["provenance"]["source"]
    with (raw / changed).open("a", encoding="utf-8") as handle:
        handle.write("\nOne more paragraph was added to this article after it was first curated, at the end.\n")

    def killed(*_args: object) -> None:
        raise RuntimeError("killed after the commit, before the shard was rewritten")

    monkeypatch.setattr("curation.curator.patch_shard", killed)
    assert _curate("run", str(raw), "--out", str(out), "--config", str(config)).exit_code != 0
    monkeypatch.undo()

    result = _verify(raw, out)
    assert result.exit_code == 1, result.output
    assert _squeeze(f"source {changed} changed since it was curated") in _squeeze(result.output)
    assert "tampered" not in result.output and "missing" not in result.output
    assert _curate("run", str(raw), "--out", str(out), "--config", str(config)).exit_code == 0
    result = _verify(raw, out)
    assert result.exit_code == 0, result.output
