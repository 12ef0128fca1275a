"""Blob provenance over several instances: the records of the handles topic and the join logic of
a handle owner (no Kafka I/O here; that is :mod:`monitor.accounts.handle_kafka`).

Every record is keyed by the handle hash (16 hex digits of :func:`~monitor.accounts.handles.handle_key`)
and written to partition ``murmur2(key) % n`` of ``handles_topic``, so the mint and every
presentation of one handle meet on one partition. The instance that owns events partition *p*
owns handles partition *p* (same ownership as the changelog and the repartition topic). JSON
values, hashes and ids only, never text:

* ``mint``: ``{"v": 1, "type": "mint", "ah": minting account hash (16 hex), "m": model hash,
  "s": session hash, "t": event time}``, one per ``response.reasoning_handles`` entry;
* ``present``: ``{"v": 1, "type": "present", "a": presenting account id, "m": model hash,
  "mn": model, "s": session hash, "e": event id, "t": event time, "x"/"l": the event's extraction
  and leakage scores}``, one per request handle that the presenting instance could not place
  (not in its own table);
* ``judged``: ``{"v": 1, "type": "judged", "a", "e", "t", "p": provenance, "alert": 0|1}``, written
  by the owner once its decision (alert and/or verdict amendment) is durable. A restored owner
  reads them to skip presentations already decided and to rebuild its alert episodes and its
  unknown-handle counts.

:class:`HandleOwner` joins them: a ``present`` whose ``mint`` has not arrived yet waits up to
``pending_s`` (arrival time, wall clock) and is then judged against the table as it is then
(``unknown`` once the table is warm). Delivery is at-least-once, so a presentation is decided once
per (handle, event) and an account alerts once per cooldown of event time (its episode).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from monitor.accounts.handles import (
    OTHER_ACCOUNT_AND_MODEL_SCORE,
    PROVENANCE_SCORES,
    UNKNOWN_ALERT_COUNT,
    UNKNOWN_ALERT_SCORE,
    UNKNOWN_WINDOW,
    HandleTable,
    Mint,
    Provenance,
    account_hash,
    handle_key,
    judge,
    small_hash,
)
from monitor.events import Event, Finding

VERSION = 1
_M32 = 0xFFFFFFFF


def handle_hex(key: int) -> str:
    return format(key, "016x")


@dataclass(frozen=True, slots=True)
class MintRecord:
    handle: int
    account: int  # account hash
    model: int
    session: int
    t: float

    def mint(self) -> Mint:
        return Mint(self.account, self.model, self.session, int(self.t) & _M32)


@dataclass(frozen=True, slots=True)
class Presentation:
    handle: int
    account_id: str
    model: int
    model_name: str
    session: int
    event_id: str
    t: float
    extraction: float = 0.0
    leakage: float = 0.0

    @property
    def account(self) -> int:
        return account_hash(self.account_id)


@dataclass(frozen=True, slots=True)
class Judged:
    handle: int
    account_id: str
    event_id: str
    t: float
    provenance: Provenance
    alert: bool


HandleRecord = MintRecord | Presentation | Judged


def _dumps(value: dict[str, Any]) -> bytes:
    return json.dumps({"v": VERSION, **value}, separators=(",", ":")).encode("utf-8")


def encode(r: HandleRecord) -> bytes:
    if isinstance(r, MintRecord):
        return _dumps({"type": "mint", "ah": handle_hex(r.account), "m": r.model, "s": r.session, "t": r.t})
    if isinstance(r, Presentation):
        return _dumps(
            {
                "type": "present",
                "a": r.account_id,
                "m": r.model,
                "mn": r.model_name,
                "s": r.session,
                "e": r.event_id,
                "t": r.t,
                "x": r.extraction,
                "l": r.leakage,
            }
        )
    return _dumps(
        {
            "type": "judged",
            "a": r.account_id,
            "e": r.event_id,
            "t": r.t,
            "p": r.provenance,
            "alert": int(r.alert),
        }
    )


def decode(key: bytes | None, raw: bytes | None) -> HandleRecord:
    """Any of the three record types; ``ValueError`` for anything else (skipped and logged)."""
    if key is None or raw is None:
        raise ValueError("handles record without key or value")
    try:
        handle = int(key.decode("ascii"), 16)
        obj = json.loads(raw)
        if not isinstance(obj, dict) or obj.get("v") != VERSION:
            raise ValueError("unknown handles record version")
        kind = obj.get("type")
        if kind == "mint":
            return MintRecord(handle, int(obj["ah"], 16), int(obj["m"]), int(obj["s"]), float(obj["t"]))
        if kind == "present":
            return Presentation(
                handle,
                str(obj["a"]),
                int(obj["m"]),
                str(obj.get("mn", "")),
                int(obj["s"]),
                str(obj["e"]),
                float(obj["t"]),
                float(obj.get("x", 0.0)),
                float(obj.get("l", 0.0)),
            )
        if kind == "judged" and obj["p"] in PROVENANCE_SCORES:
            return Judged(handle, str(obj["a"]), str(obj["e"]), float(obj["t"]), obj["p"], bool(obj["alert"]))
    except (UnicodeDecodeError, KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"malformed handles record: {type(exc).__name__}") from None
    raise ValueError("unknown handles record type")


class HandleExchange:
    """What the per-event detector and the Kafka side share in one process (service-loop thread,
    no lock): the detector appends mints and presentations, each flush publishes and clears them."""

    def __init__(self) -> None:
        self.outbox: list[MintRecord | Presentation] = []

    def mint(self, handle: str, event: Event) -> None:
        self.outbox.append(
            MintRecord(
                handle_key(handle),
                account_hash(event.account_id),
                small_hash(event.model),
                small_hash(event.session_id),
                event.epoch_seconds,
            )
        )

    def present(self, handle: str, event: Event, findings: list[Finding]) -> None:
        """A request handle this instance cannot place; ``findings``: the event's findings so far."""
        top = {"extraction": 0.0, "leakage": 0.0}
        for f in findings:
            if f.task in top:
                top[f.task] = max(top[f.task], f.score)
        self.outbox.append(
            Presentation(
                handle_key(handle),
                event.account_id,
                small_hash(event.model),
                event.model,
                small_hash(event.session_id),
                event.event_id,
                event.epoch_seconds,
                top["extraction"],
                top["leakage"],
            )
        )


@dataclass(frozen=True, slots=True)
class ReplayDecision:
    """The owner's verdict on one presentation that scores (foreign or unknown handle)."""

    present: Presentation
    provenance: Provenance
    score: float
    minted_by: int | None  # account hash of the mint, None when never minted
    episode_start: bool  # opens the account's blob-replay alert episode (alert-level scores only)
    unknown_count: int

    def judged(self) -> Judged:
        p = self.present
        return Judged(p.handle, p.account_id, p.event_id, p.t, self.provenance, self.episode_start)


class HandleOwner:
    """Joins mints and presentations of the handles this instance owns.

    Budgets: the mint table is a :class:`HandleTable` (``max_handles``, LRU, TTL = state TTL, like
    the per-instance table); at most ``max_handles // 10`` presentations wait for their mint, at
    most ``max_handles`` decided (handle, event) pairs and ``max_accounts`` episodes / unknown
    counters are remembered (LRU).
    """

    def __init__(
        self,
        max_handles: int,
        ttl_s: float,
        warmup_s: float,
        pending_s: float,
        cooldown_s: float,
        alert_score: float,
        max_accounts: int,
    ) -> None:
        self.table = HandleTable(max_handles, ttl_s, warmup_s)
        self.pending_s = pending_s
        self.cooldown_s = cooldown_s
        self.alert_score = alert_score
        self.max_pending = max(100, max_handles // 10)
        self.max_accounts = max_accounts
        self._pending: OrderedDict[tuple[int, str], tuple[Presentation, float]] = OrderedDict()
        self._waiting: dict[int, list[str]] = {}  # handle -> event ids of its pending presentations
        self._decided: OrderedDict[tuple[int, str], None] = OrderedDict()
        self._episodes: OrderedDict[int, tuple[float, str]] = OrderedDict()  # acct hash -> (start, event)
        self._unknown: OrderedDict[int, tuple[int, float]] = OrderedDict()  # acct hash -> (count, since)
        self.dropped_pending = 0

    @property
    def pending(self) -> int:
        return len(self._pending)

    # -- folding --------------------------------------------------------------------------------
    def mint(self, r: MintRecord) -> list[ReplayDecision]:
        """Record a mint; decide the presentations of that handle that were waiting for it."""
        self.table.mint_key(r.handle, r.mint(), r.t)
        out = []
        for event_id in self._waiting.pop(r.handle, ()):
            waited = self._pending.pop((r.handle, event_id), None)
            if waited is not None:
                out += self._decide(waited[0])
        return out

    def present(self, p: Presentation, arrived: float) -> list[ReplayDecision]:
        key = (p.handle, p.event_id)
        if key in self._decided or key in self._pending:
            return []  # a re-sent presentation (at-least-once): decided once
        if self.table.lookup_key(p.handle) is not None or self.pending_s <= 0:
            return self._decide(p)
        self._pending[key] = (p, arrived)
        self._waiting.setdefault(p.handle, []).append(p.event_id)
        out = []
        while len(self._pending) > self.max_pending:  # over budget: the oldest stops waiting
            self.dropped_pending += 1
            out += self._decide(self._pop_oldest())
        return out

    def expire(self, now: float) -> list[ReplayDecision]:
        """Decide the presentations that waited ``pending_s`` (wall clock) for a mint in vain."""
        out = []
        while self._pending and now - next(iter(self._pending.values()))[1] >= self.pending_s:
            out += self._decide(self._pop_oldest())
        return out

    def _pop_oldest(self) -> Presentation:
        (handle, event_id), (p, _) = self._pending.popitem(last=False)
        waiting = self._waiting.get(handle, [])
        if event_id in waiting:
            waiting.remove(event_id)
        if not waiting:
            self._waiting.pop(handle, None)
        return p

    def restore_judged(self, j: Judged) -> None:
        """A decision an earlier owner made durable: never decide it again; keep its episode."""
        if (j.handle, j.event_id) in self._decided:
            return  # our own judged record read back, or a duplicate
        self._remember((j.handle, j.event_id))
        if self._pending.pop((j.handle, j.event_id), None) is not None:
            self._waiting[j.handle].remove(j.event_id)
        acct = account_hash(j.account_id)
        if j.alert:
            self._open_episode(acct, j.t, j.event_id)
        if j.provenance == "unknown":
            self._count_unknown(acct, j.t)

    def drop_partitions(self, owned: Callable[[int], bool]) -> None:
        """Forget pending presentations whose handle is no longer owned (``owned(handle) -> bool``)."""
        for key in [k for k in self._pending if not owned(k[0])]:
            del self._pending[key]
            self._waiting.pop(key[0], None)

    # -- deciding -------------------------------------------------------------------------------
    def _decide(self, p: Presentation) -> list[ReplayDecision]:
        key = (p.handle, p.event_id)
        if key in self._decided:
            return []
        mint = self.table.lookup_key(p.handle)
        prov = judge(mint, p.account, p.model, p.session, self.table.warm(p.t))
        if prov not in PROVENANCE_SCORES:
            return []  # own handle, another session of it, or a cold table: nothing to say
        score = PROVENANCE_SCORES[prov]
        if prov == "other_account" and mint is not None and mint.model != p.model:
            score = OTHER_ACCOUNT_AND_MODEL_SCORE
        unknown = self._count_unknown(p.account, p.t) if prov == "unknown" else 0
        if prov == "unknown" and unknown >= UNKNOWN_ALERT_COUNT:
            score = UNKNOWN_ALERT_SCORE
        # The episode opens with the decision (the Kafka side retries a decision until it is
        # published), so two replays of one account in one flush alert once.
        start = score >= self.alert_score and self._episode_opens(p.account, p.t, p.event_id)
        if start:
            self._open_episode(p.account, p.t, p.event_id)
        self._remember(key)
        return [ReplayDecision(p, prov, score, None if mint is None else mint.account, start, unknown)]

    def _episode_opens(self, acct: int, t: float, event_id: str) -> bool:
        known = self._episodes.get(acct)
        return known is None or known[1] == event_id or t - known[0] >= self.cooldown_s

    def _open_episode(self, acct: int, t: float, event_id: str) -> None:
        known = self._episodes.get(acct)
        if known is None or t - known[0] >= self.cooldown_s:
            self._episodes[acct] = (t, event_id)
        self._episodes.move_to_end(acct)
        while len(self._episodes) > self.max_accounts:
            self._episodes.popitem(last=False)

    def _count_unknown(self, acct: int, t: float) -> int:
        count, since = self._unknown.get(acct, (0, t))
        if t - since > UNKNOWN_WINDOW:
            count, since = 0, t
        self._unknown[acct] = (count + 1, since)
        self._unknown.move_to_end(acct)
        while len(self._unknown) > self.max_accounts:
            self._unknown.popitem(last=False)
        return count + 1

    def _remember(self, key: tuple[int, str]) -> None:
        self._decided[key] = None
        self._decided.move_to_end(key)
        while len(self._decided) > self.table.max_handles:
            self._decided.popitem(last=False)
