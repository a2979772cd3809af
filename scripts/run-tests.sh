#!/usr/bin/env bash
# Run the whole test suite headless: ruff, then pytest with Qt offscreen and no model hub.
# Arguments go to pytest. pytest runs on a private D-Bus session with its own unlocked gnome-keyring
# (a real Secret Service) whose files, config and sockets live in a temporary folder removed on exit, so
# the user's own keyring is never touched; IAM_TEST_SECRET_SERVICE=1 tells the tests it is there.
# A private PulseAudio server (scripts/virtual-sound.sh) in the same folder gives the tests a virtual
# speaker and microphone; IAM_TEST_VIRTUAL_SOUND=1 tells them it is there. Both are stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export QT_QPA_PLATFORM=offscreen HF_HUB_OFFLINE=1 PYTHONDONTWRITEBYTECODE=1
$BIN/ruff check .

test_tmp=$(mktemp -d "${TMPDIR:-/tmp}/iam-test.XXXXXX")
sound=""
cleanup() {
  if [ -n "$sound" ]; then XDG_RUNTIME_DIR="$test_tmp/runtime" scripts/virtual-sound.sh stop || true; fi
  rm -rf "$test_tmp"
}
trap cleanup EXIT
mkdir -m 700 "$test_tmp/data" "$test_tmp/config" "$test_tmp/runtime"

if command -v pulseaudio >/dev/null 2>&1 && command -v pactl >/dev/null 2>&1 &&
   command -v parec >/dev/null 2>&1; then
  sound=1  # before start: a half-started server is stopped too
  XDG_RUNTIME_DIR="$test_tmp/runtime" scripts/virtual-sound.sh start
  export IAM_TEST_VIRTUAL_SOUND=1 PULSE_COOKIE="$test_tmp/runtime/virtual-sound/cookie"
else
  echo "run-tests: pulseaudio, pactl or parec missing; the sound playback tests are skipped" \
    "(scripts/install-system-deps.sh test installs them)" >&2
fi

if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "run-tests: dbus-run-session or gnome-keyring-daemon missing; the OS keyring tests are skipped" \
    "(scripts/install-system-deps.sh test installs them)" >&2
  XDG_RUNTIME_DIR="$test_tmp/runtime" $BIN/python -m pytest "$@"
  exit
fi

# the keyring daemon exits with the D-Bus session when pytest ends
dbus-run-session -- bash -c '
  set -euo pipefail
  export XDG_DATA_HOME="$1/data" XDG_CONFIG_HOME="$1/config" XDG_RUNTIME_DIR="$1/runtime"
  shift
  unset PYTHON_KEYRING_BACKEND GNOME_KEYRING_CONTROL
  log="$XDG_RUNTIME_DIR/gnome-keyring.log"
  if ! unlocked=$(printf iam-test | gnome-keyring-daemon --unlock --components=secrets 2>>"$log") ||
     ! eval "$unlocked" || ! started=$(gnome-keyring-daemon --start --components=secrets 2>>"$log") ||
     ! eval "$started"; then
    echo "run-tests: could not start gnome-keyring:" >&2; cat "$log" >&2; exit 1
  fi
  export IAM_TEST_SECRET_SERVICE=1
  exec "$@"
' run-tests "$test_tmp" $BIN/python -m pytest "$@"
