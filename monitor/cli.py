"""The ``rtmon`` command line: schema, score, replay, eval, train, run, detectors."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from monitor import __version__
from monitor.config import ConfigError, Settings, load_settings
from monitor.logs import configure_logging

MAX_EVENT_BYTES = 64 * 1024 * 1024


def _settings(args: argparse.Namespace, **overrides: Any) -> Settings:
    return load_settings(getattr(args, "config", None), **overrides)


def cmd_schema(args: argparse.Namespace) -> int:
    from monitor.events import json_schemas

    schemas = json_schemas()
    out = schemas if args.which == "all" else schemas[args.which]
    print(json.dumps(out, indent=2))
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from monitor.adapters import get_adapter
    from monitor.events import EventError, LineError, parse_event, verdict_json
    from monitor.pipeline import Pipeline
    from monitor.sources.file import iter_lines, open_input

    try:
        adapter = get_adapter(args.format)
    except EventError as exc:
        print(f"rtmon: {exc}", file=sys.stderr)
        return 2
    settings = _settings(args)
    configure_logging(settings.log_level, settings.log_format)  # logs to stderr: stdout is verdicts only
    pipeline = Pipeline(settings)
    out = sys.stdout
    stream = open_input(args.file)
    try:
        for lineno, raw in iter_lines(stream, args.max_bytes):
            if raw is None:
                result: Any = LineError(
                    line=lineno, error=f"line too large: more than {args.max_bytes} bytes"
                )
            else:
                try:
                    event = adapter(raw) if adapter else parse_event(raw, max_bytes=args.max_bytes)
                    result = pipeline.score(event)
                except EventError as exc:
                    result = LineError(line=lineno, error=str(exc))
            out.write(verdict_json(result) + "\n")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
        out.flush()
    return 0


def bundled_sample() -> str:
    return str(resources.files("monitor") / "data" / "sample.events.jsonl")


def cmd_replay(args: argparse.Namespace) -> int:
    from monitor.app import run_replay

    settings = _settings(
        args,
        metrics_port=args.metrics_port,
        metrics_host=args.metrics_host,
        alert_min_severity=args.alert_min_severity,
    )
    configure_logging(settings.log_level, settings.log_format)
    run_replay(
        settings,
        args.file or bundled_sample(),
        alerts_path=args.alerts_out,
        verdicts_path=args.verdicts_out,
        dlq_path=args.dlq_out,
        rate=args.rate,
        exit_at_end=args.exit_at_end,
        progress=not args.no_progress,
    )
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from monitor.evaluation import build_report, markdown_report, plot_report, report_json, score_corpus
    from monitor.pipeline import Pipeline

    settings = _settings(args)
    configure_logging(settings.log_level, settings.log_format)
    pipeline = Pipeline(settings)
    rows = score_corpus(pipeline, args.events, args.labels, progress=None if not args.no_progress else False)
    if not rows:
        print("no labelled events matched", file=sys.stderr)
        return 1
    report = build_report(rows, args.threshold)
    title = f"rtmon eval: {Path(args.events).name}"
    md = markdown_report(report, title)
    print(md)
    if args.out_dir:
        out = Path(args.out_dir)
        out.mkdir(parents=True, exist_ok=True)
        (out / "report.md").write_text(md, encoding="utf-8")
        (out / "report.json").write_text(report_json(report), encoding="utf-8")
        plot_report(rows, out / "scores.png")
        print(f"wrote {out / 'report.md'}, {out / 'report.json'}, {out / 'scores.png'}", file=sys.stderr)
    return 0


def cmd_detectors(args: argparse.Namespace) -> int:
    from monitor.detectors import available

    for name in available():
        print(name)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from monitor.kafka_app import run_kafka

    overrides = {
        k: getattr(args, k)
        for k in (
            "bootstrap_servers",
            "group_id",
            "events_topic",
            "alerts_topic",
            "dlq_topic",
            "verdicts_topic",
            "metrics_port",
            "metrics_host",
            "alert_min_severity",
        )
    }
    if args.create_topics:
        overrides["create_topics"] = True
    settings = _settings(args, **overrides)
    configure_logging(settings.log_level, settings.log_format)
    return int(run_kafka(settings))


def cmd_train(args: argparse.Namespace) -> int:
    if getattr(args, "task", "extraction") == "leakage":
        from monitor.training_leakage import main as train_leakage

        return int(train_leakage(args))
    from monitor.training import main as train_main

    return int(train_main(args))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="rtmon", description=__doc__)
    p.add_argument("--version", action="version", version=f"rtmon {__version__}")
    p.add_argument("--config", help="TOML settings file (also RTMON_CONFIG)")
    # --config is accepted after the subcommand too; SUPPRESS keeps a value given before it.
    config = argparse.ArgumentParser(add_help=False)
    config.add_argument("--config", default=argparse.SUPPRESS, help="TOML settings file (also RTMON_CONFIG)")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("schema", parents=[config], help="print the JSON Schema of events and verdicts")
    s.add_argument("which", nargs="?", default="all", choices=["all", "event", "verdict", "line_error"])
    s.set_defaults(func=cmd_schema)

    s = sub.add_parser(
        "score", parents=[config], help="score events JSONL: one verdict per input line, in order"
    )
    s.add_argument("file", nargs="?", default="-", help="events JSONL file, or - for stdin")
    s.add_argument(
        "--format",
        default="event",
        help="input shape: event (EVENTS.md) or an adapter name (see docs/adapters.md)",
    )
    s.add_argument("--max-bytes", type=int, default=MAX_EVENT_BYTES, help="largest accepted line")
    s.set_defaults(func=cmd_score)

    s = sub.add_parser(
        "replay", parents=[config], help="run the service loop on a file (default: bundled sample)"
    )
    s.add_argument("file", nargs="?", help="events JSONL (default: the bundled sample)")
    s.add_argument("--metrics-port", type=int, help="port for /metrics, /healthz, /readyz")
    s.add_argument("--metrics-host", help="bind address (default 127.0.0.1)")
    s.add_argument("--alerts-out", default="-", help="alerts JSONL path (default: stdout)")
    s.add_argument("--verdicts-out", help="write every verdict to this JSONL path")
    s.add_argument("--dlq-out", help="dead-letter JSONL path")
    s.add_argument("--alert-min-severity", choices=["low", "medium", "high", "critical"])
    s.add_argument("--rate", type=float, help="events per second (default: as fast as possible)")
    s.add_argument("--exit-at-end", action="store_true", help="stop at end of input instead of serving on")
    s.add_argument("--no-progress", action="store_true", help="no progress line on stderr")
    s.set_defaults(func=cmd_replay)

    s = sub.add_parser("eval", parents=[config], help="evaluate against a labels file")
    s.add_argument("events")
    s.add_argument("labels")
    s.add_argument("--threshold", type=float, default=0.5, help="operating threshold for precision/recall")
    s.add_argument("--out-dir", help="write report.md, report.json and scores.png here")
    s.add_argument("--no-progress", action="store_true")
    s.set_defaults(func=cmd_eval)

    s = sub.add_parser("run", parents=[config], help="the Kafka service")
    s.add_argument("--bootstrap-servers")
    s.add_argument("--group-id")
    s.add_argument("--events-topic")
    s.add_argument("--alerts-topic")
    s.add_argument("--dlq-topic")
    s.add_argument("--verdicts-topic")
    s.add_argument("--metrics-port", type=int)
    s.add_argument("--metrics-host")
    s.add_argument("--alert-min-severity", choices=["low", "medium", "high", "critical"])
    s.add_argument("--create-topics", action="store_true", help="create missing topics at start")
    s.set_defaults(func=cmd_run)

    s = sub.add_parser("train", parents=[config], help="train the detector models from a corpus")
    s.add_argument("--out", help="output model path")
    s.add_argument("--seed", type=int, default=20261127)
    s.add_argument(
        "--task", choices=["extraction", "leakage"], default="extraction", help="which models to train"
    )
    s.add_argument(
        "--model",
        choices=["mean", "gbm", "lr"],
        default="mean",
        help="extraction: mean of logistic regression and gradient-boosted trees (default), or either alone",
    )
    s.add_argument("--c", type=float, help="extraction, --model lr: inverse L2 regularisation (default 0.3)")
    s.add_argument("--report", action="store_true", help="extraction: also score the held-out test split")
    s.add_argument(
        "--hold-out",
        metavar="SETS",
        help="extraction: comma-separated development sets (data/blind, data/blind2, ...) to leave out of training",
    )
    s.add_argument(
        "--no-development-sets",
        action="store_true",
        help="extraction: train on the generated corpus and shared seeds only",
    )
    s.add_argument(
        "--generalisation",
        action="store_true",
        help="extraction: also refit leaving out each attack family, and the non-English attacks",
    )
    s.set_defaults(func=cmd_train)

    s = sub.add_parser("detectors", parents=[config], help="list the registered detectors")
    s.set_defaults(func=cmd_detectors)
    return p


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ConfigError as exc:
        print(f"rtmon: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except (OSError, ValueError) as exc:  # unreadable input file, bad labels file, ...
        print(f"rtmon: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
