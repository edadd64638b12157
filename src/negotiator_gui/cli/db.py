"""``negotiator db …``: the scenario library, headless.

``list``, ``log``, ``show``, ``diff``, ``import``, ``export``, ``restore`` (a revision, a scenario
from the trash, or the whole library from a backup), ``rename``, ``delete`` and ``check``. Each
takes ``--db PATH`` (default: ``$NEGOTIATOR_DB``, else the user's data folder); the listing ones
take ``--json``. A scenario is named by its name or number, a revision as ``SCENARIO@N`` (the
latest when ``@N`` is left out).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from typing import Any

from negotiator_gui.cli.common import EXIT_BAD_INPUT, EXIT_OK, BadInput


def add_parser(sub: argparse._SubParsersAction) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", help="the library file (default: $NEGOTIATOR_DB, else your data)"
    )
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("db", help="the scenario library: revisions, diffs, import and export")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    a = acts.add_parser("list", parents=[common, as_json], help="scenarios and their latest save")
    a.add_argument("--search", metavar="TEXT", help="names, titles, messages, parties, issues…")
    a.add_argument("--trash", action="store_true", help="list the deleted scenarios")

    a = acts.add_parser("log", parents=[common, as_json], help="the revisions of a scenario")
    a.add_argument("scenario", metavar="SCENARIO")

    a = acts.add_parser("show", parents=[common, as_json], help="a revision and its summary")
    a.add_argument("ref", metavar="SCENARIO[@N]")
    a.add_argument("--document", action="store_true", help="print the stored document itself")

    a = acts.add_parser(
        "diff", parents=[common, as_json], help="what changed between two revisions"
    )
    a.add_argument("old", metavar="SCENARIO[@N]", help="alone: the change made by that revision")
    a.add_argument("new", metavar="SCENARIO[@N]", nargs="?")

    a = acts.add_parser("import", parents=[common, as_json], help="store scenario files")
    a.add_argument("files", nargs="+", metavar="FILE")
    a.add_argument("--name", help="the scenario's name in the library (default: its title)")
    a.add_argument("--message", "-m", help="why (default: 'Imported from FILE')")
    a.add_argument("--into", metavar="SCENARIO", help="save as the next revision of SCENARIO")

    a = acts.add_parser("export", parents=[common], help="write a revision to a scenario file")
    a.add_argument("ref", metavar="SCENARIO[@N]")
    a.add_argument("file", metavar="FILE")

    a = acts.add_parser(
        "restore",
        parents=[common],
        help="a revision as the latest, a scenario from the trash, or the library from a backup",
    )
    a.add_argument("ref", metavar="SCENARIO[@N]", nargs="?")
    a.add_argument("--message", "-m")
    a.add_argument("--backup", metavar="FILE", help="replace the library by this backup")

    a = acts.add_parser("rename", parents=[common], help="rename a scenario")
    a.add_argument("scenario", metavar="SCENARIO")
    a.add_argument("name", metavar="NAME")

    a = acts.add_parser("delete", parents=[common], help="move a scenario to the trash")
    a.add_argument("scenario", metavar="SCENARIO")

    acts.add_parser("check", parents=[common], help="check the library file for damage")
    p.set_defaults(run=run)


def _dump(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _split(ref: str) -> tuple[str, str | None]:
    """``SCENARIO@N`` as (SCENARIO, N's digits); a ref without ``@`` and ASCII digits is a name
    alone. Any number of digits is accepted: ``_numbered`` answers "no such revision" for a
    number beyond the last one, however long, never an overflow."""
    name, at, number = ref.rpartition("@")
    if at and number.isascii() and number.isdigit():
        return name, number
    return ref, None


#: More digits than any SQLite integer has (2**63 has 19): no revision has such a number, and
#: Python will not even turn more than 4,300 digits into an int.
_MAX_DIGITS = 19


def _numbered(lib, info, digits: str):
    """Revision number ``digits`` of the scenario ``info``."""
    from negotiator_gui.store import NotFound

    digits = digits.lstrip("0") or "0"
    if len(digits) > _MAX_DIGITS:
        shown = digits if len(digits) <= 60 else digits[:60] + "…"
        raise NotFound(
            f"Scenario {info.name!r} has no revision {shown} (it has 1 to {info.latest.number}).",
            path=lib.path,
        )
    return lib.revision_number(info.id, int(digits))


def _revision(lib, ref: str):
    from negotiator_gui.store import NotFound

    name, number = _split(ref)
    try:
        info = lib.find(name)
    except NotFound as exc:
        if number is None and "@" in ref:  # meant SCENARIO@N, with N not a number?
            raise NotFound(
                f"{exc} A revision is named SCENARIO@N, with N its number (1, 2, 3 …; "
                "`negotiator db log SCENARIO` lists them).",
                path=exc.path,
            ) from None
        raise
    if number is None:
        return info, info.latest
    return info, _numbered(lib, info, number)


def _when(ts: str) -> str:
    return ts.replace("T", " ")[:16]


def _list(lib, args) -> int:
    items = lib.scenarios(args.search, trash=args.trash)
    if args.json:
        _dump([i.to_json() for i in items])
        return 0
    if not items:
        print("(the trash is empty)" if args.trash else "(no scenarios)")
        return 0
    print(f"{'#':>4}  {'name':<36} {'rev':>4}  {'last saved':<16}  {'by':<12} title")
    for i in items:
        r = i.latest
        print(
            f"{i.id:>4}  {i.name[:36]:<36} {r.number:>4}  {_when(r.created_at):<16}  "
            f"{r.author[:12]:<12} {r.title}"
        )
    return 0


def _log(lib, args) -> int:
    info = lib.find(args.scenario)
    revisions = lib.log(info.id)
    if args.json:
        _dump({"scenario": info.to_json(), "revisions": [r.to_json() for r in revisions]})
        return 0
    print(f"{info.name} (scenario {info.id}{', in the trash' if info.in_trash else ''})")
    for r in revisions:
        parent = ""
        if r.parent_id is not None and r.number == 1:
            src = lib.revision(r.parent_id)
            parent = f" from {lib.scenario(src.scenario_id).name}@{src.number}"
        message = f": {r.message}" if r.message else ""
        print(f"  @{r.number:<4} {_when(r.created_at)}  {r.author}  [{r.action}{parent}]{message}")
    return 0


def _show(lib, args) -> int:
    from negotiator_gui.core.summary import summary

    info, rev = _revision(lib, args.ref)
    if args.document:
        sys.stdout.write(lib.text(rev.id))
        return 0
    if args.json:
        _dump({"scenario": info.to_json(), "revision": rev.to_json()})
        return 0
    latest = " (latest)" if rev.id == info.latest.id else ""
    print(f"{info.name} @{rev.number} of {info.latest.number}{latest}")
    print(f"Saved {_when(rev.created_at)} UTC by {rev.author} [{rev.action}]")
    if rev.message:
        print(f"Message: {rev.message}")
    print(f"Hash: sha256:{rev.hash}")
    print()
    print(summary(lib.load(rev.id)))
    return 0


def _diff(lib, args) -> int:
    if args.new is None:
        info, new = _revision(lib, args.old)
        if new.parent_id is None:
            raise BadInput(f"{info.name}@{new.number} is the first revision: nothing before it")
        old = lib.revision(new.parent_id)
    else:
        old = _revision(lib, args.old)[1]
        new = _revision(lib, args.new)[1]
    d = lib.diff(old.id, new.id)
    if args.json:
        _dump({"from": old.to_json(), "to": new.to_json(), **d.to_json()})
        return 0

    def label(r) -> str:
        return f"{lib.scenario(r.scenario_id).name}@{r.number}"

    print(f"From {label(old)} to {label(new)}: {d.summary()}")
    for line in d.lines():
        print(f"  {line}")
    return 0


def _import(lib, args) -> int:
    from negotiator_gui.app.usecases.library_save import save_file_to_library
    from negotiator_gui.app.usecases.scenario_files import ScenarioFileError

    if args.name and len(args.files) > 1:
        raise BadInput("--name names one scenario: import one file at a time with --name")
    into = lib.find(args.into).id if args.into else None
    done, failed = [], False
    for f in args.files:
        try:
            rev = save_file_to_library(lib, f, args.name, args.message, into=into)
        except ScenarioFileError as exc:
            print(exc.report(), file=sys.stderr)
            failed = True
            continue
        done.append(rev)
        if not args.json:
            name = lib.scenario(rev.scenario_id).name
            print(f"{f}: saved as {name}@{rev.number} (scenario {rev.scenario_id})")
    if args.json:
        _dump([r.to_json() for r in done])
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _export(lib, args) -> int:
    info, rev = _revision(lib, args.ref)
    try:
        lib.export(rev.id, args.file)
    except OSError as exc:
        raise BadInput(f"{args.file}: cannot be written: {exc.strerror or exc}") from None
    print(f"{args.file}: written ({info.name}@{rev.number})")
    return 0


def _restore(lib, args) -> int:
    if args.ref is None:
        raise BadInput("restore what? Give SCENARIO[@N], or --backup FILE")
    name, number = _split(args.ref)
    info = lib.find(name)
    if number is None:
        if not info.in_trash:
            raise BadInput(
                f"{info.name} is not in the trash; to bring back an old revision, give "
                f"{info.name}@N (see `negotiator db log`)"
            )
        back = lib.undelete(info.id)
        print(f"{back.name}: restored from the trash (scenario {back.id})")
        return 0
    if info.in_trash:
        raise BadInput(
            f"{info.name} is in the trash: restore it first "
            f"(`negotiator db restore {shlex.quote(name)}`)"
        )
    old = _numbered(lib, info, number)
    new = lib.restore_revision(old.id, args.message)
    if new.id == info.latest.id:
        print(
            f"{info.name}: @{old.number} has the same content as the latest revision; not changed"
        )
    else:
        print(f"{info.name}: @{old.number} restored as @{new.number}")
    return 0


def _rename(lib, args) -> int:
    info = lib.rename(lib.find(args.scenario).id, args.name)
    print(f"scenario {info.id} renamed to {info.name}")
    return 0


def _delete(lib, args) -> int:
    info = lib.delete(lib.find(args.scenario).id)
    undo = f"negotiator db restore {shlex.quote(info.name)}"
    print(f"{info.name}: moved to the trash (`{undo}` undoes it)")
    return 0


def _check(lib, args) -> int:
    from negotiator_gui.store import backups_of

    problems = lib.check()
    for p in problems:
        print(f"{lib.path}: {p}", file=sys.stderr)
    if problems:
        backups = backups_of(lib.path)
        latest = f" (the most recent automatic one: {backups[-1]})" if backups else ""
        print(
            f"{lib.path}: the library is damaged. Save what still reads to files with "
            "`negotiator db export SCENARIO[@N] FILE`, then restore a backup with "
            f"`negotiator db restore --backup FILE`{latest}, or move the file away to start "
            "a new library there.",
            file=sys.stderr,
        )
        return 2
    print(f"{lib.path}: ok (schema version {lib.schema_version})")
    return 0


_ACTIONS = {
    "list": _list,
    "log": _log,
    "show": _show,
    "diff": _diff,
    "import": _import,
    "export": _export,
    "restore": _restore,
    "rename": _rename,
    "delete": _delete,
    "check": _check,
}
_WRITES = {"import", "restore", "rename", "delete"}


def run(args: argparse.Namespace) -> int:
    from negotiator_gui.store import (
        LibraryError,
        LibraryHeld,
        NotFound,
        library_path,
        open_library,
    )
    from negotiator_gui.store.opening import restore_backup

    try:
        if args.action == "restore" and args.backup:
            if args.ref:
                raise BadInput("give either SCENARIO[@N] or --backup FILE, not both")
            aside = restore_backup(args.backup, args.db)
            kept = f"; the replaced library was kept as {aside}" if aside else ""
            print(f"{library_path(args.db)}: restored from {args.backup}{kept}")
            return 0
        try:
            try:
                lib = open_library(args.db, create=args.action in _WRITES)
            except LibraryHeld:  # another desk writes in it (a shared drive): still readable
                if args.action in _WRITES:
                    raise
                lib = open_library(args.db, read_only=True, create=False)
        except NotFound:
            where = library_path(args.db)
            if args.action == "list":
                if args.json:
                    _dump([])
                else:
                    print(f"(no library yet at {where})")
                return 0
            raise BadInput(
                f"{where}: there is no library here yet; `negotiator db import FILE` starts one"
            ) from None
        with lib:
            if args.action in _WRITES:
                lib.check_writable()  # a damaged library: refused before anything is read
            return _ACTIONS[args.action](lib, args)
    except LibraryError as exc:
        raise BadInput(str(exc)) from None
