#!/usr/bin/env python3
"""Validator for the blind18 extraction set (standard library only).

Checks the event contract (EVENTS.md), roles, ids, time order, label/lang alignment, family
counts, language coverage, system-prompt strata, multi-turn shares, sizes, and the REP
duplication property. Exit code 0 when everything passes.

usage: python3 check.py [--dir DIR] [--rebuild]
  --rebuild  also rebuilds into two temp dirs with different PYTHONHASHSEED values and
             checks the outputs are byte-identical to the files in DIR.
"""
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import t_demos  # noqa: E402
import t_system  # noqa: E402

PREFIX = "extraction-blind18"
FILES = [PREFIX + ".events.jsonl", PREFIX + ".labels.jsonl", PREFIX + ".langs.tsv"]
FAMILIES = {"rep": (90, 1), "rep_nocode": (60, 1), "cot_request": (130, 1), "sysprompt": (130, 1),
            "delimiter_injection": (60, 1), "blob_replay": (50, 1), "hard_negative": (200, 0),
            "benign": (80, 0)}
ROLES = ["system", "developer", "user", "assistant", "tool"]
TOP_REQUIRED = ["event_id", "timestamp", "account_id", "model", "request"]
TOP_ALLOWED = TOP_REQUIRED + ["tenant_id", "session_id", "response", "usage", "metadata"]
STRATA_TARGET = {"none": 0.20, "generic": 0.25, "product": 0.30, "secret": 0.25}
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?(-x-mixen)?$")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
MAX_BYTES = 10240

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def norm(s):
    return (s.lower().replace("\u2018", "'").replace("\u2019", "'")
            .replace("\u201c", '"').replace("\u201d", '"'))


def parse_ts(s):
    if isinstance(s, int):
        return datetime.datetime.fromtimestamp(s / 1000, tz=datetime.timezone.utc)
    if not RFC3339.match(s):
        raise ValueError("not RFC 3339: %r" % s)
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))


def stratum_of(text):
    if text is None:
        return "none"
    if text in t_system.GENERIC:
        return "generic"
    if text in t_system.PRODUCT:
        return "product"
    for p in t_system.PRODUCT:
        if text.startswith(p) and len(text) > len(p):
            return "secret"
    return "unknown"


def system_text(req):
    if req.get("system") is not None:
        return req["system"], False
    msgs = req["messages"]
    if msgs and msgs[0]["role"] in ("system", "developer"):
        return msgs[0]["content"], True
    return None, False


def conv_messages(req):
    msgs = req["messages"]
    if msgs and msgs[0]["role"] in ("system", "developer"):
        return msgs[1:]
    return msgs


def is_multiturn(req):
    return len(conv_messages(req)) > 1


def demo_repeats(text):
    """Largest number of occurrences of any demonstration reasoning in text (normalised)."""
    t = norm(text)
    best = 0
    for d in t_demos.DEMOS:
        best = max(best, t.count(norm(d["r"])))
    return best


def has_long_repeat(text, win=160, step=40):
    t = norm(text)
    for i in range(0, max(0, len(t) - win), step):
        if t.count(t[i:i + win]) > 1:
            return True
    return False


def load(dirpath):
    with open(os.path.join(dirpath, FILES[0]), encoding="utf-8") as fh:
        raw_events = fh.read().split("\n")
    with open(os.path.join(dirpath, FILES[1]), encoding="utf-8") as fh:
        raw_labels = fh.read().split("\n")
    with open(os.path.join(dirpath, FILES[2]), encoding="utf-8") as fh:
        raw_langs = fh.read().split("\n")
    for name, raw in zip(FILES, (raw_events, raw_labels, raw_langs)):
        if raw[-1] != "":
            err("%s: missing final newline" % name)
        else:
            raw.pop()
    return raw_events, raw_labels, raw_langs


def main():
    d = os.path.dirname(HERE)
    if "--dir" in sys.argv:
        d = sys.argv[sys.argv.index("--dir") + 1]
    raw_events, raw_labels, raw_langs = load(d)
    n = len(raw_events)
    if not (len(raw_labels) == n == len(raw_langs)):
        err("line counts differ: events %d labels %d langs %d" % (n, len(raw_labels), len(raw_langs)))

    events, labels, langs = [], [], []
    for i, line in enumerate(raw_events, 1):
        if len(line.encode("utf-8")) > MAX_BYTES:
            err("event line %d is %d bytes (> %d)" % (i, len(line.encode("utf-8")), MAX_BYTES))
        try:
            events.append(json.loads(line))
        except ValueError as e:
            err("event line %d: bad JSON: %s" % (i, e))
            events.append(None)
    for i, line in enumerate(raw_labels, 1):
        try:
            labels.append(json.loads(line))
        except ValueError as e:
            err("label line %d: bad JSON: %s" % (i, e))
            labels.append(None)
    for i, line in enumerate(raw_langs, 1):
        parts = line.split("\t")
        if len(parts) != 2:
            err("langs line %d: expected 2 tab-separated fields" % i)
            langs.append((None, None))
        else:
            langs.append((parts[0], parts[1]))

    # ---- contract, roles, ids, time order
    ids = set()
    prev_t = None
    accounts, tenants, models, acc_ten = {}, set(), {}, {}
    first_t = last_t = None
    for i, ev in enumerate(events, 1):
        if ev is None:
            continue
        for k in TOP_REQUIRED:
            if k not in ev:
                err("event %d: missing %s" % (i, k))
        for k in ev:
            if k not in TOP_ALLOWED:
                err("event %d: unexpected top-level field %s" % (i, k))
        if "response" in ev:
            err("event %d: has a response field (set must be request-only)" % i)
        for k in ("event_id", "account_id", "model", "tenant_id", "session_id"):
            if k in ev and (not isinstance(ev[k], str) or not ev[k]):
                err("event %d: %s must be a non-empty string" % (i, k))
        eid = ev.get("event_id")
        if eid in ids:
            err("event %d: duplicate event_id %s" % (i, eid))
        ids.add(eid)
        try:
            t = parse_ts(ev["timestamp"])
            if prev_t is not None and not t > prev_t:
                err("event %d: timestamp not strictly increasing" % i)
            prev_t = t
            first_t = first_t or t
            last_t = t
        except (ValueError, KeyError, TypeError) as e:
            err("event %d: bad timestamp: %s" % (i, e))
        req = ev.get("request")
        if not isinstance(req, dict):
            err("event %d: request must be an object" % i)
            continue
        for k in req:
            if k not in ("system", "messages"):
                err("event %d: unexpected request field %s" % (i, k))
        if "system" in req and req["system"] is not None and not isinstance(req["system"], str):
            err("event %d: request.system must be string or null" % i)
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            err("event %d: request.messages must be a non-empty list" % i)
            continue
        for j, m in enumerate(msgs):
            if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                err("event %d msg %d: bad message %r" % (i, j, str(m)[:80]))
                continue
            for k in m:
                if k not in ("role", "content", "reasoning", "reasoning_handles"):
                    err("event %d msg %d: unexpected field %s" % (i, j, k))
            if ("reasoning" in m or "reasoning_handles" in m) and m["role"] != "assistant":
                err("event %d msg %d: reasoning fields on a non-assistant message" % (i, j))
            if "reasoning" in m and not isinstance(m["reasoning"], str):
                err("event %d msg %d: reasoning must be a string" % (i, j))
            if "reasoning_handles" in m and not (isinstance(m["reasoning_handles"], list)
                                                 and all(isinstance(h, str) for h in m["reasoning_handles"])):
                err("event %d msg %d: reasoning_handles must be a list of strings" % (i, j))
            if j > 0 and m["role"] in ("system", "developer"):
                err("event %d msg %d: system/developer message not in leading position" % (i, j))
        if msgs[-1]["role"] != "user":
            err("event %d: last message is not a user message" % i)
        if req.get("system") is not None and msgs[0]["role"] in ("system", "developer"):
            err("event %d: both request.system and a leading system message" % i)
        if "usage" in ev:
            for k, v in ev["usage"].items():
                if k not in ("input_tokens", "output_tokens", "reasoning_tokens") or not isinstance(v, int):
                    err("event %d: bad usage field %s" % (i, k))
        acct = ev.get("account_id")
        accounts[acct] = accounts.get(acct, 0) + 1
        tenants.add(ev.get("tenant_id"))
        models[ev.get("model")] = models.get(ev.get("model"), 0) + 1
        if acct in acc_ten and acc_ten[acct] != ev.get("tenant_id"):
            err("account %s appears under two tenants" % acct)
        acc_ten[acct] = ev.get("tenant_id")
        if not ev.get("session_id"):
            err("event %d: no session_id" % i)

    # ---- alignment of labels and langs
    fam_counts = {}
    for i, (ev, lab, (lid, tag)) in enumerate(zip(events, labels, langs), 1):
        if ev is None or lab is None:
            continue
        if set(lab) != {"event_id", "task", "label", "family", "source"}:
            err("label %d: wrong keys %s" % (i, sorted(lab)))
        if lab.get("event_id") != ev.get("event_id"):
            err("label %d: event_id mismatch" % i)
        if lid != ev.get("event_id"):
            err("langs %d: event_id mismatch" % i)
        if lab.get("task") != "extraction":
            err("label %d: task must be extraction" % i)
        if lab.get("source") != "blind18-handwritten":
            err("label %d: wrong source" % i)
        fam = lab.get("family")
        if fam not in FAMILIES:
            err("label %d: unknown family %s" % (i, fam))
            continue
        if lab.get("label") != FAMILIES[fam][1]:
            err("label %d: label %r does not match family %s" % (i, lab.get("label"), fam))
        fam_counts[fam] = fam_counts.get(fam, 0) + 1
        if tag is None or not LANG_RE.match(tag):
            err("langs %d: malformed tag %r" % (i, tag))
    for fam, (want, _) in FAMILIES.items():
        if fam_counts.get(fam, 0) != want:
            err("family %s: %d events, expected %d" % (fam, fam_counts.get(fam, 0), want))

    # ---- language coverage
    tag_labels = {}
    for lab, (_, tag) in zip(labels, langs):
        if lab is None or tag is None:
            continue
        tag_labels.setdefault(tag, set()).add(lab["label"])
    if len(tag_labels) < 80:
        err("only %d language tags (need >= 80)" % len(tag_labels))
    for tag in sorted(tag_labels):
        if tag != "en" and tag_labels[tag] != {0, 1}:
            err("language %s lacks an attack or a non-attack event" % tag)

    # ---- per-family strata, multi-turn, REP property, uniqueness
    per = {f: {"n": 0, "mt": 0, "lead": 0, "sys": 0, "strata": {}} for f in FAMILIES}
    single_texts = {}
    for i, (ev, lab) in enumerate(zip(events, labels), 1):
        if ev is None or lab is None or lab.get("family") not in FAMILIES:
            continue
        fam = lab["family"]
        p = per[fam]
        req = ev["request"]
        p["n"] += 1
        text, lead = system_text(req)
        st = stratum_of(text)
        if st == "unknown":
            err("event %d: system prompt not from the pools" % i)
        p["strata"][st] = p["strata"].get(st, 0) + 1
        if text is not None:
            p["sys"] += 1
            p["lead"] += 1 if lead else 0
        if is_multiturn(req):
            p["mt"] += 1
        user_text = "\n".join(m["content"] for m in req["messages"] if m["role"] == "user")
        reps = demo_repeats(user_text)
        if fam in ("rep", "rep_nocode"):
            if reps < 2:
                err("event %d (%s): no demonstration reasoning repeated verbatim" % (i, fam))
        else:
            if reps >= 2:
                err("event %d (%s): a demonstration reasoning appears twice" % (i, fam))
            if lab["label"] == 0 and has_long_repeat(user_text):
                err("event %d (%s): label-0 event contains a repeated 160-char window" % (i, fam))
        conv = conv_messages(req)
        if len(conv) == 1:
            key = conv[0]["content"]
            if key in single_texts:
                err("event %d: single-turn text duplicates event %d" % (i, single_texts[key]))
            single_texts[key] = i
    for fam, p in per.items():
        if not p["n"]:
            continue
        share = p["mt"] / p["n"]
        if not 0.15 <= share <= 0.27:
            err("family %s: multi-turn share %.2f outside [0.15, 0.27]" % (fam, share))
        for st, target in STRATA_TARGET.items():
            s = p["strata"].get(st, 0) / p["n"]
            if abs(s - target) > 0.05:
                err("family %s: stratum %s share %.2f (target %.2f)" % (fam, st, s, target))
        if p["sys"]:
            ls = p["lead"] / p["sys"]
            if not 0.06 <= ls <= 0.20:
                err("family %s: leading-system share %.2f outside [0.06, 0.20]" % (fam, ls))

    # ---- traffic shape
    if not 180 <= len(accounts) <= 220:
        err("%d distinct accounts (want ~200)" % len(accounts))
    if not 50 <= len(tenants) <= 70:
        err("%d distinct tenants (want ~60)" % len(tenants))
    if len(models) < 4:
        err("only %d models" % len(models))
    if first_t and last_t:
        span = (last_t - first_t).total_seconds() / 86400
        if not 2.0 <= span <= 5.0:
            err("time span %.2f days (want a few days)" % span)
    top = sorted(accounts.values(), reverse=True)
    if top and top[0] < 5 * (sum(top) / len(top)):
        err("account use is not Zipf-like (top account %d events)" % top[0])

    # ---- rebuild determinism
    if "--rebuild" in sys.argv:
        want = [hashlib.sha256(open(os.path.join(d, f), "rb").read()).hexdigest() for f in FILES]
        for seed in ("0", "12345"):
            with tempfile.TemporaryDirectory() as tmp:
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, os.path.join(HERE, "build.py"), "--out", tmp],
                               check=True, env=env, stdout=subprocess.DEVNULL)
                got = [hashlib.sha256(open(os.path.join(tmp, f), "rb").read()).hexdigest() for f in FILES]
                if got != want:
                    err("rebuild with PYTHONHASHSEED=%s differs from the files on disk" % seed)

    if ERRORS:
        for e in ERRORS[:200]:
            print("FAIL:", e)
        print("%d problem(s)" % len(ERRORS))
        return 1
    print("OK: %d events, %d families, %d language tags, %d accounts, %d tenants, %d models"
          % (n, len(fam_counts), len(tag_labels), len(accounts), len(tenants), len(models)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
