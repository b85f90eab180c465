"""core.importing.status_column: a Type or Status column that calls kept purchases refunds is said."""

from __future__ import annotations

import pandas as pd

from core.importing import import_purchases
from core.importing.mapping import detect_mapping
from core.importing.status_column import refund_rows_note
from tests.factories import tx_frame


def _write(path, rows):
    path.write_text("Customer,Date,Type,Amount\n" + "".join(f"{c},{d},{t},{a}\n" for c, d, t, a in rows),
                    encoding="utf-8")
    return path


def test_a_type_column_calling_positive_rows_refunds_is_warned_about(tmp_path):
    """Found by a hostile trial: "Refund" rows with positive amounts were counted as sales without a word."""
    rows = [("C1", "2024-01-05", "Sale", "20.00"), ("C1", "2024-01-09", "Refund", "20.00"),
            ("C2", "2024-01-06", "Sale", "35.00"), ("C2", "2024-01-07", "refunded", "5.00"),
            ("C3", "2024-01-08", "Sale", "12.00"), ("C3", "2024-01-10", "Refund", "-12.00")]
    result = import_purchases(_write(tmp_path / "orders.csv", rows))
    said = [str(w) for w in result.report.warnings]
    assert said == ['The column "Type" says "Refund" (or another refund or cancellation word) on 2 rows that were '
                    "counted as purchases (their amounts are not negative). If they are refunds or cancellations, "
                    "give them a minus sign or take them out of the file, and import again."]
    assert round(float(result.transactions["amount"].sum()), 2) == 80.00       # (the file's figures, as it says)


def test_a_type_column_without_refunds_says_nothing(tmp_path):
    rows = [("C1", "2024-01-05", "Sale", "20.00"), ("C2", "2024-01-06", "Gift card", "35.00"),
            ("C3", "2024-01-10", "Refund", "-12.00")]           # (a refund already negative: a return)
    assert import_purchases(_write(tmp_path / "orders.csv", rows)).report.warnings == []


def test_refund_rows_note_counts_kept_rows_its_status_column_calls_cancelled():
    """refund_rows_note itself: the file's rows, their mapping and the clean table. Row 3 (C1's second
    purchase) is "Cancelled" in a Status column no field uses; kept as a purchase it is said, once; the
    same row kept as a return (its amount negative) is not."""
    frame = pd.DataFrame({"Customer": ["C1", "C1", "C2"], "Date": ["2024-01-05", "2024-01-09", "2024-01-06"],
                          "Status": ["Paid", "Cancelled", "Paid"], "Amount": ["20", "20", "35"]})
    mapping = detect_mapping(frame)
    assert "Status" not in mapping.fields.values()
    kept = tx_frame([("C1", "2024-01-05", 20.0, None, False), ("C1", "2024-01-09", 20.0, None, False),
                     ("C2", "2024-01-06", 35.0, None, False)])            # source rows 2, 3, 4
    note = refund_rows_note(frame, mapping, kept, first_data_row=2)
    assert note is not None and note.n == 1
    assert str(note) == ('The column "Status" says "Cancelled" on 1 row that was counted as a purchase (its amount '
                         "is not negative). If it is a refund or a cancellation, give it a minus sign or take it out "
                         "of the file, and import again.")
    returned = tx_frame([("C1", "2024-01-05", 20.0, None, False), ("C1", "2024-01-09", -20.0, None, True),
                         ("C2", "2024-01-06", 35.0, None, False)])
    assert refund_rows_note(frame, mapping, returned, first_data_row=2) is None
