"""The per-account record: a fixed 548-byte packed ``bytearray`` (no dicts, no per-event lists).

Layout (little-endian):

* header, 40 bytes: version, flags, head hour (epoch hours of the newest bucket), first seen (s),
  last seen (s, float64), total events, EWMA of inter-arrival gap and of its square (capped at
  1 h, for the coefficient of variation), decayed total for template shares, number of gaps.
* 25 hourly buckets x 12 bytes: events, extraction-flagged requests, leaking responses,
  benchmark-matching questions, harvest-style responses (summary returned or long explanation),
  and a bitmask of the languages seen. The 24 h window is the last 24 closed buckets plus the
  current one; the 1 h window is the current bucket plus the previous one weighted by the part of
  it still inside the hour (the usual sliding-window-counter approximation).
* 8 template slots x 20 bytes (space-saving heavy hitters with a 6 h half-life): template key,
  decayed count, decayed count of *suspicious* events (extraction or leakage flagged, reasoning
  markup in the user message, replayed foreign blob), and the languages seen under that template.
* 6 alert-episode slots x 8 bytes, one per campaign kind (:data:`EPISODE_KINDS`): event time of
  the finding that opened the current alert episode of that kind and a 32-bit hash of its
  ``event_id`` (so a replayed batch re-opens the same episode instead of losing its alert).

Version-1 records (500 bytes, no episode slots) still decode: the slots start empty.

Counters saturate at 65535 per hour. The record is JSON-serialisable through :func:`encode` /
:func:`decode` (base64), which is what the Kafka changelog carries.
"""

from __future__ import annotations

import base64
import math
import struct
from dataclasses import dataclass

from monitor.accounts.features import same_template

VERSION = 2
HEADER = struct.Struct("<BBHIIdIfffI")
BUCKET = struct.Struct("<6H")
SLOT = struct.Struct("<QffH2x")
EPISODE = struct.Struct("<II")
EPISODE_KINDS = (
    "high_volume_extraction",
    "rep_harvest",
    "templated_coercion",
    "benchmark_sweep",
    "cross_account_cluster",
    "blob_replay",
)
N_BUCKETS = 25
N_SLOTS = 8
BUCKETS_AT = HEADER.size
SLOTS_AT = BUCKETS_AT + N_BUCKETS * BUCKET.size
EPISODES_AT = SLOTS_AT + N_SLOTS * SLOT.size
RECORD_BYTES = EPISODES_AT + len(EPISODE_KINDS) * EPISODE.size
# All buckets / all template slots in one (un)pack call (same bytes as one call per item).
ALL_BUCKETS = struct.Struct("<" + "6H" * N_BUCKETS)
ALL_SLOTS = struct.Struct("<" + "QffH2x" * N_SLOTS)
V1_BYTES = EPISODES_AT
HOUR = 3600.0
SLOT_HALF_LIFE = 6 * HOUR
GAP_CAP = HOUR
GAP_ALPHA = 0.05
U16 = 0xFFFF

FLAG_ALERTED = 1


@dataclass(frozen=True, slots=True)
class Observation:
    """What one event contributes to its account's record."""

    extraction: bool = False
    leak: bool = False
    benchmark: bool = False
    harvest: bool = False
    suspicious: bool = False  # extraction/leak/markup/foreign blob: counted per template
    template: int = 0
    language: int = 0


@dataclass(frozen=True, slots=True)
class TemplateSlot:
    key: int
    count: float
    suspicious: float
    languages: int


@dataclass(frozen=True, slots=True)
class Window:
    events: float
    extraction: float
    leak: float
    benchmark: float
    harvest: float
    languages: int

    def share(self, count: float) -> float:
        return count / self.events if self.events > 0 else 0.0


@dataclass(frozen=True, slots=True)
class AccountStats:
    total: int
    first_seen: float
    last_seen: float
    hour: Window
    day: Window
    gap_cv: float | None  # None until enough gaps were seen
    templates: tuple[TemplateSlot, ...]  # sorted by decayed count, largest first
    template_total: float
    flags: int

    def top_share(self) -> float:
        if not self.templates or self.template_total <= 0:
            return 0.0
        return min(1.0, self.templates[0].count / self.template_total)


def new_record(now: float) -> bytearray:
    buf = bytearray(RECORD_BYTES)
    HEADER.pack_into(buf, 0, VERSION, 0, 0, int(now // HOUR), int(now), now, 0, 0.0, 0.0, 0.0, 0)
    return buf


def _lang_bit(language: int) -> int:
    return 1 << language if 0 < language < 16 else 0


def _advance(buf: bytearray, head: int, hour: int) -> int:
    """Move the bucket ring forward to ``hour``, zeroing the buckets that fall out."""
    if hour <= head:
        return head
    steps = min(hour - head, N_BUCKETS)
    for h in range(hour - steps + 1, hour + 1):
        BUCKET.pack_into(buf, BUCKETS_AT + (h % N_BUCKETS) * BUCKET.size, 0, 0, 0, 0, 0, 0)
    return hour


def observe(buf: bytearray, now: float, obs: Observation) -> None:
    version, flags, _pad, head, first, last, total, g_mean, g_sq, t_total, n_gaps = HEADER.unpack_from(buf, 0)
    hour = int(now // HOUR)
    head = _advance(buf, head, hour)
    if head - hour < N_BUCKETS:  # late events older than the window only count in the total
        at = BUCKETS_AT + (hour % N_BUCKETS) * BUCKET.size
        n, ex, lk, bm, hv, langs = BUCKET.unpack_from(buf, at)
        BUCKET.pack_into(
            buf,
            at,
            min(U16, n + 1),
            min(U16, ex + obs.extraction),
            min(U16, lk + obs.leak),
            min(U16, bm + obs.benchmark),
            min(U16, hv + obs.harvest),
            langs | _lang_bit(obs.language),
        )
    if total > 0 and now >= last:
        gap = min(GAP_CAP, now - last)
        if n_gaps == 0:
            g_mean, g_sq = gap, gap * gap
        else:
            g_mean += GAP_ALPHA * (gap - g_mean)
            g_sq += GAP_ALPHA * (gap * gap - g_sq)
        n_gaps = min(n_gaps + 1, 0xFFFFFFFF)
    decay = 0.5 ** (max(0.0, now - last) / SLOT_HALF_LIFE)
    t_total = t_total * decay + 1.0
    _update_slots(buf, decay, obs)
    HEADER.pack_into(
        buf, 0, version, flags, 0, head, first, max(now, last), min(total + 1, 0xFFFFFFFF),
        g_mean, g_sq, t_total, n_gaps,
    )  # fmt: skip


def _update_slots(buf: bytearray, decay: float, obs: Observation) -> None:
    flat = ALL_SLOTS.unpack_from(buf, SLOTS_AT)
    slots = [flat[i : i + 4] for i in range(0, 4 * N_SLOTS, 4)]
    if decay < 1.0:
        slots = [(k, c * decay, s * decay, lg) for k, c, s, lg in slots]
    if obs.template:
        bit = _lang_bit(obs.language)
        hit = next(
            (i for i, sl in enumerate(slots) if sl[1] > 0 and same_template(sl[0], obs.template)), None
        )
        if hit is not None:
            k, c, s, lg = slots[hit]
            slots[hit] = (k, c + 1.0, s + obs.suspicious, lg | bit)
        else:
            # Space-saving: the new template takes the smallest slot and inherits its count.
            victim = min(range(N_SLOTS), key=lambda i: slots[i][1])
            slots[victim] = (obs.template, slots[victim][1] + 1.0, float(obs.suspicious), bit)
    ALL_SLOTS.pack_into(buf, SLOTS_AT, *(value for sl in slots for value in sl))


def _window(buf: bytearray, head: int, now: float) -> tuple[Window, Window]:
    hour = int(now // HOUR)
    buckets = ALL_BUCKETS.unpack_from(buf, BUCKETS_AT)
    # Buckets inside both the ring (head - 24 .. head) and the 24 h window (hour - 24 .. hour).
    lo, hi = max(head, hour) - N_BUCKETS + 1, min(head, hour)
    if hi - lo + 1 == N_BUCKETS:
        rows = buckets  # the usual case (head == hour): every bucket counts
    else:
        rows = tuple(v for h in range(lo, hi + 1) for v in _bucket(buckets, h))
    # Counts are integers below 2**53: their float sums do not depend on the order.
    day = [float(sum(rows[k::6])) for k in range(5)]
    day_langs = 0
    for langs in rows[5::6]:
        day_langs |= langs
    current: tuple[int, ...] = (0, 0, 0, 0, 0, 0)
    previous = current
    if lo <= hour <= hi:
        current = _bucket(buckets, hour)
    if lo <= hour - 1 <= hi:
        previous = _bucket(buckets, hour - 1)
    weight = 1.0 - (now - hour * HOUR) / HOUR
    one = [float(c) + float(p) * weight for c, p in zip(current[:5], previous[:5], strict=True)]
    return _make_window(one, current[5] | previous[5]), _make_window(day, day_langs)


def _bucket(buckets: tuple[int, ...], hour: int) -> tuple[int, ...]:
    at = (hour % N_BUCKETS) * 6
    return buckets[at : at + 6]


def _make_window(counts: list[float], langs: int) -> Window:
    events, extraction, leak, benchmark, harvest = counts
    return Window(events, extraction, leak, benchmark, harvest, langs.bit_count())


def total_events(buf: bytearray) -> int:
    """Events the account record has seen (the header counter, capped at 2**32 - 1)."""
    return int(HEADER.unpack_from(buf, 0)[6])


def stats(buf: bytearray, now: float) -> AccountStats:
    _v, flags, _pad, head, first, last, total, g_mean, g_sq, t_total, n_gaps = HEADER.unpack_from(buf, 0)
    hour_w, day_w = _window(buf, head, now)
    cv: float | None = None
    if n_gaps >= 10 and g_mean > 0:
        cv = math.sqrt(max(0.0, g_sq - g_mean * g_mean)) / g_mean
    decay = 0.5 ** (max(0.0, now - last) / SLOT_HALF_LIFE)
    slots = []
    flat = ALL_SLOTS.unpack_from(buf, SLOTS_AT)
    for i in range(0, 4 * N_SLOTS, 4):
        key, count, suspicious, langs = flat[i : i + 4]
        if count > 0:
            slots.append(TemplateSlot(key, count * decay, suspicious * decay, langs))
    slots.sort(key=lambda s: -s.count)
    return AccountStats(total, float(first), last, hour_w, day_w, cv, tuple(slots), t_total * decay, flags)


def set_flag(buf: bytearray, flag: int) -> None:
    buf[1] |= flag


def episode_start(buf: bytearray, kind: str, now: float, event_key: int, cooldown_s: float) -> bool:
    """Does an alert-level finding of ``kind`` at ``now`` open a new alert episode?

    Yes when no episode of that kind was opened within ``cooldown_s`` of event time before, or
    when this is the very event that opened the current one (``event_key``: a replayed batch).
    Opening an episode records ``now`` and ``event_key`` in the kind's slot.
    """
    if kind not in EPISODE_KINDS:
        return True
    at = EPISODES_AT + EPISODE_KINDS.index(kind) * EPISODE.size
    started, key = EPISODE.unpack_from(buf, at)
    if started and key == event_key & 0xFFFFFFFF:
        return True
    if started and now - started < cooldown_s:
        return False
    EPISODE.pack_into(buf, at, max(1, int(now)) & 0xFFFFFFFF, event_key & 0xFFFFFFFF)
    return True


def encode(buf: bytearray) -> str:
    return base64.b64encode(bytes(buf)).decode("ascii")


def decode(text: str) -> bytearray:
    raw = base64.b64decode(text, validate=True)
    if len(raw) == V1_BYTES and raw[0] == 1:  # before the episode slots: they start empty
        buf = bytearray(raw) + bytearray(RECORD_BYTES - V1_BYTES)
        buf[0] = VERSION
        return buf
    if len(raw) != RECORD_BYTES or raw[0] != VERSION:
        raise ValueError(f"not a version-{VERSION} account record of {RECORD_BYTES} bytes")
    return bytearray(raw)
