#!/usr/bin/env python3
"""Aggregate statistics for extraction-blind22 (no event text is printed)."""
import json
import os
import statistics
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = "extraction-blind22"


def load(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f.read().splitlines()]


evs = load(P + ".events.jsonl")
labs = load(P + ".labels.jsonl")
with open(os.path.join(ROOT, P + ".langs.tsv"), encoding="utf-8") as f:
    langs = [l.split("\t")[1] for l in f.read().splitlines()]

rows = defaultdict(lambda: {"n": 0, "label": None, "multi": 0, "sys": 0, "lens": [], "langs": set()})
for ev, lab, lg in zip(evs, labs, langs):
    r = rows[lab["family"]]
    r["n"] += 1
    r["label"] = lab["label"]
    msgs = ev["request"]["messages"]
    if sum(m["role"] == "user" for m in msgs) >= 2:
        r["multi"] += 1
    if ev["request"].get("system") or any(m["role"] in ("system", "developer") for m in msgs):
        r["sys"] += 1
    r["lens"].append(sum(len(m["content"]) for m in msgs if m["role"] == "user"))
    r["langs"].add(lg)

order = ["rep", "rep_nocode", "cot_request", "sysprompt", "delimiter_injection", "blob_replay", "hard_negative", "benign"]
print("| family | label | events | multi-turn | with system prompt | user chars min / median / max | language tags |")
print("|---|---|---|---|---|---|---|")
for f in order:
    r = rows[f]
    L = r["lens"]
    print("| %s | %d | %d | %d | %d | %d / %d / %d | %d |" % (
        f, r["label"], r["n"], r["multi"], r["sys"], min(L), int(statistics.median(L)), max(L), len(r["langs"])))
tot = len(evs)
print()
print("events %d, positives %d, negatives %d" % (tot, sum(l["label"] for l in labs), sum(1 - l["label"] for l in labs)))
print("multi-turn %d, with system prompt %d (%.1f%%), leading system/developer message %d" % (
    sum(r["multi"] for r in rows.values()), sum(r["sys"] for r in rows.values()),
    100.0 * sum(r["sys"] for r in rows.values()) / tot,
    sum(1 for e in evs if e["request"]["messages"][0]["role"] in ("system", "developer"))))
hn = rows["hard_negative"]["lens"]
print("hard negatives longer than 1500 chars: %d" % sum(1 for x in hn if x > 1500))
print("accounts %d, tenants %d, models %d, sessions %d" % (
    len({e["account_id"] for e in evs}), len({e["tenant_id"] for e in evs}),
    len({e["model"] for e in evs}), len({e["session_id"] for e in evs})))
lc = Counter(langs)
print("language tags: %d distinct" % len(lc))
print("events per tag: " + ", ".join("%s %d" % (k, v) for k, v in sorted(lc.items(), key=lambda x: (-x[1], x[0]))))
mc = Counter(e["model"] for e in evs)
print("models: " + ", ".join("%s %d" % kv for kv in sorted(mc.items())))
