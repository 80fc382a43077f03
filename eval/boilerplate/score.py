"""Score the real cleaner on a labelled split: content kept, boilerplate removed, metadata right.

    python eval/boilerplate/score.py [--split seeds|dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|
                                              heldout8|heldout9|heldout10|heldout11|heldout12|
                                              heldout13|heldout14|heldout15|heldout16|heldout17|
                                              heldout18|heldout19|heldout20|heldout21|heldout22|
                                              heldout23|heldout24|heldout25]
                                              [--no-repeated] [--errors N]

The cleaner runs as the pipeline runs it: `curation.clean.clean_text` on the decoded text (seeds
go through `curation.decode.decode_bytes`), with the repeated-line set learned from the split's
own documents by `curation.repeated.learn_repeated`, then `curation.spans.apply_spans`.
A content line counts as kept when it is a whole line of the output; a boilerplate line counts as
removed when no output line equals it; a glued prefix counts as removed when the output line is
the content alone. Exit status 1 when a split misses its targets.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from build import SPLITS, Doc, Line, build, shared_dir  # noqa: E402
from curation.clean import clean_text  # noqa: E402
from curation.decode import decode_bytes  # noqa: E402
from curation.repeated import learn_repeated  # noqa: E402
from curation.spans import apply_spans  # noqa: E402
from schemas import CurationConfig  # noqa: E402

TARGETS = {"content": 0.995, "boilerplate": 0.95, "subheading": 0.995, "title": 0.95, "authors": 0.95, "date": 0.95}
SEED_LABELS = HERE / "seeds_labels.json"


def load_seeds(seeds: Path) -> list[Doc]:
    """The hand-labelled seed articles: every non-blank line has a label in seeds_labels.json."""
    labels = json.loads(SEED_LABELS.read_text(encoding="utf-8"))
    docs = []
    for name, gold in labels.items():
        text = decode_bytes((seeds / name).read_bytes()).text
        by_number = {item["line"]: item for item in gold["lines"]}
        lines = []
        for number, raw in enumerate(text.split("\n"), start=1):
            item = by_number.get(number)
            if item is None:
                if raw.strip():
                    raise SystemExit(f"{name}:{number} has no label")
                lines.append(Line(raw, "blank"))
                continue
            prefix = item.get("prefix", "")
            if not raw.startswith(prefix):
                raise SystemExit(f"{name}:{number} does not start with its labelled prefix")
            lines.append(Line(raw[len(prefix) :], item["label"], item.get("reason"), prefix))
        docs.append(Doc(name, "en", "seed", lines, gold["title"], gold["authors"], gold["published"]))
    return docs


def _fold(text: str | None) -> str | None:
    return None if text is None else " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def score(docs: list[Doc], repeated: frozenset[str], errors: int = 0) -> dict[str, dict[str, list[int]]]:
    """Per language: metric -> [right, total]."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    shown = 0
    for doc in docs:
        cleaned = clean_text(doc.text, repeated)
        output = apply_spans(doc.text, cleaned.removed)
        kept = {line.strip() for line in output.split("\n")}
        content = {ln.text.strip() for ln in doc.lines if ln.label in ("content", "subheading")}
        found: list[tuple[str, str]] = []
        for line in doc.lines:
            text = line.text.strip()
            if line.label in ("content", "subheading"):
                found.append((line.label, "ok" if text in kept else f"LOST {text[:100]!r}"))
                if line.prefix:
                    ok = (line.prefix + line.text).strip() not in kept
                    found.append(("boilerplate", "ok" if ok else f"KEPT prefix {line.prefix!r}"))
            elif line.label == "boilerplate" and text not in content:
                found.append(("boilerplate", "ok" if text not in kept else f"KEPT {line.reason}: {text[:100]!r}"))
        found.append(
            ("title", "ok" if _fold(cleaned.title) == _fold(doc.title) else f"TITLE {cleaned.title!r} != {doc.title!r}")
        )
        same_authors = [_fold(a) for a in cleaned.authors] == [_fold(a) for a in doc.authors]
        found.append(("authors", "ok" if same_authors else f"AUTHORS {cleaned.authors} != {doc.authors}"))
        found.append(
            ("date", "ok" if cleaned.published == doc.published else f"DATE {cleaned.published} != {doc.published}")
        )
        for metric, verdict in found:
            for lang in (doc.lang, "ALL"):
                table[lang][metric][1] += 1
                table[lang][metric][0] += verdict == "ok"
            if verdict != "ok" and shown < errors:
                shown += 1
                print(f"[{doc.id} {doc.style}] {verdict}")
    return table


def report(table: dict[str, dict[str, list[int]]]) -> bool:
    metrics = list(TARGETS)
    print("| lang | " + " | ".join(metrics) + " |")
    print("|---|" + "---|" * len(metrics))
    for lang in sorted(table, key=lambda x: (x == "ALL", x)):
        cells = []
        for metric in metrics:
            right, total = table[lang].get(metric, [0, 0])
            cells.append(f"{right / total:.1%} ({right}/{total})" if total else "–")
        print(f"| {lang} | " + " | ".join(cells) + " |")
    overall = table["ALL"]
    return all(overall[m][1] == 0 or overall[m][0] / overall[m][1] >= TARGETS[m] for m in metrics)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "seeds"), default="dev")
    parser.add_argument("--shared", default=None, help="shared data folder (default ../shared)")
    parser.add_argument("--no-repeated", action="store_true", help="do not learn repeated lines from the split")
    parser.add_argument("--errors", type=int, default=0, help="print up to N failures")
    args = parser.parse_args()
    shared = shared_dir(args.shared)
    docs = load_seeds(shared / "seeds") if args.split == "seeds" else build(args.split, shared)
    config = CurationConfig()
    repeated = (
        frozenset() if args.no_repeated else learn_repeated([d.text for d in docs], config.repeated_line_min_docs)
    )
    print(f"split={args.split} documents={len(docs)} repeated_keys={len(repeated)}")
    passed = report(score(docs, repeated, args.errors))
    target = "100%" if args.split == "seeds" else "content>=99.5% boilerplate>=95% metadata>=95%"
    if args.split == "seeds":
        passed = all(v[0] == v[1] for v in score(docs, repeated)["ALL"].values())
    print(f"targets ({target}): {'met' if passed else 'NOT met'}")
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
