"""Bytes to text, deterministically, so `verify` can redo it from the raw file alone."""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

import ftfy
from charset_normalizer.cd import coherence_ratio
from charset_normalizer.md import mess_ratio
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

from curation import language
from curation.errors import Rejected

# Signatures of formats that are never article text, whatever their file name says.
MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (or docx/xlsx)",
    b"\x1f\x8b": "gzip archive",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ": "xz archive",
    b"7z\xbc\xaf": "7z archive",
    b"Rar!": "RAR archive",
    b"\x7fELF": "ELF executable",
    b"MZ": "Windows executable",
    b"RIFF": "RIFF media",
    b"OggS": "Ogg media",
    b"ID3": "MP3 audio",
    b"\x00\x00\x00\x18ftyp": "MP4 video",
    b"\x00\x00\x00\x20ftyp": "MP4 video",
    b"SQLite format 3": "SQLite database",
}

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Share of invalid sequences up to which a UTF-8 file is decoded with U+FFFD replacement
# (flagged as a decode step) instead of being handed to charset detection.
UTF8_REPLACE_LIMIT = 0.001
# Share of control characters above which a file is binary rather than text with strays.
CONTROL_LIMIT = 0.01
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")  # C0 controls but tab, LF, FF, CR; DEL

# Legacy codecs tried for bytes that are not UTF-8, most likely first: the order breaks ties,
# so a text that reads the same in several (plain French in cp1252 and cp1250) gets the first.
# latin-1 decodes any byte string, so a file that is not binary always gets some text.
LEGACY_CODECS = (
    "cp1252", "cp1251", "koi8-r", "koi8-u", "cp1250", "cp1253", "cp1254", "cp1257", "cp1255", "cp1256",
    "cp874", "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr", "iso8859_2", "iso8859_7", "latin-1",
)  # fmt: skip
# Bytes of lines with non-ASCII bytes that the codec choice looks at (enough to judge, bounded time).
SAMPLE_BYTES = 4_096
# Weight of charset-normalizer's language coherence (0..1) against the implausibility per byte.
COHERENCE_WEIGHT = 0.2
# Score added per place down LEGACY_CODECS: a prior for the common codecs when the text reads well
# in several (French in cp1252 and in cp1257 differ only by letters like à/ą).
RANK_PRIOR = 0.002
# Punctuation and signs that real text uses next to letters; other symbols there point to a wrong codec.
# A reading that one language profile plainly knows (it uses the reading's non-ASCII letters,
# share >= LETTER_GATE, and has most trigrams around them, share >= TRIGRAM_GATE) lets the profiles'
# trigrams choose between readings, with FIT_WEIGHT; with no such reading (a language langdetect has
# no profile for, such as Icelandic with its ð and þ, or CJK, whose profiles are sparse in trigrams)
# the generic scores alone decide.
LETTER_GATE = 0.95
TRIGRAM_GATE = 0.5
FIT_WEIGHT = 1.0
_TYPOGRAPHIC = frozenset("«»—–„“”‘’‚‹›…•·€№°§©®™×÷¡¿\u00a0\u00ad\u200c\u200d\u200e\u200f")
_EAST_ASIAN = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "FULLWIDTH")


# UTF-16/32 without a BOM (Windows tools write it): tried only when NUL bytes would make the file binary.
WIDE_CODECS = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
# A wide reading counts as text when two scripts hold this share of its letters (binary data read as
# UTF-16 scatters over CJK, Hangul and every other block) and it has line breaks or spaces.
WIDE_SCRIPT_SHARE = 0.95


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    steps: tuple[str, ...]


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL_CHARS.findall(text)) / len(text)


def _utf8_step(raw: bytes) -> str | None:
    """The decoding step UTF-8 needs: none, "utf8_replace_invalid" for a few strays, None if not UTF-8.

    The same rule holds with and without a UTF-8 BOM, so one bad byte never decides between
    keeping an article (flagged) and rejecting it on the presence of three leading bytes.
    """
    try:
        raw.decode("utf-8")
        return ""
    except UnicodeDecodeError:
        pass
    replaced = raw.decode("utf-8", errors="replace").count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    if replaced <= max(1, len(raw) * UTF8_REPLACE_LIMIT) and _looks_utf8(raw):
        return "utf8_replace_invalid"
    return None


def _wide_reading(raw: bytes) -> tuple[str, str] | None:
    """(codec, text) of BOM-less UTF-16/32 that reads as text, else None (the bytes are binary).

    A wrong byte order of ASCII text reads as CJK of one script too ("Hi" as U+4800 U+6900), but its
    spaces and newlines become U+2000 and U+0A00: real text has ASCII whitespace.
    """
    for codec in WIDE_CODECS:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if _control_share(text) > CONTROL_LIMIT or not (" " in text or "\n" in text):
            continue
        scripts = Counter(_script(ch) for ch in text if ch.isalpha())
        letters = sum(scripts.values())
        if letters and sum(n for _, n in scripts.most_common(2)) >= WIDE_SCRIPT_SHARE * letters:
            return codec, text
    return None


def _without_bom(raw: bytes, steps: list[str]) -> tuple[str, str]:
    """(codec, text) of bytes without a BOM: UTF-8 or a legacy codec, else BOM-less UTF-16/32.

    The wide reading is the fallback for what would otherwise be binary (NUL bytes, or control
    characters in every narrow reading, as CJK in UTF-16 gives), so a UTF-8 file with a stray NUL
    is never read as UTF-16.
    """
    nuls = raw.count(0)
    if nuls <= len(raw) * CONTROL_LIMIT:
        candidates, step = _detect_encoding(raw)
        encoding, text = _decode_first(raw, candidates, "replace" if step else "strict")
        if step:
            steps.append(step)
        if _control_share(text) <= CONTROL_LIMIT:
            return encoding, text
    wide = _wide_reading(raw)
    if wide is not None:
        steps.clear()
        return wide
    if nuls > len(raw) * CONTROL_LIMIT:
        raise Rejected("binary", f"{nuls} NUL bytes in {len(raw)}: not a text file")
    return encoding, text  # the caller rejects it for its control characters


def _detect_encoding(raw: bytes) -> tuple[tuple[str, ...], str]:
    """Return (codecs to try in order, first decoding step) for bytes without a BOM."""
    step = _utf8_step(raw)
    return (_rank_legacy(raw), "") if step is None else (("utf-8",), step)


def _looks_utf8(raw: bytes) -> bool:
    """True when the file has valid multi-byte UTF-8 sequences, i.e. it is UTF-8 with a few bad bytes."""
    return any(b >= 0xC2 for b in raw) and raw.decode("utf-8", errors="ignore") != raw.decode("ascii", errors="ignore")


def _sample(raw: bytes) -> bytes:
    """The lines that carry non-ASCII bytes, up to SAMPLE_BYTES: ASCII reads the same in every candidate."""
    picked: list[bytes] = []
    size = 0
    for line in raw.split(b"\n"):
        if not line.isascii():
            picked.append(line)
            size += len(line) + 1
            if size >= SAMPLE_BYTES:
                break
    return b"\n".join(picked)[:SAMPLE_BYTES]


def _script(ch: str) -> str:
    """Coarse script of a character from its Unicode name; East Asian scripts count as one (they mix)."""
    name = unicodedata.name(ch, "")
    head = name.split(" ", 1)[0]
    return "CJK" if head in _EAST_ASIAN else head


def _word_implausibility(word: str) -> float:
    """Penalty for a run of letters: scripts mixed inside it, case flips, Latin made of accents only."""
    if len(word) < 2:
        return 0.0
    letters = [c for c in word if c.isalpha()]
    # combining marks count with their own script (an Arabic vowel sign inside a Latin word is wrong)
    scripts = {_script(c) for c in word if c.isalpha() or not unicodedata.name(c, "COMBINING").startswith("COMBINING")}
    penalty = 3.0 if len(scripts) > 1 else 0.0
    penalty += 2.0 * sum(1 for a, b in itertools.pairwise(word) if a.islower() and b.isupper())
    foreign = sum(1 for c in letters if ord(c) > 127)
    if foreign and len(letters) >= 2:
        if all(c.isupper() for c in letters):
            penalty += 0.5  # KOI8-R read as cp1251 (and back) swaps the case of every letter
        if scripts == {"LATIN"} and foreign / len(letters) > 0.5:
            penalty += 1.0  # Cyrillic or Greek bytes read as cp1252 give words made of accented letters
    return penalty


def implausibility(text: str) -> float:
    """How unlike real text a decoding looks: wrong codecs yield symbols and odd words, not letters."""
    penalty = 0.0
    word: list[str] = []
    for i, ch in enumerate(text):
        category = unicodedata.category(ch)
        if ch.isalpha() or category[0] == "M":
            word.append(ch)
            continue
        if word:
            penalty += _word_implausibility("".join(word))
            word = []
        if ch.isascii() or ch in _TYPOGRAPHIC:
            continue
        if category[0] == "C" or category in ("Zl", "Zp"):
            penalty += 4.0
        elif category[0] in "SPN":
            inside_word = 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
            penalty += 3.0 if inside_word else (1.0 if category[0] == "S" else 0.5)
    if word:
        penalty += _word_implausibility("".join(word))
    return penalty


def _rank_legacy(raw: bytes) -> tuple[str, ...]:
    """Legacy codecs that decode a sample of the bytes, most plausible first.

    charset-normalizer alone misreads short texts (a KOI8-R sentence as Shift-JIS, cp1252 French
    as cp1257); here every candidate is scored by our own implausibility per non-ASCII byte plus
    charset-normalizer's mess ratio, minus its language coherence, and, when one language profile
    knows all the letters of a reading, minus the best profile's share of the trigrams around the
    non-ASCII letters (Czech in cp1250 against cp1252, Latvian in cp1257). A pure function of the
    bytes (and of langdetect's shipped profiles), so `verify` makes the same choice.
    """
    sample = _sample(raw)
    high = max(1, sum(1 for b in sample if b > 127))
    scored: list[tuple[float, int, str, tuple[float, float] | None]] = []
    for rank, codec in enumerate(LEGACY_CODECS):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError as exc:
            if len(sample) == len(raw) or exc.start < len(sample) - 3:
                continue
            try:  # the sample may end inside a multi-byte character
                text = sample[: exc.start].decode(codec)
            except UnicodeDecodeError:
                continue
        coherence = coherence_ratio(text)
        score = implausibility(text) / high + mess_ratio(text, 1.0)
        score -= COHERENCE_WEIGHT * (coherence[0][1] if coherence else 0.0)
        score += RANK_PRIOR * rank
        scored.append((score, rank, codec, language.model().reading_fit(text)))
    if any(fit and fit[0] >= LETTER_GATE and fit[1] >= TRIGRAM_GATE for *_, fit in scored):
        scored = [
            (score - FIT_WEIGHT * fit[1] if fit else score, rank, codec, fit) for score, rank, codec, fit in scored
        ]
    return tuple(codec for _, _, codec in sorted((round(score, 6), rank, codec) for score, rank, codec, _ in scored))


def _decode_first(raw: bytes, codecs_: tuple[str, ...], errors: str) -> tuple[str, str]:
    """The first codec that decodes the whole file (the ranking judged a sample only)."""
    problem = "no candidate encoding"
    for codec in codecs_:
        try:
            return codec, raw.decode(codec, errors=errors)
        except UnicodeDecodeError as exc:
            problem = f"{codec} failed at byte {exc.start}: {exc.reason}"
    raise Rejected("undecodable", problem)


# Each alternative of ftfy's badness pattern needs one of these characters (a category it names, or a letter it
# spells out), and matches at most _BADNESS_REACH characters: the pattern can only match near one of them.
_MOJIBAKE_NEEDS = re.compile(
    "["
    + "".join(
        MOJIBAKE_CATEGORIES[name]
        for name in (
            "c1", "bad", "law", "currency", "start_punctuation", "end_punctuation", "numeric", "upper_accented",
            "lower_accented", "box",
        )
    )
    + "ŒœÂÃÎÐ×ØÙà√≈‚Ђ€°µ]"
)  # fmt: skip
_BADNESS_REACH = 7  # "ГўВЂВ.x", its longest alternative


def _maybe_mojibake(text: str) -> bool:
    """ftfy's `is_bad`, the test that `fix_encoding` starts with and that leaves most text as it is, searched only
    around the characters its pattern needs: on the whole of a clean text the pattern cost 0.4 ms a document, most
    of decoding. The same answer (tests compare them on real and random text)."""
    start = end = -1
    for match in _MOJIBAKE_NEEDS.finditer(text):
        at = match.start()
        if at - _BADNESS_REACH > end:
            if end >= 0 and BADNESS_RE.search(text, start, end):
                return True
            start = max(0, at - _BADNESS_REACH)
        end = at + _BADNESS_REACH + 1
    return end >= 0 and bool(BADNESS_RE.search(text, start, end))


def decode_bytes(raw: bytes) -> Decoded:
    """Decode raw bytes; raise Rejected for what is not text.

    The steps after the codec (newline folding, mojibake repair) are recorded so that
    a record's text can be re-derived from the raw bytes by this same function.
    """
    if not raw:
        raise Rejected("empty", "the file has 0 bytes")
    for magic, kind in MAGIC.items():
        if raw.startswith(magic):
            raise Rejected("binary", f"starts with the signature of a {kind}")
    steps: list[str] = []
    encoding = next((name for bom, name in BOMS if raw.startswith(bom)), "")
    if not encoding:
        encoding, text = _without_bom(raw, steps)
    else:
        step = _utf8_step(raw) if encoding == "utf-8-sig" else ""
        if step:
            steps.append(step)
        encoding, text = _decode_first(raw, (encoding,), "replace" if steps else "strict")
    if encoding.startswith("utf-") and text.startswith("\ufeff"):
        text = text[1:]
    if _control_share(text) > CONTROL_LIMIT:
        raise Rejected("binary", f"{_control_share(text):.1%} control characters: not a text file")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        steps.append("newlines_to_lf")
    fixed = ftfy.fix_encoding(text) if _maybe_mojibake(text) else text
    if fixed != text:
        text = fixed
        steps.append("ftfy_fix_encoding")
    if not text.strip():
        raise Rejected("whitespace_only", f"{len(raw)} bytes of whitespace only")
    return Decoded(text=text, encoding=encoding, steps=tuple(steps))
