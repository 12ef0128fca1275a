"""deploy/alertmanager/alertmanager.yml in a real Alertmanager: severity routing, and inhibition of
the lower severity by the higher one for the same alertname and account (but not across accounts)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from prometheus_stack import Alertmanager, WebhookReceiver, wait_until, webhook_alertmanager_config

pytestmark = pytest.mark.integration


def alert(name: str, severity: str, **labels: str) -> dict[str, Any]:
    now = datetime.now(UTC)
    return {
        "labels": {"alertname": name, "severity": severity, "service": "rtmon", **labels},
        "annotations": {"summary": f"{name} {severity}"},
        "startsAt": now.isoformat(),
        "endsAt": (now + timedelta(minutes=10)).isoformat(),
    }


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[tuple[Alertmanager, WebhookReceiver]]:
    receiver = WebhookReceiver()
    manager = Alertmanager(tmp_path / "am", webhook_alertmanager_config(receiver.url))
    yield manager, receiver
    manager.stop()
    receiver.stop()


def test_routing_and_inhibition(stack: tuple[Alertmanager, WebhookReceiver]) -> None:
    manager, receiver = stack
    # The critical source must exist before the targets are evaluated for inhibition.
    manager.post_alerts([alert("RtmonLeakDetected", "critical", account="acct-1")])
    wait_until(lambda: len(manager.alerts()) == 1, 10, "the critical alert to be active")
    manager.post_alerts(
        [
            alert("RtmonLeakDetected", "warning", account="acct-1"),  # inhibited: same name and account
            alert("RtmonLeakDetected", "warning", account="acct-2"),  # another account: delivered
            alert("RtmonDeadLetterRate", "warning"),  # another alert: delivered
        ]
    )

    def delivered() -> set[tuple[str, str, str, str]]:
        return {
            (path, a["labels"]["alertname"], a["labels"]["severity"], a["labels"].get("account", ""))
            for path, a in receiver.alerts()
        }

    expected = {
        ("/pager", "RtmonLeakDetected", "critical", "acct-1"),
        ("/chat", "RtmonLeakDetected", "warning", "acct-2"),
        ("/chat", "RtmonDeadLetterRate", "warning", ""),
    }
    wait_until(lambda: expected <= delivered(), 30, f"notifications {expected}")
    assert ("/chat", "RtmonLeakDetected", "warning", "acct-1") not in delivered()
    states = {
        (a["labels"]["alertname"], a["labels"]["severity"], a["labels"].get("account", "")): a["status"]
        for a in manager.alerts()
    }
    assert states[("RtmonLeakDetected", "warning", "acct-1")]["inhibitedBy"]
    assert not states[("RtmonLeakDetected", "warning", "acct-2")]["inhibitedBy"]
