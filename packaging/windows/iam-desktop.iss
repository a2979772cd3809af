; Inno Setup 6 script of the Windows installer of IAM Desktop: wraps the one-folder PyInstaller build.
;
;   pyinstaller --noconfirm packaging\iam-desktop.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\iam-desktop.iss   (from the repository root; see the README)
;
; gives dist\iam-desktop-VERSION-windows-x64-setup.exe. The user chooses at the start whether to install
; for themselves only (no administrator rights, under %LOCALAPPDATA%\Programs) or for all users (Program
; Files). .github/workflows/installers.yml builds and signs it; with /DSignTool=NAME (a sign tool defined
; by iscc's /S option) the installer and its uninstaller are signed too.
;
; NOTE: relative paths are relative to this file's folder (packaging\windows).
; NOTE: the uninstaller removes the program only. The user's library (recordings, transcripts, settings:
; %LOCALAPPDATA%\IAM Desktop) and the model cache are never deleted here: no [UninstallDelete] entry may
; name them.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\iam-desktop.iss
#endif

#define AppName "IAM Desktop"
#define AppExe "iam-desktop.exe"
#define BundleDir "..\..\dist\iam-desktop"

[Setup]
; fixed for the app's whole life: Windows recognises upgrades and the uninstaller by it
AppId={{C1BC4DE3-8B6C-4F7E-B5FD-9BAA75F48D7C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=IAM
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per-user by default, all users on request (a dialog at the start, or /ALLUSERS on the command line)
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; the bundle is 64-bit only (PyInstaller builds for the Python it runs on)
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\icons\iam-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=iam-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; asks a running IAM Desktop to close before its files are replaced
CloseApplications=yes
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif
; shown for acceptance once the project has a LICENSE file at its root
#if FileExists(AddBackslash(SourcePath) + "..\..\LICENSE")
LicenseFile=..\..\LICENSE
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the previous version's libraries instead of leaving stale ones beside the new
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; iam-desktop://activate?licence=… links open the app with the link as its argument (cli/main.activation_link)
Root: HKCU; Subkey: "Software\Classes\iam-desktop"; ValueType: string; ValueName: ""; ValueData: "URL:IAM Desktop activation"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\iam-desktop"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\iam-desktop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
