from __future__ import annotations

import io

import pytest

from monitor.sources.file import FileSource, iter_lines


def lines(data: bytes, max_bytes: int = 100) -> list[tuple[int, bytes | None]]:
    return list(iter_lines(io.BytesIO(data), max_bytes))


def test_iter_lines_numbers_every_line_including_blank_ones() -> None:
    assert lines(b"a\n\nb\r\n  \nc") == [(1, b"a"), (2, b""), (3, b"b\r"), (4, b"  "), (5, b"c")]
    assert lines(b"") == []
    assert lines(b"a\n") == [(1, b"a")]  # a final newline does not make an extra line
    assert lines(b"\n") == [(1, b"")]


def test_iter_lines_over_long_line_is_none_and_reading_goes_on() -> None:
    assert lines(b"x" * 11 + b"\nok\n" + b"y" * 10, max_bytes=10) == [(1, None), (2, b"ok"), (3, b"y" * 10)]
    assert lines(b"z" * 11, max_bytes=10) == [(1, None)]


def test_iter_lines_across_chunk_boundaries() -> None:
    big = b"q" * 200_000
    assert lines(big + b"\n" + big, max_bytes=200_000) == [(1, big), (2, big)]


def test_file_source_blank_lines_are_records_unless_skipped() -> None:
    data = b"a\n\nb\n"
    source = FileSource.from_bytes(data, max_bytes=100)
    records = source.poll(10, 0.01)
    assert [(r.offset, r.value) for r in records] == [(1, b"a"), (2, b""), (3, b"b")]
    skipping = FileSource.from_bytes(data, max_bytes=100, skip_blank=True)
    assert [r.offset for r in skipping.poll(10, 0.01)] == [1, 3]


def test_file_source_batches_rewind_commit_and_exhaustion() -> None:
    source = FileSource.from_bytes(b"1\n2\n3\n" + b"x" * 20 + b"\n", max_bytes=10)
    first = source.poll(2, 0.01)
    assert [r.offset for r in first] == [1, 2] and not source.exhausted()
    source.rewind(first)
    again = source.poll(3, 0.01)
    assert [r.offset for r in again] == [1, 2, 3]
    source.commit(again)
    assert source.committed_through == 3
    last = source.poll(10, 0.01)
    assert [(r.offset, r.value, r.error) for r in last] == [(4, None, "line too large: more than 10 bytes")]
    assert source.poll(10, 0.01) == [] and source.exhausted()
    source.commit([])
    assert source.committed_through == 3
    source.close()


def test_file_source_rate_paces_without_losing_lines() -> None:
    source = FileSource.from_bytes(b"1\n2\n3\n", max_bytes=10, rate=1000.0)
    seen: list[int] = []
    while not source.exhausted():
        seen += [r.offset for r in source.poll(10, 0.05)]
    assert seen == [1, 2, 3]


@pytest.mark.parametrize("max_records", [1, 2, 5])
def test_poll_never_returns_more_than_asked(max_records: int) -> None:
    source = FileSource.from_bytes(b"a\n" * 7, max_bytes=10)
    sizes = []
    while not source.exhausted():
        sizes.append(len(source.poll(max_records, 0.01)))
    assert sum(sizes) == 7 and max(sizes) <= max_records
