<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>Find your best customers, win back the quiet ones, reward loyalty — offline, on your own computer. Nothing leaves this machine.</source>
        <translation>Finden Sie Ihre besten Kunden, gewinnen Sie stille zurück, belohnen Sie Treue – offline, auf Ihrem eigenen Computer. Nichts verlässt diesen Rechner.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data:&lt;/b&gt; %1 (UCI Machine Learning Repository, data set 352).</source>
        <translation>&lt;b&gt;Beispieldaten:&lt;/b&gt; %1 (UCI Machine Learning Repository, Datensatz 352).</translation>
    </message>
</context>
<context>
    <name>CellFormat</name>
    <message>
        <source>Yes</source>
        <extracomment>Column kinds, decided once per column from its dtype (PERCENT: a share from 0 to 1 by its name). Number kinds: right-aligned, sorted largest first at the first click. Columns holding a share from 0 to 1, shown as a whole percentage (&quot;78%&quot;; definitions §11&apos;s p_alive). the display text of the first rows, by column position, made off the GUI thread with the formatters of ``texts_locale`` (gui.table_model.with_first_texts; empty when not made)</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>Customer</source>
        <extracomment>The columns of the list of a cell&apos;s customers. The headers of the list of a cell&apos;s customers (translated when the page is built).</extracomment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Segment damals</translation>
    </message>
    <message>
        <source>Segment now</source>
        <translation>Segment jetzt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Tage seit letztem Kauf</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Ausgaben gesamt</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>12 months before the date</source>
        <translation>12 Monate vor dem Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 days before the reference date</source>
        <extracomment>The &quot;compare with&quot; choice that takes the date picker&apos;s date.</extracomment>
        <translation>
            <numerusform>%1 Tag vor dem Stichtag</numerusform>
            <numerusform>%1 Tage vor dem Stichtag</numerusform>
        </translation>
    </message>
    <message>
        <source>a date of your choice</source>
        <translation>ein Datum Ihrer Wahl</translation>
    </message>
    <message>
        <source>Place every customer as they stood on this earlier date, scored with today&apos;s cut points, and see who moved</source>
        <translation>Jeden Kunden so einordnen, wie er an diesem früheren Datum stand (mit den heutigen Grenzwerten bewertet), und sehen, wer gewechselt hat</translation>
    </message>
    <message>
        <source>The earlier date to compare with (before the reference date)</source>
        <translation>Das frühere Vergleichsdatum (vor dem Stichtag)</translation>
    </message>
    <message>
        <source>What each cell of the table shows</source>
        <translation>Was jede Zelle der Tabelle zeigt</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Cells show</source>
        <translation>Zellen zeigen</translation>
    </message>
    <message>
        <source>Rows: the segment on the comparison date; columns: the segment now. Click a cell to list its customers.</source>
        <translation>Zeilen: das Segment am Vergleichsdatum; Spalten: das Segment jetzt. Klicken Sie auf eine Zelle, um ihre Kunden aufzulisten.</translation>
    </message>
    <message>
        <source>to a better segment</source>
        <translation>in ein besseres Segment</translation>
    </message>
    <message>
        <source>to a worse one</source>
        <translation>in ein schlechteres</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>geblieben</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>pale: fewer than %1 customers</source>
        <translation>blass: weniger als %1 Kunden</translation>
    </message>
    <message>
        <source>Click a cell of the table to list its customers.</source>
        <translation>Klicken Sie auf eine Zelle der Tabelle, um ihre Kunden aufzulisten.</translation>
    </message>
    <message>
        <source>Write an offer for this list</source>
        <translation>Angebot für diese Liste schreiben</translation>
    </message>
    <message>
        <source>Open this path&apos;s list on the Offers page</source>
        <translation>Die Liste dieses Wegs auf der Seite Angebote öffnen</translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation>Diese Liste exportieren…</translation>
    </message>
    <message>
        <source>Open the Export page with only this path&apos;s list ticked</source>
        <translation>Die Seite Export öffnen, nur mit der Liste dieses Wegs angehakt</translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation>Wohin die Kunden gingen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Veränderungen</translation>
    </message>
    <message>
        <source>Every customer as they stood on an earlier date, scored with today&apos;s cut points: who moved to a better segment, who slipped, and who is new</source>
        <translation>Jeder Kunde, wie er an einem früheren Datum stand, mit den heutigen Grenzwerten bewertet: wer aufgestiegen, wer abgerutscht und wer neu ist</translation>
    </message>
    <message>
        <source>Choose a date to compare with.</source>
        <translation>Wählen Sie ein Vergleichsdatum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers; they spent %2 in the 12 months before %3</source>
        <translation>
            <numerusform>%1 Kunde; er gab in den 12 Monaten vor dem %3 %2 aus</numerusform>
            <numerusform>%1 Kunden; sie gaben in den 12 Monaten vor dem %3 %2 aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, who first bought after %3</source>
        <translation>
            <numerusform>%1 Kunde, der erst nach dem %3 zum ersten Mal kaufte</numerusform>
            <numerusform>%1 Kunden, die erst nach dem %3 zum ersten Mal kauften</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeLinesDialog</name>
    <message>
        <source>Lines that are charges, not goods — postage, delivery, fees, bank charges, manual adjustments, discounts, test items — count in what customers spent, but are never their &lt;b&gt;favourite product&lt;/b&gt; or category. One name per line, in any language; a product is a charge when its name &lt;b&gt;is&lt;/b&gt; one of these, &lt;b&gt;begins&lt;/b&gt; with one (“Adjustment by john”) or &lt;b&gt;ends&lt;/b&gt; with one (“DOTCOM POSTAGE”). Letter case, accents and punctuation do not matter.</source>
        <extracomment>The words of this module, in the context &quot;ChargeLinesDialog&quot;.</extracomment>
        <translation>Zeilen, die Gebühren und keine Waren sind – Porto, Versand, Gebühren, Bankspesen, manuelle Korrekturen, Rabatte, Testartikel –, zählen zu dem, was Kunden ausgegeben haben, sind aber nie ihr &lt;b&gt;Lieblingsprodukt&lt;/b&gt; oder ihre Lieblingskategorie. Ein Name pro Zeile, in jeder Sprache; ein Produkt ist eine Gebühr, wenn sein Name einer dieser Namen &lt;b&gt;ist&lt;/b&gt;, mit einem davon &lt;b&gt;beginnt&lt;/b&gt; („Adjustment by john“) oder auf einen davon &lt;b&gt;endet&lt;/b&gt; („DOTCOM POSTAGE“). Groß- und Kleinschreibung, Akzente und Satzzeichen spielen keine Rolle.</translation>
    </message>
    <message>
        <source>product</source>
        <extracomment>Names of this file shown at most (the rest are counted). The kind of name a charge was found as (ChargeLine.column), in words translated where shown.</extracomment>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>No product or category name of this file is a charge by this list.</source>
        <translation>Kein Produkt- oder Kategoriename dieser Datei ist nach dieser Liste eine Gebühr.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message numerus="yes">
        <source>In this file, %1 name(s) are charges:</source>
        <translation>
            <numerusform>In dieser Datei ist %1 Name eine Gebühr:</numerusform>
            <numerusform>In dieser Datei sind %1 Namen Gebühren:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>is a</source>
        <translation>ist ein(e)</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Charge lines — Clientele</source>
        <translation>Gebührenzeilen — Clientele</translation>
    </message>
    <message>
        <source>One name per line: postage, carriage, Versand, frais de port…</source>
        <translation>Ein Name pro Zeile: Porto, Versand, postage, frais de port…</translation>
    </message>
    <message>
        <source>Default list</source>
        <translation>Standardliste</translation>
    </message>
    <message>
        <source>The standard list in English, German, French, Spanish, Italian and Dutch</source>
        <translation>Die Standardliste auf Englisch, Deutsch, Französisch, Spanisch, Italienisch und Niederländisch</translation>
    </message>
    <message>
        <source>The product and category names of this file that the list takes as charges</source>
        <translation>Die Produkt- und Kategorienamen dieser Datei, die die Liste als Gebühren ansieht</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Übernehmen und neu berechnen</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Right-click to save this chart as a PNG picture</source>
        <extracomment>What a chart draws: a function given an empty matplotlib Figure. A chart waiting for its first paint renders after this long at the latest (if never painted). A chart whose placeholder is painted renders this long after (see the module doc). The charts&apos; matplotlib style (rcParams), in force only while a chart is drawn or saved on the chart thread (``matplotlib.rc_context``): matplotlib&apos;s global rcParams are never changed for the rest of the process, and the GUI thread does not write them while the chart thread reads them. The smallest height of a chart, in pixels per inch of its figure&apos;s height (a 3.6-inch chart: 245 px). a PNG was written (its path), after save_png</extracomment>
        <translation>Rechtsklick, um dieses Diagramm als PNG-Bild zu speichern</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Wird gezeichnet…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No customers yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation>Kunden und Umsatz je Segment</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Recency score (5 = bought most recently)</source>
        <translation>Aktualitätswert (5 = zuletzt gekauft)</translation>
    </message>
    <message>
        <source>Frequency score
(5 = most orders)</source>
        <translation>Häufigkeitswert
(5 = meiste Bestellungen)</translation>
    </message>
    <message>
        <source>Customers by recency and frequency</source>
        <translation>Kunden nach Aktualität und Häufigkeit</translation>
    </message>
    <message numerus="yes">
        <source>Inactive after %1 days</source>
        <translation>
            <numerusform>Inaktiv nach %1 Tag</numerusform>
            <numerusform>Inaktiv nach %1 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost after %1 days</source>
        <translation>
            <numerusform>Verloren nach %1 Tag</numerusform>
            <numerusform>Verloren nach %1 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Tage seit dem letzten Kauf</translation>
    </message>
    <message>
        <source>How long since customers last bought</source>
        <translation>Wie lange der letzte Kauf her ist</translation>
    </message>
    <message>
        <source>Revenue and customers per day</source>
        <extracomment>Per period: the bar width in days, the chart&apos;s title, the date format of the x axis.</extracomment>
        <translation>Umsatz und Kunden pro Tag</translation>
    </message>
    <message>
        <source>Revenue and customers per week</source>
        <translation>Umsatz und Kunden pro Woche</translation>
    </message>
    <message>
        <source>Revenue and customers per month</source>
        <translation>Umsatz und Kunden pro Monat</translation>
    </message>
    <message>
        <source>No purchases</source>
        <extracomment>A month&apos;s number in a date format, for its name to be put in after strftime (&quot;%b&quot; is always English).</extracomment>
        <translation>Keine Käufe</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Kunden mit Kauf</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Kunden je Stufe</translation>
    </message>
    <message>
        <source>No check</source>
        <translation>Keine Prüfung</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Repeat purchase days before the last quarter</source>
        <translation>Weitere Kauftage vor dem letzten Quartal</translation>
    </message>
    <message>
        <source>Purchase days in the last quarter</source>
        <translation>Kauftage im letzten Quartal</translation>
    </message>
    <message>
        <source>Predicted and actual purchase days</source>
        <translation>Vorhergesagte und tatsächliche Kauftage</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <extracomment>The colour of the &quot;(new)&quot; block and its bands: customers who first bought after the comparison date. A block smaller than this share of all customers gets no label (its neighbours&apos; would overlap). Narrower than this (logical pixels), a chart&apos;s titles write their dates in figures. The labels&apos; font size (points). The share of the chart&apos;s width the bands keep at least, however long the labels. The space beside each bar (in the units of the bars&apos; distance, 1) at least, and with counts only. The gap between two blocks of a bar, as a share of all customers. How a block&apos;s name is shown (the shop&apos;s language: core&apos;s Words.name); a name left out shows as it is.</extracomment>
        <translation>Noch kein Vergleich</translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation>Wohin die Kunden gingen</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The facts listed, in order: (label, the customer-table column(s) holding it: the first filled).</extracomment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Ausgaben gesamt</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Durchschnittliche Bestellung</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Tage seit letztem Kauf</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Recency</source>
        <extracomment>A name longer than this is shown cut short (&quot;…&quot;), the full name in the tooltip. A line may break inside a run of more characters than this without a space (a title&apos;s, a text&apos;s): after &quot;@&quot;, &quot;.&quot;, &quot;_&quot; or &quot;/&quot; (an e-mail address, a file name), and else every so many characters. Shorter words wrap whole, as words do, and are shown (and copied) as they are. (The labels wrap at spaces and hyphens only: a 300-character name or product, too wide to wrap, made the pane scroll sideways.) ... and a fact&apos;s value other than the e-mail address (left whole, however long: copied, it still works) A zero-width space: where a line may break, seen as nothing. Facts that are money (shown in the shop&apos;s currency), by column.</extracomment>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Rückläufig</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Select a customer to see the details.</source>
        <translation>Wählen Sie einen Kunden aus, um die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Kaufhistorie</translation>
    </message>
    <message>
        <source>No customer matches these filters.</source>
        <translation>Kein Kunde passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Spent less than nothing in this file (%1): the returns outweigh the purchases, usually returns of purchases made before the file starts. The segment comes from how recently and how often they bought.</source>
        <translation>In dieser Datei weniger als nichts ausgegeben (%1): Die Retouren überwiegen die Käufe, meist Retouren von Käufen aus der Zeit vor Beginn der Datei. Das Segment ergibt sich daraus, wie kürzlich und wie oft gekauft wurde.</translation>
    </message>
    <message>
        <source>Why these labels?</source>
        <translation>Warum diese Einstufung?</translation>
    </message>
    <message>
        <source>no purchases (prospect)</source>
        <translation>keine Käufe (Interessent)</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>Anmeldedatum</translation>
    </message>
    <message>
        <source>E-mail opens</source>
        <translation>E-Mail-Öffnungen</translation>
    </message>
    <message>
        <source>E-mail clicks</source>
        <translation>E-Mail-Klicks</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Kontakte mit dem Kundendienst</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Tage seit letztem Kauf</translation>
    </message>
    <message>
        <source>Days since first</source>
        <translation>Tage seit erstem Kauf</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>Kauftage</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Ausgaben gesamt</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Durchschnittliche Bestellung</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Üblicher Abstand (Tage)</translation>
    </message>
    <message>
        <source>Late by (× usual gap)</source>
        <translation>Verspätet um (× üblicher Abstand)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>12 months before</source>
        <translation>12 Monate davor</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Lieblingskategorie</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Lieblingsprodukt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Rückläufig</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Tier points</source>
        <translation>Stufenpunkte</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Nächste Stufe</translation>
    </message>
    <message>
        <source>To next tier</source>
        <translation>Bis zur nächsten Stufe</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Segment damals</translation>
    </message>
    <message>
        <source>Next birthday</source>
        <translation>Nächster Geburtstag</translation>
    </message>
    <message>
        <source>Next anniversary</source>
        <translation>Nächstes Kundenjubiläum</translation>
    </message>
    <message>
        <source>Years with you</source>
        <translation>Jahre bei Ihnen</translation>
    </message>
    <message>
        <source>Product due</source>
        <translation>Fälliges Produkt</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Close to next tier</source>
        <extracomment>The scores&apos; headings: their letters in every language (the tooltips say what they mean). Columns the filters name that the table does not show as such.</extracomment>
        <translation>Nahe an der nächsten Stufe</translation>
    </message>
    <message>
        <source>Find a customer by id, name, e-mail or phone (Ctrl+F)</source>
        <extracomment>Range filters shown only when their column has values (the predictions may be empty). The colour of the line that says why the predictions are empty. the file&apos;s product and category names with their rows (for the charge-lines editor) Names offered for &quot;bought …&quot; (the most bought first; any other can be typed). the rows the current filter keeps are shown (and the count and the description say so)</extracomment>
        <translation>Kunden nach Nummer, Name, E-Mail oder Telefon suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Your own lists: pick one to see who is on it now and its filters</source>
        <translation>Ihre eigenen Listen: Wählen Sie eine, um zu sehen, wer jetzt darauf steht und mit welchen Filtern</translation>
    </message>
    <message>
        <source>Save as list…</source>
        <translation>Als Liste speichern…</translation>
    </message>
    <message>
        <source>Keep these filters as a list of your own: it is worked out again on every import, and you can give it an offer and mail it like any other list</source>
        <translation>Diese Filter als eigene Liste behalten: Sie wird bei jedem Import neu berechnet, und Sie können ihr wie jeder anderen Liste ein Angebot geben und sie anschreiben</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Aus einer Vorlage</translation>
    </message>
    <message>
        <source>Start a list of who bought a category or a product lately, or who bought it before but not lately; pick the name, the days, then Save as list…</source>
        <translation>Eine Liste beginnen mit allen, die kürzlich eine Kategorie oder ein Produkt gekauft haben, oder früher, aber nicht kürzlich; wählen Sie den Namen und die Tage, dann Als Liste speichern…</translation>
    </message>
    <message>
        <source>Charge lines…</source>
        <translation>Gebührenzeilen…</translation>
    </message>
    <message>
        <source>Postage, fees, adjustments and the like count in what customers spent, but are never their favourite product: edit that list</source>
        <translation>Porto, Gebühren, Korrekturen und Ähnliches zählen zu den Ausgaben der Kunden, sind aber nie ihr Lieblingsprodukt: diese Liste bearbeiten</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Liste löschen</translation>
    </message>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Wie verlässlich sind die Vorhersagen?</translation>
    </message>
    <message>
        <source>The predictions tried out on the last quarter of your history</source>
        <translation>Die Vorhersagen am letzten Viertel Ihrer Historie erprobt</translation>
    </message>
    <message>
        <source>Your lists:</source>
        <translation>Ihre Listen:</translation>
    </message>
    <message>
        <source>No predictions were made.</source>
        <translation>Es wurden keine Vorhersagen gemacht.</translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation>Vorhersagen:</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(keine gewählt)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 customers</source>
        <translation>
            <numerusform>%1 von %2 Kunden angezeigt</numerusform>
            <numerusform>%1 von %2 Kunden angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 Kunde</numerusform>
            <numerusform>%1 Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Save as list</source>
        <translation>Als Liste speichern</translation>
    </message>
    <message>
        <source>Name of the list (as you will see it on the Offers and Export pages):</source>
        <translation>Name der Liste (so, wie Sie sie auf den Seiten Angebote und Export sehen):</translation>
    </message>
    <message>
        <source>You already have a list called &quot;%1&quot;. Replace its filters with these?</source>
        <translation>Sie haben schon eine Liste namens „%1“. Ihre Filter durch diese ersetzen?</translation>
    </message>
    <message>
        <source>Give the list a name.</source>
        <translation>Geben Sie der Liste einen Namen.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; keep it to %2.</source>
        <translation>Der Name ist %1 Zeichen lang; höchstens %2 sind möglich.</translation>
    </message>
    <message>
        <source>An arrow names a move between two segments (the Changes page). Choose a name without → or -&gt;.</source>
        <translation>Ein Pfeil bezeichnet einen Wechsel zwischen zwei Segmenten (Seite Veränderungen). Wählen Sie einen Namen ohne → oder -&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names a list (%2). Choose another name, so that every list keeps its own.</source>
        <translation>„%1“ ist schon der Name einer Liste (%2). Wählen Sie einen anderen Namen, damit jede Liste ihren eigenen behält.</translation>
    </message>
    <message>
        <source>Delete your list &quot;%1&quot;? The customers stay; only the list goes.</source>
        <translation>Ihre Liste „%1“ löschen? Die Kunden bleiben; nur die Liste verschwindet.</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Copy selected rows</source>
        <extracomment>How many of a column&apos;s longest sampled texts fit_columns measures (a wider glyph mix can make a slightly shorter text wider, so not just the longest one). A label column (names with their colour) is sized to its whole names up to this width, whatever ``fit_columns``&apos; max_width (beyond it, a name is cut short and its tooltip says it whole).</extracomment>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>DetectabilityBox</name>
    <message>
        <source>Tick a list to see what its control group could show.</source>
        <extracomment>Shown while no list is ticked.</extracomment>
        <translation>Haken Sie eine Liste an, um zu sehen, was ihre Kontrollgruppe zeigen könnte.</translation>
    </message>
    <message>
        <source>What the control groups can show</source>
        <extracomment>How long after the last change the sentences are worked out again.</extracomment>
        <translation>Was die Kontrollgruppen zeigen können</translation>
    </message>
    <message>
        <source>Per ticked list: the smallest uplift the results could show with this control share, so that you can choose the control group&apos;s size knowingly</source>
        <translation>Pro angehakter Liste: der kleinste Zuwachs, den die Ergebnisse mit diesem Kontrollanteil zeigen könnten, damit Sie die Größe der Kontrollgruppe bewusst wählen</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Which date order?</source>
        <extracomment>The words of this module, in the context &quot;ErrorDialogs&quot;.</extracomment>
        <translation>Welche Datumsreihenfolge?</translation>
    </message>
    <message>
        <source>This file cannot be used as it is</source>
        <translation>Diese Datei kann so nicht verwendet werden</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>A setting cannot be used</source>
        <translation>Eine Einstellung kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Open the file again and choose day-first or month-first when asked.</source>
        <translation>Öffnen Sie die Datei erneut und wählen Sie auf Nachfrage Tag zuerst oder Monat zuerst.</translation>
    </message>
    <message>
        <source>Open the file again (File ▸ Open) and check the columns chosen in the column mapping.</source>
        <translation>Öffnen Sie die Datei erneut (Datei ▸ Öffnen) und prüfen Sie die in der Spaltenzuordnung gewählten Spalten.</translation>
    </message>
    <message>
        <source>Open the file again (File ▸ Open) and choose the column for “%1” in the column mapping.</source>
        <translation>Öffnen Sie die Datei erneut (Datei ▸ Öffnen) und wählen Sie in der Spaltenzuordnung die Spalte für „%1“.</translation>
    </message>
    <message>
        <source>Clientele ran into a problem it did not expect (%1). Your data and files are unchanged. Try the last step again; if it keeps happening, send the log file to support.</source>
        <translation>Clientele ist auf ein unerwartetes Problem gestoßen (%1). Ihre Daten und Dateien sind unverändert. Versuchen Sie den letzten Schritt noch einmal; wenn es wieder passiert, senden Sie die Protokolldatei an den Support.</translation>
    </message>
    <message>
        <source>The details were saved to %1.</source>
        <translation>Die Einzelheiten wurden in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Tick the groups to mail. A customer in several ticked lists is mailed once.</source>
        <translation>Haken Sie die Gruppen an, die angeschrieben werden. Ein Kunde in mehreren angehakten Listen wird nur einmal angeschrieben.</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Lists to mail</source>
        <translation>Anzuschreibende Listen</translation>
    </message>
    <message>
        <source>Excel workbook (a sheet per list)</source>
        <translation>Excel-Arbeitsmappe (ein Blatt pro Liste)</translation>
    </message>
    <message>
        <source>One sheet per list, each customer with their own message and coupon</source>
        <translation>Ein Blatt pro Liste, jeder Kunde mit eigener Nachricht und eigenem Gutschein</translation>
    </message>
    <message>
        <source>How the lists reach the customers: an e-mail list, a phone list for text messages, or a postal list with addresses. Each leaves out, with the reason, those it cannot reach.</source>
        <translation>Wie die Listen die Kunden erreichen: eine E-Mail-Liste, eine Telefonliste für SMS oder eine Postliste mit Adressen. Jede lässt mit Grund aus, wen sie nicht erreichen kann.</translation>
    </message>
    <message>
        <source>Also one CSV file per list, ready to upload to Mailchimp, Brevo and similar tools</source>
        <translation>Zusätzlich eine CSV-Datei pro Liste, bereit zum Hochladen in Mailchimp, Brevo und ähnliche Programme</translation>
    </message>
    <message>
        <source>Next to the workbook</source>
        <translation>Neben der Arbeitsmappe</translation>
    </message>
    <message>
        <source>The folder for the CSV files (empty: next to the workbook)</source>
        <translation>Der Ordner für die CSV-Dateien (leer: neben der Arbeitsmappe)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>A random share of each list is NOT mailed, so that you can later see whether the offer worked</source>
        <translation>Ein zufälliger Teil jeder Liste wird NICHT angeschrieben, damit Sie später sehen, ob das Angebot gewirkt hat</translation>
    </message>
    <message>
        <source>Where to save the mailing workbook (.xlsx)</source>
        <translation>Wo die Mailing-Arbeitsmappe gespeichert wird (.xlsx)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>CSV folder</source>
        <translation>CSV-Ordner</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>It can show</source>
        <translation>Sie kann zeigen</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Export mailing list</source>
        <translation>Mailingliste exportieren</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>A summary of what was written, and who was left out and why, appears here.</source>
        <translation>Hier erscheint eine Zusammenfassung des Geschriebenen und wer warum ausgelassen wurde.</translation>
    </message>
    <message>
        <source>Per list: who was mailed, kept as control group, or left out and why</source>
        <translation>Pro Liste: wer angeschrieben, als Kontrollgruppe zurückgehalten oder warum ausgelassen wurde</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 — %2 can be reached</source>
        <translation>%1 — %2 erreichbar</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Save mailing list</source>
        <translation>Mailingliste speichern</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>The offer &quot;%1&quot; (%2) has a problem: </source>
        <translation>Das Angebot „%1“ (%2) hat ein Problem: </translation>
    </message>
    <message>
        <source>Fix it on the Offers page, then export again.</source>
        <translation>Beheben Sie das auf der Seite Angebote und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The files changed since they were opened</source>
        <translation>Die Dateien haben sich seit dem Öffnen geändert</translation>
    </message>
    <message>
        <source>%1 changed after Clientele read it, so opt-outs written into it since would not be seen, and nothing was written. Open the purchases file again (File ▸ Open), with its customers file, to read them as they are now, then export.</source>
        <translation>%1 wurde geändert, nachdem Clientele die Datei gelesen hat. Abmeldungen, die seitdem eingetragen wurden, würden nicht gesehen; es wurde nichts geschrieben. Öffnen Sie die Kaufdatei erneut (Datei ▸ Öffnen), mit ihrer Kundendatei, um sie so zu lesen, wie sie jetzt sind, und exportieren Sie dann.</translation>
    </message>
    <message>
        <source>Export without consent information?</source>
        <translation>Ohne Angaben zur Einwilligung exportieren?</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The mailing list of %1 was written to %2 (another file is open now).</source>
        <translation>Die Mailingliste von %1 wurde nach %2 geschrieben (jetzt ist eine andere Datei geöffnet).</translation>
    </message>
</context>
<context>
    <name>ExportTargets</name>
    <message numerus="yes">
        <source>… and %1 more</source>
        <translation>
            <numerusform>… und %1 weitere</numerusform>
            <numerusform>… und %1 weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>Vorhandene Dateien ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>These files exist already and would be replaced:
%1

Replace them? (Choose No to pick another name.)</source>
        <translation>
            <numerusform>Diese Datei gibt es schon, sie würde ersetzt:
%1

Ersetzen? (Wählen Sie Nein, um einen anderen Namen zu wählen.)</numerusform>
            <numerusform>Diese Dateien gibt es schon, sie würden ersetzt:
%1

Ersetzen? (Wählen Sie Nein, um einen anderen Namen zu wählen.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create the folder?</source>
        <translation>
            <numerusform>Ordner anlegen?</numerusform>
            <numerusform>Ordner anlegen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These folders do not exist yet:
%1

Create them?</source>
        <translation>
            <numerusform>Dieser Ordner existiert noch nicht:
%1

Anlegen?</numerusform>
            <numerusform>Diese Ordner existieren noch nicht:
%1

Anlegen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder could not be created</source>
        <translation>Der Ordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 looks open in Excel or LibreOffice: close it there first, or that program may later save its old copy over the new one.</source>
        <translation>%1 scheint in Excel oder LibreOffice geöffnet zu sein: schließen Sie die Datei dort zuerst, sonst speichert das Programm später vielleicht seine alte Fassung über die neue.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1: %2. Choose another folder.</source>
        <translation>%1: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The file is not there</source>
        <translation>Die Datei ist nicht da</translation>
    </message>
    <message>
        <source>%1 is not there any more (moved or deleted?). Export again to write it.</source>
        <translation>%1 ist nicht mehr da (verschoben oder gelöscht?). Exportieren Sie erneut, um die Datei zu schreiben.</translation>
    </message>
    <message>
        <source>Clientele could not open the folder %1. Open it in your file manager.</source>
        <translation>Clientele konnte den Ordner %1 nicht öffnen. Öffnen Sie ihn in Ihrem Dateimanager.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files, so Clientele cannot open %2. Install a spreadsheet program (LibreOffice Calc is free), or use “Show in folder”. The file is at %3.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1-Dateien, daher kann Clientele %2 nicht öffnen. Installieren Sie ein Tabellenprogramm (LibreOffice Calc ist kostenlos) oder nutzen Sie „Im Ordner zeigen“. Die Datei liegt unter %3.</translation>
    </message>
    <message>
        <source>Nothing opens this file</source>
        <translation>Nichts öffnet diese Datei</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Customers who opted out are never included; everyone left out is listed with the reason.</source>
        <translation>Kunden, die sich abgemeldet haben, sind nie dabei; jeder Ausgelassene wird mit Grund aufgeführt.</translation>
    </message>
    <message>
        <source>Everyone left out is listed with the reason. &lt;b&gt;No consent information was found&lt;/b&gt;, so Clientele cannot leave out customers who opted out.</source>
        <translation>Jeder Ausgelassene wird mit Grund aufgeführt. &lt;b&gt;Es wurden keine Angaben zur Einwilligung gefunden&lt;/b&gt;, daher kann Clientele abgemeldete Kunden nicht auslassen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent information.&lt;/b&gt; Neither the purchases file nor a customers file has a consent or opt-out column, so everyone with an e-mail address would be mailed, including customers who unsubscribed. Add the customers file with their consent (File → Change columns and re-import…, “Customer file” box) before you export.</source>
        <translation>&lt;b&gt;Keine Angaben zur Einwilligung.&lt;/b&gt; Weder die Kaufdatei noch eine Kundendatei hat eine Spalte für Einwilligung oder Abmeldung, also würde jeder mit einer E-Mail-Adresse angeschrieben, auch Kunden, die sich abgemeldet haben. Fügen Sie vor dem Export die Kundendatei mit der Einwilligung hinzu (Datei → Spalten ändern und neu importieren…, Feld „Kundendatei“).</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The channel choices, in the order shown.</extracomment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Text message (a phone list)</source>
        <translation>SMS (eine Telefonliste)</translation>
    </message>
    <message>
        <source>Post (a postal list)</source>
        <translation>Post (eine Adressliste)</translation>
    </message>
    <message>
        <source>CSV per list for e-mail tools</source>
        <extracomment>What the CSV files are for, per channel.</extracomment>
        <translation>CSV pro Liste für E-Mail-Programme</translation>
    </message>
    <message>
        <source>CSV per list for text-message tools</source>
        <translation>CSV pro Liste für SMS-Programme</translation>
    </message>
    <message>
        <source>CSV per list for a mail merge or labels</source>
        <translation>CSV pro Liste für Serienbrief oder Etiketten</translation>
    </message>
    <message>
        <source>&lt;b&gt;No shop name yet:&lt;/b&gt; the messages say “our shop”. Type your shop&apos;s name on the Offers page (Your shop).</source>
        <translation>&lt;b&gt;Noch kein Shopname:&lt;/b&gt; In den Nachrichten steht „unser Shop“. Geben Sie den Namen Ihres Shops auf der Seite Angebote ein (Ihr Shop).</translation>
    </message>
    <message>
        <source>e-mail</source>
        <extracomment>The words of each channel in &quot;Nobody can be reached by …&quot; (core&apos;s Channel.words are English).</extracomment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <source>a postal address</source>
        <translation>eine Postanschrift</translation>
    </message>
    <message>
        <source>%1 reaches %2</source>
        <translation>%1 erreicht %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can be e-mailed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Niemand kann per E-Mail erreicht werden:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this file has no e-mail addresses.</source>
        <translation>Diese Datei hat keine E-Mail-Adressen.</translation>
    </message>
    <message>
        <source>no customer has an e-mail address they may be mailed at.</source>
        <translation>Kein Kunde hat eine E-Mail-Adresse, an die geschrieben werden darf.</translation>
    </message>
    <message>
        <source>Add a customers file with e-mail addresses (File → Change columns and re-import…, “Customer file” box)</source>
        <translation>Fügen Sie eine Kundendatei mit E-Mail-Adressen hinzu (Datei → Spalten ändern und neu importieren…, Feld „Kundendatei“)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can be reached by %1:&lt;/b&gt; no customer has %2 they may be contacted at.</source>
        <translation>&lt;b&gt;Niemand ist per %1 erreichbar:&lt;/b&gt; Kein Kunde hat %2, unter der er kontaktiert werden darf.</translation>
    </message>
    <message>
        <source>Add a customers file with these details (File → Change columns and re-import…)</source>
        <translation>Fügen Sie eine Kundendatei mit diesen Angaben hinzu (Datei → Spalten ändern und neu importieren…)</translation>
    </message>
    <message>
        <source>But %1: choose that channel under How. Or: %2.</source>
        <translation>Aber %1: Wählen Sie diesen Kanal unter Wie. Oder: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The files have no usable e-mail address, phone number or postal address either. %1.</source>
        <translation>Die Dateien haben auch keine nutzbare E-Mail-Adresse, Telefonnummer oder Postanschrift. %1.</translation>
    </message>
    <message>
        <source>The last export of this analysis knew who agreed to e-mails, but this one has no consent information at all (was the customers file removed, or its consent column?). Without it, everyone with an e-mail address is mailed, including customers who opted out.

Export anyway?</source>
        <translation>Der letzte Export dieser Analyse wusste, wer E-Mails zugestimmt hat, aber dieser hat gar keine Angaben zur Einwilligung (wurde die Kundendatei entfernt oder ihre Einwilligungsspalte?). Ohne sie wird jeder mit E-Mail-Adresse angeschrieben, auch Kunden, die sich abgemeldet haben.

Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Angeschrieben</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>Left out (why)</source>
        <translation>Ausgelassen (Grund)</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>e.g. &gt;= 100, 10-20, empty</source>
        <extracomment>What the free-text box suggests, per kind of column (the words typed are core&apos;s, parse_condition).</extracomment>
        <translation>z. B. &gt;= 100, 10-20, leer</translation>
    </message>
    <message>
        <source>e.g. after 2024-06-01, 2024-01-01 to 2024-06-30</source>
        <translation>z. B. nach 2024-06-01, 2024-01-01 bis 2024-06-30</translation>
    </message>
    <message>
        <source>e.g. Berlin, = Berlin, not Berlin, empty</source>
        <translation>z. B. Berlin, = Berlin, nicht Berlin, leer</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>in den letzten</translation>
    </message>
    <message>
        <source>before, but not in the last</source>
        <translation>früher, aber nicht in den letzten</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Bought a category in the last N days</source>
        <extracomment>The list templates&apos; names, per field and when (the Customers page&apos;s &quot;From a template&quot; menu).</extracomment>
        <translation>Kategorie in den letzten N Tagen gekauft</translation>
    </message>
    <message>
        <source>Bought a category before, but not in the last N days</source>
        <translation>Kategorie früher gekauft, aber nicht in den letzten N Tagen</translation>
    </message>
    <message>
        <source>Bought a product in the last N days</source>
        <translation>Produkt in den letzten N Tagen gekauft</translation>
    </message>
    <message>
        <source>Bought a product before, but not in the last N days</source>
        <translation>Produkt früher gekauft, aber nicht in den letzten N Tagen</translation>
    </message>
    <message>
        <source>%1: show only the customers with this one</source>
        <translation>%1: nur die Kunden mit diesem Wert zeigen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>%1: from this value (leave empty for no limit)</source>
        <translation>%1: ab diesem Wert (leer lassen für keine Grenze)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>%1: up to this value (leave empty for no limit)</source>
        <translation>%1: bis zu diesem Wert (leer lassen für keine Grenze)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Any column of the customer table, also ones your files add</source>
        <translation>Jede Spalte der Kundentabelle, auch die aus Ihren Dateien</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Außerdem:</translation>
    </message>
    <message>
        <source>any name, or none</source>
        <translation>beliebiger Name oder keiner</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Customers who bought it in the last N days, or who bought it before but not lately</source>
        <translation>Kunden, die es in den letzten N Tagen gekauft haben, oder früher, aber nicht in letzter Zeit</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft:</translation>
    </message>
    <message>
        <source>Any</source>
        <extracomment>conditions of a saved filter that no control shows (kept and applied until cleared)</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Segment</source>
        <extracomment>Columns offered as pick-one filters when present (label shown in the filter bar).</extracomment>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Lieblingskategorie</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Lieblingsprodukt</translation>
    </message>
    <message>
        <source>Spent</source>
        <extracomment>Columns offered as from–to ranges.</extracomment>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Tage seit letztem Kauf</translation>
    </message>
    <message>
        <source>Still a customer %</source>
        <translation>Noch Kunde %</translation>
    </message>
    <message>
        <source>Spend next year</source>
        <translation>Ausgaben im nächsten Jahr</translation>
    </message>
    <message>
        <source>Declining</source>
        <extracomment>Columns filtered as the table shows them: a 0–1 share as a whole percentage (78 for 0.7812). Yes/no columns offered as boxes to tick (close to the next tier is not a column: core reads it).</extracomment>
        <translation>Rückläufig</translation>
    </message>
    <message>
        <source>Close to next tier</source>
        <translation>Nahe an der nächsten Stufe</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Clientele guide</source>
        <translation>Clientele-Leitfaden</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Reading %1…</source>
        <extracomment>The words of this module, in the context &quot;ImportFlow&quot;. emitted just before the first look at a file is read (the job&apos;s progress starts) emitted just before the import; True when it follows a first look (the job&apos;s progress goes on)</extracomment>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Which date order?</source>
        <translation>Welche Datumsreihenfolge?</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways (for example %1).</source>
        <translation>Die Daten in dieser Datei lassen sich auf zwei Arten lesen (zum Beispiel %1).</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways.</source>
        <translation>Die Daten in dieser Datei lassen sich auf zwei Arten lesen.</translation>
    </message>
    <message>
        <source>No date in the file settles it. How does your shop software write 3 April 2024: day first or month first?</source>
        <translation>Kein Datum in der Datei entscheidet das. Wie schreibt Ihre Shop-Software den 3. April 2024: Tag zuerst oder Monat zuerst?</translation>
    </message>
    <message>
        <source>Day first: 03/04/2024</source>
        <translation>Tag zuerst: 03/04/2024</translation>
    </message>
    <message>
        <source>Month first: 04/03/2024</source>
        <translation>Monat zuerst: 04/03/2024</translation>
    </message>
    <message>
        <source>Which currency?</source>
        <translation>Welche Währung?</translation>
    </message>
    <message>
        <source>The amounts in this file are in more than one currency. Clientele never converts money, so it can use the rows of one currency only.</source>
        <translation>Die Beträge in dieser Datei sind in mehr als einer Währung. Clientele rechnet nie Währungen um und kann daher nur die Zeilen einer Währung verwenden.</translation>
    </message>
    <message>
        <source>Keep the rows of which currency? The others are set aside and counted in the import report.</source>
        <translation>Die Zeilen welcher Währung sollen bleiben? Die anderen werden beiseitegelegt und im Importbericht gezählt.</translation>
    </message>
    <message numerus="yes">
        <source>Keep %1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 behalten (%Ln Zeile)</numerusform>
            <numerusform>%1 behalten (%Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Customer id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Is return</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent information:&lt;/b&gt; no consent or opt-out column was found, so Clientele cannot tell who agreed to e-mails and would mail everyone with an e-mail address. Add the customers file with their consent (File → Change columns and re-import…, “Customer file” box).</source>
        <translation>&lt;b&gt;Keine Angaben zur Einwilligung:&lt;/b&gt; Es wurde keine Spalte für Einwilligung oder Abmeldung gefunden. Clientele kann daher nicht erkennen, wer E-Mails zugestimmt hat, und würde jeden mit E-Mail-Adresse anschreiben. Fügen Sie die Kundendatei mit der Einwilligung hinzu (Datei → Spalten ändern und neu importieren…, Feld „Kundendatei“).</translation>
    </message>
    <message>
        <source>Consent from %1: %2</source>
        <translation>Einwilligung aus %1: %2</translation>
    </message>
    <message>
        <source>Text-message consent from %1: %2 (for text messages only)</source>
        <translation>Einwilligung für SMS aus %1: %2 (nur für SMS)</translation>
    </message>
    <message>
        <source>kept &lt;b&gt;%1&lt;/b&gt; of %2 rows</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2 Zeilen übernommen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; set aside (reasons below)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; beiseitegelegt (Gründe unten)</translation>
    </message>
    <message numerus="yes">
        <source>%1 returns or cancellations</source>
        <translation>
            <numerusform>%1 Retoure oder Stornierung</numerusform>
            <numerusform>%1 Retouren oder Stornierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>purchases from %1 to %2</source>
        <translation>Käufe vom %1 bis %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers, %2 orders</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Kunden, %2 Bestellungen</translation>
    </message>
    <message>
        <source>Columns used</source>
        <translation>Verwendete Spalten</translation>
    </message>
    <message>
        <source>Clientele reads</source>
        <translation>Clientele liest</translation>
    </message>
    <message>
        <source>from the column</source>
        <translation>aus der Spalte</translation>
    </message>
    <message>
        <source>found</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>Beiseitegelegte Zeilen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Zum Beispiel</translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices for this file are back, as you left them (Clientele keeps them for each file).</source>
        <translation>Ihre Einstellungen, Stufen, Angebote und Exportoptionen für diese Datei sind wieder da, wie Sie sie verlassen haben (Clientele merkt sie sich je Datei).</translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices of &lt;b&gt;%1&lt;/b&gt; are used: it has the same columns, so this looks like a newer export of the same shop.</source>
        <translation>Ihre Einstellungen, Stufen, Angebote und Exportoptionen von &lt;b&gt;%1&lt;/b&gt; werden verwendet: Die Datei hat dieselben Spalten und scheint ein neuerer Export desselben Shops zu sein.</translation>
    </message>
    <message>
        <source>How the file&apos;s customers and revenue add up to what the other pages count</source>
        <extracomment>the owner asked for the default settings instead of the ones kept for this file</extracomment>
        <translation>Wie sich Kunden und Umsatz der Datei zu dem zusammensetzen, was die anderen Seiten zählen</translation>
    </message>
    <message>
        <source>Start from the defaults</source>
        <translation>Mit den Standardwerten beginnen</translation>
    </message>
    <message>
        <source>Use the standard settings, tiers and offers for this file instead</source>
        <translation>Stattdessen die Standardeinstellungen, -stufen und -angebote für diese Datei verwenden</translation>
    </message>
    <message>
        <source>What was read, kept and set aside — and why</source>
        <translation>Was gelesen, übernommen und beiseitegelegt wurde – und warum</translation>
    </message>
    <message>
        <source>The first rows as Clientele understood them</source>
        <translation>Die ersten Zeilen, wie Clientele sie verstanden hat</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>See your customers →</source>
        <translation>Zu Ihren Kunden →</translation>
    </message>
    <message>
        <source>Go to the overview: segments, who has gone quiet, loyalty tiers</source>
        <translation>Zur Übersicht: Segmente, wer still geworden ist, Treuestufen</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, Tabellenblatt „%2“</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 rows</source>
        <translation>
            <numerusform>%1 Zeile importiert</numerusform>
            <numerusform>%1 Zeilen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>The purchases file</source>
        <translation>Die Kaufdatei</translation>
    </message>
    <message>
        <source>The customers file</source>
        <translation>Die Kundendatei</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;First %1 rows&lt;/b&gt; as Clientele reads them</source>
        <translation>
            <numerusform>&lt;b&gt;Erste %1 Zeile&lt;/b&gt;, wie Clientele sie liest</numerusform>
            <numerusform>&lt;b&gt;Erste %1 Zeilen&lt;/b&gt;, wie Clientele sie liest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The objectName every translator installed here carries (so a new install replaces them). The application property naming the installed language&apos;s code.</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Applies when Clientele starts again</source>
        <translation>Gilt ab dem nächsten Start von Clientele</translation>
    </message>
</context>
<context>
    <name>MailingListItems</name>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 Kunde</numerusform>
            <numerusform>%1 Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>your own list (Customers page), worked out again on every import</source>
        <translation>Ihre eigene Liste (Seite Kunden), bei jedem Import neu berechnet</translation>
    </message>
    <message>
        <source>customers who first bought after the comparison date and are %2 now (the Changes page)</source>
        <translation>Kunden, die nach dem Vergleichsdatum zum ersten Mal gekauft haben und jetzt %2 sind (Seite Veränderungen)</translation>
    </message>
    <message>
        <source>customers who were %1 on the comparison date and are %2 now (the Changes page)</source>
        <translation>Kunden, die am Vergleichsdatum %1 waren und jetzt %2 sind (Seite Veränderungen)</translation>
    </message>
    <message>
        <source>Customers whose spend is within reach of their next loyalty tier</source>
        <translation>Kunden, deren Umsatz nah an ihrer nächsten Treuestufe liegt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Detailed log on</source>
        <extracomment>An import that ended before every page was built: shown once they are (one per turn).</extracomment>
        <translation>Ausführliches Protokoll an</translation>
    </message>
    <message>
        <source>Detailed log off</source>
        <translation>Ausführliches Protokoll aus</translation>
    </message>
    <message>
        <source>Clientele will speak %1 when you start it again.</source>
        <translation>Clientele spricht beim nächsten Start %1.</translation>
    </message>
    <message>
        <source>Open purchases file</source>
        <translation>Kaufdatei öffnen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You changed settings or offers since the project file “%1” was saved. Save them to it? (Clientele keeps them for this purchases file either way.)</source>
        <translation>Sie haben Einstellungen oder Angebote geändert, seit die Projektdatei „%1“ gespeichert wurde. Darin speichern? (Clientele merkt sie sich für diese Kaufdatei ohnehin.)</translation>
    </message>
    <message>
        <source>An export is being written</source>
        <translation>Ein Export wird geschrieben</translation>
    </message>
    <message>
        <source>Clientele is writing a mailing list. Quit anyway? The export stops and writes nothing: no file is changed and no campaign is recorded.</source>
        <translation>Clientele schreibt gerade eine Mailingliste. Trotzdem beenden? Der Export bricht ab und schreibt nichts: Keine Datei wird geändert, keine Aktion gespeichert.</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>Über Clientele</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(not used)</source>
        <extracomment>The choice for a column that means nothing to Clientele (translated where shown).</extracomment>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>The sheet that holds the purchases (Clientele picked the one that looks like it)</source>
        <translation>Das Tabellenblatt mit den Käufen (Clientele hat das gewählt, das danach aussieht)</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Spalte in Ihrer Datei</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>How it was recognised</source>
        <translation>Wie sie erkannt wurde</translation>
    </message>
    <message>
        <source>Change what a column means if Clientele guessed wrong</source>
        <translation>Ändern Sie, was eine Spalte bedeutet, wenn Clientele falsch geraten hat</translation>
    </message>
    <message>
        <source>The first rows of the file, as read</source>
        <translation>Die ersten Zeilen der Datei, wie gelesen</translation>
    </message>
    <message>
        <source>Optional: a file of customer details (names, e-mails, consent…)</source>
        <translation>Optional: eine Datei mit Kundendaten (Namen, E-Mail-Adressen, Einwilligung…)</translation>
    </message>
    <message>
        <source>The customers file stays with the analysis (its consent answers too) until you clear this box</source>
        <translation>Die Kundendatei bleibt bei der Analyse (auch ihre Einwilligungsangaben), bis Sie dieses Feld leeren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Customer file:</source>
        <translation>Kundendatei:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;%1&lt;/b&gt; export.</source>
        <translation>Erkannt: &lt;b&gt;%1&lt;/b&gt;-Export.</translation>
    </message>
    <message>
        <source>Check what each column means, then press Import.</source>
        <translation>Prüfen Sie, was jede Spalte bedeutet, und klicken Sie dann auf Importieren.</translation>
    </message>
    <message>
        <source>Using the choices you made last time for a file with these columns.</source>
        <translation>Es gelten Ihre Angaben vom letzten Mal für eine Datei mit diesen Spalten.</translation>
    </message>
    <message>
        <source>also read for consent: an opt-out in any consent column wins</source>
        <translation>auch für die Einwilligung gelesen: eine Abmeldung in irgendeiner Einwilligungsspalte gilt</translation>
    </message>
    <message>
        <source>which column holds the purchase date</source>
        <translation>welche Spalte das Kaufdatum enthält</translation>
    </message>
    <message>
        <source>which column says who the customer is (customer number or e-mail)</source>
        <translation>welche Spalte den Kunden angibt (Kundennummer oder E-Mail)</translation>
    </message>
    <message>
        <source>which column holds the amount (or quantity and unit price)</source>
        <translation>welche Spalte den Betrag enthält (oder Menge und Stückpreis)</translation>
    </message>
    <message>
        <source>Please choose %1.</source>
        <translation>Bitte wählen Sie aus, %1.</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, a device or a pipe): choose the customer file (Browse…), or clear the box to import without one.</source>
        <translation>%1 ist keine Datei (ein Ordner, ein Gerät oder eine Pipe): Wählen Sie die Kundendatei (Durchsuchen…), oder leeren Sie das Feld, um ohne sie zu importieren.</translation>
    </message>
    <message>
        <source>The customer file %1 is not there any more: choose it again (Browse…), or clear the box to import without it.</source>
        <translation>Die Kundendatei %1 ist nicht mehr vorhanden: Wählen Sie sie erneut (Durchsuchen…) oder leeren Sie das Feld, um ohne sie zu importieren.</translation>
    </message>
    <message>
        <source>Reading sheet %1…</source>
        <translation>Tabellenblatt %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Customer details file</source>
        <translation>Datei mit Kundendaten</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Customers</source>
        <extracomment>A cell with fewer customers than this is greyed: too few to read much into. (pale, strong) background per move; a cell&apos;s colour runs between them with its row share.</extracomment>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>% of the row</source>
        <translation>% der Zeile</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Umsatz auf dem Spiel</translation>
    </message>
    <message>
        <source>moved to a better segment</source>
        <translation>in ein besseres Segment gewechselt</translation>
    </message>
    <message>
        <source>moved to a worse segment</source>
        <translation>in ein schlechteres Segment gewechselt</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>geblieben</translation>
    </message>
    <message>
        <source>new since the comparison date</source>
        <translation>neu seit dem Vergleichsdatum</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers (%2 of the row), %3; revenue at stake %4</source>
        <translation>
            <numerusform>%1 Kunde (%2 der Zeile), %3; Umsatz auf dem Spiel %4</numerusform>
            <numerusform>%1 Kunden (%2 der Zeile), %3; Umsatz auf dem Spiel %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Few customers: read little into it.</source>
        <translation>Wenige Kunden: nicht zu viel hineinlesen.</translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>Klicken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Customers who first bought after the comparison date</source>
        <translation>Kunden, die erst nach dem Vergleichsdatum zum ersten Mal kauften</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Damals: %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Pages reachable with Ctrl+1 … Ctrl+9 and Ctrl+0 (the tenth), in navigation order.</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open purchases file…</source>
        <translation>Kaufdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Import an Excel, ODS or CSV export of your sales</source>
        <translation>Einen Excel-, ODS- oder CSV-Export Ihrer Verkäufe importieren</translation>
    </message>
    <message>
        <source>Try the &amp;sample data</source>
        <translation>&amp;Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>Import the bundled UCI Online Retail sample</source>
        <translation>Das mitgelieferte Beispiel UCI Online Retail importieren</translation>
    </message>
    <message>
        <source>&amp;Change columns and re-import…</source>
        <translation>Spalten ändern und neu &amp;importieren…</translation>
    </message>
    <message>
        <source>Check what each column of the current file means, then import again</source>
        <translation>Prüfen, was jede Spalte der aktuellen Datei bedeutet, dann neu importieren</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open a saved Clientele project</source>
        <translation>Ein gespeichertes Clientele-Projekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers</source>
        <translation>Spaltenzuordnung, Einstellungen, Stufen und Angebote speichern</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers in a new project file</source>
        <translation>Spaltenzuordnung, Einstellungen, Stufen und Angebote in einer neuen Projektdatei speichern</translation>
    </message>
    <message>
        <source>&amp;Export mailing list…</source>
        <translation>Mailingliste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Choose lists and write the mailing file</source>
        <translation>Listen wählen und die Mailing-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>Search the customer table</source>
        <translation>Die Kundentabelle durchsuchen</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Clientele &amp;guide</source>
        <translation>Clientele-&amp;Leitfaden</translation>
    </message>
    <message>
        <source>What each page shows, how the numbers are made, where files and settings live</source>
        <translation>Was jede Seite zeigt, wie die Zahlen entstehen, wo Dateien und Einstellungen liegen</translation>
    </message>
    <message>
        <source>Keep a &amp;detailed log</source>
        <translation>Ausführliches &amp;Protokoll führen</translation>
    </message>
    <message>
        <source>Write what Clientele does (files read, steps and their times) to clientele-detail.log in its data folder, next to the crash log</source>
        <translation>Schreibt, was Clientele tut (gelesene Dateien, Schritte und ihre Dauer), in clientele-detail.log im Datenordner, neben das Absturzprotokoll</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>Ü&amp;ber Clientele</translation>
    </message>
</context>
<context>
    <name>ModelCheckDialog</name>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Wie verlässlich sind die Vorhersagen?</translation>
    </message>
    <message>
        <source>Clientele hides the last quarter of your history, fits the predictions again on the first three quarters, and compares what they predict for the last quarter with what your customers really did: per number of repeat purchase days before it, and in total.</source>
        <extracomment>What the dialog says the check does.</extracomment>
        <translation>Clientele blendet das letzte Viertel Ihrer Historie aus, berechnet die Vorhersagen neu auf den ersten drei Vierteln und vergleicht, was sie für das letzte Viertel vorhersagen, mit dem, was Ihre Kunden tatsächlich getan haben: nach Zahl der Wiederkauftage davor und insgesamt.</translation>
    </message>
    <message>
        <source>No check: %1</source>
        <extracomment>that the check covers fewer days than the predictions look ahead (or None)</extracomment>
        <translation>Keine Prüfung: %1</translation>
    </message>
    <message>
        <source>Fitted on the purchases up to %1; for the %2 days from %3 to %4, the %5 customers who had bought by then were expected to buy on %6 days in total, and bought on %7.</source>
        <translation>Berechnet auf den Käufen bis %1; für die %2 Tage vom %3 bis %4 wurde erwartet, dass die %5 Kunden, die bis dahin gekauft hatten, an insgesamt %6 Tagen kaufen; gekauft haben sie an %7.</translation>
    </message>
    <message>
        <source>Model check</source>
        <translation>Modellprüfung</translation>
    </message>
    <message>
        <source>No predictions were made.</source>
        <extracomment>The check on screen, and the chart&apos;s data: labels (0 … 7+), predicted and actual purchase days.</extracomment>
        <translation>Es wurden keine Vorhersagen gemacht.</translation>
    </message>
    <message>
        <source>Nothing to check: %1</source>
        <translation>Nichts zu prüfen: %1</translation>
    </message>
    <message>
        <source>The check could not be made: %1</source>
        <translation>Die Prüfung war nicht möglich: %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking the predictions: fitting them again on the first three quarters of the history…</source>
        <translation>Die Vorhersagen werden geprüft: Sie werden auf den ersten drei Vierteln der Historie neu berechnet…</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Predicted and actual totals are within 20% of each other: the predictions held up on this history.</source>
        <translation>Vorhergesagte und tatsächliche Summen liegen höchstens 20 % auseinander: Die Vorhersagen haben sich auf dieser Historie bewährt.</translation>
    </message>
</context>
<context>
    <name>ModelChecks</name>
    <message>
        <source>Checking the predictions…</source>
        <extracomment>the fit whose check the owner stopped (the status bar&apos;s Cancel): the dialog offers to check again</extracomment>
        <translation>Vorhersagen werden geprüft…</translation>
    </message>
</context>
<context>
    <name>OccasionsPage</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Tage bis dahin</translation>
    </message>
    <message>
        <source>Years / product</source>
        <translation>Jahre / Produkt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Usually again after (days)</source>
        <translation>Meist wieder nach (Tagen)</translation>
    </message>
    <message>
        <source>Quickest quarter (days)</source>
        <translation>Schnellstes Viertel (Tage)</translation>
    </message>
    <message>
        <source>Slowest quarter (days)</source>
        <translation>Langsamstes Viertel (Tage)</translation>
    </message>
    <message>
        <source>Gaps seen</source>
        <translation>Beobachtete Abstände</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Wiederkäufer</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Decide from the file (ask when it cannot)</source>
        <translation>Aus der Datei entscheiden (nachfragen, wenn das nicht geht)</translation>
    </message>
    <message>
        <source>Day first (03/04 is 3 April)</source>
        <translation>Tag zuerst (03/04 ist der 3. April)</translation>
    </message>
    <message>
        <source>Month first (03/04 is 4 March)</source>
        <translation>Monat zuerst (03/04 ist der 4. März)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Lists that follow the calendar: a birthday, a year since the first order, a product about to run out. Each is a list like any other: give it an offer on the Offers page and mail it from Export.</source>
        <translation>Listen, die dem Kalender folgen: ein Geburtstag, ein Jahr seit der ersten Bestellung, ein Produkt, das bald aufgebraucht ist. Jede ist eine Liste wie jede andere: Geben Sie ihr auf der Seite Angebote ein Angebot und schreiben Sie sie über Export an.</translation>
    </message>
    <message>
        <source>How to read a birthday such as 03/04 when nothing else in the file settles it</source>
        <translation>Wie ein Geburtstag wie 03/04 zu lesen ist, wenn sonst nichts in der Datei es klärt</translation>
    </message>
    <message>
        <source>Birthday soon: within</source>
        <translation>Bald Geburtstag: innerhalb von</translation>
    </message>
    <message>
        <source>Anniversary soon: within</source>
        <translation>Bald Kundenjubiläum: innerhalb von</translation>
    </message>
    <message>
        <source>Due to re-buy: from</source>
        <translation>Nachkauf fällig: von</translation>
    </message>
    <message>
        <source>before to</source>
        <translation>davor bis</translation>
    </message>
    <message>
        <source>after the reference date</source>
        <translation>nach dem Stichtag</translation>
    </message>
    <message>
        <source>Birthdays like 03/04:</source>
        <translation>Geburtstage wie 03/04:</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Re-buy intervals</source>
        <translation>Nachkaufabstände</translation>
    </message>
    <message numerus="yes">
        <source>%1 products are bought again often enough to know when: each needs %2 gaps or more between a customer&apos;s purchases of it. &lt;i&gt;Usually again after&lt;/i&gt; is the middle gap (half the gaps are shorter); a quarter of the gaps are shorter than the quickest quarter, a quarter longer than the slowest. A customer is &lt;i&gt;due&lt;/i&gt; when their last purchase plus the usual gap falls in the window above.</source>
        <translation>
            <numerusform>%1 Produkt wird oft genug wieder gekauft, um zu wissen, wann: Jedes braucht %2 oder mehr Abstände zwischen den Käufen eines Kunden. &lt;i&gt;Meist wieder nach&lt;/i&gt; ist der mittlere Abstand (die Hälfte der Abstände ist kürzer); ein Viertel der Abstände ist kürzer als das schnellste Viertel, ein Viertel länger als das langsamste. Ein Kunde ist &lt;i&gt;fällig&lt;/i&gt;, wenn sein letzter Kauf plus der übliche Abstand in das Zeitfenster oben fällt.</numerusform>
            <numerusform>%1 Produkte werden oft genug wieder gekauft, um zu wissen, wann: Jedes braucht %2 oder mehr Abstände zwischen den Käufen eines Kunden. &lt;i&gt;Meist wieder nach&lt;/i&gt; ist der mittlere Abstand (die Hälfte der Abstände ist kürzer); ein Viertel der Abstände ist kürzer als das schnellste Viertel, ein Viertel länger als das langsamste. Ein Kunde ist &lt;i&gt;fällig&lt;/i&gt;, wenn sein letzter Kauf plus der übliche Abstand in das Zeitfenster oben fällt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>First name (fallback when missing)</source>
        <translation>Vorname (Ersatzwort, wenn er fehlt)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Lieblingskategorie</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Lieblingsprodukt</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Tage seit dem letzten Kauf</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Treuestufe</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Nächste Stufe</translation>
    </message>
    <message>
        <source>Amount still to spend for the next tier</source>
        <translation>Betrag, der bis zur nächsten Stufe noch fehlt</translation>
    </message>
    <message>
        <source>The discount, in words</source>
        <translation>Der Rabatt in Worten</translation>
    </message>
    <message>
        <source>Their unique coupon code</source>
        <translation>Der persönliche Gutscheincode</translation>
    </message>
    <message>
        <source>When the offer ends</source>
        <translation>Wann das Angebot endet</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>Der Name Ihres Shops</translation>
    </message>
    <message>
        <source>Years since the first order, in words (&quot;2 years&quot;)</source>
        <translation>Jahre seit der ersten Bestellung, in Worten („2 Jahre“)</translation>
    </message>
    <message>
        <source>The product a customer is due to buy again</source>
        <translation>Das Produkt, das ein Kunde bald wieder kaufen dürfte</translation>
    </message>
    <message>
        <source>The birthday, day and month</source>
        <translation>Der Geburtstag, Tag und Monat</translation>
    </message>
    <message>
        <source>after the export</source>
        <translation>nach dem Export</translation>
    </message>
    <message>
        <source>after the customer&apos;s day (birthday, anniversary, due day)</source>
        <translation>nach dem Tag des Kunden (Geburtstag, Kundenjubiläum, Nachkauftag)</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% Rabatt</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Betrag Rabatt</translation>
    </message>
    <message>
        <source>Something else (describe it)</source>
        <translation>Etwas anderes (beschreiben Sie es)</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Kein Rabatt</translation>
    </message>
    <message>
        <source>The subject line of the e-mail; merge fields such as {first_name} work here too</source>
        <translation>Die Betreffzeile der E-Mail; Platzhalter wie {first_name} funktionieren auch hier</translation>
    </message>
    <message>
        <source>e.g. free delivery</source>
        <translation>z. B. kostenloser Versand</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The offer ends this many days after the export</source>
        <translation>Das Angebot endet so viele Tage nach dem Export</translation>
    </message>
    <message>
        <source>For a birthday, an anniversary or a product due: count the days from each customer&apos;s own day (a birthday treat valid a week either side: 7 days after the birthday), or from the export</source>
        <translation>Für Geburtstag, Kundenjubiläum oder fälligen Nachkauf: die Tage ab dem eigenen Tag jedes Kunden zählen (ein Geburtstagsgeschenk, das eine Woche davor und danach gilt: 7 Tage nach dem Geburtstag) oder ab dem Export</translation>
    </message>
    <message>
        <source>Coupon codes start with this, e.g. MISSYOU-7KQ4P</source>
        <translation>Gutscheincodes beginnen hiermit, z. B. MISSYOU-7KQ4P</translation>
    </message>
    <message>
        <source>there</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Used for {first_name} when a customer&apos;s first name is unknown</source>
        <translation>Wird für {first_name} verwendet, wenn der Vorname eines Kunden unbekannt ist</translation>
    </message>
    <message>
        <source>Insert a field…</source>
        <translation>Feld einfügen…</translation>
    </message>
    <message>
        <source>Put a merge field, such as {first_name}, at the cursor in the message</source>
        <translation>Einen Platzhalter wie {first_name} an der Cursorposition in die Nachricht einfügen</translation>
    </message>
    <message>
        <source>The message. Words in braces, like {first_name}, are replaced per customer.</source>
        <translation>Die Nachricht. Wörter in geschweiften Klammern wie {first_name} werden je Kunde ersetzt.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>Coupon prefix</source>
        <translation>Gutschein-Präfix</translation>
    </message>
    <message>
        <source>If no first name, say</source>
        <translation>Ohne Vorname sagen</translation>
    </message>
    <message>
        <source>Merge field</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>The offer is ready.</source>
        <translation>Das Angebot ist fertig.</translation>
    </message>
</context>
<context>
    <name>OfferTestBox</name>
    <message>
        <source>With %1 held back as the control group (%2), </source>
        <translation>Mit %1 als Kontrollgruppe zurückgehalten (%2) </translation>
    </message>
    <message>
        <source>With no control group, </source>
        <translation>Ohne Kontrollgruppe </translation>
    </message>
    <message>
        <source>the export mails %1 of this list&apos;s customers: %2 get offer A and %3 get offer B, drawn at random when you export (the control group is drawn first and does not change).</source>
        <translation>schreibt der Export %1 Kunden dieser Liste an: %2 erhalten Angebot A und %3 Angebot B, beim Export zufällig ausgelost (die Kontrollgruppe wird zuerst gezogen und ändert sich nicht).</translation>
    </message>
    <message>
        <source>Test a second offer</source>
        <translation>Zweites Angebot testen</translation>
    </message>
    <message>
        <source>Send offer B to part of this list&apos;s mailed customers, drawn at random, to see which offer works better (each is also compared with the control group)</source>
        <translation>Angebot B an einen zufällig ausgelosten Teil der angeschriebenen Kunden dieser Liste senden, um zu sehen, welches Angebot besser wirkt (jedes wird auch mit der Kontrollgruppe verglichen)</translation>
    </message>
    <message>
        <source>The share of the mailed customers who get offer B (half unless you set another)</source>
        <translation>Der Anteil der angeschriebenen Kunden, die Angebot B erhalten (die Hälfte, wenn Sie nichts anderes einstellen)</translation>
    </message>
    <message>
        <source>get B</source>
        <translation>erhalten B</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Every group you can mail; pick one to write its offer</source>
        <translation>Jede Gruppe, die Sie anschreiben können; wählen Sie eine, um ihr Angebot zu schreiben</translation>
    </message>
    <message>
        <source>Your shop&apos;s name, as customers know it</source>
        <translation>Der Name Ihres Shops, wie Ihre Kunden ihn kennen</translation>
    </message>
    <message>
        <source>No shop name yet: messages say “our shop”.</source>
        <translation>Noch kein Shopname: In den Nachrichten steht „unser Shop“.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shopname</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ihr Shop</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Offer A</source>
        <translation>Angebot A</translation>
    </message>
    <message>
        <source>Offer B</source>
        <translation>Angebot B</translation>
    </message>
    <message>
        <source>Back to the suggested offer</source>
        <translation>Zurück zum vorgeschlagenen Angebot</translation>
    </message>
    <message>
        <source>The subject and message this customer would get, and whether the export would reach them</source>
        <translation>Betreff und Nachricht, die dieser Kunde erhalten würde, und ob der Export ihn erreicht</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Preview for a real customer</source>
        <translation>Vorschau für einen echten Kunden</translation>
    </message>
    <message>
        <source>Choose what each group gets. Every message is personalised.</source>
        <translation>Legen Sie fest, was jede Gruppe erhält. Jede Nachricht ist persönlich.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 Kunde</numerusform>
            <numerusform>%1 Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is in this list right now.</source>
        <translation>Im Moment ist niemand in dieser Liste.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Fix the offer first: %1</source>
        <translation>Korrigieren Sie zuerst das Angebot: %1</translation>
    </message>
    <message>
        <source>%1 is an example: each customer gets a code of their own, drawn when you export.</source>
        <translation>%1 ist ein Beispiel: Jeder Kunde erhält einen eigenen Code, der beim Export gezogen wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offer %1&lt;/b&gt; of this list&apos;s offer test: each mailed customer gets A or B, drawn at random when you export.</source>
        <translation>&lt;b&gt;Angebot %1&lt;/b&gt; des Angebotstests dieser Liste: Jeder angeschriebene Kunde erhält A oder B, beim Export zufällig ausgelost.</translation>
    </message>
    <message>
        <source>Offer B still gives what offer A gives (only its coupon codes differ): change its discount, title or message, or the test can show only chance differences.</source>
        <translation>Angebot B gibt noch dasselbe wie Angebot A (nur seine Gutscheincodes unterscheiden sich): Ändern Sie Rabatt, Titel oder Nachricht, sonst kann der Test nur Zufallsunterschiede zeigen.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Not sent by %1: %2.</source>
        <translation>Nicht per %1 gesendet: %2.</translation>
    </message>
    <message>
        <source>Sent by %1, unless drawn for the control group (%2 of the list, not contacted).</source>
        <translation>Per %1 gesendet, außer bei Auslosung in die Kontrollgruppe (%2 der Liste, nicht angeschrieben).</translation>
    </message>
    <message>
        <source>Sent by %1.</source>
        <translation>Per %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>See who moved on the Changes page</source>
        <extracomment>the file&apos;s customers and revenue against these figures (also shown on the Import page)</extracomment>
        <translation>Wer gewechselt hat: Seite Veränderungen</translation>
    </message>
    <message>
        <source>The history is too short to compare with an earlier date.</source>
        <translation>Die Historie ist zu kurz für einen Vergleich mit einem früheren Datum.</translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation>Vorhersagen:</translation>
    </message>
    <message>
        <source>no predictions were made.</source>
        <translation>es wurden keine Vorhersagen gemacht.</translation>
    </message>
    <message>
        <source>customers expected to spend about %1 in the next 365 days</source>
        <translation>Kunden, die in den nächsten 365 Tagen voraussichtlich etwa %1 ausgeben</translation>
    </message>
    <message>
        <source>no customer seen to lapse yet, so the model cannot tell who is still a customer</source>
        <translation>noch kein Kunde als abgewandert erkannt, also kann das Modell nicht sagen, wer noch Kunde ist</translation>
    </message>
    <message>
        <source>about %1 of %2 customers still customers</source>
        <translation>etwa %1 von %2 Kunden sind noch Kunden</translation>
    </message>
    <message>
        <source>, expected to spend about %1 in the next 365 days</source>
        <translation>, voraussichtliche Ausgaben etwa %1 in den nächsten 365 Tagen</translation>
    </message>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Wie verlässlich sind die Vorhersagen?</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customers with at least one purchase</source>
        <translation>Kunden mit mindestens einem Kauf</translation>
    </message>
    <message>
        <source>revenue (net of returns)</source>
        <translation>Umsatz (abzüglich Retouren)</translation>
    </message>
    <message>
        <source>Total net spend of these customers</source>
        <translation>Nettoausgaben dieser Kunden insgesamt</translation>
    </message>
    <message>
        <source>active: bought within the inactivity window, not overdue</source>
        <translation>aktiv: im Aktivitätszeitraum gekauft, nicht überfällig</translation>
    </message>
    <message>
        <source>Share of customers whose status is Active: they bought within the inactivity window and are not overdue for their usual next purchase (the Overdue ones bought within it too)</source>
        <translation>Anteil der Kunden mit Status Aktiv: Sie haben im Aktivitätszeitraum gekauft und sind mit ihrem üblichen nächsten Kauf nicht überfällig (auch die Überfälligen haben in ihm gekauft)</translation>
    </message>
    <message>
        <source>revenue of customers at risk or inactive</source>
        <translation>Umsatz gefährdeter oder inaktiver Kunden</translation>
    </message>
    <message>
        <source>What customers who are At Risk, Can&apos;t Lose Them, Inactive or Lost used to spend</source>
        <translation>Was Kunden in At Risk, Can&apos;t Lose Them, Inactive oder Lost früher ausgaben</translation>
    </message>
    <message>
        <source>How the customers and revenue of the file add up to these figures</source>
        <translation>Wie sich Kunden und Umsatz der Datei zu diesen Zahlen zusammensetzen</translation>
    </message>
    <message>
        <source>Customers placed as they stood on the comparison date, scored with today&apos;s cut points; a better segment is one earlier in the segment map</source>
        <translation>Kunden so eingeordnet, wie sie am Vergleichsdatum standen, mit den heutigen Grenzwerten bewertet; ein besseres Segment steht weiter oben in der Segmentkarte</translation>
    </message>
    <message>
        <source>From the purchase and spend models fitted to your own customers; the link shows how well they predicted the last quarter</source>
        <translation>Aus den Kauf- und Ausgabenmodellen, angepasst an Ihre eigenen Kunden; der Link zeigt, wie gut sie das letzte Quartal vorhergesagt haben</translation>
    </message>
    <message>
        <source>Reference date: latest purchase in the file</source>
        <translation>Stichtag: letzter Kauf in der Datei</translation>
    </message>
    <message>
        <source>Recency is counted back from this date. Untick to choose another date.</source>
        <translation>Die Aktualität wird ab diesem Datum zurückgerechnet. Haken entfernen, um ein anderes Datum zu wählen.</translation>
    </message>
    <message>
        <source>Count recency from this day (for example the day you plan to send the mailing)</source>
        <translation>Aktualität ab diesem Tag zählen (zum Beispiel dem Tag, an dem Sie das Mailing versenden wollen)</translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation>Kunden und Umsatz je Segment</translation>
    </message>
    <message>
        <source>Recency and frequency grid</source>
        <translation>Raster aus Aktualität und Häufigkeit</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Tage seit dem letzten Kauf</translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation>Umsatz im Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <source>revenue of %1 customers at risk or inactive</source>
        <translation>
            <numerusform>Umsatz von %1 gefährdeten oder inaktiven Kunden</numerusform>
            <numerusform>Umsatz von %1 gefährdeten oder inaktiven Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: inactive after %1 days</source>
        <translation>
            <numerusform>Zeitraum: inaktiv nach %1 Tag</numerusform>
            <numerusform>Zeitraum: inaktiv nach %1 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows after the reference date left out</source>
        <translation>
            <numerusform>%1 Zeile nach dem Stichtag nicht berücksichtigt</numerusform>
            <numerusform>%1 Zeilen nach dem Stichtag nicht berücksichtigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageColumns</name>
    <message>
        <source>Still a customer</source>
        <extracomment>Headings of the prediction columns (definitions §11) and the win-back list&apos;s stake (§4). Translated where shown, in the context &quot;PageColumns&quot;.</extracomment>
        <translation>Noch Kunde</translation>
    </message>
    <message>
        <source>Purchase days next year</source>
        <translation>Kauftage im nächsten Jahr</translation>
    </message>
    <message>
        <source>Spend per purchase day</source>
        <translation>Ausgaben pro Kauftag</translation>
    </message>
    <message>
        <source>Spend next year</source>
        <translation>Ausgaben im nächsten Jahr</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>Auf dem Spiel</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Import</source>
        <extracomment>Invented names, e-mails and consent for the sample&apos;s customers (so the demo mails someone). The window&apos;s comfortable size; smaller screens get the window maximised (gui.screen_fit). Where the progress bar stands when opening a file after the first look, and after the import. The pages&apos; titles and tooltips (gui.page_registry&apos;s PAGE_SPECS and the Import page) for pyside6-lupdate: the navigation translates them in the context &quot;Pages&quot; when it shows them.</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>The import report and the first rows of the file</source>
        <translation>Der Importbericht und die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Headline figures and the main charts</source>
        <translation>Kennzahlen und die wichtigsten Diagramme</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Customer groups and the segment map</source>
        <translation>Kundengruppen und die Segmentkarte</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Veränderungen</translation>
    </message>
    <message>
        <source>Who moved between segments since an earlier date</source>
        <translation>Wer seit einem früheren Datum das Segment gewechselt hat</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>Customers who have gone quiet, the most to lose first</source>
        <translation>Still gewordene Kunden, das meiste zu verlieren zuerst</translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation>Treuestufen</translation>
    </message>
    <message>
        <source>Tier rules, distribution and who is nearly up</source>
        <translation>Stufenregeln, Verteilung und wer kurz vor dem Aufstieg steht</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Every customer, with search, filters and details</source>
        <translation>Alle Kunden, mit Suche, Filtern und Details</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Anlässe</translation>
    </message>
    <message>
        <source>Birthdays, anniversaries and who is due to buy again</source>
        <translation>Geburtstage, Jubiläen und wer wieder kaufen dürfte</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>An offer and a message per list</source>
        <translation>Ein Angebot und eine Nachricht je Liste</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Write the mailing list</source>
        <translation>Die Mailingliste schreiben</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Did the offer work? A campaign&apos;s mailed customers against its control group</source>
        <translation>Hat das Angebot gewirkt? Die angeschriebenen Kunden einer Aktion gegen ihre Kontrollgruppe</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Preparing %1</source>
        <extracomment>What a page&apos;s prepare function looks like: (segmentation, transactions) -&gt; its view data.</extracomment>
        <translation>%1 wird vorbereitet</translation>
    </message>
    <message>
        <source>Pages ready</source>
        <translation>Seiten bereit</translation>
    </message>
    <message>
        <source>Indexing purchases per customer</source>
        <extracomment>Rows of the imported file shown under the import report. The project file (its choices and where it is) this import opens, taken only once the import is done (session.set_imported); None for a plain file. The size and modification time (ns) of each file read (purchases, customers), taken before it was read: an export checks them (``changed_files``), so that an opt-out written into a file after it was opened is never missed.</extracomment>
        <translation>Käufe je Kunde werden indiziert</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Groups ready</source>
        <translation>Gruppen bereit</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job says how long is left once it has run this long and filled ESTIMATE_MIN_SHARE of the bar.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this step; what was on screen before stays as it was</source>
        <translation>Diesen Schritt abbrechen; was vorher angezeigt wurde, bleibt unverändert</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>Clientele projects (%1)</source>
        <extracomment>The words of this module, in the context &quot;ProjectActions&quot;.</extracomment>
        <translation>Clientele-Projekte (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Open a purchases file first.</source>
        <translation>Öffnen Sie zuerst eine Kaufdatei.</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Project saved: %1</source>
        <extracomment>The words of this module, in the context &quot;ProjectIO&quot;.</extracomment>
        <translation>Projekt gespeichert: %1</translation>
    </message>
    <message>
        <source>The project was made from %1, which is not there any more. Choose the file (or a newer export of it) to continue.</source>
        <translation>Das Projekt wurde aus %1 erstellt, die nicht mehr vorhanden ist. Wählen Sie die Datei (oder einen neueren Export davon), um fortzufahren.</translation>
    </message>
    <message>
        <source>The project was made from a purchases file, which is not there any more. Choose the file (or a newer export of it) to continue.</source>
        <translation>Das Projekt wurde aus einer Kaufdatei erstellt, die nicht mehr vorhanden ist. Wählen Sie die Datei (oder einen neueren Export davon), um fortzufahren.</translation>
    </message>
    <message>
        <source>Where is the purchases file?</source>
        <translation>Wo ist die Kaufdatei?</translation>
    </message>
    <message>
        <source>Purchases file for this project</source>
        <translation>Kaufdatei für dieses Projekt</translation>
    </message>
    <message>
        <source>The project&apos;s customers file %1 (names, e-mail addresses, consent) is not there any more. Without it Clientele does not know who opted out in it. Choose where it is now?</source>
        <translation>Die Kundendatei %1 des Projekts (Namen, E-Mail-Adressen, Einwilligung) ist nicht mehr vorhanden. Ohne sie weiß Clientele nicht, wer sich darin abgemeldet hat. Jetzt auswählen, wo sie liegt?</translation>
    </message>
    <message>
        <source>Where is the customers file?</source>
        <translation>Wo ist die Kundendatei?</translation>
    </message>
    <message>
        <source>Customers file for this project</source>
        <translation>Kundendatei für dieses Projekt</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>No campaign has been recorded yet. Export a mailing list on the Export page (keep a control group: only it can tell whether the offer worked). When the response window has run, open the shop&apos;s newer purchases file and come back here.</source>
        <extracomment>Said when no campaign has been recorded yet.</extracomment>
        <translation>Es wurde noch keine Aktion gespeichert. Exportieren Sie eine Mailingliste auf der Seite Export (mit Kontrollgruppe: nur sie zeigt, ob das Angebot gewirkt hat). Wenn der Antwortzeitraum vorbei ist, öffnen Sie die neuere Kaufdatei des Shops und kommen Sie hierher zurück.</translation>
    </message>
    <message>
        <source>The recorded campaign to measure (the latest first chosen). Exports that mailed nobody are not campaigns.</source>
        <extracomment>How long after the last edit of the sent date or the window the results are worked out again.</extracomment>
        <translation>Die gespeicherte Aktion, die gemessen wird (zuerst die neueste). Exporte, die niemanden angeschrieben haben, sind keine Aktionen.</translation>
    </message>
    <message>
        <source>The day the mailing went out (the export date unless you set another); kept with the campaign</source>
        <translation>Der Tag des Versands (das Exportdatum, wenn Sie kein anderes einstellen); wird bei der Aktion gespeichert</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How long after the sent date a purchase counts as a response; kept with the campaign</source>
        <translation>Wie lange nach dem Versanddatum ein Kauf als Reaktion zählt; wird bei der Aktion gespeichert</translation>
    </message>
    <message>
        <source>Open a newer file…</source>
        <translation>Neuere Datei öffnen…</translation>
    </message>
    <message>
        <source>Measure with another purchases file than the one open now (read with the open file&apos;s column choices)</source>
        <translation>Mit einer anderen Kaufdatei als der geöffneten messen (gelesen mit den Spaltenzuordnungen der geöffneten Datei)</translation>
    </message>
    <message>
        <source>Use the file open now</source>
        <translation>Die geöffnete Datei verwenden</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>Ergebnisse speichern…</translation>
    </message>
    <message>
        <source>The results table as CSV, or a workbook with a Summary for you and one row per customer (as the command line&apos;s --results-out)</source>
        <translation>Die Ergebnistabelle als CSV oder eine Arbeitsmappe mit einer Zusammenfassung für Sie und einer Zeile pro Kunde (wie --results-out der Befehlszeile)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verschickt am</translation>
    </message>
    <message>
        <source>Response window</source>
        <translation>Antwortzeitraum</translation>
    </message>
    <message>
        <source>Per list: the mailed and the control customers side by side, the uplift (more buyers of every 100 than the control group) and what it means</source>
        <translation>Pro Liste: angeschriebene und Kontrollkunden nebeneinander, der Zuwachs (mehr Käufer je 100 als in der Kontrollgruppe) und was er bedeutet</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Zuwachs</translation>
    </message>
    <message>
        <source>Did the offer work? The mailed customers against the control group, who were held back at random</source>
        <translation>Hat das Angebot gewirkt? Die angeschriebenen Kunden im Vergleich zur Kontrollgruppe, die zufällig zurückgehalten wurde</translation>
    </message>
    <message>
        <source>Open the newer purchases file</source>
        <extracomment>the file shown before a newer file&apos;s first look, until that look is on screen (a cancel or a failure puts it back: the label never names a file whose results are not shown) a save is being written: a look asked for meanwhile waits for it (it would stop the save)</extracomment>
        <translation>Neuere Kaufdatei öffnen</translation>
    </message>
    <message>
        <source>Saving stopped; nothing was written.</source>
        <translation>Speichern abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The campaign history cannot be used</source>
        <translation>Der Aktionsverlauf kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Working out the campaign&apos;s results…</source>
        <translation>Ergebnisse der Aktion werden berechnet…</translation>
    </message>
    <message>
        <source>Campaign %1 now records its mailing as sent on %2, with a %3-day response window.</source>
        <translation>Aktion %1 speichert ihren Versand jetzt als am %2 verschickt, mit %3 Tagen Antwortzeitraum.</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;%1&lt;/b&gt; (a newer file, read for the results only)</source>
        <translation>Käufe: &lt;b&gt;%1&lt;/b&gt; (eine neuere Datei, nur für die Ergebnisse gelesen)</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;%1&lt;/b&gt; (the file open now)</source>
        <translation>Käufe: &lt;b&gt;%1&lt;/b&gt; (die geöffnete Datei)</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;none yet&lt;/b&gt;</source>
        <translation>Käufe: &lt;b&gt;noch keine&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Ergebnisse gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>The purchases file has no coupon column, so coupon redemptions are not counted. If it has one, open it again and choose the column as Coupon code.</source>
        <extracomment>The window&apos;s words when the purchases file has no coupon column (core&apos;s, without the flag).</extracomment>
        <translation>Die Kaufdatei hat keine Gutscheinspalte, daher werden Einlösungen nicht gezählt. Falls sie eine hat, öffnen Sie sie erneut und wählen Sie die Spalte als Gutscheincode.</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>The page&apos;s columns: (key, heading).</extracomment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Angeschrieben</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Pro Kunde</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Zuwachs</translation>
    </message>
    <message>
        <source>Likely between</source>
        <translation>Wahrscheinlich zwischen</translation>
    </message>
    <message>
        <source>Chance it helped</source>
        <translation>Wahrscheinlichkeit, dass es half</translation>
    </message>
    <message>
        <source>Extra revenue</source>
        <translation>Mehrumsatz</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation>Eingelöste Codes</translation>
    </message>
    <message>
        <source>Used by others</source>
        <translation>Von anderen eingelöst</translation>
    </message>
    <message>
        <source>Control customers with a code</source>
        <translation>Kontrollkunden mit Code</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <extracomment>``problem`` is no problem: the file open now ends before the campaign was sent (right after an export), and the page says how to come back with the newer file, in plain words</extracomment>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Open the newer purchases file to see this campaign&apos;s results.</source>
        <translation>Öffnen Sie die neuere Kaufdatei, um die Ergebnisse dieser Aktion zu sehen.</translation>
    </message>
    <message>
        <source>Working out the results</source>
        <translation>Ergebnisse werden berechnet</translation>
    </message>
    <message>
        <source>Results ready</source>
        <translation>Ergebnisse fertig</translation>
    </message>
    <message>
        <source>Open the file with File › Open first (it asks day-first or month-first), then come back here and use the file open now.</source>
        <translation>Öffnen Sie die Datei zuerst mit Datei › Öffnen (dort wird nach Tag oder Monat zuerst gefragt), kommen Sie dann hierher zurück und nutzen Sie die geöffnete Datei.</translation>
    </message>
    <message>
        <source>Campaign %1 was sent on %2 (set another day above if it went out on another), and its response window runs until %3. The purchases open now end on %4, before it was sent: once the window has run, export your purchases again and open that file here (Open a newer file…) to see whether the offer worked.</source>
        <translation>Aktion %1 wurde am %2 versendet (stellen Sie oben einen anderen Tag ein, falls sie an einem anderen Tag hinausging), und ihr Antwortzeitraum läuft bis %3. Die jetzt geöffneten Käufe enden am %4, vor dem Versand: Sobald der Zeitraum gelaufen ist, exportieren Sie Ihre Käufe erneut und öffnen diese Datei hier (Neuere Datei öffnen…), um zu sehen, ob das Angebot gewirkt hat.</translation>
    </message>
    <message>
        <source>If the mailing went out earlier than recorded, set the day it was sent above; otherwise open a purchases file exported after the response window has run (it ends on %1).</source>
        <translation>Wenn der Versand früher war als gespeichert, stellen Sie oben den Versandtag ein; sonst öffnen Sie eine Kaufdatei, die nach Ablauf des Antwortzeitraums exportiert wurde (er endet am %1).</translation>
    </message>
    <message>
        <source>Offer tests</source>
        <translation>Angebotstests</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Gutscheine</translation>
    </message>
    <message>
        <source>No coupon code of this campaign was used in the window.</source>
        <translation>Im Zeitraum wurde kein Gutscheincode dieser Aktion eingelöst.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Campaign %1%2 — made %3, %4 mailed, %5 held back</source>
        <translation>Aktion %1%2 — erstellt %3, %4 angeschrieben, %5 zurückgehalten</translation>
    </message>
</context>
<context>
    <name>SegmentHelp</name>
    <message>
        <source>Bought very recently and buy often — your best customers.</source>
        <translation>Haben vor Kurzem gekauft und kaufen oft – Ihre besten Kunden.</translation>
    </message>
    <message>
        <source>Thank them: early access, a small gift, ask for a review. No big discount needed.</source>
        <translation>Bedanken Sie sich: früher Zugang, ein kleines Geschenk, Bitte um eine Bewertung. Kein großer Rabatt nötig.</translation>
    </message>
    <message>
        <source>Buy often and still fairly recently.</source>
        <translation>Kaufen oft und noch recht aktuell.</translation>
    </message>
    <message>
        <source>Reward loyalty: a thank-you gift, points, a tier upgrade.</source>
        <translation>Treue belohnen: ein Dankeschön, Punkte, eine höhere Stufe.</translation>
    </message>
    <message>
        <source>Recent customers with a few orders — could become regulars.</source>
        <translation>Neuere Kunden mit einigen Bestellungen – könnten Stammkunden werden.</translation>
    </message>
    <message>
        <source>Give a reason to come back soon: free delivery, a picked recommendation.</source>
        <translation>Geben Sie einen Grund, bald wiederzukommen: kostenloser Versand, eine passende Empfehlung.</translation>
    </message>
    <message>
        <source>Made their first purchase very recently.</source>
        <translation>Haben vor Kurzem zum ersten Mal gekauft.</translation>
    </message>
    <message>
        <source>Welcome them and make the second order easy: a small first-repeat discount.</source>
        <translation>Heißen Sie sie willkommen und machen Sie die zweite Bestellung leicht: ein kleiner Rabatt auf den Wiederkauf.</translation>
    </message>
    <message>
        <source>Bought recently, but only once.</source>
        <translation>Haben kürzlich gekauft, aber nur einmal.</translation>
    </message>
    <message>
        <source>Show what else you sell; a small voucher for the next visit.</source>
        <translation>Zeigen Sie, was Sie noch verkaufen; ein kleiner Gutschein für den nächsten Besuch.</translation>
    </message>
    <message>
        <source>Middle of the road: neither recent nor rare — starting to drift.</source>
        <translation>Mittelfeld: weder aktuell noch selten – beginnen abzudriften.</translation>
    </message>
    <message>
        <source>A personal recommendation or a limited-time offer.</source>
        <translation>Eine persönliche Empfehlung oder ein zeitlich begrenztes Angebot.</translation>
    </message>
    <message>
        <source>Have not bought for a while and bought only once or twice.</source>
        <translation>Haben länger nicht gekauft und nur ein- oder zweimal.</translation>
    </message>
    <message>
        <source>A friendly reminder with a modest discount before they forget you.</source>
        <translation>Eine freundliche Erinnerung mit einem kleinen Rabatt, bevor sie Sie vergessen.</translation>
    </message>
    <message>
        <source>Used to buy regularly, but not for a long time.</source>
        <translation>Haben früher regelmäßig gekauft, aber schon lange nicht mehr.</translation>
    </message>
    <message>
        <source>Win them back: a clear discount and a &apos;we miss you&apos; message.</source>
        <translation>Gewinnen Sie sie zurück: ein deutlicher Rabatt und eine „Wir vermissen Sie“-Nachricht.</translation>
    </message>
    <message>
        <source>Were among your most frequent customers, but have gone quiet.</source>
        <translation>Gehörten zu Ihren häufigsten Kunden, sind aber still geworden.</translation>
    </message>
    <message>
        <source>Your strongest win-back offer, personally worded; ask what went wrong.</source>
        <translation>Ihr stärkstes Rückgewinnungsangebot, persönlich formuliert; fragen Sie, was schiefgelaufen ist.</translation>
    </message>
    <message>
        <source>Bought rarely and long ago.</source>
        <translation>Haben selten und vor langer Zeit gekauft.</translation>
    </message>
    <message>
        <source>A low-cost reminder at most; do not spend much on them.</source>
        <translation>Höchstens eine günstige Erinnerung; nicht viel in sie investieren.</translation>
    </message>
    <message>
        <source>Customers no segment of your map covers.</source>
        <translation>Kunden, die kein Segment Ihrer Karte abdeckt.</translation>
    </message>
    <message>
        <source>Edit the segment map so every cell belongs to a segment.</source>
        <translation>Bearbeiten Sie die Segmentkarte, damit jede Zelle zu einem Segment gehört.</translation>
    </message>
    <message>
        <source>Bought within the inactivity window and on their usual rhythm.</source>
        <translation>Haben im Aktivitätszeitraum und im gewohnten Rhythmus gekauft.</translation>
    </message>
    <message>
        <source>Still inside the window, but late by their own rhythm (twice their usual gap).</source>
        <translation>Noch im Zeitraum, aber für ihren Rhythmus spät dran (doppelter üblicher Abstand).</translation>
    </message>
    <message>
        <source>No purchase within the inactivity window.</source>
        <translation>Kein Kauf im Aktivitätszeitraum.</translation>
    </message>
    <message>
        <source>No purchase for more than twice the inactivity window.</source>
        <translation>Kein Kauf seit mehr als dem doppelten Aktivitätszeitraum.</translation>
    </message>
    <message>
        <source>In your customer file, but has never bought.</source>
        <translation>In Ihrer Kundendatei, hat aber nie gekauft.</translation>
    </message>
    <message>
        <source>recency score %1–%2</source>
        <translation>Aktualitätswert %1–%2</translation>
    </message>
    <message>
        <source>frequency score %1–%2</source>
        <translation>Häufigkeitswert %1–%2</translation>
    </message>
    <message>
        <source>money score %1–%2</source>
        <translation>Umsatzwert %1–%2</translation>
    </message>
    <message>
        <source>Customers with %1.</source>
        <translation>Kunden mit %1.</translation>
    </message>
    <message>
        <source>A segment of your own map.</source>
        <translation>Ein Segment Ihrer eigenen Karte.</translation>
    </message>
    <message>
        <source>Choose an offer that fits them on the Offers page.</source>
        <translation>Wählen Sie auf der Seite Angebote ein passendes Angebot.</translation>
    </message>
    <message>
        <source>What to offer:</source>
        <translation>Was anbieten:</translation>
    </message>
    <message>
        <source>The customer&apos;s number (their e-mail address when the file has none)</source>
        <extracomment>What each customer-table column means (definitions §2–§5), as the tooltip of its heading.</extracomment>
        <translation>Die Kundennummer (die E-Mail-Adresse, wenn die Datei keine hat)</translation>
    </message>
    <message>
        <source>The date of the first purchase</source>
        <translation>Das Datum des ersten Kaufs</translation>
    </message>
    <message>
        <source>The date of the last purchase</source>
        <translation>Das Datum des letzten Kaufs</translation>
    </message>
    <message>
        <source>Days from the last purchase to the reference date (recency)</source>
        <translation>Tage vom letzten Kauf bis zum Stichtag (Aktualität)</translation>
    </message>
    <message>
        <source>Days from the first purchase to the reference date</source>
        <translation>Tage vom ersten Kauf bis zum Stichtag</translation>
    </message>
    <message>
        <source>Orders (invoices) with a purchase; returns are not orders</source>
        <translation>Bestellungen (Rechnungen) mit einem Kauf; Rücksendungen sind keine Bestellungen</translation>
    </message>
    <message>
        <source>Days with a purchase</source>
        <translation>Tage mit einem Kauf</translation>
    </message>
    <message>
        <source>What the customer spent in total, net of returns</source>
        <translation>Was der Kunde insgesamt ausgegeben hat, abzüglich Rücksendungen</translation>
    </message>
    <message>
        <source>Spent in total ÷ orders</source>
        <translation>Gesamtausgaben ÷ Bestellungen</translation>
    </message>
    <message>
        <source>The usual number of days between two purchase days (the median); empty with fewer than three purchase days</source>
        <translation>Die übliche Zahl von Tagen zwischen zwei Kauftagen (der Median); leer bei weniger als drei Kauftagen</translation>
    </message>
    <message>
        <source>Days since the last purchase ÷ the usual gap; 2 or more is Overdue</source>
        <translation>Tage seit dem letzten Kauf ÷ der übliche Abstand; ab 2 gilt der Kunde als „Überfällig“</translation>
    </message>
    <message>
        <source>Spent in the 12 months up to the reference date, net of returns</source>
        <translation>Ausgaben in den 12 Monaten bis zum Stichtag, abzüglich Rücksendungen</translation>
    </message>
    <message>
        <source>Spent in the 12 months before those</source>
        <translation>Ausgaben in den 12 Monaten davor</translation>
    </message>
    <message>
        <source>The category with the most net spend</source>
        <translation>Die Kategorie mit den höchsten Nettoausgaben</translation>
    </message>
    <message>
        <source>The product with the most net spend</source>
        <translation>Das Produkt mit den höchsten Nettoausgaben</translation>
    </message>
    <message>
        <source>Recency score, 1 to 5: 5 = bought most recently, compared with your other customers</source>
        <translation>Aktualitätswert, 1 bis 5: 5 = zuletzt gekauft, verglichen mit Ihren anderen Kunden</translation>
    </message>
    <message>
        <source>Frequency score, 1 to 5: 5 = the most orders, compared with your other customers</source>
        <translation>Häufigkeitswert, 1 bis 5: 5 = die meisten Bestellungen, verglichen mit Ihren anderen Kunden</translation>
    </message>
    <message>
        <source>Money score, 1 to 5: 5 = spent the most, compared with your other customers</source>
        <translation>Umsatzwert, 1 bis 5: 5 = am meisten ausgegeben, verglichen mit Ihren anderen Kunden</translation>
    </message>
    <message>
        <source>The segment the recency and frequency scores place the customer in (Segments page)</source>
        <translation>Das Segment, in das Aktualitäts- und Häufigkeitswert den Kunden einordnen (Seite Segmente)</translation>
    </message>
    <message>
        <source>Active; Overdue (late by their own rhythm); Inactive (nothing within the inactivity window); Lost (nothing for twice the window); Prospect (never bought)</source>
        <translation>Aktiv; Überfällig (nach eigenem Rhythmus überfällig); Inaktiv (nichts im Aktivitätszeitraum); Verloren (nichts im doppelten Zeitraum); Interessent (nie gekauft)</translation>
    </message>
    <message>
        <source>Spent less than half in the last 12 months than in the 12 months before</source>
        <translation>In den letzten 12 Monaten weniger als die Hälfte der 12 Monate davor ausgegeben</translation>
    </message>
    <message>
        <source>The highest loyalty tier whose threshold the customer&apos;s spend reached</source>
        <translation>Die höchste Treuestufe, deren Grenzwert die Ausgaben des Kunden erreicht haben</translation>
    </message>
    <message>
        <source>Loyalty points: the spend the tiers count × points per unit, rounded down</source>
        <translation>Treuepunkte: die Ausgaben, die die Stufen zählen × Punkte pro Einheit, abgerundet</translation>
    </message>
    <message>
        <source>The tier above the customer&apos;s</source>
        <translation>Die Stufe über der des Kunden</translation>
    </message>
    <message>
        <source>What the customer still has to spend to reach the next tier</source>
        <translation>Was der Kunde noch ausgeben muss, um die nächste Stufe zu erreichen</translation>
    </message>
    <message>
        <source>How likely the customer is still a customer (will buy again some day), from how often and how recently they bought, compared with all your customers</source>
        <translation>Wie wahrscheinlich der Kunde noch Kunde ist (irgendwann wieder kauft), danach, wie oft und wie kürzlich er gekauft hat, verglichen mit all Ihren Kunden</translation>
    </message>
    <message>
        <source>On how many days the customer is expected to buy in the next 365 days</source>
        <translation>An wie vielen Tagen der Kunde in den nächsten 365 Tagen voraussichtlich kauft</translation>
    </message>
    <message>
        <source>What the customer is expected to spend on a day they buy: their own average, pulled towards the average of all customers when they bought on few days</source>
        <translation>Was der Kunde an einem Kauftag voraussichtlich ausgibt: sein eigener Durchschnitt, zum Durchschnitt aller Kunden hin gezogen, wenn er an wenigen Tagen gekauft hat</translation>
    </message>
    <message>
        <source>What the customer is expected to spend in the next 365 days: purchase days next year × spend per purchase day</source>
        <translation>Was der Kunde in den nächsten 365 Tagen voraussichtlich ausgibt: Kauftage im nächsten Jahr × Ausgaben pro Kauftag</translation>
    </message>
    <message>
        <source>What could be lost: spent in total × how likely the customer is no longer a customer</source>
        <translation>Was verloren gehen könnte: Gesamtausgaben × Wahrscheinlichkeit, dass der Kunde kein Kunde mehr ist</translation>
    </message>
    <message>
        <source>The customer&apos;s next birthday on or after the reference date (29 February is 28 February in other years)</source>
        <translation>Der nächste Geburtstag des Kunden am oder nach dem Stichtag (der 29. Februar ist in anderen Jahren der 28. Februar)</translation>
    </message>
    <message>
        <source>The next anniversary of the first purchase that marks a year or more</source>
        <translation>Das nächste Kundenjubiläum: der Jahrestag des ersten Kaufs, der ein Jahr oder mehr markiert</translation>
    </message>
    <message>
        <source>Whole years since the first purchase, counted to the end of the anniversary window</source>
        <translation>Volle Jahre seit dem ersten Kauf, gezählt bis zum Ende des Jubiläumszeitraums</translation>
    </message>
    <message>
        <source>The product the customer is due to buy again now (the one they spent most on, if several)</source>
        <translation>Das Produkt, das der Kunde jetzt wieder kaufen dürfte (bei mehreren das, für das er am meisten ausgegeben hat)</translation>
    </message>
    <message>
        <source>When that product is due: the last purchase of it plus its usual re-buy interval</source>
        <translation>Wann dieses Produkt fällig ist: der letzte Kauf davon plus sein üblicher Nachkaufabstand</translation>
    </message>
    <message>
        <source>The occasion list the customer is on</source>
        <translation>Die Anlassliste, auf der der Kunde steht</translation>
    </message>
    <message>
        <source>The birthday, the anniversary, or the day the product is due</source>
        <translation>Der Geburtstag, das Kundenjubiläum oder der Tag, an dem das Produkt fällig ist</translation>
    </message>
    <message>
        <source>Days from the reference date to the day (below 0: a product that fell due a few days ago)</source>
        <translation>Tage vom Stichtag bis zu dem Tag (unter 0: ein Produkt, das vor ein paar Tagen fällig wurde)</translation>
    </message>
    <message>
        <source>Years with you for an anniversary, the product for Due to re-buy</source>
        <translation>Jahre bei Ihnen bei einem Kundenjubiläum, das Produkt bei Nachkauf fällig</translation>
    </message>
    <message>
        <source>The usual gap between a customer&apos;s purchases of the product: the median, half the gaps are shorter</source>
        <translation>Der übliche Abstand zwischen den Käufen des Produkts durch einen Kunden: der Median, die Hälfte der Abstände ist kürzer</translation>
    </message>
    <message>
        <source>A quarter of the gaps are shorter than this (the 25th percentile)</source>
        <translation>Ein Viertel der Abstände ist kürzer (das 25. Perzentil)</translation>
    </message>
    <message>
        <source>A quarter of the gaps are longer than this (the 75th percentile)</source>
        <translation>Ein Viertel der Abstände ist länger (das 75. Perzentil)</translation>
    </message>
    <message>
        <source>Gaps between a customer&apos;s purchase days of the product, all customers together</source>
        <translation>Abstände zwischen den Kauftagen eines Kunden für das Produkt, alle Kunden zusammen</translation>
    </message>
    <message>
        <source>Customers who bought the product on two days or more</source>
        <translation>Kunden, die das Produkt an zwei oder mehr Tagen gekauft haben</translation>
    </message>
    <message>
        <source>Customers due to buy this product again now (one due for two products counts for both; their message names the one they spent most on)</source>
        <translation>Kunden, die dieses Produkt jetzt wieder kaufen dürften (wer für zwei Produkte fällig ist, zählt bei beiden; seine Nachricht nennt das, für das er am meisten ausgegeben hat)</translation>
    </message>
    <message>
        <source>Customers whose birthday comes within the window after the reference date (from either file; the year is not needed)</source>
        <extracomment>What each occasion list holds (definitions §12), for tooltips.</extracomment>
        <translation>Kunden, deren Geburtstag innerhalb des Zeitfensters nach dem Stichtag liegt (aus einer der beiden Dateien; das Jahr wird nicht gebraucht)</translation>
    </message>
    <message>
        <source>Customers whose first purchase has its anniversary (one year or more) within the window</source>
        <translation>Kunden, deren erster Kauf sich innerhalb des Zeitfensters jährt (ein Jahr oder mehr)</translation>
    </message>
    <message>
        <source>Customers whose last purchase of a product plus its usual re-buy interval falls within the window: time for a restock reminder</source>
        <translation>Kunden, deren letzter Kauf eines Produkts plus dessen üblicher Nachkaufabstand in das Zeitfenster fällt: Zeit für eine Nachkauf-Erinnerung</translation>
    </message>
    <message>
        <source>Recency score: none (not scored)</source>
        <extracomment>A score&apos;s tooltip without a score, and with one (%1), per dimension (translated where shown).</extracomment>
        <translation>Aktualitätswert: keiner (nicht bewertet)</translation>
    </message>
    <message>
        <source>Recency score %1 of 5 (5 = bought most recently, compared with your other customers)</source>
        <translation>Aktualitätswert %1 von 5 (5 = zuletzt gekauft, verglichen mit Ihren anderen Kunden)</translation>
    </message>
    <message>
        <source>Frequency score: none (not scored)</source>
        <translation>Häufigkeitswert: keiner (nicht bewertet)</translation>
    </message>
    <message>
        <source>Frequency score %1 of 5 (5 = the most orders, compared with your other customers)</source>
        <translation>Häufigkeitswert %1 von 5 (5 = die meisten Bestellungen, verglichen mit Ihren anderen Kunden)</translation>
    </message>
    <message>
        <source>Money score: none (not scored)</source>
        <translation>Umsatzwert: keiner (nicht bewertet)</translation>
    </message>
    <message>
        <source>Money score %1 of 5 (5 = spent the most, compared with your other customers)</source>
        <translation>Umsatzwert %1 von 5 (5 = am meisten ausgegeben, verglichen mit Ihren anderen Kunden)</translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <extracomment>What the tiers count, in words that follow &quot;spent at least £500 …&quot; (translated where shown).</extracomment>
        <translation>in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>since their first purchase</source>
        <translation>seit dem ersten Kauf</translation>
    </message>
    <message>
        <source>this calendar year</source>
        <translation>in diesem Kalenderjahr</translation>
    </message>
    <message>
        <source>%1: the first tier, for everyone below the next</source>
        <translation>%1: die erste Stufe, für alle unterhalb der nächsten</translation>
    </message>
    <message>
        <source>%1: spent at least %2 %3</source>
        <translation>%1: %3 mindestens %2 ausgegeben</translation>
    </message>
    <message>
        <source>; next: %1 from %2</source>
        <translation>; nächste: %1 ab %2</translation>
    </message>
</context>
<context>
    <name>SegmentMapEditor</name>
    <message>
        <source>Segment</source>
        <extracomment>The map&apos;s columns (translated when the editor is built).</extracomment>
        <translation>Segment</translation>
    </message>
    <message>
        <source>R
from</source>
        <translation>R
von</translation>
    </message>
    <message>
        <source>R
to</source>
        <translation>R
bis</translation>
    </message>
    <message>
        <source>F
from</source>
        <translation>F
von</translation>
    </message>
    <message>
        <source>F
to</source>
        <translation>F
bis</translation>
    </message>
    <message>
        <source>M
from</source>
        <translation>M
von</translation>
    </message>
    <message>
        <source>M
to</source>
        <translation>M
bis</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>The names&apos; column is kept at least this wide for its longest word, at most (pixels).</extracomment>
        <translation>alle</translation>
    </message>
    <message>
        <source>Each segment is a box of scores (5 is best). The first segment that holds a customer&apos;s scores wins, so order matters.</source>
        <extracomment>the width the editor wants changed (names of other lengths): see the module doc</extracomment>
        <translation>Jedes Segment ist ein Bereich von Werten (5 ist am besten). Das erste Segment, das die Werte eines Kunden enthält, gewinnt – die Reihenfolge zählt.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a segment at the end</source>
        <translation>Ein Segment am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected segment</source>
        <translation>Das ausgewählte Segment entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move up: earlier segments win</source>
        <translation>Nach oben: frühere Segmente gewinnen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Back to the standard ten segments</source>
        <translation>Zurück zu den zehn Standardsegmenten</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Übernehmen und neu berechnen</translation>
    </message>
    <message>
        <source>Use this map and scoring for every page</source>
        <translation>Diese Karte und Bewertung für alle Seiten verwenden</translation>
    </message>
    <message>
        <source>Quintiles (automatic)</source>
        <translation>Quintile (automatisch)</translation>
    </message>
    <message>
        <source>My own thresholds</source>
        <translation>Eigene Grenzwerte</translation>
    </message>
    <message>
        <source>Scores from</source>
        <translation>Werte aus</translation>
    </message>
    <message>
        <source>days since last purchase, e.g. 30, 90, 180, 365</source>
        <translation>Tage seit dem letzten Kauf, z. B. 30, 90, 180, 365</translation>
    </message>
    <message>
        <source>orders, e.g. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)</source>
        <translation>Bestellungen, z. B. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)</translation>
    </message>
    <message>
        <source>revenue, e.g. 50, 150, 400, 1000</source>
        <translation>Umsatz, z. B. 50, 150, 400, 1000</translation>
    </message>
    <message>
        <source>Recency cut points</source>
        <translation>Grenzwerte Aktualität</translation>
    </message>
    <message>
        <source>Frequency cut points</source>
        <translation>Grenzwerte Häufigkeit</translation>
    </message>
    <message>
        <source>Money cut points</source>
        <translation>Grenzwerte Umsatz</translation>
    </message>
    <message>
        <source>Leave empty to keep quintiles for this score.</source>
        <translation>Leer lassen, um für diesen Wert Quintile zu behalten.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Segmentkarte</translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation>Neues Segment %1</translation>
    </message>
    <message>
        <source>“My own thresholds” needs cut points in at least one box.</source>
        <translation>„Eigene Grenzwerte“ braucht Grenzwerte in mindestens einem Feld.</translation>
    </message>
    <message>
        <source>Type four numbers in the recency, frequency or money box, or choose Quintiles.</source>
        <translation>Geben Sie vier Zahlen in das Feld Aktualität, Häufigkeit oder Umsatz ein oder wählen Sie Quintile.</translation>
    </message>
    <message>
        <source>The map needs at least one segment.</source>
        <translation>Die Karte braucht mindestens ein Segment.</translation>
    </message>
    <message>
        <source>Every customer falls in exactly one segment.</source>
        <translation>Jeder Kunde fällt in genau ein Segment.</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Segment</source>
        <extracomment>The table&apos;s column headers (translated when the page is built).</extracomment>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% der Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% des Umsatzes</translation>
    </message>
    <message>
        <source>Avg order</source>
        <translation>Ø Bestellung</translation>
    </message>
    <message>
        <source>Median days since last</source>
        <translation>Median Tage seit letztem Kauf</translation>
    </message>
    <message>
        <source>Recency (days since last purchase)</source>
        <extracomment>How each score&apos;s cut points are named under the table.</extracomment>
        <translation>Aktualität (Tage seit dem letzten Kauf)</translation>
    </message>
    <message>
        <source>Frequency (orders)</source>
        <translation>Häufigkeit (Bestellungen)</translation>
    </message>
    <message>
        <source>Money (revenue)</source>
        <translation>Umsatz (Geldbetrag)</translation>
    </message>
    <message>
        <source>quintiles</source>
        <extracomment>How the cut points were found (core.segmentation.rfm: RFMResult.methods).</extracomment>
        <translation>Quintile</translation>
    </message>
    <message>
        <source>your thresholds</source>
        <translation>Ihre Grenzwerte</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>Hover a segment name to see who they are and what to offer</source>
        <extracomment>The segment map&apos;s width at least, where the page has twice that (pixels).</extracomment>
        <translation>Zeigen Sie auf einen Segmentnamen, um zu sehen, wer dazugehört und was Sie anbieten können</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, %2 of revenue.</source>
        <translation>
            <numerusform>%1 Kunde, %2 des Umsatzes.</numerusform>
            <numerusform>%1 Kunden, %2 des Umsatzes.</numerusform>
        </translation>
    </message>
    <message>
        <source>not enough different values</source>
        <translation>nicht genug verschiedene Werte</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cut points (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – Grenzwerte (%2): %3</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Finding your customer groups…</source>
        <extracomment>How long after the last change the analysis is kept for its file (a burst of typing is one write). A file&apos;s opening was cancelled or failed before its groups were found: the analysis open before is back (``imported`` is it again), and the window shows it again. A page asks the window to show another page (its title), with one of its lists chosen (a MailingList.key, or &quot;&quot;): the Changes page&apos;s &quot;offer&quot; and &quot;export&quot; buttons, the Overview&apos;s link. The window&apos;s language (gui.translation, set by the main window at start): what core writes for the window (segment names, reports, offer packs) is to be asked for in it. The customer facts kept between recomputes (made with the first one, when pandas loads). What was open before a file being opened, until its first segmentation is done. Whether the project was unsaved before settings not yet computed (None: none pending). The model check of the predictions (definitions §11), computed when first asked for. The Results page&apos;s looks at a campaign (reading a newer file, working out, saving). The one thread every chart of the window renders on (gui.chart_canvas). Where the shop&apos;s choices came from when a file was opened (None: the defaults, or a project).</extracomment>
        <translation>Ihre Kundengruppen werden ermittelt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 purchase row(s)</source>
        <translation>
            <numerusform>%1 Kaufzeile</numerusform>
            <numerusform>%1 Kaufzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 Kunde</numerusform>
            <numerusform>%1 Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 prospect(s)</source>
        <translation>
            <numerusform>%1 Interessent</numerusform>
            <numerusform>%1 Interessenten</numerusform>
        </translation>
    </message>
    <message>
        <source>reference date %1</source>
        <translation>Stichtag %1</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Spend in the last 12 months</source>
        <extracomment>The tier bases and the close-to-next-tier table&apos;s headers (translated when the page is built).</extracomment>
        <translation>Ausgaben der letzten 12 Monate</translation>
    </message>
    <message>
        <source>Spend since the first purchase</source>
        <translation>Ausgaben seit dem ersten Kauf</translation>
    </message>
    <message>
        <source>Spend this calendar year</source>
        <translation>Ausgaben in diesem Kalenderjahr</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Still to spend</source>
        <translation>Noch auszugeben</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Nächste Stufe</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Ausgaben gesamt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Thresholds from my data (50 / 80 / 95 % of customers)</source>
        <extracomment>The highest spend a tier can start at (the spin boxes&apos; range).</extracomment>
        <translation>Grenzwerte aus meinen Daten (50 / 80 / 95 % der Kunden)</translation>
    </message>
    <message>
        <source>Untick to type your own spend thresholds</source>
        <translation>Haken entfernen, um eigene Ausgabengrenzen einzugeben</translation>
    </message>
    <message>
        <source>Tier (lowest first)</source>
        <translation>Stufe (niedrigste zuerst)</translation>
    </message>
    <message>
        <source>Spend from</source>
        <translation>Ausgaben ab</translation>
    </message>
    <message>
        <source>A customer takes the highest tier whose threshold they reach</source>
        <translation>Ein Kunde erhält die höchste Stufe, deren Grenzwert er erreicht</translation>
    </message>
    <message>
        <source>Loyalty points per unit of money spent</source>
        <translation>Treuepunkte pro ausgegebener Geldeinheit</translation>
    </message>
    <message>
        <source>Close to the next tier: still to spend at most this share of its threshold</source>
        <translation>Kurz vor der nächsten Stufe: höchstens noch dieser Anteil ihres Grenzwerts auszugeben</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Übernehmen und neu berechnen</translation>
    </message>
    <message>
        <source>Tiers are based on</source>
        <translation>Stufen beruhen auf</translation>
    </message>
    <message>
        <source>Points per unit spent</source>
        <translation>Punkte pro Einheit</translation>
    </message>
    <message>
        <source>Close to next tier within</source>
        <translation>Kurz vor nächster Stufe bis</translation>
    </message>
    <message>
        <source>Tier rules</source>
        <translation>Stufenregeln</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Kunden je Stufe</translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation>Treuestufen</translation>
    </message>
    <message>
        <source>The first tier takes everyone else</source>
        <translation>Die erste Stufe umfasst alle anderen</translation>
    </message>
    <message>
        <source>The spend this tier starts at</source>
        <translation>Der Umsatz, ab dem diese Stufe beginnt</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 customers are close to the next tier&lt;/b&gt; — a small nudge could move them up</source>
        <translation>
            <numerusform>&lt;b&gt;%1 Kunde steht kurz vor der nächsten Stufe&lt;/b&gt; – ein kleiner Anstoß könnte reichen</numerusform>
            <numerusform>&lt;b&gt;%1 Kunden stehen kurz vor der nächsten Stufe&lt;/b&gt; – ein kleiner Anstoß könnte reichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpliftChart</name>
    <message>
        <source>no control group to compare with</source>
        <extracomment>A bar&apos;s colour by verdict: clear answers in colour, the rest grey. Said on the chart where a row has no uplift (no control group, or nobody mailed).</extracomment>
        <translation>keine Kontrollgruppe zum Vergleich</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>more buyers of every 100 than the control group
(bar: seen; whiskers: likely range)</source>
        <translation>mehr Käufer je 100 als in der Kontrollgruppe
(Balken: gemessen; Striche: wahrscheinlicher Bereich)</translation>
    </message>
    <message>
        <source>Uplift with its 95% range</source>
        <translation>Zuwachs (95-%-Bereich)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Purchase files (%1)</source>
        <extracomment>The file types a purchases or customers file may have (the file dialogs&apos; filter, after its words).</extracomment>
        <translation>Kaufdateien (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open the purchase history your till or web shop exports (Excel or CSV). In a minute you will see your best customers, who has gone quiet, and your loyalty tiers — then pick an offer per group and export a personal mailing list. Nothing leaves this computer.</source>
        <translation>Öffnen Sie die Kaufhistorie, die Ihre Kasse oder Ihr Webshop exportiert (Excel oder CSV). In einer Minute sehen Sie Ihre besten Kunden, wer still geworden ist, und Ihre Treuestufen – dann wählen Sie ein Angebot je Gruppe und exportieren eine persönliche Mailingliste. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Open purchases file…</source>
        <translation>Kaufdatei öffnen…</translation>
    </message>
    <message>
        <source>Choose an Excel, ODS or CSV export of your sales (Ctrl+O)</source>
        <translation>Einen Excel-, ODS- oder CSV-Export Ihrer Verkäufe wählen (Strg+O)</translation>
    </message>
    <message>
        <source>Try the sample data</source>
        <translation>Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>A real online shop&apos;s purchases: 300 customers, 2010–2011 (UCI Online Retail)</source>
        <translation>Die Käufe eines echten Onlineshops: 300 Kunden, 2010–2011 (UCI Online Retail)</translation>
    </message>
    <message>
        <source>…or drop a file anywhere on this window.</source>
        <translation>…oder ziehen Sie eine Datei irgendwo auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Double-click to import this file again</source>
        <translation>Doppelklicken, um diese Datei erneut zu importieren</translation>
    </message>
    <message>
        <source>Double-click to open this project</source>
        <translation>Doppelklicken, um dieses Projekt zu öffnen</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>No files opened yet</source>
        <translation>Noch keine Dateien geöffnet</translation>
    </message>
    <message>
        <source>No projects saved yet</source>
        <translation>Noch keine Projekte gespeichert</translation>
    </message>
</context>
<context>
    <name>WinbackPage</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Rückläufig</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Tage seit letztem Kauf</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Gesamtausgaben</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Üblicher Abstand (Tage)</translation>
    </message>
    <message>
        <source>Late by (× usual gap)</source>
        <translation>Verspätet um (× üblicher Abstand)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>12 months before</source>
        <translation>12 Monate davor</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Ranked by what is at stake: what they spent × how likely they are to be lost (1 − “Still a customer”), highest first.</source>
        <extracomment>What the page says when the list is ranked by what is at stake.</extracomment>
        <translation>Sortiert nach dem, was auf dem Spiel steht: Ausgaben × Wahrscheinlichkeit, sie zu verlieren (1 − „Noch Kunde“), höchster Wert zuerst.</translation>
    </message>
    <message>
        <source>Retail (180 days)</source>
        <translation>Einzelhandel (180 Tage)</translation>
    </message>
    <message>
        <source>Subscription (30 days)</source>
        <translation>Abonnement (30 Tage)</translation>
    </message>
    <message>
        <source>Seasonal (365 days)</source>
        <translation>Saisonal (365 Tage)</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>the table, the summary and the ranking&apos;s note show the chosen list</extracomment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A customer with no purchase for longer than this is Inactive; twice as long is Lost</source>
        <translation>Ein Kunde ohne Kauf seit länger als dieser Zeit ist Inactive; doppelt so lange: Lost</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Vorgabe wählen…</translation>
    </message>
    <message>
        <source>Typical windows: retail 180 days, subscriptions 30, seasonal shops 365</source>
        <translation>Übliche Zeiträume: Einzelhandel 180 Tage, Abonnements 30, Saisongeschäfte 365</translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation>Inaktiv nach</translation>
    </message>
    <message>
        <source>Only declining</source>
        <translation>Nur rückläufige</translation>
    </message>
    <message>
        <source>Spent less than half in the last 12 months than in the 12 months before</source>
        <translation>In den letzten 12 Monaten weniger als halb so viel ausgegeben wie in den 12 Monaten davor</translation>
    </message>
    <message>
        <source>Spending fell by more than half year on year</source>
        <translation>Ausgaben im Jahresvergleich um mehr als die Hälfte gesunken</translation>
    </message>
    <message>
        <source>Customers who have gone quiet, the most to lose first.</source>
        <translation>Kunden, die nicht mehr kaufen – die mit dem meisten Verlustrisiko zuerst.</translation>
    </message>
    <message>
        <source>By activity status: Inactive, Lost and Overdue (late for their usual next purchase). The Overview&apos;s figure of customers at risk or inactive counts the At Risk and Can&apos;t Lose Them segments with Inactive and Lost instead, so the two can differ.</source>
        <translation>Nach Aktivitätsstatus: Inaktiv, Verloren und Überfällig (spät für ihren üblichen nächsten Kauf). Die Zahl der gefährdeten oder inaktiven Kunden in der Übersicht zählt stattdessen die Segmente Gefährdet und Nicht verlieren! mit Inaktiv und Verloren, daher können sich beide unterscheiden.</translation>
    </message>
    <message>
        <source>, of which &lt;b&gt;%1&lt;/b&gt; is at stake</source>
        <translation>, davon stehen &lt;b&gt;%1&lt;/b&gt; auf dem Spiel</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; customers to win back (%2 declining); together they spent &lt;b&gt;%3&lt;/b&gt;%4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; Kunde zurückzugewinnen (%2 rückläufig); zusammen gaben sie &lt;b&gt;%3&lt;/b&gt; aus%4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; Kunden zurückzugewinnen (%2 rückläufig); zusammen gaben sie &lt;b&gt;%3&lt;/b&gt; aus%4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: %1 days.</source>
        <translation>
            <numerusform>Zeitraum: %1 Tag.</numerusform>
            <numerusform>Zeitraum: %1 Tage.</numerusform>
        </translation>
    </message>
</context>
</TS>
