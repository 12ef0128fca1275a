"""A bounded memo for values computed from texts that traffic repeats (system prompts, templates)."""

from __future__ import annotations

from typing import TypeVar

V = TypeVar("V")


class BoundedMemo(dict[str, V]):
    """A dict that forgets everything once it holds ``max_items`` (not an LRU: the few hot keys of
    a deployment come back at once) and never keeps keys longer than ``max_key_chars``."""

    def __init__(self, max_items: int, max_key_chars: int) -> None:
        super().__init__()
        self.max_items = max_items
        self.max_key_chars = max_key_chars

    def remember(self, key: str, value: V) -> V:
        if len(key) <= self.max_key_chars:
            if len(self) >= self.max_items:
                self.clear()
            self[key] = value
        return value
