"""A column that says some rows are refunds or cancellations, in a file no known export describes
(definitions §1, "Rows set aside"): a hand-kept sheet's "Type" column holding "Refund", a till's
"Status" holding "Cancelled". Clientele does not guess what such a row is worth (its amount may be
the refund, or the original sale), so it keeps counting it as the file says, and the report says
how many kept purchases the column calls refunds or cancellations, so that the owner can look.

Known exports (core/importing/shop_formats.py) read their own status columns and are not looked at
here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.importing.headers import normalise_header
from core.importing.mapping import ColumnMapping
from core.schema import TX_RETURN, TX_ROW
from core.words import Phrase

#: Headers of a column that tells what kind of row it is (normalised: lower case, no accents).
STATUS_HEADERS = frozenset({
    "type", "status", "order status", "transaction type", "financial status", "payment status", "kind",
    "art", "typ", "status der bestellung", "buchungsart", "vorgang", "belegart",
    "statut", "type de transaction", "etat", "nature",
    "estado", "tipo", "tipo de transaccion",
    "stato", "tipo transazione", "causale",
    "soort", "transactietype",
})
#: What such a column says of a refund, a return or a cancellation (lower case, trimmed).
REFUND_WORDS = frozenset({
    "refund", "refunded", "return", "returned", "cancelled", "canceled", "cancel", "cancellation", "void",
    "voided", "chargeback", "credit", "credit note", "reversal",
    "storno", "storniert", "erstattung", "erstattet", "ruckerstattung", "rückerstattung", "gutschrift",
    "retoure", "rucksendung", "rücksendung",
    "annule", "annulé", "annulee", "annulée", "annulation", "remboursement", "rembourse", "remboursé", "avoir",
    "reembolso", "reembolsado", "devolucion", "devolución", "cancelado", "anulado",
    "rimborso", "rimborsato", "reso", "annullato", "stornato",
    "terugbetaling", "terugbetaald", "retour", "geannuleerd", "creditnota",
})


def refund_rows_note(frame: pd.DataFrame, mapping: ColumnMapping, transactions: pd.DataFrame,
                     first_data_row: int) -> Phrase | None:
    """The report's note when a column of ``frame`` that no field uses (STATUS_HEADERS) calls kept
    purchases (not already returns) refunds or cancellations (REFUND_WORDS); None otherwise.
    ``frame``: the file's rows (position = spreadsheet row − ``first_data_row``); ``transactions``:
    the clean table (its ``source_row`` and ``is_return``)."""
    used = set(mapping.fields.values())
    columns = [c for c in frame.columns if c not in used and normalise_header(c) in STATUS_HEADERS]
    if not columns or not len(transactions):
        return None
    kept = transactions[~transactions[TX_RETURN].to_numpy(dtype=bool)]
    positions = kept[TX_ROW].to_numpy(dtype=np.int64) - first_data_row
    positions = positions[(positions >= 0) & (positions < len(frame))]
    for column in columns:
        codes, distinct = pd.factorize(frame[column].iloc[positions], use_na_sentinel=True)
        refund = np.array([str(value).strip().lower() in REFUND_WORDS for value in distinct], dtype=bool)
        if not refund.any():
            continue
        hits = (codes >= 0) & refund[np.maximum(codes, 0)]
        count = int(hits.sum())
        if count:
            example = str(distinct[int(codes[np.flatnonzero(hits)[0]])]).strip()
            return Phrase.counted(
                'The column "{column}" says "{example}" on {n} row that was counted as a purchase (its amount is '
                "not negative). If it is a refund or a cancellation, give it a minus sign or take it out of the "
                "file, and import again.",
                'The column "{column}" says "{example}" (or another refund or cancellation word) on {n} rows that '
                "were counted as purchases (their amounts are not negative). If they are refunds or cancellations, "
                "give them a minus sign or take them out of the file, and import again.",
                count, column=str(column), example=example[:40])
    return None
