from __future__ import annotations

import pytest

from monitor.state import InMemoryStateStore


def test_put_get_delete_len_items() -> None:
    store = InMemoryStateStore(max_keys=10, ttl_seconds=100)
    store.put("acct:a", {"n": 1}, now=0)
    store.put("acct:b", 2, now=1)
    assert store.get("acct:a") == {"n": 1} and store.get("missing") is None
    assert len(store) == 2 and dict(store.items()) == {"acct:a": {"n": 1}, "acct:b": 2}
    store.delete("acct:a")
    store.delete("acct:a")  # deleting twice is fine
    assert len(store) == 1


def test_cap_evicts_the_least_recently_written() -> None:
    store = InMemoryStateStore(max_keys=2, ttl_seconds=1e9)
    store.put("a", 1, now=0)
    store.put("b", 2, now=1)
    store.put("a", 3, now=2)  # rewrite moves a to the back
    store.put("c", 4, now=3)
    assert dict(store.items()) == {"a": 3, "c": 4} and store.evictions == 1


def test_ttl_expires_keys_not_written_within_the_window_even_if_read() -> None:
    store = InMemoryStateStore(max_keys=100, ttl_seconds=10)
    store.put("a", 1, now=0)
    store.put("b", 2, now=1)
    assert store.get("a") == 1  # a read does not renew a key
    store.put("c", 3, now=10.5)  # cutoff 0.5: a expires, b stays
    assert dict(store.items()) == {"b": 2, "c": 3} and store.evictions == 1
    store.put("d", 4, now=100)
    assert dict(store.items()) == {"d": 4}


def test_max_keys_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_keys must be >= 1"):
        InMemoryStateStore(max_keys=0)
