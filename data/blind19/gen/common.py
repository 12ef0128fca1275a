"""Shared helpers for check.py and stats.py (standard library only)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EV = os.path.join(ROOT, "extraction-blind19.events.jsonl")
LB = os.path.join(ROOT, "extraction-blind19.labels.jsonl")
LG = os.path.join(ROOT, "extraction-blind19.langs.tsv")

def load():
    evs = [json.loads(l) for l in open(EV, encoding="utf-8")]
    labs = [json.loads(l) for l in open(LB, encoding="utf-8")]
    langs = [l.rstrip("\n").split("\t") for l in open(LG, encoding="utf-8")]
    return evs, labs, langs

def conv(ev):
    """Messages after any leading system/developer messages."""
    ms = ev["request"]["messages"]; i = 0
    while i < len(ms) and ms[i]["role"] in ("system", "developer"): i += 1
    return ms[i:]

def is_multi(ev): return len(conv(ev)) > 1

def sys_text(ev):
    s = ev["request"].get("system")
    if s: return s, "field"
    ms = ev["request"]["messages"]
    if ms and ms[0]["role"] in ("system", "developer"): return ms[0]["content"], "message"
    return None, None

def stratum(ev):
    import sys as _s; _s.path.insert(0, HERE)
    import t_ctx
    s, _ = sys_text(ev)
    if s is None: return "none"
    if s in t_ctx.SYS_SECRET: return "secret"
    if s in t_ctx.SYS_PRODUCT: return "product"
    return "generic"

def chars(ev):
    s, where = sys_text(ev)
    return sum(len(m["content"]) for m in ev["request"]["messages"]) + (len(s) if where == "field" else 0)
