"""Segment map and scoring editor: boxes of R/F/M scores per segment, checked live as you edit."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import SettingsError
from core.segmentation import ScoringSettings, Segment, check_segment_map, default_segment_map, parse_thresholds
from gui.lazy_refresh import refresh_lazily
from gui.palette import segment_swatch

if TYPE_CHECKING:
    from gui.session import Session

COLUMNS = ["Segment", "R\nfrom", "R\nto", "F\nfrom", "F\nto", "M\nfrom", "M\nto"]
SPIN_WIDTH = 54


def _spin(value: int, allow_any: bool = False) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0 if allow_any else 1, 5)
    if allow_any:
        spin.setSpecialValueText("any")
    spin.setValue(value)
    spin.setFrame(False)
    return spin


class SegmentMapEditor(QWidget):
    """Edit the named-segment map (first match wins) and the scoring; Apply recomputes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.Fixed)
            self.table.setColumnWidth(column, SPIN_WIDTH)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setToolTip("Each segment is a box of scores (5 is best). The first segment that holds a "
                              "customer's scores wins, so order matters.")
        self.table.itemChanged.connect(self.check)
        buttons = QHBoxLayout()
        for text, slot, tip in (("Add", self.add_row, "Add a segment at the end"),
                                ("Remove", self.remove_row, "Remove the selected segment"),
                                ("Up", lambda: self.move_row(-1), "Move up: earlier segments win"),
                                ("Down", lambda: self.move_row(1), "Move down"),
                                ("Default", self.reset_default, "Back to the standard ten segments")):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.apply_button = QPushButton("Apply and recompute")
        self.apply_button.setToolTip("Use this map and scoring for every page")
        self.apply_button.clicked.connect(self.apply)
        self.checker = QLabel()
        self.checker.setWordWrap(True)
        verdict = QHBoxLayout()
        verdict.addWidget(self.checker, 1)
        verdict.addWidget(self.apply_button)

        self.method = QComboBox()
        self.method.addItem("Quintiles (automatic)", "quintiles")
        self.method.addItem("My own thresholds", "thresholds")
        self.method.currentIndexChanged.connect(self.check)
        self.threshold_edits = {}
        form = QFormLayout()
        form.addRow("Scores from", self.method)
        hints = {"r": "days since last purchase, e.g. 30, 90, 180, 365",
                 "f": "orders, e.g. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)",
                 "m": "revenue, e.g. 50, 150, 400, 1000"}
        for dim, label in (("r", "Recency cut points"), ("f", "Frequency cut points"), ("m", "Money cut points")):
            edit = QLineEdit()
            edit.setPlaceholderText(hints[dim])
            edit.setToolTip(hints[dim] + ". Leave empty to keep quintiles for this score.")
            edit.textChanged.connect(self.check)
            self.threshold_edits[dim] = edit
            form.addRow(label, edit)
        scoring = QGroupBox("Scoring")
        scoring.setLayout(form)

        box = QGroupBox("Segment map")
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.table, 1)
        box_layout.addLayout(buttons)
        box_layout.addLayout(verdict)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 3)
        layout.addWidget(scoring)
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.load)

    # ---- rows ----------------------------------------------------------------------------------
    def set_segments(self, segments: Iterable[Segment]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for seg in segments:
            self._append(seg)
        self.table.blockSignals(False)
        self.check()

    def _append(self, seg: Segment) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(seg.name)
        item.setIcon(segment_swatch(seg.name))
        self.table.setItem(row, 0, item)
        values = [seg.r[0], seg.r[1], seg.f[0], seg.f[1]]
        values += [0, 0] if seg.m is None else [seg.m[0], seg.m[1]]
        for column, value in enumerate(values, start=1):
            spin = _spin(value, allow_any=column >= 5)
            spin.valueChanged.connect(self.check)
            self.table.setCellWidget(row, column, spin)

    def segments(self) -> list[Segment]:
        """The map as edited; raises SettingsError for a bad row."""
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            values = [self.table.cellWidget(row, c).value() for c in range(1, 7)]
            data = {"name": item.text() if item else "", "r": values[0:2], "f": values[2:4]}
            if values[4] or values[5]:
                data["m"] = [values[4] or 1, values[5] or 5]
            out.append(Segment.from_dict(data, f"segment {row + 1}"))
        return out

    def add_row(self) -> None:
        self._append(Segment(f"New segment {self.table.rowCount() + 1}", (1, 5), (1, 5)))
        self.check()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.check()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        try:
            segments = self.segments()
        except SettingsError:
            return
        target = row + step
        if row < 0 or not 0 <= target < len(segments):
            return
        segments[row], segments[target] = segments[target], segments[row]
        self.set_segments(segments)
        self.table.selectRow(target)

    def reset_default(self) -> None:
        self.set_segments(default_segment_map())

    # ---- scoring -------------------------------------------------------------------------------
    def scoring(self) -> ScoringSettings:
        method = self.method.currentData()
        thresholds = {}
        if method == "thresholds":
            for dim, edit in self.threshold_edits.items():
                text = edit.text().strip()
                if text:
                    numbers = [float(p) for p in text.replace(";", ",").split(",") if p.strip()]
                    thresholds[dim] = parse_thresholds(numbers, f"{dim} cut points")
        return ScoringSettings.from_dict({"method": method, "thresholds": thresholds})

    # ---- check and apply ----------------------------------------------------------------------
    def check(self, *_args: object) -> bool:
        """Show the checker's verdict (uncovered cells, shadowed segments, bad input); True when usable."""
        for edit in self.threshold_edits.values():
            edit.setEnabled(self.method.currentData() == "thresholds")
        try:
            segments = self.segments()
            self.scoring()
        except (SettingsError, ValueError) as exc:
            self._verdict(str(exc), False)
            return False
        if not segments:
            self._verdict("The map needs at least one segment.", False)
            return False
        result = check_segment_map(segments)
        if result.ok:
            self._verdict("✔ Every customer falls in exactly one segment.", True)
        else:
            self._verdict(" ".join(result.messages()), True)
        return True

    def _verdict(self, text: str, usable: bool) -> None:
        colour = "#1b7837" if text.startswith("✔") else "#b2182b"
        self.checker.setText(f"<span style='color:{colour}'>{text}</span>")
        self.apply_button.setEnabled(usable)

    def load(self) -> None:
        seg = self.session.segmentation
        if seg is None:
            return
        self.set_segments(seg.settings.segment_map)
        scoring = seg.settings.scoring
        self.method.blockSignals(True)
        self.method.setCurrentIndex(1 if scoring.method == "thresholds" else 0)
        self.method.blockSignals(False)
        for dim, edit in self.threshold_edits.items():
            edit.blockSignals(True)
            values = scoring.thresholds.get(dim)
            edit.setText(", ".join(f"{v:g}" for v in values) if values else "")
            edit.blockSignals(False)
        self.check()

    def apply(self) -> None:
        settings = self.session.settings
        if not self.check() or settings is None:
            return
        self.session.update_settings(dataclasses.replace(settings, segment_map=self.segments(), scoring=self.scoring()))
