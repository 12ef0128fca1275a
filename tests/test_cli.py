from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from foundation_support import event_dict, event_line

from monitor.cli import main
from monitor.events import LineError, Verdict

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "adapters"
SHARED_DATA = Path(os.environ.get("RTMON_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("RTMON_") and key != "RTMON_SHARED_DATA":
            monkeypatch.delenv(key)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def score_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, *extra: str
) -> list[dict[str, Any]]:
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    code, out, _ = run(capsys, "score", str(path), *extra)
    assert code == 0
    return [json.loads(line) for line in out]


def no_detectors(tmp_path: Path) -> str:
    path = tmp_path / "nodetectors.toml"
    path.write_text("detectors = []\n", encoding="utf-8")
    return str(path)


def test_schema_prints_valid_json_schemas(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    schemas = json.loads("\n".join(out))
    assert code == 0 and set(schemas) == {"event", "verdict", "line_error"}
    for schema in schemas.values():
        jsonschema.Draft202012Validator.check_schema(schema)
    for which in ("event", "verdict", "line_error"):
        _, out, _ = run(capsys, "schema", which)
        assert json.loads("\n".join(out)) == schemas[which]


def test_score_one_line_per_input_line_in_order_and_scoring_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = (
        b"\n".join(
            [
                event_line("e-1"),
                b"this is not json",
                json.dumps({**event_dict("e-2"), "model": 42}).encode(),  # wrong type
                json.dumps(
                    {k: v for k, v in event_dict("e-3").items() if k != "account_id"}
                ).encode(),  # missing
                b'{"event_id": "bad-\xff"}',  # invalid UTF-8
                b"",  # blank line
                b"   ",
                event_line("e-4"),
            ]
        )
        + b"\n"
    )
    out = score_lines(capsys, tmp_path, data)
    assert len(out) == 8
    assert [o.get("event_id") for o in out] == ["e-1", None, None, None, None, None, None, "e-4"]
    errors = {o["line"]: o["error"] for o in out if "line" in o}
    assert list(errors) == [2, 3, 4, 5, 6, 7]
    assert errors[2].startswith("invalid JSON: Expecting value at line 1 column 1")
    assert "model: Input should be a valid string" in errors[3]
    assert "account_id: Field required" in errors[4]
    assert errors[5] == "invalid UTF-8 at byte 18"
    assert errors[6] == errors[7] == "empty input: expected a JSON object"
    for o in out:
        (LineError if "line" in o else Verdict).model_validate(o)
    assert {"extraction", "leakage"} <= set(out[0]["scores"])


def test_score_empty_file_gives_no_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert score_lines(capsys, tmp_path, b"") == []


def test_score_last_line_without_newline(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = score_lines(capsys, tmp_path, event_line("e-1") + b"\n" + event_line("e-2"))
    assert [o["event_id"] for o in out] == ["e-1", "e-2"]


def test_score_line_over_max_bytes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    big = event_line("big", "x" * 5000)
    out = score_lines(
        capsys, tmp_path, b"\n".join([event_line("e-1"), big, event_line("e-2")]), "--max-bytes", "1000"
    )
    assert out[0]["event_id"] == "e-1" and out[2]["event_id"] == "e-2"
    assert out[1] == {"line": 2, "error": "line too large: more than 1000 bytes"}


def test_score_a_50_mb_line_under_the_default_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    big = event_line("big", "word " * 10_000_000)  # 50 MB of content
    assert len(big) > 50_000_000
    data = b"\n".join([event_line("e-1"), big, b"{broken", event_line("e-2")]) + b"\n"
    out = score_lines(capsys, tmp_path, data, "--config", no_detectors(tmp_path))
    assert [o.get("event_id", o.get("line")) for o in out] == ["e-1", "big", 3, "e-2"]


def test_score_reads_stdin_in_a_subprocess(tmp_path: Path) -> None:
    data = event_line("e-1") + b"\nnope\n" + event_line("e-2") + b"\n"
    done = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "score", "-"],
        input=data,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o.get("event_id", o.get("line")) for o in out] == ["e-1", 2, "e-2"]


@pytest.mark.parametrize("name", ["prompts.events.jsonl", "traces.events.jsonl"])
def test_score_every_shared_events_file(capsys: pytest.CaptureFixture[str], name: str) -> None:
    path = SHARED_DATA / name
    event_ids = [json.loads(line)["event_id"] for line in path.read_text(encoding="utf-8").splitlines()]
    code, out, _ = run(capsys, "score", str(path))
    assert code == 0 and len(out) == len(event_ids)
    for line, event_id in zip(out, event_ids, strict=True):
        verdict = Verdict.model_validate_json(line)
        assert verdict.event_id == event_id
        assert all(0.0 <= verdict.scores[task] <= 1.0 for task in ("extraction", "leakage"))


def test_shared_data_has_only_the_files_scored_above() -> None:
    assert sorted(p.name for p in SHARED_DATA.glob("*.events.jsonl")) == [
        "prompts.events.jsonl",
        "traces.events.jsonl",
    ]


def test_score_with_an_adapter_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    records = [
        json.loads((FIXTURES / n).read_text())
        for n in ("anthropic.thinking.json", "anthropic.tool_replay.json")
    ]
    data = b"\n".join(json.dumps(r).encode() for r in records) + b"\n" + b'{"request": 3}\n'
    out = score_lines(capsys, tmp_path, data, "--format", "anthropic")
    assert [o.get("event_id") for o in out[:2]] == ["msg_01Aq9w938a90dw8q", "anth-tool-0007"]
    assert out[2] == {"line": 3, "error": "anthropic: request: expected an object, got integer"}


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_bytes(b"")
    code, _, err = run(capsys, "score", str(tmp_path / "in.jsonl"), "--format", "gemini")
    assert code == 2 and "unknown --format 'gemini'; known: event, anthropic, openai_chat" in err


def test_missing_input_file_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "score", str(tmp_path / "absent.jsonl"))
    assert code == 2 and "No such file or directory" in err


def test_bad_config_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("severity_low = 2\n", encoding="utf-8")
    code, _, err = run(capsys, "--config", str(config), "schema")
    assert code == 0  # schema needs no settings
    (tmp_path / "in.jsonl").write_bytes(b"")
    code, _, err = run(capsys, "--config", str(config), "score", str(tmp_path / "in.jsonl"))
    assert code == 2 and err.startswith("rtmon: invalid configuration: severity_low")


def test_detectors_lists_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    from monitor.detectors import available

    code, out, _ = run(capsys, "detectors")
    assert code == 0 and out == available()


def test_logs_go_to_stderr_never_into_the_verdict_stream(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "in.jsonl").write_bytes(event_line("e-1") + b"\n")
    code, out, err = run(capsys, "score", str(tmp_path / "in.jsonl"), "--config", no_detectors(tmp_path))
    assert code == 0 and [json.loads(line)["event_id"] for line in out] == ["e-1"]
    assert "pipeline_without_detectors" in err
