"""Pydantic models of everything the pipeline writes."""

from schemas.models import (
    SCHEMA_VERSION,
    CurationConfig,
    LanguageShare,
    Manifest,
    Provenance,
    Record,
    Rejection,
    RemovedSpan,
    Selection,
    SourceField,
    SourceMember,
    StepStats,
)

__all__ = [
    "SCHEMA_VERSION",
    "CurationConfig",
    "LanguageShare",
    "Manifest",
    "Provenance",
    "Record",
    "Rejection",
    "RemovedSpan",
    "Selection",
    "SourceField",
    "SourceMember",
    "StepStats",
]
