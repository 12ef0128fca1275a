"""Small helpers shared by the hand-written text modules of blind4.

Every module exposes ITEMS: a list of dicts with keys
  family   one of the attack / negative families
  kind     short sub-type used in the label's source field
  lang     language tag of the user-visible text (BCP-47-ish; code-switching as "xx-yy")
  messages list of {"role", "content", ...} dicts
  system   optional request.system string
  model    optional model name (otherwise chosen by build.py)
  group    optional key: items with the same group share one account (e.g. a REP campaign)
"""

ATTACK_FAMILIES = ("rep", "rep_nocode", "cot_request", "sysprompt",
                   "delimiter_injection", "blob_replay")
NEGATIVE_FAMILIES = ("benign", "hard_negative")


def U(text):
    """A single user turn."""
    return [{"role": "user", "content": text}]


def T(*turns):
    """Several turns: each is (role, content) or (role, content, extra_dict)."""
    out = []
    for t in turns:
        m = {"role": t[0], "content": t[1]}
        if len(t) > 2 and t[2]:
            m.update(t[2])
        out.append(m)
    return out


def rows(family, table):
    """table rows: (kind, lang, payload[, opts]) ; payload is a str (one user turn) or a list of turns."""
    out = []
    for r in table:
        kind, lang, payload = r[0], r[1], r[2]
        opts = r[3] if len(r) > 3 else {}
        msgs = U(payload) if isinstance(payload, str) else payload
        d = {"family": family, "kind": kind, "lang": lang, "messages": msgs}
        d.update(opts)
        out.append(d)
    return out
