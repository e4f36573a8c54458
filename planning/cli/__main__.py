"""python -m planning.cli: the planning command without the console script."""

import sys

from planning.cli import main

sys.exit(main())
