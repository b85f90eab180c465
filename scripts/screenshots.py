"""Save screenshots of every screen into docs/screenshots/ (runs under Xvfb when available).

    python scripts/screenshots.py [OUT_DIR]

Without a display it re-runs itself under `xvfb-run` if installed, else uses Qt's offscreen platform.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if __name__ == "__main__":
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run") and not os.environ.get("CLIENTELE_NO_XVFB"):
        env = dict(os.environ, CLIENTELE_NO_XVFB="1")
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24 -dpi 96", sys.executable, __file__, *sys.argv[1:]]
        sys.exit(subprocess.call(command, env=env))
    from gui.screenshots import main

    sys.exit(main())
