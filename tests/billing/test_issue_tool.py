"""The vendor tool, run as the seller runs it (`python -m iam_desktop.billing.issue` in a child process):
keygen writes a private key (0600, never overwritten) and the public entry; sign makes licences the app
accepts once that public key is trusted."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from licence_helpers import EMAIL, INSTALLATION, NOW, TestKey, parts, trust

from iam_desktop.billing.errors import BillingError
from iam_desktop.billing.issue import main, make_key_pair, sign_licence
from iam_desktop.billing.keys import parse_keys
from iam_desktop.billing.licence import verify_licence


def tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "iam_desktop.billing.issue", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def test_keygen_and_sign_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = tool("keygen", "--out", str(tmp_path / "keys"), "--kid", "shop-2027-1")
    assert made.returncode == 0, made.stderr
    private = tmp_path / "keys" / "private.pem"
    if os.name == "posix":
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    pem = private.read_bytes()
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    entry = json.loads(made.stdout)
    assert entry["kid"] == "shop-2027-1" and set(entry) == {"kid", "ed25519"}
    assert "PRIVATE" not in made.stdout and pem.decode() not in made.stdout + made.stderr
    assert list(parse_keys(json.dumps({"keys": [entry]}))) == ["shop-2027-1"]

    signed = tool("sign", "--key", str(private), "--kid", "shop-2027-1", "--plan", "pro", "--email", EMAIL,
                  "--installation", INSTALLATION, "--period-start", "2026-12-01",
                  "--period-end", "2027-01-01",
                  "--amount", "16900", "--currency", "ZAR",
                  "--invoice-url", "https://secure.paygate.co.za/invoice/123")
    assert signed.returncode == 0, signed.stderr
    token = signed.stdout.strip()
    assert parts(token)[0] == {"alg": "EdDSA", "typ": "JWT", "kid": "shop-2027-1"}

    trust(monkeypatch, TestKey("shop-2027-1", pem, entry["ed25519"]))
    licence = verify_licence(token, installation_id=INSTALLATION, now=NOW)
    assert (licence.plan_id, licence.email, licence.installation_id) == ("pro", EMAIL, INSTALLATION)
    assert licence.period_start == datetime(2026, 12, 1, tzinfo=UTC)
    assert licence.period_end == datetime(2027, 1, 1, tzinfo=UTC)
    assert licence.cloud_minutes == 600 and "automatic_backup" in licence.features  # the catalogue's pro
    assert (licence.amount, licence.currency) == (16900, "ZAR")
    assert licence.invoice_url == "https://secure.paygate.co.za/invoice/123"

    custom = tool("sign", "--key", str(private), "--kid", "shop-2027-1", "--plan", "business",
                  "--email", EMAIL,
                  "--installation", INSTALLATION, "--period-end", "2027-01-01T12:00:00+02:00",
                  "--cloud-minutes", "42", "--features", "recording, export")
    assert custom.returncode == 0, custom.stderr
    licence = verify_licence(custom.stdout.strip(), installation_id=INSTALLATION, now=NOW)
    assert licence.plan_id == "business" and licence.cloud_minutes == 42
    assert licence.features == {"recording", "export"}
    assert licence.period_end == datetime(2027, 1, 1, 10, tzinfo=UTC)
    assert licence.amount is None and licence.invoice_url is None


def test_keygen_never_overwrites_a_key(tmp_path: Path) -> None:
    assert tool("keygen", "--out", str(tmp_path)).returncode == 0
    before = (tmp_path / "private.pem").read_bytes()
    again = tool("keygen", "--out", str(tmp_path))
    assert again.returncode == 1 and "exists already" in again.stderr
    assert (tmp_path / "private.pem").read_bytes() == before


def test_sign_reports_mistakes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pem, _ = make_key_pair()
    key = tmp_path / "private.pem"
    key.write_bytes(pem)
    common = ["sign", "--key", str(key), "--kid", "k", "--email", EMAIL, "--installation", INSTALLATION]
    assert main([*common, "--plan", "platinum", "--period-end", "2027-01-01"]) == 1
    assert "no plan called 'platinum'" in capsys.readouterr().err
    assert main([*common, "--plan", "pro", "--period-end", "2027-01-01", "--features", "flying"]) == 1
    assert "unknown features: flying" in capsys.readouterr().err
    assert main([*common, "--plan", "pro", "--period-start", "2027-02-01", "--period-end", "2027-01-01"]) == 1
    assert "end after it starts" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main([*common, "--plan", "pro", "--period-end", "next year"])
    assert caught.value.code == 2 and "not a date" in capsys.readouterr().err
    missing = [*common, "--plan", "pro", "--period-end", "2027-01-01"]
    missing[2] = str(tmp_path / "nope.pem")
    assert main(missing) == 1


def test_sign_licence_checks_its_arguments(test_key: TestKey) -> None:
    start, end = datetime(2026, 12, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    with pytest.raises(ValueError, match="aware"):
        sign_licence(test_key.private_pem, test_key.kid, plan_id="pro", email=EMAIL,
                     installation_id=INSTALLATION, period_start=datetime(2026, 12, 1),
                     period_end=datetime(2027, 1, 1))
    with pytest.raises(BillingError):
        sign_licence(test_key.private_pem, test_key.kid, plan_id="gold", email=EMAIL,
                     installation_id=INSTALLATION, period_start=start, period_end=end)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key

    ec_pem = generate_private_key(SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    with pytest.raises(ValueError, match="Ed25519"):
        sign_licence(ec_pem, "k", plan_id="pro", email=EMAIL, installation_id=INSTALLATION,
                     period_start=start, period_end=end)


def test_every_key_pair_is_new() -> None:
    first, second = make_key_pair(), make_key_pair()
    assert first[0] != second[0] and first[1] != second[1]
