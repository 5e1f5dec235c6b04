"""Entry point of ``omil-desktop``: the window, or a command when one is given."""

from __future__ import annotations

import sys

from omil_desktop import cli
from omil_desktop.store.integrity import STARTUP_CHECK_BUDGET_S, EarlyCheck


def main(argv: list[str] | None = None) -> int:
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
