"""`iam-desktop subscription plans|open|portal|activate|status`: run through the real entry point
(in process, so that the test's licence key can be trusted; `plans` and `open --print-url` also as a
separate process) against the real keyring and a local billing service."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from fake_billing_service import running_billing_service
from licence_helpers import EMAIL, current_licence

from iam_desktop.billing.installation import installation_id
from iam_desktop.billing.usage import UsageMeter
from iam_desktop.cli.main import main
from iam_desktop.paths import data_paths
from iam_desktop.settings import Settings, load_settings, save_settings, settings_file


def run(capsys, *args: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["subscription", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_plans_lists_the_catalogue_and_marks_the_current_one(capsys, licence_store):
    code, out, _ = run(capsys, "plans", "--json")
    assert code == 0
    plans = json.loads(out)
    assert [p["id"] for p in plans] == ["free", "pro", "business"]
    assert [p["current"] for p in plans] == [True, False, False]
    assert plans[1]["prices"] == {"USD": 900, "ZAR": 16900} and plans[1]["cloud_minutes"] == 600
    code, out, _ = run(capsys, "plans")
    assert code == 0 and "* free" in out and "$9.00 / R169.00 a month" in out


def test_open_prints_the_checked_stripe_link_with_the_email_and_installation(capsys, licence_store):
    code, out, err = run(capsys, "open", "pro", "--gateway", "stripe", "--email", "a+b@example.com",
                         "--print-url")  # fmt: skip
    assert code == 0, err
    url = urlsplit(out.strip())
    assert (url.scheme, url.hostname) == ("https", "buy.stripe.com")
    query = parse_qs(url.query)
    assert query["prefilled_email"] == ["a+b@example.com"]
    assert query["client_reference_id"] == [installation_id(data_paths())]
    assert licence_store.email() == "a+b@example.com"  # kept for next time, in the keyring only
    assert "a+b@example.com" not in settings_file(data_paths()).read_text() if settings_file(
        data_paths()).exists() else True


def test_open_asks_the_billing_service_and_refuses_a_foreign_page(capsys, licence_store):
    with running_billing_service() as service:
        save_settings(data_paths().ensure(), dataclasses.replace(Settings(), billing_service_url=service.url))
        service.checkout_url = "https://secure.paygate.co.za/payweb3/process.trans?PAY_REQUEST_ID=ABC"
        code, out, err = run(capsys, "open", "business", "--gateway", "paygate", "--email", EMAIL,
                             "--print-url")  # fmt: skip
        assert code == 0, err
        assert out.strip() == service.checkout_url
        assert service.requests[-1].json == {"plan": "business", "gateway": "paygate", "email": EMAIL,
                                             "installation_id": installation_id(data_paths())}  # fmt: skip
        service.checkout_url = "https://checkout.stripe.com.evil.example/c/pay/x"
        code, out, err = run(capsys, "open", "pro", "--gateway", "stripe", "--print-url")
        assert code == 7
        assert out == "" and "evil.example" in err and "not" in err
    assert EMAIL not in settings_file(data_paths()).read_text()


def test_open_refuses_what_is_not_a_paid_plan(capsys, licence_store):
    for plan in ("free", "platinum"):
        code, out, err = run(capsys, "open", plan, "--gateway", "stripe", "--print-url")
        assert code == 2 and out == "" and "choose one of pro, business" in err


def test_open_says_plainly_when_the_service_is_down(capsys, licence_store):
    with running_billing_service() as service:
        url = service.url
    save_settings(data_paths().ensure(), dataclasses.replace(Settings(), billing_service_url=url))
    code, out, err = run(capsys, "open", "pro", "--gateway", "stripe", "--email", EMAIL, "--print-url")
    assert code == 1 and out == ""
    assert err.startswith("error: ") and EMAIL not in err


def test_portal_prints_the_static_portal(capsys, licence_store):
    code, out, err = run(capsys, "portal", "--gateway", "stitch", "--print-url")
    assert code == 0, err
    assert urlsplit(out.strip()).hostname == "express.stitch.money"


def test_activate_then_status_shows_the_paid_plan(capsys, licence_store, test_key, monkeypatch):
    token = current_licence(test_key, "pro")
    code, out, err = run(capsys, "activate", token)
    assert code == 0, err
    assert out.startswith("activated: Pro until ") and "600 cloud minutes a month" in out
    UsageMeter(data_paths()).record(90)
    code, out, _ = run(capsys, "status", "--json")
    status = json.loads(out)
    assert (status["plan"], status["state"], status["cloud_minutes"]) == ("pro", "active", 600)
    assert status["used_minutes"] == 1.5 and status["remaining_minutes"] == 598.5
    assert status["installation_id"] == installation_id(data_paths())
    assert token not in out and EMAIL not in out
    code, out, _ = run(capsys, "status")
    assert "plan: Pro (active)" in out and "1.5 used of 600" in out
    code, out, _ = run(capsys, "plans", "--json")
    assert [p["current"] for p in json.loads(out)] == [False, True, False]


def test_activate_reads_a_link_from_standard_input(capsys, licence_store, test_key, monkeypatch):
    link = f"iam-desktop://activate?licence={current_licence(test_key, 'business')}"
    code, out, err = run(capsys, "activate", "-", stdin=link + "\n", monkeypatch=monkeypatch)
    assert code == 0, err
    assert "Business" in out


def test_a_forged_or_foreign_licence_is_refused_and_the_stored_one_kept(
    capsys, licence_store, test_key, second_key
):
    good = current_licence(test_key, "pro")
    assert run(capsys, "activate", good)[0] == 0
    header, payload, signature = good.split(".")
    claims = json.loads(_unb64(payload))
    claims["plan"] = "business"
    forged = ".".join([header, _b64(json.dumps(claims).encode()), signature])
    foreign = current_licence(second_key, "business")  # signed by a key the app does not trust
    refusals = ((forged, "changed after it was issued"), (foreign, "not signed"),
                ("garbage", "not an iam desktop licence"))  # fmt: skip
    for token, words in refusals:
        code, out, err = run(capsys, "activate", token)
        assert code == 7, (token, err)
        assert out == "" and words in err.lower(), err
        assert token not in err
    assert licence_store.token() == good
    code, out, _ = run(capsys, "status", "--json")
    assert json.loads(out)["plan"] == "pro"


def test_status_refresh_takes_the_service_licence(capsys, licence_store, test_key):
    with running_billing_service() as service:
        save_settings(data_paths().ensure(), dataclasses.replace(Settings(), billing_service_url=service.url))
        service.licence = {"licence": current_licence(test_key, "business"), "history": []}
        code, out, err = run(capsys, "status", "--json", "--refresh")
        assert code == 0, err
        assert json.loads(out)["plan"] == "business"
    assert load_settings(data_paths()).billing_service_url == service.url


def test_the_installed_command_lists_plans_and_prints_a_page(data_dir):
    command = str(Path(sys.executable).parent / "iam-desktop")
    env = dict(os.environ, IAM_DATA_DIR=str(data_dir))
    done = subprocess.run([command, "subscription", "plans"], capture_output=True, text=True, env=env,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "pro" in done.stdout and "business" in done.stdout
    done = subprocess.run([command, "subscription", "open", "pro", "--gateway", "paygate", "--print-url"],
                          capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert urlsplit(done.stdout.strip()).hostname == "secure.paygate.co.za"


def _b64(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
