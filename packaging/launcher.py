"""Entry point of the standalone app: the same `nomdesk` command as the installed one."""

import sys

from nomdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
