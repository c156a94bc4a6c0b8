"""The bundled program's entry point: the same as the ``pumpdesk`` console script."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
