"""Issue 17: nothing is read from outside RAW_DIR, and no input takes a run down.

Every case runs the real flow or the real `curate` command. Files are swapped between discovery
and reading by wrapping the driver's `discover`: the swap happens after the listing, before any
batch reads, which is the window a concurrent writer has during a run.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote_to_bytes

import pytest
from typer.testing import CliRunner

import curation.curator
from curation.curator import OutputInsideRaw
from curation.decode import decode_bytes
from curation.discover import MAX_DEPTH
from curation.verify import iter_records
from flows.cli import app
from flows.curate import curate
from schemas import CurationConfig, Rejection

CONFIG = CurationConfig(workers=1)
EN = (
    "The city council voted on Tuesday to extend the bus network to the northern districts, after "
    "months of debate about the cost of the project. Residents have long complained that the area "
    "is poorly served, and local businesses say the new lines will bring more customers.\n"
)
DE = (
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen, das die Förderung erneuerbarer "
    "Energien deutlich ausweiten soll. Nach Angaben des Ministeriums sollen bis zum Ende des Jahrzehnts "
    "mehr als die Hälfte des Stroms aus Wind und Sonne stammen.\n"
)
SECRET = (
    "Le mot de passe du serveur de production est écrit ici et ne doit jamais quitter cette machine, "
    "ni apparaître dans un corpus publié, quelle que soit la manière dont on le demande.\n"
)


def _rejections(out: Path) -> dict[str, Rejection]:
    found = {}
    for shard in (out / "rejected").glob("*.jsonl"):
        for line in shard.read_text(encoding="utf-8").splitlines():
            rejection = Rejection.model_validate_json(line)
            found[rejection.source] = rejection
    return found


def _squeeze(text: str) -> str:
    """Text without whitespace: the terminal wraps a command's long lines anywhere, even inside a path, so output
    and expected phrases are compared squeezed."""
    return "".join(text.split())


def _texts(out: Path) -> dict[str, str]:
    return {record.provenance.source: record.text for _, _, record in iter_records(out)}


@pytest.fixture()
def layout(tmp_path: Path) -> tuple[Path, Path, Path]:
    """RAW_DIR with two articles (one in a sub-folder), an outside folder with a secret, an output folder."""
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    (raw / "sub").mkdir(parents=True)
    outside.mkdir()
    (raw / "a.txt").write_text(EN, encoding="utf-8")
    (raw / "sub" / "b.txt").write_text(DE, encoding="utf-8")
    (outside / "a.txt").write_text(SECRET, encoding="utf-8")
    (outside / "b.txt").write_text(SECRET, encoding="utf-8")
    return raw, outside, tmp_path / "curated"


def _after_discovery(monkeypatch: pytest.MonkeyPatch, change: Callable[[], None]) -> None:
    """Run `change` once the driver has listed RAW_DIR, before any document is read."""
    real = curation.curator.discover_documents

    def discover_then_change(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(*args, **kwargs)
        change()
        return found

    monkeypatch.setattr(curation.curator, "discover_documents", discover_then_change)


# --- read outside RAW_DIR ----------------------------------------------------------------------------------------


def test_file_swapped_for_an_outside_link_during_a_run_is_not_read(
    layout: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file replaced by a link out of RAW_DIR, and a folder replaced by one, after listing: neither is followed."""
    raw, outside, out = layout

    def swap() -> None:
        (raw / "a.txt").unlink()
        (raw / "a.txt").symlink_to(outside / "a.txt")
        (raw / "sub" / "b.txt").unlink()
        (raw / "sub").rmdir()
        (raw / "sub").symlink_to(outside, target_is_directory=True)

    _after_discovery(monkeypatch, swap)
    manifest = curate(raw_dir=str(raw), out_dir=str(out), config=CONFIG)
    rejections = _rejections(out)
    assert {s: r.reason for s, r in rejections.items()} == {"a.txt": "replaced", "sub/b.txt": "replaced"}
    assert "symbolic link" in rejections["a.txt"].detail
    assert manifest.counts.get("curated", 0) == 0 and not _texts(out)
    assert not any("mot de passe" in p.read_text(encoding="utf-8") for p in out.rglob("*.jsonl"))
    verify = CliRunner().invoke(app, ["verify", str(out), "--raw", str(raw)])
    assert verify.exit_code == 0 and _squeeze("0 records checked") in _squeeze(verify.output)

    monkeypatch.undo()  # the next run lists the links themselves: refused as leading out of RAW_DIR
    curate(raw_dir=str(raw), out_dir=str(out), config=CONFIG)
    reasons = {s: r.reason for s, r in _rejections(out).items()}
    assert (reasons["a.txt"], reasons["sub"]) == ("link_outside", "link_outside")
    assert not _texts(out)


def _forge(out: Path, source: str, secret: Path) -> str:
    """Point a record at `source` with the hash and text of `secret`: what the old verify accepted."""
    shard = next((out / "records").glob("*.jsonl"))
    lines = shard.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    data = secret.read_bytes()
    decoded = decode_bytes(data)
    prov = record["provenance"]
    prov.update(source=source, source_sha256=hashlib.sha256(data).hexdigest(), removed=[])
    prov.update(encoding=decoded.encoding, decode_steps=list(decoded.steps), source_bytes=len(data))
    record["text"] = decoded.text
    lines[0] = json.dumps(record, ensure_ascii=False)
    shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(record["id"])


@pytest.mark.parametrize("kind", ["climbing", "absolute"])
def test_verify_and_show_refuse_a_source_outside_raw(layout: tuple[Path, Path, Path], kind: str) -> None:
    raw, outside, out = layout
    curate(raw_dir=str(raw), out_dir=str(out), config=CONFIG)
    runner = CliRunner()
    assert runner.invoke(app, ["verify", str(out), "--raw", str(raw)]).exit_code == 0
    source = "../outside/a.txt" if kind == "climbing" else str(outside / "a.txt")
    record_id = _forge(out, source, outside / "a.txt")

    verify = runner.invoke(app, ["verify", str(out), "--raw", str(raw)])
    assert verify.exit_code == 1, verify.output  # the forged line is not the one committed: caught before any read
    assert _squeeze(f"{record_id} tampered: the store holds no committed record of {source}") in _squeeze(verify.output)
    assert _squeeze("2 records checked, 2 failed") in _squeeze(verify.output)  # and the record it replaced is missing
    # once the store is rebuilt from the shards as they are, the forged line is the committed one: still never read
    assert runner.invoke(app, ["rebuild-index", str(out)]).exit_code == 0
    verify = runner.invoke(app, ["verify", str(out), "--raw", str(raw)])
    assert verify.exit_code == 1, verify.output
    assert record_id in _squeeze(verify.output) and _squeeze("not a relative path inside RAW_DIR") in _squeeze(
        verify.output
    )
    assert _squeeze("2 records checked, 1 failed") in _squeeze(verify.output)

    show = runner.invoke(app, ["show", source, "--out", str(out), "--raw", str(raw)])
    assert show.exit_code == 0, show.output
    assert _squeeze("source not shown") in _squeeze(show.output) and _squeeze(
        "not a relative path inside RAW_DIR"
    ) in _squeeze(show.output)
    assert "⟦" not in _squeeze(show.output)  # the outside file was not rendered as the record's source


@pytest.mark.parametrize("pattern", ["../outside/*", "/etc/*", "sub/../../outside/a.txt"])
def test_reprocess_refuses_a_selector_outside_raw(layout: tuple[Path, Path, Path], pattern: str) -> None:
    raw, _, out = layout
    result = CliRunner().invoke(app, ["reprocess", str(raw), "--out", str(out), "--source", pattern, "--dry-run"])
    assert result.exit_code == 2, result.output
    assert _squeeze("not relative to RAW_DIR") in _squeeze(result.output)
    assert not out.exists()


def test_output_folder_inside_raw_is_refused(layout: tuple[Path, Path, Path]) -> None:
    """It used to curate its own output every run (5 -> 10 -> 13 records); now nothing is written at all."""
    raw, _, _ = layout
    before = sorted(p.relative_to(raw) for p in raw.rglob("*"))
    for out in (raw / "curated", raw / "sub" / "deeper" / "out"):
        result = CliRunner().invoke(app, ["run", str(raw), "--out", str(out), "--config", _config_file(raw.parent)])
        assert result.exit_code == 2, result.output
        assert _squeeze("inside RAW_DIR") in _squeeze(result.output)
        with pytest.raises(OutputInsideRaw):
            curate(raw_dir=str(raw), out_dir=str(out), config=CONFIG)
    assert sorted(p.relative_to(raw) for p in raw.rglob("*")) == before


def _config_file(folder: Path, **settings: object) -> str:
    path = folder / "config.json"
    path.write_text(json.dumps({"workers": 1, **settings}), encoding="utf-8")
    return str(path)


# --- inputs that took a run down ---------------------------------------------------------------------------------


def test_names_that_are_not_utf8_become_rejections_with_recoverable_names(
    layout: tuple[Path, Path, Path],
) -> None:
    raw, _, out = layout
    root = os.fsencode(raw)
    with open(os.path.join(root, b"caf\xe9.txt"), "wb") as handle:
        handle.write(EN.encode())
    os.mkdir(os.path.join(root, b"dossier-\xff"))
    with open(os.path.join(root, b"dossier-\xff", b"100%.txt"), "wb") as handle:
        handle.write(DE.encode())

    for _ in range(2):  # the rerun crashed too
        result = CliRunner().invoke(app, ["run", str(raw), "--out", str(out), "--config", _config_file(raw.parent)])
        assert result.exit_code == 0, result.output
    rejections = _rejections(out)
    assert {s: r.reason for s, r in rejections.items()} == {
        "caf%E9.txt": "name_not_utf8",
        "dossier-%FF/100%25.txt": "name_not_utf8",  # the whole path escaped,
    }
    for source in rejections:  # the exact bytes of the name come back from the escape
        assert os.path.isfile(os.path.join(root, unquote_to_bytes(source)))
    assert sorted(_texts(out)) == ["a.txt", "sub/b.txt"]


@pytest.fixture()
def unblock_pipes() -> Iterator[Callable[[Path], None]]:
    """Keeps opening a pipe for writing, so a reader blocked on it gets end-of-file: a regression fails the test
    (the pipe reads as an empty file) instead of hanging it."""
    stop = threading.Event()

    def unblock(fifo: Path) -> None:
        def loop() -> None:
            while not stop.wait(0.2):
                try:
                    os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
                except OSError:  # no reader (ENXIO), or the pipe is gone
                    continue

        threading.Thread(target=loop, daemon=True).start()

    yield unblock
    stop.set()


def test_file_swapped_for_a_fifo_during_a_run_is_refused_without_waiting(
    layout: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch, unblock_pipes: Callable[[Path], None]
) -> None:
    raw, _, out = layout

    def swap() -> None:
        (raw / "a.txt").unlink()
        os.mkfifo(raw / "a.txt")
        unblock_pipes(raw / "a.txt")

    _after_discovery(monkeypatch, swap)
    manifest = curate(raw_dir=str(raw), out_dir=str(out), config=CONFIG)
    rejection = _rejections(out)["a.txt"]
    assert rejection.reason == "not_a_file" and "pipe" in rejection.detail
    assert manifest.counts["curated"] == 1 and sorted(_texts(out)) == ["sub/b.txt"]
    # the lock was released: the next run goes ahead, and refuses the pipe at listing
    monkeypatch.undo()
    curate(raw_dir=str(raw), out_dir=str(out), config=CONFIG)
    assert _rejections(out)["a.txt"].reason == "not_a_file"


def _remove_deep(top: Path) -> None:
    """shutil.rmtree recurses per level (pytest's clean-up would hit Python's recursion limit)."""
    folders = [top]
    while (child := folders[-1] / "d").is_dir():
        folders.append(child)
    for folder in reversed(folders):
        for path in folder.iterdir():
            if not path.is_dir():
                path.unlink()
        folder.rmdir()


def test_folder_nested_990_levels_deep_is_refused_below_the_depth_limit(layout: tuple[Path, Path, Path]) -> None:
    raw, _, out = layout
    deepest = raw / "deep"
    deepest.mkdir()
    try:
        for _ in range(990):
            deepest = deepest / "d"
            deepest.mkdir()
        (deepest / "bottom.txt").write_text(EN, encoding="utf-8")
        (raw / "deep" / "d" / "shallow.txt").write_text(DE.replace("Mittwoch", "Montag"), encoding="utf-8")
        manifest = curate(raw_dir=str(raw), out_dir=str(out), config=CONFIG)
    finally:
        _remove_deep(raw / "deep")
    rejections = _rejections(out)
    too_deep = "/".join(["deep"] + ["d"] * MAX_DEPTH)  # the first folder below the limit, not walked
    assert {s: r.reason for s, r in rejections.items()} == {too_deep: "too_deep"}
    assert sorted(_texts(out)) == ["a.txt", "deep/d/shallow.txt", "sub/b.txt"]
    assert manifest.counts["discovered"] == 4


@pytest.mark.parametrize(
    ("field", "value"),
    [("max_bytes", 10**30), ("num_perm", 10**6), ("workers", 10**6), ("batch_size", 10**9), ("shingle_words", 10**6)],
)
def test_configuration_out_of_bounds_is_refused_in_one_line(tmp_path: Path, field: str, value: int) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(EN, encoding="utf-8")
    started = time.monotonic()
    result = CliRunner().invoke(
        app, ["run", str(raw), "--out", str(tmp_path / "out"), "--config", _config_file(tmp_path, **{field: value})]
    )
    assert result.exit_code == 2, result.output
    said = _squeeze(result.output)
    assert said.startswith(_squeeze("error: invalid configuration ")) and said.count("error:") == 1
    assert _squeeze(f"{field}: Input should be less than or equal to") in said
    assert time.monotonic() - started < 10
    assert not (tmp_path / "out").exists()


def test_configuration_at_its_bounds_runs(layout: tuple[Path, Path, Path]) -> None:
    """The bounds are what the code can take: a run at each upper bound that matters for memory and time."""
    raw, _, out = layout
    config = CurationConfig(workers=1, max_bytes=10**9, num_perm=1024, doc_timeout_seconds=86_400)
    manifest = curate(raw_dir=str(raw), out_dir=str(out), config=config)
    assert manifest.counts["curated"] == 2
