# -*- coding: utf-8 -*-
def U(t):
    return {"role": "user", "content": t}

def A(t, **kw):
    m = {"role": "assistant", "content": t}
    m.update(kw)
    return m

def T(t):
    return {"role": "tool", "content": t}

def item(family, label, kind, lang, messages, system=None, **kw):
    if isinstance(messages, str):
        messages = [U(messages)]
    d = dict(family=family, label=label, kind=kind, lang=lang, messages=messages, system=system)
    d.update(kw)
    return d
