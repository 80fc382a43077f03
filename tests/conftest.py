"""Shared fixtures: the bundled sample, and an isolated Prefect home per test session."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before Prefect is imported: it reads its settings from the environment once, at import, so values set later
# never applied. The start-up limit stayed at its 20 s default, and flows run in the test process used the
# user's ~/.prefect, shared with any other suite running beside this one.
HOME = Path(tempfile.mkdtemp(prefix="prefect-home-"))
os.environ["PREFECT_HOME"] = str(HOME)
os.environ.pop("PREFECT_API_URL", None)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# The ephemeral API's default 20 s start-up limit is too short on a loaded 2-core CI machine.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

import pytest  # noqa: E402
from prefect.events.worker import EventsWorker  # noqa: E402
from prefect.logging.handlers import APILogWorker  # noqa: E402
from prefect.server.api.server import SubprocessASGIServer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "raw"


@pytest.fixture(scope="session", autouse=True)
def prefect_home() -> Iterator[Path]:
    """Ephemeral Prefect with its own SQLite (HOME, set before Prefect's import), so tests never touch a user's
    Prefect state.

    The in-process ephemeral API is stopped here rather than by Prefect's atexit hook, which
    runs after pytest has closed the captured streams and prints a logging traceback.
    """
    yield HOME
    APILogWorker.drain_all(timeout=30)  # the last runs' logs and events, while the API still listens
    EventsWorker.drain_all(timeout=30)
    for server in list(SubprocessASGIServer._instances.values()):
        server.stop()
    shutil.rmtree(HOME, ignore_errors=True)


def internal_errors(root: Path) -> list[str]:
    """Every `internal_error` rejection in the curated outputs under `root`, as "shard: source: detail"."""
    found = []
    for shard in sorted(root.rglob("rejected/*.jsonl")):
        for line in shard.read_text(encoding="utf-8").splitlines():
            if "internal_error" in line and (rejection := json.loads(line))["reason"] == "internal_error":
                found.append(f"{shard}: {rejection['source']}: {rejection['detail']}")
    return found


@pytest.fixture(scope="session", autouse=True)
def no_internal_errors(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Fail the suite when any run of its corpora rejected a document as `internal_error`.

    The pipeline turns an exception on one document into that rejection so a run goes on; in the tests it is a bug,
    not a reason: a missing dependency once sent 77 documents down that path while every test passed.
    """
    yield
    found = internal_errors(tmp_path_factory.getbasetemp())
    if found:
        pytest.fail(f"{len(found)} internal_error rejection(s) in the test runs' outputs:\n" + "\n".join(found[:20]))


@pytest.fixture()
def seeds_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    return raw
