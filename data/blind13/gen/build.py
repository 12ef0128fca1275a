#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the blind13 extraction evaluation set (request-only events + labels).

Deterministic: every random draw comes from random.Random seeded with 20261313
(plus a purpose string), Python 3 stdlib only.  Run from anywhere:
    python3 gen/build.py
"""
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
SEED = 20261313

import t_sys  # noqa: E402
import t_langs  # noqa: E402
import t_rep  # noqa: E402
import t_blob  # noqa: E402
import t_cot  # noqa: E402
import t_sysatk  # noqa: E402
import t_delim  # noqa: E402
import t_hardneg  # noqa: E402
import t_benign  # noqa: E402


def R(purpose):
    return random.Random("%d/%s" % (SEED, purpose))


FAMILIES = [
    # family, label, items
    ("rep", 1, lambda: t_rep.rep_items(R("rep"))),
    ("rep_nocode", 1, lambda: t_rep.rep_nocode_items(R("rep_nocode"))),
    ("cot_request", 1, lambda: t_cot.ITEMS),
    ("sysprompt", 1, lambda: t_sysatk.ITEMS),
    ("delimiter_injection", 1, lambda: t_delim.ITEMS),
    ("blob_replay", 1, lambda: t_blob.items(R("blob"))),
    ("hard_negative", 0, lambda: t_hardneg.ITEMS),
    ("benign", 0, lambda: t_benign.ITEMS),
]

MODELS = ["reasoner-large", "reasoner-large", "reasoner-mini", "reasoner-mini", "reasoner-nano",
          "chat-pro-2026-10", "chat-flash", "gpt-oss-120b", "gpt-oss-20b", "qwen3-32b",
          "qwen3-235b-a22b", "deepseek-r1-0528", "gemma-4-31b", "kimi-k2-thinking"]


def to_messages(content):
    """str -> one user message; list -> strings alternate user/assistant by position
    (even index = user), dicts are taken as explicit messages."""
    if isinstance(content, str):
        return [{"role": "user", "content": content}]
    msgs = []
    for i, m in enumerate(content):
        if isinstance(m, dict):
            msgs.append(dict(m))
        else:
            msgs.append({"role": "user" if i % 2 == 0 else "assistant", "content": m})
    return msgs


def stratified_cats(n, rng):
    counts = {c: int(round(n * t_sys.RATES[c])) for c in t_sys.CATS}
    diff = n - sum(counts.values())
    order = ["product", "generic", "secret", "none"]
    i = 0
    while diff != 0:
        c = order[i % 4]
        if diff > 0:
            counts[c] += 1
            diff -= 1
        elif counts[c] > 0:
            counts[c] -= 1
            diff += 1
        i += 1
    cats = [c for c in t_sys.CATS for _ in range(counts[c])]
    rng.shuffle(cats)
    return cats


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def main():
    records = []  # (family, label, lang, messages, syscat, sysprompt)
    for fam, label, get in FAMILIES:
        items = list(get())
        cats = stratified_cats(len(items), R("syscat/" + fam))
        prng = R("syspick/" + fam)
        for (lang, content), cat in zip(items, cats):
            if lang not in t_langs.TAGS:
                raise SystemExit("unknown language tag %r in %s" % (lang, fam))
            sp = None if cat == "none" else prng.choice(t_sys.POOLS[cat])
            records.append((fam, label, lang, to_messages(content), cat, sp))

    # Everything below is drawn independently of the family.
    R("order").shuffle(records)
    trng = R("time")
    day0 = datetime.datetime(2026, 12, 13, 0, 0, 0, tzinfo=datetime.timezone.utc)
    secs = sorted(trng.sample(range(1, 86400), len(records)))
    arng = R("accounts")
    accounts = ["acct-" + hexid(arng, 10) for _ in range(240)]
    tenants = ["org-" + hexid(arng, 6) for _ in range(70)]
    acct_tenant = {a: arng.choice(tenants) for a in accounts}
    erng = R("eventmeta")
    events, labels = [], []
    for i, ((fam, label, lang, msgs, cat, sp), s) in enumerate(zip(records, secs), 1):
        eid = "b13-%04d" % i
        ts = (day0 + datetime.timedelta(seconds=s, milliseconds=erng.randrange(1000)))
        ts = ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ts.microsecond // 1000)
        acct = erng.choice(accounts)
        req = {}
        placement = erng.random()
        if sp is not None and placement < 0.15:
            role = "developer" if erng.random() < 0.5 else "system"
            req["system"] = None
            req["messages"] = [{"role": role, "content": sp}] + msgs
        else:
            if sp is None and placement < 0.5:
                pass  # omit the key entirely
            else:
                req["system"] = sp
            req["messages"] = msgs
        ev = {"event_id": eid, "timestamp": ts, "account_id": acct}
        if erng.random() < 0.85:
            ev["tenant_id"] = acct_tenant[acct]
        if erng.random() < 0.9:
            ev["session_id"] = "sess-" + hexid(erng, 12)
        ev["model"] = erng.choice(MODELS)
        ev["request"] = req
        events.append(ev)
        labels.append({"event_id": eid, "task": "extraction", "label": label, "family": fam,
                       "source": "blind13#%s-%s" % (fam, lang)})

    with open(os.path.join(OUT, "extraction-blind13.events.jsonl"), "w", encoding="utf-8") as f:
        for ev in events:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "extraction-blind13.labels.jsonl"), "w", encoding="utf-8") as f:
        for lb in labels:
            f.write(json.dumps(lb, ensure_ascii=False) + "\n")
    h = hashlib.sha256()
    for ev in events:
        h.update(json.dumps(ev, ensure_ascii=False, sort_keys=True).encode())
    print("wrote %d events, sha256 %s" % (len(events), h.hexdigest()[:16]))


if __name__ == "__main__":
    main()
