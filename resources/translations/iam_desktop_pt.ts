<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Procurar em:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do ficheiro:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ficheiros do tipo:</translation>
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
        <translation>&amp;Escolher</translation>
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
        <translation>Localizar pasta</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retroceder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Pasta superior</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Criar nova pasta</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vista detalhada</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Retroceder</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ir para a pasta superior</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Criar uma nova pasta</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Mudar para a vista de lista</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Mudar para a vista detalhada</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Locais recentes</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova pasta</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Mudar o nome</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar ficheiros &amp;ocultos</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Tem a certeza de que pretende eliminar '%1'?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 já existe.
Pretende substituí-lo?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Ficheiro não encontrado.
Verifique se indicou o nome de ficheiro correto.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Pasta não encontrada.
Verifique se indicou o nome de pasta correto.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
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
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalhes...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalhes...</translation>
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
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar tudo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sim p&amp;ara tudo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para tudo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Repor</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar predefinições</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
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
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar endereço da &amp;ligação</translation>
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
        <translation>Funciona offline — nada sai deste computador, a menos que escolha um motor na nuvem.</translation>
    </message>
    <message>
        <source>Icons: Phosphor</source>
        <extracomment>(what, its licence, where it comes from) for the parts made by others</extracomment>
        <translation>Ícones: Phosphor</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>licença MIT</translation>
    </message>
    <message>
        <source>bundled with QtAwesome (MIT)</source>
        <translation>incluídos com o QtAwesome (MIT)</translation>
    </message>
    <message>
        <source>Speech recognition: Whisper models</source>
        <translation>Reconhecimento de fala: modelos Whisper</translation>
    </message>
    <message>
        <source>run by faster-whisper (MIT)</source>
        <translation>executados pelo faster-whisper (MIT)</translation>
    </message>
    <message>
        <source>Speaker identification: Resemblyzer's voice encoder</source>
        <translation>Identificação de oradores: o codificador de voz do Resemblyzer</translation>
    </message>
    <message>
        <source>run in numpy</source>
        <translation>executado com numpy</translation>
    </message>
    <message>
        <source>PDF font: DejaVu Sans</source>
        <translation>Tipo de letra PDF: DejaVu Sans</translation>
    </message>
    <message>
        <source>Bitstream Vera licence</source>
        <translation>licença Bitstream Vera</translation>
    </message>
    <message>
        <source>User interface: Qt for Python</source>
        <translation>Interface do utilizador: Qt for Python</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca do {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <source>Records, transcribes, searches and exports speech.</source>
        <translation>Grava, transcreve, pesquisa e exporta fala.</translation>
    </message>
    <message>
        <source>Made with the help of:</source>
        <translation>Feito com a ajuda de:</translation>
    </message>
</context>
<context>
    <name>api_key_page</name>
    <message>
        <source>Using {variable} from the environment (it overrides the key stored in the OS keyring)</source>
        <extracomment>a sentence of a keyring problem that tells the user to set an environment variable or run something</extracomment>
        <translation>A usar {variable} do ambiente (sobrepõe-se à chave guardada no porta-chaves do sistema)</translation>
    </message>
    <message>
        <source>Using {variable} from the environment; the OS keyring cannot be used: {problem}</source>
        <translation>A usar {variable} do ambiente; não é possível usar o porta-chaves do sistema: {problem}</translation>
    </message>
    <message>
        <source>Using {variable} from the environment</source>
        <translation>A usar {variable} do ambiente</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so a key cannot be saved: {problem}</source>
        <translation>Não é possível usar o porta-chaves do sistema, pelo que não é possível guardar uma chave: {problem}</translation>
    </message>
    <message>
        <source>A key is stored in the OS keyring ({backend})</source>
        <translation>Há uma chave guardada no porta-chaves do sistema ({backend})</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>Nenhuma chave guardada</translation>
    </message>
    <message>
        <source>Looking for a stored key…</source>
        <translation>A procurar uma chave guardada…</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Chave da API da OpenAI</translation>
    </message>
    <message>
        <source>Paste a new OpenAI API key (sk-…)</source>
        <translation>Cole uma nova chave da API da OpenAI (sk-…)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keep the key entered in the OS keyring</source>
        <translation>Guardar a chave introduzida no porta-chaves do sistema</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>Check the key with one request to the service</source>
        <translation>Verificar a chave com um pedido ao serviço</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Delete the stored key from the OS keyring</source>
        <translation>Eliminar a chave guardada do porta-chaves do sistema</translation>
    </message>
    <message>
        <source>The key is kept in the OS keyring, never in the settings file. Test checks the key you entered, or else the one in use.</source>
        <translation>A chave é guardada no porta-chaves do sistema, nunca no ficheiro de definições. «Testar» verifica a chave introduzida ou, caso contrário, a que está em uso.</translation>
    </message>
    <message>
        <source>Enter a key first.</source>
        <translation>Introduza primeiro uma chave.</translation>
    </message>
    <message>
        <source>Key saved.</source>
        <translation>Chave guardada.</translation>
    </message>
    <message>
        <source>there is no key to test: enter one above</source>
        <translation>não há nenhuma chave para testar: introduza uma acima</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>A testar a chave…</translation>
    </message>
    <message>
        <source>Key works</source>
        <translation>A chave funciona</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>Chave removida.</translation>
    </message>
    <message>
        <source>No key was stored.</source>
        <translation>Não havia nenhuma chave guardada.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The library could not be opened.

{reason}</source>
        <extracomment>modules the window needs soon but not to appear, imported in the background once it is on screen (the first recording's waveform: pyqtgraph and numpy, ~0.3 s) at quit, how long background tasks and the running job get to finish or stop (seconds, each)</extracomment>
        <translation>Não foi possível abrir a biblioteca.

{reason}</translation>
    </message>
</context>
<context>
    <name>appearance_page</name>
    <message>
        <source>System — follow the desktop's light or dark look</source>
        <extracomment>what each theme is called on the page (English; shown translated)</extracomment>
        <translation>Sistema — seguir o aspeto claro ou escuro do ambiente de trabalho</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
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
        <translation>Outro compatível com S3 (MinIO, Ceph, um servidor da empresa)</translation>
    </message>
    <message>
        <source>Region of the bucket, e.g. eu-central-1.</source>
        <translation>Região do bucket, p. ex. eu-central-1.</translation>
    </message>
    <message>
        <source>Wasabi region, e.g. eu-central-1 (the endpoint s3.&lt;region&gt;.wasabisys.com is used).</source>
        <translation>Região da Wasabi, p. ex. eu-central-1 (é usado o endpoint s3.&lt;region&gt;.wasabisys.com).</translation>
    </message>
    <message>
        <source>Spaces region, e.g. ams3, fra1, nyc3.</source>
        <translation>Região do Spaces, p. ex. ams3, fra1, nyc3.</translation>
    </message>
    <message>
        <source>The region in the bucket's S3 endpoint, e.g. eu-central-003.</source>
        <translation>A região no endpoint S3 do bucket, p. ex. eu-central-003.</translation>
    </message>
    <message>
        <source>The account's S3 API address, https://&lt;account id&gt;.r2.cloudflarestorage.com.</source>
        <translation>O endereço da API S3 da conta, https://&lt;account id&gt;.r2.cloudflarestorage.com.</translation>
    </message>
    <message>
        <source>The server's address, e.g. https://minio.example.com:9000.</source>
        <translation>O endereço do servidor, p. ex. https://minio.example.com:9000.</translation>
    </message>
    <message>
        <source>Provider</source>
        <extracomment>something in the form was edited</extracomment>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>The storage service that keeps the backups</source>
        <translation>O serviço de armazenamento que guarda as cópias de segurança</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>the bucket's name</source>
        <translation>nome do bucket</translation>
    </message>
    <message>
        <source>Folder in the bucket</source>
        <translation>Pasta no bucket</translation>
    </message>
    <message>
        <source>empty: the top of the bucket</source>
        <translation>vazio: a raiz do bucket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID da chave de acesso</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Chave de acesso secreta</translation>
    </message>
    <message>
        <source>The secret that goes with the access key ID; it is kept in the OS keyring only</source>
        <translation>O segredo associado ao ID da chave de acesso; é guardado apenas no porta-chaves do sistema</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>Encrypts the backups on this computer; without it nobody can open them</source>
        <translation>Cifra as cópias de segurança neste computador; sem ela ninguém as pode abrir</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fornecedor:</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Folder in the bucket:</source>
        <translation>Pasta no bucket:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Região:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Endereço do servidor:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>ID da chave de acesso:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Chave de acesso secreta:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase-passe:</translation>
    </message>
    <message>
        <source>type the passphrase again</source>
        <translation>escreva novamente a frase-passe</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar frase-passe</translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it was typed as meant</source>
        <translation>A mesma frase-passe outra vez, para ter a certeza de que foi escrita como pretendido</translation>
    </message>
    <message>
        <source>Confirm passphrase:</source>
        <translation>Confirmar frase-passe:</translation>
    </message>
    <message>
        <source>Leave empty to use the provider's own.</source>
        <translation>Deixe vazio para usar a do fornecedor.</translation>
    </message>
    <message>
        <source>paste the secret access key</source>
        <translation>cole a chave de acesso secreta</translation>
    </message>
    <message>
        <source>at least 8 characters; a few unrelated words are best</source>
        <translation>pelo menos 8 caracteres; o melhor são algumas palavras sem relação entre si</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>As duas frases-passe são diferentes: escreva a mesma frase-passe nos dois campos.</translation>
    </message>
</context>
<context>
    <name>backup_page</name>
    <message>
        <source>Back up now</source>
        <extracomment>Settings RestorePlan</extracomment>
        <translation>Fazer cópia agora</translation>
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
        <translation>Cancelar a cópia de segurança</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verificar…</translation>
    </message>
    <message>
        <source>Reads the backup back from the storage and checks it</source>
        <translation>Volta a ler a cópia de segurança do armazenamento e verifica-a</translation>
    </message>
    <message numerus="yes">
        <source>Check a sample (%n objects, quick)</source>
        <translation><numerusform>Verificar uma amostra (%n objeto, rápido)</numerusform><numerusform>Verificar uma amostra (%n objetos, rápido)</numerusform></translation>
    </message>
    <message>
        <source>Check everything (downloads the whole backup)</source>
        <translation>Verificar tudo (transfere a cópia inteira)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Brings back the library from a backup</source>
        <translation>Recupera a biblioteca a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Backups are not set up yet. Choose where to keep them below and press Save: the first backup starts right after. To bring back a library from a backup, press Restore…</source>
        <translation>As cópias de segurança ainda não estão configuradas. Escolha abaixo onde as guardar e prima Guardar: a primeira cópia começa logo a seguir. Para recuperar uma biblioteca a partir de uma cópia, prima Restaurar…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Última cópia:</translation>
    </message>
    <message>
        <source>Next backup:</source>
        <translation>Próxima cópia:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Último problema:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar ligação</translation>
    </message>
    <message>
        <source>Checks that the storage can be reached with these keys; nothing is saved.</source>
        <translation>Verifica que o armazenamento está acessível com estas chaves; nada é guardado.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the backup storage</source>
        <translation>Guardar o armazenamento das cópias</translation>
    </message>
    <message>
        <source>Check the storage, then keep these settings (secrets in the OS keyring)</source>
        <translation>Verificar o armazenamento e depois manter estas definições (os segredos no porta-chaves do sistema)</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Destino das cópias de segurança</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and the library are encrypted on this computer and kept in a bucket of an S3-compatible storage service. Whoever holds the bucket learns nothing from it.</source>
        <translation>As suas gravações, transcrições e a biblioteca são cifradas neste computador e guardadas num bucket de um serviço de armazenamento compatível com S3. Quem detém o bucket não fica a saber nada.</translation>
    </message>
    <message>
        <source>Back up automatically (after new recordings and transcripts, and daily)</source>
        <translation>Fazer cópias automaticamente (após novas gravações e transcrições, e diariamente)</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Cópias a manter</translation>
    </message>
    <message>
        <source>Older backups, and what only they need, are removed from the bucket</source>
        <translation>As cópias mais antigas, e o que só elas usam, são removidas do bucket</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Bandwidth limit in kilobytes per second</source>
        <translation>Limite de largura de banda em kilobytes por segundo</translation>
    </message>
    <message>
        <source>The most a backup may send or receive per second</source>
        <translation>O máximo que uma cópia pode enviar ou receber por segundo</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Cópias automáticas</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Cópias a manter:</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>Limite de largura de banda:</translation>
    </message>
    <message>
        <source>The backup storage was changed but not saved: press Save on the Backup page to check and keep it, or Cancel to drop the change.</source>
        <translation>O armazenamento das cópias foi alterado mas não foi guardado: prima Guardar na página Cópia de segurança para o verificar e manter, ou Cancelar para descartar a alteração.</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used, so the secrets cannot be saved: {problem}</source>
        <translation>Não é possível usar o porta-chaves do sistema, por isso os segredos não podem ser guardados: {problem}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>A testar a ligação…</translation>
    </message>
    <message>
        <source>Checking the storage and saving…</source>
        <translation>A verificar o armazenamento e a guardar…</translation>
    </message>
    <message>
        <source>The connection works ({checks}).</source>
        <translation>A ligação funciona ({checks}).</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>A ligação funciona.</translation>
    </message>
    <message>
        <source>Saved. Backups go to {where}.</source>
        <translation>Guardado. As cópias vão para {where}.</translation>
    </message>
    <message>
        <source>Set up where backups go first: fill in the storage below, then Save.</source>
        <translation>Configure primeiro o destino das cópias: preencha o armazenamento abaixo e prima Guardar.</translation>
    </message>
    <message>
        <source>There is nothing to check: no backup is set up yet.</source>
        <translation>Não há nada para verificar: ainda não há nenhuma cópia configurada.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>A verificar a cópia de segurança…</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>A iniciar a cópia de segurança…</translation>
    </message>
    <message>
        <source>The check of the backup failed: {reason}</source>
        <translation>A verificação da cópia falhou: {reason}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>A cópia de segurança falhou: {reason}</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>A verificação foi cancelada.</translation>
    </message>
    <message>
        <source>Cancelled. What was sent is kept; the next backup goes on from there.</source>
        <translation>Cancelado. O que foi enviado é mantido; a próxima cópia continua a partir daí.</translation>
    </message>
    <message>
        <source>Backups are not set up yet.</source>
        <translation>As cópias de segurança ainda não estão configuradas.</translation>
    </message>
    <message>
        <source>{when}: {problem}</source>
        <translation>{when}: {problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>em curso</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
</context>
<context>
    <name>backup_texts</name>
    <message>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Backups are encrypted with it on this computer before they are sent. If it is lost, the backup is lost too: nobody, not even IAM Desktop, can recover it.</source>
        <extracomment>the warning shown wherever a passphrase is chosen (English: show it through `translate`)</extracomment>
        <translation>&lt;b&gt;Guarde esta frase-passe em segurança.&lt;/b&gt; As cópias são cifradas com ela neste computador antes de serem enviadas. Se a perder, a cópia também se perde: ninguém, nem mesmo o IAM Desktop, a consegue recuperar.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <extracomment>what each stage of the work is called on the page (English: show it through `translate`)</extracomment>
        <translation>A preparar</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>A remover cópias antigas</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>A transferir</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>A verificar</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>A restaurar</translation>
    </message>
    <message>
        <source>Stored in the keyring — leave empty to keep it</source>
        <extracomment>how many objects "Check a sample" reads back a placeholder that says a secret is stored (its value is never shown; English: show it through `translate`)</extracomment>
        <translation>Guardado no porta-chaves — deixe vazio para o manter</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>falta menos de um minuto</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>faltam cerca de {duration}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation><numerusform>{done} de %n ficheiro</numerusform><numerusform>{done} de %n ficheiros</numerusform></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoje às {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ontem às {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>amanhã às {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} às {time}</translation>
    </message>
    <message>
        <source>Automatic backups are off: back up with Back up now.</source>
        <translation>As cópias automáticas estão desativadas: faça uma cópia com Fazer cópia agora.</translation>
    </message>
    <message>
        <source>within a minute</source>
        <translation>dentro de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>in about %n minutes, {when}</source>
        <translation><numerusform>dentro de cerca de %n minuto, {when}</numerusform><numerusform>dentro de cerca de %n minutos, {when}</numerusform></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>menos de um segundo</translation>
    </message>
    <message>
        <source>Backed up: nothing new sent, {total} in the backup; took {took}.</source>
        <translation>Cópia feita: nada de novo enviado, {total} na cópia; demorou {took}.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up: %n new files ({size}) sent, {total} in the backup; took {took}.</source>
        <translation><numerusform>Cópia feita: %n ficheiro novo ({size}) enviado, {total} na cópia; demorou {took}.</numerusform><numerusform>Cópia feita: %n ficheiros novos ({size}) enviados, {total} na cópia; demorou {took}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n objects ({size})</source>
        <translation><numerusform>%n objeto ({size})</numerusform><numerusform>%n objetos ({size})</numerusform></translation>
    </message>
    <message>
        <source>The backup is fine: {checked} read back and checked.</source>
        <translation>A cópia está em ordem: {checked} lidos de novo e verificados.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> e mais %n</numerusform><numerusform> e mais %n</numerusform></translation>
    </message>
    <message>
        <source>The backup has problems ({checked} checked): {shown}{more}.</source>
        <translation>A cópia tem problemas ({checked} verificados): {shown}{more}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
</context>
<context>
    <name>backup_worker</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect ({detail}). The details are in the log.</source>
        <extracomment>a task: gets the task's Control, returns its result (on the worker thread) opens the backup set (on the worker thread)</extracomment>
        <translation>Ocorreu algo que o IAM Desktop não esperava ({detail}). Os detalhes estão no registo.</translation>
    </message>
</context>
<context>
    <name>billing_history_table</name>
    <message>
        <source>Period</source>
        <extracomment>the table shows at most this many rows before it scrolls the invoice's address</extracomment>
        <translation>Período</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Histórico de faturação</translation>
    </message>
    <message>
        <source>View invoice</source>
        <translation>Ver fatura</translation>
    </message>
    <message>
        <source>View the invoice for {period}</source>
        <translation>Ver a fatura de {period}</translation>
    </message>
    <message>
        <source>Open the invoice in your browser</source>
        <translation>Abrir a fatura no navegador</translation>
    </message>
</context>
<context>
    <name>cloud_page</name>
    <message>
        <source>{model} — about ${price} per minute</source>
        <translation>{model} — cerca de ${price} por minuto</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Chave da API da OpenAI</translation>
    </message>
    <message>
        <source>Prices are estimates from OpenAI's price list; they may change.</source>
        <translation>Os preços são estimativas segundo a tabela de preços da OpenAI; podem mudar.</translation>
    </message>
    <message>
        <source>empty: OpenAI (https://api.openai.com/v1)</source>
        <translation>vazio: OpenAI (https://api.openai.com/v1)</translation>
    </message>
    <message>
        <source>An OpenAI-compatible address; leave it empty to use OpenAI</source>
        <translation>Um endereço compatível com a OpenAI; deixe vazio para usar a OpenAI</translation>
    </message>
    <message>
        <source>Another address was set where the app was started; it is used.</source>
        <translation>Foi definido outro endereço ao iniciar a aplicação; é esse que é usado.</translation>
    </message>
    <message>
        <source>When the cloud cannot be reached, transcribe on this computer instead</source>
        <translation>Se não for possível aceder à nuvem, transcrever neste computador</translation>
    </message>
    <message>
        <source>OpenAI model</source>
        <translation>Modelo da OpenAI</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Service address:</source>
        <translation>Endereço do serviço:</translation>
    </message>
    <message>
        <source>The service address must start with http:// or https://.</source>
        <translation>O endereço do serviço tem de começar por http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>crash_notice</name>
    <message>
        <source>IAM Desktop closed unexpectedly</source>
        <translation>O IAM Desktop fechou inesperadamente</translation>
    </message>
    <message>
        <source>It stopped because of an internal error; the details below say where.</source>
        <translation>Parou devido a um erro interno; os detalhes abaixo indicam onde.</translation>
    </message>
    <message>
        <source>It was stopped from outside (killed, logged out, or the computer lost power).</source>
        <translation>Foi parado externamente (terminado à força, sessão terminada ou o computador ficou sem energia).</translation>
    </message>
    <message>
        <source>IAM Desktop closed unexpectedly the last time it ran. {cause}

Recordings in progress are recovered into the library and waiting transcriptions resume.</source>
        <translation>O IAM Desktop fechou inesperadamente da última vez que foi executado. {cause}

As gravações em curso são recuperadas para a biblioteca e as transcrições em espera são retomadas.</translation>
    </message>
</context>
<context>
    <name>damage_notice</name>
    <message>
        <source>The library file is damaged</source>
        <translation>O ficheiro da biblioteca está danificado</translation>
    </message>
    <message>
        <source>IAM Desktop has stopped saving anything into it, so nothing more can be lost, and you can still read what it shows.

“Recover now” closes the app, copies everything that can be read into a new library file (the damaged one is kept beside it) and starts the app again.</source>
        <translation>O IAM Desktop deixou de guardar o que quer que seja nele, para que nada mais se perca, e ainda pode ler o que mostra.

“Recuperar agora” fecha a aplicação, copia tudo o que puder ser lido para um novo ficheiro de biblioteca (o danificado é mantido ao lado) e volta a iniciar a aplicação.</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Recuperar agora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <source>Recovering the library…</source>
        <translation>A recuperar a biblioteca…</translation>
    </message>
    <message>
        <source>The library could not be recovered.

{reason}</source>
        <translation>Não foi possível recuperar a biblioteca.

{reason}</translation>
    </message>
    <message>
        <source>The library was recovered: {recordings} and {transcripts} were saved.

The damaged file is kept as {path}.</source>
        <translation>A biblioteca foi recuperada: foram guardadas {recordings} e {transcripts}.

O ficheiro danificado é mantido como {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n gravação</numerusform><numerusform>%n gravações</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n transcrição</numerusform><numerusform>%n transcrições</numerusform></translation>
    </message>
</context>
<context>
    <name>drop_overlay</name>
    <message>
        <source>Drop to transcribe</source>
        <translation>Largue para transcrever</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>IAM Desktop — something went wrong</source>
        <translation>IAM Desktop — algo correu mal</translation>
    </message>
    <message>
        <source>The log file has more: {path}</source>
        <translation>O ficheiro de registo tem mais informação: {path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Não foi possível escrever nenhum ficheiro de registo.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir pasta de registos</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Something went wrong that IAM Desktop did not expect. Your recordings and transcripts are safe; the app carries on.

{summary}</source>
        <translation>Algo correu mal que o IAM Desktop não esperava. As suas gravações e transcrições estão seguras; a aplicação continua a funcionar.

{summary}</translation>
    </message>
</context>
<context>
    <name>export_actions</name>
    <message>
        <source>There is no transcript yet.</source>
        <translation>Ainda não há transcrição.</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transcrição copiada.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado para {path}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Plain text</source>
        <extracomment>what each export format is called in the dialogs (English; translated where shown)</extracomment>
        <translation>Texto simples</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>Legendas SubRip</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>Legendas WebVTT</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento do Word</translation>
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
        <translation>Começar cada parágrafo com o seu tempo</translation>
    </message>
    <message>
        <source>Speaker names</source>
        <translation>Nomes dos oradores</translation>
    </message>
    <message numerus="yes">
        <source>%n summaries before the transcript</source>
        <translation><numerusform>%n resumo antes da transcrição</numerusform><numerusform>%n resumos antes da transcrição</numerusform></translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Pré-visualização da exportação</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copiar transcrição</translation>
    </message>
    <message>
        <source>Copy the text, with the chosen timestamps and speakers</source>
        <translation>Copiar o texto, com as marcas de tempo e os oradores escolhidos</translation>
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
        <translation>As legendas têm sempre os seus tempos</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <translation>Transcrição copiada.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Exportar transcrição</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>A exportar…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado para {path}</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Não exportado: {reason}</translation>
    </message>
</context>
<context>
    <name>find_replace</name>
    <message>
        <source>Find in this transcript</source>
        <extracomment>a match: (segment row, character offset in its text)</extracomment>
        <translation>Localizar nesta transcrição</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous one, Escape closes.</source>
        <translation>Enter localiza a correspondência seguinte, Shift+Enter a anterior, Esc fecha.</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Substituir por</translation>
    </message>
    <message>
        <source>Enter replaces the current match and goes to the next one.</source>
        <translation>Enter substitui a correspondência atual e passa à seguinte.</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Correspondência anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Correspondência seguinte (Enter)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Fechar Localizar e substituir</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
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
        <translation>Detetar automaticamente</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The language of the window's menus, buttons and messages</source>
        <translation>O idioma dos menus, botões e mensagens da janela</translation>
    </message>
    <message>
        <source>The window's language changes the next time IAM Desktop starts.</source>
        <translation>O idioma da janela muda da próxima vez que o IAM Desktop for iniciado.</translation>
    </message>
    <message>
        <source>Transcribe each recording as soon as it stops</source>
        <translation>Transcrever cada gravação assim que parar</translation>
    </message>
    <message>
        <source>In the transcript of a call, your words (the microphone) are labelled with this name, the other side's (the computer's audio) “Others”.</source>
        <translation>Na transcrição de uma chamada, as suas palavras (o microfone) levam este nome e as do outro lado (o áudio do computador), «Outros».</translation>
    </message>
    <message>
        <source>The language usually spoken in your recordings</source>
        <translation>O idioma normalmente falado nas suas gravações</translation>
    </message>
    <message>
        <source>Naming the language makes transcription faster and more accurate.</source>
        <translation>Indicar o idioma torna a transcrição mais rápida e precisa.</translation>
    </message>
    <message>
        <source>Identify who speaks when</source>
        <translation>Identificar quem fala em cada momento</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>Detetar automaticamente</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n orador</numerusform><numerusform>%n oradores</numerusform></translation>
    </message>
    <message>
        <source>Done on this computer after transcribing: each voice becomes Speaker 1, Speaker 2… (rename them in the transcript). A recording with one voice gets no labels.</source>
        <translation>Feito neste computador depois de transcrever: cada voz passa a ser Speaker 1, Speaker 2… (mude-lhes o nome na transcrição). Uma gravação com uma só voz não recebe etiquetas.</translation>
    </message>
    <message>
        <source>Send a crash report when the app fails</source>
        <translation>Enviar um relatório de falha quando a aplicação falhar</translation>
    </message>
    <message>
        <source>Reports never contain transcripts, titles, file paths or keys. They go only to the server named here (a Sentry-compatible address your organisation gives you).</source>
        <translation>Os relatórios nunca contêm transcrições, títulos, caminhos de ficheiros nem chaves. São enviados apenas para o servidor aqui indicado (um endereço compatível com o Sentry fornecido pela sua organização).</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Gravação:</translation>
    </message>
    <message>
        <source>Record from:</source>
        <translation>Gravar a partir de:</translation>
    </message>
    <message>
        <source>Your name in calls:</source>
        <translation>O seu nome nas chamadas:</translation>
    </message>
    <message>
        <source>Language spoken:</source>
        <translation>Idioma falado:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Oradores:</translation>
    </message>
    <message>
        <source>Number of speakers:</source>
        <translation>Número de oradores:</translation>
    </message>
    <message>
        <source>Crash reports:</source>
        <translation>Relatórios de falhas:</translation>
    </message>
    <message>
        <source>Report server:</source>
        <translation>Servidor de relatórios:</translation>
    </message>
</context>
<context>
    <name>import_flow</name>
    <message>
        <source>Audio and video ({patterns});;All files (*)</source>
        <extracomment>the job options of the window's options bar (engine, model, language, task…) (seconds of audio, estimated cost, why the plan refuses them or None) path, reason (nothing) (nothing) the plan does not cover cloud work the user asked for, and they chose to upgrade</extracomment>
        <translation>Áudio e vídeo ({patterns});;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Add audio or video files</source>
        <translation>Adicionar ficheiros de áudio ou vídeo</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not added: {reason} (and %n more).</source>
        <translation><numerusform>{name} não foi adicionado: {reason} (e mais %n).</numerusform><numerusform>{name} não foi adicionado: {reason} (e mais %n).</numerusform></translation>
    </message>
    <message>
        <source>{name} was not added: {reason}.</source>
        <translation>{name} não foi adicionado: {reason}.</translation>
    </message>
    <message>
        <source>No audio or video files found in what was dropped.</source>
        <translation>Não foram encontrados ficheiros de áudio ou vídeo no que foi largado.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>%n ficheiro</numerusform><numerusform>%n ficheiros</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: add your OpenAI key in Settings → Cloud first.</source>
        <translation>Nada foi enviado: adicione primeiro a sua chave da OpenAI em Definições → Nuvem.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n files for transcription.</source>
        <translation><numerusform>%n ficheiro em fila para transcrição.</numerusform><numerusform>%n ficheiros em fila para transcrição.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n gravação</numerusform><numerusform>%n gravações</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n recordings to be transcribed again.</source>
        <translation><numerusform>%n gravação em fila para ser transcrita de novo.</numerusform><numerusform>%n gravações em fila para serem transcritas de novo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Identifying the speakers of %n recordings…</source>
        <translation><numerusform>A identificar os oradores de %n gravação…</numerusform><numerusform>A identificar os oradores de %n gravações…</numerusform></translation>
    </message>
    <message>
        <source>Nothing was sent: choose a plan in Settings → Subscription.</source>
        <translation>Nada foi enviado: escolha um plano em Definições → Subscrição.</translation>
    </message>
    <message>
        <source>Nothing was sent to OpenAI.</source>
        <translation>Nada foi enviado para a OpenAI.</translation>
    </message>
    <message>
        <source>{what}, {duration} of audio, will be sent to OpenAI ({model}).</source>
        <translation>{what}, {duration} de áudio, serão enviados para a OpenAI ({model}).</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}.</source>
        <translation>Custo estimado: {cost}.</translation>
    </message>
    <message>
        <source>Send to OpenAI?</source>
        <translation>Enviar para a OpenAI?</translation>
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
        <translation><numerusform>%n tarefa em espera</numerusform><numerusform>%n tarefas em espera</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n jobs · {stage}</source>
        <translation><numerusform>%n tarefa · {stage}</numerusform><numerusform>%n tarefas · {stage}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n falhou</numerusform><numerusform>%n falharam</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Show the jobs</source>
        <translation>Mostrar as tarefas</translation>
    </message>
</context>
<context>
    <name>jobs_panel</name>
    <message>
        <source>Waiting…</source>
        <extracomment>a job state -&gt; its word (English; shown translated with `status_word`)</extracomment>
        <translation>Em espera…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>A iniciar…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <extracomment>the core's stage words (iam_desktop.library.records.STAGE_WORDS), listed for translation</extracomment>
        <translation>A ler o ficheiro…</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>A carregar o modelo…</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>A detetar o idioma…</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>A transcrever…</translation>
    </message>
    <message>
        <source>Identifying speakers…</source>
        <translation>A identificar oradores…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Transcribing {done} of {total}</source>
        <translation>A transcrever {done} de {total}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Falhou: {error}</translation>
    </message>
    <message>
        <source>Done — {note}</source>
        <translation>Concluído — {note}</translation>
    </message>
    <message>
        <source> · almost done</source>
        <translation> · quase concluído</translation>
    </message>
    <message>
        <source> · {time} left</source>
        <translation> · faltam {time}</translation>
    </message>
    <message>
        <source>automatic model</source>
        <translation>modelo automático</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>job ID job ID job ID</extracomment>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <extracomment>the row's key</extracomment>
        <translation>Não adicionado: {reason}</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <extracomment>job ID job ID job ID (nothing)</extracomment>
        <translation>Limpar as concluídas</translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation><numerusform>%n por fazer</numerusform><numerusform>%n por fazer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n falhou</numerusform><numerusform>%n falharam</numerusform></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tarefas</translation>
    </message>
</context>
<context>
    <name>level_meter</name>
    <message>
        <source>below {level} dBFS</source>
        <extracomment>above this the bar turns yellow, above RED_DBFS red how long the held peak stays before it falls (seconds), and how fast it falls then (dB per second) the CLIP box: pure, saturated red with white text, unlike anything else the meter draws a screen reader hears "the input is clipping" at most this often (seconds) what TrackMeters shows: the microphone's meter, the computer audio's, or both (a call) a call's two meters are this tall each (pixels), so that both fit the height of the bar's row Qt's QWIDGETSIZE_MAX: no maximum</extracomment>
        <translation>abaixo de {level} dBFS</translation>
    </message>
    <message>
        <source>{level} dBFS</source>
        <translation>{level} dBFS</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Nível de entrada</translation>
    </message>
    <message>
        <source>How loud the input is, from −60 to 0 dBFS; CLIP lights red when it is too loud. The tooltip gives the level in numbers.</source>
        <translation>O volume da entrada, de −60 a 0 dBFS; CLIP acende a vermelho quando está demasiado alto. A dica indica o nível em números.</translation>
    </message>
    <message>
        <source>The input is clipping: lower the input volume</source>
        <translation>A entrada está a saturar: baixe o volume de entrada</translation>
    </message>
    <message>
        <source>Level {rms} (silence); clipping: lower the input volume</source>
        <translation>Nível {rms} (silêncio); saturação: baixe o volume de entrada</translation>
    </message>
    <message>
        <source>Level {rms} (silence)</source>
        <translation>Nível {rms} (silêncio)</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak}); clipping: lower the input volume</source>
        <translation>Nível {rms} (pico {peak}); saturação: baixe o volume de entrada</translation>
    </message>
    <message>
        <source>Level {rms} (peak {peak})</source>
        <translation>Nível {rms} (pico {peak})</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Áudio do computador</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
    </message>
    <message>
        <source>Computer audio level</source>
        <translation>Nível do áudio do computador</translation>
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
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <source>Any length</source>
        <extracomment>length range label (English, also the combo's data; shown translated) -&gt; (min seconds, max seconds)</extracomment>
        <translation>Qualquer duração</translation>
    </message>
    <message>
        <source>Under 5 min</source>
        <translation>Menos de 5 min</translation>
    </message>
    <message>
        <source>5 to 30 min</source>
        <translation>5 a 30 min</translation>
    </message>
    <message>
        <source>Over 30 min</source>
        <translation>Mais de 30 min</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>sort key -&gt; (label (English; shown translated), column, descending)</extracomment>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Mais antigas primeiro</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Título A–Z</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Mais longas primeiro</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Mais curtas primeiro</translation>
    </message>
    <message>
        <source>All tags</source>
        <extracomment>the user changed a filter, the sort or the trash toggle</extracomment>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualquer idioma</translation>
    </message>
    <message>
        <source>Any engine</source>
        <translation>Qualquer motor</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Mostrar o lixo</translation>
    </message>
    <message>
        <source>Show only the recordings in the trash</source>
        <translation>Mostrar apenas as gravações no lixo</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Filters and sort order</source>
        <translation>Filtros e ordenação</translation>
    </message>
    <message>
        <source>Filter · {count}</source>
        <translation>Filtro · {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n filters on — click to change</source>
        <translation><numerusform>%n filtro ativo — clique para alterar</numerusform><numerusform>%n filtros ativos — clique para alterar</numerusform></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter and sort</source>
        <translation>Filtrar e ordenar</translation>
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
        <translation>Editado</translation>
    </message>
    <message>
        <source>In the trash since {when}</source>
        <translation>No lixo desde {when}</translation>
    </message>
</context>
<context>
    <name>library_panel</name>
    <message>
        <source>Loading library…</source>
        <extracomment>how long typing must pause before the search runs (milliseconds) how long a notice stays (milliseconds); one offering Undo stays as long as Undo is possible changes arriving within this time are read in one reload (a burst of edits, a bulk action; ms) what the count line says while the list's first rows are being read (the window shows before that; English, shown translated, like the texts below)</extracomment>
        <translation>A carregar a biblioteca…</translation>
    </message>
    <message>
        <source>No recordings match</source>
        <extracomment>what the list says when its filters match nothing (an empty library says nothing: the window shows its welcome card)</extracomment>
        <translation>Nenhuma gravação corresponde</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>O lixo está vazio</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar esta mensagem</translation>
    </message>
    <message>
        <source>Search the library</source>
        <extracomment>recording ID, position in seconds (0.0 for a plain item) list of recording IDs (the window queues them with its transcription options) list of recording IDs, the number of speakers (0: find it) whether the library is empty</extracomment>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search transcripts, titles and notes</source>
        <translation>Pesquisar transcrições, títulos e notas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message numerus="yes">
        <source>Recordings in the trash are deleted for good after %n days.</source>
        <translation><numerusform>As gravações no lixo são eliminadas definitivamente após %n dia.</numerusform><numerusform>As gravações no lixo são eliminadas definitivamente após %n dias.</numerusform></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation>Nada encontrado para «{query}»</translation>
    </message>
    <message numerus="yes">
        <source>%n or more hits for “{query}”</source>
        <translation><numerusform>%n ou mais resultados para «{query}»</numerusform><numerusform>%n ou mais resultados para «{query}»</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hits for “{query}”</source>
        <translation><numerusform>%n resultado para «{query}»</numerusform><numerusform>%n resultados para «{query}»</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation><numerusform>%n no lixo</numerusform><numerusform>%n no lixo</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n gravação</numerusform><numerusform>%n gravações</numerusform></translation>
    </message>
    <message>
        <source>The filters apply to the list, not to search results</source>
        <translation>Os filtros aplicam-se à lista, não aos resultados da pesquisa</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings found</source>
        <translation><numerusform>%n gravação encontrada</numerusform><numerusform>%n gravações encontradas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n recordings to the trash.</source>
        <translation><numerusform>%n gravação movida para o lixo.</numerusform><numerusform>%n gravações movidas para o lixo.</numerusform></translation>
    </message>
</context>
<context>
    <name>library_rows</name>
    <message>
        <source>Waiting…</source>
        <extracomment>the separator of the grey line's parts a job state -&gt; what the row says (English; shown translated; RUNNING has its own text, with the progress)</extracomment>
        <translation>Em espera…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not transcribed</source>
        <translation>Não transcrito</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Hoje {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Ontem {time}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>A transcrever…</translation>
    </message>
    <message>
        <source>Transcribing {percent} %</source>
        <translation>A transcrever {percent} %</translation>
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
        <translation>Ativar licença</translation>
    </message>
    <message>
        <source>Paste the licence you received after paying — the long text from the confirmation page or e-mail, or a link that starts with iam-desktop://activate. It is checked on this computer and kept in the system keyring.</source>
        <translation>Cole a licença que recebeu após o pagamento — o texto longo da página de confirmação ou do e-mail, ou uma ligação que comece por iam-desktop://activate. É verificada neste computador e guardada no porta-chaves do sistema.</translation>
    </message>
    <message>
        <source>Licence or activation link</source>
        <translation>Licença ou ligação de ativação</translation>
    </message>
    <message>
        <source>eyJhbGciOiJFZERTQSIs…  or  iam-desktop://activate?licence=…</source>
        <translation>eyJhbGciOiJFZERTQSIs…  ou  iam-desktop://activate?licence=…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Check the pasted licence and keep it</source>
        <translation>Verificar a licença colada e guardá-la</translation>
    </message>
    <message>
        <source>Checking the licence…</source>
        <translation>A verificar a licença…</translation>
    </message>
    <message>
        <source>The licence was not activated: {reason}</source>
        <translation>A licença não foi ativada: {reason}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Transcript</source>
        <extracomment>Settings now in use (the app hands them to the engines)</extracomment>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Transcript or summary</source>
        <translation>Transcrição ou resumo</translation>
    </message>
    <message>
        <source>IAM Desktop {version} — offline model ready to use</source>
        <translation>IAM Desktop {version} — modelo offline pronto a usar</translation>
    </message>
    <message>
        <source>Recording {number}</source>
        <translation>Gravação {number}</translation>
    </message>
    <message>
        <source>Not transcribed yet — its progress shows in the list and in the status bar.</source>
        <translation>Ainda não transcrito — o progresso aparece na lista e na barra de estado.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Definições guardadas.</translation>
    </message>
</context>
<context>
    <name>models_page</name>
    <message>
        <source>Name</source>
        <extracomment>the table's columns (English: shown through `translate`)</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Incluído</translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation><numerusform>%n idioma</numerusform><numerusform>%n idiomas</numerusform></translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Só inglês</translation>
    </message>
    <message>
        <source>Installed models</source>
        <extracomment>list[ModelSpec]</extracomment>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>Your model folders</source>
        <translation>As suas pastas de modelos</translation>
    </message>
    <message>
        <source>Folders with CTranslate2 Whisper models, as faster-whisper uses</source>
        <translation>Pastas com modelos Whisper CTranslate2, como os que o faster-whisper usa</translation>
    </message>
    <message>
        <source>Add model folder…</source>
        <translation>Adicionar pasta de modelos…</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Remover pasta</translation>
    </message>
    <message>
        <source>Forgets the selected folder; its files stay where they are</source>
        <translation>Esquece a pasta selecionada; os ficheiros ficam onde estão</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>Modelos instalados:</translation>
    </message>
    <message>
        <source>Your model folders (CTranslate2 Whisper models, as faster-whisper uses):</source>
        <translation>As suas pastas de modelos (modelos Whisper CTranslate2, como os que o faster-whisper usa):</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>A procurar modelos…</translation>
    </message>
    <message>
        <source>Choose a folder with a Whisper model</source>
        <translation>Escolha uma pasta com um modelo Whisper</translation>
    </message>
    <message>
        <source>That folder is already listed.</source>
        <translation>Essa pasta já está na lista.</translation>
    </message>
    <message>
        <source>Looking for models in that folder…</source>
        <translation>A procurar modelos nessa pasta…</translation>
    </message>
    <message>
        <source>No Whisper model found in that folder ({folder}).</source>
        <translation>Não foi encontrado nenhum modelo Whisper nessa pasta ({folder}).</translation>
    </message>
    <message>
        <source>The model in that folder is named like one already installed ({names}); rename its folder to use it.</source>
        <translation>O modelo nessa pasta tem o mesmo nome de um já instalado ({names}); mude o nome da pasta para o usar.</translation>
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
        <translation>Notas sobre esta gravação…</translation>
    </message>
    <message>
        <source>Open a recording to see its notes.</source>
        <translation>Abra uma gravação para ver as suas notas.</translation>
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
        <translation>A editar…</translation>
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
        <translation>Mudado o nome</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Something went wrong that IAM Desktop did not expect: {message}

Your recordings and transcripts are safe. The details are in the log.</source>
        <extracomment>how long the status bar shows a failure (ms)</extracomment>
        <translation>Aconteceu algo que o IAM Desktop não esperava: {message}

As suas gravações e transcrições estão seguras. Os pormenores estão no registo.</translation>
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
        <translation>A adicionar</translation>
    </message>
    <message>
        <source>Files being added</source>
        <translation>Ficheiros a ser adicionados</translation>
    </message>
</context>
<context>
    <name>plan_card</name>
    <message>
        <source>Your plan</source>
        <translation>O seu plano</translation>
    </message>
    <message>
        <source>/ month</source>
        <translation>/ mês</translation>
    </message>
    <message>
        <source>{price} a month</source>
        <translation>{price} por mês</translation>
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
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Everything offline, for as long as you like.</source>
        <translation>Tudo offline, durante o tempo que quiser.</translation>
    </message>
    <message>
        <source>For people who transcribe every week.</source>
        <translation>Para quem transcreve todas as semanas.</translation>
    </message>
    <message>
        <source>For teams and heavy cloud use.</source>
        <translation>Para equipas e uso intensivo da nuvem.</translation>
    </message>
    <message>
        <source>Record and transcribe on this computer</source>
        <translation>Gravar e transcrever neste computador</translation>
    </message>
    <message>
        <source>Library, search and export</source>
        <translation>Biblioteca, pesquisa e exportação</translation>
    </message>
    <message>
        <source>Manual backups</source>
        <translation>Cópias de segurança manuais</translation>
    </message>
    <message>
        <source>30 cloud minutes a month</source>
        <translation>30 minutos na nuvem por mês</translation>
    </message>
    <message>
        <source>Everything in Free</source>
        <translation>Tudo o que inclui o Gratuito</translation>
    </message>
    <message>
        <source>600 cloud minutes a month</source>
        <translation>600 minutos na nuvem por mês</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Cópias de segurança automáticas</translation>
    </message>
    <message>
        <source>Everything in Pro</source>
        <translation>Tudo o que inclui o Pro</translation>
    </message>
    <message>
        <source>3,000 cloud minutes a month</source>
        <translation>3000 minutos na nuvem por mês</translation>
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
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play / pause (Space in the table, Ctrl+Space)</source>
        <translation>Reproduzir / pausa (Espaço na tabela, Ctrl+Espaço)</translation>
    </message>
    <message>
        <source>−{seconds} s</source>
        <translation>−{seconds} s</translation>
    </message>
    <message>
        <source>Back {seconds} seconds (Ctrl+Left)</source>
        <translation>Recuar {seconds} segundos (Ctrl+Esquerda)</translation>
    </message>
    <message>
        <source>Back {seconds} seconds</source>
        <translation>Recuar {seconds} segundos</translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds (Ctrl+Right)</source>
        <translation>Avançar {seconds} segundos (Ctrl+Direita)</translation>
    </message>
    <message>
        <source>Forward {seconds} seconds</source>
        <translation>Avançar {seconds} segundos</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Posição de reprodução</translation>
    </message>
    <message>
        <source>The arrow keys move one second, Page Up and Page Down {seconds} seconds.</source>
        <translation>As setas movem um segundo, Page Up e Page Down {seconds} segundos.</translation>
    </message>
    <message>
        <source>Playback speed (the pitch stays the same)</source>
        <translation>Velocidade de reprodução (o tom mantém-se)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidade de reprodução</translation>
    </message>
    <message>
        <source>The pitch stays the same.</source>
        <translation>O tom mantém-se.</translation>
    </message>
    <message>
        <source>Playback is not available.</source>
        <translation>A reprodução não está disponível.</translation>
    </message>
    <message>
        <source>Cannot play this recording: {reason}</source>
        <translation>Não é possível reproduzir esta gravação: {reason}</translation>
    </message>
    <message>
        <source>Cannot play sound: {reason}</source>
        <translation>Não é possível reproduzir o som: {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>A reproduzir</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>Fim da gravação</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Playback stopped: {reason}</source>
        <translation>A reprodução parou: {reason}</translation>
    </message>
</context>
<context>
    <name>record_panel</name>
    <message>
        <source>Record</source>
        <extracomment>the live view's frame interval (ms): 30 frames a second or more the record button's texts and tooltip (English; shown translated, context "record_panel")</extracomment>
        <translation>Gravar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Start recording (Ctrl+R); press again to stop and save</source>
        <translation>Começar a gravar (Ctrl+R); prima novamente para parar e guardar</translation>
    </message>
    <message>
        <source>Recording needs a microphone: connect one, or allow this app to use it in the system settings</source>
        <extracomment>why Record is disabled without an input (English: show `translate("record_panel", NO_INPUT_TIP)`)</extracomment>
        <translation>Para gravar é preciso um microfone: ligue um ou permita que esta aplicação o use nas definições do sistema</translation>
    </message>
    <message>
        <source>Recording started</source>
        <extracomment>what a screen reader hears when the recording's state changes (old state, new state) → words</extracomment>
        <translation>Gravação iniciada</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Gravação em pausa</translation>
    </message>
    <message>
        <source>Recording resumed</source>
        <translation>Gravação retomada</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Gravação parada</translation>
    </message>
    <message>
        <source>The microphone or other input to record from</source>
        <extracomment>str: the input's name str: what to record (a source of iam_desktop.recording.session) str: elapsed time as shown, "" when not recording bool: whether there is an input to record from (False: Record is disabled, NO_INPUT_TIP says why) bool: the user switched "transcribe when stopped" on or off (the window remembers it)</extracomment>
        <translation>O microfone ou outra entrada a partir da qual gravar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume the recording (Ctrl+Shift+R)</source>
        <translation>Pausar ou retomar a gravação (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Time recorded (pauses not counted)</source>
        <translation>Tempo gravado (sem contar as pausas)</translation>
    </message>
    <message>
        <source>Size of the recording on disk so far</source>
        <translation>Tamanho da gravação no disco até agora</translation>
    </message>
    <message>
        <source>Transcribe when stopped</source>
        <translation>Transcrever ao parar</translation>
    </message>
    <message>
        <source>Queue the full transcription as soon as a recording is saved</source>
        <translation>Colocar a transcrição completa em fila assim que uma gravação for guardada</translation>
    </message>
    <message>
        <source>The transcript appears here as you speak.</source>
        <translation>A transcrição aparece aqui enquanto fala.</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Transcrição em direto</translation>
    </message>
    <message>
        <source>What is being said, transcribed roughly while you record</source>
        <translation>O que está a ser dito, transcrito de forma aproximada enquanto grava</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <translation>Aviso da gravação</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>“{name}” is not connected; the default input is used</source>
        <translation>«{name}» não está ligado; é usada a entrada predefinida</translation>
    </message>
    <message>
        <source>Above the line the microphone, below it the computer's audio</source>
        <translation>Acima da linha o microfone, abaixo o som do computador</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overflows: audio was lost</source>
        <translation><numerusform>⚠ %n transbordo: perdeu-se áudio</numerusform><numerusform>⚠ %n transbordos: perdeu-se áudio</numerusform></translation>
    </message>
    <message>
        <source>The computer was too busy to take all the audio in time</source>
        <translation>O computador estava demasiado ocupado para receber todo o áudio a tempo</translation>
    </message>
    <message>
        <source>[live transcript stopped: {reason}]</source>
        <translation>[transcrição em direto parada: {reason}]</translation>
    </message>
</context>
<context>
    <name>recording_actions</name>
    <message>
        <source>Rename</source>
        <extracomment>how long "Undo" stays offered after moving recordings to the trash (milliseconds) message text list of recording IDs moved to the trash list of recording IDs list of recording IDs, the number of speakers (0: find it) recording ID (only with notes_in_panel) how long Undo stays offered after a move to the trash (milliseconds) the tag names the library has (offered while typing tags; kept up to date by the panel) starts editing the current title in place; False where it cannot (then a dialog asks) Notes… asks for the notes side panel (`notes_requested`) instead of a dialog</extracomment>
        <translation>Mudar o nome</translation>
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
        <translation>Exportar seleção…</translation>
    </message>
    <message>
        <source>Transcribe again</source>
        <translation>Transcrever novamente</translation>
    </message>
    <message>
        <source>Identify speakers</source>
        <translation>Identificar oradores</translation>
    </message>
    <message>
        <source>Label who speaks when, without transcribing again</source>
        <translation>Indicar quem fala em cada momento, sem transcrever de novo</translation>
    </message>
    <message>
        <source>Find how many</source>
        <translation>Detetar quantos são</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n orador</numerusform><numerusform>%n oradores</numerusform></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover para o lixo</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Esvaziar o lixo…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Bring back the recordings just moved to the trash</source>
        <translation>Recuperar as gravações acabadas de mover para o lixo</translation>
    </message>
    <message>
        <source>Rename recording</source>
        <translation>Mudar o nome da gravação</translation>
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
        <translation>Etiquetas, separadas por vírgulas:</translation>
    </message>
    <message numerus="yes">
        <source>Tags all %n recordings carry, separated by commas
(names added here go on every one; names taken out come off every one):</source>
        <translation><numerusform>Etiquetas comuns às %n gravações, separadas por vírgulas
(os nomes adicionados aqui vão para todas; os nomes retirados saem de todas):</numerusform><numerusform>Etiquetas comuns às %n gravações, separadas por vírgulas
(os nomes adicionados aqui vão para todas; os nomes retirados saem de todas):</numerusform></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>Export %n transcripts as:</source>
        <translation><numerusform>Exportar %n transcrição como:</numerusform><numerusform>Exportar %n transcrições como:</numerusform></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportar para a pasta</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Esvaziar o lixo</translation>
    </message>
    <message>
        <source>Delete every recording in the trash for good, with its transcript and audio?
This cannot be undone.</source>
        <translation>Eliminar definitivamente todas as gravações no lixo, com a transcrição e o áudio?
Esta ação não pode ser anulada.</translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation>Nome mudado para «{title}».</translation>
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
        <translation><numerusform>%n transcrição exportada para {folder}.</numerusform><numerusform>%n transcrições exportadas para {folder}.</numerusform></translation>
    </message>
    <message>
        <source>Not exported: {problems}</source>
        <translation>Não exportado: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n recordings.</source>
        <translation><numerusform>%n gravação restaurada.</numerusform><numerusform>%n gravações restauradas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n recordings for good.</source>
        <translation><numerusform>%n gravação eliminada definitivamente.</numerusform><numerusform>%n gravações eliminadas definitivamente.</numerusform></translation>
    </message>
</context>
<context>
    <name>recording_controller</name>
    <message>
        <source>The recording was saved, but its transcription could not be queued: {reason}</source>
        <extracomment>the controller's states builds the engine the live preview uses, for a language (None: detect) a session that started, and what the user should know about how (an input replaced, the computer's audio left out of a call) what a stop gives back: how the recorder ended, the saved capture (None: nothing recorded), and a problem queueing its transcription (None: queued, or not wanted) str: the new state PreviewState PreviewState (the computer's audio in a call) SavedCapture str: what went wrong str list[SavedCapture] list[InputDevice]</extracomment>
        <translation>A gravação foi guardada, mas não foi possível colocar a transcrição em fila: {reason}</translation>
    </message>
    <message>
        <source>Interrupted recordings could not be saved: {reason}</source>
        <translation>Não foi possível guardar as gravações interrompidas: {reason}</translation>
    </message>
    <message>
        <source>The input “{name}” is not connected; recording from “{device}” instead.</source>
        <translation>A entrada «{name}» não está ligada; a gravar a partir de «{device}» em vez disso.</translation>
    </message>
    <message>
        <source>Recording could not start: {reason}</source>
        <translation>Não foi possível iniciar a gravação: {reason}</translation>
    </message>
    <message>
        <source>The recording stopped.</source>
        <translation>A gravação parou.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Não foi gravado nada.</translation>
    </message>
    <message>
        <source>{reason}. Saved as “{title}” ({duration}).</source>
        <translation>{reason}. Guardada como «{title}» ({duration}).</translation>
    </message>
    <message>
        <source>The recording could not be saved: {reason}</source>
        <translation>Não foi possível guardar a gravação: {reason}</translation>
    </message>
    <message>
        <source>The computer's audio cannot be recorded ({reason}): recording the microphone alone.</source>
        <translation>Não é possível gravar o áudio do computador ({reason}): a gravar apenas o microfone.</translation>
    </message>
</context>
<context>
    <name>recording_page</name>
    <message>
        <source>No microphone found</source>
        <translation>Nenhum microfone encontrado</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinição do sistema</translation>
    </message>
    <message>
        <source>System default ({name})</source>
        <translation>Predefinição do sistema ({name})</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (não ligado)</translation>
    </message>
    <message>
        <source>Built-in Audio</source>
        <translation>Áudio integrado</translation>
    </message>
    <message>
        <source>Built-in Audio ({part})</source>
        <translation>Áudio integrado ({part})</translation>
    </message>
    <message>
        <source>{server} sound server</source>
        <translation>Servidor de som {server}</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Procurar novamente</translation>
    </message>
    <message>
        <source>List the inputs again, after plugging a microphone in</source>
        <translation>Listar novamente as entradas depois de ligar um microfone</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microfone:</translation>
    </message>
    <message>
        <source>Looking for microphones…</source>
        <translation>A procurar microfones…</translation>
    </message>
    <message>
        <source>No microphone found. Connect one, then choose Look again.</source>
        <translation>Nenhum microfone encontrado. Ligue um e escolha «Procurar novamente».</translation>
    </message>
    <message>
        <source>The microphones cannot be listed: the computer's audio system is not available.</source>
        <translation>Não é possível listar os microfones: o sistema de áudio do computador não está disponível.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>Backed up</source>
        <extracomment>the snapshot list's columns (English: shown through `translate`)</extracomment>
        <translation>Cópia de</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Gravações</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcrições</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <extracomment>Restored RestorePlan</extracomment>
        <translation>Restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>&lt;b&gt;The passphrase the backup was made with.&lt;/b&gt; The backup cannot be opened without it.</source>
        <translation>&lt;b&gt;A frase-passe com que a cópia foi feita.&lt;/b&gt; Sem ela, a cópia não pode ser aberta.</translation>
    </message>
    <message>
        <source>the storage's secret access key</source>
        <translation>a chave de acesso secreta do armazenamento</translation>
    </message>
    <message>
        <source>the backup's passphrase</source>
        <translation>a frase-passe da cópia</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with; it opens the backup</source>
        <translation>A frase-passe com que a cópia foi feita; abre a cópia</translation>
    </message>
    <message>
        <source>Enter where your backup is kept, the storage's keys and the backup's passphrase. They are kept on this computer once the library is restored.</source>
        <translation>Indique onde está a sua cópia, as chaves do armazenamento e a frase-passe da cópia. Ficam guardadas neste computador assim que a biblioteca for restaurada.</translation>
    </message>
    <message>
        <source>Show backups</source>
        <translation>Mostrar cópias</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>Choose the backup to restore; the newest is chosen first</source>
        <translation>Escolha a cópia a restaurar; a mais recente vem escolhida</translation>
    </message>
    <message>
        <source>Restoring brings back the library and every recording of the chosen backup. Each file is checked before anything on this computer changes. A library already here is kept beside the restored one, never deleted.</source>
        <translation>O restauro recupera a biblioteca e todas as gravações da cópia escolhida. Cada ficheiro é verificado antes de qualquer alteração neste computador. Uma biblioteca que já exista aqui é mantida ao lado da restaurada, nunca eliminada.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Back to where the backup is kept</source>
        <translation>Voltar ao local onde está a cópia</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restores the backup chosen in the list</source>
        <translation>Restaura a cópia escolhida na lista</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Cancelar restauro</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Restoring the backup of {date}.</source>
        <translation>A restaurar a cópia de {date}.</translation>
    </message>
    <message>
        <source>the saved storage</source>
        <translation>o armazenamento guardado</translation>
    </message>
    <message>
        <source>enter the storage's secret access key</source>
        <translation>introduza a chave de acesso secreta do armazenamento</translation>
    </message>
    <message>
        <source>enter the backup's passphrase</source>
        <translation>introduza a frase-passe da cópia</translation>
    </message>
    <message>
        <source>Backups in {where}:</source>
        <translation>Cópias em {where}:</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>A abrir a cópia…</translation>
    </message>
    <message>
        <source>{date} — cannot be read</source>
        <translation>{date} — não é possível ler</translation>
    </message>
    <message>
        <source>{date}  (newest)</source>
        <translation>{date}  (a mais recente)</translation>
    </message>
    <message numerus="yes">
        <source>%n backups found.</source>
        <translation><numerusform>%n cópia encontrada.</numerusform><numerusform>%n cópias encontradas.</numerusform></translation>
    </message>
    <message>
        <source>None of the backups can be read. Run Verify on the Backup page to see why.</source>
        <translation>Nenhuma das cópias pode ser lida. Use Verificar na página Cópia de segurança para ver porquê.</translation>
    </message>
    <message>
        <source>There is no backup here yet: check the bucket and the folder in it.</source>
        <translation>Ainda não há nenhuma cópia aqui: verifique o bucket e a pasta dentro dele.</translation>
    </message>
    <message>
        <source>Looking at the library on this computer…</source>
        <translation>A analisar a biblioteca deste computador…</translation>
    </message>
    <message>
        <source>The library on this computer cannot be read.</source>
        <translation>Não é possível ler a biblioteca deste computador.</translation>
    </message>
    <message numerus="yes">
        <source>The library on this computer holds %n recordings.</source>
        <translation><numerusform>A biblioteca deste computador tem %n gravação.</numerusform><numerusform>A biblioteca deste computador tem %n gravações.</numerusform></translation>
    </message>
    <message>
        <source>Replace the library?</source>
        <translation>Substituir a biblioteca?</translation>
    </message>
    <message>
        <source>Restoring replaces it with the backup of {date}. The current library file is kept beside the restored one (library.sqlite3.before-restore-…), so it can be brought back by hand; recordings added since that backup are not in the restored library.</source>
        <translation>O restauro substitui-a pela cópia de {date}. O ficheiro atual da biblioteca é mantido ao lado do restaurado (library.sqlite3.before-restore-…), para que possa ser recuperado manualmente; as gravações adicionadas desde essa cópia não estão na biblioteca restaurada.</translation>
    </message>
    <message>
        <source>Replace the library</source>
        <translation>Substituir a biblioteca</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nada foi restaurado.</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>A iniciar o restauro…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>Restored the backup of {date}: {recordings} and {transcripts}, every file checked.</source>
        <translation>A cópia de {date} foi restaurada: {recordings} e {transcripts}, todos os ficheiros verificados.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation><numerusform>%n gravação</numerusform><numerusform>%n gravações</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts</source>
        <translation><numerusform>%n transcrição</numerusform><numerusform>%n transcrições</numerusform></translation>
    </message>
    <message>
        <source>Backups are not set up on this computer yet: {problem} Set them up in Settings → Backup.</source>
        <translation>As cópias de segurança ainda não estão configuradas neste computador: {problem} Configure-as em Definições → Cópia de segurança.</translation>
    </message>
    <message>
        <source>The restore failed: {reason}</source>
        <translation>O restauro falhou: {reason}</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing on this computer was changed.</source>
        <translation>O restauro foi cancelado; nada foi alterado neste computador.</translation>
    </message>
</context>
<context>
    <name>search_hits</name>
    <message>
        <source>in the title</source>
        <extracomment>hits read at a time where a hit that is not in the transcript was found (English; shown translated)</extracomment>
        <translation>no título</translation>
    </message>
    <message>
        <source>in the notes</source>
        <translation>nas notas</translation>
    </message>
    <message>
        <source>in a summary</source>
        <translation>num resumo</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>em {time}</translation>
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
        <translation>Texto do segmento</translation>
    </message>
    <message>
        <source>Enter saves, Escape cancels, Ctrl+K splits the segment at the cursor.</source>
        <translation>Enter guarda, Esc cancela, Ctrl+K divide o segmento no cursor.</translation>
    </message>
</context>
<context>
    <name>segment_table</name>
    <message>
        <source>Transcript</source>
        <extracomment>the margin left of the times: room for the accent bar of the playing segment the speaker filter that shows the segments nobody is named for the speaker's bar at the margin's right edge: its width and its distance from the edge</extracomment>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>Enter or F2 edits a segment, Space plays or pauses, Ctrl+Enter plays from its start.</source>
        <translation>Enter ou F2 edita um segmento, Espaço reproduz ou pausa, Ctrl+Enter reproduz a partir do seu início.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>General</source>
        <extracomment>each page's name (English, shown translated) and its icon in the list (names of iam_desktop.ui.icons)</extracomment>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nuvem</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Gravação</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspeto</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cópia de segurança</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscrição</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulário</translation>
    </message>
    <message>
        <source>Watch folders</source>
        <translation>Pastas vigiadas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de definições</translation>
    </message>
</context>
<context>
    <name>shortcuts_dialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>source_picker</name>
    <message>
        <source>Microphone</source>
        <extracomment>each source's name and what it does (English; shown translated, context "source_picker"), and its glyph</extracomment>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Record the microphone: dictation, a talk, a meeting in a room</source>
        <translation>Gravar o microfone: ditado, palestra, reunião numa sala</translation>
    </message>
    <message>
        <source>Computer audio</source>
        <translation>Áudio do computador</translation>
    </message>
    <message>
        <source>Record what the computer plays (a video, a webinar), not the microphone</source>
        <translation>Gravar o que o computador reproduz (um vídeo, um webinar), não o microfone</translation>
    </message>
    <message>
        <source>Both (call)</source>
        <translation>Ambos (chamada)</translation>
    </message>
    <message>
        <source>Record a call: your microphone and the computer's audio, transcribed as you and the others</source>
        <translation>Gravar uma chamada: o seu microfone e o áudio do computador, transcritos como você e os outros</translation>
    </message>
    <message>
        <source>Record from</source>
        <translation>Gravar a partir de</translation>
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
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Each speaker's talk time and share. Choose a speaker (arrow keys) to show only their segments; the context menu renames a speaker or merges it into another.</source>
        <translation>Tempo de fala e percentagem de cada orador. Escolha um orador (teclas de seta) para mostrar só os seus segmentos; o menu de contexto muda o nome de um orador ou junta-o a outro.</translation>
    </message>
    <message>
        <source>Show every speaker's segments</source>
        <translation>Mostrar os segmentos de todos os oradores</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Todos os oradores</translation>
    </message>
    <message numerus="yes">
        <source>All speakers: %n speakers, {time} of talk</source>
        <translation><numerusform>Todos os oradores: %n orador, {time} de fala</numerusform><numerusform>Todos os oradores: %n oradores, {time} de fala</numerusform></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Sem orador</translation>
    </message>
    <message>
        <source>{time} · {percent}</source>
        <translation>{time} · {percent}</translation>
    </message>
    <message>
        <source>{speaker}: {time}, {percent} of the talk</source>
        <translation>{speaker}: {time}, {percent} do tempo de fala</translation>
    </message>
    <message>
        <source>Show only {speaker}'s segments (right-click to rename or merge)</source>
        <translation>Mostrar só os segmentos de {speaker} (clique com o botão direito para mudar o nome ou juntar)</translation>
    </message>
    <message>
        <source>Show only the segments nobody is named for</source>
        <translation>Mostrar só os segmentos sem orador</translation>
    </message>
    <message>
        <source>Rename {speaker}…</source>
        <translation>Mudar o nome de {speaker}…</translation>
    </message>
    <message>
        <source>Merge {speaker} into</source>
        <translation>Juntar {speaker} a</translation>
    </message>
</context>
<context>
    <name>storage_page</name>
    <message>
        <source>Adding up…</source>
        <translation>A calcular…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Mostrar a pasta de dados no gestor de ficheiros</translation>
    </message>
    <message>
        <source>The library holds your recordings' audio, their transcripts and notes: back it up with the rest of your files.</source>
        <translation>A biblioteca contém o áudio das suas gravações, as transcrições e as notas: faça uma cópia de segurança juntamente com os restantes ficheiros.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>The size could not be added up: {reason}</source>
        <translation>Não foi possível calcular o tamanho: {reason}</translation>
    </message>
    <message>
        <source>No program to show folders with was found.</source>
        <translation>Não foi encontrado nenhum programa para mostrar pastas.</translation>
    </message>
</context>
<context>
    <name>subscription_page</name>
    <message>
        <source>Active</source>
        <extracomment>the state pill of the current plan: its words and colour, by Entitlement.state</extracomment>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Offline grace</source>
        <translation>Período de tolerância offline</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <source>YOUR PLAN</source>
        <extracomment>the usage bar turns to the warning colour from this fraction of the allowance Entitlement</extracomment>
        <translation>O SEU PLANO</translation>
    </message>
    <message>
        <source>Reading your licence…</source>
        <translation>A ler a sua licença…</translation>
    </message>
    <message>
        <source>Manage subscription</source>
        <translation>Gerir subscrição</translation>
    </message>
    <message>
        <source>Open the payment provider's customer portal in your browser: cancel, change the card, see invoices</source>
        <translation>Abrir o portal de clientes do fornecedor de pagamentos no navegador: cancelar, mudar o cartão, ver faturas</translation>
    </message>
    <message>
        <source>Activate licence…</source>
        <translation>Ativar licença…</translation>
    </message>
    <message>
        <source>Paste a licence you received after paying</source>
        <translation>Colar uma licença recebida após o pagamento</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Fetch your licence from the billing service</source>
        <translation>Obter a sua licença do serviço de faturação</translation>
    </message>
    <message>
        <source>Read the stored licence and the minutes used again</source>
        <translation>Voltar a ler a licença guardada e os minutos usados</translation>
    </message>
    <message>
        <source>Cloud minutes used this month</source>
        <translation>Minutos na nuvem usados este mês</translation>
    </message>
    <message>
        <source>The address the payment provider sends your receipt and licence to; kept in the system keyring</source>
        <translation>O endereço para onde o fornecedor de pagamentos envia o recibo e a licença; guardado no porta-chaves do sistema</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Pagar com</translation>
    </message>
    <message>
        <source>The payment provider, and the currency of the prices below</source>
        <translation>O fornecedor de pagamentos e a moeda dos preços abaixo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No payments yet. Each period you pay for is listed here, with its invoice.</source>
        <translation>Ainda não há pagamentos. Cada período pago aparece aqui, com a respetiva fatura.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planos</translation>
    </message>
    <message>
        <source>Cloud minutes this month</source>
        <translation>Minutos na nuvem este mês</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Histórico de faturação</translation>
    </message>
    <message>
        <source>This period: {period}</source>
        <translation>Este período: {period}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} payment page…</source>
        <translation>A pedir a página de pagamento da {gateway}…</translation>
    </message>
    <message>
        <source>The {gateway} payment page for {plan} is open in your browser. {next_step}</source>
        <translation>A página de pagamento da {gateway} para {plan} está aberta no navegador. {next_step}</translation>
    </message>
    <message>
        <source>Asking for the {gateway} customer portal…</source>
        <translation>A pedir o portal de clientes da {gateway}…</translation>
    </message>
    <message>
        <source>The {gateway} customer portal is open in your browser.</source>
        <translation>O portal de clientes da {gateway} está aberto no navegador.</translation>
    </message>
    <message>
        <source>The invoice is open in your browser.</source>
        <translation>A fatura está aberta no navegador.</translation>
    </message>
    <message>
        <source>Asking the billing service for your licence…</source>
        <translation>A pedir a sua licença ao serviço de faturação…</translation>
    </message>
    <message>
        <source>Licence activated: you are on {plan}. Thank you!</source>
        <translation>Licença ativada: está no plano {plan}. Obrigado!</translation>
    </message>
    <message>
        <source>The address to open is not a valid web address, so it was not opened.</source>
        <translation>O endereço não é um endereço web válido, por isso não foi aberto.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Make sure a web browser is set as the default, then try again.</source>
        <translation>Não foi possível abrir o navegador. Confirme que há um navegador web predefinido e tente novamente.</translation>
    </message>
    <message>
        <source>When the payment is through, press Refresh.</source>
        <translation>Quando o pagamento estiver concluído, prima Atualizar.</translation>
    </message>
    <message>
        <source>When the payment is through, paste the licence you receive with Activate licence…</source>
        <translation>Quando o pagamento estiver concluído, cole a licença recebida com Ativar licença…</translation>
    </message>
</context>
<context>
    <name>subscription_texts</name>
    <message>
        <source>Stripe — card, USD</source>
        <extracomment>the gateway choice's labels, by gateway id, in the order offered (PayGate's and Stitch's are a brand and a currency code: the same in every language)</extracomment>
        <translation>Stripe — cartão, USD</translation>
    </message>
    <message>
        <source>The licence is up to date.</source>
        <extracomment>the symbol an amount is shown with, by currency code (others show their code) the billing core's refresh messages that are always the same words (shown translated)</extracomment>
        <translation>A licença está atualizada.</translation>
    </message>
    <message>
        <source>The billing service has no licence for this installation yet: once a payment goes through, refresh again.</source>
        <translation>O serviço de faturação ainda não tem licença para esta instalação: quando um pagamento estiver concluído, atualize novamente.</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Plano atual</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Subscrever</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Fazer upgrade</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Mudar de plano</translation>
    </message>
    <message>
        <source>You are on the {plan} plan</source>
        <translation>Está no plano {plan}</translation>
    </message>
    <message>
        <source>Opens {gateway}'s customer portal in your browser, where you can change or cancel your subscription</source>
        <translation>Abre o portal de clientes da {gateway} no navegador, onde pode alterar ou cancelar a sua subscrição</translation>
    </message>
    <message>
        <source>Opens {gateway}'s payment page for {plan} in your browser</source>
        <translation>Abre a página de pagamento da {gateway} para {plan} no navegador</translation>
    </message>
    <message>
        <source>Renews {day}</source>
        <translation>Renova-se a {day}</translation>
    </message>
    <message>
        <source>Offline grace until {day}: go online to refresh the licence, or renew</source>
        <translation>Tolerância offline até {day}: ligue-se à internet para atualizar a licença, ou renove</translation>
    </message>
    <message>
        <source>Your {plan} licence ended on {day}: renew to keep {plan}</source>
        <translation>A sua licença {plan} expirou a {day}: renove para manter o {plan}</translation>
    </message>
    <message>
        <source>Licence refreshed: {plan} until {day}.</source>
        <translation>Licença atualizada: {plan} até {day}.</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %n cloud minutes used this month</source>
        <translation><numerusform>{used} de %n minuto na nuvem usados este mês</numerusform><numerusform>{used} de %n minutos na nuvem usados este mês</numerusform></translation>
    </message>
    <message>
        <source>None left</source>
        <translation>Não resta nenhum</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left</source>
        <translation><numerusform>Resta %n minuto</numerusform><numerusform>Restam %n minutos</numerusform></translation>
    </message>
    <message>
        <source>{left} · the count starts again on {day}</source>
        <translation>{left} · a contagem recomeça a {day}</translation>
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
        <translation>Focar em… (opcional: aquilo a que o resumo deve dar atenção)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Gerar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop making this summary (Esc)</source>
        <translation>Parar a criação deste resumo (Esc)</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Adicionar chave…</translation>
    </message>
    <message>
        <source>Add an OpenAI key in Settings → Cloud</source>
        <translation>Adicionar uma chave OpenAI em Definições → Nuvem</translation>
    </message>
    <message>
        <source>Summaries of this recording</source>
        <translation>Resumos desta gravação</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Desatualizado</translation>
    </message>
    <message>
        <source>The transcript changed after this summary was made: generate it again</source>
        <translation>A transcrição mudou depois de este resumo ser criado: gere-o novamente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the summary as plain text</source>
        <translation>Copiar o resumo como texto simples</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the summary, or export it with the transcript</source>
        <translation>Guardar o resumo ou exportá-lo com a transcrição</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <source>Export with the transcript…</source>
        <translation>Exportar com a transcrição…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Correct the summary's text</source>
        <translation>Corrigir o texto do resumo</translation>
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
        <translation>Eliminar este resumo</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Capítulos</translation>
    </message>
    <message>
        <source>Enter shows the transcript at the chapter's start</source>
        <translation>Enter mostra a transcrição no início do capítulo</translation>
    </message>
    <message>
        <source>Summary text</source>
        <translation>Texto do resumo</translation>
    </message>
    <message>
        <source>Open a recording to summarise it.</source>
        <translation>Abra uma gravação para a resumir.</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Criar:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Motor:</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>Instrução:</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Resumos</translation>
    </message>
    <message>
        <source>Out of date: the transcript changed after this summary was made</source>
        <translation>Desatualizado: a transcrição mudou depois de este resumo ser criado</translation>
    </message>
    <message>
        <source>No summary yet: choose what to make and press Generate.</source>
        <translation>Ainda não há resumo: escolha o que criar e prima Gerar.</translation>
    </message>
    <message>
        <source>Not transcribed yet: a summary needs the transcript.</source>
        <translation>Ainda não transcrito: um resumo precisa da transcrição.</translation>
    </message>
    <message>
        <source>No OpenAI key: an offline summary (sentences from the transcript)</source>
        <translation>Sem chave OpenAI: um resumo offline (frases da transcrição)</translation>
    </message>
    <message>
        <source>Offline: sentences from the transcript, made on this computer</source>
        <translation>Offline: frases da transcrição, criado neste computador</translation>
    </message>
    <message>
        <source>Estimating the cost with {model}…</source>
        <translation>A estimar o custo com {model}…</translation>
    </message>
    <message>
        <source>The cost with {model} could not be estimated</source>
        <translation>Não foi possível estimar o custo com {model}</translation>
    </message>
    <message>
        <source>Making: {preset}…</source>
        <translation>A criar: {preset}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>OpenAI could not be reached: this is an offline summary.</source>
        <translation>Não foi possível contactar a OpenAI: este é um resumo offline.</translation>
    </message>
    <message>
        <source>{preset} ready</source>
        <translation>{preset} pronto</translation>
    </message>
    <message>
        <source>Cancelled: no summary was stored.</source>
        <translation>Cancelado: nenhum resumo foi guardado.</translation>
    </message>
    <message>
        <source>There is no transcript to summarise yet: transcribe the recording first.</source>
        <translation>Ainda não há transcrição para resumir: transcreva primeiro a gravação.</translation>
    </message>
    <message>
        <source>No OpenAI key is set: add one in Settings → Cloud, or choose Offline.</source>
        <translation>Não há nenhuma chave OpenAI: adicione uma em Definições → Nuvem ou escolha Offline.</translation>
    </message>
    <message>
        <source>The summary could not be made: {reason}</source>
        <translation>Não foi possível criar o resumo: {reason}</translation>
    </message>
    <message>
        <source>The summary could not be made: something went wrong that IAM Desktop did not expect.</source>
        <translation>Não foi possível criar o resumo: algo correu mal que o IAM Desktop não esperava.</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Resumo copiado.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Guardar resumo</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto simples (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado em {path}</translation>
    </message>
    <message>
        <source>Export with the transcript</source>
        <translation>Exportar com a transcrição</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado para {path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Delete summary?</source>
        <translation>Eliminar o resumo?</translation>
    </message>
    <message>
        <source>Delete this summary ({made})? This cannot be undone.</source>
        <translation>Eliminar este resumo ({made})? Não é possível anular.</translation>
    </message>
    <message>
        <source>Summary deleted.</source>
        <translation>Resumo eliminado.</translation>
    </message>
</context>
<context>
    <name>summary_texts</name>
    <message>
        <source>Summary</source>
        <extracomment>the presets as the window names them (English; translated where shown), in PRESETS' order</extracomment>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Pontos-chave</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ações a realizar</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Capítulos</translation>
    </message>
    <message>
        <source>Offline summary</source>
        <extracomment>a moment in a summary's text: [m:ss] or [h:mm:ss] (also m:ss–m:ss ranges' first part) the scheme of the links that seek ("seek:754.0") a heading marked as Markdown writes one ("## Decisions", "**Decisions**") a line longer than this is never taken for a heading how a line of a list starts the space a blank line leaves between two paragraphs (pixels)</extracomment>
        <translation>Resumo offline</translation>
    </message>
    <message>
        <source>OpenAI ({model})</source>
        <translation>OpenAI ({model})</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Desatualizado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
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
        <translation>Menos de {cost} com {model}</translation>
    </message>
    <message>
        <source>About {cost} with {model}</source>
        <translation>Cerca de {cost} com {model}</translation>
    </message>
</context>
<context>
    <name>tags_editor</name>
    <message>
        <source>Add tags, separated by commas</source>
        <extracomment>list of tag names</extracomment>
        <translation>Adicione etiquetas, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags separated by commas; suggestions appear while you type</source>
        <translation>Etiquetas separadas por vírgulas; aparecem sugestões enquanto escreve</translation>
    </message>
</context>
<context>
    <name>transcribe_options</name>
    <message>
        <source>Offline (this computer)</source>
        <extracomment>each engine's name in the pickers (English; shown with `engine_label`)</extracomment>
        <translation>Offline (este computador)</translation>
    </message>
    <message>
        <source>OpenAI (cloud)</source>
        <translation>OpenAI (nuvem)</translation>
    </message>
    <message>
        <source>OpenAI needs an API key, and the system keyring is locked or unavailable</source>
        <extracomment>the speaker counts the picker lists (more can be set in the settings file)</extracomment>
        <translation>A OpenAI precisa de uma chave da API, e o porta-chaves do sistema está bloqueado ou indisponível</translation>
    </message>
    <message>
        <source>OpenAI needs an API key</source>
        <translation>A OpenAI precisa de uma chave da API</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>(nothing)</extracomment>
        <translation>Detetar automaticamente</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Traduzir para inglês</translation>
    </message>
    <message>
        <source>No speakers</source>
        <translation>Sem oradores</translation>
    </message>
    <message>
        <source>Speakers: auto</source>
        <translation>Oradores: automático</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation><numerusform>%n orador</numerusform><numerusform>%n oradores</numerusform></translation>
    </message>
    <message>
        <source>Label who speaks when (Speaker 1, Speaker 2…), offline, after transcribing</source>
        <translation>Indicar quem fala em cada momento (Speaker 1, Speaker 2…), offline, depois de transcrever</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Adicionar chave…</translation>
    </message>
    <message>
        <source>Open Settings to add an OpenAI API key</source>
        <translation>Abrir as definições para adicionar uma chave da API da OpenAI</translation>
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
        <translation>O idioma falado nos próximos ficheiros que transcrever</translation>
    </message>
    <message>
        <source>Write the transcript in English, whatever language is spoken</source>
        <translation>Escrever a transcrição em inglês, seja qual for o idioma falado</translation>
    </message>
</context>
<context>
    <name>transcript_editing</name>
    <message>
        <source>One moment: {reason}</source>
        <translation>Um momento: {reason}</translation>
    </message>
    <message>
        <source>the original transcript is being restored.</source>
        <translation>a transcrição original está a ser reposta.</translation>
    </message>
    <message>
        <source>Restore original</source>
        <translation>Repor o original</translation>
    </message>
    <message>
        <source>reloading the transcript after an edit that was not saved.</source>
        <translation>a transcrição está a ser recarregada após uma alteração que não foi guardada.</translation>
    </message>
</context>
<context>
    <name>transcript_find</name>
    <message numerus="yes">
        <source>%n matches</source>
        <extracomment>how long the find field must be left alone before the number of matches is announced</extracomment>
        <translation><numerusform>%n correspondência</numerusform><numerusform>%n correspondências</numerusform></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sem correspondências</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>Match {current} of {total}: {text}</source>
        <translation>Correspondência {current} de {total}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation><numerusform>%n substituição</numerusform><numerusform>%n substituições</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replacements</source>
        <translation><numerusform>%n substituição feita</numerusform><numerusform>%n substituições feitas</numerusform></translation>
    </message>
</context>
<context>
    <name>transcript_model</name>
    <message>
        <source>Time</source>
        <extracomment>the columns' headers, in English (translated where shown)</extracomment>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
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
        <translation>{start} – {end}: clique para reproduzir a partir daqui</translation>
    </message>
</context>
<context>
    <name>transcript_playalong</name>
    <message>
        <source>Unsure word {current} of {total}: “{word}” ({percent}%)</source>
        <translation>Palavra incerta {current} de {total}: «{word}» ({percent}%)</translation>
    </message>
    <message>
        <source>Back at the end — {message}</source>
        <translation>De volta ao fim — {message}</translation>
    </message>
    <message>
        <source>Back at the top — {message}</source>
        <translation>De volta ao início — {message}</translation>
    </message>
    <message>
        <source>{message} — Space plays, F2 corrects.</source>
        <translation>{message} — Espaço reproduz, F2 corrige.</translation>
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
        <translation>Largue ficheiros de áudio ou vídeo aqui, ou use «Adicionar ficheiros…».</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Anular: {edit}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Refazer: {edit}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>&lt;i&gt;edited&lt;/i&gt; (the original is kept)</source>
        <translation>&lt;i&gt;editada&lt;/i&gt; (o original é mantido)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsure words</source>
        <translation><numerusform>%n palavra incerta</numerusform><numerusform>%n palavras incertas</numerusform></translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <translation>Não foi encontrada fala nesta gravação.</translation>
    </message>
    <message>
        <source>{language} (detected, {percent}%)</source>
        <translation>{language} (detetado, {percent}%)</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>This segment has only one word: there is nowhere to split it.</source>
        <translation>Este segmento tem apenas uma palavra: não há onde o dividir.</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>Dividir segmento</translation>
    </message>
    <message>
        <source>Split at the text cursor while editing, else at the middle word</source>
        <translation>Dividir no cursor durante a edição; caso contrário, na palavra do meio</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Unir ao seguinte</translation>
    </message>
    <message>
        <source>Start {seconds} s earlier</source>
        <translation>Início {seconds} s mais cedo</translation>
    </message>
    <message>
        <source>Start {seconds} s later</source>
        <translation>Início {seconds} s mais tarde</translation>
    </message>
    <message>
        <source>End {seconds} s earlier</source>
        <translation>Fim {seconds} s mais cedo</translation>
    </message>
    <message>
        <source>End {seconds} s later</source>
        <translation>Fim {seconds} s mais tarde</translation>
    </message>
    <message>
        <source>Set speaker…</source>
        <translation>Definir orador…</translation>
    </message>
    <message>
        <source>Rename speaker…</source>
        <translation>Mudar o nome do orador…</translation>
    </message>
    <message>
        <source>Merge speaker into…</source>
        <translation>Juntar orador a…</translation>
    </message>
    <message>
        <source>Show all speakers</source>
        <translation>Mostrar todos os oradores</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Localizar…</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Localizar e substituir…</translation>
    </message>
    <message>
        <source>Next unsure word</source>
        <translation>Palavra incerta seguinte</translation>
    </message>
    <message>
        <source>Go to the next word the engine was unsure of (underlined)</source>
        <translation>Ir para a palavra seguinte de que o motor não tinha a certeza (sublinhada)</translation>
    </message>
    <message>
        <source>Previous unsure word</source>
        <translation>Palavra incerta anterior</translation>
    </message>
    <message>
        <source>Restore original transcript…</source>
        <translation>Repor a transcrição original…</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Reproduzir / pausa</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Reproduzir a partir daqui</translation>
    </message>
    <message>
        <source>Back {seconds} s</source>
        <translation>Recuar {seconds} s</translation>
    </message>
    <message>
        <source>Forward {seconds} s</source>
        <translation>Avançar {seconds} s</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>Unir segmentos</translation>
    </message>
    <message>
        <source>Nudge segment</source>
        <translation>Ajustar segmento</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Definir orador</translation>
    </message>
    <message>
        <source>Who speaks here? (empty: nobody named)</source>
        <translation>Quem fala aqui? (vazio: ninguém)</translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation>Mudar o nome do orador</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Orador:</translation>
    </message>
    <message>
        <source>New name for {speaker}:</source>
        <translation>Novo nome para {speaker}:</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Juntar oradores</translation>
    </message>
    <message>
        <source>Merge this speaker:</source>
        <translation>Juntar este orador:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>{speaker} merged into {other}.</source>
        <translation>{speaker} foi juntado a {other}.</translation>
    </message>
    <message>
        <source>Restore original transcript</source>
        <translation>Repor a transcrição original</translation>
    </message>
    <message>
        <source>Discard your edits of this transcript and go back to the original one?
(Edit ▸ Undo brings them back.)</source>
        <translation>Descartar as suas alterações a esta transcrição e voltar à original?
(Editar ▸ Anular repõe-nas.)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Substituir tudo</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrences of “{text}”.</source>
        <translation><numerusform>Foi substituída %n ocorrência de «{text}».</numerusform><numerusform>Foram substituídas %n ocorrências de «{text}».</numerusform></translation>
    </message>
    <message>
        <source>No unsure words in this transcript.</source>
        <translation>Não há palavras incertas nesta transcrição.</translation>
    </message>
</context>
<context>
    <name>transcription_page</name>
    <message>
        <source>Automatic (tiny.en for English, base otherwise)</source>
        <extracomment>the offline model picker's first entry (English; shown translated)</extracomment>
        <translation>Automático (tiny.en para inglês; caso contrário, base)</translation>
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
        <translation>Apenas inglês</translation>
    </message>
    <message>
        <source>{model} ({languages})</source>
        <translation>{model} ({languages})</translation>
    </message>
    <message>
        <source>Offline transcription never sends audio anywhere. The cloud engine (OpenAI) needs a key: see Cloud.</source>
        <translation>A transcrição offline nunca envia o áudio para lado nenhum. O motor na nuvem (OpenAI) precisa de uma chave: consulte Nuvem.</translation>
    </message>
    <message>
        <source>Long recordings are transcribed in pieces of about this length, cut at pauses; an interrupted transcription goes on from its last finished piece.</source>
        <translation>As gravações longas são transcritas em partes com cerca desta duração, cortadas nas pausas; uma transcrição interrompida continua a partir da última parte concluída.</translation>
    </message>
    <message>
        <source>Default engine:</source>
        <translation>Motor predefinido:</translation>
    </message>
    <message>
        <source>Offline model:</source>
        <translation>Modelo offline:</translation>
    </message>
    <message>
        <source>Piece length:</source>
        <translation>Duração das partes:</translation>
    </message>
    <message>
        <source>{model} (not found)</source>
        <translation>{model} (não encontrado)</translation>
    </message>
</context>
<context>
    <name>upgrade_prompt</name>
    <message>
        <source>Not enough cloud minutes left this month</source>
        <extracomment>the prompt's first line, by what stopped the work (its message follows, with the numbers and a plan)</extracomment>
        <translation>Não restam minutos na nuvem suficientes este mês</translation>
    </message>
    <message>
        <source>Not in your plan</source>
        <translation>Não incluído no seu plano</translation>
    </message>
    <message>
        <source>Upgrade…</source>
        <translation>Melhorar plano…</translation>
    </message>
    <message>
        <source>Show the plans on the Subscription page</source>
        <translation>Mostrar os planos na página Subscrição</translation>
    </message>
    <message>
        <source>Transcribe on this computer</source>
        <translation>Transcrever neste computador</translation>
    </message>
</context>
<context>
    <name>usage_chart</name>
    <message>
        <source>Cloud minutes per day this month</source>
        <extracomment>the plot's height (px)</extracomment>
        <translation>Minutos na nuvem por dia este mês</translation>
    </message>
    <message>
        <source>Minutes of cloud transcription per day. Your plan has no cloud minutes.</source>
        <translation>Minutos de transcrição na nuvem por dia. O seu plano não inclui minutos na nuvem.</translation>
    </message>
    <message numerus="yes">
        <source>Minutes of cloud transcription per day. Dashed line: {pace} a day uses your %n minutes by the end of the month.</source>
        <translation><numerusform>Minutos de transcrição na nuvem por dia. Linha tracejada: com {pace} por dia, usa o seu %n minuto até ao fim do mês.</numerusform><numerusform>Minutos de transcrição na nuvem por dia. Linha tracejada: com {pace} por dia, usa os seus %n minutos até ao fim do mês.</numerusform></translation>
    </message>
    <message>
        <source>No cloud minutes used yet this month.</source>
        <translation>Ainda não foram usados minutos na nuvem este mês.</translation>
    </message>
    <message>
        <source>The busiest day was {day}: {duration}.</source>
        <translation>O dia de maior utilização foi {day}: {duration}.</translation>
    </message>
    <message>
        <source>about half a minute</source>
        <translation>cerca de meio minuto</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de um minuto</translation>
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
        <translation>Nomes, lugares e jargão que a transcrição deve escrever corretamente. Usado pelo modelo offline e pela nuvem, em cada nova transcrição.</translation>
    </message>
    <message>
        <source>No terms yet.</source>
        <translation>Ainda não há termos.</translation>
    </message>
    <message numerus="yes">
        <source>%n terms.</source>
        <translation><numerusform>%n termo.</numerusform><numerusform>%n termos.</numerusform></translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Novo termo</translation>
    </message>
    <message>
        <source>One term or several separated by commas; Enter adds them</source>
        <translation>Um termo ou vários separados por vírgulas; Enter adiciona-os</translation>
    </message>
    <message>
        <source>Add terms, separated by commas: Gqeberha, Mbombela, Nkosazana</source>
        <translation>Adicione termos separados por vírgulas: Gqeberha, Mbombela, Nkosazana</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Adds the terms typed</source>
        <translation>Adiciona os termos escritos</translation>
    </message>
    <message>
        <source>Vocabulary terms</source>
        <translation>Termos do vocabulário</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remover selecionados</translation>
    </message>
    <message>
        <source>Remove the selected terms ({shortcut})</source>
        <translation>Remover os termos selecionados ({shortcut})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>Removed {terms}.</source>
        <translation>Removidos: {terms}.</translation>
    </message>
    <message>
        <source>Added {terms}.</source>
        <translation>Adicionados: {terms}.</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Já está na lista.</translation>
    </message>
    <message>
        <source> (at most {count})</source>
        <translation> (no máximo {count})</translation>
    </message>
</context>
<context>
    <name>watch_bridge</name>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}); export failed: {error}.</source>
        <extracomment>milliseconds between two scans while the window is open</extracomment>
        <translation>Pastas vigiadas: {name} transcrito e exportado ({formats}); a exportação falhou: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed and exported ({formats}).</source>
        <translation>Pastas vigiadas: {name} transcrito e exportado ({formats}).</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed; export failed: {error}.</source>
        <translation>Pastas vigiadas: {name} transcrito; a exportação falhou: {error}.</translation>
    </message>
    <message>
        <source>Watch folders: {name} transcribed.</source>
        <translation>Pastas vigiadas: {name} transcrito.</translation>
    </message>
    <message>
        <source>Watch folders: queued {names}.</source>
        <translation>Pastas vigiadas: {names} em fila.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}.</source>
        <translation>Pastas vigiadas: {problem}.</translation>
    </message>
    <message>
        <source>Watch folders: {problem}</source>
        <translation>Pastas vigiadas: {problem}</translation>
    </message>
</context>
<context>
    <name>watch_folders_page</name>
    <message>
        <source>New audio and video files in these folders (and their sub-folders) are transcribed with the offline model once they are completely copied — each content only once — and exported as chosen, while the app is open.</source>
        <extracomment>what the page is for</extracomment>
        <translation>Os novos ficheiros de áudio e vídeo nestas pastas (e nas suas subpastas) são transcritos com o modelo offline assim que estiverem totalmente copiados — cada conteúdo só uma vez — e exportados como escolhido, enquanto a aplicação estiver aberta.</translation>
    </message>
    <message>
        <source>Folder</source>
        <extracomment>the table's columns</extracomment>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportação</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <source>next to the file</source>
        <extracomment>where the exports go without an export folder</extracomment>
        <translation>junto ao ficheiro</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Pastas vigiadas</translation>
    </message>
    <message>
        <source>Select a folder to see and change its export options below</source>
        <translation>Selecione uma pasta para ver e alterar abaixo as suas opções de exportação</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <source>Watches a folder, with the export options chosen below</source>
        <translation>Vigia uma pasta, com as opções de exportação escolhidas abaixo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Stop watching the selected folder</source>
        <translation>Deixar de vigiar a pasta selecionada</translation>
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
        <translation>Escolher pasta…</translation>
    </message>
    <message>
        <source>Choose the export folder…</source>
        <translation>Escolher a pasta de exportação…</translation>
    </message>
    <message>
        <source>Next to the file</source>
        <translation>Junto ao ficheiro</translation>
    </message>
    <message>
        <source>Export next to each file</source>
        <translation>Exportar junto a cada ficheiro</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Exportar para:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>Choose a folder to watch</source>
        <translation>Escolha uma pasta para vigiar</translation>
    </message>
    <message>
        <source>Watching {path}.</source>
        <translation>A vigiar {path}.</translation>
    </message>
    <message>
        <source>No longer watching {path}.</source>
        <translation>{path} já não é vigiado.</translation>
    </message>
    <message>
        <source>Choose the folder the exports go to</source>
        <translation>Escolha a pasta para onde vão as exportações</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%n watched.</source>
        <translation><numerusform>%n vigiada.</numerusform><numerusform>%n vigiadas.</numerusform></translation>
    </message>
    <message>
        <source>No folder is watched.</source>
        <translation>Nenhuma pasta está a ser vigiada.</translation>
    </message>
</context>
<context>
    <name>waveform_overview</name>
    <message>
        <source>Click or drag to play from there</source>
        <extracomment>the widget's height (px): compact, like a scrubber the vertical layout in plot units: the wave spans -1…1; over it a strip for the unsure words' ticks and the search hits' triangles, under it a strip for the speaker bands (when there are any) the size (px) of a search hit's triangle the level the wave is scaled to fill: this quantile of its buckets' peaks (a single click stays small)</extracomment>
        <translation>Clique ou arraste para reproduzir a partir daí</translation>
    </message>
    <message>
        <source>Waveform overview</source>
        <extracomment>(seconds) where the user clicked, or dragged to (several while dragging)</extracomment>
        <translation>Vista geral da forma de onda</translation>
    </message>
    <message>
        <source>The whole recording's sound at a glance, with the playhead, search matches and speakers; click or drag to play from there (from the keyboard, use the player's position slider)</source>
        <translation>O som de toda a gravação num relance, com a cabeça de leitura, as correspondências da pesquisa e os oradores; clique ou arraste para reproduzir a partir daí (com o teclado, use o controlo de posição do leitor)</translation>
    </message>
    <message>
        <source>this recording has no audio file</source>
        <translation>esta gravação não tem ficheiro de áudio</translation>
    </message>
    <message>
        <source>No waveform: {reason}</source>
        <translation>Sem forma de onda: {reason}</translation>
    </message>
</context>
<context>
    <name>waveform_view</name>
    <message>
        <source>Recording waveform</source>
        <extracomment>the waveform colour needs at least this luminance difference from the background, else the text colour</extracomment>
        <translation>Forma de onda da gravação</translation>
    </message>
    <message>
        <source>A picture of the sound of the last seconds recorded</source>
        <translation>Uma imagem do som dos últimos segundos gravados</translation>
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
        <translation>Uma imagem do som dos últimos segundos gravados: o microfone acima da linha, o som do computador abaixo</translation>
    </message>
</context>
<context>
    <name>welcome_card</name>
    <message>
        <source>Runs offline — nothing leaves this computer unless you choose a cloud engine.</source>
        <translation>Funciona offline — nada sai deste computador, a menos que escolha um motor na nuvem.</translation>
    </message>
    <message>
        <source>Welcome to IAM Desktop</source>
        <translation>Bem-vindo ao IAM Desktop</translation>
    </message>
    <message>
        <source>Record an interview, a lecture or a meeting, or drop audio and video files here to transcribe them.</source>
        <translation>Grave uma entrevista, uma aula ou uma reunião, ou largue aqui ficheiros de áudio e vídeo para os transcrever.</translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation>Nenhuma gravação aberta</translation>
    </message>
    <message>
        <source>Pick a recording in the list, record a new one, or drop files here to transcribe them.</source>
        <extracomment>the card's width, and how narrow it may get in a narrow window (pixels)</extracomment>
        <translation>Escolha uma gravação na lista, grave uma nova ou largue aqui ficheiros para os transcrever.</translation>
    </message>
    <message>
        <source>  Record</source>
        <extracomment>the user wants to record the user wants to choose files to add the user wants to restore a backup</extracomment>
        <translation>  Gravar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <source>Start recording from the microphone (Ctrl+R)</source>
        <translation>Começar a gravar a partir do microfone (Ctrl+R)</translation>
    </message>
    <message>
        <source>  Add files…</source>
        <translation>  Adicionar ficheiros…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adicionar ficheiros…</translation>
    </message>
    <message>
        <source>Choose audio or video files to transcribe (Ctrl+O)</source>
        <translation>Escolher ficheiros de áudio ou vídeo para transcrever (Ctrl+O)</translation>
    </message>
    <message>
        <source>or drop files anywhere in this window</source>
        <translation>ou largue ficheiros em qualquer parte desta janela</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar a partir de uma cópia de segurança…</translation>
    </message>
    <message>
        <source>Get a library back from a backup in S3-compatible storage</source>
        <translation>Recuperar uma biblioteca a partir de uma cópia de segurança num armazenamento compatível com S3</translation>
    </message>
</context>
<context>
    <name>window_backup</name>
    <message>
        <source>Backup failed: {reason}</source>
        <extracomment>library changes that make a new backup worth it</extracomment>
        <translation>A cópia de segurança falhou: {reason}</translation>
    </message>
</context>
<context>
    <name>window_jobs</name>
    <message>
        <source>Transcript ready: {name}</source>
        <translation>Transcrição pronta: {name}</translation>
    </message>
    <message>
        <source>Transcription failed: {name}</source>
        <translation>A transcrição falhou: {name}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>Transcript ready</source>
        <translation>Transcrição pronta</translation>
    </message>
    <message>
        <source>{name} is transcribed.</source>
        <translation>{name} está transcrito.</translation>
    </message>
    <message>
        <source>Transcription failed</source>
        <translation>A transcrição falhou</translation>
    </message>
    <message>
        <source>Only a failed or cancelled job can be retried.</source>
        <translation>Só uma tarefa falhada ou cancelada pode ser repetida.</translation>
    </message>
    <message>
        <source>A running job cannot be removed: cancel it first.</source>
        <translation>Não é possível remover uma tarefa em curso: cancele-a primeiro.</translation>
    </message>
</context>
<context>
    <name>window_menus</name>
    <message>
        <source>Follow the system</source>
        <extracomment>the theme choices in View → Theme: (setting value, label)</extracomment>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir a pasta de registos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <source>About IAM Desktop</source>
        <translation>Acerca do IAM Desktop</translation>
    </message>
    <message>
        <source>Plans and subscription…</source>
        <translation>Planos e subscrição…</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>Não foi possível abrir a pasta: {folder}</translation>
    </message>
</context>
<context>
    <name>window_recording</name>
    <message>
        <source>Record / Stop</source>
        <translation>Gravar / Parar</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>Pausar / Retomar</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Gravar</translation>
    </message>
    <message>
        <source>● Recording {elapsed} — IAM Desktop</source>
        <translation>● A gravar {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Paused {elapsed} — IAM Desktop</source>
        <translation>Em pausa {elapsed} — IAM Desktop</translation>
    </message>
    <message>
        <source>Saving the recording… — IAM Desktop</source>
        <translation>A guardar a gravação… — IAM Desktop</translation>
    </message>
    <message>
        <source>Starting to record… — IAM Desktop</source>
        <translation>A iniciar a gravação… — IAM Desktop</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}) and queued for transcription.</source>
        <translation>“{title}” ({duration}) guardada e em fila para transcrição.</translation>
    </message>
    <message>
        <source>Saved “{title}” ({duration}).</source>
        <translation>“{title}” ({duration}) guardada.</translation>
    </message>
    <message>
        <source>“{title}” ({duration})</source>
        <translation>“{title}” ({duration})</translation>
    </message>
    <message>
        <source>Recovered after an unexpected stop: {names}.</source>
        <translation>Recuperado após uma paragem inesperada: {names}.</translation>
    </message>
</context>
<context>
    <name>window_subscription</name>
    <message>
        <source>Free</source>
        <extracomment>how often the licence is asked of the billing service while the window is open (milliseconds) the scheme of activation links the shipped plans' names (the catalogue's words), translated where they are shown</extracomment>
        <translation>Gratuito</translation>
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
        <translation>{plan} está ativo até {day}.</translation>
    </message>
    <message numerus="yes">
        <source>Thank you! {plan} is active on this computer until {day}, with %n cloud minutes a month. It keeps working offline.</source>
        <translation><numerusform>Obrigado! {plan} está ativo neste computador até {day}, com %n minuto na nuvem por mês. Continua a funcionar offline.</numerusform><numerusform>Obrigado! {plan} está ativo neste computador até {day}, com %n minutos na nuvem por mês. Continua a funcionar offline.</numerusform></translation>
    </message>
    <message>
        <source>Licence activated</source>
        <translation>Licença ativada</translation>
    </message>
    <message>
        <source>{reason}

Your current plan is unchanged.</source>
        <translation>{reason}

O seu plano atual não foi alterado.</translation>
    </message>
    <message>
        <source>Licence not activated</source>
        <translation>Licença não ativada</translation>
    </message>
</context>
<context>
    <name>window_toolbar</name>
    <message>
        <source>Add files…</source>
        <translation>Adicionar ficheiros…</translation>
    </message>
    <message>
        <source>Add audio or video files to transcribe</source>
        <translation>Adicionar ficheiros de áudio ou vídeo para transcrever</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export as text, subtitles, Word or PDF</source>
        <translation>Exportar como texto, legendas, Word ou PDF</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copiar transcrição</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Definições…</translation>
    </message>
    <message>
        <source>Library sidebar</source>
        <translation>Barra lateral da biblioteca</translation>
    </message>
    <message>
        <source>Notes panel</source>
        <translation>Painel de notas</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reprodução</translation>
    </message>
</context>
<context>
    <name>word_delegate</name>
    <message>
        <source>Unsure ({percent}%)</source>
        <translation>Incerta ({percent}%)</translation>
    </message>
</context>
</TS>