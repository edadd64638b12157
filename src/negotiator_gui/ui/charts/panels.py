"""The charts feature's docks (see ``ui.common.registry``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from negotiator_gui.app.session import Session
from negotiator_gui.core.i18n import N_
from negotiator_gui.ui.common import settings_keys as keys
from negotiator_gui.ui.common.registry import Host, PanelSpec

if TYPE_CHECKING:
    from negotiator_gui.ui.charts.history import ConcessionHistoryPanel
    from negotiator_gui.ui.charts.tariffs import TariffCharts
    from negotiator_gui.ui.charts.utility import UtilitySpacePanel

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


def _tariff_charts(session: Session, host: Host) -> TariffCharts:
    """The charts follow the session's document, package and the tariff view's day."""
    from negotiator_gui.ui.charts.tariffs import TariffCharts  # imported when first needed

    charts = TariffCharts(session.document, lambda: dict(session.package.value))
    charts.stack.day = session.day.value
    charts.impact.exact.setChecked(keys.trade_model(session.settings) == "exact")
    session.document_changed.connect(charts.follow)
    session.package.changed.connect(charts.package_changed)
    session.day.changed.connect(charts.stack.set_day)
    return charts


def _utility(session: Session, host: Host) -> UtilitySpacePanel:
    from negotiator_gui.ui.charts.utility import UtilitySpacePanel  # imported when first needed

    return UtilitySpacePanel(session)


def _history(session: Session, host: Host) -> ConcessionHistoryPanel:
    from negotiator_gui.ui.charts.history import (
        ConcessionHistoryPanel,
    )  # imported when first needed

    return ConcessionHistoryPanel(session)


PANELS = (
    PanelSpec("tariff-charts", N_("Tariff charts"), _tariff_charts, RIGHT),
    # the utility space is the chart officials look at first
    PanelSpec(
        "utility-space-chart", N_("Utility space"), _utility, RIGHT, "Ctrl+Shift+U", front=True
    ),
    PanelSpec(
        "concession-history-chart", N_("Concession history"), _history, RIGHT, "Ctrl+Shift+H"
    ),
)
