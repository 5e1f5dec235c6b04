"""The frozen program's entry point (PyInstaller runs this file as ``omil-desktop``)."""

import sys

from omil_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
