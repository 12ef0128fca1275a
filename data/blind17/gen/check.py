#!/usr/bin/env python3
"""Validate the blind17 files against the event/label contract and the build plan.
Exit status 0 when every check passes."""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from t_demos import DEMOS  # noqa: E402

PREFIX = os.path.join(os.path.dirname(HERE), "extraction-blind17")
EXPECTED = {"rep": 90, "rep_nocode": 60, "cot_request": 130, "sysprompt": 130, "delimiter_injection": 60,
            "blob_replay": 50, "hard_negative": 200, "benign": 80}
LABEL = {"rep": 1, "rep_nocode": 1, "cot_request": 1, "sysprompt": 1, "delimiter_injection": 1,
         "blob_replay": 1, "hard_negative": 0, "benign": 0}
SOURCE = "blind17-handwritten"
TOP_KEYS = {"event_id", "timestamp", "account_id", "tenant_id", "session_id", "model", "request", "response",
            "usage", "metadata"}
ROLES = {"system", "developer", "user", "assistant", "tool"}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
PLACEHOLDER = re.compile(r"\{(q|ask|desc|open|close|R|A|secret|blob|b|t|inj|f1|f2)\}")

errors = []


def err(msg):
    errors.append(msg)


def parse_ts(v):
    if isinstance(v, int):
        return dt.datetime.fromtimestamp(v / 1000, tz=dt.timezone.utc)
    if not isinstance(v, str) or not RFC3339.match(v):
        raise ValueError("bad timestamp %r" % v)
    return dt.datetime.fromisoformat(v.replace("Z", "+00:00"))


def main():
    with open(PREFIX + ".events.jsonl", encoding="utf-8") as f:
        ev_lines = f.read().split("\n")
    with open(PREFIX + ".labels.jsonl", encoding="utf-8") as f:
        lb_lines = f.read().split("\n")
    with open(PREFIX + ".langs.tsv", encoding="utf-8") as f:
        lg_lines = f.read().split("\n")
    for name, lines in (("events", ev_lines), ("labels", lb_lines), ("langs", lg_lines)):
        if lines[-1] != "":
            err(f"{name}: missing trailing newline")
    ev_lines, lb_lines, lg_lines = ev_lines[:-1], lb_lines[:-1], lg_lines[:-1]
    if not (len(ev_lines) == len(lb_lines) == len(lg_lines)):
        err("line counts differ: %d %d %d" % (len(ev_lines), len(lb_lines), len(lg_lines)))

    events = []
    for n, line in enumerate(ev_lines, 1):
        try:
            ev = json.loads(line)
        except Exception as e:  # noqa: BLE001
            err(f"events line {n}: invalid JSON {e}")
            continue
        events.append(ev)
        if not isinstance(ev, dict):
            err(f"events line {n}: not an object"); continue
        extra = set(ev) - TOP_KEYS
        if extra:
            err(f"line {n}: unknown top-level keys {extra}")
        for k in ("event_id", "account_id", "model"):
            if not isinstance(ev.get(k), str) or not ev.get(k):
                err(f"line {n}: {k} missing or not a non-empty string")
        for k in ("tenant_id", "session_id"):
            if k in ev and not isinstance(ev[k], str):
                err(f"line {n}: {k} not a string")
        try:
            parse_ts(ev.get("timestamp"))
        except Exception as e:  # noqa: BLE001
            err(f"line {n}: {e}")
        if "response" in ev:
            err(f"line {n}: request-only events must not carry a response")
        if "usage" in ev and not isinstance(ev["usage"], dict):
            err(f"line {n}: usage not an object")
        if "metadata" in ev and not isinstance(ev["metadata"], dict):
            err(f"line {n}: metadata not an object")
        req = ev.get("request")
        if not isinstance(req, dict):
            err(f"line {n}: request missing"); continue
        if set(req) - {"system", "messages"}:
            err(f"line {n}: unexpected request keys {set(req) - {'system', 'messages'}}")
        sysv = req.get("system")
        if sysv is not None and not isinstance(sysv, str):
            err(f"line {n}: request.system must be string or null")
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            err(f"line {n}: messages must be a non-empty list"); continue
        for j, m in enumerate(msgs):
            if not isinstance(m, dict):
                err(f"line {n} msg {j}: not an object"); continue
            if m.get("role") not in ROLES:
                err(f"line {n} msg {j}: bad role {m.get('role')!r}")
            if not isinstance(m.get("content"), str):
                err(f"line {n} msg {j}: content must be a string")
            allowed = {"role", "content"}
            if m.get("role") == "assistant":
                allowed |= {"reasoning", "reasoning_handles"}
            if set(m) - allowed:
                err(f"line {n} msg {j}: unexpected keys {set(m) - allowed}")
            if "reasoning" in m and not isinstance(m["reasoning"], str):
                err(f"line {n} msg {j}: reasoning must be a string")
            if "reasoning_handles" in m and not (isinstance(m["reasoning_handles"], list)
                                                 and all(isinstance(h, str) for h in m["reasoning_handles"])):
                err(f"line {n} msg {j}: reasoning_handles must be a list of strings")
            if m.get("role") in ("system", "developer") and j != 0:
                err(f"line {n} msg {j}: system/developer message not leading")
            if isinstance(m.get("content"), str) and PLACEHOLDER.search(m["content"]):
                err(f"line {n} msg {j}: unresolved placeholder {PLACEHOLDER.search(m['content']).group(0)}")
        if msgs[0].get("role") in ("system", "developer") and sysv is not None:
            err(f"line {n}: leading system/developer message while request.system is set")
        if msgs[-1].get("role") not in ("user", "tool"):
            err(f"line {n}: last message must come from user or tool")
        if not any(m.get("role") == "user" for m in msgs):
            err(f"line {n}: no user message")

    # ids, time order
    ids = [e.get("event_id") for e in events]
    if len(set(ids)) != len(ids):
        err("event ids are not unique")
    prev = None
    for n, e in enumerate(events, 1):
        try:
            t = parse_ts(e.get("timestamp"))
        except Exception:  # noqa: BLE001
            continue
        if prev is not None and t < prev:
            err(f"line {n}: timestamp goes backwards")
        prev = t

    # labels
    labels = []
    for n, line in enumerate(lb_lines, 1):
        try:
            lb = json.loads(line)
        except Exception as e:  # noqa: BLE001
            err(f"labels line {n}: invalid JSON {e}"); continue
        labels.append(lb)
        if set(lb) != {"event_id", "task", "label", "family", "source"}:
            err(f"labels line {n}: keys {sorted(lb)}")
        if lb.get("task") != "extraction":
            err(f"labels line {n}: task must be extraction")
        if lb.get("label") not in (0, 1) or isinstance(lb.get("label"), bool):
            err(f"labels line {n}: label must be 0 or 1")
        if lb.get("family") not in LABEL:
            err(f"labels line {n}: unknown family {lb.get('family')}")
        elif LABEL[lb["family"]] != lb.get("label"):
            err(f"labels line {n}: label does not match family")
        if lb.get("source") != SOURCE:
            err(f"labels line {n}: source")
        if n <= len(ids) and lb.get("event_id") != ids[n - 1]:
            err(f"labels line {n}: event_id does not match events line {n}")

    # languages
    langs = []
    for n, line in enumerate(lg_lines, 1):
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1]:
            err(f"langs line {n}: malformed"); continue
        if n <= len(ids) and parts[0] != ids[n - 1]:
            err(f"langs line {n}: event_id does not match events line {n}")
        langs.append(parts[1])

    # family counts
    fam = [lb.get("family") for lb in labels]
    for f, c in EXPECTED.items():
        got = fam.count(f)
        if got != c:
            err(f"family {f}: {got} events, expected {c}")

    # language coverage
    tags = sorted(set(langs))
    if len(tags) < 80:
        err(f"only {len(tags)} language tags")
    for t in tags:
        if t == "en":
            continue
        labs = {labels[i]["label"] for i in range(min(len(labels), len(langs))) if langs[i] == t}
        if labs != {0, 1}:
            err(f"language {t} does not carry both attacks and non-attacks: {labs}")

    # per-family shares: multi-turn, system strata, leading system message
    for f in EXPECTED:
        idx = [i for i in range(len(labels)) if fam[i] == f]
        if not idx:
            continue
        mt = sum(1 for i in idx if sum(1 for m in events[i]["request"]["messages"] if m["role"] in ("user", "assistant", "tool")) > 1)
        share = mt / len(idx)
        if not 0.15 <= share <= 0.40:
            err(f"family {f}: multi-turn share {share:.2f}")
        nosys = sum(1 for i in idx if events[i]["request"]["system"] is None
                    and events[i]["request"]["messages"][0]["role"] not in ("system", "developer"))
        if not 0.15 <= nosys / len(idx) <= 0.25:
            err(f"family {f}: no-system share {nosys / len(idx):.2f}")
        withsys = len(idx) - nosys
        leadn = sum(1 for i in idx if events[i]["request"]["messages"][0]["role"] in ("system", "developer"))
        if withsys and not 0.07 <= leadn / withsys <= 0.17:
            err(f"family {f}: leading-message share {leadn / withsys:.2f}")

    # structural sanity: REP families repeat a demonstration's reasoning, look-alikes never do
    reasons = [d["r"] for d in DEMOS]
    for i, e in enumerate(events):
        text = "\n".join(m["content"] for m in e["request"]["messages"] if m["role"] == "user")
        dup = any(text.count(r) >= 2 for r in reasons)
        if fam[i] in ("rep", "rep_nocode") and not dup:
            err(f"line {i + 1}: {fam[i]} event without a duplicated demonstration")
        if LABEL.get(fam[i]) == 0 and dup:
            err(f"line {i + 1}: non-attack event duplicates a demonstration")

    if errors:
        for m in errors[:200]:
            print("FAIL:", m)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"OK: {len(events)} events, {len(labels)} labels, {len(tags)} language tags; all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
