#!/usr/bin/env bash
# Run the whole test suite headless: ruff, then pytest with Qt offscreen and no model hub.
# Arguments go to pytest. pytest runs on a private D-Bus session with its own unlocked gnome-keyring
# (a real Secret Service) whose files, config and sockets live in a temporary folder removed on exit, so
# the user's own keyring is never touched; IAM_TEST_SECRET_SERVICE=1 tells the tests it is there.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export QT_QPA_PLATFORM=offscreen HF_HUB_OFFLINE=1 PYTHONDONTWRITEBYTECODE=1
$BIN/ruff check .

if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "run-tests: dbus-run-session or gnome-keyring-daemon missing; the OS keyring tests are skipped" \
    "(scripts/install-system-deps.sh test installs them)" >&2
  exec $BIN/python -m pytest "$@"
fi

keyring_tmp=$(mktemp -d "${TMPDIR:-/tmp}/iam-test-keyring.XXXXXX")
trap 'rm -rf "$keyring_tmp"' EXIT
mkdir -m 700 "$keyring_tmp/data" "$keyring_tmp/config" "$keyring_tmp/runtime"
# the daemon exits with the D-Bus session when pytest ends
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
' run-tests "$keyring_tmp" $BIN/python -m pytest "$@"
