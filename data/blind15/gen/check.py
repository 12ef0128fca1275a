#!/usr/bin/env python3
"""Validate extraction-blind15 events and labels against shared/EVENTS.md and
print per-family statistics. Exit status 1 on any error."""
import collections
import datetime as dt
import json
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import t_sysprompts  # noqa: E402

EV = os.path.join(OUT, "extraction-blind15.events.jsonl")
LB = os.path.join(OUT, "extraction-blind15.labels.jsonl")
LABEL = {"rep": 1, "rep_nocode": 1, "cot_request": 1, "sysprompt": 1,
         "delimiter_injection": 1, "blob_replay": 1, "hard_negative": 0, "benign": 0}
ROLES = {"system", "developer", "user", "assistant", "tool"}
TOP_KEYS = {"event_id", "timestamp", "account_id", "tenant_id", "session_id", "model",
            "request", "response", "usage", "metadata"}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
DAY0 = dt.datetime(2026, 12, 15, tzinfo=dt.timezone.utc)
DAY1 = DAY0 + dt.timedelta(days=1)

errors = []


def err(line, msg):
    errors.append(f"line {line}: {msg}")


def parse_ts(ts):
    if isinstance(ts, bool):
        return None
    if isinstance(ts, int):
        return dt.datetime.fromtimestamp(ts / 1000, tz=dt.timezone.utc)
    if isinstance(ts, str) and RFC3339.match(ts):
        return dt.datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return None


def sys_category(text):
    if text is None:
        return "none"
    for name in ("generic", "product", "secret"):
        if text in getattr(t_sysprompts, name.upper()):
            return name
    return "unknown"


def main():
    with open(EV, encoding="utf-8") as f:
        ev_lines = [l for l in f.read().split("\n") if l.strip()]
    with open(LB, encoding="utf-8") as f:
        lb_lines = [l for l in f.read().split("\n") if l.strip()]
    if len(ev_lines) != len(lb_lines):
        err(0, f"{len(ev_lines)} events but {len(lb_lines)} labels")

    events = []
    prev_t = None
    seen = set()
    for i, line in enumerate(ev_lines, 1):
        try:
            ev = json.loads(line)
        except json.JSONDecodeError as e:
            err(i, f"bad JSON: {e}")
            continue
        events.append(ev)
        if not isinstance(ev, dict):
            err(i, "not an object")
            continue
        for k in ev:
            if k not in TOP_KEYS:
                err(i, f"unknown top-level key {k}")
        for k in ("event_id", "account_id", "model"):
            if not isinstance(ev.get(k), str) or not ev.get(k):
                err(i, f"{k} missing or not a non-empty string")
        for k in ("tenant_id", "session_id"):
            if k in ev and not isinstance(ev[k], str):
                err(i, f"{k} not a string")
        if "response" in ev:
            err(i, "response present in a request-only set")
        eid = ev.get("event_id")
        if eid != f"b15-{i:04d}":
            err(i, f"event_id {eid} out of order (expected b15-{i:04d})")
        if eid in seen:
            err(i, f"duplicate event_id {eid}")
        seen.add(eid)
        t = parse_ts(ev.get("timestamp"))
        if t is None:
            err(i, f"bad timestamp {ev.get('timestamp')!r}")
        else:
            if not (DAY0 <= t < DAY1):
                err(i, f"timestamp {t.isoformat()} not on 2026-12-15 UTC")
            if prev_t is not None and t < prev_t:
                err(i, "timestamps not in id order")
            prev_t = t
        req = ev.get("request")
        if not isinstance(req, dict):
            err(i, "request missing or not an object")
            continue
        for k in req:
            if k not in ("system", "messages"):
                err(i, f"unknown request key {k}")
        if "system" in req and not (req["system"] is None or isinstance(req["system"], str)):
            err(i, "request.system must be string or null")
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            err(i, "request.messages missing or empty")
            continue
        for j, m in enumerate(msgs):
            if not isinstance(m, dict):
                err(i, f"message {j} not an object")
                continue
            if m.get("role") not in ROLES:
                err(i, f"message {j} bad role {m.get('role')!r}")
            if not isinstance(m.get("content"), str):
                err(i, f"message {j} content not a string")
            for k in m:
                if k not in ("role", "content", "reasoning", "reasoning_handles"):
                    err(i, f"message {j} unknown key {k}")
            if "reasoning" in m and (m.get("role") != "assistant" or not isinstance(m["reasoning"], str)):
                err(i, f"message {j} reasoning only allowed as string on assistant")
            if "reasoning_handles" in m:
                h = m["reasoning_handles"]
                if m.get("role") != "assistant" or not isinstance(h, list) or not all(isinstance(x, str) for x in h):
                    err(i, f"message {j} reasoning_handles must be list of str on assistant")
            if m.get("role") in ("system", "developer") and j != 0:
                err(i, f"message {j} system/developer message not first")
        if msgs[-1].get("role") != "user":
            err(i, "last message is not from the user")
        if not msgs[-1].get("content", "").strip():
            err(i, "last user message empty")
        if "usage" in ev:
            u = ev["usage"]
            if not isinstance(u, dict):
                err(i, "usage not an object")
            else:
                for k, v in u.items():
                    if k not in ("input_tokens", "output_tokens", "reasoning_tokens"):
                        err(i, f"usage unknown key {k}")
                    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                        err(i, f"usage.{k} not a non-negative int")
        if "metadata" in ev and not isinstance(ev["metadata"], dict):
            err(i, "metadata not an object")
        for m in msgs:
            c = m.get("content", "")
            if isinstance(c, str) and ("{BLOB" in c or "{RSID}" in c):
                err(i, "unfilled placeholder")

    labels = []
    for i, line in enumerate(lb_lines, 1):
        try:
            lb = json.loads(line)
        except json.JSONDecodeError as e:
            err(i, f"label bad JSON: {e}")
            continue
        labels.append(lb)
        if set(lb) != {"event_id", "task", "label", "family", "source"}:
            err(i, f"label keys {sorted(lb)}")
        if i <= len(events) and lb.get("event_id") != events[i - 1].get("event_id"):
            err(i, "label event_id does not match event line")
        if lb.get("task") != "extraction":
            err(i, "task must be extraction")
        fam = lb.get("family")
        if fam not in LABEL:
            err(i, f"unknown family {fam}")
            continue
        if lb.get("label") != LABEL[fam] or isinstance(lb.get("label"), bool):
            err(i, f"label {lb.get('label')} inconsistent with family {fam}")
        src = lb.get("source", "")
        prefix = f"blind15#{fam}-"
        if not src.startswith(prefix) or not LANG_RE.match(src[len(prefix):]):
            err(i, f"bad source {src!r}")

    # ---------------------------------------------------------------- stats
    by = collections.defaultdict(list)
    for ev, lb in zip(events, labels):
        by[lb["family"]].append((ev, lb))
    print(f"{'family':20s} {'lab':>3s} {'n':>4s} {'en%':>5s} {'tags':>4s} {'multi%':>6s} "
          f"{'none/gen/prod/sec %':>20s} {'med_chars':>9s} {'in_tok%':>7s}")
    all_tags = set()
    for fam in sorted(by, key=lambda f: (-LABEL[f], f)):
        rows = by[fam]
        n = len(rows)
        langs = [lb["source"][len(f"blind15#{fam}-"):] for _, lb in rows]
        all_tags |= set(langs)
        en = sum(1 for l in langs if l == "en") / n
        multi = sum(1 for ev, _ in rows if sum(1 for m in ev["request"]["messages"]
                                                if m["role"] not in ("system", "developer")) > 1) / n
        cats = collections.Counter()
        for ev, _ in rows:
            s = ev["request"].get("system")
            first = ev["request"]["messages"][0]
            if s is None and first["role"] in ("system", "developer"):
                s = first["content"]
            cats[sys_category(s)] += 1
        if cats.get("unknown"):
            errors.append(f"{fam}: {cats['unknown']} system prompts not from the pools")
        cat_s = "/".join(f"{100 * cats[c] / n:.0f}" for c in ("none", "generic", "product", "secret"))
        chars = statistics.median(len(ev["request"]["messages"][-1]["content"]) for ev, _ in rows)
        tok = sum(1 for ev, _ in rows if "usage" in ev) / n
        print(f"{fam:20s} {LABEL[fam]:>3d} {n:>4d} {100 * en:>5.1f} {len(set(langs)):>4d} {100 * multi:>6.1f} "
              f"{cat_s:>20s} {chars:>9.0f} {100 * tok:>7.1f}")
    n = len(events)
    print(f"total events {n}; positives {sum(lb['label'] for lb in labels)}; language tags {len(all_tags)}")
    accts = {ev["account_id"] for ev in events}
    ten_accts = {ev["account_id"] for ev in events if "tenant_id" in ev}
    print(f"accounts {len(accts)} (with tenant {len(ten_accts)}); tenants {len({ev.get('tenant_id') for ev in events} - {None})}; "
          f"epoch-ms timestamps {sum(isinstance(ev['timestamp'], int) for ev in events)}; "
          f"usage {sum('usage' in ev for ev in events)}; metadata.client {sum('metadata' in ev for ev in events)}; "
          f"session_id {sum('session_id' in ev for ev in events)}")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("OK: all events and labels valid")


if __name__ == "__main__":
    main()
