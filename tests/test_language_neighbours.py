"""Languages langdetect has no profile for, next to one it has: und with a reason, not a neighbour.

The 4-sentence documents are built from the bundled lingua sentences (the held-out half of
docs/language.md); before the neighbour evidence, Serbian came out as mk, Bosnian as hr, Zulu as
sw, Esperanto as es or sl, Latin as ca or it, all confidently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from curation import neighbours
from curation.language import LOW_CONFIDENCE, TOO_SHORT, UND, LanguageResult, detect, identify
from schemas import CurationConfig

SENTENCES = Path(__file__).resolve().parent / "data" / "sentences"
CONFIG = CurationConfig()


def _detect(text: str) -> LanguageResult:
    return detect(text, CONFIG.lang_min_chars, CONFIG.lang_min_confidence, CONFIG.lang_sample_chars)


def _documents(code: str, size: int = 4) -> list[str]:
    lines = (SENTENCES / f"{code}.txt").read_text(encoding="utf-8").splitlines()
    return [" ".join(lines[i : i + size]) for i in range(0, len(lines) - size + 1, size)]


@pytest.mark.parametrize(
    ("code", "least"),
    [
        ("sr", 0.9),  # was mk
        ("be", 0.9),
        ("az", 0.9),  # was tr
        ("eo", 0.9),  # was es, sl
        ("eu", 0.8),  # was id, sl
        ("zu", 0.9),  # was sw
        ("xh", 0.9),
        ("sn", 0.9),
        ("ts", 0.85),
        ("la", 0.85),  # was ca, it, ro, fr
    ],
)
def test_unprofiled_neighbours_are_und(code: str, least: float) -> None:
    """4-sentence documents in a language without a profile: mostly und, none given a neighbour's label
    without evidence being looked at."""
    docs = _documents(code)
    und = sum(_detect(doc).language == UND for doc in docs)
    assert und / len(docs) >= least, (code, und, len(docs))


@pytest.mark.parametrize("code", ["hr", "mk", "bg", "id", "sw", "es", "sl", "tr", "ru", "uk", "ca", "it", "pt"])
def test_supported_neighbours_keep_their_language(code: str) -> None:
    """The answers the evidence checks are not rejected on their own 4-sentence documents (a
    low-confidence und, the rule before this one, may remain)."""
    results = [_detect(doc) for doc in _documents(code)]
    rejected = [r.reason for r in results if r.reason not in (None, LOW_CONFIDENCE, TOO_SHORT)]
    assert not rejected, (code, rejected)
    assert sum(r.language == code for r in results) >= 0.9 * len(results)


@pytest.mark.parametrize(
    ("code", "answer", "reasons"),
    [
        ("sr", "mk", {"neighbour_letters:mk/sr", "neighbour_words:mk/sr"}),
        ("az", "tr", {"neighbour_letters:tr/az", "neighbour_words:tr/az"}),
        ("eo", "es", {"neighbour_letters:es/eo", "neighbour_words:es/eo"}),
        ("zu", "sw", {"few_stopwords:sw"}),
        ("sn", "sw", {"few_stopwords:sw"}),
        ("la", "ca", {"neighbour_words:ca/la", "few_stopwords:ca"}),
    ],
)
def test_reason_names_the_rejected_answer(code: str, answer: str, reasons: set[str]) -> None:
    """4-sentence documents the profiles confidently answer as the supported neighbour: und, and why."""
    confident = [
        doc
        for doc in _documents(code)
        if (guess := identify(doc, CONFIG.lang_sample_chars))[0] == answer
        if guess[1] >= CONFIG.lang_min_confidence
    ]
    assert confident, f"no {code} document confidently answered {answer}: the case no longer tests anything"
    for doc in confident:
        result = _detect(doc)
        assert (result.language, result.confidence) == (UND, 0.0)
        assert result.reason in reasons, (doc, result.reason)


BOSNIAN = (
    "Historija grada seže hiljadu godina unazad, a tokom sedmice su se okupile porodice iz cijelog kraja. "
    "Univerzitet je objavio da će naučni projekat trajati do decembra, a saradnja sa bibliotekom se nastavlja."
)
CROATIAN = (
    "Povijest grada seže tisuću godina unatrag, a tijekom tjedna okupile su se obitelji iz cijelog kraja. "
    "Sveučilište je objavilo da će znanstveni projekt trajati do prosinca, a suradnja s knjižnicom se nastavlja."
)
MALAY = (
    "Kerajaan berkata bahawa projek itu akan bermula selepas bulan Ogos kerana kakitangan jabatan belum "
    "bersedia. Syarikat tersebut boleh menerima pelbagai permohonan daripada pelajar universiti tempatan."
)
INDONESIAN = (
    "Pemerintah mengatakan bahwa proyek itu akan dimulai setelah bulan Agustus karena pegawai kantor belum "
    "siap. Perusahaan tersebut bisa menerima berbagai permohonan dari mahasiswa universitas setempat."
)
SERBIAN = (
    "Влада је данас саопштила да ће нова мрежа путева бити завршена до краја године. Међутим, грађани "
    "још увек чекају одговор на питање ко ће платити трошкове изградње и одржавања."
)
MACEDONIAN = (
    "Владата денеска соопшти дека новата патна мрежа ќе биде завршена до крајот на годината. Меѓутоа, "
    "граѓаните сè уште чекаат одговор на прашањето кој ќе ги плати трошоците за изградба и одржување."
)


@pytest.mark.parametrize(
    ("text", "answer", "expected"),
    [
        (BOSNIAN, "hr", "neighbour_words:hr/bs"),
        (CROATIAN, "hr", None),
        (MALAY, "id", "neighbour_words:id/ms"),
        (INDONESIAN, "id", None),
        (SERBIAN, "mk", "neighbour_letters:mk/sr"),
        (MACEDONIAN, "mk", None),
    ],
)
def test_close_pairs_by_their_own_words_and_letters(text: str, answer: str, expected: str | None) -> None:
    """Written pairs that say the same thing: the profiles answer the supported language for both;
    only the neighbour's words (hiljadu, tokom; bahawa, kerana) or letters (ђ, ћ) reject it."""
    assert identify(text)[0] == answer
    result = _detect(text)
    assert result.reason == expected
    assert result.language == (UND if expected else answer)


def test_und_reasons_of_the_plain_rules() -> None:
    assert _detect("Hi there").reason == TOO_SHORT
    low = _detect("Hola amigo, ¿qué tal?")
    assert low.language == UND and low.reason in (TOO_SHORT, LOW_CONFIDENCE)
    assert _detect(CROATIAN).reason is None


def test_check_is_limited_to_the_families() -> None:
    """Other answers pay nothing: no family, no evidence computed."""
    assert not neighbours.in_family("de")
    assert neighbours.rejection("Der Stadtrat hat den neuen Haushalt beschlossen.", "de") is None
    assert {a for f in neighbours.families() for a in f["answers"]} >= {"hr", "mk", "id", "sw", "es", "tr", "ru"}
