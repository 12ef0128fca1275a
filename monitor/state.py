"""The state interface that stateful (account-level) detectors use.

Stateless detectors never touch it. The pipeline hands every detector the same
:class:`StateStore`; the in-memory store below bounds memory with an LRU cap and a TTL.
A Kafka-backed deployment checkpoints the store to a compacted changelog topic
(see ``monitor/sinks`` and the account-level detectors) and restores it on assignment.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from typing import Any, Protocol


class StateStore(Protocol):
    """Keyed state with bounded size. Keys are namespaced strings, e.g. ``acct:<id>``."""

    def get(self, key: str) -> Any | None: ...

    def put(self, key: str, value: Any, now: float) -> None: ...

    def delete(self, key: str) -> None: ...

    def __len__(self) -> int: ...

    def items(self) -> Iterator[tuple[str, Any]]: ...


class InMemoryStateStore:
    """Bounded dictionary: least-recently-written keys go first, and keys not written for
    ``ttl_seconds`` expire. ``now`` is event time (seconds), so replays are deterministic.

    Order is by write only (``get`` does not reorder): then the front entry is always the oldest
    write, which is what makes the TTL sweep in :meth:`_expire` exact for in-order event time.
    """

    def __init__(self, max_keys: int = 1_000_000, ttl_seconds: float = 48 * 3600.0) -> None:
        if max_keys < 1:
            raise ValueError("max_keys must be >= 1")
        self.max_keys = max_keys
        self.ttl_seconds = ttl_seconds
        self._data: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self.evictions = 0

    def get(self, key: str) -> Any | None:
        item = self._data.get(key)
        return None if item is None else item[1]

    def put(self, key: str, value: Any, now: float) -> None:
        self._data[key] = (now, value)
        self._data.move_to_end(key)
        self._expire(now)
        while len(self._data) > self.max_keys:
            self._data.popitem(last=False)
            self.evictions += 1

    def _expire(self, now: float) -> None:
        # The oldest-touched entries sit at the front; stop at the first live one.
        cutoff = now - self.ttl_seconds
        while self._data:
            key, (touched, _value) = next(iter(self._data.items()))
            if touched >= cutoff:
                break
            del self._data[key]
            self.evictions += 1

    def delete(self, key: str) -> None:
        self._data.pop(key, None)

    def __len__(self) -> int:
        return len(self._data)

    def items(self) -> Iterator[tuple[str, Any]]:
        for key, (_touched, value) in self._data.items():
            yield key, value
