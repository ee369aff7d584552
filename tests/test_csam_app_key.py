"""CSAM's key "beveiligingscode via mobiele app": user name, password and a TOTP code (RFC 6238),
each code once; every refusal a 4xx with its message next to the field, and nothing changed."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pyotp
import pytest
from starlette.testclient import TestClient

from mock_portals.arrange import AddCredentials
from mock_portals.domain.errors import Refused
from mock_portals.persistence import load, save, snapshot
from mock_portals.store import Store

from .conftest import Browser, said

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DP"


def _ann(store: Store) -> str:
    ann = store.persons.add("Ann", "Claes")
    AddCredentials(insz=ann.insz, username="ann.claes", password="geheim-123", secret=SECRET).apply(store)
    return ann.insz


def _post(client: TestClient, store: Store, code: str, password: str = "geheim-123") -> tuple[int, str, str]:
    """A login of Vaccinnet at CSAM with the app key: status, page and where it goes."""
    nonce = parse_qs(urlparse(client.get("/vaccinnet/profiel").headers["location"]).query)["state"][0]
    form = {"username": "ann.claes", "password": password, "code": code}
    response = client.post(f"/csam/sleutel/app-code?client=vaccinnet&state={nonce}", data=form)
    return response.status_code, response.text, response.headers.get("location", "")


def _field_message(page: str, field: str) -> str:
    found = re.search(rf'<span role="alert" id="{field}-fout">([^<]*)</span>', page)
    assert found, f"no message next to {field}"
    return found.group(1)


def test_the_key_asks_for_user_name_password_and_code(client: TestClient) -> None:
    page = client.get("/csam/sleutel/app-code?client=vaccinnet&state=x").text
    for label in ("Gebruikersnaam", "Wachtwoord", "Beveiligingscode (6 cijfers uit uw app)"):
        assert f">{label}</label>" in page
    assert "Aanmelden als" not in page  # no test-person picker on this key


def test_the_current_code_logs_in_once(client: TestClient, store: Store) -> None:
    insz = _ann(store)
    code = pyotp.TOTP(SECRET).at(store.now())
    status, _, location = _post(client, store, code)
    assert status == 303 and location.startswith("/vaccinnet/callback?")
    assert [s.insz for s in store.auth.sessions.values() if s.portal == "csam"] == [insz]
    again = Browser(client.app)
    status, page, _ = _post(again, store, code)
    assert status == 401
    assert (
        _field_message(page, "code") == "Deze beveiligingscode werd al gebruikt. Wacht op de volgende code van uw app."
    )


def test_the_code_of_the_next_window_logs_in_and_an_older_one_no_longer_does(client: TestClient, store: Store) -> None:
    _ann(store)
    totp = pyotp.TOTP(SECRET)
    assert _post(client, store, totp.at(store.now() + 30))[0] == 303
    status, page, _ = _post(client, store, totp.at(store.now()))
    assert status == 401 and "al gebruikt" in _field_message(page, "code")


@pytest.mark.parametrize(
    ("code", "password", "field", "message"),
    [
        ("000000", "geheim-123", "code", "Deze beveiligingscode is onjuist of verlopen."),
        ("12345", "geheim-123", "code", "Vul de beveiligingscode in: 6 cijfers."),
        ("now", "fout-wachtwoord", "password", "Gebruikersnaam of wachtwoord is onjuist."),
        ("x" * 2000, "geheim-123", "code", "Dit veld is te lang"),
    ],
)
def test_a_wrong_login_is_refused_next_to_its_field_and_changes_nothing(
    client: TestClient, store: Store, code: str, password: str, field: str, message: str
) -> None:
    _ann(store)
    if code == "now":
        code = pyotp.TOTP(SECRET).at(store.now())
    before = snapshot(store)
    status, page, _ = _post(client, store, code, password)
    assert 400 <= status < 500
    assert _field_message(page, field).startswith(message)
    if len(code) < 1000:  # a form over the limits is not read at all
        assert 'value="ann.claes"' in page  # what was typed stays, but never the password
    assert password not in page
    assert snapshot(store) == before and not any(s.portal == "csam" for s in store.auth.sessions.values())
    if field == "password":  # a wrong password does not use up the code
        assert _post(client, store, pyotp.TOTP(SECRET).at(store.now()))[0] == 303


@pytest.mark.parametrize(
    ("fields", "refusal"),
    [
        ({"username": "a b"}, "Een gebruikersnaam heeft 3 tot 64 letters"),
        ({"password": "kort"}, "Een wachtwoord heeft minstens 8 tekens."),
        ({"secret": "niet base32!"}, "Het TOTP-geheim is een base32-tekst"),
    ],
)
def test_credentials_are_checked_before_they_are_kept(store: Store, fields: dict[str, str], refusal: str) -> None:
    ann = store.persons.add("Ann", "Claes")
    values = {"insz": ann.insz, "username": "ann.claes", "password": "geheim-123", "secret": SECRET} | fields
    with pytest.raises(Refused) as refused:
        AddCredentials(**values).apply(store)
    assert said(refused.value).startswith(refusal)
    assert store.credentials.by_username == {}


def test_credentials_survive_a_saved_world_without_the_password(store: Store, tmp_path: object) -> None:
    from pathlib import Path

    _ann(store)
    path = Path(str(tmp_path)) / "wereld.json"
    save(store, path)
    assert "geheim-123" not in path.read_text()
    again = load(path, seed=1)
    assert again.credentials.log_in("ann.claes", "geheim-123", pyotp.TOTP(SECRET).at(again.now())).name == "Ann Claes"
