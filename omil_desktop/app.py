"""Entry point of ``omil-desktop``: the window, or a command when one is given."""

from __future__ import annotations

import sys

from omil_desktop import cli


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command:
        return cli.run(args)
    from omil_desktop.ui.app import run_gui

    if args.smoke_test:  # in --data-dir when given, else in a temporary folder
        given = getattr(args, "data_dir", None)
        return run_gui(given, smoke_test=True, crash_dialog=False)
    return run_gui(cli.data_dir_of(args), crash_dialog=not args.no_crash_dialog)


if __name__ == "__main__":
    sys.exit(main())
