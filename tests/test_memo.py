from monitor.memo import BoundedMemo


def test_remember_returns_the_value_and_keeps_it() -> None:
    memo: BoundedMemo[int] = BoundedMemo(max_items=3, max_key_chars=10)
    assert memo.remember("a", 1) == 1
    assert memo.get("a") == 1


def test_long_keys_are_not_kept() -> None:
    memo: BoundedMemo[int] = BoundedMemo(max_items=3, max_key_chars=4)
    assert memo.remember("x" * 5, 7) == 7
    assert "x" * 5 not in memo


def test_a_full_memo_forgets_everything_before_it_keeps_the_next_key() -> None:
    memo: BoundedMemo[int] = BoundedMemo(max_items=2, max_key_chars=10)
    memo.remember("a", 1)
    memo.remember("b", 2)
    memo.remember("c", 3)
    assert dict(memo) == {"c": 3}
