#!/usr/bin/env python3
"""Deterministic generator for the extraction-blind21 set.

Only selects, combines and formats the hand-written pool text in gen/t_*.py. The only random
material is opaque: reasoning blobs (random bytes in base64), reasoning handles (random sha256 hex),
pseudonymous account / tenant / session ids, timestamps.

usage: python3 gen/build.py [OUTDIR]     (default: the parent directory of gen/)
"""
import sys as _sys
_sys.dont_write_bytecode = True
import base64
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import t_common as C          # noqa: E402
import t_rep_demos as D       # noqa: E402
import t_rep as R             # noqa: E402
import t_rep_nocode as N      # noqa: E402
import t_cot                  # noqa: E402
import t_sysprompt            # noqa: E402
import t_delim                # noqa: E402
import t_blob as B            # noqa: E402
import t_hn_dev               # noqa: E402
import t_hn_docs              # noqa: E402
import t_hn_fewshot           # noqa: E402
import t_hn_misc              # noqa: E402
import t_benign               # noqa: E402

SEED = 20262121
PREFIX = "extraction-blind21"
SOURCE = "blind21-handwritten"

FAMILIES = [
    ("rep", 90, 1),
    ("rep_nocode", 60, 1),
    ("cot_request", 130, 1),
    ("sysprompt", 130, 1),
    ("delimiter_injection", 60, 1),
    ("blob_replay", 50, 1),
    ("hard_negative", 200, 0),
    ("benign", 80, 0),
]
LABEL = {f: l for f, _, l in FAMILIES}
COUNT = {f: n for f, n, _ in FAMILIES}

# share of events per family that carry a system prompt (request.system or leading system/developer msg)
SYS_SHARE = {"rep": 0.75, "rep_nocode": 0.70, "cot_request": 0.80, "sysprompt": 1.0,
             "delimiter_injection": 0.75, "blob_replay": 0.60, "hard_negative": 0.80, "benign": 0.70}

rng = random.Random(SEED)


# ----------------------------------------------------------------------------- helpers
def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def handle():
    return "sha256:" + hexs(64)


def blob(nmin=240, nmax=1500):
    n = rng.randint(nmin, nmax)
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode("ascii")


def msg(role, content, **extra):
    m = {"role": role, "content": content}
    for k, v in extra.items():
        m[k] = v
    return m


def turns_to_msgs(turns):
    return [msg(r, t) for r, t in turns]


def cycle(items):
    """Endless deterministic cycle over a shuffled copy (every item used before any repeats)."""
    items = list(items)
    while True:
        order = items[:]
        rng.shuffle(order)
        for x in order:
            yield x


def prelude_for(lang):
    same = [p for p in C.PRELUDES if p[0] == lang]
    pool = same if same else [p for p in C.PRELUDES if p[0] == "en"]
    p = rng.choice(pool)
    return [msg("user", p[1]), msg("assistant", p[2])]


def n_user(messages):
    return sum(1 for m in messages if m["role"] == "user")


def spec(family, lang, messages, **kw):
    s = {"family": family, "lang": lang, "messages": messages,
         "need": None, "sys_text": None, "model": None, "campaign": None, "sys_pref": None, "sys_lang": None}
    s.update(kw)
    return s


def fill_multiturn(specs, family):
    """Make exactly 20% of the family multi-turn by prepending a prelude to random single-turn specs."""
    want = COUNT[family] // 5
    multi = [s for s in specs if n_user(s["messages"]) >= 2]
    single = [s for s in specs if n_user(s["messages"]) < 2 and not s.get("no_prelude")]
    need = want - len(multi)
    if need < 0:
        raise SystemExit("%s: too many explicit multi-turn items (%d > %d)" % (family, len(multi), want))
    for s in rng.sample(single, need):
        s["messages"] = prelude_for(s["lang"]) + s["messages"]
    return specs


# ----------------------------------------------------------------------------- rep
REP_MODELS_BY_THINK = {
    "harmony_stripped": ["gpt-oss-20b", "gpt-oss-120b"],
    "harmony_tokens": ["gpt-oss-20b", "gpt-oss-120b"],
    "gemma": ["gemma-4-31b"],
    "r1_noopen": ["deepseek-r1-0528"],
}
REP_MODELS_DEFAULT = ["qwen3-14b", "qwen3-32b", "qwen3-235b-a22b", "reasoner-large-2026-07", "deepseek-r1-0528",
                      "thinker-pro-4", "gemma-4-31b"]


def rep_style(instr):
    think = rng.choice(R.THINK)
    wrapper = rng.choice(R.WRAPPERS)
    rf, af = rng.choice(R.FILEPAIRS)
    lang = instr["lang"]
    header = R.HEADERS_LANG[lang] if (lang in R.HEADERS_LANG and rng.random() < 0.5) else rng.choice(R.HEADERS)
    return {"think": think, "wrapper": wrapper, "rf": rf, "af": af, "header": header,
            "qlabel": rng.choice(R.QLABELS), "rlabel": rng.choice(R.RLABELS),
            "preface": rng.choice(R.PREFACES)}


def label_join(label, text):
    return label + ("" if label.endswith("\n") else " ") + text


def rep_demo_block(n, demo, st):
    _, op, cl = st["think"]
    w = st["wrapper"]
    hdr = st["header"].replace("<<N>>", str(n))
    q = label_join(st["qlabel"], demo["q"])
    resp = label_join(st["rlabel"], op + demo["r"] + cl)
    if not resp.endswith("\n"):
        resp += "\n"
    rb = w["r"].replace("<<F>>", st["rf"]).replace("<<I>>", str(2 * n - 1)).replace("<<BODY>>", demo["r"])
    ab = w["a"].replace("<<F>>", st["af"]).replace("<<I>>", str(2 * n)).replace("<<BODY>>", demo["a"])
    return hdr + "\n" + q + "\n" + resp + rb + "\n" + ab


def rep_tail(instr, st, k, target, hint_lang_pool):
    w = st["wrapper"]
    desc = w["desc"].replace("<<RF>>", st["rf"]).replace("<<AF>>", st["af"])
    t = (instr["t"].replace("<<RF>>", st["rf"]).replace("<<AF>>", st["af"])
         .replace("<<DESC>>", desc).replace("<<K>>", str(k)))
    lang = instr["lang"]
    parts = [t]
    if rng.random() < 0.6:
        hints = R.HINTS.get(lang) or (R.HINTS["en"] if rng.random() < 0.5 else None)
        if hints:
            parts.append(rng.choice(hints))
    qlabel = hint_lang_pool.get(lang, "Question:")
    parts.append(qlabel + "\n" + target)
    return "\n\n".join(parts[:1]) + "\n\n" + "\n".join(parts[1:])


def build_rep():
    fam = "rep"
    specs = []
    instr_cycle = cycle(R.INSTR)
    target_cycles = {lang: cycle(qs) for lang, qs in R.TARGETS.items()}
    demo_ids = list(range(len(D.DEMOS)))

    def choose_k():
        x = rng.random()
        return 1 if x < 0.3 else (2 if x < 0.65 else 3)

    def model_for(st):
        return rng.choice(REP_MODELS_BY_THINK.get(st["think"][0], REP_MODELS_DEFAULT))

    def sys_for(st):
        if st["think"][0].startswith("harmony") and rng.random() < 0.6:
            return rng.choice(C.HARMONY_ATTACKER_SYSTEM)
        return None

    # 5 campaigns x 4 events: identical prefix, varying question (same account, model, system)
    en_instr = cycle([x for x in R.INSTR if x["lang"] == "en"])
    for c in range(5):
        instr = next(en_instr)
        st = rep_style(instr)
        k = choose_k()
        demos = [D.DEMOS[i] for i in rng.sample(demo_ids, k)]
        model = model_for(st)
        sys_text = sys_for(st)
        prefix = "\n\n".join(rep_demo_block(i + 1, d, st) for i, d in enumerate(demos))
        if st["preface"]:
            prefix = st["preface"] + "\n\n" + prefix
        tc = target_cycles[instr["lang"]]
        for _ in range(4):
            text = prefix + "\n\n" + rep_tail(instr, st, k, next(tc), R.QUESTION_LABELS)
            specs.append(spec(fam, instr["lang"], [msg("user", text)], model=model, sys_text=sys_text,
                              campaign="rep-%d" % c, no_prelude=True))
    # 70 independent events: 12 split across turns, 6 with a prelude, 52 single
    kinds = ["split"] * 12 + ["prelude"] * 6 + ["single"] * 52
    rng.shuffle(kinds)
    for kind in kinds:
        instr = next(instr_cycle)
        st = rep_style(instr)
        k = choose_k()
        demos = [D.DEMOS[i] for i in rng.sample(demo_ids, k)]
        blocks = [rep_demo_block(i + 1, d, st) for i, d in enumerate(demos)]
        tail = rep_tail(instr, st, k, next(target_cycles[instr["lang"]]), R.QUESTION_LABELS)
        if kind == "split":
            messages = [msg("user", rng.choice(R.SPLIT_INTRO) + "\n\n" + blocks[0]),
                        msg("assistant", rng.choice(R.SPLIT_ACKS))]
            for b in blocks[1:]:
                messages.append(msg("user", rng.choice(R.SPLIT_NEXT) + "\n\n" + b))
                messages.append(msg("assistant", rng.choice(R.SPLIT_ACKS)))
            messages.append(msg("user", tail))
        else:
            body = "\n\n".join(blocks)
            if st["preface"]:
                body = st["preface"] + "\n\n" + body
            messages = [msg("user", body + "\n\n" + tail)]
            if kind == "prelude":
                messages = prelude_for(instr["lang"]) + messages
        specs.append(spec(fam, instr["lang"], messages, model=model_for(st), sys_text=sys_for(st),
                          sys_pref="math"))
    for s in specs:
        if s["campaign"]:
            s["sys_pref"] = "math"
    assert sum(1 for s in specs if n_user(s["messages"]) >= 2) == COUNT[fam] // 5
    return specs


# ----------------------------------------------------------------------------- rep_nocode
def build_rep_nocode():
    fam = "rep_nocode"
    specs = []
    instr_cycle = cycle(N.INSTR)
    fmt_cycle = cycle(N.FORMATS)
    tcycles = {}
    for lang, qs in list(R.TARGETS.items()) + list(N.TARGETS.items()):
        tcycles.setdefault(lang, [])
        tcycles[lang] = tcycles[lang] + list(qs)
    tcycles = {lang: cycle(qs) for lang, qs in tcycles.items()}
    demo_ids = list(range(len(D.DEMOS)))
    kinds = ["split"] * 6 + ["prelude"] * 6 + ["single"] * 48
    rng.shuffle(kinds)
    for kind in kinds:
        instr = next(instr_cycle)
        fmt = next(fmt_cycle)
        x = rng.random()
        k = 1 if x < 0.45 else (2 if x < 0.85 else 3)
        demos = [D.DEMOS[i] for i in rng.sample(demo_ids, k)]
        blocks = [fmt["t"].replace("<<N>>", str(i + 1)).replace("<<Q>>", d["q"]).replace("<<A>>", d["a"])
                  .replace("<<R>>", d["r"]) for i, d in enumerate(demos)]
        lang = instr["lang"]
        target = next(tcycles[lang]) if lang in tcycles else next(tcycles["en"])
        tail = instr["t"] + "\n\n" + N.QLABELS.get(lang, "Question:") + " " + target
        preface = rng.choice(N.PREFACES)
        if kind == "split":
            messages = [msg("user", rng.choice(R.SPLIT_INTRO) + "\n\n" + blocks[0]),
                        msg("assistant", rng.choice(R.SPLIT_ACKS))]
            for b in blocks[1:]:
                messages.append(msg("user", rng.choice(R.SPLIT_NEXT) + "\n\n" + b))
                messages.append(msg("assistant", rng.choice(R.SPLIT_ACKS)))
            messages.append(msg("user", tail))
        else:
            body = "\n\n".join(blocks)
            if preface:
                body = preface + "\n\n" + body
            messages = [msg("user", body + "\n\n" + tail)]
            if kind == "prelude":
                messages = prelude_for(lang) + messages
        model = rng.choice(["gpt-oss-20b", "gpt-oss-120b"]) if fmt["name"] == "labeled_prose_harmony" \
            else rng.choice(REP_MODELS_DEFAULT)
        specs.append(spec(fam, lang, messages, model=model, sys_pref="math"))
    assert sum(1 for s in specs if n_user(s["messages"]) >= 2) == COUNT[fam] // 5
    return specs


# ----------------------------------------------------------------------------- item families
def items_to_specs(fam, items):
    specs = []
    for it in items:
        messages = turns_to_msgs(it.get("turns", [])) + [msg("user", it["text"])]
        specs.append(spec(fam, it["lang"], messages, need=it.get("need"), sys_lang=it.get("sys_lang")))
    return specs


def build_cot():
    specs = items_to_specs("cot_request", t_cot.ITEMS)
    return fill_multiturn(specs, "cot_request")


def build_sysprompt():
    specs = items_to_specs("sysprompt", t_sysprompt.ITEMS)
    return fill_multiturn(specs, "sysprompt")


def build_delim():
    specs = items_to_specs("delimiter_injection", t_delim.ITEMS)
    return fill_multiturn(specs, "delimiter_injection")


def build_benign():
    specs = items_to_specs("benign", t_benign.ITEMS)
    return fill_multiturn(specs, "benign")


# ----------------------------------------------------------------------------- blob_replay
def build_blob():
    fam = "blob_replay"
    specs = []
    ask_cycle = cycle(B.ASKS)
    bulk_cycle = cycle(B.BULK_ASKS)
    form_cycle = cycle(B.PASTE_FORMS)
    q_cycle = cycle(B.HIST_QUESTIONS)
    kinds = ["hist_multi"] * 10 + ["hist_single"] * 8 + ["bulk"] * 4 + ["paste"] * 28
    rng.shuffle(kinds)

    def render_form(form, src):
        if form["name"] == "envelope":
            hdr = base64.b64encode(B.ENVELOPE_HEADER.replace("<<SRC>>", src).encode("utf-8")).decode("ascii")
            return "ethk1." + hdr + "." + blob()
        return form["t"].replace("<<B64>>", blob()).replace("<<ID>>", hexs(24))

    def context(src, lang="en"):
        c = rng.choice(B.CONTEXT)
        # provenance lines are English; keep them only with English asks so the final message stays monolingual
        return c.replace("<<SRC>>", src) if lang == "en" else ""

    for kind in kinds:
        src = rng.choice(B.PREMIUM_MODELS)
        model = rng.choice(C.CHEAP_MODELS)
        if kind == "bulk":
            ask = next(bulk_cycle)
            forms = []
            for i in range(rng.randint(3, 6)):
                forms.append("[%d] %s" % (i + 1, render_form(next(form_cycle), src)))
            ctx = context(src, ask["lang"])
            text = (ctx + "\n\n" if ctx else "") + "\n\n".join(forms) + "\n\n" + ask["t"]
            messages = [msg("user", text)]
        elif kind == "paste":
            ask = next(ask_cycle)
            body = render_form(next(form_cycle), src)
            ctx = context(src, ask["lang"])
            text = (ctx + "\n\n" if ctx else "") + body + "\n\n" + ask["t"]
            messages = [msg("user", text)]
        else:
            ask = next(ask_cycle)
            hs = [handle() for _ in range(rng.choice([1, 1, 1, 2, 3]))]
            a_content = rng.choice(B.HIST_ACKS_EMPTY)
            amsg = msg("assistant", a_content, reasoning_handles=hs)
            messages = []
            if kind == "hist_multi":
                messages.append(msg("user", next(q_cycle)))
            messages.append(amsg)
            if kind == "hist_multi" and rng.random() < 0.4:
                i = rng.randrange(len(B.TOOL_SNIPPETS))
                messages[-1] = msg("assistant", B.TOOL_SNIPPETS[i], reasoning_handles=hs)
                messages.append(msg("tool", B.TOOL_RESULTS[i]))
            ctx = context(src, ask["lang"])
            messages.append(msg("user", (ctx + "\n" if ctx else "") + ask["t"]))
        s = spec(fam, ask["lang"], messages, model=model)
        specs.append(s)
    assert sum(1 for s in specs if n_user(s["messages"]) >= 2) == COUNT[fam] // 5
    return specs


# ----------------------------------------------------------------------------- hard_negative
def fence(lang, body):
    return "```" + lang + "\n" + body + "\n```"


def frame_doc(body):
    style = rng.randrange(4)
    if style == 0:
        return fence("", body)
    if style == 1:
        return "\"\"\"\n" + body + "\n\"\"\""
    if style == 2:
        return "---\n" + body + "\n---"
    return body


def build_hard_negative():
    fam = "hard_negative"
    specs = []
    for key, q, lang, order in t_hn_dev.ITEMS:
        code_lang, code = t_hn_dev.ARTIFACTS[key]
        block = fence(code_lang, code)
        text = (q + "\n\n" + block) if order == "pre" else (block + "\n\n" + q)
        specs.append(spec(fam, lang, [msg("user", text)], sys_pref="code", kind="dev"))
    for key, q, lang, order in t_hn_docs.ITEMS_TRANSCRIPT:
        block = frame_doc(t_hn_docs.TRANSCRIPTS[key])
        text = (q + "\n\n" + block) if order == "pre" else (block + "\n\n" + q)
        specs.append(spec(fam, lang, [msg("user", text)], kind="transcript"))
    for key, q, lang, order in t_hn_docs.ITEMS_SHELL:
        body = t_hn_docs.SHELLS[key]
        block = fence(rng.choice(["console", "text", "", "bash"]), body) if rng.random() < 0.7 else body
        text = (q + "\n\n" + block) if order == "pre" else (block + "\n\n" + q)
        specs.append(spec(fam, lang, [msg("user", text)], sys_pref="code", kind="shell"))
    for key, q, lang in t_hn_fewshot.ITEMS:
        text = t_hn_fewshot.SETS[key] + "\n\n" + q
        specs.append(spec(fam, lang, [msg("user", text)], kind="fewshot"))
    for group in ("STEP", "PROMPT_ENG", "OWN_TEXT", "SECURITY"):
        for it in getattr(t_hn_misc, group):
            messages = turns_to_msgs(it.get("turns", [])) + [msg("user", it["text"])]
            specs.append(spec(fam, it["lang"], messages, kind=group.lower()))
    for it in t_hn_misc.SECRET_OK:
        messages = turns_to_msgs(it.get("turns", [])) + [msg("user", it["text"])]
        specs.append(spec(fam, it["lang"], messages, kind="secret_ok",
                          sys_text=C.SECRET_SYSTEM[it["sys_idx"]]["text"]))
    for it in t_hn_misc.AGENT:
        messages = []
        for role, content, ex in it["msgs"]:
            extra = {}
            if ex.get("reasoning"):
                extra["reasoning"] = ex["reasoning"]
            if ex.get("n_handles"):
                extra["reasoning_handles"] = [handle() for _ in range(ex["n_handles"])]
            messages.append(msg(role, content, **extra))
        specs.append(spec(fam, it["lang"], messages, kind="agent", no_prelude=True,
                          model=rng.choice(["reasoner-large-2026-07", "thinker-pro-4", "deepseek-r1-0528",
                                            "gpt-oss-120b"])))
    assert len(specs) == COUNT[fam], len(specs)
    return fill_multiturn(specs, fam)


# ----------------------------------------------------------------------------- system prompts
def pick_system(s):
    """Return system text for a spec that should carry one."""
    need = s["need"]
    if need in ("code", "pin", "canary", "password", "key"):
        pool = [x for x in C.SECRET_SYSTEM if x["kind"] == need]
        if s.get("sys_lang"):
            lang_pool = [x for x in pool if lang_of_sys(x["text"]) == s["sys_lang"]]
            pool = lang_pool or pool
        return rng.choice(pool)["text"]
    if need == "secret":
        return rng.choice(C.SECRET_SYSTEM)["text"]
    if s.get("sys_lang"):
        pool = [x["text"] for x in C.SECRET_SYSTEM if lang_of_sys(x["text"]) == s["sys_lang"]]
        pool += [t for t in C.PRODUCT_SYSTEM if lang_of_sys(t) == s["sys_lang"]]
        if pool:
            return rng.choice(pool)
    pref = s.get("sys_pref")
    if pref == "math":
        return rng.choice(C.GENERIC_SYSTEM[3:8] + C.GENERIC_SYSTEM[:2])
    if pref == "code":
        return rng.choice([C.GENERIC_SYSTEM[8], C.GENERIC_SYSTEM[0], C.GENERIC_SYSTEM[4], C.PRODUCT_SYSTEM[2]])
    x = rng.random()
    if s["family"] == "sysprompt":
        if x < 0.4:
            return rng.choice(C.SECRET_SYSTEM)["text"]
        if x < 0.85:
            return rng.choice(C.PRODUCT_SYSTEM)
        return rng.choice(C.GENERIC_SYSTEM)
    if x < 0.45:
        return rng.choice(C.GENERIC_SYSTEM)
    if x < 0.85:
        return rng.choice(C.PRODUCT_SYSTEM)
    return rng.choice(C.SECRET_SYSTEM)["text"]


def lang_of_sys(text):
    # language hints for the few non-English system prompts (used only to pair them with same-language asks)
    marks = [("de", ("Du bist",)), ("es", ("Eres ",)), ("ja", ("あなたは",)), ("pt-BR", ("Você é",)),
             ("ru", ("Вы —",)), ("fr", ("Tu es",))]
    for lang, keys in marks:
        if any(text.startswith(k) or ("\n" + k) in text for k in keys):
            return lang
    return "en"


def assign_system(specs, fam):
    forced = [s for s in specs if s["sys_text"] or s["need"]]
    n_sys = max(len(forced), int(round(SYS_SHARE[fam] * len(specs))))
    rest = [s for s in specs if not (s["sys_text"] or s["need"])]
    chosen = set(id(s) for s in rng.sample(rest, n_sys - len(forced)))
    for s in specs:
        if s["sys_text"]:
            s["system"] = s["sys_text"]
        elif s["need"] or id(s) in chosen:
            s["system"] = pick_system(s)
        else:
            s["system"] = None


# ----------------------------------------------------------------------------- assemble
def main():
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(out, exist_ok=True)

    builders = [("rep", build_rep), ("rep_nocode", build_rep_nocode), ("cot_request", build_cot),
                ("sysprompt", build_sysprompt), ("delimiter_injection", build_delim),
                ("blob_replay", build_blob), ("hard_negative", build_hard_negative), ("benign", build_benign)]
    specs = []
    for fam, fn in builders:
        fs = fn()
        assert len(fs) == COUNT[fam], (fam, len(fs))
        assign_system(fs, fam)
        specs.extend(fs)

    rng.shuffle(specs)

    # accounts and tenants
    tenants = ["org-" + hexs(6) for _ in range(60)]
    accounts = ["acct-" + hexs(10) for _ in range(200)]
    acct_tenant = {}
    for i, a in enumerate(accounts):
        acct_tenant[a] = tenants[i] if i < len(tenants) else rng.choice(tenants)
    pool = accounts[:]
    rng.shuffle(pool)
    campaign_acct = {}
    for s in specs:
        c = s["campaign"]
        if c and c not in campaign_acct:
            campaign_acct[c] = pool.pop()
    free = [s for s in specs if not s["campaign"]]
    assign = pool + [rng.choice(accounts) for _ in range(len(free) - len(pool))]
    rng.shuffle(assign)
    for s, a in zip(free, assign):
        s["account"] = a
    for s in specs:
        if s["campaign"]:
            s["account"] = campaign_acct[s["campaign"]]

    t = dt.datetime(2026, 10, 5, 6, 0, 0, tzinfo=dt.timezone.utc)
    events, labels, langs = [], [], []
    for i, s in enumerate(specs):
        eid = "b21-%05d" % (i + 1)
        t = t + dt.timedelta(seconds=rng.randint(4, 700), milliseconds=rng.randint(1, 999))
        model = s["model"] or rng.choice(C.MODELS)
        messages = [dict(m) for m in s["messages"]]
        request = {}
        system = s["system"]
        if system is not None and rng.random() < 0.15:
            role = "developer" if (model.startswith("gpt-oss") or rng.random() < 0.4) else "system"
            messages = [msg(role, system)] + messages
            system = None
        if system is not None:
            request["system"] = system
        elif rng.random() < 0.7:
            request["system"] = None
        request["messages"] = messages
        ev = {"event_id": eid,
              "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000),
              "account_id": s["account"],
              "tenant_id": acct_tenant[s["account"]]}
        if rng.random() < 0.92 or n_user(messages) >= 2:
            ev["session_id"] = "sess-" + hexs(16)
        ev["model"] = model
        ev["request"] = request
        if rng.random() < 0.75:
            nbytes = sum(len(m["content"].encode("utf-8")) for m in messages)
            nbytes += len((request.get("system") or "").encode("utf-8"))
            ev["usage"] = {"input_tokens": nbytes // 4 + 6 * len(messages) + 3}
        events.append(ev)
        labels.append({"event_id": eid, "task": "extraction", "label": LABEL[s["family"]],
                       "family": s["family"], "source": SOURCE})
        langs.append((eid, s["lang"]))

    with open(os.path.join(out, PREFIX + ".events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for ev in events:
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    with open(os.path.join(out, PREFIX + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lb in labels:
            f.write(json.dumps(lb, ensure_ascii=False) + "\n")
    with open(os.path.join(out, PREFIX + ".langs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for eid, lang in langs:
            f.write(eid + "\t" + lang + "\n")
    print("wrote %d events to %s" % (len(events), out))


if __name__ == "__main__":
    main()
