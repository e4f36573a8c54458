"""python -m planning: the planning command without the console script (for example when
the scripts folder of the environment is not on PATH)."""

import sys

from planning.cli import main

sys.exit(main())
