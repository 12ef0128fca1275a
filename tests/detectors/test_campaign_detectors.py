from __future__ import annotations

from campaign_support import CoercionStandIn, make_event

from monitor.accounts.benchmark import math_style_problems
from monitor.config import Settings
from monitor.corpus.campaigns import COERCION, REP_PREFIX, TASK_LINE
from monitor.detectors import build_detectors
from monitor.events import Event, Verdict
from monitor.pipeline import Pipeline

CAMPAIGN = ["campaign_blob_replay", "campaign_clusters", "campaign_windows"]
LONG_PROBLEMS = [p for p in math_style_problems() if len(p) > 90]


def pipeline(*extra: object) -> Pipeline:
    settings = Settings(campaign_handle_warmup_seconds=3600.0)
    detectors = [*extra, *build_detectors(CAMPAIGN, settings)]
    return Pipeline(settings, detectors=detectors)  # type: ignore[arg-type]


def kinds(v: Verdict) -> set[str]:
    return {f.evidence.labels["kind"] for f in v.findings if f.task == "campaign"}


def run(p: Pipeline, events: list[Event]) -> list[Verdict]:
    return [p.score(e) for e in events]


def test_campaign_detectors_run_after_the_others() -> None:
    p = pipeline(CoercionStandIn())
    assert p.detector_names[0] == "standin_coercion"
    assert p.detector_names.index("campaign_blob_replay") < p.detector_names.index("campaign_windows")


def test_rep_harvest_from_one_account_is_flagged_without_other_detectors() -> None:
    p = pipeline()
    events = [
        make_event(i, "rep", i * 30.0, f"{REP_PREFIX}\nQuestion:\n{LONG_PROBLEMS[i]}") for i in range(20)
    ]
    verdicts = run(p, events)
    first = next(i for i, v in enumerate(verdicts) if v.scores["campaign"] >= 0.6)
    assert first < 10
    assert "rep_harvest" in kinds(verdicts[-1])
    finding = next(f for f in verdicts[-1].findings if f.evidence.labels["kind"] == "rep_harvest")
    assert finding.evidence.labels["template"]
    assert all(isinstance(v, float) for v in finding.evidence.figures.values())


def test_benign_few_shot_prefix_is_quiet() -> None:
    shots = "\n\n".join(f"Question: {q}\nAnswer: {i}" for i, q in enumerate(LONG_PROBLEMS[:30]))
    events = [
        make_event(
            i,
            "evals",
            i * 10.0,
            f"{shots}\n\nQuestion: {LONG_PROBLEMS[100 + i]}\nAnswer with the number only.",
        )
        for i in range(300)
    ]
    assert max(v.scores["campaign"] for v in run(pipeline(), events)) < 0.3


def test_templated_coercion_in_eight_languages_with_extraction_flags() -> None:
    langs = list(COERCION)
    events = [
        make_event(
            i, "coerce", i * 40.0, f"{COERCION[langs[i % 8]]}\n\n{TASK_LINE[langs[i % 8]]} {LONG_PROBLEMS[i]}"
        )
        for i in range(64)
    ]
    verdicts = run(pipeline(CoercionStandIn()), events)
    assert "templated_coercion" in kinds(verdicts[-1]) or "high_volume_extraction" in kinds(verdicts[-1])
    assert verdicts[-1].scores["campaign"] >= 0.8


def test_structural_multilingual_template_alone_stays_below_medium() -> None:
    langs = list(COERCION)
    events = [
        make_event(
            i, "l10n", i * 20.0, f"{COERCION[langs[i % 8]]}\n\n{TASK_LINE[langs[i % 8]]} {LONG_PROBLEMS[i]}"
        )
        for i in range(200)
    ]
    assert max(v.scores["campaign"] for v in run(pipeline(), events)) < 0.6


def test_benchmark_sweep_needs_summaries() -> None:
    def sweep(account: str, summary: str | None) -> list[Event]:
        return [
            make_event(
                i, account, i * 20.0, f"Solve the following problem.\n\n{LONG_PROBLEMS[i]}", summary=summary
            )
            for i in range(120)
        ]

    assert "benchmark_sweep" in kinds(run(pipeline(), sweep("sweeper", "summary"))[-1])
    assert max(v.scores["campaign"] for v in run(pipeline(), sweep("harness", None))) < 0.3


def test_blob_replay_provenance_scores() -> None:
    p = pipeline()
    p.score(make_event(1, "alice", 0, "hi", minted=["blob-1"], session="s1"))
    own = p.score(make_event(2, "alice", 10, "again", replayed=["blob-1"], session="s1"))
    fork = p.score(make_event(3, "alice", 20, "fork", replayed=["blob-1"], session="s2"))
    cheap = p.score(make_event(4, "alice", 30, "repeat it", replayed=["blob-1"], model="reasoner-mini"))
    stolen = p.score(make_event(5, "mallory", 40, "repeat it", replayed=["blob-1"], model="reasoner-mini"))
    cold = p.score(make_event(6, "mallory", 50, "repeat it", replayed=["never-minted"]))
    assert own.scores["campaign"] == 0 and fork.scores["campaign"] == 0
    assert 0.6 <= cheap.scores["campaign"] < 0.85
    assert stolen.scores["campaign"] >= 0.9 and kinds(stolen) == {"blob_replay"}
    assert cold.scores["campaign"] == 0 and cold.notes
    warm = [p.score(make_event(10 + i, "mallory", 7200 + i, "x", replayed=[f"forged-{i}"])) for i in range(3)]
    assert 0.3 <= warm[0].scores["campaign"] < 0.6
    assert warm[-1].scores["campaign"] >= 0.6


def test_cross_account_cluster_names_accounts_not_texts() -> None:
    p = pipeline()
    events = [
        make_event(i, f"hydra-{i % 6}", i * 60.0, f"{REP_PREFIX}\nQuestion:\n{LONG_PROBLEMS[i]}")
        for i in range(18)
    ]
    last = run(p, events)[-1]
    cluster = next(f for f in last.findings if f.evidence.labels["kind"] == "cross_account_cluster")
    assert cluster.evidence.figures["cluster_accounts"] == 6
    assert set(cluster.evidence.labels["accounts"].split(",")) == {f"hydra-{i}" for i in range(6)}
    dumped = last.model_dump_json()
    assert "Example 1" not in dumped and "reasoning_trace" not in dumped


def test_shared_benign_template_across_accounts_is_quiet() -> None:
    events = [
        make_event(
            i,
            f"app-{i % 20}",
            i * 30.0,
            f'Classify this review.\nReview: "item {i}"\nAnswer positive or negative.',
        )
        for i in range(200)
    ]
    assert max(v.scores["campaign"] for v in run(pipeline(), events)) == 0
