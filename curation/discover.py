"""Which files a run looks at: every regular file under RAW_DIR, in a stable order."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SourceFile:
    source: str  # relative to RAW_DIR, '/'-separated
    path: str  # absolute path to open
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Refused:
    source: str
    reason: str
    detail: str


def _ignored(name: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def discover(raw_dir: Path, ignore: list[str]) -> tuple[list[SourceFile], list[Refused]]:
    """Walk RAW_DIR; links are followed only while they resolve inside it.

    Returns files sorted by their relative path, and what was refused on the way
    (links out of RAW_DIR, link loops, unreadable entries).
    """
    root = raw_dir.resolve()
    files: list[SourceFile] = []
    refused: list[Refused] = []

    def walk(directory: Path, rel: str, ancestors: frozenset[tuple[int, int]]) -> None:
        # A loop is a folder that is its own ancestor; a link to a sibling folder is walked again
        # under its own name (its files are sources of their own, flagged as duplicates later).
        try:
            st = directory.stat()
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            refused.append(Refused(rel or ".", "unreadable", f"cannot list folder: {exc.strerror}"))
            return
        if (st.st_dev, st.st_ino) in ancestors:
            refused.append(Refused(rel, "symlink_loop", "folder link leads back to a folder it is inside"))
            return
        ancestors = ancestors | {(st.st_dev, st.st_ino)}
        for entry in entries:
            name = f"{rel}/{entry.name}" if rel else entry.name
            if _ignored(entry.name, ignore):
                continue
            full = Path(entry.path)
            if entry.is_symlink():
                try:
                    target = full.resolve(strict=True)
                except (OSError, RuntimeError):
                    refused.append(Refused(name, "broken_link", "symbolic link is dangling or loops"))
                    continue
                if not target.is_relative_to(root):
                    refused.append(Refused(name, "link_outside", "symbolic link points outside RAW_DIR"))
                    continue
            try:
                if entry.is_dir():
                    walk(full, name, ancestors)
                    continue
                if not entry.is_file():
                    refused.append(Refused(name, "not_a_file", "not a regular file (device, socket or pipe)"))
                    continue
                st_file = entry.stat()
            except OSError as exc:
                refused.append(Refused(name, "unreadable", f"cannot stat: {exc.strerror}"))
                continue
            files.append(SourceFile(name, str(full), st_file.st_size, st_file.st_mtime_ns))

    walk(root, "", frozenset())
    return files, refused
