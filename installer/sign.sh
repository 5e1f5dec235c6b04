#!/usr/bin/env bash
# Signs one Windows executable in place with osslsigncode (Authenticode, SHA-256), with the
# certificate given by the environment: OMIL_SIGN_PFX (a .pfx/.p12 file) and OMIL_SIGN_PASSWORD
# (its password). OMIL_SIGN_TIMESTAMP_URL, when set, adds a timestamp from that server so the
# signature outlives the certificate. Used by build-windows.sh for the program, the uninstaller
# (makensis's !uninstfinalize) and setup.exe.
set -euo pipefail
file=$1
: "${OMIL_SIGN_PFX:?OMIL_SIGN_PFX: the certificate (.pfx) to sign with}"
[ -f "$OMIL_SIGN_PFX" ] || { echo "OMIL_SIGN_PFX: no such file: $OMIL_SIGN_PFX" >&2; exit 1; }
timestamp=()
[ -n "${OMIL_SIGN_TIMESTAMP_URL:-}" ] && timestamp=(-ts "$OMIL_SIGN_TIMESTAMP_URL")
osslsigncode sign -pkcs12 "$OMIL_SIGN_PFX" -pass "${OMIL_SIGN_PASSWORD:-}" -h sha256 \
  -n "OMIL Desktop" "${timestamp[@]}" -in "$file" -out "$file.signed" >/dev/null
mv -f "$file.signed" "$file"
echo "signed: $file"
