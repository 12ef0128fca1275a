"""Reasoning-blob replay: a request carries a reasoning handle minted for someone else.

Runs first among the campaign detectors so the account detector can count its findings. Every
response's ``reasoning_handles`` are minted into a bounded :class:`HandleTable`; every handle in
the request's messages is looked up. Scores (documented in docs/campaigns.md):

* minted for another account: 0.90 (0.95 when also another model) - the Panfilov/Green attack;
* minted for this account by another model: 0.62 (the cheap-model decoder path; benign routers
  that switch model mid-conversation also do this, hence "medium", not "high");
* never minted, table warm: 0.40 for the first such handle of an account, rising to 0.70 once
  the account presented ``UNKNOWN_ALERT_COUNT`` unknown handles within a day;
* never minted, table cold: no finding (a note only);
* same account and model (other session or same): benign (retries, forks, agent loops).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, ClassVar

from monitor.accounts.handle_exchange import HandleExchange
from monitor.accounts.handles import (
    PROVENANCE_SCORES,
    UNKNOWN_ALERT_COUNT,
    UNKNOWN_WINDOW,
    HandleTable,
    Provenance,
    account_hash,
    small_hash,
)
from monitor.detectors.base import Detector, ScanContext, make_finding
from monitor.detectors.campaign_episodes import EpisodePolicy, label_account_episode
from monitor.events import Event, Evidence, Finding, Task

_SCORES = PROVENANCE_SCORES
_ORDER: tuple[Provenance, ...] = (
    "other_account",
    "other_model",
    "unknown",
    "unknown_cold",
    "other_session",
    "own",
)


class BlobReplayDetector:
    name: ClassVar[str] = "campaign_blob_replay"
    task: ClassVar[Task] = "campaign"
    stateful: ClassVar[bool] = True

    def __init__(
        self,
        max_handles: int,
        ttl_seconds: float,
        warmup_seconds: float,
        max_accounts: int,
        episodes: EpisodePolicy | None = None,
    ) -> None:
        self.handles = HandleTable(max_handles, ttl_seconds, warmup_seconds)
        self.max_accounts = max_accounts
        self.episodes = episodes or EpisodePolicy()
        self._unknown: OrderedDict[int, tuple[int, float]] = OrderedDict()  # acct hash -> (count, since)
        self.exchange: HandleExchange | None = None

    def use_exchange(self, exchange: HandleExchange) -> None:
        """Kafka mode: mints are published, and a handle this instance cannot place is judged by
        the owner of its handles partition (alert + verdict amendment; docs/campaigns.md)."""
        self.exchange = exchange

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        now = event.epoch_seconds
        seen: dict[Provenance, int] = {}
        other_model_too = False
        deferred = 0
        for message in event.request.messages:
            for handle in message.reasoning_handles:
                prov = self.handles.provenance(handle, event.account_id, event.model, event.session_id, now)
                if self.exchange is not None and prov in ("unknown", "unknown_cold"):
                    self.exchange.present(handle, event, ctx.findings)
                    deferred += 1
                    continue
                seen[prov] = seen.get(prov, 0) + 1
                if prov == "other_account":
                    other_model_too |= self._minted_by_other_model(handle, event.model)
        if event.response is not None:
            for handle in event.response.reasoning_handles:
                self.handles.mint(handle, event.account_id, event.model, event.session_id, now)
                if self.exchange is not None:
                    self.exchange.mint(handle, event)
        if deferred:
            ctx.notes.append("reasoning handle not minted here: its provenance is judged by its owner")
        if not seen:
            return None
        worst = next(p for p in _ORDER if p in seen)
        if worst == "unknown_cold":
            ctx.notes.append("reasoning handle never minted, provenance table still warming up")
            return None
        if worst not in _SCORES:
            return None
        score = _SCORES[worst]
        if worst == "other_account" and other_model_too:
            score = 0.95
        unknown_count = self._count_unknown(event.account_id, now, seen.get("unknown", 0))
        if worst == "unknown" and unknown_count >= UNKNOWN_ALERT_COUNT:
            score = 0.70
        ctx.cache["campaign.blob_replay"] = worst in ("other_account", "other_model")
        episode = label_account_episode(event, ctx, "blob_replay", score, self.episodes)
        return make_finding(
            self.name,
            "campaign",
            score,
            f"request replays a reasoning handle with provenance {worst.replace('_', ' ')}",
            Evidence(
                rules=[f"campaign.blob_replay.{worst}"],
                figures={
                    "handles_other_account": float(seen.get("other_account", 0)),
                    "handles_other_model": float(seen.get("other_model", 0)),
                    "handles_unknown": float(seen.get("unknown", 0)),
                    "unknown_handles_account_24h": float(unknown_count),
                    "provenance_table_size": float(len(self.handles)),
                },
                labels={"kind": "blob_replay", "provenance": worst, **episode},
            ),
        )

    def _minted_by_other_model(self, handle: str, model: str) -> bool:
        mint = self.handles.lookup(handle)
        return mint is not None and mint.model != small_hash(model)

    def _count_unknown(self, account_id: str, now: float, new: int) -> int:
        key = account_hash(account_id)
        count, since = self._unknown.get(key, (0, now))
        if now - since > UNKNOWN_WINDOW:
            count, since = 0, now
        if new == 0:
            return count
        self._unknown[key] = (count + new, since)
        self._unknown.move_to_end(key)
        while len(self._unknown) > self.max_accounts:
            self._unknown.popitem(last=False)
        return count + new


def _factory(settings: Any) -> BlobReplayDetector:
    return BlobReplayDetector(
        settings.campaign_max_handles,
        settings.state_ttl_seconds,
        settings.campaign_handle_warmup_seconds,
        max(1000, settings.state_max_accounts // 10),
        EpisodePolicy.from_settings(settings),
    )


DETECTORS: tuple[tuple[str, Callable[[Any], Detector]], ...] = ((BlobReplayDetector.name, _factory),)
