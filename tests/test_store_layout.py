"""The store's table layouts: a store made before a table became WITHOUT ROWID opens and works as before, and
keeps the same rows as a new one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from curation.repeated import doc_lines
from curation.store import Store

# two repeated-line tables as a store made before they were WITHOUT ROWID has them
OLD_LINE_SCHEMA = """
CREATE TABLE line_docs (digest TEXT PRIMARY KEY);
CREATE TABLE line_counts (key TEXT PRIMARY KEY, docs INTEGER NOT NULL);
"""


def _line(story: int, n: int) -> str:
    """A story line of its own words (letters: a line's key folds digits)."""
    return " ".join("".join("abcdefghij"[int(c)] for c in f"{story}0{n}0{word}") for word in range(14))


def _count(store: Store) -> list[list[tuple]]:
    footer = "Follow us on every network we know of"
    for run in range(3):  # three runs, each a batch, the last one's documents counted already
        docs = [doc_lines("\n".join([footer, *(_line(i, n) for n in range(3))])) for i in range(run, run + 4)]
        store.count_lines(d for d in docs if d is not None)
        store.commit()
    return [
        store.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("line_docs", "line_counts", "line_stories", "story_keys")
    ]


def test_a_store_with_rowid_line_tables_counts_as_a_new_one(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    with sqlite3.connect(old) as db:
        db.executescript(OLD_LINE_SCHEMA)
    db.close()
    old_store, new_store = Store(old), Store(tmp_path / "new.sqlite")
    layout = "SELECT sql FROM sqlite_master WHERE name='line_counts'"
    assert "WITHOUT ROWID" not in old_store.db.execute(layout).fetchone()[0]
    assert "WITHOUT ROWID" in new_store.db.execute(layout).fetchone()[0]
    assert _count(old_store) == _count(new_store)
    assert old_store.repeated_lines(2) == new_store.repeated_lines(2) != frozenset()
