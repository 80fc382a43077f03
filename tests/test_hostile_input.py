"""Hostile and broken input (issue 9): every odd file ends as a traceable record or a rejection with a reason.

Most tests call the pure core (discover, decode, pipeline.process_batch); one runs the real flow
over a mix of everything and checks conservation. The fuzz tests feed random bytes and text
through decode, clean, detect and record building.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import random
import re
import tempfile
import tracemalloc
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from ftfy.badness import MOJIBAKE_CATEGORIES, is_bad
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curation.decode import _maybe_mojibake, decode_bytes
from curation.dedup import normalize
from curation.discover import Refused, SourceFile, discover
from curation.errors import Rejected
from curation.pipeline import Failed, Outcome, Processed, process_batch, process_document, read_source
from curation.records import RunStamp, build_record
from curation.spans import apply_spans, check_spans
from curation.verify import iter_records, verify_record
from schemas import CurationConfig, Record

CONFIG = CurationConfig(workers=1)
SENTENCES = Path(__file__).resolve().parent / "data" / "sentences"  # a sample of the lingua sentences

RU = (
    "Правительство России в среду утвердило новый порядок распределения субсидий для сельского "
    "хозяйства. По словам министра, средства получат прежде всего небольшие фермерские хозяйства в "
    "отдалённых регионах, где урожайность в последние годы заметно снизилась. Эксперты считают, что "
    "эта мера поможет сохранить рабочие места, однако сомневаются, что денег хватит надолго.\n"
)
RU_SHORT = "Все это довольно срочно.\n"
FR = (
    "Le gouvernement a présenté mercredi un projet de loi destiné à réformer l’assurance chômage. "
    "Selon le ministre, les règles d’indemnisation seront modulées en fonction de la conjoncture : "
    "elles seront plus strictes lorsque l’économie se porte bien et plus généreuses en période de "
    "crise. Les syndicats dénoncent déjà « une réforme injuste » qui coûtera près de 2 milliards d’€.\n"
)
FR_SHORT = "Elle ne peut donc, à elle seule, nourrir le débat.\n"
DE = (
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen, das die Förderung erneuerbarer "
    "Energien deutlich ausweiten soll. Nach Angaben des Ministeriums sollen bis zum Ende des Jahrzehnts "
    "mehr als die Hälfte des Stroms aus Wind und Sonne stammen. Kritiker bemängeln jedoch, dass der "
    "Ausbau der Netze viel zu langsam vorankommt und die Kosten für Verbraucher steigen würden.\n"
)
DE_SHORT = "Die Straße ist für Fußgänger gesperrt.\n"
EN = (
    "The city council voted on Tuesday to extend the bus network to the northern districts, after "
    "months of debate about the cost of the project. Residents have long complained that the area "
    "is poorly served, and local businesses say the new lines will bring more customers. Work is "
    "expected to begin next spring and should be finished within two years.\n"
)
AR = (
    "أعلنت الحكومة يوم الأربعاء عن خطة جديدة لدعم المزارعين في المناطق الريفية، وقال الوزير إن "
    "الأموال ستوزع على الأسر الأكثر حاجة خلال الأشهر المقبلة، مشيرا إلى أن الجفاف أثر بشدة على "
    "المحاصيل في السنوات الأخيرة.\n"
)
HE = (
    "הממשלה אישרה ביום רביעי תוכנית חדשה לשיפור התחבורה הציבורית בערים הגדולות, ולדברי השר "
    "הקווים החדשים יופעלו כבר בשנה הבאה ויקצרו את זמני הנסיעה של מאות אלפי נוסעים.\n"
)
ZH = (
    "市政府星期三宣布将扩建北部地区的公交网络经过数月的讨论议员们最终同意了这个项目的预算"
    "居民们长期以来抱怨该地区交通不便当地商家表示新线路将带来更多顾客工程预计明年春天开工两年内完成\n"
)
JA = (
    "市議会は水曜日北部地区へのバス路線の延長を決定した数か月にわたる議論の末費用について合意した"
    "住民は長年交通の便が悪いと訴えており地元の商店も新しい路線が客を増やすと期待している\n"
)


def _write(raw: Path, name: str, data: bytes) -> Path:
    path = raw / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _run(raw: Path, config: CurationConfig = CONFIG) -> tuple[dict[str, Outcome], dict[str, Refused]]:
    """Discovery then one batch of the worker's work: the pure core the flow wraps."""
    files, refused = discover(raw, config.ignore)
    outcomes = process_batch(files, config, frozenset())
    return {o.source.source: o for o in outcomes}, {r.source: r for r in refused}


def _one(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Outcome:
    raw = tmp_path / "raw"
    _write(raw, name, data)
    outcomes, refused = _run(raw)
    assert not refused
    return outcomes[name]


def _traceable(outcome: Outcome, raw: bytes) -> Processed:
    """The outcome is a record whose text is exactly the decoded source minus its valid spans."""
    assert isinstance(outcome, Processed), outcome
    decoded = decode_bytes(raw)
    assert check_spans(outcome.removed, len(decoded.text)) is None
    assert apply_spans(decoded.text, outcome.removed) == outcome.text
    assert (decoded.encoding, decoded.steps) == (outcome.encoding, outcome.decode_steps)
    return outcome


def _rejected(outcome: Outcome, reason: str) -> Failed:
    assert isinstance(outcome, Failed), outcome
    assert outcome.reason == reason, (outcome.reason, outcome.detail)
    return outcome


# --- empty, whitespace, NUL, binary, control characters ------------------------------------


def test_zero_byte_file_is_empty(tmp_path: Path) -> None:
    _rejected(_one(tmp_path, b""), "empty")


def test_whitespace_only(tmp_path: Path) -> None:
    _rejected(_one(tmp_path, b"  \n\t\r\n \x0c \n"), "whitespace_only")
    _rejected(_one(tmp_path, "\u3000\u00a0\n".encode(), "wide.txt"), "whitespace_only")


def test_nul_filled_is_binary(tmp_path: Path) -> None:
    _rejected(_one(tmp_path, b"\x00" * 4096), "binary")


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", EN)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        _zip_bytes(),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + EN.encode(),
        bytes(range(256)) * 16,  # no signature: caught by its NUL and control characters
    ],
    ids=["png", "zip", "pdf", "unsigned"],
)
def test_binary_renamed_txt(tmp_path: Path, data: bytes) -> None:
    _rejected(_one(tmp_path, data, "renamed.txt"), "binary")


def test_stray_nul_and_control_characters_are_cut_as_spans(tmp_path: Path) -> None:
    text = EN.replace("Tuesday", "Tues\x00day").replace("months", "mon\x07ths\x1b")
    raw = text.encode()
    record = _traceable(_one(tmp_path, raw), raw)
    assert "Tuesday" in record.text and "months" in record.text
    assert not any(ch in record.text for ch in "\x00\x07\x1b")
    assert Counter(s.reason for s in record.removed)["control_char"] == 3


# --- encodings ---------------------------------------------------------------------------------

ENCODED = [
    ("utf-8", EN.encode("utf-8"), EN, "utf-8"),
    ("utf-8 bom", b"\xef\xbb\xbf" + FR.encode("utf-8"), FR, "utf-8-sig"),
    ("utf-16 le bom", b"\xff\xfe" + DE.encode("utf-16-le"), DE, "utf-16"),
    ("utf-16 be bom", b"\xfe\xff" + RU.encode("utf-16-be"), RU, "utf-16"),
    ("utf-16 le no bom", EN.encode("utf-16-le"), EN, "utf-16-le"),  # what Windows tools often write
    ("utf-16 be no bom", RU.encode("utf-16-be"), RU, "utf-16-be"),
    ("utf-16 le no bom, cjk", JA.encode("utf-16-le"), JA, "utf-16-le"),
    ("utf-32 le no bom", DE.encode("utf-32-le"), DE, "utf-32-le"),
    ("cp1251", RU.encode("cp1251"), RU, "cp1251"),
    ("cp1251 short", RU_SHORT.encode("cp1251"), RU_SHORT, "cp1251"),
    ("koi8-r", RU.encode("koi8-r"), RU, "koi8-r"),
    ("koi8-r short", RU_SHORT.encode("koi8-r"), RU_SHORT, "koi8-r"),
    ("cp1252", FR.encode("cp1252"), FR, "cp1252"),
    ("cp1252 short", FR_SHORT.encode("cp1252"), FR_SHORT, "cp1252"),
    ("latin-1", DE.encode("latin-1"), DE, "cp1252"),  # identical text: cp1252 is a superset for printable bytes
    ("latin-1 short", DE_SHORT.encode("latin-1"), DE_SHORT, "cp1252"),
]


@pytest.mark.parametrize(("raw", "text", "encoding"), [c[1:] for c in ENCODED], ids=[c[0] for c in ENCODED])
def test_encodings_decode_to_the_original_text(raw: bytes, text: str, encoding: str) -> None:
    decoded = decode_bytes(raw)
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert decode_bytes(raw) == decoded  # deterministic: verify redoes exactly this


@pytest.mark.parametrize(("raw", "text"), [(c[1], c[2]) for c in ENCODED if len(c[2]) > 100], ids=lambda v: "")
def test_encoded_paragraphs_become_traceable_records(tmp_path: Path, raw: bytes, text: str) -> None:
    record = _traceable(_one(tmp_path, raw), raw)
    assert record.text.strip() in text


def test_invalid_utf8_is_replaced_and_flagged(tmp_path: Path) -> None:
    """Documented choice: a few invalid bytes in UTF-8 become U+FFFD and the step is recorded."""
    raw = FR.encode().replace(b"mercredi", b"mer\xffcredi")
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8"
    assert decoded.steps == ("utf8_replace_invalid",)
    assert "mer\ufffdcredi" in decoded.text
    assert decoded.text.replace("\ufffd", "") == FR
    _traceable(_one(tmp_path, raw), raw)


def test_invalid_utf8_after_a_bom_follows_the_same_rule(tmp_path: Path) -> None:
    """A UTF-8 BOM does not turn one stray byte into a rejection; too many strays still reject."""
    raw = codecs.BOM_UTF8 + FR.encode().replace(b"mercredi", b"mer\xffcredi")
    decoded = decode_bytes(raw)
    assert (decoded.encoding, decoded.steps) == ("utf-8-sig", ("utf8_replace_invalid",))
    assert decoded.text.replace("\ufffd", "") == FR
    _traceable(_one(tmp_path, raw), raw)
    with pytest.raises(Rejected) as refused:
        decode_bytes(codecs.BOM_UTF8 + FR.encode("cp1252"))
    assert refused.value.reason == "undecodable"


def test_mostly_invalid_utf8_is_read_as_a_legacy_codec() -> None:
    """Above the replacement limit the bytes are not UTF-8 with strays: legacy detection decides."""
    raw = FR.encode("cp1252")
    assert decode_bytes(raw).steps == ()


def test_mojibake_repaired_and_recorded(tmp_path: Path) -> None:
    mojibake = FR.encode("utf-8").decode("cp1252")  # UTF-8 read once as cp1252, saved as UTF-8
    raw = mojibake.encode("utf-8")
    decoded = decode_bytes(raw)
    assert "ftfy_fix_encoding" in decoded.steps
    assert decoded.text == FR
    _traceable(_one(tmp_path, raw), raw)


def _category_characters() -> list[str]:
    """Every character ftfy's badness categories name (ranges expanded), the letters its pattern spells out, and
    plain ones: what random strings are made of to exercise the pattern's alternatives."""
    found: set[str] = set("ŒœÂÃÎÐ×ØÙà√≈‚Ђ€°µвВГРСўΒΓΞΟβāÄìîïòôúùû†¢πâóäê abXY.,?!\n")
    for fragment in MOJIBAKE_CATEGORIES.values():
        for pair in re.finditer(r"(.)-(.)|(.)", fragment, re.S):
            first, last = (pair.group(3), pair.group(3)) if pair.group(3) else (pair.group(1), pair.group(2))
            found.update(chr(code) for code in range(ord(first), ord(last) + 1))
    return sorted(found)


def test_the_mojibake_test_agrees_with_ftfys_own() -> None:
    """decode asks ftfy's badness pattern only near the characters it needs; the answer must be ftfy's `is_bad`
    on random strings of the pattern's characters (about two thirds of them bad) and on the real sentences of 38
    languages in tests/data."""
    pool, rng = _category_characters(), random.Random(7)
    strings = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(50_000)]
    strings += [path.read_text(encoding="utf-8") for path in sorted(SENTENCES.glob("*.txt"))]
    strings += [FR.encode("utf-8").decode("cp1252"), RU.encode("utf-8").decode("cp1251", errors="replace")]
    expected = [is_bad(text) for text in strings]
    assert 0.3 < sum(expected) / len(expected) < 0.9  # both answers are exercised
    assert [_maybe_mojibake(text) for text in strings] == expected


def test_crlf_folded_and_recorded() -> None:
    decoded = decode_bytes(EN.replace("\n", "\r\n").encode() * 2)
    assert decoded.steps == ("newlines_to_lf",)
    assert "\r" not in decoded.text


LEGACY = {"cp1251": ["ru", "uk", "bg"], "koi8-r": ["ru"], "cp1252": ["fr", "de", "es", "pt", "it", "nl"],
          "latin-1": ["fr", "de", "es"]}  # fmt: skip


def legacy_accuracy(decode: Callable[[bytes], str], per_case: int = 8) -> dict[str, tuple[int, int]]:
    """(right, tried) per length class: real sentences encoded, decoded back, compared (seeded sample)."""
    rng = random.Random(9)
    scores = {"short": [0, 0], "paragraph": [0, 0]}
    for codec, languages in LEGACY.items():
        for language in languages:
            lines = [line for line in (SENTENCES / f"{language}.txt").read_text().splitlines() if line.strip()]
            for kind, count in (("short", 1), ("paragraph", 6)):
                for _ in range(per_case):
                    text = " ".join(rng.sample(lines, count)) + "\n"
                    try:
                        raw = text.encode(codec)
                    except UnicodeEncodeError:
                        continue
                    if raw.isascii():
                        continue
                    try:
                        right = decode(raw) == text
                    except Rejected:
                        right = False
                    scores[kind][0] += right
                    scores[kind][1] += 1
    return {kind: (right, tried) for kind, (right, tried) in scores.items()}


def test_legacy_codecs_on_real_sentences() -> None:
    """Short texts are where charset detection alone failed (KOI8-R read as Shift-JIS, cp1252 as cp1257)."""
    scores = legacy_accuracy(lambda raw: decode_bytes(raw).text)
    assert scores["short"][0] >= 0.85 * scores["short"][1], scores
    assert scores["paragraph"][0] >= 0.9 * scores["paragraph"][1], scores


@pytest.mark.parametrize(
    ("language", "codec"),
    [("cs", "cp1250"), ("cs", "iso8859_2"), ("pl", "iso8859_2"), ("sk", "cp1250"), ("tr", "cp1254"), ("is", "cp1252")],
)
def test_codecs_of_one_script_told_apart_by_the_language(language: str, codec: str) -> None:
    """Czech in cp1252 reads as plausible Latin ("pøíliš"): the profiles' trigrams pick cp1250. Icelandic,
    which no profile knows, must keep its cp1252 reading rather than the one a profile half-knows."""
    lines = [line for line in (SENTENCES / f"{language}.txt").read_text().splitlines() if line.strip()]
    rng = random.Random(f"{language}:{codec}")
    right = tried = 0
    while tried < 12:
        text = " ".join(rng.sample(lines, 4)) + "\n"
        raw = text.encode(codec, errors="ignore")
        if raw.isascii() or raw.decode(codec) != text:
            continue
        tried += 1
        right += decode_bytes(raw).encoding == codec  # the text itself may hold mojibake that ftfy repairs
    assert right >= 11, f"{right}/{tried}"


# --- sizes ---------------------------------------------------------------------------------------


def test_single_five_megabyte_line(tmp_path: Path) -> None:
    sentence = EN.strip() + " "
    raw = (sentence * (5_000_000 // len(sentence) + 1)).encode()[:5_000_000]
    assert b"\n" not in raw and len(raw) == 5_000_000
    record = _traceable(_one(tmp_path, raw, "one-line.txt"), raw)
    assert record.language == "en"


def test_above_configured_limit_is_too_large(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    _write(raw, "big.txt", EN.encode() * 20)
    outcomes, _ = _run(raw, CONFIG.model_copy(update={"max_bytes": 1000}))
    failed = _rejected(outcomes["big.txt"], "too_large")
    assert failed.sha256 is None  # refused on its size, never hashed, so never read


def test_sparse_200_megabyte_file_refused_without_reading_it(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    with (raw / "huge.txt").open("wb") as handle:
        handle.truncate(200_000_000)  # sparse: no disk space used
    files, _ = discover(raw, CONFIG.ignore)
    tracemalloc.start()
    try:
        with pytest.raises(Rejected) as refused:
            read_source(files[0], CONFIG.max_bytes)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.reason == "too_large"
    assert peak < 1_000_000
    _rejected(process_batch(files, CONFIG, frozenset())[0], "too_large")


# --- paths -------------------------------------------------------------------------------------------


def test_nested_non_ascii_and_space_names(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    names = ["a/b/c/d/deep.txt", "ünïcødé/статья 1.txt", "with space/file name.txt", "日本/記事.txt"]
    for name in names:
        _write(raw, name, EN.encode())
    outcomes, refused = _run(raw)
    assert sorted(outcomes) == sorted(names) and not refused
    for name in names:
        _traceable(outcomes[name], EN.encode())


def test_symlinks_inside_followed_outside_refused(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    outside = tmp_path / "outside"
    _write(raw, "real/article.txt", EN.encode())
    _write(outside, "secret.txt", FR.encode())
    (raw / "link-inside.txt").symlink_to(raw / "real" / "article.txt")
    (raw / "folder-inside").symlink_to(raw / "real", target_is_directory=True)
    (raw / "link-outside.txt").symlink_to(outside / "secret.txt")
    (raw / "folder-outside").symlink_to(outside, target_is_directory=True)
    (raw / "relative-outside.txt").symlink_to(Path("..") / "outside" / "secret.txt")
    outcomes, refused = _run(raw)
    assert sorted(outcomes) == ["folder-inside/article.txt", "link-inside.txt", "real/article.txt"]
    for outcome in outcomes.values():
        assert _traceable(outcome, EN.encode()).text
    assert {s: r.reason for s, r in refused.items()} == {
        "folder-outside": "link_outside",
        "link-outside.txt": "link_outside",
        "relative-outside.txt": "link_outside",
    }


def test_outside_link_is_never_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "raw"
    outside = tmp_path / "outside"
    _write(raw, "ok.txt", EN.encode())
    _write(outside, "secret.txt", FR.encode())
    (raw / "leak.txt").symlink_to(outside / "secret.txt")
    opened: list[str] = []
    real_open = os.open

    def spy(path: str, *args: int) -> int:
        opened.append(os.path.realpath(path))
        return real_open(path, *args)

    monkeypatch.setattr(os, "open", spy)
    outcomes, refused = _run(raw)
    assert refused["leak.txt"].reason == "link_outside"
    assert opened == [str((raw / "ok.txt").resolve())]
    assert list(outcomes) == ["ok.txt"]


def test_symlink_loops(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    _write(raw, "sub/article.txt", EN.encode())
    (raw / "sub" / "back-to-root").symlink_to(raw, target_is_directory=True)
    (raw / "self-loop").symlink_to(raw / "self-loop")
    (raw / "dangling.txt").symlink_to(raw / "nothing-here.txt")
    outcomes, refused = _run(raw)
    assert list(outcomes) == ["sub/article.txt"]
    assert {s: r.reason for s, r in refused.items()} == {
        "sub/back-to-root": "symlink_loop",
        "self-loop": "broken_link",
        "dangling.txt": "broken_link",
    }


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway; the simulated test covers it")
def test_unreadable_permissions(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    path = _write(raw, "locked.txt", EN.encode())
    path.chmod(0)
    try:
        outcomes, _ = _run(raw)
    finally:
        path.chmod(0o644)
    assert _rejected(outcomes["locked.txt"], "unreadable").transient


def test_unreadable_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Works as root too: the open fails the way a permission-denied open does."""
    raw = tmp_path / "raw"
    _write(raw, "locked.txt", EN.encode())
    _write(raw, "io-error.txt", EN.encode())
    _write(raw, "fine.txt", EN.encode())
    real_open = os.open

    def deny(path: str, *args: int) -> int:
        if path.endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", path)
        if path.endswith("io-error.txt"):
            raise OSError(5, "Input/output error", path)
        return real_open(path, *args)

    monkeypatch.setattr(os, "open", deny)
    outcomes, _ = _run(raw)
    assert _rejected(outcomes["locked.txt"], "unreadable").transient
    assert _rejected(outcomes["io-error.txt"], "unreadable").transient
    _traceable(outcomes["fine.txt"], EN.encode())


def test_file_vanishing_between_listing_and_reading(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    _write(raw, "here.txt", EN.encode())
    _write(raw, "gone.txt", EN.encode())
    files, _ = discover(raw, CONFIG.ignore)
    (raw / "gone.txt").unlink()
    outcomes = {o.source.source: o for o in process_batch(files, CONFIG, frozenset())}
    assert _rejected(outcomes["gone.txt"], "vanished").transient
    _traceable(outcomes["here.txt"], EN.encode())


def test_hidden_files_and_editor_droppings_ignored(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    kept = ["article.txt", "sub/story.txt"]
    droppings = [".hidden.txt", ".git/config", "article.txt~", ".article.txt.swp", "#article.txt#",
                 "draft.tmp", "__pycache__/x.txt", "Thumbs.db", "sub/.DS_Store", "notes.bak"]  # fmt: skip
    for name in kept + droppings:
        _write(raw, name, EN.encode())
    config = CONFIG.model_copy(update={"ignore": [*CONFIG.ignore, "*.bak"]})
    outcomes, refused = _run(raw, config)
    assert sorted(outcomes) == kept and not refused
    outcomes, _ = _run(raw, CONFIG)
    assert "notes.bak" in outcomes  # the patterns come from the configuration


# --- text that stresses the cleaner and the detector ----------------------------------------------------


def test_one_enormous_paragraph(tmp_path: Path) -> None:
    raw = " ".join([EN.strip(), DE.strip(), FR.strip()] * 1000).encode() + b"\n"
    assert len(raw) > 1_000_000
    record = _traceable(_one(tmp_path, raw), raw)
    assert len(record.text) > 900_000


def test_only_boilerplate(tmp_path: Path) -> None:
    raw = b"icon-facebook icon-twitter icon-whatsapp\nShare this article\nAdvertisement\nRead more\n"
    _rejected(_one(tmp_path, raw), "no_content")


def test_only_numbers(tmp_path: Path) -> None:
    raw = "\n".join(" ".join(str(i * j) for j in range(12)) for i in range(40)).encode()
    outcome = _one(tmp_path, raw)
    if isinstance(outcome, Failed):
        assert outcome.reason == "no_content"
    else:
        assert _traceable(outcome, raw).language == "und"


@pytest.mark.parametrize(("text", "languages"), [(AR, {"ar"}), (HE, {"he"}), (ZH, {"zh-cn", "zh"}), (JA, {"ja"})])
def test_rtl_and_unspaced_scripts(tmp_path: Path, text: str, languages: set[str]) -> None:
    raw = text.encode()
    record = _traceable(_one(tmp_path, raw), raw)
    assert record.text.strip() == text.strip()
    assert record.language in languages | {"und"}


def test_emoji(tmp_path: Path) -> None:
    text = EN.replace("Tuesday", "Tuesday 🎉🚌").replace("customers.", "customers 👍🏽👨‍👩‍👧.")
    raw = text.encode()
    record = _traceable(_one(tmp_path, raw), raw)
    assert "👨‍👩‍👧" in record.text and record.language == "en"


def test_combining_characters_keep_exact_offsets(tmp_path: Path) -> None:
    """Decomposed accents stay as they are in the record (offsets exact); only dedup normalizes."""
    nfd = unicodedata.normalize("NFD", "Share this article\n" + FR)
    raw = nfd.encode()
    record = _traceable(_one(tmp_path, raw), raw)
    assert "e\u0301" in record.text
    assert unicodedata.normalize("NFC", record.text) != record.text
    assert record.removed and record.removed[0].start == 0
    assert normalize(record.text) == normalize(unicodedata.normalize("NFC", record.text))


# --- the real flow over a mix of everything: conservation -------------------------------------------------------


def _hostile_mix(raw: Path, outside: Path) -> None:
    _write(outside, "secret.txt", FR.encode())
    files = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "nul.txt": b"\x00" * 300,
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "archive.txt": _zip_bytes(),
        "paper.txt": b"%PDF-1.4\n" + EN.encode(),
        "control.txt": EN.replace("council", "coun\x00cil\x07").encode(),
        "enc/utf8.txt": EN.encode(),
        "enc/utf8-bom.txt": b"\xef\xbb\xbf" + FR.encode(),
        "enc/utf16le.txt": b"\xff\xfe" + DE.encode("utf-16-le"),
        "enc/utf16be.txt": b"\xfe\xff" + RU.encode("utf-16-be"),
        "enc/cp1251.txt": RU.encode("cp1251"),
        "enc/koi8r.txt": RU.encode("koi8-r"),
        "enc/cp1252.txt": FR.encode("cp1252"),
        "enc/latin1.txt": DE.encode("latin-1"),
        "enc/invalid-utf8.txt": FR.encode().replace(b"mercredi", b"mer\xffcredi"),
        "enc/mojibake.txt": FR.encode().decode("cp1252").encode(),
        "sizes/too-large.txt": b"",  # made sparse below
        "sizes/long-line.txt": (EN.strip() + " ").encode() * 2000,
        "paths/ünï cødé/стáтья 1.txt": DE.encode(),
        "paths/a/b/c/deep.txt": EN.encode().replace(b"Tuesday", b"Monday"),
        ".hidden.txt": EN.encode(),
        "draft.txt~": EN.encode(),
        "text/boilerplate.txt": b"icon-facebook icon-twitter icon-whatsapp\nAdvertisement\n",
        "text/numbers.txt": "\n".join(" ".join(str(i * j) for j in range(10)) for i in range(30)).encode(),
        "text/ar.txt": AR.encode(),
        "text/he.txt": HE.encode(),
        "text/zh.txt": ZH.encode(),
        "text/ja.txt": JA.encode(),
        "text/emoji.txt": EN.replace("Tuesday", "Tuesday 🎉👨‍👩‍👧").encode(),
        "text/nfd.txt": unicodedata.normalize("NFD", FR).encode(),
    }
    for name, data in files.items():
        _write(raw, name, data)
    with (raw / "sizes" / "too-large.txt").open("wb") as handle:
        handle.truncate(200_000_000)
    (raw / "paths" / "inside-link.txt").symlink_to(raw / "enc" / "utf8.txt")
    (raw / "paths" / "outside-link.txt").symlink_to(outside / "secret.txt")
    (raw / "paths" / "outside-folder").symlink_to(outside, target_is_directory=True)
    (raw / "paths" / "a" / "loop").symlink_to(raw / "paths", target_is_directory=True)
    (raw / "paths" / "dangling.txt").symlink_to(raw / "missing.txt")


def _check_conservation(raw: Path, out: Path, expected: set[str]) -> tuple[dict[str, Record], dict[str, str]]:
    records = [record for _, _, record in iter_records(out)]
    rejections: list[tuple[str, str]] = []
    for shard in sorted((out / "rejected").glob("*.jsonl")):
        for line in shard.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            rejections.append((item["source"], item["reason"]))
    sources = [r.provenance.source for r in records] + [s for s, _ in rejections]
    assert Counter(sources).most_common(1)[0][1] == 1  # each source exactly once
    assert set(sources) == expected  # inputs = records + rejections
    for record in records:
        assert verify_record(record, raw) is None, record.provenance.source
        assert (raw / record.provenance.source).resolve().is_relative_to(raw.resolve())
    root = out.resolve()
    for path in out.rglob("*"):
        assert not path.is_symlink() and path.resolve().is_relative_to(root), path
    return {r.provenance.source: r for r in records}, dict(rejections)


def test_flow_over_hostile_mix_conserves_every_input(tmp_path: Path) -> None:
    from flows.curate import curate  # Prefect only for this one test

    raw, out = tmp_path / "raw", tmp_path / "curated"
    _hostile_mix(raw, tmp_path / "outside")
    files, refused = discover(raw, CONFIG.ignore)
    expected = {f.source for f in files} | {r.source for r in refused}
    assert ".hidden.txt" not in expected and "draft.txt~" not in expected
    assert len(expected) == 34

    curate(raw_dir=str(raw), out_dir=str(out), config=CONFIG)
    records, rejections = _check_conservation(raw, out, expected)
    assert {s: r for s, r in rejections.items() if not s.startswith("text/")} == {
        "empty.txt": "empty",
        "blank.txt": "whitespace_only",
        "nul.txt": "binary",
        "image.txt": "binary",
        "archive.txt": "binary",
        "paper.txt": "binary",
        "sizes/too-large.txt": "too_large",
        "paths/outside-link.txt": "link_outside",
        "paths/outside-folder": "link_outside",
        "paths/a/loop": "symlink_loop",
        "paths/dangling.txt": "broken_link",
    }
    assert rejections["text/boilerplate.txt"] == "no_content"
    assert records["enc/koi8r.txt"].provenance.encoding == "koi8-r"
    assert records["enc/cp1251.txt"].provenance.encoding == "cp1251"
    assert records["enc/invalid-utf8.txt"].provenance.decode_steps == ["utf8_replace_invalid"]
    assert "ftfy_fix_encoding" in records["enc/mojibake.txt"].provenance.decode_steps
    assert records["paths/inside-link.txt"].text == records["enc/utf8.txt"].text

    (raw / "enc" / "utf8.txt").write_bytes(DE.encode())  # a source changes (and the link to it); rerun
    curate(raw_dir=str(raw), out_dir=str(out), config=CONFIG)
    records, _ = _check_conservation(raw, out, expected)
    assert records["paths/inside-link.txt"].text == records["enc/utf8.txt"].text == DE.strip()


# --- fuzz: random bytes and text through decode, clean, detect and record building -------------------------------

FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LINES = st.sampled_from(
    [EN.strip(), FR.strip(), RU_SHORT.strip(), "Advertisement", "Share this article", "By Jane Doe", "12 May 2024",
     "icon-facebook icon-twitter", "", "   ", "\t", AR.strip(), ZH.strip(), "e\u0301\u0301", "🎉👨‍👩‍👧", "\x00\x07"]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(LINES, st.text(max_size=80)), max_size=12).map("\n".join),
)
ENCODINGS = st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1251", "koi8-r", "cp1252", "latin-1"])


def _through_everything(raw: bytes, folder: Path) -> None:
    (folder / "doc.txt").write_bytes(raw)
    st = (folder / "doc.txt").stat()
    source = SourceFile("doc.txt", str(folder / "doc.txt"), len(raw), 0, st.st_dev, st.st_ino)
    outcome = process_document(source, raw, CONFIG.model_copy(update={"min_content_chars": 1}), frozenset())
    if isinstance(outcome, Failed):
        assert outcome.reason in {"empty", "whitespace_only", "binary", "undecodable", "no_content"}
        return
    decoded = decode_bytes(raw)
    assert check_spans(outcome.removed, len(decoded.text)) is None
    assert apply_spans(decoded.text, outcome.removed) == outcome.text
    assert verify_record(build_record(outcome, "fuzz", RunStamp(CONFIG.digest(), "fuzz")), folder) is None


@FUZZ
@given(raw=st.binary(max_size=600))
def test_fuzz_random_bytes(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _through_everything(raw, Path(folder))


@FUZZ
@given(text=TEXTS, encoding=ENCODINGS)
def test_fuzz_random_text(text: str, encoding: str) -> None:
    raw = text.encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as folder:
        _through_everything(raw, Path(folder))
