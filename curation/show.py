"""One record next to its source, with what was cut and why: the `curate show` view.

Pure rendering into rich objects; the command only finds the files and prints.
"""

from __future__ import annotations

from pathlib import Path

from rich.table import Table
from rich.text import Text

from curation.decode import decode_bytes
from curation.errors import Rejected
from curation.output import parse_or_raise, shard_lines
from curation.verify import recorded_bytes
from schemas import Record, RemovedSpan

REMOVED_STYLE = "strike red"
WHITESPACE_STYLE = "on grey30"  # a struck-through blank is invisible: give removed whitespace a background
REASON_STYLE = "bold magenta"


def find_record(curated: Path, key: str) -> Record | None:
    """The record whose id (or source path) is `key`."""
    wanted = key.encode("utf-8")
    for shard, number, line in shard_lines(curated, "records"):
        if wanted in line:  # cheap pre-filter before parsing
            record = parse_or_raise(curated, shard, number, line, Record)
            if key in (record.id, record.provenance.source):
                return record
    return None


def load_source(record: Record, raw_dir: Path) -> tuple[str | None, str | None]:
    """(decoded source, None) or (None, why the source cannot be shown as the record saw it)."""
    raw = recorded_bytes(record.provenance, raw_dir)
    if isinstance(raw, str):
        return None, raw
    try:
        return decode_bytes(raw).text, None
    except Rejected as exc:
        return None, f"source {record.provenance.source} no longer decodes: {exc}"


def span_label(span: RemovedSpan) -> str:
    """Reason, tagger@version and score (models only): which rule made a cut, to find it when the cut is wrong."""
    score = "" if span.score is None else f" {span.score:.2f}"
    return f"{span.reason} {span.tagger}@{span.tagger_version}{score}"


def marked_source(source: str, removed: list[RemovedSpan]) -> Text:
    """The whole source: kept text plain, removed spans struck through in red, each followed by its ⟦label⟧."""
    text = Text()
    pos = 0
    for span in sorted(removed, key=lambda s: s.start):
        text.append(source[pos : span.start])
        cut = source[span.start : span.end]
        body = cut.rstrip()
        if body:  # the reason goes right after the cut text, before its trailing newline
            text.append(body, style=REMOVED_STYLE)
            text.append(f"⟦{span_label(span)}⟧", style=REASON_STYLE)
        text.append(cut[len(body) :], style=WHITESPACE_STYLE)
        pos = max(pos, span.end)
    text.append(source[pos:])
    return text


def record_table(record: Record) -> Table:
    """The record's fields other than its text, for a person."""
    prov = record.provenance
    table = Table(show_header=False, title=f"record {record.id}")
    rows = {
        "source": prov.source,
        "title": record.title or "",
        "authors": ", ".join(record.authors),
        "published": record.published or "",
        "language": f"{record.language} ({record.language_confidence:.2f})"
        + (f", {record.language_reason}" if record.language_reason else ""),
        "languages": ", ".join(f"{s.lang} {s.share:.0%}" for s in record.languages),
        "language allowed": str(record.language_allowed),
        "near duplicate of": record.near_duplicate_of or "",
        "duplicate cluster": record.duplicate_cluster or "",
        "duplicate similarity": "" if record.duplicate_similarity is None else f"{record.duplicate_similarity:.3f}",
        "text": f"{len(record.text):,} characters",
        "encoding": " → ".join([prov.encoding, *prov.decode_steps]),
        "source sha256": prov.source_sha256,
        "removed spans": str(len(prov.removed)),
        "versions": f"pipeline {prov.pipeline_version}, schema {prov.schema_version}, config {prov.config_hash}",
        "run": f"{prov.run_id} at {prov.processed_at.isoformat(timespec='seconds')}",
    }
    for key, value in rows.items():
        table.add_row(key, Text(value))
    return table


def spans_table(source: str | None, removed: list[RemovedSpan], excerpt_chars: int = 60) -> Table:
    """Every removed span with its reason, tagger and score and, when the source is at hand, what it contained."""
    table = Table(title="removed spans")
    for column in ("start", "end", "reason", "tagger", "score", "removed text"):
        table.add_column(column)
    for span in removed:
        cut = "" if source is None else source[span.start : span.end]
        shown = repr(cut[:excerpt_chars] + ("…" if len(cut) > excerpt_chars else ""))
        tagger = f"{span.tagger}@{span.tagger_version}"
        score = "" if span.score is None else f"{span.score:.2f}"
        table.add_row(
            str(span.start), str(span.end), span.reason, tagger, score, Text(shown if source is not None else "?")
        )
    return table
