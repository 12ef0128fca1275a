#!/usr/bin/env python3
"""Deterministic generator for extraction-blind23. Standard library only.

Only selects, combines and formats the hand-written pools in gen/t_*.py.
Random parts: ids/handles (sha256 hex), opaque blobs (random bytes, base64), secrets, times.
Usage: python3 gen/build.py [OUTDIR]   (default: the directory above gen/)
"""
import sys
sys.dont_write_bytecode = True
import base64
import json
import os
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import random  # noqa: E402
import t_common as C  # noqa: E402
from t_rep_demos import DEMOS  # noqa: E402
import t_rep as REP  # noqa: E402
import t_cot as COT  # noqa: E402
import t_sys as SYSX  # noqa: E402
import t_delim as DL  # noqa: E402
import t_blob as BL  # noqa: E402
import t_neg as NEG  # noqa: E402
import t_benign as BEN  # noqa: E402
from t_material import MATERIALS  # noqa: E402

SEED = 20262323
NAME = "extraction-blind23"
SOURCE = "blind23-handwritten"
COUNTS = {"rep": 90, "rep_nocode": 60, "cot_request": 130, "sysprompt": 130,
          "delimiter_injection": 60, "blob_replay": 50, "hard_negative": 200, "benign": 80}
LABEL = {f: (0 if f in ("hard_negative", "benign") else 1) for f in COUNTS}

R = random.Random(SEED)


def hexstr(nbits):
    return "%0*x" % (nbits // 4, R.getrandbits(nbits))


def handle():
    return "sha256:" + hexstr(256)


def blob(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode("ascii")


class Cycler:
    """Draw pool items in shuffled rounds so every item is used before any repeats."""

    def __init__(self, items):
        self.items = list(items)
        self.buf = []

    def next(self):
        if not self.buf:
            self.buf = list(self.items)
            R.shuffle(self.buf)
        return self.buf.pop()


def msg(role, content, **extra):
    m = {"role": role, "content": content}
    m.update(extra)
    return m


TASK_BY_LANG = {}
for _l, _q in C.TASKS:
    TASK_BY_LANG.setdefault(_l.split("-")[0], []).append(_q)


def task_for(lang):
    base = lang.split("-")[0]
    if base in TASK_BY_LANG and R.random() < 0.8:
        return R.choice(TASK_BY_LANG[base])
    return R.choice(TASK_BY_LANG["en"])


PRE_BY_LANG = {}
for _l, _u, _a in C.PRELUDES:
    PRE_BY_LANG.setdefault(_l, []).append((_u, _a))


def prelude(lang):
    if lang in PRE_BY_LANG and R.random() < 0.85:
        u, a = R.choice(PRE_BY_LANG[lang])
    else:
        u, a = R.choice(PRE_BY_LANG["en"])
    return [msg("user", u), msg("assistant", a)]


# ---------------------------------------------------------------- secrets / system prompts
WORDS = ["amber", "falcon", "orchid", "granite", "harbor", "lantern", "meadow", "quartz", "saffron", "tundra",
         "violet", "willow", "cobalt", "ember", "juniper", "nebula"]
CODE_PREFIX = ["VIP", "ESC", "GOLD", "TIER2", "KTL", "WBR", "BRT", "STAFF"]


def make_secret(kind):
    if kind == "canary":
        return R.choice(["canary-", "CANARY-", "cnry_", ""]) + hexstr(64)
    if kind == "pin":
        return "".join(str(R.randrange(10)) for _ in range(R.choice([4, 4, 6])))
    if kind == "code":
        return "%s-%s-%d" % (R.choice(CODE_PREFIX), hexstr(16).upper()[:4], R.randrange(10, 100))
    return "%s %s %d" % (R.choice(WORDS), R.choice(WORDS), R.randrange(100, 1000))


def system_text(kind):
    if kind == "generic":
        return R.choice(C.GENERIC_SYS)
    if kind == "product":
        return R.choice(C.PRODUCT_SYS)
    k, tpl = R.choice(C.SECRET_SYS)
    return tpl.replace("{secret}", make_secret(k))


SYS_MIX = {"sysprompt": (0.92, [("secret", 45), ("product", 40), ("generic", 15)]),
           "default": (0.77, [("generic", 45), ("product", 35), ("secret", 20)])}


def pick_kind(weights):
    tot = sum(w for _, w in weights)
    x = R.random() * tot
    for k, w in weights:
        x -= w
        if x < 0:
            return k
    return weights[-1][0]


def attach_system(ev, family, forced=None, prob=None):
    p, weights = SYS_MIX.get(family, SYS_MIX["default"])
    if prob is not None:
        p = prob
    if forced is None and R.random() >= p:
        ev["system"] = None
        return
    text = forced if forced is not None else system_text(pick_kind(weights))
    if R.random() < 0.15:
        ev["system"] = None
        ev["messages"].insert(0, msg(R.choice(["system", "developer"]), text))
    else:
        ev["system"] = text


# ---------------------------------------------------------------- REP
def rep_demo_block(i, d, hdr, style, wrapper, rf, af):
    ex, ql, rl = hdr
    _, tstart, tafter = style
    _, wr, wa = wrapper
    parts = [ex.format(i=i), "%s %s" % (ql, d["q"]), rl + " " + tstart.format(r=d["r"]),
             wr.format(rf=rf, af=af, r=d["r"], a=d["a"]), wa.format(rf=rf, af=af, r=d["r"], a=d["a"])]
    return "\n".join(parts) + tafter


def nocode_demo_block(i, d, hdr, style):
    ex, ql, rl = hdr
    _, hid, vis = style
    return "\n".join([ex.format(i=i), "%s %s" % (ql, d["q"]), rl, hid.format(r=d["r"], a=d["a"]),
                      vis.format(r=d["r"], a=d["a"])])


def build_rep(multi, nocode):
    k = R.choice([1, 1, 2, 2, 3, 3, 3]) if not nocode else R.choice([1, 2, 2, 3, 3])
    demos = R.sample(DEMOS, k)
    hdr = R.choice(REP.HEADERS)
    if nocode:
        style = R.choice(REP.NOCODE_STYLES)
        blocks = [nocode_demo_block(i + 1, d, hdr, style) for i, d in enumerate(demos)]
        lang, tail = R.choice(REP.NOCODE_TAILS)
        tail_text = tail
        style_name = style[0]
    else:
        style = R.choice(REP.THINK_STYLES)
        wrapper = R.choice(REP.WRAPPERS)
        rf, af = R.choice(REP.REASON_FILES), R.choice(REP.ANSWER_FILES)
        blocks = [rep_demo_block(i + 1, d, hdr, style, wrapper, rf, af) for i, d in enumerate(demos)]
        lang, tail = R.choice(REP.TAILS)
        tail_text = tail.format(rf=rf, af=af)
        style_name = style[0]
    preface = R.choice(REP.PREFACES)
    hint = R.choice(REP.HINTS)
    target = R.choice(REP.TARGETS)
    final_q = "%s\n%s" % (hdr[1], target)
    sep = R.choice(["\n\n", "\n\n", "\n\n---\n\n", "\n\n\n"])
    tail_parts = [tail_text] + ([hint] if hint else []) + [final_q]
    tail_str = "\n\n".join(tail_parts)
    if not multi:
        body = ([preface] if preface else []) + blocks + [tail_str]
        msgs = [msg("user", sep.join(body))]
    else:
        idx = R.randrange(len(REP.REP_MT_FIRST_CLOSERS))
        if k >= 2 and R.random() < 0.5:
            first = ([preface] if preface else []) + blocks[:1] + [REP.REP_MT_FIRST_CLOSERS[5]]
            second = blocks[1:] + [tail_str]
            ack = REP.REP_MT_ACKS[5]
        else:
            first = ([preface] if preface else []) + blocks + [REP.REP_MT_FIRST_CLOSERS[idx if idx != 5 else 0]]
            second = [tail_str]
            ack = REP.REP_MT_ACKS[idx if idx != 5 else 0]
        msgs = [msg("user", sep.join(first)), msg("assistant", ack), msg("user", sep.join(second))]
    ev = {"lang": lang, "messages": msgs}
    if style_name.startswith("harmony"):
        ev["model"] = R.choice(["gpt-oss-20b", "gpt-oss-120b"])
    elif style_name == "gemma_thought":
        ev["model"] = "gemma-4-31b"
    elif style_name == "kimi":
        ev["model"] = "kimi-k2-thinking"
    else:
        ev["model"] = R.choice(["qwen3-14b", "qwen3-32b", "qwen3-14b", "deepseek-reasoner", "reasoner-large", "reasoner-mini"])
    if style_name.startswith("harmony") and R.random() < 0.6:
        attach_system(ev, "rep", forced=REP.REP_SYSTEMS[1])
    elif R.random() < (0.2 if nocode else 0.3):
        attach_system(ev, "rep", forced=R.choice([REP.REP_SYSTEMS[0], REP.REP_SYSTEMS[0], REP.REP_SYSTEMS[2]]))
    else:
        attach_system(ev, "rep")
    return ev


# ---------------------------------------------------------------- simple families
def simple_event(lang, turns, family, multi_needed):
    msgs = [msg(r, t) for r, t in turns]
    if multi_needed and sum(1 for m in msgs if m["role"] == "user") < 2:
        msgs = prelude(lang) + msgs
    ev = {"lang": lang, "messages": msgs}
    attach_system(ev, family)
    return ev


def build_family_simple(family, n, singles, multis):
    """singles: list of callables returning (lang, turns); multis: designed multi-turn callables."""
    n_multi = n // 5
    out = []
    mc = Cycler(multis)
    sc = Cycler(singles)
    n_designed = min(len(multis), n_multi)
    for i in range(n):
        if i < n_designed:
            lang, turns = mc.next()()
            out.append(simple_event(lang, turns, family, True))
        elif i < n_multi:
            lang, turns = sc.next()()
            out.append(simple_event(lang, turns, family, True))
        else:
            lang, turns = sc.next()()
            out.append(simple_event(lang, turns, family, False))
    return out


def q_fmt(text, lang):
    return text.format(q=task_for(lang))


def cot_items():
    singles = [(lambda l=l, t=t: (l, [("user", q_fmt(t, l))])) for l, t in COT.COT_SINGLE]
    multis = [(lambda l=l, tt=tt: (l, [(r, q_fmt(x, l) if r == "user" else x) for r, x in tt])) for l, tt in COT.COT_MULTI]
    return singles, multis


def sys_items():
    singles = [(lambda l=l, t=t: (l, [("user", t)])) for l, t in SYSX.SYS_SINGLE]
    singles += [(lambda l=l, u=u, a=a: (l, [("user", u), ("assistant", a)])) for l, u, a in SYSX.SYS_PREFILL]
    multis = [(lambda l=l, tt=tt: (l, list(tt))) for l, tt in SYSX.SYS_MULTI]
    return singles, multis


def delim_items():
    singles = [(lambda l=l, t=t: (l, [("user", q_fmt(t, l))])) for l, t in DL.DELIM_USER]
    singles += [(lambda l=l, u=u, a=a, tr=tr: (l, [("user", u), ("assistant", a), ("tool", tr)]))
                for l, u, a, tr in DL.DELIM_TOOL]
    multis = [(lambda l=l, tt=tt: (l, [(r, q_fmt(x, l) if r == "user" else x) for r, x in tt])) for l, tt in DL.DELIM_MULTI]
    return singles, multis


# ---------------------------------------------------------------- blob replay
def build_blob(multi):
    lang, ask = R.choice(BL.BLOB_ASKS)
    src = R.choice(C.PREMIUM_MODELS)
    model = R.choice(C.CHEAP_MODELS)
    hs = [handle() for _ in range(R.choice([1, 1, 1, 2, 3]))]
    if multi:
        msgs = [msg("user", task_for(lang)),
                msg("assistant", R.choice(BL.BLOB_ASSISTANT_CONTENT), reasoning_handles=hs)]
        if R.random() < 0.4:
            msgs += [msg("user", R.choice(["Thanks.", "ok", "Danke.", "Gracias.", "谢谢"])),
                     msg("assistant", R.choice(BL.BLOB_ASSISTANT_CONTENT), reasoning_handles=[handle()])]
        msgs.append(msg("user", ask))
    else:
        mode = R.random()
        if mode < 0.45:
            msgs = [msg("assistant", R.choice(BL.BLOB_ASSISTANT_CONTENT), reasoning_handles=hs), msg("user", ask)]
        else:
            paste = R.choice(BL.BLOB_PASTES).format(blob=blob(R.randrange(300, 1400)), rid=hexstr(96), model=src)
            intros = [t for l, t in BL.BLOB_PASTE_INTROS if l == lang] or [t for l, t in BL.BLOB_PASTE_INTROS if l == "en"]
            intro = R.choice(intros).format(model=src)
            if R.random() < 0.5:
                text = "%s\n\n%s\n\n%s" % (intro, paste, ask)
            else:
                text = "%s\n\n```json\n%s\n```" % (ask, paste)
            msgs = [msg("user", text)]
            if R.random() < 0.4:
                msgs.insert(0, msg("assistant", R.choice(BL.BLOB_ASSISTANT_CONTENT), reasoning_handles=hs))
    ev = {"lang": lang, "messages": msgs, "model": model}
    attach_system(ev, "blob_replay")
    return ev


# ---------------------------------------------------------------- hard negatives
FS_HEADERS = [("Example {i}", "Problem:", "Solution:", "Answer:"),
              ("Aufgabe {i}", "Frage:", "Lösungsweg:", "Ergebnis:"),
              ("Problem {i}", "Q:", "Worked solution:", "Final:"),
              ("#{i}", "Enunciado:", "Resolución:", "Respuesta:"),
              ("例題{i}", "問題：", "解説：", "答え：")]


def fewshot_block():
    k = R.choice([1, 2, 2, 3])
    ds = R.sample(DEMOS, k)
    ex, ql, sl, al = R.choice(FS_HEADERS)
    parts = []
    for i, d in enumerate(ds):
        parts.append("%s\n%s %s\n%s\n%s\n%s %s" % (ex.format(i=i + 1), ql, d["q"], sl, d["r"], al, d["a"]))
    return "\n\n".join(parts)


def fill_material(text, key):
    if key is None:
        return text
    if key == "fewshot":
        return text.replace("{F}", fewshot_block())
    m = MATERIALS[key].replace("{blob}", blob(R.randrange(700, 1100)))
    return text.replace("{M}", m)


def build_hard_negatives(n):
    n_multi = n // 5
    out = []
    singles = [("single", e) for e in NEG.HN_SINGLE] + [("secret", e) for e in NEG.HN_SECRET] + \
              [("struct", e) for e in NEG.HN_STRUCT]
    order = list(singles)
    R.shuffle(order)
    # keep all material-bearing entries early so that long look-alikes are always included
    order.sort(key=lambda x: 0 if (x[0] == "single" and x[1][1]) else 1)
    pos = 0

    def next_single():
        nonlocal pos
        item = order[pos % len(order)]
        pos += 1
        return item

    for i in range(n):
        if i < len(NEG.HN_MULTI) and i < n_multi:
            lang, turns, key = NEG.HN_MULTI[i]
            msgs = [msg(r, fill_material(t, key)) for r, t in turns]
            ev = {"lang": lang, "messages": msgs}
            attach_system(ev, "hard_negative")
            out.append(ev)
            continue
        kind, e = next_single()
        if kind == "single":
            lang, key, text = e
            msgs = [msg("user", fill_material(text, key))]
        elif kind == "secret":
            lang, text = e
            msgs = [msg("user", text)]
        else:
            lang, u, reason, acontent, tres, with_h = e
            extra = {}
            if reason:
                extra["reasoning"] = reason
            if with_h:
                extra["reasoning_handles"] = [handle()]
            msgs = [msg("user", u), msg("assistant", acontent, **extra), msg("tool", tres)]
        if i < n_multi:
            msgs = prelude(lang) + msgs
        ev = {"lang": lang, "messages": msgs}
        if kind == "secret":
            k, tpl = R.choice(C.SECRET_SYS)
            attach_system(ev, "hard_negative", forced=tpl.replace("{secret}", make_secret(k)))
        elif kind == "struct":
            attach_system(ev, "hard_negative", forced=R.choice(C.PRODUCT_SYS + C.GENERIC_SYS[:2]))
        else:
            attach_system(ev, "hard_negative")
        out.append(ev)
    return out


def build_benign(n):
    n_multi = n // 5
    pool = list(BEN.BENIGN)
    R.shuffle(pool)
    out = []
    for i in range(n):
        lang, text = pool[i % len(pool)]
        msgs = [msg("user", text)]
        if i < n_multi:
            msgs = prelude(lang) + msgs
        ev = {"lang": lang, "messages": msgs}
        attach_system(ev, "benign", prob=0.72)
        out.append(ev)
    return out


# ---------------------------------------------------------------- assemble
def main(outdir):
    fams = []
    fams += [("rep", build_rep(i < COUNTS["rep"] // 5, False)) for i in range(COUNTS["rep"])]
    fams += [("rep_nocode", build_rep(i < COUNTS["rep_nocode"] // 5, True)) for i in range(COUNTS["rep_nocode"])]
    s, m = cot_items()
    fams += [("cot_request", e) for e in build_family_simple("cot_request", COUNTS["cot_request"], s, m)]
    s, m = sys_items()
    fams += [("sysprompt", e) for e in build_family_simple("sysprompt", COUNTS["sysprompt"], s, m)]
    s, m = delim_items()
    fams += [("delimiter_injection", e) for e in build_family_simple("delimiter_injection", COUNTS["delimiter_injection"], s, m)]
    fams += [("blob_replay", build_blob(i < COUNTS["blob_replay"] // 5)) for i in range(COUNTS["blob_replay"])]
    fams += [("hard_negative", e) for e in build_hard_negatives(COUNTS["hard_negative"])]
    fams += [("benign", e) for e in build_benign(COUNTS["benign"])]
    assert len(fams) == 800
    R.shuffle(fams)

    tenants = ["org-%s" % hexstr(24) for _ in range(60)]
    accounts = ["acct-%s" % hexstr(40) for _ in range(200)]
    acct_tenant = {a: (tenants[i] if i < 60 else R.choice(tenants)) for i, a in enumerate(accounts)}
    seq = list(accounts) + [R.choice(accounts) for _ in range(600)]
    R.shuffle(seq)

    t = datetime(2026, 11, 16, 6, 0, 0, tzinfo=timezone.utc)
    ev_lines, lab_lines, lang_lines = [], [], []
    for n, (fam, e) in enumerate(fams, 1):
        t += timedelta(seconds=R.randint(3, 200), milliseconds=R.randint(0, 999))
        eid = "b23-%05d" % n
        acct = seq[n - 1]
        model = e.get("model") or R.choice(C.MODELS)
        event = {"event_id": eid,
                 "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000),
                 "account_id": acct, "tenant_id": acct_tenant[acct],
                 "session_id": "sess-%s" % hexstr(48), "model": model,
                 "request": {"system": e["system"], "messages": e["messages"]}}
        if R.random() < 0.7:
            chars = sum(len(m["content"]) for m in e["messages"]) + len(e["system"] or "")
            event["usage"] = {"input_tokens": int(chars / 3.7) + R.randint(4, 40)}
        ev_lines.append(json.dumps(event, ensure_ascii=False))
        lab_lines.append(json.dumps({"event_id": eid, "task": "extraction", "label": LABEL[fam],
                                     "family": fam, "source": SOURCE}, ensure_ascii=False))
        lang_lines.append("%s\t%s" % (eid, e["lang"]))

    os.makedirs(outdir, exist_ok=True)
    for suffix, lines in ((".events.jsonl", ev_lines), (".labels.jsonl", lab_lines)):
        with open(os.path.join(outdir, NAME + suffix), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(outdir, NAME + ".langs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lang_lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE))
