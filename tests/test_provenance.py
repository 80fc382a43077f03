"""Named, versioned removals (the tagger registry) and a pipeline_version that moves with the cleaner."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from corpus_gen import make_corpus

import curation
from curation.clean import clean_text
from curation.decode import decode_bytes
from curation.lexicon import LINE_PATTERNS
from curation.repeated import learn_repeated
from curation.select import status_counts
from curation.spans import Span, merge_spans
from curation.store import CatalogEntry
from curation.taggers import TAGGERS, tagger_of
from curation.version import CLEANER_FILES, cleaner_digest, pipeline_version
from schemas import CurationConfig

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "boilerplate"


def test_span_score_is_optional_and_merge_carries_it() -> None:
    assert Span(0, 4, "navigation").score is None
    merged = merge_spans(
        [
            Span(0, 4, "content_model", 0.9),
            Span(4, 8, "content_model", 0.9),  # same reason and score: one span
            Span(8, 12, "content_model", 0.6),  # another score: kept apart
            Span(10, 14, "navigation"),  # overlap: only the part past the model's span, as navigation
            Span(20, 25, "byline", None),
            Span(20, 22, "content_model", 0.7),  # same start, shorter: first, the byline keeps only the rest
        ]
    )
    assert merged == [
        Span(0, 8, "content_model", 0.9),
        Span(8, 12, "content_model", 0.6),
        Span(12, 14, "navigation"),
        Span(20, 22, "content_model", 0.7),
        Span(22, 25, "byline"),
    ]


def test_registry_versions_follow_the_pattern_text() -> None:
    assert set(LINE_PATTERNS) <= set(TAGGERS)
    models = ("content_model", "extract_model")
    assert all(tagger_of(reason).kind == "model" for reason in models)
    assert tagger_of("content_model").version != tagger_of("extract_model").version  # each its own weights' digest
    assert all(tagger.kind == "rule" for reason, tagger in TAGGERS.items() if reason not in models)
    pattern_versions = [TAGGERS[reason].version for reason in LINE_PATTERNS]
    assert len(set(pattern_versions)) == len(pattern_versions)  # a digest each, not one shared constant
    with pytest.raises(KeyError, match=r"curation/taggers\.py"):
        tagger_of("no_such_reason")


def _eval_texts() -> Iterator[list[str]]:
    """Each generated evaluation split's documents, as the cleaner sees them."""
    sys.path.insert(0, str(EVAL))
    try:
        from build import SPLITS, build, shared_dir
    finally:
        sys.path.remove(str(EVAL))
    shared = shared_dir()
    if not (shared / "data" / "langid" / "sentences").is_dir():
        pytest.skip(f"no shared sentences in {shared}: the evaluation splits cannot be built")
    for split in SPLITS:
        yield [doc.text for doc in build(split, shared)]


def test_every_reason_the_cleaner_emits_has_a_tagger(tmp_path: Path) -> None:
    """On the evaluation splits, the seeds and the synthetic corpus: a new rule without a registry entry fails."""
    make_corpus(tmp_path, 60, seed=3)
    generated = [decode_bytes(p.read_bytes()).text for p in sorted(tmp_path.rglob("*")) if p.is_file()]
    seeds = [decode_bytes(p.read_bytes()).text for p in sorted((ROOT / "raw").glob("*.txt"))]
    emitted: set[str] = set()
    for texts in [seeds, generated, *_eval_texts()]:
        repeated = learn_repeated(texts, CurationConfig().repeated_line_min_docs)
        for text in texts:
            emitted.update(span.reason for span in clean_text(text, repeated).removed)
    emitted.update(span.reason for span in clean_text("Headline of the story here\n\x07Body text.\n").removed)
    assert {"whitespace", "title", "control_char", "share_widget", "dateline"} <= emitted  # the corpora reach far
    assert emitted <= set(TAGGERS), f"reasons without a tagger in curation/taggers.py: {emitted - set(TAGGERS)}"


def test_pipeline_version_is_the_package_version_and_a_cleaner_digest() -> None:
    package, _, digest = pipeline_version().partition("+")
    assert package == curation.__version__
    assert len(digest) == 10 and int(digest, 16) >= 0
    assert digest == cleaner_digest(resources.files("curation"))
    assert pipeline_version() is pipeline_version()  # computed once per process


def test_cleaner_digest_moves_with_rules_vocabulary_and_model(tmp_path: Path) -> None:
    installed = Path(str(resources.files("curation")))
    copy = tmp_path / "curation"
    copy.mkdir()
    for name in CLEANER_FILES:
        shutil.copy(installed / name, copy / name)
    before = cleaner_digest(copy)
    assert cleaner_digest(copy) == before
    (copy / "pipeline.py").write_text("# not the cleaner\n", encoding="utf-8")
    assert cleaner_digest(copy) == before

    lexicon = copy / "lexicon.py"
    original = lexicon.read_bytes()
    lexicon.write_bytes(original + b"\n# a new phrase\n")
    assert cleaner_digest(copy) != before
    lexicon.write_bytes(original)
    assert cleaner_digest(copy) == before

    weights = copy / "data" / "content_model.json"
    weights.parent.mkdir()
    weights.write_text('{"w": [0.1]}', encoding="utf-8")
    with_model = cleaner_digest(copy)
    assert with_model != before
    weights.write_text('{"w": [0.2]}', encoding="utf-8")
    assert cleaner_digest(copy) not in (before, with_model)


def test_status_counts_records_of_an_older_cleaner() -> None:
    def entry(source: str, version: str) -> CatalogEntry:
        return CatalogEntry(source, 0, 1, 0, "x", "curated", source, None, "cfg", version, "run", None)

    old = f"{curation.__version__}+0000000000"  # same package version, another cleaner
    catalog = {"a": entry("a", pipeline_version()), "b": entry("b", old), "c": entry("c", curation.__version__)}
    counts = status_counts(catalog, "cfg", pipeline_version())
    assert counts == {"curated": 3, "records_older_pipeline": 2}
