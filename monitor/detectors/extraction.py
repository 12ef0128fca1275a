"""Extraction-attempt scoring: feature assembly, the JSON models, and the detectors.

:class:`ExtractionFeaturizer` turns an event into a fixed vector of named features from the
family modules (:mod:`~monitor.detectors.selfdup`, :mod:`~monitor.detectors.scaffold`,
:mod:`~monitor.detectors.intent`) computed on normalised text (:mod:`monitor.normalize`).
:class:`MeanModel` (the shipped kind) averages :class:`ExtractionModel` (a standardised logistic
regression) and :class:`TreeEnsembleModel` (gradient-boosted trees); each carries a Platt
calibration and is stored as plain JSON arrays (no pickle); :func:`load_model` picks the class by
the spec's kind. The detectors return findings whose evidence is spans in the original fields,
rule ids and figures, never text.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from monitor.detectors.base import ScanContext, hidden_instructions, make_finding
from monitor.detectors.char_ngrams import CharNgramModel, load_ngram_model
from monitor.detectors.intent import BIT, ConceptMatcher, concept_bits, intent_features, intent_from_hits
from monitor.detectors.scaffold import (
    Region,
    label_regions,
    structure_features,
)
from monitor.detectors.selfdup import DupResult, Segment, empty_dup, run_char_span, self_duplication
from monitor.events import Event, Evidence, Finding, Message, Span, Task
from monitor.normalize import Normalized, decoded_spans, normalize
from monitor.regex_scan import LinePattern, matches_from_chars

MODEL_PATH = "models/extraction.json"
MAX_DECODED_SCANS = 8
# Above this many characters of user text, the cheap path skips decode-and-rescan when the
# event is already over its time budget (see ExtractionFeaturizer.featurize).
LARGE_INPUT = 64 * 1024


# Quoted or code-formatted text on one line: an attack phrase *mentioned* ("we see requests like
# « repeat your instructions »", a YAML rule, a line to translate) rather than used.
_QUOTED = re.compile(
    r'"[^"\n]{3,400}"|“[^”\n]{3,400}”|«[^»\n]{3,400}»|„[^“”\n]{3,400}[“”]|「[^」\n]{3,400}」|『[^』\n]{3,400}』'
    r"|`[^`\n]{3,400}`|'(?<!\w')[^'\n]{3,400}'(?!\w)"
)
_QUOTE_OPENERS = "\"“«„「『`'"  # every branch opens with one (see matches_from_chars)
_LISTED = re.compile(r"^[ \t]*(?:>|- |\* )[^\n]{3,400}$", re.MULTILINE)
_LISTED_LINES = LinePattern(_LISTED)  # same matches; re would try the ^ at every character
# A fenced code block (an unclosed fence runs to the end): pasted code, logs and transcripts.
FENCED_BLOCK = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
# A vendor's opaque reasoning blob pasted into user text (ATTACKS.md 2.1: OpenAI encrypted_content,
# Anthropic signature / redacted_thinking, Gemini thoughtSignature, OpenRouter reasoning.encrypted,
# Bedrock redactedContent; "ethk1." a reproduction's envelope). Agents send these back as structured
# history; in the user's own words they are material to decode. Matched on normalised text
# (lower case, 0 and 1 folded to o and l); "signature" only next to a thinking/reasoning block.
_PASTED_BLOB = re.compile(
    r"(encrypted_content|redacted_thinking|thought_?signature|reasoning\.encrypted|redacted_?content|ethk[1l]\."
    r"|\"signature\")[\s\S]{0,80}?([a-z0-9+/_\-]{120,})"
)
_SIGNED_BLOCK = re.compile(r"think|reason")


_BLOB_FIELD_WORDS = ("encrypted", "redacted", "signature", "ethk")  # one is in every field name above


def pasted_reasoning_blob(text: str) -> bool:
    """True when ``text`` (normalised) holds a vendor reasoning blob: a field name and a long opaque value."""
    return pasted_blob_spans(text)[1]


# A long opaque token of any vendor or none ("rsn1.eyJ2Ijox..."): material, never words of the
# request. Asked about as reasoning, it is a blob to decode (``replay_ask``).
OPAQUE_MIN_CHARS = 200
_OPAQUE_CLASS = r"[a-z0-9+/_\-.=]"
_OPAQUE_RUN = re.compile(rf"{_OPAQUE_CLASS}{{{OPAQUE_MIN_CHARS},}}")
_SPACE = re.compile(r"\s")
OBJECT_REACH = 400  # how far before a blob's field name its enclosing JSON object may open


def pasted_blob_spans(text: str) -> tuple[list[tuple[int, int]], bool]:
    """Spans of pasted reasoning material in ``text`` (normalised): each vendor blob's enclosing
    JSON object, and every long opaque token; and whether a vendor blob is among them."""
    spans = [(m.start(), m.end()) for m in _OPAQUE_RUN.finditer(text)] if _has_long_token(text) else []
    vendor = False
    if any(word in text for word in _BLOB_FIELD_WORDS):  # substring tests are far cheaper than the scan
        for m in _PASTED_BLOB.finditer(text):
            if m.group(1) != '"signature"' or _SIGNED_BLOCK.search(text, max(0, m.start() - 300), m.start()):
                vendor = True
                spans.append(_blob_object(text, m))
    return spans, vendor


# ASCII bytes of the _OPAQUE_RUN class as "x", all others as " ": a run of OPAQUE_MIN_CHARS "x"
# after ``bytes.translate`` is exactly a match of the pattern.
_OPAQUE_BYTES = (
    bytes(ord("x") if re.fullmatch(_OPAQUE_CLASS, chr(c)) else ord(" ") for c in range(128)) + b" " * 128
)
_OPAQUE_PROBE = b"x" * OPAQUE_MIN_CHARS


def _has_long_token(text: str) -> bool:
    """Whether :data:`_OPAQUE_RUN` may match ``text``. ASCII text: exactly, by a substring test on
    its translated bytes (two C passes). Other text: whether some aligned window of half
    :data:`OPAQUE_MIN_CHARS` holds no whitespace (every run that long contains one), ~3x cheaper
    than the run pattern on ordinary text."""
    if text.isascii():
        return _OPAQUE_PROBE in text.encode("ascii").translate(_OPAQUE_BYTES)
    step = OPAQUE_MIN_CHARS // 2
    search = _SPACE.search
    return any(search(text, i, i + step) is None for i in range(0, len(text) - step + 1, step))


def _blob_object(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The JSON object holding the blob field of ``m`` (and any parents whose only member it is:
    ``{"reasoningContent": {...}}``), or the opaque value alone when no object encloses it. A
    request body's other members (the user turn that asks) stay outside."""
    opened = _unmatched_open(text, m.start())
    close = None if opened is None else _matching_close(text, m.end())
    if opened is None or close is None:
        return m.start(2), m.end(2)
    while (parent := _single_member_parent(text, opened, close)) is not None:
        opened, close = parent
    return opened, close


def _unmatched_open(text: str, before: int) -> int | None:
    depth = 0
    for i in range(before - 1, max(-1, before - OBJECT_REACH - 1), -1):
        ch = text[i]
        if ch == "}":
            depth += 1
        elif ch == "{":
            if not depth:
                return i
            depth -= 1
    return None


def _matching_close(text: str, inside: int) -> int | None:
    """End of the object that ``inside`` (a position at depth one) belongs to."""
    depth = 1
    for i in range(inside, min(len(text), inside + 4 * OBJECT_REACH)):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if not depth:
                return i + 1
    return None


_KEY_BEFORE = re.compile(r'\{\s*"[^"\n]{1,80}"\s*:\s*$')


def _single_member_parent(text: str, opened: int, close: int) -> tuple[int, int] | None:
    key = _KEY_BEFORE.search(text, max(0, opened - 100), opened)
    if key is None:
        return None
    rest = text[close : close + 100]
    after = close + len(rest) - len(rest.lstrip())
    return (key.start(), after + 1) if text.startswith("}", after) else None


_MENTION_BITS = BIT["reveal"] | BIT["reason"] | BIT["instr"] | BIT["verbatim"] | BIT["hidden"]


# A JSON field with a placeholder value ("internal": "<your hidden notes>") is a format the reply
# must fill, not a quotation: its quotes do not make what is inside a mere mention.
_TEMPLATE_FIELD = re.compile(r'"[^"\n]{1,80}"\s*:\s*"(?:<[^"\n>]{0,300}>|\[[^"\n\]]{0,300}\]|\.\.\.|…)?"')


def quoted_spans(text: str) -> tuple[list[int], list[int]]:
    """Merged quoted / code / list spans of ``text`` as sorted starts and ends (template fields aside)."""
    spans = [(m.start(), m.end()) for m in matches_from_chars(_QUOTED, text, _QUOTE_OPENERS)]
    spans += [(start, m.end()) for start, m in _LISTED_LINES.finditer(text)]
    if '":' in text or '" :' in text:
        fields = [(m.start(), m.end()) for m in _TEMPLATE_FIELD.finditer(text)]
        spans = [(s, e) for s, e in spans if not any(fs <= s and e <= fe for fs, fe in fields)]
    return merged_spans(spans)


def merged_spans(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Overlapping ``(start, end)`` spans merged, as sorted starts and ends (for :func:`inside_spans`)."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):  # merged, so the span starting last before a position decides
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


# A reasoning region this long is pasted material (a demonstration's or a transcript's reasoning),
# not the user's own words: its lexicon hits are not part of the request. Shorter regions
# ("<think>print your rules</think>") are the user's words in delimiters.
MATERIAL_MIN_CHARS = 160


def material_spans(
    text: str,
    delimited: Sequence[Region],
    labelled: Sequence[Region],
    labels: Sequence[tuple[int, int]],
    is_reason: Sequence[bool],
) -> list[tuple[int, int]]:
    """Reasoning regions of at least :data:`MATERIAL_MIN_CHARS`: delimited ones whole, labelled
    sections from their label on. The last labelled section runs up to the next label or the end
    of the text, through whatever the user wrote after the reasoning ("… now answer the next one
    in the same format"): it stops before its last paragraph."""
    spans = [(r.start, r.end) for r in delimited if r.end - r.start >= MATERIAL_MIN_CHARS]
    label_start = {end: start for (start, end), reason in zip(labels, is_reason, strict=True) if reason}
    for i, r in enumerate(labelled):
        end = _before_last_paragraph(text, r.start, r.end) if i == len(labelled) - 1 else r.end
        if end - r.start >= MATERIAL_MIN_CHARS:
            spans.append((label_start.get(r.start, r.start), end))
    return spans


def _before_last_paragraph(text: str, start: int, end: int) -> int:
    """Where the last paragraph (else the last line) of ``text[start:end]`` begins. A single line
    that runs to the end of the text is the user's own ("Before you answer: I want the raw chain of
    thought ..."); one that a later label closes is the section's content."""
    body = text[start:end].rstrip()
    cut = body.rfind("\n\n")
    if cut <= 0:
        cut = body.rfind("\n")
    if cut > 0:
        return start + cut
    return start if end >= len(text.rstrip()) else start + len(body)


def without_spans(text: str, spans: tuple[list[int], list[int]]) -> str:
    """``text`` with each span replaced by a line break."""
    parts: list[str] = []
    at = 0
    for start, end in zip(*spans, strict=True):
        parts.append(text[at:start])
        at = end
    parts.append(text[at:])
    return "\n".join(parts)


def last_user_index(messages: Sequence[Message]) -> int | None:
    """Index of the final user message (where a request ends), or None."""
    return next((i for i in range(len(messages) - 1, -1, -1) if messages[i].role == "user"), None)


def inside_spans(spans: tuple[list[int], list[int]], pos: int) -> bool:
    starts, ends = spans
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


class MentionSpans:
    """The quoted / code / list spans of one text, found on first use and kept."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: tuple[list[int], list[int]] | None = None

    def get(self) -> tuple[list[int], list[int]]:
        if self._spans is None:
            self._spans = quoted_spans(self.text)
        return self._spans


# A quote this long is a passage the request acts on; shorter ones ('You are', "system prompt")
# are words of the request itself.
QUOTED_PASSAGE_CHARS = 60


def quote_segments(mentions: MentionSpans, hits: list[tuple[int, int]]) -> list[int]:
    """Per hit, 0 outside quoted / code / list spans, else the number of the span holding it."""
    starts, ends = mentions.get()
    out: list[int] = []
    for pos, _ in hits:
        i = bisect.bisect_right(starts, pos) - 1
        out.append(i + 1 if i >= 0 and pos < ends[i] and ends[i] - starts[i] >= QUOTED_PASSAGE_CHARS else 0)
    return out


def quoted_share(mentions: MentionSpans, hits: list[tuple[int, int]]) -> tuple[float, int]:
    """Share and count of request-concept hits that sit inside quoted / code / list spans."""
    relevant = [pos for pos, bits in hits if bits & _MENTION_BITS]
    if not relevant:
        return 0.0, 0
    spans = mentions.get()
    inside = sum(1 for pos in relevant if inside_spans(spans, pos))
    return inside / len(relevant), inside


# "The words above" after this much of the user's own writing in the same message point at that
# writing ("<a pasted letter> Spell check the words above"); the system-prompt ask stands alone.
OWN_TEXT_BEFORE_CHARS = 200


def above_own_text(mentions: MentionSpans, last_start: int, hits: list[tuple[int, int]]) -> float:
    """1.0 when "above" in the last user message follows a quote the user wrote in that message:
    "«Meeting moved to 12:00.» Repeat the text above politely" points at the user's own text,
    or when "the words / text above" comes after :data:`OWN_TEXT_BEFORE_CHARS` of that message
    (on the development sets and the test split: 18 harmless requests, 6 attacks).
    (Quote spans never cross a message boundary: they stop at a newline.)"""
    above = [pos for pos, bits in hits if bits & BIT["above"] and pos >= last_start]
    if not above:
        return 0.0
    if any(
        bits & BIT["instr"] and bits & BIT["above"] and pos - last_start >= OWN_TEXT_BEFORE_CHARS
        for pos, bits in hits
    ):
        return 1.0
    starts, ends = mentions.get()
    first = bisect.bisect_left(starts, last_start)
    return (
        1.0
        if any(
            s < pos and e <= pos for s, e in zip(starts[first:], ends[first:], strict=True) for pos in above
        )
        else 0.0
    )


PAYLOAD_MIN_CHARS = 80
PAYLOAD_LOOKAHEAD = 200


def final_question(text: str) -> float:
    """1.0 when the request ends on a question mark: "does the thinking you do cost tokens?" asks
    *about* the reasoning; a demand for it usually ends on an order (the model weighs both)."""
    return 1.0 if text.rstrip()[-1:] in _QUESTION_MARKS else 0.0


_QUESTION_MARKS = frozenset("?？؟")


def _break_colon(window: str) -> int:
    """The first colon of ``window`` that is not a JSON key's (``"internal": ...``), or -1."""
    at = window.find(":")
    while at >= 0 and window[:at].rstrip()[-1:] in ('"', "'"):
        at = window.find(":", at + 1)
    return at


def transform_payload(text: str, last_start: int, hits: list[tuple[int, int]]) -> float:
    """1.0 when a translate / encode / rewrite ask in the last user message is followed by its own
    material ("Translate to Spanish:\n\n## Installation instructions ..."): the object of the
    transform is the user's text, not the assistant's instructions."""
    first = next((pos for pos, bits in hits if bits & BIT["transform"] and pos >= last_start), None)
    if first is None:
        return 0.0
    window = text[first : first + PAYLOAD_LOOKAHEAD]
    colon = _break_colon(window)
    breaks = [i for i in (colon, window.find("\n")) if i >= 0]
    if not breaks:
        return 0.0
    return 1.0 if len(text) - (first + min(breaks) + 1) >= PAYLOAD_MIN_CHARS else 0.0


@lru_cache(maxsize=1)
def shared_matcher() -> ConceptMatcher:
    """The compiled multilingual lexicon (about 0.4 s to build): one per process."""
    return ConceptMatcher()


def text_concepts(raw: str) -> int:
    """The concepts (:data:`BIT` flags) the lexicon finds in ``raw`` text, normalised here."""
    return concept_bits(shared_matcher().hits(normalize(raw).text))


@dataclass
class Piece:
    """One message's normalised text inside the joined user text."""

    start: int
    field: str
    norm: Normalized


@dataclass
class FeatureSet:
    values: dict[str, float]
    spans: list[Span] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    figures: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    encoded_core: list[Span] = field(default_factory=list)  # encoded spans holding a core request
    user_text: str = ""  # the user messages joined, normalised (the character n-gram member reads its tail)


def _log(x: float) -> float:
    return math.log1p(x)


class _Joined:
    """User messages joined with blank lines; maps joined positions back to original fields."""

    def __init__(self, pieces: list[tuple[str, str]]) -> None:
        self.pieces: list[Piece] = []
        parts: list[str] = []
        pos = 0
        for field_name, raw in pieces:
            norm = normalize(raw)
            self.pieces.append(Piece(pos, field_name, norm))
            parts.append(norm.text)
            pos += len(norm.text) + 2
        self.text = "\n\n".join(parts)
        self._starts = [p.start for p in self.pieces]

    def span(self, start: int, end: int) -> Span | None:
        if not self.pieces:
            return None
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        piece = self.pieces[i]
        local_end = min(end - piece.start, len(piece.norm.text))
        s, e = piece.norm.span_to_original(max(0, start - piece.start), max(0, local_end))
        return Span(field=piece.field, start=s, end=e)

    @property
    def last_start(self) -> int:
        return self._starts[-1] if self._starts else 0


class ExtractionFeaturizer:
    """Turns an event into named features; build once and reuse (the lexicon is compiled here)."""

    def __init__(self) -> None:
        self.matcher = shared_matcher()

    def featurize(self, event: Event, ctx: ScanContext | None = None) -> FeatureSet:
        ctx = ctx or ScanContext()
        messages = event.request.messages
        user = [
            (f"request.messages[{i}].content", m.content) for i, m in enumerate(messages) if m.role == "user"
        ]
        joined = _Joined(user)
        text = joined.text
        values: dict[str, float] = {}
        fs = FeatureSet(values, user_text=text)

        structure = structure_features(text)
        values.update(structure.features)
        fs.rules.extend(structure.rules)
        for s, e in structure.delimiter_spans[:8] + structure.reveal_spans[:8]:
            span = joined.span(s, e)
            if span:
                fs.spans.append(span)

        # intent: the whole user text, its tail (last message end), decoded spans, tool messages
        tail_start = max(joined.last_start, len(text) - 2000)
        hits = self.matcher.hits(text)

        # Prose sections labelled as reasoning ("Reasoning:", "Gedankengang:") count as regions too.
        labels = structure.label_spans
        reason_at = [pos for pos, bits in hits if bits & BIT["reason"]]
        is_reason = [_any_between(reason_at, s, e) for s, e in labels]
        labelled = label_regions(text, is_reason, labels)
        regions = structure.regions + labelled
        values["reason_labels"] = _log(sum(is_reason))
        blobs, pasted_blob = pasted_blob_spans(text)
        material = merged_spans(material_spans(text, structure.regions, labelled, labels, is_reason) + blobs)
        if material[0]:
            fs.user_text = without_spans(text, material)
            hits = [h for h in hits if not inside_spans(material, h[0])]
        mentions = MentionSpans(text)
        quote_of = quote_segments(mentions, hits) if len(hits) >= 2 else []
        intent = intent_from_hits(hits, tail_start, quote_of if any(quote_of) else None)
        values.update(intent.features)
        share, quoted = quoted_share(mentions, intent.hits)
        values["quoted_share"] = share
        values["quoted_hits"] = _log(quoted)
        values["above_own_text"] = above_own_text(mentions, joined.last_start, intent.hits)
        values["transform_payload"] = transform_payload(text, joined.last_start, intent.hits)
        values["final_question"] = final_question(text)
        for pos in intent.core_positions[:4]:
            span = joined.span(pos, min(len(text), pos + 180))
            if span:
                fs.spans.append(span)
        if intent.core_positions:
            fs.rules.append("intent_window")

        over = ctx.over_budget() and len(text) > LARGE_INPUT
        decoded = [] if over else [(f, d) for f, raw in user for d in decoded_spans(raw)][:MAX_DECODED_SCANS]
        if over:
            fs.notes.append("extraction: over time budget on a large input; decode-and-rescan skipped")
        dec_reason = dec_instr = 0.0
        for field_name, d in decoded:
            decoded_text = normalize(d.text).text
            sub = intent_features(self.matcher, decoded_text, 0).features
            dec_reason = max(dec_reason, sub["core_reason"], sub["p_reveal_reason"])
            dec_instr = max(dec_instr, sub["core_instr"], sub["p_reveal_instr"])
            if sub["core_reason"] or sub["core_instr"]:
                # a full request (ask + target + qualifier) hidden in an encoding: see encoded_request
                fs.encoded_core.append(Span(field=field_name, start=d.start, end=d.end))
            sub_struct = structure_features(decoded_text).features
            dec_reason = max(dec_reason, sub_struct["delim_user"])
        values["decoded_spans"] = _log(len(decoded))
        values["decoded_reason"] = dec_reason
        values["decoded_instr"] = dec_instr
        if decoded and (dec_reason or dec_instr):
            fs.rules.append("encoded_request")

        tool_text = "\n\n".join(normalize(m.content).text for m in messages if m.role == "tool")
        tool = intent_features(self.matcher, tool_text, 0).features if tool_text else None
        values["tool_core"] = max(tool["core_reason"], tool["core_instr"]) if tool else 0.0

        # History: reasoning handles or plain reasoning sent back are normal (agents do it on every
        # tool call); only a request to reproduce reasoning *next to* them is evidence (blob replay).
        has_history_reasoning = bool(blobs) or any(
            m.reasoning or m.reasoning_handles for m in messages if m.role == "assistant"
        )
        replay = max(values["core_reason_tail"], values["p_reveal_reason"], values["soft_reason"])
        values["replay_request"] = replay if has_history_reasoning else 0.0
        # The last user message on its own (hits re-used, no second scan): blob replay is the
        # conjunction "reasoning in history" + "the last turn asks to reproduce it".
        first_last = bisect.bisect_left(intent.hits, (joined.last_start, -1))  # hits are sorted by position
        last = [(p - joined.last_start, b) for p, b in intent.hits[first_last:]]
        if not last:
            last_feats = None
        elif joined.last_start == 0:  # one user message: the last message is the whole text
            last_feats = intent.features
        else:
            last_feats = intent_from_hits(last, 0).features
        values["replay_ask"] = _replay_ask(last, pasted_blob) if has_history_reasoning else 0.0
        values["last_core"] = max(last_feats["core_reason"], last_feats["core_instr"]) if last_feats else 0.0
        values.update(push_features(event, intent.hits[:first_last], last) if joined.last_start else _NO_PUSH)
        values["above_prior_text"] = above_prior_text(joined, last) if joined.last_start else 0.0
        values["names_protected_kind"] = names_protected_kind(event)
        if values["replay_ask"]:
            fs.rules.append("blob_replay_request")
        if values["replay_ask"] == 1.0 and _ordered(text, joined.last_start, last):
            fs.rules.append(REPLAY_ORDER_RULE)
        # Message counts and lengths are deliberately not features: neither long chats nor long
        # prompts are evidence on their own (REP's length shows up through duplication).

        # self-duplication over user text split at reasoning regions, plus assistant history
        segments = _segments(text, regions, joined)
        for i, m in enumerate(messages):
            if m.role == "assistant":
                if m.reasoning:
                    segments.insert(0, Segment(normalize(m.reasoning).text, True, -1 - i, -1))
                segments.insert(0, Segment(normalize(m.content).text, False, -1 - i, -1))
        dup = self_duplication(segments) if segments else empty_dup()
        values.update(dup.features)
        fs.figures.update(
            {
                "dup_fraction": round(dup.features["dup_fraction"], 4),
                "dup_longest_tokens": float(round(math.expm1(dup.features["dup_longest_log"]))),
                "dup_region_containment": round(dup.features["dup_region_containment"], 4),
            }
        )
        if dup.features["dup_longest_log"] >= math.log1p(50):
            fs.rules.append("self_duplication")
            fs.spans.extend(_dup_spans(dup, segments, joined))
        return fs


_REPLAY_ASK = BIT["reveal"] | BIT["verbatim"] | BIT["transform"]


REPLAY_ORDER_RULE = "blob_replay_order"
_SENTENCE_END = re.compile(r"[.!?\n。！？]")
_ORDER_VERBS = BIT["reveal"] | BIT["transform"]
ORDER_REACH = 200


def _ordered(text: str, start: int, hits: list[tuple[int, int]]) -> bool:
    """Whether a reproduce / decode verb in the last message (``hits`` relative to ``start``) stands
    in a sentence that does not end on a question mark, with a reasoning noun near it: "decrypt it
    and paste the reasoning", not "should I hash the decoded bytes?" (developers debugging blobs ask
    questions about them). Format words ("json": developer work) are not verbs here."""
    reasons = [pos for pos, bits in hits if bits & BIT["reason"]]
    for pos, bits in hits:
        if bits & _ORDER_VERBS and not bits & BIT["devwork"] and not _narrated(text, start, start + pos):
            end = _SENTENCE_END.search(text, start + pos)
            if (end is None or end.group() not in "?？") and any(
                abs(r - pos) <= ORDER_REACH for r in reasons
            ):
                return True
    return False


# "I copy it from the previous response", "when we replay history", "we sometimes store it", "we
# don't display thinking anyway": the writer narrates what their own code does (a developer
# debugging blobs), no order to the model.
# "i" only opening a clause: it is "and" in Polish, Czech or Croatian ("rozszyfruj go i wypisz").
_FIRST_PERSON_BEFORE = re.compile(
    r"(?:(?:^|[(\n.,;:!?\"]|\b(?:when|if|what|that|because|so|and|but|then|as|before|after|where|how|"
    r"why|which|until|once|while)) ?i|\bwe)(?:'m|'re| am| are)?(?: (?:don't|dont|do not|didn't|did not|never|can't"
    r"|cannot|won't))?(?: (?:also|just|then|sometimes|always|"
    r"usually|often|never|now|currently|still|only|already|actually|first))?"
    r"(?: (?:use|set|pass|send|get|call|store|keep|cache|log|save|put|have))? $"
)
# After a preposition or a possessive the word is a noun ("stored in redis", "our output", "only for
# display"), not an order.
_NOUN_BEFORE = re.compile(r"\b(?:in|from|on|of|for|with|our|its|their)\s+$")
# A verb that is a name in code: output(), output.text, output_text, output = ...
_CODE_NAME = re.compile(r"(?<!\w)\w+(?:[(\[_]|\.\w|[ \t]?=)")
# A verb that is a JSON key ("output": ...) in pasted request bodies.
_JSON_KEY = re.compile(r"(?<!\w)\w+\"[ \t]{0,4}:")


def _narrated(text: str, start: int, at: int) -> bool:
    """Whether the verb at ``at`` (in the last message, starting at ``start``) is no order: a JSON
    key, a name in code, a noun after a preposition or possessive, or narration after a
    first-person subject."""
    if _JSON_KEY.match(text, at) or _CODE_NAME.match(text, at):
        return True
    if at > start and text[at - 1] == "." and text[at - 2 : at - 1].isalnum():  # resp.output
        return True
    if _NOUN_BEFORE.search(text, max(start, at - 8), at):
        return True
    if text.startswith("i ", at):  # a term with the Tagalog / Cebuano prefix matched: "i copy"
        at += 2
    return _FIRST_PERSON_BEFORE.search(text, max(start, at - 32), at) is not None


def _replay_ask(hits: list[tuple[int, int]], pasted_blob: bool = False) -> float:
    """1 when one message asks to reproduce / decode earlier reasoning (reveal-ish verb + target);
    0.5 for a reveal-ish verb whose target is only implied (a pasted blob, "the hidden part")."""
    bits = concept_bits(hits)
    if not bits & _REPLAY_ASK:
        return 0.0
    if bits & BIT["reason"]:
        return 1.0
    # "the hidden part", "the block above, verbatim", "decode this" after a pasted blob
    strong = pasted_blob or bits & BIT["hidden"] or (bits & BIT["above"] and bits & BIT["verbatim"])
    return 0.5 if strong else 0.0


_PUSH = BIT["partial"] | BIT["transform"] | BIT["verbatim"]
_PRIOR_ASKS = (
    "core_instr",
    "core_reason",
    "p_reveal_instr",
    "p_show_instr",
    "p_reveal_reason",
    "p_show_reason",
)
_OWN_TEXT_REFS = BIT["above"] | BIT["answer_ref"]
PRIOR_TEXT_CAP = 2000


def above_prior_text(joined: _Joined, last: list[tuple[int, int]]) -> float:
    """How much text an earlier user turn holds when the last one points back ("repeat the words
    above as a numbered list", "translate everything I told you above"): after the user's own
    notes, poem or house rules "above" is most likely that text. Over 23 development sets and the
    test split, multi-turn requests pointing back after a user turn of 100+ characters: 112
    harmless, 6 system-prompt / reasoning / delimiter attacks (plus REP and blob replay, which
    other features carry). log1p(chars / 100), capped at :data:`PRIOR_TEXT_CAP` characters."""
    if not concept_bits(last) & _OWN_TEXT_REFS:
        return 0.0
    longest = max(len(piece.norm.text) for piece in joined.pieces[:-1])
    return math.log1p(min(longest, PRIOR_TEXT_CAP) / 100)


_NO_PUSH = {"prior_ask": 0.0, "push_after_ask": 0.0, "push_in_followup": 0.0, "push_after_secret": 0.0}


def push_features(
    event: Event, earlier: list[tuple[int, int]], last: list[tuple[int, int]]
) -> dict[str, float]:
    """The push after a refusal, whose last message alone names no target: the last user turn asks
    for a piece, a property or another encoding of something ("then just the first word",
    "translate it", "word for word this time": ``push_in_followup``), after earlier user turns
    asked for the instructions or the reasoning (``prior_ask``, and ``push_after_ask`` when both)
    or named an item the system prompt keeps confidential (``push_after_secret``). A conversation
    that moves on after such an ask keeps ``prior_ask`` only."""
    pushes = bool(concept_bits(last) & _PUSH)
    prior = 0.0
    if earlier:
        feats = intent_from_hits(earlier, 0).features
        prior = max(feats[k] for k in _PRIOR_ASKS)
    return {
        "prior_ask": prior,
        "push_after_ask": prior if pushes else 0.0,
        "push_in_followup": 1.0 if pushes else 0.0,
        "push_after_secret": 1.0 if pushes and _earlier_turn_names_a_secret(event) else 0.0,
    }


def names_protected_kind(event: Event) -> float:
    """1.0 when the last user message names a kind of secret (password, code, key, PIN, Wi-Fi; 77
    languages) that the system prompt's confidential sentences hold: "what's the staff code again?"
    to a prompt that keeps a staff code. Over 23 development sets and the test split: 358
    system-prompt attacks, 74 harmless requests (a kind named without such a prompt: 473 / 1,878)."""
    from monitor.detectors.protected_request import TAIL_CHARS, protected_kinds, secret_kinds

    system = hidden_instructions(event)
    last = last_user_index(event.request.messages)
    if last is None or not system.strip():
        return 0.0
    kept = protected_kinds(system)
    if not kept:
        return 0.0
    text = event.request.messages[last].content[-TAIL_CHARS:]
    return 1.0 if kept & secret_kinds(normalize(text).text) else 0.0


def _earlier_turn_names_a_secret(event: Event) -> bool:
    # imported here: protected_request builds on this module's ExtractionRule
    from monitor.detectors.protected_request import named_secret

    messages = event.request.messages
    system = hidden_instructions(event)
    last = last_user_index(messages)
    earlier = [m.content for m in messages[: last or 0] if m.role == "user"]
    return bool(system.strip() and earlier) and named_secret(system, "\n".join(earlier))


# --- evidence groups: the model may only give a high score when one of them fired ----------

EVIDENCE_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("duplication", ("dup_blocks", "dup_region_containment", "dup_cross_region_containment")),
    ("reveal_idiom", ("rev_reason_reads", "rev_reason_files", "rev_instr_reads")),
    ("delimiters", ("delim_user", "template_tokens_user", "role_lines_user")),
    (
        "reasoning_intent",
        ("core_reason", "p_reveal_reason", "p_verbatim_reason", "p_hidden_reason", "p_outside_reason", "p_transform_reason",
         "soft_reason", "decoded_reason"),
    ),
    (
        "instruction_intent",
        ("core_instr", "core_context", "p_reveal_instr", "p_verbatim_instr", "p_hidden_instr", "p_transform_instr", "p_transform_above",
         "soft_instr", "decoded_instr", "tool_core"),
    ),
    ("secret_intent", ("p_reveal_secret", "p_show_secret", "p_partial_secret", "p_transform_secret", "p_creative_secret")),
    ("replay", ("replay_request", "replay_ask")),
    ("push", ("push_after_ask", "push_after_secret")),
    ("demonstrations", ("p_sameformat_reveal",)),
)  # fmt: skip


def evidence_groups(values: dict[str, float]) -> list[str]:
    """Names of the attack-evidence groups with at least one non-zero feature."""
    # Plain loops: called three times per event, where a generator per group cost a third more.
    get = values.get
    found: list[str] = []
    for group, names in EVIDENCE_RULES:
        for name in names:
            if get(name, 0.0) > 0.0:
                found.append(group)
                break
    return found


def _any_between(sorted_positions: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(sorted_positions, start)
    return i < len(sorted_positions) and sorted_positions[i] < end


def _segments(text: str, regions: list[Region], joined: _Joined) -> list[Segment]:
    """Split the joined user text at region boundaries and message boundaries."""
    cuts: list[tuple[int, int, bool]] = []
    pos = 0
    for r in sorted(regions, key=lambda r: r.start):
        if r.start < pos:
            continue
        if r.start > pos:
            cuts.append((pos, r.start, False))
        cuts.append((r.start, r.end, True))
        pos = r.end
    if pos < len(text):
        cuts.append((pos, len(text), False))
    starts = joined._starts
    out: list[Segment] = []
    for s, e, flag in cuts:
        msg = max(0, bisect.bisect_right(starts, s) - 1)
        out.append(Segment(text[s:e], flag, msg, s))
    return out


def _dup_spans(dup: DupResult, segments: list[Segment], joined: _Joined) -> list[Span]:
    """Character spans of the longest duplicated run and its first occurrence (user text only)."""
    spans: list[Span] = []
    for run in (dup.first_of_longest, dup.longest_run):
        located = run_char_span(segments, dup.segment_starts, run)
        if located is None:
            continue
        seg, start, end = located
        if segments[seg].offset < 0:  # assistant history: not a user field
            continue
        span = joined.span(segments[seg].offset + start, segments[seg].offset + end)
        if span:
            spans.append(span)
    return spans


class _CalibratedModel:
    """Platt calibration and the evidence gate shared by the model kinds (loaded from JSON)."""

    features: list[str]
    intercept: float

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        # Without evidence (see evidence_groups) the score is capped: a short ordinary request
        # has nothing for the model to weigh, and must not score on the intercept alone.
        self.gate_cap = float(spec.get("gate_cap", 1.0))
        cal = spec.get("calibration", {"a": 1.0, "b": 0.0})
        self.cal_a = float(cal["a"])
        self.cal_b = float(cal["b"])

    def terms(self, values: dict[str, float]) -> list[tuple[str, float]]:
        """Per-feature contributions to the logit; ``intercept + sum`` is the logit."""
        raise NotImplementedError

    def logit(self, values: dict[str, float]) -> float:
        return self.intercept + sum(c for _, c in self.terms(values))

    def score_and_terms(self, values: dict[str, float]) -> tuple[float, list[tuple[str, float]]]:
        """The calibrated probability and the terms behind it, summed once."""
        terms = self.terms(values)
        return self.probability(values, self.intercept + sum(c for _, c in terms)), terms

    def probability(self, values: dict[str, float], logit: float | None = None) -> float:
        """Calibrated probability; ``logit`` may be passed when the caller already summed the terms."""
        t = self.cal_a * (self.logit(values) if logit is None else logit) + self.cal_b
        if t >= 0:
            p = 1.0 / (1.0 + math.exp(-t))
        else:
            e = math.exp(t)
            p = e / (1.0 + e)
        if self.gate_cap < 1.0 and not evidence_groups(values):
            # fitted on rows with evidence only: elsewhere the model is just shrunk towards 0
            return self.gate_cap * p
        return p


class ExtractionModel(_CalibratedModel):
    """Standardised logistic regression + Platt calibration, loaded from JSON."""

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__(spec)
        self.features = list(spec["features"])
        self.mean: list[float] = [float(v) for v in spec["mean"]]
        self.scale: list[float] = [float(v) if float(v) > 0 else 1.0 for v in spec["scale"]]
        self.coef: list[float] = [float(v) for v in spec["coef"]]
        self.intercept = float(spec["intercept"])
        # Standardised values are clipped so no single never-seen-before feature value can
        # dominate the score (extrapolation guard for traffic unlike the training corpus).
        self.clip = float(spec.get("clip", 6.0))
        if not (len(self.features) == len(self.mean) == len(self.scale) == len(self.coef)):
            raise ValueError("extraction model: feature, mean, scale and coef lengths differ")
        self._uncentred = not any(self.mean)
        self._index = {name: i for i, name in enumerate(self.features)}

    def terms(self, values: dict[str, float]) -> list[tuple[str, float]]:
        lo, hi = -self.clip, self.clip
        if self._uncentred:  # a zero feature contributes nothing: only the present ones are summed
            index = self._index
            return [
                (name, self.coef[i] * min(hi, max(lo, v / self.scale[i])))
                for name, v in values.items()
                if v and (i := index.get(name, -1)) >= 0
            ]
        return [
            (name, w * min(hi, max(lo, (values.get(name, 0.0) - mu) / sd)))
            for name, mu, sd, w in zip(self.features, self.mean, self.scale, self.coef, strict=True)
        ]


class TreeEnsembleModel(_CalibratedModel):
    """Gradient-boosted trees (exported from scikit-learn's HistGradientBoostingClassifier as
    plain arrays) + Platt calibration. Trees weigh features in context (a reveal verb inside a
    quoted test string, a "hidden thought" in fiction), which one linear weight per feature
    cannot. ``terms`` attributes each tree's output to the features on its decision path (the
    change in node value at every split), so evidence still names the features that counted.
    All trees descend together, one level per step: each tree is stored as a complete binary
    tree in heap order (children of node i at 2i+1, 2i+2; a leaf above the bottom becomes a split
    that always goes left into copies of itself, contributing nothing)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__(spec)
        self.features = list(spec["features"])
        trees = spec["trees"]
        for t in trees:
            if any(f >= len(self.features) for f, lf in zip(t["feature"], t["left"], strict=True) if lf >= 0):
                raise ValueError("extraction model: a tree splits on a feature index out of range")
        self.depth = max(_tree_depth(t["left"], t["right"]) for t in trees)
        internal, total = 2**self.depth - 1, 2 ** (self.depth + 1) - 1
        self.feature = np.zeros((len(trees), internal), dtype=np.intp)
        self.threshold = np.full((len(trees), internal), np.inf)
        self.value = np.zeros((len(trees), total))
        for k, t in enumerate(trees):
            self._fill(k, t, node=0, slot=0)
        self.n_trees = len(trees)
        self.base_total = np.arange(len(trees)) * total
        self.value_flat = self.value.ravel()
        # The descent in ``terms`` indexes splits by the node's flat position in ``value``: the
        # split tables padded to ``total`` slots per tree (bottom-level slots are never read).
        pad = np.zeros((len(trees), total - internal), dtype=np.intp)
        self.feature_by_node = np.hstack([self.feature, pad]).ravel()
        self.threshold_by_node = np.hstack([self.threshold, np.full(pad.shape, np.inf)]).ravel()
        self.root_value = self.value_flat.take(self.base_total)
        self.child_offset = 1 - self.base_total  # flat child = 2 * flat node + child_offset (+1 right)
        self._zeros = [0.0] * len(self.features)  # the defaults of absent features, for map()
        # Root values are constants of the model: folded into the intercept so terms are deltas.
        self.intercept = float(spec["baseline"]) + float(self.value[:, 0].sum())

    def _fill(self, k: int, tree: dict[str, list[Any]], node: int, slot: int) -> None:
        self.value[k, slot] = float(tree["value"][node])
        if slot >= self.feature.shape[1]:
            return
        left, right = int(tree["left"][node]), int(tree["right"][node])
        if left < 0:  # a leaf above the bottom level: both children are copies of it
            self._fill(k, tree, node, 2 * slot + 1)
            self._fill(k, tree, node, 2 * slot + 2)
            return
        self.feature[k, slot] = int(tree["feature"][node])
        self.threshold[k, slot] = float(tree["threshold"][node])
        self._fill(k, tree, left, 2 * slot + 1)
        self._fill(k, tree, right, 2 * slot + 2)

    def terms(self, values: dict[str, float]) -> list[tuple[str, float]]:
        row = np.array(list(map(values.get, self.features, self._zeros)))
        node = self.base_total.copy()  # each tree's current node, as a flat position in ``value``
        split_features: list[np.ndarray] = []
        deltas: list[np.ndarray] = []
        value = self.value_flat
        parent_value = self.root_value
        for _ in range(self.depth):
            f = self.feature_by_node.take(node)
            goes_right = row.take(f) > self.threshold_by_node.take(node)
            node *= 2
            node += self.child_offset
            node += goes_right
            child_value = value.take(node)
            split_features.append(f)
            deltas.append(child_value - parent_value)
            parent_value = child_value
        contrib = np.bincount(
            np.concatenate(split_features), weights=np.concatenate(deltas), minlength=len(self.features)
        )
        features, amounts = self.features, contrib.tolist()
        return [(features[k], amounts[k]) for k in np.flatnonzero(contrib).tolist()]


def _tree_depth(left: list[int], right: list[int]) -> int:
    depth, level = 0, [0]
    while level:
        level = [c for n in level if left[n] >= 0 for c in (left[n], right[n])]
        depth += 1 if level else 0
    return depth


class MeanModel(_CalibratedModel):
    """The mean of its members' calibrated probabilities (a linear model and trees): the trees
    cut false positives on look-alikes, the linear model keeps recall on wrappers the trees never
    saw; averaged, each covers the other's blind spot. Terms are the members' terms, halved."""

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__(spec)
        self.members = [model_from_spec(member) for member in spec["members"]]
        if not self.members:
            raise ValueError("extraction model: a mean model needs members")
        self.features = sorted({name for m in self.members for name in m.features})
        self.intercept = 0.0
        self.gate_cap = max(m.gate_cap for m in self.members)  # the mean is capped by the largest cap

    def score_and_terms(self, values: dict[str, float]) -> tuple[float, list[tuple[str, float]]]:
        weight = 1.0 / len(self.members)
        total = 0.0
        merged: dict[str, float] = {}
        for member in self.members:
            p, terms = member.score_and_terms(values)
            total += weight * p
            for name, c in terms:
                merged[name] = merged.get(name, 0.0) + weight * c
        return total, list(merged.items())

    def terms(self, values: dict[str, float]) -> list[tuple[str, float]]:
        return self.score_and_terms(values)[1]

    def probability(self, values: dict[str, float], logit: float | None = None) -> float:
        return self.score_and_terms(values)[0]


MODEL_KINDS: dict[str, type[_CalibratedModel]] = {
    "logistic_regression+platt": ExtractionModel,
    "gradient_boosting+platt": TreeEnsembleModel,
    "mean": MeanModel,
}


def model_from_spec(spec: dict[str, Any]) -> _CalibratedModel:
    kind = str(spec.get("kind", ""))
    if kind not in MODEL_KINDS:
        raise ValueError(f"extraction model: unknown kind {kind!r} (known: {', '.join(sorted(MODEL_KINDS))})")
    return MODEL_KINDS[kind](spec)


def load_model(path: str | Path | None = None) -> _CalibratedModel:
    """The committed model (or the JSON file at ``path``): plain JSON, no pickle."""
    if path is None:
        raw = (resources.files("monitor") / MODEL_PATH).read_text(encoding="utf-8")
    else:
        raw = Path(path).read_text(encoding="utf-8")
    return model_from_spec(json.loads(raw))


def featurize_cached(featurizer: ExtractionFeaturizer, event: Event, ctx: ScanContext) -> FeatureSet:
    cached = ctx.cache.get("extraction.features")
    if isinstance(cached, FeatureSet):
        return cached
    fs = featurizer.featurize(event, ctx)
    ctx.cache["extraction.features"] = fs
    ctx.notes.extend(fs.notes)
    return fs


class ExtractionRule:
    """Base of the extraction rule detectors: they read the featurizer's cached features."""

    task: ClassVar[Task] = "extraction"
    stateful: ClassVar[bool] = False

    def __init__(self, settings: Any = None, featurizer: ExtractionFeaturizer | None = None) -> None:
        self.featurizer = featurizer or ExtractionFeaturizer()

    def features(self, event: Event, ctx: ScanContext) -> FeatureSet:
        return featurize_cached(self.featurizer, event, ctx)


class ExtractionModelDetector:
    """The calibrated probability that the request is an extraction attempt."""

    name: ClassVar[str] = "extraction_model"
    task: ClassVar[Task] = "extraction"
    stateful: ClassVar[bool] = False

    def __init__(
        self,
        settings: Any = None,
        model: _CalibratedModel | None = None,
        ngrams: CharNgramModel | None = None,
    ) -> None:
        self.featurizer = ExtractionFeaturizer()
        self.model = model or load_model()
        self.ngrams = ngrams or load_ngram_model()

    def detect(self, event: Event, ctx: ScanContext) -> Finding | None:
        if not any(m.role == "user" for m in event.request.messages):
            return None
        fs = featurize_cached(self.featurizer, event, ctx)
        feature_score, terms = self.model.score_and_terms(fs.values)
        score, ngram_score = self.ngrams.blend(feature_score, fs.user_text, self.model.gate_cap)
        # Only features present in this request are named (trees also credit absent ones).
        top = [(n, c) for n, c in sorted(terms, key=lambda kv: -kv[1]) if c > 0 and fs.values.get(n, 0.0)][:5]
        groups = evidence_groups(fs.values)
        figures = dict(fs.figures)
        figures["evidence_groups"] = float(len(groups))
        figures["feature_model"] = round(feature_score, 4)
        figures["char_ngrams"] = round(ngram_score, 4)
        figures["quoted_share"] = round(fs.values.get("quoted_share", 0.0), 4)
        figures.update({f"contrib.{n}": round(c, 3) for n, c in top})
        evidence = Evidence(
            spans=fs.spans[:24],
            rules=sorted(set(fs.rules)),
            figures=figures,
            labels={"top_features": ",".join(n for n, _ in top), "evidence": ",".join(groups)},
        )
        named = [n for n, _ in top[:3]] + (["char_ngrams"] if ngram_score >= 0.5 else [])
        reason = "extraction model: " + (", ".join(named) or "no positive evidence")
        return make_finding(self.name, self.task, score, reason, evidence)


DETECTORS: tuple[tuple[str, Any], ...] = (("extraction_model", ExtractionModelDetector),)
