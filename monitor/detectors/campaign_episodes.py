"""Alert episodes of campaign findings: one alert per account and kind per cooldown.

Once an account is suspected, every later event of it carries the campaign finding (the verdict
must show ``scores.campaign``), but alerting on each of them would page once per request. So a
campaign finding at alert level is labelled ``episode_start="1"`` only when it opens an episode
(no episode of that kind for that account within ``campaign_alert_cooldown_seconds`` of event
time), else ``"0"``; the service raises campaign-only alerts for episode starts only
(:func:`monitor.service.should_alert`). Extraction and leakage alerts are unaffected.

The episode slots live in the account record (:func:`monitor.accounts.record.episode_start`), so
they are checkpointed and restored with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from monitor.accounts import record as rec
from monitor.detectors.base import ScanContext
from monitor.events import Event
from monitor.shingles import stable_hash

KEY_PREFIX = "acct:"
EPISODE_LABEL = "episode_start"


@dataclass(frozen=True, slots=True)
class EpisodePolicy:
    cooldown_s: float = 6 * 3600.0
    alert_score: float = 0.60  # the score of the lowest severity that is alerted

    @classmethod
    def from_settings(cls, settings: Any) -> EpisodePolicy:
        threshold = float(getattr(settings, f"severity_{settings.alert_min_severity}"))
        return cls(float(settings.campaign_alert_cooldown_seconds), threshold)


def event_key(event: Event) -> int:
    return stable_hash("event|" + event.event_id) & 0xFFFFFFFF


def label_episode(
    buf: bytearray, event: Event, kind: str, score: float, policy: EpisodePolicy
) -> dict[str, str]:
    """The episode label of an alert-level finding (empty below the alert score)."""
    if score < policy.alert_score:
        return {}
    started = rec.episode_start(buf, kind, event.epoch_seconds, event_key(event), policy.cooldown_s)
    return {EPISODE_LABEL: "1" if started else "0"}


def label_account_episode(
    event: Event, ctx: ScanContext, kind: str, score: float, policy: EpisodePolicy
) -> dict[str, str]:
    """:func:`label_episode` on the account's record in ``ctx.state`` (created if missing).

    Without a state store every alert-level finding starts an episode (nothing to remember).
    """
    if score < policy.alert_score:
        return {}
    if ctx.state is None:
        return {EPISODE_LABEL: "1"}
    key = KEY_PREFIX + event.account_id
    buf = ctx.state.get(key)
    if not isinstance(buf, bytearray):
        buf = rec.new_record(event.epoch_seconds)
    labels = label_episode(buf, event, kind, score, policy)
    ctx.state.put(key, buf, event.epoch_seconds)
    return labels
