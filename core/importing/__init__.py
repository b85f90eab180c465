"""Reading a shop's files: file kinds, workbooks and text files, headers, dates, amounts, column mapping, cleaning, the import report.

The rest of the app uses the names below; the modules behind them are this package's own business.
(Importing this package loads pandas, pyarrow and fastexcel: the window imports it when it first
reads a file, never at start-up.)
"""

from core.importing.consent_book import ConsentBook, FileConsent, combine_consent, consent_columns
from core.importing.importer import (
    AttributesResult,
    ImportOptions,
    ImportResult,
    SourceInfo,
    import_customer_attributes,
    import_purchases,
)
from core.importing.mapping import ColumnMapping
from core.importing.preview import FilePreview, preview_file
from core.importing.raw_table import RawTable
from core.importing.report import ImportReport, SetAside

__all__ = [
    "AttributesResult",
    "ColumnMapping",
    "ConsentBook",
    "FileConsent",
    "FilePreview",
    "ImportOptions",
    "ImportReport",
    "ImportResult",
    "RawTable",
    "SetAside",
    "SourceInfo",
    "combine_consent",
    "consent_columns",
    "import_customer_attributes",
    "import_purchases",
    "preview_file",
]
