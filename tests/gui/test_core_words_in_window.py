"""A window whose analysis writes German shows core's sentences in German (issue 17): the import
report's sentences, the comparison's headline on the Overview, the lists' names on Offers."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from core.language import Language
from core.words import Phrase


def test_core_sentences_in_the_shops_language(german, qtbot):
    assert german.session.shop_info().language is Language.GERMAN
    report = german.import_page.report.toPlainText()
    assert "Clientele hat 33.073 Zeilen aus online_retail_sample.xlsx, Blatt „Online Retail“ gelesen." in report
    assert "keine Kundennummer" in report
    heading = german.import_page.heading.text()         # (the sample opens with its customers file)
    assert "„Accepts marketing“" in heading and '"Accepts marketing"' not in heading
    german.show_page("Overview")
    qtbot.waitUntil(lambda: "in ein besseres Segment gewechselt" in german.pages["Overview"].changes_line.text(),
                    timeout=30000)
    german.show_page("Offers")
    lists = german.pages["Offers"].lists
    qtbot.waitUntil(lambda: lists.count() > 0, timeout=30000)
    names = [lists.item(row).text() for row in range(lists.count())]
    assert any(name.startswith("Verlorene Kunden") for name in names)
    assert any(name.startswith("Eingeschlafen") for name in names)


def test_the_results_page_says_a_campaigns_results_in_german(store, german, qtbot):
    from PySide6.QtCore import QDate  # noqa: PLC0415 - as the Results page's own tests

    from gui.results_view import ResultsRequest, load_results  # noqa: PLC0415 - as above

    # before the sent date is set, the file open ends before the recorded one (right after an export):
    # the page says when to come back, its dates written as the window's language writes them
    view = load_results(ResultsRequest(store=str(store), window_language=Language.GERMAN),
                        german.session.imported.result)
    assert view.waiting and "9. Dezember 2011" in view.problem
    page = german.pages["Results"]
    german.show_page("Results")
    runner = german.session.results_runner
    qtbot.waitUntil(lambda: page.view is not None and not runner.is_busy(), timeout=30000)
    with qtbot.waitSignal(runner.busy_changed, timeout=30000, check_params_cb=lambda busy: not busy):
        page.sent_date.setDate(QDate(2011, 9, 30))      # the sample's campaign went out when its ten months ended
    assert page.view.results is not None
    text = page.words.toPlainText()
    assert "Aktion 1: erstellt am " in text and "Der Zeitraum ist vollständig." in text
    assert "Eingeschlafen: 68 angeschrieben (10 kauften, 15 %), 8 in der Kontrollgruppe" in text  # (German locale)
    assert "Zu klein für eine Aussage: bei 181 Angeschriebenen und 21 in der Kontrollgruppe" in text
    assert "Lesen Sie zuerst die Zeile „Alle Listen“" in text
    assert "Too small" not in text and "All lists" not in text and " mailed (" not in text
    model = page.table.model()
    shown = [[model.text(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert shown[-1][0] == "Alle Listen" and shown[-1][15] == "zu klein für eine Aussage"
    assert [bar.label for bar in page.view.bars][-1] == "Alle Listen"


def test_the_import_pages_warnings_in_the_shops_language(tmp_path, qtbot):
    """The import page's red warnings, at the top and under the report, in the shop's language."""
    from core.importing import import_purchases  # noqa: PLC0415 - pandas stays out of the tests' start-up
    from core.words import Words  # noqa: PLC0415 - as above
    from gui.pages.import_report import report_html, summary_html  # noqa: PLC0415 - as above

    path = tmp_path / "orders.csv"
    path.write_text("Date,Customer,Amount,Amount\n2024-01-05,A1,10,1\n2024-01-06,A2,12,2\n", encoding="utf-8")
    report = import_purchases(path).report
    german = Words(Language.GERMAN)
    for html in (summary_html(report, german), report_html(report, "Die Kaufdatei", german)):
        assert "Mehrere Spalten heißen „Amount“" in html and "Two or more columns" not in html
    assert "Two or more columns are named &quot;Amount&quot;" in summary_html(report)   # (English without)


def test_the_segment_map_shows_default_names_in_the_shops_language_and_keeps_them(german, qtbot):
    """The segment map editor showed "Loyal Customers" beside a table saying "Treue Kunden"; it now
    shows the shop's words, and a name left as shown is still the map's own name (so nothing is
    renamed by reading it back), while a name typed over it is the owner's."""
    editor = german.pages["Segments"].editor
    german.show_page("Segments")
    qtbot.waitUntil(lambda: editor.table.rowCount() == 10, timeout=30000)
    shown = [editor.table.item(row, 0).text() for row in range(editor.table.rowCount())]
    assert shown[:2] == ["Champions", "Treue Kunden"] and "Loyal Customers" not in shown
    assert [s.name for s in editor.segments()][:2] == ["Champions", "Loyal Customers"]
    editor.table.item(1, 0).setText("Stammkunden")
    assert [s.name for s in editor.segments()][:2] == ["Champions", "Stammkunden"]


def test_the_tier_ladder_shows_default_names_in_the_shops_language_and_keeps_them(german, qtbot):
    page = german.pages["Loyalty tiers"]
    german.show_page("Loyalty tiers")
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=30000)
    assert [page.table.item(row, 0).text() for row in range(4)] == ["Bronze", "Silber", "Gold", "Platin"]
    assert list(page.rules().names) == ["Bronze", "Silver", "Gold", "Platinum"]
    page.table.item(3, 0).setText("Diamant")
    assert page.rules().names[-1] == "Diamant"


def test_a_customers_file_that_names_nobody_who_bought_is_said_on_the_import_page(window, qtbot, tmp_path):
    purchases = tmp_path / "orders.csv"
    purchases.write_text("Customer,Date,Amount\n" + "".join(f"K{i},2024-0{1 + i % 6}-10,{10 + i}.00\n"
                                                           for i in range(12)), encoding="utf-8")
    customers = tmp_path / "customers.csv"
    customers.write_text("Email,Accepts Marketing\n" + "".join(f"k{i}@example.com,yes\n" for i in range(12)),
                         encoding="utf-8")
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=60000):
        window.import_flow.start_with_options(str(purchases), None, str(customers))
    page = window.import_page
    qtbot.waitUntil(lambda: "customers file" in page.totals.text(), timeout=30000)
    assert "None of the 12 customers of the customers file bought anything" in page.totals.text()
    assert "by e-mail address, the purchases file by customer id" in page.totals.text()


def test_the_occasions_tables_and_the_predictions_note_in_the_shops_language(german, qtbot):
    """The Occasions page's tables showed "Due to re-buy", "Active", "Silver" in a German shop, and the
    Customers page the predictions' reason in English (the model check had it in German)."""
    german.show_page("Occasions")
    page = german.pages["Occasions"]
    model = page.upcoming.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=30000)
    headers = [model.headerData(i, Qt.Horizontal) for i in range(model.columnCount())]
    shown = {c: {model.text(r, c) for r in range(model.rowCount())} for c in range(model.columnCount())}
    occasions = set().union(*(values for values in shown.values() if values & {"Bald Geburtstag", "Nachkauf fällig",
                                                                              "Bald Kundenjubiläum"}))
    assert occasions and not occasions & {"Birthday soon", "Due to re-buy", "Anniversary soon"}, headers
    every = set().union(*shown.values())
    assert not every & {"Active", "Silver", "Lost", "Inactive", "Platinum"}   # (Gold and Bronze are German too)
    assert every & {"Aktiv", "Silber", "Gold", "Bronze"}
    seg = german.session.segmentation
    phrase = Phrase("Predictions need customers who bought something; there are none.")
    predictions = dataclasses.replace(seg.predictions, guardrail=str(phrase), guardrail_phrase=phrase)
    customers = german.pages["Customers"]
    customers.show_predictions_state(dataclasses.replace(seg, predictions=predictions))
    note = customers.predictions_note.text()
    assert "Predictions need" not in note and "Vorhersagen" in note
