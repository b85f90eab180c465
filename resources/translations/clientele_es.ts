<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>Find your best customers, win back the quiet ones, reward loyalty — offline, on your own computer. Nothing leaves this machine.</source>
        <translation>Encuentra a tus mejores clientes, recupera a los que han dejado de comprar, premia la fidelidad — sin conexión, en tu propio ordenador. Nada sale de este equipo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data:&lt;/b&gt; %1 (UCI Machine Learning Repository, data set 352).</source>
        <translation>&lt;b&gt;Datos de ejemplo:&lt;/b&gt; %1 (UCI Machine Learning Repository, conjunto de datos 352).</translation>
    </message>
</context>
<context>
    <name>CellFormat</name>
    <message>
        <source>Yes</source>
        <extracomment>Column kinds, decided once per column from its dtype (PERCENT: a share from 0 to 1 by its name). Number kinds: right-aligned, sorted largest first at the first click. Columns holding a share from 0 to 1, shown as a whole percentage (&quot;78%&quot;; definitions §11&apos;s p_alive). the display text of the first rows, by column position, made off the GUI thread with the formatters of ``texts_locale`` (gui.table_model.with_first_texts; empty when not made)</extracomment>
        <translation>Sí</translation>
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
        <translation>Segmento entonces</translation>
    </message>
    <message>
        <source>Segment now</source>
        <translation>Segmento ahora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Gasto total</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>12 months before the date</source>
        <translation>12 meses antes de la fecha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message numerus="yes">
        <source>%1 days before the reference date</source>
        <extracomment>The &quot;compare with&quot; choice that takes the date picker&apos;s date.</extracomment>
        <translation>
            <numerusform>%1 día antes de la fecha de referencia</numerusform>
            <numerusform>%1 días antes de la fecha de referencia</numerusform>
        </translation>
    </message>
    <message>
        <source>a date of your choice</source>
        <translation>una fecha a elegir</translation>
    </message>
    <message>
        <source>Place every customer as they stood on this earlier date, scored with today&apos;s cut points, and see who moved</source>
        <translation>Situar a cada cliente como estaba en esa fecha anterior, puntuado con los cortes de hoy, y ver quién ha cambiado</translation>
    </message>
    <message>
        <source>The earlier date to compare with (before the reference date)</source>
        <translation>La fecha anterior con la que comparar (antes de la fecha de referencia)</translation>
    </message>
    <message>
        <source>What each cell of the table shows</source>
        <translation>Qué muestra cada celda de la tabla</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Cells show</source>
        <translation>Las celdas muestran</translation>
    </message>
    <message>
        <source>Rows: the segment on the comparison date; columns: the segment now. Click a cell to list its customers.</source>
        <translation>Filas: el segmento en la fecha de comparación; columnas: el segmento actual. Haz clic en una celda para ver sus clientes.</translation>
    </message>
    <message>
        <source>to a better segment</source>
        <translation>a un segmento mejor</translation>
    </message>
    <message>
        <source>to a worse one</source>
        <translation>a uno peor</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>se quedaron</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevos</translation>
    </message>
    <message>
        <source>pale: fewer than %1 customers</source>
        <translation>pálido: menos de %1 clientes</translation>
    </message>
    <message>
        <source>Click a cell of the table to list its customers.</source>
        <translation>Haz clic en una celda de la tabla para ver sus clientes.</translation>
    </message>
    <message>
        <source>Write an offer for this list</source>
        <translation>Escribir una oferta para esta lista</translation>
    </message>
    <message>
        <source>Open this path&apos;s list on the Offers page</source>
        <translation>Abrir la lista de este cambio en la página Ofertas</translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation>Exportar esta lista…</translation>
    </message>
    <message>
        <source>Open the Export page with only this path&apos;s list ticked</source>
        <translation>Abrir la página Exportar con solo la lista de este cambio marcada</translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation>Adónde fueron los clientes</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Every customer as they stood on an earlier date, scored with today&apos;s cut points: who moved to a better segment, who slipped, and who is new</source>
        <translation>Cada cliente como estaba en una fecha anterior, puntuado con los cortes de hoy: quién subió, quién bajó y quién es nuevo</translation>
    </message>
    <message>
        <source>Choose a date to compare with.</source>
        <translation>Elige una fecha con la que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers; they spent %2 in the 12 months before %3</source>
        <translation>
            <numerusform>%1 cliente; gastó %2 en los 12 meses antes del %3</numerusform>
            <numerusform>%1 clientes; gastaron %2 en los 12 meses antes del %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, who first bought after %3</source>
        <translation>
            <numerusform>%1 cliente, que compró por primera vez después del %3</numerusform>
            <numerusform>%1 clientes, que compraron por primera vez después del %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeLinesDialog</name>
    <message>
        <source>Lines that are charges, not goods — postage, delivery, fees, bank charges, manual adjustments, discounts, test items — count in what customers spent, but are never their &lt;b&gt;favourite product&lt;/b&gt; or category. One name per line, in any language; a product is a charge when its name &lt;b&gt;is&lt;/b&gt; one of these, &lt;b&gt;begins&lt;/b&gt; with one (“Adjustment by john”) or &lt;b&gt;ends&lt;/b&gt; with one (“DOTCOM POSTAGE”). Letter case, accents and punctuation do not matter.</source>
        <extracomment>The words of this module, in the context &quot;ChargeLinesDialog&quot;.</extracomment>
        <translation>Las líneas que son cargos y no mercancía — envío, portes, comisiones, gastos bancarios, ajustes manuales, descuentos, artículos de prueba — cuentan en lo que gastaron los clientes, pero nunca son su &lt;b&gt;producto favorito&lt;/b&gt; ni su categoría favorita. Un nombre por línea, en cualquier idioma; un producto es un cargo cuando su nombre &lt;b&gt;es&lt;/b&gt; uno de estos, &lt;b&gt;empieza&lt;/b&gt; por uno («Adjustment by john») o &lt;b&gt;termina&lt;/b&gt; en uno («DOTCOM POSTAGE»). Mayúsculas, acentos y signos de puntuación no importan.</translation>
    </message>
    <message>
        <source>product</source>
        <extracomment>Names of this file shown at most (the rest are counted). The kind of name a charge was found as (ChargeLine.column), in words translated where shown.</extracomment>
        <translation>producto</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>No product or category name of this file is a charge by this list.</source>
        <translation>Ningún nombre de producto o categoría de este archivo es un cargo según esta lista.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message numerus="yes">
        <source>In this file, %1 name(s) are charges:</source>
        <translation>
            <numerusform>En este archivo, %1 nombre es un cargo:</numerusform>
            <numerusform>En este archivo, %1 nombres son cargos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>is a</source>
        <translation>es un(a)</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>Charge lines — Clientele</source>
        <translation>Líneas de cargos — Clientele</translation>
    </message>
    <message>
        <source>One name per line: postage, carriage, Versand, frais de port…</source>
        <translation>Un nombre por línea: envío, portes, postage, Versand…</translation>
    </message>
    <message>
        <source>Default list</source>
        <translation>Lista predeterminada</translation>
    </message>
    <message>
        <source>The standard list in English, German, French, Spanish, Italian and Dutch</source>
        <translation>La lista estándar en inglés, alemán, francés, español, italiano y neerlandés</translation>
    </message>
    <message>
        <source>The product and category names of this file that the list takes as charges</source>
        <translation>Los nombres de productos y categorías de este archivo que la lista toma como cargos</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Aplicar y recalcular</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Right-click to save this chart as a PNG picture</source>
        <extracomment>What a chart draws: a function given an empty matplotlib Figure. A chart waiting for its first paint renders after this long at the latest (if never painted). A chart whose placeholder is painted renders this long after (see the module doc). The charts&apos; matplotlib style (rcParams), in force only while a chart is drawn or saved on the chart thread (``matplotlib.rc_context``): matplotlib&apos;s global rcParams are never changed for the rest of the process, and the GUI thread does not write them while the chart thread reads them. The smallest height of a chart, in pixels per inch of its figure&apos;s height (a 3.6-inch chart: 245 px). a PNG was written (its path), after save_png</extracomment>
        <translation>Clic derecho para guardar este gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Dibujando…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No customers yet</source>
        <translation>Aún no hay clientes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation>Clientes e ingresos por segmento</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Recency score (5 = bought most recently)</source>
        <translation>Puntuación de recencia (5 = compra más reciente)</translation>
    </message>
    <message>
        <source>Frequency score
(5 = most orders)</source>
        <translation>Puntuación de frecuencia
(5 = más pedidos)</translation>
    </message>
    <message>
        <source>Customers by recency and frequency</source>
        <translation>Clientes por recencia y frecuencia</translation>
    </message>
    <message numerus="yes">
        <source>Inactive after %1 days</source>
        <translation>
            <numerusform>Inactivo tras %1 día</numerusform>
            <numerusform>Inactivo tras %1 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost after %1 days</source>
        <translation>
            <numerusform>Perdido tras %1 día</numerusform>
            <numerusform>Perdido tras %1 días</numerusform>
        </translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>How long since customers last bought</source>
        <translation>Cuánto hace que los clientes compraron</translation>
    </message>
    <message>
        <source>Revenue and customers per day</source>
        <extracomment>Per period: the bar width in days, the chart&apos;s title, the date format of the x axis.</extracomment>
        <translation>Ingresos y clientes por día</translation>
    </message>
    <message>
        <source>Revenue and customers per week</source>
        <translation>Ingresos y clientes por semana</translation>
    </message>
    <message>
        <source>Revenue and customers per month</source>
        <translation>Ingresos y clientes por mes</translation>
    </message>
    <message>
        <source>No purchases</source>
        <extracomment>A month&apos;s number in a date format, for its name to be put in after strftime (&quot;%b&quot; is always English).</extracomment>
        <translation>Sin compras</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Clientes que compraron</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Clientes por nivel</translation>
    </message>
    <message>
        <source>No check</source>
        <translation>Sin comprobación</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Repeat purchase days before the last quarter</source>
        <translation>Días de compra repetida antes del último trimestre</translation>
    </message>
    <message>
        <source>Purchase days in the last quarter</source>
        <translation>Días de compra en el último trimestre</translation>
    </message>
    <message>
        <source>Predicted and actual purchase days</source>
        <translation>Días de compra previstos y reales</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <extracomment>The colour of the &quot;(new)&quot; block and its bands: customers who first bought after the comparison date. A block smaller than this share of all customers gets no label (its neighbours&apos; would overlap). Narrower than this (logical pixels), a chart&apos;s titles write their dates in figures. The labels&apos; font size (points). The share of the chart&apos;s width the bands keep at least, however long the labels. The space beside each bar (in the units of the bars&apos; distance, 1) at least, and with counts only. The gap between two blocks of a bar, as a share of all customers. How a block&apos;s name is shown (the shop&apos;s language: core&apos;s Words.name); a name left out shows as it is.</extracomment>
        <translation>Aún no hay comparación</translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation>Adónde fueron los clientes</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Fila del archivo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The facts listed, in order: (label, the customer-table column(s) holding it: the first filled).</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Gasto total</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Pedido medio</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Recency</source>
        <extracomment>A name longer than this is shown cut short (&quot;…&quot;), the full name in the tooltip. A line may break inside a run of more characters than this without a space (a title&apos;s, a text&apos;s): after &quot;@&quot;, &quot;.&quot;, &quot;_&quot; or &quot;/&quot; (an e-mail address, a file name), and else every so many characters. Shorter words wrap whole, as words do, and are shown (and copied) as they are. (The labels wrap at spaces and hyphens only: a 300-character name or product, too wide to wrap, made the pane scroll sideways.) ... and a fact&apos;s value other than the e-mail address (left whole, however long: copied, it still works) A zero-width space: where a line may break, seen as nothing. Facts that are money (shown in the shop&apos;s currency), by column.</extracomment>
        <translation>Recencia</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>En descenso</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Previsiones</translation>
    </message>
    <message>
        <source>Select a customer to see the details.</source>
        <translation>Selecciona un cliente para ver los detalles.</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>Historial de compras</translation>
    </message>
    <message>
        <source>No customer matches these filters.</source>
        <translation>Ningún cliente coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>Spent less than nothing in this file (%1): the returns outweigh the purchases, usually returns of purchases made before the file starts. The segment comes from how recently and how often they bought.</source>
        <translation>Ha gastado menos que nada en este archivo (%1): las devoluciones superan a las compras, normalmente devoluciones de compras hechas antes de que empiece el archivo. El segmento sale de lo reciente y lo a menudo que ha comprado.</translation>
    </message>
    <message>
        <source>Why these labels?</source>
        <translation>¿Por qué estas etiquetas?</translation>
    </message>
    <message>
        <source>no purchases (prospect)</source>
        <translation>sin compras (potencial)</translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 fila</numerusform>
            <numerusform>%1 filas</numerusform>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <source>E-mail opens</source>
        <translation>Aperturas de e-mail</translation>
    </message>
    <message>
        <source>E-mail clicks</source>
        <translation>Clics en e-mails</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Contactos con atención al cliente</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Primera compra</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>Days since first</source>
        <translation>Días desde la primera compra</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>Días de compra</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Gasto total</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Pedido medio</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Intervalo habitual (días)</translation>
    </message>
    <message>
        <source>Late by (× usual gap)</source>
        <translation>Retraso (× intervalo habitual)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>12 months before</source>
        <translation>12 meses anteriores</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Categoría favorita</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Producto favorito</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>En descenso</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Tier points</source>
        <translation>Puntos de fidelidad</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Siguiente nivel</translation>
    </message>
    <message>
        <source>To next tier</source>
        <translation>Hasta el siguiente nivel</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Segmento entonces</translation>
    </message>
    <message>
        <source>Next birthday</source>
        <translation>Próximo cumpleaños</translation>
    </message>
    <message>
        <source>Next anniversary</source>
        <translation>Próximo aniversario</translation>
    </message>
    <message>
        <source>Years with you</source>
        <translation>Años contigo</translation>
    </message>
    <message>
        <source>Product due</source>
        <translation>Producto a recomprar</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Recompra prevista el</translation>
    </message>
    <message>
        <source>Close to next tier</source>
        <extracomment>The scores&apos; headings: their letters in every language (the tooltips say what they mean). Columns the filters name that the table does not show as such.</extracomment>
        <translation>Cerca del siguiente nivel</translation>
    </message>
    <message>
        <source>Find a customer by id, name, e-mail or phone (Ctrl+F)</source>
        <extracomment>Range filters shown only when their column has values (the predictions may be empty). The colour of the line that says why the predictions are empty. the file&apos;s product and category names with their rows (for the charge-lines editor) Names offered for &quot;bought …&quot; (the most bought first; any other can be typed). the rows the current filter keeps are shown (and the count and the description say so)</extracomment>
        <translation>Busca un cliente por número, nombre, e-mail o teléfono (Ctrl+F)</translation>
    </message>
    <message>
        <source>Your own lists: pick one to see who is on it now and its filters</source>
        <translation>Tus propias listas: elige una para ver quién está en ella ahora y sus filtros</translation>
    </message>
    <message>
        <source>Save as list…</source>
        <translation>Guardar como lista…</translation>
    </message>
    <message>
        <source>Keep these filters as a list of your own: it is worked out again on every import, and you can give it an offer and mail it like any other list</source>
        <translation>Guarda estos filtros como una lista propia: se recalcula en cada importación y puedes darle una oferta y enviarle correos como a cualquier otra lista</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Desde una plantilla</translation>
    </message>
    <message>
        <source>Start a list of who bought a category or a product lately, or who bought it before but not lately; pick the name, the days, then Save as list…</source>
        <translation>Empieza una lista de quienes compraron una categoría o un producto hace poco, o antes pero no últimamente; elige el nombre, los días y luego Guardar como lista…</translation>
    </message>
    <message>
        <source>Charge lines…</source>
        <translation>Líneas de cargos…</translation>
    </message>
    <message>
        <source>Postage, fees, adjustments and the like count in what customers spent, but are never their favourite product: edit that list</source>
        <translation>Los portes, comisiones, ajustes y similares cuentan en lo que gastaron los clientes, pero nunca son su producto favorito: edita esa lista</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Eliminar lista</translation>
    </message>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>¿Qué fiabilidad tienen las previsiones?</translation>
    </message>
    <message>
        <source>The predictions tried out on the last quarter of your history</source>
        <translation>Las previsiones puestas a prueba con el último cuarto de tu historial</translation>
    </message>
    <message>
        <source>Your lists:</source>
        <translation>Tus listas:</translation>
    </message>
    <message>
        <source>No predictions were made.</source>
        <translation>No se hicieron previsiones.</translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation>Previsiones:</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(ninguna elegida)</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 customers</source>
        <translation>
            <numerusform>Mostrando %1 de %2 clientes</numerusform>
            <numerusform>Mostrando %1 de %2 clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 cliente</numerusform>
            <numerusform>%1 clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>Save as list</source>
        <translation>Guardar como lista</translation>
    </message>
    <message>
        <source>Name of the list (as you will see it on the Offers and Export pages):</source>
        <translation>Nombre de la lista (tal como lo verás en las páginas Ofertas y Exportar):</translation>
    </message>
    <message>
        <source>You already have a list called &quot;%1&quot;. Replace its filters with these?</source>
        <translation>Ya tienes una lista llamada «%1». ¿Sustituir sus filtros por estos?</translation>
    </message>
    <message>
        <source>Give the list a name.</source>
        <translation>Ponle un nombre a la lista.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; keep it to %2.</source>
        <translation>El nombre tiene %1 caracteres; déjalo en %2 como máximo.</translation>
    </message>
    <message>
        <source>An arrow names a move between two segments (the Changes page). Choose a name without → or -&gt;.</source>
        <translation>Una flecha indica un cambio entre dos segmentos (página Cambios). Elige un nombre sin → ni -&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names a list (%2). Choose another name, so that every list keeps its own.</source>
        <translation>«%1» ya es el nombre de una lista (%2). Elige otro nombre, para que cada lista tenga el suyo.</translation>
    </message>
    <message>
        <source>Delete your list &quot;%1&quot;? The customers stay; only the list goes.</source>
        <translation>¿Eliminar tu lista «%1»? Los clientes se quedan; solo desaparece la lista.</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Copy selected rows</source>
        <extracomment>How many of a column&apos;s longest sampled texts fit_columns measures (a wider glyph mix can make a slightly shorter text wider, so not just the longest one). A label column (names with their colour) is sized to its whole names up to this width, whatever ``fit_columns``&apos; max_width (beyond it, a name is cut short and its tooltip says it whole).</extracomment>
        <translation>Copiar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>DetectabilityBox</name>
    <message>
        <source>Tick a list to see what its control group could show.</source>
        <extracomment>Shown while no list is ticked.</extracomment>
        <translation>Marca una lista para ver lo que podría mostrar su grupo de control.</translation>
    </message>
    <message>
        <source>What the control groups can show</source>
        <extracomment>How long after the last change the sentences are worked out again.</extracomment>
        <translation>Lo que pueden mostrar los grupos de control</translation>
    </message>
    <message>
        <source>Per ticked list: the smallest uplift the results could show with this control share, so that you can choose the control group&apos;s size knowingly</source>
        <translation>Por lista marcada: el menor aumento que los resultados podrían mostrar con esta parte de control, para que elijas el tamaño del grupo de control con conocimiento</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Which date order?</source>
        <extracomment>The words of this module, in the context &quot;ErrorDialogs&quot;.</extracomment>
        <translation>¿Qué orden de fecha?</translation>
    </message>
    <message>
        <source>This file cannot be used as it is</source>
        <translation>Este archivo no se puede usar tal como está</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>No se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>A setting cannot be used</source>
        <translation>Un ajuste no se puede usar</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>Open the file again and choose day-first or month-first when asked.</source>
        <translation>Vuelve a abrir el archivo y elige día primero o mes primero cuando se te pregunte.</translation>
    </message>
    <message>
        <source>Open the file again (File ▸ Open) and check the columns chosen in the column mapping.</source>
        <translation>Vuelve a abrir el archivo (Archivo ▸ Abrir) y revisa las columnas elegidas en la asignación de columnas.</translation>
    </message>
    <message>
        <source>Open the file again (File ▸ Open) and choose the column for “%1” in the column mapping.</source>
        <translation>Vuelve a abrir el archivo (Archivo ▸ Abrir) y elige la columna para «%1» en la asignación de columnas.</translation>
    </message>
    <message>
        <source>Clientele ran into a problem it did not expect (%1). Your data and files are unchanged. Try the last step again; if it keeps happening, send the log file to support.</source>
        <translation>Clientele ha encontrado un problema inesperado (%1). Tus datos y archivos no han cambiado. Vuelve a intentar el último paso; si sigue ocurriendo, envía el archivo de registro al soporte.</translation>
    </message>
    <message>
        <source>The details were saved to %1.</source>
        <translation>Los detalles se guardaron en %1.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Tick the groups to mail. A customer in several ticked lists is mailed once.</source>
        <translation>Marca los grupos a los que enviar. Un cliente en varias listas marcadas recibe un solo envío.</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Lists to mail</source>
        <translation>Listas a enviar</translation>
    </message>
    <message>
        <source>Excel workbook (a sheet per list)</source>
        <translation>Libro de Excel (una hoja por lista)</translation>
    </message>
    <message>
        <source>One sheet per list, each customer with their own message and coupon</source>
        <translation>Una hoja por lista, cada cliente con su propio mensaje y cupón</translation>
    </message>
    <message>
        <source>How the lists reach the customers: an e-mail list, a phone list for text messages, or a postal list with addresses. Each leaves out, with the reason, those it cannot reach.</source>
        <translation>Cómo llegan las listas a los clientes: una lista de e-mail, una lista de teléfonos para SMS o una lista postal con direcciones. Cada una excluye, con el motivo, a quienes no puede alcanzar.</translation>
    </message>
    <message>
        <source>Also one CSV file per list, ready to upload to Mailchimp, Brevo and similar tools</source>
        <translation>También un archivo CSV por lista, listo para subir a Mailchimp, Brevo y herramientas similares</translation>
    </message>
    <message>
        <source>Next to the workbook</source>
        <translation>Junto al libro</translation>
    </message>
    <message>
        <source>The folder for the CSV files (empty: next to the workbook)</source>
        <translation>La carpeta de los archivos CSV (vacío: junto al libro)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>A random share of each list is NOT mailed, so that you can later see whether the offer worked</source>
        <translation>Una parte al azar de cada lista NO recibe el envío, para que luego puedas ver si la oferta funcionó</translation>
    </message>
    <message>
        <source>Where to save the mailing workbook (.xlsx)</source>
        <translation>Dónde guardar el libro de envío (.xlsx)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>CSV folder</source>
        <translation>Carpeta CSV</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Grupo de control</translation>
    </message>
    <message>
        <source>It can show</source>
        <translation>Lo que puede mostrar</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Export mailing list</source>
        <translation>Exportar la lista de envío</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>A summary of what was written, and who was left out and why, appears here.</source>
        <translation>Aquí aparece un resumen de lo escrito, y de quién quedó fuera y por qué.</translation>
    </message>
    <message>
        <source>Per list: who was mailed, kept as control group, or left out and why</source>
        <translation>Por lista: a quién se envió, quién quedó como grupo de control, o quién quedó fuera y por qué</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 — %2 can be reached</source>
        <translation>%1 — %2 localizables</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <source>Save mailing list</source>
        <translation>Guardar la lista de envío</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The offer &quot;%1&quot; (%2) has a problem: </source>
        <translation>La oferta «%1» (%2) tiene un problema: </translation>
    </message>
    <message>
        <source>Fix it on the Offers page, then export again.</source>
        <translation>Corrígela en la página Ofertas y vuelve a exportar.</translation>
    </message>
    <message>
        <source>The files changed since they were opened</source>
        <translation>Los archivos cambiaron desde que se abrieron</translation>
    </message>
    <message>
        <source>%1 changed after Clientele read it, so opt-outs written into it since would not be seen, and nothing was written. Open the purchases file again (File ▸ Open), with its customers file, to read them as they are now, then export.</source>
        <translation>%1 cambió después de que Clientele lo leyera: las bajas añadidas desde entonces no se verían, y no se ha escrito nada. Vuelve a abrir el archivo de compras (Archivo ▸ Abrir), con su archivo de clientes, para leerlos tal como están ahora, y luego exporta.</translation>
    </message>
    <message>
        <source>Export without consent information?</source>
        <translation>¿Exportar sin información de consentimiento?</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Exportación detenida; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The mailing list of %1 was written to %2 (another file is open now).</source>
        <translation>La lista de envío de %1 se escribió en %2 (ahora hay otro archivo abierto).</translation>
    </message>
</context>
<context>
    <name>ExportTargets</name>
    <message numerus="yes">
        <source>… and %1 more</source>
        <translation>
            <numerusform>… y %1 más</numerusform>
            <numerusform>… y %1 más</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>¿Reemplazar los archivos existentes?</translation>
    </message>
    <message numerus="yes">
        <source>These files exist already and would be replaced:
%1

Replace them? (Choose No to pick another name.)</source>
        <translation>
            <numerusform>Este archivo ya existe y se reemplazaría:
%1

¿Reemplazarlo? (Elige No para poner otro nombre.)</numerusform>
            <numerusform>Estos archivos ya existen y se reemplazarían:
%1

¿Reemplazarlos? (Elige No para poner otro nombre.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create the folder?</source>
        <translation>
            <numerusform>¿Crear la carpeta?</numerusform>
            <numerusform>¿Crear las carpetas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These folders do not exist yet:
%1

Create them?</source>
        <translation>
            <numerusform>Esta carpeta todavía no existe:
%1

¿Crearla?</numerusform>
            <numerusform>Estas carpetas todavía no existen:
%1

¿Crearlas?</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder could not be created</source>
        <translation>No se pudo crear la carpeta</translation>
    </message>
    <message>
        <source>%1 looks open in Excel or LibreOffice: close it there first, or that program may later save its old copy over the new one.</source>
        <translation>%1 parece abierto en Excel o LibreOffice: ciérrelo allí primero, o ese programa podría guardar después su copia antigua encima de la nueva.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation>%1 es un archivo, no una carpeta. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>%1: %2. Choose another folder.</source>
        <translation>%1: %2. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>The file is not there</source>
        <translation>El archivo no está</translation>
    </message>
    <message>
        <source>%1 is not there any more (moved or deleted?). Export again to write it.</source>
        <translation>%1 ya no está (¿movido o eliminado?). Exporta de nuevo para escribirlo.</translation>
    </message>
    <message>
        <source>Clientele could not open the folder %1. Open it in your file manager.</source>
        <translation>Clientele no pudo abrir la carpeta %1. Ábrela en tu explorador de archivos.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files, so Clientele cannot open %2. Install a spreadsheet program (LibreOffice Calc is free), or use “Show in folder”. The file is at %3.</source>
        <translation>Ningún programa de este ordenador abre archivos %1, así que Clientele no puede abrir %2. Instala una hoja de cálculo (LibreOffice Calc es gratuita) o usa «Mostrar en la carpeta». El archivo está en %3.</translation>
    </message>
    <message>
        <source>Nothing opens this file</source>
        <translation>Nada abre este archivo</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Customers who opted out are never included; everyone left out is listed with the reason.</source>
        <translation>Los clientes que se dieron de baja nunca se incluyen; cada persona excluida aparece con el motivo.</translation>
    </message>
    <message>
        <source>Everyone left out is listed with the reason. &lt;b&gt;No consent information was found&lt;/b&gt;, so Clientele cannot leave out customers who opted out.</source>
        <translation>Cada persona excluida aparece con el motivo. &lt;b&gt;No se encontró información de consentimiento&lt;/b&gt;, así que Clientele no puede excluir a los clientes que se dieron de baja.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent information.&lt;/b&gt; Neither the purchases file nor a customers file has a consent or opt-out column, so everyone with an e-mail address would be mailed, including customers who unsubscribed. Add the customers file with their consent (File → Change columns and re-import…, “Customer file” box) before you export.</source>
        <translation>&lt;b&gt;No hay información de consentimiento.&lt;/b&gt; Ni el archivo de compras ni un archivo de clientes tiene una columna de consentimiento o de baja, así que se escribiría a todos los que tienen e-mail, incluidos los clientes que se dieron de baja. Añade el archivo de clientes con su consentimiento (Archivo → Cambiar columnas y volver a importar…, recuadro «Archivo de clientes») antes de exportar.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The channel choices, in the order shown.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message (a phone list)</source>
        <translation>SMS (una lista de teléfonos)</translation>
    </message>
    <message>
        <source>Post (a postal list)</source>
        <translation>Correo postal (una lista postal)</translation>
    </message>
    <message>
        <source>CSV per list for e-mail tools</source>
        <extracomment>What the CSV files are for, per channel.</extracomment>
        <translation>CSV por lista para herramientas de e-mail</translation>
    </message>
    <message>
        <source>CSV per list for text-message tools</source>
        <translation>CSV por lista para herramientas de SMS</translation>
    </message>
    <message>
        <source>CSV per list for a mail merge or labels</source>
        <translation>CSV por lista para combinar correspondencia o etiquetas</translation>
    </message>
    <message>
        <source>&lt;b&gt;No shop name yet:&lt;/b&gt; the messages say “our shop”. Type your shop&apos;s name on the Offers page (Your shop).</source>
        <translation>&lt;b&gt;Todavía no hay nombre de tienda:&lt;/b&gt; los mensajes dicen «nuestra tienda». Escribe el nombre de tu tienda en la página Ofertas (Tu tienda).</translation>
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
        <translation>correo postal</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>una dirección de e-mail</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un teléfono</translation>
    </message>
    <message>
        <source>a postal address</source>
        <translation>una dirección postal</translation>
    </message>
    <message>
        <source>%1 reaches %2</source>
        <translation>%1 llega a %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can be e-mailed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;No se puede enviar e-mail a nadie:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this file has no e-mail addresses.</source>
        <translation>este archivo no tiene direcciones de e-mail.</translation>
    </message>
    <message>
        <source>no customer has an e-mail address they may be mailed at.</source>
        <translation>ningún cliente tiene un e-mail al que se le pueda escribir.</translation>
    </message>
    <message>
        <source>Add a customers file with e-mail addresses (File → Change columns and re-import…, “Customer file” box)</source>
        <translation>Añade un archivo de clientes con direcciones de e-mail (Archivo → Cambiar columnas y volver a importar…, recuadro «Archivo de clientes»)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can be reached by %1:&lt;/b&gt; no customer has %2 they may be contacted at.</source>
        <translation>&lt;b&gt;No se puede llegar a nadie por %1:&lt;/b&gt; ningún cliente tiene %2 en el que se le pueda contactar.</translation>
    </message>
    <message>
        <source>Add a customers file with these details (File → Change columns and re-import…)</source>
        <translation>Añade un archivo de clientes con estos datos (Archivo → Cambiar columnas y volver a importar…)</translation>
    </message>
    <message>
        <source>But %1: choose that channel under How. Or: %2.</source>
        <translation>Pero %1: elige ese canal en Cómo. O bien: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>The files have no usable e-mail address, phone number or postal address either. %1.</source>
        <translation>Los archivos tampoco tienen ninguna dirección de e-mail, teléfono ni dirección postal utilizable. %1.</translation>
    </message>
    <message>
        <source>The last export of this analysis knew who agreed to e-mails, but this one has no consent information at all (was the customers file removed, or its consent column?). Without it, everyone with an e-mail address is mailed, including customers who opted out.

Export anyway?</source>
        <translation>La última exportación de este análisis sabía quién aceptó recibir e-mails, pero esta no tiene ninguna información de consentimiento (¿se quitó el archivo de clientes o su columna de consentimiento?). Sin ella, se escribe a todos los que tienen e-mail, incluidos los clientes que se dieron de baja.

¿Exportar de todos modos?</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Contactados</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Grupo de control</translation>
    </message>
    <message>
        <source>Left out (why)</source>
        <translation>Excluidos (motivo)</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>e.g. &gt;= 100, 10-20, empty</source>
        <extracomment>What the free-text box suggests, per kind of column (the words typed are core&apos;s, parse_condition).</extracomment>
        <translation>p. ej., &gt;= 100, 10-20, vacío</translation>
    </message>
    <message>
        <source>e.g. after 2024-06-01, 2024-01-01 to 2024-06-30</source>
        <translation>p. ej., después de 2024-06-01, 2024-01-01 a 2024-06-30</translation>
    </message>
    <message>
        <source>e.g. Berlin, = Berlin, not Berlin, empty</source>
        <translation>p. ej., Berlín, = Berlín, no Berlín, vacío</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sí o no</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>en los últimos</translation>
    </message>
    <message>
        <source>before, but not in the last</source>
        <translation>antes, pero no en los últimos</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <source>Bought a category in the last N days</source>
        <extracomment>The list templates&apos; names, per field and when (the Customers page&apos;s &quot;From a template&quot; menu).</extracomment>
        <translation>Compró una categoría en los últimos N días</translation>
    </message>
    <message>
        <source>Bought a category before, but not in the last N days</source>
        <translation>Compró una categoría antes, pero no en los últimos N días</translation>
    </message>
    <message>
        <source>Bought a product in the last N days</source>
        <translation>Compró un producto en los últimos N días</translation>
    </message>
    <message>
        <source>Bought a product before, but not in the last N days</source>
        <translation>Compró un producto antes, pero no en los últimos N días</translation>
    </message>
    <message>
        <source>%1: show only the customers with this one</source>
        <translation>%1: mostrar solo los clientes con este valor</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>%1: from this value (leave empty for no limit)</source>
        <translation>%1: desde este valor (déjalo vacío para no poner límite)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>%1: up to this value (leave empty for no limit)</source>
        <translation>%1: hasta este valor (déjalo vacío para no poner límite)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Any column of the customer table, also ones your files add</source>
        <translation>Cualquier columna de la tabla de clientes, también las que añaden tus archivos</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Además:</translation>
    </message>
    <message>
        <source>any name, or none</source>
        <translation>cualquier nombre, o ninguno</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Customers who bought it in the last N days, or who bought it before but not lately</source>
        <translation>Clientes que lo compraron en los últimos N días, o antes pero no últimamente</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Compró</translation>
    </message>
    <message>
        <source>Any</source>
        <extracomment>conditions of a saved filter that no control shows (kept and applied until cleared)</extracomment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Segment</source>
        <extracomment>Columns offered as pick-one filters when present (label shown in the filter bar).</extracomment>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Categoría favorita</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Producto favorito</translation>
    </message>
    <message>
        <source>Spent</source>
        <extracomment>Columns offered as from–to ranges.</extracomment>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>Still a customer %</source>
        <translation>Sigue siendo cliente %</translation>
    </message>
    <message>
        <source>Spend next year</source>
        <translation>Gasto el próximo año</translation>
    </message>
    <message>
        <source>Declining</source>
        <extracomment>Columns filtered as the table shows them: a 0–1 share as a whole percentage (78 for 0.7812). Yes/no columns offered as boxes to tick (close to the next tier is not a column: core reads it).</extracomment>
        <translation>En descenso</translation>
    </message>
    <message>
        <source>Close to next tier</source>
        <translation>Cerca del siguiente nivel</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Clientele guide</source>
        <translation>Guía de Clientele</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Reading %1…</source>
        <extracomment>The words of this module, in the context &quot;ImportFlow&quot;. emitted just before the first look at a file is read (the job&apos;s progress starts) emitted just before the import; True when it follows a first look (the job&apos;s progress goes on)</extracomment>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Which date order?</source>
        <translation>¿Qué orden de fecha?</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways (for example %1).</source>
        <translation>Las fechas de este archivo se pueden leer de dos maneras (por ejemplo %1).</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways.</source>
        <translation>Las fechas de este archivo se pueden leer de dos maneras.</translation>
    </message>
    <message>
        <source>No date in the file settles it. How does your shop software write 3 April 2024: day first or month first?</source>
        <translation>Ninguna fecha del archivo lo aclara. ¿Cómo escribe tu programa de tienda el 3 de abril de 2024: día primero o mes primero?</translation>
    </message>
    <message>
        <source>Day first: 03/04/2024</source>
        <translation>Día primero: 03/04/2024</translation>
    </message>
    <message>
        <source>Month first: 04/03/2024</source>
        <translation>Mes primero: 04/03/2024</translation>
    </message>
    <message>
        <source>Which currency?</source>
        <translation>¿Qué moneda?</translation>
    </message>
    <message>
        <source>The amounts in this file are in more than one currency. Clientele never converts money, so it can use the rows of one currency only.</source>
        <translation>Los importes de este archivo están en más de una moneda. Clientele nunca convierte dinero, así que solo puede usar las filas de una moneda.</translation>
    </message>
    <message>
        <source>Keep the rows of which currency? The others are set aside and counted in the import report.</source>
        <translation>¿Qué moneda quieres conservar? Las demás filas se apartan y se cuentan en el informe de importación.</translation>
    </message>
    <message numerus="yes">
        <source>Keep %1 (%Ln row(s))</source>
        <translation>
            <numerusform>Conservar %1 (%Ln fila)</numerusform>
            <numerusform>Conservar %1 (%Ln filas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Customer id</source>
        <translation>N.º de cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>N.º de pedido</translation>
    </message>
    <message>
        <source>Is return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Fila del archivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>&lt;b&gt;No consent information:&lt;/b&gt; no consent or opt-out column was found, so Clientele cannot tell who agreed to e-mails and would mail everyone with an e-mail address. Add the customers file with their consent (File → Change columns and re-import…, “Customer file” box).</source>
        <translation>&lt;b&gt;Sin información de consentimiento:&lt;/b&gt; no se encontró ninguna columna de consentimiento o baja, así que Clientele no puede saber quién aceptó recibir correos y escribiría a todos los que tienen dirección. Añade el archivo de clientes con su consentimiento (Archivo → Cambiar columnas y volver a importar…, casilla «Archivo de clientes»).</translation>
    </message>
    <message>
        <source>Consent from %1: %2</source>
        <translation>Consentimiento de %1: %2</translation>
    </message>
    <message>
        <source>Text-message consent from %1: %2 (for text messages only)</source>
        <translation>Consentimiento para SMS de %1: %2 (solo para SMS)</translation>
    </message>
    <message>
        <source>kept &lt;b&gt;%1&lt;/b&gt; of %2 rows</source>
        <translation>se conservaron &lt;b&gt;%1&lt;/b&gt; de %2 filas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; set aside (reasons below)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; apartadas (motivos abajo)</translation>
    </message>
    <message numerus="yes">
        <source>%1 returns or cancellations</source>
        <translation>
            <numerusform>%1 devolución o cancelación</numerusform>
            <numerusform>%1 devoluciones o cancelaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>purchases from %1 to %2</source>
        <translation>compras del %1 al %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers, %2 orders</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; clientes, %2 pedidos</translation>
    </message>
    <message>
        <source>Columns used</source>
        <translation>Columnas usadas</translation>
    </message>
    <message>
        <source>Clientele reads</source>
        <translation>Clientele lee</translation>
    </message>
    <message>
        <source>from the column</source>
        <translation>de la columna</translation>
    </message>
    <message>
        <source>found</source>
        <translation>detectada</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>Filas apartadas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Por ejemplo</translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices for this file are back, as you left them (Clientele keeps them for each file).</source>
        <translation>Tus ajustes, niveles, ofertas y opciones de exportación para este archivo han vuelto tal como los dejaste (Clientele los guarda para cada archivo).</translation>
    </message>
    <message>
        <source>Your settings, tiers, offers and export choices of &lt;b&gt;%1&lt;/b&gt; are used: it has the same columns, so this looks like a newer export of the same shop.</source>
        <translation>Se usan tus ajustes, niveles, ofertas y opciones de exportación de &lt;b&gt;%1&lt;/b&gt;: tiene las mismas columnas, así que parece una exportación más reciente de la misma tienda.</translation>
    </message>
    <message>
        <source>How the file&apos;s customers and revenue add up to what the other pages count</source>
        <extracomment>the owner asked for the default settings instead of the ones kept for this file</extracomment>
        <translation>Cómo los clientes e ingresos del archivo llegan a lo que cuentan las demás páginas</translation>
    </message>
    <message>
        <source>Start from the defaults</source>
        <translation>Empezar con los valores predeterminados</translation>
    </message>
    <message>
        <source>Use the standard settings, tiers and offers for this file instead</source>
        <translation>Usar en su lugar los ajustes, niveles y ofertas estándar para este archivo</translation>
    </message>
    <message>
        <source>What was read, kept and set aside — and why</source>
        <translation>Qué se leyó, se conservó y se apartó, y por qué</translation>
    </message>
    <message>
        <source>The first rows as Clientele understood them</source>
        <translation>Las primeras filas tal como las entendió Clientele</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Primeras filas</translation>
    </message>
    <message>
        <source>See your customers →</source>
        <translation>Ver tus clientes →</translation>
    </message>
    <message>
        <source>Go to the overview: segments, who has gone quiet, loyalty tiers</source>
        <translation>Ir al resumen: segmentos, quién ha dejado de comprar, niveles de fidelidad</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, hoja «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 rows</source>
        <translation>
            <numerusform>%1 fila importada</numerusform>
            <numerusform>%1 filas importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>The purchases file</source>
        <translation>El archivo de compras</translation>
    </message>
    <message>
        <source>The customers file</source>
        <translation>El archivo de clientes</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;First %1 rows&lt;/b&gt; as Clientele reads them</source>
        <translation>
            <numerusform>&lt;b&gt;Primera %1 fila&lt;/b&gt; tal como la lee Clientele</numerusform>
            <numerusform>&lt;b&gt;Primeras %1 filas&lt;/b&gt; tal como las lee Clientele</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The objectName every translator installed here carries (so a new install replaces them). The application property naming the installed language&apos;s code.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Applies when Clientele starts again</source>
        <translation>Se aplica al volver a iniciar Clientele</translation>
    </message>
</context>
<context>
    <name>MailingListItems</name>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 cliente</numerusform>
            <numerusform>%1 clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>your own list (Customers page), worked out again on every import</source>
        <translation>tu propia lista (página Clientes), recalculada en cada importación</translation>
    </message>
    <message>
        <source>customers who first bought after the comparison date and are %2 now (the Changes page)</source>
        <translation>clientes que compraron por primera vez después de la fecha de comparación y ahora son %2 (página Cambios)</translation>
    </message>
    <message>
        <source>customers who were %1 on the comparison date and are %2 now (the Changes page)</source>
        <translation>clientes que eran %1 en la fecha de comparación y ahora son %2 (página Cambios)</translation>
    </message>
    <message>
        <source>Customers whose spend is within reach of their next loyalty tier</source>
        <translation>Clientes cuyo gasto está cerca de su siguiente nivel de fidelidad</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Detailed log on</source>
        <extracomment>An import that ended before every page was built: shown once they are (one per turn).</extracomment>
        <translation>Registro detallado activado</translation>
    </message>
    <message>
        <source>Detailed log off</source>
        <translation>Registro detallado desactivado</translation>
    </message>
    <message>
        <source>Clientele will speak %1 when you start it again.</source>
        <translation>Clientele hablará %1 la próxima vez que lo inicies.</translation>
    </message>
    <message>
        <source>Open purchases file</source>
        <translation>Abrir archivo de compras</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You changed settings or offers since the project file “%1” was saved. Save them to it? (Clientele keeps them for this purchases file either way.)</source>
        <translation>Has cambiado ajustes u ofertas desde que se guardó el proyecto «%1». ¿Guardarlos en él? (Clientele los conserva para este archivo de compras de todos modos.)</translation>
    </message>
    <message>
        <source>An export is being written</source>
        <translation>Se está escribiendo una exportación</translation>
    </message>
    <message>
        <source>Clientele is writing a mailing list. Quit anyway? The export stops and writes nothing: no file is changed and no campaign is recorded.</source>
        <translation>Clientele está escribiendo una lista de envío. ¿Salir de todos modos? La exportación se detiene sin escribir nada: no se cambia ningún archivo ni se registra ninguna campaña.</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>Acerca de Clientele</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(not used)</source>
        <extracomment>The choice for a column that means nothing to Clientele (translated where shown).</extracomment>
        <translation>(sin usar)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>The sheet that holds the purchases (Clientele picked the one that looks like it)</source>
        <translation>La hoja que contiene las compras (Clientele eligió la que lo parece)</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Columna de tu archivo</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>How it was recognised</source>
        <translation>Cómo se reconoció</translation>
    </message>
    <message>
        <source>Change what a column means if Clientele guessed wrong</source>
        <translation>Cambia lo que significa una columna si Clientele se equivocó</translation>
    </message>
    <message>
        <source>The first rows of the file, as read</source>
        <translation>Las primeras filas del archivo, tal como se leyeron</translation>
    </message>
    <message>
        <source>Optional: a file of customer details (names, e-mails, consent…)</source>
        <translation>Opcional: un archivo con datos de clientes (nombres, correos, consentimiento…)</translation>
    </message>
    <message>
        <source>The customers file stays with the analysis (its consent answers too) until you clear this box</source>
        <translation>El archivo de clientes se queda con el análisis (también sus respuestas de consentimiento) hasta que vacíes este campo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Customer file:</source>
        <translation>Archivo de clientes:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;%1&lt;/b&gt; export.</source>
        <translation>Reconocido: exportación de &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Check what each column means, then press Import.</source>
        <translation>Comprueba lo que significa cada columna y pulsa Importar.</translation>
    </message>
    <message>
        <source>Using the choices you made last time for a file with these columns.</source>
        <translation>Se usan las elecciones que hiciste la última vez para un archivo con estas columnas.</translation>
    </message>
    <message>
        <source>also read for consent: an opt-out in any consent column wins</source>
        <translation>también se lee para el consentimiento: una baja en cualquier columna de consentimiento prevalece</translation>
    </message>
    <message>
        <source>which column holds the purchase date</source>
        <translation>qué columna contiene la fecha de compra</translation>
    </message>
    <message>
        <source>which column says who the customer is (customer number or e-mail)</source>
        <translation>qué columna dice quién es el cliente (número de cliente o correo)</translation>
    </message>
    <message>
        <source>which column holds the amount (or quantity and unit price)</source>
        <translation>qué columna contiene el importe (o la cantidad y el precio unitario)</translation>
    </message>
    <message>
        <source>Please choose %1.</source>
        <translation>Elige %1.</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, a device or a pipe): choose the customer file (Browse…), or clear the box to import without one.</source>
        <translation>%1 no es un archivo (una carpeta, un dispositivo o una tubería): elige el archivo de clientes (Examinar…), o vacía la casilla para importar sin él.</translation>
    </message>
    <message>
        <source>The customer file %1 is not there any more: choose it again (Browse…), or clear the box to import without it.</source>
        <translation>El archivo de clientes %1 ya no está: vuelve a elegirlo (Examinar…) o vacía el campo para importar sin él.</translation>
    </message>
    <message>
        <source>Reading sheet %1…</source>
        <translation>Leyendo la hoja %1…</translation>
    </message>
    <message>
        <source>Customer details file</source>
        <translation>Archivo de datos de clientes</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Customers</source>
        <extracomment>A cell with fewer customers than this is greyed: too few to read much into. (pale, strong) background per move; a cell&apos;s colour runs between them with its row share.</extracomment>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>% of the row</source>
        <translation>% de la fila</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Ingresos en juego</translation>
    </message>
    <message>
        <source>moved to a better segment</source>
        <translation>pasaron a un segmento mejor</translation>
    </message>
    <message>
        <source>moved to a worse segment</source>
        <translation>pasaron a un segmento peor</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>se quedaron</translation>
    </message>
    <message>
        <source>new since the comparison date</source>
        <translation>nuevos desde la fecha de comparación</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers (%2 of the row), %3; revenue at stake %4</source>
        <translation>
            <numerusform>%1 cliente (%2 de la fila), %3; ingresos en juego %4</numerusform>
            <numerusform>%1 clientes (%2 de la fila), %3; ingresos en juego %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Few customers: read little into it.</source>
        <translation>Pocos clientes: no saques muchas conclusiones.</translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>Haz clic para verlos.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Customers who first bought after the comparison date</source>
        <translation>Clientes que compraron por primera vez después de la fecha de comparación</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Entonces: %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Pages reachable with Ctrl+1 … Ctrl+9 and Ctrl+0 (the tenth), in navigation order.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open purchases file…</source>
        <translation>&amp;Abrir archivo de compras…</translation>
    </message>
    <message>
        <source>Import an Excel, ODS or CSV export of your sales</source>
        <translation>Importar una exportación de tus ventas en Excel, ODS o CSV</translation>
    </message>
    <message>
        <source>Try the &amp;sample data</source>
        <translation>Probar los datos de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Import the bundled UCI Online Retail sample</source>
        <translation>Importar el ejemplo incluido UCI Online Retail</translation>
    </message>
    <message>
        <source>&amp;Change columns and re-import…</source>
        <translation>&amp;Cambiar columnas y volver a importar…</translation>
    </message>
    <message>
        <source>Check what each column of the current file means, then import again</source>
        <translation>Revisar qué significa cada columna del archivo actual y volver a importar</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>Abrir &amp;proyecto…</translation>
    </message>
    <message>
        <source>Open a saved Clientele project</source>
        <translation>Abrir un proyecto de Clientele guardado</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers</source>
        <translation>Guardar la asignación de columnas, ajustes, niveles y ofertas</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Guardar proyecto &amp;como…</translation>
    </message>
    <message>
        <source>Save mapping, settings, tiers and offers in a new project file</source>
        <translation>Guardar la asignación de columnas, ajustes, niveles y ofertas en un nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Export mailing list…</source>
        <translation>&amp;Exportar lista de envío…</translation>
    </message>
    <message>
        <source>Choose lists and write the mailing file</source>
        <translation>Elegir las listas y escribir el archivo de envío</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>Search the customer table</source>
        <translation>Buscar en la tabla de clientes</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Clientele &amp;guide</source>
        <translation>&amp;Guía de Clientele</translation>
    </message>
    <message>
        <source>What each page shows, how the numbers are made, where files and settings live</source>
        <translation>Qué muestra cada página, cómo se calculan las cifras, dónde están los archivos y ajustes</translation>
    </message>
    <message>
        <source>Keep a &amp;detailed log</source>
        <translation>Llevar un registro &amp;detallado</translation>
    </message>
    <message>
        <source>Write what Clientele does (files read, steps and their times) to clientele-detail.log in its data folder, next to the crash log</source>
        <translation>Escribir lo que hace Clientele (archivos leídos, pasos y su duración) en clientele-detail.log, en su carpeta de datos, junto al registro de fallos</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>&amp;Acerca de Clientele</translation>
    </message>
</context>
<context>
    <name>ModelCheckDialog</name>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>¿Qué fiabilidad tienen las previsiones?</translation>
    </message>
    <message>
        <source>Clientele hides the last quarter of your history, fits the predictions again on the first three quarters, and compares what they predict for the last quarter with what your customers really did: per number of repeat purchase days before it, and in total.</source>
        <extracomment>What the dialog says the check does.</extracomment>
        <translation>Clientele oculta el último cuarto de tu historial, vuelve a ajustar las previsiones con los tres primeros cuartos y compara lo que predicen para el último cuarto con lo que tus clientes hicieron de verdad: por número de días de compra repetida antes de él, y en total.</translation>
    </message>
    <message>
        <source>No check: %1</source>
        <extracomment>that the check covers fewer days than the predictions look ahead (or None)</extracomment>
        <translation>Sin comprobación: %1</translation>
    </message>
    <message>
        <source>Fitted on the purchases up to %1; for the %2 days from %3 to %4, the %5 customers who had bought by then were expected to buy on %6 days in total, and bought on %7.</source>
        <translation>Ajustado con las compras hasta el %1; para los %2 días del %3 al %4, se esperaba que los %5 clientes que habían comprado hasta entonces compraran %6 días en total, y compraron %7.</translation>
    </message>
    <message>
        <source>Model check</source>
        <translation>Comprobación del modelo</translation>
    </message>
    <message>
        <source>No predictions were made.</source>
        <extracomment>The check on screen, and the chart&apos;s data: labels (0 … 7+), predicted and actual purchase days.</extracomment>
        <translation>No se hicieron previsiones.</translation>
    </message>
    <message>
        <source>Nothing to check: %1</source>
        <translation>Nada que comprobar: %1</translation>
    </message>
    <message>
        <source>The check could not be made: %1</source>
        <translation>No se pudo hacer la comprobación: %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La comprobación se detuvo.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Checking the predictions: fitting them again on the first three quarters of the history…</source>
        <translation>Comprobando las previsiones: volviendo a ajustarlas con los tres primeros cuartos del historial…</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Aviso:</translation>
    </message>
    <message>
        <source>Predicted and actual totals are within 20% of each other: the predictions held up on this history.</source>
        <translation>Los totales previstos y reales difieren menos de un 20 %: las previsiones se sostuvieron con este historial.</translation>
    </message>
</context>
<context>
    <name>ModelChecks</name>
    <message>
        <source>Checking the predictions…</source>
        <extracomment>the fit whose check the owner stopped (the status bar&apos;s Cancel): the dialog offers to check again</extracomment>
        <translation>Comprobando las previsiones…</translation>
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
        <translation>Día</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Días que faltan</translation>
    </message>
    <message>
        <source>Years / product</source>
        <translation>Años / producto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Usually again after (days)</source>
        <translation>Normalmente otra vez tras (días)</translation>
    </message>
    <message>
        <source>Quickest quarter (days)</source>
        <translation>Cuarto más rápido (días)</translation>
    </message>
    <message>
        <source>Slowest quarter (days)</source>
        <translation>Cuarto más lento (días)</translation>
    </message>
    <message>
        <source>Gaps seen</source>
        <translation>Intervalos observados</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Clientes que repiten</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Toca ahora</translation>
    </message>
    <message>
        <source>Decide from the file (ask when it cannot)</source>
        <translation>Decidir según el archivo (preguntar si no se puede)</translation>
    </message>
    <message>
        <source>Day first (03/04 is 3 April)</source>
        <translation>Día primero (03/04 es el 3 de abril)</translation>
    </message>
    <message>
        <source>Month first (03/04 is 4 March)</source>
        <translation>Mes primero (03/04 es el 4 de marzo)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Lists that follow the calendar: a birthday, a year since the first order, a product about to run out. Each is a list like any other: give it an offer on the Offers page and mail it from Export.</source>
        <translation>Listas que siguen el calendario: un cumpleaños, un año desde el primer pedido, un producto a punto de acabarse. Cada una es una lista como cualquier otra: dale una oferta en la página Ofertas y envíala desde Exportar.</translation>
    </message>
    <message>
        <source>How to read a birthday such as 03/04 when nothing else in the file settles it</source>
        <translation>Cómo leer un cumpleaños como 03/04 cuando nada más en el archivo lo aclara</translation>
    </message>
    <message>
        <source>Birthday soon: within</source>
        <translation>Cumpleaños próximo: en</translation>
    </message>
    <message>
        <source>Anniversary soon: within</source>
        <translation>Aniversario próximo: en</translation>
    </message>
    <message>
        <source>Due to re-buy: from</source>
        <translation>Recompra prevista: desde</translation>
    </message>
    <message>
        <source>before to</source>
        <translation>antes hasta</translation>
    </message>
    <message>
        <source>after the reference date</source>
        <translation>después de la fecha de referencia</translation>
    </message>
    <message>
        <source>Birthdays like 03/04:</source>
        <translation>Cumpleaños como 03/04:</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Re-buy intervals</source>
        <translation>Intervalos de recompra</translation>
    </message>
    <message numerus="yes">
        <source>%1 products are bought again often enough to know when: each needs %2 gaps or more between a customer&apos;s purchases of it. &lt;i&gt;Usually again after&lt;/i&gt; is the middle gap (half the gaps are shorter); a quarter of the gaps are shorter than the quickest quarter, a quarter longer than the slowest. A customer is &lt;i&gt;due&lt;/i&gt; when their last purchase plus the usual gap falls in the window above.</source>
        <translation>
            <numerusform>%1 producto se vuelve a comprar lo bastante a menudo como para saber cuándo: cada uno necesita %2 intervalos o más entre las compras de un cliente. &lt;i&gt;Normalmente otra vez tras&lt;/i&gt; es el intervalo mediano (la mitad de los intervalos son más cortos); un cuarto de los intervalos son más cortos que el cuarto más rápido, un cuarto más largos que el más lento. A un cliente le &lt;i&gt;toca&lt;/i&gt; cuando su última compra más el intervalo habitual cae en la ventana de arriba.</numerusform>
            <numerusform>%1 productos se vuelven a comprar lo bastante a menudo como para saber cuándo: cada uno necesita %2 intervalos o más entre las compras de un cliente. &lt;i&gt;Normalmente otra vez tras&lt;/i&gt; es el intervalo mediano (la mitad de los intervalos son más cortos); un cuarto de los intervalos son más cortos que el cuarto más rápido, un cuarto más largos que el más lento. A un cliente le &lt;i&gt;toca&lt;/i&gt; cuando su última compra más el intervalo habitual cae en la ventana de arriba.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>First name (fallback when missing)</source>
        <translation>Nombre (palabra de reserva si falta)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Favourite category</source>
        <translation>Categoría favorita</translation>
    </message>
    <message>
        <source>Favourite product</source>
        <translation>Producto favorito</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Nivel de fidelidad</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Siguiente nivel</translation>
    </message>
    <message>
        <source>Amount still to spend for the next tier</source>
        <translation>Importe que falta gastar para el siguiente nivel</translation>
    </message>
    <message>
        <source>The discount, in words</source>
        <translation>El descuento, en palabras</translation>
    </message>
    <message>
        <source>Their unique coupon code</source>
        <translation>Su código de cupón único</translation>
    </message>
    <message>
        <source>When the offer ends</source>
        <translation>Cuándo termina la oferta</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>El nombre de tu tienda</translation>
    </message>
    <message>
        <source>Years since the first order, in words (&quot;2 years&quot;)</source>
        <translation>Años desde el primer pedido, en palabras («2 años»)</translation>
    </message>
    <message>
        <source>The product a customer is due to buy again</source>
        <translation>El producto que un cliente debería volver a comprar</translation>
    </message>
    <message>
        <source>The birthday, day and month</source>
        <translation>El cumpleaños, día y mes</translation>
    </message>
    <message>
        <source>after the export</source>
        <translation>después de la exportación</translation>
    </message>
    <message>
        <source>after the customer&apos;s day (birthday, anniversary, due day)</source>
        <translation>después del día del cliente (cumpleaños, aniversario, día de recompra)</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% de descuento</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Importe de descuento</translation>
    </message>
    <message>
        <source>Something else (describe it)</source>
        <translation>Otra cosa (descríbela)</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Sin descuento</translation>
    </message>
    <message>
        <source>The subject line of the e-mail; merge fields such as {first_name} work here too</source>
        <translation>El asunto del correo; los campos combinados como {first_name} también funcionan aquí</translation>
    </message>
    <message>
        <source>e.g. free delivery</source>
        <translation>p. ej., envío gratis</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>The offer ends this many days after the export</source>
        <translation>La oferta termina estos días después de la exportación</translation>
    </message>
    <message>
        <source>For a birthday, an anniversary or a product due: count the days from each customer&apos;s own day (a birthday treat valid a week either side: 7 days after the birthday), or from the export</source>
        <translation>Para un cumpleaños, un aniversario o una recompra prevista: contar los días desde el día de cada cliente (un regalo de cumpleaños válido una semana antes y después: 7 días tras el cumpleaños) o desde la exportación</translation>
    </message>
    <message>
        <source>Coupon codes start with this, e.g. MISSYOU-7KQ4P</source>
        <translation>Los códigos de cupón empiezan así, p. ej., MISSYOU-7KQ4P</translation>
    </message>
    <message>
        <source>there</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Used for {first_name} when a customer&apos;s first name is unknown</source>
        <translation>Se usa para {first_name} cuando no se conoce el nombre del cliente</translation>
    </message>
    <message>
        <source>Insert a field…</source>
        <translation>Insertar un campo…</translation>
    </message>
    <message>
        <source>Put a merge field, such as {first_name}, at the cursor in the message</source>
        <translation>Pon un campo combinado, como {first_name}, en el cursor del mensaje</translation>
    </message>
    <message>
        <source>The message. Words in braces, like {first_name}, are replaced per customer.</source>
        <translation>El mensaje. Las palabras entre llaves, como {first_name}, se sustituyen para cada cliente.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Válida durante</translation>
    </message>
    <message>
        <source>Coupon prefix</source>
        <translation>Prefijo del cupón</translation>
    </message>
    <message>
        <source>If no first name, say</source>
        <translation>Si no hay nombre, decir</translation>
    </message>
    <message>
        <source>Merge field</source>
        <translation>Campo combinado</translation>
    </message>
    <message>
        <source>The offer is ready.</source>
        <translation>La oferta está lista.</translation>
    </message>
</context>
<context>
    <name>OfferTestBox</name>
    <message>
        <source>With %1 held back as the control group (%2), </source>
        <translation>Con %1 reservados como grupo de control (%2), </translation>
    </message>
    <message>
        <source>With no control group, </source>
        <translation>Sin grupo de control, </translation>
    </message>
    <message>
        <source>the export mails %1 of this list&apos;s customers: %2 get offer A and %3 get offer B, drawn at random when you export (the control group is drawn first and does not change).</source>
        <translation>la exportación escribe a %1 clientes de esta lista: %2 reciben la oferta A y %3 la oferta B, sorteados al exportar (el grupo de control se sortea primero y no cambia).</translation>
    </message>
    <message>
        <source>Test a second offer</source>
        <translation>Probar una segunda oferta</translation>
    </message>
    <message>
        <source>Send offer B to part of this list&apos;s mailed customers, drawn at random, to see which offer works better (each is also compared with the control group)</source>
        <translation>Envía la oferta B a una parte de los clientes contactados de esta lista, sorteada, para ver qué oferta funciona mejor (cada una se compara también con el grupo de control)</translation>
    </message>
    <message>
        <source>The share of the mailed customers who get offer B (half unless you set another)</source>
        <translation>La parte de los clientes contactados que reciben la oferta B (la mitad, salvo que elijas otra)</translation>
    </message>
    <message>
        <source>get B</source>
        <translation>reciben B</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Every group you can mail; pick one to write its offer</source>
        <translation>Cada grupo al que puedes escribir; elige uno para redactar su oferta</translation>
    </message>
    <message>
        <source>Your shop&apos;s name, as customers know it</source>
        <translation>El nombre de tu tienda, tal como lo conocen tus clientes</translation>
    </message>
    <message>
        <source>No shop name yet: messages say “our shop”.</source>
        <translation>Aún no hay nombre de tienda: los mensajes dicen «nuestra tienda».</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Tu tienda</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Offer A</source>
        <translation>Oferta A</translation>
    </message>
    <message>
        <source>Offer B</source>
        <translation>Oferta B</translation>
    </message>
    <message>
        <source>Back to the suggested offer</source>
        <translation>Volver a la oferta sugerida</translation>
    </message>
    <message>
        <source>The subject and message this customer would get, and whether the export would reach them</source>
        <translation>El asunto y el mensaje que recibiría este cliente, y si la exportación le llegaría</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Preview for a real customer</source>
        <translation>Vista previa para un cliente real</translation>
    </message>
    <message>
        <source>Choose what each group gets. Every message is personalised.</source>
        <translation>Elige qué recibe cada grupo. Cada mensaje es personalizado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 cliente</numerusform>
            <numerusform>%1 clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is in this list right now.</source>
        <translation>Ahora mismo no hay nadie en esta lista.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Fix the offer first: %1</source>
        <translation>Corrige primero la oferta: %1</translation>
    </message>
    <message>
        <source>%1 is an example: each customer gets a code of their own, drawn when you export.</source>
        <translation>%1 es un ejemplo: cada cliente recibe su propio código, generado al exportar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offer %1&lt;/b&gt; of this list&apos;s offer test: each mailed customer gets A or B, drawn at random when you export.</source>
        <translation>&lt;b&gt;Oferta %1&lt;/b&gt; de la prueba de ofertas de esta lista: cada cliente contactado recibe A o B, sorteado al exportar.</translation>
    </message>
    <message>
        <source>Offer B still gives what offer A gives (only its coupon codes differ): change its discount, title or message, or the test can show only chance differences.</source>
        <translation>La oferta B todavía da lo mismo que la oferta A (solo difieren sus códigos de cupón): cambia su descuento, título o mensaje, o la prueba solo podrá mostrar diferencias debidas al azar.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Not sent by %1: %2.</source>
        <translation>No se envía por %1: %2.</translation>
    </message>
    <message>
        <source>Sent by %1, unless drawn for the control group (%2 of the list, not contacted).</source>
        <translation>Se envía por %1, salvo que salga sorteado para el grupo de control (%2 de la lista, sin contactar).</translation>
    </message>
    <message>
        <source>Sent by %1.</source>
        <translation>Se envía por %1.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>See who moved on the Changes page</source>
        <extracomment>the file&apos;s customers and revenue against these figures (also shown on the Import page)</extracomment>
        <translation>Ver quién cambió en la página Cambios</translation>
    </message>
    <message>
        <source>The history is too short to compare with an earlier date.</source>
        <translation>El historial es demasiado corto para comparar con una fecha anterior.</translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation>Previsiones:</translation>
    </message>
    <message>
        <source>no predictions were made.</source>
        <translation>no se hicieron previsiones.</translation>
    </message>
    <message>
        <source>customers expected to spend about %1 in the next 365 days</source>
        <translation>clientes que se espera que gasten unos %1 en los próximos 365 días</translation>
    </message>
    <message>
        <source>no customer seen to lapse yet, so the model cannot tell who is still a customer</source>
        <translation>aún no se ha visto a ningún cliente irse, así que el modelo no puede decir quién sigue siendo cliente</translation>
    </message>
    <message>
        <source>about %1 of %2 customers still customers</source>
        <translation>unos %1 de %2 clientes siguen siendo clientes</translation>
    </message>
    <message>
        <source>, expected to spend about %1 in the next 365 days</source>
        <translation>, gasto esperado de unos %1 en los próximos 365 días</translation>
    </message>
    <message>
        <source>How reliable are the predictions?</source>
        <translation>¿Qué fiabilidad tienen las previsiones?</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>Customers with at least one purchase</source>
        <translation>Clientes con al menos una compra</translation>
    </message>
    <message>
        <source>revenue (net of returns)</source>
        <translation>ingresos (netos de devoluciones)</translation>
    </message>
    <message>
        <source>Total net spend of these customers</source>
        <translation>Gasto neto total de estos clientes</translation>
    </message>
    <message>
        <source>active: bought within the inactivity window, not overdue</source>
        <translation>activos: compraron dentro del periodo de inactividad, no atrasados</translation>
    </message>
    <message>
        <source>Share of customers whose status is Active: they bought within the inactivity window and are not overdue for their usual next purchase (the Overdue ones bought within it too)</source>
        <translation>Proporción de clientes con estado Activo: compraron dentro del periodo de inactividad y no van con retraso respecto a su siguiente compra habitual (los Atrasados también compraron dentro de él)</translation>
    </message>
    <message>
        <source>revenue of customers at risk or inactive</source>
        <translation>ingresos de clientes en riesgo o inactivos</translation>
    </message>
    <message>
        <source>What customers who are At Risk, Can&apos;t Lose Them, Inactive or Lost used to spend</source>
        <translation>Lo que gastaban los clientes At Risk, Can&apos;t Lose Them, Inactive o Lost</translation>
    </message>
    <message>
        <source>How the customers and revenue of the file add up to these figures</source>
        <translation>Cómo los clientes e ingresos del archivo llegan a estas cifras</translation>
    </message>
    <message>
        <source>Customers placed as they stood on the comparison date, scored with today&apos;s cut points; a better segment is one earlier in the segment map</source>
        <translation>Clientes situados como estaban en la fecha de comparación, puntuados con los cortes de hoy; un segmento mejor es uno anterior en el mapa de segmentos</translation>
    </message>
    <message>
        <source>From the purchase and spend models fitted to your own customers; the link shows how well they predicted the last quarter</source>
        <translation>De los modelos de compra y gasto ajustados a tus propios clientes; el enlace muestra qué tal predijeron el último trimestre</translation>
    </message>
    <message>
        <source>Reference date: latest purchase in the file</source>
        <translation>Fecha de referencia: última compra del archivo</translation>
    </message>
    <message>
        <source>Recency is counted back from this date. Untick to choose another date.</source>
        <translation>La recencia se cuenta hacia atrás desde esta fecha. Desmarca para elegir otra fecha.</translation>
    </message>
    <message>
        <source>Count recency from this day (for example the day you plan to send the mailing)</source>
        <translation>Contar la recencia desde este día (por ejemplo, el día en que piensas enviar el correo)</translation>
    </message>
    <message>
        <source>Customers and revenue per segment</source>
        <translation>Clientes e ingresos por segmento</translation>
    </message>
    <message>
        <source>Recency and frequency grid</source>
        <translation>Cuadrícula de recencia y frecuencia</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation>Ingresos a lo largo del tiempo</translation>
    </message>
    <message numerus="yes">
        <source>revenue of %1 customers at risk or inactive</source>
        <translation>
            <numerusform>ingresos de %1 cliente en riesgo o inactivo</numerusform>
            <numerusform>ingresos de %1 clientes en riesgo o inactivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: inactive after %1 days</source>
        <translation>
            <numerusform>Plazo: inactivo tras %1 día</numerusform>
            <numerusform>Plazo: inactivo tras %1 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows after the reference date left out</source>
        <translation>
            <numerusform>%1 fila posterior a la fecha de referencia excluida</numerusform>
            <numerusform>%1 filas posteriores a la fecha de referencia excluidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageColumns</name>
    <message>
        <source>Still a customer</source>
        <extracomment>Headings of the prediction columns (definitions §11) and the win-back list&apos;s stake (§4). Translated where shown, in the context &quot;PageColumns&quot;.</extracomment>
        <translation>Sigue siendo cliente</translation>
    </message>
    <message>
        <source>Purchase days next year</source>
        <translation>Días de compra el próximo año</translation>
    </message>
    <message>
        <source>Spend per purchase day</source>
        <translation>Gasto por día de compra</translation>
    </message>
    <message>
        <source>Spend next year</source>
        <translation>Gasto el próximo año</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>En juego</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Import</source>
        <extracomment>Invented names, e-mails and consent for the sample&apos;s customers (so the demo mails someone). The window&apos;s comfortable size; smaller screens get the window maximised (gui.screen_fit). Where the progress bar stands when opening a file after the first look, and after the import. The pages&apos; titles and tooltips (gui.page_registry&apos;s PAGE_SPECS and the Import page) for pyside6-lupdate: the navigation translates them in the context &quot;Pages&quot; when it shows them.</extracomment>
        <translation>Importación</translation>
    </message>
    <message>
        <source>The import report and the first rows of the file</source>
        <translation>El informe de importación y las primeras filas del archivo</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Headline figures and the main charts</source>
        <translation>Cifras clave y gráficos principales</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Customer groups and the segment map</source>
        <translation>Grupos de clientes y mapa de segmentos</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Who moved between segments since an earlier date</source>
        <translation>Quién cambió de segmento desde una fecha anterior</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Customers who have gone quiet, the most to lose first</source>
        <translation>Clientes que han dejado de comprar, primero donde más hay en juego</translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation>Niveles de fidelidad</translation>
    </message>
    <message>
        <source>Tier rules, distribution and who is nearly up</source>
        <translation>Reglas de niveles, distribución y quién está a punto de subir</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Every customer, with search, filters and details</source>
        <translation>Todos los clientes, con búsqueda, filtros y detalles</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Ocasiones</translation>
    </message>
    <message>
        <source>Birthdays, anniversaries and who is due to buy again</source>
        <translation>Cumpleaños, aniversarios y quién debería volver a comprar</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>An offer and a message per list</source>
        <translation>Una oferta y un mensaje por lista</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write the mailing list</source>
        <translation>Escribir la lista de envío</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Did the offer work? A campaign&apos;s mailed customers against its control group</source>
        <translation>¿Funcionó la oferta? Los clientes contactados de una campaña frente a su grupo de control</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Preparing %1</source>
        <extracomment>What a page&apos;s prepare function looks like: (segmentation, transactions) -&gt; its view data.</extracomment>
        <translation>Preparando %1</translation>
    </message>
    <message>
        <source>Pages ready</source>
        <translation>Páginas listas</translation>
    </message>
    <message>
        <source>Indexing purchases per customer</source>
        <extracomment>Rows of the imported file shown under the import report. The project file (its choices and where it is) this import opens, taken only once the import is done (session.set_imported); None for a plain file. The size and modification time (ns) of each file read (purchases, customers), taken before it was read: an export checks them (``changed_files``), so that an opt-out written into a file after it was opened is never missed.</extracomment>
        <translation>Indexando las compras por cliente</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Groups ready</source>
        <translation>Grupos listos</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <extracomment>A job says how long is left once it has run this long and filled ESTIMATE_MIN_SHARE of the bar.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this step; what was on screen before stays as it was</source>
        <translation>Detener este paso; lo que había en pantalla se queda como estaba</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>falta alrededor de %n minuto</numerusform>
            <numerusform>faltan alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>falta alrededor de %n segundo</numerusform>
            <numerusform>faltan alrededor de %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>Clientele projects (%1)</source>
        <extracomment>The words of this module, in the context &quot;ProjectActions&quot;.</extracomment>
        <translation>Proyectos de Clientele (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <source>Open a purchases file first.</source>
        <translation>Abre primero un archivo de compras.</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Project saved: %1</source>
        <extracomment>The words of this module, in the context &quot;ProjectIO&quot;.</extracomment>
        <translation>Proyecto guardado: %1</translation>
    </message>
    <message>
        <source>The project was made from %1, which is not there any more. Choose the file (or a newer export of it) to continue.</source>
        <translation>El proyecto se hizo a partir de %1, que ya no está. Elige el archivo (o una exportación más reciente) para continuar.</translation>
    </message>
    <message>
        <source>The project was made from a purchases file, which is not there any more. Choose the file (or a newer export of it) to continue.</source>
        <translation>El proyecto se hizo a partir de un archivo de compras que ya no está. Elige el archivo (o una exportación más reciente) para continuar.</translation>
    </message>
    <message>
        <source>Where is the purchases file?</source>
        <translation>¿Dónde está el archivo de compras?</translation>
    </message>
    <message>
        <source>Purchases file for this project</source>
        <translation>Archivo de compras de este proyecto</translation>
    </message>
    <message>
        <source>The project&apos;s customers file %1 (names, e-mail addresses, consent) is not there any more. Without it Clientele does not know who opted out in it. Choose where it is now?</source>
        <translation>El archivo de clientes %1 del proyecto (nombres, correos, consentimiento) ya no está. Sin él, Clientele no sabe quién se dio de baja en él. ¿Elegir dónde está ahora?</translation>
    </message>
    <message>
        <source>Where is the customers file?</source>
        <translation>¿Dónde está el archivo de clientes?</translation>
    </message>
    <message>
        <source>Customers file for this project</source>
        <translation>Archivo de clientes de este proyecto</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>No campaign has been recorded yet. Export a mailing list on the Export page (keep a control group: only it can tell whether the offer worked). When the response window has run, open the shop&apos;s newer purchases file and come back here.</source>
        <extracomment>Said when no campaign has been recorded yet.</extracomment>
        <translation>Todavía no se ha registrado ninguna campaña. Exporta una lista de envío en la página Exportar (con un grupo de control: solo él puede decir si la oferta funcionó). Cuando haya pasado el periodo de respuesta, abre el archivo de compras más reciente de la tienda y vuelve aquí.</translation>
    </message>
    <message>
        <source>The recorded campaign to measure (the latest first chosen). Exports that mailed nobody are not campaigns.</source>
        <extracomment>How long after the last edit of the sent date or the window the results are worked out again.</extracomment>
        <translation>La campaña registrada que se mide (primero la más reciente). Las exportaciones que no enviaron a nadie no son campañas.</translation>
    </message>
    <message>
        <source>The day the mailing went out (the export date unless you set another); kept with the campaign</source>
        <translation>El día en que salió el envío (la fecha de exportación salvo que indiques otra); se guarda con la campaña</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>How long after the sent date a purchase counts as a response; kept with the campaign</source>
        <translation>Cuánto tiempo después del envío una compra cuenta como respuesta; se guarda con la campaña</translation>
    </message>
    <message>
        <source>Open a newer file…</source>
        <translation>Abrir un archivo más reciente…</translation>
    </message>
    <message>
        <source>Measure with another purchases file than the one open now (read with the open file&apos;s column choices)</source>
        <translation>Medir con otro archivo de compras distinto del abierto (leído con las columnas elegidas para el archivo abierto)</translation>
    </message>
    <message>
        <source>Use the file open now</source>
        <translation>Usar el archivo abierto</translation>
    </message>
    <message>
        <source>Save results…</source>
        <translation>Guardar resultados…</translation>
    </message>
    <message>
        <source>The results table as CSV, or a workbook with a Summary for you and one row per customer (as the command line&apos;s --results-out)</source>
        <translation>La tabla de resultados en CSV, o un libro con un resumen para ti y una fila por cliente (como --results-out en la línea de comandos)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Response window</source>
        <translation>Periodo de respuesta</translation>
    </message>
    <message>
        <source>Per list: the mailed and the control customers side by side, the uplift (more buyers of every 100 than the control group) and what it means</source>
        <translation>Por lista: los clientes contactados y los de control lado a lado, el aumento (compradores de más por cada 100 que el grupo de control) y lo que significa</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Aumento</translation>
    </message>
    <message>
        <source>Did the offer work? The mailed customers against the control group, who were held back at random</source>
        <translation>¿Funcionó la oferta? Los clientes contactados frente al grupo de control, reservado al azar</translation>
    </message>
    <message>
        <source>Open the newer purchases file</source>
        <extracomment>the file shown before a newer file&apos;s first look, until that look is on screen (a cancel or a failure puts it back: the label never names a file whose results are not shown) a save is being written: a look asked for meanwhile waits for it (it would stop the save)</extracomment>
        <translation>Abrir el archivo de compras más reciente</translation>
    </message>
    <message>
        <source>Saving stopped; nothing was written.</source>
        <translation>Guardado detenido; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The campaign history cannot be used</source>
        <translation>No se puede usar el historial de campañas</translation>
    </message>
    <message>
        <source>Working out the campaign&apos;s results…</source>
        <translation>Calculando los resultados de la campaña…</translation>
    </message>
    <message>
        <source>Campaign %1 now records its mailing as sent on %2, with a %3-day response window.</source>
        <translation>La campaña %1 registra ahora su envío el %2, con un periodo de respuesta de %3 días.</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;%1&lt;/b&gt; (a newer file, read for the results only)</source>
        <translation>Compras: &lt;b&gt;%1&lt;/b&gt; (un archivo más reciente, leído solo para los resultados)</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;%1&lt;/b&gt; (the file open now)</source>
        <translation>Compras: &lt;b&gt;%1&lt;/b&gt; (el archivo abierto)</translation>
    </message>
    <message>
        <source>Purchases: &lt;b&gt;none yet&lt;/b&gt;</source>
        <translation>Compras: &lt;b&gt;ninguno todavía&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Guardar los resultados</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Resultados guardados en %1.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>The purchases file has no coupon column, so coupon redemptions are not counted. If it has one, open it again and choose the column as Coupon code.</source>
        <extracomment>The window&apos;s words when the purchases file has no coupon column (core&apos;s, without the flag).</extracomment>
        <translation>El archivo de compras no tiene columna de cupón, así que no se cuentan los canjes. Si tiene una, ábrelo de nuevo y elige la columna como Código de cupón.</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>The page&apos;s columns: (key, heading).</extracomment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Contactados</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Compraron</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Aumento</translation>
    </message>
    <message>
        <source>Likely between</source>
        <translation>Probablemente entre</translation>
    </message>
    <message>
        <source>Chance it helped</source>
        <translation>Probabilidad de que ayudara</translation>
    </message>
    <message>
        <source>Extra revenue</source>
        <translation>Ingresos extra</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation>Códigos usados</translation>
    </message>
    <message>
        <source>Used by others</source>
        <translation>Usados por otros</translation>
    </message>
    <message>
        <source>Control customers with a code</source>
        <translation>Clientes de control con código</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <extracomment>``problem`` is no problem: the file open now ends before the campaign was sent (right after an export), and the page says how to come back with the newer file, in plain words</extracomment>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Open the newer purchases file to see this campaign&apos;s results.</source>
        <translation>Abre el archivo de compras más reciente para ver los resultados de esta campaña.</translation>
    </message>
    <message>
        <source>Working out the results</source>
        <translation>Calculando los resultados</translation>
    </message>
    <message>
        <source>Results ready</source>
        <translation>Resultados listos</translation>
    </message>
    <message>
        <source>Open the file with File › Open first (it asks day-first or month-first), then come back here and use the file open now.</source>
        <translation>Abre primero el archivo con Archivo › Abrir (pregunta si va antes el día o el mes), luego vuelve aquí y usa el archivo abierto.</translation>
    </message>
    <message>
        <source>Campaign %1 was sent on %2 (set another day above if it went out on another), and its response window runs until %3. The purchases open now end on %4, before it was sent: once the window has run, export your purchases again and open that file here (Open a newer file…) to see whether the offer worked.</source>
        <translation>La campaña %1 se envió el %2 (elija otro día arriba si salió otro día), y su periodo de respuesta dura hasta el %3. Las compras abiertas ahora terminan el %4, antes del envío: cuando haya pasado el periodo, exporte de nuevo sus compras y abra ese archivo aquí (Abrir un archivo más reciente…) para ver si la oferta funcionó.</translation>
    </message>
    <message>
        <source>If the mailing went out earlier than recorded, set the day it was sent above; otherwise open a purchases file exported after the response window has run (it ends on %1).</source>
        <translation>Si el envío salió antes de lo registrado, indica arriba el día en que se envió; si no, abre un archivo de compras exportado después de que termine el periodo de respuesta (termina el %1).</translation>
    </message>
    <message>
        <source>Offer tests</source>
        <translation>Pruebas de ofertas</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Cupones</translation>
    </message>
    <message>
        <source>No coupon code of this campaign was used in the window.</source>
        <translation>No se usó ningún código de esta campaña en el periodo.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Campaign %1%2 — made %3, %4 mailed, %5 held back</source>
        <translation>Campaña %1%2 — creada el %3, %4 contactados, %5 reservados</translation>
    </message>
</context>
<context>
    <name>SegmentHelp</name>
    <message>
        <source>Bought very recently and buy often — your best customers.</source>
        <translation>Compraron hace muy poco y compran a menudo: tus mejores clientes.</translation>
    </message>
    <message>
        <source>Thank them: early access, a small gift, ask for a review. No big discount needed.</source>
        <translation>Dales las gracias: acceso anticipado, un pequeño regalo, pídeles una reseña. No hace falta un gran descuento.</translation>
    </message>
    <message>
        <source>Buy often and still fairly recently.</source>
        <translation>Compran a menudo y todavía bastante recientemente.</translation>
    </message>
    <message>
        <source>Reward loyalty: a thank-you gift, points, a tier upgrade.</source>
        <translation>Premia la fidelidad: un regalo de agradecimiento, puntos, un nivel superior.</translation>
    </message>
    <message>
        <source>Recent customers with a few orders — could become regulars.</source>
        <translation>Clientes recientes con algunos pedidos: podrían volverse habituales.</translation>
    </message>
    <message>
        <source>Give a reason to come back soon: free delivery, a picked recommendation.</source>
        <translation>Dales un motivo para volver pronto: envío gratis, una recomendación escogida.</translation>
    </message>
    <message>
        <source>Made their first purchase very recently.</source>
        <translation>Hicieron su primera compra hace muy poco.</translation>
    </message>
    <message>
        <source>Welcome them and make the second order easy: a small first-repeat discount.</source>
        <translation>Dales la bienvenida y facilita el segundo pedido: un pequeño descuento en la primera repetición.</translation>
    </message>
    <message>
        <source>Bought recently, but only once.</source>
        <translation>Compraron hace poco, pero solo una vez.</translation>
    </message>
    <message>
        <source>Show what else you sell; a small voucher for the next visit.</source>
        <translation>Muestra qué más vendes; un pequeño vale para la próxima visita.</translation>
    </message>
    <message>
        <source>Middle of the road: neither recent nor rare — starting to drift.</source>
        <translation>Término medio: ni recientes ni escasos; empiezan a alejarse.</translation>
    </message>
    <message>
        <source>A personal recommendation or a limited-time offer.</source>
        <translation>Una recomendación personal o una oferta por tiempo limitado.</translation>
    </message>
    <message>
        <source>Have not bought for a while and bought only once or twice.</source>
        <translation>Hace tiempo que no compran y solo compraron una o dos veces.</translation>
    </message>
    <message>
        <source>A friendly reminder with a modest discount before they forget you.</source>
        <translation>Un recordatorio amable con un descuento modesto antes de que te olviden.</translation>
    </message>
    <message>
        <source>Used to buy regularly, but not for a long time.</source>
        <translation>Compraban con regularidad, pero hace mucho que no.</translation>
    </message>
    <message>
        <source>Win them back: a clear discount and a &apos;we miss you&apos; message.</source>
        <translation>Recupéralos: un descuento claro y un mensaje de «te echamos de menos».</translation>
    </message>
    <message>
        <source>Were among your most frequent customers, but have gone quiet.</source>
        <translation>Estaban entre tus clientes más frecuentes, pero han dejado de comprar.</translation>
    </message>
    <message>
        <source>Your strongest win-back offer, personally worded; ask what went wrong.</source>
        <translation>Tu oferta de recuperación más fuerte, con palabras personales; pregunta qué fue mal.</translation>
    </message>
    <message>
        <source>Bought rarely and long ago.</source>
        <translation>Compraron poco y hace mucho.</translation>
    </message>
    <message>
        <source>A low-cost reminder at most; do not spend much on them.</source>
        <translation>Como mucho un recordatorio barato; no gastes mucho en ellos.</translation>
    </message>
    <message>
        <source>Customers no segment of your map covers.</source>
        <translation>Clientes que ningún segmento de tu mapa cubre.</translation>
    </message>
    <message>
        <source>Edit the segment map so every cell belongs to a segment.</source>
        <translation>Edita el mapa de segmentos para que cada celda pertenezca a un segmento.</translation>
    </message>
    <message>
        <source>Bought within the inactivity window and on their usual rhythm.</source>
        <translation>Compraron dentro del plazo y a su ritmo habitual.</translation>
    </message>
    <message>
        <source>Still inside the window, but late by their own rhythm (twice their usual gap).</source>
        <translation>Aún dentro del plazo, pero tarde para su ritmo (el doble de su intervalo habitual).</translation>
    </message>
    <message>
        <source>No purchase within the inactivity window.</source>
        <translation>Ninguna compra dentro del plazo de actividad.</translation>
    </message>
    <message>
        <source>No purchase for more than twice the inactivity window.</source>
        <translation>Ninguna compra en más del doble del plazo de actividad.</translation>
    </message>
    <message>
        <source>In your customer file, but has never bought.</source>
        <translation>En tu archivo de clientes, pero nunca ha comprado.</translation>
    </message>
    <message>
        <source>recency score %1–%2</source>
        <translation>puntuación de recencia %1–%2</translation>
    </message>
    <message>
        <source>frequency score %1–%2</source>
        <translation>puntuación de frecuencia %1–%2</translation>
    </message>
    <message>
        <source>money score %1–%2</source>
        <translation>puntuación de importe %1–%2</translation>
    </message>
    <message>
        <source>Customers with %1.</source>
        <translation>Clientes con %1.</translation>
    </message>
    <message>
        <source>A segment of your own map.</source>
        <translation>Un segmento de tu propio mapa.</translation>
    </message>
    <message>
        <source>Choose an offer that fits them on the Offers page.</source>
        <translation>Elige una oferta adecuada en la página Ofertas.</translation>
    </message>
    <message>
        <source>What to offer:</source>
        <translation>Qué ofrecer:</translation>
    </message>
    <message>
        <source>The customer&apos;s number (their e-mail address when the file has none)</source>
        <extracomment>What each customer-table column means (definitions §2–§5), as the tooltip of its heading.</extracomment>
        <translation>El número del cliente (su correo si el archivo no tiene)</translation>
    </message>
    <message>
        <source>The date of the first purchase</source>
        <translation>La fecha de la primera compra</translation>
    </message>
    <message>
        <source>The date of the last purchase</source>
        <translation>La fecha de la última compra</translation>
    </message>
    <message>
        <source>Days from the last purchase to the reference date (recency)</source>
        <translation>Días desde la última compra hasta la fecha de referencia (recencia)</translation>
    </message>
    <message>
        <source>Days from the first purchase to the reference date</source>
        <translation>Días desde la primera compra hasta la fecha de referencia</translation>
    </message>
    <message>
        <source>Orders (invoices) with a purchase; returns are not orders</source>
        <translation>Pedidos (facturas) con una compra; las devoluciones no son pedidos</translation>
    </message>
    <message>
        <source>Days with a purchase</source>
        <translation>Días con una compra</translation>
    </message>
    <message>
        <source>What the customer spent in total, net of returns</source>
        <translation>Lo que el cliente gastó en total, descontadas las devoluciones</translation>
    </message>
    <message>
        <source>Spent in total ÷ orders</source>
        <translation>Gasto total ÷ pedidos</translation>
    </message>
    <message>
        <source>The usual number of days between two purchase days (the median); empty with fewer than three purchase days</source>
        <translation>El número habitual de días entre dos días de compra (la mediana); vacío con menos de tres días de compra</translation>
    </message>
    <message>
        <source>Days since the last purchase ÷ the usual gap; 2 or more is Overdue</source>
        <translation>Días desde la última compra ÷ el intervalo habitual; desde 2, el cliente está «Atrasado»</translation>
    </message>
    <message>
        <source>Spent in the 12 months up to the reference date, net of returns</source>
        <translation>Gasto en los 12 meses hasta la fecha de referencia, descontadas las devoluciones</translation>
    </message>
    <message>
        <source>Spent in the 12 months before those</source>
        <translation>Gasto en los 12 meses anteriores</translation>
    </message>
    <message>
        <source>The category with the most net spend</source>
        <translation>La categoría con más gasto neto</translation>
    </message>
    <message>
        <source>The product with the most net spend</source>
        <translation>El producto con más gasto neto</translation>
    </message>
    <message>
        <source>Recency score, 1 to 5: 5 = bought most recently, compared with your other customers</source>
        <translation>Puntuación de recencia, de 1 a 5: 5 = compra más reciente, comparado con tus otros clientes</translation>
    </message>
    <message>
        <source>Frequency score, 1 to 5: 5 = the most orders, compared with your other customers</source>
        <translation>Puntuación de frecuencia, de 1 a 5: 5 = más pedidos, comparado con tus otros clientes</translation>
    </message>
    <message>
        <source>Money score, 1 to 5: 5 = spent the most, compared with your other customers</source>
        <translation>Puntuación de importe, de 1 a 5: 5 = el que más gastó, comparado con tus otros clientes</translation>
    </message>
    <message>
        <source>The segment the recency and frequency scores place the customer in (Segments page)</source>
        <translation>El segmento en el que las puntuaciones de recencia y frecuencia sitúan al cliente (página Segmentos)</translation>
    </message>
    <message>
        <source>Active; Overdue (late by their own rhythm); Inactive (nothing within the inactivity window); Lost (nothing for twice the window); Prospect (never bought)</source>
        <translation>Activo; Atrasado (con retraso según su propio ritmo); Inactivo (nada dentro del plazo de actividad); Perdido (nada en el doble del plazo); Potencial (nunca ha comprado)</translation>
    </message>
    <message>
        <source>Spent less than half in the last 12 months than in the 12 months before</source>
        <translation>Gastó en los últimos 12 meses menos de la mitad que en los 12 meses anteriores</translation>
    </message>
    <message>
        <source>The highest loyalty tier whose threshold the customer&apos;s spend reached</source>
        <translation>El nivel de fidelidad más alto cuyo umbral alcanzó el gasto del cliente</translation>
    </message>
    <message>
        <source>Loyalty points: the spend the tiers count × points per unit, rounded down</source>
        <translation>Puntos de fidelidad: el gasto que cuentan los niveles × puntos por unidad, redondeado a la baja</translation>
    </message>
    <message>
        <source>The tier above the customer&apos;s</source>
        <translation>El nivel por encima del del cliente</translation>
    </message>
    <message>
        <source>What the customer still has to spend to reach the next tier</source>
        <translation>Lo que el cliente aún tiene que gastar para llegar al siguiente nivel</translation>
    </message>
    <message>
        <source>How likely the customer is still a customer (will buy again some day), from how often and how recently they bought, compared with all your customers</source>
        <translation>Lo probable que es que el cliente siga siéndolo (vuelva a comprar algún día), según lo a menudo y lo recientemente que compró, comparado con todos tus clientes</translation>
    </message>
    <message>
        <source>On how many days the customer is expected to buy in the next 365 days</source>
        <translation>En cuántos días se espera que el cliente compre en los próximos 365 días</translation>
    </message>
    <message>
        <source>What the customer is expected to spend on a day they buy: their own average, pulled towards the average of all customers when they bought on few days</source>
        <translation>Lo que se espera que el cliente gaste un día que compra: su propia media, acercada a la media de todos los clientes si compró pocos días</translation>
    </message>
    <message>
        <source>What the customer is expected to spend in the next 365 days: purchase days next year × spend per purchase day</source>
        <translation>Lo que se espera que el cliente gaste en los próximos 365 días: días de compra el próximo año × gasto por día de compra</translation>
    </message>
    <message>
        <source>What could be lost: spent in total × how likely the customer is no longer a customer</source>
        <translation>Lo que se podría perder: gasto total × probabilidad de que el cliente ya no lo sea</translation>
    </message>
    <message>
        <source>The customer&apos;s next birthday on or after the reference date (29 February is 28 February in other years)</source>
        <translation>El próximo cumpleaños del cliente en la fecha de referencia o después (el 29 de febrero es el 28 de febrero los demás años)</translation>
    </message>
    <message>
        <source>The next anniversary of the first purchase that marks a year or more</source>
        <translation>El próximo aniversario de la primera compra que cumple un año o más</translation>
    </message>
    <message>
        <source>Whole years since the first purchase, counted to the end of the anniversary window</source>
        <translation>Años completos desde la primera compra, contados hasta el final del plazo del aniversario</translation>
    </message>
    <message>
        <source>The product the customer is due to buy again now (the one they spent most on, if several)</source>
        <translation>El producto que el cliente debería volver a comprar ahora (en el que más gastó, si hay varios)</translation>
    </message>
    <message>
        <source>When that product is due: the last purchase of it plus its usual re-buy interval</source>
        <translation>Cuándo toca ese producto: su última compra más su intervalo habitual de recompra</translation>
    </message>
    <message>
        <source>The occasion list the customer is on</source>
        <translation>La lista de ocasión en la que está el cliente</translation>
    </message>
    <message>
        <source>The birthday, the anniversary, or the day the product is due</source>
        <translation>El cumpleaños, el aniversario o el día en que toca el producto</translation>
    </message>
    <message>
        <source>Days from the reference date to the day (below 0: a product that fell due a few days ago)</source>
        <translation>Días desde la fecha de referencia hasta ese día (menos de 0: un producto que tocaba hace unos días)</translation>
    </message>
    <message>
        <source>Years with you for an anniversary, the product for Due to re-buy</source>
        <translation>Años contigo para un aniversario, el producto para Toca volver a comprar</translation>
    </message>
    <message>
        <source>The usual gap between a customer&apos;s purchases of the product: the median, half the gaps are shorter</source>
        <translation>El intervalo habitual entre las compras del producto de un cliente: la mediana, la mitad de los intervalos son más cortos</translation>
    </message>
    <message>
        <source>A quarter of the gaps are shorter than this (the 25th percentile)</source>
        <translation>Una cuarta parte de los intervalos son más cortos (el percentil 25)</translation>
    </message>
    <message>
        <source>A quarter of the gaps are longer than this (the 75th percentile)</source>
        <translation>Una cuarta parte de los intervalos son más largos (el percentil 75)</translation>
    </message>
    <message>
        <source>Gaps between a customer&apos;s purchase days of the product, all customers together</source>
        <translation>Intervalos entre los días de compra del producto de un cliente, todos los clientes juntos</translation>
    </message>
    <message>
        <source>Customers who bought the product on two days or more</source>
        <translation>Clientes que compraron el producto en dos días o más</translation>
    </message>
    <message>
        <source>Customers due to buy this product again now (one due for two products counts for both; their message names the one they spent most on)</source>
        <translation>Clientes que deberían volver a comprar este producto ahora (uno al que le tocan dos productos cuenta para ambos; su mensaje nombra aquel en el que más gastó)</translation>
    </message>
    <message>
        <source>Customers whose birthday comes within the window after the reference date (from either file; the year is not needed)</source>
        <extracomment>What each occasion list holds (definitions §12), for tooltips.</extracomment>
        <translation>Clientes cuyo cumpleaños cae dentro del periodo posterior a la fecha de referencia (de cualquiera de los archivos; no hace falta el año)</translation>
    </message>
    <message>
        <source>Customers whose first purchase has its anniversary (one year or more) within the window</source>
        <translation>Clientes cuya primera compra cumple aniversario (un año o más) dentro del periodo</translation>
    </message>
    <message>
        <source>Customers whose last purchase of a product plus its usual re-buy interval falls within the window: time for a restock reminder</source>
        <translation>Clientes cuya última compra de un producto más su intervalo habitual de recompra cae dentro del periodo: momento de un recordatorio de reposición</translation>
    </message>
    <message>
        <source>Recency score: none (not scored)</source>
        <extracomment>A score&apos;s tooltip without a score, and with one (%1), per dimension (translated where shown).</extracomment>
        <translation>Puntuación de recencia: ninguna (sin puntuar)</translation>
    </message>
    <message>
        <source>Recency score %1 of 5 (5 = bought most recently, compared with your other customers)</source>
        <translation>Puntuación de recencia %1 de 5 (5 = compra más reciente, comparado con tus otros clientes)</translation>
    </message>
    <message>
        <source>Frequency score: none (not scored)</source>
        <translation>Puntuación de frecuencia: ninguna (sin puntuar)</translation>
    </message>
    <message>
        <source>Frequency score %1 of 5 (5 = the most orders, compared with your other customers)</source>
        <translation>Puntuación de frecuencia %1 de 5 (5 = más pedidos, comparado con tus otros clientes)</translation>
    </message>
    <message>
        <source>Money score: none (not scored)</source>
        <translation>Puntuación de importe: ninguna (sin puntuar)</translation>
    </message>
    <message>
        <source>Money score %1 of 5 (5 = spent the most, compared with your other customers)</source>
        <translation>Puntuación de importe %1 de 5 (5 = el que más gastó, comparado con tus otros clientes)</translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <extracomment>What the tiers count, in words that follow &quot;spent at least £500 …&quot; (translated where shown).</extracomment>
        <translation>en los últimos 12 meses</translation>
    </message>
    <message>
        <source>since their first purchase</source>
        <translation>desde su primera compra</translation>
    </message>
    <message>
        <source>this calendar year</source>
        <translation>este año natural</translation>
    </message>
    <message>
        <source>%1: the first tier, for everyone below the next</source>
        <translation>%1: el primer nivel, para todos los que están por debajo del siguiente</translation>
    </message>
    <message>
        <source>%1: spent at least %2 %3</source>
        <translation>%1: gastó al menos %2 %3</translation>
    </message>
    <message>
        <source>; next: %1 from %2</source>
        <translation>; siguiente: %1 desde %2</translation>
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
desde</translation>
    </message>
    <message>
        <source>R
to</source>
        <translation>R
hasta</translation>
    </message>
    <message>
        <source>F
from</source>
        <translation>F
desde</translation>
    </message>
    <message>
        <source>F
to</source>
        <translation>F
hasta</translation>
    </message>
    <message>
        <source>M
from</source>
        <translation>M
desde</translation>
    </message>
    <message>
        <source>M
to</source>
        <translation>M
hasta</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>The names&apos; column is kept at least this wide for its longest word, at most (pixels).</extracomment>
        <translation>todos</translation>
    </message>
    <message>
        <source>Each segment is a box of scores (5 is best). The first segment that holds a customer&apos;s scores wins, so order matters.</source>
        <extracomment>the width the editor wants changed (names of other lengths): see the module doc</extracomment>
        <translation>Cada segmento es un rango de puntuaciones (5 es la mejor). Gana el primer segmento que contiene las puntuaciones de un cliente, así que el orden importa.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a segment at the end</source>
        <translation>Añadir un segmento al final</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected segment</source>
        <translation>Quitar el segmento seleccionado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up: earlier segments win</source>
        <translation>Subir: ganan los segmentos anteriores</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Back to the standard ten segments</source>
        <translation>Volver a los diez segmentos estándar</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Aplicar y recalcular</translation>
    </message>
    <message>
        <source>Use this map and scoring for every page</source>
        <translation>Usar este mapa y esta puntuación en todas las páginas</translation>
    </message>
    <message>
        <source>Quintiles (automatic)</source>
        <translation>Quintiles (automático)</translation>
    </message>
    <message>
        <source>My own thresholds</source>
        <translation>Mis propios umbrales</translation>
    </message>
    <message>
        <source>Scores from</source>
        <translation>Puntuaciones por</translation>
    </message>
    <message>
        <source>days since last purchase, e.g. 30, 90, 180, 365</source>
        <translation>días desde la última compra, p. ej. 30, 90, 180, 365</translation>
    </message>
    <message>
        <source>orders, e.g. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)</source>
        <translation>pedidos, p. ej. 1, 2, 5, 10 (1 / 2 / 3–5 / 6–10 / 11+)</translation>
    </message>
    <message>
        <source>revenue, e.g. 50, 150, 400, 1000</source>
        <translation>ingresos, p. ej. 50, 150, 400, 1000</translation>
    </message>
    <message>
        <source>Recency cut points</source>
        <translation>Cortes de recencia</translation>
    </message>
    <message>
        <source>Frequency cut points</source>
        <translation>Cortes de frecuencia</translation>
    </message>
    <message>
        <source>Money cut points</source>
        <translation>Cortes de importe</translation>
    </message>
    <message>
        <source>Leave empty to keep quintiles for this score.</source>
        <translation>Déjalo vacío para mantener los quintiles en esta puntuación.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Segment map</source>
        <translation>Mapa de segmentos</translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation>Nuevo segmento %1</translation>
    </message>
    <message>
        <source>“My own thresholds” needs cut points in at least one box.</source>
        <translation>«Mis propios umbrales» necesita cortes en al menos una casilla.</translation>
    </message>
    <message>
        <source>Type four numbers in the recency, frequency or money box, or choose Quintiles.</source>
        <translation>Escribe cuatro números en la casilla de recencia, frecuencia o importe, o elige Quintiles.</translation>
    </message>
    <message>
        <source>The map needs at least one segment.</source>
        <translation>El mapa necesita al menos un segmento.</translation>
    </message>
    <message>
        <source>Every customer falls in exactly one segment.</source>
        <translation>Cada cliente cae en exactamente un segmento.</translation>
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
        <translation>Clientes</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>% de clientes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% de ingresos</translation>
    </message>
    <message>
        <source>Avg order</source>
        <translation>Pedido medio</translation>
    </message>
    <message>
        <source>Median days since last</source>
        <translation>Mediana de días desde la última compra</translation>
    </message>
    <message>
        <source>Recency (days since last purchase)</source>
        <extracomment>How each score&apos;s cut points are named under the table.</extracomment>
        <translation>Recencia (días desde la última compra)</translation>
    </message>
    <message>
        <source>Frequency (orders)</source>
        <translation>Frecuencia (pedidos)</translation>
    </message>
    <message>
        <source>Money (revenue)</source>
        <translation>Importe (ingresos)</translation>
    </message>
    <message>
        <source>quintiles</source>
        <extracomment>How the cut points were found (core.segmentation.rfm: RFMResult.methods).</extracomment>
        <translation>quintiles</translation>
    </message>
    <message>
        <source>your thresholds</source>
        <translation>tus umbrales</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <source>Hover a segment name to see who they are and what to offer</source>
        <extracomment>The segment map&apos;s width at least, where the page has twice that (pixels).</extracomment>
        <translation>Pasa el ratón por un nombre de segmento para ver quiénes son y qué ofrecerles</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, %2 of revenue.</source>
        <translation>
            <numerusform>%1 cliente, %2 de los ingresos.</numerusform>
            <numerusform>%1 clientes, %2 de los ingresos.</numerusform>
        </translation>
    </message>
    <message>
        <source>not enough different values</source>
        <translation>no hay suficientes valores distintos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cut points (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – cortes (%2): %3</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Finding your customer groups…</source>
        <extracomment>How long after the last change the analysis is kept for its file (a burst of typing is one write). A file&apos;s opening was cancelled or failed before its groups were found: the analysis open before is back (``imported`` is it again), and the window shows it again. A page asks the window to show another page (its title), with one of its lists chosen (a MailingList.key, or &quot;&quot;): the Changes page&apos;s &quot;offer&quot; and &quot;export&quot; buttons, the Overview&apos;s link. The window&apos;s language (gui.translation, set by the main window at start): what core writes for the window (segment names, reports, offer packs) is to be asked for in it. The customer facts kept between recomputes (made with the first one, when pandas loads). What was open before a file being opened, until its first segmentation is done. Whether the project was unsaved before settings not yet computed (None: none pending). The model check of the predictions (definitions §11), computed when first asked for. The Results page&apos;s looks at a campaign (reading a newer file, working out, saving). The one thread every chart of the window renders on (gui.chart_canvas). Where the shop&apos;s choices came from when a file was opened (None: the defaults, or a project).</extracomment>
        <translation>Buscando tus grupos de clientes…</translation>
    </message>
    <message numerus="yes">
        <source>%1 purchase row(s)</source>
        <translation>
            <numerusform>%1 fila de compra</numerusform>
            <numerusform>%1 filas de compra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 cliente</numerusform>
            <numerusform>%1 clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 prospect(s)</source>
        <translation>
            <numerusform>%1 potencial</numerusform>
            <numerusform>%1 potenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>reference date %1</source>
        <translation>fecha de referencia %1</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Spend in the last 12 months</source>
        <extracomment>The tier bases and the close-to-next-tier table&apos;s headers (translated when the page is built).</extracomment>
        <translation>Gasto de los últimos 12 meses</translation>
    </message>
    <message>
        <source>Spend since the first purchase</source>
        <translation>Gasto desde la primera compra</translation>
    </message>
    <message>
        <source>Spend this calendar year</source>
        <translation>Gasto de este año natural</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Still to spend</source>
        <translation>Falta por gastar</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Siguiente nivel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Gasto total</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Thresholds from my data (50 / 80 / 95 % of customers)</source>
        <extracomment>The highest spend a tier can start at (the spin boxes&apos; range).</extracomment>
        <translation>Umbrales a partir de mis datos (50 / 80 / 95 % de clientes)</translation>
    </message>
    <message>
        <source>Untick to type your own spend thresholds</source>
        <translation>Desmarca para escribir tus propios umbrales de gasto</translation>
    </message>
    <message>
        <source>Tier (lowest first)</source>
        <translation>Nivel (el más bajo primero)</translation>
    </message>
    <message>
        <source>Spend from</source>
        <translation>Gasto desde</translation>
    </message>
    <message>
        <source>A customer takes the highest tier whose threshold they reach</source>
        <translation>Un cliente obtiene el nivel más alto cuyo umbral alcanza</translation>
    </message>
    <message>
        <source>Loyalty points per unit of money spent</source>
        <translation>Puntos de fidelidad por unidad de dinero gastada</translation>
    </message>
    <message>
        <source>Close to the next tier: still to spend at most this share of its threshold</source>
        <translation>Cerca del siguiente nivel: falta gastar como mucho esta parte de su umbral</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Añadir nivel</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Quitar nivel</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>Aplicar y recalcular</translation>
    </message>
    <message>
        <source>Tiers are based on</source>
        <translation>Niveles basados en</translation>
    </message>
    <message>
        <source>Points per unit spent</source>
        <translation>Puntos por unidad gastada</translation>
    </message>
    <message>
        <source>Close to next tier within</source>
        <translation>Cerca del siguiente nivel al</translation>
    </message>
    <message>
        <source>Tier rules</source>
        <translation>Reglas de niveles</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Clientes por nivel</translation>
    </message>
    <message>
        <source>Loyalty tiers</source>
        <translation>Niveles de fidelidad</translation>
    </message>
    <message>
        <source>The first tier takes everyone else</source>
        <translation>El primer nivel incluye a todos los demás</translation>
    </message>
    <message>
        <source>The spend this tier starts at</source>
        <translation>El gasto a partir del cual empieza este nivel</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 customers are close to the next tier&lt;/b&gt; — a small nudge could move them up</source>
        <translation>
            <numerusform>&lt;b&gt;%1 cliente está cerca del siguiente nivel&lt;/b&gt;: un pequeño empujón podría subirlo</numerusform>
            <numerusform>&lt;b&gt;%1 clientes están cerca del siguiente nivel&lt;/b&gt;: un pequeño empujón podría subirlos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpliftChart</name>
    <message>
        <source>no control group to compare with</source>
        <extracomment>A bar&apos;s colour by verdict: clear answers in colour, the rest grey. Said on the chart where a row has no uplift (no control group, or nobody mailed).</extracomment>
        <translation>no hay grupo de control con el que comparar</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Todavía no hay resultados</translation>
    </message>
    <message>
        <source>more buyers of every 100 than the control group
(bar: seen; whiskers: likely range)</source>
        <translation>compradores de más por cada 100 que el grupo de control
(barra: observado; bigotes: intervalo probable)</translation>
    </message>
    <message>
        <source>Uplift with its 95% range</source>
        <translation>Aumento con su intervalo del 95 %</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Purchase files (%1)</source>
        <extracomment>The file types a purchases or customers file may have (the file dialogs&apos; filter, after its words).</extracomment>
        <translation>Archivos de compras (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open the purchase history your till or web shop exports (Excel or CSV). In a minute you will see your best customers, who has gone quiet, and your loyalty tiers — then pick an offer per group and export a personal mailing list. Nothing leaves this computer.</source>
        <translation>Abre el historial de compras que exporta tu caja o tu tienda online (Excel o CSV). En un minuto verás tus mejores clientes, quién ha dejado de comprar y tus niveles de fidelidad; después elige una oferta por grupo y exporta una lista de envío personalizada. Nada sale de este ordenador.</translation>
    </message>
    <message>
        <source>Open purchases file…</source>
        <translation>Abrir archivo de compras…</translation>
    </message>
    <message>
        <source>Choose an Excel, ODS or CSV export of your sales (Ctrl+O)</source>
        <translation>Elegir una exportación de tus ventas en Excel, ODS o CSV (Ctrl+O)</translation>
    </message>
    <message>
        <source>Try the sample data</source>
        <translation>Probar los datos de ejemplo</translation>
    </message>
    <message>
        <source>A real online shop&apos;s purchases: 300 customers, 2010–2011 (UCI Online Retail)</source>
        <translation>Las compras de una tienda online real: 300 clientes, 2010–2011 (UCI Online Retail)</translation>
    </message>
    <message>
        <source>…or drop a file anywhere on this window.</source>
        <translation>…o suelta un archivo en cualquier parte de esta ventana.</translation>
    </message>
    <message>
        <source>Double-click to import this file again</source>
        <translation>Doble clic para volver a importar este archivo</translation>
    </message>
    <message>
        <source>Double-click to open this project</source>
        <translation>Doble clic para abrir este proyecto</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>No files opened yet</source>
        <translation>Aún no se ha abierto ningún archivo</translation>
    </message>
    <message>
        <source>No projects saved yet</source>
        <translation>Aún no se ha guardado ningún proyecto</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>En descenso</translation>
    </message>
    <message>
        <source>Days since last</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Spent in total</source>
        <translation>Gastado en total</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Intervalo habitual (días)</translation>
    </message>
    <message>
        <source>Late by (× usual gap)</source>
        <translation>Retraso (× intervalo habitual)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>12 months before</source>
        <translation>12 meses anteriores</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Ranked by what is at stake: what they spent × how likely they are to be lost (1 − “Still a customer”), highest first.</source>
        <extracomment>What the page says when the list is ranked by what is at stake.</extracomment>
        <translation>Ordenados por lo que está en juego: lo que gastaron × la probabilidad de perderlos (1 − «Sigue siendo cliente»), primero el más alto.</translation>
    </message>
    <message>
        <source>Retail (180 days)</source>
        <translation>Comercio minorista (180 días)</translation>
    </message>
    <message>
        <source>Subscription (30 days)</source>
        <translation>Suscripción (30 días)</translation>
    </message>
    <message>
        <source>Seasonal (365 days)</source>
        <translation>De temporada (365 días)</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>the table, the summary and the ranking&apos;s note show the chosen list</extracomment>
        <translation> días</translation>
    </message>
    <message>
        <source>A customer with no purchase for longer than this is Inactive; twice as long is Lost</source>
        <translation>Un cliente sin compras desde hace más que esto está Inactive; el doble de tiempo: Lost</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Elegir un valor predefinido…</translation>
    </message>
    <message>
        <source>Typical windows: retail 180 days, subscriptions 30, seasonal shops 365</source>
        <translation>Periodos habituales: comercio minorista 180 días, suscripciones 30, tiendas de temporada 365</translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation>Inactivo tras</translation>
    </message>
    <message>
        <source>Only declining</source>
        <translation>Solo en descenso</translation>
    </message>
    <message>
        <source>Spent less than half in the last 12 months than in the 12 months before</source>
        <translation>Gastó menos de la mitad en los últimos 12 meses que en los 12 meses anteriores</translation>
    </message>
    <message>
        <source>Spending fell by more than half year on year</source>
        <translation>El gasto cayó más de la mitad respecto al año anterior</translation>
    </message>
    <message>
        <source>Customers who have gone quiet, the most to lose first.</source>
        <translation>Clientes que han dejado de comprar, primero los que más se puede perder.</translation>
    </message>
    <message>
        <source>By activity status: Inactive, Lost and Overdue (late for their usual next purchase). The Overview&apos;s figure of customers at risk or inactive counts the At Risk and Can&apos;t Lose Them segments with Inactive and Lost instead, so the two can differ.</source>
        <translation>Por estado de actividad: Inactivo, Perdido y Atrasado (tarde para su siguiente compra habitual). La cifra de clientes en riesgo o inactivos del Resumen cuenta en su lugar los segmentos En riesgo y No podemos perderlos con Inactivo y Perdido, así que ambas pueden diferir.</translation>
    </message>
    <message>
        <source>, of which &lt;b&gt;%1&lt;/b&gt; is at stake</source>
        <translation>, de los que &lt;b&gt;%1&lt;/b&gt; están en juego</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; customers to win back (%2 declining); together they spent &lt;b&gt;%3&lt;/b&gt;%4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; cliente por recuperar (%2 en descenso); en total gastaron &lt;b&gt;%3&lt;/b&gt;%4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; clientes por recuperar (%2 en descenso); en total gastaron &lt;b&gt;%3&lt;/b&gt;%4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window: %1 days.</source>
        <translation>
            <numerusform>Periodo: %1 día.</numerusform>
            <numerusform>Periodo: %1 días.</numerusform>
        </translation>
    </message>
</context>
</TS>
