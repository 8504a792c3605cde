import sys

from cleanpipe.cli import main

sys.exit(main())
