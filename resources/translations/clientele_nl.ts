<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ChangesPage</name>
    <message>
        <source>Customer</source>
        <extracomment>The columns of the list of a cell&apos;s customers. The headers of the list of a cell&apos;s customers (translated when the page is built).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months before the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 days before the reference date</source>
        <extracomment>The &quot;compare with&quot; choice that takes the date picker&apos;s date.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a date of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place every customer as they stood on this earlier date, scored with today&apos;s cut points, and see who moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier date to compare with (before the reference date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each cell of the table shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: the segment on the comparison date; columns: the segment now. Click a cell to list its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to a better segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to a worse one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pale: fewer than %1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of the table to list its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an offer for this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this path&apos;s list on the Offers page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Export page with only this path&apos;s list ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer as they stood on an earlier date, scored with today&apos;s cut points: who moved to a better segment, who slipped, and who is new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 stayed in their segment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customers; they spent %2 in the 12 months before %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, who first bought after %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Right-click to save this chart as a PNG picture</source>
        <extracomment>What a chart draws: a function given an empty matplotlib Figure. The charts&apos; matplotlib style (rcParams), applied from the GUI thread when a chart is made.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No customers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency score (5 = bought most recently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency score
(5 = most orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by recency and frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inactive after %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long since customers last bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and customers per day</source>
        <extracomment>Per period: the bar width in days, the chart&apos;s title, the date format of the x axis.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and customers per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and customers per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <extracomment>The colour of the &quot;(new)&quot; block and its bands: customers who first bought after the comparison date. A block smaller than this share of all customers gets no label (its neighbours&apos; would overlap). Narrower than this (logical pixels), a chart labels its blocks with their counts only. The gap between two blocks of a bar, as a share of all customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent information:&lt;/b&gt; no consent or opt-out column was found, so Clientele cannot tell who agreed to e-mails and would mail everyone with an e-mail address. Add the customers file with their consent (File → Change columns and re-import…, “Customer file” box).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept &lt;b&gt;%1&lt;/b&gt; of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; set aside (reasons below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 returns or cancellations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>purchases from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers, %2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices for this file are back, as you left them (Clientele keeps them for each file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices of &lt;b&gt;%1&lt;/b&gt; are used: it has the same columns, so this looks like a newer export of the same shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s customers and revenue add up to what the other pages count</source>
        <extracomment>the owner asked for the default settings instead of the ones kept for this file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the standard settings, tiers and offers for this file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was read, kept and set aside — and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as Clientele understood them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your customers →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the overview: segments, who has gone quiet, loyalty tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchases file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;First %1 rows&lt;/b&gt; as Clientele reads them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The objectName every translator installed here carries (so a new install replaces them). The application property naming the installed language&apos;s code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when Clientele starts again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Detailed log on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed log off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele will speak %1 when you start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open purchases file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed settings or offers since the project file “%1” was saved. Save them to it? (Clientele keeps them for this purchases file either way.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele is writing a mailing list. Quit anyway? The export stops and writes nothing: no file is changed and no campaign is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Customers</source>
        <extracomment>A cell with fewer customers than this is greyed: too few to read much into. (pale, strong) background per move; a cell&apos;s colour runs between them with its row share.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to a better segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to a worse segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new since the comparison date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 customers (%2 of the row), %3; revenue at stake %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Few customers: read little into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who first bought after the comparison date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Pages reachable with Ctrl+1 … Ctrl+9, in navigation order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open purchases file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an Excel, ODS or CSV export of your sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the bundled UCI Online Retail sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change columns and re-import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what each column of the current file means, then import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved Clientele project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers in a new project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export mailing list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose lists and write the mailing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the customer table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clientele &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each page shows, how the numbers are made, where files and settings live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a &amp;detailed log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what Clientele does (files read, steps and their times) to clientele-detail.log in its data folder, next to the crash log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>See who moved on the Changes page</source>
        <extracomment>the file&apos;s customers and revenue against these figures (also shown on the Import page)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is too short to compare with an earlier date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with at least one purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue (net of returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total net spend of these customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought within the inactivity window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers whose status is Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue of customers at risk or inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers who are At Risk, Can&apos;t Lose Them, Inactive or Lost used to spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customers and revenue of the file add up to these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers placed as they stood on the comparison date, scored with today&apos;s cut points; a better segment is one earlier in the segment map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference date: latest purchase in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency is counted back from this date. Untick to choose another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count recency from this day (for example the day you plan to send the mailing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency and frequency grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>revenue of %1 customers at risk or inactive</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: inactive after %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows after the reference date left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Import</source>
        <extracomment>Invented names, e-mails and consent for the sample&apos;s customers (so the demo mails someone). The window&apos;s comfortable size; smaller screens get the window maximised (gui.screen_fit). Where the progress bar stands when opening a file after the first look, and after the import. The pages&apos; titles and tooltips (gui.page_registry&apos;s PAGE_SPECS and the Import page) for pyside6-lupdate: the navigation translates them in the context &quot;Pages&quot; when it shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import report and the first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figures and the main charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer groups and the segment map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moved between segments since an earlier date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who have gone quiet, biggest spenders first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier rules, distribution and who is nearly up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer, with search, filters and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer and a message per list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the mailing list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this step; what was on screen before stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentHelp</name>
    <message>
        <source>Bought very recently and buy often — your best customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank them: early access, a small gift, ask for a review. No big discount needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy often and still fairly recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward loyalty: a thank-you gift, points, a tier upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent customers with a few orders — could become regulars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason to come back soon: free delivery, a picked recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made their first purchase very recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome them and make the second order easy: a small first-repeat discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought recently, but only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what else you sell; a small voucher for the next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle of the road: neither recent nor rare — starting to drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal recommendation or a limited-time offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have not bought for a while and bought only once or twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friendly reminder with a modest discount before they forget you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to buy regularly, but not for a long time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win them back: a clear discount and a &apos;we miss you&apos; message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were among your most frequent customers, but have gone quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your strongest win-back offer, personally worded; ask what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought rarely and long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A low-cost reminder at most; do not spend much on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers no segment of your map covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the segment map so every cell belongs to a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought within the inactivity window and on their usual rhythm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still inside the window, but late by their own rhythm (twice their usual gap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase within the inactivity window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase for more than twice the inactivity window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your customer file, but has never bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recency score %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency score %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money score %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment of your own map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an offer that fits them on the Offers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to offer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentMapEditor</name>
    <message>
        <source>Segment</source>
        <extracomment>The map&apos;s columns (translated when the editor is built).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R
from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R
to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F
from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F
to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M
from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M
to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each segment is a box of scores (5 is best). The first segment that holds a customer&apos;s scores wins, so order matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a segment at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up: earlier segments win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the standard ten segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this map and scoring for every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quintiles (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days since last purchase, e.g. 30, 90, 180, 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders, e.g. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue, e.g. 50, 150, 400, 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency cut points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency cut points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money cut points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep quintiles for this score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“My own thresholds” needs cut points in at least one box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type four numbers in the recency, frequency or money box, or choose Quintiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map needs at least one segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer falls in exactly one segment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Segment</source>
        <extracomment>The table&apos;s column headers (translated when the page is built).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days since last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency (days since last purchase)</source>
        <extracomment>How each score&apos;s cut points are named under the table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency (orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money (revenue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quintiles</source>
        <extracomment>How the cut points were found (core.segmentation.rfm: RFMResult.methods).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a segment name to see who they are and what to offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, %2 of revenue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not enough different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cut points (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 purchase rows</source>
        <extracomment>How long after the last change the analysis is kept for its file (a burst of typing is one write). A page asks the window to show another page (its title), with one of its lists chosen (a MailingList.key, or &quot;&quot;): the Changes page&apos;s &quot;offer&quot; and &quot;export&quot; buttons, the Overview&apos;s link. The window&apos;s language (gui.translation, set by the main window at start): what core writes for the window (segment names, reports, offer packs) is to be asked for in it. The customer facts kept between recomputes (made with the first one, when pandas loads). The one thread every chart of the window renders on (gui.chart_canvas). Where the shop&apos;s choices came from when a file was opened (None: the defaults, or a project).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reference date %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Spend in the last 12 months</source>
        <extracomment>The tier bases and the close-to-next-tier table&apos;s headers (translated when the page is built).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend since the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend this calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds from my data (50 / 80 / 95 % of customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to type your own spend thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier (lowest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer takes the highest tier whose threshold they reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty points per unit of money spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to the next tier: still to spend at most this share of its threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers are based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per unit spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to next tier within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first tier takes everyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 customers are close to the next tier&lt;/b&gt; — a small nudge could move them up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Purchase files (%1)</source>
        <extracomment>The file types a purchases or customers file may have (the file dialogs&apos; filter, after its words).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the purchase history your till or web shop exports (Excel or CSV). In a minute you will see your best customers, who has gone quiet, and your loyalty tiers — then pick an offer per group and export a personal mailing list. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open purchases file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Excel, ODS or CSV export of your sales (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real online shop&apos;s purchases: 300 customers, 2010–2011 (UCI Online Retail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or drop a file anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to import this file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
