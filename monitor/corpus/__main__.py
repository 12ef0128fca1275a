"""``python -m monitor.corpus --split test --out DIR``: write a labelled extraction corpus."""

from __future__ import annotations

import argparse
import collections
import sys
import time

from monitor.corpus import SPLITS, build_extraction_corpus, write_items


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m monitor.corpus", description=__doc__)
    p.add_argument("--split", choices=SPLITS, required=True)
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--seed", type=int, default=20261201)
    p.add_argument("--scale", type=float, default=1.0, help="multiplier on generated family sizes")
    p.add_argument("--no-shared", action="store_true", help="leave out shared/data prompt rows")
    args = p.parse_args(argv)
    start = time.perf_counter()
    items = build_extraction_corpus(
        args.seed, args.split, scale=args.scale, include_shared=not args.no_shared
    )
    ev, lab = write_items(items, f"{args.out}/extraction-{args.split}")
    counts = collections.Counter((label["family"], label["label"]) for _e, label in items)
    for (family, label), n in sorted(counts.items()):
        print(f"{family:22s} {label} {n:6d}", file=sys.stderr)
    print(f"{len(items)} events -> {ev}, {lab} in {time.perf_counter() - start:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
