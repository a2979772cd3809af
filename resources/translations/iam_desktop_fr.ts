<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Voir dans :</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier :</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fichiers de type :</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chercher dans le dossier</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vue en liste</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vue détaillée</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Aller à l'élément précédent</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Va à l'élément suivant</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Va au dossier parent</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Crée un nouveau dossier</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Affiche la vue sous forme de liste</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Affichage la vue sous forme détaillée</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barre latérale</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Emplacements récents</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Afficher les fic&amp;hiers cachés</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Êtes-vous sûr de vouloir supprimer "%1" ?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Le fichier %1 existe déjà
Voulez-vous l'écraser ?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fichier introuvable.
Veuillez vérifier que le nom du fichier est correct.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Dossier introuvable.
Veuillez vérifier que le nom du dossier est correct.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Montrer les détails…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails…</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l'adresse du &amp;lien</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>the shipped languages, each by its own name (as the Language setting lists them) the locale a language is formatted in when the desktop's own locale speaks another language translators installed by `install_language` (kept alive: Qt does not own them)</extracomment>
        <translation><numerusform>%n octet</numerusform><numerusform>%n octets</numerusform></translation>
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
        <translation>Fonctionne hors ligne — rien ne quitte cet ordinateur, sauf si vous choisissez un moteur dans le cloud.</translation>
    </message>
    <message>
        <source>Icons: Phosphor</source>
        <extracomment>(what, its licence, where it comes from) for the parts made by others</extracomment>
        <translation>Icônes : Phosphor</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>licence MIT</translation>
    </message>
    <message>
        <source>bundled with QtAwesome (MIT)</source>
        <translation>fournies avec QtAwesome (MIT)</translation>
    </message>
    <message>
        <source>Speech recognition: Whisper models</source>
        <translation>Reconnaissance vocale : modèles Whisper</translation>
    </message>
    <message>
        <source>run by faster-whisper (MIT)</source>
        <translation>exécutés par faster-whisper (MIT)</translation>
    </message>
    <message>
        <source>Speaker identification: Resemblyzer's voice encoder</source>
        <translation>Identification des intervenants : l'encodeur de voix de Resemblyzer</translation>
    </message>
    <message>
        <source>run in numpy</source>
        <translation>exécuté avec numpy</translation>
    </message>
    <message>
        <source>PDF font: DejaVu Sans</source>
        <translation>Police PDF : DejaVu Sans</translation>
    </message>
    <message>
        <source>Bitstream Vera licence</source>
        <translation>licence Bitstream Vera</translation>
    </message>
    <message>
        <source>User interface: Qt for Python</source>
        <translation>Interface utilisateur : Qt for Python</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Records, transcribes, searches and exports speech.</source>
        <translation>Enregistre, transcrit, recherche et exporte la parole.</translation>
    </message>
    <message>
        <source>Made with the help of:</source>
        <translation>Réalisé avec l’aide de :</translation>
    </message>
</context>
<context>
    <name>api_key_page</name>
    <message>
        <source>Using {variable} from the environment (it overrides the key stored in the OS keyring)</source>
        <extracomment>a sentence of a keyring problem that tells the user to set an environment variable or run something</extracomment>
        <translation>{variable} est utilisée depuis l’environnement (elle remplace la clé enregistrée dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Using {variable} from the environment; the OS keyring cannot be used: {problem}</source>
        <translation>{variable} est utilisée depuis l’environnement ; le trousseau du système est inutilisable : {problem}</translation>
    </message>
    <message>
        <source>Using {variable} from the environment</source>
        <translation>{variable} est utilisée depuis l’environnement</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so a key cannot be saved: {problem}</source>
        <translation>Le trousseau du système est inutilisable, aucune clé ne peut donc être enregistrée : {problem}</translation>
    </message>
    <message>
        <source>A key is stored in the OS keyring ({backend})</source>
        <translation>Une clé est enregistrée dans le trousseau du système ({backend})</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>Aucune clé enregistrée</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>Recherche d’une clé enregistrée…</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Clé d’API OpenAI</translation>
    </message>
    <message>
        <source>Paste a new OpenAI API key (sk-…)</source>
        <translation>Collez une nouvelle clé d’API OpenAI (sk-…)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keep the key entered in the OS keyring</source>
        <translation>Enregistrer la clé saisie dans le trousseau du système</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Check the key with one request to the service</source>
        <translation>Vérifier la clé par une requête au service</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the stored key from the OS keyring</source>
        <translation>Supprimer la clé enregistrée du trousseau du système</translation>
    </message>
    <message>
        <source>The key is kept in the OS keyring, never in the settings file. Test checks the key you entered, or else the one in use.</source>
        <translation>La clé est conservée dans le trousseau du système, jamais dans le fichier de paramètres. « Tester » vérifie la clé saisie, ou à défaut celle utilisée.</translation>
    </message>
    <message>
        <source>Enter a key first.</source>
        <translation>Saisissez d’abord une clé.</translation>
    </message>
    <message>
        <source>Key saved.</source>
        <translation>Clé enregistrée.</translation>
    </message>
    <message>
        <source>there is no key to test: enter one above</source>
        <translation>il n’y a aucune clé à tester : saisissez-en une ci-dessus</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Test de la clé…</translation>
    </message>
    <message>
        <source>Key works</source>
        <translation>La clé fonctionne</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>Clé supprimée.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>Aucune clé n’était enregistrée.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The library could not be opened.

{reason}</source>
        <extracomment>modules the window needs soon but not to appear, imported in the background once it is on screen (the first recording's waveform: pyqtgraph and numpy, ~0.3 s) at quit, how long background tasks and the running job get to finish or stop (seconds, each)</extracomment>
        <translation>Impossible d’ouvrir la bibliothèque.

{reason}</translation>
    </message>
</context>
<context>
    <name>appearance_page</name>
    <message>
        <source>System — follow the desktop's light or dark look</source>
        <extracomment>what each theme is called on the page (English; shown translated)</extracomment>
        <translation>Système — suivre l’apparence claire ou sombre du bureau</translation>
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
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
</context>
<context>
    <name>backup_form</name>
    <message>
        <source>Other S3-compatible (MinIO, Ceph, a company server)</source>
        <extracomment>the providers' names and hints that are words (backup.target.PROVIDERS, in English: shown through `provider_text`; brand names such as "Amazon S3" stay as they are)</extracomment>
        <translation>Autre service compatible S3 (MinIO, Ceph, un serveur d'entreprise)</translation>
    </message>
    <message>
        <source>Region of the bucket, e.g. eu-central-1.</source>
        <translation>Région du bucket, par ex. eu-central-1.</translation>
    </message>
    <message>
        <source>Wasabi region, e.g. eu-central-1 (the endpoint s3.&lt;region&gt;.wasabisys.com is used).</source>
        <translation>Région Wasabi, par ex. eu-central-1 (le point de terminaison s3.&lt;region&gt;.wasabisys.com est utilisé).</translation>
    </message>
    <message>
        <source>Spaces region, e.g. ams3, fra1, nyc3.</source>
        <translation>Région Spaces, par ex. ams3, fra1, nyc3.</translation>
    </message>
    <message>
        <source>The region in the bucket's S3 endpoint, e.g. eu-central-003.</source>
        <translation>La région dans le point de terminaison S3 du bucket, par ex. eu-central-003.</translation>
    </message>
    <message>
        <source>The account's S3 API address, https://&lt;account id&gt;.r2.cloudflarestorage.com.</source>
        <translation>L'adresse de l'API S3 du compte, https://&lt;account id&gt;.r2.cloudflarestorage.com.</translation>
    </message>
    <message>
        <source>The server's address, e.g. https://minio.example.com:9000.</source>
        <translation>L'adresse du serveur, par ex. https://minio.example.com:9000.</translation>
    </message>
    <message>
        <source>Provider</source>
        <extracomment>something in the form was edited</extracomment>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>The storage service that keeps the backups</source>
        <translation>Le service de stockage qui conserve les sauvegardes</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>the bucket's name</source>
        <translation>nom du bucket</translation>
    </message>
    <message>
        <source>Folder in the bucket</source>
        <translation>Dossier dans le bucket</translation>
    </message>
    <message>
        <source>empty: the top of the bucket</source>
        <translation>vide : la racine du bucket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d'accès</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d'accès secrète</translation>
    </message>
    <message>
        <source>The secret that goes with the access key ID; it is kept in the OS keyring only</source>
        <translation>Le secret associé à l'ID de clé d'accès ; il est conservé uniquement dans le trousseau du système</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Encrypts the backups on this computer; without it nobody can open them</source>
        <translation>Chiffre les sauvegardes sur cet ordinateur ; sans elle, personne ne peut les ouvrir</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket :</translation>
    </message>
    <message>
        <source>Folder in the bucket:</source>
        <translation>Dossier dans le bucket :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adresse du serveur :</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>ID de clé d'accès :</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Clé d'accès secrète :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>type the passphrase again</source>
        <translation>saisissez à nouveau la phrase secrète</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it was typed as meant</source>
        <translation>La même phrase secrète, pour être sûr qu'elle a été saisie comme prévu</translation>
    </message>
    <message>
        <source>Confirm passphrase:</source>
        <translation>Confirmer la phrase secrète :</translation>
    </message>
    <message>
        <source>Leave empty to use the provider's own.</source>
        <translation>Laissez vide pour utiliser celle du fournisseur.</translation>
    </message>
    <message>
        <source>paste the secret access key</source>
        <translation>collez la clé d'accès secrète</translation>
    </message>
    <message>
        <source>at least 8 characters; a few unrelated words are best</source>
        <translation>au moins 8 caractères ; quelques mots sans rapport entre eux, c'est le mieux</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>Les deux phrases secrètes diffèrent : saisissez la même phrase secrète dans les deux champs.</translation>
    </message>
</context>
<context>
    <name>backup_page</name>
    <message>
        <source>Back up now</source>
        <extracomment>Settings RestorePlan</extracomment>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Annuler la sauvegarde</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <source>Reads the backup back from the storage and checks it</source>
        <translation>Relit la sauvegarde depuis le stockage et la vérifie</translation>
    </message>
    <message numerus="yes">
        <source>Check a sample (%n objects, quick)</source>
        <translation><numerusform>Vérifier un échantillon (%n objet, rapide)</numerusform><numerusform>Vérifier un échantillon (%n objets, rapide)</numerusform></translation>
    </message>
    <message>
        <source>Check everything (downloads the whole backup)</source>
        <translation>Tout vérifier (télécharge toute la sauvegarde)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Brings back the library from a backup</source>
        <translation>Restaure la bibliothèque à partir d'une sauvegarde</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Backups are not set up yet. Choose where to keep them below and press Save: the first backup starts right after. To bring back a library from a backup, press Restore…</source>
        <translation>Les sauvegardes ne sont pas encore configurées. Choisissez ci-dessous où les conserver et appuyez sur Enregistrer : la première sauvegarde démarre juste après. Pour récupérer une bibliothèque à partir d'une sauvegarde, appuyez sur Restaurer…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Dernière sauvegarde :</translation>
    </message>
    <message>
        <source>Next backup:</source>
        <translation>Prochaine sauvegarde :</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Dernier problème :</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Checks that the storage can be reached with these keys; nothing is saved.</source>
        <translation>Vérifie que le stockage est accessible avec ces clés ; rien n'est enregistré.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the backup storage</source>
        <translation>Enregistrer le stockage des sauvegardes</translation>
    </message>
    <message>
        <source>Check the storage, then keep these settings (secrets in the OS keyring)</source>
        <translation>Vérifier le stockage, puis conserver ces réglages (les secrets dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Destination des sauvegardes</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and the library are encrypted on this computer and kept in a bucket of an S3-compatible storage service. Whoever holds the bucket learns nothing from it.</source>
        <translation>Vos enregistrements, transcriptions et la bibliothèque sont chiffrés sur cet ordinateur et conservés dans un bucket d'un service de stockage compatible S3. Celui qui détient le bucket n'en apprend rien.</translation>
    </message>
    <message>
        <source>Back up automatically (after new recordings and transcripts, and daily)</source>
        <translation>Sauvegarder automatiquement (après de nouveaux enregistrements et transcriptions, et chaque jour)</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <source>Older backups, and what only they need, are removed from the bucket</source>
        <translation>Les sauvegardes plus anciennes, et ce dont elles seules ont besoin, sont supprimées du bucket</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Bandwidth limit in kilobytes per second</source>
        <translation>Limite de bande passante en kilooctets par seconde</translation>
    </message>
    <message>
        <source>The most a backup may send or receive per second</source>
        <translation>Le maximum qu'une sauvegarde peut envoyer ou recevoir par seconde</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Sauvegardes à conserver :</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>Limite de bande passante :</translation>
    </message>
    <message>
        <source>The backup storage was changed but not saved: press Save on the Backup page to check and keep it, or Cancel to drop the change.</source>
        <translation>Le stockage des sauvegardes a été modifié mais pas enregistré : appuyez sur Enregistrer dans la page Sauvegarde pour le vérifier et le conserver, ou sur Annuler pour abandonner la modification.</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so the secrets cannot be saved: {problem}</source>
        <translation>Le trousseau du système ne peut pas être utilisé, les secrets ne peuvent donc pas être enregistrés : {problem}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Checking the storage and saving…</source>
        <translation>Vérification du stockage et enregistrement…</translation>
    </message>
    <message>
        <source>The connection works ({checks}).</source>
        <translation>La connexion fonctionne ({checks}).</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>Saved. Backups go to {where}.</source>
        <translation>Enregistré. Les sauvegardes vont vers {where}.</translation>
    </message>
    <message>
        <source>Set up where backups go first: fill in the storage below, then Save.</source>
        <translation>Configurez d'abord la destination des sauvegardes : remplissez le stockage ci-dessous, puis Enregistrer.</translation>
    </message>
    <message>
        <source>There is nothing to check: no backup is set up yet.</source>
        <translation>Il n'y a rien à vérifier : aucune sauvegarde n'est encore configurée.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>Démarrage de la sauvegarde…</translation>
    </message>
    <message>
        <source>The check of the backup failed: {reason}</source>
        <translation>La vérification de la sauvegarde a échoué : {reason}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>La sauvegarde a échoué : {reason}</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>Cancelled. What was sent is kept; the next backup goes on from there.</source>
        <translation>Annulé. Ce qui a été envoyé est conservé ; la prochaine sauvegarde reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Backups are not set up yet.</source>
        <translation>Les sauvegardes ne sont pas encore configurées.</translation>
    </message>
    <message>
        <source>{when}: {problem}</source>
        <translation>{when} : {problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>backup_texts</name>
    <message>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Backups are encrypted with it on this computer before they are sent. If it is lost, the backup is lost too: nobody, not even IAM Desktop, can recover it.</source>
        <extracomment>the warning shown wherever a passphrase is chosen (English: show it through `translate`)</extracomment>
        <translation>&lt;b&gt;Conservez cette phrase secrète en lieu sûr.&lt;/b&gt; Les sauvegardes sont chiffrées avec elle sur cet ordinateur avant d'être envoyées. Si elle est perdue, la sauvegarde l'est aussi : personne, pas même IAM Desktop, ne peut la récupérer.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <extracomment>what each stage of the work is called on the page (English: show it through `translate`)</extracomment>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Suppression des anciennes sauvegardes</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Stored in the keyring — leave empty to keep it</source>
        <extracomment>how many objects "Check a sample" reads back a placeholder that says a secret is stored (its value is never shown; English: show it through `translate`)</extracomment>
        <translation>Enregistré dans le trousseau — laissez vide pour le conserver</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d'une minute restante</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>environ {duration} restantes</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation><numerusform>{done} sur %n fichier</numerusform><numerusform>{done} sur %n fichiers</numerusform></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>aujourd'hui à {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>hier à {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>demain à {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>Automatic backups are off: back up with Back up now.</source>
        <translation>Les sauvegardes automatiques sont désactivées : sauvegardez avec Sauvegarder maintenant.</translation>
    </message>
    <message>
        <source>within a minute</source>
        <translation>dans moins d'une minute</translation>
    </message>
    <message numerus="yes">
        <source>in about %n minutes, {when}</source>
        <translation><numerusform>dans environ %n minute, {when}</numerusform><numerusform>dans environ %n minutes, {when}</numerusform></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l'instant</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>moins d'une seconde</translation>
    </message>
    <message>
        <source>Backed up: nothing new sent, {total} in the backup; took {took}.</source>
        <translation>Sauvegardé : rien de nouveau envoyé, {total} dans la sauvegarde ; durée {took}.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up: %n new files ({size}) sent, {total} in the backup; took {took}.</source>
        <translation><numerusform>Sauvegardé : %n nouveau fichier ({size}) envoyé, {total} dans la sauvegarde ; durée {took}.</numerusform><numerusform>Sauvegardé : %n nouveaux fichiers ({size}) envoyés, {total} dans la sauvegarde ; durée {took}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n objects ({size})</source>
        <translation><numerusform>%n objet ({size})</numerusform><numerusform>%n objets ({size})</numerusform></translation>
    </message>
    <message>
        <source>The backup is fine: {checked} read back and checked.</source>
        <translation>La sauvegarde est intacte : {checked} relus et vérifiés.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> et %n autre</numerusform><numerusform> et %n autres</numerusform></translation>
    </message>
    <message>
        <source>The backup has problems ({checked} checked): {shown}{more}.</source>
        <translation>La sauvegarde présente des problèmes ({checked} vérifiés) : {shown}{more}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>backup_worker</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect ({detail}). The details are in the log.</source>
        <extracomment>a task: gets the task's Control, returns its result (on the worker thread) opens the backup set (on the worker thread)</extracomment>
        <translation>Un problème inattendu pour IAM Desktop s'est produit ({detail}). Les détails figurent dans le journal.</translation>
    </message>
</context>
<context>
    <name>billing_history_table</name>
    <message>
        <source>Period</source>
        <extracomment>the table shows at most this many rows before it scrolls the invoice's address</extracomment>
        <translation>Période</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Historique de facturation</translation>
    </message>
    <message>
        <source>View invoice</source>
        <translation>Voir la facture</translation>
    </message>
    <message>
        <source>View the invoice for {period}</source>
        <translation>Voir la facture pour {period}</translation>
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation>Ouvrir la facture dans votre navigateur</translation>
    </message>
</context>
<context>
    <name>cloud_page</name>
    <message>
        <source>{model} — about ${price} per minute</source>
        <translation>{model} — environ ${price} par minute</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Clé d’API OpenAI</translation>
    </message>
    <message>
        <source>Prices are estimates from OpenAI's price list; they may change.</source>
        <translation>Les prix sont des estimations d’après la grille tarifaire d’OpenAI ; ils peuvent changer.</translation>
    </message>
    <message>
        <source>empty: OpenAI (https://api.openai.com/v1)</source>
        <translation>vide : OpenAI (https://api.openai.com/v1)</translation>
    </message>
    <message>
        <source>An OpenAI-compatible address; leave it empty to use OpenAI</source>
        <translation>Une adresse compatible OpenAI ; laissez vide pour utiliser OpenAI</translation>
    </message>
    <message>
        <source>Another address was set where the app was started; it is used.</source>
        <translation>Une autre adresse a été définie au lancement de l’application ; c’est elle qui est utilisée.</translation>
    </message>
    <message>
        <source>When the cloud cannot be reached, transcribe on this computer instead</source>
        <translation>Si le cloud est injoignable, transcrire plutôt sur cet ordinateur</translation>
    </message>
    <message>
        <source>OpenAI model</source>
        <translation>Modèle OpenAI</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Service address:</source>
        <translation>Adresse du service :</translation>
    </message>
    <message>
        <source>The service address must start with http:// or https://.</source>
        <translation>L’adresse du service doit commencer par http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>crash_notice</name>
    <message>
        <source>IAM Desktop closed unexpectedly</source>
        <translation>IAM Desktop s’est fermé de façon inattendue</translation>
    </message>
    <message>
        <source>It stopped because of an internal error; the details below say where.</source>
        <translation>Il s’est arrêté à cause d’une erreur interne ; les détails ci-dessous indiquent où.</translation>
    </message>
    <message>
        <source>It was stopped from outside (killed, logged out, or the computer lost power).</source>
        <translation>Il a été arrêté de l’extérieur (processus tué, session fermée ou coupure de courant).</translation>
    </message>
    <message>
        <source>IAM Desktop closed unexpectedly the last time it ran. {cause}

Recordings in progress are recovered into the library and waiting transcriptions resume.</source>
        <translation>IAM Desktop s’est fermé de façon inattendue lors de sa dernière exécution. {cause}

Les enregistrements en cours sont récupérés dans la bibliothèque et les transcriptions en attente reprennent.</translation>
    </message>
</context>
<context>
    <name>damage_notice</name>
    <message>
        <source>The library file is damaged</source>
        <translation>Le fichier de la bibliothèque est endommagé</translation>
    </message>
    <message>
        <source>IAM Desktop has stopped saving anything into it, so nothing more can be lost, and you can still read what it shows.

“Recover now” closes the app, copies everything that can be read into a new library file (the damaged one is kept beside it) and starts the app again.</source>
        <translation>IAM Desktop n’y enregistre plus rien, pour que rien d’autre ne soit perdu, et vous pouvez toujours lire ce qui est affiché.

« Récupérer maintenant » ferme l’application, copie tout ce qui peut être lu dans un nouveau fichier de bibliothèque (le fichier endommagé est conservé à côté) et relance l’application.</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Récupérer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Recovering the library…</source>
        <translation>Récupération de la bibliothèque…</translation>
    </message>
    <message>
        <source>The library could not be recovered.

{reason}</source>
        <translation>La bibliothèque n’a pas pu être récupérée.

{reason}</translation>
    </message>
    <message>
        <source>The library was recovered: {recordings} and {transcripts} were saved.

The damaged file is kept as {path}.</source>
        <translation>La bibliothèque a été récupérée : {recordings} et {transcripts} ont été sauvegardés.

Le fichier endommagé est conservé sous {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n enregistrement</numerusform><numerusform>%n enregistrements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n transcription</numerusform><numerusform>%n transcriptions</numerusform></translation>
    </message>
</context>
<context>
    <name>drop_overlay</name>
    <message>
        <source>Drop to transcribe</source>
        <translation>Déposez pour transcrire</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>IAM Desktop — something went wrong</source>
        <translation>IAM Desktop — un problème est survenu</translation>
    </message>
    <message>
        <source>The log file has more: {path}</source>
        <translation>Le fichier journal en dit plus : {path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Aucun fichier journal n’a pu être écrit.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Something went wrong that IAM Desktop did not expect. Your recordings and transcripts are safe; the app carries on.

{summary}</source>
        <translation>Un problème inattendu est survenu dans IAM Desktop. Vos enregistrements et transcriptions sont en sécurité ; l’application continue.

{summary}</translation>
    </message>
</context>
<context>
    <name>export_actions</name>
    <message>
        <source>There is no transcript yet.</source>
        <translation>Il n’y a pas encore de transcription.</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transcription copiée.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Plain text</source>
        <extracomment>what each export format is called in the dialogs (English; translated where shown)</extracomment>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>Sous-titres SubRip</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>Sous-titres WebVTT</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <extracomment>formats that can leave the timestamps out (subtitles always have timings, JSON has everything) formats that can leave the speakers out formats with timestamps unless asked otherwise (as the export code's default) how many characters the preview shows at most (the file has everything)</extracomment>
        <translation>Exporter « {title} »</translation>
    </message>
    <message>
        <source>Start each paragraph with its time</source>
        <translation>Commencer chaque paragraphe par son heure</translation>
    </message>
    <message>
        <source>Speaker names</source>
        <translation>Noms des intervenants</translation>
    </message>
    <message numerus="yes">
        <source>%n summaries before the transcript</source>
        <translation><numerusform>%n résumé avant la transcription</numerusform><numerusform>%n résumés avant la transcription</numerusform></translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Aperçu de l’export</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copier la transcription</translation>
    </message>
    <message>
        <source>Copy the text, with the chosen timestamps and speakers</source>
        <translation>Copier le texte, avec les horodatages et les intervenants choisis</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure :</translation>
    </message>
    <message>
        <source>Subtitles always have their times</source>
        <translation>Les sous-titres ont toujours leurs horaires</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transcription copiée.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Exporter la transcription</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Non exporté : {reason}</translation>
    </message>
</context>
<context>
    <name>find_replace</name>
    <message>
        <source>Find in this transcript</source>
        <extracomment>a match: (segment row, character offset in its text)</extracomment>
        <translation>Rechercher dans cette transcription</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous one, Escape closes.</source>
        <translation>Entrée trouve le résultat suivant, Maj+Entrée le précédent, Échap ferme.</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Enter replaces the current match and goes to the next one.</source>
        <translation>Entrée remplace le résultat actuel et passe au suivant.</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Fermer Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>general_page</name>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of the window's menus, buttons and messages</source>
        <translation>La langue des menus, boutons et messages de la fenêtre</translation>
    </message>
    <message>
        <source>The window's language changes the next time IAM Desktop starts.</source>
        <translation>La langue de la fenêtre change au prochain démarrage d’IAM Desktop.</translation>
    </message>
    <message>
        <source>Transcribe each recording as soon as it stops</source>
        <translation>Transcrire chaque enregistrement dès qu’il s’arrête</translation>
    </message>
    <message>
        <source>In the transcript of a call, your words (the microphone) are labelled with this name, the other side's (the computer's audio) “Others”.</source>
        <translation>Dans la transcription d'un appel, vos paroles (le microphone) portent ce nom, celles de l'autre côté (le son de l'ordinateur) « Autres ».</translation>
    </message>
    <message>
        <source>The language usually spoken in your recordings</source>
        <translation>La langue habituellement parlée dans vos enregistrements</translation>
    </message>
    <message>
        <source>Naming the language makes transcription faster and more accurate.</source>
        <translation>Indiquer la langue rend la transcription plus rapide et plus précise.</translation>
    </message>
    <message>
        <source>Identify who speaks when</source>
        <translation>Identifier qui parle à quel moment</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n intervenant</numerusform><numerusform>%n intervenants</numerusform></translation>
    </message>
    <message>
        <source>Done on this computer after transcribing: each voice becomes Speaker 1, Speaker 2… (rename them in the transcript). A recording with one voice gets no labels.</source>
        <translation>Fait sur cet ordinateur après la transcription : chaque voix devient Speaker 1, Speaker 2… (renommez-les dans la transcription). Un enregistrement avec une seule voix ne reçoit pas d’étiquettes.</translation>
    </message>
    <message>
        <source>Send a crash report when the app fails</source>
        <translation>Envoyer un rapport de plantage en cas d’échec de l’application</translation>
    </message>
    <message>
        <source>Reports never contain transcripts, titles, file paths or keys. They go only to the server named here (a Sentry-compatible address your organisation gives you).</source>
        <translation>Les rapports ne contiennent jamais de transcriptions, titres, chemins de fichiers ni clés. Ils ne sont envoyés qu’au serveur indiqué ici (une adresse compatible Sentry fournie par votre organisation).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Enregistrement :</translation>
    </message>
    <message>
        <source>Record from:</source>
        <translation>Enregistrer depuis :</translation>
    </message>
    <message>
        <source>Your name in calls:</source>
        <translation>Votre nom dans les appels :</translation>
    </message>
    <message>
        <source>Language spoken:</source>
        <translation>Langue parlée :</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Intervenants :</translation>
    </message>
    <message>
        <source>Number of speakers:</source>
        <translation>Nombre d’intervenants :</translation>
    </message>
    <message>
        <source>Crash reports:</source>
        <translation>Rapports de plantage :</translation>
    </message>
    <message>
        <source>Report server:</source>
        <translation>Serveur de rapports :</translation>
    </message>
</context>
<context>
    <name>import_flow</name>
    <message>
        <source>Audio and video ({patterns});;All files (*)</source>
        <extracomment>the job options of the window's options bar (engine, model, language, task…) (seconds of audio, estimated cost, why the plan refuses them or None) path, reason (nothing) (nothing) the plan does not cover cloud work the user asked for, and they chose to upgrade</extracomment>
        <translation>Audio et vidéo ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add audio or video files</source>
        <translation>Ajouter des fichiers audio ou vidéo</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not added: {reason} (and %n more).</source>
        <translation><numerusform>{name} n’a pas été ajouté : {reason} (et %n autre).</numerusform><numerusform>{name} n’a pas été ajouté : {reason} (et %n autres).</numerusform></translation>
    </message>
    <message>
        <source>{name} was not added: {reason}.</source>
        <translation>{name} n’a pas été ajouté : {reason}.</translation>
    </message>
    <message>
        <source>No audio or video files found in what was dropped.</source>
        <translation>Aucun fichier audio ou vidéo trouvé dans ce qui a été déposé.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>%n fichier</numerusform><numerusform>%n fichiers</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: add your OpenAI key in Settings → Cloud first.</source>
        <translation>Rien n’a été envoyé : ajoutez d’abord votre clé OpenAI dans Paramètres → Cloud.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n files for transcription.</source>
        <translation><numerusform>%n fichier mis en file d’attente pour la transcription.</numerusform><numerusform>%n fichiers mis en file d’attente pour la transcription.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n enregistrement</numerusform><numerusform>%n enregistrements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n recordings to be transcribed again.</source>
        <translation><numerusform>%n enregistrement mis en file d’attente pour être retranscrit.</numerusform><numerusform>%n enregistrements mis en file d’attente pour être retranscrits.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Identifying the speakers of %n recordings…</source>
        <translation><numerusform>Identification des intervenants de %n enregistrement…</numerusform><numerusform>Identification des intervenants de %n enregistrements…</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: choose a plan in Settings → Subscription.</source>
        <translation>Rien n’a été envoyé : choisissez une formule dans Paramètres → Abonnement.</translation>
    </message>
    <message>
        <source>Nothing was sent to OpenAI.</source>
        <translation>Rien n’a été envoyé à OpenAI.</translation>
    </message>
    <message>
        <source>{what}, {duration} of audio, will be sent to OpenAI ({model}).</source>
        <translation>{what}, {duration} d’audio, seront envoyés à OpenAI ({model}).</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}.</source>
        <translation>Coût estimé : {cost}.</translation>
    </message>
    <message>
        <source>Send to OpenAI?</source>
        <translation>Envoyer à OpenAI ?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>jobs_indicator</name>
    <message numerus="yes">
        <source>%n jobs waiting</source>
        <extracomment>the popover's width, and the most height it takes (it scrolls beyond)</extracomment>
        <translation><numerusform>%n tâche en attente</numerusform><numerusform>%n tâches en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n jobs · {stage}</source>
        <translation><numerusform>%n tâche · {stage}</numerusform><numerusform>%n tâches · {stage}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n en échec</numerusform><numerusform>%n en échec</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Show the jobs</source>
        <translation>Afficher les tâches</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source>Waiting…</source>
        <extracomment>a job state -&gt; its word (English; shown translated with `status_word`)</extracomment>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>the core's stage words (iam_desktop.library.records.STAGE_WORDS), listed for translation</extracomment>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>Détection de la langue…</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcription…</translation>
    </message>
    <message>
        <source>Identifying speakers…</source>
        <translation>Identification des intervenants…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Transcribing {done} of {total}</source>
        <translation>Transcription {done} sur {total}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Échec : {error}</translation>
    </message>
    <message>
        <source>Done — {note}</source>
        <translation>Terminé — {note}</translation>
    </message>
    <message>
        <source> · almost done</source>
        <translation> · presque terminé</translation>
    </message>
    <message>
        <source> · {time} left</source>
        <translation> · {time} restantes</translation>
    </message>
    <message>
        <source>automatic model</source>
        <translation>modèle automatique</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>job ID job ID job ID</extracomment>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <extracomment>the row's key</extracomment>
        <translation>Non ajouté : {reason}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <extracomment>job ID job ID job ID (nothing)</extracomment>
        <translation>Effacer les terminées</translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation><numerusform>%n à faire</numerusform><numerusform>%n à faire</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n en échec</numerusform><numerusform>%n en échec</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>level_meter</name>
    <message>
        <source>below {level} dBFS</source>
        <extracomment>above this the bar turns yellow, above RED_DBFS red how long the held peak stays before it falls (seconds), and how fast it falls then (dB per second) the CLIP box: pure, saturated red with white text, unlike anything else the meter draws a screen reader hears "the input is clipping" at most this often (seconds) what TrackMeters shows: the microphone's meter, the computer audio's, or both (a call) a call's two meters are this tall each (pixels), so that both fit the height of the bar's row Qt's QWIDGETSIZE_MAX: no maximum</extracomment>
        <translation>sous {level} dBFS</translation>
    </message>
    <message>
        <source>{level} dBFS</source>
        <translation>{level} dBFS</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Niveau d’entrée</translation>
    </message>
    <message>
        <source>How loud the input is, from −60 to 0 dBFS; CLIP lights red when it is too loud. The tooltip gives the level in numbers.</source>
        <translation>Le niveau sonore de l’entrée, de −60 à 0 dBFS ; CLIP s’allume en rouge quand il est trop fort. L’infobulle donne le niveau en chiffres.</translation>
    </message>
    <message>
        <source>The input is clipping: lower the input volume</source>
        <translation>L’entrée sature : baissez le volume d’entrée</translation>
    </message>
    <message>
        <source>Level {rms} (silence); clipping: lower the input volume</source>
        <translation>Niveau {rms} (silence) ; saturation : baissez le volume d’entrée</translation>
    </message>
    <message>
        <source>Level {rms} (silence)</source>
        <translation>Niveau {rms} (silence)</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak}); clipping: lower the input volume</source>
        <translation>Niveau {rms} (crête {peak}) ; saturation : baissez le volume d’entrée</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak})</source>
        <translation>Niveau {rms} (crête {peak})</translation>
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
        <translation>Son de l'ordinateur</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du microphone</translation>
    </message>
    <message>
        <source>Computer audio level</source>
        <translation>Niveau du son de l'ordinateur</translation>
    </message>
</context>
<context>
    <name>library_delegate</name>
    <message>
        <source>Title</source>
        <extracomment>space around a row's text (px): left and right, above and below space between the title and the grey line (px) space above a day header (px), and under it the rounding of the highlight (px) and its inset from the view's edges</extracomment>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>library_filters</name>
    <message>
        <source>Any time</source>
        <extracomment>date range key -&gt; label (English; shown translated)</extracomment>
        <translation>N'importe quand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Any length</source>
        <extracomment>length range label (English, also the combo's data; shown translated) -&gt; (min seconds, max seconds)</extracomment>
        <translation>Toute durée</translation>
    </message>
    <message>
        <source>Under 5 min</source>
        <translation>Moins de 5 min</translation>
    </message>
    <message>
        <source>5 to 30 min</source>
        <translation>5 à 30 min</translation>
    </message>
    <message>
        <source>Over 30 min</source>
        <translation>Plus de 30 min</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>sort key -&gt; (label (English; shown translated), column, descending)</extracomment>
        <translation>Plus récents d'abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d'abord</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Titre A–Z</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Plus longs d'abord</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Plus courts d'abord</translation>
    </message>
    <message>
        <source>All tags</source>
        <extracomment>the user changed a filter, the sort or the trash toggle</extracomment>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <source>Any engine</source>
        <translation>Tout moteur</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Afficher la corbeille</translation>
    </message>
    <message>
        <source>Show only the recordings in the trash</source>
        <translation>N'afficher que les enregistrements de la corbeille</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Filters and sort order</source>
        <translation>Filtres et tri</translation>
    </message>
    <message>
        <source>Filter · {count}</source>
        <translation>Filtre · {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n filters on — click to change</source>
        <translation><numerusform>%n filtre actif — cliquez pour modifier</numerusform><numerusform>%n filtres actifs — cliquez pour modifier</numerusform></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter and sort</source>
        <translation>Filtrer et trier</translation>
    </message>
</context>
<context>
    <name>library_model</name>
    <message>
        <source>Offline</source>
        <extracomment>recordings read at a time a reload reads at most this many rows again (so that a refresh keeps the scroll position and selection) the grey line's two parts: (when · duration · language, the job's state or "") the day header drawn above the first row of a day ("Today"), or None True when the row's state is an error (drawn in the error colour) an engine key -&gt; its name (English; shown through `engine_name`)</extracomment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>In the trash since {when}</source>
        <translation>Dans la corbeille depuis le {when}</translation>
    </message>
</context>
<context>
    <name>library_panel</name>
    <message>
        <source>Loading library…</source>
        <extracomment>how long typing must pause before the search runs (milliseconds) how long a notice stays (milliseconds); one offering Undo stays as long as Undo is possible changes arriving within this time are read in one reload (a burst of edits, a bulk action; ms) what the count line says while the list's first rows are being read (the window shows before that; English, shown translated, like the texts below)</extracomment>
        <translation>Chargement de la bibliothèque…</translation>
    </message>
    <message>
        <source>No recordings match</source>
        <extracomment>what the list says when its filters match nothing (an empty library says nothing: the window shows its welcome card)</extracomment>
        <translation>Aucun enregistrement ne correspond</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>La corbeille est vide</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Search the library</source>
        <extracomment>recording ID, position in seconds (0.0 for a plain item) list of recording IDs (the window queues them with its transcription options) list of recording IDs, the number of speakers (0: find it) whether the library is empty</extracomment>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search transcripts, titles and notes</source>
        <translation>Rechercher dans les transcriptions, les titres et les notes</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message numerus="yes">
        <source>Recordings in the trash are deleted for good after %n days.</source>
        <translation><numerusform>Les enregistrements de la corbeille sont supprimés définitivement après %n jour.</numerusform><numerusform>Les enregistrements de la corbeille sont supprimés définitivement après %n jours.</numerusform></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation>Aucun résultat pour « {query} »</translation>
    </message>
    <message numerus="yes">
        <source>%n or more hits for “{query}”</source>
        <translation><numerusform>%n résultat ou plus pour « {query} »</numerusform><numerusform>%n résultats ou plus pour « {query} »</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hits for “{query}”</source>
        <translation><numerusform>%n résultat pour « {query} »</numerusform><numerusform>%n résultats pour « {query} »</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation><numerusform>%n dans la corbeille</numerusform><numerusform>%n dans la corbeille</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n enregistrement</numerusform><numerusform>%n enregistrements</numerusform></translation>
    </message>
    <message>
        <source>The filters apply to the list, not to search results</source>
        <translation>Les filtres s'appliquent à la liste, pas aux résultats de recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings found</source>
        <translation><numerusform>%n enregistrement trouvé</numerusform><numerusform>%n enregistrements trouvés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n recordings to the trash.</source>
        <translation><numerusform>%n enregistrement placé dans la corbeille.</numerusform><numerusform>%n enregistrements placés dans la corbeille.</numerusform></translation>
    </message>
</context>
<context>
    <name>library_rows</name>
    <message>
        <source>Waiting…</source>
        <extracomment>the separator of the grey line's parts a job state -&gt; what the row says (English; shown translated; RUNNING has its own text, with the progress)</extracomment>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not transcribed</source>
        <translation>Non transcrit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Aujourd'hui {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Hier {time}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcription…</translation>
    </message>
    <message>
        <source>Transcribing {percent} %</source>
        <translation>Transcription {percent} %</translation>
    </message>
    <message>
        <source>transcribed</source>
        <translation>transcrit</translation>
    </message>
</context>
<context>
    <name>licence_dialog</name>
    <message>
        <source>Activate licence</source>
        <extracomment>Licence</extracomment>
        <translation>Activer la licence</translation>
    </message>
    <message>
        <source>Paste the licence you received after paying — the long text from the confirmation page or e-mail, or a link that starts with iam-desktop://activate. It is checked on this computer and kept in the system keyring.</source>
        <translation>Collez la licence reçue après le paiement — le long texte de la page de confirmation ou de l'e-mail, ou un lien qui commence par iam-desktop://activate. Elle est vérifiée sur cet ordinateur et conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Licence or activation link</source>
        <translation>Licence ou lien d'activation</translation>
    </message>
    <message>
        <source>eyJhbGciOiJFZERTQSIs…  or  iam-desktop://activate?licence=…</source>
        <translation>eyJhbGciOiJFZERTQSIs…  ou  iam-desktop://activate?licence=…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Check the pasted licence and keep it</source>
        <translation>Vérifier la licence collée et la conserver</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translation>Vérification de la licence…</translation>
    </message>
    <message>
        <source>The licence was not activated: {reason}</source>
        <translation>La licence n'a pas été activée : {reason}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Transcript</source>
        <extracomment>Settings now in use (the app hands them to the engines)</extracomment>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Transcript or summary</source>
        <translation>Transcription ou résumé</translation>
    </message>
    <message>
        <source>IAM Desktop {version} — offline model ready to use</source>
        <translation>IAM Desktop {version} — modèle hors ligne prêt à l’emploi</translation>
    </message>
    <message>
        <source>Recording {number}</source>
        <translation>Enregistrement {number}</translation>
    </message>
    <message>
        <source>Not transcribed yet — its progress shows in the list and in the status bar.</source>
        <translation>Pas encore transcrit — la progression s’affiche dans la liste et dans la barre d’état.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>models_page</name>
    <message>
        <source>Name</source>
        <extracomment>the table's columns (English: shown through `translate`)</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Intégré</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>%n langue</numerusform><numerusform>%n langues</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Anglais uniquement</translation>
    </message>
    <message>
        <source>Installed models</source>
        <extracomment>list[ModelSpec]</extracomment>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <source>Your model folders</source>
        <translation>Vos dossiers de modèles</translation>
    </message>
    <message>
        <source>Folders with CTranslate2 Whisper models, as faster-whisper uses</source>
        <translation>Dossiers contenant des modèles Whisper CTranslate2, tels que faster-whisper les utilise</translation>
    </message>
    <message>
        <source>Add model folder…</source>
        <translation>Ajouter un dossier de modèles…</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Retirer le dossier</translation>
    </message>
    <message>
        <source>Forgets the selected folder; its files stay where they are</source>
        <translation>Oublie le dossier sélectionné ; ses fichiers restent où ils sont</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>Modèles installés :</translation>
    </message>
    <message>
        <source>Your model folders (CTranslate2 Whisper models, as faster-whisper uses):</source>
        <translation>Vos dossiers de modèles (modèles Whisper CTranslate2, tels que faster-whisper les utilise) :</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Recherche de modèles…</translation>
    </message>
    <message>
        <source>Choose a folder with a Whisper model</source>
        <translation>Choisir un dossier contenant un modèle Whisper</translation>
    </message>
    <message>
        <source>That folder is already listed.</source>
        <translation>Ce dossier figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Looking for models in that folder…</source>
        <translation>Recherche de modèles dans ce dossier…</translation>
    </message>
    <message>
        <source>No Whisper model found in that folder ({folder}).</source>
        <translation>Aucun modèle Whisper trouvé dans ce dossier ({folder}).</translation>
    </message>
    <message>
        <source>The model in that folder is named like one already installed ({names}); rename its folder to use it.</source>
        <translation>Le modèle de ce dossier porte le même nom qu'un modèle déjà installé ({names}) ; renommez son dossier pour l'utiliser.</translation>
    </message>
</context>
<context>
    <name>notes_panel</name>
    <message>
        <source>Title</source>
        <extracomment>how long typing must pause before the notes are saved (milliseconds) no arguments</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Notes on this recording…</source>
        <translation>Notes sur cet enregistrement…</translation>
    </message>
    <message>
        <source>Open a recording to see its notes.</source>
        <translation>Ouvrez un enregistrement pour voir ses notes.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Étiquettes enregistrées</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renommé</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect: {message}

Your recordings and transcripts are safe. The details are in the log.</source>
        <extracomment>how long the status bar shows a failure (ms)</extracomment>
        <translation>Un problème inattendu est survenu dans IAM Desktop : {message}

Vos enregistrements et transcriptions sont en sécurité. Les détails figurent dans le journal.</translation>
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
        <translation>Ajout en cours</translation>
    </message>
    <message>
        <source>Files being added</source>
        <translation>Fichiers en cours d’ajout</translation>
    </message>
</context>
<context>
    <name>plan_card</name>
    <message>
        <source>Your plan</source>
        <translation>Votre formule</translation>
    </message>
    <message>
        <source>/ month</source>
        <translation>/ mois</translation>
    </message>
    <message>
        <source>{price} a month</source>
        <translation>{price} par mois</translation>
    </message>
    <message>
        <source>{price}. {summary} {highlights}</source>
        <translation>{price}. {summary} {highlights}</translation>
    </message>
    <message>
        <source>{action}: {plan}</source>
        <translation>{action} : {plan}</translation>
    </message>
</context>
<context>
    <name>plan_texts</name>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Everything offline, for as long as you like.</source>
        <translation>Tout hors ligne, aussi longtemps que vous le souhaitez.</translation>
    </message>
    <message>
        <source>For people who transcribe every week.</source>
        <translation>Pour celles et ceux qui transcrivent chaque semaine.</translation>
    </message>
    <message>
        <source>For teams and heavy cloud use.</source>
        <translation>Pour les équipes et un usage intensif du cloud.</translation>
    </message>
    <message>
        <source>Record and transcribe on this computer</source>
        <translation>Enregistrer et transcrire sur cet ordinateur</translation>
    </message>
    <message>
        <source>Library, search and export</source>
        <translation>Bibliothèque, recherche et exportation</translation>
    </message>
    <message>
        <source>Manual backups</source>
        <translation>Sauvegardes manuelles</translation>
    </message>
    <message>
        <source>30 cloud minutes a month</source>
        <translation>30 minutes cloud par mois</translation>
    </message>
    <message>
        <source>Everything in Free</source>
        <translation>Tout ce qu'offre Gratuit</translation>
    </message>
    <message>
        <source>600 cloud minutes a month</source>
        <translation>600 minutes cloud par mois</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Everything in Pro</source>
        <translation>Tout ce qu'offre Pro</translation>
    </message>
    <message>
        <source>3,000 cloud minutes a month</source>
        <translation>3 000 minutes cloud par mois</translation>
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
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play / pause (Space in the table, Ctrl+Space)</source>
        <translation>Lecture / pause (Espace dans le tableau, Ctrl+Espace)</translation>
    </message>
    <message>
        <source>−{seconds} s</source>
        <translation>−{seconds} s</translation>
    </message>
    <message>
        <source>Back {seconds} seconds (Ctrl+Left)</source>
        <translation>Reculer de {seconds} secondes (Ctrl+Gauche)</translation>
    </message>
    <message>
        <source>Back {seconds} seconds</source>
        <translation>Reculer de {seconds} secondes</translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds (Ctrl+Right)</source>
        <translation>Avancer de {seconds} secondes (Ctrl+Droite)</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds</source>
        <translation>Avancer de {seconds} secondes</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Position de lecture</translation>
    </message>
    <message>
        <source>The arrow keys move one second, Page Up and Page Down {seconds} seconds.</source>
        <translation>Les touches fléchées avancent d’une seconde, Page préc. et Page suiv. de {seconds} secondes.</translation>
    </message>
    <message>
        <source>Playback speed (the pitch stays the same)</source>
        <translation>Vitesse de lecture (la hauteur du son ne change pas)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>The pitch stays the same.</source>
        <translation>La hauteur du son ne change pas.</translation>
    </message>
    <message>
        <source>Playback is not available.</source>
        <translation>La lecture n’est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot play this recording: {reason}</source>
        <translation>Impossible de lire cet enregistrement : {reason}</translation>
    </message>
    <message>
        <source>Cannot play sound: {reason}</source>
        <translation>Impossible de lire le son : {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Lecture en cours</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>Fin de l’enregistrement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Playback stopped: {reason}</source>
        <translation>Lecture interrompue : {reason}</translation>
    </message>
</context>
<context>
    <name>record_panel</name>
    <message>
        <source>Record</source>
        <extracomment>the live view's frame interval (ms): 30 frames a second or more the record button's texts and tooltip (English; shown translated, context "record_panel")</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Start recording (Ctrl+R); press again to stop and save</source>
        <translation>Démarrer l’enregistrement (Ctrl+R) ; appuyez à nouveau pour arrêter et enregistrer</translation>
    </message>
    <message>
        <source>Recording needs a microphone: connect one, or allow this app to use it in the system settings</source>
        <extracomment>why Record is disabled without an input (English: show `translate("record_panel", NO_INPUT_TIP)`)</extracomment>
        <translation>L’enregistrement nécessite un microphone : branchez-en un, ou autorisez cette application à l’utiliser dans les réglages du système</translation>
    </message>
    <message>
        <source>Recording started</source>
        <extracomment>what a screen reader hears when the recording's state changes (old state, new state) → words</extracomment>
        <translation>Enregistrement démarré</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Enregistrement en pause</translation>
    </message>
    <message>
        <source>Recording resumed</source>
        <translation>Enregistrement repris</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Enregistrement arrêté</translation>
    </message>
    <message>
        <source>The microphone or other input to record from</source>
        <extracomment>str: the input's name str: what to record (a source of iam_desktop.recording.session) str: elapsed time as shown, "" when not recording bool: whether there is an input to record from (False: Record is disabled, NO_INPUT_TIP says why) bool: the user switched "transcribe when stopped" on or off (the window remembers it)</extracomment>
        <translation>Le microphone ou l’autre entrée à enregistrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the recording (Ctrl+Shift+R)</source>
        <translation>Mettre en pause ou reprendre l’enregistrement (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Time recorded (pauses not counted)</source>
        <translation>Durée enregistrée (pauses non comprises)</translation>
    </message>
    <message>
        <source>Size of the recording on disk so far</source>
        <translation>Taille actuelle de l’enregistrement sur le disque</translation>
    </message>
    <message>
        <source>Transcribe when stopped</source>
        <translation>Transcrire à l’arrêt</translation>
    </message>
    <message>
        <source>Queue the full transcription as soon as a recording is saved</source>
        <translation>Mettre la transcription complète en file d’attente dès qu’un enregistrement est sauvegardé</translation>
    </message>
    <message>
        <source>The transcript appears here as you speak.</source>
        <translation>La transcription apparaît ici pendant que vous parlez.</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Transcription en direct</translation>
    </message>
    <message>
        <source>What is being said, transcribed roughly while you record</source>
        <translation>Ce qui est dit, transcrit approximativement pendant l’enregistrement</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <translation>Avis sur l'enregistrement</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <source>“{name}” is not connected; the default input is used</source>
        <translation>« {name} » n’est pas branché ; l’entrée par défaut est utilisée</translation>
    </message>
    <message>
        <source>Above the line the microphone, below it the computer's audio</source>
        <translation>Au-dessus de la ligne le micro, en dessous le son de l’ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overflows: audio was lost</source>
        <translation><numerusform>⚠ %n débordement : de l’audio a été perdu</numerusform><numerusform>⚠ %n débordements : de l’audio a été perdu</numerusform></translation>
    </message>
    <message>
        <source>The computer was too busy to take all the audio in time</source>
        <translation>L’ordinateur était trop occupé pour recevoir tout l’audio à temps</translation>
    </message>
    <message>
        <source>[live transcript stopped: {reason}]</source>
        <translation>[transcription en direct arrêtée : {reason}]</translation>
    </message>
</context>
<context>
    <name>recording_actions</name>
    <message>
        <source>Rename</source>
        <extracomment>how long "Undo" stays offered after moving recordings to the trash (milliseconds) message text list of recording IDs moved to the trash list of recording IDs list of recording IDs, the number of speakers (0: find it) recording ID (only with notes_in_panel) how long Undo stays offered after a move to the trash (milliseconds) the tag names the library has (offered while typing tags; kept up to date by the panel) starts editing the current title in place; False where it cannot (then a dialog asks) Notes… asks for the notes side panel (`notes_requested`) instead of a dialog</extracomment>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notes…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Transcribe again</source>
        <translation>Transcrire à nouveau</translation>
    </message>
    <message>
        <source>Identify speakers</source>
        <translation>Identifier les intervenants</translation>
    </message>
    <message>
        <source>Label who speaks when, without transcribing again</source>
        <translation>Indiquer qui parle à quel moment, sans retranscrire</translation>
    </message>
    <message>
        <source>Find how many</source>
        <translation>Détecter leur nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n intervenant</numerusform><numerusform>%n intervenants</numerusform></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bring back the recordings just moved to the trash</source>
        <translation>Récupérer les enregistrements qui viennent d'être mis à la corbeille</translation>
    </message>
    <message>
        <source>Rename recording</source>
        <translation>Renommer l'enregistrement</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes on “{title}”:</source>
        <translation>Notes sur « {title} » :</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Étiquettes, séparées par des virgules :</translation>
    </message>
    <message numerus="yes">
        <source>Tags all %n recordings carry, separated by commas
(names added here go on every one; names taken out come off every one):</source>
        <translation><numerusform>Étiquettes communes aux %n enregistrements, séparées par des virgules
(les noms ajoutés ici vont sur chacun ; les noms retirés sont enlevés de chacun) :</numerusform><numerusform>Étiquettes communes aux %n enregistrements, séparées par des virgules
(les noms ajoutés ici vont sur chacun ; les noms retirés sont enlevés de chacun) :</numerusform></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>Export %n transcripts as:</source>
        <translation><numerusform>Exporter %n transcription en :</numerusform><numerusform>Exporter %n transcriptions en :</numerusform></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter vers le dossier</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Delete every recording in the trash for good, with its transcript and audio?
This cannot be undone.</source>
        <translation>Supprimer définitivement tous les enregistrements de la corbeille, avec leur transcription et leur audio ?
Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>Renommé en « {title} ».</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notes enregistrées.</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Étiquettes enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transcripts to {folder}.</source>
        <translation><numerusform>%n transcription exportée vers {folder}.</numerusform><numerusform>%n transcriptions exportées vers {folder}.</numerusform></translation>
    </message>
    <message>
        <source>Not exported: {problems}</source>
        <translation>Non exporté : {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n recordings.</source>
        <translation><numerusform>%n enregistrement restauré.</numerusform><numerusform>%n enregistrements restaurés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n recordings for good.</source>
        <translation><numerusform>%n enregistrement supprimé définitivement.</numerusform><numerusform>%n enregistrements supprimés définitivement.</numerusform></translation>
    </message>
</context>
<context>
    <name>recording_controller</name>
    <message>
        <source>The recording was saved, but its transcription could not be queued: {reason}</source>
        <extracomment>the controller's states builds the engine the live preview uses, for a language (None: detect) a session that started, and what the user should know about how (an input replaced, the computer's audio left out of a call) what a stop gives back: how the recorder ended, the saved capture (None: nothing recorded), and a problem queueing its transcription (None: queued, or not wanted) str: the new state PreviewState PreviewState (the computer's audio in a call) SavedCapture str: what went wrong str list[SavedCapture] list[InputDevice]</extracomment>
        <translation>L’enregistrement a été sauvegardé, mais sa transcription n’a pas pu être mise en file d’attente : {reason}</translation>
    </message>
    <message>
        <source>Interrupted recordings could not be saved: {reason}</source>
        <translation>Les enregistrements interrompus n’ont pas pu être sauvegardés : {reason}</translation>
    </message>
    <message>
        <source>The input “{name}” is not connected; recording from “{device}” instead.</source>
        <translation>L’entrée « {name} » n’est pas branchée ; enregistrement depuis « {device} » à la place.</translation>
    </message>
    <message>
        <source>Recording could not start: {reason}</source>
        <translation>L’enregistrement n’a pas pu démarrer : {reason}</translation>
    </message>
    <message>
        <source>The recording stopped.</source>
        <translation>L’enregistrement s’est arrêté.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>{reason}. Saved as “{title}” ({duration}).</source>
        <translation>{reason}. Enregistré sous « {title} » ({duration}).</translation>
    </message>
    <message>
        <source>The recording could not be saved: {reason}</source>
        <translation>L’enregistrement n’a pas pu être sauvegardé : {reason}</translation>
    </message>
    <message>
        <source>The computer's audio cannot be recorded ({reason}): recording the microphone alone.</source>
        <translation>Le son de l'ordinateur ne peut pas être enregistré ({reason}) : seul le microphone est enregistré.</translation>
    </message>
</context>
<context>
    <name>recording_page</name>
    <message>
        <source>No microphone found</source>
        <translation>Aucun microphone trouvé</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>System default ({name})</source>
        <translation>Par défaut du système ({name})</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (non branché)</translation>
    </message>
    <message>
        <source>Built-in Audio</source>
        <translation>Audio intégré</translation>
    </message>
    <message>
        <source>Built-in Audio ({part})</source>
        <translation>Audio intégré ({part})</translation>
    </message>
    <message>
        <source>{server} sound server</source>
        <translation>Serveur de son {server}</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>List the inputs again, after plugging a microphone in</source>
        <translation>Relister les entrées après avoir branché un microphone</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microphone :</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>Recherche des microphones…</translation>
    </message>
    <message>
        <source>No microphone found. Connect one, then choose Look again.</source>
        <translation>Aucun microphone trouvé. Branchez-en un, puis choisissez « Chercher à nouveau ».</translation>
    </message>
    <message>
        <source>The microphones cannot be listed: the computer's audio system is not available.</source>
        <translation>Impossible de lister les microphones : le système audio de l’ordinateur n’est pas disponible.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>Backed up</source>
        <extracomment>the snapshot list's columns (English: shown through `translate`)</extracomment>
        <translation>Sauvegardé le</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcriptions</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <extracomment>Restored RestorePlan</extracomment>
        <translation>Restaurer à partir d'une sauvegarde</translation>
    </message>
    <message>
        <source>&lt;b&gt;The passphrase the backup was made with.&lt;/b&gt; The backup cannot be opened without it.</source>
        <translation>&lt;b&gt;La phrase secrète avec laquelle la sauvegarde a été faite.&lt;/b&gt; Sans elle, la sauvegarde ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>the storage's secret access key</source>
        <translation>la clé d'accès secrète du stockage</translation>
    </message>
    <message>
        <source>the backup's passphrase</source>
        <translation>la phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with; it opens the backup</source>
        <translation>La phrase secrète avec laquelle la sauvegarde a été faite ; elle ouvre la sauvegarde</translation>
    </message>
    <message>
        <source>Enter where your backup is kept, the storage's keys and the backup's passphrase. They are kept on this computer once the library is restored.</source>
        <translation>Indiquez où votre sauvegarde est conservée, les clés du stockage et la phrase secrète de la sauvegarde. Elles sont conservées sur cet ordinateur une fois la bibliothèque restaurée.</translation>
    </message>
    <message>
        <source>Show backups</source>
        <translation>Afficher les sauvegardes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Choose the backup to restore; the newest is chosen first</source>
        <translation>Choisissez la sauvegarde à restaurer ; la plus récente est choisie d'abord</translation>
    </message>
    <message>
        <source>Restoring brings back the library and every recording of the chosen backup. Each file is checked before anything on this computer changes. A library already here is kept beside the restored one, never deleted.</source>
        <translation>La restauration récupère la bibliothèque et tous les enregistrements de la sauvegarde choisie. Chaque fichier est vérifié avant que quoi que ce soit ne change sur cet ordinateur. Une bibliothèque déjà présente est conservée à côté de celle restaurée, jamais supprimée.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to where the backup is kept</source>
        <translation>Revenir à l'emplacement de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restores the backup chosen in the list</source>
        <translation>Restaure la sauvegarde choisie dans la liste</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Annuler la restauration</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Restoring the backup of {date}.</source>
        <translation>Restauration de la sauvegarde du {date}.</translation>
    </message>
    <message>
        <source>the saved storage</source>
        <translation>le stockage enregistré</translation>
    </message>
    <message>
        <source>enter the storage's secret access key</source>
        <translation>saisissez la clé d'accès secrète du stockage</translation>
    </message>
    <message>
        <source>enter the backup's passphrase</source>
        <translation>saisissez la phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Backups in {where}:</source>
        <translation>Sauvegardes dans {where} :</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Ouverture de la sauvegarde…</translation>
    </message>
    <message>
        <source>{date} — cannot be read</source>
        <translation>{date} — illisible</translation>
    </message>
    <message>
        <source>{date}  (newest)</source>
        <translation>{date}  (la plus récente)</translation>
    </message>
    <message numerus="yes">
        <source>%n backups found.</source>
        <translation><numerusform>%n sauvegarde trouvée.</numerusform><numerusform>%n sauvegardes trouvées.</numerusform></translation>
    </message>
    <message>
        <source>None of the backups can be read. Run Verify on the Backup page to see why.</source>
        <translation>Aucune des sauvegardes n'est lisible. Lancez Vérifier dans la page Sauvegarde pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>There is no backup here yet: check the bucket and the folder in it.</source>
        <translation>Il n'y a pas encore de sauvegarde ici : vérifiez le bucket et le dossier qu'il contient.</translation>
    </message>
    <message>
        <source>Looking at the library on this computer…</source>
        <translation>Examen de la bibliothèque de cet ordinateur…</translation>
    </message>
    <message>
        <source>The library on this computer cannot be read.</source>
        <translation>La bibliothèque de cet ordinateur est illisible.</translation>
    </message>
    <message numerus="yes">
        <source>The library on this computer holds %n recordings.</source>
        <translation><numerusform>La bibliothèque de cet ordinateur contient %n enregistrement.</numerusform><numerusform>La bibliothèque de cet ordinateur contient %n enregistrements.</numerusform></translation>
    </message>
    <message>
        <source>Replace the library?</source>
        <translation>Remplacer la bibliothèque ?</translation>
    </message>
    <message>
        <source>Restoring replaces it with the backup of {date}. The current library file is kept beside the restored one (library.sqlite3.before-restore-…), so it can be brought back by hand; recordings added since that backup are not in the restored library.</source>
        <translation>La restauration la remplace par la sauvegarde du {date}. Le fichier actuel de la bibliothèque est conservé à côté de celui restauré (library.sqlite3.before-restore-…) et peut donc être récupéré à la main ; les enregistrements ajoutés depuis cette sauvegarde ne figurent pas dans la bibliothèque restaurée.</translation>
    </message>
    <message>
        <source>Replace the library</source>
        <translation>Remplacer la bibliothèque</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Rien n'a été restauré.</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>Démarrage de la restauration…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Restored the backup of {date}: {recordings} and {transcripts}, every file checked.</source>
        <translation>Sauvegarde du {date} restaurée : {recordings} et {transcripts}, chaque fichier vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n enregistrement</numerusform><numerusform>%n enregistrements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n transcription</numerusform><numerusform>%n transcriptions</numerusform></translation>
    </message>
    <message>
        <source>Backups are not set up on this computer yet: {problem} Set them up in Settings → Backup.</source>
        <translation>Les sauvegardes ne sont pas encore configurées sur cet ordinateur : {problem} Configurez-les dans Paramètres → Sauvegarde.</translation>
    </message>
    <message>
        <source>The restore failed: {reason}</source>
        <translation>La restauration a échoué : {reason}</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing on this computer was changed.</source>
        <translation>La restauration a été annulée ; rien n'a été modifié sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>search_hits</name>
    <message>
        <source>in the title</source>
        <extracomment>hits read at a time where a hit that is not in the transcript was found (English; shown translated)</extracomment>
        <translation>dans le titre</translation>
    </message>
    <message>
        <source>in the notes</source>
        <translation>dans les notes</translation>
    </message>
    <message>
        <source>in a summary</source>
        <translation>dans un résumé</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <source>{title}, {where}: {excerpt}</source>
        <translation>{title}, {where} : {excerpt}</translation>
    </message>
</context>
<context>
    <name>segment_editor</name>
    <message>
        <source>Segment text</source>
        <extracomment>shortcuts of the pane that act on the segment being edited: they reach the pane, not the editor () after a resize: the text may need another height</extracomment>
        <translation>Texte du segment</translation>
    </message>
    <message>
        <source>Enter saves, Escape cancels, Ctrl+K splits the segment at the cursor.</source>
        <translation>Entrée enregistre, Échap annule, Ctrl+K scinde le segment au curseur.</translation>
    </message>
</context>
<context>
    <name>segment_table</name>
    <message>
        <source>Transcript</source>
        <extracomment>the margin left of the times: room for the accent bar of the playing segment the speaker filter that shows the segments nobody is named for the speaker's bar at the margin's right edge: its width and its distance from the edge</extracomment>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Enter or F2 edits a segment, Space plays or pauses, Ctrl+Enter plays from its start.</source>
        <translation>Entrée ou F2 modifie un segment, Espace lance ou met en pause la lecture, Ctrl+Entrée lit à partir de son début.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>General</source>
        <extracomment>each page's name (English, shown translated) and its icon in the list (names of iam_desktop.ui.icons)</extracomment>
        <translation>Général</translation>
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
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>Watch folders</source>
        <translation>Dossiers surveillés</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
</context>
<context>
    <name>shortcuts_dialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
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
        <translation>Enregistrer le microphone : dictée, exposé, réunion dans une salle</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Son de l'ordinateur</translation>
    </message>
    <message>
        <source>Record what the computer plays (a video, a webinar), not the microphone</source>
        <translation>Enregistrer ce que l'ordinateur diffuse (une vidéo, un webinaire), pas le microphone</translation>
    </message>
    <message>
        <source>Both (call)</source>
        <translation>Les deux (appel)</translation>
    </message>
    <message>
        <source>Record a call: your microphone and the computer's audio, transcribed as you and the others</source>
        <translation>Enregistrer un appel : votre microphone et le son de l'ordinateur, transcrits comme vous et les autres</translation>
    </message>
    <message>
        <source>Record from</source>
        <translation>Enregistrer depuis</translation>
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
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Each speaker's talk time and share. Choose a speaker (arrow keys) to show only their segments; the context menu renames a speaker or merges it into another.</source>
        <translation>Temps de parole et part de chaque intervenant. Choisissez un intervenant (touches fléchées) pour n’afficher que ses segments ; le menu contextuel renomme un intervenant ou le fusionne avec un autre.</translation>
    </message>
    <message>
        <source>Show every speaker's segments</source>
        <translation>Afficher les segments de tous les intervenants</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Tous les intervenants</translation>
    </message>
    <message numerus="yes">
        <source>All speakers: %n speakers, {time} of talk</source>
        <translation><numerusform>Tous les intervenants : %n intervenant, {time} de parole</numerusform><numerusform>Tous les intervenants : %n intervenants, {time} de parole</numerusform></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Aucun intervenant</translation>
    </message>
    <message>
        <source>{time} · {percent}</source>
        <translation>{time} · {percent}</translation>
    </message>
    <message>
        <source>{speaker}: {time}, {percent} of the talk</source>
        <translation>{speaker} : {time}, {percent} du temps de parole</translation>
    </message>
    <message>
        <source>Show only {speaker}'s segments (right-click to rename or merge)</source>
        <translation>N’afficher que les segments de {speaker} (clic droit pour renommer ou fusionner)</translation>
    </message>
    <message>
        <source>Show only the segments nobody is named for</source>
        <translation>N’afficher que les segments sans intervenant</translation>
    </message>
    <message>
        <source>Rename {speaker}…</source>
        <translation>Renommer {speaker}…</translation>
    </message>
    <message>
        <source>Merge {speaker} into</source>
        <translation>Fusionner {speaker} avec</translation>
    </message>
</context>
<context>
    <name>storage_page</name>
    <message>
        <source>Adding up…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Afficher le dossier des données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>The library holds your recordings' audio, their transcripts and notes: back it up with the rest of your files.</source>
        <translation>La bibliothèque contient l’audio de vos enregistrements, leurs transcriptions et leurs notes : sauvegardez-la avec le reste de vos fichiers.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>The size could not be added up: {reason}</source>
        <translation>La taille n’a pas pu être calculée : {reason}</translation>
    </message>
    <message>
        <source>No program to show folders with was found.</source>
        <translation>Aucun programme permettant d’afficher les dossiers n’a été trouvé.</translation>
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
        <translation>Délai hors ligne</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>YOUR PLAN</source>
        <extracomment>the usage bar turns to the warning colour from this fraction of the allowance Entitlement</extracomment>
        <translation>VOTRE FORMULE</translation>
    </message>
    <message>
        <source>Reading your licence…</source>
        <translation>Lecture de votre licence…</translation>
    </message>
    <message>
        <source>Manage subscription</source>
        <translation>Gérer l'abonnement</translation>
    </message>
    <message>
        <source>Open the payment provider's customer portal in your browser: cancel, change the card, see invoices</source>
        <translation>Ouvrir le portail client du prestataire de paiement dans votre navigateur : résilier, changer de carte, voir les factures</translation>
    </message>
    <message>
        <source>Activate licence…</source>
        <translation>Activer une licence…</translation>
    </message>
    <message>
        <source>Paste a licence you received after paying</source>
        <translation>Coller une licence reçue après le paiement</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Fetch your licence from the billing service</source>
        <translation>Récupérer votre licence auprès du service de facturation</translation>
    </message>
    <message>
        <source>Read the stored licence and the minutes used again</source>
        <translation>Relire la licence enregistrée et les minutes utilisées</translation>
    </message>
    <message>
        <source>Cloud minutes used this month</source>
        <translation>Minutes cloud utilisées ce mois-ci</translation>
    </message>
    <message>
        <source>The address the payment provider sends your receipt and licence to; kept in the system keyring</source>
        <translation>L'adresse à laquelle le prestataire de paiement envoie votre reçu et votre licence ; conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Payer avec</translation>
    </message>
    <message>
        <source>The payment provider, and the currency of the prices below</source>
        <translation>Le prestataire de paiement et la devise des prix ci-dessous</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No payments yet. Each period you pay for is listed here, with its invoice.</source>
        <translation>Aucun paiement pour l'instant. Chaque période payée apparaît ici, avec sa facture.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Formules</translation>
    </message>
    <message>
        <source>Cloud minutes this month</source>
        <translation>Minutes cloud ce mois-ci</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Historique de facturation</translation>
    </message>
    <message>
        <source>This period: {period}</source>
        <translation>Période en cours : {period}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} payment page…</source>
        <translation>Demande de la page de paiement {gateway}…</translation>
    </message>
    <message>
        <source>The {gateway} payment page for {plan} is open in your browser. {next_step}</source>
        <translation>La page de paiement {gateway} pour {plan} est ouverte dans votre navigateur. {next_step}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} customer portal…</source>
        <translation>Demande du portail client {gateway}…</translation>
    </message>
    <message>
        <source>The {gateway} customer portal is open in your browser.</source>
        <translation>Le portail client {gateway} est ouvert dans votre navigateur.</translation>
    </message>
    <message>
        <source>The invoice is open in your browser.</source>
        <translation>La facture est ouverte dans votre navigateur.</translation>
    </message>
    <message>
        <source>Asking the billing service for your licence…</source>
        <translation>Demande de votre licence au service de facturation…</translation>
    </message>
    <message>
        <source>Licence activated: you are on {plan}. Thank you!</source>
        <translation>Licence activée : vous êtes sur la formule {plan}. Merci !</translation>
    </message>
    <message>
        <source>The address to open is not a valid web address, so it was not opened.</source>
        <translation>L'adresse à ouvrir n'est pas une adresse web valide : elle n'a donc pas été ouverte.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Make sure a web browser is set as the default, then try again.</source>
        <translation>Impossible d'ouvrir le navigateur. Vérifiez qu'un navigateur web est défini par défaut, puis réessayez.</translation>
    </message>
    <message>
        <source>When the payment is through, press Refresh.</source>
        <translation>Une fois le paiement effectué, cliquez sur Actualiser.</translation>
    </message>
    <message>
        <source>When the payment is through, paste the licence you receive with Activate licence…</source>
        <translation>Une fois le paiement effectué, collez la licence reçue avec Activer une licence…</translation>
    </message>
</context>
<context>
    <name>subscription_texts</name>
    <message>
        <source>Stripe — card, USD</source>
        <extracomment>the gateway choice's labels, by gateway id, in the order offered (PayGate's and Stitch's are a brand and a currency code: the same in every language)</extracomment>
        <translation>Stripe — carte, USD</translation>
    </message>
    <message>
        <source>The licence is up to date.</source>
        <extracomment>the symbol an amount is shown with, by currency code (others show their code) the billing core's refresh messages that are always the same words (shown translated)</extracomment>
        <translation>La licence est à jour.</translation>
    </message>
    <message>
        <source>The billing service has no licence for this installation yet: once a payment goes through, refresh again.</source>
        <translation>Le service de facturation n'a pas encore de licence pour cette installation : une fois un paiement effectué, actualisez à nouveau.</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Formule actuelle</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S'abonner</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Passer à cette formule</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Changer de formule</translation>
    </message>
    <message>
        <source>You are on the {plan} plan</source>
        <translation>Vous êtes sur la formule {plan}</translation>
    </message>
    <message>
        <source>Opens {gateway}'s customer portal in your browser, where you can change or cancel your subscription</source>
        <translation>Ouvre le portail client {gateway} dans votre navigateur, où vous pouvez modifier ou résilier votre abonnement</translation>
    </message>
    <message>
        <source>Opens {gateway}'s payment page for {plan} in your browser</source>
        <translation>Ouvre la page de paiement {gateway} pour {plan} dans votre navigateur</translation>
    </message>
    <message>
        <source>Renews {day}</source>
        <translation>Renouvellement le {day}</translation>
    </message>
    <message>
        <source>Offline grace until {day}: go online to refresh the licence, or renew</source>
        <translation>Délai hors ligne jusqu'au {day} : connectez-vous pour actualiser la licence, ou renouvelez</translation>
    </message>
    <message>
        <source>Your {plan} licence ended on {day}: renew to keep {plan}</source>
        <translation>Votre licence {plan} a expiré le {day} : renouvelez-la pour garder {plan}</translation>
    </message>
    <message>
        <source>Licence refreshed: {plan} until {day}.</source>
        <translation>Licence actualisée : {plan} jusqu'au {day}.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %n cloud minutes used this month</source>
        <translation><numerusform>{used} sur %n minute cloud utilisée ce mois-ci</numerusform><numerusform>{used} sur %n minutes cloud utilisées ce mois-ci</numerusform></translation>
    </message>
    <message>
        <source>None left</source>
        <translation>Plus aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left</source>
        <translation><numerusform>%n minute restante</numerusform><numerusform>%n minutes restantes</numerusform></translation>
    </message>
    <message>
        <source>{left} · the count starts again on {day}</source>
        <translation>{left} · le décompte repart le {day}</translation>
    </message>
</context>
<context>
    <name>summary_panel</name>
    <message>
        <source>Offline</source>
        <extracomment>the formats "Export with the transcript…" offers, the first the default how many chapters show at once above a summary's text the engine choices' data the data role of a history item (the summary's ID) and of a chapter item (its start in seconds) (seconds) no arguments</extracomment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Focus on… (optional: what the summary should pay attention to)</source>
        <translation>Mettre l’accent sur… (facultatif : ce à quoi le résumé doit prêter attention)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop making this summary (Esc)</source>
        <translation>Arrêter la création de ce résumé (Échap)</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Ajouter une clé…</translation>
    </message>
    <message>
        <source>Add an OpenAI key in Settings → Cloud</source>
        <translation>Ajouter une clé OpenAI dans Paramètres → Cloud</translation>
    </message>
    <message>
        <source>Summaries of this recording</source>
        <translation>Résumés de cet enregistrement</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>The transcript changed after this summary was made: generate it again</source>
        <translation>La transcription a changé depuis ce résumé : générez-le à nouveau</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the summary as plain text</source>
        <translation>Copier le résumé en texte brut</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the summary, or export it with the transcript</source>
        <translation>Enregistrer le résumé ou l’exporter avec la transcription</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Enregistrer en texte…</translation>
    </message>
    <message>
        <source>Export with the transcript…</source>
        <translation>Exporter avec la transcription…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Correct the summary's text</source>
        <translation>Corriger le texte du résumé</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this summary</source>
        <translation>Supprimer ce résumé</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <source>Enter shows the transcript at the chapter's start</source>
        <translation>Entrée affiche la transcription au début du chapitre</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Texte du résumé</translation>
    </message>
    <message>
        <source>Open a recording to summarise it.</source>
        <translation>Ouvrez un enregistrement pour le résumer.</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Créer :</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Moteur :</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>Consigne :</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Résumés</translation>
    </message>
    <message>
        <source>Out of date: the transcript changed after this summary was made</source>
        <translation>Obsolète : la transcription a changé depuis ce résumé</translation>
    </message>
    <message>
        <source>No summary yet: choose what to make and press Generate.</source>
        <translation>Pas encore de résumé : choisissez quoi créer et appuyez sur Générer.</translation>
    </message>
    <message>
        <source>Not transcribed yet: a summary needs the transcript.</source>
        <translation>Pas encore transcrit : un résumé a besoin de la transcription.</translation>
    </message>
    <message>
        <source>No OpenAI key: an offline summary (sentences from the transcript)</source>
        <translation>Pas de clé OpenAI : un résumé hors ligne (phrases tirées de la transcription)</translation>
    </message>
    <message>
        <source>Offline: sentences from the transcript, made on this computer</source>
        <translation>Hors ligne : phrases tirées de la transcription, créé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Estimating the cost with {model}…</source>
        <translation>Estimation du coût avec {model}…</translation>
    </message>
    <message>
        <source>The cost with {model} could not be estimated</source>
        <translation>Le coût avec {model} n’a pas pu être estimé</translation>
    </message>
    <message>
        <source>Making: {preset}…</source>
        <translation>Création : {preset}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>OpenAI could not be reached: this is an offline summary.</source>
        <translation>OpenAI est injoignable : ceci est un résumé hors ligne.</translation>
    </message>
    <message>
        <source>{preset} ready</source>
        <translation>{preset} prêt</translation>
    </message>
    <message>
        <source>Cancelled: no summary was stored.</source>
        <translation>Annulé : aucun résumé n’a été enregistré.</translation>
    </message>
    <message>
        <source>There is no transcript to summarise yet: transcribe the recording first.</source>
        <translation>Il n’y a pas encore de transcription à résumer : transcrivez d’abord l’enregistrement.</translation>
    </message>
    <message>
        <source>No OpenAI key is set: add one in Settings → Cloud, or choose Offline.</source>
        <translation>Aucune clé OpenAI n’est définie : ajoutez-en une dans Paramètres → Cloud, ou choisissez Hors ligne.</translation>
    </message>
    <message>
        <source>The summary could not be made: {reason}</source>
        <translation>Le résumé n’a pas pu être créé : {reason}</translation>
    </message>
    <message>
        <source>The summary could not be made: something went wrong that IAM Desktop did not expect.</source>
        <translation>Le résumé n’a pas pu être créé : une erreur inattendue s’est produite dans IAM Desktop.</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Résumé copié.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Export with the transcript</source>
        <translation>Exporter avec la transcription</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Delete summary?</source>
        <translation>Supprimer le résumé ?</translation>
    </message>
    <message>
        <source>Delete this summary ({made})? This cannot be undone.</source>
        <translation>Supprimer ce résumé ({made}) ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Summary deleted.</source>
        <translation>Résumé supprimé.</translation>
    </message>
</context>
<context>
    <name>summary_texts</name>
    <message>
        <source>Summary</source>
        <extracomment>the presets as the window names them (English; translated where shown), in PRESETS' order</extracomment>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <source>Offline summary</source>
        <extracomment>a moment in a summary's text: [m:ss] or [h:mm:ss] (also m:ss–m:ss ranges' first part) the scheme of the links that seek ("seek:754.0") a heading marked as Markdown writes one ("## Decisions", "**Decisions**") a line longer than this is never taken for a heading how a line of a list starts the space a blank line leaves between two paragraphs (pixels)</extracomment>
        <translation>Résumé hors ligne</translation>
    </message>
    <message>
        <source>OpenAI ({model})</source>
        <translation>OpenAI ({model})</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>“{instruction}”</source>
        <translation>« {instruction} »</translation>
    </message>
    <message>
        <source>Less than {cost} with {model}</source>
        <extracomment>the smallest amount the estimate names ("Less than $0.001")</extracomment>
        <translation>Moins de {cost} avec {model}</translation>
    </message>
    <message>
        <source>About {cost} with {model}</source>
        <translation>Environ {cost} avec {model}</translation>
    </message>
</context>
<context>
    <name>tags_editor</name>
    <message>
        <source>Add tags, separated by commas</source>
        <extracomment>list of tag names</extracomment>
        <translation>Ajoutez des étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags separated by commas; suggestions appear while you type</source>
        <translation>Étiquettes séparées par des virgules ; des suggestions s'affichent pendant la saisie</translation>
    </message>
</context>
<context>
    <name>transcribe_options</name>
    <message>
        <source>Offline (this computer)</source>
        <extracomment>each engine's name in the pickers (English; shown with `engine_label`)</extracomment>
        <translation>Hors ligne (cet ordinateur)</translation>
    </message>
    <message>
        <source>OpenAI (cloud)</source>
        <translation>OpenAI (cloud)</translation>
    </message>
    <message>
        <source>OpenAI needs an API key, and the system keyring is locked or unavailable</source>
        <extracomment>the speaker counts the picker lists (more can be set in the settings file)</extracomment>
        <translation>OpenAI a besoin d’une clé d’API, et le trousseau du système est verrouillé ou indisponible</translation>
    </message>
    <message>
        <source>OpenAI needs an API key</source>
        <translation>OpenAI a besoin d’une clé d’API</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>(nothing)</extracomment>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Traduire en anglais</translation>
    </message>
    <message>
        <source>No speakers</source>
        <translation>Sans intervenants</translation>
    </message>
    <message>
        <source>Speakers: auto</source>
        <translation>Intervenants : auto</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n intervenant</numerusform><numerusform>%n intervenants</numerusform></translation>
    </message>
    <message>
        <source>Label who speaks when (Speaker 1, Speaker 2…), offline, after transcribing</source>
        <translation>Indiquer qui parle à quel moment (Speaker 1, Speaker 2…), hors ligne, après la transcription</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Ajouter une clé…</translation>
    </message>
    <message>
        <source>Open Settings to add an OpenAI API key</source>
        <translation>Ouvrir les paramètres pour ajouter une clé d’API OpenAI</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Moteur :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>The language spoken in the files you transcribe next</source>
        <translation>La langue parlée dans les prochains fichiers à transcrire</translation>
    </message>
    <message>
        <source>Write the transcript in English, whatever language is spoken</source>
        <translation>Écrire la transcription en anglais, quelle que soit la langue parlée</translation>
    </message>
</context>
<context>
    <name>transcript_editing</name>
    <message>
        <source>One moment: {reason}</source>
        <translation>Un instant : {reason}</translation>
    </message>
    <message>
        <source>the original transcript is being restored.</source>
        <translation>la transcription d’origine est en cours de restauration.</translation>
    </message>
    <message>
        <source>Restore original</source>
        <translation>Restaurer l’original</translation>
    </message>
    <message>
        <source>reloading the transcript after an edit that was not saved.</source>
        <translation>la transcription est rechargée après une modification qui n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>transcript_find</name>
    <message numerus="yes">
        <source>%n matches</source>
        <extracomment>how long the find field must be left alone before the number of matches is announced</extracomment>
        <translation><numerusform>%n résultat</numerusform><numerusform>%n résultats</numerusform></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message>
        <source>Match {current} of {total}: {text}</source>
        <translation>Résultat {current} sur {total} : {text}</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation><numerusform>%n remplacement</numerusform><numerusform>%n remplacements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replacements</source>
        <translation><numerusform>%n remplacement effectué</numerusform><numerusform>%n remplacements effectués</numerusform></translation>
    </message>
</context>
<context>
    <name>transcript_model</name>
    <message>
        <source>Time</source>
        <extracomment>the columns' headers, in English (translated where shown)</extracomment>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>{time}, {speaker}: {text}</source>
        <extracomment>the data role reported as changed when the word being heard moves (the row height stays) the data role reported as changed when the playing row or the matches marked change (same height) a match marked in the text: (row, start, end) character offsets</extracomment>
        <translation>{time}, {speaker} : {text}</translation>
    </message>
    <message>
        <source>{time}: {text}</source>
        <translation>{time} : {text}</translation>
    </message>
    <message>
        <source>{start} – {end}: click to play from here</source>
        <translation>{start} – {end} : cliquez pour lire à partir d’ici</translation>
    </message>
</context>
<context>
    <name>transcript_playalong</name>
    <message>
        <source>Unsure word {current} of {total}: “{word}” ({percent}%)</source>
        <translation>Mot incertain {current} sur {total} : « {word} » ({percent} %)</translation>
    </message>
    <message>
        <source>Back at the end — {message}</source>
        <translation>Retour à la fin — {message}</translation>
    </message>
    <message>
        <source>Back at the top — {message}</source>
        <translation>Retour au début — {message}</translation>
    </message>
    <message>
        <source>{message} — Space plays, F2 corrects.</source>
        <translation>{message} — Espace lit, F2 corrige.</translation>
    </message>
</context>
<context>
    <name>transcript_view</name>
    <message>
        <source>Offline</source>
        <extracomment>the engine as the header names it (English; translated where shown)</extracomment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Drop audio or video files here, or use “Add files…”.</source>
        <extracomment>(message) a passing remark for the status bar</extracomment>
        <translation>Déposez des fichiers audio ou vidéo ici, ou utilisez « Ajouter des fichiers… ».</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Annuler : {edit}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Rétablir : {edit}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&lt;i&gt;edited&lt;/i&gt; (the original is kept)</source>
        <translation>&lt;i&gt;modifiée&lt;/i&gt; (l’original est conservé)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsure words</source>
        <translation><numerusform>%n mot incertain</numerusform><numerusform>%n mots incertains</numerusform></translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <translation>Aucune parole n’a été trouvée dans cet enregistrement.</translation>
    </message>
    <message>
        <source>{language} (detected, {percent}%)</source>
        <translation>{language} (détectée, {percent} %)</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>This segment has only one word: there is nowhere to split it.</source>
        <translation>Ce segment ne contient qu’un mot : il ne peut pas être scindé.</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>Scinder le segment</translation>
    </message>
    <message>
        <source>Split at the text cursor while editing, else at the middle word</source>
        <translation>Scinder au curseur pendant la modification, sinon au mot du milieu</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Fusionner avec le suivant</translation>
    </message>
    <message>
        <source>Start {seconds} s earlier</source>
        <translation>Début {seconds} s plus tôt</translation>
    </message>
    <message>
        <source>Start {seconds} s later</source>
        <translation>Début {seconds} s plus tard</translation>
    </message>
    <message>
        <source>End {seconds} s earlier</source>
        <translation>Fin {seconds} s plus tôt</translation>
    </message>
    <message>
        <source>End {seconds} s later</source>
        <translation>Fin {seconds} s plus tard</translation>
    </message>
    <message>
        <source>Set speaker…</source>
        <translation>Définir l’intervenant…</translation>
    </message>
    <message>
        <source>Rename speaker…</source>
        <translation>Renommer l’intervenant…</translation>
    </message>
    <message>
        <source>Merge speaker into…</source>
        <translation>Fusionner l’intervenant avec…</translation>
    </message>
    <message>
        <source>Show all speakers</source>
        <translation>Afficher tous les intervenants</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Rechercher et remplacer…</translation>
    </message>
    <message>
        <source>Next unsure word</source>
        <translation>Mot incertain suivant</translation>
    </message>
    <message>
        <source>Go to the next word the engine was unsure of (underlined)</source>
        <translation>Aller au mot suivant dont le moteur n’était pas sûr (souligné)</translation>
    </message>
    <message>
        <source>Previous unsure word</source>
        <translation>Mot incertain précédent</translation>
    </message>
    <message>
        <source>Restore original transcript…</source>
        <translation>Restaurer la transcription d’origine…</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Lire à partir d’ici</translation>
    </message>
    <message>
        <source>Back {seconds} s</source>
        <translation>Reculer de {seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} s</source>
        <translation>Avancer de {seconds} s</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>Fusionner les segments</translation>
    </message>
    <message>
        <source>Nudge segment</source>
        <translation>Décaler le segment</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Définir l’intervenant</translation>
    </message>
    <message>
        <source>Who speaks here? (empty: nobody named)</source>
        <translation>Qui parle ici ? (vide : personne de nommé)</translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation>Renommer l’intervenant</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Intervenant :</translation>
    </message>
    <message>
        <source>New name for {speaker}:</source>
        <translation>Nouveau nom pour {speaker} :</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Fusionner les intervenants</translation>
    </message>
    <message>
        <source>Merge this speaker:</source>
        <translation>Fusionner cet intervenant :</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Avec :</translation>
    </message>
    <message>
        <source>{speaker} merged into {other}.</source>
        <translation>{speaker} a été fusionné avec {other}.</translation>
    </message>
    <message>
        <source>Restore original transcript</source>
        <translation>Restaurer la transcription d’origine</translation>
    </message>
    <message>
        <source>Discard your edits of this transcript and go back to the original one?
(Edit ▸ Undo brings them back.)</source>
        <translation>Abandonner vos modifications de cette transcription et revenir à l’originale ?
(Édition ▸ Annuler les rétablit.)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrences of “{text}”.</source>
        <translation><numerusform>%n occurrence de « {text} » remplacée.</numerusform><numerusform>%n occurrences de « {text} » remplacées.</numerusform></translation>
    </message>
    <message>
        <source>No unsure words in this transcript.</source>
        <translation>Aucun mot incertain dans cette transcription.</translation>
    </message>
</context>
<context>
    <name>transcription_page</name>
    <message>
        <source>Automatic (tiny.en for English, base otherwise)</source>
        <extracomment>the offline model picker's first entry (English; shown translated)</extracomment>
        <translation>Automatique (tiny.en pour l’anglais, base sinon)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>%n langue</numerusform><numerusform>%n langues</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Anglais uniquement</translation>
    </message>
    <message>
        <source>{model} ({languages})</source>
        <translation>{model} ({languages})</translation>
    </message>
    <message>
        <source>Offline transcription never sends audio anywhere. The cloud engine (OpenAI) needs a key: see Cloud.</source>
        <translation>La transcription hors ligne n’envoie jamais l’audio nulle part. Le moteur cloud (OpenAI) nécessite une clé : voir Cloud.</translation>
    </message>
    <message>
        <source>Long recordings are transcribed in pieces of about this length, cut at pauses; an interrupted transcription goes on from its last finished piece.</source>
        <translation>Les longs enregistrements sont transcrits par morceaux d’environ cette durée, coupés aux pauses ; une transcription interrompue reprend à son dernier morceau terminé.</translation>
    </message>
    <message>
        <source>Default engine:</source>
        <translation>Moteur par défaut :</translation>
    </message>
    <message>
        <source>Offline model:</source>
        <translation>Modèle hors ligne :</translation>
    </message>
    <message>
        <source>Piece length:</source>
        <translation>Durée des morceaux :</translation>
    </message>
    <message>
        <source>{model} (not found)</source>
        <translation>{model} (introuvable)</translation>
    </message>
</context>
<context>
    <name>upgrade_prompt</name>
    <message>
        <source>Not enough cloud minutes left this month</source>
        <extracomment>the prompt's first line, by what stopped the work (its message follows, with the numbers and a plan)</extracomment>
        <translation>Pas assez de minutes cloud restantes ce mois-ci</translation>
    </message>
    <message>
        <source>Not in your plan</source>
        <translation>Non inclus dans votre formule</translation>
    </message>
    <message>
        <source>Upgrade…</source>
        <translation>Passer à une formule supérieure…</translation>
    </message>
    <message>
        <source>Show the plans on the Subscription page</source>
        <translation>Afficher les formules sur la page Abonnement</translation>
    </message>
    <message>
        <source>Transcribe on this computer</source>
        <translation>Transcrire sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>usage_chart</name>
    <message>
        <source>Cloud minutes per day this month</source>
        <extracomment>the plot's height (px)</extracomment>
        <translation>Minutes cloud par jour ce mois-ci</translation>
    </message>
    <message>
        <source>Minutes of cloud transcription per day. Your plan has no cloud minutes.</source>
        <translation>Minutes de transcription cloud par jour. Votre formule ne comprend pas de minutes cloud.</translation>
    </message>
    <message numerus="yes">
        <source>Minutes of cloud transcription per day. Dashed line: {pace} a day uses your %n minutes by the end of the month.</source>
        <translation><numerusform>Minutes de transcription cloud par jour. Ligne pointillée : à {pace} par jour, votre %n minute est utilisée d'ici la fin du mois.</numerusform><numerusform>Minutes de transcription cloud par jour. Ligne pointillée : à {pace} par jour, vos %n minutes sont utilisées d'ici la fin du mois.</numerusform></translation>
    </message>
    <message>
        <source>No cloud minutes used yet this month.</source>
        <translation>Aucune minute cloud utilisée ce mois-ci pour l'instant.</translation>
    </message>
    <message>
        <source>The busiest day was {day}: {duration}.</source>
        <translation>Le jour le plus chargé était le {day} : {duration}.</translation>
    </message>
    <message>
        <source>about half a minute</source>
        <translation>environ une demi-minute</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d'une minute</translation>
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
        <translation>Noms, lieux et jargon que la transcription doit écrire correctement. Utilisé par le modèle hors ligne et par le cloud, pour chaque nouvelle transcription.</translation>
    </message>
    <message>
        <source>No terms yet.</source>
        <translation>Aucun terme pour l'instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n terms.</source>
        <translation><numerusform>%n terme.</numerusform><numerusform>%n termes.</numerusform></translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Nouveau terme</translation>
    </message>
    <message>
        <source>One term or several separated by commas; Enter adds them</source>
        <translation>Un terme ou plusieurs séparés par des virgules ; Entrée les ajoute</translation>
    </message>
    <message>
        <source>Add terms, separated by commas: Gqeberha, Mbombela, Nkosazana</source>
        <translation>Ajoutez des termes, séparés par des virgules : Gqeberha, Mbombela, Nkosazana</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Adds the terms typed</source>
        <translation>Ajoute les termes saisis</translation>
    </message>
    <message>
        <source>Vocabulary terms</source>
        <translation>Termes du vocabulaire</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Remove the selected terms ({shortcut})</source>
        <translation>Retirer les termes sélectionnés ({shortcut})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Removed {terms}.</source>
        <translation>Retirés : {terms}.</translation>
    </message>
    <message>
        <source>Added {terms}.</source>
        <translation>Ajoutés : {terms}.</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Déjà dans la liste.</translation>
    </message>
    <message>
        <source> (at most {count})</source>
        <translation> (au maximum {count})</translation>
    </message>
</context>
<context>
    <name>watch_bridge</name>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}); export failed: {error}.</source>
        <extracomment>milliseconds between two scans while the window is open</extracomment>
        <translation>Dossiers surveillés : {name} transcrit et exporté ({formats}) ; l'export a échoué : {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}).</source>
        <translation>Dossiers surveillés : {name} transcrit et exporté ({formats}).</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed; export failed: {error}.</source>
        <translation>Dossiers surveillés : {name} transcrit ; l'export a échoué : {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed.</source>
        <translation>Dossiers surveillés : {name} transcrit.</translation>
    </message>
    <message>
        <source>Watch folders: queued {names}.</source>
        <translation>Dossiers surveillés : {names} mis en file d'attente.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}.</source>
        <translation>Dossiers surveillés : {problem}.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}</source>
        <translation>Dossiers surveillés : {problem}</translation>
    </message>
</context>
<context>
    <name>watch_folders_page</name>
    <message>
        <source>New audio and video files in these folders (and their sub-folders) are transcribed with the offline model once they are completely copied — each content only once — and exported as chosen, while the app is open.</source>
        <extracomment>what the page is for</extracomment>
        <translation>Les nouveaux fichiers audio et vidéo de ces dossiers (et de leurs sous-dossiers) sont transcrits avec le modèle hors ligne une fois entièrement copiés — chaque contenu une seule fois — et exportés comme choisi, tant que l'application est ouverte.</translation>
    </message>
    <message>
        <source>Folder</source>
        <extracomment>the table's columns</extracomment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>next to the file</source>
        <extracomment>where the exports go without an export folder</extracomment>
        <translation>à côté du fichier</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Dossiers surveillés</translation>
    </message>
    <message>
        <source>Select a folder to see and change its export options below</source>
        <translation>Sélectionnez un dossier pour voir et modifier ses options d'export ci-dessous</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Watches a folder, with the export options chosen below</source>
        <translation>Surveille un dossier, avec les options d'export choisies ci-dessous</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stop watching the selected folder</source>
        <translation>Ne plus surveiller le dossier sélectionné</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export :</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Choose the export folder…</source>
        <translation>Choisir le dossier d'export…</translation>
    </message>
    <message>
        <source>Next to the file</source>
        <translation>À côté du fichier</translation>
    </message>
    <message>
        <source>Export next to each file</source>
        <translation>Exporter à côté de chaque fichier</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Exporter vers :</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Choose a folder to watch</source>
        <translation>Choisir un dossier à surveiller</translation>
    </message>
    <message>
        <source>Watching {path}.</source>
        <translation>Surveillance de {path}.</translation>
    </message>
    <message>
        <source>No longer watching {path}.</source>
        <translation>{path} n'est plus surveillé.</translation>
    </message>
    <message>
        <source>Choose the folder the exports go to</source>
        <translation>Choisir le dossier où vont les exports</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n watched.</source>
        <translation><numerusform>%n surveillé.</numerusform><numerusform>%n surveillés.</numerusform></translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>Aucun dossier n'est surveillé.</translation>
    </message>
</context>
<context>
    <name>waveform_overview</name>
    <message>
        <source>Click or drag to play from there</source>
        <extracomment>the widget's height (px): compact, like a scrubber the vertical layout in plot units: the wave spans -1…1; over it a strip for the unsure words' ticks and the search hits' triangles, under it a strip for the speaker bands (when there are any) the size (px) of a search hit's triangle the level the wave is scaled to fill: this quantile of its buckets' peaks (a single click stays small)</extracomment>
        <translation>Cliquez ou faites glisser pour lire à partir de là</translation>
    </message>
    <message>
        <source>Waveform overview</source>
        <extracomment>(seconds) where the user clicked, or dragged to (several while dragging)</extracomment>
        <translation>Aperçu de la forme d’onde</translation>
    </message>
    <message>
        <source>The whole recording's sound at a glance, with the playhead, search matches and speakers; click or drag to play from there (from the keyboard, use the player's position slider)</source>
        <translation>Le son de tout l’enregistrement d’un coup d’œil, avec la tête de lecture, les résultats de recherche et les intervenants ; cliquez ou faites glisser pour lire à partir de là (au clavier, utilisez le curseur de position du lecteur)</translation>
    </message>
    <message>
        <source>this recording has no audio file</source>
        <translation>cet enregistrement n’a pas de fichier audio</translation>
    </message>
    <message>
        <source>No waveform: {reason}</source>
        <translation>Pas de forme d’onde : {reason}</translation>
    </message>
</context>
<context>
    <name>waveform_view</name>
    <message>
        <source>Recording waveform</source>
        <extracomment>the waveform colour needs at least this luminance difference from the background, else the text colour</extracomment>
        <translation>Forme d’onde de l’enregistrement</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded</source>
        <translation>Une image du son des dernières secondes enregistrées</translation>
    </message>
    <message>
        <source>Mic</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded: the microphone above the line, the computer's audio below it</source>
        <translation>Une image du son des dernières secondes enregistrées : le micro au-dessus de la ligne, le son de l’ordinateur en dessous</translation>
    </message>
</context>
<context>
    <name>welcome_card</name>
    <message>
        <source>Runs offline — nothing leaves this computer unless you choose a cloud engine.</source>
        <translation>Fonctionne hors ligne — rien ne quitte cet ordinateur, sauf si vous choisissez un moteur dans le cloud.</translation>
    </message>
    <message>
        <source>Welcome to IAM Desktop</source>
        <translation>Bienvenue dans IAM Desktop</translation>
    </message>
    <message>
        <source>Record an interview, a lecture or a meeting, or drop audio and video files here to transcribe them.</source>
        <translation>Enregistrez un entretien, un cours ou une réunion, ou déposez ici des fichiers audio et vidéo pour les transcrire.</translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation>Aucun enregistrement ouvert</translation>
    </message>
    <message>
        <source>Pick a recording in the list, record a new one, or drop files here to transcribe them.</source>
        <extracomment>the card's width, and how narrow it may get in a narrow window (pixels)</extracomment>
        <translation>Choisissez un enregistrement dans la liste, enregistrez-en un nouveau ou déposez ici des fichiers pour les transcrire.</translation>
    </message>
    <message>
        <source>  Record</source>
        <extracomment>the user wants to record the user wants to choose files to add the user wants to restore a backup</extracomment>
        <translation>  Enregistrer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Start recording from the microphone (Ctrl+R)</source>
        <translation>Commencer l’enregistrement depuis le micro (Ctrl+R)</translation>
    </message>
    <message>
        <source>  Add files…</source>
        <translation>  Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Choose audio or video files to transcribe (Ctrl+O)</source>
        <translation>Choisir des fichiers audio ou vidéo à transcrire (Ctrl+O)</translation>
    </message>
    <message>
        <source>or drop files anywhere in this window</source>
        <translation>ou déposez des fichiers n’importe où dans cette fenêtre</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Get a library back from a backup in S3-compatible storage</source>
        <translation>Récupérer une bibliothèque depuis une sauvegarde dans un stockage compatible S3</translation>
    </message>
</context>
<context>
    <name>window_backup</name>
    <message>
        <source>Backup failed: {reason}</source>
        <extracomment>library changes that make a new backup worth it</extracomment>
        <translation>Échec de la sauvegarde : {reason}</translation>
    </message>
</context>
<context>
    <name>window_jobs</name>
    <message>
        <source>Transcript ready: {name}</source>
        <translation>Transcription prête : {name}</translation>
    </message>
    <message>
        <source>Transcription failed: {name}</source>
        <translation>Échec de la transcription : {name}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name} : {error}</translation>
    </message>
    <message>
        <source>Transcript ready</source>
        <translation>Transcription prête</translation>
    </message>
    <message>
        <source>{name} is transcribed.</source>
        <translation>{name} est transcrit.</translation>
    </message>
    <message>
        <source>Transcription failed</source>
        <translation>Échec de la transcription</translation>
    </message>
    <message>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>Seule une tâche échouée ou annulée peut être relancée.</translation>
    </message>
    <message>
        <source>A running job cannot be removed: cancel it first.</source>
        <translation>Une tâche en cours ne peut pas être supprimée : annulez-la d’abord.</translation>
    </message>
</context>
<context>
    <name>window_menus</name>
    <message>
        <source>Follow the system</source>
        <extracomment>the theme choices in View → Theme: (setting value, label)</extracomment>
        <translation>Suivre le système</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>About IAM Desktop</source>
        <translation>À propos d’IAM Desktop</translation>
    </message>
    <message>
        <source>Plans and subscription…</source>
        <translation>Formules et abonnement…</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>Le dossier n’a pas pu être ouvert : {folder}</translation>
    </message>
</context>
<context>
    <name>window_recording</name>
    <message>
        <source>Record / Stop</source>
        <translation>Enregistrer / Arrêter</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>Pause / Reprendre</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>En&amp;registrement</translation>
    </message>
    <message>
        <source>● Recording {elapsed} — IAM Desktop</source>
        <translation>● Enregistrement {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Paused {elapsed} — IAM Desktop</source>
        <translation>En pause {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Saving the recording… — IAM Desktop</source>
        <translation>Enregistrement du fichier en cours… — IAM Desktop</translation>
    </message>
    <message>
        <source>Starting to record… — IAM Desktop</source>
        <translation>Démarrage de l’enregistrement… — IAM Desktop</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}) and queued for transcription.</source>
        <translation>« {title} » ({duration}) enregistré et mis en file d’attente pour la transcription.</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}).</source>
        <translation>« {title} » ({duration}) enregistré.</translation>
    </message>
    <message>
        <source>“{title}” ({duration})</source>
        <translation>« {title} » ({duration})</translation>
    </message>
    <message>
        <source>Recovered after an unexpected stop: {names}.</source>
        <translation>Récupéré après un arrêt inattendu : {names}.</translation>
    </message>
</context>
<context>
    <name>window_subscription</name>
    <message>
        <source>Free</source>
        <extracomment>how often the licence is asked of the billing service while the window is open (milliseconds) the scheme of activation links the shipped plans' names (the catalogue's words), translated where they are shown</extracomment>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>{plan} is active until {day}.</source>
        <translation>{plan} est actif jusqu’au {day}.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you! {plan} is active on this computer until {day}, with %n cloud minutes a month. It keeps working offline.</source>
        <translation><numerusform>Merci ! {plan} est actif sur cet ordinateur jusqu’au {day}, avec %n minute cloud par mois. Il continue de fonctionner hors ligne.</numerusform><numerusform>Merci ! {plan} est actif sur cet ordinateur jusqu’au {day}, avec %n minutes cloud par mois. Il continue de fonctionner hors ligne.</numerusform></translation>
    </message>
    <message>
        <source>Licence activated</source>
        <translation>Licence activée</translation>
    </message>
    <message>
        <source>{reason}

Your current plan is unchanged.</source>
        <translation>{reason}

Votre formule actuelle reste inchangée.</translation>
    </message>
    <message>
        <source>Licence not activated</source>
        <translation>Licence non activée</translation>
    </message>
</context>
<context>
    <name>window_toolbar</name>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add audio or video files to transcribe</source>
        <translation>Ajouter des fichiers audio ou vidéo à transcrire</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export as text, subtitles, Word or PDF</source>
        <translation>Exporter en texte, sous-titres, Word ou PDF</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copier la transcription</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Library sidebar</source>
        <translation>Panneau latéral de la bibliothèque</translation>
    </message>
    <message>
        <source>Notes panel</source>
        <translation>Panneau des notes</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
</context>
<context>
    <name>word_delegate</name>
    <message>
        <source>Unsure ({percent}%)</source>
        <translation>Incertain ({percent} %)</translation>
    </message>
</context>
</TS>