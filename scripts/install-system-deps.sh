#!/usr/bin/env bash
# Install the Debian/Ubuntu packages IAM Desktop needs, as root or through sudo.
# Usage: scripts/install-system-deps.sh [run|test]   (PYTHON=python3.x picks the interpreter checked for venv)
#   run  - what the app needs to start (Qt's libraries, PortAudio, ALSA config)
#   test - the above plus what the test suite uses (espeak-ng, sox, poppler, xvfb, pulseaudio, keyring) and
#          what `make package` and its checks use (binutils for PyInstaller, debootstrap)
# Quick and silent when everything is already there; does nothing off Debian/Ubuntu.
set -euo pipefail
mode=${1:-run}

run_pkgs=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxcb-randr0
  libxcb1 libx11-xcb1 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libwayland-client0 libwayland-cursor0
  libwayland-egl1 libasound2 libportaudio2 libasound2-data fonts-dejavu-core)
test_pkgs=(espeak-ng flite sox xvfb xauth poppler-utils gnome-keyring pulseaudio pulseaudio-utils libasound2-plugins
  binutils debootstrap desktop-file-utils orca xdotool at-spi2-core)

pkgs=("${run_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")
# Debian's python3 comes without venv/ensurepip; the venv that `make` creates needs it
if ! "${PYTHON:-python3}" -c "import ensurepip, venv" >/dev/null 2>&1; then
  pkgs+=(python3-venv)
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian/Ubuntu system; install the equivalents of: ${pkgs[*]}" >&2
  exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-system-deps: missing packages (${missing[*]}) and no root or sudo to install them" >&2
  exit 1
fi

echo "install-system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 update -qq
"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
