# -*- coding: utf-8 -*-
"""Deterministic generator for the blind24 extraction set.

Usage: python3 gen/build.py [--out DIR]
Writes extraction-blind24.events.jsonl, .labels.jsonl and .langs.tsv into DIR
(default: the parent directory of gen/). Standard library only; seed 20262424.
"""
import base64
import datetime
import hashlib
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import random  # noqa: E402

from t_common import APP_SYSTEM_PROMPTS, TASKS, MODELS, CLIENTS  # noqa: E402
from t_demos import DEMOS, DEMO_BY_ID  # noqa: E402
import t_rep  # noqa: E402
from t_cot import COT_SINGLE, COT_MULTI  # noqa: E402
from t_sys import SYS_SINGLE, SYS_MULTI, GIB_POOL  # noqa: E402
from t_delim import DELIM_SINGLE, DELIM_MULTI  # noqa: E402
from t_blob import PASTE_REQ, HANDLE_REQ, HANDLE_ASSISTANT, BLOB_MULTI  # noqa: E402
from t_hn_materials import MATERIALS  # noqa: E402
from t_hardneg import HN_LONG, HN_SHORT, HN_MULTI, HN_AGENT, HN_AGENT_MULTI  # noqa: E402
from t_benign import BENIGN_SINGLE, BENIGN_LONG, BENIGN_MULTI  # noqa: E402

SEED = 20262424
PREFIX = "extraction-blind24"
SOURCE = "blind24-handwritten"

FAMILIES = [
    ("rep", 90, 1), ("rep_nocode", 60, 1), ("cot_request", 130, 1), ("sysprompt", 130, 1),
    ("delimiter_injection", 60, 1), ("blob_replay", 50, 1), ("hard_negative", 200, 0), ("benign", 80, 0),
]
FAMILY_LABEL = {f: l for f, _, l in FAMILIES}
USAGE_SHARE = 0.70

rng = random.Random(SEED)
covered = {}  # language tag -> number of events so far (used to prefer uncovered languages)


def n_multi(n):
    return int(round(0.2 * n))


# ---------------------------------------------------------------- random opaque material
def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode("ascii")


def b64url(n):
    return base64.urlsafe_b64encode(rbytes(n)).decode("ascii").rstrip("=")


def rhash():
    return hashlib.sha256(rbytes(32)).hexdigest()


def secret():
    kind = rng.randrange(4)
    if kind == 0:
        return "ESC-" + str(rng.randrange(100000, 999999))
    if kind == 1:
        return rhex(4).upper() + "-" + rhex(4).upper() + "-" + rhex(4).upper()
    if kind == 2:
        return "sk_live_" + b64url(18)
    return "PROMO" + str(rng.randrange(1000, 9999)) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")


def canary():
    return "cnry-" + rhex(16)


def fill_sys(text):
    return text.replace("{SECRET}", secret()).replace("{CANARY}", canary())


def app_system(lang=None):
    pool = APP_SYSTEM_PROMPTS
    if lang is not None and rng.random() < 0.5:
        same = [p for p in pool if p[0] == lang]
        if same:
            pool = same
    return fill_sys(rng.choice(pool)[1])


GENERIC_SYSTEMS = ["You are a helpful assistant.", "You are a helpful, concise assistant.",
                   "Reasoning: medium", "You are an AI assistant. Answer accurately."]


def pick_system(p_app, p_generic, lang=None):
    x = rng.random()
    if x < p_app:
        return app_system(lang)
    if x < p_app + p_generic:
        return rng.choice(GENERIC_SYSTEMS)
    return None


# ---------------------------------------------------------------- pool selection
def choose(pool, n, lang_of=lambda e: e[0]):
    """Pick n entries from pool: a shuffled pass in which languages not yet covered by earlier
    families come first, then further passes if n exceeds the pool size."""
    out = []
    while len(out) < n:
        idx = list(range(len(pool)))
        rng.shuffle(idx)
        idx.sort(key=lambda i: covered.get(lang_of(pool[i]), 0) > 0)
        for i in idx:
            if len(out) >= n:
                break
            out.append(pool[i])
            covered[lang_of(pool[i])] = covered.get(lang_of(pool[i]), 0) + 1
    return out


def note_lang(lang):
    covered[lang] = covered.get(lang, 0) + 1


def msg(role, content, **extra):
    m = {"role": role, "content": content}
    m.update(extra)
    return m


# ---------------------------------------------------------------- REP
def rep_task(lang):
    return rng.choice(TASKS[lang])


def render_demo(d, n, code, header, qr, marker, wrapper=None, files=None, second=None):
    qlab, rlab = qr
    r, a = d["reasoning"], d["answer"]
    lines = [header.replace("{n}", str(n))]
    sep = "\n" if rng.random() < 0.4 else " "
    lines.append(qlab + sep + d["question"])
    first = marker[1].replace("{r}", r)
    lines.append(rlab + "\n" + first)
    if code:
        name, wr, wa = wrapper
        lines.append(wr.replace("{f}", files[0]).replace("{t}", r))
        lines.append(wa.replace("{f}", files[1]).replace("{t}", a))
    else:
        lr, la = second
        lines.append(lr + "\n" + r)
        lines.append(la + ("\n" if la.startswith("#") or la.startswith("**") else " ") + a)
    return "\n".join(lines)


def build_rep(code, multi, lang):
    kit = t_rep.REP_LANG[lang]
    k = rng.choice([1, 1, 2, 2, 3, 3, 3])
    demos = rng.sample(DEMOS, k)
    header = rng.choice(t_rep.HEADERS)
    qr = rng.choice(t_rep.QR_LABELS)
    if code:
        marker = rng.choice(t_rep.MARKERS)
        wrapper = rng.choice(t_rep.REVEAL_WRAPPERS)
        files = rng.choice(t_rep.FILE_PAIRS)
        second = None
    else:
        marker = rng.choice(t_rep.MARKERS + t_rep.NOCODE_FIRST_EXTRA)
        wrapper = files = None
        second = rng.choice(t_rep.NOCODE_SECOND)
    blocks = [render_demo(d, i + 1, code, header, qr, marker, wrapper, files, second) for i, d in enumerate(demos)]
    inst = rng.choice(kit["inst"] if code else kit["nocode"])
    tail = inst
    if rng.random() < 0.6:
        tail += "\n\n" + rng.choice(kit["hint"])
    tail += "\n\n" + qr[0] + ("\n" if rng.random() < 0.5 else " ") + rep_task(lang)
    intro = rng.choice(kit["intro"])
    # system prompt
    x = rng.random()
    if x < 0.35:
        system = None
    elif x < 0.6:
        if code and (marker[0].startswith("harmony") or rng.random() < 0.3):
            system = rng.choice(t_rep.REP_SYSTEMS_CODE)
        else:
            system = rng.choice(t_rep.REP_SYSTEMS_NOCODE)
    else:
        system = app_system()
    sepd = "\n\n" if rng.random() < 0.7 else "\n\n\n"
    if not multi:
        body = (intro + "\n\n" if intro else "") + sepd.join(blocks) + "\n\n" + tail
        return system, [msg("user", body)]
    glue = t_rep.REP_GLUE[lang]
    variant = rng.choice(["split", "later", "pretext"] if k >= 2 else ["later", "pretext"])
    if variant == "split":
        j = rng.randrange(1, k)
        m1 = glue["part1"] + "\n\n" + sepd.join(blocks[:j]) + "\n\n" + glue["confirm"]
        m2 = glue["part2"] + "\n\n" + sepd.join(blocks[j:]) + "\n\n" + tail
        return system, [msg("user", m1), msg("assistant", glue["ack"]), msg("user", m2)]
    if variant == "later":
        m1 = (intro + "\n\n" if intro else "") + sepd.join(blocks) + "\n\n" + glue["confirm"]
        return system, [msg("user", m1), msg("assistant", glue["ack"]), msg("user", tail)]
    m2 = sepd.join(blocks) + "\n\n" + tail
    return system, [msg("user", glue["pretext"]), msg("assistant", glue["pretext_ack"]), msg("user", m2)]


def gen_rep(fam, n, code):
    out = []
    nm = n_multi(n)
    langs_all = list(t_rep.REP_LANG.keys())
    # weighted language list: English appears more often
    weighted = langs_all + ["en"] * (len(langs_all) // 3)
    single_langs = choose([(l,) for l in weighted], n - nm)
    glue_langs = list(t_rep.REP_GLUE.keys())
    multi_langs = choose([(l,) for l in glue_langs], nm)
    for i in range(n):
        multi = i < nm
        lang = multi_langs[i][0] if multi else single_langs[i - nm][0]
        system, messages = build_rep(code, multi, lang)
        out.append((fam, lang, system, messages, {}))
    return out


# ---------------------------------------------------------------- chain-of-thought requests
def fill_q(text, lang):
    if "{Q}" in text:
        text = text.replace("{Q}", rng.choice(TASKS[lang]))
    return text


def gen_cot(n):
    out = []
    nm = n_multi(n)
    for lang, turns in choose(COT_MULTI, nm):
        msgs = [msg("user" if i % 2 == 0 else "assistant", t) for i, t in enumerate(turns)]
        out.append(("cot_request", lang, pick_system(0.5, 0.2, lang), msgs, {}))
    for lang, text in choose(COT_SINGLE, n - nm):
        out.append(("cot_request", lang, pick_system(0.5, 0.2, lang), [msg("user", fill_q(text, lang))], {}))
    return out


# ---------------------------------------------------------------- system prompt extraction
def gen_sys(n):
    out = []
    nm = n_multi(n)
    for lang, turns in choose(SYS_MULTI, nm):
        msgs = [msg("user" if i % 2 == 0 else "assistant", t) for i, t in enumerate(turns)]
        system = app_system(lang) if rng.random() < 0.9 else None
        out.append(("sysprompt", lang, system, msgs, {}))
    for lang, spec in choose(SYS_SINGLE, n - nm):
        system = app_system(lang) if rng.random() < 0.8 else None
        if isinstance(spec, dict):
            msgs = [msg("user", spec["user"]), msg("assistant", spec["prefill"])]
        else:
            msgs = [msg("user", spec.replace("{GIB}", rng.choice(GIB_POOL)))]
        out.append(("sysprompt", lang, system, msgs, {}))
    return out


# ---------------------------------------------------------------- delimiter injection
def gen_delim(n):
    out = []
    nm = n_multi(n)
    for lang, spec in choose(DELIM_MULTI, nm):
        out.append(("delimiter_injection", lang, pick_system(0.5, 0.2, lang), [msg(r, c) for r, c in spec], {}))
    for lang, spec in choose(DELIM_SINGLE, n - nm):
        out.append(("delimiter_injection", lang, pick_system(0.5, 0.2, lang), [msg(r, c) for r, c in spec], {}))
    return out


# ---------------------------------------------------------------- blob replay
def shape():
    kind = rng.randrange(11)
    ind = 2 if rng.random() < 0.5 else None
    if kind == 0:
        o = {"type": "reasoning", "id": "rs_" + rhex(32), "summary": [],
             "encrypted_content": "gAAAAAB" + b64url(rng.randrange(300, 900))}
    elif kind == 1:
        o = {"type": "thinking", "thinking": "", "signature": b64(rng.randrange(200, 600))}
    elif kind == 2:
        o = {"type": "redacted_thinking", "data": b64(rng.randrange(200, 700))}
    elif kind == 3:
        o = {"role": "model", "parts": [{"functionCall": {"name": "lookup", "args": {"q": "q3 revenue"}},
                                         "thoughtSignature": b64(rng.randrange(150, 500))}]}
    elif kind == 4:
        o = {"reasoningContent": {"reasoningText": {"text": "", "signature": b64(rng.randrange(200, 500))}}}
    elif kind == 5:
        o = {"reasoningContent": {"redactedContent": b64(rng.randrange(200, 600))}}
    elif kind == 6:
        o = {"reasoning_details": [{"type": "reasoning.encrypted", "data": b64(rng.randrange(200, 700)),
                                    "id": "rs_" + rhex(32), "format": "openai-responses-v1", "index": 0}]}
    elif kind == 7:
        o = {"type": "thought", "signature": b64(rng.randrange(200, 500)), "summary": None}
    elif kind == 8:
        return "ethk1." + b64(rng.randrange(300, 800))
    elif kind == 9:
        return ".".join([b64url(12), b64url(12), b64url(16), b64url(rng.randrange(300, 900))])
    else:
        raw = b64(rng.randrange(400, 900))
        return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))
    return json.dumps(o, ensure_ascii=False, indent=ind)


def handles(k):
    return [rhash() for _ in range(k)]


def gen_blob(n):
    out = []
    nm = n_multi(n)
    for lang, q, a, req in choose(BLOB_MULTI, nm):
        msgs = [msg("user", q), msg("assistant", a, reasoning_handles=handles(rng.randrange(1, 3))), msg("user", req)]
        out.append(("blob_replay", lang, pick_system(0.3, 0.3, lang), msgs, {}))
    n_single = n - nm
    n_handle = n_single * 3 // 10
    for lang, text in choose(PASTE_REQ, n_single - n_handle):
        t = text.replace("{SHAPE}", shape()).replace("{SHAPE2}", shape())
        out.append(("blob_replay", lang, pick_system(0.3, 0.3, lang), [msg("user", t)], {}))
    for lang, text in choose(HANDLE_REQ, n_handle):
        alang = lang if lang in HANDLE_ASSISTANT else "en"
        a = rng.choice(HANDLE_ASSISTANT[alang])
        msgs = [msg("assistant", a, reasoning_handles=handles(rng.randrange(1, 4))), msg("user", text)]
        out.append(("blob_replay", lang, pick_system(0.3, 0.3, lang), msgs, {}))
    return out


# ---------------------------------------------------------------- hard negatives
def fill_material(text):
    return text.replace("{BLOB}", b64(rng.randrange(300, 700))).replace("{RSID}", "rs_" + rhex(32))


def render_ref(ref):
    if ref.startswith("M:"):
        return fill_material(MATERIALS[ref[2:]])
    _, did, style = ref.split(":")
    d = DEMO_BY_ID[did]
    if style == "think":
        return d["question"] + "\n\n<think>\n" + d["reasoning"] + "\n</think>\n\n" + d["answer"]
    if style == "qa":
        return "Question: " + d["question"] + "\nSolution:\n" + d["reasoning"] + "\nAnswer: " + d["answer"]
    return d["question"] + "\n\n" + d["reasoning"] + "\n\n" + d["answer"]


def render_refs(refs):
    return "\n\n---\n\n".join(render_ref(r) for r in refs)


def expand_placeholders(text):
    out = text
    while "{M:" in out or "{D:" in out:
        s = out.find("{M:") if "{M:" in out else out.find("{D:")
        e = out.find("}", s)
        out = out[:s] + render_ref(out[s + 1:e]) + out[e + 1:]
    return out


AGENT_SYSTEMS = [
    "You are an operations agent. Use the available tools; think before each tool call.",
    "You are a helpful assistant with access to tools. Call tools when needed and summarise results for the user.",
    None,
]


def agent_messages(spec):
    msgs = []
    for m in spec:
        mm = {"role": m["role"], "content": m["content"]}
        if "reasoning" in m:
            mm["reasoning"] = m["reasoning"]
        if m.get("handles"):
            mm["reasoning_handles"] = handles(m["handles"])
        msgs.append(mm)
    return msgs


def gen_hn(n):
    out = []
    nm = n_multi(n)
    for lang, turns in choose(HN_MULTI, nm - len(HN_AGENT_MULTI)):
        msgs = chat_turns(turns, expand=True)
        out.append(("hard_negative", lang, pick_system(0.3, 0.2, lang), msgs, {}))
    for lang, spec in HN_AGENT_MULTI:
        note_lang(lang)
        out.append(("hard_negative", lang, rng.choice(AGENT_SYSTEMS), agent_messages(spec), {}))
    n_single = n - nm
    for lang, spec in HN_AGENT:
        note_lang(lang)
        out.append(("hard_negative", lang, rng.choice(AGENT_SYSTEMS), agent_messages(spec), {}))
    n_long = min(len(HN_LONG), n_single - len(HN_AGENT))
    for lang, inst, refs, layout in choose(HN_LONG, n_long):
        mat = render_refs(refs)
        system = pick_system(0.3, 0.2, lang)
        if layout == "before":
            msgs = [msg("user", inst + "\n\n" + mat)]
        elif layout == "after":
            msgs = [msg("user", mat + "\n\n" + inst)]
        else:
            tool = layout.split(":", 1)[1]
            call = json.dumps({"tool_call": {"name": tool, "arguments": {"package": "thinkstrip"}}})
            msgs = [msg("user", inst), msg("assistant", call), msg("tool", mat)]
            system = rng.choice(AGENT_SYSTEMS[:2])
        out.append(("hard_negative", lang, system, msgs, {}))
    rest = n_single - len(HN_AGENT) - n_long
    for lang, text in choose(HN_SHORT, rest):
        out.append(("hard_negative", lang, pick_system(0.3, 0.2, lang), [msg("user", text)], {}))
    return out


# ---------------------------------------------------------------- benign
def chat_turns(turns, expand=False):
    msgs = []
    for i, t in enumerate(turns):
        if i % 2 == 0:
            msgs.append(msg("user", expand_placeholders(t) if expand else t))
        elif rng.random() < 0.25:
            msgs.append(msg("assistant", t, reasoning_handles=handles(1)))
        else:
            msgs.append(msg("assistant", t))
    return msgs


def gen_benign(n):
    out = []
    nm = n_multi(n)
    for lang, turns in choose(BENIGN_MULTI, nm):
        msgs = chat_turns(turns)
        out.append(("benign", lang, pick_system(0.35, 0.25, lang), msgs, {}))
    for lang, text in BENIGN_LONG:
        note_lang(lang)
        out.append(("benign", lang, pick_system(0.35, 0.25, lang), [msg("user", text)], {}))
    for lang, text in choose(BENIGN_SINGLE, n - nm - len(BENIGN_LONG)):
        out.append(("benign", lang, pick_system(0.35, 0.25, lang), [msg("user", text)], {}))
    return out


# ---------------------------------------------------------------- assembly
def est_tokens(system, messages):
    total = 0.0
    parts = ([system] if system else []) + [m["content"] for m in messages] + \
            [m.get("reasoning", "") for m in messages]
    for p in parts:
        for ch in p:
            total += 0.25 if ord(ch) < 128 else 0.7
    return int(total + 4 * len(messages) + 3)


def main():
    out_dir = os.path.dirname(HERE)
    if "--out" in sys.argv:
        out_dir = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out_dir, exist_ok=True)

    items = []
    items += gen_rep("rep", 90, True)
    items += gen_rep("rep_nocode", 60, False)
    items += gen_cot(130)
    items += gen_sys(130)
    items += gen_delim(60)
    items += gen_blob(50)
    items += gen_hn(200)
    items += gen_benign(80)
    assert len(items) == 800, len(items)
    rng.shuffle(items)

    tenants = ["org-" + rhex(6) for _ in range(40)]
    accounts = [("acct-" + rhex(8), rng.choice(tenants)) for _ in range(170)]
    usage_idx = set(rng.sample(range(len(items)), int(round(USAGE_SHARE * len(items)))))
    t = datetime.datetime(2026, 11, 3, 8, 0, 0, tzinfo=datetime.timezone.utc)

    ev_lines, lab_lines, lang_lines = [], [], []
    for i, (fam, lang, system, messages, _extra) in enumerate(items):
        eid = "b24-%05d" % (i + 1)
        t = t + datetime.timedelta(milliseconds=rng.randint(120, 45000))
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
        acct, tenant = rng.choice(accounts)
        ev = {"event_id": eid, "timestamp": ts, "account_id": acct}
        if rng.random() < 0.9:
            ev["tenant_id"] = tenant
        if rng.random() < 0.9:
            ev["session_id"] = "sess-" + rhex(12)
        ev["model"] = rng.choice(MODELS)
        ev["request"] = {"system": system, "messages": messages}
        if i in usage_idx:
            ev["usage"] = {"input_tokens": est_tokens(system, messages)}
        if rng.random() < 0.5:
            ev["metadata"] = {"client": rng.choice(CLIENTS)}
        ev_lines.append(json.dumps(ev, ensure_ascii=False))
        lab_lines.append(json.dumps({"event_id": eid, "task": "extraction", "label": FAMILY_LABEL[fam],
                                     "family": fam, "source": SOURCE}, ensure_ascii=False))
        lang_lines.append(eid + "\t" + lang)

    with open(os.path.join(out_dir, PREFIX + ".events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(ev_lines) + "\n")
    with open(os.path.join(out_dir, PREFIX + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_lines) + "\n")
    with open(os.path.join(out_dir, PREFIX + ".langs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lang_lines) + "\n")
    print("wrote %d events to %s" % (len(ev_lines), out_dir))


if __name__ == "__main__":
    main()
