"""jusText's stop-word lists (about 100 languages), read as data files of its distribution.

Importing `justext` would import its HTML machinery, which needs `lxml.html.clean`: lxml 6 moved
that into a separate project, so the import fails on a fresh install. The lists are plain text,
one word a line.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

FOLDER = "justext/stoplists/"


def stoplist_names() -> list[str]:
    """The languages jusText has a list for, by its names ("English", "Czech"), sorted."""
    files = importlib.metadata.distribution("jusText").files or []
    return sorted(f.stem for f in files if str(f).startswith(FOLDER) and f.suffix == ".txt")


def stoplist_words(name: str) -> list[str]:
    """The lines of one list, as written."""
    path = importlib.metadata.distribution("jusText").locate_file(f"{FOLDER}{name}.txt")
    # split as bytes, as justext does: str.splitlines would also split at U+0085 and U+2028
    return [line.decode("utf-8") for line in Path(str(path)).read_bytes().splitlines()]
