"""The per-document work that runs in worker processes: read, decode, clean, detect, sign.

Everything here is a pure function of (file bytes, configuration, repeated-line set), so a
batch gives the same result on any worker, in any order.
"""

from __future__ import annotations

import hashlib
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
from threadpoolctl import threadpool_limits

from curation.clean import Cleaned, clean_text
from curation.containers import Item, Loaded, hint_date, member_payload, source_of
from curation.content_model import warm_up as load_content_model
from curation.decode import Decoded, decode_bytes
from curation.dedup import normalize, signature, text_digest
from curation.discover import SourceFile, open_listed
from curation.errors import Rejected
from curation.language import LanguageResult, detect
from curation.names import warm_up as load_names
from curation.spans import Span, apply_spans
from schemas import CurationConfig


@dataclass
class Processed:
    source: SourceFile
    sha256: str
    size: int
    encoding: str
    decode_steps: tuple[str, ...]
    text: str
    removed: list[Span]
    title: str | None
    authors: list[str]
    published: str | None
    language: str
    language_confidence: float
    languages: list[tuple[str, float]]
    language_reason: str | None
    text_digest: str
    signature: np.ndarray
    hints: dict[str, str] = field(default_factory=dict)  # a container's metadata of the document


@dataclass
class Failed:
    source: SourceFile
    reason: str
    detail: str
    sha256: str | None
    size: int | None
    encoding: str | None = None
    transient: bool = False  # a read that may succeed when tried again (vanished, locked, I/O error)


Outcome = Processed | Failed

# Read failures worth another try: the file may be back, or unlocked, a moment later.
TRANSIENT_REASONS = frozenset({"vanished", "unreadable"})


def read_source(source: SourceFile, max_bytes: int) -> bytes:
    """Read the very file discovery listed (`open_listed`), without loading an oversize one."""
    with open_listed(source, max_bytes) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise Rejected("too_large", f"grew past the limit of {max_bytes} bytes while read")
    return data


def read_item(item: Item, max_bytes: int) -> bytes:
    """The document's own bytes: the file, or the container member the driver already read (`load_batches`)."""
    if isinstance(item, Loaded):
        return item.data()
    return read_source(item, max_bytes)


def hint_fields(config: CurationConfig) -> dict[str, str]:
    """Source metadata to keep of a container's document: key -> the field holding it."""
    fields = {name: name for name in config.metadata_fields}
    if config.id_field:
        fields["id"] = config.id_field
    return fields


def decode_document(source: SourceFile, raw: bytes, config: CurationConfig) -> tuple[Decoded, dict[str, str]]:
    """A file's bytes are decoded as they are; a container's document (its JSON line or row) is first unpacked
    into its text field's bytes and its metadata, and a document that cannot be is rejected with why."""
    hints: dict[str, str] = {}
    if source.member is not None:
        raw, hints = member_payload(source.member, raw, hint_fields(config))
    return decode_bytes(raw), hints


@dataclass(frozen=True)
class Read:
    """A document read and decoded: all that the steps after `decode` and its record need of its bytes. The
    pre-pass makes it and spills it (`curation.spill`), so the main pass need not read and decode it again."""

    sha256: str
    size: int
    decoded: Decoded
    hints: dict[str, str]
    seconds: float  # decoding took: they count against the document's time budget in the main pass


def read_document(item: Item, config: CurationConfig) -> Read:
    """Read and decode one document; raises Rejected (or OSError) as the main pass's read and decode would."""
    raw = read_item(item, config.max_bytes)
    started = time.perf_counter()
    decoded, hints = decode_document(source_of(item), raw, config)
    return Read(hashlib.sha256(raw).hexdigest(), len(raw), decoded, hints, time.perf_counter() - started)


@dataclass(frozen=True)
class Metadata:
    """What the pipeline derives about a text besides the text itself: `curate verify` derives it again to tell a
    record an older pipeline made (stale) from one that was edited."""

    title: str | None
    authors: list[str]
    published: str | None
    language: LanguageResult


def derive_metadata(cleaned: Cleaned, text: str, hints: dict[str, str], config: CurationConfig) -> Metadata:
    """What the text itself shows wins; the scraper's title and date (`hints`) fill in where it shows none."""
    return Metadata(
        title=cleaned.title or hints.get("title"),
        authors=cleaned.authors,
        published=cleaned.published or hint_date(hints.get("date")),
        language=detect(text, config.lang_min_chars, config.lang_min_confidence, config.lang_sample_chars),
    )


@dataclass
class Doc:
    """One document as it goes through the steps: each step reads what the earlier ones left and adds its own."""

    source: SourceFile
    raw: bytes | None  # None when the pre-pass read and decoded it (`Read`): `decoded` is then set
    sha256: str
    size: int
    config: CurationConfig
    repeated: frozenset[str]
    hints: dict[str, str] = field(default_factory=dict)
    decoded: Decoded | None = None
    cleaned: Cleaned | None = None
    text: str = ""
    meta: Metadata | None = None
    text_digest: str = ""
    signature: np.ndarray | None = None

    def processed(self) -> Processed:
        assert self.decoded is not None and self.cleaned is not None and self.meta is not None
        assert self.signature is not None
        lang = self.meta.language
        return Processed(
            source=self.source,
            sha256=self.sha256,
            size=self.size,
            encoding=self.decoded.encoding,
            decode_steps=self.decoded.steps,
            text=self.text,
            removed=self.cleaned.removed,
            title=self.meta.title,
            authors=self.meta.authors,
            published=self.meta.published,
            language=lang.language,
            language_confidence=lang.confidence,
            languages=lang.languages,
            language_reason=lang.reason,
            text_digest=self.text_digest,
            signature=self.signature,
            hints=self.hints,
        )


def decode_step(doc: Doc) -> None:
    """The document's bytes decoded (`decode_document`), unless the pre-pass already did."""
    if doc.raw is not None:
        doc.decoded, doc.hints = decode_document(doc.source, doc.raw, doc.config)


def clean_step(doc: Doc) -> None:
    assert doc.decoded is not None
    doc.cleaned = clean_text(doc.decoded.text, doc.repeated)
    doc.text = apply_spans(doc.decoded.text, doc.cleaned.removed)
    left = len(doc.text.strip())
    if left < doc.config.min_content_chars:
        raise Rejected("no_content", f"{left} characters left after cleaning (minimum {doc.config.min_content_chars})")


def language_step(doc: Doc) -> None:
    assert doc.cleaned is not None
    doc.meta = derive_metadata(doc.cleaned, doc.text, doc.hints, doc.config)


def sign_step(doc: Doc) -> None:
    normalized = normalize(doc.text)
    doc.text_digest = text_digest(normalized)
    doc.signature = signature(normalized, doc.config.shingle_words, doc.config.num_perm)


# The steps a read document goes through, in order; adding one is a function and a line here. A step rejects its
# document by raising Rejected, and its name is where the document's time and rejection are counted (`Steps`).
STEPS: tuple[tuple[str, Callable[[Doc], None]], ...] = (
    ("decode", decode_step),
    ("clean", clean_step),
    ("language", language_step),
    ("sign", sign_step),
)


@dataclass
class Steps:
    """Documents, rejections and seconds per named step, summed over a batch in the worker and over the run by
    the driver (as datatrove's steps keep stats): where a run's time goes and where its inputs are refused."""

    documents: Counter[str] = field(default_factory=Counter)
    rejected: Counter[str] = field(default_factory=Counter)
    seconds: Counter[str] = field(default_factory=Counter)
    current: str | None = None  # the step under way: a document stopped by its time budget is counted there

    @contextmanager
    def timed(self, name: str) -> Iterator[None]:
        self.documents[name] += 1
        self.current = name
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started

    def add(self, other: Steps) -> None:
        self.documents.update(other.documents)
        self.rejected.update(other.rejected)
        self.seconds.update(other.seconds)


def process_document(
    source: SourceFile,
    raw: bytes | Read,
    config: CurationConfig,
    repeated: frozenset[str],
    steps: Steps | None = None,
) -> Outcome:
    """The document's bytes, or what the pre-pass read and decoded of them (`Read`), through every step of
    `STEPS`, or rejected by one of them with its reason."""
    steps = steps if steps is not None else Steps()
    if isinstance(raw, Read):
        doc = Doc(source, None, raw.sha256, raw.size, config, repeated, dict(raw.hints), raw.decoded)
        steps.seconds["decode"] += raw.seconds  # spent in the pre-pass, and still where the run's time goes
    else:
        doc = Doc(source, raw, hashlib.sha256(raw).hexdigest(), len(raw), config, repeated)
    for name, step in STEPS:
        with steps.timed(name):
            try:
                step(doc)
            except Rejected as exc:
                steps.rejected[name] += 1
                encoding = doc.decoded.encoding if doc.decoded is not None else None
                return Failed(source, exc.reason, exc.detail, doc.sha256, doc.size, encoding)
    return doc.processed()


class DocumentTimeout(Exception):
    """One document used up its CPU budget (`CurationConfig.doc_timeout_seconds`)."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in the block once `seconds` have passed, so one pathological input cannot stall its
    batch, and with it the run, for ever.

    SIGALRM interrupts a regular expression mid-match (the engine checks for signals), which no check between
    steps could do. Signals reach only the main thread, which is where a worker process of the pool runs its
    tasks; run inline in a thread (one worker, a Dask worker thread) the block has no budget.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    running = True

    def expire(signum: int, frame: object) -> None:
        if running:
            raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    # Repeating: an exception raised where Python ignores it (a gc callback, a __del__) must not end the budget.
    signal.setitimer(signal.ITIMER_REAL, seconds, min(seconds, 1.0))
    try:
        yield
    finally:
        running = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def warm_up() -> None:
    """Load what the first document of a worker would otherwise wait for (language profiles, the date parser,
    and for the first whole page the content model, its stop lists and character table, a third of a second); run
    once per worker process, while the driver is still planning.

    It also keeps numpy's BLAS to one thread in this process. The content model's matrix products on a long page
    are big enough for OpenBLAS to start a thread per core, and those threads spin on the core the other worker
    needs: on 1,446 real pages with two workers, 76 s of CPU against 64 s, for the same records."""
    threadpool_limits(1, user_api="blas")
    clean_text("Title of a story\nBy John Miller\n12 March 2024\nBody of the story.\n")
    load_content_model()
    load_names()
    detect("warm up the language profiles " * 5, 20, 0.7, 3000)


def _not_spilled(source: SourceFile) -> Read | None:
    return None


def _digest(raw: bytes | Read) -> tuple[str, int]:
    """sha256 and size of the document's bytes, for a rejection that names them."""
    return (raw.sha256, raw.size) if isinstance(raw, Read) else (hashlib.sha256(raw).hexdigest(), len(raw))


def process_batch(
    items: list[Item],
    config: CurationConfig,
    repeated: frozenset[str],
    steps: Steps | None = None,
    spilled: Callable[[SourceFile], Read | None] = _not_spilled,
) -> list[Outcome]:
    """One unit of parallel work. Errors of one document never escape to the batch, and a document over its time
    budget becomes a `timeout` rejection while the rest of the batch goes on. `steps` gathers the batch's stats.

    `spilled` gives what the pre-pass read and decoded of a document (`curation.spill`), so it is not read again;
    a document it has nothing for is read here, as are all without it."""
    steps = steps if steps is not None else Steps()
    outcomes: list[Outcome] = []
    for item in items:
        source = source_of(item)
        try:
            with steps.timed("read"):
                found = spilled(source)
                raw = found if found is not None else read_item(item, config.max_bytes)
        except Rejected as exc:
            steps.rejected["read"] += 1
            transient = exc.reason in TRANSIENT_REASONS
            outcomes.append(Failed(source, exc.reason, exc.detail, None, None, transient=transient))
            continue
        except OSError as exc:
            steps.rejected["read"] += 1
            detail = f"{type(exc).__name__}: {exc.strerror or exc}"
            outcomes.append(Failed(source, "unreadable", detail, None, None, transient=True))
            continue
        # the pre-pass's decoding of a spilled document is part of its budget, as when it is decoded here
        spent = raw.seconds if isinstance(raw, Read) else 0.0
        started = time.perf_counter() - spent
        try:
            with time_budget(config.doc_timeout_seconds and config.doc_timeout_seconds - spent):
                outcomes.append(process_document(source, raw, config, repeated, steps))
        except DocumentTimeout:
            steps.rejected[steps.current or "read"] += 1
            detail = (
                f"stopped after {time.perf_counter() - started:.1f} s, "
                f"over the budget of {config.doc_timeout_seconds:g} s (doc_timeout_seconds)"
            )
            outcomes.append(Failed(source, "timeout", detail, *_digest(raw)))
        except Exception as exc:
            steps.rejected[steps.current or "read"] += 1
            outcomes.append(Failed(source, "internal_error", f"{type(exc).__name__}: {exc}", *_digest(raw)))
    return outcomes
