"""The window fits the screen: on a small laptop, a 1280×800 one, a 1366×768 laptop at 125 %, a 1080p
screen at 200 % and 1280×800 at 150 %, every control of every page, the column dialog and the
progress bar's Cancel are on screen.

Each screen is Qt's offscreen platform configured with that screen's size (a JSON file passed as
``offscreen:configfile=…``, Qt 6) and ``QT_SCALE_FACTOR``, in its own process (the screen is fixed
when Qt starts): tests/gui/fit_probe.py opens the real window on the sample and reports what is cut off.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

PROBE = Path(__file__).with_name("fit_probe.py")
SCREENS = {
    "1024x600": (1024, 600, 1.0),
    "1280x800": (1280, 800, 1.0),
    "1366x768 at 125 %": (1366, 768, 1.25),
    "1920x1080 at 200 %": (1920, 1080, 2.0),
    "1280x800 at 150 %": (1280, 800, 1.5),   # the newcomer's QT_SCALE_FACTOR=1.5: 853×533 logical pixels
}


def probe(tmp_path: Path, width: int, height: int, scale: float, language: str = "en") -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=f"{scale:g}",
               CLIENTELE_PROBE_LANGUAGE=language)
    done = subprocess.run([sys.executable, str(PROBE)], env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", list(SCREENS))
def test_every_control_is_on_screen(tmp_path, name):
    width, height, scale = SCREENS[name]
    report = probe(tmp_path, width, height, scale)
    expected = (0, 0, round(width / scale), round(height / scale))
    assert tuple(report["screen"]) == expected  # the probe ran on the screen asked for
    assert set(report["checked"]) >= {"Welcome", "Column dialog", "Import", "Overview", "Segments", "Win-back",
                                      "Loyalty tiers", "Customers", "Offers", "Export", "Model check",
                                      "Results"}
    assert all(count > 0 for count in report["checked"].values())
    assert report["problems"] == []


def test_every_control_is_on_screen_in_german_on_a_small_laptop(tmp_path):
    # German words are the longest of the six languages: the window must still fit 1024×600
    report = probe(tmp_path, 1024, 600, 1.0, language="de")
    assert set(report["checked"]) >= {"Welcome", "Column dialog", "Import", "Overview", "Segments", "Win-back",
                                      "Loyalty tiers", "Customers", "Offers", "Export"}
    assert report["problems"] == []
