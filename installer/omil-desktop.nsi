; OMIL Desktop's Windows installer (NSIS 3.08+, makensis on Linux or Windows).
;
; makensis -DVERSION=0.1.0 -DSOURCE_DIR=<onedir folder> -DOUTFILE=<setup.exe> omil-desktop.nsi
; Optional: -DSIGN_COMMAND=<program that signs the file given as its one argument> signs the
; uninstaller written inside setup.exe (build-windows.sh signs setup.exe itself afterwards).
;
; What it does (README, «Instalador para Windows»):
; - installs for the current user only, without administrator rights, in
;   %LOCALAPPDATA%\Programs\OMIL Desktop; Spanish screens; Start-menu and desktop shortcuts;
; - registers its uninstaller under HKCU (Settings > Apps lists it);
; - an upgrade finds the previous install (HKCU) and replaces the program files only;
; - the officer's data (%LOCALAPPDATA%\OMIL Desktop, platformdirs' user data folder) is never
;   touched: not by an upgrade, not by the uninstaller;
; - if the program is open (its named mutex Local\OMILDesktop exists, created by
;   omil_desktop/app.py), it asks to close it; silent (/S): it gives up with exit code 2.

Unicode true
Target amd64-unicode
!ifdef NO_COMPRESSION ; tests/installer reads the strings and files back
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is required: makensis -DVERSION=x.y.z"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR is required: the PyInstaller onedir folder (with omil-desktop.exe)"
!endif
!ifndef OUTFILE
  !define OUTFILE "omil-desktop-${VERSION}-setup.exe"
!endif

!define APP_NAME "OMIL Desktop"
!define APP_EXE "omil-desktop.exe"
!define UNINSTALLER "desinstalar.exe"
!define MUTEX_NAME "Local\OMILDesktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OMILDesktop"
!define EXIT_PROGRAM_OPEN 2

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

!ifdef SIGN_COMMAND
  !uninstfinalize '"${SIGN_COMMAND}" "%1"' = 0
!endif

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_WELCOMEPAGE_TEXT "Este asistente instalará ${APP_NAME} ${VERSION} en este computador, solo para su usuario de Windows: no se necesita un administrador.$\r$\n$\r$\nSi ya tiene una versión instalada, se reemplaza el programa y los datos de la oficina (personas, respaldos, documentos) quedan como están.$\r$\n$\r$\nPresione Siguiente para continuar."
!define MUI_UNCONFIRMPAGE_TEXT_TOP "Se quitará ${APP_NAME} de este computador. Los datos de la oficina (personas, respaldos, documentos) se conservan en su carpeta y los encuentra al volver a instalarlo."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Spanish"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_SPANISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_SPANISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SPANISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SPANISH} "FileDescription" "Instalador de ${APP_NAME}"
VIAddVersionKey /LANG=${LANG_SPANISH} "CompanyName" "OMIL Desktop"
VIAddVersionKey /LANG=${LANG_SPANISH} "LegalCopyright" "OMIL Desktop"

!define MSG_OPEN "${APP_NAME} está abierto en este computador.$\r$\n$\r$\nCierre el programa (sus datos quedan guardados) y presione «Reintentar». Con «Cancelar» no se cambia nada."

; Waits until the program is closed: Retry checks again, Cancel (or silent mode) gives up with
; exit code 2 and nothing changed. OpenMutexW(SYNCHRONIZE, FALSE, name) finds the open program.
!macro WAIT_UNTIL_CLOSED
  ${Do}
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${MUTEX_NAME}") p .r0'
    ${If} $0 P= 0
      ${Break}
    ${EndIf}
    System::Call 'kernel32::CloseHandle(p r0)'
    ${If} ${Silent}
      SetErrorLevel ${EXIT_PROGRAM_OPEN}
      Quit
    ${EndIf}
    ${IfNot} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${MSG_OPEN}" /SD IDCANCEL IDRETRY`
      SetErrorLevel ${EXIT_PROGRAM_OPEN}
      Quit
    ${EndIf}
  ${Loop}
!macroend

Function .onInit
  !insertmacro WAIT_UNTIL_CLOSED
FunctionEnd

Function un.onInit
  !insertmacro WAIT_UNTIL_CLOSED
FunctionEnd

Section "${APP_NAME}" SecMain
  SectionIn RO
  ; Asked again here: the program may have been opened while the screens were shown.
  !insertmacro WAIT_UNTIL_CLOSED
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program files only: the previous version's bundle goes first so no
  ; stale library of it is left behind. The officer's data lives elsewhere and is not touched.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "OMIL Desktop"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Program files only. The officer's data (%LOCALAPPDATA%\OMIL Desktop: database, backups,
  ; documents, logs) stays; installing again finds it as it was.
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
