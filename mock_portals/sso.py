"""How a portal gets an identity from the mock CSAM: an authorization-code flow in miniature.

The portal sends the browser to ``/csam/authorize?client=<portal>&state=<path>``; CSAM (after a
login, or at once when its own session is open) sends it back to ``/<portal>/callback`` with a
one-time code. The portal redeems the code and keeps its own session cookie, scoped to its path.
"""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from .domain.auth import Session
from .domain.persons import Person
from .store import Store

# Every portal that may ask CSAM for an identity; its callback is <prefix>/callback.
CLIENTS = ("vaccinnet", "btb", "uman", "progezondheid", "registratie")


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


class LoginRequired(Exception):
    """Raised by a handler that needs an identity; answered with a redirect to CSAM."""

    def __init__(self, client: str, next_path: str) -> None:
        self.client = client
        self.next_path = next_path


def authorize_url(client: str, next_path: str) -> str:
    return "/csam/authorize?" + urlencode({"client": client, "state": next_path})


class PortalAuth:
    """The session cookie of one portal, scoped to its own path."""

    def __init__(self, client: str) -> None:
        if client not in CLIENTS:
            raise ValueError(f"{client} is not a registered CSAM client")
        self.client = client
        self.prefix = f"/{client}"
        self.cookie = f"{client}_session"

    def session(self, request: Request) -> Session:
        """The logged-in session, or LoginRequired; Unauthenticated when it has expired."""
        session = store_of(request).auth.session(self.client, request.cookies.get(self.cookie))
        if session is None:
            raise LoginRequired(self.client, request.url.path)
        return session

    def person(self, request: Request) -> tuple[Session, Person]:
        session = self.session(request)
        return session, store_of(request).persons.by_insz[session.insz]

    def callback(self, request: Request) -> Response:
        """Redeem the one-time code from CSAM and open this portal's session."""
        person = store_of(request).auth.redeem_code(self.client, request.query_params.get("code", ""))
        session = store_of(request).auth.open_session(self.client, person.insz)
        next_path = request.query_params.get("state", "")
        if not next_path.startswith(self.prefix + "/"):
            next_path = self.prefix + "/"
        response = RedirectResponse(next_path, status_code=303)
        response.set_cookie(self.cookie, session.sid, path=self.prefix, httponly=True, samesite="lax")
        return response

    def logout(self, request: Request, next_path: str) -> Response:
        """End this portal's session and the CSAM session with it (single logout)."""
        store_of(request).auth.close_session(request.cookies.get(self.cookie))
        response = RedirectResponse("/csam/afmelden?" + urlencode({"next": next_path}), status_code=303)
        response.delete_cookie(self.cookie, path=self.prefix)
        return response

    def routes(self, after_login: str, after_logout: str | None = None) -> list[Route]:
        """The routes every portal has: "aanmelden" (to CSAM), "callback" (from CSAM) and "afmelden"."""

        async def login(request: Request) -> Response:
            return RedirectResponse(authorize_url(self.client, after_login), status_code=303)

        async def callback(request: Request) -> Response:
            return self.callback(request)

        async def logout(request: Request) -> Response:
            return self.logout(request, after_logout or self.prefix + "/")

        return [
            Route("/aanmelden", login, name="login"),
            Route("/callback", callback, name="callback"),
            Route("/afmelden", logout, name="logout"),
        ]


__all__ = ["CLIENTS", "LoginRequired", "PortalAuth", "authorize_url", "store_of"]
