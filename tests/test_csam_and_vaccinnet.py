"""The login flow and the refusals of the mock CSAM and Vaccinnet, through HTTP (TestClient)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from starlette.testclient import TestClient

from mock_portals.domain.auth import CODE_TTL, SESSION_TTL
from mock_portals.domain.memberships import Application
from mock_portals.domain.vaccinnet import Citizen
from mock_portals.practice import populate
from mock_portals.store import Store

from .conftest import CSRF

VACCINNET_REGISTRATION = Application.VACCINNET_REGISTRATION


def _start(client: TestClient, path: str = "/vaccinnet/profiel") -> str:
    """Open a page of Vaccinnet without a session: the nonce of the login it starts at CSAM."""
    response = client.get(path)
    assert response.status_code == 303
    location = urlparse(response.headers["location"])
    assert location.path == "/csam/authorize"
    nonce = parse_qs(location.query)["state"][0]
    assert client.cookies.get("vaccinnet_login") == nonce  # only this browser knows it
    return nonce


def _code_for(client: TestClient, insz: str, path: str = "/vaccinnet/profiel") -> tuple[str, str]:
    """Start a login, log in at CSAM as ``insz``: the one-time code CSAM sends back, and its nonce."""
    nonce = _start(client, path)
    response = client.post(f"/csam/sleutel/itsme?client=vaccinnet&state={nonce}", data={"insz": insz})
    assert response.status_code == 303
    location = urlparse(response.headers["location"])
    assert location.path == "/vaccinnet/callback" and parse_qs(location.query)["state"] == [nonce]
    return parse_qs(location.query)["code"][0], nonce


def _logged_in(client: TestClient, store: Store) -> str:
    ann = store.persons.add("Ann", "Claes")
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE")
    store.memberships.add(org.riziv, ann.insz, applications=[VACCINNET_REGISTRATION])
    code, nonce = _code_for(client, ann.insz)
    response = client.get("/vaccinnet/callback", params={"code": code, "state": nonce})
    assert response.status_code == 303 and response.headers["location"] == "/vaccinnet/profiel"
    return org.riziv


def test_vaccinnet_sends_an_anonymous_visitor_to_csam(client: TestClient) -> None:
    response = client.get("/vaccinnet/profiel")
    assert response.status_code == 303
    assert response.headers["location"].startswith("/csam/authorize?client=vaccinnet")
    keys = client.get(response.headers["location"])
    assert "Aanmelden bij de online overheid" in keys.text
    assert "AANMELDEN via itsme" in keys.text


def test_csam_session_gives_single_sign_on(client: TestClient, store: Store) -> None:
    _logged_in(client, store)
    client.cookies.delete("vaccinnet_session", path="/vaccinnet")
    nonce = _start(client, "/vaccinnet/profiel")
    again = client.get(f"/csam/authorize?client=vaccinnet&state={nonce}")
    assert again.status_code == 303 and again.headers["location"].startswith("/vaccinnet/callback?code=")


def test_a_code_started_in_another_browser_is_refused(client: TestClient, store: Store) -> None:
    """Login CSRF: an attacker's code, opened in the victim's browser, does not log the victim in."""
    from mock_portals.app import create_app

    from .conftest import Browser

    attacker = Browser(create_app(store))
    code, nonce = _code_for(attacker, store.persons.add().insz)
    _start(client)  # the victim has a login of its own under way, with another nonce
    stolen = client.get("/vaccinnet/callback", params={"code": code, "state": nonce})
    assert stolen.status_code == 401 and "in een andere browser gestart" in stolen.text
    assert "vaccinnet_session" not in client.cookies


def test_forged_reused_and_expired_codes_are_refused(client: TestClient, store: Store) -> None:
    ann = store.persons.add()
    nonce = _start(client)
    forged = client.get(f"/vaccinnet/callback?code=forged&state={nonce}")
    assert forged.status_code == 401 and "onbekend" in forged.text
    code, nonce = _code_for(client, ann.insz)
    assert client.get(f"/vaccinnet/callback?code={code}&state={nonce}").status_code == 303
    client.cookies.set("vaccinnet_login", nonce, domain="127.0.0.1", path="/vaccinnet")  # as before the callback
    reused = client.get(f"/vaccinnet/callback?code={code}&state={nonce}")
    assert reused.status_code == 401 and "al gebruikt" in reused.text
    client.cookies.clear()
    client.cookies.set("csrf", CSRF)
    late, nonce = _code_for(client, ann.insz)
    store.advance_clock(CODE_TTL + 1)
    expired = client.get(f"/vaccinnet/callback?code={late}&state={nonce}")
    assert expired.status_code == 401 and "verlopen" in expired.text


def test_a_code_for_another_portal_is_refused(client: TestClient, store: Store) -> None:
    nonce = _start(client)
    code = store.auth.issue_code("btb", nonce, store.persons.add().insz, None)
    assert client.get(f"/vaccinnet/callback?code={code}&state={nonce}").status_code == 401


def test_an_expired_session_gets_a_clear_page(client: TestClient, store: Store) -> None:
    _logged_in(client, store)
    assert client.get("/vaccinnet/profiel").status_code == 200
    store.advance_clock(SESSION_TTL + 1)
    response = client.get("/vaccinnet/profiel")
    assert response.status_code == 401 and "Uw sessie is verlopen" in response.text


def test_a_login_only_returns_within_the_portal(client: TestClient, store: Store) -> None:
    code, nonce = _code_for(client, store.persons.add().insz, path="/vaccinnet/profiel")
    response = client.get(f"/vaccinnet/callback?code={code}&state={nonce}&next=https://elders.example/")
    assert response.headers["location"] == "/vaccinnet/profiel"
    logged_out = client.get("/csam/afmelden?next=//elders.example/pad")
    assert 'href="//elders.example' not in logged_out.text and 'href="/"' in logged_out.text


def test_profile_for_an_organisation_without_rights_is_forbidden(client: TestClient, store: Store) -> None:
    _logged_in(client, store)
    other = store.organisations.add("wachtpost", "WACHTPOST SCHELDE")
    response = client.post("/vaccinnet/profiel", data={"rol": Citizen.CITIZEN, "organisatie": other.riziv})
    assert response.status_code == 403 and "geen rechten" in response.text
    assert client.get("/vaccinnet/").status_code == 303  # still no profile chosen: back to the choice


def test_profile_for_own_organisation_leads_to_its_home(client: TestClient, store: Store) -> None:
    riziv = _logged_in(client, store)
    assert client.post("/vaccinnet/profiel", data={"rol": Citizen.CITIZEN, "organisatie": riziv}).status_code == 303
    home = client.get("/vaccinnet/")
    assert "WACHTPOST LEIE" in home.text and "Vaccinnet Consultatie en Registratie" in home.text


def test_a_role_the_person_does_not_have_is_refused(client: TestClient, store: Store) -> None:
    _logged_in(client, store)
    response = client.post("/vaccinnet/profiel", data={"rol": "arts"})
    assert response.status_code == 400 and 'role="alert"' in response.text


def test_logout_of_one_portal_ends_every_session_of_that_login(client: TestClient, store: Store) -> None:
    """Single logout: Vaccinnet, CSAM and UMAN opened with the same CSAM login all end together."""
    _logged_in(client, store)
    uman, nonce = client.get("/uman/organisaties"), None
    nonce = parse_qs(urlparse(uman.headers["location"]).query)["state"][0]
    back = client.get(f"/csam/authorize?client=uman&state={nonce}")  # single sign-on, no key asked
    assert client.get(back.headers["location"]).status_code == 303
    assert client.get("/uman/organisaties").status_code == 200
    client.get("/vaccinnet/afmelden")
    assert client.get("/uman/organisaties").status_code == 303  # the UMAN session ended too
    response = client.get("/csam/authorize?client=vaccinnet&state=x")
    assert response.status_code == 200 and "Kies uw digitale sleutel" in response.text
    assert [s.portal for s in store.auth.sessions.values()] == []


def test_bad_requests_get_pages_not_server_errors(client: TestClient) -> None:
    for path in ("/csam/authorize?client=onbekend", "/csam/sleutel/onbekend?client=vaccinnet", "/bestaat-niet"):
        response = client.get(path)
        assert 400 <= response.status_code < 500 and 'role="alert"' in response.text
    assert client.post("/csam/sleutel/eid?client=vaccinnet", data={"insz": "x"}).status_code == 400


def test_start_page_lists_portals_and_personas(store: Store) -> None:
    populate(store)
    page = TestClient(create_app_for(store)).get("/")
    assert page.status_code == 200
    assert "Vaccinnet" in page.text and "CSAM" in page.text
    some = store.persons.all()[0]
    assert some.name in page.text


def create_app_for(store: Store):  # type: ignore[no-untyped-def]
    from mock_portals.app import create_app

    return create_app(store)
