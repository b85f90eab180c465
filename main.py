"""Clientele's entry point: the desktop app, or the command line (`segment`, `results`, `campaigns`).

    python main.py                 open the app (the welcome screen offers the bundled sample)
    python main.py --sample        open the app with the bundled sample imported
    python main.py FILE            open the app with FILE imported
    python main.py segment FILE …  no window: import, segment, write what is asked (see --help)
    python main.py results FILE …  no window: the results of a recorded campaign from a newer file
    python main.py campaigns       list the recorded campaigns (--campaign N --sent-date … changes one)
    python main.py --smoke         open the window offscreen, run the whole flow on the sample, exit 0/1

    --verbose (window or segment)  keep a detailed log: clientele-detail.log in the user data folder
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "segment":
        from core.cli import command_ended  # noqa: PLC0415 - the window or the command line loads only its own modules
        from core.cli import main as cli_main  # noqa: PLC0415 - as above

        code = cli_main(args[1:])
        command_ended()
        return code
    if args and args[0] in ("results", "campaigns"):
        from core.cli import command_ended  # noqa: PLC0415 - as above
        from core.cli_results import main_campaigns, main_results  # noqa: PLC0415 - as above

        code = (main_results if args[0] == "results" else main_campaigns)(args[1:])
        command_ended()
        return code
    if args and args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if args and args[0] in ("-V", "--version"):
        from core import __version__  # noqa: PLC0415 - the window or the command line loads only its own modules

        print(f"Clientele {__version__}")
        return 0
    if args and args[0] == "--smoke":
        from gui.smoke import run_smoke  # noqa: PLC0415 - the window or the command line loads only its own modules

        return run_smoke()
    from gui.app import run  # noqa: PLC0415 - the window or the command line loads only its own modules

    return run(args)


def run_main() -> int:
    """main(), with a closed output pipe (`python main.py --help | head`) ending quietly."""
    try:
        return main()
    except BrokenPipeError:
        from core.cli import quiet_broken_pipe  # noqa: PLC0415 - only when the pipe closed

        return quiet_broken_pipe()


if __name__ == "__main__":
    sys.exit(run_main())
