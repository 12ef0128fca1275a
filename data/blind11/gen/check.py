#!/usr/bin/env python3
"""Schema check for blind11 events and labels against the EVENTS.md contract (stdlib only)."""
import json
import os
import re
import sys
from datetime import datetime

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EV = os.path.join(OUT, "extraction-blind11.events.jsonl")
LB = os.path.join(OUT, "extraction-blind11.labels.jsonl")
ROLES = {"system", "developer", "user", "assistant", "tool"}
FAMS = {"rep": 1, "rep_nocode": 1, "cot_request": 1, "sysprompt": 1, "delimiter_injection": 1,
        "blob_replay": 1, "hard_negative": 0, "benign": 0}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def fail(errs, n, msg):
    errs.append("line %d: %s" % (n, msg))


def check_event(n, ev, errs):
    if not isinstance(ev, dict):
        return fail(errs, n, "not an object")
    for k, t in (("event_id", str), ("account_id", str), ("model", str), ("request", dict)):
        if not isinstance(ev.get(k), t):
            fail(errs, n, "missing/invalid %s" % k)
    ts = ev.get("timestamp")
    if isinstance(ts, str):
        if not RFC3339.match(ts):
            fail(errs, n, "timestamp not RFC 3339")
        else:
            d = datetime.fromisoformat(ts.replace("Z", "+00:00"))
            if d.strftime("%Y-%m-%d") != "2026-12-11":
                fail(errs, n, "timestamp not on 2026-12-11 UTC")
    elif not isinstance(ts, int):
        fail(errs, n, "timestamp type")
    for k in ("tenant_id", "session_id"):
        if k in ev and not isinstance(ev[k], str):
            fail(errs, n, "%s not string" % k)
    if "response" in ev and ev["response"] is not None:
        fail(errs, n, "response present in a request-only set")
    req = ev.get("request") or {}
    if "system" in req and not (req["system"] is None or isinstance(req["system"], str)):
        fail(errs, n, "request.system type")
    msgs = req.get("messages")
    if not isinstance(msgs, list) or not msgs:
        fail(errs, n, "request.messages missing or empty")
        msgs = []
    for m in msgs:
        if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
            fail(errs, n, "bad message %r" % (m if not isinstance(m, dict) else m.get("role")))
            continue
        extra = set(m) - {"role", "content", "reasoning", "reasoning_handles"}
        if extra:
            fail(errs, n, "unexpected message keys %s" % sorted(extra))
        if ("reasoning" in m or "reasoning_handles" in m) and m["role"] != "assistant":
            fail(errs, n, "reasoning fields on non-assistant message")
        if "reasoning" in m and not isinstance(m["reasoning"], str):
            fail(errs, n, "reasoning not string")
        if "reasoning_handles" in m and not (isinstance(m["reasoning_handles"], list)
                                             and all(isinstance(x, str) for x in m["reasoning_handles"])):
            fail(errs, n, "reasoning_handles not list of strings")
    u = ev.get("usage")
    if u is not None:
        if not isinstance(u, dict) or not all(isinstance(v, int) for v in u.values()):
            fail(errs, n, "usage not integer map")
        elif not isinstance(u.get("input_tokens"), int) or u["input_tokens"] <= 0:
            fail(errs, n, "usage.input_tokens missing")
    md = ev.get("metadata")
    if not isinstance(md, dict) or not isinstance(md.get("client"), str):
        fail(errs, n, "metadata.client missing")


def main():
    errs = []
    evs, lbs = [], []
    with open(EV, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                ev = json.loads(line)
            except Exception as e:  # noqa: BLE001
                fail(errs, n, "events JSON: %s" % e)
                continue
            check_event(n, ev, errs)
            evs.append(ev)
    with open(LB, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                lb = json.loads(line)
            except Exception as e:  # noqa: BLE001
                fail(errs, n, "labels JSON: %s" % e)
                continue
            lbs.append(lb)
            if set(lb) != {"event_id", "task", "label", "family", "source"}:
                fail(errs, n, "label keys")
            if lb.get("task") != "extraction" or lb.get("label") not in (0, 1):
                fail(errs, n, "label task/value")
            if FAMS.get(lb.get("family")) != lb.get("label"):
                fail(errs, n, "family/label mismatch")
            if not str(lb.get("source", "")).startswith("blind11#%s-" % lb.get("family")):
                fail(errs, n, "source format")
    if len(evs) != len(lbs):
        errs.append("events (%d) and labels (%d) differ in length" % (len(evs), len(lbs)))
    ids = [e.get("event_id") for e in evs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate event_id")
    for n, (e, l) in enumerate(zip(evs, lbs), 1):
        if e.get("event_id") != l.get("event_id"):
            fail(errs, n, "event/label id order mismatch")
        if not str(e.get("event_id", "")).startswith("b11-"):
            fail(errs, n, "event_id prefix")
    for e in errs[:50]:
        print("ERROR", e)
    print("check: %d events, %d labels, %d errors" % (len(evs), len(lbs), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
