#!/bin/sh
# Makes tests/data/previous-release/: the demo data folder of the PREVIOUS RELEASE (0.1.0 =
# commit 6d25e80), made by that release's own code in its own venv. The upgrade test
# (tests/store/test_upgrade_from_previous_release.py) opens a copy with the current code.
#
# Usage, from the repository root:  sh tests/data/make_previous_release.sh
# Needs network access to PyPI (or a pip cache) for the old release's dependencies.
set -eu
REPO=$(git rev-parse --show-toplevel)
RELEASE=6d25e80
OLD=$(mktemp -d /tmp/omil-previous-release.XXXXXX)
OUT="$REPO/tests/data/previous-release"
cd "$OLD"  # never run Python in the checkout: it would import the current code, not 0.1.0's
git -C "$REPO" worktree add --detach "$OLD/src" "$RELEASE"
python3 -m venv "$OLD/venv"
"$OLD/venv/bin/pip" install -q -e "$OLD/src"
# The suite's password (tests/conftest.py TEST_PASSWORD): the folder is encrypted with it.
export OMIL_DESKTOP_PASSWORD="clave de prueba 2026"
export QT_QPA_PLATFORM=offscreen
"$OLD/venv/bin/omil-desktop" demo --data-dir "$OLD/data"
rm -rf "$OUT/data"
mkdir -p "$OUT"
"$OLD/venv/bin/python" -I -c "import omil_desktop; print(omil_desktop.__version__)" > "$OUT/VERSION"
# The data folder as the release left it.
cp -a "$OLD/data" "$OUT/data"
# Its log and the daily backup the demo took are left out (the test checks the backup the upgrade
# takes itself); the lock file is made again on opening.
rm -rf "$OUT/data/registro" "$OUT/data/respaldos" "$OUT/data/omil.lock"
git -C "$REPO" worktree remove --force "$OLD/src"
rm -rf "$OLD"
du -sh "$OUT/data"
