#!/usr/bin/env python3
"""Validate extraction-blind14 events/labels against shared/EVENTS.md and print per-family stats."""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import t_sys

ROLES = {"system", "developer", "user", "assistant", "tool"}
EV_KEYS = {"event_id", "timestamp", "account_id", "tenant_id", "session_id", "model", "request",
           "response", "usage", "metadata"}
FAMILIES = {"rep": 1, "rep_nocode": 1, "cot_request": 1, "sysprompt": 1, "delimiter_injection": 1,
            "blob_replay": 1, "hard_negative": 0, "benign": 0}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

errors = []


def err(msg):
    errors.append(msg)


def ts_value(ts):
    if isinstance(ts, bool):
        return None
    if isinstance(ts, int):
        return dt.datetime.fromtimestamp(ts / 1000, tz=dt.timezone.utc)
    if isinstance(ts, str) and RFC3339.match(ts):
        return dt.datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return None


def check_msg(eid, j, m):
    if not isinstance(m, dict):
        return err(f"{eid}: message {j} not an object")
    if m.get("role") not in ROLES:
        err(f"{eid}: message {j} bad role {m.get('role')!r}")
    if not isinstance(m.get("content"), str):
        err(f"{eid}: message {j} content not a string")
    extra = set(m) - {"role", "content", "reasoning", "reasoning_handles"}
    if extra:
        err(f"{eid}: message {j} unexpected keys {extra}")
    if ("reasoning" in m or "reasoning_handles" in m) and m.get("role") != "assistant":
        err(f"{eid}: message {j} reasoning fields on non-assistant message")
    if "reasoning" in m and not (m["reasoning"] is None or isinstance(m["reasoning"], str)):
        err(f"{eid}: message {j} reasoning not string/null")
    if "reasoning_handles" in m:
        rh = m["reasoning_handles"]
        if not (isinstance(rh, list) and all(isinstance(x, str) for x in rh)):
            err(f"{eid}: message {j} reasoning_handles not list of strings")


def sys_cat(s):
    if s is None:
        return "none"
    if s in t_sys.GENERIC:
        return "generic"
    if s in t_sys.PRODUCT:
        return "product"
    if s in t_sys.SECRET:
        return "secret"
    return "other"


def main():
    evp = os.path.join(OUT, "extraction-blind14.events.jsonl")
    lbp = os.path.join(OUT, "extraction-blind14.labels.jsonl")
    events = [json.loads(l) for l in open(evp, encoding="utf-8")]
    labels = [json.loads(l) for l in open(lbp, encoding="utf-8")]
    ids = set()
    prev_t = None
    for n, ev in enumerate(events, 1):
        eid = ev.get("event_id")
        if not isinstance(eid, str) or eid != f"b14-{n:04d}":
            err(f"line {n}: bad/out-of-order event_id {eid!r}")
        if eid in ids:
            err(f"{eid}: duplicate id")
        ids.add(eid)
        extra = set(ev) - EV_KEYS
        if extra:
            err(f"{eid}: unexpected keys {extra}")
        if "response" in ev:
            err(f"{eid}: has response key (request-only set)")
        for k in ("account_id", "model"):
            if not isinstance(ev.get(k), str) or not ev.get(k):
                err(f"{eid}: missing/invalid {k}")
        for k in ("tenant_id", "session_id"):
            if k in ev and not isinstance(ev[k], str):
                err(f"{eid}: {k} not a string")
        t = ts_value(ev.get("timestamp"))
        if t is None:
            err(f"{eid}: bad timestamp {ev.get('timestamp')!r}")
        else:
            if t.date() != dt.date(2026, 12, 14):
                err(f"{eid}: timestamp not on 2026-12-14 UTC")
            if prev_t and t < prev_t:
                err(f"{eid}: timestamps not in id order")
            prev_t = t
        req = ev.get("request")
        if not isinstance(req, dict):
            err(f"{eid}: request not an object")
            continue
        if set(req) - {"system", "messages"}:
            err(f"{eid}: unexpected request keys {set(req) - {'system', 'messages'}}")
        if "system" in req and not (req["system"] is None or isinstance(req["system"], str)):
            err(f"{eid}: request.system not string/null")
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            err(f"{eid}: messages missing/empty")
            continue
        for j, m in enumerate(msgs):
            check_msg(eid, j, m)
        if msgs[-1].get("role") != "user":
            err(f"{eid}: last message not from user")
        if "usage" in ev:
            u = ev["usage"]
            if not isinstance(u, dict) or any(
                    k not in ("input_tokens", "output_tokens", "reasoning_tokens")
                    or not isinstance(v, int) or isinstance(v, bool) for k, v in u.items()):
                err(f"{eid}: bad usage")
        if "metadata" in ev and not isinstance(ev["metadata"], dict):
            err(f"{eid}: metadata not an object")
    if len(labels) != len(events):
        err(f"labels {len(labels)} != events {len(events)}")
    for n, (lb, ev) in enumerate(zip(labels, events), 1):
        if set(lb) != {"event_id", "task", "label", "family", "source"}:
            err(f"label line {n}: keys {set(lb)}")
        if lb.get("event_id") != ev.get("event_id"):
            err(f"label line {n}: event_id mismatch")
        if lb.get("task") != "extraction":
            err(f"label line {n}: task {lb.get('task')!r}")
        fam = lb.get("family")
        if fam not in FAMILIES:
            err(f"label line {n}: unknown family {fam!r}")
        elif lb.get("label") != FAMILIES[fam]:
            err(f"label line {n}: label {lb.get('label')!r} inconsistent with family {fam}")
        src = lb.get("source", "")
        m = re.match(r"^blind14#([a-z_]+)-([a-z]{2,3}(?:-[A-Za-z]+)?(?:\+[a-z]{2,3})*)$", src)
        if not m or m.group(1) != fam:
            err(f"label line {n}: bad source {src!r}")

    # ------------------------------------------------------------------ stats
    stat = collections.defaultdict(lambda: {"n": 0, "en": 0, "langs": set(), "multi": 0,
                                            "sys": collections.Counter(), "chars": []})
    all_langs = collections.Counter()
    for lb, ev in zip(labels, events):
        fam = lb["family"]
        lang = lb["source"].split("-", 1)[1] if "-" in lb["source"] else "?"
        s = stat[fam]
        s["n"] += 1
        s["en"] += lang == "en"
        s["langs"].add(lang)
        all_langs[lang] += 1
        msgs = ev["request"]["messages"]
        s["multi"] += len(msgs) > 1
        s["sys"][sys_cat(ev["request"].get("system"))] += 1
        s["chars"].append(len(msgs[-1]["content"]))
    print(f"{'family':22} {'lab':>3} {'n':>4} {'en%':>5} {'langs':>5} {'multi%':>6} "
          f"{'none/gen/prod/secret %':>24} {'med_len':>7}")
    order = list(FAMILIES)
    tot = 0
    for fam in order:
        s = stat.get(fam)
        if not s:
            continue
        n = s["n"]
        tot += n
        sysd = "/".join(f"{100 * s['sys'][c] / n:.0f}" for c in ("none", "generic", "product", "secret"))
        if s["sys"]["other"]:
            err(f"{fam}: {s['sys']['other']} system prompts not from pools")
        med = sorted(s["chars"])[n // 2]
        print(f"{fam:22} {FAMILIES[fam]:>3} {n:>4} {100 * s['en'] / n:>5.1f} {len(s['langs']):>5} "
              f"{100 * s['multi'] / n:>6.1f} {sysd:>24} {med:>7}")
    en = all_langs.get("en", 0)
    print(f"TOTAL events {tot}; positives {sum(1 for l in labels if l['label'] == 1)}; "
          f"language tags {len(all_langs)}; English {100 * en / max(1, tot):.1f}%")
    print("tags:", " ".join(sorted(all_langs)))
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:50]:
            print("  ", e)
        sys.exit(1)
    print("OK: all events and labels valid")


if __name__ == "__main__":
    main()
