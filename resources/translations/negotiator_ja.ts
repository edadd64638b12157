<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Negotiator</name>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Change scenario {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Change {field} of &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Edit {kind} &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Change {field} of option &apos;{label}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add party &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove party &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add issue &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove issue &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Move issue &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add option &apos;{label}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove option &apos;{label}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Reorder options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add tariff effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove tariff effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add commitment &apos;{label}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s weight of &apos;{title}&apos; to {w:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s weight of &apos;{title}&apos; to {w:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s score of &apos;{label}&apos; to {v:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Set {party}&apos;s reservation value to {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add card &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove card &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Move &apos;{title}&apos; to {lane}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Link &apos;{a}&apos; with &apos;{b}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Unlink &apos;{a}&apos; from &apos;{b}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add measure &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove measure &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Replace trade flows ({n} lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add elasticity &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove elasticity &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Add package &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove package &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Change package &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Record {party}&apos;s offer of round {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/edits.py"/>
        <source>Remove offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>Change {field} of &apos;{label}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>the scenario has no tariff measures for an effect to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/package_math.py"/>
        <source>New commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>{op} {value} on 1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>{op} {value} on {n} lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>unknown operator {op!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>select one or more product lines first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>a selected line is no longer in the flow table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>the operator gives no finite rate for some lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/core/tariff_edits.py"/>
        <source>the operator changes none of the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>The candidate package; hover for its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Why listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Why the package is a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>{party} utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>{name}&apos;s utility of the package, 0–100 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>ZOPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Better than no deal for every side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>On the Pareto frontier: no package is better for both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>bn {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Exports Δ ({bn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Change of our exports to the other side from the base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Revenue ({bn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Tariff revenue the other side collects on our exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Balance ({bn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Our bilateral balance, commitments included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>on the Pareto frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Rank: best for the side the counter is for first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>{party}&apos;s utility of the counter-package, 0–100 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>{party} gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>How much more the counter is worth to {party} than the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>Changes from the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_models.py"/>
        <source>The issues where the counter-package departs from the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Filter packages by name, kind or option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Show only the packages whose name, kind or options match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>&amp;Frontier only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Show only the packages on the Pareto frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>&amp;Use this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Make the selected package the current package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>&amp;Counter-packages for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Find packages worth the same to the other side as the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Write the options matrix to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Options matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>What the matrix holds, and notes from the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Building the options matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>{n} candidate packages of {size:,}; {f:,} frontier points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Export the options matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>The offer (or package) to find equal-value trades for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source> pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>How far (in utility points) a counter may be from the offer&apos;s value to its author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>How many counter-packages to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Make the selected counter-package the current package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>&amp;Offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>&amp;Epsilon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>&amp;Top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Counter-packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>{party}&apos;s latest offer (round {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Package: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>No offer to counter yet: record one in the package builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>{n} packages worth {holder}&apos;s value of the offer ({u}) within ±{eps:g} points, best for {fp} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>search cut short: the best found so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>The candidate packages with utilities and indicators, as in Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/analysis_views.py"/>
        <source>Equal-value trades for the other side&apos;s latest offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/board.py"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/board.py"/>
        <source>cost to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/board.py"/>
        <source>Drop a card of the other side onto one of ours to link them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>(no issue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>Value to us (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>Cost to them (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>Tags (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>(any option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/card_dialog.py"/>
        <source>A card needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_base.py"/>
        <source>Negotiator chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_base.py"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_base.py"/>
        <source>Save the chart as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_base.py"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_base.py"/>
        <source>Copy the chart to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_base.py"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_base.py"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_base.py"/>
        <source>Could not save: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_history.py"/>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_history.py"/>
        <source>Utility (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_history.py"/>
        <source>{party}: own offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_history.py"/>
        <source>{party}: {other}&apos;s offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_history.py"/>
        <source>{party}&apos;s BATNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_history.py"/>
        <source>Concession history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Status quo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <source>HS chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <source>{importer}&apos;s imports by sector, {model} model (bars: p5–p95 of {n} draws)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <source>{importer}&apos;s imports by sector, {model} model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <source>η −20 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <source>η +20 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <source>Sensitivity to elasticities (±20 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <source>Whose imports the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <source>Exact model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <source>Unchecked: the linear (SMART) model; checked: the exact one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_impact.py"/>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Could not compute: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Trade-weighted tariff (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Whose tariffs the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>by partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>by sector (HS chapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>all partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>{importer}&apos;s tariffs {by}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source> — dashed: status quo, solid: with the package from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Tariff rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>The product line whose tariff stack is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <location filename="../../src/negotiator_gui/ui/tariff_models.py"/>
        <source>On {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>With the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Tariff stack of {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Tariff timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Trade impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Tariff stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_tariffs.py"/>
        <source>Tariff charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>Pareto frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>Current package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>No utility space: the scenario needs two negotiating parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>Computing the frontier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>{n:,} of {size:.3g} packages (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>{n:,} packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>{m} frontier points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>Utility for {party} (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>{party}&apos;s BATNA: {v:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>{party}&apos;s offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>Frontier point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>{party}&apos;s offer, round {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>({n:,} packages give this point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/charts_utility.py"/>
        <source>Utility space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Import trade data — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Choose the column each field is read from. The preview below is read again after every change and shows exactly what will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>from the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Or the same party for every row (a table of one country&apos;s imports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>or every row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>As detected (× {x:,g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Multiply every value by this (1,000 for a table in thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>As detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>The year to import (and the column of that year, in a table with one per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Mer&amp;ge into the current flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Update the flows the table has (same importer, exporter and product), add the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;Replace all current flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>The table becomes the scenario&apos;s whole flow table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>The import report for the settings above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Reading the table again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>This table cannot be imported as mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Choose the columns above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Recognised as: {layout} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&lt;b&gt;{n:,} rows accepted&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>{n:,} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>{n:,} with a party not in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>{n:,} trade flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Import a GENIUS domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>the domain XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>The GENIUS domain: the issues and their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>One utility profile per party; the first is our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>optional, e.g. Buyer, Seller (default A, B, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>The parties&apos; names, comma-separated, in profile order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Choose the domain file and at least two profiles (one per party).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>GENIUS domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>GENIUS XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>GENIUS profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Export a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;Frontier: every Pareto-optimal package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;All packages (small option spaces only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>The &amp;first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source> frontier packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>How many frontier packages to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Candidate packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>The bargaining solutions, offers and stored packages are always listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>&amp;Redacted copy (leave out our side&apos;s reservation value, weights, scores and red lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>For sharing beyond the team: {party}&apos;s weights, option scores, reservation value, red-line cards, card valuations and BATNA text are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>For sharing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>computed from the redacted copy only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>Not for sharing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_dialogs.py"/>
        <source>contains our side&apos;s private numbers; keep it within the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>{source} cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Unexpected problem ({kind}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>&amp;Scenario file into the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Store a scenario file in the library and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>&amp;GENIUS domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Start a scenario from a GENIUS/ANAC domain and its profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>&amp;Trade data (CSV/XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Import trade flows from a CSV or Excel table, with a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>&amp;Excel options matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Write the options-matrix workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>&amp;Scenario file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Write a (redacted) copy of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Cancelled: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>No library is open for writing: the scenario file cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Import a scenario file into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Imported {name} into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Reading the scenario file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Give at least two profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Reading the GENIUS domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Imported {name}: save it to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Importing the GENIUS domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Import trade data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Cannot import the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Reading the trade table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>The table cannot be imported as mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Nothing to import: no row of {name} was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Another scenario was opened meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>The scenario would not be valid after the import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Import trade data from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Imported {n:,} rows from {file} ({flows:,} trade flows now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source> (redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Writing the options matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/import_export.py"/>
        <source>Writing the scenario file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Open from &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Open a scenario saved in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Revisions of this scenario: compare and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>library unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>revision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Library unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Save to library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>What changed? (shown in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Saved as revision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Someone saved first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Save as new branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Overwriting would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>They changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Open from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>This scenario is not in the library yet: save it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>History of &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Restore the selected revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Make it the latest again, as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Revision {n}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>(first revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Autosave failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Unsaved work kept for recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>a scenario not yet in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Negotiator did not close normally. Unsaved work on {name} from {when} was kept. Recover it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/library_ui.py"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>&amp;History panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Filter cards by text, issue or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Show only the cards whose title, notes, tags or issue match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>&apos;{title}&apos; has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Save scenario as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>{path} cannot be written: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Discard all unsaved changes to &apos;{title}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Cannot make that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>{title} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>About Negotiator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/main_window.py"/>
        <source>Negotiator {version}
Plan a tariff negotiation, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Package: one option per issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Choose how each issue is settled; the results update as you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Suggested packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Bargaining solutions, recorded offers and frontier points: Enter or double-click to take one as the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Utility against the BATNA (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Each side&apos;s utility of the package (bar), its reservation value (tick) and its gain over no deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Euclidean distance in utility points to the nearest Pareto-frontier point and to the Nash solution; 0 to the frontier means no package is better for both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Economic indicators (trade model, from the base year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Computed in the background; they follow the package and the tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Record as an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>The side that makes this offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Offer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>The negotiating round (one after the latest recorded offer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Record as offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Add the package as this side&apos;s offer in this round (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>How &apos;{issue}&apos; is settled in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>no ZOPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>No package is at least as good as no deal for every side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>tied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Offer of {party}, round {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>The package this side offered (open issues keep the current choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Frontier {k}: {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>A Pareto-efficient package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>in the ZOPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>outside the ZOPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>{party}: bar = utility of the package, tick = reservation value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>BATNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Distance to the frontier: {d:.1f} pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>to Nash: {d:.1f} pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>no Nash solution (empty ZOPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Indicators need two negotiating parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Change in {a}&apos;s exports to {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Exports after the package&apos;s tariffs, against the base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Tariff revenue {b} collects on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Duties paid on {a}&apos;s exports to {b} under the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>{a}&apos;s bilateral balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Exports minus imports with {b}, commitments included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>of which commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Net yearly purchases promised in the package&apos;s commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Trade data of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Indicators unavailable: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Recorded as {party}&apos;s offer of round {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Package builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/package_builder.py"/>
        <source>Build a package, compare it with the BATNAs and record it as an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Why the last change was refused; the scenario was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Tariff effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Tariff changes this option makes if it is agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Purchases, investment, market access and other promises this option brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Add to the selected option ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Remove the selected row ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Select an option to see its effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Issues and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Each option&apos;s score for each party (0–100). F2 or typing edits a cell; Insert adds an option, Delete removes it, Ctrl+Up/Down reorders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Option:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>New option {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>New issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Issues and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/preferences_editor.py"/>
        <source>Issues, options, scores, weights, reservation values and option effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>The issue under negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>One way the issue could be settled; double-click or F2 to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>{party}&apos;s score of each option, 0 (worst) to 100 (best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>{e} tariff effect(s), {c} commitment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>{party} has not scored this option (it counts 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>{party}&apos;s score of &apos;{option}&apos;: {v:g} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>An option needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>A score is a number from 0 to 100, not {v!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>{what} must be a number, not {v!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>Adds a new measure; edit it in the tariff editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>unknown operator {v!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>The value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>US$ {v:,.0f} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>unknown kind of commitment {v!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>The amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>The yearly value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>A commitment needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_models.py"/>
        <source>Type a value, or use the arrow keys; Enter to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>How much each issue matters to {party}: 100 points shared out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>Reservation value (BATNA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>The utility of no deal, 0–100: a package below it is worse than walking away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>A party&apos;s weights always share 100 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>{party} reservation value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>{party}&apos;s reservation value: the utility (0–100) of its best alternative to a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>{party}&apos;s weight of &apos;{issue}&apos;. Drag or use the arrow keys; the unlocked other issues make room so the total stays 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>Points out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>Lock {party}&apos;s weight of &apos;{issue}&apos;: other sliders leave it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>Lock {party} {issue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/prefs_weights.py"/>
        <source>{t:.1f} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>base MFN (flow table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>View date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>The date all rates in this panel are shown for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Go to the previous date on which a rate changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Go to the next date on which a rate changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Move through the year; the blue ticks mark the dates on which rates change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Back to the scenario&apos;s as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>The measure&apos;s rate in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Pick a date; the earliest date (shown as &apos;none&apos;) clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Comma-separated, e.g. 72, 73</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>The line&apos;s base MFN rate in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Add a measure (0 %, every partner) after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Remove measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Remove the selected measure (refused while an option or a rule uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>The scenario&apos;s tariff measures; double-click a cell to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Product lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Code starts with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Show only the lines whose HS code starts with this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Show only the lines this party imports or exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Lines shown, of all lines in the flow table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>How to change the selected lines&apos; MFN rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Apply to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Change the MFN rate of the selected lines (one undoable step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Each line&apos;s effective rate on the view date; hover for its stack of measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Rate breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Select a line to see how its rate is made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>The stack of measures behind the selected line&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>{shown} of {total} lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>On {date}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Under the current package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Select a measure to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>The new MFN rate, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>The ceiling: rates above it come down to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>The cut in percent of each rate (50 % halves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>The Swiss coefficient a in percent (16 means a = 0.16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Percentage points added (negative: taken off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>The floor: rates below it go up to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>The date the tariff view shows rates for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_editor.py"/>
        <source>Tariffs on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_models.py"/>
        <source>{value!r} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_models.py"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_models.py"/>
        <source>at {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_models.py"/>
        <source>all products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_models.py"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_models.py"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_models.py"/>
        <source>{value!r} is not a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/tariff_models.py"/>
        <source>Imports ({unit} m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/theme.py"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/theme.py"/>
        <source>Use the {name} colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/worker.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/worker.py"/>
        <source>Negotiator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/worker.py"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/zopa_status.py"/>
        <source>ZOPA: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/zopa_status.py"/>
        <source>ZOPA: {n:,} packages ({p:.1%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/zopa_status.py"/>
        <source>ZOPA: about {p:.1%} of {size:.2g} packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/negotiator_gui/ui/zopa_status.py"/>
        <source>Packages that every side prefers to no deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
