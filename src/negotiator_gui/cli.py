"""The one entry point: ``negotiator`` opens the application; ``negotiator CMD`` runs headless.

Headless commands import no Qt, so they run on servers and in batch jobs. Exit status: 0 done,
2 bad input (the messages say which file, where and what), 1 an internal error, 130 stopped by
Ctrl+C (every file is written whole or not at all, so a stopped command leaves none half-written).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from negotiator_gui import __version__

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2
#: The shell's status for a command stopped by SIGINT (128 + 2).
EXIT_INTERRUPTED = 130


class BadInput(Exception):
    """Input the user can fix; the message is printed as is."""


def confirm(question: str) -> bool:
    """Ask a yes/no question on the terminal; anything but yes (or no terminal) is no."""
    print(question, end=" ", flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().casefold() in ("y", "yes")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="negotiator",
        description="Plan a tariff negotiation. Without a command, opens the application.",
    )
    p.add_argument("--version", action="version", version=f"Negotiator {__version__}")
    p.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    p.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation end to end, offscreen (scenario, window, analysis, impact, "
        "workbook, translations); exit 0 if all is well",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    v = sub.add_parser("validate", help="check scenario files and report every problem")
    v.add_argument("files", nargs="+", metavar="FILE")
    v.add_argument("--quiet", "-q", action="store_true", help="print problems only")

    s = sub.add_parser("show", help="print a readable summary of a scenario")
    s.add_argument("file", metavar="FILE", nargs="?", help="default: the shipped US–Japan scenario")

    c = sub.add_parser("convert", help="migrate a scenario file to the current format and tidy it")
    c.add_argument("input", metavar="IN")
    c.add_argument("output", metavar="OUT")

    sub.add_parser("schema", help="print the JSON Schema of scenario files")
    for module in _PLUGGED:
        importlib.import_module(module).add_parser(sub)
    return p


#: Modules that add their own subcommand: each has ``add_parser(subparsers)`` and
#: ``run(args) -> int`` (raising ``BadInput`` for input the user can fix). They must import
#: nothing heavy at module level, so that ``negotiator --help`` stays fast and Qt-free.
_PLUGGED = (
    "negotiator_gui.cli_analyze",
    "negotiator_gui.cli_db",
    "negotiator_gui.cli_export",
    "negotiator_gui.cli_genius",
    "negotiator_gui.cli_impact",
    "negotiator_gui.cli_import",
    "negotiator_gui.cli_import_weights",
)


def _load(path: str):
    from negotiator_gui.io.scenario_file import ScenarioFileError, read_scenario

    try:
        return read_scenario(path)
    except ScenarioFileError as exc:
        raise BadInput(exc.report()) from None


def cmd_validate(files: Sequence[str], quiet: bool) -> int:
    from negotiator_gui.io.scenario_file import ScenarioFileError, read_scenario

    status = EXIT_OK
    for f in files:
        try:
            loaded = read_scenario(f)
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

    loaded = _load(file or str(default_scenario_path()))
    # a control character in a title must not reach the terminal (an escape sequence would
    # redraw or hide what is shown): it is shown as U+FFFD, as in every export
    print(safe_text(summary(loaded.scenario)))
    return EXIT_OK


def cmd_convert(src: str, dst: str) -> int:
    from negotiator_gui.io.atomic_write import os_error_text
    from negotiator_gui.io.scenario_file import write_scenario

    loaded = _load(src)
    try:
        write_scenario(loaded.scenario, dst)
    except OSError as exc:
        raise BadInput(f"{dst}: cannot be written: {os_error_text(exc)}") from None
    what = f"migrated from version {loaded.migrated_from}" if loaded.migrated_from else "normalised"
    print(f"{dst}: written ({what})")
    return EXIT_OK


def cmd_schema() -> int:
    from negotiator_gui.io.schema import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK


def _has_display() -> bool:
    """Whether a window can be shown (an X11/Wayland display, another OS, or a Qt platform
    chosen explicitly, such as ``offscreen``)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def cmd_gui() -> int:
    """Open the application window; without a display, say so and print the summary instead."""
    if not _has_display():
        print(
            "No display found, so the window cannot open here; this is the default scenario's "
            "summary (run `negotiator` on a desktop for the application).",
            file=sys.stderr,
        )
        return cmd_show(None)
    from negotiator_gui.ui.shell.main_window import run

    return run()


def _interrupted() -> None:
    """One line on stderr for Ctrl+C (after any progress line), never a traceback."""
    try:
        # on a terminal the "^C" echo ends the line the cursor was on: start a new one
        start = "\n" if sys.stderr.isatty() else ""
        sys.stderr.write(
            f"{start}negotiator: interrupted (Ctrl+C); no file was left half-written\n"
        )
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.selftest:
            from negotiator_gui.selftest import run as selftest

            return selftest()
        if args.command == "validate":
            return cmd_validate(args.files, args.quiet)
        if args.command == "show":
            return cmd_show(args.file)
        if args.command == "convert":
            return cmd_convert(args.input, args.output)
        if args.command == "schema":
            return cmd_schema()
        if getattr(args, "run", None) is not None:
            return args.run(args)
        return cmd_gui()
    except BadInput as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _interrupted()
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # output piped into `head` and closed early: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        if args.debug:
            raise
        print(
            f"negotiator: internal error: {type(exc).__name__}: {exc}\n"
            "Please report this with the command you ran (add --debug for details).",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
