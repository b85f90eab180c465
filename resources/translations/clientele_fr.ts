<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source>Find your best customers, win back the quiet ones, reward loyalty — offline, on your own computer. Nothing leaves this machine.</source>
        <translation>Trouvez vos meilleurs clients, reconquérez ceux qui se font discrets, récompensez la fidélité — hors ligne, sur votre propre ordinateur. Rien ne quitte cette machine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data:&lt;/b&gt; %1 (UCI Machine Learning Repository, data set 352).</source>
        <translation>&lt;b&gt;Données d&apos;exemple :&lt;/b&gt; %1 (UCI Machine Learning Repository, jeu de données 352).</translation>
    </message>
</context>
<context>
    <name>CellFormat</name>
    <message>
        <source>Yes</source>
        <extracomment>Column kinds, decided once per column from its dtype (PERCENT: a share from 0 to 1 by its name). Number kinds: right-aligned, sorted largest first at the first click. Columns holding a share from 0 to 1, shown as a whole percentage (&quot;78%&quot;; definitions §11&apos;s p_alive). the display text of the first rows, by column position, made off the GUI thread with the formatters of ``texts_locale`` (gui.table_model.with_first_texts; empty when not made)</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>Customer</source>
        <extracomment>The columns of the list of a cell&apos;s customers. The headers of the list of a cell&apos;s customers (translated when the page is built).</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Segment alors</translation>
    </message>
    <message>
        <source>Segment now</source>
        <translation>Segment actuel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Dépense totale</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>12 months before the date</source>
        <translation>12 mois avant la date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message numerus="yes">
        <source>%1 days before the reference date</source>
        <extracomment>The &quot;compare with&quot; choice that takes the date picker&apos;s date.</extracomment>
        <translation>
            <numerusform>%1 jour avant la date de référence</numerusform>
            <numerusform>%1 jours avant la date de référence</numerusform>
        </translation>
    </message>
    <message>
        <source>a date of your choice</source>
        <translation>une date de votre choix</translation>
    </message>
    <message>
        <source>Place every customer as they stood on this earlier date, scored with today&apos;s cut points, and see who moved</source>
        <translation>Placer chaque client tel qu&apos;il était à cette date antérieure, noté avec les seuils d&apos;aujourd&apos;hui, et voir qui a changé</translation>
    </message>
    <message>
        <source>The earlier date to compare with (before the reference date)</source>
        <translation>La date antérieure de comparaison (avant la date de référence)</translation>
    </message>
    <message>
        <source>What each cell of the table shows</source>
        <translation>Ce que montre chaque case du tableau</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Cells show</source>
        <translation>Les cases montrent</translation>
    </message>
    <message>
        <source>Rows: the segment on the comparison date; columns: the segment now. Click a cell to list its customers.</source>
        <translation>Lignes : le segment à la date de comparaison ; colonnes : le segment actuel. Cliquez sur une case pour lister ses clients.</translation>
    </message>
    <message>
        <source>to a better segment</source>
        <translation>vers un meilleur segment</translation>
    </message>
    <message>
        <source>to a worse one</source>
        <translation>vers un moins bon</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>restés</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveaux</translation>
    </message>
    <message>
        <source>pale: fewer than %1 customers</source>
        <translation>pâle : moins de %1 clients</translation>
    </message>
    <message>
        <source>Click a cell of the table to list its customers.</source>
        <translation>Cliquez sur une case du tableau pour lister ses clients.</translation>
    </message>
    <message>
        <source>Write an offer for this list</source>
        <translation>Rédiger une offre pour cette liste</translation>
    </message>
    <message>
        <source>Open this path&apos;s list on the Offers page</source>
        <translation>Ouvrir la liste de ce parcours sur la page Offres</translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation>Exporter cette liste…</translation>
    </message>
    <message>
        <source>Open the Export page with only this path&apos;s list ticked</source>
        <translation>Ouvrir la page Export avec seulement la liste de ce parcours cochée</translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation>Où sont allés les clients</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Évolutions</translation>
    </message>
    <message>
        <source>Every customer as they stood on an earlier date, scored with today&apos;s cut points: who moved to a better segment, who slipped, and who is new</source>
        <translation>Chaque client tel qu&apos;il était à une date antérieure, noté avec les seuils d&apos;aujourd&apos;hui : qui est monté, qui a glissé et qui est nouveau</translation>
    </message>
    <message>
        <source>Choose a date to compare with.</source>
        <translation>Choisissez une date de comparaison.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers; they spent %2 in the 12 months before %3</source>
        <translation>
            <numerusform>%1 client ; il a dépensé %2 dans les 12 mois avant le %3</numerusform>
            <numerusform>%1 clients ; ils ont dépensé %2 dans les 12 mois avant le %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, who first bought after %3</source>
        <translation>
            <numerusform>%1 client, qui a acheté pour la première fois après le %3</numerusform>
            <numerusform>%1 clients, qui ont acheté pour la première fois après le %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeLinesDialog</name>
    <message>
        <source>Lines that are charges, not goods — postage, delivery, fees, bank charges, manual adjustments, discounts, test items — count in what customers spent, but are never their &lt;b&gt;favourite product&lt;/b&gt; or category. One name per line, in any language; a product is a charge when its name &lt;b&gt;is&lt;/b&gt; one of these, &lt;b&gt;begins&lt;/b&gt; with one (“Adjustment by john”) or &lt;b&gt;ends&lt;/b&gt; with one (“DOTCOM POSTAGE”). Letter case, accents and punctuation do not matter.</source>
        <extracomment>The words of this module, in the context &quot;ChargeLinesDialog&quot;.</extracomment>
        <translation>Les lignes qui sont des frais et non des marchandises — port, livraison, frais, frais bancaires, ajustements manuels, remises, articles de test — comptent dans ce que les clients ont dépensé, mais ne sont jamais leur &lt;b&gt;produit préféré&lt;/b&gt; ni leur catégorie préférée. Un nom par ligne, dans n&apos;importe quelle langue ; un produit est un frais quand son nom &lt;b&gt;est&lt;/b&gt; l&apos;un de ceux-ci, &lt;b&gt;commence&lt;/b&gt; par l&apos;un d&apos;eux (« Adjustment by john ») ou &lt;b&gt;se termine&lt;/b&gt; par l&apos;un d&apos;eux (« DOTCOM POSTAGE »). Majuscules, accents et ponctuation n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <source>product</source>
        <extracomment>Names of this file shown at most (the rest are counted). The kind of name a charge was found as (ChargeLine.column), in words translated where shown.</extracomment>
        <translation>produit</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>No product or category name of this file is a charge by this list.</source>
        <translation>Aucun nom de produit ou de catégorie de ce fichier n&apos;est un frais selon cette liste.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message numerus="yes">
        <source>In this file, %1 name(s) are charges:</source>
        <translation>
            <numerusform>Dans ce fichier, %1 nom est un frais :</numerusform>
            <numerusform>Dans ce fichier, %1 noms sont des frais :</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>is a</source>
        <translation>est un(e)</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>Charge lines — Clientele</source>
        <translation>Lignes de frais — Clientele</translation>
    </message>
    <message>
        <source>One name per line: postage, carriage, Versand, frais de port…</source>
        <translation>Un nom par ligne : frais de port, livraison, postage, Versand…</translation>
    </message>
    <message>
        <source>Default list</source>
        <translation>Liste par défaut</translation>
    </message>
    <message>
        <source>The standard list in English, German, French, Spanish, Italian and Dutch</source>
        <translation>La liste standard en anglais, allemand, français, espagnol, italien et néerlandais</translation>
    </message>
    <message>
        <source>The product and category names of this file that the list takes as charges</source>
        <translation>Les noms de produits et de catégories de ce fichier que la liste considère comme des frais</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Appliquer et recalculer</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Right-click to save this chart as a PNG picture</source>
        <extracomment>What a chart draws: a function given an empty matplotlib Figure. A chart waiting for its first paint renders after this long at the latest (if never painted). A chart whose placeholder is painted renders this long after (see the module doc). The charts&apos; matplotlib style (rcParams), in force only while a chart is drawn or saved on the chart thread (``matplotlib.rc_context``): matplotlib&apos;s global rcParams are never changed for the rest of the process, and the GUI thread does not write them while the chart thread reads them. The smallest height of a chart, in pixels per inch of its figure&apos;s height (a 3.6-inch chart: 245 px). a PNG was written (its path), after save_png</extracomment>
        <translation>Clic droit pour enregistrer ce graphique en image PNG</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Dessin en cours…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No customers yet</source>
        <translation>Pas encore de clients</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation>Clients et chiffre d&apos;affaires par segment</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Recency score (5 = bought most recently)</source>
        <translation>Note de récence (5 = achat le plus récent)</translation>
    </message>
    <message>
        <source>Frequency score
(5 = most orders)</source>
        <translation>Note de fréquence
(5 = le plus de commandes)</translation>
    </message>
    <message>
        <source>Customers by recency and frequency</source>
        <translation>Clients par récence et fréquence</translation>
    </message>
    <message numerus="yes">
        <source>Inactive after %1 days</source>
        <translation>
            <numerusform>Inactif après %1 jour</numerusform>
            <numerusform>Inactif après %1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost after %1 days</source>
        <translation>
            <numerusform>Perdu après %1 jour</numerusform>
            <numerusform>Perdu après %1 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <source>How long since customers last bought</source>
        <translation>Depuis quand les clients n&apos;ont pas acheté</translation>
    </message>
    <message>
        <source>Revenue and customers per day</source>
        <extracomment>Per period: the bar width in days, the chart&apos;s title, the date format of the x axis.</extracomment>
        <translation>Chiffre d&apos;affaires et clients par jour</translation>
    </message>
    <message>
        <source>Revenue and customers per week</source>
        <translation>Chiffre d&apos;affaires et clients par semaine</translation>
    </message>
    <message>
        <source>Revenue and customers per month</source>
        <translation>Chiffre d&apos;affaires et clients par mois</translation>
    </message>
    <message>
        <source>No purchases</source>
        <extracomment>A month&apos;s number in a date format, for its name to be put in after strftime (&quot;%b&quot; is always English).</extracomment>
        <translation>Aucun achat</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Clients ayant acheté</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Clients par niveau</translation>
    </message>
    <message>
        <source>No check</source>
        <translation>Pas de vérification</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Repeat purchase days before the last quarter</source>
        <translation>Jours d&apos;achat répétés avant le dernier trimestre</translation>
    </message>
    <message>
        <source>Purchase days in the last quarter</source>
        <translation>Jours d&apos;achat du dernier trimestre</translation>
    </message>
    <message>
        <source>Predicted and actual purchase days</source>
        <translation>Jours d&apos;achat prévus et réels</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <extracomment>The colour of the &quot;(new)&quot; block and its bands: customers who first bought after the comparison date. A block smaller than this share of all customers gets no label (its neighbours&apos; would overlap). Narrower than this (logical pixels), a chart&apos;s titles write their dates in figures. The labels&apos; font size (points). The share of the chart&apos;s width the bands keep at least, however long the labels. The space beside each bar (in the units of the bars&apos; distance, 1) at least, and with counts only. The gap between two blocks of a bar, as a share of all customers. How a block&apos;s name is shown (the shop&apos;s language: core&apos;s Words.name); a name left out shows as it is.</extracomment>
        <translation>Pas encore de comparaison</translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation>Où sont allés les clients</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Ligne du fichier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The facts listed, in order: (label, the customer-table column(s) holding it: the first filled).</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Dépense totale</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Premier achat</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>Recency</source>
        <extracomment>A name longer than this is shown cut short (&quot;…&quot;), the full name in the tooltip. A line may break inside a run of more characters than this without a space (a title&apos;s, a text&apos;s): after &quot;@&quot;, &quot;.&quot;, &quot;_&quot; or &quot;/&quot; (an e-mail address, a file name), and else every so many characters. Shorter words wrap whole, as words do, and are shown (and copied) as they are. (The labels wrap at spaces and hyphens only: a 300-character name or product, too wide to wrap, made the pane scroll sideways.) ... and a fact&apos;s value other than the e-mail address (left whole, however long: copied, it still works) A zero-width space: where a line may break, seen as nothing. Facts that are money (shown in the shop&apos;s currency), by column.</extracomment>
        <translation>Récence</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>En baisse</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <source>Select a customer to see the details.</source>
        <translation>Sélectionnez un client pour voir le détail.</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Historique d&apos;achats</translation>
    </message>
    <message>
        <source>No customer matches these filters.</source>
        <translation>Aucun client ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>Spent less than nothing in this file (%1): the returns outweigh the purchases, usually returns of purchases made before the file starts. The segment comes from how recently and how often they bought.</source>
        <translation>Moins que rien dépensé dans ce fichier (%1) : les retours dépassent les achats, en général des retours d&apos;achats faits avant le début du fichier. Le segment vient de la récence et de la fréquence des achats.</translation>
    </message>
    <message>
        <source>Why these labels?</source>
        <translation>Pourquoi ces étiquettes ?</translation>
    </message>
    <message>
        <source>no purchases (prospect)</source>
        <translation>aucun achat (prospect)</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <source>E-mail opens</source>
        <translation>Ouvertures d&apos;e-mails</translation>
    </message>
    <message>
        <source>E-mail clicks</source>
        <translation>Clics dans les e-mails</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Contacts au service client</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Premier achat</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <source>Days since first</source>
        <translation>Jours depuis le premier achat</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>Jours d&apos;achat</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Dépense totale</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Écart habituel (jours)</translation>
    </message>
    <message>
        <source>Late by (× usual gap)</source>
        <translation>En retard de (× écart habituel)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>12 months before</source>
        <translation>12 mois précédents</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Catégorie préférée</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Produit préféré</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>En baisse</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Tier points</source>
        <translation>Points de fidélité</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Niveau suivant</translation>
    </message>
    <message>
        <source>To next tier</source>
        <translation>Jusqu&apos;au niveau suivant</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Segment alors</translation>
    </message>
    <message>
        <source>Next birthday</source>
        <translation>Prochain anniversaire</translation>
    </message>
    <message>
        <source>Next anniversary</source>
        <translation>Prochaine date anniversaire</translation>
    </message>
    <message>
        <source>Years with you</source>
        <translation>Années chez vous</translation>
    </message>
    <message>
        <source>Product due</source>
        <translation>Produit à racheter</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>À racheter le</translation>
    </message>
    <message>
        <source>Close to next tier</source>
        <extracomment>The scores&apos; headings: their letters in every language (the tooltips say what they mean). Columns the filters name that the table does not show as such.</extracomment>
        <translation>Proche du niveau suivant</translation>
    </message>
    <message>
        <source>Find a customer by id, name, e-mail or phone (Ctrl+F)</source>
        <extracomment>Range filters shown only when their column has values (the predictions may be empty). The colour of the line that says why the predictions are empty. the file&apos;s product and category names with their rows (for the charge-lines editor) Names offered for &quot;bought …&quot; (the most bought first; any other can be typed). the rows the current filter keeps are shown (and the count and the description say so)</extracomment>
        <translation>Chercher un client par numéro, nom, e-mail ou téléphone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Your own lists: pick one to see who is on it now and its filters</source>
        <translation>Vos propres listes : choisissez-en une pour voir qui y figure maintenant et ses filtres</translation>
    </message>
    <message>
        <source>Save as list…</source>
        <translation>Enregistrer comme liste…</translation>
    </message>
    <message>
        <source>Keep these filters as a list of your own: it is worked out again on every import, and you can give it an offer and mail it like any other list</source>
        <translation>Garder ces filtres comme une liste à vous : elle est recalculée à chaque import, et vous pouvez lui donner une offre et lui écrire comme à toute autre liste</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>À partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Start a list of who bought a category or a product lately, or who bought it before but not lately; pick the name, the days, then Save as list…</source>
        <translation>Commencer une liste de ceux qui ont acheté une catégorie ou un produit récemment, ou avant mais pas récemment ; choisissez le nom, les jours, puis Enregistrer comme liste…</translation>
    </message>
    <message>
        <source>Charge lines…</source>
        <translation>Lignes de frais…</translation>
    </message>
    <message>
        <source>Postage, fees, adjustments and the like count in what customers spent, but are never their favourite product: edit that list</source>
        <translation>Port, frais, ajustements et autres comptent dans ce que les clients ont dépensé, mais ne sont jamais leur produit préféré : modifier cette liste</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Quelle est la fiabilité des prévisions ?</translation>
    </message>
    <message>
        <source>The predictions tried out on the last quarter of your history</source>
        <translation>Les prévisions mises à l&apos;épreuve sur le dernier quart de votre historique</translation>
    </message>
    <message>
        <source>Your lists:</source>
        <translation>Vos listes :</translation>
    </message>
    <message>
        <source>No predictions were made.</source>
        <translation>Aucune prévision n&apos;a été faite.</translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation>Prévisions :</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(aucune choisie)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 customers</source>
        <translation>
            <numerusform>%1 client affiché sur %2</numerusform>
            <numerusform>%1 clients affichés sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 client</numerusform>
            <numerusform>%1 clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source>Save as list</source>
        <translation>Enregistrer comme liste</translation>
    </message>
    <message>
        <source>Name of the list (as you will see it on the Offers and Export pages):</source>
        <translation>Nom de la liste (tel que vous le verrez sur les pages Offres et Export) :</translation>
    </message>
    <message>
        <source>You already have a list called &quot;%1&quot;. Replace its filters with these?</source>
        <translation>Vous avez déjà une liste appelée « %1 ». Remplacer ses filtres par ceux-ci ?</translation>
    </message>
    <message>
        <source>Give the list a name.</source>
        <translation>Donnez un nom à la liste.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; keep it to %2.</source>
        <translation>Le nom fait %1 caractères ; limitez-le à %2.</translation>
    </message>
    <message>
        <source>An arrow names a move between two segments (the Changes page). Choose a name without → or -&gt;.</source>
        <translation>Une flèche désigne un passage entre deux segments (page Évolutions). Choisissez un nom sans → ni -&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names a list (%2). Choose another name, so that every list keeps its own.</source>
        <translation>« %1 » est déjà le nom d&apos;une liste (%2). Choisissez un autre nom, pour que chaque liste garde le sien.</translation>
    </message>
    <message>
        <source>Delete your list &quot;%1&quot;? The customers stay; only the list goes.</source>
        <translation>Supprimer votre liste « %1 » ? Les clients restent ; seule la liste disparaît.</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Copy selected rows</source>
        <extracomment>How many of a column&apos;s longest sampled texts fit_columns measures (a wider glyph mix can make a slightly shorter text wider, so not just the longest one). A label column (names with their colour) is sized to its whole names up to this width, whatever ``fit_columns``&apos; max_width (beyond it, a name is cut short and its tooltip says it whole).</extracomment>
        <translation>Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>DetectabilityBox</name>
    <message>
        <source>Tick a list to see what its control group could show.</source>
        <extracomment>Shown while no list is ticked.</extracomment>
        <translation>Cochez une liste pour voir ce que son groupe témoin pourrait montrer.</translation>
    </message>
    <message>
        <source>What the control groups can show</source>
        <extracomment>How long after the last change the sentences are worked out again.</extracomment>
        <translation>Ce que les groupes témoins peuvent montrer</translation>
    </message>
    <message>
        <source>Per ticked list: the smallest uplift the results could show with this control share, so that you can choose the control group&apos;s size knowingly</source>
        <translation>Par liste cochée : le plus petit gain que les résultats pourraient montrer avec cette part témoin, pour choisir la taille du groupe témoin en connaissance de cause</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Which date order?</source>
        <extracomment>The words of this module, in the context &quot;ErrorDialogs&quot;.</extracomment>
        <translation>Quel ordre de date ?</translation>
    </message>
    <message>
        <source>This file cannot be used as it is</source>
        <translation>Ce fichier ne peut pas être utilisé tel quel</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Le fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>A setting cannot be used</source>
        <translation>Un réglage ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Open the file again and choose day-first or month-first when asked.</source>
        <translation>Ouvrez de nouveau le fichier et choisissez jour d&apos;abord ou mois d&apos;abord quand la question est posée.</translation>
    </message>
    <message>
        <source>Open the file again (File ▸ Open) and check the columns chosen in the column mapping.</source>
        <translation>Ouvrez à nouveau le fichier (Fichier ▸ Ouvrir) et vérifiez les colonnes choisies dans la correspondance des colonnes.</translation>
    </message>
    <message>
        <source>Open the file again (File ▸ Open) and choose the column for “%1” in the column mapping.</source>
        <translation>Ouvrez à nouveau le fichier (Fichier ▸ Ouvrir) et choisissez la colonne pour « %1 » dans la correspondance des colonnes.</translation>
    </message>
    <message>
        <source>Clientele ran into a problem it did not expect (%1). Your data and files are unchanged. Try the last step again; if it keeps happening, send the log file to support.</source>
        <translation>Clientele a rencontré un problème inattendu (%1). Vos données et vos fichiers sont inchangés. Réessayez la dernière étape ; si cela se reproduit, envoyez le fichier journal à l&apos;assistance.</translation>
    </message>
    <message>
        <source>The details were saved to %1.</source>
        <translation>Les détails ont été enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Tick the groups to mail. A customer in several ticked lists is mailed once.</source>
        <translation>Cochez les groupes à contacter. Un client présent dans plusieurs listes cochées n&apos;est contacté qu&apos;une fois.</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Lists to mail</source>
        <translation>Listes à contacter</translation>
    </message>
    <message>
        <source>Excel workbook (a sheet per list)</source>
        <translation>Classeur Excel (une feuille par liste)</translation>
    </message>
    <message>
        <source>One sheet per list, each customer with their own message and coupon</source>
        <translation>Une feuille par liste, chaque client avec son propre message et son code</translation>
    </message>
    <message>
        <source>How the lists reach the customers: an e-mail list, a phone list for text messages, or a postal list with addresses. Each leaves out, with the reason, those it cannot reach.</source>
        <translation>Comment les listes atteignent les clients : une liste d&apos;e-mails, une liste de téléphones pour les SMS ou une liste postale avec adresses. Chacune écarte, avec la raison, ceux qu&apos;elle ne peut pas joindre.</translation>
    </message>
    <message>
        <source>Also one CSV file per list, ready to upload to Mailchimp, Brevo and similar tools</source>
        <translation>Aussi un fichier CSV par liste, prêt à importer dans Mailchimp, Brevo et outils semblables</translation>
    </message>
    <message>
        <source>Next to the workbook</source>
        <translation>À côté du classeur</translation>
    </message>
    <message>
        <source>The folder for the CSV files (empty: next to the workbook)</source>
        <translation>Le dossier des fichiers CSV (vide : à côté du classeur)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>A random share of each list is NOT mailed, so that you can later see whether the offer worked</source>
        <translation>Une part tirée au hasard de chaque liste ne reçoit PAS le message, pour que vous puissiez voir ensuite si l&apos;offre a marché</translation>
    </message>
    <message>
        <source>Where to save the mailing workbook (.xlsx)</source>
        <translation>Où enregistrer le classeur d&apos;envoi (.xlsx)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>CSV folder</source>
        <translation>Dossier CSV</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Groupe témoin</translation>
    </message>
    <message>
        <source>It can show</source>
        <translation>Ce qu&apos;il peut montrer</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Export mailing list</source>
        <translation>Exporter la liste d&apos;envoi</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>A summary of what was written, and who was left out and why, appears here.</source>
        <translation>Un résumé de ce qui a été écrit, et de qui a été écarté et pourquoi, apparaît ici.</translation>
    </message>
    <message>
        <source>Per list: who was mailed, kept as control group, or left out and why</source>
        <translation>Par liste : qui a été contacté, gardé comme groupe témoin, ou écarté et pourquoi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>%1 — %2 can be reached</source>
        <translation>%1 — %2 joignables</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>Save mailing list</source>
        <translation>Enregistrer la liste d&apos;envoi</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The offer &quot;%1&quot; (%2) has a problem: </source>
        <translation>L&apos;offre « %1 » (%2) a un problème : </translation>
    </message>
    <message>
        <source>Fix it on the Offers page, then export again.</source>
        <translation>Corrigez-la sur la page Offres, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>The files changed since they were opened</source>
        <translation>Les fichiers ont changé depuis leur ouverture</translation>
    </message>
    <message>
        <source>%1 changed after Clientele read it, so opt-outs written into it since would not be seen, and nothing was written. Open the purchases file again (File ▸ Open), with its customers file, to read them as they are now, then export.</source>
        <translation>%1 a changé après que Clientele l’a lu : les désinscriptions ajoutées depuis ne seraient pas vues, et rien n’a été écrit. Ouvrez à nouveau le fichier des achats (Fichier ▸ Ouvrir), avec son fichier clients, pour les lire tels qu’ils sont maintenant, puis exportez.</translation>
    </message>
    <message>
        <source>Export without consent information?</source>
        <translation>Exporter sans information de consentement ?</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Export arrêté ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The mailing list of %1 was written to %2 (another file is open now).</source>
        <translation>La liste d&apos;envoi de %1 a été écrite dans %2 (un autre fichier est ouvert maintenant).</translation>
    </message>
</context>
<context>
    <name>ExportTargets</name>
    <message numerus="yes">
        <source>… and %1 more</source>
        <translation>
            <numerusform>… et %1 autre</numerusform>
            <numerusform>… et %1 autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>Remplacer les fichiers existants ?</translation>
    </message>
    <message numerus="yes">
        <source>These files exist already and would be replaced:
%1

Replace them? (Choose No to pick another name.)</source>
        <translation>
            <numerusform>Ce fichier existe déjà et serait remplacé :
%1

Le remplacer ? (Choisissez Non pour choisir un autre nom.)</numerusform>
            <numerusform>Ces fichiers existent déjà et seraient remplacés :
%1

Les remplacer ? (Choisissez Non pour choisir un autre nom.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create the folder?</source>
        <translation>
            <numerusform>Créer le dossier ?</numerusform>
            <numerusform>Créer les dossiers ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These folders do not exist yet:
%1

Create them?</source>
        <translation>
            <numerusform>Ce dossier n&apos;existe pas encore :
%1

Le créer ?</numerusform>
            <numerusform>Ces dossiers n&apos;existent pas encore :
%1

Les créer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder could not be created</source>
        <translation>Le dossier n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>%1 looks open in Excel or LibreOffice: close it there first, or that program may later save its old copy over the new one.</source>
        <translation>%1 semble ouvert dans Excel ou LibreOffice : fermez-le d'abord, sinon ce programme risque d'enregistrer plus tard son ancienne copie par-dessus la nouvelle.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation>%1 est un fichier, pas un dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1: %2. Choose another folder.</source>
        <translation>%1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The file is not there</source>
        <translation>Le fichier n&apos;est pas là</translation>
    </message>
    <message>
        <source>%1 is not there any more (moved or deleted?). Export again to write it.</source>
        <translation>%1 n&apos;est plus là (déplacé ou supprimé ?). Exportez de nouveau pour l&apos;écrire.</translation>
    </message>
    <message>
        <source>Clientele could not open the folder %1. Open it in your file manager.</source>
        <translation>Clientele n&apos;a pas pu ouvrir le dossier %1. Ouvrez-le dans votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files, so Clientele cannot open %2. Install a spreadsheet program (LibreOffice Calc is free), or use “Show in folder”. The file is at %3.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre les fichiers %1 : Clientele ne peut donc pas ouvrir %2. Installez un tableur (LibreOffice Calc est gratuit) ou utilisez « Afficher dans le dossier ». Le fichier se trouve ici : %3.</translation>
    </message>
    <message>
        <source>Nothing opens this file</source>
        <translation>Rien n&apos;ouvre ce fichier</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Customers who opted out are never included; everyone left out is listed with the reason.</source>
        <translation>Les clients désinscrits ne sont jamais inclus ; chaque personne écartée est listée avec la raison.</translation>
    </message>
    <message>
        <source>Everyone left out is listed with the reason. &lt;b&gt;No consent information was found&lt;/b&gt;, so Clientele cannot leave out customers who opted out.</source>
        <translation>Chaque personne écartée est listée avec la raison. &lt;b&gt;Aucune information de consentement n&apos;a été trouvée&lt;/b&gt; : Clientele ne peut donc pas écarter les clients désinscrits.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent information.&lt;/b&gt; Neither the purchases file nor a customers file has a consent or opt-out column, so everyone with an e-mail address would be mailed, including customers who unsubscribed. Add the customers file with their consent (File → Change columns and re-import…, “Customer file” box) before you export.</source>
        <translation>&lt;b&gt;Aucune information de consentement.&lt;/b&gt; Ni le fichier des achats ni un fichier clients n&apos;a de colonne de consentement ou de désinscription : tous ceux qui ont une adresse e-mail recevraient le message, y compris les clients désinscrits. Ajoutez le fichier clients avec leur consentement (Fichier → Changer les colonnes et réimporter…, cadre « Fichier clients ») avant d&apos;exporter.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The channel choices, in the order shown.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message (a phone list)</source>
        <translation>SMS (une liste de téléphones)</translation>
    </message>
    <message>
        <source>Post (a postal list)</source>
        <translation>Courrier (une liste postale)</translation>
    </message>
    <message>
        <source>CSV per list for e-mail tools</source>
        <extracomment>What the CSV files are for, per channel.</extracomment>
        <translation>CSV par liste pour les outils d&apos;e-mailing</translation>
    </message>
    <message>
        <source>CSV per list for text-message tools</source>
        <translation>CSV par liste pour les outils SMS</translation>
    </message>
    <message>
        <source>CSV per list for a mail merge or labels</source>
        <translation>CSV par liste pour un publipostage ou des étiquettes</translation>
    </message>
    <message>
        <source>&lt;b&gt;No shop name yet:&lt;/b&gt; the messages say “our shop”. Type your shop&apos;s name on the Offers page (Your shop).</source>
        <translation>&lt;b&gt;Pas encore de nom de boutique :&lt;/b&gt; les messages disent « notre boutique ». Saisissez le nom de votre boutique sur la page Offres (Votre boutique).</translation>
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
        <translation>courrier</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>une adresse e-mail</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <source>a postal address</source>
        <translation>une adresse postale</translation>
    </message>
    <message>
        <source>%1 reaches %2</source>
        <translation>%1 en atteint %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can be e-mailed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personne ne peut recevoir d&apos;e-mail :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this file has no e-mail addresses.</source>
        <translation>ce fichier n&apos;a pas d&apos;adresses e-mail.</translation>
    </message>
    <message>
        <source>no customer has an e-mail address they may be mailed at.</source>
        <translation>aucun client n&apos;a d&apos;adresse e-mail où il peut être contacté.</translation>
    </message>
    <message>
        <source>Add a customers file with e-mail addresses (File → Change columns and re-import…, “Customer file” box)</source>
        <translation>Ajoutez un fichier clients avec des adresses e-mail (Fichier → Changer les colonnes et réimporter…, cadre « Fichier clients »)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can be reached by %1:&lt;/b&gt; no customer has %2 they may be contacted at.</source>
        <translation>&lt;b&gt;Personne n&apos;est joignable par %1 :&lt;/b&gt; aucun client n&apos;a %2 où il peut être contacté.</translation>
    </message>
    <message>
        <source>Add a customers file with these details (File → Change columns and re-import…)</source>
        <translation>Ajoutez un fichier clients avec ces informations (Fichier → Changer les colonnes et réimporter…)</translation>
    </message>
    <message>
        <source>But %1: choose that channel under How. Or: %2.</source>
        <translation>Mais %1 : choisissez ce canal sous Comment. Ou : %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>The files have no usable e-mail address, phone number or postal address either. %1.</source>
        <translation>Les fichiers n&apos;ont pas non plus d&apos;adresse e-mail, de numéro de téléphone ou d&apos;adresse postale utilisable. %1.</translation>
    </message>
    <message>
        <source>The last export of this analysis knew who agreed to e-mails, but this one has no consent information at all (was the customers file removed, or its consent column?). Without it, everyone with an e-mail address is mailed, including customers who opted out.

Export anyway?</source>
        <translation>Le dernier export de cette analyse savait qui avait accepté les e-mails, mais celui-ci n&apos;a aucune information de consentement (le fichier clients a-t-il été retiré, ou sa colonne de consentement ?). Sans elle, tous ceux qui ont une adresse e-mail reçoivent le message, y compris les clients désinscrits.

Exporter quand même ?</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Contactés</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Groupe témoin</translation>
    </message>
    <message>
        <source>Left out (why)</source>
        <translation>Écartés (pourquoi)</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>e.g. &gt;= 100, 10-20, empty</source>
        <extracomment>What the free-text box suggests, per kind of column (the words typed are core&apos;s, parse_condition).</extracomment>
        <translation>p. ex. &gt;= 100, 10-20, vide</translation>
    </message>
    <message>
        <source>e.g. after 2024-06-01, 2024-01-01 to 2024-06-30</source>
        <translation>p. ex. après 2024-06-01, 2024-01-01 au 2024-06-30</translation>
    </message>
    <message>
        <source>e.g. Berlin, = Berlin, not Berlin, empty</source>
        <translation>p. ex. Berlin, = Berlin, pas Berlin, vide</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>au cours des derniers</translation>
    </message>
    <message>
        <source>before, but not in the last</source>
        <translation>avant, mais pas au cours des derniers</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>Bought a category in the last N days</source>
        <extracomment>The list templates&apos; names, per field and when (the Customers page&apos;s &quot;From a template&quot; menu).</extracomment>
        <translation>A acheté une catégorie au cours des N derniers jours</translation>
    </message>
    <message>
        <source>Bought a category before, but not in the last N days</source>
        <translation>A acheté une catégorie avant, mais pas au cours des N derniers jours</translation>
    </message>
    <message>
        <source>Bought a product in the last N days</source>
        <translation>A acheté un produit au cours des N derniers jours</translation>
    </message>
    <message>
        <source>Bought a product before, but not in the last N days</source>
        <translation>A acheté un produit avant, mais pas au cours des N derniers jours</translation>
    </message>
    <message>
        <source>%1: show only the customers with this one</source>
        <translation>%1 : n&apos;afficher que les clients avec cette valeur</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>%1: from this value (leave empty for no limit)</source>
        <translation>%1 : à partir de cette valeur (laisser vide pour aucune limite)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>%1: up to this value (leave empty for no limit)</source>
        <translation>%1 : jusqu&apos;à cette valeur (laisser vide pour aucune limite)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Any column of the customer table, also ones your files add</source>
        <translation>N&apos;importe quelle colonne du tableau des clients, y compris celles de vos fichiers</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Et aussi :</translation>
    </message>
    <message>
        <source>any name, or none</source>
        <translation>n&apos;importe quel nom, ou aucun</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Customers who bought it in the last N days, or who bought it before but not lately</source>
        <translation>Les clients qui l&apos;ont acheté au cours des N derniers jours, ou avant mais pas récemment</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>A acheté</translation>
    </message>
    <message>
        <source>Any</source>
        <extracomment>conditions of a saved filter that no control shows (kept and applied until cleared)</extracomment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Segment</source>
        <extracomment>Columns offered as pick-one filters when present (label shown in the filter bar).</extracomment>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Catégorie préférée</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Produit préféré</translation>
    </message>
    <message>
        <source>Spent</source>
        <extracomment>Columns offered as from–to ranges.</extracomment>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <source>Still a customer %</source>
        <translation>Toujours client %</translation>
    </message>
    <message>
        <source>Spend next year</source>
        <translation>Dépense l&apos;an prochain</translation>
    </message>
    <message>
        <source>Declining</source>
        <extracomment>Columns filtered as the table shows them: a 0–1 share as a whole percentage (78 for 0.7812). Yes/no columns offered as boxes to tick (close to the next tier is not a column: core reads it).</extracomment>
        <translation>En baisse</translation>
    </message>
    <message>
        <source>Close to next tier</source>
        <translation>Proche du niveau suivant</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Clientele guide</source>
        <translation>Guide de Clientele</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Reading %1…</source>
        <extracomment>The words of this module, in the context &quot;ImportFlow&quot;. emitted just before the first look at a file is read (the job&apos;s progress starts) emitted just before the import; True when it follows a first look (the job&apos;s progress goes on)</extracomment>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Which date order?</source>
        <translation>Quel ordre de date ?</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways (for example %1).</source>
        <translation>Les dates de ce fichier peuvent se lire de deux façons (par exemple %1).</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways.</source>
        <translation>Les dates de ce fichier peuvent se lire de deux façons.</translation>
    </message>
    <message>
        <source>No date in the file settles it. How does your shop software write 3 April 2024: day first or month first?</source>
        <translation>Aucune date du fichier ne permet de trancher. Comment votre logiciel de boutique écrit-il le 3 avril 2024 : jour d&apos;abord ou mois d&apos;abord ?</translation>
    </message>
    <message>
        <source>Day first: 03/04/2024</source>
        <translation>Jour d&apos;abord : 03/04/2024</translation>
    </message>
    <message>
        <source>Month first: 04/03/2024</source>
        <translation>Mois d&apos;abord : 04/03/2024</translation>
    </message>
    <message>
        <source>Which currency?</source>
        <translation>Quelle devise ?</translation>
    </message>
    <message>
        <source>The amounts in this file are in more than one currency. Clientele never converts money, so it can use the rows of one currency only.</source>
        <translation>Les montants de ce fichier sont dans plusieurs devises. Clientele ne convertit jamais l&apos;argent : il ne peut donc utiliser que les lignes d&apos;une seule devise.</translation>
    </message>
    <message>
        <source>Keep the rows of which currency? The others are set aside and counted in the import report.</source>
        <translation>Garder les lignes de quelle devise ? Les autres sont écartées et comptées dans le rapport d&apos;import.</translation>
    </message>
    <message numerus="yes">
        <source>Keep %1 (%Ln row(s))</source>
        <translation>
            <numerusform>Garder %1 (%Ln ligne)</numerusform>
            <numerusform>Garder %1 (%Ln lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Customer id</source>
        <translation>N° client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <source>Is return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Ligne du fichier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent information:&lt;/b&gt; no consent or opt-out column was found, so Clientele cannot tell who agreed to e-mails and would mail everyone with an e-mail address. Add the customers file with their consent (File → Change columns and re-import…, “Customer file” box).</source>
        <translation>&lt;b&gt;Aucune information de consentement :&lt;/b&gt; aucune colonne de consentement ou de désinscription n&apos;a été trouvée ; Clientele ne peut donc pas savoir qui a accepté les e-mails et écrirait à tous ceux qui ont une adresse. Ajoutez le fichier clients avec leur consentement (Fichier → Changer les colonnes et réimporter…, case « Fichier clients »).</translation>
    </message>
    <message>
        <source>Consent from %1: %2</source>
        <translation>Consentement issu de %1 : %2</translation>
    </message>
    <message>
        <source>Text-message consent from %1: %2 (for text messages only)</source>
        <translation>Consentement aux SMS de %1 : %2 (pour les SMS seulement)</translation>
    </message>
    <message>
        <source>kept &lt;b&gt;%1&lt;/b&gt; of %2 rows</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lignes gardées sur %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; set aside (reasons below)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; écartées (raisons ci-dessous)</translation>
    </message>
    <message numerus="yes">
        <source>%1 returns or cancellations</source>
        <translation>
            <numerusform>%1 retour ou annulation</numerusform>
            <numerusform>%1 retours ou annulations</numerusform>
        </translation>
    </message>
    <message>
        <source>purchases from %1 to %2</source>
        <translation>achats du %1 au %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers, %2 orders</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; clients, %2 commandes</translation>
    </message>
    <message>
        <source>Columns used</source>
        <translation>Colonnes utilisées</translation>
    </message>
    <message>
        <source>Clientele reads</source>
        <translation>Clientele lit</translation>
    </message>
    <message>
        <source>from the column</source>
        <translation>dans la colonne</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvée</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>Lignes écartées</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Par exemple</translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices for this file are back, as you left them (Clientele keeps them for each file).</source>
        <translation>Vos réglages, niveaux, offres et choix d&apos;export pour ce fichier sont de retour, tels que vous les aviez laissés (Clientele les garde pour chaque fichier).</translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices of &lt;b&gt;%1&lt;/b&gt; are used: it has the same columns, so this looks like a newer export of the same shop.</source>
        <translation>Vos réglages, niveaux, offres et choix d&apos;export de &lt;b&gt;%1&lt;/b&gt; sont repris : il a les mêmes colonnes, c&apos;est sans doute un export plus récent de la même boutique.</translation>
    </message>
    <message>
        <source>How the file&apos;s customers and revenue add up to what the other pages count</source>
        <extracomment>the owner asked for the default settings instead of the ones kept for this file</extracomment>
        <translation>Comment les clients et le chiffre d&apos;affaires du fichier aboutissent à ce que comptent les autres pages</translation>
    </message>
    <message>
        <source>Start from the defaults</source>
        <translation>Repartir des réglages par défaut</translation>
    </message>
    <message>
        <source>Use the standard settings, tiers and offers for this file instead</source>
        <translation>Utiliser plutôt les réglages, niveaux et offres standard pour ce fichier</translation>
    </message>
    <message>
        <source>What was read, kept and set aside — and why</source>
        <translation>Ce qui a été lu, gardé et écarté — et pourquoi</translation>
    </message>
    <message>
        <source>The first rows as Clientele understood them</source>
        <translation>Les premières lignes telles que Clientele les a comprises</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>See your customers →</source>
        <translation>Voir vos clients →</translation>
    </message>
    <message>
        <source>Go to the overview: segments, who has gone quiet, loyalty tiers</source>
        <translation>Aller à la vue d&apos;ensemble : segments, clients silencieux, niveaux de fidélité</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, feuille « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 rows</source>
        <translation>
            <numerusform>%1 ligne importée</numerusform>
            <numerusform>%1 lignes importées</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>The purchases file</source>
        <translation>Le fichier des achats</translation>
    </message>
    <message>
        <source>The customers file</source>
        <translation>Le fichier clients</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;First %1 rows&lt;/b&gt; as Clientele reads them</source>
        <translation>
            <numerusform>&lt;b&gt;Première ligne&lt;/b&gt; telle que Clientele la lit</numerusform>
            <numerusform>&lt;b&gt;%1 premières lignes&lt;/b&gt; telles que Clientele les lit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The objectName every translator installed here carries (so a new install replaces them). The application property naming the installed language&apos;s code.</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Applies when Clientele starts again</source>
        <translation>S&apos;applique au prochain démarrage de Clientele</translation>
    </message>
</context>
<context>
    <name>MailingListItems</name>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 client</numerusform>
            <numerusform>%1 clients</numerusform>
        </translation>
    </message>
    <message>
        <source>your own list (Customers page), worked out again on every import</source>
        <translation>votre propre liste (page Clients), recalculée à chaque import</translation>
    </message>
    <message>
        <source>customers who first bought after the comparison date and are %2 now (the Changes page)</source>
        <translation>clients qui ont acheté pour la première fois après la date de comparaison et sont maintenant %2 (page Évolutions)</translation>
    </message>
    <message>
        <source>customers who were %1 on the comparison date and are %2 now (the Changes page)</source>
        <translation>clients qui étaient %1 à la date de comparaison et sont maintenant %2 (page Évolutions)</translation>
    </message>
    <message>
        <source>Customers whose spend is within reach of their next loyalty tier</source>
        <translation>Clients dont les achats sont proches de leur prochain niveau de fidélité</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Detailed log on</source>
        <extracomment>An import that ended before every page was built: shown once they are (one per turn).</extracomment>
        <translation>Journal détaillé activé</translation>
    </message>
    <message>
        <source>Detailed log off</source>
        <translation>Journal détaillé désactivé</translation>
    </message>
    <message>
        <source>Clientele will speak %1 when you start it again.</source>
        <translation>Clientele parlera %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Open purchases file</source>
        <translation>Ouvrir un fichier d&apos;achats</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You changed settings or offers since the project file “%1” was saved. Save them to it? (Clientele keeps them for this purchases file either way.)</source>
        <translation>Vous avez modifié des réglages ou des offres depuis l&apos;enregistrement du projet « %1 ». Les y enregistrer ? (Clientele les garde de toute façon pour ce fichier d&apos;achats.)</translation>
    </message>
    <message>
        <source>An export is being written</source>
        <translation>Un export est en cours d&apos;écriture</translation>
    </message>
    <message>
        <source>Clientele is writing a mailing list. Quit anyway? The export stops and writes nothing: no file is changed and no campaign is recorded.</source>
        <translation>Clientele écrit une liste d&apos;envoi. Quitter quand même ? L&apos;export s&apos;arrête sans rien écrire : aucun fichier n&apos;est modifié et aucune campagne n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>À propos de Clientele</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(not used)</source>
        <extracomment>The choice for a column that means nothing to Clientele (translated where shown).</extracomment>
        <translation>(non utilisée)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>The sheet that holds the purchases (Clientele picked the one that looks like it)</source>
        <translation>La feuille qui contient les achats (Clientele a choisi celle qui y ressemble)</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Colonne de votre fichier</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Signifie</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>How it was recognised</source>
        <translation>Comment elle a été reconnue</translation>
    </message>
    <message>
        <source>Change what a column means if Clientele guessed wrong</source>
        <translation>Changez la signification d&apos;une colonne si Clientele s&apos;est trompé</translation>
    </message>
    <message>
        <source>The first rows of the file, as read</source>
        <translation>Les premières lignes du fichier, telles que lues</translation>
    </message>
    <message>
        <source>Optional: a file of customer details (names, e-mails, consent…)</source>
        <translation>Facultatif : un fichier d&apos;informations clients (noms, e-mails, consentement…)</translation>
    </message>
    <message>
        <source>The customers file stays with the analysis (its consent answers too) until you clear this box</source>
        <translation>Le fichier clients reste avec l&apos;analyse (ses réponses de consentement aussi) jusqu&apos;à ce que vous vidiez ce champ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Customer file:</source>
        <translation>Fichier clients :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;%1&lt;/b&gt; export.</source>
        <translation>Reconnu : export &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Check what each column means, then press Import.</source>
        <translation>Vérifiez ce que signifie chaque colonne, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <source>Using the choices you made last time for a file with these columns.</source>
        <translation>Les choix que vous avez faits la dernière fois pour un fichier avec ces colonnes sont repris.</translation>
    </message>
    <message>
        <source>also read for consent: an opt-out in any consent column wins</source>
        <translation>lue aussi pour le consentement : une désinscription dans n&apos;importe quelle colonne de consentement l&apos;emporte</translation>
    </message>
    <message>
        <source>which column holds the purchase date</source>
        <translation>quelle colonne contient la date d&apos;achat</translation>
    </message>
    <message>
        <source>which column says who the customer is (customer number or e-mail)</source>
        <translation>quelle colonne indique qui est le client (numéro client ou e-mail)</translation>
    </message>
    <message>
        <source>which column holds the amount (or quantity and unit price)</source>
        <translation>quelle colonne contient le montant (ou la quantité et le prix unitaire)</translation>
    </message>
    <message>
        <source>Please choose %1.</source>
        <translation>Veuillez choisir %1.</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, a device or a pipe): choose the customer file (Browse…), or clear the box to import without one.</source>
        <translation>%1 n’est pas un fichier (un dossier, un périphérique ou un tube) : choisissez le fichier clients (Parcourir…), ou videz la case pour importer sans.</translation>
    </message>
    <message>
        <source>The customer file %1 is not there any more: choose it again (Browse…), or clear the box to import without it.</source>
        <translation>Le fichier clients %1 n&apos;existe plus : choisissez-le de nouveau (Parcourir…) ou videz le champ pour importer sans lui.</translation>
    </message>
    <message>
        <source>Reading sheet %1…</source>
        <translation>Lecture de la feuille %1…</translation>
    </message>
    <message>
        <source>Customer details file</source>
        <translation>Fichier d&apos;informations clients</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Customers</source>
        <extracomment>A cell with fewer customers than this is greyed: too few to read much into. (pale, strong) background per move; a cell&apos;s colour runs between them with its row share.</extracomment>
        <translation>Clients</translation>
    </message>
    <message>
        <source>% of the row</source>
        <translation>% de la ligne</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Chiffre d&apos;affaires en jeu</translation>
    </message>
    <message>
        <source>moved to a better segment</source>
        <translation>passés dans un meilleur segment</translation>
    </message>
    <message>
        <source>moved to a worse segment</source>
        <translation>passés dans un moins bon segment</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>restés</translation>
    </message>
    <message>
        <source>new since the comparison date</source>
        <translation>nouveaux depuis la date de comparaison</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers (%2 of the row), %3; revenue at stake %4</source>
        <translation>
            <numerusform>%1 client (%2 de la ligne), %3 ; chiffre d&apos;affaires en jeu %4</numerusform>
            <numerusform>%1 clients (%2 de la ligne), %3 ; chiffre d&apos;affaires en jeu %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Few customers: read little into it.</source>
        <translation>Peu de clients : n&apos;en tirez pas trop de conclusions.</translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>Cliquez pour les lister.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant : %1</translation>
    </message>
    <message>
        <source>Customers who first bought after the comparison date</source>
        <translation>Clients ayant acheté pour la première fois après la date de comparaison</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Alors : %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Pages reachable with Ctrl+1 … Ctrl+9 and Ctrl+0 (the tenth), in navigation order.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open purchases file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;achats…</translation>
    </message>
    <message>
        <source>Import an Excel, ODS or CSV export of your sales</source>
        <translation>Importer un export Excel, ODS ou CSV de vos ventes</translation>
    </message>
    <message>
        <source>Try the &amp;sample data</source>
        <translation>Essayer les données d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>Import the bundled UCI Online Retail sample</source>
        <translation>Importer l&apos;exemple fourni UCI Online Retail</translation>
    </message>
    <message>
        <source>&amp;Change columns and re-import…</source>
        <translation>&amp;Changer les colonnes et réimporter…</translation>
    </message>
    <message>
        <source>Check what each column of the current file means, then import again</source>
        <translation>Vérifier ce que signifie chaque colonne du fichier actuel, puis réimporter</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <source>Open a saved Clientele project</source>
        <translation>Ouvrir un projet Clientele enregistré</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers</source>
        <translation>Enregistrer la correspondance des colonnes, les réglages, les niveaux et les offres</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers in a new project file</source>
        <translation>Enregistrer la correspondance des colonnes, les réglages, les niveaux et les offres dans un nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Export mailing list…</source>
        <translation>&amp;Exporter la liste d&apos;envoi…</translation>
    </message>
    <message>
        <source>Choose lists and write the mailing file</source>
        <translation>Choisir les listes et écrire le fichier d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Rechercher un client</translation>
    </message>
    <message>
        <source>Search the customer table</source>
        <translation>Chercher dans le tableau des clients</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Clientele &amp;guide</source>
        <translation>&amp;Guide de Clientele</translation>
    </message>
    <message>
        <source>What each page shows, how the numbers are made, where files and settings live</source>
        <translation>Ce que montre chaque page, comment les chiffres sont calculés, où sont les fichiers et les réglages</translation>
    </message>
    <message>
        <source>Keep a &amp;detailed log</source>
        <translation>Tenir un journal &amp;détaillé</translation>
    </message>
    <message>
        <source>Write what Clientele does (files read, steps and their times) to clientele-detail.log in its data folder, next to the crash log</source>
        <translation>Écrire ce que fait Clientele (fichiers lus, étapes et leur durée) dans clientele-detail.log, dans son dossier de données, à côté du journal des plantages</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>À &amp;propos de Clientele</translation>
    </message>
</context>
<context>
    <name>ModelCheckDialog</name>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Quelle est la fiabilité des prévisions ?</translation>
    </message>
    <message>
        <source>Clientele hides the last quarter of your history, fits the predictions again on the first three quarters, and compares what they predict for the last quarter with what your customers really did: per number of repeat purchase days before it, and in total.</source>
        <extracomment>What the dialog says the check does.</extracomment>
        <translation>Clientele masque le dernier quart de votre historique, recalcule les prévisions sur les trois premiers quarts et compare ce qu&apos;elles prévoient pour le dernier quart avec ce que vos clients ont réellement fait : selon le nombre de jours de réachat avant celui-ci, et au total.</translation>
    </message>
    <message>
        <source>No check: %1</source>
        <extracomment>that the check covers fewer days than the predictions look ahead (or None)</extracomment>
        <translation>Pas de vérification : %1</translation>
    </message>
    <message>
        <source>Fitted on the purchases up to %1; for the %2 days from %3 to %4, the %5 customers who had bought by then were expected to buy on %6 days in total, and bought on %7.</source>
        <translation>Calculé sur les achats jusqu&apos;au %1 ; pour les %2 jours du %3 au %4, les %5 clients qui avaient acheté d&apos;ici là devaient acheter %6 jours au total, et ont acheté %7 jours.</translation>
    </message>
    <message>
        <source>Model check</source>
        <translation>Vérification du modèle</translation>
    </message>
    <message>
        <source>No predictions were made.</source>
        <extracomment>The check on screen, and the chart&apos;s data: labels (0 … 7+), predicted and actual purchase days.</extracomment>
        <translation>Aucune prévision n&apos;a été faite.</translation>
    </message>
    <message>
        <source>Nothing to check: %1</source>
        <translation>Rien à vérifier : %1</translation>
    </message>
    <message>
        <source>The check could not be made: %1</source>
        <translation>La vérification n&apos;a pas pu être faite : %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Checking the predictions: fitting them again on the first three quarters of the history…</source>
        <translation>Vérification des prévisions : nouveau calcul sur les trois premiers quarts de l&apos;historique…</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Attention :</translation>
    </message>
    <message>
        <source>Predicted and actual totals are within 20% of each other: the predictions held up on this history.</source>
        <translation>Les totaux prévus et réels sont à moins de 20 % l&apos;un de l&apos;autre : les prévisions ont tenu sur cet historique.</translation>
    </message>
</context>
<context>
    <name>ModelChecks</name>
    <message>
        <source>Checking the predictions…</source>
        <extracomment>the fit whose check the owner stopped (the status bar&apos;s Cancel): the dialog offers to check again</extracomment>
        <translation>Vérification des prévisions…</translation>
    </message>
</context>
<context>
    <name>OccasionsPage</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Years / product</source>
        <translation>Années / produit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Usually again after (days)</source>
        <translation>En général de nouveau après (jours)</translation>
    </message>
    <message>
        <source>Quickest quarter (days)</source>
        <translation>Quart le plus rapide (jours)</translation>
    </message>
    <message>
        <source>Slowest quarter (days)</source>
        <translation>Quart le plus lent (jours)</translation>
    </message>
    <message>
        <source>Gaps seen</source>
        <translation>Écarts observés</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Clients qui rachètent</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>À racheter maintenant</translation>
    </message>
    <message>
        <source>Decide from the file (ask when it cannot)</source>
        <translation>Décider d&apos;après le fichier (demander sinon)</translation>
    </message>
    <message>
        <source>Day first (03/04 is 3 April)</source>
        <translation>Jour d&apos;abord (03/04 est le 3 avril)</translation>
    </message>
    <message>
        <source>Month first (03/04 is 4 March)</source>
        <translation>Mois d&apos;abord (03/04 est le 4 mars)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Lists that follow the calendar: a birthday, a year since the first order, a product about to run out. Each is a list like any other: give it an offer on the Offers page and mail it from Export.</source>
        <translation>Des listes qui suivent le calendrier : un anniversaire, un an depuis la première commande, un produit bientôt épuisé. Chacune est une liste comme les autres : donnez-lui une offre sur la page Offres et écrivez-lui depuis Export.</translation>
    </message>
    <message>
        <source>How to read a birthday such as 03/04 when nothing else in the file settles it</source>
        <translation>Comment lire un anniversaire comme 03/04 quand rien d&apos;autre dans le fichier ne permet de trancher</translation>
    </message>
    <message>
        <source>Birthday soon: within</source>
        <translation>Anniversaire proche : d&apos;ici</translation>
    </message>
    <message>
        <source>Anniversary soon: within</source>
        <translation>Date anniversaire proche : d&apos;ici</translation>
    </message>
    <message>
        <source>Due to re-buy: from</source>
        <translation>Rachat attendu : de</translation>
    </message>
    <message>
        <source>before to</source>
        <translation>avant à</translation>
    </message>
    <message>
        <source>after the reference date</source>
        <translation>après la date de référence</translation>
    </message>
    <message>
        <source>Birthdays like 03/04:</source>
        <translation>Anniversaires comme 03/04 :</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Re-buy intervals</source>
        <translation>Intervalles de rachat</translation>
    </message>
    <message numerus="yes">
        <source>%1 products are bought again often enough to know when: each needs %2 gaps or more between a customer&apos;s purchases of it. &lt;i&gt;Usually again after&lt;/i&gt; is the middle gap (half the gaps are shorter); a quarter of the gaps are shorter than the quickest quarter, a quarter longer than the slowest. A customer is &lt;i&gt;due&lt;/i&gt; when their last purchase plus the usual gap falls in the window above.</source>
        <translation>
            <numerusform>%1 produit est racheté assez souvent pour savoir quand : chacun demande %2 écarts ou plus entre les achats d&apos;un client. &lt;i&gt;En général de nouveau après&lt;/i&gt; est l&apos;écart médian (la moitié des écarts sont plus courts) ; un quart des écarts sont plus courts que le quart le plus rapide, un quart plus longs que le plus lent. Un client est &lt;i&gt;à racheter&lt;/i&gt; quand son dernier achat plus l&apos;écart habituel tombe dans la fenêtre ci-dessus.</numerusform>
            <numerusform>%1 produits sont rachetés assez souvent pour savoir quand : chacun demande %2 écarts ou plus entre les achats d&apos;un client. &lt;i&gt;En général de nouveau après&lt;/i&gt; est l&apos;écart médian (la moitié des écarts sont plus courts) ; un quart des écarts sont plus courts que le quart le plus rapide, un quart plus longs que le plus lent. Un client est &lt;i&gt;à racheter&lt;/i&gt; quand son dernier achat plus l&apos;écart habituel tombe dans la fenêtre ci-dessus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>First name (fallback when missing)</source>
        <translation>Prénom (mot de remplacement s&apos;il manque)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Catégorie préférée</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Produit préféré</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Niveau de fidélité</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Niveau suivant</translation>
    </message>
    <message>
        <source>Amount still to spend for the next tier</source>
        <translation>Montant restant à dépenser pour le niveau suivant</translation>
    </message>
    <message>
        <source>The discount, in words</source>
        <translation>La remise, en toutes lettres</translation>
    </message>
    <message>
        <source>Their unique coupon code</source>
        <translation>Son code promo unique</translation>
    </message>
    <message>
        <source>When the offer ends</source>
        <translation>Date de fin de l&apos;offre</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>Le nom de votre boutique</translation>
    </message>
    <message>
        <source>Years since the first order, in words (&quot;2 years&quot;)</source>
        <translation>Années depuis la première commande, en toutes lettres (« 2 ans »)</translation>
    </message>
    <message>
        <source>The product a customer is due to buy again</source>
        <translation>Le produit qu&apos;un client devrait bientôt racheter</translation>
    </message>
    <message>
        <source>The birthday, day and month</source>
        <translation>L&apos;anniversaire, jour et mois</translation>
    </message>
    <message>
        <source>after the export</source>
        <translation>après l&apos;export</translation>
    </message>
    <message>
        <source>after the customer&apos;s day (birthday, anniversary, due day)</source>
        <translation>après le jour du client (anniversaire, date anniversaire, date de rachat)</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% de réduction</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Montant de réduction</translation>
    </message>
    <message>
        <source>Something else (describe it)</source>
        <translation>Autre chose (décrivez-la)</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Pas de réduction</translation>
    </message>
    <message>
        <source>The subject line of the e-mail; merge fields such as {first_name} work here too</source>
        <translation>L&apos;objet de l&apos;e-mail ; les champs de fusion comme {first_name} fonctionnent aussi ici</translation>
    </message>
    <message>
        <source>e.g. free delivery</source>
        <translation>p. ex. livraison offerte</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The offer ends this many days after the export</source>
        <translation>L&apos;offre prend fin ce nombre de jours après l&apos;export</translation>
    </message>
    <message>
        <source>For a birthday, an anniversary or a product due: count the days from each customer&apos;s own day (a birthday treat valid a week either side: 7 days after the birthday), or from the export</source>
        <translation>Pour un anniversaire, une date anniversaire ou un rachat attendu : compter les jours à partir du jour propre à chaque client (un cadeau d&apos;anniversaire valable une semaine avant et après : 7 jours après l&apos;anniversaire), ou à partir de l&apos;export</translation>
    </message>
    <message>
        <source>Coupon codes start with this, e.g. MISSYOU-7KQ4P</source>
        <translation>Les codes promo commencent par ceci, p. ex. MISSYOU-7KQ4P</translation>
    </message>
    <message>
        <source>there</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Used for {first_name} when a customer&apos;s first name is unknown</source>
        <translation>Utilisé pour {first_name} quand le prénom d&apos;un client est inconnu</translation>
    </message>
    <message>
        <source>Insert a field…</source>
        <translation>Insérer un champ…</translation>
    </message>
    <message>
        <source>Put a merge field, such as {first_name}, at the cursor in the message</source>
        <translation>Insérer un champ de fusion, comme {first_name}, à l&apos;emplacement du curseur dans le message</translation>
    </message>
    <message>
        <source>The message. Words in braces, like {first_name}, are replaced per customer.</source>
        <translation>Le message. Les mots entre accolades, comme {first_name}, sont remplacés pour chaque client.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Réduction</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>Coupon prefix</source>
        <translation>Préfixe du code</translation>
    </message>
    <message>
        <source>If no first name, say</source>
        <translation>Sans prénom, dire</translation>
    </message>
    <message>
        <source>Merge field</source>
        <translation>Champ de fusion</translation>
    </message>
    <message>
        <source>The offer is ready.</source>
        <translation>L&apos;offre est prête.</translation>
    </message>
</context>
<context>
    <name>OfferTestBox</name>
    <message>
        <source>With %1 held back as the control group (%2), </source>
        <translation>Avec %1 mis de côté comme groupe témoin (%2), </translation>
    </message>
    <message>
        <source>With no control group, </source>
        <translation>Sans groupe témoin, </translation>
    </message>
    <message>
        <source>the export mails %1 of this list&apos;s customers: %2 get offer A and %3 get offer B, drawn at random when you export (the control group is drawn first and does not change).</source>
        <translation>l&apos;export écrit à %1 clients de cette liste : %2 reçoivent l&apos;offre A et %3 l&apos;offre B, tirés au sort à l&apos;export (le groupe témoin est tiré en premier et ne change pas).</translation>
    </message>
    <message>
        <source>Test a second offer</source>
        <translation>Tester une deuxième offre</translation>
    </message>
    <message>
        <source>Send offer B to part of this list&apos;s mailed customers, drawn at random, to see which offer works better (each is also compared with the control group)</source>
        <translation>Envoyer l&apos;offre B à une partie des clients contactés de cette liste, tirée au sort, pour voir quelle offre marche le mieux (chacune est aussi comparée au groupe témoin)</translation>
    </message>
    <message>
        <source>The share of the mailed customers who get offer B (half unless you set another)</source>
        <translation>La part des clients contactés qui reçoivent l&apos;offre B (la moitié, sauf si vous en choisissez une autre)</translation>
    </message>
    <message>
        <source>get B</source>
        <translation>reçoivent B</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Every group you can mail; pick one to write its offer</source>
        <translation>Chaque groupe auquel vous pouvez écrire ; choisissez-en un pour rédiger son offre</translation>
    </message>
    <message>
        <source>Your shop&apos;s name, as customers know it</source>
        <translation>Le nom de votre boutique, tel que vos clients le connaissent</translation>
    </message>
    <message>
        <source>No shop name yet: messages say “our shop”.</source>
        <translation>Pas encore de nom de boutique : les messages disent « notre boutique ».</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Offer A</source>
        <translation>Offre A</translation>
    </message>
    <message>
        <source>Offer B</source>
        <translation>Offre B</translation>
    </message>
    <message>
        <source>Back to the suggested offer</source>
        <translation>Revenir à l&apos;offre suggérée</translation>
    </message>
    <message>
        <source>The subject and message this customer would get, and whether the export would reach them</source>
        <translation>L&apos;objet et le message que ce client recevrait, et si l&apos;export l&apos;atteindrait</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Preview for a real customer</source>
        <translation>Aperçu pour un vrai client</translation>
    </message>
    <message>
        <source>Choose what each group gets. Every message is personalised.</source>
        <translation>Choisissez ce que reçoit chaque groupe. Chaque message est personnalisé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 client</numerusform>
            <numerusform>%1 clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is in this list right now.</source>
        <translation>Personne n&apos;est dans cette liste pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Fix the offer first: %1</source>
        <translation>Corrigez d&apos;abord l&apos;offre : %1</translation>
    </message>
    <message>
        <source>%1 is an example: each customer gets a code of their own, drawn when you export.</source>
        <translation>%1 est un exemple : chaque client reçoit son propre code, tiré à l&apos;export.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offer %1&lt;/b&gt; of this list&apos;s offer test: each mailed customer gets A or B, drawn at random when you export.</source>
        <translation>&lt;b&gt;Offre %1&lt;/b&gt; du test d&apos;offres de cette liste : chaque client contacté reçoit A ou B, tiré au sort à l&apos;export.</translation>
    </message>
    <message>
        <source>Offer B still gives what offer A gives (only its coupon codes differ): change its discount, title or message, or the test can show only chance differences.</source>
        <translation>L’offre B donne encore la même chose que l’offre A (seuls ses codes promo diffèrent) : changez sa remise, son titre ou son message, sinon le test ne peut montrer que des écarts dus au hasard.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Not sent by %1: %2.</source>
        <translation>Pas envoyé par %1 : %2.</translation>
    </message>
    <message>
        <source>Sent by %1, unless drawn for the control group (%2 of the list, not contacted).</source>
        <translation>Envoyé par %1, sauf s&apos;il est tiré pour le groupe témoin (%2 de la liste, non contacté).</translation>
    </message>
    <message>
        <source>Sent by %1.</source>
        <translation>Envoyé par %1.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>See who moved on the Changes page</source>
        <extracomment>the file&apos;s customers and revenue against these figures (also shown on the Import page)</extracomment>
        <translation>Voir qui a changé sur la page Évolutions</translation>
    </message>
    <message>
        <source>The history is too short to compare with an earlier date.</source>
        <translation>L&apos;historique est trop court pour comparer avec une date antérieure.</translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation>Prévisions :</translation>
    </message>
    <message>
        <source>no predictions were made.</source>
        <translation>aucune prévision n&apos;a été faite.</translation>
    </message>
    <message>
        <source>customers expected to spend about %1 in the next 365 days</source>
        <translation>clients qui devraient dépenser environ %1 dans les 365 prochains jours</translation>
    </message>
    <message>
        <source>no customer seen to lapse yet, so the model cannot tell who is still a customer</source>
        <translation>aucun client vu partir pour l&apos;instant, le modèle ne peut donc pas dire qui est encore client</translation>
    </message>
    <message>
        <source>about %1 of %2 customers still customers</source>
        <translation>environ %1 clients sur %2 sont encore clients</translation>
    </message>
    <message>
        <source>, expected to spend about %1 in the next 365 days</source>
        <translation>, dépense attendue d&apos;environ %1 dans les 365 prochains jours</translation>
    </message>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>Quelle est la fiabilité des prévisions ?</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>Customers with at least one purchase</source>
        <translation>Clients ayant au moins un achat</translation>
    </message>
    <message>
        <source>revenue (net of returns)</source>
        <translation>chiffre d&apos;affaires (net des retours)</translation>
    </message>
    <message>
        <source>Total net spend of these customers</source>
        <translation>Dépense nette totale de ces clients</translation>
    </message>
    <message>
        <source>active: bought within the inactivity window, not overdue</source>
        <translation>actifs : achat dans la fenêtre d’inactivité, pas en retard</translation>
    </message>
    <message>
        <source>Share of customers whose status is Active: they bought within the inactivity window and are not overdue for their usual next purchase (the Overdue ones bought within it too)</source>
        <translation>Part des clients au statut Actif : ils ont acheté dans la fenêtre d’inactivité et ne sont pas en retard sur leur prochain achat habituel (les clients En retard ont aussi acheté dans cette fenêtre)</translation>
    </message>
    <message>
        <source>revenue of customers at risk or inactive</source>
        <translation>chiffre d&apos;affaires des clients à risque ou inactifs</translation>
    </message>
    <message>
        <source>What customers who are At Risk, Can&apos;t Lose Them, Inactive or Lost used to spend</source>
        <translation>Ce que dépensaient les clients At Risk, Can&apos;t Lose Them, Inactive ou Lost</translation>
    </message>
    <message>
        <source>How the customers and revenue of the file add up to these figures</source>
        <translation>Comment les clients et le chiffre d&apos;affaires du fichier aboutissent à ces chiffres</translation>
    </message>
    <message>
        <source>Customers placed as they stood on the comparison date, scored with today&apos;s cut points; a better segment is one earlier in the segment map</source>
        <translation>Clients placés tels qu&apos;ils étaient à la date de comparaison, notés avec les seuils d&apos;aujourd&apos;hui ; un meilleur segment est placé plus haut dans la carte des segments</translation>
    </message>
    <message>
        <source>From the purchase and spend models fitted to your own customers; the link shows how well they predicted the last quarter</source>
        <translation>D&apos;après les modèles d&apos;achat et de dépense ajustés à vos propres clients ; le lien montre s&apos;ils ont bien prévu le dernier trimestre</translation>
    </message>
    <message>
        <source>Reference date: latest purchase in the file</source>
        <translation>Date de référence : dernier achat du fichier</translation>
    </message>
    <message>
        <source>Recency is counted back from this date. Untick to choose another date.</source>
        <translation>La récence est comptée à partir de cette date. Décochez pour choisir une autre date.</translation>
    </message>
    <message>
        <source>Count recency from this day (for example the day you plan to send the mailing)</source>
        <translation>Compter la récence à partir de ce jour (par exemple le jour prévu pour l&apos;envoi)</translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation>Clients et chiffre d&apos;affaires par segment</translation>
    </message>
    <message>
        <source>Recency and frequency grid</source>
        <translation>Grille récence × fréquence</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation>Chiffre d&apos;affaires dans le temps</translation>
    </message>
    <message numerus="yes">
        <source>revenue of %1 customers at risk or inactive</source>
        <translation>
            <numerusform>chiffre d&apos;affaires de %1 client à risque ou inactif</numerusform>
            <numerusform>chiffre d&apos;affaires de %1 clients à risque ou inactifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: inactive after %1 days</source>
        <translation>
            <numerusform>Fenêtre : inactif après %1 jour</numerusform>
            <numerusform>Fenêtre : inactif après %1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows after the reference date left out</source>
        <translation>
            <numerusform>%1 ligne après la date de référence écartée</numerusform>
            <numerusform>%1 lignes après la date de référence écartées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageColumns</name>
    <message>
        <source>Still a customer</source>
        <extracomment>Headings of the prediction columns (definitions §11) and the win-back list&apos;s stake (§4). Translated where shown, in the context &quot;PageColumns&quot;.</extracomment>
        <translation>Toujours client</translation>
    </message>
    <message>
        <source>Purchase days next year</source>
        <translation>Jours d&apos;achat l&apos;an prochain</translation>
    </message>
    <message>
        <source>Spend per purchase day</source>
        <translation>Dépense par jour d&apos;achat</translation>
    </message>
    <message>
        <source>Spend next year</source>
        <translation>Dépense l&apos;an prochain</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>En jeu</translation>
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
        <translation>Le rapport d&apos;import et les premières lignes du fichier</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Headline figures and the main charts</source>
        <translation>Chiffres clés et principaux graphiques</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Customer groups and the segment map</source>
        <translation>Groupes de clients et carte des segments</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Évolutions</translation>
    </message>
    <message>
        <source>Who moved between segments since an earlier date</source>
        <translation>Qui a changé de segment depuis une date antérieure</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Reconquête</translation>
    </message>
    <message>
        <source>Customers who have gone quiet, the most to lose first</source>
        <translation>Clients devenus silencieux, les plus gros enjeux d&apos;abord</translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation>Niveaux de fidélité</translation>
    </message>
    <message>
        <source>Tier rules, distribution and who is nearly up</source>
        <translation>Règles des niveaux, répartition et qui va bientôt monter</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Every customer, with search, filters and details</source>
        <translation>Tous les clients, avec recherche, filtres et détails</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Occasions</translation>
    </message>
    <message>
        <source>Birthdays, anniversaries and who is due to buy again</source>
        <translation>Anniversaires, dates de fidélité et qui doit bientôt racheter</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>An offer and a message per list</source>
        <translation>Une offre et un message par liste</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Write the mailing list</source>
        <translation>Écrire la liste d&apos;envoi</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Did the offer work? A campaign&apos;s mailed customers against its control group</source>
        <translation>L&apos;offre a-t-elle marché ? Les clients contactés d&apos;une campagne face à son groupe témoin</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Preparing %1</source>
        <extracomment>What a page&apos;s prepare function looks like: (segmentation, transactions) -&gt; its view data.</extracomment>
        <translation>Préparation de %1</translation>
    </message>
    <message>
        <source>Pages ready</source>
        <translation>Pages prêtes</translation>
    </message>
    <message>
        <source>Indexing purchases per customer</source>
        <extracomment>Rows of the imported file shown under the import report. The project file (its choices and where it is) this import opens, taken only once the import is done (session.set_imported); None for a plain file. The size and modification time (ns) of each file read (purchases, customers), taken before it was read: an export checks them (``changed_files``), so that an opt-out written into a file after it was opened is never missed.</extracomment>
        <translation>Indexation des achats par client</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Groups ready</source>
        <translation>Groupes prêts</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job says how long is left once it has run this long and filled ESTIMATE_MIN_SHARE of the bar.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this step; what was on screen before stays as it was</source>
        <translation>Arrêter cette étape ; ce qui était affiché avant reste tel quel</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>Clientele projects (%1)</source>
        <extracomment>The words of this module, in the context &quot;ProjectActions&quot;.</extracomment>
        <translation>Projets Clientele (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Open a purchases file first.</source>
        <translation>Ouvrez d&apos;abord un fichier d&apos;achats.</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Project saved: %1</source>
        <extracomment>The words of this module, in the context &quot;ProjectIO&quot;.</extracomment>
        <translation>Projet enregistré : %1</translation>
    </message>
    <message>
        <source>The project was made from %1, which is not there any more. Choose the file (or a newer export of it) to continue.</source>
        <translation>Le projet a été créé à partir de %1, qui n&apos;existe plus. Choisissez le fichier (ou un export plus récent) pour continuer.</translation>
    </message>
    <message>
        <source>The project was made from a purchases file, which is not there any more. Choose the file (or a newer export of it) to continue.</source>
        <translation>Le projet a été créé à partir d&apos;un fichier d&apos;achats qui n&apos;existe plus. Choisissez le fichier (ou un export plus récent) pour continuer.</translation>
    </message>
    <message>
        <source>Where is the purchases file?</source>
        <translation>Où est le fichier des achats ?</translation>
    </message>
    <message>
        <source>Purchases file for this project</source>
        <translation>Fichier des achats de ce projet</translation>
    </message>
    <message>
        <source>The project&apos;s customers file %1 (names, e-mail addresses, consent) is not there any more. Without it Clientele does not know who opted out in it. Choose where it is now?</source>
        <translation>Le fichier clients %1 du projet (noms, adresses e-mail, consentement) n&apos;existe plus. Sans lui, Clientele ne sait pas qui s&apos;y est désinscrit. Choisir où il se trouve maintenant ?</translation>
    </message>
    <message>
        <source>Where is the customers file?</source>
        <translation>Où est le fichier clients ?</translation>
    </message>
    <message>
        <source>Customers file for this project</source>
        <translation>Fichier clients de ce projet</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>No campaign has been recorded yet. Export a mailing list on the Export page (keep a control group: only it can tell whether the offer worked). When the response window has run, open the shop&apos;s newer purchases file and come back here.</source>
        <extracomment>Said when no campaign has been recorded yet.</extracomment>
        <translation>Aucune campagne n&apos;a encore été enregistrée. Exportez une liste d&apos;envoi sur la page Export (gardez un groupe témoin : lui seul peut dire si l&apos;offre a marché). Quand la fenêtre de réponse est passée, ouvrez le fichier des achats plus récent de la boutique et revenez ici.</translation>
    </message>
    <message>
        <source>The recorded campaign to measure (the latest first chosen). Exports that mailed nobody are not campaigns.</source>
        <extracomment>How long after the last edit of the sent date or the window the results are worked out again.</extracomment>
        <translation>La campagne enregistrée à mesurer (la plus récente d&apos;abord). Les exports qui n&apos;ont contacté personne ne sont pas des campagnes.</translation>
    </message>
    <message>
        <source>The day the mailing went out (the export date unless you set another); kept with the campaign</source>
        <translation>Le jour de l&apos;envoi (la date d&apos;export sauf si vous en indiquez une autre) ; enregistré avec la campagne</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How long after the sent date a purchase counts as a response; kept with the campaign</source>
        <translation>Combien de temps après l&apos;envoi un achat compte comme une réponse ; enregistré avec la campagne</translation>
    </message>
    <message>
        <source>Open a newer file…</source>
        <translation>Ouvrir un fichier plus récent…</translation>
    </message>
    <message>
        <source>Measure with another purchases file than the one open now (read with the open file&apos;s column choices)</source>
        <translation>Mesurer avec un autre fichier des achats que celui ouvert (lu avec les choix de colonnes du fichier ouvert)</translation>
    </message>
    <message>
        <source>Use the file open now</source>
        <translation>Utiliser le fichier ouvert</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>Enregistrer les résultats…</translation>
    </message>
    <message>
        <source>The results table as CSV, or a workbook with a Summary for you and one row per customer (as the command line&apos;s --results-out)</source>
        <translation>Le tableau des résultats en CSV, ou un classeur avec un résumé pour vous et une ligne par client (comme --results-out en ligne de commande)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Response window</source>
        <translation>Fenêtre de réponse</translation>
    </message>
    <message>
        <source>Per list: the mailed and the control customers side by side, the uplift (more buyers of every 100 than the control group) and what it means</source>
        <translation>Par liste : les clients contactés et les clients témoins côte à côte, le gain (acheteurs en plus sur 100 par rapport au groupe témoin) et ce qu&apos;il signifie</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Did the offer work? The mailed customers against the control group, who were held back at random</source>
        <translation>L&apos;offre a-t-elle marché ? Les clients contactés face au groupe témoin, mis de côté au hasard</translation>
    </message>
    <message>
        <source>Open the newer purchases file</source>
        <extracomment>the file shown before a newer file&apos;s first look, until that look is on screen (a cancel or a failure puts it back: the label never names a file whose results are not shown) a save is being written: a look asked for meanwhile waits for it (it would stop the save)</extracomment>
        <translation>Ouvrir le fichier des achats plus récent</translation>
    </message>
    <message>
        <source>Saving stopped; nothing was written.</source>
        <translation>Enregistrement arrêté ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The campaign history cannot be used</source>
        <translation>L’historique des campagnes est inutilisable</translation>
    </message>
    <message>
        <source>Working out the campaign&apos;s results…</source>
        <translation>Calcul des résultats de la campagne…</translation>
    </message>
    <message>
        <source>Campaign %1 now records its mailing as sent on %2, with a %3-day response window.</source>
        <translation>La campagne %1 enregistre désormais son envoi au %2, avec une fenêtre de réponse de %3 jours.</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;%1&lt;/b&gt; (a newer file, read for the results only)</source>
        <translation>Achats : &lt;b&gt;%1&lt;/b&gt; (un fichier plus récent, lu pour les résultats seulement)</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;%1&lt;/b&gt; (the file open now)</source>
        <translation>Achats : &lt;b&gt;%1&lt;/b&gt; (le fichier ouvert)</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;none yet&lt;/b&gt;</source>
        <translation>Achats : &lt;b&gt;aucun pour l&apos;instant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Résultats enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>The purchases file has no coupon column, so coupon redemptions are not counted. If it has one, open it again and choose the column as Coupon code.</source>
        <extracomment>The window&apos;s words when the purchases file has no coupon column (core&apos;s, without the flag).</extracomment>
        <translation>Le fichier des achats n&apos;a pas de colonne de code promo : les utilisations ne sont donc pas comptées. S&apos;il en a une, ouvrez-le de nouveau et choisissez la colonne comme Code promo.</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>The page&apos;s columns: (key, heading).</extracomment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Contactés</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Ont acheté</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Par client</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Likely between</source>
        <translation>Probablement entre</translation>
    </message>
    <message>
        <source>Chance it helped</source>
        <translation>Probabilité que ça ait aidé</translation>
    </message>
    <message>
        <source>Extra revenue</source>
        <translation>Chiffre d&apos;affaires en plus</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation>Codes utilisés</translation>
    </message>
    <message>
        <source>Used by others</source>
        <translation>Utilisés par d&apos;autres</translation>
    </message>
    <message>
        <source>Control customers with a code</source>
        <translation>Clients témoins avec un code</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <extracomment>``problem`` is no problem: the file open now ends before the campaign was sent (right after an export), and the page says how to come back with the newer file, in plain words</extracomment>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Open the newer purchases file to see this campaign&apos;s results.</source>
        <translation>Ouvrez le fichier des achats plus récent pour voir les résultats de cette campagne.</translation>
    </message>
    <message>
        <source>Working out the results</source>
        <translation>Calcul des résultats</translation>
    </message>
    <message>
        <source>Results ready</source>
        <translation>Résultats prêts</translation>
    </message>
    <message>
        <source>Open the file with File › Open first (it asks day-first or month-first), then come back here and use the file open now.</source>
        <translation>Ouvrez d&apos;abord le fichier avec Fichier › Ouvrir (il demande jour ou mois en premier), puis revenez ici et utilisez le fichier ouvert.</translation>
    </message>
    <message>
        <source>Campaign %1 was sent on %2 (set another day above if it went out on another), and its response window runs until %3. The purchases open now end on %4, before it was sent: once the window has run, export your purchases again and open that file here (Open a newer file…) to see whether the offer worked.</source>
        <translation>La campagne %1 a été envoyée le %2 (choisissez un autre jour ci-dessus si elle est partie un autre jour), et sa fenêtre de réponse court jusqu’au %3. Les achats ouverts maintenant s’arrêtent le %4, avant l’envoi : une fois la fenêtre écoulée, exportez à nouveau vos achats et ouvrez ce fichier ici (Ouvrir un fichier plus récent…) pour voir si l’offre a marché.</translation>
    </message>
    <message>
        <source>If the mailing went out earlier than recorded, set the day it was sent above; otherwise open a purchases file exported after the response window has run (it ends on %1).</source>
        <translation>Si l&apos;envoi a eu lieu plus tôt qu&apos;enregistré, indiquez ci-dessus le jour de l&apos;envoi ; sinon ouvrez un fichier des achats exporté après la fin de la fenêtre de réponse (elle se termine le %1).</translation>
    </message>
    <message>
        <source>Offer tests</source>
        <translation>Tests d&apos;offres</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Codes promo</translation>
    </message>
    <message>
        <source>No coupon code of this campaign was used in the window.</source>
        <translation>Aucun code de cette campagne n&apos;a été utilisé pendant la fenêtre.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Campaign %1%2 — made %3, %4 mailed, %5 held back</source>
        <translation>Campagne %1%2 — créée le %3, %4 contactés, %5 mis de côté</translation>
    </message>
</context>
<context>
    <name>SegmentHelp</name>
    <message>
        <source>Bought very recently and buy often — your best customers.</source>
        <translation>Ont acheté très récemment et achètent souvent : vos meilleurs clients.</translation>
    </message>
    <message>
        <source>Thank them: early access, a small gift, ask for a review. No big discount needed.</source>
        <translation>Remerciez-les : accès en avant-première, petit cadeau, demande d&apos;avis. Pas besoin de grosse remise.</translation>
    </message>
    <message>
        <source>Buy often and still fairly recently.</source>
        <translation>Achètent souvent et encore assez récemment.</translation>
    </message>
    <message>
        <source>Reward loyalty: a thank-you gift, points, a tier upgrade.</source>
        <translation>Récompensez la fidélité : un cadeau de remerciement, des points, un niveau supérieur.</translation>
    </message>
    <message>
        <source>Recent customers with a few orders — could become regulars.</source>
        <translation>Clients récents avec quelques commandes : pourraient devenir des habitués.</translation>
    </message>
    <message>
        <source>Give a reason to come back soon: free delivery, a picked recommendation.</source>
        <translation>Donnez une raison de revenir vite : livraison offerte, une recommandation choisie.</translation>
    </message>
    <message>
        <source>Made their first purchase very recently.</source>
        <translation>Ont fait leur premier achat très récemment.</translation>
    </message>
    <message>
        <source>Welcome them and make the second order easy: a small first-repeat discount.</source>
        <translation>Souhaitez-leur la bienvenue et facilitez la deuxième commande : une petite remise sur le premier réachat.</translation>
    </message>
    <message>
        <source>Bought recently, but only once.</source>
        <translation>Ont acheté récemment, mais une seule fois.</translation>
    </message>
    <message>
        <source>Show what else you sell; a small voucher for the next visit.</source>
        <translation>Montrez ce que vous vendez d&apos;autre ; un petit bon pour la prochaine visite.</translation>
    </message>
    <message>
        <source>Middle of the road: neither recent nor rare — starting to drift.</source>
        <translation>Entre-deux : ni récents ni rares, ils commencent à s&apos;éloigner.</translation>
    </message>
    <message>
        <source>A personal recommendation or a limited-time offer.</source>
        <translation>Une recommandation personnelle ou une offre à durée limitée.</translation>
    </message>
    <message>
        <source>Have not bought for a while and bought only once or twice.</source>
        <translation>N&apos;ont pas acheté depuis un moment, et seulement une ou deux fois.</translation>
    </message>
    <message>
        <source>A friendly reminder with a modest discount before they forget you.</source>
        <translation>Un rappel amical avec une remise modeste avant qu&apos;ils vous oublient.</translation>
    </message>
    <message>
        <source>Used to buy regularly, but not for a long time.</source>
        <translation>Achetaient régulièrement, mais plus depuis longtemps.</translation>
    </message>
    <message>
        <source>Win them back: a clear discount and a &apos;we miss you&apos; message.</source>
        <translation>Reconquérez-les : une vraie remise et un message « vous nous manquez ».</translation>
    </message>
    <message>
        <source>Were among your most frequent customers, but have gone quiet.</source>
        <translation>Étaient parmi vos clients les plus fidèles, mais se sont tus.</translation>
    </message>
    <message>
        <source>Your strongest win-back offer, personally worded; ask what went wrong.</source>
        <translation>Votre offre de reconquête la plus forte, formulée personnellement ; demandez ce qui n&apos;a pas été.</translation>
    </message>
    <message>
        <source>Bought rarely and long ago.</source>
        <translation>Ont acheté rarement, et il y a longtemps.</translation>
    </message>
    <message>
        <source>A low-cost reminder at most; do not spend much on them.</source>
        <translation>Au plus un rappel peu coûteux ; n&apos;y dépensez pas trop.</translation>
    </message>
    <message>
        <source>Customers no segment of your map covers.</source>
        <translation>Clients qu&apos;aucun segment de votre carte ne couvre.</translation>
    </message>
    <message>
        <source>Edit the segment map so every cell belongs to a segment.</source>
        <translation>Modifiez la carte des segments pour que chaque case appartienne à un segment.</translation>
    </message>
    <message>
        <source>Bought within the inactivity window and on their usual rhythm.</source>
        <translation>Ont acheté dans la fenêtre d&apos;activité, à leur rythme habituel.</translation>
    </message>
    <message>
        <source>Still inside the window, but late by their own rhythm (twice their usual gap).</source>
        <translation>Encore dans la fenêtre, mais en retard sur leur rythme (deux fois leur intervalle habituel).</translation>
    </message>
    <message>
        <source>No purchase within the inactivity window.</source>
        <translation>Aucun achat dans la fenêtre d&apos;activité.</translation>
    </message>
    <message>
        <source>No purchase for more than twice the inactivity window.</source>
        <translation>Aucun achat depuis plus de deux fois la fenêtre d&apos;activité.</translation>
    </message>
    <message>
        <source>In your customer file, but has never bought.</source>
        <translation>Dans votre fichier clients, mais n&apos;a jamais acheté.</translation>
    </message>
    <message>
        <source>recency score %1–%2</source>
        <translation>note de récence %1–%2</translation>
    </message>
    <message>
        <source>frequency score %1–%2</source>
        <translation>note de fréquence %1–%2</translation>
    </message>
    <message>
        <source>money score %1–%2</source>
        <translation>note de montant %1–%2</translation>
    </message>
    <message>
        <source>Customers with %1.</source>
        <translation>Clients avec %1.</translation>
    </message>
    <message>
        <source>A segment of your own map.</source>
        <translation>Un segment de votre propre carte.</translation>
    </message>
    <message>
        <source>Choose an offer that fits them on the Offers page.</source>
        <translation>Choisissez une offre qui leur convient sur la page Offres.</translation>
    </message>
    <message>
        <source>What to offer:</source>
        <translation>Quoi proposer :</translation>
    </message>
    <message>
        <source>The customer&apos;s number (their e-mail address when the file has none)</source>
        <extracomment>What each customer-table column means (definitions §2–§5), as the tooltip of its heading.</extracomment>
        <translation>Le numéro du client (son adresse e-mail si le fichier n&apos;en a pas)</translation>
    </message>
    <message>
        <source>The date of the first purchase</source>
        <translation>La date du premier achat</translation>
    </message>
    <message>
        <source>The date of the last purchase</source>
        <translation>La date du dernier achat</translation>
    </message>
    <message>
        <source>Days from the last purchase to the reference date (recency)</source>
        <translation>Jours entre le dernier achat et la date de référence (récence)</translation>
    </message>
    <message>
        <source>Days from the first purchase to the reference date</source>
        <translation>Jours entre le premier achat et la date de référence</translation>
    </message>
    <message>
        <source>Orders (invoices) with a purchase; returns are not orders</source>
        <translation>Commandes (factures) avec un achat ; les retours ne sont pas des commandes</translation>
    </message>
    <message>
        <source>Days with a purchase</source>
        <translation>Jours avec un achat</translation>
    </message>
    <message>
        <source>What the customer spent in total, net of returns</source>
        <translation>Ce que le client a dépensé au total, retours déduits</translation>
    </message>
    <message>
        <source>Spent in total ÷ orders</source>
        <translation>Dépensé au total ÷ commandes</translation>
    </message>
    <message>
        <source>The usual number of days between two purchase days (the median); empty with fewer than three purchase days</source>
        <translation>Le nombre habituel de jours entre deux jours d&apos;achat (la médiane) ; vide avec moins de trois jours d&apos;achat</translation>
    </message>
    <message>
        <source>Days since the last purchase ÷ the usual gap; 2 or more is Overdue</source>
        <translation>Jours depuis le dernier achat ÷ l&apos;écart habituel ; à partir de 2, le client est « En retard »</translation>
    </message>
    <message>
        <source>Spent in the 12 months up to the reference date, net of returns</source>
        <translation>Dépensé dans les 12 mois jusqu&apos;à la date de référence, retours déduits</translation>
    </message>
    <message>
        <source>Spent in the 12 months before those</source>
        <translation>Dépensé dans les 12 mois précédents</translation>
    </message>
    <message>
        <source>The category with the most net spend</source>
        <translation>La catégorie avec le plus de dépenses nettes</translation>
    </message>
    <message>
        <source>The product with the most net spend</source>
        <translation>Le produit avec le plus de dépenses nettes</translation>
    </message>
    <message>
        <source>Recency score, 1 to 5: 5 = bought most recently, compared with your other customers</source>
        <translation>Note de récence, de 1 à 5 : 5 = achat le plus récent, par rapport à vos autres clients</translation>
    </message>
    <message>
        <source>Frequency score, 1 to 5: 5 = the most orders, compared with your other customers</source>
        <translation>Note de fréquence, de 1 à 5 : 5 = le plus de commandes, par rapport à vos autres clients</translation>
    </message>
    <message>
        <source>Money score, 1 to 5: 5 = spent the most, compared with your other customers</source>
        <translation>Note de montant, de 1 à 5 : 5 = a le plus dépensé, par rapport à vos autres clients</translation>
    </message>
    <message>
        <source>The segment the recency and frequency scores place the customer in (Segments page)</source>
        <translation>Le segment où les notes de récence et de fréquence placent le client (page Segments)</translation>
    </message>
    <message>
        <source>Active; Overdue (late by their own rhythm); Inactive (nothing within the inactivity window); Lost (nothing for twice the window); Prospect (never bought)</source>
        <translation>Actif ; En retard (en retard sur son propre rythme) ; Inactif (rien dans la fenêtre d&apos;activité) ; Perdu (rien pendant deux fois la fenêtre) ; Prospect (n&apos;a jamais acheté)</translation>
    </message>
    <message>
        <source>Spent less than half in the last 12 months than in the 12 months before</source>
        <translation>A dépensé moins de la moitié dans les 12 derniers mois que dans les 12 mois précédents</translation>
    </message>
    <message>
        <source>The highest loyalty tier whose threshold the customer&apos;s spend reached</source>
        <translation>Le niveau de fidélité le plus élevé dont les dépenses du client ont atteint le seuil</translation>
    </message>
    <message>
        <source>Loyalty points: the spend the tiers count × points per unit, rounded down</source>
        <translation>Points de fidélité : les dépenses que comptent les niveaux × points par unité, arrondis à l&apos;inférieur</translation>
    </message>
    <message>
        <source>The tier above the customer&apos;s</source>
        <translation>Le niveau au-dessus de celui du client</translation>
    </message>
    <message>
        <source>What the customer still has to spend to reach the next tier</source>
        <translation>Ce que le client doit encore dépenser pour atteindre le niveau suivant</translation>
    </message>
    <message>
        <source>How likely the customer is still a customer (will buy again some day), from how often and how recently they bought, compared with all your customers</source>
        <translation>La probabilité que le client soit toujours client (rachète un jour), d&apos;après la fréquence et la récence de ses achats, par rapport à tous vos clients</translation>
    </message>
    <message>
        <source>On how many days the customer is expected to buy in the next 365 days</source>
        <translation>Le nombre de jours où le client devrait acheter dans les 365 prochains jours</translation>
    </message>
    <message>
        <source>What the customer is expected to spend on a day they buy: their own average, pulled towards the average of all customers when they bought on few days</source>
        <translation>Ce que le client devrait dépenser un jour d&apos;achat : sa propre moyenne, rapprochée de la moyenne de tous les clients s&apos;il a acheté peu de jours</translation>
    </message>
    <message>
        <source>What the customer is expected to spend in the next 365 days: purchase days next year × spend per purchase day</source>
        <translation>Ce que le client devrait dépenser dans les 365 prochains jours : jours d&apos;achat l&apos;an prochain × dépense par jour d&apos;achat</translation>
    </message>
    <message>
        <source>What could be lost: spent in total × how likely the customer is no longer a customer</source>
        <translation>Ce qui pourrait être perdu : dépensé au total × probabilité que le client ne soit plus client</translation>
    </message>
    <message>
        <source>The customer&apos;s next birthday on or after the reference date (29 February is 28 February in other years)</source>
        <translation>Le prochain anniversaire du client à la date de référence ou après (le 29 février devient le 28 février les autres années)</translation>
    </message>
    <message>
        <source>The next anniversary of the first purchase that marks a year or more</source>
        <translation>La prochaine date anniversaire du premier achat qui marque un an ou plus</translation>
    </message>
    <message>
        <source>Whole years since the first purchase, counted to the end of the anniversary window</source>
        <translation>Années entières depuis le premier achat, comptées jusqu&apos;à la fin de la fenêtre de la date anniversaire</translation>
    </message>
    <message>
        <source>The product the customer is due to buy again now (the one they spent most on, if several)</source>
        <translation>Le produit que le client doit bientôt racheter (celui pour lequel il a le plus dépensé, s&apos;il y en a plusieurs)</translation>
    </message>
    <message>
        <source>When that product is due: the last purchase of it plus its usual re-buy interval</source>
        <translation>Quand ce produit est à racheter : son dernier achat plus son intervalle de rachat habituel</translation>
    </message>
    <message>
        <source>The occasion list the customer is on</source>
        <translation>La liste d&apos;occasion sur laquelle figure le client</translation>
    </message>
    <message>
        <source>The birthday, the anniversary, or the day the product is due</source>
        <translation>L&apos;anniversaire, la date anniversaire ou le jour où le produit est à racheter</translation>
    </message>
    <message>
        <source>Days from the reference date to the day (below 0: a product that fell due a few days ago)</source>
        <translation>Jours entre la date de référence et le jour (moins de 0 : un produit à racheter depuis quelques jours)</translation>
    </message>
    <message>
        <source>Years with you for an anniversary, the product for Due to re-buy</source>
        <translation>Années avec vous pour une date anniversaire, le produit pour Rachat attendu</translation>
    </message>
    <message>
        <source>The usual gap between a customer&apos;s purchases of the product: the median, half the gaps are shorter</source>
        <translation>L&apos;écart habituel entre les achats du produit par un client : la médiane, la moitié des écarts sont plus courts</translation>
    </message>
    <message>
        <source>A quarter of the gaps are shorter than this (the 25th percentile)</source>
        <translation>Un quart des écarts sont plus courts (le 25e centile)</translation>
    </message>
    <message>
        <source>A quarter of the gaps are longer than this (the 75th percentile)</source>
        <translation>Un quart des écarts sont plus longs (le 75e centile)</translation>
    </message>
    <message>
        <source>Gaps between a customer&apos;s purchase days of the product, all customers together</source>
        <translation>Écarts entre les jours d&apos;achat du produit par un client, tous clients confondus</translation>
    </message>
    <message>
        <source>Customers who bought the product on two days or more</source>
        <translation>Clients qui ont acheté le produit deux jours ou plus</translation>
    </message>
    <message>
        <source>Customers due to buy this product again now (one due for two products counts for both; their message names the one they spent most on)</source>
        <translation>Clients qui doivent racheter ce produit maintenant (un client concerné par deux produits compte pour les deux ; son message cite celui pour lequel il a le plus dépensé)</translation>
    </message>
    <message>
        <source>Customers whose birthday comes within the window after the reference date (from either file; the year is not needed)</source>
        <extracomment>What each occasion list holds (definitions §12), for tooltips.</extracomment>
        <translation>Clients dont l&apos;anniversaire tombe dans la fenêtre après la date de référence (de l&apos;un ou l&apos;autre fichier ; l&apos;année n&apos;est pas nécessaire)</translation>
    </message>
    <message>
        <source>Customers whose first purchase has its anniversary (one year or more) within the window</source>
        <translation>Clients dont le premier achat fête son anniversaire (un an ou plus) dans la fenêtre</translation>
    </message>
    <message>
        <source>Customers whose last purchase of a product plus its usual re-buy interval falls within the window: time for a restock reminder</source>
        <translation>Clients dont le dernier achat d&apos;un produit plus son intervalle de rachat habituel tombe dans la fenêtre : le moment d&apos;un rappel de réassort</translation>
    </message>
    <message>
        <source>Recency score: none (not scored)</source>
        <extracomment>A score&apos;s tooltip without a score, and with one (%1), per dimension (translated where shown).</extracomment>
        <translation>Note de récence : aucune (non notée)</translation>
    </message>
    <message>
        <source>Recency score %1 of 5 (5 = bought most recently, compared with your other customers)</source>
        <translation>Note de récence %1 sur 5 (5 = achat le plus récent, par rapport à vos autres clients)</translation>
    </message>
    <message>
        <source>Frequency score: none (not scored)</source>
        <translation>Note de fréquence : aucune (non notée)</translation>
    </message>
    <message>
        <source>Frequency score %1 of 5 (5 = the most orders, compared with your other customers)</source>
        <translation>Note de fréquence %1 sur 5 (5 = le plus de commandes, par rapport à vos autres clients)</translation>
    </message>
    <message>
        <source>Money score: none (not scored)</source>
        <translation>Note de montant : aucune (non notée)</translation>
    </message>
    <message>
        <source>Money score %1 of 5 (5 = spent the most, compared with your other customers)</source>
        <translation>Note de montant %1 sur 5 (5 = a le plus dépensé, par rapport à vos autres clients)</translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <extracomment>What the tiers count, in words that follow &quot;spent at least £500 …&quot; (translated where shown).</extracomment>
        <translation>sur les 12 derniers mois</translation>
    </message>
    <message>
        <source>since their first purchase</source>
        <translation>depuis son premier achat</translation>
    </message>
    <message>
        <source>this calendar year</source>
        <translation>cette année civile</translation>
    </message>
    <message>
        <source>%1: the first tier, for everyone below the next</source>
        <translation>%1 : le premier niveau, pour tous ceux en dessous du suivant</translation>
    </message>
    <message>
        <source>%1: spent at least %2 %3</source>
        <translation>%1 : a dépensé au moins %2 %3</translation>
    </message>
    <message>
        <source>; next: %1 from %2</source>
        <translation> ; suivant : %1 à partir de %2</translation>
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
de</translation>
    </message>
    <message>
        <source>R
to</source>
        <translation>R
à</translation>
    </message>
    <message>
        <source>F
from</source>
        <translation>F
de</translation>
    </message>
    <message>
        <source>F
to</source>
        <translation>F
à</translation>
    </message>
    <message>
        <source>M
from</source>
        <translation>M
de</translation>
    </message>
    <message>
        <source>M
to</source>
        <translation>M
à</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>The names&apos; column is kept at least this wide for its longest word, at most (pixels).</extracomment>
        <translation>tous</translation>
    </message>
    <message>
        <source>Each segment is a box of scores (5 is best). The first segment that holds a customer&apos;s scores wins, so order matters.</source>
        <extracomment>the width the editor wants changed (names of other lengths): see the module doc</extracomment>
        <translation>Chaque segment est une plage de notes (5 est la meilleure). Le premier segment qui contient les notes d&apos;un client l&apos;emporte : l&apos;ordre compte.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a segment at the end</source>
        <translation>Ajouter un segment à la fin</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected segment</source>
        <translation>Retirer le segment sélectionné</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up: earlier segments win</source>
        <translation>Monter : les premiers segments l&apos;emportent</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Back to the standard ten segments</source>
        <translation>Revenir aux dix segments standard</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Appliquer et recalculer</translation>
    </message>
    <message>
        <source>Use this map and scoring for every page</source>
        <translation>Utiliser cette carte et cette notation pour toutes les pages</translation>
    </message>
    <message>
        <source>Quintiles (automatic)</source>
        <translation>Quintiles (automatique)</translation>
    </message>
    <message>
        <source>My own thresholds</source>
        <translation>Mes propres seuils</translation>
    </message>
    <message>
        <source>Scores from</source>
        <translation>Notes selon</translation>
    </message>
    <message>
        <source>days since last purchase, e.g. 30, 90, 180, 365</source>
        <translation>jours depuis le dernier achat, p. ex. 30, 90, 180, 365</translation>
    </message>
    <message>
        <source>orders, e.g. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)</source>
        <translation>commandes, p. ex. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)</translation>
    </message>
    <message>
        <source>revenue, e.g. 50, 150, 400, 1000</source>
        <translation>chiffre d&apos;affaires, p. ex. 50, 150, 400, 1000</translation>
    </message>
    <message>
        <source>Recency cut points</source>
        <translation>Seuils de récence</translation>
    </message>
    <message>
        <source>Frequency cut points</source>
        <translation>Seuils de fréquence</translation>
    </message>
    <message>
        <source>Money cut points</source>
        <translation>Seuils de montant</translation>
    </message>
    <message>
        <source>Leave empty to keep quintiles for this score.</source>
        <translation>Laissez vide pour garder les quintiles pour cette note.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Carte des segments</translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation>Nouveau segment %1</translation>
    </message>
    <message>
        <source>“My own thresholds” needs cut points in at least one box.</source>
        <translation>« Mes propres seuils » demande des seuils dans au moins une case.</translation>
    </message>
    <message>
        <source>Type four numbers in the recency, frequency or money box, or choose Quintiles.</source>
        <translation>Tapez quatre nombres dans la case récence, fréquence ou montant, ou choisissez Quintiles.</translation>
    </message>
    <message>
        <source>The map needs at least one segment.</source>
        <translation>La carte doit avoir au moins un segment.</translation>
    </message>
    <message>
        <source>Every customer falls in exactly one segment.</source>
        <translation>Chaque client tombe dans exactement un segment.</translation>
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
        <translation>Clients</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% des clients</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Avg order</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Median days since last</source>
        <translation>Médiane jours depuis le dernier achat</translation>
    </message>
    <message>
        <source>Recency (days since last purchase)</source>
        <extracomment>How each score&apos;s cut points are named under the table.</extracomment>
        <translation>Récence (jours depuis le dernier achat)</translation>
    </message>
    <message>
        <source>Frequency (orders)</source>
        <translation>Fréquence (commandes)</translation>
    </message>
    <message>
        <source>Money (revenue)</source>
        <translation>Montant (chiffre d&apos;affaires)</translation>
    </message>
    <message>
        <source>quintiles</source>
        <extracomment>How the cut points were found (core.segmentation.rfm: RFMResult.methods).</extracomment>
        <translation>quintiles</translation>
    </message>
    <message>
        <source>your thresholds</source>
        <translation>vos seuils</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
    <message>
        <source>Hover a segment name to see who they are and what to offer</source>
        <extracomment>The segment map&apos;s width at least, where the page has twice that (pixels).</extracomment>
        <translation>Survolez un nom de segment pour voir qui ils sont et quoi leur proposer</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, %2 of revenue.</source>
        <translation>
            <numerusform>%1 client, %2 du chiffre d&apos;affaires.</numerusform>
            <numerusform>%1 clients, %2 du chiffre d&apos;affaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>not enough different values</source>
        <translation>pas assez de valeurs différentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cut points (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – seuils (%2) : %3</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Finding your customer groups…</source>
        <extracomment>How long after the last change the analysis is kept for its file (a burst of typing is one write). A file&apos;s opening was cancelled or failed before its groups were found: the analysis open before is back (``imported`` is it again), and the window shows it again. A page asks the window to show another page (its title), with one of its lists chosen (a MailingList.key, or &quot;&quot;): the Changes page&apos;s &quot;offer&quot; and &quot;export&quot; buttons, the Overview&apos;s link. The window&apos;s language (gui.translation, set by the main window at start): what core writes for the window (segment names, reports, offer packs) is to be asked for in it. The customer facts kept between recomputes (made with the first one, when pandas loads). What was open before a file being opened, until its first segmentation is done. Whether the project was unsaved before settings not yet computed (None: none pending). The model check of the predictions (definitions §11), computed when first asked for. The Results page&apos;s looks at a campaign (reading a newer file, working out, saving). The one thread every chart of the window renders on (gui.chart_canvas). Where the shop&apos;s choices came from when a file was opened (None: the defaults, or a project).</extracomment>
        <translation>Recherche de vos groupes de clients…</translation>
    </message>
    <message numerus="yes">
        <source>%1 purchase row(s)</source>
        <translation>
            <numerusform>%1 ligne d’achat</numerusform>
            <numerusform>%1 lignes d’achat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 client</numerusform>
            <numerusform>%1 clients</numerusform>
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
        <translation>date de référence %1</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Spend in the last 12 months</source>
        <extracomment>The tier bases and the close-to-next-tier table&apos;s headers (translated when the page is built).</extracomment>
        <translation>Dépense des 12 derniers mois</translation>
    </message>
    <message>
        <source>Spend since the first purchase</source>
        <translation>Dépense depuis le premier achat</translation>
    </message>
    <message>
        <source>Spend this calendar year</source>
        <translation>Dépense de l&apos;année civile</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Still to spend</source>
        <translation>Reste à dépenser</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Niveau suivant</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Dépense totale</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Thresholds from my data (50 / 80 / 95 % of customers)</source>
        <extracomment>The highest spend a tier can start at (the spin boxes&apos; range).</extracomment>
        <translation>Seuils tirés de mes données (50 / 80 / 95 % des clients)</translation>
    </message>
    <message>
        <source>Untick to type your own spend thresholds</source>
        <translation>Décochez pour saisir vos propres seuils de dépense</translation>
    </message>
    <message>
        <source>Tier (lowest first)</source>
        <translation>Niveau (le plus bas d&apos;abord)</translation>
    </message>
    <message>
        <source>Spend from</source>
        <translation>Dépense à partir de</translation>
    </message>
    <message>
        <source>A customer takes the highest tier whose threshold they reach</source>
        <translation>Un client prend le niveau le plus élevé dont il atteint le seuil</translation>
    </message>
    <message>
        <source>Loyalty points per unit of money spent</source>
        <translation>Points de fidélité par unité monétaire dépensée</translation>
    </message>
    <message>
        <source>Close to the next tier: still to spend at most this share of its threshold</source>
        <translation>Proche du niveau suivant : il reste à dépenser au plus cette part de son seuil</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Retirer un niveau</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Appliquer et recalculer</translation>
    </message>
    <message>
        <source>Tiers are based on</source>
        <translation>Niveaux fondés sur</translation>
    </message>
    <message>
        <source>Points per unit spent</source>
        <translation>Points par unité dépensée</translation>
    </message>
    <message>
        <source>Close to next tier within</source>
        <translation>Proche du niveau suivant à</translation>
    </message>
    <message>
        <source>Tier rules</source>
        <translation>Règles des niveaux</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Clients par niveau</translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation>Niveaux de fidélité</translation>
    </message>
    <message>
        <source>The first tier takes everyone else</source>
        <translation>Le premier niveau prend tous les autres</translation>
    </message>
    <message>
        <source>The spend this tier starts at</source>
        <translation>La dépense à partir de laquelle ce niveau commence</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 customers are close to the next tier&lt;/b&gt; — a small nudge could move them up</source>
        <translation>
            <numerusform>&lt;b&gt;%1 client est proche du niveau suivant&lt;/b&gt; : un petit coup de pouce pourrait le faire monter</numerusform>
            <numerusform>&lt;b&gt;%1 clients sont proches du niveau suivant&lt;/b&gt; : un petit coup de pouce pourrait les faire monter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpliftChart</name>
    <message>
        <source>no control group to compare with</source>
        <extracomment>A bar&apos;s colour by verdict: clear answers in colour, the rest grey. Said on the chart where a row has no uplift (no control group, or nobody mailed).</extracomment>
        <translation>pas de groupe témoin pour comparer</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Pas encore de résultats</translation>
    </message>
    <message>
        <source>more buyers of every 100 than the control group
(bar: seen; whiskers: likely range)</source>
        <translation>acheteurs en plus sur 100 vs témoins
(barre : observé ; traits : probable)</translation>
    </message>
    <message>
        <source>Uplift with its 95% range</source>
        <translation>Gain (intervalle 95 %)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Purchase files (%1)</source>
        <extracomment>The file types a purchases or customers file may have (the file dialogs&apos; filter, after its words).</extracomment>
        <translation>Fichiers d&apos;achats (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open the purchase history your till or web shop exports (Excel or CSV). In a minute you will see your best customers, who has gone quiet, and your loyalty tiers — then pick an offer per group and export a personal mailing list. Nothing leaves this computer.</source>
        <translation>Ouvrez l&apos;historique d&apos;achats exporté par votre caisse ou votre boutique en ligne (Excel ou CSV). En une minute, vous verrez vos meilleurs clients, ceux qui se sont tus et vos niveaux de fidélité ; choisissez ensuite une offre par groupe et exportez une liste d&apos;envoi personnalisée. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Open purchases file…</source>
        <translation>Ouvrir un fichier d&apos;achats…</translation>
    </message>
    <message>
        <source>Choose an Excel, ODS or CSV export of your sales (Ctrl+O)</source>
        <translation>Choisir un export Excel, ODS ou CSV de vos ventes (Ctrl+O)</translation>
    </message>
    <message>
        <source>Try the sample data</source>
        <translation>Essayer les données d&apos;exemple</translation>
    </message>
    <message>
        <source>A real online shop&apos;s purchases: 300 customers, 2010–2011 (UCI Online Retail)</source>
        <translation>Les achats d&apos;une vraie boutique en ligne : 300 clients, 2010–2011 (UCI Online Retail)</translation>
    </message>
    <message>
        <source>…or drop a file anywhere on this window.</source>
        <translation>…ou déposez un fichier n&apos;importe où sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Double-click to import this file again</source>
        <translation>Double-cliquez pour réimporter ce fichier</translation>
    </message>
    <message>
        <source>Double-click to open this project</source>
        <translation>Double-cliquez pour ouvrir ce projet</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>No files opened yet</source>
        <translation>Aucun fichier ouvert pour l&apos;instant</translation>
    </message>
    <message>
        <source>No projects saved yet</source>
        <translation>Aucun projet enregistré pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>WinbackPage</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>En baisse</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Dépensé au total</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Écart habituel (jours)</translation>
    </message>
    <message>
        <source>Late by (× usual gap)</source>
        <translation>En retard de (× écart habituel)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>12 months before</source>
        <translation>12 mois précédents</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Ranked by what is at stake: what they spent × how likely they are to be lost (1 − “Still a customer”), highest first.</source>
        <extracomment>What the page says when the list is ranked by what is at stake.</extracomment>
        <translation>Classés selon l&apos;enjeu : ce qu&apos;ils ont dépensé × la probabilité de les perdre (1 − « Toujours client »), le plus élevé en premier.</translation>
    </message>
    <message>
        <source>Retail (180 days)</source>
        <translation>Commerce de détail (180 jours)</translation>
    </message>
    <message>
        <source>Subscription (30 days)</source>
        <translation>Abonnement (30 jours)</translation>
    </message>
    <message>
        <source>Seasonal (365 days)</source>
        <translation>Saisonnier (365 jours)</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>the table, the summary and the ranking&apos;s note show the chosen list</extracomment>
        <translation> jours</translation>
    </message>
    <message>
        <source>A customer with no purchase for longer than this is Inactive; twice as long is Lost</source>
        <translation>Un client sans achat depuis plus longtemps que cela est Inactive ; deux fois plus longtemps : Lost</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Choisir un préréglage…</translation>
    </message>
    <message>
        <source>Typical windows: retail 180 days, subscriptions 30, seasonal shops 365</source>
        <translation>Fenêtres habituelles : commerce de détail 180 jours, abonnements 30, boutiques saisonnières 365</translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation>Inactif après</translation>
    </message>
    <message>
        <source>Only declining</source>
        <translation>Seulement en baisse</translation>
    </message>
    <message>
        <source>Spent less than half in the last 12 months than in the 12 months before</source>
        <translation>A dépensé moins de la moitié sur les 12 derniers mois que sur les 12 mois précédents</translation>
    </message>
    <message>
        <source>Spending fell by more than half year on year</source>
        <translation>Dépenses en baisse de plus de moitié sur un an</translation>
    </message>
    <message>
        <source>Customers who have gone quiet, the most to lose first.</source>
        <translation>Les clients qui se font discrets, ceux qu&apos;il coûterait le plus de perdre en premier.</translation>
    </message>
    <message>
        <source>By activity status: Inactive, Lost and Overdue (late for their usual next purchase). The Overview&apos;s figure of customers at risk or inactive counts the At Risk and Can&apos;t Lose Them segments with Inactive and Lost instead, so the two can differ.</source>
        <translation>Par statut d’activité : Inactif, Perdu et En retard (en retard sur leur prochain achat habituel). Le chiffre des clients à risque ou inactifs de la Vue d’ensemble compte plutôt les segments À risque et À ne pas perdre avec Inactif et Perdu, les deux peuvent donc différer.</translation>
    </message>
    <message>
        <source>, of which &lt;b&gt;%1&lt;/b&gt; is at stake</source>
        <translation>, dont &lt;b&gt;%1&lt;/b&gt; en jeu</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; customers to win back (%2 declining); together they spent &lt;b&gt;%3&lt;/b&gt;%4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; client à reconquérir (%2 en baisse) ; ensemble ils ont dépensé &lt;b&gt;%3&lt;/b&gt;%4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; clients à reconquérir (%2 en baisse) ; ensemble ils ont dépensé &lt;b&gt;%3&lt;/b&gt;%4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: %1 days.</source>
        <translation>
            <numerusform>Fenêtre : %1 jour.</numerusform>
            <numerusform>Fenêtre : %1 jours.</numerusform>
        </translation>
    </message>
</context>
</TS>
