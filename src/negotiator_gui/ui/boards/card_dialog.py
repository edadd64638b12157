"""A dialog to create or edit a board card; the result is applied as one undoable command."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from negotiator_gui.core.edits import with_text
from negotiator_gui.core.i18n import CONTENT_LANGUAGES, LANGUAGE_NAMES, local, tr
from negotiator_gui.core.model import Card, CardKind, Priority, Scenario
from negotiator_gui.ui.boards.board import KIND_LABELS, PRIORITY_LABELS

NO_VALUE = -1000.0  # the spin boxes' "not estimated" value (shown as a dash)


def new_card_id(s: Scenario, party: str) -> str:
    """A fresh stable id such as ``jp-7``."""
    base = re.sub(r"[^a-z0-9]+", "-", party.lower()).strip("-") or "card"
    used = {c.id for c in s.cards}
    n = 1 + sum(1 for c in s.cards if c.party == party)
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


class CardDialog(QDialog):
    def __init__(self, scenario: Scenario, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.original = card
        self.setWindowTitle(tr("Card"))
        form = QFormLayout(self)
        self.title = QLineEdit(card.title)
        self.title.setToolTip(tr("What the card asks for or offers, in a few words (required)"))
        form.addRow(tr("Title"), self.title)
        # the title in each content language beside English (e.g. Japanese); empty: English shows
        self.local_titles: dict[str, QLineEdit] = {}
        for lang in CONTENT_LANGUAGES:
            edit = QLineEdit(card.text.get(lang, {}).get("title", ""))
            edit.setToolTip(
                tr("The title in {language}, shown when the window is in {language}").format(
                    language=tr(LANGUAGE_NAMES[lang])
                )
            )
            form.addRow(tr("Title ({language})").format(language=tr(LANGUAGE_NAMES[lang])), edit)
            self.local_titles[lang] = edit
        self.kind = QComboBox()
        for kind in CardKind:
            self.kind.addItem(tr(KIND_LABELS[kind]), kind)
        self.kind.setCurrentIndex(list(CardKind).index(card.kind))
        self.kind.setToolTip(
            tr("Demand: what we ask for; concession: what we can give; red line: what we refuse")
        )
        form.addRow(tr("Kind"), self.kind)
        self.priority = QComboBox()
        for p in Priority:
            self.priority.addItem(tr(PRIORITY_LABELS[p]), p)
        self.priority.setCurrentIndex(list(Priority).index(card.priority))
        self.priority.setToolTip(tr("How much the card matters to its side"))
        form.addRow(tr("Priority"), self.priority)
        self.issue = QComboBox()
        self.issue.addItem(tr("(no issue)"), "")
        for issue in scenario.issues:
            self.issue.addItem(local(issue, "title"), issue.id)
        self.issue.setCurrentIndex(max(0, self.issue.findData(card.issue)))
        self.issue.setToolTip(tr("The issue of the scenario the card is about, if any"))
        form.addRow(tr("Issue"), self.issue)
        self.option = QComboBox()
        self.option.setToolTip(
            tr(
                "The option of that issue the card stands for; put on the table, it goes "
                "into the package"
            )
        )
        form.addRow(tr("Option"), self.option)
        self.issue.currentIndexChanged.connect(self._fill_options)
        self._fill_options()
        self.option.setCurrentIndex(max(0, self.option.findData(card.option)))
        self.value = self._spin(card.value_to_us)
        self.value.setToolTip(
            tr("What the card is worth to our side, in points (— : not estimated)")
        )
        form.addRow(tr("Value to us (points)"), self.value)
        self.cost = self._spin(card.cost_to_them)
        self.cost.setToolTip(
            tr("What the card costs the other side, in points (— : not estimated)")
        )
        form.addRow(tr("Cost to them (points)"), self.cost)
        self.owner = QLineEdit(card.owner)
        self.owner.setToolTip(tr("Who in the team is responsible for the card"))
        form.addRow(tr("Owner"), self.owner)
        self.tags = QLineEdit(", ".join(card.tags))
        self.tags.setToolTip(tr("Keywords for filtering the boards, separated by commas"))
        form.addRow(tr("Tags (comma-separated)"), self.tags)
        self.notes = QPlainTextEdit(card.notes)
        self.notes.setToolTip(tr("Background, arguments and sources; shown when hovering the card"))
        form.addRow(tr("Notes"), self.notes)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            tr("Apply the changes to the card (one step that can be undone)")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            tr("Close without changing the card")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _spin(self, value: float | None) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(NO_VALUE, 100.0)
        spin.setDecimals(1)
        spin.setSpecialValueText("—")
        spin.setValue(NO_VALUE if value is None else value)
        return spin

    def _fill_options(self) -> None:
        self.option.clear()
        self.option.addItem(tr("(any option)"), "")
        issue_id = self.issue.currentData()
        if issue_id:
            for opt in self.scenario.issue(issue_id).options:
                self.option.addItem(local(opt, "label"), opt.id)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(tr("A card needs a title."))
            return
        self.accept()

    def values(self) -> dict:
        """The edited fields (only what a user can change here)."""

        def num(spin: QDoubleSpinBox) -> float | None:
            return None if spin.value() <= NO_VALUE else spin.value()

        return {
            "title": self.title.text().strip(),
            "kind": self.kind.currentData(),
            "priority": self.priority.currentData(),
            "issue": self.issue.currentData() or "",
            "option": self.option.currentData() or "",
            "value_to_us": num(self.value),
            "cost_to_them": num(self.cost),
            "owner": self.owner.text().strip(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "notes": self.notes.toPlainText(),
            "text": self._texts(),
        }

    def _texts(self) -> dict[str, dict[str, str]]:
        """The card's texts in other languages with the titles typed here."""
        texts = self.original.text
        for lang, edit in self.local_titles.items():
            texts = with_text(texts, lang, "title", edit.text().strip())
        return texts
