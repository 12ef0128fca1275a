"""Procedural long reasoning traces (math, logic, code) with self-correction, in several voices.

Every number in a trace is computed, so traces are internally consistent. Length is controlled by
stacking sub-problems and verification passes until a target size is reached (2k-22k chars).
Phrase banks (openers, doubts, checks, ...) are halved between train and test.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from monitor.corpus.common import marco_for, split_half


@dataclass(frozen=True)
class Trace:
    question: str
    reasoning: str
    answer: str
    source: str


OPENERS = [
    "Okay, so I need to {task}. Let me start by writing down what is given.",
    "Alright, the problem asks me to {task}. First, let me restate it in my own words.",
    "Let me think about how to {task}.",
    "So the goal here is to {task}. Let me break it down.",
    "Hmm, I have to {task}. Before computing anything, let me understand the setup.",
    "The task: {task}. I'll work through it carefully.",
    "First, I want to make sure I read this right: I need to {task}.",
    "Let's see. We are asked to {task}.",
    "I'm going to {task}. The plan is to set things up, compute, and then double-check.",
    "Right, so this one wants me to {task}. Let me organise the information first.",
]
DOUBTS = [
    "Wait, that doesn't look right.",
    "Hmm, hold on.",
    "But wait, let me re-check that step.",
    "Hmm, actually, I think I made a mistake there.",
    "No, that's wrong.",
    "Wait a second.",
    "Actually, let me redo that more carefully.",
    "Hmm, something is off here.",
    "Let me reconsider.",
    "Oops, that can't be it.",
]
CHECKS = [
    "Let me verify this another way.",
    "To be safe, let me double-check.",
    "Let me sanity-check the result.",
    "I should confirm this with a second method.",
    "Let me go back and check each step.",
    "Just to be sure, let me recompute.",
    "Let me cross-check quickly.",
    "Before I commit to this, one more check.",
]
ALTERNATIVES = [
    "Alternatively, I could approach it differently.",
    "Another way to see this:",
    "Let me try a different route to confirm.",
    "There's another approach worth trying.",
    "Or, thinking about it from the other direction,",
    "A second method would be useful here.",
]
CONCLUSIONS = [
    "So the answer is {answer}.",
    "Therefore, the final answer is {answer}.",
    "That gives {answer}.",
    "So I'm confident the answer is {answer}.",
    "Putting it together: {answer}.",
    "Hence the result is {answer}.",
    "Final answer: {answer}.",
    "Everything is consistent, so it's {answer}.",
]
TRANSITIONS = [
    "Next,", "Now,", "Then", "Moving on,", "After that,", "OK, now", "Good. Next", "Fine. Now",
]  # fmt: skip

NAMES = [
    "Maya", "Tomas", "Priya", "Kenji", "Amara", "Lucas", "Fatima", "Oskar", "Lena", "Diego", "Aisha", "Ivan",
    "Chloe", "Ravi", "Nora", "Mateo", "Yuki", "Sam", "Ines", "Kofi", "Hana", "Elif", "Marek", "Zoe",
]  # fmt: skip
ITEMS = [
    ("notebook", "notebooks"), ("pencil case", "pencil cases"), ("mug", "mugs"), ("plant", "plants"),
    ("ticket", "tickets"), ("scarf", "scarves"), ("lamp", "lamps"), ("puzzle", "puzzles"), ("bag of rice", "bags of rice"),
    ("box of tea", "boxes of tea"), ("cable", "cables"), ("candle", "candles"),
]  # fmt: skip

STYLES = ("plain", "lower", "formal", "terse", "latex")


@cache
def _voice_banks(split: str) -> tuple[list[str], list[str], list[str], list[str], list[str], list[str]]:
    return (
        split_half(OPENERS, split, "trace-openers"),
        split_half(DOUBTS, split, "trace-doubts"),
        split_half(CHECKS, split, "trace-checks"),
        split_half(ALTERNATIVES, split, "trace-alts"),
        split_half(CONCLUSIONS, split, "trace-concl"),
        split_half(TRANSITIONS, split, "trace-trans"),
    )


class Voice:
    def __init__(self, rng: random.Random, split: str, style: str) -> None:
        self.rng = rng
        self.style = style
        self.detail = False
        self.openers, self.doubts, self.checks, self.alts, self.concl, self.trans = _voice_banks(split)

    def _pick(self, bank: list[str]) -> str:
        return bank[self.rng.randrange(len(bank))]

    def opener(self, task: str) -> str:
        return self._pick(self.openers).format(task=task)

    def doubt(self) -> str:
        return self._pick(self.doubts)

    def check(self) -> str:
        return self._pick(self.checks)

    def alt(self) -> str:
        return self._pick(self.alts)

    def conclude(self, answer: str) -> str:
        return self._pick(self.concl).format(answer=answer)

    def then(self) -> str:
        return self._pick(self.trans)

    def math(self, expr: str) -> str:
        return f"\\({expr}\\)" if self.style == "latex" else expr

    def render(self, paragraphs: list[str]) -> str:
        if self.style == "terse":
            lines = []
            for p in paragraphs:
                sentences = [s.strip() for s in p.replace("\n", " ").split(". ") if s.strip()]
                lines.append("\n".join(f"- {s.rstrip('.')}." for s in sentences))
            text = "\n\n".join(lines)
        else:
            text = "\n\n".join(paragraphs)
        if self.style == "lower":
            text = text.lower()
        if self.style == "formal":
            text = text.replace("Okay, so ", "").replace("Hmm, ", "").replace("Oops, ", "")
        return text


# --------------------------------------------------------------------------- sub-problems
# Each returns (question, paragraphs, answer).

Problem = tuple[str, list[str], str]


def shop_problem(r: random.Random, v: Voice) -> Problem:
    name = r.choice(NAMES)
    picks = r.sample(ITEMS, r.randint(2, 4))
    rows = [
        (sing, plur, r.randint(2, 12), r.choice([1.25, 2.5, 3.75, 4, 6.5, 8, 12.25, 15, 19.99]))
        for sing, plur in picks
    ]
    discount = r.choice([0, 10, 15, 20, 25])
    desc = ", ".join(f"{q} {plur if q > 1 else sing} at ${p:.2f} each" for sing, plur, q, p in rows)
    question = f"{name} buys {desc}."
    if discount:
        question += f" The store gives {discount}% off the whole order."
    question += f" How much does {name} pay in total?"
    listing = "; ".join(f"{plur} {q} x {p:.2f}" for _s, plur, q, p in rows)
    paras = [
        v.opener(f"find the total {name} pays"),
        f"The order has {len(rows)} kinds of items ({listing}).",
    ]
    subtotal = 0.0
    slip_at = r.randrange(len(rows))
    for i, (_sing, plur, q, p) in enumerate(rows):
        cost = round(q * p, 2)
        if i == slip_at:
            wrong = round(cost + r.choice([-1, 1]) * p, 2)
            paras.append(
                f"{v.then()} the {plur}: {v.math(f'{q} * {p:.2f}')} = {wrong:.2f}. {v.doubt()} "
                f"{q} times {p:.2f} is {q - 1} times {p:.2f} plus one more {p:.2f}, which is "
                f"{round((q - 1) * p, 2):.2f} + {p:.2f} = {cost:.2f}. So the {plur} cost ${cost:.2f}, not ${wrong:.2f}."
            )
        else:
            paras.append(f"{v.then()} the {plur}: {v.math(f'{q} * {p:.2f} = {cost:.2f}')}, so ${cost:.2f}.")
        subtotal = round(subtotal + cost, 2)
    parts = " + ".join(f"{round(q * p, 2):.2f}" for _s, _p, q, p in rows)
    paras.append(f"Adding them up: {v.math(f'{parts} = {subtotal:.2f}')}.")
    total = subtotal
    if discount:
        off = round(subtotal * discount / 100, 2)
        total = round(subtotal - off, 2)
        paras.append(
            f"The discount is {discount}% of {subtotal:.2f}, which is {off:.2f}. "
            f"So the total is {v.math(f'{subtotal:.2f} - {off:.2f} = {total:.2f}')}."
        )
        paras.append(
            f"{v.check()} Paying {100 - discount}% of the subtotal directly: "
            f"{v.math(f'{subtotal:.2f} * {(100 - discount) / 100:.2f} = {round(subtotal * (100 - discount) / 100, 2):.2f}')}. "
            "Same number, good."
        )
    running = 0.0
    lines = []
    for _s, plur, q, p in sorted(rows, key=lambda x: x[2]):
        running = round(running + q * p, 2)
        lines.append(f"after the {plur} the running sum is {running:.2f}")
    paras.append(f"{v.check()} Summing in a different order, " + "; ".join(lines) + ". It matches.")
    answer = f"${total:.2f}"
    paras.append(v.conclude(answer))
    return question, paras, answer


def modpow_problem(r: random.Random, v: Voice) -> Problem:
    base = r.choice([2, 3, 7, 11, 13, 17, 19, 23])
    mod = r.choice([7, 11, 13, 17, 29, 31, 37, 41])  # primes, so the powers always cycle back to 1
    if base % mod == 0:
        base += 1
    exp = r.randint(200, 5000)
    question = f"What is the remainder when {base}^{exp} is divided by {mod}?"
    paras = [
        v.opener(f"compute {base}^{exp} mod {mod}"),
        "Computing the power directly is hopeless, so I'll look for a cycle in the powers.",
    ]
    seen: dict[int, int] = {}
    val = 1
    listing = []
    k = 0
    while k < mod:
        k += 1
        prev = val
        val = val * base % mod
        if v.detail:
            listing.append(
                f"{base}^{k} = {prev} * {base} = {prev * base} = {prev * base // mod} * {mod} + {val}, so {base}^{k} mod {mod} = {val}"
            )
        else:
            listing.append(f"{base}^{k} mod {mod} = {val}")
        if val == 1:
            break
        seen[val] = k
    period = k
    chunk = 6
    for i in range(0, len(listing), chunk):
        paras.append(f"{v.then()} " + "; ".join(listing[i : i + chunk]) + ".")
    paras.append(f"So the powers of {base} repeat with period {period} modulo {mod}.")
    rem = exp % period
    paras.append(
        f"{v.doubt()} I should make sure the cycle really starts at exponent 1: since {base}^{period} = 1 mod {mod}, "
        f"every block of {period} exponents multiplies to 1, so yes, the pattern restarts."
    )
    result = pow(base, exp, mod)
    paras.append(
        f"Now {exp} divided by {period}: {exp} = {period} * {exp // period} + {rem}. So {base}^{exp} = "
        f"({base}^{period})^{exp // period} * {base}^{rem} = {base}^{rem} mod {mod} = {result}."
    )
    # binary exponentiation as a second method
    bits = bin(exp)[2:]
    sq = base % mod
    steps = []
    for i in range(len(bits)):
        steps.append(f"{base}^{2**i} = {sq}")
        sq = sq * sq % mod
    paras.append(
        f"{v.alt()} Repeated squaring: {exp} in binary is {bits}. Squares modulo {mod}: "
        + ", ".join(steps)
        + "."
    )
    used = [2**i for i, b in enumerate(reversed(bits)) if b == "1"]
    paras.append(
        f"The set bits correspond to exponents {', '.join(map(str, used))}. Multiplying those residues "
        f"and reducing mod {mod} each time gives {result} again."
    )
    paras.append(v.conclude(str(result)))
    return question, paras, str(result)


def _knights_holds(s: tuple[str, str, str, bool], a: dict[str, bool]) -> bool:
    p, kind, t, claim = s
    if kind == "is":
        return a[t] == claim
    if kind == "same":
        return a[p] == a[t]
    return a[p] != a[t]


def _count_solutions(people: list[str], statements: list[tuple[str, str, str, bool]]) -> int:
    count = 0
    for mask in range(2 ** len(people)):
        a = {p: bool(mask >> i & 1) for i, p in enumerate(people)}
        count += all(_knights_holds(s, a) == a[s[0]] for s in statements)
    return count


def knights_problem(r: random.Random, v: Voice) -> Problem:
    n = r.choice([4, 5, 5]) if v.detail else r.choice([3, 3, 4, 4, 5])
    people = r.sample(NAMES, n)
    # Resample the statements until exactly one assignment is consistent (usually a few tries).
    statements: list[tuple[str, str, str, bool]] = []  # speaker, kind, target, claim
    for _attempt in range(40):
        statements = []
        for i, p in enumerate(people):
            t = people[(i + 1 + r.randrange(n - 1)) % n]
            statements.append((p, r.choice(["is", "same", "differs"]), t, r.choice([True, False])))
        if _count_solutions(people, statements) == 1:
            break

    def text(s: tuple[str, str, str, bool]) -> str:
        p, kind, t, claim = s
        if kind == "is":
            return f'{p} says: "{t} is a {"knight" if claim else "knave"}."'
        if kind == "same":
            return f'{p} says: "{t} and I are the same type."'
        return f'{p} says: "{t} and I are different types."'

    holds = _knights_holds

    question = (
        "On an island, knights always tell the truth and knaves always lie. "
        + " ".join(text(s) for s in statements)
        + " Which of them are knights?"
    )
    compact = "; ".join(
        f"{s[0]} -> {s[2]} {'is ' + ('knight' if s[3] else 'knave') if s[1] == 'is' else s[1]}"
        for s in statements
    )
    paras = [v.opener("figure out who is a knight and who is a knave"), f"In short: {compact}."]
    paras.append(f"There are {n} people, so {2**n} possible assignments. I'll check each one systematically.")
    solutions = []
    for mask in range(2**n):
        a = {p: bool(mask >> i & 1) for i, p in enumerate(people)}
        desc = ", ".join(f"{p} {'knight' if a[p] else 'knave'}" for p in people)
        fails = []
        notes = []
        for s in statements:
            truth = holds(s, a)
            ok = truth == a[s[0]]
            notes.append(
                f"{s[0]}'s statement is {'true' if truth else 'false'} here and {s[0]} is a "
                f"{'knight' if a[s[0]] else 'knave'}, so that is {'consistent' if ok else 'a contradiction'}"
            )
            if not ok:
                fails.append(
                    f"{s[0]} is a {'knight' if a[s[0]] else 'knave'} but the statement is {'true' if truth else 'false'}"
                )
        if v.detail:
            paras.append(
                f"Case {mask + 1}: {desc}. "
                + "; ".join(notes)
                + ". "
                + ("Rejected." if fails else "This works.")
            )
            if not fails:
                solutions.append(a)
        elif fails:
            paras.append(f"Case {mask + 1}: {desc}. This fails because {fails[0]}.")
        else:
            solutions.append(a)
            paras.append(
                f"Case {mask + 1}: {desc}. Every statement is consistent with its speaker. This works."
            )
    if len(solutions) == 1:
        knights = [p for p in people if solutions[0][p]]
        answer = ", ".join(knights) if knights else "nobody"
        paras.append(f"{v.check()} Only one case survived, so the assignment is unique.")
    else:
        answer = f"{len(solutions)} consistent assignments"
        paras.append(
            f"{v.doubt()} I expected a unique answer, but {len(solutions)} cases are consistent. "
            "Let me recheck the statements... no, the reading is right; the puzzle simply does not pin it down."
        )
    paras.append(v.conclude(answer))
    return question, paras, answer


def counting_problem(r: random.Random, v: Voice) -> Problem:
    a, b = r.sample([2, 3, 4, 5, 6, 7, 9, 11], 2)
    limit = r.choice([100, 150, 200, 250, 300, 500, 1000])
    question = f"How many integers from 1 to {limit} are divisible by {a} or {b}?"
    paras = [v.opener(f"count the integers up to {limit} divisible by {a} or {b}")]
    from math import gcd

    lcm = a * b // gcd(a, b)
    na, nb, nab = limit // a, limit // b, limit // lcm
    wrong = na + nb
    paras.append(
        f"Multiples of {a}: floor({limit}/{a}) = {na}. Multiples of {b}: floor({limit}/{b}) = {nb}. So {na} + {nb} = {wrong}."
    )
    paras.append(
        f"{v.doubt()} Numbers divisible by both were counted twice. Both means divisible by lcm({a}, {b}) = {lcm}, "
        f"and there are floor({limit}/{lcm}) = {nab} of those."
    )
    ans = na + nb - nab
    paras.append(f"By inclusion-exclusion: {v.math(f'{na} + {nb} - {nab} = {ans}')}.")
    small = min(limit, r.choice([30, 40, 50, 60]))
    hits = [str(k) for k in range(1, small + 1) if k % a == 0 or k % b == 0]
    expect = small // a + small // b - small // lcm
    paras.append(
        f"{v.check()} On the range 1..{small} the formula predicts {expect}. Listing them: {', '.join(hits)}. "
        f"That is {len(hits)} numbers, matching."
    )
    paras.append(v.conclude(str(ans)))
    return question, paras, str(ans)


def triangle_problem(r: random.Random, v: Voice) -> Problem:
    pts = [(r.randint(-9, 9), r.randint(-9, 9)) for _ in range(3)]
    (x1, y1), (x2, y2), (x3, y3) = pts
    twice = x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)
    if twice == 0:
        x3 += 3
        twice = x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)
    area = abs(twice) / 2
    question = f"Find the area of the triangle with vertices ({x1}, {y1}), ({x2}, {y2}) and ({x3}, {y3})."
    paras = [
        v.opener("find the area of a triangle from its coordinates"),
        f"With A({x1},{y1}), B({x2},{y2}), C({x3},{y3}) the shoelace formula should do it.",
    ]
    paras.append(
        f"{r.choice(['Area', 'The area', 'A'])} = 1/2 |x1(y2 - y3) + x2(y3 - y1) + x3(y1 - y2)|. Plugging in: {x1}*({y2} - {y3}) = {x1 * (y2 - y3)}, "
        f"{x2}*({y3} - {y1}) = {x2 * (y3 - y1)}, {x3}*({y1} - {y2}) = {x3 * (y1 - y2)}."
    )
    paras.append(f"The sum is {twice}, absolute value {abs(twice)}, half of it is {area:g}.")
    paras.append(
        f"{v.alt()} Vectors from the first vertex: u = ({x2 - x1}, {y2 - y1}), w = ({x3 - x1}, {y3 - y1}). "
        f"Cross product u x w = {(x2 - x1) * (y3 - y1)} - {(y2 - y1) * (x3 - x1)} = {(x2 - x1) * (y3 - y1) - (y2 - y1) * (x3 - x1)}, "
        f"half its absolute value is {area:g}. Consistent."
    )
    paras.append(v.conclude(f"{area:g}"))
    return question, paras, f"{area:g}"


CODE_TASKS = [
    ("longest_run", "returns the length of the longest run of equal consecutive characters in a string"),
    ("second_largest", "returns the second largest distinct value in a list of integers, or None"),
    ("count_vowels", "counts the vowels in a string, case-insensitively"),
    ("running_max", "returns the list of running maxima of a list of numbers"),
]


def _run_code_task(name: str, arg: object) -> object:
    if name == "longest_run":
        s = str(arg)
        best = cur = 0
        prev = None
        for ch in s:
            cur = cur + 1 if ch == prev else 1
            prev = ch
            best = max(best, cur)
        return best
    if name == "second_largest":
        vals = sorted(set(arg), reverse=True)  # type: ignore[call-overload]
        return vals[1] if len(vals) > 1 else None
    if name == "count_vowels":
        return sum(ch in "aeiou" for ch in str(arg).lower())
    out: list[int] = []
    for x in arg:  # type: ignore[attr-defined]
        out.append(x if not out else max(out[-1], x))
    return out


def code_problem(r: random.Random, v: Voice) -> Problem:
    name, what = r.choice(CODE_TASKS)
    question = f"Write a Python function `{name}` that {what}. Explain briefly."
    paras = [v.opener(f"write a function that {what}")]
    if name in ("longest_run", "count_vowels"):
        samples: list[object] = [
            "".join(r.choice("aabbbcde") for _ in range(r.randint(5, 12))) for _ in range(3)
        ]
        samples.append("")
    else:
        samples = [[r.randint(-5, 20) for _ in range(r.randint(3, 7))] for _ in range(3)]
        samples.append([4, 4])
    paras.append(f"For instance {name}({samples[0]!r}) should give {_run_code_task(name, samples[0])!r}.")
    paras.append(
        r.choice(
            [
                "One left-to-right pass is enough: O(n) time.",
                "A single scan keeps it linear.",
                "I can do this in one pass.",
            ]
        )
    )
    paras.append(
        f"{v.then()} the edge cases: {r.choice(['an empty input', 'no elements at all', 'empty input'])}, "
        f"{r.choice(['a single element', 'one item', 'length one'])}, and all elements equal. "
        f"My first draft of {name} initialises the result to 1, which is wrong for the empty input."
    )
    paras.append(
        f"{v.doubt()} With an empty input the loop in {name} never runs, so the initial value is returned; "
        "it must be 0 (or None / empty)."
    )
    for s in samples:
        paras.append(
            f"Tracing {name}({s!r}): step through the elements, updating the state; the result is {_run_code_task(name, s)!r}."
        )
    paras.append(f"{v.check()} All traced cases give the values I expect by hand.")
    answer = f"`{name}` implemented with a single pass; e.g. {name}({samples[0]!r}) = {_run_code_task(name, samples[0])!r}"
    paras.append(v.conclude(answer))
    return question, paras, answer


PROBLEMS: tuple[Callable[[random.Random, Voice], Problem], ...] = (
    shop_problem, modpow_problem, knights_problem, counting_problem, triangle_problem, code_problem,
)  # fmt: skip


LONG_PROBLEMS = (modpow_problem, knights_problem)


def synth_trace(rng: random.Random, split: str, target_chars: int) -> Trace:
    """A (multi-part) problem whose reasoning is at least ~``target_chars`` long when possible."""
    style = rng.choice(STYLES)
    voice = Voice(rng, split, style)
    questions: list[str] = []
    paragraphs: list[str] = []
    answers: list[str] = []
    kinds: list[str] = []
    voice.detail = target_chars >= 7000
    while (not paragraphs or sum(len(p) + 2 for p in paragraphs) < target_chars) and len(questions) < 4:
        pool = LONG_PROBLEMS if voice.detail and not questions else PROBLEMS
        fresh = [f for f in pool if f.__name__.removesuffix("_problem") not in kinds]
        if not fresh:
            break
        fn = rng.choice(fresh)
        q, paras, ans = fn(rng, voice)
        label = f"({chr(ord('a') + len(questions))})"
        questions.append(q)
        if len(questions) > 1:
            paras = [f"Now part {label}.", *paras]
        paragraphs.extend(paras)
        answers.append(ans)
        kinds.append(fn.__name__.removesuffix("_problem"))
    if len(questions) == 1:
        question = questions[0]
        answer = answers[0]
    else:
        question = "Answer each part.\n" + "\n".join(f"({chr(97 + i)}) {q}" for i, q in enumerate(questions))
        answer = "; ".join(f"({chr(97 + i)}) {a}" for i, a in enumerate(answers))
    reasoning = voice.render(paragraphs)
    return Trace(question, reasoning, answer, f"synth-trace#kinds={'+'.join(kinds)};style={style}")


def marco_trace(rng: random.Random, split: str) -> Trace | None:
    rows = marco_for(split)
    if not rows:
        return None
    row = rng.choice(rows)
    return Trace(row.instruction, row.thought, row.output, row.source)


def demo_trace(rng: random.Random, split: str, min_chars: int = 2000, max_chars: int = 22000) -> Trace:
    """A demonstration for REP: a Marco-o1 row (short demos) or a synthetic long trace."""
    target = int(rng.uniform(min_chars, max_chars))
    if target < 6000 and rng.random() < 0.5:
        t = marco_trace(rng, split)
        if t is not None and len(t.reasoning) >= min(min_chars, 1500):
            return t
    trace = synth_trace(rng, split, target)
    for _ in range(3):
        if len(trace.reasoning) <= max_chars:
            break
        trace = synth_trace(rng, split, max(min_chars, target // 2))
    return trace
