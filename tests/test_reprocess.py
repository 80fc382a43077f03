"""Manual reprocessing, status, determinism, transient read retries and the run lock, on real Prefect runs."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from corpus_gen import make_corpus
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
from shards import stripped_shards
from typer.testing import CliRunner

import curation.pipeline
from curation.curator import STORE_NAME, Curator, RunLocked, record_id
from curation.errors import Rejected
from curation.select import select_sources, status_counts
from curation.store import CatalogEntry, read_catalog
from flows.cli import app
from flows.curate import curate
from schemas import CurationConfig, Selection

CONFIG = CurationConfig(workers=1, batch_size=8)


def _entry(source: str, status: str = "curated", reason: str | None = None, mtime_ns: int = 0) -> CatalogEntry:
    rid = record_id(source) if status == "curated" else None
    return CatalogEntry(source, 0, 1, mtime_ns, "x", status, rid, reason, "cfg", "0.1.0", "run", None)


def test_selection_is_an_and_of_selectors() -> None:
    day = 1_750_000_000 * 10**9  # 2025-06-15
    catalog = {
        "a/one.txt": _entry("a/one.txt", mtime_ns=day),
        "a/two.txt": _entry("a/two.txt", "rejected", "no_content", mtime_ns=day),
        "b/three.txt": _entry("b/three.txt", "rejected", "empty"),
    }
    present = [*catalog, "b/new.txt"]
    assert select_sources(catalog, present, Selection(all=True)) == sorted(present)
    assert select_sources(catalog, present, Selection()) == []
    assert select_sources(catalog, present, Selection(sources=["a/*"])) == ["a/one.txt", "a/two.txt"]
    assert select_sources(catalog, present, Selection(reasons=["no_content", "empty"])) == ["a/two.txt", "b/three.txt"]
    assert select_sources(catalog, present, Selection(sources=["a/*"], reasons=["empty"])) == []
    assert select_sources(catalog, present, Selection(ids=[record_id("b/three.txt")])) == ["b/three.txt"]
    assert select_sources(catalog, present, Selection(since=date(2025, 6, 1))) == ["a/one.txt", "a/two.txt"]
    assert select_sources(catalog, present, Selection(since=date(2025, 7, 1))) == []


def test_status_counts_older_config_and_pipeline() -> None:
    catalog = {
        "a": _entry("a"),
        "b": CatalogEntry("b", 1, 1, 0, "x", "curated", "id", None, "old", "0.0.9", "run", None),
        "c": _entry("c", "rejected", "empty"),
        "d": CatalogEntry("d", 3, 1, 0, "x", "missing", "id", None, "old", "0.0.9", "run", None),
    }
    assert status_counts(catalog, "cfg", "0.1.0") == {
        "curated": 2,
        "rejected": 1,
        "missing": 1,
        "records_older_config": 1,
        "records_older_pipeline": 1,
    }


@pytest.fixture()
def raw(seeds_raw: Path) -> Path:
    make_corpus(seeds_raw / "gen", 40, seed=3)
    return seeds_raw


def test_reprocess_all_is_byte_identical_but_for_run_metadata(raw: Path, tmp_path: Path) -> None:
    out, config = tmp_path / "curated", tmp_path / "config.json"
    config.write_text(CONFIG.model_dump_json(), encoding="utf-8")
    first = curate(raw_dir=str(raw), out_dir=str(out), config=CONFIG)
    before = stripped_shards(out)
    assert first.counts["curated"] > 30 and sum(first.duplicates.values()) > 0
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["curation-summary"]))
        )
    published = [a for a in artifacts if first.run_id in str(a.data)]
    assert len(published) == 1 and "Slowest stage: " in str(published[0].data)

    runner = CliRunner()
    dry = runner.invoke(app, ["reprocess", str(raw), "--out", str(out), "--config", str(config), "--all", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert f"{first.counts['discovered']} source(s) would be reprocessed" in dry.output
    result = runner.invoke(app, ["reprocess", str(raw), "--out", str(out), "--config", str(config), "--all"])
    assert result.exit_code == 0, result.output

    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["run_id"] != first.run_id
    assert manifest["counts"]["to_process"] == first.counts["discovered"]
    assert manifest["counts"]["curated"] == first.counts["curated"]
    assert stripped_shards(out) == before
    run_ids = {json.loads(line)["provenance"]["run_id"] for line in (out / "records").glob("*.jsonl").__next__().open()}
    assert run_ids == {manifest["run_id"]}


def test_reprocess_by_reason_and_status_after_config_change(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "curated"
    (raw / "short.txt").write_text("Too short.\n", encoding="utf-8")
    first = curate(raw_dir=str(raw), out_dir=str(out), config=CONFIG)
    catalog = read_catalog(out / STORE_NAME)
    assert catalog["short.txt"].reason == "no_content"

    looser = CONFIG.model_copy(update={"min_content_chars": 5})
    config = tmp_path / "looser.json"
    config.write_text(looser.model_dump_json(), encoding="utf-8")
    runner = CliRunner()
    status = runner.invoke(app, ["status", str(out), "--config", str(config)])
    assert status.exit_code == 0, status.output
    older = re.search(r"records older config\s*│\s*(\d+)", status.output)
    assert older is not None and int(older.group(1)) == first.counts["curated"]

    dry = runner.invoke(
        app, ["reprocess", str(raw), "--out", str(out), "--config", str(config), "--reason", "no_content", "--dry-run"]
    )
    assert "short.txt  rejected no_content" in dry.output
    reason_count = first.rejected_by_reason["no_content"]
    assert f"{reason_count} source(s) would be reprocessed" in dry.output
    runner.invoke(app, ["reprocess", str(raw), "--out", str(out), "--config", str(config), "--reason", "no_content"])
    after = read_catalog(out / STORE_NAME)
    assert after["short.txt"].status == "curated"
    assert after["short.txt"].config_hash == looser.digest()
    untouched = [e for s, e in after.items() if catalog[s].status == "curated"]
    assert all(e.config_hash == CONFIG.digest() for e in untouched)


def test_transient_read_failures_are_retried_then_rejected(
    seeds_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that vanishes once is curated on the retry; one that stays gone is rejected, never lost. The pre-pass's
    read is the first: a file it could not read is read again by the main pass, every other file only once."""
    sources = sorted(p.name for p in seeds_raw.iterdir())
    flaky, gone = sources[0], sources[1]
    attempts: dict[str, int] = {}
    real_read = curation.pipeline.read_source

    def read_source(source, max_bytes):  # type: ignore[no-untyped-def]
        attempts[source.source] = attempts.get(source.source, 0) + 1
        if source.source == gone or (source.source == flaky and attempts[flaky] == 1):
            raise Rejected("vanished", "file disappeared between listing and reading")
        return real_read(source, max_bytes)

    monkeypatch.setattr(curation.pipeline, "read_source", read_source)
    out = tmp_path / "curated"
    manifest = curate(raw_dir=str(seeds_raw), out_dir=str(out), config=CONFIG, local_processes=False)
    assert attempts[gone] == 4  # the pre-pass, then the main pass's first try and two Prefect task retries
    assert attempts[flaky] == 4  # not spilled either: read again by each try of its batch
    assert {n for source, n in attempts.items() if source not in (flaky, gone)} == {1}
    assert manifest.rejected_by_reason == {"vanished": 1}
    catalog = read_catalog(out / STORE_NAME)
    assert catalog[flaky].status == "curated"
    assert catalog[gone].status == "rejected"


def test_second_run_on_the_same_output_exits_with_a_message(seeds_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "curated"
    holder = Curator(seeds_raw, out, CONFIG, "holder")
    try:
        with pytest.raises(RunLocked):
            Curator(seeds_raw, out, CONFIG, "second")
        result = CliRunner().invoke(app, ["run", str(seeds_raw), "--out", str(out)])
        assert result.exit_code == 3
        assert "another curation run is writing" in result.output
    finally:
        holder.close()
