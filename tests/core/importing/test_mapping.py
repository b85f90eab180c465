"""Column mapping: header names in six languages, content detection, known exports, overrides."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from core.errors import InputError
from core.importing.headers import fields_for_header, normalise_header
from core.importing.importer import ImportOptions, import_customer_attributes, import_purchases
from core.importing.mapping import BY_CONTENT, BY_HEADER, BY_USER, ColumnMapping, detect_mapping, names_customers
from core.language import Language
from core.schema import CUSTOMER_FILE_FIELDS
from core.words import Words


@pytest.mark.parametrize("headers, expected", [
    (["Rechnungsdatum", "Kundennummer", "Betrag", "Artikel", "Land"],
     {"date": "Rechnungsdatum", "customer_id": "Kundennummer", "amount": "Betrag",
      "product": "Artikel", "country": "Land"}),
    (["Date de commande", "N° client", "Montant", "Ville", "Quantité", "Prix unitaire"],
     {"date": "Date de commande", "customer_id": "N° client", "amount": "Montant",
      "city": "Ville", "quantity": "Quantité", "unit_price": "Prix unitaire"}),
    (["Fecha", "ID Cliente", "Importe", "Correo electrónico", "País"],
     {"date": "Fecha", "customer_id": "ID Cliente", "amount": "Importe",
      "email": "Correo electrónico", "country": "País"}),
    (["Data ordine", "Codice cliente", "Importo", "Numero ordine", "Città"],
     {"date": "Data ordine", "customer_id": "Codice cliente", "amount": "Importo",
      "order_id": "Numero ordine", "city": "Città"}),
    (["Besteldatum", "Klantnummer", "Bedrag", "Aantal", "Omschrijving"],
     {"date": "Besteldatum", "customer_id": "Klantnummer", "amount": "Bedrag",
      "quantity": "Aantal", "product": "Omschrijving"}),
    (["Order Date", "Cust. No.", "Qty", "Unit Price", "E-Mail", "Order #"],
     {"date": "Order Date", "customer_id": "Cust. No.", "quantity": "Qty",
      "unit_price": "Unit Price", "email": "E-Mail", "order_id": "Order #"}),
])
def test_header_names(headers, expected):
    frame = pd.DataFrame([["x"] * len(headers)], columns=headers)
    mapping = detect_mapping(frame)
    for field, column in expected.items():
        assert mapping.fields.get(field) == column, field
        assert mapping.reasons[field] == BY_HEADER


def test_normalise_header():
    assert normalise_header(" Kunden-Nr. ") == "kunden nr"
    assert normalise_header("Café_Total") == "cafe total"
    assert fields_for_header("CustomerID") == ["customer_id"]


def test_content_detection_when_names_do_not_help():
    frame = pd.DataFrame({
        "A": ["2024-01-02", "2024-01-03", "2024-02-01", "2024-02-05"],
        "B": ["ann@example.com", "bob@example.com", "ann@example.com", "cy@example.com"],
        "C": ["€12.50", "€3.00", "€7.25", "€1.10"],
        "D": ["red", "blue", "green", "red"],
    })
    mapping = detect_mapping(frame)
    assert mapping.fields == {"date": "A", "amount": "C", "email": "B"}
    assert all(mapping.reasons[f] == BY_CONTENT for f in ("date", "amount", "email"))


def test_content_detection_of_e_mails_uses_the_mailable_address_rule():
    """A column is found as e-mails by content with core.contacts' rule: lists of addresses in one
    cell ("a@x.com;b@x.com") are not addresses, so such a column is not taken for the e-mail."""
    dates = ["2024-01-02", "2024-01-03", "2024-02-01", "2024-02-05"]
    one = pd.DataFrame({"A": dates, "B": ["ann@example.com", "bo@x.co.uk", "ann@example.com", "cy@ex.shop"]})
    assert detect_mapping(one).fields.get("email") == "B"
    lists = pd.DataFrame({"A": dates, "B": ["ann@example.com,bo@x.com", "c@x.com;d@x.com", "<e@x.com>",
                                           "f@x.com,g@x.com"]})
    assert "email" not in detect_mapping(lists).fields


def test_content_detection_of_id_like_column():
    frame = pd.DataFrame({
        "when": ["2024-01-02", "2024-01-03", "2024-02-01", "2024-02-05"],
        "x1": ["C-001", "C-002", "C-001", "C-003"],
        "x2": ["12.50", "3.00", "7.25", "1.10"],
    })
    mapping = detect_mapping(frame)
    assert mapping.fields["customer_id"] == "x1" and mapping.fields["amount"] == "x2"


def test_overrides_win_and_unmap():
    frame = pd.DataFrame(columns=["Date", "Customer", "Amount", "Buyer"])
    mapping = detect_mapping(frame, {"customer_id": "buyer", "amount": ""})
    assert mapping.fields["customer_id"] == "Buyer" and mapping.reasons["customer_id"] == BY_USER
    assert "amount" not in mapping.fields


def test_override_moves_a_column_away_from_another_field():
    frame = pd.DataFrame(columns=["Date", "Customer", "Total"])
    mapping = detect_mapping(frame, {"unit_price": "Total"})
    assert mapping.fields["unit_price"] == "Total" and "amount" not in mapping.fields


def test_override_to_missing_column_lists_columns():
    frame = pd.DataFrame(columns=["Date", "Customer", "Amount"])
    with pytest.raises(InputError) as caught:
        detect_mapping(frame, {"amount": "Totals"}, file="x.csv")
    assert '"Totals"' in str(caught.value) and '"Date", "Customer", "Amount"' in str(caught.value)


def test_json_round_trip():
    mapping = detect_mapping(pd.DataFrame(columns=["Date", "Customer", "Amount"]))
    again = ColumnMapping.from_dict(json.loads(json.dumps(mapping.to_dict())))
    assert again == mapping and again.uses_amount_column()


def test_quantity_and_price_preferred_over_a_total_found_by_name():
    mapping = detect_mapping(pd.DataFrame(columns=["Date", "Customer", "Qty", "Price", "Total"]))
    assert not mapping.uses_amount_column()


def test_customer_file_fields():
    frame = pd.DataFrame(columns=["Kundennummer", "Vorname", "Nachname", "Newsletter", "Geburtsdatum",
                                  "Kunde seit"])
    mapping = detect_mapping(frame, fields=CUSTOMER_FILE_FIELDS)
    assert mapping.fields == {"customer_id": "Kundennummer", "first_name": "Vorname",
                              "last_name": "Nachname", "consent": "Newsletter",
                              "birthday": "Geburtsdatum", "signup_date": "Kunde seit"}


def test_product_codes_are_not_taken_for_customers():
    frame = pd.DataFrame({"Date": ["2024-01-01"] * 4, "SKU": ["A-1", "A-2", "A-1", "A-1"],
                          "Amount": ["1.00", "2.00", "3.00", "4.00"]})
    assert "customer_id" not in detect_mapping(frame).fields


def test_price_without_quantity_is_the_amount():
    mapping = detect_mapping(pd.DataFrame(columns=["Datum", "Kunde", "Preis"]))
    assert mapping.fields["amount"] == "Preis" and "unit_price" not in mapping.fields
    assert mapping.uses_amount_column()


@pytest.mark.parametrize(("header", "field"), [
    ("Billing Address1", "address"), ("Street address", "address"), ("Straße", "address"), ("Adresse", "address"),
    ("Dirección", "address"), ("Indirizzo", "address"), ("Straat", "address"), ("Billing Zip", "postcode"),
    ("Postal code", "postcode"), ("PLZ", "postcode"), ("Code postal", "postcode"), ("CAP", "postcode"),
    ("Postcode", "postcode")])
def test_address_headers_in_six_languages(header, field):
    """Addresses for a postal list (definitions §1, §6): street and postcode besides city and country."""
    assert fields_for_header(header)[0] == field


def test_email_address_is_not_a_postal_address():
    assert "address" not in fields_for_header("Email Address")


def test_a_customer_column_of_e_mail_addresses_names_customers_by_address(tmp_path):
    """i04_email_as_customer.csv: "Ann@Shop.com", "ann@shop.com " and " ANN@SHOP.COM" in a column named
    Customer were three customers (six in all instead of three)."""
    path = tmp_path / "orders.csv"
    path.write_text("Customer,Date,Amount\nAnn@Shop.com,2024-01-05,10.0\nann@shop.com ,2024-02-05,20.0\n"
                    " ANN@SHOP.COM,2024-03-05,30.0\nbob@x.de,2024-01-07,5.0\nBob@X.de,2024-03-07,6.0\n"
                    ",2024-03-08,9.0\ncarl@x.de\u200b,2024-03-10,1.0\ncarl@x.de,2024-03-11,1.0\n", encoding="utf-8")
    result = import_purchases(path)
    assert result.mapping.keyed_by_email() and result.mapping.fields["email"] == "Customer"
    assert sorted(result.transactions["customer_id"].unique()) == ["ann@shop.com", "bob@x.de", "carl@x.de"]
    assert result.report.customers == 3 and result.report.set_aside_count("no customer e-mail") == 1
    assert [str(n) for n in result.report.notes] == [
        'The customer column "Customer" holds e-mail addresses, so customers are told apart by their address, in '
        "lower case and without spaces around it (Ann@Shop.com and ann@shop.com are one customer)."]
    assert "Die Kundenspalte „Customer“ enthält E-Mail-Adressen" in result.report.to_text(Words(Language.GERMAN))
    people = tmp_path / "kunden.csv"   # (a customers file the same way: matched on the address)
    people.write_text("Kunde,Stadt\nANN@shop.com,Leeds\n", encoding="utf-8")
    customers = import_customer_attributes(people, by_email=result.mapping.keyed_by_email())
    assert customers.attributes["customer_id"].tolist() == ["ann@shop.com"]
    # an owner's choice, or a column of ids with a few addresses, stays an id column
    chosen = import_purchases(path, ImportOptions(mapping={"customer_id": "Customer"}))
    assert not chosen.mapping.keyed_by_email() and chosen.report.customers == 6   # ("carl@x.de\u200b" is "carl@x.de")
    ids = pd.DataFrame({"Customer": ["K1", "K2", "a@b.de", "K1", "K3"], "Date": ["2024-01-01"] * 5,
                        "Amount": ["1.50"] * 5})
    assert detect_mapping(ids).fields["customer_id"] == "Customer"


@pytest.mark.parametrize("header, amount", [
    ("Invoice,Customer,Date,Net,VAT,Gross,Paid,Balance", "Net"),
    ("Customer ID,Date,Gross,Net", "Net"),
    ("Customer ID,Date,Amount,Paid", "Amount"),
    ("Order,Customer,Date,Subtotal,Shipping,Tax,Total", "Subtotal"),
    ("Customer ID,Date,Paid,Total", "Total"),
    ("Kunde,Datum,Brutto,Netto", "Netto"),
    ("Customer ID,Date,Gross,Paid", "Gross"),
])
def test_the_net_amount_is_preferred_to_gross_and_to_what_was_paid(tmp_path, header, amount):
    """n03_invoice_list.csv (Net, VAT, Gross, Paid, Balance): "Paid" was taken for the amount, the only
    one of them Clientele knew by name; an invoice paid in part then counted only what was paid."""
    columns = header.split(",")
    path = tmp_path / "invoices.csv"
    values = {"Invoice": "1001", "Order": "1001", "Customer": "C1", "Customer ID": "C1", "Kunde": "C1",
              "Date": "2024-01-05", "Datum": "2024-01-05", "Net": "100.00", "Netto": "100.00", "VAT": "19.00",
              "Gross": "119.00", "Brutto": "119.00", "Paid": "50.00", "Balance": "69.00", "Amount": "100.00",
              "Subtotal": "100.00", "Shipping": "4.90", "Tax": "19.00", "Total": "123.90"}
    path.write_text(header + "\n" + ",".join(values[c] for c in columns) + "\n", encoding="utf-8")
    result = import_purchases(path)
    assert result.mapping.fields["amount"] == amount
    assert result.transactions["amount"].tolist() == [float(values[amount])]


def test_a_money_column_of_whole_numbers_is_never_taken_for_the_customer():
    # found by a hostile trial: an invoice list's "Balance" (0, 60, 0…) was read as the customer number
    # because "Who" is no known name for the customer
    frame = pd.DataFrame({"Inv #": ["INV-1", "INV-2", "INV-3", "INV-4", "INV-5"],
                          "Who": ["ACME", "Bolt", "ACME", "Cog", "Bolt"],
                          "When": pd.to_datetime(["2024-06-01", "2024-06-02", "2024-06-03", "2024-06-04", "2024-06-05"]),
                          "Gross": [120.0, 60.0, 12.0, 6.0, 6.0], "VAT": [20.0, 10.0, 2.0, 1.0, 1.0],
                          "Net": [100.0, 50.0, 10.0, 5.0, 5.0], "Paid": [120.0, 0.0, 12.0, 6.0, 6.0],
                          "Balance": [0.0, 60.0, 0.0, 0.0, 0.0]})
    mapping = detect_mapping(frame)
    assert mapping.fields["customer_id"] == "Who" and mapping.fields["amount"] == "Net"
    for header in ("Balance", "Total due", "Saldo", "Solde", "Montant", "Betrag"):
        assert detect_mapping(frame.rename(columns={"Balance": header}).drop(columns=["Who"])).fields.get(
            "customer_id") != header


def test_a_column_of_remarks_is_not_the_customer_and_names_tell_customers_apart(tmp_path):
    """Found by a trial on a florist's hand-kept sheet: the remark column (bar, Hochzeit, Lieferung,
    Trauerkranz on some rows) was taken for the customer number "by its content", so 4 'customers'
    and 43 % of the rows set aside as without a customer, while a column "Name" held the customers."""
    remarks = ["bar", "", "Hochzeit", "", "Lieferung", "Trauerkranz", "", "bar", "", "Hochzeit"] * 6
    people = ["Zoë Krüger", "Anna Braun", "Finn Schneider", "Julia Braun", "Mia Neumann", "Jonas Schwarz"] * 10
    rows = [f"{1 + k % 28:02d}.0{1 + k % 9}.2023;{5000 + k};{people[k]};{10 + k},50;{remarks[k]}"
            for k in range(60)]
    path = tmp_path / "kundenbuch.csv"
    path.write_text("Datum;Beleg-Nr.;Name;Summe (€);Bemerkung\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = import_purchases(path)
    assert result.mapping.fields["customer_id"] == "Name" and "name" not in result.mapping.fields
    assert result.mapping.fields["order_id"] == "Beleg-Nr."
    assert result.report.rows_kept == 60 and result.report.customers == 6
    assert ('Customers are told apart by their names in "Name": two customers with the same name count as one, '
            "and a name written two ways counts as two customers.") in " ".join(str(n) for n in result.report.notes)
    # the remark column alone, filled on every row, is still no customer column: four values are no customers
    frame = pd.DataFrame({"Datum": ["01.02.2023"] * 40, "Summe": ["10,00"] * 40,
                          "Zahlart": (["bar", "Karte", "Lieferung", "Hochzeit"] * 10)})
    assert "customer_id" not in detect_mapping(frame).fields


def test_customer_numbers_found_by_content_need_no_name_note():
    frame = pd.DataFrame({"When": pd.to_datetime(["2024-06-01"] * 12), "Who": ["C1", "C2", "C3", "C4", "C5", "C1"] * 2,
                          "Net": [10.0] * 12, "Name": ["Ann Lee", "Bo Kim", "Cy Ray", "Di Orr", "Ed Fox", "Ann Lee"] * 2})
    mapping = detect_mapping(frame)
    assert mapping.fields["customer_id"] == "Who" and mapping.fields["name"] == "Name"
    assert not names_customers(mapping, frame)


def test_a_customer_list_given_as_the_purchases_file_is_said_to_be_one(tmp_path):
    """Found by a trial on files shaped like the real exports: Shopify's customers export chosen as the
    purchases file was refused with "add a column of dates", which a shop owner would do."""
    path = tmp_path / "customers_export.csv"
    path.write_text("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Total Spent,Total Orders\n"
                    "7012345678901,Ann,Meyer,ann@example.com,yes,78.00,3\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_purchases(path)
    assert str(caught.value).startswith(
        'customers_export.csv: This looks like a list of customers (one row per customer, with totals such as '
        '"Total Spent", "Total Orders"), not a list of purchases')
    assert "Export the orders or sales instead" in str(caught.value)


def test_a_column_named_wrongly_gets_an_example_that_fits_the_field():
    """Found by a trial of the command line: --map coupon_code=Nope advised --map coupon_code="InvoiceNo"."""
    frame = pd.DataFrame({"InvoiceNo": ["1"], "Date": ["2024-01-01"], "Customer": ["C1"], "Amount": ["2"],
                          "Discount Code": ["X"]})
    with pytest.raises(InputError) as caught:
        detect_mapping(frame, {"coupon_code": "Nope"}, fields=("date", "customer_id", "amount", "coupon_code"))
    assert 'for example --map coupon_code="Discount Code"' in str(caught.value)
    with pytest.raises(InputError) as caught:
        detect_mapping(frame.drop(columns=["Discount Code"]), {"coupon_code": "Nope"},
                       fields=("date", "customer_id", "amount", "coupon_code"))
    assert 'as --map coupon_code="NAME"' in str(caught.value) and "InvoiceNo\")" not in str(caught.value)


def test_an_amount_column_of_line_totals_beside_quantity_and_price_is_the_amount(tmp_path):
    """Found by a trial on hand-kept sheets: "Gesamt" (what was paid, after a discount) beside "Menge" and
    "Einzelpreis" was left for quantity × unit price, 120 where Müller paid 98, while the report listed
    "Gesamt" as the amount column."""
    def imported(text: str):
        path = tmp_path / "verkauf.csv"
        path.write_text(text, encoding="utf-8")
        result = import_purchases(path)
        return result, result.transactions.groupby("customer_id")["amount"].sum().to_dict()

    result, spent = imported("Datum;Kunde;Artikel;Menge;Einzelpreis;Rabatt;Gesamt\n"
                             "01.03.2024;Müller;Tasse;2;10,00;10%;18,00 €\n15.03.2024;Müller;Kanne;1;100,00;20%;80,00 €\n"
                             "02.03.2024;Weiß;Teller;3;3,00;;9,00 €\n")
    assert spent == {"Müller": 98.0, "Weiß": 9.0} and result.report.amount_rule == "amount column"
    assert ('The amount column "Gesamt" was used, not quantity × unit price: it holds each line\'s total, lower on '
            "2 rows (what was paid after a discount).") in [str(n) for n in result.report.notes]
    # an order's total on each of its lines is more than a line is worth: quantity × unit price stays
    result, spent = imported("Date,Customer,Order,Qty,Price,Total\n2024-03-01,C1,O1,2,10.00,45.00\n"
                             "2024-03-01,C1,O1,1,25.00,45.00\n2024-03-02,C2,O2,1,9.00,9.00\n")
    assert spent == {"C1": 45.0, "C2": 9.0} and result.report.amount_rule == "quantity × unit price"
