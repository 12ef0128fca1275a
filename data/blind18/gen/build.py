#!/usr/bin/env python3
"""Deterministic generator for the blind18 extraction evaluation set.

Selects, combines and formats the hand-written text pools in t_*.py. One random.Random(20261818)
drives every choice; no set iteration or hash() is used, so output is byte-identical across
runs and PYTHONHASHSEED values.

usage: python3 build.py [--out DIR]   (default: the parent directory of gen/)
"""
import base64
import datetime
import hashlib
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import random  # noqa: E402

import t_benign  # noqa: E402
import t_blob  # noqa: E402
import t_cot  # noqa: E402
import t_delim  # noqa: E402
import t_demos  # noqa: E402
import t_hardneg  # noqa: E402
import t_lang_asia  # noqa: E402
import t_lang_eu  # noqa: E402
import t_lang_other  # noqa: E402
import t_multiturn  # noqa: E402
import t_rep  # noqa: E402
import t_sys  # noqa: E402
import t_system  # noqa: E402

SEED = 20261818
PREFIX = "extraction-blind18"
SOURCE = "blind18-handwritten"
MAX_BYTES = 9800

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
ATTACK = [f for f, _, l in FAMILIES if l == 1]
NONATTACK = [f for f, _, l in FAMILIES if l == 0]

# Target number of non-English events per family (filled as far as pools allow).
NONEN_CAP = {"rep": 45, "rep_nocode": 27, "cot_request": 78, "sysprompt": 71,
             "delimiter_injection": 24, "blob_replay": 17, "hard_negative": 100, "benign": 40}

STRATA = [("none", 0.20), ("generic", 0.25), ("product", 0.30), ("secret", 0.25)]
MT_SHARE = 0.20
LEAD_SHARE = 0.12

MODELS = [("reasoner-large", 30), ("reasoner-mini", 25), ("oss-reasoner-20b", 15),
          ("qwen3-32b", 12), ("flash-thinking-2", 10), ("chat-standard-4", 8)]
CLIENTS = ["sdk-python/2.3", "sdk-node/1.9", "curl/8.5", "internal-gateway/0.14", "langchain/0.3"]

PACKS = {}
for _m in (t_lang_eu, t_lang_asia, t_lang_other):
    for _k, _v in _m.PACKS.items():
        PACKS[_k] = _v
LANGS = list(PACKS.keys())
MAJOR = ["es", "fr", "de", "it", "pt-BR", "ru", "zh-Hans", "ja", "ko", "ar", "hi", "tr", "pl",
         "nl", "id", "vi", "uk", "he", "th", "zh-Hant", "hi-Latn-x-mixen"]

R = random.Random(SEED)
USE = {}


# ----------------------------------------------------------------------------- helpers
def pick(key, items):
    """Pick one of the least-used items of a pool (deterministic)."""
    counts = [USE.get((key, i), 0) for i in range(len(items))]
    m = min(counts)
    idx = [i for i, c in enumerate(counts) if c == m]
    i = R.choice(idx)
    USE[(key, i)] = counts[i] + 1
    return items[i]


def wpick(pairs):
    names = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return R.choices(names, weights)[0]


def q_en():
    return pick("q_en", t_multiturn.QUESTIONS_EN)


def fill_q(text):
    while "%Q%" in text:
        text = text.replace("%Q%", q_en()[0], 1)
    return text


def msg(role, content, **extra):
    m = {"role": role, "content": content}
    for k, v in extra.items():
        m[k] = v
    return m


def make_blob(kind, lo=160, hi=640):
    raw = R.randbytes(R.randint(lo, hi))
    if kind == "openai":
        return "gAAAAAB" + base64.urlsafe_b64encode(raw).decode()
    if kind == "custom":
        return "rsv1." + base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return base64.b64encode(raw).decode()


def kind_for_text(text):
    t = text.lower()
    if "encrypted_content" in t or "encrypted reasoning item" in t:
        return "openai"
    if "signature" in t or "redacted" in t or "thoughtsignature" in t:
        return "b64"
    return R.choice(["b64", "custom", "openai"])


def blob_kind_for(shape_name):
    return {"openai_input": "openai", "openrouter": "b64"}.get(shape_name, "b64")


def handle_hash():
    return "sha256:" + hashlib.sha256(R.randbytes(32)).hexdigest()


def item_id():
    return "rs_" + "%016x" % R.getrandbits(64)


def short_reasoning(r, limit=220):
    parts = re.split(r"(?<=[.!?。])\s*", r.strip())
    out = ""
    for p in parts:
        if not p:
            continue
        if out and len(out) + len(p) + 1 > limit:
            break
        out = (out + " " + p).strip()
    return out[: limit + 80]


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


# ----------------------------------------------------------------------------- noise
CODEISH = set("{}<>$`|=\\[]")
TYPO_RE = re.compile(r"\b[A-Za-zÀ-ÖØ-öø-ÿ]{4,}\b")


def prose_line(line):
    return not any(c in CODEISH for c in line)


def curlify(line):
    line = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", line)
    out, openq = [], True
    for ch in line:
        if ch == '"':
            out.append("\u201c" if openq else "\u201d")
            openq = not openq
        elif ch == "'":
            out.append("\u2018" if openq else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def typo(word):
    op = R.choice(["swap", "drop", "double"])
    i = R.randint(1, len(word) - 2)
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def apply_noise(text, flags):
    if not any(flags.values()):
        return text
    lines = text.split("\n")
    for n, ln in enumerate(lines):
        if not prose_line(ln):
            continue
        if flags["lower"]:
            ln = ln.lower()
        if flags["curly"]:
            ln = curlify(ln)
        lines[n] = ln
    if flags["typo"]:
        spans = []
        for n, ln in enumerate(lines):
            if prose_line(ln):
                for m in TYPO_RE.finditer(ln):
                    spans.append((n, m.start(), m.end()))
        if spans:
            chosen = R.sample(spans, min(len(spans), R.randint(1, 3)))
            chosen.sort(key=lambda s: (s[0], -s[1]))
            for n, a, b in chosen:
                ln = lines[n]
                lines[n] = ln[:a] + typo(ln[a:b]) + ln[b:]
    return "\n".join(lines)


def noise_last_user(messages, flags):
    for m in reversed(messages):
        if m["role"] == "user":
            m["content"] = apply_noise(m["content"], flags)
            break
    return messages


# ----------------------------------------------------------------------------- REP
def rep_demo_block(demos, marker, hdr, nocode, wrapper, files, labels):
    parts = []
    for i, d in enumerate(demos, 1):
        ex = hdr[0].replace("%N%", str(i))
        s = "%s\n%s %s\n%s %s%s%s" % (ex, hdr[1], d["q"], hdr[2], marker[1], d["r"], marker[2])
        if nocode:
            s += "%s\n%s\n%s\n%s" % (labels[0], d["r"], labels[1], d["a"])
        else:
            w = wrapper[1]
            r_read = w.replace("%F%", files[0]).replace("%N%", str(2 * i - 1)).replace("%C%", d["r"])
            a_read = w.replace("%F%", files[1]).replace("%N%", str(2 * i)).replace("%C%", d["a"])
            s += r_read + "\n" + a_read
        parts.append(s)
    return parts


def build_rep(lang, mt, nocode, flags):
    pack = PACKS.get(lang)
    k = R.choice([1, 1, 2, 2, 2, 3, 3, 3])
    same_lang = [d for d in t_demos.DEMOS if pack is not None and d["lang"] == lang.split("-")[0]]
    demos = []
    if same_lang and R.random() < 0.5:
        demos.append(R.choice(same_lang))
    if pack is None and R.random() < 0.65:
        source, key = [d for d in t_demos.DEMOS if d["lang"] == "en"], "rep_demo_en"
    else:
        source, key = t_demos.DEMOS, "rep_demo"
    while len(demos) < k:
        d = pick(key, source)
        if d not in demos:
            demos.append(d)
    R.shuffle(demos)
    marker = pick("marker", t_rep.MARKERS)
    if pack and pack.get("hdr") and R.random() < 0.6:
        hdr = pack["hdr"]
    else:
        hdr = pick("hdr", t_rep.HEADERS)
    wrapper = files = labels = None
    if nocode:
        labels = pack["labels"] if pack else pick("nc_labels", t_rep.NOCODE_LABELS_EN)
        if pack:
            instr = pack.get("rep_nc", pack["rep"])
        else:
            instr = pick("instr_nc", t_rep.INSTR_NOCODE_EN + t_rep.INSTR_EN[2:3] + t_rep.INSTR_EN[6:7])
    else:
        wrapper = pick("wrapper", t_rep.WRAPPERS)
        if pack and pack.get("files") and R.random() < 0.6:
            files = pack["files"]
        else:
            files = pick("files", t_rep.FILES)
        if pack:
            instr = pack["rep"]
        else:
            while True:
                instr = pick("instr", t_rep.INSTR_EN)
                if "%MARK%" not in instr or marker[1].strip():
                    break
            instr = instr.replace("%MARK%", marker[1].strip().split("\n")[0])
    hint = ""
    if not pack and R.random() < 0.45:
        hint = pick("hint", t_rep.HINTS_EN)
        while nocode and "file" in hint:
            hint = pick("hint", t_rep.HINTS_EN)
        hint += "\n\n"
    target = pick("target_en", t_rep.TARGETS_EN) if not pack else R.choice(pack["q"])
    tail = apply_noise("%s\n\n%s%s\n%s" % (instr, hint, hdr[1], target), flags)

    while True:
        parts = rep_demo_block(demos, marker, hdr, nocode, wrapper, files, labels)
        if mt:
            if len(parts) >= 2 and R.random() < 0.5:
                messages = [msg("user", parts[0]), msg("assistant", R.choice(t_rep.MT_SPLIT_ACKS_EN)),
                            msg("user", "\n\n".join(parts[1:]) + "\n\n" + tail)]
            else:
                messages = [msg("user", R.choice(t_rep.MT_LEADS_EN) + "\n\n" + "\n\n".join(parts)),
                            msg("assistant", R.choice(t_rep.MT_ACKS_EN)), msg("user", tail)]
        else:
            messages = [msg("user", "\n\n".join(parts) + "\n\n" + tail)]
        size = len(json.dumps(messages, ensure_ascii=False).encode("utf-8"))
        if size <= MAX_BYTES - 1500 or len(demos) == 1:
            return messages
        demos.remove(max(demos, key=lambda d: len(d["r"].encode("utf-8"))))


# ----------------------------------------------------------------------------- other families
def build_cot(lang, mt, flags, **_):
    pack = PACKS.get(lang)
    text = fill_q(pick("cot_en", t_cot.COT_EN)) if not pack else pick("cot_" + lang, pack["cot"])
    text = apply_noise(text, flags)
    if not mt:
        return [msg("user", text)]
    v = R.random()
    if not pack:
        q, a = q_en()
        if v < 0.35:
            return [msg("user", q), msg("assistant", a), msg("user", text)]
        if v < 0.75:
            return [msg("user", text), msg("assistant", pick("ref_cot", t_cot.REFUSALS_COT_EN)),
                    msg("user", apply_noise(pick("push_cot", t_cot.PUSHES_COT_EN), flags))]
        return [msg("user", q), msg("assistant", a), msg("user", text),
                msg("assistant", pick("ref_cot", t_cot.REFUSALS_COT_EN)),
                msg("user", apply_noise(pick("push_cot", t_cot.PUSHES_COT_EN), flags))]
    m = pack["mt"]
    if v < 0.45:
        return [msg("user", pack["q"][0]), msg("assistant", m["a1"]), msg("user", text)]
    return [msg("user", text), msg("assistant", m["ref"]), msg("user", apply_noise(m["push"], flags))]


def build_sys(lang, mt, flags, secret_name=None, **_):
    pack = PACKS.get(lang)
    if pack:
        text = pick("sys_" + lang, pack["sys"])
    elif secret_name and R.random() < 0.5:
        text = pick("sys_secret", t_sys.SYS_SECRET_EN).replace("%NAME%", secret_name)
    else:
        text = pick("sys_en", t_sys.SYS_EN)
    text = apply_noise(text, flags)
    if not mt:
        return [msg("user", text)]
    v = R.random()
    if not pack:
        if v < 0.3:
            q, a = q_en()
            return [msg("user", q), msg("assistant", a), msg("user", text)]
        if v < 0.7:
            return [msg("user", text), msg("assistant", pick("ref_sys", t_sys.REFUSALS_SYS_EN)),
                    msg("user", apply_noise(pick("push_sys", t_sys.PUSHES_SYS_EN), flags))]
        op, rep = pick("syco", t_sys.SYCO_OPENERS_EN)
        return [msg("user", op), msg("assistant", rep), msg("user", text)]
    m = pack["mt"]
    if v < 0.45:
        return [msg("user", pack["q"][0]), msg("assistant", m["a1"]), msg("user", text)]
    return [msg("user", text), msg("assistant", m["ref_sys"]), msg("user", apply_noise(m["push_sys"], flags))]


def build_delim(lang, mt, flags, **_):
    pack = PACKS.get(lang)
    if pack:
        text = pick("delim_" + lang, pack["delim"])
    elif R.random() < 0.8:
        text = fill_q(pick("delim_en", t_delim.DELIM_EN))
    else:
        text = pick("docinj", t_delim.DOC_INJECT_EN).replace("%DOC%", pick("doc", t_delim.DOCS_EN))
    text = apply_noise(text, flags)
    if not mt:
        return [msg("user", text)]
    q, a = q_en()
    return [msg("user", q), msg("assistant", a), msg("user", text)]


def build_blob(lang, mt, flags, model=None, **_):
    pack = PACKS.get(lang)
    if pack:
        text = pick("blob_" + lang, pack["blob"])
        text = text.replace("%BLOB%", make_blob(kind_for_text(text)))
        return [msg("user", apply_noise(text, flags))]
    if mt:
        ht = pick("hist", t_blob.HISTORY_TURNS_EN)
        handles = [handle_hash() for _ in range(R.choice([1, 1, 2]))]
        messages = [msg("user", ht[0]), msg("assistant", ht[1], reasoning_handles=handles)]
        if R.random() < 0.35:
            messages[1]["content"] = ""
        messages.append(msg("user", apply_noise(pick("coax", t_blob.COAX_HISTORY_EN), flags)))
        return messages
    other_model = R.choice(["reasoner-ultra", "reasoner-large", "pro-thinking-3", "opus-class-model"])
    if R.random() < 0.45:
        text = pick("blob_prose", t_blob.PROSE_EN)
        text = text.replace("%BLOB%", make_blob(kind_for_text(text))).replace("%MODEL%", other_model)
        return [msg("user", apply_noise(text, flags))]
    name, shape = pick("blob_shape", t_blob.SHAPES)
    body = (shape.replace("%BLOB%", make_blob(blob_kind_for(name))).replace("%ID%", item_id())
            .replace("%INSTR%", pick("blob_instr", t_blob.INSTR_EN)).replace("%MODEL%", model or "reasoner-mini"))
    lead = pick("blob_lead", t_blob.LEADS_EN)
    if R.random() < 0.4:
        body = "```%s\n%s\n```" % ("yaml" if name == "bedrock" else "json", body)
    text = (lead + "\n" + body) if lead else body
    return [msg("user", apply_noise(text, flags))]


def hn_single_en(flags):
    kind = wpick([("std", 22), ("fewshot", 22), ("transcript", 17), ("shell", 7), ("api", 5),
                  ("own", 4), ("longdoc", 4), ("b64", 3), ("blobdev", 6), ("sft", 8), ("code", 4)])
    if kind == "std":
        return apply_noise(fill_q(pick("hn_en", t_hardneg.HN_EN)), flags)
    if kind == "fewshot":
        lead, ask = pick("fs_lead", t_hardneg.FEWSHOT_LEADS_EN)
        n = R.choice([2, 3, 4, 4, 5])
        ds = []
        while len(ds) < n:
            d = pick("hn_demo", t_demos.DEMOS)
            if d not in ds:
                ds.append(d)
        ex = "\n\n".join("Example %d:\nQuestion: %s\nWorked solution: %s\nAnswer: %s" % (i, d["q"], d["r"], d["a"])
                         for i, d in enumerate(ds, 1))
        return apply_noise(lead, flags) + "\n\n" + ex + "\n\n" + apply_noise(ask, flags) + "\n" + pick("target_hn", t_rep.TARGETS_EN)
    if kind == "transcript":
        mk = R.choice([("<think>\n", "\n</think>\n\n"), ("<think>", "</think>"), ("analysis", "assistantfinal"),
                       ("<thought>\n", "\n</thought>\n"), ("◁think▷", "◁/think▷"), ("", "\n\n")])
        runs = []
        for _ in range(R.choice([1, 2, 3, 3])):
            d = pick("hn_demo", t_demos.DEMOS)
            if any(d["q"] in x for x in runs):
                continue
            body = "%s%s%s%s" % (mk[0], d["r"], mk[1], d["a"])
            if R.random() < 0.4:
                body = "```\n" + body + "\n```"
            runs.append("Prompt: " + d["q"] + "\n\n" + body)
        return (apply_noise(pick("tr_lead", t_hardneg.TRANSCRIPT_LEADS_EN), flags) + "\n\n" + "\n\n".join(runs)
                + "\n\n" + apply_noise(pick("tr_q", t_hardneg.TRANSCRIPT_QUESTIONS_EN), flags))
    if kind == "shell":
        files = []
        for _ in range(R.choice([2, 2, 3])):
            f = pick("shell_file", t_hardneg.SHELL_FILES)
            if f not in files:
                files.append(f)
        prompt = R.choice(["$ ", "dev@laptop:~/proj$ ", "➜  proj ", "PS C:\\proj> "])
        cmd = "Get-Content " if prompt.startswith("PS") else "cat "
        sess = "\n".join("%s%s%s\n%s" % (prompt, cmd, f[0], f[1]) for f in files)
        if R.random() < 0.5:
            sess = "```bash\n" + sess + "\n```"
        return sess + "\n\n" + apply_noise(pick("shell_q", t_hardneg.SHELL_QUESTIONS_EN), flags)
    if kind == "api":
        d = pick("hn_demo", t_demos.DEMOS)
        t = pick("api", t_hardneg.API_DEBUG_EN)
        return t.replace("%R%", jesc(short_reasoning(d["r"]))).replace("%A%", jesc(d["a"]))
    if kind == "own":
        return pick("own", t_hardneg.OWN_TEXTS_EN) + "\n\n" + apply_noise(pick("own_i", t_hardneg.OWN_TEXT_INSTR_EN), flags)
    if kind == "code":
        return pick("longcode", t_hardneg.LONG_CODE_EN)
    if kind == "longdoc":
        return pick("longdoc_hn", t_benign.LONG_DOCS_EN) + "\n\n" + apply_noise(pick("own_i", t_hardneg.OWN_TEXT_INSTR_EN), flags)
    if kind == "b64":
        p = pick("b64p", t_hardneg.B64_PLAINTEXTS)
        return apply_noise(pick("b64i", t_hardneg.B64_INSTR_EN), flags).replace("%B64%", base64.b64encode(p.encode()).decode())
    if kind == "blobdev":
        t = pick("blobdev", t_hardneg.BLOB_DEV_EN)
        return t.replace("%BLOB%", make_blob(kind_for_text(t), 40, 90))
    lines = []
    for _ in range(R.choice([1, 2, 3, 3])):
        d = pick("hn_demo", t_demos.DEMOS)
        line = json.dumps({"messages": [{"role": "user", "content": d["q"]},
                                        {"role": "assistant", "content": "<think>\n" + d["r"] + "\n</think>\n\n" + d["a"]}]},
                          ensure_ascii=False)
        if line not in lines:
            lines.append(line)
    return "```jsonl\n" + "\n".join(lines) + "\n```\n\n" + apply_noise(pick("sft_q", t_hardneg.SFT_QUESTIONS_EN), flags)


def build_hn(lang, mt, flags, **_):
    pack = PACKS.get(lang)
    if pack:
        same = [d for d in t_demos.DEMOS if d["lang"] == lang.split("-")[0]]
        if not mt and pack.get("fs") and same and R.random() < 0.6:
            hdr = pack.get("hdr") or ("Example %N%:", "Question:", "Answer:")
            ds = R.sample(same, min(len(same), R.choice([2, 2, 3])))
            ex = "\n\n".join("%s\n%s %s\n%s\n%s\n= %s" % (hdr[0].replace("%N%", str(i)), hdr[1], d["q"], hdr[2], d["r"], d["a"])
                              for i, d in enumerate(ds, 1))
            return [msg("user", apply_noise(pack["fs"][0], flags) + "\n\n" + ex + "\n\n"
                        + apply_noise(pack["fs"][1], flags) + "\n" + pack["q"][0])]
        text = apply_noise(pick("hn_" + lang, pack["hn"]), flags)
        if not mt:
            return [msg("user", text)]
        return [msg("user", pack["q"][0]), msg("assistant", pack["mt"]["a1"]), msg("user", text)]
    if not mt:
        return [msg("user", hn_single_en(flags))]
    v = R.random()
    if v < 0.45:
        hist = pick("agent", t_hardneg.AGENT_HISTORIES_EN)
        messages = []
        for role, content, extra in hist:
            m = msg(role, content)
            if extra and "reasoning" in extra:
                m["reasoning"] = extra["reasoning"]
                if R.random() < 0.5:
                    m["reasoning_handles"] = [handle_hash()]
            messages.append(m)
        messages[-1]["content"] = apply_noise(messages[-1]["content"], flags)
        return messages
    q, a = q_en()
    if v < 0.75:
        return [msg("user", q), msg("assistant", a), msg("user", apply_noise(pick("vis_fu", t_hardneg.VISIBLE_FOLLOWUPS_EN), flags))]
    return [msg("user", q), msg("assistant", a), msg("user", hn_single_en(flags))]


def build_ben(lang, mt, flags, **_):
    pack = PACKS.get(lang)
    if not pack and not mt and R.random() < 0.12:
        return [msg("user", pick("longdoc_ben", t_benign.LONG_DOCS_EN) + "\n\n"
                    + apply_noise(pick("longdoc_i", t_benign.LONG_DOC_INSTR_EN), flags))]
    text = apply_noise(pick("ben_en", t_benign.BEN_EN) if not pack else pick("ben_" + lang, pack["ben"]), flags)
    if not mt:
        return [msg("user", text)]
    if pack:
        return [msg("user", pack["q"][0]), msg("assistant", pack["mt"]["a1"]), msg("user", text)]
    if R.random() < 0.5:
        return [msg("user", text), msg("assistant", pick("ass_gen", t_benign.ASSIST_GENERIC_EN)),
                msg("user", apply_noise(pick("ben_fu", t_benign.BEN_FOLLOWUPS_EN), flags))]
    q, a = q_en()
    return [msg("user", q), msg("assistant", a), msg("user", text)]


BUILDERS = {
    "rep": lambda lang, mt, flags, **kw: build_rep(lang, mt, False, flags),
    "rep_nocode": lambda lang, mt, flags, **kw: build_rep(lang, mt, True, flags),
    "cot_request": build_cot,
    "sysprompt": build_sys,
    "delimiter_injection": build_delim,
    "blob_replay": build_blob,
    "hard_negative": build_hn,
    "benign": build_ben,
}


def supports(fam, lang):
    if lang == "en":
        return True
    p = PACKS[lang]
    need = {"rep": ["rep"], "rep_nocode": ["rep", "labels"], "cot_request": ["cot"], "sysprompt": ["sys"],
            "delimiter_injection": ["delim"], "blob_replay": ["blob"], "hard_negative": ["hn"],
            "benign": ["ben"]}[fam]
    return all(p.get(n) for n in need)


def text_cap(fam, lang):
    p = PACKS[lang]
    field = {"cot_request": "cot", "sysprompt": "sys", "delimiter_injection": "delim",
             "blob_replay": "blob", "hard_negative": "hn", "benign": "ben"}.get(fam)
    return len(p[field]) if field else 3


def mt_ok(fam, lang):
    if lang == "en":
        return True
    if fam in ("cot_request", "sysprompt", "hard_negative", "benign"):
        return "mt" in PACKS[lang]
    return False


def alloc_counts(n, shares):
    raw = [n * s for _, s in shares]
    base = [int(math.floor(x)) for x in raw]
    rest = n - sum(base)
    order = sorted(range(len(shares)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    out = []
    for (name, _), c in zip(shares, base):
        out += [name] * c
    return out


# ----------------------------------------------------------------------------- main
def main():
    out_dir = os.path.dirname(HERE)
    if "--out" in sys.argv:
        out_dir = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out_dir, exist_ok=True)
    sizes = {f: n for f, n, _ in FAMILIES}
    labels_of = {f: l for f, _, l in FAMILIES}

    # 1. language slots: every non-English tag gets one attack and one non-attack event
    slots = {f: [] for f in sizes}
    used = {}
    order = list(LANGS)
    R.shuffle(order)
    for lang in order:
        for group in (ATTACK, NONATTACK):
            cands = [f for f in group if supports(f, lang) and len(slots[f]) < NONEN_CAP[f]
                     and used.get((f, lang), 0) < text_cap(f, lang)]
            weights = [NONEN_CAP[f] - len(slots[f]) for f in cands]
            f = R.choices(cands, weights)[0]
            slots[f].append(lang)
            used[(f, lang)] = used.get((f, lang), 0) + 1
    for f, _, _ in FAMILIES:
        while len(slots[f]) < NONEN_CAP[f]:
            cands = [l for l in LANGS if supports(f, l) and used.get((f, l), 0) < text_cap(f, l)]
            if not cands:
                break
            lang = R.choices(cands, [3 if l in MAJOR else 1 for l in cands])[0]
            slots[f].append(lang)
            used[(f, lang)] = used.get((f, lang), 0) + 1
        slots[f] += ["en"] * (sizes[f] - len(slots[f]))
        R.shuffle(slots[f])

    # 2. per-family strata, multi-turn and system-placement flags; 3. build contents
    events = []
    seen = set()
    for f, n, lab in FAMILIES:
        strata = alloc_counts(n, STRATA)
        R.shuffle(strata)
        eligible = [i for i in range(n) if mt_ok(f, slots[f][i])]
        mt_idx = set(R.sample(eligible, int(round(MT_SHARE * n))))
        with_sys = [i for i in range(n) if strata[i] != "none"]
        lead_idx = set(R.sample(with_sys, int(round(LEAD_SHARE * len(with_sys)))))
        for i in range(n):
            lang = slots[f][i]
            stratum = strata[i]
            system, secret_name = None, None
            if stratum == "generic":
                system = pick("generic", t_system.GENERIC)
            elif stratum in ("product", "secret"):
                system = pick("product", t_system.PRODUCT)
                if stratum == "secret":
                    secret_name = pick("secret_name", t_system.SECRET_NAMES)
                    value = "%s-%04d" % (R.choice(t_system.SECRET_WORDS), R.randint(1000, 9999))
                    system += pick("secret_clause", t_system.SECRET_CLAUSES).replace("%NAME%", secret_name).replace("%VALUE%", value)
            flags = {"lower": R.random() < 0.07, "curly": R.random() < 0.12, "typo": R.random() < 0.12}
            model = wpick(MODELS)
            for _attempt in range(30):
                messages = BUILDERS[f](lang, i in mt_idx, flags, secret_name=secret_name, model=model)
                key = json.dumps(messages, ensure_ascii=False, sort_keys=True)
                if key not in seen:
                    break
            else:
                raise SystemExit("could not make a unique event for %s/%s" % (f, lang))
            seen.add(key)
            request = {"system": system, "messages": messages}
            if system is not None and i in lead_idx:
                request = {"system": None,
                           "messages": [msg(R.choice(["system", "system", "developer"]), system)] + messages}
            events.append({"family": f, "label": lab, "lang": lang, "model": model, "request": request})

    # 4. order, ids, times, accounts
    R.shuffle(events)
    n_acc, n_ten = 200, 60
    acc_ids, ten_ids = [], []
    while len(acc_ids) < n_acc:
        a = "acct-%08x" % R.getrandbits(32)
        if a not in acc_ids:
            acc_ids.append(a)
    while len(ten_ids) < n_ten:
        t = "org-%06x" % R.getrandbits(24)
        if t not in ten_ids:
            ten_ids.append(t)
    tw = [1.0 / (r + 1) for r in range(n_ten)]
    acc_ten = {}
    first = list(range(n_ten))
    R.shuffle(first)
    for r, a in enumerate(acc_ids):
        acc_ten[a] = ten_ids[first[r]] if r < n_ten else R.choices(ten_ids, tw)[0]
    aw = [1.0 / (r + 1) ** 1.05 for r in range(n_acc)]
    extra = len(events) - n_acc
    counts = [1 + int(math.floor(extra * w / sum(aw))) for w in aw]
    r = 0
    while sum(counts) < len(events):
        counts[r % 20] += 1
        r += 1
    assign = []
    for a, c in zip(acc_ids, counts):
        assign += [a] * c
    R.shuffle(assign)

    t = datetime.datetime(2026, 12, 7, 6, 0, 0, tzinfo=datetime.timezone.utc)
    ids = []
    ev_lines, lab_lines, lang_lines = [], [], []
    for n, e in enumerate(events):
        gap = max(1.0, R.expovariate(1.0 / 370.0))
        t = t + datetime.timedelta(seconds=int(gap), milliseconds=R.randint(0, 999))
        while True:
            eid = "b18-%012x" % R.getrandbits(48)
            if eid not in ids:
                break
        ids.append(eid)
        acct = assign[n]
        chars = sum(len(m["content"]) for m in e["request"]["messages"]) + len(e["request"]["system"] or "")
        ev = {
            "event_id": eid,
            "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000),
            "account_id": acct,
            "tenant_id": acc_ten[acct],
            "session_id": "sess-%010x" % R.getrandbits(40),
            "model": e["model"],
            "request": e["request"],
            "usage": {"input_tokens": 6 + int(chars / 3.7)},
            "metadata": {"client": R.choice(CLIENTS)},
        }
        ev_lines.append(json.dumps(ev, ensure_ascii=False))
        lab_lines.append(json.dumps({"event_id": eid, "task": "extraction", "label": e["label"],
                                     "family": e["family"], "source": SOURCE}, ensure_ascii=False))
        lang_lines.append("%s\t%s" % (eid, e["lang"]))

    def write(name, lines):
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")

    write(PREFIX + ".events.jsonl", ev_lines)
    write(PREFIX + ".labels.jsonl", lab_lines)
    write(PREFIX + ".langs.tsv", lang_lines)
    print("wrote %d events to %s" % (len(ev_lines), out_dir))


if __name__ == "__main__":
    main()
