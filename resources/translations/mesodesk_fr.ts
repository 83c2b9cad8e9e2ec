<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AlertBanner</name>
    <message>
        <source>Patient alerts</source>
        <translation>Alertes patient</translation>
    </message>
    <message>
        <source>⚠ ALERT</source>
        <translation>⚠ ALERTE</translation>
    </message>
</context>
<context>
    <name>AllergyFromReactionDialog</name>
    <message>
        <source>Add an allergy</source>
        <translation>Ajouter une allergie</translation>
    </message>
    <message>
        <source>Record the substance the patient reacted to. It will be shown as an alert and checked against the products of every future session.</source>
        <translation>Indiquez la substance à laquelle le patient a réagi. Elle sera affichée comme alerte et comparée aux produits de chaque séance à venir.</translation>
    </message>
    <message>
        <source>e.g. lidocaine</source>
        <translation>p. ex. lidocaïne</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Substance :</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Réaction :</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Ajouter l&apos;allergie</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a signed session</source>
        <translation>Rectifier une séance signée</translation>
    </message>
    <message>
        <source>This session has been signed off. The original stays in the record; please say why it is being changed.</source>
        <translation>Cette séance a été signée. L&apos;original reste dans le dossier ; veuillez indiquer la raison de la modification.</translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation>&amp;Motif de la rectification :</translation>
    </message>
    <message>
        <source>e.g. wrong lot number entered; corrected from the vial label</source>
        <translation>p. ex. numéro de lot erroné ; corrigé d&apos;après l&apos;étiquette du flacon</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Enregistrer la rectification</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Un motif est obligatoire.</translation>
    </message>
</context>
<context>
    <name>AnchorsModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>id</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numéro de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Détails de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>Type a date.</source>
        <translation>Tapez une date.</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 sur %2 entrées</translation>
    </message>
    <message>
        <source>The details of this entry were erased with the patient&apos;s record.</source>
        <translation>Le détail de cette entrée a été effacé avec le dossier du patient.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Aucun détail.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>Exportation du journal d&apos;audit</translation>
    </message>
    <message>
        <source>%1 entries exported.</source>
        <translation>%1 entrées exportées.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>(details erased)</source>
        <translation>(détails effacés)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>Sauvegarde et restauration</translation>
    </message>
    <message>
        <source>Backups are made automatically every day and when MesoDesk closes, and kept in %1 (the last 7 days, 4 weeks and 12 months). Each is checked after it is written.</source>
        <translation>Les sauvegardes sont faites automatiquement chaque jour et à la fermeture de MesoDesk, et conservées dans %1 (les 7 derniers jours, 4 semaines et 12 mois). Chacune est vérifiée après son écriture.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restaurer la sélection…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Seul un administrateur peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Copie de la base de données</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sauvegarde écrite et vérifiée : %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>MesoDesk backups (*.sqlite3 *.pgdump);;All files (*)</source>
        <translation>Sauvegardes MesoDesk (*.sqlite3 *.pgdump);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup of %1. Everything saved since then will no longer be shown (the current database is kept aside under another name, not deleted).

Restore it?</source>
        <translation>La base de données sera remplacée par la sauvegarde du %1. Tout ce qui a été enregistré depuis ne sera plus affiché (la base actuelle est mise de côté sous un autre nom, pas supprimée).

La restaurer ?</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Bringing the database up to date</source>
        <translation>Mise à jour de la base de données</translation>
    </message>
    <message>
        <source>Restored from %1. The previous database was kept:%2</source>
        <translation>Restauré depuis %1. L&apos;ancienne base de données a été conservée :%2</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>avant une mise à jour</translation>
    </message>
</context>
<context>
    <name>BandsModel</name>
    <message>
        <source>From</source>
        <extracomment>Anchor wording is offered for items of at most this many scores (a 0-100 scale has none).</extracomment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <extracomment>What the catalogue shows; sessions are there because recording one uses stock.</extracomment>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produits</translation>
    </message>
    <message>
        <source>&amp;Lots and stock</source>
        <translation>&amp;Lots et stock</translation>
    </message>
    <message>
        <source>&amp;Formulas</source>
        <translation>&amp;Formules</translation>
    </message>
    <message>
        <source>P&amp;rotocols</source>
        <translation>P&amp;rotocoles</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Some catalogue entries have changes that are not saved. Discard them?</source>
        <translation>Certaines entrées du catalogue ont des modifications non enregistrées. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>CatalogueModels</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Active ingredient</source>
        <translation>Principe actif</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Low stock at</source>
        <translation>Stock bas à</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>RECALLED: %1</source>
        <translation>RAPPELÉ : %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>PÉRIMÉ</translation>
    </message>
    <message>
        <source>Recall from %1</source>
        <translation>Rappel à partir du %1</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Bientôt périmé</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>stock bas</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bas</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilisable</translation>
    </message>
    <message>
        <source>Recalled on %1: %2</source>
        <translation>Rappelé le %1 : %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>%1 × every %2 d</source>
        <translation>%1 × tous les %2 j</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
</context>
<context>
    <name>ChartContent</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <extracomment>The medical-history risk factors, in the order shown (labels: ``label(&quot;risk&quot;, key)``).</extracomment>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Fitzpatrick %1</source>
        <translation>Fitzpatrick %1</translation>
    </message>
    <message>
        <source>ARCHIVED</source>
        <translation>ARCHIVÉ</translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation>Aucune coordonnée</translation>
    </message>
    <message>
        <source>Merged from: %1</source>
        <translation>Fusionné à partir de : %1</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Pas encore de photo</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Next due %1</source>
        <translation>Prochaine échéance le %1</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Medical history never reviewed</source>
        <translation>Antécédents médicaux jamais revus</translation>
    </message>
    <message>
        <source>History reviewed %1</source>
        <translation>Antécédents revus le %1</translation>
    </message>
    <message>
        <source>no area</source>
        <translation>aucune zone</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Séance : %1</translation>
    </message>
    <message>
        <source>Reaction: %1 (%2)</source>
        <translation>Réaction : %1 (%2)</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>résolue le %1</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>pas encore résolue</translation>
    </message>
    <message>
        <source>Consent signed: %1</source>
        <translation>Consentement signé : %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan started: %1</source>
        <translation>Plan commencé : %1</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>Prochaine échéance : %1</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>Revus le %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aiguille</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profondeur (mm)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
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
        <translation>Rapports de la clinique</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Reactions by product, lot, practitioner and area</source>
        <translation>Réactions par produit, lot, praticien et zone</translation>
    </message>
    <message>
        <source>Lot recall: who received a lot</source>
        <translation>Rappel de lot : patients ayant reçu un lot</translation>
    </message>
    <message>
        <source>Activity by period</source>
        <translation>Activité par période</translation>
    </message>
    <message>
        <source>Outcomes: benefit beside risk (courses starting in the period)</source>
        <translation>Résultats : bénéfice et risque (cures commençant dans la période)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Lot number, e.g. HA-2310</source>
        <translation>Numéro de lot, p. ex. HA-2310</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Also write the per-course CSV for a statistician (beside the PDF)</source>
        <translation>Écrire aussi le CSV par cure pour un statisticien (à côté du PDF)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>One row per</source>
        <translation>Une ligne par</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>Enter the lot number.</source>
        <translation>Saisissez le numéro de lot.</translation>
    </message>
    <message>
        <source>Printing the recall list</source>
        <translation>Impression de la liste de rappel</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>Printing the follow-ups</source>
        <translation>Impression des suivis</translation>
    </message>
    <message>
        <source>Printing the outcomes report</source>
        <translation>Impression du rapport des résultats</translation>
    </message>
    <message>
        <source>Printing the reactions report</source>
        <translation>Impression du rapport des réactions</translation>
    </message>
    <message>
        <source>Printing the activity report</source>
        <translation>Impression du rapport d&apos;activité</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Paramètres de la clinique</translation>
    </message>
    <message>
        <source>Load logo…</source>
        <translation>Charger un logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source> days before expiry</source>
        <translation> jours avant la péremption</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom de la clinique :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Pa&amp;per size:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>File number &amp;prefix:</source>
        <translation>&amp;Préfixe des numéros de dossier :</translation>
    </message>
    <message>
        <source>&amp;Warn about lots:</source>
        <translation>A&amp;vertir pour les lots :</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Verrouiller l&apos;écran après :</translation>
    </message>
    <message>
        <source>These details appear on every printed document. Only an administrator can change them.</source>
        <translation>Ces informations figurent sur chaque document imprimé. Seul un administrateur peut les modifier.</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clinique</translation>
    </message>
    <message>
        <source>&amp;Safety and privacy</source>
        <translation>&amp;Sécurité et confidentialité</translation>
    </message>
    <message>
        <source>Required (sign-off refused)</source>
        <translation>Obligatoire (signature refusée)</translation>
    </message>
    <message>
        <source>Warn (sign off with a reason)</source>
        <translation>Avertir (signature avec un motif)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Any practitioner (with a reason)</source>
        <translation>Tout praticien (avec un motif)</translation>
    </message>
    <message>
        <source>Keep the GPS position and other location tags</source>
        <translation>Conserver la position GPS et les autres données de localisation</translation>
    </message>
    <message>
        <source> failed sign-ins in a row</source>
        <translation> échecs de connexion d’affilée</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Signed &amp;consent on file:</source>
        <translation>&amp;Consentement signé au dossier :</translation>
    </message>
    <message>
        <source>Medical &amp;history reviewed:</source>
        <translation>&amp;Antécédents médicaux revus :</translation>
    </message>
    <message>
        <source>… within the last:</source>
        <translation>… au cours des derniers :</translation>
    </message>
    <message>
        <source>&amp;Risks and allergies:</source>
        <translation>&amp;Risques et allergies :</translation>
    </message>
    <message>
        <source>Amend a colleague&apos;s &amp;signed session:</source>
        <translation>Rectifier la séance &amp;signée d&apos;un confrère :</translation>
    </message>
    <message>
        <source>Imported &amp;photos:</source>
        <translation>&amp;Photos importées :</translation>
    </message>
    <message>
        <source>Lock a user &amp;name after:</source>
        <translation>Bloquer un &amp;nom d’utilisateur après :</translation>
    </message>
    <message>
        <source>… for:</source>
        <translation>… pendant :</translation>
    </message>
    <message>
        <source>Checked when a session is signed off. Risks are pregnancy or breast-feeding, anticoagulants, an active skin infection, a keloid tendency and allergies to what the session uses. A warning can be overridden with a reason, which is kept with the session and printed on it.</source>
        <translation>Vérifié à la signature d&apos;une séance. Les risques sont la grossesse ou l&apos;allaitement, les anticoagulants, une infection cutanée active, une tendance aux chéloïdes et les allergies à ce que la séance utilise. Un avertissement peut être outrepassé avec un motif, conservé avec la séance et imprimé dessus.</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Choisir le logo de la clinique</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>this file is not a PNG or JPEG image</source>
        <translation>ce fichier n&apos;est pas une image PNG ou JPEG</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Administrators only</source>
        <translation>Administrateurs uniquement</translation>
    </message>
    <message>
        <source>Only an administrator can change the clinic settings.</source>
        <translation>Seul un administrateur peut modifier les paramètres de la clinique.</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Discard them?</source>
        <translation>Les paramètres ont des modifications non enregistrées. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent — %1 %2</source>
        <translation>Consentement — %1 %2</translation>
    </message>
    <message>
        <source>Consent &amp;text:</source>
        <translation>&amp;Texte de consentement :</translation>
    </message>
    <message>
        <source>No consent text has been set up for this clinic yet.</source>
        <translation>Aucun texte de consentement n&apos;a encore été défini pour cette clinique.</translation>
    </message>
    <message>
        <source>Create version 1 from the standard text</source>
        <translation>Créer la version 1 à partir du texte standard</translation>
    </message>
    <message>
        <source>Text of the consent</source>
        <translation>Texte du consentement</translation>
    </message>
    <message>
        <source>Bruising, swelling, redness and discomfort at the injection sites; itching, wheals, nodules, small visible vessels, infection, nausea; rarely an allergic reaction, exceptionally severe.</source>
        <translation>Ecchymoses, œdème, rougeur et gêne aux points d&apos;injection ; démangeaisons, papules ortiées, nodules, petits vaisseaux visibles, infection, nausées ; rarement une réaction allergique, exceptionnellement grave.</translation>
    </message>
    <message>
        <source>Improved skin hydration, elasticity and radiance; softer fine lines. Results vary and are not permanent: a course of sessions then maintenance is needed. Alternatives were discussed.</source>
        <translation>Meilleure hydratation, élasticité et éclat de la peau ; ridules atténuées. Les résultats varient et ne sont pas définitifs : une cure de séances puis un entretien sont nécessaires. Les alternatives ont été discutées.</translation>
    </message>
    <message>
        <source>&amp;Risks discussed:</source>
        <translation>&amp;Risques expliqués :</translation>
    </message>
    <message>
        <source>&amp;Benefits discussed:</source>
        <translation>&amp;Bénéfices expliqués :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Praticien :</translation>
    </message>
    <message>
        <source>Patient&apos;s signature (%1 %2):</source>
        <translation>Signature du patient (%1 %2) :</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Load scanned signature…</source>
        <translation>Charger une signature scannée…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Consent to mesotherapy treatment</source>
        <translation>Consentement au traitement par mésothérapie</translation>
    </message>
    <message>
        <source>Load a scanned signature</source>
        <translation>Charger une signature scannée</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>This file is not an image that can be read.</source>
        <translation>Ce fichier n&apos;est pas une image lisible.</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Signature scannée</translation>
    </message>
    <message>
        <source>Signed on screen</source>
        <translation>Signé à l&apos;écran</translation>
    </message>
    <message>
        <source>choose the consent text the patient read</source>
        <translation>choisissez le texte de consentement lu par le patient</translation>
    </message>
    <message>
        <source>This consent is not recorded yet. Discard it?</source>
        <translation>Ce consentement n&apos;est pas encore enregistré. L&apos;abandonner ?</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>tracée</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>scannée</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>e.g. %1 or %2</source>
        <translation>p. ex. %1 ou %2</translation>
    </message>
</context>
<context>
    <name>DefinitionEditor</name>
    <message>
        <source>lower-case letters, digits, _</source>
        <translation>minuscules, chiffres, _</translation>
    </message>
    <message>
        <source>The code exports and reports use; it cannot be changed once the entry is added.</source>
        <translation>Le code utilisé par les exports et les rapports ; il ne peut plus être modifié une fois l’entrée ajoutée.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de :</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
</context>
<context>
    <name>DefinitionsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Range or unit</source>
        <translation>Plage ou unité</translation>
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
        <translation>Ce patient est peut-être déjà enregistré</translation>
    </message>
    <message>
        <source>These records look like the same person. Open the existing record rather than create a second one: its allergies and alerts would be missing from a duplicate.</source>
        <translation>Ces dossiers semblent concerner la même personne. Ouvrez le dossier existant plutôt que d&apos;en créer un second : ses allergies et alertes manqueraient dans un doublon.</translation>
    </message>
    <message>
        <source>same date of birth and a similar name</source>
        <translation>même date de naissance et nom proche</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>Reason to save a separate record (e.g. twin sister), kept in the audit trail</source>
        <translation>Motif d&apos;un dossier distinct (p. ex. sœur jumelle), conservé dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Open the selected record</source>
        <translation>&amp;Ouvrir le dossier sélectionné</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>&amp;Create a new record anyway</source>
        <translation>&amp;Créer quand même un nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Give the reason for a separate record.</source>
        <translation>Indiquez le motif d&apos;un dossier distinct.</translation>
    </message>
</context>
<context>
    <name>EditorFrameMixin</name>
    <message>
        <source>File %1 · born %2 (%3 years)</source>
        <translation>Dossier %1 · né(e) le %2 (%3 ans)</translation>
    </message>
    <message>
        <source>Please check before saving</source>
        <translation>Veuillez vérifier avant d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Go back and change</source>
        <translation>Revenir et modifier</translation>
    </message>
    <message>
        <source>Save and sign &amp;off</source>
        <translation>Enregistrer et si&amp;gner</translation>
    </message>
    <message>
        <source>After sign-off, changes need an amendment with a reason</source>
        <translation>Après la signature, toute modification exige une rectification motivée</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Recti&amp;fier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation>Enregistrer la séance (Ctrl+S)</translation>
    </message>
    <message>
        <source>Area %1 (%2), %3: %4</source>
        <translation>Zone %1 (%2), %3 : %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a patient</source>
        <translation>Effacer un patient</translation>
    </message>
    <message>
        <source>Erasing removes this patient and everything about them for good: sessions, injection maps, photos, consents, reactions, follow-ups, and the details of their audit entries. It cannot be undone. Backups made before today still hold the patient until they are rotated away.

Archive the patient instead unless the record must be erased (for example, at the patient&apos;s request under data-protection law).</source>
        <translation>L&apos;effacement supprime définitivement ce patient et tout ce qui le concerne : séances, cartes d&apos;injection, photos, consentements, réactions, suivis et le détail de ses entrées du journal d&apos;audit. C&apos;est irréversible. Les sauvegardes antérieures à aujourd&apos;hui contiennent encore le patient jusqu&apos;à leur rotation.

Archivez plutôt le patient, sauf si le dossier doit être effacé (par exemple à la demande du patient en application de la loi sur la protection des données).</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <source>Open a patient&apos;s chart first.</source>
        <translation>Ouvrez d&apos;abord le dossier d&apos;un patient.</translation>
    </message>
    <message>
        <source>Only an administrator can erase a patient.</source>
        <translation>Seul un administrateur peut effacer un patient.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;, file number %3, born %4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;, dossier n° %3, né(e) le %4</translation>
    </message>
    <message>
        <source>Type the file number (%1) to confirm:</source>
        <translation>Saisissez le numéro de dossier (%1) pour confirmer :</translation>
    </message>
    <message>
        <source>Erasing the patient</source>
        <translation>Effacement du patient</translation>
    </message>
</context>
<context>
    <name>ExportPatientDialog</name>
    <message>
        <source>Export the record of {name}</source>
        <translation>Exporter le dossier de {name}</translation>
    </message>
    <message>
        <source>Everything the clinic holds about {name} ({file_no}): identity, history, allergies, consents, sessions, reactions, follow-ups, photos and the audit trail. The file holds health data: keep it safe.</source>
        <translation>Tout ce que la clinique détient sur {name} ({file_no}) : identité, antécédents, allergies, consentements, séances, réactions, suivis, photos et journal d&apos;audit. Le fichier contient des données de santé : conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>Complete record (MesoDesk JSON)</source>
        <translation>Dossier complet (JSON MesoDesk)</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle (for another health record system)</source>
        <translation>Bundle FHIR R4 (pour un autre système de dossier médical)</translation>
    </message>
    <message>
        <source>As a &amp;transaction (to upload to a FHIR server)</source>
        <translation>Comme &amp;transaction (pour l&apos;envoi vers un serveur FHIR)</translation>
    </message>
    <message>
        <source>Each resource with a PUT request: uploading it twice updates instead of duplicating.</source>
        <translation>Chaque ressource avec une requête PUT : un deuxième envoi met à jour au lieu de créer un doublon.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Please wait: the file is being written.</source>
        <translation>Veuillez patienter : le fichier est en cours d&apos;écriture.</translation>
    </message>
    <message>
        <source>Save the record as</source>
        <translation>Enregistrer le dossier sous</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exporting the record</source>
        <translation>Exportation du dossier</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L&apos;exportation a échoué.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choisir le tableur</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab separated), an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods). The first row must hold the column names.</source>
        <translation>Un fichier CSV (séparé par des virgules, des points-virgules ou des tabulations), un classeur Excel (.xlsx) ou une feuille de calcul OpenDocument (.ods). La première ligne doit contenir les noms des colonnes.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel CSV UTF-8)</source>
        <translation>UTF-8 avec BOM (Excel CSV UTF-8)</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel CSV)</source>
        <translation>Windows-1252 (Excel CSV)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (texte Unicode)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>Tableur à importer</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file has column names but no patients.</source>
        <translation>Le fichier a des noms de colonnes mais aucun patient.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to MesoDesk</source>
        <translation>Bienvenue dans MesoDesk</translation>
    </message>
    <message>
        <source>This database is new. How would you like to start?</source>
        <translation>Cette base de données est nouvelle. Comment souhaitez-vous commencer ?</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clinique de démonstration</translation>
    </message>
    <message>
        <source>%1 invented patients with sessions, reactions and follow-ups, to explore MesoDesk. Not for real patients.</source>
        <translation>%1 patients fictifs avec séances, réactions et suivis, pour découvrir MesoDesk. Pas pour de vrais patients.</translation>
    </message>
    <message>
        <source>Empty clinic</source>
        <translation>Clinique vide</translation>
    </message>
    <message>
        <source>Start your own clinic: its name and the administrator&apos;s account.</source>
        <translation>Créez votre propre clinique : son nom et le compte de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nom de la clinique</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name</source>
        <translation>&amp;Identifiant de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name</source>
        <translation>Nom &amp;complet de l&apos;administrateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Mot de passe (&amp;confirmation)</translation>
    </message>
    <message>
        <source>The administrator manages users, settings and backups, and can record treatments. Choose a password of at least 8 characters.</source>
        <translation>L&apos;administrateur gère les utilisateurs, les paramètres et les sauvegardes, et peut enregistrer des traitements. Choisissez un mot de passe d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>&amp;Create clinic</source>
        <translation>&amp;Créer la clinique</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Continue to sign in</source>
        <translation>Continuer vers la connexion</translation>
    </message>
    <message>
        <source>Creating the demo clinic…</source>
        <translation>Création de la clinique de démonstration…</translation>
    </message>
    <message>
        <source>The demo clinic is ready.</source>
        <translation>La clinique de démonstration est prête.</translation>
    </message>
    <message>
        <source>Sign in as &lt;b&gt;admin&lt;/b&gt; with the password &lt;b&gt;mesodesk&lt;/b&gt;. Other demo accounts: dr.martin, dr.rossi, dr.nowak (practitioners) and claire (assistant), same password.</source>
        <translation>Connectez-vous en tant que &lt;b&gt;admin&lt;/b&gt; avec le mot de passe &lt;b&gt;mesodesk&lt;/b&gt;. Autres comptes de démonstration : dr.martin, dr.rossi, dr.nowak (praticiens) et claire (assistante), même mot de passe.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>Your clinic is ready.</source>
        <translation>Votre clinique est prête.</translation>
    </message>
    <message>
        <source>Sign in as &lt;b&gt;%1&lt;/b&gt; with the password you chose.</source>
        <translation>Connectez-vous en tant que &lt;b&gt;%1&lt;/b&gt; avec le mot de passe choisi.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>pas encore appelé</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsDashboard</name>
    <message>
        <source>Overdue</source>
        <extracomment>What the lists show: a change to any of these reloads them.</extracomment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Follow-ups: %1</source>
        <translation>Suivis : %1</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Appel :</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>New date for the follow-up</source>
        <translation>Nouvelle date du suivi</translation>
    </message>
    <message>
        <source>Reschedule to</source>
        <translation>Reporter au</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Aujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Cette semaine (%1)</translation>
    </message>
    <message>
        <source>Type the new date.</source>
        <translation>Tapez la nouvelle date.</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reporter</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Vous avez des modifications non enregistrées. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>FormulasTabMixin</name>
    <message>
        <source>Formulas</source>
        <translation>Formules</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Standard formula (offered in the session editor)</source>
        <translation>Formule standard (proposée dans l&apos;éditeur de séance)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Ingredients of the formula</source>
        <translation>Composants de la formule</translation>
    </message>
    <message>
        <source>Ingredients:</source>
        <translation>Composants :</translation>
    </message>
    <message>
        <source>Add ingredient</source>
        <translation>Ajouter un composant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>New formula</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <source>Save formula</source>
        <translation>Enregistrer la formule</translation>
    </message>
    <message>
        <source>add a product first</source>
        <translation>ajoutez d&apos;abord un produit</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Medical history and allergies</source>
        <translation>Antécédents médicaux et allergies</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Facteurs de risque</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Traitements en cours</translation>
    </message>
    <message>
        <source>O&amp;ther</source>
        <translation>A&amp;utres</translation>
    </message>
    <message>
        <source>Allergies (saved as soon as added or removed)</source>
        <translation>Allergies (enregistrées dès leur ajout ou retrait)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Liste des allergies</translation>
    </message>
    <message>
        <source>Substance of the new allergy</source>
        <translation>Substance de la nouvelle allergie</translation>
    </message>
    <message>
        <source>Substance, e.g. lidocaine</source>
        <translation>Substance, p. ex. lidocaïne</translation>
    </message>
    <message>
        <source>Reaction to the substance</source>
        <translation>Réaction à la substance</translation>
    </message>
    <message>
        <source>Reaction, e.g. hives</source>
        <translation>Réaction, p. ex. urticaire</translation>
    </message>
    <message>
        <source>Severity of the allergy</source>
        <translation>Gravité de l&apos;allergie</translation>
    </message>
    <message>
        <source>&amp;Add allergy</source>
        <translation>&amp;Ajouter l&apos;allergie</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Save as &amp;reviewed today</source>
        <translation>Enregistrer comme &amp;revu aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Save without review</source>
        <translation>Enregi&amp;strer sans revue</translation>
    </message>
    <message>
        <source>Medical history and allergies — %1</source>
        <translation>Antécédents médicaux et allergies — %1</translation>
    </message>
    <message>
        <source>This medical history has never been reviewed.</source>
        <translation>Ces antécédents médicaux n&apos;ont jamais été revus.</translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation>Revus le %1</translation>
    </message>
    <message>
        <source>Remove allergy</source>
        <translation>Retirer l&apos;allergie</translation>
    </message>
    <message>
        <source>Remove “%1” from the patient&apos;s allergies?</source>
        <translation>Retirer « %1 » des allergies du patient ?</translation>
    </message>
</context>
<context>
    <name>HistoryPageMixin</name>
    <message>
        <source>Changes to this session</source>
        <translation>Modifications de cette séance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation>Signée par %1 le %2.</translation>
    </message>
    <message>
        <source>Draft: not signed off yet.</source>
        <translation>Brouillon : pas encore signée.</translation>
    </message>
    <message>
        <source>&amp;Amendments (%1)</source>
        <translation>&amp;Rectifications (%1)</translation>
    </message>
    <message>
        <source>&amp;Amendments</source>
        <translation>&amp;Rectifications</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>praticien</translation>
    </message>
    <message>
        <source>indications</source>
        <translation>indications</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <source>injection map</source>
        <translation>carte des injections</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>formule</translation>
    </message>
    <message>
        <source>anaesthesia</source>
        <translation>anesthésie</translation>
    </message>
    <message>
        <source>immediate reactions</source>
        <translation>réactions immédiates</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Importing patients… Nothing is saved until every row is done.</source>
        <translation>Importation des patients… Rien n&apos;est enregistré tant que toutes les lignes ne sont pas traitées.</translation>
    </message>
    <message>
        <source>Importing patients</source>
        <translation>Importation des patients</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>{n} patients imported. {left} rows were left out.</source>
        <translation>{n} patients importés. {left} lignes ont été écartées.</translation>
    </message>
    <message>
        <source>The import was cancelled: no patient was imported.</source>
        <translation>L&apos;importation a été annulée : aucun patient n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The import failed: no patient was imported.</source>
        <translation>L&apos;importation a échoué : aucun patient n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>File number</source>
        <extracomment>A preview row: the file&apos;s row number and its cells (text, or a date from a workbook). A problem: the file&apos;s row number, the field&apos;s label, what is wrong.</extracomment>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Skin type (Fitzpatrick)</source>
        <translation>Phototype (Fitzpatrick)</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Contre-indications</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Ordre des dates</translation>
    </message>
    <message>
        <source>Import patients</source>
        <extracomment>the clinic&apos;s locale: ambiguous dates (every one could be either order) are read as it writes them</extracomment>
        <translation>Importer des patients</translation>
    </message>
</context>
<context>
    <name>InjectionMap</name>
    <message>
        <source>Face, front</source>
        <translation>Visage, face</translation>
    </message>
    <message>
        <source>Face, left side</source>
        <translation>Visage, côté gauche</translation>
    </message>
    <message>
        <source>Face, right side</source>
        <translation>Visage, côté droit</translation>
    </message>
    <message>
        <source>Neck and décolleté</source>
        <translation>Cou et décolleté</translation>
    </message>
    <message>
        <source>Scalp, top view</source>
        <translation>Cuir chevelu, vue de dessus</translation>
    </message>
    <message>
        <source>Body, front</source>
        <translation>Corps, face</translation>
    </message>
    <message>
        <source>Body, back</source>
        <translation>Corps, dos</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Point %1</translation>
    </message>
    <message>
        <source>%1 mm deep</source>
        <translation>%1 mm de profondeur</translation>
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
        <translation>Supprimer la marque %1</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Click on the diagram to place an injection point</source>
        <translation>Cliquez sur le schéma pour placer un point d&apos;injection</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Press and drag on the diagram to mark a zone</source>
        <translation>Appuyez et faites glisser sur le schéma pour marquer une zone</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected mark (Delete key)</source>
        <translation>Supprimer la marque sélectionnée (touche Suppr)</translation>
    </message>
    <message>
        <source>Injection map</source>
        <translation>Carte des injections</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>Ajouter une zone</translation>
    </message>
    <message>
        <source>The diagram with the numbered injection points. Click or press Insert to add a point; the arrow keys move the selected point (with Shift in larger steps), Delete removes it and Esc deselects it.</source>
        <translation>Le schéma avec les points d&apos;injection numérotés. Cliquez ou appuyez sur Inser pour ajouter un point ; les flèches déplacent le point sélectionné (à plus grands pas avec Maj), Suppr le supprime et Échap le désélectionne.</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Move mark</source>
        <translation>Déplacer la marque</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Supprimer la marque</translation>
    </message>
    <message>
        <source>Change mark</source>
        <translation>Modifier la marque</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>doublon possible</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>MesoDesk is locked</source>
        <translation>MesoDesk est verrouillé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Close this user&apos;s work and return to the sign-in window</source>
        <translation>Fermer le travail de cet utilisateur et revenir à la fenêtre de connexion</translation>
    </message>
    <message>
        <source>Sign in as another user</source>
        <translation>Se connecter en tant qu&apos;autre utilisateur</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to unlocking as %1</source>
        <translation>Revenir au déverrouillage en tant que %1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Another user signs in on this workstation</source>
        <translation>Un autre utilisateur se connecte sur ce poste</translation>
    </message>
    <message>
        <source>Enter the user name of who is signing in.</source>
        <translation>Saisissez le nom d&apos;utilisateur de la personne qui se connecte.</translation>
    </message>
    <message>
        <source>Quit MesoDesk</source>
        <translation>Quitter MesoDesk</translation>
    </message>
    <message>
        <source>%1 is signed out when you sign in; nothing of theirs stays on screen. Enter your user name and password.</source>
        <translation>%1 est déconnecté(e) dès que vous vous connectez ; rien de son travail ne reste à l&apos;écran. Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Patient data is hidden while MesoDesk is locked.
Enter the password of %1 (%2) to continue.</source>
        <translation>Les données des patients sont masquées tant que MesoDesk est verrouillé.
Saisissez le mot de passe de %1 (%2) pour continuer.</translation>
    </message>
</context>
<context>
    <name>LockingMixin</name>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Mot de passe incorrect. Réessayez.</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Vérification du mot de passe</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved (%2). %1 must unlock and save or discard them first; nothing was closed.</source>
        <translation>%1 a des modifications non enregistrées (%2). %1 doit d&apos;abord déverrouiller puis les enregistrer ou les abandonner ; rien n&apos;a été fermé.</translation>
    </message>
</context>
<context>
    <name>LotsTabMixin</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>&amp;Rappeler…</translation>
    </message>
    <message>
        <source>Refuse the selected lot for every new session</source>
        <translation>Refuser le lot sélectionné pour toute nouvelle séance</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Liste des lots</translation>
    </message>
    <message>
        <source>Add a lot received</source>
        <translation>Ajouter un lot reçu</translation>
    </message>
    <message>
        <source>as printed on the vial</source>
        <translation>tel qu&apos;imprimé sur le flacon</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>Pro&amp;duit :</translation>
    </message>
    <message>
        <source>Lot &amp;number:</source>
        <translation>&amp;Numéro de lot :</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>&amp;Péremption :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Re&amp;çu le :</translation>
    </message>
    <message>
        <source>Add lot</source>
        <translation>Ajouter le lot</translation>
    </message>
    <message>
        <source>add a product first</source>
        <translation>ajoutez d&apos;abord un produit</translation>
    </message>
    <message>
        <source>Select the lot to recall in the table.</source>
        <translation>Sélectionnez dans le tableau le lot à rappeler.</translation>
    </message>
    <message>
        <source>Lot %1 is already recalled.</source>
        <translation>Le lot %1 est déjà rappelé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search: name, file no., phone or date of birth</source>
        <translation>Rechercher : nom, n° de dossier, téléphone ou date de naissance</translation>
    </message>
    <message>
        <source>Ctrl+F. ↑/↓ move in the list, Enter opens the chart.</source>
        <translation>Ctrl+F. ↑/↓ pour parcourir la liste, Entrée ouvre le dossier.</translation>
    </message>
    <message>
        <source>MesoDesk is locked.</source>
        <translation>MesoDesk est verrouillé.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>Arc&amp;hiver le patient…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Dialogs written elsewhere, imported only when first used: key -&gt; (module under mesodesk.gui, class). Signals of those dialogs after which everything is reloaded: a restore replaces the whole database (saves need no signal: every view follows the services&apos; change notification, gui/changes.py).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Liste des patients</translation>
    </message>
    <message>
        <source>The new language is used the next time MesoDesk starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de MesoDesk.</translation>
    </message>
    <message>
        <source>First %1 patients shown; type to narrow the list.</source>
        <translation>Les %1 premiers patients sont affichés ; tapez pour affiner la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s) found</source>
        <translation>
            <numerusform>%Ln patient trouvé</numerusform>
            <numerusform>%Ln patients trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient found. Ctrl+N registers a new one.</source>
        <translation>Aucun patient trouvé. Ctrl+N en enregistre un nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln patient</numerusform>
            <numerusform>%Ln patients</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest&amp;ore patient…</source>
        <translation>Rest&amp;aurer le patient…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>This feature is not available in this version.</source>
        <translation>Cette fonction n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>About MesoDesk</source>
        <translation>À propos de MesoDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MesoDesk %1&lt;/h3&gt;&lt;p&gt;Patient records for mesotherapy and aesthetic-injection clinics.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MesoDesk %1&lt;/h3&gt;&lt;p&gt;Dossiers patients pour les cabinets de mésothérapie et d&apos;injections esthétiques.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>What is due today: calls, sign-offs, reactions, stock (Alt+Home)</source>
        <translation>Ce qui est à faire aujourd&apos;hui : appels, signatures, réactions, stock (Alt+Début)</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>Enregistrer un nouveau patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importer des patients…</translation>
    </message>
    <message>
        <source>&amp;Export patient record…</source>
        <translation>&amp;Exporter le dossier du patient…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Modifier le patient…</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nouvelle &amp;séance…</translation>
    </message>
    <message>
        <source>Record a treatment session (Ctrl+Shift+N)</source>
        <translation>Enregistrer une séance de traitement (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Record &amp;reaction…</source>
        <translation>Enregistrer une &amp;réaction…</translation>
    </message>
    <message>
        <source>&amp;Plan a course…</source>
        <translation>&amp;Planifier une cure…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Enregistrer le &amp;consentement…</translation>
    </message>
    <message>
        <source>&amp;Medical history and allergies…</source>
        <translation>&amp;Antécédents médicaux et allergies…</translation>
    </message>
    <message>
        <source>C&amp;ompare photos…</source>
        <translation>C&amp;omparer des photos…</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>Arc&amp;hiver le patient…</translation>
    </message>
    <message>
        <source>Mer&amp;ge duplicate records…</source>
        <translation>&amp;Fusionner des dossiers en double…</translation>
    </message>
    <message>
        <source>Administrators: move a duplicate&apos;s records onto the record kept</source>
        <translation>Administrateurs : déplacer les données d&apos;un doublon vers le dossier conservé</translation>
    </message>
    <message>
        <source>&amp;Follow-ups dashboard</source>
        <translation>&amp;Tableau des suivis</translation>
    </message>
    <message>
        <source>Calls and visits due (Ctrl+Shift+F)</source>
        <translation>Appels et visites à faire (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>&amp;Patient summary…</source>
        <translation>&amp;Synthèse du patient…</translation>
    </message>
    <message>
        <source>&amp;Clinic reports…</source>
        <translation>&amp;Rapports de la clinique…</translation>
    </message>
    <message>
        <source>Follow-ups, reactions, lot recalls, activity</source>
        <translation>Suivis, réactions, rappels de lots, activité</translation>
    </message>
    <message>
        <source>&amp;Products and formulas…</source>
        <translation>&amp;Produits et formules…</translation>
    </message>
    <message>
        <source>Products, lots and formulas</source>
        <translation>Produits, lots et formules</translation>
    </message>
    <message>
        <source>&amp;Outcome scales and measures…</source>
        <translation>&amp;Échelles et mesures des résultats…</translation>
    </message>
    <message>
        <source>The validated scales and measures outcomes are recorded with, and the clinic&apos;s own</source>
        <translation>Les échelles validées et les mesures avec lesquelles les résultats sont enregistrés, et celles de la clinique</translation>
    </message>
    <message>
        <source>&amp;Clinic settings…</source>
        <translation>Paramètres de la &amp;clinique…</translation>
    </message>
    <message>
        <source>Clinic name, address, logo, idle lock</source>
        <translation>Nom, adresse et logo de la clinique, verrouillage après inactivité</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>&amp;Sauvegarde et restauration…</translation>
    </message>
    <message>
        <source>&amp;Erase patient…</source>
        <translation>&amp;Effacer le patient…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>&amp;About MesoDesk</source>
        <translation>À &amp;propos de MesoDesk</translation>
    </message>
    <message>
        <source>&amp;Reset window layout</source>
        <translation>&amp;Réinitialiser la disposition des fenêtres</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, appearance and search on this workstation</source>
        <translation>Langue, apparence et recherche sur ce poste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>S&amp;uivis</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Paramètre&amp;s</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MapPageMixin</name>
    <message>
        <source>The injection map is not available in this installation.</source>
        <translation>La carte des injections n&apos;est pas disponible dans cette installation.</translation>
    </message>
</context>
<context>
    <name>MapPanelMixin</name>
    <message>
        <source>Select a mark to see and edit its depth, volume and product.</source>
        <translation>Sélectionnez une marque pour voir et modifier sa profondeur, son volume et son produit.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
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
        <translation>Rayon de la zone, en proportion de la largeur du schéma</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 zone</translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation>%1 zones</translation>
    </message>
    <message>
        <source>Total on this diagram: %1 ml</source>
        <translation>Total sur ce schéma : %1 ml</translation>
    </message>
    <message>
        <source>No marks on this diagram.</source>
        <translation>Aucune marque sur ce schéma.</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Injection map</source>
        <translation>Carte des injections</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Point %1</translation>
    </message>
    <message>
        <source>Product #%1</source>
        <translation>Produit n° %1</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
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
        <translation>Appuyez et faites glisser pour tracer une zone (un clic donne une taille standard) · faites glisser un numéro pour le déplacer · Suppr retire la marque sélectionnée · la molette zoome · Ctrl+Z annule</translation>
    </message>
    <message>
        <source>Click or press Insert to place a point · drag a number to move it (or arrow keys) · Delete removes the selected mark · wheel zooms · Ctrl+Z undoes</source>
        <translation>Cliquez ou appuyez sur Inser pour placer un point · faites glisser un numéro pour le déplacer (ou flèches du clavier) · Suppr retire la marque sélectionnée · la molette zoome · Ctrl+Z annule</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Columns with usual names are matched already. Choose the field for the others, or leave them out.</source>
        <translation>Les colonnes aux noms usuels sont déjà associées. Choisissez le champ des autres, ou laissez-les de côté.</translation>
    </message>
    <message>
        <source>Find out from the file</source>
        <translation>Déterminer d&apos;après le fichier</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/1980)</source>
        <translation>Jour/mois/année (31/12/1980)</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/1980)</source>
        <translation>Mois/jour/année (12/31/1980)</translation>
    </message>
    <message>
        <source>Year-month-day (1980-12-31)</source>
        <translation>Année-mois-jour (1980-12-31)</translation>
    </message>
    <message>
        <source>&amp;Dates are written</source>
        <translation>&amp;Les dates sont écrites</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Aperçu des premières lignes :</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>{rows} rows · encoding {enc} · separator: {sep}</source>
        <translation>{rows} lignes · encodage {enc} · séparateur : {sep}</translation>
    </message>
    <message>
        <source>{rows} rows · {kind} workbook, first sheet</source>
        <translation>{rows} lignes · classeur {kind}, première feuille</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(colonne {n})</translation>
    </message>
    <message>
        <source>Still needed: {fields}</source>
        <translation>Encore requis : {fields}</translation>
    </message>
</context>
<context>
    <name>MeasureDefinitionDialog</name>
    <message>
        <source>Add a measure</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Change a measure</source>
        <translation>Modifier une mesure</translation>
    </message>
    <message>
        <source>A number taken at a visit, such as a device reading. It is stored with its unit and offered at once in every patient&apos;s Outcomes tab.</source>
        <translation>Un nombre relevé lors d’une visite, par exemple la lecture d’un appareil. Il est enregistré avec son unité et proposé aussitôt dans l’onglet Résultats de chaque patient.</translation>
    </message>
    <message>
        <source>e.g. Skin hydration (corneometer)</source>
        <translation>p. ex. Hydratation cutanée (cornéomètre)</translation>
    </message>
    <message>
        <source>e.g. AU, mm, %, kg</source>
        <translation>p. ex. UA, mm, %, kg</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>optional, for exchange (e.g. mm, %, kg)</source>
        <translation>facultatif, pour l’échange (p. ex. mm, %, kg)</translation>
    </message>
    <message>
        <source>UCUM c&amp;ode:</source>
        <translation>C&amp;ode UCUM :</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut, c’est mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation>&amp;Lecture :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Lowest plausible value</source>
        <translation>Valeur plausible la plus basse</translation>
    </message>
    <message>
        <source>Highest plausible value</source>
        <translation>Valeur plausible la plus haute</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Plausible range:</source>
        <translation>&amp;Plage plausible :</translation>
    </message>
    <message>
        <source>A value outside it is refused as a typo.</source>
        <translation>Une valeur en dehors est refusée comme faute de frappe.</translation>
    </message>
    <message>
        <source>e.g. left cheek, 2 cm below the cheekbone; probe held 3 s</source>
        <translation>p. ex. joue gauche, 2 cm sous la pommette ; sonde tenue 3 s</translation>
    </message>
    <message>
        <source>&amp;Site and method:</source>
        <translation>&amp;Site et méthode :</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>aucune règle</translation>
    </message>
    <message>
        <source>A patient counts as a responder when the value improved by at least this much.</source>
        <translation>Un patient est compté comme répondeur quand la valeur s’est améliorée d’au moins autant.</translation>
    </message>
    <message>
        <source>Responder when &amp;improved by:</source>
        <translation>Répondeur si &amp;amélioré de :</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Ajouter la mesure</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate records</source>
        <translation>Fusionner des dossiers en double</translation>
    </message>
    <message>
        <source>Choose the record to keep and its duplicate. Everything recorded on the duplicate moves to the record kept; the duplicate is then archived, not deleted.</source>
        <translation>Choisissez le dossier à conserver et son doublon. Tout ce qui est enregistré dans le doublon passe dans le dossier conservé ; le doublon est ensuite archivé, pas supprimé.</translation>
    </message>
    <message>
        <source>&amp;Record to keep</source>
        <translation>Dossier à &amp;conserver</translation>
    </message>
    <message>
        <source>&amp;Duplicate (archived after the merge)</source>
        <translation>&amp;Doublon (archivé après la fusion)</translation>
    </message>
    <message>
        <source>Reason for the merge</source>
        <translation>Motif de la fusion</translation>
    </message>
    <message>
        <source>Why these are the same person (required, kept in the audit trail)</source>
        <translation>Pourquoi il s&apos;agit de la même personne (obligatoire, conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>F&amp;usionner…</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>Choisissez deux dossiers différents.</translation>
    </message>
    <message>
        <source>Choose the record to keep and the duplicate.</source>
        <translation>Choisissez le dossier à conserver et le doublon.</translation>
    </message>
    <message>
        <source>Give the reason for the merge.</source>
        <translation>Indiquez le motif de la fusion.</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into %3 (%4)?

Everything recorded on %2 moves to %4: sessions %5, consents %6, photos %7, and its allergies, reactions, plans and follow-ups. %2 is then archived, not deleted, and the merge is recorded in the audit trail.</source>
        <translation>Fusionner %1 (%2) dans %3 (%4) ?

Tout ce qui est enregistré dans %2 passe dans %4 : séances %5, consentements %6, photos %7, ainsi que ses allergies, réactions, plans et suivis. %2 est ensuite archivé, pas supprimé, et la fusion est consignée dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>NewClinicSecurityDialog</name>
    <message>
        <source>New clinic</source>
        <extracomment>The shortest passphrase accepted for a new encrypted clinic.</extracomment>
        <translation>Nouvelle clinique</translation>
    </message>
    <message>
        <source>Protect this clinic&apos;s records</source>
        <translation>Protéger les dossiers de cette clinique</translation>
    </message>
    <message>
        <source>MesoDesk is about to create a new clinic database:</source>
        <translation>MesoDesk va créer une nouvelle base de données de clinique :</translation>
    </message>
    <message>
        <source>MesoDesk is about to create a new clinic database.</source>
        <translation>MesoDesk va créer une nouvelle base de données de clinique.</translation>
    </message>
    <message>
        <source>Encryption makes the file, and its backups, unreadable without the passphrase, for example if the computer is lost or stolen. The choice is made now, when the clinic is created.</source>
        <translation>Le chiffrement rend le fichier et ses sauvegardes illisibles sans la phrase secrète, par exemple en cas de perte ou de vol de l&apos;ordinateur. Le choix se fait maintenant, à la création de la clinique.</translation>
    </message>
    <message>
        <source>&amp;Encrypt this clinic&apos;s records (recommended on a laptop)</source>
        <translation>&amp;Chiffrer les dossiers de cette clinique (recommandé sur un ordinateur portable)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>Phrase secrète (&amp;confirmation)</translation>
    </message>
    <message>
        <source>Keep the passphrase safe.</source>
        <translation>Conservez la phrase secrète en lieu sûr.</translation>
    </message>
    <message>
        <source>If it is lost, the records cannot be recovered: nobody can open the file or its backups without it. Write it down and keep it somewhere safe, away from the computer. MesoDesk asks for it at every start. Use at least %1 characters, for example a few unrelated words.</source>
        <translation>Si elle est perdue, les dossiers ne peuvent pas être récupérés : personne ne peut ouvrir le fichier ni ses sauvegardes sans elle. Notez-la et gardez-la en lieu sûr, loin de l&apos;ordinateur. MesoDesk la demande à chaque démarrage. Utilisez au moins %1 caractères, par exemple quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>&amp;Create the clinic</source>
        <translation>&amp;Créer la clinique</translation>
    </message>
    <message>
        <source>use at least %1 characters</source>
        <translation>utilisez au moins %1 caractères</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>les deux phrases secrètes diffèrent</translation>
    </message>
</context>
<context>
    <name>NotesPageMixin</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Topical anaesthetic cream</source>
        <translation>Crème anesthésiante topique</translation>
    </message>
    <message>
        <source>Ice / cooling</source>
        <translation>Glace / refroidissement</translation>
    </message>
    <message>
        <source>Lidocaine in the formula</source>
        <translation>Lidocaïne dans la formule</translation>
    </message>
    <message>
        <source>e.g. topical anaesthetic cream, 30 minutes</source>
        <translation>p. ex. crème anesthésiante topique, 30 minutes</translation>
    </message>
    <message>
        <source>Bleeding, bruising, redness, pain during the session…</source>
        <translation>Saignement, ecchymose, rougeur, douleur pendant la séance…</translation>
    </message>
    <message>
        <source>A&amp;naesthesia:</source>
        <translation>A&amp;nesthésie :</translation>
    </message>
    <message>
        <source>Immediate &amp;reactions:</source>
        <translation>&amp;Réactions immédiates :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>OutcomeDefinitions</name>
    <message>
        <source>Built-in</source>
        <translation>Fournie</translation>
    </message>
    <message>
        <source>The clinic&apos;s own, retired</source>
        <translation>De la clinique, retirée</translation>
    </message>
    <message>
        <source>The clinic&apos;s own</source>
        <translation>De la clinique</translation>
    </message>
    <message>
        <source>%1–%2 points</source>
        <translation>%1–%2 points</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
</context>
<context>
    <name>OutcomeDefinitionsDialog</name>
    <message>
        <source>Outcome scales and measures</source>
        <extracomment>The tables whose changes the list follows (a definition, or a first value recorded with one).</extracomment>
        <translation>Échelles et mesures des résultats</translation>
    </message>
    <message>
        <source>The built-in validated scales and measures are read-only. The clinic&apos;s own are offered in every patient&apos;s Outcomes tab as soon as they are added; one that has values recorded can be retired, never deleted.</source>
        <translation>Les échelles validées et les mesures fournies sont en lecture seule. Celles de la clinique sont proposées dans l’onglet Résultats de chaque patient dès leur ajout ; une fois que des valeurs y sont enregistrées, elles peuvent être retirées, jamais supprimées.</translation>
    </message>
    <message>
        <source>Read-only: your role does not include the catalogue.</source>
        <translation>Lecture seule : votre rôle ne comprend pas le catalogue.</translation>
    </message>
    <message>
        <source>Scales and measures</source>
        <translation>Échelles et mesures</translation>
    </message>
    <message>
        <source>Details of the chosen scale or measure</source>
        <translation>Détails de l’échelle ou de la mesure choisie</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>Ajouter une &amp;mesure…</translation>
    </message>
    <message>
        <source>Add &amp;scale…</source>
        <translation>Ajouter une éc&amp;helle…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Your role does not include the catalogue.</source>
        <translation>Votre rôle ne comprend pas le catalogue.</translation>
    </message>
    <message>
        <source>Offer a&amp;gain</source>
        <translation>Proposer à &amp;nouveau</translation>
    </message>
    <message>
        <source>Values are recorded with it: it can be retired, not changed.</source>
        <translation>Des valeurs sont enregistrées avec elle : elle peut être retirée, pas modifiée.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Retire “%1”? It is no longer offered for new values; everything recorded with it stays in the charts, reports and exports. It can be offered again later.</source>
        <translation>Retirer « %1 » ? Elle ne sera plus proposée pour de nouvelles valeurs ; tout ce qui a été enregistré avec elle reste dans les dossiers, les rapports et les exports. Elle pourra être proposée à nouveau plus tard.</translation>
    </message>
    <message>
        <source>A rating of the change since baseline: it has no baseline of its own.</source>
        <translation>Une évaluation du changement depuis la référence : elle n’a pas de valeur de référence propre.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Plus haut, c’est mieux.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Plus bas, c’est mieux.</translation>
    </message>
    <message>
        <source>Responder: a rating of %1 or better.</source>
        <translation>Répondeur : une évaluation de %1 ou mieux.</translation>
    </message>
    <message numerus="yes">
        <source>Responder: at least %n band(s) better than at baseline.</source>
        <translation>
            <numerusform>Répondeur : au moins %n tranche de mieux qu’à la référence.</numerusform>
            <numerusform>Répondeur : au moins %n tranches de mieux qu’à la référence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Responder: improved by at least %1.</source>
        <translation>Répondeur : amélioration d’au moins %1.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded</source>
        <translation>
            <numerusform>%n valeur enregistrée</numerusform>
            <numerusform>%n valeurs enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 to %2</source>
        <translation>Total : %1 à %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Bands of the total</source>
        <translation>Tranches du total</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence bibliographique</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unité : %1</translation>
    </message>
    <message>
        <source>Plausible range: %1 to %2</source>
        <translation>Plage plausible : %1 à %2</translation>
    </message>
    <message>
        <source>Site and method</source>
        <translation>Site et méthode</translation>
    </message>
</context>
<context>
    <name>OutcomePlot</name>
    <message>
        <source>No values yet</source>
        <translation>Pas encore de valeurs</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>No measurements or scale scores yet: record the baseline on the right.</source>
        <translation>Pas encore de mesures ni de scores d&apos;échelle : saisissez les valeurs de référence à droite.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;course&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;maintenance&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%3&apos;&gt;▲&lt;/span&gt; session · ○ baseline · a plot takes the focus: ← → move between values</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;cure&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;entretien&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:%3&apos;&gt;▲&lt;/span&gt; séance · ○ référence · un graphique prend le focus : ← → pour passer d&apos;une valeur à l&apos;autre</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Find a patient with the search box (Ctrl+F),
or register a new one (Ctrl+N).</source>
        <extracomment>A change to these alone leaves the chart&apos;s tables as they are.</extracomment>
        <translation>Recherchez un patient avec la zone de recherche (Ctrl+F),
ou enregistrez-en un nouveau (Ctrl+N).</translation>
    </message>
    <message>
        <source>Your role does not include clinical records.</source>
        <translation>Votre rôle ne donne pas accès aux dossiers cliniques.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>History &amp;&amp; allergies</source>
        <translation>Antécédents</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Timeline of the patient</source>
        <translation>Chronologie du patient</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Details of the selected session</source>
        <translation>Détails de la séance sélectionnée</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Record reaction…</source>
        <translation>Enregistrer une réaction…</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; follow-ups</source>
        <translation>Plan et suivis</translation>
    </message>
    <message>
        <source>Plan a course…</source>
        <translation>Planifier une cure…</translation>
    </message>
    <message>
        <source>Treatment plans</source>
        <translation>Plans de traitement</translation>
    </message>
    <message>
        <source>Calls and visits of the patient</source>
        <translation>Appels et visites du patient</translation>
    </message>
    <message>
        <source>Medical history &amp;&amp; allergies</source>
        <translation>Antécédents et allergies</translation>
    </message>
    <message>
        <source>Review medical history…</source>
        <translation>Revoir les antécédents médicaux…</translation>
    </message>
    <message>
        <source>Medical history and allergies</source>
        <translation>Antécédents médicaux et allergies</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Photos are not available in this version.</source>
        <translation>Les photos ne sont pas disponibles dans cette version.</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <source>Restore %1 to the active patient list?</source>
        <translation>Remettre %1 dans la liste des patients actifs ?</translation>
    </message>
    <message>
        <source>Archive %1? The record is kept and can be restored; the patient no longer appears in searches.</source>
        <translation>Archiver %1 ? Le dossier est conservé et peut être restauré ; le patient n&apos;apparaît plus dans les recherches.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Archiver le patient</translation>
    </message>
    <message>
        <source>Restore patient</source>
        <translation>Restaurer le patient</translation>
    </message>
</context>
<context>
    <name>PatientEditorDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>Date of birth, typed with or without separators, e.g. %1</source>
        <translation>Date de naissance, saisie avec ou sans séparateurs, p. ex. %1</translation>
    </message>
    <message>
        <source>given automatically if left empty</source>
        <translation>attribué automatiquement si laissé vide</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>Clinic&apos;s language</source>
        <translation>Langue de la clinique</translation>
    </message>
    <message>
        <source>Language of the consent form, aftercare sheet and progress sheet</source>
        <translation>Langue du formulaire de consentement, de la fiche de soins et de la fiche de suivi</translation>
    </message>
    <message>
        <source>Preferred language for documents</source>
        <translation>Langue préférée pour les documents</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>File &amp;number</source>
        <translation>N° de &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Skin type (Fitzpatrick)</source>
        <translation>Phototype (Fitzpatrick)</translation>
    </message>
    <message>
        <source>Lan&amp;guage of documents</source>
        <translation>Lan&amp;gue des documents</translation>
    </message>
    <message>
        <source>&amp;Contraindications</source>
        <translation>&amp;Contre-indications</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S saves · Esc cancels</source>
        <translation>Ctrl+S enregistre · Échap annule</translation>
    </message>
    <message>
        <source>Edit patient — %1</source>
        <translation>Modifier le patient — %1</translation>
    </message>
</context>
<context>
    <name>PatientFollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>PatientReportDialog</name>
    <message>
        <source>Print for {name}</source>
        <translation>Imprimer pour {name}</translation>
    </message>
    <message>
        <source>Patient summary</source>
        <translation>Synthèse du patient</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Compte rendu de séance</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Fiche de soins après la séance</translation>
    </message>
    <message>
        <source>Progress sheet for the patient (results so far)</source>
        <translation>Fiche de suivi pour le patient (résultats à ce jour)</translation>
    </message>
    <message>
        <source>Session to print</source>
        <translation>Séance à imprimer</translation>
    </message>
    <message>
        <source>Consent to print</source>
        <translation>Consentement à imprimer</translation>
    </message>
    <message>
        <source>Alerts and allergies</source>
        <translation>Alertes et allergies</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Antécédents médicaux</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Injection maps</source>
        <translation>Cartes des injections</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Plan and follow-up</source>
        <translation>Plan et suivi</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Photos marked for printing</source>
        <translation>Photos marquées pour l&apos;impression</translation>
    </message>
    <message>
        <source>Only sessions, reactions and photos from</source>
        <translation>Seulement les séances, réactions et photos du</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Summary contents</source>
        <translation>Contenu de la synthèse</translation>
    </message>
    <message>
        <source>{name} ({file_no}) — choose the document to print.</source>
        <translation>{name} ({file_no}) — choisissez le document à imprimer.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>Printing the patient summary</source>
        <translation>Impression de la synthèse du patient</translation>
    </message>
    <message>
        <source>Printing the session record</source>
        <translation>Impression du compte rendu de séance</translation>
    </message>
    <message>
        <source>Printing the consent form</source>
        <translation>Impression du formulaire de consentement</translation>
    </message>
    <message>
        <source>Printing the progress sheet</source>
        <translation>Impression de la fiche de suivi</translation>
    </message>
    <message>
        <source>Printing the aftercare sheet</source>
        <translation>Impression de la fiche de soins</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>N° dossier</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
</context>
<context>
    <name>PhotoCompareDialog</name>
    <message>
        <source>Before and after</source>
        <translation>Avant / après</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole photos (double-click does the same)</source>
        <translation>Afficher les photos entières (un double-clic fait de même)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>No photo to show</source>
        <translation>Aucune photo à afficher</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag to move: both photos follow. Double-click to fit.</source>
        <translation>Molette pour zoomer, glisser pour déplacer : les deux photos suivent. Double-clic pour ajuster.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>1 day after the before photo</source>
        <translation>1 jour après la photo « avant »</translation>
    </message>
    <message>
        <source>%1 days after the before photo</source>
        <translation>%1 jours après la photo « avant »</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Add JPEG or PNG photos from files</source>
        <translation>Ajouter des photos JPEG ou PNG depuis des fichiers</translation>
    </message>
    <message>
        <source>Before / after…</source>
        <translation>Avant / après…</translation>
    </message>
    <message>
        <source>Compare two photos of the same area side by side</source>
        <translation>Comparer côte à côte deux photos de la même zone</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Change the kind, area, date or caption</source>
        <translation>Modifier le type, la zone, la date ou la légende</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected photos for good</source>
        <translation>Supprimer définitivement les photos sélectionnées</translation>
    </message>
    <message>
        <source>Photos of the patient</source>
        <translation>Photos du patient</translation>
    </message>
    <message>
        <source>Thumbnails of the photos. Double-click opens one; the menu key lists what can be done.</source>
        <translation>Miniatures des photos. Un double-clic en ouvre une ; la touche Menu liste ce qu&apos;il est possible de faire.</translation>
    </message>
    <message>
        <source>No photos yet.
Drop JPEG or PNG files here, or use “Add photos…”.</source>
        <translation>Pas encore de photos.
Déposez ici des fichiers JPEG ou PNG, ou utilisez « Ajouter des photos… ».</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>Aucune photo.</translation>
    </message>
    <message>
        <source>Photos are shown to practitioners only.</source>
        <translation>Les photos ne sont visibles que par les praticiens.</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>%1 photos</source>
        <translation>%1 photos</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB); the limit is %3 MB.</source>
        <translation>%1 : le fichier est trop volumineux (%2 Mo) ; la limite est de %3 Mo.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1 : le fichier ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant / après</translation>
    </message>
    <message>
        <source>Add at least two photos to compare them.</source>
        <translation>Ajoutez au moins deux photos pour les comparer.</translation>
    </message>
    <message>
        <source>Delete this photo for good?</source>
        <translation>Supprimer définitivement cette photo ?</translation>
    </message>
    <message>
        <source>Delete these %1 photos for good?</source>
        <translation>Supprimer définitivement ces %1 photos ?</translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>Supprimer des photos</translation>
    </message>
    <message>
        <source>The audit trail keeps a record of the deletion.</source>
        <translation>Le journal d&apos;audit garde une trace de la suppression.</translation>
    </message>
    <message>
        <source>the file %1.</source>
        <translation>le fichier %1.</translation>
    </message>
    <message>
        <source>These files were not added:</source>
        <translation>Ces fichiers n&apos;ont pas été ajoutés :</translation>
    </message>
    <message>
        <source>The other photos were added.</source>
        <translation>Les autres photos ont été ajoutées.</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Certains fichiers n&apos;ont pas été ajoutés</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>Fichiers non ajoutés</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>PhotoTagDialog</name>
    <message>
        <source>Photo details</source>
        <translation>Détails de la photo</translation>
    </message>
    <message>
        <source>Details of %1 photos</source>
        <translation>Détails de %1 photos</translation>
    </message>
    <message>
        <source>No area</source>
        <translation>Aucune zone</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune séance</translation>
    </message>
    <message>
        <source>No reaction</source>
        <translation>Aucune réaction</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Include in printed records</source>
        <translation>Inclure dans les dossiers imprimés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Kind of each photo:</source>
        <translation>Type de chaque photo :</translation>
    </message>
    <message>
        <source>Type the day the photo was taken.</source>
        <translation>Tapez le jour où la photo a été prise.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de traitement</translation>
    </message>
    <message>
        <source>Custom plan</source>
        <translation>Plan personnalisé</translation>
    </message>
    <message>
        <source>e.g. Face revitalisation course</source>
        <translation>p. ex. cure de revitalisation du visage</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> séances</translation>
    </message>
    <message>
        <source>Days between the sessions of the course</source>
        <translation>Jours entre les séances de la cure</translation>
    </message>
    <message>
        <source>every </source>
        <translation>tous les </translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>then maintenance</source>
        <translation>puis entretien</translation>
    </message>
    <message>
        <source>Days between maintenance sessions</source>
        <translation>Jours entre les séances d&apos;entretien</translation>
    </message>
    <message>
        <source>check call</source>
        <translation>appel de contrôle</translation>
    </message>
    <message>
        <source>Hours after each session for the check call</source>
        <translation>Heures après chaque séance pour l&apos;appel de contrôle</translation>
    </message>
    <message>
        <source> hours after each session</source>
        <translation> heures après chaque séance</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;À partir de :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cure :</translation>
    </message>
    <message>
        <source>&amp;Maintenance:</source>
        <translation>&amp;Entretien :</translation>
    </message>
    <message>
        <source>Check ca&amp;ll:</source>
        <translation>Appel de &amp;contrôle :</translation>
    </message>
    <message>
        <source>First session &amp;on:</source>
        <translation>Première séance &amp;le :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Upcoming dates</source>
        <translation>Dates à venir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Créer le plan</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Séance %1 sur %2</translation>
    </message>
    <message>
        <source>Check call (session %1)</source>
        <translation>Appel de contrôle (séance %1)</translation>
    </message>
    <message>
        <source>Maintenance session</source>
        <translation>Séance d&apos;entretien</translation>
    </message>
    <message>
        <source>Next-due dates are recomputed after each recorded session.</source>
        <translation>Les prochaines échéances sont recalculées après chaque séance enregistrée.</translation>
    </message>
    <message>
        <source>Maintenance continues after the dates shown.</source>
        <translation>L&apos;entretien se poursuit après les dates affichées.</translation>
    </message>
    <message>
        <source>This plan is not saved. Discard it?</source>
        <translation>Ce plan n&apos;est pas enregistré. L&apos;abandonner ?</translation>
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
        <translation>Début</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the windows and of the documents printed from them</source>
        <translation>La langue des fenêtres et des documents imprimés depuis celles-ci</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>Comme réglé sur l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Light or dark windows, or as the computer&apos;s own setting says</source>
        <translation>Fenêtres claires ou sombres, ou selon le réglage de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Include archived patients when searching</source>
        <translation>Inclure les patients archivés dans la recherche</translation>
    </message>
    <message>
        <source>The new language is used the next time MesoDesk starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de MesoDesk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>not imported</source>
        <translation>non importé</translation>
    </message>
</context>
<context>
    <name>ProductsTabMixin</name>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>checked against patients&apos; allergies</source>
        <translation>comparé aux allergies des patients</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Fabricant :</translation>
    </message>
    <message>
        <source>Active &amp;ingredient:</source>
        <translation>Principe &amp;actif :</translation>
    </message>
    <message>
        <source>&amp;Concentration:</source>
        <translation>&amp;Concentration :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>Low stock &amp;at:</source>
        <translation>Stock &amp;bas à :</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Enregistrer le produit</translation>
    </message>
</context>
<context>
    <name>ProtocolsTabMixin</name>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
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
        <translation> jours</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>&amp;Indication :</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>&amp;Zones :</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Formule :</translation>
    </message>
    <message>
        <source>&amp;Technique:</source>
        <translation>&amp;Technique :</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositif :</translation>
    </message>
    <message>
        <source>Needle &amp;gauge:</source>
        <translation>&amp;Calibre de l&apos;aiguille :</translation>
    </message>
    <message>
        <source>Needle &amp;length:</source>
        <translation>&amp;Longueur de l&apos;aiguille :</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>Pro&amp;fondeur :</translation>
    </message>
    <message>
        <source>Points per area:</source>
        <translation>Points par zone :</translation>
    </message>
    <message>
        <source>Volume per area:</source>
        <translation>Volume par zone :</translation>
    </message>
    <message>
        <source>Course sessions:</source>
        <translation>Séances de la cure :</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Tous les :</translation>
    </message>
    <message>
        <source>Maintenance every:</source>
        <translation>Entretien tous les :</translation>
    </message>
    <message>
        <source>Check call after:</source>
        <translation>Appel de contrôle après :</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Nouveau protocole</translation>
    </message>
    <message>
        <source>Save protocol</source>
        <translation>Enregistrer le protocole</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>New value of %1 (%2)</source>
        <translation>Nouvelle valeur de %1 (%2)</translation>
    </message>
    <message>
        <source>%1: site</source>
        <translation>%1 : endroit de la mesure</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Another measure</source>
        <translation>Autre mesure</translation>
    </message>
    <message>
        <source>Add &amp;measure</source>
        <translation>Ajouter une &amp;mesure</translation>
    </message>
    <message>
        <source>Save m&amp;easurements</source>
        <translation>Enregistrer les m&amp;esures</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>&amp;Link the photos taken that day</source>
        <translation>&amp;Lier les photos prises ce jour-là</translation>
    </message>
    <message>
        <source>Before/after comparisons then show this score under the photos.</source>
        <translation>Les comparaisons avant/après affichent alors ce score sous les photos.</translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation>Enregistrer l&apos;é&amp;valuation</translation>
    </message>
    <message>
        <source>BMI: %1 kg/m²</source>
        <translation>IMC : %1 kg/m²</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Type the day of the visit.</source>
        <translation>Tapez le jour de la visite.</translation>
    </message>
</context>
<context>
    <name>ReactionAssessmentsModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptôme</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>— not linked to a session —</source>
        <translation>— non liée à une séance —</translation>
    </message>
    <message>
        <source>— not specific —</source>
        <translation>— non précisée —</translation>
    </message>
    <message>
        <source>e.g. cold compress, antihistamine, advice given</source>
        <translation>p. ex. compresse froide, antihistaminique, conseils donnés</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Résolue le</translation>
    </message>
    <message>
        <source>Date the reaction resolved</source>
        <translation>Date de résolution de la réaction</translation>
    </message>
    <message>
        <source>Se&amp;ssion:</source>
        <translation>Sé&amp;ance :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Apparition :</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>A&amp;ction taken:</source>
        <translation>&amp;Mesure prise :</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Évolution :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Graded assessments over the following days</source>
        <translation>Évaluations graduées des jours suivants</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Ajouter une évaluation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Usually graded on day 0, 1, 3 and 7.</source>
        <translation>Évaluée habituellement aux jours 0, 1, 3 et 7.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Serious allergic reaction</source>
        <translation>Réaction allergique grave</translation>
    </message>
    <message>
        <source>This looks like a serious allergic reaction.

Add an allergy to the patient&apos;s record?</source>
        <translation>Ceci ressemble à une réaction allergique grave.

Ajouter une allergie au dossier du patient ?</translation>
    </message>
    <message>
        <source>after the session of %1</source>
        <translation>après la séance du %1</translation>
    </message>
    <message>
        <source>This reaction has changes that are not saved. Discard them?</source>
        <translation>Cette réaction a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>ReactionTableModel</name>
    <message>
        <source>Onset</source>
        <translation>Apparition</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall a lot</source>
        <translation>Rappeler un lot</translation>
    </message>
    <message>
        <source>Lot %1 will be refused for every new session. Patients who received it can be listed with the recall report.</source>
        <translation>Le lot %1 sera refusé pour toute nouvelle séance. Les patients qui l&apos;ont reçu peuvent être listés avec le rapport de rappel.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>e.g. manufacturer recall notice of 12 March</source>
        <translation>p. ex. avis de rappel du fabricant du 12 mars</translation>
    </message>
    <message>
        <source>Recall lot</source>
        <translation>Rappeler le lot</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <source>Name or file number</source>
        <translation>Nom ou n° de dossier</translation>
    </message>
    <message>
        <source>Records found: %1</source>
        <translation>Dossiers trouvés : %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>No record chosen: search by name or file number.</source>
        <translation>Aucun dossier choisi : cherchez par nom ou n° de dossier.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>N° dossier</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies connues</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database cannot be used</source>
        <translation>La base de données ne peut pas être utilisée</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 MB)</source>
        <translation>%1 — %2 (%3 Mo)</translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in place; the current file is kept aside under another name for inspection. Work saved after the backup was made will have to be entered again.</source>
        <translation>La restauration met en place la sauvegarde choisie ; le fichier actuel est mis de côté sous un autre nom pour examen. Le travail enregistré après la sauvegarde devra être saisi à nouveau.</translation>
    </message>
    <message>
        <source>Move the database file to this computer&apos;s own disk (then start MesoDesk with --db pointing at it), or ask for a PostgreSQL server.</source>
        <translation>Déplacez le fichier de la base de données sur le disque de cet ordinateur (puis démarrez MesoDesk avec --db pointant vers lui), ou demandez un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. Keep the damaged file and ask for help; do not delete it.</source>
        <translation>Il n&apos;y a aucune sauvegarde valide à restaurer. Gardez le fichier endommagé et demandez de l&apos;aide ; ne le supprimez pas.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restauration de la sauvegarde</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant l&apos;importation</translation>
    </message>
    <message>
        <source>Rows with a problem are left out. Nothing is saved until you click Import.</source>
        <translation>Les lignes présentant un problème sont écartées. Rien n&apos;est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>Leave out rows with the same file number, or the same name and date of birth</source>
        <translation>Écarter les lignes ayant le même numéro de dossier, ou les mêmes nom et date de naissance</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>{total} rows: {good} without problems, {bad} with problems (left out), {dup} possible duplicates of patients already on file or of other rows.</source>
        <translation>{total} lignes : {good} sans problème, {bad} avec problème (écartées), {dup} doublons possibles de patients déjà enregistrés ou d&apos;autres lignes.</translation>
    </message>
</context>
<context>
    <name>SafetyMixin</name>
    <message>
        <source>Reason to sign off anyway</source>
        <extracomment>Words that make a catalogue product an anaesthetic for the anaesthesia list.</extracomment>
        <translation>Motif pour signer malgré tout</translation>
    </message>
    <message>
        <source>Reason to sign off anyway (kept with the session and printed on it)</source>
        <translation>Motif pour signer quand même (conservé avec la séance et imprimé dessus)</translation>
    </message>
    <message>
        <source>%1 — lot %2, expires %3</source>
        <translation>%1 — lot %2, périme le %3</translation>
    </message>
    <message>
        <source>Required by the clinic:</source>
        <translation>Exigé par la clinique :</translation>
    </message>
    <message>
        <source>This session cannot be signed off yet</source>
        <translation>Cette séance ne peut pas encore être signée</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <source>Please check before signing off</source>
        <translation>Veuillez vérifier avant de signer</translation>
    </message>
    <message>
        <source>Sign off anyway</source>
        <translation>Signer quand même</translation>
    </message>
    <message>
        <source>Please check before saving</source>
        <translation>Veuillez vérifier avant d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Give the reason for signing off despite these warnings.</source>
        <translation>Indiquez le motif de la signature malgré ces avertissements.</translation>
    </message>
</context>
<context>
    <name>ScaleDefinitionDialog</name>
    <message>
        <source>Add a scale</source>
        <extracomment>A service error about one row of a table: ``items[2].max``, ``bands[0]``.</extracomment>
        <translation>Ajouter une échelle</translation>
    </message>
    <message>
        <source>Change a scale</source>
        <translation>Modifier une échelle</translation>
    </message>
    <message>
        <source>A scale is scored item by item; its total is the sum of the items&apos; scores. Type each item in the table on the right with its min and max, and what each score means if the scale words it. It is offered at once in every patient&apos;s Outcomes tab.</source>
        <translation>Une échelle se cote item par item ; son total est la somme des scores des items. Saisissez chaque item dans le tableau de droite avec son min et son max, et ce que signifie chaque score si l’échelle le formule. Elle est proposée aussitôt dans l’onglet Résultats de chaque patient.</translation>
    </message>
    <message>
        <source>e.g. Scalp hair density (clinic)</source>
        <translation>p. ex. Densité capillaire (clinique)</translation>
    </message>
    <message>
        <source>Lower is better (a severity)</source>
        <translation>Plus bas, c’est mieux (une sévérité)</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut, c’est mieux</translation>
    </message>
    <message>
        <source>A rating of the change since baseline (like GAIS)</source>
        <translation>Une évaluation du changement depuis la référence (comme le GAIS)</translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation>&amp;Lecture :</translation>
    </message>
    <message>
        <source>Where the scale is published, or how the clinic uses it</source>
        <translation>Où l’échelle est publiée, ou comment la clinique l’utilise</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>e.g. hair loss, scalp (separated by commas)</source>
        <translation>p. ex. chute de cheveux, cuir chevelu (séparés par des virgules)</translation>
    </message>
    <message>
        <source>&amp;Usually used for:</source>
        <translation>&amp;Utilisée d’habitude pour :</translation>
    </message>
    <message>
        <source>No responder rule</source>
        <translation>Pas de règle de répondeur</translation>
    </message>
    <message>
        <source>Total improved by at least</source>
        <translation>Total amélioré d’au moins</translation>
    </message>
    <message>
        <source>Band better by at least</source>
        <translation>Tranche meilleure d’au moins</translation>
    </message>
    <message>
        <source>Rating at most</source>
        <translation>Évaluation au plus</translation>
    </message>
    <message>
        <source>Responder value</source>
        <translation>Valeur de répondeur</translation>
    </message>
    <message>
        <source>Res&amp;ponder:</source>
        <translation>Ré&amp;pondeur :</translation>
    </message>
    <message>
        <source>Items of the scale</source>
        <translation>Items de l’échelle</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Ajouter un &amp;item</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>Supprimer l’item (&amp;v)</translation>
    </message>
    <message>
        <source>Items (each scored from … to …)</source>
        <translation>Items (chacun coté de … à …)</translation>
    </message>
    <message>
        <source>Anchor wording of the chosen item</source>
        <translation>Libellés des ancres de l’item choisi</translation>
    </message>
    <message>
        <source>Anchor wording</source>
        <translation>Libellés des ancres</translation>
    </message>
    <message>
        <source>Bands of the total</source>
        <translation>Tranches du total</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>Ajouter une &amp;tranche</translation>
    </message>
    <message>
        <source>Remove b&amp;and</source>
        <translation>Supprimer la tr&amp;anche</translation>
    </message>
    <message>
        <source>Bands of the total (optional, e.g. 0–5 mild)</source>
        <translation>Tranches du total (facultatif, p. ex. 0–5 légère)</translation>
    </message>
    <message>
        <source>Add scale</source>
        <translation>Ajouter l’échelle</translation>
    </message>
    <message>
        <source>Total: %1 to %2</source>
        <translation>Total : %1 à %2</translation>
    </message>
    <message>
        <source>Add an item to word its scores.</source>
        <translation>Ajoutez un item pour formuler ses scores.</translation>
    </message>
    <message>
        <source>Make the item&apos;s max more than its min to word its scores.</source>
        <translation>Donnez à l’item un max supérieur à son min pour formuler ses scores.</translation>
    </message>
    <message>
        <source>Anchor wording is offered for items of up to %1 scores.</source>
        <translation>Les libellés des ancres sont proposés pour les items d’au plus %1 scores.</translation>
    </message>
    <message>
        <source>What each score of “%1” means (optional).</source>
        <translation>Ce que signifie chaque score de « %1 » (facultatif).</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1 : %2</translation>
    </message>
    <message>
        <source>Band %1: %2</source>
        <translation>Tranche %1 : %2</translation>
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
        <translation>Zone</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Needle (G)</source>
        <translation>Aiguille (G)</translation>
    </message>
    <message>
        <source>Length (mm)</source>
        <translation>Longueur (mm)</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profondeur (mm)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volume (ml)</translation>
    </message>
    <message>
        <source>Treated area</source>
        <translation>Zone traitée</translation>
    </message>
    <message>
        <source>Injection technique</source>
        <translation>Technique d&apos;injection</translation>
    </message>
    <message>
        <source>Injection device</source>
        <translation>Dispositif d&apos;injection</translation>
    </message>
    <message>
        <source>Needle gauge</source>
        <translation>Calibre de l&apos;aiguille</translation>
    </message>
    <message>
        <source>Needle length in millimetres</source>
        <translation>Longueur de l&apos;aiguille en millimètres</translation>
    </message>
    <message>
        <source>Injection depth in millimetres (usually 1–4 mm)</source>
        <translation>Profondeur d&apos;injection en millimètres (habituellement 1–4 mm)</translation>
    </message>
    <message>
        <source>Number of injection points</source>
        <translation>Nombre de points d&apos;injection</translation>
    </message>
    <message>
        <source>Volume injected in this area, in millilitres</source>
        <translation>Volume injecté dans cette zone, en millilitres</translation>
    </message>
    <message>
        <source>%1G</source>
        <translation>%1G</translation>
    </message>
    <message>
        <source>Outside the usual %1–%2 mm for mesotherapy</source>
        <translation>En dehors des %1–%2 mm habituels en mésothérapie</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Treatment session</source>
        <extracomment>What the alert banner is made of.</extracomment>
        <translation>Séance de traitement</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Injection &amp;map</source>
        <translation>&amp;Carte des injections</translation>
    </message>
    <message>
        <source>&amp;Amendments</source>
        <translation>&amp;Rectifications</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>choose the treating practitioner</source>
        <translation>choisissez le praticien traitant</translation>
    </message>
    <message>
        <source>choose the lot that was used</source>
        <translation>choisissez le lot utilisé</translation>
    </message>
    <message>
        <source>&amp;Save amendment…</source>
        <translation>&amp;Enregistrer la rectification…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel amendment</source>
        <translation>Annuler la rectification</translation>
    </message>
    <message>
        <source>New treatment session</source>
        <translation>Nouvelle séance de traitement</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Treatment session (draft)</source>
        <translation>Séance de traitement (brouillon)</translation>
    </message>
    <message>
        <source>Draft — not signed off</source>
        <translation>Brouillon — non signée</translation>
    </message>
    <message>
        <source>Treatment session (signed off)</source>
        <translation>Séance de traitement (signée)</translation>
    </message>
    <message>
        <source>✔ Signed off — read only</source>
        <translation>✔ Signée — lecture seule</translation>
    </message>
    <message>
        <source>Amending a signed session</source>
        <translation>Rectification d&apos;une séance signée</translation>
    </message>
    <message>
        <source>Amending — a reason will be asked when you save</source>
        <translation>Rectification — un motif sera demandé à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Change this signed session; a reason is asked.</source>
        <translation>Rectifier cette séance signée ; un motif est demandé.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Discard them?</source>
        <translation>Cette séance a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>SessionPageMixin</name>
    <message>
        <source>e.g. fine lines, skin hydration</source>
        <translation>p. ex. ridules, hydratation de la peau</translation>
    </message>
    <message>
        <source>— choose a protocol —</source>
        <translation>— choisir un protocole —</translation>
    </message>
    <message>
        <source>Start from protocol</source>
        <translation>Partir d&apos;un protocole</translation>
    </message>
    <message>
        <source>Repeat last session</source>
        <translation>Reprendre la dernière séance</translation>
    </message>
    <message>
        <source>&amp;Repeat last session</source>
        <translation>&amp;Reprendre la dernière séance</translation>
    </message>
    <message>
        <source>Fill this session from the patient&apos;s last one (Ctrl+R)</source>
        <translation>Remplir cette séance d&apos;après la dernière séance du patient (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure :</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Praticien :</translation>
    </message>
    <message>
        <source>&amp;Indications:</source>
        <translation>&amp;Indications :</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocole :</translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation>Zones traitées</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Ajouter une zone</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Retirer la zone</translation>
    </message>
    <message>
        <source>Usual depth for mesotherapy: 1–4 mm. Double-click a cell to change it.</source>
        <translation>Profondeur habituelle en mésothérapie : 1–4 mm. Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <source>Formula and products</source>
        <translation>Formule et produits</translation>
    </message>
    <message>
        <source>— no standard formula —</source>
        <translation>— aucune formule standard —</translation>
    </message>
    <message>
        <source>&amp;Custom formula for this patient</source>
        <translation>Formule &amp;personnalisée pour ce patient</translation>
    </message>
    <message>
        <source>Name of the custom formula</source>
        <translation>Nom de la formule personnalisée</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Formule :</translation>
    </message>
    <message>
        <source>Products and lots used</source>
        <translation>Produits et lots utilisés</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Retirer le produit</translation>
    </message>
    <message>
        <source>Expired and recalled lots cannot be chosen.</source>
        <translation>Les lots périmés ou rappelés ne peuvent pas être choisis.</translation>
    </message>
    <message>
        <source>The catalogue has no products yet.</source>
        <translation>Le catalogue ne contient encore aucun produit.</translation>
    </message>
    <message>
        <source>Choose another lot.</source>
        <translation>Choisissez un autre lot.</translation>
    </message>
    <message>
        <source>This patient has no earlier session to repeat.</source>
        <translation>Ce patient n&apos;a aucune séance antérieure à reprendre.</translation>
    </message>
</context>
<context>
    <name>SessionProductsModel</name>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>Lot %1 has been recalled (%2).</source>
        <translation>Le lot %1 a été rappelé (%2).</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2.</source>
        <translation>Le lot %1 est périmé depuis le %2.</translation>
    </message>
    <message>
        <source>%1 · exp. %2 · %3 left</source>
        <translation>%1 · pér. %2 · reste %3</translation>
    </message>
    <message>
        <source>RECALLED</source>
        <translation>RAPPELÉ</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>PÉRIMÉ</translation>
    </message>
    <message>
        <source>Choose a lot</source>
        <translation>Choisir un lot</translation>
    </message>
    <message>
        <source>Recalled — refused</source>
        <translation>Rappelé — refusé</translation>
    </message>
    <message>
        <source>Expired — refused</source>
        <translation>Périmé — refusé</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Périme dans %n jour</numerusform>
            <numerusform>Périme dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Périme aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bas</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volume (ml)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Depth (mm)</source>
        <translation>Profondeur (mm)</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volume (ml)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source> (custom)</source>
        <translation> (personnalisée)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — MesoDesk</source>
        <translation>Connexion — MesoDesk</translation>
    </message>
    <message>
        <source>MesoDesk</source>
        <translation>MesoDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password. Try again.</source>
        <translation>Identifiant inconnu ou mot de passe incorrect. Réessayez.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a finger or a pen</source>
        <translation>Signez ici avec la souris, le doigt ou un stylet</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <source>The patient signs here with the mouse, a finger or a pen; the signature is kept with the consent.</source>
        <translation>Le patient signe ici avec la souris, le doigt ou un stylet ; la signature est conservée avec le consentement.</translation>
    </message>
    <message>
        <source>✕  Sign here</source>
        <translation>✕  Signez ici</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <extracomment>What the page shows: a change to any of these reloads it. A list shows this many rows before it scrolls. Item data: what activating a row opens. What a row opens: (&quot;patient&quot;, patient id) or (&quot;lot&quot;, lot id). A lot opens the catalogue, for the roles that keep it (the others read the line).</extracomment>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Find a patient with the search box (Ctrl+F), or register a new one (Ctrl+N).</source>
        <translation>Recherchez un patient avec la zone de recherche (Ctrl+F) ou enregistrez-en un nouveau (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Rien à faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Enter or a click opens the patient&apos;s chart.</source>
        <translation>Entrée ou un clic ouvre le dossier du patient.</translation>
    </message>
    <message>
        <source>Enter or a click opens the patient&apos;s chart, or the lot in the catalogue.</source>
        <translation>Entrée ou un clic ouvre le dossier du patient, ou le lot dans le catalogue.</translation>
    </message>
    <message>
        <source>Enter or a click opens the lot in the catalogue.</source>
        <translation>Entrée ou un clic ouvre le lot dans le catalogue.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>à faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Calls and visits due</source>
        <translation>Appels et visites à faire</translation>
    </message>
    <message>
        <source>session of %1</source>
        <translation>séance du %1</translation>
    </message>
    <message>
        <source>Sessions awaiting sign-off</source>
        <translation>Séances à signer</translation>
    </message>
    <message>
        <source>day %1 check</source>
        <translation>contrôle du jour %1</translation>
    </message>
    <message>
        <source>Reactions to check</source>
        <translation>Réactions à contrôler</translation>
    </message>
    <message>
        <source>%1 lot %2</source>
        <translation>%1, lot %2</translation>
    </message>
    <message>
        <source>recalled on %1</source>
        <translation>rappelé le %1</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>rappelé</translation>
    </message>
    <message>
        <source>patients who received it: %1</source>
        <translation>patients l&apos;ayant reçu : %1</translation>
    </message>
    <message>
        <source>last received %1</source>
        <translation>reçu pour la dernière fois le %1</translation>
    </message>
    <message>
        <source>Recalls in force</source>
        <translation>Rappels de lots en cours</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>périme le %1</translation>
    </message>
    <message>
        <source>low stock: %1 left</source>
        <translation>stock bas : reste %1</translation>
    </message>
    <message>
        <source>Lots expiring or low</source>
        <translation>Lots bientôt périmés ou en stock bas</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Rôle de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Définir le &amp;rôle</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Définir le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <source>Lift the lockout after failed sign-ins before it ends</source>
        <translation>Lever le blocage dû aux échecs de connexion avant son terme</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Compte %1 ajouté.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Nouveau mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Password set for %1.</source>
        <translation>Mot de passe défini pour %1.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 désactivé.</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 activé.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>locked after failed sign-ins</source>
        <translation>bloqué après des échecs de connexion</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>_LockCover</name>
    <message>
        <source>Locked. Unlock in the main MesoDesk window; nothing you typed here is lost.</source>
        <translation>Verrouillé. Déverrouillez dans la fenêtre principale de MesoDesk ; rien de ce que vous avez saisi ici n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>_ReportDialogBase</name>
    <message>
        <source>Save PDF…</source>
        <extracomment>What a dialog&apos;s Save runs: its progress title and the work (target path, progress) -&gt; the written file.</extracomment>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Saved to {path}. No PDF viewer could be opened.</source>
        <translation>Enregistré dans {path}. Aucune visionneuse PDF n&apos;a pu être ouverte.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Le PDF n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Cannot make the PDF</source>
        <translation>Impossible de créer le PDF</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Autres outils</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Le détail a été écrit dans %1.</translation>
    </message>
    <message>
        <source>The details were written to the log file.</source>
        <translation>Le détail a été écrit dans le fichier journal.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>Something went wrong; MesoDesk keeps running.</source>
        <translation>Une erreur s&apos;est produite ; MesoDesk continue de fonctionner.</translation>
    </message>
    <message>
        <source>If it happens again, please send that file to your support contact.</source>
        <translation>Si cela se reproduit, veuillez envoyer ce fichier à votre support.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>The database could not be opened (%1). The details were written to the log file.</source>
        <translation>La base de données n&apos;a pas pu être ouverte (%1). Le détail a été écrit dans le fichier journal.</translation>
    </message>
    <message>
        <source>The database could not be checked (%1). The details were written to the log file.</source>
        <translation>La base de données n&apos;a pas pu être vérifiée (%1). Le détail a été écrit dans le fichier journal.</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>La base de données ne peut pas être utilisée</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1)? The current file is kept aside under another name.</source>
        <translation>Restaurer la dernière sauvegarde valide (%1) ? Le fichier actuel est mis de côté sous un autre nom.</translation>
    </message>
    <message>
        <source>That passphrase did not open the database. Try again:</source>
        <translation>Cette phrase secrète n&apos;a pas ouvert la base de données. Réessayez :</translation>
    </message>
    <message>
        <source>This database is encrypted. Enter its passphrase:</source>
        <translation>Cette base de données est chiffrée. Saisissez sa phrase secrète :</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Qt cannot be used</source>
        <translation>Qt ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Demo clinic: sign in as admin, password mesodesk.</source>
        <translation>Clinique de démonstration : connectez-vous en tant que admin, mot de passe mesodesk.</translation>
    </message>
    <message>
        <source>PySide6 {pyside} on Python {python} loses a reference on every Qt call, and MesoDesk would abort after a few minutes of use.

Install another release of PySide6 (for example: pip install &apos;PySide6-Essentials!=6.12.0&apos;), or run MesoDesk on Python 3.12 or newer.</source>
        <translation>PySide6 {pyside} sous Python {python} perd une référence à chaque appel Qt, et MesoDesk s’arrêterait brutalement après quelques minutes d’utilisation.

Installez une autre version de PySide6 (par exemple : pip install &apos;PySide6-Essentials!=6.12.0&apos;), ou utilisez MesoDesk avec Python 3.12 ou plus récent.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Your role does not include clinical records.</source>
        <translation>Votre rôle ne donne pas accès aux dossiers cliniques.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Periorbital</source>
        <translation>Contour des yeux</translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation>Joues</translation>
    </message>
    <message>
        <source>Nasolabial folds</source>
        <translation>Sillons nasogéniens</translation>
    </message>
    <message>
        <source>Perioral</source>
        <translation>Péribuccal</translation>
    </message>
    <message>
        <source>Jawline</source>
        <translation>Ovale du visage</translation>
    </message>
    <message>
        <source>Full face</source>
        <translation>Visage entier</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <source>Décolleté</source>
        <translation>Décolleté</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Cuir chevelu</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Flanks</source>
        <translation>Flancs</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Cuisses</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Fesses</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Bras</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Genoux</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Ecchymose</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Œdème</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rougeur</translation>
    </message>
    <message>
        <source>Pain / discomfort</source>
        <translation>Douleur / gêne</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Démangeaisons</translation>
    </message>
    <message>
        <source>Hives / wheals</source>
        <translation>Urticaire / papules ortiées</translation>
    </message>
    <message>
        <source>Nodules / granulomas</source>
        <translation>Nodules / granulomes</translation>
    </message>
    <message>
        <source>Telangiectasia</source>
        <translation>Télangiectasies</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infection</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Nausées</translation>
    </message>
    <message>
        <source>Difficulty breathing / anaphylaxis</source>
        <translation>Difficulté respiratoire / anaphylaxie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Engageant le pronostic vital</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Course session</source>
        <translation>Séance de cure</translation>
    </message>
    <message>
        <source>Maintenance session</source>
        <translation>Séance d&apos;entretien</translation>
    </message>
    <message>
        <source>Check call</source>
        <translation>Appel de contrôle</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Nappage</source>
        <translation>Nappage</translation>
    </message>
    <message>
        <source>Papules</source>
        <translation>Papules</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>Point by point</source>
        <translation>Point par point</translation>
    </message>
    <message>
        <source>Syringe</source>
        <translation>Seringue</translation>
    </message>
    <message>
        <source>Injector gun</source>
        <translation>Pistolet injecteur</translation>
    </message>
    <message>
        <source>Multi-injector</source>
        <translation>Multi-injecteur</translation>
    </message>
    <message>
        <source>Anticoagulants</source>
        <translation>Anticoagulants</translation>
    </message>
    <message>
        <source>NSAIDs</source>
        <translation>AINS</translation>
    </message>
    <message>
        <source>Supplements raising bruising risk</source>
        <translation>Compléments augmentant le risque d&apos;ecchymoses</translation>
    </message>
    <message>
        <source>Pregnant or breast-feeding</source>
        <translation>Enceinte ou allaitante</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Maladie auto-immune</translation>
    </message>
    <message>
        <source>Keloid tendency</source>
        <translation>Tendance aux chéloïdes</translation>
    </message>
    <message>
        <source>Active skin infection</source>
        <translation>Infection cutanée active</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant(e)</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file; nothing else was changed.</source>
        <translation>Une erreur s&apos;est produite. Le détail a été écrit dans le fichier journal ; rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>It was changed in another window or on another workstation. Reload the current record? Your changes in this window will be replaced; copy anything you need first.</source>
        <translation>Il a été modifié dans une autre fenêtre ou sur un autre poste. Recharger l&apos;enregistrement actuel ? Vos modifications dans cette fenêtre seront remplacées ; copiez d&apos;abord ce dont vous avez besoin.</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
</context>
</TS>
