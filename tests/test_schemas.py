"""The committed JSON Schemas are exactly what the pydantic models generate."""

from pathlib import Path

import pytest

from schemas.export import SCHEMAS, render

HERE = Path(__file__).resolve().parent.parent / "schemas"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_file_matches_models(name: str) -> None:
    assert (HERE / f"{name}.schema.json").read_text(encoding="utf-8") == render(name), (
        "run `python -m schemas.export` and bump SCHEMA_VERSION if the record format changed"
    )
