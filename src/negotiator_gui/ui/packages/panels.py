"""The packages feature's dock (see ``ui.common.registry``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from negotiator_gui.app.session import Session
from negotiator_gui.core.i18n import N_
from negotiator_gui.ui.common.registry import Host, PanelSpec

if TYPE_CHECKING:
    from negotiator_gui.ui.packages.builder import PackageBuilder


def _builder(session: Session, host: Host) -> PackageBuilder:
    from negotiator_gui.ui.packages.builder import PackageBuilder  # imported when first needed

    builder = PackageBuilder(session)
    session.document_changed.connect(builder.set_document)
    return builder


PANELS = (
    PanelSpec(
        "package-builder",
        N_("Package builder"),
        _builder,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        "Ctrl+Shift+B",
        N_("Build a package, compare it with the BATNAs and record it as an offer"),
    ),
)
