from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import ConfigError, Settings, load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("RTMON_"):
            monkeypatch.delenv(key)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rtmon.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults() -> None:
    settings = load_settings()
    assert settings.alert_min_severity == "medium"
    assert (
        settings.severity_low,
        settings.severity_medium,
        settings.severity_high,
        settings.severity_critical,
    ) == (0.30, 0.60, 0.85, 0.97)
    assert settings.metrics_host == "127.0.0.1" and settings.detectors is None


def test_priority_flags_over_env_over_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(
        tmp_path, 'group_id = "from-toml"\nclient_id = "toml-client"\nevents_topic = "toml.events"\n'
    )
    monkeypatch.setenv("RTMON_GROUP_ID", "from-env")
    monkeypatch.setenv("RTMON_CLIENT_ID", "env-client")
    settings = load_settings(path, group_id="from-flag", client_id=None)
    assert settings.group_id == "from-flag"  # flag
    assert settings.client_id == "env-client"  # None flags do not override
    assert settings.events_topic == "toml.events"  # toml


def test_config_file_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RTMON_CONFIG", str(write(tmp_path, "batch_max_records = 7\n")))
    assert load_settings().batch_max_records == 7


def test_toml_does_not_leak_into_later_loads(tmp_path: Path) -> None:
    load_settings(write(tmp_path, "batch_max_records = 7\n"))
    assert load_settings().batch_max_records == 500


def test_detectors_as_comma_list_and_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings(write(tmp_path, "detectors = []\n")).detectors == []
    assert Settings(detectors=" ,").detectors == []


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ("severity_low = 0.9\n", "severity thresholds must satisfy low <= medium <= high <= critical"),
        ("severity_high = 1.5\n", "severity_high: Input should be less than or equal to 1"),
        ('alert_min_severity = "urgent"\n', "alert_min_severity: Input should be"),
        ("no_such_setting = 1\n", "no_such_setting: Extra inputs are not permitted"),
        ('detectors = ["no_such_detector"]\n', "unknown detector(s) ['no_such_detector']"),
        (
            'security_protocol = "SASL_SSL"\n',
            "SASL security needs sasl_mechanism, sasl_username and sasl_password",
        ),
        ("metrics_port = 70000\n", "metrics_port: Input should be less than or equal to 65535"),
        (
            "batch_max_records = 0\nmetrics_port = -1\n",
            "batch_max_records: Input should be greater than or equal to 1; metrics_port",
        ),
    ],
)
def test_errors_name_each_bad_setting(tmp_path: Path, toml: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, toml))
    assert str(info.value).startswith("invalid configuration: ")
    assert expected in str(info.value)


def test_bad_environment_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RTMON_POLL_TIMEOUT_MS", "soon")
    with pytest.raises(ConfigError, match="poll_timeout_ms"):
        load_settings()


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(tmp_path / "nope.toml")


def test_secret_is_not_printed(tmp_path: Path) -> None:
    settings = load_settings(
        write(
            tmp_path,
            'security_protocol = "SASL_SSL"\nsasl_mechanism = "PLAIN"\nsasl_username = "u"\nsasl_password = "hunter2"\n',
        )
    )
    assert "hunter2" not in repr(settings) and settings.sasl_password is not None
    assert settings.sasl_password.get_secret_value() == "hunter2"


@pytest.mark.parametrize(
    ("score", "severity"),
    [
        (0.0, "none"),
        (0.29, "none"),
        (0.30, "low"),
        (0.6, "medium"),
        (0.85, "high"),
        (0.97, "critical"),
        (1.0, "critical"),
    ],
)
def test_severity_for(score: float, severity: str) -> None:
    assert load_settings().severity_for(score) == severity


def test_settings_are_frozen() -> None:
    settings = load_settings()
    with pytest.raises(Exception, match="frozen"):
        settings.group_id = "x"  # type: ignore[misc]
