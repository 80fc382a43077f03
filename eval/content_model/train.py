"""Train the content model (`curation/data/content_model.json`) from labelled lines.

    python eval/content_model/train.py [--out curation/data/content_model.json]

Reproducible: fixed seeds, fixed data, one command. Needs scikit-learn (`pip install -e ".[train]"`);
the package itself only reads the weights, in numpy.

Labelled lines come from:
- the real pages of `../shared/data/webpages`, dev part only (`eval/webpages/data.py` keeps a quarter
  aside by URL hash): a line is article text when trafilatura's extraction from the page's HTML holds it
  (the silver label), overridden by the gold snippets;
- the generated article splits dev, heldout, heldout2, heldout3 and heldout4 (`eval/boilerplate/build.py`:
  content and subheading lines are article text) and the five hand-labelled seeds. heldout5, heldout6 and
  heldout7 are never fitted on.

The line model is fitted first; the context model is fitted on the line model's out-of-fold scores (five
folds by document), so it learns from scores like those it will see on new documents. The threshold is
the one that maximizes line F1 on the pages' out-of-fold scores while keeping 99.8% of the generated
articles' content lines.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "eval" / "webpages"))
sys.path.insert(0, str(REPO / "eval" / "boilerplate"))  # first: its score.py is the one with load_seeds

from data import load_pages, silver_labels  # noqa: E402
from score import load_seeds  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402

from build import build, shared_dir  # noqa: E402
from curation.clean import model_inputs, tag_lines  # noqa: E402
from curation.content_model import context_features, line_features  # noqa: E402
from curation.repeated import learn_repeated  # noqa: E402
from schemas import CurationConfig  # noqa: E402

TRAIN_SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4")
HIDDEN_LINE = (32, 16)
HIDDEN_CONTEXT = (16,)
MIN_CONTENT_KEPT = 0.998
SEED = 16


def _documents() -> list[tuple[str, str, list[int | None]]]:
    """(source kind, text, label per line: 1 article, 0 not, None blank)."""
    docs: list[tuple[str, str, list[int | None]]] = []
    for page in load_pages(part="dev"):
        docs.append(("page", page.text, silver_labels(page)))
    shared = shared_dir()
    for split in TRAIN_SPLITS:
        for doc in build(split, shared):
            docs.append(
                (split, doc.text, [None if ln.label == "blank" else int(ln.label != "boilerplate") for ln in doc.lines])
            )
    for doc in load_seeds(shared / "seeds"):
        docs.append(
            ("seeds", doc.text, [None if ln.label == "blank" else int(ln.label != "boilerplate") for ln in doc.lines])
        )
    return docs


def _rows(docs: list[tuple[str, str, list[int | None]]]) -> dict[str, np.ndarray]:
    min_docs = CurationConfig().repeated_line_min_docs
    repeated_by_kind = {
        kind: learn_repeated([text for k, text, _ in docs if k == kind], min_docs) for kind in {k for k, _, _ in docs}
    }
    feats, labels, groups, ruled, kinds = [], [], [], [], []
    for number, (kind, text, line_labels) in enumerate(docs):
        lines, _ = tag_lines(text, repeated_by_kind[kind])
        kept, inputs = model_inputs(lines, repeated_by_kind[kind])
        if not kept:
            continue
        matrix = line_features(**inputs)
        feats.append(matrix)
        label = np.array(
            [line_labels[idx] if idx < len(line_labels) and line_labels[idx] is not None else -1 for idx in kept]
        )
        labels.append(label)
        groups.append(np.full(len(kept), number))
        ruled.append(np.array(inputs["ruled"]))
        kinds.append(np.full(len(kept), kind))
    return {
        "x": np.concatenate(feats),
        "y": np.concatenate(labels),
        "group": np.concatenate(groups),
        "ruled": np.concatenate(ruled),
        "kind": np.concatenate(kinds),
    }


def _fit(x: np.ndarray, y: np.ndarray, hidden: tuple[int, ...]) -> MLPClassifier:
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    net = MLPClassifier(hidden_layer_sizes=hidden, alpha=1e-3, max_iter=60, early_stopping=True, random_state=SEED)
    net.fit((x - mean) / scale, y)
    net.mean_, net.scale_ = mean, scale
    return net


def _predict(net: MLPClassifier, x: np.ndarray) -> np.ndarray:
    return net.predict_proba((x - net.mean_) / net.scale_)[:, 1]


def _export(net: MLPClassifier) -> dict:
    return {
        "mean": net.mean_.tolist(),
        "scale": net.scale_.tolist(),
        "layers": [[w.tolist(), b.tolist()] for w, b in zip(net.coefs_, net.intercepts_, strict=True)],
    }


def _context_matrix(scores: np.ndarray, x: np.ndarray, group: np.ndarray) -> np.ndarray:
    out = np.zeros((len(scores), context_features(scores[:1], x[:1, 0]).shape[1]))
    for g in np.unique(group):
        rows = np.flatnonzero(group == g)
        out[rows] = context_features(scores[rows], x[rows, 0])
    return out


def _oof(x: np.ndarray, y: np.ndarray, group: np.ndarray, labelled: np.ndarray, hidden: tuple[int, ...]) -> np.ndarray:
    scores = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(x, y, group):
        train = train[labelled[train]]
        scores[test] = _predict(_fit(x[train], y[train], hidden), x[test])
    return scores


def _threshold(scores: np.ndarray, rows: dict[str, np.ndarray]) -> tuple[float, dict[str, float]]:
    free = (rows["y"] >= 0) & ~rows["ruled"]
    page = free & (rows["kind"] == "page")
    article = free & (rows["kind"] != "page")
    best = (0.0, 0.0, {})
    for threshold in np.arange(0.02, 0.9, 0.01):
        keep = scores >= threshold
        kept_content = (keep & (rows["y"] == 1) & article).sum() / max(1, ((rows["y"] == 1) & article).sum())
        tp = (keep & (rows["y"] == 1) & page).sum()
        fp = (keep & (rows["y"] == 0) & page).sum()
        fn = (~keep & (rows["y"] == 1) & page).sum()
        f1 = 2 * tp / max(1, 2 * tp + fp + fn)
        if kept_content >= MIN_CONTENT_KEPT and f1 > best[1]:
            best = (
                float(threshold),
                float(f1),
                {"page_line_f1": float(f1), "article_content_kept": float(kept_content)},
            )
    return best[0], best[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(REPO / "curation" / "data" / "content_model.json"))
    args = parser.parse_args()
    rows = _rows(_documents())
    x, y, group = rows["x"], rows["y"], rows["group"]
    labelled = y >= 0
    print(
        f"{len(y)} lines from {len(np.unique(group))} documents,",
        f"{int((y == 1).sum())} article, {int((y == 0).sum())} not",
    )
    first = _oof(x, y, group, labelled, HIDDEN_LINE)
    context = _context_matrix(first, x, group)
    second = _oof(context, y, group, labelled, HIDDEN_CONTEXT)
    threshold, figures = _threshold(second, rows)
    line_net = _fit(x[labelled], y[labelled], HIDDEN_LINE)
    full_first = _predict(line_net, x)
    context_net = _fit(_context_matrix(full_first, x, group)[labelled], y[labelled], HIDDEN_CONTEXT)
    model = {"line": _export(line_net), "context": _export(context_net), "threshold": round(threshold, 3)}
    digest = hashlib.sha256(json.dumps(model, sort_keys=True).encode()).hexdigest()[:10]
    model = {"version": f"1-{digest}", **model, "out_of_fold": figures}
    Path(args.out).write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"threshold {threshold:.2f}, out of fold {figures}; wrote {args.out} (version {model['version']})")


if __name__ == "__main__":
    main()
