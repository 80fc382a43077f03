"""Errors a person can act on: one line, the file and the key, no traceback, and no folder made by a reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"batch_sise": 3}', "unknown key 'batch_sise' (did you mean 'batch_size'?)"),
        ('{"zzzz": 3}', "unknown key 'zzzz' (valid keys: batch_size, checkpoint_seconds,"),
        ('{"batch_size": 3', "not valid JSON: EOF while parsing"),
        ('{"batch_size": "many"}', "batch_size: Input should be a valid integer"),
        ('{"checkpoint_seconds": 0}', "checkpoint_seconds: Input should be greater than or equal to 1"),
    ],
)
def test_a_bad_configuration_is_one_line_naming_file_and_key(tmp_path: Path, text: str, expected: str) -> None:
    config = tmp_path / "config.json"
    config.write_text(text, encoding="utf-8")
    (tmp_path / "raw").mkdir()
    args = ["run", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), "--config", str(config)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert result.output.startswith(f"error: invalid configuration {config}: ")
    assert expected in result.output and len(result.output.splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "args",
    [["status"], ["stats"], ["verify"], ["rebuild-index"], ["export"], ["show", "some-id", "--out"]],
)
def test_a_reader_refuses_a_folder_no_run_wrote(tmp_path: Path, args: list[str]) -> None:
    for folder in (tmp_path / "nowhere", tmp_path):  # missing; there but not curated
        result = CliRunner().invoke(app, [*args, str(folder)])
        assert result.exit_code == 2, result.output
        assert f"error: {folder} " in result.output and len(result.output.splitlines()) == 1
    assert not (tmp_path / "nowhere").exists() and not (tmp_path / "state.sqlite").exists()
