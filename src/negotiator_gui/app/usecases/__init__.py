"""What the window and the command line both do with files, written once.

Each use case is a plain function (or a small class) that takes its inputs, and where the work is
long an optional ``cancel`` callback that raises to stop it; it raises the io or store layer's
errors (``negotiator_gui.app.errors``) for the caller to show, and never changes its inputs: a
failed import leaves the scenario as it was, a failed export leaves no partial file and keeps the
old one. No Qt: the window runs them on a worker thread, the CLI in the foreground.

- ``scenario_files``: open a scenario file, write one (whole or not at all), export a (redacted)
  copy
- ``trade_import``: read a CSV/XLSX trade table, its columns for a mapping, apply it to a scenario
- ``genius_import``: a scenario from a GENIUS domain and its profiles
- ``workbook_export``: the options-matrix workbook (on the locale's paper unless told)
- ``brief_revision``: which revision of the scenario a brief shows, and whether it is a draft
- ``library_save``: a scenario file stored in the library
- ``output``: how a failed write is worded, and a file written in full beside its target, put
  in place later (or dropped)
- ``analysis_report``: the package-space report of ``negotiator analyze`` and the self-test
"""
