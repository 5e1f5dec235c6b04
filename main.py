"""Start OMIL Desktop from a source checkout (same as ``python -m omil_desktop``)."""

import sys

from omil_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
