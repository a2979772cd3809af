<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
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
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>the shipped languages, each by its own name (as the Language setting lists them) the locale a language is formatted in when the desktop's own locale speaks another language translators installed by `install_language` (kept alive: Qt does not own them)</extracomment>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
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
        <translation>Runs offline — nothing leaves this computer unless you choose a cloud engine.</translation>
    </message>
    <message>
        <source>Icons: Phosphor</source>
        <extracomment>(what, its licence, where it comes from) for the parts made by others</extracomment>
        <translation>Icons: Phosphor</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>MIT licence</translation>
    </message>
    <message>
        <source>bundled with QtAwesome (MIT)</source>
        <translation>bundled with QtAwesome (MIT)</translation>
    </message>
    <message>
        <source>Speech recognition: Whisper models</source>
        <translation>Speech recognition: Whisper models</translation>
    </message>
    <message>
        <source>run by faster-whisper (MIT)</source>
        <translation>run by faster-whisper (MIT)</translation>
    </message>
    <message>
        <source>Speaker identification: Resemblyzer's voice encoder</source>
        <translation>Speaker identification: Resemblyzer's voice encoder</translation>
    </message>
    <message>
        <source>run in numpy</source>
        <translation>run in numpy</translation>
    </message>
    <message>
        <source>PDF font: DejaVu Sans</source>
        <translation>PDF font: DejaVu Sans</translation>
    </message>
    <message>
        <source>Bitstream Vera licence</source>
        <translation>Bitstream Vera licence</translation>
    </message>
    <message>
        <source>User interface: Qt for Python</source>
        <translation>User interface: Qt for Python</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Records, transcribes, searches and exports speech.</source>
        <translation>Records, transcribes, searches and exports speech.</translation>
    </message>
    <message>
        <source>Made with the help of:</source>
        <translation>Made with the help of:</translation>
    </message>
</context>
<context>
    <name>api_key_page</name>
    <message>
        <source>Using {variable} from the environment (it overrides the key stored in the OS keyring)</source>
        <extracomment>a sentence of a keyring problem that tells the user to set an environment variable or run something</extracomment>
        <translation>Using {variable} from the environment (it overrides the key stored in the OS keyring)</translation>
    </message>
    <message>
        <source>Using {variable} from the environment; the OS keyring cannot be used: {problem}</source>
        <translation>Using {variable} from the environment; the OS keyring cannot be used: {problem}</translation>
    </message>
    <message>
        <source>Using {variable} from the environment</source>
        <translation>Using {variable} from the environment</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so a key cannot be saved: {problem}</source>
        <translation>The OS keyring cannot be used, so a key cannot be saved: {problem}</translation>
    </message>
    <message>
        <source>A key is stored in the OS keyring ({backend})</source>
        <translation>A key is stored in the OS keyring ({backend})</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>No key stored</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>Looking for a stored key…</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI API key</translation>
    </message>
    <message>
        <source>Paste a new OpenAI API key (sk-…)</source>
        <translation>Paste a new OpenAI API key (sk-…)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keep the key entered in the OS keyring</source>
        <translation>Keep the key entered in the OS keyring</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Check the key with one request to the service</source>
        <translation>Check the key with one request to the service</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Delete the stored key from the OS keyring</source>
        <translation>Delete the stored key from the OS keyring</translation>
    </message>
    <message>
        <source>The key is kept in the OS keyring, never in the settings file. Test checks the key you entered, or else the one in use.</source>
        <translation>The key is kept in the OS keyring, never in the settings file. Test checks the key you entered, or else the one in use.</translation>
    </message>
    <message>
        <source>Enter a key first.</source>
        <translation>Enter a key first.</translation>
    </message>
    <message>
        <source>Key saved.</source>
        <translation>Key saved.</translation>
    </message>
    <message>
        <source>there is no key to test: enter one above</source>
        <translation>there is no key to test: enter one above</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Testing the key…</translation>
    </message>
    <message>
        <source>Key works</source>
        <translation>Key works</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>Key removed.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>No key was stored.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The library could not be opened.

{reason}</source>
        <extracomment>modules the window needs soon but not to appear, imported in the background once it is on screen (the first recording's waveform: pyqtgraph and numpy, ~0.3 s) at quit, how long background tasks and the running job get to finish or stop (seconds, each)</extracomment>
        <translation>The library could not be opened.

{reason}</translation>
    </message>
</context>
<context>
    <name>appearance_page</name>
    <message>
        <source>System — follow the desktop's light or dark look</source>
        <extracomment>what each theme is called on the page (English; shown translated)</extracomment>
        <translation>System — follow the desktop's light or dark look</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
</context>
<context>
    <name>backup_form</name>
    <message>
        <source>Other S3-compatible (MinIO, Ceph, a company server)</source>
        <extracomment>the providers' names and hints that are words (backup.target.PROVIDERS, in English: shown through `provider_text`; brand names such as "Amazon S3" stay as they are)</extracomment>
        <translation>Other S3-compatible (MinIO, Ceph, a company server)</translation>
    </message>
    <message>
        <source>Region of the bucket, e.g. eu-central-1.</source>
        <translation>Region of the bucket, e.g. eu-central-1.</translation>
    </message>
    <message>
        <source>Wasabi region, e.g. eu-central-1 (the endpoint s3.&lt;region&gt;.wasabisys.com is used).</source>
        <translation>Wasabi region, e.g. eu-central-1 (the endpoint s3.&lt;region&gt;.wasabisys.com is used).</translation>
    </message>
    <message>
        <source>Spaces region, e.g. ams3, fra1, nyc3.</source>
        <translation>Spaces region, e.g. ams3, fra1, nyc3.</translation>
    </message>
    <message>
        <source>The region in the bucket's S3 endpoint, e.g. eu-central-003.</source>
        <translation>The region in the bucket's S3 endpoint, e.g. eu-central-003.</translation>
    </message>
    <message>
        <source>The account's S3 API address, https://&lt;account id&gt;.r2.cloudflarestorage.com.</source>
        <translation>The account's S3 API address, https://&lt;account id&gt;.r2.cloudflarestorage.com.</translation>
    </message>
    <message>
        <source>The server's address, e.g. https://minio.example.com:9000.</source>
        <translation>The server's address, e.g. https://minio.example.com:9000.</translation>
    </message>
    <message>
        <source>Provider</source>
        <extracomment>something in the form was edited</extracomment>
        <translation>Provider</translation>
    </message>
    <message>
        <source>The storage service that keeps the backups</source>
        <translation>The storage service that keeps the backups</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>the bucket's name</source>
        <translation>the bucket's name</translation>
    </message>
    <message>
        <source>Folder in the bucket</source>
        <translation>Folder in the bucket</translation>
    </message>
    <message>
        <source>empty: the top of the bucket</source>
        <translation>empty: the top of the bucket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Access key ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Secret access key</translation>
    </message>
    <message>
        <source>The secret that goes with the access key ID; it is kept in the OS keyring only</source>
        <translation>The secret that goes with the access key ID; it is kept in the OS keyring only</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Encrypts the backups on this computer; without it nobody can open them</source>
        <translation>Encrypts the backups on this computer; without it nobody can open them</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Folder in the bucket:</source>
        <translation>Folder in the bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>Access key ID:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Secret access key:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>type the passphrase again</source>
        <translation>type the passphrase again</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirm passphrase</translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it was typed as meant</source>
        <translation>The same passphrase again, to be sure it was typed as meant</translation>
    </message>
    <message>
        <source>Confirm passphrase:</source>
        <translation>Confirm passphrase:</translation>
    </message>
    <message>
        <source>Leave empty to use the provider's own.</source>
        <translation>Leave empty to use the provider's own.</translation>
    </message>
    <message>
        <source>paste the secret access key</source>
        <translation>paste the secret access key</translation>
    </message>
    <message>
        <source>at least 8 characters; a few unrelated words are best</source>
        <translation>at least 8 characters; a few unrelated words are best</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>The two passphrases differ: type the same passphrase in both fields.</translation>
    </message>
</context>
<context>
    <name>backup_page</name>
    <message>
        <source>Back up now</source>
        <extracomment>Settings RestorePlan</extracomment>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancel the backup</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>Reads the backup back from the storage and checks it</source>
        <translation>Reads the backup back from the storage and checks it</translation>
    </message>
    <message numerus="yes">
        <source>Check a sample (%n objects, quick)</source>
        <translation><numerusform>Check a sample (%n object, quick)</numerusform><numerusform>Check a sample (%n objects, quick)</numerusform></translation>
    </message>
    <message>
        <source>Check everything (downloads the whole backup)</source>
        <translation>Check everything (downloads the whole backup)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Brings back the library from a backup</source>
        <translation>Brings back the library from a backup</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Backups are not set up yet. Choose where to keep them below and press Save: the first backup starts right after. To bring back a library from a backup, press Restore…</source>
        <translation>Backups are not set up yet. Choose where to keep them below and press Save: the first backup starts right after. To bring back a library from a backup, press Restore…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>Next backup:</source>
        <translation>Next backup:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Last problem:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Checks that the storage can be reached with these keys; nothing is saved.</source>
        <translation>Checks that the storage can be reached with these keys; nothing is saved.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the backup storage</source>
        <translation>Save the backup storage</translation>
    </message>
    <message>
        <source>Check the storage, then keep these settings (secrets in the OS keyring)</source>
        <translation>Check the storage, then keep these settings (secrets in the OS keyring)</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Where backups go</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and the library are encrypted on this computer and kept in a bucket of an S3-compatible storage service. Whoever holds the bucket learns nothing from it.</source>
        <translation>Your recordings, transcripts and the library are encrypted on this computer and kept in a bucket of an S3-compatible storage service. Whoever holds the bucket learns nothing from it.</translation>
    </message>
    <message>
        <source>Back up automatically (after new recordings and transcripts, and daily)</source>
        <translation>Back up automatically (after new recordings and transcripts, and daily)</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <source>Older backups, and what only they need, are removed from the bucket</source>
        <translation>Older backups, and what only they need, are removed from the bucket</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Bandwidth limit in kilobytes per second</source>
        <translation>Bandwidth limit in kilobytes per second</translation>
    </message>
    <message>
        <source>The most a backup may send or receive per second</source>
        <translation>The most a backup may send or receive per second</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Backups to keep:</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>Bandwidth limit:</translation>
    </message>
    <message>
        <source>The backup storage was changed but not saved: press Save on the Backup page to check and keep it, or Cancel to drop the change.</source>
        <translation>The backup storage was changed but not saved: press Save on the Backup page to check and keep it, or Cancel to drop the change.</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so the secrets cannot be saved: {problem}</source>
        <translation>The OS keyring cannot be used, so the secrets cannot be saved: {problem}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Checking the storage and saving…</source>
        <translation>Checking the storage and saving…</translation>
    </message>
    <message>
        <source>The connection works ({checks}).</source>
        <translation>The connection works ({checks}).</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <source>Saved. Backups go to {where}.</source>
        <translation>Saved. Backups go to {where}.</translation>
    </message>
    <message>
        <source>Set up where backups go first: fill in the storage below, then Save.</source>
        <translation>Set up where backups go first: fill in the storage below, then Save.</translation>
    </message>
    <message>
        <source>There is nothing to check: no backup is set up yet.</source>
        <translation>There is nothing to check: no backup is set up yet.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>Starting the backup…</translation>
    </message>
    <message>
        <source>The check of the backup failed: {reason}</source>
        <translation>The check of the backup failed: {reason}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>Cancelled. What was sent is kept; the next backup goes on from there.</source>
        <translation>Cancelled. What was sent is kept; the next backup goes on from there.</translation>
    </message>
    <message>
        <source>Backups are not set up yet.</source>
        <translation>Backups are not set up yet.</translation>
    </message>
    <message>
        <source>{when}: {problem}</source>
        <translation>{when}: {problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>running now</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>backup_texts</name>
    <message>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Backups are encrypted with it on this computer before they are sent. If it is lost, the backup is lost too: nobody, not even IAM Desktop, can recover it.</source>
        <extracomment>the warning shown wherever a passphrase is chosen (English: show it through `translate`)</extracomment>
        <translation>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Backups are encrypted with it on this computer before they are sent. If it is lost, the backup is lost too: nobody, not even IAM Desktop, can recover it.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <extracomment>what each stage of the work is called on the page (English: show it through `translate`)</extracomment>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Removing old backups</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>Stored in the keyring — leave empty to keep it</source>
        <extracomment>how many objects "Check a sample" reads back a placeholder that says a secret is stored (its value is never shown; English: show it through `translate`)</extracomment>
        <translation>Stored in the keyring — leave empty to keep it</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>less than a minute left</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>about {duration} left</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation><numerusform>{done} of %n file</numerusform><numerusform>{done} of %n files</numerusform></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>today at {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>yesterday at {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>tomorrow at {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>Automatic backups are off: back up with Back up now.</source>
        <translation>Automatic backups are off: back up with Back up now.</translation>
    </message>
    <message>
        <source>within a minute</source>
        <translation>within a minute</translation>
    </message>
    <message numerus="yes">
        <source>in about %n minutes, {when}</source>
        <translation><numerusform>in about %n minute, {when}</numerusform><numerusform>in about %n minutes, {when}</numerusform></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>under a second</translation>
    </message>
    <message>
        <source>Backed up: nothing new sent, {total} in the backup; took {took}.</source>
        <translation>Backed up: nothing new sent, {total} in the backup; took {took}.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up: %n new files ({size}) sent, {total} in the backup; took {took}.</source>
        <translation><numerusform>Backed up: %n new file ({size}) sent, {total} in the backup; took {took}.</numerusform><numerusform>Backed up: %n new files ({size}) sent, {total} in the backup; took {took}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n objects ({size})</source>
        <translation><numerusform>%n object ({size})</numerusform><numerusform>%n objects ({size})</numerusform></translation>
    </message>
    <message>
        <source>The backup is fine: {checked} read back and checked.</source>
        <translation>The backup is fine: {checked} read back and checked.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation>
    </message>
    <message>
        <source>The backup has problems ({checked} checked): {shown}{more}.</source>
        <translation>The backup has problems ({checked} checked): {shown}{more}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>backup_worker</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect ({detail}). The details are in the log.</source>
        <extracomment>a task: gets the task's Control, returns its result (on the worker thread) opens the backup set (on the worker thread)</extracomment>
        <translation>Something went wrong that IAM Desktop did not expect ({detail}). The details are in the log.</translation>
    </message>
</context>
<context>
    <name>billing_history_table</name>
    <message>
        <source>Period</source>
        <extracomment>the table shows at most this many rows before it scrolls the invoice's address</extracomment>
        <translation>Period</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Billing history</translation>
    </message>
    <message>
        <source>View invoice</source>
        <translation>View invoice</translation>
    </message>
    <message>
        <source>View the invoice for {period}</source>
        <translation>View the invoice for {period}</translation>
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation>Open the invoice in your browser</translation>
    </message>
</context>
<context>
    <name>cloud_page</name>
    <message>
        <source>{model} — about ${price} per minute</source>
        <translation>{model} — about ${price} per minute</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI API key</translation>
    </message>
    <message>
        <source>Prices are estimates from OpenAI's price list; they may change.</source>
        <translation>Prices are estimates from OpenAI's price list; they may change.</translation>
    </message>
    <message>
        <source>empty: OpenAI (https://api.openai.com/v1)</source>
        <translation>empty: OpenAI (https://api.openai.com/v1)</translation>
    </message>
    <message>
        <source>An OpenAI-compatible address; leave it empty to use OpenAI</source>
        <translation>An OpenAI-compatible address; leave it empty to use OpenAI</translation>
    </message>
    <message>
        <source>Another address was set where the app was started; it is used.</source>
        <translation>Another address was set where the app was started; it is used.</translation>
    </message>
    <message>
        <source>When the cloud cannot be reached, transcribe on this computer instead</source>
        <translation>When the cloud cannot be reached, transcribe on this computer instead</translation>
    </message>
    <message>
        <source>OpenAI model</source>
        <translation>OpenAI model</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Service address:</source>
        <translation>Service address:</translation>
    </message>
    <message>
        <source>The service address must start with http:// or https://.</source>
        <translation>The service address must start with http:// or https://.</translation>
    </message>
</context>
<context>
    <name>crash_notice</name>
    <message>
        <source>IAM Desktop closed unexpectedly</source>
        <translation>IAM Desktop closed unexpectedly</translation>
    </message>
    <message>
        <source>It stopped because of an internal error; the details below say where.</source>
        <translation>It stopped because of an internal error; the details below say where.</translation>
    </message>
    <message>
        <source>It was stopped from outside (killed, logged out, or the computer lost power).</source>
        <translation>It was stopped from outside (killed, logged out, or the computer lost power).</translation>
    </message>
    <message>
        <source>IAM Desktop closed unexpectedly the last time it ran. {cause}

Recordings in progress are recovered into the library and waiting transcriptions resume.</source>
        <translation>IAM Desktop closed unexpectedly the last time it ran. {cause}

Recordings in progress are recovered into the library and waiting transcriptions resume.</translation>
    </message>
</context>
<context>
    <name>damage_notice</name>
    <message>
        <source>The library file is damaged</source>
        <translation>The library file is damaged</translation>
    </message>
    <message>
        <source>IAM Desktop has stopped saving anything into it, so nothing more can be lost, and you can still read what it shows.

“Recover now” closes the app, copies everything that can be read into a new library file (the damaged one is kept beside it) and starts the app again.</source>
        <translation>IAM Desktop has stopped saving anything into it, so nothing more can be lost, and you can still read what it shows.

“Recover now” closes the app, copies everything that can be read into a new library file (the damaged one is kept beside it) and starts the app again.</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Recover now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Recovering the library…</source>
        <translation>Recovering the library…</translation>
    </message>
    <message>
        <source>The library could not be recovered.

{reason}</source>
        <translation>The library could not be recovered.

{reason}</translation>
    </message>
    <message>
        <source>The library was recovered: {recordings} and {transcripts} were saved.

The damaged file is kept as {path}.</source>
        <translation>The library was recovered: {recordings} and {transcripts} were saved.

The damaged file is kept as {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n recording</numerusform><numerusform>%n recordings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n transcript</numerusform><numerusform>%n transcripts</numerusform></translation>
    </message>
</context>
<context>
    <name>drop_overlay</name>
    <message>
        <source>Drop to transcribe</source>
        <translation>Drop to transcribe</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>IAM Desktop — something went wrong</source>
        <translation>IAM Desktop — something went wrong</translation>
    </message>
    <message>
        <source>The log file has more: {path}</source>
        <translation>The log file has more: {path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>No log file could be written.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Something went wrong that IAM Desktop did not expect. Your recordings and transcripts are safe; the app carries on.

{summary}</source>
        <translation>Something went wrong that IAM Desktop did not expect. Your recordings and transcripts are safe; the app carries on.

{summary}</translation>
    </message>
</context>
<context>
    <name>export_actions</name>
    <message>
        <source>There is no transcript yet.</source>
        <translation>There is no transcript yet.</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transcript copied.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Plain text</source>
        <extracomment>what each export format is called in the dialogs (English; translated where shown)</extracomment>
        <translation>Plain text</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>SubRip subtitles</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>WebVTT subtitles</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <extracomment>formats that can leave the timestamps out (subtitles always have timings, JSON has everything) formats that can leave the speakers out formats with timestamps unless asked otherwise (as the export code's default) how many characters the preview shows at most (the file has everything)</extracomment>
        <translation>Export “{title}”</translation>
    </message>
    <message>
        <source>Start each paragraph with its time</source>
        <translation>Start each paragraph with its time</translation>
    </message>
    <message>
        <source>Speaker names</source>
        <translation>Speaker names</translation>
    </message>
    <message numerus="yes">
        <source>%n summaries before the transcript</source>
        <translation><numerusform>%n summary before the transcript</numerusform><numerusform>%n summaries before the transcript</numerusform></translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Preview of the export</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copy transcript</translation>
    </message>
    <message>
        <source>Copy the text, with the chosen timestamps and speakers</source>
        <translation>Copy the text, with the chosen timestamps and speakers</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Include:</translation>
    </message>
    <message>
        <source>Subtitles always have their times</source>
        <translation>Subtitles always have their times</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transcript copied.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Export transcript</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Not exported: {reason}</translation>
    </message>
</context>
<context>
    <name>find_replace</name>
    <message>
        <source>Find in this transcript</source>
        <extracomment>a match: (segment row, character offset in its text)</extracomment>
        <translation>Find in this transcript</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous one, Escape closes.</source>
        <translation>Enter finds the next match, Shift+Enter the previous one, Escape closes.</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Enter replaces the current match and goes to the next one.</source>
        <translation>Enter replaces the current match and goes to the next one.</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Close find and replace</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} of {total}</translation>
    </message>
</context>
<context>
    <name>general_page</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>The language of the window's menus, buttons and messages</source>
        <translation>The language of the window's menus, buttons and messages</translation>
    </message>
    <message>
        <source>The window's language changes the next time IAM Desktop starts.</source>
        <translation>The window's language changes the next time IAM Desktop starts.</translation>
    </message>
    <message>
        <source>Transcribe each recording as soon as it stops</source>
        <translation>Transcribe each recording as soon as it stops</translation>
    </message>
    <message>
        <source>In the transcript of a call, your words (the microphone) are labelled with this name, the other side's (the computer's audio) “Others”.</source>
        <translation>In the transcript of a call, your words (the microphone) are labelled with this name, the other side's (the computer's audio) “Others”.</translation>
    </message>
    <message>
        <source>The language usually spoken in your recordings</source>
        <translation>The language usually spoken in your recordings</translation>
    </message>
    <message>
        <source>Naming the language makes transcription faster and more accurate.</source>
        <translation>Naming the language makes transcription faster and more accurate.</translation>
    </message>
    <message>
        <source>Identify who speaks when</source>
        <translation>Identify who speaks when</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>Find automatically</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n speaker</numerusform><numerusform>%n speakers</numerusform></translation>
    </message>
    <message>
        <source>Done on this computer after transcribing: each voice becomes Speaker 1, Speaker 2… (rename them in the transcript). A recording with one voice gets no labels.</source>
        <translation>Done on this computer after transcribing: each voice becomes Speaker 1, Speaker 2… (rename them in the transcript). A recording with one voice gets no labels.</translation>
    </message>
    <message>
        <source>Send a crash report when the app fails</source>
        <translation>Send a crash report when the app fails</translation>
    </message>
    <message>
        <source>Reports never contain transcripts, titles, file paths or keys. They go only to the server named here (a Sentry-compatible address your organisation gives you).</source>
        <translation>Reports never contain transcripts, titles, file paths or keys. They go only to the server named here (a Sentry-compatible address your organisation gives you).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Recording:</translation>
    </message>
    <message>
        <source>Record from:</source>
        <translation>Record from:</translation>
    </message>
    <message>
        <source>Your name in calls:</source>
        <translation>Your name in calls:</translation>
    </message>
    <message>
        <source>Language spoken:</source>
        <translation>Language spoken:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Speakers:</translation>
    </message>
    <message>
        <source>Number of speakers:</source>
        <translation>Number of speakers:</translation>
    </message>
    <message>
        <source>Crash reports:</source>
        <translation>Crash reports:</translation>
    </message>
    <message>
        <source>Report server:</source>
        <translation>Report server:</translation>
    </message>
</context>
<context>
    <name>import_flow</name>
    <message>
        <source>Audio and video ({patterns});;All files (*)</source>
        <extracomment>the job options of the window's options bar (engine, model, language, task…) (seconds of audio, estimated cost, why the plan refuses them or None) path, reason (nothing) (nothing) the plan does not cover cloud work the user asked for, and they chose to upgrade</extracomment>
        <translation>Audio and video ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Add audio or video files</source>
        <translation>Add audio or video files</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not added: {reason} (and %n more).</source>
        <translation><numerusform>{name} was not added: {reason} (and %n more).</numerusform><numerusform>{name} was not added: {reason} (and %n more).</numerusform></translation>
    </message>
    <message>
        <source>{name} was not added: {reason}.</source>
        <translation>{name} was not added: {reason}.</translation>
    </message>
    <message>
        <source>No audio or video files found in what was dropped.</source>
        <translation>No audio or video files found in what was dropped.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: add your OpenAI key in Settings → Cloud first.</source>
        <translation>Nothing was sent: add your OpenAI key in Settings → Cloud first.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n files for transcription.</source>
        <translation><numerusform>Queued %n file for transcription.</numerusform><numerusform>Queued %n files for transcription.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n recording</numerusform><numerusform>%n recordings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n recordings to be transcribed again.</source>
        <translation><numerusform>Queued %n recording to be transcribed again.</numerusform><numerusform>Queued %n recordings to be transcribed again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Identifying the speakers of %n recordings…</source>
        <translation><numerusform>Identifying the speakers of %n recording…</numerusform><numerusform>Identifying the speakers of %n recordings…</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: choose a plan in Settings → Subscription.</source>
        <translation>Nothing was sent: choose a plan in Settings → Subscription.</translation>
    </message>
    <message>
        <source>Nothing was sent to OpenAI.</source>
        <translation>Nothing was sent to OpenAI.</translation>
    </message>
    <message>
        <source>{what}, {duration} of audio, will be sent to OpenAI ({model}).</source>
        <translation>{what}, {duration} of audio, will be sent to OpenAI ({model}).</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}.</source>
        <translation>Estimated cost: {cost}.</translation>
    </message>
    <message>
        <source>Send to OpenAI?</source>
        <translation>Send to OpenAI?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>jobs_indicator</name>
    <message numerus="yes">
        <source>%n jobs waiting</source>
        <extracomment>the popover's width, and the most height it takes (it scrolls beyond)</extracomment>
        <translation><numerusform>%n job waiting</numerusform><numerusform>%n jobs waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n jobs · {stage}</source>
        <translation><numerusform>%n job · {stage}</numerusform><numerusform>%n jobs · {stage}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Show the jobs</source>
        <translation>Show the jobs</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source>Waiting…</source>
        <extracomment>a job state -&gt; its word (English; shown translated with `status_word`)</extracomment>
        <translation>Waiting…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>the core's stage words (iam_desktop.library.records.STAGE_WORDS), listed for translation</extracomment>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Loading model…</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>Detecting language…</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcribing…</translation>
    </message>
    <message>
        <source>Identifying speakers…</source>
        <translation>Identifying speakers…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Transcribing {done} of {total}</source>
        <translation>Transcribing {done} of {total}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <source>Done — {note}</source>
        <translation>Done — {note}</translation>
    </message>
    <message>
        <source> · almost done</source>
        <translation> · almost done</translation>
    </message>
    <message>
        <source> · {time} left</source>
        <translation> · {time} left</translation>
    </message>
    <message>
        <source>automatic model</source>
        <translation>automatic model</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>job ID job ID job ID</extracomment>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <extracomment>the row's key</extracomment>
        <translation>Not added: {reason}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <extracomment>job ID job ID job ID (nothing)</extracomment>
        <translation>Clear finished</translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation><numerusform>%n to do</numerusform><numerusform>%n to do</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
</context>
<context>
    <name>level_meter</name>
    <message>
        <source>below {level} dBFS</source>
        <extracomment>above this the bar turns yellow, above RED_DBFS red how long the held peak stays before it falls (seconds), and how fast it falls then (dB per second) the CLIP box: pure, saturated red with white text, unlike anything else the meter draws a screen reader hears "the input is clipping" at most this often (seconds) what TrackMeters shows: the microphone's meter, the computer audio's, or both (a call) a call's two meters are this tall each (pixels), so that both fit the height of the bar's row Qt's QWIDGETSIZE_MAX: no maximum</extracomment>
        <translation>below {level} dBFS</translation>
    </message>
    <message>
        <source>{level} dBFS</source>
        <translation>{level} dBFS</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Input level</translation>
    </message>
    <message>
        <source>How loud the input is, from −60 to 0 dBFS; CLIP lights red when it is too loud. The tooltip gives the level in numbers.</source>
        <translation>How loud the input is, from −60 to 0 dBFS; CLIP lights red when it is too loud. The tooltip gives the level in numbers.</translation>
    </message>
    <message>
        <source>The input is clipping: lower the input volume</source>
        <translation>The input is clipping: lower the input volume</translation>
    </message>
    <message>
        <source>Level {rms} (silence); clipping: lower the input volume</source>
        <translation>Level {rms} (silence); clipping: lower the input volume</translation>
    </message>
    <message>
        <source>Level {rms} (silence)</source>
        <translation>Level {rms} (silence)</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak}); clipping: lower the input volume</source>
        <translation>Level {rms} (peak {peak}); clipping: lower the input volume</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak})</source>
        <translation>Level {rms} (peak {peak})</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Computer audio</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <source>Computer audio level</source>
        <translation>Computer audio level</translation>
    </message>
</context>
<context>
    <name>library_delegate</name>
    <message>
        <source>Title</source>
        <extracomment>space around a row's text (px): left and right, above and below space between the title and the grey line (px) space above a day header (px), and under it the rounding of the highlight (px) and its inset from the view's edges</extracomment>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>library_filters</name>
    <message>
        <source>Any time</source>
        <extracomment>date range key -&gt; label (English; shown translated)</extracomment>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Any length</source>
        <extracomment>length range label (English, also the combo's data; shown translated) -&gt; (min seconds, max seconds)</extracomment>
        <translation>Any length</translation>
    </message>
    <message>
        <source>Under 5 min</source>
        <translation>Under 5 min</translation>
    </message>
    <message>
        <source>5 to 30 min</source>
        <translation>5 to 30 min</translation>
    </message>
    <message>
        <source>Over 30 min</source>
        <translation>Over 30 min</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>sort key -&gt; (label (English; shown translated), column, descending)</extracomment>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Title A–Z</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Longest first</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Shortest first</translation>
    </message>
    <message>
        <source>All tags</source>
        <extracomment>the user changed a filter, the sort or the trash toggle</extracomment>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <source>Any engine</source>
        <translation>Any engine</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Show the trash</translation>
    </message>
    <message>
        <source>Show only the recordings in the trash</source>
        <translation>Show only the recordings in the trash</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Filters and sort order</source>
        <translation>Filters and sort order</translation>
    </message>
    <message>
        <source>Filter · {count}</source>
        <translation>Filter · {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n filters on — click to change</source>
        <translation><numerusform>%n filter on — click to change</numerusform><numerusform>%n filters on — click to change</numerusform></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter and sort</source>
        <translation>Filter and sort</translation>
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
        <translation>Edited</translation>
    </message>
    <message>
        <source>In the trash since {when}</source>
        <translation>In the trash since {when}</translation>
    </message>
</context>
<context>
    <name>library_panel</name>
    <message>
        <source>Loading library…</source>
        <extracomment>how long typing must pause before the search runs (milliseconds) how long a notice stays (milliseconds); one offering Undo stays as long as Undo is possible changes arriving within this time are read in one reload (a burst of edits, a bulk action; ms) what the count line says while the list's first rows are being read (the window shows before that; English, shown translated, like the texts below)</extracomment>
        <translation>Loading library…</translation>
    </message>
    <message>
        <source>No recordings match</source>
        <extracomment>what the list says when its filters match nothing (an empty library says nothing: the window shows its welcome card)</extracomment>
        <translation>No recordings match</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>The trash is empty</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <source>Search the library</source>
        <extracomment>recording ID, position in seconds (0.0 for a plain item) list of recording IDs (the window queues them with its transcription options) list of recording IDs, the number of speakers (0: find it) whether the library is empty</extracomment>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search transcripts, titles and notes</source>
        <translation>Search transcripts, titles and notes</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message numerus="yes">
        <source>Recordings in the trash are deleted for good after %n days.</source>
        <translation><numerusform>Recordings in the trash are deleted for good after %n day.</numerusform><numerusform>Recordings in the trash are deleted for good after %n days.</numerusform></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation>Nothing found for “{query}”</translation>
    </message>
    <message numerus="yes">
        <source>%n or more hits for “{query}”</source>
        <translation><numerusform>%n or more hits for “{query}”</numerusform><numerusform>%n or more hits for “{query}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hits for “{query}”</source>
        <translation><numerusform>%n hit for “{query}”</numerusform><numerusform>%n hits for “{query}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation><numerusform>%n in the trash</numerusform><numerusform>%n in the trash</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n recording</numerusform><numerusform>%n recordings</numerusform></translation>
    </message>
    <message>
        <source>The filters apply to the list, not to search results</source>
        <translation>The filters apply to the list, not to search results</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings found</source>
        <translation><numerusform>%n recording found</numerusform><numerusform>%n recordings found</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n recordings to the trash.</source>
        <translation><numerusform>Moved %n recording to the trash.</numerusform><numerusform>Moved %n recordings to the trash.</numerusform></translation>
    </message>
</context>
<context>
    <name>library_rows</name>
    <message>
        <source>Waiting…</source>
        <extracomment>the separator of the grey line's parts a job state -&gt; what the row says (English; shown translated; RUNNING has its own text, with the progress)</extracomment>
        <translation>Waiting…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not transcribed</source>
        <translation>Not transcribed</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Today {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Yesterday {time}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcribing…</translation>
    </message>
    <message>
        <source>Transcribing {percent} %</source>
        <translation>Transcribing {percent} %</translation>
    </message>
    <message>
        <source>transcribed</source>
        <translation>transcribed</translation>
    </message>
</context>
<context>
    <name>licence_dialog</name>
    <message>
        <source>Activate licence</source>
        <extracomment>Licence</extracomment>
        <translation>Activate licence</translation>
    </message>
    <message>
        <source>Paste the licence you received after paying — the long text from the confirmation page or e-mail, or a link that starts with iam-desktop://activate. It is checked on this computer and kept in the system keyring.</source>
        <translation>Paste the licence you received after paying — the long text from the confirmation page or e-mail, or a link that starts with iam-desktop://activate. It is checked on this computer and kept in the system keyring.</translation>
    </message>
    <message>
        <source>Licence or activation link</source>
        <translation>Licence or activation link</translation>
    </message>
    <message>
        <source>eyJhbGciOiJFZERTQSIs…  or  iam-desktop://activate?licence=…</source>
        <translation>eyJhbGciOiJFZERTQSIs…  or  iam-desktop://activate?licence=…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Check the pasted licence and keep it</source>
        <translation>Check the pasted licence and keep it</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translation>Checking the licence…</translation>
    </message>
    <message>
        <source>The licence was not activated: {reason}</source>
        <translation>The licence was not activated: {reason}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Transcript</source>
        <extracomment>Settings now in use (the app hands them to the engines)</extracomment>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Transcript or summary</source>
        <translation>Transcript or summary</translation>
    </message>
    <message>
        <source>IAM Desktop {version} — offline model ready to use</source>
        <translation>IAM Desktop {version} — offline model ready to use</translation>
    </message>
    <message>
        <source>Recording {number}</source>
        <translation>Recording {number}</translation>
    </message>
    <message>
        <source>Not transcribed yet — its progress shows in the list and in the status bar.</source>
        <translation>Not transcribed yet — its progress shows in the list and in the status bar.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
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
        <translation>Languages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Bundled</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>%n language</numerusform><numerusform>%n languages</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>English only</translation>
    </message>
    <message>
        <source>Installed models</source>
        <extracomment>list[ModelSpec]</extracomment>
        <translation>Installed models</translation>
    </message>
    <message>
        <source>Your model folders</source>
        <translation>Your model folders</translation>
    </message>
    <message>
        <source>Folders with CTranslate2 Whisper models, as faster-whisper uses</source>
        <translation>Folders with CTranslate2 Whisper models, as faster-whisper uses</translation>
    </message>
    <message>
        <source>Add model folder…</source>
        <translation>Add model folder…</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Remove folder</translation>
    </message>
    <message>
        <source>Forgets the selected folder; its files stay where they are</source>
        <translation>Forgets the selected folder; its files stay where they are</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>Installed models:</translation>
    </message>
    <message>
        <source>Your model folders (CTranslate2 Whisper models, as faster-whisper uses):</source>
        <translation>Your model folders (CTranslate2 Whisper models, as faster-whisper uses):</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Looking for models…</translation>
    </message>
    <message>
        <source>Choose a folder with a Whisper model</source>
        <translation>Choose a folder with a Whisper model</translation>
    </message>
    <message>
        <source>That folder is already listed.</source>
        <translation>That folder is already listed.</translation>
    </message>
    <message>
        <source>Looking for models in that folder…</source>
        <translation>Looking for models in that folder…</translation>
    </message>
    <message>
        <source>No Whisper model found in that folder ({folder}).</source>
        <translation>No Whisper model found in that folder ({folder}).</translation>
    </message>
    <message>
        <source>The model in that folder is named like one already installed ({names}); rename its folder to use it.</source>
        <translation>The model in that folder is named like one already installed ({names}); rename its folder to use it.</translation>
    </message>
</context>
<context>
    <name>notes_panel</name>
    <message>
        <source>Title</source>
        <extracomment>how long typing must pause before the notes are saved (milliseconds) no arguments</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Notes on this recording…</source>
        <translation>Notes on this recording…</translation>
    </message>
    <message>
        <source>Open a recording to see its notes.</source>
        <translation>Open a recording to see its notes.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Tags saved</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renamed</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect: {message}

Your recordings and transcripts are safe. The details are in the log.</source>
        <extracomment>how long the status bar shows a failure (ms)</extracomment>
        <translation>Something went wrong that IAM Desktop did not expect: {message}

Your recordings and transcripts are safe. The details are in the log.</translation>
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
        <translation>Adding</translation>
    </message>
    <message>
        <source>Files being added</source>
        <translation>Files being added</translation>
    </message>
</context>
<context>
    <name>plan_card</name>
    <message>
        <source>Your plan</source>
        <translation>Your plan</translation>
    </message>
    <message>
        <source>/ month</source>
        <translation>/ month</translation>
    </message>
    <message>
        <source>{price} a month</source>
        <translation>{price} a month</translation>
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
        <translation>Free</translation>
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
        <translation>Everything offline, for as long as you like.</translation>
    </message>
    <message>
        <source>For people who transcribe every week.</source>
        <translation>For people who transcribe every week.</translation>
    </message>
    <message>
        <source>For teams and heavy cloud use.</source>
        <translation>For teams and heavy cloud use.</translation>
    </message>
    <message>
        <source>Record and transcribe on this computer</source>
        <translation>Record and transcribe on this computer</translation>
    </message>
    <message>
        <source>Library, search and export</source>
        <translation>Library, search and export</translation>
    </message>
    <message>
        <source>Manual backups</source>
        <translation>Manual backups</translation>
    </message>
    <message>
        <source>30 cloud minutes a month</source>
        <translation>30 cloud minutes a month</translation>
    </message>
    <message>
        <source>Everything in Free</source>
        <translation>Everything in Free</translation>
    </message>
    <message>
        <source>600 cloud minutes a month</source>
        <translation>600 cloud minutes a month</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Everything in Pro</source>
        <translation>Everything in Pro</translation>
    </message>
    <message>
        <source>3,000 cloud minutes a month</source>
        <translation>3,000 cloud minutes a month</translation>
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
        <translation>Play</translation>
    </message>
    <message>
        <source>Play / pause (Space in the table, Ctrl+Space)</source>
        <translation>Play / pause (Space in the table, Ctrl+Space)</translation>
    </message>
    <message>
        <source>−{seconds} s</source>
        <translation>−{seconds} s</translation>
    </message>
    <message>
        <source>Back {seconds} seconds (Ctrl+Left)</source>
        <translation>Back {seconds} seconds (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Back {seconds} seconds</source>
        <translation>Back {seconds} seconds</translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds (Ctrl+Right)</source>
        <translation>Forward {seconds} seconds (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds</source>
        <translation>Forward {seconds} seconds</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Playback position</translation>
    </message>
    <message>
        <source>The arrow keys move one second, Page Up and Page Down {seconds} seconds.</source>
        <translation>The arrow keys move one second, Page Up and Page Down {seconds} seconds.</translation>
    </message>
    <message>
        <source>Playback speed (the pitch stays the same)</source>
        <translation>Playback speed (the pitch stays the same)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>The pitch stays the same.</source>
        <translation>The pitch stays the same.</translation>
    </message>
    <message>
        <source>Playback is not available.</source>
        <translation>Playback is not available.</translation>
    </message>
    <message>
        <source>Cannot play this recording: {reason}</source>
        <translation>Cannot play this recording: {reason}</translation>
    </message>
    <message>
        <source>Cannot play sound: {reason}</source>
        <translation>Cannot play sound: {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Playing</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>End of the recording</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Playback stopped: {reason}</source>
        <translation>Playback stopped: {reason}</translation>
    </message>
</context>
<context>
    <name>record_panel</name>
    <message>
        <source>Record</source>
        <extracomment>the live view's frame interval (ms): 30 frames a second or more the record button's texts and tooltip (English; shown translated, context "record_panel")</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Start recording (Ctrl+R); press again to stop and save</source>
        <translation>Start recording (Ctrl+R); press again to stop and save</translation>
    </message>
    <message>
        <source>Recording needs a microphone: connect one, or allow this app to use it in the system settings</source>
        <extracomment>why Record is disabled without an input (English: show `translate("record_panel", NO_INPUT_TIP)`)</extracomment>
        <translation>Recording needs a microphone: connect one, or allow this app to use it in the system settings</translation>
    </message>
    <message>
        <source>Recording started</source>
        <extracomment>what a screen reader hears when the recording's state changes (old state, new state) → words</extracomment>
        <translation>Recording started</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Recording paused</translation>
    </message>
    <message>
        <source>Recording resumed</source>
        <translation>Recording resumed</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Recording stopped</translation>
    </message>
    <message>
        <source>The microphone or other input to record from</source>
        <extracomment>str: the input's name str: what to record (a source of iam_desktop.recording.session) str: elapsed time as shown, "" when not recording bool: whether there is an input to record from (False: Record is disabled, NO_INPUT_TIP says why) bool: the user switched "transcribe when stopped" on or off (the window remembers it)</extracomment>
        <translation>The microphone or other input to record from</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the recording (Ctrl+Shift+R)</source>
        <translation>Pause or resume the recording (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Time recorded (pauses not counted)</source>
        <translation>Time recorded (pauses not counted)</translation>
    </message>
    <message>
        <source>Size of the recording on disk so far</source>
        <translation>Size of the recording on disk so far</translation>
    </message>
    <message>
        <source>Transcribe when stopped</source>
        <translation>Transcribe when stopped</translation>
    </message>
    <message>
        <source>Queue the full transcription as soon as a recording is saved</source>
        <translation>Queue the full transcription as soon as a recording is saved</translation>
    </message>
    <message>
        <source>The transcript appears here as you speak.</source>
        <translation>The transcript appears here as you speak.</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Live transcript</translation>
    </message>
    <message>
        <source>What is being said, transcribed roughly while you record</source>
        <translation>What is being said, transcribed roughly while you record</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <translation>Recording notice</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Input:</translation>
    </message>
    <message>
        <source>“{name}” is not connected; the default input is used</source>
        <translation>“{name}” is not connected; the default input is used</translation>
    </message>
    <message>
        <source>Above the line the microphone, below it the computer's audio</source>
        <translation>Above the line the microphone, below it the computer's audio</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overflows: audio was lost</source>
        <translation><numerusform>⚠ %n overflow: audio was lost</numerusform><numerusform>⚠ %n overflows: audio was lost</numerusform></translation>
    </message>
    <message>
        <source>The computer was too busy to take all the audio in time</source>
        <translation>The computer was too busy to take all the audio in time</translation>
    </message>
    <message>
        <source>[live transcript stopped: {reason}]</source>
        <translation>[live transcript stopped: {reason}]</translation>
    </message>
</context>
<context>
    <name>recording_actions</name>
    <message>
        <source>Rename</source>
        <extracomment>how long "Undo" stays offered after moving recordings to the trash (milliseconds) message text list of recording IDs moved to the trash list of recording IDs list of recording IDs, the number of speakers (0: find it) recording ID (only with notes_in_panel) how long Undo stays offered after a move to the trash (milliseconds) the tag names the library has (offered while typing tags; kept up to date by the panel) starts editing the current title in place; False where it cannot (then a dialog asks) Notes… asks for the notes side panel (`notes_requested`) instead of a dialog</extracomment>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notes…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Tags…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Export selected…</translation>
    </message>
    <message>
        <source>Transcribe again</source>
        <translation>Transcribe again</translation>
    </message>
    <message>
        <source>Identify speakers</source>
        <translation>Identify speakers</translation>
    </message>
    <message>
        <source>Label who speaks when, without transcribing again</source>
        <translation>Label who speaks when, without transcribing again</translation>
    </message>
    <message>
        <source>Find how many</source>
        <translation>Find how many</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n speaker</numerusform><numerusform>%n speakers</numerusform></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Empty trash…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Bring back the recordings just moved to the trash</source>
        <translation>Bring back the recordings just moved to the trash</translation>
    </message>
    <message>
        <source>Rename recording</source>
        <translation>Rename recording</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes on “{title}”:</source>
        <translation>Notes on “{title}”:</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Tags, separated by commas:</translation>
    </message>
    <message numerus="yes">
        <source>Tags all %n recordings carry, separated by commas
(names added here go on every one; names taken out come off every one):</source>
        <translation><numerusform>Tags all %n recordings carry, separated by commas
(names added here go on every one; names taken out come off every one):</numerusform><numerusform>Tags all %n recordings carry, separated by commas
(names added here go on every one; names taken out come off every one):</numerusform></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Export %n transcripts as:</source>
        <translation><numerusform>Export %n transcript as:</numerusform><numerusform>Export %n transcripts as:</numerusform></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Empty trash</translation>
    </message>
    <message>
        <source>Delete every recording in the trash for good, with its transcript and audio?
This cannot be undone.</source>
        <translation>Delete every recording in the trash for good, with its transcript and audio?
This cannot be undone.</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>Renamed to “{title}”.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notes saved.</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Tags saved.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transcripts to {folder}.</source>
        <translation><numerusform>Exported %n transcript to {folder}.</numerusform><numerusform>Exported %n transcripts to {folder}.</numerusform></translation>
    </message>
    <message>
        <source>Not exported: {problems}</source>
        <translation>Not exported: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n recordings.</source>
        <translation><numerusform>Restored %n recording.</numerusform><numerusform>Restored %n recordings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n recordings for good.</source>
        <translation><numerusform>Deleted %n recording for good.</numerusform><numerusform>Deleted %n recordings for good.</numerusform></translation>
    </message>
</context>
<context>
    <name>recording_controller</name>
    <message>
        <source>The recording was saved, but its transcription could not be queued: {reason}</source>
        <extracomment>the controller's states builds the engine the live preview uses, for a language (None: detect) a session that started, and what the user should know about how (an input replaced, the computer's audio left out of a call) what a stop gives back: how the recorder ended, the saved capture (None: nothing recorded), and a problem queueing its transcription (None: queued, or not wanted) str: the new state PreviewState PreviewState (the computer's audio in a call) SavedCapture str: what went wrong str list[SavedCapture] list[InputDevice]</extracomment>
        <translation>The recording was saved, but its transcription could not be queued: {reason}</translation>
    </message>
    <message>
        <source>Interrupted recordings could not be saved: {reason}</source>
        <translation>Interrupted recordings could not be saved: {reason}</translation>
    </message>
    <message>
        <source>The input “{name}” is not connected; recording from “{device}” instead.</source>
        <translation>The input “{name}” is not connected; recording from “{device}” instead.</translation>
    </message>
    <message>
        <source>Recording could not start: {reason}</source>
        <translation>Recording could not start: {reason}</translation>
    </message>
    <message>
        <source>The recording stopped.</source>
        <translation>The recording stopped.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Nothing was recorded.</translation>
    </message>
    <message>
        <source>{reason}. Saved as “{title}” ({duration}).</source>
        <translation>{reason}. Saved as “{title}” ({duration}).</translation>
    </message>
    <message>
        <source>The recording could not be saved: {reason}</source>
        <translation>The recording could not be saved: {reason}</translation>
    </message>
    <message>
        <source>The computer's audio cannot be recorded ({reason}): recording the microphone alone.</source>
        <translation>The computer's audio cannot be recorded ({reason}): recording the microphone alone.</translation>
    </message>
</context>
<context>
    <name>recording_page</name>
    <message>
        <source>No microphone found</source>
        <translation>No microphone found</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>System default ({name})</source>
        <translation>System default ({name})</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (not connected)</translation>
    </message>
    <message>
        <source>Built-in Audio</source>
        <translation>Built-in Audio</translation>
    </message>
    <message>
        <source>Built-in Audio ({part})</source>
        <translation>Built-in Audio ({part})</translation>
    </message>
    <message>
        <source>{server} sound server</source>
        <translation>{server} sound server</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>List the inputs again, after plugging a microphone in</source>
        <translation>List the inputs again, after plugging a microphone in</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microphone:</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>Looking for microphones…</translation>
    </message>
    <message>
        <source>No microphone found. Connect one, then choose Look again.</source>
        <translation>No microphone found. Connect one, then choose Look again.</translation>
    </message>
    <message>
        <source>The microphones cannot be listed: the computer's audio system is not available.</source>
        <translation>The microphones cannot be listed: the computer's audio system is not available.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>Backed up</source>
        <extracomment>the snapshot list's columns (English: shown through `translate`)</extracomment>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <extracomment>Restored RestorePlan</extracomment>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>&lt;b&gt;The passphrase the backup was made with.&lt;/b&gt; The backup cannot be opened without it.</source>
        <translation>&lt;b&gt;The passphrase the backup was made with.&lt;/b&gt; The backup cannot be opened without it.</translation>
    </message>
    <message>
        <source>the storage's secret access key</source>
        <translation>the storage's secret access key</translation>
    </message>
    <message>
        <source>the backup's passphrase</source>
        <translation>the backup's passphrase</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with; it opens the backup</source>
        <translation>The passphrase the backup was made with; it opens the backup</translation>
    </message>
    <message>
        <source>Enter where your backup is kept, the storage's keys and the backup's passphrase. They are kept on this computer once the library is restored.</source>
        <translation>Enter where your backup is kept, the storage's keys and the backup's passphrase. They are kept on this computer once the library is restored.</translation>
    </message>
    <message>
        <source>Show backups</source>
        <translation>Show backups</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Choose the backup to restore; the newest is chosen first</source>
        <translation>Choose the backup to restore; the newest is chosen first</translation>
    </message>
    <message>
        <source>Restoring brings back the library and every recording of the chosen backup. Each file is checked before anything on this computer changes. A library already here is kept beside the restored one, never deleted.</source>
        <translation>Restoring brings back the library and every recording of the chosen backup. Each file is checked before anything on this computer changes. A library already here is kept beside the restored one, never deleted.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to where the backup is kept</source>
        <translation>Back to where the backup is kept</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restores the backup chosen in the list</source>
        <translation>Restores the backup chosen in the list</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Cancel restore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Restoring the backup of {date}.</source>
        <translation>Restoring the backup of {date}.</translation>
    </message>
    <message>
        <source>the saved storage</source>
        <translation>the saved storage</translation>
    </message>
    <message>
        <source>enter the storage's secret access key</source>
        <translation>enter the storage's secret access key</translation>
    </message>
    <message>
        <source>enter the backup's passphrase</source>
        <translation>enter the backup's passphrase</translation>
    </message>
    <message>
        <source>Backups in {where}:</source>
        <translation>Backups in {where}:</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Opening the backup…</translation>
    </message>
    <message>
        <source>{date} — cannot be read</source>
        <translation>{date} — cannot be read</translation>
    </message>
    <message>
        <source>{date}  (newest)</source>
        <translation>{date}  (newest)</translation>
    </message>
    <message numerus="yes">
        <source>%n backups found.</source>
        <translation><numerusform>%n backup found.</numerusform><numerusform>%n backups found.</numerusform></translation>
    </message>
    <message>
        <source>None of the backups can be read. Run Verify on the Backup page to see why.</source>
        <translation>None of the backups can be read. Run Verify on the Backup page to see why.</translation>
    </message>
    <message>
        <source>There is no backup here yet: check the bucket and the folder in it.</source>
        <translation>There is no backup here yet: check the bucket and the folder in it.</translation>
    </message>
    <message>
        <source>Looking at the library on this computer…</source>
        <translation>Looking at the library on this computer…</translation>
    </message>
    <message>
        <source>The library on this computer cannot be read.</source>
        <translation>The library on this computer cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>The library on this computer holds %n recordings.</source>
        <translation><numerusform>The library on this computer holds %n recording.</numerusform><numerusform>The library on this computer holds %n recordings.</numerusform></translation>
    </message>
    <message>
        <source>Replace the library?</source>
        <translation>Replace the library?</translation>
    </message>
    <message>
        <source>Restoring replaces it with the backup of {date}. The current library file is kept beside the restored one (library.sqlite3.before-restore-…), so it can be brought back by hand; recordings added since that backup are not in the restored library.</source>
        <translation>Restoring replaces it with the backup of {date}. The current library file is kept beside the restored one (library.sqlite3.before-restore-…), so it can be brought back by hand; recordings added since that backup are not in the restored library.</translation>
    </message>
    <message>
        <source>Replace the library</source>
        <translation>Replace the library</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>Starting the restore…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Restored the backup of {date}: {recordings} and {transcripts}, every file checked.</source>
        <translation>Restored the backup of {date}: {recordings} and {transcripts}, every file checked.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n recording</numerusform><numerusform>%n recordings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n transcript</numerusform><numerusform>%n transcripts</numerusform></translation>
    </message>
    <message>
        <source>Backups are not set up on this computer yet: {problem} Set them up in Settings → Backup.</source>
        <translation>Backups are not set up on this computer yet: {problem} Set them up in Settings → Backup.</translation>
    </message>
    <message>
        <source>The restore failed: {reason}</source>
        <translation>The restore failed: {reason}</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing on this computer was changed.</source>
        <translation>The restore was cancelled; nothing on this computer was changed.</translation>
    </message>
</context>
<context>
    <name>search_hits</name>
    <message>
        <source>in the title</source>
        <extracomment>hits read at a time where a hit that is not in the transcript was found (English; shown translated)</extracomment>
        <translation>in the title</translation>
    </message>
    <message>
        <source>in the notes</source>
        <translation>in the notes</translation>
    </message>
    <message>
        <source>in a summary</source>
        <translation>in a summary</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>at {time}</translation>
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
        <translation>Segment text</translation>
    </message>
    <message>
        <source>Enter saves, Escape cancels, Ctrl+K splits the segment at the cursor.</source>
        <translation>Enter saves, Escape cancels, Ctrl+K splits the segment at the cursor.</translation>
    </message>
</context>
<context>
    <name>segment_table</name>
    <message>
        <source>Transcript</source>
        <extracomment>the margin left of the times: room for the accent bar of the playing segment the speaker filter that shows the segments nobody is named for the speaker's bar at the margin's right edge: its width and its distance from the edge</extracomment>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Enter or F2 edits a segment, Space plays or pauses, Ctrl+Enter plays from its start.</source>
        <translation>Enter or F2 edits a segment, Space plays or pauses, Ctrl+Enter plays from its start.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>General</source>
        <extracomment>each page's name (English, shown translated) and its icon in the list (names of iam_desktop.ui.icons)</extracomment>
        <translation>General</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <source>Watch folders</source>
        <translation>Watch folders</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
</context>
<context>
    <name>shortcuts_dialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>source_picker</name>
    <message>
        <source>Microphone</source>
        <extracomment>each source's name and what it does (English; shown translated, context "source_picker"), and its glyph</extracomment>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Record the microphone: dictation, a talk, a meeting in a room</source>
        <translation>Record the microphone: dictation, a talk, a meeting in a room</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Computer audio</translation>
    </message>
    <message>
        <source>Record what the computer plays (a video, a webinar), not the microphone</source>
        <translation>Record what the computer plays (a video, a webinar), not the microphone</translation>
    </message>
    <message>
        <source>Both (call)</source>
        <translation>Both (call)</translation>
    </message>
    <message>
        <source>Record a call: your microphone and the computer's audio, transcribed as you and the others</source>
        <translation>Record a call: your microphone and the computer's audio, transcribed as you and the others</translation>
    </message>
    <message>
        <source>Record from</source>
        <translation>Record from</translation>
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
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Each speaker's talk time and share. Choose a speaker (arrow keys) to show only their segments; the context menu renames a speaker or merges it into another.</source>
        <translation>Each speaker's talk time and share. Choose a speaker (arrow keys) to show only their segments; the context menu renames a speaker or merges it into another.</translation>
    </message>
    <message>
        <source>Show every speaker's segments</source>
        <translation>Show every speaker's segments</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>All speakers</translation>
    </message>
    <message numerus="yes">
        <source>All speakers: %n speakers, {time} of talk</source>
        <translation><numerusform>All speakers: %n speaker, {time} of talk</numerusform><numerusform>All speakers: %n speakers, {time} of talk</numerusform></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>No speaker</translation>
    </message>
    <message>
        <source>{time} · {percent}</source>
        <translation>{time} · {percent}</translation>
    </message>
    <message>
        <source>{speaker}: {time}, {percent} of the talk</source>
        <translation>{speaker}: {time}, {percent} of the talk</translation>
    </message>
    <message>
        <source>Show only {speaker}'s segments (right-click to rename or merge)</source>
        <translation>Show only {speaker}'s segments (right-click to rename or merge)</translation>
    </message>
    <message>
        <source>Show only the segments nobody is named for</source>
        <translation>Show only the segments nobody is named for</translation>
    </message>
    <message>
        <source>Rename {speaker}…</source>
        <translation>Rename {speaker}…</translation>
    </message>
    <message>
        <source>Merge {speaker} into</source>
        <translation>Merge {speaker} into</translation>
    </message>
</context>
<context>
    <name>storage_page</name>
    <message>
        <source>Adding up…</source>
        <translation>Adding up…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Show the data folder in the file manager</translation>
    </message>
    <message>
        <source>The library holds your recordings' audio, their transcripts and notes: back it up with the rest of your files.</source>
        <translation>The library holds your recordings' audio, their transcripts and notes: back it up with the rest of your files.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The size could not be added up: {reason}</source>
        <translation>The size could not be added up: {reason}</translation>
    </message>
    <message>
        <source>No program to show folders with was found.</source>
        <translation>No program to show folders with was found.</translation>
    </message>
</context>
<context>
    <name>subscription_page</name>
    <message>
        <source>Active</source>
        <extracomment>the state pill of the current plan: its words and colour, by Entitlement.state</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Offline grace</source>
        <translation>Offline grace</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>YOUR PLAN</source>
        <extracomment>the usage bar turns to the warning colour from this fraction of the allowance Entitlement</extracomment>
        <translation>YOUR PLAN</translation>
    </message>
    <message>
        <source>Reading your licence…</source>
        <translation>Reading your licence…</translation>
    </message>
    <message>
        <source>Manage subscription</source>
        <translation>Manage subscription</translation>
    </message>
    <message>
        <source>Open the payment provider's customer portal in your browser: cancel, change the card, see invoices</source>
        <translation>Open the payment provider's customer portal in your browser: cancel, change the card, see invoices</translation>
    </message>
    <message>
        <source>Activate licence…</source>
        <translation>Activate licence…</translation>
    </message>
    <message>
        <source>Paste a licence you received after paying</source>
        <translation>Paste a licence you received after paying</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Fetch your licence from the billing service</source>
        <translation>Fetch your licence from the billing service</translation>
    </message>
    <message>
        <source>Read the stored licence and the minutes used again</source>
        <translation>Read the stored licence and the minutes used again</translation>
    </message>
    <message>
        <source>Cloud minutes used this month</source>
        <translation>Cloud minutes used this month</translation>
    </message>
    <message>
        <source>The address the payment provider sends your receipt and licence to; kept in the system keyring</source>
        <translation>The address the payment provider sends your receipt and licence to; kept in the system keyring</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Pay with</translation>
    </message>
    <message>
        <source>The payment provider, and the currency of the prices below</source>
        <translation>The payment provider, and the currency of the prices below</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No payments yet. Each period you pay for is listed here, with its invoice.</source>
        <translation>No payments yet. Each period you pay for is listed here, with its invoice.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Cloud minutes this month</source>
        <translation>Cloud minutes this month</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Billing history</translation>
    </message>
    <message>
        <source>This period: {period}</source>
        <translation>This period: {period}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} payment page…</source>
        <translation>Asking for the {gateway} payment page…</translation>
    </message>
    <message>
        <source>The {gateway} payment page for {plan} is open in your browser. {next_step}</source>
        <translation>The {gateway} payment page for {plan} is open in your browser. {next_step}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} customer portal…</source>
        <translation>Asking for the {gateway} customer portal…</translation>
    </message>
    <message>
        <source>The {gateway} customer portal is open in your browser.</source>
        <translation>The {gateway} customer portal is open in your browser.</translation>
    </message>
    <message>
        <source>The invoice is open in your browser.</source>
        <translation>The invoice is open in your browser.</translation>
    </message>
    <message>
        <source>Asking the billing service for your licence…</source>
        <translation>Asking the billing service for your licence…</translation>
    </message>
    <message>
        <source>Licence activated: you are on {plan}. Thank you!</source>
        <translation>Licence activated: you are on {plan}. Thank you!</translation>
    </message>
    <message>
        <source>The address to open is not a valid web address, so it was not opened.</source>
        <translation>The address to open is not a valid web address, so it was not opened.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Make sure a web browser is set as the default, then try again.</source>
        <translation>The browser could not be opened. Make sure a web browser is set as the default, then try again.</translation>
    </message>
    <message>
        <source>When the payment is through, press Refresh.</source>
        <translation>When the payment is through, press Refresh.</translation>
    </message>
    <message>
        <source>When the payment is through, paste the licence you receive with Activate licence…</source>
        <translation>When the payment is through, paste the licence you receive with Activate licence…</translation>
    </message>
</context>
<context>
    <name>subscription_texts</name>
    <message>
        <source>Stripe — card, USD</source>
        <extracomment>the gateway choice's labels, by gateway id, in the order offered (PayGate's and Stitch's are a brand and a currency code: the same in every language)</extracomment>
        <translation>Stripe — card, USD</translation>
    </message>
    <message>
        <source>The licence is up to date.</source>
        <extracomment>the symbol an amount is shown with, by currency code (others show their code) the billing core's refresh messages that are always the same words (shown translated)</extracomment>
        <translation>The licence is up to date.</translation>
    </message>
    <message>
        <source>The billing service has no licence for this installation yet: once a payment goes through, refresh again.</source>
        <translation>The billing service has no licence for this installation yet: once a payment goes through, refresh again.</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Current plan</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Subscribe</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Change plan</translation>
    </message>
    <message>
        <source>You are on the {plan} plan</source>
        <translation>You are on the {plan} plan</translation>
    </message>
    <message>
        <source>Opens {gateway}'s customer portal in your browser, where you can change or cancel your subscription</source>
        <translation>Opens {gateway}'s customer portal in your browser, where you can change or cancel your subscription</translation>
    </message>
    <message>
        <source>Opens {gateway}'s payment page for {plan} in your browser</source>
        <translation>Opens {gateway}'s payment page for {plan} in your browser</translation>
    </message>
    <message>
        <source>Renews {day}</source>
        <translation>Renews {day}</translation>
    </message>
    <message>
        <source>Offline grace until {day}: go online to refresh the licence, or renew</source>
        <translation>Offline grace until {day}: go online to refresh the licence, or renew</translation>
    </message>
    <message>
        <source>Your {plan} licence ended on {day}: renew to keep {plan}</source>
        <translation>Your {plan} licence ended on {day}: renew to keep {plan}</translation>
    </message>
    <message>
        <source>Licence refreshed: {plan} until {day}.</source>
        <translation>Licence refreshed: {plan} until {day}.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %n cloud minutes used this month</source>
        <translation><numerusform>{used} of %n cloud minute used this month</numerusform><numerusform>{used} of %n cloud minutes used this month</numerusform></translation>
    </message>
    <message>
        <source>None left</source>
        <translation>None left</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left</source>
        <translation><numerusform>%n minute left</numerusform><numerusform>%n minutes left</numerusform></translation>
    </message>
    <message>
        <source>{left} · the count starts again on {day}</source>
        <translation>{left} · the count starts again on {day}</translation>
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
        <translation>Focus on… (optional: what the summary should pay attention to)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop making this summary (Esc)</source>
        <translation>Stop making this summary (Esc)</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Add key…</translation>
    </message>
    <message>
        <source>Add an OpenAI key in Settings → Cloud</source>
        <translation>Add an OpenAI key in Settings → Cloud</translation>
    </message>
    <message>
        <source>Summaries of this recording</source>
        <translation>Summaries of this recording</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Out of date</translation>
    </message>
    <message>
        <source>The transcript changed after this summary was made: generate it again</source>
        <translation>The transcript changed after this summary was made: generate it again</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the summary as plain text</source>
        <translation>Copy the summary as plain text</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the summary, or export it with the transcript</source>
        <translation>Save the summary, or export it with the transcript</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Save as text…</translation>
    </message>
    <message>
        <source>Export with the transcript…</source>
        <translation>Export with the transcript…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Correct the summary's text</source>
        <translation>Correct the summary's text</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this summary</source>
        <translation>Delete this summary</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Enter shows the transcript at the chapter's start</source>
        <translation>Enter shows the transcript at the chapter's start</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Summary text</translation>
    </message>
    <message>
        <source>Open a recording to summarise it.</source>
        <translation>Open a recording to summarise it.</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Make:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>Instruction:</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Summaries</translation>
    </message>
    <message>
        <source>Out of date: the transcript changed after this summary was made</source>
        <translation>Out of date: the transcript changed after this summary was made</translation>
    </message>
    <message>
        <source>No summary yet: choose what to make and press Generate.</source>
        <translation>No summary yet: choose what to make and press Generate.</translation>
    </message>
    <message>
        <source>Not transcribed yet: a summary needs the transcript.</source>
        <translation>Not transcribed yet: a summary needs the transcript.</translation>
    </message>
    <message>
        <source>No OpenAI key: an offline summary (sentences from the transcript)</source>
        <translation>No OpenAI key: an offline summary (sentences from the transcript)</translation>
    </message>
    <message>
        <source>Offline: sentences from the transcript, made on this computer</source>
        <translation>Offline: sentences from the transcript, made on this computer</translation>
    </message>
    <message>
        <source>Estimating the cost with {model}…</source>
        <translation>Estimating the cost with {model}…</translation>
    </message>
    <message>
        <source>The cost with {model} could not be estimated</source>
        <translation>The cost with {model} could not be estimated</translation>
    </message>
    <message>
        <source>Making: {preset}…</source>
        <translation>Making: {preset}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>OpenAI could not be reached: this is an offline summary.</source>
        <translation>OpenAI could not be reached: this is an offline summary.</translation>
    </message>
    <message>
        <source>{preset} ready</source>
        <translation>{preset} ready</translation>
    </message>
    <message>
        <source>Cancelled: no summary was stored.</source>
        <translation>Cancelled: no summary was stored.</translation>
    </message>
    <message>
        <source>There is no transcript to summarise yet: transcribe the recording first.</source>
        <translation>There is no transcript to summarise yet: transcribe the recording first.</translation>
    </message>
    <message>
        <source>No OpenAI key is set: add one in Settings → Cloud, or choose Offline.</source>
        <translation>No OpenAI key is set: add one in Settings → Cloud, or choose Offline.</translation>
    </message>
    <message>
        <source>The summary could not be made: {reason}</source>
        <translation>The summary could not be made: {reason}</translation>
    </message>
    <message>
        <source>The summary could not be made: something went wrong that IAM Desktop did not expect.</source>
        <translation>The summary could not be made: something went wrong that IAM Desktop did not expect.</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Summary copied.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Plain text (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>Export with the transcript</source>
        <translation>Export with the transcript</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Delete summary?</source>
        <translation>Delete summary?</translation>
    </message>
    <message>
        <source>Delete this summary ({made})? This cannot be undone.</source>
        <translation>Delete this summary ({made})? This cannot be undone.</translation>
    </message>
    <message>
        <source>Summary deleted.</source>
        <translation>Summary deleted.</translation>
    </message>
</context>
<context>
    <name>summary_texts</name>
    <message>
        <source>Summary</source>
        <extracomment>the presets as the window names them (English; translated where shown), in PRESETS' order</extracomment>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Key points</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Offline summary</source>
        <extracomment>a moment in a summary's text: [m:ss] or [h:mm:ss] (also m:ss–m:ss ranges' first part) the scheme of the links that seek ("seek:754.0") a heading marked as Markdown writes one ("## Decisions", "**Decisions**") a line longer than this is never taken for a heading how a line of a list starts the space a blank line leaves between two paragraphs (pixels)</extracomment>
        <translation>Offline summary</translation>
    </message>
    <message>
        <source>OpenAI ({model})</source>
        <translation>OpenAI ({model})</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Out of date</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>“{instruction}”</source>
        <translation>“{instruction}”</translation>
    </message>
    <message>
        <source>Less than {cost} with {model}</source>
        <extracomment>the smallest amount the estimate names ("Less than $0.001")</extracomment>
        <translation>Less than {cost} with {model}</translation>
    </message>
    <message>
        <source>About {cost} with {model}</source>
        <translation>About {cost} with {model}</translation>
    </message>
</context>
<context>
    <name>tags_editor</name>
    <message>
        <source>Add tags, separated by commas</source>
        <extracomment>list of tag names</extracomment>
        <translation>Add tags, separated by commas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags separated by commas; suggestions appear while you type</source>
        <translation>Tags separated by commas; suggestions appear while you type</translation>
    </message>
</context>
<context>
    <name>transcribe_options</name>
    <message>
        <source>Offline (this computer)</source>
        <extracomment>each engine's name in the pickers (English; shown with `engine_label`)</extracomment>
        <translation>Offline (this computer)</translation>
    </message>
    <message>
        <source>OpenAI (cloud)</source>
        <translation>OpenAI (cloud)</translation>
    </message>
    <message>
        <source>OpenAI needs an API key, and the system keyring is locked or unavailable</source>
        <extracomment>the speaker counts the picker lists (more can be set in the settings file)</extracomment>
        <translation>OpenAI needs an API key, and the system keyring is locked or unavailable</translation>
    </message>
    <message>
        <source>OpenAI needs an API key</source>
        <translation>OpenAI needs an API key</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>(nothing)</extracomment>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Translate to English</translation>
    </message>
    <message>
        <source>No speakers</source>
        <translation>No speakers</translation>
    </message>
    <message>
        <source>Speakers: auto</source>
        <translation>Speakers: auto</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n speaker</numerusform><numerusform>%n speakers</numerusform></translation>
    </message>
    <message>
        <source>Label who speaks when (Speaker 1, Speaker 2…), offline, after transcribing</source>
        <translation>Label who speaks when (Speaker 1, Speaker 2…), offline, after transcribing</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Add key…</translation>
    </message>
    <message>
        <source>Open Settings to add an OpenAI API key</source>
        <translation>Open Settings to add an OpenAI API key</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>The language spoken in the files you transcribe next</source>
        <translation>The language spoken in the files you transcribe next</translation>
    </message>
    <message>
        <source>Write the transcript in English, whatever language is spoken</source>
        <translation>Write the transcript in English, whatever language is spoken</translation>
    </message>
</context>
<context>
    <name>transcript_editing</name>
    <message>
        <source>One moment: {reason}</source>
        <translation>One moment: {reason}</translation>
    </message>
    <message>
        <source>the original transcript is being restored.</source>
        <translation>the original transcript is being restored.</translation>
    </message>
    <message>
        <source>Restore original</source>
        <translation>Restore original</translation>
    </message>
    <message>
        <source>reloading the transcript after an edit that was not saved.</source>
        <translation>reloading the transcript after an edit that was not saved.</translation>
    </message>
</context>
<context>
    <name>transcript_find</name>
    <message numerus="yes">
        <source>%n matches</source>
        <extracomment>how long the find field must be left alone before the number of matches is announced</extracomment>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} of {total}</translation>
    </message>
    <message>
        <source>Match {current} of {total}: {text}</source>
        <translation>Match {current} of {total}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation><numerusform>Replaced %n</numerusform><numerusform>Replaced %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replacements</source>
        <translation><numerusform>%n replacement</numerusform><numerusform>%n replacements</numerusform></translation>
    </message>
</context>
<context>
    <name>transcript_model</name>
    <message>
        <source>Time</source>
        <extracomment>the columns' headers, in English (translated where shown)</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
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
        <translation>{start} – {end}: click to play from here</translation>
    </message>
</context>
<context>
    <name>transcript_playalong</name>
    <message>
        <source>Unsure word {current} of {total}: “{word}” ({percent}%)</source>
        <translation>Unsure word {current} of {total}: “{word}” ({percent}%)</translation>
    </message>
    <message>
        <source>Back at the end — {message}</source>
        <translation>Back at the end — {message}</translation>
    </message>
    <message>
        <source>Back at the top — {message}</source>
        <translation>Back at the top — {message}</translation>
    </message>
    <message>
        <source>{message} — Space plays, F2 corrects.</source>
        <translation>{message} — Space plays, F2 corrects.</translation>
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
        <translation>Drop audio or video files here, or use “Add files…”.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Undo {edit}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Redo {edit}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&lt;i&gt;edited&lt;/i&gt; (the original is kept)</source>
        <translation>&lt;i&gt;edited&lt;/i&gt; (the original is kept)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsure words</source>
        <translation><numerusform>%n unsure word</numerusform><numerusform>%n unsure words</numerusform></translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <translation>No speech was found in this recording.</translation>
    </message>
    <message>
        <source>{language} (detected, {percent}%)</source>
        <translation>{language} (detected, {percent}%)</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>This segment has only one word: there is nowhere to split it.</source>
        <translation>This segment has only one word: there is nowhere to split it.</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>Split segment</translation>
    </message>
    <message>
        <source>Split at the text cursor while editing, else at the middle word</source>
        <translation>Split at the text cursor while editing, else at the middle word</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Merge with next</translation>
    </message>
    <message>
        <source>Start {seconds} s earlier</source>
        <translation>Start {seconds} s earlier</translation>
    </message>
    <message>
        <source>Start {seconds} s later</source>
        <translation>Start {seconds} s later</translation>
    </message>
    <message>
        <source>End {seconds} s earlier</source>
        <translation>End {seconds} s earlier</translation>
    </message>
    <message>
        <source>End {seconds} s later</source>
        <translation>End {seconds} s later</translation>
    </message>
    <message>
        <source>Set speaker…</source>
        <translation>Set speaker…</translation>
    </message>
    <message>
        <source>Rename speaker…</source>
        <translation>Rename speaker…</translation>
    </message>
    <message>
        <source>Merge speaker into…</source>
        <translation>Merge speaker into…</translation>
    </message>
    <message>
        <source>Show all speakers</source>
        <translation>Show all speakers</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Find and replace…</translation>
    </message>
    <message>
        <source>Next unsure word</source>
        <translation>Next unsure word</translation>
    </message>
    <message>
        <source>Go to the next word the engine was unsure of (underlined)</source>
        <translation>Go to the next word the engine was unsure of (underlined)</translation>
    </message>
    <message>
        <source>Previous unsure word</source>
        <translation>Previous unsure word</translation>
    </message>
    <message>
        <source>Restore original transcript…</source>
        <translation>Restore original transcript…</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Play from here</translation>
    </message>
    <message>
        <source>Back {seconds} s</source>
        <translation>Back {seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} s</source>
        <translation>Forward {seconds} s</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>Merge segments</translation>
    </message>
    <message>
        <source>Nudge segment</source>
        <translation>Nudge segment</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Set speaker</translation>
    </message>
    <message>
        <source>Who speaks here? (empty: nobody named)</source>
        <translation>Who speaks here? (empty: nobody named)</translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation>Rename speaker</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <source>New name for {speaker}:</source>
        <translation>New name for {speaker}:</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Merge speakers</translation>
    </message>
    <message>
        <source>Merge this speaker:</source>
        <translation>Merge this speaker:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Into:</translation>
    </message>
    <message>
        <source>{speaker} merged into {other}.</source>
        <translation>{speaker} merged into {other}.</translation>
    </message>
    <message>
        <source>Restore original transcript</source>
        <translation>Restore original transcript</translation>
    </message>
    <message>
        <source>Discard your edits of this transcript and go back to the original one?
(Edit ▸ Undo brings them back.)</source>
        <translation>Discard your edits of this transcript and go back to the original one?
(Edit ▸ Undo brings them back.)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrences of “{text}”.</source>
        <translation><numerusform>Replaced %n occurrence of “{text}”.</numerusform><numerusform>Replaced %n occurrences of “{text}”.</numerusform></translation>
    </message>
    <message>
        <source>No unsure words in this transcript.</source>
        <translation>No unsure words in this transcript.</translation>
    </message>
</context>
<context>
    <name>transcription_page</name>
    <message>
        <source>Automatic (tiny.en for English, base otherwise)</source>
        <extracomment>the offline model picker's first entry (English; shown translated)</extracomment>
        <translation>Automatic (tiny.en for English, base otherwise)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>%n language</numerusform><numerusform>%n languages</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>English only</translation>
    </message>
    <message>
        <source>{model} ({languages})</source>
        <translation>{model} ({languages})</translation>
    </message>
    <message>
        <source>Offline transcription never sends audio anywhere. The cloud engine (OpenAI) needs a key: see Cloud.</source>
        <translation>Offline transcription never sends audio anywhere. The cloud engine (OpenAI) needs a key: see Cloud.</translation>
    </message>
    <message>
        <source>Long recordings are transcribed in pieces of about this length, cut at pauses; an interrupted transcription goes on from its last finished piece.</source>
        <translation>Long recordings are transcribed in pieces of about this length, cut at pauses; an interrupted transcription goes on from its last finished piece.</translation>
    </message>
    <message>
        <source>Default engine:</source>
        <translation>Default engine:</translation>
    </message>
    <message>
        <source>Offline model:</source>
        <translation>Offline model:</translation>
    </message>
    <message>
        <source>Piece length:</source>
        <translation>Piece length:</translation>
    </message>
    <message>
        <source>{model} (not found)</source>
        <translation>{model} (not found)</translation>
    </message>
</context>
<context>
    <name>upgrade_prompt</name>
    <message>
        <source>Not enough cloud minutes left this month</source>
        <extracomment>the prompt's first line, by what stopped the work (its message follows, with the numbers and a plan)</extracomment>
        <translation>Not enough cloud minutes left this month</translation>
    </message>
    <message>
        <source>Not in your plan</source>
        <translation>Not in your plan</translation>
    </message>
    <message>
        <source>Upgrade…</source>
        <translation>Upgrade…</translation>
    </message>
    <message>
        <source>Show the plans on the Subscription page</source>
        <translation>Show the plans on the Subscription page</translation>
    </message>
    <message>
        <source>Transcribe on this computer</source>
        <translation>Transcribe on this computer</translation>
    </message>
</context>
<context>
    <name>usage_chart</name>
    <message>
        <source>Cloud minutes per day this month</source>
        <extracomment>the plot's height (px)</extracomment>
        <translation>Cloud minutes per day this month</translation>
    </message>
    <message>
        <source>Minutes of cloud transcription per day. Your plan has no cloud minutes.</source>
        <translation>Minutes of cloud transcription per day. Your plan has no cloud minutes.</translation>
    </message>
    <message numerus="yes">
        <source>Minutes of cloud transcription per day. Dashed line: {pace} a day uses your %n minutes by the end of the month.</source>
        <translation><numerusform>Minutes of cloud transcription per day. Dashed line: {pace} a day uses your %n minute by the end of the month.</numerusform><numerusform>Minutes of cloud transcription per day. Dashed line: {pace} a day uses your %n minutes by the end of the month.</numerusform></translation>
    </message>
    <message>
        <source>No cloud minutes used yet this month.</source>
        <translation>No cloud minutes used yet this month.</translation>
    </message>
    <message>
        <source>The busiest day was {day}: {duration}.</source>
        <translation>The busiest day was {day}: {duration}.</translation>
    </message>
    <message>
        <source>about half a minute</source>
        <translation>about half a minute</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>less than a minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>vocabulary_page</name>
    <message>
        <source>Names, places and jargon the transcription should spell right. Used by the offline model and the cloud, for every new transcription.</source>
        <extracomment>what the page is for (English: shown through `translate`)</extracomment>
        <translation>Names, places and jargon the transcription should spell right. Used by the offline model and the cloud, for every new transcription.</translation>
    </message>
    <message>
        <source>No terms yet.</source>
        <translation>No terms yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n terms.</source>
        <translation><numerusform>%n term.</numerusform><numerusform>%n terms.</numerusform></translation>
    </message>
    <message>
        <source>New term</source>
        <translation>New term</translation>
    </message>
    <message>
        <source>One term or several separated by commas; Enter adds them</source>
        <translation>One term or several separated by commas; Enter adds them</translation>
    </message>
    <message>
        <source>Add terms, separated by commas: Gqeberha, Mbombela, Nkosazana</source>
        <translation>Add terms, separated by commas: Gqeberha, Mbombela, Nkosazana</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Adds the terms typed</source>
        <translation>Adds the terms typed</translation>
    </message>
    <message>
        <source>Vocabulary terms</source>
        <translation>Vocabulary terms</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Remove the selected terms ({shortcut})</source>
        <translation>Remove the selected terms ({shortcut})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Removed {terms}.</source>
        <translation>Removed {terms}.</translation>
    </message>
    <message>
        <source>Added {terms}.</source>
        <translation>Added {terms}.</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Already in the list.</translation>
    </message>
    <message>
        <source> (at most {count})</source>
        <translation> (at most {count})</translation>
    </message>
</context>
<context>
    <name>watch_bridge</name>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}); export failed: {error}.</source>
        <extracomment>milliseconds between two scans while the window is open</extracomment>
        <translation>Watch folders: {name} transcribed and exported ({formats}); export failed: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}).</source>
        <translation>Watch folders: {name} transcribed and exported ({formats}).</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed; export failed: {error}.</source>
        <translation>Watch folders: {name} transcribed; export failed: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed.</source>
        <translation>Watch folders: {name} transcribed.</translation>
    </message>
    <message>
        <source>Watch folders: queued {names}.</source>
        <translation>Watch folders: queued {names}.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}.</source>
        <translation>Watch folders: {problem}.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}</source>
        <translation>Watch folders: {problem}</translation>
    </message>
</context>
<context>
    <name>watch_folders_page</name>
    <message>
        <source>New audio and video files in these folders (and their sub-folders) are transcribed with the offline model once they are completely copied — each content only once — and exported as chosen, while the app is open.</source>
        <extracomment>what the page is for</extracomment>
        <translation>New audio and video files in these folders (and their sub-folders) are transcribed with the offline model once they are completely copied — each content only once — and exported as chosen, while the app is open.</translation>
    </message>
    <message>
        <source>Folder</source>
        <extracomment>the table's columns</extracomment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>next to the file</source>
        <extracomment>where the exports go without an export folder</extracomment>
        <translation>next to the file</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Watched folders</translation>
    </message>
    <message>
        <source>Select a folder to see and change its export options below</source>
        <translation>Select a folder to see and change its export options below</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>Watches a folder, with the export options chosen below</source>
        <translation>Watches a folder, with the export options chosen below</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Stop watching the selected folder</source>
        <translation>Stop watching the selected folder</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Export {format}</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Choose the export folder…</source>
        <translation>Choose the export folder…</translation>
    </message>
    <message>
        <source>Next to the file</source>
        <translation>Next to the file</translation>
    </message>
    <message>
        <source>Export next to each file</source>
        <translation>Export next to each file</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Export to:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Choose a folder to watch</source>
        <translation>Choose a folder to watch</translation>
    </message>
    <message>
        <source>Watching {path}.</source>
        <translation>Watching {path}.</translation>
    </message>
    <message>
        <source>No longer watching {path}.</source>
        <translation>No longer watching {path}.</translation>
    </message>
    <message>
        <source>Choose the folder the exports go to</source>
        <translation>Choose the folder the exports go to</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n watched.</source>
        <translation><numerusform>%n watched.</numerusform><numerusform>%n watched.</numerusform></translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>No folder is watched.</translation>
    </message>
</context>
<context>
    <name>waveform_overview</name>
    <message>
        <source>Click or drag to play from there</source>
        <extracomment>the widget's height (px): compact, like a scrubber the vertical layout in plot units: the wave spans -1…1; over it a strip for the unsure words' ticks and the search hits' triangles, under it a strip for the speaker bands (when there are any) the size (px) of a search hit's triangle the level the wave is scaled to fill: this quantile of its buckets' peaks (a single click stays small)</extracomment>
        <translation>Click or drag to play from there</translation>
    </message>
    <message>
        <source>Waveform overview</source>
        <extracomment>(seconds) where the user clicked, or dragged to (several while dragging)</extracomment>
        <translation>Waveform overview</translation>
    </message>
    <message>
        <source>The whole recording's sound at a glance, with the playhead, search matches and speakers; click or drag to play from there (from the keyboard, use the player's position slider)</source>
        <translation>The whole recording's sound at a glance, with the playhead, search matches and speakers; click or drag to play from there (from the keyboard, use the player's position slider)</translation>
    </message>
    <message>
        <source>this recording has no audio file</source>
        <translation>this recording has no audio file</translation>
    </message>
    <message>
        <source>No waveform: {reason}</source>
        <translation>No waveform: {reason}</translation>
    </message>
</context>
<context>
    <name>waveform_view</name>
    <message>
        <source>Recording waveform</source>
        <extracomment>the waveform colour needs at least this luminance difference from the background, else the text colour</extracomment>
        <translation>Recording waveform</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded</source>
        <translation>A picture of the sound of the last seconds recorded</translation>
    </message>
    <message>
        <source>Mic</source>
        <translation>Mic</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded: the microphone above the line, the computer's audio below it</source>
        <translation>A picture of the sound of the last seconds recorded: the microphone above the line, the computer's audio below it</translation>
    </message>
</context>
<context>
    <name>welcome_card</name>
    <message>
        <source>Runs offline — nothing leaves this computer unless you choose a cloud engine.</source>
        <translation>Runs offline — nothing leaves this computer unless you choose a cloud engine.</translation>
    </message>
    <message>
        <source>Welcome to IAM Desktop</source>
        <translation>Welcome to IAM Desktop</translation>
    </message>
    <message>
        <source>Record an interview, a lecture or a meeting, or drop audio and video files here to transcribe them.</source>
        <translation>Record an interview, a lecture or a meeting, or drop audio and video files here to transcribe them.</translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation>No recording open</translation>
    </message>
    <message>
        <source>Pick a recording in the list, record a new one, or drop files here to transcribe them.</source>
        <extracomment>the card's width, and how narrow it may get in a narrow window (pixels)</extracomment>
        <translation>Pick a recording in the list, record a new one, or drop files here to transcribe them.</translation>
    </message>
    <message>
        <source>  Record</source>
        <extracomment>the user wants to record the user wants to choose files to add the user wants to restore a backup</extracomment>
        <translation>  Record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Start recording from the microphone (Ctrl+R)</source>
        <translation>Start recording from the microphone (Ctrl+R)</translation>
    </message>
    <message>
        <source>  Add files…</source>
        <translation>  Add files…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Choose audio or video files to transcribe (Ctrl+O)</source>
        <translation>Choose audio or video files to transcribe (Ctrl+O)</translation>
    </message>
    <message>
        <source>or drop files anywhere in this window</source>
        <translation>or drop files anywhere in this window</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Get a library back from a backup in S3-compatible storage</source>
        <translation>Get a library back from a backup in S3-compatible storage</translation>
    </message>
</context>
<context>
    <name>window_backup</name>
    <message>
        <source>Backup failed: {reason}</source>
        <extracomment>library changes that make a new backup worth it</extracomment>
        <translation>Backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>window_jobs</name>
    <message>
        <source>Transcript ready: {name}</source>
        <translation>Transcript ready: {name}</translation>
    </message>
    <message>
        <source>Transcription failed: {name}</source>
        <translation>Transcription failed: {name}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>Transcript ready</source>
        <translation>Transcript ready</translation>
    </message>
    <message>
        <source>{name} is transcribed.</source>
        <translation>{name} is transcribed.</translation>
    </message>
    <message>
        <source>Transcription failed</source>
        <translation>Transcription failed</translation>
    </message>
    <message>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>Only a failed or cancelled job can be retried.</translation>
    </message>
    <message>
        <source>A running job cannot be removed: cancel it first.</source>
        <translation>A running job cannot be removed: cancel it first.</translation>
    </message>
</context>
<context>
    <name>window_menus</name>
    <message>
        <source>Follow the system</source>
        <extracomment>the theme choices in View → Theme: (setting value, label)</extracomment>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>About IAM Desktop</source>
        <translation>About IAM Desktop</translation>
    </message>
    <message>
        <source>Plans and subscription…</source>
        <translation>Plans and subscription…</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>The folder could not be opened: {folder}</translation>
    </message>
</context>
<context>
    <name>window_recording</name>
    <message>
        <source>Record / Stop</source>
        <translation>Record / Stop</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>Pause / Resume</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>● Recording {elapsed} — IAM Desktop</source>
        <translation>● Recording {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Paused {elapsed} — IAM Desktop</source>
        <translation>Paused {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Saving the recording… — IAM Desktop</source>
        <translation>Saving the recording… — IAM Desktop</translation>
    </message>
    <message>
        <source>Starting to record… — IAM Desktop</source>
        <translation>Starting to record… — IAM Desktop</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}) and queued for transcription.</source>
        <translation>Saved “{title}” ({duration}) and queued for transcription.</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}).</source>
        <translation>Saved “{title}” ({duration}).</translation>
    </message>
    <message>
        <source>“{title}” ({duration})</source>
        <translation>“{title}” ({duration})</translation>
    </message>
    <message>
        <source>Recovered after an unexpected stop: {names}.</source>
        <translation>Recovered after an unexpected stop: {names}.</translation>
    </message>
</context>
<context>
    <name>window_subscription</name>
    <message>
        <source>Free</source>
        <extracomment>how often the licence is asked of the billing service while the window is open (milliseconds) the scheme of activation links the shipped plans' names (the catalogue's words), translated where they are shown</extracomment>
        <translation>Free</translation>
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
        <translation>{plan} is active until {day}.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you! {plan} is active on this computer until {day}, with %n cloud minutes a month. It keeps working offline.</source>
        <translation><numerusform>Thank you! {plan} is active on this computer until {day}, with %n cloud minute a month. It keeps working offline.</numerusform><numerusform>Thank you! {plan} is active on this computer until {day}, with %n cloud minutes a month. It keeps working offline.</numerusform></translation>
    </message>
    <message>
        <source>Licence activated</source>
        <translation>Licence activated</translation>
    </message>
    <message>
        <source>{reason}

Your current plan is unchanged.</source>
        <translation>{reason}

Your current plan is unchanged.</translation>
    </message>
    <message>
        <source>Licence not activated</source>
        <translation>Licence not activated</translation>
    </message>
</context>
<context>
    <name>window_toolbar</name>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Add audio or video files to transcribe</source>
        <translation>Add audio or video files to transcribe</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export as text, subtitles, Word or PDF</source>
        <translation>Export as text, subtitles, Word or PDF</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copy transcript</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Library sidebar</source>
        <translation>Library sidebar</translation>
    </message>
    <message>
        <source>Notes panel</source>
        <translation>Notes panel</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
</context>
<context>
    <name>word_delegate</name>
    <message>
        <source>Unsure ({percent}%)</source>
        <translation>Unsure ({percent}%)</translation>
    </message>
</context>
</TS>