#!/usr/bin/env bash
# The macOS disk image of IAM Desktop: the app and a link to /Applications to drag it onto.
# Usage: packaging/macos/make-dmg.sh APP DMG
#   e.g. packaging/macos/make-dmg.sh "dist/IAM Desktop.app" dist/iam-desktop-0.1.0-macos-arm64.dmg
# Sign the app before (the image keeps its signature as is); sign, notarise and staple the image after
# (.github/workflows/installers.yml, or the README's steps by hand). Needs macOS (ditto, hdiutil).
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 APP DMG" >&2
  exit 2
fi
app=${1%/}
dmg=$2
volume="IAM Desktop"

if [ ! -d "$app/Contents/MacOS" ]; then
  echo "make-dmg: $app is not an app bundle (no Contents/MacOS): build it first" >&2
  exit 1
fi
case "$dmg" in
  *.dmg) ;;
  *) echo "make-dmg: $dmg must end in .dmg" >&2; exit 2 ;;
esac

staging=$(mktemp -d "${TMPDIR:-/tmp}/make-dmg.XXXXXX")
trap 'rm -rf "$staging"' EXIT
# ditto keeps what a signature covers (symlinks inside frameworks, extended attributes, modes)
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"

mkdir -p "$(dirname "$dmg")"
rm -f "$dmg"
# UDZO: compressed and read-only, what users download; HFS+ mounts on every macOS the app supports
hdiutil create -volname "$volume" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
echo "make-dmg: $dmg"
