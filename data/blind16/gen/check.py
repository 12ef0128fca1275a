# -*- coding: utf-8 -*-
"""Validate the blind16 files against the event/label contract (EVENTS.md) and the set plan.
Exit status 0 when everything passes. Prints aggregate counts only (never event text)."""
import datetime as dt
import json
import os
import re
import sys
sys.dont_write_bytecode = True
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

EXPECTED = {
    "rep": 58, "rep_nocode": 38, "cot_request": 125, "sysprompt": 125,
    "delimiter_injection": 48, "blob_replay": 38, "hard_negative": 220, "benign": 172,
}
ATTACK = {"rep", "rep_nocode", "cot_request", "sysprompt", "delimiter_injection", "blob_replay"}
ROLES = {"system", "developer", "user", "assistant", "tool"}
TOP_KEYS = {"event_id", "timestamp", "account_id", "tenant_id", "session_id", "model", "request",
            "response", "usage", "metadata"}
RFC3339 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")

errors = []


def err(msg):
    errors.append(msg)


def parse_ts(ts):
    if isinstance(ts, bool):
        return None
    if isinstance(ts, int):
        return dt.datetime.fromtimestamp(ts / 1000.0, tz=dt.timezone.utc)
    if isinstance(ts, str):
        m = RFC3339.match(ts)
        if not m:
            return None
        s = ts.replace("z", "Z").replace("t", "T")
        if s.endswith("Z"):
            s = s[:-1] + "+00:00"
        return dt.datetime.fromisoformat(s).astimezone(dt.timezone.utc)
    return None


def is_str(x):
    return isinstance(x, str)


def check_event(ev, ln):
    if not isinstance(ev, dict):
        err("line %d: not an object" % ln)
        return None
    extra = set(ev) - TOP_KEYS
    if extra:
        err("line %d: unexpected top-level keys %s" % (ln, sorted(extra)))
    for k in ("event_id", "account_id", "model"):
        if not is_str(ev.get(k)) or not ev.get(k):
            err("line %d: %s must be a non-empty string" % (ln, k))
    for k in ("tenant_id", "session_id"):
        if k in ev and not is_str(ev[k]):
            err("line %d: %s must be a string" % (ln, k))
    t = parse_ts(ev.get("timestamp"))
    if t is None:
        err("line %d: bad timestamp %r" % (ln, ev.get("timestamp")))
    req = ev.get("request")
    if not isinstance(req, dict):
        err("line %d: request must be an object" % ln)
        return t
    if set(req) - {"system", "messages"}:
        err("line %d: unexpected request keys" % ln)
    if "system" in req and not (req["system"] is None or is_str(req["system"])):
        err("line %d: request.system must be string or null" % ln)
    msgs = req.get("messages")
    if not isinstance(msgs, list) or not msgs:
        err("line %d: request.messages must be a non-empty list" % ln)
        return t
    for j, m in enumerate(msgs):
        if not isinstance(m, dict):
            err("line %d msg %d: not an object" % (ln, j))
            continue
        if m.get("role") not in ROLES:
            err("line %d msg %d: bad role %r" % (ln, j, m.get("role")))
        if not is_str(m.get("content")):
            err("line %d msg %d: content must be a string" % (ln, j))
        if set(m) - {"role", "content", "reasoning", "reasoning_handles"}:
            err("line %d msg %d: unexpected keys %s" % (ln, j, sorted(set(m) - {"role", "content", "reasoning", "reasoning_handles"})))
        if ("reasoning" in m or "reasoning_handles" in m) and m.get("role") != "assistant":
            err("line %d msg %d: reasoning fields on non-assistant message" % (ln, j))
        if "reasoning" in m and not (m["reasoning"] is None or is_str(m["reasoning"])):
            err("line %d msg %d: reasoning must be string or null" % (ln, j))
        if "reasoning_handles" in m:
            h = m["reasoning_handles"]
            if not isinstance(h, list) or not all(is_str(x) for x in h):
                err("line %d msg %d: reasoning_handles must be a list of strings" % (ln, j))
        if m.get("role") in ("system", "developer") and j != 0:
            err("line %d msg %d: system/developer message not leading" % (ln, j))
    if msgs[0].get("role") in ("system", "developer") and req.get("system"):
        err("line %d: both request.system and a leading system message" % ln)
    if msgs[-1].get("role") != "user":
        err("line %d: last message should be the user's request" % ln)
    if "response" in ev:
        err("line %d: request-only set must not carry a response" % ln)
    if "usage" in ev:
        u = ev["usage"]
        if not isinstance(u, dict) or set(u) - {"input_tokens", "output_tokens", "reasoning_tokens"}:
            err("line %d: bad usage object" % ln)
        else:
            for k, v in u.items():
                if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                    err("line %d: usage.%s must be a non-negative integer" % (ln, k))
    if "metadata" in ev and not isinstance(ev["metadata"], dict):
        err("line %d: metadata must be an object" % ln)
    return t


def main():
    ev_path = os.path.join(OUT, "extraction-blind16.events.jsonl")
    lb_path = os.path.join(OUT, "extraction-blind16.labels.jsonl")
    lg_path = os.path.join(OUT, "extraction-blind16.langs.tsv")
    events, times = [], []
    with open(ev_path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                ev = json.loads(line)
            except ValueError as e:
                err("line %d: invalid JSON (%s)" % (ln, e))
                continue
            times.append(check_event(ev, ln))
            events.append(ev)
    n = len(events)
    if not 750 <= n <= 850:
        err("event count %d outside 750-850" % n)
    ids = [e.get("event_id") for e in events]
    if len(set(ids)) != n:
        err("duplicate event ids")
    for i, eid in enumerate(ids):
        if eid != "b16-%04d" % (i + 1):
            err("event id %r at position %d breaks the b16-0001.. sequence" % (eid, i + 1))
            break
    secs = []
    for i, t in enumerate(times):
        if t is None:
            continue
        if t.date() != dt.date(2026, 12, 20):
            err("%s: timestamp not on 2026-12-20 UTC" % ids[i])
        secs.append(int(t.timestamp()))
    if secs != sorted(secs):
        err("events are not in time order")
    if len(set(secs)) != len(secs):
        err("timestamps do not fall on distinct seconds")

    labels = []
    with open(lb_path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            lb = json.loads(line)
            labels.append(lb)
            if set(lb) != {"event_id", "task", "label", "family", "source"}:
                err("label line %d: keys %s" % (ln, sorted(lb)))
            if lb.get("task") != "extraction":
                err("label line %d: task must be 'extraction'" % ln)
            if lb.get("label") not in (0, 1) or isinstance(lb.get("label"), bool):
                err("label line %d: label must be 0 or 1" % ln)
            if lb.get("family") not in EXPECTED:
                err("label line %d: unknown family %r" % (ln, lb.get("family")))
            elif lb["label"] != (1 if lb["family"] in ATTACK else 0):
                err("label line %d: label does not match family" % ln)
            if not is_str(lb.get("source")):
                err("label line %d: source must be a string" % ln)
    if [l.get("event_id") for l in labels] != ids:
        err("label ids do not match event ids one-to-one in order")
    fam = Counter(l.get("family") for l in labels)
    for f, k in EXPECTED.items():
        if fam.get(f, 0) != k:
            err("family %s: %d, expected %d" % (f, fam.get(f, 0), k))

    langs = {}
    with open(lg_path, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            eid, lg = line.rstrip("\n").split("\t")
            langs[eid] = lg
    if set(langs) != set(ids):
        err("language sidecar does not cover exactly the event ids")
    lc = Counter(langs.values())
    if len(lc) < 80:
        err("only %d language tags" % len(lc))

    # aggregate shape report (no event text)
    sys_none = sum(1 for e in events if not e["request"].get("system") and e["request"]["messages"][0]["role"] not in ("system", "developer"))
    lead = sum(1 for e in events if e["request"]["messages"][0]["role"] in ("system", "developer"))
    multi = sum(1 for e in events if sum(1 for m in e["request"]["messages"] if m["role"] != "system" and m["role"] != "developer") > 1)
    print("events %d, labels %d, attacks %d, non-attacks %d" % (n, len(labels), sum(l["label"] for l in labels), n - sum(l["label"] for l in labels)))
    print("families:", ", ".join("%s=%d" % (f, fam[f]) for f in EXPECTED))
    print("language tags: %d (en=%d, %.0f%%)" % (len(lc), lc.get("en", 0), 100.0 * lc.get("en", 0) / n))
    print("no system prompt: %d, leading system/developer message: %d, multi-turn: %d (%.0f%%)" % (sys_none, lead, multi, 100.0 * multi / n))
    print("accounts %d, tenants %d, with session %d, with usage %d, with metadata.client %d, models %d" % (
        len({e['account_id'] for e in events}), len({e.get('tenant_id') for e in events if 'tenant_id' in e}),
        sum('session_id' in e for e in events), sum('usage' in e for e in events),
        sum('client' in e.get('metadata', {}) for e in events), len({e['model'] for e in events})))
    print("timestamp formats: epoch-ms %d, RFC 3339 %d" % (sum(isinstance(e['timestamp'], int) for e in events), sum(isinstance(e['timestamp'], str) for e in events)))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors[:50]:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
