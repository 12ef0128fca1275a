"""One frozen settings model, env prefix ``RTMON_``, optional TOML file, validated at start.

Priority: command-line flags > ``RTMON_*`` environment > TOML file (``--config`` or
``RTMON_CONFIG``) > defaults.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from monitor.events import Severity

_toml_path: Path | None = None


class ConfigError(ValueError):
    """Invalid configuration; the message names each bad setting."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RTMON_", frozen=True, extra="forbid")

    # scoring
    detectors: list[str] | None = Field(
        default=None, description="detector names to run; default: every registered detector"
    )
    severity_low: float = Field(default=0.30, ge=0, le=1)
    severity_medium: float = Field(default=0.60, ge=0, le=1)
    severity_high: float = Field(default=0.85, ge=0, le=1)
    severity_critical: float = Field(default=0.97, ge=0, le=1)
    finding_min_score: float = Field(default=0.05, ge=0, le=1)
    time_budget_ms: float = Field(default=250.0, gt=0, description="per-event scoring budget")
    extraction_combiner: bool = Field(
        default=True,
        description="extraction score from the fitted combiner of the detectors (false: the largest finding score)",
    )
    canaries: dict[str, list[str]] = Field(
        default_factory=dict, description="tenant id (or '*') -> canary tokens that must never be output"
    )
    excerpts: bool = Field(default=False, description="opt-in: short redacted excerpts in alerts")

    # account state
    state_max_accounts: int = Field(default=1_000_000, ge=1)
    state_ttl_seconds: float = Field(default=48 * 3600.0, gt=0)
    campaign_max_handles: int = Field(default=500_000, ge=1, description="blob provenance table cap")
    campaign_handle_warmup_seconds: float = Field(
        default=6 * 3600.0, ge=0, description="event time before an unknown reasoning handle counts"
    )
    campaign_max_templates: int = Field(default=200_000, ge=1, description="cross-account template table cap")
    state_changelog: bool = Field(
        default=False, description="rtmon run: checkpoint account state to changelog_topic (compacted)"
    )
    campaign_repartition: bool = Field(
        default=False,
        description="rtmon run: cross-account clusters (repartition_topic) and blob provenance (handles_topic)",
    )
    campaign_alert_cooldown_seconds: float = Field(
        default=6 * 3600.0,
        ge=0,
        description="campaign-only alerts: at most one per account and kind per cooldown",
    )
    campaign_handle_pending_seconds: float = Field(
        default=60.0,
        ge=0,
        description="Kafka mode: how long a handle owner waits for a late mint (wall clock)",
    )

    # alerts
    alert_min_severity: Severity = "medium"

    # kafka
    bootstrap_servers: str = "localhost:9092"
    group_id: str = "rtmon"
    client_id: str = "rtmon"
    events_topic: str = "llm.events"
    alerts_topic: str = "llm.alerts"
    dlq_topic: str = "llm.events.dlq"
    verdicts_topic: str | None = None
    changelog_topic: str = "rtmon.state.changelog"
    repartition_topic: str = "rtmon.templates"
    handles_topic: str = "rtmon.handles"
    create_topics: bool = False
    topic_partitions: int = Field(default=6, ge=1)
    topic_replication: int = Field(default=1, ge=1)
    batch_max_records: int = Field(default=500, ge=1)
    poll_timeout_ms: int = Field(default=500, ge=1)
    shutdown_timeout_s: float = Field(default=15.0, gt=0)
    lag_interval_s: float = Field(default=5.0, gt=0)
    auto_offset_reset: Literal["earliest", "latest"] = Field(
        default="earliest", description="where a new consumer group starts reading"
    )
    session_timeout_ms: int = Field(
        default=10_000, ge=1000, description="consumer-group session: how fast a dead member is replaced"
    )
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None
    ssl_check_hostname: bool = True

    # endpoints and logs
    metrics_host: str = "127.0.0.1"
    metrics_port: int = Field(default=9108, ge=0, le=65535)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["json", "console"] = "json"

    @field_validator("detectors", mode="before")
    @classmethod
    def _split_detectors(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @model_validator(mode="after")
    def _check(self) -> Settings:
        order = [self.severity_low, self.severity_medium, self.severity_high, self.severity_critical]
        if order != sorted(order):
            raise ValueError("severity thresholds must satisfy low <= medium <= high <= critical")
        if self.security_protocol.startswith("SASL") and not (
            self.sasl_mechanism and self.sasl_username and self.sasl_password
        ):
            raise ValueError("SASL security needs sasl_mechanism, sasl_username and sasl_password")
        if self.detectors is not None:
            from monitor.detectors import available

            unknown = sorted(set(self.detectors) - set(available()))
            if unknown:
                raise ValueError(f"unknown detector(s) {unknown}; known: {available()}")
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if _toml_path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=_toml_path))
        return tuple(sources)

    def severity_for(self, score: float) -> Severity:
        if score >= self.severity_critical:
            return "critical"
        if score >= self.severity_high:
            return "high"
        if score >= self.severity_medium:
            return "medium"
        if score >= self.severity_low:
            return "low"
        return "none"


def load_settings(config_file: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    """Build the settings once at start; raise :class:`ConfigError` naming every bad setting."""
    global _toml_path
    path = config_file or os.environ.get("RTMON_CONFIG")
    if path is not None and not Path(path).is_file():
        raise ConfigError(f"config file not found: {path}")
    _toml_path = Path(path) if path else None
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)
    except ValidationError as exc:
        lines = []
        for err in exc.errors(include_url=False):
            loc = ".".join(str(p) for p in err["loc"]) or "settings"
            lines.append(f"{loc}: {err['msg']}")
        raise ConfigError("invalid configuration: " + "; ".join(lines)) from None
    finally:
        _toml_path = None
