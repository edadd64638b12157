"""The import/export feature's menus (see ``ui.common.registry``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from negotiator_gui.app.session import Session
from negotiator_gui.ui.common.registry import Host, PartSpec

if TYPE_CHECKING:
    from negotiator_gui.ui.io.import_export import ImportExport
    from negotiator_gui.ui.io.merge_menu import MergeFile


def _menus(session: Session, host: Host) -> ImportExport:
    """File → Import and File → Export; the options matrix's export button triggers
    ``export-workbook``."""
    from negotiator_gui.ui.io.import_export import ImportExport  # imported when first needed

    controller = ImportExport(host)
    host.register_action("export-workbook", controller.act_export_xlsx)
    return controller


def _merge(session: Session, host: Host) -> MergeFile:
    """File → Merge a colleague's file…"""
    from negotiator_gui.ui.io.merge_menu import MergeFile  # the merge itself: when used

    return MergeFile(host)


PARTS = (PartSpec("import-export", _menus), PartSpec("merge", _merge))
