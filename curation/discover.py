"""Which files a run looks at: every regular file under RAW_DIR, in a stable order.

Also the one definition of "inside RAW_DIR" for the commands that read a recorded source again
(`verify`, `show`): a source is read only when it is a plain relative path that resolves inside it.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from curation.errors import Rejected

# Folders below RAW_DIR that discovery walks into; a deeper folder is refused as `too_deep`. Far above any real
# archive layout, far below the path length (4096 bytes) and the stack a recursive walk had (990 levels crashed it).
MAX_DEPTH = 64

# Characters a path that is not UTF-8 keeps as they are when percent-escaped: printable ASCII but '%' (escaped, so
# the escape can be undone).
_NAME_SAFE = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) != "%")


@dataclass(frozen=True)
class Member:
    """Where one document sits inside a container file (JSON Lines, Parquet, WARC/WET), as listing found it.

    Enough to read its bytes back without the rest of the container, and to tell whether they changed.
    """

    reader: str  # jsonl | parquet | warc | wet
    container: str  # the container's own source (relative to RAW_DIR)
    number: int  # line (from 1), row (from 0) or record (from 0) in the container
    offset: int  # byte offset in the decompressed stream (jsonl), row number (parquet), record offset (warc, wet)
    length: int  # bytes of the document: its JSON line, its row as JSON, its record payload
    sha256: str  # of those bytes
    field: str | None = None  # the text field or column (jsonl, parquet)
    record_id: str | None = None  # WARC-Record-ID (warc, wet)
    metadata: tuple[tuple[str, str], ...] = ()  # what a web archive's headers say of it (url, date)


@dataclass(frozen=True)
class SourceFile:
    source: str  # relative to RAW_DIR, '/'-separated; a document in a container: `container#line=N` (#row, #record)
    path: str  # absolute path to open: the link's target for a link inside RAW_DIR
    size: int
    mtime_ns: int
    dev: int  # device and inode seen at listing: a reader opens this very file or nothing
    ino: int
    member: Member | None = None  # set for a document inside a container file (path, size, ... are the container's)


@dataclass(frozen=True)
class Refused:
    source: str
    reason: str
    detail: str


@dataclass
class _Folder:
    entries: Iterator[os.DirEntry[str]]
    rel: str  # as the file system gave it: bytes that are not UTF-8 are surrogates
    ancestors: frozenset[tuple[int, int]]
    depth: int


def escape_path(rel: str) -> str:
    """The relative path as `source` carries it.

    A path that is not valid UTF-8 (Python holds its bad bytes as surrogates) cannot go into JSON or SQLite
    text; it is carried percent-escaped as a whole, every byte but printable ASCII, so
    `urllib.parse.unquote_to_bytes` gives back its exact bytes.
    """
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return quote(os.fsencode(rel), safe=_NAME_SAFE)
    return rel


def _ignored(name: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def discover(raw_dir: Path, ignore: list[str]) -> tuple[list[SourceFile], list[Refused]]:
    """Walk RAW_DIR; links are followed only while they resolve inside it.

    Returns files in walk order (names sorted within each folder), and what was refused on the way
    (links out of RAW_DIR, link loops, unreadable entries, names that are not UTF-8, folders too deep).
    The walk keeps its own stack: a recursive one crashed the run on a deeply nested tree.
    """
    root = raw_dir.resolve()
    files: list[SourceFile] = []
    refused: list[Refused] = []
    stack: list[_Folder] = []

    def enter(directory: Path, rel: str, ancestors: frozenset[tuple[int, int]], depth: int) -> None:
        # A loop is a folder that is its own ancestor; a link to a sibling folder is walked again
        # under its own name (its files are sources of their own, flagged as duplicates later).
        try:
            st = directory.stat()
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            refused.append(Refused(escape_path(rel) or ".", "unreadable", f"cannot list folder: {exc.strerror}"))
            return
        if (st.st_dev, st.st_ino) in ancestors:
            refused.append(Refused(escape_path(rel), "symlink_loop", "folder link leads back to a folder it is inside"))
            return
        stack.append(_Folder(iter(entries), rel, ancestors | {(st.st_dev, st.st_ino)}, depth))

    enter(root, "", frozenset(), 0)
    while stack:
        folder = stack[-1]
        entry = next(folder.entries, None)
        if entry is None:
            stack.pop()
            continue
        if _ignored(entry.name, ignore):
            continue
        rel = f"{folder.rel}/{entry.name}" if folder.rel else entry.name
        name = escape_path(rel)
        full = Path(entry.path)
        if entry.is_symlink():
            try:
                full = full.resolve(strict=True)
            except (OSError, RuntimeError):
                refused.append(Refused(name, "broken_link", "symbolic link is dangling or loops"))
                continue
            if not full.is_relative_to(root):
                refused.append(Refused(name, "link_outside", "symbolic link points outside RAW_DIR"))
                continue
        try:
            if entry.is_dir():
                if folder.depth >= MAX_DEPTH:
                    detail = f"folder nested deeper than {MAX_DEPTH} levels below RAW_DIR; not walked"
                    refused.append(Refused(name, "too_deep", detail))
                else:
                    enter(full, rel, folder.ancestors, folder.depth + 1)
                continue
            if not entry.is_file():
                refused.append(Refused(name, "not_a_file", "not a regular file (device, socket or pipe)"))
                continue
            st_file = entry.stat()
        except OSError as exc:
            refused.append(Refused(name, "unreadable", f"cannot stat: {exc.strerror}"))
            continue
        if name != rel:
            detail = (
                "file name (or a folder on its path) is not valid UTF-8; `source` holds its bytes percent-escaped "
                "(urllib.parse.unquote_to_bytes gives them back): rename it to UTF-8 to curate it"
            )
            refused.append(Refused(name, "name_not_utf8", detail))
            continue
        files.append(SourceFile(name, str(full), st_file.st_size, st_file.st_mtime_ns, st_file.st_dev, st_file.st_ino))
    return files, refused


def source_path(raw_dir: Path, source: str) -> Path | None:
    """The file a recorded `source` names, or None when it is not a plain relative path resolving inside RAW_DIR.

    A record's fields are input too (a shard can be edited or forged): an absolute source or one that climbs
    with `..` would make `verify` or `show` read, and report on, any file of the machine.
    """
    parts = source.split("/")
    if source.startswith("/") or any(part in ("", ".", "..") for part in parts):
        return None
    root = raw_dir.resolve()
    path = (root / source).resolve()
    return path if path.is_relative_to(root) else None


def open_listed(source: SourceFile, max_bytes: int | None) -> BinaryIO:
    """Open the very file discovery listed, and nothing else; refuse one above `max_bytes` (None: any size).

    Between listing and reading the path can change. It is opened without following a final link
    (a file swapped for a link out of RAW_DIR would be read through it) and without blocking (a pipe
    swapped in would wait for a writer for ever, holding the run's lock); what was opened must be a
    regular file with the device and inode listed, or it is refused unread.
    """
    try:
        fd = os.open(source.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY)
    except FileNotFoundError:
        raise Rejected("vanished", "file disappeared between listing and reading") from None
    except PermissionError:
        raise Rejected("unreadable", "permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Rejected("replaced", "replaced by a symbolic link after it was listed; not followed") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Rejected("not_a_file", "replaced by a pipe, device or folder after it was listed; not read")
        if (st.st_dev, st.st_ino) != (source.dev, source.ino):
            raise Rejected("replaced", "replaced by another file after it was listed; not read (the next run reads it)")
        if max_bytes is not None and st.st_size > max_bytes:
            raise Rejected("too_large", f"{st.st_size} bytes, above the limit of {max_bytes}")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path) -> bytes:
    """The bytes of the regular file at `path`, never through a final link and never waiting on a pipe."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise Rejected("not_a_file", "not a regular file (device, socket, pipe or folder)")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    finally:
        os.close(fd)
