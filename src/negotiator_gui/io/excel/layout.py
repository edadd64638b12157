"""What the options-matrix workbook writer and the weight importer agree on, and how cells are
written safely and fast.

Shared layout: sheet names, the format line on the About sheet, the Options sheet's header texts
and the defined names of its input cells. The importer finds everything by these (never by a
fixed cell address), so a workbook in which an official inserted a column still imports, while
one that lost a header or a name is refused as restructured.

Writing: sheets are built as rows of ``(value, style)`` pairs and then streamed into an openpyxl
write-only worksheet (a 10,000-package sheet would be several times slower cell by cell). Any
``str`` is *text*: it is stored as a string even when it starts with ``=``, ``+``, ``-``, ``@``,
tab or CR, and then also gets Excel's quote prefix so that editing the cell does not turn it into
a formula (the spreadsheet formula-injection hazard). Formulas are only ever written from the
``Formula`` type, which the writer builds from ids it controls.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.core.text import safe_text

FORMAT_ID = "negotiator-options-matrix"
FORMAT_VERSION = 1
FORMAT_LINE = f"{FORMAT_ID} {FORMAT_VERSION}"

#: Sheet names, About keys, Options headers and row labels are written in the language of the
#: export (``local``: the window's, through ``tr``; the command line has no translator and
#: writes English); the importer accepts them in English or in the language it runs in.
ABOUT, OPTIONS, PACKAGES, CHART = N_("About"), N_("Options"), N_("Packages"), N_("Chart")
GRID, IMPACT, TARIFFS, BOARDS = N_("Issue grid"), N_("Impact"), N_("Tariffs"), N_("Boards")
#: The ranges around the preference inputs (``excel.ranges``), after the context sheets.
RANGES = N_("Ranges")

#: About sheet: the key whose value is ``FORMAT_LINE``, and the keys the importer reads.
ABOUT_FORMAT, ABOUT_SCENARIO_ID = N_("Workbook format"), N_("Scenario id")
ABOUT_HASH, ABOUT_REDACTED = N_("Content hash"), N_("Redacted copy")

#: Options sheet header texts (the first three columns, then four per party and one board
#: column per negotiator).
H_LABEL, H_ISSUE, H_OPTION = N_("Issue / option"), N_("Issue id"), N_("Option id")


def local(text: str, translated: bool | Callable[[str], str] = True) -> str:
    """A layout text in the export's language (``translated``), or as written (English);
    ``translated`` may also be the function that renders texts in a given language."""
    if callable(translated):
        return translated(text)
    return tr(text) if translated else text


def sheet_ref(name: str) -> str:
    """A sheet name as formulas and defined names refer to it (quoted unless plain ASCII)."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", name):
        return name
    return "'" + name.replace("'", "''") + "'"


def h_weight(party: str, translated: bool | Callable[[str], str] = True) -> str:
    return local(N_("{party} weight"), translated).format(party=party)


def h_share(party: str, translated: bool | Callable[[str], str] = True) -> str:
    return local(N_("{party} share"), translated).format(party=party)


def h_score(party: str, translated: bool | Callable[[str], str] = True) -> str:
    return local(N_("{party} score"), translated).format(party=party)


def h_weighted(party: str, translated: bool | Callable[[str], str] = True) -> str:
    return local(N_("{party} weighted"), translated).format(party=party)


def h_board(party: str, translated: bool | Callable[[str], str] = True) -> str:
    return local(N_("{party} board"), translated).format(party=party)


#: The label (column A) of the Options rows holding each party's total weight and reservation.
ROW_TOTAL = N_("Total weight (points)")
ROW_RESERVATION = N_("Walk-away value (BATNA)")
#: The reservation row's label in workbooks written before it was renamed (it said "no deal",
#: which the status quo package and the tariff indicators also said): still imported.
ROW_RESERVATION_BEFORE = N_("Reservation value (no deal)")
#: The workbook's font when the export does not name one.
DEFAULT_FONT = "Calibri"
#: The face of a workbook exported in Japanese: Excel's Japanese UI font since Office 2016
#: (Windows and Mac); where it is missing, Excel and LibreOffice substitute a Japanese font.
JAPANESE_FONT = "Yu Gothic"

#: Excel's limit on the text in one cell.
MAX_CELL_TEXT = 32_767
#: First characters that make a spreadsheet read text as a formula (OWASP's list).
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


# -- defined names ---------------------------------------------------------------------------

_NAME_BAD = re.compile(r"[^A-Za-z0-9_]")


def _name_part(text: str) -> str:
    """Ids may hold ``-`` and ``.``; defined names are safest with letters, digits and ``_``."""
    return _NAME_BAD.sub("_", text)


def weight_name(party: str, issue: str) -> str:
    return f"Weight_{_name_part(party)}_{_name_part(issue)}"


def total_name(party: str) -> str:
    return f"WeightTotal_{_name_part(party)}"


def reservation_name(party: str) -> str:
    return f"Reservation_{_name_part(party)}"


def unique_names(wanted: Iterable[tuple[Any, str]]) -> dict[Any, str]:
    """Make defined names unique case-insensitively (``a-b`` and ``a_b`` both become ``a_b``):
    later clashes get ``_2``, ``_3`` …"""
    out: dict[Any, str] = {}
    seen: set[str] = set()
    for key, name in wanted:
        candidate, k = name, 1
        while candidate.casefold() in seen:
            k += 1
            candidate = f"{name}_{k}"
        seen.add(candidate.casefold())
        out[key] = candidate
    return out


# -- text ------------------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Text a cell can hold: no character XML forbids (``core.text.safe_text`` puts U+FFFD in
    its place), at most Excel's cell limit."""
    text = safe_text(text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def dangerous(text: str) -> bool:
    """Would a spreadsheet read this text as a formula (or an error value) if typed in?"""
    return text.startswith(DANGEROUS_START) or text in ERROR_CODES


def display_width(text: str) -> int:
    """Approximate width in Calibri-11 character units (wide East Asian characters count 2)."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


#: Approximate advance widths of Calibri 11 characters in column units (one unit is a digit's
#: width), for estimating how many lines a wrapped cell takes; wide East Asian characters are 2.
_NARROW = dict.fromkeys("il.,:;'!|I j", 0.45) | dict.fromkeys("frt()[]-/", 0.66)
_NARROW |= dict.fromkeys('scz"', 0.8) | dict.fromkeys("mw", 1.5) | dict.fromkeys("MW", 1.7)


def text_units(text: str) -> float:
    """Width of ``text`` on one line, in column units (see ``_NARROW``)."""
    total = 0.0
    for ch in text:
        w = _NARROW.get(ch)
        if w is None:
            if ch.isascii():
                w = 1.15 if ch.isupper() else (1.0 if ch.isdigit() else 0.98)
            else:
                w = 2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.0
        total += w
    return total


class Formula(str):
    """A formula the writer built (``=`` included). Plain ``str`` is always written as text."""

    __slots__ = ()


def finite(x: float | None) -> float | None:
    """A number a cell can hold (NaN and infinities have no spreadsheet form: left blank)."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


# -- styles ----------------------------------------------------------------------------------

NAVY, BLUE_INPUT, INPUT_FILL = "1F3864", "0000FF", "FFF2CC"
GREY_TEXT, BAND, ISSUE_FILL = "595959", "D9E1F2", "EDEDED"
#: US$ bn from a value in dollars (each trailing comma divides by 1,000); zero shows as a dash.
#: ``_)`` keeps a little room on the right, so a number never touches the text beside it.
MONEY_BN = '#,##0.00,,,_);[Red]-#,##0.00,,,_);"–"_)'
#: US$ m, for sector-level figures that would mostly read 0.00 in billions.
MONEY_M = '#,##0.0,,_);[Red]-#,##0.0,,_);"–"_)'
POINTS = "0.00_)"
_thin = Side(style="thin", color="BFBFBF")
_box = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_top = Alignment(vertical="top")
_top_wrap = Alignment(wrap_text=True, vertical="top")


def _font(face: str = DEFAULT_FONT, **kw: Any) -> Font:
    """Fonts name the workbook's face: a font without a name is drawn in whatever the
    spreadsheet falls back to (LibreOffice picks a serif). Calibri is the theme's minor font;
    another face (a Japanese one: ``JAPANESE_FONT``) is named on its own, with the Japanese
    character set as Excel writes it, and no theme scheme."""
    kw.setdefault("size", 11)
    if face == DEFAULT_FONT:
        return Font(name=face, family=2, scheme="minor", **kw)
    return Font(name=face, family=3, charset=128, **kw)


def workbook_font(wb, face: str) -> None:
    """Make ``face`` the workbook's default font (the Normal style: empty and unstyled cells,
    and what Excel uses for new text), when it is not the default Calibri."""
    if face == DEFAULT_FONT:
        return
    base = _font(face)
    wb._fonts = IndexedList([base])  # openpyxl's first font is the Normal style's
    for style in wb._named_styles:
        if style.name == "Normal":
            style.font = base


def _style_specs(face: str = DEFAULT_FONT) -> dict[str, dict[str, Any]]:
    """Named cell styles. Inputs follow the usual financial-model convention (blue on pale
    yellow) and are unlocked, so that turning sheet protection on leaves only them editable.
    Body cells are top-aligned so a row with a wrapped label still reads across."""
    header = {
        "font": _font(face, bold=True, color="FFFFFF"),
        "fill": PatternFill("solid", fgColor=NAVY),
        "alignment": Alignment(wrap_text=True, vertical="center"),
        "border": _box,
    }
    fill = PatternFill("solid", fgColor=ISSUE_FILL)
    specs = {
        "text": {},
        # "text" for a cell that must be a cell object (quoted, or with a comment): the look of
        # "text", but not the all-zero style array, which openpyxl's streaming writer would take
        # for "unstyled" and reuse the object for the next cell (comment included)
        "plain": {"alignment": Alignment(vertical="bottom")},
        "top": {"alignment": _top},
        "wrap": {"alignment": _top_wrap},
        "title": {"font": _font(face, bold=True, size=14, color=NAVY)},
        "subtitle": {"font": _font(face, italic=True, size=9, color=GREY_TEXT)},
        "section": {"font": _font(face, bold=True, size=12, color=NAVY)},
        "header": header,
        "header_num": {
            **header,
            "alignment": Alignment(wrap_text=True, vertical="center", horizontal="right"),
        },
        "group": {
            "font": _font(face, bold=True, color=NAVY),
            "fill": PatternFill("solid", fgColor=BAND),
            "alignment": Alignment(horizontal="centerContinuous"),
            "border": _box,
        },
        "key": {"font": _font(face, bold=True), "alignment": _top_wrap},
        "key_fill": {"font": _font(face, bold=True), "fill": fill},
        "id": {"font": _font(face, size=9, color=GREY_TEXT), "alignment": _top},
        "note": {"font": _font(face, italic=True, color=GREY_TEXT)},
        "warn": {"font": _font(face, bold=True, color="C00000")},
        "warn_wrap": {"font": _font(face, bold=True, color="C00000"), "alignment": _top_wrap},
        "issue": {"font": _font(face, bold=True), "fill": fill, "alignment": _top_wrap},
        "issue_fill": {"fill": fill, "alignment": Alignment(indent=1)},
        "issue_id": {"font": _font(face, size=9, color=GREY_TEXT), "fill": fill},
        "option": {"alignment": Alignment(indent=1, wrap_text=True, vertical="top")},
        "input": {
            "font": _font(face, color=BLUE_INPUT),
            "fill": PatternFill("solid", fgColor=INPUT_FILL),
            "border": _box,
            "protection": Protection(locked=False),
        },
        "share": {"number_format": "0.0%", "fill": fill},
        "points": {"number_format": POINTS, "alignment": _top},
        "points_left": {"number_format": POINTS, "alignment": Alignment(horizontal="left")},
        "points_bold": {"number_format": POINTS, "font": _font(face, bold=True)},
        "total": {"font": _font(face, bold=True), "border": Border(top=Side(style="thin"))},
        "total_num": {
            "font": _font(face, bold=True),
            "border": Border(top=Side(style="thin")),
            "number_format": "0.##",
        },
        "flag": {"alignment": Alignment(horizontal="center", vertical="top")},
        "center": {"alignment": Alignment(horizontal="center", vertical="top")},
        "money": {"number_format": MONEY_BN, "alignment": _top},
        "money_m": {"number_format": MONEY_M},
        "money_m_bold": {"number_format": MONEY_M, "font": _font(face, bold=True)},
        "pct": {"number_format": "0.0%_)", "alignment": _top},
        "pct_bold": {"number_format": "0.0%_)", "font": _font(face, bold=True)},
        "pct2": {"number_format": "0.00%_)", "alignment": _top},
        "pct2_bold": {"number_format": "0.00%_)", "font": _font(face, bold=True)},
        "num": {"number_format": "#,##0.##_)", "alignment": _top},
        "int": {"number_format": "#,##0_)", "alignment": _top},
        "date": {"number_format": "yyyy-mm-dd", "alignment": Alignment(horizontal="center")},
        "date_left": {"number_format": "yyyy-mm-dd", "alignment": Alignment(horizontal="left")},
        "datetime": {
            "number_format": "yyyy-mm-dd hh:mm",
            "alignment": Alignment(horizontal="left"),
        },
        "hash": {"font": Font(name="Consolas", size=9)},
        "board": {"alignment": Alignment(indent=1, vertical="top", wrap_text=True)},
    }
    # body cells read across a row whose label wraps: align them all at the top
    for name, spec in specs.items():
        if name in ("text", "plain", "title", "subtitle", "section", "note", "warn", "group"):
            continue
        if name.startswith("header"):
            continue
        a = spec.get("alignment")
        if a is None:
            spec["alignment"] = _top
        elif a.vertical is None:
            spec["alignment"] = Alignment(
                horizontal=a.horizontal, indent=a.indent, wrap_text=a.wrap_text, vertical="top"
            )
    return specs


#: Styles that wrap text: rows holding them get a height that shows every line.
WRAPPING = frozenset(
    {"wrap", "warn_wrap", "key", "header", "header_num", "issue", "option", "board"}
)
#: Points per line of 11-point text in a wrapped cell (Excel's own autofit; LibreOffice sets
#: lines a little tighter), and the row's padding.
LINE_HEIGHT, ROW_PADDING = 15.0, 0.0


def half_step(number_format: str) -> float:
    """Half the smallest step a number format shows in its first section (0.005 for "0.00",
    5,000,000 for "#,##0.00,,," in billions, 0.0005 for "0.0%"): a negative value closer to
    zero than this would be shown as "-0.00"; 0 for a format that shows no number."""
    section = re.sub(r'"[^"]*"|\\.|_.|\[[^\]]*\]', "", number_format.split(";")[0])
    if not re.search(r"[0#?]", section):
        return 0.0
    body = re.match(r"[^.]*(?:\.([0#?]*))?", section)
    decimals = len(body.group(1) or "") if body else 0
    tail = re.search(r"[0#?](,+)[^0#?]*$", section)
    scale = 1000.0 ** (len(tail.group(1)) if tail else 0)
    if "%" in section:
        scale /= 100.0
    return 0.5 * 10.0**-decimals * scale


def shown_value(value: float, half: float) -> float:
    """``value`` as written to a cell whose format shows steps of ``2 * half``: a negative
    value that would be shown as "-0.00" (or a negative zero) is written as 0, which the
    format shows as zero; every other value is written as it is."""
    if (value < 0.0 and value > -half) or value == 0.0:
        return 0.0
    return value


class Styles:
    """Each named style as an openpyxl style array, registered once in the workbook; cells get
    a copy of the array (far cheaper than setting fonts and fills cell by cell). ``half``
    holds each numeric style's ``half_step``: numbers are written through ``shown_value``, so
    no cell shows "-0.0"."""

    def __init__(self, ws, font: str = DEFAULT_FONT) -> None:
        self.font = font
        self.arrays = {}
        specs = _style_specs(font)
        self.half = {
            name: half_step(spec["number_format"])
            for name, spec in specs.items()
            if "number_format" in spec
        }
        for name, spec in specs.items():
            cell = WriteOnlyCell(ws)
            for attr, value in spec.items():
                setattr(cell, attr, value)
            self.arrays[name] = copy(cell._style) if cell._style else StyleArray()
        self.quoted = {}
        for name, arr in self.arrays.items():
            q = copy(arr)
            q.quotePrefix = 1
            self.quoted[name] = q


# -- sheet building --------------------------------------------------------------------------


@dataclass
class Sheet:
    """Rows of a sheet held until ``flush`` writes them, so that column widths and row heights
    (which a write-only sheet needs before its rows) can be measured from the content.

    A cell is a value, a ``(value, style)`` pair or a ``(value, style, comment)`` triple; a bare
    ``str`` gets the sheet's ``text_style`` (``"wrap"`` for tables of long labels)."""

    ws: Any
    styles: Styles
    text_style: str = "text"
    rows: list[list[Any]] = field(default_factory=list)
    min_width: dict[int, float] = field(default_factory=dict)
    max_width: float = 60.0
    fixed_width: dict[int, float] = field(default_factory=dict)

    @property
    def next_row(self) -> int:
        return len(self.rows) + 1

    def add(self, *cells: Any) -> int:
        """Append a row; returns its number."""
        self.rows.append(list(cells))
        return len(self.rows)

    def blank(self, n: int = 1) -> None:
        for _ in range(n):
            self.rows.append([])

    def _spec(self, cell: Any) -> tuple[Any, str]:
        if type(cell) is tuple:
            return cell[0], cell[1] or "text"
        return cell, self.text_style if isinstance(cell, str) else "text"

    def widths(self, sample: int = 2000) -> dict[int, float]:
        """Column widths from the text in the first ``sample`` rows (numbers count 11), unless
        fixed; wrapped text is not measured (it takes the height it needs instead)."""
        out: dict[int, float] = {}
        rows = self.rows if len(self.rows) <= sample else self.rows[:sample]
        for row in rows:
            for j, cell in enumerate(row, 1):
                if j in self.fixed_width or cell is None:
                    continue
                value, style = self._spec(cell)
                if value is None or style in ("title", "subtitle", "section", "note", "group"):
                    continue
                if isinstance(value, Formula) or not isinstance(value, str):
                    w = 11.0
                else:
                    w = max((display_width(x) for x in value.split("\n")), default=0) + 2.0
                if style in ("header", "header_num"):
                    w = min(w, 14.0)  # headers wrap
                if w > out.get(j, 0.0):
                    out[j] = w
        for j, w in self.min_width.items():
            out[j] = max(out.get(j, 0.0), w)
        return {j: min(w, self.max_width) for j, w in out.items()} | self.fixed_width

    def _height(self, row: list[Any], widths: dict[int, float], memo: dict) -> float | None:
        lines = 1
        plain_wraps = self.text_style in WRAPPING  # a bare str cell takes the sheet's style
        for j, cell in enumerate(row, 1):
            if type(cell) is tuple:
                value, style = cell[0], cell[1] or "text"
                if style not in WRAPPING:
                    continue
            elif plain_wraps and isinstance(cell, str):
                value, style = cell, self.text_style
            else:
                continue
            if not isinstance(value, str) or not value:
                continue
            key = (value, j, style)
            n = memo.get(key)
            if n is None:
                # the cell's margins take most of a unit; the character widths err on the wide
                # side, since a line too many only shows while one too few hides text
                room = max(widths.get(j, 8.43) - 0.8, 1.0)
                factor = 1.06 if style in ("key", "issue", "header", "header_num") else 1.0
                if style in ("option", "board"):
                    room -= 1.5  # the indent
                n = memo[key] = sum(_lines(part, room, factor) for part in value.split("\n"))
            if n > lines:
                lines = n
        return lines * LINE_HEIGHT + ROW_PADDING if lines > 1 else None

    def flush(self) -> None:
        widths = self.widths()
        for j, w in widths.items():
            self.ws.column_dimensions[get_column_letter(j)].width = round(w, 1)
        dims = self.ws.row_dimensions
        memo: dict = {}
        for r, row in enumerate(self.rows, 1):
            h = self._height(row, widths, memo)
            if h:
                dims[r].height = h
        ws, text_style = self.ws, self.text_style
        if _STREAMING:
            ws._values_to_row = _Stream(ws, self.styles, text_style).row
            for row in self.rows:
                ws.append(row)
        else:  # an openpyxl without the streaming hook
            arrays, quoted = self.styles.arrays, self.styles.quoted
            for row in self.rows:
                half = self.styles.half
                ws.append([_cell(ws, c, arrays, quoted, text_style, half) for c in row])
        self.rows = []


def _lines(text: str, room: float, factor: float) -> int:
    """Lines a paragraph takes when wrapped at word boundaries in ``room`` column units."""
    lines, used = 1, 0.0
    space = _NARROW[" "] * factor
    for word in text.split(" "):
        w = text_units(word) * factor
        if used and used + space + w > room:
            lines += 1
            used = 0.0
        used += (space if used else 0.0) + w
        while used > room:  # a word longer than the line breaks inside
            lines += 1
            used -= room
    return lines


#: openpyxl's write-only sheet converts each appended row to cells in ``_values_to_row`` and
#: writes every cell before asking for the next. Giving it our own converter lets one scratch
#: cell per style carry every value of that style (no cell objects, style copies or style
#: look-ups per cell), which keeps a styled 10,000-package sheet near the cost of a bare one.
_STREAMING = callable(getattr(WriteOnlyWorksheet, "_values_to_row", None))


class _Scratch(Cell):
    """A reusable cell whose style id is known in advance."""

    __slots__ = ("_sid",)

    @property
    def style_id(self) -> int:
        return self._sid


class _Stream:
    """Rows of ``(value, style[, comment])`` specs as cells for the streaming writer."""

    def __init__(self, ws, styles: Styles, text_style: str) -> None:
        self.ws, self.text_style = ws, text_style
        self.plain = _Scratch(ws)
        self.plain._sid = 0
        self.arrays, self.quoted = styles.arrays, styles.quoted
        self.half = styles.half
        self.cells: dict[tuple[str, bool], _Scratch] = {}
        #: a text's cleaned form and whether it reads as a formula: a package sheet repeats the
        #: same option labels and kinds in every row (40 texts in 10,000 rows)
        self.texts: dict[str, tuple[str, bool]] = {}

    def scratch(self, style: str, quoted: bool) -> _Scratch:
        key = (style, quoted)
        cell = self.cells.get(key)
        if cell is None:
            arr = copy((self.quoted if quoted else self.arrays)[style])
            cell = _Scratch(self.ws)
            cell._style = arr
            cell._sid = self.ws.parent._cell_styles.add(arr)
            self.cells[key] = cell
        return cell

    def row(self, specs: Sequence[Any], row_idx: int):
        text_style = self.text_style
        half = self.half
        texts, cells, plain = self.texts, self.cells, self.plain
        for col_idx, spec in enumerate(specs, 1):
            comment = None
            if type(spec) is tuple:
                if len(spec) == 3:
                    value, style, comment = spec
                else:
                    value, style = spec
                style = style or "text"
            elif spec is None:
                continue
            else:
                value = spec
                style = text_style if type(value) is str else "text"
            if value is None:
                if style == "text" and not comment:
                    continue
                kind = "n"
            elif isinstance(value, Formula):
                kind = "f"
            elif isinstance(value, str):
                kind = "s"
                known = texts.get(value)
                if known is None:
                    clean = clean_text(value)
                    known = texts[value] = (clean, dangerous(clean))
                value, bad = known
            elif isinstance(value, bool):
                kind = "b"
            elif isinstance(value, (int, float)):
                kind = "n"
                if not math.isfinite(value):
                    value = None
                elif style in half:
                    value = shown_value(value, half[style])
            elif isinstance(value, (dt.date, dt.datetime)):
                kind = "d"
            else:
                raise TypeError(f"cannot write {type(value).__name__} to a cell")
            if kind != "s":
                bad = False
            if style == "text" and not bad and not comment:
                cell = plain
            else:
                key = ("plain" if style == "text" else style, bad)
                cell = cells.get(key)
                if cell is None:
                    cell = self.scratch(*key)
            cell.row, cell.column = row_idx, col_idx
            cell._value, cell.data_type = value, kind
            if comment:
                c = Comment(clean_text(comment), "Negotiator")
                c.width, c.height = 300, 120
                cell._comment = c
            yield cell
            if comment:
                cell._comment = None


def _cell(
    ws,
    spec: Any,
    arrays: dict,
    quoted: dict,
    text_style: str = "text",
    half: dict[str, float] | None = None,
) -> Any:
    """One cell for ``ws.append``: a plain value where no style is needed, else a cell."""
    comment = None
    if type(spec) is tuple:
        if len(spec) == 3:
            value, style, comment = spec
        else:
            value, style = spec
        style = style or "text"
    else:
        value = spec
        style = text_style if isinstance(value, str) else "text"
    plain = style == "text"
    if value is None and plain and comment is None:
        return None
    if plain:
        style = "plain"
    if isinstance(value, Formula):
        cell = WriteOnlyCell(ws, value)
        cell._style = copy(arrays[style])
    elif isinstance(value, str):
        text = clean_text(value)
        bad = dangerous(text)
        if plain and not bad and comment is None:
            return text
        cell = WriteOnlyCell(ws)
        cell._value = text
        cell.data_type = "s"
        cell._style = copy((quoted if bad else arrays)[style])
    else:
        if isinstance(value, float) and not math.isfinite(value):
            value = None
        elif (
            half
            and style in half
            and isinstance(value, int | float)
            and not isinstance(value, bool)
        ):
            value = shown_value(value, half[style])
        if plain and comment is None:
            return value
        cell = WriteOnlyCell(ws, value)
        cell._style = copy(arrays[style])
    if comment:
        c = Comment(clean_text(comment), "Negotiator")
        c.width, c.height = 300, 120
        cell.comment = c
    return cell


def header_row(labels: Sequence[str], numeric: Sequence[bool] | None = None) -> list[Any]:
    numeric = numeric or [False] * len(labels)
    return [(x, "header_num" if n else "header") for x, n in zip(labels, numeric, strict=True)]


def col(j: int) -> str:
    return get_column_letter(j)
