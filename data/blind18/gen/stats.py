#!/usr/bin/env python3
"""Aggregate statistics for the blind18 set (aggregate only: never prints event text or ids).

usage: python3 stats.py [--dir DIR]     prints markdown tables
"""
import json
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check import FAMILIES, PREFIX, conv_messages, is_multiturn, stratum_of, system_text  # noqa: E402


def main():
    d = os.path.dirname(HERE)
    if "--dir" in sys.argv:
        d = sys.argv[sys.argv.index("--dir") + 1]
    with open(os.path.join(d, PREFIX + ".events.jsonl"), encoding="utf-8") as fh:
        events = [json.loads(x) for x in fh if x.strip()]
    with open(os.path.join(d, PREFIX + ".labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    with open(os.path.join(d, PREFIX + ".langs.tsv"), encoding="utf-8") as fh:
        langs = [x.rstrip("\n").split("\t")[1] for x in fh if x.strip()]

    rows = {f: {"n": 0, "mt": 0, "none": 0, "generic": 0, "product": 0, "secret": 0, "lead": 0,
                "nonen": 0, "chars": [], "tags": set()} for f in FAMILIES}
    for ev, lab, tag in zip(events, labels, langs):
        r = rows[lab["family"]]
        req = ev["request"]
        r["n"] += 1
        r["mt"] += is_multiturn(req)
        text, lead = system_text(req)
        r[stratum_of(text)] += 1
        r["lead"] += lead
        r["nonen"] += tag != "en"
        r["tags"].add(tag)
        r["chars"].append(len(text or "") + sum(len(m["content"]) for m in conv_messages(req)))

    print("| family | label | events | multi-turn | sys: none / generic / product / secret | leading sys msg | non-English | lang tags | median chars | max chars |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    tot = {"n": 0, "mt": 0, "nonen": 0, "chars": []}
    for f, (_, label) in FAMILIES.items():
        r = rows[f]
        print("| %s | %d | %d | %d (%.0f%%) | %d / %d / %d / %d | %d | %d | %d | %d | %d |" % (
            f, label, r["n"], r["mt"], 100.0 * r["mt"] / r["n"], r["none"], r["generic"], r["product"],
            r["secret"], r["lead"], r["nonen"], len(r["tags"]), statistics.median(r["chars"]), max(r["chars"])))
        tot["n"] += r["n"]
        tot["mt"] += r["mt"]
        tot["nonen"] += r["nonen"]
        tot["chars"] += r["chars"]
    print("| **all** | | %d | %d (%.0f%%) | | | %d | %d | %d | %d |" % (
        tot["n"], tot["mt"], 100.0 * tot["mt"] / tot["n"], tot["nonen"], len(set(langs)),
        statistics.median(tot["chars"]), max(tot["chars"])))

    accounts = {}
    for ev in events:
        accounts[ev["account_id"]] = accounts.get(ev["account_id"], 0) + 1
    top = sorted(accounts.values(), reverse=True)
    models = {}
    for ev in events:
        models[ev["model"]] = models.get(ev["model"], 0) + 1
    print()
    print("| traffic | value |")
    print("|---|---|")
    print("| accounts | %d (top-5 use: %s; %d accounts with 1 event) |" % (
        len(accounts), ", ".join(str(x) for x in top[:5]), sum(1 for x in top if x == 1)))
    print("| tenants | %d |" % len(set(ev["tenant_id"] for ev in events)))
    print("| models | %s |" % ", ".join("%s %d" % (m, c) for m, c in sorted(models.items())))
    print("| time range | %s .. %s |" % (events[0]["timestamp"], events[-1]["timestamp"]))
    print("| language tags | %d (non-English events: %d) |" % (len(set(langs)), sum(1 for t in langs if t != "en")))
    maxb = max(len(json.dumps(ev, ensure_ascii=False).encode("utf-8")) for ev in events)
    print("| largest event line | %d bytes |" % maxb)


if __name__ == "__main__":
    main()
