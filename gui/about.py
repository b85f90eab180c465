"""The Help → About text: versions and the sample data's attribution (words in the context "About")."""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion

from core import __version__


def about_text() -> str:
    """Clientele's version, what it is for, the sample data's attribution and the versions it runs on."""
    versions = [f"Python {sys.version.split()[0]}", f"Qt {qVersion()}", f"PySide6 {PySide6.__version__}"]
    for name in ("pandas", "numpy", "matplotlib"):
        module = sys.modules.get(name)
        if module is None:
            try:
                module = __import__(name)
            except ImportError:
                continue
        versions.append(f"{name} {module.__version__}")
    what = QCoreApplication.translate("About", "Find your best customers, win back the quiet ones, reward loyalty — "
                                      "offline, on your own computer. Nothing leaves this machine.")
    sample = QCoreApplication.translate("About", "<b>Sample data:</b> %1 (UCI Machine Learning Repository, data "
                                        "set 352).")
    return (
        f"<h3>Clientele {__version__}</h3>"
        f"<p>{what}</p>"
        f"<p>{sample.replace('%1', 'UCI Online Retail, Chen, Sain &amp; Guo 2012, CC BY 4.0')}</p>"
        f"<p><small>{' · '.join(versions)} · {platform.system()} {platform.release()}</small></p>"
    )
