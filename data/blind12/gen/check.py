# -*- coding: utf-8 -*-
"""Check blind12 events and labels against the EVENTS.md contract.  python3 gen/check.py"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import t_meta  # noqa: E402

EVENTS = os.path.join(OUT, "extraction-blind12.events.jsonl")
LABELS = os.path.join(OUT, "extraction-blind12.labels.jsonl")
ROLES = {"system", "developer", "user", "assistant", "tool"}
FAM_LABEL = {"rep": 1, "rep_nocode": 1, "cot_request": 1, "sysprompt": 1,
             "delimiter_injection": 1, "blob_replay": 1, "hard_negative": 0, "benign": 0}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
EID = re.compile(r"^b12-\d{4}$")

errors = []


def err(i, msg):
    errors.append("line %d: %s" % (i, msg))


def sys_kind(s):
    if s is None:
        return "none"
    for k in ("generic", "product", "secret"):
        if s in t_meta.SYSTEM_POOLS[k]:
            return k
    return "unknown"


def main():
    evs = [l for l in open(EVENTS, encoding="utf-8").read().split("\n") if l.strip()]
    labs = [l for l in open(LABELS, encoding="utf-8").read().split("\n") if l.strip()]
    if len(evs) != len(labs):
        errors.append("events %d != labels %d" % (len(evs), len(labs)))
    seen = set()
    fam_stats = defaultdict(lambda: {"n": 0, "en": 0, "langs": Counter(), "multi": 0,
                                     "sys": Counter(), "chars": 0})
    for i, (le, ll) in enumerate(zip(evs, labs), 1):
        try:
            ev = json.loads(le)
            lab = json.loads(ll)
        except Exception as e:  # noqa: BLE001
            err(i, "json: %s" % e)
            continue
        if not isinstance(ev, dict) or not isinstance(lab, dict):
            err(i, "not objects")
            continue
        for k in ("event_id", "timestamp", "account_id", "model", "request"):
            if k not in ev:
                err(i, "missing %s" % k)
        for k in ("event_id", "account_id", "model"):
            if not isinstance(ev.get(k), str) or not ev.get(k):
                err(i, "%s not a non-empty string" % k)
        for k in ("tenant_id", "session_id"):
            if k in ev and not isinstance(ev[k], str):
                err(i, "%s not a string" % k)
        if "response" in ev:
            err(i, "response key present in request-only set")
        eid = ev.get("event_id")
        if not (isinstance(eid, str) and EID.match(eid)):
            err(i, "bad event_id %r" % eid)
        if eid in seen:
            err(i, "duplicate event_id %s" % eid)
        seen.add(eid)
        if eid != "b12-%04d" % i:
            err(i, "event_id not sequential")
        ts = ev.get("timestamp")
        if not (isinstance(ts, str) and RFC3339.match(ts)):
            err(i, "timestamp not RFC 3339: %r" % ts)
        else:
            dt = datetime.fromisoformat(ts.replace("Z", "+00:00"))
            if dt.utcoffset().total_seconds() != 0:
                err(i, "timestamp not UTC")
            d = dt.astimezone(timezone.utc)
            if (d.year, d.month, d.day) != (2026, 12, 12):
                err(i, "timestamp not on 2026-12-12 UTC")
        req = ev.get("request")
        if not isinstance(req, dict):
            err(i, "request not object")
            continue
        s = req.get("system")
        if s is not None and not isinstance(s, str):
            err(i, "system not string/null")
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            err(i, "messages not a non-empty list")
            continue
        for j, m in enumerate(msgs):
            if not isinstance(m, dict):
                err(i, "message %d not object" % j)
                continue
            if m.get("role") not in ROLES:
                err(i, "message %d bad role %r" % (j, m.get("role")))
            if not isinstance(m.get("content"), str) or not m["content"].strip():
                err(i, "message %d content not non-empty string" % j)
            for k in m:
                if k not in ("role", "content", "reasoning", "reasoning_handles"):
                    err(i, "message %d unknown key %s" % (j, k))
            if "reasoning" in m and not (m["reasoning"] is None or isinstance(m["reasoning"], str)):
                err(i, "message %d reasoning not string" % j)
            if "reasoning_handles" in m:
                rh = m["reasoning_handles"]
                if not (isinstance(rh, list) and all(isinstance(x, str) for x in rh)):
                    err(i, "message %d reasoning_handles not list of str" % j)
                if m.get("role") != "assistant":
                    err(i, "reasoning_handles on non-assistant message")
            if "reasoning" in m and m.get("role") != "assistant":
                err(i, "reasoning on non-assistant message")
        if msgs[-1].get("role") != "user":
            err(i, "last message not from user")
        u = ev.get("usage")
        if u is not None:
            if not isinstance(u, dict):
                err(i, "usage not object")
            else:
                for k, v in u.items():
                    if k not in ("input_tokens", "output_tokens", "reasoning_tokens") or not isinstance(v, int) or isinstance(v, bool) or v < 0:
                        err(i, "bad usage %s" % k)
                if "input_tokens" not in u:
                    err(i, "usage.input_tokens missing")
        md = ev.get("metadata")
        if not isinstance(md, dict) or md.get("client") not in t_meta.CLIENTS:
            err(i, "metadata.client missing or not from pool")
        if ev.get("model") not in t_meta.MODELS:
            err(i, "model not from pool")
        # label
        if set(lab) != {"event_id", "task", "label", "family", "source"}:
            err(i, "label keys %s" % sorted(lab))
        if lab.get("event_id") != eid:
            err(i, "label event_id mismatch")
        if lab.get("task") != "extraction":
            err(i, "task != extraction")
        fam = lab.get("family")
        if fam not in FAM_LABEL:
            err(i, "unknown family %r" % fam)
            continue
        if lab.get("label") != FAM_LABEL[fam] or isinstance(lab.get("label"), bool):
            err(i, "label inconsistent with family")
        src = lab.get("source", "")
        m = re.match(r"^blind12#([a-z_]+)-([A-Za-z+\-]+)$", src or "")
        if not m or m.group(1) != fam:
            err(i, "bad source %r" % src)
            continue
        lang = m.group(2)
        st = fam_stats[fam]
        st["n"] += 1
        st["langs"][lang] += 1
        st["en"] += lang == "en"
        st["multi"] += len(msgs) > 1
        st["sys"][sys_kind(s)] += 1
        st["chars"] += sum(len(x["content"]) for x in msgs if isinstance(x, dict) and isinstance(x.get("content"), str))
    # texts must not repeat across events (last user message)
    last = Counter(json.loads(l)["request"]["messages"][-1]["content"] for l in evs)
    dups = [t for t, c in last.items() if c > 1]
    alltags = set()
    print("%-20s %5s %6s %5s %6s  %s" % ("family", "n", "en%", "tags", "multi%", "system none/generic/product/secret  avg_chars"))
    for fam, st in fam_stats.items():
        alltags |= set(st["langs"])
        n = st["n"]
        print("%-20s %5d %5.0f%% %5d %5.0f%%  %s  %d" % (
            fam, n, 100.0 * st["en"] / n, len(st["langs"]), 100.0 * st["multi"] / n,
            "/".join("%.0f%%" % (100.0 * st["sys"][k] / n) for k in ("none", "generic", "product", "secret")),
            st["chars"] // n))
        if st["sys"]["unknown"]:
            errors.append("%s: %d system prompts not from pools" % (fam, st["sys"]["unknown"]))
    print("total events %d, distinct language tags %d" % (len(evs), len(alltags)))
    if dups:
        print("note: %d last-user texts repeated across events (REP tails may share a question)" % len(dups))
    if errors:
        print("\n".join(errors[:50]))
        print("FAILED: %d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
