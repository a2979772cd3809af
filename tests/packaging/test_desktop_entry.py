"""The Linux desktop entry the .deb installs: valid, starts the installed command with the files a file
manager opens with it, and offers the app for the media the app reads."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

ENTRY = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "iam-desktop.desktop"


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(ENTRY, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_entry_is_valid():
    done = subprocess.run(["desktop-file-validate", str(ENTRY)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_it_runs_the_installed_command_with_the_opened_files():
    # %U: files come as paths or file:// URLs (cli.main.files_to_open turns both into imports), and the
    # iam-desktop://activate links as themselves
    assert entry()["Exec"] == "iam-desktop %U"
    assert entry()["Icon"] == "iam-desktop"  # the hicolor icons the .deb installs
    assert entry()["StartupWMClass"] == "IAM Desktop"  # QApplication.setApplicationName


def test_it_is_offered_for_common_audio_and_video():
    types = set(entry()["MimeType"].rstrip(";").split(";"))
    assert {"audio/mpeg", "audio/x-wav", "audio/flac", "audio/mp4", "audio/ogg", "video/mp4"} <= types


def test_it_handles_the_activation_links():
    """`iam-desktop://activate?licence=…` links (the seller's e-mail or page) open the app to activate."""
    assert "x-scheme-handler/iam-desktop" in entry()["MimeType"].rstrip(";").split(";")
