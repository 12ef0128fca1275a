"""Where raw event records come from: files (replay, score) and Kafka (run)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Protocol


@dataclass(frozen=True, slots=True)
class Record:
    """One raw record as read from a source, before decoding. ``offset`` is the line number for files."""

    value: bytes | None
    topic: str
    partition: int
    offset: int
    key: bytes | None = None
    headers: tuple[tuple[str, bytes], ...] = field(default_factory=tuple)
    error: str | None = None  # set by the source when the record could not even be read whole


class Source(Protocol):
    name: str

    def poll(self, max_records: int, timeout_s: float) -> list[Record]:
        """Return up to ``max_records`` records; an empty list when none arrived in time."""
        ...

    def commit(self, records: list[Record]) -> None:
        """Mark every record in ``records`` as done (called only after outputs are durable)."""
        ...

    def rewind(self, records: list[Record]) -> None:
        """Deliver these records again on a later poll (publishing failed)."""
        ...

    def exhausted(self) -> bool:
        """True when a finite source has nothing more to give."""
        ...

    def close(self) -> None: ...


class Partition(NamedTuple):
    """A topic partition, without tying callers to the Kafka client's own type."""

    topic: str
    partition: int


class PartitionListener(Protocol):
    """Told when this instance gains or loses partitions (Kafka consumer-group rebalances).

    Called on the service-loop thread, between batches: ``on_revoked`` after the outputs and
    offsets of every earlier batch are settled, ``on_assigned`` before any record of the new
    partitions is handed out. Only real changes are reported: a partition kept across a
    rebalance is neither revoked nor assigned, so account-level state is reloaded only for
    partitions that actually moved (or whose ownership was lost in between).
    """

    def on_assigned(self, partitions: list[Partition]) -> None: ...

    def on_revoked(self, partitions: list[Partition]) -> None: ...
