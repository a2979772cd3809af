#!/usr/bin/env bash
# `make check-package`: prove what `make package` built works, as a user runs it.
#   1. the tests marked `packaging` (tests/packaging, in scripts/run-tests.sh's environment: a private
#      keyring and a virtual microphone): the frozen bundle, the .deb installed with apt and a wheel of this
#      tree in a fresh venv each print their version, transcribe speech, export DOCX and PDF, record two
#      seconds and open and close the window, from a folder away from the checkout;
#   2. scripts/check-clean-machine.sh: the .deb on a minimal Debian 12 with only its dependencies.
# `make test` runs the same two steps as its `installed` and `clean-machine` gates.
set -euo pipefail
cd "$(dirname "$0")/.."
test -x dist/iam-desktop/iam-desktop || { echo "check-package: run make package first" >&2; exit 1; }
bash scripts/run-tests.sh -m packaging tests/packaging
bash scripts/check-clean-machine.sh
