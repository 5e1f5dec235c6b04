"""Start OMIL Desktop from a source checkout: ``python main.py [options]``.

The same as the installed ``omil-desktop`` and as ``python -m omil_desktop``, with the same
options (``python main.py --help``), from any working directory.

What it needs: the checkout installed in editable mode, ``pip install -e .`` (the README's
set-up). That installs the dependencies and makes the checkout's ``resources/`` folder
importable as ``omil_desktop.resources`` (the territory data); without it this script says so
and exits with code 2.
"""

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # this checkout, whatever the cwd


def _installed() -> bool:
    try:
        return importlib.util.find_spec("omil_desktop.resources") is not None
    except ImportError:
        return False


if __name__ == "__main__":
    if not _installed():
        print(
            "OMIL Desktop no está instalado en este entorno de Python. Desde esta carpeta, "
            "ejecute: pip install -e .",
            file=sys.stderr,
        )
        sys.exit(2)
    from omil_desktop.app import main

    sys.exit(main())
