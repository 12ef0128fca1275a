"""RSS of the account-level state for N tracked accounts (one packed record each).

Each account gets a record and two observations (one templated event), stored in the same
``InMemoryStateStore`` the pipeline uses (LRU/TTL bounded dict, key ``acct:<id>``). Every N runs in
a fresh subprocess so the figures do not mix. Usage:

    .venv/bin/python bench/accounts_memory.py 10000 100000 1000000
"""

from __future__ import annotations

import json
import subprocess
import sys
import time


def rss_bytes() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


def measure(n: int) -> dict[str, float]:
    from monitor.accounts import record as rec
    from monitor.state import InMemoryStateStore

    store = InMemoryStateStore(max_keys=max(n, 1), ttl_seconds=48 * 3600.0)
    obs = rec.Observation(template=0x1234ABCD, language=1, benchmark=True)
    before = rss_bytes()
    started = time.perf_counter()
    t0 = 1_800_000_000.0
    for i in range(n):
        now = t0 + i * 0.01
        buf = rec.new_record(now)
        rec.observe(buf, now, obs)
        rec.observe(buf, now + 5.0, obs)
        store.put(f"acct:acct-{i:09d}", buf, now)
    seconds = time.perf_counter() - started
    after = rss_bytes()
    return {
        "accounts": n,
        "record_bytes": rec.RECORD_BYTES,
        "rss_total_mb": round(after / 2**20, 1),
        "rss_state_mb": round((after - before) / 2**20, 1),
        "bytes_per_account": round((after - before) / n, 1),
        "fill_seconds": round(seconds, 1),
    }


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--one":
        print(json.dumps(measure(int(argv[1]))))
        return 0
    for n in [int(a) for a in argv] or [10_000, 100_000, 1_000_000]:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
        )
        print(out.stdout.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
