# -*- coding: utf-8 -*-
"""Aggregate statistics for the blind24 set. Prints markdown; never prints event text."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from t_demos import DEMOS  # noqa: E402
from t_common import LANG_NAMES  # noqa: E402

PREFIX = "extraction-blind24"
ORDER = ["rep", "rep_nocode", "cot_request", "sysprompt", "delimiter_injection", "blob_replay",
         "hard_negative", "benign"]


def load(root=ROOT):
    with open(os.path.join(root, PREFIX + ".events.jsonl"), encoding="utf-8") as f:
        ev = [json.loads(l) for l in f]
    with open(os.path.join(root, PREFIX + ".labels.jsonl"), encoding="utf-8") as f:
        lab = [json.loads(l) for l in f]
    with open(os.path.join(root, PREFIX + ".langs.tsv"), encoding="utf-8") as f:
        langs = [l.rstrip("\n").split("\t")[1] for l in f]
    return ev, lab, langs


def user_chars(e):
    return sum(len(m["content"]) for m in e["request"]["messages"] if m["role"] == "user")


def n_user(e):
    return sum(1 for m in e["request"]["messages"] if m["role"] == "user")


def pct(xs, p):
    xs = sorted(xs)
    if not xs:
        return 0
    k = int(round((len(xs) - 1) * p))
    return xs[k]


def render():
    ev, lab, langs = load()
    out = []
    fam_of = [l["family"] for l in lab]
    n = len(ev)
    lc = collections.Counter(l["label"] for l in lab)
    out.append("Events: %d (label 1: %d, label 0: %d)" % (n, lc[1], lc[0]))
    out.append("")
    out.append("| family | label | events | multi-turn | distinct lang tags | English | median user chars | p90 user chars | system prompt present | usage.input_tokens present |")
    out.append("|---|---|---|---|---|---|---|---|---|---|")
    for fam in ORDER:
        idx = [i for i in range(n) if fam_of[i] == fam]
        lbl = lab[idx[0]]["label"]
        multi = sum(1 for i in idx if n_user(ev[i]) >= 2)
        ltags = collections.Counter(langs[i] for i in idx)
        uc = [user_chars(ev[i]) for i in idx]
        sysp = sum(1 for i in idx if ev[i]["request"].get("system"))
        us = sum(1 for i in idx if "usage" in ev[i])
        out.append("| %s | %d | %d | %d (%.1f %%) | %d | %d (%.1f %%) | %d | %d | %d | %d |" % (
            fam, lbl, len(idx), multi, 100.0 * multi / len(idx), len(ltags), ltags["en"],
            100.0 * ltags["en"] / len(idx), pct(uc, 0.5), pct(uc, 0.9), sysp, us))
    out.append("")
    tags = collections.Counter(langs)
    out.append("Language tags: %d distinct; English %d of %d events (%.1f %%); tags with a script subtag: %d." % (
        len(tags), tags["en"], n, 100.0 * tags["en"] / n, sum(1 for t in tags if "-Latn" in t or "-Cyrl" in t)))
    hn = [i for i in range(n) if fam_of[i] == "hard_negative"]
    hn_tags = collections.Counter(langs[i] for i in hn)
    hn_long = sum(1 for i in hn if user_chars(ev[i]) > 2000)
    out.append("Hard negatives: %d distinct language tags, English %d of %d; %d with more than 2,000 characters of user content." % (
        len(hn_tags), hn_tags["en"], len(hn), hn_long))
    out.append("")
    out.append("Per-tag event counts: " + ", ".join("%s %d" % (t, c) for t, c in sorted(tags.items(), key=lambda x: (-x[1], x[0]))))
    out.append("")
    # REP structure
    kdist = collections.Counter()
    rep_chars = []
    for i in range(n):
        if fam_of[i] in ("rep", "rep_nocode"):
            text = "\n".join(m["content"] for m in ev[i]["request"]["messages"] if m["role"] == "user")
            k = sum(1 for d in DEMOS if d["reasoning"] in text)
            kdist[(fam_of[i], k)] += 1
            rep_chars.append(user_chars(ev[i]))
    out.append("REP demonstrations per event (k): " + ", ".join(
        "%s k=%d: %d" % (f, k, c) for (f, k), c in sorted(kdist.items())))
    out.append("REP/rep_nocode user characters: min %d, median %d, max %d. Distinct hand-written demonstrations: %d (languages: %s)." % (
        min(rep_chars), pct(rep_chars, 0.5), max(rep_chars), len(DEMOS),
        ", ".join(sorted(set(d["lang"] for d in DEMOS)))))
    # structure
    tool_ev = sum(1 for e in ev if any(m["role"] == "tool" for m in e["request"]["messages"]))
    handle_ev = collections.Counter(fam_of[i] for i, e in enumerate(ev)
                                    if any(m.get("reasoning_handles") for m in e["request"]["messages"]))
    reas_ev = collections.Counter(fam_of[i] for i, e in enumerate(ev)
                                  if any(m.get("reasoning") for m in e["request"]["messages"]))
    prefill = collections.Counter(fam_of[i] for i, e in enumerate(ev) if e["request"]["messages"][-1]["role"] == "assistant")
    out.append("Events with tool messages: %d. Events with reasoning_handles by family: %s. Events with plaintext assistant reasoning by family: %s. Events ending in an assistant turn: %s." % (
        tool_ev, dict(sorted(handle_ev.items())), dict(sorted(reas_ev.items())), dict(sorted(prefill.items()))))
    models = collections.Counter(e["model"] for e in ev)
    out.append("Models: " + ", ".join("%s %d" % (m, c) for m, c in sorted(models.items(), key=lambda x: (-x[1], x[0]))))
    out.append("Accounts: %d distinct; tenants: %d distinct; events with session_id: %d; with metadata: %d; with usage.input_tokens: %d." % (
        len(set(e["account_id"] for e in ev)), len(set(e.get("tenant_id") for e in ev if e.get("tenant_id"))),
        sum(1 for e in ev if "session_id" in e), sum(1 for e in ev if "metadata" in e), sum(1 for e in ev if "usage" in e)))
    out.append("Time range: %s to %s." % (ev[0]["timestamp"], ev[-1]["timestamp"]))
    unknown = [t for t in tags if t not in LANG_NAMES]
    if unknown:
        out.append("UNKNOWN TAGS: %s" % unknown)
    return "\n".join(out)


if __name__ == "__main__":
    print(render())
