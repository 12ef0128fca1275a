"""Cross-account clusters: accounts whose traffic shares one template key within a window.

One :class:`ClusterState` per template key (the exact key of :mod:`monitor.accounts.features`;
near-identical SimHash keys across accounts are not merged here, see docs/campaigns.md). Counts
decay with a 12 h half-life (a sliding window without per-event lists); the set of member
accounts is bounded (``MAX_MEMBER_HASHES`` hashes for the size, ``MAX_NAMED`` ids to name in a
finding). The table itself is LRU-bounded. Its state is JSON-serialisable (:meth:`to_json`).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from monitor.accounts.handles import account_hash

HALF_LIFE = 12 * 3600.0
MEMBER_TTL = 24 * 3600.0
MAX_MEMBER_HASHES = 256
MAX_NAMED = 10
MIN_ACCOUNTS = 3
MIN_EVENTS = 10.0


@dataclass(slots=True)
class ClusterState:
    first_seen: float
    last_seen: float
    events: float = 0.0
    suspicious: float = 0.0
    benchmark: float = 0.0
    harvest: float = 0.0
    members: dict[int, float] = field(default_factory=dict)  # account hash -> last seen
    named: list[str] = field(default_factory=list)  # most recent distinct account ids, bounded

    def add(self, now: float, account_id: str, suspicious: bool, benchmark: bool, harvest: bool) -> None:
        decay = 0.5 ** (max(0.0, now - self.last_seen) / HALF_LIFE)
        self.events = self.events * decay + 1.0
        self.suspicious = self.suspicious * decay + suspicious
        self.benchmark = self.benchmark * decay + benchmark
        self.harvest = self.harvest * decay + harvest
        self.last_seen = max(self.last_seen, now)
        self.members[account_hash(account_id)] = now
        if len(self.members) > MAX_MEMBER_HASHES:
            cutoff = now - MEMBER_TTL
            self.members = {k: t for k, t in self.members.items() if t >= cutoff}
            while len(self.members) > MAX_MEMBER_HASHES:
                del self.members[min(self.members, key=self.members.__getitem__)]
        if account_id in self.named:
            self.named.remove(account_id)
        self.named.append(account_id)
        del self.named[:-MAX_NAMED]

    def accounts(self, now: float) -> int:
        cutoff = now - MEMBER_TTL
        return sum(1 for t in self.members.values() if t >= cutoff)

    def to_json(self) -> dict[str, Any]:
        return {
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "events": self.events,
            "suspicious": self.suspicious,
            "benchmark": self.benchmark,
            "harvest": self.harvest,
            "members": [[format(k, "016x"), t] for k, t in self.members.items()],
            "named": list(self.named),
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> ClusterState:
        return cls(
            first_seen=float(obj["first_seen"]),
            last_seen=float(obj["last_seen"]),
            events=float(obj["events"]),
            suspicious=float(obj["suspicious"]),
            benchmark=float(obj["benchmark"]),
            harvest=float(obj["harvest"]),
            members={int(k, 16): float(t) for k, t in obj["members"]},
            named=[str(a) for a in obj["named"]][-MAX_NAMED:],
        )


def cluster_score(c: ClusterState, accounts: int) -> tuple[float, str] | None:
    """(score, reason) when the cluster is a campaign: >= 3 accounts, >= 10 decayed events, and
    >= half suspicious or a benchmark sweep with summaries; else None."""
    if accounts < MIN_ACCOUNTS or c.events < MIN_EVENTS:
        return None
    suspicious = c.suspicious / c.events
    sweep = c.benchmark / c.events >= 0.5 and c.harvest / c.events >= 0.5
    if suspicious < 0.5 and not sweep:
        return None
    size = 1.0 - math.exp(-(accounts - MIN_ACCOUNTS) / 8.0)
    why = f"{suspicious:.0%} suspicious" if suspicious >= 0.5 else "benchmark sweep with summaries"
    return 0.65 + 0.30 * size, f"{accounts} accounts share one template ({why})"


class ClusterTable:
    def __init__(self, max_templates: int) -> None:
        self.max_templates = max_templates
        self._data: OrderedDict[int, ClusterState] = OrderedDict()

    def __len__(self) -> int:
        return len(self._data)

    def observe(
        self, key: int, now: float, account_id: str, *, suspicious: bool, benchmark: bool, harvest: bool
    ) -> ClusterState:
        state = self._data.get(key)
        if state is None:
            state = ClusterState(first_seen=now, last_seen=now)
            self._data[key] = state
        self._data.move_to_end(key)
        state.add(now, account_id, suspicious, benchmark, harvest)
        while len(self._data) > self.max_templates:
            self._data.popitem(last=False)
        return state

    def get(self, key: int) -> ClusterState | None:
        return self._data.get(key)

    def put(self, key: int, state: ClusterState) -> None:
        self._data[key] = state

    def keys(self) -> Iterator[int]:
        return iter(list(self._data))

    def remove(self, key: int) -> None:
        self._data.pop(key, None)
