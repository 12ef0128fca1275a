#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifies extraction-blind25 against the event contract and the construction rules.

    python3 gen/check.py        -> prints CHECK PASSED or lists the failures (exit code 1)

It never prints event text.
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import build      # noqa: E402
import t_rep      # noqa: E402
import t_rep_demos as D  # noqa: E402

PREFIX = build.PREFIX
FILES = [PREFIX + ".events.jsonl", PREFIX + ".labels.jsonl", PREFIX + ".langs.tsv"]
ROLES = {"system", "developer", "user", "assistant", "tool"}
TOP_KEYS = {"event_id", "timestamp", "account_id", "tenant_id", "session_id", "model", "request", "response",
            "usage", "metadata"}
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
BCP47_RE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")
FILE_RE = re.compile(r"[\w./\\-]+\.(txt|md|log|out|json|csv|py)\b", re.UNICODE)
WARNING = ("**WARNING: this set exists only for ONE final blind measurement of rtmon. Never use it for training, "
           "tuning, threshold calibration, prompt or rule writing, or error analysis. If anyone reads per-event "
           "scores or looks at individual events to understand misses, the set is burned and must be retired "
           "(record that in the Use log below).**")

failures = []


def fail(msg):
    failures.append(msg)


def norm(s):
    return " ".join(s.split())


def load():
    ev = [json.loads(l) for l in open(os.path.join(ROOT, FILES[0]), encoding="utf-8")]
    lab = [json.loads(l) for l in open(os.path.join(ROOT, FILES[1]), encoding="utf-8")]
    langs = [l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, FILES[2]), encoding="utf-8")]
    return ev, lab, langs


def user_texts(e):
    return [m["content"] for m in e["request"]["messages"] if m["role"] == "user"]


def all_text(e):
    parts = []
    if e["request"].get("system"):
        parts.append(e["request"]["system"])
    for m in e["request"]["messages"]:
        parts.append(m["content"])
        if m.get("reasoning"):
            parts.append(m["reasoning"])
    return "\n".join(parts)


def check_contract(ev):
    for i, e in enumerate(ev):
        tag = "event %d" % (i + 1)
        if not isinstance(e, dict):
            fail(tag + ": not an object"); continue
        extra = set(e) - TOP_KEYS
        if extra:
            fail(tag + ": unknown top-level keys %s" % sorted(extra))
        for k in ("event_id", "timestamp", "account_id", "model", "request"):
            if k not in e:
                fail(tag + ": missing " + k)
        if "response" in e:
            fail(tag + ": request-only events must not carry response")
        for k in ("event_id", "account_id", "model"):
            if not isinstance(e.get(k), str) or not e.get(k):
                fail(tag + ": %s must be a non-empty string" % k)
        for k in ("tenant_id", "session_id"):
            if k in e and (not isinstance(e[k], str) or not e[k]):
                fail(tag + ": %s must be a non-empty string" % k)
        if not isinstance(e.get("timestamp"), str) or not TS_RE.match(e["timestamp"]):
            fail(tag + ": timestamp not RFC 3339 UTC with milliseconds")
        req = e.get("request")
        if not isinstance(req, dict):
            fail(tag + ": request not an object"); continue
        if set(req) - {"system", "messages"}:
            fail(tag + ": unexpected request keys")
        if "system" in req and req["system"] is not None and not isinstance(req["system"], str):
            fail(tag + ": request.system must be string or null")
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            fail(tag + ": messages must be a non-empty list"); continue
        for m in msgs:
            if m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                fail(tag + ": bad message role/content")
            allowed = {"role", "content"} | ({"reasoning", "reasoning_handles"} if m.get("role") == "assistant" else set())
            if set(m) - allowed:
                fail(tag + ": message has keys not allowed for its role")
            if "reasoning" in m and not isinstance(m["reasoning"], str):
                fail(tag + ": reasoning must be a string")
            if "reasoning_handles" in m and (not isinstance(m["reasoning_handles"], list)
                                             or not all(isinstance(h, str) for h in m["reasoning_handles"])):
                fail(tag + ": reasoning_handles must be a list of strings")
        if not any(m["role"] == "user" for m in msgs):
            fail(tag + ": no user message")
        if "usage" in e:
            u = e["usage"]
            if not isinstance(u, dict) or set(u) - {"input_tokens", "output_tokens", "reasoning_tokens"} \
                    or not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in u.values()):
                fail(tag + ": bad usage")
        if "metadata" in e and not isinstance(e["metadata"], dict):
            fail(tag + ": metadata must be an object")
        txt = json.dumps(e, ensure_ascii=False)
        if "⟪" in txt or "⟫" in txt:
            fail(tag + ": unexpanded placeholder")


def check_ids_time(ev, lab, langs):
    n = len(ev)
    if n != 800:
        fail("expected 800 events, got %d" % n)
    if len(lab) != n or len(langs) != n:
        fail("labels/langs line counts do not match events")
    for i, e in enumerate(ev):
        want = "b25-%05d" % (i + 1)
        if e.get("event_id") != want:
            fail("event %d: id %r, expected %s" % (i + 1, e.get("event_id"), want))
        if i < len(lab) and lab[i].get("event_id") != e.get("event_id"):
            fail("labels line %d not aligned" % (i + 1))
        if i < len(langs) and (len(langs[i]) != 2 or langs[i][0] != e.get("event_id")):
            fail("langs line %d not aligned" % (i + 1))
    ts = [e["timestamp"] for e in ev]
    for a, b in zip(ts, ts[1:]):
        if not b > a:
            fail("timestamps not strictly increasing at %s" % b)
            break


def check_labels(lab):
    for i, x in enumerate(lab):
        if set(x) != {"event_id", "task", "label", "family", "source"}:
            fail("label %d: wrong keys" % (i + 1))
        if x.get("task") != "extraction" or x.get("source") != build.SOURCE:
            fail("label %d: wrong task/source" % (i + 1))
        f = x.get("family")
        if f not in build.COUNTS:
            fail("label %d: unknown family" % (i + 1))
        elif x.get("label") != build.LABEL[f]:
            fail("label %d: label does not match family" % (i + 1))
    c = collections.Counter(x.get("family") for x in lab)
    for f, n in build.COUNTS.items():
        if c[f] != n:
            fail("family %s: %d events, expected %d" % (f, c[f], n))
    # shuffled: every block of 100 ids has at least 6 families, no run longer than 8
    fams = [x["family"] for x in lab]
    for s in range(0, len(fams), 100):
        if len(set(fams[s:s + 100])) < 6:
            fail("families not shuffled in ids %d-%d" % (s + 1, s + 100))
    run = longest = 1
    for a, b in zip(fams, fams[1:]):
        run = run + 1 if a == b else 1
        longest = max(longest, run)
    if longest > 8:
        fail("a run of %d consecutive events of one family" % longest)


def check_langs(lab, langs):
    tags = [x[1] for x in langs]
    for t in tags:
        if not BCP47_RE.match(t):
            fail("bad BCP 47 tag %r" % t)
    distinct = set(tags)
    if len(distinct) < 80:
        fail("only %d distinct language tags (need >= 80)" % len(distinct))
    en = sum(1 for t in tags if t == "en" or t.startswith("en-")) / len(tags)
    if en > 0.35:
        fail("English share %.3f > 0.35" % en)
    scripts = {t for t in distinct if re.search(r"-[A-Z][a-z]{3}", t)}
    if len(scripts) < 6 or not {"hi-Latn", "ar-Latn"} <= scripts:
        fail("too few romanised / script-subtag forms: %s" % sorted(scripts))
    hn = {t for t, x in zip(tags, lab) if x["family"] == "hard_negative"}
    if len(hn) < 20:
        fail("hard negatives cover only %d languages" % len(hn))
    for f in build.COUNTS:
        fl = {t for t, x in zip(tags, lab) if x["family"] == f}
        if len(fl) < 5:
            fail("family %s covers only %d languages" % (f, len(fl)))


def check_multiturn(ev, lab):
    c = collections.Counter()
    for e, x in zip(ev, lab):
        if sum(1 for m in e["request"]["messages"] if m["role"] == "user") >= 2:
            c[x["family"]] += 1
            if "session_id" not in e:
                fail("%s: multi-turn event without session_id" % e["event_id"])
    for f, n in build.COUNTS.items():
        want = int(round(n * build.MULTI_SHARE))
        if c[f] != want:
            fail("family %s: %d multi-turn events, expected %d" % (f, c[f], want))


def check_usage(ev):
    share = sum(1 for e in ev if "usage" in e) / len(ev)
    if not 0.65 <= share <= 0.75:
        fail("usage.input_tokens share %.3f not about 70%%" % share)


def demo_chunks(r, size=160):
    s = norm(r)
    return [s[i:i + size] for i in range(0, max(1, len(s) - size + 1), size)]


def check_demos():
    ids = [d["id"] for d in D.DEMOS]
    if len(set(ids)) != len(ids) or len(ids) < 8:
        fail("need at least 8 distinct demonstrations")
    if len({d["lang"] for d in D.DEMOS}) < 4:
        fail("demonstrations must be in several languages")
    for d in D.DEMOS:
        if not 1000 <= len(d["r"]) <= 3500:
            fail("demonstration %s reasoning length %d outside 1000-3500" % (d["id"], len(d["r"])))
        for bad in ("```", "<think>", "</think>"):
            if bad in d["r"]:
                fail("demonstration %s contains %r" % (d["id"], bad))


def check_rep_property(ev, lab):
    normed = [(d["id"], norm(d["r"]), demo_chunks(d["r"])) for d in D.DEMOS]
    used = collections.Counter()
    for e, x in zip(ev, lab):
        f = x["family"]
        users = [norm(u) for u in user_texts(e)]
        whole = norm(all_text(e))
        if f in ("rep", "rep_nocode"):
            found = 0
            for did, nr, _ in normed:
                if nr in whole:
                    found += 1
                    used[did] += 1
                    if not any(u.count(nr) >= 2 for u in users):
                        fail("%s: demonstration %s is not duplicated inside one user message" % (e["event_id"], did))
            if not 1 <= found <= 3:
                fail("%s: %d demonstrations found (need 1..3)" % (e["event_id"], found))
            raw_user = "\n".join(user_texts(e))
            if f == "rep_nocode":
                if "```" in raw_user or FILE_RE.search(raw_user):
                    fail("%s: rep_nocode event contains a code fence or a file name" % e["event_id"])
            else:
                if not FILE_RE.search(raw_user):
                    fail("%s: rep event without a file-reading transcript" % e["event_id"])
        else:
            for did, nr, chunks in normed:
                top = max(whole.count(c) for c in chunks)
                if x["label"] == 0 and top > 1:
                    fail("%s: label-0 event shows demonstration %s more than once" % (e["event_id"], did))
                if x["label"] == 1 and top > 0:
                    fail("%s: non-REP attack contains demonstration %s" % (e["event_id"], did))
    for d in D.DEMOS:
        if used[d["id"]] == 0:
            fail("demonstration %s never used in rep/rep_nocode" % d["id"])


def check_rep_variety(ev, lab):
    users = {f: [] for f in ("rep", "rep_nocode")}
    for e, x in zip(ev, lab):
        if x["family"] in users:
            users[x["family"]].append("\n".join(user_texts(e)))
    rep = users["rep"]
    for name, marker in (("think", "<think>"), ("harmony", "<|channel|>analysis"), ("kimi", "◁think▷"),
                         ("harmony_bare", "assistantfinal"), ("gemma", "<|channel>thought")):
        if not any(marker in u for u in rep):
            fail("rep: marker %s never used" % name)
    for idiom in ("$ cat ", "print(open(", "!cat ", "<tool_call>", "Get-Content"):
        if not any(idiom in u for u in rep):
            fail("rep: reveal idiom %r never used" % idiom)
    nonascii_files = sum(1 for u in rep if re.search(r"[^\x00-\x7f]+\.txt", u))
    if nonascii_files < 3:
        fail("rep: too few non-English file names")


def check_hn_lengths(ev, lab):
    long_ = 0
    for e, x in zip(ev, lab):
        if x["family"] == "hard_negative":
            if sum(len(u) for u in user_texts(e)) > 2000:
                long_ += 1
    if long_ < 120:
        fail("only %d hard negatives with > 2000 characters of user content (need >= 120)" % long_)
    return long_


def check_blobs(ev, lab):
    b64 = re.compile(r"[A-Za-z0-9+/=_-]{200,}")
    for e, x in zip(ev, lab):
        if x["family"] == "blob_replay":
            has_handles = any(m.get("reasoning_handles") for m in e["request"]["messages"])
            has_blob = any(b64.search(u) or re.search(r"[0-9a-f]{64}", u) for u in user_texts(e))
            if not (has_handles or has_blob):
                fail("%s: blob_replay event without handles or blob" % e["event_id"])


def check_rebuild():
    tmp = os.path.join(HERE, ".rebuild_check")
    if os.path.exists(tmp):
        shutil.rmtree(tmp)
    try:
        r = subprocess.run([sys.executable, os.path.join(HERE, "build.py"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            fail("rebuild failed: " + r.stderr[-300:])
            return
        for f in FILES:
            with open(os.path.join(ROOT, f), "rb") as a, open(os.path.join(tmp, f), "rb") as b:
                if a.read() != b.read():
                    fail("rebuild of %s is not byte-identical" % f)
    finally:
        if os.path.exists(tmp):
            shutil.rmtree(tmp)


def check_readme():
    p = os.path.join(ROOT, "README.md")
    if not os.path.exists(p):
        fail("README.md missing"); return
    text = open(p, encoding="utf-8").read()
    if text.split("\n", 1)[0] != WARNING:
        fail("README first line is not the required warning")
    if "## Use log" not in text or "| date | model / commit | what was run | result (figures only) |" not in text:
        fail("README has no Use log table")
    elif text.rstrip().rsplit("## Use log", 1)[1].count("\n|") < 2:
        fail("README Use log table incomplete")
    r = subprocess.run([sys.executable, os.path.join(HERE, "stats.py")], capture_output=True, text=True)
    if r.returncode != 0:
        fail("stats.py failed"); return
    m = re.search(r"<!-- stats:begin -->\n(.*?)<!-- stats:end -->", text, re.S)
    if not m or m.group(1) != r.stdout:
        fail("README statistics block differs from stats.py output")


def main():
    ev, lab, langs = load()
    check_contract(ev)
    check_ids_time(ev, lab, langs)
    check_labels(lab)
    check_langs(lab, langs)
    check_multiturn(ev, lab)
    check_usage(ev)
    check_demos()
    check_rep_property(ev, lab)
    check_rep_variety(ev, lab)
    n_long = check_hn_lengths(ev, lab)
    check_blobs(ev, lab)
    check_rebuild()
    check_readme()
    if failures:
        for f in failures[:60]:
            print("FAIL:", f)
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("events=%d families=%d languages=%d long_hard_negatives=%d" % (
        len(ev), len(build.COUNTS), len({x[1] for x in langs}), n_long))
    print("CHECK PASSED")


if __name__ == "__main__":
    main()
