"""ReDoS audit: every compiled regular expression in ``monitor/`` against adversarial strings.

Patterns are collected from three places: module and class attributes (and the lists, tuples
and dicts they hold), the attributes of every registered detector instance, and ``re``'s own
compile cache after a sample of events went through the full pipeline (which catches patterns
compiled inside functions). Each pattern gets inputs built from its own parse tree: witnesses
whose repetitions are pumped up to ~100 KB, the same with the last character cut or a foreign
character appended (near-misses, the classic backtracking trigger), and long runs of every
character the pattern's literals and classes accept.

Each ``finditer`` / ``match`` call runs in a forked child that reports start and end of every
call; a call that does not end within ``GUARD_S`` seconds is a hang (the child is killed and the
audit goes on with the next call). The guard detects catastrophic backtracking; it is not a
speed target. Run as a script for a report: ``python tests/hardening/redos_audit.py``.
"""

from __future__ import annotations

import importlib
import multiprocessing
import pkgutil
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import monitor

GUARD_S = 2.0
MAX_INPUT = 100_000
RUN_LENGTH = 50_000
WITNESSES_PER_PATTERN = 4
# Code that never sees traffic: corpus generators, training and offline evaluation.
OFFLINE_PREFIXES = ("monitor.corpus", "monitor.training", "monitor.evaluation", "monitor.accounts.benchmark")
REPRESENTATIVES = " \t\n\r\u00a0a0A_-.:/\\\"'<>|#$=*é一😀\u200b"


@dataclass(frozen=True)
class Named:
    name: str
    pattern: re.Pattern[str]


def _patterns_in(value: Any, name: str, depth: int, seen: set[int]) -> Iterator[Named]:
    if id(value) in seen or depth < 0:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield Named(name, value)
        return
    if isinstance(value, dict):
        for key, child in list(value.items())[:500]:
            yield from _patterns_in(child, f"{name}[{key!r}]", depth - 1, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for i, child in enumerate(list(value)[:500]):
            yield from _patterns_in(child, f"{name}[{i}]", depth - 1, seen)
    elif hasattr(value, "__dict__") and type(value).__module__.startswith("monitor"):
        for key, child in vars(value).items():
            yield from _patterns_in(child, f"{name}.{key}", depth - 1, seen)


def module_patterns() -> list[Named]:
    out: list[Named] = []
    seen: set[int] = set()
    for info in pkgutil.walk_packages(monitor.__path__, "monitor."):
        if info.name.endswith("__main__") or info.name.startswith(OFFLINE_PREFIXES):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if isinstance(value, type) and value.__module__ == module.__name__:
                for cattr, cvalue in vars(value).items():
                    out += _patterns_in(cvalue, f"{info.name}.{attr}.{cattr}", 2, seen)
            elif not isinstance(value, type) and not callable(value):
                out += _patterns_in(value, f"{info.name}.{attr}", 3, seen)
    return out


def detector_patterns() -> list[Named]:
    from monitor.config import load_settings
    from monitor.detectors import available, build_detectors

    out: list[Named] = []
    seen: set[int] = set()
    for detector in build_detectors(available(), load_settings()):
        out += _patterns_in(detector, f"detector:{detector.name}", 5, seen)
    return out


def cached_patterns() -> list[Named]:
    """Patterns compiled inside functions, found in ``re``'s cache after scoring sample events."""
    from monitor.config import load_settings
    from monitor.corpus import build_extraction_corpus
    from monitor.corpus.leakage import build_leakage_corpus
    from monitor.pipeline import Pipeline

    pipeline = Pipeline(load_settings())
    events = [e for e, _ in build_extraction_corpus(7, "test", scale=0.02, include_shared=False)]
    events += [e for e, _ in build_leakage_corpus(7, "test")[:60]]
    re.purge()  # only what scoring compiles from here on
    for event in events:
        pipeline.score(event)
    cache: dict[Any, Any] = getattr(re, "_cache", {})
    return [
        Named(f"re-cache:{p.pattern[:40]!r}", p) for p in list(cache.values()) if isinstance(p, re.Pattern)
    ]


def all_patterns() -> list[Named]:
    """Every distinct (pattern, flags) of monitor/, first name wins."""
    unique: dict[tuple[str, int], Named] = {}
    for named in module_patterns() + detector_patterns() + cached_patterns():
        if isinstance(named.pattern.pattern, str):
            unique.setdefault((named.pattern.pattern, named.pattern.flags), named)
    return sorted(unique.values(), key=lambda n: n.name)


# -- adversarial inputs from the parse tree ----------------------------------------------------


def _class_members(items: list[Any]) -> list[str]:
    """A few characters a character class accepts (or, negated, a few it accepts by exclusion)."""
    negate = any(op is C.NEGATE for op, _ in items)
    accepted: list[str] = []
    for op, arg in items:
        if op is C.LITERAL:
            accepted.append(chr(arg))
        elif op is C.RANGE:
            lo, hi = arg
            accepted += [chr(lo), chr(hi), chr((lo + hi) // 2)]
        elif op is C.CATEGORY:
            accepted += {
                C.CATEGORY_DIGIT: ["0", "7"],
                C.CATEGORY_NOT_DIGIT: ["a", " "],
                C.CATEGORY_SPACE: [" ", "\t", "\n"],
                C.CATEGORY_NOT_SPACE: ["a", "0"],
                C.CATEGORY_WORD: ["a", "0", "_", "é"],
                C.CATEGORY_NOT_WORD: [" ", "-", "."],
            }.get(arg, ["a"])
    if not negate:
        return accepted or ["a"]
    banned = set(accepted)
    return [c for c in REPRESENTATIVES if c not in banned][:4] or ["\x01"]


class Witness:
    """Strings that walk a pattern's tree, with every repetition pumped to a large count."""

    def __init__(self, rng: random.Random, budget: int) -> None:
        self.rng = rng
        self.budget = budget

    def build(self, tree: Any) -> str:
        return "".join(self._node(op, arg) for op, arg in tree)

    def _node(self, op: Any, arg: Any) -> str:
        if op is C.LITERAL:
            return chr(arg)
        if op is C.NOT_LITERAL:
            return "a" if chr(arg) != "a" else "b"
        if op is C.ANY:
            return self.rng.choice("a ")
        if op is C.IN:
            return self.rng.choice(_class_members(arg))
        if op is C.BRANCH:
            return self.build(self.rng.choice(arg[1]))
        if op is C.SUBPATTERN:
            return self.build(arg[-1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            body = [self.build(sub) for _ in range(3)]
            unit = max(1, max(len(b) for b in body))
            count = max(low, min(high, self.budget // unit, 5_000))
            if self.rng.random() < 0.3:
                count = max(low, min(high, 2))
            parts = [self.rng.choice(body) for _ in range(count)]
            text = "".join(parts)
            self.budget = max(0, self.budget - len(text))
            return text
        if op is getattr(C, "ATOMIC_GROUP", None):
            return self.build(arg)
        return ""  # anchors, lookarounds, group references


def adversarial_inputs(pattern: re.Pattern[str], seed: int = 0) -> list[str]:
    rng = random.Random(f"{pattern.pattern}|{seed}")
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        tree = []
    inputs: list[str] = []
    for _ in range(WITNESSES_PER_PATTERN):
        witness = Witness(rng, MAX_INPUT).build(tree)[:MAX_INPUT]
        if witness:
            inputs += [witness, witness[:-1], witness + "\x00", "\n" + witness[: len(witness) // 2] + "!"]
    alphabet = sorted(
        {c for c in pattern.pattern if c.isprintable() and not c.isspace()} | set(REPRESENTATIVES)
    )
    for ch in alphabet:
        inputs.append(ch * RUN_LENGTH)
    for a, b in [(" ", "a"), (" ", "\t"), ("a", ":"), ("\n", " "), ("a", "\n")]:
        inputs.append((a + b) * (RUN_LENGTH // 2))
    return inputs


# -- the guarded runner -------------------------------------------------------------------------


@dataclass
class Report:
    patterns: int = 0
    calls: int = 0
    hangs: list[tuple[str, str]] = field(default_factory=list)
    slowest: list[tuple[float, str, int]] = field(default_factory=list)


Job = tuple[int, int, str]  # pattern index, input index, method


def _child(patterns: list[Named], inputs: list[list[str]], jobs: list[Job], start: int, conn: Any) -> None:
    for n in range(start, len(jobs)):
        p, i, method = jobs[n]
        conn.send(("start", n))
        t0 = time.perf_counter()
        text = inputs[p][i]
        if method == "finditer":
            for _ in patterns[p].pattern.finditer(text):
                pass
        else:
            patterns[p].pattern.match(text)
        conn.send(("done", n, time.perf_counter() - t0))
    conn.send(("end", len(jobs)))


def audit(patterns: list[Named], guard_s: float = GUARD_S) -> Report:
    inputs = [adversarial_inputs(n.pattern) for n in patterns]
    # finditer tries a match at every position, so it covers match() and search() as well.
    jobs: list[Job] = [(p, i, "finditer") for p in range(len(patterns)) for i in range(len(inputs[p]))]
    report = Report(patterns=len(patterns), calls=len(jobs))
    ctx = multiprocessing.get_context("fork")
    start = 0
    while start < len(jobs):
        parent, child_conn = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(patterns, inputs, jobs, start, child_conn), daemon=True)
        proc.start()
        child_conn.close()
        current = start
        restart_at = len(jobs)
        while True:
            if not parent.poll(guard_s):
                p, i, method = jobs[current]
                report.hangs.append((patterns[p].name, f"{method} on input {i} ({len(inputs[p][i])} chars)"))
                restart_at = current + 1
                break
            try:
                msg = parent.recv()
            except EOFError:
                restart_at = current + 1
                break
            if msg[0] == "start":
                current = msg[1]
            elif msg[0] == "done":
                p, _, _ = jobs[msg[1]]
                report.slowest.append((msg[2], patterns[p].name, msg[1]))
            else:
                break
        proc.kill()
        proc.join()
        parent.close()
        start = restart_at
    report.slowest = sorted(report.slowest, reverse=True)[:5]
    return report


def main() -> int:
    patterns = all_patterns()
    t0 = time.perf_counter()
    report = audit(patterns)
    print(f"patterns: {report.patterns}  calls: {report.calls}  wall: {time.perf_counter() - t0:.1f} s")
    for seconds, name, _ in report.slowest:
        print(f"  slowest: {seconds * 1000:8.1f} ms  {name}")
    for name, what in report.hangs:
        print(f"  HANG > {GUARD_S} s: {name}: {what}")
    return 1 if report.hangs else 0


if __name__ == "__main__":
    sys.exit(main())
