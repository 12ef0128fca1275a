"""Account-level state on a real broker: checkpointed to the compacted changelog, restored after a
restart (a new instance with all partitions) and after a rebalance (partitions moving)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from kafka import KafkaAdminClient
from kafka.admin import NewTopic

from monitor.accounts.changelog import KEY_PREFIX, AccountChangelog, TrackingStateStore, partition_of
from monitor.config import Settings
from monitor.detectors import build_detectors
from monitor.events import event_from_obj
from monitor.pipeline import Pipeline
from monitor.sources import Partition
from monitor.state import InMemoryStateStore

pytestmark = pytest.mark.integration
PARTITIONS = 3


def _topics(bootstrap: str, events: str, changelog: str) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics(
            [
                NewTopic(events, PARTITIONS, 1),
                NewTopic(changelog, PARTITIONS, 1, topic_configs={"cleanup.policy": "compact"}),
            ]
        )
        admin.wait_for_topics([events, changelog])
    finally:
        admin.close()


def _instance(settings: Settings) -> tuple[Pipeline, TrackingStateStore, AccountChangelog]:
    store = TrackingStateStore(InMemoryStateStore())
    detectors = build_detectors(["campaign_blob_replay", "campaign_clusters", "campaign_windows"], settings)
    return Pipeline(settings, detectors=detectors, state=store), store, AccountChangelog(settings, store)


def _score_some(pipeline: Pipeline, accounts: int, per_account: int, start: int = 0) -> None:
    t0 = datetime(2026, 11, 27, tzinfo=UTC)
    n = start
    for i in range(per_account):
        for a in range(accounts):
            n += 1
            pipeline.score(
                event_from_obj(
                    {
                        "event_id": f"e{n}",
                        "timestamp": (t0 + timedelta(seconds=n)).isoformat(),
                        "account_id": f"acct-{a}",
                        "model": "m",
                        "request": {
                            "messages": [{"role": "user", "content": f"Question {i}: what is {a} + {i}?"}]
                        },
                    }
                )
            )


def _accounts(store: TrackingStateStore) -> dict[str, bytes]:
    return {k: bytes(v) for k, v in store.items() if k.startswith(KEY_PREFIX)}


def test_state_survives_restart_and_rebalance(kafka_broker, names) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(
        bootstrap_servers=kafka_broker.bootstrap,
        events_topic=names["events"],
        changelog_topic=f"{names['prefix']}.changelog",
    )
    _topics(kafka_broker.bootstrap, settings.events_topic, settings.changelog_topic)
    all_parts = [Partition(settings.events_topic, p) for p in range(PARTITIONS)]

    first, store_a, log_a = _instance(settings)
    _score_some(first, accounts=24, per_account=3)
    log_a.before_flush([])
    _score_some(first, accounts=24, per_account=2, start=1000)  # a second batch overwrites the keys
    log_a.before_flush([])
    assert not store_a.dirty
    before = _accounts(store_a)
    assert len(before) == 24

    # Restart: a fresh instance that owns every partition restores byte-identical records.
    _, store_b, log_b = _instance(settings)
    log_b.on_assigned(all_parts)
    assert _accounts(store_b) == before

    # Rebalance: partition 1 moves from instance A to instance C.
    moved = [Partition(settings.events_topic, 1)]
    log_a.on_revoked(moved)
    _, store_c, log_c = _instance(settings)
    log_c.on_assigned(moved)
    in_c = _accounts(store_c)
    expected = {k: v for k, v in before.items() if partition_of(k[len(KEY_PREFIX) :], PARTITIONS) == 1}
    assert in_c == expected and in_c
    assert set(_accounts(store_a)) == set(before) - set(expected)
    for log in (log_a, log_b, log_c):
        log.close()
