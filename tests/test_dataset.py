"""The curated folder as consumers see it: one real flow run, then pandas, DuckDB, Polars, pyarrow,
`datasets`, the JSON Schemas, the typed reader, the dataset card and the README snippets on its output."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from filelock import FileLock
from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, temporary_settings
from typer.testing import CliRunner

from curation.curator import Curator
from curation.export import arrow_schema, export_parquet
from curation.reader import load_records
from curation.records import build_batch
from curation.show import span_label
from curation.stats import DatasetStats, charts, compute_stats, write_plots
from curation.store import STORE_NAME, Store
from flows.cli import app
from flows.curate import curate
from schemas import SCHEMA_VERSION, CurationConfig

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "raw"
SCHEMAS = ROOT / "schemas"
GERMAN = (
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen, das die Förderung erneuerbarer "
    "Energien deutlich ausweiten soll. Nach Angaben des Ministeriums sollen bis zum Ende des Jahrzehnts "
    "mehr als die Hälfte des Stroms aus Wind und Sonne stammen. Kritiker bemängeln, dass der Ausbau der "
    "Netze mit diesem Tempo nicht Schritt halten könne.\n"
)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The seeds plus a near-duplicate, a German article and an empty file, curated once.

    Laid out as ROOT/raw and ROOT/curated, the layout the README snippets assume.
    """
    root = tmp_path_factory.mktemp("dataset")
    raw = root / "raw"
    shutil.copytree(SEEDS, raw)
    first = sorted(raw.glob("*.txt"))[0]
    (raw / "zz_copy.txt").write_text(first.read_text(encoding="utf-8") + "\nOne more closing line.\n", "utf-8")
    (raw / "de.txt").write_text(GERMAN, encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    with pytest.MonkeyPatch.context() as env:
        # `datasets` caches under HF_HOME; keep it inside the test's folder, and offline
        env.setenv("HF_HOME", str(root / "hf-home"))
        env.setenv("HF_DATASETS_OFFLINE", "1")
        # the ephemeral Prefect server's 20 s start-up default is too short on a loaded 2-core machine
        with temporary_settings({PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 120}):
            curate(raw_dir=str(raw), out_dir=str(root / "curated"), config=CurationConfig(workers=1))
        yield root / "curated"


def _lines(folder: Path) -> list[dict]:
    return [
        json.loads(line)
        for shard in sorted(folder.glob("*.jsonl"))
        for line in shard.read_text("utf-8").split("\n")
        if line
    ]


def _expected(out: Path, language: str) -> set[str]:
    """Ids of the canonical records in `language`, straight from the JSON Lines (the canonical form)."""
    return {r["id"] for r in _lines(out / "records") if r["language"] == language and r["near_duplicate_of"] is None}


def test_run_output_has_what_the_tests_need(dataset: Path) -> None:
    records = _lines(dataset / "records")
    assert len(records) == 7  # 5 seeds, the copy, the German article; the empty file is rejected
    assert {r["language"] for r in records} >= {"en", "de"}
    assert sum(r["near_duplicate_of"] is not None for r in records) == 1
    assert [r["reason"] for r in _lines(dataset / "rejected")] == ["empty"]


def test_every_file_validates_against_the_exported_json_schemas(dataset: Path) -> None:
    def validator(name: str) -> jsonschema.Validator:
        schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
        return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

    records, rejections = _lines(dataset / "records"), _lines(dataset / "rejected")
    for record in records:
        validator("record").validate(record)
        assert record["provenance"]["schema_version"] == SCHEMA_VERSION
    for rejection in rejections:
        validator("rejection").validate(rejection)
    manifest = json.loads((dataset / "manifest.json").read_text(encoding="utf-8"))
    validator("manifest").validate(manifest)
    assert manifest["schema_version"] == SCHEMA_VERSION


def test_parquet_is_typed_like_the_models(dataset: Path) -> None:
    table = pq.read_table(dataset / "parquet")
    assert table.num_rows == len(_lines(dataset / "records"))
    assert table.schema.remove_metadata() == arrow_schema().remove_metadata()
    provenance = table.schema.field("provenance").type
    assert pa.types.is_struct(provenance)
    removed = provenance.field("removed").type
    assert pa.types.is_list(removed) and pa.types.is_struct(removed.value_type)
    span = removed.value_type
    assert (span.field("tagger").type, span.field("score").type) == (pa.string(), pa.float64())
    assert all(s["tagger"] and s["tagger_version"] for row in table.to_pylist() for s in row["provenance"]["removed"])
    first = next((dataset / "parquet").glob("*.parquet"))
    assert pq.read_schema(first).metadata[b"schema_version"] == SCHEMA_VERSION.encode()
    # same rows, same order as the JSON Lines
    assert table.column("id").to_pylist() == [r["id"] for r in _lines(dataset / "records")]


def test_pandas_duckdb_polars_and_datasets_agree_with_the_jsonl(dataset: Path) -> None:
    import duckdb
    import pandas as pd
    import polars as pl
    from datasets import load_dataset

    total = len(_lines(dataset / "records"))
    expected_en, expected_de = _expected(dataset, "en"), _expected(dataset, "de")
    assert expected_en and expected_de

    df = pd.read_parquet(dataset / "parquet")
    assert len(df) == total
    assert set(df[(df["language"] == "en") & df["near_duplicate_of"].isna()]["id"]) == expected_en

    glob = str(dataset / "parquet" / "*.parquet")
    rows = duckdb.sql(
        f"SELECT id, provenance.source FROM '{glob}' WHERE language = 'de' AND near_duplicate_of IS NULL"
    ).fetchall()
    assert {r[0] for r in rows} == expected_de
    assert duckdb.sql(f"SELECT count(*) FROM '{glob}'").fetchall() == [(total,)]

    frame = pl.read_parquet(glob)
    assert frame.height == total
    assert set(frame.filter(pl.col("language") == "en", pl.col("near_duplicate_of").is_null())["id"]) == expected_en

    ds = load_dataset("parquet", data_files=glob, split="train", cache_dir=str(dataset.parent / "hf-cache"))
    assert ds.num_rows == total
    subset = ds.filter(lambda r: r["language"] == "de" and r["near_duplicate_of"] is None)
    assert set(subset["id"]) == expected_de
    assert isinstance(ds[0]["provenance"]["removed"], list)


def test_typed_reader_filters_language_and_duplicates(dataset: Path) -> None:
    everything = list(load_records(dataset, include_duplicates=True))
    assert len(everything) == len(_lines(dataset / "records"))
    canonical = list(load_records(dataset))
    assert len(canonical) == len(everything) - 1
    assert {r.id for r in load_records(dataset, language="en")} == _expected(dataset, "en")
    assert {r.id for r in load_records(dataset, language=["en", "de"])} == _expected(dataset, "en") | _expected(
        dataset, "de"
    )


def _python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.DOTALL)


def _run_blocks(blocks: list[str], cwd: Path) -> list[dict]:
    namespaces = []
    before = Path.cwd()
    os.chdir(cwd)
    try:
        for block in blocks:
            namespace: dict = {}
            exec(compile(block, "<snippet>", "exec"), namespace)
            namespaces.append(namespace)
    finally:
        os.chdir(before)
    return namespaces


def test_dataset_card_describes_the_data_and_its_snippets_run(dataset: Path) -> None:
    card = (dataset / "README.md").read_text(encoding="utf-8")
    assert "| records | 7 |" in card and "| rejected inputs | 1 |" in card
    assert "| empty | 1 |" in card and "14.29%" in card  # 1 near-duplicate in 7 records
    assert "`provenance.removed[].reason`" in card and "why it was removed" in card
    assert f"schema version {SCHEMA_VERSION}" in card
    blocks = _python_blocks(card)
    assert len(blocks) == 6  # pandas, DuckDB, Polars, datasets, reader, tracing
    done = _run_blocks(blocks, dataset)
    assert len(done[0]["subset"]) == len(_expected(dataset, "en"))
    assert done[3]["dataset"].num_rows == 7


def test_readme_snippets_run_as_written(dataset: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using the curated dataset", 1)[1].split("\n## ", 1)[0]
    blocks = _python_blocks(section)
    assert len(blocks) == 5
    done = _run_blocks(blocks, dataset.parent)
    assert set(done[0]["english"]["id"]) == _expected(dataset, "en")
    assert sum(n for _, n, _ in done[1]["per_language"]) == 7


def test_export_writes_only_the_parquet_of_changed_shards(dataset: Path, tmp_path: Path) -> None:
    """One Parquet file per record shard; an export writes again only those whose shard changed (or that are
    missing or unreadable), and removes those whose shard is gone."""
    copy = tmp_path / "curated"
    shutil.copytree(dataset, copy)
    shards = sorted((copy / "records").glob("*.jsonl"))
    lines = shards[0].read_text(encoding="utf-8").splitlines(keepends=True)
    (copy / "records" / "part-extra.jsonl").write_text("".join(lines[1:]), encoding="utf-8")
    shards[0].write_text(lines[0], encoding="utf-8")
    result = CliRunner().invoke(app, ["export", str(copy), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    files = {p.stem: p.stat().st_mtime_ns for p in (copy / "parquet").glob("*.parquet")}
    assert set(files) == {p.stem for p in (copy / "records").glob("*.jsonl")} and len(files) >= 2
    assert pq.read_table(copy / "parquet").num_rows == 7
    assert not list((copy / "parquet").glob(".*"))  # no temporaries left
    (copy / "records" / "part-extra.jsonl").unlink()
    shards[0].write_text("".join(lines), encoding="utf-8")
    export_parquet(copy)
    after = {p.stem: p.stat().st_mtime_ns for p in (copy / "parquet").glob("*.parquet")}
    assert set(after) == set(files) - {"part-extra"}
    assert {stem for stem in after if after[stem] != files[stem]} == {shards[0].stem}
    export_parquet(copy)  # nothing changed: nothing written
    assert {p.stem: p.stat().st_mtime_ns for p in (copy / "parquet").glob("*.parquet")} == after
    (copy / "parquet" / f"{shards[0].stem}.parquet").write_bytes(b"not parquet")
    export_parquet(copy)
    assert pq.read_table(copy / "parquet").num_rows == 7
    with FileLock(str(copy / ".lock")):  # a run in progress
        assert CliRunner().invoke(app, ["export", str(copy)]).exit_code == 3


def test_show_marks_removed_spans_and_stats_plots(dataset: Path, tmp_path: Path) -> None:
    record = max(load_records(dataset), key=lambda r: len(r.provenance.removed))
    result = CliRunner().invoke(app, ["show", record.id, "--out", str(dataset), "--raw", str(dataset.parent / "raw")])
    assert result.exit_code == 0, result.output
    labels = {span_label(s) for s in record.provenance.removed if s.reason != "whitespace"}
    assert labels and all(f"⟦{label}⟧" in result.output for label in labels)
    assert CliRunner().invoke(app, ["show", "no-such-id", "--out", str(dataset)]).exit_code == 1

    plots = tmp_path / "plots"
    result = CliRunner().invoke(app, ["stats", str(dataset), "--plots", str(plots)])
    assert result.exit_code == 0, result.output
    assert "near-duplicates" in result.output and "empty" in result.output
    pngs = sorted(p.name for p in plots.glob("*.png"))
    assert pngs == ["duplicate_clusters.png", "languages.png", "lengths.png", "rejection_reasons.png"]
    assert all((plots / name).read_bytes().startswith(b"\x89PNG") for name in pngs)


def test_plots_name_their_axes_and_leave_out_empty_charts(dataset: Path, tmp_path: Path) -> None:
    for title, xlabel, ylabel, bars in charts(compute_stats(dataset)).values():
        assert title and xlabel and ylabel and any(bars.values())
    assert "(characters)" in charts(DatasetStats())["lengths"][1]  # a unit, where the axis has one
    (tmp_path / "languages.png").write_bytes(b"an older chart")
    written, empty = write_plots(DatasetStats(), tmp_path)  # a dataset of nothing: no chart has a bar
    assert written == [] and sorted(empty) == ["duplicate_clusters", "languages", "lengths", "rejection_reasons"]
    assert not list(tmp_path.glob("*.png"))  # and none is left from before


def test_plots_without_matplotlib_name_the_extra(dataset: Path, tmp_path: Path) -> None:
    blocked = "import sys; sys.modules['matplotlib'] = None; from flows.cli import app; app()"
    done = subprocess.run(
        [sys.executable, "-c", blocked, "stats", str(dataset), "--plots", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert 'pip install -e ".[plots]"' in done.stdout and "Traceback" not in done.stdout + done.stderr


def _land(raw: Path, out: Path, run_id: str) -> None:
    """One run's driver work without Prefect: plan, build every batch in this process, land, finish."""
    config = CurationConfig(workers=1)
    curator = Curator(raw, out, config, run_id)
    try:
        plan = curator.plan()
        curator.accept(plan.refused)
        curator.accept(build_batch(plan.todo, config, frozenset(), curator.stamp).outcomes)
        curator.finish(plan.missing)
    finally:
        curator.close()


def test_statistics_kept_per_shard_are_those_of_a_full_pass(seeds_raw: Path, tmp_path: Path) -> None:
    """The card sums statistics the store keeps per shard; after a later run that adds a copy (which changes the
    duplicate fields of a record in an earlier shard) and a rejected input, they are what reading every shard
    gives, and only the shards that changed were read again."""
    out = tmp_path / "curated"
    _land(seeds_raw, out, "run-a")
    first = Store(out / STORE_NAME).shard_stats()
    original = sorted(seeds_raw.glob("*.txt"))[0]
    (seeds_raw / "zz-copy.txt").write_bytes(original.read_bytes())
    (seeds_raw / "zz-empty.txt").write_bytes(b"")
    _land(seeds_raw, out, "run-b")
    store = Store(out / STORE_NAME)
    kept, sums = store.shard_stats(), store.shards()
    store.close()
    on_disk = {f"{kind}/{p.name}" for kind in ("records", "rejected") for p in (out / kind).glob("*.jsonl")}
    assert set(kept) == on_disk and all(kept[s][0] == sums[s].sha256 for s in on_disk)
    from_store = compute_stats(out, {shard: DatasetStats.from_json(stats) for shard, (_, stats) in kept.items()})
    full = compute_stats(out)
    assert from_store == full
    assert (full.records, full.rejected, full.near_duplicates) == (6, 1, 1)
    changed = {s for s in first if s in kept and kept[s] != first[s]}
    assert changed == {s for s in first if s.startswith("records/")}  # the original's record got its cluster
    card = (out / "README.md").read_text(encoding="utf-8")
    assert f"| duplicate rate (near-duplicates / records) | {full.duplicate_rate:.2%} |" in card
