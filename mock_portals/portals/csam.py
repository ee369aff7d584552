"""Mock CSAM: "Aanmelden bij de online overheid", a test-person picker, single sign-on and logout."""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..pages import error_page, render
from ..sso import CLIENTS, store_of
from ..store import StoreError

COOKIE = "csam_session"

# The digital keys of the CSAM page, in the manual's groups (§2.4.1 screenshot).
KEY_GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "eID of mobiele digitale sleutels",
        (
            ("mygov", "AANMELDEN via MyGov.be"),
            ("eid", "AANMELDEN met eID kaartlezer"),
            ("itsme", "AANMELDEN via itsme"),
        ),
    ),
    (
        "Digitale sleutels met beveiligingscode en gebruikersnaam + wachtwoord",
        (
            ("email-code", "AANMELDEN met beveiligingscode via e-mail"),
            ("app-code", "AANMELDEN met beveiligingscode via mobiele app"),
        ),
    ),
    (
        "Europese authenticatie",
        (("eidas", "AANMELDEN met een elektronische identificatiemiddel erkend op Europees niveau"),),
    ),
)
KEYS = {key: label for _, keys in KEY_GROUPS for key, label in keys}


def _login_request(request: Request) -> tuple[str, str] | Response:
    """The client and state of a login request, or an error page when the client is unknown."""
    client = request.query_params.get("client", "")
    if client not in CLIENTS:
        return error_page(request, 400, "Onbekende toepassing", "Deze aanmeldvraag komt van een onbekende toepassing.")
    return client, request.query_params.get("state", "")


def _back_to_client(request: Request, client: str, state: str, insz: str) -> Response:
    code = store_of(request).issue_code(client, insz)
    return RedirectResponse(f"/{client}/callback?" + urlencode({"code": code, "state": state}), status_code=303)


async def authorize(request: Request) -> Response:
    asked = _login_request(request)
    if isinstance(asked, Response):
        return asked
    client, state = asked
    try:
        session = store_of(request).session("csam", request.cookies.get(COOKIE))
    except StoreError:
        session = None  # an expired CSAM session simply asks for a key again
    if session is not None:
        return _back_to_client(request, client, state, session.insz)
    return render(request, "csam/keys.html", key_groups=KEY_GROUPS, query=urlencode({"client": client, "state": state}))


async def pick_person(request: Request) -> Response:
    asked = _login_request(request)
    if isinstance(asked, Response):
        return asked
    client, state = asked
    key = request.path_params["key"]
    if key not in KEYS:
        return error_page(request, 404, "Onbekende digitale sleutel", "Kies een digitale sleutel uit de lijst.")
    search = request.query_params.get("zoek", "")
    return render(
        request,
        "csam/person.html",
        key_label=KEYS[key],
        persons=store_of(request).find_persons(search),
        search=search,
        client=client,
        state=state,
        error=None,
    )


async def login(request: Request) -> Response:
    asked = _login_request(request)
    if isinstance(asked, Response):
        return asked
    client, state = asked
    form = await request.form()
    insz = str(form.get("insz", ""))
    store = store_of(request)
    if insz not in store.persons or request.path_params["key"] not in KEYS:
        return error_page(request, 400, "Aanmelden mislukt", "Kies een testpersoon uit de lijst.")
    session = store.open_session("csam", insz)
    response = _back_to_client(request, client, state, insz)
    response.set_cookie(COOKIE, session.sid, path="/csam", httponly=True, samesite="lax")
    return response


async def logout(request: Request) -> Response:
    store_of(request).close_session(request.cookies.get(COOKIE))
    next_path = request.query_params.get("next", "/")
    response = render(request, "csam/logged_out.html", next_path=next_path if next_path.startswith("/") else "/")
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
