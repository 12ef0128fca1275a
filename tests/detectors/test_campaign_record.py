from __future__ import annotations

import pytest

from monitor.accounts import record as rec
from monitor.accounts.handles import HandleTable

HOUR = 3600.0


def test_record_is_fixed_size_and_round_trips() -> None:
    buf = rec.new_record(1000.0)
    rec.observe(buf, 1000.0, rec.Observation(extraction=True, template=5, language=1))
    assert len(buf) == rec.RECORD_BYTES == 548
    assert rec.decode(rec.encode(buf)) == buf
    with pytest.raises(ValueError):
        rec.decode(rec.encode(bytearray(10)))


def test_version_1_records_decode_with_empty_episode_slots() -> None:
    buf = rec.new_record(1000.0)
    rec.observe(buf, 1000.0, rec.Observation(leak=True, template=9))
    v1 = bytearray(buf[: rec.V1_BYTES])
    v1[0] = 1
    restored = rec.decode(rec.encode(v1))
    assert restored[1 : rec.V1_BYTES] == buf[1 : rec.V1_BYTES] and len(restored) == rec.RECORD_BYTES
    assert rec.episode_start(restored, "rep_harvest", 2000.0, 1, 3600.0)


def test_episodes_open_once_per_cooldown_and_reopen_for_a_replayed_event() -> None:
    buf = rec.new_record(0.0)
    assert rec.episode_start(buf, "rep_harvest", 100.0, 11, 3600.0)
    assert not rec.episode_start(buf, "rep_harvest", 200.0, 12, 3600.0)
    assert rec.episode_start(buf, "rep_harvest", 100.0, 11, 3600.0)  # the batch was replayed
    assert rec.episode_start(buf, "benchmark_sweep", 200.0, 12, 3600.0)  # kinds are independent
    assert not rec.episode_start(buf, "rep_harvest", 3699.0, 13, 3600.0)
    assert rec.episode_start(buf, "rep_harvest", 3700.0, 14, 3600.0)  # cooldown over: a reminder
    assert rec.decode(rec.encode(buf)) == buf


def test_windows_count_and_slide() -> None:
    t0 = 100 * HOUR
    buf = rec.new_record(t0)
    for i in range(10):
        rec.observe(buf, t0 + i * 60, rec.Observation(extraction=i < 4, benchmark=True, language=1))
    s = rec.stats(buf, t0 + 600)
    assert s.day.events == 10 and s.day.extraction == 4 and s.day.benchmark == 10
    assert s.hour.events == 10 and s.day.languages == 1
    later = t0 + 30 * HOUR  # everything has left both windows
    rec.observe(buf, later, rec.Observation())
    s = rec.stats(buf, later)
    assert s.day.events == 1 and s.hour.events == 1 and s.total == 11


def test_one_hour_window_weights_the_previous_bucket() -> None:
    t0 = 200 * HOUR
    buf = rec.new_record(t0)
    for i in range(10):
        rec.observe(buf, t0 + i, rec.Observation())
    s = rec.stats(buf, t0 + 1.5 * HOUR)  # half of the previous hour is still inside the window
    assert s.hour.events == pytest.approx(5.0)
    assert s.day.events == 10


def test_inter_arrival_cv_separates_scripted_from_bursty() -> None:
    regular, bursty = rec.new_record(0.0), rec.new_record(0.0)
    t = 0.0
    for i in range(200):
        rec.observe(regular, i * 10.0, rec.Observation())
        t += 1.0 if i % 10 else 900.0
        rec.observe(bursty, t, rec.Observation())
    cv_regular = rec.stats(regular, 2000.0).gap_cv
    cv_bursty = rec.stats(bursty, t).gap_cv
    assert cv_regular is not None and cv_regular < 0.1
    assert cv_bursty is not None and cv_bursty > 1.0


def test_template_slots_track_the_top_template_share() -> None:
    buf = rec.new_record(0.0)
    for i in range(40):
        key = 0xABC if i % 4 else 1000 + i  # 75 % one template, the rest all different
        rec.observe(buf, i * 5.0, rec.Observation(template=key, suspicious=True, language=1 + i % 2))
    s = rec.stats(buf, 200.0)
    assert s.templates[0].key == 0xABC
    assert s.top_share() == pytest.approx(0.75, abs=0.05)
    assert s.templates[0].languages.bit_count() == 2


def test_handle_table_provenance_and_bounds() -> None:
    table = HandleTable(max_handles=3, ttl_seconds=10 * HOUR, warmup_seconds=HOUR)
    table.mint("h1", "alice", "big", "s1", 0.0)
    assert table.provenance("h1", "alice", "big", "s1", 10.0) == "own"
    assert table.provenance("h1", "alice", "big", "s2", 10.0) == "other_session"
    assert table.provenance("h1", "alice", "small", "s1", 10.0) == "other_model"
    assert table.provenance("h1", "bob", "big", "s1", 10.0) == "other_account"
    assert table.provenance("zz", "bob", "big", "s1", 10.0) == "unknown_cold"
    assert table.provenance("zz", "bob", "big", "s1", 2 * HOUR) == "unknown"
    for i in range(5):
        table.mint(f"x{i}", "alice", "big", None, 3 * HOUR)
    assert len(table) == 3
    assert not table.warm(3 * HOUR)  # evicted young handles: unknown is not trusted for a TTL


def test_no_campaign_kind_fires_below_min_account_events() -> None:
    """campaign_windows skips the statistics of accounts with fewer events: guard that bound."""
    import random

    from monitor.accounts.features import PREFIX_KEY_BIT
    from monitor.detectors import campaign_windows as cw

    rng = random.Random(4)
    templates = [PREFIX_KEY_BIT | 77, 77, 0, PREFIX_KEY_BIT | 5]

    def candidates(s: rec.AccountStats) -> list[object]:
        found = [cw.high_volume_extraction(s), cw.rep_harvest(s)]
        found += [cw.templated_coercion(s, r) for r in (True, False)]
        found += [cw.benchmark_sweep(s, r) for r in (True, False)]
        return [c for c in found if c is not None]

    for _ in range(400):
        now = rng.uniform(0, 10 * HOUR)
        buf = rec.new_record(now)
        for _ in range(rng.randint(1, cw.MIN_ACCOUNT_EVENTS - 1)):
            now += rng.choice((0.0, 1.0, 30.0, 2 * HOUR))
            flags = [rng.random() < 0.8 for _ in range(5)]
            obs = rec.Observation(*flags, template=rng.choice(templates), language=rng.randint(0, 15))
            rec.observe(buf, now, obs)
        assert rec.total_events(buf) < cw.MIN_ACCOUNT_EVENTS
        assert candidates(rec.stats(buf, now)) == []
    # The bound is tight: four events both extraction-flagged and leaking are 8 flags.
    buf = rec.new_record(0.0)
    for _ in range(cw.MIN_ACCOUNT_EVENTS):
        rec.observe(buf, 0.0, rec.Observation(extraction=True, leak=True))
    assert [c.kind for c in candidates(rec.stats(buf, 0.0))] == ["high_volume_extraction"]  # type: ignore[attr-defined]
