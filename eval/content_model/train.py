"""Train the content models (`curation/data/content_model.json`, `extract_model.json`) from labelled lines.

    python eval/content_model/train.py [--shape page|extract] [--out FILE]

Reproducible: fixed seeds, fixed data, one command. Needs scikit-learn (`pip install -e ".[train]"`);
the package itself only reads the weights, in numpy.

The page model (`--shape page`, the default) scores whole-page dumps. Labelled lines come from:
- the real pages of `../shared/data/webpages`, dev part only (`eval/webpages/data.py` keeps a quarter
  aside by URL hash): a line is article text when trafilatura's extraction from the page's HTML holds it
  (the silver label), overridden by the gold snippets;
- the generated article splits dev, heldout, heldout2, heldout3 and heldout4 (`eval/boilerplate/build.py`:
  content and subheading lines are article text) and the five hand-labelled seeds. heldout5, heldout6 and
  heldout7 are never fitted on.

The line model is fitted first; the context model is fitted on the line model's out-of-fold scores (five
folds by document), so it learns from scores like those it will see on new documents. The vocabulary (each
word's log-odds of standing in article text) that a document's features use is learned from the other folds'
documents; the one shipped is learned from all. The threshold is the one whose out-of-fold scores give the best
snippet F1 on the dev pages through the cleaner itself, while keeping 99.8% of the generated articles' content
lines; that figure is printed and stored beside the weights (`out_of_fold`).

The extract model (`--shape extract`) scores article extracts, the documents under `clean.MODEL_MIN_LINES`
lines. It learns from every generated split but the blind ones (EXTRACT_HELD_OUT), the seeds and the real-layout
extracts of the dev pages (`eval/webpages/extracts.py`). Its folds are by split: a split's lines are scored by
models that never saw its layouts, as a new site's would be; the real extracts, of 363 sites, by document. Its
threshold is the highest that cuts at most EXTRACT_MAX_LOSS of the article lines the rules keep, out of fold, in
the generated splits and in the real extracts alike: it only cuts where it is sure.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "eval" / "webpages"))
sys.path.insert(0, str(REPO / "eval" / "boilerplate"))  # first: its score.py is the one with load_seeds

from data import Counts, gold_lines, load_pages, silver_labels  # noqa: E402
from score import load_seeds  # noqa: E402

# isort: split
# `extracts` puts eval/webpages, whose score.py is another, first on the path: the seeds' score is imported before it
from extracts import build as build_extract  # noqa: E402
from metadata import load_labels  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402

from build import SPLITS, build, shared_dir  # noqa: E402
from curation.clean import clean_text, kept_inputs, kept_rows, model_inputs, tag_lines  # noqa: E402
from curation.content_model import (  # noqa: E402
    EXTRACT_MODEL_FILE,
    MODEL_FILE,
    QUOTE_ENDS,
    SENTENCE_END,
    Forest,
    context_features,
    line_features,
)
from curation.repeated import learn_repeated  # noqa: E402
from curation.spans import apply_spans  # noqa: E402
from schemas import CurationConfig  # noqa: E402

TRAIN_SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4")
HIDDEN_LINE = (32, 16)
HIDDEN_CONTEXT = (16,)
# Small forests: walked in numpy a level at a time, their cost is trees x depth per line
FOREST_LINE = {"max_iter": 100, "max_depth": 6, "learning_rate": 0.2}
FOREST_CONTEXT = {"max_iter": 60, "max_depth": 5, "learning_rate": 0.2}
MIN_CONTENT_KEPT = 0.998
GOLD_WEIGHT = 4.0  # a line that holds a gold snippet: its label was checked by a person, not taken from trafilatura
LEAF_THRESHOLD = 1e300  # every value goes "left" at a leaf, which is itself
SEEDS = (16, 17, 18)  # one network per seed, their probabilities averaged (`content_model.Ensemble`)
FOLDS = 5
THRESHOLDS = tuple(round(0.2 + 0.04 * k, 2) for k in range(11))
# The "repeated" feature is learned from lines in this many stories of the training corpus, not the pipeline's
# default (3): that corpus pools 363 pages of as many sites and 1,200 generated articles drawn from one sentence
# pool, where three stories share a line by chance; at 5 the feature marks templates only (out of fold 0.906
# against 0.901 at 3). The threshold below is chosen through the cleaner as the pipeline runs it, at the default.
FEATURE_MIN_DOCS = 5
VOCABULARY_MIN_DOCS = 8
# The extract model (`--shape extract`): the blind splits are scored, never fitted on; each split is one source kind,
# so the out-of-fold scores of a split come from a model that never saw its layouts.
EXTRACT_HELD_OUT = ("heldout10", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25")
EXTRACT_MIN_DOCS = 3  # each split is a corpus of its own, counted as the pipeline counts a run's (its default)
EXTRACT_MAX_LOSS = 0.001
EXTRACT_THRESHOLDS = tuple(round(0.01 * k, 2) for k in range(1, 41))
VOCABULARY_MIN_ODDS = 0.4


def _documents() -> list[tuple[str, str, list[int | None], set[int]]]:
    """(source kind, text, label per line: 1 article, 0 not, None blank, the lines whose label a person checked)."""
    docs: list[tuple[str, str, list[int | None], set[int]]] = []
    for page in load_pages(part="dev"):
        docs.append(("page", page.text, silver_labels(page), gold_lines(page)))
    shared = shared_dir()
    docs += [(split, doc.text, _labels(doc.lines), set()) for split in TRAIN_SPLITS for doc in build(split, shared)]
    docs += [("seeds", doc.text, _labels(doc.lines), set()) for doc in load_seeds(shared / "seeds")]
    return docs


def _labels(lines: list) -> list[int | None]:
    """A generated or hand-labelled document's line labels: 1 article (content, subheading), 0 not, None blank."""
    return [None if ln.label == "blank" else int(ln.label != "boilerplate") for ln in lines]


def _vocabulary(labelled: list[tuple[list[list[str]], list[int]]]) -> dict[str, float]:
    """Each word's smoothed log-odds of standing in an article line rather than around one, counted once per
    document and label, so that one site's template or one long article does not make a word's weight; only
    words seen in at least VOCABULARY_MIN_DOCS documents, and only those that lean."""
    docs = Counter()
    by_label = (Counter(), Counter())
    for tokens, labels in labelled:
        seen: tuple[set[str], set[str]] = (set(), set())
        for line, label in zip(tokens, labels, strict=True):
            if label >= 0:
                seen[label].update(line)
        for label in (0, 1):
            by_label[label].update(seen[label])
        docs.update(seen[0] | seen[1])
    totals = [sum(c.values()) for c in by_label]
    vocabulary = {}
    for word, count in docs.items():
        if count < VOCABULARY_MIN_DOCS:
            continue
        odds = math.log((by_label[1][word] + 1) / totals[1]) - math.log((by_label[0][word] + 1) / totals[0])
        if abs(odds) >= VOCABULARY_MIN_ODDS:
            vocabulary[word] = round(odds, 2)
    return dict(sorted(vocabulary.items()))


def _rows(
    docs: list[tuple[str, str, list[int | None], set[int]]],
    min_docs: int = FEATURE_MIN_DOCS,
    fold_of_kind: dict[str, int] | None = None,
    sentence_end: tuple[str, ...] = SENTENCE_END,
    page: bool = True,
) -> dict[str, np.ndarray]:
    """Features and labels of every non-blank line. The vocabulary features of a document come from a vocabulary
    learned on the other folds' documents, so the line model learns how far such weights hold on text they did
    not see; the weights shipped are learned on all documents. Folds are by document, or by source kind for the
    kinds `fold_of_kind` names (`fold` in the rows). The page model reads every line of a document, the rules'
    verdicts among its features; the extract model only the lines the rules keep, as the cleaned text shows them
    (`clean.kept_inputs`). It learns from that view and from the document as if no rule had fired (`raw` in the
    rows): after the rules, what is left of a training split's boilerplate is a few thousand lines, and the shapes of
    the tens of thousands they remove are what a new site's template shares with them."""
    repeated_by_kind = {
        kind: learn_repeated([text for k, text, *_ in docs if k == kind], min_docs) for kind in {k for k, *_ in docs}
    }
    prepared = []
    for number, (kind, text, line_labels, gold) in enumerate(docs):
        lines, _, stops = tag_lines(text, repeated_by_kind[kind])
        if page:
            views = [(False, model_inputs(lines, repeated_by_kind[kind], stops))]
        else:
            unruled = [dataclasses.replace(line, reason=None) for line in lines]
            views = [
                (raw, (kept, kept_inputs(view, kept, repeated_by_kind[kind], stops.tokens)))
                for raw, view in ((False, lines), (True, unruled))
                if (kept := kept_rows(view))
            ]
        for raw, (kept, inputs) in views:
            if not kept:
                continue
            label = [line_labels[i] if i < len(line_labels) and line_labels[i] is not None else -1 for i in kept]
            weight = [GOLD_WEIGHT if i in gold else 1.0 for i in kept]
            prepared.append((number, kind, inputs, inputs["tokens"], label, weight, raw))
    fold_of = {
        number: fold_of_kind[kind] if fold_of_kind and kind in fold_of_kind else number % FOLDS
        for number, kind, *_ in prepared
    }
    tables = [
        _vocabulary(
            [(tokens, label) for number, _, _, tokens, label, _, raw in prepared if fold_of[number] != fold and not raw]
        )
        for fold in range(FOLDS)
    ]
    feats, labels, groups, ruled, kinds, words, weights, folds, raws = [], [], [], [], [], [], [], [], []
    for number, kind, inputs, _, label, weight, raw in prepared:
        raws.append(np.full(len(label), raw))
        folds.append(np.full(len(label), fold_of[number]))
        matrix, line_words = line_features(**inputs, vocabulary=tables[fold_of[number]], sentence_end=sentence_end)
        words.extend(line_words)
        feats.append(matrix)
        labels.append(np.array(label))
        groups.append(np.full(len(label), number + raw * len(docs)))  # a view of its own: its own context
        ruled.append(np.array(inputs["ruled"]))
        kinds.append(np.full(len(label), kind))
        weights.append(np.array(weight))
    return {
        "x": np.concatenate(feats),
        "y": np.concatenate(labels),
        "group": np.concatenate(groups),
        "ruled": np.concatenate(ruled),
        "kind": np.concatenate(kinds),
        "words": np.array(words, dtype=object),
        "weight": np.concatenate(weights),
        "fold": np.concatenate(folds),
        "raw": np.concatenate(raws),
        "vocabulary": _vocabulary([(tokens, label) for *_, tokens, label, _, raw in prepared if not raw]),
    }


@dataclass(frozen=True)
class _Stage:
    """One stage of the model as fitted: networks from different seeds and a forest (`content_model.Ensemble`)."""

    networks: list[MLPClassifier]
    forest: HistGradientBoostingClassifier


def _fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, hidden: tuple[int, ...], forest: dict) -> _Stage:
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    nets = []
    for seed in SEEDS:
        net = MLPClassifier(hidden_layer_sizes=hidden, alpha=1e-3, max_iter=60, early_stopping=True, random_state=seed)
        net.fit((x - mean) / scale, y, sample_weight=weight)
        net.mean_, net.scale_ = mean, scale
        nets.append(net)
    return _Stage(nets, HistGradientBoostingClassifier(random_state=SEEDS[0], **forest).fit(x, y, sample_weight=weight))


def _predict(stage: _Stage, x: np.ndarray) -> np.ndarray:
    networks = np.mean([net.predict_proba((x - net.mean_) / net.scale_)[:, 1] for net in stage.networks], axis=0)
    return (networks + stage.forest.predict_proba(x)[:, 1]) / 2


def _export_forest(forest: HistGradientBoostingClassifier) -> dict:
    """The trees as one flat table of [feature, threshold, left, right, value] per node; a leaf goes to itself."""
    nodes: list[float] = []
    roots: list[int] = []
    depth = 0
    for (tree,) in forest._predictors:  # one tree per boosting round in a binary classifier
        offset = len(nodes) // 5
        roots.append(offset)
        for number, node in enumerate(tree.nodes):
            if node["is_leaf"]:
                nodes += [0, LEAF_THRESHOLD, offset + number, offset + number, float(node["value"])]
            else:
                nodes += [int(node["feature_idx"]), float(node["num_threshold"])]
                nodes += [offset + int(node["left"]), offset + int(node["right"]), 0.0]
        depth = max(depth, int(tree.nodes["depth"].max()))
    return {"baseline": float(forest._baseline_prediction.ravel()[0]), "roots": roots, "depth": depth, "nodes": nodes}


def _export(stage: _Stage, x: np.ndarray) -> dict:
    """The stage's weights as data; the forest's numpy walk is checked against scikit-learn's own on `x`."""
    forest = _export_forest(stage.forest)
    walked = Forest.from_dict(forest).predict(x)
    if not np.allclose(walked, stage.forest.predict_proba(x)[:, 1], atol=1e-9):
        raise AssertionError("the exported forest does not predict as scikit-learn's")
    networks = [
        {
            "mean": net.mean_.tolist(),
            "scale": net.scale_.tolist(),
            "layers": [[w.tolist(), b.tolist()] for w, b in zip(net.coefs_, net.intercepts_, strict=True)],
        }
        for net in stage.networks
    ]
    return {"networks": networks, "forest": forest}


def _context_matrix(scores: np.ndarray, x: np.ndarray, group: np.ndarray, words: np.ndarray) -> np.ndarray:
    out = np.zeros((len(scores), context_features(scores[:1], x[:1, 0], list(words[:1])).shape[1]))
    for g in np.unique(group):
        rows = np.flatnonzero(group == g)
        out[rows] = context_features(scores[rows], x[rows, 0], list(words[rows]))
    return out


def _oof(
    x: np.ndarray,
    rows: dict[str, np.ndarray],
    labelled: np.ndarray,
    hidden: tuple[int, ...],
    forest: dict,
    by_kind: bool = False,
) -> np.ndarray:
    """Each line scored by a stage fitted without its fold: five folds by document, or (`by_kind`) the folds that
    `_rows` gave each source kind, so that a kind's lines are scored by a model that never saw its layouts."""
    y, group, weight = rows["y"], rows["group"], rows["weight"]
    scores = np.zeros(len(y))
    folds = (
        [(np.flatnonzero(rows["fold"] != k), np.flatnonzero(rows["fold"] == k)) for k in range(FOLDS)]
        if by_kind
        else GroupKFold(n_splits=FOLDS).split(x, y, group)
    )
    for train, test in folds:
        train = train[labelled[train]]
        scores[test] = _predict(_fit(x[train], y[train], weight[train], hidden, forest), x[test])
    return scores


@dataclass(frozen=True)
class _Fixed:
    """A document's out-of-fold scores in the content model's place, so that a threshold is judged through the
    cleaner itself (its rules, the headline search) with the benchmark's own snippet metric."""

    scores: np.ndarray
    threshold: float

    def score(self, **_inputs: list) -> np.ndarray:
        return self.scores


def _threshold(scores: np.ndarray, rows: dict[str, np.ndarray]) -> tuple[float, dict[str, float]]:
    """The threshold of the best out-of-fold snippet F1 on the dev pages that keeps MIN_CONTENT_KEPT of the
    generated articles' content lines."""
    free = (rows["y"] >= 0) & ~rows["ruled"]
    article = free & (rows["kind"] != "page") & (rows["y"] == 1)
    pages = load_pages(part="dev")  # documents 0 .. len(pages) - 1, in this order (`_documents`)
    repeated = learn_repeated([page.text for page in pages], CurationConfig().repeated_line_min_docs)
    best: tuple[float, dict[str, float]] = (0.0, {"dev_snippet_f1": -1.0})
    for threshold in THRESHOLDS:
        kept_content = float((scores[article] >= threshold).mean())
        if kept_content < MIN_CONTENT_KEPT:
            continue
        counts = Counts()
        for number, page in enumerate(pages):
            model = _Fixed(scores[rows["group"] == number], threshold)
            counts.add(page, apply_spans(page.text, clean_text(page.text, repeated, model).removed))
        figures = {
            "dev_snippet_f1": round(counts.f1, 4),
            "dev_snippet_precision": round(counts.precision, 4),
            "dev_snippet_recall": round(counts.recall, 4),
            "article_content_kept": round(kept_content, 5),
        }
        print(f"  threshold {threshold:.2f}: {figures}")
        if figures["dev_snippet_f1"] > best[1]["dev_snippet_f1"]:
            best = (threshold, figures)
    return best


def _extract_documents() -> list[tuple[str, str, list[int | None], set[int]]]:
    """The extract model's documents: every generated split but the blind ones, the seeds, and the real-layout
    extracts of the dev pages (`eval/webpages/extracts.py`: the page's own headline, byline and dateline lines, then
    trafilatura's main text as the body, one paragraph a line), whose header lines are not article text."""
    shared = shared_dir()
    docs = [
        (split, doc.text, _labels(doc.lines), set())
        for split in SPLITS
        if split not in EXTRACT_HELD_OUT
        for doc in build(split, shared)
    ]
    docs += [("seeds", doc.text, _labels(doc.lines), set()) for doc in load_seeds(shared / "seeds")]
    pages = {page.name: page for page in load_pages(part="dev")}
    for label in load_labels():
        if label.page in pages and (extract := build_extract(label, pages[label.page])):
            lines = extract.text.split("\n")
            header = lines.index("")
            docs.append(
                ("extracts", extract.text, [0] * header + [None if not ln else 1 for ln in lines[header:]], set())
            )
    return docs


def _extract_threshold(scores: np.ndarray, rows: dict[str, np.ndarray]) -> tuple[float, dict[str, float]]:
    """The highest threshold whose out-of-fold scores cut at most EXTRACT_MAX_LOSS of the article lines that the
    rules keep, in the generated splits (layouts each fold never saw) and in the real extracts alike."""
    free = (rows["y"] >= 0) & ~rows["ruled"] & ~rows["raw"]
    real = rows["kind"] == "extracts"
    groups = {
        "generated_content_cut": free & ~real & (rows["y"] == 1),
        "real_content_cut": free & real & (rows["y"] == 1),
        "generated_boilerplate_cut": free & ~real & (rows["y"] == 0),
    }
    best: tuple[float, dict[str, float]] = (0.0, {})
    for threshold in EXTRACT_THRESHOLDS:
        cut = scores < threshold
        figures = {name: round(float(cut[group].mean()), 5) for name, group in groups.items()}
        print(f"  threshold {threshold:.2f}: {figures}")
        if max(figures["generated_content_cut"], figures["real_content_cut"]) > EXTRACT_MAX_LOSS:
            break
        best = (threshold, figures)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", choices=("page", "extract"), default="page")
    parser.add_argument("--out", help="default: curation/data/content_model.json, or extract_model.json")
    args = parser.parse_args()
    out = args.out or str(REPO / "curation" / "data" / (MODEL_FILE if args.shape == "page" else EXTRACT_MODEL_FILE))
    # the page model as fitted (stop 32) counts no closing quote as a sentence's end; the extract model does
    sentence_end = SENTENCE_END if args.shape == "page" else SENTENCE_END + QUOTE_ENDS
    if args.shape == "page":
        rows = _rows(_documents())
    else:
        docs = _extract_documents()
        # a generated split is one kind of layouts, all in one fold; the real extracts, of 363 sites, by document
        kinds = sorted({kind for kind, *_ in docs} - {"extracts"})
        rows = _rows(
            docs, EXTRACT_MIN_DOCS, {kind: number % FOLDS for number, kind in enumerate(kinds)}, sentence_end, False
        )
    by_kind = args.shape == "extract"
    x, y, group = rows["x"], rows["y"], rows["group"]
    labelled = y >= 0
    print(
        f"{len(y)} lines from {len(np.unique(group))} documents,",
        f"{int((y == 1).sum())} article, {int((y == 0).sum())} not",
    )
    first = _oof(x, rows, labelled, HIDDEN_LINE, FOREST_LINE, by_kind)
    context = _context_matrix(first, x, group, rows["words"])
    second = _oof(context, rows, labelled, HIDDEN_CONTEXT, FOREST_CONTEXT, by_kind)
    threshold, figures = (_extract_threshold if by_kind else _threshold)(second, rows)
    weight = rows["weight"][labelled]
    line_net = _fit(x[labelled], y[labelled], weight, HIDDEN_LINE, FOREST_LINE)
    full_first = _predict(line_net, x)
    context_x = _context_matrix(full_first, x, group, rows["words"])
    context_net = _fit(context_x[labelled], y[labelled], weight, HIDDEN_CONTEXT, FOREST_CONTEXT)
    model = {
        "vocabulary": rows["vocabulary"],
        "line": _export(line_net, x),
        "context": _export(context_net, context_x),
        "threshold": round(threshold, 3),
    }
    if sentence_end != SENTENCE_END:
        model["sentence_end"] = "".join(sentence_end)
    digest = hashlib.sha256(json.dumps(model, sort_keys=True).encode()).hexdigest()[:10]
    model = {"version": f"2-{digest}", **model, "out_of_fold": figures}
    Path(out).write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"threshold {threshold:.2f}, out of fold {figures}; wrote {out} (version {model['version']})")


if __name__ == "__main__":
    main()
