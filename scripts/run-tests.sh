#!/usr/bin/env bash
# Run the whole test suite headless: ruff, then pytest with Qt offscreen and no model hub.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export QT_QPA_PLATFORM=offscreen HF_HUB_OFFLINE=1 PYTHONDONTWRITEBYTECODE=1
$BIN/ruff check .
$BIN/python -m pytest "$@"
