; PumpDesk's Windows installer, for Inno Setup 6.
;
; Made by installer/build.py after PyInstaller, which passes the version from
; pyproject.toml and the folder the program was built into:
;   ISCC.exe /DAppVersion=0.1.0 /DDistDir=C:\src\pumpdesk\dist installer\pumpdesk.iss
; Installs for all users (administrator rights) to C:\Program Files\PumpDesk, with a
; Start-menu entry and an uninstaller. The workstation's database and settings are the
; user's (in the user's data folder and settings) and stay when PumpDesk is uninstalled.

#ifndef AppVersion
  #define AppVersion "0.0.0-dev"
#endif
#ifndef DistDir
  #define DistDir "..\dist"
#endif
#define AppName "PumpDesk"
#define WindowExe "pumpdeskw.exe"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{08743625-E5C9-4D6E-8D01-1764CA1B90E5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#DistDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\resources\icons\pumpdesk.ico
Uninstallable=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#WindowExe}
; A running PumpDesk is closed (and restarted) by the Restart Manager for an upgrade.
CloseApplications=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Swedish and Norwegian where this Inno Setup has them (Swedish is official since 6.4)
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\Norwegian.isl")
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of the old version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The one-folder program that PyInstaller made: both programs and _internal\.
Source: "{#DistDir}\pumpdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#WindowExe}"; WorkingDir: "{app}"; Comment: "{#AppName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; As the user who ran the installer, not as the administrator it asked for: the first start
; sets the workstation up in that user's settings.
Filename: "{app}\{#WindowExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; Python and Qt write nothing into the program's folder; whatever else is there goes.
Type: dirifempty; Name: "{app}"
