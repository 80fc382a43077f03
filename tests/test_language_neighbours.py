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


# 4-sentence documents of the dev half of the langid sentences (eval/language/score.py `part`), the
# half the log-odds of curation/data/neighbour_odds.json are fitted on: the test half is left to the
# scorer. Bosnian and Malay written the way Croatian and Indonesian could be: no marker of
# neighbours.json decides them, the fitted word log-odds do.
DEV_BOSNIAN = (
    "Ako nema nikog na pravom (hak) putu ne pridružujte se fitnedžijama i pobunjenicima! Alan pati od ružnih "
    "snova, boji se klovnova, te u dvije epizode je imao Salatu od riječi. Album sadrži ukupno 13 pjesama. Ali, "
    "Izanami je bila kažnjena (žena nije nikad smjela progovoriti prva) i rodila je dvoje ružne djece: Hiruku i "
    "Awashimu."
)
DEV_MALAY = (
    "Ada tiga buku sejauh ini. Admin Mahad Al Zaytun Indonesia pada 16:00, 30-Nov-12 Ane mau lihat komentar yang "
    "berwarna. Adolf Hitler yang menamaninya Vengeace Weapon 2 atau V-2. Ah, ini sains yang langsung daripada Allah "
    "berdasarkan Qudrah atau kuasaNya."
)
DEV_CROATIAN = (
    "Aleksandre Ščukanec U veljači 2014. konzultacije dr. sc. Aleksandrijska karika / Steve Berry ; s engleskoga "
    "preveo Petar Vujačić Knjiga Za posudbuNema podataka o posudbi. Alergija na grinje obično je udružena s "
    "alergijom na prašinu. Ali i to je najsigurniji put do Uskrsa, Uskrsa naroda, Uskrsa velike obitelji svijeta, "
    "Uskrsa naših obitelji i svakog člana obitelji!"
)
DEV_INDONESIAN = (
    "Sikap Agung Sedayu agak berbeda dengan gambaran mereka. Saat berantem dengan suami, aku masuk kamar, membuka "
    "laptop dan menulis. Keadaan ini tentunya patut mendapat perhatian khususnya oleh Rumah Sakit Saiful Anwar "
    "Malang, dimana Rumah Sakit ini merupakan Rumah Sakit milik Pemerintah Daerah Tingkat I Jawa Timur yang berada "
    "dalam proses swadana. Semua mantan muridnya mengangguk."
)


@pytest.mark.parametrize(
    ("text", "answer", "neighbour"),
    [(DEV_BOSNIAN, "hr", "bs"), (DEV_MALAY, "id", "ms")],
)
def test_log_odds_reject_with_the_words_that_weighed(text: str, answer: str, neighbour: str) -> None:
    """Confidently answered hr / id by the profiles, without a marker word: und, the reason names the
    pair, the summed log-odds and the words that weighed most for the neighbour."""
    guess = identify(text, CONFIG.lang_sample_chars)
    assert guess[0] == answer and guess[1] >= CONFIG.lang_min_confidence
    assert neighbours.rejection(text, answer, odds=False) is None  # the markers alone keep it
    result = _detect(text)
    assert (result.language, result.confidence) == (UND, 0.0)
    code, rest = result.reason.split(" ", 1)
    assert code == f"neighbour_words:{answer}/{neighbour}"
    total, named = rest.removeprefix("log-odds ").split(": ")
    assert float(total) > 0
    words = named.split()
    assert words and all(w in text.lower() for w in words)


@pytest.mark.parametrize(("text", "answer"), [(DEV_CROATIAN, "hr"), (DEV_INDONESIAN, "id")])
def test_log_odds_keep_the_answer(text: str, answer: str) -> None:
    result = _detect(text)
    assert (result.language, result.reason) == (answer, None)


def test_log_odds_weights_are_capped_and_spare_the_answers_own_words() -> None:
    """No one word decides alone, and a word of the answer's own jusText list never counts against it."""
    for answer in ("hr", "id"):
        for _, _, odds in neighbours._odds(answer):
            weights = neighbours.odds_weights(["ini", "yang", "je", "i", "hiljada", "kerana", "xyzzy"], answer, odds)
            assert all(abs(w) <= neighbours.ODDS_CAP for w in weights.values())
            own = set(neighbours._ranked_stopwords(answer))
            assert all(weights[w] <= 0 for w in weights if w in own)
    assert neighbours._odds("de") == ()


TRAINING = Path(__file__).resolve().parents[1] / "eval" / "language" / "train_neighbour_odds.py"
SHARED_SENTENCES = Path(__file__).resolve().parents[2] / "shared" / "data" / "langid" / "sentences"


@pytest.mark.skipif(not SHARED_SENTENCES.is_dir(), reason="needs ../shared/data/langid/sentences")
def test_training_writes_the_data_file_byte_for_byte() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(TRAINING), "--check", "--quiet"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
