#!/usr/bin/env bash
# `make package`: the frozen Linux app and its two installers, from packaging/iam-desktop.spec.
#   dist/iam-desktop/iam-desktop                    the one-folder bundle (runs in place)
#   dist/iam-desktop-VERSION-linux-x86_64.tar.gz    that folder, with the desktop entry and icon
#   dist/iam-desktop_VERSION_amd64.deb              installs it in /opt/iam-desktop, `iam-desktop` in /usr/bin,
#                                                   the desktop entry and the icons (apt install ./dist/….deb)
# Needs the dev install (PyInstaller is pinned in the dev extras) and, on the build machine, libportaudio2
# (bundled into the app) and dpkg-deb. scripts/check-package.sh proves the results work.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
version=$("$PYTHON" -c 'import iam_desktop; print(iam_desktop.__version__)')
bundle=dist/iam-desktop
tarball=dist/iam-desktop-$version-linux-x86_64.tar.gz
deb=dist/iam-desktop_${version}_amd64.deb

# System libraries the bundle does not carry (PyInstaller leaves out glibc, GL/EGL, libxcb and Wayland's
# client libraries) or that need data files of their own (fontconfig, xkbcommon, ALSA). The glibc floor is
# the build machine's (Debian 12): build on the oldest system you support.
DEPENDS="libc6 (>= 2.36), libgl1, libegl1, libfontconfig1, libfreetype6, libx11-6, libx11-xcb1, \
libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, \
libxcb-keysyms1, libxcb-randr0, libxcb-render0, libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, \
libxcb-util1, libxcb-xfixes0, libxcb-xkb1, libwayland-client0, libwayland-cursor0, libwayland-egl1, \
libasound2t64 | libasound2, libasound2-data"
RECOMMENDS="libasound2-plugins, pulseaudio-utils, libxcb-glx0"  # pulse device, pactl: the computer's audio

echo "package: building the bundle (PyInstaller, about 1-2 minutes)"
rm -rf "$bundle" build/pyinstaller
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/iam-desktop.spec
test -x "$bundle/iam-desktop"

echo "package: $tarball"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
top="$staging/iam-desktop-$version"
cp -a "$bundle" "$top"
cp packaging/linux/iam-desktop.desktop packaging/icons/iam-desktop.png "$top/"
tar -C "$staging" -czf "$tarball" "iam-desktop-$version"

echo "package: $deb"
root="$staging/deb"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/doc/iam-desktop"
cp -a "$bundle" "$root/opt/iam-desktop"
ln -s /opt/iam-desktop/iam-desktop "$root/usr/bin/iam-desktop"
install -m 0644 packaging/linux/iam-desktop.desktop "$root/usr/share/applications/iam-desktop.desktop"
for icon in packaging/icons/hicolor/*/apps/iam-desktop.png; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  install -D -m 0644 "$icon" "$root/usr/share/icons/hicolor/$size/apps/iam-desktop.png"
done
install -m 0644 resources/fonts/LICENSE-DejaVu.txt "$root/usr/share/doc/iam-desktop/LICENSE-DejaVu.txt"
# everything readable by all and owned by root (--root-owner-group); only executables keep their x bit
chmod -R u=rwX,go=rX "$root"
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: iam-desktop
Version: $version
Architecture: amd64
Maintainer: IAM Desktop developers <desktop@iam.co.za>
Installed-Size: $installed_kb
Depends: $DEPENDS
Recommends: $RECOMMENDS
Section: sound
Priority: optional
Homepage: https://iam.co.za/desktop
Description: record, transcribe, search and export speech, offline
 IAM Desktop records audio with a live waveform and transcribes recordings and
 audio or video files on your own machine with a bundled Whisper model (or with
 the OpenAI API), keeps every recording and transcript in a searchable local
 library, and exports them to text, subtitles, Word and PDF.
CONTROL
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null

echo "package: done"
du -sh "$bundle" "$tarball" "$deb"
