"""The dataset card, CURATED/README.md: what a consumer needs to load, filter, trust and cite the data.

Regenerated at the end of every run from the files themselves (counts over the whole dataset,
not one run), the last manifest (pipeline version, configuration) and the pydantic models
(the schema table uses their Field descriptions, so the card cannot drift from the format).
"""

from __future__ import annotations

import json
import os
import types
import typing
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel

from curation.export import PARQUET_DIR
from curation.output import write_atomic
from curation.stats import DatasetStats
from schemas import SCHEMA_VERSION, Manifest, Record

CARD_NAME = "README.md"

_SCALAR_NAMES = {str: "string", int: "integer", float: "float", bool: "boolean", datetime: "timestamp (UTC)"}


def _type_name(annotation: object) -> str:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return " or ".join(_type_name(a) for a in args) + " or null"
    if origin is typing.Literal:
        return "one of " + ", ".join(str(a) for a in typing.get_args(annotation))
    if origin is list:
        return f"list of {_type_name(typing.get_args(annotation)[0])}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "struct"
    return _SCALAR_NAMES.get(annotation, str(annotation))  # type: ignore[call-overload]


def _nested_model(annotation: object) -> type[BaseModel] | None:
    """The model inside `Model`, `Model | None` or `list[Model]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        inner = _nested_model(arg)
        if inner is not None:
            return inner
    return None


def schema_rows(model: type[BaseModel] = Record, prefix: str = "") -> list[tuple[str, str, str]]:
    """(field path, type, description) for every field, nested ones as `provenance.removed[].reason`."""
    rows = []
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        rows.append((path, _type_name(info.annotation), info.description or ""))
        nested = _nested_model(info.annotation)
        if nested is not None:
            is_list = typing.get_origin(info.annotation) is list
            rows.extend(schema_rows(nested, f"{path}[]." if is_list else f"{path}."))
    return rows


def _table(header: tuple[str, ...], rows: list[tuple[object, ...]]) -> list[str]:
    def cell(value: object) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines if rows else [*lines, "| " + " | ".join(["none", *[""] * (len(header) - 1)]) + " |"]


def _loading(language: str, raw_from_card: str) -> list[str]:
    """Snippets that run as written from inside the dataset folder (tests execute them)."""
    return [
        "## How to load it",
        "",
        "Paths are relative to this folder. `parquet/` holds the same records as `records/` with a typed",
        "schema (nested `provenance` as a struct, `provenance.removed` as a list of structs).",
        "",
        "pandas:",
        "",
        "```python",
        "import pandas as pd",
        "",
        'df = pd.read_parquet("parquet")',
        f'subset = df[(df["language"] == "{language}") & df["near_duplicate_of"].isna()]',
        'print(len(df), len(subset), subset["provenance"].iloc[0]["source"] if len(subset) else None)',
        "```",
        "",
        "DuckDB (nested fields with a dot):",
        "",
        "```python",
        "import duckdb",
        "",
        "rows = duckdb.sql(",
        '    "SELECT id, provenance.source AS source, length(text) AS chars "',
        "    \"FROM 'parquet/*.parquet' \"",
        f"    \"WHERE language = '{language}' AND near_duplicate_of IS NULL\"",
        ").fetchall()",
        "print(len(rows))",
        "```",
        "",
        "Polars:",
        "",
        "```python",
        "import polars as pl",
        "",
        'frame = pl.scan_parquet("parquet/*.parquet")',
        f'wanted = (pl.col("language") == "{language}") & pl.col("near_duplicate_of").is_null()',
        "subset = frame.filter(wanted).collect()",
        'sources = subset.select(pl.col("provenance").struct.field("source"))',
        "print(subset.height)",
        "```",
        "",
        "Hugging Face `datasets`:",
        "",
        "```python",
        "from datasets import load_dataset",
        "",
        'dataset = load_dataset("parquet", data_files="parquet/*.parquet", split="train")',
        f'subset = dataset.filter(lambda r: r["language"] == "{language}" and r["near_duplicate_of"] is None)',
        "print(dataset.num_rows, subset.num_rows)",
        "```",
        "",
        "The package's typed reader (validated `schemas.Record` objects, streamed from `records/`):",
        "",
        "```python",
        "from curation.reader import load_records",
        "",
        f'records = list(load_records(".", language="{language}"))  # include_duplicates=False by default',
        "print(len(records), records[0].provenance.source if records else None)",
        "```",
        "",
        "## How to trace a record to its source",
        "",
        "`provenance.source` names the raw file (relative to the raw folder) and `source_sha256` its bytes.",
        "Decode those bytes with `curation.decode.decode_bytes` (it re-applies `encoding` and `decode_steps`),",
        "then cut out the `provenance.removed` spans (character offsets into the decoded source, each with the",
        "reason it was removed, the `tagger` and `tagger_version` that removed it and a model's `score`): the",
        "result is `text`, exactly. `curate verify` checks this for every record;",
        "`curate show ID --raw RAW_DIR` prints a source with its removed spans struck through.",
        "",
        "```python",
        "import hashlib",
        "from itertools import islice",
        "from pathlib import Path",
        "",
        "from curation.decode import decode_bytes",
        "from curation.reader import load_records",
        "from curation.spans import Span, apply_spans",
        "",
        f'RAW = Path("{raw_from_card}")  # the raw folder this dataset was curated from',
        'for record in islice(load_records(".", include_duplicates=True), 20):  # the first 20 records',
        "    raw = (RAW / record.provenance.source).read_bytes()",
        "    assert hashlib.sha256(raw).hexdigest() == record.provenance.source_sha256, record.id",
        "    spans = [Span(s.start, s.end, s.reason) for s in record.provenance.removed]",
        "    assert apply_spans(decode_bytes(raw).text, spans) == record.text, record.id",
        "```",
    ]


def render_card(manifest: Manifest, stats: DatasetStats, raw_from_card: str) -> str:
    """The card as Markdown; `raw_from_card` is the raw folder's path relative to the card's folder."""
    top_language = stats.languages.most_common(1)[0][0] if stats.languages else "en"
    quantiles = stats.length_quantiles()
    config_json = json.dumps(manifest.config.model_dump(mode="json"), indent=2, sort_keys=True)
    lines = [
        "# Curated text corpus",
        "",
        "<!-- generated by corpus-curation at the end of every run; edits are overwritten -->",
        "",
        "News and opinion articles scraped from the web, in any language, cleaned of page boilerplate",
        "(share widgets, bylines, datelines, captions, repeated titles), language-identified (langdetect)",
        "and flagged for near-duplicates (MinHash). Every record carries its provenance: the raw file,",
        "its sha256, how it was decoded and which character spans were removed and why, so every",
        "character of `text` can be traced back to the raw bytes.",
        "",
        f"Pipeline version {manifest.pipeline_version}, schema version {SCHEMA_VERSION}, "
        f"configuration `{manifest.config_hash}`; last run `{manifest.run_id}` finished "
        f"{manifest.finished.isoformat(timespec='seconds')}.",
        "",
        "## Files",
        "",
        *_table(
            ("path", "content"),
            [
                ("`records/*.jsonl`", "the canonical form: one record (JSON) per line, streamable"),
                (f"`{PARQUET_DIR}/part-*.parquet`", "the same records as typed Parquet shards, in the same order"),
                ("`rejected/*.jsonl`", "inputs that were refused: `source`, `reason`, `detail`"),
                ("`manifest.json`, `manifests/`", "the last run and every run: counts, configuration, stage times"),
            ],
        ),
        "",
        "## Counts",
        "",
        *_table(
            ("measure", "value"),
            [
                ("records", stats.records),
                ("rejected inputs", stats.rejected),
                ("languages", len(stats.languages)),
                ("near-duplicate records (`near_duplicate_of` set)", stats.near_duplicates),
                ("duplicate rate (near-duplicates / records)", f"{stats.duplicate_rate:.2%}"),
                ("duplicate clusters", len(stats.clusters)),
                *[(f"text length, {name} (characters)", f"{value:,}") for name, value in quantiles.items()],
            ],
        ),
        "",
        "### Languages",
        "",
        *_table(
            ("language", "records", "share"),
            [(lang, n, f"{n / stats.records:.1%}") for lang, n in stats.languages.most_common()],
        ),
        "",
        "`und`: too short, no language reached the confidence threshold, or the text shows a close neighbour",
        "langdetect has no profile for (Bosnian for hr, Serbian for mk, ...); `language_reason` says which.",
        "",
        "### Duplicate clusters by size",
        "",
        *_table(("records in the cluster", "clusters"), list(stats.cluster_sizes().items())),
        "",
        "### Rejection reasons",
        "",
        *_table(("reason", "inputs"), stats.rejection_reasons.most_common()),
        "",
        "### Removed spans by reason",
        "",
        *_table(("reason", "spans"), stats.removed_spans.most_common()),
        "",
        f"## Schema (version {SCHEMA_VERSION})",
        "",
        "Generated from the pydantic model `schemas.Record`; the JSON Schema is `schemas/record.schema.json`",
        "in the pipeline's repository. `schema_version` is in every record's provenance and in the manifest;",
        "it changes when a field is added, removed, renamed, changes type or meaning.",
        "",
        *_table(("field", "type", "meaning"), [(f"`{p}`", t, d) for p, t, d in schema_rows()]),
        "",
        "## Pipeline configuration",
        "",
        f"Pipeline version `{manifest.pipeline_version}`, configuration hash `{manifest.config_hash}`",
        "(the package version, then a digest of the cleaner's rules, vocabulary and model: it changes whenever",
        "they do; `provenance.config_hash` of each record names the configuration that made it):",
        "",
        "```json",
        config_json,
        "```",
        "",
        *_loading(top_language, raw_from_card),
        "",
    ]
    return "\n".join(lines)


def write_card(curated: Path, manifest: Manifest, raw_dir: Path, stats: DatasetStats) -> Path:
    """(Atomically) write the card of `curated`, whose statistics are `stats` (`stats.compute_stats`)."""
    raw_from_card = Path(os.path.relpath(raw_dir.resolve(), curated.resolve())).as_posix()
    path = curated / CARD_NAME
    write_atomic(path, render_card(manifest, stats, raw_from_card).encode("utf-8"))
    return path
