"""Search for documents that a second cleaning pass would cut further: the idempotence property of
`tests/test_clean.py` over many random documents, with a random seed.

    python eval/boilerplate/idempotence.py [--examples 6000]

The suite draws the same 150 documents on every run (hypothesis `derandomize`), so that a CI run fails for a
change and not for a draw; this is the wider, random search. It prints each counter-example found (without
shrinking, so that one run finds several) and how many of the documents failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from cleaning import assert_idempotent  # noqa: E402
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from test_clean import DOCS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=6000)
    args = parser.parse_args()
    found: list[str] = []

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(DOCS)
    def search(text: str) -> None:
        try:
            assert_idempotent(text)
        except AssertionError:
            found.append(text)
            print(repr(text), flush=True)

    search()
    print(f"{len(found)} of {args.examples} documents cut further by a second pass")


if __name__ == "__main__":
    main()
