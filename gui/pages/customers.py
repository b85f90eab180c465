"""Customers page: the whole customer table with the predictions of definitions §11, search and
combinable filters, the owner's saved lists ("Save as list…": the filters kept under a name in the
project, recomputed on every import and mailable like any other list), and a detail pane; why the
predictions are empty above the table, and the way to "How reliable are the predictions?"
(gui.model_check)."""

from __future__ import annotations

import dataclasses
import functools
import html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.output import format_number
from core.schema import PREVIOUS_SEGMENT, PROSPECT, STATUSES, list_name_key
from core.segmentation import (
    MAX_NAME,
    OTHER,
    Bought,
    CustomerFilter,
    SavedList,
    column_kind,
    line_names,
    segment_names,
)
from gui.cell_format import PreparedFrame, prepare_frame
from gui.customer_detail import CustomerDetail
from gui.customer_filter_panel import FilterPanel
from gui.customer_filters import CHOICE_COLUMNS, choice_values
from gui.lazy_refresh import refresh_lazily
from gui.model_check import show_model_check
from gui.offer_lists import list_label
from gui.page_columns import PREDICTION_HEADERS, customer_columns
from gui.palette import segment_swatch, status_swatch, tier_swatch
from gui.segment_help import add_label_tooltips
from gui.table_model import with_first_texts
from gui.table_view import DataTableView
from gui.translation import window_locale
from gui.worker import TaskRunner

if TYPE_CHECKING:
    from core.progress import ProgressCallback
    from core.segmentation import Segmentation
    from gui.session import Session

translate = QCoreApplication.translate

#: The customer table's headings: core's columns and the ones the files bring (definitions §2, §10,
#: §12), translated where shown in the context "CustomersPage" (the predictions' in "PageColumns").
#: A column the owner's files add under another name shows its own name. R, F and M are the scores.
HEADERS = {"customer_id": QT_TRANSLATE_NOOP("CustomersPage", "Customer"),
           "name": QT_TRANSLATE_NOOP("CustomersPage", "Name"),
           "first_name": QT_TRANSLATE_NOOP("CustomersPage", "First name"),
           "last_name": QT_TRANSLATE_NOOP("CustomersPage", "Last name"),
           "email": QT_TRANSLATE_NOOP("CustomersPage", "E-mail"),
           "phone": QT_TRANSLATE_NOOP("CustomersPage", "Phone"),
           "address": QT_TRANSLATE_NOOP("CustomersPage", "Address"),
           "postcode": QT_TRANSLATE_NOOP("CustomersPage", "Postcode"),
           "city": QT_TRANSLATE_NOOP("CustomersPage", "City"),
           "country": QT_TRANSLATE_NOOP("CustomersPage", "Country"),
           "product": QT_TRANSLATE_NOOP("CustomersPage", "Product"),
           "category": QT_TRANSLATE_NOOP("CustomersPage", "Category"),
           "consent": QT_TRANSLATE_NOOP("CustomersPage", "Consent"),
           "birthday": QT_TRANSLATE_NOOP("CustomersPage", "Birthday"),
           "gender": QT_TRANSLATE_NOOP("CustomersPage", "Gender"),
           "channel": QT_TRANSLATE_NOOP("CustomersPage", "Channel"),
           "signup_date": QT_TRANSLATE_NOOP("CustomersPage", "Sign-up date"),
           "email_opens": QT_TRANSLATE_NOOP("CustomersPage", "E-mail opens"),
           "email_clicks": QT_TRANSLATE_NOOP("CustomersPage", "E-mail clicks"),
           "support_contacts": QT_TRANSLATE_NOOP("CustomersPage", "Support contacts"),
           "first_purchase": QT_TRANSLATE_NOOP("CustomersPage", "First purchase"),
           "last_purchase": QT_TRANSLATE_NOOP("CustomersPage", "Last purchase"),
           "days_since_last": QT_TRANSLATE_NOOP("CustomersPage", "Days since last"),
           "tenure_days": QT_TRANSLATE_NOOP("CustomersPage", "Days since first"),
           "orders": QT_TRANSLATE_NOOP("CustomersPage", "Orders"),
           "purchase_days": QT_TRANSLATE_NOOP("CustomersPage", "Purchase days"),
           "revenue": QT_TRANSLATE_NOOP("CustomersPage", "Spent in total"),
           "avg_order_value": QT_TRANSLATE_NOOP("CustomersPage", "Average order"),
           "typical_gap_days": QT_TRANSLATE_NOOP("CustomersPage", "Usual gap (days)"),
           "overdue_ratio": QT_TRANSLATE_NOOP("CustomersPage", "Late by (× usual gap)"),
           "revenue_last_12m": QT_TRANSLATE_NOOP("CustomersPage", "Last 12 months"),
           "revenue_prev_12m": QT_TRANSLATE_NOOP("CustomersPage", "12 months before"),
           "favourite_category": QT_TRANSLATE_NOOP("CustomersPage", "Favourite category"),
           "favourite_product": QT_TRANSLATE_NOOP("CustomersPage", "Favourite product"),
           "rfm_segment": QT_TRANSLATE_NOOP("CustomersPage", "Segment"),
           "activity_status": QT_TRANSLATE_NOOP("CustomersPage", "Status"),
           "declining": QT_TRANSLATE_NOOP("CustomersPage", "Declining"),
           "tier": QT_TRANSLATE_NOOP("CustomersPage", "Tier"),
           "tier_points": QT_TRANSLATE_NOOP("CustomersPage", "Tier points"),
           "next_tier": QT_TRANSLATE_NOOP("CustomersPage", "Next tier"),
           "amount_to_next_tier": QT_TRANSLATE_NOOP("CustomersPage", "To next tier"),
           PREVIOUS_SEGMENT: QT_TRANSLATE_NOOP("CustomersPage", "Segment then"),
           "next_birthday": QT_TRANSLATE_NOOP("CustomersPage", "Next birthday"),
           "next_anniversary": QT_TRANSLATE_NOOP("CustomersPage", "Next anniversary"),
           "years_with_us": QT_TRANSLATE_NOOP("CustomersPage", "Years with you"),
           "due_product": QT_TRANSLATE_NOOP("CustomersPage", "Product due"),
           "due_date": QT_TRANSLATE_NOOP("CustomersPage", "Due on")}
#: The scores' headings: their letters in every language (the tooltips say what they mean).
SCORE_HEADERS = {"r_score": "R", "f_score": "F", "m_score": "M"}
#: Columns the filters name that the table does not show as such.
FILTER_LABELS = {"close_to_next_tier": QT_TRANSLATE_NOOP("CustomersPage", "Close to next tier")}


def customer_headers() -> dict[str, str]:
    """The customer table's headings in the window's language (the filters name columns so too)."""
    return {**{key: translate("CustomersPage", words) for key, words in HEADERS.items()}, **SCORE_HEADERS,
            **{key: translate("PageColumns", words) for key, words in PREDICTION_HEADERS.items()}}


def column_label(column: str, headers: dict[str, str]) -> str:
    """A column's heading, or the column's own name for one the owner's files add (as the table shows it)."""
    return headers.get(column) or (column.replace("_", " ").capitalize() if column.islower() else column)


#: Range filters shown only when their column has values (the predictions may be empty).
PREDICTION_RANGES = ("p_alive", "predicted_revenue_365d")
#: The colour of the line that says why the predictions are empty.
NOTE_STYLE = "background: #fff4ce; color: #5c4400; padding: 4px"


@dataclass
class CustomersData:
    """The whole customer table ready for the view, and what the filters offer: the values of
    each choice (most common first), the columns of the free-text condition (column, kind: the page
    labels them in the window's language) and the names the purchases hold per field (product,
    category), prepared off the GUI thread."""

    table: PreparedFrame
    choices: dict[str, list[str]]
    #: the file's product and category names with their rows (for the charge-lines editor)
    line_names: pd.DataFrame
    columns: list[tuple[str, str]] = field(default_factory=list)
    items: dict[str, list[str]] = field(default_factory=dict)


#: Names offered for "bought …" (the most bought first; any other can be typed).
MAX_ITEMS = 5_000


def _items(segmentation: Segmentation) -> dict[str, list[str]]:
    history = segmentation.occasions.history if segmentation.occasions is not None else None
    found: dict[str, list[str]] = {}
    for name in ("category", "product"):
        items = history.field(name) if history is not None else None
        if items is None or not len(items.item):
            continue
        buyers = np.bincount(items.item, minlength=len(items.values))
        order = np.lexsort((np.arange(len(buyers)), -buyers))
        found[name] = [str(items.values[k]) for k in order if buyers[k] > 0][:MAX_ITEMS]
    return found


def prepare(segmentation: Segmentation, transactions: pd.DataFrame) -> CustomersData:
    """The customer table with the columns an owner looks at first in front, and the filters' values
    (segments in the map's order, statuses from Active to Lost, tiers from the lowest)."""
    customers = segmentation.customers
    order = {"rfm_segment": segment_names(segmentation.settings.segment_map) + [OTHER],
             "activity_status": [*reversed(STATUSES), PROSPECT], "tier": segmentation.tier_names}
    model = segmentation.predictions.purchase_model if segmentation.predictions is not None else None
    shown = customer_columns(customers, lapse_seen=model is None or model.lapse_seen)
    columns = [(c, column_kind(customers[c])) for c in shown]
    # the first rows' text made here: the page's first show sizes its columns from it (7 ms of the
    # GUI thread's 20 ms turn formatting 32 rows of every column)
    return CustomersData(with_first_texts(prepare_frame(customers, shown)),
                         {column: choice_values(customers, column, order=order.get(column, ()))
                          for column in CHOICE_COLUMNS}, line_names(transactions), columns, _items(segmentation))


def customer_mask(wanted: CustomerFilter, segmentation: Segmentation, *, progress: ProgressCallback) -> np.ndarray:
    """Who of ``segmentation``'s customers ``wanted`` keeps (the page's filter task: a worker
    thread, no Qt). ``progress`` is the worker's callback: a task superseded while it waited for
    the thread stops before the work."""
    progress(0.0, "")
    history = segmentation.occasions.history if segmentation.occasions is not None else None
    mask = wanted.mask(segmentation.customers, close_to_next_tier=segmentation.close_to_next_tier.to_numpy(dtype=bool),
                       history=history)
    progress(1.0, "")
    return mask


class CustomersPage(QWidget):
    """Every customer, filterable with AND-combined conditions; the filters can be saved as a list.

    The filter runs off the GUI thread (``customer_mask`` on the page's TaskRunner): each edit (the
    search after a short pause) starts it again, cancelling the one running, and only the result of
    the latest filter, for the table still shown, is applied (``filtered`` fires then)."""

    #: the rows the current filter keeps are shown (and the count and the description say so)
    filtered = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._filter_runner = TaskRunner(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a customer by id, name, e-mail or phone (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        # the first customer, selected once the page's first paint is done (see load)
        self._select_timer = QTimer(self)
        self._select_timer.setSingleShot(True)
        self._select_timer.setInterval(0)
        self._select_timer.timeout.connect(self._select_first)
        self.filters = FilterPanel()
        self.filters.changed.connect(self.apply_filter)
        self.filters.clear_button.clicked.connect(self.clear_filters)
        # the owner's own lists: show one (its filters in the panel), save the filters as one, delete one
        self.saved = QComboBox()
        self.saved.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.saved.setMinimumContentsLength(14)
        self.saved.setToolTip(self.tr("Your own lists: pick one to see who is on it now and its filters"))
        self.saved.activated.connect(self._on_saved)
        self.save_button = QPushButton(self.tr("Save as list…"))
        self.save_button.setToolTip(self.tr("Keep these filters as a list of your own: it is worked out again on "
                                            "every import, and you can give it an offer and mail it like any other "
                                            "list"))
        self.save_button.clicked.connect(lambda: self.save_as_list())
        self.template_button = QToolButton()
        self.template_button.setText(self.tr("From a template"))
        self.template_button.setPopupMode(QToolButton.InstantPopup)
        self.template_button.setToolTip(self.tr("Start a list of who bought a category or a product lately, or who "
                                                "bought it before but not lately; pick the name, the days, then "
                                                "Save as list…"))
        self.template_button.setMenu(QMenu(self.template_button))
        self.charges_button = QPushButton(self.tr("Charge lines…"))
        self.charges_button.setToolTip(self.tr("Postage, fees, adjustments and the like count in what customers "
                                               "spent, but are never their favourite product: edit that list"))
        self.charges_button.clicked.connect(self.edit_charge_lines)
        self.delete_button = QPushButton(self.tr("Delete list"))
        self.delete_button.clicked.connect(lambda: self.delete_list())
        self.count = QLabel()
        # definitions §11: where the prediction columns would be, why they are empty
        self.predictions_note = QLabel()
        self.predictions_note.setWordWrap(True)
        self.predictions_note.setStyleSheet(NOTE_STYLE)
        self.predictions_note.setVisible(False)
        self.check_link = QLabel("<a href='check'>" + self.tr("How reliable are the predictions?") + "</a>")
        self.check_link.setToolTip(self.tr("The predictions tried out on the last quarter of your history"))
        self.check_link.linkActivated.connect(lambda _link: show_model_check(session, self))
        self.describe = QLabel()
        self.describe.setWordWrap(True)
        self.table = DataTableView()
        model = self.table.model()
        self.headers = customer_headers()
        model.set_headers(self.headers)
        model.set_column_colour("rfm_segment", segment_swatch)
        model.set_column_colour("activity_status", status_swatch)
        model.set_column_colour("tier", tier_swatch)
        add_label_tooltips(model, session)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.detail = CustomerDetail(session)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([760, 380])
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("<h3>" + translate("Pages", "Customers") + "</h3>"))
        top.addWidget(self.search, 1)
        top.addWidget(self.charges_button)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.check_link)
        layout.addLayout(count_row)
        lists = QHBoxLayout()
        lists.addStretch(1)
        lists.addWidget(QLabel(self.tr("Your lists:")))
        lists.addWidget(self.saved)
        lists.addWidget(self.delete_button)
        lists.addWidget(self.template_button)
        lists.addWidget(self.save_button)
        layout.addLayout(lists)
        layout.addWidget(self.describe)
        layout.addWidget(self.predictions_note)
        layout.addWidget(splitter, 1)
        self.lazy = refresh_lazily(self, session.segmentation_changed, self.load)

    def edit_charge_lines(self) -> None:
        """The charge-lines editor (gui.charge_lines_dialog); its list is applied and recomputed."""
        from gui.charge_lines_dialog import ChargeLinesDialog  # noqa: PLC0415 - loads when first asked for

        settings, computed = self.session.settings, self.session.computed
        if settings is None:
            return
        data = computed.data("customers", CustomersData) if computed is not None else None
        dialog = ChargeLinesDialog(list(settings.charge_lines), data.line_names if data is not None else None,
                                   self.session.shop_info().locale, self)
        if dialog.exec():
            entries = dialog.entries()
            if entries != settings.charge_lines:
                self.session.update_settings(dataclasses.replace(settings, charge_lines=entries))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def load(self) -> None:
        seg, computed = self.session.segmentation, self.session.computed
        data = computed.data("customers", CustomersData) if computed is not None else None
        if seg is None or data is None:
            return
        columns = [(column, column_label(column, self.headers), kind) for column, kind in data.columns]
        words = self.session.shop_info().words()
        self.filters.set_options(data.choices, columns, data.items, words)
        self._fill_templates()
        self._fill_saved()
        self.table.model().set_frame(data.table, words=words)
        self.table.fit_columns(max_width=180)
        self.show_predictions_state(seg)
        # the first customer's detail (their purchases made into a table) fills in after the
        # page's first paint: with the filters and the table in one turn the page's first show held
        # the window 57-62 ms (docs/performance.md). A zero-time timer, not a queued call: Qt
        # delivers timers once the events already posted (the page's layout and paint) are handled.
        self.apply_filter(select_later=True)

    def show_predictions_state(self, seg: Segmentation) -> None:
        """Why the prediction columns are (partly) empty, the link to the model check, and the
        prediction filters only where there are values to filter."""
        predictions = seg.predictions
        reason = (self.tr("No predictions were made.") if predictions is None
                  else predictions.guardrail_text(self.session.shop_info().words()))
        self.predictions_note.setText("<b>" + self.tr("Predictions:") + f"</b> {html.escape(reason)}" if reason else "")
        self.predictions_note.setVisible(bool(reason))
        self.check_link.setVisible(predictions is not None and predictions.fitted)
        for column in PREDICTION_RANGES:
            filled = column in seg.customers.columns and bool(seg.customers[column].notna().any())
            self.filters.range_spans[column].setVisible(filled)
            if not filled:
                for edit in self.filters.ranges[column]:
                    edit.clear()

    def _fill_templates(self) -> None:
        menu = self.template_button.menu()
        menu.clear()
        for words, field_name, when in self.filters.templates():
            menu.addAction(words, functools.partial(self.start_template, field_name, when))
        self.template_button.setVisible(not menu.isEmpty())

    def start_template(self, field_name: str, when: Bought) -> None:
        """A new list from a product or category template (the search and the list shown cleared)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.saved.setCurrentIndex(0)
        self.delete_button.setEnabled(False)
        self.filters.start_template(field_name, when)

    def _fill_saved(self) -> None:
        settings = self.session.settings
        current = self.saved.currentData()
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("(none chosen)"), "")
        for saved in settings.saved_lists if settings is not None else []:
            self.saved.addItem(saved.name, saved.name)
        self.saved.setCurrentIndex(max(0, self.saved.findData(current)) if current else 0)
        self.saved.blockSignals(False)
        self.delete_button.setEnabled(self.saved.currentIndex() > 0)

    def current_filter(self) -> CustomerFilter:
        """What the search box and the filter panel ask for, as core's filter."""
        conditions, purchases = self.filters.conditions()
        return CustomerFilter(self.search.text(), conditions, purchases)

    def apply_filter(self, *_args: object, select_later: bool = False) -> None:
        """Filter the table as the search box and the filter panel ask: an empty filter at once,
        any other on the page's worker (a filter still running is cancelled; its rows never shown)."""
        model = self.table.model()
        frame, seg = model.frame(), self.session.segmentation
        if frame is None or seg is None:
            return
        wanted = self.current_filter()
        if wanted.is_empty() or len(frame) != len(seg.customers):
            self._filter_runner.cancel(quiet=True)
            self._show_filtered(wanted, None, select_later)
            return

        def done(mask: np.ndarray) -> None:
            # (the table or the analysis replaced meanwhile: that one's own filter is on its way)
            if model.frame() is frame and self.session.segmentation is seg:
                self._show_filtered(wanted, mask, select_later)

        self._filter_runner.start(customer_mask, wanted, seg, on_done=done)

    def filtering(self) -> bool:
        """A filter is being worked out (its rows not shown yet)."""
        return self._filter_runner.is_busy()

    def _show_filtered(self, wanted: CustomerFilter, mask: np.ndarray | None, select_later: bool) -> None:
        """Show the rows ``mask`` keeps (all when None), the count and what the filter asks."""
        model = self.table.model()
        frame = model.frame()
        if frame is None:
            return
        model.set_row_filter(mask)
        shown, total = model.rowCount(), len(frame)
        locale = window_locale(self.session.shop_info().locale)   # (the window's sentence: its language's numbers)
        if shown != total:
            # the plural follows the customers shown: "1 client affiché sur 300", "5 clients affichés sur 300"
            text = self.tr("Showing %1 of %2 customers", "", shown).replace(
                "%1", format_number(shown, 0, locale)).replace("%2", format_number(total, 0, locale))
        else:
            text = self.tr("%1 customer(s)", "", total).replace("%1", format_number(total, 0, locale))
        self.count.setText(text)
        labels = {**self.headers, **{key: self.tr(words) for key, words in FILTER_LABELS.items()}}
        self.describe.setText("" if wanted.is_empty() else "<i>" + self.tr("Filters:") + "</i> "
                              + html.escape(wanted.describe(labels, self.session.shop_info().words())))
        self.save_button.setEnabled(not wanted.is_empty())
        if shown and select_later:
            self.table.selectionModel().clear()
            self._select_timer.start()
        elif shown:
            self.table.selectRow(0)
        else:
            self.detail.show_customer(None)
        self.filtered.emit()

    def _select_first(self) -> None:
        """The first customer shown, unless one was chosen meanwhile."""
        if self.table.model().rowCount() and not self.table.selectionModel().currentIndex().isValid():
            self.table.selectRow(0)

    def clear_filters(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.saved.setCurrentIndex(0)
        self.delete_button.setEnabled(False)
        self.filters.clear()

    # ---- the owner's own lists --------------------------------------------------------------------
    def _on_saved(self, index: int) -> None:
        name = self.saved.itemData(index)
        settings = self.session.settings
        self.delete_button.setEnabled(bool(name))
        found = next((s for s in settings.saved_lists if s.name == name), None) if settings is not None else None
        if found is None:
            return
        self.search.blockSignals(True)
        self.search.setText(found.filter.search)
        self.search.blockSignals(False)
        self.filters.show_filter(found.filter)

    def save_as_list(self, name: str | None = None) -> bool:
        """Keep the current filters as a list of the owner's (asks for its name unless given);
        returns whether it was kept."""
        settings, seg = self.session.settings, self.session.segmentation
        wanted = self.current_filter()
        if settings is None or seg is None or wanted.is_empty():
            return False
        if name is None:
            suggestion = self.saved.currentData() or ""
            name, ok = QInputDialog.getText(self, self.tr("Save as list"), self.tr("Name of the list (as you will see "
                                            "it on the Offers and Export pages):"), text=suggestion)
            if not ok:
                return False
        name = name.strip()
        problem = self._name_problem(name)
        if problem:
            QMessageBox.warning(self, self.tr("Save as list"), problem)
            return False
        kept = [s for s in settings.saved_lists if list_name_key(s.name) != list_name_key(name)]
        if len(kept) < len(settings.saved_lists):
            answer = QMessageBox.question(self, self.tr("Save as list"),
                                          self.tr('You already have a list called "%1". Replace its filters with '
                                                  'these?').replace("%1", name), QMessageBox.Yes | QMessageBox.No,
                                          QMessageBox.No)
            if answer != QMessageBox.Yes:
                return False
        saved = SavedList(name, wanted)
        place = next((i for i, s in enumerate(settings.saved_lists) if list_name_key(s.name) == list_name_key(name)),
                     len(kept))
        kept.insert(place, saved)
        if not self.session.update_settings(dataclasses.replace(settings, saved_lists=kept)):
            return False
        if self.saved.findData(name) < 0:
            self.saved.addItem(name, name)
        self.saved.setCurrentIndex(self.saved.findData(name))
        self.delete_button.setEnabled(True)
        return True

    def _name_problem(self, name: str) -> str:
        """Why ``name`` cannot name a new list ("" when it can)."""
        if not name:
            return self.tr("Give the list a name.")
        if len(name) > MAX_NAME:
            locale = self.session.shop_info().locale
            return self.tr("The name is %1 characters long; keep it to %2.").replace(
                "%1", format_number(len(name), 0, locale)).replace("%2", format_number(MAX_NAME, 0, locale))
        if "→" in name or "->" in name:
            return self.tr("An arrow names a move between two segments (the Changes page). Choose a name without "
                           "→ or ->.")
        seg = self.session.segmentation
        from core.campaigns import ListKind, available_lists  # noqa: PLC0415 - core.campaigns loads with the analysis

        taken = {list_name_key(list_label(m)): m for m in available_lists(seg)} if seg is not None else {}
        taken.update({list_name_key(m.name): m for m in available_lists(seg)} if seg is not None else {})
        clash = taken.get(list_name_key(name))
        if clash is not None and clash.kind != ListKind.SAVED:
            return self.tr('"%1" already names a list (%2). Choose another name, so that every list keeps its '
                           'own.').replace("%1", name).replace("%2", list_label(clash))
        return ""

    def delete_list(self, name: str | None = None, *, ask: bool = True) -> bool:
        """Forget one of the owner's lists (the one shown unless named); its offer stays in the
        project until removed on the Offers page."""
        settings = self.session.settings
        name = name or self.saved.currentData()
        if settings is None or not name:
            return False
        if ask and QMessageBox.question(self, self.tr("Delete list"),
                                        self.tr('Delete your list "%1"? The customers stay; only the list '
                                                'goes.').replace("%1", name), QMessageBox.Yes | QMessageBox.No,
                                        QMessageBox.No) != QMessageBox.Yes:
            return False
        kept = [s for s in settings.saved_lists if s.name != name]
        if not self.session.update_settings(dataclasses.replace(settings, saved_lists=kept)):
            return False
        self.saved.removeItem(self.saved.findData(name))
        self.saved.setCurrentIndex(0)
        self.delete_button.setEnabled(False)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = self.table.model()
        if not current.isValid() or model.frame() is None:
            return
        self.detail.show_customer(model.frame().iloc[model.source_row(current.row())])

