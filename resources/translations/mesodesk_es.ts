<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlertBanner</name>
    <message>
        <source>Patient alerts</source>
        <translation>Alertas del paciente</translation>
    </message>
    <message>
        <source>⚠ ALERT</source>
        <translation>⚠ ALERTA</translation>
    </message>
</context>
<context>
    <name>AllergyFromReactionDialog</name>
    <message>
        <source>Add an allergy</source>
        <translation>Añadir una alergia</translation>
    </message>
    <message>
        <source>Record the substance the patient reacted to. It will be shown as an alert and checked against the products of every future session.</source>
        <translation>Indique la sustancia a la que reaccionó el paciente. Se mostrará como alerta y se comprobará con los productos de cada sesión futura.</translation>
    </message>
    <message>
        <source>e.g. lidocaine</source>
        <translation>p. ej., lidocaína</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Sustancia:</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reacción:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Añadir alergia</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a signed session</source>
        <translation>Rectificar una sesión firmada</translation>
    </message>
    <message>
        <source>This session has been signed off. The original stays in the record; please say why it is being changed.</source>
        <translation>Esta sesión ya está firmada. El original se conserva en la historia; indique por qué se modifica.</translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation>&amp;Motivo de la rectificación:</translation>
    </message>
    <message>
        <source>e.g. wrong lot number entered; corrected from the vial label</source>
        <translation>p. ej., número de lote erróneo; corregido según la etiqueta del vial</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Guardar rectificación</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>El motivo es obligatorio.</translation>
    </message>
</context>
<context>
    <name>AnchorsModel</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>id</source>
        <translation>n.º</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número del registro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Detalles de la entrada seleccionada</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(todos)</translation>
    </message>
    <message>
        <source>Type a date.</source>
        <translation>Escriba una fecha.</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 de %2 entradas</translation>
    </message>
    <message>
        <source>The details of this entry were erased with the patient&apos;s record.</source>
        <translation>Los detalles de esta entrada se borraron junto con la historia del paciente.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Sin detalles.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>Exportando el registro de auditoría</translation>
    </message>
    <message>
        <source>%1 entries exported.</source>
        <translation>%1 entradas exportadas.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>(details erased)</source>
        <translation>(detalles borrados)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>Copia de seguridad y restauración</translation>
    </message>
    <message>
        <source>Backups are made automatically every day and when MesoDesk closes, and kept in %1 (the last 7 days, 4 weeks and 12 months). Each is checked after it is written.</source>
        <translation>Las copias de seguridad se hacen automáticamente cada día y al cerrar MesoDesk, y se guardan en %1 (los últimos 7 días, 4 semanas y 12 meses). Cada una se comprueba después de escribirse.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restaurar la seleccionada…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Restaurar desde &amp;archivo…</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Solo un administrador puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Copiando la base de datos</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Copia de seguridad escrita y verificada: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>MesoDesk backups (*.sqlite3 *.pgdump);;All files (*)</source>
        <translation>Copias de seguridad de MesoDesk (*.sqlite3 *.pgdump);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup of %1. Everything saved since then will no longer be shown (the current database is kept aside under another name, not deleted).

Restore it?</source>
        <translation>La base de datos se sustituirá por la copia del %1. Todo lo guardado desde entonces dejará de mostrarse (la base de datos actual se aparta con otro nombre, no se borra).

¿Restaurarla?</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Bringing the database up to date</source>
        <translation>Actualizando la base de datos</translation>
    </message>
    <message>
        <source>Restored from %1. The previous database was kept:%2</source>
        <translation>Restaurada desde %1. La base de datos anterior se ha conservado:%2</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>al cerrar</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
</context>
<context>
    <name>BandsModel</name>
    <message>
        <source>From</source>
        <extracomment>Anchor wording is offered for items of at most this many scores (a 0-100 scale has none).</extracomment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <extracomment>What the catalogue shows; sessions are there because recording one uses stock.</extracomment>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Productos</translation>
    </message>
    <message>
        <source>&amp;Lots and stock</source>
        <translation>&amp;Lotes y existencias</translation>
    </message>
    <message>
        <source>&amp;Formulas</source>
        <translation>&amp;Fórmulas</translation>
    </message>
    <message>
        <source>P&amp;rotocols</source>
        <translation>P&amp;rotocolos</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Todos los productos</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Some catalogue entries have changes that are not saved. Discard them?</source>
        <translation>Algunas entradas del catálogo tienen cambios sin guardar. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>CatalogueModels</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Active ingredient</source>
        <translation>Principio activo</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Low stock at</source>
        <translation>Existencias mínimas</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En existencia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>RECALLED: %1</source>
        <translation>RETIRADO: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>CADUCADO</translation>
    </message>
    <message>
        <source>Recall from %1</source>
        <translation>Retirada desde el %1</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>existencias bajas</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Existencias bajas</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilizable</translation>
    </message>
    <message>
        <source>Recalled on %1: %2</source>
        <translation>Retirado el %1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>%1 × every %2 d</source>
        <translation>%1 × cada %2 d</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
</context>
<context>
    <name>ChartContent</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <extracomment>The medical-history risk factors, in the order shown (labels: ``label(&quot;risk&quot;, key)``).</extracomment>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nacido/a el %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Historia %1</translation>
    </message>
    <message>
        <source>Fitzpatrick %1</source>
        <translation>Fitzpatrick %1</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVADO</translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation>Sin datos de contacto</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Fusionado a partir de: %1</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Aún no hay foto</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Atrasado desde el %1</translation>
    </message>
    <message>
        <source>Next due %1</source>
        <translation>Próximo vencimiento: %1</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>Medical history never reviewed</source>
        <translation>Antecedentes médicos nunca revisados</translation>
    </message>
    <message>
        <source>History reviewed %1</source>
        <translation>Antecedentes revisados el %1</translation>
    </message>
    <message>
        <source>no area</source>
        <translation>sin zona</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sesión: %1</translation>
    </message>
    <message>
        <source>Reaction: %1 (%2)</source>
        <translation>Reacción: %1 (%2)</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>resuelta el %1</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>aún no resuelta</translation>
    </message>
    <message>
        <source>Consent signed: %1</source>
        <translation>Consentimiento firmado: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan started: %1</source>
        <translation>Plan iniciado: %1</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>Próximo vencimiento: %1</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>Revisado el %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aguja</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profundidad (mm)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volumen (ml)</translation>
    </message>
</context>
<context>
    <name>ClinicReportsDialog</name>
    <message>
        <source>Clinic reports</source>
        <translation>Informes de la clínica</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Reactions by product, lot, practitioner and area</source>
        <translation>Reacciones por producto, lote, profesional y zona</translation>
    </message>
    <message>
        <source>Lot recall: who received a lot</source>
        <translation>Retirada de lote: quién recibió un lote</translation>
    </message>
    <message>
        <source>Activity by period</source>
        <translation>Actividad por periodo</translation>
    </message>
    <message>
        <source>Outcomes: benefit beside risk (courses starting in the period)</source>
        <translation>Resultados: beneficio junto al riesgo (ciclos iniciados en el periodo)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Lot number, e.g. HA-2310</source>
        <translation>Número de lote, p. ej., HA-2310</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Also write the per-course CSV for a statistician (beside the PDF)</source>
        <translation>Escribir también el CSV por ciclo para un estadístico (junto al PDF)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>One row per</source>
        <translation>Una fila por</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>Enter the lot number.</source>
        <translation>Introduzca el número de lote.</translation>
    </message>
    <message>
        <source>Printing the recall list</source>
        <translation>Imprimiendo la lista de retirada</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
        <source>Printing the follow-ups</source>
        <translation>Imprimiendo los seguimientos</translation>
    </message>
    <message>
        <source>Printing the outcomes report</source>
        <translation>Imprimiendo el informe de resultados</translation>
    </message>
    <message>
        <source>Printing the reactions report</source>
        <translation>Imprimiendo el informe de reacciones</translation>
    </message>
    <message>
        <source>Printing the activity report</source>
        <translation>Imprimiendo el informe de actividad</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <source>Load logo…</source>
        <translation>Cargar logotipo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source> days before expiry</source>
        <translation> días antes de la caducidad</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minutos de inactividad</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Pa&amp;per size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>File number &amp;prefix:</source>
        <translation>&amp;Prefijo del número de historia:</translation>
    </message>
    <message>
        <source>&amp;Warn about lots:</source>
        <translation>&amp;Avisar de los lotes:</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Bloquear la pantalla tras:</translation>
    </message>
    <message>
        <source>These details appear on every printed document. Only an administrator can change them.</source>
        <translation>Estos datos aparecen en cada documento impreso. Solo un administrador puede cambiarlos.</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <source>&amp;Safety and privacy</source>
        <translation>&amp;Seguridad y privacidad</translation>
    </message>
    <message>
        <source>Required (sign-off refused)</source>
        <translation>Obligatorio (se rechaza la firma)</translation>
    </message>
    <message>
        <source>Warn (sign off with a reason)</source>
        <translation>Avisar (firmar con un motivo)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No se comprueba</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Any practitioner (with a reason)</source>
        <translation>Cualquier profesional (con un motivo)</translation>
    </message>
    <message>
        <source>Keep the GPS position and other location tags</source>
        <translation>Conservar la posición GPS y otras etiquetas de ubicación</translation>
    </message>
    <message>
        <source> failed sign-ins in a row</source>
        <translation> intentos fallidos seguidos</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Signed &amp;consent on file:</source>
        <translation>&amp;Consentimiento firmado en la historia:</translation>
    </message>
    <message>
        <source>Medical &amp;history reviewed:</source>
        <translation>&amp;Antecedentes médicos revisados:</translation>
    </message>
    <message>
        <source>… within the last:</source>
        <translation>… en los últimos:</translation>
    </message>
    <message>
        <source>&amp;Risks and allergies:</source>
        <translation>&amp;Riesgos y alergias:</translation>
    </message>
    <message>
        <source>Amend a colleague&apos;s &amp;signed session:</source>
        <translation>Rectificar la sesión &amp;firmada de un colega:</translation>
    </message>
    <message>
        <source>Imported &amp;photos:</source>
        <translation>&amp;Fotos importadas:</translation>
    </message>
    <message>
        <source>Lock a user &amp;name after:</source>
        <translation>Bloquear un &amp;nombre de usuario tras:</translation>
    </message>
    <message>
        <source>… for:</source>
        <translation>… durante:</translation>
    </message>
    <message>
        <source>Checked when a session is signed off. Risks are pregnancy or breast-feeding, anticoagulants, an active skin infection, a keloid tendency and allergies to what the session uses. A warning can be overridden with a reason, which is kept with the session and printed on it.</source>
        <translation>Se comprueba al firmar una sesión. Los riesgos son embarazo o lactancia, anticoagulantes, una infección cutánea activa, tendencia a queloides y alergias a lo que utiliza la sesión. Un aviso puede omitirse con un motivo, que se conserva con la sesión y se imprime en ella.</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>this file is not a PNG or JPEG image</source>
        <translation>este archivo no es una imagen PNG o JPEG</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Administrators only</source>
        <translation>Solo administradores</translation>
    </message>
    <message>
        <source>Only an administrator can change the clinic settings.</source>
        <translation>Solo un administrador puede cambiar los ajustes de la clínica.</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Discard them?</source>
        <translation>Los ajustes tienen cambios sin guardar. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent — %1 %2</source>
        <translation>Consentimiento — %1 %2</translation>
    </message>
    <message>
        <source>Consent &amp;text:</source>
        <translation>&amp;Texto del consentimiento:</translation>
    </message>
    <message>
        <source>No consent text has been set up for this clinic yet.</source>
        <translation>Esta clínica aún no tiene ningún texto de consentimiento.</translation>
    </message>
    <message>
        <source>Create version 1 from the standard text</source>
        <translation>Crear la versión 1 a partir del texto estándar</translation>
    </message>
    <message>
        <source>Text of the consent</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <source>Bruising, swelling, redness and discomfort at the injection sites; itching, wheals, nodules, small visible vessels, infection, nausea; rarely an allergic reaction, exceptionally severe.</source>
        <translation>Hematomas, hinchazón, enrojecimiento y molestias en los puntos de inyección; picor, habones, nódulos, pequeños vasos visibles, infección, náuseas; rara vez una reacción alérgica, excepcionalmente grave.</translation>
    </message>
    <message>
        <source>Improved skin hydration, elasticity and radiance; softer fine lines. Results vary and are not permanent: a course of sessions then maintenance is needed. Alternatives were discussed.</source>
        <translation>Mejor hidratación, elasticidad y luminosidad de la piel; arrugas finas atenuadas. Los resultados varían y no son permanentes: se necesita un ciclo de sesiones y después mantenimiento. Se han comentado las alternativas.</translation>
    </message>
    <message>
        <source>&amp;Risks discussed:</source>
        <translation>&amp;Riesgos explicados:</translation>
    </message>
    <message>
        <source>&amp;Benefits discussed:</source>
        <translation>&amp;Beneficios explicados:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>Patient&apos;s signature (%1 %2):</source>
        <translation>Firma del paciente (%1 %2):</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Load scanned signature…</source>
        <translation>Cargar firma escaneada…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Consent to mesotherapy treatment</source>
        <translation>Consentimiento para el tratamiento de mesoterapia</translation>
    </message>
    <message>
        <source>Load a scanned signature</source>
        <translation>Cargar una firma escaneada</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>This file is not an image that can be read.</source>
        <translation>Este archivo no es una imagen legible.</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Firma escaneada</translation>
    </message>
    <message>
        <source>Signed on screen</source>
        <translation>Firmado en pantalla</translation>
    </message>
    <message>
        <source>choose the consent text the patient read</source>
        <translation>elija el texto de consentimiento que leyó el paciente</translation>
    </message>
    <message>
        <source>This consent is not recorded yet. Discard it?</source>
        <translation>Este consentimiento aún no está registrado. ¿Descartarlo?</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>manuscrita</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>escaneada</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>e.g. %1 or %2</source>
        <translation>p. ej., %1 o %2</translation>
    </message>
</context>
<context>
    <name>DefinitionEditor</name>
    <message>
        <source>lower-case letters, digits, _</source>
        <translation>minúsculas, dígitos, _</translation>
    </message>
    <message>
        <source>The code exports and reports use; it cannot be changed once the entry is added.</source>
        <translation>El código que usan las exportaciones y los informes; no se puede cambiar una vez añadida la entrada.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
</context>
<context>
    <name>DefinitionsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Range or unit</source>
        <translation>Intervalo o unidad</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>This patient may already be on file</source>
        <translation>Puede que este paciente ya esté registrado</translation>
    </message>
    <message>
        <source>These records look like the same person. Open the existing record rather than create a second one: its allergies and alerts would be missing from a duplicate.</source>
        <translation>Estas historias parecen de la misma persona. Abra la historia existente en lugar de crear una segunda: en un duplicado faltarían sus alergias y alertas.</translation>
    </message>
    <message>
        <source>same date of birth and a similar name</source>
        <translation>misma fecha de nacimiento y nombre parecido</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>misma dirección de correo electrónico</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nacido/a el %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Reason to save a separate record (e.g. twin sister), kept in the audit trail</source>
        <translation>Motivo para una historia separada (p. ej., hermana gemela), conservado en el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Open the selected record</source>
        <translation>&amp;Abrir la historia seleccionada</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Create a new record anyway</source>
        <translation>&amp;Crear una historia nueva de todos modos</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Give the reason for a separate record.</source>
        <translation>Indique el motivo de una historia separada.</translation>
    </message>
</context>
<context>
    <name>EditorFrameMixin</name>
    <message>
        <source>File %1 · born %2 (%3 years)</source>
        <translation>Historia %1 · nacido/a el %2 (%3 años)</translation>
    </message>
    <message>
        <source>Please check before saving</source>
        <translation>Compruebe antes de guardar</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Go back and change</source>
        <translation>Volver y cambiar</translation>
    </message>
    <message>
        <source>Save and sign &amp;off</source>
        <translation>Guardar y &amp;firmar</translation>
    </message>
    <message>
        <source>After sign-off, changes need an amendment with a reason</source>
        <translation>Tras la firma, los cambios requieren una rectificación motivada</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Rec&amp;tificar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation>Guardar la sesión (Ctrl+S)</translation>
    </message>
    <message>
        <source>Area %1 (%2), %3: %4</source>
        <translation>Zona %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a patient</source>
        <translation>Borrar un paciente</translation>
    </message>
    <message>
        <source>Erasing removes this patient and everything about them for good: sessions, injection maps, photos, consents, reactions, follow-ups, and the details of their audit entries. It cannot be undone. Backups made before today still hold the patient until they are rotated away.

Archive the patient instead unless the record must be erased (for example, at the patient&apos;s request under data-protection law).</source>
        <translation>El borrado elimina para siempre a este paciente y todo lo relativo a él: sesiones, mapas de inyección, fotos, consentimientos, reacciones, seguimientos y los detalles de sus entradas del registro de auditoría. No se puede deshacer. Las copias de seguridad anteriores a hoy conservan al paciente hasta que se eliminen por rotación.

Archive al paciente en su lugar, salvo que la historia deba borrarse (por ejemplo, a petición del paciente conforme a la normativa de protección de datos).</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Borrar para siempre</translation>
    </message>
    <message>
        <source>Open a patient&apos;s chart first.</source>
        <translation>Abra primero la historia de un paciente.</translation>
    </message>
    <message>
        <source>Only an administrator can erase a patient.</source>
        <translation>Solo un administrador puede borrar un paciente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;, file number %3, born %4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;, historia n.º %3, nacido/a el %4</translation>
    </message>
    <message>
        <source>Type the file number (%1) to confirm:</source>
        <translation>Escriba el número de historia (%1) para confirmar:</translation>
    </message>
    <message>
        <source>Erasing the patient</source>
        <translation>Borrando el paciente</translation>
    </message>
</context>
<context>
    <name>ExportPatientDialog</name>
    <message>
        <source>Export the record of {name}</source>
        <translation>Exportar la historia de {name}</translation>
    </message>
    <message>
        <source>Everything the clinic holds about {name} ({file_no}): identity, history, allergies, consents, sessions, reactions, follow-ups, photos and the audit trail. The file holds health data: keep it safe.</source>
        <translation>Todo lo que la clínica conserva sobre {name} ({file_no}): identidad, antecedentes, alergias, consentimientos, sesiones, reacciones, seguimientos, fotos y el registro de auditoría. El archivo contiene datos de salud: guárdelo en lugar seguro.</translation>
    </message>
    <message>
        <source>Complete record (MesoDesk JSON)</source>
        <translation>Historia completa (JSON de MesoDesk)</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (for another health record system)</source>
        <translation>Bundle FHIR R4 (para otro sistema de historia clínica)</translation>
    </message>
    <message>
        <source>As a &amp;transaction (to upload to a FHIR server)</source>
        <translation>Como &amp;transacción (para subirlo a un servidor FHIR)</translation>
    </message>
    <message>
        <source>Each resource with a PUT request: uploading it twice updates instead of duplicating.</source>
        <translation>Cada recurso con una petición PUT: subirlo dos veces lo actualiza en lugar de duplicarlo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Please wait: the file is being written.</source>
        <translation>Espere: se está escribiendo el archivo.</translation>
    </message>
    <message>
        <source>Save the record as</source>
        <translation>Guardar la historia como</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting the record</source>
        <translation>Exportando la historia</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>La exportación ha fallado.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Elegir la hoja de cálculo</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab separated), an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods). The first row must hold the column names.</source>
        <translation>Un archivo CSV (separado por comas, punto y coma o tabuladores), un libro de Excel (.xlsx) o una hoja de cálculo OpenDocument (.ods). La primera fila debe contener los nombres de las columnas.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel CSV UTF-8)</source>
        <translation>UTF-8 con BOM (Excel CSV UTF-8)</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel CSV)</source>
        <translation>Windows-1252 (Excel CSV)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (texto Unicode)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>Hoja de cálculo que se va a importar</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.txt *.xlsx *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file has column names but no patients.</source>
        <translation>El archivo tiene nombres de columna pero ningún paciente.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to MesoDesk</source>
        <translation>Bienvenido a MesoDesk</translation>
    </message>
    <message>
        <source>This database is new. How would you like to start?</source>
        <translation>Esta base de datos es nueva. ¿Cómo desea empezar?</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clínica de demostración</translation>
    </message>
    <message>
        <source>%1 invented patients with sessions, reactions and follow-ups, to explore MesoDesk. Not for real patients.</source>
        <translation>%1 pacientes ficticios con sesiones, reacciones y seguimientos, para explorar MesoDesk. No para pacientes reales.</translation>
    </message>
    <message>
        <source>Empty clinic</source>
        <translation>Clínica vacía</translation>
    </message>
    <message>
        <source>Start your own clinic: its name and the administrator&apos;s account.</source>
        <translation>Cree su propia clínica: su nombre y la cuenta del administrador.</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name</source>
        <translation>Nombre de &amp;usuario del administrador</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name</source>
        <translation>Nombre &amp;completo del administrador</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Repita la contr&amp;aseña</translation>
    </message>
    <message>
        <source>The administrator manages users, settings and backups, and can record treatments. Choose a password of at least 8 characters.</source>
        <translation>El administrador gestiona usuarios, ajustes y copias de seguridad, y puede registrar tratamientos. Elija una contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>&amp;Create clinic</source>
        <translation>&amp;Crear clínica</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Continue to sign in</source>
        <translation>Continuar al inicio de sesión</translation>
    </message>
    <message>
        <source>Creating the demo clinic…</source>
        <translation>Creando la clínica de demostración…</translation>
    </message>
    <message>
        <source>The demo clinic is ready.</source>
        <translation>La clínica de demostración está lista.</translation>
    </message>
    <message>
        <source>Sign in as &lt;b&gt;admin&lt;/b&gt; with the password &lt;b&gt;mesodesk&lt;/b&gt;. Other demo accounts: dr.martin, dr.rossi, dr.nowak (practitioners) and claire (assistant), same password.</source>
        <translation>Inicie sesión como &lt;b&gt;admin&lt;/b&gt; con la contraseña &lt;b&gt;mesodesk&lt;/b&gt;. Otras cuentas de demostración: dr.martin, dr.rossi, dr.nowak (profesionales) y claire (asistente), misma contraseña.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>Your clinic is ready.</source>
        <translation>Su clínica está lista.</translation>
    </message>
    <message>
        <source>Sign in as &lt;b&gt;%1&lt;/b&gt; with the password you chose.</source>
        <translation>Inicie sesión como &lt;b&gt;%1&lt;/b&gt; con la contraseña que eligió.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>aún no llamado</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsDashboard</name>
    <message>
        <source>Overdue</source>
        <extracomment>What the lists show: a change to any of these reloads them.</extracomment>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Follow-ups: %1</source>
        <translation>Seguimientos: %1</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Llamada:</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Mensaje dejado</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>New date for the follow-up</source>
        <translation>Nueva fecha del seguimiento</translation>
    </message>
    <message>
        <source>Reschedule to</source>
        <translation>Aplazar al</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Abrir paciente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Atrasados (%1)</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Para hoy (%1)</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Esta semana (%1)</translation>
    </message>
    <message>
        <source>Type the new date.</source>
        <translation>Escriba la nueva fecha.</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Hay cambios sin guardar. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>FormulasTabMixin</name>
    <message>
        <source>Formulas</source>
        <translation>Fórmulas</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Standard formula (offered in the session editor)</source>
        <translation>Fórmula estándar (se ofrece en el editor de sesiones)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Ingredients of the formula</source>
        <translation>Componentes de la fórmula</translation>
    </message>
    <message>
        <source>Ingredients:</source>
        <translation>Componentes:</translation>
    </message>
    <message>
        <source>Add ingredient</source>
        <translation>Añadir componente</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>New formula</source>
        <translation>Nueva fórmula</translation>
    </message>
    <message>
        <source>Save formula</source>
        <translation>Guardar fórmula</translation>
    </message>
    <message>
        <source>add a product first</source>
        <translation>añada primero un producto</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Medical history and allergies</source>
        <translation>Antecedentes médicos y alergias</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Factores de riesgo</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Medicación</translation>
    </message>
    <message>
        <source>O&amp;ther</source>
        <translation>O&amp;tros</translation>
    </message>
    <message>
        <source>Allergies (saved as soon as added or removed)</source>
        <translation>Alergias (se guardan en cuanto se añaden o quitan)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Substance of the new allergy</source>
        <translation>Sustancia de la nueva alergia</translation>
    </message>
    <message>
        <source>Substance, e.g. lidocaine</source>
        <translation>Sustancia, p. ej., lidocaína</translation>
    </message>
    <message>
        <source>Reaction to the substance</source>
        <translation>Reacción a la sustancia</translation>
    </message>
    <message>
        <source>Reaction, e.g. hives</source>
        <translation>Reacción, p. ej., urticaria</translation>
    </message>
    <message>
        <source>Severity of the allergy</source>
        <translation>Gravedad de la alergia</translation>
    </message>
    <message>
        <source>&amp;Add allergy</source>
        <translation>&amp;Añadir alergia</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar la seleccionada</translation>
    </message>
    <message>
        <source>Save as &amp;reviewed today</source>
        <translation>Guardar como &amp;revisado hoy</translation>
    </message>
    <message>
        <source>&amp;Save without review</source>
        <translation>&amp;Guardar sin revisar</translation>
    </message>
    <message>
        <source>Medical history and allergies — %1</source>
        <translation>Antecedentes médicos y alergias — %1</translation>
    </message>
    <message>
        <source>This medical history has never been reviewed.</source>
        <translation>Estos antecedentes médicos nunca se han revisado.</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>Revisado el %1</translation>
    </message>
    <message>
        <source>Remove allergy</source>
        <translation>Quitar alergia</translation>
    </message>
    <message>
        <source>Remove “%1” from the patient&apos;s allergies?</source>
        <translation>¿Quitar «%1» de las alergias del paciente?</translation>
    </message>
</context>
<context>
    <name>HistoryPageMixin</name>
    <message>
        <source>Changes to this session</source>
        <translation>Cambios de esta sesión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation>Firmada por %1 el %2.</translation>
    </message>
    <message>
        <source>Draft: not signed off yet.</source>
        <translation>Borrador: aún sin firmar.</translation>
    </message>
    <message>
        <source>&amp;Amendments (%1)</source>
        <translation>&amp;Rectificaciones (%1)</translation>
    </message>
    <message>
        <source>&amp;Amendments</source>
        <translation>&amp;Rectificaciones</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>profesional</translation>
    </message>
    <message>
        <source>indications</source>
        <translation>indicaciones</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>zonas</translation>
    </message>
    <message>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <source>injection map</source>
        <translation>mapa de inyecciones</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>fórmula</translation>
    </message>
    <message>
        <source>anaesthesia</source>
        <translation>anestesia</translation>
    </message>
    <message>
        <source>immediate reactions</source>
        <translation>reacciones inmediatas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocolo</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Importing patients… Nothing is saved until every row is done.</source>
        <translation>Importando pacientes… No se guarda nada hasta terminar todas las filas.</translation>
    </message>
    <message>
        <source>Importing patients</source>
        <translation>Importando pacientes</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>{n} patients imported. {left} rows were left out.</source>
        <translation>{n} pacientes importados. Se omitieron {left} filas.</translation>
    </message>
    <message>
        <source>The import was cancelled: no patient was imported.</source>
        <translation>La importación se canceló: no se importó ningún paciente.</translation>
    </message>
    <message>
        <source>The import failed: no patient was imported.</source>
        <translation>La importación falló: no se importó ningún paciente.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>File number</source>
        <extracomment>A preview row: the file&apos;s row number and its cells (text, or a date from a workbook). A problem: the file&apos;s row number, the field&apos;s label, what is wrong.</extracomment>
        <translation>Número de historia</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Skin type (Fitzpatrick)</source>
        <translation>Fototipo (Fitzpatrick)</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Contraindicaciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Orden de las fechas</translation>
    </message>
    <message>
        <source>Import patients</source>
        <extracomment>the clinic&apos;s locale: ambiguous dates (every one could be either order) are read as it writes them</extracomment>
        <translation>Importar pacientes</translation>
    </message>
</context>
<context>
    <name>InjectionMap</name>
    <message>
        <source>Face, front</source>
        <translation>Cara, frente</translation>
    </message>
    <message>
        <source>Face, left side</source>
        <translation>Cara, lado izquierdo</translation>
    </message>
    <message>
        <source>Face, right side</source>
        <translation>Cara, lado derecho</translation>
    </message>
    <message>
        <source>Neck and décolleté</source>
        <translation>Cuello y escote</translation>
    </message>
    <message>
        <source>Scalp, top view</source>
        <translation>Cuero cabelludo, vista superior</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Cuerpo, delante</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Cuerpo, detrás</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zona %1</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Punto %1</translation>
    </message>
    <message>
        <source>%1 mm deep</source>
        <translation>%1 mm de profundidad</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
</context>
<context>
    <name>InjectionMapEditor</name>
    <message>
        <source>Delete mark %1</source>
        <translation>Borrar la marca %1</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Click on the diagram to place an injection point</source>
        <translation>Haga clic en el diagrama para colocar un punto de inyección</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Press and drag on the diagram to mark a zone</source>
        <translation>Pulse y arrastre en el diagrama para marcar una zona</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected mark (Delete key)</source>
        <translation>Borrar la marca seleccionada (tecla Supr)</translation>
    </message>
    <message>
        <source>Injection map</source>
        <translation>Mapa de inyecciones</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>Añadir zona</translation>
    </message>
    <message>
        <source>The diagram with the numbered injection points. Click or press Insert to add a point; the arrow keys move the selected point (with Shift in larger steps), Delete removes it and Esc deselects it.</source>
        <translation>El diagrama con los puntos de inyección numerados. Haga clic o pulse Insert para añadir un punto; las flechas mueven el punto seleccionado (en pasos mayores con Mayús), Supr lo elimina y Esc lo deselecciona.</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>Move mark</source>
        <translation>Mover marca</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Borrar marca</translation>
    </message>
    <message>
        <source>Change mark</source>
        <translation>Modificar marca</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>posible duplicado</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>MesoDesk is locked</source>
        <translation>MesoDesk está bloqueado</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Close this user&apos;s work and return to the sign-in window</source>
        <translation>Cerrar el trabajo de este usuario y volver a la ventana de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in as another user</source>
        <translation>Iniciar sesión como otro usuario</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Back to unlocking as %1</source>
        <translation>Volver a desbloquear como %1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cam&amp;biar de usuario…</translation>
    </message>
    <message>
        <source>Another user signs in on this workstation</source>
        <translation>Otro usuario inicia sesión en este puesto</translation>
    </message>
    <message>
        <source>Enter the user name of who is signing in.</source>
        <translation>Introduzca el nombre de usuario de quien inicia sesión.</translation>
    </message>
    <message>
        <source>Quit MesoDesk</source>
        <translation>Salir de MesoDesk</translation>
    </message>
    <message>
        <source>%1 is signed out when you sign in; nothing of theirs stays on screen. Enter your user name and password.</source>
        <translation>%1 queda desconectado/a cuando usted inicia sesión; nada suyo queda en pantalla. Introduzca su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>Patient data is hidden while MesoDesk is locked.
Enter the password of %1 (%2) to continue.</source>
        <translation>Los datos de los pacientes están ocultos mientras MesoDesk está bloqueado.
Introduzca la contraseña de %1 (%2) para continuar.</translation>
    </message>
</context>
<context>
    <name>LockingMixin</name>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Comprobando la contraseña</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved (%2). %1 must unlock and save or discard them first; nothing was closed.</source>
        <translation>%1 tiene cambios sin guardar (%2). %1 debe desbloquear primero y guardarlos o descartarlos; no se ha cerrado nada.</translation>
    </message>
</context>
<context>
    <name>LotsTabMixin</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Refuse the selected lot for every new session</source>
        <translation>Rechazar el lote seleccionado en toda sesión nueva</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Add a lot received</source>
        <translation>Añadir un lote recibido</translation>
    </message>
    <message>
        <source>as printed on the vial</source>
        <translation>tal como figura en el vial</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>Pro&amp;ducto:</translation>
    </message>
    <message>
        <source>Lot &amp;number:</source>
        <translation>&amp;Número de lote:</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>&amp;Caducidad:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Canti&amp;dad:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Reci&amp;bido el:</translation>
    </message>
    <message>
        <source>Add lot</source>
        <translation>Añadir lote</translation>
    </message>
    <message>
        <source>add a product first</source>
        <translation>añada primero un producto</translation>
    </message>
    <message>
        <source>Select the lot to recall in the table.</source>
        <translation>Seleccione en la tabla el lote que se va a retirar.</translation>
    </message>
    <message>
        <source>Lot %1 is already recalled.</source>
        <translation>El lote %1 ya está retirado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search: name, file no., phone or date of birth</source>
        <translation>Buscar: nombre, n.º de historia, teléfono o fecha de nacimiento</translation>
    </message>
    <message>
        <source>Ctrl+F. ↑/↓ move in the list, Enter opens the chart.</source>
        <translation>Ctrl+F. ↑/↓ para moverse por la lista, Intro abre la historia.</translation>
    </message>
    <message>
        <source>MesoDesk is locked.</source>
        <translation>MesoDesk está bloqueado.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>Arc&amp;hivar paciente…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Dialogs written elsewhere, imported only when first used: key -&gt; (module under mesodesk.gui, class). Signals of those dialogs after which everything is reloaded: a restore replaces the whole database (saves need no signal: every view follows the services&apos; change notification, gui/changes.py).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>The new language is used the next time MesoDesk starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie MesoDesk.</translation>
    </message>
    <message>
        <source>First %1 patients shown; type to narrow the list.</source>
        <translation>Se muestran los primeros %1 pacientes; escriba para acotar la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s) found</source>
        <translation>
            <numerusform>%Ln paciente encontrado</numerusform>
            <numerusform>%Ln pacientes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient found. Ctrl+N registers a new one.</source>
        <translation>No se ha encontrado ningún paciente. Ctrl+N registra uno nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln paciente</numerusform>
            <numerusform>%Ln pacientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest&amp;ore patient…</source>
        <translation>Rest&amp;aurar paciente…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>This feature is not available in this version.</source>
        <translation>Esta función no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>About MesoDesk</source>
        <translation>Acerca de MesoDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MesoDesk %1&lt;/h3&gt;&lt;p&gt;Patient records for mesotherapy and aesthetic-injection clinics.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MesoDesk %1&lt;/h3&gt;&lt;p&gt;Historias clínicas para centros de mesoterapia y de inyecciones estéticas.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>What is due today: calls, sign-offs, reactions, stock (Alt+Home)</source>
        <translation>Lo pendiente hoy: llamadas, firmas, reacciones, existencias (Alt+Inicio)</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>Registrar un paciente nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importar pacientes…</translation>
    </message>
    <message>
        <source>&amp;Export patient record…</source>
        <translation>&amp;Exportar la historia del paciente…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nueva &amp;sesión…</translation>
    </message>
    <message>
        <source>Record a treatment session (Ctrl+Shift+N)</source>
        <translation>Registrar una sesión de tratamiento (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Record &amp;reaction…</source>
        <translation>Registrar &amp;reacción…</translation>
    </message>
    <message>
        <source>&amp;Plan a course…</source>
        <translation>&amp;Planificar un ciclo…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrar &amp;consentimiento…</translation>
    </message>
    <message>
        <source>&amp;Medical history and allergies…</source>
        <translation>&amp;Antecedentes médicos y alergias…</translation>
    </message>
    <message>
        <source>C&amp;ompare photos…</source>
        <translation>C&amp;omparar fotos…</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>Arc&amp;hivar paciente…</translation>
    </message>
    <message>
        <source>Mer&amp;ge duplicate records…</source>
        <translation>F&amp;usionar historias duplicadas…</translation>
    </message>
    <message>
        <source>Administrators: move a duplicate&apos;s records onto the record kept</source>
        <translation>Administradores: trasladar los datos de un duplicado a la historia que se conserva</translation>
    </message>
    <message>
        <source>&amp;Follow-ups dashboard</source>
        <translation>&amp;Panel de seguimientos</translation>
    </message>
    <message>
        <source>Calls and visits due (Ctrl+Shift+F)</source>
        <translation>Llamadas y visitas pendientes (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>&amp;Patient summary…</source>
        <translation>&amp;Resumen del paciente…</translation>
    </message>
    <message>
        <source>&amp;Clinic reports…</source>
        <translation>&amp;Informes de la clínica…</translation>
    </message>
    <message>
        <source>Follow-ups, reactions, lot recalls, activity</source>
        <translation>Seguimientos, reacciones, retiradas de lotes, actividad</translation>
    </message>
    <message>
        <source>&amp;Products and formulas…</source>
        <translation>&amp;Productos y fórmulas…</translation>
    </message>
    <message>
        <source>Products, lots and formulas</source>
        <translation>Productos, lotes y fórmulas</translation>
    </message>
    <message>
        <source>&amp;Outcome scales and measures…</source>
        <translation>Escalas y medidas de &amp;resultados…</translation>
    </message>
    <message>
        <source>The validated scales and measures outcomes are recorded with, and the clinic&apos;s own</source>
        <translation>Las escalas validadas y las medidas con las que se registran los resultados, y las propias de la clínica</translation>
    </message>
    <message>
        <source>&amp;Clinic settings…</source>
        <translation>Ajustes de la &amp;clínica…</translation>
    </message>
    <message>
        <source>Clinic name, address, logo, idle lock</source>
        <translation>Nombre, dirección y logotipo de la clínica, bloqueo por inactividad</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>&amp;Copia de seguridad y restauración…</translation>
    </message>
    <message>
        <source>&amp;Erase patient…</source>
        <translation>&amp;Borrar paciente…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;About MesoDesk</source>
        <translation>&amp;Acerca de MesoDesk</translation>
    </message>
    <message>
        <source>&amp;Reset window layout</source>
        <translation>&amp;Restablecer la disposición de las ventanas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Language, appearance and search on this workstation</source>
        <translation>Idioma, apariencia y búsqueda en este puesto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>S&amp;eguimientos</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Sesión iniciada: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MapPageMixin</name>
    <message>
        <source>The injection map is not available in this installation.</source>
        <translation>El mapa de inyecciones no está disponible en esta instalación.</translation>
    </message>
</context>
<context>
    <name>MapPanelMixin</name>
    <message>
        <source>Select a mark to see and edit its depth, volume and product.</source>
        <translation>Seleccione una marca para ver y modificar su profundidad, volumen y producto.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source> ml</source>
        <translation> ml</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Radius of the zone, as a share of the diagram&apos;s width</source>
        <translation>Radio de la zona, como proporción del ancho del diagrama</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 zona</translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation>%1 zonas</translation>
    </message>
    <message>
        <source>Total on this diagram: %1 ml</source>
        <translation>Total en este diagrama: %1 ml</translation>
    </message>
    <message>
        <source>No marks on this diagram.</source>
        <translation>No hay marcas en este diagrama.</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Injection map</source>
        <translation>Mapa de inyecciones</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zona %1</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Punto %1</translation>
    </message>
    <message>
        <source>Product #%1</source>
        <translation>Producto n.º %1</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <source>Press and drag to draw a zone (a click gives a standard size) · drag a number to move it · Delete removes the selected mark · wheel zooms · Ctrl+Z undoes</source>
        <translation>Pulse y arrastre para dibujar una zona (un clic da un tamaño estándar) · arrastre un número para moverlo · Supr quita la marca seleccionada · la rueda hace zoom · Ctrl+Z deshace</translation>
    </message>
    <message>
        <source>Click or press Insert to place a point · drag a number to move it (or arrow keys) · Delete removes the selected mark · wheel zooms · Ctrl+Z undoes</source>
        <translation>Haga clic o pulse Insert para colocar un punto · arrastre un número para moverlo (o use las flechas) · Supr quita la marca seleccionada · la rueda hace zoom · Ctrl+Z deshace</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Asociar las columnas</translation>
    </message>
    <message>
        <source>Columns with usual names are matched already. Choose the field for the others, or leave them out.</source>
        <translation>Las columnas con nombres habituales ya están asociadas. Elija el campo de las demás o déjelas fuera.</translation>
    </message>
    <message>
        <source>Find out from the file</source>
        <translation>Deducir del archivo</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/1980)</source>
        <translation>Día/mes/año (31/12/1980)</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/1980)</source>
        <translation>Mes/día/año (12/31/1980)</translation>
    </message>
    <message>
        <source>Year-month-day (1980-12-31)</source>
        <translation>Año-mes-día (1980-12-31)</translation>
    </message>
    <message>
        <source>&amp;Dates are written</source>
        <translation>&amp;Las fechas están escritas</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Vista previa de las primeras filas:</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>{rows} rows · encoding {enc} · separator: {sep}</source>
        <translation>{rows} filas · codificación {enc} · separador: {sep}</translation>
    </message>
    <message>
        <source>{rows} rows · {kind} workbook, first sheet</source>
        <translation>{rows} filas · libro {kind}, primera hoja</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(columna {n})</translation>
    </message>
    <message>
        <source>Still needed: {fields}</source>
        <translation>Aún faltan: {fields}</translation>
    </message>
</context>
<context>
    <name>MeasureDefinitionDialog</name>
    <message>
        <source>Add a measure</source>
        <translation>Añadir una medida</translation>
    </message>
    <message>
        <source>Change a measure</source>
        <translation>Cambiar una medida</translation>
    </message>
    <message>
        <source>A number taken at a visit, such as a device reading. It is stored with its unit and offered at once in every patient&apos;s Outcomes tab.</source>
        <translation>Un número tomado en una visita, como la lectura de un aparato. Se guarda con su unidad y se ofrece enseguida en la pestaña Resultados de cada paciente.</translation>
    </message>
    <message>
        <source>e.g. Skin hydration (corneometer)</source>
        <translation>p. ej. Hidratación cutánea (corneómetro)</translation>
    </message>
    <message>
        <source>e.g. AU, mm, %, kg</source>
        <translation>p. ej. UA, mm, %, kg</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>optional, for exchange (e.g. mm, %, kg)</source>
        <translation>opcional, para el intercambio (p. ej. mm, %, kg)</translation>
    </message>
    <message>
        <source>UCUM c&amp;ode:</source>
        <translation>Cód&amp;igo UCUM:</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation>&amp;Lectura:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Lowest plausible value</source>
        <translation>Valor plausible más bajo</translation>
    </message>
    <message>
        <source>Highest plausible value</source>
        <translation>Valor plausible más alto</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Plausible range:</source>
        <translation>Intervalo &amp;plausible:</translation>
    </message>
    <message>
        <source>A value outside it is refused as a typo.</source>
        <translation>Un valor fuera de él se rechaza como error de tecleo.</translation>
    </message>
    <message>
        <source>e.g. left cheek, 2 cm below the cheekbone; probe held 3 s</source>
        <translation>p. ej. mejilla izquierda, 2 cm bajo el pómulo; sonda sostenida 3 s</translation>
    </message>
    <message>
        <source>&amp;Site and method:</source>
        <translation>&amp;Zona y método:</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>sin regla</translation>
    </message>
    <message>
        <source>A patient counts as a responder when the value improved by at least this much.</source>
        <translation>Un paciente cuenta como respondedor cuando el valor ha mejorado al menos esto.</translation>
    </message>
    <message>
        <source>Responder when &amp;improved by:</source>
        <translation>Respondedor si &amp;mejora en:</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Añadir la medida</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate records</source>
        <translation>Fusionar historias duplicadas</translation>
    </message>
    <message>
        <source>Choose the record to keep and its duplicate. Everything recorded on the duplicate moves to the record kept; the duplicate is then archived, not deleted.</source>
        <translation>Elija la historia que se conserva y su duplicado. Todo lo registrado en el duplicado pasa a la historia conservada; después el duplicado se archiva, no se elimina.</translation>
    </message>
    <message>
        <source>&amp;Record to keep</source>
        <translation>Historia que se &amp;conserva</translation>
    </message>
    <message>
        <source>&amp;Duplicate (archived after the merge)</source>
        <translation>&amp;Duplicado (archivado tras la fusión)</translation>
    </message>
    <message>
        <source>Reason for the merge</source>
        <translation>Motivo de la fusión</translation>
    </message>
    <message>
        <source>Why these are the same person (required, kept in the audit trail)</source>
        <translation>Por qué se trata de la misma persona (obligatorio, queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>Mo&amp;tivo</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>F&amp;usionar…</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>Elija dos historias distintas.</translation>
    </message>
    <message>
        <source>Choose the record to keep and the duplicate.</source>
        <translation>Elija la historia que se conserva y el duplicado.</translation>
    </message>
    <message>
        <source>Give the reason for the merge.</source>
        <translation>Indique el motivo de la fusión.</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into %3 (%4)?

Everything recorded on %2 moves to %4: sessions %5, consents %6, photos %7, and its allergies, reactions, plans and follow-ups. %2 is then archived, not deleted, and the merge is recorded in the audit trail.</source>
        <translation>¿Fusionar %1 (%2) en %3 (%4)?

Todo lo registrado en %2 pasa a %4: sesiones %5, consentimientos %6, fotos %7, además de sus alergias, reacciones, planes y seguimientos. Después %2 se archiva, no se elimina, y la fusión queda en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>NewClinicSecurityDialog</name>
    <message>
        <source>New clinic</source>
        <extracomment>The shortest passphrase accepted for a new encrypted clinic.</extracomment>
        <translation>Nueva clínica</translation>
    </message>
    <message>
        <source>Protect this clinic&apos;s records</source>
        <translation>Proteger las historias de esta clínica</translation>
    </message>
    <message>
        <source>MesoDesk is about to create a new clinic database:</source>
        <translation>MesoDesk va a crear una nueva base de datos de la clínica:</translation>
    </message>
    <message>
        <source>MesoDesk is about to create a new clinic database.</source>
        <translation>MesoDesk va a crear una nueva base de datos de la clínica.</translation>
    </message>
    <message>
        <source>Encryption makes the file, and its backups, unreadable without the passphrase, for example if the computer is lost or stolen. The choice is made now, when the clinic is created.</source>
        <translation>El cifrado hace que el archivo y sus copias de seguridad sean ilegibles sin la frase de contraseña, por ejemplo si se pierde o roban el ordenador. La elección se hace ahora, al crear la clínica.</translation>
    </message>
    <message>
        <source>&amp;Encrypt this clinic&apos;s records (recommended on a laptop)</source>
        <translation>&amp;Cifrar las historias de esta clínica (recomendado en un portátil)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>Repita la &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Keep the passphrase safe.</source>
        <translation>Guarde la frase de contraseña en lugar seguro.</translation>
    </message>
    <message>
        <source>If it is lost, the records cannot be recovered: nobody can open the file or its backups without it. Write it down and keep it somewhere safe, away from the computer. MesoDesk asks for it at every start. Use at least %1 characters, for example a few unrelated words.</source>
        <translation>Si se pierde, las historias no podrán recuperarse: nadie puede abrir el archivo ni sus copias de seguridad sin ella. Anótela y guárdela en un lugar seguro, lejos del ordenador. MesoDesk la pide en cada inicio. Use al menos %1 caracteres, por ejemplo unas cuantas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>&amp;Create the clinic</source>
        <translation>&amp;Crear la clínica</translation>
    </message>
    <message>
        <source>use at least %1 characters</source>
        <translation>use al menos %1 caracteres</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>las dos frases de contraseña no coinciden</translation>
    </message>
</context>
<context>
    <name>NotesPageMixin</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Topical anaesthetic cream</source>
        <translation>Crema anestésica tópica</translation>
    </message>
    <message>
        <source>Ice / cooling</source>
        <translation>Hielo / frío</translation>
    </message>
    <message>
        <source>Lidocaine in the formula</source>
        <translation>Lidocaína en la fórmula</translation>
    </message>
    <message>
        <source>e.g. topical anaesthetic cream, 30 minutes</source>
        <translation>p. ej., crema anestésica tópica, 30 minutos</translation>
    </message>
    <message>
        <source>Bleeding, bruising, redness, pain during the session…</source>
        <translation>Sangrado, hematoma, enrojecimiento, dolor durante la sesión…</translation>
    </message>
    <message>
        <source>A&amp;naesthesia:</source>
        <translation>A&amp;nestesia:</translation>
    </message>
    <message>
        <source>Immediate &amp;reactions:</source>
        <translation>&amp;Reacciones inmediatas:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>OutcomeDefinitions</name>
    <message>
        <source>Built-in</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>The clinic&apos;s own, retired</source>
        <translation>De la clínica, retirada</translation>
    </message>
    <message>
        <source>The clinic&apos;s own</source>
        <translation>De la clínica</translation>
    </message>
    <message>
        <source>%1–%2 points</source>
        <translation>%1–%2 puntos</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ítem</numerusform>
            <numerusform>%n ítems</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
</context>
<context>
    <name>OutcomeDefinitionsDialog</name>
    <message>
        <source>Outcome scales and measures</source>
        <extracomment>The tables whose changes the list follows (a definition, or a first value recorded with one).</extracomment>
        <translation>Escalas y medidas de resultados</translation>
    </message>
    <message>
        <source>The built-in validated scales and measures are read-only. The clinic&apos;s own are offered in every patient&apos;s Outcomes tab as soon as they are added; one that has values recorded can be retired, never deleted.</source>
        <translation>Las escalas validadas y las medidas incluidas son de solo lectura. Las propias de la clínica se ofrecen en la pestaña Resultados de cada paciente en cuanto se añaden; cuando ya tienen valores registrados se pueden retirar, nunca eliminar.</translation>
    </message>
    <message>
        <source>Read-only: your role does not include the catalogue.</source>
        <translation>Solo lectura: su función no incluye el catálogo.</translation>
    </message>
    <message>
        <source>Scales and measures</source>
        <translation>Escalas y medidas</translation>
    </message>
    <message>
        <source>Details of the chosen scale or measure</source>
        <translation>Detalles de la escala o la medida elegida</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>Añadir &amp;medida…</translation>
    </message>
    <message>
        <source>Add &amp;scale…</source>
        <translation>Añadir &amp;escala…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Your role does not include the catalogue.</source>
        <translation>Su función no incluye el catálogo.</translation>
    </message>
    <message>
        <source>Offer a&amp;gain</source>
        <translation>Ofrecer de &amp;nuevo</translation>
    </message>
    <message>
        <source>Values are recorded with it: it can be retired, not changed.</source>
        <translation>Hay valores registrados con ella: se puede retirar, no cambiar.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Retire “%1”? It is no longer offered for new values; everything recorded with it stays in the charts, reports and exports. It can be offered again later.</source>
        <translation>¿Retirar «%1»? Ya no se ofrecerá para nuevos valores; todo lo registrado con ella se conserva en las historias, los informes y las exportaciones. Podrá ofrecerse de nuevo más adelante.</translation>
    </message>
    <message>
        <source>A rating of the change since baseline: it has no baseline of its own.</source>
        <translation>Una valoración del cambio desde el basal: no tiene basal propio.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Cuanto más alto, mejor.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Cuanto más bajo, mejor.</translation>
    </message>
    <message>
        <source>Responder: a rating of %1 or better.</source>
        <translation>Respondedor: una valoración de %1 o mejor.</translation>
    </message>
    <message numerus="yes">
        <source>Responder: at least %n band(s) better than at baseline.</source>
        <translation>
            <numerusform>Respondedor: al menos %n tramo mejor que en el basal.</numerusform>
            <numerusform>Respondedor: al menos %n tramos mejor que en el basal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Responder: improved by at least %1.</source>
        <translation>Respondedor: mejora de al menos %1.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded</source>
        <translation>
            <numerusform>%n valor registrado</numerusform>
            <numerusform>%n valores registrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 to %2</source>
        <translation>Total: de %1 a %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>Bands of the total</source>
        <translation>Tramos del total</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia bibliográfica</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unidad: %1</translation>
    </message>
    <message>
        <source>Plausible range: %1 to %2</source>
        <translation>Intervalo plausible: de %1 a %2</translation>
    </message>
    <message>
        <source>Site and method</source>
        <translation>Zona y método</translation>
    </message>
</context>
<context>
    <name>OutcomePlot</name>
    <message>
        <source>No values yet</source>
        <translation>Aún no hay valores</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>basal</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>No measurements or scale scores yet: record the baseline on the right.</source>
        <translation>Aún no hay mediciones ni puntuaciones de escalas: registre los valores basales a la derecha.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;course&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;maintenance&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%3&apos;&gt;▲&lt;/span&gt; session · ○ baseline · a plot takes the focus: ← → move between values</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;ciclo&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;mantenimiento&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%3&apos;&gt;▲&lt;/span&gt; sesión · ○ basal · un gráfico recibe el foco: ← → para pasar de un valor a otro</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Find a patient with the search box (Ctrl+F),
or register a new one (Ctrl+N).</source>
        <extracomment>A change to these alone leaves the chart&apos;s tables as they are.</extracomment>
        <translation>Busque un paciente con el cuadro de búsqueda (Ctrl+F)
o registre uno nuevo (Ctrl+N).</translation>
    </message>
    <message>
        <source>Your role does not include clinical records.</source>
        <translation>Su función no incluye las historias clínicas.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>History &amp;&amp; allergies</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Timeline of the patient</source>
        <translation>Cronología del paciente</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Details of the selected session</source>
        <translation>Detalles de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Record reaction…</source>
        <translation>Registrar reacción…</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; follow-ups</source>
        <translation>Plan y seguimientos</translation>
    </message>
    <message>
        <source>Plan a course…</source>
        <translation>Planificar un ciclo…</translation>
    </message>
    <message>
        <source>Treatment plans</source>
        <translation>Planes de tratamiento</translation>
    </message>
    <message>
        <source>Calls and visits of the patient</source>
        <translation>Llamadas y visitas del paciente</translation>
    </message>
    <message>
        <source>Medical history &amp;&amp; allergies</source>
        <translation>Antecedentes y alergias</translation>
    </message>
    <message>
        <source>Review medical history…</source>
        <translation>Revisar los antecedentes médicos…</translation>
    </message>
    <message>
        <source>Medical history and allergies</source>
        <translation>Antecedentes médicos y alergias</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Photos are not available in this version.</source>
        <translation>Las fotos no están disponibles en esta versión.</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <source>Restore %1 to the active patient list?</source>
        <translation>¿Devolver a %1 a la lista de pacientes activos?</translation>
    </message>
    <message>
        <source>Archive %1? The record is kept and can be restored; the patient no longer appears in searches.</source>
        <translation>¿Archivar a %1? La historia se conserva y puede restaurarse; el paciente deja de aparecer en las búsquedas.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Archivar paciente</translation>
    </message>
    <message>
        <source>Restore patient</source>
        <translation>Restaurar paciente</translation>
    </message>
</context>
<context>
    <name>PatientEditorDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>Date of birth, typed with or without separators, e.g. %1</source>
        <translation>Fecha de nacimiento, escrita con o sin separadores, p. ej., %1</translation>
    </message>
    <message>
        <source>given automatically if left empty</source>
        <translation>se asigna automáticamente si se deja vacío</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Tipo %1</translation>
    </message>
    <message>
        <source>Clinic&apos;s language</source>
        <translation>Idioma de la clínica</translation>
    </message>
    <message>
        <source>Language of the consent form, aftercare sheet and progress sheet</source>
        <translation>Idioma del formulario de consentimiento, la hoja de cuidados posteriores y la hoja de evolución</translation>
    </message>
    <message>
        <source>Preferred language for documents</source>
        <translation>Idioma preferido para los documentos</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>File &amp;number</source>
        <translation>&amp;Número de historia</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Skin type (Fitzpatrick)</source>
        <translation>Fototipo (Fitzpatrick)</translation>
    </message>
    <message>
        <source>Lan&amp;guage of documents</source>
        <translation>Idi&amp;oma de los documentos</translation>
    </message>
    <message>
        <source>&amp;Contraindications</source>
        <translation>C&amp;ontraindicaciones</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S saves · Esc cancels</source>
        <translation>Ctrl+S guarda · Esc cancela</translation>
    </message>
    <message>
        <source>Edit patient — %1</source>
        <translation>Editar paciente — %1</translation>
    </message>
</context>
<context>
    <name>PatientFollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
</context>
<context>
    <name>PatientReportDialog</name>
    <message>
        <source>Print for {name}</source>
        <translation>Imprimir para {name}</translation>
    </message>
    <message>
        <source>Patient summary</source>
        <translation>Resumen del paciente</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Registro de la sesión</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulario de consentimiento</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados posteriores</translation>
    </message>
    <message>
        <source>Progress sheet for the patient (results so far)</source>
        <translation>Hoja de evolución para el paciente (resultados hasta ahora)</translation>
    </message>
    <message>
        <source>Session to print</source>
        <translation>Sesión que imprimir</translation>
    </message>
    <message>
        <source>Consent to print</source>
        <translation>Consentimiento que imprimir</translation>
    </message>
    <message>
        <source>Alerts and allergies</source>
        <translation>Alertas y alergias</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Antecedentes médicos</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Injection maps</source>
        <translation>Mapas de inyecciones</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Plan and follow-up</source>
        <translation>Plan y seguimiento</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Photos marked for printing</source>
        <translation>Fotos marcadas para imprimir</translation>
    </message>
    <message>
        <source>Only sessions, reactions and photos from</source>
        <translation>Solo sesiones, reacciones y fotos desde</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Summary contents</source>
        <translation>Contenido del resumen</translation>
    </message>
    <message>
        <source>{name} ({file_no}) — choose the document to print.</source>
        <translation>{name} ({file_no}) — elija el documento que desea imprimir.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
        <source>Printing the patient summary</source>
        <translation>Imprimiendo el resumen del paciente</translation>
    </message>
    <message>
        <source>Printing the session record</source>
        <translation>Imprimiendo el registro de la sesión</translation>
    </message>
    <message>
        <source>Printing the consent form</source>
        <translation>Imprimiendo el formulario de consentimiento</translation>
    </message>
    <message>
        <source>Printing the progress sheet</source>
        <translation>Imprimiendo la hoja de evolución</translation>
    </message>
    <message>
        <source>Printing the aftercare sheet</source>
        <translation>Imprimiendo la hoja de cuidados posteriores</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>N.º historia</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
</context>
<context>
    <name>PhotoCompareDialog</name>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole photos (double-click does the same)</source>
        <translation>Mostrar las fotos completas (el doble clic hace lo mismo)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>No photo to show</source>
        <translation>No hay ninguna foto que mostrar</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag to move: both photos follow. Double-click to fit.</source>
        <translation>Rueda para hacer zoom, arrastre para mover: las dos fotos se mueven a la vez. Doble clic para ajustar.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <source>1 day after the before photo</source>
        <translation>1 día después de la foto «antes»</translation>
    </message>
    <message>
        <source>%1 days after the before photo</source>
        <translation>%1 días después de la foto «antes»</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <source>Add JPEG or PNG photos from files</source>
        <translation>Añadir fotos JPEG o PNG desde archivos</translation>
    </message>
    <message>
        <source>Before / after…</source>
        <translation>Antes / después…</translation>
    </message>
    <message>
        <source>Compare two photos of the same area side by side</source>
        <translation>Comparar lado a lado dos fotos de la misma zona</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Change the kind, area, date or caption</source>
        <translation>Cambiar el tipo, la zona, la fecha o el pie de foto</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected photos for good</source>
        <translation>Borrar para siempre las fotos seleccionadas</translation>
    </message>
    <message>
        <source>Photos of the patient</source>
        <translation>Fotos del paciente</translation>
    </message>
    <message>
        <source>Thumbnails of the photos. Double-click opens one; the menu key lists what can be done.</source>
        <translation>Miniaturas de las fotos. Un doble clic abre una; la tecla de menú muestra lo que se puede hacer.</translation>
    </message>
    <message>
        <source>No photos yet.
Drop JPEG or PNG files here, or use “Add photos…”.</source>
        <translation>Aún no hay fotos.
Suelte aquí archivos JPEG o PNG, o use «Añadir fotos…».</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>No hay fotos.</translation>
    </message>
    <message>
        <source>Photos are shown to practitioners only.</source>
        <translation>Las fotos solo las ven los profesionales.</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>%1 photos</source>
        <translation>%1 fotos</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB); the limit is %3 MB.</source>
        <translation>%1: el archivo es demasiado grande (%2 MB); el límite es %3 MB.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: no se puede leer el archivo (%2).</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Add at least two photos to compare them.</source>
        <translation>Añada al menos dos fotos para compararlas.</translation>
    </message>
    <message>
        <source>Delete this photo for good?</source>
        <translation>¿Borrar esta foto para siempre?</translation>
    </message>
    <message>
        <source>Delete these %1 photos for good?</source>
        <translation>¿Borrar estas %1 fotos para siempre?</translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>Borrar fotos</translation>
    </message>
    <message>
        <source>The audit trail keeps a record of the deletion.</source>
        <translation>El registro de auditoría deja constancia del borrado.</translation>
    </message>
    <message>
        <source>the file %1.</source>
        <translation>el archivo %1.</translation>
    </message>
    <message>
        <source>These files were not added:</source>
        <translation>Estos archivos no se han añadido:</translation>
    </message>
    <message>
        <source>The other photos were added.</source>
        <translation>Las demás fotos se han añadido.</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Algunos archivos no se han añadido</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>Archivos no añadidos</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
</context>
<context>
    <name>PhotoTagDialog</name>
    <message>
        <source>Photo details</source>
        <translation>Detalles de la foto</translation>
    </message>
    <message>
        <source>Details of %1 photos</source>
        <translation>Detalles de %1 fotos</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>Sin zona</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>No reaction</source>
        <translation>Sin reacción</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Include in printed records</source>
        <translation>Incluir en las historias impresas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Tomada el</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Kind of each photo:</source>
        <translation>Tipo de cada foto:</translation>
    </message>
    <message>
        <source>Type the day the photo was taken.</source>
        <translation>Escriba el día en que se tomó la foto.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <source>Custom plan</source>
        <translation>Plan personalizado</translation>
    </message>
    <message>
        <source>e.g. Face revitalisation course</source>
        <translation>p. ej., ciclo de revitalización facial</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sesiones</translation>
    </message>
    <message>
        <source>Days between the sessions of the course</source>
        <translation>Días entre las sesiones del ciclo</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>then maintenance</source>
        <translation>después mantenimiento</translation>
    </message>
    <message>
        <source>Days between maintenance sessions</source>
        <translation>Días entre las sesiones de mantenimiento</translation>
    </message>
    <message>
        <source>check call</source>
        <translation>llamada de control</translation>
    </message>
    <message>
        <source>Hours after each session for the check call</source>
        <translation>Horas después de cada sesión para la llamada de control</translation>
    </message>
    <message>
        <source> hours after each session</source>
        <translation> horas después de cada sesión</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Empezar desde:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>&amp;Maintenance:</source>
        <translation>&amp;Mantenimiento:</translation>
    </message>
    <message>
        <source>Check ca&amp;ll:</source>
        <translation>&amp;Llamada de control:</translation>
    </message>
    <message>
        <source>First session &amp;on:</source>
        <translation>Primera sesión &amp;el:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Upcoming dates</source>
        <translation>Próximas fechas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Crear plan</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Sesión %1 de %2</translation>
    </message>
    <message>
        <source>Check call (session %1)</source>
        <translation>Llamada de control (sesión %1)</translation>
    </message>
    <message>
        <source>Maintenance session</source>
        <translation>Sesión de mantenimiento</translation>
    </message>
    <message>
        <source>Next-due dates are recomputed after each recorded session.</source>
        <translation>Los próximos vencimientos se recalculan tras cada sesión registrada.</translation>
    </message>
    <message>
        <source>Maintenance continues after the dates shown.</source>
        <translation>El mantenimiento continúa después de las fechas mostradas.</translation>
    </message>
    <message>
        <source>This plan is not saved. Discard it?</source>
        <translation>Este plan no está guardado. ¿Descartarlo?</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the windows and of the documents printed from them</source>
        <translation>El idioma de las ventanas y de los documentos que se imprimen desde ellas</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>Según la configuración del equipo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Light or dark windows, or as the computer&apos;s own setting says</source>
        <translation>Ventanas claras u oscuras, o según la configuración del equipo</translation>
    </message>
    <message>
        <source>Include archived patients when searching</source>
        <translation>Incluir a los pacientes archivados en la búsqueda</translation>
    </message>
    <message>
        <source>The new language is used the next time MesoDesk starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie MesoDesk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>not imported</source>
        <translation>no se importa</translation>
    </message>
</context>
<context>
    <name>ProductsTabMixin</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>checked against patients&apos; allergies</source>
        <translation>se comprueba con las alergias de los pacientes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Fabricante:</translation>
    </message>
    <message>
        <source>Active &amp;ingredient:</source>
        <translation>Principio &amp;activo:</translation>
    </message>
    <message>
        <source>&amp;Concentration:</source>
        <translation>&amp;Concentración:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Low stock &amp;at:</source>
        <translation>Existencias &amp;mínimas:</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Guardar producto</translation>
    </message>
</context>
<context>
    <name>ProtocolsTabMixin</name>
    <message>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source> G</source>
        <translation> G</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> ml</source>
        <translation> ml</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>&amp;Indicación:</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>&amp;Zonas:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Fórmula:</translation>
    </message>
    <message>
        <source>&amp;Technique:</source>
        <translation>&amp;Técnica:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>Needle &amp;gauge:</source>
        <translation>&amp;Calibre de la aguja:</translation>
    </message>
    <message>
        <source>Needle &amp;length:</source>
        <translation>&amp;Longitud de la aguja:</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>Pro&amp;fundidad:</translation>
    </message>
    <message>
        <source>Points per area:</source>
        <translation>Puntos por zona:</translation>
    </message>
    <message>
        <source>Volume per area:</source>
        <translation>Volumen por zona:</translation>
    </message>
    <message>
        <source>Course sessions:</source>
        <translation>Sesiones del ciclo:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <source>Maintenance every:</source>
        <translation>Mantenimiento cada:</translation>
    </message>
    <message>
        <source>Check call after:</source>
        <translation>Llamada de control tras:</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Nuevo protocolo</translation>
    </message>
    <message>
        <source>Save protocol</source>
        <translation>Guardar protocolo</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>New value of %1 (%2)</source>
        <translation>Nuevo valor de %1 (%2)</translation>
    </message>
    <message>
        <source>%1: site</source>
        <translation>%1: punto de medición</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>Another measure</source>
        <translation>Otra medida</translation>
    </message>
    <message>
        <source>Add &amp;measure</source>
        <translation>Añadir &amp;medida</translation>
    </message>
    <message>
        <source>Save m&amp;easurements</source>
        <translation>Guardar m&amp;ediciones</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>&amp;Link the photos taken that day</source>
        <translation>&amp;Vincular las fotos tomadas ese día</translation>
    </message>
    <message>
        <source>Before/after comparisons then show this score under the photos.</source>
        <translation>Las comparaciones antes/después mostrarán entonces esta puntuación bajo las fotos.</translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation>Guardar &amp;evaluación</translation>
    </message>
    <message>
        <source>BMI: %1 kg/m²</source>
        <translation>IMC: %1 kg/m²</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Type the day of the visit.</source>
        <translation>Escriba el día de la visita.</translation>
    </message>
</context>
<context>
    <name>ReactionAssessmentsModel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>— not linked to a session —</source>
        <translation>— no vinculada a una sesión —</translation>
    </message>
    <message>
        <source>— not specific —</source>
        <translation>— no específica —</translation>
    </message>
    <message>
        <source>e.g. cold compress, antihistamine, advice given</source>
        <translation>p. ej., compresa fría, antihistamínico, consejos dados</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resuelta el</translation>
    </message>
    <message>
        <source>Date the reaction resolved</source>
        <translation>Fecha en que se resolvió la reacción</translation>
    </message>
    <message>
        <source>Se&amp;ssion:</source>
        <translation>Se&amp;sión:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Aparición:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>A&amp;ction taken:</source>
        <translation>&amp;Medida adoptada:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Evolución:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Graded assessments over the following days</source>
        <translation>Evaluaciones graduadas de los días siguientes</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Añadir evaluación</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Usually graded on day 0, 1, 3 and 7.</source>
        <translation>Normalmente se evalúa los días 0, 1, 3 y 7.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Serious allergic reaction</source>
        <translation>Reacción alérgica grave</translation>
    </message>
    <message>
        <source>This looks like a serious allergic reaction.

Add an allergy to the patient&apos;s record?</source>
        <translation>Parece una reacción alérgica grave.

¿Añadir una alergia a la historia del paciente?</translation>
    </message>
    <message>
        <source>after the session of %1</source>
        <translation>después de la sesión del %1</translation>
    </message>
    <message>
        <source>This reaction has changes that are not saved. Discard them?</source>
        <translation>Esta reacción tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>ReactionTableModel</name>
    <message>
        <source>Onset</source>
        <translation>Aparición</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Medida adoptada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall a lot</source>
        <translation>Retirar un lote</translation>
    </message>
    <message>
        <source>Lot %1 will be refused for every new session. Patients who received it can be listed with the recall report.</source>
        <translation>El lote %1 se rechazará en toda sesión nueva. Los pacientes que lo recibieron pueden listarse con el informe de retirada.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>e.g. manufacturer recall notice of 12 March</source>
        <translation>p. ej., aviso de retirada del fabricante del 12 de marzo</translation>
    </message>
    <message>
        <source>Recall lot</source>
        <translation>Retirar lote</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <source>Name or file number</source>
        <translation>Nombre o n.º de historia</translation>
    </message>
    <message>
        <source>Records found: %1</source>
        <translation>Historias encontradas: %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nacido/a el %1</translation>
    </message>
    <message>
        <source>No record chosen: search by name or file number.</source>
        <translation>Ninguna historia elegida: busque por nombre o n.º de historia.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>N.º historia</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database cannot be used</source>
        <translation>No se puede usar la base de datos</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 MB)</source>
        <translation>%1 — %2 (%3 MB)</translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in place; the current file is kept aside under another name for inspection. Work saved after the backup was made will have to be entered again.</source>
        <translation>La restauración pone en uso la copia elegida; el archivo actual se aparta con otro nombre para examinarlo. Lo guardado después de la copia tendrá que introducirse de nuevo.</translation>
    </message>
    <message>
        <source>Move the database file to this computer&apos;s own disk (then start MesoDesk with --db pointing at it), or ask for a PostgreSQL server.</source>
        <translation>Mueva el archivo de la base de datos al disco propio de este ordenador (y después inicie MesoDesk con --db apuntando a él), o solicite un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. Keep the damaged file and ask for help; do not delete it.</source>
        <translation>No hay ninguna copia de seguridad válida que restaurar. Conserve el archivo dañado y pida ayuda; no lo borre.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restaurando la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <source>Rows with a problem are left out. Nothing is saved until you click Import.</source>
        <translation>Las filas con algún problema se omiten. No se guarda nada hasta que haga clic en Importar.</translation>
    </message>
    <message>
        <source>Leave out rows with the same file number, or the same name and date of birth</source>
        <translation>Omitir las filas con el mismo número de historia, o con el mismo nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>{total} rows: {good} without problems, {bad} with problems (left out), {dup} possible duplicates of patients already on file or of other rows.</source>
        <translation>{total} filas: {good} sin problemas, {bad} con problemas (omitidas), {dup} posibles duplicados de pacientes ya registrados o de otras filas.</translation>
    </message>
</context>
<context>
    <name>SafetyMixin</name>
    <message>
        <source>Reason to sign off anyway</source>
        <extracomment>Words that make a catalogue product an anaesthetic for the anaesthesia list.</extracomment>
        <translation>Motivo para firmar de todos modos</translation>
    </message>
    <message>
        <source>Reason to sign off anyway (kept with the session and printed on it)</source>
        <translation>Motivo para firmar de todos modos (se conserva con la sesión y se imprime en ella)</translation>
    </message>
    <message>
        <source>%1 — lot %2, expires %3</source>
        <translation>%1 — lote %2, caduca el %3</translation>
    </message>
    <message>
        <source>Required by the clinic:</source>
        <translation>Exigido por la clínica:</translation>
    </message>
    <message>
        <source>This session cannot be signed off yet</source>
        <translation>Esta sesión aún no se puede firmar</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <source>Please check before signing off</source>
        <translation>Compruebe antes de firmar</translation>
    </message>
    <message>
        <source>Sign off anyway</source>
        <translation>Firmar de todos modos</translation>
    </message>
    <message>
        <source>Please check before saving</source>
        <translation>Compruebe antes de guardar</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Give the reason for signing off despite these warnings.</source>
        <translation>Indique el motivo para firmar pese a estos avisos.</translation>
    </message>
</context>
<context>
    <name>ScaleDefinitionDialog</name>
    <message>
        <source>Add a scale</source>
        <extracomment>A service error about one row of a table: ``items[2].max``, ``bands[0]``.</extracomment>
        <translation>Añadir una escala</translation>
    </message>
    <message>
        <source>Change a scale</source>
        <translation>Cambiar una escala</translation>
    </message>
    <message>
        <source>A scale is scored item by item; its total is the sum of the items&apos; scores. Type each item in the table on the right with its min and max, and what each score means if the scale words it. It is offered at once in every patient&apos;s Outcomes tab.</source>
        <translation>Una escala se puntúa ítem por ítem; su total es la suma de las puntuaciones de los ítems. Escriba cada ítem en la tabla de la derecha con su mín y su máx, y lo que significa cada puntuación si la escala lo describe. Se ofrece enseguida en la pestaña Resultados de cada paciente.</translation>
    </message>
    <message>
        <source>e.g. Scalp hair density (clinic)</source>
        <translation>p. ej. Densidad capilar (clínica)</translation>
    </message>
    <message>
        <source>Lower is better (a severity)</source>
        <translation>Cuanto más bajo, mejor (una gravedad)</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>A rating of the change since baseline (like GAIS)</source>
        <translation>Una valoración del cambio desde el basal (como la GAIS)</translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation>&amp;Lectura:</translation>
    </message>
    <message>
        <source>Where the scale is published, or how the clinic uses it</source>
        <translation>Dónde se publicó la escala, o cómo la usa la clínica</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferencia:</translation>
    </message>
    <message>
        <source>e.g. hair loss, scalp (separated by commas)</source>
        <translation>p. ej. caída del cabello, cuero cabelludo (separados por comas)</translation>
    </message>
    <message>
        <source>&amp;Usually used for:</source>
        <translation>&amp;Usada normalmente para:</translation>
    </message>
    <message>
        <source>No responder rule</source>
        <translation>Sin regla de respondedor</translation>
    </message>
    <message>
        <source>Total improved by at least</source>
        <translation>Total mejorado en al menos</translation>
    </message>
    <message>
        <source>Band better by at least</source>
        <translation>Tramo mejorado en al menos</translation>
    </message>
    <message>
        <source>Rating at most</source>
        <translation>Valoración como máximo</translation>
    </message>
    <message>
        <source>Responder value</source>
        <translation>Valor de respondedor</translation>
    </message>
    <message>
        <source>Res&amp;ponder:</source>
        <translation>Res&amp;pondedor:</translation>
    </message>
    <message>
        <source>Items of the scale</source>
        <translation>Ítems de la escala</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Añadir ít&amp;em</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>Quitar ítem (&amp;v)</translation>
    </message>
    <message>
        <source>Items (each scored from … to …)</source>
        <translation>Ítems (cada uno puntuado de … a …)</translation>
    </message>
    <message>
        <source>Anchor wording of the chosen item</source>
        <translation>Descripciones de anclaje del ítem elegido</translation>
    </message>
    <message>
        <source>Anchor wording</source>
        <translation>Descripciones de anclaje</translation>
    </message>
    <message>
        <source>Bands of the total</source>
        <translation>Tramos del total</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>Añadir &amp;tramo</translation>
    </message>
    <message>
        <source>Remove b&amp;and</source>
        <translation>Quitar tr&amp;amo</translation>
    </message>
    <message>
        <source>Bands of the total (optional, e.g. 0–5 mild)</source>
        <translation>Tramos del total (opcional, p. ej. 0–5 leve)</translation>
    </message>
    <message>
        <source>Add scale</source>
        <translation>Añadir la escala</translation>
    </message>
    <message>
        <source>Total: %1 to %2</source>
        <translation>Total: de %1 a %2</translation>
    </message>
    <message>
        <source>Add an item to word its scores.</source>
        <translation>Añada un ítem para describir sus puntuaciones.</translation>
    </message>
    <message>
        <source>Make the item&apos;s max more than its min to word its scores.</source>
        <translation>Ponga el máx del ítem por encima de su mín para describir sus puntuaciones.</translation>
    </message>
    <message>
        <source>Anchor wording is offered for items of up to %1 scores.</source>
        <translation>Las descripciones de anclaje se ofrecen para ítems de hasta %1 puntuaciones.</translation>
    </message>
    <message>
        <source>What each score of “%1” means (optional).</source>
        <translation>Qué significa cada puntuación de «%1» (opcional).</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>ítem %1</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Ítem %1: %2</translation>
    </message>
    <message>
        <source>Band %1: %2</source>
        <translation>Tramo %1: %2</translation>
    </message>
</context>
<context>
    <name>ScaleItemsModel</name>
    <message>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx</translation>
    </message>
</context>
<context>
    <name>SessionAreasModel</name>
    <message>
        <source>Area</source>
        <extracomment>AreaInput attribute edited in each column.</extracomment>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Needle (G)</source>
        <translation>Aguja (G)</translation>
    </message>
    <message>
        <source>Length (mm)</source>
        <translation>Longitud (mm)</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profundidad (mm)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volumen (ml)</translation>
    </message>
    <message>
        <source>Treated area</source>
        <translation>Zona tratada</translation>
    </message>
    <message>
        <source>Injection technique</source>
        <translation>Técnica de inyección</translation>
    </message>
    <message>
        <source>Injection device</source>
        <translation>Dispositivo de inyección</translation>
    </message>
    <message>
        <source>Needle gauge</source>
        <translation>Calibre de la aguja</translation>
    </message>
    <message>
        <source>Needle length in millimetres</source>
        <translation>Longitud de la aguja en milímetros</translation>
    </message>
    <message>
        <source>Injection depth in millimetres (usually 1–4 mm)</source>
        <translation>Profundidad de inyección en milímetros (normalmente 1–4 mm)</translation>
    </message>
    <message>
        <source>Number of injection points</source>
        <translation>Número de puntos de inyección</translation>
    </message>
    <message>
        <source>Volume injected in this area, in millilitres</source>
        <translation>Volumen inyectado en esta zona, en mililitros</translation>
    </message>
    <message>
        <source>%1G</source>
        <translation>%1G</translation>
    </message>
    <message>
        <source>Outside the usual %1–%2 mm for mesotherapy</source>
        <translation>Fuera de los %1–%2 mm habituales en mesoterapia</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Treatment session</source>
        <extracomment>What the alert banner is made of.</extracomment>
        <translation>Sesión de tratamiento</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Injection &amp;map</source>
        <translation>&amp;Mapa de inyecciones</translation>
    </message>
    <message>
        <source>&amp;Amendments</source>
        <translation>&amp;Rectificaciones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>choose the treating practitioner</source>
        <translation>elija el profesional que trata</translation>
    </message>
    <message>
        <source>choose the lot that was used</source>
        <translation>elija el lote utilizado</translation>
    </message>
    <message>
        <source>&amp;Save amendment…</source>
        <translation>&amp;Guardar rectificación…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel amendment</source>
        <translation>Cancelar rectificación</translation>
    </message>
    <message>
        <source>New treatment session</source>
        <translation>Nueva sesión de tratamiento</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Treatment session (draft)</source>
        <translation>Sesión de tratamiento (borrador)</translation>
    </message>
    <message>
        <source>Draft — not signed off</source>
        <translation>Borrador — sin firmar</translation>
    </message>
    <message>
        <source>Treatment session (signed off)</source>
        <translation>Sesión de tratamiento (firmada)</translation>
    </message>
    <message>
        <source>✔ Signed off — read only</source>
        <translation>✔ Firmada — solo lectura</translation>
    </message>
    <message>
        <source>Amending a signed session</source>
        <translation>Rectificando una sesión firmada</translation>
    </message>
    <message>
        <source>Amending — a reason will be asked when you save</source>
        <translation>Rectificando — se pedirá un motivo al guardar</translation>
    </message>
    <message>
        <source>Change this signed session; a reason is asked.</source>
        <translation>Rectificar esta sesión firmada; se pide un motivo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Discard them?</source>
        <translation>Esta sesión tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>SessionPageMixin</name>
    <message>
        <source>e.g. fine lines, skin hydration</source>
        <translation>p. ej., arrugas finas, hidratación de la piel</translation>
    </message>
    <message>
        <source>— choose a protocol —</source>
        <translation>— elija un protocolo —</translation>
    </message>
    <message>
        <source>Start from protocol</source>
        <translation>Partir de un protocolo</translation>
    </message>
    <message>
        <source>Repeat last session</source>
        <translation>Repetir la última sesión</translation>
    </message>
    <message>
        <source>&amp;Repeat last session</source>
        <translation>&amp;Repetir la última sesión</translation>
    </message>
    <message>
        <source>Fill this session from the patient&apos;s last one (Ctrl+R)</source>
        <translation>Rellenar esta sesión a partir de la última del paciente (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;Indications:</source>
        <translation>&amp;Indicaciones:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocolo:</translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation>Zonas tratadas</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Añadir zona</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Quitar zona</translation>
    </message>
    <message>
        <source>Usual depth for mesotherapy: 1–4 mm. Double-click a cell to change it.</source>
        <translation>Profundidad habitual en mesoterapia: 1–4 mm. Haga doble clic en una celda para cambiarla.</translation>
    </message>
    <message>
        <source>Formula and products</source>
        <translation>Fórmula y productos</translation>
    </message>
    <message>
        <source>— no standard formula —</source>
        <translation>— sin fórmula estándar —</translation>
    </message>
    <message>
        <source>&amp;Custom formula for this patient</source>
        <translation>Fórmula &amp;personalizada para este paciente</translation>
    </message>
    <message>
        <source>Name of the custom formula</source>
        <translation>Nombre de la fórmula personalizada</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Fórmula:</translation>
    </message>
    <message>
        <source>Products and lots used</source>
        <translation>Productos y lotes utilizados</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Añadir producto</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Quitar producto</translation>
    </message>
    <message>
        <source>Expired and recalled lots cannot be chosen.</source>
        <translation>No se pueden elegir lotes caducados ni retirados.</translation>
    </message>
    <message>
        <source>The catalogue has no products yet.</source>
        <translation>El catálogo aún no tiene productos.</translation>
    </message>
    <message>
        <source>Choose another lot.</source>
        <translation>Elija otro lote.</translation>
    </message>
    <message>
        <source>This patient has no earlier session to repeat.</source>
        <translation>Este paciente no tiene ninguna sesión anterior que repetir.</translation>
    </message>
</context>
<context>
    <name>SessionProductsModel</name>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Lot %1 has been recalled (%2).</source>
        <translation>El lote %1 ha sido retirado (%2).</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2.</source>
        <translation>El lote %1 caducó el %2.</translation>
    </message>
    <message>
        <source>%1 · exp. %2 · %3 left</source>
        <translation>%1 · cad. %2 · quedan %3</translation>
    </message>
    <message>
        <source>RECALLED</source>
        <translation>RETIRADO</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>CADUCADO</translation>
    </message>
    <message>
        <source>Choose a lot</source>
        <translation>Elija un lote</translation>
    </message>
    <message>
        <source>Recalled — refused</source>
        <translation>Retirado — rechazado</translation>
    </message>
    <message>
        <source>Expired — refused</source>
        <translation>Caducado — rechazado</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Caduca en %n día</numerusform>
            <numerusform>Caduca en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Caduca hoy</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Existencias bajas</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En existencia</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volumen (ml)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profundidad (mm)</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volumen (ml)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source> (custom)</source>
        <translation> (personalizada)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — MesoDesk</source>
        <translation>Iniciar sesión — MesoDesk</translation>
    </message>
    <message>
        <source>MesoDesk</source>
        <translation>MesoDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password. Try again.</source>
        <translation>Nombre de usuario desconocido o contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a finger or a pen</source>
        <translation>Firme aquí con el ratón, un dedo o un lápiz</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <source>The patient signs here with the mouse, a finger or a pen; the signature is kept with the consent.</source>
        <translation>El paciente firma aquí con el ratón, el dedo o un lápiz; la firma se guarda con el consentimiento.</translation>
    </message>
    <message>
        <source>✕  Sign here</source>
        <translation>✕  Firme aquí</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <extracomment>What the page shows: a change to any of these reloads it. A list shows this many rows before it scrolls. Item data: what activating a row opens. What a row opens: (&quot;patient&quot;, patient id) or (&quot;lot&quot;, lot id). A lot opens the catalogue, for the roles that keep it (the others read the line).</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Find a patient with the search box (Ctrl+F), or register a new one (Ctrl+N).</source>
        <translation>Busque un paciente con el cuadro de búsqueda (Ctrl+F) o registre uno nuevo (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Nada pendiente hoy</translation>
    </message>
    <message>
        <source>Enter or a click opens the patient&apos;s chart.</source>
        <translation>Intro o un clic abre la historia del paciente.</translation>
    </message>
    <message>
        <source>Enter or a click opens the patient&apos;s chart, or the lot in the catalogue.</source>
        <translation>Intro o un clic abre la historia del paciente, o el lote en el catálogo.</translation>
    </message>
    <message>
        <source>Enter or a click opens the lot in the catalogue.</source>
        <translation>Intro o un clic abre el lote en el catálogo.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>atrasado desde el %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>Calls and visits due</source>
        <translation>Llamadas y visitas pendientes</translation>
    </message>
    <message>
        <source>session of %1</source>
        <translation>sesión del %1</translation>
    </message>
    <message>
        <source>Sessions awaiting sign-off</source>
        <translation>Sesiones pendientes de firma</translation>
    </message>
    <message>
        <source>day %1 check</source>
        <translation>control del día %1</translation>
    </message>
    <message>
        <source>Reactions to check</source>
        <translation>Reacciones por controlar</translation>
    </message>
    <message>
        <source>%1 lot %2</source>
        <translation>%1, lote %2</translation>
    </message>
    <message>
        <source>recalled on %1</source>
        <translation>retirado el %1</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>patients who received it: %1</source>
        <translation>pacientes que lo recibieron: %1</translation>
    </message>
    <message>
        <source>last received %1</source>
        <translation>recibido por última vez el %1</translation>
    </message>
    <message>
        <source>Recalls in force</source>
        <translation>Retiradas vigentes</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>caduca el %1</translation>
    </message>
    <message>
        <source>low stock: %1 left</source>
        <translation>existencias bajas: quedan %1</translation>
    </message>
    <message>
        <source>Lots expiring or low</source>
        <translation>Lotes por caducar o con existencias bajas</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Rol del usuario seleccionado</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Asignar &amp;función</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Asignar &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Lift the lockout after failed sign-ins before it ends</source>
        <translation>Levantar el bloqueo por intentos fallidos antes de que termine</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Añadir cuenta</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Cuenta %1 añadida.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Asignar contraseña</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Nueva contraseña para %1:</translation>
    </message>
    <message>
        <source>Password set for %1.</source>
        <translation>Contraseña asignada a %1.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 desactivado.</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 activado.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>locked after failed sign-ins</source>
        <translation>bloqueado tras intentos fallidos</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
</context>
<context>
    <name>_LockCover</name>
    <message>
        <source>Locked. Unlock in the main MesoDesk window; nothing you typed here is lost.</source>
        <translation>Bloqueado. Desbloquee en la ventana principal de MesoDesk; no se pierde nada de lo que haya escrito aquí.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>_ReportDialogBase</name>
    <message>
        <source>Save PDF…</source>
        <extracomment>What a dialog&apos;s Save runs: its progress title and the work (target path, progress) -&gt; the written file.</extracomment>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Saved to {path}. No PDF viewer could be opened.</source>
        <translation>Guardado en {path}. No se pudo abrir ningún visor de PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>No se pudo crear el PDF.</translation>
    </message>
    <message>
        <source>Cannot make the PDF</source>
        <translation>No se puede crear el PDF</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Cannot do that</source>
        <translation>No se puede hacer</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Los detalles se han escrito en %1.</translation>
    </message>
    <message>
        <source>The details were written to the log file.</source>
        <translation>Los detalles se han escrito en el archivo de registro.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Something went wrong; MesoDesk keeps running.</source>
        <translation>Algo ha fallado; MesoDesk sigue funcionando.</translation>
    </message>
    <message>
        <source>If it happens again, please send that file to your support contact.</source>
        <translation>Si vuelve a ocurrir, envíe ese archivo a su servicio de asistencia.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The database could not be opened (%1). The details were written to the log file.</source>
        <translation>No se pudo abrir la base de datos (%1). Los detalles se han escrito en el archivo de registro.</translation>
    </message>
    <message>
        <source>The database could not be checked (%1). The details were written to the log file.</source>
        <translation>No se pudo comprobar la base de datos (%1). Los detalles se han escrito en el archivo de registro.</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>No se puede usar la base de datos</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1)? The current file is kept aside under another name.</source>
        <translation>¿Restaurar la copia de seguridad válida más reciente (%1)? El archivo actual se aparta con otro nombre.</translation>
    </message>
    <message>
        <source>That passphrase did not open the database. Try again:</source>
        <translation>Esa frase de contraseña no ha abierto la base de datos. Inténtelo de nuevo:</translation>
    </message>
    <message>
        <source>This database is encrypted. Enter its passphrase:</source>
        <translation>Esta base de datos está cifrada. Introduzca su frase de contraseña:</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Base de datos cifrada</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message>
        <source>Qt cannot be used</source>
        <translation>No se puede usar Qt</translation>
    </message>
    <message>
        <source>Demo clinic: sign in as admin, password mesodesk.</source>
        <translation>Clínica de demostración: inicie sesión como admin, contraseña mesodesk.</translation>
    </message>
    <message>
        <source>PySide6 {pyside} on Python {python} loses a reference on every Qt call, and MesoDesk would abort after a few minutes of use.

Install another release of PySide6 (for example: pip install &apos;PySide6-Essentials!=6.12.0&apos;), or run MesoDesk on Python 3.12 or newer.</source>
        <translation>PySide6 {pyside} en Python {python} pierde una referencia en cada llamada a Qt, y MesoDesk se cerraría de golpe tras unos minutos de uso.

Instale otra versión de PySide6 (por ejemplo: pip install &apos;PySide6-Essentials!=6.12.0&apos;), o ejecute MesoDesk con Python 3.12 o posterior.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Your role does not include clinical records.</source>
        <translation>Su función no incluye las historias clínicas.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Periorbital</source>
        <translation>Periocular</translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation>Mejillas</translation>
    </message>
    <message>
        <source>Nasolabial folds</source>
        <translation>Surcos nasogenianos</translation>
    </message>
    <message>
        <source>Perioral</source>
        <translation>Perioral</translation>
    </message>
    <message>
        <source>Jawline</source>
        <translation>Línea mandibular</translation>
    </message>
    <message>
        <source>Full face</source>
        <translation>Cara completa</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Décolleté</source>
        <translation>Escote</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Cuero cabelludo</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Flanks</source>
        <translation>Flancos</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Muslos</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Brazos</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Rodillas</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Hematoma</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Enrojecimiento</translation>
    </message>
    <message>
        <source>Pain / discomfort</source>
        <translation>Dolor / molestias</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Picor</translation>
    </message>
    <message>
        <source>Hives / wheals</source>
        <translation>Urticaria / habones</translation>
    </message>
    <message>
        <source>Nodules / granulomas</source>
        <translation>Nódulos / granulomas</translation>
    </message>
    <message>
        <source>Telangiectasia</source>
        <translation>Telangiectasias</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infección</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>Difficulty breathing / anaphylaxis</source>
        <translation>Dificultad respiratoria / anafilaxia</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Potencialmente mortal</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Course session</source>
        <translation>Sesión del ciclo</translation>
    </message>
    <message>
        <source>Maintenance session</source>
        <translation>Sesión de mantenimiento</translation>
    </message>
    <message>
        <source>Check call</source>
        <translation>Llamada de control</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Mensaje dejado</translation>
    </message>
    <message>
        <source>Nappage</source>
        <translation>Nappage</translation>
    </message>
    <message>
        <source>Papules</source>
        <translation>Pápulas</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Point by point</source>
        <translation>Punto por punto</translation>
    </message>
    <message>
        <source>Syringe</source>
        <translation>Jeringa</translation>
    </message>
    <message>
        <source>Injector gun</source>
        <translation>Pistola de mesoterapia</translation>
    </message>
    <message>
        <source>Multi-injector</source>
        <translation>Multiinyector</translation>
    </message>
    <message>
        <source>Anticoagulants</source>
        <translation>Anticoagulantes</translation>
    </message>
    <message>
        <source>NSAIDs</source>
        <translation>AINE</translation>
    </message>
    <message>
        <source>Supplements raising bruising risk</source>
        <translation>Suplementos que aumentan el riesgo de hematomas</translation>
    </message>
    <message>
        <source>Pregnant or breast-feeding</source>
        <translation>Embarazo o lactancia</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Enfermedad autoinmune</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendencia a queloides</translation>
    </message>
    <message>
        <source>Active skin infection</source>
        <translation>Infección cutánea activa</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cannot do that</source>
        <translation>No se puede hacer</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file; nothing else was changed.</source>
        <translation>Algo ha fallado. Los detalles se han escrito en el archivo de registro; no se ha cambiado nada más.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>It was changed in another window or on another workstation. Reload the current record? Your changes in this window will be replaced; copy anything you need first.</source>
        <translation>Se ha modificado en otra ventana o en otro puesto. ¿Volver a cargar el registro actual? Sus cambios en esta ventana se sustituirán; copie antes lo que necesite.</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
</context>
</TS>
