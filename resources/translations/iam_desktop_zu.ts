<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zu" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Ifolda</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ifayela</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Idrayivu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Akwaziwa</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Bheka ku:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>I&amp;gama lefayela:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Amafayela ohlobo:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Vula</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Londoloza</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Khetha</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Vula</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Londoloza njenge</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Thola ifolda</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Emuva</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Phambili</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ifolda engaphezulu</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Dala ifolda entsha</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Ukubuka kohlu</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Ukubuka imininingwane</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Buyela emuva</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Iya phambili</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Iya efoldeni engaphezulu</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Dala ifolda entsha</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Shintshela ekubukeni kohlu</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Shintshela ekubukeni imininingwane</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Ibha eseceleni</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Izindawo zakamuva</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Wonke amafayela (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Amafolda</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Ifolda:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ifolda entsha</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ifolda &amp;entsha</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Susa</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Qamba ka&amp;busha</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Bonisa amafayela a&amp;fihliwe</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Uqinisekile ukuthi ufuna ukususa '%1'?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>'%1' sekuvele kukhona.
Ufuna ukukushintsha?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Ifayela alitholakalanga.
Sicela uqinisekise ukuthi kunikezwe igama lefayela elilungile.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Ifolda ayitholakalanga.
Sicela uqinisekise ukuthi kunikezwe igama lefolda elilungile.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Igama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Usayizi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Uhlobo</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Usuku lokushintshwa</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hlehlisa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yenza futhi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Sik&amp;a</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopisha</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Namathisela</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Susa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Khetha konke</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Bonisa imininingwane...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Fihla imininingwane...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Kulungile</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Londoloza</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Londoloza konke</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Vula</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yebo</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yebo kuk&amp;ho konke</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Cha</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Cha kukho k&amp;onke</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Yekisa</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Zama futhi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ziba</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Vala</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Khansela</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Lahla</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Usizo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Sebenzisa</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Setha kabusha</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Buyisela okuzenzakalelayo</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hlehlisa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yenza futhi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Sik&amp;a</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopisha</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Namathisela</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Susa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Khetha konke</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopisha indawo yesi&amp;xhumanisi</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>the shipped languages, each by its own name (as the Language setting lists them) the locale a language is formatted in when the desktop's own locale speaks another language translators installed by `install_language` (kept alive: Qt does not own them)</extracomment>
        <translation><numerusform>%n ibhayithi</numerusform><numerusform>%n amabhayithi</numerusform></translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} imiz.</translation>
    </message>
    <message>
        <source>{count} h</source>
        <translation>{count} amah.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} amah. {minutes} imiz.</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>Runs offline — nothing leaves this computer unless you choose a cloud engine.</source>
        <extracomment>the one line on privacy (as the welcome card says it)</extracomment>
        <translation>Isebenza ngaphandle kwe-inthanethi — akukho okuphuma kule khompyutha ngaphandle uma ukhetha injini yefu.</translation>
    </message>
    <message>
        <source>Icons: Phosphor</source>
        <extracomment>(what, its licence, where it comes from) for the parts made by others</extracomment>
        <translation>Izithonjana: Phosphor</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>Ilayisensi ye-MIT</translation>
    </message>
    <message>
        <source>bundled with QtAwesome (MIT)</source>
        <translation>kufakwe ne-QtAwesome (MIT)</translation>
    </message>
    <message>
        <source>Speech recognition: Whisper models</source>
        <translation>Ukubona inkulumo: amamodeli e-Whisper</translation>
    </message>
    <message>
        <source>run by faster-whisper (MIT)</source>
        <translation>kusetshenziswa yi-faster-whisper (MIT)</translation>
    </message>
    <message>
        <source>Speaker identification: Resemblyzer's voice encoder</source>
        <translation>Ukuhlonza izikhulumi: isifaki-khodi sezwi se-Resemblyzer</translation>
    </message>
    <message>
        <source>run in numpy</source>
        <translation>kuqhutshwa ku-numpy</translation>
    </message>
    <message>
        <source>PDF font: DejaVu Sans</source>
        <translation>Ifonti ye-PDF: DejaVu Sans</translation>
    </message>
    <message>
        <source>Bitstream Vera licence</source>
        <translation>Ilayisensi ye-Bitstream Vera</translation>
    </message>
    <message>
        <source>User interface: Qt for Python</source>
        <translation>Isixhumi sabasebenzisi: Qt for Python</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Mayelana ne-{app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Inguqulo {version}</translation>
    </message>
    <message>
        <source>Records, transcribes, searches and exports speech.</source>
        <translation>Iqopha, ibhale phansi, isesha futhi ikhiphe inkulumo.</translation>
    </message>
    <message>
        <source>Made with the help of:</source>
        <translation>Kwenziwe ngosizo lwe:</translation>
    </message>
</context>
<context>
    <name>api_key_page</name>
    <message>
        <source>Using {variable} from the environment (it overrides the key stored in the OS keyring)</source>
        <extracomment>a sentence of a keyring problem that tells the user to set an environment variable or run something</extracomment>
        <translation>Kusetshenziswa i-{variable} evela endaweni yokusebenza (yeqa ukhiye ogcinwe kusikhwama sezikhiye sohlelo)</translation>
    </message>
    <message>
        <source>Using {variable} from the environment; the OS keyring cannot be used: {problem}</source>
        <translation>Kusetshenziswa i-{variable} evela endaweni yokusebenza; isikhwama sezikhiye sohlelo asikwazi ukusetshenziswa: {problem}</translation>
    </message>
    <message>
        <source>Using {variable} from the environment</source>
        <translation>Kusetshenziswa i-{variable} evela endaweni yokusebenza</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so a key cannot be saved: {problem}</source>
        <translation>Isikhwama sezikhiye sohlelo asikwazi ukusetshenziswa, ngakho ukhiye awukwazi ukulondolozwa: {problem}</translation>
    </message>
    <message>
        <source>A key is stored in the OS keyring ({backend})</source>
        <translation>Ukhiye ugcinwe kusikhwama sezikhiye sohlelo ({backend})</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>Akukho khiye ogciniwe</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>Kufunwa ukhiye ogciniwe…</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Ukhiye we-API we-OpenAI</translation>
    </message>
    <message>
        <source>Paste a new OpenAI API key (sk-…)</source>
        <translation>Namathisela ukhiye omusha we-API we-OpenAI (sk-…)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Londoloza</translation>
    </message>
    <message>
        <source>Keep the key entered in the OS keyring</source>
        <translation>Gcina ukhiye ofakiwe kusikhwama sezikhiye sohlelo</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Hlola</translation>
    </message>
    <message>
        <source>Check the key with one request to the service</source>
        <translation>Hlola ukhiye ngesicelo esisodwa kusevisi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Susa</translation>
    </message>
    <message>
        <source>Delete the stored key from the OS keyring</source>
        <translation>Susa ukhiye ogciniwe esikhwameni sezikhiye sohlelo</translation>
    </message>
    <message>
        <source>The key is kept in the OS keyring, never in the settings file. Test checks the key you entered, or else the one in use.</source>
        <translation>Ukhiye ugcinwa esikhwameni sezikhiye sohlelo, hhayi kufayela lezilungiselelo. Hlola ihlola ukhiye owufakile, noma lowo osetshenziswayo.</translation>
    </message>
    <message>
        <source>Enter a key first.</source>
        <translation>Faka ukhiye kuqala.</translation>
    </message>
    <message>
        <source>Key saved.</source>
        <translation>Ukhiye ulondoloziwe.</translation>
    </message>
    <message>
        <source>there is no key to test: enter one above</source>
        <translation>akukho khiye wokuhlola: faka owodwa ngenhla</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Kuhlolwa ukhiye…</translation>
    </message>
    <message>
        <source>Key works</source>
        <translation>Ukhiye uyasebenza</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>Ukhiye ususiwe.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>Bekungekho khiye ogciniwe.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The library could not be opened.

{reason}</source>
        <extracomment>modules the window needs soon but not to appear, imported in the background once it is on screen (the first recording's waveform: pyqtgraph and numpy, ~0.3 s) at quit, how long background tasks and the running job get to finish or stop (seconds, each)</extracomment>
        <translation>Umtapo wezincwadi awukwazanga ukuvulwa.

{reason}</translation>
    </message>
</context>
<context>
    <name>appearance_page</name>
    <message>
        <source>System — follow the desktop's light or dark look</source>
        <extracomment>what each theme is called on the page (English; shown translated)</extracomment>
        <translation>Isistimu — landela ukubukeka okukhanyayo noma okumnyama kwedeskithophu</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Okukhanyayo</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Okumnyama</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Itimu:</translation>
    </message>
</context>
<context>
    <name>backup_form</name>
    <message>
        <source>Other S3-compatible (MinIO, Ceph, a company server)</source>
        <extracomment>the providers' names and hints that are words (backup.target.PROVIDERS, in English: shown through `provider_text`; brand names such as "Amazon S3" stay as they are)</extracomment>
        <translation>Okunye okuhambisana ne-S3 (MinIO, Ceph, iseva yenkampani)</translation>
    </message>
    <message>
        <source>Region of the bucket, e.g. eu-central-1.</source>
        <translation>Isifunda se-bucket, isib. eu-central-1.</translation>
    </message>
    <message>
        <source>Wasabi region, e.g. eu-central-1 (the endpoint s3.&lt;region&gt;.wasabisys.com is used).</source>
        <translation>Isifunda se-Wasabi, isib. eu-central-1 (kusetshenziswa i-endpoint s3.&lt;region&gt;.wasabisys.com).</translation>
    </message>
    <message>
        <source>Spaces region, e.g. ams3, fra1, nyc3.</source>
        <translation>Isifunda se-Spaces, isib. ams3, fra1, nyc3.</translation>
    </message>
    <message>
        <source>The region in the bucket's S3 endpoint, e.g. eu-central-003.</source>
        <translation>Isifunda esikwi-endpoint ye-S3 ye-bucket, isib. eu-central-003.</translation>
    </message>
    <message>
        <source>The account's S3 API address, https://&lt;account id&gt;.r2.cloudflarestorage.com.</source>
        <translation>Ikheli le-S3 API le-akhawunti, https://&lt;account id&gt;.r2.cloudflarestorage.com.</translation>
    </message>
    <message>
        <source>The server's address, e.g. https://minio.example.com:9000.</source>
        <translation>Ikheli leseva, isib. https://minio.example.com:9000.</translation>
    </message>
    <message>
        <source>Provider</source>
        <extracomment>something in the form was edited</extracomment>
        <translation>Umhlinzeki</translation>
    </message>
    <message>
        <source>The storage service that keeps the backups</source>
        <translation>Isevisi yokugcina egcina izipele</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>I-bucket</translation>
    </message>
    <message>
        <source>the bucket's name</source>
        <translation>igama le-bucket</translation>
    </message>
    <message>
        <source>Folder in the bucket</source>
        <translation>Ifolda ku-bucket</translation>
    </message>
    <message>
        <source>empty: the top of the bucket</source>
        <translation>akunalutho: phezulu ku-bucket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Isifunda</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Ikheli leseva</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>I-ID yokhiye wokufinyelela</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Ukhiye oyimfihlo wokufinyelela</translation>
    </message>
    <message>
        <source>The secret that goes with the access key ID; it is kept in the OS keyring only</source>
        <translation>Imfihlo ehambisana ne-ID yokhiye wokufinyelela; igcinwa kuphela endaweni yokhiye yesistimu yokusebenza</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Umushwana oyimfihlo</translation>
    </message>
    <message>
        <source>Encrypts the backups on this computer; without it nobody can open them</source>
        <translation>Ibethela izipele kule khompyutha; ngaphandle kwawo akekho ongazivula</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Umhlinzeki:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>I-bucket:</translation>
    </message>
    <message>
        <source>Folder in the bucket:</source>
        <translation>Ifolda ku-bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Isifunda:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Ikheli leseva:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>I-ID yokhiye wokufinyelela:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Ukhiye oyimfihlo wokufinyelela:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Umushwana oyimfihlo:</translation>
    </message>
    <message>
        <source>type the passphrase again</source>
        <translation>thayipha umushwana oyimfihlo futhi</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Qinisekisa umushwana oyimfihlo</translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it was typed as meant</source>
        <translation>Umushwana oyimfihlo ofanayo futhi, ukuze kuqinisekiswe ukuthi uthayiphwe njengoba bekuhlosiwe</translation>
    </message>
    <message>
        <source>Confirm passphrase:</source>
        <translation>Qinisekisa umushwana oyimfihlo:</translation>
    </message>
    <message>
        <source>Leave empty to use the provider's own.</source>
        <translation>Shiya kungenalutho ukuze usebenzise okomhlinzeki.</translation>
    </message>
    <message>
        <source>paste the secret access key</source>
        <translation>namathisela ukhiye oyimfihlo wokufinyelela</translation>
    </message>
    <message>
        <source>at least 8 characters; a few unrelated words are best</source>
        <translation>okungenani izinhlamvu ezi-8; amagama ambalwa angahlobene angcono kakhulu</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>Imishwana emibili eyimfihlo ayifani: thayipha umushwana ofanayo kuzo zombili izinkambu.</translation>
    </message>
</context>
<context>
    <name>backup_page</name>
    <message>
        <source>Back up now</source>
        <extracomment>Settings RestorePlan</extracomment>
        <translation>Yenza isipele manje</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Misa okwesikhashana</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Khansela</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Khansela isipele</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Qinisekisa…</translation>
    </message>
    <message>
        <source>Reads the backup back from the storage and checks it</source>
        <translation>Ifunda isipele sibuya endaweni yokugcina bese isihlola</translation>
    </message>
    <message numerus="yes">
        <source>Check a sample (%n objects, quick)</source>
        <translation><numerusform>Hlola isampula (into e-%n, ngokushesha)</numerusform><numerusform>Hlola isampula (izinto ezingu-%n, ngokushesha)</numerusform></translation>
    </message>
    <message>
        <source>Check everything (downloads the whole backup)</source>
        <translation>Hlola konke (ilanda isipele sonke)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Buyisela…</translation>
    </message>
    <message>
        <source>Brings back the library from a backup</source>
        <translation>Ibuyisela umtapo usuka esipeleni</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Inqubekelaphambili</translation>
    </message>
    <message>
        <source>Backups are not set up yet. Choose where to keep them below and press Save: the first backup starts right after. To bring back a library from a backup, press Restore…</source>
        <translation>Izipele azikasethwa. Khetha ngezansi ukuthi zizogcinwa kuphi bese ucindezela u-Londoloza: isipele sokuqala siqala ngokushesha ngemuva kwalokho. Ukuze ubuyisele umtapo usuka esipeleni, cindezela u-Buyisela…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Izipele</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Isipele sokugcina:</translation>
    </message>
    <message>
        <source>Next backup:</source>
        <translation>Isipele esilandelayo:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Inkinga yokugcina:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Hlola uxhumano</translation>
    </message>
    <message>
        <source>Checks that the storage can be reached with these keys; nothing is saved.</source>
        <translation>Ihlola ukuthi indawo yokugcina iyafinyeleleka ngale khiye; akukho okulondolozwayo.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Londoloza</translation>
    </message>
    <message>
        <source>Save the backup storage</source>
        <translation>Londoloza indawo yokugcina izipele</translation>
    </message>
    <message>
        <source>Check the storage, then keep these settings (secrets in the OS keyring)</source>
        <translation>Hlola indawo yokugcina, bese ugcina lezi zilungiselelo (izimfihlo endaweni yokhiye yesistimu)</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Lapho izipele ziya khona</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and the library are encrypted on this computer and kept in a bucket of an S3-compatible storage service. Whoever holds the bucket learns nothing from it.</source>
        <translation>Okuqoshiwe kwakho, imibhalo kanye nomtapo kubethelwa kule khompyutha bese kugcinwa ku-bucket yesevisi yokugcina ehambisana ne-S3. Noma ubani ophethe i-bucket akafundi lutho kuyo.</translation>
    </message>
    <message>
        <source>Back up automatically (after new recordings and transcripts, and daily)</source>
        <translation>Yenza izipele ngokuzenzakalelayo (ngemuva kokuqoshiwe okusha nemibhalo emisha, futhi nsuku zonke)</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Izipele okufanele zigcinwe</translation>
    </message>
    <message>
        <source>Older backups, and what only they need, are removed from the bucket</source>
        <translation>Izipele ezindala, nalokho okudingwa yizo kuphela, kususwa ku-bucket</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Akukho mkhawulo</translation>
    </message>
    <message>
        <source>Bandwidth limit in kilobytes per second</source>
        <translation>Umkhawulo we-bandwidth ngama-kilobyte ngomzuzwana</translation>
    </message>
    <message>
        <source>The most a backup may send or receive per second</source>
        <translation>Okuningi kakhulu isipele esingakuthumela noma sikwamukele ngomzuzwana</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Izipele ezizenzakalelayo</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Izipele okufanele zigcinwe:</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>Umkhawulo we-bandwidth:</translation>
    </message>
    <message>
        <source>The backup storage was changed but not saved: press Save on the Backup page to check and keep it, or Cancel to drop the change.</source>
        <translation>Indawo yokugcina izipele ishintshiwe kodwa ayilondoloziwe: cindezela u-Londoloza ekhasini lesipele ukuze uyihlole futhi uyigcine, noma u-Khansela ukuze ulahle ushintsho.</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so the secrets cannot be saved: {problem}</source>
        <translation>Indawo yokhiye yesistimu ayikwazi ukusetshenziswa, ngakho izimfihlo azikwazi ukulondolozwa: {problem}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Ihlola uxhumano…</translation>
    </message>
    <message>
        <source>Checking the storage and saving…</source>
        <translation>Ihlola indawo yokugcina futhi iyalondoloza…</translation>
    </message>
    <message>
        <source>The connection works ({checks}).</source>
        <translation>Uxhumano luyasebenza ({checks}).</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Uxhumano luyasebenza.</translation>
    </message>
    <message>
        <source>Saved. Backups go to {where}.</source>
        <translation>Kulondoloziwe. Izipele ziya ku-{where}.</translation>
    </message>
    <message>
        <source>Set up where backups go first: fill in the storage below, then Save.</source>
        <translation>Qala ngokusetha lapho izipele ziya khona: gcwalisa indawo yokugcina ngezansi, bese u-Londoloza.</translation>
    </message>
    <message>
        <source>There is nothing to check: no backup is set up yet.</source>
        <translation>Akukho okufanele kuhlolwe: asikho isipele esisethiwe okwamanje.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Iyakhansela…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Ihlola isipele…</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>Iqala isipele…</translation>
    </message>
    <message>
        <source>The check of the backup failed: {reason}</source>
        <translation>Ukuhlolwa kwesipele kwehlulekile: {reason}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Isipele sehlulekile: {reason}</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Ukuhlola kukhanseliwe.</translation>
    </message>
    <message>
        <source>Cancelled. What was sent is kept; the next backup goes on from there.</source>
        <translation>Kukhanseliwe. Okuthunyelwe kugcinwa; isipele esilandelayo siqhubeka ukusuka lapho.</translation>
    </message>
    <message>
        <source>Backups are not set up yet.</source>
        <translation>Izipele azikasethwa.</translation>
    </message>
    <message>
        <source>{when}: {problem}</source>
        <translation>{when}: {problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>akukho</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>iyasebenza manje</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Qhubeka</translation>
    </message>
</context>
<context>
    <name>backup_texts</name>
    <message>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Backups are encrypted with it on this computer before they are sent. If it is lost, the backup is lost too: nobody, not even IAM Desktop, can recover it.</source>
        <extracomment>the warning shown wherever a passphrase is chosen (English: show it through `translate`)</extracomment>
        <translation>&lt;b&gt;Gcina lo mushwana oyimfihlo uphephile.&lt;/b&gt; Izipele zibethelwa ngawo kule khompyutha ngaphambi kokuthi zithunyelwe. Uma ulahlekile, nesipele siyalahleka: akekho, ngisho ne-IAM Desktop, ongasibuyisa.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <extracomment>what each stage of the work is called on the page (English: show it through `translate`)</extracomment>
        <translation>Iyalungiselela</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Iyalayisha</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Isusa izipele ezindala</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Iyadawuniloda</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Iyahlola</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Iyabuyisela</translation>
    </message>
    <message>
        <source>Stored in the keyring — leave empty to keep it</source>
        <extracomment>how many objects "Check a sample" reads back a placeholder that says a secret is stored (its value is never shown; English: show it through `translate`)</extracomment>
        <translation>Kugcinwe endaweni yokhiye — shiya kungenalutho ukuze ukugcine</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>kusele ngaphansi komzuzu</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>cishe kusele u-{duration}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Kumisiwe okwesikhashana</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} kokungu-{total}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation><numerusform>{done} kufayela eli-%n</numerusform><numerusform>{done} kumafayela angu-%n</numerusform></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>namuhla ngo-{time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>izolo ngo-{time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>kusasa ngo-{time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} ngo-{time}</translation>
    </message>
    <message>
        <source>Automatic backups are off: back up with Back up now.</source>
        <translation>Izipele ezizenzakalelayo zivaliwe: yenza isipele ngokuthi Yenza isipele manje.</translation>
    </message>
    <message>
        <source>within a minute</source>
        <translation>kungakapheli umzuzu</translation>
    </message>
    <message numerus="yes">
        <source>in about %n minutes, {when}</source>
        <translation><numerusform>cishe emzuzwini o-%n, {when}</numerusform><numerusform>cishe emizuzwini engu-%n, {when}</numerusform></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>akukabikho</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>ngaphansi komzuzwana</translation>
    </message>
    <message>
        <source>Backed up: nothing new sent, {total} in the backup; took {took}.</source>
        <translation>Isipele senziwe: akukho okusha okuthunyelwe, u-{total} usesipeleni; kuthathe u-{took}.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up: %n new files ({size}) sent, {total} in the backup; took {took}.</source>
        <translation><numerusform>Isipele senziwe: kuthunyelwe ifayela elisha eli-%n ({size}), u-{total} usesipeleni; kuthathe u-{took}.</numerusform><numerusform>Isipele senziwe: kuthunyelwe amafayela amasha angu-%n ({size}), u-{total} usesipeleni; kuthathe u-{took}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n objects ({size})</source>
        <translation><numerusform>into e-%n ({size})</numerusform><numerusform>izinto ezingu-%n ({size})</numerusform></translation>
    </message>
    <message>
        <source>The backup is fine: {checked} read back and checked.</source>
        <translation>Isipele siphelele: {checked} kufundwe kabusha futhi kwahlolwa.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> nokunye oku-%n</numerusform><numerusform> nokunye okungu-%n</numerusform></translation>
    </message>
    <message>
        <source>The backup has problems ({checked} checked): {shown}{more}.</source>
        <translation>Isipele sinezinkinga ({checked} kuhloliwe): {shown}{more}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Kuqediwe.</translation>
    </message>
</context>
<context>
    <name>backup_worker</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect ({detail}). The details are in the log.</source>
        <extracomment>a task: gets the task's Control, returns its result (on the worker thread) opens the backup set (on the worker thread)</extracomment>
        <translation>Kukhona okungahambanga kahle i-IAM Desktop ebingakulindele ({detail}). Imininingwane iku-log.</translation>
    </message>
</context>
<context>
    <name>billing_history_table</name>
    <message>
        <source>Period</source>
        <extracomment>the table shows at most this many rows before it scrolls the invoice's address</extracomment>
        <translation>Isikhathi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Uhlelo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Inani</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>I-invoyisi</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Umlando wezinkokhelo</translation>
    </message>
    <message>
        <source>View invoice</source>
        <translation>Buka i-invoyisi</translation>
    </message>
    <message>
        <source>View the invoice for {period}</source>
        <translation>Buka i-invoyisi ka-{period}</translation>
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation>Vula i-invoyisi kusiphequluli sakho</translation>
    </message>
</context>
<context>
    <name>cloud_page</name>
    <message>
        <source>{model} — about ${price} per minute</source>
        <translation>{model} — cishe u-${price} ngomzuzu</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Ukhiye we-API we-OpenAI</translation>
    </message>
    <message>
        <source>Prices are estimates from OpenAI's price list; they may change.</source>
        <translation>Amanani alinganiselwe ohlwini lwamanani lwe-OpenAI; angashintsha.</translation>
    </message>
    <message>
        <source>empty: OpenAI (https://api.openai.com/v1)</source>
        <translation>akunalutho: OpenAI (https://api.openai.com/v1)</translation>
    </message>
    <message>
        <source>An OpenAI-compatible address; leave it empty to use OpenAI</source>
        <translation>Ikheli elihambisana ne-OpenAI; lishiye lingenalutho ukuze usebenzise i-OpenAI</translation>
    </message>
    <message>
        <source>Another address was set where the app was started; it is used.</source>
        <translation>Kusethwe elinye ikheli lapho uhlelo lwaqalwa khona; yilo elisetshenziswayo.</translation>
    </message>
    <message>
        <source>When the cloud cannot be reached, transcribe on this computer instead</source>
        <translation>Uma ifu lingafinyeleleki, loba kule khompyutha esikhundleni salokho</translation>
    </message>
    <message>
        <source>OpenAI model</source>
        <translation>Imodeli ye-OpenAI</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Imodeli:</translation>
    </message>
    <message>
        <source>Service address:</source>
        <translation>Ikheli lesevisi:</translation>
    </message>
    <message>
        <source>The service address must start with http:// or https://.</source>
        <translation>Ikheli lesevisi kumele liqale ngo-http:// noma ngo-https://.</translation>
    </message>
</context>
<context>
    <name>crash_notice</name>
    <message>
        <source>IAM Desktop closed unexpectedly</source>
        <translation>I-IAM Desktop ivaleke ngokungalindelekile</translation>
    </message>
    <message>
        <source>It stopped because of an internal error; the details below say where.</source>
        <translation>Yema ngenxa yephutha langaphakathi; imininingwane engezansi isho ukuthi kuphi.</translation>
    </message>
    <message>
        <source>It was stopped from outside (killed, logged out, or the computer lost power).</source>
        <translation>Imiswe ngaphandle (yabulawa, kwaphuma ekungeneni, noma ikhompyutha yaphelelwa ugesi).</translation>
    </message>
    <message>
        <source>IAM Desktop closed unexpectedly the last time it ran. {cause}

Recordings in progress are recovered into the library and waiting transcriptions resume.</source>
        <translation>I-IAM Desktop ivaleke ngokungalindelekile ngesikhathi sokugcina isebenza. {cause}

okuqoshwayo obekuqhubeka kubuyiselwa emtatsheni wezincwadi, futhi ukubhalwa phansi okulindile kuyaqhubeka.</translation>
    </message>
</context>
<context>
    <name>damage_notice</name>
    <message>
        <source>The library file is damaged</source>
        <translation>Ifayela lomtapo lonakele</translation>
    </message>
    <message>
        <source>IAM Desktop has stopped saving anything into it, so nothing more can be lost, and you can still read what it shows.

“Recover now” closes the app, copies everything that can be read into a new library file (the damaged one is kept beside it) and starts the app again.</source>
        <translation>I-IAM Desktop iyekile ukulondoloza noma yini kulo, ngakho akukho okunye okungalahleka, futhi usengakufunda lokho elikukhombisayo.

“Buyisela manje” kuvala uhlelo, kukopishe konke okungafundeka kufayela elisha lomtapo (elonakele ligcinwa eceleni kwalo) bese kuqala uhlelo futhi.</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Buyisela manje</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Kamuva</translation>
    </message>
    <message>
        <source>Recovering the library…</source>
        <translation>Kubuyiselwa umtapo…</translation>
    </message>
    <message>
        <source>The library could not be recovered.

{reason}</source>
        <translation>Umtapo awukwazanga ukubuyiselwa.

{reason}</translation>
    </message>
    <message>
        <source>The library was recovered: {recordings} and {transcripts} were saved.

The damaged file is kept as {path}.</source>
        <translation>Umtapo ubuyiselwe: kulondolozwe {recordings} kanye {transcripts}.

Ifayela elonakele ligcinwe njengo-{path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>okuqoshiwe okungu-%n</numerusform><numerusform>okuqoshiwe okungu-%n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>umbhalo ongu-%n</numerusform><numerusform>imibhalo engu-%n</numerusform></translation>
    </message>
</context>
<context>
    <name>drop_overlay</name>
    <message>
        <source>Drop to transcribe</source>
        <translation>Yiyeke lapha ukuze ibhalwe phansi</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>IAM Desktop — something went wrong</source>
        <translation>I-IAM Desktop — kukhona okungahambanga kahle</translation>
    </message>
    <message>
        <source>The log file has more: {path}</source>
        <translation>Ifayela lelogu linokuningi: {path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Alikho ifayela lelogu elikwazile ukubhalwa.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopisha imininingwane</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Vula ifolda yelogu</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kukopishiwe</translation>
    </message>
    <message>
        <source>Something went wrong that IAM Desktop did not expect. Your recordings and transcripts are safe; the app carries on.

{summary}</source>
        <translation>Kukhona okungahambanga kahle i-IAM Desktop ebingakulindele. Okuqoshiwe kwakho nemibhalo kuphephile; uhlelo luyaqhubeka.

{summary}</translation>
    </message>
</context>
<context>
    <name>export_actions</name>
    <message>
        <source>There is no transcript yet.</source>
        <translation>Akukabi khona umbhalo wenkulumo.</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Umbhalo wenkulumo ukopishiwe.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Kukhishelwe ku-{path}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Plain text</source>
        <extracomment>what each export format is called in the dialogs (English; translated where shown)</extracomment>
        <translation>Umbhalo ongafomethiwe</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>Imibhalo engezansi ye-SubRip</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>Imibhalo engezansi ye-WebVTT</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Idokhumenti ye-Word</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Idokhumenti ye-PDF</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <extracomment>formats that can leave the timestamps out (subtitles always have timings, JSON has everything) formats that can leave the speakers out formats with timestamps unless asked otherwise (as the export code's default) how many characters the preview shows at most (the file has everything)</extracomment>
        <translation>Khipha “{title}”</translation>
    </message>
    <message>
        <source>Start each paragraph with its time</source>
        <translation>Qala isigaba ngasinye ngesikhathi saso</translation>
    </message>
    <message>
        <source>Speaker names</source>
        <translation>Amagama ezikhulumi</translation>
    </message>
    <message numerus="yes">
        <source>%n summaries before the transcript</source>
        <translation><numerusform>Isifingqo esingu-%n ngaphambi kombhalo</numerusform><numerusform>Izifingqo ezingu-%n ngaphambi kombhalo</numerusform></translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Ukubuka kuqala kokukhishwayo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Khipha…</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Kopisha umbhalo wenkulumo</translation>
    </message>
    <message>
        <source>Copy the text, with the chosen timestamps and speakers</source>
        <translation>Kopisha umbhalo, nezikhathi nezikhulumi ezikhethiwe</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Ifomethi:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Faka:</translation>
    </message>
    <message>
        <source>Subtitles always have their times</source>
        <translation>Imibhalo engezansi ihlala inezikhathi zayo</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Umbhalo wenkulumo ukopishiwe.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Khipha umbhalo wenkulumo</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Iyakhipha…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Kukhishelwe ku-{path}</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Akukhishwanga: {reason}</translation>
    </message>
</context>
<context>
    <name>find_replace</name>
    <message>
        <source>Find in this transcript</source>
        <extracomment>a match: (segment row, character offset in its text)</extracomment>
        <translation>Thola kulo mbhalo wenkulumo</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Thola</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous one, Escape closes.</source>
        <translation>I-Enter ithola umphumela olandelayo, i-Shift+Enter owangaphambili, i-Escape iyavala.</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Shintsha ngokuthi</translation>
    </message>
    <message>
        <source>Enter replaces the current match and goes to the next one.</source>
        <translation>I-Enter ishintsha umphumela wamanje bese iya kolandelayo.</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Qondanisa osonhlamvu abakhulu nabancane</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Okwangaphambili</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Umphumela owandulele (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Okulandelayo</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Umphumela olandelayo (Enter)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Shintsha</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Shintsha konke</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Vala (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Vala ukuthola nokushintsha</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Akutholakalanga</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} kokungu-{total}</translation>
    </message>
</context>
<context>
    <name>general_page</name>
    <message>
        <source>Detect automatically</source>
        <translation>Thola ngokuzenzakalelayo</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ulimi lwesistimu</translation>
    </message>
    <message>
        <source>The language of the window's menus, buttons and messages</source>
        <translation>Ulimi lwamamenyu, izinkinobho nemilayezo yewindi</translation>
    </message>
    <message>
        <source>The window's language changes the next time IAM Desktop starts.</source>
        <translation>Ulimi lwewindi luzoshintsha ngokulandelayo lapho i-IAM Desktop iqala.</translation>
    </message>
    <message>
        <source>Transcribe each recording as soon as it stops</source>
        <translation>Loba konke okuqoshiwe ngokushesha lapho kuma</translation>
    </message>
    <message>
        <source>In the transcript of a call, your words (the microphone) are labelled with this name, the other side's (the computer's audio) “Others”.</source>
        <translation>Embhalweni wocingo, amazwi akho (imakrofoni) abhalwa ngaleli gama, awelinye uhlangothi (umsindo wekhompyutha) “Abanye”.</translation>
    </message>
    <message>
        <source>The language usually spoken in your recordings</source>
        <translation>Ulimi olukhulunywa kakhulu kokuqoshiwe kwakho</translation>
    </message>
    <message>
        <source>Naming the language makes transcription faster and more accurate.</source>
        <translation>Ukuqamba ulimi kwenza ukubhala kushesha futhi kunembe kakhudlwana.</translation>
    </message>
    <message>
        <source>Identify who speaks when</source>
        <translation>Hlonza ukuthi ngubani okhulumayo nini</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>Thola ngokuzenzakalela</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>Isikhulumi esingu-%n</numerusform><numerusform>Izikhulumi ezingu-%n</numerusform></translation>
    </message>
    <message>
        <source>Done on this computer after transcribing: each voice becomes Speaker 1, Speaker 2… (rename them in the transcript). A recording with one voice gets no labels.</source>
        <translation>Kwenziwa kule khompyutha ngemva kokubhala: izwi ngalinye liba yi-Speaker 1, Speaker 2… (ziqambe kabusha embhalweni). Ukuqopha okunezwi elilodwa akutholi amalebula.</translation>
    </message>
    <message>
        <source>Send a crash report when the app fails</source>
        <translation>Thumela umbiko wokuphahlazeka lapho uhlelo luhluleka</translation>
    </message>
    <message>
        <source>Reports never contain transcripts, titles, file paths or keys. They go only to the server named here (a Sentry-compatible address your organisation gives you).</source>
        <translation>Imibiko ayinayo imibhalo, izihloko, izindlela zamafayela noma izikhiye. Iya kuphela kuseva eshiwo lapha (ikheli elihambisana ne-Sentry elinikezwa yinhlangano yakho).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ulimi:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Ukuqopha:</translation>
    </message>
    <message>
        <source>Record from:</source>
        <translation>Qopha kusuka ku:</translation>
    </message>
    <message>
        <source>Your name in calls:</source>
        <translation>Igama lakho ezingcingweni:</translation>
    </message>
    <message>
        <source>Language spoken:</source>
        <translation>Ulimi olukhulunywayo:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Izikhulumi:</translation>
    </message>
    <message>
        <source>Number of speakers:</source>
        <translation>Inani lezikhulumi:</translation>
    </message>
    <message>
        <source>Crash reports:</source>
        <translation>Imibiko yokuphahlazeka:</translation>
    </message>
    <message>
        <source>Report server:</source>
        <translation>Iseva yemibiko:</translation>
    </message>
</context>
<context>
    <name>import_flow</name>
    <message>
        <source>Audio and video ({patterns});;All files (*)</source>
        <extracomment>the job options of the window's options bar (engine, model, language, task…) (seconds of audio, estimated cost, why the plan refuses them or None) path, reason (nothing) (nothing) the plan does not cover cloud work the user asked for, and they chose to upgrade</extracomment>
        <translation>Umsindo nevidiyo ({patterns});;Wonke amafayela (*)</translation>
    </message>
    <message>
        <source>Add audio or video files</source>
        <translation>Engeza amafayela omsindo noma evidiyo</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not added: {reason} (and %n more).</source>
        <translation><numerusform>{name} akwengezwanga: {reason} (nokunye okungu-%n).</numerusform><numerusform>{name} akwengezwanga: {reason} (nokunye okungu-%n).</numerusform></translation>
    </message>
    <message>
        <source>{name} was not added: {reason}.</source>
        <translation>{name} akwengezwanga: {reason}.</translation>
    </message>
    <message>
        <source>No audio or video files found in what was dropped.</source>
        <translation>Awekho amafayela omsindo noma evidiyo atholakele kulokho okuyekiwe.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>ifayela elingu-%n</numerusform><numerusform>amafayela angu-%n</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: add your OpenAI key in Settings → Cloud first.</source>
        <translation>Akukho okuthunyelwe: qala ngokwengeza ukhiye wakho we-OpenAI ku-Izilungiselelo → Ifu.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n files for transcription.</source>
        <translation><numerusform>Ifayela elingu-%n lifakwe emugqeni ukuze libhalwe phansi.</numerusform><numerusform>Amafayela angu-%n afakwe emugqeni ukuze abhalwe phansi.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>okuqoshiwe okungu-%n</numerusform><numerusform>okuqoshiwe okungu-%n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n recordings to be transcribed again.</source>
        <translation><numerusform>Okuqoshiwe okungu-%n kufakwe emugqeni ukuze kubhalwe phansi futhi.</numerusform><numerusform>Okuqoshiwe okungu-%n kufakwe emugqeni ukuze kubhalwe phansi futhi.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Identifying the speakers of %n recordings…</source>
        <translation><numerusform>Kuhlonzwa izikhulumi zokuqopha okungu-%n…</numerusform><numerusform>Kuhlonzwa izikhulumi zokuqopha okungu-%n…</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: choose a plan in Settings → Subscription.</source>
        <translation>Akukho okuthunyelwe: khetha uhlelo ku-Izilungiselelo → Okubhaliselwe.</translation>
    </message>
    <message>
        <source>Nothing was sent to OpenAI.</source>
        <translation>Akukho okuthunyelwe ku-OpenAI.</translation>
    </message>
    <message>
        <source>{what}, {duration} of audio, will be sent to OpenAI ({model}).</source>
        <translation>{what}, umsindo we-{duration}, kuzothunyelwa ku-OpenAI ({model}).</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}.</source>
        <translation>Izindleko ezilinganisiwe: {cost}.</translation>
    </message>
    <message>
        <source>Send to OpenAI?</source>
        <translation>Thumela ku-OpenAI?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Thumela</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Khansela</translation>
    </message>
</context>
<context>
    <name>jobs_indicator</name>
    <message numerus="yes">
        <source>%n jobs waiting</source>
        <extracomment>the popover's width, and the most height it takes (it scrolls beyond)</extracomment>
        <translation><numerusform>Umsebenzi o-%n ulindile</numerusform><numerusform>Imisebenzi engu-%n ilindile</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n jobs · {stage}</source>
        <translation><numerusform>Umsebenzi o-%n · {stage}</numerusform><numerusform>Imisebenzi engu-%n · {stage}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>o-%n uhlulekile</numerusform><numerusform>abangu-%n bahlulekile</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Imisebenzi</translation>
    </message>
    <message>
        <source>Show the jobs</source>
        <translation>Bonisa imisebenzi</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source>Waiting…</source>
        <extracomment>a job state -&gt; its word (English; shown translated with `status_word`)</extracomment>
        <translation>Kulindiwe…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Kuyaqalwa…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Kuqediwe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kukhanseliwe</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>the core's stage words (iam_desktop.library.records.STAGE_WORDS), listed for translation</extracomment>
        <translation>Ifayela liyafundwa…</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Imodeli iyalayishwa…</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>Ulimi luyatholwa…</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Kuyabhalwa…</translation>
    </message>
    <message>
        <source>Identifying speakers…</source>
        <translation>Kuhlonzwa izikhulumi…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kuyalondolozwa…</translation>
    </message>
    <message>
        <source>Transcribing {done} of {total}</source>
        <translation>Kubhalwa {done} kwangu-{total}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>iphutha elingaziwa</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Kuhlulekile: {error}</translation>
    </message>
    <message>
        <source>Done — {note}</source>
        <translation>Kuqediwe — {note}</translation>
    </message>
    <message>
        <source> · almost done</source>
        <translation> · sekuzophela</translation>
    </message>
    <message>
        <source> · {time} left</source>
        <translation> · kusele {time}</translation>
    </message>
    <message>
        <source>automatic model</source>
        <translation>imodeli ezikhethelayo</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>job ID job ID job ID</extracomment>
        <translation>Inqubekela phambili</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Khansela</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Zama futhi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Susa</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <extracomment>the row's key</extracomment>
        <translation>Akungezwanga: {reason}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <extracomment>job ID job ID job ID (nothing)</extracomment>
        <translation>Susa okuqediwe</translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation><numerusform>o-%n osalindile</numerusform><numerusform>abangu-%n abasalindile</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>o-%n uhlulekile</numerusform><numerusform>abangu-%n bahlulekile</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Imisebenzi</translation>
    </message>
</context>
<context>
    <name>level_meter</name>
    <message>
        <source>below {level} dBFS</source>
        <extracomment>above this the bar turns yellow, above RED_DBFS red how long the held peak stays before it falls (seconds), and how fast it falls then (dB per second) the CLIP box: pure, saturated red with white text, unlike anything else the meter draws a screen reader hears "the input is clipping" at most this often (seconds) what TrackMeters shows: the microphone's meter, the computer audio's, or both (a call) a call's two meters are this tall each (pixels), so that both fit the height of the bar's row Qt's QWIDGETSIZE_MAX: no maximum</extracomment>
        <translation>ngaphansi kuka-{level} dBFS</translation>
    </message>
    <message>
        <source>{level} dBFS</source>
        <translation>{level} dBFS</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Izinga lokufakwayo</translation>
    </message>
    <message>
        <source>How loud the input is, from −60 to 0 dBFS; CLIP lights red when it is too loud. The tooltip gives the level in numbers.</source>
        <translation>Ukuthi okufakwayo kuzwakala kangakanani, kusuka ku-−60 kuya ku-0 dBFS; i-CLIP iba bomvu lapho kuzwakala kakhulu. Ithiphu lithi izinga ngezinombolo.</translation>
    </message>
    <message>
        <source>The input is clipping: lower the input volume</source>
        <translation>Okufakwayo kuyasikeka: yehlisa ivolumu yokufakwayo</translation>
    </message>
    <message>
        <source>Level {rms} (silence); clipping: lower the input volume</source>
        <translation>Izinga {rms} (ukuthula); kuyasikeka: yehlisa ivolumu yokufakwayo</translation>
    </message>
    <message>
        <source>Level {rms} (silence)</source>
        <translation>Izinga {rms} (ukuthula)</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak}); clipping: lower the input volume</source>
        <translation>Izinga {rms} (isiqongo {peak}); kuyasikeka: yehlisa ivolumu yokufakwayo</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak})</source>
        <translation>Izinga {rms} (isiqongo {peak})</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Imakrofoni</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Umsindo wekhompyutha</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Izinga lemakrofoni</translation>
    </message>
    <message>
        <source>Computer audio level</source>
        <translation>Izinga lomsindo wekhompyutha</translation>
    </message>
</context>
<context>
    <name>library_delegate</name>
    <message>
        <source>Title</source>
        <extracomment>space around a row's text (px): left and right, above and below space between the title and the grey line (px) space above a day header (px), and under it the rounding of the highlight (px) and its inset from the view's edges</extracomment>
        <translation>Isihloko</translation>
    </message>
</context>
<context>
    <name>library_filters</name>
    <message>
        <source>Any time</source>
        <extracomment>date range key -&gt; label (English; shown translated)</extracomment>
        <translation>Noma nini</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Namuhla</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Izinsuku ezi-7 ezedlule</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Izinsuku ezingama-30 ezedlule</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Kulo nyaka</translation>
    </message>
    <message>
        <source>Any length</source>
        <extracomment>length range label (English, also the combo's data; shown translated) -&gt; (min seconds, max seconds)</extracomment>
        <translation>Noma ubude obuphi</translation>
    </message>
    <message>
        <source>Under 5 min</source>
        <translation>Ngaphansi kwemizuzu emi-5</translation>
    </message>
    <message>
        <source>5 to 30 min</source>
        <translation>Imizuzu emi-5 kuya kwengama-30</translation>
    </message>
    <message>
        <source>Over 30 min</source>
        <translation>Ngaphezu kwemizuzu engama-30</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>sort key -&gt; (label (English; shown translated), column, descending)</extracomment>
        <translation>Okusha kuqala</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Okudala kuqala</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Isihloko A–Z</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Okude kakhulu kuqala</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Okufushane kakhulu kuqala</translation>
    </message>
    <message>
        <source>All tags</source>
        <extracomment>the user changed a filter, the sort or the trash toggle</extracomment>
        <translation>Omaka bonke</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Noma yiluphi ulimi</translation>
    </message>
    <message>
        <source>Any engine</source>
        <translation>Noma yiyiphi injini</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Bonisa udoti</translation>
    </message>
    <message>
        <source>Show only the recordings in the trash</source>
        <translation>Bonisa okuqoshiwe okusedotini kuphela</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Sula izihlungi</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Hlela</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Umaka</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ulimi</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Injini</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Usuku</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Ubude</translation>
    </message>
    <message>
        <source>Filters and sort order</source>
        <translation>Izihlungi nokuhlelwa</translation>
    </message>
    <message>
        <source>Filter · {count}</source>
        <translation>Hlunga · {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n filters on — click to change</source>
        <translation><numerusform>Isihlungi esingu-%n sivuliwe — chofoza ukuze ushintshe</numerusform><numerusform>Izihlungi ezingu-%n zivuliwe — chofoza ukuze ushintshe</numerusform></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Hlunga</translation>
    </message>
    <message>
        <source>Filter and sort</source>
        <translation>Hlunga futhi uhlele</translation>
    </message>
</context>
<context>
    <name>library_model</name>
    <message>
        <source>Offline</source>
        <extracomment>recordings read at a time a reload reads at most this many rows again (so that a refresh keeps the scroll position and selection) the grey line's two parts: (when · duration · language, the job's state or "") the day header drawn above the first row of a day ("Today"), or None True when the row's state is an error (drawn in the error colour) an engine key -&gt; its name (English; shown through `engine_name`)</extracomment>
        <translation>Ngaphandle kwe-inthanethi</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Kuhleliwe</translation>
    </message>
    <message>
        <source>In the trash since {when}</source>
        <translation>Kusedotini kusukela ngo-{when}</translation>
    </message>
</context>
<context>
    <name>library_panel</name>
    <message>
        <source>Loading library…</source>
        <extracomment>how long typing must pause before the search runs (milliseconds) how long a notice stays (milliseconds); one offering Undo stays as long as Undo is possible changes arriving within this time are read in one reload (a burst of edits, a bulk action; ms) what the count line says while the list's first rows are being read (the window shows before that; English, shown translated, like the texts below)</extracomment>
        <translation>Umtapo uyalayishwa…</translation>
    </message>
    <message>
        <source>No recordings match</source>
        <extracomment>what the list says when its filters match nothing (an empty library says nothing: the window shows its welcome card)</extracomment>
        <translation>Akukho okuqoshiwe okufanayo</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>Udoti awunalutho</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Fihla lo mlayezo</translation>
    </message>
    <message>
        <source>Search the library</source>
        <extracomment>recording ID, position in seconds (0.0 for a plain item) list of recording IDs (the window queues them with its transcription options) list of recording IDs, the number of speakers (0: find it) whether the library is empty</extracomment>
        <translation>Sesha emtapweni</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sesha</translation>
    </message>
    <message>
        <source>Search transcripts, titles and notes</source>
        <translation>Sesha okubhaliwe, izihloko namanothi</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Umtapo</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Imiphumela yosesho</translation>
    </message>
    <message numerus="yes">
        <source>Recordings in the trash are deleted for good after %n days.</source>
        <translation><numerusform>Okuqoshiwe okusedotini kususwa unomphela ngemva kosuku olu-%n.</numerusform><numerusform>Okuqoshiwe okusedotini kususwa unomphela ngemva kwezinsuku ezingu-%n.</numerusform></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation>Akutholakalanga lutho ngo-“{query}”</translation>
    </message>
    <message numerus="yes">
        <source>%n or more hits for “{query}”</source>
        <translation><numerusform>Okutholakele okungu-%n noma ngaphezulu ngo-“{query}”</numerusform><numerusform>Okutholakele okungu-%n noma ngaphezulu ngo-“{query}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hits for “{query}”</source>
        <translation><numerusform>Okutholakele okungu-%n ngo-“{query}”</numerusform><numerusform>Okutholakele okungu-%n ngo-“{query}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation><numerusform>o-%n usedotini</numerusform><numerusform>abangu-%n basedotini</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>okuqoshiwe oku-%n</numerusform><numerusform>okuqoshiwe okungu-%n</numerusform></translation>
    </message>
    <message>
        <source>The filters apply to the list, not to search results</source>
        <translation>Izihlungi zisebenza ohlwini, hhayi emiphumeleni yosesho</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings found</source>
        <translation><numerusform>Kutholakale okuqoshiwe oku-%n</numerusform><numerusform>Kutholakale okuqoshiwe okungu-%n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n recordings to the trash.</source>
        <translation><numerusform>Okuqoshiwe oku-%n kuyiswe kudoti.</numerusform><numerusform>Okuqoshiwe okungu-%n kuyiswe kudoti.</numerusform></translation>
    </message>
</context>
<context>
    <name>library_rows</name>
    <message>
        <source>Waiting…</source>
        <extracomment>the separator of the grey line's parts a job state -&gt; what the row says (English; shown translated; RUNNING has its own text, with the progress)</extracomment>
        <translation>Kulindiwe…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Kuhlulekile</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kukhanseliwe</translation>
    </message>
    <message>
        <source>Not transcribed</source>
        <translation>Akubhalwanga</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Namuhla</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Izolo</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Namuhla {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Izolo {time}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Kuyabhalwa…</translation>
    </message>
    <message>
        <source>Transcribing {percent} %</source>
        <translation>Kuyabhalwa {percent} %</translation>
    </message>
    <message>
        <source>transcribed</source>
        <translation>kubhaliwe</translation>
    </message>
</context>
<context>
    <name>licence_dialog</name>
    <message>
        <source>Activate licence</source>
        <extracomment>Licence</extracomment>
        <translation>Yenza ilayisensi isebenze</translation>
    </message>
    <message>
        <source>Paste the licence you received after paying — the long text from the confirmation page or e-mail, or a link that starts with iam-desktop://activate. It is checked on this computer and kept in the system keyring.</source>
        <translation>Namathisela ilayisensi oyithole ngemva kokukhokha — umbhalo omude osekhasini lokuqinisekisa noma ku-imeyili, noma isixhumanisi esiqala ngo-iam-desktop://activate. Ihlolwa kule khompyutha futhi igcinwa endaweni yokugcina okhiye yesistimu.</translation>
    </message>
    <message>
        <source>Licence or activation link</source>
        <translation>Ilayisensi noma isixhumanisi sokwenza kusebenze</translation>
    </message>
    <message>
        <source>eyJhbGciOiJFZERTQSIs…  or  iam-desktop://activate?licence=…</source>
        <translation>eyJhbGciOiJFZERTQSIs…  noma  iam-desktop://activate?licence=…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Yenza kusebenze</translation>
    </message>
    <message>
        <source>Check the pasted licence and keep it</source>
        <translation>Hlola ilayisensi onamathisele futhi uyigcine</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translation>Ihlola ilayisensi…</translation>
    </message>
    <message>
        <source>The licence was not activated: {reason}</source>
        <translation>Ilayisensi ayenziwanga yasebenza: {reason}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Transcript</source>
        <extracomment>Settings now in use (the app hands them to the engines)</extracomment>
        <translation>Umbhalo wenkulumo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Isifinyezo</translation>
    </message>
    <message>
        <source>Transcript or summary</source>
        <translation>Umbhalo wenkulumo noma isifinyezo</translation>
    </message>
    <message>
        <source>IAM Desktop {version} — offline model ready to use</source>
        <translation>I-IAM Desktop {version} — imodeli engaxhumekile ilungele ukusetshenziswa</translation>
    </message>
    <message>
        <source>Recording {number}</source>
        <translation>Okuqoshiwe {number}</translation>
    </message>
    <message>
        <source>Not transcribed yet — its progress shows in the list and in the status bar.</source>
        <translation>Akukabhalwa phansi — inqubekela phambili ibonakala ohlwini nasebheni lesimo.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Izilungiselelo zilondoloziwe.</translation>
    </message>
</context>
<context>
    <name>models_page</name>
    <message>
        <source>Name</source>
        <extracomment>the table's columns (English: shown through `translate`)</extracomment>
        <translation>Igama</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Izilimi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Usayizi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kuphi</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Kufakiwe</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>ulimi olu-%n</numerusform><numerusform>izilimi ezingu-%n</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>IsiNgisi kuphela</translation>
    </message>
    <message>
        <source>Installed models</source>
        <extracomment>list[ModelSpec]</extracomment>
        <translation>Amamodeli afakiwe</translation>
    </message>
    <message>
        <source>Your model folders</source>
        <translation>Amafolda akho amamodeli</translation>
    </message>
    <message>
        <source>Folders with CTranslate2 Whisper models, as faster-whisper uses</source>
        <translation>Amafolda anamamodeli e-CTranslate2 Whisper, njengalawo asetshenziswa yi-faster-whisper</translation>
    </message>
    <message>
        <source>Add model folder…</source>
        <translation>Engeza ifolda yemodeli…</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Susa ifolda</translation>
    </message>
    <message>
        <source>Forgets the selected folder; its files stay where they are</source>
        <translation>Ikhohlwa ifolda ekhethiwe; amafayela ayo ahlala lapho ekhona</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>Amamodeli afakiwe:</translation>
    </message>
    <message>
        <source>Your model folders (CTranslate2 Whisper models, as faster-whisper uses):</source>
        <translation>Amafolda akho amamodeli (amamodeli e-CTranslate2 Whisper, njengalawo asetshenziswa yi-faster-whisper):</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Ifuna amamodeli…</translation>
    </message>
    <message>
        <source>Choose a folder with a Whisper model</source>
        <translation>Khetha ifolda enemodeli ye-Whisper</translation>
    </message>
    <message>
        <source>That folder is already listed.</source>
        <translation>Leyo folda isivele isohlwini.</translation>
    </message>
    <message>
        <source>Looking for models in that folder…</source>
        <translation>Ifuna amamodeli kuleyo folda…</translation>
    </message>
    <message>
        <source>No Whisper model found in that folder ({folder}).</source>
        <translation>Ayikho imodeli ye-Whisper etholakele kuleyo folda ({folder}).</translation>
    </message>
    <message>
        <source>The model in that folder is named like one already installed ({names}); rename its folder to use it.</source>
        <translation>Imodeli ekuleyo folda inegama elifana nelemodeli esivele ifakiwe ({names}); qamba kabusha ifolda yayo ukuze uyisebenzise.</translation>
    </message>
</context>
<context>
    <name>notes_panel</name>
    <message>
        <source>Title</source>
        <extracomment>how long typing must pause before the notes are saved (milliseconds) no arguments</extracomment>
        <translation>Isihloko</translation>
    </message>
    <message>
        <source>Notes on this recording…</source>
        <translation>Amanothi ngalokhu okuqoshiwe…</translation>
    </message>
    <message>
        <source>Open a recording to see its notes.</source>
        <translation>Vula okuqoshiwe ukuze ubone amanothi akho.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Omaka</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Amanothi</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Kuyahlelwa…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kulondoloziwe</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Omaka alondoloziwe</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Kuqanjwe kabusha</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect: {message}

Your recordings and transcripts are safe. The details are in the log.</source>
        <extracomment>how long the status bar shows a failure (ms)</extracomment>
        <translation>Kukhona okungahambanga kahle i-IAM Desktop ebingakulindele: {message}

Okuqoshiwe kwakho nemibhalo kuphephile. Imininingwane isencwadini yokuloga.</translation>
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
        <translation>Kuyengezwa</translation>
    </message>
    <message>
        <source>Files being added</source>
        <translation>Amafayela ayengezwa</translation>
    </message>
</context>
<context>
    <name>plan_card</name>
    <message>
        <source>Your plan</source>
        <translation>Uhlelo lwakho</translation>
    </message>
    <message>
        <source>/ month</source>
        <translation>/ ngenyanga</translation>
    </message>
    <message>
        <source>{price} a month</source>
        <translation>{price} ngenyanga</translation>
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
        <translation>Mahhala</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Ibhizinisi</translation>
    </message>
    <message>
        <source>Everything offline, for as long as you like.</source>
        <translation>Konke ngaphandle kwe-inthanethi, isikhathi eside ngendlela ofuna ngayo.</translation>
    </message>
    <message>
        <source>For people who transcribe every week.</source>
        <translation>Kwabantu abalotshaya amazwi njalo ngesonto.</translation>
    </message>
    <message>
        <source>For teams and heavy cloud use.</source>
        <translation>Kumaqembu nokusetshenziswa kakhulu kwefu.</translation>
    </message>
    <message>
        <source>Record and transcribe on this computer</source>
        <translation>Qopha futhi ulotshe amazwi kule khompyutha</translation>
    </message>
    <message>
        <source>Library, search and export</source>
        <translation>Umtapo, ukusesha nokuthumela ngaphandle</translation>
    </message>
    <message>
        <source>Manual backups</source>
        <translation>Izipele ozenzela zona</translation>
    </message>
    <message>
        <source>30 cloud minutes a month</source>
        <translation>Amaminithi angu-30 efu ngenyanga</translation>
    </message>
    <message>
        <source>Everything in Free</source>
        <translation>Konke okukuMahhala</translation>
    </message>
    <message>
        <source>600 cloud minutes a month</source>
        <translation>Amaminithi angu-600 efu ngenyanga</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Izipele ezizenzakalelayo</translation>
    </message>
    <message>
        <source>Everything in Pro</source>
        <translation>Konke okuku-Pro</translation>
    </message>
    <message>
        <source>3,000 cloud minutes a month</source>
        <translation>Amaminithi angu-3,000 efu ngenyanga</translation>
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
        <translation>Dlala</translation>
    </message>
    <message>
        <source>Play / pause (Space in the table, Ctrl+Space)</source>
        <translation>Dlala / misa isikhashana (Space ethebuleni, Ctrl+Space)</translation>
    </message>
    <message>
        <source>−{seconds} s</source>
        <translation>−{seconds} s</translation>
    </message>
    <message>
        <source>Back {seconds} seconds (Ctrl+Left)</source>
        <translation>Buyela emuva imizuzwana engu-{seconds} (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Back {seconds} seconds</source>
        <translation>Buyela emuva imizuzwana engu-{seconds}</translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds (Ctrl+Right)</source>
        <translation>Iya phambili imizuzwana engu-{seconds} (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds</source>
        <translation>Iya phambili imizuzwana engu-{seconds}</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Indawo yokudlala</translation>
    </message>
    <message>
        <source>The arrow keys move one second, Page Up and Page Down {seconds} seconds.</source>
        <translation>Okhiye bemicibisholo bahambisa umzuzwana owodwa, i-Page Up ne-Page Down imizuzwana engu-{seconds}.</translation>
    </message>
    <message>
        <source>Playback speed (the pitch stays the same)</source>
        <translation>Isivinini sokudlala (iphimbo lihlala linjalo)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Isivinini sokudlala</translation>
    </message>
    <message>
        <source>The pitch stays the same.</source>
        <translation>Iphimbo lihlala linjalo.</translation>
    </message>
    <message>
        <source>Playback is not available.</source>
        <translation>Ukudlala akutholakali.</translation>
    </message>
    <message>
        <source>Cannot play this recording: {reason}</source>
        <translation>Ayikwazi ukudlala lokhu okuqoshiwe: {reason}</translation>
    </message>
    <message>
        <source>Cannot play sound: {reason}</source>
        <translation>Ayikwazi ukudlala umsindo: {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Misa isikhashana</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Kuyadlala</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>Ukuphela kokuqoshiwe</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Kumisiwe isikhashana</translation>
    </message>
    <message>
        <source>Playback stopped: {reason}</source>
        <translation>Ukudlala kumile: {reason}</translation>
    </message>
</context>
<context>
    <name>record_panel</name>
    <message>
        <source>Record</source>
        <extracomment>the live view's frame interval (ms): 30 frames a second or more the record button's texts and tooltip (English; shown translated, context "record_panel")</extracomment>
        <translation>Qopha</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Misa</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Iyalondoloza…</translation>
    </message>
    <message>
        <source>Start recording (Ctrl+R); press again to stop and save</source>
        <translation>Qala ukuqopha (Ctrl+R); cindezela futhi ukuze umise futhi ulondoloze</translation>
    </message>
    <message>
        <source>Recording needs a microphone: connect one, or allow this app to use it in the system settings</source>
        <extracomment>why Record is disabled without an input (English: show `translate("record_panel", NO_INPUT_TIP)`)</extracomment>
        <translation>Ukuqopha kudinga imakrofoni: xhuma eyodwa, noma uvumele lolu hlelo ukuyisebenzisa ezilungiselelweni zesistimu</translation>
    </message>
    <message>
        <source>Recording started</source>
        <extracomment>what a screen reader hears when the recording's state changes (old state, new state) → words</extracomment>
        <translation>Ukuqopha kuqalile</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Ukuqopha kumisiwe okwesikhashana</translation>
    </message>
    <message>
        <source>Recording resumed</source>
        <translation>Ukuqopha kuqhubekile</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Ukuqopha kumisiwe</translation>
    </message>
    <message>
        <source>The microphone or other input to record from</source>
        <extracomment>str: the input's name str: what to record (a source of iam_desktop.recording.session) str: elapsed time as shown, "" when not recording bool: whether there is an input to record from (False: Record is disabled, NO_INPUT_TIP says why) bool: the user switched "transcribe when stopped" on or off (the window remembers it)</extracomment>
        <translation>Imakrofoni noma okunye okufakwayo okuzoqoshwa kukho</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Misa okwesikhashana</translation>
    </message>
    <message>
        <source>Pause or resume the recording (Ctrl+Shift+R)</source>
        <translation>Misa okwesikhashana noma uqhubeke nokuqopha (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Qhubeka</translation>
    </message>
    <message>
        <source>Time recorded (pauses not counted)</source>
        <translation>Isikhathi esiqoshiwe (ukumisa akubalwa)</translation>
    </message>
    <message>
        <source>Size of the recording on disk so far</source>
        <translation>Usayizi wokuqoshiwe kudiski kuze kube manje</translation>
    </message>
    <message>
        <source>Transcribe when stopped</source>
        <translation>Loba uma kumisiwe</translation>
    </message>
    <message>
        <source>Queue the full transcription as soon as a recording is saved</source>
        <translation>Faka ukubhala okuphelele emgqeni ngokushesha lapho okuqoshiwe kulondoloziwe</translation>
    </message>
    <message>
        <source>The transcript appears here as you speak.</source>
        <translation>Umbhalo uvela lapha njengoba ukhuluma.</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Umbhalo obukhoma</translation>
    </message>
    <message>
        <source>What is being said, transcribed roughly while you record</source>
        <translation>Okushiwoyo, kubhalwe cishe ngesikhathi uqopha</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <translation>Isaziso sokuqopha</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Okufakwayo:</translation>
    </message>
    <message>
        <source>“{name}” is not connected; the default input is used</source>
        <translation>“{name}” ayixhunyiwe; kusetshenziswa okufakwayo okuzenzakalelayo</translation>
    </message>
    <message>
        <source>Above the line the microphone, below it the computer's audio</source>
        <translation>Ngaphezu komugqa imakrofoni, ngaphansi kwawo umsindo wekhompyutha</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overflows: audio was lost</source>
        <translation><numerusform>⚠ ukuchichima okungu-%n: umsindo ulahlekile</numerusform><numerusform>⚠ ukuchichima okungu-%n: umsindo ulahlekile</numerusform></translation>
    </message>
    <message>
        <source>The computer was too busy to take all the audio in time</source>
        <translation>Ikhompyutha ibimatasa kakhulu ukuthi ithathe wonke umsindo ngesikhathi</translation>
    </message>
    <message>
        <source>[live transcript stopped: {reason}]</source>
        <translation>[umbhalo obukhoma umisiwe: {reason}]</translation>
    </message>
</context>
<context>
    <name>recording_actions</name>
    <message>
        <source>Rename</source>
        <extracomment>how long "Undo" stays offered after moving recordings to the trash (milliseconds) message text list of recording IDs moved to the trash list of recording IDs list of recording IDs, the number of speakers (0: find it) recording ID (only with notes_in_panel) how long Undo stays offered after a move to the trash (milliseconds) the tag names the library has (offered while typing tags; kept up to date by the panel) starts editing the current title in place; False where it cannot (then a dialog asks) Notes… asks for the notes side panel (`notes_requested`) instead of a dialog</extracomment>
        <translation>Qamba kabusha</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Amanothi…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Omaka…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Thekelisa okukhethiwe…</translation>
    </message>
    <message>
        <source>Transcribe again</source>
        <translation>Bhala futhi</translation>
    </message>
    <message>
        <source>Identify speakers</source>
        <translation>Hlonza izikhulumi</translation>
    </message>
    <message>
        <source>Label who speaks when, without transcribing again</source>
        <translation>Bonisa ukuthi ngubani okhulumayo nini, ngaphandle kokubhala futhi</translation>
    </message>
    <message>
        <source>Find how many</source>
        <translation>Thola ukuthi zingaki</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>Isikhulumi esingu-%n</numerusform><numerusform>Izikhulumi ezingu-%n</numerusform></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Yisa kudoti</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Buyisela</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Thulula udoti…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hlehlisa</translation>
    </message>
    <message>
        <source>Bring back the recordings just moved to the trash</source>
        <translation>Buyisa okuqoshiwe okusanda kuyiswa kudoti</translation>
    </message>
    <message>
        <source>Rename recording</source>
        <translation>Qamba kabusha okuqoshiwe</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Isihloko:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Amanothi</translation>
    </message>
    <message>
        <source>Notes on “{title}”:</source>
        <translation>Amanothi nge-“{title}”:</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Omaka, ahlukaniswe ngokhefana:</translation>
    </message>
    <message numerus="yes">
        <source>Tags all %n recordings carry, separated by commas
(names added here go on every one; names taken out come off every one):</source>
        <translation><numerusform>Omaka abo bonke okuqoshiwe okungu-%n, ahlukaniswe ngokhefana
(amagama afakwe lapha angena kukho konke; amagama asusiwe asuka kukho konke):</numerusform><numerusform>Omaka abo bonke okuqoshiwe okungu-%n, ahlukaniswe ngokhefana
(amagama afakwe lapha angena kukho konke; amagama asusiwe asuka kukho konke):</numerusform></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Thekelisa</translation>
    </message>
    <message numerus="yes">
        <source>Export %n transcripts as:</source>
        <translation><numerusform>Thekelisa umbhalo o-%n njenge:</numerusform><numerusform>Thekelisa imibhalo engu-%n njenge:</numerusform></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Thekelisa kufolda</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Thulula udoti</translation>
    </message>
    <message>
        <source>Delete every recording in the trash for good, with its transcript and audio?
This cannot be undone.</source>
        <translation>Susa unomphela konke okuqoshiwe okusedotini, kanye nombhalo nomsindo wakho?
Lokhu ngeke kuhlehliswe.</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>Kuqanjwe kabusha kwaba “{title}”.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Amanothi alondoloziwe.</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Omaka alondoloziwe.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transcripts to {folder}.</source>
        <translation><numerusform>Umbhalo o-%n uthekeliswe ku-{folder}.</numerusform><numerusform>Imibhalo engu-%n ithekeliswe ku-{folder}.</numerusform></translation>
    </message>
    <message>
        <source>Not exported: {problems}</source>
        <translation>Akuthekeliswanga: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n recordings.</source>
        <translation><numerusform>Okuqoshiwe oku-%n kubuyiselwe.</numerusform><numerusform>Okuqoshiwe okungu-%n kubuyiselwe.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n recordings for good.</source>
        <translation><numerusform>Okuqoshiwe oku-%n kususwe unomphela.</numerusform><numerusform>Okuqoshiwe okungu-%n kususwe unomphela.</numerusform></translation>
    </message>
</context>
<context>
    <name>recording_controller</name>
    <message>
        <source>The recording was saved, but its transcription could not be queued: {reason}</source>
        <extracomment>the controller's states builds the engine the live preview uses, for a language (None: detect) a session that started, and what the user should know about how (an input replaced, the computer's audio left out of a call) what a stop gives back: how the recorder ended, the saved capture (None: nothing recorded), and a problem queueing its transcription (None: queued, or not wanted) str: the new state PreviewState PreviewState (the computer's audio in a call) SavedCapture str: what went wrong str list[SavedCapture] list[InputDevice]</extracomment>
        <translation>Okuqoshiwe kulondoloziwe, kodwa ukubhalwa kwakho akukwazanga ukufakwa emgqeni: {reason}</translation>
    </message>
    <message>
        <source>Interrupted recordings could not be saved: {reason}</source>
        <translation>Okuqoshiwe okuphazamisekile akukwazanga ukulondolozwa: {reason}</translation>
    </message>
    <message>
        <source>The input “{name}” is not connected; recording from “{device}” instead.</source>
        <translation>Okufakwayo “{name}” akuxhunyiwe; kuqoshwa kokuthi “{device}” esikhundleni salokho.</translation>
    </message>
    <message>
        <source>Recording could not start: {reason}</source>
        <translation>Ukuqopha akukwazanga ukuqala: {reason}</translation>
    </message>
    <message>
        <source>The recording stopped.</source>
        <translation>Ukuqopha kumile.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Akukho okuqoshiwe.</translation>
    </message>
    <message>
        <source>{reason}. Saved as “{title}” ({duration}).</source>
        <translation>{reason}. Kulondolozwe njengo-“{title}” ({duration}).</translation>
    </message>
    <message>
        <source>The recording could not be saved: {reason}</source>
        <translation>Okuqoshiwe akukwazanga ukulondolozwa: {reason}</translation>
    </message>
    <message>
        <source>The computer's audio cannot be recorded ({reason}): recording the microphone alone.</source>
        <translation>Umsindo wekhompyutha awukwazi ukuqoshwa ({reason}): kuqoshwa imakrofoni yodwa.</translation>
    </message>
</context>
<context>
    <name>recording_page</name>
    <message>
        <source>No microphone found</source>
        <translation>Ayikho imakrofoni etholakele</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Okuzenzakalelayo kwesistimu</translation>
    </message>
    <message>
        <source>System default ({name})</source>
        <translation>Okuzenzakalelayo kwesistimu ({name})</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (ayixhunyiwe)</translation>
    </message>
    <message>
        <source>Built-in Audio</source>
        <translation>Umsindo wangaphakathi</translation>
    </message>
    <message>
        <source>Built-in Audio ({part})</source>
        <translation>Umsindo wangaphakathi ({part})</translation>
    </message>
    <message>
        <source>{server} sound server</source>
        <translation>Iseva yomsindo ye-{server}</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Bheka futhi</translation>
    </message>
    <message>
        <source>List the inputs again, after plugging a microphone in</source>
        <translation>Bala okufakwayo futhi, ngemva kokuxhuma imakrofoni</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Imakrofoni:</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>Kufunwa amakrofoni…</translation>
    </message>
    <message>
        <source>No microphone found. Connect one, then choose Look again.</source>
        <translation>Ayikho imakrofoni etholakele. Xhuma eyodwa, bese ukhetha u-Bheka futhi.</translation>
    </message>
    <message>
        <source>The microphones cannot be listed: the computer's audio system is not available.</source>
        <translation>Amakrofoni awakwazi ukubalwa: isistimu yomsindo yekhompyutha ayitholakali.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>Backed up</source>
        <extracomment>the snapshot list's columns (English: shown through `translate`)</extracomment>
        <translation>Isipele senziwe</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Okuqoshiwe</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Imibhalo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Usayizi</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>usuku olungaziwa</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <extracomment>Restored RestorePlan</extracomment>
        <translation>Buyisela usuka esipeleni</translation>
    </message>
    <message>
        <source>&lt;b&gt;The passphrase the backup was made with.&lt;/b&gt; The backup cannot be opened without it.</source>
        <translation>&lt;b&gt;Umushwana oyimfihlo okwenziwe ngawo isipele.&lt;/b&gt; Isipele asikwazi ukuvulwa ngaphandle kwawo.</translation>
    </message>
    <message>
        <source>the storage's secret access key</source>
        <translation>ukhiye oyimfihlo wokufinyelela wendawo yokugcina</translation>
    </message>
    <message>
        <source>the backup's passphrase</source>
        <translation>umushwana oyimfihlo wesipele</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with; it opens the backup</source>
        <translation>Umushwana oyimfihlo okwenziwe ngawo isipele; uvula isipele</translation>
    </message>
    <message>
        <source>Enter where your backup is kept, the storage's keys and the backup's passphrase. They are kept on this computer once the library is restored.</source>
        <translation>Faka lapho isipele sakho sigcinwe khona, okhiye bendawo yokugcina kanye nomushwana oyimfihlo wesipele. Kuzogcinwa kule khompyutha uma umtapo usubuyiselwe.</translation>
    </message>
    <message>
        <source>Show backups</source>
        <translation>Bonisa izipele</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Izipele</translation>
    </message>
    <message>
        <source>Choose the backup to restore; the newest is chosen first</source>
        <translation>Khetha isipele ozosibuyisela; esisha kakhulu sikhethwa kuqala</translation>
    </message>
    <message>
        <source>Restoring brings back the library and every recording of the chosen backup. Each file is checked before anything on this computer changes. A library already here is kept beside the restored one, never deleted.</source>
        <translation>Ukubuyisela kubuyisa umtapo nakho konke okuqoshiwe kwesipele esikhethiwe. Ifayela ngalinye liyahlolwa ngaphambi kokuthi kushintshe noma yini kule khompyutha. Umtapo osuvele ulapha ugcinwa eceleni kwalowo obuyiselwe, awusulwa neze.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Inqubekelaphambili</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Emuva</translation>
    </message>
    <message>
        <source>Back to where the backup is kept</source>
        <translation>Buyela lapho isipele sigcinwe khona</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Buyisela</translation>
    </message>
    <message>
        <source>Restores the backup chosen in the list</source>
        <translation>Ibuyisela isipele esikhethwe ohlwini</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Khansela ukubuyisela</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Vala</translation>
    </message>
    <message>
        <source>Restoring the backup of {date}.</source>
        <translation>Kubuyiselwa isipele sika-{date}.</translation>
    </message>
    <message>
        <source>the saved storage</source>
        <translation>indawo yokugcina elondoloziwe</translation>
    </message>
    <message>
        <source>enter the storage's secret access key</source>
        <translation>faka ukhiye oyimfihlo wokufinyelela wendawo yokugcina</translation>
    </message>
    <message>
        <source>enter the backup's passphrase</source>
        <translation>faka umushwana oyimfihlo wesipele</translation>
    </message>
    <message>
        <source>Backups in {where}:</source>
        <translation>Izipele ku-{where}:</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Ivula isipele…</translation>
    </message>
    <message>
        <source>{date} — cannot be read</source>
        <translation>{date} — ayikwazi ukufundwa</translation>
    </message>
    <message>
        <source>{date}  (newest)</source>
        <translation>{date}  (esisha kakhulu)</translation>
    </message>
    <message numerus="yes">
        <source>%n backups found.</source>
        <translation><numerusform>Kutholwe isipele esi-%n.</numerusform><numerusform>Kutholwe izipele ezingu-%n.</numerusform></translation>
    </message>
    <message>
        <source>None of the backups can be read. Run Verify on the Backup page to see why.</source>
        <translation>Asikho isipele esingafundeka. Sebenzisa u-Qinisekisa ekhasini lesipele ukuze ubone ukuthi kungani.</translation>
    </message>
    <message>
        <source>There is no backup here yet: check the bucket and the folder in it.</source>
        <translation>Asikho isipele lapha okwamanje: hlola i-bucket nefolda ekuyo.</translation>
    </message>
    <message>
        <source>Looking at the library on this computer…</source>
        <translation>Ibheka umtapo okule khompyutha…</translation>
    </message>
    <message>
        <source>The library on this computer cannot be read.</source>
        <translation>Umtapo okule khompyutha awukwazi ukufundwa.</translation>
    </message>
    <message numerus="yes">
        <source>The library on this computer holds %n recordings.</source>
        <translation><numerusform>Umtapo okule khompyutha unokuqoshiwe oku-%n.</numerusform><numerusform>Umtapo okule khompyutha unokuqoshiwe okungu-%n.</numerusform></translation>
    </message>
    <message>
        <source>Replace the library?</source>
        <translation>Shintsha umtapo?</translation>
    </message>
    <message>
        <source>Restoring replaces it with the backup of {date}. The current library file is kept beside the restored one (library.sqlite3.before-restore-…), so it can be brought back by hand; recordings added since that backup are not in the restored library.</source>
        <translation>Ukubuyisela kuwushintsha ngesipele sika-{date}. Ifayela lomtapo wamanje ligcinwa eceleni kwalowo obuyiselwe (library.sqlite3.before-restore-…), ukuze libuyiswe ngesandla; okuqoshiwe okungezwe kusukela kuleso sipele akukho emtapweni obuyiselwe.</translation>
    </message>
    <message>
        <source>Replace the library</source>
        <translation>Shintsha umtapo</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Akukho okubuyiselwe.</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>Iqala ukubuyisela…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Iyakhansela…</translation>
    </message>
    <message>
        <source>Restored the backup of {date}: {recordings} and {transcripts}, every file checked.</source>
        <translation>Isipele sika-{date} sibuyiselwe: {recordings} kanye ne-{transcripts}, wonke amafayela ahloliwe.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>okuqoshiwe oku-%n</numerusform><numerusform>okuqoshiwe okungu-%n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>umbhalo o-%n</numerusform><numerusform>imibhalo engu-%n</numerusform></translation>
    </message>
    <message>
        <source>Backups are not set up on this computer yet: {problem} Set them up in Settings → Backup.</source>
        <translation>Izipele azikasethwa kule khompyutha: {problem} Zisethe ku-Izilungiselelo → Isipele.</translation>
    </message>
    <message>
        <source>The restore failed: {reason}</source>
        <translation>Ukubuyisela kwehlulekile: {reason}</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing on this computer was changed.</source>
        <translation>Ukubuyisela kukhanseliwe; akukho okushintshiwe kule khompyutha.</translation>
    </message>
</context>
<context>
    <name>search_hits</name>
    <message>
        <source>in the title</source>
        <extracomment>hits read at a time where a hit that is not in the transcript was found (English; shown translated)</extracomment>
        <translation>esihlokweni</translation>
    </message>
    <message>
        <source>in the notes</source>
        <translation>emanothini</translation>
    </message>
    <message>
        <source>in a summary</source>
        <translation>esifingqweni</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>ku-{time}</translation>
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
        <translation>Umbhalo wengxenye</translation>
    </message>
    <message>
        <source>Enter saves, Escape cancels, Ctrl+K splits the segment at the cursor.</source>
        <translation>I-Enter iyalondoloza, i-Escape iyakhansela, i-Ctrl+K ihlukanisa ingxenye lapho kukhona i-cursor.</translation>
    </message>
</context>
<context>
    <name>segment_table</name>
    <message>
        <source>Transcript</source>
        <extracomment>the margin left of the times: room for the accent bar of the playing segment the speaker filter that shows the segments nobody is named for the speaker's bar at the margin's right edge: its width and its distance from the edge</extracomment>
        <translation>Umbhalo wenkulumo</translation>
    </message>
    <message>
        <source>Enter or F2 edits a segment, Space plays or pauses, Ctrl+Enter plays from its start.</source>
        <translation>I-Enter noma i-F2 ihlela ingxenye, i-Space iyadlala noma iyamisa, i-Ctrl+Enter idlala kusukela ekuqaleni kwayo.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>General</source>
        <extracomment>each page's name (English, shown translated) and its icon in the list (names of iam_desktop.ui.icons)</extracomment>
        <translation>Okujwayelekile</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Ukubhala</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Ifu</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Ukuqopha</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Ukubukeka</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Isitoreji</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Isipele</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Okubhaliselwe</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Amamodeli</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Amagama</translation>
    </message>
    <message>
        <source>Watch folders</source>
        <translation>Amafolda abhekwayo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Izilungiselelo</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Amakhasi ezilungiselelo</translation>
    </message>
</context>
<context>
    <name>shortcuts_dialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Izinqamuleli zekhibhodi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Isenzo</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Isinqamuleli</translation>
    </message>
</context>
<context>
    <name>source_picker</name>
    <message>
        <source>Microphone</source>
        <extracomment>each source's name and what it does (English; shown translated, context "source_picker"), and its glyph</extracomment>
        <translation>Imakrofoni</translation>
    </message>
    <message>
        <source>Record the microphone: dictation, a talk, a meeting in a room</source>
        <translation>Qopha imakrofoni: ukubhala ngokukhuluma, inkulumo, umhlangano egumbini</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Umsindo wekhompyutha</translation>
    </message>
    <message>
        <source>Record what the computer plays (a video, a webinar), not the microphone</source>
        <translation>Qopha lokho okudlalwa yikhompyutha (ividiyo, i-webinar), hhayi imakrofoni</translation>
    </message>
    <message>
        <source>Both (call)</source>
        <translation>Kokubili (ucingo)</translation>
    </message>
    <message>
        <source>Record a call: your microphone and the computer's audio, transcribed as you and the others</source>
        <translation>Qopha ucingo: imakrofoni yakho nomsindo wekhompyutha, kubhalwe njengawe nabanye</translation>
    </message>
    <message>
        <source>Record from</source>
        <translation>Qopha kusuka ku</translation>
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
        <translation>Izikhulumi</translation>
    </message>
    <message>
        <source>Each speaker's talk time and share. Choose a speaker (arrow keys) to show only their segments; the context menu renames a speaker or merges it into another.</source>
        <translation>Isikhathi sokukhuluma nesabelo sesikhulumi ngasinye. Khetha isikhulumi (okhiye bemicibisholo) ukuze ubonise izingxenye zaso kuphela; imenyu yokuqukethwe iqamba kabusha isikhulumi noma isihlanganisa nesinye.</translation>
    </message>
    <message>
        <source>Show every speaker's segments</source>
        <translation>Bonisa izingxenye zazo zonke izikhulumi</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Zonke izikhulumi</translation>
    </message>
    <message numerus="yes">
        <source>All speakers: %n speakers, {time} of talk</source>
        <translation><numerusform>Zonke izikhulumi: isikhulumi esingu-%n, {time} sokukhuluma</numerusform><numerusform>Zonke izikhulumi: izikhulumi ezingu-%n, {time} sokukhuluma</numerusform></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Asikho isikhulumi</translation>
    </message>
    <message>
        <source>{time} · {percent}</source>
        <translation>{time} · {percent}</translation>
    </message>
    <message>
        <source>{speaker}: {time}, {percent} of the talk</source>
        <translation>{speaker}: {time}, {percent} yokukhuluma</translation>
    </message>
    <message>
        <source>Show only {speaker}'s segments (right-click to rename or merge)</source>
        <translation>Bonisa izingxenye zika-{speaker} kuphela (chofoza kwesokudla ukuze uqambe kabusha noma uhlanganise)</translation>
    </message>
    <message>
        <source>Show only the segments nobody is named for</source>
        <translation>Bonisa kuphela izingxenye ezingenaso isikhulumi esiqanjwe igama</translation>
    </message>
    <message>
        <source>Rename {speaker}…</source>
        <translation>Qamba kabusha u-{speaker}…</translation>
    </message>
    <message>
        <source>Merge {speaker} into</source>
        <translation>Hlanganisa u-{speaker} no-</translation>
    </message>
</context>
<context>
    <name>storage_page</name>
    <message>
        <source>Adding up…</source>
        <translation>Kuyahlanganiswa…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Vula</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Bonisa ifolda yedatha kusiphathi samafayela</translation>
    </message>
    <message>
        <source>The library holds your recordings' audio, their transcripts and notes: back it up with the rest of your files.</source>
        <translation>Umtapo uqukethe umsindo wokuqoshiwe kwakho, imibhalo yakho namanothi: wenze isipele kanye namanye amafayela akho.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Ifolda yedatha:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Usayizi:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>akwaziwa</translation>
    </message>
    <message>
        <source>The size could not be added up: {reason}</source>
        <translation>Usayizi awukwazanga ukubalwa: {reason}</translation>
    </message>
    <message>
        <source>No program to show folders with was found.</source>
        <translation>Alukho uhlelo lokubonisa amafolda olutholakele.</translation>
    </message>
</context>
<context>
    <name>subscription_page</name>
    <message>
        <source>Active</source>
        <extracomment>the state pill of the current plan: its words and colour, by Entitlement.state</extracomment>
        <translation>Iyasebenza</translation>
    </message>
    <message>
        <source>Offline grace</source>
        <translation>Isikhathi somusa ungaxhunyiwe</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Iphelile</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Idinga ukunakwa</translation>
    </message>
    <message>
        <source>YOUR PLAN</source>
        <extracomment>the usage bar turns to the warning colour from this fraction of the allowance Entitlement</extracomment>
        <translation>UHLELO LWAKHO</translation>
    </message>
    <message>
        <source>Reading your licence…</source>
        <translation>Ifunda ilayisensi yakho…</translation>
    </message>
    <message>
        <source>Manage subscription</source>
        <translation>Phatha okubhaliselwe</translation>
    </message>
    <message>
        <source>Open the payment provider's customer portal in your browser: cancel, change the card, see invoices</source>
        <translation>Vula isango lamakhasimende lomhlinzeki wokukhokha kusiphequluli sakho: khansela, shintsha ikhadi, bona ama-invoyisi</translation>
    </message>
    <message>
        <source>Activate licence…</source>
        <translation>Yenza ilayisensi isebenze…</translation>
    </message>
    <message>
        <source>Paste a licence you received after paying</source>
        <translation>Namathisela ilayisensi oyithole ngemva kokukhokha</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vuselela</translation>
    </message>
    <message>
        <source>Fetch your licence from the billing service</source>
        <translation>Landa ilayisensi yakho kusevisi yezinkokhelo</translation>
    </message>
    <message>
        <source>Read the stored licence and the minutes used again</source>
        <translation>Phinda ufunde ilayisensi egciniwe namaminithi asetshenzisiwe</translation>
    </message>
    <message>
        <source>Cloud minutes used this month</source>
        <translation>Amaminithi efu asetshenziswe kule nyanga</translation>
    </message>
    <message>
        <source>The address the payment provider sends your receipt and licence to; kept in the system keyring</source>
        <translation>Ikheli umhlinzeki wokukhokha athumela kulo irisidi nelayisensi yakho; ligcinwa endaweni yokugcina okhiye yesistimu</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Khokha nge</translation>
    </message>
    <message>
        <source>The payment provider, and the currency of the prices below</source>
        <translation>Umhlinzeki wokukhokha, nohlobo lwemali lwamanani angezansi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>I-imeyili</translation>
    </message>
    <message>
        <source>No payments yet. Each period you pay for is listed here, with its invoice.</source>
        <translation>Azikabi khona izinkokhelo. Isikhathi ngasinye osikhokhelayo sibhalwa lapha, ne-invoyisi yaso.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Izinhlelo</translation>
    </message>
    <message>
        <source>Cloud minutes this month</source>
        <translation>Amaminithi efu kule nyanga</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Umlando wezinkokhelo</translation>
    </message>
    <message>
        <source>This period: {period}</source>
        <translation>Lesi sikhathi: {period}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} payment page…</source>
        <translation>Icela ikhasi lokukhokha le-{gateway}…</translation>
    </message>
    <message>
        <source>The {gateway} payment page for {plan} is open in your browser. {next_step}</source>
        <translation>Ikhasi lokukhokha le-{gateway} lika-{plan} livuliwe kusiphequluli sakho. {next_step}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} customer portal…</source>
        <translation>Icela isango lamakhasimende le-{gateway}…</translation>
    </message>
    <message>
        <source>The {gateway} customer portal is open in your browser.</source>
        <translation>Isango lamakhasimende le-{gateway} livuliwe kusiphequluli sakho.</translation>
    </message>
    <message>
        <source>The invoice is open in your browser.</source>
        <translation>I-invoyisi ivuliwe kusiphequluli sakho.</translation>
    </message>
    <message>
        <source>Asking the billing service for your licence…</source>
        <translation>Icela ilayisensi yakho kusevisi yezinkokhelo…</translation>
    </message>
    <message>
        <source>Licence activated: you are on {plan}. Thank you!</source>
        <translation>Ilayisensi isiyasebenza: usku-{plan}. Siyabonga!</translation>
    </message>
    <message>
        <source>The address to open is not a valid web address, so it was not opened.</source>
        <translation>Ikheli okufanele livulwe akulona ikheli lewebhu elivumelekile, ngakho alivulwanga.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Make sure a web browser is set as the default, then try again.</source>
        <translation>Isiphequluli asikwazanga ukuvulwa. Qinisekisa ukuthi kukhona isiphequluli sewebhu esisethwe njengokuzenzakalelayo, bese uzama futhi.</translation>
    </message>
    <message>
        <source>When the payment is through, press Refresh.</source>
        <translation>Uma inkokhelo isiphumelele, cindezela u-Vuselela.</translation>
    </message>
    <message>
        <source>When the payment is through, paste the licence you receive with Activate licence…</source>
        <translation>Uma inkokhelo isiphumelele, namathisela ilayisensi oyitholayo ngo-Yenza ilayisensi isebenze…</translation>
    </message>
</context>
<context>
    <name>subscription_texts</name>
    <message>
        <source>Stripe — card, USD</source>
        <extracomment>the gateway choice's labels, by gateway id, in the order offered (PayGate's and Stitch's are a brand and a currency code: the same in every language)</extracomment>
        <translation>Stripe — ikhadi, USD</translation>
    </message>
    <message>
        <source>The licence is up to date.</source>
        <extracomment>the symbol an amount is shown with, by currency code (others show their code) the billing core's refresh messages that are always the same words (shown translated)</extracomment>
        <translation>Ilayisensi isesikhathini.</translation>
    </message>
    <message>
        <source>The billing service has no licence for this installation yet: once a payment goes through, refresh again.</source>
        <translation>Isevisi yezinkokhelo ayikabi nayo ilayisensi yalokhu kufakwa: uma inkokhelo isiphumelele, phinda uvuselele.</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Uhlelo lwamanje</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Bhalisa</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Thuthukisa</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Vuselela ukubhalisa</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Shintsha uhlelo</translation>
    </message>
    <message>
        <source>You are on the {plan} plan</source>
        <translation>Usohlelweni lwe-{plan}</translation>
    </message>
    <message>
        <source>Opens {gateway}'s customer portal in your browser, where you can change or cancel your subscription</source>
        <translation>Ivula isango lamakhasimende le-{gateway} kusiphequluli sakho, lapho ungashintsha noma ukhansele ukubhalisa kwakho</translation>
    </message>
    <message>
        <source>Opens {gateway}'s payment page for {plan} in your browser</source>
        <translation>Ivula ikhasi lokukhokha le-{gateway} lika-{plan} kusiphequluli sakho</translation>
    </message>
    <message>
        <source>Renews {day}</source>
        <translation>Izovuselelwa ngo-{day}</translation>
    </message>
    <message>
        <source>Offline grace until {day}: go online to refresh the licence, or renew</source>
        <translation>Isikhathi somusa ungaxhunyiwe kuze kube ngu-{day}: xhuma ku-inthanethi ukuze uvuselele ilayisensi, noma uphinde ubhalise</translation>
    </message>
    <message>
        <source>Your {plan} licence ended on {day}: renew to keep {plan}</source>
        <translation>Ilayisensi yakho ye-{plan} iphele ngo-{day}: vuselela ukuze ugcine i-{plan}</translation>
    </message>
    <message>
        <source>Licence refreshed: {plan} until {day}.</source>
        <translation>Ilayisensi ivuselelwe: {plan} kuze kube ngu-{day}.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %n cloud minutes used this month</source>
        <translation><numerusform>{used} kweminithi elingu-%n lefu kusetshenzisiwe kule nyanga</numerusform><numerusform>{used} kwamaminithi angu-%n efu kusetshenzisiwe kule nyanga</numerusform></translation>
    </message>
    <message>
        <source>None left</source>
        <translation>Akukho okusele</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left</source>
        <translation><numerusform>kusele iminithi elingu-%n</numerusform><numerusform>kusele amaminithi angu-%n</numerusform></translation>
    </message>
    <message>
        <source>{left} · the count starts again on {day}</source>
        <translation>{left} · ukubala kuqala kabusha ngo-{day}</translation>
    </message>
</context>
<context>
    <name>summary_panel</name>
    <message>
        <source>Offline</source>
        <extracomment>the formats "Export with the transcript…" offers, the first the default how many chapters show at once above a summary's text the engine choices' data the data role of a history item (the summary's ID) and of a chapter item (its start in seconds) (seconds) no arguments</extracomment>
        <translation>Ngaphandle kwe-inthanethi</translation>
    </message>
    <message>
        <source>Focus on… (optional: what the summary should pay attention to)</source>
        <translation>Gxila ku… (akuphoqelekile: lokho isifinyezo okufanele sikunake)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Khiqiza</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Khansela</translation>
    </message>
    <message>
        <source>Stop making this summary (Esc)</source>
        <translation>Misa ukwenza lesi sifinyezo (Esc)</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Engeza ukhiye…</translation>
    </message>
    <message>
        <source>Add an OpenAI key in Settings → Cloud</source>
        <translation>Engeza ukhiye we-OpenAI ku-Izilungiselelo → Ifu</translation>
    </message>
    <message>
        <source>Summaries of this recording</source>
        <translation>Izifinyezo zalokhu okuqoshiwe</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Sekuphelelwe yisikhathi</translation>
    </message>
    <message>
        <source>The transcript changed after this summary was made: generate it again</source>
        <translation>Umbhalo wenkulumo ushintshile ngemva kokwenziwa kwalesi sifinyezo: siphinde usikhiqize</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopisha</translation>
    </message>
    <message>
        <source>Copy the summary as plain text</source>
        <translation>Kopisha isifinyezo njengombhalo ongenalutho</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Thekelisa</translation>
    </message>
    <message>
        <source>Save the summary, or export it with the transcript</source>
        <translation>Londoloza isifinyezo, noma sithekelise kanye nombhalo wenkulumo</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Londoloza njengombhalo…</translation>
    </message>
    <message>
        <source>Export with the transcript…</source>
        <translation>Thekelisa kanye nombhalo wenkulumo…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Hlela</translation>
    </message>
    <message>
        <source>Correct the summary's text</source>
        <translation>Lungisa umbhalo wesifinyezo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Londoloza</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Lahla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Susa</translation>
    </message>
    <message>
        <source>Delete this summary</source>
        <translation>Susa lesi sifinyezo</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Izahluko</translation>
    </message>
    <message>
        <source>Enter shows the transcript at the chapter's start</source>
        <translation>U-Enter ubonisa umbhalo wenkulumo ekuqaleni kwesahluko</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Umbhalo wesifinyezo</translation>
    </message>
    <message>
        <source>Open a recording to summarise it.</source>
        <translation>Vula okuqoshiwe ukuze ukufinyeze.</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Yenza:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Injini:</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>Umyalelo:</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Izifinyezo</translation>
    </message>
    <message>
        <source>Out of date: the transcript changed after this summary was made</source>
        <translation>Sekuphelelwe yisikhathi: umbhalo wenkulumo ushintshile ngemva kokwenziwa kwalesi sifinyezo</translation>
    </message>
    <message>
        <source>No summary yet: choose what to make and press Generate.</source>
        <translation>Asikho isifinyezo okwamanje: khetha ozokwenza bese ucindezela u-Khiqiza.</translation>
    </message>
    <message>
        <source>Not transcribed yet: a summary needs the transcript.</source>
        <translation>Akukabhalwa okwamanje: isifinyezo sidinga umbhalo wenkulumo.</translation>
    </message>
    <message>
        <source>No OpenAI key: an offline summary (sentences from the transcript)</source>
        <translation>Akukho khiye we-OpenAI: isifinyezo ngaphandle kwe-inthanethi (imisho evela embhalweni wenkulumo)</translation>
    </message>
    <message>
        <source>Offline: sentences from the transcript, made on this computer</source>
        <translation>Ngaphandle kwe-inthanethi: imisho evela embhalweni wenkulumo, yenziwe kule khompyutha</translation>
    </message>
    <message>
        <source>Estimating the cost with {model}…</source>
        <translation>Kulinganiselwa izindleko nge-{model}…</translation>
    </message>
    <message>
        <source>The cost with {model} could not be estimated</source>
        <translation>Izindleko nge-{model} azikwazanga ukulinganiselwa</translation>
    </message>
    <message>
        <source>Making: {preset}…</source>
        <translation>Kwenziwa: {preset}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Kuyakhanselwa…</translation>
    </message>
    <message>
        <source>OpenAI could not be reached: this is an offline summary.</source>
        <translation>I-OpenAI ayitholakalanga: lesi yisifinyezo esenziwe ngaphandle kwe-inthanethi.</translation>
    </message>
    <message>
        <source>{preset} ready</source>
        <translation>{preset} sekulungile</translation>
    </message>
    <message>
        <source>Cancelled: no summary was stored.</source>
        <translation>Kukhanseliwe: asikho isifinyezo esigciniwe.</translation>
    </message>
    <message>
        <source>There is no transcript to summarise yet: transcribe the recording first.</source>
        <translation>Awukho umbhalo wenkulumo ongafinyezwa okwamanje: qala ubhale okuqoshiwe.</translation>
    </message>
    <message>
        <source>No OpenAI key is set: add one in Settings → Cloud, or choose Offline.</source>
        <translation>Akukho khiye we-OpenAI osethiwe: engeza owodwa ku-Izilungiselelo → Ifu, noma ukhethe Ngaphandle kwe-inthanethi.</translation>
    </message>
    <message>
        <source>The summary could not be made: {reason}</source>
        <translation>Isifinyezo asikwazanga ukwenziwa: {reason}</translation>
    </message>
    <message>
        <source>The summary could not be made: something went wrong that IAM Desktop did not expect.</source>
        <translation>Isifinyezo asikwazanga ukwenziwa: kukhona okungahambanga kahle i-IAM Desktop ebingakulindele.</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Isifinyezo sikopishiwe.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Londoloza isifinyezo</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Umbhalo ongenalutho (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Kulondolozwe ku-{path}</translation>
    </message>
    <message>
        <source>Export with the transcript</source>
        <translation>Thekelisa kanye nombhalo wenkulumo</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Kuthekeliswe ku-{path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kulondoloziwe</translation>
    </message>
    <message>
        <source>Delete summary?</source>
        <translation>Susa isifinyezo?</translation>
    </message>
    <message>
        <source>Delete this summary ({made})? This cannot be undone.</source>
        <translation>Susa lesi sifinyezo ({made})? Lokhu akunakuhlehliswa.</translation>
    </message>
    <message>
        <source>Summary deleted.</source>
        <translation>Isifinyezo sisusiwe.</translation>
    </message>
</context>
<context>
    <name>summary_texts</name>
    <message>
        <source>Summary</source>
        <extracomment>the presets as the window names them (English; translated where shown), in PRESETS' order</extracomment>
        <translation>Isifinyezo</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Amaphuzu abalulekile</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Okufanele kwenziwe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Imizuzu yomhlangano</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Izahluko</translation>
    </message>
    <message>
        <source>Offline summary</source>
        <extracomment>a moment in a summary's text: [m:ss] or [h:mm:ss] (also m:ss–m:ss ranges' first part) the scheme of the links that seek ("seek:754.0") a heading marked as Markdown writes one ("## Decisions", "**Decisions**") a line longer than this is never taken for a heading how a line of a list starts the space a blank line leaves between two paragraphs (pixels)</extracomment>
        <translation>Isifinyezo ngaphandle kwe-inthanethi</translation>
    </message>
    <message>
        <source>OpenAI ({model})</source>
        <translation>I-OpenAI ({model})</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Sekuphelelwe yisikhathi</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Kuhleliwe</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngaphandle kwe-inthanethi</translation>
    </message>
    <message>
        <source>“{instruction}”</source>
        <translation>“{instruction}”</translation>
    </message>
    <message>
        <source>Less than {cost} with {model}</source>
        <extracomment>the smallest amount the estimate names ("Less than $0.001")</extracomment>
        <translation>Ngaphansi kuka-{cost} nge-{model}</translation>
    </message>
    <message>
        <source>About {cost} with {model}</source>
        <translation>Cishe u-{cost} nge-{model}</translation>
    </message>
</context>
<context>
    <name>tags_editor</name>
    <message>
        <source>Add tags, separated by commas</source>
        <extracomment>list of tag names</extracomment>
        <translation>Engeza omaka, uwahlukanise ngokhefana</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Omaka</translation>
    </message>
    <message>
        <source>Tags separated by commas; suggestions appear while you type</source>
        <translation>Omaka ahlukaniswe ngokhefana; iziphakamiso zivela ngesikhathi uthayipha</translation>
    </message>
</context>
<context>
    <name>transcribe_options</name>
    <message>
        <source>Offline (this computer)</source>
        <extracomment>each engine's name in the pickers (English; shown with `engine_label`)</extracomment>
        <translation>Ngaphandle kwe-inthanethi (le khompyutha)</translation>
    </message>
    <message>
        <source>OpenAI (cloud)</source>
        <translation>OpenAI (ifu)</translation>
    </message>
    <message>
        <source>OpenAI needs an API key, and the system keyring is locked or unavailable</source>
        <extracomment>the speaker counts the picker lists (more can be set in the settings file)</extracomment>
        <translation>I-OpenAI idinga ukhiye we-API, futhi isikhwama sezikhiye sesistimu sikhiyiwe noma asitholakali</translation>
    </message>
    <message>
        <source>OpenAI needs an API key</source>
        <translation>I-OpenAI idinga ukhiye we-API</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>(nothing)</extracomment>
        <translation>Thola ngokuzenzakalelayo</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Humushela esiNgisini</translation>
    </message>
    <message>
        <source>No speakers</source>
        <translation>Azikho izikhulumi</translation>
    </message>
    <message>
        <source>Speakers: auto</source>
        <translation>Izikhulumi: ngokuzenzakalela</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Izikhulumi</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>Isikhulumi esingu-%n</numerusform><numerusform>Izikhulumi ezingu-%n</numerusform></translation>
    </message>
    <message>
        <source>Label who speaks when (Speaker 1, Speaker 2…), offline, after transcribing</source>
        <translation>Bonisa ukuthi ngubani okhulumayo nini (Speaker 1, Speaker 2…), ngaphandle kwe-inthanethi, ngemva kokubhala</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Engeza ukhiye…</translation>
    </message>
    <message>
        <source>Open Settings to add an OpenAI API key</source>
        <translation>Vula Izilungiselelo ukuze wengeze ukhiye we-API we-OpenAI</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Injini:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ulimi:</translation>
    </message>
    <message>
        <source>The language spoken in the files you transcribe next</source>
        <translation>Ulimi olukhulunywa kumafayela ozowabhala ngokulandelayo</translation>
    </message>
    <message>
        <source>Write the transcript in English, whatever language is spoken</source>
        <translation>Bhala umbhalo ngesiNgisi, noma ngabe kukhulunywa luphi ulimi</translation>
    </message>
</context>
<context>
    <name>transcript_editing</name>
    <message>
        <source>One moment: {reason}</source>
        <translation>Ake ulinde kancane: {reason}</translation>
    </message>
    <message>
        <source>the original transcript is being restored.</source>
        <translation>umbhalo wenkulumo wokuqala uyabuyiselwa.</translation>
    </message>
    <message>
        <source>Restore original</source>
        <translation>Buyisela okwangempela</translation>
    </message>
    <message>
        <source>reloading the transcript after an edit that was not saved.</source>
        <translation>umbhalo wenkulumo uyalayishwa kabusha ngemuva koshintsho olungalondolozwanga.</translation>
    </message>
</context>
<context>
    <name>transcript_find</name>
    <message numerus="yes">
        <source>%n matches</source>
        <extracomment>how long the find field must be left alone before the number of matches is announced</extracomment>
        <translation><numerusform>%n umphumela</numerusform><numerusform>%n imiphumela</numerusform></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ayikho imiphumela</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Akutholakalanga</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} kokungu-{total}</translation>
    </message>
    <message>
        <source>Match {current} of {total}: {text}</source>
        <translation>Umphumela {current} kokungu-{total}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation><numerusform>Kushintshwe %n</numerusform><numerusform>Kushintshwe %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replacements</source>
        <translation><numerusform>%n umphumela ushintshiwe</numerusform><numerusform>%n imiphumela ishintshiwe</numerusform></translation>
    </message>
</context>
<context>
    <name>transcript_model</name>
    <message>
        <source>Time</source>
        <extracomment>the columns' headers, in English (translated where shown)</extracomment>
        <translation>Isikhathi</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Isikhulumi</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Umbhalo</translation>
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
        <translation>{start} – {end}: chofoza ukuze udlale kusukela lapha</translation>
    </message>
</context>
<context>
    <name>transcript_playalong</name>
    <message>
        <source>Unsure word {current} of {total}: “{word}” ({percent}%)</source>
        <translation>Igama elingaqinisekile {current} kwangu-{total}: “{word}” ({percent}%)</translation>
    </message>
    <message>
        <source>Back at the end — {message}</source>
        <translation>Sekubuyelwe ekugcineni — {message}</translation>
    </message>
    <message>
        <source>Back at the top — {message}</source>
        <translation>Sekubuyelwe phezulu — {message}</translation>
    </message>
    <message>
        <source>{message} — Space plays, F2 corrects.</source>
        <translation>{message} — I-Space iyadlala, i-F2 iyalungisa.</translation>
    </message>
</context>
<context>
    <name>transcript_view</name>
    <message>
        <source>Offline</source>
        <extracomment>the engine as the header names it (English; translated where shown)</extracomment>
        <translation>Ngaphandle kwe-inthanethi</translation>
    </message>
    <message>
        <source>Drop audio or video files here, or use “Add files…”.</source>
        <extracomment>(message) a passing remark for the status bar</extracomment>
        <translation>Yisa amafayela omsindo noma evidiyo lapha, noma usebenzise “Engeza amafayela…”.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Misa isikhashana</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Dlala</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Hlehlisa: {edit}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hlehlisa</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Phinda wenze: {edit}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Phinda wenze</translation>
    </message>
    <message>
        <source>&lt;i&gt;edited&lt;/i&gt; (the original is kept)</source>
        <translation>&lt;i&gt;kuhleliwe&lt;/i&gt; (okwangempela kuyagcinwa)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsure words</source>
        <translation><numerusform>%n igama elingaqinisekile</numerusform><numerusform>%n amagama angaqinisekile</numerusform></translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <translation>Ayikho inkulumo etholakale kulokhu okuqoshiwe.</translation>
    </message>
    <message>
        <source>{language} (detected, {percent}%)</source>
        <translation>{language} (kutholakele, {percent}%)</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Hlela umbhalo</translation>
    </message>
    <message>
        <source>This segment has only one word: there is nowhere to split it.</source>
        <translation>Le ngxenye inegama elilodwa kuphela: ayikwazi ukuhlukaniswa.</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>Hlukanisa ingxenye</translation>
    </message>
    <message>
        <source>Split at the text cursor while editing, else at the middle word</source>
        <translation>Hlukanisa lapho kukhona i-cursor lapho uhlela, uma kungenjalo egameni elisemkhathini</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Hlanganisa nelandelayo</translation>
    </message>
    <message>
        <source>Start {seconds} s earlier</source>
        <translation>Qala ngo-{seconds} s ngaphambilini</translation>
    </message>
    <message>
        <source>Start {seconds} s later</source>
        <translation>Qala ngo-{seconds} s kamuva</translation>
    </message>
    <message>
        <source>End {seconds} s earlier</source>
        <translation>Qeda ngo-{seconds} s ngaphambilini</translation>
    </message>
    <message>
        <source>End {seconds} s later</source>
        <translation>Qeda ngo-{seconds} s kamuva</translation>
    </message>
    <message>
        <source>Set speaker…</source>
        <translation>Setha isikhulumi…</translation>
    </message>
    <message>
        <source>Rename speaker…</source>
        <translation>Qamba kabusha isikhulumi…</translation>
    </message>
    <message>
        <source>Merge speaker into…</source>
        <translation>Hlanganisa isikhulumi nesinye…</translation>
    </message>
    <message>
        <source>Show all speakers</source>
        <translation>Bonisa zonke izikhulumi</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Thola…</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Thola futhi ushintshe…</translation>
    </message>
    <message>
        <source>Next unsure word</source>
        <translation>Igama elilandelayo elingaqinisekile</translation>
    </message>
    <message>
        <source>Go to the next word the engine was unsure of (underlined)</source>
        <translation>Iya egameni elilandelayo injini ebingaqinisekile ngalo (elidwetshelwe)</translation>
    </message>
    <message>
        <source>Previous unsure word</source>
        <translation>Igama elandulele elingaqinisekile</translation>
    </message>
    <message>
        <source>Restore original transcript…</source>
        <translation>Buyisela umbhalo wenkulumo wokuqala…</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Dlala / misa isikhashana</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Dlala kusukela lapha</translation>
    </message>
    <message>
        <source>Back {seconds} s</source>
        <translation>Buyela emuva {seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} s</source>
        <translation>Iya phambili {seconds} s</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>Hlanganisa izingxenye</translation>
    </message>
    <message>
        <source>Nudge segment</source>
        <translation>Suse kancane ingxenye</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Setha isikhulumi</translation>
    </message>
    <message>
        <source>Who speaks here? (empty: nobody named)</source>
        <translation>Ubani okhulumayo lapha? (akukho lutho: akekho oqanjwe igama)</translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation>Qamba kabusha isikhulumi</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Isikhulumi:</translation>
    </message>
    <message>
        <source>New name for {speaker}:</source>
        <translation>Igama elisha lika-{speaker}:</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Hlanganisa izikhulumi</translation>
    </message>
    <message>
        <source>Merge this speaker:</source>
        <translation>Hlanganisa lesi sikhulumi:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Nesikhulumi:</translation>
    </message>
    <message>
        <source>{speaker} merged into {other}.</source>
        <translation>U-{speaker} uhlanganiswe no-{other}.</translation>
    </message>
    <message>
        <source>Restore original transcript</source>
        <translation>Buyisela umbhalo wenkulumo wokuqala</translation>
    </message>
    <message>
        <source>Discard your edits of this transcript and go back to the original one?
(Edit ▸ Undo brings them back.)</source>
        <translation>Lahla izinguquko zakho kulo mbhalo wenkulumo bese ubuyela kowokuqala?
(Hlela ▸ Hlehlisa iyazibuyisa.)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Shintsha konke</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrences of “{text}”.</source>
        <translation><numerusform>Kushintshwe indawo engu-%n lapho kuvela khona “{text}”.</numerusform><numerusform>Kushintshwe izindawo ezingu-%n lapho kuvela khona “{text}”.</numerusform></translation>
    </message>
    <message>
        <source>No unsure words in this transcript.</source>
        <translation>Awekho amagama angaqinisekile kulo mbhalo wenkulumo.</translation>
    </message>
</context>
<context>
    <name>transcription_page</name>
    <message>
        <source>Automatic (tiny.en for English, base otherwise)</source>
        <extracomment>the offline model picker's first entry (English; shown translated)</extracomment>
        <translation>Okuzenzakalelayo (tiny.en yesiNgisi, base kokunye)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>ulimi olu-%n</numerusform><numerusform>izilimi ezi-%n</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>IsiNgisi kuphela</translation>
    </message>
    <message>
        <source>{model} ({languages})</source>
        <translation>{model} ({languages})</translation>
    </message>
    <message>
        <source>Offline transcription never sends audio anywhere. The cloud engine (OpenAI) needs a key: see Cloud.</source>
        <translation>Ukubhala ngaphandle kwe-inthanethi akulokothi kuthumele umsindo ndawo. Injini yefu (OpenAI) idinga ukhiye: bheka u-Ifu.</translation>
    </message>
    <message>
        <source>Long recordings are transcribed in pieces of about this length, cut at pauses; an interrupted transcription goes on from its last finished piece.</source>
        <translation>Okuqoshiwe okude kubhalwa ngezingxenye ezicishe zibe yilobu bude, ezisikwa lapho kuthule khona; ukubhala okuphazamisekile kuqhubeka kusukela engxenyeni yokugcina eqediwe.</translation>
    </message>
    <message>
        <source>Default engine:</source>
        <translation>Injini ezenzakalelayo:</translation>
    </message>
    <message>
        <source>Offline model:</source>
        <translation>Imodeli engaphandle kwe-inthanethi:</translation>
    </message>
    <message>
        <source>Piece length:</source>
        <translation>Ubude bengxenye:</translation>
    </message>
    <message>
        <source>{model} (not found)</source>
        <translation>{model} (ayitholakalanga)</translation>
    </message>
</context>
<context>
    <name>upgrade_prompt</name>
    <message>
        <source>Not enough cloud minutes left this month</source>
        <extracomment>the prompt's first line, by what stopped the work (its message follows, with the numbers and a plan)</extracomment>
        <translation>Awekho amaminithi anele wefu asele kule nyanga</translation>
    </message>
    <message>
        <source>Not in your plan</source>
        <translation>Akukho ohlelweni lwakho</translation>
    </message>
    <message>
        <source>Upgrade…</source>
        <translation>Thuthukisa…</translation>
    </message>
    <message>
        <source>Show the plans on the Subscription page</source>
        <translation>Bonisa izinhlelo ekhasini Lokubhalisa</translation>
    </message>
    <message>
        <source>Transcribe on this computer</source>
        <translation>Bhala phansi kule khompyutha</translation>
    </message>
</context>
<context>
    <name>usage_chart</name>
    <message>
        <source>Cloud minutes per day this month</source>
        <extracomment>the plot's height (px)</extracomment>
        <translation>Amaminithi efu ngosuku kule nyanga</translation>
    </message>
    <message>
        <source>Minutes of cloud transcription per day. Your plan has no cloud minutes.</source>
        <translation>Amaminithi okulotshwa kwamazwi efwini ngosuku. Uhlelo lwakho alunawo amaminithi efu.</translation>
    </message>
    <message numerus="yes">
        <source>Minutes of cloud transcription per day. Dashed line: {pace} a day uses your %n minutes by the end of the month.</source>
        <translation><numerusform>Amaminithi okulotshwa kwamazwi efwini ngosuku. Umugqa wamachashaza: u-{pace} ngosuku usebenzisa iminithi lakho elingu-%n ekupheleni kwenyanga.</numerusform><numerusform>Amaminithi okulotshwa kwamazwi efwini ngosuku. Umugqa wamachashaza: u-{pace} ngosuku usebenzisa amaminithi akho angu-%n ekupheleni kwenyanga.</numerusform></translation>
    </message>
    <message>
        <source>No cloud minutes used yet this month.</source>
        <translation>Awekho amaminithi efu asetshenzisiwe kule nyanga okwamanje.</translation>
    </message>
    <message>
        <source>The busiest day was {day}: {duration}.</source>
        <translation>Usuku olumatasa kakhulu kwaba ngu-{day}: {duration}.</translation>
    </message>
    <message>
        <source>about half a minute</source>
        <translation>cishe ingxenye yeminithi</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>ngaphansi kweminithi</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation><numerusform>iminithi elingu-%n</numerusform><numerusform>amaminithi angu-%n</numerusform></translation>
    </message>
</context>
<context>
    <name>vocabulary_page</name>
    <message>
        <source>Names, places and jargon the transcription should spell right. Used by the offline model and the cloud, for every new transcription.</source>
        <extracomment>what the page is for (English: shown through `translate`)</extracomment>
        <translation>Amagama abantu, izindawo namagama obuchwepheshe okufanele abhalwe kahle ekubhaleni. Asetshenziswa yimodeli engaxhunyiwe ku-inthanethi kanye nefu, kukho konke ukubhala okusha.</translation>
    </message>
    <message>
        <source>No terms yet.</source>
        <translation>Awekho amagama okwamanje.</translation>
    </message>
    <message numerus="yes">
        <source>%n terms.</source>
        <translation><numerusform>Igama eli-%n.</numerusform><numerusform>Amagama angu-%n.</numerusform></translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Igama elisha</translation>
    </message>
    <message>
        <source>One term or several separated by commas; Enter adds them</source>
        <translation>Igama elilodwa noma amaningi ahlukaniswe ngokhefana; u-Enter uyawengeza</translation>
    </message>
    <message>
        <source>Add terms, separated by commas: Gqeberha, Mbombela, Nkosazana</source>
        <translation>Engeza amagama, ahlukaniswe ngokhefana: Gqeberha, Mbombela, Nkosazana</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Engeza</translation>
    </message>
    <message>
        <source>Adds the terms typed</source>
        <translation>Yengeza amagama athayiphiwe</translation>
    </message>
    <message>
        <source>Vocabulary terms</source>
        <translation>Amagama esichazamazwi</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Susa okukhethiwe</translation>
    </message>
    <message>
        <source>Remove the selected terms ({shortcut})</source>
        <translation>Susa amagama akhethiwe ({shortcut})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Iyalayisha…</translation>
    </message>
    <message>
        <source>Removed {terms}.</source>
        <translation>Kususwe {terms}.</translation>
    </message>
    <message>
        <source>Added {terms}.</source>
        <translation>Kwengezwe {terms}.</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Sekuvele kusohlwini.</translation>
    </message>
    <message>
        <source> (at most {count})</source>
        <translation> (kuze kufike ku-{count})</translation>
    </message>
</context>
<context>
    <name>watch_bridge</name>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}); export failed: {error}.</source>
        <extracomment>milliseconds between two scans while the window is open</extracomment>
        <translation>Amafolda abhekwayo: u-{name} ubhaliwe futhi wathunyelwa ngaphandle ({formats}); ukuthumela ngaphandle kwehlulekile: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}).</source>
        <translation>Amafolda abhekwayo: u-{name} ubhaliwe futhi wathunyelwa ngaphandle ({formats}).</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed; export failed: {error}.</source>
        <translation>Amafolda abhekwayo: u-{name} ubhaliwe; ukuthumela ngaphandle kwehlulekile: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed.</source>
        <translation>Amafolda abhekwayo: u-{name} ubhaliwe.</translation>
    </message>
    <message>
        <source>Watch folders: queued {names}.</source>
        <translation>Amafolda abhekwayo: u-{names} ufakwe kulayini.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}.</source>
        <translation>Amafolda abhekwayo: {problem}.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}</source>
        <translation>Amafolda abhekwayo: {problem}</translation>
    </message>
</context>
<context>
    <name>watch_folders_page</name>
    <message>
        <source>New audio and video files in these folders (and their sub-folders) are transcribed with the offline model once they are completely copied — each content only once — and exported as chosen, while the app is open.</source>
        <extracomment>what the page is for</extracomment>
        <translation>Amafayela amasha omsindo nevidiyo akulawa mafolda (nasemafoldeni awo angaphansi) abhalwa ngemodeli engaxhunyiwe ku-inthanethi uma esekopishwe ngokuphelele — okuqukethwe ngakunye kanye kuphela — futhi athunyelwe ngaphandle njengoba kukhethiwe, ngesikhathi i-app ivuliwe.</translation>
    </message>
    <message>
        <source>Folder</source>
        <extracomment>the table's columns</extracomment>
        <translation>Ifolda</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Thumela ngaphandle</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Thumela ku-</translation>
    </message>
    <message>
        <source>next to the file</source>
        <extracomment>where the exports go without an export folder</extracomment>
        <translation>eduze kwefayela</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Amafolda abhekwayo</translation>
    </message>
    <message>
        <source>Select a folder to see and change its export options below</source>
        <translation>Khetha ifolda ukuze ubone futhi ushintshe izinketho zayo zokuthumela ngaphandle ngezansi</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Engeza ifolda…</translation>
    </message>
    <message>
        <source>Watches a folder, with the export options chosen below</source>
        <translation>Ibheka ifolda, ngezinketho zokuthumela ngaphandle ezikhethwe ngezansi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Susa</translation>
    </message>
    <message>
        <source>Stop watching the selected folder</source>
        <translation>Yeka ukubheka ifolda ekhethiwe</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Thumela ngaphandle:</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Thumela ngaphandle ku-{format}</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Khetha ifolda…</translation>
    </message>
    <message>
        <source>Choose the export folder…</source>
        <translation>Khetha ifolda yokuthumela ngaphandle…</translation>
    </message>
    <message>
        <source>Next to the file</source>
        <translation>Eduze kwefayela</translation>
    </message>
    <message>
        <source>Export next to each file</source>
        <translation>Thumela ngaphandle eduze kwefayela ngalinye</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Thumela ku:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Iyalayisha…</translation>
    </message>
    <message>
        <source>Choose a folder to watch</source>
        <translation>Khetha ifolda ozoyibheka</translation>
    </message>
    <message>
        <source>Watching {path}.</source>
        <translation>Kubhekwa u-{path}.</translation>
    </message>
    <message>
        <source>No longer watching {path}.</source>
        <translation>U-{path} akusabhekwa.</translation>
    </message>
    <message>
        <source>Choose the folder the exports go to</source>
        <translation>Khetha ifolda lapho okuthunyelwa ngaphandle kuya khona</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kulondoloziwe.</translation>
    </message>
    <message numerus="yes">
        <source>%n watched.</source>
        <translation><numerusform>Kubhekwa e-%n.</numerusform><numerusform>Kubhekwa ezingu-%n.</numerusform></translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>Ayikho ifolda ebhekwayo.</translation>
    </message>
</context>
<context>
    <name>waveform_overview</name>
    <message>
        <source>Click or drag to play from there</source>
        <extracomment>the widget's height (px): compact, like a scrubber the vertical layout in plot units: the wave spans -1…1; over it a strip for the unsure words' ticks and the search hits' triangles, under it a strip for the speaker bands (when there are any) the size (px) of a search hit's triangle the level the wave is scaled to fill: this quantile of its buckets' peaks (a single click stays small)</extracomment>
        <translation>Chofoza noma uhudule ukuze udlale ukusuka lapho</translation>
    </message>
    <message>
        <source>Waveform overview</source>
        <extracomment>(seconds) where the user clicked, or dragged to (several while dragging)</extracomment>
        <translation>Ukubuka konke kwesimo segagasi</translation>
    </message>
    <message>
        <source>The whole recording's sound at a glance, with the playhead, search matches and speakers; click or drag to play from there (from the keyboard, use the player's position slider)</source>
        <translation>Umsindo wakho konke okuqoshiwe ngokukodwa, nenkomba yokudlala, okutholwe ekusesheni nezikhulumi; chofoza noma uhudule ukuze udlale ukusuka lapho (ngekhibhodi, sebenzisa isilayidi sendawo somdlali)</translation>
    </message>
    <message>
        <source>this recording has no audio file</source>
        <translation>lokhu okuqoshiwe akunalo ifayela lomsindo</translation>
    </message>
    <message>
        <source>No waveform: {reason}</source>
        <translation>Asikho isimo segagasi: {reason}</translation>
    </message>
</context>
<context>
    <name>waveform_view</name>
    <message>
        <source>Recording waveform</source>
        <extracomment>the waveform colour needs at least this luminance difference from the background, else the text colour</extracomment>
        <translation>Isimo segagasi sokuqoshwayo</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded</source>
        <translation>Isithombe somsindo wemizuzwana yokugcina eqoshiwe</translation>
    </message>
    <message>
        <source>Mic</source>
        <translation>Imakrofoni</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>Ikhompyutha</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded: the microphone above the line, the computer's audio below it</source>
        <translation>Isithombe somsindo wemizuzwana yokugcina eqoshiwe: imakrofoni ngaphezu komugqa, umsindo wekhompyutha ngaphansi kwawo</translation>
    </message>
</context>
<context>
    <name>welcome_card</name>
    <message>
        <source>Runs offline — nothing leaves this computer unless you choose a cloud engine.</source>
        <translation>Isebenza ngaphandle kwe-inthanethi — akukho okuphuma kule khompyutha ngaphandle uma ukhetha injini yefu.</translation>
    </message>
    <message>
        <source>Welcome to IAM Desktop</source>
        <translation>Siyakwamukela ku-IAM Desktop</translation>
    </message>
    <message>
        <source>Record an interview, a lecture or a meeting, or drop audio and video files here to transcribe them.</source>
        <translation>Qopha inhlolokhono, isifundo noma umhlangano, noma uyeke amafayela omsindo nevidiyo lapha ukuze abhalwe phansi.</translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation>Akukho okuqoshiwe okuvuliwe</translation>
    </message>
    <message>
        <source>Pick a recording in the list, record a new one, or drop files here to transcribe them.</source>
        <extracomment>the card's width, and how narrow it may get in a narrow window (pixels)</extracomment>
        <translation>Khetha okuqoshiwe ohlwini, qopha okusha, noma uyeke amafayela lapha ukuze abhalwe phansi.</translation>
    </message>
    <message>
        <source>  Record</source>
        <extracomment>the user wants to record the user wants to choose files to add the user wants to restore a backup</extracomment>
        <translation>  Qopha</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Qopha</translation>
    </message>
    <message>
        <source>Start recording from the microphone (Ctrl+R)</source>
        <translation>Qala ukuqopha nge-maikhrofoni (Ctrl+R)</translation>
    </message>
    <message>
        <source>  Add files…</source>
        <translation>  Engeza amafayela…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Engeza amafayela…</translation>
    </message>
    <message>
        <source>Choose audio or video files to transcribe (Ctrl+O)</source>
        <translation>Khetha amafayela omsindo noma evidiyo ukuze abhalwe phansi (Ctrl+O)</translation>
    </message>
    <message>
        <source>or drop files anywhere in this window</source>
        <translation>noma uyeke amafayela noma kuphi kuleli windi</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Buyisela kusuka kwisipele…</translation>
    </message>
    <message>
        <source>Get a library back from a backup in S3-compatible storage</source>
        <translation>Buyisa umtapo kusuka kwisipele esitoreji esihambisana ne-S3</translation>
    </message>
</context>
<context>
    <name>window_backup</name>
    <message>
        <source>Backup failed: {reason}</source>
        <extracomment>library changes that make a new backup worth it</extracomment>
        <translation>Isipele sehlulekile: {reason}</translation>
    </message>
</context>
<context>
    <name>window_jobs</name>
    <message>
        <source>Transcript ready: {name}</source>
        <translation>Umbhalo ulungile: {name}</translation>
    </message>
    <message>
        <source>Transcription failed: {name}</source>
        <translation>Ukubhala phansi kwehlulekile: {name}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>iphutha elingaziwa</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>Transcript ready</source>
        <translation>Umbhalo ulungile</translation>
    </message>
    <message>
        <source>{name} is transcribed.</source>
        <translation>{name} sibhalwe phansi.</translation>
    </message>
    <message>
        <source>Transcription failed</source>
        <translation>Ukubhala phansi kwehlulekile</translation>
    </message>
    <message>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>Umsebenzi ohlulekile noma okhanseliwe kuphela ongazanywa futhi.</translation>
    </message>
    <message>
        <source>A running job cannot be removed: cancel it first.</source>
        <translation>Umsebenzi osaqhubeka awukwazi ukususwa: qala ngokuwukhansela.</translation>
    </message>
</context>
<context>
    <name>window_menus</name>
    <message>
        <source>Follow the system</source>
        <extracomment>the theme choices in View → Theme: (setting value, label)</extracomment>
        <translation>Landela isistimu</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ekhanyayo</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Emnyama</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ifayela</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Phuma</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Sesha umtapo</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Imisebenzi</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Itimu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Usizo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Izinqamuleli zekhibhodi</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Vula ifolda yelogu</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Vula ifolda yedatha</translation>
    </message>
    <message>
        <source>About IAM Desktop</source>
        <translation>Mayelana ne-IAM Desktop</translation>
    </message>
    <message>
        <source>Plans and subscription…</source>
        <translation>Izinhlelo nokubhalisa…</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>Ifolda ayikwazanga ukuvulwa: {folder}</translation>
    </message>
</context>
<context>
    <name>window_recording</name>
    <message>
        <source>Record / Stop</source>
        <translation>Qopha / Misa</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>Misa okwesikhashana / Qhubeka</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Qopha</translation>
    </message>
    <message>
        <source>● Recording {elapsed} — IAM Desktop</source>
        <translation>● Kuyaqoshwa {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Paused {elapsed} — IAM Desktop</source>
        <translation>Kumiswe okwesikhashana {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Saving the recording… — IAM Desktop</source>
        <translation>Kulondolozwa okuqoshiwe… — IAM Desktop</translation>
    </message>
    <message>
        <source>Starting to record… — IAM Desktop</source>
        <translation>Kuqalwa ukuqopha… — IAM Desktop</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}) and queued for transcription.</source>
        <translation>“{title}” ({duration}) kulondoloziwe futhi kufakwe emugqeni ukuze kubhalwe phansi.</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}).</source>
        <translation>“{title}” ({duration}) kulondoloziwe.</translation>
    </message>
    <message>
        <source>“{title}” ({duration})</source>
        <translation>“{title}” ({duration})</translation>
    </message>
    <message>
        <source>Recovered after an unexpected stop: {names}.</source>
        <translation>Kubuyiselwe ngemuva kokuma okungalindelekile: {names}.</translation>
    </message>
</context>
<context>
    <name>window_subscription</name>
    <message>
        <source>Free</source>
        <extracomment>how often the licence is asked of the billing service while the window is open (milliseconds) the scheme of activation links the shipped plans' names (the catalogue's words), translated where they are shown</extracomment>
        <translation>Mahhala</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Ibhizinisi</translation>
    </message>
    <message>
        <source>{plan} is active until {day}.</source>
        <translation>{plan} isebenza kuze kube ngu-{day}.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you! {plan} is active on this computer until {day}, with %n cloud minutes a month. It keeps working offline.</source>
        <translation><numerusform>Siyabonga! {plan} isebenza kule khompyutha kuze kube ngu-{day}, neminithi lefu elingu-%n ngenyanga. Iyaqhubeka nokusebenza ngaphandle kwe-inthanethi.</numerusform><numerusform>Siyabonga! {plan} isebenza kule khompyutha kuze kube ngu-{day}, namaminithi efu angu-%n ngenyanga. Iyaqhubeka nokusebenza ngaphandle kwe-inthanethi.</numerusform></translation>
    </message>
    <message>
        <source>Licence activated</source>
        <translation>Ilayisensi yenziwe yasebenza</translation>
    </message>
    <message>
        <source>{reason}

Your current plan is unchanged.</source>
        <translation>{reason}

Uhlelo lwakho lwamanje aluguquliwe.</translation>
    </message>
    <message>
        <source>Licence not activated</source>
        <translation>Ilayisensi ayenziwanga yasebenza</translation>
    </message>
</context>
<context>
    <name>window_toolbar</name>
    <message>
        <source>Add files…</source>
        <translation>Engeza amafayela…</translation>
    </message>
    <message>
        <source>Add audio or video files to transcribe</source>
        <translation>Engeza amafayela omsindo noma evidiyo ukuze abhalwe phansi</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Khipha…</translation>
    </message>
    <message>
        <source>Export as text, subtitles, Word or PDF</source>
        <translation>Khipha njengombhalo, imibhalo engezansi, i-Word noma i-PDF</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Kopisha umbhalo</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Izilungiselelo…</translation>
    </message>
    <message>
        <source>Library sidebar</source>
        <translation>Ibha eseceleni yomtapo</translation>
    </message>
    <message>
        <source>Notes panel</source>
        <translation>Iphaneli lamanothi</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Ibha yamathuluzi eyinhloko</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Hlela</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Dlala</translation>
    </message>
</context>
<context>
    <name>word_delegate</name>
    <message>
        <source>Unsure ({percent}%)</source>
        <translation>Akuqinisekile ({percent}%)</translation>
    </message>
</context>
</TS>