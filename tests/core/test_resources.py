"""core.resources: bundled files, from a source checkout and inside a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path

from core.resources import resource_path, resources_dir, sample_data_path

ROOT = Path(__file__).resolve().parents[2]


def test_source_checkout_uses_the_repositorys_resources():
    assert resources_dir() == ROOT / "resources"
    assert resource_path("clientele.png") == ROOT / "resources" / "clientele.png"


def test_the_sample_exists_in_both_kinds():
    assert sample_data_path().name == "online_retail_sample.xlsx" and sample_data_path().exists()
    assert sample_data_path("csv").exists()


def test_frozen_build_looks_next_to_the_executable(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)   # what PyInstaller's loader sets
    assert resources_dir() == tmp_path / "resources"
