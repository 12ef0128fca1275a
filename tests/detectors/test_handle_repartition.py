"""Blob provenance over several instances, without a broker: the handles-topic records, the owner's
join (out-of-order mint/present, waiting bound, same-account benign, cross-model, de-dup on
re-send, restore), the detector in Kafka mode, and the Kafka side with in-memory stand-ins (the
real broker is in tests/integration/test_campaign_scaleout.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from campaign_support import make_event
from prometheus_client import CollectorRegistry
from test_campaign_repartition import FakeConsumer, FakeProducer

from monitor.accounts.changelog import partition_of
from monitor.accounts.handle_exchange import (
    HandleExchange,
    HandleOwner,
    Judged,
    MintRecord,
    Presentation,
    decode,
    encode,
    handle_hex,
)
from monitor.accounts.handle_kafka import HandleRepartition
from monitor.accounts.handles import account_hash, handle_key, small_hash
from monitor.config import Settings
from monitor.detectors.base import ScanContext
from monitor.detectors.campaign_blobs import BlobReplayDetector
from monitor.metrics import Metrics
from monitor.sinks import PublishError
from monitor.sources import Partition
from monitor.state import InMemoryStateStore

H = handle_key("sha256:blob-1")
HOUR = 3600.0


def mint(account: str = "acct-a", model: str = "big", t: float = 100.0, handle: int = H) -> MintRecord:
    return MintRecord(handle, account_hash(account), small_hash(model), small_hash("s1"), t)


def present(
    account: str = "acct-b", model: str = "big", t: float = 200.0, event: str = "ev-1", handle: int = H
) -> Presentation:
    return Presentation(handle, account, small_hash(model), model, small_hash("s2"), event, t, 0.3, 0.0)


def owner(pending_s: float = 60.0, warmup_s: float = 0.0, cooldown_s: float = 6 * HOUR) -> HandleOwner:
    return HandleOwner(1000, 48 * HOUR, warmup_s, pending_s, cooldown_s, 0.60, 1000)


def test_records_round_trip_and_carry_no_text() -> None:
    key = handle_hex(H).encode()
    judged = Judged(H, "acct-b", "ev-1", 200.0, "other_account", True)
    for record in (mint(), present(), judged):
        raw = encode(record)
        assert decode(key, raw) == record
        assert b"blob-1" not in raw and b"sha256" not in raw
    for bad_key, bad in ((key, b"{"), (key, b'{"v": 9}'), (None, b"{}"), (b"zz", encode(mint()))):
        with pytest.raises(ValueError):
            decode(bad_key, bad)


def test_present_before_its_mint_waits_and_is_decided_when_the_mint_arrives() -> None:
    o = owner()
    assert o.present(present(), arrived=0.0) == [] and o.pending == 1
    [d] = o.mint(mint())
    assert d.provenance == "other_account" and d.score == 0.90 and d.episode_start
    assert d.minted_by == account_hash("acct-a") and o.pending == 0


def test_mint_first_then_present_decides_at_once_and_other_model_too_scores_095() -> None:
    o = owner()
    assert o.mint(mint(model="big")) == []
    [d] = o.present(present(model="small"), arrived=0.0)
    assert d.provenance == "other_account" and d.score == 0.95


def test_a_present_whose_mint_never_comes_is_unknown_after_the_wait() -> None:
    o = owner(pending_s=60.0)
    o.mint(mint(handle=handle_key("other")))  # the table is warm (no warm-up here)
    assert o.present(present(), arrived=10.0) == []
    assert o.expire(now=69.0) == []
    [d] = o.expire(now=70.0)
    assert d.provenance == "unknown" and d.score == 0.40 and not d.episode_start
    cold = owner(pending_s=60.0, warmup_s=6 * HOUR)
    cold.mint(mint(handle=handle_key("other")))
    cold.present(present(), arrived=10.0)
    assert cold.expire(now=70.0) == [] and cold.pending == 0  # cold table: nothing to say


def test_same_account_replay_is_benign_and_same_account_other_model_scores_062() -> None:
    o = owner()
    o.mint(mint(account="acct-a", model="big"))
    assert o.present(present(account="acct-a", model="big"), arrived=0.0) == []  # other session only
    [d] = o.present(present(account="acct-a", model="small", event="ev-2"), arrived=0.0)
    assert d.provenance == "other_model" and d.score == 0.62 and d.episode_start


def test_a_resent_present_is_decided_once_and_an_account_alerts_once_per_cooldown() -> None:
    o = owner(cooldown_s=HOUR)
    o.mint(mint())
    [first] = o.present(present(event="ev-1", t=200.0), arrived=0.0)
    assert o.present(present(event="ev-1", t=200.0), arrived=1.0) == []  # at-least-once re-send
    [second] = o.present(present(event="ev-2", t=300.0), arrived=2.0)
    [later] = o.present(present(event="ev-3", t=200.0 + HOUR), arrived=3.0)
    assert first.episode_start and not second.episode_start and later.episode_start


def test_pending_presentations_are_bounded() -> None:
    o = HandleOwner(1000, 48 * HOUR, 0.0, 60.0, HOUR, 0.60, 1000)
    o.mint(mint(handle=handle_key("warm")))
    decided = []
    for i in range(o.max_pending + 5):
        decided += o.present(present(event=f"ev-{i}", handle=handle_key(f"h{i}")), arrived=0.0)
    assert o.pending == o.max_pending and o.dropped_pending == 5 and len(decided) == 5


def test_restored_judged_records_prevent_a_second_decision_and_keep_the_episode() -> None:
    o = owner()
    o.restore_judged(Judged(H, "acct-b", "ev-1", 200.0, "other_account", True))
    o.mint(mint())
    assert o.present(present(event="ev-1"), arrived=0.0) == []
    [d] = o.present(present(event="ev-2", t=300.0), arrived=0.0)
    assert not d.episode_start  # the restored episode is still open


# -- the detector in Kafka mode -------------------------------------------------------------------
def test_detector_in_kafka_mode_publishes_mints_and_defers_handles_it_cannot_place() -> None:
    detector = BlobReplayDetector(1000, 48 * HOUR, 0.0, 1000)
    ex = HandleExchange()
    detector.use_exchange(ex)
    state = InMemoryStateStore()
    minting = make_event(1, "acct-a", 0.0, "solve it", minted=["sha256:x"])
    assert detector.detect(minting, ScanContext(state=state)) is None
    [m] = ex.outbox
    assert isinstance(m, MintRecord) and m.handle == handle_key("sha256:x")
    # Placed here (same instance): decided synchronously, as in one process; nothing published.
    local = detector.detect(
        make_event(2, "acct-b", 10.0, "go on", replayed=["sha256:x"]), ScanContext(state=state)
    )
    assert local is not None and local.score == 0.90 and len(ex.outbox) == 1
    # Not placed here: no local "unknown" finding; a presentation for its owner and a note.
    ctx = ScanContext(state=state)
    assert detector.detect(make_event(3, "acct-c", 20.0, "go on", replayed=["sha256:elsewhere"]), ctx) is None
    p = ex.outbox[-1]
    assert isinstance(p, Presentation) and p.event_id == "e3" and p.account_id == "acct-c"
    assert any("judged by its owner" in n for n in ctx.notes)


# -- the Kafka side with stand-ins ------------------------------------------------------------------
SETTINGS = dict(
    events_topic="ev",
    handles_topic="hd",
    alerts_topic="al",
    verdicts_topic="vd",
    campaign_handle_warmup_seconds=0.0,
    campaign_handle_pending_seconds=30.0,
)


def side(producer: FakeProducer, partitions: list[int], clock: list[float]) -> HandleRepartition:
    settings = Settings(**SETTINGS)  # type: ignore[arg-type]
    s = HandleRepartition(
        settings,
        HandleExchange(),
        Metrics(CollectorRegistry()),
        producer_factory=lambda: producer,
        consumer_factory=lambda: FakeConsumer(producer, "hd", 4),
        clock=lambda: clock[0],
    )
    s.on_assigned([Partition("ev", p) for p in partitions])
    return s


def sent(producer: FakeProducer, topic: str) -> list[dict[str, Any]]:
    return [json.loads(v) for t, _k, v, _p in producer.sent if t == topic]


def test_mint_on_one_instance_replay_on_another_alerts_amends_once_and_survives_a_move() -> None:
    producer, clock = FakeProducer(), [0.0]
    home = partition_of(handle_hex(H), 4)
    owner_side = side(producer, [home], clock)
    other = side(producer, [p for p in range(4) if p != home], clock)

    # The replay is published first (its instance is ahead): the owner waits for the mint.
    other.exchange.outbox.append(present(event="ev-9"))
    other.before_flush([])
    owner_side.idle()
    assert owner_side.owner.pending == 1 and not sent(producer, "al")
    other.exchange.outbox.append(mint())
    other.before_flush([])
    owner_side.idle()
    [alert] = sent(producer, "al")
    assert alert["kind"] == "blob_replay" and alert["scores"]["campaign"] >= 0.90
    assert alert["account_id"] == "acct-b" and alert["minted_account_hash"] == handle_hex(
        account_hash("acct-a")
    )
    [amended] = sent(producer, "vd")
    assert amended["event_id"] == "ev-9" and amended["revision"] == 1 and amended["severity"] == "high"
    assert amended["findings"][0]["evidence"]["labels"]["provenance"] == "other_account"
    assert owner_side.metrics.campaign_findings.labels(kind="blob_replay")._value.get() == 1

    # At-least-once: the presenting batch is sent again; no second alert or amendment.
    other.exchange.outbox.append(present(event="ev-9"))
    other.before_flush([])
    owner_side.idle()
    assert len(sent(producer, "al")) == 1 and len(sent(producer, "vd")) == 1

    # The partition moves to a fresh instance: it restores mints and decisions, and stays quiet.
    owner_side.on_revoked([Partition("ev", home)])
    fresh = side(producer, [home], clock)
    fresh.idle()
    assert fresh.restored >= 4 and len(fresh.owner.table) == 1
    assert len(sent(producer, "al")) == 1 and len(sent(producer, "vd")) == 1
    other.exchange.outbox.append(present(event="ev-10", t=400.0))
    other.before_flush([])
    fresh.idle()
    assert len(sent(producer, "al")) == 1, "same account within the cooldown: no new alert"
    assert len(sent(producer, "vd")) == 2, "but its verdict is amended"


def test_owner_decides_unknown_after_the_wait_and_a_failed_publish_is_retried() -> None:
    producer, clock = FakeProducer(), [0.0]
    s = side(producer, [0, 1, 2, 3], clock)
    s.exchange.outbox += [mint(handle=handle_key("warm")), present()]
    s.before_flush([])
    assert not sent(producer, "vd")
    clock[0] = 31.0
    producer.fail = True
    with pytest.raises(PublishError):
        s.idle()
    producer.fail = False
    s.idle()
    unknown = [
        v for v in sent(producer, "vd") if v["findings"][0]["evidence"]["labels"]["provenance"] == "unknown"
    ]
    assert unknown and unknown[-1]["scores"]["campaign"] == 0.40 and not sent(producer, "al")


def test_cluster_owner_amends_the_verdict_of_the_event_that_completed_the_cluster() -> None:
    from test_campaign_repartition import kafka_side, obs

    producer = FakeProducer()
    settings = Settings(events_topic="ev", repartition_topic="rp", alerts_topic="al", verdicts_topic="vd")
    owner_side, ex, metrics = kafka_side(producer, settings)
    owner_side.on_assigned([Partition("ev", p) for p in range(4)])
    ex.outbox = [obs(f"acct-{i % 4}", 100.0 + i, event=f"e{i}") for i in range(12)]
    owner_side.before_flush([])
    [alert] = sent(producer, "al")
    [amended] = sent(producer, "vd")
    assert amended["event_id"] == alert["event_id"] and amended["account_id"] == alert["account_id"]
    assert amended["revision"] == 1 and amended["scores"]["campaign"] == alert["scores"]["campaign"]
    assert amended["findings"][0]["evidence"]["labels"]["kind"] == "cross_account_cluster"
    assert metrics.verdict_amendments.labels(kind="cross_account_cluster")._value.get() == 1
