"""Entry point of ``omil-desktop``: the window, or a command when one is given."""

from __future__ import annotations

import sys

from omil_desktop import cli
from omil_desktop.store.integrity import STARTUP_CHECK_BUDGET_S, EarlyCheck

# The installer (installer/omil-desktop.nsi) looks for this mutex to know the program is open and
# asks to close it before it replaces any file. "Local\\" = this Windows session.
INSTANCE_MUTEX = "Local\\OMILDesktop"


def hold_instance_mutex() -> int | None:
    """On Windows, create the named mutex that says «OMIL Desktop is open» (else None).

    The handle is never closed: Windows closes it when the process ends, however it ends.
    """
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.CreateMutexW.restype = ctypes.c_void_p
        kernel32.CreateMutexW.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_wchar_p]
        handle: int | None = kernel32.CreateMutexW(None, 0, INSTANCE_MUTEX)
        return handle
    return None


def main(argv: list[str] | None = None) -> int:
    hold_instance_mutex()
    args = cli.build_parser().parse_args(argv)
    if args.command:
        return cli.run(args)
    if args.smoke_test:  # in --data-dir when given, else in a temporary folder
        from omil_desktop.ui.app import run_gui

        given = getattr(args, "data_dir", None)
        return run_gui(given and cli.data_dir_of(args), smoke_test=True, crash_dialog=False)
    data_dir = cli.data_dir_of(args)
    # The database check starts now, in a thread, and reads the file while Qt loads.
    early = EarlyCheck(data_dir, STARTUP_CHECK_BUDGET_S)
    from omil_desktop.ui.app import run_gui

    return run_gui(data_dir, crash_dialog=not args.no_crash_dialog, early=early)


if __name__ == "__main__":
    sys.exit(main())
