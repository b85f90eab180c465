"""The import dialog: sheet choice, what each column means (changeable), preview, customer file.

Core's words in it (the fields' names, how each column was found) are the shop's, as on the Import
page and in the command line's report: "how it was found" is the report's phrase
(core.importing.ImportReport.column_uses), not the mapping's English."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.errors import ClienteleError
from core.importing import ImportReport, consent_columns
from core.schema import FIELD_WORDS, TRANSACTION_FIELDS
from core.words import Words
from gui import tasks
from gui.error_dialogs import error_words
from gui.pages.welcome import file_filter
from gui.screen_fit import fit_dialog
from gui.table_view import DataTableView
from gui.translation import installed_language

if TYPE_CHECKING:
    from core.importing import ImportOptions

#: The choice for a column that means nothing to Clientele (translated where shown).
NOT_USED = QT_TRANSLATE_NOOP("MappingDialog", "(not used)")


def _examples(series, count: int = 3) -> str:
    """A column's first values as a spreadsheet shows them: a number cell to 15 significant digits
    (74.7, not the 74.69999999999999 a sum of cents is stored as), a whole one without ".0"."""
    values = series.dropna()
    shown = (format(v, ".15g") if isinstance(v, float) else str(v)
             for v in (values if values.dtype == object or values.dtype.kind == "f" else values.astype(str)))
    return ", ".join([text for text in shown if text.strip()][:count])


class MappingDialog(QDialog):
    """Shown before an import: the owner checks (and may change) what each column means."""

    def __init__(self, preview: tasks.Preview, app_settings, runner, parent=None, *,
                 attributes_path: str | None = None, words: Words | None = None) -> None:
        """``words``: core's words, the shop's (the window's language without)."""
        super().__init__(parent)
        self.words = words if words is not None else Words(installed_language())
        self.setWindowTitle(self.tr("Import %1").replace("%1", Path(preview.path).name))
        self.app_settings = app_settings
        self.runner = runner
        self.preview = preview
        self.detected: dict[str, str] = {}

        self.sheet = QComboBox()
        self.sheet.setToolTip(self.tr("The sheet that holds the purchases (Clientele picked the one that looks "
                                      "like it)"))
        self.sheet.activated.connect(self._on_sheet)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.format_label = QLabel()
        self.format_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet)
        top.addWidget(self.format_label, 1)

        self.columns = QTableWidget(0, 4)
        self.columns.setHorizontalHeaderLabels([self.tr("Column in your file"), self.tr("Means"), self.tr("Examples"),
                                                 self.tr("How it was recognised")])
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.columns.verticalHeader().hide()
        self.columns.setTabKeyNavigation(False)  # Tab leaves the table
        self.columns.setToolTip(self.tr("Change what a column means if Clientele guessed wrong"))
        self.rows = DataTableView()
        self.rows.setToolTip(self.tr("The first rows of the file, as read"))
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.columns)
        splitter.addWidget(self.rows)
        splitter.setSizes([380, 220])

        columns = [str(c) for c in preview.frame.columns]
        # the analysis' customers file, else the one last imported with a file of these columns
        self.attributes = QLineEdit(attributes_path or app_settings.remembered_customers_file(columns) or "")
        self.attributes.setPlaceholderText(self.tr("Optional: a file of customer details (names, e-mails, consent…)"))
        self.attributes.setToolTip(self.tr("The customers file stays with the analysis (its consent answers too) "
                                           "until you clear this box"))
        self.attributes.textChanged.connect(lambda _text: self._check())
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_attributes)
        attributes_row = QHBoxLayout()
        attributes_row.addWidget(QLabel(self.tr("Customer file:")))
        attributes_row.addWidget(self.attributes, 1)
        attributes_row.addWidget(browse)

        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b2182b")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(attributes_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.set_preview(preview)
        fit_dialog(self, QSize(1000, 680))  # on a small screen the tables shrink, the buttons stay

    # ---- content ---------------------------------------------------------------------------------
    def set_preview(self, preview: tasks.Preview) -> None:
        self.preview = preview
        self.sheet.clear()
        for name in preview.sheets:
            self.sheet.addItem(name)
        if preview.sheet:
            self.sheet.setCurrentText(preview.sheet)
        several = len(preview.sheets) > 1
        self.sheet.setVisible(several)
        self.sheet_label.setVisible(several)
        mapping = preview.mapping
        fmt = mapping.format_name
        self.format_label.setText(self.tr("Recognised: <b>%1</b> export.").replace("%1", fmt) if fmt else
                                  self.tr("Check what each column means, then press Import."))
        self.detected = dict(mapping.fields)
        chosen = dict(self.detected)
        columns = [str(c) for c in preview.frame.columns]
        remembered = self.app_settings.remembered_mapping(columns)
        if remembered and {f: c for f, c in remembered.items() if c in columns} != chosen:
            chosen = {f: c for f, c in remembered.items() if c in columns}
            self.format_label.setText(self.format_label.text() + "  " + self.tr(
                "Using the choices you made last time for a file with these columns."))
        by_column = {column: field for field, column in chosen.items()}
        words = self.words
        # how each column was found, as the import report says it ("as UCI Online Retail exports it")
        reasons = {column: how for _field, column, how in ImportReport(columns=mapping.uses()).column_uses(words)}
        for extra in consent_columns(columns, mapping)[1 if "consent" in mapping.fields else 0:]:
            reasons[extra.name] = self.tr("also read for consent: an opt-out in any consent column wins")
        self.columns.setRowCount(len(columns))
        for row, column in enumerate(columns):
            self.columns.setItem(row, 0, QTableWidgetItem(column))
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("MappingDialog", NOT_USED), "")
            for field in TRANSACTION_FIELDS:
                combo.addItem(words.t(FIELD_WORDS[field]) if field in FIELD_WORDS else field, field)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(column, ""))))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._on_changed(r))
            self.columns.setCellWidget(row, 1, combo)
            self.columns.setItem(row, 2, QTableWidgetItem(_examples(preview.frame[column])))
            self.columns.setItem(row, 3, QTableWidgetItem(reasons.get(column, "")))
            for c in (0, 2, 3):
                self.columns.item(row, c).setFlags(Qt.ItemIsEnabled)
        self.rows.model().set_frame(preview.frame.head(50))
        self.rows.fit_columns()
        self._check()

    def combo_for(self, column: str) -> QComboBox | None:
        for row in range(self.columns.rowCount()):
            if self.columns.item(row, 0).text() == column:
                return self.columns.cellWidget(row, 1)
        return None

    def chosen_mapping(self) -> dict[str, str]:
        """field -> column as the owner left it."""
        out = {}
        for row in range(self.columns.rowCount()):
            field = self.columns.cellWidget(row, 1).currentData()
            if field:
                out[field] = self.columns.item(row, 0).text()
        return out

    def _on_changed(self, row: int) -> None:
        field = self.columns.cellWidget(row, 1).currentData()
        if field:  # one column per field: clear the field elsewhere
            for other in range(self.columns.rowCount()):
                combo = self.columns.cellWidget(other, 1)
                if other != row and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._check()

    def _check(self) -> bool:
        fields = set(self.chosen_mapping())
        missing = []
        if "date" not in fields:
            missing.append(self.tr("which column holds the purchase date"))
        if not fields & {"customer_id", "email"}:
            missing.append(self.tr("which column says who the customer is (customer number or e-mail)"))
        if "amount" not in fields and not {"quantity", "unit_price"} <= fields:
            missing.append(self.tr("which column holds the amount (or quantity and unit price)"))
        problems = [self.tr("Please choose %1.").replace("%1", "; ".join(missing))] if missing else []
        sheet = self.sheet.currentText()
        if sheet and self.preview.sheet and sheet != self.preview.sheet:
            # (the sheet chosen is still being read: Import would take the one shown before)
            problems = [self.tr("Reading sheet %1…").replace("%1", sheet)]
        customers = self.attributes_path()
        if customers and Path(customers).exists() and not Path(customers).is_file():
            problems.append(self.tr("%1 is not a file (a folder, a device or a pipe): choose the customer file "
                                    "(Browse…), or clear the box to import without one.").replace("%1", customers))
        elif customers and not Path(customers).is_file():
            problems.append(self.tr("The customer file %1 is not there any more: choose it again "
                                    "(Browse…), or clear the box to import without it.").replace("%1", customers))
        self.problem.setText(" ".join(problems))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problems)
        return not problems

    # ---- actions ---------------------------------------------------------------------------------
    def _on_sheet(self, _index: int) -> None:
        sheet = self.sheet.currentText()
        if sheet and sheet != self.preview.sheet:
            self.runner.start(tasks.read_preview, self.preview.path, sheet, on_done=self.set_preview,
                              on_error=lambda e: self.problem.setText(
                                  e.text(error_words()) if isinstance(e, ClienteleError) else str(e)),
                              message=self.tr("Reading sheet %1…").replace("%1", sheet))
            self._check()

    def _browse_attributes(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Customer details file"),
                                              str(Path(self.preview.path).parent),
                                              file_filter())
        if path:
            self.attributes.setText(path)

    def _accept(self) -> None:
        if self._check():
            columns = [str(c) for c in self.preview.frame.columns]
            self.app_settings.remember_mapping(columns, self.chosen_mapping())
            self.app_settings.remember_customers_file(columns, self.attributes_path())
            self.accept()

    def import_options(self) -> ImportOptions:
        """ImportOptions for core: the sheet and the owner's changes to the detected mapping."""
        from core.importing import ImportOptions  # noqa: PLC0415 - loaded with the first file read

        chosen = self.chosen_mapping()
        overrides = {f: c for f, c in chosen.items() if self.detected.get(f) != c}
        overrides.update({f: None for f in self.detected if f not in chosen})
        return ImportOptions(sheet=self.preview.sheet, mapping=overrides)

    def attributes_path(self) -> str | None:
        text = self.attributes.text().strip()
        return text or None
