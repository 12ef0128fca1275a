#!/usr/bin/env python3
"""Schema check of the blind10 files against the EVENTS.md contract (by hand, stdlib only).
Prints only aggregate figures, never per-event scores."""
import json
import os
import re
import statistics
import sys
from collections import defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EV = os.path.join(OUT, "extraction-blind10.events.jsonl")
LB = os.path.join(OUT, "extraction-blind10.labels.jsonl")
ROLES = {"system", "developer", "user", "assistant", "tool"}
TS = re.compile(r"^2026-12-10T\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
errors = []


def err(n, msg):
    errors.append("line %d: %s" % (n, msg))


events, labels = [], []
with open(EV, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            ev = json.loads(line)
        except Exception as e:  # noqa: BLE001
            err(n, "events: bad JSON %s" % e)
            continue
        events.append(ev)
        if not isinstance(ev, dict):
            err(n, "not an object"); continue
        for k, t in (("event_id", str), ("account_id", str), ("model", str), ("request", dict)):
            if not isinstance(ev.get(k), t):
                err(n, "missing/invalid %s" % k)
        ts = ev.get("timestamp")
        if not (isinstance(ts, int) or (isinstance(ts, str) and TS.match(ts))):
            err(n, "bad timestamp %r" % ts)
        for k in ("tenant_id", "session_id"):
            if k in ev and not isinstance(ev[k], str):
                err(n, "bad %s" % k)
        if "response" in ev and ev["response"] is not None:
            err(n, "request-only set must not carry a response")
        req = ev.get("request", {})
        if "system" in req and not (req["system"] is None or isinstance(req["system"], str)):
            err(n, "bad request.system")
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            err(n, "messages must be a non-empty list"); continue
        for j, m in enumerate(msgs):
            if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                err(n, "bad message %d" % j)
            extra = set(m) - {"role", "content", "reasoning", "reasoning_handles"}
            if extra:
                err(n, "unexpected message keys %s" % extra)
            if ("reasoning" in m or "reasoning_handles" in m) and m.get("role") != "assistant":
                err(n, "reasoning fields only allowed on assistant messages")
            if "reasoning_handles" in m and not (isinstance(m["reasoning_handles"], list) and all(isinstance(x, str) for x in m["reasoning_handles"])):
                err(n, "bad reasoning_handles")
        u = ev.get("usage", {})
        if not isinstance(u, dict) or not all(isinstance(v, int) and v >= 0 for v in u.values()):
            err(n, "bad usage")
        md = ev.get("metadata", {})
        if not isinstance(md, dict) or set(md) - {"client"}:
            err(n, "metadata should only hold client")

with open(LB, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            labels.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            err(n, "labels: bad JSON %s" % e)

if len(events) != len(labels):
    errors.append("count mismatch %d events vs %d labels" % (len(events), len(labels)))
ids = [e.get("event_id") for e in events]
if len(set(ids)) != len(ids):
    errors.append("duplicate event ids")
for n, (e, l) in enumerate(zip(events, labels), 1):
    if l.get("event_id") != e.get("event_id"):
        err(n, "label order mismatch")
    if set(l) != {"event_id", "task", "label", "family", "source"} or l["task"] != "extraction" or l["label"] not in (0, 1):
        err(n, "bad label row")
    if not e["event_id"].startswith("b10-") or not l["source"].startswith("blind10#" + l["family"] + "-"):
        err(n, "bad id/source prefix")
tss = [e["timestamp"] for e in events]
if tss != sorted(tss):
    errors.append("timestamps not monotone")

print("events:", len(events), "labels:", len(labels), "errors:", len(errors))
for e in errors[:30]:
    print("  ", e)

# aggregate balance checks (no per-event output)
by = defaultdict(lambda: defaultdict(list))
for e, l in zip(events, labels):
    f = l["family"]
    by[f]["tok"].append(e["usage"]["input_tokens"])
    by[f]["model"].append(e["model"])
    by[f]["client"].append(e["metadata"]["client"])
    by[f]["nmsg"].append(len(e["request"]["messages"]))
for f, d in by.items():
    print("%-20s median_tok=%6d max_tok=%6d mean_msgs=%.2f models=%d clients=%d" % (
        f, statistics.median(d["tok"]), max(d["tok"]), statistics.mean(d["nmsg"]),
        len(set(d["model"])), len(set(d["client"]))))
sys.exit(1 if errors else 0)
