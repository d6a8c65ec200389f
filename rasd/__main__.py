"""`python -m rasd` runs the command line."""
import sys

from rasd.cli import main

sys.exit(main())
