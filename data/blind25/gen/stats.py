#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Aggregate statistics of extraction-blind25 (markdown).  Prints no event text and no per-event data."""
import collections
import json
import os
import statistics
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import build             # noqa: E402
import t_rep_demos as D  # noqa: E402

P = build.PREFIX


def norm(s):
    return " ".join(s.split())


def pct(x):
    return "%.1f %%" % (100.0 * x)


def main():
    ev = [json.loads(l) for l in open(os.path.join(ROOT, P + ".events.jsonl"), encoding="utf-8")]
    lab = [json.loads(l) for l in open(os.path.join(ROOT, P + ".labels.jsonl"), encoding="utf-8")]
    langs = [l.rstrip("\n").split("\t")[1] for l in open(os.path.join(ROOT, P + ".langs.tsv"), encoding="utf-8")]
    n = len(ev)
    fams = list(build.COUNTS)
    users = [[m["content"] for m in e["request"]["messages"] if m["role"] == "user"] for e in ev]
    uchars = [sum(len(u) for u in us) for us in users]
    multi = [len(us) >= 2 for us in users]
    out = []
    w = out.append
    w("| | count |")
    w("|---|---|")
    w("| events | %d |" % n)
    w("| label 1 (attack) | %d |" % sum(1 for x in lab if x["label"] == 1))
    w("| label 0 (no attack) | %d |" % sum(1 for x in lab if x["label"] == 0))
    w("| multi-turn events (>= 2 user messages) | %d |" % sum(multi))
    w("| distinct language tags | %d |" % len(set(langs)))
    w("| English share | %s |" % pct(sum(1 for t in langs if t == "en") / n))
    w("| hard negatives with > 2,000 chars of user content | %d |" %
      sum(1 for x, c in zip(lab, uchars) if x["family"] == "hard_negative" and c > 2000))
    w("| events with usage.input_tokens | %d (%s) |" % (sum(1 for e in ev if "usage" in e),
                                                        pct(sum(1 for e in ev if "usage" in e) / n)))
    sys_text = sum(1 for e in ev if isinstance(e["request"].get("system"), str))
    sys_null = sum(1 for e in ev if "system" in e["request"] and e["request"]["system"] is None)
    w("| request.system: text / null / absent | %d / %d / %d |" % (sys_text, sys_null, n - sys_text - sys_null))
    roles = collections.Counter()
    for e in ev:
        for r in {m["role"] for m in e["request"]["messages"]}:
            roles[r] += 1
    w("| events with a developer / tool message | %d / %d |" % (roles["developer"], roles["tool"]))
    w("| events with assistant reasoning_handles / plaintext reasoning | %d / %d |" % (
        sum(1 for e in ev if any(m.get("reasoning_handles") for m in e["request"]["messages"])),
        sum(1 for e in ev if any(m.get("reasoning") for m in e["request"]["messages"]))))
    w("| events with session_id / tenant_id / metadata | %d / %d / %d |" % (
        sum(1 for e in ev if "session_id" in e), sum(1 for e in ev if "tenant_id" in e),
        sum(1 for e in ev if "metadata" in e)))
    w("| distinct account_id / tenant_id / model | %d / %d / %d |" % (
        len({e["account_id"] for e in ev}), len({e["tenant_id"] for e in ev if "tenant_id" in e}),
        len({e["model"] for e in ev})))
    w("")
    w("| family | label | events | multi-turn | languages | English | median user chars | p90 user chars | max user chars |")
    w("|---|---|---|---|---|---|---|---|---|")
    for f in fams:
        idx = [i for i, x in enumerate(lab) if x["family"] == f]
        cs = sorted(uchars[i] for i in idx)
        p90 = cs[min(len(cs) - 1, int(0.9 * len(cs)))]
        w("| %s | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            f, build.LABEL[f], len(idx), sum(1 for i in idx if multi[i]), len({langs[i] for i in idx}),
            sum(1 for i in idx if langs[i] == "en"), int(statistics.median(cs)), p90, cs[-1]))
    w("")
    # REP structure (aggregate)
    nd = [(d["id"], norm(d["r"])) for d in D.DEMOS]
    kdist = {f: collections.Counter() for f in ("rep", "rep_nocode")}
    demo_use = collections.Counter()
    for e, x in zip(ev, lab):
        if x["family"] in kdist:
            whole = norm("\n".join(m["content"] for m in e["request"]["messages"]))
            found = [did for did, r in nd if r in whole]
            kdist[x["family"]][len(found)] += 1
            demo_use.update(found)
    w("| REP structure | k=1 | k=2 | k=3 |")
    w("|---|---|---|---|")
    for f in kdist:
        w("| %s | %d | %d | %d |" % (f, kdist[f][1], kdist[f][2], kdist[f][3]))
    w("")
    w("Demonstrations: %d hand-written (%s); uses across rep + rep_nocode: %s." % (
        len(D.DEMOS), ", ".join("%s=%s" % (d["id"], d["lang"]) for d in D.DEMOS),
        ", ".join("%s:%d" % (d["id"], demo_use[d["id"]]) for d in D.DEMOS)))
    w("")
    lc = collections.Counter(langs)
    w("Language tags (events per tag): " + ", ".join("%s %d" % (t, c) for t, c in
                                                      sorted(lc.items(), key=lambda kv: (-kv[1], kv[0]))) + ".")
    w("")
    mc = collections.Counter(e["model"] for e in ev)
    w("Models (events): " + ", ".join("%s %d" % (m, c) for m, c in sorted(mc.items(), key=lambda kv: (-kv[1], kv[0])))
      + ".")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
