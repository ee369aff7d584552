"""Hardening: the admin API, forms (CSRF, origin, limits), the login flow, headers and redirects."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from mock_portals.app import create_app
from mock_portals.domain.auth import CODE_TTL, SESSION_TTL
from mock_portals.domain.memberships import Application, MemberType
from mock_portals.store import Store

from .conftest import CSRF, Browser, log_in

ROOT = Path(__file__).resolve().parent.parent


def _snapshot(store: Store) -> dict[str, object]:
    return store.to_json()


# --- the admin API -------------------------------------------------------------------------------


def test_a_cross_site_simple_post_to_the_admin_api_changes_nothing(client: TestClient, store: Store) -> None:
    """A form on another site can post text/plain or a form without preflight: refused, body or not."""
    store.persons.add()
    before = _snapshot(store)
    for kind in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"):
        for body in (b"", b'{"seed": 1}'):
            response = client.post("/__admin/reset", content=body, headers={"content-type": kind})
            assert response.status_code == 415, (kind, body)
            assert "enkel JSON" in response.json()["error"]
    assert _snapshot(store) == before


def test_a_foreign_host_header_is_refused_by_the_admin_api(store: Store) -> None:
    """DNS rebinding: a page of evil.example whose name now points at 127.0.0.1."""
    rebound = TestClient(create_app(store), base_url="http://evil.example:8000")
    response = rebound.post("/__admin/reset", json={})
    assert response.status_code == 403 and "enkel op de adressen" in response.json()["error"]
    assert rebound.get("/__admin/state").status_code == 403
    assert rebound.get("/").status_code == 200  # the portals themselves serve any host a trainer uses


def test_with_a_token_every_admin_request_must_carry_it(store: Store) -> None:
    app = create_app(store, admin_token="geheim", admin_hosts=("127.0.0.1", "oefen.lokaal"))
    client = TestClient(app, base_url="http://oefen.lokaal:8000")
    assert client.get("/__admin/state").status_code == 401
    assert client.get("/__admin/state", headers={"Authorization": "Bearer fout"}).status_code == 401
    assert client.get("/__admin/state", headers={"Authorization": "Bearer geheim"}).status_code == 200


def test_serving_off_loopback_needs_a_token(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "vaccinnet_bdd", "serve", "--host", "0.0.0.0", "--port", "0"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 2
    assert "admin-token" in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_admin_address_answers_json(client: TestClient) -> None:
    response = client.post("/__admin/bestaat-niet", json={})
    assert response.status_code == 404 and response.json()["error"]


# --- forms ------------------------------------------------------------------------------------------


@pytest.fixture
def lb(client: TestClient, store: Store) -> Iterator[tuple[str, str]]:
    """An LB of a guard post, logged in at UMAN; the organisation and a user."""
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE")
    lies, ann = store.persons.add("Lies", "Bos"), store.persons.add("Ann", "Claes")
    store.memberships.add(org.riziv, lies.insz, type=MemberType.LB)
    store.memberships.add(org.riziv, ann.insz, applications=[Application.EHEALTHBOX])
    log_in(client, store, "uman", lies.insz)
    yield org.riziv, ann.insz


def test_a_form_without_the_browsers_csrf_token_changes_nothing(
    client: TestClient, store: Store, lb: tuple[str, str]
) -> None:
    org, ann = lb
    before = _snapshot(store)
    action = f"/uman/{org}/gebruikers/actie"
    for token in ("", "een-ander-token"):
        refused = TestClient.post(client, action, data={"csrf": token, "actie": "verwijderen", "selectie": ann})
        assert refused.status_code == 403 and "Open de pagina opnieuw" in refused.text
    assert _snapshot(store) == before
    assert client.post(action, data={"actie": "verwijderen", "selectie": ann}).status_code == 303


def test_a_form_from_another_site_is_refused(client: TestClient, store: Store, lb: tuple[str, str]) -> None:
    org, ann = lb
    before = _snapshot(store)
    foreign = client.post(
        f"/uman/{org}/gebruikers/actie",
        data={"actie": "verwijderen", "selectie": ann},
        headers={"origin": "https://evil.example"},
    )
    assert foreign.status_code == 403 and "niet van deze website" in foreign.text
    assert _snapshot(store) == before


def test_every_page_with_a_form_gives_the_browser_its_token() -> None:
    store = Store()
    store.persons.add()
    fresh = TestClient(create_app(store), base_url="http://127.0.0.1", follow_redirects=False)
    page = fresh.get("/csam/sleutel/itsme?client=vaccinnet&state=x")
    token = fresh.cookies.get("csrf")
    assert token and f'name="csrf" value="{token}"' in page.text
    assert "SameSite=strict" in page.headers["set-cookie"] and "HttpOnly" in page.headers["set-cookie"]


def test_a_body_over_the_limit_is_refused_before_it_is_read(client: TestClient, lb: tuple[str, str]) -> None:
    org, _ = lb
    big = {"insz": "1" * 10, "veld": "x" * (1024 * 1024)}
    assert client.post(f"/uman/{org}/gebruikers/nieuw", data=big).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while it is read
        yield b"csrf=" + CSRF.encode()
        for _ in range(300):
            yield b"&veld=" + b"x" * 4096

    streamed = client.post(
        f"/uman/{org}/gebruikers/nieuw", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert streamed.status_code == 413 and "te groot" in streamed.text
    admin = client.post("/__admin/persons", json={"first_name": "x" * (6 * 1024 * 1024)})
    assert admin.status_code == 413 and admin.json()["error"]


def test_a_field_too_long_gets_a_message_next_to_it(client: TestClient, store: Store, lb: tuple[str, str]) -> None:
    org, _ = lb
    new = store.persons.add()
    client.post(f"/uman/{org}/gebruikers/nieuw", data={"insz": new.insz})
    form = client.post(
        f"/uman/{org}/gebruikers/nieuw/opslaan",
        data={"insz": new.insz, "email": "a" * 300 + "@example.be", "toepassingen": ["ehealthbox"]},
    )
    assert form.status_code == 400
    assert re.search(r'id="email-fout"[^>]*>Dit e-mailadres is te lang: ten hoogste 254 tekens', form.text)
    insz = client.post(f"/uman/{org}/gebruikers/nieuw", data={"insz": "9" * 900})
    assert insz.status_code == 400 and "Een INSZ telt 11 cijfers; u gaf er 900." in insz.text


# --- rights before lookups -------------------------------------------------------------------------


def test_a_user_cannot_look_up_a_persons_name_through_the_add_form(client: TestClient, store: Store) -> None:
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE")
    ann, stranger = store.persons.add("Ann", "Claes"), store.persons.add("Geheim", "Persoon")
    store.memberships.add(org.riziv, ann.insz, applications=[Application.EHEALTHBOX])
    log_in(client, store, "uman", ann.insz)
    for path, data in [
        ("nieuw", {"insz": stranger.insz}),
        ("nieuw/opslaan", {"insz": stranger.insz, "terug": "1"}),
        ("nieuw/opslaan", {"insz": stranger.insz, "email": "x@example.be"}),
        ("nieuw/bevestigen", {"insz": stranger.insz, "email": "x@example.be"}),
    ]:
        response = client.post(f"/uman/{org.riziv}/gebruikers/{path}", data=data)
        assert response.status_code == 403, path
        assert "Geheim" not in response.text and "Persoon" not in response.text


# --- the login, sessions, redirects, messages -------------------------------------------------------


def test_status_messages_come_from_the_session_not_the_url(client: TestClient, lb: tuple[str, str]) -> None:
    org, ann = lb
    forged = client.get(f"/uman/{org}/gebruikers?opgeslagen=1&verwijderd=99&bericht=gehackt")
    assert 'role="status"' not in forged.text
    deleted = client.post(f"/uman/{org}/gebruikers/actie", data={"actie": "verwijderen", "selectie": ann})
    assert deleted.headers["location"] == f"/uman/{org}/gebruikers"
    shown = client.get(deleted.headers["location"])
    assert 'role="status">1 gebruiker(s) verwijderd' in shown.text
    assert 'role="status"' not in client.get(deleted.headers["location"]).text  # shown once


def test_expired_codes_sessions_and_logins_are_purged(store: Store) -> None:
    ann = store.persons.add()
    nonce = store.auth.start_login("vaccinnet", "/vaccinnet/")
    store.auth.issue_code("vaccinnet", nonce, ann.insz, None)
    store.auth.open_session("vaccinnet", ann.insz)
    store.advance_clock(max(CODE_TTL, SESSION_TTL) + 1)
    store.auth.open_session("csam", ann.insz)  # something new: what expired is purged
    assert not store.auth.codes and not store.auth.started
    assert [s.portal for s in store.auth.sessions.values()] == ["csam"]


def test_every_response_has_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/csam/hulp", "/bestaat-niet", "/static/portaal.js"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert (
            "script-src 'self'" in csp
            and "frame-ancestors 'none'" in csp
            and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        )
        assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "same-origin"


def test_no_template_has_an_inline_script() -> None:
    for path in (ROOT / "mock_portals" / "templates").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), path
        assert not re.search(r"\son[a-z]+=", text), path  # no inline event handlers either


def test_the_browser_runs_the_script_under_the_csp(store: Store) -> None:
    """The accordions work from /static/portaal.js (checked in Chromium by the scenarios of §2.2/§2.3)."""
    script = Browser(create_app(store)).get("/static/portaal.js")
    assert script.status_code == 200 and "aria-expanded" in script.text


# --- inputs that once gave a 500 or a half change ------------------------------------------------------


def test_the_same_user_twice_in_one_delete_deletes_once_and_says_so(
    client: TestClient, store: Store, lb: tuple[str, str]
) -> None:
    org, ann = lb
    deleted = client.post(f"/uman/{org}/gebruikers/actie", data={"actie": "verwijderen", "selectie": [ann, ann]})
    assert deleted.status_code == 303
    assert "1 gebruiker(s) verwijderd" in client.get(deleted.headers["location"]).text
    assert store.memberships.get(org, ann) is None


def test_an_edit_with_the_insz_in_another_notation_saves_that_user(
    client: TestClient, store: Store, lb: tuple[str, str]
) -> None:
    org, ann = lb
    dotted = f"{ann[:2]}.{ann[2:4]}.{ann[4:6]}-{ann[6:9]}.{ann[9:]}"
    assert client.get(f"/uman/{org}/gebruikers/{dotted}").status_code == 200
    saved = client.post(
        f"/uman/{org}/gebruikers/{dotted}", data={"email": "ann@example.be", "toepassingen": ["ehealthbox"]}
    )
    assert saved.status_code == 303
    member = store.memberships.get(org, ann)
    assert member is not None and member.email == "ann@example.be"


@pytest.mark.parametrize("value", ["²", "٣", "-4", "0", "9" * 40, "1e3", ""])
def test_paging_with_any_number_shows_a_page(client: TestClient, lb: tuple[str, str], value: str) -> None:
    org, _ = lb
    response = client.get(f"/uman/{org}/gebruikers", params={"pagina": value, "aantal": value})
    assert response.status_code == 200 and "items gevonden." in response.text
