"""The explicit detector registry: name -> class. Add a detector by listing it here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from monitor.detectors.base import Detector, ScanContext, make_finding

DetectorFactory = Callable[[Any], Detector]

REGISTRY: dict[str, DetectorFactory] = {}


def register(name: str, factory: DetectorFactory) -> None:
    if name in REGISTRY:
        raise ValueError(f"detector {name!r} registered twice")
    REGISTRY[name] = factory


def _register_builtin() -> None:
    # Each family module exposes DETECTORS: a tuple of (name, factory(settings)).
    from monitor.detectors import catalog

    for name, factory in catalog.DETECTORS:
        register(name, factory)


def build_detectors(names: Iterable[str], settings: Any) -> list[Detector]:
    if not REGISTRY:
        _register_builtin()
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown detector(s) {unknown}; known: {sorted(REGISTRY)}")
    return [REGISTRY[n](settings) for n in names]


def available() -> list[str]:
    if not REGISTRY:
        _register_builtin()
    return sorted(REGISTRY)


__all__ = ["REGISTRY", "Detector", "ScanContext", "available", "build_detectors", "make_finding", "register"]
