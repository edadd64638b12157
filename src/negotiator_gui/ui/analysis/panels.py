"""The analysis feature's docks (see ``ui.common.registry``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from negotiator_gui.app.session import Session
from negotiator_gui.core.i18n import N_
from negotiator_gui.ui.common.registry import Host, PanelSpec

if TYPE_CHECKING:
    from negotiator_gui.ui.analysis.views import CounterFinder, OptionsMatrixView

BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


def _matrix(session: Session, host: Host) -> OptionsMatrixView:
    # imported when the dock is first shown: start-up does not pay for it
    from negotiator_gui.ui.analysis.views import CounterFinder, OptionsMatrixView

    matrix = OptionsMatrixView(session)
    matrix.set_document(session.document)
    session.document_changed.connect(matrix.set_document)

    def export() -> None:
        action = host.action("export-workbook")
        if action is not None:
            action.trigger()

    def counter_for(choices: dict, label: str) -> None:
        finder = host.show_panel("counter-packages")
        if isinstance(finder, CounterFinder):
            finder.set_package(choices, label)

    matrix.export_requested.connect(export)
    matrix.counter_requested.connect(counter_for)
    return matrix


def _finder(session: Session, host: Host) -> CounterFinder:
    from negotiator_gui.ui.analysis.views import CounterFinder  # imported when first needed

    finder = CounterFinder(session)
    finder.set_document(session.document)
    session.document_changed.connect(finder.set_document)
    return finder


PANELS = (
    PanelSpec(
        "options-matrix",
        N_("Options matrix"),
        _matrix,
        BOTTOM,
        "Ctrl+Shift+M",
        N_("The candidate packages with utilities and indicators, as in Excel"),
    ),
    PanelSpec(
        "counter-packages",
        N_("Counter-packages"),
        _finder,
        BOTTOM,
        "Ctrl+Shift+K",
        N_("Equal-value trades for the other side's latest offer"),
    ),
)
