# -*- coding: utf-8 -*-
"""Print aggregate counts (markdown) for the README. Never prints event text."""
import json, os
from collections import Counter, defaultdict
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lb = [json.loads(l) for l in open(os.path.join(OUT, "extraction-blind16.labels.jsonl"), encoding="utf-8")]
lang = {}
with open(os.path.join(OUT, "extraction-blind16.langs.tsv"), encoding="utf-8") as fh:
    next(fh)
    for line in fh:
        a, b = line.rstrip("\n").split("\t")
        lang[a] = b
fams = ["rep", "rep_nocode", "cot_request", "sysprompt", "delimiter_injection", "blob_replay", "hard_negative", "benign"]
fc = Counter(l["family"] for l in lb)
fe = Counter(l["family"] for l in lb if lang[l["event_id"]] == "en")
print("| family | label | events | English | other languages |\n|---|---|---|---|---|")
for f in fams:
    lab = 1 if f not in ("hard_negative", "benign") else 0
    print("| %s | %d | %d | %d | %d |" % (f, lab, fc[f], fe[f], fc[f] - fe[f]))
print("| **total** | | **%d** | **%d** | **%d** |" % (len(lb), sum(fe.values()), len(lb) - sum(fe.values())))
lc = Counter(lang.values())
att = Counter(lang[l["event_id"]] for l in lb if l["label"] == 1)
print()
print("%d language tags." % len(lc))
print()
print("| lang | events | attacks | non-attacks |\n|---|---|---|---|")
for lg, n in sorted(lc.items(), key=lambda x: (-x[1], x[0])):
    print("| %s | %d | %d | %d |" % (lg, n, att[lg], n - att[lg]))
