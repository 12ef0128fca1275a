"""Blob provenance across instances, as real ``rtmon run`` processes on a real broker.

Two instances in one group over a 4-partition events topic. Account M (on a partition of
instance A) is served a response that mints a reasoning handle; account R (on a partition of
instance B) replays that handle. B cannot place it, so it sends a ``present`` record to the handles
topic; the owner of the handle's partition (A or B) joins it with the ``mint`` record, alerts
(blob replay, minted for another account: 0.90) and amends R's verdict on the verdicts topic.
M replaying its own handle stays quiet.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from kafka_broker import KafkaBroker
from kafka_helpers import RtmonProcess, TopicReader, create_topic, produce, wait_until

from monitor.accounts.changelog import partition_of
from monitor.accounts.handle_exchange import handle_hex
from monitor.accounts.handles import account_hash

pytestmark = pytest.mark.integration

Factory = Callable[..., RtmonProcess]
PARTITIONS = 4
HANDLE = "sha256:" + "ab12" * 16
T0 = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


def _event(
    n: int, account: str, *, minted: list[str] | None = None, replayed: list[str] | None = None
) -> bytes:
    messages: list[dict[str, Any]] = []
    if replayed:
        messages += [
            {"role": "user", "content": "Earlier question."},
            {"role": "assistant", "content": "Earlier answer.", "reasoning_handles": replayed},
        ]
    messages.append({"role": "user", "content": "Please continue with the next step."})
    event = {
        "event_id": f"blob-{n}",
        "timestamp": (T0 + timedelta(seconds=10 * n)).isoformat(),
        "account_id": account,
        "session_id": f"s-{account}",
        "model": "reasoner-large",
        "request": {"messages": messages},
        "response": {"content": "Here is the next step.", "reasoning_handles": minted or []},
    }
    return json.dumps(event).encode()


def _owned_partitions(proc: RtmonProcess, topic: str) -> set[int]:
    """The events partitions an instance owns, from its ``partitions_changed`` log lines."""
    owned: set[int] = set()
    for line in proc.log_lines():
        if line.get("event") == "partitions_changed":
            owned -= {int(p.rsplit(":", 1)[1]) for p in line["revoked"] if p.startswith(topic + ":")}
            owned |= {int(p.rsplit(":", 1)[1]) for p in line["gained"] if p.startswith(topic + ":")}
    return owned


def _account_on(partitions: set[int], prefix: str) -> str:
    return next(
        f"{prefix}-{i}" for i in range(1000) if partition_of(f"{prefix}-{i}", PARTITIONS) in partitions
    )


def test_handle_minted_on_one_instance_and_replayed_on_another_is_alerted_and_amended(
    kafka_broker: KafkaBroker, rtmon: Factory, names: dict[str, str]
) -> None:
    bootstrap = kafka_broker.bootstrap
    create_topic(bootstrap, names["events"], PARTITIONS)
    env = {
        "RTMON_DETECTORS": "campaign_blob_replay",
        "RTMON_CAMPAIGN_REPARTITION": "true",
        "RTMON_REPARTITION_TOPIC": f"{names['prefix']}.repartition",
        "RTMON_HANDLES_TOPIC": f"{names['prefix']}.handles",
        "RTMON_TOPIC_PARTITIONS": "1",  # the handles topic must follow the events topic (4)
        "RTMON_CAMPAIGN_HANDLE_WARMUP_SECONDS": "0",
    }
    # One after the other: two processes that create the same topics and join the group in the
    # same instant once left the second without partitions for 90 s on a loaded 2-core box
    # (stop-18 CI; not reproduced alone). The test is about provenance across instances.
    a = rtmon("a", bootstrap, create_topics=True, env=env).start()
    a.wait_ready(90)
    b = rtmon("b", bootstrap, create_topics=True, env=env).start()
    b.wait_ready(90)
    wait_until(
        lambda: len(_owned_partitions(a, names["events"])) == len(_owned_partitions(b, names["events"])) == 2,
        60,
        "2+2 partitions",
    )
    minter = _account_on(_owned_partitions(a, names["events"]), "minter")
    replayer = _account_on(_owned_partitions(b, names["events"]), "replayer")
    alerts = TopicReader(bootstrap, names["alerts"])
    verdicts = TopicReader(bootstrap, names["verdicts"])

    produce(bootstrap, names["events"], [(minter.encode(), _event(1, minter, minted=[HANDLE]))])
    verdicts.read_until(lambda ms: any(json.loads(m.value)["event_id"] == "blob-1" for m in ms), 30)
    sent_at = time.monotonic()
    produce(
        bootstrap,
        names["events"],
        [
            (replayer.encode(), _event(2, replayer, replayed=[HANDLE])),
            (minter.encode(), _event(3, minter, replayed=[HANDLE])),  # its own handle: benign
        ],
    )

    def blob_alerts() -> list[dict[str, Any]]:
        return [v for v in (json.loads(m.value) for m in alerts.messages) if v.get("kind") == "blob_replay"]

    alerts.read_until(lambda _m: bool(blob_alerts()), 30)
    alert_latency = time.monotonic() - sent_at
    [alert] = blob_alerts()
    assert alert["event_id"] == "blob-2" and alert["account_id"] == replayer
    assert alert["scores"]["campaign"] >= 0.90 and alert["provenance"] == "other_account"
    assert alert["account_hash"] == handle_hex(account_hash(replayer))
    assert alert["minted_account_hash"] == handle_hex(account_hash(minter))
    assert HANDLE not in json.dumps(alert) and "next step" not in json.dumps(alert)

    def of_event(event_id: str) -> list[dict[str, Any]]:
        return [v for v in (json.loads(m.value) for m in verdicts.messages) if v["event_id"] == event_id]

    verdicts.read_until(lambda _m: len(of_event("blob-2")) == 2 and len(of_event("blob-3")) == 1, 30)
    original, amended = sorted(of_event("blob-2"), key=lambda v: v.get("revision", 0))
    assert original["scores"]["campaign"] == 0.0 and "revision" not in original
    assert any("judged by its owner" in n for n in original["notes"])
    assert amended["revision"] == 1 and amended["account_id"] == replayer
    assert amended["scores"]["campaign"] >= 0.90 and amended["severity"] in ("high", "critical")
    assert amended["findings"][0]["evidence"]["labels"]["kind"] == "blob_replay"
    assert [m.key for m in verdicts.messages if json.loads(m.value)["event_id"] == "blob-2"] == [
        replayer.encode()
    ] * 2, "the amendment has the original verdict's key"
    [own] = of_event("blob-3")
    assert own["scores"]["campaign"] == 0.0 and "revision" not in own

    alerts.read_for(2)
    assert len(blob_alerts()) == 1, "the minter's own replay is not alerted"
    findings = sum(p.metric("rtmon_campaign_findings_total", 'kind="blob_replay"') or 0 for p in (a, b))
    amendments = sum(p.metric("rtmon_verdict_amendments_total", 'kind="blob_replay"') or 0 for p in (a, b))
    assert findings == 1 and amendments == 1
    print(f"replay -> alert on the real broker: {alert_latency:.2f} s")
    alerts.close()
    verdicts.close()
    assert a.terminate(30) == 0 and b.terminate(30) == 0
