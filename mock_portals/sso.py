"""How a portal gets an identity from the mock CSAM: an authorization-code flow in miniature.

A portal that needs an identity starts a login: a nonce in a cookie of its own path (only this
browser has it), and the browser goes to ``/csam/authorize?client=<portal>&state=<nonce>``. CSAM
(after a login, or at once when its own session is open) sends it back to ``/<portal>/callback``
with a one-time code for that nonce. The portal redeems the code only with the nonce of its
cookie, opens its own session (a cookie scoped to its path) and goes where the login started.
Logging out of any portal ends every session of that CSAM session.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from .domain.auth import Session
from .domain.persons import Person
from .security import safe_path
from .store import Store

# Every portal that may ask CSAM for an identity; its callback is <prefix>/callback.
CLIENTS = ("vaccinnet", "btb", "uman", "progezondheid", "registratie")
FLASH = "flash"


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


class LoginRequired(Exception):
    """Raised by a handler that needs an identity; answered with the start of a login at CSAM."""

    def __init__(self, client: str, next_path: str) -> None:
        self.client = client
        self.next_path = next_path


def flash(session: Session, message: str, **params: Any) -> None:
    """A message for the next page this session shows (instead of one carried in the URL)."""
    session.data[FLASH] = (message, params)


def take_flash(session: Session) -> tuple[str, dict[str, Any]] | None:
    found: tuple[str, dict[str, Any]] | None = session.data.pop(FLASH, None)
    return found


class PortalAuth:
    """The login and the session cookie of one portal, scoped to its own path."""

    def __init__(self, client: str) -> None:
        if client not in CLIENTS:
            raise ValueError(f"{client} is not a registered CSAM client")
        self.client = client
        self.prefix = f"/{client}"
        self.cookie = f"{client}_session"
        self.login_cookie = f"{client}_login"

    def session(self, request: Request) -> Session:
        """The logged-in session, or LoginRequired; Unauthenticated when it has expired."""
        session = store_of(request).auth.session(self.client, request.cookies.get(self.cookie))
        if session is None:
            raise LoginRequired(self.client, request.url.path)
        return session

    def person(self, request: Request) -> tuple[Session, Person]:
        session = self.session(request)
        return session, store_of(request).persons.by_insz[session.insz]

    def start_login(self, request: Request, next_path: str) -> Response:
        """To CSAM, with a nonce that only this browser keeps."""
        nonce = store_of(request).auth.start_login(self.client, safe_path(next_path, self.prefix + "/"))
        response = RedirectResponse("/csam/authorize?" + urlencode({"client": self.client, "state": nonce}), 303)
        response.set_cookie(self.login_cookie, nonce, path=self.prefix, httponly=True, samesite="lax")
        return response

    def callback(self, request: Request) -> Response:
        """Redeem the one-time code from CSAM, in the browser that started the login, and open the session."""
        nonce = request.cookies.get(self.login_cookie, "")
        code, state = request.query_params.get("code", ""), request.query_params.get("state", "")
        if state != nonce:
            nonce = ""  # the code comes back to another browser than the one that asked for it
        person, login, next_path = store_of(request).auth.redeem_code(self.client, code, nonce)
        session = store_of(request).auth.open_session(self.client, person.insz, login.csam_sid)
        next_path = next_path if next_path and next_path.startswith(self.prefix + "/") else self.prefix + "/"
        response = RedirectResponse(next_path, status_code=303)
        response.set_cookie(self.cookie, session.sid, path=self.prefix, httponly=True, samesite="lax")
        response.delete_cookie(self.login_cookie, path=self.prefix)
        return response

    def logout(self, request: Request, next_path: str) -> Response:
        """End this portal's session, its CSAM session and every other portal session of it."""
        store_of(request).auth.log_out(request.cookies.get(self.cookie))
        response = RedirectResponse("/csam/afmelden?" + urlencode({"next": next_path}), status_code=303)
        response.delete_cookie(self.cookie, path=self.prefix)
        return response

    def routes(self, after_login: str, after_logout: str | None = None) -> list[Route]:
        """The routes every portal has: "aanmelden" (to CSAM), "callback" (from CSAM) and "afmelden"."""

        async def login(request: Request) -> Response:
            return self.start_login(request, after_login)

        async def callback(request: Request) -> Response:
            return self.callback(request)

        async def logout(request: Request) -> Response:
            return self.logout(request, after_logout or self.prefix + "/")

        return [
            Route("/aanmelden", login, name="login"),
            Route("/callback", callback, name="callback"),
            Route("/afmelden", logout, name="logout"),
        ]


__all__ = ["CLIENTS", "LoginRequired", "PortalAuth", "flash", "store_of", "take_flash"]
