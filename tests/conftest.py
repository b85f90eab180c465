"""Shared fixtures: offscreen Qt, data folders sent to tmp_path, the bundled sample."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402 - after sys.path (and the environment) are set above

from core.logs import remove_logging  # noqa: E402 - after sys.path (and the environment) are set above

#: Set by .ci/run when it runs the file-permission tests as an unprivileged user: there they must run.
UNPRIVILEGED_RUN = "CLIENTELE_TESTS_UNPRIVILEGED"


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Tests marked ``file_permissions`` need permissions to hold, which root ignores: as root they
    are skipped here, and .ci/run runs them again as the user nobody (where being root would be a
    mistake in the set-up, so it fails rather than skips). A developer runs them as themself."""
    if item.get_closest_marker("file_permissions") is None or not _is_root():
        return
    if os.environ.get(UNPRIVILEGED_RUN):
        pytest.fail("the file-permission tests must run as an unprivileged user, not as root")
    pytest.skip("root ignores file permissions; .ci/run runs this test again as the user nobody")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user data folder (campaign store, logs, settings), and
    take the detailed log's handler off after a test that set it up (core.logs)."""
    data_dir = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("CLIENTELE_DATA_DIR", str(data_dir))
    monkeypatch.delenv("CLIENTELE_LOG", raising=False)
    yield data_dir
    remove_logging()


@pytest.fixture(scope="session")
def sample_xlsx() -> Path:
    return ROOT / "resources" / "online_retail_sample.xlsx"


@pytest.fixture(scope="session")
def sample_csv() -> Path:
    return ROOT / "resources" / "online_retail_sample.csv"
