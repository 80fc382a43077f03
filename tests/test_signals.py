"""Real signals to real `curate run`, `reprocess` and `serve` processes, mid-run.

Ctrl-C is SIGINT to the whole process group (what a terminal sends); `kill PID` is SIGTERM to the command alone.
Either way the command must end within a few seconds with 130 or 143 and one line of what it kept, the inputs it
says it committed must be in the store, the output folder's lock must be free, and nothing it started (Prefect's
temporary API, the worker pool, the served run's process) may be left running. The next run then goes on from there.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_gen import make_corpus
from filelock import FileLock
from prefect_server import running_server

from curation.store import STORE_NAME, read_catalog
from schemas import CurationConfig

ROOT = Path(__file__).resolve().parent.parent
DOCS = 1200
# Small batches: the run is still in its main pass, many batches from its end, when the first batch has landed.
CONFIG = CurationConfig(batch_size=40)
STOP_SECONDS = 15  # "within a few seconds", with room for a loaded 2-core machine
KEPT = re.compile(r"stopped by (SIG\w+) (at the end of a batch|at once by a second signal): (\d+) input\(s\)")


@pytest.fixture(scope="module")
def api_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(tmp_path_factory.mktemp("prefect-server")) as url:
        yield url


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("corpus")
    make_corpus(base / "raw", DOCS)
    config = base / "config.json"
    config.write_text(CONFIG.model_dump_json(), encoding="utf-8")
    return base / "raw", config


def _start(args: list[str], log: Path, api_url: str | None, home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", *args],
        cwd=ROOT,
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _wait_for_batch(proc: subprocess.Popen[bytes], log: Path, timeout: float = 240) -> None:
    """Until the first batch of the main pass has come back: the run is mid-way, with work to keep."""
    deadline = time.monotonic() + timeout
    while "Task run 'process-batch" not in log.read_text(errors="replace"):
        assert proc.poll() is None, f"the command ended before its first batch:\n{_tail(log)}"
        assert time.monotonic() < deadline, f"no batch within {timeout} s:\n{_tail(log)}"
        time.sleep(0.1)


def _descendants(pid: int) -> set[int]:
    """Every process started, directly or not, by `pid`, as /proc says now."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-4000:]


def _signal(proc: subprocess.Popen[bytes], signum: int, group: bool) -> None:
    (os.killpg if group else os.kill)(proc.pid, signum)


def _stopped(proc: subprocess.Popen[bytes], log: Path, started: set[int], since: float) -> int:
    """Wait for the stop; check its timing, that nothing it started is left, and return its exit code."""
    try:
        code = proc.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail(f"still running {STOP_SECONDS} s after the signal:\n{_tail(log)}")
    assert time.monotonic() - since < STOP_SECONDS
    time.sleep(0.5)  # the kernel reaps what the command terminated on its way out
    left = _alive(started)
    assert not left, f"left running: {[Path(f'/proc/{p}/cmdline').read_bytes()[:120] for p in left]}"
    assert "Traceback" not in log.read_text(errors="replace"), _tail(log)
    return code


def _kept(log: Path) -> tuple[str, str, int]:
    found = KEPT.findall(log.read_text(errors="replace"))
    assert found, f"no line of what was kept:\n{_tail(log)}"
    name, how, kept = found[-1]
    return name, how, int(kept)


def _lock_free(out: Path) -> None:
    lock = FileLock(str(out / ".lock"))
    lock.acquire(timeout=0)  # raises Timeout if the stopped run still held it
    lock.release()


def test_ctrl_c_stops_a_run_and_the_next_run_goes_on(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    """The issue's case: Ctrl-C to the terminal's whole group, with Prefect's temporary API (no PREFECT_API_URL)."""
    raw, config = corpus
    out, log = tmp_path / "curated", tmp_path / "run.log"
    args = ["run", str(raw), "--out", str(out), "--config", str(config)]
    proc = _start(args, log, None, tmp_path / "home")
    _wait_for_batch(proc, log)
    started = _descendants(proc.pid)
    assert any(b"uvicorn" in Path(f"/proc/{p}/cmdline").read_bytes() for p in _alive(started)), "no temporary API"
    _signal(proc, signal.SIGINT, group=True)
    assert _stopped(proc, log, started, time.monotonic()) == 130
    name, how, kept = _kept(log)
    assert (name, how) == ("SIGINT", "at the end of a batch")
    assert 0 < kept < DOCS
    assert len(read_catalog(out / STORE_NAME)) == kept  # what the line says was kept is in the store
    _lock_free(out)

    again = _start(args, tmp_path / "again.log", None, tmp_path / "home")
    assert again.wait(timeout=600) == 0, _tail(tmp_path / "again.log")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["unchanged"] == kept
    assert manifest["counts"]["curated"] + manifest["counts"]["rejected"] == DOCS - kept


def test_a_second_ctrl_c_stops_at_once(corpus: tuple[Path, Path], tmp_path: Path, api_url: str) -> None:
    """One worker: batches run in the run's own process, each of 200 documents for seconds, so the first Ctrl-C
    waits for the batch at hand and the second lands before it is done (sent once the first was handled)."""
    raw, _ = corpus
    config = tmp_path / "config.json"
    config.write_text(CurationConfig(batch_size=200, workers=1).model_dump_json(), encoding="utf-8")
    out, log = tmp_path / "curated", tmp_path / "run.log"
    proc = _start(["run", str(raw), "--out", str(out), "--config", str(config)], log, api_url, tmp_path / "home")
    _wait_for_batch(proc, log)
    started = _descendants(proc.pid)
    _signal(proc, signal.SIGINT, group=True)
    while "stopping:" not in log.read_text(errors="replace"):
        assert proc.poll() is None, _tail(log)
        time.sleep(0.01)
    _signal(proc, signal.SIGINT, group=True)
    assert _stopped(proc, log, started, time.monotonic()) == 130
    name, how, kept = _kept(log)
    assert (name, how) == ("SIGINT", "at once by a second signal")
    assert len(read_catalog(out / STORE_NAME)) == kept
    _lock_free(out)


def test_sigterm_stops_reprocess_and_its_workers(corpus: tuple[Path, Path], tmp_path: Path, api_url: str) -> None:
    """SIGTERM to the command alone (its workers get no signal): it must end them itself."""
    raw, config = corpus
    out, log = tmp_path / "curated", tmp_path / "run.log"
    (tmp_path / "empty").mkdir()  # reprocess refuses a folder no run wrote: a run of nothing makes one
    made = _start(["run", str(tmp_path / "empty"), "--out", str(out)], tmp_path / "empty.log", api_url, tmp_path / "h")
    assert made.wait(timeout=120) == 0
    assert "holds no documents" in (tmp_path / "empty.log").read_text()
    args = ["reprocess", str(raw), "--out", str(out), "--config", str(config), "--all"]
    proc = _start(args, log, api_url, tmp_path / "home")
    _wait_for_batch(proc, log)
    started = _descendants(proc.pid)
    assert any(b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes() for p in _alive(started)), "no workers"
    _signal(proc, signal.SIGTERM, group=False)
    assert _stopped(proc, log, started, time.monotonic()) == 143
    name, how, kept = _kept(log)
    assert (name, how) == ("SIGTERM", "at the end of a batch")
    assert 0 < kept < DOCS
    assert len(read_catalog(out / STORE_NAME)) == kept
    _lock_free(out)


@pytest.mark.parametrize(("signum", "group", "code"), [(signal.SIGINT, True, 130), (signal.SIGTERM, False, 143)])
def test_signal_stops_serve_and_its_run(
    corpus: tuple[Path, Path], tmp_path: Path, api_url: str, signum: int, group: bool, code: int
) -> None:
    raw, config = corpus
    out, log = tmp_path / "curated", tmp_path / "serve.log"
    # a deployment of its own: runs the server scheduled for another test's deployment carry that test's folder
    name = f"signal-{signum}"
    args = ["serve", str(raw), "--out", str(out), "--config", str(config), "--interval", "2", "--name", name]
    proc = _start(args, log, api_url, tmp_path / "home")
    _wait_for_batch(proc, log)
    started = _descendants(proc.pid)
    _signal(proc, signum, group)
    assert _stopped(proc, log, started, time.monotonic()) == code
    name, how, kept = _kept(log)  # the served run's own line, in the serve log
    assert (name, how) == (signal.Signals(signum).name, "at the end of a batch")
    assert len(read_catalog(out / STORE_NAME)) == kept
    assert f"curate serve stopped by {name}" in log.read_text()
    # stopped means stopped: the runner's poller once went on and began the next scheduled run after this one
    assert log.read_text(errors="replace").count("Beginning flow run") == 1, _tail(log)
    _lock_free(out)


def test_serve_without_a_server_refuses_at_once(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    proc = _start(["serve", str(tmp_path / "raw"), "--interval", "5"], tmp_path / "serve.log", None, tmp_path / "h")
    assert proc.wait(timeout=60) == 2
    text = (tmp_path / "serve.log").read_text()
    assert "prefect server start" in text and "PREFECT_API_URL=http://127.0.0.1:4200/api curate serve" in text
    assert "Traceback" not in text


def test_a_killed_run_keeps_what_its_time_checkpoints_committed(
    corpus: tuple[Path, Path], tmp_path: Path, api_url: str
) -> None:
    """SIGKILL, which no handler sees, after the first checkpoint by time: a run of fewer inputs than a checkpoint
    by count (5,000) used to keep nothing."""
    raw, _ = corpus
    config = tmp_path / "config.json"
    config.write_text(CONFIG.model_copy(update={"checkpoint_seconds": 1}).model_dump_json(), encoding="utf-8")
    out, log = tmp_path / "curated", tmp_path / "run.log"
    args = ["run", str(raw), "--out", str(out), "--config", str(config)]
    proc = _start(args, log, api_url, tmp_path / "home")
    _wait_for_batch(proc, log)
    deadline = time.monotonic() + 120
    # until a checkpoint has committed: a shard on disk is not yet committed (the store's commit follows it)
    while not (committed := len(read_catalog(out / STORE_NAME))):
        assert proc.poll() is None and time.monotonic() < deadline, _tail(log)
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL, "the run ended before the kill"
    kept = len(read_catalog(out / STORE_NAME))
    assert 0 < committed <= kept < DOCS

    again = _start(args, tmp_path / "again.log", api_url, tmp_path / "home")
    assert again.wait(timeout=600) == 0, _tail(tmp_path / "again.log")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["unchanged"] == kept
