"""Scenario files (``*.scenario.json``): what officials share. Read, check, migrate, write.

Reading never raises anything but ``ScenarioFileError`` for bad input, and that error lists every
problem found (up to a cap) with the file, the JSON path and what is wrong. Writing is atomic: the
new file replaces the old one only once it is complete, so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from negotiator_gui.core.model import Scenario
from negotiator_gui.core.problems import Problem, Problems, Severity
from negotiator_gui.core.validation import validate
from negotiator_gui.io.json_reader import NonFinite
from negotiator_gui.io.migrations import MigrationError, migrate
from negotiator_gui.io.scenario_reader import read_scenario_body
from negotiator_gui.io.scenario_writer import FORMAT, VERSION, dumps_scenario

SUFFIX = ".scenario.json"
#: Files larger than this are refused before reading (a 100,000-line scenario is about 6 MB).
MAX_FILE_BYTES = 100 * 1024 * 1024


class ScenarioFileError(Exception):
    """A scenario file that cannot be used; ``problems`` says where and what."""

    def __init__(self, source: str, problems: list[Problem], dropped: int = 0) -> None:
        self.source = source
        self.problems = problems
        self.dropped = dropped
        super().__init__(self.report())

    def report(self) -> str:
        errors = [p for p in self.problems if p.severity is Severity.ERROR]
        head = f"{self.source}: cannot be used ({len(errors) + self.dropped} problem"
        head += "s)" if len(errors) + self.dropped != 1 else ")"
        lines = [head] + [f"{self.source}: {p}" for p in self.problems]
        if self.dropped:
            lines.append(f"{self.source}: ... and {self.dropped} more problems not shown")
        return "\n".join(lines)


@dataclass
class Loaded:
    scenario: Scenario
    warnings: list[Problem] = field(default_factory=list)
    migrated_from: int | None = None  # the file's version when it was older than ours


def _fail(source: str, path: str, message: str) -> ScenarioFileError:
    return ScenarioFileError(source, [Problem(path, message)])


def read_scenario(path: str | os.PathLike[str]) -> Loaded:
    """Load a scenario file, migrating an older version; raises ``ScenarioFileError``."""
    p = Path(path)
    source = str(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _fail(
                source,
                "$",
                f"file is {size / 2**20:,.0f} MB; scenario files are limited to "
                f"{MAX_FILE_BYTES // 2**20} MB",
            )
        data = p.read_bytes()
    except ScenarioFileError:
        raise
    except IsADirectoryError:
        raise _fail(source, "$", "is a folder, not a scenario file") from None
    except FileNotFoundError:
        raise _fail(source, "$", "no such file") from None
    except OSError as exc:
        raise _fail(source, "$", f"cannot be read: {exc.strerror or exc}") from None
    return parse_scenario_bytes(data, source)


def parse_scenario_bytes(data: bytes, source: str = "<bytes>") -> Loaded:
    if data.startswith(b"\xef\xbb\xbf"):
        raise _fail(
            source,
            "$",
            "starts with a byte-order mark (BOM); save the file as UTF-8 without BOM",
        )
    if len(data) > MAX_FILE_BYTES:
        raise _fail(source, "$", f"is larger than {MAX_FILE_BYTES // 2**20} MB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _fail(
            source,
            "$",
            f"is not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start} (line {line})",
        ) from None
    return parse_scenario_text(text, source)


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text, parse_constant=NonFinite)
    except json.JSONDecodeError as exc:
        what = "ends too early (truncated?)" if exc.pos >= len(text.rstrip()) else exc.msg
        raise _fail(
            source, "$", f"is not valid JSON: line {exc.lineno}, column {exc.colno}: {what}"
        ) from None
    except RecursionError:
        raise _fail(source, "$", "is not a scenario: its JSON is nested too deeply") from None


def parse_scenario_text(text: str, source: str = "<text>") -> Loaded:
    doc = _parse_json(text, source)
    return load_document(doc, source)


def load_document(doc: Any, source: str = "<document>") -> Loaded:
    """Check ``format``/``version``, migrate, read and validate a parsed document."""
    if not isinstance(doc, dict):
        raise _fail(source, "$", "is not a scenario: expected a JSON object at the top")
    if doc.get("format") != FORMAT:
        found = doc.get("format")
        raise _fail(
            source,
            "$.format",
            f"is not a Negotiator scenario file (format is {found!r}, expected {FORMAT!r})"
            if found is not None
            else f"is not a Negotiator scenario file (no 'format': {FORMAT!r})",
        )
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _fail(
            source, "$.version", f"version must be a whole number 1 or more, not {version!r}"
        )
    if version > VERSION:
        raise _fail(
            source,
            "$.version",
            f"was made by a newer version of Negotiator (file format version {version}; "
            f"this version reads up to {VERSION}). Update Negotiator to open it.",
        )
    migrated_from = None
    if version < VERSION:
        try:
            doc = migrate(doc, version, VERSION)
        except MigrationError as exc:
            raise _fail(source, exc.path, f"(version {version} file) {exc.message}") from None
        migrated_from = version
    pr = Problems()
    scenario = read_scenario_body(pr, doc)
    _validate_after_reading(scenario, pr)
    if pr.has_errors():
        raise ScenarioFileError(source, pr.items, pr.dropped)
    return Loaded(scenario, pr.warnings, migrated_from)


def _validate_after_reading(scenario: Scenario, pr: Problems) -> None:
    """Run the meaning checks too, so one pass reports everything, but drop what follows from a
    value that could not be read (reported already at the same place or above it)."""
    bad = [p.path for p in pr.errors]
    if pr.full:
        return
    checks = validate(scenario, Problems(cap=pr.cap))
    for p in checks.items:
        if any(p.path == b or p.path.startswith((b + ".", b + "[")) for b in bad):
            continue
        if bad and "unknown" in p.message and p.path.endswith((".party", ".perspective")):
            continue  # a reference to an entity that failed to read
        pr.add(p)


def check_scenario(scenario: Scenario) -> Problems:
    """Validation of an in-memory scenario (for commands, imports and the writer)."""
    return validate(scenario)


def write_scenario(scenario: Scenario, path: str | os.PathLike[str]) -> None:
    """Write atomically: a temporary file in the same folder, flushed, then renamed over."""
    p = Path(path)
    data = dumps_scenario(scenario).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
