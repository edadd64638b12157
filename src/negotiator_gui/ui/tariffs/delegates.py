"""The tariff editor's cell editors: a percent spin box for rates, a date box with a "none"
value for a measure's dates, a line edit for the comma-separated lists.

A delegate turns what the user types into the model's edit role; the model (``ui.tariffs.models``)
then pushes the edit as a named command, or refuses it with the reason, so nothing here judges a
value: the spin boxes' ranges are wider than any valid rate on purpose.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QDoubleSpinBox, QStyledItemDelegate

from negotiator_gui.core.i18n import tr
from negotiator_gui.ui.tariffs.models import MEASURE_KEYS


def date_format() -> str:
    """The locale's short date format for date boxes, when it shows the full year (Japanese
    "yyyy/MM/dd"); ISO otherwise (the US short format has a two-digit year)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else "yyyy-MM-dd"


class MeasureDelegate(QStyledItemDelegate):
    """Editors for the measures table: a percent spin box for rates, a date box with a "none"
    value for dates; text columns use a line edit (lists comma-separated)."""

    def createEditor(self, parent, option, index):
        key = MEASURE_KEYS[index.column()]
        if key == "rate":
            spin = QDoubleSpinBox(parent)
            spin.setRange(-1000.0, 1000.0)  # out-of-range values are refused with the reason
            spin.setDecimals(3)
            spin.setSuffix(" %")
            spin.setToolTip(tr("The measure's rate in percent"))
            return spin
        if key in ("effective", "end"):
            box = QDateEdit(parent)
            box.setCalendarPopup(True)
            box.setDisplayFormat(date_format())
            box.setMinimumDate(QDate(1990, 1, 1))
            box.setSpecialValueText(tr("none"))  # the minimum date stands for "no date"
            box.setToolTip(
                tr("Pick a date; the earliest date (shown as '{none}') clears it").format(
                    none=tr("none")
                )
            )
            return box
        editor = super().createEditor(parent, option, index)
        if key in ("targets", "include", "exclude"):
            editor.setToolTip(tr("Comma-separated, e.g. 72, 73"))
        return editor

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value))
        elif isinstance(editor, QDateEdit):
            editor.setDate(value if value.isValid() else editor.minimumDate())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QDateEdit):
            d = editor.date()
            model.setData(index, QDate() if d == editor.minimumDate() else d)
        else:
            super().setModelData(editor, model, index)


class RateDelegate(QStyledItemDelegate):
    """The MFN cell of the product-line table: a percent spin box."""

    def createEditor(self, parent, option, index):
        spin = QDoubleSpinBox(parent)
        spin.setRange(-1000.0, 1000.0)
        spin.setDecimals(4)
        spin.setSuffix(" %")
        spin.setToolTip(tr("The line's base MFN rate in percent"))
        return spin

    def setEditorData(self, editor, index) -> None:
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor, model, index) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
