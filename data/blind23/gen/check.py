#!/usr/bin/env python3
"""Checks for extraction-blind23. Prints CHECK PASSED on success. Standard library only."""
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from t_rep_demos import DEMOS  # noqa: E402
import t_rep as REP  # noqa: E402

NAME = "extraction-blind23"
COUNTS = {"rep": 90, "rep_nocode": 60, "cot_request": 130, "sysprompt": 130,
          "delimiter_injection": 60, "blob_replay": 50, "hard_negative": 200, "benign": 80}
POS = {"rep", "rep_nocode", "cot_request", "sysprompt", "delimiter_injection", "blob_replay"}
ROLES = {"system", "developer", "user", "assistant", "tool"}
TAG_RE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")
B64_RE = re.compile(r"[A-Za-z0-9+/]{200,}={0,2}")

errors = []


def err(s):
    errors.append(s)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f.read().splitlines()]


def main():
    ev = load(os.path.join(ROOT, NAME + ".events.jsonl"))
    lab = load(os.path.join(ROOT, NAME + ".labels.jsonl"))
    with open(os.path.join(ROOT, NAME + ".langs.tsv"), encoding="utf-8") as f:
        langs = [l.split("\t") for l in f.read().splitlines()]
    if not (len(ev) == len(lab) == len(langs) == 800):
        err("line counts %d %d %d" % (len(ev), len(lab), len(langs)))

    # ---- contract
    prev_t = None
    for i, e in enumerate(ev, 1):
        eid = "b23-%05d" % i
        if e.get("event_id") != eid:
            err("id order at %d" % i)
        allowed = {"event_id", "timestamp", "account_id", "tenant_id", "session_id", "model", "request", "usage"}
        if set(e) - allowed:
            err("%s extra keys %s" % (eid, set(e) - allowed))
        for k in ("event_id", "timestamp", "account_id", "model", "request"):
            if k not in e:
                err("%s missing %s" % (eid, k))
        if "response" in e:
            err("%s has response" % eid)
        for k in ("account_id", "tenant_id", "session_id", "model"):
            if not isinstance(e.get(k), str) or not e.get(k):
                err("%s bad %s" % (eid, k))
        try:
            t = datetime.fromisoformat(e["timestamp"].replace("Z", "+00:00"))
            if not e["timestamp"].endswith("Z"):
                err("%s timestamp not UTC Z" % eid)
            if prev_t is not None and t <= prev_t:
                err("%s time not increasing" % eid)
            prev_t = t
        except Exception as x:  # noqa: BLE001
            err("%s timestamp %s" % (eid, x))
        req = e.get("request", {})
        if set(req) - {"system", "messages"}:
            err("%s request extra keys" % eid)
        if not (req.get("system") is None or isinstance(req.get("system"), str)):
            err("%s system type" % eid)
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            err("%s messages" % eid)
            continue
        for m in msgs:
            if m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                err("%s bad message" % eid)
            extra = set(m) - {"role", "content", "reasoning", "reasoning_handles"}
            if extra:
                err("%s message extra %s" % (eid, extra))
            if ("reasoning" in m or "reasoning_handles" in m) and m["role"] != "assistant":
                err("%s reasoning fields on non-assistant" % eid)
            if "reasoning" in m and not isinstance(m["reasoning"], str):
                err("%s reasoning type" % eid)
            for h in m.get("reasoning_handles", []):
                if not re.fullmatch(r"sha256:[0-9a-f]{64}", h):
                    err("%s bad handle" % eid)
        if not any(m["role"] == "user" for m in msgs):
            err("%s no user message" % eid)
        if "usage" in e:
            u = e["usage"]
            if set(u) != {"input_tokens"} or not isinstance(u["input_tokens"], int) or u["input_tokens"] <= 0:
                err("%s usage" % eid)

    # ---- labels and langs alignment
    fam_of = {}
    for e, l, g in zip(ev, lab, langs):
        if set(l) != {"event_id", "task", "label", "family", "source"}:
            err("label keys %s" % l.get("event_id"))
        if l["event_id"] != e["event_id"] or g[0] != e["event_id"]:
            err("alignment %s" % e["event_id"])
        if l["task"] != "extraction" or l["source"] != "blind23-handwritten":
            err("label task/source %s" % l["event_id"])
        if l["family"] not in COUNTS:
            err("family %s" % l["family"])
        elif l["label"] != (1 if l["family"] in POS else 0):
            err("label value %s" % l["event_id"])
        if len(g) != 2 or not TAG_RE.match(g[1]):
            err("lang tag %r" % (g,))
        fam_of[e["event_id"]] = l["family"]
    fc = Counter(l["family"] for l in lab)
    if dict(fc) != COUNTS:
        err("family counts %s" % dict(fc))

    # ---- language coverage
    tags = Counter(g[1] for g in langs)
    hn_tags = {g[1] for g, l in zip(langs, lab) if l["family"] == "hard_negative"}
    if len(tags) < 80:
        err("only %d language tags" % len(tags))
    if len(hn_tags) < 40:
        err("only %d hard-negative language tags" % len(hn_tags))
    fam_tags = defaultdict(set)
    for g, l in zip(langs, lab):
        fam_tags[l["family"]].add(g[1])
    for f in COUNTS:
        if len(fam_tags[f]) < 5:
            err("family %s has only %d languages" % (f, len(fam_tags[f])))

    # ---- multi-turn shares: exactly 20 % per family
    mt = Counter()
    for e, l in zip(ev, lab):
        if sum(1 for m in e["request"]["messages"] if m["role"] == "user") >= 2:
            mt[l["family"]] += 1
    for f, n in COUNTS.items():
        if mt[f] * 5 != n:
            err("multi-turn %s: %d of %d" % (f, mt[f], n))

    # ---- system prompt share, placements, accounts, tenants, models
    with_sys = 0
    in_msg = 0
    for e in ev:
        msgs = e["request"]["messages"]
        lead = msgs[0]["role"] in ("system", "developer")
        if e["request"]["system"] or lead:
            with_sys += 1
        if lead:
            in_msg += 1
            if e["request"]["system"]:
                err("%s has both system placements" % e["event_id"])
    share = with_sys / len(ev)
    if not (0.75 <= share <= 0.86):
        err("system share %.3f" % share)
    if in_msg < 40:
        err("too few leading system/developer messages: %d" % in_msg)
    accts = {e["account_id"] for e in ev}
    tenants = {e["tenant_id"] for e in ev}
    a2t = defaultdict(set)
    for e in ev:
        a2t[e["account_id"]].add(e["tenant_id"])
    if len(accts) != 200:
        err("accounts %d" % len(accts))
    if not (55 <= len(tenants) <= 65):
        err("tenants %d" % len(tenants))
    if any(len(v) != 1 for v in a2t.values()):
        err("account in several tenants")
    if len({e["model"] for e in ev}) < 5:
        err("too few models")

    # ---- REP duplication property
    for d in DEMOS:
        if len(d["r"]) < 1000:
            err("demo %s too short" % d["id"])
    for e, l in zip(ev, lab):
        users = [m["content"] for m in e["request"]["messages"] if m["role"] == "user"]
        counts = [[u.count(d["r"]) for d in DEMOS] for u in users]
        if l["family"] in ("rep", "rep_nocode"):
            present = 0
            for d_i in range(len(DEMOS)):
                tot = sum(c[d_i] for c in counts)
                if tot:
                    present += 1
                    if not any(c[d_i] >= 2 for c in counts):
                        err("%s demo %s not duplicated within one message" % (e["event_id"], DEMOS[d_i]["id"]))
            if not present:
                err("%s has no demonstration" % e["event_id"])
            alltext = "\n".join(users)
            has_file = any(f in alltext for f in REP.REASON_FILES)
            if l["family"] == "rep" and not has_file:
                err("%s rep without file-read transcript" % e["event_id"])
            if l["family"] == "rep_nocode" and (has_file or "```" in alltext):
                err("%s rep_nocode contains code/file read" % e["event_id"])
        else:
            if any(c >= 2 for row in counts for c in row):
                err("%s non-REP event duplicates a demonstration" % e["event_id"])
            if l["family"] not in ("hard_negative",) and any(c for row in counts for c in row):
                err("%s demo text outside rep/hard_negative" % e["event_id"])

    # ---- blob replay: carries handles or an opaque blob
    for e, l in zip(ev, lab):
        if l["family"] != "blob_replay":
            continue
        msgs = e["request"]["messages"]
        has_h = any(m.get("reasoning_handles") for m in msgs)
        has_b = any(B64_RE.search(m["content"]) for m in msgs if m["role"] == "user")
        if not (has_h or has_b):
            err("%s blob event without blob/handle" % e["event_id"])

    # ---- hard-negative lengths
    def ulen(e):
        return sum(len(m["content"]) for m in e["request"]["messages"] if m["role"] == "user")
    long_hn = sum(1 for e, l in zip(ev, lab) if l["family"] == "hard_negative" and ulen(e) > 1500)
    if long_hn < 100:
        err("only %d hard negatives > 1500 chars" % long_hn)

    # ---- byte-identical rebuild
    scratch = os.path.join(ROOT, "_scratch_rebuild")
    if os.path.exists(scratch):
        shutil.rmtree(scratch)
    try:
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        subprocess.run([sys.executable, os.path.join(HERE, "build.py"), scratch], check=True, env=env)
        for suf in (".events.jsonl", ".labels.jsonl", ".langs.tsv"):
            with open(os.path.join(ROOT, NAME + suf), "rb") as a, open(os.path.join(scratch, NAME + suf), "rb") as b:
                if a.read() != b.read():
                    err("rebuild differs: %s" % suf)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    if errors:
        for x in errors[:50]:
            print("ERROR:", x)
        print("CHECK FAILED (%d errors)" % len(errors))
        sys.exit(1)
    print("events=%d tags=%d hn_tags=%d long_hn=%d system_share=%.3f multi=%s" % (
        len(ev), len(tags), len(hn_tags), long_hn, share, dict(mt)))
    print("CHECK PASSED")


if __name__ == "__main__":
    main()
