"""Benchmarks: throughput, latency, scaling with prompt length, Kafka end to end, memory per account.

    python -m bench.run --quick      # < 60 s; last line = headline figures
    python -m bench.run --full       # everything, incl. the real Kafka broker and 1M accounts

Results go to bench/results/latest.json and docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.mix import event_with_prompt_chars, standard_mix
from bench.reference import RegexScanner
from monitor.config import load_settings
from monitor.detectors import ScanContext
from monitor.events import parse_event
from monitor.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def pin_one_core() -> str:
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        return "pinned to one core"
    except (AttributeError, OSError):
        return "not pinned"


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform()}


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q)) if values else float("nan")


def score_mix(pipeline: Pipeline, lines: list[tuple[str, bytes]]) -> dict[str, Any]:
    """Score the mix the way the service does (decode + all detectors), timing each detector."""
    per_event: list[float] = []
    per_kind: dict[str, list[float]] = {}
    per_detector: dict[str, list[float]] = {d.name: [] for d in pipeline.detectors}
    started = time.perf_counter()
    for kind, line in lines:
        t0 = time.perf_counter()
        event = parse_event(line)
        ctx = ScanContext(state=pipeline.state, deadline=t0 + pipeline.settings.time_budget_ms / 1000)
        for det in pipeline.detectors:
            d0 = time.perf_counter()
            finding = det.detect(event, ctx)
            per_detector[det.name].append(time.perf_counter() - d0)
            if finding is not None:
                ctx.findings.append(finding)
        elapsed = time.perf_counter() - t0
        per_event.append(elapsed)
        per_kind.setdefault(kind, []).append(elapsed)
    wall = time.perf_counter() - started
    return {
        "events": len(lines),
        "events_per_s": len(lines) / wall,
        "p50_ms": pct(per_event, 50) * 1e3,
        "p99_ms": pct(per_event, 99) * 1e3,
        "max_ms": max(per_event) * 1e3,
        "by_kind": {k: {"n": len(v), "p50_ms": pct(v, 50) * 1e3, "p99_ms": pct(v, 99) * 1e3}
                    for k, v in sorted(per_kind.items())},
        "by_detector": {k: {"p50_ms": pct(v, 50) * 1e3, "p99_ms": pct(v, 99) * 1e3,
                            "mean_ms": float(np.mean(v)) * 1e3 if v else float("nan")}
                        for k, v in per_detector.items()},
    }


def score_reference(lines: list[tuple[str, bytes]]) -> dict[str, Any]:
    scanner = RegexScanner()
    per_event = []
    started = time.perf_counter()
    for _kind, line in lines:
        t0 = time.perf_counter()
        scanner.score(line)
        per_event.append(time.perf_counter() - t0)
    wall = time.perf_counter() - started
    return {"events_per_s": len(lines) / wall, "p50_ms": pct(per_event, 50) * 1e3,
            "p99_ms": pct(per_event, 99) * 1e3}


def length_scaling(pipeline: Pipeline, sizes: list[int], repeats: int) -> dict[str, Any]:
    rng = random.Random(7)
    rows = []
    for chars in sizes:
        times = []
        for r in range(repeats):
            line = event_with_prompt_chars(rng, chars, r)
            event = parse_event(line)
            t0 = time.perf_counter()
            pipeline.score(event)
            times.append(time.perf_counter() - t0)
        med = float(np.median(times))
        rows.append({"prompt_chars": chars, "median_ms": med * 1e3, "us_per_kchar": med * 1e6 / (chars / 1000)})
    xs = np.log([r["prompt_chars"] for r in rows])
    ys = np.log([max(r["median_ms"], 1e-6) for r in rows])
    big = [r for r in rows if r["prompt_chars"] >= 16_000]
    slope = float(np.polyfit(np.log([r["prompt_chars"] for r in big]), np.log([r["median_ms"] for r in big]), 1)[0]) if len(big) >= 2 else float("nan")
    return {"rows": rows, "loglog_slope_all": float(np.polyfit(xs, ys, 1)[0]), "loglog_slope_ge16k": slope}


def run_accounts_memory(counts: list[int]) -> dict[str, Any]:
    script = ROOT / "bench" / "accounts_memory.py"
    if not script.exists():
        return {"error": "bench/accounts_memory.py not present"}
    out = {}
    for n in counts:
        proc = subprocess.run([sys.executable, str(script), "--accounts", str(n), "--json"],
                              capture_output=True, text=True, timeout=1800, check=False)
        try:
            out[str(n)] = json.loads(proc.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            out[str(n)] = {"error": proc.stderr[-500:]}
    return out


def run_kafka(n_events: int) -> dict[str, Any]:
    from bench.kafka_e2e import kafka_end_to_end

    return kafka_end_to_end(n_events)


def headline(res: dict[str, Any]) -> str:
    mix = res["mix"]
    ref = res["reference"]
    parts = [
        f"mix {mix['events_per_s']:.0f} ev/s",
        f"p50 {mix['p50_ms']:.2f} ms",
        f"p99 {mix['p99_ms']:.2f} ms",
        f"regex-ref {ref['events_per_s']:.0f} ev/s (rtmon/ref cost x{ref['events_per_s'] / mix['events_per_s']:.1f})",
        f"length slope {res['scaling']['loglog_slope_ge16k']:.2f}",
    ]
    if "kafka" in res and "ratio" in res["kafka"]:
        parts.append(f"kafka e2e {res['kafka']['service_events_per_s']:.0f} ev/s = "
                     f"{100 * res['kafka']['ratio']:.0f}% of consume-only")
    if "accounts" in res and "1000000" in res["accounts"]:
        rss = res["accounts"]["1000000"].get("rss_mb")
        if rss is not None:
            parts.append(f"1M accounts {rss:.0f} MB RSS")
    return "HEADLINE: " + " | ".join(parts)


def write_markdown(res: dict[str, Any], command: str) -> None:
    m = res["machine"]
    lines = [
        "# Benchmarks", "",
        f"Produced by `{command}` on {res['date']}.",
        f"Machine: {m['cpu']}, {m['cores']} cores ({res['pinning']}), Python {m['python']}, {m['platform']}.", "",
        "Standard traffic mix (bench/mix.py): 50% chat, 20% code, 18% math, 3% REP (~150 KB prompts), "
        "3% reasoning requests, 2% system-prompt extraction, 4% leaking responses; hidden traces 2-60 KB "
        "(log-normal), answers 0.5-10 KB.", "",
        "## Scoring on one core (decode + every detector)", "",
        "| measure | rtmon | regex reference |", "|---|---|---|",
        f"| events/s | {res['mix']['events_per_s']:.0f} | {res['reference']['events_per_s']:.0f} |",
        f"| p50 ms | {res['mix']['p50_ms']:.3f} | {res['reference']['p50_ms']:.3f} |",
        f"| p99 ms | {res['mix']['p99_ms']:.3f} | {res['reference']['p99_ms']:.3f} |", "",
        "Per detector (ms):", "", "| detector | p50 | p99 | mean |", "|---|---|---|---|",
    ]
    for name, d in res["mix"]["by_detector"].items():
        lines.append(f"| {name} | {d['p50_ms']:.3f} | {d['p99_ms']:.3f} | {d['mean_ms']:.3f} |")
    lines += ["", "Per traffic kind (ms):", "", "| kind | n | p50 | p99 |", "|---|---|---|---|"]
    for name, d in res["mix"]["by_kind"].items():
        lines.append(f"| {name} | {d['n']} | {d['p50_ms']:.3f} | {d['p99_ms']:.3f} |")
    lines += ["", "## Cost against prompt length", "", "| prompt chars | median ms | µs per 1k chars |",
              "|---|---|---|"]
    for r in res["scaling"]["rows"]:
        lines.append(f"| {r['prompt_chars']} | {r['median_ms']:.3f} | {r['us_per_kchar']:.2f} |")
    lines.append(f"\nlog-log slope (≥16k chars): {res['scaling']['loglog_slope_ge16k']:.2f} (1.0 = linear)")
    if "kafka" in res:
        lines += ["", "## End to end through the real Kafka broker", "", "```", json.dumps(res["kafka"], indent=2), "```"]
    if "accounts" in res:
        lines += ["", "## Memory against tracked accounts", "", "```", json.dumps(res["accounts"], indent=2), "```"]
    lines += ["", headline(res), ""]
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.run")
    p.add_argument("--quick", action="store_true")
    p.add_argument("--full", action="store_true")
    p.add_argument("--events", type=int)
    p.add_argument("--no-write", action="store_true")
    args = p.parse_args(argv)
    pinning = pin_one_core()
    n = args.events or (1500 if args.quick else 6000)
    settings = load_settings()
    pipeline = Pipeline(settings)
    mix = [(m.kind, m.line) for m in standard_mix(n)]
    score_mix(pipeline, mix[:50])  # warm up (model loading, caches)
    res: dict[str, Any] = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": machine(),
                           "pinning": pinning, "detectors": pipeline.detector_names}
    res["mix"] = score_mix(Pipeline(settings), mix)
    res["reference"] = score_reference(mix)
    sizes = [1_000, 4_000, 16_000, 64_000, 256_000] + ([1_000_000] if not args.quick else [])
    res["scaling"] = length_scaling(pipeline, sizes, 3 if args.quick else 7)
    if args.full:
        res["kafka"] = run_kafka(20_000)
        res["accounts"] = run_accounts_memory([10_000, 100_000, 1_000_000])
    RESULTS.mkdir(parents=True, exist_ok=True)
    if not args.no_write:
        (RESULTS / ("quick.json" if args.quick else "latest.json")).write_text(json.dumps(res, indent=2))
        if args.full:
            write_markdown(res, "make bench")
    print(json.dumps({k: v for k, v in res.items() if k not in ("machine",)}, indent=2, default=str)[:6000])
    print(headline(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
