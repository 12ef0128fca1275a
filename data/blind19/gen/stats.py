#!/usr/bin/env python3
"""Aggregate statistics only (no per-event output). Prints a markdown table."""
import os, statistics, sys
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

evs, labs, langs = load()
fam = defaultdict(list)
for ev, lb, lg in zip(evs, labs, langs): fam[lb["family"]].append((ev, lb["label"], lg[1]))
order = ["rep", "rep_nocode", "cot_request", "sysprompt", "delimiter_injection", "blob_replay", "hard_negative", "benign"]
print("| family | label | events | multi-turn | sys none/generic/product/secret | sys as message | non-English | median chars | max chars | >1500 chars |")
print("|---|---|---|---|---|---|---|---|---|---|")
for f in order:
    rs = fam[f]; n = len(rs); st = Counter(stratum(e) for e, _, _ in rs)
    ch = [chars(e) for e, _, _ in rs]
    print("| %s | %d | %d | %.0f %% | %d/%d/%d/%d | %d | %d | %d | %d | %d |" % (
        f, rs[0][1], n, 100 * sum(is_multi(e) for e, _, _ in rs) / n, st["none"], st["generic"], st["product"], st["secret"],
        sum(sys_text(e)[1] == "message" for e, _, _ in rs), sum(l != "en" for _, _, l in rs),
        statistics.median(ch), max(ch), sum(c > 1500 for c in ch)))
tags = Counter(l for _, _, l in sum(fam.values(), []))
print("\nlanguage tags: %d (non-English %d); accounts %d; tenants %d; models %d; events %d" % (
    len(tags), len(tags) - 1, len({e["account_id"] for e in evs}), len({e["tenant_id"] for e in evs}),
    len({e["model"] for e in evs}), len(evs)))
print("time range: %s .. %s" % (evs[0]["timestamp"], evs[-1]["timestamp"]))
