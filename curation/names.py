"""Given names, from gender-guesser's list of first names of Europe, the Americas, Turkey, the Arab world and Asia
(Jörg Michael's `nam_dict.txt`, shipped with the package: some 61,000 spellings once its parser has read it).

A byline without a label is two or three capitalized words, and so are a menu's items ("Fantasy Football"), a
site's sections ("Digital Life"), a greeting ("Fröhliche Weihnachten") and, in German, most noun pairs
("Pressemitteilung Aktuell"). A known given name first tells a person from those. The list is written in the
Latin script: a Cyrillic name is looked up as the list spells it in Latin letters ("Алиса": "Alisa"), an Arabic,
Persian or Urdu one in the package's own list in that script; in other scripts a name is not looked up, and the
shape alone decides, as before the list. The list is Europe's and its neighbours': `data/given_names.txt` adds the
commonest of the regions it leaves out (Southern, East and West Africa, Indonesia, the Pacific) and the Arabic
script's, as language data.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from importlib.resources import files

from gender_guesser.detector import Detector

from curation.lexicon import FAMILY_NAME_FIRST, NOT_GIVEN


@cache
def _given_names() -> frozenset[str]:
    """The list's names, lowercase: its parser's result without the per-country frequencies (a set is 4 MB, the
    detector that holds them 22), and the package's own list."""
    text = (files("curation") / "data" / "given_names.txt").read_text(encoding="utf-8")
    added = (name.lower() for line in text.splitlines() if not line.startswith("#") for name in line.split())
    return frozenset(Detector(case_sensitive=False).names).union(added)


def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in word if c.isalpha())


def _arabic(word: str) -> bool:
    return all("ARABIC" in unicodedata.name(c, "") for c in word if c.isalpha())


def person_name(name: str) -> bool:
    """Whether a full name may be a person's: its first word is a known given name (marks dropped as the list drops
    them), a family name that is written first ("Nguyễn Văn An"), an initial ("K. Schmiing"), or not in the Latin
    script."""
    first = name.split()[0].rstrip(".")
    if len(first) == 1 or not _latin(first):
        return True
    # the list writes "Ionut" and "Ionuţ" but not the comma-below "Ionuț" of modern Romanian; of a double given name
    # ("Jean-François", "Hans-Peter") the list may hold the whole or its first part
    listed = first.replace("ț", "ţ").replace("ș", "ş").lower()
    return _listed(listed) or ("-" in listed and _listed(listed.split("-")[0]))


@lru_cache(maxsize=1 << 14)
def _listed(first: str) -> bool:
    """Asked of every capitalized pair a page has, the same words again and again: kept."""
    return (
        first in _given_names()
        or first in FAMILY_NAME_FIRST
        or (first not in NOT_GIVEN and plain(first) in _given_names())
    )


def plain(word: str) -> str:
    """A word without its marks, as lists typed without them write it ("Ngọc", "Róisín", "února": "ngoc", "roisin",
    "unora"; Vietnamese "đ" is a "d")."""
    return "".join(c for c in unicodedata.normalize("NFD", word.replace("đ", "d")) if not unicodedata.combining(c))


def known_name(name: str) -> bool:
    """Whether a full name starts with a capitalized given name of the list, in the Cyrillic script as the list
    transliterates it ("Алиса", "Глеб", "Дмитрий"), or with one of the list's names in the Arabic script ("محمد",
    "فرحان"): outside these scripts, or from a lowercase word ("de Mihai …"), nothing is known."""
    first = name.split()[0].split("-")[0]  # "Jean-François": its first given name
    if _arabic(first):
        return first in _given_names()  # the list's own names in the script, which writes no capitals
    if not first[:1].isupper() or len(first) < 2:
        return False
    if _latin(first):
        return person_name(first)
    return any(map(_listed, _romanized(first.lower())))


# The Cyrillic letters as the list's Russian, Ukrainian, Bulgarian and Serbian names are spelled in Latin letters;
# a letter with two spellings gives both ("Дмитрий": "dmitriy", "dmitrii").
CYRILLIC_SPELLINGS = (
    "а=a б=b в=v г=g д=d е=e ё=e/yo ж=zh з=z и=i й=y/i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh/h "
    "ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya і=i ї=yi/i є=ye/e ґ=g ђ=dj ј=j љ=lj њ=nj ћ=c џ=dz"
)
CYRILLIC_LATIN = {
    letter: tuple(spellings.split("/"))
    for letter, _, spellings in (pair.partition("=") for pair in CYRILLIC_SPELLINGS.split())
}


@lru_cache(maxsize=1 << 12)
def _romanized(word: str) -> tuple[str, ...]:
    """A Cyrillic word's Latin spellings (at most a few: letters with two spellings are rare); none for a word with
    a letter of another script."""
    spellings = [""]
    for letter in word:
        options = CYRILLIC_LATIN.get(letter)
        if options is None:
            return ()
        spellings = [done + option for done in spellings for option in options][:8]
    return tuple(spellings)


def warm_up() -> None:
    """Read the list (a quarter of a second) before the first document needs it."""
    _given_names()
