"""Segment map and scoring editor: boxes of R/F/M scores per segment, checked live as you edit.

The editor wants its names' column as wide as the longest word of the names (they wrap at spaces,
never inside a word: "Brauchen / Aufmerksamkeit", not "Brauchen Aufmerks…"), up to
``NAME_WORD_MAX`` (``wanted_width``, which the Segments page gives it where it has the room); a
name cut short, on a small screen or beyond that, shows whole in its tooltip."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Signal
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
    QVBoxLayout,
    QWidget,
)

from core.errors import EntryError, SettingsError
from core.segmentation import (
    CUT_POINT_BOXES,
    ScoringSettings,
    Segment,
    check_segment_map,
    default_segment_map,
    number_text,
    read_cut_points,
    read_segment_map,
)
from gui.error_dialogs import error_words
from gui.lazy_refresh import refresh_lazily
from gui.name_cells import name_item, name_of
from gui.palette import segment_swatch
from gui.table_view import WholeTextTips

if TYPE_CHECKING:
    from core.words import Words
    from gui.session import Session

#: The map's columns (translated when the editor is built).
COLUMNS = [QT_TRANSLATE_NOOP("SegmentMapEditor", "Segment"), QT_TRANSLATE_NOOP("SegmentMapEditor", "R\nfrom"),
           QT_TRANSLATE_NOOP("SegmentMapEditor", "R\nto"), QT_TRANSLATE_NOOP("SegmentMapEditor", "F\nfrom"),
           QT_TRANSLATE_NOOP("SegmentMapEditor", "F\nto"), QT_TRANSLATE_NOOP("SegmentMapEditor", "M\nfrom"),
           QT_TRANSLATE_NOOP("SegmentMapEditor", "M\nto")]
SPIN_WIDTH = 54
#: The names' column is kept at least this wide for its longest word, at most (pixels).
NAME_WORD_MAX = 220


def _spin(value: int, allow_any: bool = False) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0 if allow_any else 1, 5)
    if allow_any:
        spin.setSpecialValueText(QCoreApplication.translate("SegmentMapEditor", "any"))
    spin.setValue(value)
    spin.setFrame(False)
    return spin


class SegmentMapEditor(QWidget):
    """Edit the named-segment map (first match wins) and the scoring; Apply recomputes."""

    #: the width the editor wants changed (names of other lengths): see the module doc
    width_wanted = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.wanted_width = 0
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(words) for words in COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.Fixed)
            self.table.setColumnWidth(column, SPIN_WIDTH)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setToolTip(self.tr("Each segment is a box of scores (5 is best). The first segment that holds a "
                                      "customer's scores wins, so order matters."))
        self.table.itemChanged.connect(self.check)
        self.table.itemChanged.connect(lambda _item: self._fit_names())
        self.name_tips = WholeTextTips(self.table)
        buttons = QHBoxLayout()
        for text, slot, tip in ((self.tr("Add"), self.add_row, self.tr("Add a segment at the end")),
                                (self.tr("Remove"), self.remove_row, self.tr("Remove the selected segment")),
                                (self.tr("Up"), lambda: self.move_row(-1), self.tr("Move up: earlier segments win")),
                                (self.tr("Down"), lambda: self.move_row(1), self.tr("Move down")),
                                (self.tr("Default"), self.reset_default, self.tr("Back to the standard ten segments"))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.apply_button = QPushButton(self.tr("Apply and recompute"))
        self.apply_button.setToolTip(self.tr("Use this map and scoring for every page"))
        self.apply_button.clicked.connect(self.apply)
        self.checker = QLabel()
        self.checker.setWordWrap(True)
        verdict = QHBoxLayout()
        verdict.addWidget(self.checker, 1)
        verdict.addWidget(self.apply_button)

        self.method = QComboBox()
        self.method.addItem(self.tr("Quintiles (automatic)"), "quintiles")
        self.method.addItem(self.tr("My own thresholds"), "thresholds")
        self.method.currentIndexChanged.connect(self.check)
        self.threshold_edits: dict[str, QLineEdit] = {}
        # a mistake in the scoring is said under the scoring, naming the box (not under the map)
        self.scoring_error = QLabel()
        self.scoring_error.setWordWrap(True)
        self.scoring_error.setStyleSheet("color: #b2182b")
        self.scoring_error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Scores from"), self.method)
        hints = {"r": self.tr("days since last purchase, e.g. 30, 90, 180, 365"),
                 "f": self.tr("orders, e.g. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)"),
                 "m": self.tr("revenue, e.g. 50, 150, 400, 1000")}
        for dim, label in (("r", self.tr("Recency cut points")), ("f", self.tr("Frequency cut points")),
                           ("m", self.tr("Money cut points"))):
            edit = QLineEdit()
            edit.setPlaceholderText(hints[dim])
            edit.setToolTip(hints[dim] + ". " + self.tr("Leave empty to keep quintiles for this score."))
            edit.textChanged.connect(self.check)
            self.threshold_edits[dim] = edit
            form.addRow(label, edit)
        form.addRow(self.scoring_error)
        scoring = QGroupBox(self.tr("Scoring"))
        scoring.setLayout(form)

        box = QGroupBox(self.tr("Segment map"))
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
        words = self.session.shop_info().words()   # (once: a Words reads its catalogue when it is made)
        for seg in segments:
            self._append(seg, words)
        self.table.blockSignals(False)
        self._fit_names()
        self.check()

    def _fit_names(self) -> None:
        """The width the editor wants: its names' column as wide as the longest word of the names
        (see the module doc); ``width_wanted`` is emitted when it changes."""
        metrics = self.table.fontMetrics()
        names = [self.table.item(row, 0).text() for row in range(self.table.rowCount()) if self.table.item(row, 0)]
        widest = max((metrics.horizontalAdvance(word) for name in names for word in name.split()), default=0)
        icon = self.table.iconSize().width() if self.table.iconSize().isValid() else 16
        name_column = min(widest, NAME_WORD_MAX) + icon + 4 * metrics.averageCharWidth()
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        margins = self.table.parentWidget().layout().contentsMargins() if self.table.parentWidget() else None
        around = (margins.left() + margins.right()) if margins is not None else 0
        wanted = name_column + SPIN_WIDTH * (len(COLUMNS) - 1) + frame + around + 4
        if wanted != self.wanted_width:
            self.wanted_width = wanted
            self.width_wanted.emit(wanted)

    def _append(self, seg: Segment, words: Words | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = name_item(seg.name, words or self.session.shop_info().words())   # (a default name in the shop's language)
        item.setIcon(segment_swatch(seg.name))
        self.table.setItem(row, 0, item)
        values = [seg.r[0], seg.r[1], seg.f[0], seg.f[1]]
        values += [0, 0] if seg.m is None else [seg.m[0], seg.m[1]]
        for column, value in enumerate(values, start=1):
            spin = _spin(value, allow_any=column >= 5)
            spin.valueChanged.connect(self.check)
            self.table.setCellWidget(row, column, spin)

    def segments(self) -> list[Segment]:
        """The map as edited; EntryError (naming the segment map and the row) for a bad row."""
        rows = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            values = [self.table.cellWidget(row, c).value() for c in range(1, 7)]
            m_low, m_high = (values[4] or None, values[5] or None) if (values[4] or values[5]) else (None, None)
            rows.append((name_of(item), *values[:4], m_low, m_high))
        return read_segment_map(rows)

    def add_row(self) -> None:
        self._append(Segment(self.tr("New segment %1").replace("%1", str(self.table.rowCount() + 1)), (1, 5), (1, 5)))
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
        """The scoring as typed; EntryError naming the cut-point box for anything unusable (amounts
        may be typed as money: "£1,000")."""
        method = self.method.currentData()
        thresholds = {}
        if method == "thresholds":
            for dim, edit in self.threshold_edits.items():
                values = read_cut_points(edit.text(), dim, QLocale().decimalPoint())   # ("1.500" in German: 1500)
                if values is not None:
                    thresholds[dim] = values
            if not thresholds:
                raise EntryError(self.tr("Scoring"), self.tr("“My own thresholds” needs cut points in at least one box."),
                                 self.tr("Type four numbers in the recency, frequency or money box, or choose "
                                         "Quintiles."))
        return ScoringSettings.from_dict({"method": method, "thresholds": thresholds})

    # ---- check and apply ----------------------------------------------------------------------
    def check(self, *_args: object) -> bool:
        """Show the checker's verdict (uncovered cells, shadowed segments, a bad row) under the map,
        and a bad cut point under the scoring, naming its box; True when both can be used."""
        for edit in self.threshold_edits.values():
            edit.setEnabled(self.method.currentData() == "thresholds")
            edit.setStyleSheet("")
        self.scoring_error.hide()
        scoring_ok = True
        try:
            self.scoring()
        except EntryError as exc:
            scoring_ok = False
            self.scoring_error.setText(exc.text(error_words()))
            self.scoring_error.show()
            boxes = {box: dim for dim, box in CUT_POINT_BOXES.items()}
            if exc.box in boxes:
                self.threshold_edits[boxes[exc.box]].setStyleSheet("border: 1px solid #b2182b")
        try:
            segments = self.segments()
        except SettingsError as exc:
            self._verdict(exc.text(error_words()), False)
            return False
        if not segments:
            self._verdict(self.tr("The map needs at least one segment."), False)
            return False
        result = check_segment_map(segments)
        if result.ok:
            self._verdict("✔ " + self.tr("Every customer falls in exactly one segment."), scoring_ok)
        else:
            words = error_words()   # (the window's language, as the editor's other verdicts)
            self._verdict(" ".join(words.say(sentence) for sentence in result.sentences()), scoring_ok)
        return scoring_ok

    def _verdict(self, text: str, usable: bool) -> None:
        colour = "#1b7837" if text.startswith("✔") else "#b2182b"
        self.checker.setText(f"<span style='color:{colour}'>{html.escape(text)}</span>")
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
            # (written back as read_cut_points reads it: "; " between, the window's decimal separator)
            edit.setText("; ".join(number_text(v, QLocale().decimalPoint()) for v in values) if values else "")
            edit.blockSignals(False)
        self.check()

    def apply(self) -> None:
        settings = self.session.settings
        if not self.check() or settings is None:
            return
        self.session.update_settings(dataclasses.replace(settings, segment_map=self.segments(), scoring=self.scoring()))
