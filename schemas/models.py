"""The record format: every file that consumers read is validated against these models.

They are the single source of truth; `schemas/*.schema.json` are generated from them
(`python -m schemas.export`) and a test fails when the two drift apart.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

# Bump when a field is added, removed, renamed, changes type, constraints or meaning: consumers key on it.
# schemas/fingerprint.json pins a fingerprint of the models' structure to each version (descriptions
# excluded); tests/test_schemas.py fails when the structure changes without a bump.
SCHEMA_VERSION = "1.7"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CurationConfig(Strict):
    """Everything that can change an output byte. Its hash goes into every record."""

    batch_size: int = Field(
        200, ge=1, le=100_000, description="documents per Prefect task run (1 to 100,000: a batch is held in memory)"
    )
    workers: int = Field(
        0, ge=0, le=256, description="worker processes; 0 = one per core (at most 256: each is a Python process)"
    )
    max_bytes: int = Field(
        50_000_000,
        ge=1,
        le=1_000_000_000,
        description="larger sources are rejected as too_large (at most 10^9: a source is read and decoded in memory)",
    )
    ignore: list[Annotated[str, Field(min_length=1, max_length=255)]] = Field(
        default_factory=lambda: [".*", "*~", "*.swp", "*.tmp", "#*#", "__pycache__", "Thumbs.db"],
        max_length=1000,
        description="glob patterns of file or folder names that discovery skips (at most 1000, of 1 to 255 characters)",
    )
    min_content_chars: int = Field(
        40,
        ge=0,
        le=1_000_000_000,
        description="cleaned text shorter than this is rejected as no_content (at most 10^9, max_bytes' bound)",
    )
    lang_min_chars: int = Field(
        20, ge=0, le=1_000_000_000, description="shorter cleaned text gets language und (at most 10^9)"
    )
    lang_min_confidence: float = Field(0.70, ge=0, le=1, description="below this the language is und")
    lang_sample_chars: int = Field(
        1200,
        ge=200,
        le=100_000,
        description="characters sampled for language detection, in windows spread over the text "
        "(200 to 100,000: detection time grows with it)",
    )
    lang_allow: list[Annotated[str, Field(min_length=1, max_length=16)]] = Field(
        default_factory=list, max_length=1000, description="allowed languages; empty = all (at most 1000 codes)"
    )
    shingle_words: int = Field(
        5,
        ge=1,
        le=1000,
        description="tokens per MinHash shingle (characters in scripts written without spaces); at most 1000",
    )
    num_perm: int = Field(
        128,
        ge=16,
        le=1024,
        description="MinHash permutations (16 to 1024: the LSH layout search and the signatures grow with it)",
    )
    lsh_threshold: float = Field(0.5, gt=0, lt=1, description="LSH candidate threshold (Jaccard)")
    duplicate_threshold: float = Field(
        0.75, gt=0, le=1, description="verified Jaccard estimate that links two records (docs/dedup.md)"
    )
    repeated_line_min_docs: int = Field(
        3, ge=2, le=1_000_000_000, description="a line in this many documents is boilerplate (2 to 10^9)"
    )
    missing_sources: Literal["keep", "drop"] = Field(
        "keep", description="what happens to the record of a source that vanished from raw/"
    )
    readers: dict[
        Annotated[str, Field(min_length=1, max_length=255)], Literal["text", "jsonl", "parquet", "warc", "wet"]
    ] = Field(
        default_factory=dict,
        max_length=1000,
        description="glob pattern on the path relative to RAW_DIR -> reader (text, jsonl, parquet, warc, wet), "
        "before the defaults by name: *.jsonl, *.jsonl.gz, *.jsonl.zst are jsonl, *.parquet is parquet, *.warc and "
        "*.warc.gz are warc (response records), *.wet and *.wet.gz are wet (conversion records), other files text",
    )
    text_field: str = Field(
        "text", min_length=1, max_length=255, description="the field (JSON Lines) or column (Parquet) holding the text"
    )
    id_field: str | None = Field(
        None, min_length=1, max_length=255, description="a field or column with the scraper's id, kept as metadata id"
    )
    metadata_fields: list[Annotated[str, Field(min_length=1, max_length=255)]] = Field(
        default_factory=lambda: ["url", "title", "date"],
        max_length=100,
        description="fields or columns kept as the record's source metadata; title and date are hints for the "
        "record's title and published date when the text has none",
    )
    doc_timeout_seconds: float = Field(
        30.0,
        ge=0,
        le=86_400,
        description="CPU budget of one document in a worker process; over it, the document is rejected as timeout "
        "(0 = no budget; at most 86,400 s, a day)",
    )
    checkpoint_seconds: float = Field(
        30.0,
        ge=1,
        le=3_600,
        description="a run commits what it has done at least this often (and every 5,000 inputs): a killed run "
        "loses at most this much work (1 to 3,600 s; each checkpoint starts new shard files)",
    )

    def digest(self) -> str:
        """Hash of the settings that shape output; machine knobs (batch_size, workers, doc_timeout_seconds,
        checkpoint_seconds) excluded: the budget only names a document that would otherwise stall a run, a checkpoint
        only decides when lines land, and every record made before either existed keeps its hash."""
        data = self.model_dump(exclude={"batch_size", "workers", "doc_timeout_seconds", "checkpoint_seconds"})
        # the container readers' settings count only once changed: a corpus of files keeps the hash it had
        defaults = CurationConfig.model_construct()
        for name in ("readers", "text_field", "id_field", "metadata_fields"):
            if data[name] == getattr(defaults, name):
                del data[name]
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


class Selection(BaseModel):
    """Selectors of one `curate reprocess`: every given selector must hold (AND); a repeated one is an OR.

    A model so it can travel as a Prefect flow parameter; `curation.select` applies it.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    all: bool = Field(False, description="every present source, whatever its state")
    sources: list[str] = Field(default_factory=list, description="glob patterns on the source path")
    ids: list[str] = Field(default_factory=list, description="record ids (derived from the source path)")
    since: date | None = Field(None, description="sources last modified on or after this day (UTC)")
    reasons: list[str] = Field(default_factory=list, description="rejection reason codes")

    @field_validator("sources")
    @classmethod
    def _inside_raw(cls, patterns: list[str]) -> list[str]:
        """A source is a path relative to RAW_DIR: a pattern that is absolute or climbs out names nothing to redo."""
        for pattern in patterns:
            if pattern.startswith("/") or ".." in pattern.split("/"):
                raise ValueError(f"{pattern!r} is not relative to RAW_DIR (absolute, or climbs out with ..)")
        return patterns

    def is_empty(self) -> bool:
        return not (self.all or self.sources or self.ids or self.since or self.reasons)


class RemovedSpan(Strict):
    start: int = Field(ge=0, description="offset into the decoded source, in characters")
    end: int = Field(ge=0, description="exclusive end offset")
    reason: str = Field(description="why it was removed, e.g. share_widget, byline, whitespace")
    tagger: str = Field(
        description="the rule family or model that removed it: lexicon.share_widget, clean.whitespace, content_model"
    )
    tagger_version: str = Field(
        description="version of that tagger: a digest of its patterns or weights, or a number bumped by hand (code)"
    )
    score: float | None = Field(
        None, ge=0, le=1, description="the model's confidence that the span is boilerplate; null for rules"
    )


class LanguageShare(Strict):
    lang: str = Field(description="langdetect language code")
    share: float = Field(ge=0, le=1, description="share of the text's characters in this language")


class SourceMember(Strict):
    """Where a document inside a container file is, to read its bytes back (README, "Containers")."""

    container: str = Field(description="the container file, relative to RAW_DIR")
    reader: Literal["jsonl", "parquet", "warc", "wet"] = Field(description="the reader that listed it")
    number: int = Field(
        ge=0, description="line number (jsonl, from 1), row number (parquet, from 0) or document number (warc, wet)"
    )
    offset: int = Field(
        ge=0,
        description="jsonl: byte offset of the line in the decompressed stream; parquet: the row number; "
        "warc, wet: byte offset of the record in the file",
    )
    length: int = Field(
        ge=0, description="bytes of the document: its line without the newline, its row as JSON, its record payload"
    )
    field: str | None = Field(
        description="the field or column whose value is the text that was decoded (jsonl, parquet)"
    )
    record_id: str | None = Field(description="the WARC-Record-ID (warc, wet)")


class SourceField(Strict):
    name: str = Field(description="the metadata's name: the field or column it came from, or id (id_field)")
    value: str = Field(description="its value as text (JSON for a value that is not a string)")


class Provenance(Strict):
    source: str = Field(
        description="path relative to RAW_DIR, '/'-separated; a document in a container: container#line=N, #row=N "
        "or #record=<WARC-Record-ID>"
    )
    source_sha256: str = Field(
        description="sha256 of the raw bytes the record was derived from: the file, or the document's own bytes in "
        "its container (its JSON line, its row as JSON, its WARC record payload)"
    )
    source_bytes: int = Field(description="size of the raw file (or of the document's own bytes) in bytes")
    source_mtime_ns: int = Field(description="modification time of the raw file when it was read (ns since epoch)")
    member: SourceMember | None = Field(None, description="for a document inside a container: where to read it")
    source_metadata: list[SourceField] | None = Field(
        None,
        description="what the container said of the document (metadata_fields, id_field as id), as text; a list "
        "of name/value pairs rather than a map so every reader of the Parquet export (datasets has no map) takes it",
    )
    encoding: str = Field(description="codec that decodes the raw bytes")
    decode_steps: list[str] = Field(description="deterministic repairs applied after decoding, in order")
    removed: list[RemovedSpan] = Field(description="character spans of the decoded source left out of text")
    supersedes_sha256: str | None = Field(None, description="source hash of the record this one replaced")
    pipeline_version: str = Field(
        description="package version + digest of the cleaner's rules, vocabulary and model, e.g. 0.1.0+af36ad45fb"
    )
    schema_version: str = Field(SCHEMA_VERSION, description="version of this record format")
    config_hash: str = Field(description="hash of the CurationConfig settings that shape output")
    run_id: str = Field(description="Prefect flow run id")
    processed_at: datetime = Field(description="when the record was written (UTC)")


class Record(Strict):
    id: str = Field(description="stable id derived from the source path")
    text: str = Field(description="the article text: the decoded source minus the removed spans")
    title: str | None = Field(description="headline found in the source, if any")
    authors: list[str] = Field(description="names from the byline, if any")
    published: str | None = Field(
        None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="publication date (YYYY-MM-DD) from the dateline, if any"
    )
    language: str = Field(description="langdetect code, or und")
    language_confidence: float = Field(
        ge=0,
        le=1,
        description=(
            "langdetect probability of `language` times the share of letters in that language's scripts; "
            "docs/language.md gives the error rate per band"
        ),
    )
    languages: list[LanguageShare] = Field(description="languages of the paragraphs, largest share first")
    language_reason: str | None = Field(
        None,
        description=(
            "why `language` is und: too_short, low_confidence, or evidence of a close neighbour langdetect has no "
            "profile for: neighbour_letters:<answer>/<neighbour>, neighbour_words:<answer>/<neighbour>, "
            "few_stopwords:<answer> (docs/language.md); null when a language is given"
        ),
    )
    language_allowed: bool = Field(description="false when language is outside the configured allow-list")
    near_duplicate_of: str | None = Field(
        description="id of the canonical (earliest) record of its cluster; null for canonicals and unique records"
    )
    duplicate_cluster: str | None = Field(
        description="id of the duplicate cluster (its canonical record's id); null when the record has no duplicate"
    )
    duplicate_similarity: float | None = Field(
        None, ge=0, le=1, description="MinHash estimate of the Jaccard similarity to `near_duplicate_of`"
    )
    provenance: Provenance = Field(description="where the text came from and how it was derived")


class Rejection(Strict):
    source: str
    reason: str = Field(description="machine-readable code, see README")
    detail: str = Field(description="for a person")
    source_sha256: str | None
    source_bytes: int | None
    encoding: str | None = None
    pipeline_version: str
    schema_version: str = SCHEMA_VERSION
    config_hash: str
    run_id: str
    processed_at: datetime


class StepStats(Strict):
    """One named step of the workers' per-document pipeline (`curation.pipeline.STEPS`), over a run."""

    documents: int = Field(description="documents that entered the step")
    rejected: int = Field(description="documents the step rejected (their reason is in rejected_by_reason)")
    seconds: float = Field(description="seconds spent in the step, summed over every worker")


class Manifest(Strict):
    run_id: str
    started: datetime
    finished: datetime
    pipeline_version: str
    schema_version: str = SCHEMA_VERSION
    config: CurationConfig
    config_hash: str
    raw_dir: str
    counts: dict[str, int] = Field(description="per stage: discovered, processed, unchanged, curated, rejected, ...")
    rejected_by_reason: dict[str, int]
    languages: dict[str, int]
    duplicates: dict[str, int]
    missing_sources: list[str]
    stage_seconds: dict[str, float] = Field(description="seconds of the driver's own stages (serial)")
    steps: dict[str, StepStats] = Field(
        default_factory=dict,
        description="per named step of the workers: documents, rejections, seconds",
    )
