#!/usr/bin/env python3
"""Build the blind10 extraction evaluation set (stdlib only, deterministic).

    python3 data/blind10/gen/build.py

Writes extraction-blind10.events.jsonl and extraction-blind10.labels.jsonl next to gen/.
"""
import hashlib
import json
import os
import random
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import benign  # noqa: E402
import cot  # noqa: E402
import hardneg  # noqa: E402
import longdocs  # noqa: E402
import misc  # noqa: E402
import rep  # noqa: E402
import sysp  # noqa: E402
import systems  # noqa: E402

SEED = 20261210
ROLES = {"system", "developer", "user", "assistant", "tool"}

# specific secret prompt for items that reference one product
SPECIFIC = {"vault": ("password", 1), "game": ("password", 0), "door": ("codeword", 1),
            "bank": ("codeword", 0), "staffdisc": ("discount", 1), "lumora": ("discount", 0),
            "kestrel": ("apikey", 0), "pelican": ("apikey", 1)}


def h(*parts, n=16):
    return hashlib.sha256(("blind10|" + "|".join(str(p) for p in parts)).encode()).hexdigest()[:n]


def norm(item):
    """-> dict(lang, msgs=[message dicts], secret=kind|None)"""
    if isinstance(item, tuple):
        lang, text = item[0], item[1]
        kind = item[2] if len(item) > 2 else None
        msgs = [("user", text)]
    else:
        lang, msgs, kind = item["lang"], item["msgs"], item.get("secret")
    out = []
    for m in msgs:
        if isinstance(m, tuple):
            out.append({"role": m[0], "content": m[1]})
        else:
            out.append(dict(m))
    return {"lang": lang, "msgs": out, "secret": kind}


def families(rng_docs):
    fam = [
        ("rep", 1, rep.rep_items()),
        ("rep_nocode", 1, rep.nocode_items()),
        ("cot_request", 1, cot.ITEMS),
        ("sysprompt", 1, sysp.ITEMS),
        ("delimiter_injection", 1, misc.DELIM),
        ("blob_replay", 1, misc.BLOB),
        ("hard_negative", 0, list(hardneg.ITEMS) + longdocs.items(rng_docs)),
        ("benign", 0, benign.ITEMS),
    ]
    return [(f, lab, [norm(x) for x in items]) for f, lab, items in fam]


def pick_secret(rng, kind):
    if kind in SPECIFIC:
        k, i = SPECIFIC[kind]
        return systems.SECRET[k][i]
    if kind in systems.SECRET:
        return rng.choice(systems.SECRET[kind])
    k = rng.choice(systems.SECRET_KINDS)
    return rng.choice(systems.SECRET[k])


def assign_systems(rng, items):
    """Same category rates in every family: 25% product-with-secret, rest split evenly
    between none / generic / product."""
    n = len(items)
    q_secret = max(round(n * 0.25), sum(1 for it in items if it["secret"]))
    rest = n - q_secret
    base = [rest // 3] * 3
    for i in rng.sample(range(3), rest % 3):
        base[i] += 1
    flagged = [i for i, it in enumerate(items) if it["secret"]]
    free = [i for i, it in enumerate(items) if not it["secret"]]
    rng.shuffle(free)
    cats = {}
    for i in flagged:
        cats[i] = "secret"
    need = q_secret - len(flagged)
    for i in free[:need]:
        cats[i] = "secret"
    pool = ["none"] * base[0] + ["generic"] * base[1] + ["product"] * base[2]
    rng.shuffle(pool)
    for i, c in zip(free[need:], pool):
        cats[i] = c
    for i, it in enumerate(items):
        c = cats[i]
        it["syscat"] = c
        if c == "none":
            it["system"] = None
        elif c == "generic":
            it["system"] = rng.choice(systems.GENERIC)
        elif c == "product":
            it["system"] = rng.choice(systems.PRODUCT)
        else:
            it["system"] = pick_secret(rng, it["secret"])


def est_tokens(text):
    cjk = sum(1 for ch in text if ord(ch) >= 0x2E80)
    other = len(text) - cjk
    return int(round(cjk * 1.1 + other / 3.9))


def main():
    rng = random.Random(SEED)
    fams = families(random.Random(SEED + 1))

    rows = []
    for fam, label, items in fams:
        assign_systems(rng, items)
        for it in items:
            rows.append((fam, label, it))
    rng.shuffle(rows)

    # accounts / tenants: pseudonymous hashes, label-independent assignment
    tenants = ["org-" + h("tenant", i, n=12) for i in range(48)]
    accounts = [("acct-" + h("acct", i, n=16), tenants[rng.randrange(len(tenants))]) for i in range(210)]

    day0 = datetime(2026, 12, 10, tzinfo=timezone.utc)
    offsets = sorted(rng.randrange(0, 86400 * 1000) for _ in rows)

    ev_lines, lab_lines = [], []
    for k, ((fam, label, it), off) in enumerate(zip(rows, offsets), start=1):
        eid = "b10-%04d" % k
        acct, tenant = accounts[rng.randrange(len(accounts))]
        msgs = []
        for m in it["msgs"]:
            assert m["role"] in ROLES, m
            mm = {"role": m["role"], "content": m["content"]}
            if "reasoning" in m:
                mm["reasoning"] = m["reasoning"]
            if m.get("handles"):
                mm["reasoning_handles"] = ["sha256:" + h("handle", eid, j, rng.random(), n=64)
                                           for j in range(m["handles"])]
            msgs.append(mm)
        text_all = (it["system"] or "") + "".join(m["content"] + m.get("reasoning", "") for m in msgs)
        ts = day0 + timedelta(milliseconds=off)
        ev = {
            "event_id": eid,
            "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ts.microsecond // 1000),
            "account_id": acct,
            "tenant_id": tenant,
            "session_id": "sess-" + h("session", eid, rng.random(), n=20),
            "model": rng.choice(systems.MODELS),
            "request": {"system": it["system"], "messages": msgs},
            "usage": {"input_tokens": est_tokens(text_all) + 4 * len(msgs) + 3},
            "metadata": {"client": rng.choice(systems.CLIENTS)},
        }
        ev_lines.append(json.dumps(ev, ensure_ascii=False))
        lab_lines.append(json.dumps({"event_id": eid, "task": "extraction", "label": label, "family": fam,
                                     "source": "blind10#%s-%s" % (fam, it["lang"])}, ensure_ascii=False))

    with open(os.path.join(OUT, "extraction-blind10.events.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(ev_lines) + "\n")
    with open(os.path.join(OUT, "extraction-blind10.labels.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lab_lines) + "\n")

    # summary
    c = Counter((fam, label) for fam, label, _ in rows)
    langs = defaultdict(Counter)
    sysc = defaultdict(Counter)
    for fam, label, it in rows:
        langs[fam][it["lang"]] += 1
        sysc[fam][it["syscat"]] += 1
    print("events:", len(rows))
    for fam, label, items in fams:
        print("%-20s label=%d n=%3d en=%3d langs=%2d sys=%s" % (
            fam, label, c[(fam, label)], langs[fam]["en"], len(langs[fam]),
            dict(sorted(sysc[fam].items()))))
    print("distinct language tags:", len(set(l for fam in langs for l in langs[fam])))


if __name__ == "__main__":
    main()
