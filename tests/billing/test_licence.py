"""Licence verification with real Ed25519 keys: a valid licence is accepted, and every refusal reason is
given for what it names (malformed, tampered, alg confusion, foreign key, expired, wrong installation,
unknown plan), with messages that never show the token or the e-mail address."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives import serialization
from licence_helpers import EMAIL, INSTALLATION, NOW, TestKey, b64, parts, reencode, trust

from iam_desktop.billing import keys
from iam_desktop.billing.errors import BillingError, LicenceRefused
from iam_desktop.billing.licence import GRACE, check_licence, licence_from_text, verify_licence

SHIPPED_TRUSTED_KEYS = keys.trusted_keys  # before any test replaces it

PERIOD_END = datetime(2027, 1, 1, tzinfo=UTC)


def refused(token: str, reason: str, *, installation: str = INSTALLATION,
            now: datetime = NOW) -> LicenceRefused:
    with pytest.raises(LicenceRefused) as caught:
        verify_licence(token, installation_id=installation, now=now)
    assert caught.value.reason == reason, str(caught.value)
    message = str(caught.value)
    assert EMAIL not in message and (not token or token not in message)
    for part in token.split("."):
        assert len(part) < 8 or part not in message
    assert message[0].isupper() and message.endswith(".")
    return caught.value


def valid_claims(**changes: object) -> dict[str, object]:
    claims: dict[str, object] = {
        "iss": "iam-desktop-billing", "sub": "lic-1", "plan": "pro", "email": EMAIL, "iid": INSTALLATION,
        "iat": int(NOW.timestamp()), "period_start": int((NOW - timedelta(days=30)).timestamp()),
        "period_end": int(PERIOD_END.timestamp()),
        "limits": {"cloud_minutes": 600, "features": ["recording", "automatic_backup"]},
    }
    claims.update(changes)
    return claims


def test_a_valid_licence_is_accepted_with_all_its_claims(test_key: TestKey) -> None:
    token = test_key.sign(period_end=PERIOD_END, amount=900, currency="USD",
                          invoice_url="https://invoice.stripe.com/i/acct_1/inv_1", licence_id="lic-42",
                          issued_at=NOW)
    licence = verify_licence(token, installation_id=INSTALLATION, now=NOW)
    assert licence.licence_id == "lic-42"
    assert licence.plan_id == "pro"
    assert licence.email == EMAIL
    assert licence.installation_id == INSTALLATION
    assert licence.period_end == PERIOD_END and licence.period_end.tzinfo is not None
    assert licence.period_start == NOW - timedelta(days=30)
    assert licence.issued_at == NOW
    assert licence.cloud_minutes == 600  # the catalogue's, as the vendor tool defaults to
    assert "automatic_backup" in licence.features
    assert (licence.amount, licence.currency) == (900, "USD")
    assert licence.invoice_url == "https://invoice.stripe.com/i/acct_1/inv_1"
    assert licence.key_id == test_key.kid
    assert licence.token == token
    assert token not in repr(licence) and EMAIL not in repr(licence)


def test_a_licence_without_a_kid_is_accepted_when_a_trusted_key_signed_it(test_key: TestKey) -> None:
    token = test_key.sign_claims(valid_claims(), headers={})
    assert "kid" not in parts(token)[0]
    assert verify_licence(token, installation_id=INSTALLATION, now=NOW).key_id == test_key.kid


@pytest.mark.parametrize("text", [
    "", "garbage", "not a licence at all", "a.b", "a.b.c.d", "..", "eyJhbGciOiJFZERTQSJ9..c2ln",
    "a!b.c.d", "ab.c$d.ef",
])
def test_garbage_is_malformed(test_key: TestKey, text: str) -> None:
    refused(text, "malformed")


def test_a_two_part_token_is_malformed(test_key: TestKey) -> None:
    head, body, _ = test_key.sign().split(".")
    refused(f"{head}.{body}", "malformed")


def test_bad_base64_is_malformed(test_key: TestKey) -> None:
    head, body, signature = test_key.sign().split(".")
    refused(f"{head}.{body[:10]}+/{body[12:]}.{signature}", "malformed")  # standard, not URL-safe, base64
    refused(f"{head}.{body}=.{signature}", "malformed")  # padding
    refused(f"{head}.{body}x.{signature}", "malformed")  # a length base64 cannot have


def test_bad_json_is_malformed(test_key: TestKey) -> None:
    head, body, signature = test_key.sign().split(".")
    refused(f"{head}.{b64(b'{not json')}.{signature}", "malformed")
    refused(f"{b64(b'[1, 2]')}.{body}.{signature}", "malformed")
    refused(f"{head}.{b64(json.dumps([1, 2]).encode())}.{signature}", "malformed")
    refused(f"{head}.{b64(bytes([0xff, 0xfe]))}.{signature}", "malformed")


@pytest.mark.parametrize("claim", ["iss", "sub", "plan", "email", "iid", "iat", "period_start", "period_end",
                                   "limits"])
def test_a_signed_licence_missing_a_claim_is_malformed(test_key: TestKey, claim: str) -> None:
    claims = valid_claims()
    del claims[claim]
    error = refused(test_key.sign_claims(claims), "malformed")
    assert claim in str(error)


@pytest.mark.parametrize(("claim", "value"), [
    ("period_end", "2027-01-01"), ("period_end", None), ("period_end", True), ("period_end", 1e300),
    ("period_end", 10**20), ("iat", [1]), ("email", 42), ("plan", ""), ("iid", {"id": 1}), ("sub", None),
    ("iss", "someone-else"), ("limits", [600]), ("limits", {"cloud_minutes": "600", "features": []}),
    ("limits", {"cloud_minutes": -5, "features": []}), ("limits", {"cloud_minutes": 600}),
    ("limits", {"cloud_minutes": 600, "features": "all"}),
    ("limits", {"cloud_minutes": 600, "features": [1]}),
    ("amount", "9.00"), ("amount", -1), ("currency", 840), ("invoice_url", 3),
    ("period_start", int(PERIOD_END.timestamp()) + 1),  # ends before it starts
])
def test_a_signed_licence_with_a_wrong_typed_claim_is_malformed(test_key: TestKey, claim: str,
                                                                 value: object) -> None:
    refused(test_key.sign_claims(valid_claims(**{claim: value})), "malformed")


def test_an_edited_payload_with_the_old_signature_is_tampered(test_key: TestKey) -> None:
    token = test_key.sign(plan_id="pro")
    _, claims, _ = parts(token)
    for change in ({"plan": "business"}, {"period_end": claims["period_end"] + 365 * 86400},
                   {"iid": "another-installation"},
                   {"limits": {"cloud_minutes": 10**6, "features": claims["limits"]["features"]}}):
        refused(reencode(token, claims={**claims, **change}), "tampered")


def test_an_altered_signature_is_tampered(test_key: TestKey) -> None:
    token = test_key.sign()
    head, body, signature = token.split(".")
    middle = len(signature) // 2
    flipped = signature[:middle] + ("A" if signature[middle] != "A" else "B") + signature[middle + 1:]
    refused(f"{head}.{body}.{flipped}", "tampered")
    refused(f"{head}.{body}.", "tampered")  # no signature at all
    short = b64(keys.b64url_decode(signature)[:-3])
    refused(f"{head}.{body}.{short}", "tampered")  # a short one
    refused(f"{head}.{body}.{signature[:-1]}", "malformed")  # not base64url any more


def test_a_header_edited_to_another_known_kid_is_tampered(test_key: TestKey, second_key: TestKey,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    trust(monkeypatch, test_key, second_key)
    token = second_key.sign()
    refused(reencode(token, header={"alg": "EdDSA", "typ": "JWT", "kid": test_key.kid}), "tampered")


def test_alg_none_is_refused(test_key: TestKey) -> None:
    token = test_key.sign()
    header, claims, signature = parts(token)
    for alg in ("none", "None", "NONE"):
        refused(reencode(token, header={**header, "alg": alg}, signature=""), "tampered")
        refused(reencode(token, header={**header, "alg": alg}), "tampered")
    refused(reencode(token, header={"typ": "JWT", "kid": test_key.kid}), "tampered")  # no alg at all


def test_hs256_signed_with_the_public_key_is_refused(test_key: TestKey) -> None:
    """The classic confusion: an HMAC keyed with the (public, shipped) key bytes."""
    _, claims, _ = parts(test_key.sign())
    claims["plan"] = "business"
    raw = test_key.public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    pem = test_key.public.public_bytes(serialization.Encoding.PEM,
                                       serialization.PublicFormat.SubjectPublicKeyInfo)
    for secret in (raw, pem, test_key.public_b64.encode()):
        head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": test_key.kid}).encode())
        body = b64(json.dumps(claims).encode())
        mac = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
        refused(f"{head}.{body}.{b64(mac)}", "tampered")


def test_other_typ_or_rs256_is_refused(test_key: TestKey) -> None:
    token = test_key.sign()
    header, _, _ = parts(token)
    refused(reencode(token, header={**header, "alg": "RS256"}), "tampered")
    refused(reencode(token, header={**header, "typ": "JWE"}), "tampered")


def test_a_licence_signed_by_an_untrusted_key_is_foreign(test_key: TestKey, second_key: TestKey) -> None:
    error = refused(second_key.sign(), "foreign_key")
    assert second_key.kid in str(error)
    refused(second_key.sign_claims(valid_claims(), headers={}), "foreign_key")  # no kid: no key verifies
    refused(second_key.sign_claims(valid_claims(), headers={"kid": "nobody-knows-me"}), "foreign_key")


def test_an_unknown_kid_is_foreign_and_an_odd_one_is_not_echoed(test_key: TestKey) -> None:
    token = test_key.sign()
    header, _, _ = parts(token)
    refused(reencode(token, header={**header, "kid": "iam-1999-9"}), "foreign_key")
    odd = refused(reencode(token, header={**header, "kid": "<script>" + "x" * 100}), "foreign_key")
    assert "script" not in str(odd)
    refused(reencode(token, header={**header, "kid": 7}), "foreign_key")


def test_an_expired_licence_is_refused_after_the_grace(test_key: TestKey) -> None:
    token = test_key.sign(period_end=PERIOD_END)
    assert verify_licence(token, installation_id=INSTALLATION, now=PERIOD_END).plan_id == "pro"
    assert verify_licence(token, installation_id=INSTALLATION, now=PERIOD_END + GRACE).plan_id == "pro"
    error = refused(token, "expired", now=PERIOD_END + GRACE + timedelta(seconds=1))
    assert "1 January 2027" in str(error) and "8 January 2027" in str(error)
    refused(token, "expired", now=PERIOD_END + timedelta(days=400))
    assert GRACE == timedelta(days=7)
    # a shorter grace is honoured too
    with pytest.raises(LicenceRefused):
        verify_licence(token, installation_id=INSTALLATION, now=PERIOD_END + timedelta(days=2),
                       grace=timedelta(days=1))


def test_a_licence_for_another_installation_is_refused(test_key: TestKey) -> None:
    token = test_key.sign(installation_id="11111111-2222-4333-8444-555555555555")
    error = refused(token, "wrong_installation")
    assert "11111111" not in str(error)


def test_a_licence_for_an_unknown_plan_is_refused(test_key: TestKey) -> None:
    error = refused(test_key.sign_claims(valid_claims(plan="platinum")), "unknown_plan")
    assert "platinum" in str(error) and "update" in str(error).lower()


def test_two_trusted_keys_are_valid_at_once(test_key: TestKey, second_key: TestKey,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = test_key.sign(plan_id="pro"), second_key.sign(plan_id="business")
    trust(monkeypatch, test_key, second_key)
    assert verify_licence(old, installation_id=INSTALLATION, now=NOW).key_id == test_key.kid
    assert verify_licence(new, installation_id=INSTALLATION, now=NOW).key_id == second_key.kid
    trust(monkeypatch, second_key)  # the old key retired
    refused(old, "foreign_key")
    assert verify_licence(new, installation_id=INSTALLATION, now=NOW).plan_id == "business"


def test_check_licence_reads_an_ended_licence_but_checks_the_rest(test_key: TestKey) -> None:
    token = test_key.sign(period_end=PERIOD_END)
    assert check_licence(token, installation_id=INSTALLATION).period_end == PERIOD_END
    with pytest.raises(LicenceRefused) as caught:
        check_licence(token, installation_id="someone-else")
    assert caught.value.reason == "wrong_installation"


def test_a_naive_now_is_a_defect(test_key: TestKey) -> None:
    with pytest.raises(ValueError):
        verify_licence(test_key.sign(), installation_id=INSTALLATION, now=datetime(2026, 12, 2))


# ---- licence_from_text --------------------------------------------------------------------------------


def test_a_pasted_token_is_taken_without_its_whitespace(test_key: TestKey) -> None:
    token = test_key.sign()
    wrapped = "  " + "\n".join(token[i:i + 60] for i in range(0, len(token), 60)) + "\r\n\t"
    assert licence_from_text(wrapped) == token


@pytest.mark.parametrize("form", [
    "iam-desktop://activate?licence={}", "IAM-DESKTOP://activate?licence={}", "iam-desktop://activate/?licence={}",
    "iam-desktop:activate?licence={}", "iam-desktop://activate?utm=x&licence={}",
])
def test_an_activation_link_gives_its_token(test_key: TestKey, form: str) -> None:
    token = test_key.sign()
    assert licence_from_text(form.format(token)) == token
    assert licence_from_text(" " + form.format(token.replace(".", "%2E")) + "\n") == token


@pytest.mark.parametrize("link", [
    "iam-desktop://activate", "iam-desktop://activate?licence=", "iam-desktop://deactivate?licence={}",
    "iam-desktop://activate?licence={}&licence={}", "iam-desktop://activate?key={}",
    "https://example.com/activate?licence={}", "iam-desktop://activate?licence=not-a-token",
])
def test_anything_else_is_malformed(test_key: TestKey, link: str) -> None:
    token = test_key.sign()
    with pytest.raises(LicenceRefused) as caught:
        licence_from_text(link.replace("{}", token))
    assert caught.value.reason == "malformed"
    assert token not in str(caught.value)


def test_an_enormous_paste_is_refused_without_parsing() -> None:
    with pytest.raises(LicenceRefused) as caught:
        licence_from_text("a" * 100_000)
    assert caught.value.reason == "malformed"


# ---- keys ---------------------------------------------------------------------------------------------


def test_the_shipped_keys_file_holds_the_public_key_only() -> None:
    shipped = SHIPPED_TRUSTED_KEYS()
    assert list(shipped) == ["iam-2026-1"]
    raw = shipped["iam-2026-1"].public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert len(raw) == 32
    text = keys.resource_path(*keys.KEYS_FILE).read_text()
    assert "PRIVATE" not in text and "BEGIN" not in text


def test_the_shipped_key_does_not_trust_test_licences(test_key: TestKey,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "trusted_keys", SHIPPED_TRUSTED_KEYS)  # the real trusted keys again
    with pytest.raises(LicenceRefused) as caught:
        verify_licence(test_key.sign(), installation_id=INSTALLATION, now=NOW)
    assert caught.value.reason == "foreign_key"


@pytest.mark.parametrize(("text", "problem"), [
    ("nope", "not JSON"), ("{}", "no \"keys\""), ('{"keys": []}', "no \"keys\""),
    ('{"keys": [{"kid": "a"}]}', "needs a"), ('{"keys": [{"kid": "a", "ed25519": "!!"}]}', "not base64url"),
    ('{"keys": [{"kid": "a", "ed25519": "AAAA"}]}', "3 bytes long"),
])
def test_a_damaged_keys_file_is_reported(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        keys.parse_keys(text)


def test_a_repeated_kid_is_refused(test_key: TestKey) -> None:
    entry = {"kid": "a", "ed25519": test_key.public_b64}
    with pytest.raises(ValueError, match="twice"):
        keys.parse_keys(json.dumps({"keys": [entry, entry]}))
    assert list(keys.parse_keys(json.dumps({"keys": [entry]}))) == ["a"]


def test_a_missing_keys_file_is_a_billing_error(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(keys, "resource_path", lambda *p: tmp_path / "missing.json")
    keys.trusted_keys.cache_clear()
    try:
        with pytest.raises(BillingError, match="Reinstall"):
            keys.trusted_keys()
        (tmp_path / "missing.json").write_text('{"keys": 1}')
        with pytest.raises(BillingError, match="damaged"):
            keys.trusted_keys()
    finally:
        keys.trusted_keys.cache_clear()
