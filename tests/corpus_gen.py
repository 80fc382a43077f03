"""A seeded synthetic raw corpus for the fault and reprocessing tests.

Articles are built from real sentences bundled in tests/data/sentences (300 a language from the
lingua test data, Apache 2.0, see its LICENSE.txt), so the suite runs on a bare clone and
language detection and cleaning see natural text; some are near copies of earlier ones
(duplicate index work) and a few are inputs that must be rejected.
"""

from __future__ import annotations

import random
from pathlib import Path

SENTENCES = Path(__file__).resolve().parent / "data" / "sentences"
LANGS = ("en", "de", "fr", "es")


def _sentences() -> dict[str, list[str]]:
    return {
        lang: [s for s in (SENTENCES / f"{lang}.txt").read_text(encoding="utf-8").splitlines() if s.strip()]
        for lang in LANGS
    }


def make_corpus(raw: Path, n: int, seed: int = 7) -> list[str]:
    """Write `n` inputs under `raw` (two folders); returns their relative paths in discovery order."""
    rng = random.Random(seed)
    pool = _sentences()
    written: dict[str, str] = {}
    for i in range(n):
        folder = "a" if i % 2 else "b"
        name = f"{folder}/doc-{i:04d}.txt"
        roll = rng.random()
        if roll < 0.02:
            body = ""  # rejected: empty
        elif roll < 0.04:
            body = "Read more\n"  # rejected: no content left
        elif roll < 0.14 and written:
            # a near copy of an earlier article: one sentence added to its last paragraph
            original = written[rng.choice(sorted(written))].split("\n")
            original[-2] += " " + rng.choice(pool["en"])
            body = "\n".join(original)
        else:
            lang = rng.choice(LANGS)
            title = rng.choice(pool[lang])
            paragraphs = [" ".join(rng.sample(pool[lang], 3)) for _ in range(rng.randint(3, 6))]
            body = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
            written[name] = body
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    return sorted(str(p.relative_to(raw)) for p in raw.rglob("*") if p.is_file())
