<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Suchen in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Dateitypen:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Verzeichnis suchen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Übergeordnetes Verzeichnis</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Neuen Ordner erstellen</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gehe zum übergeordneten Verzeichnis</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Neuen Ordner erstellen</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Wechsle zu Listenansicht</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Wechsle zu Detailansicht</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Zuletzt besucht</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Verzeichnisse</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Verzeichnis:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neues Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Neues Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Versteckte Dateien anzeigen</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Sind Sie sicher, dass Sie '%1' löschen möchten?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Die Datei %1 existiert bereits.
Soll sie überschrieben werden?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Die Datei konnte nicht gefunden werden.
Stellen Sie sicher, dass der Dateiname richtig ist.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Das Verzeichnis konnte nicht gefunden werden.
Stellen Sie sicher, dass der Verzeichnisname richtig ist.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Änderungsdatum</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details einblenden...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details ausblenden...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>the shipped languages, each by its own name (as the Language setting lists them) the locale a language is formatted in when the desktop's own locale speaks another language translators installed by `install_language` (kept alive: Qt does not own them)</extracomment>
        <translation><numerusform>%n Byte</numerusform><numerusform>%n Bytes</numerusform></translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} Min.</translation>
    </message>
    <message>
        <source>{count} h</source>
        <translation>{count} Std.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>Runs offline — nothing leaves this computer unless you choose a cloud engine.</source>
        <extracomment>the one line on privacy (as the welcome card says it)</extracomment>
        <translation>Läuft offline — nichts verlässt diesen Computer, es sei denn, Sie wählen eine Cloud-Engine.</translation>
    </message>
    <message>
        <source>Icons: Phosphor</source>
        <extracomment>(what, its licence, where it comes from) for the parts made by others</extracomment>
        <translation>Symbole: Phosphor</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>MIT-Lizenz</translation>
    </message>
    <message>
        <source>bundled with QtAwesome (MIT)</source>
        <translation>mitgeliefert mit QtAwesome (MIT)</translation>
    </message>
    <message>
        <source>Speech recognition: Whisper models</source>
        <translation>Spracherkennung: Whisper-Modelle</translation>
    </message>
    <message>
        <source>run by faster-whisper (MIT)</source>
        <translation>ausgeführt von faster-whisper (MIT)</translation>
    </message>
    <message>
        <source>Speaker identification: Resemblyzer's voice encoder</source>
        <translation>Sprechererkennung: der Stimm-Encoder von Resemblyzer</translation>
    </message>
    <message>
        <source>run in numpy</source>
        <translation>in numpy ausgeführt</translation>
    </message>
    <message>
        <source>PDF font: DejaVu Sans</source>
        <translation>PDF-Schrift: DejaVu Sans</translation>
    </message>
    <message>
        <source>Bitstream Vera licence</source>
        <translation>Bitstream-Vera-Lizenz</translation>
    </message>
    <message>
        <source>User interface: Qt for Python</source>
        <translation>Benutzeroberfläche: Qt for Python</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Records, transcribes, searches and exports speech.</source>
        <translation>Nimmt Sprache auf, transkribiert, durchsucht und exportiert sie.</translation>
    </message>
    <message>
        <source>Made with the help of:</source>
        <translation>Entwickelt mit Hilfe von:</translation>
    </message>
</context>
<context>
    <name>api_key_page</name>
    <message>
        <source>Using {variable} from the environment (it overrides the key stored in the OS keyring)</source>
        <extracomment>a sentence of a keyring problem that tells the user to set an environment variable or run something</extracomment>
        <translation>{variable} aus der Umgebung wird verwendet (hat Vorrang vor dem im Schlüsselbund des Systems gespeicherten Schlüssel)</translation>
    </message>
    <message>
        <source>Using {variable} from the environment; the OS keyring cannot be used: {problem}</source>
        <translation>{variable} aus der Umgebung wird verwendet; der Schlüsselbund des Systems ist nicht nutzbar: {problem}</translation>
    </message>
    <message>
        <source>Using {variable} from the environment</source>
        <translation>{variable} aus der Umgebung wird verwendet</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so a key cannot be saved: {problem}</source>
        <translation>Der Schlüsselbund des Systems ist nicht nutzbar, daher kann kein Schlüssel gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>A key is stored in the OS keyring ({backend})</source>
        <translation>Ein Schlüssel ist im Schlüsselbund des Systems gespeichert ({backend})</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>Kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>Gespeicherter Schlüssel wird gesucht…</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste a new OpenAI API key (sk-…)</source>
        <translation>Neuen OpenAI-API-Schlüssel einfügen (sk-…)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep the key entered in the OS keyring</source>
        <translation>Den eingegebenen Schlüssel im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Check the key with one request to the service</source>
        <translation>Den Schlüssel mit einer Anfrage an den Dienst prüfen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete the stored key from the OS keyring</source>
        <translation>Den gespeicherten Schlüssel aus dem Schlüsselbund des Systems löschen</translation>
    </message>
    <message>
        <source>The key is kept in the OS keyring, never in the settings file. Test checks the key you entered, or else the one in use.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei. „Testen“ prüft den eingegebenen Schlüssel, sonst den verwendeten.</translation>
    </message>
    <message>
        <source>Enter a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Key saved.</source>
        <translation>Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>there is no key to test: enter one above</source>
        <translation>es gibt keinen Schlüssel zum Testen: geben Sie oben einen ein</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Schlüssel wird getestet…</translation>
    </message>
    <message>
        <source>Key works</source>
        <translation>Schlüssel funktioniert</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>Schlüssel entfernt.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>Es war kein Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The library could not be opened.

{reason}</source>
        <extracomment>modules the window needs soon but not to appear, imported in the background once it is on screen (the first recording's waveform: pyqtgraph and numpy, ~0.3 s) at quit, how long background tasks and the running job get to finish or stop (seconds, each)</extracomment>
        <translation>Die Bibliothek konnte nicht geöffnet werden.

{reason}</translation>
    </message>
</context>
<context>
    <name>appearance_page</name>
    <message>
        <source>System — follow the desktop's light or dark look</source>
        <extracomment>what each theme is called on the page (English; shown translated)</extracomment>
        <translation>System — hellem oder dunklem Erscheinungsbild des Desktops folgen</translation>
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
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
</context>
<context>
    <name>backup_form</name>
    <message>
        <source>Other S3-compatible (MinIO, Ceph, a company server)</source>
        <extracomment>the providers' names and hints that are words (backup.target.PROVIDERS, in English: shown through `provider_text`; brand names such as "Amazon S3" stay as they are)</extracomment>
        <translation>Anderer S3-kompatibler Dienst (MinIO, Ceph, ein Firmenserver)</translation>
    </message>
    <message>
        <source>Region of the bucket, e.g. eu-central-1.</source>
        <translation>Region des Buckets, z. B. eu-central-1.</translation>
    </message>
    <message>
        <source>Wasabi region, e.g. eu-central-1 (the endpoint s3.&lt;region&gt;.wasabisys.com is used).</source>
        <translation>Wasabi-Region, z. B. eu-central-1 (der Endpunkt s3.&lt;region&gt;.wasabisys.com wird verwendet).</translation>
    </message>
    <message>
        <source>Spaces region, e.g. ams3, fra1, nyc3.</source>
        <translation>Spaces-Region, z. B. ams3, fra1, nyc3.</translation>
    </message>
    <message>
        <source>The region in the bucket's S3 endpoint, e.g. eu-central-003.</source>
        <translation>Die Region im S3-Endpunkt des Buckets, z. B. eu-central-003.</translation>
    </message>
    <message>
        <source>The account's S3 API address, https://&lt;account id&gt;.r2.cloudflarestorage.com.</source>
        <translation>Die S3-API-Adresse des Kontos, https://&lt;account id&gt;.r2.cloudflarestorage.com.</translation>
    </message>
    <message>
        <source>The server's address, e.g. https://minio.example.com:9000.</source>
        <translation>Die Adresse des Servers, z. B. https://minio.example.com:9000.</translation>
    </message>
    <message>
        <source>Provider</source>
        <extracomment>something in the form was edited</extracomment>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The storage service that keeps the backups</source>
        <translation>Der Speicherdienst, der die Sicherungen aufbewahrt</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>the bucket's name</source>
        <translation>Name des Buckets</translation>
    </message>
    <message>
        <source>Folder in the bucket</source>
        <translation>Ordner im Bucket</translation>
    </message>
    <message>
        <source>empty: the top of the bucket</source>
        <translation>leer: oberste Ebene des Buckets</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>The secret that goes with the access key ID; it is kept in the OS keyring only</source>
        <translation>Das Geheimnis zur Zugriffsschlüssel-ID; es wird nur im Schlüsselbund des Betriebssystems aufbewahrt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Encrypts the backups on this computer; without it nobody can open them</source>
        <translation>Verschlüsselt die Sicherungen auf diesem Computer; ohne sie kann niemand sie öffnen</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Folder in the bucket:</source>
        <translation>Ordner im Bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>type the passphrase again</source>
        <translation>Passphrase erneut eingeben</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Passphrase bestätigen</translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it was typed as meant</source>
        <translation>Dieselbe Passphrase noch einmal, um sicherzugehen, dass sie richtig eingegeben wurde</translation>
    </message>
    <message>
        <source>Confirm passphrase:</source>
        <translation>Passphrase bestätigen:</translation>
    </message>
    <message>
        <source>Leave empty to use the provider's own.</source>
        <translation>Leer lassen, um die des Anbieters zu verwenden.</translation>
    </message>
    <message>
        <source>paste the secret access key</source>
        <translation>geheimen Zugriffsschlüssel einfügen</translation>
    </message>
    <message>
        <source>at least 8 characters; a few unrelated words are best</source>
        <translation>mindestens 8 Zeichen; einige unzusammenhängende Wörter sind am besten</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>Die beiden Passphrasen unterscheiden sich: Geben Sie in beide Felder dieselbe Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>backup_page</name>
    <message>
        <source>Back up now</source>
        <extracomment>Settings RestorePlan</extracomment>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Sicherung abbrechen</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <source>Reads the backup back from the storage and checks it</source>
        <translation>Liest die Sicherung aus dem Speicher zurück und prüft sie</translation>
    </message>
    <message numerus="yes">
        <source>Check a sample (%n objects, quick)</source>
        <translation><numerusform>Stichprobe prüfen (%n Objekt, schnell)</numerusform><numerusform>Stichprobe prüfen (%n Objekte, schnell)</numerusform></translation>
    </message>
    <message>
        <source>Check everything (downloads the whole backup)</source>
        <translation>Alles prüfen (lädt die gesamte Sicherung herunter)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Brings back the library from a backup</source>
        <translation>Stellt die Bibliothek aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Backups are not set up yet. Choose where to keep them below and press Save: the first backup starts right after. To bring back a library from a backup, press Restore…</source>
        <translation>Sicherungen sind noch nicht eingerichtet. Wählen Sie unten, wo sie aufbewahrt werden sollen, und klicken Sie auf Speichern: Die erste Sicherung beginnt gleich danach. Um eine Bibliothek aus einer Sicherung zurückzuholen, klicken Sie auf Wiederherstellen…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Letzte Sicherung:</translation>
    </message>
    <message>
        <source>Next backup:</source>
        <translation>Nächste Sicherung:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Letztes Problem:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Checks that the storage can be reached with these keys; nothing is saved.</source>
        <translation>Prüft, ob der Speicher mit diesen Schlüsseln erreichbar ist; es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the backup storage</source>
        <translation>Sicherungsspeicher speichern</translation>
    </message>
    <message>
        <source>Check the storage, then keep these settings (secrets in the OS keyring)</source>
        <translation>Speicher prüfen, dann diese Einstellungen behalten (Geheimnisse im Schlüsselbund des Betriebssystems)</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Speicherort der Sicherungen</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and the library are encrypted on this computer and kept in a bucket of an S3-compatible storage service. Whoever holds the bucket learns nothing from it.</source>
        <translation>Ihre Aufnahmen, Transkripte und die Bibliothek werden auf diesem Computer verschlüsselt und in einem Bucket eines S3-kompatiblen Speicherdienstes aufbewahrt. Wer den Bucket besitzt, erfährt daraus nichts.</translation>
    </message>
    <message>
        <source>Back up automatically (after new recordings and transcripts, and daily)</source>
        <translation>Automatisch sichern (nach neuen Aufnahmen und Transkripten sowie täglich)</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <source>Older backups, and what only they need, are removed from the bucket</source>
        <translation>Ältere Sicherungen und was nur sie benötigen, werden aus dem Bucket entfernt</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>Bandwidth limit in kilobytes per second</source>
        <translation>Bandbreitenbegrenzung in Kilobyte pro Sekunde</translation>
    </message>
    <message>
        <source>The most a backup may send or receive per second</source>
        <translation>Die Höchstmenge, die eine Sicherung pro Sekunde senden oder empfangen darf</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Aufzubewahrende Sicherungen:</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>Bandbreitenbegrenzung:</translation>
    </message>
    <message>
        <source>The backup storage was changed but not saved: press Save on the Backup page to check and keep it, or Cancel to drop the change.</source>
        <translation>Der Sicherungsspeicher wurde geändert, aber nicht gespeichert: Klicken Sie auf der Seite „Sicherung“ auf Speichern, um ihn zu prüfen und zu behalten, oder auf Abbrechen, um die Änderung zu verwerfen.</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so the secrets cannot be saved: {problem}</source>
        <translation>Der Schlüsselbund des Betriebssystems kann nicht verwendet werden, daher können die Geheimnisse nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Checking the storage and saving…</source>
        <translation>Speicher wird geprüft und gespeichert…</translation>
    </message>
    <message>
        <source>The connection works ({checks}).</source>
        <translation>Die Verbindung funktioniert ({checks}).</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Saved. Backups go to {where}.</source>
        <translation>Gespeichert. Sicherungen gehen an {where}.</translation>
    </message>
    <message>
        <source>Set up where backups go first: fill in the storage below, then Save.</source>
        <translation>Richten Sie zuerst den Speicherort der Sicherungen ein: Füllen Sie unten den Speicher aus und klicken Sie dann auf Speichern.</translation>
    </message>
    <message>
        <source>There is nothing to check: no backup is set up yet.</source>
        <translation>Es gibt nichts zu prüfen: Es ist noch keine Sicherung eingerichtet.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>Sicherung wird gestartet…</translation>
    </message>
    <message>
        <source>The check of the backup failed: {reason}</source>
        <translation>Die Prüfung der Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled. What was sent is kept; the next backup goes on from there.</source>
        <translation>Abgebrochen. Was gesendet wurde, bleibt erhalten; die nächste Sicherung macht dort weiter.</translation>
    </message>
    <message>
        <source>Backups are not set up yet.</source>
        <translation>Sicherungen sind noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>{when}: {problem}</source>
        <translation>{when}: {problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>backup_texts</name>
    <message>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Backups are encrypted with it on this computer before they are sent. If it is lost, the backup is lost too: nobody, not even IAM Desktop, can recover it.</source>
        <extracomment>the warning shown wherever a passphrase is chosen (English: show it through `translate`)</extracomment>
        <translation>&lt;b&gt;Bewahren Sie diese Passphrase sicher auf.&lt;/b&gt; Sicherungen werden damit auf diesem Computer verschlüsselt, bevor sie gesendet werden. Geht sie verloren, ist auch die Sicherung verloren: Niemand, nicht einmal IAM Desktop, kann sie wiederherstellen.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <extracomment>what each stage of the work is called on the page (English: show it through `translate`)</extracomment>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Alte Sicherungen werden entfernt</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Stored in the keyring — leave empty to keep it</source>
        <extracomment>how many objects "Check a sample" reads back a placeholder that says a secret is stored (its value is never shown; English: show it through `translate`)</extracomment>
        <translation>Im Schlüsselbund gespeichert — leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>noch etwa {duration}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation><numerusform>{done} von %n Datei</numerusform><numerusform>{done} von %n Dateien</numerusform></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>gestern um {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <source>Automatic backups are off: back up with Back up now.</source>
        <translation>Automatische Sicherungen sind aus: Sichern Sie mit „Jetzt sichern“.</translation>
    </message>
    <message>
        <source>within a minute</source>
        <translation>innerhalb einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>in about %n minutes, {when}</source>
        <translation><numerusform>in etwa %n Minute, {when}</numerusform><numerusform>in etwa %n Minuten, {when}</numerusform></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <source>Backed up: nothing new sent, {total} in the backup; took {took}.</source>
        <translation>Gesichert: nichts Neues gesendet, {total} in der Sicherung; Dauer {took}.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up: %n new files ({size}) sent, {total} in the backup; took {took}.</source>
        <translation><numerusform>Gesichert: %n neue Datei ({size}) gesendet, {total} in der Sicherung; Dauer {took}.</numerusform><numerusform>Gesichert: %n neue Dateien ({size}) gesendet, {total} in der Sicherung; Dauer {took}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n objects ({size})</source>
        <translation><numerusform>%n Objekt ({size})</numerusform><numerusform>%n Objekte ({size})</numerusform></translation>
    </message>
    <message>
        <source>The backup is fine: {checked} read back and checked.</source>
        <translation>Die Sicherung ist in Ordnung: {checked} zurückgelesen und geprüft.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> und %n weiteres</numerusform><numerusform> und %n weitere</numerusform></translation>
    </message>
    <message>
        <source>The backup has problems ({checked} checked): {shown}{more}.</source>
        <translation>Die Sicherung hat Probleme ({checked} geprüft): {shown}{more}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>backup_worker</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect ({detail}). The details are in the log.</source>
        <extracomment>a task: gets the task's Control, returns its result (on the worker thread) opens the backup set (on the worker thread)</extracomment>
        <translation>Etwas ist schiefgegangen, womit IAM Desktop nicht gerechnet hat ({detail}). Die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>billing_history_table</name>
    <message>
        <source>Period</source>
        <extracomment>the table shows at most this many rows before it scrolls the invoice's address</extracomment>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Zahlungsverlauf</translation>
    </message>
    <message>
        <source>View invoice</source>
        <translation>Rechnung ansehen</translation>
    </message>
    <message>
        <source>View the invoice for {period}</source>
        <translation>Rechnung für {period} ansehen</translation>
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation>Rechnung im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>cloud_page</name>
    <message>
        <source>{model} — about ${price} per minute</source>
        <translation>{model} — etwa ${price} pro Minute</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Prices are estimates from OpenAI's price list; they may change.</source>
        <translation>Die Preise sind Schätzungen nach der Preisliste von OpenAI und können sich ändern.</translation>
    </message>
    <message>
        <source>empty: OpenAI (https://api.openai.com/v1)</source>
        <translation>leer: OpenAI (https://api.openai.com/v1)</translation>
    </message>
    <message>
        <source>An OpenAI-compatible address; leave it empty to use OpenAI</source>
        <translation>Eine OpenAI-kompatible Adresse; leer lassen, um OpenAI zu verwenden</translation>
    </message>
    <message>
        <source>Another address was set where the app was started; it is used.</source>
        <translation>Beim Start der App wurde eine andere Adresse festgelegt; sie wird verwendet.</translation>
    </message>
    <message>
        <source>When the cloud cannot be reached, transcribe on this computer instead</source>
        <translation>Wenn die Cloud nicht erreichbar ist, stattdessen auf diesem Computer transkribieren</translation>
    </message>
    <message>
        <source>OpenAI model</source>
        <translation>OpenAI-Modell</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Service address:</source>
        <translation>Dienstadresse:</translation>
    </message>
    <message>
        <source>The service address must start with http:// or https://.</source>
        <translation>Die Dienstadresse muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>crash_notice</name>
    <message>
        <source>IAM Desktop closed unexpectedly</source>
        <translation>IAM Desktop wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>It stopped because of an internal error; the details below say where.</source>
        <translation>Es wurde wegen eines internen Fehlers beendet; die Details unten zeigen, wo.</translation>
    </message>
    <message>
        <source>It was stopped from outside (killed, logged out, or the computer lost power).</source>
        <translation>Es wurde von außen beendet (abgebrochen, abgemeldet oder der Computer hatte keinen Strom mehr).</translation>
    </message>
    <message>
        <source>IAM Desktop closed unexpectedly the last time it ran. {cause}

Recordings in progress are recovered into the library and waiting transcriptions resume.</source>
        <translation>IAM Desktop wurde beim letzten Mal unerwartet beendet. {cause}

Laufende Aufnahmen werden in die Bibliothek wiederhergestellt und wartende Transkriptionen fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>damage_notice</name>
    <message>
        <source>The library file is damaged</source>
        <translation>Die Bibliotheksdatei ist beschädigt</translation>
    </message>
    <message>
        <source>IAM Desktop has stopped saving anything into it, so nothing more can be lost, and you can still read what it shows.

“Recover now” closes the app, copies everything that can be read into a new library file (the damaged one is kept beside it) and starts the app again.</source>
        <translation>IAM Desktop speichert nichts mehr darin, damit nichts weiter verloren gehen kann; Sie können weiterhin lesen, was angezeigt wird.

„Jetzt wiederherstellen“ beendet die App, kopiert alles Lesbare in eine neue Bibliotheksdatei (die beschädigte bleibt daneben erhalten) und startet die App neu.</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Jetzt wiederherstellen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Recovering the library…</source>
        <translation>Bibliothek wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The library could not be recovered.

{reason}</source>
        <translation>Die Bibliothek konnte nicht wiederhergestellt werden.

{reason}</translation>
    </message>
    <message>
        <source>The library was recovered: {recordings} and {transcripts} were saved.

The damaged file is kept as {path}.</source>
        <translation>Die Bibliothek wurde wiederhergestellt: {recordings} und {transcripts} wurden gesichert.

Die beschädigte Datei bleibt als {path} erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n Aufnahme</numerusform><numerusform>%n Aufnahmen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n Transkript</numerusform><numerusform>%n Transkripte</numerusform></translation>
    </message>
</context>
<context>
    <name>drop_overlay</name>
    <message>
        <source>Drop to transcribe</source>
        <translation>Zum Transkribieren ablegen</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>IAM Desktop — something went wrong</source>
        <translation>IAM Desktop — etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>The log file has more: {path}</source>
        <translation>Die Protokolldatei enthält mehr: {path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Es konnte keine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Something went wrong that IAM Desktop did not expect. Your recordings and transcripts are safe; the app carries on.

{summary}</source>
        <translation>Etwas Unerwartetes ist in IAM Desktop schiefgelaufen. Ihre Aufnahmen und Transkripte sind sicher; die App läuft weiter.

{summary}</translation>
    </message>
</context>
<context>
    <name>export_actions</name>
    <message>
        <source>There is no transcript yet.</source>
        <translation>Es gibt noch kein Transkript.</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transkript kopiert.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Plain text</source>
        <extracomment>what each export format is called in the dialogs (English; translated where shown)</extracomment>
        <translation>Nur-Text</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>SubRip-Untertitel</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>WebVTT-Untertitel</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <extracomment>formats that can leave the timestamps out (subtitles always have timings, JSON has everything) formats that can leave the speakers out formats with timestamps unless asked otherwise (as the export code's default) how many characters the preview shows at most (the file has everything)</extracomment>
        <translation>„{title}“ exportieren</translation>
    </message>
    <message>
        <source>Start each paragraph with its time</source>
        <translation>Jeden Absatz mit seiner Zeit beginnen</translation>
    </message>
    <message>
        <source>Speaker names</source>
        <translation>Sprechernamen</translation>
    </message>
    <message numerus="yes">
        <source>%n summaries before the transcript</source>
        <translation><numerusform>%n Zusammenfassung vor dem Transkript</numerusform><numerusform>%n Zusammenfassungen vor dem Transkript</numerusform></translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Vorschau des Exports</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Transkript kopieren</translation>
    </message>
    <message>
        <source>Copy the text, with the chosen timestamps and speakers</source>
        <translation>Den Text mit den gewählten Zeitangaben und Sprechern kopieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Einschließen:</translation>
    </message>
    <message>
        <source>Subtitles always have their times</source>
        <translation>Untertitel haben immer ihre Zeiten</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transkript kopiert.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Transkript exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Nicht exportiert: {reason}</translation>
    </message>
</context>
<context>
    <name>find_replace</name>
    <message>
        <source>Find in this transcript</source>
        <extracomment>a match: (segment row, character offset in its text)</extracomment>
        <translation>In diesem Transkript suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous one, Escape closes.</source>
        <translation>Eingabetaste sucht den nächsten Treffer, Umschalt+Eingabetaste den vorherigen, Esc schließt.</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Enter replaces the current match and goes to the next one.</source>
        <translation>Eingabetaste ersetzt den aktuellen Treffer und springt zum nächsten.</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabetaste)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabetaste)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Suchen und Ersetzen schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
</context>
<context>
    <name>general_page</name>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language of the window's menus, buttons and messages</source>
        <translation>Die Sprache der Menüs, Schaltflächen und Meldungen des Fensters</translation>
    </message>
    <message>
        <source>The window's language changes the next time IAM Desktop starts.</source>
        <translation>Die Sprache des Fensters ändert sich beim nächsten Start von IAM Desktop.</translation>
    </message>
    <message>
        <source>Transcribe each recording as soon as it stops</source>
        <translation>Jede Aufnahme transkribieren, sobald sie endet</translation>
    </message>
    <message>
        <source>In the transcript of a call, your words (the microphone) are labelled with this name, the other side's (the computer's audio) “Others”.</source>
        <translation>Im Transkript eines Anrufs werden Ihre Worte (das Mikrofon) mit diesem Namen gekennzeichnet, die der anderen Seite (der Computerton) mit „Andere“.</translation>
    </message>
    <message>
        <source>The language usually spoken in your recordings</source>
        <translation>Die Sprache, die in Ihren Aufnahmen meist gesprochen wird</translation>
    </message>
    <message>
        <source>Naming the language makes transcription faster and more accurate.</source>
        <translation>Wenn Sie die Sprache angeben, wird die Transkription schneller und genauer.</translation>
    </message>
    <message>
        <source>Identify who speaks when</source>
        <translation>Erkennen, wer wann spricht</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>Automatisch ermitteln</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n Sprecher</numerusform><numerusform>%n Sprecher</numerusform></translation>
    </message>
    <message>
        <source>Done on this computer after transcribing: each voice becomes Speaker 1, Speaker 2… (rename them in the transcript). A recording with one voice gets no labels.</source>
        <translation>Geschieht nach dem Transkribieren auf diesem Computer: Jede Stimme wird zu Speaker 1, Speaker 2… (im Transkript umbenennen). Eine Aufnahme mit nur einer Stimme erhält keine Kennzeichnung.</translation>
    </message>
    <message>
        <source>Send a crash report when the app fails</source>
        <translation>Einen Absturzbericht senden, wenn die App abstürzt</translation>
    </message>
    <message>
        <source>Reports never contain transcripts, titles, file paths or keys. They go only to the server named here (a Sentry-compatible address your organisation gives you).</source>
        <translation>Berichte enthalten nie Transkripte, Titel, Dateipfade oder Schlüssel. Sie gehen nur an den hier angegebenen Server (eine Sentry-kompatible Adresse, die Ihre Organisation Ihnen nennt).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Aufnahme:</translation>
    </message>
    <message>
        <source>Record from:</source>
        <translation>Aufnehmen von:</translation>
    </message>
    <message>
        <source>Your name in calls:</source>
        <translation>Ihr Name in Anrufen:</translation>
    </message>
    <message>
        <source>Language spoken:</source>
        <translation>Gesprochene Sprache:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Sprecher:</translation>
    </message>
    <message>
        <source>Number of speakers:</source>
        <translation>Anzahl der Sprecher:</translation>
    </message>
    <message>
        <source>Crash reports:</source>
        <translation>Absturzberichte:</translation>
    </message>
    <message>
        <source>Report server:</source>
        <translation>Berichtsserver:</translation>
    </message>
</context>
<context>
    <name>import_flow</name>
    <message>
        <source>Audio and video ({patterns});;All files (*)</source>
        <extracomment>the job options of the window's options bar (engine, model, language, task…) (seconds of audio, estimated cost, why the plan refuses them or None) path, reason (nothing) (nothing) the plan does not cover cloud work the user asked for, and they chose to upgrade</extracomment>
        <translation>Audio und Video ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add audio or video files</source>
        <translation>Audio- oder Videodateien hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not added: {reason} (and %n more).</source>
        <translation><numerusform>{name} wurde nicht hinzugefügt: {reason} (und %n weitere).</numerusform><numerusform>{name} wurde nicht hinzugefügt: {reason} (und %n weitere).</numerusform></translation>
    </message>
    <message>
        <source>{name} was not added: {reason}.</source>
        <translation>{name} wurde nicht hinzugefügt: {reason}.</translation>
    </message>
    <message>
        <source>No audio or video files found in what was dropped.</source>
        <translation>In den abgelegten Objekten wurden keine Audio- oder Videodateien gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>%n Datei</numerusform><numerusform>%n Dateien</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: add your OpenAI key in Settings → Cloud first.</source>
        <translation>Nichts wurde gesendet: Fügen Sie zuerst Ihren OpenAI-Schlüssel unter Einstellungen → Cloud hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n files for transcription.</source>
        <translation><numerusform>%n Datei zur Transkription eingereiht.</numerusform><numerusform>%n Dateien zur Transkription eingereiht.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n Aufnahme</numerusform><numerusform>%n Aufnahmen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n recordings to be transcribed again.</source>
        <translation><numerusform>%n Aufnahme zur erneuten Transkription eingereiht.</numerusform><numerusform>%n Aufnahmen zur erneuten Transkription eingereiht.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Identifying the speakers of %n recordings…</source>
        <translation><numerusform>Die Sprecher von %n Aufnahme werden erkannt…</numerusform><numerusform>Die Sprecher von %n Aufnahmen werden erkannt…</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: choose a plan in Settings → Subscription.</source>
        <translation>Nichts wurde gesendet: Wählen Sie einen Tarif unter Einstellungen → Abonnement.</translation>
    </message>
    <message>
        <source>Nothing was sent to OpenAI.</source>
        <translation>Nichts wurde an OpenAI gesendet.</translation>
    </message>
    <message>
        <source>{what}, {duration} of audio, will be sent to OpenAI ({model}).</source>
        <translation>{what}, {duration} Audio, werden an OpenAI ({model}) gesendet.</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}.</source>
        <translation>Geschätzte Kosten: {cost}.</translation>
    </message>
    <message>
        <source>Send to OpenAI?</source>
        <translation>An OpenAI senden?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>jobs_indicator</name>
    <message numerus="yes">
        <source>%n jobs waiting</source>
        <extracomment>the popover's width, and the most height it takes (it scrolls beyond)</extracomment>
        <translation><numerusform>%n Auftrag wartet</numerusform><numerusform>%n Aufträge warten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n jobs · {stage}</source>
        <translation><numerusform>%n Auftrag · {stage}</numerusform><numerusform>%n Aufträge · {stage}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n fehlgeschlagen</numerusform><numerusform>%n fehlgeschlagen</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Show the jobs</source>
        <translation>Aufträge anzeigen</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source>Waiting…</source>
        <extracomment>a job state -&gt; its word (English; shown translated with `status_word`)</extracomment>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>the core's stage words (iam_desktop.library.records.STAGE_WORDS), listed for translation</extracomment>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>Sprache wird erkannt…</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Wird transkribiert…</translation>
    </message>
    <message>
        <source>Identifying speakers…</source>
        <translation>Sprecher werden erkannt…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Transcribing {done} of {total}</source>
        <translation>Transkribiert {done} von {total}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Done — {note}</source>
        <translation>Fertig — {note}</translation>
    </message>
    <message>
        <source> · almost done</source>
        <translation> · fast fertig</translation>
    </message>
    <message>
        <source> · {time} left</source>
        <translation> · noch {time}</translation>
    </message>
    <message>
        <source>automatic model</source>
        <translation>automatisches Modell</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>job ID job ID job ID</extracomment>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <extracomment>the row's key</extracomment>
        <translation>Nicht hinzugefügt: {reason}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <extracomment>job ID job ID job ID (nothing)</extracomment>
        <translation>Erledigte entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation><numerusform>%n offen</numerusform><numerusform>%n offen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n fehlgeschlagen</numerusform><numerusform>%n fehlgeschlagen</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
</context>
<context>
    <name>level_meter</name>
    <message>
        <source>below {level} dBFS</source>
        <extracomment>above this the bar turns yellow, above RED_DBFS red how long the held peak stays before it falls (seconds), and how fast it falls then (dB per second) the CLIP box: pure, saturated red with white text, unlike anything else the meter draws a screen reader hears "the input is clipping" at most this often (seconds) what TrackMeters shows: the microphone's meter, the computer audio's, or both (a call) a call's two meters are this tall each (pixels), so that both fit the height of the bar's row Qt's QWIDGETSIZE_MAX: no maximum</extracomment>
        <translation>unter {level} dBFS</translation>
    </message>
    <message>
        <source>{level} dBFS</source>
        <translation>{level} dBFS</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <source>How loud the input is, from −60 to 0 dBFS; CLIP lights red when it is too loud. The tooltip gives the level in numbers.</source>
        <translation>Wie laut der Eingang ist, von −60 bis 0 dBFS; CLIP leuchtet rot, wenn er zu laut ist. Der Tooltip nennt den Pegel in Zahlen.</translation>
    </message>
    <message>
        <source>The input is clipping: lower the input volume</source>
        <translation>Der Eingang übersteuert: Eingangslautstärke verringern</translation>
    </message>
    <message>
        <source>Level {rms} (silence); clipping: lower the input volume</source>
        <translation>Pegel {rms} (Stille); Übersteuerung: Eingangslautstärke verringern</translation>
    </message>
    <message>
        <source>Level {rms} (silence)</source>
        <translation>Pegel {rms} (Stille)</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak}); clipping: lower the input volume</source>
        <translation>Pegel {rms} (Spitze {peak}); Übersteuerung: Eingangslautstärke verringern</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak})</source>
        <translation>Pegel {rms} (Spitze {peak})</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Computerton</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Computer audio level</source>
        <translation>Pegel des Computertons</translation>
    </message>
</context>
<context>
    <name>library_delegate</name>
    <message>
        <source>Title</source>
        <extracomment>space around a row's text (px): left and right, above and below space between the title and the grey line (px) space above a day header (px), and under it the rounding of the highlight (px) and its inset from the view's edges</extracomment>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>library_filters</name>
    <message>
        <source>Any time</source>
        <extracomment>date range key -&gt; label (English; shown translated)</extracomment>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Any length</source>
        <extracomment>length range label (English, also the combo's data; shown translated) -&gt; (min seconds, max seconds)</extracomment>
        <translation>Beliebige Länge</translation>
    </message>
    <message>
        <source>Under 5 min</source>
        <translation>Unter 5 Min.</translation>
    </message>
    <message>
        <source>5 to 30 min</source>
        <translation>5 bis 30 Min.</translation>
    </message>
    <message>
        <source>Over 30 min</source>
        <translation>Über 30 Min.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>sort key -&gt; (label (English; shown translated), column, descending)</extracomment>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Titel A–Z</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Längste zuerst</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Kürzeste zuerst</translation>
    </message>
    <message>
        <source>All tags</source>
        <extracomment>the user changed a filter, the sort or the trash toggle</extracomment>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Beliebige Sprache</translation>
    </message>
    <message>
        <source>Any engine</source>
        <translation>Beliebige Engine</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Show only the recordings in the trash</source>
        <translation>Nur die Aufnahmen im Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Filters and sort order</source>
        <translation>Filter und Sortierung</translation>
    </message>
    <message>
        <source>Filter · {count}</source>
        <translation>Filter · {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n filters on — click to change</source>
        <translation><numerusform>%n Filter aktiv – zum Ändern klicken</numerusform><numerusform>%n Filter aktiv – zum Ändern klicken</numerusform></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter and sort</source>
        <translation>Filtern und sortieren</translation>
    </message>
</context>
<context>
    <name>library_model</name>
    <message>
        <source>Offline</source>
        <extracomment>recordings read at a time a reload reads at most this many rows again (so that a refresh keeps the scroll position and selection) the grey line's two parts: (when · duration · language, the job's state or "") the day header drawn above the first row of a day ("Today"), or None True when the row's state is an error (drawn in the error colour) an engine key -&gt; its name (English; shown through `engine_name`)</extracomment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>In the trash since {when}</source>
        <translation>Im Papierkorb seit {when}</translation>
    </message>
</context>
<context>
    <name>library_panel</name>
    <message>
        <source>Loading library…</source>
        <extracomment>how long typing must pause before the search runs (milliseconds) how long a notice stays (milliseconds); one offering Undo stays as long as Undo is possible changes arriving within this time are read in one reload (a burst of edits, a bulk action; ms) what the count line says while the list's first rows are being read (the window shows before that; English, shown translated, like the texts below)</extracomment>
        <translation>Bibliothek wird geladen…</translation>
    </message>
    <message>
        <source>No recordings match</source>
        <extracomment>what the list says when its filters match nothing (an empty library says nothing: the window shows its welcome card)</extracomment>
        <translation>Keine passenden Aufnahmen</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>Der Papierkorb ist leer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Search the library</source>
        <extracomment>recording ID, position in seconds (0.0 for a plain item) list of recording IDs (the window queues them with its transcription options) list of recording IDs, the number of speakers (0: find it) whether the library is empty</extracomment>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search transcripts, titles and notes</source>
        <translation>Transkripte, Titel und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>Recordings in the trash are deleted for good after %n days.</source>
        <translation><numerusform>Aufnahmen im Papierkorb werden nach %n Tag endgültig gelöscht.</numerusform><numerusform>Aufnahmen im Papierkorb werden nach %n Tagen endgültig gelöscht.</numerusform></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation>Nichts gefunden für „{query}“</translation>
    </message>
    <message numerus="yes">
        <source>%n or more hits for “{query}”</source>
        <translation><numerusform>%n oder mehr Treffer für „{query}“</numerusform><numerusform>%n oder mehr Treffer für „{query}“</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hits for “{query}”</source>
        <translation><numerusform>%n Treffer für „{query}“</numerusform><numerusform>%n Treffer für „{query}“</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation><numerusform>%n im Papierkorb</numerusform><numerusform>%n im Papierkorb</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n Aufnahme</numerusform><numerusform>%n Aufnahmen</numerusform></translation>
    </message>
    <message>
        <source>The filters apply to the list, not to search results</source>
        <translation>Die Filter gelten für die Liste, nicht für Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings found</source>
        <translation><numerusform>%n Aufnahme gefunden</numerusform><numerusform>%n Aufnahmen gefunden</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n recordings to the trash.</source>
        <translation><numerusform>%n Aufnahme in den Papierkorb verschoben.</numerusform><numerusform>%n Aufnahmen in den Papierkorb verschoben.</numerusform></translation>
    </message>
</context>
<context>
    <name>library_rows</name>
    <message>
        <source>Waiting…</source>
        <extracomment>the separator of the grey line's parts a job state -&gt; what the row says (English; shown translated; RUNNING has its own text, with the progress)</extracomment>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not transcribed</source>
        <translation>Nicht transkribiert</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Heute {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Gestern {time}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Wird transkribiert…</translation>
    </message>
    <message>
        <source>Transcribing {percent} %</source>
        <translation>Transkribiert {percent} %</translation>
    </message>
    <message>
        <source>transcribed</source>
        <translation>transkribiert</translation>
    </message>
</context>
<context>
    <name>licence_dialog</name>
    <message>
        <source>Activate licence</source>
        <extracomment>Licence</extracomment>
        <translation>Lizenz aktivieren</translation>
    </message>
    <message>
        <source>Paste the licence you received after paying — the long text from the confirmation page or e-mail, or a link that starts with iam-desktop://activate. It is checked on this computer and kept in the system keyring.</source>
        <translation>Fügen Sie die Lizenz ein, die Sie nach der Zahlung erhalten haben – den langen Text von der Bestätigungsseite oder aus der E-Mail oder einen Link, der mit iam-desktop://activate beginnt. Sie wird auf diesem Computer geprüft und im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Licence or activation link</source>
        <translation>Lizenz oder Aktivierungslink</translation>
    </message>
    <message>
        <source>eyJhbGciOiJFZERTQSIs…  or  iam-desktop://activate?licence=…</source>
        <translation>eyJhbGciOiJFZERTQSIs…  oder  iam-desktop://activate?licence=…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Check the pasted licence and keep it</source>
        <translation>Eingefügte Lizenz prüfen und aufbewahren</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translation>Lizenz wird geprüft…</translation>
    </message>
    <message>
        <source>The licence was not activated: {reason}</source>
        <translation>Die Lizenz wurde nicht aktiviert: {reason}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Transcript</source>
        <extracomment>Settings now in use (the app hands them to the engines)</extracomment>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Transcript or summary</source>
        <translation>Transkript oder Zusammenfassung</translation>
    </message>
    <message>
        <source>IAM Desktop {version} — offline model ready to use</source>
        <translation>IAM Desktop {version} — Offline-Modell einsatzbereit</translation>
    </message>
    <message>
        <source>Recording {number}</source>
        <translation>Aufnahme {number}</translation>
    </message>
    <message>
        <source>Not transcribed yet — its progress shows in the list and in the status bar.</source>
        <translation>Noch nicht transkribiert — der Fortschritt wird in der Liste und in der Statusleiste angezeigt.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>models_page</name>
    <message>
        <source>Name</source>
        <extracomment>the table's columns (English: shown through `translate`)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>%n Sprache</numerusform><numerusform>%n Sprachen</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Nur Englisch</translation>
    </message>
    <message>
        <source>Installed models</source>
        <extracomment>list[ModelSpec]</extracomment>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <source>Your model folders</source>
        <translation>Ihre Modellordner</translation>
    </message>
    <message>
        <source>Folders with CTranslate2 Whisper models, as faster-whisper uses</source>
        <translation>Ordner mit CTranslate2-Whisper-Modellen, wie faster-whisper sie verwendet</translation>
    </message>
    <message>
        <source>Add model folder…</source>
        <translation>Modellordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Ordner entfernen</translation>
    </message>
    <message>
        <source>Forgets the selected folder; its files stay where they are</source>
        <translation>Vergisst den gewählten Ordner; seine Dateien bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>Installierte Modelle:</translation>
    </message>
    <message>
        <source>Your model folders (CTranslate2 Whisper models, as faster-whisper uses):</source>
        <translation>Ihre Modellordner (CTranslate2-Whisper-Modelle, wie faster-whisper sie verwendet):</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Modelle werden gesucht…</translation>
    </message>
    <message>
        <source>Choose a folder with a Whisper model</source>
        <translation>Ordner mit einem Whisper-Modell wählen</translation>
    </message>
    <message>
        <source>That folder is already listed.</source>
        <translation>Dieser Ordner ist bereits aufgeführt.</translation>
    </message>
    <message>
        <source>Looking for models in that folder…</source>
        <translation>In diesem Ordner werden Modelle gesucht…</translation>
    </message>
    <message>
        <source>No Whisper model found in that folder ({folder}).</source>
        <translation>In diesem Ordner wurde kein Whisper-Modell gefunden ({folder}).</translation>
    </message>
    <message>
        <source>The model in that folder is named like one already installed ({names}); rename its folder to use it.</source>
        <translation>Das Modell in diesem Ordner heißt wie ein bereits installiertes ({names}); benennen Sie seinen Ordner um, um es zu verwenden.</translation>
    </message>
</context>
<context>
    <name>notes_panel</name>
    <message>
        <source>Title</source>
        <extracomment>how long typing must pause before the notes are saved (milliseconds) no arguments</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes on this recording…</source>
        <translation>Notizen zu dieser Aufnahme…</translation>
    </message>
    <message>
        <source>Open a recording to see its notes.</source>
        <translation>Öffnen Sie eine Aufnahme, um ihre Notizen zu sehen.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Schlagwörter gespeichert</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect: {message}

Your recordings and transcripts are safe. The details are in the log.</source>
        <extracomment>how long the status bar shows a failure (ms)</extracomment>
        <translation>Etwas ist schiefgegangen, womit IAM Desktop nicht gerechnet hat: {message}

Ihre Aufnahmen und Transkripte sind sicher. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>pending_files</name>
    <message>
        <source>{name} — {progress}</source>
        <extracomment>how many entries show before the list scrolls</extracomment>
        <translation>{name} — {progress}</translation>
    </message>
    <message>
        <source>Adding</source>
        <extracomment>int: the job's ID</extracomment>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <source>Files being added</source>
        <translation>Dateien, die hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>plan_card</name>
    <message>
        <source>Your plan</source>
        <translation>Ihr Tarif</translation>
    </message>
    <message>
        <source>/ month</source>
        <translation>/ Monat</translation>
    </message>
    <message>
        <source>{price} a month</source>
        <translation>{price} pro Monat</translation>
    </message>
    <message>
        <source>{price}. {summary} {highlights}</source>
        <translation>{price}. {summary} {highlights}</translation>
    </message>
    <message>
        <source>{action}: {plan}</source>
        <translation>{action}: {plan}</translation>
    </message>
</context>
<context>
    <name>plan_texts</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Everything offline, for as long as you like.</source>
        <translation>Alles offline, so lange Sie möchten.</translation>
    </message>
    <message>
        <source>For people who transcribe every week.</source>
        <translation>Für alle, die jede Woche transkribieren.</translation>
    </message>
    <message>
        <source>For teams and heavy cloud use.</source>
        <translation>Für Teams und intensive Cloud-Nutzung.</translation>
    </message>
    <message>
        <source>Record and transcribe on this computer</source>
        <translation>Aufnehmen und transkribieren auf diesem Computer</translation>
    </message>
    <message>
        <source>Library, search and export</source>
        <translation>Bibliothek, Suche und Export</translation>
    </message>
    <message>
        <source>Manual backups</source>
        <translation>Manuelle Sicherungen</translation>
    </message>
    <message>
        <source>30 cloud minutes a month</source>
        <translation>30 Cloud-Minuten pro Monat</translation>
    </message>
    <message>
        <source>Everything in Free</source>
        <translation>Alles aus Kostenlos</translation>
    </message>
    <message>
        <source>600 cloud minutes a month</source>
        <translation>600 Cloud-Minuten pro Monat</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Everything in Pro</source>
        <translation>Alles aus Pro</translation>
    </message>
    <message>
        <source>3,000 cloud minutes a month</source>
        <translation>3.000 Cloud-Minuten pro Monat</translation>
    </message>
</context>
<context>
    <name>playback_bar</name>
    <message>
        <source>{speed}×</source>
        <extracomment>slider steps per second</extracomment>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play / pause (Space in the table, Ctrl+Space)</source>
        <translation>Abspielen / Pause (Leertaste in der Tabelle, Strg+Leertaste)</translation>
    </message>
    <message>
        <source>−{seconds} s</source>
        <translation>−{seconds} s</translation>
    </message>
    <message>
        <source>Back {seconds} seconds (Ctrl+Left)</source>
        <translation>{seconds} Sekunden zurück (Strg+Links)</translation>
    </message>
    <message>
        <source>Back {seconds} seconds</source>
        <translation>{seconds} Sekunden zurück</translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds (Ctrl+Right)</source>
        <translation>{seconds} Sekunden vor (Strg+Rechts)</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds</source>
        <translation>{seconds} Sekunden vor</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <source>The arrow keys move one second, Page Up and Page Down {seconds} seconds.</source>
        <translation>Die Pfeiltasten springen eine Sekunde, Bild auf und Bild ab {seconds} Sekunden.</translation>
    </message>
    <message>
        <source>Playback speed (the pitch stays the same)</source>
        <translation>Wiedergabegeschwindigkeit (die Tonhöhe bleibt gleich)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>The pitch stays the same.</source>
        <translation>Die Tonhöhe bleibt gleich.</translation>
    </message>
    <message>
        <source>Playback is not available.</source>
        <translation>Wiedergabe ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot play this recording: {reason}</source>
        <translation>Diese Aufnahme kann nicht abgespielt werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot play sound: {reason}</source>
        <translation>Ton kann nicht abgespielt werden: {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Wiedergabe läuft</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>Ende der Aufnahme</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Playback stopped: {reason}</source>
        <translation>Wiedergabe angehalten: {reason}</translation>
    </message>
</context>
<context>
    <name>record_panel</name>
    <message>
        <source>Record</source>
        <extracomment>the live view's frame interval (ms): 30 frames a second or more the record button's texts and tooltip (English; shown translated, context "record_panel")</extracomment>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Start recording (Ctrl+R); press again to stop and save</source>
        <translation>Aufnahme starten (Strg+R); erneut drücken zum Beenden und Speichern</translation>
    </message>
    <message>
        <source>Recording needs a microphone: connect one, or allow this app to use it in the system settings</source>
        <extracomment>why Record is disabled without an input (English: show `translate("record_panel", NO_INPUT_TIP)`)</extracomment>
        <translation>Für Aufnahmen wird ein Mikrofon benötigt: Schließen Sie eines an oder erlauben Sie dieser App in den Systemeinstellungen, es zu verwenden</translation>
    </message>
    <message>
        <source>Recording started</source>
        <extracomment>what a screen reader hears when the recording's state changes (old state, new state) → words</extracomment>
        <translation>Aufnahme gestartet</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Aufnahme pausiert</translation>
    </message>
    <message>
        <source>Recording resumed</source>
        <translation>Aufnahme fortgesetzt</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Aufnahme beendet</translation>
    </message>
    <message>
        <source>The microphone or other input to record from</source>
        <extracomment>str: the input's name str: what to record (a source of iam_desktop.recording.session) str: elapsed time as shown, "" when not recording bool: whether there is an input to record from (False: Record is disabled, NO_INPUT_TIP says why) bool: the user switched "transcribe when stopped" on or off (the window remembers it)</extracomment>
        <translation>Das Mikrofon oder der andere Eingang für die Aufnahme</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the recording (Ctrl+Shift+R)</source>
        <translation>Aufnahme pausieren oder fortsetzen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Time recorded (pauses not counted)</source>
        <translation>Aufgenommene Zeit (ohne Pausen)</translation>
    </message>
    <message>
        <source>Size of the recording on disk so far</source>
        <translation>Bisherige Größe der Aufnahme auf dem Datenträger</translation>
    </message>
    <message>
        <source>Transcribe when stopped</source>
        <translation>Nach dem Beenden transkribieren</translation>
    </message>
    <message>
        <source>Queue the full transcription as soon as a recording is saved</source>
        <translation>Die vollständige Transkription einreihen, sobald eine Aufnahme gespeichert ist</translation>
    </message>
    <message>
        <source>The transcript appears here as you speak.</source>
        <translation>Das Transkript erscheint hier, während Sie sprechen.</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Live-Transkript</translation>
    </message>
    <message>
        <source>What is being said, transcribed roughly while you record</source>
        <translation>Das Gesagte, grob transkribiert, während Sie aufnehmen</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <translation>Hinweis zur Aufnahme</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingang:</translation>
    </message>
    <message>
        <source>“{name}” is not connected; the default input is used</source>
        <translation>„{name}“ ist nicht angeschlossen; der Standardeingang wird verwendet</translation>
    </message>
    <message>
        <source>Above the line the microphone, below it the computer's audio</source>
        <translation>Über der Linie das Mikrofon, darunter der Ton des Computers</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overflows: audio was lost</source>
        <translation><numerusform>⚠ %n Überlauf: Audio ging verloren</numerusform><numerusform>⚠ %n Überläufe: Audio ging verloren</numerusform></translation>
    </message>
    <message>
        <source>The computer was too busy to take all the audio in time</source>
        <translation>Der Computer war zu ausgelastet, um das gesamte Audio rechtzeitig aufzunehmen</translation>
    </message>
    <message>
        <source>[live transcript stopped: {reason}]</source>
        <translation>[Live-Transkript beendet: {reason}]</translation>
    </message>
</context>
<context>
    <name>recording_actions</name>
    <message>
        <source>Rename</source>
        <extracomment>how long "Undo" stays offered after moving recordings to the trash (milliseconds) message text list of recording IDs moved to the trash list of recording IDs list of recording IDs, the number of speakers (0: find it) recording ID (only with notes_in_panel) how long Undo stays offered after a move to the trash (milliseconds) the tag names the library has (offered while typing tags; kept up to date by the panel) starts editing the current title in place; False where it cannot (then a dialog asks) Notes… asks for the notes side panel (`notes_requested`) instead of a dialog</extracomment>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notizen…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Transcribe again</source>
        <translation>Erneut transkribieren</translation>
    </message>
    <message>
        <source>Identify speakers</source>
        <translation>Sprecher erkennen</translation>
    </message>
    <message>
        <source>Label who speaks when, without transcribing again</source>
        <translation>Kennzeichnen, wer wann spricht, ohne erneut zu transkribieren</translation>
    </message>
    <message>
        <source>Find how many</source>
        <translation>Anzahl ermitteln</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n Sprecher</numerusform><numerusform>%n Sprecher</numerusform></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring back the recordings just moved to the trash</source>
        <translation>Die eben in den Papierkorb verschobenen Aufnahmen zurückholen</translation>
    </message>
    <message>
        <source>Rename recording</source>
        <translation>Aufnahme umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes on “{title}”:</source>
        <translation>Notizen zu „{title}“:</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Schlagwörter, durch Kommas getrennt:</translation>
    </message>
    <message numerus="yes">
        <source>Tags all %n recordings carry, separated by commas
(names added here go on every one; names taken out come off every one):</source>
        <translation><numerusform>Schlagwörter, die alle %n Aufnahmen tragen, durch Kommas getrennt
(hier hinzugefügte Namen kommen an jede; entfernte Namen werden von jeder entfernt):</numerusform><numerusform>Schlagwörter, die alle %n Aufnahmen tragen, durch Kommas getrennt
(hier hinzugefügte Namen kommen an jede; entfernte Namen werden von jeder entfernt):</numerusform></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %n transcripts as:</source>
        <translation><numerusform>%n Transkript exportieren als:</numerusform><numerusform>%n Transkripte exportieren als:</numerusform></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Delete every recording in the trash for good, with its transcript and audio?
This cannot be undone.</source>
        <translation>Alle Aufnahmen im Papierkorb samt Transkript und Audio endgültig löschen?
Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>Umbenannt in „{title}“.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notizen gespeichert.</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Schlagwörter gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transcripts to {folder}.</source>
        <translation><numerusform>%n Transkript nach {folder} exportiert.</numerusform><numerusform>%n Transkripte nach {folder} exportiert.</numerusform></translation>
    </message>
    <message>
        <source>Not exported: {problems}</source>
        <translation>Nicht exportiert: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n recordings.</source>
        <translation><numerusform>%n Aufnahme wiederhergestellt.</numerusform><numerusform>%n Aufnahmen wiederhergestellt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n recordings for good.</source>
        <translation><numerusform>%n Aufnahme endgültig gelöscht.</numerusform><numerusform>%n Aufnahmen endgültig gelöscht.</numerusform></translation>
    </message>
</context>
<context>
    <name>recording_controller</name>
    <message>
        <source>The recording was saved, but its transcription could not be queued: {reason}</source>
        <extracomment>the controller's states builds the engine the live preview uses, for a language (None: detect) a session that started, and what the user should know about how (an input replaced, the computer's audio left out of a call) what a stop gives back: how the recorder ended, the saved capture (None: nothing recorded), and a problem queueing its transcription (None: queued, or not wanted) str: the new state PreviewState PreviewState (the computer's audio in a call) SavedCapture str: what went wrong str list[SavedCapture] list[InputDevice]</extracomment>
        <translation>Die Aufnahme wurde gespeichert, aber ihre Transkription konnte nicht eingereiht werden: {reason}</translation>
    </message>
    <message>
        <source>Interrupted recordings could not be saved: {reason}</source>
        <translation>Unterbrochene Aufnahmen konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>The input “{name}” is not connected; recording from “{device}” instead.</source>
        <translation>Der Eingang „{name}“ ist nicht angeschlossen; stattdessen wird von „{device}“ aufgenommen.</translation>
    </message>
    <message>
        <source>Recording could not start: {reason}</source>
        <translation>Die Aufnahme konnte nicht starten: {reason}</translation>
    </message>
    <message>
        <source>The recording stopped.</source>
        <translation>Die Aufnahme wurde beendet.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts aufgenommen.</translation>
    </message>
    <message>
        <source>{reason}. Saved as “{title}” ({duration}).</source>
        <translation>{reason}. Gespeichert als „{title}“ ({duration}).</translation>
    </message>
    <message>
        <source>The recording could not be saved: {reason}</source>
        <translation>Die Aufnahme konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>The computer's audio cannot be recorded ({reason}): recording the microphone alone.</source>
        <translation>Der Computerton kann nicht aufgenommen werden ({reason}): nur das Mikrofon wird aufgenommen.</translation>
    </message>
</context>
<context>
    <name>recording_page</name>
    <message>
        <source>No microphone found</source>
        <translation>Kein Mikrofon gefunden</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System default ({name})</source>
        <translation>Systemstandard ({name})</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (nicht angeschlossen)</translation>
    </message>
    <message>
        <source>Built-in Audio</source>
        <translation>Interne Audio</translation>
    </message>
    <message>
        <source>Built-in Audio ({part})</source>
        <translation>Interne Audio ({part})</translation>
    </message>
    <message>
        <source>{server} sound server</source>
        <translation>{server}-Soundserver</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>List the inputs again, after plugging a microphone in</source>
        <translation>Eingänge erneut auflisten, nachdem ein Mikrofon angeschlossen wurde</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Mikrofon:</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>Mikrofone werden gesucht…</translation>
    </message>
    <message>
        <source>No microphone found. Connect one, then choose Look again.</source>
        <translation>Kein Mikrofon gefunden. Schließen Sie eines an und wählen Sie dann „Erneut suchen“.</translation>
    </message>
    <message>
        <source>The microphones cannot be listed: the computer's audio system is not available.</source>
        <translation>Die Mikrofone können nicht aufgelistet werden: Das Audiosystem des Computers ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>Backed up</source>
        <extracomment>the snapshot list's columns (English: shown through `translate`)</extracomment>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Aufnahmen</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transkripte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <extracomment>Restored RestorePlan</extracomment>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The passphrase the backup was made with.&lt;/b&gt; The backup cannot be opened without it.</source>
        <translation>&lt;b&gt;Die Passphrase, mit der die Sicherung erstellt wurde.&lt;/b&gt; Ohne sie lässt sich die Sicherung nicht öffnen.</translation>
    </message>
    <message>
        <source>the storage's secret access key</source>
        <translation>geheimer Zugriffsschlüssel des Speichers</translation>
    </message>
    <message>
        <source>the backup's passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with; it opens the backup</source>
        <translation>Die Passphrase, mit der die Sicherung erstellt wurde; sie öffnet die Sicherung</translation>
    </message>
    <message>
        <source>Enter where your backup is kept, the storage's keys and the backup's passphrase. They are kept on this computer once the library is restored.</source>
        <translation>Geben Sie an, wo Ihre Sicherung aufbewahrt wird, die Schlüssel des Speichers und die Passphrase der Sicherung. Sie werden auf diesem Computer gespeichert, sobald die Bibliothek wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>Show backups</source>
        <translation>Sicherungen anzeigen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Choose the backup to restore; the newest is chosen first</source>
        <translation>Wählen Sie die wiederherzustellende Sicherung; die neueste ist vorausgewählt</translation>
    </message>
    <message>
        <source>Restoring brings back the library and every recording of the chosen backup. Each file is checked before anything on this computer changes. A library already here is kept beside the restored one, never deleted.</source>
        <translation>Die Wiederherstellung holt die Bibliothek und alle Aufnahmen der gewählten Sicherung zurück. Jede Datei wird geprüft, bevor sich auf diesem Computer etwas ändert. Eine bereits vorhandene Bibliothek wird neben der wiederhergestellten aufbewahrt, nie gelöscht.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to where the backup is kept</source>
        <translation>Zurück zum Speicherort der Sicherung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restores the backup chosen in the list</source>
        <translation>Stellt die in der Liste gewählte Sicherung wieder her</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Restoring the backup of {date}.</source>
        <translation>Die Sicherung vom {date} wird wiederhergestellt.</translation>
    </message>
    <message>
        <source>the saved storage</source>
        <translation>der gespeicherte Speicher</translation>
    </message>
    <message>
        <source>enter the storage's secret access key</source>
        <translation>geben Sie den geheimen Zugriffsschlüssel des Speichers ein</translation>
    </message>
    <message>
        <source>enter the backup's passphrase</source>
        <translation>geben Sie die Passphrase der Sicherung ein</translation>
    </message>
    <message>
        <source>Backups in {where}:</source>
        <translation>Sicherungen in {where}:</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Sicherung wird geöffnet…</translation>
    </message>
    <message>
        <source>{date} — cannot be read</source>
        <translation>{date} — nicht lesbar</translation>
    </message>
    <message>
        <source>{date}  (newest)</source>
        <translation>{date}  (neueste)</translation>
    </message>
    <message numerus="yes">
        <source>%n backups found.</source>
        <translation><numerusform>%n Sicherung gefunden.</numerusform><numerusform>%n Sicherungen gefunden.</numerusform></translation>
    </message>
    <message>
        <source>None of the backups can be read. Run Verify on the Backup page to see why.</source>
        <translation>Keine der Sicherungen ist lesbar. Führen Sie auf der Seite „Sicherung“ „Prüfen“ aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>There is no backup here yet: check the bucket and the folder in it.</source>
        <translation>Hier gibt es noch keine Sicherung: Prüfen Sie den Bucket und den Ordner darin.</translation>
    </message>
    <message>
        <source>Looking at the library on this computer…</source>
        <translation>Die Bibliothek auf diesem Computer wird geprüft…</translation>
    </message>
    <message>
        <source>The library on this computer cannot be read.</source>
        <translation>Die Bibliothek auf diesem Computer ist nicht lesbar.</translation>
    </message>
    <message numerus="yes">
        <source>The library on this computer holds %n recordings.</source>
        <translation><numerusform>Die Bibliothek auf diesem Computer enthält %n Aufnahme.</numerusform><numerusform>Die Bibliothek auf diesem Computer enthält %n Aufnahmen.</numerusform></translation>
    </message>
    <message>
        <source>Replace the library?</source>
        <translation>Bibliothek ersetzen?</translation>
    </message>
    <message>
        <source>Restoring replaces it with the backup of {date}. The current library file is kept beside the restored one (library.sqlite3.before-restore-…), so it can be brought back by hand; recordings added since that backup are not in the restored library.</source>
        <translation>Die Wiederherstellung ersetzt sie durch die Sicherung vom {date}. Die aktuelle Bibliotheksdatei wird neben der wiederhergestellten aufbewahrt (library.sqlite3.before-restore-…), sodass sie von Hand zurückgeholt werden kann; Aufnahmen, die seit dieser Sicherung hinzugekommen sind, fehlen in der wiederhergestellten Bibliothek.</translation>
    </message>
    <message>
        <source>Replace the library</source>
        <translation>Bibliothek ersetzen</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>Wiederherstellung wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Restored the backup of {date}: {recordings} and {transcripts}, every file checked.</source>
        <translation>Die Sicherung vom {date} wurde wiederhergestellt: {recordings} und {transcripts}, jede Datei geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n Aufnahme</numerusform><numerusform>%n Aufnahmen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n Transkript</numerusform><numerusform>%n Transkripte</numerusform></translation>
    </message>
    <message>
        <source>Backups are not set up on this computer yet: {problem} Set them up in Settings → Backup.</source>
        <translation>Sicherungen sind auf diesem Computer noch nicht eingerichtet: {problem} Richten Sie sie unter Einstellungen → Sicherung ein.</translation>
    </message>
    <message>
        <source>The restore failed: {reason}</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing on this computer was changed.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; auf diesem Computer wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>search_hits</name>
    <message>
        <source>in the title</source>
        <extracomment>hits read at a time where a hit that is not in the transcript was found (English; shown translated)</extracomment>
        <translation>im Titel</translation>
    </message>
    <message>
        <source>in the notes</source>
        <translation>in den Notizen</translation>
    </message>
    <message>
        <source>in a summary</source>
        <translation>in einer Zusammenfassung</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>bei {time}</translation>
    </message>
    <message>
        <source>{title}, {where}: {excerpt}</source>
        <translation>{title}, {where}: {excerpt}</translation>
    </message>
</context>
<context>
    <name>segment_editor</name>
    <message>
        <source>Segment text</source>
        <extracomment>shortcuts of the pane that act on the segment being edited: they reach the pane, not the editor () after a resize: the text may need another height</extracomment>
        <translation>Abschnittstext</translation>
    </message>
    <message>
        <source>Enter saves, Escape cancels, Ctrl+K splits the segment at the cursor.</source>
        <translation>Eingabetaste speichert, Esc bricht ab, Strg+K teilt den Abschnitt an der Schreibmarke.</translation>
    </message>
</context>
<context>
    <name>segment_table</name>
    <message>
        <source>Transcript</source>
        <extracomment>the margin left of the times: room for the accent bar of the playing segment the speaker filter that shows the segments nobody is named for the speaker's bar at the margin's right edge: its width and its distance from the edge</extracomment>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Enter or F2 edits a segment, Space plays or pauses, Ctrl+Enter plays from its start.</source>
        <translation>Eingabetaste oder F2 bearbeitet einen Abschnitt, Leertaste spielt ab oder pausiert, Strg+Eingabetaste spielt ab seinem Anfang.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>General</source>
        <extracomment>each page's name (English, shown translated) and its icon in the list (names of iam_desktop.ui.icons)</extracomment>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Watch folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
</context>
<context>
    <name>shortcuts_dialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>source_picker</name>
    <message>
        <source>Microphone</source>
        <extracomment>each source's name and what it does (English; shown translated, context "source_picker"), and its glyph</extracomment>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Record the microphone: dictation, a talk, a meeting in a room</source>
        <translation>Das Mikrofon aufnehmen: Diktat, Vortrag, Besprechung in einem Raum</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Computerton</translation>
    </message>
    <message>
        <source>Record what the computer plays (a video, a webinar), not the microphone</source>
        <translation>Aufnehmen, was der Computer abspielt (ein Video, ein Webinar), nicht das Mikrofon</translation>
    </message>
    <message>
        <source>Both (call)</source>
        <translation>Beides (Anruf)</translation>
    </message>
    <message>
        <source>Record a call: your microphone and the computer's audio, transcribed as you and the others</source>
        <translation>Einen Anruf aufnehmen: Ihr Mikrofon und den Computerton, transkribiert als Sie und die anderen</translation>
    </message>
    <message>
        <source>Record from</source>
        <translation>Aufnehmen von</translation>
    </message>
</context>
<context>
    <name>speaker_bar</name>
    <message>
        <source>&lt;1%</source>
        <extracomment>how strongly a chosen chip is filled with its speaker's colour (over the window's colour) a chip's padding left and right, the dot's diameter, the gaps after the dot and after the name (px) the bar's margins (left and right, top and bottom) and the gap between two chips (px) the widest a name is drawn (px); a longer one is cut short with "…" (its tooltip and spoken name are whole)</extracomment>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Each speaker's talk time and share. Choose a speaker (arrow keys) to show only their segments; the context menu renames a speaker or merges it into another.</source>
        <translation>Sprechzeit und Anteil jedes Sprechers. Einen Sprecher wählen (Pfeiltasten), um nur seine Abschnitte zu zeigen; das Kontextmenü benennt einen Sprecher um oder führt ihn mit einem anderen zusammen.</translation>
    </message>
    <message>
        <source>Show every speaker's segments</source>
        <translation>Die Abschnitte aller Sprecher zeigen</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Alle Sprecher</translation>
    </message>
    <message numerus="yes">
        <source>All speakers: %n speakers, {time} of talk</source>
        <translation><numerusform>Alle Sprecher: %n Sprecher, {time} Sprechzeit</numerusform><numerusform>Alle Sprecher: %n Sprecher, {time} Sprechzeit</numerusform></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Kein Sprecher</translation>
    </message>
    <message>
        <source>{time} · {percent}</source>
        <translation>{time} · {percent}</translation>
    </message>
    <message>
        <source>{speaker}: {time}, {percent} of the talk</source>
        <translation>{speaker}: {time}, {percent} der Sprechzeit</translation>
    </message>
    <message>
        <source>Show only {speaker}'s segments (right-click to rename or merge)</source>
        <translation>Nur die Abschnitte von {speaker} zeigen (Rechtsklick zum Umbenennen oder Zusammenführen)</translation>
    </message>
    <message>
        <source>Show only the segments nobody is named for</source>
        <translation>Nur die Abschnitte ohne Sprecher zeigen</translation>
    </message>
    <message>
        <source>Rename {speaker}…</source>
        <translation>{speaker} umbenennen…</translation>
    </message>
    <message>
        <source>Merge {speaker} into</source>
        <translation>{speaker} zusammenführen mit</translation>
    </message>
</context>
<context>
    <name>storage_page</name>
    <message>
        <source>Adding up…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Den Datenordner im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>The library holds your recordings' audio, their transcripts and notes: back it up with the rest of your files.</source>
        <translation>Die Bibliothek enthält den Ton Ihrer Aufnahmen, deren Transkripte und Notizen: Sichern Sie sie mit Ihren übrigen Dateien.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The size could not be added up: {reason}</source>
        <translation>Die Größe konnte nicht berechnet werden: {reason}</translation>
    </message>
    <message>
        <source>No program to show folders with was found.</source>
        <translation>Es wurde kein Programm zum Anzeigen von Ordnern gefunden.</translation>
    </message>
</context>
<context>
    <name>subscription_page</name>
    <message>
        <source>Active</source>
        <extracomment>the state pill of the current plan: its words and colour, by Entitlement.state</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Offline grace</source>
        <translation>Offline-Kulanz</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>YOUR PLAN</source>
        <extracomment>the usage bar turns to the warning colour from this fraction of the allowance Entitlement</extracomment>
        <translation>IHR TARIF</translation>
    </message>
    <message>
        <source>Reading your licence…</source>
        <translation>Ihre Lizenz wird gelesen…</translation>
    </message>
    <message>
        <source>Manage subscription</source>
        <translation>Abo verwalten</translation>
    </message>
    <message>
        <source>Open the payment provider's customer portal in your browser: cancel, change the card, see invoices</source>
        <translation>Das Kundenportal des Zahlungsanbieters im Browser öffnen: kündigen, Karte ändern, Rechnungen ansehen</translation>
    </message>
    <message>
        <source>Activate licence…</source>
        <translation>Lizenz aktivieren…</translation>
    </message>
    <message>
        <source>Paste a licence you received after paying</source>
        <translation>Eine nach der Zahlung erhaltene Lizenz einfügen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch your licence from the billing service</source>
        <translation>Ihre Lizenz vom Abrechnungsdienst abrufen</translation>
    </message>
    <message>
        <source>Read the stored licence and the minutes used again</source>
        <translation>Gespeicherte Lizenz und verbrauchte Minuten neu einlesen</translation>
    </message>
    <message>
        <source>Cloud minutes used this month</source>
        <translation>Diesen Monat verbrauchte Cloud-Minuten</translation>
    </message>
    <message>
        <source>The address the payment provider sends your receipt and licence to; kept in the system keyring</source>
        <translation>Die Adresse, an die der Zahlungsanbieter Beleg und Lizenz sendet; wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Bezahlen mit</translation>
    </message>
    <message>
        <source>The payment provider, and the currency of the prices below</source>
        <translation>Der Zahlungsanbieter und die Währung der Preise unten</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No payments yet. Each period you pay for is listed here, with its invoice.</source>
        <translation>Noch keine Zahlungen. Jeder bezahlte Zeitraum erscheint hier mit seiner Rechnung.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Cloud minutes this month</source>
        <translation>Cloud-Minuten in diesem Monat</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Zahlungsverlauf</translation>
    </message>
    <message>
        <source>This period: {period}</source>
        <translation>Dieser Zeitraum: {period}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} payment page…</source>
        <translation>Zahlungsseite von {gateway} wird angefordert…</translation>
    </message>
    <message>
        <source>The {gateway} payment page for {plan} is open in your browser. {next_step}</source>
        <translation>Die Zahlungsseite von {gateway} für {plan} ist in Ihrem Browser geöffnet. {next_step}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} customer portal…</source>
        <translation>Kundenportal von {gateway} wird angefordert…</translation>
    </message>
    <message>
        <source>The {gateway} customer portal is open in your browser.</source>
        <translation>Das Kundenportal von {gateway} ist in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>The invoice is open in your browser.</source>
        <translation>Die Rechnung ist in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>Asking the billing service for your licence…</source>
        <translation>Ihre Lizenz wird beim Abrechnungsdienst angefragt…</translation>
    </message>
    <message>
        <source>Licence activated: you are on {plan}. Thank you!</source>
        <translation>Lizenz aktiviert: Sie nutzen jetzt {plan}. Vielen Dank!</translation>
    </message>
    <message>
        <source>The address to open is not a valid web address, so it was not opened.</source>
        <translation>Die zu öffnende Adresse ist keine gültige Webadresse und wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Make sure a web browser is set as the default, then try again.</source>
        <translation>Der Browser konnte nicht geöffnet werden. Stellen Sie sicher, dass ein Webbrowser als Standard festgelegt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>When the payment is through, press Refresh.</source>
        <translation>Sobald die Zahlung durch ist, klicken Sie auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>When the payment is through, paste the licence you receive with Activate licence…</source>
        <translation>Sobald die Zahlung durch ist, fügen Sie die erhaltene Lizenz über „Lizenz aktivieren…“ ein.</translation>
    </message>
</context>
<context>
    <name>subscription_texts</name>
    <message>
        <source>Stripe — card, USD</source>
        <extracomment>the gateway choice's labels, by gateway id, in the order offered (PayGate's and Stitch's are a brand and a currency code: the same in every language)</extracomment>
        <translation>Stripe — Karte, USD</translation>
    </message>
    <message>
        <source>The licence is up to date.</source>
        <extracomment>the symbol an amount is shown with, by currency code (others show their code) the billing core's refresh messages that are always the same words (shown translated)</extracomment>
        <translation>Die Lizenz ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>The billing service has no licence for this installation yet: once a payment goes through, refresh again.</source>
        <translation>Der Abrechnungsdienst hat noch keine Lizenz für diese Installation: Sobald eine Zahlung durch ist, aktualisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Aktueller Tarif</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgraden</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Tarif wechseln</translation>
    </message>
    <message>
        <source>You are on the {plan} plan</source>
        <translation>Sie nutzen den Tarif {plan}</translation>
    </message>
    <message>
        <source>Opens {gateway}'s customer portal in your browser, where you can change or cancel your subscription</source>
        <translation>Öffnet das Kundenportal von {gateway} im Browser, wo Sie Ihr Abo ändern oder kündigen können</translation>
    </message>
    <message>
        <source>Opens {gateway}'s payment page for {plan} in your browser</source>
        <translation>Öffnet die Zahlungsseite von {gateway} für {plan} im Browser</translation>
    </message>
    <message>
        <source>Renews {day}</source>
        <translation>Verlängert sich am {day}</translation>
    </message>
    <message>
        <source>Offline grace until {day}: go online to refresh the licence, or renew</source>
        <translation>Offline-Kulanz bis {day}: Gehen Sie online, um die Lizenz zu aktualisieren, oder verlängern Sie</translation>
    </message>
    <message>
        <source>Your {plan} licence ended on {day}: renew to keep {plan}</source>
        <translation>Ihre {plan}-Lizenz ist am {day} abgelaufen: Verlängern Sie, um {plan} zu behalten</translation>
    </message>
    <message>
        <source>Licence refreshed: {plan} until {day}.</source>
        <translation>Lizenz aktualisiert: {plan} bis {day}.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %n cloud minutes used this month</source>
        <translation><numerusform>{used} von %n Cloud-Minute diesen Monat verbraucht</numerusform><numerusform>{used} von %n Cloud-Minuten diesen Monat verbraucht</numerusform></translation>
    </message>
    <message>
        <source>None left</source>
        <translation>Keine mehr übrig</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left</source>
        <translation><numerusform>%n Minute übrig</numerusform><numerusform>%n Minuten übrig</numerusform></translation>
    </message>
    <message>
        <source>{left} · the count starts again on {day}</source>
        <translation>{left} · die Zählung beginnt wieder am {day}</translation>
    </message>
</context>
<context>
    <name>summary_panel</name>
    <message>
        <source>Offline</source>
        <extracomment>the formats "Export with the transcript…" offers, the first the default how many chapters show at once above a summary's text the engine choices' data the data role of a history item (the summary's ID) and of a chapter item (its start in seconds) (seconds) no arguments</extracomment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Focus on… (optional: what the summary should pay attention to)</source>
        <translation>Schwerpunkt… (optional: worauf die Zusammenfassung achten soll)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop making this summary (Esc)</source>
        <translation>Erstellen dieser Zusammenfassung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Add an OpenAI key in Settings → Cloud</source>
        <translation>OpenAI-Schlüssel unter Einstellungen → Cloud hinzufügen</translation>
    </message>
    <message>
        <source>Summaries of this recording</source>
        <translation>Zusammenfassungen dieser Aufnahme</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>The transcript changed after this summary was made: generate it again</source>
        <translation>Das Transkript hat sich nach dieser Zusammenfassung geändert: Erstellen Sie sie neu</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the summary as plain text</source>
        <translation>Zusammenfassung als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the summary, or export it with the transcript</source>
        <translation>Zusammenfassung speichern oder mit dem Transkript exportieren</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Als Text speichern…</translation>
    </message>
    <message>
        <source>Export with the transcript…</source>
        <translation>Mit dem Transkript exportieren…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Correct the summary's text</source>
        <translation>Text der Zusammenfassung korrigieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this summary</source>
        <translation>Diese Zusammenfassung löschen</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Enter shows the transcript at the chapter's start</source>
        <translation>Eingabe zeigt das Transkript am Anfang des Kapitels</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Text der Zusammenfassung</translation>
    </message>
    <message>
        <source>Open a recording to summarise it.</source>
        <translation>Öffnen Sie eine Aufnahme, um sie zusammenzufassen.</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Erstellen:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>Anweisung:</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Zusammenfassungen</translation>
    </message>
    <message>
        <source>Out of date: the transcript changed after this summary was made</source>
        <translation>Veraltet: Das Transkript hat sich nach dieser Zusammenfassung geändert</translation>
    </message>
    <message>
        <source>No summary yet: choose what to make and press Generate.</source>
        <translation>Noch keine Zusammenfassung: Wählen Sie aus, was erstellt werden soll, und klicken Sie auf Generieren.</translation>
    </message>
    <message>
        <source>Not transcribed yet: a summary needs the transcript.</source>
        <translation>Noch nicht transkribiert: Eine Zusammenfassung braucht das Transkript.</translation>
    </message>
    <message>
        <source>No OpenAI key: an offline summary (sentences from the transcript)</source>
        <translation>Kein OpenAI-Schlüssel: eine Offline-Zusammenfassung (Sätze aus dem Transkript)</translation>
    </message>
    <message>
        <source>Offline: sentences from the transcript, made on this computer</source>
        <translation>Offline: Sätze aus dem Transkript, auf diesem Computer erstellt</translation>
    </message>
    <message>
        <source>Estimating the cost with {model}…</source>
        <translation>Kosten mit {model} werden geschätzt…</translation>
    </message>
    <message>
        <source>The cost with {model} could not be estimated</source>
        <translation>Die Kosten mit {model} konnten nicht geschätzt werden</translation>
    </message>
    <message>
        <source>Making: {preset}…</source>
        <translation>Wird erstellt: {preset}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>OpenAI could not be reached: this is an offline summary.</source>
        <translation>OpenAI war nicht erreichbar: Dies ist eine Offline-Zusammenfassung.</translation>
    </message>
    <message>
        <source>{preset} ready</source>
        <translation>{preset} fertig</translation>
    </message>
    <message>
        <source>Cancelled: no summary was stored.</source>
        <translation>Abgebrochen: Es wurde keine Zusammenfassung gespeichert.</translation>
    </message>
    <message>
        <source>There is no transcript to summarise yet: transcribe the recording first.</source>
        <translation>Es gibt noch kein Transkript zum Zusammenfassen: Transkribieren Sie die Aufnahme zuerst.</translation>
    </message>
    <message>
        <source>No OpenAI key is set: add one in Settings → Cloud, or choose Offline.</source>
        <translation>Kein OpenAI-Schlüssel festgelegt: Fügen Sie unter Einstellungen → Cloud einen hinzu oder wählen Sie Offline.</translation>
    </message>
    <message>
        <source>The summary could not be made: {reason}</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>The summary could not be made: something went wrong that IAM Desktop did not expect.</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden: Etwas Unerwartetes ist in IAM Desktop schiefgelaufen.</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Zusammenfassung kopiert.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Export with the transcript</source>
        <translation>Mit dem Transkript exportieren</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Delete summary?</source>
        <translation>Zusammenfassung löschen?</translation>
    </message>
    <message>
        <source>Delete this summary ({made})? This cannot be undone.</source>
        <translation>Diese Zusammenfassung löschen ({made})? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Summary deleted.</source>
        <translation>Zusammenfassung gelöscht.</translation>
    </message>
</context>
<context>
    <name>summary_texts</name>
    <message>
        <source>Summary</source>
        <extracomment>the presets as the window names them (English; translated where shown), in PRESETS' order</extracomment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Offline summary</source>
        <extracomment>a moment in a summary's text: [m:ss] or [h:mm:ss] (also m:ss–m:ss ranges' first part) the scheme of the links that seek ("seek:754.0") a heading marked as Markdown writes one ("## Decisions", "**Decisions**") a line longer than this is never taken for a heading how a line of a list starts the space a blank line leaves between two paragraphs (pixels)</extracomment>
        <translation>Offline-Zusammenfassung</translation>
    </message>
    <message>
        <source>OpenAI ({model})</source>
        <translation>OpenAI ({model})</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>“{instruction}”</source>
        <translation>„{instruction}“</translation>
    </message>
    <message>
        <source>Less than {cost} with {model}</source>
        <extracomment>the smallest amount the estimate names ("Less than $0.001")</extracomment>
        <translation>Weniger als {cost} mit {model}</translation>
    </message>
    <message>
        <source>About {cost} with {model}</source>
        <translation>Etwa {cost} mit {model}</translation>
    </message>
</context>
<context>
    <name>tags_editor</name>
    <message>
        <source>Add tags, separated by commas</source>
        <extracomment>list of tag names</extracomment>
        <translation>Schlagwörter hinzufügen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags separated by commas; suggestions appear while you type</source>
        <translation>Schlagwörter durch Kommas getrennt; beim Tippen erscheinen Vorschläge</translation>
    </message>
</context>
<context>
    <name>transcribe_options</name>
    <message>
        <source>Offline (this computer)</source>
        <extracomment>each engine's name in the pickers (English; shown with `engine_label`)</extracomment>
        <translation>Offline (dieser Computer)</translation>
    </message>
    <message>
        <source>OpenAI (cloud)</source>
        <translation>OpenAI (Cloud)</translation>
    </message>
    <message>
        <source>OpenAI needs an API key, and the system keyring is locked or unavailable</source>
        <extracomment>the speaker counts the picker lists (more can be set in the settings file)</extracomment>
        <translation>OpenAI braucht einen API-Schlüssel, und der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar</translation>
    </message>
    <message>
        <source>OpenAI needs an API key</source>
        <translation>OpenAI braucht einen API-Schlüssel</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>(nothing)</extracomment>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Ins Englische übersetzen</translation>
    </message>
    <message>
        <source>No speakers</source>
        <translation>Keine Sprecher</translation>
    </message>
    <message>
        <source>Speakers: auto</source>
        <translation>Sprecher: automatisch</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n Sprecher</numerusform><numerusform>%n Sprecher</numerusform></translation>
    </message>
    <message>
        <source>Label who speaks when (Speaker 1, Speaker 2…), offline, after transcribing</source>
        <translation>Kennzeichnen, wer wann spricht (Speaker 1, Speaker 2…), offline, nach dem Transkribieren</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Open Settings to add an OpenAI API key</source>
        <translation>Einstellungen öffnen, um einen OpenAI-API-Schlüssel hinzuzufügen</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>The language spoken in the files you transcribe next</source>
        <translation>Die Sprache, die in den als Nächstes transkribierten Dateien gesprochen wird</translation>
    </message>
    <message>
        <source>Write the transcript in English, whatever language is spoken</source>
        <translation>Das Transkript auf Englisch schreiben, egal welche Sprache gesprochen wird</translation>
    </message>
</context>
<context>
    <name>transcript_editing</name>
    <message>
        <source>One moment: {reason}</source>
        <translation>Einen Moment: {reason}</translation>
    </message>
    <message>
        <source>the original transcript is being restored.</source>
        <translation>das ursprüngliche Transkript wird wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore original</source>
        <translation>Original wiederherstellen</translation>
    </message>
    <message>
        <source>reloading the transcript after an edit that was not saved.</source>
        <translation>das Transkript wird nach einer nicht gespeicherten Änderung neu geladen.</translation>
    </message>
</context>
<context>
    <name>transcript_find</name>
    <message numerus="yes">
        <source>%n matches</source>
        <extracomment>how long the find field must be left alone before the number of matches is announced</extracomment>
        <translation><numerusform>%n Treffer</numerusform><numerusform>%n Treffer</numerusform></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
    <message>
        <source>Match {current} of {total}: {text}</source>
        <translation>Treffer {current} von {total}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation><numerusform>%n ersetzt</numerusform><numerusform>%n ersetzt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replacements</source>
        <translation><numerusform>%n Ersetzung</numerusform><numerusform>%n Ersetzungen</numerusform></translation>
    </message>
</context>
<context>
    <name>transcript_model</name>
    <message>
        <source>Time</source>
        <extracomment>the columns' headers, in English (translated where shown)</extracomment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>{time}, {speaker}: {text}</source>
        <extracomment>the data role reported as changed when the word being heard moves (the row height stays) the data role reported as changed when the playing row or the matches marked change (same height) a match marked in the text: (row, start, end) character offsets</extracomment>
        <translation>{time}, {speaker}: {text}</translation>
    </message>
    <message>
        <source>{time}: {text}</source>
        <translation>{time}: {text}</translation>
    </message>
    <message>
        <source>{start} – {end}: click to play from here</source>
        <translation>{start} – {end}: klicken, um ab hier abzuspielen</translation>
    </message>
</context>
<context>
    <name>transcript_playalong</name>
    <message>
        <source>Unsure word {current} of {total}: “{word}” ({percent}%)</source>
        <translation>Unsicheres Wort {current} von {total}: „{word}“ ({percent} %)</translation>
    </message>
    <message>
        <source>Back at the end — {message}</source>
        <translation>Wieder am Ende — {message}</translation>
    </message>
    <message>
        <source>Back at the top — {message}</source>
        <translation>Wieder am Anfang — {message}</translation>
    </message>
    <message>
        <source>{message} — Space plays, F2 corrects.</source>
        <translation>{message} — Leertaste spielt ab, F2 korrigiert.</translation>
    </message>
</context>
<context>
    <name>transcript_view</name>
    <message>
        <source>Offline</source>
        <extracomment>the engine as the header names it (English; translated where shown)</extracomment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Drop audio or video files here, or use “Add files…”.</source>
        <extracomment>(message) a passing remark for the status bar</extracomment>
        <translation>Audio- oder Videodateien hier ablegen oder „Dateien hinzufügen…“ verwenden.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Rückgängig: {edit}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Wiederholen: {edit}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&lt;i&gt;edited&lt;/i&gt; (the original is kept)</source>
        <translation>&lt;i&gt;bearbeitet&lt;/i&gt; (das Original bleibt erhalten)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsure words</source>
        <translation><numerusform>%n unsicheres Wort</numerusform><numerusform>%n unsichere Wörter</numerusform></translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <translation>In dieser Aufnahme wurde keine Sprache gefunden.</translation>
    </message>
    <message>
        <source>{language} (detected, {percent}%)</source>
        <translation>{language} (erkannt, {percent} %)</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>This segment has only one word: there is nowhere to split it.</source>
        <translation>Dieser Abschnitt hat nur ein Wort: Er lässt sich nirgends teilen.</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>Abschnitt teilen</translation>
    </message>
    <message>
        <source>Split at the text cursor while editing, else at the middle word</source>
        <translation>Beim Bearbeiten an der Schreibmarke teilen, sonst beim mittleren Wort</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Mit nächstem zusammenführen</translation>
    </message>
    <message>
        <source>Start {seconds} s earlier</source>
        <translation>Beginn {seconds} s früher</translation>
    </message>
    <message>
        <source>Start {seconds} s later</source>
        <translation>Beginn {seconds} s später</translation>
    </message>
    <message>
        <source>End {seconds} s earlier</source>
        <translation>Ende {seconds} s früher</translation>
    </message>
    <message>
        <source>End {seconds} s later</source>
        <translation>Ende {seconds} s später</translation>
    </message>
    <message>
        <source>Set speaker…</source>
        <translation>Sprecher festlegen…</translation>
    </message>
    <message>
        <source>Rename speaker…</source>
        <translation>Sprecher umbenennen…</translation>
    </message>
    <message>
        <source>Merge speaker into…</source>
        <translation>Sprecher zusammenführen mit…</translation>
    </message>
    <message>
        <source>Show all speakers</source>
        <translation>Alle Sprecher zeigen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Suchen und ersetzen…</translation>
    </message>
    <message>
        <source>Next unsure word</source>
        <translation>Nächstes unsicheres Wort</translation>
    </message>
    <message>
        <source>Go to the next word the engine was unsure of (underlined)</source>
        <translation>Zum nächsten Wort springen, bei dem die Erkennung unsicher war (unterstrichen)</translation>
    </message>
    <message>
        <source>Previous unsure word</source>
        <translation>Vorheriges unsicheres Wort</translation>
    </message>
    <message>
        <source>Restore original transcript…</source>
        <translation>Ursprüngliches Transkript wiederherstellen…</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Ab hier abspielen</translation>
    </message>
    <message>
        <source>Back {seconds} s</source>
        <translation>{seconds} s zurück</translation>
    </message>
    <message>
        <source>Forward {seconds} s</source>
        <translation>{seconds} s vor</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>Abschnitte zusammenführen</translation>
    </message>
    <message>
        <source>Nudge segment</source>
        <translation>Abschnitt verschieben</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Sprecher festlegen</translation>
    </message>
    <message>
        <source>Who speaks here? (empty: nobody named)</source>
        <translation>Wer spricht hier? (leer: niemand benannt)</translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation>Sprecher umbenennen</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Sprecher:</translation>
    </message>
    <message>
        <source>New name for {speaker}:</source>
        <translation>Neuer Name für {speaker}:</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Sprecher zusammenführen</translation>
    </message>
    <message>
        <source>Merge this speaker:</source>
        <translation>Diesen Sprecher zusammenführen:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Mit:</translation>
    </message>
    <message>
        <source>{speaker} merged into {other}.</source>
        <translation>{speaker} wurde mit {other} zusammengeführt.</translation>
    </message>
    <message>
        <source>Restore original transcript</source>
        <translation>Ursprüngliches Transkript wiederherstellen</translation>
    </message>
    <message>
        <source>Discard your edits of this transcript and go back to the original one?
(Edit ▸ Undo brings them back.)</source>
        <translation>Ihre Änderungen an diesem Transkript verwerfen und zum ursprünglichen zurückkehren?
(Bearbeiten ▸ Rückgängig holt sie zurück.)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrences of “{text}”.</source>
        <translation><numerusform>%n Vorkommen von „{text}“ ersetzt.</numerusform><numerusform>%n Vorkommen von „{text}“ ersetzt.</numerusform></translation>
    </message>
    <message>
        <source>No unsure words in this transcript.</source>
        <translation>Keine unsicheren Wörter in diesem Transkript.</translation>
    </message>
</context>
<context>
    <name>transcription_page</name>
    <message>
        <source>Automatic (tiny.en for English, base otherwise)</source>
        <extracomment>the offline model picker's first entry (English; shown translated)</extracomment>
        <translation>Automatisch (tiny.en für Englisch, sonst base)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>%n Sprache</numerusform><numerusform>%n Sprachen</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Nur Englisch</translation>
    </message>
    <message>
        <source>{model} ({languages})</source>
        <translation>{model} ({languages})</translation>
    </message>
    <message>
        <source>Offline transcription never sends audio anywhere. The cloud engine (OpenAI) needs a key: see Cloud.</source>
        <translation>Die Offline-Transkription sendet nie Audio irgendwohin. Die Cloud-Engine (OpenAI) braucht einen Schlüssel: siehe Cloud.</translation>
    </message>
    <message>
        <source>Long recordings are transcribed in pieces of about this length, cut at pauses; an interrupted transcription goes on from its last finished piece.</source>
        <translation>Lange Aufnahmen werden in Stücken von etwa dieser Länge transkribiert, an Pausen geschnitten; eine unterbrochene Transkription setzt beim letzten fertigen Stück fort.</translation>
    </message>
    <message>
        <source>Default engine:</source>
        <translation>Standard-Engine:</translation>
    </message>
    <message>
        <source>Offline model:</source>
        <translation>Offline-Modell:</translation>
    </message>
    <message>
        <source>Piece length:</source>
        <translation>Stücklänge:</translation>
    </message>
    <message>
        <source>{model} (not found)</source>
        <translation>{model} (nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>upgrade_prompt</name>
    <message>
        <source>Not enough cloud minutes left this month</source>
        <extracomment>the prompt's first line, by what stopped the work (its message follows, with the numbers and a plan)</extracomment>
        <translation>Diesen Monat sind nicht mehr genug Cloud-Minuten übrig</translation>
    </message>
    <message>
        <source>Not in your plan</source>
        <translation>Nicht in Ihrem Tarif enthalten</translation>
    </message>
    <message>
        <source>Upgrade…</source>
        <translation>Upgrade…</translation>
    </message>
    <message>
        <source>Show the plans on the Subscription page</source>
        <translation>Die Tarife auf der Seite „Abonnement“ anzeigen</translation>
    </message>
    <message>
        <source>Transcribe on this computer</source>
        <translation>Auf diesem Computer transkribieren</translation>
    </message>
</context>
<context>
    <name>usage_chart</name>
    <message>
        <source>Cloud minutes per day this month</source>
        <extracomment>the plot's height (px)</extracomment>
        <translation>Cloud-Minuten pro Tag in diesem Monat</translation>
    </message>
    <message>
        <source>Minutes of cloud transcription per day. Your plan has no cloud minutes.</source>
        <translation>Minuten Cloud-Transkription pro Tag. Ihr Tarif enthält keine Cloud-Minuten.</translation>
    </message>
    <message numerus="yes">
        <source>Minutes of cloud transcription per day. Dashed line: {pace} a day uses your %n minutes by the end of the month.</source>
        <translation><numerusform>Minuten Cloud-Transkription pro Tag. Gestrichelte Linie: Mit {pace} pro Tag ist Ihre %n Minute am Monatsende verbraucht.</numerusform><numerusform>Minuten Cloud-Transkription pro Tag. Gestrichelte Linie: Mit {pace} pro Tag sind Ihre %n Minuten am Monatsende verbraucht.</numerusform></translation>
    </message>
    <message>
        <source>No cloud minutes used yet this month.</source>
        <translation>Diesen Monat noch keine Cloud-Minuten verbraucht.</translation>
    </message>
    <message>
        <source>The busiest day was {day}: {duration}.</source>
        <translation>Der Tag mit der meisten Nutzung war der {day}: {duration}.</translation>
    </message>
    <message>
        <source>about half a minute</source>
        <translation>etwa eine halbe Minute</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation><numerusform>%n Minute</numerusform><numerusform>%n Minuten</numerusform></translation>
    </message>
</context>
<context>
    <name>vocabulary_page</name>
    <message>
        <source>Names, places and jargon the transcription should spell right. Used by the offline model and the cloud, for every new transcription.</source>
        <extracomment>what the page is for (English: shown through `translate`)</extracomment>
        <translation>Namen, Orte und Fachbegriffe, die die Transkription richtig schreiben soll. Wird vom Offline-Modell und von der Cloud für jede neue Transkription verwendet.</translation>
    </message>
    <message>
        <source>No terms yet.</source>
        <translation>Noch keine Begriffe.</translation>
    </message>
    <message numerus="yes">
        <source>%n terms.</source>
        <translation><numerusform>%n Begriff.</numerusform><numerusform>%n Begriffe.</numerusform></translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Neuer Begriff</translation>
    </message>
    <message>
        <source>One term or several separated by commas; Enter adds them</source>
        <translation>Ein Begriff oder mehrere, durch Kommas getrennt; die Eingabetaste fügt sie hinzu</translation>
    </message>
    <message>
        <source>Add terms, separated by commas: Gqeberha, Mbombela, Nkosazana</source>
        <translation>Begriffe hinzufügen, durch Kommas getrennt: Gqeberha, Mbombela, Nkosazana</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Adds the terms typed</source>
        <translation>Fügt die eingegebenen Begriffe hinzu</translation>
    </message>
    <message>
        <source>Vocabulary terms</source>
        <translation>Vokabular-Begriffe</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
        <source>Remove the selected terms ({shortcut})</source>
        <translation>Ausgewählte Begriffe entfernen ({shortcut})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Removed {terms}.</source>
        <translation>{terms} entfernt.</translation>
    </message>
    <message>
        <source>Added {terms}.</source>
        <translation>{terms} hinzugefügt.</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Bereits in der Liste.</translation>
    </message>
    <message>
        <source> (at most {count})</source>
        <translation> (höchstens {count})</translation>
    </message>
</context>
<context>
    <name>watch_bridge</name>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}); export failed: {error}.</source>
        <extracomment>milliseconds between two scans while the window is open</extracomment>
        <translation>Überwachte Ordner: {name} transkribiert und exportiert ({formats}); Export fehlgeschlagen: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}).</source>
        <translation>Überwachte Ordner: {name} transkribiert und exportiert ({formats}).</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed; export failed: {error}.</source>
        <translation>Überwachte Ordner: {name} transkribiert; Export fehlgeschlagen: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed.</source>
        <translation>Überwachte Ordner: {name} transkribiert.</translation>
    </message>
    <message>
        <source>Watch folders: queued {names}.</source>
        <translation>Überwachte Ordner: {names} eingereiht.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}.</source>
        <translation>Überwachte Ordner: {problem}.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}</source>
        <translation>Überwachte Ordner: {problem}</translation>
    </message>
</context>
<context>
    <name>watch_folders_page</name>
    <message>
        <source>New audio and video files in these folders (and their sub-folders) are transcribed with the offline model once they are completely copied — each content only once — and exported as chosen, while the app is open.</source>
        <extracomment>what the page is for</extracomment>
        <translation>Neue Audio- und Videodateien in diesen Ordnern (und ihren Unterordnern) werden mit dem Offline-Modell transkribiert, sobald sie vollständig kopiert sind — jeder Inhalt nur einmal — und wie gewählt exportiert, solange die App geöffnet ist.</translation>
    </message>
    <message>
        <source>Folder</source>
        <extracomment>the table's columns</extracomment>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>next to the file</source>
        <extracomment>where the exports go without an export folder</extracomment>
        <translation>neben der Datei</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>Select a folder to see and change its export options below</source>
        <translation>Wählen Sie einen Ordner, um unten seine Exportoptionen zu sehen und zu ändern</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Watches a folder, with the export options chosen below</source>
        <translation>Überwacht einen Ordner mit den unten gewählten Exportoptionen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop watching the selected folder</source>
        <translation>Ausgewählten Ordner nicht mehr überwachen</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>{format} exportieren</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose the export folder…</source>
        <translation>Exportordner wählen…</translation>
    </message>
    <message>
        <source>Next to the file</source>
        <translation>Neben der Datei</translation>
    </message>
    <message>
        <source>Export next to each file</source>
        <translation>Neben jeder Datei exportieren</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Exportieren nach:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Choose a folder to watch</source>
        <translation>Zu überwachenden Ordner wählen</translation>
    </message>
    <message>
        <source>Watching {path}.</source>
        <translation>{path} wird überwacht.</translation>
    </message>
    <message>
        <source>No longer watching {path}.</source>
        <translation>{path} wird nicht mehr überwacht.</translation>
    </message>
    <message>
        <source>Choose the folder the exports go to</source>
        <translation>Ordner für die Exporte wählen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n watched.</source>
        <translation><numerusform>%n überwacht.</numerusform><numerusform>%n überwacht.</numerusform></translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>Kein Ordner wird überwacht.</translation>
    </message>
</context>
<context>
    <name>waveform_overview</name>
    <message>
        <source>Click or drag to play from there</source>
        <extracomment>the widget's height (px): compact, like a scrubber the vertical layout in plot units: the wave spans -1…1; over it a strip for the unsure words' ticks and the search hits' triangles, under it a strip for the speaker bands (when there are any) the size (px) of a search hit's triangle the level the wave is scaled to fill: this quantile of its buckets' peaks (a single click stays small)</extracomment>
        <translation>Klicken oder ziehen, um ab dort abzuspielen</translation>
    </message>
    <message>
        <source>Waveform overview</source>
        <extracomment>(seconds) where the user clicked, or dragged to (several while dragging)</extracomment>
        <translation>Wellenform-Übersicht</translation>
    </message>
    <message>
        <source>The whole recording's sound at a glance, with the playhead, search matches and speakers; click or drag to play from there (from the keyboard, use the player's position slider)</source>
        <translation>Der Ton der ganzen Aufnahme auf einen Blick, mit Abspielposition, Suchtreffern und Sprechern; klicken oder ziehen, um ab dort abzuspielen (per Tastatur den Positionsregler des Players verwenden)</translation>
    </message>
    <message>
        <source>this recording has no audio file</source>
        <translation>diese Aufnahme hat keine Audiodatei</translation>
    </message>
    <message>
        <source>No waveform: {reason}</source>
        <translation>Keine Wellenform: {reason}</translation>
    </message>
</context>
<context>
    <name>waveform_view</name>
    <message>
        <source>Recording waveform</source>
        <extracomment>the waveform colour needs at least this luminance difference from the background, else the text colour</extracomment>
        <translation>Wellenform der Aufnahme</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded</source>
        <translation>Ein Bild des Tons der zuletzt aufgenommenen Sekunden</translation>
    </message>
    <message>
        <source>Mic</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded: the microphone above the line, the computer's audio below it</source>
        <translation>Ein Bild des Tons der zuletzt aufgenommenen Sekunden: das Mikrofon über der Linie, der Ton des Computers darunter</translation>
    </message>
</context>
<context>
    <name>welcome_card</name>
    <message>
        <source>Runs offline — nothing leaves this computer unless you choose a cloud engine.</source>
        <translation>Läuft offline — nichts verlässt diesen Computer, es sei denn, Sie wählen eine Cloud-Engine.</translation>
    </message>
    <message>
        <source>Welcome to IAM Desktop</source>
        <translation>Willkommen bei IAM Desktop</translation>
    </message>
    <message>
        <source>Record an interview, a lecture or a meeting, or drop audio and video files here to transcribe them.</source>
        <translation>Nehmen Sie ein Interview, eine Vorlesung oder eine Besprechung auf, oder legen Sie Audio- und Videodateien hier ab, um sie zu transkribieren.</translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation>Keine Aufnahme geöffnet</translation>
    </message>
    <message>
        <source>Pick a recording in the list, record a new one, or drop files here to transcribe them.</source>
        <extracomment>the card's width, and how narrow it may get in a narrow window (pixels)</extracomment>
        <translation>Wählen Sie eine Aufnahme in der Liste, nehmen Sie eine neue auf oder legen Sie Dateien hier ab, um sie zu transkribieren.</translation>
    </message>
    <message>
        <source>  Record</source>
        <extracomment>the user wants to record the user wants to choose files to add the user wants to restore a backup</extracomment>
        <translation>  Aufnehmen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Start recording from the microphone (Ctrl+R)</source>
        <translation>Aufnahme über das Mikrofon starten (Strg+R)</translation>
    </message>
    <message>
        <source>  Add files…</source>
        <translation>  Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Choose audio or video files to transcribe (Ctrl+O)</source>
        <translation>Audio- oder Videodateien zum Transkribieren auswählen (Strg+O)</translation>
    </message>
    <message>
        <source>or drop files anywhere in this window</source>
        <translation>oder Dateien irgendwo in diesem Fenster ablegen</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Get a library back from a backup in S3-compatible storage</source>
        <translation>Eine Bibliothek aus einer Sicherung in S3-kompatiblem Speicher zurückholen</translation>
    </message>
</context>
<context>
    <name>window_backup</name>
    <message>
        <source>Backup failed: {reason}</source>
        <extracomment>library changes that make a new backup worth it</extracomment>
        <translation>Sicherung fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>window_jobs</name>
    <message>
        <source>Transcript ready: {name}</source>
        <translation>Transkript fertig: {name}</translation>
    </message>
    <message>
        <source>Transcription failed: {name}</source>
        <translation>Transkription fehlgeschlagen: {name}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>Transcript ready</source>
        <translation>Transkript fertig</translation>
    </message>
    <message>
        <source>{name} is transcribed.</source>
        <translation>{name} ist transkribiert.</translation>
    </message>
    <message>
        <source>Transcription failed</source>
        <translation>Transkription fehlgeschlagen</translation>
    </message>
    <message>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>Nur ein fehlgeschlagener oder abgebrochener Auftrag kann wiederholt werden.</translation>
    </message>
    <message>
        <source>A running job cannot be removed: cancel it first.</source>
        <translation>Ein laufender Auftrag kann nicht entfernt werden: Brechen Sie ihn zuerst ab.</translation>
    </message>
</context>
<context>
    <name>window_menus</name>
    <message>
        <source>Follow the system</source>
        <extracomment>the theme choices in View → Theme: (setting value, label)</extracomment>
        <translation>Wie das System</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>About IAM Desktop</source>
        <translation>Über IAM Desktop</translation>
    </message>
    <message>
        <source>Plans and subscription…</source>
        <translation>Tarife und Abonnement…</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>Der Ordner konnte nicht geöffnet werden: {folder}</translation>
    </message>
</context>
<context>
    <name>window_recording</name>
    <message>
        <source>Record / Stop</source>
        <translation>Aufnehmen / Stoppen</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>Pausieren / Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Auf&amp;nahme</translation>
    </message>
    <message>
        <source>● Recording {elapsed} — IAM Desktop</source>
        <translation>● Aufnahme {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Paused {elapsed} — IAM Desktop</source>
        <translation>Pausiert {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Saving the recording… — IAM Desktop</source>
        <translation>Aufnahme wird gespeichert… — IAM Desktop</translation>
    </message>
    <message>
        <source>Starting to record… — IAM Desktop</source>
        <translation>Aufnahme startet… — IAM Desktop</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}) and queued for transcription.</source>
        <translation>„{title}“ ({duration}) gespeichert und zur Transkription eingereiht.</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}).</source>
        <translation>„{title}“ ({duration}) gespeichert.</translation>
    </message>
    <message>
        <source>“{title}” ({duration})</source>
        <translation>„{title}“ ({duration})</translation>
    </message>
    <message>
        <source>Recovered after an unexpected stop: {names}.</source>
        <translation>Nach einem unerwarteten Abbruch wiederhergestellt: {names}.</translation>
    </message>
</context>
<context>
    <name>window_subscription</name>
    <message>
        <source>Free</source>
        <extracomment>how often the licence is asked of the billing service while the window is open (milliseconds) the scheme of activation links the shipped plans' names (the catalogue's words), translated where they are shown</extracomment>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>{plan} is active until {day}.</source>
        <translation>{plan} ist bis {day} aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you! {plan} is active on this computer until {day}, with %n cloud minutes a month. It keeps working offline.</source>
        <translation><numerusform>Vielen Dank! {plan} ist auf diesem Computer bis {day} aktiv, mit %n Cloud-Minute pro Monat. Es funktioniert weiterhin offline.</numerusform><numerusform>Vielen Dank! {plan} ist auf diesem Computer bis {day} aktiv, mit %n Cloud-Minuten pro Monat. Es funktioniert weiterhin offline.</numerusform></translation>
    </message>
    <message>
        <source>Licence activated</source>
        <translation>Lizenz aktiviert</translation>
    </message>
    <message>
        <source>{reason}

Your current plan is unchanged.</source>
        <translation>{reason}

Ihr aktueller Tarif bleibt unverändert.</translation>
    </message>
    <message>
        <source>Licence not activated</source>
        <translation>Lizenz nicht aktiviert</translation>
    </message>
</context>
<context>
    <name>window_toolbar</name>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add audio or video files to transcribe</source>
        <translation>Audio- oder Videodateien zum Transkribieren hinzufügen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export as text, subtitles, Word or PDF</source>
        <translation>Als Text, Untertitel, Word oder PDF exportieren</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Transkript kopieren</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Library sidebar</source>
        <translation>Bibliotheks-Seitenleiste</translation>
    </message>
    <message>
        <source>Notes panel</source>
        <translation>Notizbereich</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
</context>
<context>
    <name>word_delegate</name>
    <message>
        <source>Unsure ({percent}%)</source>
        <translation>Unsicher ({percent} %)</translation>
    </message>
</context>
</TS>