"""Issue 17: damaged state never silently loses records.

A run checks the store against the shards (line count and sha256 of every committed shard) before it
trusts either; when they disagree, or SQLite finds the store damaged, it refuses with exit 4, changes
nothing, and names `curate rebuild-index`, which quarantines damaged lines (kept byte for byte) and
rebuilds the store from the shards. Every case runs the real `curate` commands.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from corpus_gen import make_corpus
from typer.testing import CliRunner, Result

from curation.store import STORE_NAME, read_catalog, record_id
from curation.verify import iter_records, verify_record
from flows.cli import app


def _squeeze(text: str) -> str:
    """Text without whitespace: the terminal wraps a command's long lines anywhere, even inside a path, so output
    and expected phrases are compared squeezed."""
    return "".join(text.split())


@pytest.fixture()
def curated(tmp_path: Path) -> tuple[Path, Path, Path, list[str]]:
    """A curated folder from a first run over 24 generated inputs; returns raw, out, config file, sources."""
    raw, out, config = tmp_path / "raw", tmp_path / "curated", tmp_path / "config.json"
    sources = make_corpus(raw, 24)
    config.write_text(json.dumps({"workers": 1}), encoding="utf-8")
    result = _curate("run", raw, out, config)
    assert result.exit_code == 0, result.output
    return raw, out, config, sources


def _curate(command: str, raw: Path, out: Path, config: Path) -> Result:
    if command == "run":
        return CliRunner().invoke(app, ["run", str(raw), "--out", str(out), "--config", str(config)])
    if command == "verify":
        return CliRunner().invoke(app, ["verify", str(out), "--raw", str(raw)])
    return CliRunner().invoke(app, ["rebuild-index", str(out), "--config", str(config)])


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.glob("r*/*.jsonl")}


def _every_source_once(out: Path, sources: list[str]) -> None:
    seen = [r.provenance.source for _, _, r in iter_records(out)]
    for shard in (out / "rejected").glob("*.jsonl"):
        seen += [json.loads(line)["source"] for line in shard.read_text(encoding="utf-8").splitlines()]
    assert sorted(seen) == sorted(sources)


def test_a_damaged_shard_line_is_named_quarantined_and_its_record_comes_back(
    curated: tuple[Path, Path, Path, list[str]],
) -> None:
    raw, out, config, sources = curated
    shard = sorted((out / "records").glob("*.jsonl"))[0]
    lines = shard.read_bytes().split(b"\n")
    destroyed = json.loads(lines[2])["provenance"]["source"]
    garbage = bytes(random.Random(17).randrange(256) for _ in range(300)).replace(b"\n", b"#")
    lines[2] = garbage  # random bytes over a record
    shard.write_bytes(b"\n".join(lines))
    before = _snapshot(out)
    name = shard.relative_to(out).as_posix()

    run = _curate("run", raw, out, config)
    assert run.exit_code == 4, run.output
    said = _squeeze(run.output)
    assert _squeeze(f"{name} changed since it was committed") in said and _squeeze("line 3: not a valid record") in said
    assert _squeeze("curate rebuild-index") in said
    assert _snapshot(out) == before  # nothing changed

    verify = _curate("verify", raw, out, config)
    assert verify.exit_code == 1
    checked = len([line for line in lines if line.strip()])
    assert _squeeze(f"{shard.name}:3 not a valid record") in _squeeze(verify.output)
    # the lines after it were checked too, and the record it overwrote is named as missing
    assert _squeeze(f"{checked} records checked, 2 failed") in _squeeze(verify.output)
    assert _squeeze(f"{record_id(destroyed)} missing: the record of {destroyed}") in _squeeze(verify.output)

    rebuild = _curate("rebuild-index", raw, out, config)
    assert rebuild.exit_code == 0, rebuild.output
    assert _squeeze(f"quarantined: {name}:3: not a valid record") in _squeeze(rebuild.output)
    assert (out / "quarantine" / name).read_bytes() == garbage + b"\n"  # kept byte for byte

    run = _curate("run", raw, out, config)
    assert run.exit_code == 0, run.output
    assert destroyed in {r.provenance.source for _, _, r in iter_records(out)}  # re-curated from its raw file
    _every_source_once(out, sources)
    assert _curate("verify", raw, out, config).exit_code == 0


def test_deleted_record_shards_stop_the_run_until_the_store_is_rebuilt(
    curated: tuple[Path, Path, Path, list[str]],
) -> None:
    """It used to say "unchanged", keep counting the records, and leave records/ and Parquet empty."""
    raw, out, config, sources = curated
    records = sorted((out / "records").glob("*.jsonl"))
    for shard in records:
        shard.unlink()
    catalog = read_catalog(out / STORE_NAME)

    run = _curate("run", raw, out, config)
    assert run.exit_code == 4, run.output
    said = _squeeze(run.output)
    assert (
        _squeeze(f"{records[0].relative_to(out).as_posix()} (") in said
        and _squeeze("is in the store but not on disk") in said
    )
    assert read_catalog(out / STORE_NAME) == catalog

    assert _curate("rebuild-index", raw, out, config).exit_code == 0
    run = _curate("run", raw, out, config)
    assert run.exit_code == 0, run.output
    _every_source_once(out, sources)  # the records are derived again from RAW_DIR, which still has them
    assert _curate("verify", raw, out, config).exit_code == 0


@pytest.mark.parametrize("damage", ["deleted", "emptied", "truncated", "overwritten"])
def test_a_lost_or_damaged_store_never_costs_a_record_whose_raw_file_is_gone(
    curated: tuple[Path, Path, Path, list[str]], damage: str
) -> None:
    """It used to delete every shard and rebuild from RAW_DIR: a record without its raw file was lost, exit 0."""
    raw, out, config, sources = curated
    records = {r.provenance.source: r for _, _, r in iter_records(out)}
    gone = sorted(records)[0]
    (raw / gone).unlink()
    store = out / STORE_NAME
    data = store.read_bytes()
    if damage == "deleted":
        store.unlink()
    elif damage == "emptied":
        store.write_bytes(b"")
    elif damage == "truncated":
        store.write_bytes(data[: len(data) // 2])
    else:  # pages overwritten after the header: "database disk image is malformed"
        store.write_bytes(data[:4096] + bytes(random.Random(3).randrange(256) for _ in range(len(data) - 4096)))
    before = _snapshot(out)

    run = _curate("run", raw, out, config)
    assert run.exit_code == 4, run.output
    said = _squeeze(run.output)
    assert _squeeze("this run changes nothing") in said and _squeeze("curate rebuild-index") in said
    if damage in ("deleted", "emptied"):
        assert _squeeze("is on disk but not in the store") in said
    else:
        assert _squeeze(f"{store} is damaged") in said
    assert _snapshot(out) == before

    rebuild = _curate("rebuild-index", raw, out, config)
    assert rebuild.exit_code == 0, rebuild.output
    run = _curate("run", raw, out, config)
    assert run.exit_code == 0, run.output
    kept = {r.provenance.source: r for _, _, r in iter_records(out)}
    assert kept[gone] == records[gone]  # still there, word for word
    assert read_catalog(store)[gone].status == "missing"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["missing_sources"] == [gone]
    _every_source_once(out, sources)
    for source, record in kept.items():
        assert source == gone or verify_record(record, raw) is None


def test_a_killed_runs_unreferenced_shard_is_still_removed(curated: tuple[Path, Path, Path, list[str]]) -> None:
    """The check tells a shard a killed run wrote before its commit (named after the last run) from a lost store."""
    raw, out, config, sources = curated
    store_run = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["run_id"]
    leftover = out / "records" / f"part-{store_run}-00099.jsonl"
    leftover.write_bytes(next((out / "records").glob("*.jsonl")).read_bytes())
    stranger = out / "records" / "part-someone-else-00000.jsonl"
    stranger.write_bytes(leftover.read_bytes())

    run = _curate("run", raw, out, config)
    assert run.exit_code == 4 and _squeeze("records/part-someone-else-00000.jsonl is on disk but not in") in _squeeze(
        run.output
    )
    assert not leftover.exists() and stranger.exists()
    os.unlink(stranger)
    assert _curate("run", raw, out, config).exit_code == 0
    _every_source_once(out, sources)
