#!/usr/bin/env python3
"""Checks for the extraction-blind21 set. Prints only aggregate problems, never event text.
Prints CHECK PASSED when every check holds.

usage: python3 gen/check.py [DATADIR]   (default: parent directory of gen/)
"""
import sys as _sys
_sys.dont_write_bytecode = True
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
PREFIX = "extraction-blind21"
FILES = [PREFIX + ".events.jsonl", PREFIX + ".labels.jsonl", PREFIX + ".langs.tsv"]

FAMILIES = {"rep": (90, 1), "rep_nocode": (60, 1), "cot_request": (130, 1), "sysprompt": (130, 1),
            "delimiter_injection": (60, 1), "blob_replay": (50, 1), "hard_negative": (200, 0), "benign": (80, 0)}
ROLES = {"system", "developer", "user", "assistant", "tool"}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
BCP47 = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-\d{3})?(-[A-Za-z0-9]{5,8})*$")
HANDLE = re.compile(r"^sha256:[0-9a-f]{64}$")
DUP_MIN = 120          # paragraph length (chars) for the duplication property

errors = []


def err(s):
    errors.append(s)


def load_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("%s line %d: invalid JSON (%s)" % (os.path.basename(path), n, e))
                out.append(None)
    return out


def parse_ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def user_text(ev):
    return "\n\n".join(m["content"] for m in ev["request"]["messages"] if m["role"] == "user")


def repeated_paragraphs(text):
    paras = [p.strip() for p in re.split(r"\n\s*\n", text)]
    c = Counter(p for p in paras if len(p) >= DUP_MIN)
    return sum(1 for p, k in c.items() if k >= 2)


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    events = load_jsonl(os.path.join(DIR, FILES[0]))
    labels = load_jsonl(os.path.join(DIR, FILES[1]))
    with open(os.path.join(DIR, FILES[2]), encoding="utf-8") as f:
        langs = [line.rstrip("\n").split("\t") for line in f]

    # --- counts and ids
    if not (len(events) == len(labels) == len(langs) == 800):
        err("expected 800 lines each, got %d/%d/%d" % (len(events), len(labels), len(langs)))
    ids = ["b21-%05d" % i for i in range(1, 801)]

    prev_ts = None
    fam_of = {}
    multi = Counter()
    sys_count = 0
    sys_in_msgs = 0
    accounts, tenants, models = set(), set(), Counter()
    whole_req = Counter()
    final_by_family = defaultdict(Counter)
    for i, (ev, lb, lg) in enumerate(zip(events, labels, langs)):
        eid = ids[i] if i < len(ids) else None
        if ev is None or lb is None:
            continue
        # --- event contract
        for k in ("event_id", "timestamp", "account_id", "model", "request"):
            if k not in ev:
                err("%s: missing %s" % (eid, k))
        extra = set(ev) - {"event_id", "timestamp", "account_id", "tenant_id", "session_id", "model",
                           "request", "usage", "metadata"}
        if extra:
            err("%s: unexpected keys %s" % (eid, sorted(extra)))
        if "response" in ev:
            err("%s: has a response (request-only set)" % eid)
        if ev.get("event_id") != eid:
            err("line %d: event_id %r, expected %s" % (i + 1, ev.get("event_id"), eid))
        ts = ev.get("timestamp")
        if not isinstance(ts, str) or not RFC3339.match(ts):
            err("%s: timestamp not RFC 3339" % eid)
        else:
            t = parse_ts(ts)
            if prev_ts is not None and not t > prev_ts:
                err("%s: timestamp not strictly increasing" % eid)
            prev_ts = t
        for k in ("account_id", "tenant_id", "session_id", "model"):
            if k in ev and (not isinstance(ev[k], str) or not ev[k]):
                err("%s: %s must be a non-empty string" % (eid, k))
        accounts.add(ev.get("account_id"))
        tenants.add(ev.get("tenant_id"))
        models[ev.get("model")] += 1
        req = ev.get("request", {})
        if set(req) - {"system", "messages"}:
            err("%s: unexpected request keys" % eid)
        if "system" in req and req["system"] is not None and not isinstance(req["system"], str):
            err("%s: request.system must be string or null" % eid)
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            err("%s: request.messages must be a non-empty list" % eid)
            continue
        for m in msgs:
            if m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                err("%s: bad message role/content" % eid)
            if set(m) - {"role", "content", "reasoning", "reasoning_handles"}:
                err("%s: unexpected message keys" % eid)
            if ("reasoning" in m or "reasoning_handles" in m) and m.get("role") != "assistant":
                err("%s: reasoning fields only allowed on assistant messages" % eid)
            if "reasoning" in m and not isinstance(m["reasoning"], str):
                err("%s: reasoning must be a string" % eid)
            for h in m.get("reasoning_handles", []):
                if not HANDLE.match(h):
                    err("%s: malformed reasoning handle" % eid)
        users = [m for m in msgs if m["role"] == "user"]
        if not users:
            err("%s: no user message" % eid)
            continue
        if "usage" in ev:
            u = ev["usage"]
            if set(u) - {"input_tokens", "output_tokens", "reasoning_tokens"} or \
                    not all(isinstance(v, int) and v >= 0 for v in u.values()):
                err("%s: bad usage" % eid)
        has_sys = bool(req.get("system")) or msgs[0]["role"] in ("system", "developer")
        sys_count += has_sys
        sys_in_msgs += msgs[0]["role"] in ("system", "developer")
        whole_req[json.dumps(req, sort_keys=True, ensure_ascii=False)] += 1

        # --- labels
        if lb.get("event_id") != eid:
            err("labels line %d: event_id mismatch" % (i + 1))
        if set(lb) != {"event_id", "task", "label", "family", "source"}:
            err("%s: label keys %s" % (eid, sorted(lb)))
        fam = lb.get("family")
        if fam not in FAMILIES:
            err("%s: unknown family %r" % (eid, fam))
            continue
        if lb.get("task") != "extraction" or lb.get("label") != FAMILIES[fam][1] or \
                lb.get("source") != "blind21-handwritten":
            err("%s: bad task/label/source" % eid)
        fam_of[eid] = fam
        final_by_family[fam][users[-1]["content"]] += 1
        # --- langs
        if len(lg) != 2 or lg[0] != eid or not BCP47.match(lg[1]):
            err("langs line %d: bad row" % (i + 1))
        # --- multi-turn
        if len(users) >= 2:
            multi[fam] += 1
        # --- REP duplication property
        ut = user_text(ev)
        dup = repeated_paragraphs(ut)
        if fam in ("rep", "rep_nocode") and dup == 0:
            err("%s: %s event without a duplicated reasoning paragraph" % (eid, fam))
        if FAMILIES[fam][1] == 0 and dup > 0:
            err("%s: label-0 event contains a duplicated long paragraph" % eid)

    # --- family counts
    fc = Counter(fam_of.values())
    for fam, (n, _) in FAMILIES.items():
        if fc[fam] != n:
            err("family %s: %d events, expected %d" % (fam, fc[fam], n))
        if multi[fam] != n // 5:
            err("family %s: %d multi-turn events, expected exactly %d" % (fam, multi[fam], n // 5))

    # --- hard-negative lengths
    long_hn = 0
    for ev, lb in zip(events, labels):
        if ev and lb and lb.get("family") == "hard_negative" and len(user_text(ev)) > 1500:
            long_hn += 1
    if long_hn < 100:
        err("only %d hard negatives longer than 1500 chars (need >= 100)" % long_hn)

    # --- REP events are long (each demonstration several thousand characters)
    for ev, lb in zip(events, labels):
        if ev and lb and lb.get("family") == "rep" and len(user_text(ev)) < 2500:
            err("%s: rep event shorter than 2500 chars" % ev["event_id"])

    # --- languages
    tags = Counter(lg[1] for lg in langs if len(lg) == 2)
    if len(tags) < 80:
        err("only %d distinct language tags (need >= 80)" % len(tags))
    for t in ("hi-Latn", "ar-Latn"):
        if t not in tags:
            err("missing romanised tag %s" % t)

    # --- system prompts, accounts, tenants, models
    share = sys_count / max(1, len(events))
    if not 0.75 <= share <= 0.85:
        err("system-prompt share %.3f outside [0.75, 0.85]" % share)
    if sys_in_msgs == 0:
        err("no event carries its system prompt as a leading system/developer message")
    if len(accounts) != 200:
        err("%d distinct accounts (expected 200)" % len(accounts))
    if not 55 <= len(tenants) <= 65:
        err("%d distinct tenants (expected ~60)" % len(tenants))
    if len(models) < 5:
        err("only %d model names" % len(models))

    # --- variety: no two events share the same request; hand-written one-per-event families never
    #     repeat a final user message (rep campaigns and blob replays may reuse an ask, as real attackers do)
    dups = sum(1 for _, k in whole_req.items() if k > 1)
    if dups:
        err("%d requests occur in more than one event" % dups)
    for fam in ("cot_request", "sysprompt", "delimiter_injection", "hard_negative", "benign", "rep"):
        d = sum(1 for _, k in final_by_family[fam].items() if k > 1)
        if d:
            err("%s: %d final user messages occur in more than one event" % (fam, d))

    # --- byte-identical rebuild
    # rebuild into a scratch directory inside gen/ (nothing outside the work directory is touched)
    tmp = os.path.join(HERE, ".rebuild_check")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        r = subprocess.run([sys.executable, "-B", os.path.join(HERE, "build.py"), tmp],
                           capture_output=True, text=True)
        if r.returncode != 0:
            err("rebuild failed: %s" % r.stderr.strip()[-300:])
        else:
            for fn in FILES:
                if sha(os.path.join(tmp, fn)) != sha(os.path.join(DIR, fn)):
                    err("rebuild of %s is not byte-identical" % fn)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    if errors:
        for e in errors[:60]:
            print("FAIL:", e)
        if len(errors) > 60:
            print("... and %d more" % (len(errors) - 60))
        print("CHECK FAILED (%d problems)" % len(errors))
        sys.exit(1)
    print("events=%d families=%s multi_turn=%s" % (len(events), dict(sorted(fc.items())), dict(sorted(multi.items()))))
    print("language_tags=%d system_share=%.3f accounts=%d tenants=%d models=%d long_hard_negatives=%d"
          % (len(tags), share, len(accounts), len(tenants), len(models), long_hn))
    print("CHECK PASSED")


if __name__ == "__main__":
    main()
