"""Which tagger (rule family or model) stands behind each reason code, and at which version.

Every removed span in a record names its tagger and version (`provenance.removed`), so a consumer
can tell which removals an older rule made and filter or redo them. A reason code the cleaner
emits without an entry here fails the build of its record: a new rule cannot ship unnamed.

Versions are honest where they can be computed: a line-pattern family's version is a digest of
its pattern text (vocabulary included, since the patterns are built from it), so editing one
family moves its version and no other. Rules written as code in `clean` carry a constant that is
bumped by hand when their behaviour changes; any change to the cleaner's files also moves
`pipeline_version` (`curation.version`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from curation.content_model import EXTRACT_MODEL_FILE, EXTRACT_NAME, MODEL_FILE, NAME
from curation.lexicon import LINE_PATTERNS

# each model's reason code and the weights file whose digest is its version (`content_model.load_model`)
MODELS = {NAME: MODEL_FILE, EXTRACT_NAME: EXTRACT_MODEL_FILE}


@dataclass(frozen=True)
class Tagger:
    name: str
    version: str
    kind: Literal["rule", "model"]


def short_digest(data: bytes) -> str:
    """An 8-hex version: short enough to read in `curate show`, long enough not to collide by chance."""
    return hashlib.sha256(data).hexdigest()[:8]


def _weights_version(file: str) -> str:
    """Digest of the shipped model weights; "none" while the package ships no model."""
    weights = resources.files("curation").joinpath("data", file)
    return short_digest(weights.read_bytes()) if weights.is_file() else "none"


# Reasons that only code in `clean` emits (no line pattern): named after the rule, versioned by hand.
_CODE_RULES = {
    "control_char": "1",
    "repeated_line": "2",  # 2: also a repeated sentence under the text (`clean._repeated_tail`)
    "repeated_in_document": "1",
    "author_bio": "1",
    "title": "1",
    "duplicate_title": "1",
    "header_field": "1",
    "header_notice": "1",
    "credit": "1",
    "whitespace": "1",
}

TAGGERS: dict[str, Tagger] = {
    # Reasons with a line-pattern family. Some (navigation, caption, byline, dateline, footer, related_links, tags)
    # are also emitted by code in `clean`; one reason names one tagger, and the pattern text is what changes most.
    **{
        reason: Tagger(f"lexicon.{reason}", short_digest("\n".join(patterns).encode()), "rule")
        for reason, patterns in LINE_PATTERNS.items()
    },
    **{reason: Tagger(f"clean.{reason}", version, "rule") for reason, version in _CODE_RULES.items()},
    **{name: Tagger(name, _weights_version(file), "model") for name, file in MODELS.items()},
}


def tagger_of(reason: str) -> Tagger:
    """The tagger behind `reason`; a KeyError that says where to register an unknown one."""
    try:
        return TAGGERS[reason]
    except KeyError:
        raise KeyError(f"reason {reason!r} has no tagger: add it to curation/taggers.py") from None
