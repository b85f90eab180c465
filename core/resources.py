"""Find files in resources/, both from a source checkout and inside a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources/ folder (``sys._MEIPASS/resources`` when frozen)."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    """Path of one bundled resource file."""
    return resources_dir() / name


def sample_data_path(kind: str = "xlsx") -> Path:
    """The bundled UCI Online Retail sample (``kind`` is ``"xlsx"`` or ``"csv"``)."""
    return resource_path(f"online_retail_sample.{kind}")
