"""The one place a worker's outcome becomes a validated Record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from curation.discover import Member
from curation.pipeline import Processed
from curation.spans import Span
from curation.taggers import tagger_of
from curation.version import pipeline_version
from schemas import LanguageShare, Provenance, Record, RemovedSpan, SourceField, SourceMember


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
