# -*- coding: utf-8 -*-
"""Regenerate README.md numbers from the built files (aggregate counts only).
Refuses to overwrite a README whose Use log already has entries."""
import json, os, subprocess, sys
from collections import Counter
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
RP = os.path.join(OUT, "README.md")
if os.path.exists(RP):
    old = open(RP, encoding="utf-8").read()
    log = old.split("## Use log", 1)[-1].strip().splitlines()
    if len([l for l in log if l.startswith("|")]) > 2:
        sys.exit("README Use log has entries; not overwriting")
stats = subprocess.run([sys.executable, os.path.join(HERE, "stats.py")], capture_output=True, text=True).stdout
fam_table = stats.split("\n\n")[0]
lang = {}
for line in open(os.path.join(OUT, "extraction-blind16.langs.tsv"), encoding="utf-8").read().splitlines()[1:]:
    a, b = line.split("\t")
    lang[a] = b
lc = Counter(lang.values())
cells = ["%s %d" % (k, v) for k, v in sorted(lc.items(), key=lambda x: (-x[1], x[0]))]
per = 6
hdr = "| " + " | ".join(["lang n"] * per) + " |\n|" + "---|" * per
body = "\n".join("| " + " | ".join(cells[i:i + per] + [""] * (per - len(cells[i:i + per]))) + " |" for i in range(0, len(cells), per))
ev = [json.loads(l) for l in open(os.path.join(OUT, "extraction-blind16.events.jsonl"), encoding="utf-8")]
N = len(ev)
multi = sum(1 for e in ev if sum(1 for m in e["request"]["messages"] if m["role"] not in ("system", "developer")) > 1)
nosys = sum(1 for e in ev if not e["request"].get("system") and e["request"]["messages"][0]["role"] not in ("system", "developer"))
lead = sum(1 for e in ev if e["request"]["messages"][0]["role"] in ("system", "developer"))
acc = len({e["account_id"] for e in ev})
ten = len({e["tenant_id"] for e in ev if "tenant_id" in e})
sess = sum("session_id" in e for e in ev)
use = sum("usage" in e for e in ev)
cli = sum("client" in e.get("metadata", {}) for e in ev)
epoch = sum(isinstance(e["timestamp"], int) for e in ev)
models = len({e["model"] for e in ev})
tmpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
vals = dict(N=N, multi=multi, multi_pct="%.0f" % (100.0 * multi / N), nosys=nosys, lead=lead,
            lead_pct="%.0f" % (100.0 * lead / (N - nosys)), acc=acc, ten=ten, sess=sess, use=use, cli=cli,
            epoch=epoch, models=models, fam_table=fam_table, nlang=len(lc), en=lc["en"],
            en_pct="%.0f" % (100.0 * lc["en"] / N), lang_table=hdr + "\n" + body)
for k, v in vals.items():
    tmpl = tmpl.replace("{{" + k + "}}", str(v))
open(RP, "w", encoding="utf-8", newline="\n").write(tmpl)
print("README.md written")
