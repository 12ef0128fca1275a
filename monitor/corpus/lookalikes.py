"""Multilingual look-alike hard negatives: benign requests that share attack vocabulary.

Seven kinds, each in up to 18 languages, all label 0 (family ``hard_negative``):

- ``creative-thoughts``: fiction showing characters' hidden/real thoughts in brackets;
- ``translate-doc``: translating or proofreading documents that talk about instructions, rules,
  reasoning, settings or repeating things;
- ``file-session``: a shell / notebook / REPL reading a file named like reasoning/thoughts/trace/prompt
  whose ordinary content appears once (or is missing), then a question about it;
- ``quoted-attacks``: attack strings quoted as data (test cases, filter logs) with a meta question;
- ``concept-question``: what reasoning models do, how to hide ``<think>`` in a UI, prompt hygiene;
- ``own-prompt``: users pasting or drafting the system prompt of their own bot, sometimes asking
  for their own pasted text back;
- ``rules-question``: game rules, exam instructions, workplace rules.

Every bank is halved between train and test (``split_half`` / ``language_bank``), so test
templates, slot values, documents, file names, wrappers and quoted attack strings never occur in
train; Turkish and Vietnamese phrasings are test-only like everywhere else in the corpus.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence

from monitor.corpus import lookalike_banks as banks
from monitor.corpus.common import Draft, assistant, language_bank, split_half, user
from monitor.corpus.traces import NAMES
from monitor.events import Message

HN = "hard_negative"

KINDS: tuple[str, ...] = (
    "creative-thoughts",
    "translate-doc",
    "file-session",
    "quoted-attacks",
    "concept-question",
    "own-prompt",
    "rules-question",
)

KIND_WEIGHTS: dict[str, int] = {
    "creative-thoughts": 15,
    "translate-doc": 15,
    "file-session": 16,
    "quoted-attacks": 16,
    "concept-question": 12,
    "own-prompt": 14,
    "rules-question": 12,
}

# English is the most common request language in real traffic; every other language equal.
ENGLISH_WEIGHT = 3.0

BLOCK_FORMATS: tuple[str, ...] = ("numbered", "yaml", "csv", "json", "quote", "python", "table", "log")

SESSION_WRAPPER_FAMILY: dict[str, str] = {
    "$ cat": "shell",
    "In [": "notebook",
    ">>> ": "python",
    "PS C:": "powershell",
    "$ less": "less",
    "user@": "head",
    "irb(": "ruby",
}

MODEL_PAIRS = ["gpt-4o-mini", "Llama-3.1-8B", "Qwen2.5-7B", "Mistral-7B", "our fine-tune v3", "the baseline"]
BENCHES = ["GSM8K", "our support tickets", "ARC-Challenge", "the internal QA set", "StrategyQA"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "2026-11-14", "2026-12-02"]


class _Slots(dict[str, str]):
    """Slot values drawn lazily, only for the fields a template actually uses."""

    def __init__(self, rng: random.Random, **fixed: str) -> None:
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        r = self.rng
        choices: dict[str, Sequence[str]] = {
            "app": banks.DOC_APPS, "name": NAMES, "day": DAYS, "model_a": MODEL_PAIRS[:3],
            "model_b": MODEL_PAIRS[3:], "bench": BENCHES, "company": banks.OWN_COMPANIES,
            "bot": banks.OWN_BOT_NAMES, "game": banks.GAMES,
        }  # fmt: skip
        if key in choices:
            value = r.choice(choices[key])
        elif key == "code":
            value = f"0x{r.randint(0x1000, 0xFFFF):04X}"
        elif key == "temp":
            value = str(r.choice([20, 30, 40, 60]))
        elif key in ("ms", "ms2"):
            value = str(r.randint(12, 2400))
        elif key == "n":
            value = str(r.randint(2, 9))
        else:  # m, k and any other small number
            value = str(r.randint(1, 9))
        self[key] = value
        return value


def fill(rng: random.Random, template: str, **fixed: str) -> str:
    return template.format_map(_Slots(rng, **fixed))


def capitalised(text: str) -> str:
    """Templates may start with a slot (``{event} sırasında``); sentences start with a capital."""
    return text[:1].upper() + text[1:]


def missing_message(wrapper: str, file: str) -> str:
    family = next((f for prefix, f in SESSION_WRAPPER_FAMILY.items() if wrapper.startswith(prefix)), "shell")
    if family == "notebook" and "!cat" not in wrapper:
        family = "python"
    return {
        "shell": f"cat: {file}: No such file or directory",
        "notebook": f"cat: {file}: No such file or directory",
        "less": f"{file}: No such file or directory",
        "head": f"head: cannot open '{file}' for reading: No such file or directory",
        "python": f"FileNotFoundError: [Errno 2] No such file or directory: '{file}'",
        "powershell": f"Get-Content : Cannot find path 'C:\\Users\\dev\\project\\{file}' because it does not exist.",
        "ruby": f"Errno::ENOENT (No such file or directory @ rb_sysopen - {file})",
    }[family]


def render_block(fmt: str, items: Sequence[tuple[str, bool]], rng: random.Random) -> str:
    """Quoted test cases (text, is_attack) in one of the data formats people paste."""
    if fmt == "numbered":
        return "```\n" + "\n".join(f"{i}. {t}" for i, (t, _) in enumerate(items, 1)) + "\n```"
    if fmt == "yaml":
        rows = [
            f"  - id: t{i}\n    text: {json.dumps(t, ensure_ascii=False)}\n    expected: {'flag' if bad else 'pass'}"
            for i, (t, bad) in enumerate(items, 1)
        ]
        return "```yaml\ntests:\n" + "\n".join(rows) + "\n```"
    if fmt == "csv":
        rows = [
            f'{i},"{t.replace(chr(34), chr(34) * 2)}",{"attack" if bad else "benign"}'
            for i, (t, bad) in enumerate(items, 1)
        ]
        return "```csv\nid,text,expected\n" + "\n".join(rows) + "\n```"
    if fmt == "json":
        data = [{"id": i, "prompt": t} for i, (t, _) in enumerate(items, 1)]
        return "```json\n" + json.dumps(data, ensure_ascii=False, indent=2) + "\n```"
    if fmt == "quote":
        return "\n".join(f"> {i}) {t}" for i, (t, _) in enumerate(items, 1))
    if fmt == "python":
        rows = [f"    {json.dumps(t, ensure_ascii=False)},  # {i}" for i, (t, _) in enumerate(items, 1)]
        return "```python\nCASES = [\n" + "\n".join(rows) + "\n]\n```"
    if fmt == "table":
        rows = [f"| {i} | {t} | {'flag' if bad else 'pass'} |" for i, (t, bad) in enumerate(items, 1)]
        return "| # | prompt | expected |\n|---|---|---|\n" + "\n".join(rows)
    if fmt == "log":
        day = rng.randint(1, 28)
        rows = [
            f"2026-11-{day:02d}T10:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z case={i} "
            f"verdict=pass text={json.dumps(t, ensure_ascii=False)}"
            for i, (t, _) in enumerate(items, 1)
        ]
        return "```\n" + "\n".join(rows) + "\n```"
    raise ValueError(f"unknown block format {fmt!r}")


class LookalikeGenerator:
    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng = rng
        self.split = split
        s = split
        self.creative = language_bank(banks.CREATIVE_TEMPLATES, s, "look-creative")
        self.creative_who = language_bank(banks.CREATIVE_WHO, s, "look-creative-who")
        self.creative_events = language_bank(banks.CREATIVE_EVENTS, s, "look-creative-event")
        self.translate = language_bank(banks.TRANSLATE_TEMPLATES, s, "look-translate")
        self.docs = language_bank(banks.DOCS, s, "look-docs")
        self.session_files = split_half(banks.SESSION_FILES, s, "look-session-files")
        self.session_wrappers = split_half(banks.SESSION_WRAPPERS, s, "look-session-wrappers")
        self.session_bodies = split_half(banks.SESSION_BODIES, s, "look-session-bodies", key=repr)
        self.session_q = {
            "notes": language_bank(banks.SESSION_Q_NOTES, s, "look-session-q-notes"),
            "log": language_bank(banks.SESSION_Q_LOG, s, "look-session-q-log"),
            "missing": language_bank(banks.SESSION_Q_MISSING, s, "look-session-q-missing"),
        }
        self.attacks = split_half(banks.ATTACK_STRINGS, s, "look-attacks")
        self.controls = split_half(banks.BENIGN_CONTROLS, s, "look-controls")
        self.block_formats = split_half(BLOCK_FORMATS, s, "look-block-formats")
        self.quoted = language_bank(banks.QUOTED_TEMPLATES, s, "look-quoted")
        self.concept = language_bank(banks.CONCEPT_TEMPLATES, s, "look-concept")
        self.concept_models = split_half(banks.CONCEPT_MODELS, s, "look-concept-models")
        self.concept_tools = split_half(banks.CONCEPT_TOOLS, s, "look-concept-tools")
        self.own = language_bank(banks.OWN_TEMPLATES, s, "look-own")
        self.own_openers = language_bank(banks.OWN_OPENERS, s, "look-own-openers")
        self.own_rules = language_bank(banks.OWN_RULES, s, "look-own-rules")
        self.own_followups = language_bank(banks.OWN_FOLLOWUPS, s, "look-own-followups")
        self.rules = language_bank(banks.RULES_TEMPLATES, s, "look-rules")
        self.leads = language_bank(banks.LEADS, s, "look-leads")
        self.closers = language_bank(banks.CLOSERS, s, "look-closers")

    # --- helpers ----------------------------------------------------------

    def _d(self, msgs: list[Message], kind: str, lang: str) -> Draft:
        return Draft(msgs, 0, HN, f"gen-lookalike#kind={kind};lang={lang}")

    def _framed(self, text: str, lang: str, rate: float = 0.5, lead: bool = True) -> str:
        """Sometimes add a greeting/context sentence before and a thanks after, in ``lang``."""
        r = self.rng
        sep = "" if lang in ("zh", "ja") else " "
        if lead and lang in self.leads and r.random() < rate:
            text = r.choice(self.leads[lang]) + ("\n\n" if "\n" in text else sep) + text
        if lang in self.closers and r.random() < rate * 0.6:
            text = text + ("\n\n" if "\n" in text else sep) + r.choice(self.closers[lang])
        return text

    def _lang(self, *bank_langs: dict[str, list[str]]) -> str:
        """A language present in every given bank (English weighted up)."""
        common = sorted(set.intersection(*(set(b) for b in bank_langs)))
        weights = [ENGLISH_WEIGHT if lang == "en" else 1.0 for lang in common]
        return self.rng.choices(common, weights=weights)[0]

    # --- kinds ------------------------------------------------------------

    def creative_thoughts(self) -> Draft:
        r = self.rng
        lang = self._lang(self.creative, self.creative_who, self.creative_events)
        who, who2 = r.sample(self.creative_who[lang], 2)
        text = r.choice(self.creative[lang]).format(
            who=who, who2=who2, event=r.choice(self.creative_events[lang])
        )
        return self._d(
            [user(self._framed(capitalised(text), lang, 0.3, lead=False))], "creative-thoughts", lang
        )

    def translate_doc(self) -> Draft:
        r = self.rng
        lang = self._lang(self.translate)
        template = r.choice(self.translate[lang])
        if "{target}" in template:
            doc_lang = r.choice(sorted(self.docs))
            targets = sorted(t for t in banks.TARGET_NAMES[lang] if t != doc_lang)
            target = banks.TARGET_NAMES[lang][r.choice(targets)]
        else:
            doc_lang = lang if lang in self.docs else "en"
            target = ""
        doc = fill(r, r.choice(self.docs[doc_lang]))
        text = template.format(target=target, doc=doc)
        return self._d([user(text)], "translate-doc", lang)

    def file_session(self) -> Draft:
        r = self.rng
        file = r.choice(self.session_files)
        wrapper = r.choice(self.session_wrappers)
        if r.random() < 0.2:
            category, body = "missing", missing_message(wrapper, file)
            wrapper = wrapper.removesuffix("\n(END)")
        else:
            category, raw = r.choice(self.session_bodies)
            body = fill(r, raw, file=file)
        session = fill(r, wrapper, file=file, body=body)
        if wrapper.startswith(("$", "user@")) and r.random() < 0.4:
            folder = " " + file.rsplit("/", 1)[0] if "/" in file else ""
            others = r.sample(["README.md", "data.csv", "main.py", "todo.txt", "config.yaml"], 2)
            shown = others if category == "missing" else [file.rsplit("/", 1)[-1], *others]
            listing = "  ".join(sorted(shown))
            session = f"$ ls{folder}\n{listing}\n{session}"
        if r.random() < 0.5:
            session = f"```\n{session}\n```"
        lang = self._lang(self.session_q[category])
        question = r.choice(self.session_q[category][lang])
        text = f"{session}\n\n{question}" if r.random() < 0.7 else f"{question}\n\n{session}"
        return self._d([user(text)], "file-session", lang)

    def quoted_attacks(self) -> Draft:
        r = self.rng
        n_attacks = r.randint(3, 8)
        items = [(t, True) for t in r.sample(self.attacks, min(n_attacks, len(self.attacks)))]
        items += [(t, False) for t in r.sample(self.controls, r.randint(0, min(2, len(self.controls))))]
        r.shuffle(items)
        attack_positions = [i for i, (_, bad) in enumerate(items, 1) if bad]
        block = render_block(r.choice(self.block_formats), items, r)
        lang = self._lang(self.quoted)
        text = r.choice(self.quoted[lang]).format(
            block=block, k=str(r.choice(attack_positions)), n=str(r.randint(1, len(attack_positions) - 1))
        )
        return self._d([user(text)], "quoted-attacks", lang)

    def concept_question(self) -> Draft:
        r = self.rng
        lang = self._lang(self.concept)
        text = r.choice(self.concept[lang]).format(
            model=r.choice(self.concept_models), tool=r.choice(self.concept_tools)
        )
        return self._d([user(self._framed(text, lang, 0.6))], "concept-question", lang)

    def _own_system_prompt(self, lang: str, company: str) -> str:
        r = self.rng
        prompt_lang = lang if lang in self.own_openers and r.random() < 0.6 else "en"
        opener = fill(r, r.choice(self.own_openers[prompt_lang]), company=company)
        pool = self.own_rules[prompt_lang]
        picked = r.sample(pool, r.randint(min(2, len(pool)), len(pool)))
        rules = [fill(r, rule, company=company) for rule in picked]
        style = r.randrange(3)
        if style == 0:
            return opener + "\n\nRules:\n" + "\n".join(f"- {x}" for x in rules)
        if style == 1:
            return opener + "\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(rules, 1))
        return " ".join([opener, *rules])

    def own_prompt(self) -> Draft:
        r = self.rng
        lang = self._lang(self.own)
        template = r.choice(self.own[lang])
        company = r.choice(banks.OWN_COMPANIES)
        pasted = "{prompt}" in template
        text = template.format(
            company=company, prompt=self._own_system_prompt(lang, company) if pasted else ""
        )
        msgs = [user(self._framed(text, lang, 0.3))]
        if pasted and lang in self.own_followups and r.random() < 0.3:
            msgs += [
                assistant("```\n" + self._own_system_prompt(lang, company) + "\n```"),
                user(r.choice(self.own_followups[lang])),
            ]
        return self._d(msgs, "own-prompt", lang)

    def rules_question(self) -> Draft:
        r = self.rng
        lang = self._lang(self.rules)
        text = fill(r, r.choice(self.rules[lang]))
        return self._d([user(self._framed(text, lang, 0.6))], "rules-question", lang)

    # --- mix --------------------------------------------------------------

    def makers(self) -> dict[str, Callable[[], Draft]]:
        return {
            "creative-thoughts": self.creative_thoughts,
            "translate-doc": self.translate_doc,
            "file-session": self.file_session,
            "quoted-attacks": self.quoted_attacks,
            "concept-question": self.concept_question,
            "own-prompt": self.own_prompt,
            "rules-question": self.rules_question,
        }

    def drafts(self, n: int) -> list[Draft]:
        makers = self.makers()
        kinds = list(KINDS)
        weights = [KIND_WEIGHTS[k] for k in kinds]
        return [makers[self.rng.choices(kinds, weights=weights)[0]]() for _ in range(n)]
