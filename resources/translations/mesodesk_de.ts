<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AlertBanner</name>
    <message>
        <source>Patient alerts</source>
        <translation>Patientenwarnungen</translation>
    </message>
    <message>
        <source>⚠ ALERT</source>
        <translation>⚠ WARNUNG</translation>
    </message>
</context>
<context>
    <name>AllergyFromReactionDialog</name>
    <message>
        <source>Add an allergy</source>
        <translation>Allergie hinzufügen</translation>
    </message>
    <message>
        <source>Record the substance the patient reacted to. It will be shown as an alert and checked against the products of every future session.</source>
        <translation>Erfassen Sie die Substanz, auf die der Patient reagiert hat. Sie wird als Warnung angezeigt und mit den Präparaten jeder künftigen Sitzung abgeglichen.</translation>
    </message>
    <message>
        <source>e.g. lidocaine</source>
        <translation>z. B. Lidocain</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Substanz:</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reaktion:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Allergie hinzufügen</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a signed session</source>
        <translation>Signierte Sitzung korrigieren</translation>
    </message>
    <message>
        <source>This session has been signed off. The original stays in the record; please say why it is being changed.</source>
        <translation>Diese Sitzung wurde signiert. Das Original bleibt in der Akte; bitte geben Sie an, warum sie geändert wird.</translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation>&amp;Grund der Korrektur:</translation>
    </message>
    <message>
        <source>e.g. wrong lot number entered; corrected from the vial label</source>
        <translation>z. B. falsche Chargennummer eingegeben; nach dem Etikett der Ampulle korrigiert</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Ein Grund ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>AnchorsModel</name>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Nummer des Datensatzes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Einzelheiten des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Weitere laden</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>Type a date.</source>
        <translation>Bitte ein Datum eingeben.</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>The details of this entry were erased with the patient&apos;s record.</source>
        <translation>Die Einzelheiten dieses Eintrags wurden mit der Akte des Patienten gelöscht.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Keine Einzelheiten.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Änderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>Änderungsprotokoll wird exportiert</translation>
    </message>
    <message>
        <source>%1 entries exported.</source>
        <translation>%1 Einträge exportiert.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(details erased)</source>
        <translation>(Einzelheiten gelöscht)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>Datensicherung und Wiederherstellung</translation>
    </message>
    <message>
        <source>Backups are made automatically every day and when MesoDesk closes, and kept in %1 (the last 7 days, 4 weeks and 12 months). Each is checked after it is written.</source>
        <translation>Datensicherungen werden täglich und beim Beenden von MesoDesk automatisch erstellt und in %1 aufbewahrt (die letzten 7 Tage, 4 Wochen und 12 Monate). Jede wird nach dem Schreiben geprüft.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Datensicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>Auswahl &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Aus &amp;Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Nur ein Administrator kann eine Datensicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Datenbank wird kopiert</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sicherung geschrieben und geprüft: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Datensicherung wiederherstellen</translation>
    </message>
    <message>
        <source>MesoDesk backups (*.sqlite3 *.pgdump);;All files (*)</source>
        <translation>MesoDesk-Sicherungen (*.sqlite3 *.pgdump);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup of %1. Everything saved since then will no longer be shown (the current database is kept aside under another name, not deleted).

Restore it?</source>
        <translation>Die Datenbank wird durch die Sicherung vom %1 ersetzt. Alles, was seitdem gespeichert wurde, wird nicht mehr angezeigt (die aktuelle Datenbank wird unter anderem Namen beiseitegelegt, nicht gelöscht).

Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Bringing the database up to date</source>
        <translation>Datenbank wird aktualisiert</translation>
    </message>
    <message>
        <source>Restored from %1. The previous database was kept:%2</source>
        <translation>Aus %1 wiederhergestellt. Die vorherige Datenbank wurde aufbewahrt:%2</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>beim Beenden</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einem Update</translation>
    </message>
</context>
<context>
    <name>BandsModel</name>
    <message>
        <source>From</source>
        <extracomment>Anchor wording is offered for items of at most this many scores (a 0-100 scale has none).</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <extracomment>What the catalogue shows; sessions are there because recording one uses stock.</extracomment>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Präparate</translation>
    </message>
    <message>
        <source>&amp;Lots and stock</source>
        <translation>&amp;Chargen und Bestand</translation>
    </message>
    <message>
        <source>&amp;Formulas</source>
        <translation>&amp;Rezepturen</translation>
    </message>
    <message>
        <source>P&amp;rotocols</source>
        <translation>Pro&amp;tokolle</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Präparate</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Some catalogue entries have changes that are not saved. Discard them?</source>
        <translation>Einige Katalogeinträge haben nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>CatalogueModels</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Active ingredient</source>
        <translation>Wirkstoff</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Low stock at</source>
        <translation>Mindestbestand</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>RECALLED: %1</source>
        <translation>ZURÜCKGERUFEN: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>VERFALLEN</translation>
    </message>
    <message>
        <source>Recall from %1</source>
        <translation>Rückruf ab %1</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Verfällt bald</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>niedriger Bestand</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Verwendbar</translation>
    </message>
    <message>
        <source>Recalled on %1: %2</source>
        <translation>Zurückgerufen am %1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Bestandteile</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Individuell</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areale</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>%1 × every %2 d</source>
        <translation>%1 × alle %2 T.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
</context>
<context>
    <name>ChartContent</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <extracomment>The medical-history risk factors, in the order shown (labels: ``label(&quot;risk&quot;, key)``).</extracomment>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren am %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Akte %1</translation>
    </message>
    <message>
        <source>Fitzpatrick %1</source>
        <translation>Fitzpatrick %1</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVIERT</translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation>Keine Kontaktdaten</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Zusammengeführt aus: %1</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Noch kein Foto</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto von %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Next due %1</source>
        <translation>Nächste Fälligkeit %1</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
    <message>
        <source>Medical history never reviewed</source>
        <translation>Anamnese nie geprüft</translation>
    </message>
    <message>
        <source>History reviewed %1</source>
        <translation>Anamnese geprüft am %1</translation>
    </message>
    <message>
        <source>no area</source>
        <translation>kein Areal</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>Reaction: %1 (%2)</source>
        <translation>Reaktion: %1 (%2)</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>abgeklungen am %1</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>noch nicht abgeklungen</translation>
    </message>
    <message>
        <source>Consent signed: %1</source>
        <translation>Einwilligung unterschrieben: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan started: %1</source>
        <translation>Plan begonnen: %1</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>Nächste Fälligkeit: %1</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>Zuletzt geprüft am %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Tiefe (mm)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
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
        <translation>Praxisberichte</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Nachkontrollen</translation>
    </message>
    <message>
        <source>Reactions by product, lot, practitioner and area</source>
        <translation>Reaktionen nach Präparat, Charge, Behandler und Areal</translation>
    </message>
    <message>
        <source>Lot recall: who received a lot</source>
        <translation>Chargenrückruf: wer eine Charge erhalten hat</translation>
    </message>
    <message>
        <source>Activity by period</source>
        <translation>Aktivität nach Zeitraum</translation>
    </message>
    <message>
        <source>Outcomes: benefit beside risk (courses starting in the period)</source>
        <translation>Ergebnisse: Nutzen neben Risiko (im Zeitraum begonnene Kuren)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Lot number, e.g. HA-2310</source>
        <translation>Chargennummer, z. B. HA-2310</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Rezeptur</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <source>Also write the per-course CSV for a statistician (beside the PDF)</source>
        <translation>Zusätzlich die CSV-Datei pro Kur für eine Statistikerin oder einen Statistiker schreiben (neben dem PDF)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>One row per</source>
        <translation>Eine Zeile pro</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Enter the lot number.</source>
        <translation>Geben Sie die Chargennummer ein.</translation>
    </message>
    <message>
        <source>Printing the recall list</source>
        <translation>Rückrufliste wird gedruckt</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
    <message>
        <source>Printing the follow-ups</source>
        <translation>Nachkontrollen werden gedruckt</translation>
    </message>
    <message>
        <source>Printing the outcomes report</source>
        <translation>Ergebnisbericht wird gedruckt</translation>
    </message>
    <message>
        <source>Printing the reactions report</source>
        <translation>Reaktionsbericht wird gedruckt</translation>
    </message>
    <message>
        <source>Printing the activity report</source>
        <translation>Aktivitätsbericht wird gedruckt</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Praxiseinstellungen</translation>
    </message>
    <message>
        <source>Load logo…</source>
        <translation>Logo laden…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source> days before expiry</source>
        <translation> Tage vor dem Verfall</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> Minuten Inaktivität</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Name der Praxis:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Pa&amp;per size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>File number &amp;prefix:</source>
        <translation>&amp;Präfix der Patientennummer:</translation>
    </message>
    <message>
        <source>&amp;Warn about lots:</source>
        <translation>&amp;Warnung bei Chargen:</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>Bildschirm &amp;sperren nach:</translation>
    </message>
    <message>
        <source>These details appear on every printed document. Only an administrator can change them.</source>
        <translation>Diese Angaben erscheinen auf jedem gedruckten Dokument. Nur ein Administrator kann sie ändern.</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Praxis</translation>
    </message>
    <message>
        <source>&amp;Safety and privacy</source>
        <translation>&amp;Sicherheit und Datenschutz</translation>
    </message>
    <message>
        <source>Required (sign-off refused)</source>
        <translation>Erforderlich (Signieren verweigert)</translation>
    </message>
    <message>
        <source>Warn (sign off with a reason)</source>
        <translation>Warnen (Signieren mit Begründung)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Any practitioner (with a reason)</source>
        <translation>Jeder Behandler (mit Begründung)</translation>
    </message>
    <message>
        <source>Keep the GPS position and other location tags</source>
        <translation>GPS-Position und andere Ortsangaben behalten</translation>
    </message>
    <message>
        <source> failed sign-ins in a row</source>
        <translation> fehlgeschlagenen Anmeldungen in Folge</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Signed &amp;consent on file:</source>
        <translation>Unterschriebene &amp;Einwilligung in der Akte:</translation>
    </message>
    <message>
        <source>Medical &amp;history reviewed:</source>
        <translation>&amp;Anamnese geprüft:</translation>
    </message>
    <message>
        <source>… within the last:</source>
        <translation>… innerhalb der letzten:</translation>
    </message>
    <message>
        <source>&amp;Risks and allergies:</source>
        <translation>&amp;Risiken und Allergien:</translation>
    </message>
    <message>
        <source>Amend a colleague&apos;s &amp;signed session:</source>
        <translation>&amp;Signierte Sitzung eines Kollegen korrigieren:</translation>
    </message>
    <message>
        <source>Imported &amp;photos:</source>
        <translation>Importierte &amp;Fotos:</translation>
    </message>
    <message>
        <source>Lock a user &amp;name after:</source>
        <translation>Benutzer&amp;namen sperren nach:</translation>
    </message>
    <message>
        <source>… for:</source>
        <translation>… für:</translation>
    </message>
    <message>
        <source>Checked when a session is signed off. Risks are pregnancy or breast-feeding, anticoagulants, an active skin infection, a keloid tendency and allergies to what the session uses. A warning can be overridden with a reason, which is kept with the session and printed on it.</source>
        <translation>Wird beim Signieren einer Sitzung geprüft. Risiken sind Schwangerschaft oder Stillzeit, Antikoagulanzien, eine aktive Hautinfektion, Neigung zu Keloiden und Allergien gegen das, was die Sitzung verwendet. Eine Warnung kann mit einer Begründung übergangen werden, die mit der Sitzung gespeichert und auf ihr gedruckt wird.</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Logo der Praxis wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>this file is not a PNG or JPEG image</source>
        <translation>diese Datei ist kein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Administrators only</source>
        <translation>Nur Administratoren</translation>
    </message>
    <message>
        <source>Only an administrator can change the clinic settings.</source>
        <translation>Nur ein Administrator kann die Praxiseinstellungen ändern.</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Discard them?</source>
        <translation>Die Einstellungen haben nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent — %1 %2</source>
        <translation>Einwilligung — %1 %2</translation>
    </message>
    <message>
        <source>Consent &amp;text:</source>
        <translation>Einwilligungs&amp;text:</translation>
    </message>
    <message>
        <source>No consent text has been set up for this clinic yet.</source>
        <translation>Für diese Praxis wurde noch kein Einwilligungstext eingerichtet.</translation>
    </message>
    <message>
        <source>Create version 1 from the standard text</source>
        <translation>Version 1 aus dem Standardtext erstellen</translation>
    </message>
    <message>
        <source>Text of the consent</source>
        <translation>Text der Einwilligung</translation>
    </message>
    <message>
        <source>Bruising, swelling, redness and discomfort at the injection sites; itching, wheals, nodules, small visible vessels, infection, nausea; rarely an allergic reaction, exceptionally severe.</source>
        <translation>Hämatome, Schwellung, Rötung und Beschwerden an den Einstichstellen; Juckreiz, Quaddeln, Knötchen, kleine sichtbare Gefäße, Infektion, Übelkeit; selten eine allergische Reaktion, in Ausnahmefällen schwer.</translation>
    </message>
    <message>
        <source>Improved skin hydration, elasticity and radiance; softer fine lines. Results vary and are not permanent: a course of sessions then maintenance is needed. Alternatives were discussed.</source>
        <translation>Bessere Feuchtigkeit, Elastizität und Ausstrahlung der Haut; feine Linien gemildert. Die Ergebnisse sind unterschiedlich und nicht dauerhaft: Eine Kur und danach Erhaltungsbehandlungen sind nötig. Alternativen wurden besprochen.</translation>
    </message>
    <message>
        <source>&amp;Risks discussed:</source>
        <translation>Besprochene &amp;Risiken:</translation>
    </message>
    <message>
        <source>&amp;Benefits discussed:</source>
        <translation>Besprochener &amp;Nutzen:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Behandler:</translation>
    </message>
    <message>
        <source>Patient&apos;s signature (%1 %2):</source>
        <translation>Unterschrift des Patienten (%1 %2):</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Load scanned signature…</source>
        <translation>Gescannte Unterschrift laden…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Consent to mesotherapy treatment</source>
        <translation>Einwilligung in die Mesotherapie-Behandlung</translation>
    </message>
    <message>
        <source>Load a scanned signature</source>
        <translation>Gescannte Unterschrift laden</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>This file is not an image that can be read.</source>
        <translation>Diese Datei ist kein lesbares Bild.</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Gescannte Unterschrift</translation>
    </message>
    <message>
        <source>Signed on screen</source>
        <translation>Am Bildschirm unterschrieben</translation>
    </message>
    <message>
        <source>choose the consent text the patient read</source>
        <translation>wählen Sie den Einwilligungstext, den der Patient gelesen hat</translation>
    </message>
    <message>
        <source>This consent is not recorded yet. Discard it?</source>
        <translation>Diese Einwilligung ist noch nicht erfasst. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>gezeichnet</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>gescannt</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Datum in einem Kalender wählen</translation>
    </message>
    <message>
        <source>e.g. %1 or %2</source>
        <translation>z. B. %1 oder %2</translation>
    </message>
</context>
<context>
    <name>DefinitionEditor</name>
    <message>
        <source>lower-case letters, digits, _</source>
        <translation>Kleinbuchstaben, Ziffern, _</translation>
    </message>
    <message>
        <source>The code exports and reports use; it cannot be changed once the entry is added.</source>
        <translation>Der Code, den Exporte und Berichte verwenden; er kann nach dem Anlegen nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>DefinitionsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Range or unit</source>
        <translation>Bereich oder Einheit</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>This patient may already be on file</source>
        <translation>Dieser Patient ist möglicherweise schon erfasst</translation>
    </message>
    <message>
        <source>These records look like the same person. Open the existing record rather than create a second one: its allergies and alerts would be missing from a duplicate.</source>
        <translation>Diese Akten scheinen dieselbe Person zu betreffen. Öffnen Sie die vorhandene Akte, statt eine zweite anzulegen: Einem Duplikat würden ihre Allergien und Warnungen fehlen.</translation>
    </message>
    <message>
        <source>same date of birth and a similar name</source>
        <translation>gleiches Geburtsdatum und ähnlicher Name</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren am %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Reason to save a separate record (e.g. twin sister), kept in the audit trail</source>
        <translation>Grund für eine eigene Akte (z. B. Zwillingsschwester), wird im Änderungsprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Open the selected record</source>
        <translation>Ausgewählte Akte ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>&amp;Create a new record anyway</source>
        <translation>Trotzdem eine neue Akte &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Give the reason for a separate record.</source>
        <translation>Geben Sie den Grund für eine eigene Akte an.</translation>
    </message>
</context>
<context>
    <name>EditorFrameMixin</name>
    <message>
        <source>File %1 · born %2 (%3 years)</source>
        <translation>Akte %1 · geboren am %2 (%3 Jahre)</translation>
    </message>
    <message>
        <source>Please check before saving</source>
        <translation>Bitte vor dem Speichern prüfen</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Go back and change</source>
        <translation>Zurück und ändern</translation>
    </message>
    <message>
        <source>Save and sign &amp;off</source>
        <translation>Speichern und &amp;signieren</translation>
    </message>
    <message>
        <source>After sign-off, changes need an amendment with a reason</source>
        <translation>Nach dem Signieren erfordern Änderungen eine begründete Korrektur</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation>Sitzung speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Area %1 (%2), %3: %4</source>
        <translation>Areal %1 (%2), %3: %4</translation>
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
        <translation>Patienten löschen</translation>
    </message>
    <message>
        <source>Erasing removes this patient and everything about them for good: sessions, injection maps, photos, consents, reactions, follow-ups, and the details of their audit entries. It cannot be undone. Backups made before today still hold the patient until they are rotated away.

Archive the patient instead unless the record must be erased (for example, at the patient&apos;s request under data-protection law).</source>
        <translation>Das Löschen entfernt diesen Patienten und alles über ihn endgültig: Sitzungen, Injektionsschemata, Fotos, Einwilligungen, Reaktionen, Nachkontrollen und die Einzelheiten seiner Einträge im Änderungsprotokoll. Dies kann nicht rückgängig gemacht werden. Datensicherungen von vor heute enthalten den Patienten noch, bis sie turnusmäßig entfernt werden.

Archivieren Sie den Patienten stattdessen, es sei denn, die Akte muss gelöscht werden (zum Beispiel auf Wunsch des Patienten nach dem Datenschutzrecht).</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Open a patient&apos;s chart first.</source>
        <translation>Öffnen Sie zuerst die Akte eines Patienten.</translation>
    </message>
    <message>
        <source>Only an administrator can erase a patient.</source>
        <translation>Nur ein Administrator kann einen Patienten löschen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;, file number %3, born %4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;, Patientennummer %3, geboren am %4</translation>
    </message>
    <message>
        <source>Type the file number (%1) to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Patientennummer (%1) ein:</translation>
    </message>
    <message>
        <source>Erasing the patient</source>
        <translation>Patient wird gelöscht</translation>
    </message>
</context>
<context>
    <name>ExportPatientDialog</name>
    <message>
        <source>Export the record of {name}</source>
        <translation>Akte von {name} exportieren</translation>
    </message>
    <message>
        <source>Everything the clinic holds about {name} ({file_no}): identity, history, allergies, consents, sessions, reactions, follow-ups, photos and the audit trail. The file holds health data: keep it safe.</source>
        <translation>Alles, was die Praxis über {name} ({file_no}) gespeichert hat: Personalien, Anamnese, Allergien, Einwilligungen, Sitzungen, Reaktionen, Nachkontrollen, Fotos und Änderungsprotokoll. Die Datei enthält Gesundheitsdaten: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Complete record (MesoDesk JSON)</source>
        <translation>Vollständige Akte (MesoDesk-JSON)</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (for another health record system)</source>
        <translation>FHIR-R4-Bundle (für ein anderes Patientenaktensystem)</translation>
    </message>
    <message>
        <source>As a &amp;transaction (to upload to a FHIR server)</source>
        <translation>Als &amp;Transaktion (zum Hochladen auf einen FHIR-Server)</translation>
    </message>
    <message>
        <source>Each resource with a PUT request: uploading it twice updates instead of duplicating.</source>
        <translation>Jede Ressource mit einer PUT-Anfrage: Zweimaliges Hochladen aktualisiert, statt zu duplizieren.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Please wait: the file is being written.</source>
        <translation>Bitte warten: Die Datei wird geschrieben.</translation>
    </message>
    <message>
        <source>Save the record as</source>
        <translation>Akte speichern unter</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert wird.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Exporting the record</source>
        <translation>Akte wird exportiert</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab separated), an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods). The first row must hold the column names.</source>
        <translation>Eine CSV-Datei (durch Komma, Semikolon oder Tabulator getrennt), eine Excel-Arbeitsmappe (.xlsx) oder eine OpenDocument-Tabelle (.ods). Die erste Zeile muss die Spaltennamen enthalten.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel CSV UTF-8)</source>
        <translation>UTF-8 mit BOM (Excel CSV UTF-8)</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel CSV)</source>
        <translation>Windows-1252 (Excel CSV)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (Unicode-Text)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>Zu importierende Tabelle</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file has column names but no patients.</source>
        <translation>Die Datei hat Spaltennamen, aber keine Patienten.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to MesoDesk</source>
        <translation>Willkommen bei MesoDesk</translation>
    </message>
    <message>
        <source>This database is new. How would you like to start?</source>
        <translation>Diese Datenbank ist neu. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Demo-Praxis</translation>
    </message>
    <message>
        <source>%1 invented patients with sessions, reactions and follow-ups, to explore MesoDesk. Not for real patients.</source>
        <translation>%1 erfundene Patienten mit Sitzungen, Reaktionen und Nachkontrollen, um MesoDesk kennenzulernen. Nicht für echte Patienten.</translation>
    </message>
    <message>
        <source>Empty clinic</source>
        <translation>Leere Praxis</translation>
    </message>
    <message>
        <source>Start your own clinic: its name and the administrator&apos;s account.</source>
        <translation>Richten Sie Ihre eigene Praxis ein: ihren Namen und das Konto des Administrators.</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Name der Praxis</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name</source>
        <translation>&amp;Benutzername des Administrators</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name</source>
        <translation>&amp;Vollständiger Name des Administrators</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>The administrator manages users, settings and backups, and can record treatments. Choose a password of at least 8 characters.</source>
        <translation>Der Administrator verwaltet Benutzer, Einstellungen und Datensicherungen und kann Behandlungen erfassen. Wählen Sie ein Passwort mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Create clinic</source>
        <translation>Praxis &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Continue to sign in</source>
        <translation>Weiter zur Anmeldung</translation>
    </message>
    <message>
        <source>Creating the demo clinic…</source>
        <translation>Demo-Praxis wird erstellt…</translation>
    </message>
    <message>
        <source>The demo clinic is ready.</source>
        <translation>Die Demo-Praxis ist bereit.</translation>
    </message>
    <message>
        <source>Sign in as &lt;b&gt;admin&lt;/b&gt; with the password &lt;b&gt;mesodesk&lt;/b&gt;. Other demo accounts: dr.martin, dr.rossi, dr.nowak (practitioners) and claire (assistant), same password.</source>
        <translation>Melden Sie sich als &lt;b&gt;admin&lt;/b&gt; mit dem Passwort &lt;b&gt;mesodesk&lt;/b&gt; an. Weitere Demo-Konten: dr.martin, dr.rossi, dr.nowak (Behandler) und claire (Assistenz), gleiches Passwort.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <source>Your clinic is ready.</source>
        <translation>Ihre Praxis ist bereit.</translation>
    </message>
    <message>
        <source>Sign in as &lt;b&gt;%1&lt;/b&gt; with the password you chose.</source>
        <translation>Melden Sie sich als &lt;b&gt;%1&lt;/b&gt; mit dem gewählten Passwort an.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachkontrolle</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>noch nicht angerufen</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsDashboard</name>
    <message>
        <source>Overdue</source>
        <extracomment>What the lists show: a change to any of these reloads them.</extracomment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Follow-ups: %1</source>
        <translation>Nachkontrollen: %1</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Anruf:</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>New date for the follow-up</source>
        <translation>Neues Datum der Nachkontrolle</translation>
    </message>
    <message>
        <source>Reschedule to</source>
        <translation>Verschieben auf</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Patient öffnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Überfällig (%1)</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Heute fällig (%1)</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Diese Woche (%1)</translation>
    </message>
    <message>
        <source>Type the new date.</source>
        <translation>Bitte das neue Datum eingeben.</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Sie haben nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>FormulasTabMixin</name>
    <message>
        <source>Formulas</source>
        <translation>Rezepturen</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Rezeptur</translation>
    </message>
    <message>
        <source>Standard formula (offered in the session editor)</source>
        <translation>Standardrezeptur (im Sitzungseditor angeboten)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Ingredients of the formula</source>
        <translation>Bestandteile der Rezeptur</translation>
    </message>
    <message>
        <source>Ingredients:</source>
        <translation>Bestandteile:</translation>
    </message>
    <message>
        <source>Add ingredient</source>
        <translation>Bestandteil hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New formula</source>
        <translation>Neue Rezeptur</translation>
    </message>
    <message>
        <source>Save formula</source>
        <translation>Rezeptur speichern</translation>
    </message>
    <message>
        <source>add a product first</source>
        <translation>zuerst ein Präparat anlegen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Medical history and allergies</source>
        <translation>Anamnese und Allergien</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risikofaktoren</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Medikamente</translation>
    </message>
    <message>
        <source>O&amp;ther</source>
        <translation>&amp;Sonstiges</translation>
    </message>
    <message>
        <source>Allergies (saved as soon as added or removed)</source>
        <translation>Allergien (werden beim Hinzufügen oder Entfernen sofort gespeichert)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Substance of the new allergy</source>
        <translation>Stoff der neuen Allergie</translation>
    </message>
    <message>
        <source>Substance, e.g. lidocaine</source>
        <translation>Substanz, z. B. Lidocain</translation>
    </message>
    <message>
        <source>Reaction to the substance</source>
        <translation>Reaktion auf den Stoff</translation>
    </message>
    <message>
        <source>Reaction, e.g. hives</source>
        <translation>Reaktion, z. B. Nesselsucht</translation>
    </message>
    <message>
        <source>Severity of the allergy</source>
        <translation>Schweregrad der Allergie</translation>
    </message>
    <message>
        <source>&amp;Add allergy</source>
        <translation>Allergie &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>Save as &amp;reviewed today</source>
        <translation>Als heute &amp;geprüft speichern</translation>
    </message>
    <message>
        <source>&amp;Save without review</source>
        <translation>&amp;Ohne Prüfung speichern</translation>
    </message>
    <message>
        <source>Medical history and allergies — %1</source>
        <translation>Anamnese und Allergien — %1</translation>
    </message>
    <message>
        <source>This medical history has never been reviewed.</source>
        <translation>Diese Anamnese wurde noch nie geprüft.</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>Zuletzt geprüft am %1</translation>
    </message>
    <message>
        <source>Remove allergy</source>
        <translation>Allergie entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the patient&apos;s allergies?</source>
        <translation>„%1“ aus den Allergien des Patienten entfernen?</translation>
    </message>
</context>
<context>
    <name>HistoryPageMixin</name>
    <message>
        <source>Changes to this session</source>
        <translation>Änderungen an dieser Sitzung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation>Signiert von %1 am %2.</translation>
    </message>
    <message>
        <source>Draft: not signed off yet.</source>
        <translation>Entwurf: noch nicht signiert.</translation>
    </message>
    <message>
        <source>&amp;Amendments (%1)</source>
        <translation>&amp;Korrekturen (%1)</translation>
    </message>
    <message>
        <source>&amp;Amendments</source>
        <translation>&amp;Korrekturen</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>indications</source>
        <translation>Indikationen</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>Areale</translation>
    </message>
    <message>
        <source>products</source>
        <translation>Präparate</translation>
    </message>
    <message>
        <source>injection map</source>
        <translation>Injektionsschema</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>Rezeptur</translation>
    </message>
    <message>
        <source>anaesthesia</source>
        <translation>Anästhesie</translation>
    </message>
    <message>
        <source>immediate reactions</source>
        <translation>Sofortreaktionen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Importing patients… Nothing is saved until every row is done.</source>
        <translation>Patienten werden importiert… Nichts wird gespeichert, bevor alle Zeilen verarbeitet sind.</translation>
    </message>
    <message>
        <source>Importing patients</source>
        <translation>Patienten werden importiert</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>{n} patients imported. {left} rows were left out.</source>
        <translation>{n} Patienten importiert. {left} Zeilen wurden ausgelassen.</translation>
    </message>
    <message>
        <source>The import was cancelled: no patient was imported.</source>
        <translation>Der Import wurde abgebrochen: Es wurde kein Patient importiert.</translation>
    </message>
    <message>
        <source>The import failed: no patient was imported.</source>
        <translation>Der Import ist fehlgeschlagen: Es wurde kein Patient importiert.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>File number</source>
        <extracomment>A preview row: the file&apos;s row number and its cells (text, or a date from a workbook). A problem: the file&apos;s row number, the field&apos;s label, what is wrong.</extracomment>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Skin type (Fitzpatrick)</source>
        <translation>Hauttyp (Fitzpatrick)</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Kontraindikationen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datumsreihenfolge</translation>
    </message>
    <message>
        <source>Import patients</source>
        <extracomment>the clinic&apos;s locale: ambiguous dates (every one could be either order) are read as it writes them</extracomment>
        <translation>Patienten importieren</translation>
    </message>
</context>
<context>
    <name>InjectionMap</name>
    <message>
        <source>Face, front</source>
        <translation>Gesicht, frontal</translation>
    </message>
    <message>
        <source>Face, left side</source>
        <translation>Gesicht, linke Seite</translation>
    </message>
    <message>
        <source>Face, right side</source>
        <translation>Gesicht, rechte Seite</translation>
    </message>
    <message>
        <source>Neck and décolleté</source>
        <translation>Hals und Dekolleté</translation>
    </message>
    <message>
        <source>Scalp, top view</source>
        <translation>Kopfhaut, Ansicht von oben</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Körper, vorne</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Körper, hinten</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>%1 mm deep</source>
        <translation>%1 mm tief</translation>
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
        <translation>Markierung %1 löschen</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Click on the diagram to place an injection point</source>
        <translation>Klicken Sie auf das Schema, um einen Injektionspunkt zu setzen</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Press and drag on the diagram to mark a zone</source>
        <translation>Drücken und ziehen Sie auf dem Schema, um eine Zone zu markieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected mark (Delete key)</source>
        <translation>Ausgewählte Markierung löschen (Entf-Taste)</translation>
    </message>
    <message>
        <source>Injection map</source>
        <translation>Injektionsschema</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>Zone hinzufügen</translation>
    </message>
    <message>
        <source>The diagram with the numbered injection points. Click or press Insert to add a point; the arrow keys move the selected point (with Shift in larger steps), Delete removes it and Esc deselects it.</source>
        <translation>Das Schema mit den nummerierten Injektionspunkten. Klicken oder Einfg drücken fügt einen Punkt hinzu; die Pfeiltasten verschieben den ausgewählten Punkt (mit Umschalt in größeren Schritten), Entf löscht ihn und Esc hebt die Auswahl auf.</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Move mark</source>
        <translation>Markierung verschieben</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Change mark</source>
        <translation>Markierung ändern</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>mögliches Duplikat</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>MesoDesk is locked</source>
        <translation>MesoDesk ist gesperrt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Close this user&apos;s work and return to the sign-in window</source>
        <translation>Die Arbeit dieses Benutzers schließen und zum Anmeldefenster zurückkehren</translation>
    </message>
    <message>
        <source>Sign in as another user</source>
        <translation>Als anderer Benutzer anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to unlocking as %1</source>
        <translation>Zurück zum Entsperren als %1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>Another user signs in on this workstation</source>
        <translation>Ein anderer Benutzer meldet sich an diesem Arbeitsplatz an</translation>
    </message>
    <message>
        <source>Enter the user name of who is signing in.</source>
        <translation>Geben Sie den Benutzernamen der Person ein, die sich anmeldet.</translation>
    </message>
    <message>
        <source>Quit MesoDesk</source>
        <translation>MesoDesk beenden</translation>
    </message>
    <message>
        <source>%1 is signed out when you sign in; nothing of theirs stays on screen. Enter your user name and password.</source>
        <translation>%1 wird abgemeldet, sobald Sie sich anmelden; nichts davon bleibt auf dem Bildschirm. Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Patient data is hidden while MesoDesk is locked.
Enter the password of %1 (%2) to continue.</source>
        <translation>Patientendaten sind verborgen, solange MesoDesk gesperrt ist.
Geben Sie das Passwort von %1 (%2) ein, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>LockingMixin</name>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Falsches Passwort. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Passwort wird geprüft</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved (%2). %1 must unlock and save or discard them first; nothing was closed.</source>
        <translation>%1 hat nicht gespeicherte Änderungen (%2). %1 muss zuerst entsperren und sie speichern oder verwerfen; es wurde nichts geschlossen.</translation>
    </message>
</context>
<context>
    <name>LotsTabMixin</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>&amp;Zurückrufen…</translation>
    </message>
    <message>
        <source>Refuse the selected lot for every new session</source>
        <translation>Die ausgewählte Charge für jede neue Sitzung sperren</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Add a lot received</source>
        <translation>Erhaltene Charge hinzufügen</translation>
    </message>
    <message>
        <source>as printed on the vial</source>
        <translation>wie auf der Ampulle aufgedruckt</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>Prä&amp;parat:</translation>
    </message>
    <message>
        <source>Lot &amp;number:</source>
        <translation>Chargen&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>&amp;Verfallsdatum:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>&amp;Erhalten am:</translation>
    </message>
    <message>
        <source>Add lot</source>
        <translation>Charge hinzufügen</translation>
    </message>
    <message>
        <source>add a product first</source>
        <translation>zuerst ein Präparat anlegen</translation>
    </message>
    <message>
        <source>Select the lot to recall in the table.</source>
        <translation>Wählen Sie in der Tabelle die zurückzurufende Charge.</translation>
    </message>
    <message>
        <source>Lot %1 is already recalled.</source>
        <translation>Charge %1 ist bereits zurückgerufen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search: name, file no., phone or date of birth</source>
        <translation>Suche: Name, Patientennr., Telefon oder Geburtsdatum</translation>
    </message>
    <message>
        <source>Ctrl+F. ↑/↓ move in the list, Enter opens the chart.</source>
        <translation>Strg+F. ↑/↓ bewegt in der Liste, Eingabe öffnet die Akte.</translation>
    </message>
    <message>
        <source>MesoDesk is locked.</source>
        <translation>MesoDesk ist gesperrt.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachkontrollen</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>Patient arc&amp;hivieren…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Dialogs written elsewhere, imported only when first used: key -&gt; (module under mesodesk.gui, class). Signals of those dialogs after which everything is reloaded: a restore replaces the whole database (saves need no signal: every view follows the services&apos; change notification, gui/changes.py).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>The new language is used the next time MesoDesk starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von MesoDesk verwendet.</translation>
    </message>
    <message>
        <source>First %1 patients shown; type to narrow the list.</source>
        <translation>Die ersten %1 Patienten werden angezeigt; tippen Sie weiter, um die Liste einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s) found</source>
        <translation>
            <numerusform>%Ln Patient gefunden</numerusform>
            <numerusform>%Ln Patienten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient found. Ctrl+N registers a new one.</source>
        <translation>Kein Patient gefunden. Strg+N legt einen neuen an.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln Patient</numerusform>
            <numerusform>%Ln Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest&amp;ore patient…</source>
        <translation>Patient &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>This feature is not available in this version.</source>
        <translation>Diese Funktion ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>About MesoDesk</source>
        <translation>Über MesoDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MesoDesk %1&lt;/h3&gt;&lt;p&gt;Patient records for mesotherapy and aesthetic-injection clinics.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MesoDesk %1&lt;/h3&gt;&lt;p&gt;Patientenakten für Praxen für Mesotherapie und ästhetische Injektionen.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>What is due today: calls, sign-offs, reactions, stock (Alt+Home)</source>
        <translation>Was heute ansteht: Anrufe, Signaturen, Reaktionen, Bestand (Alt+Pos1)</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>Neuen Patienten anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>Patienten &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export patient record…</source>
        <translation>Patientenakte &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>Patient &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Neue &amp;Sitzung…</translation>
    </message>
    <message>
        <source>Record a treatment session (Ctrl+Shift+N)</source>
        <translation>Eine Behandlungssitzung erfassen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Record &amp;reaction…</source>
        <translation>&amp;Reaktion erfassen…</translation>
    </message>
    <message>
        <source>&amp;Plan a course…</source>
        <translation>&amp;Kur planen…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>&amp;Medical history and allergies…</source>
        <translation>&amp;Anamnese und Allergien…</translation>
    </message>
    <message>
        <source>C&amp;ompare photos…</source>
        <translation>Fotos &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>Patient arc&amp;hivieren…</translation>
    </message>
    <message>
        <source>Mer&amp;ge duplicate records…</source>
        <translation>Doppelte Akten &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Administrators: move a duplicate&apos;s records onto the record kept</source>
        <translation>Administratoren: die Einträge einer doppelten Akte in die behaltene Akte verschieben</translation>
    </message>
    <message>
        <source>&amp;Follow-ups dashboard</source>
        <translation>Übersicht &amp;Nachkontrollen</translation>
    </message>
    <message>
        <source>Calls and visits due (Ctrl+Shift+F)</source>
        <translation>Fällige Anrufe und Termine (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>&amp;Patient summary…</source>
        <translation>&amp;Patientenübersicht…</translation>
    </message>
    <message>
        <source>&amp;Clinic reports…</source>
        <translation>Praxis&amp;berichte…</translation>
    </message>
    <message>
        <source>Follow-ups, reactions, lot recalls, activity</source>
        <translation>Nachkontrollen, Reaktionen, Chargenrückrufe, Aktivität</translation>
    </message>
    <message>
        <source>&amp;Products and formulas…</source>
        <translation>&amp;Präparate und Rezepturen…</translation>
    </message>
    <message>
        <source>Products, lots and formulas</source>
        <translation>Präparate, Chargen und Rezepturen</translation>
    </message>
    <message>
        <source>&amp;Outcome scales and measures…</source>
        <translation>&amp;Ergebnisskalen und Messgrößen…</translation>
    </message>
    <message>
        <source>The validated scales and measures outcomes are recorded with, and the clinic&apos;s own</source>
        <translation>Die validierten Skalen und Messgrößen, mit denen Ergebnisse erfasst werden, und die eigenen der Praxis</translation>
    </message>
    <message>
        <source>&amp;Clinic settings…</source>
        <translation>Praxis&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Clinic name, address, logo, idle lock</source>
        <translation>Name, Adresse und Logo der Praxis, Sperre bei Inaktivität</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Änderungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>&amp;Datensicherung und Wiederherstellung…</translation>
    </message>
    <message>
        <source>&amp;Erase patient…</source>
        <translation>Patient &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;About MesoDesk</source>
        <translation>&amp;Über MesoDesk</translation>
    </message>
    <message>
        <source>&amp;Reset window layout</source>
        <translation>Fensteranordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Persönliche Einstellungen…</translation>
    </message>
    <message>
        <source>Language, appearance and search on this workstation</source>
        <translation>Sprache, Darstellung und Suche an diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Nachkontrollen</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Angemeldet: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MapPageMixin</name>
    <message>
        <source>The injection map is not available in this installation.</source>
        <translation>Das Injektionsschema ist in dieser Installation nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>MapPanelMixin</name>
    <message>
        <source>Select a mark to see and edit its depth, volume and product.</source>
        <translation>Wählen Sie eine Markierung, um Tiefe, Volumen und Präparat zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht angegeben</translation>
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
        <translation>Radius der Zone als Anteil an der Breite des Schemas</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 Zone</translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation>%1 Zonen</translation>
    </message>
    <message>
        <source>Total on this diagram: %1 ml</source>
        <translation>Summe auf diesem Schema: %1 ml</translation>
    </message>
    <message>
        <source>No marks on this diagram.</source>
        <translation>Keine Markierungen auf diesem Schema.</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Injection map</source>
        <translation>Injektionsschema</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>Product #%1</source>
        <translation>Präparat Nr. %1</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
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
        <translation>Drücken und ziehen, um eine Zone zu zeichnen (ein Klick ergibt eine Standardgröße) · eine Nummer ziehen, um sie zu verschieben · Entf löscht die ausgewählte Markierung · Mausrad zoomt · Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <source>Click or press Insert to place a point · drag a number to move it (or arrow keys) · Delete removes the selected mark · wheel zooms · Ctrl+Z undoes</source>
        <translation>Klicken oder Einfg drücken, um einen Punkt zu setzen · eine Nummer ziehen, um sie zu verschieben (oder Pfeiltasten) · Entf löscht die ausgewählte Markierung · Mausrad zoomt · Strg+Z macht rückgängig</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Columns with usual names are matched already. Choose the field for the others, or leave them out.</source>
        <translation>Spalten mit üblichen Namen sind bereits zugeordnet. Wählen Sie das Feld für die übrigen oder lassen Sie sie aus.</translation>
    </message>
    <message>
        <source>Find out from the file</source>
        <translation>Aus der Datei ermitteln</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/1980)</source>
        <translation>Tag/Monat/Jahr (31/12/1980)</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/1980)</source>
        <translation>Monat/Tag/Jahr (12/31/1980)</translation>
    </message>
    <message>
        <source>Year-month-day (1980-12-31)</source>
        <translation>Jahr-Monat-Tag (1980-12-31)</translation>
    </message>
    <message>
        <source>&amp;Dates are written</source>
        <translation>&amp;Datumsangaben sind geschrieben als</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Vorschau der ersten Zeilen:</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>{rows} rows · encoding {enc} · separator: {sep}</source>
        <translation>{rows} Zeilen · Kodierung {enc} · Trennzeichen: {sep}</translation>
    </message>
    <message>
        <source>{rows} rows · {kind} workbook, first sheet</source>
        <translation>{rows} Zeilen · {kind}-Arbeitsmappe, erstes Blatt</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(Spalte {n})</translation>
    </message>
    <message>
        <source>Still needed: {fields}</source>
        <translation>Noch erforderlich: {fields}</translation>
    </message>
</context>
<context>
    <name>MeasureDefinitionDialog</name>
    <message>
        <source>Add a measure</source>
        <translation>Messgröße hinzufügen</translation>
    </message>
    <message>
        <source>Change a measure</source>
        <translation>Messgröße ändern</translation>
    </message>
    <message>
        <source>A number taken at a visit, such as a device reading. It is stored with its unit and offered at once in every patient&apos;s Outcomes tab.</source>
        <translation>Eine bei einem Termin gemessene Zahl, etwa ein Gerätewert. Sie wird mit ihrer Einheit gespeichert und sofort im Reiter Ergebnisse jedes Patienten angeboten.</translation>
    </message>
    <message>
        <source>e.g. Skin hydration (corneometer)</source>
        <translation>z. B. Hautfeuchtigkeit (Corneometer)</translation>
    </message>
    <message>
        <source>e.g. AU, mm, %, kg</source>
        <translation>z. B. AU, mm, %, kg</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>optional, for exchange (e.g. mm, %, kg)</source>
        <translation>optional, für den Datenaustausch (z. B. mm, %, kg)</translation>
    </message>
    <message>
        <source>UCUM c&amp;ode:</source>
        <translation>UCUM-C&amp;ode:</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation>&amp;Lesart:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Lowest plausible value</source>
        <translation>Niedrigster plausibler Wert</translation>
    </message>
    <message>
        <source>Highest plausible value</source>
        <translation>Höchster plausibler Wert</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Plausible range:</source>
        <translation>&amp;Plausibler Bereich:</translation>
    </message>
    <message>
        <source>A value outside it is refused as a typo.</source>
        <translation>Ein Wert außerhalb wird als Tippfehler abgelehnt.</translation>
    </message>
    <message>
        <source>e.g. left cheek, 2 cm below the cheekbone; probe held 3 s</source>
        <translation>z. B. linke Wange, 2 cm unter dem Jochbein; Sonde 3 s aufgesetzt</translation>
    </message>
    <message>
        <source>&amp;Site and method:</source>
        <translation>&amp;Messstelle und Methode:</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <source>A patient counts as a responder when the value improved by at least this much.</source>
        <translation>Ein Patient gilt als Responder, wenn sich der Wert mindestens um so viel verbessert hat.</translation>
    </message>
    <message>
        <source>Responder when &amp;improved by:</source>
        <translation>Responder bei Verbesserung &amp;um:</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Messgröße anlegen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate records</source>
        <translation>Doppelte Akten zusammenführen</translation>
    </message>
    <message>
        <source>Choose the record to keep and its duplicate. Everything recorded on the duplicate moves to the record kept; the duplicate is then archived, not deleted.</source>
        <translation>Wählen Sie die zu behaltende Akte und ihr Duplikat. Alles, was im Duplikat erfasst ist, geht in die behaltene Akte über; das Duplikat wird danach archiviert, nicht gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Record to keep</source>
        <translation>&amp;Behaltene Akte</translation>
    </message>
    <message>
        <source>&amp;Duplicate (archived after the merge)</source>
        <translation>&amp;Duplikat (nach dem Zusammenführen archiviert)</translation>
    </message>
    <message>
        <source>Reason for the merge</source>
        <translation>Grund der Zusammenführung</translation>
    </message>
    <message>
        <source>Why these are the same person (required, kept in the audit trail)</source>
        <translation>Warum es dieselbe Person ist (Pflichtangabe, wird im Änderungsprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>Wählen Sie zwei verschiedene Akten.</translation>
    </message>
    <message>
        <source>Choose the record to keep and the duplicate.</source>
        <translation>Wählen Sie die zu behaltende Akte und das Duplikat.</translation>
    </message>
    <message>
        <source>Give the reason for the merge.</source>
        <translation>Geben Sie den Grund für das Zusammenführen an.</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into %3 (%4)?

Everything recorded on %2 moves to %4: sessions %5, consents %6, photos %7, and its allergies, reactions, plans and follow-ups. %2 is then archived, not deleted, and the merge is recorded in the audit trail.</source>
        <translation>%1 (%2) mit %3 (%4) zusammenführen?

Alles, was in %2 erfasst ist, geht in %4 über: Sitzungen %5, Einwilligungen %6, Fotos %7 sowie Allergien, Reaktionen, Pläne und Nachkontrollen. %2 wird danach archiviert, nicht gelöscht, und das Zusammenführen wird im Änderungsprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>NewClinicSecurityDialog</name>
    <message>
        <source>New clinic</source>
        <extracomment>The shortest passphrase accepted for a new encrypted clinic.</extracomment>
        <translation>Neue Praxis</translation>
    </message>
    <message>
        <source>Protect this clinic&apos;s records</source>
        <translation>Die Akten dieser Praxis schützen</translation>
    </message>
    <message>
        <source>MesoDesk is about to create a new clinic database:</source>
        <translation>MesoDesk legt gleich eine neue Praxisdatenbank an:</translation>
    </message>
    <message>
        <source>MesoDesk is about to create a new clinic database.</source>
        <translation>MesoDesk legt gleich eine neue Praxisdatenbank an.</translation>
    </message>
    <message>
        <source>Encryption makes the file, and its backups, unreadable without the passphrase, for example if the computer is lost or stolen. The choice is made now, when the clinic is created.</source>
        <translation>Die Verschlüsselung macht die Datei und ihre Sicherungen ohne die Passphrase unlesbar, zum Beispiel wenn der Computer verloren geht oder gestohlen wird. Die Wahl wird jetzt, beim Anlegen der Praxis, getroffen.</translation>
    </message>
    <message>
        <source>&amp;Encrypt this clinic&apos;s records (recommended on a laptop)</source>
        <translation>Die Akten dieser Praxis &amp;verschlüsseln (empfohlen auf einem Laptop)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <source>Keep the passphrase safe.</source>
        <translation>Bewahren Sie die Passphrase sicher auf.</translation>
    </message>
    <message>
        <source>If it is lost, the records cannot be recovered: nobody can open the file or its backups without it. Write it down and keep it somewhere safe, away from the computer. MesoDesk asks for it at every start. Use at least %1 characters, for example a few unrelated words.</source>
        <translation>Geht sie verloren, können die Akten nicht wiederhergestellt werden: Niemand kann die Datei oder ihre Sicherungen ohne sie öffnen. Schreiben Sie sie auf und bewahren Sie sie an einem sicheren Ort fern vom Computer auf. MesoDesk fragt bei jedem Start danach. Verwenden Sie mindestens %1 Zeichen, zum Beispiel einige zusammenhanglose Wörter.</translation>
    </message>
    <message>
        <source>&amp;Create the clinic</source>
        <translation>Praxis &amp;anlegen</translation>
    </message>
    <message>
        <source>use at least %1 characters</source>
        <translation>mindestens %1 Zeichen verwenden</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>NotesPageMixin</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Topical anaesthetic cream</source>
        <translation>Lokalanästhetische Creme</translation>
    </message>
    <message>
        <source>Ice / cooling</source>
        <translation>Eis / Kühlung</translation>
    </message>
    <message>
        <source>Lidocaine in the formula</source>
        <translation>Lidocain in der Rezeptur</translation>
    </message>
    <message>
        <source>e.g. topical anaesthetic cream, 30 minutes</source>
        <translation>z. B. lokalanästhetische Creme, 30 Minuten</translation>
    </message>
    <message>
        <source>Bleeding, bruising, redness, pain during the session…</source>
        <translation>Blutung, Hämatom, Rötung, Schmerzen während der Sitzung…</translation>
    </message>
    <message>
        <source>A&amp;naesthesia:</source>
        <translation>A&amp;nästhesie:</translation>
    </message>
    <message>
        <source>Immediate &amp;reactions:</source>
        <translation>Sofort&amp;reaktionen:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>OutcomeDefinitions</name>
    <message>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>The clinic&apos;s own, retired</source>
        <translation>Eigene der Praxis, außer Gebrauch</translation>
    </message>
    <message>
        <source>The clinic&apos;s own</source>
        <translation>Eigene der Praxis</translation>
    </message>
    <message>
        <source>%1–%2 points</source>
        <translation>%1–%2 Punkte</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Item</numerusform>
            <numerusform>%n Items</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
</context>
<context>
    <name>OutcomeDefinitionsDialog</name>
    <message>
        <source>Outcome scales and measures</source>
        <extracomment>The tables whose changes the list follows (a definition, or a first value recorded with one).</extracomment>
        <translation>Ergebnisskalen und Messgrößen</translation>
    </message>
    <message>
        <source>The built-in validated scales and measures are read-only. The clinic&apos;s own are offered in every patient&apos;s Outcomes tab as soon as they are added; one that has values recorded can be retired, never deleted.</source>
        <translation>Die mitgelieferten validierten Skalen und Messgrößen sind schreibgeschützt. Die eigenen der Praxis stehen sofort nach dem Anlegen im Reiter Ergebnisse jedes Patienten zur Verfügung; sind Werte damit erfasst, können sie außer Gebrauch genommen, aber nie gelöscht werden.</translation>
    </message>
    <message>
        <source>Read-only: your role does not include the catalogue.</source>
        <translation>Nur lesen: Ihre Rolle umfasst den Katalog nicht.</translation>
    </message>
    <message>
        <source>Scales and measures</source>
        <translation>Skalen und Messgrößen</translation>
    </message>
    <message>
        <source>Details of the chosen scale or measure</source>
        <translation>Details der gewählten Skala oder Messgröße</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>&amp;Messgröße hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;scale…</source>
        <translation>&amp;Skala hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Außer Gebrauch nehmen</translation>
    </message>
    <message>
        <source>Your role does not include the catalogue.</source>
        <translation>Ihre Rolle umfasst den Katalog nicht.</translation>
    </message>
    <message>
        <source>Offer a&amp;gain</source>
        <translation>&amp;Wieder anbieten</translation>
    </message>
    <message>
        <source>Values are recorded with it: it can be retired, not changed.</source>
        <translation>Es sind Werte damit erfasst: sie kann außer Gebrauch genommen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Außer Gebrauch nehmen</translation>
    </message>
    <message>
        <source>Retire “%1”? It is no longer offered for new values; everything recorded with it stays in the charts, reports and exports. It can be offered again later.</source>
        <translation>„%1“ außer Gebrauch nehmen? Sie wird für neue Werte nicht mehr angeboten; alles damit Erfasste bleibt in den Akten, Berichten und Exporten. Sie kann später wieder angeboten werden.</translation>
    </message>
    <message>
        <source>A rating of the change since baseline: it has no baseline of its own.</source>
        <translation>Eine Bewertung der Veränderung seit dem Ausgangswert: sie hat selbst keinen Ausgangswert.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Höher ist besser.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Niedriger ist besser.</translation>
    </message>
    <message>
        <source>Responder: a rating of %1 or better.</source>
        <translation>Responder: eine Bewertung von %1 oder besser.</translation>
    </message>
    <message numerus="yes">
        <source>Responder: at least %n band(s) better than at baseline.</source>
        <translation>
            <numerusform>Responder: mindestens %n Bereich besser als beim Ausgangswert.</numerusform>
            <numerusform>Responder: mindestens %n Bereiche besser als beim Ausgangswert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Responder: improved by at least %1.</source>
        <translation>Responder: um mindestens %1 verbessert.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded</source>
        <translation>
            <numerusform>%n Wert erfasst</numerusform>
            <numerusform>%n Werte erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 to %2</source>
        <translation>Gesamt: %1 bis %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Bands of the total</source>
        <translation>Bereiche der Gesamtpunktzahl</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Literaturangabe</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Plausible range: %1 to %2</source>
        <translation>Plausibler Bereich: %1 bis %2</translation>
    </message>
    <message>
        <source>Site and method</source>
        <translation>Messstelle und Methode</translation>
    </message>
</context>
<context>
    <name>OutcomePlot</name>
    <message>
        <source>No values yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>No measurements or scale scores yet: record the baseline on the right.</source>
        <translation>Noch keine Messungen oder Skalenwerte: Erfassen Sie rechts die Ausgangswerte.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;course&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;maintenance&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%3&apos;&gt;▲&lt;/span&gt; session · ○ baseline · a plot takes the focus: ← → move between values</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;Kur&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;Erhaltung&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%3&apos;&gt;▲&lt;/span&gt; Sitzung · ○ Ausgangswert · ein Diagramm erhält den Fokus: ← → wechselt zwischen den Werten</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Find a patient with the search box (Ctrl+F),
or register a new one (Ctrl+N).</source>
        <extracomment>A change to these alone leaves the chart&apos;s tables as they are.</extracomment>
        <translation>Suchen Sie einen Patienten über das Suchfeld (Strg+F)
oder legen Sie einen neuen an (Strg+N).</translation>
    </message>
    <message>
        <source>Your role does not include clinical records.</source>
        <translation>Ihre Rolle umfasst keine klinischen Akten.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>History &amp;&amp; allergies</source>
        <translation>Anamnese &amp;&amp; Allergien</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Timeline of the patient</source>
        <translation>Verlauf des Patienten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>Details of the selected session</source>
        <translation>Einzelheiten der ausgewählten Sitzung</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Record reaction…</source>
        <translation>Reaktion erfassen…</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; follow-ups</source>
        <translation>Plan &amp;&amp; Nachkontrollen</translation>
    </message>
    <message>
        <source>Plan a course…</source>
        <translation>Kur planen…</translation>
    </message>
    <message>
        <source>Treatment plans</source>
        <translation>Behandlungspläne</translation>
    </message>
    <message>
        <source>Calls and visits of the patient</source>
        <translation>Anrufe und Termine des Patienten</translation>
    </message>
    <message>
        <source>Medical history &amp;&amp; allergies</source>
        <translation>Anamnese &amp;&amp; Allergien</translation>
    </message>
    <message>
        <source>Review medical history…</source>
        <translation>Anamnese prüfen…</translation>
    </message>
    <message>
        <source>Medical history and allergies</source>
        <translation>Anamnese und Allergien</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Photos are not available in this version.</source>
        <translation>Fotos sind in dieser Version nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <source>Restore %1 to the active patient list?</source>
        <translation>%1 wieder in die Liste der aktiven Patienten aufnehmen?</translation>
    </message>
    <message>
        <source>Archive %1? The record is kept and can be restored; the patient no longer appears in searches.</source>
        <translation>%1 archivieren? Die Akte bleibt erhalten und kann wiederhergestellt werden; der Patient erscheint nicht mehr in Suchergebnissen.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Patient archivieren</translation>
    </message>
    <message>
        <source>Restore patient</source>
        <translation>Patient wiederherstellen</translation>
    </message>
</context>
<context>
    <name>PatientEditorDialog</name>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Patient bearbeiten</translation>
    </message>
    <message>
        <source>Date of birth, typed with or without separators, e.g. %1</source>
        <translation>Geburtsdatum, mit oder ohne Trennzeichen eingegeben, z. B. %1</translation>
    </message>
    <message>
        <source>given automatically if left empty</source>
        <translation>wird automatisch vergeben, wenn leer</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>Clinic&apos;s language</source>
        <translation>Sprache der Praxis</translation>
    </message>
    <message>
        <source>Language of the consent form, aftercare sheet and progress sheet</source>
        <translation>Sprache des Einwilligungsformulars, der Nachsorgehinweise und des Verlaufsblatts</translation>
    </message>
    <message>
        <source>Preferred language for documents</source>
        <translation>Bevorzugte Sprache für Dokumente</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Ge&amp;schlecht</translation>
    </message>
    <message>
        <source>File &amp;number</source>
        <translation>Patienten&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Skin type (Fitzpatrick)</source>
        <translation>Hauttyp (Fitzpatrick)</translation>
    </message>
    <message>
        <source>Lan&amp;guage of documents</source>
        <translation>Spra&amp;che der Dokumente</translation>
    </message>
    <message>
        <source>&amp;Contraindications</source>
        <translation>&amp;Kontraindikationen</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Ctrl+S saves · Esc cancels</source>
        <translation>Strg+S speichert · Esc bricht ab</translation>
    </message>
    <message>
        <source>Edit patient — %1</source>
        <translation>Patient bearbeiten — %1</translation>
    </message>
</context>
<context>
    <name>PatientFollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachkontrolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>PatientReportDialog</name>
    <message>
        <source>Print for {name}</source>
        <translation>Drucken für {name}</translation>
    </message>
    <message>
        <source>Patient summary</source>
        <translation>Patientenübersicht</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Einwilligungsformular</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Nachsorgehinweise</translation>
    </message>
    <message>
        <source>Progress sheet for the patient (results so far)</source>
        <translation>Verlaufsblatt für den Patienten (bisherige Ergebnisse)</translation>
    </message>
    <message>
        <source>Session to print</source>
        <translation>Zu druckende Sitzung</translation>
    </message>
    <message>
        <source>Consent to print</source>
        <translation>Zu druckende Einwilligung</translation>
    </message>
    <message>
        <source>Alerts and allergies</source>
        <translation>Warnungen und Allergien</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Injection maps</source>
        <translation>Injektionsschemata</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Plan and follow-up</source>
        <translation>Plan und Nachkontrollen</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Photos marked for printing</source>
        <translation>Zum Drucken markierte Fotos</translation>
    </message>
    <message>
        <source>Only sessions, reactions and photos from</source>
        <translation>Nur Sitzungen, Reaktionen und Fotos von</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Summary contents</source>
        <translation>Inhalt der Übersicht</translation>
    </message>
    <message>
        <source>{name} ({file_no}) — choose the document to print.</source>
        <translation>{name} ({file_no}) — wählen Sie das zu druckende Dokument.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
    <message>
        <source>Printing the patient summary</source>
        <translation>Patientenübersicht wird gedruckt</translation>
    </message>
    <message>
        <source>Printing the session record</source>
        <translation>Sitzungsprotokoll wird gedruckt</translation>
    </message>
    <message>
        <source>Printing the consent form</source>
        <translation>Einwilligungsformular wird gedruckt</translation>
    </message>
    <message>
        <source>Printing the progress sheet</source>
        <translation>Verlaufsblatt wird gedruckt</translation>
    </message>
    <message>
        <source>Printing the aftercare sheet</source>
        <translation>Nachsorgehinweise werden gedruckt</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>Patientennr.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
</context>
<context>
    <name>PhotoCompareDialog</name>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole photos (double-click does the same)</source>
        <translation>Ganze Fotos zeigen (Doppelklick bewirkt dasselbe)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>No photo to show</source>
        <translation>Kein Foto zum Anzeigen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag to move: both photos follow. Double-click to fit.</source>
        <translation>Mausrad zum Zoomen, Ziehen zum Verschieben: Beide Fotos folgen. Doppelklick zum Einpassen.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Areale</translation>
    </message>
    <message>
        <source>1 day after the before photo</source>
        <translation>1 Tag nach dem Vorher-Foto</translation>
    </message>
    <message>
        <source>%1 days after the before photo</source>
        <translation>%1 Tage nach dem Vorher-Foto</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
        <source>Add JPEG or PNG photos from files</source>
        <translation>JPEG- oder PNG-Fotos aus Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Before / after…</source>
        <translation>Vorher / nachher…</translation>
    </message>
    <message>
        <source>Compare two photos of the same area side by side</source>
        <translation>Zwei Fotos desselben Areals nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Change the kind, area, date or caption</source>
        <translation>Art, Areal, Datum oder Bildunterschrift ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected photos for good</source>
        <translation>Ausgewählte Fotos endgültig löschen</translation>
    </message>
    <message>
        <source>Photos of the patient</source>
        <translation>Fotos des Patienten</translation>
    </message>
    <message>
        <source>Thumbnails of the photos. Double-click opens one; the menu key lists what can be done.</source>
        <translation>Miniaturen der Fotos. Doppelklick öffnet ein Foto; die Menütaste zeigt, was möglich ist.</translation>
    </message>
    <message>
        <source>No photos yet.
Drop JPEG or PNG files here, or use “Add photos…”.</source>
        <translation>Noch keine Fotos.
Legen Sie JPEG- oder PNG-Dateien hier ab oder verwenden Sie „Fotos hinzufügen…“.</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>Keine Fotos.</translation>
    </message>
    <message>
        <source>Photos are shown to practitioners only.</source>
        <translation>Fotos sind nur für Behandler sichtbar.</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>%1 photos</source>
        <translation>%1 Fotos</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB); the limit is %3 MB.</source>
        <translation>%1: Die Datei ist zu groß (%2 MB); die Grenze liegt bei %3 MB.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Add at least two photos to compare them.</source>
        <translation>Fügen Sie mindestens zwei Fotos hinzu, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Delete this photo for good?</source>
        <translation>Dieses Foto endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete these %1 photos for good?</source>
        <translation>Diese %1 Fotos endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>Fotos löschen</translation>
    </message>
    <message>
        <source>The audit trail keeps a record of the deletion.</source>
        <translation>Das Änderungsprotokoll hält das Löschen fest.</translation>
    </message>
    <message>
        <source>the file %1.</source>
        <translation>die Datei %1.</translation>
    </message>
    <message>
        <source>These files were not added:</source>
        <translation>Diese Dateien wurden nicht hinzugefügt:</translation>
    </message>
    <message>
        <source>The other photos were added.</source>
        <translation>Die übrigen Fotos wurden hinzugefügt.</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Einige Dateien wurden nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>Dateien nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>PhotoTagDialog</name>
    <message>
        <source>Photo details</source>
        <translation>Fotodetails</translation>
    </message>
    <message>
        <source>Details of %1 photos</source>
        <translation>Details von %1 Fotos</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>Kein Areal</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>No reaction</source>
        <translation>Keine Reaktion</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Include in printed records</source>
        <translation>In gedruckte Akten aufnehmen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Aufgenommen am</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Kind of each photo:</source>
        <translation>Art jedes Fotos:</translation>
    </message>
    <message>
        <source>Type the day the photo was taken.</source>
        <translation>Bitte den Tag eingeben, an dem das Foto aufgenommen wurde.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Treatment plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Custom plan</source>
        <translation>Individueller Plan</translation>
    </message>
    <message>
        <source>e.g. Face revitalisation course</source>
        <translation>z. B. Kur zur Revitalisierung des Gesichts</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Sitzungen</translation>
    </message>
    <message>
        <source>Days between the sessions of the course</source>
        <translation>Tage zwischen den Sitzungen der Kur</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>then maintenance</source>
        <translation>danach Erhaltung</translation>
    </message>
    <message>
        <source>Days between maintenance sessions</source>
        <translation>Tage zwischen den Erhaltungssitzungen</translation>
    </message>
    <message>
        <source>check call</source>
        <translation>Kontrollanruf</translation>
    </message>
    <message>
        <source>Hours after each session for the check call</source>
        <translation>Stunden nach jeder Sitzung bis zum Kontrollanruf</translation>
    </message>
    <message>
        <source> hours after each session</source>
        <translation> Stunden nach jeder Sitzung</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen mit:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Kur:</translation>
    </message>
    <message>
        <source>&amp;Maintenance:</source>
        <translation>&amp;Erhaltung:</translation>
    </message>
    <message>
        <source>Check ca&amp;ll:</source>
        <translation>Kontroll&amp;anruf:</translation>
    </message>
    <message>
        <source>First session &amp;on:</source>
        <translation>Erste Sitzung &amp;am:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Upcoming dates</source>
        <translation>Nächste Termine</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Plan anlegen</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Sitzung %1 von %2</translation>
    </message>
    <message>
        <source>Check call (session %1)</source>
        <translation>Kontrollanruf (Sitzung %1)</translation>
    </message>
    <message>
        <source>Maintenance session</source>
        <translation>Erhaltungssitzung</translation>
    </message>
    <message>
        <source>Next-due dates are recomputed after each recorded session.</source>
        <translation>Die nächsten Fälligkeiten werden nach jeder erfassten Sitzung neu berechnet.</translation>
    </message>
    <message>
        <source>Maintenance continues after the dates shown.</source>
        <translation>Die Erhaltung geht nach den angezeigten Terminen weiter.</translation>
    </message>
    <message>
        <source>This plan is not saved. Discard it?</source>
        <translation>Dieser Plan ist nicht gespeichert. Verwerfen?</translation>
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
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Erhaltung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Persönliche Einstellungen</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the windows and of the documents printed from them</source>
        <translation>Die Sprache der Fenster und der daraus gedruckten Dokumente</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>Wie am Computer eingestellt</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Light or dark windows, or as the computer&apos;s own setting says</source>
        <translation>Helle oder dunkle Fenster oder nach der Einstellung des Computers</translation>
    </message>
    <message>
        <source>Include archived patients when searching</source>
        <translation>Archivierte Patienten in die Suche einbeziehen</translation>
    </message>
    <message>
        <source>The new language is used the next time MesoDesk starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von MesoDesk verwendet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
</context>
<context>
    <name>ProductsTabMixin</name>
    <message>
        <source>Products</source>
        <translation>Präparate</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <source>checked against patients&apos; allergies</source>
        <translation>wird mit den Allergien der Patienten abgeglichen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>Active &amp;ingredient:</source>
        <translation>&amp;Wirkstoff:</translation>
    </message>
    <message>
        <source>&amp;Concentration:</source>
        <translation>&amp;Konzentration:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Low stock &amp;at:</source>
        <translation>Mindest&amp;bestand:</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Präparat</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Präparat speichern</translation>
    </message>
</context>
<context>
    <name>ProtocolsTabMixin</name>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
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
        <translation> Tage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>&amp;Indikation:</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>&amp;Areale:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Rezeptur:</translation>
    </message>
    <message>
        <source>&amp;Technique:</source>
        <translation>&amp;Technik:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Needle &amp;gauge:</source>
        <translation>Nadel&amp;stärke:</translation>
    </message>
    <message>
        <source>Needle &amp;length:</source>
        <translation>Nadel&amp;länge:</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>&amp;Tiefe:</translation>
    </message>
    <message>
        <source>Points per area:</source>
        <translation>Punkte pro Areal:</translation>
    </message>
    <message>
        <source>Volume per area:</source>
        <translation>Volumen pro Areal:</translation>
    </message>
    <message>
        <source>Course sessions:</source>
        <translation>Sitzungen der Kur:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <source>Maintenance every:</source>
        <translation>Erhaltung alle:</translation>
    </message>
    <message>
        <source>Check call after:</source>
        <translation>Kontrollanruf nach:</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Neues Protokoll</translation>
    </message>
    <message>
        <source>Save protocol</source>
        <translation>Protokoll speichern</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>New value of %1 (%2)</source>
        <translation>Neuer Wert für %1 (%2)</translation>
    </message>
    <message>
        <source>%1: site</source>
        <translation>%1: Messstelle</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>Another measure</source>
        <translation>Weiteres Maß</translation>
    </message>
    <message>
        <source>Add &amp;measure</source>
        <translation>&amp;Maß hinzufügen</translation>
    </message>
    <message>
        <source>Save m&amp;easurements</source>
        <translation>M&amp;essungen speichern</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>&amp;Link the photos taken that day</source>
        <translation>Am selben Tag aufgenommene Fotos &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Before/after comparisons then show this score under the photos.</source>
        <translation>Vorher-nachher-Vergleiche zeigen diesen Punktwert dann unter den Fotos.</translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation>&amp;Bewertung speichern</translation>
    </message>
    <message>
        <source>BMI: %1 kg/m²</source>
        <translation>BMI: %1 kg/m²</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>Type the day of the visit.</source>
        <translation>Bitte den Tag des Besuchs eingeben.</translation>
    </message>
</context>
<context>
    <name>ReactionAssessmentsModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>— not linked to a session —</source>
        <translation>— keiner Sitzung zugeordnet —</translation>
    </message>
    <message>
        <source>— not specific —</source>
        <translation>— nicht spezifisch —</translation>
    </message>
    <message>
        <source>e.g. cold compress, antihistamine, advice given</source>
        <translation>z. B. kalte Kompresse, Antihistaminikum, Beratung</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Abgeklungen am</translation>
    </message>
    <message>
        <source>Date the reaction resolved</source>
        <translation>Datum, an dem die Reaktion abgeklungen ist</translation>
    </message>
    <message>
        <source>Se&amp;ssion:</source>
        <translation>Sit&amp;zung:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>A&amp;real:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>A&amp;ction taken:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Graded assessments over the following days</source>
        <translation>Bewertungen mit Grad an den folgenden Tagen</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Bewertung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Usually graded on day 0, 1, 3 and 7.</source>
        <translation>Üblicherweise an Tag 0, 1, 3 und 7 bewertet.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Serious allergic reaction</source>
        <translation>Schwere allergische Reaktion</translation>
    </message>
    <message>
        <source>This looks like a serious allergic reaction.

Add an allergy to the patient&apos;s record?</source>
        <translation>Dies sieht nach einer schweren allergischen Reaktion aus.

Eine Allergie in die Akte des Patienten aufnehmen?</translation>
    </message>
    <message>
        <source>after the session of %1</source>
        <translation>nach der Sitzung vom %1</translation>
    </message>
    <message>
        <source>This reaction has changes that are not saved. Discard them?</source>
        <translation>Diese Reaktion hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>ReactionTableModel</name>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall a lot</source>
        <translation>Charge zurückrufen</translation>
    </message>
    <message>
        <source>Lot %1 will be refused for every new session. Patients who received it can be listed with the recall report.</source>
        <translation>Charge %1 wird für jede neue Sitzung gesperrt. Patienten, die sie erhalten haben, können mit dem Rückrufbericht aufgelistet werden.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>e.g. manufacturer recall notice of 12 March</source>
        <translation>z. B. Rückrufmitteilung des Herstellers vom 12. März</translation>
    </message>
    <message>
        <source>Recall lot</source>
        <translation>Charge zurückrufen</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>Name or file number</source>
        <translation>Name oder Patientennummer</translation>
    </message>
    <message>
        <source>Records found: %1</source>
        <translation>Gefundene Akten: %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren am %1</translation>
    </message>
    <message>
        <source>No record chosen: search by name or file number.</source>
        <translation>Keine Akte gewählt: Suchen Sie nach Name oder Patientennummer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>Patientennr.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database cannot be used</source>
        <translation>Die Datenbank kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 MB)</source>
        <translation>%1 — %2 (%3 MB)</translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in place; the current file is kept aside under another name for inspection. Work saved after the backup was made will have to be entered again.</source>
        <translation>Die Wiederherstellung setzt die gewählte Sicherung ein; die aktuelle Datei wird zur Prüfung unter anderem Namen beiseitegelegt. Was nach der Sicherung gespeichert wurde, muss erneut erfasst werden.</translation>
    </message>
    <message>
        <source>Move the database file to this computer&apos;s own disk (then start MesoDesk with --db pointing at it), or ask for a PostgreSQL server.</source>
        <translation>Verschieben Sie die Datenbankdatei auf die lokale Festplatte dieses Computers (und starten Sie MesoDesk dann mit --db, das darauf zeigt), oder fragen Sie nach einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. Keep the damaged file and ask for help; do not delete it.</source>
        <translation>Es gibt keine gültige Sicherung zum Wiederherstellen. Behalten Sie die beschädigte Datei und holen Sie Hilfe; löschen Sie sie nicht.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Sicherung wird wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Rows with a problem are left out. Nothing is saved until you click Import.</source>
        <translation>Zeilen mit einem Problem werden ausgelassen. Nichts wird gespeichert, bevor Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>Leave out rows with the same file number, or the same name and date of birth</source>
        <translation>Zeilen mit gleicher Patientennummer oder gleichem Namen und Geburtsdatum auslassen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>{total} rows: {good} without problems, {bad} with problems (left out), {dup} possible duplicates of patients already on file or of other rows.</source>
        <translation>{total} Zeilen: {good} ohne Probleme, {bad} mit Problemen (ausgelassen), {dup} mögliche Duplikate bereits erfasster Patienten oder anderer Zeilen.</translation>
    </message>
</context>
<context>
    <name>SafetyMixin</name>
    <message>
        <source>Reason to sign off anyway</source>
        <extracomment>Words that make a catalogue product an anaesthetic for the anaesthesia list.</extracomment>
        <translation>Grund, trotzdem abzuzeichnen</translation>
    </message>
    <message>
        <source>Reason to sign off anyway (kept with the session and printed on it)</source>
        <translation>Grund für das Signieren trotz Warnungen (wird mit der Sitzung gespeichert und auf ihr gedruckt)</translation>
    </message>
    <message>
        <source>%1 — lot %2, expires %3</source>
        <translation>%1 — Charge %2, verfällt am %3</translation>
    </message>
    <message>
        <source>Required by the clinic:</source>
        <translation>Von der Praxis verlangt:</translation>
    </message>
    <message>
        <source>This session cannot be signed off yet</source>
        <translation>Diese Sitzung kann noch nicht signiert werden</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <source>Please check before signing off</source>
        <translation>Bitte vor dem Signieren prüfen</translation>
    </message>
    <message>
        <source>Sign off anyway</source>
        <translation>Trotzdem signieren</translation>
    </message>
    <message>
        <source>Please check before saving</source>
        <translation>Bitte vor dem Speichern prüfen</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Give the reason for signing off despite these warnings.</source>
        <translation>Geben Sie den Grund an, trotz dieser Warnungen zu signieren.</translation>
    </message>
</context>
<context>
    <name>ScaleDefinitionDialog</name>
    <message>
        <source>Add a scale</source>
        <extracomment>A service error about one row of a table: ``items[2].max``, ``bands[0]``.</extracomment>
        <translation>Skala hinzufügen</translation>
    </message>
    <message>
        <source>Change a scale</source>
        <translation>Skala ändern</translation>
    </message>
    <message>
        <source>A scale is scored item by item; its total is the sum of the items&apos; scores. Type each item in the table on the right with its min and max, and what each score means if the scale words it. It is offered at once in every patient&apos;s Outcomes tab.</source>
        <translation>Eine Skala wird Item für Item bewertet; die Gesamtpunktzahl ist die Summe der Punktwerte der Items. Geben Sie jedes Item in der Tabelle rechts mit Min und Max ein und, falls die Skala es beschreibt, was jeder Punktwert bedeutet. Sie wird sofort im Reiter Ergebnisse jedes Patienten angeboten.</translation>
    </message>
    <message>
        <source>e.g. Scalp hair density (clinic)</source>
        <translation>z. B. Haardichte der Kopfhaut (Praxis)</translation>
    </message>
    <message>
        <source>Lower is better (a severity)</source>
        <translation>Niedriger ist besser (ein Schweregrad)</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>A rating of the change since baseline (like GAIS)</source>
        <translation>Eine Bewertung der Veränderung seit dem Ausgangswert (wie GAIS)</translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation>&amp;Lesart:</translation>
    </message>
    <message>
        <source>Where the scale is published, or how the clinic uses it</source>
        <translation>Wo die Skala veröffentlicht ist oder wie die Praxis sie verwendet</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Literatur&amp;angabe:</translation>
    </message>
    <message>
        <source>e.g. hair loss, scalp (separated by commas)</source>
        <translation>z. B. Haarausfall, Kopfhaut (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>&amp;Usually used for:</source>
        <translation>&amp;Üblicherweise verwendet für:</translation>
    </message>
    <message>
        <source>No responder rule</source>
        <translation>Keine Responder-Regel</translation>
    </message>
    <message>
        <source>Total improved by at least</source>
        <translation>Gesamtpunktzahl verbessert um mindestens</translation>
    </message>
    <message>
        <source>Band better by at least</source>
        <translation>Bereich besser um mindestens</translation>
    </message>
    <message>
        <source>Rating at most</source>
        <translation>Bewertung höchstens</translation>
    </message>
    <message>
        <source>Responder value</source>
        <translation>Responder-Wert</translation>
    </message>
    <message>
        <source>Res&amp;ponder:</source>
        <translation>Res&amp;ponder:</translation>
    </message>
    <message>
        <source>Items of the scale</source>
        <translation>Items der Skala</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>&amp;Item hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>Item entfernen (&amp;v)</translation>
    </message>
    <message>
        <source>Items (each scored from … to …)</source>
        <translation>Items (jeweils bewertet von … bis …)</translation>
    </message>
    <message>
        <source>Anchor wording of the chosen item</source>
        <translation>Ankerformulierungen des gewählten Items</translation>
    </message>
    <message>
        <source>Anchor wording</source>
        <translation>Ankerformulierungen</translation>
    </message>
    <message>
        <source>Bands of the total</source>
        <translation>Bereiche der Gesamtpunktzahl</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>&amp;Bereich hinzufügen</translation>
    </message>
    <message>
        <source>Remove b&amp;and</source>
        <translation>Ber&amp;eich entfernen</translation>
    </message>
    <message>
        <source>Bands of the total (optional, e.g. 0–5 mild)</source>
        <translation>Bereiche der Gesamtpunktzahl (optional, z. B. 0–5 leicht)</translation>
    </message>
    <message>
        <source>Add scale</source>
        <translation>Skala anlegen</translation>
    </message>
    <message>
        <source>Total: %1 to %2</source>
        <translation>Gesamt: %1 bis %2</translation>
    </message>
    <message>
        <source>Add an item to word its scores.</source>
        <translation>Fügen Sie ein Item hinzu, um seine Punktwerte zu beschreiben.</translation>
    </message>
    <message>
        <source>Make the item&apos;s max more than its min to word its scores.</source>
        <translation>Setzen Sie das Max des Items über sein Min, um seine Punktwerte zu beschreiben.</translation>
    </message>
    <message>
        <source>Anchor wording is offered for items of up to %1 scores.</source>
        <translation>Ankerformulierungen gibt es für Items mit bis zu %1 Punktwerten.</translation>
    </message>
    <message>
        <source>What each score of “%1” means (optional).</source>
        <translation>Was jeder Punktwert von „%1“ bedeutet (optional).</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <source>Band %1: %2</source>
        <translation>Bereich %1: %2</translation>
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
        <translation>Areal</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Needle (G)</source>
        <translation>Nadel (G)</translation>
    </message>
    <message>
        <source>Length (mm)</source>
        <translation>Länge (mm)</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Tiefe (mm)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volumen (ml)</translation>
    </message>
    <message>
        <source>Treated area</source>
        <translation>Behandeltes Areal</translation>
    </message>
    <message>
        <source>Injection technique</source>
        <translation>Injektionstechnik</translation>
    </message>
    <message>
        <source>Injection device</source>
        <translation>Injektionsgerät</translation>
    </message>
    <message>
        <source>Needle gauge</source>
        <translation>Nadelstärke</translation>
    </message>
    <message>
        <source>Needle length in millimetres</source>
        <translation>Nadellänge in Millimetern</translation>
    </message>
    <message>
        <source>Injection depth in millimetres (usually 1–4 mm)</source>
        <translation>Injektionstiefe in Millimetern (üblich 1–4 mm)</translation>
    </message>
    <message>
        <source>Number of injection points</source>
        <translation>Anzahl der Injektionspunkte</translation>
    </message>
    <message>
        <source>Volume injected in this area, in millilitres</source>
        <translation>In diesem Areal injiziertes Volumen in Millilitern</translation>
    </message>
    <message>
        <source>%1G</source>
        <translation>%1G</translation>
    </message>
    <message>
        <source>Outside the usual %1–%2 mm for mesotherapy</source>
        <translation>Außerhalb der für die Mesotherapie üblichen %1–%2 mm</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Treatment session</source>
        <extracomment>What the alert banner is made of.</extracomment>
        <translation>Behandlungssitzung</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Injection &amp;map</source>
        <translation>Injektions&amp;schema</translation>
    </message>
    <message>
        <source>&amp;Amendments</source>
        <translation>&amp;Korrekturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>choose the treating practitioner</source>
        <translation>wählen Sie den behandelnden Behandler</translation>
    </message>
    <message>
        <source>choose the lot that was used</source>
        <translation>wählen Sie die verwendete Charge</translation>
    </message>
    <message>
        <source>&amp;Save amendment…</source>
        <translation>Korrektur &amp;speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel amendment</source>
        <translation>Korrektur abbrechen</translation>
    </message>
    <message>
        <source>New treatment session</source>
        <translation>Neue Behandlungssitzung</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Treatment session (draft)</source>
        <translation>Behandlungssitzung (Entwurf)</translation>
    </message>
    <message>
        <source>Draft — not signed off</source>
        <translation>Entwurf — nicht signiert</translation>
    </message>
    <message>
        <source>Treatment session (signed off)</source>
        <translation>Behandlungssitzung (signiert)</translation>
    </message>
    <message>
        <source>✔ Signed off — read only</source>
        <translation>✔ Signiert — schreibgeschützt</translation>
    </message>
    <message>
        <source>Amending a signed session</source>
        <translation>Korrektur einer signierten Sitzung</translation>
    </message>
    <message>
        <source>Amending — a reason will be asked when you save</source>
        <translation>Korrektur — beim Speichern wird ein Grund abgefragt</translation>
    </message>
    <message>
        <source>Change this signed session; a reason is asked.</source>
        <translation>Diese signierte Sitzung korrigieren; ein Grund wird abgefragt.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Discard them?</source>
        <translation>Diese Sitzung hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>SessionPageMixin</name>
    <message>
        <source>e.g. fine lines, skin hydration</source>
        <translation>z. B. feine Linien, Hautfeuchtigkeit</translation>
    </message>
    <message>
        <source>— choose a protocol —</source>
        <translation>— Protokoll wählen —</translation>
    </message>
    <message>
        <source>Start from protocol</source>
        <translation>Von Protokoll ausgehen</translation>
    </message>
    <message>
        <source>Repeat last session</source>
        <translation>Letzte Sitzung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Repeat last session</source>
        <translation>Letzte Sitzung &amp;wiederholen</translation>
    </message>
    <message>
        <source>Fill this session from the patient&apos;s last one (Ctrl+R)</source>
        <translation>Diese Sitzung aus der letzten des Patienten übernehmen (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Behandler:</translation>
    </message>
    <message>
        <source>&amp;Indications:</source>
        <translation>&amp;Indikationen:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation>Behandelte Areale</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Areal hinzufügen</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Areal entfernen</translation>
    </message>
    <message>
        <source>Usual depth for mesotherapy: 1–4 mm. Double-click a cell to change it.</source>
        <translation>Übliche Tiefe in der Mesotherapie: 1–4 mm. Doppelklicken Sie auf eine Zelle, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Formula and products</source>
        <translation>Rezeptur und Präparate</translation>
    </message>
    <message>
        <source>— no standard formula —</source>
        <translation>— keine Standardrezeptur —</translation>
    </message>
    <message>
        <source>&amp;Custom formula for this patient</source>
        <translation>&amp;Individuelle Rezeptur für diesen Patienten</translation>
    </message>
    <message>
        <source>Name of the custom formula</source>
        <translation>Name der individuellen Rezeptur</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Rezeptur:</translation>
    </message>
    <message>
        <source>Products and lots used</source>
        <translation>Verwendete Präparate und Chargen</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Präparat hinzufügen</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Präparat entfernen</translation>
    </message>
    <message>
        <source>Expired and recalled lots cannot be chosen.</source>
        <translation>Verfallene und zurückgerufene Chargen können nicht gewählt werden.</translation>
    </message>
    <message>
        <source>The catalogue has no products yet.</source>
        <translation>Der Katalog enthält noch keine Präparate.</translation>
    </message>
    <message>
        <source>Choose another lot.</source>
        <translation>Wählen Sie eine andere Charge.</translation>
    </message>
    <message>
        <source>This patient has no earlier session to repeat.</source>
        <translation>Dieser Patient hat keine frühere Sitzung, die wiederholt werden könnte.</translation>
    </message>
</context>
<context>
    <name>SessionProductsModel</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Lot %1 has been recalled (%2).</source>
        <translation>Charge %1 wurde zurückgerufen (%2).</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2.</source>
        <translation>Charge %1 ist am %2 verfallen.</translation>
    </message>
    <message>
        <source>%1 · exp. %2 · %3 left</source>
        <translation>%1 · verw. bis %2 · %3 übrig</translation>
    </message>
    <message>
        <source>RECALLED</source>
        <translation>ZURÜCKGERUFEN</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>VERFALLEN</translation>
    </message>
    <message>
        <source>Choose a lot</source>
        <translation>Charge wählen</translation>
    </message>
    <message>
        <source>Recalled — refused</source>
        <translation>Zurückgerufen — gesperrt</translation>
    </message>
    <message>
        <source>Expired — refused</source>
        <translation>Verfallen — gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Verfällt in %n Tag</numerusform>
            <numerusform>Verfällt in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Verfällt heute</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volumen (ml)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areale</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Rezeptur</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Tiefe (mm)</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volumen (ml)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (custom)</source>
        <translation> (individuell)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — MesoDesk</source>
        <translation>Anmelden — MesoDesk</translation>
    </message>
    <message>
        <source>MesoDesk</source>
        <translation>MesoDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password. Try again.</source>
        <translation>Unbekannter Benutzername oder falsches Passwort. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a finger or a pen</source>
        <translation>Hier mit der Maus, dem Finger oder einem Stift unterschreiben</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Unterschriftenfeld</translation>
    </message>
    <message>
        <source>The patient signs here with the mouse, a finger or a pen; the signature is kept with the consent.</source>
        <translation>Der Patient unterschreibt hier mit der Maus, dem Finger oder einem Stift; die Unterschrift wird mit der Einwilligung aufbewahrt.</translation>
    </message>
    <message>
        <source>✕  Sign here</source>
        <translation>✕  Hier unterschreiben</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <extracomment>What the page shows: a change to any of these reloads it. A list shows this many rows before it scrolls. Item data: what activating a row opens. What a row opens: (&quot;patient&quot;, patient id) or (&quot;lot&quot;, lot id). A lot opens the catalogue, for the roles that keep it (the others read the line).</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Find a patient with the search box (Ctrl+F), or register a new one (Ctrl+N).</source>
        <translation>Suchen Sie einen Patienten über das Suchfeld (Strg+F) oder legen Sie einen neuen an (Strg+N).</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Heute steht nichts an</translation>
    </message>
    <message>
        <source>Enter or a click opens the patient&apos;s chart.</source>
        <translation>Eingabetaste oder ein Klick öffnet die Patientenakte.</translation>
    </message>
    <message>
        <source>Enter or a click opens the patient&apos;s chart, or the lot in the catalogue.</source>
        <translation>Eingabetaste oder ein Klick öffnet die Patientenakte oder die Charge im Katalog.</translation>
    </message>
    <message>
        <source>Enter or a click opens the lot in the catalogue.</source>
        <translation>Eingabetaste oder ein Klick öffnet die Charge im Katalog.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>Calls and visits due</source>
        <translation>Fällige Anrufe und Termine</translation>
    </message>
    <message>
        <source>session of %1</source>
        <translation>Sitzung vom %1</translation>
    </message>
    <message>
        <source>Sessions awaiting sign-off</source>
        <translation>Zu signierende Sitzungen</translation>
    </message>
    <message>
        <source>day %1 check</source>
        <translation>Kontrolle an Tag %1</translation>
    </message>
    <message>
        <source>Reactions to check</source>
        <translation>Zu kontrollierende Reaktionen</translation>
    </message>
    <message>
        <source>%1 lot %2</source>
        <translation>%1, Charge %2</translation>
    </message>
    <message>
        <source>recalled on %1</source>
        <translation>zurückgerufen am %1</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>zurückgerufen</translation>
    </message>
    <message>
        <source>patients who received it: %1</source>
        <translation>Patienten, die sie erhalten haben: %1</translation>
    </message>
    <message>
        <source>last received %1</source>
        <translation>zuletzt erhalten am %1</translation>
    </message>
    <message>
        <source>Recalls in force</source>
        <translation>Laufende Rückrufe</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>verfällt am %1</translation>
    </message>
    <message>
        <source>low stock: %1 left</source>
        <translation>niedriger Bestand: noch %1</translation>
    </message>
    <message>
        <source>Lots expiring or low</source>
        <translation>Chargen kurz vor Verfall oder mit niedrigem Bestand</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Rolle des ausgewählten Benutzers</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>&amp;Rolle festlegen</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Lift the lockout after failed sign-ins before it ends</source>
        <translation>Die Sperre nach fehlgeschlagenen Anmeldungen vor ihrem Ablauf aufheben</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Konto %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Neues Passwort für %1:</translation>
    </message>
    <message>
        <source>Password set for %1.</source>
        <translation>Passwort für %1 festgelegt.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 aktiviert.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>locked after failed sign-ins</source>
        <translation>gesperrt nach fehlgeschlagenen Anmeldungen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>_LockCover</name>
    <message>
        <source>Locked. Unlock in the main MesoDesk window; nothing you typed here is lost.</source>
        <translation>Gesperrt. Entsperren Sie im Hauptfenster von MesoDesk; nichts, was Sie hier eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>_ReportDialogBase</name>
    <message>
        <source>Save PDF…</source>
        <extracomment>What a dialog&apos;s Save runs: its progress title and the work (target path, progress) -&gt; the written file.</extracomment>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF speichern unter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Saved to {path}. No PDF viewer could be opened.</source>
        <translation>Gespeichert unter {path}. Es konnte kein PDF-Betrachter geöffnet werden.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot make the PDF</source>
        <translation>PDF kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Cannot do that</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Die Einzelheiten wurden in %1 geschrieben.</translation>
    </message>
    <message>
        <source>The details were written to the log file.</source>
        <translation>Die Einzelheiten wurden in die Protokolldatei geschrieben.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Something went wrong; MesoDesk keeps running.</source>
        <translation>Etwas ist schiefgegangen; MesoDesk läuft weiter.</translation>
    </message>
    <message>
        <source>If it happens again, please send that file to your support contact.</source>
        <translation>Falls es wieder passiert, senden Sie diese Datei bitte an Ihren Support.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The database could not be opened (%1). The details were written to the log file.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden (%1). Die Einzelheiten wurden in die Protokolldatei geschrieben.</translation>
    </message>
    <message>
        <source>The database could not be checked (%1). The details were written to the log file.</source>
        <translation>Die Datenbank konnte nicht geprüft werden (%1). Die Einzelheiten wurden in die Protokolldatei geschrieben.</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>Die Datenbank kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1)? The current file is kept aside under another name.</source>
        <translation>Die neueste gültige Sicherung (%1) wiederherstellen? Die aktuelle Datei wird unter anderem Namen beiseitegelegt.</translation>
    </message>
    <message>
        <source>That passphrase did not open the database. Try again:</source>
        <translation>Mit dieser Passphrase ließ sich die Datenbank nicht öffnen. Bitte erneut versuchen:</translation>
    </message>
    <message>
        <source>This database is encrypted. Enter its passphrase:</source>
        <translation>Diese Datenbank ist verschlüsselt. Geben Sie ihre Passphrase ein:</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Verschlüsselte Datenbank</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Qt cannot be used</source>
        <translation>Qt kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Demo clinic: sign in as admin, password mesodesk.</source>
        <translation>Demo-Praxis: Anmeldung als admin, Passwort mesodesk.</translation>
    </message>
    <message>
        <source>PySide6 {pyside} on Python {python} loses a reference on every Qt call, and MesoDesk would abort after a few minutes of use.

Install another release of PySide6 (for example: pip install &apos;PySide6-Essentials!=6.12.0&apos;), or run MesoDesk on Python 3.12 or newer.</source>
        <translation>PySide6 {pyside} unter Python {python} verliert bei jedem Qt-Aufruf eine Referenz, und MesoDesk würde nach wenigen Minuten abstürzen.

Installieren Sie eine andere PySide6-Version (zum Beispiel: pip install &apos;PySide6-Essentials!=6.12.0&apos;) oder verwenden Sie MesoDesk mit Python 3.12 oder neuer.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Your role does not include clinical records.</source>
        <translation>Ihre Rolle umfasst keine klinischen Akten.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Periorbital</source>
        <translation>Periorbital</translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation>Wangen</translation>
    </message>
    <message>
        <source>Nasolabial folds</source>
        <translation>Nasolabialfalten</translation>
    </message>
    <message>
        <source>Perioral</source>
        <translation>Perioral</translation>
    </message>
    <message>
        <source>Jawline</source>
        <translation>Kieferlinie</translation>
    </message>
    <message>
        <source>Full face</source>
        <translation>Ganzes Gesicht</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Décolleté</source>
        <translation>Dekolleté</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Kopfhaut</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Flanks</source>
        <translation>Flanken</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Hämatom</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>Pain / discomfort</source>
        <translation>Schmerz / Beschwerden</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Juckreiz</translation>
    </message>
    <message>
        <source>Hives / wheals</source>
        <translation>Urtikaria / Quaddeln</translation>
    </message>
    <message>
        <source>Nodules / granulomas</source>
        <translation>Knötchen / Granulome</translation>
    </message>
    <message>
        <source>Telangiectasia</source>
        <translation>Teleangiektasien</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infektion</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Difficulty breathing / anaphylaxis</source>
        <translation>Atemnot / Anaphylaxie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Lebensbedrohlich</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Course session</source>
        <translation>Kursitzung</translation>
    </message>
    <message>
        <source>Maintenance session</source>
        <translation>Erhaltungssitzung</translation>
    </message>
    <message>
        <source>Check call</source>
        <translation>Kontrollanruf</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Kontrolltermin</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>Nappage</source>
        <translation>Nappage</translation>
    </message>
    <message>
        <source>Papules</source>
        <translation>Quaddeln</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Point by point</source>
        <translation>Punkt für Punkt</translation>
    </message>
    <message>
        <source>Syringe</source>
        <translation>Spritze</translation>
    </message>
    <message>
        <source>Injector gun</source>
        <translation>Injektionspistole</translation>
    </message>
    <message>
        <source>Multi-injector</source>
        <translation>Multiinjektor</translation>
    </message>
    <message>
        <source>Anticoagulants</source>
        <translation>Antikoagulanzien</translation>
    </message>
    <message>
        <source>NSAIDs</source>
        <translation>NSAR</translation>
    </message>
    <message>
        <source>Supplements raising bruising risk</source>
        <translation>Nahrungsergänzungsmittel mit erhöhtem Hämatomrisiko</translation>
    </message>
    <message>
        <source>Pregnant or breast-feeding</source>
        <translation>Schwanger oder stillend</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Autoimmunerkrankung</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Neigung zu Keloiden</translation>
    </message>
    <message>
        <source>Active skin infection</source>
        <translation>Aktive Hautinfektion</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistenz</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cannot do that</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file; nothing else was changed.</source>
        <translation>Etwas ist schiefgegangen. Die Einzelheiten wurden in die Protokolldatei geschrieben; sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>It was changed in another window or on another workstation. Reload the current record? Your changes in this window will be replaced; copy anything you need first.</source>
        <translation>Es wurde in einem anderen Fenster oder an einem anderen Arbeitsplatz geändert. Den aktuellen Datensatz neu laden? Ihre Änderungen in diesem Fenster werden ersetzt; kopieren Sie vorher, was Sie brauchen.</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
</context>
</TS>
