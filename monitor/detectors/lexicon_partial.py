"""The ``partial`` concept: asking for a piece or a property of a text instead of the text.

"Then just the first word", "how many characters is it", "does it start with O?", "yes or no":
the move people make after a chatbot declines to show its instructions or its reasoning. On its
own it is everyday language (the first line of a poem, the length of an essay); the extraction
features only count it in the last user turn of a conversation whose earlier turns asked for the
hidden text (``push_after_ask`` in :mod:`monitor.detectors.extraction`). Conventions as in
:mod:`monitor.detectors.lexicon` (stems, ``$`` for whole words, folded at build time).
"""

from __future__ import annotations

# fmt: off
PARTIAL: dict[str, list[str]] = {
    "en": ["first word", "first line", "first sentence", "first letter", "first character", "first paragraph",
           "opening line", "last word", "last line", "last sentence", "how many words", "how many characters",
           "how many letters", "how many lines", "how many sentences", "how many rules", "how long is it",
           "starts with", "start with", "begins with", "ends with", "contains the word", "yes or no",
           "hot or cold", "hint$", "clue$", "correct my guess", "am i right", "first few words"],
}
# fmt: on
