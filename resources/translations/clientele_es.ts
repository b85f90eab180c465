<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>%1 stayed in their segment.</source>
        <translation>
            <numerusform>%1 se quedó en su segmento.</numerusform>
            <numerusform>%1 se quedaron en su segmento.</numerusform>
        </translation>
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
    <name>ChartWidget</name>
    <message>
        <source>Right-click to save this chart as a PNG picture</source>
        <extracomment>What a chart draws: a function given an empty matplotlib Figure. The charts&apos; matplotlib style (rcParams), applied from the GUI thread when a chart is made.</extracomment>
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
        <extracomment>The colour of the &quot;(new)&quot; block and its bands: customers who first bought after the comparison date. A block smaller than this share of all customers gets no label (its neighbours&apos; would overlap). Narrower than this (logical pixels), a chart labels its blocks with their counts only. The gap between two blocks of a bar, as a share of all customers.</extracomment>
        <translation>Aún no hay comparación</translation>
    </message>
    <message>
        <source>Where customers went</source>
        <translation>Adónde fueron los clientes</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Copy selected rows</source>
        <translation>Copiar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Detailed log on</source>
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
        <source>bought within the inactivity window</source>
        <translation>compraron dentro del plazo de actividad</translation>
    </message>
    <message>
        <source>Share of customers whose status is Active</source>
        <translation>Proporción de clientes con estado Active</translation>
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
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
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
        <translation>todos</translation>
    </message>
    <message>
        <source>Each segment is a box of scores (5 is best). The first segment that holds a customer&apos;s scores wins, so order matters.</source>
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
        <source>%1 purchase rows</source>
        <extracomment>How long after the last change the analysis is kept for its file (a burst of typing is one write). A page asks the window to show another page (its title), with one of its lists chosen (a MailingList.key, or &quot;&quot;): the Changes page&apos;s &quot;offer&quot; and &quot;export&quot; buttons, the Overview&apos;s link. The window&apos;s language (gui.translation, set by the main window at start): what core writes for the window (segment names, reports, offer packs) is to be asked for in it. The customer facts kept between recomputes (made with the first one, when pandas loads). The model check of the predictions (definitions §11), computed when first asked for. The Results page&apos;s looks at a campaign (reading a newer file, working out, saving). The one thread every chart of the window renders on (gui.chart_canvas). Where the shop&apos;s choices came from when a file was opened (None: the defaults, or a project).</extracomment>
        <translation>%1 filas de compra</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 cliente</numerusform>
            <numerusform>%1 clientes</numerusform>
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
</TS>
