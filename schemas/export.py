"""Write the JSON Schemas next to the models: `python -m schemas.export`."""

import json
from pathlib import Path

from schemas.models import Manifest, Record, Rejection

SCHEMAS = {"record": Record, "rejection": Rejection, "manifest": Manifest}
HERE = Path(__file__).parent


def render(name: str) -> str:
    return json.dumps(SCHEMAS[name].model_json_schema(), indent=2, sort_keys=True) + "\n"


def main() -> None:
    for name in SCHEMAS:
        (HERE / f"{name}.schema.json").write_text(render(name), encoding="utf-8")


if __name__ == "__main__":
    main()
