"""Each refusal of the practice world that is no rule of the manual — the security properties, and the
consistency of the practice world built through the admin API — is made by the mock, and a refused
request changes nothing: without the check that makes it, the case of its code fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import httpx2
import pyotp
import pytest
from markupsafe import escape
from starlette.testclient import TestClient

from mock_portals.app import create_app
from mock_portals.arrange import ChangeStatus
from mock_portals.domain import identifiers as ids
from mock_portals.domain.auth import CODE_TTL
from mock_portals.domain.credentials import WINDOW
from mock_portals.domain.errors import Forbidden, Refused
from mock_portals.domain.memberships import Status
from mock_portals.persistence import snapshot
from mock_portals.security import FIELD_LIMIT, MAX_FIELDS
from mock_portals.store import Store

from .conftest import CSRF, Browser, Leie, log_in, said

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DP"
PASSWORD = "geheim-123"
NOBODY = "90010100222"  # a valid INSZ of no person of the world
NO_ORG = "67897822"  # a valid RIZIV number of no organisation of the world
CARE_PROVIDER_RIZIV = "12345625001"  # a valid individual RIZIV number (11 digits)

Act = Callable[[], object]  # the request that is refused: raises the Refused, or returns what a page Shown
Provoke = Callable[[Leie], Act]  # arranges what the refusal needs in the world, and returns the request


@dataclass(frozen=True)
class Shown:
    """A refusal made in the HTTP layer: the response, and the refusal it must show."""

    response: httpx2.Response
    refusal: Refused


def state(store: Store) -> dict[str, Any]:
    """Everything a request may change: the saved world (persons, organisations, memberships, managers,
    credentials) and the logins (started logins, codes and whether they were used, sessions without the
    expiry every request renews, the window of each credential's last code)."""
    auth = store.auth
    return snapshot(store) | {
        "started": {nonce: asdict(login) for nonce, login in auth.started.items()},
        "codes": {code: asdict(login) for code, login in auth.codes.items()},
        "sessions": {sid: asdict(s) | {"expires_at": None} for sid, s in auth.sessions.items()},
        "last_windows": {name: c.last_window for name, c in store.credentials.by_username.items()},
    }


def shows(shown: Shown) -> bool:
    """Whether the page is the refusal: its status, and its Dutch message as a page of the mock says it."""
    response, refusal = shown.response, shown.refusal
    return response.status_code == refusal.status and f'<p role="alert">{escape(said(refusal))}</p>' in response.text


def each(*acts: Act) -> Act:
    """One code that several places make: each act must make it (raise it, or show it on a page).
    Raises that refusal; else a Refused whose code lists what each act made (``-`` for nothing), which
    names the place that did not."""

    def act() -> object:
        made: list[Refused | None] = []
        for one in acts:
            try:
                outcome = one()
            except Refused as refused:
                made.append(refused)
            else:
                made.append(outcome.refusal if isinstance(outcome, Shown) and shows(outcome) else None)
        if made[0] is not None and all(r is not None and r.code == made[0].code for r in made):
            raise made[0]
        raise Refused(" / ".join(r.code if r is not None else "-" for r in made))

    return act


def browser(w: Leie, portal: str, insz: str) -> Browser:
    """A browser on a new app over the world, logged in at ``portal`` as ``insz``."""
    opened = Browser(create_app(w.store))
    log_in(opened, w.store, portal, insz)
    return opened


# --- CSAM's one-time login codes ----------------------------------------------------------------


def _code(w: Leie, client: str = "vaccinnet") -> tuple[str, str]:
    """A login of Vaccinnet that Ann started, and the code CSAM gave her for it (for ``client``)."""
    nonce = w.store.auth.start_login("vaccinnet", "/vaccinnet/profiel")
    return w.store.auth.issue_code(client, nonce, w.ann, None), nonce


def _code_of_another_portal(w: Leie) -> Act:
    code, nonce = _code(w, client="uman")
    return lambda: w.store.auth.redeem_code("vaccinnet", code, nonce)


def _code_used(w: Leie) -> Act:
    code, nonce = _code(w)
    w.store.auth.redeem_code("vaccinnet", code, nonce)
    return lambda: w.store.auth.redeem_code("vaccinnet", code, nonce)


def _code_expired(w: Leie) -> Act:
    code, nonce = _code(w)
    w.store.advance_clock(CODE_TTL + 1)
    return lambda: w.store.auth.redeem_code("vaccinnet", code, nonce)


def _code_of_another_browser(w: Leie) -> Act:
    code, _ = _code(w)
    elsewhere = w.store.auth.start_login("vaccinnet", "/vaccinnet/profiel")
    return lambda: w.store.auth.redeem_code("vaccinnet", code, elsewhere)


# --- CSAM's app key ----------------------------------------------------------------------------------


def _with_key(w: Leie) -> str:
    """Ann's user name, password and TOTP secret; her app's current code."""
    w.store.credentials.add(w.ann, "ann.claes", PASSWORD, SECRET)
    return pyotp.TOTP(SECRET).at(w.store.now())


def _wrong_password(w: Leie) -> Act:
    code = _with_key(w)
    return lambda: w.store.credentials.log_in("ann.claes", "fout-wachtwoord", code)


def _code_of_five_digits(w: Leie) -> Act:
    _with_key(w)
    return lambda: w.store.credentials.log_in("ann.claes", PASSWORD, "12345")


def _wrong_code(w: Leie) -> Act:
    _with_key(w)
    window, totp = int(w.store.now() // WINDOW), pyotp.TOTP(SECRET)
    near = {totp.at((window + k) * WINDOW) for k in range(-2, 3)}  # also the windows a slow test reaches
    wrong = next(f"{n:06d}" for n in range(10**6) if f"{n:06d}" not in near)
    return lambda: w.store.credentials.log_in("ann.claes", PASSWORD, wrong)


def _code_again(w: Leie) -> Act:
    code = _with_key(w)
    w.store.credentials.log_in("ann.claes", PASSWORD, code)
    return lambda: w.store.credentials.log_in("ann.claes", PASSWORD, code)


def _username_of_another(w: Leie) -> Act:
    _with_key(w)
    return lambda: w.store.credentials.add(w.bert, "ann.claes", PASSWORD, SECRET)


def _credentials(username: str = "ann.claes", password: str = PASSWORD, secret: str = SECRET) -> Provoke:
    return lambda w: lambda: w.store.credentials.add(w.ann, username, password, secret)


# --- forms: Lies (LB) deletes Ann from the users of WACHTPOST LEIE, with one fault in the request ------------


def _lies_deletes_ann(
    refusal: Refused,
    fields: Callable[[Leie], dict[str, Any]] | None = None,
    *,
    body_type: str | None = None,
    **request: Any,
) -> Provoke:
    """The bulk action of UMAN's user list that deletes Ann, with the browser's CSRF token, changed by
    ``fields`` (added to the form), ``body_type`` (the same form sent as a body of that content type)
    or ``request`` (headers); it must show ``refusal``."""

    def provoke(w: Leie) -> Act:
        lies = browser(w, "uman", w.lies)
        action = f"/uman/{w.org}/gebruikers/actie"
        form = {"csrf": CSRF, "actie": "verwijderen", "selectie": w.ann} | (fields(w) if fields else {})
        if body_type is not None:
            body = "&".join(f"{k}={v}" for k, v in form.items()).encode()
            headers = {"content-type": body_type}
            return lambda: Shown(TestClient.post(lies, action, content=body, headers=headers), refusal)
        return lambda: Shown(TestClient.post(lies, action, data=form, **request), refusal)

    return provoke


# --- the practice world built through the admin API (the domain's operations) ------------------------


def _member_elsewhere(w: Leie) -> Act:
    """Bert, a user of another organisation, changed (UMAN's pencil: its page, and saving), removed and
    blocked in WACHTPOST LEIE."""
    other = w.store.organisations.add("apotheek", "APOTHEEK ELDERS")
    w.store.memberships.add(other.riziv, w.bert)
    lies = browser(w, "uman", w.lies)
    return each(
        lambda: Shown(lies.get(f"/uman/{w.org}/gebruikers/{w.bert}"), Refused("member.unknown")),
        lambda: w.store.uman.change_user(w.lies, w.org, w.bert, "bert@example.be", "", []),
        lambda: w.store.memberships.remove(w.org, w.bert),
        lambda: ChangeStatus(org=w.org, insz=w.bert, status=Status.BLOCKED).apply(w.store),
    )


def _raise(refusal: Refused | None) -> None:
    """Raise what a check that only returns its refusal found."""
    if refusal is not None:
        raise refusal


PROVOKED: dict[str, Provoke] = {
    # CSAM's one-time login codes
    "auth.code_expired": _code_expired,
    "auth.code_unknown": _code_of_another_portal,
    "auth.code_used": _code_used,
    "auth.other_browser": _code_of_another_browser,
    # CSAM's app key: logging in, and the credentials a trainer arranges
    "credentials.code_format": _code_of_five_digits,
    "credentials.code_used": _code_again,
    "credentials.code_wrong": _wrong_code,
    "credentials.password": _credentials(password="kort"),
    "credentials.secret": _credentials(secret="niet base32!"),
    "credentials.username": _credentials(username="a b"),
    "credentials.username_taken": _username_of_another,
    "credentials.wrong": _wrong_password,
    # forms (mock_portals/security.py)
    "field.too_long": _lies_deletes_ann(
        Refused("field.too_long", None, {"limit": FIELD_LIMIT}), lambda w: {"opmerking": "x" * (FIELD_LIMIT + 1)}
    ),
    "form.too_large": _lies_deletes_ann(
        Refused("form.too_large", None, {"limit": FIELD_LIMIT, "fields": MAX_FIELDS}),
        lambda w: {"selectie": [w.ann] * MAX_FIELDS},
    ),
    "security.csrf": _lies_deletes_ann(Forbidden("security.csrf"), lambda w: {"csrf": "een-ander-token"}),
    "security.foreign_origin": _lies_deletes_ann(
        Forbidden("security.foreign_origin"), headers={"origin": "https://evil.example"}
    ),
    "security.not_a_form": _lies_deletes_ann(Refused("security.not_a_form"), body_type="text/plain"),
    # who and what the operations act on
    "member.unknown": _member_elsewhere,
    "member.selection_unknown": lambda w: lambda: w.store.uman.delete_users(w.lies, w.org, [w.ann, w.bert]),
    "manager.unknown": lambda w: lambda: w.store.managers.remove(w.piet, w.org, w.bert),
    "person.unknown": lambda w: lambda: w.store.organisations.change(w.org, htb=NOBODY),
    "organisation.unknown": lambda w: lambda: w.store.memberships.add(NO_ORG, w.bert),
    "application.unknown": lambda w: lambda: w.store.memberships.add(w.org, w.bert, applications=["fax"]),
    # a profile Vaccinnet does not offer her (Ann is no doctor), sent by hand
    "vaccinnet.choose_role": lambda w: lambda: w.store.vaccinnet.choose(w.store.persons.by_insz[w.ann], "arts", ""),
    # the consistency of what is arranged
    "person.exists": lambda w: lambda: w.store.persons.add("Anna", "Andere", insz=w.ann),
    "organisation.exists": lambda w: lambda: w.store.organisations.add("apotheek", "APOTHEEK", riziv=w.org),
    "organisation.unchangeable": lambda w: lambda: w.store.organisations.change(w.org, name="X", may_order=False),
    "person.riziv": lambda w: lambda: w.store.persons.add("Zonder", "Beroep", riziv=CARE_PROVIDER_RIZIV),
    "profession.unknown": lambda w: lambda: w.store.persons.add("Tom", "Tand", profession="tandarts"),
    "progezondheid_role.unknown": lambda w: (
        lambda: w.store.organisations.change(w.org, legal_rep=w.bert, legal_rep_role="directeur")
    ),
    "member.unknown_type": lambda w: lambda: w.store.memberships.add(w.org, w.bert, type="admin"),
    "member.unknown_status": lambda w: lambda: w.store.memberships.add(w.org, w.bert, status="weg"),
    "orgtype.unknown": lambda w: lambda: w.store.organisations.add("ziekenhuis", "ZIEKENHUIS"),
    # KBO numbers: no operation takes one (the mock generates them), so the check itself
    "kbo.checksum": lambda w: lambda: _raise(ids.kbo_refusal("0566988258")),
    "kbo.length": lambda w: lambda: _raise(ids.kbo_refusal("056698825")),
}


@pytest.mark.parametrize("code", PROVOKED)
def test_each_refusal_of_the_practice_world_is_made_and_changes_nothing(code: str, w: Leie) -> None:
    """The request of ``PROVOKED[code]`` is refused with exactly that code (a refusal of the HTTP layer:
    its status and its Dutch message on the page), and the world is as it was before it."""
    request = PROVOKED[code](w)
    before = state(w.store)
    try:
        shown = request()
    except Refused as refused:
        assert refused.code == code, repr(refused)
        assert said(refused)  # the catalogue has its words
    else:
        assert isinstance(shown, Shown), f"nothing refused the request of {code}: it gave {shown!r}"
        assert shown.refusal.code == code
        assert shows(shown), f"{shown.response.status_code} {shown.response.text}"
    assert state(w.store) == before
