"""Every module of the shipped packages imports on a fresh install.

A module whose import needs an undeclared package fails only where that package happens to be
missing (lxml 6 moved `lxml.html.clean` out, and justext's import broke on fresh machines while
test machines still had it from earlier work); importing everything here makes that a test failure.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import tempfile
from pathlib import Path

import pytest

PACKAGES = ("curation", "flows", "schemas")


def _modules() -> list[str]:
    names: list[str] = []
    for package in PACKAGES:
        names.append(package)
        module = importlib.import_module(package)
        names += [info.name for info in pkgutil.walk_packages(module.__path__, prefix=f"{package}.")]
    return names


@pytest.mark.parametrize("name", _modules())
def test_module_imports(name: str) -> None:
    importlib.import_module(name)


def test_stop_words_need_no_justext_import() -> None:
    """The tie-break reads justext's lists as data: importing justext needs lxml's HTML cleaner."""
    from curation.language import _read_stoplist

    sys.modules.pop("justext", None)
    assert {"und", "der", "die"} <= _read_stoplist("German")
    assert "justext" not in sys.modules


def test_the_suite_finds_internal_errors() -> None:
    """The session check in conftest reads rejection shards as runs write them (outside the test folders here,
    where the check itself would fail the suite on this made-up one)."""
    from conftest import internal_errors

    with tempfile.TemporaryDirectory() as folder:
        shard = Path(folder) / "curated" / "rejected" / "part-00000.jsonl"
        shard.parent.mkdir(parents=True)
        lines = [
            {"source": "a.txt", "reason": "no_content", "detail": "3 characters left"},
            {"source": "b.txt", "reason": "internal_error", "detail": "ImportError: lxml.html.clean"},
        ]
        shard.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
        assert internal_errors(Path(folder)) == [f"{shard}: b.txt: ImportError: lxml.html.clean"]
