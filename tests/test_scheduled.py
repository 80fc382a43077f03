"""`curate serve` against a real Prefect server: a file dropped into raw/ is curated by a scheduled run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import IO

from prefect_server import running_server, stop

from curation.verify import iter_records
from schemas import CurationConfig

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "raw"


def _curated(out: Path) -> dict[str, str]:
    """source -> run id of the record, for what has landed so far."""
    if not (out / "records").exists():
        return {}
    return {r.provenance.source: r.provenance.run_id for _, _, r in iter_records(out)}


def _wait_for(out: Path, source: str, serve: subprocess.Popen[bytes], timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert serve.poll() is None, "curate serve exited"
        found = _curated(out).get(source)
        if found:
            return found
        time.sleep(0.5)
    raise AssertionError(f"{source} was not curated within {timeout} s")


def _serve(
    tmp_path: Path, raw: Path, out: Path, config: Path, api_url: str, interval: float
) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    """`curate serve` against the server at `api_url`, in its own session, logging to serve.log."""
    env = {
        **os.environ,
        "PREFECT_API_URL": api_url,
        "PREFECT_HOME": str(tmp_path / "client-home"),
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",
    }
    log = (tmp_path / "serve.log").open("wb")
    args = ["serve", str(raw), "--out", str(out), "--interval", str(interval), "--config", str(config)]
    serve = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", *args],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    return serve, log


def test_served_deployment_curates_a_new_file(tmp_path: Path) -> None:
    seeds = sorted(SEEDS.iterdir())
    raw, out = tmp_path / "raw", tmp_path / "curated"
    raw.mkdir()
    shutil.copy(seeds[0], raw / seeds[0].name)
    config = tmp_path / "config.json"
    config.write_text(CurationConfig(workers=1).model_dump_json(), encoding="utf-8")

    with running_server(tmp_path / "server-home") as api_url:
        serve, log = _serve(tmp_path, raw, out, config, api_url, interval=2)
        try:
            _wait_for(out, seeds[0].name, serve, timeout=60)
            shutil.copy(seeds[1], raw / seeds[1].name)
            run_id = _wait_for(out, seeds[1].name, serve, timeout=60)
            manifest = out / "manifests" / f"{run_id}.json"
            deadline = time.monotonic() + 20
            while not manifest.exists() and time.monotonic() < deadline:
                time.sleep(0.2)
            with urllib.request.urlopen(f"{api_url}/flow_runs/{run_id}", timeout=10) as response:
                run = json.load(response)
        finally:
            stop(serve)
            log.close()
    assert run["auto_scheduled"] is True and run["deployment_id"], "curated by something other than the schedule"
    assert set(_curated(out)) == {seeds[0].name, seeds[1].name}
    assert json.loads(manifest.read_text(encoding="utf-8"))["counts"]["curated"] == 1


def test_served_deployment_with_default_workers_runs_on_every_interval(tmp_path: Path) -> None:
    """The default worker count and batches small enough that every run uses the worker pool: each run must end,
    pool and all, or the deployment's limit of one run stays taken and later runs are skipped."""
    raw, out = tmp_path / "raw", tmp_path / "curated"
    shutil.copytree(SEEDS, raw)
    config = tmp_path / "config.json"
    config.write_text(CurationConfig(batch_size=2).model_dump_json(), encoding="utf-8")
    assert CurationConfig().workers == 0  # one a core

    with running_server(tmp_path / "server-home") as api_url:
        serve, log = _serve(tmp_path, raw, out, config, api_url, interval=3)
        try:
            deadline = time.monotonic() + 240
            while len(list((out / "manifests").glob("*.json"))) < 4 and time.monotonic() < deadline:
                assert serve.poll() is None, "curate serve exited"
                time.sleep(1)
        finally:
            stop(serve)
            log.close()
    runs = sorted((out / "manifests").glob("*.json"), key=lambda p: p.stat().st_mtime)
    assert len(runs) >= 4, (tmp_path / "serve.log").read_text(errors="replace")[-3000:]
    first = json.loads(runs[0].read_text(encoding="utf-8"))
    assert first["counts"]["curated"] == len(list(SEEDS.iterdir()))
    assert all(json.loads(p.read_text(encoding="utf-8"))["counts"]["unchanged"] == 5 for p in runs[1:4])
