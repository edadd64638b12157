"""The bundle's entry point (see ``build.spec``): the same as the ``negotiator`` command."""

import sys

from negotiator_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
