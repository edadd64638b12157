"""Scenario files (``*.scenario.json``): what officials share. Read, check, migrate, write.

Reading never raises anything but ``ScenarioFileError`` for bad input, and that error lists every
problem found (up to a cap) with the file, the JSON path and what is wrong. Writing is atomic: the
new file replaces the old one only once it is complete, so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.problems import (
    MAX_PROBLEMS,
    Problem,
    Problems,
    Severity,
    more_not_shown,
)
from negotiator_gui.core.validation import validate
from negotiator_gui.io.atomic_write import write_bytes
from negotiator_gui.io.flow_rows import FlowColumns, read_flow_rows, split_flow_rows
from negotiator_gui.io.json_reader import (
    NonFinite,
    ObjectPairs,
    describe,
    duplicate_keys,
    structure_problem,
)
from negotiator_gui.io.migrations import MigrationError, migrate
from negotiator_gui.io.origin import Origin, read_origin
from negotiator_gui.io.scenario_reader import read_scenario_body
from negotiator_gui.io.scenario_writer import FORMAT, VERSION, dumps_scenario

SUFFIX = ".scenario.json"
#: Files larger than this are refused before reading (a 100,000-line scenario is about 6 MB).
MAX_FILE_BYTES = 100 * 1024 * 1024


class ScenarioFileError(Exception):
    """A scenario file that cannot be used; ``problems`` says where and what."""

    def __init__(
        self, source: str, problems: list[Problem], dropped: int = 0, truncated: bool = False
    ) -> None:
        self.source = source
        self.problems = problems
        self.dropped = dropped
        self.truncated = truncated  # checking stopped at the cap: there may be more problems
        super().__init__(self.report())

    def report(self) -> str:
        errors = [p for p in self.problems if p.severity is Severity.ERROR]
        n = len(errors) + self.dropped
        if self.truncated:
            head = tr("{source}: cannot be used (more than {n} problems)")
        elif n == 1:
            head = tr("{source}: cannot be used ({n} problem)")
        else:
            head = tr("{source}: cannot be used ({n} problems)")
        head = head.format(source=self.source, n=n)
        lines = [head] + [f"{self.source}: {p}" for p in self.problems]
        if self.dropped or self.truncated:
            lines.append(f"{self.source}: {more_not_shown(self.dropped, self.truncated)}")
        return "\n".join(lines)


@dataclass
class Loaded:
    scenario: Scenario
    warnings: list[Problem] = field(default_factory=list)
    migrated_from: int | None = None  # the file's version when it was older than ours
    origin: Origin | None = None  # the library revision the file was saved from, if it says


def _fail(source: str, path: str, message: str) -> ScenarioFileError:
    return ScenarioFileError(source, [Problem(path, message)])


def read_scenario(path: str | os.PathLike[str]) -> Loaded:
    """Load a scenario file, migrating an older version; raises ``ScenarioFileError``.

    Only a regular file is read: a pipe (FIFO), a device or a socket could make the read wait
    for ever or never end, so it is refused from ``stat`` before it is opened, and opened
    without blocking in case it changed in between. The size limit is checked from ``stat``
    before reading too, and the read itself stops one byte past the limit."""
    p = Path(path)
    source = str(path)
    limit = MAX_FILE_BYTES // 2**20
    too_big = tr(
        "scenario files are limited to {limit} MB (100,000 trade-flow rows take about 6 MB); "
        "leave out trade-flow rows the analysis does not need"
    ).format(limit=limit)
    try:
        st = p.stat()
        _check_regular(source, st.st_mode)
        if st.st_size > MAX_FILE_BYTES:
            raise _fail(
                source,
                "$",
                tr("file is {size} MB; {limit}").format(
                    size=f"{st.st_size / 2**20:,.0f}", limit=too_big
                ),
            )
        data = _read_regular(source, p)
    except ScenarioFileError:
        raise
    except IsADirectoryError:
        raise _fail(source, "$", tr("is a folder, not a scenario file")) from None
    except FileNotFoundError:
        raise _fail(source, "$", tr("no such file")) from None
    except OSError as exc:
        raise _fail(
            source, "$", tr("cannot be read: {error}").format(error=exc.strerror or exc)
        ) from None
    except ValueError as exc:  # e.g. a NUL character in the path
        raise _fail(source, "$", tr("cannot be read: {error}").format(error=exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise _fail(
            source,
            "$",
            tr("file is larger than {size} MB; {limit}").format(size=limit, limit=too_big),
        )
    return parse_scenario_bytes(data, source)


def _check_regular(source: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise _fail(source, "$", tr("is a folder, not a scenario file"))
    if not stat.S_ISREG(mode):
        raise _fail(
            source,
            "$",
            tr(
                "is not a regular file (a pipe, device or socket), which could make reading it "
                "wait for ever; save the scenario to a file and give that"
            ),
        )


def _read_regular(source: str, p: Path) -> bytes:
    """At most ``MAX_FILE_BYTES`` + 1 bytes of ``p``, opened without blocking (a pipe that
    replaced the file since ``stat`` must not make the open wait for a writer) and checked
    again to be a regular file once open."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(p, flags)
    with os.fdopen(fd, "rb") as fh:
        _check_regular(source, os.fstat(fh.fileno()).st_mode)
        return fh.read(MAX_FILE_BYTES + 1)


def parse_scenario_bytes(data: bytes, source: str = "<bytes>") -> Loaded:
    if data.startswith(b"\xef\xbb\xbf"):
        raise _fail(
            source,
            "$",
            tr("starts with a byte-order mark (BOM); save the file as UTF-8 without BOM"),
        )
    if len(data) > MAX_FILE_BYTES:
        raise _fail(
            source, "$", tr("is larger than {size} MB").format(size=MAX_FILE_BYTES // 2**20)
        )
    too_many = structure_problem(data)  # before decoding: a refused file costs no text copy
    if too_many:
        raise _fail(source, "$", too_many)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _fail(
            source,
            "$",
            tr("is not UTF-8 text: byte {byte} at offset {offset} (line {line})").format(
                byte=f"0x{data[exc.start]:02x}", offset=exc.start, line=line
            ),
        ) from None
    return parse_scenario_text(text, source)


def _parse_json(text: str, source: str) -> Any:
    """Parse with limits: too many objects, lists or values are refused before parsing (the
    parser's memory grows with them), and a key repeated in one object is refused after (JSON
    keeps the last silently, so the file says two things), named by its JSON path."""
    if not text.strip():
        raise _fail(source, "$", tr("is empty: a scenario file holds one JSON object"))
    too_many = structure_problem(text)
    if too_many:
        raise _fail(source, "$", too_many)
    hook = ObjectPairs()
    doc = _loads(text, source, hook)
    if hook.duplicated:
        raise ScenarioFileError(
            source,
            [
                Problem(
                    path,
                    tr(
                        "the key {key} appears {n} times in this object; JSON keeps only the "
                        "last, so the file is ambiguous: keep one"
                    ).format(key=repr(key), n=n),
                )
                for path, key, n in duplicate_keys(doc, MAX_PROBLEMS)
            ],
        )
    return doc


def _loads(text: str, source: str, hook: ObjectPairs) -> Any:
    try:
        return json.loads(text, parse_constant=NonFinite, object_pairs_hook=hook)
    except json.JSONDecodeError as exc:
        # An unterminated string always runs to the end of the text.
        truncated = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        what = tr("ends too early (truncated?)") if truncated else exc.msg
        raise _fail(
            source,
            "$",
            tr("is not valid JSON: line {line}, column {column}: {what}").format(
                line=exc.lineno, column=exc.colno, what=what
            ),
        ) from None
    except RecursionError:
        raise _fail(source, "$", tr("is not a scenario: its JSON is nested too deeply")) from None
    except ValueError as exc:  # a whole number with more digits than Python will convert
        raise _fail(
            source,
            "$",
            tr("is not a scenario: a number is far too long ({error})").format(error=exc),
        ) from None


def parse_scenario_text(text: str, source: str = "<text>") -> Loaded:
    loaded = _parse_fast(text, source)
    if loaded is not None:
        return loaded
    doc = _parse_json(text, source)
    return load_document(doc, source)


def _parse_fast(text: str, source: str) -> Loaded | None:
    """A current-version document in the writer's layout, its flow rows read as columns
    (``io.flow_rows``); None whenever anything is off, for the ordinary path to read and
    report, so a refused document is described exactly as before."""
    split = split_flow_rows(text)
    if split is None or structure_problem(text):
        return None
    head, token, rows = split
    hook = ObjectPairs()
    try:
        doc = json.loads(head, parse_constant=NonFinite, object_pairs_hook=hook)
    except (ValueError, RecursionError):
        return None
    if hook.duplicated or not isinstance(doc, dict):
        return None
    if doc.get("format") != FORMAT or type(doc.get("version")) is not int:
        return None
    flows = doc.get("trade_flows")
    if doc["version"] != VERSION or not isinstance(flows, dict) or flows.get("rows") != token:
        return None
    columns = read_flow_rows(rows)
    if columns is None:
        return None
    flows["rows"] = FlowColumns(columns)
    try:
        return load_document(doc, source)
    except ScenarioFileError:
        return None


def load_document(doc: Any, source: str = "<document>") -> Loaded:
    """Check ``format``/``version``, migrate, read and validate a parsed document."""
    if not isinstance(doc, dict):
        raise _fail(source, "$", tr("is not a scenario: expected a JSON object at the top"))
    if doc.get("format") != FORMAT:
        found = doc.get("format")
        raise _fail(
            source,
            "$.format",
            tr("is not a Negotiator scenario file (format is {found}, expected {format})").format(
                found=repr(found), format=repr(FORMAT)
            )
            if found is not None
            else tr("is not a Negotiator scenario file (no 'format': {format})").format(
                format=repr(FORMAT)
            ),
        )
    if "version" not in doc:
        raise _fail(source, "$.version", tr("is missing (the file format version, a whole number)"))
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _fail(
            source,
            "$.version",
            tr("version must be a whole number 1 or more, not {value}").format(
                value=describe(version)
            ),
        )
    if version > VERSION:
        raise _fail(
            source,
            "$.version",
            tr(
                "was made by a newer version of Negotiator (file format version {version}; this "
                "version reads up to {newest}). Update Negotiator to open it."
            ).format(version=version, newest=VERSION),
        )
    migrated_from = None
    if version < VERSION:
        try:
            doc = migrate(doc, version, VERSION)
        except MigrationError as exc:
            raise _fail(
                source,
                exc.path,
                tr("(version {version} file) {message}").format(
                    version=version, message=exc.message
                ),
            ) from None
        migrated_from = version
    pr = Problems()
    # file metadata, not part of the scenario (optional in format 4: no new version)
    origin = read_origin(pr, doc.pop("origin")) if "origin" in doc else None
    scenario = read_scenario_body(pr, doc)
    _validate_after_reading(scenario, pr)
    if pr.has_errors():
        raise ScenarioFileError(source, pr.items, pr.dropped, pr.truncated)
    return Loaded(scenario, pr.warnings, migrated_from, origin)


def _lost(collection: str) -> str:
    """A path at which a read error means an entity of the collection (or its id) was lost."""
    return rf"\$\.{collection}(\[\d+\](\.id)?)?"


#: For "unknown <what>" validation messages: read errors that mean an entity of that kind, or its
#: id, could not be read, so that a reference to it would be reported as unknown by mistake.
_LOST = {
    "party": re.compile(_lost("parties")),
    "issue": re.compile(_lost("issues")),
    "option": re.compile(r"\$\.issues(\[\d+\](\.id|\.options(\[\d+\](\.id)?)?)?)?"),
    "measure": re.compile(_lost("measures") + r"|.*\.effects(\[\d+\])?|.*\.new_measure(\.id)?"),
    "card": re.compile(_lost("cards")),
    "package": re.compile(_lost("packages")),
}
_UNKNOWN = re.compile(r"unknown (\w+)")


def _validate_after_reading(scenario: Scenario, pr: Problems) -> None:
    """Run the meaning checks too, so one pass reports everything, but drop what follows from a
    value that could not be read: a problem at or under a place already reported, and a
    reference to an entity of a kind of which one could not be read."""
    bad = [p.path for p in pr.errors]
    if pr.full:
        pr.stop()
        return
    # A roomier cap, so that what is filtered out below does not hide what would be kept, and
    # the count of problems not shown is exact in all but extreme cases.
    checks = validate(scenario, Problems(cap=100 * pr.cap))
    for p in checks.items:
        if any(p.path == b or p.path.startswith((b + ".", b + "[")) for b in bad):
            continue
        m = _UNKNOWN.match(p.message)
        lost = _LOST.get(m.group(1)) if m else None
        if lost is not None and any(lost.fullmatch(b) for b in bad):
            continue
        pr.add(p)
    if checks.dropped or checks.truncated:
        pr.stop()


def check_scenario(scenario: Scenario) -> Problems:
    """Validation of an in-memory scenario (for commands, imports and the writer)."""
    return validate(scenario)


def write_scenario(
    scenario: Scenario, path: str | os.PathLike[str], origin: Origin | None = None
) -> None:
    """Write atomically (``io.atomic_write``): a temporary file in the same folder, flushed,
    then renamed over; a failure leaves the old file as it was and no temporary file.

    The file keeps the permissions of the one it replaces (a new file gets the usual ones, not
    the private mode of a temporary file), since scenario files are meant to be shared.
    """
    write_bytes(path, dumps_scenario(scenario, origin).encode("utf-8"))
