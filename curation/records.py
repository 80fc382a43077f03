"""The one place a worker's outcome becomes a validated Record, and its JSON line.

The record is built and serialized in the worker (`build_batch`), so the driver, which lands every document of
a run in order and cannot be parallelized, only decides what needs the whole index: a document's duplicate
fields. Most documents have none, and their line lands as the worker wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from curation.containers import Item
from curation.dedup import index_form, lsh_bands
from curation.discover import Member, SourceFile
from curation.output import line_digest
from curation.pipeline import Failed, Processed, Steps, process_batch
from curation.spans import Span
from curation.spill import SpillReader
from curation.store import record_id
from curation.taggers import tagger_of
from curation.version import pipeline_version
from schemas import CurationConfig, LanguageShare, Provenance, Record, RemovedSpan, SourceField, SourceMember


@dataclass(frozen=True)
class RunStamp:
    """What the run, not the document, contributes to a record."""

    config_hash: str
    run_id: str
    pipeline_version: str = field(default_factory=pipeline_version)


def _removed(span: Span) -> RemovedSpan:
    """The span as recorded, naming the tagger and version behind its reason so older removals can be told apart."""
    tagger = tagger_of(span.reason)
    return RemovedSpan(
        start=span.start,
        end=span.end,
        reason=span.reason,
        tagger=tagger.name,
        tagger_version=tagger.version,
        score=span.score,
    )


def _member(member: Member | None) -> SourceMember | None:
    return None if member is None else SourceMember.model_validate(member, from_attributes=True)


def build_record(
    doc: Processed,
    record_id: str,
    stamp: RunStamp,
    *,
    language_allowed: bool = True,
    near_duplicate_of: str | None = None,
    duplicate_cluster: str | None = None,
    duplicate_similarity: float | None = None,
    supersedes_sha256: str | None = None,
) -> Record:
    return Record(
        id=record_id,
        text=doc.text,
        title=doc.title,
        authors=doc.authors,
        published=doc.published,
        language=doc.language,
        language_confidence=doc.language_confidence,
        languages=[LanguageShare(lang=lang, share=share) for lang, share in doc.languages],
        language_reason=doc.language_reason,
        language_allowed=language_allowed,
        near_duplicate_of=near_duplicate_of,
        duplicate_cluster=duplicate_cluster,
        duplicate_similarity=None if duplicate_similarity is None else round(duplicate_similarity, 4),
        provenance=Provenance(
            source=doc.source.source,
            source_sha256=doc.sha256,
            source_bytes=doc.size,
            source_mtime_ns=doc.source.mtime_ns,
            member=_member(doc.source.member),
            source_metadata=[SourceField(name=k, value=v) for k, v in doc.hints.items()] or None,
            encoding=doc.encoding,
            decode_steps=list(doc.decode_steps),
            removed=[_removed(span) for span in doc.removed],
            supersedes_sha256=supersedes_sha256,
            pipeline_version=stamp.pipeline_version,
            config_hash=stamp.config_hash,
            run_id=stamp.run_id,
            processed_at=datetime.now(UTC),
        ),
    )


@dataclass(frozen=True)
class Built:
    """A processed document as the driver lands it: its record's line, with no duplicate fields and nothing it
    supersedes (the driver's to decide), and the keys it is indexed by."""

    source: SourceFile
    sha256: str
    size: int
    language: str
    language_allowed: bool
    text_digest: str
    hashvalues: bytes  # MinHash values, uint32 little-endian: the store's form
    band_keys: tuple[int, ...]
    line: str
    line_digest: str


def built(doc: Processed, stamp: RunStamp, config: CurationConfig) -> Built:
    allowed = not config.lang_allow or doc.language in config.lang_allow
    line = build_record(doc, record_id(doc.source.source), stamp, language_allowed=allowed).model_dump_json()
    hashvalues, keys = index_form(doc.signature, *lsh_bands(config.lsh_threshold, config.num_perm))
    return Built(
        source=doc.source,
        sha256=doc.sha256,
        size=doc.size,
        language=doc.language,
        language_allowed=allowed,
        text_digest=doc.text_digest,
        hashvalues=hashvalues,
        band_keys=keys,
        line=line,
        line_digest=line_digest(line),
    )


@dataclass(frozen=True)
class Batch:
    """A batch's outcomes in order, and its stats per step (`pipeline.Steps`)."""

    outcomes: list[Built | Failed]
    steps: Steps


def build_batch(
    items: list[Item], config: CurationConfig, repeated: frozenset[str], stamp: RunStamp, spills: tuple[str, ...] = ()
) -> Batch:
    """The worker's unit of a run: each document processed (`pipeline.process_batch`), then built into its line.
    `spills`: the pre-pass's spill files of these documents, whose documents are not read again (`curation.spill`)."""
    steps = Steps()
    outcomes: list[Built | Failed] = []
    with SpillReader(spills) as spilled:
        processed = process_batch(items, config, repeated, steps, spilled.take)
    for outcome in processed:
        if isinstance(outcome, Processed):
            with steps.timed("build"):
                outcomes.append(built(outcome, stamp, config))
        else:
            outcomes.append(outcome)
    return Batch(outcomes, steps)
