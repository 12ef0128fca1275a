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
    content = (" ".join(words[3000:6500]) if leak else " ".join(f"v{rng.randint(0, 5000)}" for _ in range(3500)))[:20_000]
    return Event.model_validate(
        {
            "event_id": "big",
            "timestamp": 0,
            "account_id": "a",
            "model": "m",
            "request": {"system": "You are a helpful assistant.", "messages": [{"role": "user", "content": "q"}]},
            "response": {"content": content, "reasoning": trace},
        }
    )


def main() -> None:
    detectors = [factory(None) for _, factory in DETECTORS]
    items = build_leakage_corpus(20261127, "test")
    events = [e for e, _ in items]
    for e in events[:200]:
        run(detectors, e)  # warm-up
    times = [run(detectors, e) for e in events]
    chars = statistics.median(len(e.response.content) + len(e.response.reasoning or "") for e in events if e.response)
    print(f"corpus events: n={len(times)} median {1000 * statistics.median(times):.3f} ms, "
          f"p95 {1000 * sorted(times)[int(0.95 * len(times))]:.3f} ms (median content+reasoning {chars:.0f} chars)")
    for leak in (False, True):
        ev = big_event(leak)
        samples = [run(detectors, ev) for _ in range(30)]
        print(f"60 KB trace vs 20 KB answer ({'leaking' if leak else 'benign'}): median {1000 * statistics.median(samples):.3f} ms")


if __name__ == "__main__":
    main()
