"""JSONL file source with bounded line reads, optional pacing, and line numbers as offsets."""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Iterator
from typing import BinaryIO

from monitor.sources import Record

CHUNK = 1 << 16


def iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line_number, bytes)``; ``bytes`` is None when the line exceeded ``max_bytes``.

    Memory stays bounded by ``max_bytes`` whatever the file holds: an over-long line is skipped
    to its newline without being kept.
    """
    lineno = 0
    buf = bytearray()
    overflow = False
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        start = 0
        while True:
            nl = chunk.find(b"\n", start)
            piece = chunk[start:] if nl < 0 else chunk[start:nl]
            if not overflow:
                buf += piece
                if len(buf) > max_bytes:
                    overflow = True
                    buf.clear()
            if nl < 0:
                break
            lineno += 1
            yield lineno, None if overflow else bytes(buf)
            buf.clear()
            overflow = False
            start = nl + 1
    if buf or overflow:
        lineno += 1
        yield lineno, None if overflow else bytes(buf)


def open_input(path: str | None) -> BinaryIO:
    if path is None or path == "-":
        return sys.stdin.buffer
    return open(path, "rb")


class FileSource:
    """Reads a JSONL file (or a bytes buffer) as records of topic ``file``, partition 0.

    Like ``rtmon score`` (one verdict per input line), a blank line is a record: it fails to
    decode and becomes a dead letter. ``skip_blank=True`` drops blank lines instead.
    """

    name = "file"

    def __init__(
        self,
        stream: BinaryIO,
        *,
        max_bytes: int,
        rate: float | None = None,
        skip_blank: bool = False,
    ) -> None:
        self._lines = iter_lines(stream, max_bytes)
        self._stream = stream
        self._max_bytes = max_bytes
        self._rate = rate
        self._skip_blank = skip_blank
        self._pending: list[Record] = []
        self._done = False
        self._started = time.monotonic()
        self._emitted = 0
        self.committed_through = 0

    @classmethod
    def from_bytes(cls, data: bytes, **kwargs: object) -> FileSource:
        return cls(io.BytesIO(data), **kwargs)  # type: ignore[arg-type]

    def poll(self, max_records: int, timeout_s: float) -> list[Record]:
        out: list[Record] = self._pending[:max_records]
        self._pending = self._pending[max_records:]
        while len(out) < max_records and not self._done:
            if self._rate and not self._pace(timeout_s, bool(out)):
                break
            try:
                lineno, value = next(self._lines)
            except StopIteration:
                self._done = True
                break
            if value is not None and self._skip_blank and not value.strip():
                continue
            error = None if value is not None else f"line too large: more than {self._max_bytes} bytes"
            out.append(Record(value=value, topic="file", partition=0, offset=lineno, error=error))
            self._emitted += 1
        return out

    def _pace(self, timeout_s: float, have_some: bool) -> bool:
        """Sleep until the next record is due; False when the caller should return what it has."""
        assert self._rate
        due = self._started + self._emitted / self._rate
        wait = due - time.monotonic()
        if wait <= 0:
            return True
        if have_some or wait > timeout_s:
            if not have_some:
                time.sleep(timeout_s)
            return False
        time.sleep(wait)
        return True

    def commit(self, records: list[Record]) -> None:
        if records:
            self.committed_through = max(self.committed_through, max(r.offset for r in records))

    def rewind(self, records: list[Record]) -> None:
        self._pending = list(records) + self._pending

    def exhausted(self) -> bool:
        return self._done and not self._pending

    def close(self) -> None:
        if self._stream is not sys.stdin.buffer:
            self._stream.close()
