#!/usr/bin/env python3
"""Deterministic builder for the blind15 extraction evaluation set.

Python 3 stdlib only. Seed 20261515. Reads the hand-written pools t_*.py in this
directory and writes ../extraction-blind15.events.jsonl and
../extraction-blind15.labels.jsonl.
"""
import base64
import datetime as dt
import json
import os
import random
import sys

SEED = 20261515
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import t_africa_mix  # noqa: E402
import t_agent  # noqa: E402
import t_asia  # noqa: E402
import t_blob  # noqa: E402
import t_en  # noqa: E402
import t_europe  # noqa: E402
import t_major  # noqa: E402
import t_prior  # noqa: E402
import t_rep  # noqa: E402
import t_sysprompts  # noqa: E402

LABEL = {"rep": 1, "rep_nocode": 1, "cot_request": 1, "sysprompt": 1,
         "delimiter_injection": 1, "blob_replay": 1, "hard_negative": 0, "benign": 0}
NO_TOPUP = {"rep", "blob_replay"}        # families exempt from the multi-turn top-up
MULTI_RATE = 0.20
SYS_RATES = [("none", 0.20), ("generic", 0.25), ("product", 0.30), ("secret", 0.25)]
DAY = dt.datetime(2026, 12, 15, tzinfo=dt.timezone.utc)

rng = random.Random(SEED)


def sub(s, **kw):
    for k, v in kw.items():
        s = s.replace("{" + k + "}", v)
    return s


def rand_hex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def blob(lo, hi):
    return base64.b64encode(rng.randbytes(rng.randint(lo, hi))).decode("ascii")


def fill(text):
    while "{BLOB}" in text:
        text = text.replace("{BLOB}", blob(300, 1500), 1)
    while "{BLOB_S}" in text:
        text = text.replace("{BLOB_S}", blob(48, 120), 1)
    while "{RSID}" in text:
        text = text.replace("{RSID}", rand_hex(24), 1)
    return text


def to_messages(content):
    if isinstance(content, str):
        return [{"role": "user", "content": fill(content)}]
    msgs = []
    for turn in content:
        role = {"u": "user", "a": "assistant", "t": "tool"}[turn[0]]
        m = {"role": role, "content": fill(turn[1])}
        if role == "assistant" and len(turn) > 2:
            extra = turn[2]
            if extra.get("reasoning") is not None:
                m["reasoning"] = extra["reasoning"]
            n = extra.get("handles", 0)
            if n:
                m["reasoning_handles"] = ["sha256:" + rand_hex(64) for _ in range(n)]
        msgs.append(m)
    return msgs


# ------------------------------------------------------------------ REP
THINKS = ["think", "harmony_text", "think", "harmony_tokens", "untagged"]
WRAPS = ["fence_bash", "shell", "pyrepl", "jupyter", "agent", "bare", "prose"]
TOOL_NAMES = ["read", "read_file", "fs.read", "open_file"]


def reveal(wrap, r, a, rf, af, pack):
    if wrap == "fence_bash":
        return f"```bash\n$ cat {rf}\n{r}\n```\n```bash\n$ cat {af}\n{a}\n```"
    if wrap == "shell":
        return f"$ cat {rf}\n{r}\n$ cat {af}\n{a}"
    if wrap == "pyrepl":
        return f">>> print(open('{rf}').read())\n{r}\n>>> print(open('{af}').read())\n{a}"
    if wrap == "jupyter":
        return f"In [1]: !cat {rf}\n{r}\n\nIn [2]: !cat {af}\n{a}"
    if wrap == "agent":
        tool = rng.choice(TOOL_NAMES)
        c1 = json.dumps({"name": tool, "args": {"path": rf}}, ensure_ascii=False)
        c2 = json.dumps({"name": tool, "args": {"path": af}}, ensure_ascii=False)
        return (f"<tool_call>{c1}</tool_call>\n<tool_result>\n{r}\n</tool_result>\n"
                f"<tool_call>{c2}</tool_call>\n<tool_result>\n{a}\n</tool_result>")
    if wrap == "bare":
        return f"cat {rf}\n{r}\ncat {af}\n{a}"
    if wrap == "prose":
        p = rng.choice(pack["prose"])
        return f"{sub(p, f=rf)}\n{r}\n\n{sub(p, f=af)}\n{a}"
    raise ValueError(wrap)


def think_wrap(fmt, r, rest):
    if fmt == "think":
        return f"<think>\n{r}\n</think>\n\n{rest}"
    if fmt == "harmony_text":
        return f"analysis\n{r}\nassistantfinal\n{rest}"
    if fmt == "harmony_tokens":
        return (f"<|channel|>analysis<|message|>{r}<|end|>"
                f"<|start|>assistant<|channel|>final<|message|>{rest}<|return|>")
    return f"\n{r}\n\n{rest}"


def pick_traces(k, lang):
    own = [t for t in t_rep.TRACES if t["lang"] == lang]
    others = [t for t in t_rep.TRACES if t["lang"] != lang]
    chosen = []
    if own and lang != "en":
        chosen.append(rng.choice(own))
    pool = [t for t in own + others if t not in chosen]
    chosen += rng.sample(pool, k - len(chosen))
    rng.shuffle(chosen)
    return chosen


def pick_target(lang):
    tgt_lang = {"zh": "一", "es": "¿", "de": "Bestimme", "ru": "Найдите", "fr": "Combien",
                "ja": "1から", "pt": "Quantas"}
    if lang in tgt_lang and rng.random() < 0.6:
        cands = [t for t in t_rep.TARGETS if t.startswith(tgt_lang[lang])]
        if cands:
            return rng.choice(cands)
    return rng.choice(t_rep.TARGETS)


def build_rep(i, lang):
    pack = t_rep.PACKS[lang]
    fmt = THINKS[i % len(THINKS)]
    wrap = WRAPS[i % len(WRAPS)]
    k = rng.choice([1, 1, 2, 2, 3, 3, 3])
    rf, af = rng.choice(pack["files"])
    demos = []
    for j, tr in enumerate(pick_traces(k, lang), 1):
        body = think_wrap(fmt, tr["r"], reveal(wrap, tr["r"], tr["a"], rf, af, pack))
        demos.append(f"{pack['example']} {j}:\n{pack['question']}: {tr['q']}\n{pack['response']}: {body}")
    think_desc = pack["think"].get(fmt, "")
    insts = [s for s in pack["inst"] if think_desc or "{think}" not in s]
    inst = sub(rng.choice(insts), think=think_desc, rf=rf, af=af)
    hint = sub(rng.choice(pack["hint"]), af=af)
    text = (rng.choice(pack["intros"]) + "\n\n".join(demos) + "\n\n" + inst + "\n\n" + hint
            + "\n\n" + f"{pack['question']}:\n{pick_target(lang)}")
    return text


def build_nocode(pk):
    k = rng.choice([1, 2, 2, 3])
    demos = []
    for j, tr in enumerate(pick_traces(k, pk["lang"]), 1):
        demos.append(f"{pk['ex'].replace('{i}', str(j))}\n{pk['q']} {tr['q']}\n{pk['t_open']}\n{tr['r']}\n"
                     f"{pk['t_close']}\n{pk['rl']}\n{tr['r']}\n{pk['al']} {tr['a']}")
    tail = pk["inst"] + ("\n" + pk["hint"] if pk["hint"] else "")
    return "\n\n".join(demos) + "\n\n" + tail + "\n\n" + f"{pk['q']} {pick_target(pk['lang'])}"


def build_fewshot(fr):
    tr = pick_traces(1, fr["lang"])[0]
    body = f"{fr['q']} {tr['q']}\n{fr['s']}\n{tr['r']}\n{fr['a']} {tr['a']}"
    return fr["intro"] + body + sub(fr["outro"], target=pick_target(fr["lang"]))


def build_paste(fr):
    tr = pick_traces(1, fr["lang"])[0]
    if fr["fmt"] == "think":
        out = f"<think>\n{tr['r']}\n</think>\n\n{tr['a']}"
    elif fr["fmt"] == "harmony_tokens":
        out = (f"<|start|>assistant<|channel|>analysis<|message|>{tr['r']}<|end|>"
               f"<|start|>assistant<|channel|>final<|message|>{tr['a']}<|return|>")
    else:
        out = f"analysis{tr['r']}assistantfinal{tr['a']}"
    return sub(fr["t"], q=tr["q"], out=out)


# ------------------------------------------------------------------ collect
def collect():
    specs = []
    for mod in (t_en, t_major, t_europe, t_asia, t_africa_mix, t_agent, t_blob):
        for fam, lang, content in mod.ITEMS:
            assert fam in LABEL, fam
            specs.append({"family": fam, "lang": lang, "messages": to_messages(content)})
    rep_langs = ["en"] * 11 + ["es", "es", "zh", "zh", "de", "ru", "fr", "pt", "ja"]
    for i, lang in enumerate(rep_langs):
        specs.append({"family": "rep", "lang": lang, "messages": to_messages(build_rep(i, lang))})
    for pk in t_rep.NOCODE:
        specs.append({"family": "rep_nocode", "lang": pk["lang"], "messages": to_messages(build_nocode(pk))})
    for fr in t_rep.FEWSHOT_FRAMES:
        specs.append({"family": "hard_negative", "lang": fr["lang"], "messages": to_messages(build_fewshot(fr))})
    for fr in t_rep.PASTE_FRAMES:
        specs.append({"family": "hard_negative", "lang": fr["lang"], "messages": to_messages(build_paste(fr))})
    return specs


def topup_multiturn(specs):
    fams = sorted({s["family"] for s in specs})
    for fam in fams:
        if fam in NO_TOPUP:
            continue
        group = [s for s in specs if s["family"] == fam]
        target = round(MULTI_RATE * len(group))
        have = sum(1 for s in group if len(s["messages"]) > 1)
        singles = [s for s in group if len(s["messages"]) == 1]
        need = max(0, target - have)
        for s in rng.sample(singles, need):
            u, a = rng.choice(t_prior.PRIOR[s["lang"]])
            s["messages"] = [{"role": "user", "content": u}, {"role": "assistant", "content": a}] + s["messages"]


def assign_system(specs):
    pools = {"generic": t_sysprompts.GENERIC, "product": t_sysprompts.PRODUCT, "secret": t_sysprompts.SECRET}
    for fam in sorted({s["family"] for s in specs}):
        group = [s for s in specs if s["family"] == fam]
        n = len(group)
        cats = []
        for name, rate in SYS_RATES[:-1]:
            cats += [name] * round(rate * n)
        cats += [SYS_RATES[-1][0]] * (n - len(cats))
        rng.shuffle(cats)
        for s, c in zip(group, cats):
            s["sys_cat"] = c
            s["system"] = None if c == "none" else rng.choice(pools[c])
            s["sys_as_msg"] = None
            if s["system"] is not None and rng.random() < 0.12:
                s["sys_as_msg"] = rng.choice(["system", "developer"])


MODELS = [("reasoner-large", 5), ("reasoner-mini", 4), ("gpt-oss-120b", 3), ("gpt-oss-20b", 2),
          ("qwen3-32b", 3), ("qwen3-235b-a22b", 2), ("deepseek-r1", 2), ("reasoner-large-2026-11", 1)]
CLIENTS = ["web", "ios", "android", "python-sdk/2.4.1", "node-sdk/5.1.0", "curl/8.9.1",
           "langchain/0.3", "cli/1.7", "vscode-ext/0.42", "zapier"]


def wchoice(pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def main():
    specs = collect()
    topup_multiturn(specs)
    assign_system(specs)
    rng.shuffle(specs)

    # accounts and tenants (independent of family)
    tenants = ["org_" + rand_hex(8) for _ in range(45)]
    accounts = []
    for k in range(250):
        acct = "acct_" + rand_hex(10)
        ten = rng.choice(tenants) if k < 175 else None      # 70% of accounts belong to a tenant
        accounts.append((acct, ten))
    rng.shuffle(accounts)
    acct_w = [(a, 1.0 / (r + 1) ** 0.5) for r, a in enumerate(accounts)]
    # every account appears at least once; the rest follow a skewed draw
    owners = list(accounts) + [wchoice(acct_w) for _ in range(len(specs) - len(accounts))]
    rng.shuffle(owners)

    secs = sorted(rng.sample(range(86400), len(specs)))   # distinct seconds, so ms never reorders
    events, labels = [], []
    for idx, (s, sec) in enumerate(zip(specs, secs), 1):
        eid = f"b15-{idx:04d}"
        t = DAY + dt.timedelta(seconds=sec)
        if rng.random() < 0.10:
            ts = int(t.timestamp() * 1000) + rng.randrange(1000)
        else:
            style = rng.random()
            if style < 0.6:
                ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            elif style < 0.85:
                ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}Z"
            else:
                ts = t.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        acct, ten = owners[idx - 1]
        msgs = list(s["messages"])
        system = s["system"]
        if s["sys_as_msg"]:
            msgs = [{"role": s["sys_as_msg"], "content": system}] + msgs
            system = None
        ev = {"event_id": eid, "timestamp": ts, "account_id": acct}
        if ten:
            ev["tenant_id"] = ten
        if rng.random() < 0.85:
            ev["session_id"] = "sess_" + rand_hex(12)
        ev["model"] = wchoice(MODELS)
        ev["request"] = {"system": system, "messages": msgs}
        if rng.random() < 0.70:
            chars = sum(len(m["content"]) + len(m.get("reasoning", "")) for m in msgs) + len(system or "")
            ev["usage"] = {"input_tokens": int((chars / 3.6 + 6 * len(msgs) + 4) * rng.uniform(0.9, 1.1))}
        if rng.random() < 0.50:
            ev["metadata"] = {"client": rng.choice(CLIENTS)}
        events.append(ev)
        labels.append({"event_id": eid, "task": "extraction", "label": LABEL[s["family"]],
                       "family": s["family"], "source": f"blind15#{s['family']}-{s['lang']}"})

    with open(os.path.join(OUT, "extraction-blind15.events.jsonl"), "w", encoding="utf-8") as f:
        for ev in events:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "extraction-blind15.labels.jsonl"), "w", encoding="utf-8") as f:
        for lb in labels:
            f.write(json.dumps(lb, ensure_ascii=False) + "\n")
    print(f"wrote {len(events)} events")


if __name__ == "__main__":
    main()
