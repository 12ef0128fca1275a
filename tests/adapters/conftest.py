"""Helpers for adapter tests: fixtures are pretty-printed vendor records, fed as one JSONL line."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "adapters"


def fixture_record(name: str) -> dict[str, Any]:
    record: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return record


def as_line(record: Any) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


@pytest.fixture
def record() -> Callable[[str], dict[str, Any]]:
    """A fresh deep copy of a fixture record, safe to mutate in a test."""
    return lambda name: copy.deepcopy(fixture_record(name))
