"""Re-derive every record from its raw bytes: the check that provenance is complete."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from curation.containers import CONTAINER_ERRORS, member_payload, read_member
from curation.decode import decode_bytes
from curation.discover import Member, read_regular, source_path
from curation.errors import Rejected
from curation.output import line_digest, parse_line, parse_or_raise, shard_lines
from curation.spans import Span, apply_spans, check_spans
from curation.store import Committed, record_id
from schemas import CurationConfig, Provenance, Record


def scan_records(curated: Path) -> Iterator[tuple[Path, int, Record | str]]:
    """Each line of the record shards as a Record, or as why it is not one: a damaged line is reported, and the
    lines after it are still checked."""
    for shard, number, line in shard_lines(curated, "records"):
        yield shard, number, parse_line(line, Record)


def iter_records(curated: Path) -> Iterator[tuple[Path, int, Record]]:
    """The records, in shard order; a damaged line raises DamagedLine naming its shard and line."""
    for shard, number, line in shard_lines(curated, "records"):
        yield shard, number, parse_or_raise(curated, shard, number, line, Record)


def recorded_bytes(prov: Provenance, raw_dir: Path) -> bytes | str:
    """The bytes a record was decoded from, checked against its `source_sha256`; or why they cannot be had.

    A file is read whole. A document in a container is read back from where its provenance says (offset and length
    in the decompressed stream, or its row), hashed as it was when curated (its JSON line, its row as JSON), and
    unpacked again into the text field's bytes that were decoded.
    """
    member = prov.member
    path = source_path(raw_dir, member.container if member else prov.source)
    if path is None:
        return f"source {prov.source!r} is not a relative path inside RAW_DIR; not read"
    try:
        if member is None:
            raw = read_regular(path)
        else:
            listed = Member(
                member.reader,
                member.container,
                member.number,
                member.offset,
                member.length,
                prov.source_sha256,
                member.field,
                member.record_id,
            )
            raw = read_member(path, listed)
    except OSError as exc:
        return f"source {prov.source} cannot be read: {exc.strerror or exc}"
    except Rejected as exc:
        if exc.reason == "replaced":
            return f"source {prov.source} changed since it was curated (sha256 differs)"
        return f"source {prov.source} cannot be read: {exc.detail}"
    except CONTAINER_ERRORS as exc:
        return f"source {prov.source} cannot be read: container unreadable: {exc}"
    if hashlib.sha256(raw).hexdigest() != prov.source_sha256:
        return f"source {prov.source} changed since it was curated (sha256 differs)"
    if member is None:
        return raw
    try:
        return member_payload(listed, raw)[0]
    except Rejected as exc:
        return f"source {prov.source} no longer holds its text: {exc.detail}"


def verify_record(record: Record, raw_dir: Path) -> str | None:
    """Why the record does not follow from its source, or None when it does."""
    prov = record.provenance
    raw = recorded_bytes(prov, raw_dir)
    if isinstance(raw, str):
        return raw
    try:
        decoded = decode_bytes(raw)
    except Rejected as exc:
        return f"source {prov.source} no longer decodes: {exc}"
    if decoded.encoding != prov.encoding or list(decoded.steps) != prov.decode_steps:
        return f"source {prov.source} decodes as {decoded.encoding} {decoded.steps}, record says {prov.encoding}"
    spans = [Span(s.start, s.end, s.reason) for s in prov.removed]
    problem = check_spans(spans, len(decoded.text))
    if problem:
        return f"record {record.id}: {problem}"
    if apply_spans(decoded.text, spans) != record.text:
        return f"record {record.id}: text differs from the source minus its removed spans"
    return None


@dataclass(frozen=True)
class Check:
    """The verdict on one shard line, or on a committed record that no line holds (`line` None)."""

    shard: Path
    line: int | None
    record: str | None  # the record id, when known
    problem: str | None = None  # None: the line is the committed record and follows from its source
    stale: bool = False  # the problem is metadata an older pipeline derived: the record is intact

    @property
    def failed(self) -> bool:
        return self.problem is not None and not self.stale


def verify_output(
    curated: Path, raw_dir: Path, committed: Committed, config: CurationConfig, version: str
) -> Iterator[Check]:
    """Check the record shards against the store, one Check per line and one per committed record never found.

    A line must be the very line committed for its source (same shard, same digest), and appear once; then its
    text must follow from the raw bytes and its spans. A record of another pipeline version whose metadata the
    current pipeline derives otherwise is stale, not tampered: its digest shows it is as committed. Lines a killed
    run committed but has not rewritten yet (`Committed.pending`) are checked against their source only.
    """
    seen: dict[str, str] = {}  # source -> shard:line of its first line
    repeated: frozenset[str] | None = None
    for shard, number, line in shard_lines(curated, "records"):
        parsed = parse_line(line, Record)
        if isinstance(parsed, str):
            yield Check(shard, number, None, f"{parsed} (`curate rebuild-index` quarantines it)")
            continue
        source, rel = parsed.provenance.source, shard.relative_to(curated).as_posix()
        first = seen.setdefault(source, f"{shard.name}:{number}")
        if first != f"{shard.name}:{number}":
            yield Check(shard, number, parsed.id, f"duplicated: the record of {source} is also at {first}")
            continue
        if (rel, source) not in committed.pending:
            problem = _committed_problem(source, rel, line_digest(parsed.model_dump_json()), committed)
            if problem is not None:
                yield Check(shard, number, parsed.id, problem)
                continue
        problem = verify_record(parsed, raw_dir)
        if problem is not None or parsed.provenance.pipeline_version == version:
            yield Check(shard, number, parsed.id, problem)
            continue
        raw = recorded_bytes(parsed.provenance, raw_dir)
        if isinstance(raw, str):  # changed since verify_record read it a moment ago
            yield Check(shard, number, parsed.id, raw)
            continue
        if repeated is None:
            repeated = committed.repeated_line_keys(config.repeated_line_min_docs)
        stale = stale_metadata(parsed, raw, config, repeated)
        yield Check(shard, number, parsed.id, stale, stale=stale is not None)
    pending = {source for _, source in committed.pending}
    for source, (shard, _) in sorted(committed.digests.items()):
        if source not in seen and source not in pending:
            yield Check(curated / shard, None, record_id(source), f"missing: the record of {source} is in no line")


def _committed_problem(source: str, shard: str, digest: str, committed: Committed) -> str | None:
    """How a record line differs from the line committed for its source."""
    expected = committed.digests.get(source)
    if expected is None:
        return f"tampered: the store holds no committed record of {source}"
    if expected[0] != shard:
        return f"tampered: the record of {source} was committed in {expected[0]}"
    if expected[1] != digest:
        return f"tampered: digest differs from the committed record of {source}"
    return None


def stale_metadata(record: Record, raw: bytes, config: CurationConfig, repeated: frozenset[str]) -> str | None:
    """Why the current pipeline derives other metadata (title, authors, published, language) from the record's raw
    bytes (`recorded_bytes`), or None when it derives the same."""
    # imported here: `curate show` imports this module and needs neither the cleaner nor language detection
    from curation.clean import clean_text
    from curation.pipeline import derive_metadata

    prov = record.provenance
    decoded = decode_bytes(raw)
    cleaned = clean_text(decoded.text, repeated)
    hints = {field.name: field.value for field in prov.source_metadata or []}
    meta = derive_metadata(cleaned, apply_spans(decoded.text, cleaned.removed), hints, config)
    current = {
        "title": meta.title,
        "authors": meta.authors,
        "published": meta.published,
        "language": meta.language.language,
    }
    differ = [name for name, value in current.items() if getattr(record, name) != value]
    if not differ:
        return None
    return (
        f"stale (made by pipeline version {prov.pipeline_version}): the current pipeline derives another "
        f"{', '.join(differ)}; `curate reprocess --id {record.id}` re-derives it"
    )
