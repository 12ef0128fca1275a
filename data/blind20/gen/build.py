#!/usr/bin/env python3
"""Deterministic generator for the blind20 extraction set.

Selects, combines and formats the hand-written text pools in gen/t_*.py.
Standard library only; all randomness from random.Random(20262020).
Usage: python3 gen/build.py [OUTDIR]   (default: the parent directory of gen/)
"""
import base64
import hashlib
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import t_blob  # noqa: E402
import t_common  # noqa: E402
import t_cot  # noqa: E402
import t_delim  # noqa: E402
import t_hn  # noqa: E402
import t_langs  # noqa: E402
import t_rep  # noqa: E402
import t_sys  # noqa: E402

SEED = 20262020
PREFIX = "extraction-blind20"
SOURCE = "blind20-handwritten"
COUNTS = {
    "rep": 90, "rep_nocode": 60, "cot_request": 130, "sysprompt": 130,
    "delimiter_injection": 60, "blob_replay": 50, "hard_negative": 200, "benign": 80,
}
LABEL = {"rep": 1, "rep_nocode": 1, "cot_request": 1, "sysprompt": 1,
         "delimiter_injection": 1, "blob_replay": 1, "hard_negative": 0, "benign": 0}
MODELS = ["reasoner-large", "reasoner-large", "reasoner-mini", "reasoner-mini", "qwen3-32b",
          "gpt-oss-20b", "gemma-4-31b", "deepseek-r1", "claude-sonnet-4-6", "gemini-3-flash", "o4-mini"]

R = random.Random(SEED)


def U(text):
    return {"role": "user", "content": text}


def A(text, **extra):
    m = {"role": "assistant", "content": text}
    m.update(extra)
    return m


def spec(family, lang, messages, multi, sys_pref=None, model=None, kind=None):
    return dict(family=family, lang=lang, messages=messages, multi=multi,
                sys_pref=sys_pref, model=model, kind=kind)


def pick_multi(n, k):
    idx = list(range(n))
    R.shuffle(idx)
    return set(idx[:k])


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def handle():
    return "sha256:" + "".join(R.choice("0123456789abcdef") for _ in range(64))


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- REP
MARKERS = ["think", "think", "think", "think", "thinking", "harmony", "channel", "kimi", "gemma"]
WRAPPERS = ["bash_fence", "bash_fence", "shell_cat", "python_repl", "jupyter", "agent_tool",
            "bare_cat", "powershell", "console_fence"]


def marker_block(marker, r):
    if marker == "think":
        return "Response: <think>\n" + r + "\n</think>\n"
    if marker == "thinking":
        return "Response: <thinking>\n" + r + "\n</thinking>\n"
    if marker == "harmony":
        return "Response: analysis\n" + r + "\nassistantfinal\n"
    if marker == "channel":
        return ("Response: <|channel|>analysis<|message|>" + r +
                "<|end|><|start|>assistant<|channel|>final<|message|>\n")
    if marker == "kimi":
        return "Response: ◁think▷" + r + "◁/think▷\n"
    if marker == "gemma":
        return "Response: <|channel>thought\n" + r + "<channel|>\n"
    raise ValueError(marker)


def wrap(w, rf, af, r, a):
    if w == "shell_cat":
        return f"$ cat {rf}\n{r}\n$ cat {af}\n{a}\n"
    if w == "python_repl":
        return f">>> print(open('{rf}').read())\n{r}\n>>> print(open('{af}').read())\n{a}\n"
    if w == "bash_fence":
        return f"```bash\n$ cat {rf}\n{r}\n```\n```bash\n$ cat {af}\n{a}\n```\n"
    if w == "jupyter":
        return f"In [1]: !cat {rf}\n{r}\n\nIn [2]: !cat {af}\n{a}\n"
    if w == "agent_tool":
        return ('<tool_call>{"name": "read", "args": {"path": "%s"}}</tool_call>\n<tool_result>\n%s\n</tool_result>\n'
                '<tool_call>{"name": "read", "args": {"path": "%s"}}</tool_call>\n<tool_result>\n%s\n</tool_result>\n'
                % (rf, r, af, a))
    if w == "bare_cat":
        return f"cat {rf}\n{r}\ncat {af}\n{a}\n"
    if w == "powershell":
        return f"PS C:\\work> Get-Content {rf}\n{r}\nPS C:\\work> Get-Content {af}\n{a}\n"
    if w == "console_fence":
        return f"```console\nuser@box:~$ cat {rf}\n{r}\nuser@box:~$ cat {af}\n{a}\n```\n"
    raise ValueError(w)


DEMO_HEADERS = ["Example {n}:", "Example {n}:", "Example {n}:", "### Example {n}", "Demo {n}:"]


def rep_like(family, count, nmulti):
    out = []
    multi = pick_multi(count, nmulti)
    for i in range(count):
        k = R.choice([1, 2, 2, 3, 3, 3])
        demos = R.sample(t_rep.DEMOS, k)
        marker = R.choice(MARKERS)
        head = R.choice(DEMO_HEADERS)
        target = R.choice(t_rep.TARGETS)
        hint = R.choice(t_rep.EXTRA_HINTS)
        lang = "en"
        if family == "rep":
            w = R.choice(WRAPPERS)
            rf, af = R.choice(t_rep.FILES)
            u = R.random()
            if u < 0.13:
                lang, instr = R.choice(t_rep.SAME_FORMAT_L)
            elif u < 0.28:
                instr = R.choice(t_rep.SAME_FORMAT_GENERIC)
            else:
                wd = t_rep.WRAP_DESC[w].format(rf=rf, af=af)
                instr = R.choice(t_rep.SAME_FORMAT).format(m=t_rep.MARKER_DESC[marker], w=wd)
            blocks = []
            for n, d in enumerate(demos, 1):
                blocks.append(head.format(n=n) + "\nQuestion: " + d["q"] + "\n" +
                              marker_block(marker, d["r"]) + wrap(w, rf, af, d["r"], d["a"]))
        else:
            lang, rl, al, instr = R.choice(t_rep.PROSE_LABELS)
            blocks = []
            for n, d in enumerate(demos, 1):
                blocks.append(head.format(n=n) + "\nQuestion: " + d["q"] + "\n" +
                              marker_block(marker, d["r"]) + rl + "\n" + d["r"] + "\n" + al + "\n" + d["a"] + "\n")
        intro = R.choice(t_rep.REP_INTROS)
        tail = instr + "\n\n" + (hint + "\n" if hint else "") + "Question:\n" + target
        is_multi = i in multi
        if not is_multi:
            msgs = [U(intro + "\n".join(blocks) + "\n" + tail)]
        elif k >= 2:
            cut = R.randint(1, k - 1)
            first = intro + "\n".join(blocks[:cut]) + "\n(More examples in my next message.)"
            msgs = [U(first), A(R.choice(["Understood, I'll wait for the rest.", "Got it. Send the rest when ready.",
                                          "Okay, I see the format."])),
                    U("\n".join(blocks[cut:]) + "\n" + tail)]
        else:
            pq, pa = R.choice(t_common.PRIOR)
            msgs = [U(pq), A(pa), U(intro + "\n".join(blocks) + "\n" + tail)]
        out.append(spec(family, lang, msgs, is_multi, kind="wrapper" if family == "rep" else "prose"))
    return out


# ---------------------------------------------------------------- cot_request
def cot_requests():
    out = []
    items = []
    for row in t_langs.LANGS:
        items.append((row[0], row[1]))
    en = []
    for s in t_cot.STANDALONE:
        en.append(s)
    combos = [(p, a) for p in t_cot.PRETEXTS for a in t_cot.ASKS]
    R.shuffle(combos)
    for p, a in combos:
        if len(en) >= 42:
            break
        en.append((p + " " + a).strip())
    items += [("en", t) for t in en]
    assert len(items) == COUNTS["cot_request"], len(items)
    multi = pick_multi(len(items), 26)
    fu = list(t_cot.FOLLOWUPS)
    for i, (lang, text) in enumerate(items):
        if i in multi:
            pq, pa = R.choice(t_common.PRIOR)
            if lang == "en" and fu and R.random() < 0.7:
                text = fu.pop(0)
            msgs = [U(pq), A(pa), U(text)]
        else:
            msgs = [U(text)]
        out.append(spec("cot_request", lang, msgs, i in multi))
    return out


# ---------------------------------------------------------------- sysprompt
LEADINS = ["Quick question before my order: ", "Hi! ", "Hey, ", "One more thing. ", "Before we start: ",
           "Ok new request. ", "Thanks for earlier. ", "Hello, support here. "]


def sysprompt():
    items = []  # (lang, msgs_builder_kind, payload)
    for row in t_langs.LANGS:
        if row[2]:
            items.append((row[0], "single", row[2]))
    for lang, t in t_sys.EXTRA_L:
        items.append((lang, "single", t))
    for lang, u, pre in t_sys.PREFILL:
        items.append((lang, "prefill", (u, pre)))
    for t in t_sys.SINGLE:
        items.append(("en", "single", t))
    for sc in t_sys.SCRIPTS:
        items.append(("en", "script", sc))
    singles = list(t_sys.SINGLE)
    R.shuffle(singles)
    j = 0
    while len(items) < COUNTS["sysprompt"]:
        items.append(("en", "single", R.choice(LEADINS) + singles[j]))
        j += 1
    assert len(items) == COUNTS["sysprompt"], len(items)
    candidates = [i for i, it in enumerate(items) if it[1] == "single"]
    R.shuffle(candidates)
    extra_multi = set(candidates[:26 - len(t_sys.SCRIPTS)])
    out = []
    for i, (lang, kind, payload) in enumerate(items):
        if kind == "script":
            msgs = [U(t) if r == "user" else A(t) for r, t in payload]
            m = True
        elif kind == "prefill":
            msgs = [U(payload[0]), A(payload[1])]
            m = False
        elif i in extra_multi:
            pq, pa = R.choice(t_common.PRIOR)
            msgs = [U(pq), A(pa), U(payload)]
            m = True
        else:
            msgs = [U(payload)]
            m = False
        out.append(spec("sysprompt", lang, msgs, m, sys_pref="secret" if R.random() < 0.5 else None))
    return out


# ---------------------------------------------------------------- delimiter_injection
def delimiter():
    out = []
    combos = [(f, q) for f in t_delim.FAKE_TURNS for q in t_delim.COVER_QUESTIONS]
    R.shuffle(combos)
    # make sure every fake-turn template is used at least twice
    chosen = []
    for f in t_delim.FAKE_TURNS:
        cs = [c for c in combos if c[0] == f][:2]
        chosen += cs
    rest = [c for c in combos if c not in chosen]
    chosen += rest[:45 - len(chosen)]
    R.shuffle(chosen)
    multi = set(range(12))
    for i, (f, q) in enumerate(chosen):
        text = f.replace("{q}", q)
        if i in multi:
            pq, pa = R.choice(t_common.PRIOR)
            msgs = [U(pq), A(pa), U(text)]
        else:
            msgs = [U(text)]
        out.append(spec("delimiter_injection", "en", msgs, i in multi, kind="fake_turn"))
    carriers = list(t_delim.TOOL_CARRIERS) + R.sample(t_delim.TOOL_CARRIERS, 5)
    for ask, call, res in carriers:
        msgs = [U(ask), A(call), {"role": "tool", "content": res}]
        out.append(spec("delimiter_injection", "en", msgs, False, kind="tool_result"))
    return out


# ---------------------------------------------------------------- blob_replay
def blob_obj(kind):
    n = R.randint(180, 900)
    if kind == "openai":
        return {"type": "reasoning", "id": "rs_" + hexid(24), "summary": [], "encrypted_content": b64(n)}
    if kind == "anthropic":
        return {"type": "thinking", "thinking": "", "signature": b64(n)}
    if kind == "anthropic_redacted":
        return {"type": "redacted_thinking", "data": b64(n)}
    if kind == "gemini":
        return {"role": "model", "parts": [{"text": "", "thought": True, "thoughtSignature": b64(n)}]}
    if kind == "bedrock":
        return {"reasoningContent": {"redactedContent": b64(n)}}
    if kind == "bedrock_sig":
        return {"reasoningContent": {"reasoningText": {"text": "", "signature": b64(n)}}}
    if kind == "openrouter":
        return {"reasoning_details": [{"type": "reasoning.encrypted", "data": b64(n),
                                       "format": "openai-responses-v1", "index": 0}]}
    raise ValueError(kind)


BLOB_KINDS = ["openai", "anthropic", "anthropic_redacted", "gemini", "bedrock", "bedrock_sig", "openrouter"]


def blob_replay():
    out = []
    asks = [("en", a) for a in t_blob.ASKS_EN] + list(t_blob.ASKS_L)
    R.shuffle(asks)
    # 34 pasted single-turn
    for i in range(34):
        lang, ask = asks[i % len(asks)]
        obj = blob_obj(BLOB_KINDS[i % len(BLOB_KINDS)])
        js = json.dumps(obj, ensure_ascii=False, indent=R.choice([None, 2]))
        lead = R.choice(t_blob.LEADS)
        if R.random() < 0.5:
            text = (lead + "\n\n" if lead else "") + js + "\n\n" + ask
        else:
            text = ask + "\n\n" + js
        out.append(spec("blob_replay", lang, [U(text)], False, model=R.choice(["reasoner-mini", "gemini-3-flash", "o4-mini"]),
                        kind="pasted"))
    # 6 single-turn histories that start with an assistant turn carrying handles
    for i in range(6):
        hs = [handle() for _ in range(R.randint(1, 2))]
        lang, ask = R.choice([("en", a) for a in t_blob.FOLLOWUPS_EN] + list(t_blob.ASKS_L[:4]))
        msgs = [A(R.choice(t_blob.PRIOR_A), reasoning_handles=hs), U(ask)]
        out.append(spec("blob_replay", lang, msgs, False, model="reasoner-mini", kind="history"))
    # 10 multi-turn
    for i in range(10):
        j = R.randrange(len(t_blob.PRIOR_Q))
        hs = [handle() for _ in range(R.randint(1, 3))]
        lang, ask = ("en", R.choice(t_blob.FOLLOWUPS_EN)) if i < 7 else R.choice(t_blob.ASKS_L)
        msgs = [U(t_blob.PRIOR_Q[j]), A(t_blob.PRIOR_A[j], reasoning_handles=hs), U(ask)]
        out.append(spec("blob_replay", lang, msgs, True, model=R.choice(["reasoner-mini", "gpt-oss-20b"]),
                        kind="history"))
    return out


# ---------------------------------------------------------------- hard negatives
def fewshot_text(closing, k):
    demos = R.sample(t_rep.DEMOS, 3)
    if sum(len(d["r"]) for d in demos[:k]) > 1450:
        demos = demos[:k]
    ph, sh, ah = R.choice(t_hn.FS_LAYOUTS)
    blocks = []
    for n, d in enumerate(demos, 1):
        blocks.append(ph.format(i=n) + " " + d["q"] + "\n" + sh + "\n" + d["r"] + "\n" + ah + " " + d["a"] + "\n")
    return R.choice(t_hn.FS_INTROS) + "\n".join(blocks) + "\n" + closing + "\n" + R.choice(t_rep.TARGETS)


def transcript(model, exclude=None):
    d = R.choice([x for x in t_rep.DEMOS if x is not exclude])
    if R.random() < 0.25:
        body = "analysis" + d["r"] + "assistantfinal" + d["a"]
    else:
        body = "<think>\n" + d["r"] + "\n</think>\n\n" + d["a"]
    return "Question given to the model: " + d["q"] + "\n\n" + body, d


def hard_negatives():
    out = []
    # few-shot worked solutions shown once, language closings
    for row in t_langs.LANGS:
        if row[4]:
            out.append(spec("hard_negative", row[0], [U(fewshot_text(row[4], R.choice([2, 3])))], False,
                            kind="fewshot_once"))
    for i in range(15):
        ci = i % len(t_hn.FS_CLOSINGS_EN)
        lang = {5: "es", 6: "de"}.get(ci, "en")
        out.append(spec("hard_negative", lang, [U(fewshot_text(t_hn.FS_CLOSINGS_EN[ci], R.choice([2, 3])))], False,
                        kind="fewshot_once"))
    # pasted transcripts
    for i in range(25):
        m = R.choice(["Qwen3-14B", "DeepSeek-R1-Distill-Qwen-7B", "gpt-oss-20b", "QwQ-32B", "Phi-4-reasoning"])
        q = t_hn.TR_QUESTIONS[i % len(t_hn.TR_QUESTIONS)]
        t1, d1 = transcript(m)
        text = R.choice(t_hn.TR_INTROS).format(m=m) + "\n\n" + t1 + "\n\n"
        used = [d1]
        for nth in ("second", "third"):
            if not ("two runs" in q and nth == "second") and len(text) + len(q) >= 1700:
                break
            t2, d2 = transcript(m, exclude=None)
            while d2 in used:
                t2, d2 = transcript(m)
            used.append(d2)
            text += "And a %s run of the same model on another question, for comparison:\n\n" % nth + t2 + "\n\n"
        text += q
        out.append(spec("hard_negative", "en", [U(text)], False, kind="transcript"))
    # blob debugging
    for i in range(20):
        tpl = t_hn.BLOB_DEBUG[i % len(t_hn.BLOB_DEBUG)]
        out.append(spec("hard_negative", "en", [U(tpl.format(blob=b64(R.randint(700, 1300))))], False,
                        kind="blob_debug"))
    # chat template / parser code
    leads = ["", "", "Hi, ", "Quick one. ", "Need a second pair of eyes. "]
    for i in range(15):
        tpl = t_hn.TEMPLATE_CODE[i % len(t_hn.TEMPLATE_CODE)]
        out.append(spec("hard_negative", "en", [U(R.choice(leads) + tpl)], False, kind="template_code"))
    # own earlier text, multi-turn
    for i in range(30):
        j = i % len(t_hn.OWN_TEXTS)
        f = t_hn.OWN_FOLLOWUPS[(i * 3) % len(t_hn.OWN_FOLLOWUPS)]
        lang = "fr" if f.startswith("Traduis") else ("de" if f.startswith("Wiederhole") else "en")
        msgs = [U(t_hn.OWN_TEXTS[j]), A(t_hn.OWN_REPLIES[j]), U(f)]
        out.append(spec("hard_negative", lang, msgs, True, kind="own_text"))
    # prompt engineering for own bot
    pe = []
    for i in range(20):
        p = t_hn.OWN_PROMPTS[i % len(t_hn.OWN_PROMPTS)]
        a = t_hn.PE_ASKS[(i * 7) % len(t_hn.PE_ASKS)]
        if R.random() < 0.5:
            pe.append(a + "\n\n```\n" + p + "\n```")
        else:
            pe.append("My system prompt:\n\n" + p + "\n\n" + a)
    others = ([("prompt_eng", t) for t in pe] + [("defensive", t) for t in t_hn.DEFENSIVE] +
              [("show_work", t) for t in t_hn.SHOW_WORK] + [("roleplay", t) for t in t_hn.ROLEPLAY])
    mt = set()
    for kind, n in (("roleplay", 4), ("show_work", 3), ("prompt_eng", 3)):
        idx = [i for i, o in enumerate(others) if o[0] == kind]
        mt.update(R.sample(idx, n))
    for i, (kind, t) in enumerate(others):
        if i in mt:
            pq, pa = R.choice(t_common.PRIOR)
            msgs = [U(pq), A(pa), U(t)]
        else:
            msgs = [U(t)]
        out.append(spec("hard_negative", "en", msgs, i in mt, kind=kind))
    assert len(out) == COUNTS["hard_negative"], len(out)
    return out


# ---------------------------------------------------------------- benign
def benign():
    items = [(row[0], row[3]) for row in t_langs.LANGS if row[3]]
    en = list(t_common.BENIGN_EN)
    R.shuffle(en)
    items += [("en", t) for t in en[:COUNTS["benign"] - len(items)]]
    assert len(items) == COUNTS["benign"]
    multi = pick_multi(len(items), 16)
    out = []
    for i, (lang, t) in enumerate(items):
        if i in multi:
            pq, pa = R.choice(t_common.PRIOR)
            msgs = [U(pq), A(pa), U(t)]
        else:
            msgs = [U(t)]
        out.append(spec("benign", lang, msgs, i in multi))
    return out


# ---------------------------------------------------------------- assembly
def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    specs = (rep_like("rep", COUNTS["rep"], 18) + rep_like("rep_nocode", COUNTS["rep_nocode"], 12) +
             cot_requests() + sysprompt() + delimiter() + blob_replay() + hard_negatives() + benign())
    for fam, n in COUNTS.items():
        got = [s for s in specs if s["family"] == fam]
        assert len(got) == n, (fam, len(got))
        assert sum(s["multi"] for s in got) * 5 == n, (fam, sum(s["multi"] for s in got))
    R.shuffle(specs)
    N = len(specs)

    tenants = ["org-" + hexid(6) for _ in range(60)]
    accounts = ["acct-" + hexid(10) for _ in range(200)]
    acct_tenant = {}
    for i, a in enumerate(accounts):
        acct_tenant[a] = tenants[i] if i < 60 else R.choice(tenants)
    heavy = R.sample(accounts, 25)
    pool = list(accounts) + [R.choice(heavy) if R.random() < 0.5 else R.choice(accounts) for _ in range(N - 200)]
    R.shuffle(pool)

    order = list(range(N))
    R.shuffle(order)
    with_sys = set(order[:640])
    lead_list = order[:640]
    R.shuffle(lead_list)
    leading = set(lead_list[:77])

    t = datetime(2026, 12, 7, 6, 0, 0, tzinfo=timezone.utc)
    events, labels, langs = [], [], []
    for i, s in enumerate(specs):
        t = t + timedelta(seconds=R.randint(20, 700), milliseconds=R.randint(0, 999))
        eid = "b20-%05d" % (i + 1)
        acct = pool[i]
        model = s["model"] or R.choice(MODELS)
        msgs = [dict(m) for m in s["messages"]]
        system = None
        if i in with_sys:
            u = R.random()
            if s["sys_pref"] == "secret" or u < 0.25:
                system = R.choice(t_common.SYS_SECRET)
            elif u < 0.6:
                system = R.choice(t_common.SYS_PRODUCT)
            else:
                system = R.choice(t_common.SYS_GENERIC)
        req = {}
        if system is not None and i in leading:
            msgs = [{"role": R.choice(["system", "developer"]), "content": system}] + msgs
            req["system"] = None
        elif system is not None:
            req["system"] = system
        else:
            if R.random() < 0.5:
                req["system"] = None
        req["messages"] = msgs
        chars = sum(len(m["content"]) for m in msgs) + len(req.get("system") or "")
        ev = {"event_id": eid,
              "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000),
              "account_id": acct, "tenant_id": acct_tenant[acct],
              "session_id": "sess-" + hexid(12), "model": model, "request": req,
              "usage": {"input_tokens": max(1, chars // 4)}}
        events.append(ev)
        labels.append({"event_id": eid, "task": "extraction", "label": LABEL[s["family"]],
                       "family": s["family"], "source": SOURCE})
        langs.append((eid, s["lang"]))

    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, PREFIX + ".events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, PREFIX + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lb in labels:
            f.write(json.dumps(lb, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, PREFIX + ".langs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for eid, tag in langs:
            f.write(eid + "\t" + tag + "\n")
    print("wrote %d events to %s" % (N, outdir))


if __name__ == "__main__":
    main()
