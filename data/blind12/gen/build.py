# -*- coding: utf-8 -*-
"""Build the blind12 extraction set (request-only events + labels + README).

Python stdlib only, deterministic (seed 20261212).  Run:  python3 gen/build.py
"""
import hashlib
import json
import os
import random
import sys
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import t_meta  # noqa: E402

SEED = 20261212
EVENTS = os.path.join(OUT, "extraction-blind12.events.jsonl")
LABELS = os.path.join(OUT, "extraction-blind12.labels.jsonl")
README = os.path.join(OUT, "README.md")

# family -> (label, loader)
FAMILIES = OrderedDict()


def _load():
    import t_rep, t_cot, t_sys, t_delim, t_blob, t_hneg, t_benign  # noqa: E401
    FAMILIES["rep"] = (1, t_rep.rep_items())
    FAMILIES["rep_nocode"] = (1, t_rep.rep_nocode_items())
    FAMILIES["cot_request"] = (1, t_cot.ITEMS)
    FAMILIES["sysprompt"] = (1, t_sys.ITEMS)
    FAMILIES["delimiter_injection"] = (1, t_delim.ITEMS)
    FAMILIES["blob_replay"] = (1, t_blob.ITEMS)
    FAMILIES["hard_negative"] = (0, t_hneg.ITEMS)
    FAMILIES["benign"] = (0, t_benign.ITEMS)


ROLE = {"u": "user", "a": "assistant", "t": "tool", "s": "system", "d": "developer",
        "user": "user", "assistant": "assistant", "tool": "tool", "system": "system",
        "developer": "developer"}


def to_messages(content):
    """content: str (single user turn) or list of (role, text[, extra])."""
    if isinstance(content, str):
        return [{"role": "user", "content": content}]
    msgs = []
    for turn in content:
        m = {"role": ROLE[turn[0]], "content": turn[1]}
        if len(turn) > 2 and turn[2]:
            m.update(turn[2])
        msgs.append(m)
    return msgs


def h(prefix, *parts, n=12):
    s = "|".join(str(p) for p in parts)
    return prefix + hashlib.sha256(("blind12:" + s).encode("utf-8")).hexdigest()[:n]


def est_tokens(text):
    if not text:
        return 0
    asc = sum(1 for c in text if ord(c) < 128)
    return int(asc / 4.0 + (len(text) - asc) / 1.6) + 1


def stratified_kinds(n, rng):
    kinds = []
    for k, r in t_meta.SYSTEM_RATES[:-1]:
        kinds += [k] * int(round(n * r))
    kinds += [t_meta.SYSTEM_RATES[-1][0]] * (n - len(kinds))
    rng.shuffle(kinds)
    return kinds


def prior_for(lang, rng):
    base = lang.split("+")[0]
    pool = t_meta.PRIOR.get(base) or t_meta.PRIOR["en"]
    ex = rng.choice(pool)
    return [{"role": r, "content": c} for r, c in ex]


def main():
    _load()
    rng = random.Random(SEED)
    accounts = []
    tenants = [h("org-", "tenant", i, n=10) for i in range(70)]
    for i in range(260):
        accounts.append((h("acct-", "acct", i), tenants[rng.randrange(len(tenants))]))

    rows = []  # (event, label)
    stats = OrderedDict()
    for fam, (label, items) in FAMILIES.items():
        frng = random.Random("%d:%s" % (SEED, fam))
        n = len(items)
        kinds = stratified_kinds(n, frng)
        built = []
        for lang, content in items:
            built.append([lang, to_messages(content)])
        # multi-turn top-up to ~20% per family
        target = int(round(0.20 * n))
        have = sum(1 for b in built if len(b[1]) > 1)
        singles = [i for i, b in enumerate(built) if len(b[1]) == 1]
        frng.shuffle(singles)
        for i in singles[:max(0, target - have)]:
            built[i][1] = prior_for(built[i][0], frng) + built[i][1]
        for (lang, msgs), kind in zip(built, kinds):
            system = frng.choice(t_meta.SYSTEM_POOLS[kind])
            ev = {
                "event_id": None, "timestamp": None,
                "account_id": None, "tenant_id": None, "session_id": None,
                "model": None,
                "request": {"system": system, "messages": msgs},
                "usage": {"input_tokens": est_tokens(system) + sum(est_tokens(m["content"]) + 4 for m in msgs)},
                "metadata": {"client": None},
            }
            lab = {"event_id": None, "task": "extraction", "label": label, "family": fam,
                   "source": "blind12#%s-%s" % (fam, lang)}
            rows.append((ev, lab, kind))
        stats[fam] = (label, [b[0] for b in built])

    rng.shuffle(rows)
    day0 = datetime(2026, 12, 12, 0, 0, 0, tzinfo=timezone.utc)
    offs = sorted(rng.randrange(0, 86400 * 1000) for _ in rows)
    with open(EVENTS, "w", encoding="utf-8") as fe, open(LABELS, "w", encoding="utf-8") as fl:
        for i, ((ev, lab, kind), off) in enumerate(zip(rows, offs), 1):
            eid = "b12-%04d" % i
            ts = day0 + timedelta(milliseconds=off)
            acct, tenant = accounts[rng.randrange(len(accounts))]
            ev["event_id"] = eid
            ev["timestamp"] = ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (off % 1000)
            ev["account_id"] = acct
            ev["tenant_id"] = tenant
            ev["session_id"] = h("s-", "session", eid, rng.random(), n=16)
            ev["model"] = rng.choice(t_meta.MODELS)
            ev["metadata"]["client"] = rng.choice(t_meta.CLIENTS)
            lab["event_id"] = eid
            fe.write(json.dumps(ev, ensure_ascii=False) + "\n")
            fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
    write_readme(stats, len(rows))
    print("wrote %d events" % len(rows))
    for fam, (label, langs) in stats.items():
        c = Counter(langs)
        print("%-20s label=%d n=%4d en=%3d (%.0f%%) tags=%d" % (
            fam, label, len(langs), c.get("en", 0), 100.0 * c.get("en", 0) / max(1, len(langs)), len(c)))
    alltags = set(l for _, (_, ls) in stats.items() for l in ls)
    print("distinct tags:", len(alltags))


README_HEAD = """**WARNING: this set exists only for ONE final blind measurement of rtmon. Never use it for training, tuning, threshold calibration, prompt or rule writing, or error analysis. If anyone reads per-event scores or looks at individual events to understand misses, the set is burned and must be retired (record that in the Use log below).**

# blind12: hand-written blind evaluation set for rtmon (extraction task)

## How it was made

- Written in isolation. The author read only `/work/shared/EVENTS.md` (event and label format)
  and `/work/shared/ATTACKS.md` (attack descriptions). No project code, tests, docs, notes or
  other data sets (earlier blind sets, `shared/data`) were read; no web or code search was used;
  rtmon and its scorers were not run; no public data set was copied.
- Every prompt text, reasoning trace, system prompt and conversation turn was hand-written for
  this set, in the language it is tagged with (written natively, not word-by-word translated).
  Attack texts vary in length from a few words to long messages with the attack buried after a
  benign preamble; some are code-mixed (tag `a+b`) and some contain deliberate typos.
- The generator is `gen/build.py` (Python stdlib only, deterministic, seed `20261212`) with the
  text pools in `gen/t_*.py`. `gen/check.py` validates every event and label against the
  EVENTS.md contract and prints the per-family statistics.
- Families follow ATTACKS.md: `rep` (REP prompts), `rep_nocode` (labelled-prose REP variant),
  `cot_request` (asking for hidden reasoning), `sysprompt` (system-prompt / instruction / secret
  extraction), `delimiter_injection` (reasoning or chat delimiters in user content),
  `blob_replay` (replaying opaque reasoning blobs or handles with a decode request) are label 1;
  `hard_negative` (benign requests sharing the attack vocabulary) and `benign` are label 0.
  Counts ended somewhat above the ~680 planned (see Contents).
- REP events (`rep`, `rep_nocode`) are assembled from ten hand-written reasoning traces (several
  languages, some several thousand characters) reused across events, k = 1..3 demonstrations,
  each shown once inside `<think>` (or Harmony `analysis`/`assistantfinal`, or untagged for some
  no-code events) and again inside a reveal wrapper (shell `cat`, fenced bash, python REPL,
  Jupyter `!cat`, agent tool call, bare `cat`, prose reveal, labelled prose), with renamed files
  and translated instructions, then the "same format" instruction, an output hint and a target
  question.
- System prompts are drawn per family with the same stratified rates for every family: none 20%,
  generic 25%, product 30%, product-with-secret 25% (pools in `gen/t_meta.py`), so the system
  prompt carries no label signal. About 20% of the events of every family carry prior
  user/assistant turns (intrinsic multi-turn pushes, agent histories, or a generic prior exchange
  prepended by the generator); `blob_replay` is necessarily higher because the replay slot is a
  prior assistant turn.
- `model` is drawn uniformly from a pool of reasoning-model names and `metadata.client` from one
  shared client pool; `account_id`, `tenant_id` and `session_id` are SHA-256-derived pseudonyms
  (260 accounts over 70 tenants, drawn independently of the family). Timestamps are spread
  uniformly over 2026-12-12 UTC and event ids follow time order. `usage.input_tokens` is a
  rough length estimate (about 4 ASCII characters or 1.6 non-ASCII characters per token).
- The events are request-only: there is no `response` key. Labels are for the `extraction` task.

## Contents

| family | label | events | English | language tags (count: list) |
|---|---|---|---|---|
"""

README_TAIL = """
## Files

- `extraction-blind12.events.jsonl`: {n} request-only events (`b12-0001` .. `b12-{n:04d}`).
- `extraction-blind12.labels.jsonl`: one label per event, same order:
  `{{"event_id", "task": "extraction", "label", "family", "source": "blind12#<family>-<lang>"}}`.
- `gen/build.py`, `gen/t_meta.py`, `gen/t_rep.py`, `gen/t_cot.py`, `gen/t_sys.py`,
  `gen/t_rep_traces.py`, `gen/t_delim.py`, `gen/t_blob.py`, `gen/t_hneg.py`, `gen/t_benign.py`: generator and
  hand-written text pools.
- `gen/check.py`: contract checker (`python3 gen/check.py`).

## Use log

"""


def write_readme(stats, n):
    lines = [README_HEAD]
    allt = Counter()
    tot_en = 0
    for fam, (label, langs) in stats.items():
        c = Counter(langs)
        allt.update(c)
        tot_en += c.get("en", 0)
        tags = sorted(c)
        lines.append("| %s | %d | %d | %d (%.0f%%) | %d: %s |\n" % (
            fam, label, len(langs), c.get("en", 0), 100.0 * c.get("en", 0) / max(1, len(langs)),
            len(tags), ", ".join(tags)))
    lines.append("| **total** | | %d | %d (%.0f%%) | %d distinct tags |\n" % (
        n, tot_en, 100.0 * tot_en / max(1, n), len(allt)))
    lines.append(README_TAIL.format(n=n))
    with open(README, "w", encoding="utf-8") as f:
        f.write("".join(lines))


if __name__ == "__main__":
    main()
