"""Small helpers shared by the hand-written text modules of blind5 (stdlib only)."""

ATTACK_FAMILIES = ("rep", "rep_nocode", "cot_request", "sysprompt",
                   "delimiter_injection", "blob_replay")
NEGATIVE_FAMILIES = ("benign", "hard_negative")


def u(text):
    return {"role": "user", "content": text}


def a(text, reasoning=None, handles=None):
    m = {"role": "assistant", "content": text}
    if reasoning is not None:
        m["reasoning"] = reasoning
    if handles is not None:
        m["reasoning_handles"] = list(handles)
    return m


def tool(text):
    return {"role": "tool", "content": text}


def item(family, kind, lang, messages, system=None, model=None, group=None):
    """One event to be. `messages` may be a plain string (a single user turn)."""
    if isinstance(messages, str):
        messages = [u(messages)]
    assert family in ATTACK_FAMILIES + NEGATIVE_FAMILIES, family
    d = {"family": family, "kind": kind, "lang": lang, "messages": messages}
    if system is not None:
        d["system"] = system
    if model is not None:
        d["model"] = model
    if group is not None:
        d["group"] = group  # events sent by the same account (e.g. one attacker)
    return d


def many(family, kind, pairs, **kw):
    """pairs: list of (lang, text-or-messages)."""
    return [item(family, kind, lang, msgs, **kw) for lang, msgs in pairs]


def fake_handle(seed_text):
    """A deterministic opaque handle hash (stands in for a reasoning blob hash)."""
    import hashlib
    return "sha256:" + hashlib.sha256(seed_text.encode("utf-8")).hexdigest()
