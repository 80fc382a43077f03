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


def test_schema_version_bumped_when_models_change() -> None:
    """Consumers key on SCHEMA_VERSION: a structural change to the models must come with a new version."""
    from schemas.export import fingerprint, recorded_fingerprints
    from schemas.models import SCHEMA_VERSION

    known = recorded_fingerprints()
    assert SCHEMA_VERSION in known, f"run `python -m schemas.export` to record version {SCHEMA_VERSION}"
    assert known[SCHEMA_VERSION] == fingerprint(), (
        f"the models changed structurally but SCHEMA_VERSION is still {SCHEMA_VERSION}: "
        "bump it in schemas/models.py, then run `python -m schemas.export`"
    )
