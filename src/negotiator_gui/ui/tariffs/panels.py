"""The tariffs feature's dock (see ``ui.common.registry``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from negotiator_gui.app.session import Session
from negotiator_gui.core.i18n import N_
from negotiator_gui.ui.common.registry import Host, PanelSpec

if TYPE_CHECKING:
    from negotiator_gui.ui.tariffs.editor import TariffEditor


def _editor(session: Session, host: Host) -> TariffEditor:
    """The editor shows the session's package and day; a day chosen in it is the session's."""
    from negotiator_gui.ui.tariffs.editor import TariffEditor  # imported when first needed

    panel = TariffEditor(session.document, lambda: dict(session.package.value))
    panel.set_day(session.day.value)
    panel.message.connect(lambda text: host.show_message(text, 8000))
    panel.day_changed.connect(session.day.set)
    session.day.changed.connect(panel.set_day)
    session.document_changed.connect(panel.set_document)
    session.package.changed.connect(panel.package_changed)
    return panel


PANELS = (
    PanelSpec(
        "tariff-editor",
        N_("Tariffs"),
        _editor,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        "Ctrl+T",
    ),
)
