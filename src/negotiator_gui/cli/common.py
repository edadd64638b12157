"""What every headless command shares: exit statuses, the error a user can fix, asking on the
terminal, reading the scenario file a command works on and naming a package on the command line.

The command modules import this, never the package's ``__init__`` (which imports them by name
to build the parser): so no command depends on another, nor on the entry point.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from negotiator_gui.app.usecases.scenario_files import LoadedScenario
    from negotiator_gui.core.model import Scenario

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


def ask_before_writing(target: str, question: str, yes: bool, what: str) -> bool:
    """Whether to go on and write ``target``: ``--yes`` says so; else the terminal is asked
    (a batch job without one must say ``--yes``: it is refused with how, never imported by
    default). ``what`` ends the refusal: "Add --yes to {what}". False: the user said no, and
    ``target: not changed`` has been printed."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise BadInput(
            f"{target}: not changed. Add --yes to {what}: without a terminal there is no one "
            "to ask."
        )
    if not confirm(question):
        print(f"{target}: not changed")
        return False
    return True


def load(path: str) -> LoadedScenario:
    """The scenario file a command reads; a file that cannot be used is ``BadInput`` with the
    reader's report (every problem, where it is)."""
    from negotiator_gui.app.usecases.scenario_files import ScenarioFileError, open_scenario

    try:
        return open_scenario(path)
    except ScenarioFileError as exc:
        raise BadInput(exc.report()) from None


def cannot_write(path: object, exc: OSError) -> BadInput:
    """The error of an output that cannot be written, in words a user can act on."""
    from negotiator_gui.app.usecases.output import os_error_text

    return BadInput(f"{path}: cannot be written: {os_error_text(exc)}")


def parse_package(scenario: Scenario, specs: list[str]) -> tuple[dict[str, str], str]:
    """``--package`` values (``ISSUE=OPTION`` pairs and/or stored package ids) as choices and a
    label; ``impact`` and ``export`` both take them."""
    choices: dict[str, str] = {}
    names = []
    issues = {i.id: i for i in scenario.issues}
    for spec in specs:
        if "=" not in spec:
            pkg = next((p for p in scenario.packages if p.id == spec), None)
            if pkg is None:
                known = ", ".join(p.id for p in scenario.packages) or "none"
                raise BadInput(f"--package {spec}: no such package (the scenario has: {known})")
            choices.update(pkg.choices)
            names.append(pkg.name)
            continue
        issue_id, option_id = (x.strip() for x in spec.split("=", 1))
        if issue_id not in issues:
            raise BadInput(
                f"--package {spec}: unknown issue {issue_id!r} (issues: {', '.join(issues)})"
            )
        options = [o.id for o in issues[issue_id].options]
        if option_id not in options:
            raise BadInput(
                f"--package {spec}: unknown option {option_id!r} of {issue_id!r} "
                f"(options: {', '.join(options)})"
            )
        choices[issue_id] = option_id
        names.append(spec)
    return choices, " + ".join(names)
