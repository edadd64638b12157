"""The Qt user interface. Importing it first makes PySide6's per-import check cheap
(``ui.common.pyside_import``): every module the window imports after this one benefits."""

from negotiator_gui.ui.common.pyside_import import lighten

lighten()
