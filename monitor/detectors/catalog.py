"""The built-in detectors, listed explicitly. Family modules add themselves here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from monitor.detectors.base import Detector

DETECTORS: tuple[tuple[str, Callable[[Any], Detector]], ...] = ()
