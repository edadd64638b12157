"""The packages feature's dock (see ``ui.common.registry``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from negotiator_gui.app.session import Session
from negotiator_gui.core.i18n import N_
from negotiator_gui.ui.common.registry import Host, PanelSpec

if TYPE_CHECKING:
    from negotiator_gui.ui.packages.builder import PackageBuilder
    from negotiator_gui.ui.packages.named import NamedPackages


def _builder(session: Session, host: Host) -> PackageBuilder:
    from negotiator_gui.ui.packages.builder import PackageBuilder  # imported when first needed

    builder = PackageBuilder(session)
    session.document_changed.connect(builder.set_document)
    return builder


def _named(session: Session, host: Host) -> NamedPackages:
    from negotiator_gui.ui.packages.named import NamedPackages  # imported when first needed

    panel = NamedPackages(session)
    session.document_changed.connect(panel.set_document)
    return panel


PANELS = (
    PanelSpec(
        "package-builder",
        N_("Package builder"),
        _builder,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        "Ctrl+Shift+B",
        N_("Build a package, compare it with the BATNAs and record it as an offer"),
    ),
    PanelSpec(
        "named-packages",
        N_("Saved packages"),
        _named,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        None,
        N_("Packages kept with the scenario, with notes: choose, rename or delete them"),
    ),
)
