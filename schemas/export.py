"""Write the JSON Schemas next to the models: `python -m schemas.export`.

It also records the structural fingerprint of the models for a new SCHEMA_VERSION in
fingerprint.json, and refuses (exit 1) when the structure changed but the version did not.
"""

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from schemas.models import SCHEMA_VERSION, Manifest, Record, Rejection

SCHEMAS = {"record": Record, "rejection": Rejection, "manifest": Manifest}
HERE = Path(__file__).parent


def render(name: str) -> str:
    return json.dumps(SCHEMAS[name].model_json_schema(), indent=2, sort_keys=True) + "\n"


FINGERPRINTS = HERE / "fingerprint.json"
_PROSE = frozenset({"description", "title", "examples"})


def _structure(node: Any) -> Any:
    """The schema without prose: rewording a description is not a format change, a type or field is."""
    if isinstance(node, list):
        return [_structure(item) for item in node]
    if not isinstance(node, dict):
        return node
    kept = {}
    for key, value in node.items():
        if key in ("properties", "$defs"):  # keys here are field and model names, not keywords
            kept[key] = {name: _structure(sub) for name, sub in value.items()}
        elif key not in _PROSE:
            kept[key] = _structure(value)
    return kept


def fingerprint() -> str:
    """Hash of the structure of every exported schema (fields, types, constraints, defaults)."""
    body = {name: _structure(model.model_json_schema()) for name, model in SCHEMAS.items()}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]


def recorded_fingerprints() -> dict[str, str]:
    return json.loads(FINGERPRINTS.read_text(encoding="utf-8")) if FINGERPRINTS.exists() else {}


def main() -> None:
    for name in SCHEMAS:
        (HERE / f"{name}.schema.json").write_text(render(name), encoding="utf-8")
    known, current = recorded_fingerprints(), fingerprint()
    if known.get(SCHEMA_VERSION, current) != current:
        sys.exit(f"the models changed but SCHEMA_VERSION is still {SCHEMA_VERSION}: bump it in schemas/models.py")
    known[SCHEMA_VERSION] = current
    FINGERPRINTS.write_text(json.dumps(known, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
