#!/usr/bin/env python3
"""Checks for the blind20 extraction set. Exit code 0 and 'CHECK PASSED' when all checks hold.

Multi-turn definition used here and in build.py: the request holds two or more user-role messages.
"""
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import t_rep  # noqa: E402

PREFIX = "extraction-blind20"
FILES = [PREFIX + ".events.jsonl", PREFIX + ".labels.jsonl", PREFIX + ".langs.tsv"]
COUNTS = {"rep": 90, "rep_nocode": 60, "cot_request": 130, "sysprompt": 130,
          "delimiter_injection": 60, "blob_replay": 50, "hard_negative": 200, "benign": 80}
LABEL = {"rep": 1, "rep_nocode": 1, "cot_request": 1, "sysprompt": 1,
         "delimiter_injection": 1, "blob_replay": 1, "hard_negative": 0, "benign": 0}
ROLES = {"system", "developer", "user", "assistant", "tool"}
TOP_ALLOWED = {"event_id", "timestamp", "account_id", "tenant_id", "session_id", "model", "request",
               "response", "usage", "metadata"}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
MARKER_RES = [
    re.compile(r"<think>\n(.*?)\n</think>", re.S),
    re.compile(r"<thinking>\n(.*?)\n</thinking>", re.S),
    re.compile(r"Response: analysis\n(.*?)\nassistantfinal", re.S),
    re.compile(r"<\|channel\|>analysis<\|message\|>(.*?)<\|end\|>", re.S),
    re.compile(r"◁think▷(.*?)◁/think▷", re.S),
    re.compile(r"<\|channel>thought\n(.*?)<channel\|>", re.S),
]
CODE_WRAP = re.compile(r"```|\$ cat |>>> print\(open|In \[\d+\]: !cat|<tool_call>|^cat \S|Get-Content ", re.M)

errors = []


def err(msg):
    errors.append(msg)


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def user_text(ev):
    return "\n".join(m["content"] for m in ev["request"]["messages"] if m["role"] == "user")


def main():
    paths = [os.path.join(ROOT, f) for f in FILES]
    events = [json.loads(l) for l in open(paths[0], encoding="utf-8")]
    labels = [json.loads(l) for l in open(paths[1], encoding="utf-8")]
    langs = [l.rstrip("\n").split("\t") for l in open(paths[2], encoding="utf-8")]

    # ---- sizes, ids, alignment
    if not (len(events) == len(labels) == len(langs) == 800):
        err("line counts %d/%d/%d" % (len(events), len(labels), len(langs)))
    for i, (e, lb, lg) in enumerate(zip(events, labels, langs)):
        eid = "b20-%05d" % (i + 1)
        if e.get("event_id") != eid:
            err("event id %s at line %d" % (e.get("event_id"), i + 1))
        if lb.get("event_id") != eid or lg[0] != eid or len(lg) != 2 or not lg[1]:
            err("alignment broken at line %d" % (i + 1))
        if set(lb) != {"event_id", "task", "label", "family", "source"}:
            err("label keys %s" % sorted(lb))
        if lb.get("task") != "extraction" or lb.get("source") != "blind20-handwritten":
            err("label task/source at %s" % eid)
        if lb.get("family") not in COUNTS or lb.get("label") != LABEL.get(lb.get("family")):
            err("label/family mismatch at %s" % eid)

    # ---- event contract
    prev = None
    for e in events:
        eid = e.get("event_id")
        if set(e) - TOP_ALLOWED:
            err("unknown top-level keys in %s" % eid)
        for k in ("event_id", "timestamp", "account_id", "model", "request"):
            if k not in e:
                err("missing %s in %s" % (k, eid))
        for k in ("event_id", "account_id", "tenant_id", "session_id", "model"):
            if k in e and not (isinstance(e[k], str) and e[k]):
                err("bad %s in %s" % (k, eid))
        if "response" in e:
            err("response present in %s (request-only set)" % eid)
        ts = e.get("timestamp")
        if not isinstance(ts, str) or not RFC3339.match(ts):
            err("timestamp format in %s" % eid)
        else:
            t = datetime.fromisoformat(ts.replace("Z", "+00:00"))
            if prev is not None and not t > prev:
                err("timestamp not strictly increasing at %s" % eid)
            prev = t
        req = e.get("request", {})
        if not isinstance(req, dict) or set(req) - {"system", "messages"}:
            err("bad request object in %s" % eid)
            continue
        if "system" in req and not (req["system"] is None or isinstance(req["system"], str)):
            err("request.system type in %s" % eid)
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            err("messages missing in %s" % eid)
            continue
        for m in msgs:
            if m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                err("bad message in %s" % eid)
            extra = set(m) - {"role", "content", "reasoning", "reasoning_handles"}
            if extra:
                err("unknown message keys %s in %s" % (extra, eid))
            if ("reasoning" in m or "reasoning_handles" in m) and m["role"] != "assistant":
                err("reasoning fields on non-assistant message in %s" % eid)
            if "reasoning_handles" in m and not all(isinstance(h, str) for h in m["reasoning_handles"]):
                err("reasoning_handles not strings in %s" % eid)
        if not any(m["role"] == "user" for m in msgs):
            err("no user message in %s" % eid)
        if "usage" in e:
            if not all(isinstance(v, int) for v in e["usage"].values()):
                err("usage types in %s" % eid)

    fam = [lb["family"] for lb in labels]
    lab = [lb["label"] for lb in labels]
    tags = [lg[1] for lg in langs]

    # ---- counts and multi-turn shares
    c = collections.Counter(fam)
    for f, n in COUNTS.items():
        if c[f] != n:
            err("count %s = %d, want %d" % (f, c[f], n))
    multi = [sum(1 for m in e["request"]["messages"] if m["role"] == "user") >= 2 for e in events]
    for f, n in COUNTS.items():
        k = sum(1 for i in range(len(events)) if fam[i] == f and multi[i])
        if k * 5 != n:
            err("multi-turn %s: %d of %d (want exactly 20%%)" % (f, k, n))

    # ---- language coverage
    distinct = set(tags)
    if len(distinct) < 80:
        err("only %d language tags" % len(distinct))
    per = collections.defaultdict(set)
    for t, l in zip(tags, lab):
        per[t].add(l)
    for t, ls in per.items():
        if t != "en" and ls != {0, 1}:
            err("tag %s lacks attack or non-attack (%s)" % (t, sorted(ls)))

    def nonen(f):
        return sum(1 for i in range(len(events)) if fam[i] == f and tags[i] != "en")
    if nonen("cot_request") < 80:
        err("cot_request non-English %d < 80" % nonen("cot_request"))
    if nonen("sysprompt") < 40:
        err("sysprompt non-English %d < 40" % nonen("sysprompt"))
    if nonen("benign") < 40:
        err("benign non-English %d < 40" % nonen("benign"))

    # ---- REP duplication property
    demo_rs = [d["r"] for d in t_rep.DEMOS]
    for i, e in enumerate(events):
        ut = user_text(e)
        segs = []
        for rx in MARKER_RES:
            for m in rx.finditer(ut):
                segs.append((m.group(1), m.end()))
        if fam[i] in ("rep", "rep_nocode"):
            if not 1 <= len(segs) <= 3:
                err("%s: %d hidden-channel demos" % (e["event_id"], len(segs)))
            for seg, end in segs:
                if len(seg) < 200 or seg not in ut[end:]:
                    err("%s: demo reasoning not repeated verbatim after its marker" % e["event_id"])
            has_code = bool(CODE_WRAP.search(ut))
            if fam[i] == "rep" and not has_code:
                err("%s: rep without code-like reveal wrapper" % e["event_id"])
            if fam[i] == "rep_nocode" and has_code:
                err("%s: rep_nocode has a code-like wrapper" % e["event_id"])
            instr = ([x.split("{")[0] for x in t_rep.SAME_FORMAT] + list(t_rep.SAME_FORMAT_GENERIC) +
                     [x[1] for x in t_rep.SAME_FORMAT_L] + [x[3] for x in t_rep.PROSE_LABELS])
            if not any(x in ut for x in instr):
                err("%s: no same-format instruction" % e["event_id"])
        elif lab[i] == 0:
            for seg, end in segs:
                if len(seg) >= 100 and seg in ut[end:]:
                    err("%s: negative has REP-style duplication" % e["event_id"])
            for r in demo_rs:
                if ut.count(r) > 1:
                    err("%s: negative repeats a worked solution" % e["event_id"])

    # ---- hard-negative lengths
    long_hn = sum(1 for i, e in enumerate(events)
                  if fam[i] == "hard_negative" and sum(len(m["content"]) for m in e["request"]["messages"]) > 1500)
    if long_hn < 90:
        err("only %d hard negatives > 1500 chars" % long_hn)

    # ---- system prompts, accounts, tenants, models
    has_sys = [bool(e["request"].get("system")) or e["request"]["messages"][0]["role"] in ("system", "developer")
               for e in events]
    leading = [e["request"]["messages"][0]["role"] in ("system", "developer") for e in events]
    share = sum(has_sys) / len(events)
    lshare = sum(leading) / max(1, sum(has_sys))
    if not 0.75 <= share <= 0.85:
        err("system prompt share %.3f" % share)
    if not 0.09 <= lshare <= 0.15:
        err("leading system/developer share %.3f" % lshare)
    accts = {e["account_id"] for e in events}
    tens = {e["tenant_id"] for e in events}
    if len(accts) != 200 or len(tens) != 60:
        err("accounts %d tenants %d" % (len(accts), len(tens)))
    at = collections.defaultdict(set)
    for e in events:
        at[e["account_id"]].add(e["tenant_id"])
    if any(len(v) != 1 for v in at.values()):
        err("an account maps to several tenants")
    if len({e["model"] for e in events}) < 3:
        err("fewer than 3 model names")

    # ---- byte-identical rebuild
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, os.path.join(HERE, "build.py"), td], check=True,
                       stdout=subprocess.DEVNULL)
        for f, p in zip(FILES, paths):
            if sha(os.path.join(td, f)) != sha(p):
                err("rebuild differs for %s" % f)

    print("events=%d language_tags=%d hard_negatives_over_1500=%d system_share=%.3f leading_share=%.3f"
          % (len(events), len(distinct), long_hn, share, lshare))
    for f in COUNTS:
        print("  %-20s %4d  multi=%d" % (f, c[f], sum(1 for i in range(len(events)) if fam[i] == f and multi[i])))
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        print("CHECK FAILED (%d errors)" % len(errors))
        sys.exit(1)
    print("CHECK PASSED")


if __name__ == "__main__":
    main()
