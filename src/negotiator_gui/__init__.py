"""Negotiator: plan a tariff negotiation offline.

The package is layered (see ARCHITECTURE in the docs): ``core`` is the pure domain, ``io`` and
``store`` read and write it, ``app`` holds the open document, ``ui`` shows it.
"""

__version__ = "0.1.0"
