"""Shared helpers of the adapter tests: fixtures are pretty-printed vendor records, fed as one JSONL line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "adapters"


def fixture_record(name: str) -> dict[str, Any]:
    record: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return record


def as_line(record: Any) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")
