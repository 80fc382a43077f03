"""The real flow under real (ephemeral) Prefect, on the seeds and on odd inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from curation.verify import iter_records, verify_record
from flows.curate import curate
from schemas import CurationConfig, Rejection

FAST = CurationConfig(workers=1)


def _records(out: Path) -> dict[str, dict]:
    return {r.provenance.source: r.model_dump(mode="json") for _, _, r in iter_records(out)}


def _rejections(out: Path) -> dict[str, Rejection]:
    found = {}
    for shard in (out / "rejected").glob("*.jsonl"):
        for line in shard.read_text(encoding="utf-8").splitlines():
            rejection = Rejection.model_validate_json(line)
            found[rejection.source] = rejection
    return found


@pytest.fixture()
def odd_raw(seeds_raw: Path) -> Path:
    (seeds_raw / "empty.txt").write_bytes(b"")
    (seeds_raw / "blank.txt").write_bytes(b"  \n\t\n ")
    (seeds_raw / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (seeds_raw / "nul.txt").write_bytes(b"\x00" * 500)
    (seeds_raw / "only-share.txt").write_text("icon-facebook icon-twitter icon-whatsapp\n", encoding="utf-8")
    nested = seeds_raw / "de" / "nested folder"
    nested.mkdir(parents=True)
    german = (
        "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen, das die Förderung erneuerbarer "
        "Energien deutlich ausweiten soll. Nach Angaben des Ministeriums sollen bis zum Ende des Jahrzehnts "
        "mehr als die Hälfte des Stroms aus Wind und Sonne stammen.\n"
    )
    (nested / "artikel ä.txt").write_bytes(german.encode("utf-16"))
    return seeds_raw


def test_seeds_end_to_end(odd_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "curated"
    manifest = curate(raw_dir=str(odd_raw), out_dir=str(out), config=FAST)
    records, rejections = _records(out), _rejections(out)

    inputs = {str(p.relative_to(odd_raw)) for p in odd_raw.rglob("*") if p.is_file()}
    assert set(records) | set(rejections) == inputs
    assert not set(records) & set(rejections)
    assert manifest.counts["curated"] == len(records) == 6
    assert {s: r.reason for s, r in rejections.items()} == {
        "empty.txt": "empty",
        "blank.txt": "whitespace_only",
        "image.txt": "binary",
        "nul.txt": "binary",
        "only-share.txt": "no_content",
    }
    # each input counted where it went: into every step up to the one that refused it
    steps = {name: (s.documents, s.rejected) for name, s in manifest.steps.items()}
    assert steps["decode"] == (11, 4) and steps["clean"] == (7, 1)
    assert steps["language"] == steps["sign"] == steps["build"] == (6, 0)
    assert all(s.seconds > 0 for s in manifest.steps.values())
    german = records["de/nested folder/artikel ä.txt"]
    assert german["language"] == "de" and german["provenance"]["encoding"] == "utf-16"

    seed2 = records["002_29f0ae37d6cbfdc5.txt"]
    assert seed2["title"].startswith("Azerbaijan Celebrates Victory Day")
    assert seed2["authors"] == ["Naveed Miraj", "Shahid Qureshi"]
    assert seed2["published"] == "2023-11-08"
    for junk in ("icon-facebook", "By: Naveed", "Occupied Territories 1", "Wed Nov 08 2023"):
        assert junk not in seed2["text"]
    assert seed2["text"].startswith("ISLAMABAD: November 8 marks")
    seed3 = records["003_ecde8046f2ea29ea.txt"]
    assert seed3["published"] == "2024-11-08" and seed3["text"].startswith("November 8 – Victory Day")
    seed1 = records["001_f745c9f727d97c84.txt"]
    assert seed1["authors"] == ["Arye Gut"] and "Karabakh War\n" in seed1["text"]
    assert seed1["text"].count("True and Reliable Strategic Partner") == 0
    assert "Damage from the Armenian occupation" in records["000_c88f87bbde147bd9.txt"]["text"]
    assert records["004_aa9a29aaf7a57eb4.txt"]["text"].startswith("On November 10, 2020 a trilateral")
    assert records["004_aa9a29aaf7a57eb4.txt"]["text"].endswith("Jewish Agency in Azerbaijan.")
    for record in records.values():
        assert record["language"] in {"en", "de"}
        assert record["provenance"]["run_id"] == manifest.run_id

    for _, _, record in iter_records(out):
        assert verify_record(record, odd_raw) is None


def test_verify_cli_fails_on_tampered_record(seeds_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "curated"
    curate(raw_dir=str(seeds_raw), out_dir=str(out), config=FAST)
    cmd = [sys.executable, "-m", "flows.cli", "verify", str(out), "--raw", str(seeds_raw)]
    assert subprocess.run(cmd, capture_output=True).returncode == 0

    shard = next((out / "records").glob("*.jsonl"))
    lines = shard.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["text"] = record["text"].replace("Azerbaijan", "Armenia", 1)
    lines[0] = json.dumps(record, ensure_ascii=False)
    shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run(cmd, capture_output=True, text=True)
    assert result.returncode == 1
    assert record["id"] in result.stdout


def test_second_run_changes_nothing(seeds_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "curated"
    curate(raw_dir=str(seeds_raw), out_dir=str(out), config=FAST)
    before = {p.name: p.read_bytes() for p in (out / "records").glob("*.jsonl")}
    manifest = curate(raw_dir=str(seeds_raw), out_dir=str(out), config=FAST)
    assert manifest.counts["to_process"] == 0 and manifest.counts.get("curated", 0) == 0
    assert {p.name: p.read_bytes() for p in (out / "records").glob("*.jsonl")} == before


def test_copy_in_later_run_is_flagged(seeds_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "curated"
    curate(raw_dir=str(seeds_raw), out_dir=str(out), config=FAST)
    original = (seeds_raw / "001_f745c9f727d97c84.txt").read_text(encoding="utf-8")
    copy = "Breaking: a syndicated copy\n\n" + original.replace("Karabakh War", "The Karabakh War")
    (seeds_raw / "zz_copy.txt").write_text(copy, encoding="utf-8")
    manifest = curate(raw_dir=str(seeds_raw), out_dir=str(out), config=FAST)
    assert manifest.counts["curated"] == 1
    records = {r.provenance.source: r for _, _, r in iter_records(out)}
    canonical = records["001_f745c9f727d97c84.txt"]
    dup = records["zz_copy.txt"]
    assert dup.near_duplicate_of == canonical.id == dup.duplicate_cluster
    assert canonical.duplicate_cluster == canonical.id and canonical.near_duplicate_of is None
    assert dup.duplicate_similarity is not None and dup.duplicate_similarity > 0.8
