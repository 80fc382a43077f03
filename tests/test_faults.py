"""Real `curate run` processes killed with SIGKILL at several points, then run again.

After the last run the output must equal a clean uninterrupted run (run metadata aside), every
input must be in records/ or rejected/ exactly once, every line whole, and the duplicate index
must hold one signature per record. The runs checkpoint every 20 lines (SHARD_RECORDS) so 120
documents give six checkpoints; each kill is made by the run itself at a chosen call (RUN below),
so it lands inside the window it is meant to test rather than wherever a timer happens to fall.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_gen import make_corpus
from prefect_server import running_server
from typer.testing import CliRunner

from curation.store import Store
from curation.verify import iter_records, verify_record
from flows.cli import app
from flows.curate import curate
from schemas import CurationConfig, Rejection, Selection

ROOT = Path(__file__).resolve().parent.parent
CONFIG = {"workers": 1, "batch_size": 10}
# `curate run` with checkpoints every 20 lines and a SIGKILL of itself at the CURATE_KILL_AT=POINT:N
# call: fsync (a temporary is written and synced, not yet renamed), journal_put (new shards and the catalog
# are staged, the store commit not made), patch (one shard of a committed journal rewritten).
RUN = """
import os, signal
import curation.curator as curator

curator.SHARD_RECORDS = 20
point, _, nth = os.environ.get("CURATE_KILL_AT", "").partition(":")
calls = 0

def die_after(name, fn):
    def wrapper(*args, **kwargs):
        global calls
        result = fn(*args, **kwargs)
        calls += point == name
        if point == name and calls == int(nth):
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    return wrapper

os.fsync = die_after("fsync", os.fsync)
curator.Store.journal_put = die_after("journal_put", curator.Store.journal_put)
curator.patch_shard = die_after("patch", curator.patch_shard)
from flows.cli import app
app()
"""
RUN_METADATA = ("run_id", "processed_at", "supersedes_sha256")


@pytest.fixture(scope="module")
def api_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One real server for all runs of the module: a run's startup stays short, the kill stays real."""
    with running_server(tmp_path_factory.mktemp("prefect-server")) as url:
        yield url


def _start(raw: Path, out: Path, config: Path, log: Path, api_url: str, kill_at: str = "") -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", RUN, "run", str(raw), "--out", str(out), "--config", str(config)],
        cwd=ROOT,
        env={**os.environ, "PREFECT_API_URL": api_url, "CURATE_KILL_AT": kill_at},
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _shards(out: Path) -> dict[str, int]:
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in out.glob("*/part-*.jsonl")}


def _lines(out: Path) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    records: dict[str, list[dict]] = {}
    rejected: dict[str, list[dict]] = {}
    for kind, found in (("records", records), ("rejected", rejected)):
        for shard in sorted((out / kind).glob("*.jsonl")):
            for line in shard.read_text(encoding="utf-8").splitlines():
                data = json.loads(line)  # a half-written line fails here
                source = data["provenance"]["source"] if kind == "records" else data["source"]
                found.setdefault(source, []).append(data)
    return records, rejected


def _left_behind(out: Path) -> dict[str, int]:
    """What a killed run left for the next one: temporaries, shards no commit names, journal rows."""
    db = sqlite3.connect(out / "state.sqlite")
    try:
        named = {r[0] for r in db.execute("SELECT path FROM shards")}
        journal = db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
        catalogued = db.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
    except sqlite3.OperationalError:  # killed before the schema was committed
        named, journal, catalogued = set(), 0, 0
    finally:
        db.close()
    return {
        "temporaries": len(list(out.rglob(".*.tmp"))),
        "unreferenced_shards": len(set(_shards(out)) - named),
        "journal_rows": journal,
        "catalogued": catalogued,
    }


def _without_run_metadata(data: dict) -> dict:
    data = {k: v for k, v in data.items() if k not in RUN_METADATA}
    if "provenance" in data:
        data["provenance"] = {k: v for k, v in data["provenance"].items() if k not in RUN_METADATA}
    return data


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    raw = tmp_path / "raw"
    make_corpus(raw, 120)
    config = tmp_path / "config.json"
    config.write_text(json.dumps(CONFIG), encoding="utf-8")
    return raw, config


def test_killed_runs_finish_without_loss_or_doubles(corpus: tuple[Path, Path], tmp_path: Path, api_url: str) -> None:
    raw, config = corpus
    out, log = tmp_path / "curated", tmp_path / "runs.log"

    def run_killed(kill_at: str) -> dict[str, int]:
        proc = _start(raw, out, config, log, api_url, kill_at)
        assert proc.wait(timeout=120) == -signal.SIGKILL, f"the run ended before {kill_at}"
        left = _left_behind(out)
        print(f"killed at {kill_at}: left {left}")  # the fault log of the notes
        return left

    # 1. in the middle of writing a shard: its temporary is on disk, the store has not committed it
    assert run_killed("fsync:2")["temporaries"] >= 1
    # 2. a checkpoint's new shards are on disk, the store commit that names them is not made
    assert run_killed("journal_put:3")["unreferenced_shards"] >= 1
    # 3. change committed inputs (new bytes, and some that become rejections), then kill after the
    #    checkpoint that replaces their lines committed and one old shard was rewritten
    landed, _ = _lines(out)
    for i, source in enumerate(sorted(landed)[:18]):
        path = raw / source
        if i % 3 == 0:
            path.write_bytes(b"")
        else:
            path.write_text(path.read_text(encoding="utf-8") + "\nA later correction was added.\n", encoding="utf-8")
    assert run_killed("patch:1")["journal_rows"] >= 1

    final = _start(raw, out, config, log, api_url)
    assert final.wait(timeout=120) == 0, log.read_text(errors="replace")[-3000:]

    inputs = {str(p.relative_to(raw)) for p in raw.rglob("*") if p.is_file()}
    records, rejected = _lines(out)
    doubled = {s: len(v) for s, v in Counter({**records, **rejected}).items() if len(v) > 1}
    assert not doubled
    assert not set(records) & set(rejected), "a source both curated and rejected"
    assert set(records) | set(rejected) == inputs, "an input was lost"
    assert not list(out.rglob(".*.tmp"))

    db = sqlite3.connect(out / "state.sqlite")
    catalog = {s: (status, shard) for s, status, shard in db.execute("SELECT source, status, shard FROM sources")}
    signatures = {r[0] for r in db.execute("SELECT record_id FROM signatures")}
    assert db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM restamps").fetchone()[0] == 0, "duplicate fields left unapplied"
    assert {r[0] for r in db.execute("SELECT path FROM shards")} == set(_shards(out))
    db.close()
    assert {s for s, (status, _) in catalog.items() if status == "curated"} == set(records)
    assert signatures == {r[0]["id"] for r in records.values()}, "duplicate index differs from records/"
    for source, (_, shard) in catalog.items():
        assert source in (records if shard.startswith("records/") else rejected)
        assert any(source in line for line in (out / shard).read_text(encoding="utf-8").splitlines())
    for _, _, record in iter_records(out):
        assert verify_record(record, raw) is None
    # the record digests were committed with the lines they describe, through every kill: each line is the one
    # committed, once
    verify = CliRunner().invoke(app, ["verify", str(out), "--raw", str(raw)])
    assert verify.exit_code == 0 and f"{len(records)} records checked, 0 failed" in verify.output, verify.output

    # the same raw/ curated in one clean run gives the same lines, run metadata aside
    clean = tmp_path / "clean"
    curate(raw_dir=str(raw), out_dir=str(clean), config=CurationConfig(**CONFIG), local_processes=False)
    clean_records, clean_rejected = _lines(clean)
    assert {s: _without_run_metadata(v[0]) for s, v in records.items()} == {
        s: _without_run_metadata(v[0]) for s, v in clean_records.items()
    }
    assert {s: Rejection.model_validate(v[0]).reason for s, v in rejected.items()} == {
        s: Rejection.model_validate(v[0]).reason for s, v in clean_rejected.items()
    }


def test_reprocess_stopped_before_its_commit_loses_no_line(
    seeds_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record that a reprocessing run turns into a rejection must keep its line until the commit.

    The run dies just before its store commit (an in-process stand-in for the SIGKILL above); the
    next plain run sees the source unchanged and does not redo it, so a line removed early is lost.
    """
    out = tmp_path / "curated"
    base = CurationConfig(workers=1)
    curate(raw_dir=str(seeds_raw), out_dir=str(out), config=base, local_processes=False)
    target = sorted(p.name for p in seeds_raw.iterdir())[0]

    def killed(*_args: object) -> None:
        raise RuntimeError("killed before the commit")

    monkeypatch.setattr(Store, "journal_put", killed)
    strict = base.model_copy(update={"min_content_chars": 10**6})
    with pytest.raises(RuntimeError, match="killed"):
        curate(
            raw_dir=str(seeds_raw),
            out_dir=str(out),
            config=strict,
            reprocess=Selection(sources=[target]),
            local_processes=False,
        )
    monkeypatch.undo()
    curate(raw_dir=str(seeds_raw), out_dir=str(out), config=base, local_processes=False)
    records, rejected = _lines(out)
    assert target in records and target not in rejected
    assert set(records) | set(rejected) == {p.name for p in seeds_raw.iterdir()}
