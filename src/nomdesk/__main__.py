import sys

from nomdesk.cli import main

sys.exit(main())
