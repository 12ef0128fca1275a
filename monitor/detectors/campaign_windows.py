"""Per-account campaign detection over 1 h / 24 h windows and template heavy hitters.

Runs after the request/response detectors (it reads their findings in ``ctx.findings``) and
after :mod:`campaign_blobs`. One packed record per account lives in ``ctx.state`` under
``acct:<account_id>`` (see :mod:`monitor.accounts.record`). Kinds and rules (constants below,
rationale in docs/campaigns.md):

* ``high_volume_extraction``: >= 8 extraction-flagged or leaking exchanges in 24 h making up
  >= 30 % of the account's traffic.
* ``rep_harvest``: the account's top template is a *long identical prefix* (>= 2,000 chars; REP
  reuses the same demonstrations) carrying >= 40 % of its traffic, >= 5 uses, and >= half of
  them suspicious (flagged by another detector, or hidden-channel markup in the user message).
* ``templated_coercion``: templates with >= 5 % share each cover >= half of the traffic, >= 8 uses,
  and >= half of those uses are suspicious; more languages under the templates raise the score.
  Multilingual templated scripted traffic *without* any suspicious use scores 0.40 at most
  (low severity, not alerted): localisation pipelines look like that too.
* ``benchmark_sweep``: >= 30 exchanges in the window, >= 50 % of questions found in the
  benchmark sketch and >= 50 % of responses returning a reasoning summary (summaries feed trace
  inversion). An evaluation harness that asks for answers only stays quiet; one that requests
  summaries on a public benchmark looks exactly like a sweep and must be allow-listed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from monitor.accounts import record as rec
from monitor.accounts.benchmark import BenchmarkSketch, load_sketch
from monitor.accounts.features import PREFIX_KEY_BIT, RequestFeatures, request_features
from monitor.detectors.base import Detector, ScanContext, make_finding
from monitor.detectors.campaign_episodes import EpisodePolicy, label_episode
from monitor.events import Event, Evidence, Finding, Task

FLAG_SCORE = 0.5  # a finding of another detector at or above this counts as a flag
KEY_PREFIX = "acct:"
# Every kind below needs at least this many events of the account: high_volume_extraction 8
# flags, and one event can be both extraction-flagged and leaking (4 events); rep_harvest 5 uses
# of a template; templated_coercion 8; benchmark_sweep 30. Each event adds at most 1 to each
# window and template count, so a younger account skips the statistics.
MIN_ACCOUNT_EVENTS = 4


def ramp(x: float, lo: float, hi: float) -> float:
    return min(1.0, max(0.0, (x - lo) / (hi - lo)))


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str
    score: float
    reason: str
    template: int = 0


def features_for(event: Event, ctx: ScanContext) -> RequestFeatures:
    cached = ctx.cache.get("campaign.features")
    if isinstance(cached, RequestFeatures):
        return cached
    feats = request_features(event)
    ctx.cache["campaign.features"] = feats
    return feats


def observation_for(event: Event, ctx: ScanContext, sketch: BenchmarkSketch) -> rec.Observation:
    cached = ctx.cache.get("campaign.observation")
    if isinstance(cached, rec.Observation):
        return cached
    feats = features_for(event, ctx)
    extraction = any(f.task == "extraction" and f.score >= FLAG_SCORE for f in ctx.findings)
    leak = any(f.task == "leakage" and f.score >= FLAG_SCORE for f in ctx.findings)
    blob = bool(ctx.cache.get("campaign.blob_replay"))
    response = event.response
    obs = rec.Observation(
        extraction=extraction,
        leak=leak,
        benchmark=sketch.matches(feats.question_tokens),
        harvest=response is not None and bool(response.reasoning_summary),
        suspicious=extraction or leak or feats.reasoning_markup or blob,
        template=feats.template,
        language=feats.language,
    )
    ctx.cache["campaign.observation"] = obs
    return obs


def high_volume_extraction(s: rec.AccountStats) -> Candidate | None:
    flagged = s.day.extraction + s.day.leak
    share = min(1.0, s.day.share(flagged))
    if flagged < 8 or share < 0.30:
        return None
    return Candidate(
        "high_volume_extraction",
        0.62 + 0.33 * ramp(flagged, 8, 60),
        f"{int(flagged)} extraction-flagged or leaking exchanges in 24 h ({share:.0%} of the account)",
    )


def rep_harvest(s: rec.AccountStats) -> Candidate | None:
    if not s.templates:
        return None
    top = s.templates[0]
    if not top.key & PREFIX_KEY_BIT or top.count < 5 or s.top_share() < 0.40:
        return None
    if top.suspicious < 0.5 * top.count:
        return None
    return Candidate(
        "rep_harvest",
        0.70 + 0.25 * ramp(top.count, 5, 40),
        f"long identical prefix reused in {s.top_share():.0%} of recent requests, mostly suspicious",
        top.key,
    )


def templated_coercion(s: rec.AccountStats, regular: bool) -> Candidate | None:
    if s.template_total <= 0:
        return None
    big = [t for t in s.templates if t.count >= 0.05 * s.template_total]
    used = sum(t.count for t in big)
    coverage = used / s.template_total
    if used < 8 or coverage < 0.5:
        return None
    languages = 0
    for t in big:
        languages |= t.languages
    n_lang = languages.bit_count()
    suspicious = sum(t.suspicious for t in big) / used
    top = big[0].key if big else 0
    if suspicious >= 0.5:
        score = 0.62 + 0.06 * min(3, max(0, n_lang - 1)) + 0.15 * ramp(used, 8, 60)
        return Candidate(
            "templated_coercion",
            min(0.95, score),
            f"templated traffic ({coverage:.0%} in {len(big)} templates, {n_lang} languages), "
            f"{suspicious:.0%} of it flagged",
            top,
        )
    if n_lang >= 4 and coverage >= 0.6 and s.day.events >= 50 and regular:
        return Candidate(
            "templated_coercion",
            0.40,
            f"scripted templated traffic switching between {n_lang} languages (no flagged use)",
            top,
        )
    return None


def benchmark_sweep(s: rec.AccountStats, regular: bool) -> Candidate | None:
    best: Candidate | None = None
    for label, w in (("1 h", s.hour), ("24 h", s.day)):
        if w.events < 30:
            continue
        bench, harvest = w.share(w.benchmark), w.share(w.harvest)
        if bench < 0.5 or harvest < 0.5:
            continue
        score = 0.62 + 0.23 * ramp(w.events, 30, 200) + 0.10 * ramp(bench, 0.5, 0.9) + 0.05 * regular
        if best is None or score > best.score:
            best = Candidate(
                "benchmark_sweep",
                score,
                f"{int(w.events)} requests in {label}: {bench:.0%} public-benchmark questions, "
                f"{harvest:.0%} with reasoning summaries",
            )
    return best


class AccountWindowDetector:
    name: ClassVar[str] = "campaign_windows"
    task: ClassVar[Task] = "campaign"
    stateful: ClassVar[bool] = True

    def __init__(self, sketch: BenchmarkSketch | None = None, episodes: EpisodePolicy | None = None) -> None:
        self.sketch = sketch if sketch is not None else load_sketch()
        self.episodes = episodes or EpisodePolicy()

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        if ctx.state is None:
            return None
        now = event.epoch_seconds
        obs = observation_for(event, ctx, self.sketch)
        key = KEY_PREFIX + event.account_id
        buf = ctx.state.get(key)
        if not isinstance(buf, bytearray):
            buf = rec.new_record(now)
        rec.observe(buf, now, obs)
        if rec.total_events(buf) < MIN_ACCOUNT_EVENTS:
            ctx.state.put(key, buf, now)
            return None
        s = rec.stats(buf, now)
        regular = s.gap_cv is not None and s.gap_cv < 0.6
        candidates = [
            c
            for c in (
                high_volume_extraction(s),
                rep_harvest(s),
                templated_coercion(s, regular),
                benchmark_sweep(s, regular),
            )
            if c is not None
        ]
        best = max(candidates, key=lambda c: c.score, default=None)
        if best is not None and best.score >= 0.6:
            rec.set_flag(buf, rec.FLAG_ALERTED)
        episode = label_episode(buf, event, best.kind, best.score, self.episodes) if best else {}
        ctx.state.put(key, buf, now)
        if best is None:
            return None
        return make_finding(self.name, "campaign", best.score, best.reason, self._evidence(best, s, episode))

    def _evidence(self, best: Candidate, s: rec.AccountStats, episode: dict[str, str]) -> Evidence:
        figures = {
            "events_1h": round(s.hour.events, 2),
            "events_24h": s.day.events,
            "extraction_share_24h": round(s.day.share(s.day.extraction), 4),
            "leak_share_24h": round(s.day.share(s.day.leak), 4),
            "benchmark_share_24h": round(s.day.share(s.day.benchmark), 4),
            "summary_share_24h": round(s.day.share(s.day.harvest), 4),
            "languages_24h": float(s.day.languages),
            "top_template_share": round(s.top_share(), 4),
            "events_total": float(s.total),
        }
        if s.gap_cv is not None and math.isfinite(s.gap_cv):
            figures["inter_arrival_cv"] = round(s.gap_cv, 4)
        labels = {"kind": best.kind, **episode}
        if best.template:
            labels["template"] = format(best.template, "016x")
        return Evidence(rules=[f"campaign.{best.kind}"], figures=figures, labels=labels)


def _factory(settings: Any) -> AccountWindowDetector:
    return AccountWindowDetector(episodes=EpisodePolicy.from_settings(settings))


DETECTORS: tuple[tuple[str, Callable[[Any], Detector]], ...] = ((AccountWindowDetector.name, _factory),)
