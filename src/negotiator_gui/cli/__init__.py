"""The one entry point: ``negotiator`` opens the application; ``negotiator CMD`` runs headless.

Headless commands import no Qt, so they run on servers and in batch jobs. Exit status: 0 done,
2 bad input (the messages say which file, where and what), 1 an internal error, 130 stopped by
Ctrl+C (every file is written whole or not at all, so a stopped command leaves none half-written).

Each command lives in a module of this package (``_PLUGGED``) and shares only ``cli.common``;
this module builds the parser from them and turns what they raise into exit statuses.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from negotiator_gui import __version__
from negotiator_gui.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    BadInput,
)
from negotiator_gui.cli.scenario import cmd_show

__all__ = ["main"]

#: Modules that add their own subcommands: each has ``add_parser(subparsers)``, which sets
#: ``run(args) -> int`` as the parser's default (raising ``BadInput`` for input the user can
#: fix). They must import nothing heavy at module level, so that ``negotiator --help`` stays
#: fast and Qt-free.
_PLUGGED = (
    "negotiator_gui.cli.scenario",
    "negotiator_gui.cli.analyze",
    "negotiator_gui.cli.db",
    "negotiator_gui.cli.export",
    "negotiator_gui.cli.genius",
    "negotiator_gui.cli.impact",
    "negotiator_gui.cli.import_trade",
    "negotiator_gui.cli.import_weights",
    "negotiator_gui.cli.merge",
)


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
    for module in _PLUGGED:
        importlib.import_module(module).add_parser(sub)
    return p


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
    # explicit start-up tuning, before the window's ~400 imports (PySide6's check on each)
    from negotiator_gui.ui.common.pyside_import import lighten

    lighten()
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
            from negotiator_gui.cli.selftest import run as selftest

            return selftest()
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
