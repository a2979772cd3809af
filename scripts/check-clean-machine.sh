#!/usr/bin/env bash
# The .deb on a clean machine: a minimal Debian 12 (debootstrap --variant=minbase: no Python, no Qt, no
# PortAudio, no fonts, no X libraries) gets `apt install ./iam-desktop_VERSION_amd64.deb` — so only what the
# package's Depends name — and then the installed app, as a user runs it: --version, a transcription of
# speech by the bundled model, DOCX and PDF exports, a two-second recording through the desktop's sound
# server (the host's private PulseAudio, reached over its socket, as a desktop session provides it), and the
# window started offscreen and closed. Needs root (debootstrap, chroot, bind mounts) and the network
# (Debian's mirror); run after `make package`:  bash scripts/check-clean-machine.sh
# IAM_CLEAN_ROOT keeps the minimal system in that folder between runs (default: a temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -ne 0 ]; then exec sudo -E bash "$0" "$@"; fi
version=$(.venv/bin/python -c 'import iam_desktop; print(iam_desktop.__version__)')
deb=dist/iam-desktop_${version}_amd64.deb
test -f "$deb" || { echo "check-clean-machine: $deb missing: run make package first" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
MIRROR=${IAM_DEBIAN_MIRROR:-http://deb.debian.org/debian}

work=$(mktemp -d "${TMPDIR:-/tmp}/iam-clean.XXXXXX")
root=${IAM_CLEAN_ROOT:-$work/root}
mounts=()
cleanup() {
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null || true; done
  if [ -n "${sound:-}" ]; then XDG_RUNTIME_DIR="$work/runtime" scripts/virtual-sound.sh stop || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
bind() { mkdir -p "$2"; mount --bind "$1" "$2"; mounts+=("$2"); }

if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "check-clean-machine: debootstrap bookworm (minbase) into $root"
  debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; exit 1; }
fi
bind /proc "$root/proc"
bind /dev "$root/dev"
bind /sys "$root/sys"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# what the user brings: speech to transcribe (espeak-ng on this host), and a sound server
mkdir -m 700 "$work/runtime"
speech="$work/speech.wav"
espeak-ng -v en-us -s 150 -w "$work/raw.wav" \
  "Good morning everyone. Today we will talk about the new library building." 2>/dev/null
sox "$work/raw.wav" -r 16000 -c 1 -b 16 "$speech"
sound=1
XDG_RUNTIME_DIR="$work/runtime" scripts/virtual-sound.sh start
bind "$work/runtime" "$root/run/user-sound"
rm -rf "$root/home/user"  # a kept machine (IAM_CLEAN_ROOT) starts with an empty home each time
mkdir -p "$root/home/user"
cp "$speech" "$root/home/user/speech.wav"

echo "check-clean-machine: apt install ./$(basename "$deb") (only its Depends and Recommends)"
cp "$deb" "$root/tmp/"
chroot "$root" apt-get -o DPkg::Lock::Timeout=300 update -qq
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" \
  >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log" >&2; exit 1; }
# a desktop session routes ALSA's default device to its sound server (pipewire-alsa or pulseaudio do)
printf 'pcm.!default pulse\nctl.!default pulse\n' >"$root/etc/asound.conf"

in_machine() {
  chroot "$root" env -i HOME=/home/user PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    HF_HUB_OFFLINE=1 PULSE_SERVER=unix:/run/user-sound/pulse/native \
    PULSE_COOKIE=/run/user-sound/virtual-sound/cookie bash -c "cd /home/user && $1"
}
check() {
  local name=$1 command=$2
  if out=$(in_machine "$command" 2>&1); then
    echo "check-clean-machine: ok   $name"
  else
    echo "check-clean-machine: FAIL $name" >&2; echo "$out" >&2; exit 1
  fi
}
check "version" "iam-desktop --version | grep -qx 'iam-desktop $version'"
check "transcribe" "iam-desktop transcribe speech.wav >/dev/null && iam-desktop library show 1 | grep -qi 'library building'"
check "export DOCX" "iam-desktop library export 1 --format docx --output talk.docx && test -s talk.docx"
check "export PDF" "iam-desktop library export 1 --format pdf --output talk.pdf && test -s talk.pdf"
( sleep 1; XDG_RUNTIME_DIR="$work/runtime" scripts/virtual-sound.sh play "$speech" ) &
check "record" "iam-desktop record --seconds 2 --no-transcribe 2>/dev/null && iam-desktop library list | grep -q '^2'"
wait
check "window" "iam-desktop --startup-time | grep -q '^startup: '"
pdftotext "$root/home/user/talk.pdf" - | grep -qi "library building" ||
  { echo "check-clean-machine: the PDF does not hold the transcript" >&2; exit 1; }
echo "check-clean-machine: the .deb works on a minimal Debian 12 with only its dependencies"
