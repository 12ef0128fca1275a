"""The hand-written bank loads, labels consistently, and is evaluation-only."""

from __future__ import annotations

from monitor.corpus.handwritten import handwritten_drafts


def test_every_item_is_labelled_consistently() -> None:
    drafts = handwritten_drafts("test")
    assert len(drafts) >= 300
    assert {d.label for d in drafts} == {0, 1}
    for d in drafts:
        assert (d.label == 0) == (d.family == "hard_negative")
        assert d.messages[-1].role == "user"
        assert d.source.startswith("handwritten#kind=")


def test_the_bank_is_never_in_train() -> None:
    assert handwritten_drafts("train") == []
