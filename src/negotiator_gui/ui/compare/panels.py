"""The comparison's dock (see ``ui.common.registry``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from negotiator_gui.app.session import Session
from negotiator_gui.core.i18n import N_
from negotiator_gui.ui.common.registry import Host, PanelSpec

if TYPE_CHECKING:
    from negotiator_gui.ui.compare.view import ComparePanel


def _compare(session: Session, host: Host) -> ComparePanel:
    from negotiator_gui.ui.compare.view import ComparePanel  # imported when first needed

    return ComparePanel(session)


PANELS = (
    PanelSpec(
        "compare-packages",
        N_("Compare packages"),
        _compare,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        "Ctrl+Shift+C",
        N_("Packages side by side: options, utilities and indicators, differences marked"),
    ),
)
