"""How the repeated-line pre-pass tells stories apart: a document's counting view and the rule that joins near-copies
into one story. Apart from `curation.repeated` (which reads and decodes documents) so that the store, which keeps
the stories of earlier runs, applies the same rule without importing the pipeline."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocLines:
    """What the pre-pass keeps of one document for counting: its identity, its line keys, its story lines' keys
    (its long lines, which tell its story from others) and their bands."""

    digest: str
    keys: frozenset[str]
    story: frozenset[str]
    bands: tuple[str, ...]


# A document is a version of a story that holds this share of its story lines: distinct stories of a template-heavy
# site hold a fifth to a third of each other's (their long template lines), and share a band as often as copies.
VERSION_SHARE = 0.4


@dataclass
class Stories:
    """Which story each counted document belongs to, and the lines each story holds: the counting rule, over
    whatever part of the corpus's stories a caller loaded (all of them in memory, or a store's for one batch).

    A band in common makes a story a candidate; a document is a version of it when the story holds VERSION_SHARE
    of the document's story lines, and then adds only the lines that story did not have yet. A document that is
    a version of two stories joins them (union-find), and their common lines count once from then on: whichever
    version came first, a chain of near-copies is one story.
    """

    story_of: dict[str, str] = field(default_factory=dict)  # band -> the story that first had it
    root_of: dict[str, str] = field(default_factory=dict)  # a story joined to another -> the one it joined
    lines_of: dict[str, set[str]] = field(default_factory=dict)  # story (not joined) -> its line keys
    counts: Counter[str] = field(default_factory=Counter)  # what `add` changed of each key's count of stories
    new_bands: dict[str, str] = field(default_factory=dict)
    grown: set[str] = field(default_factory=set)  # stories whose lines changed
    joined: set[str] = field(default_factory=set)  # stories that joined another

    def root(self, story: str) -> str:
        while (up := self.root_of.get(story, story)) != story:
            story = up
        return story

    def held(self, doc: DocLines) -> dict[str, int]:
        """Each candidate story of a document (a band in common) and how many of its story lines the story holds."""
        candidates = dict.fromkeys(self.root(self.story_of[b]) for b in doc.bands if b in self.story_of)
        return {story: len(doc.story & self.lines_of[story]) for story in candidates}

    def add(self, doc: DocLines) -> None:
        least = VERSION_SHARE * len(doc.story)
        stories = [story for story, held in self.held(doc).items() if held >= least]
        story = stories[0] if stories else doc.digest
        known = self.lines_of.setdefault(story, set())
        for other in stories[1:]:
            self.root_of[other] = story
            self.joined.add(other)
            theirs = self.lines_of.pop(other)
            self.counts.subtract(known & theirs)
            known |= theirs
            self.grown.add(story)
        for band in doc.bands:
            if band not in self.story_of:
                self.story_of[band] = self.new_bands[band] = story
        if new := doc.keys - known:
            known |= new
            self.counts.update(new)
            self.grown.add(story)
