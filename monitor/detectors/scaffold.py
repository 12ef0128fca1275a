"""Structure features of a request that do not depend on its wording.

* reasoning delimiters (``<think>``, Harmony channels, ``◁think▷``, ``<thought>`` ...) counted
  per role: in user or tool content they are suspicious, in assistant history they are normal;
* chat-template tokens and separator spam in user content (fake delimiters);
* demonstration scaffolding: repeated line-initial labels (``Example 2:``, ``Question:``,
  ``Response:``) in any language, numbered examples, and how long the prefix before the last
  label is compared with the tail;
* reveal idioms: a command or tool call that reads a file (``cat``, ``print(open(...))``,
  ``!cat``, ``<tool_call>`` read) and file names that name a reasoning dump in many languages.

Every function takes *normalised* text (see :mod:`monitor.normalize`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from monitor.detectors.lexicon import REASON_FILE_STEMS
from monitor.regex_scan import LinePattern, char_anchors, find_all, finditer_at

# Reasoning delimiters. Group "open"/"close" lets us find delimited regions.
_DELIM = re.compile(
    r"(?=[<◁\[]|assistantfinal)"  # cheap first-character filter before the alternation
    r"(?:(?P<open><\s*(?:think|thinking|thought|thoughts|reasoning|reflection|scratchpad|analysis|inner_monologue)\s*>"
    r"|◁\s*think\s*▷|\[think\]|<\|begin_of_thought\|>|<\|channel\|>\s*analysis(?:\s*<\|message\|>)?"
    r"|<\|channel>\s*thought|<\|start_of_reasoning\|>|<seed:think>)"
    r"|(?P<close><\s*/\s*(?:think|thinking|thought|thoughts|reasoning|reflection|scratchpad|analysis|inner_monologue)\s*>"
    r"|◁\s*/\s*think\s*▷|\[/think\]|<\|end_of_thought\|>|<\|end\|>|<\|channel\|>\s*final|assistantfinal"
    r"|<\|end_of_reasoning\|>|</seed:think>))"
)
# Harmony rendered as bare words: a line that is just "analysis" and a later "assistantfinal".
_BARE_ANALYSIS = re.compile(r"(?m)^[^\S\n]*analysis\s*$")
# Patterns below start with a literal character or a branch of literals (no leading lookahead or
# ``^``), so the regex engine skips to candidate positions in C instead of trying every position.
# Template tokens; the alternatives are split by first character (see monitor.regex_scan.count_parts).
_TEMPLATE_TOKEN_PARTS = (
    re.compile(
        r"<(?:\|(?:im_start|im_end|start|end|message|system|user|assistant|eot_id|start_header_id|"
        r"end_header_id|begin_of_text|endoftext|return|call|constrain)\|>|</?sys>>|start_of_turn>"
        r"|end_of_turn>|\|(?:user|assistant|system)\|>"
        r"|/?\s*(?:user|system|assistant|admin|instructions?|developer)(?:_input|_message)?\s*>)"
    ),
    re.compile(r"\[/?inst\]"),
)
_TEMPLATE_TOKENS_FROM = (("<", _TEMPLATE_TOKEN_PARTS[0]), ("[", _TEMPLATE_TOKEN_PARTS[1]))
_TEMPLATE_HEADER = re.compile(r"(?m)###[ \t]*(?:system|instruction|assistant)[ \t]*:?$")
# "end of the system prompt": found from the literal "of " (a fast literal search), the word before
# it is checked in Python on the few matches.
_TEMPLATE_PHRASE = re.compile(
    r"of (?:the )?(?:user |system )?(?:input|prompt|message|instructions?|conversation)"
)
_PHRASE_LEAD = ("end ", "begin ", "start ")
# A line that opens a fake privileged turn: "SYSTEM:", "[developer]:" ("User:"/"Assistant:" lines
# are everyday pasted transcripts and are not counted).
_ROLE_WORD = re.compile(r"(?:system|developer|admin|root|sudo)\]?[ \t]*:")
_LINE_LEAD = frozenset(" \t#*>[")
_SEPARATOR = re.compile(r"(?m)^[^\S\n]*(?:[-=#*_~]\s*){5,}$")
_FENCE = re.compile(r"```")

# A line-initial label ("Example 3:", "Question:", "### Response:", "问题：").
LABEL_STRICT = re.compile(r"(?m)^[ \t>#*_\-]*([^\W\d_][\w \t]{0,24}?)[ \t]*(?:(\d{1,3})[ \t]*)?[:：][ \t]*")

# Reveal idioms: reading a file.
_SHELL_READ = re.compile(
    r"(?m)^[ \t]*(?:(?:[$#%>]|ps[^\n>]{0,40}>|in \[\d+\]:|[\w@.\-~:/]{1,60}[$#])[ \t]*)?!?"
    r"(?:cat|type|more|less|head|tail|bat|get-content|gc|nl|tac|xxd|strings|view|open)[ \t]+['\"]?([^\s'\"|;&<>]+)"
)
_PY_READ = re.compile(
    r"open\(\s*(?:r|f)?['\"]([^'\"\n]{1,120})['\"]|path\(\s*['\"]([^'\"\n]{1,120})['\"]\s*\)\.read"
)
_TOOL_READ_PARTS = (
    re.compile(r"<\s*tool_call\s*>"),
    re.compile(
        r"\"(?:name|tool|function)\"\s*:\s*\"(?:read|read_file|cat|open|view|get_file|file_read|fs\.read)"
    ),
)
_TOOL_RESULT_PARTS = (
    re.compile(r"<\s*/?\s*(?:tool_(?:result|response|output)|output)\s*>"),
    re.compile(r"out\[\d+\]:"),
)
_TOOL_READS_FROM = (("<", _TOOL_READ_PARTS[0]), ('"', _TOOL_READ_PARTS[1]))
# "out[" from its "[" (each match starts 3 characters before one)
_TOOL_RESULT_TAGS_FROM = (("<", _TOOL_RESULT_PARTS[0]),)
_JSON_PATH = re.compile(r"\"(?:path|file|filename|file_path)\"\s*:\s*\"([^\"\n]{1,160})\"")
_FILE_EXT = re.compile(r"\.(?:txt|md|log|out|json|text|dat|jsonl|yaml|yml)\b")
_FILE_STEM = re.compile(r"[\w\-.~/\\]{1,120}$")
_ANSWER_FILE = re.compile(r"(?:final[_\-]?answer|answer|solution|output|result)s?\.(?:txt|md|log|out|json)\b")
_FILE_SPLIT = re.compile(r"[_\-./\\\s]+")


# Fast equivalents of the scans above (same matches; see monitor.regex_scan).
_BARE_ANALYSIS_LINES = LinePattern(_BARE_ANALYSIS)
_SEPARATOR_LINES = LinePattern(_SEPARATOR)
# Lines that can hold a label: up to the first character outside [\w \t>#*-] the line must
# reach a colon (every character of a label match before its colon is in that class). Possessive,
# so a prose line costs one pass over its first words instead of LABEL_STRICT's lazy retries.
_LABEL_CANDIDATES = LinePattern(re.compile(r"(?m)^[\w \t>#*\-]*+[:：]"))
_SHELL_READ_LINES = LinePattern(_SHELL_READ)
# Without '$' and '#' in the text the prompt branch "word then $ or #" cannot match (it tries up
# to 60 characters of every line).
_SHELL_PROMPT_WORD = r"|[\w@.\-~:/]{1,60}[$#]"
_SHELL_READ_NO_PROMPT_WORD = LinePattern(re.compile(_SHELL_READ.pattern.replace(_SHELL_PROMPT_WORD, "", 1)))
if _SHELL_READ_NO_PROMPT_WORD.anchored.pattern == _SHELL_READ.pattern:
    raise AssertionError("the prompt-word branch of _SHELL_READ was not found")


_NON_ASCII_STEMS = tuple(s for s in REASON_FILE_STEMS if not s.isascii())

# A file or variable that holds the deployment's instructions ("system_prompt.txt", SYSTEM_PROMPT,
# config.instructions). Read at the end of a request, with no contents after it, it asks the model
# to print its own instructions; a developer's own prompt file comes with its contents.
_INSTR_NAME = re.compile(r"sys(?:tem)?[_\-.]?(?:prompt|message|msg|instructions?)|prompt|instruction", re.I)
# (``cat`` is a shell read above; matching it here too counted one read twice)
_INSTR_VAR_READ = re.compile(
    r"(?:print|echo|console\.log|puts)\s*\(?\s*[\w.$\[\]'\"]{0,40}?(?:system_?prompt|sys_?prompt|instructions)\b",
    re.I,
)
INSTR_READ_TAIL_CHARS = 150  # at most this much text after the reads: a request, not pasted contents

# Searching one character runs at memchr speed (~0.02 ns a character); a multi-character search,
# ``str.count`` and a regex's literal-prefix scan cost 0.3-0.9 ns a character (~0.1 ms per 120 KB
# prompt each). So the scans below start from the occurrences of a rarer character of what they
# look for (a Python step each, ~0.2 us), and fall back to the plain scan when there are more
# than ANCHOR_LIMIT of them or more than one per ANCHOR_SPACING characters.
ANCHOR_LIMIT = 256
ANCHOR_SPACING = 256


def _anchors(text: str, char: str, spacing: int = ANCHOR_SPACING) -> list[int] | None:
    """Positions of ``char`` in ``text``, or None when there are too many (see ANCHOR_LIMIT)."""
    return char_anchors(text, char, spacing, ANCHOR_LIMIT)


def _find_all_anchored(text: str, needle: str, anchor: int) -> list[int]:
    """``find_all(text, needle)``, from the occurrences of the character ``needle[anchor]``."""
    at = _anchors(text, needle[anchor])
    if at is None:
        return find_all(text, needle)
    return [p - anchor for p in at if p >= anchor and text.startswith(needle, p - anchor)]


def _matches_from(pattern: re.Pattern[str], text: str, char: str, offset: int = 0) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern that never matches the empty string and
    whose every match has the character ``char`` at ``offset`` from its start."""
    at = _anchors(text, char)
    if at is None:
        return list(pattern.finditer(text))
    return finditer_at(pattern, text, [p - offset for p in at if p >= offset] if offset else at)


def _count_from(parts: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> int:
    """:func:`count_parts` of the patterns, each found from its first character."""
    return sum(len(_matches_from(p, text, first)) for first, p in parts)


def _count_literal(text: str, literal: str) -> int:
    """``len(re.findall(re.escape(literal), text))``: non-overlapping occurrences."""
    count = end = 0
    for p in _find_all_anchored(text, literal, 0):
        if p >= end:
            count += 1
            end = p + len(literal)
    return count


def _template_phrases(text: str) -> int:
    return sum(1 for m in _TEMPLATE_PHRASE.finditer(text) if text.endswith(_PHRASE_LEAD, 0, m.start()))


_ROLE_WORDS = ("system", "developer", "admin", "root", "sudo")


def _role_word_starts(text: str) -> list[int] | None:
    """Starts of the ``_ROLE_WORD`` matches, found backwards from each colon (a match is a word,
    an optional "]", spaces or tabs and a colon, so each colon ends at most one match); None when
    there are too many colons."""
    colons = _anchors(text, ":", spacing=100)  # the regex path costs ~3 ns a character
    if colons is None:
        return None
    starts: list[int] = []
    for c in colons:
        end = c
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end > 0 and text[end - 1] == "]":
            end -= 1
        if text.endswith(_ROLE_WORDS, 0, end):
            starts.append(end - next(len(w) for w in _ROLE_WORDS if text.endswith(w, 0, end)))
    return starts


def _role_lines(text: str) -> int:
    starts = _role_word_starts(text)
    if starts is None:
        if not any(w in text for w in _ROLE_WORDS):
            return 0
        starts = [m.start() for m in _ROLE_WORD.finditer(text)]
    return _line_starts(text, starts[:64])


def _line_starts(text: str, starts: list[int]) -> int:
    """How many match starts have only lead characters (spaces, #, *, >, [) before them on their line."""
    n = 0
    for start in starts:
        i = start - 1
        while i >= 0 and text[i] in _LINE_LEAD:
            i -= 1
        n += i < 0 or text[i] == "\n"
    return n


def _headers(text: str) -> int:
    """``### System`` headers on a line of their own (the match starts after the lead characters)."""
    if "#" not in text or "###" not in text:  # memchr first
        return 0
    return _line_starts(text, [m.start() for m in _TEMPLATE_HEADER.finditer(text)])


def _file_names(text: str) -> list[str]:
    """Names ending in a text-file extension (found from the extension backwards: linear)."""
    names = []
    for m in _FILE_EXT.finditer(text):
        stem = _FILE_STEM.search(text, max(0, m.start() - 120), m.start())
        if stem:
            names.append(stem.group() + m.group())
    return names


def _is_reason_file(name: str) -> bool:
    for part in _FILE_SPLIT.split(name):
        if part.startswith(REASON_FILE_STEMS):
            return True
        if not part.isascii() and any(stem in part for stem in _NON_ASCII_STEMS):
            return True
    return False


@dataclass
class Region:
    start: int
    end: int


@dataclass
class StructureResult:
    features: dict[str, float]
    regions: list[Region]  # delimited reasoning regions (think blocks, analysis sections)
    delimiter_spans: list[tuple[int, int]] = field(default_factory=list)
    reveal_spans: list[tuple[int, int]] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    label_spans: list[tuple[int, int]] = field(default_factory=list)  # line-initial labels, in order


def _log(x: float) -> float:
    return math.log1p(min(x, 10))  # capped: volume alone is not evidence


def _delimiters(text: str, finals: list[int]) -> list[re.Match[str]]:
    """``_DELIM.finditer`` without trying every position: ``<``, ``◁``, ``[`` and "assistantfinal"
    (``finals``: its positions) are found by ``str.find``; the full pattern runs only there."""
    starts = find_all(text, "<") + find_all(text, "[") + find_all(text, "◁") + finals
    starts.sort()
    out: list[re.Match[str]] = []
    end = 0
    for p in starts:
        if p < end:
            continue
        m = _DELIM.match(text, p)
        if m:
            out.append(m)
            end = m.end()
    return out


def delimiter_regions(text: str) -> tuple[list[Region], list[tuple[int, int]], int, int]:
    """Think-block-like regions, delimiter spans and open/close counts."""
    regions: list[Region] = []
    spans: list[tuple[int, int]] = []
    opens = closes = 0
    open_at: int | None = None
    finals = find_all(text, "assistantfinal")
    for m in _delimiters(text, finals):
        spans.append(m.span())
        if m.group("open"):
            opens += 1
            open_at = m.end()
        else:
            closes += 1
            if open_at is not None:
                regions.append(Region(open_at, m.start()))
                open_at = None
    if finals:  # a bare "analysis" line only counts before an "assistantfinal"
        for start, m in _BARE_ANALYSIS_LINES.finditer(text):
            end = text.find("assistantfinal", m.end())
            if end != -1:
                opens += 1
                spans.append((start, m.end()))
                regions.append(Region(m.end(), end))
    return regions, spans, opens, closes


def label_regions(text: str, is_reason_label: list[bool], label_spans: list[tuple[int, int]]) -> list[Region]:
    """Prose sections that start with a reasoning label ("Reasoning:", "Thoughts:") up to the next label."""
    regions: list[Region] = []
    for i, (_, end) in enumerate(label_spans):
        if is_reason_label[i]:
            stop = label_spans[i + 1][0] if i + 1 < len(label_spans) else len(text)
            if stop - end > 40:
                regions.append(Region(end, stop))
    return regions


def scaffold_features(text: str) -> tuple[dict[str, float], list[str], list[tuple[int, int]]]:
    """Repeated labels and numbered examples; returns features, label keys and label spans."""
    keys: list[str] = []
    spans: list[tuple[int, int]] = []
    numbered: Counter[str] = Counter()
    candidates = [start for start, _ in _LABEL_CANDIDATES.finditer(text)]
    for m in finditer_at(LABEL_STRICT, text, candidates):
        label = m.group(1).strip()
        if not label or len(label.split()) > 4:
            continue
        keys.append(label)
        spans.append(m.span())
        if m.group(2):
            numbered[label] += 1
    counts = Counter(keys)
    repeated = {k: v for k, v in counts.items() if v >= 2}
    last_label = spans[-1][1] if spans else 0
    feats = {
        "scaf_labels": _log(len(keys)),
        "scaf_repeated_kinds": _log(len(repeated)),
        "scaf_max_repeat": _log(max(repeated.values(), default=0)),
        "scaf_numbered": _log(max(numbered.values(), default=0)),
        "scaf_prefix_ratio": (last_label / len(text)) if text and len(repeated) >= 2 else 0.0,
        "scaf_tail_log": _log(len(text) - last_label) if repeated else 0.0,
    }
    return feats, keys, spans


def _instruction_reads(text: str, file_read_ends: list[int]) -> int:
    """Reads of the instructions (a prompt file, a SYSTEM_PROMPT variable) near the end of the
    text, with no contents pasted after them."""
    ends = file_read_ends
    if "prompt" in text or "instruction" in text:
        ends.extend(m.end() for m in _INSTR_VAR_READ.finditer(text, max(0, len(text) - 2000)))
    # every such read in the last few lines: one shown with its contents is the user's own file
    return len(ends) if ends and len(text) - min(ends) <= INSTR_READ_TAIL_CHARS else 0


def reveal_features(text: str) -> tuple[dict[str, float], list[tuple[int, int]]]:
    spans: list[tuple[int, int]] = []
    reads = reason_reads = 0
    shell = _SHELL_READ_LINES if "$" in text or "#" in text else _SHELL_READ_NO_PROMPT_WORD
    instr_targets: list[int] = []  # ends of reads whose file names the instructions
    for start, m in shell.finditer(text):
        reads += 1
        spans.append((start, m.end()))
        if _is_reason_file(m.group(1)):
            reason_reads += 1
        elif _INSTR_NAME.search(m.group(1)):
            instr_targets.append(m.end())
    calls = sorted(_find_all_anchored(text, "open(", 4) + _find_all_anchored(text, "path(", 4))
    for m in finditer_at(_PY_READ, text, calls):
        reads += 1
        spans.append(m.span())
        if _is_reason_file(m.group(1) or m.group(2) or ""):
            reason_reads += 1
        elif _INSTR_NAME.search(m.group(1) or m.group(2) or ""):
            instr_targets.append(m.end())
    tool_calls = _count_from(_TOOL_READS_FROM, text)
    for m in _matches_from(_JSON_PATH, text, '"'):
        if _is_reason_file(m.group(1)):
            reason_reads += 1
            spans.append(m.span())
    instr_reads = _instruction_reads(text, instr_targets)
    files = _file_names(text)
    reason_files = sum(1 for f in files if _is_reason_file(f))
    feats = {
        "rev_reads": _log(reads),
        "rev_reason_reads": _log(reason_reads),
        "rev_tool_calls": _log(tool_calls),
        "rev_tool_results": _log(
            _count_from(_TOOL_RESULT_TAGS_FROM, text)
            + len(_matches_from(_TOOL_RESULT_PARTS[1], text, "[", 3))
        ),
        "rev_files": _log(len(files)),
        "rev_reason_files": _log(reason_files),
        "rev_instr_reads": _log(instr_reads),
        "rev_answer_files": _log(sum(1 for f in files if _ANSWER_FILE.search(f))),
        "rev_fences": _log(_count_literal(text, "```") // 2),
    }
    return feats, spans[:32]


def structure_features(user_text: str) -> StructureResult:
    regions, dspans, opens, closes = delimiter_regions(user_text)
    scaf, _, label_spans = scaffold_features(user_text)
    rev, rspans = reveal_features(user_text)
    feats: dict[str, float] = {
        "delim_user": _log(opens + closes),
        "delim_user_pairs": _log(len(regions)),
        "delim_user_close": _log(closes),
        "template_tokens_user": _log(
            _count_from(_TEMPLATE_TOKENS_FROM, user_text) + _template_phrases(user_text) + _headers(user_text)
        ),
        "separators_user": _log(_SEPARATOR_LINES.count(user_text)),
        "role_lines_user": _log(_role_lines(user_text)),
    }
    feats.update(scaf)
    feats.update(rev)
    rules = []
    if opens + closes:
        rules.append("reasoning_delimiter_in_user")
    if rev["rev_reason_reads"] or rev["rev_reason_files"]:
        rules.append("reveal_idiom_reasoning_file")
    return StructureResult(feats, regions, dspans[:32], rspans, rules, label_spans[:512])


def role_delimiter_counts(text: str) -> int:
    """Number of reasoning delimiters in a message of any role (for assistant/tool history)."""
    return len(_DELIM.findall(text))
