"""The brief feature's menu item (see ``ui.common.registry``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from negotiator_gui.app.session import Session
from negotiator_gui.ui.common.registry import Host, PartSpec

if TYPE_CHECKING:
    from negotiator_gui.ui.brief.export import BriefExport


def _brief(session: Session, host: Host) -> BriefExport:
    """File → Export brief…, after the Export submenu."""
    from negotiator_gui.ui.brief.export import BriefExport  # imported when first needed

    return BriefExport(session, host)


PARTS = (PartSpec("brief-export", _brief),)
