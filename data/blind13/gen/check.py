#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate extraction-blind13 events/labels against shared/EVENTS.md and print per-family stats."""
import collections
import datetime
import json
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import t_langs  # noqa: E402
import t_sys  # noqa: E402

EV = os.path.join(OUT, "extraction-blind13.events.jsonl")
LB = os.path.join(OUT, "extraction-blind13.labels.jsonl")
FAMS = {"rep": 1, "rep_nocode": 1, "cot_request": 1, "sysprompt": 1, "delimiter_injection": 1,
        "blob_replay": 1, "hard_negative": 0, "benign": 0}
ROLES = {"system", "developer", "user", "assistant", "tool"}
EV_KEYS = {"event_id", "timestamp", "account_id", "tenant_id", "session_id", "model", "request",
           "response", "usage", "metadata"}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
errors = []


def err(msg):
    errors.append(msg)


def check_event(i, ev):
    where = "events line %d" % i
    if not isinstance(ev, dict):
        return err("%s: not an object" % where)
    for k in ev:
        if k not in EV_KEYS:
            err("%s: unknown top-level key %r" % (where, k))
    for k in ("event_id", "timestamp", "account_id", "model", "request"):
        if k not in ev:
            err("%s: missing required %s" % (where, k))
    for k in ("event_id", "account_id", "model"):
        if k in ev and (not isinstance(ev[k], str) or not ev[k]):
            err("%s: %s must be a non-empty string" % (where, k))
    for k in ("tenant_id", "session_id"):
        if k in ev and not isinstance(ev[k], str):
            err("%s: %s must be a string" % (where, k))
    ts = ev.get("timestamp")
    if isinstance(ts, str):
        if not RFC3339.match(ts):
            err("%s: timestamp not RFC 3339: %r" % (where, ts))
    elif not isinstance(ts, int):
        err("%s: timestamp must be RFC 3339 string or int ms" % where)
    if "response" in ev:
        err("%s: request-only set must not carry a response key" % where)
    req = ev.get("request")
    if not isinstance(req, dict):
        return err("%s: request must be an object" % where)
    for k in req:
        if k not in ("system", "messages"):
            err("%s: unexpected request key %r" % (where, k))
    if "system" in req and req["system"] is not None and not isinstance(req["system"], str):
        err("%s: request.system must be string or null" % where)
    msgs = req.get("messages")
    if not isinstance(msgs, list) or not msgs:
        return err("%s: request.messages must be a non-empty list" % where)
    for j, m in enumerate(msgs):
        if not isinstance(m, dict):
            err("%s: message %d not an object" % (where, j))
            continue
        if m.get("role") not in ROLES:
            err("%s: message %d bad role %r" % (where, j, m.get("role")))
        if not isinstance(m.get("content"), str):
            err("%s: message %d content must be a string" % (where, j))
        for k in m:
            if k not in ("role", "content", "reasoning", "reasoning_handles"):
                err("%s: message %d unknown key %r" % (where, j, k))
        if ("reasoning" in m or "reasoning_handles" in m) and m.get("role") != "assistant":
            err("%s: message %d reasoning fields only allowed on assistant" % (where, j))
        if "reasoning" in m and m["reasoning"] is not None and not isinstance(m["reasoning"], str):
            err("%s: message %d reasoning must be string" % (where, j))
        if "reasoning_handles" in m and not (isinstance(m["reasoning_handles"], list) and all(isinstance(h, str) for h in m["reasoning_handles"])):
            err("%s: message %d reasoning_handles must be list of strings" % (where, j))
    if msgs[-1].get("role") != "user":
        err("%s: last message must be from the user" % where)
    if msgs[-1].get("content", "").strip() == "":
        err("%s: last user message empty" % where)


def system_text(ev):
    req = ev["request"]
    if req.get("system"):
        return req["system"]
    m0 = req["messages"][0]
    if m0["role"] in ("system", "developer"):
        return m0["content"]
    return None


def main():
    events = [json.loads(l) for l in open(EV, encoding="utf-8")]
    labels = [json.loads(l) for l in open(LB, encoding="utf-8")]
    for i, ev in enumerate(events, 1):
        check_event(i, ev)
    if len(events) != len(labels):
        err("events (%d) and labels (%d) differ in count" % (len(events), len(labels)))
    ids = [e.get("event_id") for e in events]
    if len(set(ids)) != len(ids):
        err("duplicate event ids")
    for n, eid in enumerate(ids, 1):
        if eid != "b13-%04d" % n:
            err("event id %r out of sequence (expected b13-%04d)" % (eid, n))
            break
    prev = None
    for e in events:
        t = datetime.datetime.strptime(e["timestamp"], "%Y-%m-%dT%H:%M:%S.%fZ")
        if t.date() != datetime.date(2026, 12, 13):
            err("%s: timestamp not on 2026-12-13" % e["event_id"])
        if prev and t < prev:
            err("%s: timestamps not in id order" % e["event_id"])
        prev = t
    fam_lang = {}
    for i, (e, lb) in enumerate(zip(events, labels), 1):
        where = "labels line %d" % i
        if set(lb) != {"event_id", "task", "label", "family", "source"}:
            err("%s: keys %s" % (where, sorted(lb)))
        if lb.get("event_id") != e.get("event_id"):
            err("%s: event_id mismatch" % where)
        if lb.get("task") != "extraction":
            err("%s: task must be extraction" % where)
        if lb.get("label") not in (0, 1):
            err("%s: label must be 0/1" % where)
        fam = lb.get("family")
        if fam not in FAMS:
            err("%s: unknown family %r" % (where, fam))
            continue
        if FAMS[fam] != lb.get("label"):
            err("%s: label %r inconsistent with family %s" % (where, lb.get("label"), fam))
        m = re.match(r"^blind13#([a-z_]+)-(.+)$", lb.get("source", ""))
        if not m or m.group(1) != fam or m.group(2) not in t_langs.TAGS:
            err("%s: bad source %r" % (where, lb.get("source")))
            continue
        fam_lang[e["event_id"]] = (fam, m.group(2))
        blob = json.dumps(e, ensure_ascii=False)
        if "blind13" in blob or re.search(r"\b(hard_negative|cot_request|delimiter_injection|blob_replay|rep_nocode)\b", blob):
            err("%s: event text leaks label vocabulary" % e["event_id"])

    # ---- stats ----
    byfam = collections.defaultdict(list)
    for e in events:
        if e["event_id"] in fam_lang:
            byfam[fam_lang[e["event_id"]][0]].append(e)
    print("%-20s %5s %6s %7s %6s %6s | %5s %5s %5s %5s | %7s %7s %8s %5s" % (
        "family", "label", "events", "en%", "langs", "multi", "none", "gen", "prod", "secr",
        "medlen", "maxlen", "accounts", "models"))
    all_tags = collections.Counter()
    fam_tags = {}
    for fam in FAMS:
        evs = byfam.get(fam, [])
        if not evs:
            print("%-20s (no events)" % fam)
            continue
        langs = collections.Counter(fam_lang[e["event_id"]][1] for e in evs)
        fam_tags[fam] = langs
        all_tags.update(langs)
        multi = sum(1 for e in evs if sum(1 for m in e["request"]["messages"] if m["role"] in ("user", "assistant", "tool")) > 1)
        cats = collections.Counter(t_sys.category_of(system_text(e)) for e in evs)
        lens = [len(e["request"]["messages"][-1]["content"]) for e in evs]
        n = len(evs)
        print("%-20s %5d %6d %6.1f%% %6d %5.0f%% | %4.0f%% %4.0f%% %4.0f%% %4.0f%% | %7d %7d %8d %5d" % (
            fam, FAMS[fam], n, 100.0 * langs["en"] / n, len(langs), 100.0 * multi / n,
            100.0 * cats["none"] / n, 100.0 * cats["generic"] / n, 100.0 * cats["product"] / n,
            100.0 * cats["secret"] / n, statistics.median(lens), max(lens),
            len({e["account_id"] for e in evs}), len({e["model"] for e in evs})))
        if cats.get("other"):
            err("%s: %d events with a system prompt outside the pools" % (fam, cats["other"]))
    n = len(events)
    pos = sum(1 for l in labels if l.get("label") == 1)
    print("-" * 110)
    print("total events %d (label 1: %d, label 0: %d); language tags %d; English share %.1f%%" % (
        n, pos, n - pos, len(all_tags), 100.0 * all_tags["en"] / n))
    pure = {t for t in all_tags if "+" not in t}
    print("pure language tags %d, code-mixed tags %d" % (len(pure), len(all_tags) - len(pure)))
    # brief targets (warnings, not errors)
    if len(all_tags) < 90:
        print("WARN: fewer than 90 language tags overall")
    if all_tags["en"] / n > 0.28:
        print("WARN: English share above 28%")
    for fam in ("cot_request", "sysprompt", "delimiter_injection"):
        if len(fam_tags.get(fam, {})) < 60:
            print("WARN: %s has fewer than 60 language tags" % fam)
    pos_langs = set().union(*[set(fam_tags.get(f, {})) for f in FAMS if FAMS[f] == 1])
    neg_langs = set().union(*[set(fam_tags.get(f, {})) for f in FAMS if FAMS[f] == 0])
    print("tags only in label-1 families: %s" % (" ".join(sorted(pos_langs - neg_langs)) or "-"))
    print("tags only in label-0 families: %s" % (" ".join(sorted(neg_langs - pos_langs)) or "-"))
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all %d events and labels valid" % n)


if __name__ == "__main__":
    main()
