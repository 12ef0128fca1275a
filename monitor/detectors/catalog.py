"""The built-in detectors, listed explicitly. Family modules add themselves here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from monitor.detectors.base import Detector

DETECTORS: tuple[tuple[str, Callable[[Any], Detector]], ...] = ()

from monitor.detectors import extraction  # noqa: E402

DETECTORS += extraction.DETECTORS

from monitor.detectors import rep_structure  # noqa: E402

DETECTORS += rep_structure.DETECTORS

from monitor.detectors import instruction_request  # noqa: E402

DETECTORS += instruction_request.DETECTORS

from monitor.detectors import encoded_request  # noqa: E402

DETECTORS += encoded_request.DETECTORS

from monitor.detectors import blob_request  # noqa: E402

DETECTORS += blob_request.DETECTORS

from monitor.detectors import protected_request  # noqa: E402

DETECTORS += protected_request.DETECTORS

from monitor.detectors import delimiter_splice  # noqa: E402

DETECTORS += delimiter_splice.DETECTORS

from monitor.detectors import tool_injection  # noqa: E402

DETECTORS += tool_injection.DETECTORS

from monitor.detectors import assistant_prefill  # noqa: E402

DETECTORS += assistant_prefill.DETECTORS

from monitor.detectors import leakage_family  # noqa: E402

DETECTORS += leakage_family.DETECTORS

# Account-level (stateful) detectors: keep these LAST, they read the findings of the ones above.
from monitor.detectors import campaign_blobs, campaign_clusters, campaign_windows  # noqa: E402

DETECTORS += campaign_blobs.DETECTORS + campaign_windows.DETECTORS + campaign_clusters.DETECTORS
