"""No input can stall a run: cleaning is linear in the worst case, and a document over its budget is rejected.

A real page (an A–Z index line, `1 | 9 | A | B | … | Z | §`, in tests/data/pages) made one menu pattern backtrack
exponentially: 3.9 s with ten letters, 81 s with twelve, never done with 26, and the whole run stuck behind it.
"""

from __future__ import annotations

import os
import re
import string
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from curation.clean import clean_text
from curation.discover import SourceFile
from curation.pipeline import Failed, Processed, process_batch, warm_up
from schemas import CurationConfig

PAGES = Path(__file__).parent / "data" / "pages"
A_TO_Z = "1 | 9 | " + " | ".join(string.ascii_uppercase) + " | §"
# Per line, on a loaded 2-core machine; before the fix a 12-letter index line alone took 81 s.
LINE_SECONDS = 2.0
# A 1 MB line is scanned by every line pattern once (linear); before, some lines of that size took hours.
MEGABYTE_SECONDS = 30.0
SEPARATORS = [" | ", " » ", " › ", " / ", " · ", " • ", " > ", " → ", ", ", " - ", " – ", " :: ", "|", "/", " "]
TAILS = ["", " §", ".", "?", " |", " 2024-01-01", " 9", ":"]


def _seconds(text: str) -> float:
    """The time of one clean, without the first call's loads (model, stop lists, date parser): the bound is on
    the document's own cost."""
    warm_up()
    started = time.perf_counter()
    clean_text(text)
    return time.perf_counter() - started


def _in_page(line: str) -> str:
    """The line as it sits in a page: under a headline, above a body, where the header rules look at it too."""
    return f"A headline of the story\n\n{line}\n\nThe body of the story, a sentence with several words in it.\n"


def test_the_a_to_z_page_cleans_quickly() -> None:
    page = (PAGES / "hpd.de-Homosexuellenhass.txt").read_text(encoding="utf-8")
    assert "1 | 9 | A | B | C | D |" in page  # its own index line
    assert _seconds(page) < LINE_SECONDS
    assert _seconds(_in_page(A_TO_Z)) < LINE_SECONDS


@st.composite
def adversarial_lines(draw: st.DrawFn) -> str:
    """Lines built to make a backtracking pattern try every way to share out its text."""
    n = draw(st.integers(min_value=10, max_value=3000))
    sep = draw(st.sampled_from(SEPARATORS))
    tail = draw(st.sampled_from(TAILS))
    kind = draw(st.sampled_from(["letters", "words", "separators", "punctuation", "spaces", "many_words"]))
    if kind == "letters":  # thousands of one-letter items: "A | B | C | … | §"
        body = sep.join(string.ascii_uppercase[i % 26] for i in range(n))
    elif kind == "words":
        words = st.sampled_from(["Home", "News", "Ab Cd", "de", "John Smith", "Foto 3/7"])
        body = sep.join(draw(words) for _ in range(n))
    elif kind == "separators":  # a long separator row: "| | | |", "-----", "» » »"
        body = (sep.strip() or "-") * n
    elif kind == "punctuation":  # deep punctuation runs
        marks = st.sampled_from(list("-=_*~.!?|/\\#+•·»›':,;()[]\""))
        body = "".join(draw(st.lists(marks, min_size=1, max_size=4))) * n
    elif kind == "spaces":  # a few words and long runs of spaces between them
        body = f"a{' ' * n}b{sep}{' ' * n}c"
    else:  # a paragraph of many words without a sentence end
        words = st.sampled_from(["Word", "word", "by", "and", "12", "March", "in", "Photo:"])
        body = " ".join(draw(words) for _ in range(n))
    return body + tail


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(adversarial_lines())
@example("-" * 9000 + ":")  # found by a first-run series: quadratic in the desk-credit search, 2.5 s
@example("a" + " " * 3000 + "b –" + " " * 3000 + "c?")  # found by CI: quadratic in the name and byline splits, 3.1 s
def test_adversarial_lines_clean_in_bounded_time(line: str) -> None:
    assert _seconds(line) < LINE_SECONDS, f"{len(line)} characters: {line[:120]!r}…"
    assert _seconds(_in_page(line)) < LINE_SECONDS, f"{len(line)} characters in a page: {line[:120]!r}…"


def test_megabyte_lines_clean_in_bounded_time() -> None:
    size = 1_000_000
    lines = {
        "letters": ("A | " * (size // 4)) + "§",
        "word run": "word " * (size // 5),
        "one token": "a" * size,
        "dashes": "-" * size,
        "punctuation": "!?." * (size // 3),
        "spaces": "a" + " " * size + "b",
    }
    for name, line in lines.items():
        assert _seconds(line) < MEGABYTE_SECONDS, name


def _source(tmp_path: Path, name: str, text: str) -> SourceFile:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    return SourceFile(name, str(path), stat.st_size, stat.st_mtime_ns, stat.st_dev, stat.st_ino)


@pytest.fixture()
def exponential_cleaner(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cleaner as it was: the old exponential menu pattern runs on every line first."""
    import curation.pipeline as pipeline

    exponential = re.compile(r"^(?:(?:[\w .'’&-]{1,25}\s*[»›|→]\s*){2,}[\w .'’&-]{1,40})$")
    real_clean = pipeline.clean_text

    def clean_with_old_pattern(text: str, repeated: frozenset[str] = frozenset()):
        for line in text.splitlines():
            exponential.match(line)
        return real_clean(text, repeated)

    monkeypatch.setattr(pipeline, "clean_text", clean_with_old_pattern)


BODY = "The body of the story, a sentence with several words in it and then some more of them.\n"


def test_a_document_over_budget_is_rejected_and_the_batch_goes_on(tmp_path: Path, exponential_cleaner) -> None:
    """The budget interrupts a regular expression mid-match: the old exponential menu pattern, on the index line."""
    slow = _source(tmp_path, "slow.txt", f"A headline\n\n{A_TO_Z}\n\n{BODY}")
    quick = _source(tmp_path, "quick.txt", f"A headline\n\n{BODY}")
    warm_up()  # as a worker does first: else loading the language profiles may take the quick one over 0.5 s
    started = time.perf_counter()
    outcomes = process_batch([slow, quick], CurationConfig(doc_timeout_seconds=0.5), frozenset())
    assert time.perf_counter() - started < 10
    assert isinstance(outcomes[0], Failed) and outcomes[0].reason == "timeout", outcomes[0]
    assert re.match(r"stopped after \d+\.\d s, over the budget of 0\.5 s", outcomes[0].detail)
    assert outcomes[0].sha256 is not None
    assert isinstance(outcomes[1], Processed), outcomes[1]


def test_a_run_of_one_batch_goes_inline_and_keeps_the_budget(tmp_path: Path, exponential_cleaner) -> None:
    """A one-batch run skips the worker pool (the patched cleaner would not reach a spawned worker) and processes in
    the flow's main thread, where the budget's signal arrives: the run ends, the slow page a `timeout` rejection."""
    from flows.curate import curate

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "slow.txt").write_text(f"A headline\n\n{A_TO_Z}\n\n{BODY}", encoding="utf-8")
    (raw / "quick.txt").write_text(f"A headline\n\n{BODY}", encoding="utf-8")
    started = time.perf_counter()
    manifest = curate(
        raw_dir=str(raw), out_dir=str(tmp_path / "out"), config=CurationConfig(workers=2, doc_timeout_seconds=0.5)
    )
    assert time.perf_counter() - started < 60
    assert manifest.rejected_by_reason == {"timeout": 1}
    assert manifest.counts["curated"] == 1


def test_a_worker_keeps_blas_to_one_thread() -> None:
    """A worker's BLAS runs one thread: on two cores, each of two workers' OpenBLAS pools spun on the core the other
    worker needed (76 s of CPU against 64 s over 1,446 real pages). In a fresh interpreter, as a spawned worker is,
    with no thread variable set, so the default of one thread per core is what warm_up must change."""
    probe = (
        "from curation.pipeline import warm_up\n"
        "from threadpoolctl import threadpool_info\n"
        "warm_up()\n"
        "print(max(pool['num_threads'] for pool in threadpool_info() if pool['user_api'] == 'blas'))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    shown = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["1"]
