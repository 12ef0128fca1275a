"""Per-event latency of the leakage detectors (one core): typical corpus events and a 60 KB / 20 KB case.

Run: .venv/bin/python bench/leakage_speed.py
"""

from __future__ import annotations

import random
import statistics
import time

from monitor.corpus.leakage import build_leakage_corpus
from monitor.detectors.base import ScanContext
from monitor.detectors.leakage_family import DETECTORS
from monitor.events import Event


def run(detectors: list, event: Event) -> float:  # type: ignore[type-arg]
    ctx = ScanContext()
    t0 = time.perf_counter()
    for d in detectors:
        d.detect(event, ctx)
    return time.perf_counter() - t0


def big_event(leak: bool) -> Event:
    rng = random.Random(7)
    words = [f"w{rng.randint(0, 5000)}" for _ in range(12_000)]
    trace = " ".join(words)[:60_000]
    content = (
        " ".join(words[3000:6500]) if leak else " ".join(f"v{rng.randint(0, 5000)}" for _ in range(3500))
    )[:20_000]
    return Event.model_validate(
        {
            "event_id": "big",
            "timestamp": 0,
            "account_id": "a",
            "model": "m",
            "request": {
                "system": "You are a helpful assistant.",
                "messages": [{"role": "user", "content": "q"}],
            },
            "response": {"content": content, "reasoning": trace},
        }
    )


def measure() -> dict[str, float]:
    detectors = [factory(None) for _, factory in DETECTORS]
    items = build_leakage_corpus(20261127, "test")
    events = [e for e, _ in items]
    for e in events[:200]:
        run(detectors, e)  # warm-up
    times = sorted(run(detectors, e) for e in events)
    chars = statistics.median(
        len(e.response.content) + len(e.response.reasoning or "") for e in events if e.response
    )
    out = {
        "corpus_events": float(len(times)),
        "corpus_median_ms": 1000 * statistics.median(times),
        "corpus_p95_ms": 1000 * times[int(0.95 * len(times))],
        "corpus_median_chars": float(chars),
    }
    for leak in (False, True):
        ev = big_event(leak)
        samples = [run(detectors, ev) for _ in range(30)]
        out["big_leaking_ms" if leak else "big_benign_ms"] = 1000 * statistics.median(samples)
    return out


def main() -> None:
    r = measure()
    print(
        f"corpus events: n={r['corpus_events']:.0f} median {r['corpus_median_ms']:.3f} ms, "
        f"p95 {r['corpus_p95_ms']:.3f} ms (median content+reasoning {r['corpus_median_chars']:.0f} chars)"
    )
    print(f"60 KB trace vs 20 KB answer (benign): median {r['big_benign_ms']:.3f} ms")
    print(f"60 KB trace vs 20 KB answer (leaking): median {r['big_leaking_ms']:.3f} ms")


if __name__ == "__main__":
    main()
