"""``rtmon train`` (being built under the extraction-detector issue)."""

from __future__ import annotations

import argparse


def main(args: argparse.Namespace) -> int:
    raise SystemExit("rtmon train: not built yet")
