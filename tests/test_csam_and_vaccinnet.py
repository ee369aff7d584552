"""The login flow and the refusals of the mock CSAM and Vaccinnet, through HTTP (TestClient)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from starlette.testclient import TestClient

from mock_portals.domain.auth import CODE_TTL, SESSION_TTL
from mock_portals.domain.demo import populate
from mock_portals.domain.memberships import Application
from mock_portals.domain.vaccinnet import Citizen
from mock_portals.store import Store

VACCINNET_REGISTRATION = Application.VACCINNET_REGISTRATION


def _code_for(client: TestClient, insz: str) -> str:
    """Log in at CSAM as ``insz`` and return the one-time code it sends to Vaccinnet."""
    response = client.post("/csam/sleutel/itsme?client=vaccinnet&state=/vaccinnet/profiel", data={"insz": insz})
    assert response.status_code == 303
    location = urlparse(response.headers["location"])
    assert location.path == "/vaccinnet/callback"
    return parse_qs(location.query)["code"][0]


def _logged_in(client: TestClient, store: Store) -> str:
    ann = store.persons.add("Ann", "Claes")
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE")
    store.memberships.add(org.riziv, ann.insz, applications=[VACCINNET_REGISTRATION])
    response = client.get("/vaccinnet/callback", params={"code": _code_for(client, ann.insz), "state": "/vaccinnet/"})
    assert response.status_code == 303
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
    again = client.get("/csam/authorize?client=vaccinnet&state=/vaccinnet/")
    assert again.status_code == 303 and again.headers["location"].startswith("/vaccinnet/callback?code=")


def test_forged_reused_and_expired_codes_are_refused(client: TestClient, store: Store) -> None:
    ann = store.persons.add()
    forged = client.get("/vaccinnet/callback?code=forged&state=/vaccinnet/")
    assert forged.status_code == 401 and "onbekend" in forged.text
    code = _code_for(client, ann.insz)
    assert client.get(f"/vaccinnet/callback?code={code}").status_code == 303
    reused = client.get(f"/vaccinnet/callback?code={code}")
    assert reused.status_code == 401 and "al gebruikt" in reused.text
    late = _code_for(client, ann.insz)
    store.advance_clock(CODE_TTL + 1)
    expired = client.get(f"/vaccinnet/callback?code={late}")
    assert expired.status_code == 401 and "verlopen" in expired.text


def test_a_code_for_another_portal_is_refused(client: TestClient, store: Store) -> None:
    code = store.auth.issue_code("csam", store.persons.add().insz)
    assert client.get(f"/vaccinnet/callback?code={code}").status_code == 401


def test_an_expired_session_gets_a_clear_page(client: TestClient, store: Store) -> None:
    _logged_in(client, store)
    assert client.get("/vaccinnet/profiel").status_code == 200
    store.advance_clock(SESSION_TTL + 1)
    response = client.get("/vaccinnet/profiel")
    assert response.status_code == 401 and "Uw sessie is verlopen" in response.text


def test_the_callback_only_returns_within_the_portal(client: TestClient, store: Store) -> None:
    code = _code_for(client, store.persons.add().insz)
    response = client.get(f"/vaccinnet/callback?code={code}&state=https://elders.example/")
    assert response.headers["location"] == "/vaccinnet/"


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


def test_logout_ends_the_csam_session_too(client: TestClient, store: Store) -> None:
    _logged_in(client, store)
    client.get("/vaccinnet/afmelden")
    client.get("/csam/afmelden?next=/vaccinnet/")
    response = client.get("/csam/authorize?client=vaccinnet&state=/vaccinnet/")
    assert response.status_code == 200 and "Kies uw digitale sleutel" in response.text
    assert client.get("/vaccinnet/profiel").status_code == 303


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
