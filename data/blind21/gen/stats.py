#!/usr/bin/env python3
"""Aggregate statistics for the extraction-blind21 set (no event text, no per-event output).

usage: python3 gen/stats.py [DATADIR] [--markdown]
"""
import sys as _sys
_sys.dont_write_bytecode = True
import json
import os
import statistics
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
DIR = os.path.abspath(args[0]) if args else os.path.dirname(HERE)
MD = "--markdown" in sys.argv
PREFIX = "extraction-blind21"
ORDER = ["rep", "rep_nocode", "cot_request", "sysprompt", "delimiter_injection", "blob_replay",
         "hard_negative", "benign"]


def main():
    events = [json.loads(l) for l in open(os.path.join(DIR, PREFIX + ".events.jsonl"), encoding="utf-8")]
    labels = [json.loads(l) for l in open(os.path.join(DIR, PREFIX + ".labels.jsonl"), encoding="utf-8")]
    langs = [l.rstrip("\n").split("\t")[1] for l in open(os.path.join(DIR, PREFIX + ".langs.tsv"), encoding="utf-8")]

    per = defaultdict(lambda: {"n": 0, "label": None, "multi": 0, "sys": 0, "sys_msg": 0, "len": [],
                               "langs": Counter(), "long1500": 0, "handles": 0, "models": Counter()})
    all_langs = Counter(langs)
    accounts, tenants, models = set(), set(), Counter()
    sys_total = 0
    for ev, lb, lg in zip(events, labels, langs):
        f = per[lb["family"]]
        f["n"] += 1
        f["label"] = lb["label"]
        msgs = ev["request"]["messages"]
        users = [m for m in msgs if m["role"] == "user"]
        f["multi"] += len(users) >= 2
        has_sys = bool(ev["request"].get("system")) or msgs[0]["role"] in ("system", "developer")
        f["sys"] += has_sys
        f["sys_msg"] += msgs[0]["role"] in ("system", "developer")
        sys_total += has_sys
        n = sum(len(m["content"]) for m in users)
        f["len"].append(n)
        f["long1500"] += n > 1500
        f["handles"] += any(m.get("reasoning_handles") for m in msgs)
        f["langs"][lg] += 1
        f["models"][ev["model"]] += 1
        accounts.add(ev["account_id"])
        tenants.add(ev.get("tenant_id"))
        models[ev["model"]] += 1

    if MD:
        print("| family | label | events | multi-turn | with system prompt | user chars min / median / max | languages |")
        print("|---|---|---|---|---|---|---|")
    else:
        print("%-20s %5s %6s %6s %6s %8s %8s %8s %6s" % ("family", "label", "n", "multi", "sys", "min", "median",
                                                          "max", "langs"))
    tot = Counter()
    for fam in ORDER:
        f = per[fam]
        L = f["len"]
        row = (fam, f["label"], f["n"], f["multi"], f["sys"], min(L), int(statistics.median(L)), max(L),
               len(f["langs"]))
        if MD:
            print("| %s | %d | %d | %d | %d | %d / %d / %d | %d |" % row)
        else:
            print("%-20s %5d %6d %6d %6d %8d %8d %8d %6d" % row)
        tot["n"] += f["n"]
        tot["multi"] += f["multi"]
        tot["sys"] += f["sys"]
    alllen = [x for fam in ORDER for x in per[fam]["len"]]
    if MD:
        print("| **total** | | %d | %d | %d | %d / %d / %d | %d |" % (tot["n"], tot["multi"], tot["sys"], min(alllen),
                                                                int(statistics.median(alllen)), max(alllen),
                                                                len(all_langs)))
    print()
    print("events=%d label1=%d label0=%d" % (len(events), sum(l["label"] for l in labels),
                                             sum(1 - l["label"] for l in labels)))
    print("system prompt share=%.3f (as leading system/developer message: %d)" %
          (sys_total / len(events), sum(per[f]["sys_msg"] for f in ORDER)))
    print("accounts=%d tenants=%d models=%d" % (len(accounts), len(tenants), len(models)))
    print("models: " + ", ".join("%s=%d" % kv for kv in sorted(models.items())))
    print("hard_negative longer than 1500 user chars: %d" % per["hard_negative"]["long1500"])
    print("events with reasoning handles in history: " +
          ", ".join("%s=%d" % (f, per[f]["handles"]) for f in ORDER if per[f]["handles"]))
    print("rep user chars median: %d" % int(statistics.median(per["rep"]["len"])))
    print("distinct language tags=%d" % len(all_langs))
    print("language counts: " + ", ".join("%s=%d" % kv for kv in sorted(all_langs.items(), key=lambda x: (-x[1], x[0]))))


if __name__ == "__main__":
    main()
