"""Shared fixtures: offscreen Qt, data folders sent to tmp_path, the bundled sample."""

from __future__ import annotations

import os
import shutil
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
    """Keep every test away from the real user data folder (campaign store, logs, settings), run it
    in the "C" locale, and take the detailed log's handler off after a test that set it up (core.logs)."""
    data_dir = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("CLIENTELE_DATA_DIR", str(data_dir))
    monkeypatch.delenv("CLIENTELE_LOG", raising=False)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):   # the command line speaks the system's language
        monkeypatch.delenv(variable, raising=False)          # when none is asked for: English here, on any
    monkeypatch.setenv("LANG", "C.UTF-8")                     # developer's machine
    yield data_dir
    remove_logging()


@pytest.fixture(scope="session")
def sample_xlsx() -> Path:
    return ROOT / "resources" / "online_retail_sample.xlsx"


@pytest.fixture(scope="session")
def sample_csv() -> Path:
    return ROOT / "resources" / "online_retail_sample.csv"


@pytest.fixture(scope="session")
def exported_campaign(tmp_path_factory, sample_xlsx) -> Path:
    """The campaign store after `segment SAMPLE --customers … --reference-date 2011-09-30
    --mailing-out … --seed 2026` (the bundled sample's first ten months, exported once per run)."""
    from core.cli import main as segment_main  # noqa: PLC0415 - pandas loads when a test asks for it
    from core.user_folders import CAMPAIGN_STORE_ENV  # noqa: PLC0415 - as above

    folder = tmp_path_factory.mktemp("sample_campaign")
    store = folder / "campaigns.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CAMPAIGN_STORE_ENV, str(store))
        patch.setenv("CLIENTELE_DATA_DIR", str(folder / "data"))
        status = segment_main([str(sample_xlsx), "--customers",
                               str(ROOT / "resources" / "online_retail_sample_customers.csv"), "--reference-date",
                               "2011-09-30", "--mailing-out", str(folder / "mailing.xlsx"), "--seed", "2026"])
    assert status == 0
    return store


@pytest.fixture
def store(exported_campaign, tmp_path, monkeypatch) -> Path:
    """A copy of the exported campaign store, as this test's campaign history."""
    from core.user_folders import CAMPAIGN_STORE_ENV  # noqa: PLC0415 - pandas loads when a test asks for it

    copy = tmp_path / "campaigns.sqlite3"
    shutil.copyfile(exported_campaign, copy)
    monkeypatch.setenv(CAMPAIGN_STORE_ENV, str(copy))
    return copy
