"""`smartbms`, the command line: one module per subcommand; `entry_point.py` parses the arguments
and maps every failure to an exit code."""

from smartbms_gui.cli.entry_point import main

__all__ = ["main"]
