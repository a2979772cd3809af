"""The installers' CI workflow (.github/workflows/installers.yml) and the files it wraps the builds with: the
Inno Setup script, the macOS entitlements and the disk-image script.

Windows and macOS cannot be run here, so their contract is checked from the files: every system builds the
one spec and starts the frozen executable before wrapping it, signing only ever runs behind a gate that
sees the secrets (the gates themselves are run here, with and without them), and the wrappers point at what
the spec builds. make-dmg.sh runs here with stand-ins for macOS's ditto and hdiutil.
"""

from __future__ import annotations

import os
import plistlib
import re
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "installers.yml"
ISS = REPO / "packaging" / "windows" / "iam-desktop.iss"
ENTITLEMENTS = REPO / "packaging" / "macos" / "entitlements.plist"
MAKE_DMG = REPO / "packaging" / "macos" / "make-dmg.sh"
SPEC = "packaging/iam-desktop.spec"

WINDOWS_SECRETS = {"WINDOWS_CERT_PFX_BASE64", "WINDOWS_CERT_PASSWORD"}
MACOS_CERT_SECRETS = {"MACOS_CERT_P12_BASE64", "MACOS_CERT_PASSWORD", "MACOS_KEYCHAIN_PASSWORD"}
NOTARY_SECRETS = {"APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"}
#: commands that need a certificate or Apple's credentials
SIGNING_COMMANDS = ("signtool", "Import-PfxCertificate", "codesign --force", "security import", "notarytool",
                    "stapler", "/Ssigntool")
SECRET = re.compile(r"\$\{\{\s*secrets\.(\w+)\s*\}\}")


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _job(workflow: dict, runner: str) -> dict:
    jobs = [job for job in workflow["jobs"].values() if job["runs-on"] == runner]
    assert len(jobs) == 1, f"one job on {runner}"
    return jobs[0]


def _steps(job: dict) -> list[dict]:
    return job["steps"]


def _index(job: dict, predicate) -> int:
    found = [i for i, step in enumerate(_steps(job)) if predicate(step)]
    assert found, "no such step"
    return found[0]


def _runs(step: dict, text: str) -> bool:
    return text in step.get("run", "")


def _expand(text: str, workflow: dict, job: dict) -> str:
    """`text` with $SPEC / ${{ env.X }} of the workflow's and the job's env filled in."""
    env = {**workflow.get("env", {}), **job.get("env", {})}
    for name, value in env.items():
        text = text.replace(f"${{{{ env.{name} }}}}", str(value)).replace(f'"${name}"', str(value))
        text = text.replace(f"${name}", str(value))
    return text


@pytest.mark.parametrize("runner", ["ubuntu-latest", "windows-latest", "macos-latest"])
def test_each_system_builds_the_one_spec_then_starts_the_frozen_executable(workflow, runner):
    job = _job(workflow, runner)
    if runner == "ubuntu-latest":
        build = _index(job, lambda s: s.get("run", "").strip() == "make package")
        # make package is scripts/package.sh, which runs PyInstaller on the same spec
        assert SPEC in (REPO / "scripts" / "package.sh").read_text(encoding="utf-8")
        assert "package:" in (REPO / "Makefile").read_text(encoding="utf-8")
    else:
        build = _index(job, lambda s: "pyinstaller --noconfirm" in _expand(s.get("run", ""), workflow, job))
        assert SPEC in _expand(_steps(job)[build]["run"], workflow, job)
    smoke = _index(job, lambda s: _runs(s, "--version") and "iam-desktop" in s["run"])
    assert build < smoke
    wrappers = ("check-package.sh", "iam-desktop.iss", "make-dmg.sh")
    wrap = _index(job, lambda s: any(_runs(s, w) for w in wrappers))
    assert smoke < wrap
    upload = [s for s in _steps(job) if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert len(upload) == 1 and upload[0]["with"]["if-no-files-found"] == "error"


@pytest.mark.parametrize("runner", ["windows-latest", "macos-latest"])
def test_windows_and_macos_install_the_dev_extras_on_python_3_11(workflow, runner):
    job = _job(workflow, runner)
    setup = [s for s in _steps(job) if s.get("uses", "").startswith("actions/setup-python@")]
    assert len(setup) == 1
    assert _expand(setup[0]["with"]["python-version"], workflow, job) == "3.11"
    assert any(_runs(s, "pip install -e '.[dev]'") for s in _steps(job))
    version = _index(job, lambda s: _runs(s, "import iam_desktop; print(iam_desktop.__version__)"))
    assert _steps(job)[version]["id"] == "version"


def test_linux_builds_on_debian_12_and_runs_the_package_checks(workflow):
    job = _job(workflow, "ubuntu-latest")
    assert job["container"]["image"] == "debian:12"  # the glibc floor scripts/package.sh declares
    assert job["container"]["options"] == "--privileged"  # check-clean-machine.sh chroots and bind-mounts
    assert any(_runs(s, "bash scripts/check-package.sh") for s in _steps(job))
    upload = next(s for s in _steps(job) if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert "linux-x86_64.tar.gz" in upload["with"]["path"] and "_amd64.deb" in upload["with"]["path"]


def test_every_script_and_file_the_workflow_names_exists(workflow):
    text = WORKFLOW.read_text(encoding="utf-8")
    path = r"\b((?:packaging|scripts)/[\w./-]+\.(?:sh|spec|iss|plist))"
    named = set(re.findall(path, text.replace("\\", "/")))
    assert {SPEC, "packaging/windows/iam-desktop.iss", "packaging/macos/entitlements.plist",
            "packaging/macos/make-dmg.sh", "scripts/check-package.sh"} <= named
    missing = sorted(path for path in named if not (REPO / path).is_file())
    assert not missing, f"the workflow names files that do not exist: {missing}"


def _gated(step: dict) -> bool:
    return "steps.signing.outputs." in str(step.get("if", ""))


@pytest.mark.parametrize("runner", ["windows-latest", "macos-latest"])
def test_secrets_reach_only_gated_steps_never_a_command_line(workflow, runner):
    job = _job(workflow, runner)
    assert "secrets." not in str(workflow.get("env", {})) and "secrets." not in str(job.get("env", {}))
    gate = _index(job, lambda s: s.get("id") == "signing")
    used: set[str] = set()
    for i, step in enumerate(_steps(job)):
        assert not SECRET.search(step.get("run", "")), f"{step.get('name')}: a secret pasted into the script"
        secrets = {m for value in step.get("env", {}).values() for m in SECRET.findall(str(value))}
        used |= secrets
        if secrets and i != gate:
            assert i > gate and _gated(step), f"{step.get('name')} reads secrets without the gate"
    expected = WINDOWS_SECRETS if runner == "windows-latest" else MACOS_CERT_SECRETS | NOTARY_SECRETS
    assert used == expected


@pytest.mark.parametrize("runner", ["windows-latest", "macos-latest"])
def test_every_signing_command_is_behind_the_gate(workflow, runner):
    job = _job(workflow, runner)
    gate = _index(job, lambda s: s.get("id") == "signing")
    signing = [(i, s) for i, s in enumerate(_steps(job))
               if any(command in s.get("run", "") for command in SIGNING_COMMANDS)]
    assert len(signing) >= 3
    for i, step in signing:
        # the installer step signs through Inno Setup only when the gate said so (checked in its script)
        conditional = _gated(step) or "steps.signing.outputs.enabled" in str(step.get("env", {}))
        assert i > gate and conditional, f"{step.get('name')} signs without the gate"


def _run_gate(job: dict, env: dict[str, str], tmp_path: Path) -> tuple[dict[str, str], str]:
    gate = next(s for s in _steps(job) if s.get("id") == "signing")
    output = tmp_path / "github-output"
    output.write_text("")
    clean = {k: v for k, v in os.environ.items() if k not in gate["env"]}
    done = subprocess.run(["bash", "-e", "-c", gate["run"]], capture_output=True, text=True, timeout=30,
                          env={**clean, **env, "GITHUB_OUTPUT": str(output)})
    assert done.returncode == 0, done.stderr
    values = dict(line.split("=", 1) for line in output.read_text().splitlines())
    return values, done.stdout


def _gate_env(job: dict, secrets: set[str]) -> dict[str, str]:
    """The gate's environment as CI would set it when `secrets` are available (others empty)."""
    env = {}
    for name, value in next(s for s in _steps(job) if s.get("id") == "signing")["env"].items():
        secret = SECRET.search(value).group(1)
        env[name] = "set" if secret in secrets else ""
    return env


def test_windows_gate_signs_only_with_both_secrets(workflow, tmp_path):
    job = _job(workflow, "windows-latest")
    values, _ = _run_gate(job, _gate_env(job, WINDOWS_SECRETS), tmp_path)
    assert values == {"enabled": "true"}
    values, out = _run_gate(job, _gate_env(job, {"WINDOWS_CERT_PFX_BASE64"}), tmp_path)
    assert values == {"enabled": "false"}
    assert out.startswith("::notice") and "unsigned" in out


def test_macos_gate_signs_with_the_certificate_and_notarises_with_apples_credentials(workflow, tmp_path):
    job = _job(workflow, "macos-latest")
    values, _ = _run_gate(job, _gate_env(job, MACOS_CERT_SECRETS | NOTARY_SECRETS), tmp_path)
    assert values == {"enabled": "true", "notarize": "true"}
    values, out = _run_gate(job, _gate_env(job, MACOS_CERT_SECRETS), tmp_path)
    assert values == {"enabled": "true", "notarize": "false"} and "not notarised" in out
    values, out = _run_gate(job, _gate_env(job, NOTARY_SECRETS), tmp_path)
    assert values == {"enabled": "false", "notarize": "false"}
    assert out.startswith("::notice") and "unsigned" in out


def test_windows_signs_the_bundle_before_packing_it_and_then_the_installer(workflow):
    job = _job(workflow, "windows-latest")
    steps = _steps(job)
    bundle_exe = r"dist\iam-desktop\iam-desktop.exe"
    sign_exe = _index(job, lambda s: _runs(s, "signtool sign") and _runs(s, bundle_exe))
    installer = _index(job, lambda s: _runs(s, r"packaging\windows\iam-desktop.iss"))
    assert sign_exe < installer
    script = steps[installer]["run"]
    for argument in ("/DAppVersion=$env:VERSION", "/DSignTool=signtool", "/Ssigntool="):
        assert argument in script
    assert "windows-x64-setup.exe" in script
    assert "choco install innosetup" in next(s["run"] for s in steps if _runs(s, "ISCC.exe"))
    verify = _index(job, lambda s: _runs(s, "signtool verify /pa"))
    assert installer < verify and "windows-x64-setup.exe" in steps[verify]["run"]
    cleanup = next(s for s in steps if _runs(s, "-DeleteKey"))
    assert str(cleanup["if"]).startswith("always()")


def test_macos_signs_with_the_hardened_runtime_then_notarises_and_staples_the_dmg(workflow):
    job = _job(workflow, "macos-latest")
    steps = _steps(job)
    sign_app = _index(job, lambda s: _runs(s, "--options runtime"))
    script = steps[sign_app]["run"]
    for flag in ("--deep", "--timestamp", "--entitlements packaging/macos/entitlements.plist"):
        assert flag in script
    dmg = _index(job, lambda s: _runs(s, "packaging/macos/make-dmg.sh"))
    assert "if" not in steps[dmg]  # the unsigned image is built too
    sign_dmg = _index(job, lambda s: _runs(s, 'codesign --force --timestamp --sign "$IDENTITY" "$DMG"'))
    notarise = _index(job, lambda s: _runs(s, "xcrun notarytool submit"))
    assert "--wait" in steps[notarise]["run"] and "xcrun stapler staple" in steps[notarise]["run"]
    assert steps[notarise]["if"] == "steps.signing.outputs.notarize == 'true'"
    assert sign_app < dmg < sign_dmg < notarise
    cleanup = next(s for s in steps if _runs(s, "security delete-keychain"))
    assert str(cleanup["if"]).startswith("always()")


# --- the Inno Setup script ----------------------------------------------------------------------------


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _setup() -> dict[str, str]:
    lines = _iss_sections()["Setup"]
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def test_installer_packs_the_bundle_with_the_icon_for_64_bit_windows():
    setup = _setup()
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["ArchitecturesAllowed"] == setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert setup["OutputBaseFilename"] == "iam-desktop-{#AppVersion}-windows-x64-setup"
    icon = ISS.parent / setup["SetupIconFile"].replace("\\", "/")
    assert icon.resolve() == REPO / "packaging" / "icons" / "iam-desktop.ico" and icon.is_file()
    assert (ISS.parent / setup["OutputDir"].replace("\\", "/")).resolve() == REPO / "dist"
    text = ISS.read_text(encoding="utf-8")
    assert '#define BundleDir "..\\..\\dist\\iam-desktop"' in text
    assert any(line.startswith('Source: "{#BundleDir}\\*"') and "recursesubdirs" in line
               for line in _iss_sections()["Files"])
    assert "#error" in text  # no version, no installer


def test_installer_lets_the_user_choose_a_per_user_or_all_users_install():
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "dialog" in setup["PrivilegesRequiredOverridesAllowed"]
    assert setup["DefaultDirName"].startswith("{autopf}")
    icons = _iss_sections()["Icons"]
    assert any(line.startswith('Name: "{autoprograms}') for line in icons)
    desktop = [line for line in icons if line.startswith('Name: "{autodesktop}')]
    assert desktop and "Tasks: desktopicon" in desktop[0]
    assert any("desktopicon" in line and "unchecked" in line for line in _iss_sections()["Tasks"])


def test_uninstall_never_touches_the_users_data():
    sections = _iss_sections()
    for section in ("UninstallDelete", "UninstallRun"):
        for line in sections.get(section, []):
            assert not re.search(r"appdata|localappdata|userdocs|IAM Desktop", line, re.IGNORECASE), line
    # the only files deleted at install are the previous version's program files
    assert all("{app}" in line for line in sections.get("InstallDelete", []))


def test_license_page_follows_whether_the_project_has_a_license():
    text = ISS.read_text(encoding="utf-8")
    assert 'FileExists(AddBackslash(SourcePath) + "..\\..\\LICENSE")' in text
    assert "LicenseFile=..\\..\\LICENSE" in text


# --- macOS ---------------------------------------------------------------------------------------------


def test_entitlements_grant_the_microphone_and_no_debugging():
    with ENTITLEMENTS.open("rb") as handle:
        entitlements = plistlib.load(handle)
    assert entitlements["com.apple.security.device.audio-input"] is True
    assert "com.apple.security.get-task-allow" not in entitlements  # notarisation refuses it
    assert all(value is True for value in entitlements.values())  # Apple's convention: only true keys
    assert "packaging\" / \"macos\" / \"entitlements.plist" in (REPO / SPEC).read_text(encoding="utf-8")


def _fake_tools(folder: Path, record: Path) -> None:
    """ditto (a copy) and hdiutil (writes the image as the list of what it was given) for make-dmg.sh."""
    folder.mkdir()
    (folder / "ditto").write_text('#!/bin/sh\ncp -R "$1" "$2"\n')
    (folder / "hdiutil").write_text(
        "#!/bin/bash\n"
        f'echo "$@" > "{record}"\n'
        'for out; do :; done\n'
        'while [ $# -gt 0 ]; do case "$1" in -srcfolder) src=$2; shift;; esac; shift; done\n'
        f'(cd "$src" && find . | sort && readlink Applications) >> "{record}"\n'
        'echo image > "$out"\n'
    )
    for tool in ("ditto", "hdiutil"):
        (folder / tool).chmod(0o755)


def test_make_dmg_holds_the_app_and_a_link_to_applications(tmp_path):
    app = tmp_path / "dist" / "IAM Desktop.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "MacOS" / "iam-desktop").write_text("app")
    record = tmp_path / "hdiutil-args"
    _fake_tools(tmp_path / "bin", record)
    dmg = tmp_path / "out" / "iam-desktop-1.0-macos-arm64.dmg"
    env = {**os.environ, "PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}", "TMPDIR": str(tmp_path)}
    done = subprocess.run(["bash", str(MAKE_DMG), f"{app}/", str(dmg)], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    args, *listing = record.read_text().splitlines()
    assert "-volname IAM Desktop" in args and "-format UDZO" in args and args.endswith(str(dmg))
    assert "./IAM Desktop.app/Contents/MacOS/iam-desktop" in listing
    assert "./Applications" in listing and listing[-1] == "/Applications"
    assert dmg.read_text() == "image\n"
    assert not list(tmp_path.glob("make-dmg.*"))  # the staging folder is removed


@pytest.mark.parametrize(("make_app", "name", "code"), [(False, "x.dmg", 1), (True, "x.zip", 2)])
def test_make_dmg_refuses_what_is_not_an_app_or_a_dmg(tmp_path, make_app, name, code):
    app = tmp_path / "IAM Desktop.app"
    (app / "Contents" / ("MacOS" if make_app else "Resources")).mkdir(parents=True)
    done = subprocess.run(["bash", str(MAKE_DMG), str(app), str(tmp_path / name)], capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == code and "make-dmg:" in done.stderr
