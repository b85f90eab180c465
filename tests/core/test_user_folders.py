"""core.user_folders: the user data folder (campaign store, logs), moved by the environment."""

from __future__ import annotations

import pytest

from core.errors import OutputError
from core.user_folders import CAMPAIGN_STORE_ENV, DATA_DIR_ENV, campaign_store_path, data_dir, log_dir


def test_environment_moves_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    assert data_dir() == tmp_path / "data" and (tmp_path / "data").is_dir()
    assert log_dir() == tmp_path / "data"
    assert campaign_store_path() == tmp_path / "data" / "campaigns.sqlite3"


def test_data_folder_is_created_only_when_asked(monkeypatch, tmp_path):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "later"))
    assert data_dir(create=False) == tmp_path / "later" and not (tmp_path / "later").exists()


def test_campaign_store_can_move_alone(monkeypatch, tmp_path):
    monkeypatch.setenv(CAMPAIGN_STORE_ENV, str(tmp_path / "shop.sqlite3"))
    assert campaign_store_path() == tmp_path / "shop.sqlite3"


def test_a_folder_that_cannot_be_made_is_a_clear_error(monkeypatch, tmp_path):
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "file" / "data"))
    with pytest.raises(OutputError, match="cannot create its data folder") as caught:
        data_dir()
    assert DATA_DIR_ENV in caught.value.what_to_do


def test_a_data_folder_that_is_a_file_is_said_so(monkeypatch, tmp_path):
    """Found by a hostile trial: the message said "cannot create its data folder (File exists)"."""
    (tmp_path / "data").write_text("a file")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    with pytest.raises(OutputError, match="data folder is a file, not a folder") as caught:
        data_dir()
    assert DATA_DIR_ENV in caught.value.what_to_do and caught.value.file == str(tmp_path / "data")
    assert campaign_store_path(create=False) == tmp_path / "data" / "campaigns.sqlite3"   # (only looked at)
