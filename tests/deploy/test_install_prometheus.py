"""scripts/install-prometheus.sh is idempotent and leaves the four tools on PATH."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_second_run_is_a_no_op_and_tools_are_on_path() -> None:
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "install-prometheus.sh")],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "already installed" in result.stdout
    for tool in ("prometheus", "promtool", "alertmanager", "amtool"):
        assert shutil.which(tool), tool
