"""The print feature's menu items (see ``ui.common.registry``)."""

from __future__ import annotations

from negotiator_gui.ui.common.registry import PartSpec
from negotiator_gui.ui.printing.actions import Printing

PARTS = (PartSpec("print", Printing),)
