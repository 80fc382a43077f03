"""How often legacy-encoded text is decoded back to exactly the original, per language and codec.

    python eval/decode/score.py [--shared DIR]

Texts of 1, 2, 5 and 12 real sentences (../shared/data/langid/sentences/, 10 of each size, seeded)
are encoded in a legacy codec of their language and run through `curation.decode.decode_bytes`;
a text counts as right when the decoded text equals the original. Texts the codec cannot encode,
or that are pure ASCII in it, are skipped (they say nothing about the codec choice).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO))

from curation.decode import decode_bytes  # noqa: E402
from curation.errors import Rejected  # noqa: E402

CASES = (
    ("cs", "cp1250"), ("cs", "iso8859_2"), ("pl", "cp1250"), ("pl", "iso8859_2"), ("hu", "cp1250"),
    ("ro", "cp1250"), ("sk", "cp1250"), ("hr", "cp1250"), ("sl", "cp1250"), ("el", "cp1253"),
    ("el", "iso8859_7"), ("tr", "cp1254"), ("ar", "cp1256"), ("fa", "cp1256"), ("he", "cp1255"),
    ("ja", "shift_jis"), ("ja", "euc_jp"), ("zh", "gbk"), ("ko", "euc_kr"), ("bg", "cp1251"),
    ("ru", "cp1251"), ("ru", "koi8_r"), ("uk", "koi8_u"), ("uk", "cp1251"), ("lt", "cp1257"),
    ("lv", "cp1257"), ("et", "cp1257"), ("th", "cp874"), ("fr", "cp1252"), ("de", "cp1252"),
    ("es", "cp1252"), ("pt", "cp1252"), ("it", "cp1252"), ("sv", "cp1252"), ("da", "cp1252"),
    ("fi", "cp1252"), ("nl", "cp1252"), ("is", "cp1252"), ("de", "latin-1"),
)  # fmt: skip
SIZES = (1, 2, 5, 12)
PER_SIZE = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO / ".." / "shared")
    args = parser.parse_args()
    root = args.shared / "data" / "langid" / "sentences"
    right = total = 0
    for lang, codec in CASES:
        path = root / f"{lang}.txt"
        if not path.exists():
            continue
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rng = random.Random(f"{lang}:{codec}")
        wrong: Counter[str] = Counter()
        ok = seen = 0
        for size in SIZES:
            for _ in range(PER_SIZE):
                text = "\n\n".join(rng.sample(lines, size)) + "\n"
                try:
                    raw = text.encode(codec)
                except UnicodeEncodeError:
                    continue
                if raw.isascii():
                    continue
                seen += 1
                try:
                    decoded = decode_bytes(raw)
                except Rejected as exc:
                    wrong[f"rejected:{exc.reason}"] += 1
                    continue
                if decoded.text == text:
                    ok += 1
                else:
                    wrong[decoded.encoding] += 1
        right += ok
        total += seen
        misses = ", ".join(f"{name} {n}" for name, n in wrong.most_common())
        print(f"{lang:3} {codec:10} {ok:3}/{seen:<3} {misses}")
    print(f"ALL {right}/{total} = {right / max(total, 1):.1%}")


if __name__ == "__main__":
    main()
