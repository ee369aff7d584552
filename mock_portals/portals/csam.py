"""Mock CSAM: the choice of a digital key, single sign-on and logout.

The key "beveiligingscode via mobiele app" asks for a user name, password and a one-time code
(``domain.credentials``), as on a real environment; every other key shows the practice world's
test-person picker, for trainers."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from .. import texts
from ..domain.errors import Refused
from ..pages import error_page, render
from ..security import form_of, safe_path
from ..sso import CLIENTS, store_of

COOKIE = "csam_session"


@dataclass(frozen=True)
class Key:
    """A digital key of the CSAM page: its code in the URL, its label and its activation link."""

    code: str
    label: str
    activate: str | None = None


# The digital keys of the CSAM page, in the manual's groups (§2.4.1 screenshot).
KEY_GROUPS: tuple[tuple[str, tuple[Key, ...]], ...] = (
    (
        "csam.keygroup.mobile",
        (
            Key("mygov", "csam.key.mygov", "csam.key.mygov.activate"),
            Key("eid", "csam.key.eid"),
            Key("itsme", "csam.key.itsme", "csam.key.itsme.activate"),
        ),
    ),
    ("csam.keygroup.codes", (Key("email-code", "csam.key.email_code"), Key("app-code", "csam.key.app_code"))),
    ("csam.keygroup.europe", (Key("eidas", "csam.key.eidas"),)),
)
KEYS = {key.code: key for _, keys in KEY_GROUPS for key in keys}
APP_CODE = "app-code"  # the key with user name, password and a code from an authenticator app
APP_FIELDS = {"username": "username", "password": "password", "code": "code"}  # domain field -> form field


def _login_request(request: Request) -> tuple[str, str] | Response:
    """The client and state of a login request, or an error page when the client is unknown."""
    client = request.query_params.get("client", "")
    if client not in CLIENTS:
        title, message = texts.text(request, "csam.unknown_client"), texts.text(request, "csam.unknown_client.text")
        return error_page(request, 400, title, message)
    return client, request.query_params.get("state", "")


def _back_to_client(request: Request, client: str, state: str, insz: str, csam_sid: str) -> Response:
    """To the portal's callback with a one-time code for the login it started (``state``)."""
    code = store_of(request).auth.issue_code(client, state, insz, csam_sid)
    return RedirectResponse(f"/{client}/callback?" + urlencode({"code": code, "state": state}), status_code=303)


async def authorize(request: Request) -> Response:
    asked = _login_request(request)
    if isinstance(asked, Response):
        return asked
    client, state = asked
    try:
        session = store_of(request).auth.session("csam", request.cookies.get(COOKIE))
    except Refused:
        session = None  # an expired CSAM session simply asks for a key again
    if session is not None:
        return _back_to_client(request, client, state, session.insz, session.sid)
    return render(request, "csam/keys.html", key_groups=KEY_GROUPS, query=urlencode({"client": client, "state": state}))


async def pick_person(request: Request) -> Response:
    asked = _login_request(request)
    if isinstance(asked, Response):
        return asked
    client, state = asked
    key = KEYS.get(request.path_params["key"])
    if key is None:
        title, message = texts.text(request, "csam.unknown_key"), texts.text(request, "csam.unknown_key.text")
        return error_page(request, 404, title, message)
    if key.code == APP_CODE:
        return _app_code_form(request, client, state)
    if not request.app.state.person_picker:
        return _needs_a_person(request, key)
    search = request.query_params.get("zoek", "")
    return render(
        request,
        "csam/person.html",
        key_label=key.label,
        persons=store_of(request).persons.find(search),
        search=search,
        client=client,
        state=state,
        error=None,
    )


def _needs_a_person(request: Request, key: Key) -> Response:
    """Where no practice person picker stands in for them (a stand-in of an acceptance environment):
    a key that needs its owner there, with a card reader or a phone, says so."""
    query = urlencode(
        {"client": request.query_params.get("client", ""), "state": request.query_params.get("state", "")}
    )
    return render(request, "csam/needs_person.html", 403, key_label=key.label, query=query)


def _app_code_form(
    request: Request,
    client: str,
    state: str,
    username: str = "",
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    context = {"client": client, "state": state, "username": username, "errors": errors or {}}
    return render(request, "csam/app_code.html", status, **context)


async def login(request: Request) -> Response:
    asked = _login_request(request)
    if isinstance(asked, Response):
        return asked
    client, state = asked
    store = store_of(request)
    if request.path_params["key"] == APP_CODE:
        username = ""
        try:
            form = await form_of(request, fields=APP_FIELDS)
            username = str(form.get("username", ""))
            person = store.credentials.log_in(username, str(form.get("password", "")), str(form.get("code", "")))
        except Refused as refused:
            errors = texts.field_messages(request, refused, APP_FIELDS)
            if errors is None:
                raise
            return _app_code_form(request, client, state, username[:100], errors, refused.status)
        insz = person.insz
    else:
        key = KEYS.get(request.path_params["key"])
        if key is not None and not request.app.state.person_picker:
            return _needs_a_person(request, key)
        form = await form_of(request)
        insz = str(form.get("insz", ""))
        if insz not in store.persons.by_insz or request.path_params["key"] not in KEYS:
            title, message = texts.text(request, "csam.login_failed"), texts.text(request, "csam.login_failed.text")
            return error_page(request, 400, title, message)
    session = store.auth.open_session("csam", insz)
    response = _back_to_client(request, client, state, insz, session.sid)
    response.set_cookie(COOKIE, session.sid, path="/csam", httponly=True, samesite="lax")
    return response


async def logout(request: Request) -> Response:
    store_of(request).auth.log_out(request.cookies.get(COOKIE))
    next_path = safe_path(request.query_params.get("next", "/"), "/")
    response = render(request, "csam/logged_out.html", next_path=next_path)
    response.delete_cookie(COOKIE, path="/csam")
    return response


async def help_page(request: Request) -> Response:
    return render(request, "csam/help.html")


routes = [
    Route("/authorize", authorize, name="authorize"),
    Route("/sleutel/{key}", pick_person, name="pick_person"),
    Route("/sleutel/{key}", login, methods=["POST"], name="login"),
    Route("/afmelden", logout, name="logout"),
    Route("/hulp", help_page, name="help"),
]
