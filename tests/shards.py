"""What the byte-identity tests share: every shard's lines with what describes the run taken out."""

from __future__ import annotations

import json
from pathlib import Path

RUN_METADATA = ("run_id", "processed_at")


def stripped_shards(out: Path, run_id: str | None = None) -> dict[str, list[str]]:
    """Every shard's lines with run metadata taken out, key order and bytes otherwise kept; with `run_id`, shards are
    named without it (a shard's name holds the run that wrote it)."""
    found = {}
    for shard in sorted(out.glob("*/part-*.jsonl")):
        lines = []
        for line in shard.read_text(encoding="utf-8").splitlines():
            data = json.loads(line)
            for holder in (data, data.get("provenance", {})):
                for key in RUN_METADATA:
                    holder.pop(key, None)
            lines.append(json.dumps(data, ensure_ascii=False))
        name = str(shard.relative_to(out))
        found[name.replace(run_id, "RUN") if run_id else name] = lines
    return found
