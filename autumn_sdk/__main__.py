"""``python -m autumn_sdk <command> --option value``: see autumn_sdk/_cli.py and README's "Command line"."""

import sys

from ._cli import main

sys.exit(main())
