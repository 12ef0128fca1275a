"""Blob provenance: which account, model and session minted each reasoning handle.

Each entry is one Python int key (64-bit hash of the handle) mapped to one packed int
``account(64) | model(32) | session(32) | minted_at(32)``: about 150 bytes per handle with the
dict overhead. The table is bounded by ``max_handles`` (LRU by last mint or lookup) and a TTL.

A handle that is not in the table was either never minted by this provider (forged, or copied
from a public log), or was minted before the table was warm, evicted, or expired. So "unknown"
only counts once the table has been *warm* for ``warmup_seconds`` of event time and has not
evicted anything younger than the TTL; even then it is a weaker signal than a handle we know was
minted for someone else.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Literal

from monitor.shingles import stable_hash

Provenance = Literal["own", "other_session", "other_model", "other_account", "unknown", "unknown_cold"]

# Scores of a replayed handle by provenance (docs/campaigns.md); the rest score nothing.
PROVENANCE_SCORES: dict[Provenance, float] = {"other_account": 0.90, "other_model": 0.62, "unknown": 0.40}
OTHER_ACCOUNT_AND_MODEL_SCORE = 0.95
UNKNOWN_ALERT_SCORE = 0.70
UNKNOWN_ALERT_COUNT = 3
UNKNOWN_WINDOW = 24 * 3600.0

_M32 = 0xFFFFFFFF
_M64 = (1 << 64) - 1


@dataclass(frozen=True, slots=True)
class Mint:
    account: int
    model: int
    session: int
    minted_at: int


def _pack(m: Mint) -> int:
    return (m.account << 96) | (m.model << 64) | (m.session << 32) | m.minted_at


def _unpack(v: int) -> Mint:
    return Mint(v >> 96, (v >> 64) & _M32, (v >> 32) & _M32, v & _M32)


def account_hash(account_id: str) -> int:
    return stable_hash("acct|" + account_id) & _M64


def small_hash(text: str | None) -> int:
    return stable_hash("s|" + (text or "")) & _M32


def handle_key(handle: str) -> int:
    return stable_hash("h|" + handle) & _M64


def judge(mint: Mint | None, account: int, model: int, session: int, warm: bool) -> Provenance:
    """The provenance of a presented handle, from its mint (``None``: never minted) and the hashes
    of the presenting account, model and session."""
    if mint is None:
        return "unknown" if warm else "unknown_cold"
    if mint.account != account:
        return "other_account"
    if mint.model != model:
        return "other_model"
    if mint.session != session:
        return "other_session"
    return "own"


class HandleTable:
    def __init__(self, max_handles: int, ttl_seconds: float, warmup_seconds: float) -> None:
        self.max_handles = max_handles
        self.ttl_seconds = ttl_seconds
        self.warmup_seconds = warmup_seconds
        self._data: OrderedDict[int, int] = OrderedDict()
        self.first_mint: float | None = None
        self.last_early_eviction: float | None = None  # event time of an LRU eviction before TTL
        self.evictions = 0

    def __len__(self) -> int:
        return len(self._data)

    def mint(self, handle: str, account_id: str, model: str, session: str | None, now: float) -> None:
        mint = Mint(account_hash(account_id), small_hash(model), small_hash(session), int(now) & _M32)
        self.mint_key(handle_key(handle), mint, now)

    def mint_key(self, key: int, mint: Mint, now: float) -> bool:
        """Record a mint by handle hash; False when the handle was already minted."""
        if key in self._data:
            return False  # the first mint is the provenance; re-announcing does not move it
        if self.first_mint is None or now < self.first_mint:
            self.first_mint = now
        self._data[key] = _pack(mint)
        self._expire(now)
        while len(self._data) > self.max_handles:
            self._data.popitem(last=False)
            self.evictions += 1
            self.last_early_eviction = now
        return True

    def _expire(self, now: float) -> None:
        cutoff = now - self.ttl_seconds
        while self._data:
            key, value = next(iter(self._data.items()))
            if (value & _M32) >= cutoff:
                break
            del self._data[key]
            self.evictions += 1

    def warm(self, now: float) -> bool:
        if self.first_mint is None or now - self.first_mint < self.warmup_seconds:
            return False
        return self.last_early_eviction is None or now - self.last_early_eviction >= self.ttl_seconds

    def lookup(self, handle: str) -> Mint | None:
        return self.lookup_key(handle_key(handle))

    def lookup_key(self, key: int) -> Mint | None:
        packed = self._data.get(key)
        return None if packed is None else _unpack(packed)

    def provenance(
        self, handle: str, account_id: str, model: str, session: str | None, now: float
    ) -> Provenance:
        return judge(
            self.lookup(handle),
            account_hash(account_id),
            small_hash(model),
            small_hash(session),
            self.warm(now),
        )
