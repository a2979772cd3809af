"""What a user does first with an installed app, on each installed form (bundle, .deb, wheel in a fresh
venv), always from a folder away from the checkout: its version, a real transcription by the bundled model,
DOCX and PDF exports (templates and fonts found), a recording from the (virtual) microphone, and the window
started and closed cleanly."""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import REPO, SPEECH_TEXT, play_into_mic, wer

from iam_desktop import __version__

pytestmark = pytest.mark.packaging


def run(app: Path, *args: str, cwd: Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HF_HUB_OFFLINE": "1"}
    env.pop("PYTHONPATH", None)
    command = [str(app), *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_prints_its_version(installed_app: Path, elsewhere: Path):
    assert ok(run(installed_app, "--version", cwd=elsewhere)).strip() == f"iam-desktop {__version__}"


def test_transcribes_and_exports_documents(installed_app: Path, elsewhere: Path, speech_wav: Path):
    ok(run(installed_app, "transcribe", str(speech_wav), cwd=elsewhere))
    text = ok(run(installed_app, "library", "show", "1", cwd=elsewhere))
    assert wer(SPEECH_TEXT, text) < 0.25, text

    docx_path, pdf_path = elsewhere / "talk.docx", elsewhere / "talk.pdf"
    for path in (docx_path, pdf_path):
        export = ("library", "export", "1", "--format", path.suffix[1:], "--output", str(path))
        ok(run(installed_app, *export, cwd=elsewhere))
    import docx

    paragraphs = " ".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
    assert "library building" in paragraphs.lower()
    pdf_text = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True)
    assert "library building" in pdf_text.stdout.lower()
    fonts = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts  # the bundled font, embedded: any script prints


def test_the_multilingual_model_is_bundled_too(bundle_app: Path, elsewhere: Path, tmp_path: Path):
    from helpers import make_speech

    said = "Guten Morgen. Heute sprechen wir über die neue Bibliothek."
    german = make_speech(said, tmp_path / "de.wav", "de")
    ok(run(bundle_app, "transcribe", "--model", "base", "--language", "de", str(german), cwd=elsewhere))
    text = ok(run(bundle_app, "library", "show", "1", cwd=elsewhere))
    assert "bibliothek" in text.lower(), text


@pytest.mark.usefixtures("virtual_mic")
def test_records_from_the_microphone(installed_app: Path, elsewhere: Path, speech_wav: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    recorder = subprocess.Popen(
        [str(installed_app), "record", "--seconds", "2", "--no-transcribe"],
        cwd=elsewhere, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert recorder.stderr is not None
    first = recorder.stderr.readline()
    assert first.startswith("recording from"), first + recorder.stderr.read()
    # the PortAudio in use is the one shipped with the app (a wheel's venv has none: the system's)
    maps = Path(f"/proc/{recorder.pid}/maps").read_text()
    portaudio = {line.split()[-1] for line in maps.splitlines() if "libportaudio" in line}
    if installed_app.resolve().parent.name == "iam-desktop":  # the bundle, also as installed by the .deb
        assert portaudio and all("/_internal/" in path for path in portaudio), portaudio
    player = play_into_mic(speech_wav)
    out, err = recorder.communicate(timeout=60)
    player.wait(60)
    assert recorder.returncode == 0, err
    listed = json.loads(ok(run(installed_app, "library", "list", "--json", cwd=elsewhere)))
    assert len(listed) == 1 and 1.5 < listed[0]["duration"] < 3.5, listed


def test_the_window_starts_and_closes_cleanly(installed_app: Path, elsewhere: Path):
    started = time.monotonic()
    out = ok(run(installed_app, "--startup-time", cwd=elsewhere, timeout=120))
    match = re.search(r"startup: (\d+\.\d+) s", out)
    assert match, out
    assert 0 < float(match.group(1)) < time.monotonic() - started + 1


def test_the_wheel_finds_its_resources_in_the_installed_package(wheel_app: Path, elsewhere: Path):
    probe = (
        "from iam_desktop.export.pdf_format import find_fonts; from iam_desktop.resource_files import "
        "resource_path; print(find_fonts()['IamSans']); print(resource_path('styles', 'app.qss'))"
    )
    python = wheel_app.parent / "python"
    command = [str(python), "-c", probe]
    done = subprocess.run(command, cwd=elsewhere, capture_output=True, text=True, check=True)
    font, style = (Path(line) for line in done.stdout.split())
    site = wheel_app.parent.parent / "lib"
    assert font.is_relative_to(site) and font.is_file(), font  # not /usr/share/fonts, not the checkout
    assert style.is_relative_to(site) and style.is_file(), style


def test_the_bundle_carries_its_resources_and_migrations(bundle_app: Path):
    inside = bundle_app.parent / "_internal" / "iam_desktop"
    parts = ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "styles/app.qss", "icons/iam-desktop.svg")
    for part in parts:
        assert (inside / "resources" / part).is_file(), part
    icon_fonts = bundle_app.parent / "_internal" / "qtawesome" / "fonts"  # the window's icons (ui/icons.py)
    expected = ["phosphor-1.3.0.ttf", "phosphor-charmap-1.3.0.json"]  # and nothing else of qtawesome's
    assert sorted(p.name for p in icon_fonts.iterdir()) == expected
    versions = Path("library", "migrations", "versions")
    revisions = sorted(p.name for p in (inside / versions).glob("0*.py"))
    source = sorted(p.name for p in (REPO / "iam_desktop" / versions).glob("0*.py"))
    assert revisions == source  # Alembic reads them as files: every revision, or new libraries break


def test_backs_up_and_verifies_against_s3_storage(bundle_app: Path, elsewhere: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch):  # fmt: skip
    """boto3 (with botocore's service data), cryptography and the backup code are in the frozen app: a
    backup to a real S3-compatible server, then a read-back check of every object."""
    from s3_helpers import start_server

    server = start_server(tmp_path / "s3")
    try:
        bucket = server.new_bucket()
        monkeypatch.setenv("IAM_S3_SECRET_ACCESS_KEY", server.secret)
        monkeypatch.setenv("IAM_BACKUP_PASSPHRASE", "a passphrase for the bundle test")
        configure = ("backup", "configure", "--provider", "custom", "--endpoint", server.endpoint,
                     "--bucket", bucket, "--access-key-id", server.key_id)  # fmt: skip
        ok(run(bundle_app, *configure, cwd=elsewhere))
        ok(run(bundle_app, "library", "list", cwd=elsewhere))  # (opening it makes the empty library)
        done = json.loads(ok(run(bundle_app, "backup", "run", "--json", cwd=elsewhere)))
        assert done["snapshot_id"] and done["files_uploaded"] >= 1, done
        checked = json.loads(ok(run(bundle_app, "backup", "verify", "--json", cwd=elsewhere)))
        assert checked["ok"] and checked["checked_objects"] >= 1, checked
        assert any(key.endswith("/keys") for key in server.objects(bucket))
    finally:
        server.stop()


def test_plans_payment_pages_and_licence_checks_work_installed(installed_app: Path, elsewhere: Path):
    """The plan catalogue and the licence keys are found inside the installed package, the allow-list
    passes the catalogue's payment page, and PyJWT with cryptography verify (here: refuse) a licence
    signed by a key the app does not ship."""
    from iam_desktop.billing.issue import make_key_pair, sign_licence

    plans = json.loads(ok(run(installed_app, "subscription", "plans", "--json", cwd=elsewhere)))
    assert [p["id"] for p in plans] == ["free", "pro", "business"]
    url = ok(run(installed_app, "subscription", "open", "pro", "--gateway", "stripe", "--print-url",
                 cwd=elsewhere)).strip()  # fmt: skip
    assert url.startswith("https://buy.stripe.com/") and "client_reference_id=" in url
    pem, _public = make_key_pair()
    now = datetime.now(UTC)
    foreign = sign_licence(pem, "not-shipped", plan_id="pro", email="someone@example.org",
                           installation_id="0b7d6c1e-4a5f-4c3e-9a1b-2c3d4e5f6a7b", period_start=now,
                           period_end=now + timedelta(days=30))  # fmt: skip
    done = run(installed_app, "subscription", "activate", foreign, cwd=elsewhere)
    assert done.returncode == 7, done.stderr
    assert "not signed" in done.stderr and foreign not in done.stderr + done.stdout
