<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>About</name>
    <message>
        <source>Find your best customers, win back the quiet ones, reward loyalty — offline, on your own computer. Nothing leaves this machine.</source>
        <translation>Vind je beste klanten, win de stille terug, beloon trouw — offline, op je eigen computer. Er verlaat niets deze computer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data:&lt;/b&gt; %1 (UCI Machine Learning Repository, data set 352).</source>
        <translation>&lt;b&gt;Voorbeeldgegevens:&lt;/b&gt; %1 (UCI Machine Learning Repository, dataset 352).</translation>
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
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>Customer</source>
        <extracomment>The columns of the list of a cell&apos;s customers. The headers of the list of a cell&apos;s customers (translated when the page is built).</extracomment>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Segment toen</translation>
    </message>
    <message>
        <source>Segment now</source>
        <translation>Segment nu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Dagen sinds laatste aankoop</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Totaal besteed</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>12 months before the date</source>
        <translation>12 maanden vóór de datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message numerus="yes">
        <source>%1 days before the reference date</source>
        <extracomment>The &quot;compare with&quot; choice that takes the date picker&apos;s date.</extracomment>
        <translation>
            <numerusform>%1 dag vóór de peildatum</numerusform>
            <numerusform>%1 dagen vóór de peildatum</numerusform>
        </translation>
    </message>
    <message>
        <source>a date of your choice</source>
        <translation>een datum naar keuze</translation>
    </message>
    <message>
        <source>Place every customer as they stood on this earlier date, scored with today&apos;s cut points, and see who moved</source>
        <translation>Elke klant plaatsen zoals die op deze eerdere datum stond, gescoord met de grenzen van vandaag, en zien wie is verschoven</translation>
    </message>
    <message>
        <source>The earlier date to compare with (before the reference date)</source>
        <translation>De eerdere datum om mee te vergelijken (vóór de peildatum)</translation>
    </message>
    <message>
        <source>What each cell of the table shows</source>
        <translation>Wat elke cel van de tabel toont</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <source>Cells show</source>
        <translation>Cellen tonen</translation>
    </message>
    <message>
        <source>Rows: the segment on the comparison date; columns: the segment now. Click a cell to list its customers.</source>
        <translation>Rijen: het segment op de vergelijkingsdatum; kolommen: het segment nu. Klik op een cel om de klanten ervan te tonen.</translation>
    </message>
    <message>
        <source>to a better segment</source>
        <translation>naar een beter segment</translation>
    </message>
    <message>
        <source>to a worse one</source>
        <translation>naar een slechter</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>gebleven</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>pale: fewer than %1 customers</source>
        <translation>licht: minder dan %1 klanten</translation>
    </message>
    <message>
        <source>Click a cell of the table to list its customers.</source>
        <translation>Klik op een cel van de tabel om de klanten ervan te tonen.</translation>
    </message>
    <message>
        <source>Write an offer for this list</source>
        <translation>Aanbieding voor deze lijst schrijven</translation>
    </message>
    <message>
        <source>Open this path&apos;s list on the Offers page</source>
        <translation>De lijst van deze overgang openen op de pagina Aanbiedingen</translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation>Deze lijst exporteren…</translation>
    </message>
    <message>
        <source>Open the Export page with only this path&apos;s list ticked</source>
        <translation>De pagina Exporteren openen met alleen de lijst van deze overgang aangevinkt</translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation>Waar klanten heen gingen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Verschuivingen</translation>
    </message>
    <message>
        <source>Every customer as they stood on an earlier date, scored with today&apos;s cut points: who moved to a better segment, who slipped, and who is new</source>
        <translation>Elke klant zoals die op een eerdere datum stond, gescoord met de grenzen van vandaag: wie erop vooruitging, wie terugviel en wie nieuw is</translation>
    </message>
    <message>
        <source>Choose a date to compare with.</source>
        <translation>Kies een datum om mee te vergelijken.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers; they spent %2 in the 12 months before %3</source>
        <translation>
            <numerusform>%1 klant; besteedde %2 in de 12 maanden vóór %3</numerusform>
            <numerusform>%1 klanten; besteedden %2 in de 12 maanden vóór %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, who first bought after %3</source>
        <translation>
            <numerusform>%1 klant, die voor het eerst kocht na %3</numerusform>
            <numerusform>%1 klanten, die voor het eerst kochten na %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeLinesDialog</name>
    <message>
        <source>Lines that are charges, not goods — postage, delivery, fees, bank charges, manual adjustments, discounts, test items — count in what customers spent, but are never their &lt;b&gt;favourite product&lt;/b&gt; or category. One name per line, in any language; a product is a charge when its name &lt;b&gt;is&lt;/b&gt; one of these, &lt;b&gt;begins&lt;/b&gt; with one (“Adjustment by john”) or &lt;b&gt;ends&lt;/b&gt; with one (“DOTCOM POSTAGE”). Letter case, accents and punctuation do not matter.</source>
        <extracomment>The words of this module, in the context &quot;ChargeLinesDialog&quot;.</extracomment>
        <translation>Regels die kosten zijn en geen goederen — porto, verzending, toeslagen, bankkosten, handmatige correcties, kortingen, testartikelen — tellen mee in wat klanten besteedden, maar zijn nooit hun &lt;b&gt;favoriete product&lt;/b&gt; of categorie. Eén naam per regel, in elke taal; een product is een kostenregel als de naam er een van &lt;b&gt;is&lt;/b&gt;, ermee &lt;b&gt;begint&lt;/b&gt; (‘Adjustment by john’) of erop &lt;b&gt;eindigt&lt;/b&gt; (‘DOTCOM POSTAGE’). Hoofdletters, accenten en leestekens maken niet uit.</translation>
    </message>
    <message>
        <source>product</source>
        <extracomment>Names of this file shown at most (the rest are counted). The kind of name a charge was found as (ChargeLine.column), in words translated where shown.</extracomment>
        <translation>product</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>No product or category name of this file is a charge by this list.</source>
        <translation>Geen product- of categorienaam in dit bestand is volgens deze lijst een kostenregel.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… en nog %1.</translation>
    </message>
    <message numerus="yes">
        <source>In this file, %1 name(s) are charges:</source>
        <translation>
            <numerusform>In dit bestand is %1 naam een kostenregel:</numerusform>
            <numerusform>In dit bestand zijn %1 namen kostenregels:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>is a</source>
        <translation>is een</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>regels</translation>
    </message>
    <message>
        <source>Charge lines — Clientele</source>
        <translation>Kostenregels — Clientele</translation>
    </message>
    <message>
        <source>One name per line: postage, carriage, Versand, frais de port…</source>
        <translation>Eén naam per regel: verzendkosten, porto, postage, Versand…</translation>
    </message>
    <message>
        <source>Default list</source>
        <translation>Standaardlijst</translation>
    </message>
    <message>
        <source>The standard list in English, German, French, Spanish, Italian and Dutch</source>
        <translation>De standaardlijst in het Engels, Duits, Frans, Spaans, Italiaans en Nederlands</translation>
    </message>
    <message>
        <source>The product and category names of this file that the list takes as charges</source>
        <translation>De product- en categorienamen in dit bestand die de lijst als kostenregels ziet</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Toepassen en opnieuw berekenen</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Right-click to save this chart as a PNG picture</source>
        <extracomment>What a chart draws: a function given an empty matplotlib Figure. A chart waiting for its first paint renders after this long at the latest (if never painted). A chart whose placeholder is painted renders this long after (see the module doc). The charts&apos; matplotlib style (rcParams), in force only while a chart is drawn or saved on the chart thread (``matplotlib.rc_context``): matplotlib&apos;s global rcParams are never changed for the rest of the process, and the GUI thread does not write them while the chart thread reads them. The smallest height of a chart, in pixels per inch of its figure&apos;s height (a 3.6-inch chart: 245 px). a PNG was written (its path), after save_png</extracomment>
        <translation>Rechtsklik om deze grafiek als PNG-afbeelding op te slaan</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Bezig met tekenen…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Grafiek opslaan als PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Grafiek opslaan als PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No customers yet</source>
        <translation>Nog geen klanten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation>Klanten en omzet per segment</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Recency score (5 = bought most recently)</source>
        <translation>Recentheidsscore (5 = meest recent gekocht)</translation>
    </message>
    <message>
        <source>Frequency score
(5 = most orders)</source>
        <translation>Frequentiescore
(5 = meeste bestellingen)</translation>
    </message>
    <message>
        <source>Customers by recency and frequency</source>
        <translation>Klanten naar recentheid en frequentie</translation>
    </message>
    <message numerus="yes">
        <source>Inactive after %1 days</source>
        <translation>
            <numerusform>Inactief na %1 dag</numerusform>
            <numerusform>Inactief na %1 dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost after %1 days</source>
        <translation>
            <numerusform>Verloren na %1 dag</numerusform>
            <numerusform>Verloren na %1 dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Dagen sinds de laatste aankoop</translation>
    </message>
    <message>
        <source>How long since customers last bought</source>
        <translation>Hoe lang geleden klanten kochten</translation>
    </message>
    <message>
        <source>Revenue and customers per day</source>
        <extracomment>Per period: the bar width in days, the chart&apos;s title, the date format of the x axis.</extracomment>
        <translation>Omzet en klanten per dag</translation>
    </message>
    <message>
        <source>Revenue and customers per week</source>
        <translation>Omzet en klanten per week</translation>
    </message>
    <message>
        <source>Revenue and customers per month</source>
        <translation>Omzet en klanten per maand</translation>
    </message>
    <message>
        <source>No purchases</source>
        <extracomment>A month&apos;s number in a date format, for its name to be put in after strftime (&quot;%b&quot; is always English).</extracomment>
        <translation>Geen aankopen</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Klanten die kochten</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Klanten per niveau</translation>
    </message>
    <message>
        <source>No check</source>
        <translation>Geen controle</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Voorspeld</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Repeat purchase days before the last quarter</source>
        <translation>Herhaalde aankoopdagen vóór het laatste kwartaal</translation>
    </message>
    <message>
        <source>Purchase days in the last quarter</source>
        <translation>Aankoopdagen in het laatste kwartaal</translation>
    </message>
    <message>
        <source>Predicted and actual purchase days</source>
        <translation>Voorspelde en werkelijke aankoopdagen</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <extracomment>The colour of the &quot;(new)&quot; block and its bands: customers who first bought after the comparison date. A block smaller than this share of all customers gets no label (its neighbours&apos; would overlap). Narrower than this (logical pixels), a chart&apos;s titles write their dates in figures. The labels&apos; font size (points). The share of the chart&apos;s width the bands keep at least, however long the labels. The space beside each bar (in the units of the bars&apos; distance, 1) at least, and with counts only. The gap between two blocks of a bar, as a share of all customers. How a block&apos;s name is shown (the shop&apos;s language: core&apos;s Words.name); a name left out shows as it is.</extracomment>
        <translation>Nog geen vergelijking</translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation>Waar klanten heen gingen</translation>
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
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Rij in het bestand</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The facts listed, in order: (label, the customer-table column(s) holding it: the first filled).</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Totaal besteed</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Gemiddelde bestelling</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Eerste aankoop</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Laatste aankoop</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Dagen sinds laatste aankoop</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoriet</translation>
    </message>
    <message>
        <source>Recency</source>
        <extracomment>A name longer than this is shown cut short (&quot;…&quot;), the full name in the tooltip. A line may break inside a run of more characters than this without a space (a title&apos;s, a text&apos;s): after &quot;@&quot;, &quot;.&quot;, &quot;_&quot; or &quot;/&quot; (an e-mail address, a file name), and else every so many characters. Shorter words wrap whole, as words do, and are shown (and copied) as they are. (The labels wrap at spaces and hyphens only: a 300-character name or product, too wide to wrap, made the pane scroll sideways.) ... and a fact&apos;s value other than the e-mail address (left whole, however long: copied, it still works) A zero-width space: where a line may break, seen as nothing. Facts that are money (shown in the shop&apos;s currency), by column.</extracomment>
        <translation>Recentheid</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Besteding</translation>
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
        <translation>Dalend</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Voorspellingen</translation>
    </message>
    <message>
        <source>Select a customer to see the details.</source>
        <translation>Selecteer een klant om de details te zien.</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Aankoopgeschiedenis</translation>
    </message>
    <message>
        <source>No customer matches these filters.</source>
        <translation>Geen enkele klant past bij deze filters.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Klant %1</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>Spent less than nothing in this file (%1): the returns outweigh the purchases, usually returns of purchases made before the file starts. The segment comes from how recently and how often they bought.</source>
        <translation>Minder dan niets besteed in dit bestand (%1): de retouren wegen zwaarder dan de aankopen, meestal retouren van aankopen van vóór het begin van het bestand. Het segment volgt uit hoe recent en hoe vaak er gekocht is.</translation>
    </message>
    <message>
        <source>Why these labels?</source>
        <translation>Waarom deze labels?</translation>
    </message>
    <message>
        <source>no purchases (prospect)</source>
        <translation>geen aankopen (prospect)</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 rij</numerusform>
            <numerusform>%1 rijen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <source>E-mail opens</source>
        <translation>E-mails geopend</translation>
    </message>
    <message>
        <source>E-mail clicks</source>
        <translation>Kliks in e-mails</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Contacten met klantenservice</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Eerste aankoop</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Laatste aankoop</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Dagen sinds laatste aankoop</translation>
    </message>
    <message>
        <source>Days since first</source>
        <translation>Dagen sinds eerste aankoop</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>Aankoopdagen</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Totaal besteed</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Gemiddelde bestelling</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Gebruikelijke tussentijd (dagen)</translation>
    </message>
    <message>
        <source>Late by (× usual gap)</source>
        <translation>Te laat met (× gebruikelijke tussentijd)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>12 months before</source>
        <translation>12 maanden daarvoor</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Favoriete categorie</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Favoriete product</translation>
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
        <translation>Dalend</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Tier points</source>
        <translation>Loyaliteitspunten</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Volgend niveau</translation>
    </message>
    <message>
        <source>To next tier</source>
        <translation>Tot volgend niveau</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Segment toen</translation>
    </message>
    <message>
        <source>Next birthday</source>
        <translation>Volgende verjaardag</translation>
    </message>
    <message>
        <source>Next anniversary</source>
        <translation>Volgend jubileum</translation>
    </message>
    <message>
        <source>Years with you</source>
        <translation>Jaren klant</translation>
    </message>
    <message>
        <source>Product due</source>
        <translation>Product aan de beurt</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Verwacht op</translation>
    </message>
    <message>
        <source>Close to next tier</source>
        <extracomment>The scores&apos; headings: their letters in every language (the tooltips say what they mean). Columns the filters name that the table does not show as such.</extracomment>
        <translation>Dicht bij volgend niveau</translation>
    </message>
    <message>
        <source>Find a customer by id, name, e-mail or phone (Ctrl+F)</source>
        <extracomment>Range filters shown only when their column has values (the predictions may be empty). The colour of the line that says why the predictions are empty. the file&apos;s product and category names with their rows (for the charge-lines editor) Names offered for &quot;bought …&quot; (the most bought first; any other can be typed). the rows the current filter keeps are shown (and the count and the description say so)</extracomment>
        <translation>Zoek een klant op nummer, naam, e-mail of telefoon (Ctrl+F)</translation>
    </message>
    <message>
        <source>Your own lists: pick one to see who is on it now and its filters</source>
        <translation>Je eigen lijsten: kies er een om te zien wie er nu op staat en met welke filters</translation>
    </message>
    <message>
        <source>Save as list…</source>
        <translation>Opslaan als lijst…</translation>
    </message>
    <message>
        <source>Keep these filters as a list of your own: it is worked out again on every import, and you can give it an offer and mail it like any other list</source>
        <translation>Bewaar deze filters als een eigen lijst: die wordt bij elke import opnieuw berekend, en je kunt er een aanbod aan geven en hem mailen zoals elke andere lijst</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Vanuit een sjabloon</translation>
    </message>
    <message>
        <source>Start a list of who bought a category or a product lately, or who bought it before but not lately; pick the name, the days, then Save as list…</source>
        <translation>Begin een lijst van wie onlangs een categorie of product kocht, of eerder maar niet onlangs; kies de naam, de dagen en dan Opslaan als lijst…</translation>
    </message>
    <message>
        <source>Charge lines…</source>
        <translation>Kostenregels…</translation>
    </message>
    <message>
        <source>Postage, fees, adjustments and the like count in what customers spent, but are never their favourite product: edit that list</source>
        <translation>Verzendkosten, toeslagen, correcties en dergelijke tellen mee in wat klanten besteedden, maar zijn nooit hun favoriete product: bewerk die lijst</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Lijst verwijderen</translation>
    </message>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Hoe betrouwbaar zijn de voorspellingen?</translation>
    </message>
    <message>
        <source>The predictions tried out on the last quarter of your history</source>
        <translation>De voorspellingen getest op het laatste kwart van je geschiedenis</translation>
    </message>
    <message>
        <source>Your lists:</source>
        <translation>Je lijsten:</translation>
    </message>
    <message>
        <source>No predictions were made.</source>
        <translation>Er zijn geen voorspellingen gemaakt.</translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation>Voorspellingen:</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(geen gekozen)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 customers</source>
        <translation>
            <numerusform>%1 van %2 klanten getoond</numerusform>
            <numerusform>%1 van %2 klanten getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 klant</numerusform>
            <numerusform>%1 klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <source>Save as list</source>
        <translation>Opslaan als lijst</translation>
    </message>
    <message>
        <source>Name of the list (as you will see it on the Offers and Export pages):</source>
        <translation>Naam van de lijst (zoals je die ziet op de pagina&apos;s Aanbiedingen en Exporteren):</translation>
    </message>
    <message>
        <source>You already have a list called &quot;%1&quot;. Replace its filters with these?</source>
        <translation>Je hebt al een lijst met de naam ‘%1’. De filters ervan door deze vervangen?</translation>
    </message>
    <message>
        <source>Give the list a name.</source>
        <translation>Geef de lijst een naam.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; keep it to %2.</source>
        <translation>De naam is %1 tekens lang; houd het bij %2.</translation>
    </message>
    <message>
        <source>An arrow names a move between two segments (the Changes page). Choose a name without → or -&gt;.</source>
        <translation>Een pijl staat voor een overgang tussen twee segmenten (pagina Verschuivingen). Kies een naam zonder → of -&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names a list (%2). Choose another name, so that every list keeps its own.</source>
        <translation>‘%1’ is al de naam van een lijst (%2). Kies een andere naam, zodat elke lijst zijn eigen naam houdt.</translation>
    </message>
    <message>
        <source>Delete your list &quot;%1&quot;? The customers stay; only the list goes.</source>
        <translation>Je lijst ‘%1’ verwijderen? De klanten blijven; alleen de lijst verdwijnt.</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Copy selected rows</source>
        <extracomment>How many of a column&apos;s longest sampled texts fit_columns measures (a wider glyph mix can make a slightly shorter text wider, so not just the longest one). A label column (names with their colour) is sized to its whole names up to this width, whatever ``fit_columns``&apos; max_width (beyond it, a name is cut short and its tooltip says it whole).</extracomment>
        <translation>Geselecteerde rijen kopiëren</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>DetectabilityBox</name>
    <message>
        <source>Tick a list to see what its control group could show.</source>
        <extracomment>Shown while no list is ticked.</extracomment>
        <translation>Vink een lijst aan om te zien wat de controlegroep ervan kan tonen.</translation>
    </message>
    <message>
        <source>What the control groups can show</source>
        <extracomment>How long after the last change the sentences are worked out again.</extracomment>
        <translation>Wat de controlegroepen kunnen tonen</translation>
    </message>
    <message>
        <source>Per ticked list: the smallest uplift the results could show with this control share, so that you can choose the control group&apos;s size knowingly</source>
        <translation>Per aangevinkte lijst: de kleinste stijging die de resultaten met dit controleaandeel kunnen tonen, zodat je de grootte van de controlegroep bewust kiest</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Which date order?</source>
        <extracomment>The words of this module, in the context &quot;ErrorDialogs&quot;.</extracomment>
        <translation>Welke datumvolgorde?</translation>
    </message>
    <message>
        <source>This file cannot be used as it is</source>
        <translation>Dit bestand kan zo niet gebruikt worden</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Het bestand kon niet worden geschreven</translation>
    </message>
    <message>
        <source>A setting cannot be used</source>
        <translation>Een instelling kan niet gebruikt worden</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Open the file again and choose day-first or month-first when asked.</source>
        <translation>Open het bestand opnieuw en kies dag eerst of maand eerst als dat gevraagd wordt.</translation>
    </message>
    <message>
        <source>Open the file again (File ▸ Open) and check the columns chosen in the column mapping.</source>
        <translation>Open het bestand opnieuw (Bestand ▸ Openen) en controleer de gekozen kolommen bij het koppelen van kolommen.</translation>
    </message>
    <message>
        <source>Open the file again (File ▸ Open) and choose the column for “%1” in the column mapping.</source>
        <translation>Open het bestand opnieuw (Bestand ▸ Openen) en kies bij het koppelen van kolommen de kolom voor ‘%1’.</translation>
    </message>
    <message>
        <source>Clientele ran into a problem it did not expect (%1). Your data and files are unchanged. Try the last step again; if it keeps happening, send the log file to support.</source>
        <translation>Clientele liep tegen een onverwacht probleem aan (%1). Je gegevens en bestanden zijn niet gewijzigd. Probeer de laatste stap opnieuw; blijft het gebeuren, stuur dan het logbestand naar support.</translation>
    </message>
    <message>
        <source>The details were saved to %1.</source>
        <translation>De details zijn opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Tick the groups to mail. A customer in several ticked lists is mailed once.</source>
        <translation>Vink de groepen aan om te mailen. Een klant in meerdere aangevinkte lijsten wordt één keer gemaild.</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle segmenten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Lists to mail</source>
        <translation>Te mailen lijsten</translation>
    </message>
    <message>
        <source>Excel workbook (a sheet per list)</source>
        <translation>Excel-werkmap (een blad per lijst)</translation>
    </message>
    <message>
        <source>One sheet per list, each customer with their own message and coupon</source>
        <translation>Eén blad per lijst, elke klant met een eigen bericht en kortingscode</translation>
    </message>
    <message>
        <source>How the lists reach the customers: an e-mail list, a phone list for text messages, or a postal list with addresses. Each leaves out, with the reason, those it cannot reach.</source>
        <translation>Hoe de lijsten de klanten bereiken: een e-maillijst, een telefoonlijst voor sms of een postlijst met adressen. Elke lijst laat, met de reden, weg wie ze niet kan bereiken.</translation>
    </message>
    <message>
        <source>Also one CSV file per list, ready to upload to Mailchimp, Brevo and similar tools</source>
        <translation>Ook een CSV-bestand per lijst, klaar om te uploaden naar Mailchimp, Brevo en vergelijkbare tools</translation>
    </message>
    <message>
        <source>Next to the workbook</source>
        <translation>Naast de werkmap</translation>
    </message>
    <message>
        <source>The folder for the CSV files (empty: next to the workbook)</source>
        <translation>De map voor de CSV-bestanden (leeg: naast de werkmap)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>A random share of each list is NOT mailed, so that you can later see whether the offer worked</source>
        <translation>Een willekeurig deel van elke lijst wordt NIET gemaild, zodat je later kunt zien of de aanbieding werkte</translation>
    </message>
    <message>
        <source>Where to save the mailing workbook (.xlsx)</source>
        <translation>Waar de mailingwerkmap wordt opgeslagen (.xlsx)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>CSV folder</source>
        <translation>CSV-map</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Controlegroep</translation>
    </message>
    <message>
        <source>It can show</source>
        <translation>Wat ze kan tonen</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Export mailing list</source>
        <translation>Mailinglijst exporteren</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Bestand openen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Tonen in map</translation>
    </message>
    <message>
        <source>A summary of what was written, and who was left out and why, appears here.</source>
        <translation>Hier verschijnt een overzicht van wat er is geschreven, en wie er is weggelaten en waarom.</translation>
    </message>
    <message>
        <source>Per list: who was mailed, kept as control group, or left out and why</source>
        <translation>Per lijst: wie is gemaild, als controlegroep is achtergehouden, of is weggelaten en waarom</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>%1 — %2 can be reached</source>
        <translation>%1 — %2 bereikbaar</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Map voor de CSV-bestanden</translation>
    </message>
    <message>
        <source>Save mailing list</source>
        <translation>Mailinglijst opslaan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>The offer &quot;%1&quot; (%2) has a problem: </source>
        <translation>De aanbieding ‘%1’ (%2) heeft een probleem: </translation>
    </message>
    <message>
        <source>Fix it on the Offers page, then export again.</source>
        <translation>Los het op op de pagina Aanbiedingen en exporteer dan opnieuw.</translation>
    </message>
    <message>
        <source>The files changed since they were opened</source>
        <translation>De bestanden zijn gewijzigd sinds ze werden geopend</translation>
    </message>
    <message>
        <source>%1 changed after Clientele read it, so opt-outs written into it since would not be seen, and nothing was written. Open the purchases file again (File ▸ Open), with its customers file, to read them as they are now, then export.</source>
        <translation>%1 is gewijzigd nadat Clientele het las: afmeldingen die sindsdien zijn toegevoegd, zouden niet worden gezien, en er is niets geschreven. Open het aankoopbestand opnieuw (Bestand ▸ Openen), met het klantenbestand, om ze te lezen zoals ze nu zijn, en exporteer dan.</translation>
    </message>
    <message>
        <source>Export without consent information?</source>
        <translation>Exporteren zonder toestemmingsgegevens?</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schrijven…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Export gestopt; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The mailing list of %1 was written to %2 (another file is open now).</source>
        <translation>De verzendlijst van %1 is geschreven naar %2 (er is nu een ander bestand geopend).</translation>
    </message>
</context>
<context>
    <name>ExportTargets</name>
    <message numerus="yes">
        <source>… and %1 more</source>
        <translation>
            <numerusform>… en nog %1</numerusform>
            <numerusform>… en nog %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>Bestaande bestanden vervangen?</translation>
    </message>
    <message numerus="yes">
        <source>These files exist already and would be replaced:
%1

Replace them? (Choose No to pick another name.)</source>
        <translation>
            <numerusform>Dit bestand bestaat al en zou worden vervangen:
%1

Vervangen? (Kies Nee om een andere naam te kiezen.)</numerusform>
            <numerusform>Deze bestanden bestaan al en zouden worden vervangen:
%1

Vervangen? (Kies Nee om een andere naam te kiezen.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create the folder?</source>
        <translation>
            <numerusform>Map maken?</numerusform>
            <numerusform>Mappen maken?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These folders do not exist yet:
%1

Create them?</source>
        <translation>
            <numerusform>Deze map bestaat nog niet:
%1

Maken?</numerusform>
            <numerusform>Deze mappen bestaan nog niet:
%1

Maken?</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder could not be created</source>
        <translation>De map kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>%1 looks open in Excel or LibreOffice: close it there first, or that program may later save its old copy over the new one.</source>
        <translation>%1 lijkt open te staan in Excel of LibreOffice: sluit het daar eerst, anders slaat dat programma later misschien zijn oude kopie over de nieuwe op.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation>%1 is een bestand, geen map. Kies een andere map.</translation>
    </message>
    <message>
        <source>%1: %2. Choose another folder.</source>
        <translation>%1: %2. Kies een andere map.</translation>
    </message>
    <message>
        <source>The file is not there</source>
        <translation>Het bestand is er niet</translation>
    </message>
    <message>
        <source>%1 is not there any more (moved or deleted?). Export again to write it.</source>
        <translation>%1 is er niet meer (verplaatst of verwijderd?). Exporteer opnieuw om het te schrijven.</translation>
    </message>
    <message>
        <source>Clientele could not open the folder %1. Open it in your file manager.</source>
        <translation>Clientele kon de map %1 niet openen. Open hem in je bestandsbeheer.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files, so Clientele cannot open %2. Install a spreadsheet program (LibreOffice Calc is free), or use “Show in folder”. The file is at %3.</source>
        <translation>Geen programma op deze computer opent %1-bestanden, dus Clientele kan %2 niet openen. Installeer een spreadsheetprogramma (LibreOffice Calc is gratis) of gebruik ‘Tonen in map’. Het bestand staat in %3.</translation>
    </message>
    <message>
        <source>Nothing opens this file</source>
        <translation>Niets opent dit bestand</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Customers who opted out are never included; everyone left out is listed with the reason.</source>
        <translation>Klanten die zich hebben afgemeld komen er nooit in; iedereen die wordt weggelaten staat vermeld met de reden.</translation>
    </message>
    <message>
        <source>Everyone left out is listed with the reason. &lt;b&gt;No consent information was found&lt;/b&gt;, so Clientele cannot leave out customers who opted out.</source>
        <translation>Iedereen die wordt weggelaten staat vermeld met de reden. &lt;b&gt;Er zijn geen toestemmingsgegevens gevonden&lt;/b&gt;, dus Clientele kan afgemelde klanten niet weglaten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent information.&lt;/b&gt; Neither the purchases file nor a customers file has a consent or opt-out column, so everyone with an e-mail address would be mailed, including customers who unsubscribed. Add the customers file with their consent (File → Change columns and re-import…, “Customer file” box) before you export.</source>
        <translation>&lt;b&gt;Geen toestemmingsgegevens.&lt;/b&gt; Het aankoopbestand noch een klantenbestand heeft een kolom voor toestemming of afmelding, dus iedereen met een e-mailadres zou worden gemaild, ook klanten die zich hebben afgemeld. Voeg vóór het exporteren het klantenbestand met hun toestemming toe (Bestand → Kolommen wijzigen en opnieuw importeren…, vak ‘Klantenbestand’).</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The channel choices, in the order shown.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message (a phone list)</source>
        <translation>Sms (een telefoonlijst)</translation>
    </message>
    <message>
        <source>Post (a postal list)</source>
        <translation>Post (een adressenlijst)</translation>
    </message>
    <message>
        <source>CSV per list for e-mail tools</source>
        <extracomment>What the CSV files are for, per channel.</extracomment>
        <translation>CSV per lijst voor e-mailtools</translation>
    </message>
    <message>
        <source>CSV per list for text-message tools</source>
        <translation>CSV per lijst voor sms-tools</translation>
    </message>
    <message>
        <source>CSV per list for a mail merge or labels</source>
        <translation>CSV per lijst voor samenvoegen of etiketten</translation>
    </message>
    <message>
        <source>&lt;b&gt;No shop name yet:&lt;/b&gt; the messages say “our shop”. Type your shop&apos;s name on the Offers page (Your shop).</source>
        <translation>&lt;b&gt;Nog geen winkelnaam:&lt;/b&gt; in de berichten staat ‘onze winkel’. Typ de naam van je winkel op de pagina Aanbiedingen (Je winkel).</translation>
    </message>
    <message>
        <source>e-mail</source>
        <extracomment>The words of each channel in &quot;Nobody can be reached by …&quot; (core&apos;s Channel.words are English).</extracomment>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>een telefoonnummer</translation>
    </message>
    <message>
        <source>a postal address</source>
        <translation>een postadres</translation>
    </message>
    <message>
        <source>%1 reaches %2</source>
        <translation>%1 bereikt %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can be e-mailed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Niemand kan worden gemaild:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this file has no e-mail addresses.</source>
        <translation>dit bestand heeft geen e-mailadressen.</translation>
    </message>
    <message>
        <source>no customer has an e-mail address they may be mailed at.</source>
        <translation>geen klant heeft een e-mailadres waarop hij mag worden gemaild.</translation>
    </message>
    <message>
        <source>Add a customers file with e-mail addresses (File → Change columns and re-import…, “Customer file” box)</source>
        <translation>Voeg een klantenbestand met e-mailadressen toe (Bestand → Kolommen wijzigen en opnieuw importeren…, vak ‘Klantenbestand’)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can be reached by %1:&lt;/b&gt; no customer has %2 they may be contacted at.</source>
        <translation>&lt;b&gt;Niemand is bereikbaar per %1:&lt;/b&gt; geen klant heeft %2 waarop hij mag worden benaderd.</translation>
    </message>
    <message>
        <source>Add a customers file with these details (File → Change columns and re-import…)</source>
        <translation>Voeg een klantenbestand met deze gegevens toe (Bestand → Kolommen wijzigen en opnieuw importeren…)</translation>
    </message>
    <message>
        <source>But %1: choose that channel under How. Or: %2.</source>
        <translation>Maar %1: kies dat kanaal onder Hoe. Of: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>The files have no usable e-mail address, phone number or postal address either. %1.</source>
        <translation>De bestanden hebben ook geen bruikbaar e-mailadres, telefoonnummer of postadres. %1.</translation>
    </message>
    <message>
        <source>The last export of this analysis knew who agreed to e-mails, but this one has no consent information at all (was the customers file removed, or its consent column?). Without it, everyone with an e-mail address is mailed, including customers who opted out.

Export anyway?</source>
        <translation>De vorige export van deze analyse wist wie e-mails wilde ontvangen, maar deze heeft helemaal geen toestemmingsgegevens (is het klantenbestand verwijderd, of de toestemmingskolom?). Zonder die gegevens wordt iedereen met een e-mailadres gemaild, ook klanten die zich hebben afgemeld.

Toch exporteren?</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Gemaild</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Controlegroep</translation>
    </message>
    <message>
        <source>Left out (why)</source>
        <translation>Weggelaten (waarom)</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbieding</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>e.g. &gt;= 100, 10-20, empty</source>
        <extracomment>What the free-text box suggests, per kind of column (the words typed are core&apos;s, parse_condition).</extracomment>
        <translation>bijv. &gt;= 100, 10-20, leeg</translation>
    </message>
    <message>
        <source>e.g. after 2024-06-01, 2024-01-01 to 2024-06-30</source>
        <translation>bijv. na 2024-06-01, 2024-01-01 tot 2024-06-30</translation>
    </message>
    <message>
        <source>e.g. Berlin, = Berlin, not Berlin, empty</source>
        <translation>bijv. Berlijn, = Berlijn, niet Berlijn, leeg</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja of nee</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>in de laatste</translation>
    </message>
    <message>
        <source>before, but not in the last</source>
        <translation>eerder, maar niet in de laatste</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>Bought a category in the last N days</source>
        <extracomment>The list templates&apos; names, per field and when (the Customers page&apos;s &quot;From a template&quot; menu).</extracomment>
        <translation>Kocht een categorie in de laatste N dagen</translation>
    </message>
    <message>
        <source>Bought a category before, but not in the last N days</source>
        <translation>Kocht een categorie eerder, maar niet in de laatste N dagen</translation>
    </message>
    <message>
        <source>Bought a product in the last N days</source>
        <translation>Kocht een product in de laatste N dagen</translation>
    </message>
    <message>
        <source>Bought a product before, but not in the last N days</source>
        <translation>Kocht een product eerder, maar niet in de laatste N dagen</translation>
    </message>
    <message>
        <source>%1: show only the customers with this one</source>
        <translation>%1: alleen de klanten met deze waarde tonen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>%1: from this value (leave empty for no limit)</source>
        <translation>%1: vanaf deze waarde (leeg laten voor geen grens)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>%1: up to this value (leave empty for no limit)</source>
        <translation>%1: tot deze waarde (leeg laten voor geen grens)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Any column of the customer table, also ones your files add</source>
        <translation>Elke kolom van de klantentabel, ook die uit je eigen bestanden</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Ook:</translation>
    </message>
    <message>
        <source>any name, or none</source>
        <translation>elke naam, of geen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Customers who bought it in the last N days, or who bought it before but not lately</source>
        <translation>Klanten die het in de laatste N dagen kochten, of eerder maar niet onlangs</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Kocht</translation>
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
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Favoriete categorie</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Favoriete product</translation>
    </message>
    <message>
        <source>Spent</source>
        <extracomment>Columns offered as from–to ranges.</extracomment>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Dagen sinds laatste aankoop</translation>
    </message>
    <message>
        <source>Still a customer %</source>
        <translation>Nog klant %</translation>
    </message>
    <message>
        <source>Spend next year</source>
        <translation>Besteding komend jaar</translation>
    </message>
    <message>
        <source>Declining</source>
        <extracomment>Columns filtered as the table shows them: a 0–1 share as a whole percentage (78 for 0.7812). Yes/no columns offered as boxes to tick (close to the next tier is not a column: core reads it).</extracomment>
        <translation>Dalend</translation>
    </message>
    <message>
        <source>Close to next tier</source>
        <translation>Dicht bij volgend niveau</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Clientele guide</source>
        <translation>Handleiding van Clientele</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Reading %1…</source>
        <extracomment>The words of this module, in the context &quot;ImportFlow&quot;. emitted just before the first look at a file is read (the job&apos;s progress starts) emitted just before the import; True when it follows a first look (the job&apos;s progress goes on)</extracomment>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>Which date order?</source>
        <translation>Welke datumvolgorde?</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways (for example %1).</source>
        <translation>De datums in dit bestand zijn op twee manieren te lezen (bijvoorbeeld %1).</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways.</source>
        <translation>De datums in dit bestand zijn op twee manieren te lezen.</translation>
    </message>
    <message>
        <source>No date in the file settles it. How does your shop software write 3 April 2024: day first or month first?</source>
        <translation>Geen enkele datum in het bestand geeft uitsluitsel. Hoe schrijft je winkelsoftware 3 april 2024: dag eerst of maand eerst?</translation>
    </message>
    <message>
        <source>Day first: 03/04/2024</source>
        <translation>Dag eerst: 03/04/2024</translation>
    </message>
    <message>
        <source>Month first: 04/03/2024</source>
        <translation>Maand eerst: 04/03/2024</translation>
    </message>
    <message>
        <source>Which currency?</source>
        <translation>Welke valuta?</translation>
    </message>
    <message>
        <source>The amounts in this file are in more than one currency. Clientele never converts money, so it can use the rows of one currency only.</source>
        <translation>De bedragen in dit bestand staan in meer dan één valuta. Clientele rekent nooit geld om, dus kan het alleen de regels van één valuta gebruiken.</translation>
    </message>
    <message>
        <source>Keep the rows of which currency? The others are set aside and counted in the import report.</source>
        <translation>De regels van welke valuta houden? De andere worden apart gezet en geteld in het importverslag.</translation>
    </message>
    <message numerus="yes">
        <source>Keep %1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 houden (%Ln regel)</numerusform>
            <numerusform>%1 houden (%Ln regels)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Customer id</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestelnummer</translation>
    </message>
    <message>
        <source>Is return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Rij in het bestand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent information:&lt;/b&gt; no consent or opt-out column was found, so Clientele cannot tell who agreed to e-mails and would mail everyone with an e-mail address. Add the customers file with their consent (File → Change columns and re-import…, “Customer file” box).</source>
        <translation>&lt;b&gt;Geen toestemmingsgegevens:&lt;/b&gt; er is geen kolom voor toestemming of afmelding gevonden, dus Clientele weet niet wie e-mails wil ontvangen en zou iedereen met een e-mailadres mailen. Voeg het klantenbestand met hun toestemming toe (Bestand → Kolommen wijzigen en opnieuw importeren…, vak ‘Klantenbestand’).</translation>
    </message>
    <message>
        <source>Consent from %1: %2</source>
        <translation>Toestemming uit %1: %2</translation>
    </message>
    <message>
        <source>Text-message consent from %1: %2 (for text messages only)</source>
        <translation>Toestemming voor sms uit %1: %2 (alleen voor sms)</translation>
    </message>
    <message>
        <source>kept &lt;b&gt;%1&lt;/b&gt; of %2 rows</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; van %2 rijen behouden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; set aside (reasons below)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; apart gezet (redenen hieronder)</translation>
    </message>
    <message numerus="yes">
        <source>%1 returns or cancellations</source>
        <translation>
            <numerusform>%1 retour of annulering</numerusform>
            <numerusform>%1 retouren of annuleringen</numerusform>
        </translation>
    </message>
    <message>
        <source>purchases from %1 to %2</source>
        <translation>aankopen van %1 tot %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers, %2 orders</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; klanten, %2 bestellingen</translation>
    </message>
    <message>
        <source>Columns used</source>
        <translation>Gebruikte kolommen</translation>
    </message>
    <message>
        <source>Clientele reads</source>
        <translation>Clientele leest</translation>
    </message>
    <message>
        <source>from the column</source>
        <translation>uit de kolom</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gevonden</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>Apart gezette rijen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Bijvoorbeeld</translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices for this file are back, as you left them (Clientele keeps them for each file).</source>
        <translation>Je instellingen, niveaus, aanbiedingen en exportkeuzes voor dit bestand zijn terug zoals je ze achterliet (Clientele bewaart ze per bestand).</translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices of &lt;b&gt;%1&lt;/b&gt; are used: it has the same columns, so this looks like a newer export of the same shop.</source>
        <translation>Je instellingen, niveaus, aanbiedingen en exportkeuzes van &lt;b&gt;%1&lt;/b&gt; worden gebruikt: het heeft dezelfde kolommen, dus dit lijkt een nieuwere export van dezelfde winkel.</translation>
    </message>
    <message>
        <source>How the file&apos;s customers and revenue add up to what the other pages count</source>
        <extracomment>the owner asked for the default settings instead of the ones kept for this file</extracomment>
        <translation>Hoe de klanten en omzet van het bestand optellen tot wat de andere pagina&apos;s tellen</translation>
    </message>
    <message>
        <source>Start from the defaults</source>
        <translation>Opnieuw beginnen met de standaard</translation>
    </message>
    <message>
        <source>Use the standard settings, tiers and offers for this file instead</source>
        <translation>In plaats daarvan de standaardinstellingen, -niveaus en -aanbiedingen voor dit bestand gebruiken</translation>
    </message>
    <message>
        <source>What was read, kept and set aside — and why</source>
        <translation>Wat er gelezen, behouden en apart gezet is — en waarom</translation>
    </message>
    <message>
        <source>The first rows as Clientele understood them</source>
        <translation>De eerste rijen zoals Clientele ze begreep</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Eerste rijen</translation>
    </message>
    <message>
        <source>See your customers →</source>
        <translation>Bekijk je klanten →</translation>
    </message>
    <message>
        <source>Go to the overview: segments, who has gone quiet, loyalty tiers</source>
        <translation>Naar het overzicht: segmenten, wie stil is geworden, loyaliteitsniveaus</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, blad ‘%2’</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 rows</source>
        <translation>
            <numerusform>%1 rij geïmporteerd</numerusform>
            <numerusform>%1 rijen geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>uit %1</translation>
    </message>
    <message>
        <source>The purchases file</source>
        <translation>Het aankoopbestand</translation>
    </message>
    <message>
        <source>The customers file</source>
        <translation>Het klantenbestand</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;First %1 rows&lt;/b&gt; as Clientele reads them</source>
        <translation>
            <numerusform>&lt;b&gt;Eerste %1 rij&lt;/b&gt; zoals Clientele die leest</numerusform>
            <numerusform>&lt;b&gt;Eerste %1 rijen&lt;/b&gt; zoals Clientele ze leest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The objectName every translator installed here carries (so a new install replaces them). The application property naming the installed language&apos;s code.</extracomment>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Applies when Clientele starts again</source>
        <translation>Geldt zodra Clientele opnieuw start</translation>
    </message>
</context>
<context>
    <name>MailingListItems</name>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 klant</numerusform>
            <numerusform>%1 klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>your own list (Customers page), worked out again on every import</source>
        <translation>je eigen lijst (pagina Klanten), bij elke import opnieuw berekend</translation>
    </message>
    <message>
        <source>customers who first bought after the comparison date and are %2 now (the Changes page)</source>
        <translation>klanten die na de vergelijkingsdatum voor het eerst kochten en nu %2 zijn (pagina Verschuivingen)</translation>
    </message>
    <message>
        <source>customers who were %1 on the comparison date and are %2 now (the Changes page)</source>
        <translation>klanten die op de vergelijkingsdatum %1 waren en nu %2 zijn (pagina Verschuivingen)</translation>
    </message>
    <message>
        <source>Customers whose spend is within reach of their next loyalty tier</source>
        <translation>Klanten van wie de besteding dicht bij hun volgende loyaliteitsniveau ligt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Detailed log on</source>
        <extracomment>An import that ended before every page was built: shown once they are (one per turn).</extracomment>
        <translation>Uitgebreid logboek aan</translation>
    </message>
    <message>
        <source>Detailed log off</source>
        <translation>Uitgebreid logboek uit</translation>
    </message>
    <message>
        <source>Clientele will speak %1 when you start it again.</source>
        <translation>Clientele spreekt %1 zodra je het opnieuw start.</translation>
    </message>
    <message>
        <source>Open purchases file</source>
        <translation>Aankoopbestand openen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>You changed settings or offers since the project file “%1” was saved. Save them to it? (Clientele keeps them for this purchases file either way.)</source>
        <translation>Je hebt instellingen of aanbiedingen gewijzigd sinds projectbestand ‘%1’ is opgeslagen. Daarin opslaan? (Clientele bewaart ze hoe dan ook voor dit aankoopbestand.)</translation>
    </message>
    <message>
        <source>An export is being written</source>
        <translation>Er wordt een export geschreven</translation>
    </message>
    <message>
        <source>Clientele is writing a mailing list. Quit anyway? The export stops and writes nothing: no file is changed and no campaign is recorded.</source>
        <translation>Clientele schrijft een mailinglijst. Toch afsluiten? De export stopt en schrijft niets: er wordt geen bestand gewijzigd en geen campagne vastgelegd.</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>Over Clientele</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(not used)</source>
        <extracomment>The choice for a column that means nothing to Clientele (translated where shown).</extracomment>
        <translation>(niet gebruikt)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>The sheet that holds the purchases (Clientele picked the one that looks like it)</source>
        <translation>Het blad met de aankopen (Clientele koos het blad dat daarop lijkt)</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Kolom in je bestand</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Betekent</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>How it was recognised</source>
        <translation>Hoe ze herkend werd</translation>
    </message>
    <message>
        <source>Change what a column means if Clientele guessed wrong</source>
        <translation>Wijzig wat een kolom betekent als Clientele verkeerd gokte</translation>
    </message>
    <message>
        <source>The first rows of the file, as read</source>
        <translation>De eerste regels van het bestand, zoals gelezen</translation>
    </message>
    <message>
        <source>Optional: a file of customer details (names, e-mails, consent…)</source>
        <translation>Optioneel: een bestand met klantgegevens (namen, e-mailadressen, toestemming…)</translation>
    </message>
    <message>
        <source>The customers file stays with the analysis (its consent answers too) until you clear this box</source>
        <translation>Het klantenbestand blijft bij de analyse (ook de toestemmingen erin) tot je dit vak leegmaakt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Customer file:</source>
        <translation>Klantenbestand:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;%1&lt;/b&gt; export.</source>
        <translation>Herkend: &lt;b&gt;%1&lt;/b&gt;-export.</translation>
    </message>
    <message>
        <source>Check what each column means, then press Import.</source>
        <translation>Controleer wat elke kolom betekent en klik dan op Importeren.</translation>
    </message>
    <message>
        <source>Using the choices you made last time for a file with these columns.</source>
        <translation>De keuzes die je de vorige keer maakte voor een bestand met deze kolommen worden gebruikt.</translation>
    </message>
    <message>
        <source>also read for consent: an opt-out in any consent column wins</source>
        <translation>ook gelezen voor toestemming: een afmelding in welke toestemmingskolom ook wint</translation>
    </message>
    <message>
        <source>which column holds the purchase date</source>
        <translation>welke kolom de aankoopdatum bevat</translation>
    </message>
    <message>
        <source>which column says who the customer is (customer number or e-mail)</source>
        <translation>welke kolom zegt wie de klant is (klantnummer of e-mailadres)</translation>
    </message>
    <message>
        <source>which column holds the amount (or quantity and unit price)</source>
        <translation>welke kolom het bedrag bevat (of aantal en stuksprijs)</translation>
    </message>
    <message>
        <source>Please choose %1.</source>
        <translation>Kies %1.</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, a device or a pipe): choose the customer file (Browse…), or clear the box to import without one.</source>
        <translation>%1 is geen bestand (een map, een apparaat of een pipe): kies het klantenbestand (Bladeren…), of maak het vak leeg om zonder te importeren.</translation>
    </message>
    <message>
        <source>The customer file %1 is not there any more: choose it again (Browse…), or clear the box to import without it.</source>
        <translation>Het klantenbestand %1 is er niet meer: kies het opnieuw (Bladeren…) of maak het vak leeg om zonder te importeren.</translation>
    </message>
    <message>
        <source>Reading sheet %1…</source>
        <translation>Blad %1 lezen…</translation>
    </message>
    <message>
        <source>Customer details file</source>
        <translation>Bestand met klantgegevens</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Customers</source>
        <extracomment>A cell with fewer customers than this is greyed: too few to read much into. (pale, strong) background per move; a cell&apos;s colour runs between them with its row share.</extracomment>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>% of the row</source>
        <translation>% van de rij</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Omzet op het spel</translation>
    </message>
    <message>
        <source>moved to a better segment</source>
        <translation>naar een beter segment gegaan</translation>
    </message>
    <message>
        <source>moved to a worse segment</source>
        <translation>naar een slechter segment gegaan</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>gebleven</translation>
    </message>
    <message>
        <source>new since the comparison date</source>
        <translation>nieuw sinds de vergelijkingsdatum</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers (%2 of the row), %3; revenue at stake %4</source>
        <translation>
            <numerusform>%1 klant (%2 van de rij), %3; omzet op het spel %4</numerusform>
            <numerusform>%1 klanten (%2 van de rij), %3; omzet op het spel %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Few customers: read little into it.</source>
        <translation>Weinig klanten: lees er niet te veel in.</translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>Klik om ze te tonen.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Customers who first bought after the comparison date</source>
        <translation>Klanten die voor het eerst kochten na de vergelijkingsdatum</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Toen: %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Pages reachable with Ctrl+1 … Ctrl+9 and Ctrl+0 (the tenth), in navigation order.</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open purchases file…</source>
        <translation>Aankoopbestand &amp;openen…</translation>
    </message>
    <message>
        <source>Import an Excel, ODS or CSV export of your sales</source>
        <translation>Een Excel-, ODS- of CSV-export van je verkopen importeren</translation>
    </message>
    <message>
        <source>Try the &amp;sample data</source>
        <translation>&amp;Voorbeeldgegevens proberen</translation>
    </message>
    <message>
        <source>Import the bundled UCI Online Retail sample</source>
        <translation>Het meegeleverde voorbeeld UCI Online Retail importeren</translation>
    </message>
    <message>
        <source>&amp;Change columns and re-import…</source>
        <translation>Kolommen &amp;wijzigen en opnieuw importeren…</translation>
    </message>
    <message>
        <source>Check what each column of the current file means, then import again</source>
        <translation>Controleren wat elke kolom van het huidige bestand betekent en opnieuw importeren</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>&amp;Project openen…</translation>
    </message>
    <message>
        <source>Open a saved Clientele project</source>
        <translation>Een opgeslagen Clientele-project openen</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Project op&amp;slaan</translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers</source>
        <translation>Kolomindeling, instellingen, niveaus en aanbiedingen opslaan</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Project opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers in a new project file</source>
        <translation>Kolomindeling, instellingen, niveaus en aanbiedingen opslaan in een nieuw projectbestand</translation>
    </message>
    <message>
        <source>&amp;Export mailing list…</source>
        <translation>Mailinglijst &amp;exporteren…</translation>
    </message>
    <message>
        <source>Choose lists and write the mailing file</source>
        <translation>Lijsten kiezen en het mailingbestand schrijven</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Klant &amp;zoeken</translation>
    </message>
    <message>
        <source>Search the customer table</source>
        <translation>In de klantentabel zoeken</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Clientele &amp;guide</source>
        <translation>&amp;Handleiding van Clientele</translation>
    </message>
    <message>
        <source>What each page shows, how the numbers are made, where files and settings live</source>
        <translation>Wat elke pagina toont, hoe de cijfers tot stand komen, waar bestanden en instellingen staan</translation>
    </message>
    <message>
        <source>Keep a &amp;detailed log</source>
        <translation>Uitgebreid &amp;logboek bijhouden</translation>
    </message>
    <message>
        <source>Write what Clientele does (files read, steps and their times) to clientele-detail.log in its data folder, next to the crash log</source>
        <translation>Schrijf wat Clientele doet (gelezen bestanden, stappen en hun duur) naar clientele-detail.log in de gegevensmap, naast het crashlogboek</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>&amp;Over Clientele</translation>
    </message>
</context>
<context>
    <name>ModelCheckDialog</name>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Hoe betrouwbaar zijn de voorspellingen?</translation>
    </message>
    <message>
        <source>Clientele hides the last quarter of your history, fits the predictions again on the first three quarters, and compares what they predict for the last quarter with what your customers really did: per number of repeat purchase days before it, and in total.</source>
        <extracomment>What the dialog says the check does.</extracomment>
        <translation>Clientele verbergt het laatste kwart van je geschiedenis, berekent de voorspellingen opnieuw op de eerste drie kwarten en vergelijkt wat ze voor het laatste kwart voorspellen met wat je klanten echt deden: per aantal herhaalaankoopdagen daarvoor, en in totaal.</translation>
    </message>
    <message>
        <source>No check: %1</source>
        <extracomment>that the check covers fewer days than the predictions look ahead (or None)</extracomment>
        <translation>Geen controle: %1</translation>
    </message>
    <message>
        <source>Fitted on the purchases up to %1; for the %2 days from %3 to %4, the %5 customers who had bought by then were expected to buy on %6 days in total, and bought on %7.</source>
        <translation>Berekend op de aankopen tot %1; voor de %2 dagen van %3 tot %4 werd verwacht dat de %5 klanten die toen al gekocht hadden op in totaal %6 dagen zouden kopen, en ze kochten op %7.</translation>
    </message>
    <message>
        <source>Model check</source>
        <translation>Modelcontrole</translation>
    </message>
    <message>
        <source>No predictions were made.</source>
        <extracomment>The check on screen, and the chart&apos;s data: labels (0 … 7+), predicted and actual purchase days.</extracomment>
        <translation>Er zijn geen voorspellingen gemaakt.</translation>
    </message>
    <message>
        <source>Nothing to check: %1</source>
        <translation>Niets te controleren: %1</translation>
    </message>
    <message>
        <source>The check could not be made: %1</source>
        <translation>De controle kon niet worden gedaan: %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>De controle is gestopt.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Checking the predictions: fitting them again on the first three quarters of the history…</source>
        <translation>De voorspellingen worden gecontroleerd: opnieuw berekend op de eerste drie kwarten van de geschiedenis…</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Waarschuwing:</translation>
    </message>
    <message>
        <source>Predicted and actual totals are within 20% of each other: the predictions held up on this history.</source>
        <translation>Voorspelde en werkelijke totalen liggen binnen 20% van elkaar: de voorspellingen hielden stand op deze geschiedenis.</translation>
    </message>
</context>
<context>
    <name>ModelChecks</name>
    <message>
        <source>Checking the predictions…</source>
        <extracomment>the fit whose check the owner stopped (the status bar&apos;s Cancel): the dialog offers to check again</extracomment>
        <translation>Voorspellingen controleren…</translation>
    </message>
</context>
<context>
    <name>OccasionsPage</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Dagen tot dan</translation>
    </message>
    <message>
        <source>Years / product</source>
        <translation>Jaren / product</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Usually again after (days)</source>
        <translation>Meestal opnieuw na (dagen)</translation>
    </message>
    <message>
        <source>Quickest quarter (days)</source>
        <translation>Snelste kwart (dagen)</translation>
    </message>
    <message>
        <source>Slowest quarter (days)</source>
        <translation>Traagste kwart (dagen)</translation>
    </message>
    <message>
        <source>Gaps seen</source>
        <translation>Geziene tussentijden</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Herhaalkopers</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Nu aan de beurt</translation>
    </message>
    <message>
        <source>Decide from the file (ask when it cannot)</source>
        <translation>Uit het bestand afleiden (vragen als dat niet lukt)</translation>
    </message>
    <message>
        <source>Day first (03/04 is 3 April)</source>
        <translation>Dag eerst (03/04 is 3 april)</translation>
    </message>
    <message>
        <source>Month first (03/04 is 4 March)</source>
        <translation>Maand eerst (03/04 is 4 maart)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Lists that follow the calendar: a birthday, a year since the first order, a product about to run out. Each is a list like any other: give it an offer on the Offers page and mail it from Export.</source>
        <translation>Lijsten die de kalender volgen: een verjaardag, een jaar sinds de eerste bestelling, een product dat bijna op is. Elke lijst is een lijst als alle andere: geef hem een aanbod op de pagina Aanbiedingen en mail hem vanuit Exporteren.</translation>
    </message>
    <message>
        <source>How to read a birthday such as 03/04 when nothing else in the file settles it</source>
        <translation>Hoe een verjaardag als 03/04 te lezen als niets anders in het bestand het uitmaakt</translation>
    </message>
    <message>
        <source>Birthday soon: within</source>
        <translation>Binnenkort jarig: binnen</translation>
    </message>
    <message>
        <source>Anniversary soon: within</source>
        <translation>Binnenkort jubileum: binnen</translation>
    </message>
    <message>
        <source>Due to re-buy: from</source>
        <translation>Herhaalaankoop verwacht: van</translation>
    </message>
    <message>
        <source>before to</source>
        <translation>ervoor tot</translation>
    </message>
    <message>
        <source>after the reference date</source>
        <translation>na de peildatum</translation>
    </message>
    <message>
        <source>Birthdays like 03/04:</source>
        <translation>Verjaardagen als 03/04:</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>Re-buy intervals</source>
        <translation>Herhaaltermijnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 products are bought again often enough to know when: each needs %2 gaps or more between a customer&apos;s purchases of it. &lt;i&gt;Usually again after&lt;/i&gt; is the middle gap (half the gaps are shorter); a quarter of the gaps are shorter than the quickest quarter, a quarter longer than the slowest. A customer is &lt;i&gt;due&lt;/i&gt; when their last purchase plus the usual gap falls in the window above.</source>
        <translation>
            <numerusform>%1 product wordt vaak genoeg opnieuw gekocht om te weten wanneer: elk product heeft %2 of meer tussentijden tussen de aankopen van een klant nodig. &lt;i&gt;Meestal opnieuw na&lt;/i&gt; is de middelste tussentijd (de helft van de tussentijden is korter); een kwart van de tussentijden is korter dan het snelste kwart, een kwart langer dan het traagste. Een klant is &lt;i&gt;aan de beurt&lt;/i&gt; als de laatste aankoop plus de gebruikelijke tussentijd in het venster hierboven valt.</numerusform>
            <numerusform>%1 producten worden vaak genoeg opnieuw gekocht om te weten wanneer: elk product heeft %2 of meer tussentijden tussen de aankopen van een klant nodig. &lt;i&gt;Meestal opnieuw na&lt;/i&gt; is de middelste tussentijd (de helft van de tussentijden is korter); een kwart van de tussentijden is korter dan het snelste kwart, een kwart langer dan het traagste. Een klant is &lt;i&gt;aan de beurt&lt;/i&gt; als de laatste aankoop plus de gebruikelijke tussentijd in het venster hierboven valt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>First name (fallback when missing)</source>
        <translation>Voornaam (vervangwoord als die ontbreekt)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Favoriete categorie</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Favoriete product</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Dagen sinds de laatste aankoop</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Loyaliteitsniveau</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Volgend niveau</translation>
    </message>
    <message>
        <source>Amount still to spend for the next tier</source>
        <translation>Bedrag dat nog besteed moet worden voor het volgende niveau</translation>
    </message>
    <message>
        <source>The discount, in words</source>
        <translation>De korting, in woorden</translation>
    </message>
    <message>
        <source>Their unique coupon code</source>
        <translation>Hun unieke kortingscode</translation>
    </message>
    <message>
        <source>When the offer ends</source>
        <translation>Wanneer het aanbod afloopt</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>De naam van je winkel</translation>
    </message>
    <message>
        <source>Years since the first order, in words (&quot;2 years&quot;)</source>
        <translation>Jaren sinds de eerste bestelling, in woorden (‘2 jaar’)</translation>
    </message>
    <message>
        <source>The product a customer is due to buy again</source>
        <translation>Het product dat een klant binnenkort weer zou moeten kopen</translation>
    </message>
    <message>
        <source>The birthday, day and month</source>
        <translation>De verjaardag, dag en maand</translation>
    </message>
    <message>
        <source>after the export</source>
        <translation>na de export</translation>
    </message>
    <message>
        <source>after the customer&apos;s day (birthday, anniversary, due day)</source>
        <translation>na de dag van de klant (verjaardag, jubileum, herhaaldag)</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% korting</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Bedrag korting</translation>
    </message>
    <message>
        <source>Something else (describe it)</source>
        <translation>Iets anders (beschrijf het)</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Geen korting</translation>
    </message>
    <message>
        <source>The subject line of the e-mail; merge fields such as {first_name} work here too</source>
        <translation>De onderwerpregel van de e-mail; samenvoegvelden zoals {first_name} werken hier ook</translation>
    </message>
    <message>
        <source>e.g. free delivery</source>
        <translation>bijv. gratis verzending</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>The offer ends this many days after the export</source>
        <translation>Het aanbod loopt zoveel dagen na de export af</translation>
    </message>
    <message>
        <source>For a birthday, an anniversary or a product due: count the days from each customer&apos;s own day (a birthday treat valid a week either side: 7 days after the birthday), or from the export</source>
        <translation>Voor een verjaardag, jubileum of verwachte herhaalaankoop: tel de dagen vanaf de eigen dag van elke klant (een verjaardagscadeau dat een week ervoor en erna geldt: 7 dagen na de verjaardag) of vanaf de export</translation>
    </message>
    <message>
        <source>Coupon codes start with this, e.g. MISSYOU-7KQ4P</source>
        <translation>Kortingscodes beginnen hiermee, bijv. MISSYOU-7KQ4P</translation>
    </message>
    <message>
        <source>there</source>
        <translation>(niets)</translation>
    </message>
    <message>
        <source>Used for {first_name} when a customer&apos;s first name is unknown</source>
        <translation>Gebruikt voor {first_name} als de voornaam van een klant onbekend is</translation>
    </message>
    <message>
        <source>Insert a field…</source>
        <translation>Veld invoegen…</translation>
    </message>
    <message>
        <source>Put a merge field, such as {first_name}, at the cursor in the message</source>
        <translation>Zet een samenvoegveld, zoals {first_name}, bij de cursor in het bericht</translation>
    </message>
    <message>
        <source>The message. Words in braces, like {first_name}, are replaced per customer.</source>
        <translation>Het bericht. Woorden tussen accolades, zoals {first_name}, worden per klant vervangen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Geldig voor</translation>
    </message>
    <message>
        <source>Coupon prefix</source>
        <translation>Codevoorvoegsel</translation>
    </message>
    <message>
        <source>If no first name, say</source>
        <translation>Zonder voornaam, zeg</translation>
    </message>
    <message>
        <source>Merge field</source>
        <translation>Samenvoegveld</translation>
    </message>
    <message>
        <source>The offer is ready.</source>
        <translation>Het aanbod is klaar.</translation>
    </message>
</context>
<context>
    <name>OfferTestBox</name>
    <message>
        <source>With %1 held back as the control group (%2), </source>
        <translation>Met %1 achtergehouden als controlegroep (%2) </translation>
    </message>
    <message>
        <source>With no control group, </source>
        <translation>Zonder controlegroep </translation>
    </message>
    <message>
        <source>the export mails %1 of this list&apos;s customers: %2 get offer A and %3 get offer B, drawn at random when you export (the control group is drawn first and does not change).</source>
        <translation>mailt de export %1 klanten van deze lijst: %2 krijgen aanbod A en %3 aanbod B, willekeurig geloot bij de export (de controlegroep wordt eerst geloot en verandert niet).</translation>
    </message>
    <message>
        <source>Test a second offer</source>
        <translation>Een tweede aanbod testen</translation>
    </message>
    <message>
        <source>Send offer B to part of this list&apos;s mailed customers, drawn at random, to see which offer works better (each is also compared with the control group)</source>
        <translation>Stuur aanbod B naar een willekeurig gelote deel van de gemailde klanten van deze lijst, om te zien welk aanbod beter werkt (elk wordt ook met de controlegroep vergeleken)</translation>
    </message>
    <message>
        <source>The share of the mailed customers who get offer B (half unless you set another)</source>
        <translation>Het aandeel van de gemailde klanten dat aanbod B krijgt (de helft, tenzij je iets anders kiest)</translation>
    </message>
    <message>
        <source>get B</source>
        <translation>krijgen B</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Every group you can mail; pick one to write its offer</source>
        <translation>Elke groep die je kunt mailen; kies er een om het aanbod te schrijven</translation>
    </message>
    <message>
        <source>Your shop&apos;s name, as customers know it</source>
        <translation>De naam van je winkel, zoals klanten die kennen</translation>
    </message>
    <message>
        <source>No shop name yet: messages say “our shop”.</source>
        <translation>Nog geen winkelnaam: berichten zeggen ‘onze winkel’.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Winkelnaam</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Je winkel</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <source>Offer A</source>
        <translation>Aanbod A</translation>
    </message>
    <message>
        <source>Offer B</source>
        <translation>Aanbod B</translation>
    </message>
    <message>
        <source>Back to the suggested offer</source>
        <translation>Terug naar het voorgestelde aanbod</translation>
    </message>
    <message>
        <source>The subject and message this customer would get, and whether the export would reach them</source>
        <translation>Het onderwerp en bericht dat deze klant zou krijgen, en of de export hem zou bereiken</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Preview for a real customer</source>
        <translation>Voorbeeld voor een echte klant</translation>
    </message>
    <message>
        <source>Choose what each group gets. Every message is personalised.</source>
        <translation>Kies wat elke groep krijgt. Elk bericht is persoonlijk.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 klant</numerusform>
            <numerusform>%1 klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is in this list right now.</source>
        <translation>Er staat nu niemand in deze lijst.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Klant %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 van %2: %3</translation>
    </message>
    <message>
        <source>Fix the offer first: %1</source>
        <translation>Verbeter eerst het aanbod: %1</translation>
    </message>
    <message>
        <source>%1 is an example: each customer gets a code of their own, drawn when you export.</source>
        <translation>%1 is een voorbeeld: elke klant krijgt een eigen code, getrokken bij de export.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offer %1&lt;/b&gt; of this list&apos;s offer test: each mailed customer gets A or B, drawn at random when you export.</source>
        <translation>&lt;b&gt;Aanbod %1&lt;/b&gt; van de aanbodtest van deze lijst: elke gemailde klant krijgt A of B, willekeurig geloot bij de export.</translation>
    </message>
    <message>
        <source>Offer B still gives what offer A gives (only its coupon codes differ): change its discount, title or message, or the test can show only chance differences.</source>
        <translation>Aanbieding B geeft nog hetzelfde als aanbieding A (alleen de kortingscodes verschillen): wijzig de korting, titel of het bericht, anders kan de test alleen toevallige verschillen tonen.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Not sent by %1: %2.</source>
        <translation>Niet verstuurd per %1: %2.</translation>
    </message>
    <message>
        <source>Sent by %1, unless drawn for the control group (%2 of the list, not contacted).</source>
        <translation>Verstuurd per %1, tenzij geloot voor de controlegroep (%2 van de lijst, niet benaderd).</translation>
    </message>
    <message>
        <source>Sent by %1.</source>
        <translation>Verstuurd per %1.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>See who moved on the Changes page</source>
        <extracomment>the file&apos;s customers and revenue against these figures (also shown on the Import page)</extracomment>
        <translation>Bekijk wie verschoof op de pagina Verschuivingen</translation>
    </message>
    <message>
        <source>The history is too short to compare with an earlier date.</source>
        <translation>De geschiedenis is te kort om met een eerdere datum te vergelijken.</translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation>Voorspellingen:</translation>
    </message>
    <message>
        <source>no predictions were made.</source>
        <translation>er zijn geen voorspellingen gemaakt.</translation>
    </message>
    <message>
        <source>customers expected to spend about %1 in the next 365 days</source>
        <translation>klanten die naar verwachting zo&apos;n %1 uitgeven in de komende 365 dagen</translation>
    </message>
    <message>
        <source>no customer seen to lapse yet, so the model cannot tell who is still a customer</source>
        <translation>nog geen klant zien afhaken, dus het model kan niet zeggen wie nog klant is</translation>
    </message>
    <message>
        <source>about %1 of %2 customers still customers</source>
        <translation>ongeveer %1 van de %2 klanten zijn nog klant</translation>
    </message>
    <message>
        <source>, expected to spend about %1 in the next 365 days</source>
        <translation>, verwachte besteding ongeveer %1 in de komende 365 dagen</translation>
    </message>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Hoe betrouwbaar zijn de voorspellingen?</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <source>Customers with at least one purchase</source>
        <translation>Klanten met minstens één aankoop</translation>
    </message>
    <message>
        <source>revenue (net of returns)</source>
        <translation>omzet (na retouren)</translation>
    </message>
    <message>
        <source>Total net spend of these customers</source>
        <translation>Totale netto-uitgaven van deze klanten</translation>
    </message>
    <message>
        <source>active: bought within the inactivity window, not overdue</source>
        <translation>actief: gekocht binnen de inactiviteitsperiode, niet over tijd</translation>
    </message>
    <message>
        <source>Share of customers whose status is Active: they bought within the inactivity window and are not overdue for their usual next purchase (the Overdue ones bought within it too)</source>
        <translation>Aandeel klanten met status Actief: zij kochten binnen de inactiviteitsperiode en zijn niet over tijd voor hun gebruikelijke volgende aankoop (ook de klanten Over tijd kochten erbinnen)</translation>
    </message>
    <message>
        <source>revenue of customers at risk or inactive</source>
        <translation>omzet van klanten die risico lopen of inactief zijn</translation>
    </message>
    <message>
        <source>What customers who are At Risk, Can&apos;t Lose Them, Inactive or Lost used to spend</source>
        <translation>Wat klanten in At Risk, Can&apos;t Lose Them, Inactive of Lost vroeger besteedden</translation>
    </message>
    <message>
        <source>How the customers and revenue of the file add up to these figures</source>
        <translation>Hoe de klanten en omzet van het bestand optellen tot deze cijfers</translation>
    </message>
    <message>
        <source>Customers placed as they stood on the comparison date, scored with today&apos;s cut points; a better segment is one earlier in the segment map</source>
        <translation>Klanten geplaatst zoals ze op de vergelijkingsdatum stonden, gescoord met de grenzen van vandaag; een beter segment staat eerder in de segmentkaart</translation>
    </message>
    <message>
        <source>From the purchase and spend models fitted to your own customers; the link shows how well they predicted the last quarter</source>
        <translation>Uit de aankoop- en bestedingsmodellen die op je eigen klanten zijn afgestemd; de link laat zien hoe goed ze het laatste kwartaal voorspelden</translation>
    </message>
    <message>
        <source>Reference date: latest purchase in the file</source>
        <translation>Peildatum: laatste aankoop in het bestand</translation>
    </message>
    <message>
        <source>Recency is counted back from this date. Untick to choose another date.</source>
        <translation>Recentheid wordt vanaf deze datum teruggeteld. Vink uit om een andere datum te kiezen.</translation>
    </message>
    <message>
        <source>Count recency from this day (for example the day you plan to send the mailing)</source>
        <translation>Recentheid tellen vanaf deze dag (bijvoorbeeld de dag waarop je de mailing wilt versturen)</translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation>Klanten en omzet per segment</translation>
    </message>
    <message>
        <source>Recency and frequency grid</source>
        <translation>Raster van recentheid en frequentie</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Dagen sinds de laatste aankoop</translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation>Omzet door de tijd</translation>
    </message>
    <message numerus="yes">
        <source>revenue of %1 customers at risk or inactive</source>
        <translation>
            <numerusform>omzet van %1 klant die risico loopt of inactief is</numerusform>
            <numerusform>omzet van %1 klanten die risico lopen of inactief zijn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: inactive after %1 days</source>
        <translation>
            <numerusform>Periode: inactief na %1 dag</numerusform>
            <numerusform>Periode: inactief na %1 dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows after the reference date left out</source>
        <translation>
            <numerusform>%1 rij na de peildatum weggelaten</numerusform>
            <numerusform>%1 rijen na de peildatum weggelaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageColumns</name>
    <message>
        <source>Still a customer</source>
        <extracomment>Headings of the prediction columns (definitions §11) and the win-back list&apos;s stake (§4). Translated where shown, in the context &quot;PageColumns&quot;.</extracomment>
        <translation>Nog klant</translation>
    </message>
    <message>
        <source>Purchase days next year</source>
        <translation>Aankoopdagen komend jaar</translation>
    </message>
    <message>
        <source>Spend per purchase day</source>
        <translation>Besteding per aankoopdag</translation>
    </message>
    <message>
        <source>Spend next year</source>
        <translation>Besteding komend jaar</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>Op het spel</translation>
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
        <translation>Het importverslag en de eerste rijen van het bestand</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Headline figures and the main charts</source>
        <translation>Kerncijfers en de belangrijkste grafieken</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Customer groups and the segment map</source>
        <translation>Klantgroepen en de segmentkaart</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Verschuivingen</translation>
    </message>
    <message>
        <source>Who moved between segments since an earlier date</source>
        <translation>Wie sinds een eerdere datum van segment wisselde</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Terugwinnen</translation>
    </message>
    <message>
        <source>Customers who have gone quiet, the most to lose first</source>
        <translation>Stil geworden klanten, het grootste verlies eerst</translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation>Loyaliteitsniveaus</translation>
    </message>
    <message>
        <source>Tier rules, distribution and who is nearly up</source>
        <translation>Niveauregels, verdeling en wie bijna een niveau hoger gaat</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Every customer, with search, filters and details</source>
        <translation>Alle klanten, met zoeken, filters en details</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Gelegenheden</translation>
    </message>
    <message>
        <source>Birthdays, anniversaries and who is due to buy again</source>
        <translation>Verjaardagen, jubilea en wie binnenkort opnieuw koopt</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Aanbiedingen</translation>
    </message>
    <message>
        <source>An offer and a message per list</source>
        <translation>Een aanbieding en een bericht per lijst</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Write the mailing list</source>
        <translation>De mailinglijst schrijven</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Did the offer work? A campaign&apos;s mailed customers against its control group</source>
        <translation>Werkte het aanbod? De gemailde klanten van een campagne tegenover de controlegroep</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Preparing %1</source>
        <extracomment>What a page&apos;s prepare function looks like: (segmentation, transactions) -&gt; its view data.</extracomment>
        <translation>%1 voorbereiden</translation>
    </message>
    <message>
        <source>Pages ready</source>
        <translation>Pagina&apos;s klaar</translation>
    </message>
    <message>
        <source>Indexing purchases per customer</source>
        <extracomment>Rows of the imported file shown under the import report. The project file (its choices and where it is) this import opens, taken only once the import is done (session.set_imported); None for a plain file. The size and modification time (ns) of each file read (purchases, customers), taken before it was read: an export checks them (``changed_files``), so that an opt-out written into a file after it was opened is never missed.</extracomment>
        <translation>Aankopen per klant indexeren</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import voltooid</translation>
    </message>
    <message>
        <source>Groups ready</source>
        <translation>Groepen klaar</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job says how long is left once it has run this long and filled ESTIMATE_MIN_SHARE of the bar.</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop this step; what was on screen before stays as it was</source>
        <translation>Deze stap stoppen; wat eerst op het scherm stond, blijft zoals het was</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>nog ongeveer %n minuut</numerusform>
            <numerusform>nog ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>nog ongeveer %n seconde</numerusform>
            <numerusform>nog ongeveer %n seconden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>Clientele projects (%1)</source>
        <extracomment>The words of this module, in the context &quot;ProjectActions&quot;.</extracomment>
        <translation>Clientele-projecten (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <source>Open a purchases file first.</source>
        <translation>Open eerst een aankoopbestand.</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Project saved: %1</source>
        <extracomment>The words of this module, in the context &quot;ProjectIO&quot;.</extracomment>
        <translation>Project opgeslagen: %1</translation>
    </message>
    <message>
        <source>The project was made from %1, which is not there any more. Choose the file (or a newer export of it) to continue.</source>
        <translation>Het project is gemaakt van %1, dat er niet meer is. Kies het bestand (of een nieuwere export ervan) om verder te gaan.</translation>
    </message>
    <message>
        <source>The project was made from a purchases file, which is not there any more. Choose the file (or a newer export of it) to continue.</source>
        <translation>Het project is gemaakt van een aankoopbestand dat er niet meer is. Kies het bestand (of een nieuwere export ervan) om verder te gaan.</translation>
    </message>
    <message>
        <source>Where is the purchases file?</source>
        <translation>Waar is het aankoopbestand?</translation>
    </message>
    <message>
        <source>Purchases file for this project</source>
        <translation>Aankoopbestand voor dit project</translation>
    </message>
    <message>
        <source>The project&apos;s customers file %1 (names, e-mail addresses, consent) is not there any more. Without it Clientele does not know who opted out in it. Choose where it is now?</source>
        <translation>Het klantenbestand %1 van het project (namen, e-mailadressen, toestemming) is er niet meer. Zonder dat bestand weet Clientele niet wie zich erin heeft afgemeld. Kiezen waar het nu staat?</translation>
    </message>
    <message>
        <source>Where is the customers file?</source>
        <translation>Waar is het klantenbestand?</translation>
    </message>
    <message>
        <source>Customers file for this project</source>
        <translation>Klantenbestand voor dit project</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>No campaign has been recorded yet. Export a mailing list on the Export page (keep a control group: only it can tell whether the offer worked). When the response window has run, open the shop&apos;s newer purchases file and come back here.</source>
        <extracomment>Said when no campaign has been recorded yet.</extracomment>
        <translation>Er is nog geen campagne vastgelegd. Exporteer een mailinglijst op de pagina Exporteren (houd een controlegroep aan: alleen die kan laten zien of de aanbieding werkte). Als de reactieperiode voorbij is, open je het nieuwere aankoopbestand van de winkel en kom je hier terug.</translation>
    </message>
    <message>
        <source>The recorded campaign to measure (the latest first chosen). Exports that mailed nobody are not campaigns.</source>
        <extracomment>How long after the last edit of the sent date or the window the results are worked out again.</extracomment>
        <translation>De vastgelegde campagne om te meten (eerst de nieuwste). Exports die niemand mailden zijn geen campagnes.</translation>
    </message>
    <message>
        <source>The day the mailing went out (the export date unless you set another); kept with the campaign</source>
        <translation>De dag waarop de mailing is verstuurd (de exportdatum tenzij je een andere instelt); bewaard bij de campagne</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>How long after the sent date a purchase counts as a response; kept with the campaign</source>
        <translation>Hoe lang na de verzenddatum een aankoop als reactie telt; bewaard bij de campagne</translation>
    </message>
    <message>
        <source>Open a newer file…</source>
        <translation>Nieuwer bestand openen…</translation>
    </message>
    <message>
        <source>Measure with another purchases file than the one open now (read with the open file&apos;s column choices)</source>
        <translation>Meten met een ander aankoopbestand dan het geopende (gelezen met de kolomkeuzes van het geopende bestand)</translation>
    </message>
    <message>
        <source>Use the file open now</source>
        <translation>Het geopende bestand gebruiken</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>Resultaten opslaan…</translation>
    </message>
    <message>
        <source>The results table as CSV, or a workbook with a Summary for you and one row per customer (as the command line&apos;s --results-out)</source>
        <translation>De resultatentabel als CSV, of een werkmap met een overzicht voor jou en één rij per klant (zoals --results-out op de opdrachtregel)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <source>Response window</source>
        <translation>Reactieperiode</translation>
    </message>
    <message>
        <source>Per list: the mailed and the control customers side by side, the uplift (more buyers of every 100 than the control group) and what it means</source>
        <translation>Per lijst: de gemailde en de controleklanten naast elkaar, de stijging (meer kopers per 100 dan de controlegroep) en wat die betekent</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Stijging</translation>
    </message>
    <message>
        <source>Did the offer work? The mailed customers against the control group, who were held back at random</source>
        <translation>Werkte de aanbieding? De gemailde klanten tegenover de controlegroep, die willekeurig is achtergehouden</translation>
    </message>
    <message>
        <source>Open the newer purchases file</source>
        <extracomment>the file shown before a newer file&apos;s first look, until that look is on screen (a cancel or a failure puts it back: the label never names a file whose results are not shown) a save is being written: a look asked for meanwhile waits for it (it would stop the save)</extracomment>
        <translation>Nieuwer aankoopbestand openen</translation>
    </message>
    <message>
        <source>Saving stopped; nothing was written.</source>
        <translation>Opslaan gestopt; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The campaign history cannot be used</source>
        <translation>De campagnegeschiedenis kan niet worden gebruikt</translation>
    </message>
    <message>
        <source>Working out the campaign&apos;s results…</source>
        <translation>Resultaten van de campagne berekenen…</translation>
    </message>
    <message>
        <source>Campaign %1 now records its mailing as sent on %2, with a %3-day response window.</source>
        <translation>Campagne %1 legt de verzending nu vast op %2, met een reactieperiode van %3 dagen.</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;%1&lt;/b&gt; (a newer file, read for the results only)</source>
        <translation>Aankopen: &lt;b&gt;%1&lt;/b&gt; (een nieuwer bestand, alleen gelezen voor de resultaten)</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;%1&lt;/b&gt; (the file open now)</source>
        <translation>Aankopen: &lt;b&gt;%1&lt;/b&gt; (het geopende bestand)</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;none yet&lt;/b&gt;</source>
        <translation>Aankopen: &lt;b&gt;nog geen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>De resultaten opslaan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-tabel (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Resultaten opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>The purchases file has no coupon column, so coupon redemptions are not counted. If it has one, open it again and choose the column as Coupon code.</source>
        <extracomment>The window&apos;s words when the purchases file has no coupon column (core&apos;s, without the flag).</extracomment>
        <translation>Het aankoopbestand heeft geen kolom voor kortingscodes, dus gebruik wordt niet geteld. Heeft het er wel een, open het dan opnieuw en kies de kolom als Kortingscode.</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>The page&apos;s columns: (key, heading).</extracomment>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbieding</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Gemaild</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Kochten</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Per klant</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Stijging</translation>
    </message>
    <message>
        <source>Likely between</source>
        <translation>Waarschijnlijk tussen</translation>
    </message>
    <message>
        <source>Chance it helped</source>
        <translation>Kans dat het hielp</translation>
    </message>
    <message>
        <source>Extra revenue</source>
        <translation>Extra omzet</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation>Gebruikte codes</translation>
    </message>
    <message>
        <source>Used by others</source>
        <translation>Gebruikt door anderen</translation>
    </message>
    <message>
        <source>Control customers with a code</source>
        <translation>Controleklanten met een code</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <extracomment>``problem`` is no problem: the file open now ends before the campaign was sent (right after an export), and the page says how to come back with the newer file, in plain words</extracomment>
        <translation>%1 lezen</translation>
    </message>
    <message>
        <source>Open the newer purchases file to see this campaign&apos;s results.</source>
        <translation>Open het nieuwere aankoopbestand om de resultaten van deze campagne te zien.</translation>
    </message>
    <message>
        <source>Working out the results</source>
        <translation>Resultaten berekenen</translation>
    </message>
    <message>
        <source>Results ready</source>
        <translation>Resultaten klaar</translation>
    </message>
    <message>
        <source>Open the file with File › Open first (it asks day-first or month-first), then come back here and use the file open now.</source>
        <translation>Open het bestand eerst met Bestand › Openen (dat vraagt of de dag of de maand eerst komt), kom dan hier terug en gebruik het geopende bestand.</translation>
    </message>
    <message>
        <source>Campaign %1 was sent on %2 (set another day above if it went out on another), and its response window runs until %3. The purchases open now end on %4, before it was sent: once the window has run, export your purchases again and open that file here (Open a newer file…) to see whether the offer worked.</source>
        <translation>Campagne %1 is verstuurd op %2 (kies hierboven een andere dag als hij op een andere dag de deur uitging), en de reactieperiode loopt tot %3. De aankopen die nu open zijn eindigen op %4, vóór de verzending: zodra de periode voorbij is, exporteert u uw aankopen opnieuw en opent u dat bestand hier (Nieuwer bestand openen…) om te zien of de aanbieding werkte.</translation>
    </message>
    <message>
        <source>If the mailing went out earlier than recorded, set the day it was sent above; otherwise open a purchases file exported after the response window has run (it ends on %1).</source>
        <translation>Als de mailing eerder is verstuurd dan vastgelegd, stel dan hierboven de verzenddag in; open anders een aankoopbestand dat is geëxporteerd nadat de reactieperiode is afgelopen (die eindigt op %1).</translation>
    </message>
    <message>
        <source>Offer tests</source>
        <translation>Aanbiedingstests</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Kortingscodes</translation>
    </message>
    <message>
        <source>No coupon code of this campaign was used in the window.</source>
        <translation>Er is in de periode geen kortingscode van deze campagne gebruikt.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Campaign %1%2 — made %3, %4 mailed, %5 held back</source>
        <translation>Campagne %1%2 — gemaakt %3, %4 gemaild, %5 achtergehouden</translation>
    </message>
</context>
<context>
    <name>SegmentHelp</name>
    <message>
        <source>Bought very recently and buy often — your best customers.</source>
        <translation>Kochten heel recent en kopen vaak — je beste klanten.</translation>
    </message>
    <message>
        <source>Thank them: early access, a small gift, ask for a review. No big discount needed.</source>
        <translation>Bedank ze: vroege toegang, een klein cadeau, vraag om een review. Geen grote korting nodig.</translation>
    </message>
    <message>
        <source>Buy often and still fairly recently.</source>
        <translation>Kopen vaak en nog vrij recent.</translation>
    </message>
    <message>
        <source>Reward loyalty: a thank-you gift, points, a tier upgrade.</source>
        <translation>Beloon trouw: een bedankcadeau, punten, een hoger niveau.</translation>
    </message>
    <message>
        <source>Recent customers with a few orders — could become regulars.</source>
        <translation>Recente klanten met een paar bestellingen — kunnen vaste klanten worden.</translation>
    </message>
    <message>
        <source>Give a reason to come back soon: free delivery, a picked recommendation.</source>
        <translation>Geef een reden om snel terug te komen: gratis bezorging, een gerichte aanbeveling.</translation>
    </message>
    <message>
        <source>Made their first purchase very recently.</source>
        <translation>Deden heel recent hun eerste aankoop.</translation>
    </message>
    <message>
        <source>Welcome them and make the second order easy: a small first-repeat discount.</source>
        <translation>Heet ze welkom en maak de tweede bestelling makkelijk: een kleine korting op de eerste herhaalaankoop.</translation>
    </message>
    <message>
        <source>Bought recently, but only once.</source>
        <translation>Kochten recent, maar maar één keer.</translation>
    </message>
    <message>
        <source>Show what else you sell; a small voucher for the next visit.</source>
        <translation>Laat zien wat je nog meer verkoopt; een kleine bon voor het volgende bezoek.</translation>
    </message>
    <message>
        <source>Middle of the road: neither recent nor rare — starting to drift.</source>
        <translation>Middenmoot: niet recent en niet zelden — beginnen af te drijven.</translation>
    </message>
    <message>
        <source>A personal recommendation or a limited-time offer.</source>
        <translation>Een persoonlijke aanbeveling of een tijdelijke aanbieding.</translation>
    </message>
    <message>
        <source>Have not bought for a while and bought only once or twice.</source>
        <translation>Hebben een tijd niet gekocht en maar een of twee keer.</translation>
    </message>
    <message>
        <source>A friendly reminder with a modest discount before they forget you.</source>
        <translation>Een vriendelijke herinnering met een bescheiden korting voordat ze je vergeten.</translation>
    </message>
    <message>
        <source>Used to buy regularly, but not for a long time.</source>
        <translation>Kochten vroeger geregeld, maar al lang niet meer.</translation>
    </message>
    <message>
        <source>Win them back: a clear discount and a &apos;we miss you&apos; message.</source>
        <translation>Win ze terug: een duidelijke korting en een ‘we missen je’-bericht.</translation>
    </message>
    <message>
        <source>Were among your most frequent customers, but have gone quiet.</source>
        <translation>Hoorden bij je meest vaste klanten, maar zijn stil geworden.</translation>
    </message>
    <message>
        <source>Your strongest win-back offer, personally worded; ask what went wrong.</source>
        <translation>Je sterkste terugwinaanbod, persoonlijk verwoord; vraag wat er misging.</translation>
    </message>
    <message>
        <source>Bought rarely and long ago.</source>
        <translation>Kochten zelden en lang geleden.</translation>
    </message>
    <message>
        <source>A low-cost reminder at most; do not spend much on them.</source>
        <translation>Hooguit een goedkope herinnering; besteed er niet veel aan.</translation>
    </message>
    <message>
        <source>Customers no segment of your map covers.</source>
        <translation>Klanten die geen segment van je kaart dekt.</translation>
    </message>
    <message>
        <source>Edit the segment map so every cell belongs to a segment.</source>
        <translation>Pas de segmentkaart aan zodat elke cel bij een segment hoort.</translation>
    </message>
    <message>
        <source>Bought within the inactivity window and on their usual rhythm.</source>
        <translation>Kochten binnen de periode en in hun gewone ritme.</translation>
    </message>
    <message>
        <source>Still inside the window, but late by their own rhythm (twice their usual gap).</source>
        <translation>Nog binnen de periode, maar laat voor hun ritme (twee keer hun gewone tussenpoos).</translation>
    </message>
    <message>
        <source>No purchase within the inactivity window.</source>
        <translation>Geen aankoop binnen de activiteitsperiode.</translation>
    </message>
    <message>
        <source>No purchase for more than twice the inactivity window.</source>
        <translation>Geen aankoop in meer dan twee keer de activiteitsperiode.</translation>
    </message>
    <message>
        <source>In your customer file, but has never bought.</source>
        <translation>Staat in je klantenbestand, maar heeft nooit gekocht.</translation>
    </message>
    <message>
        <source>recency score %1–%2</source>
        <translation>recentheidsscore %1–%2</translation>
    </message>
    <message>
        <source>frequency score %1–%2</source>
        <translation>frequentiescore %1–%2</translation>
    </message>
    <message>
        <source>money score %1–%2</source>
        <translation>bedragscore %1–%2</translation>
    </message>
    <message>
        <source>Customers with %1.</source>
        <translation>Klanten met %1.</translation>
    </message>
    <message>
        <source>A segment of your own map.</source>
        <translation>Een segment van je eigen kaart.</translation>
    </message>
    <message>
        <source>Choose an offer that fits them on the Offers page.</source>
        <translation>Kies een passende aanbieding op de pagina Aanbiedingen.</translation>
    </message>
    <message>
        <source>What to offer:</source>
        <translation>Wat aanbieden:</translation>
    </message>
    <message>
        <source>The customer&apos;s number (their e-mail address when the file has none)</source>
        <extracomment>What each customer-table column means (definitions §2–§5), as the tooltip of its heading.</extracomment>
        <translation>Het klantnummer (het e-mailadres als het bestand er geen heeft)</translation>
    </message>
    <message>
        <source>The date of the first purchase</source>
        <translation>De datum van de eerste aankoop</translation>
    </message>
    <message>
        <source>The date of the last purchase</source>
        <translation>De datum van de laatste aankoop</translation>
    </message>
    <message>
        <source>Days from the last purchase to the reference date (recency)</source>
        <translation>Dagen van de laatste aankoop tot de peildatum (recentheid)</translation>
    </message>
    <message>
        <source>Days from the first purchase to the reference date</source>
        <translation>Dagen van de eerste aankoop tot de peildatum</translation>
    </message>
    <message>
        <source>Orders (invoices) with a purchase; returns are not orders</source>
        <translation>Bestellingen (facturen) met een aankoop; retouren zijn geen bestellingen</translation>
    </message>
    <message>
        <source>Days with a purchase</source>
        <translation>Dagen met een aankoop</translation>
    </message>
    <message>
        <source>What the customer spent in total, net of returns</source>
        <translation>Wat de klant in totaal besteedde, na aftrek van retouren</translation>
    </message>
    <message>
        <source>Spent in total ÷ orders</source>
        <translation>Totaal besteed ÷ bestellingen</translation>
    </message>
    <message>
        <source>The usual number of days between two purchase days (the median); empty with fewer than three purchase days</source>
        <translation>Het gebruikelijke aantal dagen tussen twee aankoopdagen (de mediaan); leeg bij minder dan drie aankoopdagen</translation>
    </message>
    <message>
        <source>Days since the last purchase ÷ the usual gap; 2 or more is Overdue</source>
        <translation>Dagen sinds de laatste aankoop ÷ de gebruikelijke tussenpoos; vanaf 2 is de klant „Over tijd”</translation>
    </message>
    <message>
        <source>Spent in the 12 months up to the reference date, net of returns</source>
        <translation>Besteed in de 12 maanden tot de peildatum, na aftrek van retouren</translation>
    </message>
    <message>
        <source>Spent in the 12 months before those</source>
        <translation>Besteed in de 12 maanden daarvoor</translation>
    </message>
    <message>
        <source>The category with the most net spend</source>
        <translation>De categorie met de hoogste nettobesteding</translation>
    </message>
    <message>
        <source>The product with the most net spend</source>
        <translation>Het product met de hoogste nettobesteding</translation>
    </message>
    <message>
        <source>Recency score, 1 to 5: 5 = bought most recently, compared with your other customers</source>
        <translation>Recentheidsscore, 1 tot 5: 5 = meest recent gekocht, vergeleken met je andere klanten</translation>
    </message>
    <message>
        <source>Frequency score, 1 to 5: 5 = the most orders, compared with your other customers</source>
        <translation>Frequentiescore, 1 tot 5: 5 = de meeste bestellingen, vergeleken met je andere klanten</translation>
    </message>
    <message>
        <source>Money score, 1 to 5: 5 = spent the most, compared with your other customers</source>
        <translation>Bedragscore, 1 tot 5: 5 = het meest besteed, vergeleken met je andere klanten</translation>
    </message>
    <message>
        <source>The segment the recency and frequency scores place the customer in (Segments page)</source>
        <translation>Het segment waarin de recentheids- en frequentiescore de klant plaatsen (pagina Segmenten)</translation>
    </message>
    <message>
        <source>Active; Overdue (late by their own rhythm); Inactive (nothing within the inactivity window); Lost (nothing for twice the window); Prospect (never bought)</source>
        <translation>Actief; Over tijd (te laat volgens het eigen ritme); Inactief (niets binnen de activiteitsperiode); Verloren (niets in twee keer de periode); Prospect (nooit gekocht)</translation>
    </message>
    <message>
        <source>Spent less than half in the last 12 months than in the 12 months before</source>
        <translation>Besteedde in de laatste 12 maanden minder dan de helft van de 12 maanden daarvoor</translation>
    </message>
    <message>
        <source>The highest loyalty tier whose threshold the customer&apos;s spend reached</source>
        <translation>Het hoogste loyaliteitsniveau waarvan de besteding van de klant de grens haalde</translation>
    </message>
    <message>
        <source>Loyalty points: the spend the tiers count × points per unit, rounded down</source>
        <translation>Loyaliteitspunten: de besteding die de niveaus tellen × punten per eenheid, naar beneden afgerond</translation>
    </message>
    <message>
        <source>The tier above the customer&apos;s</source>
        <translation>Het niveau boven dat van de klant</translation>
    </message>
    <message>
        <source>What the customer still has to spend to reach the next tier</source>
        <translation>Wat de klant nog moet besteden om het volgende niveau te halen</translation>
    </message>
    <message>
        <source>How likely the customer is still a customer (will buy again some day), from how often and how recently they bought, compared with all your customers</source>
        <translation>Hoe waarschijnlijk de klant nog klant is (ooit weer koopt), op basis van hoe vaak en hoe recent hij kocht, vergeleken met al je klanten</translation>
    </message>
    <message>
        <source>On how many days the customer is expected to buy in the next 365 days</source>
        <translation>Op hoeveel dagen de klant naar verwachting koopt in de komende 365 dagen</translation>
    </message>
    <message>
        <source>What the customer is expected to spend on a day they buy: their own average, pulled towards the average of all customers when they bought on few days</source>
        <translation>Wat de klant naar verwachting besteedt op een dag dat hij koopt: zijn eigen gemiddelde, naar het gemiddelde van alle klanten getrokken als hij op weinig dagen kocht</translation>
    </message>
    <message>
        <source>What the customer is expected to spend in the next 365 days: purchase days next year × spend per purchase day</source>
        <translation>Wat de klant naar verwachting besteedt in de komende 365 dagen: aankoopdagen volgend jaar × besteding per aankoopdag</translation>
    </message>
    <message>
        <source>What could be lost: spent in total × how likely the customer is no longer a customer</source>
        <translation>Wat verloren kan gaan: totaal besteed × kans dat de klant geen klant meer is</translation>
    </message>
    <message>
        <source>The customer&apos;s next birthday on or after the reference date (29 February is 28 February in other years)</source>
        <translation>De volgende verjaardag van de klant op of na de peildatum (29 februari is in andere jaren 28 februari)</translation>
    </message>
    <message>
        <source>The next anniversary of the first purchase that marks a year or more</source>
        <translation>Het volgende jubileum van de eerste aankoop dat een jaar of meer markeert</translation>
    </message>
    <message>
        <source>Whole years since the first purchase, counted to the end of the anniversary window</source>
        <translation>Hele jaren sinds de eerste aankoop, geteld tot het einde van de jubileumperiode</translation>
    </message>
    <message>
        <source>The product the customer is due to buy again now (the one they spent most on, if several)</source>
        <translation>Het product dat de klant nu opnieuw zou moeten kopen (bij meerdere het product waaraan hij het meest besteedde)</translation>
    </message>
    <message>
        <source>When that product is due: the last purchase of it plus its usual re-buy interval</source>
        <translation>Wanneer dat product weer aan de beurt is: de laatste aankoop ervan plus de gebruikelijke herhaaltermijn</translation>
    </message>
    <message>
        <source>The occasion list the customer is on</source>
        <translation>De gelegenheidslijst waarop de klant staat</translation>
    </message>
    <message>
        <source>The birthday, the anniversary, or the day the product is due</source>
        <translation>De verjaardag, het jubileum of de dag dat het product aan de beurt is</translation>
    </message>
    <message>
        <source>Days from the reference date to the day (below 0: a product that fell due a few days ago)</source>
        <translation>Dagen van de peildatum tot de dag (onder 0: een product dat een paar dagen geleden aan de beurt was)</translation>
    </message>
    <message>
        <source>Years with you for an anniversary, the product for Due to re-buy</source>
        <translation>Jaren bij je voor een jubileum, het product voor Tijd om bij te kopen</translation>
    </message>
    <message>
        <source>The usual gap between a customer&apos;s purchases of the product: the median, half the gaps are shorter</source>
        <translation>De gebruikelijke tussenpoos tussen de aankopen van het product door een klant: de mediaan, de helft van de tussenpozen is korter</translation>
    </message>
    <message>
        <source>A quarter of the gaps are shorter than this (the 25th percentile)</source>
        <translation>Een kwart van de tussenpozen is korter (het 25e percentiel)</translation>
    </message>
    <message>
        <source>A quarter of the gaps are longer than this (the 75th percentile)</source>
        <translation>Een kwart van de tussenpozen is langer (het 75e percentiel)</translation>
    </message>
    <message>
        <source>Gaps between a customer&apos;s purchase days of the product, all customers together</source>
        <translation>Tussenpozen tussen de aankoopdagen van het product door een klant, alle klanten samen</translation>
    </message>
    <message>
        <source>Customers who bought the product on two days or more</source>
        <translation>Klanten die het product op twee of meer dagen kochten</translation>
    </message>
    <message>
        <source>Customers due to buy this product again now (one due for two products counts for both; their message names the one they spent most on)</source>
        <translation>Klanten die dit product nu opnieuw zouden moeten kopen (wie voor twee producten aan de beurt is, telt bij beide; het bericht noemt het product waaraan hij het meest besteedde)</translation>
    </message>
    <message>
        <source>Customers whose birthday comes within the window after the reference date (from either file; the year is not needed)</source>
        <extracomment>What each occasion list holds (definitions §12), for tooltips.</extracomment>
        <translation>Klanten van wie de verjaardag binnen de periode na de peildatum valt (uit een van beide bestanden; het jaar is niet nodig)</translation>
    </message>
    <message>
        <source>Customers whose first purchase has its anniversary (one year or more) within the window</source>
        <translation>Klanten van wie de eerste aankoop binnen de periode een jubileum heeft (een jaar of meer)</translation>
    </message>
    <message>
        <source>Customers whose last purchase of a product plus its usual re-buy interval falls within the window: time for a restock reminder</source>
        <translation>Klanten van wie de laatste aankoop van een product plus de gebruikelijke herhaaltermijn binnen de periode valt: tijd voor een herinnering om bij te bestellen</translation>
    </message>
    <message>
        <source>Recency score: none (not scored)</source>
        <extracomment>A score&apos;s tooltip without a score, and with one (%1), per dimension (translated where shown).</extracomment>
        <translation>Recentheidsscore: geen (niet gescoord)</translation>
    </message>
    <message>
        <source>Recency score %1 of 5 (5 = bought most recently, compared with your other customers)</source>
        <translation>Recentheidsscore %1 van 5 (5 = meest recent gekocht, vergeleken met je andere klanten)</translation>
    </message>
    <message>
        <source>Frequency score: none (not scored)</source>
        <translation>Frequentiescore: geen (niet gescoord)</translation>
    </message>
    <message>
        <source>Frequency score %1 of 5 (5 = the most orders, compared with your other customers)</source>
        <translation>Frequentiescore %1 van 5 (5 = de meeste bestellingen, vergeleken met je andere klanten)</translation>
    </message>
    <message>
        <source>Money score: none (not scored)</source>
        <translation>Bedragscore: geen (niet gescoord)</translation>
    </message>
    <message>
        <source>Money score %1 of 5 (5 = spent the most, compared with your other customers)</source>
        <translation>Bedragscore %1 van 5 (5 = het meest besteed, vergeleken met je andere klanten)</translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <extracomment>What the tiers count, in words that follow &quot;spent at least £500 …&quot; (translated where shown).</extracomment>
        <translation>in de laatste 12 maanden</translation>
    </message>
    <message>
        <source>since their first purchase</source>
        <translation>sinds de eerste aankoop</translation>
    </message>
    <message>
        <source>this calendar year</source>
        <translation>dit kalenderjaar</translation>
    </message>
    <message>
        <source>%1: the first tier, for everyone below the next</source>
        <translation>%1: het eerste niveau, voor iedereen onder het volgende</translation>
    </message>
    <message>
        <source>%1: spent at least %2 %3</source>
        <translation>%1: %3 minstens %2 besteed</translation>
    </message>
    <message>
        <source>; next: %1 from %2</source>
        <translation>; volgende: %1 vanaf %2</translation>
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
van</translation>
    </message>
    <message>
        <source>R
to</source>
        <translation>R
tot</translation>
    </message>
    <message>
        <source>F
from</source>
        <translation>F
van</translation>
    </message>
    <message>
        <source>F
to</source>
        <translation>F
tot</translation>
    </message>
    <message>
        <source>M
from</source>
        <translation>M
van</translation>
    </message>
    <message>
        <source>M
to</source>
        <translation>M
tot</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>The names&apos; column is kept at least this wide for its longest word, at most (pixels).</extracomment>
        <translation>alle</translation>
    </message>
    <message>
        <source>Each segment is a box of scores (5 is best). The first segment that holds a customer&apos;s scores wins, so order matters.</source>
        <extracomment>the width the editor wants changed (names of other lengths): see the module doc</extracomment>
        <translation>Elk segment is een vak van scores (5 is het best). Het eerste segment dat de scores van een klant bevat wint, dus de volgorde telt.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a segment at the end</source>
        <translation>Een segment aan het eind toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected segment</source>
        <translation>Het geselecteerde segment verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move up: earlier segments win</source>
        <translation>Omhoog: eerdere segmenten winnen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Back to the standard ten segments</source>
        <translation>Terug naar de tien standaardsegmenten</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Toepassen en herberekenen</translation>
    </message>
    <message>
        <source>Use this map and scoring for every page</source>
        <translation>Deze kaart en scoring voor elke pagina gebruiken</translation>
    </message>
    <message>
        <source>Quintiles (automatic)</source>
        <translation>Kwintielen (automatisch)</translation>
    </message>
    <message>
        <source>My own thresholds</source>
        <translation>Mijn eigen grenzen</translation>
    </message>
    <message>
        <source>Scores from</source>
        <translation>Scores op basis van</translation>
    </message>
    <message>
        <source>days since last purchase, e.g. 30, 90, 180, 365</source>
        <translation>dagen sinds laatste aankoop, bijv. 30, 90, 180, 365</translation>
    </message>
    <message>
        <source>orders, e.g. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)</source>
        <translation>bestellingen, bijv. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)</translation>
    </message>
    <message>
        <source>revenue, e.g. 50, 150, 400, 1000</source>
        <translation>omzet, bijv. 50, 150, 400, 1000</translation>
    </message>
    <message>
        <source>Recency cut points</source>
        <translation>Grenzen recentheid</translation>
    </message>
    <message>
        <source>Frequency cut points</source>
        <translation>Grenzen frequentie</translation>
    </message>
    <message>
        <source>Money cut points</source>
        <translation>Grenzen bedrag</translation>
    </message>
    <message>
        <source>Leave empty to keep quintiles for this score.</source>
        <translation>Laat leeg om voor deze score kwintielen te houden.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Segmentkaart</translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation>Nieuw segment %1</translation>
    </message>
    <message>
        <source>“My own thresholds” needs cut points in at least one box.</source>
        <translation>‘Mijn eigen grenzen’ heeft grenzen nodig in minstens één vak.</translation>
    </message>
    <message>
        <source>Type four numbers in the recency, frequency or money box, or choose Quintiles.</source>
        <translation>Typ vier getallen in het vak recentheid, frequentie of bedrag, of kies Kwintielen.</translation>
    </message>
    <message>
        <source>The map needs at least one segment.</source>
        <translation>De kaart heeft minstens één segment nodig.</translation>
    </message>
    <message>
        <source>Every customer falls in exactly one segment.</source>
        <translation>Elke klant valt in precies één segment.</translation>
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
        <translation>Klanten</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% van klanten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% van omzet</translation>
    </message>
    <message>
        <source>Avg order</source>
        <translation>Gem. bestelling</translation>
    </message>
    <message>
        <source>Median days since last</source>
        <translation>Mediaan dagen sinds laatste aankoop</translation>
    </message>
    <message>
        <source>Recency (days since last purchase)</source>
        <extracomment>How each score&apos;s cut points are named under the table.</extracomment>
        <translation>Recentheid (dagen sinds de laatste aankoop)</translation>
    </message>
    <message>
        <source>Frequency (orders)</source>
        <translation>Frequentie (bestellingen)</translation>
    </message>
    <message>
        <source>Money (revenue)</source>
        <translation>Bedrag (omzet)</translation>
    </message>
    <message>
        <source>quintiles</source>
        <extracomment>How the cut points were found (core.segmentation.rfm: RFMResult.methods).</extracomment>
        <translation>kwintielen</translation>
    </message>
    <message>
        <source>your thresholds</source>
        <translation>je eigen grenzen</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemengd</translation>
    </message>
    <message>
        <source>Hover a segment name to see who they are and what to offer</source>
        <extracomment>The segment map&apos;s width at least, where the page has twice that (pixels).</extracomment>
        <translation>Wijs een segmentnaam aan om te zien wie het zijn en wat je ze aanbiedt</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, %2 of revenue.</source>
        <translation>
            <numerusform>%1 klant, %2 van de omzet.</numerusform>
            <numerusform>%1 klanten, %2 van de omzet.</numerusform>
        </translation>
    </message>
    <message>
        <source>not enough different values</source>
        <translation>niet genoeg verschillende waarden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cut points (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – grenzen (%2): %3</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Finding your customer groups…</source>
        <extracomment>How long after the last change the analysis is kept for its file (a burst of typing is one write). A file&apos;s opening was cancelled or failed before its groups were found: the analysis open before is back (``imported`` is it again), and the window shows it again. A page asks the window to show another page (its title), with one of its lists chosen (a MailingList.key, or &quot;&quot;): the Changes page&apos;s &quot;offer&quot; and &quot;export&quot; buttons, the Overview&apos;s link. The window&apos;s language (gui.translation, set by the main window at start): what core writes for the window (segment names, reports, offer packs) is to be asked for in it. The customer facts kept between recomputes (made with the first one, when pandas loads). What was open before a file being opened, until its first segmentation is done. Whether the project was unsaved before settings not yet computed (None: none pending). The model check of the predictions (definitions §11), computed when first asked for. The Results page&apos;s looks at a campaign (reading a newer file, working out, saving). The one thread every chart of the window renders on (gui.chart_canvas). Where the shop&apos;s choices came from when a file was opened (None: the defaults, or a project).</extracomment>
        <translation>Je klantgroepen zoeken…</translation>
    </message>
    <message numerus="yes">
        <source>%1 purchase row(s)</source>
        <translation>
            <numerusform>%1 aankoopregel</numerusform>
            <numerusform>%1 aankoopregels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 klant</numerusform>
            <numerusform>%1 klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 prospect(s)</source>
        <translation>
            <numerusform>%1 prospect</numerusform>
            <numerusform>%1 prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>reference date %1</source>
        <translation>peildatum %1</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Spend in the last 12 months</source>
        <extracomment>The tier bases and the close-to-next-tier table&apos;s headers (translated when the page is built).</extracomment>
        <translation>Besteding in de laatste 12 maanden</translation>
    </message>
    <message>
        <source>Spend since the first purchase</source>
        <translation>Besteding sinds de eerste aankoop</translation>
    </message>
    <message>
        <source>Spend this calendar year</source>
        <translation>Besteding dit kalenderjaar</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Still to spend</source>
        <translation>Nog te besteden</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Volgend niveau</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Totaal besteed</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Thresholds from my data (50 / 80 / 95 % of customers)</source>
        <extracomment>The highest spend a tier can start at (the spin boxes&apos; range).</extracomment>
        <translation>Grenzen uit mijn gegevens (50 / 80 / 95 % van klanten)</translation>
    </message>
    <message>
        <source>Untick to type your own spend thresholds</source>
        <translation>Vink uit om je eigen bestedingsgrenzen in te typen</translation>
    </message>
    <message>
        <source>Tier (lowest first)</source>
        <translation>Niveau (laagste eerst)</translation>
    </message>
    <message>
        <source>Spend from</source>
        <translation>Besteding vanaf</translation>
    </message>
    <message>
        <source>A customer takes the highest tier whose threshold they reach</source>
        <translation>Een klant krijgt het hoogste niveau waarvan hij de grens haalt</translation>
    </message>
    <message>
        <source>Loyalty points per unit of money spent</source>
        <translation>Loyaliteitspunten per bestede geldeenheid</translation>
    </message>
    <message>
        <source>Close to the next tier: still to spend at most this share of its threshold</source>
        <translation>Dicht bij het volgende niveau: nog hooguit dit deel van de grens te besteden</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Niveau toevoegen</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Niveau verwijderen</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Toepassen en herberekenen</translation>
    </message>
    <message>
        <source>Tiers are based on</source>
        <translation>Niveaus gebaseerd op</translation>
    </message>
    <message>
        <source>Points per unit spent</source>
        <translation>Punten per bestede eenheid</translation>
    </message>
    <message>
        <source>Close to next tier within</source>
        <translation>Dicht bij volgend niveau binnen</translation>
    </message>
    <message>
        <source>Tier rules</source>
        <translation>Niveauregels</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Klanten per niveau</translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation>Loyaliteitsniveaus</translation>
    </message>
    <message>
        <source>The first tier takes everyone else</source>
        <translation>Het eerste niveau krijgt alle anderen</translation>
    </message>
    <message>
        <source>The spend this tier starts at</source>
        <translation>De besteding vanaf waar dit niveau begint</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 customers are close to the next tier&lt;/b&gt; — a small nudge could move them up</source>
        <translation>
            <numerusform>&lt;b&gt;%1 klant zit dicht bij het volgende niveau&lt;/b&gt; — een klein duwtje kan hem omhoog helpen</numerusform>
            <numerusform>&lt;b&gt;%1 klanten zitten dicht bij het volgende niveau&lt;/b&gt; — een klein duwtje kan ze omhoog helpen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpliftChart</name>
    <message>
        <source>no control group to compare with</source>
        <extracomment>A bar&apos;s colour by verdict: clear answers in colour, the rest grey. Said on the chart where a row has no uplift (no control group, or nobody mailed).</extracomment>
        <translation>geen controlegroep om mee te vergelijken</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Nog geen resultaten</translation>
    </message>
    <message>
        <source>more buyers of every 100 than the control group
(bar: seen; whiskers: likely range)</source>
        <translation>meer kopers per 100 dan de controlegroep
(balk: gezien; snorharen: waarschijnlijk bereik)</translation>
    </message>
    <message>
        <source>Uplift with its 95% range</source>
        <translation>Stijging met 95%-bereik</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Purchase files (%1)</source>
        <extracomment>The file types a purchases or customers file may have (the file dialogs&apos; filter, after its words).</extracomment>
        <translation>Aankoopbestanden (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open the purchase history your till or web shop exports (Excel or CSV). In a minute you will see your best customers, who has gone quiet, and your loyalty tiers — then pick an offer per group and export a personal mailing list. Nothing leaves this computer.</source>
        <translation>Open de aankoopgeschiedenis die je kassa of webwinkel exporteert (Excel of CSV). Binnen een minuut zie je je beste klanten, wie stil is geworden en je loyaliteitsniveaus — kies dan een aanbieding per groep en exporteer een persoonlijke mailinglijst. Niets verlaat deze computer.</translation>
    </message>
    <message>
        <source>Open purchases file…</source>
        <translation>Aankoopbestand openen…</translation>
    </message>
    <message>
        <source>Choose an Excel, ODS or CSV export of your sales (Ctrl+O)</source>
        <translation>Kies een Excel-, ODS- of CSV-export van je verkopen (Ctrl+O)</translation>
    </message>
    <message>
        <source>Try the sample data</source>
        <translation>Voorbeeldgegevens proberen</translation>
    </message>
    <message>
        <source>A real online shop&apos;s purchases: 300 customers, 2010–2011 (UCI Online Retail)</source>
        <translation>De aankopen van een echte webwinkel: 300 klanten, 2010–2011 (UCI Online Retail)</translation>
    </message>
    <message>
        <source>…or drop a file anywhere on this window.</source>
        <translation>…of sleep een bestand ergens op dit venster.</translation>
    </message>
    <message>
        <source>Double-click to import this file again</source>
        <translation>Dubbelklik om dit bestand opnieuw te importeren</translation>
    </message>
    <message>
        <source>Double-click to open this project</source>
        <translation>Dubbelklik om dit project te openen</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <source>No files opened yet</source>
        <translation>Nog geen bestanden geopend</translation>
    </message>
    <message>
        <source>No projects saved yet</source>
        <translation>Nog geen projecten opgeslagen</translation>
    </message>
</context>
<context>
    <name>WinbackPage</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Dalend</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Dagen sinds laatste aankoop</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Laatste aankoop</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Totaal besteed</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Gebruikelijke tussentijd (dagen)</translation>
    </message>
    <message>
        <source>Late by (× usual gap)</source>
        <translation>Te laat met (× gebruikelijke tussentijd)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>12 months before</source>
        <translation>12 maanden daarvoor</translation>
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
        <translation>Gerangschikt naar wat er op het spel staat: wat ze uitgaven × hoe waarschijnlijk het is dat je ze verliest (1 − ‘Nog klant’), hoogste eerst.</translation>
    </message>
    <message>
        <source>Retail (180 days)</source>
        <translation>Detailhandel (180 dagen)</translation>
    </message>
    <message>
        <source>Subscription (30 days)</source>
        <translation>Abonnement (30 dagen)</translation>
    </message>
    <message>
        <source>Seasonal (365 days)</source>
        <translation>Seizoensgebonden (365 dagen)</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>the table, the summary and the ranking&apos;s note show the chosen list</extracomment>
        <translation> dagen</translation>
    </message>
    <message>
        <source>A customer with no purchase for longer than this is Inactive; twice as long is Lost</source>
        <translation>Een klant die langer dan dit niets kocht is Inactive; twee keer zo lang: Lost</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Kies een voorinstelling…</translation>
    </message>
    <message>
        <source>Typical windows: retail 180 days, subscriptions 30, seasonal shops 365</source>
        <translation>Gebruikelijke perioden: detailhandel 180 dagen, abonnementen 30, seizoenswinkels 365</translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation>Inactief na</translation>
    </message>
    <message>
        <source>Only declining</source>
        <translation>Alleen dalend</translation>
    </message>
    <message>
        <source>Spent less than half in the last 12 months than in the 12 months before</source>
        <translation>Besteedde de laatste 12 maanden minder dan de helft van de 12 maanden daarvoor</translation>
    </message>
    <message>
        <source>Spending fell by more than half year on year</source>
        <translation>Besteding meer dan gehalveerd ten opzichte van vorig jaar</translation>
    </message>
    <message>
        <source>Customers who have gone quiet, the most to lose first.</source>
        <translation>Klanten die stil zijn geworden, wie het meest kost om te verliezen eerst.</translation>
    </message>
    <message>
        <source>By activity status: Inactive, Lost and Overdue (late for their usual next purchase). The Overview&apos;s figure of customers at risk or inactive counts the At Risk and Can&apos;t Lose Them segments with Inactive and Lost instead, so the two can differ.</source>
        <translation>Naar activiteitsstatus: Inactief, Verloren en Over tijd (laat voor hun gebruikelijke volgende aankoop). Het aantal klanten met risico of inactief in het Overzicht telt in plaats daarvan de segmenten Risicoklanten en Niet kwijtraken! met Inactief en Verloren, dus beide kunnen verschillen.</translation>
    </message>
    <message>
        <source>, of which &lt;b&gt;%1&lt;/b&gt; is at stake</source>
        <translation>, waarvan &lt;b&gt;%1&lt;/b&gt; op het spel staat</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; customers to win back (%2 declining); together they spent &lt;b&gt;%3&lt;/b&gt;%4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; klant om terug te winnen (%2 dalend); samen gaven ze &lt;b&gt;%3&lt;/b&gt; uit%4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; klanten om terug te winnen (%2 dalend); samen gaven ze &lt;b&gt;%3&lt;/b&gt; uit%4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: %1 days.</source>
        <translation>
            <numerusform>Periode: %1 dag.</numerusform>
            <numerusform>Periode: %1 dagen.</numerusform>
        </translation>
    </message>
</context>
</TS>
