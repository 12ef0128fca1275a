"""Cross-account clusters over several instances: the records of the repartition topic and the
logic of a cluster owner (no Kafka I/O here; that is :mod:`monitor.accounts.repartition_kafka`).

Two record types share ``repartition_topic`` (JSON values, never text):

* ``obs``: one per scored event that has a template fingerprint, keyed by the fingerprint (16 hex
  digits) and written to partition ``murmur2(key) % n``: ``{"v": 1, "type": "obs", "a": account
  id, "e": event id, "t": event time, "s"/"b"/"h": suspicious / benchmark / summary flags}``.
  The instance that owns events partition *p* owns repartition partition *p*, hence every
  fingerprint of *p*: it aggregates the accounts of that fingerprint over all instances.
* ``cluster``: a flagged cluster, keyed by the fingerprint and written by its owner to **every**
  partition (a broadcast; flagged clusters are rare): id, score, reason, up to 10 account ids,
  sizes and counts, and when it was last alerted. Every instance reads its own partitions, so
  every instance learns every flagged cluster and the per-event detector puts the finding in the
  verdict of later events with that fingerprint (:class:`ClusterExchange`).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import asdict, dataclass
from typing import Any

from monitor.accounts.clusters import MAX_NAMED, MEMBER_TTL, ClusterTable, cluster_score

VERSION = 1


def fingerprint_hex(key: int) -> str:
    return format(key, "016x")


@dataclass(frozen=True, slots=True)
class TemplateObservation:
    template: int
    account_id: str
    event_id: str
    t: float
    suspicious: bool
    benchmark: bool
    harvest: bool


@dataclass(frozen=True, slots=True)
class FlaggedCluster:
    cluster_id: str  # the fingerprint, 16 hex digits
    score: float
    reason: str
    accounts: int
    named: tuple[str, ...]  # up to MAX_NAMED most recent member account ids
    events: float
    suspicious: float
    benchmark: float
    harvest: float
    first_seen: float
    last_seen: float
    alerted_at: float  # event time of the owner's last cluster alert

    @property
    def key(self) -> int:
        return int(self.cluster_id, 16)

    def figures(self, now: float) -> dict[str, float]:
        return {
            "cluster_accounts": float(self.accounts),
            "cluster_events": round(self.events, 2),
            "cluster_suspicious": round(self.suspicious, 2),
            "cluster_benchmark": round(self.benchmark, 2),
            "cluster_age_s": round(max(0.0, now - self.first_seen), 1),
        }


def encode_observation(o: TemplateObservation) -> bytes:
    value = {
        "v": VERSION,
        "type": "obs",
        "a": o.account_id,
        "e": o.event_id,
        "t": o.t,
        "s": int(o.suspicious),
        "b": int(o.benchmark),
        "h": int(o.harvest),
    }
    return json.dumps(value, separators=(",", ":")).encode("utf-8")


def encode_cluster(c: FlaggedCluster) -> bytes:
    value: dict[str, Any] = {"v": VERSION, "type": "cluster", **asdict(c)}
    value["named"] = list(c.named)
    return json.dumps(value, separators=(",", ":")).encode("utf-8")


def decode(key: bytes | None, raw: bytes | None) -> TemplateObservation | FlaggedCluster:
    """Either record type; ``ValueError`` for anything else (skipped and logged by the reader)."""
    if key is None or raw is None:
        raise ValueError("repartition record without key or value")
    try:
        template = int(key.decode("ascii"), 16)
        obj = json.loads(raw)
        if not isinstance(obj, dict) or obj.get("v") != VERSION:
            raise ValueError("unknown repartition record version")
        if obj.get("type") == "obs":
            return TemplateObservation(
                template,
                str(obj["a"]),
                str(obj["e"]),
                float(obj["t"]),
                bool(obj["s"]),
                bool(obj["b"]),
                bool(obj["h"]),
            )
        if obj.get("type") == "cluster":
            return FlaggedCluster(
                cluster_id=fingerprint_hex(template),
                score=float(obj["score"]),
                reason=str(obj["reason"]),
                accounts=int(obj["accounts"]),
                named=tuple(str(a) for a in obj["named"])[-MAX_NAMED:],
                events=float(obj["events"]),
                suspicious=float(obj["suspicious"]),
                benchmark=float(obj["benchmark"]),
                harvest=float(obj["harvest"]),
                first_seen=float(obj["first_seen"]),
                last_seen=float(obj["last_seen"]),
                alerted_at=float(obj["alerted_at"]),
            )
    except (UnicodeDecodeError, KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"malformed repartition record: {type(exc).__name__}") from None
    raise ValueError("unknown repartition record type")


class ClusterExchange:
    """What the per-event detector and the Kafka side share in one process.

    The detector appends an observation per event (``outbox``, published and cleared at each
    flush) and looks up flagged clusters; the Kafka side fills ``flagged`` from the broadcasts.
    Both run on the service-loop thread, so there is no lock.
    """

    def __init__(self, max_templates: int) -> None:
        self.max_templates = max_templates
        self.outbox: list[TemplateObservation] = []
        self._flagged: OrderedDict[int, FlaggedCluster] = OrderedDict()

    def __len__(self) -> int:
        return len(self._flagged)

    def flag(self, cluster: FlaggedCluster) -> bool:
        """Remember a flagged cluster; True when it was not known before."""
        key = cluster.key
        known = self._flagged.get(key)
        if known is not None and known.last_seen > cluster.last_seen:
            return False  # an older broadcast read late (several partitions): keep the newer one
        self._flagged[key] = cluster
        self._flagged.move_to_end(key)
        while len(self._flagged) > self.max_templates:
            self._flagged.popitem(last=False)
        return known is None

    def lookup(self, template: int, now: float) -> FlaggedCluster | None:
        cluster = self._flagged.get(template)
        if cluster is None or now - cluster.last_seen > MEMBER_TTL:
            return None
        return cluster


@dataclass(frozen=True, slots=True)
class ClusterDecision:
    """What the owner has to publish for one fingerprint: a broadcast, and maybe an alert."""

    cluster: FlaggedCluster
    alert: bool
    trigger_account: str
    trigger_event: str
    trigger_time: float


class ClusterOwner:
    """Aggregates the ``obs`` records of the fingerprints this instance owns.

    A flagged cluster is alerted once per ``cooldown_s`` of event time (the alert time travels in
    the broadcast, so a restored owner does not alert again) and broadcast again whenever its
    number of accounts changed since the last broadcast.
    """

    def __init__(self, max_templates: int, cooldown_s: float) -> None:
        self.table = ClusterTable(max_templates)
        self.cooldown_s = cooldown_s
        self._alerted: dict[int, float] = {}
        self._broadcast_size: dict[int, int] = {}
        self._trigger: dict[int, tuple[str, str, float]] = {}

    def __len__(self) -> int:
        return len(self.table)

    def fold(self, o: TemplateObservation) -> None:
        self.table.observe(
            o.template,
            o.t,
            o.account_id,
            suspicious=o.suspicious,
            benchmark=o.benchmark,
            harvest=o.harvest,
        )
        self._trigger[o.template] = (o.account_id, o.event_id, o.t)
        if len(self._trigger) > 2 * self.table.max_templates:  # the table evicted (LRU): forget those too
            self.drop([k for k in self._trigger if self.table.get(k) is None])

    def note_broadcast(self, c: FlaggedCluster) -> None:
        key = c.key
        self._alerted[key] = max(c.alerted_at, self._alerted.get(key, c.alerted_at))
        self._broadcast_size[key] = c.accounts

    def evaluate(self, keys: set[int]) -> list[ClusterDecision]:
        out = []
        for key in sorted(keys):
            state = self.table.get(key)
            if state is None:
                continue
            now = state.last_seen
            accounts = state.accounts(now)
            scored = cluster_score(state, accounts)
            if scored is None:
                continue
            last = self._alerted.get(key)
            alert = last is None or now - last >= self.cooldown_s
            if not alert and self._broadcast_size.get(key) == accounts:
                continue
            alerted_at = now if alert or last is None else last
            score, reason = scored
            cluster = FlaggedCluster(
                cluster_id=fingerprint_hex(key),
                score=round(score, 6),
                reason=reason,
                accounts=accounts,
                named=tuple(state.named),
                events=round(state.events, 4),
                suspicious=round(state.suspicious, 4),
                benchmark=round(state.benchmark, 4),
                harvest=round(state.harvest, 4),
                first_seen=state.first_seen,
                last_seen=state.last_seen,
                alerted_at=alerted_at,
            )
            account, event_id, t = self._trigger.get(key, ("", "", now))
            out.append(ClusterDecision(cluster, alert, account, event_id, t))
        return out

    def done(self, decision: ClusterDecision) -> None:
        """The decision's records are durable: remember what was alerted and broadcast."""
        self.note_broadcast(decision.cluster)

    def drop(self, keys: list[int]) -> None:
        for key in keys:
            self.table.remove(key)
            self._alerted.pop(key, None)
            self._broadcast_size.pop(key, None)
            self._trigger.pop(key, None)

    def fingerprints(self) -> list[int]:
        return list(self.table.keys())
