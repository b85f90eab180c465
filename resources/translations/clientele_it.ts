<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>About</name>
    <message>
        <source>Find your best customers, win back the quiet ones, reward loyalty — offline, on your own computer. Nothing leaves this machine.</source>
        <translation>Trova i tuoi clienti migliori, riconquista quelli che non comprano più, premia la fedeltà — offline, sul tuo computer. Nulla lascia questa macchina.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data:&lt;/b&gt; %1 (UCI Machine Learning Repository, data set 352).</source>
        <translation>&lt;b&gt;Dati di esempio:&lt;/b&gt; %1 (UCI Machine Learning Repository, set di dati 352).</translation>
    </message>
</context>
<context>
    <name>CellFormat</name>
    <message>
        <source>Yes</source>
        <extracomment>Column kinds, decided once per column from its dtype (PERCENT: a share from 0 to 1 by its name). Number kinds: right-aligned, sorted largest first at the first click. Columns holding a share from 0 to 1, shown as a whole percentage (&quot;78%&quot;; definitions §11&apos;s p_alive). the display text of the first rows, by column position, made off the GUI thread with the formatters of ``texts_locale`` (gui.table_model.with_first_texts; empty when not made)</extracomment>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>Customer</source>
        <extracomment>The columns of the list of a cell&apos;s customers. The headers of the list of a cell&apos;s customers (translated when the page is built).</extracomment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Segmento allora</translation>
    </message>
    <message>
        <source>Segment now</source>
        <translation>Segmento ora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Giorni dall&apos;ultimo acquisto</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Spesa totale</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>12 months before the date</source>
        <translation>12 mesi prima della data</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome di battesimo</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message numerus="yes">
        <source>%1 days before the reference date</source>
        <extracomment>The &quot;compare with&quot; choice that takes the date picker&apos;s date.</extracomment>
        <translation>
            <numerusform>%1 giorno prima della data di riferimento</numerusform>
            <numerusform>%1 giorni prima della data di riferimento</numerusform>
        </translation>
    </message>
    <message>
        <source>a date of your choice</source>
        <translation>una data a scelta</translation>
    </message>
    <message>
        <source>Place every customer as they stood on this earlier date, scored with today&apos;s cut points, and see who moved</source>
        <translation>Collocare ogni cliente com&apos;era a questa data precedente, valutato con le soglie di oggi, e vedere chi si è spostato</translation>
    </message>
    <message>
        <source>The earlier date to compare with (before the reference date)</source>
        <translation>La data precedente con cui confrontare (prima della data di riferimento)</translation>
    </message>
    <message>
        <source>What each cell of the table shows</source>
        <translation>Cosa mostra ogni cella della tabella</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Confronta con</translation>
    </message>
    <message>
        <source>Cells show</source>
        <translation>Le celle mostrano</translation>
    </message>
    <message>
        <source>Rows: the segment on the comparison date; columns: the segment now. Click a cell to list its customers.</source>
        <translation>Righe: il segmento alla data di confronto; colonne: il segmento attuale. Fai clic su una cella per elencarne i clienti.</translation>
    </message>
    <message>
        <source>to a better segment</source>
        <translation>verso un segmento migliore</translation>
    </message>
    <message>
        <source>to a worse one</source>
        <translation>verso uno peggiore</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>rimasti</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovi</translation>
    </message>
    <message>
        <source>pale: fewer than %1 customers</source>
        <translation>chiaro: meno di %1 clienti</translation>
    </message>
    <message>
        <source>Click a cell of the table to list its customers.</source>
        <translation>Fai clic su una cella della tabella per elencarne i clienti.</translation>
    </message>
    <message>
        <source>Write an offer for this list</source>
        <translation>Scrivi un&apos;offerta per questa lista</translation>
    </message>
    <message>
        <source>Open this path&apos;s list on the Offers page</source>
        <translation>Apri la lista di questo percorso nella pagina Offerte</translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation>Esporta questa lista…</translation>
    </message>
    <message>
        <source>Open the Export page with only this path&apos;s list ticked</source>
        <translation>Apri la pagina Esporta con solo la lista di questo percorso selezionata</translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation>Dove sono andati i clienti</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambiamenti</translation>
    </message>
    <message>
        <source>Every customer as they stood on an earlier date, scored with today&apos;s cut points: who moved to a better segment, who slipped, and who is new</source>
        <translation>Ogni cliente com&apos;era a una data precedente, valutato con le soglie di oggi: chi è salito, chi è sceso e chi è nuovo</translation>
    </message>
    <message>
        <source>Choose a date to compare with.</source>
        <translation>Scegli una data con cui confrontare.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers; they spent %2 in the 12 months before %3</source>
        <translation>
            <numerusform>%1 cliente; ha speso %2 nei 12 mesi prima del %3</numerusform>
            <numerusform>%1 clienti; hanno speso %2 nei 12 mesi prima del %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, who first bought after %3</source>
        <translation>
            <numerusform>%1 cliente, che ha acquistato per la prima volta dopo il %3</numerusform>
            <numerusform>%1 clienti, che hanno acquistato per la prima volta dopo il %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeLinesDialog</name>
    <message>
        <source>Lines that are charges, not goods — postage, delivery, fees, bank charges, manual adjustments, discounts, test items — count in what customers spent, but are never their &lt;b&gt;favourite product&lt;/b&gt; or category. One name per line, in any language; a product is a charge when its name &lt;b&gt;is&lt;/b&gt; one of these, &lt;b&gt;begins&lt;/b&gt; with one (“Adjustment by john”) or &lt;b&gt;ends&lt;/b&gt; with one (“DOTCOM POSTAGE”). Letter case, accents and punctuation do not matter.</source>
        <extracomment>The words of this module, in the context &quot;ChargeLinesDialog&quot;.</extracomment>
        <translation>Le righe che sono spese e non merce — spedizione, consegna, commissioni, spese bancarie, rettifiche manuali, sconti, articoli di prova — contano in ciò che i clienti hanno speso, ma non sono mai il loro &lt;b&gt;prodotto preferito&lt;/b&gt; né la loro categoria preferita. Un nome per riga, in qualsiasi lingua; un prodotto è una spesa quando il suo nome &lt;b&gt;è&lt;/b&gt; uno di questi, &lt;b&gt;inizia&lt;/b&gt; con uno di essi («Adjustment by john») o &lt;b&gt;finisce&lt;/b&gt; con uno di essi («DOTCOM POSTAGE»). Maiuscole, accenti e punteggiatura non contano.</translation>
    </message>
    <message>
        <source>product</source>
        <extracomment>Names of this file shown at most (the rest are counted). The kind of name a charge was found as (ChargeLine.column), in words translated where shown.</extracomment>
        <translation>prodotto</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <source>No product or category name of this file is a charge by this list.</source>
        <translation>Nessun nome di prodotto o categoria di questo file è una spesa secondo questa lista.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… e altri %1.</translation>
    </message>
    <message numerus="yes">
        <source>In this file, %1 name(s) are charges:</source>
        <translation>
            <numerusform>In questo file, %1 nome è una spesa:</numerusform>
            <numerusform>In questo file, %1 nomi sono spese:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>is a</source>
        <translation>è un(a)</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>righe</translation>
    </message>
    <message>
        <source>Charge lines — Clientele</source>
        <translation>Righe di spesa — Clientele</translation>
    </message>
    <message>
        <source>One name per line: postage, carriage, Versand, frais de port…</source>
        <translation>Un nome per riga: spedizione, trasporto, postage, Versand…</translation>
    </message>
    <message>
        <source>Default list</source>
        <translation>Lista predefinita</translation>
    </message>
    <message>
        <source>The standard list in English, German, French, Spanish, Italian and Dutch</source>
        <translation>La lista standard in inglese, tedesco, francese, spagnolo, italiano e olandese</translation>
    </message>
    <message>
        <source>The product and category names of this file that the list takes as charges</source>
        <translation>I nomi di prodotti e categorie di questo file che la lista considera spese</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Applica e ricalcola</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Right-click to save this chart as a PNG picture</source>
        <extracomment>What a chart draws: a function given an empty matplotlib Figure. A chart waiting for its first paint renders after this long at the latest (if never painted). A chart whose placeholder is painted renders this long after (see the module doc). The charts&apos; matplotlib style (rcParams), in force only while a chart is drawn or saved on the chart thread (``matplotlib.rc_context``): matplotlib&apos;s global rcParams are never changed for the rest of the process, and the GUI thread does not write them while the chart thread reads them. The smallest height of a chart, in pixels per inch of its figure&apos;s height (a 3.6-inch chart: 245 px). a PNG was written (its path), after save_png</extracomment>
        <translation>Clic destro per salvare questo grafico come immagine PNG</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Disegno in corso…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Salva grafico come PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Salva grafico come PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No customers yet</source>
        <translation>Ancora nessun cliente</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation>Clienti e fatturato per segmento</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Recency score (5 = bought most recently)</source>
        <translation>Punteggio di recenza (5 = acquisto più recente)</translation>
    </message>
    <message>
        <source>Frequency score
(5 = most orders)</source>
        <translation>Punteggio di frequenza
(5 = più ordini)</translation>
    </message>
    <message>
        <source>Customers by recency and frequency</source>
        <translation>Clienti per recenza e frequenza</translation>
    </message>
    <message numerus="yes">
        <source>Inactive after %1 days</source>
        <translation>
            <numerusform>Inattivo dopo %1 giorno</numerusform>
            <numerusform>Inattivo dopo %1 giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost after %1 days</source>
        <translation>
            <numerusform>Perso dopo %1 giorno</numerusform>
            <numerusform>Perso dopo %1 giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Giorni dall&apos;ultimo acquisto</translation>
    </message>
    <message>
        <source>How long since customers last bought</source>
        <translation>Da quanto i clienti non acquistano</translation>
    </message>
    <message>
        <source>Revenue and customers per day</source>
        <extracomment>Per period: the bar width in days, the chart&apos;s title, the date format of the x axis.</extracomment>
        <translation>Fatturato e clienti al giorno</translation>
    </message>
    <message>
        <source>Revenue and customers per week</source>
        <translation>Fatturato e clienti a settimana</translation>
    </message>
    <message>
        <source>Revenue and customers per month</source>
        <translation>Fatturato e clienti al mese</translation>
    </message>
    <message>
        <source>No purchases</source>
        <extracomment>A month&apos;s number in a date format, for its name to be put in after strftime (&quot;%b&quot; is always English).</extracomment>
        <translation>Nessun acquisto</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Clienti che hanno acquistato</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Clienti per livello</translation>
    </message>
    <message>
        <source>No check</source>
        <translation>Nessuna verifica</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Previsti</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Effettivi</translation>
    </message>
    <message>
        <source>Repeat purchase days before the last quarter</source>
        <translation>Giorni di acquisto ripetuti prima dell&apos;ultimo trimestre</translation>
    </message>
    <message>
        <source>Purchase days in the last quarter</source>
        <translation>Giorni di acquisto nell&apos;ultimo trimestre</translation>
    </message>
    <message>
        <source>Predicted and actual purchase days</source>
        <translation>Giorni di acquisto previsti ed effettivi</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <extracomment>The colour of the &quot;(new)&quot; block and its bands: customers who first bought after the comparison date. A block smaller than this share of all customers gets no label (its neighbours&apos; would overlap). Narrower than this (logical pixels), a chart&apos;s titles write their dates in figures. The labels&apos; font size (points). The share of the chart&apos;s width the bands keep at least, however long the labels. The space beside each bar (in the units of the bars&apos; distance, 1) at least, and with counts only. The gap between two blocks of a bar, as a share of all customers. How a block&apos;s name is shown (the shop&apos;s language: core&apos;s Words.name); a name left out shows as it is.</extracomment>
        <translation>Ancora nessun confronto</translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation>Dove sono andati i clienti</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Reso</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Riga nel file</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The facts listed, in order: (label, the customer-table column(s) holding it: the first filled).</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Spesa totale</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Ordine medio</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Primo acquisto</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ultimo acquisto</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Giorni dall&apos;ultimo acquisto</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Preferito</translation>
    </message>
    <message>
        <source>Recency</source>
        <extracomment>A name longer than this is shown cut short (&quot;…&quot;), the full name in the tooltip. A line may break inside a run of more characters than this without a space (a title&apos;s, a text&apos;s): after &quot;@&quot;, &quot;.&quot;, &quot;_&quot; or &quot;/&quot; (an e-mail address, a file name), and else every so many characters. Shorter words wrap whole, as words do, and are shown (and copied) as they are. (The labels wrap at spaces and hyphens only: a 300-character name or product, too wide to wrap, made the pane scroll sideways.) ... and a fact&apos;s value other than the e-mail address (left whole, however long: copied, it still works) A zero-width space: where a line may break, seen as nothing. Facts that are money (shown in the shop&apos;s currency), by column.</extracomment>
        <translation>Recenza</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Spesa</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>In calo</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Previsioni</translation>
    </message>
    <message>
        <source>Select a customer to see the details.</source>
        <translation>Seleziona un cliente per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Storico acquisti</translation>
    </message>
    <message>
        <source>No customer matches these filters.</source>
        <translation>Nessun cliente corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>livello %1</translation>
    </message>
    <message>
        <source>Spent less than nothing in this file (%1): the returns outweigh the purchases, usually returns of purchases made before the file starts. The segment comes from how recently and how often they bought.</source>
        <translation>Ha speso meno di niente in questo file (%1): i resi superano gli acquisti, di solito resi di acquisti fatti prima dell&apos;inizio del file. Il segmento deriva da quanto di recente e quanto spesso ha acquistato.</translation>
    </message>
    <message>
        <source>Why these labels?</source>
        <translation>Perché queste etichette?</translation>
    </message>
    <message>
        <source>no purchases (prospect)</source>
        <translation>nessun acquisto (potenziale)</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 riga</numerusform>
            <numerusform>%1 righe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>Data di iscrizione</translation>
    </message>
    <message>
        <source>E-mail opens</source>
        <translation>Aperture e-mail</translation>
    </message>
    <message>
        <source>E-mail clicks</source>
        <translation>Clic nelle e-mail</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Contatti con l&apos;assistenza</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Primo acquisto</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ultimo acquisto</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Giorni dall&apos;ultimo acquisto</translation>
    </message>
    <message>
        <source>Days since first</source>
        <translation>Giorni dal primo acquisto</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>Giorni di acquisto</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Spesa totale</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Ordine medio</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Intervallo abituale (giorni)</translation>
    </message>
    <message>
        <source>Late by (× usual gap)</source>
        <translation>In ritardo di (× intervallo abituale)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>12 months before</source>
        <translation>12 mesi precedenti</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Categoria preferita</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Prodotto preferito</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>In calo</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Tier points</source>
        <translation>Punti fedeltà</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Livello successivo</translation>
    </message>
    <message>
        <source>To next tier</source>
        <translation>Al livello successivo</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Segmento allora</translation>
    </message>
    <message>
        <source>Next birthday</source>
        <translation>Prossimo compleanno</translation>
    </message>
    <message>
        <source>Next anniversary</source>
        <translation>Prossimo anniversario</translation>
    </message>
    <message>
        <source>Years with you</source>
        <translation>Anni con te</translation>
    </message>
    <message>
        <source>Product due</source>
        <translation>Prodotto da riacquistare</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Riacquisto previsto il</translation>
    </message>
    <message>
        <source>Close to next tier</source>
        <extracomment>The scores&apos; headings: their letters in every language (the tooltips say what they mean). Columns the filters name that the table does not show as such.</extracomment>
        <translation>Vicino al livello successivo</translation>
    </message>
    <message>
        <source>Find a customer by id, name, e-mail or phone (Ctrl+F)</source>
        <extracomment>Range filters shown only when their column has values (the predictions may be empty). The colour of the line that says why the predictions are empty. the file&apos;s product and category names with their rows (for the charge-lines editor) Names offered for &quot;bought …&quot; (the most bought first; any other can be typed). the rows the current filter keeps are shown (and the count and the description say so)</extracomment>
        <translation>Cerca un cliente per numero, nome, e-mail o telefono (Ctrl+F)</translation>
    </message>
    <message>
        <source>Your own lists: pick one to see who is on it now and its filters</source>
        <translation>Le tue liste: scegline una per vedere chi c&apos;è adesso e i suoi filtri</translation>
    </message>
    <message>
        <source>Save as list…</source>
        <translation>Salva come lista…</translation>
    </message>
    <message>
        <source>Keep these filters as a list of your own: it is worked out again on every import, and you can give it an offer and mail it like any other list</source>
        <translation>Tieni questi filtri come una tua lista: viene ricalcolata a ogni importazione e puoi darle un&apos;offerta e scriverle come a qualsiasi altra lista</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Da un modello</translation>
    </message>
    <message>
        <source>Start a list of who bought a category or a product lately, or who bought it before but not lately; pick the name, the days, then Save as list…</source>
        <translation>Inizia una lista di chi ha acquistato una categoria o un prodotto di recente, o prima ma non di recente; scegli il nome, i giorni, poi Salva come lista…</translation>
    </message>
    <message>
        <source>Charge lines…</source>
        <translation>Righe di spese…</translation>
    </message>
    <message>
        <source>Postage, fees, adjustments and the like count in what customers spent, but are never their favourite product: edit that list</source>
        <translation>Spedizione, commissioni, rettifiche e simili contano nella spesa dei clienti, ma non sono mai il loro prodotto preferito: modifica quella lista</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Elimina lista</translation>
    </message>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Quanto sono affidabili le previsioni?</translation>
    </message>
    <message>
        <source>The predictions tried out on the last quarter of your history</source>
        <translation>Le previsioni messe alla prova sull&apos;ultimo quarto del tuo storico</translation>
    </message>
    <message>
        <source>Your lists:</source>
        <translation>Le tue liste:</translation>
    </message>
    <message>
        <source>No predictions were made.</source>
        <translation>Non sono state fatte previsioni.</translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation>Previsioni:</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(nessuna scelta)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 customers</source>
        <translation>
            <numerusform>Mostrato %1 cliente su %2</numerusform>
            <numerusform>Mostrati %1 clienti su %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 cliente</numerusform>
            <numerusform>%1 clienti</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtri:</translation>
    </message>
    <message>
        <source>Save as list</source>
        <translation>Salva come lista</translation>
    </message>
    <message>
        <source>Name of the list (as you will see it on the Offers and Export pages):</source>
        <translation>Nome della lista (come lo vedrai nelle pagine Offerte ed Esporta):</translation>
    </message>
    <message>
        <source>You already have a list called &quot;%1&quot;. Replace its filters with these?</source>
        <translation>Hai già una lista chiamata «%1». Sostituire i suoi filtri con questi?</translation>
    </message>
    <message>
        <source>Give the list a name.</source>
        <translation>Dai un nome alla lista.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; keep it to %2.</source>
        <translation>Il nome è lungo %1 caratteri; non superare %2.</translation>
    </message>
    <message>
        <source>An arrow names a move between two segments (the Changes page). Choose a name without → or -&gt;.</source>
        <translation>Una freccia indica uno spostamento tra due segmenti (pagina Cambiamenti). Scegli un nome senza → o -&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names a list (%2). Choose another name, so that every list keeps its own.</source>
        <translation>«%1» è già il nome di una lista (%2). Scegli un altro nome, così ogni lista mantiene il proprio.</translation>
    </message>
    <message>
        <source>Delete your list &quot;%1&quot;? The customers stay; only the list goes.</source>
        <translation>Eliminare la tua lista «%1»? I clienti restano; sparisce solo la lista.</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Copy selected rows</source>
        <extracomment>How many of a column&apos;s longest sampled texts fit_columns measures (a wider glyph mix can make a slightly shorter text wider, so not just the longest one). A label column (names with their colour) is sized to its whole names up to this width, whatever ``fit_columns``&apos; max_width (beyond it, a name is cut short and its tooltip says it whole).</extracomment>
        <translation>Copia le righe selezionate</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>DetectabilityBox</name>
    <message>
        <source>Tick a list to see what its control group could show.</source>
        <extracomment>Shown while no list is ticked.</extracomment>
        <translation>Spunta una lista per vedere cosa potrebbe mostrare il suo gruppo di controllo.</translation>
    </message>
    <message>
        <source>What the control groups can show</source>
        <extracomment>How long after the last change the sentences are worked out again.</extracomment>
        <translation>Cosa possono mostrare i gruppi di controllo</translation>
    </message>
    <message>
        <source>Per ticked list: the smallest uplift the results could show with this control share, so that you can choose the control group&apos;s size knowingly</source>
        <translation>Per lista spuntata: il più piccolo aumento che i risultati potrebbero mostrare con questa quota di controllo, così scegli la dimensione del gruppo di controllo con cognizione</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Which date order?</source>
        <extracomment>The words of this module, in the context &quot;ErrorDialogs&quot;.</extracomment>
        <translation>Quale ordine della data?</translation>
    </message>
    <message>
        <source>This file cannot be used as it is</source>
        <translation>Questo file non si può usare così com&apos;è</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Non è stato possibile scrivere il file</translation>
    </message>
    <message>
        <source>A setting cannot be used</source>
        <translation>Un&apos;impostazione non si può usare</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <source>Open the file again and choose day-first or month-first when asked.</source>
        <translation>Apri di nuovo il file e scegli prima il giorno o prima il mese quando ti viene chiesto.</translation>
    </message>
    <message>
        <source>Open the file again (File ▸ Open) and check the columns chosen in the column mapping.</source>
        <translation>Apri di nuovo il file (File ▸ Apri) e controlla le colonne scelte nell’abbinamento delle colonne.</translation>
    </message>
    <message>
        <source>Open the file again (File ▸ Open) and choose the column for “%1” in the column mapping.</source>
        <translation>Apri di nuovo il file (File ▸ Apri) e scegli la colonna per «%1» nell’abbinamento delle colonne.</translation>
    </message>
    <message>
        <source>Clientele ran into a problem it did not expect (%1). Your data and files are unchanged. Try the last step again; if it keeps happening, send the log file to support.</source>
        <translation>Clientele ha incontrato un problema inatteso (%1). I tuoi dati e file non sono cambiati. Riprova l&apos;ultimo passaggio; se succede ancora, invia il file di log all&apos;assistenza.</translation>
    </message>
    <message>
        <source>The details were saved to %1.</source>
        <translation>I dettagli sono stati salvati in %1.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Tick the groups to mail. A customer in several ticked lists is mailed once.</source>
        <translation>Spunta i gruppi da contattare. Un cliente in più liste spuntate riceve un solo invio.</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tutti i segmenti</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Lists to mail</source>
        <translation>Liste da contattare</translation>
    </message>
    <message>
        <source>Excel workbook (a sheet per list)</source>
        <translation>Cartella di lavoro Excel (un foglio per lista)</translation>
    </message>
    <message>
        <source>One sheet per list, each customer with their own message and coupon</source>
        <translation>Un foglio per lista, ogni cliente con il proprio messaggio e coupon</translation>
    </message>
    <message>
        <source>How the lists reach the customers: an e-mail list, a phone list for text messages, or a postal list with addresses. Each leaves out, with the reason, those it cannot reach.</source>
        <translation>Come le liste raggiungono i clienti: una lista e-mail, una lista di telefoni per SMS o una lista postale con indirizzi. Ognuna esclude, con il motivo, chi non può raggiungere.</translation>
    </message>
    <message>
        <source>Also one CSV file per list, ready to upload to Mailchimp, Brevo and similar tools</source>
        <translation>Anche un file CSV per lista, pronto da caricare su Mailchimp, Brevo e strumenti simili</translation>
    </message>
    <message>
        <source>Next to the workbook</source>
        <translation>Accanto alla cartella di lavoro</translation>
    </message>
    <message>
        <source>The folder for the CSV files (empty: next to the workbook)</source>
        <translation>La cartella per i file CSV (vuoto: accanto alla cartella di lavoro)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>A random share of each list is NOT mailed, so that you can later see whether the offer worked</source>
        <translation>Una parte casuale di ogni lista NON riceve l&apos;invio, così potrai vedere poi se l&apos;offerta ha funzionato</translation>
    </message>
    <message>
        <source>Where to save the mailing workbook (.xlsx)</source>
        <translation>Dove salvare la cartella di lavoro dell&apos;invio (.xlsx)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>CSV folder</source>
        <translation>Cartella CSV</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Gruppo di controllo</translation>
    </message>
    <message>
        <source>It can show</source>
        <translation>Cosa può mostrare</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>Export mailing list</source>
        <translation>Esporta la lista d&apos;invio</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Apri file</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
    <message>
        <source>A summary of what was written, and who was left out and why, appears here.</source>
        <translation>Qui compare un riepilogo di ciò che è stato scritto e di chi è stato escluso e perché.</translation>
    </message>
    <message>
        <source>Per list: who was mailed, kept as control group, or left out and why</source>
        <translation>Per lista: chi è stato contattato, tenuto come gruppo di controllo, o escluso e perché</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>%1 — %2 can be reached</source>
        <translation>%1 — %2 raggiungibili</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Cartella per i file CSV</translation>
    </message>
    <message>
        <source>Save mailing list</source>
        <translation>Salva la lista d&apos;invio</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The offer &quot;%1&quot; (%2) has a problem: </source>
        <translation>L&apos;offerta «%1» (%2) ha un problema: </translation>
    </message>
    <message>
        <source>Fix it on the Offers page, then export again.</source>
        <translation>Correggila nella pagina Offerte, poi esporta di nuovo.</translation>
    </message>
    <message>
        <source>The files changed since they were opened</source>
        <translation>I file sono cambiati da quando sono stati aperti</translation>
    </message>
    <message>
        <source>%1 changed after Clientele read it, so opt-outs written into it since would not be seen, and nothing was written. Open the purchases file again (File ▸ Open), with its customers file, to read them as they are now, then export.</source>
        <translation>%1 è cambiato dopo che Clientele l’ha letto: le disiscrizioni aggiunte da allora non sarebbero viste, e non è stato scritto nulla. Apri di nuovo il file degli acquisti (File ▸ Apri), con il suo file clienti, per leggerli come sono ora, poi esporta.</translation>
    </message>
    <message>
        <source>Export without consent information?</source>
        <translation>Esportare senza informazioni sul consenso?</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Scrittura…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Scrittura di %1…</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Esportazione interrotta; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The mailing list of %1 was written to %2 (another file is open now).</source>
        <translation>La lista di invio di %1 è stata scritta in %2 (ora è aperto un altro file).</translation>
    </message>
</context>
<context>
    <name>ExportTargets</name>
    <message numerus="yes">
        <source>… and %1 more</source>
        <translation>
            <numerusform>… e altri %1</numerusform>
            <numerusform>… e altri %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>Sostituire i file esistenti?</translation>
    </message>
    <message numerus="yes">
        <source>These files exist already and would be replaced:
%1

Replace them? (Choose No to pick another name.)</source>
        <translation>
            <numerusform>Questo file esiste già e verrebbe sostituito:
%1

Sostituirlo? (Scegli No per usare un altro nome.)</numerusform>
            <numerusform>Questi file esistono già e verrebbero sostituiti:
%1

Sostituirli? (Scegli No per usare un altro nome.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create the folder?</source>
        <translation>
            <numerusform>Creare la cartella?</numerusform>
            <numerusform>Creare le cartelle?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These folders do not exist yet:
%1

Create them?</source>
        <translation>
            <numerusform>Questa cartella non esiste ancora:
%1

Crearla?</numerusform>
            <numerusform>Queste cartelle non esistono ancora:
%1

Crearle?</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder could not be created</source>
        <translation>Non è stato possibile creare la cartella</translation>
    </message>
    <message>
        <source>%1 looks open in Excel or LibreOffice: close it there first, or that program may later save its old copy over the new one.</source>
        <translation>%1 sembra aperto in Excel o LibreOffice: chiudetelo lì prima, altrimenti quel programma potrebbe salvare più tardi la sua vecchia copia sopra la nuova.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation>%1 è un file, non una cartella. Scegli un’altra cartella.</translation>
    </message>
    <message>
        <source>%1: %2. Choose another folder.</source>
        <translation>%1: %2. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>The file is not there</source>
        <translation>Il file non c&apos;è</translation>
    </message>
    <message>
        <source>%1 is not there any more (moved or deleted?). Export again to write it.</source>
        <translation>%1 non c&apos;è più (spostato o eliminato?). Esporta di nuovo per scriverlo.</translation>
    </message>
    <message>
        <source>Clientele could not open the folder %1. Open it in your file manager.</source>
        <translation>Clientele non è riuscito ad aprire la cartella %1. Aprila nel tuo gestore di file.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files, so Clientele cannot open %2. Install a spreadsheet program (LibreOffice Calc is free), or use “Show in folder”. The file is at %3.</source>
        <translation>Nessun programma su questo computer apre i file %1, quindi Clientele non può aprire %2. Installa un foglio di calcolo (LibreOffice Calc è gratuito) o usa «Mostra nella cartella». Il file è in %3.</translation>
    </message>
    <message>
        <source>Nothing opens this file</source>
        <translation>Niente apre questo file</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Customers who opted out are never included; everyone left out is listed with the reason.</source>
        <translation>I clienti che si sono disiscritti non sono mai inclusi; ogni escluso è elencato con il motivo.</translation>
    </message>
    <message>
        <source>Everyone left out is listed with the reason. &lt;b&gt;No consent information was found&lt;/b&gt;, so Clientele cannot leave out customers who opted out.</source>
        <translation>Ogni escluso è elencato con il motivo. &lt;b&gt;Non sono state trovate informazioni sul consenso&lt;/b&gt;, quindi Clientele non può escludere i clienti che si sono disiscritti.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent information.&lt;/b&gt; Neither the purchases file nor a customers file has a consent or opt-out column, so everyone with an e-mail address would be mailed, including customers who unsubscribed. Add the customers file with their consent (File → Change columns and re-import…, “Customer file” box) before you export.</source>
        <translation>&lt;b&gt;Nessuna informazione sul consenso.&lt;/b&gt; Né il file degli acquisti né un file clienti ha una colonna di consenso o di disiscrizione, quindi verrebbe scritto a chiunque abbia un indirizzo e-mail, compresi i clienti che si sono disiscritti. Aggiungi il file clienti con il loro consenso (File → Cambia colonne e reimporta…, riquadro «File clienti») prima di esportare.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The channel choices, in the order shown.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message (a phone list)</source>
        <translation>SMS (una lista di telefoni)</translation>
    </message>
    <message>
        <source>Post (a postal list)</source>
        <translation>Posta (una lista postale)</translation>
    </message>
    <message>
        <source>CSV per list for e-mail tools</source>
        <extracomment>What the CSV files are for, per channel.</extracomment>
        <translation>CSV per lista per strumenti e-mail</translation>
    </message>
    <message>
        <source>CSV per list for text-message tools</source>
        <translation>CSV per lista per strumenti SMS</translation>
    </message>
    <message>
        <source>CSV per list for a mail merge or labels</source>
        <translation>CSV per lista per stampa unione o etichette</translation>
    </message>
    <message>
        <source>&lt;b&gt;No shop name yet:&lt;/b&gt; the messages say “our shop”. Type your shop&apos;s name on the Offers page (Your shop).</source>
        <translation>&lt;b&gt;Nessun nome del negozio:&lt;/b&gt; i messaggi dicono «il nostro negozio». Scrivi il nome del tuo negozio nella pagina Offerte (Il tuo negozio).</translation>
    </message>
    <message>
        <source>e-mail</source>
        <extracomment>The words of each channel in &quot;Nobody can be reached by …&quot; (core&apos;s Channel.words are English).</extracomment>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>post</source>
        <translation>posta</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>un indirizzo e-mail</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un numero di telefono</translation>
    </message>
    <message>
        <source>a postal address</source>
        <translation>un indirizzo postale</translation>
    </message>
    <message>
        <source>%1 reaches %2</source>
        <translation>%1 raggiunge %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can be e-mailed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Non si può scrivere un&apos;e-mail a nessuno:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this file has no e-mail addresses.</source>
        <translation>questo file non ha indirizzi e-mail.</translation>
    </message>
    <message>
        <source>no customer has an e-mail address they may be mailed at.</source>
        <translation>nessun cliente ha un indirizzo e-mail a cui gli si possa scrivere.</translation>
    </message>
    <message>
        <source>Add a customers file with e-mail addresses (File → Change columns and re-import…, “Customer file” box)</source>
        <translation>Aggiungi un file clienti con indirizzi e-mail (File → Cambia colonne e reimporta…, riquadro «File clienti»)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can be reached by %1:&lt;/b&gt; no customer has %2 they may be contacted at.</source>
        <translation>&lt;b&gt;Nessuno è raggiungibile per %1:&lt;/b&gt; nessun cliente ha %2 a cui possa essere contattato.</translation>
    </message>
    <message>
        <source>Add a customers file with these details (File → Change columns and re-import…)</source>
        <translation>Aggiungi un file clienti con questi dati (File → Cambia colonne e reimporta…)</translation>
    </message>
    <message>
        <source>But %1: choose that channel under How. Or: %2.</source>
        <translation>Ma %1: scegli quel canale in Come. Oppure: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>The files have no usable e-mail address, phone number or postal address either. %1.</source>
        <translation>I file non hanno nemmeno un indirizzo e-mail, un numero di telefono o un indirizzo postale utilizzabile. %1.</translation>
    </message>
    <message>
        <source>The last export of this analysis knew who agreed to e-mails, but this one has no consent information at all (was the customers file removed, or its consent column?). Without it, everyone with an e-mail address is mailed, including customers who opted out.

Export anyway?</source>
        <translation>L&apos;ultima esportazione di questa analisi sapeva chi aveva accettato le e-mail, ma questa non ha nessuna informazione sul consenso (è stato tolto il file clienti o la sua colonna del consenso?). Senza, si scrive a chiunque abbia un indirizzo e-mail, compresi i clienti che si sono disiscritti.

Esportare comunque?</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Contattati</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Gruppo di controllo</translation>
    </message>
    <message>
        <source>Left out (why)</source>
        <translation>Esclusi (motivo)</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>e.g. &gt;= 100, 10-20, empty</source>
        <extracomment>What the free-text box suggests, per kind of column (the words typed are core&apos;s, parse_condition).</extracomment>
        <translation>ad es. &gt;= 100, 10-20, vuoto</translation>
    </message>
    <message>
        <source>e.g. after 2024-06-01, 2024-01-01 to 2024-06-30</source>
        <translation>ad es. dopo 2024-06-01, 2024-01-01 fino a 2024-06-30</translation>
    </message>
    <message>
        <source>e.g. Berlin, = Berlin, not Berlin, empty</source>
        <translation>ad es. Berlino, = Berlino, non Berlino, vuoto</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sì o no</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>negli ultimi</translation>
    </message>
    <message>
        <source>before, but not in the last</source>
        <translation>prima, ma non negli ultimi</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <source>product</source>
        <translation>prodotto</translation>
    </message>
    <message>
        <source>Bought a category in the last N days</source>
        <extracomment>The list templates&apos; names, per field and when (the Customers page&apos;s &quot;From a template&quot; menu).</extracomment>
        <translation>Ha acquistato una categoria negli ultimi N giorni</translation>
    </message>
    <message>
        <source>Bought a category before, but not in the last N days</source>
        <translation>Ha acquistato una categoria prima, ma non negli ultimi N giorni</translation>
    </message>
    <message>
        <source>Bought a product in the last N days</source>
        <translation>Ha acquistato un prodotto negli ultimi N giorni</translation>
    </message>
    <message>
        <source>Bought a product before, but not in the last N days</source>
        <translation>Ha acquistato un prodotto prima, ma non negli ultimi N giorni</translation>
    </message>
    <message>
        <source>%1: show only the customers with this one</source>
        <translation>%1: mostra solo i clienti con questo valore</translation>
    </message>
    <message>
        <source>from</source>
        <translation>da</translation>
    </message>
    <message>
        <source>%1: from this value (leave empty for no limit)</source>
        <translation>%1: da questo valore (lascia vuoto per nessun limite)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>%1: up to this value (leave empty for no limit)</source>
        <translation>%1: fino a questo valore (lascia vuoto per nessun limite)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <source>Any column of the customer table, also ones your files add</source>
        <translation>Qualsiasi colonna della tabella clienti, anche quelle aggiunte dai tuoi file</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Inoltre:</translation>
    </message>
    <message>
        <source>any name, or none</source>
        <translation>qualsiasi nome, o nessuno</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Customers who bought it in the last N days, or who bought it before but not lately</source>
        <translation>Clienti che l&apos;hanno acquistato negli ultimi N giorni, o prima ma non di recente</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Ha acquistato</translation>
    </message>
    <message>
        <source>Any</source>
        <extracomment>conditions of a saved filter that no control shows (kept and applied until cleared)</extracomment>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Segment</source>
        <extracomment>Columns offered as pick-one filters when present (label shown in the filter bar).</extracomment>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Categoria preferita</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Prodotto preferito</translation>
    </message>
    <message>
        <source>Spent</source>
        <extracomment>Columns offered as from–to ranges.</extracomment>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Giorni dall&apos;ultimo acquisto</translation>
    </message>
    <message>
        <source>Still a customer %</source>
        <translation>Ancora cliente %</translation>
    </message>
    <message>
        <source>Spend next year</source>
        <translation>Spesa l&apos;anno prossimo</translation>
    </message>
    <message>
        <source>Declining</source>
        <extracomment>Columns filtered as the table shows them: a 0–1 share as a whole percentage (78 for 0.7812). Yes/no columns offered as boxes to tick (close to the next tier is not a column: core reads it).</extracomment>
        <translation>In calo</translation>
    </message>
    <message>
        <source>Close to next tier</source>
        <translation>Vicino al livello successivo</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Clientele guide</source>
        <translation>Guida di Clientele</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Reading %1…</source>
        <extracomment>The words of this module, in the context &quot;ImportFlow&quot;. emitted just before the first look at a file is read (the job&apos;s progress starts) emitted just before the import; True when it follows a first look (the job&apos;s progress goes on)</extracomment>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>Which date order?</source>
        <translation>Quale ordine della data?</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways (for example %1).</source>
        <translation>Le date di questo file si possono leggere in due modi (per esempio %1).</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways.</source>
        <translation>Le date di questo file si possono leggere in due modi.</translation>
    </message>
    <message>
        <source>No date in the file settles it. How does your shop software write 3 April 2024: day first or month first?</source>
        <translation>Nessuna data del file lo chiarisce. Come scrive il tuo software del negozio il 3 aprile 2024: prima il giorno o prima il mese?</translation>
    </message>
    <message>
        <source>Day first: 03/04/2024</source>
        <translation>Prima il giorno: 03/04/2024</translation>
    </message>
    <message>
        <source>Month first: 04/03/2024</source>
        <translation>Prima il mese: 04/03/2024</translation>
    </message>
    <message>
        <source>Which currency?</source>
        <translation>Quale valuta?</translation>
    </message>
    <message>
        <source>The amounts in this file are in more than one currency. Clientele never converts money, so it can use the rows of one currency only.</source>
        <translation>Gli importi di questo file sono in più di una valuta. Clientele non converte mai il denaro, quindi può usare solo le righe di una valuta.</translation>
    </message>
    <message>
        <source>Keep the rows of which currency? The others are set aside and counted in the import report.</source>
        <translation>Di quale valuta tenere le righe? Le altre vengono messe da parte e contate nel resoconto dell&apos;importazione.</translation>
    </message>
    <message numerus="yes">
        <source>Keep %1 (%Ln row(s))</source>
        <translation>
            <numerusform>Tieni %1 (%Ln riga)</numerusform>
            <numerusform>Tieni %1 (%Ln righe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Customer id</source>
        <translation>Codice cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Numero ordine</translation>
    </message>
    <message>
        <source>Is return</source>
        <translation>Reso</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Riga del file</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome di battesimo</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent information:&lt;/b&gt; no consent or opt-out column was found, so Clientele cannot tell who agreed to e-mails and would mail everyone with an e-mail address. Add the customers file with their consent (File → Change columns and re-import…, “Customer file” box).</source>
        <translation>&lt;b&gt;Nessuna informazione sul consenso:&lt;/b&gt; non è stata trovata alcuna colonna di consenso o disiscrizione, quindi Clientele non sa chi ha accettato le e-mail e scriverebbe a chiunque abbia un indirizzo. Aggiungi il file clienti con il loro consenso (File → Cambia colonne e reimporta…, casella «File clienti»).</translation>
    </message>
    <message>
        <source>Consent from %1: %2</source>
        <translation>Consenso da %1: %2</translation>
    </message>
    <message>
        <source>Text-message consent from %1: %2 (for text messages only)</source>
        <translation>Consenso agli SMS da %1: %2 (solo per gli SMS)</translation>
    </message>
    <message>
        <source>kept &lt;b&gt;%1&lt;/b&gt; of %2 rows</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; righe tenute su %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; set aside (reasons below)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; messe da parte (motivi sotto)</translation>
    </message>
    <message numerus="yes">
        <source>%1 returns or cancellations</source>
        <translation>
            <numerusform>%1 reso o annullamento</numerusform>
            <numerusform>%1 resi o annullamenti</numerusform>
        </translation>
    </message>
    <message>
        <source>purchases from %1 to %2</source>
        <translation>acquisti dal %1 al %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers, %2 orders</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; clienti, %2 ordini</translation>
    </message>
    <message>
        <source>Columns used</source>
        <translation>Colonne usate</translation>
    </message>
    <message>
        <source>Clientele reads</source>
        <translation>Clientele legge</translation>
    </message>
    <message>
        <source>from the column</source>
        <translation>dalla colonna</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trovata</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>Righe messe da parte</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Per esempio</translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices for this file are back, as you left them (Clientele keeps them for each file).</source>
        <translation>Le tue impostazioni, i livelli, le offerte e le scelte di esportazione per questo file sono tornati come li avevi lasciati (Clientele li conserva per ogni file).</translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices of &lt;b&gt;%1&lt;/b&gt; are used: it has the same columns, so this looks like a newer export of the same shop.</source>
        <translation>Vengono usati le impostazioni, i livelli, le offerte e le scelte di esportazione di &lt;b&gt;%1&lt;/b&gt;: ha le stesse colonne, quindi sembra un&apos;esportazione più recente dello stesso negozio.</translation>
    </message>
    <message>
        <source>How the file&apos;s customers and revenue add up to what the other pages count</source>
        <extracomment>the owner asked for the default settings instead of the ones kept for this file</extracomment>
        <translation>Come clienti e fatturato del file si riconducono a ciò che contano le altre pagine</translation>
    </message>
    <message>
        <source>Start from the defaults</source>
        <translation>Riparti dalle impostazioni predefinite</translation>
    </message>
    <message>
        <source>Use the standard settings, tiers and offers for this file instead</source>
        <translation>Usa invece le impostazioni, i livelli e le offerte standard per questo file</translation>
    </message>
    <message>
        <source>What was read, kept and set aside — and why</source>
        <translation>Cosa è stato letto, tenuto e messo da parte, e perché</translation>
    </message>
    <message>
        <source>The first rows as Clientele understood them</source>
        <translation>Le prime righe come le ha capite Clientele</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Prime righe</translation>
    </message>
    <message>
        <source>See your customers →</source>
        <translation>Vedi i tuoi clienti →</translation>
    </message>
    <message>
        <source>Go to the overview: segments, who has gone quiet, loyalty tiers</source>
        <translation>Vai alla panoramica: segmenti, chi non compra più, livelli fedeltà</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, foglio «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 rows</source>
        <translation>
            <numerusform>%1 riga importata</numerusform>
            <numerusform>%1 righe importate</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <source>The purchases file</source>
        <translation>Il file degli acquisti</translation>
    </message>
    <message>
        <source>The customers file</source>
        <translation>Il file clienti</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;First %1 rows&lt;/b&gt; as Clientele reads them</source>
        <translation>
            <numerusform>&lt;b&gt;Prima %1 riga&lt;/b&gt; come la legge Clientele</numerusform>
            <numerusform>&lt;b&gt;Prime %1 righe&lt;/b&gt; come le legge Clientele</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The objectName every translator installed here carries (so a new install replaces them). The application property naming the installed language&apos;s code.</extracomment>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Applies when Clientele starts again</source>
        <translation>Si applica al prossimo avvio di Clientele</translation>
    </message>
</context>
<context>
    <name>MailingListItems</name>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 cliente</numerusform>
            <numerusform>%1 clienti</numerusform>
        </translation>
    </message>
    <message>
        <source>your own list (Customers page), worked out again on every import</source>
        <translation>la tua lista (pagina Clienti), ricalcolata a ogni importazione</translation>
    </message>
    <message>
        <source>customers who first bought after the comparison date and are %2 now (the Changes page)</source>
        <translation>clienti che hanno acquistato per la prima volta dopo la data di confronto e ora sono %2 (pagina Cambiamenti)</translation>
    </message>
    <message>
        <source>customers who were %1 on the comparison date and are %2 now (the Changes page)</source>
        <translation>clienti che erano %1 alla data di confronto e ora sono %2 (pagina Cambiamenti)</translation>
    </message>
    <message>
        <source>Customers whose spend is within reach of their next loyalty tier</source>
        <translation>Clienti la cui spesa è vicina al prossimo livello fedeltà</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Detailed log on</source>
        <extracomment>An import that ended before every page was built: shown once they are (one per turn).</extracomment>
        <translation>Registro dettagliato attivo</translation>
    </message>
    <message>
        <source>Detailed log off</source>
        <translation>Registro dettagliato disattivo</translation>
    </message>
    <message>
        <source>Clientele will speak %1 when you start it again.</source>
        <translation>Clientele parlerà %1 al prossimo avvio.</translation>
    </message>
    <message>
        <source>Open purchases file</source>
        <translation>Apri file degli acquisti</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>You changed settings or offers since the project file “%1” was saved. Save them to it? (Clientele keeps them for this purchases file either way.)</source>
        <translation>Hai cambiato impostazioni o offerte da quando il progetto «%1» è stato salvato. Salvarle nel progetto? (Clientele le conserva comunque per questo file degli acquisti.)</translation>
    </message>
    <message>
        <source>An export is being written</source>
        <translation>È in corso un&apos;esportazione</translation>
    </message>
    <message>
        <source>Clientele is writing a mailing list. Quit anyway? The export stops and writes nothing: no file is changed and no campaign is recorded.</source>
        <translation>Clientele sta scrivendo una lista di invio. Uscire comunque? L&apos;esportazione si ferma senza scrivere nulla: nessun file viene modificato e nessuna campagna viene registrata.</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>Informazioni su Clientele</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(not used)</source>
        <extracomment>The choice for a column that means nothing to Clientele (translated where shown).</extracomment>
        <translation>(non usata)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importa %1</translation>
    </message>
    <message>
        <source>The sheet that holds the purchases (Clientele picked the one that looks like it)</source>
        <translation>Il foglio che contiene gli acquisti (Clientele ha scelto quello che sembra tale)</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Foglio:</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Colonna del tuo file</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Esempi</translation>
    </message>
    <message>
        <source>How it was recognised</source>
        <translation>Come è stata riconosciuta</translation>
    </message>
    <message>
        <source>Change what a column means if Clientele guessed wrong</source>
        <translation>Cambia il significato di una colonna se Clientele ha sbagliato</translation>
    </message>
    <message>
        <source>The first rows of the file, as read</source>
        <translation>Le prime righe del file, così come sono state lette</translation>
    </message>
    <message>
        <source>Optional: a file of customer details (names, e-mails, consent…)</source>
        <translation>Facoltativo: un file con i dati dei clienti (nomi, e-mail, consenso…)</translation>
    </message>
    <message>
        <source>The customers file stays with the analysis (its consent answers too) until you clear this box</source>
        <translation>Il file clienti resta con l&apos;analisi (anche le sue risposte sul consenso) finché non svuoti questo campo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Customer file:</source>
        <translation>File clienti:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;%1&lt;/b&gt; export.</source>
        <translation>Riconosciuto: esportazione &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Check what each column means, then press Import.</source>
        <translation>Controlla cosa significa ogni colonna, poi premi Importa.</translation>
    </message>
    <message>
        <source>Using the choices you made last time for a file with these columns.</source>
        <translation>Si usano le scelte che hai fatto l&apos;ultima volta per un file con queste colonne.</translation>
    </message>
    <message>
        <source>also read for consent: an opt-out in any consent column wins</source>
        <translation>letta anche per il consenso: una disiscrizione in una qualsiasi colonna del consenso prevale</translation>
    </message>
    <message>
        <source>which column holds the purchase date</source>
        <translation>quale colonna contiene la data di acquisto</translation>
    </message>
    <message>
        <source>which column says who the customer is (customer number or e-mail)</source>
        <translation>quale colonna dice chi è il cliente (numero cliente o e-mail)</translation>
    </message>
    <message>
        <source>which column holds the amount (or quantity and unit price)</source>
        <translation>quale colonna contiene l&apos;importo (o la quantità e il prezzo unitario)</translation>
    </message>
    <message>
        <source>Please choose %1.</source>
        <translation>Scegli %1.</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, a device or a pipe): choose the customer file (Browse…), or clear the box to import without one.</source>
        <translation>%1 non è un file (una cartella, un dispositivo o una pipe): scegli il file clienti (Sfoglia…), oppure svuota la casella per importare senza.</translation>
    </message>
    <message>
        <source>The customer file %1 is not there any more: choose it again (Browse…), or clear the box to import without it.</source>
        <translation>Il file clienti %1 non c&apos;è più: sceglilo di nuovo (Sfoglia…) o svuota il campo per importare senza.</translation>
    </message>
    <message>
        <source>Reading sheet %1…</source>
        <translation>Lettura del foglio %1…</translation>
    </message>
    <message>
        <source>Customer details file</source>
        <translation>File dei dati dei clienti</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Customers</source>
        <extracomment>A cell with fewer customers than this is greyed: too few to read much into. (pale, strong) background per move; a cell&apos;s colour runs between them with its row share.</extracomment>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>% of the row</source>
        <translation>% della riga</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Fatturato in gioco</translation>
    </message>
    <message>
        <source>moved to a better segment</source>
        <translation>passati a un segmento migliore</translation>
    </message>
    <message>
        <source>moved to a worse segment</source>
        <translation>passati a un segmento peggiore</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>rimasti</translation>
    </message>
    <message>
        <source>new since the comparison date</source>
        <translation>nuovi dalla data di confronto</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers (%2 of the row), %3; revenue at stake %4</source>
        <translation>
            <numerusform>%1 cliente (%2 della riga), %3; fatturato in gioco %4</numerusform>
            <numerusform>%1 clienti (%2 della riga), %3; fatturato in gioco %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Few customers: read little into it.</source>
        <translation>Pochi clienti: non trarne troppe conclusioni.</translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>Fai clic per elencarli.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ora: %1</translation>
    </message>
    <message>
        <source>Customers who first bought after the comparison date</source>
        <translation>Clienti che hanno acquistato per la prima volta dopo la data di confronto</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Allora: %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Pages reachable with Ctrl+1 … Ctrl+9 and Ctrl+0 (the tenth), in navigation order.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open purchases file…</source>
        <translation>&amp;Apri file degli acquisti…</translation>
    </message>
    <message>
        <source>Import an Excel, ODS or CSV export of your sales</source>
        <translation>Importa un&apos;esportazione Excel, ODS o CSV delle tue vendite</translation>
    </message>
    <message>
        <source>Try the &amp;sample data</source>
        <translation>Prova i dati di &amp;esempio</translation>
    </message>
    <message>
        <source>Import the bundled UCI Online Retail sample</source>
        <translation>Importa l&apos;esempio incluso UCI Online Retail</translation>
    </message>
    <message>
        <source>&amp;Change columns and re-import…</source>
        <translation>&amp;Cambia colonne e reimporta…</translation>
    </message>
    <message>
        <source>Check what each column of the current file means, then import again</source>
        <translation>Verifica cosa significa ogni colonna del file attuale, poi reimporta</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>Apri &amp;progetto…</translation>
    </message>
    <message>
        <source>Open a saved Clientele project</source>
        <translation>Apri un progetto Clientele salvato</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Salva progetto</translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers</source>
        <translation>Salva associazione delle colonne, impostazioni, livelli e offerte</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Salva progetto &amp;come…</translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers in a new project file</source>
        <translation>Salva associazione delle colonne, impostazioni, livelli e offerte in un nuovo progetto</translation>
    </message>
    <message>
        <source>&amp;Export mailing list…</source>
        <translation>&amp;Esporta lista di invio…</translation>
    </message>
    <message>
        <source>Choose lists and write the mailing file</source>
        <translation>Scegli le liste e scrivi il file di invio</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Trova cliente</translation>
    </message>
    <message>
        <source>Search the customer table</source>
        <translation>Cerca nella tabella dei clienti</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Clientele &amp;guide</source>
        <translation>&amp;Guida di Clientele</translation>
    </message>
    <message>
        <source>What each page shows, how the numbers are made, where files and settings live</source>
        <translation>Cosa mostra ogni pagina, come si calcolano i numeri, dove sono file e impostazioni</translation>
    </message>
    <message>
        <source>Keep a &amp;detailed log</source>
        <translation>Tieni un registro &amp;dettagliato</translation>
    </message>
    <message>
        <source>Write what Clientele does (files read, steps and their times) to clientele-detail.log in its data folder, next to the crash log</source>
        <translation>Scrive cosa fa Clientele (file letti, passaggi e loro durata) in clientele-detail.log nella sua cartella dati, accanto al registro degli arresti</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>&amp;Informazioni su Clientele</translation>
    </message>
</context>
<context>
    <name>ModelCheckDialog</name>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Quanto sono affidabili le previsioni?</translation>
    </message>
    <message>
        <source>Clientele hides the last quarter of your history, fits the predictions again on the first three quarters, and compares what they predict for the last quarter with what your customers really did: per number of repeat purchase days before it, and in total.</source>
        <extracomment>What the dialog says the check does.</extracomment>
        <translation>Clientele nasconde l&apos;ultimo quarto del tuo storico, ricalcola le previsioni sui primi tre quarti e confronta ciò che prevedono per l&apos;ultimo quarto con ciò che i tuoi clienti hanno fatto davvero: per numero di giorni di riacquisto precedenti, e in totale.</translation>
    </message>
    <message>
        <source>No check: %1</source>
        <extracomment>that the check covers fewer days than the predictions look ahead (or None)</extracomment>
        <translation>Nessuna verifica: %1</translation>
    </message>
    <message>
        <source>Fitted on the purchases up to %1; for the %2 days from %3 to %4, the %5 customers who had bought by then were expected to buy on %6 days in total, and bought on %7.</source>
        <translation>Calcolato sugli acquisti fino al %1; per i %2 giorni dal %3 al %4, ci si aspettava che i %5 clienti che avevano acquistato fino ad allora acquistassero in %6 giorni in totale, e hanno acquistato in %7.</translation>
    </message>
    <message>
        <source>Model check</source>
        <translation>Verifica del modello</translation>
    </message>
    <message>
        <source>No predictions were made.</source>
        <extracomment>The check on screen, and the chart&apos;s data: labels (0 … 7+), predicted and actual purchase days.</extracomment>
        <translation>Non sono state fatte previsioni.</translation>
    </message>
    <message>
        <source>Nothing to check: %1</source>
        <translation>Niente da verificare: %1</translation>
    </message>
    <message>
        <source>The check could not be made: %1</source>
        <translation>Non è stato possibile fare la verifica: %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La verifica è stata interrotta.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verifica di nuovo</translation>
    </message>
    <message>
        <source>Checking the predictions: fitting them again on the first three quarters of the history…</source>
        <translation>Verifica delle previsioni: nuovo calcolo sui primi tre quarti dello storico…</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Attenzione:</translation>
    </message>
    <message>
        <source>Predicted and actual totals are within 20% of each other: the predictions held up on this history.</source>
        <translation>I totali previsti e quelli reali differiscono meno del 20%: le previsioni hanno retto su questo storico.</translation>
    </message>
</context>
<context>
    <name>ModelChecks</name>
    <message>
        <source>Checking the predictions…</source>
        <extracomment>the fit whose check the owner stopped (the status bar&apos;s Cancel): the dialog offers to check again</extracomment>
        <translation>Verifica delle previsioni…</translation>
    </message>
</context>
<context>
    <name>OccasionsPage</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Giorni mancanti</translation>
    </message>
    <message>
        <source>Years / product</source>
        <translation>Anni / prodotto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Usually again after (days)</source>
        <translation>Di solito di nuovo dopo (giorni)</translation>
    </message>
    <message>
        <source>Quickest quarter (days)</source>
        <translation>Quarto più rapido (giorni)</translation>
    </message>
    <message>
        <source>Slowest quarter (days)</source>
        <translation>Quarto più lento (giorni)</translation>
    </message>
    <message>
        <source>Gaps seen</source>
        <translation>Intervalli osservati</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Clienti che riacquistano</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Da riacquistare ora</translation>
    </message>
    <message>
        <source>Decide from the file (ask when it cannot)</source>
        <translation>Decidere in base al file (chiedere se non si può)</translation>
    </message>
    <message>
        <source>Day first (03/04 is 3 April)</source>
        <translation>Giorno prima (03/04 è il 3 aprile)</translation>
    </message>
    <message>
        <source>Month first (03/04 is 4 March)</source>
        <translation>Mese prima (03/04 è il 4 marzo)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Lists that follow the calendar: a birthday, a year since the first order, a product about to run out. Each is a list like any other: give it an offer on the Offers page and mail it from Export.</source>
        <translation>Liste che seguono il calendario: un compleanno, un anno dal primo ordine, un prodotto che sta per finire. Ognuna è una lista come le altre: dalle un&apos;offerta nella pagina Offerte e inviala da Esporta.</translation>
    </message>
    <message>
        <source>How to read a birthday such as 03/04 when nothing else in the file settles it</source>
        <translation>Come leggere un compleanno come 03/04 quando nient&apos;altro nel file lo chiarisce</translation>
    </message>
    <message>
        <source>Birthday soon: within</source>
        <translation>Compleanno in arrivo: entro</translation>
    </message>
    <message>
        <source>Anniversary soon: within</source>
        <translation>Anniversario in arrivo: entro</translation>
    </message>
    <message>
        <source>Due to re-buy: from</source>
        <translation>Riacquisto previsto: da</translation>
    </message>
    <message>
        <source>before to</source>
        <translation>prima a</translation>
    </message>
    <message>
        <source>after the reference date</source>
        <translation>dopo la data di riferimento</translation>
    </message>
    <message>
        <source>Birthdays like 03/04:</source>
        <translation>Compleanni come 03/04:</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Re-buy intervals</source>
        <translation>Intervalli di riacquisto</translation>
    </message>
    <message numerus="yes">
        <source>%1 products are bought again often enough to know when: each needs %2 gaps or more between a customer&apos;s purchases of it. &lt;i&gt;Usually again after&lt;/i&gt; is the middle gap (half the gaps are shorter); a quarter of the gaps are shorter than the quickest quarter, a quarter longer than the slowest. A customer is &lt;i&gt;due&lt;/i&gt; when their last purchase plus the usual gap falls in the window above.</source>
        <translation>
            <numerusform>%1 prodotto viene riacquistato abbastanza spesso da sapere quando: ognuno richiede %2 intervalli o più tra gli acquisti di un cliente. &lt;i&gt;Di solito di nuovo dopo&lt;/i&gt; è l&apos;intervallo mediano (metà degli intervalli sono più brevi); un quarto degli intervalli è più breve del quarto più rapido, un quarto più lungo del più lento. Un cliente è &lt;i&gt;da riacquistare&lt;/i&gt; quando il suo ultimo acquisto più l&apos;intervallo abituale cade nella finestra sopra.</numerusform>
            <numerusform>%1 prodotti vengono riacquistati abbastanza spesso da sapere quando: ognuno richiede %2 intervalli o più tra gli acquisti di un cliente. &lt;i&gt;Di solito di nuovo dopo&lt;/i&gt; è l&apos;intervallo mediano (metà degli intervalli sono più brevi); un quarto degli intervalli è più breve del quarto più rapido, un quarto più lungo del più lento. Un cliente è &lt;i&gt;da riacquistare&lt;/i&gt; quando il suo ultimo acquisto più l&apos;intervallo abituale cade nella finestra sopra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>First name (fallback when missing)</source>
        <translation>Nome (parola di riserva se manca)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Categoria preferita</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Prodotto preferito</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Giorni dall&apos;ultimo acquisto</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Livello fedeltà</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Livello successivo</translation>
    </message>
    <message>
        <source>Amount still to spend for the next tier</source>
        <translation>Importo ancora da spendere per il livello successivo</translation>
    </message>
    <message>
        <source>The discount, in words</source>
        <translation>Lo sconto, a parole</translation>
    </message>
    <message>
        <source>Their unique coupon code</source>
        <translation>Il suo codice coupon unico</translation>
    </message>
    <message>
        <source>When the offer ends</source>
        <translation>Quando finisce l&apos;offerta</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>Il nome del tuo negozio</translation>
    </message>
    <message>
        <source>Years since the first order, in words (&quot;2 years&quot;)</source>
        <translation>Anni dal primo ordine, a parole («2 anni»)</translation>
    </message>
    <message>
        <source>The product a customer is due to buy again</source>
        <translation>Il prodotto che un cliente dovrebbe ricomprare</translation>
    </message>
    <message>
        <source>The birthday, day and month</source>
        <translation>Il compleanno, giorno e mese</translation>
    </message>
    <message>
        <source>after the export</source>
        <translation>dopo l&apos;esportazione</translation>
    </message>
    <message>
        <source>after the customer&apos;s day (birthday, anniversary, due day)</source>
        <translation>dopo il giorno del cliente (compleanno, anniversario, giorno di riacquisto)</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% di sconto</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Importo di sconto</translation>
    </message>
    <message>
        <source>Something else (describe it)</source>
        <translation>Altro (descrivilo)</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Nessuno sconto</translation>
    </message>
    <message>
        <source>The subject line of the e-mail; merge fields such as {first_name} work here too</source>
        <translation>L&apos;oggetto dell&apos;e-mail; anche qui funzionano i campi unione come {first_name}</translation>
    </message>
    <message>
        <source>e.g. free delivery</source>
        <translation>ad es. spedizione gratuita</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>The offer ends this many days after the export</source>
        <translation>L&apos;offerta termina questo numero di giorni dopo l&apos;esportazione</translation>
    </message>
    <message>
        <source>For a birthday, an anniversary or a product due: count the days from each customer&apos;s own day (a birthday treat valid a week either side: 7 days after the birthday), or from the export</source>
        <translation>Per un compleanno, un anniversario o un riacquisto previsto: conta i giorni dal giorno di ciascun cliente (un regalo di compleanno valido una settimana prima e dopo: 7 giorni dopo il compleanno) o dall&apos;esportazione</translation>
    </message>
    <message>
        <source>Coupon codes start with this, e.g. MISSYOU-7KQ4P</source>
        <translation>I codici coupon iniziano così, ad es. MISSYOU-7KQ4P</translation>
    </message>
    <message>
        <source>there</source>
        <translation>(niente)</translation>
    </message>
    <message>
        <source>Used for {first_name} when a customer&apos;s first name is unknown</source>
        <translation>Usato per {first_name} quando il nome del cliente non è noto</translation>
    </message>
    <message>
        <source>Insert a field…</source>
        <translation>Inserisci un campo…</translation>
    </message>
    <message>
        <source>Put a merge field, such as {first_name}, at the cursor in the message</source>
        <translation>Inserisci un campo unione, come {first_name}, nel punto del cursore nel messaggio</translation>
    </message>
    <message>
        <source>The message. Words in braces, like {first_name}, are replaced per customer.</source>
        <translation>Il messaggio. Le parole tra graffe, come {first_name}, vengono sostituite per ogni cliente.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valida per</translation>
    </message>
    <message>
        <source>Coupon prefix</source>
        <translation>Prefisso coupon</translation>
    </message>
    <message>
        <source>If no first name, say</source>
        <translation>Senza nome, scrivi</translation>
    </message>
    <message>
        <source>Merge field</source>
        <translation>Campo unione</translation>
    </message>
    <message>
        <source>The offer is ready.</source>
        <translation>L&apos;offerta è pronta.</translation>
    </message>
</context>
<context>
    <name>OfferTestBox</name>
    <message>
        <source>With %1 held back as the control group (%2), </source>
        <translation>Con %1 tenuti da parte come gruppo di controllo (%2), </translation>
    </message>
    <message>
        <source>With no control group, </source>
        <translation>Senza gruppo di controllo, </translation>
    </message>
    <message>
        <source>the export mails %1 of this list&apos;s customers: %2 get offer A and %3 get offer B, drawn at random when you export (the control group is drawn first and does not change).</source>
        <translation>l&apos;esportazione scrive a %1 clienti di questa lista: %2 ricevono l&apos;offerta A e %3 l&apos;offerta B, estratti a sorte all&apos;esportazione (il gruppo di controllo viene estratto per primo e non cambia).</translation>
    </message>
    <message>
        <source>Test a second offer</source>
        <translation>Prova una seconda offerta</translation>
    </message>
    <message>
        <source>Send offer B to part of this list&apos;s mailed customers, drawn at random, to see which offer works better (each is also compared with the control group)</source>
        <translation>Invia l&apos;offerta B a una parte dei clienti contattati di questa lista, estratta a sorte, per vedere quale offerta funziona meglio (ognuna è anche confrontata con il gruppo di controllo)</translation>
    </message>
    <message>
        <source>The share of the mailed customers who get offer B (half unless you set another)</source>
        <translation>La quota dei clienti contattati che ricevono l&apos;offerta B (la metà, se non ne scegli un&apos;altra)</translation>
    </message>
    <message>
        <source>get B</source>
        <translation>ricevono B</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Every group you can mail; pick one to write its offer</source>
        <translation>Ogni gruppo a cui puoi scrivere; scegline uno per scriverne l&apos;offerta</translation>
    </message>
    <message>
        <source>Your shop&apos;s name, as customers know it</source>
        <translation>Il nome del tuo negozio, come lo conoscono i clienti</translation>
    </message>
    <message>
        <source>No shop name yet: messages say “our shop”.</source>
        <translation>Ancora nessun nome del negozio: i messaggi dicono «il nostro negozio».</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nome del negozio</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Il tuo negozio</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Offer A</source>
        <translation>Offerta A</translation>
    </message>
    <message>
        <source>Offer B</source>
        <translation>Offerta B</translation>
    </message>
    <message>
        <source>Back to the suggested offer</source>
        <translation>Torna all&apos;offerta suggerita</translation>
    </message>
    <message>
        <source>The subject and message this customer would get, and whether the export would reach them</source>
        <translation>L&apos;oggetto e il messaggio che riceverebbe questo cliente, e se l&apos;esportazione lo raggiungerebbe</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Precedente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Successivo ▶</translation>
    </message>
    <message>
        <source>Preview for a real customer</source>
        <translation>Anteprima per un cliente reale</translation>
    </message>
    <message>
        <source>Choose what each group gets. Every message is personalised.</source>
        <translation>Scegli cosa riceve ogni gruppo. Ogni messaggio è personalizzato.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 cliente</numerusform>
            <numerusform>%1 clienti</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is in this list right now.</source>
        <translation>Al momento nessuno è in questa lista.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 di %2: %3</translation>
    </message>
    <message>
        <source>Fix the offer first: %1</source>
        <translation>Correggi prima l&apos;offerta: %1</translation>
    </message>
    <message>
        <source>%1 is an example: each customer gets a code of their own, drawn when you export.</source>
        <translation>%1 è un esempio: ogni cliente riceve un codice proprio, estratto all&apos;esportazione.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offer %1&lt;/b&gt; of this list&apos;s offer test: each mailed customer gets A or B, drawn at random when you export.</source>
        <translation>&lt;b&gt;Offerta %1&lt;/b&gt; del test di offerte di questa lista: ogni cliente contattato riceve A o B, estratto a sorte all&apos;esportazione.</translation>
    </message>
    <message>
        <source>Offer B still gives what offer A gives (only its coupon codes differ): change its discount, title or message, or the test can show only chance differences.</source>
        <translation>L’offerta B dà ancora la stessa cosa dell’offerta A (cambiano solo i codici coupon): cambia lo sconto, il titolo o il messaggio, altrimenti il test può mostrare solo differenze dovute al caso.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>Not sent by %1: %2.</source>
        <translation>Non inviato per %1: %2.</translation>
    </message>
    <message>
        <source>Sent by %1, unless drawn for the control group (%2 of the list, not contacted).</source>
        <translation>Inviato per %1, a meno che non sia estratto per il gruppo di controllo (%2 della lista, non contattato).</translation>
    </message>
    <message>
        <source>Sent by %1.</source>
        <translation>Inviato per %1.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>See who moved on the Changes page</source>
        <extracomment>the file&apos;s customers and revenue against these figures (also shown on the Import page)</extracomment>
        <translation>Vedi chi si è spostato nella pagina Cambiamenti</translation>
    </message>
    <message>
        <source>The history is too short to compare with an earlier date.</source>
        <translation>Lo storico è troppo breve per un confronto con una data precedente.</translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation>Previsioni:</translation>
    </message>
    <message>
        <source>no predictions were made.</source>
        <translation>non sono state fatte previsioni.</translation>
    </message>
    <message>
        <source>customers expected to spend about %1 in the next 365 days</source>
        <translation>clienti che dovrebbero spendere circa %1 nei prossimi 365 giorni</translation>
    </message>
    <message>
        <source>no customer seen to lapse yet, so the model cannot tell who is still a customer</source>
        <translation>nessun cliente visto andarsene finora, quindi il modello non può dire chi è ancora cliente</translation>
    </message>
    <message>
        <source>about %1 of %2 customers still customers</source>
        <translation>circa %1 clienti su %2 sono ancora clienti</translation>
    </message>
    <message>
        <source>, expected to spend about %1 in the next 365 days</source>
        <translation>, spesa prevista di circa %1 nei prossimi 365 giorni</translation>
    </message>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Quanto sono affidabili le previsioni?</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clienti</translation>
    </message>
    <message>
        <source>Customers with at least one purchase</source>
        <translation>Clienti con almeno un acquisto</translation>
    </message>
    <message>
        <source>revenue (net of returns)</source>
        <translation>fatturato (al netto dei resi)</translation>
    </message>
    <message>
        <source>Total net spend of these customers</source>
        <translation>Spesa netta totale di questi clienti</translation>
    </message>
    <message>
        <source>active: bought within the inactivity window, not overdue</source>
        <translation>attivi: hanno acquistato entro la finestra di inattività, non in ritardo</translation>
    </message>
    <message>
        <source>Share of customers whose status is Active: they bought within the inactivity window and are not overdue for their usual next purchase (the Overdue ones bought within it too)</source>
        <translation>Quota di clienti con stato Attivo: hanno acquistato entro la finestra di inattività e non sono in ritardo sul loro solito acquisto successivo (anche quelli In ritardo hanno acquistato entro essa)</translation>
    </message>
    <message>
        <source>revenue of customers at risk or inactive</source>
        <translation>fatturato dei clienti a rischio o inattivi</translation>
    </message>
    <message>
        <source>What customers who are At Risk, Can&apos;t Lose Them, Inactive or Lost used to spend</source>
        <translation>Quanto spendevano i clienti At Risk, Can&apos;t Lose Them, Inactive o Lost</translation>
    </message>
    <message>
        <source>How the customers and revenue of the file add up to these figures</source>
        <translation>Come clienti e fatturato del file si riconducono a queste cifre</translation>
    </message>
    <message>
        <source>Customers placed as they stood on the comparison date, scored with today&apos;s cut points; a better segment is one earlier in the segment map</source>
        <translation>Clienti collocati com&apos;erano alla data di confronto, valutati con le soglie di oggi; un segmento migliore è uno che precede nella mappa dei segmenti</translation>
    </message>
    <message>
        <source>From the purchase and spend models fitted to your own customers; the link shows how well they predicted the last quarter</source>
        <translation>Dai modelli di acquisto e di spesa adattati ai tuoi clienti; il link mostra quanto bene hanno previsto l&apos;ultimo trimestre</translation>
    </message>
    <message>
        <source>Reference date: latest purchase in the file</source>
        <translation>Data di riferimento: ultimo acquisto nel file</translation>
    </message>
    <message>
        <source>Recency is counted back from this date. Untick to choose another date.</source>
        <translation>La recenza si conta a ritroso da questa data. Togli la spunta per scegliere un&apos;altra data.</translation>
    </message>
    <message>
        <source>Count recency from this day (for example the day you plan to send the mailing)</source>
        <translation>Conta la recenza da questo giorno (per esempio il giorno in cui pensi di inviare la mailing)</translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation>Clienti e fatturato per segmento</translation>
    </message>
    <message>
        <source>Recency and frequency grid</source>
        <translation>Griglia di recenza e frequenza</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Giorni dall&apos;ultimo acquisto</translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation>Fatturato nel tempo</translation>
    </message>
    <message numerus="yes">
        <source>revenue of %1 customers at risk or inactive</source>
        <translation>
            <numerusform>fatturato di %1 cliente a rischio o inattivo</numerusform>
            <numerusform>fatturato di %1 clienti a rischio o inattivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: inactive after %1 days</source>
        <translation>
            <numerusform>Finestra: inattivo dopo %1 giorno</numerusform>
            <numerusform>Finestra: inattivo dopo %1 giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows after the reference date left out</source>
        <translation>
            <numerusform>%1 riga successiva alla data di riferimento esclusa</numerusform>
            <numerusform>%1 righe successive alla data di riferimento escluse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageColumns</name>
    <message>
        <source>Still a customer</source>
        <extracomment>Headings of the prediction columns (definitions §11) and the win-back list&apos;s stake (§4). Translated where shown, in the context &quot;PageColumns&quot;.</extracomment>
        <translation>Ancora cliente</translation>
    </message>
    <message>
        <source>Purchase days next year</source>
        <translation>Giorni di acquisto l&apos;anno prossimo</translation>
    </message>
    <message>
        <source>Spend per purchase day</source>
        <translation>Spesa per giorno di acquisto</translation>
    </message>
    <message>
        <source>Spend next year</source>
        <translation>Spesa l&apos;anno prossimo</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>In gioco</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Import</source>
        <extracomment>Invented names, e-mails and consent for the sample&apos;s customers (so the demo mails someone). The window&apos;s comfortable size; smaller screens get the window maximised (gui.screen_fit). Where the progress bar stands when opening a file after the first look, and after the import. The pages&apos; titles and tooltips (gui.page_registry&apos;s PAGE_SPECS and the Import page) for pyside6-lupdate: the navigation translates them in the context &quot;Pages&quot; when it shows them.</extracomment>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>The import report and the first rows of the file</source>
        <translation>Il resoconto dell&apos;importazione e le prime righe del file</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Headline figures and the main charts</source>
        <translation>Cifre chiave e grafici principali</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenti</translation>
    </message>
    <message>
        <source>Customer groups and the segment map</source>
        <translation>Gruppi di clienti e mappa dei segmenti</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambiamenti</translation>
    </message>
    <message>
        <source>Who moved between segments since an earlier date</source>
        <translation>Chi ha cambiato segmento da una data precedente</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Riconquista</translation>
    </message>
    <message>
        <source>Customers who have gone quiet, the most to lose first</source>
        <translation>Clienti che non acquistano più, prima quelli con più in gioco</translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation>Livelli fedeltà</translation>
    </message>
    <message>
        <source>Tier rules, distribution and who is nearly up</source>
        <translation>Regole dei livelli, distribuzione e chi sta per salire</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Every customer, with search, filters and details</source>
        <translation>Tutti i clienti, con ricerca, filtri e dettagli</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Ricorrenze</translation>
    </message>
    <message>
        <source>Birthdays, anniversaries and who is due to buy again</source>
        <translation>Compleanni, anniversari e chi dovrebbe riacquistare</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>An offer and a message per list</source>
        <translation>Un&apos;offerta e un messaggio per lista</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Write the mailing list</source>
        <translation>Scrivi la lista di invio</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Did the offer work? A campaign&apos;s mailed customers against its control group</source>
        <translation>L&apos;offerta ha funzionato? I clienti contattati di una campagna rispetto al gruppo di controllo</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Preparing %1</source>
        <extracomment>What a page&apos;s prepare function looks like: (segmentation, transactions) -&gt; its view data.</extracomment>
        <translation>Preparazione di %1</translation>
    </message>
    <message>
        <source>Pages ready</source>
        <translation>Pagine pronte</translation>
    </message>
    <message>
        <source>Indexing purchases per customer</source>
        <extracomment>Rows of the imported file shown under the import report. The project file (its choices and where it is) this import opens, taken only once the import is done (session.set_imported); None for a plain file. The size and modification time (ns) of each file read (purchases, customers), taken before it was read: an export checks them (``changed_files``), so that an opt-out written into a file after it was opened is never missed.</extracomment>
        <translation>Indicizzazione degli acquisti per cliente</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>Groups ready</source>
        <translation>Gruppi pronti</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job says how long is left once it has run this long and filled ESTIMATE_MIN_SHARE of the bar.</extracomment>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop this step; what was on screen before stays as it was</source>
        <translation>Interrompi questo passaggio; ciò che era sullo schermo resta com&apos;era</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In corso…</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>manca circa %n minuto</numerusform>
            <numerusform>mancano circa %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>manca circa %n secondo</numerusform>
            <numerusform>mancano circa %n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>Clientele projects (%1)</source>
        <extracomment>The words of this module, in the context &quot;ProjectActions&quot;.</extracomment>
        <translation>Progetti Clientele (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Salva progetto</translation>
    </message>
    <message>
        <source>Open a purchases file first.</source>
        <translation>Apri prima un file degli acquisti.</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Project saved: %1</source>
        <extracomment>The words of this module, in the context &quot;ProjectIO&quot;.</extracomment>
        <translation>Progetto salvato: %1</translation>
    </message>
    <message>
        <source>The project was made from %1, which is not there any more. Choose the file (or a newer export of it) to continue.</source>
        <translation>Il progetto è stato creato da %1, che non c&apos;è più. Scegli il file (o una sua esportazione più recente) per continuare.</translation>
    </message>
    <message>
        <source>The project was made from a purchases file, which is not there any more. Choose the file (or a newer export of it) to continue.</source>
        <translation>Il progetto è stato creato da un file degli acquisti che non c&apos;è più. Scegli il file (o una sua esportazione più recente) per continuare.</translation>
    </message>
    <message>
        <source>Where is the purchases file?</source>
        <translation>Dov&apos;è il file degli acquisti?</translation>
    </message>
    <message>
        <source>Purchases file for this project</source>
        <translation>File degli acquisti per questo progetto</translation>
    </message>
    <message>
        <source>The project&apos;s customers file %1 (names, e-mail addresses, consent) is not there any more. Without it Clientele does not know who opted out in it. Choose where it is now?</source>
        <translation>Il file clienti %1 del progetto (nomi, indirizzi e-mail, consenso) non c&apos;è più. Senza di esso Clientele non sa chi si è disiscritto. Scegliere dove si trova ora?</translation>
    </message>
    <message>
        <source>Where is the customers file?</source>
        <translation>Dov&apos;è il file clienti?</translation>
    </message>
    <message>
        <source>Customers file for this project</source>
        <translation>File clienti per questo progetto</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>No campaign has been recorded yet. Export a mailing list on the Export page (keep a control group: only it can tell whether the offer worked). When the response window has run, open the shop&apos;s newer purchases file and come back here.</source>
        <extracomment>Said when no campaign has been recorded yet.</extracomment>
        <translation>Non è ancora stata registrata nessuna campagna. Esporta una lista d&apos;invio nella pagina Esporta (tieni un gruppo di controllo: solo lui può dire se l&apos;offerta ha funzionato). Quando la finestra di risposta è passata, apri il file degli acquisti più recente del negozio e torna qui.</translation>
    </message>
    <message>
        <source>The recorded campaign to measure (the latest first chosen). Exports that mailed nobody are not campaigns.</source>
        <extracomment>How long after the last edit of the sent date or the window the results are worked out again.</extracomment>
        <translation>La campagna registrata da misurare (prima la più recente). Le esportazioni che non hanno contattato nessuno non sono campagne.</translation>
    </message>
    <message>
        <source>The day the mailing went out (the export date unless you set another); kept with the campaign</source>
        <translation>Il giorno dell&apos;invio (la data di esportazione se non ne imposti un&apos;altra); salvato con la campagna</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>How long after the sent date a purchase counts as a response; kept with the campaign</source>
        <translation>Per quanto tempo dopo l&apos;invio un acquisto conta come risposta; salvato con la campagna</translation>
    </message>
    <message>
        <source>Open a newer file…</source>
        <translation>Apri un file più recente…</translation>
    </message>
    <message>
        <source>Measure with another purchases file than the one open now (read with the open file&apos;s column choices)</source>
        <translation>Misura con un altro file degli acquisti diverso da quello aperto (letto con le scelte di colonne del file aperto)</translation>
    </message>
    <message>
        <source>Use the file open now</source>
        <translation>Usa il file aperto</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>Salva risultati…</translation>
    </message>
    <message>
        <source>The results table as CSV, or a workbook with a Summary for you and one row per customer (as the command line&apos;s --results-out)</source>
        <translation>La tabella dei risultati in CSV, o una cartella di lavoro con un riepilogo per te e una riga per cliente (come --results-out da riga di comando)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <source>Response window</source>
        <translation>Finestra di risposta</translation>
    </message>
    <message>
        <source>Per list: the mailed and the control customers side by side, the uplift (more buyers of every 100 than the control group) and what it means</source>
        <translation>Per lista: i clienti contattati e quelli di controllo affiancati, l&apos;aumento (acquirenti in più ogni 100 rispetto al gruppo di controllo) e cosa significa</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Aumento</translation>
    </message>
    <message>
        <source>Did the offer work? The mailed customers against the control group, who were held back at random</source>
        <translation>L&apos;offerta ha funzionato? I clienti contattati contro il gruppo di controllo, escluso a caso</translation>
    </message>
    <message>
        <source>Open the newer purchases file</source>
        <extracomment>the file shown before a newer file&apos;s first look, until that look is on screen (a cancel or a failure puts it back: the label never names a file whose results are not shown) a save is being written: a look asked for meanwhile waits for it (it would stop the save)</extracomment>
        <translation>Apri il file degli acquisti più recente</translation>
    </message>
    <message>
        <source>Saving stopped; nothing was written.</source>
        <translation>Salvataggio interrotto; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The campaign history cannot be used</source>
        <translation>Lo storico delle campagne non è utilizzabile</translation>
    </message>
    <message>
        <source>Working out the campaign&apos;s results…</source>
        <translation>Calcolo dei risultati della campagna…</translation>
    </message>
    <message>
        <source>Campaign %1 now records its mailing as sent on %2, with a %3-day response window.</source>
        <translation>La campagna %1 ora registra l&apos;invio il %2, con una finestra di risposta di %3 giorni.</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;%1&lt;/b&gt; (a newer file, read for the results only)</source>
        <translation>Acquisti: &lt;b&gt;%1&lt;/b&gt; (un file più recente, letto solo per i risultati)</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;%1&lt;/b&gt; (the file open now)</source>
        <translation>Acquisti: &lt;b&gt;%1&lt;/b&gt; (il file aperto)</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;none yet&lt;/b&gt;</source>
        <translation>Acquisti: &lt;b&gt;ancora nessuno&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Salva i risultati</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Cartella di lavoro Excel (*.xlsx);;Tabella CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Scrittura di %1…</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Risultati salvati in %1.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>The purchases file has no coupon column, so coupon redemptions are not counted. If it has one, open it again and choose the column as Coupon code.</source>
        <extracomment>The window&apos;s words when the purchases file has no coupon column (core&apos;s, without the flag).</extracomment>
        <translation>Il file degli acquisti non ha una colonna coupon, quindi gli utilizzi non sono contati. Se ne ha una, aprilo di nuovo e scegli la colonna come Codice coupon.</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>The page&apos;s columns: (key, heading).</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Contattati</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Hanno acquistato</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasso</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Per cliente</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Aumento</translation>
    </message>
    <message>
        <source>Likely between</source>
        <translation>Probabilmente tra</translation>
    </message>
    <message>
        <source>Chance it helped</source>
        <translation>Probabilità che abbia aiutato</translation>
    </message>
    <message>
        <source>Extra revenue</source>
        <translation>Fatturato extra</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation>Codici usati</translation>
    </message>
    <message>
        <source>Used by others</source>
        <translation>Usati da altri</translation>
    </message>
    <message>
        <source>Control customers with a code</source>
        <translation>Clienti di controllo con un codice</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <extracomment>``problem`` is no problem: the file open now ends before the campaign was sent (right after an export), and the page says how to come back with the newer file, in plain words</extracomment>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <source>Open the newer purchases file to see this campaign&apos;s results.</source>
        <translation>Apri il file degli acquisti più recente per vedere i risultati di questa campagna.</translation>
    </message>
    <message>
        <source>Working out the results</source>
        <translation>Calcolo dei risultati</translation>
    </message>
    <message>
        <source>Results ready</source>
        <translation>Risultati pronti</translation>
    </message>
    <message>
        <source>Open the file with File › Open first (it asks day-first or month-first), then come back here and use the file open now.</source>
        <translation>Apri prima il file con File › Apri (chiede se viene prima il giorno o il mese), poi torna qui e usa il file aperto.</translation>
    </message>
    <message>
        <source>Campaign %1 was sent on %2 (set another day above if it went out on another), and its response window runs until %3. The purchases open now end on %4, before it was sent: once the window has run, export your purchases again and open that file here (Open a newer file…) to see whether the offer worked.</source>
        <translation>La campagna %1 è stata inviata il %2 (imposti sopra un altro giorno se è partita in un altro giorno), e la sua finestra di risposta dura fino al %3. Gli acquisti aperti ora finiscono il %4, prima dell’invio: trascorsa la finestra, esporti di nuovo i suoi acquisti e apra quel file qui (Apri un file più recente…) per vedere se l’offerta ha funzionato.</translation>
    </message>
    <message>
        <source>If the mailing went out earlier than recorded, set the day it was sent above; otherwise open a purchases file exported after the response window has run (it ends on %1).</source>
        <translation>Se l&apos;invio è partito prima di quanto registrato, imposta sopra il giorno dell&apos;invio; altrimenti apri un file degli acquisti esportato dopo la fine della finestra di risposta (finisce il %1).</translation>
    </message>
    <message>
        <source>Offer tests</source>
        <translation>Test delle offerte</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>No coupon code of this campaign was used in the window.</source>
        <translation>Nessun codice di questa campagna è stato usato nella finestra.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Campaign %1%2 — made %3, %4 mailed, %5 held back</source>
        <translation>Campagna %1%2 — creata il %3, %4 contattati, %5 esclusi</translation>
    </message>
</context>
<context>
    <name>SegmentHelp</name>
    <message>
        <source>Bought very recently and buy often — your best customers.</source>
        <translation>Hanno acquistato da pochissimo e comprano spesso: i tuoi clienti migliori.</translation>
    </message>
    <message>
        <source>Thank them: early access, a small gift, ask for a review. No big discount needed.</source>
        <translation>Ringraziali: accesso in anteprima, un piccolo regalo, chiedi una recensione. Nessuno sconto grosso necessario.</translation>
    </message>
    <message>
        <source>Buy often and still fairly recently.</source>
        <translation>Comprano spesso e ancora abbastanza di recente.</translation>
    </message>
    <message>
        <source>Reward loyalty: a thank-you gift, points, a tier upgrade.</source>
        <translation>Premia la fedeltà: un regalo di ringraziamento, punti, un livello superiore.</translation>
    </message>
    <message>
        <source>Recent customers with a few orders — could become regulars.</source>
        <translation>Clienti recenti con qualche ordine: potrebbero diventare abituali.</translation>
    </message>
    <message>
        <source>Give a reason to come back soon: free delivery, a picked recommendation.</source>
        <translation>Dai un motivo per tornare presto: spedizione gratuita, un consiglio su misura.</translation>
    </message>
    <message>
        <source>Made their first purchase very recently.</source>
        <translation>Hanno fatto il primo acquisto da pochissimo.</translation>
    </message>
    <message>
        <source>Welcome them and make the second order easy: a small first-repeat discount.</source>
        <translation>Dai loro il benvenuto e rendi facile il secondo ordine: un piccolo sconto sul primo riacquisto.</translation>
    </message>
    <message>
        <source>Bought recently, but only once.</source>
        <translation>Hanno acquistato di recente, ma solo una volta.</translation>
    </message>
    <message>
        <source>Show what else you sell; a small voucher for the next visit.</source>
        <translation>Mostra cos&apos;altro vendi; un piccolo buono per la prossima visita.</translation>
    </message>
    <message>
        <source>Middle of the road: neither recent nor rare — starting to drift.</source>
        <translation>Nella media: né recenti né rari, iniziano ad allontanarsi.</translation>
    </message>
    <message>
        <source>A personal recommendation or a limited-time offer.</source>
        <translation>Un consiglio personale o un&apos;offerta a tempo limitato.</translation>
    </message>
    <message>
        <source>Have not bought for a while and bought only once or twice.</source>
        <translation>Non acquistano da un po&apos; e hanno comprato solo una o due volte.</translation>
    </message>
    <message>
        <source>A friendly reminder with a modest discount before they forget you.</source>
        <translation>Un promemoria cordiale con uno sconto modesto prima che ti dimentichino.</translation>
    </message>
    <message>
        <source>Used to buy regularly, but not for a long time.</source>
        <translation>Compravano regolarmente, ma non da molto tempo.</translation>
    </message>
    <message>
        <source>Win them back: a clear discount and a &apos;we miss you&apos; message.</source>
        <translation>Riconquistali: uno sconto chiaro e un messaggio «ci manchi».</translation>
    </message>
    <message>
        <source>Were among your most frequent customers, but have gone quiet.</source>
        <translation>Erano tra i tuoi clienti più assidui, ma non comprano più.</translation>
    </message>
    <message>
        <source>Your strongest win-back offer, personally worded; ask what went wrong.</source>
        <translation>La tua offerta di riconquista più forte, con parole personali; chiedi cosa non è andato.</translation>
    </message>
    <message>
        <source>Bought rarely and long ago.</source>
        <translation>Hanno comprato di rado e tanto tempo fa.</translation>
    </message>
    <message>
        <source>A low-cost reminder at most; do not spend much on them.</source>
        <translation>Al massimo un promemoria economico; non spendere molto per loro.</translation>
    </message>
    <message>
        <source>Customers no segment of your map covers.</source>
        <translation>Clienti che nessun segmento della tua mappa copre.</translation>
    </message>
    <message>
        <source>Edit the segment map so every cell belongs to a segment.</source>
        <translation>Modifica la mappa dei segmenti perché ogni cella appartenga a un segmento.</translation>
    </message>
    <message>
        <source>Bought within the inactivity window and on their usual rhythm.</source>
        <translation>Hanno acquistato entro la finestra e al loro ritmo abituale.</translation>
    </message>
    <message>
        <source>Still inside the window, but late by their own rhythm (twice their usual gap).</source>
        <translation>Ancora nella finestra, ma in ritardo sul loro ritmo (il doppio del solito intervallo).</translation>
    </message>
    <message>
        <source>No purchase within the inactivity window.</source>
        <translation>Nessun acquisto entro la finestra di attività.</translation>
    </message>
    <message>
        <source>No purchase for more than twice the inactivity window.</source>
        <translation>Nessun acquisto da più del doppio della finestra di attività.</translation>
    </message>
    <message>
        <source>In your customer file, but has never bought.</source>
        <translation>Nel tuo file clienti, ma non ha mai acquistato.</translation>
    </message>
    <message>
        <source>recency score %1–%2</source>
        <translation>punteggio di recenza %1–%2</translation>
    </message>
    <message>
        <source>frequency score %1–%2</source>
        <translation>punteggio di frequenza %1–%2</translation>
    </message>
    <message>
        <source>money score %1–%2</source>
        <translation>punteggio di spesa %1–%2</translation>
    </message>
    <message>
        <source>Customers with %1.</source>
        <translation>Clienti con %1.</translation>
    </message>
    <message>
        <source>A segment of your own map.</source>
        <translation>Un segmento della tua mappa.</translation>
    </message>
    <message>
        <source>Choose an offer that fits them on the Offers page.</source>
        <translation>Scegli un&apos;offerta adatta nella pagina Offerte.</translation>
    </message>
    <message>
        <source>What to offer:</source>
        <translation>Cosa offrire:</translation>
    </message>
    <message>
        <source>The customer&apos;s number (their e-mail address when the file has none)</source>
        <extracomment>What each customer-table column means (definitions §2–§5), as the tooltip of its heading.</extracomment>
        <translation>Il numero del cliente (il suo indirizzo e-mail se il file non ne ha)</translation>
    </message>
    <message>
        <source>The date of the first purchase</source>
        <translation>La data del primo acquisto</translation>
    </message>
    <message>
        <source>The date of the last purchase</source>
        <translation>La data dell&apos;ultimo acquisto</translation>
    </message>
    <message>
        <source>Days from the last purchase to the reference date (recency)</source>
        <translation>Giorni dall&apos;ultimo acquisto alla data di riferimento (recenza)</translation>
    </message>
    <message>
        <source>Days from the first purchase to the reference date</source>
        <translation>Giorni dal primo acquisto alla data di riferimento</translation>
    </message>
    <message>
        <source>Orders (invoices) with a purchase; returns are not orders</source>
        <translation>Ordini (fatture) con un acquisto; i resi non sono ordini</translation>
    </message>
    <message>
        <source>Days with a purchase</source>
        <translation>Giorni con un acquisto</translation>
    </message>
    <message>
        <source>What the customer spent in total, net of returns</source>
        <translation>Quanto ha speso il cliente in totale, al netto dei resi</translation>
    </message>
    <message>
        <source>Spent in total ÷ orders</source>
        <translation>Speso in totale ÷ ordini</translation>
    </message>
    <message>
        <source>The usual number of days between two purchase days (the median); empty with fewer than three purchase days</source>
        <translation>Il numero abituale di giorni tra due giorni di acquisto (la mediana); vuoto con meno di tre giorni di acquisto</translation>
    </message>
    <message>
        <source>Days since the last purchase ÷ the usual gap; 2 or more is Overdue</source>
        <translation>Giorni dall&apos;ultimo acquisto ÷ l&apos;intervallo abituale; da 2 in su il cliente è «In ritardo»</translation>
    </message>
    <message>
        <source>Spent in the 12 months up to the reference date, net of returns</source>
        <translation>Speso nei 12 mesi fino alla data di riferimento, al netto dei resi</translation>
    </message>
    <message>
        <source>Spent in the 12 months before those</source>
        <translation>Speso nei 12 mesi precedenti</translation>
    </message>
    <message>
        <source>The category with the most net spend</source>
        <translation>La categoria con la spesa netta più alta</translation>
    </message>
    <message>
        <source>The product with the most net spend</source>
        <translation>Il prodotto con la spesa netta più alta</translation>
    </message>
    <message>
        <source>Recency score, 1 to 5: 5 = bought most recently, compared with your other customers</source>
        <translation>Punteggio di recenza, da 1 a 5: 5 = acquisto più recente, rispetto agli altri tuoi clienti</translation>
    </message>
    <message>
        <source>Frequency score, 1 to 5: 5 = the most orders, compared with your other customers</source>
        <translation>Punteggio di frequenza, da 1 a 5: 5 = più ordini, rispetto agli altri tuoi clienti</translation>
    </message>
    <message>
        <source>Money score, 1 to 5: 5 = spent the most, compared with your other customers</source>
        <translation>Punteggio di spesa, da 1 a 5: 5 = ha speso di più, rispetto agli altri tuoi clienti</translation>
    </message>
    <message>
        <source>The segment the recency and frequency scores place the customer in (Segments page)</source>
        <translation>Il segmento in cui i punteggi di recenza e frequenza collocano il cliente (pagina Segmenti)</translation>
    </message>
    <message>
        <source>Active; Overdue (late by their own rhythm); Inactive (nothing within the inactivity window); Lost (nothing for twice the window); Prospect (never bought)</source>
        <translation>Attivo; In ritardo (in ritardo rispetto al proprio ritmo); Inattivo (niente entro la finestra di attività); Perso (niente per il doppio della finestra); Potenziale (mai acquistato)</translation>
    </message>
    <message>
        <source>Spent less than half in the last 12 months than in the 12 months before</source>
        <translation>Ha speso negli ultimi 12 mesi meno della metà rispetto ai 12 mesi precedenti</translation>
    </message>
    <message>
        <source>The highest loyalty tier whose threshold the customer&apos;s spend reached</source>
        <translation>Il livello fedeltà più alto di cui la spesa del cliente ha raggiunto la soglia</translation>
    </message>
    <message>
        <source>Loyalty points: the spend the tiers count × points per unit, rounded down</source>
        <translation>Punti fedeltà: la spesa che contano i livelli × punti per unità, arrotondati per difetto</translation>
    </message>
    <message>
        <source>The tier above the customer&apos;s</source>
        <translation>Il livello sopra quello del cliente</translation>
    </message>
    <message>
        <source>What the customer still has to spend to reach the next tier</source>
        <translation>Quanto il cliente deve ancora spendere per raggiungere il livello successivo</translation>
    </message>
    <message>
        <source>How likely the customer is still a customer (will buy again some day), from how often and how recently they bought, compared with all your customers</source>
        <translation>Quanto è probabile che il cliente sia ancora cliente (compri di nuovo prima o poi), in base a quanto spesso e quanto di recente ha acquistato, rispetto a tutti i tuoi clienti</translation>
    </message>
    <message>
        <source>On how many days the customer is expected to buy in the next 365 days</source>
        <translation>In quanti giorni si prevede che il cliente acquisti nei prossimi 365 giorni</translation>
    </message>
    <message>
        <source>What the customer is expected to spend on a day they buy: their own average, pulled towards the average of all customers when they bought on few days</source>
        <translation>Quanto si prevede che il cliente spenda in un giorno di acquisto: la sua media, avvicinata alla media di tutti i clienti se ha acquistato in pochi giorni</translation>
    </message>
    <message>
        <source>What the customer is expected to spend in the next 365 days: purchase days next year × spend per purchase day</source>
        <translation>Quanto si prevede che il cliente spenda nei prossimi 365 giorni: giorni di acquisto nel prossimo anno × spesa per giorno di acquisto</translation>
    </message>
    <message>
        <source>What could be lost: spent in total × how likely the customer is no longer a customer</source>
        <translation>Quanto si potrebbe perdere: speso in totale × probabilità che il cliente non sia più cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s next birthday on or after the reference date (29 February is 28 February in other years)</source>
        <translation>Il prossimo compleanno del cliente alla data di riferimento o dopo (il 29 febbraio è il 28 febbraio negli altri anni)</translation>
    </message>
    <message>
        <source>The next anniversary of the first purchase that marks a year or more</source>
        <translation>Il prossimo anniversario del primo acquisto che segna un anno o più</translation>
    </message>
    <message>
        <source>Whole years since the first purchase, counted to the end of the anniversary window</source>
        <translation>Anni interi dal primo acquisto, contati fino alla fine della finestra dell&apos;anniversario</translation>
    </message>
    <message>
        <source>The product the customer is due to buy again now (the one they spent most on, if several)</source>
        <translation>Il prodotto che il cliente dovrebbe riacquistare ora (quello per cui ha speso di più, se sono diversi)</translation>
    </message>
    <message>
        <source>When that product is due: the last purchase of it plus its usual re-buy interval</source>
        <translation>Quando tocca a quel prodotto: il suo ultimo acquisto più il suo intervallo abituale di riacquisto</translation>
    </message>
    <message>
        <source>The occasion list the customer is on</source>
        <translation>La lista di ricorrenza in cui si trova il cliente</translation>
    </message>
    <message>
        <source>The birthday, the anniversary, or the day the product is due</source>
        <translation>Il compleanno, l&apos;anniversario o il giorno in cui tocca al prodotto</translation>
    </message>
    <message>
        <source>Days from the reference date to the day (below 0: a product that fell due a few days ago)</source>
        <translation>Giorni dalla data di riferimento al giorno (sotto 0: un prodotto che toccava qualche giorno fa)</translation>
    </message>
    <message>
        <source>Years with you for an anniversary, the product for Due to re-buy</source>
        <translation>Anni con te per un anniversario, il prodotto per Riacquisto previsto</translation>
    </message>
    <message>
        <source>The usual gap between a customer&apos;s purchases of the product: the median, half the gaps are shorter</source>
        <translation>L&apos;intervallo abituale tra gli acquisti del prodotto da parte di un cliente: la mediana, metà degli intervalli sono più brevi</translation>
    </message>
    <message>
        <source>A quarter of the gaps are shorter than this (the 25th percentile)</source>
        <translation>Un quarto degli intervalli è più breve (il 25° percentile)</translation>
    </message>
    <message>
        <source>A quarter of the gaps are longer than this (the 75th percentile)</source>
        <translation>Un quarto degli intervalli è più lungo (il 75° percentile)</translation>
    </message>
    <message>
        <source>Gaps between a customer&apos;s purchase days of the product, all customers together</source>
        <translation>Intervalli tra i giorni di acquisto del prodotto da parte di un cliente, tutti i clienti insieme</translation>
    </message>
    <message>
        <source>Customers who bought the product on two days or more</source>
        <translation>Clienti che hanno acquistato il prodotto in due o più giorni</translation>
    </message>
    <message>
        <source>Customers due to buy this product again now (one due for two products counts for both; their message names the one they spent most on)</source>
        <translation>Clienti che dovrebbero riacquistare ora questo prodotto (chi è in scadenza per due prodotti conta per entrambi; il suo messaggio nomina quello per cui ha speso di più)</translation>
    </message>
    <message>
        <source>Customers whose birthday comes within the window after the reference date (from either file; the year is not needed)</source>
        <extracomment>What each occasion list holds (definitions §12), for tooltips.</extracomment>
        <translation>Clienti il cui compleanno cade nella finestra dopo la data di riferimento (da uno dei due file; l&apos;anno non serve)</translation>
    </message>
    <message>
        <source>Customers whose first purchase has its anniversary (one year or more) within the window</source>
        <translation>Clienti il cui primo acquisto compie gli anni (uno o più) nella finestra</translation>
    </message>
    <message>
        <source>Customers whose last purchase of a product plus its usual re-buy interval falls within the window: time for a restock reminder</source>
        <translation>Clienti il cui ultimo acquisto di un prodotto più il suo intervallo abituale di riacquisto cade nella finestra: il momento per un promemoria di riacquisto</translation>
    </message>
    <message>
        <source>Recency score: none (not scored)</source>
        <extracomment>A score&apos;s tooltip without a score, and with one (%1), per dimension (translated where shown).</extracomment>
        <translation>Punteggio di recenza: nessuno (non assegnato)</translation>
    </message>
    <message>
        <source>Recency score %1 of 5 (5 = bought most recently, compared with your other customers)</source>
        <translation>Punteggio di recenza %1 su 5 (5 = acquisto più recente, rispetto agli altri tuoi clienti)</translation>
    </message>
    <message>
        <source>Frequency score: none (not scored)</source>
        <translation>Punteggio di frequenza: nessuno (non assegnato)</translation>
    </message>
    <message>
        <source>Frequency score %1 of 5 (5 = the most orders, compared with your other customers)</source>
        <translation>Punteggio di frequenza %1 su 5 (5 = più ordini, rispetto agli altri tuoi clienti)</translation>
    </message>
    <message>
        <source>Money score: none (not scored)</source>
        <translation>Punteggio di spesa: nessuno (non assegnato)</translation>
    </message>
    <message>
        <source>Money score %1 of 5 (5 = spent the most, compared with your other customers)</source>
        <translation>Punteggio di spesa %1 su 5 (5 = ha speso di più, rispetto agli altri tuoi clienti)</translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <extracomment>What the tiers count, in words that follow &quot;spent at least £500 …&quot; (translated where shown).</extracomment>
        <translation>negli ultimi 12 mesi</translation>
    </message>
    <message>
        <source>since their first purchase</source>
        <translation>dal primo acquisto</translation>
    </message>
    <message>
        <source>this calendar year</source>
        <translation>in quest&apos;anno solare</translation>
    </message>
    <message>
        <source>%1: the first tier, for everyone below the next</source>
        <translation>%1: il primo livello, per tutti quelli sotto il successivo</translation>
    </message>
    <message>
        <source>%1: spent at least %2 %3</source>
        <translation>%1: ha speso almeno %2 %3</translation>
    </message>
    <message>
        <source>; next: %1 from %2</source>
        <translation>; successivo: %1 da %2</translation>
    </message>
</context>
<context>
    <name>SegmentMapEditor</name>
    <message>
        <source>Segment</source>
        <extracomment>The map&apos;s columns (translated when the editor is built).</extracomment>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>R
from</source>
        <translation>R
da</translation>
    </message>
    <message>
        <source>R
to</source>
        <translation>R
a</translation>
    </message>
    <message>
        <source>F
from</source>
        <translation>F
da</translation>
    </message>
    <message>
        <source>F
to</source>
        <translation>F
a</translation>
    </message>
    <message>
        <source>M
from</source>
        <translation>M
da</translation>
    </message>
    <message>
        <source>M
to</source>
        <translation>M
a</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>The names&apos; column is kept at least this wide for its longest word, at most (pixels).</extracomment>
        <translation>tutti</translation>
    </message>
    <message>
        <source>Each segment is a box of scores (5 is best). The first segment that holds a customer&apos;s scores wins, so order matters.</source>
        <extracomment>the width the editor wants changed (names of other lengths): see the module doc</extracomment>
        <translation>Ogni segmento è un intervallo di punteggi (5 è il migliore). Vince il primo segmento che contiene i punteggi di un cliente, quindi l&apos;ordine conta.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add a segment at the end</source>
        <translation>Aggiungi un segmento alla fine</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected segment</source>
        <translation>Rimuovi il segmento selezionato</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Move up: earlier segments win</source>
        <translation>Sposta su: vincono i segmenti precedenti</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Back to the standard ten segments</source>
        <translation>Torna ai dieci segmenti standard</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Applica e ricalcola</translation>
    </message>
    <message>
        <source>Use this map and scoring for every page</source>
        <translation>Usa questa mappa e questo punteggio per tutte le pagine</translation>
    </message>
    <message>
        <source>Quintiles (automatic)</source>
        <translation>Quintili (automatico)</translation>
    </message>
    <message>
        <source>My own thresholds</source>
        <translation>Le mie soglie</translation>
    </message>
    <message>
        <source>Scores from</source>
        <translation>Punteggi da</translation>
    </message>
    <message>
        <source>days since last purchase, e.g. 30, 90, 180, 365</source>
        <translation>giorni dall&apos;ultimo acquisto, es. 30, 90, 180, 365</translation>
    </message>
    <message>
        <source>orders, e.g. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)</source>
        <translation>ordini, es. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)</translation>
    </message>
    <message>
        <source>revenue, e.g. 50, 150, 400, 1000</source>
        <translation>fatturato, es. 50, 150, 400, 1000</translation>
    </message>
    <message>
        <source>Recency cut points</source>
        <translation>Soglie di recenza</translation>
    </message>
    <message>
        <source>Frequency cut points</source>
        <translation>Soglie di frequenza</translation>
    </message>
    <message>
        <source>Money cut points</source>
        <translation>Soglie di spesa</translation>
    </message>
    <message>
        <source>Leave empty to keep quintiles for this score.</source>
        <translation>Lascia vuoto per tenere i quintili per questo punteggio.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Mappa dei segmenti</translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation>Nuovo segmento %1</translation>
    </message>
    <message>
        <source>“My own thresholds” needs cut points in at least one box.</source>
        <translation>«Le mie soglie» richiede soglie in almeno una casella.</translation>
    </message>
    <message>
        <source>Type four numbers in the recency, frequency or money box, or choose Quintiles.</source>
        <translation>Scrivi quattro numeri nella casella recenza, frequenza o spesa, oppure scegli Quintili.</translation>
    </message>
    <message>
        <source>The map needs at least one segment.</source>
        <translation>La mappa ha bisogno di almeno un segmento.</translation>
    </message>
    <message>
        <source>Every customer falls in exactly one segment.</source>
        <translation>Ogni cliente rientra in esattamente un segmento.</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Segment</source>
        <extracomment>The table&apos;s column headers (translated when the page is built).</extracomment>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% dei clienti</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% del fatturato</translation>
    </message>
    <message>
        <source>Avg order</source>
        <translation>Ordine medio</translation>
    </message>
    <message>
        <source>Median days since last</source>
        <translation>Mediana giorni dall&apos;ultimo acquisto</translation>
    </message>
    <message>
        <source>Recency (days since last purchase)</source>
        <extracomment>How each score&apos;s cut points are named under the table.</extracomment>
        <translation>Recenza (giorni dall&apos;ultimo acquisto)</translation>
    </message>
    <message>
        <source>Frequency (orders)</source>
        <translation>Frequenza (ordini)</translation>
    </message>
    <message>
        <source>Money (revenue)</source>
        <translation>Spesa (fatturato)</translation>
    </message>
    <message>
        <source>quintiles</source>
        <extracomment>How the cut points were found (core.segmentation.rfm: RFMResult.methods).</extracomment>
        <translation>quintili</translation>
    </message>
    <message>
        <source>your thresholds</source>
        <translation>le tue soglie</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>misto</translation>
    </message>
    <message>
        <source>Hover a segment name to see who they are and what to offer</source>
        <extracomment>The segment map&apos;s width at least, where the page has twice that (pixels).</extracomment>
        <translation>Passa sopra il nome di un segmento per vedere chi sono e cosa offrire</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenti</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, %2 of revenue.</source>
        <translation>
            <numerusform>%1 cliente, %2 del fatturato.</numerusform>
            <numerusform>%1 clienti, %2 del fatturato.</numerusform>
        </translation>
    </message>
    <message>
        <source>not enough different values</source>
        <translation>non abbastanza valori diversi</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cut points (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – soglie (%2): %3</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Finding your customer groups…</source>
        <extracomment>How long after the last change the analysis is kept for its file (a burst of typing is one write). A file&apos;s opening was cancelled or failed before its groups were found: the analysis open before is back (``imported`` is it again), and the window shows it again. A page asks the window to show another page (its title), with one of its lists chosen (a MailingList.key, or &quot;&quot;): the Changes page&apos;s &quot;offer&quot; and &quot;export&quot; buttons, the Overview&apos;s link. The window&apos;s language (gui.translation, set by the main window at start): what core writes for the window (segment names, reports, offer packs) is to be asked for in it. The customer facts kept between recomputes (made with the first one, when pandas loads). What was open before a file being opened, until its first segmentation is done. Whether the project was unsaved before settings not yet computed (None: none pending). The model check of the predictions (definitions §11), computed when first asked for. The Results page&apos;s looks at a campaign (reading a newer file, working out, saving). The one thread every chart of the window renders on (gui.chart_canvas). Where the shop&apos;s choices came from when a file was opened (None: the defaults, or a project).</extracomment>
        <translation>Ricerca dei tuoi gruppi di clienti…</translation>
    </message>
    <message numerus="yes">
        <source>%1 purchase row(s)</source>
        <translation>
            <numerusform>%1 riga di acquisto</numerusform>
            <numerusform>%1 righe di acquisto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 cliente</numerusform>
            <numerusform>%1 clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 prospect(s)</source>
        <translation>
            <numerusform>%1 potenziale</numerusform>
            <numerusform>%1 potenziali</numerusform>
        </translation>
    </message>
    <message>
        <source>reference date %1</source>
        <translation>data di riferimento %1</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Spend in the last 12 months</source>
        <extracomment>The tier bases and the close-to-next-tier table&apos;s headers (translated when the page is built).</extracomment>
        <translation>Spesa degli ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Spend since the first purchase</source>
        <translation>Spesa dal primo acquisto</translation>
    </message>
    <message>
        <source>Spend this calendar year</source>
        <translation>Spesa di quest&apos;anno solare</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Still to spend</source>
        <translation>Ancora da spendere</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Livello successivo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Spesa totale</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome di battesimo</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Thresholds from my data (50 / 80 / 95 % of customers)</source>
        <extracomment>The highest spend a tier can start at (the spin boxes&apos; range).</extracomment>
        <translation>Soglie dai miei dati (50 / 80 / 95 % dei clienti)</translation>
    </message>
    <message>
        <source>Untick to type your own spend thresholds</source>
        <translation>Togli la spunta per scrivere le tue soglie di spesa</translation>
    </message>
    <message>
        <source>Tier (lowest first)</source>
        <translation>Livello (dal più basso)</translation>
    </message>
    <message>
        <source>Spend from</source>
        <translation>Spesa da</translation>
    </message>
    <message>
        <source>A customer takes the highest tier whose threshold they reach</source>
        <translation>Un cliente ottiene il livello più alto di cui raggiunge la soglia</translation>
    </message>
    <message>
        <source>Loyalty points per unit of money spent</source>
        <translation>Punti fedeltà per unità di denaro spesa</translation>
    </message>
    <message>
        <source>Close to the next tier: still to spend at most this share of its threshold</source>
        <translation>Vicino al livello successivo: resta da spendere al massimo questa quota della sua soglia</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Aggiungi livello</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Rimuovi livello</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Applica e ricalcola</translation>
    </message>
    <message>
        <source>Tiers are based on</source>
        <translation>Livelli basati su</translation>
    </message>
    <message>
        <source>Points per unit spent</source>
        <translation>Punti per unità spesa</translation>
    </message>
    <message>
        <source>Close to next tier within</source>
        <translation>Vicino al livello successivo entro</translation>
    </message>
    <message>
        <source>Tier rules</source>
        <translation>Regole dei livelli</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Clienti per livello</translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation>Livelli fedeltà</translation>
    </message>
    <message>
        <source>The first tier takes everyone else</source>
        <translation>Il primo livello comprende tutti gli altri</translation>
    </message>
    <message>
        <source>The spend this tier starts at</source>
        <translation>La spesa da cui parte questo livello</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Livello %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 customers are close to the next tier&lt;/b&gt; — a small nudge could move them up</source>
        <translation>
            <numerusform>&lt;b&gt;%1 cliente è vicino al livello successivo&lt;/b&gt;: una piccola spinta potrebbe farlo salire</numerusform>
            <numerusform>&lt;b&gt;%1 clienti sono vicini al livello successivo&lt;/b&gt;: una piccola spinta potrebbe farli salire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpliftChart</name>
    <message>
        <source>no control group to compare with</source>
        <extracomment>A bar&apos;s colour by verdict: clear answers in colour, the rest grey. Said on the chart where a row has no uplift (no control group, or nobody mailed).</extracomment>
        <translation>nessun gruppo di controllo con cui confrontare</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Ancora nessun risultato</translation>
    </message>
    <message>
        <source>more buyers of every 100 than the control group
(bar: seen; whiskers: likely range)</source>
        <translation>acquirenti in più ogni 100 rispetto al gruppo di controllo
(barra: osservato; baffi: intervallo probabile)</translation>
    </message>
    <message>
        <source>Uplift with its 95% range</source>
        <translation>Aumento con il suo intervallo al 95%</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Purchase files (%1)</source>
        <extracomment>The file types a purchases or customers file may have (the file dialogs&apos; filter, after its words).</extracomment>
        <translation>File degli acquisti (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open the purchase history your till or web shop exports (Excel or CSV). In a minute you will see your best customers, who has gone quiet, and your loyalty tiers — then pick an offer per group and export a personal mailing list. Nothing leaves this computer.</source>
        <translation>Apri lo storico degli acquisti esportato dalla tua cassa o dal tuo negozio online (Excel o CSV). In un minuto vedrai i tuoi clienti migliori, chi non compra più e i tuoi livelli fedeltà; poi scegli un&apos;offerta per gruppo ed esporta una lista di invio personalizzata. Nulla lascia questo computer.</translation>
    </message>
    <message>
        <source>Open purchases file…</source>
        <translation>Apri file degli acquisti…</translation>
    </message>
    <message>
        <source>Choose an Excel, ODS or CSV export of your sales (Ctrl+O)</source>
        <translation>Scegli un&apos;esportazione Excel, ODS o CSV delle tue vendite (Ctrl+O)</translation>
    </message>
    <message>
        <source>Try the sample data</source>
        <translation>Prova i dati di esempio</translation>
    </message>
    <message>
        <source>A real online shop&apos;s purchases: 300 customers, 2010–2011 (UCI Online Retail)</source>
        <translation>Gli acquisti di un vero negozio online: 300 clienti, 2010–2011 (UCI Online Retail)</translation>
    </message>
    <message>
        <source>…or drop a file anywhere on this window.</source>
        <translation>…oppure trascina un file in un punto qualsiasi della finestra.</translation>
    </message>
    <message>
        <source>Double-click to import this file again</source>
        <translation>Doppio clic per importare di nuovo questo file</translation>
    </message>
    <message>
        <source>Double-click to open this project</source>
        <translation>Doppio clic per aprire questo progetto</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>File recenti</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Progetti recenti</translation>
    </message>
    <message>
        <source>No files opened yet</source>
        <translation>Ancora nessun file aperto</translation>
    </message>
    <message>
        <source>No projects saved yet</source>
        <translation>Ancora nessun progetto salvato</translation>
    </message>
</context>
<context>
    <name>WinbackPage</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>In calo</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Giorni dall&apos;ultimo acquisto</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Ultimo acquisto</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Speso in totale</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Intervallo abituale (giorni)</translation>
    </message>
    <message>
        <source>Late by (× usual gap)</source>
        <translation>In ritardo di (× intervallo abituale)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>12 months before</source>
        <translation>12 mesi precedenti</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Ranked by what is at stake: what they spent × how likely they are to be lost (1 − “Still a customer”), highest first.</source>
        <extracomment>What the page says when the list is ranked by what is at stake.</extracomment>
        <translation>Ordinati per ciò che è in gioco: quanto hanno speso × la probabilità di perderli (1 − «Ancora cliente»), prima il più alto.</translation>
    </message>
    <message>
        <source>Retail (180 days)</source>
        <translation>Commercio al dettaglio (180 giorni)</translation>
    </message>
    <message>
        <source>Subscription (30 days)</source>
        <translation>Abbonamento (30 giorni)</translation>
    </message>
    <message>
        <source>Seasonal (365 days)</source>
        <translation>Stagionale (365 giorni)</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>the table, the summary and the ranking&apos;s note show the chosen list</extracomment>
        <translation> giorni</translation>
    </message>
    <message>
        <source>A customer with no purchase for longer than this is Inactive; twice as long is Lost</source>
        <translation>Un cliente senza acquisti da più di così è Inactive; il doppio del tempo: Lost</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Scegli un&apos;impostazione…</translation>
    </message>
    <message>
        <source>Typical windows: retail 180 days, subscriptions 30, seasonal shops 365</source>
        <translation>Finestre tipiche: commercio al dettaglio 180 giorni, abbonamenti 30, negozi stagionali 365</translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation>Inattivo dopo</translation>
    </message>
    <message>
        <source>Only declining</source>
        <translation>Solo in calo</translation>
    </message>
    <message>
        <source>Spent less than half in the last 12 months than in the 12 months before</source>
        <translation>Ha speso meno della metà negli ultimi 12 mesi rispetto ai 12 mesi precedenti</translation>
    </message>
    <message>
        <source>Spending fell by more than half year on year</source>
        <translation>La spesa è calata di oltre la metà rispetto all&apos;anno prima</translation>
    </message>
    <message>
        <source>Customers who have gone quiet, the most to lose first.</source>
        <translation>Clienti che non comprano più, prima quelli che costerebbe di più perdere.</translation>
    </message>
    <message>
        <source>By activity status: Inactive, Lost and Overdue (late for their usual next purchase). The Overview&apos;s figure of customers at risk or inactive counts the At Risk and Can&apos;t Lose Them segments with Inactive and Lost instead, so the two can differ.</source>
        <translation>Per stato di attività: Inattivo, Perso e In ritardo (in ritardo sul loro solito acquisto successivo). La cifra dei clienti a rischio o inattivi della Panoramica conta invece i segmenti A rischio e Da non perdere con Inattivo e Perso, quindi le due possono differire.</translation>
    </message>
    <message>
        <source>, of which &lt;b&gt;%1&lt;/b&gt; is at stake</source>
        <translation>, di cui &lt;b&gt;%1&lt;/b&gt; in gioco</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; customers to win back (%2 declining); together they spent &lt;b&gt;%3&lt;/b&gt;%4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; cliente da riconquistare (%2 in calo); insieme hanno speso &lt;b&gt;%3&lt;/b&gt;%4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; clienti da riconquistare (%2 in calo); insieme hanno speso &lt;b&gt;%3&lt;/b&gt;%4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: %1 days.</source>
        <translation>
            <numerusform>Finestra: %1 giorno.</numerusform>
            <numerusform>Finestra: %1 giorni.</numerusform>
        </translation>
    </message>
</context>
</TS>
