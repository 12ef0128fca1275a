"""Tiny parser for the hand-written record blocks used by the text modules.

Format (inside a raw triple-quoted string):

    @@ <lang> [key=value ...]
    free text of a single user message
    (may span several lines)

    @@ <lang>
    U> first user turn
    A> assistant reply
    U> follow-up

Lines starting with "U>", "A>", "T>" (tool) open a new turn; other lines
continue the current turn.  Header options: sys=<key> selects a named
system prompt from common.SYSTEMS.
"""

ROLE = {"U>": "user", "A>": "assistant", "T>": "tool"}


def parse(block):
    items = []
    cur = None
    for line in block.split("\n"):
        if line.startswith("@@ "):
            if cur is not None:
                items.append(cur)
            head = line[3:].split()
            opts = {}
            for h in head[1:]:
                if "=" in h:
                    k, v = h.split("=", 1)
                    opts[k] = v
            cur = {"lang": head[0], "opts": opts, "lines": []}
        elif cur is not None:
            cur["lines"].append(line)
    if cur is not None:
        items.append(cur)
    out = []
    for it in items:
        lines = it["lines"]
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        msgs = []
        if any(l[:2] in ROLE for l in lines):
            for l in lines:
                if l[:2] in ROLE:
                    msgs.append([ROLE[l[:2]], l[2:].lstrip()])
                else:
                    msgs[-1][1] += "\n" + l
            msgs = [{"role": r, "content": c.strip()} for r, c in msgs]
        else:
            msgs = [{"role": "user", "content": "\n".join(lines).strip()}]
        out.append({"lang": it["lang"], "opts": it["opts"], "messages": msgs})
    return out
