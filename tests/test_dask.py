"""The flow on a real Dask cluster gives the same records as a local run.

Two worker processes with one thread each, and batches of two documents, so batches really run
in parallel and can finish out of order: the duplicate stage must still name the earliest record
(in discovery order) as the canonical.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import LocalCluster
from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, temporary_settings
from typer.testing import CliRunner

import flows.curate
from flows.cli import app
from flows.curate import curate
from schemas import CurationConfig

# Fields that describe the run rather than the record.
RUN_FIELDS = ("run_id", "processed_at")


def _records(out: Path) -> dict[str, dict]:
    records = {}
    for shard in sorted((out / "records").glob("*.jsonl")):
        for line in shard.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for key in RUN_FIELDS:
                record["provenance"].pop(key)
            records[record["id"]] = record
    return records


def _add_documents(raw: Path) -> None:
    """A few more articles, among them a syndicated copy of a seed that sorts after it."""
    seeds = sorted(p for p in raw.iterdir() if p.is_file())
    original = seeds[0].read_text(encoding="utf-8")
    (raw / "zz_syndicated_copy.txt").write_text(original + "\nShare on Facebook\n", encoding="utf-8")
    for i, topic in enumerate(["harbour", "orchard", "railway"]):
        body = " ".join(f"The {topic} story number {i} sentence {n} tells something new." for n in range(12))
        (raw / f"gen_{i}.txt").write_text(f"A story about the {topic}\n{body}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    # the cluster's processes and Prefect's ephemeral API start together on a loaded machine
    with (
        temporary_settings({PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 120}),
        LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as local,
    ):
        yield local


def test_dask_run_matches_local_run(seeds_raw: Path, tmp_path: Path, cluster: LocalCluster) -> None:
    first_seed = min(p.name for p in seeds_raw.iterdir())
    _add_documents(seeds_raw)
    config = CurationConfig(batch_size=2, workers=1)
    local = curate(raw_dir=str(seeds_raw), out_dir=str(tmp_path / "local"), config=config)
    on_dask = curate(
        raw_dir=str(seeds_raw), out_dir=str(tmp_path / "dask"), config=config, dask_address=cluster.scheduler_address
    )

    assert on_dask.counts == local.counts
    assert on_dask.duplicates == local.duplicates
    local_records, dask_records = _records(tmp_path / "local"), _records(tmp_path / "dask")
    assert dask_records == local_records
    by_source = {r["provenance"]["source"]: r for r in dask_records.values()}
    copy = by_source["zz_syndicated_copy.txt"]
    assert copy["near_duplicate_of"] == by_source[first_seed]["id"]
    assert by_source[first_seed]["near_duplicate_of"] is None


def test_cli_rerun_on_dask_is_incremental(seeds_raw: Path, tmp_path: Path, cluster: LocalCluster) -> None:
    """`curate run --dask-address`: a second run finds nothing to do (the store is the driver's, not the workers')."""
    out = tmp_path / "out"
    args = ["run", str(seeds_raw), "--out", str(out), "--dask-address", cluster.scheduler_address]
    for expected_to_process in (len(list(seeds_raw.iterdir())), 0):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["counts"]["to_process"] == expected_to_process


def test_dask_workers_take_the_pre_pass_spills(
    seeds_raw: Path, tmp_path: Path, cluster: LocalCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Dask workers find the pre-pass's spills in the output folder: a file removed once the pre-pass has read
    it is curated from that read, not read again (which would reject it as vanished)."""
    gone = min(seeds_raw.iterdir())
    real = flows.curate.learn_repeated_lines

    def learn_then_remove(*args, **kwargs):  # type: ignore[no-untyped-def]
        learned = real(*args, **kwargs)
        gone.unlink()
        return learned

    monkeypatch.setattr(flows.curate, "learn_repeated_lines", learn_then_remove)
    config = CurationConfig(batch_size=2, workers=1)
    manifest = curate(
        raw_dir=str(seeds_raw), out_dir=str(tmp_path / "out"), config=config, dask_address=cluster.scheduler_address
    )
    assert manifest.rejected_by_reason == {}
    assert gone.name in {r["provenance"]["source"] for r in _records(tmp_path / "out").values()}
