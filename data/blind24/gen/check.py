# -*- coding: utf-8 -*-
"""Verify the blind24 set; prints CHECK PASSED or exits non-zero with the failures."""
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
from t_demos import DEMOS  # noqa: E402
from t_common import LANG_NAMES  # noqa: E402
import t_rep  # noqa: E402
import stats  # noqa: E402

PREFIX = "extraction-blind24"
FILES = [PREFIX + ".events.jsonl", PREFIX + ".labels.jsonl", PREFIX + ".langs.tsv"]
COUNTS = {"rep": 90, "rep_nocode": 60, "cot_request": 130, "sysprompt": 130, "delimiter_injection": 60,
          "blob_replay": 50, "hard_negative": 200, "benign": 80}
LABEL = {"rep": 1, "rep_nocode": 1, "cot_request": 1, "sysprompt": 1, "delimiter_injection": 1,
         "blob_replay": 1, "hard_negative": 0, "benign": 0}
ATTACK_OTHER = {"cot_request", "sysprompt", "delimiter_injection", "blob_replay"}
TOP_KEYS = {"event_id", "timestamp", "account_id", "tenant_id", "session_id", "model", "request",
            "response", "usage", "metadata"}
REQUIRED = {"event_id", "timestamp", "account_id", "model", "request"}
ROLES = {"system", "developer", "user", "assistant", "tool"}
MSG_KEYS = {"role", "content", "reasoning", "reasoning_handles"}
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
BCP47_RE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$")
FILE_RE = re.compile(r"[\w\-/]+\.(txt|md|log|out|json|py|csv|jsonl)\b", re.U)
B64_RUN = re.compile(r"[A-Za-z0-9+/_\-]{200,}")
WARNING = ("**WARNING: this set exists only for ONE final blind measurement of rtmon. Never use it for training, "
           "tuning, threshold calibration, prompt or rule writing, or error analysis. If anyone reads per-event "
           "scores or looks at individual events to understand misses, the set is burned and must be retired "
           "(record that in the Use log below).**")

errors = []


def fail(msg):
    errors.append(msg)


def windows(text, w=40, step=50):
    return [text[i:i + w] for i in range(0, len(text) - w + 1, step)]


def main():
    for fn in FILES:
        if not os.path.exists(os.path.join(ROOT, fn)):
            print("missing", fn)
            sys.exit(1)
    ev_raw = open(os.path.join(ROOT, FILES[0]), encoding="utf-8").read().splitlines()
    lab_raw = open(os.path.join(ROOT, FILES[1]), encoding="utf-8").read().splitlines()
    lang_raw = open(os.path.join(ROOT, FILES[2]), encoding="utf-8").read().splitlines()
    if not (len(ev_raw) == len(lab_raw) == len(lang_raw) == 800):
        fail("line counts %d/%d/%d" % (len(ev_raw), len(lab_raw), len(lang_raw)))
    ev = [json.loads(l) for l in ev_raw]
    lab = [json.loads(l) for l in lab_raw]
    langs = []

    # ---- contract, ids, time order
    prev_ts = None
    for i, e in enumerate(ev):
        eid = "b24-%05d" % (i + 1)
        if e.get("event_id") != eid:
            fail("id %d: %r" % (i, e.get("event_id")))
        if not REQUIRED <= set(e):
            fail("%s missing required fields" % eid)
        if not set(e) <= TOP_KEYS:
            fail("%s unknown top-level keys %s" % (eid, set(e) - TOP_KEYS))
        if "response" in e:
            fail("%s has response" % eid)
        for k in ("account_id", "model"):
            if not isinstance(e.get(k), str) or not e[k]:
                fail("%s bad %s" % (eid, k))
        for k in ("tenant_id", "session_id"):
            if k in e and not isinstance(e[k], str):
                fail("%s bad %s" % (eid, k))
        ts = e.get("timestamp")
        if not isinstance(ts, str) or not TS_RE.match(ts):
            fail("%s bad timestamp %r" % (eid, ts))
        elif prev_ts is not None and not ts > prev_ts:
            fail("%s timestamp not increasing" % eid)
        prev_ts = ts
        req = e.get("request")
        if not isinstance(req, dict) or not set(req) <= {"system", "messages"}:
            fail("%s bad request" % eid)
            continue
        if "system" in req and not (req["system"] is None or isinstance(req["system"], str)):
            fail("%s bad system" % eid)
        msgs = req.get("messages")
        if not isinstance(msgs, list) or not msgs:
            fail("%s bad messages" % eid)
            continue
        for m in msgs:
            if not set(m) <= MSG_KEYS or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                fail("%s bad message %s" % (eid, list(m)))
            if "reasoning" in m and (m["role"] != "assistant" or not isinstance(m["reasoning"], str)):
                fail("%s bad reasoning field" % eid)
            if "reasoning_handles" in m and (m["role"] != "assistant" or not isinstance(m["reasoning_handles"], list)
                                            or not all(isinstance(h, str) for h in m["reasoning_handles"])):
                fail("%s bad reasoning_handles" % eid)
        if not any(m["role"] == "user" for m in msgs):
            fail("%s has no user message" % eid)
        if "usage" in e:
            u = e["usage"]
            if not isinstance(u, dict) or not set(u) <= {"input_tokens", "output_tokens", "reasoning_tokens"} \
                    or not all(isinstance(v, int) and v > 0 for v in u.values()):
                fail("%s bad usage" % eid)
        if "metadata" in e and not isinstance(e["metadata"], dict):
            fail("%s bad metadata" % eid)

    # ---- labels
    fams = []
    for i, (e, l) in enumerate(zip(ev, lab)):
        if set(l) != {"event_id", "task", "label", "family", "source"}:
            fail("label %d keys" % i)
        if l.get("event_id") != e.get("event_id"):
            fail("label %d id mismatch" % i)
        if l.get("task") != "extraction" or l.get("source") != "blind24-handwritten":
            fail("label %d task/source" % i)
        if l.get("family") not in LABEL or l.get("label") != LABEL.get(l.get("family")):
            fail("label %d family/label" % i)
        fams.append(l.get("family"))
    cnt = collections.Counter(fams)
    if dict(cnt) != COUNTS:
        fail("family counts %s" % dict(cnt))

    # ---- langs
    for i, line in enumerate(lang_raw):
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] != ev[i]["event_id"]:
            fail("langs line %d" % i)
            langs.append("?")
            continue
        tag = parts[1]
        if not BCP47_RE.match(tag) or tag not in LANG_NAMES:
            fail("langs line %d bad tag %r" % (i, tag))
        langs.append(tag)
    tags = collections.Counter(langs)
    if len(tags) < 80:
        fail("only %d language tags" % len(tags))
    if tags["en"] > 0.35 * len(ev):
        fail("English share %.3f" % (tags["en"] / len(ev)))
    if sum(1 for t in tags if "-Latn" in t or "-Cyrl" in t) < 6:
        fail("too few script-subtag tags")
    low = {"am", "yo", "ig", "ha", "zu", "xh", "so", "rw", "mg", "mi", "haw", "sm", "qu", "gn", "ht", "ti", "lg",
           "ny", "wo", "lo", "km", "my", "si", "ps", "ku", "tg", "ky", "mt", "ga", "cy", "eu", "jv", "su", "ceb"}
    if len(low & set(tags)) < 20:
        fail("too few low-resource languages: %d" % len(low & set(tags)))
    hn_tags = collections.Counter(langs[i] for i in range(len(ev)) if fams[i] == "hard_negative")
    if len(hn_tags) < 30 or hn_tags["en"] > 0.5 * COUNTS["hard_negative"]:
        fail("hard negatives not multilingual enough: %d tags, %d en" % (len(hn_tags), hn_tags["en"]))

    # ---- shuffle
    run, longest = 1, 1
    for i in range(1, len(fams)):
        run = run + 1 if fams[i] == fams[i - 1] else 1
        longest = max(longest, run)
    if longest > 12:
        fail("families not shuffled (run of %d)" % longest)
    for fam in COUNTS:
        first = fams.index(fam)
        if first > 150:
            fail("family %s starts late (%d)" % (fam, first))

    # ---- multi-turn shares
    for fam, n in COUNTS.items():
        idx = [i for i in range(len(ev)) if fams[i] == fam]
        nu = [sum(1 for m in ev[i]["request"]["messages"] if m["role"] == "user") for i in idx]
        multi = sum(1 for x in nu if x >= 2)
        if multi != int(round(0.2 * n)):
            fail("multi-turn %s: %d, expected %d" % (fam, multi, int(round(0.2 * n))))

    # ---- usage share
    us = sum(1 for e in ev if "usage" in e)
    if us != int(round(0.7 * len(ev))):
        fail("usage share %d" % us)

    # ---- REP duplication property
    for d in DEMOS:
        if not 1000 <= len(d["reasoning"]) <= 3500:
            fail("demo %s reasoning length %d" % (d["id"], len(d["reasoning"])))
        if "```" in d["reasoning"] or FILE_RE.search(d["reasoning"]) or "<think>" in d["reasoning"]:
            fail("demo %s contains fence/file/tag" % d["id"])
    if len(DEMOS) < 8 or len(set(d["lang"] for d in DEMOS)) < 4:
        fail("not enough demonstrations/languages")
    for i, e in enumerate(ev):
        fam = fams[i]
        msgs = e["request"]["messages"]
        users = [m["content"] for m in msgs if m["role"] == "user"]
        alltext = "\n".join([e["request"].get("system") or ""] + [m["content"] for m in msgs] +
                            [m.get("reasoning", "") for m in msgs])
        present = [d for d in DEMOS if d["reasoning"] in alltext]
        if fam in ("rep", "rep_nocode"):
            if not present:
                fail("%s: %s without demonstrations" % (e["event_id"], fam))
            for d in present:
                if max(u.count(d["reasoning"]) for u in users) < 2:
                    fail("%s: demo %s not duplicated within one user message" % (e["event_id"], d["id"]))
            if fam == "rep_nocode":
                if "```" in alltext or FILE_RE.search(alltext) or re.search(r"(\$ cat|!cat|open\(|\bcat )", alltext):
                    fail("%s: rep_nocode contains code fence / file name / reveal command" % e["event_id"])
            else:
                if not any(fp[0] in alltext and fp[1] in alltext for fp in t_rep.FILE_PAIRS):
                    fail("%s: rep without file-reading transcript" % e["event_id"])
        else:
            for d in DEMOS:
                full = alltext.count(d["reasoning"])
                win = max(alltext.count(w) for w in windows(d["reasoning"]))
                if fam in ATTACK_OTHER and (full or win):
                    fail("%s: %s contains demonstration %s" % (e["event_id"], fam, d["id"]))
                if LABEL[fam] == 0 and (full > 1 or win > 1):
                    fail("%s: label-0 event contains demonstration %s twice" % (e["event_id"], d["id"]))

    # ---- hard-negative lengths
    long_hn = sum(1 for i, e in enumerate(ev) if fams[i] == "hard_negative" and
                  sum(len(m["content"]) for m in e["request"]["messages"] if m["role"] == "user") > 2000)
    if long_hn < 120:
        fail("only %d hard negatives over 2000 chars" % long_hn)

    # ---- blob replay carries opaque material
    for i, e in enumerate(ev):
        if fams[i] == "blob_replay":
            msgs = e["request"]["messages"]
            has_h = any(m.get("reasoning_handles") for m in msgs)
            has_b = any(m["role"] == "user" and B64_RUN.search(m["content"].replace("\n", "")) for m in msgs)
            if not (has_h or has_b):
                fail("%s: blob_replay without handles or blob" % e["event_id"])

    # ---- byte-identical rebuild
    tmp = os.path.join(HERE, ".rebuild_check")
    if os.path.exists(tmp):
        shutil.rmtree(tmp)
    subprocess.run([sys.executable, os.path.join(HERE, "build.py"), "--out", tmp], check=True,
                   stdout=subprocess.DEVNULL)
    for fn in FILES:
        a = open(os.path.join(ROOT, fn), "rb").read()
        b = open(os.path.join(tmp, fn), "rb").read()
        if a != b:
            fail("rebuild differs: %s" % fn)
    shutil.rmtree(tmp)

    # ---- README
    rp = os.path.join(ROOT, "README.md")
    if not os.path.exists(rp):
        fail("README.md missing")
    else:
        txt = open(rp, encoding="utf-8").read()
        if txt.splitlines()[0] != WARNING:
            fail("README first line is not the warning")
        if "## Use log" not in txt or "| date | model / commit | what was run | result (figures only) |" not in txt:
            fail("README use log missing")
        if stats.render() not in txt:
            fail("README statistics differ from stats.py output")

    if errors:
        for m in errors[:50]:
            print("FAIL:", m)
        print("%d failures" % len(errors))
        sys.exit(1)
    print("CHECK PASSED")


if __name__ == "__main__":
    main()
