"""Loyalty tiers page: tier rules editor, distribution chart and the "close to next tier" list.

The thresholds are spin boxes, like the points and the close-to-next-tier share beside them: one
number format in the whole editor, the window language's (Qt's default locale, gui.app), read back
as typed ("2100,50" in a German window), never a text in another format that reads back as
another amount."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import EntryError, SettingsError
from core.output import format_number
from core.segmentation import TierRules, read_tier_names, read_tier_thresholds, tier_distribution
from gui import charts
from gui.cell_format import PreparedFrame, prepare_frame
from gui.chart_canvas import ChartWidget
from gui.error_dialogs import error_words, show_error
from gui.lazy_refresh import refresh_lazily
from gui.name_cells import name_item, name_of
from gui.page_columns import CLOSE_COLUMNS, close_to_next_tier
from gui.palette import segment_swatch, tier_swatch
from gui.segment_help import add_label_tooltips
from gui.table_model import with_first_texts
from gui.table_view import DataTableView, WholeTextTips
from gui.translation import window_locale

if TYPE_CHECKING:
    from core.segmentation import Segmentation
    from gui.session import Session

#: The tier bases and the close-to-next-tier table's headers (translated when the page is built).
BASIS_WORDS = {"last_12m": QT_TRANSLATE_NOOP("TiersPage", "Spend in the last 12 months"),
               "lifetime": QT_TRANSLATE_NOOP("TiersPage", "Spend since the first purchase"),
               "calendar_year": QT_TRANSLATE_NOOP("TiersPage", "Spend this calendar year")}
HEADERS = {"customer_id": QT_TRANSLATE_NOOP("TiersPage", "Customer"), "amount_to_next_tier": QT_TRANSLATE_NOOP("TiersPage", "Still to spend"),
           "next_tier": QT_TRANSLATE_NOOP("TiersPage", "Next tier"), "tier_points": QT_TRANSLATE_NOOP("TiersPage", "Points"),
           "revenue_last_12m": QT_TRANSLATE_NOOP("TiersPage", "Last 12 months"), "revenue": QT_TRANSLATE_NOOP("TiersPage", "Spent in total"),
           "rfm_segment": QT_TRANSLATE_NOOP("TiersPage", "Segment"), "tier": QT_TRANSLATE_NOOP("TiersPage", "Tier"),
           "name": QT_TRANSLATE_NOOP("TiersPage", "Name"), "first_name": QT_TRANSLATE_NOOP("TiersPage", "First name"),
           "last_name": QT_TRANSLATE_NOOP("TiersPage", "Last name"), "email": QT_TRANSLATE_NOOP("TiersPage", "E-mail")}


#: The highest spend a tier can start at (the spin boxes' range).
THRESHOLD_MAX = 1e8


@dataclass
class TiersData:
    """Customers and revenue per tier, and the customers close to their next tier (nearest first,
    ready for the table), prepared off the GUI thread."""

    distribution: pd.DataFrame
    close: PreparedFrame


def prepare(segmentation: Segmentation, transactions: pd.DataFrame) -> TiersData:
    """The tier chart's figures and the close-to-next-tier table of ``segmentation``."""
    names = segmentation.tier_names or list(segmentation.settings.tiers.names)
    return TiersData(tier_distribution(segmentation.customers, names),
                     with_first_texts(prepare_frame(close_to_next_tier(segmentation), CLOSE_COLUMNS)))


class TiersPage(QWidget):
    """Edit the tier ladder; see how many customers sit in each tier and who is nearly up."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.basis = QComboBox()
        for key, words in BASIS_WORDS.items():
            self.basis.addItem(self.tr(words), key)
        self.automatic = QCheckBox(self.tr("Thresholds from my data (50 / 80 / 95 % of customers)"))
        self.automatic.setToolTip(self.tr("Untick to type your own spend thresholds"))
        self.automatic.toggled.connect(self._on_automatic)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Tier (lowest first)"), self.tr("Spend from")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        # the thresholds' column as wide as its heading and boxes in any language ("Dépense à partir de")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setToolTip(self.tr("A customer takes the highest tier whose threshold they reach"))
        self.name_tips = WholeTextTips(self.table)
        self.points = QDoubleSpinBox()
        self.points.setRange(0, 1000)
        self.points.setDecimals(2)
        self.points.setToolTip(self.tr("Loyalty points per unit of money spent"))
        self.close = QDoubleSpinBox()
        self.close.setRange(0, 100)
        self.close.setSuffix(" %")
        self.close.setToolTip(self.tr("Close to the next tier: still to spend at most this share of its threshold"))
        add = QPushButton(self.tr("Add tier"))
        add.clicked.connect(self.add_tier)
        remove = QPushButton(self.tr("Remove tier"))
        remove.clicked.connect(self.remove_tier)
        self.apply_button = QPushButton(self.tr("Apply and recompute"))
        self.apply_button.clicked.connect(self.apply)
        # a mistake in the ladder is said under it, naming the tier
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b2182b")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Tiers are based on"), self.basis)
        form.addRow(self.automatic)
        form.addRow(self.table)
        form.addRow(self.error)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        form.addRow(row)
        form.addRow(self.tr("Points per unit spent"), self.points)
        form.addRow(self.tr("Close to next tier within"), self.close)
        rules = QGroupBox(self.tr("Tier rules"))
        rules.setLayout(form)
        self.chart = ChartWidget(self.tr("Customers per tier"), session.chart_executor, height=3.0)
        top = QSplitter(Qt.Horizontal)
        top.addWidget(rules)
        top.addWidget(self.chart)
        top.setSizes([420, 600])
        self.close_label = QLabel()
        self.close_table = DataTableView()
        self.close_table.model().set_headers({key: self.tr(words) for key, words in HEADERS.items()})
        self.close_table.model().set_column_colour("rfm_segment", segment_swatch)
        for column in ("tier", "next_tier"):
            self.close_table.model().set_column_colour(column, tier_swatch)
        add_label_tooltips(self.close_table.model(), session)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.close_label)
        bottom_layout.addWidget(self.close_table)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + self.tr("Loyalty tiers") + "</h3>"))
        layout.addWidget(splitter, 1)
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.refresh)

    def _set_rows(self, ladder: list[tuple[str, float]]) -> None:
        self.table.setRowCount(0)
        words = self.session.shop_info().words()   # (once: a Words reads its catalogue when it is made)
        for name, threshold in ladder:
            self._add_row(name_item(name, words), threshold)

    def _add_row(self, name: QTableWidgetItem, threshold: float) -> None:
        """A tier's row: its name, and from the second tier on the spend it starts at (a spin box)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, name)
        if row == 0:
            item = QTableWidgetItem("")
            item.setFlags(Qt.ItemIsEnabled)
            item.setToolTip(self.tr("The first tier takes everyone else"))
            self.table.setItem(row, 1, item)
            return
        box = QDoubleSpinBox()
        box.setRange(0, THRESHOLD_MAX)
        box.setDecimals(2)
        box.setGroupSeparatorShown(True)      # ("2.100,00", as the table under it writes amounts)
        box.setFrame(False)
        box.setValue(threshold)
        box.setToolTip(self.tr("The spend this tier starts at"))
        self.table.setCellWidget(row, 1, box)

    def threshold_box(self, row: int) -> QDoubleSpinBox | None:
        """The spin box of the spend tier ``row`` starts at (None for the first tier)."""
        box = self.table.cellWidget(row, 1)
        return box if isinstance(box, QDoubleSpinBox) else None

    def _on_automatic(self, on: bool) -> None:
        """The thresholds shown as the data gives them (read only), or the owner's to type."""
        for row in range(1, self.table.rowCount()):
            box = self.threshold_box(row)
            if box is not None:
                box.setReadOnly(on)
                box.setButtonSymbols(QDoubleSpinBox.NoButtons if on else QDoubleSpinBox.UpDownArrows)

    def add_tier(self) -> None:
        row = self.table.rowCount()
        before = self.threshold_box(row - 1) if row > 1 else None
        last = before.value() if before is not None else 0.0
        self._add_row(QTableWidgetItem(self.tr("Tier %1").replace("%1", str(row + 1))), last * 2 or 100)
        self._on_automatic(self.automatic.isChecked())

    def remove_tier(self) -> None:
        if self.table.rowCount() > 1:
            self.table.removeRow(self.table.rowCount() - 1)

    def rules(self) -> TierRules:
        """The tier rules as edited; EntryError naming the tier names or thresholds box for a name
        that is missing or repeated, or a threshold that does not rise."""
        names = read_tier_names([name_of(self.table.item(r, 0)) for r in range(self.table.rowCount())])
        thresholds = None
        if not self.automatic.isChecked():
            boxes = [self.threshold_box(r) for r in range(1, self.table.rowCount())]
            # (the boxes' values as core reads an amount: the checks, a ladder that does not rise, stay core's)
            thresholds = read_tier_thresholds(names, [repr(box.value()) if box is not None else "" for box in boxes])
        return TierRules.from_dict({"basis": self.basis.currentData(), "names": names, "thresholds": thresholds,
                                    "points_per_unit": self.points.value(),
                                    "close_fraction": self.close.value() / 100.0})

    def apply(self) -> None:
        self.error.hide()
        try:
            rules = self.rules()
        except EntryError as error:
            self.error.setText(error.text(error_words()))
            self.error.show()
            return
        except SettingsError as error:
            show_error(self, error)
            return
        if self.session.settings is not None:
            self.session.update_settings(dataclasses.replace(self.session.settings, tiers=rules))

    def refresh(self) -> None:
        seg, computed = self.session.segmentation, self.session.computed
        data = computed.data("tiers", TiersData) if computed is not None else None
        if seg is None or data is None:
            return
        rules = seg.settings.tiers
        self.basis.setCurrentIndex(max(0, self.basis.findData(rules.basis)))
        self.automatic.blockSignals(True)
        self.automatic.setChecked(rules.thresholds is None)
        self.automatic.blockSignals(False)
        self._set_rows(seg.tier_thresholds or [(n, 0.0) for n in rules.names])
        self._on_automatic(self.automatic.isChecked())
        self.points.setValue(rules.points_per_unit)
        self.close.setValue(rules.close_fraction * 100.0)
        shop = self.session.shop_info()
        locale, words = shop.locale, shop.words()
        self.chart.draw(lambda fig: charts.tier_bars(fig, data.distribution, locale, words))
        self.close_table.model().set_frame(data.close, words=words)
        self.close_table.fit_columns(max_width=200)
        close = len(data.close.frame)
        self.close_label.setText(self.tr("<b>%1 customers are close to the next tier</b> — a small nudge could move "
                                         "them up", "", close).replace("%1", format_number(close, 0, window_locale(locale))))
