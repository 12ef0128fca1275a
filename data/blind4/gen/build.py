# -*- coding: utf-8 -*-
"""Assemble the hand-written blind4 texts into events + labels (deterministic, stdlib only).

    python data/blind4/gen/build.py

writes data/blind4/extraction-blind4.events.jsonl and extraction-blind4.labels.jsonl and
prints counts per family and language."""

import collections
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import benign          # noqa: E402
import blob            # noqa: E402
import cot_request     # noqa: E402
import delimiter       # noqa: E402
import hardneg_a       # noqa: E402
import hardneg_b       # noqa: E402
import rep             # noqa: E402
import sysprompt       # noqa: E402
import systems         # noqa: E402
from common import ATTACK_FAMILIES, NEGATIVE_FAMILIES  # noqa: E402

SEED = 20261127
OUT_DIR = os.path.dirname(HERE)
EVENTS = os.path.join(OUT_DIR, "extraction-blind4.events.jsonl")
LABELS = os.path.join(OUT_DIR, "extraction-blind4.labels.jsonl")
DAY = dt.datetime(2026, 11, 27, tzinfo=dt.timezone.utc)

MODELS = ["reasoner-large", "reasoner-large", "reasoner-large", "reasoner-mini", "reasoner-mini",
          "reasoner-xl", "chat-fast", "chat-fast", "oss-harmony-120b", "chat-nano"]

# deployments (apps) that carry a system prompt: their own tenant and a model of their choice
APP_TENANTS = {
    systems.AIRLINE: ("org-skylark", "chat-fast"),
    systems.BANK: ("org-nordhavn", "reasoner-mini"),
    systems.MODAVIVA: ("org-modaviva", "chat-fast"),
    systems.MATHLING: ("org-mathling", "reasoner-large"),
    systems.HR: ("org-corvid", "reasoner-mini"),
    systems.SAAS: ("org-tessellate", "chat-fast"),
    systems.NPC: ("org-velm-games", "chat-nano"),
    systems.KLINIK: ("org-stadtpark", "reasoner-mini"),
    systems.CABINET: ("org-morel", "chat-fast"),
    systems.HOTEL: ("org-miyabi", "reasoner-mini"),
    systems.CODER: ("org-quanta", "reasoner-xl"),
    systems.TELECOM: ("org-conecta", "chat-fast"),
    systems.REALESTATE: ("org-yasmin", "reasoner-mini"),
    systems.TRAVEL_GENERIC: ("org-wanderwise", "chat-fast"),
    systems.RECIPE: ("org-cocinafacil", "chat-nano"),
}


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def iso(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ts.microsecond // 1000)


def main():
    items = (rep.ITEMS + cot_request.ITEMS + sysprompt.ITEMS + delimiter.ITEMS + blob.ITEMS +
             hardneg_a.ITEMS + hardneg_b.ITEMS + benign.ITEMS)
    rng = random.Random(SEED)
    rng.shuffle(items)

    # generic tenants, each with a handful of accounts
    tenants = ["org-%s" % hexid(rng, 5) for _ in range(70)]
    accounts_of = {t: ["acct-%s" % hexid(rng, 8) for _ in range(rng.randint(1, 9))] for t in tenants}

    group_acct = {}
    group_clock = {}
    seen_ids = set()
    events, labels = [], []
    for it in items:
        fam = it["family"]
        assert fam in ATTACK_FAMILIES + NEGATIVE_FAMILIES, fam
        system = it.get("system")
        if system in APP_TENANTS:
            tenant, app_model = APP_TENANTS[system]
            account = "acct-%s" % hexid(rng, 8)          # an end user of that deployment
            model = it.get("model") or app_model
        else:
            g = it.get("group")
            if g and g in group_acct:
                tenant, account = group_acct[g]
            else:
                tenant = rng.choice(tenants)
                account = rng.choice(accounts_of[tenant])
                if g:
                    group_acct[g] = (tenant, account)
            model = it.get("model") or rng.choice(MODELS)

        g = it.get("group")
        if g:
            # a scripted campaign: requests a few tens of seconds apart from one start time
            if g not in group_clock:
                group_clock[g] = DAY + dt.timedelta(seconds=rng.randint(0, 20 * 3600))
            group_clock[g] += dt.timedelta(seconds=rng.randint(15, 95), milliseconds=rng.randint(0, 999))
            ts = group_clock[g]
        else:
            ts = DAY + dt.timedelta(seconds=rng.randint(0, 86399), milliseconds=rng.randint(0, 999))

        while True:
            eid = "b4-" + hexid(rng, 12)
            if eid not in seen_ids:
                seen_ids.add(eid)
                break
        request = {}
        if system is not None:
            request["system"] = system
        request["messages"] = it["messages"]
        ev = {
            "event_id": eid,
            "timestamp": iso(ts),
            "account_id": account,
            "tenant_id": tenant,
            "session_id": "s-" + hexid(rng, 16),
            "model": model,
            "request": request,
        }
        lab = {
            "event_id": eid,
            "task": "extraction",
            "label": 1 if fam in ATTACK_FAMILIES else 0,
            "family": fam,
            "source": "blind4#%s-%s" % (it["kind"], it["lang"]),
        }
        events.append((ts, ev, lab))

    events.sort(key=lambda x: (x[0], x[1]["event_id"]))
    with open(EVENTS, "w", encoding="utf-8") as fe, open(LABELS, "w", encoding="utf-8") as fl:
        for _, ev, lab in events:
            fe.write(json.dumps(ev, ensure_ascii=False) + "\n")
            fl.write(json.dumps(lab, ensure_ascii=False) + "\n")

    fam_c = collections.Counter(l["family"] for _, _, l in events)
    print("events:", len(events))
    for f in ATTACK_FAMILIES + NEGATIVE_FAMILIES:
        print("  %-20s %d" % (f, fam_c[f]))
    by = collections.defaultdict(collections.Counter)
    for it in items:
        by[it["family"]][it["lang"]] += 1
    langs = collections.Counter(it["lang"] for it in items)
    print("languages (tags):", len(langs))
    for f in ATTACK_FAMILIES + NEGATIVE_FAMILIES:
        print("  %s: %s" % (f, ", ".join("%s %d" % kv for kv in sorted(by[f].items(), key=lambda kv: (-kv[1], kv[0])))))
    print("all:", ", ".join("%s %d" % kv for kv in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))))


if __name__ == "__main__":
    main()
