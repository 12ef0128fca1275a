#!/usr/bin/env python3
"""Aggregate statistics of the blind17 set (no per-event output)."""
import json
import os
import statistics
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = os.path.join(os.path.dirname(HERE), "extraction-blind17")
FAMS = ["rep", "rep_nocode", "cot_request", "sysprompt", "delimiter_injection", "blob_replay",
        "hard_negative", "benign"]


def main():
    events = [json.loads(l) for l in open(PREFIX + ".events.jsonl", encoding="utf-8")]
    labels = [json.loads(l) for l in open(PREFIX + ".labels.jsonl", encoding="utf-8")]
    langs = [l.rstrip("\n").split("\t")[1] for l in open(PREFIX + ".langs.tsv", encoding="utf-8")]
    by = defaultdict(list)
    for e, lb, lg in zip(events, labels, langs):
        by[lb["family"]].append((e, lg))

    print("## Families\n")
    print("| family | label | events | multi-turn | no system | generic/product/secret system | leading sys/dev msg | non-English | median chars | max chars |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for f in FAMS:
        rows = by[f]
        n = len(rows)
        lab = next(lb["label"] for lb in labels if lb["family"] == f)
        mt = sum(1 for e, _ in rows if sum(1 for m in e["request"]["messages"] if m["role"] != "system" and m["role"] != "developer") > 1)
        lead = sum(1 for e, _ in rows if e["request"]["messages"][0]["role"] in ("system", "developer"))
        nosys = sum(1 for e, _ in rows if e["request"]["system"] is None and e["request"]["messages"][0]["role"] not in ("system", "developer"))
        nonen = sum(1 for _, lg in rows if lg != "en")
        lens = [sum(len(m["content"]) for m in e["request"]["messages"]) + len(e["request"]["system"] or "") for e, _ in rows]
        print(f"| {f} | {lab} | {n} | {mt / n:.0%} | {nosys / n:.0%} | {n - nosys} | {lead} | {nonen} | {int(statistics.median(lens))} | {max(lens)} |")
    print(f"\nTotal events: {len(events)}; attacks: {sum(lb['label'] for lb in labels)}; non-attacks: {sum(1 - lb['label'] for lb in labels)}")

    print("\n## System-prompt strata (all families)\n")
    c = Counter()
    from t_sysprompts import GENERIC, PRODUCT, SECRET  # noqa: E402
    g = {x[1] for x in GENERIC}; p = {x[1] for x in PRODUCT}; s = {x[1] for x in SECRET}
    for e in events:
        sp = e["request"]["system"]
        if sp is None and e["request"]["messages"][0]["role"] in ("system", "developer"):
            sp = e["request"]["messages"][0]["content"]
        c["none" if sp is None else "generic" if sp in g else "product" if sp in p else "secret" if sp in s else "?"] += 1
    print(", ".join(f"{k}: {v}" for k, v in sorted(c.items())))

    print("\n## Languages\n")
    lc = defaultdict(lambda: [0, 0])
    for lb, lg in zip(labels, langs):
        lc[lg][lb["label"]] += 1
    print(f"{len(lc)} language tags\n")
    print("| tag | attacks | non-attacks |")
    print("|---|---|---|")
    for lg in sorted(lc, key=lambda x: (-sum(lc[x]), x)):
        print(f"| {lg} | {lc[lg][1]} | {lc[lg][0]} |")

    print("\n## Accounts / models\n")
    print(f"distinct accounts: {len({e['account_id'] for e in events})}; tenants: {len({e.get('tenant_id') for e in events if 'tenant_id' in e})}; models: {len({e['model'] for e in events})}")
    print(f"time span: {events[0]['timestamp']} .. {events[-1]['timestamp']}")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
