"""Account-level detection scaled out over Kafka, as real ``rtmon run`` processes on a real broker.

Two instances in one group over a 4-partition events topic: a REP campaign spread over many
accounts (``rep_spread`` of the campaign simulator), whose accounts land on every partition, is
found as **one** cross-account cluster through the repartition topic; later events of that
template carry the finding in their verdicts on both instances. Then one instance stops (its
partitions move: rebalance) and later the other one is replaced by a fresh process (restart):
the new owners restore the changelog and the repartition window, keep detecting, and neither the
cluster alert nor the per-account campaign alerts are raised again within the cooldown.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from kafka import KafkaAdminClient
from kafka.admin import ConfigResource, ConfigResourceType
from kafka_broker import KafkaBroker
from kafka_helpers import RtmonProcess, TopicReader, create_topic, produce, wait_until

from monitor.accounts.changelog import partition_of
from monitor.corpus.campaigns import SimConfig, simulate

pytestmark = pytest.mark.integration

Factory = Callable[..., RtmonProcess]
PARTITIONS = 4
CAMPAIGN_DETECTORS = "campaign_blob_replay,campaign_windows,campaign_clusters"


def _traffic() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(rep_spread events, a little benign background), both in event-time order."""
    events, truth = simulate(SimConfig(seed=11, background_accounts=30, hours=24, scale=0.4))
    rep = [e for e in events if truth.event_campaign.get(e["event_id"]) == "rep_spread"]
    background = [e for e in events if e["account_id"].startswith("user-")][:80]
    return rep, background


def _send(broker: KafkaBroker, topic: str, events: list[dict[str, Any]]) -> None:
    produce(broker.bootstrap, topic, [(e["account_id"].encode(), json.dumps(e).encode()) for e in events])


def _cluster_findings(verdict: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in verdict["findings"] if f["evidence"]["labels"].get("kind") == "cross_account_cluster"]


def _topic_config(bootstrap: str, topic: str) -> dict[str, str]:
    """The topic's non-default configs (kafka-python 3: {type: {name: {key: {"value": ...}}}})."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        described = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)])
    finally:
        admin.close()
    configs = next(iter(described.values()))[topic]
    return {key: str(data["value"] if isinstance(data, dict) else data) for key, data in configs.items()}


def _partitions(bootstrap: str, topic: str) -> int:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        return len(admin.describe_topics([topic])[0]["partitions"])
    finally:
        admin.close()


def test_cross_account_cluster_over_two_instances_survives_rebalance_and_restart(
    kafka_broker: KafkaBroker, rtmon: Factory, names: dict[str, str]
) -> None:
    bootstrap = kafka_broker.bootstrap
    changelog, repartition = f"{names['prefix']}.changelog", f"{names['prefix']}.repartition"
    create_topic(bootstrap, names["events"], PARTITIONS)
    env = {
        "RTMON_DETECTORS": CAMPAIGN_DETECTORS,
        "RTMON_STATE_CHANGELOG": "true",
        "RTMON_CAMPAIGN_REPARTITION": "true",
        "RTMON_CHANGELOG_TOPIC": changelog,
        "RTMON_REPARTITION_TOPIC": repartition,
        "RTMON_TOPIC_PARTITIONS": "1",  # the state topics must follow the events topic (4), not this
        "RTMON_CAMPAIGN_ALERT_COOLDOWN_SECONDS": "1000000",
    }
    a = rtmon("a", bootstrap, create_topics=True, env=env).start()
    b = rtmon("b", bootstrap, create_topics=True, env=env).start()
    a.wait_ready(90)
    b.wait_ready(90)
    wait_until(
        lambda: a.metric("rtmon_assigned_partitions") == b.metric("rtmon_assigned_partitions") == 2, 60, "2+2"
    )
    assert _partitions(bootstrap, changelog) == _partitions(bootstrap, repartition) == PARTITIONS
    assert _topic_config(bootstrap, changelog).get("cleanup.policy") == "compact"
    assert _topic_config(bootstrap, repartition).get("retention.ms") == str(2 * 48 * 3600 * 1000)

    rep, background = _traffic()
    # Phase 1 puts the first 16 campaign events on 4 accounts, one per partition: each instance
    # sees only 2 of them, so only the aggregate of both (>= 3 accounts) makes the cluster.
    one_per_partition = {partition_of(e["account_id"], PARTITIONS): e["account_id"] for e in rep}
    assert sorted(one_per_partition) == list(range(PARTITIONS))
    four = [one_per_partition[p] for p in range(PARTITIONS)]
    rep = [{**e, "account_id": four[i % 4]} if i < 16 else e for i, e in enumerate(rep)]
    phases = [rep[:16], rep[16:70], rep[70:95], rep[95:]]
    alerts = TopicReader(bootstrap, names["alerts"])
    verdicts = TopicReader(bootstrap, names["verdicts"])

    def cluster_alerts() -> list[dict[str, Any]]:
        return [
            json.loads(m.value)
            for m in alerts.messages
            if json.loads(m.value).get("kind") == "cross_account_cluster"
        ]

    def verdicts_of(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        ids = {e["event_id"] for e in events}
        got = verdicts.read_until(lambda ms: ids <= {json.loads(m.value)["event_id"] for m in ms}, 60)
        return [v for v in (json.loads(m.value) for m in got) if v["event_id"] in ids]

    # Phase 1: the campaign starts; its accounts are spread over the 4 partitions and 2 instances.
    _send(kafka_broker, names["events"], background[:40] + phases[0])
    alerts.read_until(lambda _m: bool(cluster_alerts()), 60)
    [cluster] = cluster_alerts()
    # The owner alerts once it has seen 3 accounts; the 4th may arrive after, from either instance.
    assert cluster["cluster"]["accounts"] >= 3 and set(cluster["accounts"]) <= set(four)
    assert cluster["event_id"] in {e["event_id"] for e in phases[0]}
    assert message_key(alerts, cluster["cluster_id"]) == cluster["cluster_id"].encode()
    assert "Example 1" not in json.dumps(cluster) and "reasoning_trace" not in json.dumps(cluster)
    named_partitions = {partition_of(acc, PARTITIONS) for acc in cluster["accounts"]}
    # each instance owns 2 of the 4 partitions: 3 partitions are partitions of both instances
    assert len(named_partitions) >= 3, "one cluster spanning partitions of both instances"
    # The owner counts the alert right after its flush: the alert can be read a moment before.
    wait_until(
        lambda: (
            sum(
                p.metric("rtmon_campaign_findings_total", 'kind="cross_account_cluster"') or 0 for p in (a, b)
            )
            >= 1
        ),
        10,
        "cluster finding counted",
    )

    # The triggering event's verdict was published before the owner decided: it is amended.
    def amendments() -> list[dict[str, Any]]:
        return [
            v
            for v in (json.loads(m.value) for m in verdicts.messages)
            if v["event_id"] == cluster["event_id"] and v.get("revision") == 1
        ]

    verdicts.read_until(lambda _m: bool(amendments()), 30)
    [amended] = amendments()
    assert amended["account_id"] == cluster["account_id"] and amended["scores"]["campaign"] >= 0.6
    assert _cluster_findings(amended)[0]["evidence"]["labels"]["cluster_id"] == cluster["cluster_id"]

    for proc in (a, b):  # the broadcast reached both instances
        wait_until(
            lambda p=proc: any(x.get("event") == "cluster_learned" for x in p.log_lines()), 30, "learned"
        )

    # Phase 2: later events of that template carry the finding, on both instances.
    _send(kafka_broker, names["events"], phases[1])
    later = verdicts_of(phases[1])
    flagged = [v for v in later if v["scores"]["campaign"] >= 0.6 and _cluster_findings(v)]
    assert len(flagged) == len(phases[1])
    assert {_cluster_findings(v)[0]["evidence"]["labels"]["cluster_id"] for v in flagged} == {
        cluster["cluster_id"]
    }
    assert len({partition_of(v["account_id"], PARTITIONS) for v in flagged}) >= 3

    # Rebalance: A leaves, B owns all 4 partitions and restores A's accounts and fingerprints.
    assert a.terminate(30) == 0
    wait_until(lambda: b.metric("rtmon_assigned_partitions") == PARTITIONS, 60, "B owns everything")
    _send(kafka_broker, names["events"], phases[2])
    assert all(_cluster_findings(v) for v in verdicts_of(phases[2]))
    assert any(line.get("event") == "repartition_restored" and line["records"] > 0 for line in b.log_lines())

    # Restart: B is replaced by a fresh process that restores everything.
    assert b.terminate(30) == 0
    c = rtmon("c", bootstrap, env=env).start()
    c.wait_ready(90)
    _send(kafka_broker, names["events"], background[40:] + phases[3])
    assert all(_cluster_findings(v) for v in verdicts_of(phases[3]))
    everyone = {e["account_id"] for e in rep + background}
    wait_until(lambda: c.metric("rtmon_tracked_accounts") == len(everyone), 30, "every account tracked by C")

    alerts.read_for(3)
    assert len(cluster_alerts()) == 1, "the cluster alert is not repeated within the cooldown"
    per_account = Counter(
        body["account_id"]
        for body in (json.loads(m.value) for m in alerts.messages)
        if body.get("kind") is None
        and any(f["evidence"]["labels"].get("kind") == "cross_account_cluster" for f in body["findings"])
    )
    assert per_account and max(per_account.values()) == 1, "one campaign alert per account and kind"
    print(
        f"cluster {cluster['cluster_id']}: {cluster['cluster']['accounts']} accounts on "
        f"{len(named_partitions)} partitions (of the 10 named); per-account alerts {len(per_account)}; "
        f"campaign events {len(rep)}"
    )
    alerts.close()
    verdicts.close()
    assert c.terminate(30) == 0


def message_key(reader: TopicReader, cluster_id: str) -> bytes | None:
    for m in reader.messages:
        if json.loads(m.value).get("cluster_id") == cluster_id:
            return bytes(m.key)
    return None
