"""python -m claimcheck.draft --article ARTICLE --out DIR"""

import sys

from . import main

sys.exit(main())
