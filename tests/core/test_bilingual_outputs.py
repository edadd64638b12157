"""With the content language Japanese, what the core writes for people (the brief, labels, the
summary) names every party, issue, option, measure and card by its Japanese text, and never
glues an English name into a Japanese sentence. The reference is the scenario file's own
``text.ja`` values, read as plain JSON (not through the reader under test)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from languages import plain_core_text
from negotiator_gui.core import i18n, labels
from negotiator_gui.core.brief import build_brief
from negotiator_gui.core.summary import summary
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import shipped_scenarios

SHIPPED = shipped_scenarios()
TRANSLATED = {"parties": "name", "issues": "title", "measures": "title", "cards": "title"}


@dataclasses.dataclass
class Names:
    """English → Japanese names of a scenario file's entities, from its JSON."""

    ja: dict[tuple[str, str], str]  # (kind, id) → Japanese name
    en: dict[tuple[str, str], str]  # (kind, id) → English name

    def english_with_japanese(self) -> set[str]:
        return {self.en[k] for k in self.ja}


def names_of(path: Path) -> Names:
    doc = json.loads(path.read_text(encoding="utf-8"))
    ja, en = {}, {}
    for kind, field in TRANSLATED.items():
        for e in doc.get(kind, []):
            en[(kind, e["id"])] = e[field]
            if "ja" in e.get("text", {}) and field in e["text"]["ja"]:
                ja[(kind, e["id"])] = e["text"]["ja"][field]
    for issue in doc.get("issues", []):
        for o in issue["options"]:
            key = ("options", f"{issue['id']}/{o['id']}")
            en[key] = o["label"]
            if "label" in o.get("text", {}).get("ja", {}):
                ja[key] = o["text"]["ja"]["label"]
    return Names(ja, en)


@pytest.fixture
def japanese_content():
    i18n.set_language("ja")
    yield
    plain_core_text()


#: The texts every shipped scenario carries in Japanese, by kind of entity.
SHIPPED_FIELDS = {
    "parties": ("name", "batna", "notes"),
    "issues": ("title", "description"),
    "options": ("label", "description"),
    "measures": ("title", "notes", "uncovered"),
    "cards": ("title", "notes"),
    "scenario": ("title", "description"),
}


def _entities(doc: dict):
    yield "scenario", doc
    for kind in ("parties", "issues", "measures", "cards"):
        yield from ((kind, e) for e in doc.get(kind, []))
    for issue in doc.get("issues", []):
        for o in issue["options"]:
            yield "options", o
            for effect in o.get("effects", []):
                if "new_measure" in effect:
                    yield "measures", effect["new_measure"]


def _japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_shipped_scenarios_have_japanese_for_every_text(path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    missing = []
    for kind, e in _entities(doc):
        ja = e.get("text", {}).get("ja", {})
        for field in SHIPPED_FIELDS[kind]:
            if e.get(field) and not _japanese(ja.get(field, "")):
                missing.append((kind, e.get("id"), field))
    assert missing == []


#: Fields of the brief's parts that hold ids, codes or colours, not words.
_CODES = {"scenario_id", "perspective", "party", "issue", "option", "card", "key", "colour",
          "kind", "status", "priority", "importer"}  # fmt: skip


def _texts(value) -> list[str]:
    """Every text a brief holds for people to read (ids and codes aside)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _texts(v)]
    if not dataclasses.is_dataclass(value):
        return []
    out = []
    for f in dataclasses.fields(value):
        if f.name in _CODES:
            continue
        out += _texts(getattr(value, f.name))
    return out


def _english_leaks(texts: list[str], names: Names) -> list[tuple[str, str]]:
    return [(n, t) for t in texts for n in names.english_with_japanese() if n in t]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_brief_names_everything_in_japanese(path, japanese_content):
    s = read_scenario(path).scenario
    names = names_of(path)
    package = s.packages[0].choices if s.packages else {i.id: i.options[-1].id for i in s.issues}
    b = build_brief(s, package, today=dt.date(2025, 10, 1))
    for c in b.choices:
        assert c.issue_title == names.ja[("issues", c.issue)]
        if c.option is not None:
            assert c.option_label == names.ja[("options", f"{c.issue}/{c.option}")]
    assert [st.name for st in b.standings] == [
        names.ja[("parties", st.party)] for st in b.standings
    ]
    assert b.perspective_name == names.ja[("parties", s.perspective)]
    assert b.title == json.loads(path.read_text(encoding="utf-8"))["text"]["ja"]["title"]
    for board in b.boards:
        assert board.name == names.ja[("parties", board.party)]
        assert [it.title for it in board.items] == [
            names.ja[("cards", it.card)] for it in board.items
        ]
    assert _english_leaks(_texts(b), names) == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_labels_and_summary_name_everything_in_japanese(path, japanese_content):
    s = read_scenario(path).scenario
    names = names_of(path)
    for p in s.parties:
        assert labels.party_name(s, p.id) == names.ja[("parties", p.id)]
    for m in s.measures:
        assert labels.measure_label(m).startswith(names.ja[("measures", m.id)] + " (")
    text = summary(s)
    for key, ja in names.ja.items():
        if key[0] in ("parties", "issues", "options", "measures"):
            assert ja in text, key
    # lines that name an entity carry the Japanese name only
    assert [n for n in names.english_with_japanese() if f" {n} [" in text or f"- {n}" in text] == []


@pytest.mark.parametrize("path", SHIPPED[:1], ids=lambda p: p.name)
def test_in_english_the_names_are_the_english_ones(path):
    s = read_scenario(path).scenario
    names = names_of(path)
    assert i18n.language() == "en"
    b = build_brief(s, {}, today=dt.date(2025, 10, 1))
    assert [c.issue_title for c in b.choices] == [names.en[("issues", i.id)] for i in s.issues]
