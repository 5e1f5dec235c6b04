import sys

from omil_desktop.app import main

sys.exit(main())
