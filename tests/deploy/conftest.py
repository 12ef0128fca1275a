"""Shared fixtures for the offline deploy checks: repository paths and the Prometheus tools."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"


def tool(name: str, *alternatives: str) -> str:
    for candidate in (name, *alternatives):
        found = shutil.which(candidate)
        if found:
            return found
    pytest.fail(f"{name} not found on PATH: run `make prometheus` (scripts/install-prometheus.sh)")


@pytest.fixture(scope="session")
def promtool() -> str:
    return tool("promtool")


@pytest.fixture(scope="session")
def amtool() -> str:
    return tool("amtool")
