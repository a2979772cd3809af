<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Ver en:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de fichero:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ficheros de tipo:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Seleccionar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Buscar directorio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Directorio superior</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Crear nueva carpeta</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vista detallada</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Ir atrás</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ir hacia delante</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>r al directorio superior</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Crear una nueva carpeta</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Cambiar el modo de vista de la lista</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Cambiar a modo de vista detallada</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lugares recientes</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los ficheros (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directorios</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directorio:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nueva carpeta</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambia&amp;r de nombre</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar los fic&amp;heros ocultos</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>¿Está seguro de que quiere borrar «%1»?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>El fichero %1 ya existe.
¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fichero no encontrado.
Verifique que el nombre del fichero es correcto.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directorio no encontrado.
Verifique que el nombre del directorio es correcto.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Última modificación</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar los detalles...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar los detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reinicializar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar los valores predeterminados</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la ubicación del en&amp;lace</translation>
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
        <translation>Funciona sin conexión: nada sale de este equipo a menos que elija un motor en la nube.</translation>
    </message>
    <message>
        <source>Icons: Phosphor</source>
        <extracomment>(what, its licence, where it comes from) for the parts made by others</extracomment>
        <translation>Iconos: Phosphor</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>licencia MIT</translation>
    </message>
    <message>
        <source>bundled with QtAwesome (MIT)</source>
        <translation>incluidos con QtAwesome (MIT)</translation>
    </message>
    <message>
        <source>Speech recognition: Whisper models</source>
        <translation>Reconocimiento de voz: modelos Whisper</translation>
    </message>
    <message>
        <source>run by faster-whisper (MIT)</source>
        <translation>ejecutados por faster-whisper (MIT)</translation>
    </message>
    <message>
        <source>Speaker identification: Resemblyzer's voice encoder</source>
        <translation>Identificación de hablantes: el codificador de voz de Resemblyzer</translation>
    </message>
    <message>
        <source>run in numpy</source>
        <translation>ejecutado con numpy</translation>
    </message>
    <message>
        <source>PDF font: DejaVu Sans</source>
        <translation>Fuente PDF: DejaVu Sans</translation>
    </message>
    <message>
        <source>Bitstream Vera licence</source>
        <translation>licencia Bitstream Vera</translation>
    </message>
    <message>
        <source>User interface: Qt for Python</source>
        <translation>Interfaz de usuario: Qt for Python</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Records, transcribes, searches and exports speech.</source>
        <translation>Graba, transcribe, busca y exporta voz.</translation>
    </message>
    <message>
        <source>Made with the help of:</source>
        <translation>Hecho con la ayuda de:</translation>
    </message>
</context>
<context>
    <name>api_key_page</name>
    <message>
        <source>Using {variable} from the environment (it overrides the key stored in the OS keyring)</source>
        <extracomment>a sentence of a keyring problem that tells the user to set an environment variable or run something</extracomment>
        <translation>Se usa {variable} del entorno (tiene prioridad sobre la clave guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Using {variable} from the environment; the OS keyring cannot be used: {problem}</source>
        <translation>Se usa {variable} del entorno; no se puede usar el llavero del sistema: {problem}</translation>
    </message>
    <message>
        <source>Using {variable} from the environment</source>
        <translation>Se usa {variable} del entorno</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so a key cannot be saved: {problem}</source>
        <translation>No se puede usar el llavero del sistema, así que no se puede guardar ninguna clave: {problem}</translation>
    </message>
    <message>
        <source>A key is stored in the OS keyring ({backend})</source>
        <translation>Hay una clave guardada en el llavero del sistema ({backend})</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>No hay ninguna clave guardada</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>Buscando una clave guardada…</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Clave de API de OpenAI</translation>
    </message>
    <message>
        <source>Paste a new OpenAI API key (sk-…)</source>
        <translation>Pega una nueva clave de API de OpenAI (sk-…)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keep the key entered in the OS keyring</source>
        <translation>Guardar la clave introducida en el llavero del sistema</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Check the key with one request to the service</source>
        <translation>Comprobar la clave con una solicitud al servicio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Delete the stored key from the OS keyring</source>
        <translation>Eliminar la clave guardada del llavero del sistema</translation>
    </message>
    <message>
        <source>The key is kept in the OS keyring, never in the settings file. Test checks the key you entered, or else the one in use.</source>
        <translation>La clave se guarda en el llavero del sistema, nunca en el archivo de ajustes. «Probar» comprueba la clave introducida o, si no, la que está en uso.</translation>
    </message>
    <message>
        <source>Enter a key first.</source>
        <translation>Introduce primero una clave.</translation>
    </message>
    <message>
        <source>Key saved.</source>
        <translation>Clave guardada.</translation>
    </message>
    <message>
        <source>there is no key to test: enter one above</source>
        <translation>no hay ninguna clave que probar: introduce una arriba</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Probando la clave…</translation>
    </message>
    <message>
        <source>Key works</source>
        <translation>La clave funciona</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>Clave eliminada.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>No había ninguna clave guardada.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The library could not be opened.

{reason}</source>
        <extracomment>modules the window needs soon but not to appear, imported in the background once it is on screen (the first recording's waveform: pyqtgraph and numpy, ~0.3 s) at quit, how long background tasks and the running job get to finish or stop (seconds, each)</extracomment>
        <translation>No se pudo abrir la biblioteca.

{reason}</translation>
    </message>
</context>
<context>
    <name>appearance_page</name>
    <message>
        <source>System — follow the desktop's light or dark look</source>
        <extracomment>what each theme is called on the page (English; shown translated)</extracomment>
        <translation>Sistema — seguir el aspecto claro u oscuro del escritorio</translation>
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
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
</context>
<context>
    <name>backup_form</name>
    <message>
        <source>Other S3-compatible (MinIO, Ceph, a company server)</source>
        <extracomment>the providers' names and hints that are words (backup.target.PROVIDERS, in English: shown through `provider_text`; brand names such as "Amazon S3" stay as they are)</extracomment>
        <translation>Otro compatible con S3 (MinIO, Ceph, un servidor de empresa)</translation>
    </message>
    <message>
        <source>Region of the bucket, e.g. eu-central-1.</source>
        <translation>Región del bucket, p. ej., eu-central-1.</translation>
    </message>
    <message>
        <source>Wasabi region, e.g. eu-central-1 (the endpoint s3.&lt;region&gt;.wasabisys.com is used).</source>
        <translation>Región de Wasabi, p. ej., eu-central-1 (se usa el endpoint s3.&lt;region&gt;.wasabisys.com).</translation>
    </message>
    <message>
        <source>Spaces region, e.g. ams3, fra1, nyc3.</source>
        <translation>Región de Spaces, p. ej., ams3, fra1, nyc3.</translation>
    </message>
    <message>
        <source>The region in the bucket's S3 endpoint, e.g. eu-central-003.</source>
        <translation>La región del endpoint S3 del bucket, p. ej., eu-central-003.</translation>
    </message>
    <message>
        <source>The account's S3 API address, https://&lt;account id&gt;.r2.cloudflarestorage.com.</source>
        <translation>La dirección de la API S3 de la cuenta, https://&lt;account id&gt;.r2.cloudflarestorage.com.</translation>
    </message>
    <message>
        <source>The server's address, e.g. https://minio.example.com:9000.</source>
        <translation>La dirección del servidor, p. ej., https://minio.example.com:9000.</translation>
    </message>
    <message>
        <source>Provider</source>
        <extracomment>something in the form was edited</extracomment>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>The storage service that keeps the backups</source>
        <translation>El servicio de almacenamiento que guarda las copias de seguridad</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>the bucket's name</source>
        <translation>nombre del bucket</translation>
    </message>
    <message>
        <source>Folder in the bucket</source>
        <translation>Carpeta en el bucket</translation>
    </message>
    <message>
        <source>empty: the top of the bucket</source>
        <translation>vacío: la raíz del bucket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clave de acceso</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <source>The secret that goes with the access key ID; it is kept in the OS keyring only</source>
        <translation>El secreto que acompaña al ID de clave de acceso; solo se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypts the backups on this computer; without it nobody can open them</source>
        <translation>Cifra las copias de seguridad en este ordenador; sin ella nadie puede abrirlas</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Folder in the bucket:</source>
        <translation>Carpeta en el bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>ID de clave de acceso:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Clave de acceso secreta:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>type the passphrase again</source>
        <translation>escribe de nuevo la frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar frase de contraseña</translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it was typed as meant</source>
        <translation>La misma frase de contraseña otra vez, para asegurarse de que se escribió bien</translation>
    </message>
    <message>
        <source>Confirm passphrase:</source>
        <translation>Confirmar frase de contraseña:</translation>
    </message>
    <message>
        <source>Leave empty to use the provider's own.</source>
        <translation>Déjalo vacío para usar la del proveedor.</translation>
    </message>
    <message>
        <source>paste the secret access key</source>
        <translation>pega la clave de acceso secreta</translation>
    </message>
    <message>
        <source>at least 8 characters; a few unrelated words are best</source>
        <translation>al menos 8 caracteres; lo mejor son unas cuantas palabras sin relación</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>Las dos frases de contraseña no coinciden: escribe la misma en ambos campos.</translation>
    </message>
</context>
<context>
    <name>backup_page</name>
    <message>
        <source>Back up now</source>
        <extracomment>Settings RestorePlan</extracomment>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancelar la copia de seguridad</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verificar…</translation>
    </message>
    <message>
        <source>Reads the backup back from the storage and checks it</source>
        <translation>Vuelve a leer la copia de seguridad del almacenamiento y la comprueba</translation>
    </message>
    <message numerus="yes">
        <source>Check a sample (%n objects, quick)</source>
        <translation><numerusform>Comprobar una muestra (%n objeto, rápido)</numerusform><numerusform>Comprobar una muestra (%n objetos, rápido)</numerusform></translation>
    </message>
    <message>
        <source>Check everything (downloads the whole backup)</source>
        <translation>Comprobar todo (descarga la copia completa)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Brings back the library from a backup</source>
        <translation>Recupera la biblioteca desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Backups are not set up yet. Choose where to keep them below and press Save: the first backup starts right after. To bring back a library from a backup, press Restore…</source>
        <translation>Las copias de seguridad aún no están configuradas. Elige abajo dónde guardarlas y pulsa Guardar: la primera copia empieza justo después. Para recuperar una biblioteca desde una copia, pulsa Restaurar…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Última copia:</translation>
    </message>
    <message>
        <source>Next backup:</source>
        <translation>Próxima copia:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Último problema:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Checks that the storage can be reached with these keys; nothing is saved.</source>
        <translation>Comprueba que se puede acceder al almacenamiento con estas claves; no se guarda nada.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the backup storage</source>
        <translation>Guardar el almacenamiento de las copias</translation>
    </message>
    <message>
        <source>Check the storage, then keep these settings (secrets in the OS keyring)</source>
        <translation>Comprobar el almacenamiento y luego conservar estos ajustes (los secretos en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Destino de las copias de seguridad</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and the library are encrypted on this computer and kept in a bucket of an S3-compatible storage service. Whoever holds the bucket learns nothing from it.</source>
        <translation>Tus grabaciones, transcripciones y la biblioteca se cifran en este ordenador y se guardan en un bucket de un servicio de almacenamiento compatible con S3. Quien tenga el bucket no puede saber nada de ellas.</translation>
    </message>
    <message>
        <source>Back up automatically (after new recordings and transcripts, and daily)</source>
        <translation>Hacer copias automáticamente (tras nuevas grabaciones y transcripciones, y a diario)</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias que conservar</translation>
    </message>
    <message>
        <source>Older backups, and what only they need, are removed from the bucket</source>
        <translation>Las copias más antiguas, y lo que solo ellas necesitan, se eliminan del bucket</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Bandwidth limit in kilobytes per second</source>
        <translation>Límite de ancho de banda en kilobytes por segundo</translation>
    </message>
    <message>
        <source>The most a backup may send or receive per second</source>
        <translation>Lo máximo que una copia puede enviar o recibir por segundo</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copias automáticas</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Copias que conservar:</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>Límite de ancho de banda:</translation>
    </message>
    <message>
        <source>The backup storage was changed but not saved: press Save on the Backup page to check and keep it, or Cancel to drop the change.</source>
        <translation>El almacenamiento de las copias se ha cambiado pero no se ha guardado: pulsa Guardar en la página Copia de seguridad para comprobarlo y conservarlo, o Cancelar para descartar el cambio.</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so the secrets cannot be saved: {problem}</source>
        <translation>No se puede usar el llavero del sistema, así que los secretos no se pueden guardar: {problem}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Checking the storage and saving…</source>
        <translation>Comprobando el almacenamiento y guardando…</translation>
    </message>
    <message>
        <source>The connection works ({checks}).</source>
        <translation>La conexión funciona ({checks}).</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La conexión funciona.</translation>
    </message>
    <message>
        <source>Saved. Backups go to {where}.</source>
        <translation>Guardado. Las copias van a {where}.</translation>
    </message>
    <message>
        <source>Set up where backups go first: fill in the storage below, then Save.</source>
        <translation>Primero configura dónde van las copias: rellena el almacenamiento abajo y pulsa Guardar.</translation>
    </message>
    <message>
        <source>There is nothing to check: no backup is set up yet.</source>
        <translation>No hay nada que comprobar: aún no hay ninguna copia configurada.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>Iniciando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The check of the backup failed: {reason}</source>
        <translation>La comprobación de la copia ha fallado: {reason}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>La copia de seguridad ha fallado: {reason}</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se ha cancelado la comprobación.</translation>
    </message>
    <message>
        <source>Cancelled. What was sent is kept; the next backup goes on from there.</source>
        <translation>Cancelado. Lo enviado se conserva; la próxima copia continuará desde ahí.</translation>
    </message>
    <message>
        <source>Backups are not set up yet.</source>
        <translation>Las copias de seguridad aún no están configuradas.</translation>
    </message>
    <message>
        <source>{when}: {problem}</source>
        <translation>{when}: {problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>backup_texts</name>
    <message>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Backups are encrypted with it on this computer before they are sent. If it is lost, the backup is lost too: nobody, not even IAM Desktop, can recover it.</source>
        <extracomment>the warning shown wherever a passphrase is chosen (English: show it through `translate`)</extracomment>
        <translation>&lt;b&gt;Guarda bien esta frase de contraseña.&lt;/b&gt; Las copias se cifran con ella en este ordenador antes de enviarse. Si la pierdes, también pierdes la copia: nadie, ni siquiera IAM Desktop, puede recuperarla.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <extracomment>what each stage of the work is called on the page (English: show it through `translate`)</extracomment>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Eliminando copias antiguas</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Stored in the keyring — leave empty to keep it</source>
        <extracomment>how many objects "Check a sample" reads back a placeholder that says a secret is stored (its value is never shown; English: show it through `translate`)</extracomment>
        <translation>Guardado en el llavero — déjalo vacío para conservarlo</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>quedan unos {duration}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation><numerusform>{done} de %n archivo</numerusform><numerusform>{done} de %n archivos</numerusform></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ayer a las {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>Automatic backups are off: back up with Back up now.</source>
        <translation>Las copias automáticas están desactivadas: haz una copia con Hacer copia ahora.</translation>
    </message>
    <message>
        <source>within a minute</source>
        <translation>en menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>in about %n minutes, {when}</source>
        <translation><numerusform>dentro de unos %n minuto, {when}</numerusform><numerusform>dentro de unos %n minutos, {when}</numerusform></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>menos de un segundo</translation>
    </message>
    <message>
        <source>Backed up: nothing new sent, {total} in the backup; took {took}.</source>
        <translation>Copia hecha: no se ha enviado nada nuevo, {total} en la copia; ha tardado {took}.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up: %n new files ({size}) sent, {total} in the backup; took {took}.</source>
        <translation><numerusform>Copia hecha: %n archivo nuevo ({size}) enviado, {total} en la copia; ha tardado {took}.</numerusform><numerusform>Copia hecha: %n archivos nuevos ({size}) enviados, {total} en la copia; ha tardado {took}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n objects ({size})</source>
        <translation><numerusform>%n objeto ({size})</numerusform><numerusform>%n objetos ({size})</numerusform></translation>
    </message>
    <message>
        <source>The backup is fine: {checked} read back and checked.</source>
        <translation>La copia está bien: {checked} leídos de nuevo y comprobados.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> y %n más</numerusform><numerusform> y %n más</numerusform></translation>
    </message>
    <message>
        <source>The backup has problems ({checked} checked): {shown}{more}.</source>
        <translation>La copia tiene problemas ({checked} comprobados): {shown}{more}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>backup_worker</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect ({detail}). The details are in the log.</source>
        <extracomment>a task: gets the task's Control, returns its result (on the worker thread) opens the backup set (on the worker thread)</extracomment>
        <translation>Ha ocurrido algo que IAM Desktop no esperaba ({detail}). Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>billing_history_table</name>
    <message>
        <source>Period</source>
        <extracomment>the table shows at most this many rows before it scrolls the invoice's address</extracomment>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Historial de facturación</translation>
    </message>
    <message>
        <source>View invoice</source>
        <translation>Ver factura</translation>
    </message>
    <message>
        <source>View the invoice for {period}</source>
        <translation>Ver la factura de {period}</translation>
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation>Abrir la factura en el navegador</translation>
    </message>
</context>
<context>
    <name>cloud_page</name>
    <message>
        <source>{model} — about ${price} per minute</source>
        <translation>{model} — unos ${price} por minuto</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Clave de API de OpenAI</translation>
    </message>
    <message>
        <source>Prices are estimates from OpenAI's price list; they may change.</source>
        <translation>Los precios son estimaciones según la lista de precios de OpenAI; pueden cambiar.</translation>
    </message>
    <message>
        <source>empty: OpenAI (https://api.openai.com/v1)</source>
        <translation>vacío: OpenAI (https://api.openai.com/v1)</translation>
    </message>
    <message>
        <source>An OpenAI-compatible address; leave it empty to use OpenAI</source>
        <translation>Una dirección compatible con OpenAI; déjala vacía para usar OpenAI</translation>
    </message>
    <message>
        <source>Another address was set where the app was started; it is used.</source>
        <translation>Se indicó otra dirección al iniciar la aplicación; es la que se usa.</translation>
    </message>
    <message>
        <source>When the cloud cannot be reached, transcribe on this computer instead</source>
        <translation>Si no se puede acceder a la nube, transcribir en este ordenador</translation>
    </message>
    <message>
        <source>OpenAI model</source>
        <translation>Modelo de OpenAI</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Service address:</source>
        <translation>Dirección del servicio:</translation>
    </message>
    <message>
        <source>The service address must start with http:// or https://.</source>
        <translation>La dirección del servicio debe empezar por http:// o https://.</translation>
    </message>
</context>
<context>
    <name>crash_notice</name>
    <message>
        <source>IAM Desktop closed unexpectedly</source>
        <translation>IAM Desktop se cerró inesperadamente</translation>
    </message>
    <message>
        <source>It stopped because of an internal error; the details below say where.</source>
        <translation>Se detuvo por un error interno; los detalles de abajo indican dónde.</translation>
    </message>
    <message>
        <source>It was stopped from outside (killed, logged out, or the computer lost power).</source>
        <translation>Se detuvo desde fuera (se forzó su cierre, se cerró la sesión o el equipo se quedó sin corriente).</translation>
    </message>
    <message>
        <source>IAM Desktop closed unexpectedly the last time it ran. {cause}

Recordings in progress are recovered into the library and waiting transcriptions resume.</source>
        <translation>IAM Desktop se cerró inesperadamente la última vez que se ejecutó. {cause}

Las grabaciones en curso se recuperan en la biblioteca y las transcripciones pendientes se reanudan.</translation>
    </message>
</context>
<context>
    <name>damage_notice</name>
    <message>
        <source>The library file is damaged</source>
        <translation>El archivo de la biblioteca está dañado</translation>
    </message>
    <message>
        <source>IAM Desktop has stopped saving anything into it, so nothing more can be lost, and you can still read what it shows.

“Recover now” closes the app, copies everything that can be read into a new library file (the damaged one is kept beside it) and starts the app again.</source>
        <translation>IAM Desktop ha dejado de guardar nada en él, así que no se puede perder nada más, y aún puede leer lo que muestra.

«Recuperar ahora» cierra la aplicación, copia todo lo que se pueda leer en un nuevo archivo de biblioteca (el dañado se conserva a su lado) y vuelve a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Recuperar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Recovering the library…</source>
        <translation>Recuperando la biblioteca…</translation>
    </message>
    <message>
        <source>The library could not be recovered.

{reason}</source>
        <translation>No se pudo recuperar la biblioteca.

{reason}</translation>
    </message>
    <message>
        <source>The library was recovered: {recordings} and {transcripts} were saved.

The damaged file is kept as {path}.</source>
        <translation>Se recuperó la biblioteca: se guardaron {recordings} y {transcripts}.

El archivo dañado se conserva como {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n grabación</numerusform><numerusform>%n grabaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n transcripción</numerusform><numerusform>%n transcripciones</numerusform></translation>
    </message>
</context>
<context>
    <name>drop_overlay</name>
    <message>
        <source>Drop to transcribe</source>
        <translation>Suelte para transcribir</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>IAM Desktop — something went wrong</source>
        <translation>IAM Desktop — algo salió mal</translation>
    </message>
    <message>
        <source>The log file has more: {path}</source>
        <translation>El archivo de registro tiene más información: {path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>No se pudo escribir ningún archivo de registro.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Something went wrong that IAM Desktop did not expect. Your recordings and transcripts are safe; the app carries on.

{summary}</source>
        <translation>Algo salió mal que IAM Desktop no esperaba. Sus grabaciones y transcripciones están a salvo; la aplicación sigue funcionando.

{summary}</translation>
    </message>
</context>
<context>
    <name>export_actions</name>
    <message>
        <source>There is no transcript yet.</source>
        <translation>Todavía no hay transcripción.</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transcripción copiada.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Plain text</source>
        <extracomment>what each export format is called in the dialogs (English; translated where shown)</extracomment>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>Subtítulos SubRip</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>Subtítulos WebVTT</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <extracomment>formats that can leave the timestamps out (subtitles always have timings, JSON has everything) formats that can leave the speakers out formats with timestamps unless asked otherwise (as the export code's default) how many characters the preview shows at most (the file has everything)</extracomment>
        <translation>Exportar «{title}»</translation>
    </message>
    <message>
        <source>Start each paragraph with its time</source>
        <translation>Empezar cada párrafo con su tiempo</translation>
    </message>
    <message>
        <source>Speaker names</source>
        <translation>Nombres de los hablantes</translation>
    </message>
    <message numerus="yes">
        <source>%n summaries before the transcript</source>
        <translation><numerusform>%n resumen antes de la transcripción</numerusform><numerusform>%n resúmenes antes de la transcripción</numerusform></translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Vista previa de la exportación</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copiar transcripción</translation>
    </message>
    <message>
        <source>Copy the text, with the chosen timestamps and speakers</source>
        <translation>Copiar el texto, con las marcas de tiempo y los hablantes elegidos</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>Subtitles always have their times</source>
        <translation>Los subtítulos siempre llevan sus tiempos</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transcripción copiada.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Exportar transcripción</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>No se exportó: {reason}</translation>
    </message>
</context>
<context>
    <name>find_replace</name>
    <message>
        <source>Find in this transcript</source>
        <extracomment>a match: (segment row, character offset in its text)</extracomment>
        <translation>Buscar en esta transcripción</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous one, Escape closes.</source>
        <translation>Intro busca la siguiente coincidencia, Mayús+Intro la anterior, Esc cierra.</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar con</translation>
    </message>
    <message>
        <source>Enter replaces the current match and goes to the next one.</source>
        <translation>Intro reemplaza la coincidencia actual y pasa a la siguiente.</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Cerrar Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
</context>
<context>
    <name>general_page</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language of the window's menus, buttons and messages</source>
        <translation>El idioma de los menús, botones y mensajes de la ventana</translation>
    </message>
    <message>
        <source>The window's language changes the next time IAM Desktop starts.</source>
        <translation>El idioma de la ventana cambia la próxima vez que se inicie IAM Desktop.</translation>
    </message>
    <message>
        <source>Transcribe each recording as soon as it stops</source>
        <translation>Transcribir cada grabación en cuanto se detenga</translation>
    </message>
    <message>
        <source>In the transcript of a call, your words (the microphone) are labelled with this name, the other side's (the computer's audio) “Others”.</source>
        <translation>En la transcripción de una llamada, sus palabras (el micrófono) llevan este nombre y las del otro lado (el audio del equipo), «Otros».</translation>
    </message>
    <message>
        <source>The language usually spoken in your recordings</source>
        <translation>El idioma que se suele hablar en tus grabaciones</translation>
    </message>
    <message>
        <source>Naming the language makes transcription faster and more accurate.</source>
        <translation>Indicar el idioma hace que la transcripción sea más rápida y precisa.</translation>
    </message>
    <message>
        <source>Identify who speaks when</source>
        <translation>Identificar quién habla en cada momento</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n hablante</numerusform><numerusform>%n hablantes</numerusform></translation>
    </message>
    <message>
        <source>Done on this computer after transcribing: each voice becomes Speaker 1, Speaker 2… (rename them in the transcript). A recording with one voice gets no labels.</source>
        <translation>Se hace en este equipo después de transcribir: cada voz pasa a ser Speaker 1, Speaker 2… (cámbiales el nombre en la transcripción). Una grabación con una sola voz no recibe etiquetas.</translation>
    </message>
    <message>
        <source>Send a crash report when the app fails</source>
        <translation>Enviar un informe de errores cuando la aplicación falle</translation>
    </message>
    <message>
        <source>Reports never contain transcripts, titles, file paths or keys. They go only to the server named here (a Sentry-compatible address your organisation gives you).</source>
        <translation>Los informes nunca contienen transcripciones, títulos, rutas de archivos ni claves. Solo se envían al servidor indicado aquí (una dirección compatible con Sentry que te da tu organización).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Grabación:</translation>
    </message>
    <message>
        <source>Record from:</source>
        <translation>Grabar desde:</translation>
    </message>
    <message>
        <source>Your name in calls:</source>
        <translation>Su nombre en las llamadas:</translation>
    </message>
    <message>
        <source>Language spoken:</source>
        <translation>Idioma hablado:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Hablantes:</translation>
    </message>
    <message>
        <source>Number of speakers:</source>
        <translation>Número de hablantes:</translation>
    </message>
    <message>
        <source>Crash reports:</source>
        <translation>Informes de errores:</translation>
    </message>
    <message>
        <source>Report server:</source>
        <translation>Servidor de informes:</translation>
    </message>
</context>
<context>
    <name>import_flow</name>
    <message>
        <source>Audio and video ({patterns});;All files (*)</source>
        <extracomment>the job options of the window's options bar (engine, model, language, task…) (seconds of audio, estimated cost, why the plan refuses them or None) path, reason (nothing) (nothing) the plan does not cover cloud work the user asked for, and they chose to upgrade</extracomment>
        <translation>Audio y vídeo ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add audio or video files</source>
        <translation>Añadir archivos de audio o vídeo</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not added: {reason} (and %n more).</source>
        <translation><numerusform>{name} no se añadió: {reason} (y %n más).</numerusform><numerusform>{name} no se añadió: {reason} (y %n más).</numerusform></translation>
    </message>
    <message>
        <source>{name} was not added: {reason}.</source>
        <translation>{name} no se añadió: {reason}.</translation>
    </message>
    <message>
        <source>No audio or video files found in what was dropped.</source>
        <translation>No se encontraron archivos de audio o vídeo en lo que se soltó.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>%n archivo</numerusform><numerusform>%n archivos</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: add your OpenAI key in Settings → Cloud first.</source>
        <translation>No se envió nada: primero añada su clave de OpenAI en Ajustes → Nube.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n files for transcription.</source>
        <translation><numerusform>%n archivo en cola para transcribir.</numerusform><numerusform>%n archivos en cola para transcribir.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n grabación</numerusform><numerusform>%n grabaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n recordings to be transcribed again.</source>
        <translation><numerusform>%n grabación en cola para volver a transcribirse.</numerusform><numerusform>%n grabaciones en cola para volver a transcribirse.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Identifying the speakers of %n recordings…</source>
        <translation><numerusform>Identificando los hablantes de %n grabación…</numerusform><numerusform>Identificando los hablantes de %n grabaciones…</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: choose a plan in Settings → Subscription.</source>
        <translation>No se envió nada: elija un plan en Ajustes → Suscripción.</translation>
    </message>
    <message>
        <source>Nothing was sent to OpenAI.</source>
        <translation>No se envió nada a OpenAI.</translation>
    </message>
    <message>
        <source>{what}, {duration} of audio, will be sent to OpenAI ({model}).</source>
        <translation>{what}, {duration} de audio, se enviarán a OpenAI ({model}).</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}.</source>
        <translation>Coste estimado: {cost}.</translation>
    </message>
    <message>
        <source>Send to OpenAI?</source>
        <translation>¿Enviar a OpenAI?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>jobs_indicator</name>
    <message numerus="yes">
        <source>%n jobs waiting</source>
        <extracomment>the popover's width, and the most height it takes (it scrolls beyond)</extracomment>
        <translation><numerusform>%n tarea en espera</numerusform><numerusform>%n tareas en espera</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n jobs · {stage}</source>
        <translation><numerusform>%n tarea · {stage}</numerusform><numerusform>%n tareas · {stage}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n con error</numerusform><numerusform>%n con error</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Show the jobs</source>
        <translation>Mostrar las tareas</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source>Waiting…</source>
        <extracomment>a job state -&gt; its word (English; shown translated with `status_word`)</extracomment>
        <translation>En espera…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
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
        <source>Reading the file…</source>
        <extracomment>the core's stage words (iam_desktop.library.records.STAGE_WORDS), listed for translation</extracomment>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>Detectando el idioma…</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcribiendo…</translation>
    </message>
    <message>
        <source>Identifying speakers…</source>
        <translation>Identificando hablantes…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Transcribing {done} of {total}</source>
        <translation>Transcribiendo {done} de {total}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <source>Done — {note}</source>
        <translation>Hecho — {note}</translation>
    </message>
    <message>
        <source> · almost done</source>
        <translation> · casi listo</translation>
    </message>
    <message>
        <source> · {time} left</source>
        <translation> · quedan {time}</translation>
    </message>
    <message>
        <source>automatic model</source>
        <translation>modelo automático</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>job ID job ID job ID</extracomment>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <extracomment>the row's key</extracomment>
        <translation>No se añadió: {reason}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <extracomment>job ID job ID job ID (nothing)</extracomment>
        <translation>Quitar las terminadas</translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation><numerusform>%n pendiente</numerusform><numerusform>%n pendientes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n con error</numerusform><numerusform>%n con error</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
</context>
<context>
    <name>level_meter</name>
    <message>
        <source>below {level} dBFS</source>
        <extracomment>above this the bar turns yellow, above RED_DBFS red how long the held peak stays before it falls (seconds), and how fast it falls then (dB per second) the CLIP box: pure, saturated red with white text, unlike anything else the meter draws a screen reader hears "the input is clipping" at most this often (seconds) what TrackMeters shows: the microphone's meter, the computer audio's, or both (a call) a call's two meters are this tall each (pixels), so that both fit the height of the bar's row Qt's QWIDGETSIZE_MAX: no maximum</extracomment>
        <translation>por debajo de {level} dBFS</translation>
    </message>
    <message>
        <source>{level} dBFS</source>
        <translation>{level} dBFS</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <source>How loud the input is, from −60 to 0 dBFS; CLIP lights red when it is too loud. The tooltip gives the level in numbers.</source>
        <translation>El volumen de la entrada, de −60 a 0 dBFS; CLIP se enciende en rojo cuando está demasiado alto. La información emergente da el nivel en cifras.</translation>
    </message>
    <message>
        <source>The input is clipping: lower the input volume</source>
        <translation>La entrada satura: baja el volumen de entrada</translation>
    </message>
    <message>
        <source>Level {rms} (silence); clipping: lower the input volume</source>
        <translation>Nivel {rms} (silencio); saturación: baja el volumen de entrada</translation>
    </message>
    <message>
        <source>Level {rms} (silence)</source>
        <translation>Nivel {rms} (silencio)</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak}); clipping: lower the input volume</source>
        <translation>Nivel {rms} (pico {peak}); saturación: baja el volumen de entrada</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak})</source>
        <translation>Nivel {rms} (pico {peak})</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Audio del equipo</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Computer audio level</source>
        <translation>Nivel del audio del equipo</translation>
    </message>
</context>
<context>
    <name>library_delegate</name>
    <message>
        <source>Title</source>
        <extracomment>space around a row's text (px): left and right, above and below space between the title and the grey line (px) space above a day header (px), and under it the rounding of the highlight (px) and its inset from the view's edges</extracomment>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>library_filters</name>
    <message>
        <source>Any time</source>
        <extracomment>date range key -&gt; label (English; shown translated)</extracomment>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Any length</source>
        <extracomment>length range label (English, also the combo's data; shown translated) -&gt; (min seconds, max seconds)</extracomment>
        <translation>Cualquier duración</translation>
    </message>
    <message>
        <source>Under 5 min</source>
        <translation>Menos de 5 min</translation>
    </message>
    <message>
        <source>5 to 30 min</source>
        <translation>De 5 a 30 min</translation>
    </message>
    <message>
        <source>Over 30 min</source>
        <translation>Más de 30 min</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>sort key -&gt; (label (English; shown translated), column, descending)</extracomment>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Título A–Z</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Más largas primero</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Más cortas primero</translation>
    </message>
    <message>
        <source>All tags</source>
        <extracomment>the user changed a filter, the sort or the trash toggle</extracomment>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Any engine</source>
        <translation>Cualquier motor</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Mostrar la papelera</translation>
    </message>
    <message>
        <source>Show only the recordings in the trash</source>
        <translation>Mostrar solo las grabaciones de la papelera</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Filters and sort order</source>
        <translation>Filtros y orden</translation>
    </message>
    <message>
        <source>Filter · {count}</source>
        <translation>Filtro · {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n filters on — click to change</source>
        <translation><numerusform>%n filtro activo — haz clic para cambiarlo</numerusform><numerusform>%n filtros activos — haz clic para cambiarlos</numerusform></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter and sort</source>
        <translation>Filtrar y ordenar</translation>
    </message>
</context>
<context>
    <name>library_model</name>
    <message>
        <source>Offline</source>
        <extracomment>recordings read at a time a reload reads at most this many rows again (so that a refresh keeps the scroll position and selection) the grey line's two parts: (when · duration · language, the job's state or "") the day header drawn above the first row of a day ("Today"), or None True when the row's state is an error (drawn in the error colour) an engine key -&gt; its name (English; shown through `engine_name`)</extracomment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>In the trash since {when}</source>
        <translation>En la papelera desde {when}</translation>
    </message>
</context>
<context>
    <name>library_panel</name>
    <message>
        <source>Loading library…</source>
        <extracomment>how long typing must pause before the search runs (milliseconds) how long a notice stays (milliseconds); one offering Undo stays as long as Undo is possible changes arriving within this time are read in one reload (a burst of edits, a bulk action; ms) what the count line says while the list's first rows are being read (the window shows before that; English, shown translated, like the texts below)</extracomment>
        <translation>Cargando la biblioteca…</translation>
    </message>
    <message>
        <source>No recordings match</source>
        <extracomment>what the list says when its filters match nothing (an empty library says nothing: the window shows its welcome card)</extracomment>
        <translation>Ninguna grabación coincide</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>La papelera está vacía</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>Search the library</source>
        <extracomment>recording ID, position in seconds (0.0 for a plain item) list of recording IDs (the window queues them with its transcription options) list of recording IDs, the number of speakers (0: find it) whether the library is empty</extracomment>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search transcripts, titles and notes</source>
        <translation>Buscar en transcripciones, títulos y notas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>Recordings in the trash are deleted for good after %n days.</source>
        <translation><numerusform>Las grabaciones de la papelera se eliminan definitivamente tras %n día.</numerusform><numerusform>Las grabaciones de la papelera se eliminan definitivamente tras %n días.</numerusform></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation>No se encontró nada para «{query}»</translation>
    </message>
    <message numerus="yes">
        <source>%n or more hits for “{query}”</source>
        <translation><numerusform>%n o más resultados para «{query}»</numerusform><numerusform>%n o más resultados para «{query}»</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hits for “{query}”</source>
        <translation><numerusform>%n resultado para «{query}»</numerusform><numerusform>%n resultados para «{query}»</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation><numerusform>%n en la papelera</numerusform><numerusform>%n en la papelera</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n grabación</numerusform><numerusform>%n grabaciones</numerusform></translation>
    </message>
    <message>
        <source>The filters apply to the list, not to search results</source>
        <translation>Los filtros se aplican a la lista, no a los resultados de búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings found</source>
        <translation><numerusform>%n grabación encontrada</numerusform><numerusform>%n grabaciones encontradas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n recordings to the trash.</source>
        <translation><numerusform>Se movió %n grabación a la papelera.</numerusform><numerusform>Se movieron %n grabaciones a la papelera.</numerusform></translation>
    </message>
</context>
<context>
    <name>library_rows</name>
    <message>
        <source>Waiting…</source>
        <extracomment>the separator of the grey line's parts a job state -&gt; what the row says (English; shown translated; RUNNING has its own text, with the progress)</extracomment>
        <translation>En espera…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not transcribed</source>
        <translation>Sin transcribir</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Hoy {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Ayer {time}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcribiendo…</translation>
    </message>
    <message>
        <source>Transcribing {percent} %</source>
        <translation>Transcribiendo {percent} %</translation>
    </message>
    <message>
        <source>transcribed</source>
        <translation>transcrita</translation>
    </message>
</context>
<context>
    <name>licence_dialog</name>
    <message>
        <source>Activate licence</source>
        <extracomment>Licence</extracomment>
        <translation>Activar licencia</translation>
    </message>
    <message>
        <source>Paste the licence you received after paying — the long text from the confirmation page or e-mail, or a link that starts with iam-desktop://activate. It is checked on this computer and kept in the system keyring.</source>
        <translation>Pegue la licencia que recibió tras pagar: el texto largo de la página de confirmación o del correo, o un enlace que empiece por iam-desktop://activate. Se comprueba en este equipo y se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Licence or activation link</source>
        <translation>Licencia o enlace de activación</translation>
    </message>
    <message>
        <source>eyJhbGciOiJFZERTQSIs…  or  iam-desktop://activate?licence=…</source>
        <translation>eyJhbGciOiJFZERTQSIs…  o  iam-desktop://activate?licence=…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Check the pasted licence and keep it</source>
        <translation>Comprobar la licencia pegada y guardarla</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translation>Comprobando la licencia…</translation>
    </message>
    <message>
        <source>The licence was not activated: {reason}</source>
        <translation>No se ha activado la licencia: {reason}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Transcript</source>
        <extracomment>Settings now in use (the app hands them to the engines)</extracomment>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Transcript or summary</source>
        <translation>Transcripción o resumen</translation>
    </message>
    <message>
        <source>IAM Desktop {version} — offline model ready to use</source>
        <translation>IAM Desktop {version} — modelo sin conexión listo para usar</translation>
    </message>
    <message>
        <source>Recording {number}</source>
        <translation>Grabación {number}</translation>
    </message>
    <message>
        <source>Not transcribed yet — its progress shows in the list and in the status bar.</source>
        <translation>Aún no transcrito: el progreso se muestra en la lista y en la barra de estado.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
</context>
<context>
    <name>models_page</name>
    <message>
        <source>Name</source>
        <extracomment>the table's columns (English: shown through `translate`)</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Incluido</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>%n idioma</numerusform><numerusform>%n idiomas</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Solo inglés</translation>
    </message>
    <message>
        <source>Installed models</source>
        <extracomment>list[ModelSpec]</extracomment>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>Your model folders</source>
        <translation>Tus carpetas de modelos</translation>
    </message>
    <message>
        <source>Folders with CTranslate2 Whisper models, as faster-whisper uses</source>
        <translation>Carpetas con modelos Whisper de CTranslate2, como los que usa faster-whisper</translation>
    </message>
    <message>
        <source>Add model folder…</source>
        <translation>Añadir carpeta de modelos…</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Quitar carpeta</translation>
    </message>
    <message>
        <source>Forgets the selected folder; its files stay where they are</source>
        <translation>Olvida la carpeta seleccionada; sus archivos se quedan donde están</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>Modelos instalados:</translation>
    </message>
    <message>
        <source>Your model folders (CTranslate2 Whisper models, as faster-whisper uses):</source>
        <translation>Tus carpetas de modelos (modelos Whisper de CTranslate2, como los que usa faster-whisper):</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Buscando modelos…</translation>
    </message>
    <message>
        <source>Choose a folder with a Whisper model</source>
        <translation>Elige una carpeta con un modelo Whisper</translation>
    </message>
    <message>
        <source>That folder is already listed.</source>
        <translation>Esa carpeta ya está en la lista.</translation>
    </message>
    <message>
        <source>Looking for models in that folder…</source>
        <translation>Buscando modelos en esa carpeta…</translation>
    </message>
    <message>
        <source>No Whisper model found in that folder ({folder}).</source>
        <translation>No se ha encontrado ningún modelo Whisper en esa carpeta ({folder}).</translation>
    </message>
    <message>
        <source>The model in that folder is named like one already installed ({names}); rename its folder to use it.</source>
        <translation>El modelo de esa carpeta se llama igual que uno ya instalado ({names}); cambia el nombre de su carpeta para usarlo.</translation>
    </message>
</context>
<context>
    <name>notes_panel</name>
    <message>
        <source>Title</source>
        <extracomment>how long typing must pause before the notes are saved (milliseconds) no arguments</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Notes on this recording…</source>
        <translation>Notas sobre esta grabación…</translation>
    </message>
    <message>
        <source>Open a recording to see its notes.</source>
        <translation>Abre una grabación para ver sus notas.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Tags saved</source>
        <translation>Etiquetas guardadas</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renombrado</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect: {message}

Your recordings and transcripts are safe. The details are in the log.</source>
        <extracomment>how long the status bar shows a failure (ms)</extracomment>
        <translation>Ha ocurrido algo que IAM Desktop no esperaba: {message}

Tus grabaciones y transcripciones están a salvo. Los detalles están en el registro.</translation>
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
        <translation>Añadiendo</translation>
    </message>
    <message>
        <source>Files being added</source>
        <translation>Archivos que se están añadiendo</translation>
    </message>
</context>
<context>
    <name>plan_card</name>
    <message>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <source>/ month</source>
        <translation>/ mes</translation>
    </message>
    <message>
        <source>{price} a month</source>
        <translation>{price} al mes</translation>
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
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Everything offline, for as long as you like.</source>
        <translation>Todo sin conexión, durante el tiempo que quieras.</translation>
    </message>
    <message>
        <source>For people who transcribe every week.</source>
        <translation>Para quienes transcriben cada semana.</translation>
    </message>
    <message>
        <source>For teams and heavy cloud use.</source>
        <translation>Para equipos y uso intensivo de la nube.</translation>
    </message>
    <message>
        <source>Record and transcribe on this computer</source>
        <translation>Graba y transcribe en este equipo</translation>
    </message>
    <message>
        <source>Library, search and export</source>
        <translation>Biblioteca, búsqueda y exportación</translation>
    </message>
    <message>
        <source>Manual backups</source>
        <translation>Copias de seguridad manuales</translation>
    </message>
    <message>
        <source>30 cloud minutes a month</source>
        <translation>30 minutos en la nube al mes</translation>
    </message>
    <message>
        <source>Everything in Free</source>
        <translation>Todo lo de Gratis</translation>
    </message>
    <message>
        <source>600 cloud minutes a month</source>
        <translation>600 minutos en la nube al mes</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Everything in Pro</source>
        <translation>Todo lo de Pro</translation>
    </message>
    <message>
        <source>3,000 cloud minutes a month</source>
        <translation>3000 minutos en la nube al mes</translation>
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
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play / pause (Space in the table, Ctrl+Space)</source>
        <translation>Reproducir / pausa (Espacio en la tabla, Ctrl+Espacio)</translation>
    </message>
    <message>
        <source>−{seconds} s</source>
        <translation>−{seconds} s</translation>
    </message>
    <message>
        <source>Back {seconds} seconds (Ctrl+Left)</source>
        <translation>Retroceder {seconds} segundos (Ctrl+Izquierda)</translation>
    </message>
    <message>
        <source>Back {seconds} seconds</source>
        <translation>Retroceder {seconds} segundos</translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds (Ctrl+Right)</source>
        <translation>Avanzar {seconds} segundos (Ctrl+Derecha)</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds</source>
        <translation>Avanzar {seconds} segundos</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Posición de reproducción</translation>
    </message>
    <message>
        <source>The arrow keys move one second, Page Up and Page Down {seconds} seconds.</source>
        <translation>Las flechas mueven un segundo; Re Pág y Av Pág, {seconds} segundos.</translation>
    </message>
    <message>
        <source>Playback speed (the pitch stays the same)</source>
        <translation>Velocidad de reproducción (el tono no cambia)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>The pitch stays the same.</source>
        <translation>El tono no cambia.</translation>
    </message>
    <message>
        <source>Playback is not available.</source>
        <translation>La reproducción no está disponible.</translation>
    </message>
    <message>
        <source>Cannot play this recording: {reason}</source>
        <translation>No se puede reproducir esta grabación: {reason}</translation>
    </message>
    <message>
        <source>Cannot play sound: {reason}</source>
        <translation>No se puede reproducir el sonido: {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Reproduciendo</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>Fin de la grabación</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Playback stopped: {reason}</source>
        <translation>La reproducción se detuvo: {reason}</translation>
    </message>
</context>
<context>
    <name>record_panel</name>
    <message>
        <source>Record</source>
        <extracomment>the live view's frame interval (ms): 30 frames a second or more the record button's texts and tooltip (English; shown translated, context "record_panel")</extracomment>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Start recording (Ctrl+R); press again to stop and save</source>
        <translation>Empezar a grabar (Ctrl+R); pulsa otra vez para detener y guardar</translation>
    </message>
    <message>
        <source>Recording needs a microphone: connect one, or allow this app to use it in the system settings</source>
        <extracomment>why Record is disabled without an input (English: show `translate("record_panel", NO_INPUT_TIP)`)</extracomment>
        <translation>Para grabar hace falta un micrófono: conecta uno o permite que esta aplicación lo use en los ajustes del sistema</translation>
    </message>
    <message>
        <source>Recording started</source>
        <extracomment>what a screen reader hears when the recording's state changes (old state, new state) → words</extracomment>
        <translation>Grabación iniciada</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Grabación en pausa</translation>
    </message>
    <message>
        <source>Recording resumed</source>
        <translation>Grabación reanudada</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Grabación detenida</translation>
    </message>
    <message>
        <source>The microphone or other input to record from</source>
        <extracomment>str: the input's name str: what to record (a source of iam_desktop.recording.session) str: elapsed time as shown, "" when not recording bool: whether there is an input to record from (False: Record is disabled, NO_INPUT_TIP says why) bool: the user switched "transcribe when stopped" on or off (the window remembers it)</extracomment>
        <translation>El micrófono u otra entrada desde la que grabar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume the recording (Ctrl+Shift+R)</source>
        <translation>Pausar o reanudar la grabación (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Time recorded (pauses not counted)</source>
        <translation>Tiempo grabado (sin contar las pausas)</translation>
    </message>
    <message>
        <source>Size of the recording on disk so far</source>
        <translation>Tamaño de la grabación en el disco hasta ahora</translation>
    </message>
    <message>
        <source>Transcribe when stopped</source>
        <translation>Transcribir al detener</translation>
    </message>
    <message>
        <source>Queue the full transcription as soon as a recording is saved</source>
        <translation>Poner en cola la transcripción completa en cuanto se guarde una grabación</translation>
    </message>
    <message>
        <source>The transcript appears here as you speak.</source>
        <translation>La transcripción aparece aquí mientras hablas.</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Transcripción en directo</translation>
    </message>
    <message>
        <source>What is being said, transcribed roughly while you record</source>
        <translation>Lo que se dice, transcrito de forma aproximada mientras grabas</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <translation>Aviso de la grabación</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>“{name}” is not connected; the default input is used</source>
        <translation>«{name}» no está conectado; se usa la entrada predeterminada</translation>
    </message>
    <message>
        <source>Above the line the microphone, below it the computer's audio</source>
        <translation>Sobre la línea el micrófono, debajo el sonido del ordenador</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overflows: audio was lost</source>
        <translation><numerusform>⚠ %n desbordamiento: se perdió audio</numerusform><numerusform>⚠ %n desbordamientos: se perdió audio</numerusform></translation>
    </message>
    <message>
        <source>The computer was too busy to take all the audio in time</source>
        <translation>El ordenador estaba demasiado ocupado para recibir todo el audio a tiempo</translation>
    </message>
    <message>
        <source>[live transcript stopped: {reason}]</source>
        <translation>[transcripción en directo detenida: {reason}]</translation>
    </message>
</context>
<context>
    <name>recording_actions</name>
    <message>
        <source>Rename</source>
        <extracomment>how long "Undo" stays offered after moving recordings to the trash (milliseconds) message text list of recording IDs moved to the trash list of recording IDs list of recording IDs, the number of speakers (0: find it) recording ID (only with notes_in_panel) how long Undo stays offered after a move to the trash (milliseconds) the tag names the library has (offered while typing tags; kept up to date by the panel) starts editing the current title in place; False where it cannot (then a dialog asks) Notes… asks for the notes side panel (`notes_requested`) instead of a dialog</extracomment>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notas…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <source>Transcribe again</source>
        <translation>Volver a transcribir</translation>
    </message>
    <message>
        <source>Identify speakers</source>
        <translation>Identificar hablantes</translation>
    </message>
    <message>
        <source>Label who speaks when, without transcribing again</source>
        <translation>Indicar quién habla en cada momento, sin volver a transcribir</translation>
    </message>
    <message>
        <source>Find how many</source>
        <translation>Detectar cuántos hay</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n hablante</numerusform><numerusform>%n hablantes</numerusform></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring back the recordings just moved to the trash</source>
        <translation>Recuperar las grabaciones que se acaban de mover a la papelera</translation>
    </message>
    <message>
        <source>Rename recording</source>
        <translation>Renombrar grabación</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes on “{title}”:</source>
        <translation>Notas sobre «{title}»:</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Etiquetas, separadas por comas:</translation>
    </message>
    <message numerus="yes">
        <source>Tags all %n recordings carry, separated by commas
(names added here go on every one; names taken out come off every one):</source>
        <translation><numerusform>Etiquetas que llevan las %n grabaciones, separadas por comas
(los nombres que añadas aquí se ponen en todas; los que quites se quitan de todas):</numerusform><numerusform>Etiquetas que llevan las %n grabaciones, separadas por comas
(los nombres que añadas aquí se ponen en todas; los que quites se quitan de todas):</numerusform></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>Export %n transcripts as:</source>
        <translation><numerusform>Exportar %n transcripción como:</numerusform><numerusform>Exportar %n transcripciones como:</numerusform></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Delete every recording in the trash for good, with its transcript and audio?
This cannot be undone.</source>
        <translation>¿Eliminar definitivamente todas las grabaciones de la papelera, con su transcripción y su audio?
No se puede deshacer.</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>Renombrado a «{title}».</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notas guardadas.</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Etiquetas guardadas.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transcripts to {folder}.</source>
        <translation><numerusform>Se exportó %n transcripción a {folder}.</numerusform><numerusform>Se exportaron %n transcripciones a {folder}.</numerusform></translation>
    </message>
    <message>
        <source>Not exported: {problems}</source>
        <translation>No exportado: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n recordings.</source>
        <translation><numerusform>Se restauró %n grabación.</numerusform><numerusform>Se restauraron %n grabaciones.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n recordings for good.</source>
        <translation><numerusform>Se eliminó definitivamente %n grabación.</numerusform><numerusform>Se eliminaron definitivamente %n grabaciones.</numerusform></translation>
    </message>
</context>
<context>
    <name>recording_controller</name>
    <message>
        <source>The recording was saved, but its transcription could not be queued: {reason}</source>
        <extracomment>the controller's states builds the engine the live preview uses, for a language (None: detect) a session that started, and what the user should know about how (an input replaced, the computer's audio left out of a call) what a stop gives back: how the recorder ended, the saved capture (None: nothing recorded), and a problem queueing its transcription (None: queued, or not wanted) str: the new state PreviewState PreviewState (the computer's audio in a call) SavedCapture str: what went wrong str list[SavedCapture] list[InputDevice]</extracomment>
        <translation>La grabación se guardó, pero su transcripción no se pudo poner en cola: {reason}</translation>
    </message>
    <message>
        <source>Interrupted recordings could not be saved: {reason}</source>
        <translation>No se pudieron guardar las grabaciones interrumpidas: {reason}</translation>
    </message>
    <message>
        <source>The input “{name}” is not connected; recording from “{device}” instead.</source>
        <translation>La entrada «{name}» no está conectada; se graba desde «{device}» en su lugar.</translation>
    </message>
    <message>
        <source>Recording could not start: {reason}</source>
        <translation>No se pudo iniciar la grabación: {reason}</translation>
    </message>
    <message>
        <source>The recording stopped.</source>
        <translation>La grabación se detuvo.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>No se grabó nada.</translation>
    </message>
    <message>
        <source>{reason}. Saved as “{title}” ({duration}).</source>
        <translation>{reason}. Guardada como «{title}» ({duration}).</translation>
    </message>
    <message>
        <source>The recording could not be saved: {reason}</source>
        <translation>No se pudo guardar la grabación: {reason}</translation>
    </message>
    <message>
        <source>The computer's audio cannot be recorded ({reason}): recording the microphone alone.</source>
        <translation>No se puede grabar el audio del equipo ({reason}): se graba solo el micrófono.</translation>
    </message>
</context>
<context>
    <name>recording_page</name>
    <message>
        <source>No microphone found</source>
        <translation>No se encontró ningún micrófono</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>System default ({name})</source>
        <translation>Predeterminado del sistema ({name})</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (no conectado)</translation>
    </message>
    <message>
        <source>Built-in Audio</source>
        <translation>Audio integrado</translation>
    </message>
    <message>
        <source>Built-in Audio ({part})</source>
        <translation>Audio integrado ({part})</translation>
    </message>
    <message>
        <source>{server} sound server</source>
        <translation>Servidor de sonido {server}</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>List the inputs again, after plugging a microphone in</source>
        <translation>Volver a listar las entradas tras conectar un micrófono</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Micrófono:</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>Buscando micrófonos…</translation>
    </message>
    <message>
        <source>No microphone found. Connect one, then choose Look again.</source>
        <translation>No se encontró ningún micrófono. Conecta uno y elige «Buscar de nuevo».</translation>
    </message>
    <message>
        <source>The microphones cannot be listed: the computer's audio system is not available.</source>
        <translation>No se pueden listar los micrófonos: el sistema de audio del ordenador no está disponible.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>Backed up</source>
        <extracomment>the snapshot list's columns (English: shown through `translate`)</extracomment>
        <translation>Copia del</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcripciones</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <extracomment>Restored RestorePlan</extracomment>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>&lt;b&gt;The passphrase the backup was made with.&lt;/b&gt; The backup cannot be opened without it.</source>
        <translation>&lt;b&gt;La frase de contraseña con la que se hizo la copia.&lt;/b&gt; Sin ella no se puede abrir la copia.</translation>
    </message>
    <message>
        <source>the storage's secret access key</source>
        <translation>la clave de acceso secreta del almacenamiento</translation>
    </message>
    <message>
        <source>the backup's passphrase</source>
        <translation>la frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with; it opens the backup</source>
        <translation>La frase de contraseña con la que se hizo la copia; abre la copia</translation>
    </message>
    <message>
        <source>Enter where your backup is kept, the storage's keys and the backup's passphrase. They are kept on this computer once the library is restored.</source>
        <translation>Indica dónde está tu copia, las claves del almacenamiento y la frase de contraseña de la copia. Se guardan en este ordenador una vez restaurada la biblioteca.</translation>
    </message>
    <message>
        <source>Show backups</source>
        <translation>Mostrar copias</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to restore; the newest is chosen first</source>
        <translation>Elige la copia que restaurar; la más reciente está elegida de entrada</translation>
    </message>
    <message>
        <source>Restoring brings back the library and every recording of the chosen backup. Each file is checked before anything on this computer changes. A library already here is kept beside the restored one, never deleted.</source>
        <translation>Restaurar recupera la biblioteca y todas las grabaciones de la copia elegida. Cada archivo se comprueba antes de que cambie nada en este ordenador. Una biblioteca que ya esté aquí se conserva junto a la restaurada, nunca se elimina.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to where the backup is kept</source>
        <translation>Volver a dónde está la copia</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restores the backup chosen in the list</source>
        <translation>Restaura la copia elegida en la lista</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Cancelar restauración</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Restoring the backup of {date}.</source>
        <translation>Restaurando la copia del {date}.</translation>
    </message>
    <message>
        <source>the saved storage</source>
        <translation>el almacenamiento guardado</translation>
    </message>
    <message>
        <source>enter the storage's secret access key</source>
        <translation>introduce la clave de acceso secreta del almacenamiento</translation>
    </message>
    <message>
        <source>enter the backup's passphrase</source>
        <translation>introduce la frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Backups in {where}:</source>
        <translation>Copias en {where}:</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Abriendo la copia…</translation>
    </message>
    <message>
        <source>{date} — cannot be read</source>
        <translation>{date} — no se puede leer</translation>
    </message>
    <message>
        <source>{date}  (newest)</source>
        <translation>{date}  (la más reciente)</translation>
    </message>
    <message numerus="yes">
        <source>%n backups found.</source>
        <translation><numerusform>%n copia encontrada.</numerusform><numerusform>%n copias encontradas.</numerusform></translation>
    </message>
    <message>
        <source>None of the backups can be read. Run Verify on the Backup page to see why.</source>
        <translation>No se puede leer ninguna de las copias. Usa Verificar en la página Copia de seguridad para ver por qué.</translation>
    </message>
    <message>
        <source>There is no backup here yet: check the bucket and the folder in it.</source>
        <translation>Aquí aún no hay ninguna copia: comprueba el bucket y la carpeta que contiene.</translation>
    </message>
    <message>
        <source>Looking at the library on this computer…</source>
        <translation>Revisando la biblioteca de este ordenador…</translation>
    </message>
    <message>
        <source>The library on this computer cannot be read.</source>
        <translation>No se puede leer la biblioteca de este ordenador.</translation>
    </message>
    <message numerus="yes">
        <source>The library on this computer holds %n recordings.</source>
        <translation><numerusform>La biblioteca de este ordenador tiene %n grabación.</numerusform><numerusform>La biblioteca de este ordenador tiene %n grabaciones.</numerusform></translation>
    </message>
    <message>
        <source>Replace the library?</source>
        <translation>¿Reemplazar la biblioteca?</translation>
    </message>
    <message>
        <source>Restoring replaces it with the backup of {date}. The current library file is kept beside the restored one (library.sqlite3.before-restore-…), so it can be brought back by hand; recordings added since that backup are not in the restored library.</source>
        <translation>Restaurar la reemplaza por la copia del {date}. El archivo actual de la biblioteca se conserva junto al restaurado (library.sqlite3.before-restore-…), así que se puede recuperar a mano; las grabaciones añadidas desde esa copia no están en la biblioteca restaurada.</translation>
    </message>
    <message>
        <source>Replace the library</source>
        <translation>Reemplazar la biblioteca</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>No se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>Iniciando la restauración…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Restored the backup of {date}: {recordings} and {transcripts}, every file checked.</source>
        <translation>Se ha restaurado la copia del {date}: {recordings} y {transcripts}, todos los archivos comprobados.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n grabación</numerusform><numerusform>%n grabaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n transcripción</numerusform><numerusform>%n transcripciones</numerusform></translation>
    </message>
    <message>
        <source>Backups are not set up on this computer yet: {problem} Set them up in Settings → Backup.</source>
        <translation>Las copias de seguridad aún no están configuradas en este ordenador: {problem} Configúralas en Ajustes → Copia de seguridad.</translation>
    </message>
    <message>
        <source>The restore failed: {reason}</source>
        <translation>La restauración ha fallado: {reason}</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing on this computer was changed.</source>
        <translation>Se ha cancelado la restauración; no se ha cambiado nada en este ordenador.</translation>
    </message>
</context>
<context>
    <name>search_hits</name>
    <message>
        <source>in the title</source>
        <extracomment>hits read at a time where a hit that is not in the transcript was found (English; shown translated)</extracomment>
        <translation>en el título</translation>
    </message>
    <message>
        <source>in the notes</source>
        <translation>en las notas</translation>
    </message>
    <message>
        <source>in a summary</source>
        <translation>en un resumen</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>en {time}</translation>
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
        <translation>Texto del segmento</translation>
    </message>
    <message>
        <source>Enter saves, Escape cancels, Ctrl+K splits the segment at the cursor.</source>
        <translation>Intro guarda, Esc cancela, Ctrl+K divide el segmento en el cursor.</translation>
    </message>
</context>
<context>
    <name>segment_table</name>
    <message>
        <source>Transcript</source>
        <extracomment>the margin left of the times: room for the accent bar of the playing segment the speaker filter that shows the segments nobody is named for the speaker's bar at the margin's right edge: its width and its distance from the edge</extracomment>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Enter or F2 edits a segment, Space plays or pauses, Ctrl+Enter plays from its start.</source>
        <translation>Intro o F2 edita un segmento, Espacio reproduce o pausa, Ctrl+Intro reproduce desde su inicio.</translation>
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
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <source>Watch folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
</context>
<context>
    <name>shortcuts_dialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>source_picker</name>
    <message>
        <source>Microphone</source>
        <extracomment>each source's name and what it does (English; shown translated, context "source_picker"), and its glyph</extracomment>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Record the microphone: dictation, a talk, a meeting in a room</source>
        <translation>Grabar el micrófono: dictado, charla, reunión en una sala</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Audio del equipo</translation>
    </message>
    <message>
        <source>Record what the computer plays (a video, a webinar), not the microphone</source>
        <translation>Grabar lo que reproduce el equipo (un vídeo, un seminario web), no el micrófono</translation>
    </message>
    <message>
        <source>Both (call)</source>
        <translation>Ambos (llamada)</translation>
    </message>
    <message>
        <source>Record a call: your microphone and the computer's audio, transcribed as you and the others</source>
        <translation>Grabar una llamada: su micrófono y el audio del equipo, transcritos como usted y los demás</translation>
    </message>
    <message>
        <source>Record from</source>
        <translation>Grabar desde</translation>
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
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>Each speaker's talk time and share. Choose a speaker (arrow keys) to show only their segments; the context menu renames a speaker or merges it into another.</source>
        <translation>Tiempo de habla y proporción de cada hablante. Elige un hablante (teclas de flecha) para mostrar solo sus segmentos; el menú contextual cambia el nombre de un hablante o lo combina con otro.</translation>
    </message>
    <message>
        <source>Show every speaker's segments</source>
        <translation>Mostrar los segmentos de todos los hablantes</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Todos los hablantes</translation>
    </message>
    <message numerus="yes">
        <source>All speakers: %n speakers, {time} of talk</source>
        <translation><numerusform>Todos los hablantes: %n hablante, {time} de habla</numerusform><numerusform>Todos los hablantes: %n hablantes, {time} de habla</numerusform></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Sin hablante</translation>
    </message>
    <message>
        <source>{time} · {percent}</source>
        <translation>{time} · {percent}</translation>
    </message>
    <message>
        <source>{speaker}: {time}, {percent} of the talk</source>
        <translation>{speaker}: {time}, {percent} del tiempo de habla</translation>
    </message>
    <message>
        <source>Show only {speaker}'s segments (right-click to rename or merge)</source>
        <translation>Mostrar solo los segmentos de {speaker} (clic derecho para cambiar el nombre o combinar)</translation>
    </message>
    <message>
        <source>Show only the segments nobody is named for</source>
        <translation>Mostrar solo los segmentos sin hablante</translation>
    </message>
    <message>
        <source>Rename {speaker}…</source>
        <translation>Cambiar el nombre de {speaker}…</translation>
    </message>
    <message>
        <source>Merge {speaker} into</source>
        <translation>Combinar {speaker} con</translation>
    </message>
</context>
<context>
    <name>storage_page</name>
    <message>
        <source>Adding up…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Mostrar la carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <source>The library holds your recordings' audio, their transcripts and notes: back it up with the rest of your files.</source>
        <translation>La biblioteca contiene el audio de tus grabaciones, sus transcripciones y notas: haz una copia de seguridad junto con el resto de tus archivos.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The size could not be added up: {reason}</source>
        <translation>No se pudo calcular el tamaño: {reason}</translation>
    </message>
    <message>
        <source>No program to show folders with was found.</source>
        <translation>No se encontró ningún programa para mostrar carpetas.</translation>
    </message>
</context>
<context>
    <name>subscription_page</name>
    <message>
        <source>Active</source>
        <extracomment>the state pill of the current plan: its words and colour, by Entitlement.state</extracomment>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Offline grace</source>
        <translation>Margen sin conexión</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>YOUR PLAN</source>
        <extracomment>the usage bar turns to the warning colour from this fraction of the allowance Entitlement</extracomment>
        <translation>TU PLAN</translation>
    </message>
    <message>
        <source>Reading your licence…</source>
        <translation>Leyendo tu licencia…</translation>
    </message>
    <message>
        <source>Manage subscription</source>
        <translation>Gestionar suscripción</translation>
    </message>
    <message>
        <source>Open the payment provider's customer portal in your browser: cancel, change the card, see invoices</source>
        <translation>Abrir el portal de clientes del proveedor de pagos en el navegador: cancelar, cambiar la tarjeta, ver facturas</translation>
    </message>
    <message>
        <source>Activate licence…</source>
        <translation>Activar licencia…</translation>
    </message>
    <message>
        <source>Paste a licence you received after paying</source>
        <translation>Pegar una licencia recibida tras pagar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Fetch your licence from the billing service</source>
        <translation>Obtener tu licencia del servicio de facturación</translation>
    </message>
    <message>
        <source>Read the stored licence and the minutes used again</source>
        <translation>Volver a leer la licencia guardada y los minutos usados</translation>
    </message>
    <message>
        <source>Cloud minutes used this month</source>
        <translation>Minutos en la nube usados este mes</translation>
    </message>
    <message>
        <source>The address the payment provider sends your receipt and licence to; kept in the system keyring</source>
        <translation>La dirección a la que el proveedor de pagos envía tu recibo y tu licencia; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Pagar con</translation>
    </message>
    <message>
        <source>The payment provider, and the currency of the prices below</source>
        <translation>El proveedor de pagos y la moneda de los precios de abajo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>No payments yet. Each period you pay for is listed here, with its invoice.</source>
        <translation>Aún no hay pagos. Cada periodo que pagues aparecerá aquí, con su factura.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Cloud minutes this month</source>
        <translation>Minutos en la nube este mes</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Historial de facturación</translation>
    </message>
    <message>
        <source>This period: {period}</source>
        <translation>Este periodo: {period}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} payment page…</source>
        <translation>Solicitando la página de pago de {gateway}…</translation>
    </message>
    <message>
        <source>The {gateway} payment page for {plan} is open in your browser. {next_step}</source>
        <translation>La página de pago de {gateway} para {plan} está abierta en el navegador. {next_step}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} customer portal…</source>
        <translation>Solicitando el portal de clientes de {gateway}…</translation>
    </message>
    <message>
        <source>The {gateway} customer portal is open in your browser.</source>
        <translation>El portal de clientes de {gateway} está abierto en el navegador.</translation>
    </message>
    <message>
        <source>The invoice is open in your browser.</source>
        <translation>La factura está abierta en el navegador.</translation>
    </message>
    <message>
        <source>Asking the billing service for your licence…</source>
        <translation>Solicitando tu licencia al servicio de facturación…</translation>
    </message>
    <message>
        <source>Licence activated: you are on {plan}. Thank you!</source>
        <translation>Licencia activada: ya tienes {plan}. ¡Gracias!</translation>
    </message>
    <message>
        <source>The address to open is not a valid web address, so it was not opened.</source>
        <translation>La dirección no es una dirección web válida, así que no se ha abierto.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Make sure a web browser is set as the default, then try again.</source>
        <translation>No se ha podido abrir el navegador. Comprueba que haya un navegador web predeterminado y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>When the payment is through, press Refresh.</source>
        <translation>Cuando se complete el pago, pulsa Actualizar.</translation>
    </message>
    <message>
        <source>When the payment is through, paste the licence you receive with Activate licence…</source>
        <translation>Cuando se complete el pago, pega la licencia que recibas con Activar licencia…</translation>
    </message>
</context>
<context>
    <name>subscription_texts</name>
    <message>
        <source>Stripe — card, USD</source>
        <extracomment>the gateway choice's labels, by gateway id, in the order offered (PayGate's and Stitch's are a brand and a currency code: the same in every language)</extracomment>
        <translation>Stripe — tarjeta, USD</translation>
    </message>
    <message>
        <source>The licence is up to date.</source>
        <extracomment>the symbol an amount is shown with, by currency code (others show their code) the billing core's refresh messages that are always the same words (shown translated)</extracomment>
        <translation>La licencia está al día.</translation>
    </message>
    <message>
        <source>The billing service has no licence for this installation yet: once a payment goes through, refresh again.</source>
        <translation>El servicio de facturación aún no tiene licencia para esta instalación: cuando se complete un pago, vuelve a actualizar.</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Plan actual</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Suscribirse</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mejorar</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Cambiar de plan</translation>
    </message>
    <message>
        <source>You are on the {plan} plan</source>
        <translation>Tienes el plan {plan}</translation>
    </message>
    <message>
        <source>Opens {gateway}'s customer portal in your browser, where you can change or cancel your subscription</source>
        <translation>Abre el portal de clientes de {gateway} en el navegador, donde puedes cambiar o cancelar tu suscripción</translation>
    </message>
    <message>
        <source>Opens {gateway}'s payment page for {plan} in your browser</source>
        <translation>Abre la página de pago de {gateway} para {plan} en el navegador</translation>
    </message>
    <message>
        <source>Renews {day}</source>
        <translation>Se renueva el {day}</translation>
    </message>
    <message>
        <source>Offline grace until {day}: go online to refresh the licence, or renew</source>
        <translation>Margen sin conexión hasta el {day}: conéctate para actualizar la licencia, o renueva</translation>
    </message>
    <message>
        <source>Your {plan} licence ended on {day}: renew to keep {plan}</source>
        <translation>Tu licencia {plan} caducó el {day}: renueva para mantener {plan}</translation>
    </message>
    <message>
        <source>Licence refreshed: {plan} until {day}.</source>
        <translation>Licencia actualizada: {plan} hasta el {day}.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %n cloud minutes used this month</source>
        <translation><numerusform>{used} de %n minuto en la nube usados este mes</numerusform><numerusform>{used} de %n minutos en la nube usados este mes</numerusform></translation>
    </message>
    <message>
        <source>None left</source>
        <translation>No queda ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left</source>
        <translation><numerusform>Queda %n minuto</numerusform><numerusform>Quedan %n minutos</numerusform></translation>
    </message>
    <message>
        <source>{left} · the count starts again on {day}</source>
        <translation>{left} · el recuento vuelve a empezar el {day}</translation>
    </message>
</context>
<context>
    <name>summary_panel</name>
    <message>
        <source>Offline</source>
        <extracomment>the formats "Export with the transcript…" offers, the first the default how many chapters show at once above a summary's text the engine choices' data the data role of a history item (the summary's ID) and of a chapter item (its start in seconds) (seconds) no arguments</extracomment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Focus on… (optional: what the summary should pay attention to)</source>
        <translation>Centrarse en… (opcional: a qué debe prestar atención el resumen)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop making this summary (Esc)</source>
        <translation>Dejar de crear este resumen (Esc)</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Añadir clave…</translation>
    </message>
    <message>
        <source>Add an OpenAI key in Settings → Cloud</source>
        <translation>Añadir una clave de OpenAI en Ajustes → Nube</translation>
    </message>
    <message>
        <source>Summaries of this recording</source>
        <translation>Resúmenes de esta grabación</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>The transcript changed after this summary was made: generate it again</source>
        <translation>La transcripción cambió después de crear este resumen: vuelva a generarlo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the summary as plain text</source>
        <translation>Copiar el resumen como texto sin formato</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the summary, or export it with the transcript</source>
        <translation>Guardar el resumen o exportarlo con la transcripción</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <source>Export with the transcript…</source>
        <translation>Exportar con la transcripción…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Correct the summary's text</source>
        <translation>Corregir el texto del resumen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this summary</source>
        <translation>Eliminar este resumen</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Capítulos</translation>
    </message>
    <message>
        <source>Enter shows the transcript at the chapter's start</source>
        <translation>Intro muestra la transcripción al inicio del capítulo</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Texto del resumen</translation>
    </message>
    <message>
        <source>Open a recording to summarise it.</source>
        <translation>Abra una grabación para resumirla.</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Crear:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Motor:</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>Instrucción:</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Resúmenes</translation>
    </message>
    <message>
        <source>Out of date: the transcript changed after this summary was made</source>
        <translation>Desactualizado: la transcripción cambió después de crear este resumen</translation>
    </message>
    <message>
        <source>No summary yet: choose what to make and press Generate.</source>
        <translation>Todavía no hay resumen: elija qué crear y pulse Generar.</translation>
    </message>
    <message>
        <source>Not transcribed yet: a summary needs the transcript.</source>
        <translation>Aún no transcrito: un resumen necesita la transcripción.</translation>
    </message>
    <message>
        <source>No OpenAI key: an offline summary (sentences from the transcript)</source>
        <translation>Sin clave de OpenAI: un resumen sin conexión (frases de la transcripción)</translation>
    </message>
    <message>
        <source>Offline: sentences from the transcript, made on this computer</source>
        <translation>Sin conexión: frases de la transcripción, creado en este ordenador</translation>
    </message>
    <message>
        <source>Estimating the cost with {model}…</source>
        <translation>Estimando el coste con {model}…</translation>
    </message>
    <message>
        <source>The cost with {model} could not be estimated</source>
        <translation>No se pudo estimar el coste con {model}</translation>
    </message>
    <message>
        <source>Making: {preset}…</source>
        <translation>Creando: {preset}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>OpenAI could not be reached: this is an offline summary.</source>
        <translation>No se pudo conectar con OpenAI: este es un resumen sin conexión.</translation>
    </message>
    <message>
        <source>{preset} ready</source>
        <translation>{preset} listo</translation>
    </message>
    <message>
        <source>Cancelled: no summary was stored.</source>
        <translation>Cancelado: no se guardó ningún resumen.</translation>
    </message>
    <message>
        <source>There is no transcript to summarise yet: transcribe the recording first.</source>
        <translation>Todavía no hay transcripción que resumir: transcriba primero la grabación.</translation>
    </message>
    <message>
        <source>No OpenAI key is set: add one in Settings → Cloud, or choose Offline.</source>
        <translation>No hay ninguna clave de OpenAI: añada una en Ajustes → Nube o elija Sin conexión.</translation>
    </message>
    <message>
        <source>The summary could not be made: {reason}</source>
        <translation>No se pudo crear el resumen: {reason}</translation>
    </message>
    <message>
        <source>The summary could not be made: something went wrong that IAM Desktop did not expect.</source>
        <translation>No se pudo crear el resumen: algo salió mal que IAM Desktop no esperaba.</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Resumen copiado.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Guardar resumen</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Export with the transcript</source>
        <translation>Exportar con la transcripción</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Delete summary?</source>
        <translation>¿Eliminar el resumen?</translation>
    </message>
    <message>
        <source>Delete this summary ({made})? This cannot be undone.</source>
        <translation>¿Eliminar este resumen ({made})? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Summary deleted.</source>
        <translation>Resumen eliminado.</translation>
    </message>
</context>
<context>
    <name>summary_texts</name>
    <message>
        <source>Summary</source>
        <extracomment>the presets as the window names them (English; translated where shown), in PRESETS' order</extracomment>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Capítulos</translation>
    </message>
    <message>
        <source>Offline summary</source>
        <extracomment>a moment in a summary's text: [m:ss] or [h:mm:ss] (also m:ss–m:ss ranges' first part) the scheme of the links that seek ("seek:754.0") a heading marked as Markdown writes one ("## Decisions", "**Decisions**") a line longer than this is never taken for a heading how a line of a list starts the space a blank line leaves between two paragraphs (pixels)</extracomment>
        <translation>Resumen sin conexión</translation>
    </message>
    <message>
        <source>OpenAI ({model})</source>
        <translation>OpenAI ({model})</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>“{instruction}”</source>
        <translation>«{instruction}»</translation>
    </message>
    <message>
        <source>Less than {cost} with {model}</source>
        <extracomment>the smallest amount the estimate names ("Less than $0.001")</extracomment>
        <translation>Menos de {cost} con {model}</translation>
    </message>
    <message>
        <source>About {cost} with {model}</source>
        <translation>Unos {cost} con {model}</translation>
    </message>
</context>
<context>
    <name>tags_editor</name>
    <message>
        <source>Add tags, separated by commas</source>
        <extracomment>list of tag names</extracomment>
        <translation>Añade etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags separated by commas; suggestions appear while you type</source>
        <translation>Etiquetas separadas por comas; aparecen sugerencias mientras escribes</translation>
    </message>
</context>
<context>
    <name>transcribe_options</name>
    <message>
        <source>Offline (this computer)</source>
        <extracomment>each engine's name in the pickers (English; shown with `engine_label`)</extracomment>
        <translation>Sin conexión (este ordenador)</translation>
    </message>
    <message>
        <source>OpenAI (cloud)</source>
        <translation>OpenAI (nube)</translation>
    </message>
    <message>
        <source>OpenAI needs an API key, and the system keyring is locked or unavailable</source>
        <extracomment>the speaker counts the picker lists (more can be set in the settings file)</extracomment>
        <translation>OpenAI necesita una clave de API, y el llavero del sistema está bloqueado o no disponible</translation>
    </message>
    <message>
        <source>OpenAI needs an API key</source>
        <translation>OpenAI necesita una clave de API</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>(nothing)</extracomment>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Traducir al inglés</translation>
    </message>
    <message>
        <source>No speakers</source>
        <translation>Sin hablantes</translation>
    </message>
    <message>
        <source>Speakers: auto</source>
        <translation>Hablantes: automático</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n hablante</numerusform><numerusform>%n hablantes</numerusform></translation>
    </message>
    <message>
        <source>Label who speaks when (Speaker 1, Speaker 2…), offline, after transcribing</source>
        <translation>Indicar quién habla en cada momento (Speaker 1, Speaker 2…), sin conexión, después de transcribir</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Añadir clave…</translation>
    </message>
    <message>
        <source>Open Settings to add an OpenAI API key</source>
        <translation>Abrir los ajustes para añadir una clave de API de OpenAI</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Motor:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>The language spoken in the files you transcribe next</source>
        <translation>El idioma hablado en los próximos archivos que transcribas</translation>
    </message>
    <message>
        <source>Write the transcript in English, whatever language is spoken</source>
        <translation>Escribir la transcripción en inglés, se hable el idioma que se hable</translation>
    </message>
</context>
<context>
    <name>transcript_editing</name>
    <message>
        <source>One moment: {reason}</source>
        <translation>Un momento: {reason}</translation>
    </message>
    <message>
        <source>the original transcript is being restored.</source>
        <translation>se está restaurando la transcripción original.</translation>
    </message>
    <message>
        <source>Restore original</source>
        <translation>Restaurar la original</translation>
    </message>
    <message>
        <source>reloading the transcript after an edit that was not saved.</source>
        <translation>se está recargando la transcripción tras un cambio que no se guardó.</translation>
    </message>
</context>
<context>
    <name>transcript_find</name>
    <message numerus="yes">
        <source>%n matches</source>
        <extracomment>how long the find field must be left alone before the number of matches is announced</extracomment>
        <translation><numerusform>%n coincidencia</numerusform><numerusform>%n coincidencias</numerusform></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>Match {current} of {total}: {text}</source>
        <translation>Coincidencia {current} de {total}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation><numerusform>%n reemplazo</numerusform><numerusform>%n reemplazos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replacements</source>
        <translation><numerusform>%n reemplazo hecho</numerusform><numerusform>%n reemplazos hechos</numerusform></translation>
    </message>
</context>
<context>
    <name>transcript_model</name>
    <message>
        <source>Time</source>
        <extracomment>the columns' headers, in English (translated where shown)</extracomment>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>{start} – {end}: haz clic para reproducir desde aquí</translation>
    </message>
</context>
<context>
    <name>transcript_playalong</name>
    <message>
        <source>Unsure word {current} of {total}: “{word}” ({percent}%)</source>
        <translation>Palabra dudosa {current} de {total}: «{word}» ({percent} %)</translation>
    </message>
    <message>
        <source>Back at the end — {message}</source>
        <translation>De nuevo al final — {message}</translation>
    </message>
    <message>
        <source>Back at the top — {message}</source>
        <translation>De nuevo al principio — {message}</translation>
    </message>
    <message>
        <source>{message} — Space plays, F2 corrects.</source>
        <translation>{message} — Espacio reproduce, F2 corrige.</translation>
    </message>
</context>
<context>
    <name>transcript_view</name>
    <message>
        <source>Offline</source>
        <extracomment>the engine as the header names it (English; translated where shown)</extracomment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Drop audio or video files here, or use “Add files…”.</source>
        <extracomment>(message) a passing remark for the status bar</extracomment>
        <translation>Suelta archivos de audio o vídeo aquí, o usa «Añadir archivos…».</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Deshacer: {edit}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Rehacer: {edit}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&lt;i&gt;edited&lt;/i&gt; (the original is kept)</source>
        <translation>&lt;i&gt;editada&lt;/i&gt; (se conserva la original)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsure words</source>
        <translation><numerusform>%n palabra dudosa</numerusform><numerusform>%n palabras dudosas</numerusform></translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <translation>No se encontró voz en esta grabación.</translation>
    </message>
    <message>
        <source>{language} (detected, {percent}%)</source>
        <translation>{language} (detectado, {percent} %)</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>This segment has only one word: there is nowhere to split it.</source>
        <translation>Este segmento solo tiene una palabra: no se puede dividir.</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>Dividir segmento</translation>
    </message>
    <message>
        <source>Split at the text cursor while editing, else at the middle word</source>
        <translation>Dividir en el cursor al editar; si no, en la palabra central</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Unir con el siguiente</translation>
    </message>
    <message>
        <source>Start {seconds} s earlier</source>
        <translation>Inicio {seconds} s antes</translation>
    </message>
    <message>
        <source>Start {seconds} s later</source>
        <translation>Inicio {seconds} s después</translation>
    </message>
    <message>
        <source>End {seconds} s earlier</source>
        <translation>Final {seconds} s antes</translation>
    </message>
    <message>
        <source>End {seconds} s later</source>
        <translation>Final {seconds} s después</translation>
    </message>
    <message>
        <source>Set speaker…</source>
        <translation>Asignar hablante…</translation>
    </message>
    <message>
        <source>Rename speaker…</source>
        <translation>Cambiar nombre del hablante…</translation>
    </message>
    <message>
        <source>Merge speaker into…</source>
        <translation>Combinar hablante con…</translation>
    </message>
    <message>
        <source>Show all speakers</source>
        <translation>Mostrar todos los hablantes</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Buscar y reemplazar…</translation>
    </message>
    <message>
        <source>Next unsure word</source>
        <translation>Siguiente palabra dudosa</translation>
    </message>
    <message>
        <source>Go to the next word the engine was unsure of (underlined)</source>
        <translation>Ir a la siguiente palabra de la que el motor no estaba seguro (subrayada)</translation>
    </message>
    <message>
        <source>Previous unsure word</source>
        <translation>Palabra dudosa anterior</translation>
    </message>
    <message>
        <source>Restore original transcript…</source>
        <translation>Restaurar la transcripción original…</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Reproducir / pausa</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Reproducir desde aquí</translation>
    </message>
    <message>
        <source>Back {seconds} s</source>
        <translation>Retroceder {seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} s</source>
        <translation>Avanzar {seconds} s</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>Unir segmentos</translation>
    </message>
    <message>
        <source>Nudge segment</source>
        <translation>Desplazar segmento</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Asignar hablante</translation>
    </message>
    <message>
        <source>Who speaks here? (empty: nobody named)</source>
        <translation>¿Quién habla aquí? (vacío: nadie)</translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation>Cambiar nombre del hablante</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Hablante:</translation>
    </message>
    <message>
        <source>New name for {speaker}:</source>
        <translation>Nuevo nombre para {speaker}:</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Combinar hablantes</translation>
    </message>
    <message>
        <source>Merge this speaker:</source>
        <translation>Combinar este hablante:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Con:</translation>
    </message>
    <message>
        <source>{speaker} merged into {other}.</source>
        <translation>{speaker} se ha combinado con {other}.</translation>
    </message>
    <message>
        <source>Restore original transcript</source>
        <translation>Restaurar la transcripción original</translation>
    </message>
    <message>
        <source>Discard your edits of this transcript and go back to the original one?
(Edit ▸ Undo brings them back.)</source>
        <translation>¿Descartar tus cambios en esta transcripción y volver a la original?
(Editar ▸ Deshacer los recupera.)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrences of “{text}”.</source>
        <translation><numerusform>Se ha reemplazado %n aparición de «{text}».</numerusform><numerusform>Se han reemplazado %n apariciones de «{text}».</numerusform></translation>
    </message>
    <message>
        <source>No unsure words in this transcript.</source>
        <translation>No hay palabras dudosas en esta transcripción.</translation>
    </message>
</context>
<context>
    <name>transcription_page</name>
    <message>
        <source>Automatic (tiny.en for English, base otherwise)</source>
        <extracomment>the offline model picker's first entry (English; shown translated)</extracomment>
        <translation>Automático (tiny.en para inglés; si no, base)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>%n idioma</numerusform><numerusform>%n idiomas</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Solo inglés</translation>
    </message>
    <message>
        <source>{model} ({languages})</source>
        <translation>{model} ({languages})</translation>
    </message>
    <message>
        <source>Offline transcription never sends audio anywhere. The cloud engine (OpenAI) needs a key: see Cloud.</source>
        <translation>La transcripción sin conexión nunca envía el audio a ninguna parte. El motor en la nube (OpenAI) necesita una clave: consulta Nube.</translation>
    </message>
    <message>
        <source>Long recordings are transcribed in pieces of about this length, cut at pauses; an interrupted transcription goes on from its last finished piece.</source>
        <translation>Las grabaciones largas se transcriben en fragmentos de aproximadamente esta duración, cortados en las pausas; una transcripción interrumpida continúa desde su último fragmento terminado.</translation>
    </message>
    <message>
        <source>Default engine:</source>
        <translation>Motor predeterminado:</translation>
    </message>
    <message>
        <source>Offline model:</source>
        <translation>Modelo sin conexión:</translation>
    </message>
    <message>
        <source>Piece length:</source>
        <translation>Duración de los fragmentos:</translation>
    </message>
    <message>
        <source>{model} (not found)</source>
        <translation>{model} (no encontrado)</translation>
    </message>
</context>
<context>
    <name>upgrade_prompt</name>
    <message>
        <source>Not enough cloud minutes left this month</source>
        <extracomment>the prompt's first line, by what stopped the work (its message follows, with the numbers and a plan)</extracomment>
        <translation>No quedan suficientes minutos en la nube este mes</translation>
    </message>
    <message>
        <source>Not in your plan</source>
        <translation>No incluido en su plan</translation>
    </message>
    <message>
        <source>Upgrade…</source>
        <translation>Mejorar plan…</translation>
    </message>
    <message>
        <source>Show the plans on the Subscription page</source>
        <translation>Mostrar los planes en la página Suscripción</translation>
    </message>
    <message>
        <source>Transcribe on this computer</source>
        <translation>Transcribir en este equipo</translation>
    </message>
</context>
<context>
    <name>usage_chart</name>
    <message>
        <source>Cloud minutes per day this month</source>
        <extracomment>the plot's height (px)</extracomment>
        <translation>Minutos en la nube por día este mes</translation>
    </message>
    <message>
        <source>Minutes of cloud transcription per day. Your plan has no cloud minutes.</source>
        <translation>Minutos de transcripción en la nube por día. Tu plan no incluye minutos en la nube.</translation>
    </message>
    <message numerus="yes">
        <source>Minutes of cloud transcription per day. Dashed line: {pace} a day uses your %n minutes by the end of the month.</source>
        <translation><numerusform>Minutos de transcripción en la nube por día. Línea discontinua: con {pace} al día, gastas tu %n minuto a final de mes.</numerusform><numerusform>Minutos de transcripción en la nube por día. Línea discontinua: con {pace} al día, gastas tus %n minutos a final de mes.</numerusform></translation>
    </message>
    <message>
        <source>No cloud minutes used yet this month.</source>
        <translation>Aún no se han usado minutos en la nube este mes.</translation>
    </message>
    <message>
        <source>The busiest day was {day}: {duration}.</source>
        <translation>El día de más uso fue el {day}: {duration}.</translation>
    </message>
    <message>
        <source>about half a minute</source>
        <translation>aproximadamente medio minuto</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation><numerusform>%n minuto</numerusform><numerusform>%n minutos</numerusform></translation>
    </message>
</context>
<context>
    <name>vocabulary_page</name>
    <message>
        <source>Names, places and jargon the transcription should spell right. Used by the offline model and the cloud, for every new transcription.</source>
        <extracomment>what the page is for (English: shown through `translate`)</extracomment>
        <translation>Nombres, lugares y jerga que la transcripción debe escribir bien. Lo usan el modelo sin conexión y la nube en cada nueva transcripción.</translation>
    </message>
    <message>
        <source>No terms yet.</source>
        <translation>Aún no hay términos.</translation>
    </message>
    <message numerus="yes">
        <source>%n terms.</source>
        <translation><numerusform>%n término.</numerusform><numerusform>%n términos.</numerusform></translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Término nuevo</translation>
    </message>
    <message>
        <source>One term or several separated by commas; Enter adds them</source>
        <translation>Uno o varios términos separados por comas; Intro los añade</translation>
    </message>
    <message>
        <source>Add terms, separated by commas: Gqeberha, Mbombela, Nkosazana</source>
        <translation>Añade términos separados por comas: Gqeberha, Mbombela, Nkosazana</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Adds the terms typed</source>
        <translation>Añade los términos escritos</translation>
    </message>
    <message>
        <source>Vocabulary terms</source>
        <translation>Términos del vocabulario</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar seleccionados</translation>
    </message>
    <message>
        <source>Remove the selected terms ({shortcut})</source>
        <translation>Quitar los términos seleccionados ({shortcut})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Removed {terms}.</source>
        <translation>Se han quitado: {terms}.</translation>
    </message>
    <message>
        <source>Added {terms}.</source>
        <translation>Añadidos: {terms}.</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Ya está en la lista.</translation>
    </message>
    <message>
        <source> (at most {count})</source>
        <translation> (como máximo {count})</translation>
    </message>
</context>
<context>
    <name>watch_bridge</name>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}); export failed: {error}.</source>
        <extracomment>milliseconds between two scans while the window is open</extracomment>
        <translation>Carpetas vigiladas: {name} transcrito y exportado ({formats}); la exportación ha fallado: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}).</source>
        <translation>Carpetas vigiladas: {name} transcrito y exportado ({formats}).</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed; export failed: {error}.</source>
        <translation>Carpetas vigiladas: {name} transcrito; la exportación ha fallado: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed.</source>
        <translation>Carpetas vigiladas: {name} transcrito.</translation>
    </message>
    <message>
        <source>Watch folders: queued {names}.</source>
        <translation>Carpetas vigiladas: {names} en cola.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}.</source>
        <translation>Carpetas vigiladas: {problem}.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}</source>
        <translation>Carpetas vigiladas: {problem}</translation>
    </message>
</context>
<context>
    <name>watch_folders_page</name>
    <message>
        <source>New audio and video files in these folders (and their sub-folders) are transcribed with the offline model once they are completely copied — each content only once — and exported as chosen, while the app is open.</source>
        <extracomment>what the page is for</extracomment>
        <translation>Los archivos de audio y vídeo nuevos de estas carpetas (y sus subcarpetas) se transcriben con el modelo sin conexión en cuanto terminan de copiarse — cada contenido una sola vez — y se exportan como se haya elegido, mientras la aplicación está abierta.</translation>
    </message>
    <message>
        <source>Folder</source>
        <extracomment>the table's columns</extracomment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>next to the file</source>
        <extracomment>where the exports go without an export folder</extracomment>
        <translation>junto al archivo</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <source>Select a folder to see and change its export options below</source>
        <translation>Selecciona una carpeta para ver y cambiar abajo sus opciones de exportación</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Watches a folder, with the export options chosen below</source>
        <translation>Vigila una carpeta, con las opciones de exportación elegidas abajo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Stop watching the selected folder</source>
        <translation>Dejar de vigiar la carpeta seleccionada</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Exportar {format}</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Choose the export folder…</source>
        <translation>Elegir la carpeta de exportación…</translation>
    </message>
    <message>
        <source>Next to the file</source>
        <translation>Junto al archivo</translation>
    </message>
    <message>
        <source>Export next to each file</source>
        <translation>Exportar junto a cada archivo</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Exportar a:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Choose a folder to watch</source>
        <translation>Elige una carpeta para vigilar</translation>
    </message>
    <message>
        <source>Watching {path}.</source>
        <translation>Vigilando {path}.</translation>
    </message>
    <message>
        <source>No longer watching {path}.</source>
        <translation>Ya no se vigila {path}.</translation>
    </message>
    <message>
        <source>Choose the folder the exports go to</source>
        <translation>Elige la carpeta a la que van las exportaciones</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%n watched.</source>
        <translation><numerusform>%n vigilada.</numerusform><numerusform>%n vigiladas.</numerusform></translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>No se vigila ninguna carpeta.</translation>
    </message>
</context>
<context>
    <name>waveform_overview</name>
    <message>
        <source>Click or drag to play from there</source>
        <extracomment>the widget's height (px): compact, like a scrubber the vertical layout in plot units: the wave spans -1…1; over it a strip for the unsure words' ticks and the search hits' triangles, under it a strip for the speaker bands (when there are any) the size (px) of a search hit's triangle the level the wave is scaled to fill: this quantile of its buckets' peaks (a single click stays small)</extracomment>
        <translation>Haz clic o arrastra para reproducir desde ahí</translation>
    </message>
    <message>
        <source>Waveform overview</source>
        <extracomment>(seconds) where the user clicked, or dragged to (several while dragging)</extracomment>
        <translation>Vista general de la forma de onda</translation>
    </message>
    <message>
        <source>The whole recording's sound at a glance, with the playhead, search matches and speakers; click or drag to play from there (from the keyboard, use the player's position slider)</source>
        <translation>El sonido de toda la grabación de un vistazo, con el cabezal de reproducción, las coincidencias de búsqueda y los hablantes; haz clic o arrastra para reproducir desde ahí (con el teclado, usa el control de posición del reproductor)</translation>
    </message>
    <message>
        <source>this recording has no audio file</source>
        <translation>esta grabación no tiene archivo de audio</translation>
    </message>
    <message>
        <source>No waveform: {reason}</source>
        <translation>Sin forma de onda: {reason}</translation>
    </message>
</context>
<context>
    <name>waveform_view</name>
    <message>
        <source>Recording waveform</source>
        <extracomment>the waveform colour needs at least this luminance difference from the background, else the text colour</extracomment>
        <translation>Forma de onda de la grabación</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded</source>
        <translation>Una imagen del sonido de los últimos segundos grabados</translation>
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
        <translation>Una imagen del sonido de los últimos segundos grabados: el micrófono sobre la línea, el sonido del ordenador debajo</translation>
    </message>
</context>
<context>
    <name>welcome_card</name>
    <message>
        <source>Runs offline — nothing leaves this computer unless you choose a cloud engine.</source>
        <translation>Funciona sin conexión: nada sale de este equipo a menos que elija un motor en la nube.</translation>
    </message>
    <message>
        <source>Welcome to IAM Desktop</source>
        <translation>Bienvenido a IAM Desktop</translation>
    </message>
    <message>
        <source>Record an interview, a lecture or a meeting, or drop audio and video files here to transcribe them.</source>
        <translation>Grabe una entrevista, una clase o una reunión, o suelte aquí archivos de audio y vídeo para transcribirlos.</translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation>Ninguna grabación abierta</translation>
    </message>
    <message>
        <source>Pick a recording in the list, record a new one, or drop files here to transcribe them.</source>
        <extracomment>the card's width, and how narrow it may get in a narrow window (pixels)</extracomment>
        <translation>Elija una grabación de la lista, grabe una nueva o suelte aquí archivos para transcribirlos.</translation>
    </message>
    <message>
        <source>  Record</source>
        <extracomment>the user wants to record the user wants to choose files to add the user wants to restore a backup</extracomment>
        <translation>  Grabar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Start recording from the microphone (Ctrl+R)</source>
        <translation>Empezar a grabar desde el micrófono (Ctrl+R)</translation>
    </message>
    <message>
        <source>  Add files…</source>
        <translation>  Añadir archivos…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Choose audio or video files to transcribe (Ctrl+O)</source>
        <translation>Elegir archivos de audio o vídeo para transcribir (Ctrl+O)</translation>
    </message>
    <message>
        <source>or drop files anywhere in this window</source>
        <translation>o suelte archivos en cualquier parte de esta ventana</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Get a library back from a backup in S3-compatible storage</source>
        <translation>Recuperar una biblioteca desde una copia de seguridad en un almacenamiento compatible con S3</translation>
    </message>
</context>
<context>
    <name>window_backup</name>
    <message>
        <source>Backup failed: {reason}</source>
        <extracomment>library changes that make a new backup worth it</extracomment>
        <translation>Error en la copia de seguridad: {reason}</translation>
    </message>
</context>
<context>
    <name>window_jobs</name>
    <message>
        <source>Transcript ready: {name}</source>
        <translation>Transcripción lista: {name}</translation>
    </message>
    <message>
        <source>Transcription failed: {name}</source>
        <translation>Error en la transcripción: {name}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>Transcript ready</source>
        <translation>Transcripción lista</translation>
    </message>
    <message>
        <source>{name} is transcribed.</source>
        <translation>{name} está transcrito.</translation>
    </message>
    <message>
        <source>Transcription failed</source>
        <translation>Error en la transcripción</translation>
    </message>
    <message>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>Solo se puede reintentar una tarea fallida o cancelada.</translation>
    </message>
    <message>
        <source>A running job cannot be removed: cancel it first.</source>
        <translation>No se puede quitar una tarea en curso: cancélela primero.</translation>
    </message>
</context>
<context>
    <name>window_menus</name>
    <message>
        <source>Follow the system</source>
        <extracomment>the theme choices in View → Theme: (setting value, label)</extracomment>
        <translation>Seguir el sistema</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
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
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>About IAM Desktop</source>
        <translation>Acerca de IAM Desktop</translation>
    </message>
    <message>
        <source>Plans and subscription…</source>
        <translation>Planes y suscripción…</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>No se pudo abrir la carpeta: {folder}</translation>
    </message>
</context>
<context>
    <name>window_recording</name>
    <message>
        <source>Record / Stop</source>
        <translation>Grabar / Detener</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>Pausar / Reanudar</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <source>● Recording {elapsed} — IAM Desktop</source>
        <translation>● Grabando {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Paused {elapsed} — IAM Desktop</source>
        <translation>En pausa {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Saving the recording… — IAM Desktop</source>
        <translation>Guardando la grabación… — IAM Desktop</translation>
    </message>
    <message>
        <source>Starting to record… — IAM Desktop</source>
        <translation>Empezando a grabar… — IAM Desktop</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}) and queued for transcription.</source>
        <translation>«{title}» ({duration}) guardada y en cola para transcribir.</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}).</source>
        <translation>«{title}» ({duration}) guardada.</translation>
    </message>
    <message>
        <source>“{title}” ({duration})</source>
        <translation>«{title}» ({duration})</translation>
    </message>
    <message>
        <source>Recovered after an unexpected stop: {names}.</source>
        <translation>Recuperado tras una detención inesperada: {names}.</translation>
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
        <translation>Empresa</translation>
    </message>
    <message>
        <source>{plan} is active until {day}.</source>
        <translation>{plan} está activo hasta el {day}.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you! {plan} is active on this computer until {day}, with %n cloud minutes a month. It keeps working offline.</source>
        <translation><numerusform>¡Gracias! {plan} está activo en este equipo hasta el {day}, con %n minuto en la nube al mes. Sigue funcionando sin conexión.</numerusform><numerusform>¡Gracias! {plan} está activo en este equipo hasta el {day}, con %n minutos en la nube al mes. Sigue funcionando sin conexión.</numerusform></translation>
    </message>
    <message>
        <source>Licence activated</source>
        <translation>Licencia activada</translation>
    </message>
    <message>
        <source>{reason}

Your current plan is unchanged.</source>
        <translation>{reason}

Su plan actual no cambia.</translation>
    </message>
    <message>
        <source>Licence not activated</source>
        <translation>Licencia no activada</translation>
    </message>
</context>
<context>
    <name>window_toolbar</name>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add audio or video files to transcribe</source>
        <translation>Añadir archivos de audio o vídeo para transcribir</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export as text, subtitles, Word or PDF</source>
        <translation>Exportar como texto, subtítulos, Word o PDF</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copiar transcripción</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Library sidebar</source>
        <translation>Barra lateral de la biblioteca</translation>
    </message>
    <message>
        <source>Notes panel</source>
        <translation>Panel de notas</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
</context>
<context>
    <name>word_delegate</name>
    <message>
        <source>Unsure ({percent}%)</source>
        <translation>Dudosa ({percent} %)</translation>
    </message>
</context>
</TS>