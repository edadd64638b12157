"""``ImportReport``: what an import would do and every assumption it made, with the text the user
reads before accepting (an import is only as good as the user's chance to spot a wrong guess).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.core.model import TradeFlows
from negotiator_gui.io.tables.files import CODEC_NAMES
from negotiator_gui.io.tables.layouts import FIELDS

#: Unmatched party names listed in a report (a Comtrade table can name 200 partners).
MAX_NAMES = 40


NOUNS = {
    "row": (N_("{n} row"), N_("{n} rows")),
    "code": (N_("{n} code"), N_("{n} codes")),
    "trade flow": (N_("{n} trade flow"), N_("{n} trade flows")),
    "flow": (N_("{n} flow"), N_("{n} flows")),
    "more name": (N_("{n} more name"), N_("{n} more names")),
    "more problem": (N_("{n} more problem"), N_("{n} more problems")),
}


#: Why rates are read as fractions when nothing says so (the report warns when most look like
#: percentages).
RATES_ASSUMED = N_(
    "assumed; a cell ending in % is read as percent; --rates percent if the column is in percent"
)


def rows_count(n: int) -> str:
    """A count of rows in a list of choices ("2023 (1 rows)", as the messages always said)."""
    return tr(NOUNS["row"][1]).format(n=f"{n:,}")


def counted(n: int, noun: str) -> str:
    one, many = NOUNS[noun]
    return tr(one if n == 1 else many).format(n=f"{n:,}")


DELIMITER_NAMES = {
    ",": N_("comma-separated"),
    ";": N_("semicolon-separated"),
    "\t": N_("tab-separated"),
    "|": N_("bar-separated"),
}


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # as a spreadsheet numbers it: the header and title rows count
    column: str  # the column's header as written in the file
    message: str

    def __str__(self) -> str:
        return tr("row {row}, column {column}: {message}").format(
            row=f"{self.row:,}", column=repr(self.column), message=self.message
        )


@dataclass
class ImportReport:
    """What an import would do, and every assumption it made to get there.

    ``text()`` is what the user reads before accepting: an import is only as good as the user's
    chance to spot a wrong guess (a table in thousands read as dollars, percent read as
    fractions, a partner that went missing), so each decision carries its reason (the ``*_why``
    fields and ``columns_how``). Row counts add up: ``rows_read`` is ``rows_blank`` +
    ``rows_rejected`` + ``rows_unmatched`` + the ``skipped`` counts + ``rows_accepted``, and
    ``rows_accepted`` is ``len(flows)`` + ``merged``."""

    source: str
    kind: str
    layout: str
    layout_why: str
    header_row: int
    columns: dict[str, str]  # field -> header of the column it is read from
    columns_how: dict[str, str]  # field -> how that column was chosen
    fixed: dict[str, str]  # field -> party id fixed for every row, with why in columns_how
    encoding: str | None = None
    encoding_why: str = ""
    delimiter: str | None = None
    sheet: str | None = None
    sheet_why: str = ""
    scale: float = 1.0
    scale_why: str = ""
    currency: str = "USD"
    currency_why: str = ""
    year: int = 2024
    year_why: str = ""
    rates: str = "none"  # "fraction", "percent", "duties" or "none"
    rates_why: str = ""
    flow: str | None = None  # "M", "X" or "both" when the table has a flow column
    flow_why: str = ""
    rows_read: int = 0
    rows_blank: int = 0
    rows_accepted: int = 0
    rows_rejected: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    problems_not_listed: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    unmatched: dict[tuple[str, str], int] = field(default_factory=dict)  # (column, name) -> rows
    to_others: dict[str, int] = field(default_factory=dict)
    merged: int = 0
    padded_codes: int = 0
    padded_example: str = ""
    notes: list[str] = field(default_factory=list)
    totals: dict[tuple[str, str], tuple[float, int]] = field(default_factory=dict)
    flows: TradeFlows = field(default_factory=TradeFlows)

    @property
    def rows_unmatched(self) -> int:
        return sum(self.unmatched.values())

    @property
    def rows_left_out(self) -> int:
        """Rows with data that will not be imported because of a problem or an unknown party."""
        return self.rows_rejected + self.rows_unmatched

    @property
    def rates_known(self) -> bool:
        return self.rates != "none"

    def text(self) -> str:
        out: list[str] = []

        def add(line: str, indent: int = 0) -> None:
            out.append(" " * indent + line)

        if self.sheet:
            add(
                tr("Import of {source}, sheet {sheet}").format(
                    source=self.source, sheet=repr(self.sheet)
                )
            )
        else:
            add(tr("Import of {source}").format(source=self.source))
        add(tr("layout: {layout} ({why})").format(layout=self.layout, why=self.layout_why), 2)
        if self.kind == "CSV":
            delim = self.delimiter or ","
            separated = (
                tr(DELIMITER_NAMES[delim])
                if delim in DELIMITER_NAMES
                else tr("{delimiter}-separated").format(delimiter=repr(delim))
            )
            enc = CODEC_NAMES.get(self.encoding or "", self.encoding)
            add(
                tr("read as: CSV, {encoding} ({why}), {separated}; header on row {row}").format(
                    encoding=enc, why=self.encoding_why, separated=separated, row=self.header_row
                ),
                2,
            )
        elif self.sheet_why:
            add(
                tr("read as: Excel workbook, sheet {sheet} ({why}); header on row {row}").format(
                    sheet=repr(self.sheet), why=self.sheet_why, row=self.header_row
                ),
                2,
            )
        else:
            add(
                tr("read as: Excel workbook, sheet {sheet}; header on row {row}").format(
                    sheet=repr(self.sheet), row=self.header_row
                ),
                2,
            )
        add(tr("columns:"), 2)
        for f in FIELDS:
            if f in self.columns:
                add(f"{f:<9} <- {self.columns[f]!r} ({self.columns_how[f]})", 4)
            elif f in self.fixed:
                add(
                    f"{f:<9} =  "
                    + tr("{party} for every row ({why})").format(
                        party=self.fixed[f], why=self.columns_how[f]
                    ),
                    4,
                )
            elif f == "mfn_rate" and "duties" not in self.columns:
                add(
                    "mfn_rate  -  "
                    + tr(
                        "no tariff column: new flows get rate 0; when merging, existing flows "
                        "keep their rate"
                    ),
                    4,
                )
        if self.flow is not None:
            add(tr("flow: {flow} ({why})").format(flow=self.flow_desc(), why=self.flow_why), 2)
        if self.scale_why:
            scale = tr("x {scale} ({why})").format(scale=f"{self.scale:,g}", why=self.scale_why)
        else:
            scale = tr("as written")
        add(
            tr("values: {scale}, in {currency} ({why})").format(
                scale=scale, currency=self.currency, why=self.currency_why
            ),
            2,
        )
        add(tr("rates: {rates}").format(rates=self.rates_text()), 2)
        add(tr("year: {year} ({why})").format(year=self.year, why=self.year_why), 2)
        add(tr("rows: {rows} below the header").format(rows=counted(self.rows_read, "row")), 2)
        add(tr("{n} accepted").format(n=f"{self.rows_accepted:,}"), 4)
        if self.rows_rejected:
            add(
                tr("{n} rejected (listed below): NOT imported").format(n=f"{self.rows_rejected:,}"),
                4,
            )
        if self.unmatched:
            add(
                tr("{n} with a party not in the scenario: NOT imported").format(
                    n=f"{self.rows_unmatched:,}"
                ),
                4,
            )
        if self.rows_blank:
            add(tr("{n} blank, ignored").format(n=f"{self.rows_blank:,}"), 4)
        for why, n in self.skipped.items():
            add(tr("{n} skipped: {why}").format(n=f"{n:,}", why=why), 4)
        if self.merged:
            add(
                tr(
                    "merged: {rows} repeated the importer, exporter and product of an earlier "
                    "row: values added up, rates averaged weighted by value"
                ).format(rows=counted(self.merged, "row")),
                2,
            )
        if self.padded_codes:
            add(
                tr(
                    "product codes: {codes} had lost a leading zero (e.g. {example}); restored, "
                    "as HS codes have an even number of digits"
                ).format(codes=counted(self.padded_codes, "code"), example=self.padded_example),
                2,
            )
        for note in self.notes:
            add(tr("note: {note}").format(note=note), 2)
        add(
            tr("result: {flows} in {currency}, {year}").format(
                flows=counted(len(self.flows), "trade flow"), currency=self.currency, year=self.year
            ),
            2,
        )
        if self.totals:
            add(tr("totals by importer <- exporter:"), 2)
            for (imp, exp), (total, n) in sorted(self.totals.items()):
                add(
                    tr("{importer} <- {exporter}: {total} {currency} in {flows}").format(
                        importer=imp,
                        exporter=exp,
                        total=f"{total:,.0f}",
                        currency=self.currency,
                        flows=counted(n, "flow"),
                    ),
                    4,
                )
        if self.to_others:
            add(tr("names mapped to the --others party:"), 2)
            for name, n in sorted(self.to_others.items(), key=lambda kv: (-kv[1], kv[0])):
                add(f"{name!r}: {counted(n, 'row')}", 4)
        if self.unmatched:
            add(
                tr(
                    "parties not in the scenario (NOT imported; map them with --party NAME=ID, "
                    "or --others ID):"
                ),
                2,
            )
            ranked = sorted(self.unmatched.items(), key=lambda kv: (-kv[1], kv[0]))
            for (col, name), n in ranked[:MAX_NAMES]:
                add(
                    tr("{name} (column {column}): {rows}").format(
                        name=repr(name), column=repr(col), rows=counted(n, "row")
                    ),
                    4,
                )
            if len(ranked) > MAX_NAMES:
                rest = sum(n for _, n in ranked[MAX_NAMES:])
                add(
                    tr("... and {names} ({rows})").format(
                        names=counted(len(ranked) - MAX_NAMES, "more name"),
                        rows=counted(rest, "row"),
                    ),
                    4,
                )
        if self.problems:
            add(tr("rejected rows ({n}; NOT imported):").format(n=f"{self.rows_rejected:,}"), 2)
            for p in self.problems:
                add(str(p), 4)
            if self.problems_not_listed:
                add(
                    tr("... and {problems} not listed").format(
                        problems=counted(self.problems_not_listed, "more problem")
                    ),
                    4,
                )
        if self.rows_left_out:
            add(
                tr(
                    "Accepting imports only the {accepted} accepted rows; the {left_out} "
                    "rejected or unmatched rows are left out."
                ).format(accepted=f"{self.rows_accepted:,}", left_out=f"{self.rows_left_out:,}"),
                2,
            )
        return "\n".join(out)

    def flow_desc(self) -> str:
        return tr(
            {
                "M": N_("imports (M) only"),
                "X": N_("exports (X) only"),
                "both": N_("imports and exports"),
            }[self.flow or "both"]
        )

    def rates_text(self) -> str:
        if self.rates == "none":
            return tr("none in the table")
        if self.rates == "duties":
            return tr("duties / value ({why})").format(why=self.rates_why)
        if self.rates == "percent":
            return tr("read as percent (5 = 5 %) ({why})").format(why=self.rates_why)
        return tr("read as fractions (0.05 = 5 %) ({why})").format(why=self.rates_why)
