"""Hand-written evaluation bank: varied requests written by an engineer, not a template generator.

``handwritten.jsonl`` (next to this module) holds hard negatives and attacks typed one by one in
many styles and languages, by someone who read neither the detectors nor their lexicons. The
whole bank goes to the **test** split only: it is never trained on, so it measures phrasings
and hard negatives unlike anything the generators produce. (Trained on, it made the model drop
the hex-encoded-request evidence — evasion floor 0.80 -> 0.10 — for no gain on the blind set.)
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from monitor.corpus.common import Draft, check_split
from monitor.events import Message

BANK = "handwritten.jsonl"


@cache
def _rows() -> tuple[dict[str, object], ...]:
    path = resources.files("monitor.corpus") / BANK
    if not path.is_file():
        return ()
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


def _draft(row: dict[str, object]) -> Draft:
    raw = row["messages"]
    assert isinstance(raw, list)
    messages = [Message(role=m["role"], content=m["content"]) for m in raw]
    system = row.get("system")
    return Draft(
        messages=messages,
        label=int(str(row["label"])),
        family=str(row["family"]),
        source=f"handwritten#kind={row.get('kind', '?')};lang={row.get('lang', '?')}",
        system=system if isinstance(system, str) and system else None,
    )


def handwritten_drafts(split: str) -> list[Draft]:
    """Every item of the bank for ``test``; nothing for ``train``."""
    return [_draft(r) for r in _rows()] if check_split(split) == "test" else []
