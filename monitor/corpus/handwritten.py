"""Hand-written bank: varied requests written by an engineer, not a template generator.

``handwritten.jsonl`` (next to this module) holds hard negatives and attacks typed one by one in
many styles and languages, by someone who read neither the detectors nor their lexicons. Like
every generator bank it is split half/half by a salted hash of the messages
(:func:`~monitor.corpus.common.split_half`): the test half measures phrasings and hard negatives
the model never saw (batches in :data:`TEST_ONLY_BATCHES` go to test whole). Train items appear
:data:`TRAIN_COPIES` times so the small bank weighs against the thousands of generated events. (Trained on alone it made the model drop the
hex-encoded-request evidence; :mod:`monitor.detectors.encoded_request` now holds that rule.)
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from monitor.corpus.common import Draft, check_split, split_half
from monitor.events import Message

BANK = "handwritten.jsonl"
TRAIN_COPIES = 2
# Lines were written in batches; each batch is split on its own, so adding a batch never moves an
# earlier item to the other side (items read while building the detectors stay in train).
BATCH_STARTS = (
    0,
    450,
    707,
    1165,
    1686,
    2237,
    2615,
    3004,
    3359,
    3702,
    4007,
    4308,
    4626,
    4932,
    5253,
    5558,
    5859,
    6169,
    6473,
    6794,
    7103,
    7762,
    8383,
)
# Batch 3 (rows 707+, 458 rows in 39 language tags: system-prompt and reasoning requests, and hard
# negatives sharing their words) was written after v4.3 and measured on that model before any of it
# was trained on (test half AUROC 0.896, recall 0.855 at 0.60, FPR 13.4%).
# Batch 4 (rows 1165+, 521 rows in 46 language tags, most reasoning requests phrased without any
# word for reasoning) measured on v5.1 before training: test half AUROC 0.76, recall 0.55 at 0.60.
# Batch 5 (rows 1686+, 551 rows in 88 language tags: reasoning requests by pretext, format coercion
# and indirect reference; system-prompt and secret probes with product system prompts; template-token
# delimiters; hard negatives from developers, teachers and security work) measured on v5.4 before
# training (see docs/evaluation.md).
# Batch 6 (rows 2237+, 378 rows in 70 language tags: reasoning requests without a reasoning word,
# format and pretext coercion, template-token and planted-order delimiters, hard negatives from
# developers, teachers and security work) measured whole on v5.5 before training: AUROC 0.959.
# Batch 7 (rows 2615+, 389 rows in 71 language tags: system-prompt asks without the words "system
# prompt", a third aimed at secrets; hard negatives about one's own prompts, policies and secrets)
# measured whole before training: v5.4 AUROC 0.739, v6 0.905 (recall 0.53 at 0.60).
# Batch 8 (rows 3004+, 355 rows in 76 language tags, 71 % hard negatives each paired with a
# near-twin attack) measured whole before training: v5.4 AUROC 0.920, v6 0.970.
# Batch 9 (rows 3359+, 343 rows in 82 language tags, 69 % outside en/zh/es/fr/de: terse, code-mixed
# traffic-log style; delimiter orders planted in pasted content) before training: v5.4 0.890, v6 0.964.
# Batch 10 (rows 3702+, 305 rows in 70 language tags, 97 % multi-turn: pushes after refusals, salami
# tactics, rapport first; benign follow-ups) before training: v5.4 0.824, v6 0.902.
# Batch 11 (rows 4007+, 301 rows in 75 language tags: pasted or retrieved content — planted orders,
# fake turns and thoughts, asks after long pastes; the same pastes with ordinary tasks) before
# training: v5.4 0.941, v6 0.982.
# Batch 12 (rows 4308+, 318 rows in 80 language tags: system-prompt and secret pushes after a
# refusal, 2-4 turns; benign continuations after a refusal) before training: v6 AUROC 0.920.
# Batch 13 (rows 4626+, 306 rows in 81 tags: delimiter orders planted in pasted documents, logs and
# transcripts; reasoning asks without a word for reasoning; their look-alikes) before training: 0.955.
# Batch 14 (rows 4932+, 321 rows in 94 tags: system-prompt and secret asks without the words "system
# prompt" or "instructions"; look-alikes from public policies, literature, games, own configs)
# before training: 0.805 (recall 0.23 at 0.60). Its ideas came partly from misses on development
# sets blind7/blind8, whose later figures are therefore optimistic.
# Batch 15 (rows 5253+, 305 rows in 92 tags: reasoning asks that never name reasoning - notes to
# self, scratch work, the silent part, role-play and screenplay frames; look-alikes about one's own
# notes, fiction, teaching, inner speech) before training: 0.940 (recall 0.49 at 0.60). Partly
# inspired by development-set misses as batch 14.
# Batch 16 (rows 5558+, 301 rows in 83 tags, 65 % hard negatives each with a near-twin attack:
# questions about reasoning models, fresh worked solutions, security discussion, developers'
# own prompts and think tags, the user's own pasted text) before training: see docs/evaluation.md.
# Batch 17 (rows 5859+, 310 rows in 104 tags: terse, code-mixed, transliterated and misspelt asks
# as traffic logs show them; the same styles for harmless requests) before training: ditto.
# Batch 18 (rows 6169+, 304 rows in 66 tags: system-prompt and secret asks as prompt-injection games
# and bug-bounty reports show them - question forms, code- and terminal-styled asks, "the text above"
# with nothing above, spelling tricks for a secret; their look-alikes) before training: v8 AUROC 0.937
# (recall 0.61 at 0.60).
# Batch 19 (rows 6473+, 321 rows in 77 tags: reasoning asks as users, researchers and distillation
# scrapers write them - question forms, the collapsed "thought for" section, thinking logs from now
# on, re-send as a file; fresh worked solutions, critique of the user's own reasoning as look-alikes)
# before training: v8 AUROC 0.983 (recall 0.81 at 0.60, no negative at 0.60).
# Batch 20 (rows 6794+, 309 rows in 72 smaller and mid-size language tags, none of en zh es fr de ja
# ko ru pt it: system-prompt, secret and reasoning asks with possessed and inflected forms; their
# look-alikes in the same languages) before training, with the stop-16 core lexicon: AUROC 0.954.
# Batch 21 (rows 7103+, 659 rows in 102 tags, 53 % in smaller languages: secrets held in the system
# prompt - spelling, hints, acrostics, encodings, "the code you'd give a student" - and indirect or
# question-form system-prompt asks; look-alikes about passwords, the user's own codes and prompts)
# before training (stop-17 features, secret concept in English only): AUROC 0.894 (recall 0.43 at 0.60).
# Batch 22 (rows 7762+, 621 rows in 104 tags: reasoning asks wrapped in the pretexts benign talk about
# AI also uses - research, audits, teaching, developer mode, "thought for N seconds", role-play
# files and diaries; the same vocabulary without asking for this model's hidden text) before
# training (stop-17 features and lexicon): AUROC 0.980 (recall 0.84 at 0.60).
# Batch 23 (rows 8383+, 54 rows: Chinese, Japanese, Korean, Hindi, Arabic and Vietnamese typed in
# Latin letters - system-prompt and reasoning asks, and translation, language-learning, settings
# and prompt-writing requests in the same scripts), written in stop 20 because the n-gram member had
# learnt "pinyin = attack" from a few development rows.
# Batches that go to test whole, never to train: the second batch (multilingual system-prompt
# attacks and look-alikes) cost more false positives than it gained when half of it was trained on.
TEST_ONLY_BATCHES = frozenset({1})


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


def _key(row: dict[str, object]) -> str:
    return json.dumps(row["messages"], sort_keys=True)


def handwritten_drafts(split: str) -> list[Draft]:
    """This split's half of the bank (train items repeated; empty when the bank is absent)."""
    rows = _rows()
    if len(rows) < 2:
        return []
    copies = TRAIN_COPIES if check_split(split) == "train" else 1
    ends = (*BATCH_STARTS[1:], len(rows))
    half: list[dict[str, object]] = []
    for batch, (start, end) in enumerate(zip(BATCH_STARTS, ends, strict=True)):
        if batch in TEST_ONLY_BATCHES:
            half += rows[start:end] if split == "test" else []
        elif end - start >= 2:
            half += split_half(rows[start:end], split, "handwritten", key=_key)
    return [_draft(r) for r in half for _ in range(copies)]
