"""`curate`: the command line. Commands stay thin; the work is in `flows` and `curation`."""

from __future__ import annotations

import difflib
import importlib.util
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from pydantic import BaseModel, ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from flows import STARTED, Signalled, raise_signalled
from schemas import CurationConfig, Selection

if TYPE_CHECKING:
    from flows.temporary_api import OwnSessionAPI

# No phoning home from a sandboxed or offline machine; a user's own setting still wins.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Prefect's 20 s for its temporary API to start is too short on a first run: a fresh PREFECT_HOME creates and
# migrates its database, and with PYTHONDONTWRITEBYTECODE=1 the server compiles every import from source, slower
# still on a loaded core. It failed 2 of 2 first runs on a quiet 2-core machine. A user's own value still wins.
# (Set before Prefect is imported: the commands import it lazily, and its settings are read from the environment.)
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "600")

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Curate raw text into validated records.")
console = Console()


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="show the traceback of an unexpected error")] = False,
) -> None:
    """Curate raw text into validated records."""
    if not debug:
        sys.excepthook = _one_line_error  # after typer's own hook, which prints the whole traceback


def _one_line_error(exc_type: type[BaseException], exc: BaseException, _tb: object) -> None:
    """An unexpected error in one line: a person can act on its message; the traceback is for `--debug`."""
    console.print(
        f"[red]error:[/red] {escape(exc_type.__name__)}: {escape(str(exc))} (`curate --debug ...` shows where)",
        highlight=False,
        soft_wrap=True,
    )


ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="JSON file of CurationConfig settings", exists=True, dir_okay=False)
]

DaskOption = Annotated[
    str | None,
    typer.Option(
        "--dask-address",
        envvar="CURATE_DASK_ADDRESS",
        help="tcp://HOST:PORT of a running Dask scheduler: batches run on that cluster instead of local processes",
    ),
]


def load_config(path: Path | None) -> CurationConfig:
    """The configuration file, validated; anything wrong ends the command with one line per problem, naming the file
    and, for a key it does not know, the nearest valid key or else all of them."""
    if path is None:
        return CurationConfig()
    try:
        return CurationConfig.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        _invalid(f"invalid configuration {path}", exc)


def _invalid(what: str, exc: ValidationError) -> NoReturn:
    problems = []
    for error in exc.errors():
        where = ".".join(map(str, error["loc"]))
        if error["type"] == "extra_forbidden":
            problems.append(f"unknown key {where!r} ({_nearest_keys(where, CurationConfig)})")
        elif error["type"] == "json_invalid":
            problems.append(f"not valid JSON: {error['ctx']['error']}")
        elif where:
            problems.append(f"{where}: {error['msg']} (given {error['input']!r})")
        else:
            problems.append(error["msg"])
    console.print(f"[red]error:[/red] {escape(what)}: {escape('; '.join(problems))}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def _nearest_keys(key: str, model: type[BaseModel]) -> str:
    valid = sorted(model.model_fields)
    near = difflib.get_close_matches(key, valid, n=1)
    return f"did you mean {near[0]!r}?" if near else f"valid keys: {', '.join(valid)}"


@app.command()
def run(
    raw_dir: Annotated[Path, typer.Argument(help="folder of raw documents")] = Path("raw"),
    out: Annotated[Path, typer.Option("--out", help="curated output folder")] = Path("curated"),
    config: ConfigOption = None,
    dask_address: DaskOption = None,
) -> None:
    """Curate what is new or changed in RAW_DIR into OUT."""
    _require_folder(raw_dir)
    _run_flow(raw_dir, out, load_config(config), dask_address, reprocess=None)


def _require_folder(raw_dir: Path) -> None:
    if not raw_dir.is_dir():
        console.print(f"[red]error:[/red] {raw_dir} is not a folder")
        raise typer.Exit(2)


CURATED_MARKS = ("state.sqlite", "records", "rejected", "manifest.json")


def _require_curated(folder: Path) -> None:
    """Refuse a folder `curate run` did not write: read from elsewhere, a mistyped or relative path showed zeros and
    exited 0, and `rebuild-index` made a new, empty state.sqlite there. Only `run` (and `serve`) create one."""
    if folder.is_dir() and any((folder / mark).exists() for mark in CURATED_MARKS):
        return
    what = (
        "does not exist" if not folder.exists() else "is not a curated folder (no state.sqlite, records/ or manifest)"
    )
    console.print(
        f"[red]error:[/red] {escape(str(folder))} {what}; give the folder `curate run --out` wrote "
        f"(working directory: {escape(str(Path.cwd()))})",
        soft_wrap=True,
        highlight=False,
    )
    raise typer.Exit(2)


def _run_flow(
    raw_dir: Path, out: Path, cfg: CurationConfig, dask_address: str | None, reprocess: Selection | None
) -> None:
    """Run the flow in this process (ephemeral Prefect unless PREFECT_API_URL is set) and print its summary."""
    previous = {s: signal.signal(s, raise_signalled) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        api = _temporary_api()
        loading = threading.Thread(target=_load_pipeline, name="load-pipeline", daemon=True)
        loading.start()
        if api is not None:
            api.start()
        loading.join()
        from curation.curator import OutputInsideRaw, RunLocked
        from curation.store import DamagedState
        from flows.curate import RunInterrupted, curate

        # The worker pool starts inside the flow, once Prefect's API is up: spawned before, its processes competed
        # with the API's start for the cores, and a first run timed out waiting for the API.
        manifest = curate(
            raw_dir=str(raw_dir),
            out_dir=str(out),
            config=cfg,
            reprocess=reprocess,
            progress=sys.stderr.isatty(),
            dask_address=dask_address,
        )
    except Signalled as exc:  # before the flow began (or after it ended): it wrote nothing this process keeps open
        name = signal.Signals(exc.signum).name
        console.print(f"stopped by {name} outside the run: {out} is as the last run left it", soft_wrap=True)
        raise typer.Exit(128 + exc.signum) from None
    except RunInterrupted as exc:
        console.print(f"{exc} ({out})", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(128 + exc.signum) from None
    except RunLocked as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(3) from None
    except OutputInsideRaw as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    except DamagedState as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(4) from None
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    print_summary(manifest.model_dump(mode="json"), time.perf_counter() - STARTED)
    if not manifest.counts.get("discovered"):
        console.print(
            f"[yellow]note:[/yellow] {escape(str(raw_dir))} holds no documents: nothing was curated", soft_wrap=True
        )


def _load_pipeline() -> None:
    """Import the flow and warm the cleaner up (patterns, language profiles, date parser) while Prefect's temporary
    API starts: the API's start is a subprocess this process only polls, so on a second core the ~2 s of imports and
    warm-up cost no wall time. (A failure here resurfaces, with its traceback, at the import that follows.)"""
    from curation.pipeline import warm_up
    from flows import curate  # noqa: F401  (imported for its side effect: the flow is ready when the API is)

    warm_up()


def _temporary_api() -> OwnSessionAPI | None:
    """Prefect's temporary API, unless PREFECT_API_URL names a server: the one the flow's first client call would
    start, started by this command instead, earlier (see `_load_pipeline`) and from the main thread (a second caller
    of `start()` during the start returns at once, before the API answers). Its module is imported here, before the
    pipeline's imports begin, so the subprocess starts without waiting for them."""
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return None
    from prefect.logging.configuration import ensure_logging_setup

    from flows.temporary_api import OwnSessionAPI

    ensure_logging_setup()  # the start's log line says where the API is
    return OwnSessionAPI()


def print_summary(manifest: dict, wall_seconds: float) -> None:
    """The run's counts, and its two times by name: the flow's own work (the manifest's start to finish) and the
    command's total wall time, which adds the imports and the start of Prefect's API."""
    counts = manifest["counts"]
    table = Table(title=f"run {manifest['run_id']}", show_header=False)
    for key in ("discovered", "to_process", "unchanged", "curated", "rejected", "missing"):
        table.add_row(key, str(counts.get(key, 0)))
    for reason, n in sorted(manifest["rejected_by_reason"].items()):
        table.add_row(f"  rejected: {reason}", str(n))
    table.add_row("duplicates flagged", str(sum(manifest["duplicates"].values())))
    table.add_row("languages", ", ".join(f"{k}={v}" for k, v in sorted(manifest["languages"].items())))
    table.add_row("total records / rejected", f"{counts.get('total_records', 0)} / {counts.get('total_rejected', 0)}")
    flow = datetime.fromisoformat(manifest["finished"]) - datetime.fromisoformat(manifest["started"])
    table.add_row("time", f"flow time {flow.total_seconds():.1f} s, total wall {wall_seconds:.1f} s")
    console.print(table)


@app.command()
def verify(
    curated: Annotated[Path, typer.Argument(help="curated output folder")] = Path("curated"),
    raw: Annotated[Path, typer.Option("--raw", help="raw folder the records came from")] = Path("raw"),
) -> None:
    """Check that the record shards hold exactly the committed records, and re-derive each one's text from its raw
    bytes and removed spans."""
    from curation.rebuild import config_of
    from curation.store import STORE_NAME, DamagedState, read_committed
    from curation.verify import verify_output
    from curation.version import pipeline_version

    _require_curated(curated)
    with _no_run_writing(curated, "verify after it finished"):
        try:
            committed = read_committed(curated / STORE_NAME)
            checked, failed, stale = 0, 0, 0
            for check in verify_output(curated, raw, committed, config_of(curated), pipeline_version()):
                checked += check.line is not None
                if check.problem is None:
                    continue
                failed += check.failed
                stale += check.stale
                where = check.shard.name if check.line is None else f"{check.shard.name}:{check.line}"
                label = "[yellow]STALE[/yellow]" if check.stale else "[red]FAIL[/red]"
                console.print(
                    f"{label} {where} {check.record or ''} {escape(check.problem)}", soft_wrap=True, highlight=False
                )
        except DamagedState as exc:
            _refuse_damaged(exc)
    console.print(f"{checked} records checked, {failed} failed, {stale} stale")
    if failed:
        console.print(
            "restore the shards from a backup, or run `curate rebuild-index` and then `curate reprocess --id ID` "
            "for each record named, to derive it again from its raw file",
            soft_wrap=True,
        )
    raise typer.Exit(1 if failed else 0)


@contextmanager
def _no_run_writing(curated: Path, advice: str) -> Iterator[None]:
    """Hold the lock a run holds, or exit 3: the lines of a run's checkpoint land before the commit naming them,
    so a reader beside a run would see lines no commit names yet."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(curated / ".lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        console.print(f"[red]error:[/red] a curation run is writing to {curated}; {advice}")
        raise typer.Exit(3) from None
    try:
        yield
    finally:
        lock.release()


def _refuse_damaged(exc: Exception) -> NoReturn:
    """A damaged or outdated store, or a damaged shard line: one line naming what and the repair, exit 4 as `run`."""
    console.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True, highlight=False)
    raise typer.Exit(4)


@app.command()
def serve(
    raw_dir: Annotated[Path, typer.Argument(help="folder of raw documents")] = Path("raw"),
    out: Annotated[Path, typer.Option("--out", help="curated output folder")] = Path("curated"),
    config: ConfigOption = None,
    cron: Annotated[str | None, typer.Option("--cron", help="cron expression, e.g. '0 * * * *'")] = None,
    interval: Annotated[float | None, typer.Option("--interval", help="seconds between runs", min=1)] = None,
    name: Annotated[str, typer.Option("--name", help="deployment name")] = "scheduled",
    dask_address: DaskOption = None,
) -> None:
    """Serve the curate flow as a deployment on a schedule, on the Prefect server PREFECT_API_URL names (runs until
    Ctrl-C or SIGTERM)."""
    from flows.curate import serve_curation

    if (cron is None) == (interval is None):
        console.print("[red]error:[/red] give exactly one of --cron or --interval")
        raise typer.Exit(2)
    _require_api_server(raw_dir, out)
    try:
        serve_curation(raw_dir, out, load_config(config), cron, interval, name, dask_address)
    except Signalled as exc:
        console.print(
            f"curate serve stopped by {signal.Signals(exc.signum).name}: finished runs are in {out}; a run it "
            "stopped kept what it had committed (its last log line says how much)",
            soft_wrap=True,
        )
        raise typer.Exit(128 + exc.signum) from None


def _require_api_server(raw_dir: Path, out: Path) -> None:
    """Refuse at once without a Prefect server: Prefect will not schedule on its temporary API (it printed `Cannot
    schedule flows on an ephemeral server` and served nothing), and a server this command started would end with
    it, taking the schedule's history along. The line gives the two commands that work."""
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value():
        return
    console.print(
        "[red]error:[/red] curate serve needs a Prefect server: run `prefect server start` in another terminal, "
        f"then `PREFECT_API_URL=http://127.0.0.1:4200/api curate serve {escape(str(raw_dir))} "
        f"--out {escape(str(out))} ...`",
        soft_wrap=True,
        highlight=False,
    )
    raise typer.Exit(2)


@app.command()
def reprocess(
    raw_dir: Annotated[Path, typer.Argument(help="folder of raw documents")] = Path("raw"),
    out: Annotated[Path, typer.Option("--out", help="curated output folder")] = Path("curated"),
    config: ConfigOption = None,
    source: Annotated[list[str] | None, typer.Option("--source", help="glob on the source path (repeatable)")] = None,
    record: Annotated[list[str] | None, typer.Option("--id", help="record id (repeatable)")] = None,
    since: Annotated[
        datetime | None, typer.Option("--since", help="sources modified on or after DATE", formats=["%Y-%m-%d"])
    ] = None,
    reason: Annotated[list[str] | None, typer.Option("--reason", help="rejection reason code (repeatable)")] = None,
    everything: Annotated[bool, typer.Option("--all", help="every source")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="list what would be redone, change nothing")] = False,
    dask_address: DaskOption = None,
) -> None:
    """Re-derive the selected records and rejections with the current code and configuration, in place."""
    from curation.containers import discover_documents
    from curation.select import select_sources
    from curation.store import STORE_NAME, DamagedState, read_catalog

    try:
        selection = Selection(
            all=everything,
            sources=source or [],
            ids=record or [],
            since=since.date() if since else None,
            reasons=reason or [],
        )
    except ValidationError as exc:
        _invalid("invalid selection", exc)
    if selection.is_empty():
        console.print("[red]error:[/red] give a selector: --source, --id, --since, --reason or --all")
        raise typer.Exit(2)
    _require_folder(raw_dir)
    _require_curated(out)
    cfg = load_config(config)
    if dry_run:
        try:
            catalog = read_catalog(out / STORE_NAME)
        except DamagedState as exc:
            _refuse_damaged(exc)
        files, refused = discover_documents(raw_dir, cfg)
        chosen = select_sources(catalog, [f.source for f in files] + [r.source for r in refused], selection)
        for name in chosen:
            entry = catalog.get(name)
            state = "new" if entry is None else f"{entry.status} {entry.reason or entry.record_id or ''}".strip()
            console.print(f"{name}  {state}", markup=False, highlight=False)
        console.print(f"{len(chosen)} source(s) would be reprocessed")
        return
    _run_flow(raw_dir, out, cfg, dask_address, reprocess=selection)


@app.command()
def status(
    out: Annotated[Path, typer.Argument(help="curated output folder")] = Path("curated"),
    config: ConfigOption = None,
) -> None:
    """Counts per status, and how many outputs an older configuration or pipeline version made."""
    from curation.select import status_counts
    from curation.store import STORE_NAME, DamagedState, read_catalog
    from curation.version import pipeline_version

    _require_curated(out)
    cfg = load_config(config)
    try:
        catalog = read_catalog(out / STORE_NAME)
    except DamagedState as exc:
        _refuse_damaged(exc)
    counts = status_counts(catalog, cfg.digest(), pipeline_version())
    table = Table(title=f"{out} (config {cfg.digest()}, pipeline {pipeline_version()})", show_header=False)
    for key in ("curated", "rejected", "missing"):
        table.add_row(key, str(counts.get(key, 0)))
    for kind in ("records", "rejections"):
        for key in (f"{kind}_older_config", f"{kind}_older_pipeline"):
            table.add_row(key.replace("_", " "), str(counts.get(key, 0)))
    console.print(table)
    if any(counts.get(k) for k in counts if "older" in k):
        console.print("run `curate reprocess --all` (or a narrower selection) to bring them up to date")


@app.command("rebuild-index")
def rebuild_index(
    curated: Annotated[Path, typer.Argument(help="curated output folder")] = Path("curated"),
    config: ConfigOption = None,
) -> None:
    """Rebuild state.sqlite (catalog, signatures, LSH) from the curated shards, e.g. after it was lost."""
    from curation.rebuild import config_of, rebuild_store

    _require_curated(curated)
    try:
        report = rebuild_store(curated, load_config(config) if config else config_of(curated))
    except RuntimeError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(3) from None
    console.print(
        f"{report.records} records, {report.rejected} rejections, {report.clustered} in duplicate clusters; "
        f"{len(report.mismatches)} records disagree with the rebuilt clusters; "
        f"{len(report.quarantined)} damaged lines moved to {curated / 'quarantine'}"
    )
    for line in report.quarantined:
        console.print(f"  quarantined: {escape(line)}")
    for record in report.mismatches[:20]:
        console.print(f"  differs: {record}")
    raise typer.Exit(1 if report.mismatches else 0)


@app.command("export")
def export(
    curated: Annotated[Path, typer.Argument(help="curated output folder")] = Path("curated"),
    fmt: Annotated[str, typer.Option("--format", help="output format (parquet)")] = "parquet",
) -> None:
    """Bring CURATED/parquet/ in line with the record shards, one Parquet file each (runs also do this at the end):
    writes the files of changed shards and those that are missing or unreadable, removes those of shards gone."""
    from curation.export import export_parquet
    from curation.output import DamagedLine

    if fmt != "parquet":
        console.print(f"[red]error:[/red] unknown format {fmt!r}; supported: parquet")
        raise typer.Exit(2)
    _require_curated(curated)
    if not (curated / "records").is_dir():
        console.print(f"[red]error:[/red] {curated} has no records/ folder")
        raise typer.Exit(2)
    with _no_run_writing(curated, "it exports when it finishes"):  # never export a half-landed run
        try:
            shards = export_parquet(curated)
        except DamagedLine as exc:
            _refuse_damaged(exc)
    console.print(f"{len(shards)} Parquet shard(s) in {curated / 'parquet'}")


@app.command("show")
def show(
    record_id: Annotated[str, typer.Argument(metavar="ID", help="record id (or source path)")],
    out: Annotated[Path, typer.Option("--out", help="curated output folder")] = Path("curated"),
    raw: Annotated[
        Path | None, typer.Option("--raw", help="raw folder; default: the last run's, from manifest.json")
    ] = None,
) -> None:
    """Print one record and its source, removed spans struck through with their reason, tagger and score."""
    from curation.output import DamagedLine
    from curation.show import find_record, load_source, marked_source, record_table, spans_table

    _require_curated(out)
    try:
        record = find_record(out, record_id)
    except DamagedLine as exc:
        _refuse_damaged(exc)
    if record is None:
        console.print(f"[red]error:[/red] no record {record_id!r} in {out}")
        raise typer.Exit(1)
    if raw is None:
        manifest = out / "manifest.json"
        raw = Path(json.loads(manifest.read_text(encoding="utf-8"))["raw_dir"]) if manifest.exists() else Path("raw")
    console.print(record_table(record))
    source, problem = load_source(record, raw)
    if source is None:
        console.print(f"[yellow]source not shown:[/yellow] {problem}; the record's text follows")
        console.print(record.text, markup=False, highlight=False)
    else:
        console.rule("source (struck through = removed; ⟦reason tagger@version score⟧ after each cut)")
        # soft wrap: the terminal folds long lines, so no label is split by an inserted line break
        console.print(marked_source(source, record.provenance.removed), highlight=False, soft_wrap=True)
    console.rule()
    console.print(spans_table(source, record.provenance.removed))


@app.command("stats")
def stats(
    curated: Annotated[Path, typer.Argument(help="curated output folder")] = Path("curated"),
    plots: Annotated[Path | None, typer.Option("--plots", help="write PNG plots into this folder")] = None,
) -> None:
    """Distribution tables of the whole dataset: languages, lengths, rejection reasons, duplicate clusters."""
    from curation.output import DamagedLine
    from curation.stats import compute_stats, write_plots

    _require_curated(curated)
    if plots is not None and importlib.util.find_spec("matplotlib") is None:
        console.print(
            "[red]error:[/red] --plots needs matplotlib, in the plots extra: " + escape('pip install -e ".[plots]"'),
            soft_wrap=True,
        )
        raise typer.Exit(2)
    try:
        data = compute_stats(curated)
    except DamagedLine as exc:
        _refuse_damaged(exc)
    summary = Table(title=f"{curated}", show_header=False)
    summary.add_row("records", str(data.records))
    summary.add_row("rejected inputs", str(data.rejected))
    summary.add_row("near-duplicates", f"{data.near_duplicates} ({data.duplicate_rate:.2%})")
    summary.add_row("duplicate clusters", str(len(data.clusters)))
    for name, value in data.length_quantiles().items():
        summary.add_row(f"text length {name}", f"{value:,}")
    console.print(summary)
    tables = {
        ("language", "records"): data.languages.most_common(),
        ("text length (characters)", "records"): list(data.length_histogram().items()),
        ("rejection reason", "inputs"): data.rejection_reasons.most_common(),
        ("duplicate cluster size", "clusters"): list(data.cluster_sizes().items()),
    }
    for (key, count), rows in tables.items():
        table = Table(key, count)
        total = sum(n for _, n in rows) or 1
        for value, n in rows:
            table.add_row(str(value), f"{n} ({n / total:.0%})")
        console.print(table)
    if plots is not None:
        written, empty = write_plots(data, plots)
        for path in written:
            console.print(f"wrote {path}")
        for name in empty:
            console.print(f"no {name} chart: nothing to show")


@app.command("schema")
def schema() -> None:
    """Print the record JSON Schema (generated from the pydantic models)."""
    from schemas.export import render

    console.print_json(json.dumps(json.loads(render("record"))))


if __name__ == "__main__":
    app()
