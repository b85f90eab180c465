"""core.importing.headers: column names in many languages and spellings, matched to fields."""

from __future__ import annotations

from core.importing.headers import NOT_CUSTOMER_WORDS, fields_for_header, is_known_header, normalise_header


def test_normalising_drops_case_accents_and_punctuation():
    assert normalise_header("Kunden-Nr.") == "kunden nr"
    assert normalise_header("  Date d'Inscription ") == "date d inscription"
    assert normalise_header(12) == "12"


def test_known_headers_give_their_fields():
    assert "customer_id" in fields_for_header("Customer ID")
    assert "customer_id" in fields_for_header("CustomerID")       # without the space as well
    assert fields_for_header("InvoiceDate")[0] == "date"
    assert is_known_header("E-Mail") and "email" in fields_for_header("E-Mail")
    # German receipt and invoice numbers written short (found by a trial on a florist's hand-kept sheet)
    for header in ("Beleg-Nr.", "Rechnungs-Nr.", "Bestell-Nr.", "Bon-Nr."):
        assert fields_for_header(header) == ["order_id"], header


def test_unknown_headers_give_nothing():
    assert fields_for_header("Favourite colour") == []
    assert not is_known_header("")


def test_words_that_are_never_the_customer():
    assert {"sku", "invoice", "product"} <= NOT_CUSTOMER_WORDS


def test_names_compare_without_spacing_and_without_an_answer_hint():
    for header in ("AcceptsMarketing", "E-mail consent", "e_mail_consent", "E-Mail Consent", "MarketingConsent",
                   "DoNotEmail", "E-mail unsubscribed", "Accepts E-mail Marketing", "Marketing consent (yes/no)",
                   "Newsletter (Y/N)", "Unsubscribed (true/false)", "Opt Out (Email)"):
        assert fields_for_header(header) == ["consent"], header
    assert fields_for_header("CustomerID") == ["customer_id"] and fields_for_header("Unit_Price") == ["unit_price"]
    assert fields_for_header("Colour (yes/no)") == [] and fields_for_header("yes no") == []
