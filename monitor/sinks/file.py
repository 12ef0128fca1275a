"""JSONL file sinks (replay mode). Flush means written and fsync'ed."""

from __future__ import annotations

import json
import os
import sys
from typing import IO, Any

from monitor.events import Verdict
from monitor.sinks import PublishError, dead_letter_record
from monitor.sources import Record


def _open(path: str | None) -> IO[str] | None:
    if path is None:
        return None
    if path == "-":
        return sys.stdout
    return open(path, "a", encoding="utf-8")


class FileOutputs:
    def __init__(
        self,
        alerts_path: str | None,
        verdicts_path: str | None = None,
        dlq_path: str | None = None,
    ) -> None:
        self._alerts = _open(alerts_path)
        self._verdicts = _open(verdicts_path)
        self._dlq = _open(dlq_path)
        self.alerts_written = 0
        self.dead_letters_written = 0

    def alert(self, alert: dict[str, Any], key: str) -> None:
        if self._alerts is not None:
            self._alerts.write(json.dumps(alert, separators=(",", ":")) + "\n")
        self.alerts_written += 1

    def verdict(self, verdict: Verdict, key: str | None) -> None:
        if self._verdicts is not None:
            self._verdicts.write(verdict.model_dump_json(exclude_none=True) + "\n")

    def dead_letter(self, record: Record, reason: str, category: str) -> None:
        if self._dlq is not None:
            self._dlq.write(json.dumps(dead_letter_record(record, reason, category)) + "\n")
        self.dead_letters_written += 1

    def flush(self, timeout_s: float) -> None:
        for stream in (self._alerts, self._verdicts, self._dlq):
            if stream is None:
                continue
            try:
                stream.flush()
                if stream is not sys.stdout:
                    os.fsync(stream.fileno())
            except OSError as exc:
                raise PublishError(f"file sink flush failed: {exc.strerror}") from None

    def close(self) -> None:
        for stream in (self._alerts, self._verdicts, self._dlq):
            if stream is not None and stream is not sys.stdout:
                stream.close()
