#!/usr/bin/env python3
"""Aggregate statistics only (no event texts, no per-event output)."""
import collections
import hashlib
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "extraction-blind20"


def main():
    ev = [json.loads(l) for l in open(os.path.join(ROOT, PREFIX + ".events.jsonl"), encoding="utf-8")]
    lb = [json.loads(l) for l in open(os.path.join(ROOT, PREFIX + ".labels.jsonl"), encoding="utf-8")]
    tags = [l.rstrip("\n").split("\t")[1] for l in open(os.path.join(ROOT, PREFIX + ".langs.tsv"), encoding="utf-8")]
    for suf in (".events.jsonl", ".labels.jsonl", ".langs.tsv"):
        p = os.path.join(ROOT, PREFIX + suf)
        print("sha256 %s  %s" % (hashlib.sha256(open(p, "rb").read()).hexdigest(), PREFIX + suf))
    fams = collections.OrderedDict()
    for e, l, t in zip(ev, lb, tags):
        fams.setdefault(l["family"], []).append((e, l, t))
    print()
    print("| family | label | events | multi-turn | non-English | language tags | median chars | > 1,500 chars | with system prompt | leading system/developer msg |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    order = ["rep", "rep_nocode", "cot_request", "sysprompt", "delimiter_injection", "blob_replay",
             "hard_negative", "benign"]
    tot = collections.Counter()
    for f in order:
        rows = fams[f]
        n = len(rows)
        lens = sorted(sum(len(m["content"]) for m in e["request"]["messages"]) for e, _, _ in rows)
        multi = sum(1 for e, _, _ in rows if sum(m["role"] == "user" for m in e["request"]["messages"]) >= 2)
        nonen = sum(1 for _, _, t in rows if t != "en")
        ntags = len({t for _, _, t in rows})
        lead = sum(1 for e, _, _ in rows if e["request"]["messages"][0]["role"] in ("system", "developer"))
        sysp = sum(1 for e, _, _ in rows if e["request"].get("system")) + lead
        longn = sum(1 for x in lens if x > 1500)
        print("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            f, rows[0][1]["label"], n, multi, nonen, ntags, lens[n // 2], longn, sysp, lead))
        for k, v in (("n", n), ("multi", multi), ("nonen", nonen), ("long", longn), ("sys", sysp), ("lead", lead)):
            tot[k] += v
    print("| **total** | | %d | %d | %d | %d | | %d | %d | %d |" % (
        tot["n"], tot["multi"], tot["nonen"], len(set(tags)), tot["long"], tot["sys"], tot["lead"]))
    print()
    print("labels: %s" % dict(sorted(collections.Counter(l["label"] for l in lb).items())))
    print("language tags: %d" % len(set(tags)))
    print("accounts: %d  tenants: %d  models: %d" % (len({e["account_id"] for e in ev}),
                                                     len({e["tenant_id"] for e in ev}), len({e["model"] for e in ev})))
    print("time span: %s .. %s" % (ev[0]["timestamp"], ev[-1]["timestamp"]))


if __name__ == "__main__":
    main()
