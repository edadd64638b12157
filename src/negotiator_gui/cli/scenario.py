"""``negotiator validate``, ``show``, ``convert`` and ``schema``: scenario files, headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from negotiator_gui.cli.common import EXIT_BAD_INPUT, EXIT_OK, cannot_write, load


def add_parser(sub: argparse._SubParsersAction) -> None:
    v = sub.add_parser("validate", help="check scenario files and report every problem")
    v.add_argument("files", nargs="+", metavar="FILE")
    v.add_argument("--quiet", "-q", action="store_true", help="print problems only")
    v.set_defaults(run=lambda args: cmd_validate(args.files, args.quiet))

    s = sub.add_parser("show", help="print a readable summary of a scenario")
    s.add_argument("file", metavar="FILE", nargs="?", help="default: the shipped US–Japan scenario")
    s.set_defaults(run=lambda args: cmd_show(args.file))

    c = sub.add_parser("convert", help="migrate a scenario file to the current format and tidy it")
    c.add_argument("input", metavar="IN")
    c.add_argument("output", metavar="OUT")
    c.set_defaults(run=lambda args: cmd_convert(args.input, args.output))

    sc = sub.add_parser("schema", help="print the JSON Schema of scenario files")
    sc.set_defaults(run=lambda args: cmd_schema())


def cmd_validate(files: Sequence[str], quiet: bool) -> int:
    from negotiator_gui.app.usecases.scenario_files import ScenarioFileError, open_scenario

    status = EXIT_OK
    for f in files:
        try:
            loaded = open_scenario(f)
        except ScenarioFileError as exc:
            print(exc.report(), file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        for w in loaded.warnings:
            print(f"{f}: {w}", file=sys.stderr)
        if not quiet:
            note = (
                f" (version {loaded.migrated_from} file; convert it to update)"
                if loaded.migrated_from
                else ""
            )
            print(f"{f}: ok{note}")
    return status


def cmd_show(file: str | None) -> int:
    from negotiator_gui.core.summary import summary
    from negotiator_gui.core.text import safe_text
    from negotiator_gui.paths import default_scenario_path

    loaded = load(file or str(default_scenario_path()))
    # a control character in a title must not reach the terminal (an escape sequence would
    # redraw or hide what is shown): it is shown as U+FFFD, as in every export
    print(safe_text(summary(loaded.scenario)))
    return EXIT_OK


def cmd_convert(src: str, dst: str) -> int:
    from negotiator_gui.app.usecases.scenario_files import save_scenario

    loaded = load(src)
    try:
        save_scenario(loaded.scenario, dst)
    except OSError as exc:
        raise cannot_write(dst, exc) from None
    what = f"migrated from version {loaded.migrated_from}" if loaded.migrated_from else "normalised"
    print(f"{dst}: written ({what})")
    return EXIT_OK


def cmd_schema() -> int:
    from negotiator_gui.io.schema import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK
