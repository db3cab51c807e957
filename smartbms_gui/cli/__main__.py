"""`python -m smartbms_gui.cli` runs the `smartbms` command."""

import sys

from smartbms_gui.cli.entry_point import main

sys.exit(main())
