<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="af" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Vouer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Lêer</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Skyf</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Kyk in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Lêer&amp;naam:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Lêers van tipe:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Maak &amp;oop</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Stoor</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Kies</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Maak oop</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Stoor as</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Vind gids</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorentoe</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ouergids</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Skep nuwe vouer</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Lysaansig</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detailaansig</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gaan terug</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gaan vorentoe</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gaan na die ouergids</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Skep 'n nuwe vouer</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Skakel oor na lysaansig</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Skakel oor na detailaansig</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Kantbalk</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Onlangse plekke</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle lêers (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Gidse</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Gids:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nuwe vouer</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nuwe vouer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Skrap</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Hernoem</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Wys &amp;versteekte lêers</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Is jy seker jy wil '%1' skrap?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 bestaan reeds.
Wil jy dit vervang?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Lêer nie gevind nie.
Maak seker dat die regte lêernaam gegee is.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Gids nie gevind nie.
Maak seker dat die regte gidsnaam gegee is.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Datum gewysig</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ontdoen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Herdoen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieer</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plak</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Skrap</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Kies alles</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Wys besonderhede...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Versteek besonderhede...</translation>
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
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Stoor alles</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Maak oop</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja vir &amp;almal</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nee v&amp;ir almal</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Staak</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Probeer weer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoreer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gooi weg</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Pas toe</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Stel terug</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Herstel verstekwaardes</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ontdoen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Herdoen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieer</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plak</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Skrap</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Kies alles</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopieer &amp;skakeladres</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>the shipped languages, each by its own name (as the Language setting lists them) the locale a language is formatted in when the desktop's own locale speaks another language translators installed by `install_language` (kept alive: Qt does not own them)</extracomment>
        <translation><numerusform>%n greep</numerusform><numerusform>%n grepe</numerusform></translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} min</translation>
    </message>
    <message>
        <source>{count} h</source>
        <translation>{count} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>Runs offline — nothing leaves this computer unless you choose a cloud engine.</source>
        <extracomment>the one line on privacy (as the welcome card says it)</extracomment>
        <translation>Werk vanlyn — niks verlaat hierdie rekenaar tensy jy ’n wolkenjin kies nie.</translation>
    </message>
    <message>
        <source>Icons: Phosphor</source>
        <extracomment>(what, its licence, where it comes from) for the parts made by others</extracomment>
        <translation>Ikone: Phosphor</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>MIT-lisensie</translation>
    </message>
    <message>
        <source>bundled with QtAwesome (MIT)</source>
        <translation>saam met QtAwesome (MIT)</translation>
    </message>
    <message>
        <source>Speech recognition: Whisper models</source>
        <translation>Spraakherkenning: Whisper-modelle</translation>
    </message>
    <message>
        <source>run by faster-whisper (MIT)</source>
        <translation>uitgevoer deur faster-whisper (MIT)</translation>
    </message>
    <message>
        <source>Speaker identification: Resemblyzer's voice encoder</source>
        <translation>Spreker-identifikasie: Resemblyzer se stemkodeerder</translation>
    </message>
    <message>
        <source>run in numpy</source>
        <translation>uitgevoer in numpy</translation>
    </message>
    <message>
        <source>PDF font: DejaVu Sans</source>
        <translation>PDF-lettertipe: DejaVu Sans</translation>
    </message>
    <message>
        <source>Bitstream Vera licence</source>
        <translation>Bitstream Vera-lisensie</translation>
    </message>
    <message>
        <source>User interface: Qt for Python</source>
        <translation>Gebruikerskoppelvlak: Qt for Python</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Meer oor {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Weergawe {version}</translation>
    </message>
    <message>
        <source>Records, transcribes, searches and exports speech.</source>
        <translation>Neem spraak op, transkribeer, deursoek en voer dit uit.</translation>
    </message>
    <message>
        <source>Made with the help of:</source>
        <translation>Gemaak met die hulp van:</translation>
    </message>
</context>
<context>
    <name>api_key_page</name>
    <message>
        <source>Using {variable} from the environment (it overrides the key stored in the OS keyring)</source>
        <extracomment>a sentence of a keyring problem that tells the user to set an environment variable or run something</extracomment>
        <translation>Gebruik {variable} uit die omgewing (dit gaan voor die sleutel wat in die bedryfstelsel se sleutelring gestoor is)</translation>
    </message>
    <message>
        <source>Using {variable} from the environment; the OS keyring cannot be used: {problem}</source>
        <translation>Gebruik {variable} uit die omgewing; die bedryfstelsel se sleutelring kan nie gebruik word nie: {problem}</translation>
    </message>
    <message>
        <source>Using {variable} from the environment</source>
        <translation>Gebruik {variable} uit die omgewing</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so a key cannot be saved: {problem}</source>
        <translation>Die bedryfstelsel se sleutelring kan nie gebruik word nie, dus kan geen sleutel gestoor word nie: {problem}</translation>
    </message>
    <message>
        <source>A key is stored in the OS keyring ({backend})</source>
        <translation>’n Sleutel is in die bedryfstelsel se sleutelring gestoor ({backend})</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>Geen sleutel gestoor nie</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>Soek ’n gestoorde sleutel…</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI API-sleutel</translation>
    </message>
    <message>
        <source>Paste a new OpenAI API key (sk-…)</source>
        <translation>Plak ’n nuwe OpenAI API-sleutel (sk-…)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Keep the key entered in the OS keyring</source>
        <translation>Bewaar die ingevoerde sleutel in die bedryfstelsel se sleutelring</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Toets</translation>
    </message>
    <message>
        <source>Check the key with one request to the service</source>
        <translation>Toets die sleutel met een versoek aan die diens</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwyder</translation>
    </message>
    <message>
        <source>Delete the stored key from the OS keyring</source>
        <translation>Vee die gestoorde sleutel uit die bedryfstelsel se sleutelring uit</translation>
    </message>
    <message>
        <source>The key is kept in the OS keyring, never in the settings file. Test checks the key you entered, or else the one in use.</source>
        <translation>Die sleutel word in die bedryfstelsel se sleutelring bewaar, nooit in die instellingslêer nie. Toets kontroleer die sleutel wat jy ingevoer het, of anders die een wat gebruik word.</translation>
    </message>
    <message>
        <source>Enter a key first.</source>
        <translation>Voer eers ’n sleutel in.</translation>
    </message>
    <message>
        <source>Key saved.</source>
        <translation>Sleutel gestoor.</translation>
    </message>
    <message>
        <source>there is no key to test: enter one above</source>
        <translation>daar is geen sleutel om te toets nie: voer een hierbo in</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Toets die sleutel…</translation>
    </message>
    <message>
        <source>Key works</source>
        <translation>Sleutel werk</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>Sleutel verwyder.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>Geen sleutel was gestoor nie.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The library could not be opened.

{reason}</source>
        <extracomment>modules the window needs soon but not to appear, imported in the background once it is on screen (the first recording's waveform: pyqtgraph and numpy, ~0.3 s) at quit, how long background tasks and the running job get to finish or stop (seconds, each)</extracomment>
        <translation>Die biblioteek kon nie oopgemaak word nie.

{reason}</translation>
    </message>
</context>
<context>
    <name>appearance_page</name>
    <message>
        <source>System — follow the desktop's light or dark look</source>
        <extracomment>what each theme is called on the page (English; shown translated)</extracomment>
        <translation>Stelsel — volg die lessenaar se ligte of donker voorkoms</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lig</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
</context>
<context>
    <name>backup_form</name>
    <message>
        <source>Other S3-compatible (MinIO, Ceph, a company server)</source>
        <extracomment>the providers' names and hints that are words (backup.target.PROVIDERS, in English: shown through `provider_text`; brand names such as "Amazon S3" stay as they are)</extracomment>
        <translation>Ander S3-versoenbaar (MinIO, Ceph, 'n maatskappybediener)</translation>
    </message>
    <message>
        <source>Region of the bucket, e.g. eu-central-1.</source>
        <translation>Streek van die bucket, bv. eu-central-1.</translation>
    </message>
    <message>
        <source>Wasabi region, e.g. eu-central-1 (the endpoint s3.&lt;region&gt;.wasabisys.com is used).</source>
        <translation>Wasabi-streek, bv. eu-central-1 (die eindpunt s3.&lt;region&gt;.wasabisys.com word gebruik).</translation>
    </message>
    <message>
        <source>Spaces region, e.g. ams3, fra1, nyc3.</source>
        <translation>Spaces-streek, bv. ams3, fra1, nyc3.</translation>
    </message>
    <message>
        <source>The region in the bucket's S3 endpoint, e.g. eu-central-003.</source>
        <translation>Die streek in die bucket se S3-eindpunt, bv. eu-central-003.</translation>
    </message>
    <message>
        <source>The account's S3 API address, https://&lt;account id&gt;.r2.cloudflarestorage.com.</source>
        <translation>Die rekening se S3-API-adres, https://&lt;account id&gt;.r2.cloudflarestorage.com.</translation>
    </message>
    <message>
        <source>The server's address, e.g. https://minio.example.com:9000.</source>
        <translation>Die bediener se adres, bv. https://minio.example.com:9000.</translation>
    </message>
    <message>
        <source>Provider</source>
        <extracomment>something in the form was edited</extracomment>
        <translation>Verskaffer</translation>
    </message>
    <message>
        <source>The storage service that keeps the backups</source>
        <translation>Die bergingsdiens wat die rugsteune hou</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>the bucket's name</source>
        <translation>die bucket se naam</translation>
    </message>
    <message>
        <source>Folder in the bucket</source>
        <translation>Vouer in die bucket</translation>
    </message>
    <message>
        <source>empty: the top of the bucket</source>
        <translation>leeg: die boonste vlak van die bucket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Streek</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Bedieneradres</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Toegangsleutel-ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheime toegangsleutel</translation>
    </message>
    <message>
        <source>The secret that goes with the access key ID; it is kept in the OS keyring only</source>
        <translation>Die geheim wat by die toegangsleutel-ID hoort; dit word net in die bedryfstelsel se sleutelring gehou</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wagfrase</translation>
    </message>
    <message>
        <source>Encrypts the backups on this computer; without it nobody can open them</source>
        <translation>Enkripteer die rugsteune op hierdie rekenaar; sonder dit kan niemand hulle oopmaak nie</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Verskaffer:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Folder in the bucket:</source>
        <translation>Vouer in die bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Streek:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Bedieneradres:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>Toegangsleutel-ID:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Geheime toegangsleutel:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Wagfrase:</translation>
    </message>
    <message>
        <source>type the passphrase again</source>
        <translation>tik die wagfrase weer</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Bevestig wagfrase</translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it was typed as meant</source>
        <translation>Dieselfde wagfrase weer, om seker te maak dit is getik soos bedoel</translation>
    </message>
    <message>
        <source>Confirm passphrase:</source>
        <translation>Bevestig wagfrase:</translation>
    </message>
    <message>
        <source>Leave empty to use the provider's own.</source>
        <translation>Laat leeg om die verskaffer s'n te gebruik.</translation>
    </message>
    <message>
        <source>paste the secret access key</source>
        <translation>plak die geheime toegangsleutel</translation>
    </message>
    <message>
        <source>at least 8 characters; a few unrelated words are best</source>
        <translation>minstens 8 karakters; 'n paar onverwante woorde is die beste</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>Die twee wagfrases verskil: tik dieselfde wagfrase in albei velde.</translation>
    </message>
</context>
<context>
    <name>backup_page</name>
    <message>
        <source>Back up now</source>
        <extracomment>Settings RestorePlan</extracomment>
        <translation>Maak nou 'n rugsteun</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pouseer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Kanselleer die rugsteun</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verifieer…</translation>
    </message>
    <message>
        <source>Reads the backup back from the storage and checks it</source>
        <translation>Lees die rugsteun terug uit die berging en kontroleer dit</translation>
    </message>
    <message numerus="yes">
        <source>Check a sample (%n objects, quick)</source>
        <translation><numerusform>Kontroleer 'n steekproef (%n objek, vinnig)</numerusform><numerusform>Kontroleer 'n steekproef (%n objekte, vinnig)</numerusform></translation>
    </message>
    <message>
        <source>Check everything (downloads the whole backup)</source>
        <translation>Kontroleer alles (laai die hele rugsteun af)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Herstel…</translation>
    </message>
    <message>
        <source>Brings back the library from a backup</source>
        <translation>Bring die biblioteek terug uit 'n rugsteun</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Vordering</translation>
    </message>
    <message>
        <source>Backups are not set up yet. Choose where to keep them below and press Save: the first backup starts right after. To bring back a library from a backup, press Restore…</source>
        <translation>Rugsteune is nog nie opgestel nie. Kies hieronder waar om hulle te hou en druk Stoor: die eerste rugsteun begin net daarna. Druk Herstel… om 'n biblioteek uit 'n rugsteun terug te bring.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rugsteune</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Laaste rugsteun:</translation>
    </message>
    <message>
        <source>Next backup:</source>
        <translation>Volgende rugsteun:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Laaste probleem:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Toets verbinding</translation>
    </message>
    <message>
        <source>Checks that the storage can be reached with these keys; nothing is saved.</source>
        <translation>Kontroleer dat die berging met hierdie sleutels bereik kan word; niks word gestoor nie.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Save the backup storage</source>
        <translation>Stoor die rugsteunberging</translation>
    </message>
    <message>
        <source>Check the storage, then keep these settings (secrets in the OS keyring)</source>
        <translation>Kontroleer die berging en hou dan hierdie instellings (geheime in die bedryfstelsel se sleutelring)</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Waarheen rugsteune gaan</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and the library are encrypted on this computer and kept in a bucket of an S3-compatible storage service. Whoever holds the bucket learns nothing from it.</source>
        <translation>Jou opnames, transkripsies en die biblioteek word op hierdie rekenaar geënkripteer en in 'n bucket van 'n S3-versoenbare bergingsdiens gehou. Wie ook al die bucket besit, leer niks daaruit nie.</translation>
    </message>
    <message>
        <source>Back up automatically (after new recordings and transcripts, and daily)</source>
        <translation>Maak outomaties rugsteun (ná nuwe opnames en transkripsies, en daagliks)</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Rugsteune om te hou</translation>
    </message>
    <message>
        <source>Older backups, and what only they need, are removed from the bucket</source>
        <translation>Ouer rugsteune, en wat net hulle nodig het, word uit die bucket verwyder</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>Bandwidth limit in kilobytes per second</source>
        <translation>Bandwydtelimiet in kilogrepe per sekonde</translation>
    </message>
    <message>
        <source>The most a backup may send or receive per second</source>
        <translation>Die meeste wat 'n rugsteun per sekonde mag stuur of ontvang</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Outomatiese rugsteune</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Rugsteune om te hou:</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>Bandwydtelimiet:</translation>
    </message>
    <message>
        <source>The backup storage was changed but not saved: press Save on the Backup page to check and keep it, or Cancel to drop the change.</source>
        <translation>Die rugsteunberging is verander maar nie gestoor nie: druk Stoor op die Rugsteun-bladsy om dit te kontroleer en te hou, of Kanselleer om die verandering te laat vaar.</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so the secrets cannot be saved: {problem}</source>
        <translation>Die bedryfstelsel se sleutelring kan nie gebruik word nie, dus kan die geheime nie gestoor word nie: {problem}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Toets die verbinding…</translation>
    </message>
    <message>
        <source>Checking the storage and saving…</source>
        <translation>Kontroleer die berging en stoor…</translation>
    </message>
    <message>
        <source>The connection works ({checks}).</source>
        <translation>Die verbinding werk ({checks}).</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die verbinding werk.</translation>
    </message>
    <message>
        <source>Saved. Backups go to {where}.</source>
        <translation>Gestoor. Rugsteune gaan na {where}.</translation>
    </message>
    <message>
        <source>Set up where backups go first: fill in the storage below, then Save.</source>
        <translation>Stel eers op waarheen rugsteune gaan: vul die berging hieronder in en druk dan Stoor.</translation>
    </message>
    <message>
        <source>There is nothing to check: no backup is set up yet.</source>
        <translation>Daar is niks om te kontroleer nie: nog geen rugsteun is opgestel nie.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Kanselleer…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontroleer die rugsteun…</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>Begin die rugsteun…</translation>
    </message>
    <message>
        <source>The check of the backup failed: {reason}</source>
        <translation>Die kontrole van die rugsteun het misluk: {reason}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Die rugsteun het misluk: {reason}</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die kontrole is gekanselleer.</translation>
    </message>
    <message>
        <source>Cancelled. What was sent is kept; the next backup goes on from there.</source>
        <translation>Gekanselleer. Wat gestuur is, word gehou; die volgende rugsteun gaan van daar af voort.</translation>
    </message>
    <message>
        <source>Backups are not set up yet.</source>
        <translation>Rugsteune is nog nie opgestel nie.</translation>
    </message>
    <message>
        <source>{when}: {problem}</source>
        <translation>{when}: {problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>loop nou</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervat</translation>
    </message>
</context>
<context>
    <name>backup_texts</name>
    <message>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Backups are encrypted with it on this computer before they are sent. If it is lost, the backup is lost too: nobody, not even IAM Desktop, can recover it.</source>
        <extracomment>the warning shown wherever a passphrase is chosen (English: show it through `translate`)</extracomment>
        <translation>&lt;b&gt;Hou hierdie wagfrase veilig.&lt;/b&gt; Rugsteune word daarmee op hierdie rekenaar geënkripteer voordat hulle gestuur word. As dit verlore raak, is die rugsteun ook verlore: niemand, nie eens IAM Desktop nie, kan dit herwin nie.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <extracomment>what each stage of the work is called on the page (English: show it through `translate`)</extracomment>
        <translation>Berei voor</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Laai op</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Verwyder ou rugsteune</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Laai af</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontroleer</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Stored in the keyring — leave empty to keep it</source>
        <extracomment>how many objects "Check a sample" reads back a placeholder that says a secret is stored (its value is never shown; English: show it through `translate`)</extracomment>
        <translation>In die sleutelring gestoor — laat leeg om dit te hou</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>minder as 'n minuut oor</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>ongeveer {duration} oor</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepouseer</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} van {total}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation><numerusform>{done} van %n lêer</numerusform><numerusform>{done} van %n lêers</numerusform></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>vandag om {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>gister om {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>môre om {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} om {time}</translation>
    </message>
    <message>
        <source>Automatic backups are off: back up with Back up now.</source>
        <translation>Outomatiese rugsteune is af: maak 'n rugsteun met Maak nou 'n rugsteun.</translation>
    </message>
    <message>
        <source>within a minute</source>
        <translation>binne 'n minuut</translation>
    </message>
    <message numerus="yes">
        <source>in about %n minutes, {when}</source>
        <translation><numerusform>oor ongeveer %n minuut, {when}</numerusform><numerusform>oor ongeveer %n minute, {when}</numerusform></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>minder as 'n sekonde</translation>
    </message>
    <message>
        <source>Backed up: nothing new sent, {total} in the backup; took {took}.</source>
        <translation>Rugsteun gemaak: niks nuuts gestuur nie, {total} in die rugsteun; het {took} geduur.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up: %n new files ({size}) sent, {total} in the backup; took {took}.</source>
        <translation><numerusform>Rugsteun gemaak: %n nuwe lêer ({size}) gestuur, {total} in die rugsteun; het {took} geduur.</numerusform><numerusform>Rugsteun gemaak: %n nuwe lêers ({size}) gestuur, {total} in die rugsteun; het {took} geduur.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n objects ({size})</source>
        <translation><numerusform>%n objek ({size})</numerusform><numerusform>%n objekte ({size})</numerusform></translation>
    </message>
    <message>
        <source>The backup is fine: {checked} read back and checked.</source>
        <translation>Die rugsteun is in orde: {checked} teruggelees en gekontroleer.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> en %n meer</numerusform><numerusform> en %n meer</numerusform></translation>
    </message>
    <message>
        <source>The backup has problems ({checked} checked): {shown}{more}.</source>
        <translation>Die rugsteun het probleme ({checked} gekontroleer): {shown}{more}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
</context>
<context>
    <name>backup_worker</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect ({detail}). The details are in the log.</source>
        <extracomment>a task: gets the task's Control, returns its result (on the worker thread) opens the backup set (on the worker thread)</extracomment>
        <translation>Iets het verkeerd geloop wat IAM Desktop nie verwag het nie ({detail}). Die besonderhede is in die logboek.</translation>
    </message>
</context>
<context>
    <name>billing_history_table</name>
    <message>
        <source>Period</source>
        <extracomment>the table shows at most this many rows before it scrolls the invoice's address</extracomment>
        <translation>Tydperk</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktuur</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Betalingsgeskiedenis</translation>
    </message>
    <message>
        <source>View invoice</source>
        <translation>Bekyk faktuur</translation>
    </message>
    <message>
        <source>View the invoice for {period}</source>
        <translation>Bekyk die faktuur vir {period}</translation>
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation>Maak die faktuur in jou blaaier oop</translation>
    </message>
</context>
<context>
    <name>cloud_page</name>
    <message>
        <source>{model} — about ${price} per minute</source>
        <translation>{model} — sowat ${price} per minuut</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI API-sleutel</translation>
    </message>
    <message>
        <source>Prices are estimates from OpenAI's price list; they may change.</source>
        <translation>Pryse is skattings uit OpenAI se pryslys; hulle kan verander.</translation>
    </message>
    <message>
        <source>empty: OpenAI (https://api.openai.com/v1)</source>
        <translation>leeg: OpenAI (https://api.openai.com/v1)</translation>
    </message>
    <message>
        <source>An OpenAI-compatible address; leave it empty to use OpenAI</source>
        <translation>’n OpenAI-versoenbare adres; laat dit leeg om OpenAI te gebruik</translation>
    </message>
    <message>
        <source>Another address was set where the app was started; it is used.</source>
        <translation>’n Ander adres is gestel waar die toep begin is; dit word gebruik.</translation>
    </message>
    <message>
        <source>When the cloud cannot be reached, transcribe on this computer instead</source>
        <translation>Transkribeer eerder op hierdie rekenaar wanneer die wolk nie bereik kan word nie</translation>
    </message>
    <message>
        <source>OpenAI model</source>
        <translation>OpenAI-model</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Service address:</source>
        <translation>Diensadres:</translation>
    </message>
    <message>
        <source>The service address must start with http:// or https://.</source>
        <translation>Die diensadres moet met http:// of https:// begin.</translation>
    </message>
</context>
<context>
    <name>crash_notice</name>
    <message>
        <source>IAM Desktop closed unexpectedly</source>
        <translation>IAM Desktop het onverwags gesluit</translation>
    </message>
    <message>
        <source>It stopped because of an internal error; the details below say where.</source>
        <translation>Dit het weens ’n interne fout gestop; die besonderhede hieronder sê waar.</translation>
    </message>
    <message>
        <source>It was stopped from outside (killed, logged out, or the computer lost power).</source>
        <translation>Dit is van buite gestop (doodgemaak, afgemeld, of die rekenaar het krag verloor).</translation>
    </message>
    <message>
        <source>IAM Desktop closed unexpectedly the last time it ran. {cause}

Recordings in progress are recovered into the library and waiting transcriptions resume.</source>
        <translation>IAM Desktop het die vorige keer onverwags gesluit. {cause}

Opnames wat aan die gang was, word in die biblioteek herwin en wagtende transkripsies gaan voort.</translation>
    </message>
</context>
<context>
    <name>damage_notice</name>
    <message>
        <source>The library file is damaged</source>
        <translation>Die biblioteeklêer is beskadig</translation>
    </message>
    <message>
        <source>IAM Desktop has stopped saving anything into it, so nothing more can be lost, and you can still read what it shows.

“Recover now” closes the app, copies everything that can be read into a new library file (the damaged one is kept beside it) and starts the app again.</source>
        <translation>IAM Desktop stoor niks meer daarin nie, sodat niks verder verlore kan raak nie, en jy kan steeds lees wat dit wys.

“Herwin nou” sluit die toep, kopieer alles wat gelees kan word na ’n nuwe biblioteeklêer (die beskadigde een word daarlangs gehou) en begin die toep weer.</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Herwin nou</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Recovering the library…</source>
        <translation>Herwin tans die biblioteek…</translation>
    </message>
    <message>
        <source>The library could not be recovered.

{reason}</source>
        <translation>Die biblioteek kon nie herwin word nie.

{reason}</translation>
    </message>
    <message>
        <source>The library was recovered: {recordings} and {transcripts} were saved.

The damaged file is kept as {path}.</source>
        <translation>Die biblioteek is herwin: {recordings} en {transcripts} is gestoor.

Die beskadigde lêer word gehou as {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n opname</numerusform><numerusform>%n opnames</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n transkripsie</numerusform><numerusform>%n transkripsies</numerusform></translation>
    </message>
</context>
<context>
    <name>drop_overlay</name>
    <message>
        <source>Drop to transcribe</source>
        <translation>Los hier om te transkribeer</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>IAM Desktop — something went wrong</source>
        <translation>IAM Desktop — iets het skeefgeloop</translation>
    </message>
    <message>
        <source>The log file has more: {path}</source>
        <translation>Die loglêer het meer: {path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Geen loglêer kon geskryf word nie.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopieer besonderhede</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Maak loggids oop</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieer</translation>
    </message>
    <message>
        <source>Something went wrong that IAM Desktop did not expect. Your recordings and transcripts are safe; the app carries on.

{summary}</source>
        <translation>Iets het skeefgeloop wat IAM Desktop nie verwag het nie. Jou opnames en transkripsies is veilig; die toep gaan voort.

{summary}</translation>
    </message>
</context>
<context>
    <name>export_actions</name>
    <message>
        <source>There is no transcript yet.</source>
        <translation>Daar is nog geen transkripsie nie.</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transkripsie gekopieer.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Uitgevoer na {path}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Plain text</source>
        <extracomment>what each export format is called in the dialogs (English; translated where shown)</extracomment>
        <translation>Gewone teks</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>SubRip-onderskrifte</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>WebVTT-onderskrifte</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <extracomment>formats that can leave the timestamps out (subtitles always have timings, JSON has everything) formats that can leave the speakers out formats with timestamps unless asked otherwise (as the export code's default) how many characters the preview shows at most (the file has everything)</extracomment>
        <translation>Voer “{title}” uit</translation>
    </message>
    <message>
        <source>Start each paragraph with its time</source>
        <translation>Begin elke paragraaf met sy tyd</translation>
    </message>
    <message>
        <source>Speaker names</source>
        <translation>Sprekers se name</translation>
    </message>
    <message numerus="yes">
        <source>%n summaries before the transcript</source>
        <translation><numerusform>%n opsomming voor die transkripsie</numerusform><numerusform>%n opsommings voor die transkripsie</numerusform></translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Voorskou van die uitvoer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Voer uit…</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Kopieer transkripsie</translation>
    </message>
    <message>
        <source>Copy the text, with the chosen timestamps and speakers</source>
        <translation>Kopieer die teks, met die gekose tydstempels en sprekers</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Sluit in:</translation>
    </message>
    <message>
        <source>Subtitles always have their times</source>
        <translation>Onderskrifte het altyd hul tye</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transkripsie gekopieer.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Voer transkripsie uit</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Voer tans uit…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Uitgevoer na {path}</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Nie uitgevoer nie: {reason}</translation>
    </message>
</context>
<context>
    <name>find_replace</name>
    <message>
        <source>Find in this transcript</source>
        <extracomment>a match: (segment row, character offset in its text)</extracomment>
        <translation>Soek in hierdie transkripsie</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Soek</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous one, Escape closes.</source>
        <translation>Enter vind die volgende treffer, Shift+Enter die vorige een, Escape maak toe.</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Vervang met</translation>
    </message>
    <message>
        <source>Enter replaces the current match and goes to the next one.</source>
        <translation>Enter vervang die huidige treffer en gaan na die volgende een.</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Pas hoofletters</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervang</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Vervang alles</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Maak toe (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Maak soek en vervang toe</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie gevind nie</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} van {total}</translation>
    </message>
</context>
<context>
    <name>general_page</name>
    <message>
        <source>Detect automatically</source>
        <translation>Bepaal outomaties</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Stelseltaal</translation>
    </message>
    <message>
        <source>The language of the window's menus, buttons and messages</source>
        <translation>Die taal van die venster se kieslyste, knoppies en boodskappe</translation>
    </message>
    <message>
        <source>The window's language changes the next time IAM Desktop starts.</source>
        <translation>Die venster se taal verander die volgende keer dat IAM Desktop begin.</translation>
    </message>
    <message>
        <source>Transcribe each recording as soon as it stops</source>
        <translation>Transkribeer elke opname sodra dit stop</translation>
    </message>
    <message>
        <source>In the transcript of a call, your words (the microphone) are labelled with this name, the other side's (the computer's audio) “Others”.</source>
        <translation>In die transkripsie van 'n oproep word jou woorde (die mikrofoon) met hierdie naam gemerk, die ander kant s'n (die rekenaarklank) “Ander”.</translation>
    </message>
    <message>
        <source>The language usually spoken in your recordings</source>
        <translation>Die taal wat gewoonlik in jou opnames gepraat word</translation>
    </message>
    <message>
        <source>Naming the language makes transcription faster and more accurate.</source>
        <translation>As jy die taal noem, is transkripsie vinniger en akkurater.</translation>
    </message>
    <message>
        <source>Identify who speaks when</source>
        <translation>Herken wie wanneer praat</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>Vind outomaties</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n spreker</numerusform><numerusform>%n sprekers</numerusform></translation>
    </message>
    <message>
        <source>Done on this computer after transcribing: each voice becomes Speaker 1, Speaker 2… (rename them in the transcript). A recording with one voice gets no labels.</source>
        <translation>Word ná die transkripsie op hierdie rekenaar gedoen: elke stem word Speaker 1, Speaker 2… (hernoem hulle in die transkripsie). 'n Opname met net een stem kry geen etikette nie.</translation>
    </message>
    <message>
        <source>Send a crash report when the app fails</source>
        <translation>Stuur ’n omvalverslag wanneer die toep faal</translation>
    </message>
    <message>
        <source>Reports never contain transcripts, titles, file paths or keys. They go only to the server named here (a Sentry-compatible address your organisation gives you).</source>
        <translation>Verslae bevat nooit transkripsies, titels, lêerpaaie of sleutels nie. Hulle gaan slegs na die bediener wat hier genoem word (’n Sentry-versoenbare adres wat jou organisasie vir jou gee).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Opname:</translation>
    </message>
    <message>
        <source>Record from:</source>
        <translation>Neem op van:</translation>
    </message>
    <message>
        <source>Your name in calls:</source>
        <translation>Jou naam in oproepe:</translation>
    </message>
    <message>
        <source>Language spoken:</source>
        <translation>Gesproke taal:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Sprekers:</translation>
    </message>
    <message>
        <source>Number of speakers:</source>
        <translation>Aantal sprekers:</translation>
    </message>
    <message>
        <source>Crash reports:</source>
        <translation>Omvalverslae:</translation>
    </message>
    <message>
        <source>Report server:</source>
        <translation>Verslagbediener:</translation>
    </message>
</context>
<context>
    <name>import_flow</name>
    <message>
        <source>Audio and video ({patterns});;All files (*)</source>
        <extracomment>the job options of the window's options bar (engine, model, language, task…) (seconds of audio, estimated cost, why the plan refuses them or None) path, reason (nothing) (nothing) the plan does not cover cloud work the user asked for, and they chose to upgrade</extracomment>
        <translation>Oudio en video ({patterns});;Alle lêers (*)</translation>
    </message>
    <message>
        <source>Add audio or video files</source>
        <translation>Voeg oudio- of videolêers by</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not added: {reason} (and %n more).</source>
        <translation><numerusform>{name} is nie bygevoeg nie: {reason} (en nog %n).</numerusform><numerusform>{name} is nie bygevoeg nie: {reason} (en nog %n).</numerusform></translation>
    </message>
    <message>
        <source>{name} was not added: {reason}.</source>
        <translation>{name} is nie bygevoeg nie: {reason}.</translation>
    </message>
    <message>
        <source>No audio or video files found in what was dropped.</source>
        <translation>Geen oudio- of videolêers gevind in wat gelos is nie.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>%n lêer</numerusform><numerusform>%n lêers</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: add your OpenAI key in Settings → Cloud first.</source>
        <translation>Niks is gestuur nie: voeg eers jou OpenAI-sleutel by in Instellings → Wolk.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n files for transcription.</source>
        <translation><numerusform>%n lêer is in die ry vir transkripsie geplaas.</numerusform><numerusform>%n lêers is in die ry vir transkripsie geplaas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n opname</numerusform><numerusform>%n opnames</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n recordings to be transcribed again.</source>
        <translation><numerusform>%n opname is in die ry geplaas om weer getranskribeer te word.</numerusform><numerusform>%n opnames is in die ry geplaas om weer getranskribeer te word.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Identifying the speakers of %n recordings…</source>
        <translation><numerusform>Besig om die sprekers van %n opname te herken…</numerusform><numerusform>Besig om die sprekers van %n opnames te herken…</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: choose a plan in Settings → Subscription.</source>
        <translation>Niks is gestuur nie: kies ’n plan in Instellings → Intekening.</translation>
    </message>
    <message>
        <source>Nothing was sent to OpenAI.</source>
        <translation>Niks is na OpenAI gestuur nie.</translation>
    </message>
    <message>
        <source>{what}, {duration} of audio, will be sent to OpenAI ({model}).</source>
        <translation>{what}, {duration} oudio, sal na OpenAI ({model}) gestuur word.</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}.</source>
        <translation>Geskatte koste: {cost}.</translation>
    </message>
    <message>
        <source>Send to OpenAI?</source>
        <translation>Stuur na OpenAI?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Stuur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
</context>
<context>
    <name>jobs_indicator</name>
    <message numerus="yes">
        <source>%n jobs waiting</source>
        <extracomment>the popover's width, and the most height it takes (it scrolls beyond)</extracomment>
        <translation><numerusform>%n taak wag</numerusform><numerusform>%n take wag</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n jobs · {stage}</source>
        <translation><numerusform>%n taak · {stage}</numerusform><numerusform>%n take · {stage}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n het misluk</numerusform><numerusform>%n het misluk</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>Show the jobs</source>
        <translation>Wys die take</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source>Waiting…</source>
        <extracomment>a job state -&gt; its word (English; shown translated with `status_word`)</extracomment>
        <translation>Wag…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Begin…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekanselleer</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>the core's stage words (iam_desktop.library.records.STAGE_WORDS), listed for translation</extracomment>
        <translation>Lees die lêer…</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Laai model…</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>Bepaal taal…</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transkribeer…</translation>
    </message>
    <message>
        <source>Identifying speakers…</source>
        <translation>Herken sprekers…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Stoor…</translation>
    </message>
    <message>
        <source>Transcribing {done} of {total}</source>
        <translation>Transkribeer {done} van {total}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Misluk: {error}</translation>
    </message>
    <message>
        <source>Done — {note}</source>
        <translation>Klaar — {note}</translation>
    </message>
    <message>
        <source> · almost done</source>
        <translation> · amper klaar</translation>
    </message>
    <message>
        <source> · {time} left</source>
        <translation> · {time} oor</translation>
    </message>
    <message>
        <source>automatic model</source>
        <translation>outomatiese model</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>job ID job ID job ID</extracomment>
        <translation>Vordering</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Probeer weer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwyder</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <extracomment>the row's key</extracomment>
        <translation>Nie bygevoeg nie: {reason}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <extracomment>job ID job ID job ID (nothing)</extracomment>
        <translation>Verwyder voltooides</translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation><numerusform>%n om te doen</numerusform><numerusform>%n om te doen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n het misluk</numerusform><numerusform>%n het misluk</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Take</translation>
    </message>
</context>
<context>
    <name>level_meter</name>
    <message>
        <source>below {level} dBFS</source>
        <extracomment>above this the bar turns yellow, above RED_DBFS red how long the held peak stays before it falls (seconds), and how fast it falls then (dB per second) the CLIP box: pure, saturated red with white text, unlike anything else the meter draws a screen reader hears "the input is clipping" at most this often (seconds) what TrackMeters shows: the microphone's meter, the computer audio's, or both (a call) a call's two meters are this tall each (pixels), so that both fit the height of the bar's row Qt's QWIDGETSIZE_MAX: no maximum</extracomment>
        <translation>onder {level} dBFS</translation>
    </message>
    <message>
        <source>{level} dBFS</source>
        <translation>{level} dBFS</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Invoervlak</translation>
    </message>
    <message>
        <source>How loud the input is, from −60 to 0 dBFS; CLIP lights red when it is too loud. The tooltip gives the level in numbers.</source>
        <translation>Hoe hard die invoer is, van −60 tot 0 dBFS; CLIP brand rooi wanneer dit te hard is. Die wenk gee die vlak in syfers.</translation>
    </message>
    <message>
        <source>The input is clipping: lower the input volume</source>
        <translation>Die invoer knip: verlaag die invoervolume</translation>
    </message>
    <message>
        <source>Level {rms} (silence); clipping: lower the input volume</source>
        <translation>Vlak {rms} (stilte); knip: verlaag die invoervolume</translation>
    </message>
    <message>
        <source>Level {rms} (silence)</source>
        <translation>Vlak {rms} (stilte)</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak}); clipping: lower the input volume</source>
        <translation>Vlak {rms} (piek {peak}); knip: verlaag die invoervolume</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak})</source>
        <translation>Vlak {rms} (piek {peak})</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofoon</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Rekenaarklank</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofoonvlak</translation>
    </message>
    <message>
        <source>Computer audio level</source>
        <translation>Rekenaarklankvlak</translation>
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
        <translation>Enige tyd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laaste 7 dae</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laaste 30 dae</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Hierdie jaar</translation>
    </message>
    <message>
        <source>Any length</source>
        <extracomment>length range label (English, also the combo's data; shown translated) -&gt; (min seconds, max seconds)</extracomment>
        <translation>Enige lengte</translation>
    </message>
    <message>
        <source>Under 5 min</source>
        <translation>Onder 5 min</translation>
    </message>
    <message>
        <source>5 to 30 min</source>
        <translation>5 tot 30 min</translation>
    </message>
    <message>
        <source>Over 30 min</source>
        <translation>Oor 30 min</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>sort key -&gt; (label (English; shown translated), column, descending)</extracomment>
        <translation>Nuutste eerste</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oudste eerste</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Titel A–Z</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Langste eerste</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Kortste eerste</translation>
    </message>
    <message>
        <source>All tags</source>
        <extracomment>the user changed a filter, the sort or the trash toggle</extracomment>
        <translation>Alle etikette</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Enige taal</translation>
    </message>
    <message>
        <source>Any engine</source>
        <translation>Enige enjin</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Wys die asblik</translation>
    </message>
    <message>
        <source>Show only the recordings in the trash</source>
        <translation>Wys net die opnames in die asblik</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Vee filters uit</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sorteer</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Enjin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <source>Filters and sort order</source>
        <translation>Filters en sorteervolgorde</translation>
    </message>
    <message>
        <source>Filter · {count}</source>
        <translation>Filter · {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n filters on — click to change</source>
        <translation><numerusform>%n filter aan — klik om te verander</numerusform><numerusform>%n filters aan — klik om te verander</numerusform></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter and sort</source>
        <translation>Filtreer en sorteer</translation>
    </message>
</context>
<context>
    <name>library_model</name>
    <message>
        <source>Offline</source>
        <extracomment>recordings read at a time a reload reads at most this many rows again (so that a refresh keeps the scroll position and selection) the grey line's two parts: (when · duration · language, the job's state or "") the day header drawn above the first row of a day ("Today"), or None True when the row's state is an error (drawn in the error colour) an engine key -&gt; its name (English; shown through `engine_name`)</extracomment>
        <translation>Aflyn</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Geredigeer</translation>
    </message>
    <message>
        <source>In the trash since {when}</source>
        <translation>In die asblik sedert {when}</translation>
    </message>
</context>
<context>
    <name>library_panel</name>
    <message>
        <source>Loading library…</source>
        <extracomment>how long typing must pause before the search runs (milliseconds) how long a notice stays (milliseconds); one offering Undo stays as long as Undo is possible changes arriving within this time are read in one reload (a burst of edits, a bulk action; ms) what the count line says while the list's first rows are being read (the window shows before that; English, shown translated, like the texts below)</extracomment>
        <translation>Laai biblioteek…</translation>
    </message>
    <message>
        <source>No recordings match</source>
        <extracomment>what the list says when its filters match nothing (an empty library says nothing: the window shows its welcome card)</extracomment>
        <translation>Geen opnames pas nie</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>Die asblik is leeg</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Versteek hierdie boodskap</translation>
    </message>
    <message>
        <source>Search the library</source>
        <extracomment>recording ID, position in seconds (0.0 for a plain item) list of recording IDs (the window queues them with its transcription options) list of recording IDs, the number of speakers (0: find it) whether the library is empty</extracomment>
        <translation>Deursoek die biblioteek</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Soek</translation>
    </message>
    <message>
        <source>Search transcripts, titles and notes</source>
        <translation>Deursoek transkripsies, titels en notas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteek</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Soekresultate</translation>
    </message>
    <message numerus="yes">
        <source>Recordings in the trash are deleted for good after %n days.</source>
        <translation><numerusform>Opnames in die asblik word ná %n dag permanent geskrap.</numerusform><numerusform>Opnames in die asblik word ná %n dae permanent geskrap.</numerusform></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation>Niks gevind vir “{query}” nie</translation>
    </message>
    <message numerus="yes">
        <source>%n or more hits for “{query}”</source>
        <translation><numerusform>%n of meer treffers vir “{query}”</numerusform><numerusform>%n of meer treffers vir “{query}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hits for “{query}”</source>
        <translation><numerusform>%n treffer vir “{query}”</numerusform><numerusform>%n treffers vir “{query}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation><numerusform>%n in die asblik</numerusform><numerusform>%n in die asblik</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n opname</numerusform><numerusform>%n opnames</numerusform></translation>
    </message>
    <message>
        <source>The filters apply to the list, not to search results</source>
        <translation>Die filters geld vir die lys, nie vir soekresultate nie</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings found</source>
        <translation><numerusform>%n opname gevind</numerusform><numerusform>%n opnames gevind</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n recordings to the trash.</source>
        <translation><numerusform>%n opname is na die asblik geskuif.</numerusform><numerusform>%n opnames is na die asblik geskuif.</numerusform></translation>
    </message>
</context>
<context>
    <name>library_rows</name>
    <message>
        <source>Waiting…</source>
        <extracomment>the separator of the grey line's parts a job state -&gt; what the row says (English; shown translated; RUNNING has its own text, with the progress)</extracomment>
        <translation>Wag…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misluk</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekanselleer</translation>
    </message>
    <message>
        <source>Not transcribed</source>
        <translation>Nie getranskribeer nie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gister</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Vandag {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Gister {time}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transkribeer…</translation>
    </message>
    <message>
        <source>Transcribing {percent} %</source>
        <translation>Transkribeer {percent} %</translation>
    </message>
    <message>
        <source>transcribed</source>
        <translation>getranskribeer</translation>
    </message>
</context>
<context>
    <name>licence_dialog</name>
    <message>
        <source>Activate licence</source>
        <extracomment>Licence</extracomment>
        <translation>Aktiveer lisensie</translation>
    </message>
    <message>
        <source>Paste the licence you received after paying — the long text from the confirmation page or e-mail, or a link that starts with iam-desktop://activate. It is checked on this computer and kept in the system keyring.</source>
        <translation>Plak die lisensie wat jy ná betaling ontvang het — die lang teks van die bevestigingsblad of -e-pos, of 'n skakel wat met iam-desktop://activate begin. Dit word op hierdie rekenaar nagegaan en in die stelsel se sleutelring bewaar.</translation>
    </message>
    <message>
        <source>Licence or activation link</source>
        <translation>Lisensie of aktiveringskakel</translation>
    </message>
    <message>
        <source>eyJhbGciOiJFZERTQSIs…  or  iam-desktop://activate?licence=…</source>
        <translation>eyJhbGciOiJFZERTQSIs…  of  iam-desktop://activate?licence=…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktiveer</translation>
    </message>
    <message>
        <source>Check the pasted licence and keep it</source>
        <translation>Gaan die geplakte lisensie na en hou dit</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translation>Gaan die lisensie na…</translation>
    </message>
    <message>
        <source>The licence was not activated: {reason}</source>
        <translation>Die lisensie is nie geaktiveer nie: {reason}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Transcript</source>
        <extracomment>Settings now in use (the app hands them to the engines)</extracomment>
        <translation>Transkripsie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Opsomming</translation>
    </message>
    <message>
        <source>Transcript or summary</source>
        <translation>Transkripsie of opsomming</translation>
    </message>
    <message>
        <source>IAM Desktop {version} — offline model ready to use</source>
        <translation>IAM Desktop {version} — vanlyn model gereed vir gebruik</translation>
    </message>
    <message>
        <source>Recording {number}</source>
        <translation>Opname {number}</translation>
    </message>
    <message>
        <source>Not transcribed yet — its progress shows in the list and in the status bar.</source>
        <translation>Nog nie getranskribeer nie — die vordering wys in die lys en in die statusbalk.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Instellings gestoor.</translation>
    </message>
</context>
<context>
    <name>models_page</name>
    <message>
        <source>Name</source>
        <extracomment>the table's columns (English: shown through `translate`)</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Tale</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Ingebou</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>%n taal</numerusform><numerusform>%n tale</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Net Engels</translation>
    </message>
    <message>
        <source>Installed models</source>
        <extracomment>list[ModelSpec]</extracomment>
        <translation>Geïnstalleerde modelle</translation>
    </message>
    <message>
        <source>Your model folders</source>
        <translation>Jou modelvouers</translation>
    </message>
    <message>
        <source>Folders with CTranslate2 Whisper models, as faster-whisper uses</source>
        <translation>Vouers met CTranslate2 Whisper-modelle, soos faster-whisper gebruik</translation>
    </message>
    <message>
        <source>Add model folder…</source>
        <translation>Voeg modelvouer by…</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Verwyder vouer</translation>
    </message>
    <message>
        <source>Forgets the selected folder; its files stay where they are</source>
        <translation>Vergeet die gekose vouer; sy lêers bly waar hulle is</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>Geïnstalleerde modelle:</translation>
    </message>
    <message>
        <source>Your model folders (CTranslate2 Whisper models, as faster-whisper uses):</source>
        <translation>Jou modelvouers (CTranslate2 Whisper-modelle, soos faster-whisper gebruik):</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Soek modelle…</translation>
    </message>
    <message>
        <source>Choose a folder with a Whisper model</source>
        <translation>Kies 'n vouer met 'n Whisper-model</translation>
    </message>
    <message>
        <source>That folder is already listed.</source>
        <translation>Daardie vouer is reeds gelys.</translation>
    </message>
    <message>
        <source>Looking for models in that folder…</source>
        <translation>Soek modelle in daardie vouer…</translation>
    </message>
    <message>
        <source>No Whisper model found in that folder ({folder}).</source>
        <translation>Geen Whisper-model in daardie vouer gevind nie ({folder}).</translation>
    </message>
    <message>
        <source>The model in that folder is named like one already installed ({names}); rename its folder to use it.</source>
        <translation>Die model in daardie vouer het dieselfde naam as een wat reeds geïnstalleer is ({names}); hernoem sy vouer om dit te gebruik.</translation>
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
        <translation>Notas oor hierdie opname…</translation>
    </message>
    <message>
        <source>Open a recording to see its notes.</source>
        <translation>Maak 'n opname oop om sy notas te sien.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikette</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Redigeer…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gestoor</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Etikette gestoor</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Hernoem</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect: {message}

Your recordings and transcripts are safe. The details are in the log.</source>
        <extracomment>how long the status bar shows a failure (ms)</extracomment>
        <translation>Iets het skeefgeloop wat IAM Desktop nie verwag het nie: {message}

Jou opnames en transkripsies is veilig. Die besonderhede is in die logboek.</translation>
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
        <translation>Word bygevoeg</translation>
    </message>
    <message>
        <source>Files being added</source>
        <translation>Lêers wat bygevoeg word</translation>
    </message>
</context>
<context>
    <name>plan_card</name>
    <message>
        <source>Your plan</source>
        <translation>Jou plan</translation>
    </message>
    <message>
        <source>/ month</source>
        <translation>/ maand</translation>
    </message>
    <message>
        <source>{price} a month</source>
        <translation>{price} per maand</translation>
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
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Besigheid</translation>
    </message>
    <message>
        <source>Everything offline, for as long as you like.</source>
        <translation>Alles vanlyn, so lank as wat jy wil.</translation>
    </message>
    <message>
        <source>For people who transcribe every week.</source>
        <translation>Vir mense wat elke week transkribeer.</translation>
    </message>
    <message>
        <source>For teams and heavy cloud use.</source>
        <translation>Vir spanne en baie wolkgebruik.</translation>
    </message>
    <message>
        <source>Record and transcribe on this computer</source>
        <translation>Neem op en transkribeer op hierdie rekenaar</translation>
    </message>
    <message>
        <source>Library, search and export</source>
        <translation>Biblioteek, soek en uitvoer</translation>
    </message>
    <message>
        <source>Manual backups</source>
        <translation>Handmatige rugsteun</translation>
    </message>
    <message>
        <source>30 cloud minutes a month</source>
        <translation>30 wolkminute per maand</translation>
    </message>
    <message>
        <source>Everything in Free</source>
        <translation>Alles in Gratis</translation>
    </message>
    <message>
        <source>600 cloud minutes a month</source>
        <translation>600 wolkminute per maand</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Outomatiese rugsteun</translation>
    </message>
    <message>
        <source>Everything in Pro</source>
        <translation>Alles in Pro</translation>
    </message>
    <message>
        <source>3,000 cloud minutes a month</source>
        <translation>3 000 wolkminute per maand</translation>
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
        <translation>Speel</translation>
    </message>
    <message>
        <source>Play / pause (Space in the table, Ctrl+Space)</source>
        <translation>Speel / pouseer (Spasie in die tabel, Ctrl+Spasie)</translation>
    </message>
    <message>
        <source>−{seconds} s</source>
        <translation>−{seconds} s</translation>
    </message>
    <message>
        <source>Back {seconds} seconds (Ctrl+Left)</source>
        <translation>{seconds} sekondes terug (Ctrl+Links)</translation>
    </message>
    <message>
        <source>Back {seconds} seconds</source>
        <translation>{seconds} sekondes terug</translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds (Ctrl+Right)</source>
        <translation>{seconds} sekondes vorentoe (Ctrl+Regs)</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds</source>
        <translation>{seconds} sekondes vorentoe</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Speelposisie</translation>
    </message>
    <message>
        <source>The arrow keys move one second, Page Up and Page Down {seconds} seconds.</source>
        <translation>Die pyltjiesleutels skuif een sekonde, Page Up en Page Down {seconds} sekondes.</translation>
    </message>
    <message>
        <source>Playback speed (the pitch stays the same)</source>
        <translation>Speelspoed (die toonhoogte bly dieselfde)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Speelspoed</translation>
    </message>
    <message>
        <source>The pitch stays the same.</source>
        <translation>Die toonhoogte bly dieselfde.</translation>
    </message>
    <message>
        <source>Playback is not available.</source>
        <translation>Afspeel is nie beskikbaar nie.</translation>
    </message>
    <message>
        <source>Cannot play this recording: {reason}</source>
        <translation>Kan nie hierdie opname speel nie: {reason}</translation>
    </message>
    <message>
        <source>Cannot play sound: {reason}</source>
        <translation>Kan nie klank speel nie: {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pouseer</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Speel tans</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>Einde van die opname</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepouseer</translation>
    </message>
    <message>
        <source>Playback stopped: {reason}</source>
        <translation>Afspeel het gestop: {reason}</translation>
    </message>
</context>
<context>
    <name>record_panel</name>
    <message>
        <source>Record</source>
        <extracomment>the live view's frame interval (ms): 30 frames a second or more the record button's texts and tooltip (English; shown translated, context "record_panel")</extracomment>
        <translation>Neem op</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Stoor…</translation>
    </message>
    <message>
        <source>Start recording (Ctrl+R); press again to stop and save</source>
        <translation>Begin opneem (Ctrl+R); druk weer om te stop en te stoor</translation>
    </message>
    <message>
        <source>Recording needs a microphone: connect one, or allow this app to use it in the system settings</source>
        <extracomment>why Record is disabled without an input (English: show `translate("record_panel", NO_INPUT_TIP)`)</extracomment>
        <translation>Opname het ’n mikrofoon nodig: koppel een, of laat hierdie toep toe om dit in die stelselinstellings te gebruik</translation>
    </message>
    <message>
        <source>Recording started</source>
        <extracomment>what a screen reader hears when the recording's state changes (old state, new state) → words</extracomment>
        <translation>Opname het begin</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Opname onderbreek</translation>
    </message>
    <message>
        <source>Recording resumed</source>
        <translation>Opname hervat</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Opname gestop</translation>
    </message>
    <message>
        <source>The microphone or other input to record from</source>
        <extracomment>str: the input's name str: what to record (a source of iam_desktop.recording.session) str: elapsed time as shown, "" when not recording bool: whether there is an input to record from (False: Record is disabled, NO_INPUT_TIP says why) bool: the user switched "transcribe when stopped" on or off (the window remembers it)</extracomment>
        <translation>Die mikrofoon of ander invoer om van op te neem</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Onderbreek</translation>
    </message>
    <message>
        <source>Pause or resume the recording (Ctrl+Shift+R)</source>
        <translation>Onderbreek of hervat die opname (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <source>Time recorded (pauses not counted)</source>
        <translation>Tyd opgeneem (pouses nie getel nie)</translation>
    </message>
    <message>
        <source>Size of the recording on disk so far</source>
        <translation>Grootte van die opname op skyf tot dusver</translation>
    </message>
    <message>
        <source>Transcribe when stopped</source>
        <translation>Transkribeer wanneer gestop</translation>
    </message>
    <message>
        <source>Queue the full transcription as soon as a recording is saved</source>
        <translation>Plaas die volle transkripsie in die tou sodra ’n opname gestoor is</translation>
    </message>
    <message>
        <source>The transcript appears here as you speak.</source>
        <translation>Die transkripsie verskyn hier terwyl jy praat.</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Regstreekse transkripsie</translation>
    </message>
    <message>
        <source>What is being said, transcribed roughly while you record</source>
        <translation>Wat gesê word, rofweg getranskribeer terwyl jy opneem</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <translation>Opnamekennisgewing</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Invoer:</translation>
    </message>
    <message>
        <source>“{name}” is not connected; the default input is used</source>
        <translation>“{name}” is nie gekoppel nie; die verstekinvoer word gebruik</translation>
    </message>
    <message>
        <source>Above the line the microphone, below it the computer's audio</source>
        <translation>Bo die lyn die mikrofoon, daaronder die rekenaar se klank</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overflows: audio was lost</source>
        <translation><numerusform>⚠ %n oorloop: klank het verlore gegaan</numerusform><numerusform>⚠ %n oorlope: klank het verlore gegaan</numerusform></translation>
    </message>
    <message>
        <source>The computer was too busy to take all the audio in time</source>
        <translation>Die rekenaar was te besig om al die klank betyds te ontvang</translation>
    </message>
    <message>
        <source>[live transcript stopped: {reason}]</source>
        <translation>[regstreekse transkripsie gestop: {reason}]</translation>
    </message>
</context>
<context>
    <name>recording_actions</name>
    <message>
        <source>Rename</source>
        <extracomment>how long "Undo" stays offered after moving recordings to the trash (milliseconds) message text list of recording IDs moved to the trash list of recording IDs list of recording IDs, the number of speakers (0: find it) recording ID (only with notes_in_panel) how long Undo stays offered after a move to the trash (milliseconds) the tag names the library has (offered while typing tags; kept up to date by the panel) starts editing the current title in place; False where it cannot (then a dialog asks) Notes… asks for the notes side panel (`notes_requested`) instead of a dialog</extracomment>
        <translation>Hernoem</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notas…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Etikette…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Voer gekose uit…</translation>
    </message>
    <message>
        <source>Transcribe again</source>
        <translation>Transkribeer weer</translation>
    </message>
    <message>
        <source>Identify speakers</source>
        <translation>Herken sprekers</translation>
    </message>
    <message>
        <source>Label who speaks when, without transcribing again</source>
        <translation>Merk wie wanneer praat, sonder om weer te transkribeer</translation>
    </message>
    <message>
        <source>Find how many</source>
        <translation>Vind hoeveel</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n spreker</numerusform><numerusform>%n sprekers</numerusform></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Skuif na asblik</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Maak asblik leeg…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ontdoen</translation>
    </message>
    <message>
        <source>Bring back the recordings just moved to the trash</source>
        <translation>Bring die opnames terug wat pas na die asblik geskuif is</translation>
    </message>
    <message>
        <source>Rename recording</source>
        <translation>Hernoem opname</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes on “{title}”:</source>
        <translation>Notas oor “{title}”:</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Etikette, geskei deur kommas:</translation>
    </message>
    <message numerus="yes">
        <source>Tags all %n recordings carry, separated by commas
(names added here go on every one; names taken out come off every one):</source>
        <translation><numerusform>Etikette wat al %n opnames dra, geskei deur kommas
(name wat hier bygevoeg word, kom op elkeen; name wat uitgehaal word, kom van elkeen af):</numerusform><numerusform>Etikette wat al %n opnames dra, geskei deur kommas
(name wat hier bygevoeg word, kom op elkeen; name wat uitgehaal word, kom van elkeen af):</numerusform></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Voer uit</translation>
    </message>
    <message numerus="yes">
        <source>Export %n transcripts as:</source>
        <translation><numerusform>Voer %n transkripsie uit as:</numerusform><numerusform>Voer %n transkripsies uit as:</numerusform></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Voer uit na vouer</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Maak asblik leeg</translation>
    </message>
    <message>
        <source>Delete every recording in the trash for good, with its transcript and audio?
This cannot be undone.</source>
        <translation>Skrap elke opname in die asblik permanent, met sy transkripsie en klank?
Dit kan nie ontdoen word nie.</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>Hernoem na “{title}”.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notas gestoor.</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Etikette gestoor.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transcripts to {folder}.</source>
        <translation><numerusform>%n transkripsie na {folder} uitgevoer.</numerusform><numerusform>%n transkripsies na {folder} uitgevoer.</numerusform></translation>
    </message>
    <message>
        <source>Not exported: {problems}</source>
        <translation>Nie uitgevoer nie: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n recordings.</source>
        <translation><numerusform>%n opname herstel.</numerusform><numerusform>%n opnames herstel.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n recordings for good.</source>
        <translation><numerusform>%n opname permanent geskrap.</numerusform><numerusform>%n opnames permanent geskrap.</numerusform></translation>
    </message>
</context>
<context>
    <name>recording_controller</name>
    <message>
        <source>The recording was saved, but its transcription could not be queued: {reason}</source>
        <extracomment>the controller's states builds the engine the live preview uses, for a language (None: detect) a session that started, and what the user should know about how (an input replaced, the computer's audio left out of a call) what a stop gives back: how the recorder ended, the saved capture (None: nothing recorded), and a problem queueing its transcription (None: queued, or not wanted) str: the new state PreviewState PreviewState (the computer's audio in a call) SavedCapture str: what went wrong str list[SavedCapture] list[InputDevice]</extracomment>
        <translation>Die opname is gestoor, maar die transkripsie daarvan kon nie in die tou geplaas word nie: {reason}</translation>
    </message>
    <message>
        <source>Interrupted recordings could not be saved: {reason}</source>
        <translation>Onderbroke opnames kon nie gestoor word nie: {reason}</translation>
    </message>
    <message>
        <source>The input “{name}” is not connected; recording from “{device}” instead.</source>
        <translation>Die invoer “{name}” is nie gekoppel nie; neem eerder van “{device}” op.</translation>
    </message>
    <message>
        <source>Recording could not start: {reason}</source>
        <translation>Opname kon nie begin nie: {reason}</translation>
    </message>
    <message>
        <source>The recording stopped.</source>
        <translation>Die opname het gestop.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Niks is opgeneem nie.</translation>
    </message>
    <message>
        <source>{reason}. Saved as “{title}” ({duration}).</source>
        <translation>{reason}. Gestoor as “{title}” ({duration}).</translation>
    </message>
    <message>
        <source>The recording could not be saved: {reason}</source>
        <translation>Die opname kon nie gestoor word nie: {reason}</translation>
    </message>
    <message>
        <source>The computer's audio cannot be recorded ({reason}): recording the microphone alone.</source>
        <translation>Die rekenaarklank kan nie opgeneem word nie ({reason}): slegs die mikrofoon word opgeneem.</translation>
    </message>
</context>
<context>
    <name>recording_page</name>
    <message>
        <source>No microphone found</source>
        <translation>Geen mikrofoon gevind nie</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Stelselverstek</translation>
    </message>
    <message>
        <source>System default ({name})</source>
        <translation>Stelselverstek ({name})</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (nie gekoppel nie)</translation>
    </message>
    <message>
        <source>Built-in Audio</source>
        <translation>Ingeboude klank</translation>
    </message>
    <message>
        <source>Built-in Audio ({part})</source>
        <translation>Ingeboude klank ({part})</translation>
    </message>
    <message>
        <source>{server} sound server</source>
        <translation>{server}-klankbediener</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Soek weer</translation>
    </message>
    <message>
        <source>List the inputs again, after plugging a microphone in</source>
        <translation>Lys die invoere weer nadat jy ’n mikrofoon ingeprop het</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Mikrofoon:</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>Soek mikrofone…</translation>
    </message>
    <message>
        <source>No microphone found. Connect one, then choose Look again.</source>
        <translation>Geen mikrofoon gevind nie. Koppel een en kies dan Soek weer.</translation>
    </message>
    <message>
        <source>The microphones cannot be listed: the computer's audio system is not available.</source>
        <translation>Die mikrofone kan nie gelys word nie: die rekenaar se klankstelsel is nie beskikbaar nie.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>Backed up</source>
        <extracomment>the snapshot list's columns (English: shown through `translate`)</extracomment>
        <translation>Rugsteun gemaak</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Opnames</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transkripsies</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>onbekende datum</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <extracomment>Restored RestorePlan</extracomment>
        <translation>Herstel uit 'n rugsteun</translation>
    </message>
    <message>
        <source>&lt;b&gt;The passphrase the backup was made with.&lt;/b&gt; The backup cannot be opened without it.</source>
        <translation>&lt;b&gt;Die wagfrase waarmee die rugsteun gemaak is.&lt;/b&gt; Die rugsteun kan nie daarsonder oopgemaak word nie.</translation>
    </message>
    <message>
        <source>the storage's secret access key</source>
        <translation>die berging se geheime toegangsleutel</translation>
    </message>
    <message>
        <source>the backup's passphrase</source>
        <translation>die rugsteun se wagfrase</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with; it opens the backup</source>
        <translation>Die wagfrase waarmee die rugsteun gemaak is; dit maak die rugsteun oop</translation>
    </message>
    <message>
        <source>Enter where your backup is kept, the storage's keys and the backup's passphrase. They are kept on this computer once the library is restored.</source>
        <translation>Voer in waar jou rugsteun gehou word, die berging se sleutels en die rugsteun se wagfrase. Hulle word op hierdie rekenaar gehou sodra die biblioteek herstel is.</translation>
    </message>
    <message>
        <source>Show backups</source>
        <translation>Wys rugsteune</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rugsteune</translation>
    </message>
    <message>
        <source>Choose the backup to restore; the newest is chosen first</source>
        <translation>Kies die rugsteun om te herstel; die nuutste word eerste gekies</translation>
    </message>
    <message>
        <source>Restoring brings back the library and every recording of the chosen backup. Each file is checked before anything on this computer changes. A library already here is kept beside the restored one, never deleted.</source>
        <translation>Herstel bring die biblioteek en elke opname van die gekose rugsteun terug. Elke lêer word gekontroleer voordat enigiets op hierdie rekenaar verander. 'n Biblioteek wat reeds hier is, word langs die herstelde een gehou en nooit uitgevee nie.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Vordering</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to where the backup is kept</source>
        <translation>Terug na waar die rugsteun gehou word</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Restores the backup chosen in the list</source>
        <translation>Herstel die rugsteun wat in die lys gekies is</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Kanselleer herstel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <source>Restoring the backup of {date}.</source>
        <translation>Herstel die rugsteun van {date}.</translation>
    </message>
    <message>
        <source>the saved storage</source>
        <translation>die gestoorde berging</translation>
    </message>
    <message>
        <source>enter the storage's secret access key</source>
        <translation>voer die berging se geheime toegangsleutel in</translation>
    </message>
    <message>
        <source>enter the backup's passphrase</source>
        <translation>voer die rugsteun se wagfrase in</translation>
    </message>
    <message>
        <source>Backups in {where}:</source>
        <translation>Rugsteune in {where}:</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Maak die rugsteun oop…</translation>
    </message>
    <message>
        <source>{date} — cannot be read</source>
        <translation>{date} — kan nie gelees word nie</translation>
    </message>
    <message>
        <source>{date}  (newest)</source>
        <translation>{date}  (nuutste)</translation>
    </message>
    <message numerus="yes">
        <source>%n backups found.</source>
        <translation><numerusform>%n rugsteun gevind.</numerusform><numerusform>%n rugsteune gevind.</numerusform></translation>
    </message>
    <message>
        <source>None of the backups can be read. Run Verify on the Backup page to see why.</source>
        <translation>Geeneen van die rugsteune kan gelees word nie. Gebruik Verifieer op die Rugsteun-bladsy om te sien hoekom.</translation>
    </message>
    <message>
        <source>There is no backup here yet: check the bucket and the folder in it.</source>
        <translation>Daar is nog geen rugsteun hier nie: kontroleer die bucket en die vouer daarin.</translation>
    </message>
    <message>
        <source>Looking at the library on this computer…</source>
        <translation>Kyk na die biblioteek op hierdie rekenaar…</translation>
    </message>
    <message>
        <source>The library on this computer cannot be read.</source>
        <translation>Die biblioteek op hierdie rekenaar kan nie gelees word nie.</translation>
    </message>
    <message numerus="yes">
        <source>The library on this computer holds %n recordings.</source>
        <translation><numerusform>Die biblioteek op hierdie rekenaar bevat %n opname.</numerusform><numerusform>Die biblioteek op hierdie rekenaar bevat %n opnames.</numerusform></translation>
    </message>
    <message>
        <source>Replace the library?</source>
        <translation>Vervang die biblioteek?</translation>
    </message>
    <message>
        <source>Restoring replaces it with the backup of {date}. The current library file is kept beside the restored one (library.sqlite3.before-restore-…), so it can be brought back by hand; recordings added since that backup are not in the restored library.</source>
        <translation>Herstel vervang dit met die rugsteun van {date}. Die huidige biblioteeklêer word langs die herstelde een gehou (library.sqlite3.before-restore-…), sodat dit met die hand teruggebring kan word; opnames wat sedert daardie rugsteun bygevoeg is, is nie in die herstelde biblioteek nie.</translation>
    </message>
    <message>
        <source>Replace the library</source>
        <translation>Vervang die biblioteek</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Niks is herstel nie.</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>Begin die herstel…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Kanselleer…</translation>
    </message>
    <message>
        <source>Restored the backup of {date}: {recordings} and {transcripts}, every file checked.</source>
        <translation>Die rugsteun van {date} is herstel: {recordings} en {transcripts}, elke lêer gekontroleer.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n opname</numerusform><numerusform>%n opnames</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n transkripsie</numerusform><numerusform>%n transkripsies</numerusform></translation>
    </message>
    <message>
        <source>Backups are not set up on this computer yet: {problem} Set them up in Settings → Backup.</source>
        <translation>Rugsteune is nog nie op hierdie rekenaar opgestel nie: {problem} Stel hulle op in Instellings → Rugsteun.</translation>
    </message>
    <message>
        <source>The restore failed: {reason}</source>
        <translation>Die herstel het misluk: {reason}</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing on this computer was changed.</source>
        <translation>Die herstel is gekanselleer; niks op hierdie rekenaar is verander nie.</translation>
    </message>
</context>
<context>
    <name>search_hits</name>
    <message>
        <source>in the title</source>
        <extracomment>hits read at a time where a hit that is not in the transcript was found (English; shown translated)</extracomment>
        <translation>in die titel</translation>
    </message>
    <message>
        <source>in the notes</source>
        <translation>in die notas</translation>
    </message>
    <message>
        <source>in a summary</source>
        <translation>in ’n opsomming</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>by {time}</translation>
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
        <translation>Segmentteks</translation>
    </message>
    <message>
        <source>Enter saves, Escape cancels, Ctrl+K splits the segment at the cursor.</source>
        <translation>Enter stoor, Escape kanselleer, Ctrl+K verdeel die segment by die wyser.</translation>
    </message>
</context>
<context>
    <name>segment_table</name>
    <message>
        <source>Transcript</source>
        <extracomment>the margin left of the times: room for the accent bar of the playing segment the speaker filter that shows the segments nobody is named for the speaker's bar at the margin's right edge: its width and its distance from the edge</extracomment>
        <translation>Transkripsie</translation>
    </message>
    <message>
        <source>Enter or F2 edits a segment, Space plays or pauses, Ctrl+Enter plays from its start.</source>
        <translation>Enter of F2 wysig ’n segment, Spasie speel of pouseer, Ctrl+Enter speel van sy begin af.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>General</source>
        <extracomment>each page's name (English, shown translated) and its icon in the list (names of iam_desktop.ui.icons)</extracomment>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transkripsie</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Wolk</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Opname</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Voorkoms</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Berging</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Rugsteun</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Intekening</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Woordeskat</translation>
    </message>
    <message>
        <source>Watch folders</source>
        <translation>Dopgehoude vouers</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellings</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Instellingsbladsye</translation>
    </message>
</context>
<context>
    <name>shortcuts_dialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sleutelbordkortpaaie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kortpad</translation>
    </message>
</context>
<context>
    <name>source_picker</name>
    <message>
        <source>Microphone</source>
        <extracomment>each source's name and what it does (English; shown translated, context "source_picker"), and its glyph</extracomment>
        <translation>Mikrofoon</translation>
    </message>
    <message>
        <source>Record the microphone: dictation, a talk, a meeting in a room</source>
        <translation>Neem die mikrofoon op: diktee, 'n praatjie, 'n vergadering in 'n vertrek</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Rekenaarklank</translation>
    </message>
    <message>
        <source>Record what the computer plays (a video, a webinar), not the microphone</source>
        <translation>Neem op wat die rekenaar speel ('n video, 'n webinar), nie die mikrofoon nie</translation>
    </message>
    <message>
        <source>Both (call)</source>
        <translation>Albei (oproep)</translation>
    </message>
    <message>
        <source>Record a call: your microphone and the computer's audio, transcribed as you and the others</source>
        <translation>Neem 'n oproep op: jou mikrofoon en die rekenaarklank, getranskribeer as jy en die ander</translation>
    </message>
    <message>
        <source>Record from</source>
        <translation>Neem op van</translation>
    </message>
</context>
<context>
    <name>speaker_bar</name>
    <message>
        <source>&lt;1%</source>
        <extracomment>how strongly a chosen chip is filled with its speaker's colour (over the window's colour) a chip's padding left and right, the dot's diameter, the gaps after the dot and after the name (px) the bar's margins (left and right, top and bottom) and the gap between two chips (px) the widest a name is drawn (px); a longer one is cut short with "…" (its tooltip and spoken name are whole)</extracomment>
        <translation>&lt;1%</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <source>Each speaker's talk time and share. Choose a speaker (arrow keys) to show only their segments; the context menu renames a speaker or merges it into another.</source>
        <translation>Elke spreker se praattyd en aandeel. Kies 'n spreker (pyltjiesleutels) om net sy segmente te wys; die konteksmenu hernoem 'n spreker of voeg dit by 'n ander saam.</translation>
    </message>
    <message>
        <source>Show every speaker's segments</source>
        <translation>Wys elke spreker se segmente</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Alle sprekers</translation>
    </message>
    <message numerus="yes">
        <source>All speakers: %n speakers, {time} of talk</source>
        <translation><numerusform>Alle sprekers: %n spreker, {time} praattyd</numerusform><numerusform>Alle sprekers: %n sprekers, {time} praattyd</numerusform></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Geen spreker</translation>
    </message>
    <message>
        <source>{time} · {percent}</source>
        <translation>{time} · {percent}</translation>
    </message>
    <message>
        <source>{speaker}: {time}, {percent} of the talk</source>
        <translation>{speaker}: {time}, {percent} van die praattyd</translation>
    </message>
    <message>
        <source>Show only {speaker}'s segments (right-click to rename or merge)</source>
        <translation>Wys net {speaker} se segmente (regsklik om te hernoem of saam te voeg)</translation>
    </message>
    <message>
        <source>Show only the segments nobody is named for</source>
        <translation>Wys net die segmente waarvoor niemand genoem is nie</translation>
    </message>
    <message>
        <source>Rename {speaker}…</source>
        <translation>Hernoem {speaker}…</translation>
    </message>
    <message>
        <source>Merge {speaker} into</source>
        <translation>Voeg {speaker} saam met</translation>
    </message>
</context>
<context>
    <name>storage_page</name>
    <message>
        <source>Adding up…</source>
        <translation>Tel op…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Maak oop</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Wys die datavouer in die lêerbestuurder</translation>
    </message>
    <message>
        <source>The library holds your recordings' audio, their transcripts and notes: back it up with the rest of your files.</source>
        <translation>Die biblioteek bevat jou opnames se klank, hul transkripsies en notas: rugsteun dit saam met die res van jou lêers.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datavouer:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Grootte:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The size could not be added up: {reason}</source>
        <translation>Die grootte kon nie bereken word nie: {reason}</translation>
    </message>
    <message>
        <source>No program to show folders with was found.</source>
        <translation>Geen program is gevind om vouers mee te wys nie.</translation>
    </message>
</context>
<context>
    <name>subscription_page</name>
    <message>
        <source>Active</source>
        <extracomment>the state pill of the current plan: its words and colour, by Entitlement.state</extracomment>
        <translation>Aktief</translation>
    </message>
    <message>
        <source>Offline grace</source>
        <translation>Vanlyn-grasietyd</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Verval</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vra aandag</translation>
    </message>
    <message>
        <source>YOUR PLAN</source>
        <extracomment>the usage bar turns to the warning colour from this fraction of the allowance Entitlement</extracomment>
        <translation>JOU PLAN</translation>
    </message>
    <message>
        <source>Reading your licence…</source>
        <translation>Lees jou lisensie…</translation>
    </message>
    <message>
        <source>Manage subscription</source>
        <translation>Bestuur intekening</translation>
    </message>
    <message>
        <source>Open the payment provider's customer portal in your browser: cancel, change the card, see invoices</source>
        <translation>Maak die betalingsverskaffer se kliëntportaal in jou blaaier oop: kanselleer, verander die kaart, sien fakture</translation>
    </message>
    <message>
        <source>Activate licence…</source>
        <translation>Aktiveer lisensie…</translation>
    </message>
    <message>
        <source>Paste a licence you received after paying</source>
        <translation>Plak 'n lisensie wat jy ná betaling ontvang het</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Verfris</translation>
    </message>
    <message>
        <source>Fetch your licence from the billing service</source>
        <translation>Haal jou lisensie by die betalingsdiens</translation>
    </message>
    <message>
        <source>Read the stored licence and the minutes used again</source>
        <translation>Lees die gestoorde lisensie en die gebruikte minute weer</translation>
    </message>
    <message>
        <source>Cloud minutes used this month</source>
        <translation>Wolkminute hierdie maand gebruik</translation>
    </message>
    <message>
        <source>The address the payment provider sends your receipt and licence to; kept in the system keyring</source>
        <translation>Die adres waarheen die betalingsverskaffer jou kwitansie en lisensie stuur; word in die stelsel se sleutelring bewaar</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Betaal met</translation>
    </message>
    <message>
        <source>The payment provider, and the currency of the prices below</source>
        <translation>Die betalingsverskaffer, en die geldeenheid van die pryse hieronder</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <source>No payments yet. Each period you pay for is listed here, with its invoice.</source>
        <translation>Nog geen betalings nie. Elke tydperk waarvoor jy betaal, word hier gelys, met sy faktuur.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planne</translation>
    </message>
    <message>
        <source>Cloud minutes this month</source>
        <translation>Wolkminute hierdie maand</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Betalingsgeskiedenis</translation>
    </message>
    <message>
        <source>This period: {period}</source>
        <translation>Hierdie tydperk: {period}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} payment page…</source>
        <translation>Vra vir die {gateway}-betaalblad…</translation>
    </message>
    <message>
        <source>The {gateway} payment page for {plan} is open in your browser. {next_step}</source>
        <translation>Die {gateway}-betaalblad vir {plan} is oop in jou blaaier. {next_step}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} customer portal…</source>
        <translation>Vra vir die {gateway}-kliëntportaal…</translation>
    </message>
    <message>
        <source>The {gateway} customer portal is open in your browser.</source>
        <translation>Die {gateway}-kliëntportaal is oop in jou blaaier.</translation>
    </message>
    <message>
        <source>The invoice is open in your browser.</source>
        <translation>Die faktuur is oop in jou blaaier.</translation>
    </message>
    <message>
        <source>Asking the billing service for your licence…</source>
        <translation>Vra die betalingsdiens vir jou lisensie…</translation>
    </message>
    <message>
        <source>Licence activated: you are on {plan}. Thank you!</source>
        <translation>Lisensie geaktiveer: jy is op {plan}. Dankie!</translation>
    </message>
    <message>
        <source>The address to open is not a valid web address, so it was not opened.</source>
        <translation>Die adres om oop te maak is nie 'n geldige webadres nie, so dit is nie oopgemaak nie.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Make sure a web browser is set as the default, then try again.</source>
        <translation>Die blaaier kon nie oopgemaak word nie. Maak seker dat 'n webblaaier as verstek gestel is en probeer dan weer.</translation>
    </message>
    <message>
        <source>When the payment is through, press Refresh.</source>
        <translation>Wanneer die betaling deur is, druk Verfris.</translation>
    </message>
    <message>
        <source>When the payment is through, paste the licence you receive with Activate licence…</source>
        <translation>Wanneer die betaling deur is, plak die lisensie wat jy ontvang met Aktiveer lisensie…</translation>
    </message>
</context>
<context>
    <name>subscription_texts</name>
    <message>
        <source>Stripe — card, USD</source>
        <extracomment>the gateway choice's labels, by gateway id, in the order offered (PayGate's and Stitch's are a brand and a currency code: the same in every language)</extracomment>
        <translation>Stripe — kaart, USD</translation>
    </message>
    <message>
        <source>The licence is up to date.</source>
        <extracomment>the symbol an amount is shown with, by currency code (others show their code) the billing core's refresh messages that are always the same words (shown translated)</extracomment>
        <translation>Die lisensie is op datum.</translation>
    </message>
    <message>
        <source>The billing service has no licence for this installation yet: once a payment goes through, refresh again.</source>
        <translation>Die betalingsdiens het nog geen lisensie vir hierdie installasie nie: sodra 'n betaling deur is, verfris weer.</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Huidige plan</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Teken in</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Gradeer op</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Hernu</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Verander plan</translation>
    </message>
    <message>
        <source>You are on the {plan} plan</source>
        <translation>Jy is op die {plan}-plan</translation>
    </message>
    <message>
        <source>Opens {gateway}'s customer portal in your browser, where you can change or cancel your subscription</source>
        <translation>Maak {gateway} se kliëntportaal in jou blaaier oop, waar jy jou intekening kan verander of kanselleer</translation>
    </message>
    <message>
        <source>Opens {gateway}'s payment page for {plan} in your browser</source>
        <translation>Maak {gateway} se betaalblad vir {plan} in jou blaaier oop</translation>
    </message>
    <message>
        <source>Renews {day}</source>
        <translation>Word hernu op {day}</translation>
    </message>
    <message>
        <source>Offline grace until {day}: go online to refresh the licence, or renew</source>
        <translation>Vanlyn-grasietyd tot {day}: gaan aanlyn om die lisensie te verfris, of hernu</translation>
    </message>
    <message>
        <source>Your {plan} licence ended on {day}: renew to keep {plan}</source>
        <translation>Jou {plan}-lisensie het op {day} verval: hernu om {plan} te behou</translation>
    </message>
    <message>
        <source>Licence refreshed: {plan} until {day}.</source>
        <translation>Lisensie verfris: {plan} tot {day}.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %n cloud minutes used this month</source>
        <translation><numerusform>{used} van %n wolkminuut hierdie maand gebruik</numerusform><numerusform>{used} van %n wolkminute hierdie maand gebruik</numerusform></translation>
    </message>
    <message>
        <source>None left</source>
        <translation>Niks oor nie</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left</source>
        <translation><numerusform>%n minuut oor</numerusform><numerusform>%n minute oor</numerusform></translation>
    </message>
    <message>
        <source>{left} · the count starts again on {day}</source>
        <translation>{left} · die telling begin weer op {day}</translation>
    </message>
</context>
<context>
    <name>summary_panel</name>
    <message>
        <source>Offline</source>
        <extracomment>the formats "Export with the transcript…" offers, the first the default how many chapters show at once above a summary's text the engine choices' data the data role of a history item (the summary's ID) and of a chapter item (its start in seconds) (seconds) no arguments</extracomment>
        <translation>Aflyn</translation>
    </message>
    <message>
        <source>Focus on… (optional: what the summary should pay attention to)</source>
        <translation>Fokus op… (opsioneel: waarop die opsomming moet let)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Genereer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>Stop making this summary (Esc)</source>
        <translation>Hou op om hierdie opsomming te maak (Esc)</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Voeg sleutel by…</translation>
    </message>
    <message>
        <source>Add an OpenAI key in Settings → Cloud</source>
        <translation>Voeg 'n OpenAI-sleutel by in Instellings → Wolk</translation>
    </message>
    <message>
        <source>Summaries of this recording</source>
        <translation>Opsommings van hierdie opname</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Verouderd</translation>
    </message>
    <message>
        <source>The transcript changed after this summary was made: generate it again</source>
        <translation>Die transkripsie het verander nadat hierdie opsomming gemaak is: genereer dit weer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieer</translation>
    </message>
    <message>
        <source>Copy the summary as plain text</source>
        <translation>Kopieer die opsomming as gewone teks</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Voer uit</translation>
    </message>
    <message>
        <source>Save the summary, or export it with the transcript</source>
        <translation>Stoor die opsomming, of voer dit saam met die transkripsie uit</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Stoor as teks…</translation>
    </message>
    <message>
        <source>Export with the transcript…</source>
        <translation>Voer saam met die transkripsie uit…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wysig</translation>
    </message>
    <message>
        <source>Correct the summary's text</source>
        <translation>Korrigeer die opsomming se teks</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gooi weg</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Skrap</translation>
    </message>
    <message>
        <source>Delete this summary</source>
        <translation>Skrap hierdie opsomming</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Hoofstukke</translation>
    </message>
    <message>
        <source>Enter shows the transcript at the chapter's start</source>
        <translation>Enter wys die transkripsie by die begin van die hoofstuk</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Opsommingteks</translation>
    </message>
    <message>
        <source>Open a recording to summarise it.</source>
        <translation>Maak 'n opname oop om dit op te som.</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Maak:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Enjin:</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>Instruksie:</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Opsommings</translation>
    </message>
    <message>
        <source>Out of date: the transcript changed after this summary was made</source>
        <translation>Verouderd: die transkripsie het verander nadat hierdie opsomming gemaak is</translation>
    </message>
    <message>
        <source>No summary yet: choose what to make and press Generate.</source>
        <translation>Nog geen opsomming nie: kies wat om te maak en druk Genereer.</translation>
    </message>
    <message>
        <source>Not transcribed yet: a summary needs the transcript.</source>
        <translation>Nog nie getranskribeer nie: 'n opsomming het die transkripsie nodig.</translation>
    </message>
    <message>
        <source>No OpenAI key: an offline summary (sentences from the transcript)</source>
        <translation>Geen OpenAI-sleutel nie: 'n aflyn-opsomming (sinne uit die transkripsie)</translation>
    </message>
    <message>
        <source>Offline: sentences from the transcript, made on this computer</source>
        <translation>Aflyn: sinne uit die transkripsie, op hierdie rekenaar gemaak</translation>
    </message>
    <message>
        <source>Estimating the cost with {model}…</source>
        <translation>Skat tans die koste met {model}…</translation>
    </message>
    <message>
        <source>The cost with {model} could not be estimated</source>
        <translation>Die koste met {model} kon nie geskat word nie</translation>
    </message>
    <message>
        <source>Making: {preset}…</source>
        <translation>Besig om te maak: {preset}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Kanselleer tans…</translation>
    </message>
    <message>
        <source>OpenAI could not be reached: this is an offline summary.</source>
        <translation>OpenAI kon nie bereik word nie: hierdie is 'n aflyn-opsomming.</translation>
    </message>
    <message>
        <source>{preset} ready</source>
        <translation>{preset} gereed</translation>
    </message>
    <message>
        <source>Cancelled: no summary was stored.</source>
        <translation>Gekanselleer: geen opsomming is gestoor nie.</translation>
    </message>
    <message>
        <source>There is no transcript to summarise yet: transcribe the recording first.</source>
        <translation>Daar is nog geen transkripsie om op te som nie: transkribeer eers die opname.</translation>
    </message>
    <message>
        <source>No OpenAI key is set: add one in Settings → Cloud, or choose Offline.</source>
        <translation>Geen OpenAI-sleutel is gestel nie: voeg een by in Instellings → Wolk, of kies Aflyn.</translation>
    </message>
    <message>
        <source>The summary could not be made: {reason}</source>
        <translation>Die opsomming kon nie gemaak word nie: {reason}</translation>
    </message>
    <message>
        <source>The summary could not be made: something went wrong that IAM Desktop did not expect.</source>
        <translation>Die opsomming kon nie gemaak word nie: iets het verkeerd geloop wat IAM Desktop nie verwag het nie.</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Opsomming gekopieer.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Stoor opsomming</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Gewone teks (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gestoor in {path}</translation>
    </message>
    <message>
        <source>Export with the transcript</source>
        <translation>Voer saam met die transkripsie uit</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Uitgevoer na {path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gestoor</translation>
    </message>
    <message>
        <source>Delete summary?</source>
        <translation>Skrap opsomming?</translation>
    </message>
    <message>
        <source>Delete this summary ({made})? This cannot be undone.</source>
        <translation>Skrap hierdie opsomming ({made})? Dit kan nie ontdoen word nie.</translation>
    </message>
    <message>
        <source>Summary deleted.</source>
        <translation>Opsomming geskrap.</translation>
    </message>
</context>
<context>
    <name>summary_texts</name>
    <message>
        <source>Summary</source>
        <extracomment>the presets as the window names them (English; translated where shown), in PRESETS' order</extracomment>
        <translation>Opsomming</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Hoofpunte</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aksiepunte</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notule</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Hoofstukke</translation>
    </message>
    <message>
        <source>Offline summary</source>
        <extracomment>a moment in a summary's text: [m:ss] or [h:mm:ss] (also m:ss–m:ss ranges' first part) the scheme of the links that seek ("seek:754.0") a heading marked as Markdown writes one ("## Decisions", "**Decisions**") a line longer than this is never taken for a heading how a line of a list starts the space a blank line leaves between two paragraphs (pixels)</extracomment>
        <translation>Aflyn-opsomming</translation>
    </message>
    <message>
        <source>OpenAI ({model})</source>
        <translation>OpenAI ({model})</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Verouderd</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Gewysig</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Aflyn</translation>
    </message>
    <message>
        <source>“{instruction}”</source>
        <translation>“{instruction}”</translation>
    </message>
    <message>
        <source>Less than {cost} with {model}</source>
        <extracomment>the smallest amount the estimate names ("Less than $0.001")</extracomment>
        <translation>Minder as {cost} met {model}</translation>
    </message>
    <message>
        <source>About {cost} with {model}</source>
        <translation>Ongeveer {cost} met {model}</translation>
    </message>
</context>
<context>
    <name>tags_editor</name>
    <message>
        <source>Add tags, separated by commas</source>
        <extracomment>list of tag names</extracomment>
        <translation>Voeg etikette by, geskei deur kommas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikette</translation>
    </message>
    <message>
        <source>Tags separated by commas; suggestions appear while you type</source>
        <translation>Etikette geskei deur kommas; voorstelle verskyn terwyl jy tik</translation>
    </message>
</context>
<context>
    <name>transcribe_options</name>
    <message>
        <source>Offline (this computer)</source>
        <extracomment>each engine's name in the pickers (English; shown with `engine_label`)</extracomment>
        <translation>Vanlyn (hierdie rekenaar)</translation>
    </message>
    <message>
        <source>OpenAI (cloud)</source>
        <translation>OpenAI (wolk)</translation>
    </message>
    <message>
        <source>OpenAI needs an API key, and the system keyring is locked or unavailable</source>
        <extracomment>the speaker counts the picker lists (more can be set in the settings file)</extracomment>
        <translation>OpenAI het ’n API-sleutel nodig, en die stelsel se sleutelring is gesluit of onbeskikbaar</translation>
    </message>
    <message>
        <source>OpenAI needs an API key</source>
        <translation>OpenAI het ’n API-sleutel nodig</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>(nothing)</extracomment>
        <translation>Bepaal outomaties</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Vertaal na Engels</translation>
    </message>
    <message>
        <source>No speakers</source>
        <translation>Geen sprekers</translation>
    </message>
    <message>
        <source>Speakers: auto</source>
        <translation>Sprekers: outomaties</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n spreker</numerusform><numerusform>%n sprekers</numerusform></translation>
    </message>
    <message>
        <source>Label who speaks when (Speaker 1, Speaker 2…), offline, after transcribing</source>
        <translation>Merk wie wanneer praat (Speaker 1, Speaker 2…), vanlyn, ná die transkripsie</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Voeg sleutel by…</translation>
    </message>
    <message>
        <source>Open Settings to add an OpenAI API key</source>
        <translation>Maak Instellings oop om ’n OpenAI API-sleutel by te voeg</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Enjin:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>The language spoken in the files you transcribe next</source>
        <translation>Die taal wat gepraat word in die lêers wat jy volgende transkribeer</translation>
    </message>
    <message>
        <source>Write the transcript in English, whatever language is spoken</source>
        <translation>Skryf die transkripsie in Engels, watter taal ook al gepraat word</translation>
    </message>
</context>
<context>
    <name>transcript_editing</name>
    <message>
        <source>One moment: {reason}</source>
        <translation>Een oomblik: {reason}</translation>
    </message>
    <message>
        <source>the original transcript is being restored.</source>
        <translation>die oorspronklike transkripsie word herstel.</translation>
    </message>
    <message>
        <source>Restore original</source>
        <translation>Herstel oorspronklike</translation>
    </message>
    <message>
        <source>reloading the transcript after an edit that was not saved.</source>
        <translation>die transkripsie word herlaai ná ’n wysiging wat nie gestoor is nie.</translation>
    </message>
</context>
<context>
    <name>transcript_find</name>
    <message numerus="yes">
        <source>%n matches</source>
        <extracomment>how long the find field must be left alone before the number of matches is announced</extracomment>
        <translation><numerusform>%n treffer</numerusform><numerusform>%n treffers</numerusform></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Geen treffers nie</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie gevind nie</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} van {total}</translation>
    </message>
    <message>
        <source>Match {current} of {total}: {text}</source>
        <translation>Treffer {current} van {total}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation><numerusform>%n vervang</numerusform><numerusform>%n vervang</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replacements</source>
        <translation><numerusform>%n vervanging</numerusform><numerusform>%n vervangings</numerusform></translation>
    </message>
</context>
<context>
    <name>transcript_model</name>
    <message>
        <source>Time</source>
        <extracomment>the columns' headers, in English (translated where shown)</extracomment>
        <translation>Tyd</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
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
        <translation>{start} – {end}: klik om van hier af te speel</translation>
    </message>
</context>
<context>
    <name>transcript_playalong</name>
    <message>
        <source>Unsure word {current} of {total}: “{word}” ({percent}%)</source>
        <translation>Onseker woord {current} van {total}: “{word}” ({percent}%)</translation>
    </message>
    <message>
        <source>Back at the end — {message}</source>
        <translation>Terug by die einde — {message}</translation>
    </message>
    <message>
        <source>Back at the top — {message}</source>
        <translation>Terug bo-aan — {message}</translation>
    </message>
    <message>
        <source>{message} — Space plays, F2 corrects.</source>
        <translation>{message} — Spasie speel, F2 korrigeer.</translation>
    </message>
</context>
<context>
    <name>transcript_view</name>
    <message>
        <source>Offline</source>
        <extracomment>the engine as the header names it (English; translated where shown)</extracomment>
        <translation>Vanlyn</translation>
    </message>
    <message>
        <source>Drop audio or video files here, or use “Add files…”.</source>
        <extracomment>(message) a passing remark for the status bar</extracomment>
        <translation>Los oudio- of videolêers hier, of gebruik “Voeg lêers by…”.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pouseer</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Speel</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Ontdoen: {edit}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ontdoen</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Herdoen: {edit}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Herdoen</translation>
    </message>
    <message>
        <source>&lt;i&gt;edited&lt;/i&gt; (the original is kept)</source>
        <translation>&lt;i&gt;gewysig&lt;/i&gt; (die oorspronklike word behou)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsure words</source>
        <translation><numerusform>%n onseker woord</numerusform><numerusform>%n onseker woorde</numerusform></translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <translation>Geen spraak is in hierdie opname gevind nie.</translation>
    </message>
    <message>
        <source>{language} (detected, {percent}%)</source>
        <translation>{language} (bespeur, {percent}%)</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Wysig teks</translation>
    </message>
    <message>
        <source>This segment has only one word: there is nowhere to split it.</source>
        <translation>Hierdie segment het net een woord: dit kan nêrens verdeel word nie.</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>Verdeel segment</translation>
    </message>
    <message>
        <source>Split at the text cursor while editing, else at the middle word</source>
        <translation>Verdeel by die tekswyser terwyl jy wysig, anders by die middelste woord</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Voeg saam met volgende</translation>
    </message>
    <message>
        <source>Start {seconds} s earlier</source>
        <translation>Begin {seconds} s vroeër</translation>
    </message>
    <message>
        <source>Start {seconds} s later</source>
        <translation>Begin {seconds} s later</translation>
    </message>
    <message>
        <source>End {seconds} s earlier</source>
        <translation>Eindig {seconds} s vroeër</translation>
    </message>
    <message>
        <source>End {seconds} s later</source>
        <translation>Eindig {seconds} s later</translation>
    </message>
    <message>
        <source>Set speaker…</source>
        <translation>Stel spreker…</translation>
    </message>
    <message>
        <source>Rename speaker…</source>
        <translation>Hernoem spreker…</translation>
    </message>
    <message>
        <source>Merge speaker into…</source>
        <translation>Voeg spreker saam met…</translation>
    </message>
    <message>
        <source>Show all speakers</source>
        <translation>Wys alle sprekers</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Soek…</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Soek en vervang…</translation>
    </message>
    <message>
        <source>Next unsure word</source>
        <translation>Volgende onseker woord</translation>
    </message>
    <message>
        <source>Go to the next word the engine was unsure of (underlined)</source>
        <translation>Gaan na die volgende woord waaroor die enjin onseker was (onderstreep)</translation>
    </message>
    <message>
        <source>Previous unsure word</source>
        <translation>Vorige onseker woord</translation>
    </message>
    <message>
        <source>Restore original transcript…</source>
        <translation>Herstel oorspronklike transkripsie…</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Speel / pouseer</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Speel van hier af</translation>
    </message>
    <message>
        <source>Back {seconds} s</source>
        <translation>{seconds} s terug</translation>
    </message>
    <message>
        <source>Forward {seconds} s</source>
        <translation>{seconds} s vorentoe</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>Voeg segmente saam</translation>
    </message>
    <message>
        <source>Nudge segment</source>
        <translation>Skuif segment effens</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Stel spreker</translation>
    </message>
    <message>
        <source>Who speaks here? (empty: nobody named)</source>
        <translation>Wie praat hier? (leeg: niemand genoem nie)</translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation>Hernoem spreker</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Spreker:</translation>
    </message>
    <message>
        <source>New name for {speaker}:</source>
        <translation>Nuwe naam vir {speaker}:</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Voeg sprekers saam</translation>
    </message>
    <message>
        <source>Merge this speaker:</source>
        <translation>Voeg hierdie spreker saam:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Met:</translation>
    </message>
    <message>
        <source>{speaker} merged into {other}.</source>
        <translation>{speaker} is saamgevoeg met {other}.</translation>
    </message>
    <message>
        <source>Restore original transcript</source>
        <translation>Herstel oorspronklike transkripsie</translation>
    </message>
    <message>
        <source>Discard your edits of this transcript and go back to the original one?
(Edit ▸ Undo brings them back.)</source>
        <translation>Verwerp jou wysigings aan hierdie transkripsie en gaan terug na die oorspronklike een?
(Wysig ▸ Ontdoen bring hulle terug.)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Vervang alles</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrences of “{text}”.</source>
        <translation><numerusform>%n voorkoms van “{text}” vervang.</numerusform><numerusform>%n voorkomste van “{text}” vervang.</numerusform></translation>
    </message>
    <message>
        <source>No unsure words in this transcript.</source>
        <translation>Geen onseker woorde in hierdie transkripsie nie.</translation>
    </message>
</context>
<context>
    <name>transcription_page</name>
    <message>
        <source>Automatic (tiny.en for English, base otherwise)</source>
        <extracomment>the offline model picker's first entry (English; shown translated)</extracomment>
        <translation>Outomaties (tiny.en vir Engels, anders base)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>%n taal</numerusform><numerusform>%n tale</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Slegs Engels</translation>
    </message>
    <message>
        <source>{model} ({languages})</source>
        <translation>{model} ({languages})</translation>
    </message>
    <message>
        <source>Offline transcription never sends audio anywhere. The cloud engine (OpenAI) needs a key: see Cloud.</source>
        <translation>Vanlyn transkripsie stuur nooit klank êrens heen nie. Die wolk-enjin (OpenAI) het ’n sleutel nodig: sien Wolk.</translation>
    </message>
    <message>
        <source>Long recordings are transcribed in pieces of about this length, cut at pauses; an interrupted transcription goes on from its last finished piece.</source>
        <translation>Lang opnames word getranskribeer in stukke van ongeveer hierdie lengte, by pouses gesny; ’n onderbroke transkripsie gaan voort vanaf sy laaste voltooide stuk.</translation>
    </message>
    <message>
        <source>Default engine:</source>
        <translation>Verstekenjin:</translation>
    </message>
    <message>
        <source>Offline model:</source>
        <translation>Vanlyn model:</translation>
    </message>
    <message>
        <source>Piece length:</source>
        <translation>Stuklengte:</translation>
    </message>
    <message>
        <source>{model} (not found)</source>
        <translation>{model} (nie gevind nie)</translation>
    </message>
</context>
<context>
    <name>upgrade_prompt</name>
    <message>
        <source>Not enough cloud minutes left this month</source>
        <extracomment>the prompt's first line, by what stopped the work (its message follows, with the numbers and a plan)</extracomment>
        <translation>Nie genoeg wolkminute oor hierdie maand nie</translation>
    </message>
    <message>
        <source>Not in your plan</source>
        <translation>Nie in jou plan nie</translation>
    </message>
    <message>
        <source>Upgrade…</source>
        <translation>Gradeer op…</translation>
    </message>
    <message>
        <source>Show the plans on the Subscription page</source>
        <translation>Wys die planne op die Intekening-bladsy</translation>
    </message>
    <message>
        <source>Transcribe on this computer</source>
        <translation>Transkribeer op hierdie rekenaar</translation>
    </message>
</context>
<context>
    <name>usage_chart</name>
    <message>
        <source>Cloud minutes per day this month</source>
        <extracomment>the plot's height (px)</extracomment>
        <translation>Wolkminute per dag hierdie maand</translation>
    </message>
    <message>
        <source>Minutes of cloud transcription per day. Your plan has no cloud minutes.</source>
        <translation>Minute wolktranskripsie per dag. Jou plan het geen wolkminute nie.</translation>
    </message>
    <message numerus="yes">
        <source>Minutes of cloud transcription per day. Dashed line: {pace} a day uses your %n minutes by the end of the month.</source>
        <translation><numerusform>Minute wolktranskripsie per dag. Stippellyn: {pace} per dag gebruik jou %n minuut teen die einde van die maand.</numerusform><numerusform>Minute wolktranskripsie per dag. Stippellyn: {pace} per dag gebruik jou %n minute teen die einde van die maand.</numerusform></translation>
    </message>
    <message>
        <source>No cloud minutes used yet this month.</source>
        <translation>Nog geen wolkminute hierdie maand gebruik nie.</translation>
    </message>
    <message>
        <source>The busiest day was {day}: {duration}.</source>
        <translation>Die besigste dag was {day}: {duration}.</translation>
    </message>
    <message>
        <source>about half a minute</source>
        <translation>sowat 'n halwe minuut</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>minder as 'n minuut</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation><numerusform>%n minuut</numerusform><numerusform>%n minute</numerusform></translation>
    </message>
</context>
<context>
    <name>vocabulary_page</name>
    <message>
        <source>Names, places and jargon the transcription should spell right. Used by the offline model and the cloud, for every new transcription.</source>
        <extracomment>what the page is for (English: shown through `translate`)</extracomment>
        <translation>Name, plekke en vakjargon wat die transkripsie reg moet spel. Word deur die vanlyn-model en die wolk gebruik, vir elke nuwe transkripsie.</translation>
    </message>
    <message>
        <source>No terms yet.</source>
        <translation>Nog geen terme nie.</translation>
    </message>
    <message numerus="yes">
        <source>%n terms.</source>
        <translation><numerusform>%n term.</numerusform><numerusform>%n terme.</numerusform></translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Nuwe term</translation>
    </message>
    <message>
        <source>One term or several separated by commas; Enter adds them</source>
        <translation>Een term of 'n paar, geskei deur kommas; Enter voeg hulle by</translation>
    </message>
    <message>
        <source>Add terms, separated by commas: Gqeberha, Mbombela, Nkosazana</source>
        <translation>Voeg terme by, geskei deur kommas: Gqeberha, Mbombela, Nkosazana</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Voeg by</translation>
    </message>
    <message>
        <source>Adds the terms typed</source>
        <translation>Voeg die getikte terme by</translation>
    </message>
    <message>
        <source>Vocabulary terms</source>
        <translation>Woordeskatterme</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Verwyder gekose</translation>
    </message>
    <message>
        <source>Remove the selected terms ({shortcut})</source>
        <translation>Verwyder die gekose terme ({shortcut})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laai…</translation>
    </message>
    <message>
        <source>Removed {terms}.</source>
        <translation>{terms} verwyder.</translation>
    </message>
    <message>
        <source>Added {terms}.</source>
        <translation>{terms} bygevoeg.</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Reeds in die lys.</translation>
    </message>
    <message>
        <source> (at most {count})</source>
        <translation> (hoogstens {count})</translation>
    </message>
</context>
<context>
    <name>watch_bridge</name>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}); export failed: {error}.</source>
        <extracomment>milliseconds between two scans while the window is open</extracomment>
        <translation>Dophou-vouers: {name} getranskribeer en uitgevoer ({formats}); uitvoer het misluk: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}).</source>
        <translation>Dophou-vouers: {name} getranskribeer en uitgevoer ({formats}).</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed; export failed: {error}.</source>
        <translation>Dophou-vouers: {name} getranskribeer; uitvoer het misluk: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed.</source>
        <translation>Dophou-vouers: {name} getranskribeer.</translation>
    </message>
    <message>
        <source>Watch folders: queued {names}.</source>
        <translation>Dophou-vouers: {names} in die tou geplaas.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}.</source>
        <translation>Dophou-vouers: {problem}.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}</source>
        <translation>Dophou-vouers: {problem}</translation>
    </message>
</context>
<context>
    <name>watch_folders_page</name>
    <message>
        <source>New audio and video files in these folders (and their sub-folders) are transcribed with the offline model once they are completely copied — each content only once — and exported as chosen, while the app is open.</source>
        <extracomment>what the page is for</extracomment>
        <translation>Nuwe oudio- en videolêers in hierdie vouers (en hul subvouers) word met die vanlyn-model getranskribeer sodra hulle heeltemal gekopieer is — elke inhoud net een keer — en uitgevoer soos gekies, terwyl die toep oop is.</translation>
    </message>
    <message>
        <source>Folder</source>
        <extracomment>the table's columns</extracomment>
        <translation>Vouer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Voer uit na</translation>
    </message>
    <message>
        <source>next to the file</source>
        <extracomment>where the exports go without an export folder</extracomment>
        <translation>langs die lêer</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Dopgehoude vouers</translation>
    </message>
    <message>
        <source>Select a folder to see and change its export options below</source>
        <translation>Kies 'n vouer om sy uitvoeropsies hieronder te sien en te verander</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Voeg vouer by…</translation>
    </message>
    <message>
        <source>Watches a folder, with the export options chosen below</source>
        <translation>Hou 'n vouer dop, met die uitvoeropsies wat hieronder gekies is</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwyder</translation>
    </message>
    <message>
        <source>Stop watching the selected folder</source>
        <translation>Hou op om die gekose vouer dop te hou</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Uitvoer:</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Voer {format} uit</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Kies vouer…</translation>
    </message>
    <message>
        <source>Choose the export folder…</source>
        <translation>Kies die uitvoervouer…</translation>
    </message>
    <message>
        <source>Next to the file</source>
        <translation>Langs die lêer</translation>
    </message>
    <message>
        <source>Export next to each file</source>
        <translation>Voer langs elke lêer uit</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Voer uit na:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laai…</translation>
    </message>
    <message>
        <source>Choose a folder to watch</source>
        <translation>Kies 'n vouer om dop te hou</translation>
    </message>
    <message>
        <source>Watching {path}.</source>
        <translation>Hou {path} dop.</translation>
    </message>
    <message>
        <source>No longer watching {path}.</source>
        <translation>Hou {path} nie meer dop nie.</translation>
    </message>
    <message>
        <source>Choose the folder the exports go to</source>
        <translation>Kies die vouer waarheen die uitvoere gaan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gestoor.</translation>
    </message>
    <message numerus="yes">
        <source>%n watched.</source>
        <translation><numerusform>%n word dopgehou.</numerusform><numerusform>%n word dopgehou.</numerusform></translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>Geen vouer word dopgehou nie.</translation>
    </message>
</context>
<context>
    <name>waveform_overview</name>
    <message>
        <source>Click or drag to play from there</source>
        <extracomment>the widget's height (px): compact, like a scrubber the vertical layout in plot units: the wave spans -1…1; over it a strip for the unsure words' ticks and the search hits' triangles, under it a strip for the speaker bands (when there are any) the size (px) of a search hit's triangle the level the wave is scaled to fill: this quantile of its buckets' peaks (a single click stays small)</extracomment>
        <translation>Klik of sleep om van daar af te speel</translation>
    </message>
    <message>
        <source>Waveform overview</source>
        <extracomment>(seconds) where the user clicked, or dragged to (several while dragging)</extracomment>
        <translation>Golfvormoorsig</translation>
    </message>
    <message>
        <source>The whole recording's sound at a glance, with the playhead, search matches and speakers; click or drag to play from there (from the keyboard, use the player's position slider)</source>
        <translation>Die hele opname se klank in een oogopslag, met die speelkop, soektreffers en sprekers; klik of sleep om van daar af te speel (gebruik die speler se posisieskuifbalk met die sleutelbord)</translation>
    </message>
    <message>
        <source>this recording has no audio file</source>
        <translation>hierdie opname het geen klanklêer nie</translation>
    </message>
    <message>
        <source>No waveform: {reason}</source>
        <translation>Geen golfvorm nie: {reason}</translation>
    </message>
</context>
<context>
    <name>waveform_view</name>
    <message>
        <source>Recording waveform</source>
        <extracomment>the waveform colour needs at least this luminance difference from the background, else the text colour</extracomment>
        <translation>Opname se golfvorm</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded</source>
        <translation>’n Prent van die klank van die laaste sekondes wat opgeneem is</translation>
    </message>
    <message>
        <source>Mic</source>
        <translation>Mik</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>Rek.</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded: the microphone above the line, the computer's audio below it</source>
        <translation>’n Prent van die klank van die laaste paar sekondes wat opgeneem is: die mikrofoon bo die lyn, die rekenaar se klank daaronder</translation>
    </message>
</context>
<context>
    <name>welcome_card</name>
    <message>
        <source>Runs offline — nothing leaves this computer unless you choose a cloud engine.</source>
        <translation>Werk vanlyn — niks verlaat hierdie rekenaar tensy jy ’n wolkenjin kies nie.</translation>
    </message>
    <message>
        <source>Welcome to IAM Desktop</source>
        <translation>Welkom by IAM Desktop</translation>
    </message>
    <message>
        <source>Record an interview, a lecture or a meeting, or drop audio and video files here to transcribe them.</source>
        <translation>Neem ’n onderhoud, ’n lesing of ’n vergadering op, of los oudio- en videolêers hier om hulle te transkribeer.</translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation>Geen opname oop nie</translation>
    </message>
    <message>
        <source>Pick a recording in the list, record a new one, or drop files here to transcribe them.</source>
        <extracomment>the card's width, and how narrow it may get in a narrow window (pixels)</extracomment>
        <translation>Kies ’n opname in die lys, neem ’n nuwe een op, of los lêers hier om hulle te transkribeer.</translation>
    </message>
    <message>
        <source>  Record</source>
        <extracomment>the user wants to record the user wants to choose files to add the user wants to restore a backup</extracomment>
        <translation>  Neem op</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Neem op</translation>
    </message>
    <message>
        <source>Start recording from the microphone (Ctrl+R)</source>
        <translation>Begin opneem met die mikrofoon (Ctrl+R)</translation>
    </message>
    <message>
        <source>  Add files…</source>
        <translation>  Voeg lêers by…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Voeg lêers by…</translation>
    </message>
    <message>
        <source>Choose audio or video files to transcribe (Ctrl+O)</source>
        <translation>Kies oudio- of videolêers om te transkribeer (Ctrl+O)</translation>
    </message>
    <message>
        <source>or drop files anywhere in this window</source>
        <translation>of los lêers enige plek in hierdie venster</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Herstel uit ’n rugsteun…</translation>
    </message>
    <message>
        <source>Get a library back from a backup in S3-compatible storage</source>
        <translation>Kry ’n biblioteek terug uit ’n rugsteun in S3-versoenbare berging</translation>
    </message>
</context>
<context>
    <name>window_backup</name>
    <message>
        <source>Backup failed: {reason}</source>
        <extracomment>library changes that make a new backup worth it</extracomment>
        <translation>Rugsteun het misluk: {reason}</translation>
    </message>
</context>
<context>
    <name>window_jobs</name>
    <message>
        <source>Transcript ready: {name}</source>
        <translation>Transkripsie gereed: {name}</translation>
    </message>
    <message>
        <source>Transcription failed: {name}</source>
        <translation>Transkripsie het misluk: {name}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>Transcript ready</source>
        <translation>Transkripsie gereed</translation>
    </message>
    <message>
        <source>{name} is transcribed.</source>
        <translation>{name} is getranskribeer.</translation>
    </message>
    <message>
        <source>Transcription failed</source>
        <translation>Transkripsie het misluk</translation>
    </message>
    <message>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>Slegs ’n mislukte of gekanselleerde taak kan weer probeer word.</translation>
    </message>
    <message>
        <source>A running job cannot be removed: cancel it first.</source>
        <translation>’n Taak wat loop, kan nie verwyder word nie: kanselleer dit eers.</translation>
    </message>
</context>
<context>
    <name>window_menus</name>
    <message>
        <source>Follow the system</source>
        <extracomment>the theme choices in View → Theme: (setting value, label)</extracomment>
        <translation>Volg die stelsel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lig</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Lêer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Verlaat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Aansig</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Deursoek die biblioteek</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sleutelbordkortpaaie</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Maak die loggids oop</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Maak die datagids oop</translation>
    </message>
    <message>
        <source>About IAM Desktop</source>
        <translation>Meer oor IAM Desktop</translation>
    </message>
    <message>
        <source>Plans and subscription…</source>
        <translation>Planne en intekening…</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>Die gids kon nie oopgemaak word nie: {folder}</translation>
    </message>
</context>
<context>
    <name>window_recording</name>
    <message>
        <source>Record / Stop</source>
        <translation>Neem op / Stop</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>Pouseer / Hervat</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Opname</translation>
    </message>
    <message>
        <source>● Recording {elapsed} — IAM Desktop</source>
        <translation>● Neem op {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Paused {elapsed} — IAM Desktop</source>
        <translation>Gepouseer {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Saving the recording… — IAM Desktop</source>
        <translation>Stoor tans die opname… — IAM Desktop</translation>
    </message>
    <message>
        <source>Starting to record… — IAM Desktop</source>
        <translation>Begin tans opneem… — IAM Desktop</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}) and queued for transcription.</source>
        <translation>“{title}” ({duration}) is gestoor en in die ry vir transkripsie geplaas.</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}).</source>
        <translation>“{title}” ({duration}) is gestoor.</translation>
    </message>
    <message>
        <source>“{title}” ({duration})</source>
        <translation>“{title}” ({duration})</translation>
    </message>
    <message>
        <source>Recovered after an unexpected stop: {names}.</source>
        <translation>Herwin na ’n onverwagte onderbreking: {names}.</translation>
    </message>
</context>
<context>
    <name>window_subscription</name>
    <message>
        <source>Free</source>
        <extracomment>how often the licence is asked of the billing service while the window is open (milliseconds) the scheme of activation links the shipped plans' names (the catalogue's words), translated where they are shown</extracomment>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Besigheid</translation>
    </message>
    <message>
        <source>{plan} is active until {day}.</source>
        <translation>{plan} is aktief tot {day}.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you! {plan} is active on this computer until {day}, with %n cloud minutes a month. It keeps working offline.</source>
        <translation><numerusform>Dankie! {plan} is aktief op hierdie rekenaar tot {day}, met %n wolkminuut per maand. Dit werk steeds vanlyn.</numerusform><numerusform>Dankie! {plan} is aktief op hierdie rekenaar tot {day}, met %n wolkminute per maand. Dit werk steeds vanlyn.</numerusform></translation>
    </message>
    <message>
        <source>Licence activated</source>
        <translation>Lisensie geaktiveer</translation>
    </message>
    <message>
        <source>{reason}

Your current plan is unchanged.</source>
        <translation>{reason}

Jou huidige plan is onveranderd.</translation>
    </message>
    <message>
        <source>Licence not activated</source>
        <translation>Lisensie nie geaktiveer nie</translation>
    </message>
</context>
<context>
    <name>window_toolbar</name>
    <message>
        <source>Add files…</source>
        <translation>Voeg lêers by…</translation>
    </message>
    <message>
        <source>Add audio or video files to transcribe</source>
        <translation>Voeg oudio- of videolêers by om te transkribeer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Voer uit…</translation>
    </message>
    <message>
        <source>Export as text, subtitles, Word or PDF</source>
        <translation>Voer uit as teks, onderskrifte, Word of PDF</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Kopieer transkripsie</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellings…</translation>
    </message>
    <message>
        <source>Library sidebar</source>
        <translation>Biblioteek-kantbalk</translation>
    </message>
    <message>
        <source>Notes panel</source>
        <translation>Notapaneel</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofnutsbalk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeer</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Terugspeel</translation>
    </message>
</context>
<context>
    <name>word_delegate</name>
    <message>
        <source>Unsure ({percent}%)</source>
        <translation>Onseker ({percent}%)</translation>
    </message>
</context>
</TS>