"""The detailed log (core.logs): INFO lines of the app's modules in clientele-detail.log of the
user data folder when --verbose, CLIENTELE_LOG=info or the window's setting asks; WARNING otherwise."""

from __future__ import annotations

import logging

from core.cli import main
from core.crash_log import log_path
from core.logs import DETAIL_LOG_NAME, HANDLER_NAME, LOG_ENV, detail_log_path, remove_logging, setup_logging
from core.user_folders import data_dir


def _write_purchases(path):
    path.write_text("customer_id,date,amount\nA,2024-01-05,10\nA,2024-03-01,20\nB,2024-02-10,5\n", "utf-8")
    return path


def test_verbose_cli_writes_the_import_at_info(tmp_path):
    purchases = _write_purchases(tmp_path / "shop.csv")
    assert main([str(purchases), "--verbose", "--customers-out", str(tmp_path / "out.csv")]) == 0
    text = detail_log_path().read_text("utf-8")
    assert " INFO core.importing.raw_table: shop.csv: a text table (.csv)" in text
    assert "shop.csv read: 3 rows" in text


def test_without_verbose_the_log_keeps_warnings_only(tmp_path):
    purchases = _write_purchases(tmp_path / "shop.csv")
    assert main([str(purchases), "--customers-out", str(tmp_path / "out.csv")]) == 0
    path = detail_log_path()
    assert not path.exists() or " INFO " not in path.read_text("utf-8")
    assert logging.getLogger("core").getEffectiveLevel() == logging.WARNING


def test_environment_variable_asks_for_info(monkeypatch):
    monkeypatch.setenv(LOG_ENV, "INFO")
    setup_logging()
    logging.getLogger("core.importing.raw_table").info("a line worth knowing")
    assert "a line worth knowing" in detail_log_path().read_text("utf-8")


def test_the_log_sits_next_to_the_crash_log():
    assert detail_log_path() == data_dir() / DETAIL_LOG_NAME
    assert detail_log_path().parent == log_path().parent


def test_setting_up_again_replaces_the_handler_and_remove_takes_it_off():
    setup_logging(True)
    setup_logging(False)
    for name in ("core", "gui"):
        logger = logging.getLogger(name)
        assert [h.get_name() for h in logger.handlers].count(HANDLER_NAME) == 1
        assert logger.level == logging.WARNING
    remove_logging()
    assert all(h.get_name() != HANDLER_NAME for h in logging.getLogger("core").handlers)
    assert logging.getLogger("core").level == logging.NOTSET


def test_a_log_line_that_cannot_be_written_prints_nothing(tmp_path, monkeypatch, capsys):
    """Found by a hostile trial: on a full or read-only disk under the data folder every log line
    printed logging's own traceback on the owner's screen, before the message that said what was wrong."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("CLIENTELE_DATA_DIR", str(folder))
    path = setup_logging(detailed=True)
    assert path is not None
    path.unlink(missing_ok=True)
    path.mkdir()                                   # (the log's place cannot take a file: every write fails)
    logging.getLogger("core.test").warning("a line that cannot be written")
    assert capsys.readouterr().err == ""
    remove_logging()
