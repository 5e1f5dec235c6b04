#!/usr/bin/env bash
# Builds OMIL Desktop for Linux (PyInstaller onedir from installer/omil-desktop.spec, packed as
# dist/linux/omil-desktop-<version>-linux-x86_64.tar.gz) and smoke-tests it: the tarball is
# unpacked in a temporary folder and its program runs --smoke-test from outside the checkout.
#
#   installer/build-linux.sh           build and test
#   installer/build-linux.sh --lock    re-resolve installer/requirements-linux.txt (then build)
#
# Needs python3 (3.11+; the tarball runs on the glibc of the machine that built it or newer) and
# PyPI on the first run. Cache: ~/.cache/omil-installer/linux (OMIL_INSTALLER_CACHE).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
START=$SECONDS
UV_VERSION=0.13.9
LOCK=installer/requirements-linux.txt
CACHE=${OMIL_INSTALLER_CACHE:-$HOME/.cache/omil-installer}
VERSION=$(python3 installer/buildinfo.py version)
PYVER=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
OUT=$ROOT/dist/linux
TARBALL=$OUT/omil-desktop-$VERSION-linux-x86_64.tar.gz
mkdir -p "$CACHE" "$OUT"

step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - START)); }
die() {
  echo "ERROR: $*" >&2
  exit 1
}

step "Build tools (uv $UV_VERSION)"
if [ ! -x "$CACHE/tools/bin/uv" ] || [ "$("$CACHE/tools/bin/uv" --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  python3 -m venv "$CACHE/tools"
  "$CACHE/tools/bin/pip" install -q "uv==$UV_VERSION"
fi
UV=$CACHE/tools/bin/uv
if [ "${1:-}" = "--lock" ]; then
  step "Resolving the Linux lock file ($LOCK)"
  python3 installer/buildinfo.py requirements |
    "$UV" pip compile - --quiet --python-platform x86_64-manylinux_2_34 --python-version 3.11 \
      --only-binary :all: --generate-hashes --custom-compile-command "installer/build-linux.sh --lock" -o "$LOCK"
fi
python3 installer/buildinfo.py check-lock "$LOCK" || die "$LOCK is not in step with pyproject.toml: run installer/build-linux.sh --lock"

step "Build Python $PYVER: locked wheels + the program"
VENV=$CACHE/linux/venv
LOCK_SUM=$(sha256sum "$LOCK" | cut -d' ' -f1)
if [ "$(cat "$VENV/lock.sha256" 2>/dev/null)" != "$LOCK_SUM" ]; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --only-binary=:all: --no-deps --require-hashes -r "$LOCK"
  echo "$LOCK_SUM" >"$VENV/lock.sha256"
fi
rm -rf "$CACHE/linux/app-wheel"
"$UV" build --quiet --wheel --out-dir "$CACHE/linux/app-wheel" "$ROOT" 2>&1 | tail -n 3
"$VENV/bin/pip" install --quiet --no-deps --force-reinstall "$CACHE"/linux/app-wheel/omil_desktop-"$VERSION"-*.whl

step "PyInstaller (onedir)"
BUILD_START=$SECONDS
WORK=$CACHE/linux/pyinstaller
rm -rf "$WORK"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$WORK/dist" --workpath "$WORK/work" \
  installer/omil-desktop.spec
BUILD_TIME=$((SECONDS - BUILD_START))
ONEDIR=$WORK/dist/omil-desktop
tar -czf "$TARBALL" -C "$WORK/dist" omil-desktop

step "Smoke test: unpacked in a temporary folder, run from outside the checkout"
SMOKE_START=$SECONDS
UNPACKED=$(mktemp -d)
trap 'rm -rf "$UNPACKED"' EXIT
tar -xzf "$TARBALL" -C "$UNPACKED"
(cd "$UNPACKED" && env -u QT_QPA_PLATFORM ./omil-desktop/omil-desktop --smoke-test) ||
  die "--smoke-test of the unpacked program failed (exit code $?)"
echo "--smoke-test: exit code 0"
(cd "$UNPACKED" && OMIL_DESKTOP_PASSWORD=prueba-de-humo-2024 ./omil-desktop/omil-desktop demo --data-dir "$UNPACKED/demo" >/dev/null) ||
  die "demo in the unpacked program failed (exit code $?)"
[ -f "$UNPACKED/demo/omil.sqlite3" ] || die "demo wrote no database"
echo "demo (OMIL_DESKTOP_PASSWORD): exit code 0, database written"
SMOKE_TIME=$((SECONDS - SMOKE_START))

step "Done"
cat <<EOF
tarball: $TARBALL ($(du -m "$TARBALL" | cut -f1) MB)
onedir:  $(du -sm "$ONEDIR" | cut -f1) MB, $(find "$ONEDIR" -type f | wc -l) files
PyInstaller: ${BUILD_TIME}s; smoke test: ${SMOKE_TIME}s; whole run: $((SECONDS - START))s
EOF
