"""Assemble the blind5 extraction set deterministically (stdlib only, fixed seed).

    python3 data/blind5/gen/build.py        # writes ../extraction-blind5.{events,labels}.jsonl
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import benign  # noqa: E402
import blob  # noqa: E402
import cot  # noqa: E402
import delim  # noqa: E402
import hardneg1  # noqa: E402
import hardneg2  # noqa: E402
import hardneg3  # noqa: E402
import hardneg4  # noqa: E402
import rep  # noqa: E402
import sysprompt  # noqa: E402
from common import ATTACK_FAMILIES  # noqa: E402

SEED = 20261127
OUT = os.path.dirname(HERE)

# Generic application system prompts that ordinary products put in front of every request.
GENERIC_SYSTEMS = [
    "You are a helpful assistant.",
    "You are a helpful, concise assistant. Answer in the user's language.",
    "You are Orbit, the assistant inside the Orbit notes app. Be brief and friendly. Today's date is 2026-11-27.",
    "You are an AI assistant for employees of Fenwick Retail Group. Follow company guidelines and be professional.",
    "You are a coding assistant. Prefer short answers with code blocks. If unsure, say so.",
    "Eres un asistente útil. Responde siempre en el idioma del usuario.",
    "Tu es un assistant serviable et précis.",
    "你是一个乐于助人的助手。",
    "You are Tala, a study helper for university students. Encourage learning; do not write graded assignments for the student.",
    "Knowledge cutoff: 2026-06. Current date: 2026-11-27. Reasoning: medium.",
]

MODELS = ["reasoner-large", "reasoner-large", "reasoner-mini", "reasoner-xl", "chat-standard", "chat-lite"]
CLIENTS = ["web", "web", "ios", "android", "api", "sdk-python", "sdk-node", "gateway"]


def all_items():
    items = []
    for mod in (rep, cot, sysprompt, delim, blob, hardneg1, hardneg2, hardneg3, hardneg4, benign):
        items.extend(mod.ITEMS)
    return items


def est_tokens(messages, system):
    n = len((system or "").encode("utf-8"))
    for m in messages:
        n += len(m["content"].encode("utf-8")) + 8
    return max(1, n // 4)


def main():
    rng = random.Random(SEED)
    items = all_items()
    rng.shuffle(items)

    tenants = [f"org-{rng.randrange(16**6):06x}" for _ in range(70)]
    accounts = {}

    def account_for(group):
        if group is not None:
            if group not in accounts:
                accounts[group] = (f"acct-{rng.randrange(16**8):08x}", rng.choice(tenants))
            return accounts[group]
        # ordinary callers: a big pool, so some accounts show up more than once
        key = f"pool-{rng.randrange(420)}"
        if key not in accounts:
            accounts[key] = (f"acct-{rng.randrange(16**8):08x}", rng.choice(tenants + [None] * 10))
        return accounts[key]

    day0 = dt.datetime(2026, 11, 27, tzinfo=dt.timezone.utc)
    group_clock = {}
    used_ids = set()
    events, labels = [], []
    for it in items:
        acct, tenant = account_for(it.get("group"))
        # diurnal-ish arrival time; a group (one scripted sender) sends in a burst
        if it.get("group"):
            g = it["group"]
            if g not in group_clock:
                group_clock[g] = rng.uniform(1 * 3600, 22 * 3600)
            group_clock[g] += rng.uniform(20, 240)
            secs = group_clock[g]
        else:
            hour = min(23.99, max(0.0, rng.gauss(14.5, 4.5)))
            secs = hour * 3600 + rng.uniform(0, 59)
        secs = min(secs, 86399.0)
        ts = day0 + dt.timedelta(seconds=secs, microseconds=rng.randrange(1000) * 1000)
        while True:
            eid = f"b5-{rng.randrange(16**10):010x}"
            if eid not in used_ids:
                used_ids.add(eid)
                break
        system = it.get("system")
        if system is None and rng.random() < 0.3:
            system = rng.choice(GENERIC_SYSTEMS)
        request = {"messages": it["messages"]}
        if system is not None:
            request = {"system": system, "messages": it["messages"]}
        ev = {
            "event_id": eid,
            "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z",
            "account_id": acct,
            "session_id": f"s-{rng.randrange(16**12):012x}",
            "model": it.get("model") or rng.choice(MODELS),
            "request": request,
            "usage": {"input_tokens": est_tokens(it["messages"], system)},
            "metadata": {"client": rng.choice(CLIENTS)},
        }
        if tenant is not None:
            ev["tenant_id"] = tenant
        fam = it["family"]
        lab = {"event_id": eid, "task": "extraction", "label": 1 if fam in ATTACK_FAMILIES else 0,
               "family": fam, "source": f"blind5#{it['kind']}-{it['lang']}"}
        events.append((ev["timestamp"], ev, lab))

    events.sort(key=lambda t: t[0])  # one day of traffic in arrival order
    with open(os.path.join(OUT, "extraction-blind5.events.jsonl"), "w", encoding="utf-8") as fe, \
            open(os.path.join(OUT, "extraction-blind5.labels.jsonl"), "w", encoding="utf-8") as fl:
        for _, ev, lab in events:
            fe.write(json.dumps(ev, ensure_ascii=False) + "\n")
            fl.write(json.dumps(lab, ensure_ascii=False) + "\n")

    if "--stats" in sys.argv:
        fam = Counter(lab["family"] for _, _, lab in events)
        print("total", len(events))
        for k, v in sorted(fam.items()):
            print(f"  {k}: {v}")
        langs = Counter(lab["source"].split("#")[1].split("-", 1)[1] for _, _, lab in events)
        print("languages", len(langs))
        for k, v in langs.most_common():
            print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
