"""Write deploy/k8s/prometheusrule.yaml from deploy/prometheus/rules.yml (one source of truth).

python deploy/k8s/sync_rules.py          # rewrite
python deploy/k8s/sync_rules.py --check  # exit 1 if stale (tests/deploy/test_k8s.py does this)
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
RULES = HERE.parent / "prometheus" / "rules.yml"
TARGET = HERE / "prometheusrule.yaml"
HEADER = "# GENERATED from deploy/prometheus/rules.yml by deploy/k8s/sync_rules.py: do not edit by hand.\n"


def render() -> str:
    groups = yaml.safe_load(RULES.read_text(encoding="utf-8"))["groups"]
    doc = {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "PrometheusRule",
        "metadata": {
            "name": "rtmon",
            "namespace": "rtmon",
            "labels": {
                "app.kubernetes.io/name": "rtmon",
                "app.kubernetes.io/part-of": "rtmon",
                "release": "prometheus",
            },
        },
        "spec": {"groups": groups},
    }
    return HEADER + yaml.safe_dump(doc, sort_keys=False, width=110, allow_unicode=True)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if TARGET.read_text(encoding="utf-8") != text:
            print("prometheusrule.yaml is stale: run python deploy/k8s/sync_rules.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
