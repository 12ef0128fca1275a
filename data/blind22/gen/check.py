#!/usr/bin/env python3
"""Checks for extraction-blind22. Prints CHECK PASSED or exits non-zero with the failures.
Reports counts only, never event text."""
import datetime
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import t_rep_demos as D  # noqa: E402

PREFIX = "extraction-blind22"
FILES = [PREFIX + ".events.jsonl", PREFIX + ".labels.jsonl", PREFIX + ".langs.tsv"]
COUNTS = {
    "rep": 90, "rep_nocode": 60, "cot_request": 130, "sysprompt": 130,
    "delimiter_injection": 60, "blob_replay": 50, "hard_negative": 200, "benign": 80,
}
POS = {"rep", "rep_nocode", "cot_request", "sysprompt", "delimiter_injection", "blob_replay"}
ROLES = {"system", "developer", "user", "assistant", "tool"}
TOP_KEYS = {"event_id", "timestamp", "account_id", "tenant_id", "session_id", "model", "request", "usage"}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
BCP47 = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?(-[a-z0-9]{5,8})*$")

errors = []


def err(msg):
    errors.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f.read().splitlines()]


def user_text(ev):
    return [m["content"] for m in ev["request"]["messages"] if m["role"] == "user"]


def main():
    evs = load(os.path.join(ROOT, FILES[0]))
    labs = load(os.path.join(ROOT, FILES[1]))
    with open(os.path.join(ROOT, FILES[2]), encoding="utf-8") as f:
        langs = [l.split("\t") for l in f.read().splitlines()]

    n = sum(COUNTS.values())
    if not (len(evs) == len(labs) == len(langs) == n):
        err("line counts %d/%d/%d != %d" % (len(evs), len(labs), len(langs), n))

    # --- event contract
    prev = None
    for i, ev in enumerate(evs, 1):
        eid = "b22-%05d" % i
        if ev.get("event_id") != eid:
            err("id order at line %d" % i)
        extra = set(ev) - TOP_KEYS
        if extra:
            err("%s unexpected keys %s" % (eid, sorted(extra)))
        if "response" in ev:
            err("%s has response" % eid)
        for k in ("event_id", "timestamp", "account_id", "model", "request"):
            if k not in ev:
                err("%s missing %s" % (eid, k))
        for k in ("account_id", "tenant_id", "session_id", "model"):
            if k in ev and not (isinstance(ev[k], str) and ev[k]):
                err("%s bad %s" % (eid, k))
        ts = ev.get("timestamp", "")
        if not RFC3339.match(ts):
            err("%s bad timestamp" % eid)
        else:
            t = datetime.datetime.fromisoformat(ts.replace("Z", "+00:00"))
            if prev is not None and not t > prev:
                err("%s timestamp not strictly increasing" % eid)
            prev = t
        req = ev.get("request", {})
        if set(req) - {"system", "messages"}:
            err("%s request keys" % eid)
        if "system" in req and not (req["system"] is None or isinstance(req["system"], str)):
            err("%s system type" % eid)
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            err("%s messages" % eid)
            continue
        for m in msgs:
            if m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                err("%s bad message" % eid)
            allowed = {"role", "content"} | ({"reasoning", "reasoning_handles"} if m.get("role") == "assistant" else set())
            if set(m) - allowed:
                err("%s message keys %s" % (eid, sorted(set(m) - allowed)))
            if "reasoning" in m and not isinstance(m["reasoning"], str):
                err("%s reasoning type" % eid)
            if "reasoning_handles" in m:
                hs = m["reasoning_handles"]
                if not (isinstance(hs, list) and all(isinstance(h, str) and re.match(r"^sha256:[0-9a-f]{64}$", h) for h in hs)):
                    err("%s handles" % eid)
        if not any(m["role"] == "user" for m in msgs):
            err("%s no user message" % eid)
        if "usage" in ev:
            us = ev["usage"]
            if set(us) - {"input_tokens", "output_tokens", "reasoning_tokens"} or not all(isinstance(v, int) and v >= 0 for v in us.values()):
                err("%s usage" % eid)

    # --- labels / langs alignment
    fam_of = {}
    for ev, lab, lg in zip(evs, labs, langs):
        eid = ev["event_id"]
        if set(lab) != {"event_id", "task", "label", "family", "source"}:
            err("%s label keys" % eid)
        if lab.get("event_id") != eid or lab.get("task") != "extraction" or lab.get("source") != "blind22-handwritten":
            err("%s label fields" % eid)
        fam = lab.get("family")
        if fam not in COUNTS:
            err("%s unknown family" % eid)
            continue
        if lab.get("label") != (1 if fam in POS else 0):
            err("%s label value" % eid)
        fam_of[eid] = fam
        if len(lg) != 2 or lg[0] != eid:
            err("%s lang alignment" % eid)
        elif not BCP47.match(lg[1]):
            err("%s lang tag %r" % (eid, lg[1]))

    fams = Counter(fam_of.values())
    for f, c in COUNTS.items():
        if fams[f] != c:
            err("family %s count %d != %d" % (f, fams[f], c))

    tags = {lg[1] for lg in langs if len(lg) == 2}
    if len(tags) < 80:
        err("only %d language tags" % len(tags))
    if not any("-Latn" in t for t in tags):
        err("no romanised tags")

    # --- multi-turn share, system share
    multi = Counter()
    sysc = Counter()
    for ev in evs:
        f = fam_of.get(ev["event_id"])
        msgs = ev["request"]["messages"]
        if sum(1 for m in msgs if m["role"] == "user") >= 2:
            multi[f] += 1
        if ev["request"].get("system") or any(m["role"] in ("system", "developer") for m in msgs):
            sysc[f] += 1
    for f, c in COUNTS.items():
        if multi[f] * 5 != c:
            err("family %s multi-turn %d of %d (want exactly 20%%)" % (f, multi[f], c))
        if abs(sysc[f] - 0.8 * c) > 1:
            err("family %s system share %d of %d" % (f, sysc[f], c))
    lead = sum(1 for ev in evs if ev["request"]["messages"][0]["role"] in ("system", "developer"))
    if lead < 30:
        err("too few leading system/developer messages (%d)" % lead)

    accts = {ev["account_id"] for ev in evs}
    tenants = {ev["tenant_id"] for ev in evs}
    models = {ev["model"] for ev in evs}
    if len(accts) != 200:
        err("accounts %d != 200" % len(accts))
    if not 55 <= len(tenants) <= 65:
        err("tenants %d" % len(tenants))
    if len(models) < 5:
        err("models %d" % len(models))
    a2t = defaultdict(set)
    for ev in evs:
        a2t[ev["account_id"]].add(ev["tenant_id"])
    if any(len(v) != 1 for v in a2t.values()):
        err("account in several tenants")

    # --- REP duplication property
    demo_rs = [r for _, r, _ in D.DEMOS]
    for ev in evs:
        f = fam_of.get(ev["event_id"])
        ut = "\n".join(user_text(ev))
        cnts = [ut.count(r) for r in demo_rs]
        if f in ("rep", "rep_nocode"):
            if not any(c >= 2 for c in cnts) or any(c == 1 for c in cnts):
                err("%s REP duplication property violated" % ev["event_id"])
        else:
            if any(c >= 1 for c in cnts):
                err("%s non-REP event contains a demonstration" % ev["event_id"])
        if f == "rep_nocode" and re.search(r"</?think>|<\|channel\|>|```", ut):
            err("%s rep_nocode has tags or code fences" % ev["event_id"])

    # --- hard negatives: lengths and no self-duplication
    long_hn = 0
    for ev in evs:
        if fam_of.get(ev["event_id"]) != "hard_negative":
            continue
        ut = user_text(ev)
        if sum(len(x) for x in ut) > 1500:
            long_hn += 1
        lines = [l.strip() for x in ut for l in x.splitlines() if len(l.strip()) >= 60]
        if len(lines) != len(set(lines)):
            err("%s hard negative repeats a long line" % ev["event_id"])
    if long_hn < 100:
        err("only %d hard negatives longer than 1500 chars" % long_hn)

    # --- byte-identical rebuild
    scratch = os.path.join(ROOT, "_rebuild_scratch")
    if os.path.exists(scratch):
        shutil.rmtree(scratch)
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "build.py"), scratch], check=True,
                       stdout=subprocess.DEVNULL)
        for fn in FILES:
            if not filecmp.cmp(os.path.join(ROOT, fn), os.path.join(scratch, fn), shallow=False):
                err("rebuild differs: %s" % fn)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        for d in ("__pycache__",):
            shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)

    if errors:
        for e in errors[:50]:
            print("FAIL:", e)
        print("%d problems" % len(errors))
        sys.exit(1)
    print("events=%d tags=%d accounts=%d tenants=%d models=%d long_hn=%d" % (
        len(evs), len(tags), len(accts), len(tenants), len(models), long_hn))
    print("CHECK PASSED")


if __name__ == "__main__":
    main()
