<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AlertBanner</name>
    <message>
        <source>Patient alerts</source>
        <translation>Avvisi sul paziente</translation>
    </message>
    <message>
        <source>⚠ ALERT</source>
        <translation>⚠ AVVISO</translation>
    </message>
</context>
<context>
    <name>AllergyFromReactionDialog</name>
    <message>
        <source>Add an allergy</source>
        <translation>Aggiungi un&apos;allergia</translation>
    </message>
    <message>
        <source>Record the substance the patient reacted to. It will be shown as an alert and checked against the products of every future session.</source>
        <translation>Indicare la sostanza a cui il paziente ha reagito. Verrà mostrata come avviso e confrontata con i prodotti di ogni seduta futura.</translation>
    </message>
    <message>
        <source>e.g. lidocaine</source>
        <translation>es. lidocaina</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Sostanza:</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reazione:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravità:</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Aggiungi allergia</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a signed session</source>
        <translation>Rettifica di una seduta firmata</translation>
    </message>
    <message>
        <source>This session has been signed off. The original stays in the record; please say why it is being changed.</source>
        <translation>Questa seduta è stata firmata. L&apos;originale resta nella cartella; indicare il motivo della modifica.</translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation>&amp;Motivo della rettifica:</translation>
    </message>
    <message>
        <source>e.g. wrong lot number entered; corrected from the vial label</source>
        <translation>es. numero di lotto errato; corretto in base all&apos;etichetta del flacone</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Salva rettifica</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Il motivo è obbligatorio.</translation>
    </message>
</context>
<context>
    <name>AnchorsModel</name>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Descrizione</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro delle modifiche</translation>
    </message>
    <message>
        <source>id</source>
        <translation>n.</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numero dell&apos;elemento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Dettagli della voce selezionata</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Carica &amp;altri</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(tutti)</translation>
    </message>
    <message>
        <source>Type a date.</source>
        <translation>Scriva una data.</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 di %2 voci</translation>
    </message>
    <message>
        <source>The details of this entry were erased with the patient&apos;s record.</source>
        <translation>I dettagli di questa voce sono stati cancellati insieme alla cartella del paziente.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Nessun dettaglio.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Esporta il registro delle modifiche</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>Esportazione del registro delle modifiche</translation>
    </message>
    <message>
        <source>%1 entries exported.</source>
        <translation>%1 voci esportate.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>(details erased)</source>
        <translation>(dettagli cancellati)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>Backup e ripristino</translation>
    </message>
    <message>
        <source>Backups are made automatically every day and when MesoDesk closes, and kept in %1 (the last 7 days, 4 weeks and 12 months). Each is checked after it is written.</source>
        <translation>I backup vengono eseguiti automaticamente ogni giorno e alla chiusura di MesoDesk e conservati in %1 (ultimi 7 giorni, 4 settimane e 12 mesi). Ciascuno viene verificato dopo la scrittura.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Esegui backup ora</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Ripristina selezionato…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Ripristina da &amp;file…</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Solo un amministratore può ripristinare un backup.</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Copia del database</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backup in corso</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Backup scritto e verificato: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <source>MesoDesk backups (*.sqlite3 *.pgdump);;All files (*)</source>
        <translation>Backup di MesoDesk (*.sqlite3 *.pgdump);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Ripristinare questo backup?</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup of %1. Everything saved since then will no longer be shown (the current database is kept aside under another name, not deleted).

Restore it?</source>
        <translation>Il database sarà sostituito dal backup del %1. Tutto ciò che è stato salvato dopo non sarà più visibile (il database attuale viene messo da parte con un altro nome, non eliminato).

Ripristinarlo?</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Ripristino</translation>
    </message>
    <message>
        <source>Bringing the database up to date</source>
        <translation>Aggiornamento del database</translation>
    </message>
    <message>
        <source>Restored from %1. The previous database was kept:%2</source>
        <translation>Ripristinato da %1. Il database precedente è stato conservato:%2</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>daily</source>
        <translation>giornaliero</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>alla chiusura</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuale</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>prima di un aggiornamento</translation>
    </message>
</context>
<context>
    <name>BandsModel</name>
    <message>
        <source>From</source>
        <extracomment>Anchor wording is offered for items of at most this many scores (a 0-100 scale has none).</extracomment>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <extracomment>What the catalogue shows; sessions are there because recording one uses stock.</extracomment>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Prodotti</translation>
    </message>
    <message>
        <source>&amp;Lots and stock</source>
        <translation>&amp;Lotti e magazzino</translation>
    </message>
    <message>
        <source>&amp;Formulas</source>
        <translation>&amp;Formule</translation>
    </message>
    <message>
        <source>P&amp;rotocols</source>
        <translation>P&amp;rotocolli</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tutti i prodotti</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— nessuno —</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Some catalogue entries have changes that are not saved. Discard them?</source>
        <translation>Alcune voci del catalogo hanno modifiche non salvate. Scartarle?</translation>
    </message>
</context>
<context>
    <name>CatalogueModels</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Produttore</translation>
    </message>
    <message>
        <source>Active ingredient</source>
        <translation>Principio attivo</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Concentrazione</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Low stock at</source>
        <translation>Scorta minima</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Disponibili</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>RECALLED: %1</source>
        <translation>RICHIAMATO: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>SCADUTO</translation>
    </message>
    <message>
        <source>Recall from %1</source>
        <translation>Richiamo dal %1</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>In scadenza</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>scorta bassa</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Scorta bassa</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilizzabile</translation>
    </message>
    <message>
        <source>Recalled on %1: %2</source>
        <translation>Richiamato il %1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Componenti</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzata</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicazione</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>%1 × every %2 d</source>
        <translation>%1 × ogni %2 gg</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantità</translation>
    </message>
</context>
<context>
    <name>ChartContent</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <extracomment>The medical-history risk factors, in the order shown (labels: ``label(&quot;risk&quot;, key)``).</extracomment>
        <translation>
            <numerusform>%n anno</numerusform>
            <numerusform>%n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nato/a il %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Cartella %1</translation>
    </message>
    <message>
        <source>Fitzpatrick %1</source>
        <translation>Fitzpatrick %1</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVIATO</translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation>Nessun recapito</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Unita da: %1</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Ancora nessuna foto</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto di %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>In ritardo dal %1</translation>
    </message>
    <message>
        <source>Next due %1</source>
        <translation>Prossima scadenza %1</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nulla in scadenza</translation>
    </message>
    <message>
        <source>Medical history never reviewed</source>
        <translation>Anamnesi mai rivista</translation>
    </message>
    <message>
        <source>History reviewed %1</source>
        <translation>Anamnesi rivista il %1</translation>
    </message>
    <message>
        <source>no area</source>
        <translation>nessuna zona</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Seduta: %1</translation>
    </message>
    <message>
        <source>Reaction: %1 (%2)</source>
        <translation>Reazione: %1 (%2)</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>risolta il %1</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>non ancora risolta</translation>
    </message>
    <message>
        <source>Consent signed: %1</source>
        <translation>Consenso firmato: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versione %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n seduta</numerusform>
            <numerusform>%n sedute</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan started: %1</source>
        <translation>Piano iniziato: %1</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>Prossima scadenza: %1</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>Rivista il %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>di %1</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Tecnica</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Ago</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profondità (mm)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volume (ml)</translation>
    </message>
</context>
<context>
    <name>ClinicReportsDialog</name>
    <message>
        <source>Clinic reports</source>
        <translation>Report della clinica</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Controlli in scadenza</translation>
    </message>
    <message>
        <source>Reactions by product, lot, practitioner and area</source>
        <translation>Reazioni per prodotto, lotto, operatore e zona</translation>
    </message>
    <message>
        <source>Lot recall: who received a lot</source>
        <translation>Richiamo di lotto: chi ha ricevuto un lotto</translation>
    </message>
    <message>
        <source>Activity by period</source>
        <translation>Attività per periodo</translation>
    </message>
    <message>
        <source>Outcomes: benefit beside risk (courses starting in the period)</source>
        <translation>Risultati: beneficio accanto al rischio (cicli iniziati nel periodo)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Lot number, e.g. HA-2310</source>
        <translation>Numero di lotto, es. HA-2310</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicazione</translation>
    </message>
    <message>
        <source>Also write the per-course CSV for a statistician (beside the PDF)</source>
        <translation>Scrivi anche il CSV per ciclo per uno statistico (accanto al PDF)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>One row per</source>
        <translation>Una riga per</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Raggruppa per</translation>
    </message>
    <message>
        <source>Enter the lot number.</source>
        <translation>Inserire il numero di lotto.</translation>
    </message>
    <message>
        <source>Printing the recall list</source>
        <translation>Stampa dell&apos;elenco di richiamo</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La data di fine è precedente alla data di inizio.</translation>
    </message>
    <message>
        <source>Printing the follow-ups</source>
        <translation>Stampa dei controlli</translation>
    </message>
    <message>
        <source>Printing the outcomes report</source>
        <translation>Stampa del report dei risultati</translation>
    </message>
    <message>
        <source>Printing the reactions report</source>
        <translation>Stampa del report delle reazioni</translation>
    </message>
    <message>
        <source>Printing the activity report</source>
        <translation>Stampa del report di attività</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Impostazioni della clinica</translation>
    </message>
    <message>
        <source>Load logo…</source>
        <translation>Carica logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettera USA</translation>
    </message>
    <message>
        <source> days before expiry</source>
        <translation> giorni prima della scadenza</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minuti di inattività</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nome della clinica:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Pa&amp;per size:</source>
        <translation>&amp;Formato carta:</translation>
    </message>
    <message>
        <source>File number &amp;prefix:</source>
        <translation>&amp;Prefisso dei numeri di cartella:</translation>
    </message>
    <message>
        <source>&amp;Warn about lots:</source>
        <translation>&amp;Avvisa per i lotti:</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Blocca lo schermo dopo:</translation>
    </message>
    <message>
        <source>These details appear on every printed document. Only an administrator can change them.</source>
        <translation>Questi dati compaiono su ogni documento stampato. Solo un amministratore può modificarli.</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clinica</translation>
    </message>
    <message>
        <source>&amp;Safety and privacy</source>
        <translation>&amp;Sicurezza e riservatezza</translation>
    </message>
    <message>
        <source>Required (sign-off refused)</source>
        <translation>Obbligatorio (firma rifiutata)</translation>
    </message>
    <message>
        <source>Warn (sign off with a reason)</source>
        <translation>Avvisa (firma con un motivo)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non verificato</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>Any practitioner (with a reason)</source>
        <translation>Qualsiasi operatore (con un motivo)</translation>
    </message>
    <message>
        <source>Keep the GPS position and other location tags</source>
        <translation>Conserva la posizione GPS e gli altri dati di localizzazione</translation>
    </message>
    <message>
        <source> failed sign-ins in a row</source>
        <translation> accessi falliti di fila</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuti</translation>
    </message>
    <message>
        <source>Signed &amp;consent on file:</source>
        <translation>&amp;Consenso firmato in cartella:</translation>
    </message>
    <message>
        <source>Medical &amp;history reviewed:</source>
        <translation>&amp;Anamnesi rivista:</translation>
    </message>
    <message>
        <source>… within the last:</source>
        <translation>… negli ultimi:</translation>
    </message>
    <message>
        <source>&amp;Risks and allergies:</source>
        <translation>&amp;Rischi e allergie:</translation>
    </message>
    <message>
        <source>Amend a colleague&apos;s &amp;signed session:</source>
        <translation>Rettificare la seduta &amp;firmata di un collega:</translation>
    </message>
    <message>
        <source>Imported &amp;photos:</source>
        <translation>&amp;Foto importate:</translation>
    </message>
    <message>
        <source>Lock a user &amp;name after:</source>
        <translation>Bloccare un &amp;nome utente dopo:</translation>
    </message>
    <message>
        <source>… for:</source>
        <translation>… per:</translation>
    </message>
    <message>
        <source>Checked when a session is signed off. Risks are pregnancy or breast-feeding, anticoagulants, an active skin infection, a keloid tendency and allergies to what the session uses. A warning can be overridden with a reason, which is kept with the session and printed on it.</source>
        <translation>Verificato alla firma di una seduta. I rischi sono gravidanza o allattamento, anticoagulanti, un&apos;infezione cutanea attiva, una tendenza ai cheloidi e le allergie a ciò che la seduta utilizza. Un avviso può essere superato con un motivo, conservato con la seduta e stampato su di essa.</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Scegli il logo della clinica</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>this file is not a PNG or JPEG image</source>
        <translation>questo file non è un&apos;immagine PNG o JPEG</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>Administrators only</source>
        <translation>Solo amministratori</translation>
    </message>
    <message>
        <source>Only an administrator can change the clinic settings.</source>
        <translation>Solo un amministratore può modificare le impostazioni della clinica.</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Discard them?</source>
        <translation>Le impostazioni hanno modifiche non salvate. Scartarle?</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent — %1 %2</source>
        <translation>Consenso — %1 %2</translation>
    </message>
    <message>
        <source>Consent &amp;text:</source>
        <translation>&amp;Testo del consenso:</translation>
    </message>
    <message>
        <source>No consent text has been set up for this clinic yet.</source>
        <translation>Per questa clinica non è ancora stato impostato alcun testo di consenso.</translation>
    </message>
    <message>
        <source>Create version 1 from the standard text</source>
        <translation>Crea la versione 1 dal testo standard</translation>
    </message>
    <message>
        <source>Text of the consent</source>
        <translation>Testo del consenso</translation>
    </message>
    <message>
        <source>Bruising, swelling, redness and discomfort at the injection sites; itching, wheals, nodules, small visible vessels, infection, nausea; rarely an allergic reaction, exceptionally severe.</source>
        <translation>Ecchimosi, gonfiore, arrossamento e fastidio nei punti di iniezione; prurito, pomfi, noduli, piccoli vasi visibili, infezione, nausea; raramente una reazione allergica, eccezionalmente grave.</translation>
    </message>
    <message>
        <source>Improved skin hydration, elasticity and radiance; softer fine lines. Results vary and are not permanent: a course of sessions then maintenance is needed. Alternatives were discussed.</source>
        <translation>Migliore idratazione, elasticità e luminosità della pelle; rughe sottili attenuate. I risultati variano e non sono permanenti: servono un ciclo di sedute e poi il mantenimento. Sono state discusse le alternative.</translation>
    </message>
    <message>
        <source>&amp;Risks discussed:</source>
        <translation>&amp;Rischi illustrati:</translation>
    </message>
    <message>
        <source>&amp;Benefits discussed:</source>
        <translation>&amp;Benefici illustrati:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <source>Patient&apos;s signature (%1 %2):</source>
        <translation>Firma del paziente (%1 %2):</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <source>Load scanned signature…</source>
        <translation>Carica firma scansionata…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registra consenso</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versione %2)</translation>
    </message>
    <message>
        <source>Consent to mesotherapy treatment</source>
        <translation>Consenso al trattamento di mesoterapia</translation>
    </message>
    <message>
        <source>Load a scanned signature</source>
        <translation>Carica una firma scansionata</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>This file is not an image that can be read.</source>
        <translation>Questo file non è un&apos;immagine leggibile.</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Firma scansionata</translation>
    </message>
    <message>
        <source>Signed on screen</source>
        <translation>Firmato sullo schermo</translation>
    </message>
    <message>
        <source>choose the consent text the patient read</source>
        <translation>scegliere il testo di consenso letto dal paziente</translation>
    </message>
    <message>
        <source>This consent is not recorded yet. Discard it?</source>
        <translation>Questo consenso non è ancora registrato. Scartarlo?</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>disegnata</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>scansionata</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Scegli la data da un calendario</translation>
    </message>
    <message>
        <source>e.g. %1 or %2</source>
        <translation>es. %1 o %2</translation>
    </message>
</context>
<context>
    <name>DefinitionEditor</name>
    <message>
        <source>lower-case letters, digits, _</source>
        <translation>lettere minuscole, cifre, _</translation>
    </message>
    <message>
        <source>The code exports and reports use; it cannot be changed once the entry is added.</source>
        <translation>Il codice usato da esportazioni e report; non può essere modificato dopo l’aggiunta.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;dice:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salva le modifiche</translation>
    </message>
</context>
<context>
    <name>DefinitionsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Range or unit</source>
        <translation>Intervallo o unità</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>This patient may already be on file</source>
        <translation>Questo paziente potrebbe essere già registrato</translation>
    </message>
    <message>
        <source>These records look like the same person. Open the existing record rather than create a second one: its allergies and alerts would be missing from a duplicate.</source>
        <translation>Queste cartelle sembrano riguardare la stessa persona. Aprire la cartella esistente invece di crearne una seconda: in un duplicato mancherebbero le sue allergie e i suoi avvisi.</translation>
    </message>
    <message>
        <source>same date of birth and a similar name</source>
        <translation>stessa data di nascita e nome simile</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>stesso numero di telefono</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>stesso indirizzo e-mail</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nato/a il %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Perché: %1</translation>
    </message>
    <message>
        <source>Reason to save a separate record (e.g. twin sister), kept in the audit trail</source>
        <translation>Motivo per una cartella separata (es. sorella gemella), conservato nel registro delle modifiche</translation>
    </message>
    <message>
        <source>&amp;Open the selected record</source>
        <translation>&amp;Apri la cartella selezionata</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Salva comunque</translation>
    </message>
    <message>
        <source>&amp;Create a new record anyway</source>
        <translation>&amp;Crea comunque una nuova cartella</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Give the reason for a separate record.</source>
        <translation>Indicare il motivo di una cartella separata.</translation>
    </message>
</context>
<context>
    <name>EditorFrameMixin</name>
    <message>
        <source>File %1 · born %2 (%3 years)</source>
        <translation>Cartella %1 · nato/a il %2 (%3 anni)</translation>
    </message>
    <message>
        <source>Please check before saving</source>
        <translation>Verificare prima di salvare</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <source>Go back and change</source>
        <translation>Torna indietro e modifica</translation>
    </message>
    <message>
        <source>Save and sign &amp;off</source>
        <translation>Salva e &amp;firma</translation>
    </message>
    <message>
        <source>After sign-off, changes need an amendment with a reason</source>
        <translation>Dopo la firma, le modifiche richiedono una rettifica motivata</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>R&amp;ettifica…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation>Salva la seduta (Ctrl+S)</translation>
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
        <translation>Cancella un paziente</translation>
    </message>
    <message>
        <source>Erasing removes this patient and everything about them for good: sessions, injection maps, photos, consents, reactions, follow-ups, and the details of their audit entries. It cannot be undone. Backups made before today still hold the patient until they are rotated away.

Archive the patient instead unless the record must be erased (for example, at the patient&apos;s request under data-protection law).</source>
        <translation>La cancellazione elimina definitivamente questo paziente e tutto ciò che lo riguarda: sedute, mappe delle iniezioni, foto, consensi, reazioni, controlli e i dettagli delle sue voci nel registro delle modifiche. Non si può annullare. I backup precedenti a oggi contengono ancora il paziente finché non vengono ruotati.

Archiviare piuttosto il paziente, a meno che la cartella non debba essere cancellata (ad esempio su richiesta del paziente ai sensi della normativa sulla protezione dei dati).</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Cancella definitivamente</translation>
    </message>
    <message>
        <source>Open a patient&apos;s chart first.</source>
        <translation>Aprire prima la cartella di un paziente.</translation>
    </message>
    <message>
        <source>Only an administrator can erase a patient.</source>
        <translation>Solo un amministratore può cancellare un paziente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;, file number %3, born %4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;, cartella n. %3, nato/a il %4</translation>
    </message>
    <message>
        <source>Type the file number (%1) to confirm:</source>
        <translation>Digitare il numero di cartella (%1) per confermare:</translation>
    </message>
    <message>
        <source>Erasing the patient</source>
        <translation>Cancellazione del paziente</translation>
    </message>
</context>
<context>
    <name>ExportPatientDialog</name>
    <message>
        <source>Export the record of {name}</source>
        <translation>Esporta la cartella di {name}</translation>
    </message>
    <message>
        <source>Everything the clinic holds about {name} ({file_no}): identity, history, allergies, consents, sessions, reactions, follow-ups, photos and the audit trail. The file holds health data: keep it safe.</source>
        <translation>Tutto ciò che la clinica conserva su {name} ({file_no}): identità, anamnesi, allergie, consensi, sedute, reazioni, controlli, foto e registro delle modifiche. Il file contiene dati sanitari: conservarlo al sicuro.</translation>
    </message>
    <message>
        <source>Complete record (MesoDesk JSON)</source>
        <translation>Cartella completa (JSON di MesoDesk)</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (for another health record system)</source>
        <translation>Bundle FHIR R4 (per un altro sistema di cartella clinica)</translation>
    </message>
    <message>
        <source>As a &amp;transaction (to upload to a FHIR server)</source>
        <translation>Come &amp;transazione (da caricare su un server FHIR)</translation>
    </message>
    <message>
        <source>Each resource with a PUT request: uploading it twice updates instead of duplicating.</source>
        <translation>Ogni risorsa con una richiesta PUT: caricarla due volte la aggiorna invece di duplicarla.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>Please wait: the file is being written.</source>
        <translation>Attendere: il file è in fase di scrittura.</translation>
    </message>
    <message>
        <source>Save the record as</source>
        <translation>Salva la cartella come</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>File JSON (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Scegliere dove salvare il file.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>Exporting the record</source>
        <translation>Esportazione della cartella</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L&apos;esportazione non è riuscita.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Scegli il foglio di calcolo</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab separated), an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods). The first row must hold the column names.</source>
        <translation>Un file CSV (separato da virgole, punti e virgola o tabulazioni), una cartella di lavoro Excel (.xlsx) o un foglio di calcolo OpenDocument (.ods). La prima riga deve contenere i nomi delle colonne.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Rileva</translation>
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
        <translation>UTF-16 (testo Unicode)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgola ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto e virgola ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separatore</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>Foglio di calcolo da importare</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Fogli di calcolo (*.csv *.txt *.xlsx *.ods);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The file has column names but no patients.</source>
        <translation>Il file ha i nomi delle colonne ma nessun paziente.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to MesoDesk</source>
        <translation>Benvenuti in MesoDesk</translation>
    </message>
    <message>
        <source>This database is new. How would you like to start?</source>
        <translation>Questo database è nuovo. Come si desidera iniziare?</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clinica dimostrativa</translation>
    </message>
    <message>
        <source>%1 invented patients with sessions, reactions and follow-ups, to explore MesoDesk. Not for real patients.</source>
        <translation>%1 pazienti inventati con sedute, reazioni e controlli, per esplorare MesoDesk. Non per pazienti reali.</translation>
    </message>
    <message>
        <source>Empty clinic</source>
        <translation>Clinica vuota</translation>
    </message>
    <message>
        <source>Start your own clinic: its name and the administrator&apos;s account.</source>
        <translation>Avviare la propria clinica: il nome e l&apos;account dell&apos;amministratore.</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nome della clinica</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name</source>
        <translation>Nome &amp;utente dell&apos;amministratore</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name</source>
        <translation>Nome &amp;completo dell&apos;amministratore</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Ripeti la p&amp;assword</translation>
    </message>
    <message>
        <source>The administrator manages users, settings and backups, and can record treatments. Choose a password of at least 8 characters.</source>
        <translation>L&apos;amministratore gestisce utenti, impostazioni e backup e può registrare trattamenti. Scegliere una password di almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>&amp;Create clinic</source>
        <translation>&amp;Crea clinica</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Continue to sign in</source>
        <translation>Continua con l&apos;accesso</translation>
    </message>
    <message>
        <source>Creating the demo clinic…</source>
        <translation>Creazione della clinica dimostrativa…</translation>
    </message>
    <message>
        <source>The demo clinic is ready.</source>
        <translation>La clinica dimostrativa è pronta.</translation>
    </message>
    <message>
        <source>Sign in as &lt;b&gt;admin&lt;/b&gt; with the password &lt;b&gt;mesodesk&lt;/b&gt;. Other demo accounts: dr.martin, dr.rossi, dr.nowak (practitioners) and claire (assistant), same password.</source>
        <translation>Accedere come &lt;b&gt;admin&lt;/b&gt; con la password &lt;b&gt;mesodesk&lt;/b&gt;. Altri account dimostrativi: dr.martin, dr.rossi, dr.nowak (operatori) e claire (assistente), stessa password.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>è obbligatorio</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>le due password non coincidono</translation>
    </message>
    <message>
        <source>Your clinic is ready.</source>
        <translation>La clinica è pronta.</translation>
    </message>
    <message>
        <source>Sign in as &lt;b&gt;%1&lt;/b&gt; with the password you chose.</source>
        <translation>Accedere come &lt;b&gt;%1&lt;/b&gt; con la password scelta.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Telefonate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>non ancora chiamato</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n telefonata</numerusform>
            <numerusform>%n telefonate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsDashboard</name>
    <message>
        <source>Overdue</source>
        <extracomment>What the lists show: a change to any of these reloads them.</extracomment>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Follow-ups: %1</source>
        <translation>Controlli: %1</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Telefonata:</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Messaggio lasciato</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Segna come fatto</translation>
    </message>
    <message>
        <source>New date for the follow-up</source>
        <translation>Nuova data del controllo</translation>
    </message>
    <message>
        <source>Reschedule to</source>
        <translation>Rinvia al</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Apri paziente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>In ritardo (%1)</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Oggi (%1)</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Questa settimana (%1)</translation>
    </message>
    <message>
        <source>Type the new date.</source>
        <translation>Scriva la nuova data.</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Riprogramma</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Ci sono modifiche non salvate. Scartarle?</translation>
    </message>
</context>
<context>
    <name>FormulasTabMixin</name>
    <message>
        <source>Formulas</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Standard formula (offered in the session editor)</source>
        <translation>Formula standard (proposta nell&apos;editor della seduta)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Ingredients of the formula</source>
        <translation>Componenti della formula</translation>
    </message>
    <message>
        <source>Ingredients:</source>
        <translation>Componenti:</translation>
    </message>
    <message>
        <source>Add ingredient</source>
        <translation>Aggiungi componente</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>New formula</source>
        <translation>Nuova formula</translation>
    </message>
    <message>
        <source>Save formula</source>
        <translation>Salva formula</translation>
    </message>
    <message>
        <source>add a product first</source>
        <translation>aggiungere prima un prodotto</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Medical history and allergies</source>
        <translation>Anamnesi e allergie</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Fattori di rischio</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Farmaci</translation>
    </message>
    <message>
        <source>O&amp;ther</source>
        <translation>A&amp;ltro</translation>
    </message>
    <message>
        <source>Allergies (saved as soon as added or removed)</source>
        <translation>Allergie (salvate appena aggiunte o rimosse)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Substance of the new allergy</source>
        <translation>Sostanza della nuova allergia</translation>
    </message>
    <message>
        <source>Substance, e.g. lidocaine</source>
        <translation>Sostanza, es. lidocaina</translation>
    </message>
    <message>
        <source>Reaction to the substance</source>
        <translation>Reazione alla sostanza</translation>
    </message>
    <message>
        <source>Reaction, e.g. hives</source>
        <translation>Reazione, es. orticaria</translation>
    </message>
    <message>
        <source>Severity of the allergy</source>
        <translation>Gravità dell&apos;allergia</translation>
    </message>
    <message>
        <source>&amp;Add allergy</source>
        <translation>&amp;Aggiungi allergia</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Rimuovi selezionata</translation>
    </message>
    <message>
        <source>Save as &amp;reviewed today</source>
        <translation>Salva come &amp;rivista oggi</translation>
    </message>
    <message>
        <source>&amp;Save without review</source>
        <translation>&amp;Salva senza revisione</translation>
    </message>
    <message>
        <source>Medical history and allergies — %1</source>
        <translation>Anamnesi e allergie — %1</translation>
    </message>
    <message>
        <source>This medical history has never been reviewed.</source>
        <translation>Questa anamnesi non è mai stata rivista.</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>Rivista il %1</translation>
    </message>
    <message>
        <source>Remove allergy</source>
        <translation>Rimuovi allergia</translation>
    </message>
    <message>
        <source>Remove “%1” from the patient&apos;s allergies?</source>
        <translation>Rimuovere «%1» dalle allergie del paziente?</translation>
    </message>
</context>
<context>
    <name>HistoryPageMixin</name>
    <message>
        <source>Changes to this session</source>
        <translation>Modifiche di questa seduta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Cosa è cambiato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation>Firmata da %1 il %2.</translation>
    </message>
    <message>
        <source>Draft: not signed off yet.</source>
        <translation>Bozza: non ancora firmata.</translation>
    </message>
    <message>
        <source>&amp;Amendments (%1)</source>
        <translation>&amp;Rettifiche (%1)</translation>
    </message>
    <message>
        <source>&amp;Amendments</source>
        <translation>&amp;Rettifiche</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>data e ora</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>operatore</translation>
    </message>
    <message>
        <source>indications</source>
        <translation>indicazioni</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>products</source>
        <translation>prodotti</translation>
    </message>
    <message>
        <source>injection map</source>
        <translation>mappa delle iniezioni</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>formula</translation>
    </message>
    <message>
        <source>anaesthesia</source>
        <translation>anestesia</translation>
    </message>
    <message>
        <source>immediate reactions</source>
        <translation>reazioni immediate</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocollo</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <source>Importing patients… Nothing is saved until every row is done.</source>
        <translation>Importazione dei pazienti… Nulla viene salvato finché tutte le righe non sono state elaborate.</translation>
    </message>
    <message>
        <source>Importing patients</source>
        <translation>Importazione dei pazienti</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>{n} patients imported. {left} rows were left out.</source>
        <translation>{n} pazienti importati. {left} righe sono state escluse.</translation>
    </message>
    <message>
        <source>The import was cancelled: no patient was imported.</source>
        <translation>L&apos;importazione è stata annullata: nessun paziente è stato importato.</translation>
    </message>
    <message>
        <source>The import failed: no patient was imported.</source>
        <translation>L&apos;importazione non è riuscita: nessun paziente è stato importato.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>File number</source>
        <extracomment>A preview row: the file&apos;s row number and its cells (text, or a date from a workbook). A problem: the file&apos;s row number, the field&apos;s label, what is wrong.</extracomment>
        <translation>Numero di cartella</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Skin type (Fitzpatrick)</source>
        <translation>Fototipo (Fitzpatrick)</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Controindicazioni</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrato il</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Ordine delle date</translation>
    </message>
    <message>
        <source>Import patients</source>
        <extracomment>the clinic&apos;s locale: ambiguous dates (every one could be either order) are read as it writes them</extracomment>
        <translation>Importa pazienti</translation>
    </message>
</context>
<context>
    <name>InjectionMap</name>
    <message>
        <source>Face, front</source>
        <translation>Viso, frontale</translation>
    </message>
    <message>
        <source>Face, left side</source>
        <translation>Viso, lato sinistro</translation>
    </message>
    <message>
        <source>Face, right side</source>
        <translation>Viso, lato destro</translation>
    </message>
    <message>
        <source>Neck and décolleté</source>
        <translation>Collo e décolleté</translation>
    </message>
    <message>
        <source>Scalp, top view</source>
        <translation>Cuoio capelluto, vista dall&apos;alto</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Corpo, fronte</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Corpo, retro</translation>
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
        <translation>%1 mm di profondità</translation>
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
        <translation>Elimina il segno %1</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Click on the diagram to place an injection point</source>
        <translation>Fare clic sullo schema per inserire un punto di iniezione</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Press and drag on the diagram to mark a zone</source>
        <translation>Premere e trascinare sullo schema per segnare una zona</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annulla (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ripeti (Ctrl+Maiusc+Z)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected mark (Delete key)</source>
        <translation>Elimina il segno selezionato (tasto Canc)</translation>
    </message>
    <message>
        <source>Injection map</source>
        <translation>Mappa delle iniezioni</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>Aggiungi zona</translation>
    </message>
    <message>
        <source>The diagram with the numbered injection points. Click or press Insert to add a point; the arrow keys move the selected point (with Shift in larger steps), Delete removes it and Esc deselects it.</source>
        <translation>Lo schema con i punti di iniezione numerati. Fare clic o premere Ins per aggiungere un punto; i tasti freccia spostano il punto selezionato (a passi più ampi con Maiusc), Canc lo elimina ed Esc lo deseleziona.</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Aggiungi punto</translation>
    </message>
    <message>
        <source>Move mark</source>
        <translation>Sposta segno</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Elimina segno</translation>
    </message>
    <message>
        <source>Change mark</source>
        <translation>Modifica segno</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
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
        <translation>possibile duplicato</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>MesoDesk is locked</source>
        <translation>MesoDesk è bloccato</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Dis&amp;connetti</translation>
    </message>
    <message>
        <source>Close this user&apos;s work and return to the sign-in window</source>
        <translation>Chiudi il lavoro di questo utente e torna alla finestra di accesso</translation>
    </message>
    <message>
        <source>Sign in as another user</source>
        <translation>Accedi come un altro utente</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Back to unlocking as %1</source>
        <translation>Torna allo sblocco come %1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cam&amp;bia utente…</translation>
    </message>
    <message>
        <source>Another user signs in on this workstation</source>
        <translation>Un altro utente accede a questa postazione</translation>
    </message>
    <message>
        <source>Enter the user name of who is signing in.</source>
        <translation>Inserisca il nome utente di chi sta accedendo.</translation>
    </message>
    <message>
        <source>Quit MesoDesk</source>
        <translation>Esci da MesoDesk</translation>
    </message>
    <message>
        <source>%1 is signed out when you sign in; nothing of theirs stays on screen. Enter your user name and password.</source>
        <translation>%1 viene disconnesso/a quando Lei accede; nulla del suo lavoro resta sullo schermo. Inserisca nome utente e password.</translation>
    </message>
    <message>
        <source>Patient data is hidden while MesoDesk is locked.
Enter the password of %1 (%2) to continue.</source>
        <translation>I dati dei pazienti sono nascosti mentre MesoDesk è bloccato.
Inserire la password di %1 (%2) per continuare.</translation>
    </message>
</context>
<context>
    <name>LockingMixin</name>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Password errata. Riprovare.</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Verifica della password</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved (%2). %1 must unlock and save or discard them first; nothing was closed.</source>
        <translation>%1 ha modifiche non salvate (%2). %1 deve prima sbloccare e salvarle o scartarle; non è stato chiuso nulla.</translation>
    </message>
</context>
<context>
    <name>LotsTabMixin</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>&amp;Richiama…</translation>
    </message>
    <message>
        <source>Refuse the selected lot for every new session</source>
        <translation>Rifiuta il lotto selezionato per ogni nuova seduta</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotti</translation>
    </message>
    <message>
        <source>Add a lot received</source>
        <translation>Aggiungi un lotto ricevuto</translation>
    </message>
    <message>
        <source>as printed on the vial</source>
        <translation>come stampato sul flacone</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>Pro&amp;dotto:</translation>
    </message>
    <message>
        <source>Lot &amp;number:</source>
        <translation>&amp;Numero di lotto:</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>S&amp;cadenza:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Ri&amp;cevuto il:</translation>
    </message>
    <message>
        <source>Add lot</source>
        <translation>Aggiungi lotto</translation>
    </message>
    <message>
        <source>add a product first</source>
        <translation>aggiungere prima un prodotto</translation>
    </message>
    <message>
        <source>Select the lot to recall in the table.</source>
        <translation>Selezionare nella tabella il lotto da richiamare.</translation>
    </message>
    <message>
        <source>Lot %1 is already recalled.</source>
        <translation>Il lotto %1 è già richiamato.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search: name, file no., phone or date of birth</source>
        <translation>Cerca: nome, n. cartella, telefono o data di nascita</translation>
    </message>
    <message>
        <source>Ctrl+F. ↑/↓ move in the list, Enter opens the chart.</source>
        <translation>Ctrl+F. ↑/↓ per scorrere l&apos;elenco, Invio apre la cartella.</translation>
    </message>
    <message>
        <source>MesoDesk is locked.</source>
        <translation>MesoDesk è bloccato.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>Arc&amp;hivia paziente…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Dialogs written elsewhere, imported only when first used: key -&gt; (module under mesodesk.gui, class). Signals of those dialogs after which everything is reloaded: a restore replaces the whole database (saves need no signal: every view follows the services&apos; change notification, gui/changes.py).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Cerca pazienti</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pazienti</translation>
    </message>
    <message>
        <source>The new language is used the next time MesoDesk starts.</source>
        <translation>La nuova lingua sarà usata al prossimo avvio di MesoDesk.</translation>
    </message>
    <message>
        <source>First %1 patients shown; type to narrow the list.</source>
        <translation>Sono mostrati i primi %1 pazienti; digitare per restringere l&apos;elenco.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s) found</source>
        <translation>
            <numerusform>%Ln paziente trovato</numerusform>
            <numerusform>%Ln pazienti trovati</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient found. Ctrl+N registers a new one.</source>
        <translation>Nessun paziente trovato. Ctrl+N ne registra uno nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln paziente</numerusform>
            <numerusform>%Ln pazienti</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest&amp;ore patient…</source>
        <translation>Ripri&amp;stina paziente…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>This feature is not available in this version.</source>
        <translation>Questa funzione non è disponibile in questa versione.</translation>
    </message>
    <message>
        <source>About MesoDesk</source>
        <translation>Informazioni su MesoDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MesoDesk %1&lt;/h3&gt;&lt;p&gt;Patient records for mesotherapy and aesthetic-injection clinics.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MesoDesk %1&lt;/h3&gt;&lt;p&gt;Cartelle cliniche per studi di mesoterapia e medicina estetica iniettiva.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Trova paziente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>What is due today: calls, sign-offs, reactions, stock (Alt+Home)</source>
        <translation>Cosa c&apos;è da fare oggi: telefonate, firme, reazioni, scorte (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuovo paziente…</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>Registra un nuovo paziente (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importa pazienti…</translation>
    </message>
    <message>
        <source>&amp;Export patient record…</source>
        <translation>&amp;Esporta cartella del paziente…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Modifica paziente…</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nuova &amp;seduta…</translation>
    </message>
    <message>
        <source>Record a treatment session (Ctrl+Shift+N)</source>
        <translation>Registra una seduta di trattamento (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>Record &amp;reaction…</source>
        <translation>Registra &amp;reazione…</translation>
    </message>
    <message>
        <source>&amp;Plan a course…</source>
        <translation>&amp;Pianifica un ciclo…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registra &amp;consenso…</translation>
    </message>
    <message>
        <source>&amp;Medical history and allergies…</source>
        <translation>&amp;Anamnesi e allergie…</translation>
    </message>
    <message>
        <source>C&amp;ompare photos…</source>
        <translation>C&amp;onfronta foto…</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>Arc&amp;hivia paziente…</translation>
    </message>
    <message>
        <source>Mer&amp;ge duplicate records…</source>
        <translation>U&amp;nisci cartelle duplicate…</translation>
    </message>
    <message>
        <source>Administrators: move a duplicate&apos;s records onto the record kept</source>
        <translation>Amministratori: sposta i dati di un duplicato nella cartella mantenuta</translation>
    </message>
    <message>
        <source>&amp;Follow-ups dashboard</source>
        <translation>&amp;Quadro dei controlli</translation>
    </message>
    <message>
        <source>Calls and visits due (Ctrl+Shift+F)</source>
        <translation>Telefonate e visite in scadenza (Ctrl+Maiusc+F)</translation>
    </message>
    <message>
        <source>&amp;Patient summary…</source>
        <translation>&amp;Riepilogo del paziente…</translation>
    </message>
    <message>
        <source>&amp;Clinic reports…</source>
        <translation>&amp;Report della clinica…</translation>
    </message>
    <message>
        <source>Follow-ups, reactions, lot recalls, activity</source>
        <translation>Controlli, reazioni, richiami di lotti, attività</translation>
    </message>
    <message>
        <source>&amp;Products and formulas…</source>
        <translation>&amp;Prodotti e formule…</translation>
    </message>
    <message>
        <source>Products, lots and formulas</source>
        <translation>Prodotti, lotti e formule</translation>
    </message>
    <message>
        <source>&amp;Outcome scales and measures…</source>
        <translation>Scale e misure dei &amp;risultati…</translation>
    </message>
    <message>
        <source>The validated scales and measures outcomes are recorded with, and the clinic&apos;s own</source>
        <translation>Le scale validate e le misure con cui si registrano i risultati, e quelle della clinica</translation>
    </message>
    <message>
        <source>&amp;Clinic settings…</source>
        <translation>Impostazioni della &amp;clinica…</translation>
    </message>
    <message>
        <source>Clinic name, address, logo, idle lock</source>
        <translation>Nome, indirizzo e logo della clinica, blocco per inattività</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utenti…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Registro delle modifiche…</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>&amp;Backup e ripristino…</translation>
    </message>
    <message>
        <source>&amp;Erase patient…</source>
        <translation>&amp;Cancella paziente…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Blocca ora</translation>
    </message>
    <message>
        <source>&amp;About MesoDesk</source>
        <translation>&amp;Informazioni su MesoDesk</translation>
    </message>
    <message>
        <source>&amp;Reset window layout</source>
        <translation>&amp;Ripristina la disposizione delle finestre</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>Language, appearance and search on this workstation</source>
        <translation>Lingua, aspetto e ricerca su questa postazione</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paziente</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>C&amp;ontrolli</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Amministrazione</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connesso: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MapPageMixin</name>
    <message>
        <source>The injection map is not available in this installation.</source>
        <translation>La mappa delle iniezioni non è disponibile in questa installazione.</translation>
    </message>
</context>
<context>
    <name>MapPanelMixin</name>
    <message>
        <source>Select a mark to see and edit its depth, volume and product.</source>
        <translation>Selezionare un segno per vederne e modificarne profondità, volume e prodotto.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non indicato</translation>
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
        <translation>Raggio della zona, in proporzione alla larghezza dello schema</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondità</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
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
        <translation>%1 punti</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 zona</translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation>%1 zone</translation>
    </message>
    <message>
        <source>Total on this diagram: %1 ml</source>
        <translation>Totale su questo schema: %1 ml</translation>
    </message>
    <message>
        <source>No marks on this diagram.</source>
        <translation>Nessun segno su questo schema.</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Segni</translation>
    </message>
    <message>
        <source>Injection map</source>
        <translation>Mappa delle iniezioni</translation>
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
        <translation>Prodotto n. %1</translation>
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
        <translation>Premere e trascinare per disegnare una zona (un clic dà una dimensione standard) · trascinare un numero per spostarlo · Canc rimuove il segno selezionato · la rotella ingrandisce · Ctrl+Z annulla</translation>
    </message>
    <message>
        <source>Click or press Insert to place a point · drag a number to move it (or arrow keys) · Delete removes the selected mark · wheel zooms · Ctrl+Z undoes</source>
        <translation>Fare clic o premere Ins per inserire un punto · trascinare un numero per spostarlo (o frecce) · Canc rimuove il segno selezionato · la rotella ingrandisce · Ctrl+Z annulla</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associa le colonne</translation>
    </message>
    <message>
        <source>Columns with usual names are matched already. Choose the field for the others, or leave them out.</source>
        <translation>Le colonne con nomi usuali sono già associate. Scegliere il campo per le altre, o escluderle.</translation>
    </message>
    <message>
        <source>Find out from the file</source>
        <translation>Ricava dal file</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/1980)</source>
        <translation>Giorno/mese/anno (31/12/1980)</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/1980)</source>
        <translation>Mese/giorno/anno (12/31/1980)</translation>
    </message>
    <message>
        <source>Year-month-day (1980-12-31)</source>
        <translation>Anno-mese-giorno (1980-12-31)</translation>
    </message>
    <message>
        <source>&amp;Dates are written</source>
        <translation>&amp;Le date sono scritte</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Anteprima delle prime righe:</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>{rows} rows · encoding {enc} · separator: {sep}</source>
        <translation>{rows} righe · codifica {enc} · separatore: {sep}</translation>
    </message>
    <message>
        <source>{rows} rows · {kind} workbook, first sheet</source>
        <translation>{rows} righe · cartella di lavoro {kind}, primo foglio</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importata)</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(colonna {n})</translation>
    </message>
    <message>
        <source>Still needed: {fields}</source>
        <translation>Ancora richiesti: {fields}</translation>
    </message>
</context>
<context>
    <name>MeasureDefinitionDialog</name>
    <message>
        <source>Add a measure</source>
        <translation>Aggiungi una misura</translation>
    </message>
    <message>
        <source>Change a measure</source>
        <translation>Modifica una misura</translation>
    </message>
    <message>
        <source>A number taken at a visit, such as a device reading. It is stored with its unit and offered at once in every patient&apos;s Outcomes tab.</source>
        <translation>Un numero rilevato durante una visita, come la lettura di un apparecchio. È registrato con la sua unità e proposto subito nella scheda Risultati di ogni paziente.</translation>
    </message>
    <message>
        <source>e.g. Skin hydration (corneometer)</source>
        <translation>es. Idratazione cutanea (corneometro)</translation>
    </message>
    <message>
        <source>e.g. AU, mm, %, kg</source>
        <translation>es. UA, mm, %, kg</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>optional, for exchange (e.g. mm, %, kg)</source>
        <translation>facoltativo, per lo scambio (es. mm, %, kg)</translation>
    </message>
    <message>
        <source>UCUM c&amp;ode:</source>
        <translation>C&amp;odice UCUM:</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Più alto è meglio</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Più basso è meglio</translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation>&amp;Lettura:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Lowest plausible value</source>
        <translation>Valore plausibile più basso</translation>
    </message>
    <message>
        <source>Highest plausible value</source>
        <translation>Valore plausibile più alto</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Plausible range:</source>
        <translation>Intervallo &amp;plausibile:</translation>
    </message>
    <message>
        <source>A value outside it is refused as a typo.</source>
        <translation>Un valore al di fuori è rifiutato come errore di battitura.</translation>
    </message>
    <message>
        <source>e.g. left cheek, 2 cm below the cheekbone; probe held 3 s</source>
        <translation>es. guancia sinistra, 2 cm sotto lo zigomo; sonda tenuta 3 s</translation>
    </message>
    <message>
        <source>&amp;Site and method:</source>
        <translation>&amp;Sede e metodo:</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>nessuna regola</translation>
    </message>
    <message>
        <source>A patient counts as a responder when the value improved by at least this much.</source>
        <translation>Un paziente conta come responder quando il valore è migliorato almeno di tanto.</translation>
    </message>
    <message>
        <source>Responder when &amp;improved by:</source>
        <translation>Responder se m&amp;igliorato di:</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Aggiungi la misura</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate records</source>
        <translation>Unisci cartelle duplicate</translation>
    </message>
    <message>
        <source>Choose the record to keep and its duplicate. Everything recorded on the duplicate moves to the record kept; the duplicate is then archived, not deleted.</source>
        <translation>Scelga la cartella da mantenere e il suo duplicato. Tutto ciò che è registrato nel duplicato passa alla cartella mantenuta; il duplicato viene poi archiviato, non eliminato.</translation>
    </message>
    <message>
        <source>&amp;Record to keep</source>
        <translation>Cartella da &amp;mantenere</translation>
    </message>
    <message>
        <source>&amp;Duplicate (archived after the merge)</source>
        <translation>&amp;Duplicato (archiviato dopo l&apos;unione)</translation>
    </message>
    <message>
        <source>Reason for the merge</source>
        <translation>Motivo dell&apos;unione</translation>
    </message>
    <message>
        <source>Why these are the same person (required, kept in the audit trail)</source>
        <translation>Perché si tratta della stessa persona (obbligatorio, conservato nel registro delle modifiche)</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>Mo&amp;tivo</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>U&amp;nisci…</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>Scelga due cartelle diverse.</translation>
    </message>
    <message>
        <source>Choose the record to keep and the duplicate.</source>
        <translation>Scelga la cartella da mantenere e il duplicato.</translation>
    </message>
    <message>
        <source>Give the reason for the merge.</source>
        <translation>Indichi il motivo dell&apos;unione.</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into %3 (%4)?

Everything recorded on %2 moves to %4: sessions %5, consents %6, photos %7, and its allergies, reactions, plans and follow-ups. %2 is then archived, not deleted, and the merge is recorded in the audit trail.</source>
        <translation>Unire %1 (%2) a %3 (%4)?

Tutto ciò che è registrato in %2 passa a %4: sedute %5, consensi %6, foto %7, oltre ad allergie, reazioni, piani e controlli. %2 viene poi archiviata, non eliminata, e l&apos;unione è annotata nel registro delle modifiche.</translation>
    </message>
</context>
<context>
    <name>NewClinicSecurityDialog</name>
    <message>
        <source>New clinic</source>
        <extracomment>The shortest passphrase accepted for a new encrypted clinic.</extracomment>
        <translation>Nuova clinica</translation>
    </message>
    <message>
        <source>Protect this clinic&apos;s records</source>
        <translation>Proteggi le cartelle di questa clinica</translation>
    </message>
    <message>
        <source>MesoDesk is about to create a new clinic database:</source>
        <translation>MesoDesk sta per creare un nuovo database della clinica:</translation>
    </message>
    <message>
        <source>MesoDesk is about to create a new clinic database.</source>
        <translation>MesoDesk sta per creare un nuovo database della clinica.</translation>
    </message>
    <message>
        <source>Encryption makes the file, and its backups, unreadable without the passphrase, for example if the computer is lost or stolen. The choice is made now, when the clinic is created.</source>
        <translation>La cifratura rende il file e i suoi backup illeggibili senza la passphrase, ad esempio se il computer viene perso o rubato. La scelta si fa ora, alla creazione della clinica.</translation>
    </message>
    <message>
        <source>&amp;Encrypt this clinic&apos;s records (recommended on a laptop)</source>
        <translation>&amp;Cifra le cartelle di questa clinica (consigliato su un portatile)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>Ripeti la p&amp;assphrase</translation>
    </message>
    <message>
        <source>Keep the passphrase safe.</source>
        <translation>Conservare la passphrase al sicuro.</translation>
    </message>
    <message>
        <source>If it is lost, the records cannot be recovered: nobody can open the file or its backups without it. Write it down and keep it somewhere safe, away from the computer. MesoDesk asks for it at every start. Use at least %1 characters, for example a few unrelated words.</source>
        <translation>Se viene persa, le cartelle non possono essere recuperate: nessuno può aprire il file o i suoi backup senza di essa. Annotarla e conservarla in un luogo sicuro, lontano dal computer. MesoDesk la chiede a ogni avvio. Usare almeno %1 caratteri, ad esempio alcune parole senza relazione tra loro.</translation>
    </message>
    <message>
        <source>&amp;Create the clinic</source>
        <translation>&amp;Crea la clinica</translation>
    </message>
    <message>
        <source>use at least %1 characters</source>
        <translation>usare almeno %1 caratteri</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>le due passphrase non coincidono</translation>
    </message>
</context>
<context>
    <name>NotesPageMixin</name>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Topical anaesthetic cream</source>
        <translation>Crema anestetica topica</translation>
    </message>
    <message>
        <source>Ice / cooling</source>
        <translation>Ghiaccio / raffreddamento</translation>
    </message>
    <message>
        <source>Lidocaine in the formula</source>
        <translation>Lidocaina nella formula</translation>
    </message>
    <message>
        <source>e.g. topical anaesthetic cream, 30 minutes</source>
        <translation>es. crema anestetica topica, 30 minuti</translation>
    </message>
    <message>
        <source>Bleeding, bruising, redness, pain during the session…</source>
        <translation>Sanguinamento, ecchimosi, arrossamento, dolore durante la seduta…</translation>
    </message>
    <message>
        <source>A&amp;naesthesia:</source>
        <translation>A&amp;nestesia:</translation>
    </message>
    <message>
        <source>Immediate &amp;reactions:</source>
        <translation>&amp;Reazioni immediate:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>OutcomeDefinitions</name>
    <message>
        <source>Built-in</source>
        <translation>Inclusa</translation>
    </message>
    <message>
        <source>The clinic&apos;s own, retired</source>
        <translation>Della clinica, ritirata</translation>
    </message>
    <message>
        <source>The clinic&apos;s own</source>
        <translation>Della clinica</translation>
    </message>
    <message>
        <source>%1–%2 points</source>
        <translation>%1–%2 punti</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n item</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
</context>
<context>
    <name>OutcomeDefinitionsDialog</name>
    <message>
        <source>Outcome scales and measures</source>
        <extracomment>The tables whose changes the list follows (a definition, or a first value recorded with one).</extracomment>
        <translation>Scale e misure dei risultati</translation>
    </message>
    <message>
        <source>The built-in validated scales and measures are read-only. The clinic&apos;s own are offered in every patient&apos;s Outcomes tab as soon as they are added; one that has values recorded can be retired, never deleted.</source>
        <translation>Le scale validate e le misure incluse sono di sola lettura. Quelle della clinica sono proposte nella scheda Risultati di ogni paziente appena aggiunte; quando vi sono valori registrati possono essere ritirate, mai eliminate.</translation>
    </message>
    <message>
        <source>Read-only: your role does not include the catalogue.</source>
        <translation>Sola lettura: il suo ruolo non comprende il catalogo.</translation>
    </message>
    <message>
        <source>Scales and measures</source>
        <translation>Scale e misure</translation>
    </message>
    <message>
        <source>Details of the chosen scale or measure</source>
        <translation>Dettagli della scala o della misura scelta</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>Aggiungi &amp;misura…</translation>
    </message>
    <message>
        <source>Add &amp;scale…</source>
        <translation>Aggiungi &amp;scala…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Modifi&amp;ca…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Ritira</translation>
    </message>
    <message>
        <source>Your role does not include the catalogue.</source>
        <translation>Il suo ruolo non comprende il catalogo.</translation>
    </message>
    <message>
        <source>Offer a&amp;gain</source>
        <translation>Proponi di &amp;nuovo</translation>
    </message>
    <message>
        <source>Values are recorded with it: it can be retired, not changed.</source>
        <translation>Vi sono valori registrati: può essere ritirata, non modificata.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <source>Retire “%1”? It is no longer offered for new values; everything recorded with it stays in the charts, reports and exports. It can be offered again later.</source>
        <translation>Ritirare «%1»? Non sarà più proposta per nuovi valori; tutto ciò che è stato registrato con essa resta nelle cartelle, nei report e nelle esportazioni. Potrà essere riproposta in seguito.</translation>
    </message>
    <message>
        <source>A rating of the change since baseline: it has no baseline of its own.</source>
        <translation>Una valutazione del cambiamento rispetto al basale: non ha un basale proprio.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Più alto è meglio.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Più basso è meglio.</translation>
    </message>
    <message>
        <source>Responder: a rating of %1 or better.</source>
        <translation>Responder: una valutazione di %1 o migliore.</translation>
    </message>
    <message numerus="yes">
        <source>Responder: at least %n band(s) better than at baseline.</source>
        <translation>
            <numerusform>Responder: almeno %n fascia migliore rispetto al basale.</numerusform>
            <numerusform>Responder: almeno %n fasce migliori rispetto al basale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Responder: improved by at least %1.</source>
        <translation>Responder: miglioramento di almeno %1.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded</source>
        <translation>
            <numerusform>%n valore registrato</numerusform>
            <numerusform>%n valori registrati</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 to %2</source>
        <translation>Totale: da %1 a %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <source>Bands of the total</source>
        <translation>Fasce del totale</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento bibliografico</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unità: %1</translation>
    </message>
    <message>
        <source>Plausible range: %1 to %2</source>
        <translation>Intervallo plausibile: da %1 a %2</translation>
    </message>
    <message>
        <source>Site and method</source>
        <translation>Sede e metodo</translation>
    </message>
</context>
<context>
    <name>OutcomePlot</name>
    <message>
        <source>No values yet</source>
        <translation>Ancora nessun valore</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>basale</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>No measurements or scale scores yet: record the baseline on the right.</source>
        <translation>Ancora nessuna misurazione né punteggio di scala: registrare i valori basali a destra.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;course&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;maintenance&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%3&apos;&gt;▲&lt;/span&gt; session · ○ baseline · a plot takes the focus: ← → move between values</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;ciclo&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;mantenimento&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%3&apos;&gt;▲&lt;/span&gt; seduta · ○ basale · un grafico riceve il focus: ← → per passare da un valore all&apos;altro</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Risultati</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Find a patient with the search box (Ctrl+F),
or register a new one (Ctrl+N).</source>
        <extracomment>A change to these alone leaves the chart&apos;s tables as they are.</extracomment>
        <translation>Cercare un paziente con la casella di ricerca (Ctrl+F),
oppure registrarne uno nuovo (Ctrl+N).</translation>
    </message>
    <message>
        <source>Your role does not include clinical records.</source>
        <translation>Il proprio ruolo non comprende le cartelle cliniche.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>History &amp;&amp; allergies</source>
        <translation>Anamnesi</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Timeline of the patient</source>
        <translation>Cronologia del paziente</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nuova seduta…</translation>
    </message>
    <message>
        <source>Details of the selected session</source>
        <translation>Dettagli della seduta selezionata</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reazioni</translation>
    </message>
    <message>
        <source>Record reaction…</source>
        <translation>Registra reazione…</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; follow-ups</source>
        <translation>Piano e controlli</translation>
    </message>
    <message>
        <source>Plan a course…</source>
        <translation>Pianifica un ciclo…</translation>
    </message>
    <message>
        <source>Treatment plans</source>
        <translation>Piani di trattamento</translation>
    </message>
    <message>
        <source>Calls and visits of the patient</source>
        <translation>Chiamate e visite del paziente</translation>
    </message>
    <message>
        <source>Medical history &amp;&amp; allergies</source>
        <translation>Anamnesi e allergie</translation>
    </message>
    <message>
        <source>Review medical history…</source>
        <translation>Rivedi l&apos;anamnesi…</translation>
    </message>
    <message>
        <source>Medical history and allergies</source>
        <translation>Anamnesi e allergie</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registra consenso…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photos are not available in this version.</source>
        <translation>Le foto non sono disponibili in questa versione.</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <source>Restore %1 to the active patient list?</source>
        <translation>Riportare %1 nell&apos;elenco dei pazienti attivi?</translation>
    </message>
    <message>
        <source>Archive %1? The record is kept and can be restored; the patient no longer appears in searches.</source>
        <translation>Archiviare %1? La cartella viene conservata e può essere ripristinata; il paziente non compare più nelle ricerche.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Archivia paziente</translation>
    </message>
    <message>
        <source>Restore patient</source>
        <translation>Ripristina paziente</translation>
    </message>
</context>
<context>
    <name>PatientEditorDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nuovo paziente</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Modifica paziente</translation>
    </message>
    <message>
        <source>Date of birth, typed with or without separators, e.g. %1</source>
        <translation>Data di nascita, digitata con o senza separatori, es. %1</translation>
    </message>
    <message>
        <source>given automatically if left empty</source>
        <translation>assegnato automaticamente se lasciato vuoto</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Tipo %1</translation>
    </message>
    <message>
        <source>Clinic&apos;s language</source>
        <translation>Lingua della clinica</translation>
    </message>
    <message>
        <source>Language of the consent form, aftercare sheet and progress sheet</source>
        <translation>Lingua del modulo di consenso, delle indicazioni post-trattamento e della scheda dei progressi</translation>
    </message>
    <message>
        <source>Preferred language for documents</source>
        <translation>Lingua preferita per i documenti</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Data di &amp;nascita</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sesso</translation>
    </message>
    <message>
        <source>File &amp;number</source>
        <translation>&amp;Numero di cartella</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>Skin type (Fitzpatrick)</source>
        <translation>Fototipo (Fitzpatrick)</translation>
    </message>
    <message>
        <source>Lan&amp;guage of documents</source>
        <translation>Lin&amp;gua dei documenti</translation>
    </message>
    <message>
        <source>&amp;Contraindications</source>
        <translation>&amp;Controindicazioni</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S saves · Esc cancels</source>
        <translation>Ctrl+S salva · Esc annulla</translation>
    </message>
    <message>
        <source>Edit patient — %1</source>
        <translation>Modifica paziente — %1</translation>
    </message>
</context>
<context>
    <name>PatientFollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
</context>
<context>
    <name>PatientReportDialog</name>
    <message>
        <source>Print for {name}</source>
        <translation>Stampa per {name}</translation>
    </message>
    <message>
        <source>Patient summary</source>
        <translation>Riepilogo del paziente</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Scheda della seduta</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Modulo di consenso</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Indicazioni post-trattamento</translation>
    </message>
    <message>
        <source>Progress sheet for the patient (results so far)</source>
        <translation>Scheda dei progressi per il paziente (risultati finora)</translation>
    </message>
    <message>
        <source>Session to print</source>
        <translation>Seduta da stampare</translation>
    </message>
    <message>
        <source>Consent to print</source>
        <translation>Consenso da stampare</translation>
    </message>
    <message>
        <source>Alerts and allergies</source>
        <translation>Avvisi e allergie</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Anamnesi</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Injection maps</source>
        <translation>Mappe delle iniezioni</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reazioni</translation>
    </message>
    <message>
        <source>Plan and follow-up</source>
        <translation>Piano e controlli</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Photos marked for printing</source>
        <translation>Foto selezionate per la stampa</translation>
    </message>
    <message>
        <source>Only sessions, reactions and photos from</source>
        <translation>Solo sedute, reazioni e foto dal</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Summary contents</source>
        <translation>Contenuto del riepilogo</translation>
    </message>
    <message>
        <source>{name} ({file_no}) — choose the document to print.</source>
        <translation>{name} ({file_no}) — scegliere il documento da stampare.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La data di fine è precedente alla data di inizio.</translation>
    </message>
    <message>
        <source>Printing the patient summary</source>
        <translation>Stampa del riepilogo del paziente</translation>
    </message>
    <message>
        <source>Printing the session record</source>
        <translation>Stampa della scheda della seduta</translation>
    </message>
    <message>
        <source>Printing the consent form</source>
        <translation>Stampa del modulo di consenso</translation>
    </message>
    <message>
        <source>Printing the progress sheet</source>
        <translation>Stampa della scheda dei progressi</translation>
    </message>
    <message>
        <source>Printing the aftercare sheet</source>
        <translation>Stampa delle indicazioni post-trattamento</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nato/a</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>N. cartella</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviato)</translation>
    </message>
</context>
<context>
    <name>PhotoCompareDialog</name>
    <message>
        <source>Before and after</source>
        <translation>Prima e dopo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Show the whole photos (double-click does the same)</source>
        <translation>Mostra le foto intere (il doppio clic fa lo stesso)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ingrandisci (Ctrl++)</translation>
    </message>
    <message>
        <source>No photo to show</source>
        <translation>Nessuna foto da mostrare</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag to move: both photos follow. Double-click to fit.</source>
        <translation>Rotella per ingrandire, trascinare per spostare: entrambe le foto seguono. Doppio clic per adattare.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tutte le zone</translation>
    </message>
    <message>
        <source>1 day after the before photo</source>
        <translation>1 giorno dopo la foto «prima»</translation>
    </message>
    <message>
        <source>%1 days after the before photo</source>
        <translation>%1 giorni dopo la foto «prima»</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Aggiungi foto…</translation>
    </message>
    <message>
        <source>Add JPEG or PNG photos from files</source>
        <translation>Aggiungi foto JPEG o PNG da file</translation>
    </message>
    <message>
        <source>Before / after…</source>
        <translation>Prima / dopo…</translation>
    </message>
    <message>
        <source>Compare two photos of the same area side by side</source>
        <translation>Confronta affiancate due foto della stessa zona</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>Change the kind, area, date or caption</source>
        <translation>Modifica tipo, zona, data o didascalia</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected photos for good</source>
        <translation>Elimina definitivamente le foto selezionate</translation>
    </message>
    <message>
        <source>Photos of the patient</source>
        <translation>Foto del paziente</translation>
    </message>
    <message>
        <source>Thumbnails of the photos. Double-click opens one; the menu key lists what can be done.</source>
        <translation>Miniature delle foto. Il doppio clic ne apre una; il tasto Menu elenca le azioni possibili.</translation>
    </message>
    <message>
        <source>No photos yet.
Drop JPEG or PNG files here, or use “Add photos…”.</source>
        <translation>Ancora nessuna foto.
Trascinare qui file JPEG o PNG, oppure usare «Aggiungi foto…».</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>Nessuna foto.</translation>
    </message>
    <message>
        <source>Photos are shown to practitioners only.</source>
        <translation>Le foto sono visibili solo agli operatori.</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>%1 photos</source>
        <translation>%1 foto</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Aggiungi foto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB); the limit is %3 MB.</source>
        <translation>%1: il file è troppo grande (%2 MB); il limite è %3 MB.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: il file non può essere letto (%2).</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Prima e dopo</translation>
    </message>
    <message>
        <source>Add at least two photos to compare them.</source>
        <translation>Aggiungere almeno due foto per confrontarle.</translation>
    </message>
    <message>
        <source>Delete this photo for good?</source>
        <translation>Eliminare definitivamente questa foto?</translation>
    </message>
    <message>
        <source>Delete these %1 photos for good?</source>
        <translation>Eliminare definitivamente queste %1 foto?</translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>Elimina foto</translation>
    </message>
    <message>
        <source>The audit trail keeps a record of the deletion.</source>
        <translation>Il registro delle modifiche conserva traccia dell&apos;eliminazione.</translation>
    </message>
    <message>
        <source>the file %1.</source>
        <translation>il file %1.</translation>
    </message>
    <message>
        <source>These files were not added:</source>
        <translation>Questi file non sono stati aggiunti:</translation>
    </message>
    <message>
        <source>The other photos were added.</source>
        <translation>Le altre foto sono state aggiunte.</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Alcuni file non sono stati aggiunti</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>File non aggiunti</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Confronta…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
</context>
<context>
    <name>PhotoTagDialog</name>
    <message>
        <source>Photo details</source>
        <translation>Dettagli della foto</translation>
    </message>
    <message>
        <source>Details of %1 photos</source>
        <translation>Dettagli di %1 foto</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>Nessuna zona</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Nessuna seduta</translation>
    </message>
    <message>
        <source>No reaction</source>
        <translation>Nessuna reazione</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>Include in printed records</source>
        <translation>Includi nelle stampe della cartella</translation>
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
        <translation>Scattata il</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Seduta</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reazione</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Didascalia</translation>
    </message>
    <message>
        <source>Kind of each photo:</source>
        <translation>Tipo di ogni foto:</translation>
    </message>
    <message>
        <source>Type the day the photo was taken.</source>
        <translation>Scriva il giorno in cui è stata scattata la foto.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Treatment plan</source>
        <translation>Piano di trattamento</translation>
    </message>
    <message>
        <source>Custom plan</source>
        <translation>Piano personalizzato</translation>
    </message>
    <message>
        <source>e.g. Face revitalisation course</source>
        <translation>es. ciclo di rivitalizzazione del viso</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sedute</translation>
    </message>
    <message>
        <source>Days between the sessions of the course</source>
        <translation>Giorni tra le sedute del ciclo</translation>
    </message>
    <message>
        <source>every </source>
        <translation>ogni </translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>then maintenance</source>
        <translation>poi mantenimento</translation>
    </message>
    <message>
        <source>Days between maintenance sessions</source>
        <translation>Giorni tra le sedute di mantenimento</translation>
    </message>
    <message>
        <source>check call</source>
        <translation>telefonata di controllo</translation>
    </message>
    <message>
        <source>Hours after each session for the check call</source>
        <translation>Ore dopo ogni seduta per la telefonata di controllo</translation>
    </message>
    <message>
        <source> hours after each session</source>
        <translation> ore dopo ogni seduta</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Parti da:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>&amp;Maintenance:</source>
        <translation>&amp;Mantenimento:</translation>
    </message>
    <message>
        <source>Check ca&amp;ll:</source>
        <translation>Telefonata di contro&amp;llo:</translation>
    </message>
    <message>
        <source>First session &amp;on:</source>
        <translation>Prima seduta &amp;il:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Upcoming dates</source>
        <translation>Prossime date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Crea piano</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Seduta %1 di %2</translation>
    </message>
    <message>
        <source>Check call (session %1)</source>
        <translation>Telefonata di controllo (seduta %1)</translation>
    </message>
    <message>
        <source>Maintenance session</source>
        <translation>Seduta di mantenimento</translation>
    </message>
    <message>
        <source>Next-due dates are recomputed after each recorded session.</source>
        <translation>Le prossime scadenze vengono ricalcolate dopo ogni seduta registrata.</translation>
    </message>
    <message>
        <source>Maintenance continues after the dates shown.</source>
        <translation>Il mantenimento prosegue dopo le date mostrate.</translation>
    </message>
    <message>
        <source>This plan is not saved. Discard it?</source>
        <translation>Questo piano non è salvato. Scartarlo?</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n seduta</numerusform>
            <numerusform>%n sedute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>ogni giorno</numerusform>
            <numerusform>ogni %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminato</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatica (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language of the windows and of the documents printed from them</source>
        <translation>La lingua delle finestre e dei documenti stampati da esse</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>Come impostato sul computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Light or dark windows, or as the computer&apos;s own setting says</source>
        <translation>Finestre chiare o scure, oppure secondo l&apos;impostazione del computer</translation>
    </message>
    <message>
        <source>Include archived patients when searching</source>
        <translation>Includi i pazienti archiviati nella ricerca</translation>
    </message>
    <message>
        <source>The new language is used the next time MesoDesk starts.</source>
        <translation>La nuova lingua sarà usata al prossimo avvio di MesoDesk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Aspetto:</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>not imported</source>
        <translation>non importato</translation>
    </message>
</context>
<context>
    <name>ProductsTabMixin</name>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>checked against patients&apos; allergies</source>
        <translation>confrontato con le allergie dei pazienti</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Produttore:</translation>
    </message>
    <message>
        <source>Active &amp;ingredient:</source>
        <translation>Principio &amp;attivo:</translation>
    </message>
    <message>
        <source>&amp;Concentration:</source>
        <translation>&amp;Concentrazione:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>Low stock &amp;at:</source>
        <translation>Scorta &amp;minima:</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Salva prodotto</translation>
    </message>
</context>
<context>
    <name>ProtocolsTabMixin</name>
    <message>
        <source>Protocols</source>
        <translation>Protocolli</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
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
        <translation> giorni</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>&amp;Indicazione:</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Formula:</translation>
    </message>
    <message>
        <source>&amp;Technique:</source>
        <translation>&amp;Tecnica:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>Needle &amp;gauge:</source>
        <translation>&amp;Calibro dell&apos;ago:</translation>
    </message>
    <message>
        <source>Needle &amp;length:</source>
        <translation>&amp;Lunghezza dell&apos;ago:</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>Pro&amp;fondità:</translation>
    </message>
    <message>
        <source>Points per area:</source>
        <translation>Punti per zona:</translation>
    </message>
    <message>
        <source>Volume per area:</source>
        <translation>Volume per zona:</translation>
    </message>
    <message>
        <source>Course sessions:</source>
        <translation>Sedute del ciclo:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Ogni:</translation>
    </message>
    <message>
        <source>Maintenance every:</source>
        <translation>Mantenimento ogni:</translation>
    </message>
    <message>
        <source>Check call after:</source>
        <translation>Telefonata di controllo dopo:</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Nuovo protocollo</translation>
    </message>
    <message>
        <source>Save protocol</source>
        <translation>Salva protocollo</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>New value of %1 (%2)</source>
        <translation>Nuovo valore di %1 (%2)</translation>
    </message>
    <message>
        <source>%1: site</source>
        <translation>%1: punto di misurazione</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Data della visita</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Misurazioni</translation>
    </message>
    <message>
        <source>Another measure</source>
        <translation>Altra misura</translation>
    </message>
    <message>
        <source>Add &amp;measure</source>
        <translation>Aggiungi &amp;misura</translation>
    </message>
    <message>
        <source>Save m&amp;easurements</source>
        <translation>Salva le m&amp;isurazioni</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <source>&amp;Link the photos taken that day</source>
        <translation>&amp;Collega le foto scattate quel giorno</translation>
    </message>
    <message>
        <source>Before/after comparisons then show this score under the photos.</source>
        <translation>I confronti prima/dopo mostrano poi questo punteggio sotto le foto.</translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation>Salva la &amp;valutazione</translation>
    </message>
    <message>
        <source>BMI: %1 kg/m²</source>
        <translation>IMC: %1 kg/m²</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totale: %1</translation>
    </message>
    <message>
        <source>Type the day of the visit.</source>
        <translation>Scriva il giorno della visita.</translation>
    </message>
</context>
<context>
    <name>ReactionAssessmentsModel</name>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Sintomo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Giorno %1</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <source>Reaction</source>
        <translation>Reazione</translation>
    </message>
    <message>
        <source>— not linked to a session —</source>
        <translation>— non collegata a una seduta —</translation>
    </message>
    <message>
        <source>— not specific —</source>
        <translation>— non specificata —</translation>
    </message>
    <message>
        <source>e.g. cold compress, antihistamine, advice given</source>
        <translation>es. impacco freddo, antistaminico, consigli dati</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Risolta il</translation>
    </message>
    <message>
        <source>Date the reaction resolved</source>
        <translation>Data di risoluzione della reazione</translation>
    </message>
    <message>
        <source>Se&amp;ssion:</source>
        <translation>Se&amp;duta:</translation>
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
        <translation>&amp;Comparsa:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravità:</translation>
    </message>
    <message>
        <source>A&amp;ction taken:</source>
        <translation>&amp;Provvedimento:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Esito:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Graded assessments over the following days</source>
        <translation>Valutazioni graduate nei giorni successivi</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Aggiungi valutazione</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Usually graded on day 0, 1, 3 and 7.</source>
        <translation>Di solito valutata ai giorni 0, 1, 3 e 7.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>Serious allergic reaction</source>
        <translation>Reazione allergica grave</translation>
    </message>
    <message>
        <source>This looks like a serious allergic reaction.

Add an allergy to the patient&apos;s record?</source>
        <translation>Sembra una reazione allergica grave.

Aggiungere un&apos;allergia alla cartella del paziente?</translation>
    </message>
    <message>
        <source>after the session of %1</source>
        <translation>dopo la seduta del %1</translation>
    </message>
    <message>
        <source>This reaction has changes that are not saved. Discard them?</source>
        <translation>Questa reazione ha modifiche non salvate. Scartarle?</translation>
    </message>
</context>
<context>
    <name>ReactionTableModel</name>
    <message>
        <source>Onset</source>
        <translation>Comparsa</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reazione</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Provvedimento</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall a lot</source>
        <translation>Richiama un lotto</translation>
    </message>
    <message>
        <source>Lot %1 will be refused for every new session. Patients who received it can be listed with the recall report.</source>
        <translation>Il lotto %1 sarà rifiutato per ogni nuova seduta. I pazienti che lo hanno ricevuto possono essere elencati con il report di richiamo.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>e.g. manufacturer recall notice of 12 March</source>
        <translation>es. avviso di richiamo del produttore del 12 marzo</translation>
    </message>
    <message>
        <source>Recall lot</source>
        <translation>Richiama lotto</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Search: %1</source>
        <translation>Ricerca: %1</translation>
    </message>
    <message>
        <source>Name or file number</source>
        <translation>Nome o numero di cartella</translation>
    </message>
    <message>
        <source>Records found: %1</source>
        <translation>Cartelle trovate: %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nato/a il %1</translation>
    </message>
    <message>
        <source>No record chosen: search by name or file number.</source>
        <translation>Nessuna cartella scelta: cerchi per nome o numero di cartella.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascita</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>N. cartella</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nessuna registrata</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database cannot be used</source>
        <translation>Il database non può essere usato</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Ripristina questo backup</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 MB)</source>
        <translation>%1 — %2 (%3 MB)</translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in place; the current file is kept aside under another name for inspection. Work saved after the backup was made will have to be entered again.</source>
        <translation>Il ripristino mette in uso il backup scelto; il file attuale viene messo da parte con un altro nome per essere esaminato. Il lavoro salvato dopo il backup dovrà essere inserito di nuovo.</translation>
    </message>
    <message>
        <source>Move the database file to this computer&apos;s own disk (then start MesoDesk with --db pointing at it), or ask for a PostgreSQL server.</source>
        <translation>Spostare il file del database sul disco di questo computer (poi avviare MesoDesk con --db che punta al file), oppure chiedere un server PostgreSQL.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. Keep the damaged file and ask for help; do not delete it.</source>
        <translation>Non c&apos;è alcun backup valido da ripristinare. Conservare il file danneggiato e chiedere assistenza; non eliminarlo.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Ripristino</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Ripristino del backup</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Verifica prima dell&apos;importazione</translation>
    </message>
    <message>
        <source>Rows with a problem are left out. Nothing is saved until you click Import.</source>
        <translation>Le righe con un problema vengono escluse. Nulla viene salvato finché non si fa clic su Importa.</translation>
    </message>
    <message>
        <source>Leave out rows with the same file number, or the same name and date of birth</source>
        <translation>Escludi le righe con lo stesso numero di cartella, o con stesso nome e data di nascita</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>{total} rows: {good} without problems, {bad} with problems (left out), {dup} possible duplicates of patients already on file or of other rows.</source>
        <translation>{total} righe: {good} senza problemi, {bad} con problemi (escluse), {dup} possibili duplicati di pazienti già registrati o di altre righe.</translation>
    </message>
</context>
<context>
    <name>SafetyMixin</name>
    <message>
        <source>Reason to sign off anyway</source>
        <extracomment>Words that make a catalogue product an anaesthetic for the anaesthesia list.</extracomment>
        <translation>Motivo per firmare comunque</translation>
    </message>
    <message>
        <source>Reason to sign off anyway (kept with the session and printed on it)</source>
        <translation>Motivo per firmare comunque (conservato con la seduta e stampato su di essa)</translation>
    </message>
    <message>
        <source>%1 — lot %2, expires %3</source>
        <translation>%1 — lotto %2, scade il %3</translation>
    </message>
    <message>
        <source>Required by the clinic:</source>
        <translation>Richiesto dalla clinica:</translation>
    </message>
    <message>
        <source>This session cannot be signed off yet</source>
        <translation>Questa seduta non può ancora essere firmata</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Salva come bozza</translation>
    </message>
    <message>
        <source>Please check before signing off</source>
        <translation>Verificare prima di firmare</translation>
    </message>
    <message>
        <source>Sign off anyway</source>
        <translation>Firma comunque</translation>
    </message>
    <message>
        <source>Please check before saving</source>
        <translation>Verificare prima di salvare</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <source>Give the reason for signing off despite these warnings.</source>
        <translation>Indicare il motivo della firma nonostante questi avvisi.</translation>
    </message>
</context>
<context>
    <name>ScaleDefinitionDialog</name>
    <message>
        <source>Add a scale</source>
        <extracomment>A service error about one row of a table: ``items[2].max``, ``bands[0]``.</extracomment>
        <translation>Aggiungi una scala</translation>
    </message>
    <message>
        <source>Change a scale</source>
        <translation>Modifica una scala</translation>
    </message>
    <message>
        <source>A scale is scored item by item; its total is the sum of the items&apos; scores. Type each item in the table on the right with its min and max, and what each score means if the scale words it. It is offered at once in every patient&apos;s Outcomes tab.</source>
        <translation>Una scala si valuta item per item; il totale è la somma dei punteggi degli item. Inserisca ogni item nella tabella a destra con il suo min e max, e che cosa significa ogni punteggio se la scala lo descrive. È proposta subito nella scheda Risultati di ogni paziente.</translation>
    </message>
    <message>
        <source>e.g. Scalp hair density (clinic)</source>
        <translation>es. Densità dei capelli (clinica)</translation>
    </message>
    <message>
        <source>Lower is better (a severity)</source>
        <translation>Più basso è meglio (una gravità)</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Più alto è meglio</translation>
    </message>
    <message>
        <source>A rating of the change since baseline (like GAIS)</source>
        <translation>Una valutazione del cambiamento rispetto al basale (come la GAIS)</translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation>&amp;Lettura:</translation>
    </message>
    <message>
        <source>Where the scale is published, or how the clinic uses it</source>
        <translation>Dove è pubblicata la scala, o come la usa la clinica</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Ri&amp;ferimento:</translation>
    </message>
    <message>
        <source>e.g. hair loss, scalp (separated by commas)</source>
        <translation>es. caduta dei capelli, cuoio capelluto (separati da virgole)</translation>
    </message>
    <message>
        <source>&amp;Usually used for:</source>
        <translation>&amp;Usata di solito per:</translation>
    </message>
    <message>
        <source>No responder rule</source>
        <translation>Nessuna regola di responder</translation>
    </message>
    <message>
        <source>Total improved by at least</source>
        <translation>Totale migliorato di almeno</translation>
    </message>
    <message>
        <source>Band better by at least</source>
        <translation>Fascia migliorata di almeno</translation>
    </message>
    <message>
        <source>Rating at most</source>
        <translation>Valutazione al massimo</translation>
    </message>
    <message>
        <source>Responder value</source>
        <translation>Valore di responder</translation>
    </message>
    <message>
        <source>Res&amp;ponder:</source>
        <translation>Res&amp;ponder:</translation>
    </message>
    <message>
        <source>Items of the scale</source>
        <translation>Item della scala</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Aggiungi &amp;item</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>Rimuo&amp;vi item</translation>
    </message>
    <message>
        <source>Items (each scored from … to …)</source>
        <translation>Item (ognuno valutato da … a …)</translation>
    </message>
    <message>
        <source>Anchor wording of the chosen item</source>
        <translation>Descrizioni di riferimento dell’item scelto</translation>
    </message>
    <message>
        <source>Anchor wording</source>
        <translation>Descrizioni di riferimento</translation>
    </message>
    <message>
        <source>Bands of the total</source>
        <translation>Fasce del totale</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>Aggiungi &amp;fascia</translation>
    </message>
    <message>
        <source>Remove b&amp;and</source>
        <translation>Rimuovi f&amp;ascia</translation>
    </message>
    <message>
        <source>Bands of the total (optional, e.g. 0–5 mild)</source>
        <translation>Fasce del totale (facoltativo, es. 0–5 lieve)</translation>
    </message>
    <message>
        <source>Add scale</source>
        <translation>Aggiungi la scala</translation>
    </message>
    <message>
        <source>Total: %1 to %2</source>
        <translation>Totale: da %1 a %2</translation>
    </message>
    <message>
        <source>Add an item to word its scores.</source>
        <translation>Aggiunga un item per descriverne i punteggi.</translation>
    </message>
    <message>
        <source>Make the item&apos;s max more than its min to word its scores.</source>
        <translation>Imposti il max dell’item oltre il suo min per descriverne i punteggi.</translation>
    </message>
    <message>
        <source>Anchor wording is offered for items of up to %1 scores.</source>
        <translation>Le descrizioni di riferimento sono proposte per item fino a %1 punteggi.</translation>
    </message>
    <message>
        <source>What each score of “%1” means (optional).</source>
        <translation>Che cosa significa ogni punteggio di «%1» (facoltativo).</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <source>Band %1: %2</source>
        <translation>Fascia %1: %2</translation>
    </message>
</context>
<context>
    <name>ScaleItemsModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
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
        <translation>Tecnica</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Needle (G)</source>
        <translation>Ago (G)</translation>
    </message>
    <message>
        <source>Length (mm)</source>
        <translation>Lunghezza (mm)</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profondità (mm)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volume (ml)</translation>
    </message>
    <message>
        <source>Treated area</source>
        <translation>Zona trattata</translation>
    </message>
    <message>
        <source>Injection technique</source>
        <translation>Tecnica di iniezione</translation>
    </message>
    <message>
        <source>Injection device</source>
        <translation>Dispositivo di iniezione</translation>
    </message>
    <message>
        <source>Needle gauge</source>
        <translation>Calibro dell&apos;ago</translation>
    </message>
    <message>
        <source>Needle length in millimetres</source>
        <translation>Lunghezza dell&apos;ago in millimetri</translation>
    </message>
    <message>
        <source>Injection depth in millimetres (usually 1–4 mm)</source>
        <translation>Profondità di iniezione in millimetri (di solito 1–4 mm)</translation>
    </message>
    <message>
        <source>Number of injection points</source>
        <translation>Numero di punti di iniezione</translation>
    </message>
    <message>
        <source>Volume injected in this area, in millilitres</source>
        <translation>Volume iniettato in questa zona, in millilitri</translation>
    </message>
    <message>
        <source>%1G</source>
        <translation>%1G</translation>
    </message>
    <message>
        <source>Outside the usual %1–%2 mm for mesotherapy</source>
        <translation>Al di fuori dei consueti %1–%2 mm per la mesoterapia</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Treatment session</source>
        <extracomment>What the alert banner is made of.</extracomment>
        <translation>Seduta di trattamento</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Seduta</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Injection &amp;map</source>
        <translation>&amp;Mappa delle iniezioni</translation>
    </message>
    <message>
        <source>&amp;Amendments</source>
        <translation>&amp;Rettifiche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>choose the treating practitioner</source>
        <translation>scegliere l&apos;operatore che esegue il trattamento</translation>
    </message>
    <message>
        <source>choose the lot that was used</source>
        <translation>scegliere il lotto utilizzato</translation>
    </message>
    <message>
        <source>&amp;Save amendment…</source>
        <translation>&amp;Salva rettifica…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel amendment</source>
        <translation>Annulla rettifica</translation>
    </message>
    <message>
        <source>New treatment session</source>
        <translation>Nuova seduta di trattamento</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nuova seduta</translation>
    </message>
    <message>
        <source>Treatment session (draft)</source>
        <translation>Seduta di trattamento (bozza)</translation>
    </message>
    <message>
        <source>Draft — not signed off</source>
        <translation>Bozza — non firmata</translation>
    </message>
    <message>
        <source>Treatment session (signed off)</source>
        <translation>Seduta di trattamento (firmata)</translation>
    </message>
    <message>
        <source>✔ Signed off — read only</source>
        <translation>✔ Firmata — sola lettura</translation>
    </message>
    <message>
        <source>Amending a signed session</source>
        <translation>Rettifica di una seduta firmata</translation>
    </message>
    <message>
        <source>Amending — a reason will be asked when you save</source>
        <translation>Rettifica — il motivo sarà chiesto al salvataggio</translation>
    </message>
    <message>
        <source>Change this signed session; a reason is asked.</source>
        <translation>Rettifica questa seduta firmata; viene chiesto un motivo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Discard them?</source>
        <translation>Questa seduta ha modifiche non salvate. Scartarle?</translation>
    </message>
</context>
<context>
    <name>SessionPageMixin</name>
    <message>
        <source>e.g. fine lines, skin hydration</source>
        <translation>es. rughe sottili, idratazione della pelle</translation>
    </message>
    <message>
        <source>— choose a protocol —</source>
        <translation>— scegliere un protocollo —</translation>
    </message>
    <message>
        <source>Start from protocol</source>
        <translation>Parti da un protocollo</translation>
    </message>
    <message>
        <source>Repeat last session</source>
        <translation>Ripeti l&apos;ultima seduta</translation>
    </message>
    <message>
        <source>&amp;Repeat last session</source>
        <translation>&amp;Ripeti l&apos;ultima seduta</translation>
    </message>
    <message>
        <source>Fill this session from the patient&apos;s last one (Ctrl+R)</source>
        <translation>Compila questa seduta dall&apos;ultima del paziente (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Data e ora:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <source>&amp;Indications:</source>
        <translation>&amp;Indicazioni:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocollo:</translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation>Zone trattate</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Aggiungi zona</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Rimuovi zona</translation>
    </message>
    <message>
        <source>Usual depth for mesotherapy: 1–4 mm. Double-click a cell to change it.</source>
        <translation>Profondità usuale in mesoterapia: 1–4 mm. Doppio clic su una cella per modificarla.</translation>
    </message>
    <message>
        <source>Formula and products</source>
        <translation>Formula e prodotti</translation>
    </message>
    <message>
        <source>— no standard formula —</source>
        <translation>— nessuna formula standard —</translation>
    </message>
    <message>
        <source>&amp;Custom formula for this patient</source>
        <translation>Formula &amp;personalizzata per questo paziente</translation>
    </message>
    <message>
        <source>Name of the custom formula</source>
        <translation>Nome della formula personalizzata</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Formula:</translation>
    </message>
    <message>
        <source>Products and lots used</source>
        <translation>Prodotti e lotti utilizzati</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Aggiungi prodotto</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Rimuovi prodotto</translation>
    </message>
    <message>
        <source>Expired and recalled lots cannot be chosen.</source>
        <translation>I lotti scaduti o richiamati non possono essere scelti.</translation>
    </message>
    <message>
        <source>The catalogue has no products yet.</source>
        <translation>Il catalogo non contiene ancora prodotti.</translation>
    </message>
    <message>
        <source>Choose another lot.</source>
        <translation>Scegliere un altro lotto.</translation>
    </message>
    <message>
        <source>This patient has no earlier session to repeat.</source>
        <translation>Questo paziente non ha sedute precedenti da ripetere.</translation>
    </message>
</context>
<context>
    <name>SessionProductsModel</name>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>Lot %1 has been recalled (%2).</source>
        <translation>Il lotto %1 è stato richiamato (%2).</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2.</source>
        <translation>Il lotto %1 è scaduto il %2.</translation>
    </message>
    <message>
        <source>%1 · exp. %2 · %3 left</source>
        <translation>%1 · scad. %2 · disponibili %3</translation>
    </message>
    <message>
        <source>RECALLED</source>
        <translation>RICHIAMATO</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>SCADUTO</translation>
    </message>
    <message>
        <source>Choose a lot</source>
        <translation>Scegli un lotto</translation>
    </message>
    <message>
        <source>Recalled — refused</source>
        <translation>Richiamato — rifiutato</translation>
    </message>
    <message>
        <source>Expired — refused</source>
        <translation>Scaduto — rifiutato</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Scade tra %n giorno</numerusform>
            <numerusform>Scade tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Scade oggi</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Scorta bassa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Disponibili</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volume (ml)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— scegliere —</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profondità (mm)</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volume (ml)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source> (custom)</source>
        <translation> (personalizzata)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — MesoDesk</source>
        <translation>Accesso — MesoDesk</translation>
    </message>
    <message>
        <source>MesoDesk</source>
        <translation>MesoDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Accesso in corso</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password. Try again.</source>
        <translation>Nome utente sconosciuto o password errata. Riprovare.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a finger or a pen</source>
        <translation>Firmare qui con il mouse, un dito o una penna</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Area di firma</translation>
    </message>
    <message>
        <source>The patient signs here with the mouse, a finger or a pen; the signature is kept with the consent.</source>
        <translation>Il paziente firma qui con il mouse, un dito o una penna; la firma viene conservata con il consenso.</translation>
    </message>
    <message>
        <source>✕  Sign here</source>
        <translation>✕  Firmare qui</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <extracomment>What the page shows: a change to any of these reloads it. A list shows this many rows before it scrolls. Item data: what activating a row opens. What a row opens: (&quot;patient&quot;, patient id) or (&quot;lot&quot;, lot id). A lot opens the catalogue, for the roles that keep it (the others read the line).</extracomment>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Find a patient with the search box (Ctrl+F), or register a new one (Ctrl+N).</source>
        <translation>Cercare un paziente con la casella di ricerca (Ctrl+F) oppure registrarne uno nuovo (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Niente in scadenza oggi</translation>
    </message>
    <message>
        <source>Enter or a click opens the patient&apos;s chart.</source>
        <translation>Invio o un clic apre la cartella del paziente.</translation>
    </message>
    <message>
        <source>Enter or a click opens the patient&apos;s chart, or the lot in the catalogue.</source>
        <translation>Invio o un clic apre la cartella del paziente, oppure il lotto nel catalogo.</translation>
    </message>
    <message>
        <source>Enter or a click opens the lot in the catalogue.</source>
        <translation>Invio o un clic apre il lotto nel catalogo.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>in ritardo dal %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>in scadenza oggi</translation>
    </message>
    <message>
        <source>Calls and visits due</source>
        <translation>Telefonate e visite in scadenza</translation>
    </message>
    <message>
        <source>session of %1</source>
        <translation>seduta del %1</translation>
    </message>
    <message>
        <source>Sessions awaiting sign-off</source>
        <translation>Sedute da firmare</translation>
    </message>
    <message>
        <source>day %1 check</source>
        <translation>controllo del giorno %1</translation>
    </message>
    <message>
        <source>Reactions to check</source>
        <translation>Reazioni da controllare</translation>
    </message>
    <message>
        <source>%1 lot %2</source>
        <translation>%1, lotto %2</translation>
    </message>
    <message>
        <source>recalled on %1</source>
        <translation>richiamato il %1</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>richiamato</translation>
    </message>
    <message>
        <source>patients who received it: %1</source>
        <translation>pazienti che l&apos;hanno ricevuto: %1</translation>
    </message>
    <message>
        <source>last received %1</source>
        <translation>ricevuto l&apos;ultima volta il %1</translation>
    </message>
    <message>
        <source>Recalls in force</source>
        <translation>Richiami in corso</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>scade il %1</translation>
    </message>
    <message>
        <source>low stock: %1 left</source>
        <translation>scorta bassa: restano %1</translation>
    </message>
    <message>
        <source>Lots expiring or low</source>
        <translation>Lotti in scadenza o con scorta bassa</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation>Account utente</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Ruolo dell&apos;utente selezionato</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Imposta &amp;ruolo</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Imposta &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Lift the lockout after failed sign-ins before it ends</source>
        <translation>Rimuovere il blocco dovuto agli accessi falliti prima che scada</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ripeti la password</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Aggiungi account</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Attiva</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>le due password non coincidono</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Account %1 aggiunto.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ora è %2.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Imposta password</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Nuova password per %1:</translation>
    </message>
    <message>
        <source>Password set for %1.</source>
        <translation>Password impostata per %1.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 disattivato.</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 attivato.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 può di nuovo accedere.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>locked after failed sign-ins</source>
        <translation>bloccato dopo accessi falliti</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disattivato</translation>
    </message>
</context>
<context>
    <name>_LockCover</name>
    <message>
        <source>Locked. Unlock in the main MesoDesk window; nothing you typed here is lost.</source>
        <translation>Bloccato. Sbloccare nella finestra principale di MesoDesk; nulla di ciò che è stato digitato qui va perso.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
</context>
<context>
    <name>_ReportDialogBase</name>
    <message>
        <source>Save PDF…</source>
        <extracomment>What a dialog&apos;s Save runs: its progress title and the work (target path, progress) -&gt; the written file.</extracomment>
        <translation>Salva PDF…</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Salva il PDF come</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparazione del PDF…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
    <message>
        <source>Saved to {path}. No PDF viewer could be opened.</source>
        <translation>Salvato in {path}. Non è stato possibile aprire un visualizzatore PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Non è stato possibile creare il PDF.</translation>
    </message>
    <message>
        <source>Cannot make the PDF</source>
        <translation>Impossibile creare il PDF</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Scelte</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Altri strumenti</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Cannot do that</source>
        <translation>Operazione non possibile</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>I dettagli sono stati scritti in %1.</translation>
    </message>
    <message>
        <source>The details were written to the log file.</source>
        <translation>I dettagli sono stati scritti nel file di log.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Si è verificato un errore</translation>
    </message>
    <message>
        <source>Something went wrong; MesoDesk keeps running.</source>
        <translation>Si è verificato un errore; MesoDesk continua a funzionare.</translation>
    </message>
    <message>
        <source>If it happens again, please send that file to your support contact.</source>
        <translation>Se succede di nuovo, inviare quel file al proprio referente dell&apos;assistenza.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>The database could not be opened (%1). The details were written to the log file.</source>
        <translation>Non è stato possibile aprire il database (%1). I dettagli sono stati scritti nel file di log.</translation>
    </message>
    <message>
        <source>The database could not be checked (%1). The details were written to the log file.</source>
        <translation>Non è stato possibile verificare il database (%1). I dettagli sono stati scritti nel file di log.</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>Il database non può essere usato</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1)? The current file is kept aside under another name.</source>
        <translation>Ripristinare il backup valido più recente (%1)? Il file attuale viene messo da parte con un altro nome.</translation>
    </message>
    <message>
        <source>That passphrase did not open the database. Try again:</source>
        <translation>Questa passphrase non ha aperto il database. Riprovare:</translation>
    </message>
    <message>
        <source>This database is encrypted. Enter its passphrase:</source>
        <translation>Questo database è cifrato. Inserire la passphrase:</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Database cifrato</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Non è stato possibile ripristinare il backup</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backup in corso</translation>
    </message>
    <message>
        <source>Qt cannot be used</source>
        <translation>Qt non può essere usato</translation>
    </message>
    <message>
        <source>Demo clinic: sign in as admin, password mesodesk.</source>
        <translation>Clinica dimostrativa: accedere come admin, password mesodesk.</translation>
    </message>
    <message>
        <source>PySide6 {pyside} on Python {python} loses a reference on every Qt call, and MesoDesk would abort after a few minutes of use.

Install another release of PySide6 (for example: pip install &apos;PySide6-Essentials!=6.12.0&apos;), or run MesoDesk on Python 3.12 or newer.</source>
        <translation>PySide6 {pyside} su Python {python} perde un riferimento a ogni chiamata Qt, e MesoDesk si interromperebbe dopo pochi minuti di utilizzo.

Installate un’altra versione di PySide6 (per esempio: pip install &apos;PySide6-Essentials!=6.12.0&apos;), oppure usate MesoDesk con Python 3.12 o successivo.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Your role does not include clinical records.</source>
        <translation>Il proprio ruolo non comprende le cartelle cliniche.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Fronte</translation>
    </message>
    <message>
        <source>Periorbital</source>
        <translation>Perioculare</translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation>Guance</translation>
    </message>
    <message>
        <source>Nasolabial folds</source>
        <translation>Solchi nasogenieni</translation>
    </message>
    <message>
        <source>Perioral</source>
        <translation>Periorale</translation>
    </message>
    <message>
        <source>Jawline</source>
        <translation>Linea mandibolare</translation>
    </message>
    <message>
        <source>Full face</source>
        <translation>Viso intero</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Collo</translation>
    </message>
    <message>
        <source>Décolleté</source>
        <translation>Décolleté</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Mani</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Cuoio capelluto</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Addome</translation>
    </message>
    <message>
        <source>Flanks</source>
        <translation>Fianchi</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Cosce</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Glutei</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Braccia</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Ginocchia</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Ecchimosi</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Gonfiore</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Arrossamento</translation>
    </message>
    <message>
        <source>Pain / discomfort</source>
        <translation>Dolore / fastidio</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Prurito</translation>
    </message>
    <message>
        <source>Hives / wheals</source>
        <translation>Orticaria / pomfi</translation>
    </message>
    <message>
        <source>Nodules / granulomas</source>
        <translation>Noduli / granulomi</translation>
    </message>
    <message>
        <source>Telangiectasia</source>
        <translation>Teleangectasie</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infezione</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Nausea</translation>
    </message>
    <message>
        <source>Difficulty breathing / anaphylaxis</source>
        <translation>Difficoltà respiratoria / anafilassi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Lieve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderata</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Pericolosa per la vita</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Firmata</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Course session</source>
        <translation>Seduta del ciclo</translation>
    </message>
    <message>
        <source>Maintenance session</source>
        <translation>Seduta di mantenimento</translation>
    </message>
    <message>
        <source>Check call</source>
        <translation>Telefonata di controllo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Visita di controllo</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Messaggio lasciato</translation>
    </message>
    <message>
        <source>Nappage</source>
        <translation>Nappage</translation>
    </message>
    <message>
        <source>Papules</source>
        <translation>Pomfi</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineare</translation>
    </message>
    <message>
        <source>Point by point</source>
        <translation>Punto per punto</translation>
    </message>
    <message>
        <source>Syringe</source>
        <translation>Siringa</translation>
    </message>
    <message>
        <source>Injector gun</source>
        <translation>Pistola per mesoterapia</translation>
    </message>
    <message>
        <source>Multi-injector</source>
        <translation>Multiniettore</translation>
    </message>
    <message>
        <source>Anticoagulants</source>
        <translation>Anticoagulanti</translation>
    </message>
    <message>
        <source>NSAIDs</source>
        <translation>FANS</translation>
    </message>
    <message>
        <source>Supplements raising bruising risk</source>
        <translation>Integratori che aumentano il rischio di ecchimosi</translation>
    </message>
    <message>
        <source>Pregnant or breast-feeding</source>
        <translation>In gravidanza o allattamento</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Malattia autoimmune</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendenza ai cheloidi</translation>
    </message>
    <message>
        <source>Active skin infection</source>
        <translation>Infezione cutanea attiva</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reazione</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cannot do that</source>
        <translation>Operazione non possibile</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Si è verificato un errore</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file; nothing else was changed.</source>
        <translation>Si è verificato un errore. I dettagli sono stati scritti nel file di log; nient&apos;altro è stato modificato.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificato da un altro utente</translation>
    </message>
    <message>
        <source>It was changed in another window or on another workstation. Reload the current record? Your changes in this window will be replaced; copy anything you need first.</source>
        <translation>È stato modificato in un&apos;altra finestra o su un&apos;altra postazione. Ricaricare il record attuale? Le modifiche in questa finestra saranno sostituite; copiare prima ciò che serve.</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» non è un numero</translation>
    </message>
</context>
</TS>
