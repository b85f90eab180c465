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
        # the screen is larger than the window so nothing is clipped; 96 dpi like a usual desktop
        env = dict(os.environ, CLIENTELE_NO_XVFB="1")
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24 -dpi 96", sys.executable, __file__, *sys.argv[1:]]
        status = subprocess.call(command, env=env)
        if status == 0:
            sys.exit(0)
        print("xvfb-run failed; using Qt's offscreen platform instead", file=sys.stderr)
        os.environ["CLIENTELE_NO_XVFB"] = "1"
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from gui.screenshots import main

    sys.exit(main())
