"""The hand-written bank loads, labels consistently, and splits without overlap."""

from __future__ import annotations

import json

from monitor.corpus.handwritten import (
    BATCH_STARTS,
    TEST_ONLY_BATCHES,
    TRAIN_COPIES,
    _rows,
    handwritten_drafts,
)


def _texts(split: str) -> set[str]:
    return {json.dumps([m.content for m in d.messages]) for d in handwritten_drafts(split)}


def test_every_item_is_labelled_consistently() -> None:
    drafts = handwritten_drafts("test")
    assert len(drafts) >= 150
    assert {d.label for d in drafts} == {0, 1}
    for d in drafts:
        assert (d.label == 0) == (d.family in ("hard_negative", "benign"))
        assert d.messages[-1].role == "user"
        assert d.source.startswith("handwritten#kind=")


def test_train_and_test_halves_are_disjoint_and_train_is_repeated() -> None:
    train, test = _texts("train"), _texts("test")
    assert train and test and not train & test
    assert len(handwritten_drafts("train")) == TRAIN_COPIES * len(train)


def test_test_only_batches_never_reach_train() -> None:
    rows = _rows()
    ends = (*BATCH_STARTS[1:], len(rows))
    for batch in TEST_ONLY_BATCHES:
        held = {
            json.dumps([m["content"] for m in r["messages"]]) for r in rows[BATCH_STARTS[batch] : ends[batch]]
        }
        assert held and not held & _texts("train")
        assert held <= _texts("test")
