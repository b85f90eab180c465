"""core.importing.status_column: a Type or Status column that calls kept purchases refunds is said."""

from __future__ import annotations

from core.importing import import_purchases


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
