"""The Customers page's filter panel: pick-one choices, from–to ranges, yes/no boxes, a free-text
condition on any column, and "bought <category or product> in the last N days". It reads and shows
core's CustomerFilter (core/segmentation/filters.py), so what the owner sees is what a saved list
keeps."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import ClienteleError
from core.segmentation import (
    Bought,
    Check,
    Condition,
    CustomerFilter,
    PurchaseCondition,
    condition_text,
    conditions_of,
    number_text,
    parse_condition,
    read_number,
)
from gui.customer_filters import CHOICE_COLUMNS, FLAG_COLUMNS, RANGE_COLUMNS, RANGE_PERCENT
from gui.error_dialogs import error_words
from gui.reflow import FlowLayout
from gui.table_model import NAME_COLUMNS

if TYPE_CHECKING:
    from core.words import Words

# The words below are translated where shown, in the context "FilterPanel".
#: What the free-text box suggests, per kind of column (the words typed are core's, parse_condition).
HINTS = {"number": QT_TRANSLATE_NOOP("FilterPanel", "e.g. >= 100, 10-20, empty"),
         "date": QT_TRANSLATE_NOOP("FilterPanel", "e.g. after 2024-06-01, 2024-01-01 to 2024-06-30"),
         "text": QT_TRANSLATE_NOOP("FilterPanel", "e.g. Berlin, = Berlin, not Berlin, empty"),
         "yes/no": QT_TRANSLATE_NOOP("FilterPanel", "yes or no")}
WHEN_WORDS = {Bought.WITHIN: QT_TRANSLATE_NOOP("FilterPanel", "in the last"),
              Bought.NOT_WITHIN: QT_TRANSLATE_NOOP("FilterPanel", "before, but not in the last")}
FIELD_WORDS = {"category": QT_TRANSLATE_NOOP("FilterPanel", "category"),
               "product": QT_TRANSLATE_NOOP("FilterPanel", "product")}
#: The list templates' names, per field and when (the Customers page's "From a template" menu).
TEMPLATE_WORDS = {
    ("category", Bought.WITHIN): QT_TRANSLATE_NOOP("FilterPanel", "Bought a category in the last N days"),
    ("category", Bought.NOT_WITHIN): QT_TRANSLATE_NOOP("FilterPanel",
                                                       "Bought a category before, but not in the last N days"),
    ("product", Bought.WITHIN): QT_TRANSLATE_NOOP("FilterPanel", "Bought a product in the last N days"),
    ("product", Bought.NOT_WITHIN): QT_TRANSLATE_NOOP("FilterPanel",
                                                      "Bought a product before, but not in the last N days"),
}


def _number(text: str) -> float | None:
    """A bound typed into a from–to box, as the window's language writes numbers ("0,5" in German)."""
    return read_number(text, QLocale().decimalPoint()) if text.strip() else None


def _labelled(label: str, widget: QWidget) -> QWidget:
    """A small label above its control (the filters wrap onto more lines on a narrow screen)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(QLabel(label))
    layout.addWidget(widget)
    return box


class FilterPanel(QWidget):
    """Every filter of the Customers page but the search box; ``changed`` fires (throttled for
    typing) whenever one changes; ``conditions()`` gives them as core conditions."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.changed)
        self.choices: dict[str, QComboBox] = {}
        self.choice_boxes: dict[str, QWidget] = {}
        choices = FlowLayout()
        for column, words in CHOICE_COLUMNS.items():
            label = self.tr(words)
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.setToolTip(self.tr("%1: show only the customers with this one").replace("%1", label))
            combo.currentIndexChanged.connect(self.changed)
            self.choices[column] = combo
            self.choice_boxes[column] = _labelled(label, combo)
            choices.addWidget(self.choice_boxes[column])
        self.ranges: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        self.range_spans: dict[str, QWidget] = {}
        ranges = FlowLayout(spacing=12)
        for column, words in RANGE_COLUMNS.items():
            label = self.tr(words)
            low, high = QLineEdit(), QLineEdit()
            for edit, word, tip in ((low, self.tr("from"), self.tr("%1: from this value (leave empty for no limit)")),
                                    (high, self.tr("to"), self.tr("%1: up to this value (leave empty for no limit)"))):
                edit.setPlaceholderText(word)
                edit.setMaximumWidth(80)
                edit.setToolTip(tip.replace("%1", label))
                edit.textChanged.connect(lambda _t: self._timer.start())
            self.ranges[column] = (low, high)
            span = QWidget()
            span_layout = QHBoxLayout(span)
            span_layout.setContentsMargins(0, 0, 0, 0)
            span_layout.addWidget(QLabel(self.tr("%1:").replace("%1", label)))
            span_layout.addWidget(low)
            span_layout.addWidget(high)
            self.range_spans[column] = span
            ranges.addWidget(span)
        self.flags: dict[str, QCheckBox] = {}
        for column, words in FLAG_COLUMNS.items():
            box = QCheckBox(self.tr(words))
            box.toggled.connect(self.changed)
            self.flags[column] = box
            ranges.addWidget(box)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        ranges.addWidget(self.clear_button)

        # a condition on any column, typed in words
        self.column = QComboBox()
        self.column.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.column.setMinimumContentsLength(14)
        self.column.setToolTip(self.tr("Any column of the customer table, also ones your files add"))
        self.column.currentIndexChanged.connect(self._on_column)
        self.condition = QLineEdit()
        self.condition.setClearButtonEnabled(True)
        self.condition.setMinimumWidth(220)
        self.condition.textChanged.connect(lambda _t: self._timer.start())
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.PlainText)   # (it repeats what was typed: text, never markup)
        self.problem.setStyleSheet("color: #b2182b")
        self.problem.setWordWrap(True)
        self.problem.hide()  # shown only while there is a problem to say
        free = QWidget()
        free_layout = QHBoxLayout(free)
        free_layout.setContentsMargins(0, 0, 0, 0)
        free_layout.addWidget(QLabel(self.tr("Also:")))
        free_layout.addWidget(self.column)
        free_layout.addWidget(self.condition, 1)
        # bought <category or product> in the last N days (definitions §12)
        self.field = QComboBox()
        self.field.currentIndexChanged.connect(self._on_field)
        self.item = QComboBox()
        self.item.setEditable(True)
        self.item.setInsertPolicy(QComboBox.NoInsert)
        self.item.setMinimumContentsLength(24)
        self.item.lineEdit().setPlaceholderText(self.tr("any name, or none"))
        self.item.lineEdit().setClearButtonEnabled(True)
        self.item.currentTextChanged.connect(lambda _t: self._timer.start())
        self.when = QComboBox()
        for when, words in WHEN_WORDS.items():
            self.when.addItem(self.tr(words), when.value)
        self.when.currentIndexChanged.connect(self.changed)
        self.days = QSpinBox()
        self.days.setRange(1, 36_500)
        self.days.setValue(90)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(lambda _v: self._timer.start())
        self.bought = QWidget()
        self.bought.setToolTip(self.tr("Customers who bought it in the last N days, or who bought it before but not "
                                       "lately"))
        bought_layout = QHBoxLayout(self.bought)
        bought_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Bought")), self.field, self.item, self.when, self.days):
            bought_layout.addWidget(widget)
        extra = FlowLayout(spacing=16)
        extra.addWidget(free)
        extra.addWidget(self.bought)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addLayout(ranges)
        layout.addLayout(extra)
        layout.addWidget(self.problem)
        self._kinds: dict[str, str] = {}
        self._items: dict[str, list[str]] = {}
        #: conditions of a saved filter that no control shows (kept and applied until cleared)
        self.extra: tuple[Condition, ...] = ()

    # ---- what the panel offers --------------------------------------------------------------------
    def set_options(self, choices: Mapping[str, Sequence[str]], columns: Sequence[tuple[str, str, str]],
                    items: Mapping[str, Sequence[str]], words: Words | None = None) -> None:
        """The values each choice offers, the columns of the free-text condition (column, label,
        kind) and the names the purchases hold per field; keeps what is chosen where it still exists.
        Segment, status and tier names are shown as ``words`` name them, the English name the item's
        data (the filter works on it)."""
        for column, combo in self.choices.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), "")
            values = list(choices.get(column, []))
            for value in values:
                combo.addItem(words.name(value) if words is not None and column in NAME_COLUMNS else value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            self.choice_boxes[column].setVisible(bool(values))
            combo.blockSignals(False)
        current_column = self.column.currentData()
        self.column.blockSignals(True)
        self.column.clear()
        self._kinds = {}
        for column, label, kind in columns:
            self.column.addItem(label, column)
            self._kinds[column] = kind
        self.column.setCurrentIndex(max(0, self.column.findData(current_column)))
        self.column.blockSignals(False)
        self._on_column()
        self._items = {field: list(names) for field, names in items.items() if names}
        field = self.field.currentData()
        self.field.blockSignals(True)
        self.field.clear()
        for name in self._items:
            self.field.addItem(self.tr(FIELD_WORDS[name]) if name in FIELD_WORDS else name, name)
        self.field.setCurrentIndex(max(0, self.field.findData(field)))
        self.field.blockSignals(False)
        self.bought.setVisible(bool(self._items))
        self._on_field()

    def _on_column(self, *_args: object) -> None:
        kind = self._kinds.get(self.column.currentData() or "", "text")
        self.condition.setPlaceholderText(self.tr(HINTS[kind]) if kind in HINTS else "")
        if self.condition.text().strip():
            self._timer.start()

    def _on_field(self, *_args: object) -> None:
        text = self.item.currentText()
        names = self._items.get(self.field.currentData() or "", [])
        self.item.blockSignals(True)
        self.item.clear()
        self.item.addItems(names)
        self.item.setEditText(text)
        completer = QCompleter(names, self.item)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.item.setCompleter(completer)
        self.item.blockSignals(False)
        if text.strip():
            self._timer.start()

    # ---- reading and showing a filter ------------------------------------------------------------
    def conditions(self) -> tuple[tuple[Condition, ...], tuple[PurchaseCondition, ...]]:
        """The column conditions and the purchase condition the panel shows; a free text the column
        cannot take is shown in words under the panel and left out (``problem``)."""
        choices = {column: combo.currentData() or "" for column, combo in self.choices.items()}
        ranges = {column: (_number(low.text()), _number(high.text())) for column, (low, high) in self.ranges.items()}
        # a share column is typed as a whole percentage (78) and kept as core's share (0.78)
        ranges = {column: tuple(None if v is None else v / 100.0 for v in pair) if column in RANGE_PERCENT else pair
                  for column, pair in ranges.items()}
        flags = [column for column, box in self.flags.items() if box.isChecked()]
        found = list(conditions_of(choices, ranges, flags))
        self.problem.clear()
        column = self.column.currentData()
        if column and self.condition.text().strip():
            try:
                typed = parse_condition(column, self.condition.text(), self._kinds.get(column, "text"),
                                        QLocale().decimalPoint())
                if column in RANGE_PERCENT:   # (typed as a percentage there too, as in its from–to boxes)
                    typed = tuple(dataclasses.replace(c, value=c.value / 100.0) if isinstance(c.value, float) else c
                                  for c in typed)
                found += typed
            except ClienteleError as error:
                words = error_words()  # core's words in the window's language
                self.problem.setText(f"{self.column.currentText()}: {words.say(error.phrase)} {words.say(error.advice)}")
        self.problem.setVisible(bool(self.problem.text()))
        purchases: tuple[PurchaseCondition, ...] = ()
        name = self.item.currentText().strip()
        if name and self._items and self.field.currentData():
            purchases = (PurchaseCondition(self.field.currentData(), name, self.days.value(),
                                           Bought(self.when.currentData())),)
        return (*found, *self.extra), purchases

    def show_filter(self, shown: CustomerFilter) -> None:
        """Set the controls to ``shown`` (a saved list); conditions no control can show stay in
        ``extra`` and are still applied."""
        self.clear(emit=False)
        rest: list[Condition] = []
        by_column: dict[str, list[Condition]] = {}
        for condition in shown.conditions:
            column, test = condition.column, condition.test
            if column in self.choices and test == Check.IS and self.choices[column].findData(condition.value) >= 0:
                self.choices[column].setCurrentIndex(self.choices[column].findData(condition.value))
            elif column in self.ranges and test in (Check.AT_LEAST, Check.AT_MOST) and isinstance(condition.value, float):
                edit = self.ranges[column][0 if test == Check.AT_LEAST else 1]
                shown_value = condition.value * 100 if column in RANGE_PERCENT else condition.value
                edit.setText(number_text(shown_value, QLocale().decimalPoint()))   # (as _number reads it back)
            elif column in self.flags and test == Check.YES:
                self.flags[column].setChecked(True)
            else:
                by_column.setdefault(column, []).append(condition)
        if by_column:
            column, conditions = next(iter(by_column.items()))
            if column in RANGE_PERCENT:   # (shown as the percentage it is typed as)
                conditions = [dataclasses.replace(c, value=c.value * 100.0) if isinstance(c.value, float) else c
                              for c in conditions]
            index = self.column.findData(column)
            try:
                text = (condition_text(conditions, self._kinds.get(column, "text"), QLocale().decimalPoint())
                        if index >= 0 else None)
            except ValueError:
                text = None
            if text is not None:
                self.column.setCurrentIndex(index)
                self.condition.setText(text)
                del by_column[column]
            rest = [c for conditions in by_column.values() for c in conditions]
        self.extra = tuple(rest)
        for purchase in shown.purchases[:1]:
            self.field.setCurrentIndex(max(0, self.field.findData(purchase.field)))
            self.item.setEditText(purchase.value)
            self.when.setCurrentIndex(max(0, self.when.findData(purchase.when.value)))
            self.days.setValue(purchase.days)
        self._timer.stop()
        self.changed.emit()

    def templates(self) -> list[tuple[str, str, Bought]]:
        """The list templates the purchases allow (definitions §12, product and category lists):
        (words, field, when), categories first."""
        return [(self.tr(TEMPLATE_WORDS[name, when]), name, when)
                for name in sorted(self._items, key=lambda n: n != "category") for when in Bought
                if (name, when) in TEMPLATE_WORDS]

    def start_template(self, field: str, when: Bought) -> None:
        """Start a list from a template: every filter cleared, "Bought <field> … <when>" set, the
        name box ready for the category or product."""
        self.clear(emit=False)
        self.field.setCurrentIndex(max(0, self.field.findData(field)))
        self.when.setCurrentIndex(max(0, self.when.findData(when.value)))
        self.item.setFocus()
        self.changed.emit()

    def clear(self, emit: bool = True) -> None:
        widgets: list[QWidget] = [*self.choices.values(), *[e for pair in self.ranges.values() for e in pair],
                                  *self.flags.values(), self.condition, self.item, self.days, self.when]
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self.choices.values():
            combo.setCurrentIndex(0)
        for edit in [e for pair in self.ranges.values() for e in pair] + [self.condition]:
            edit.clear()
        for box in self.flags.values():
            box.setChecked(False)
        self.item.setEditText("")
        self.when.setCurrentIndex(0)
        self.days.setValue(90)
        for widget in widgets:
            widget.blockSignals(False)
        self.extra = ()
        self.problem.clear()
        self.problem.hide()
        self._timer.stop()
        if emit:
            self.changed.emit()
