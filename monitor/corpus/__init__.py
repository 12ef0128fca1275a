"""Labelled corpora for the extraction detector, generated deterministically from a seed.

``build_extraction_corpus(seed, split)`` returns ``[(Event, label), ...]`` where ``label`` is
``{"event_id", "task": "extraction", "label": 0 | 1, "family", "source"}``. ``train`` and ``test``
are built from disjoint halves of every template bank (see ``docs/corpus.md``), so a model trained
on one and scored on the other is evaluated on phrasings, file names, scaffolds, demo traces,
languages, one wrapper and shared-data sources it never saw.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from monitor.corpus.blobs import PastedBlobGenerator
from monitor.corpus.coercion import CoercionGenerator
from monitor.corpus.common import (
    SPLITS,
    TEST_ONLY_LANGUAGES,
    TEST_ONLY_WRAPPER,
    Draft,
    Envelope,
    Item,
    Label,
    check_split,
    finish,
    rng_for,
)
from monitor.corpus.handwritten import handwritten_drafts
from monitor.corpus.lookalikes import LookalikeGenerator
from monitor.corpus.negatives import NegativeGenerator, shared_drafts
from monitor.corpus.rep import RepGenerator
from monitor.corpus.sysprompt import SyspromptGenerator
from monitor.events import Event
from monitor.shingles import stable_hash

__all__ = [
    "FAMILIES",
    "SPLITS",
    "TEST_ONLY_LANGUAGES",
    "TEST_ONLY_WRAPPER",
    "build_extraction_corpus",
    "event_to_json",
    "write_corpus",
]

FAMILIES: dict[str, int] = {
    "rep": 1,
    "rep_nocode": 1,
    "cot_request": 1,
    "blob_replay": 1,
    "sysprompt": 1,
    "delimiter_injection": 1,
    "benign": 0,
    "hard_negative": 0,
    "other_attack": 0,
}

# Events per family group at scale 1.0 (shared-data rows come on top, about 1.7k per split).
BASE_COUNTS: dict[str, int] = {
    "rep": 700,
    "coercion": 900,
    "blob_replay": 150,
    "sysprompt": 300,
    "delimiter": 120,
    "composed": 120,
    "other_attack": 150,
    "negatives": 2400,
    "lookalikes": 600,
    "pasted_blobs": 160,
    "rep_twins": 250,
}


def _n(key: str, scale: float) -> int:
    return max(1, round(BASE_COUNTS[key] * scale))


def build_drafts(seed: int, split: str, scale: float = 1.0, include_shared: bool = True) -> list[Draft]:
    check_split(split)
    drafts: list[Draft] = []
    drafts += RepGenerator(rng_for(seed, split, "rep"), split).drafts(_n("rep", scale))
    drafts += CoercionGenerator(rng_for(seed, split, "coercion"), split).drafts(
        _n("coercion", scale), _n("blob_replay", scale)
    )
    drafts += SyspromptGenerator(rng_for(seed, split, "sysprompt"), split).drafts(
        _n("sysprompt", scale), _n("delimiter", scale), _n("composed", scale), _n("other_attack", scale)
    )
    drafts += NegativeGenerator(rng_for(seed, split, "negatives"), split).drafts(_n("negatives", scale))
    if scale >= 1.0:
        drafts += handwritten_drafts(split)
    if include_shared:
        shared = shared_drafts(split)
        if scale < 1.0:
            r = rng_for(seed, split, "shared-sample")
            shared = r.sample(shared, max(1, round(len(shared) * scale))) if shared else []
        drafts += shared
    drafts += PastedBlobGenerator(rng_for(seed, split, "pasted-blobs"), split).drafts(
        _n("pasted_blobs", scale)
    )
    # Last, so every earlier draft keeps the envelope (account, time, id) it had before look-alikes existed.
    # Evaluation only: trained on, the look-alikes cut false positives at 0.60 by about a third on the
    # hand-written sets but cost recall everywhere (batch-1 half 0.88 -> 0.79, blind TPR @ 1 % FPR
    # 0.74 -> 0.53), so the shipped model is trained without them and they measure it instead.
    if split == "test":
        drafts += LookalikeGenerator(rng_for(seed, split, "lookalikes"), split).drafts(
            _n("lookalikes", scale)
        )
    # REP's single-copy twins: same scaffolds and "same format" closing, reasoning shown once. Last
    # again, so the rows above keep their envelopes.
    drafts += RepGenerator(rng_for(seed, split, "rep-twins"), split).twin_drafts(_n("rep_twins", scale))
    return drafts


def build_extraction_corpus(
    seed: int, split: str, *, scale: float = 1.0, include_shared: bool = True
) -> list[tuple[Event, dict[str, Any]]]:
    """The labelled extraction corpus of ``split`` ("train" or "test"), sorted by timestamp.

    ``scale`` multiplies every generated family's count (0.05 gives a small corpus for tests);
    ``include_shared`` adds this split's side of ``shared/data/prompts.events.jsonl`` when present.
    """
    drafts = build_drafts(seed, split, scale, include_shared)
    env = Envelope(rng_for(seed, split, "envelope"), split)
    items: list[Item] = finish(drafts, env)
    items.sort(key=lambda it: (it[0].timestamp, it[0].event_id))
    return items


def event_to_json(event: Event) -> str:
    """One JSONL line following EVENTS.md; timestamp styles vary per event (no signal)."""
    obj = event.model_dump(mode="json", exclude_none=True)
    obj["response"] = None if event.response is None else obj.get("response")
    style = stable_hash("ts-style:" + event.event_id) % 10
    ts = event.timestamp
    if style == 0:
        obj["timestamp"] = int(ts.timestamp() * 1000)
    elif style < 5:
        obj["timestamp"] = ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z"
    elif style < 8:
        obj["timestamp"] = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
    else:
        obj["timestamp"] = ts.isoformat()
    return json.dumps(obj, ensure_ascii=False)


def write_items(items: Iterable[tuple[Event, Label]], path_prefix: str | Path) -> tuple[Path, Path]:
    prefix = Path(path_prefix)
    prefix.parent.mkdir(parents=True, exist_ok=True)
    events_path = prefix.with_name(prefix.name + ".events.jsonl")
    labels_path = prefix.with_name(prefix.name + ".labels.jsonl")
    with events_path.open("w", encoding="utf-8") as ev, labels_path.open("w", encoding="utf-8") as lab:
        for event, label in items:
            ev.write(event_to_json(event) + "\n")
            lab.write(json.dumps(label, ensure_ascii=False) + "\n")
    return events_path, labels_path


def write_corpus(
    path_prefix: str | Path, seed: int, split: str, *, scale: float = 1.0, include_shared: bool = True
) -> tuple[Path, Path]:
    """Write ``<prefix>.events.jsonl`` and ``<prefix>.labels.jsonl`` (same order) for ``rtmon eval``."""
    return write_items(
        build_extraction_corpus(seed, split, scale=scale, include_shared=include_shared), path_prefix
    )
