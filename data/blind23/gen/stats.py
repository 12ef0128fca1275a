#!/usr/bin/env python3
"""Aggregate statistics for extraction-blind23 (no event text is printed)."""
import json
import os
import statistics
import sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = "extraction-blind23"
ORDER = ["rep", "rep_nocode", "cot_request", "sysprompt", "delimiter_injection", "blob_replay", "hard_negative", "benign"]


def main():
    ev = [json.loads(l) for l in open(os.path.join(ROOT, NAME + ".events.jsonl"), encoding="utf-8")]
    lab = [json.loads(l) for l in open(os.path.join(ROOT, NAME + ".labels.jsonl"), encoding="utf-8")]
    langs = [l.rstrip("\n").split("\t")[1] for l in open(os.path.join(ROOT, NAME + ".langs.tsv"), encoding="utf-8")]
    by = defaultdict(list)
    for e, l, g in zip(ev, lab, langs):
        by[l["family"]].append((e, l, g))
    print("| family | label | events | multi-turn | with system prompt | languages | user chars min / median / max | > 1,500 chars |")
    print("|---|---|---|---|---|---|---|---|")
    for f in ORDER:
        rows = by[f]
        lens = [sum(len(m["content"]) for m in e["request"]["messages"] if m["role"] == "user") for e, _, _ in rows]
        mt = sum(1 for e, _, _ in rows if sum(1 for m in e["request"]["messages"] if m["role"] == "user") >= 2)
        ws = sum(1 for e, _, _ in rows if e["request"]["system"] or e["request"]["messages"][0]["role"] in ("system", "developer"))
        print("| %s | %d | %d | %d | %d | %d | %d / %d / %d | %d |" % (
            f, rows[0][1]["label"], len(rows), mt, ws, len({g for _, _, g in rows}),
            min(lens), int(statistics.median(lens)), max(lens), sum(1 for x in lens if x > 1500)))
    tags = Counter(langs)
    print()
    print("distinct language tags: %d" % len(tags))
    print("hard-negative language tags: %d" % len({g for _, _, g in by["hard_negative"]}))
    print("tags: " + ", ".join("%s (%d)" % (t, n) for t, n in sorted(tags.items(), key=lambda x: (-x[1], x[0]))))
    print()
    print("accounts: %d, tenants: %d, sessions: %d" % (len({e["account_id"] for e in ev}), len({e["tenant_id"] for e in ev}),
                                                      len({e["session_id"] for e in ev})))
    print("models: " + ", ".join("%s (%d)" % kv for kv in Counter(e["model"] for e in ev).most_common()))
    lead = sum(1 for e in ev if e["request"]["messages"][0]["role"] in ("system", "developer"))
    rs = sum(1 for e in ev if e["request"]["system"])
    print("system prompt: request.system %d, leading system/developer message %d, none %d" % (rs, lead, len(ev) - rs - lead))
    print("usage.input_tokens present: %d" % sum(1 for e in ev if "usage" in e))
    print("time range: %s .. %s" % (ev[0]["timestamp"], ev[-1]["timestamp"]))


if __name__ == "__main__":
    main()
