"""The JSON Schema of scenario files (format version 4), for other tools and for tests.

Negotiator itself reads files with its own typed reader (``scenario_reader``), which reports every
problem with its JSON path; the schema documents the same layout. It cannot express the checks
that span the document (unique ids, references that resolve), which the reader also makes.
"""

from __future__ import annotations

import json
from typing import Any

from negotiator_gui.paths import resource_path

SCHEMA_PARTS = ("schema", "scenario.schema.json")


def schema_text() -> str:
    """The schema file's text."""
    return resource_path(*SCHEMA_PARTS).read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    """The schema as a parsed JSON object (a new dict on every call)."""
    return json.loads(schema_text())
