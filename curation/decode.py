"""Bytes to text, deterministically, so `verify` can redo it from the raw file alone."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes

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
_CONTROL = frozenset(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}) | {0x7F}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    steps: tuple[str, ...]


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for ch in text if ord(ch) in _CONTROL) / len(text)


def _detect_encoding(raw: bytes) -> tuple[str, str]:
    """Return (codec, first decoding step) for bytes without a BOM."""
    try:
        raw.decode("utf-8")
        return "utf-8", ""
    except UnicodeDecodeError:
        pass
    replaced = raw.decode("utf-8", errors="replace").count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    if replaced <= max(1, len(raw) * UTF8_REPLACE_LIMIT) and _looks_utf8(raw):
        return "utf-8", "utf8_replace_invalid"
    best = from_bytes(raw).best()
    if best is None:
        raise Rejected("undecodable", "no text encoding decodes these bytes")
    return best.encoding, ""


def _looks_utf8(raw: bytes) -> bool:
    """True when the file has valid multi-byte UTF-8 sequences, i.e. it is UTF-8 with a few bad bytes."""
    return any(b >= 0xC2 for b in raw) and raw.decode("utf-8", errors="ignore") != raw.decode("ascii", errors="ignore")


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
        if raw.count(0) > len(raw) * CONTROL_LIMIT:
            raise Rejected("binary", f"{raw.count(0)} NUL bytes in {len(raw)}: not a text file")
        encoding, step = _detect_encoding(raw)
        if step:
            steps.append(step)
    try:
        text = raw.decode(encoding, errors="replace" if steps else "strict")
    except UnicodeDecodeError as exc:
        raise Rejected("undecodable", f"{encoding} failed at byte {exc.start}: {exc.reason}") from None
    if encoding.startswith("utf-") and text.startswith("\ufeff"):
        text = text[1:]
    if _control_share(text) > CONTROL_LIMIT:
        raise Rejected("binary", f"{_control_share(text):.1%} control characters: not a text file")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        steps.append("newlines_to_lf")
    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        text = fixed
        steps.append("ftfy_fix_encoding")
    if not text.strip():
        raise Rejected("whitespace_only", f"{len(raw)} bytes of whitespace only")
    return Decoded(text=text, encoding=encoding, steps=tuple(steps))
