"""`pipeline_version`: the package version plus a digest of everything that decides what is removed.

The package version alone stayed 0.1.0 through a hundred commits to the cleaner, so `curate status`
could not tell which records an older cleaner made. The digest covers the cleaner's modules, repeated-line
learning, language detection and every file under `curation/data/` (vocabulary, model weights), read from
the installed package, so any change to the rules, the vocabulary, the model or the language evidence gives
records a new `pipeline_version`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from curation import __version__

# what decides a record's text and metadata (the cleaner, repeated-line learning) and its language
CLEANER_FILES = (
    "clean.py",
    "lexicon.py",
    "gate.py",
    "taggers.py",
    "content_model.py",
    "repeated.py",
    "stories.py",
    "language.py",
    "neighbours.py",
    "names.py",
)
DATA_DIR = "data"


def _data_files(folder: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    """(path relative to the package, file) under `folder`, in name order so the digest is stable."""
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        path = f"{prefix}/{entry.name}"
        if entry.is_dir():
            yield from _data_files(entry, path)
        else:
            yield path, entry


def cleaner_digest(package: Traversable) -> str:
    """10 hex of a sha256 over the cleaner's files in `package` (names and contents)."""
    files = [(name, package.joinpath(name)) for name in CLEANER_FILES]
    data = package.joinpath(DATA_DIR)
    if data.is_dir():
        files.extend(_data_files(data, DATA_DIR))
    digest = hashlib.sha256()
    for name, file in files:
        content = file.read_bytes()
        # name and length first: moving bytes from one file to the next must change the digest
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()[:10]


@cache
def pipeline_version() -> str:
    """`<package version>+<cleaner digest>`, e.g. 0.1.0+3f2a9c01be; computed once per process."""
    return f"{__version__}+{cleaner_digest(resources.files('curation'))}"
