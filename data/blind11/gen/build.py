#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the blind11 extraction evaluation set (deterministic, stdlib only, seed 20261211).

    python3 data/blind11/gen/build.py

Writes extraction-blind11.events.jsonl, extraction-blind11.labels.jsonl and README.md next to
this gen/ directory, then runs check.py on the result.
"""
import hashlib
import json
import math
import os
import random
import re
import sys
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import pools  # noqa: E402
import t_rep, t_cot, t_sys, t_delim, t_blob, t_hardneg, t_hardneg2, t_hardneg_long, t_benign  # noqa: E402

SEED = 20261211
DAY = datetime(2026, 12, 11, tzinfo=timezone.utc)

FAMILIES = OrderedDict([
    ("rep", (1, t_rep.build_rep_items())),
    ("rep_nocode", (1, t_rep.build_nocode_items())),
    ("cot_request", (1, t_cot.ITEMS)),
    ("sysprompt", (1, t_sys.ITEMS)),
    ("delimiter_injection", (1, t_delim.ITEMS)),
    ("blob_replay", (1, t_blob.ITEMS)),
    ("hard_negative", (0, t_hardneg.ITEMS + t_hardneg2.ITEMS + t_hardneg_long.ITEMS)),
    ("benign", (0, t_benign.ITEMS)),
])


def h(s, n=16):
    return hashlib.sha256(("blind11|" + s).encode("utf-8")).hexdigest()[:n]


def handle(n):
    return "rh_" + hashlib.sha256(("blind11-handle|" + str(n)).encode()).hexdigest()[:40]


HANDLE_RE = re.compile(r"HANDLE\((\d+)\)")


def to_messages(payload):
    if isinstance(payload, str):
        return [{"role": "user", "content": payload}]
    msgs = []
    for m in payload:
        if isinstance(m, tuple):
            msgs.append({"role": m[0], "content": m[1]})
        else:
            d = dict(m)
            if "reasoning_handles" in d:
                d["reasoning_handles"] = [handle(int(HANDLE_RE.match(x).group(1))) if HANDLE_RE.match(x) else x
                                          for x in d["reasoning_handles"]]
            msgs.append(d)
    return msgs


def est_tokens(text):
    a = sum(1 for c in text if ord(c) < 128)
    return int(math.ceil(a / 4.0 + (len(text) - a) / 1.6))


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def assign_system(rng, fam, items):
    """Return a list of (category, system_text) with ~25% product-with-secret per family."""
    n = len(items)
    cats = [None] * n
    kinds = [None] * n
    for i, (_, _, opts) in enumerate(items):
        s = opts.get("sys", "")
        if s.startswith("secret"):
            cats[i] = "secret"
            kinds[i] = s.split(":", 1)[1] if ":" in s else None
    quota = int(round(0.25 * n))
    free = [i for i in range(n) if cats[i] is None]
    rng.shuffle(free)
    need = max(0, quota - sum(1 for c in cats if c == "secret"))
    for i in free[:need]:
        cats[i] = "secret"
    rest = free[need:]
    cycle = ["none", "generic", "product"]
    for j, i in enumerate(rest):
        cats[i] = cycle[j % 3]
    out = []
    for i in range(n):
        c = cats[i]
        if c == "none":
            out.append((c, None))
        elif c == "generic":
            out.append((c, rng.choice(pools.SYS_GENERIC)))
        elif c == "product":
            out.append((c, rng.choice(pools.SYS_PRODUCT)))
        else:
            k = kinds[i] or rng.choice(sorted(pools.SYS_SECRET))
            out.append((c, rng.choice(pools.SYS_SECRET[k])))
    return out


def main():
    rng = random.Random(SEED)
    accounts = ["acct_" + h("acct%d" % i) for i in range(340)]
    tenants = ["org_" + h("org%d" % i, 12) for i in range(95)]
    acct_tenant = {a: (rng.choice(tenants) if rng.random() < 0.85 else None) for a in accounts}

    rows = []
    for fam, (label, items) in FAMILIES.items():
        systems = assign_system(rng, fam, items)
        for idx, ((lang, payload, opts), (cat, sysprompt)) in enumerate(zip(items, systems)):
            rows.append(dict(fam=fam, label=label, lang=lang, msgs=to_messages(payload), system=sysprompt, syscat=cat))

    rng.shuffle(rows)
    secs = sorted(rng.randrange(0, 86400 * 1000) for _ in rows)
    events, labels = [], []
    for i, (r, ms) in enumerate(zip(rows, secs), 1):
        eid = "b11-%04d" % i
        acct = rng.choice(accounts)
        ts = (DAY + timedelta(milliseconds=ms)).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ms % 1000)
        text = (r["system"] or "") + "".join(m.get("content", "") + m.get("reasoning", "") for m in r["msgs"])
        ev = OrderedDict()
        ev["event_id"] = eid
        ev["timestamp"] = ts
        ev["account_id"] = acct
        if acct_tenant[acct]:
            ev["tenant_id"] = acct_tenant[acct]
        ev["session_id"] = "sess_" + h("sess" + eid + acct, 20)
        ev["model"] = weighted(rng, pools.MODELS)
        ev["request"] = OrderedDict([("system", r["system"]), ("messages", r["msgs"])])
        ev["usage"] = {"input_tokens": est_tokens(text) + 4 * len(r["msgs"])}
        ev["metadata"] = {"client": weighted(rng, pools.CLIENTS)}
        events.append(ev)
        labels.append(OrderedDict([("event_id", eid), ("task", "extraction"), ("label", r["label"]),
                                   ("family", r["fam"]), ("source", "blind11#%s-%s" % (r["fam"], r["lang"]))]))

    with open(os.path.join(OUT, "extraction-blind11.events.jsonl"), "w", encoding="utf-8") as f:
        for ev in events:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "extraction-blind11.labels.jsonl"), "w", encoding="utf-8") as f:
        for lb in labels:
            f.write(json.dumps(lb, ensure_ascii=False) + "\n")

    write_readme(rows)
    print("wrote %d events" % len(events))


def write_readme(rows):
    fam_rows = OrderedDict((f, []) for f in FAMILIES)
    for r in rows:
        fam_rows[r["fam"]].append(r)
    all_langs = set(r["lang"] for r in rows)
    lines = []
    lines.append("**WARNING: this set exists only for ONE final blind measurement of rtmon. Never use it for training, "
                 "tuning, threshold calibration, prompt or rule writing, or error analysis. If anyone reads per-event "
                 "scores or looks at individual events to understand misses, the set is burned and must be retired "
                 "(record that in the Use log below).**")
    lines.append("")
    lines.append("# blind11: hand-written blind extraction set")
    lines.append("")
    lines.append("## How it was made")
    lines.append("")
    lines.append("- Written on 2026-12-11 by a helper session working in isolation.")
    lines.append("- Inputs read: only `/work/shared/EVENTS.md` (event and label format) and `/work/shared/ATTACKS.md` "
                 "(attack descriptions). No project code, tests, docs, bench data, notes, other blind sets or public "
                 "datasets were read; no web or code search was used; rtmon and scorers were not run.")
    lines.append("- Every text (user messages, multi-turn histories, tool outputs, system prompts, the ten REP "
                 "reasoning traces) was written by hand for this set, in `gen/t_*.py` and `gen/pools.py`.")
    lines.append("- Generator: `gen/build.py` (Python stdlib only, deterministic, seed 20261211). Rebuild with "
                 "`python3 data/blind11/gen/build.py`; schema check with `python3 data/blind11/gen/check.py`.")
    lines.append("- Events are request-only (no `response`), timestamps spread over 2026-12-11 UTC, pseudonymous "
                 "hashed account/tenant/session ids, `usage.input_tokens` is a rough length estimate, "
                 "`metadata.client` is drawn from a shared pool.")
    lines.append("- System prompts (none / generic / product / product-with-secret), models and clients are drawn "
                 "from the same pools at the same rates for every family; product-with-secret is ~25% of every family "
                 "(secret-targeted attacks and secret-policy hard negatives are pinned to it, the rest of the quota "
                 "is filled at random).")
    lines.append("- Language tags are ISO 639-1/3 codes (with a region where relevant); `a+b` marks a mixed-language "
                 "message. REP demonstration traces are in en, es, de, zh, ru; REP instructions also in pt, fr, ja.")
    lines.append("")
    lines.append("## Contents")
    lines.append("")
    lines.append("| family | label | events | English | language tags |")
    lines.append("|---|---|---|---|---|")
    tot = 0
    tot_en = 0
    for fam, rs in fam_rows.items():
        langs = Counter(r["lang"] for r in rs)
        en = langs.get("en", 0)
        tot += len(rs)
        tot_en += en
        tags = ", ".join(sorted(langs))
        lines.append("| %s | %d | %d | %d | %d: %s |" % (fam, FAMILIES[fam][0], len(rs), en, len(langs), tags))
    n1 = sum(len(rs) for f, rs in fam_rows.items() if FAMILIES[f][0] == 1)
    lines.append("| **total** | 1: %d / 0: %d | %d | %d | %d distinct tags |" % (n1, tot - n1, tot, tot_en, len(all_langs)))
    lines.append("")
    lines.append("Files: `extraction-blind11.events.jsonl` (events, EVENTS.md format) and "
                 "`extraction-blind11.labels.jsonl` (one label per event, same order, `task` = `extraction`, "
                 "`source` = `blind11#<family>-<lang>`).")
    lines.append("")
    lines.append("## Use log")
    lines.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
    import check  # noqa: E402
    sys.exit(check.main())
