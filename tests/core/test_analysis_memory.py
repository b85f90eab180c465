"""What is kept per purchases file (definitions §7): the shop's choices come back with the file,
and never leak into another shop's file."""

from __future__ import annotations

import json

from core.analysis_memory import AnalysisMemory, Recall, columns_key
from core.campaigns import Channel, Discount, Offer
from core.project import ExportChoices, Project
from core.segmentation import Settings, TierRules

COLUMNS = ["Invoice", "Customer ID", "InvoiceDate", "Price", "Quantity"]


def _project(source: str) -> Project:
    tiers = TierRules(names=["Bronze", "Silver", "Gold", "VIP"], thresholds=[500.0, 1000.0, 5000.0])
    offer = Offer("segment", "Champions", "Thank you", Discount("percent", 15), 21, "Hi {first_name}", {}, "STAR")
    return Project(settings=Settings(window_days=90, tiers=tiers, charge_lines=["postage", "gift wrap"]),
                   offers=[offer], export=ExportChoices(control_share=0.2, channel=Channel.SMS,
                                                        mailing_out="/tmp/old-mailing.xlsx"),
                   source_file=source)


def test_the_same_file_gets_everything_back(tmp_path):
    memory = AnalysisMemory(tmp_path)
    source = str(tmp_path / "online_retail_II.xlsx")
    assert memory.recall(source, COLUMNS) is None
    assert memory.remember(_project(source), COLUMNS)
    recalled = AnalysisMemory(tmp_path).recall(source, COLUMNS)          # (another session)
    assert recalled is not None and recalled.how is Recall.SAME_FILE
    project = recalled.project
    assert project.settings.tiers.names[-1] == "VIP" and project.settings.tiers.thresholds == [500, 1000, 5000]
    assert project.settings.window_days == 90 and project.settings.charge_lines == ["postage", "gift wrap"]
    assert project.offer_for("segment", "Champions").title == "Thank you"
    assert project.export.channel is Channel.SMS and project.export.mailing_out == "/tmp/old-mailing.xlsx"


def test_a_newer_export_with_the_same_columns_gets_the_shops_choices_not_the_file_names(tmp_path):
    memory = AnalysisMemory(tmp_path)
    memory.remember(_project(str(tmp_path / "orders-may.csv")), COLUMNS)
    recalled = memory.recall(str(tmp_path / "orders-june.csv"), COLUMNS)
    assert recalled is not None and recalled.how is Recall.SAME_COLUMNS
    assert recalled.from_file == str((tmp_path / "orders-may.csv").resolve())
    assert recalled.project.settings.tiers.names[-1] == "VIP" and len(recalled.project.offers) == 1
    assert recalled.project.export.mailing_out is None and recalled.project.source_file is None


def test_another_shops_file_starts_from_the_defaults(tmp_path):
    memory = AnalysisMemory(tmp_path)
    memory.remember(_project(str(tmp_path / "shop-a.xlsx")), COLUMNS)
    assert memory.recall(str(tmp_path / "shop-b.xlsx"), ["Date", "Customer", "Amount"]) is None


def test_forget_and_a_damaged_memory(tmp_path):
    memory = AnalysisMemory(tmp_path)
    source = str(tmp_path / "a.csv")
    memory.remember(_project(source), COLUMNS)
    memory.forget(source)
    assert memory.recall(source, COLUMNS) is None
    memory.remember(_project(source), COLUMNS)
    (memory.folder / "index.json").write_text("{not json", encoding="utf-8")
    assert memory.recall(source, COLUMNS) is None                          # a damaged index is no memory
    assert memory.remember(_project(source), COLUMNS) and memory.recall(source, COLUMNS) is not None


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert not AnalysisMemory(blocker).remember(_project(str(tmp_path / "a.csv")), COLUMNS)
    assert columns_key(COLUMNS) == columns_key(list(COLUMNS)) != columns_key(COLUMNS[::-1])


def test_an_entry_damaged_by_hand_is_nothing_kept(tmp_path):
    """Found by a hostile trial: an entry reading "garbage" instead of its record stopped the file it
    stood for from ever opening (an AttributeError)."""
    memory = AnalysisMemory(tmp_path)
    source = str(tmp_path / "a.csv")
    memory.remember(_project(source), COLUMNS)
    index = memory.folder / "index.json"
    key = next(iter(json.loads(index.read_text(encoding="utf-8"))["files"]))
    for damaged in ("garbage", ["a"], 7, None):
        index.write_text(json.dumps({"files": {key: damaged}, "columns": {columns_key(COLUMNS): [key]}}),
                         encoding="utf-8")
        assert memory.recall(source, COLUMNS) is None
        assert memory.recall(str(tmp_path / "b.csv"), COLUMNS) is None
        memory.forget(source)
    assert memory.remember(_project(source), COLUMNS) and memory.recall(source, COLUMNS) is not None
