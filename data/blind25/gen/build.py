#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for extraction-blind25.

    python3 gen/build.py [OUTDIR]        (default OUTDIR = the directory above gen/)

Writes extraction-blind25.events.jsonl, extraction-blind25.labels.jsonl and
extraction-blind25.langs.tsv.  Only the Python standard library is used and all
randomness comes from random.Random(20262525), so two runs give identical bytes.
"""
import base64
import datetime as dt
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import t_common as C      # noqa: E402
import t_rep as R         # noqa: E402
import t_rep_demos as D   # noqa: E402
import t_cot              # noqa: E402
import t_sys              # noqa: E402
import t_delim            # noqa: E402
import t_blob             # noqa: E402
import t_benign           # noqa: E402
import t_hn               # noqa: E402
import t_hn_docs          # noqa: E402

SEED = 20262525
PREFIX = "extraction-blind25"
SOURCE = "blind25-handwritten"
COUNTS = {"rep": 90, "rep_nocode": 60, "cot_request": 130, "sysprompt": 130, "delimiter_injection": 60,
          "blob_replay": 50, "hard_negative": 200, "benign": 80}
LABEL = {f: (0 if f in ("hard_negative", "benign") else 1) for f in COUNTS}
MULTI_SHARE = 0.2
USAGE_SHARE = 0.7
START = dt.datetime(2026, 12, 8, 7, 0, 0, tzinfo=dt.timezone.utc)
ROLE = {"u": "user", "a": "assistant", "t": "tool", "d": "developer", "s": "system"}


def n_multi(family):
    return int(round(COUNTS[family] * MULTI_SHARE))


# ------------------------------------------------------------------ opaque random material
PH_RE = re.compile(r"⟪([a-z0-9_]+)(?::([A-Za-z0-9_]+))?⟫")


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def rhex(rng, nbytes):
    return rbytes(rng, nbytes).hex()


def b64(b):
    return base64.b64encode(b).decode("ascii")


def opaque(rng, kind, arg):
    n = int(arg) if arg and arg.isdigit() else 0
    if kind == "secret":
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "-".join("".join(rng.choice(alphabet) for _ in range(4)) for _ in range(3))
    if kind == "canary":
        return "CANARY-" + rhex(rng, 4).upper() + "-" + rhex(rng, 2).upper()
    if kind == "hex":
        return rhex(rng, n or 8)
    if kind == "sha256":
        return rhex(rng, 32)
    if kind == "uuid":
        h = rhex(rng, 16)
        return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[rng.randrange(4)] + h[17:20], h[20:32])
    if kind == "rs":
        return "rs_" + rhex(rng, 24)
    if kind == "b64":
        return b64(rbytes(rng, n or 256))
    if kind == "fernet":
        return "gAAAAAB" + base64.urlsafe_b64encode(rbytes(rng, n or 512)).decode("ascii")
    if kind == "ethk1":
        hdr = json.dumps({"v": 1, "alg": "AES-256-GCM", "kid": "global", "model": "Mini-R",
                          "nonce": b64(rbytes(rng, 12))}, separators=(",", ":"))
        return "ethk1." + b64(hdr.encode()) + "." + b64(rbytes(rng, n or 400))
    if kind == "aead":
        env = {"header": b64(rbytes(rng, 16)), "nonce": b64(rbytes(rng, 12)), "mac": b64(rbytes(rng, 16)),
               "ciphertext": b64(rbytes(rng, n or 400))}
        return json.dumps(env, indent=2)
    raise KeyError(kind)


def expand(rng, text):
    if "⟪" not in text:
        return text

    def sub(m):
        kind, arg = m.group(1), m.group(2)
        if kind == "doc":
            return expand(rng, t_hn_docs.DOCS[arg].rstrip("\n"))
        return opaque(rng, kind, arg)
    out = PH_RE.sub(sub, text)
    assert "⟪" not in out and "⟫" not in out, text[:80]
    return out


def handle(rng):
    return "sha256:" + rhex(rng, 32)


# ------------------------------------------------------------------ message helpers
def msg(role, content, **extra):
    m = {"role": role, "content": content}
    m.update(extra)
    return m


def item_messages(rng, body):
    """body: str (single user message) or list of (role, text[, meta]) tuples."""
    if isinstance(body, str):
        return [msg("user", expand(rng, body))]
    out = []
    for t in body:
        role, text = ROLE[t[0]], expand(rng, t[1])
        meta = t[2] if len(t) > 2 else {}
        extra = {}
        if "reasoning" in meta:
            extra["reasoning"] = meta["reasoning"]
        if meta.get("handles"):
            extra["reasoning_handles"] = [handle(rng) for _ in range(meta["handles"])]
        out.append(msg(role, text, **extra))
    return out


def n_user(messages):
    return sum(1 for m in messages if m["role"] == "user")


PREAMBLE_LANGS = sorted({p[0] for p in C.PREAMBLES})


def preamble(rng, lang):
    cands = [p for p in C.PREAMBLES if p[0] == lang]
    p = rng.choice(cands)
    return [msg("user", p[1]), msg("assistant", p[2])]


def pick_system(rng, lang, p_present):
    """Returns ("absent", None) | ("null", None) | ("text", str) | ("developer", str).

    "developer" puts the instructions into a leading developer-role message instead of request.system."""
    x = rng.random()
    if x < p_present:
        kind = "developer" if rng.random() < 0.1 else "text"
        same = [s for s in C.SYSTEM_PROMPTS if s[0] == lang]
        if same and rng.random() < 0.6:
            return (kind, expand(rng, rng.choice(same)[1]))
        return (kind, expand(rng, rng.choice(C.SYSTEM_PROMPTS)[1]))
    if x < p_present + 0.1:
        return ("null", None)
    return ("absent", None)


def spec(family, lang, messages, system, model=None, info=None):
    return {"family": family, "label": LABEL[family], "lang": lang, "messages": messages, "system": system,
            "model": model, "info": info or {}}


# ------------------------------------------------------------------ generic item families
def build_items(rng, family, items, p_system, own_handles=False):
    n = COUNTS[family]
    assert len(items) == n, (family, len(items), n)
    order = list(range(n))
    rng.shuffle(order)
    bodies = [items[i] for i in order]
    msgs = [item_messages(rng, b[1]) for b in bodies]
    langs = [b[0] for b in bodies]
    inherent = [i for i in range(n) if n_user(msgs[i]) >= 2]
    need = n_multi(family) - len(inherent)
    assert need >= 0, (family, len(inherent))
    cands = [i for i in range(n) if n_user(msgs[i]) < 2 and langs[i] in PREAMBLE_LANGS
             and msgs[i][0]["role"] != "assistant"]
    assert len(cands) >= need, (family, len(cands), need)
    for i in rng.sample(cands, need):
        msgs[i] = preamble(rng, langs[i]) + msgs[i]
    if own_handles:
        # stateless clients round-trip the reasoning items of their OWN conversation on every turn
        for i in range(n):
            if n_user(msgs[i]) >= 2 and rng.random() < 0.45:
                for m in msgs[i]:
                    if m["role"] == "assistant" and m["content"] and "reasoning_handles" not in m:
                        m["reasoning_handles"] = [handle(rng)]
    out = []
    for i in range(n):
        out.append(spec(family, langs[i], msgs[i], pick_system(rng, langs[i], p_system)))
    return out


# ------------------------------------------------------------------ REP families
def wchoice(rng, weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def fill(tmpl, **kw):
    return tmpl.format(**kw)


def rep_lang_deck(rng, keys, n, en_extra):
    deck = list(keys) + ["en"] * en_extra
    while len(deck) < n:
        deck.append(rng.choice(keys))
    deck = deck[:n]
    rng.shuffle(deck)
    return deck


def demo_deck(rng, n_needed):
    deck = []
    while len(deck) < n_needed:
        d = list(range(len(D.DEMOS)))
        rng.shuffle(d)
        deck += d
    return deck


def render_rep_message_parts(rng, lang, nocode, demos, marker):
    """Returns (demo_texts, instruction, hint, question_line, info)."""
    mk = R.MARKERS[marker]["mk"]
    # header
    same = [h for h in R.HEADERS if h["lang"] == lang]
    hdr = rng.choice(same) if same and rng.random() < 0.5 else rng.choice(R.HEADERS)
    info = {"marker": marker, "k": len(demos)}
    if not nocode:
        wrapper = wchoice(rng, R.WRAPPER_WEIGHTS)
        rf, af = R.FILE_BY_LANG[lang] if (lang in R.FILE_BY_LANG and rng.random() < 0.4) else rng.choice(R.FILE_PAIRS)
        info.update(wrapper=wrapper, rf=rf)
        if wrapper == "prose":
            plang = lang if lang in R.PROSE_REVEAL else rng.choice(sorted(R.PROSE_REVEAL))
            wfmt = R.PROSE_REVEAL[plang]
        else:
            wfmt = R.WRAPPERS[wrapper]["fmt"]
        cmds = fill(R.WRAPPERS[wrapper]["cmds"], rf=rf, af=af)
        tmpls = [t for t in R.INSTR_CODE[lang] if mk is not None or "{mk}" not in t]
        instr = fill(rng.choice(tmpls), mk=mk or "", cmds=cmds, rf=rf, af=af)
        reveal = lambda d: fill(wfmt, rf=rf, af=af, r=d["r"], a=d["a"])  # noqa: E731
    else:
        labs = [x for x in R.NOCODE_LABELS if x[0] == lang]
        _, lr, la = rng.choice(labs) if labs and rng.random() < 0.7 else rng.choice(R.NOCODE_LABELS)
        lrs, las = lr.rstrip(":： ").strip(), la.rstrip(":： ").strip()
        layout = rng.choice(R.NOCODE_LAYOUTS)
        info.update(layout=R.NOCODE_LAYOUTS.index(layout), lr=lr)
        tmpls = [t for t in R.INSTR_NOCODE[lang] if mk is not None or "{mk}" not in t]
        instr = fill(rng.choice(tmpls), mk=mk or "", lr=lr, la=la)
        reveal = lambda d: fill(layout, lr=lr, la=la, lrs=lrs, las=las, r=d["r"], a=d["a"])  # noqa: E731
    texts = []
    for i, d in enumerate(demos, 1):
        block = fill(R.MARKERS[marker]["fmt"], r=d["r"], reveal=reveal(d))
        texts.append("%s\n%s %s\n%s %s" % (hdr["h"].format(i=i), hdr["q"], d["q"], hdr["r"], block))
    hint = None
    if rng.random() < 0.5:
        hint = R.HINTS.get(lang) or (R.HINTS["en"] if rng.random() < 0.4 else None)
    tq = [t for t in R.TARGETS if t[0] == lang]
    target = rng.choice(tq) if tq and rng.random() < 0.5 else rng.choice(R.TARGETS)
    qline = "%s\n%s" % (hdr["q"], target[1])
    info["target_answer"] = target[2]
    return texts, instr, hint, qline, info


def rep_system(rng, marker, nocode):
    x = rng.random()
    if marker in ("harmony", "harmony_bare") and x < 0.6:
        return ("text", R.REP_SYSTEM["harmony_nocode" if nocode else "harmony_code"])
    if x < 0.25:
        return ("text", R.REP_SYSTEM["defender"])
    if x < 0.35:
        return ("text", R.REP_SYSTEM[rng.choice(["defender_short", "tutor", "solver_zh"])])
    if x < 0.55:
        return ("text", expand(rng, rng.choice(C.SYSTEM_PROMPTS)[1]))
    if x < 0.65:
        return ("null", None)
    return ("absent", None)


def build_rep(rng, family):
    nocode = family == "rep_nocode"
    n = COUNTS[family]
    instr_keys = sorted(R.INSTR_NOCODE if nocode else R.INSTR_CODE)
    follow = R.FOLLOWUP_NOCODE if nocode else R.FOLLOWUP_CODE
    m = n_multi(family)
    variants = ["A"] * (m // 3) + ["B"] * (m // 3) + ["C"] * (m - 2 * (m // 3)) + [None] * (n - m)
    rng.shuffle(variants)
    langs = rep_lang_deck(rng, instr_keys, n, en_extra=(18 if not nocode else 12))
    # make the multi-turn variants language-compatible
    compat = {"A": [k for k in instr_keys if k in PREAMBLE_LANGS],
              "B": [k for k in instr_keys if k in R.SPLIT_INTRO],
              "C": [k for k in instr_keys if k in follow and k in R.SHORT_ANSWER]}
    for i, v in enumerate(variants):
        if v and langs[i] not in compat[v]:
            # swap with a single-turn event whose language fits, so every language stays in use
            js = [j for j in range(n) if variants[j] is None and langs[j] in compat[v]]
            j = rng.choice(js)
            langs[i], langs[j] = langs[j], langs[i]
    dd = demo_deck(rng, 3 * n)
    pos = 0
    out = []
    for i in range(n):
        lang, v = langs[i], variants[i]
        k = rng.choices([1, 2, 3], weights=[30, 35, 35])[0]
        if v == "B":
            k = max(k, 2)
        idx = []
        while len(idx) < k:
            if dd[pos] not in idx:
                idx.append(dd[pos])
            pos += 1
        demos = [D.DEMOS[j] for j in idx]
        marker = wchoice(rng, R.MARKER_WEIGHTS)
        texts, instr, hint, qline, info = render_rep_message_parts(rng, lang, nocode, demos, marker)
        info["demos"] = [d["id"] for d in demos]
        info["variant"] = v
        pre = R.PREFACES.get(lang) if rng.random() < 0.4 else None
        tail = [instr] + ([hint] if hint else []) + [qline]
        if v == "B":
            intro = R.SPLIT_INTRO[lang]
            nxt = R.SPLIT_NEXT[lang]
            msgs = [msg("user", intro + "\n\n" + texts[0]), msg("assistant", R.ACK[lang])]
            for t in texts[1:-1]:
                msgs += [msg("user", nxt + "\n\n" + t), msg("assistant", R.ACK[lang])]
            msgs.append(msg("user", "\n\n".join([nxt, texts[-1]] + tail)))
        else:
            parts = ([rng.choice(pre)] if pre else []) + ["\n\n".join(texts)] + tail
            msgs = [msg("user", "\n\n".join(parts))]
            if v == "A":
                msgs = preamble(rng, lang) + msgs
            elif v == "C":
                ans = R.SHORT_ANSWER[lang].format(ans=info["target_answer"])
                fu = follow[lang].format(rf=info.get("rf", ""), lr=info.get("lr", ""))
                msgs += [msg("assistant", ans), msg("user", fu)]
        model = None
        if marker in ("harmony", "harmony_bare") and rng.random() < 0.5:
            model = rng.choice(["gpt-oss-20b", "gpt-oss-120b"])
        out.append(spec(family, lang, msgs, rep_system(rng, marker, nocode), model=model, info=info))
    return out


# ------------------------------------------------------------------ hard negatives
def build_fewshot(rng):
    out = []
    for lang, task in t_hn.FEWSHOT_TASKS:
        k = rng.choice([2, 2, 3])
        demos = rng.sample(D.DEMOS, k)
        labs = t_hn.FEWSHOT_LABELS.get(lang) or t_hn.FEWSHOT_LABELS["en"]
        blocks = []
        for i, d in enumerate(demos, 1):
            blocks.append("%s %d: %s\n%s:\n%s\n%s: %s" % (labs[0], i, d["q"], labs[1], d["r"], labs[2], d["a"]))
        tq = [t for t in R.TARGETS if t[0] == lang]
        target = rng.choice(tq) if tq else rng.choice(R.TARGETS)
        text = "\n\n".join(blocks) + "\n\n" + task.replace("{target}", "%s: %s" % (labs[0], target[1]))
        out.append((lang, text))
    return out


def build_hn(rng):
    items = build_fewshot(rng) + list(t_hn.HN_DOC) + list(t_hn.HN_SHORT) + list(t_hn.HN_AGENT)
    return build_items(rng, "hard_negative", items, 0.6, own_handles=True)


# ------------------------------------------------------------------ event assembly
ASCII_RE = re.compile(r"[\x00-\x7f]")


def est_tokens(ev):
    texts = []
    sysm = ev["request"].get("system")
    if sysm:
        texts.append(sysm)
    for m in ev["request"]["messages"]:
        texts.append(m["content"])
        if m.get("reasoning"):
            texts.append(m["reasoning"])
    total = 0
    for t in texts:
        a = len(ASCII_RE.findall(t))
        total += a / 4.0 + (len(t) - a) / 1.6
    return int(total + 4 * len(ev["request"]["messages"]) + 3)


def make_accounts(rng):
    tenants = ["org_" + rhex(rng, 4) for _ in range(55)]
    accounts = []
    for _ in range(170):
        f = rng.random()
        if f < 0.45:
            a = "acct_" + rhex(rng, 5)
        elif f < 0.75:
            a = "key_" + rhex(rng, 4)
        else:
            a = "u-" + str(rng.randrange(1000000, 9999999))
        accounts.append((a, rng.choice(tenants)))
    return accounts


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def assemble(rng, specs):
    accounts = make_accounts(rng)
    usage_idx = set(rng.sample(range(len(specs)), int(round(USAGE_SHARE * len(specs)))))
    t = START
    events, labels, langs = [], [], []
    for i, s in enumerate(specs):
        eid = "b25-%05d" % (i + 1)
        t = t + dt.timedelta(milliseconds=rng.randint(400, 95000))
        acct, tenant = rng.choice(accounts)
        ev = {"event_id": eid, "timestamp": iso_ms(t), "account_id": acct}
        if rng.random() < 0.92:
            ev["tenant_id"] = tenant
        multi = n_user(s["messages"]) >= 2
        if multi or rng.random() < 0.45:
            ev["session_id"] = ("sess_" + rhex(rng, 10)) if rng.random() < 0.6 else opaque(rng, "uuid", None)
        ev["model"] = s["model"] or rng.choice(C.MODELS)
        req = {}
        kind, text = s["system"]
        if kind == "text":
            req["system"] = text
        elif kind == "null":
            req["system"] = None
        req["messages"] = ([msg("developer", text)] if kind == "developer" else []) + s["messages"]
        ev["request"] = req
        if i in usage_idx:
            ev["usage"] = {"input_tokens": est_tokens(ev)}
        if rng.random() < 0.5:
            ev["metadata"] = {"client": rng.choice(C.CLIENTS), "api": rng.choice(C.APIS)}
        events.append(ev)
        labels.append({"event_id": eid, "task": "extraction", "label": s["label"], "family": s["family"],
                       "source": SOURCE})
        langs.append((eid, s["lang"]))
    return events, labels, langs


def build_all():
    rng = random.Random(SEED)
    specs = []
    specs += build_rep(rng, "rep")
    specs += build_rep(rng, "rep_nocode")
    specs += build_items(rng, "cot_request", t_cot.COT, 0.6)
    specs += build_items(rng, "sysprompt", t_sys.SYS, 0.85)
    specs += build_items(rng, "delimiter_injection", t_delim.DELIM, 0.6)
    specs += build_items(rng, "blob_replay", t_blob.BLOB, 0.6)
    specs += build_hn(rng)
    specs += build_items(rng, "benign", t_benign.BENIGN, 0.6, own_handles=True)
    for f, n in COUNTS.items():
        assert sum(1 for s in specs if s["family"] == f) == n, f
    rng.shuffle(specs)
    return assemble(rng, specs)


def write_outputs(outdir):
    events, labels, langs = build_all()
    os.makedirs(outdir, exist_ok=True)

    def dump(name, lines):
        with open(os.path.join(outdir, name), "w", encoding="utf-8", newline="\n") as f:
            for ln in lines:
                f.write(ln + "\n")
    dump(PREFIX + ".events.jsonl", (json.dumps(e, ensure_ascii=False) for e in events))
    dump(PREFIX + ".labels.jsonl", (json.dumps(x, ensure_ascii=False) for x in labels))
    dump(PREFIX + ".langs.tsv", ("%s\t%s" % p for p in langs))
    return len(events)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    n = write_outputs(out)
    print("wrote %d events to %s" % (n, out))
