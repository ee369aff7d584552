"""What keeps the practice environment safe to leave running: headers, limits, forms and the admin API.

- every response carries security headers (a CSP without inline script, no framing, nosniff);
- a body over the limit (forms 1 MB, the admin API 5 MB by default) is refused with 413 before it
  is read, also when it comes without a Content-Length;
- a form that changes something must carry the CSRF token of the browser's ``csrf`` cookie, come
  from this site (Origin) and keep every field under a length;
- the admin API answers only for the hosts it serves (against DNS rebinding), takes JSON only,
  and, when a token is set (required off loopback), only requests that carry it.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request

from .domain.errors import Forbidden, Refused

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

HEADERS = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}
SECURITY_HEADERS = [(k.encode(), v.encode()) for k, v in HEADERS.items()]
FORM_LIMIT = 1024 * 1024
ADMIN_LIMIT = 5 * 1024 * 1024
FIELD_LIMIT = 1000  # characters in one form field
MAX_FIELDS = 200  # fields in one form
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
CSRF_COOKIE = CSRF_FIELD = "csrf"
ADMIN = "/__admin"


class TooLarge(Exception):
    """A body that grew past its limit while it was read."""


def _is_admin(scope: Scope) -> bool:
    return str(scope.get("path", "")).startswith(ADMIN)


async def _plain(send: Send, status: int, message: str, admin: bool) -> None:
    """A refusal before any route runs: JSON for the admin API, a short text page otherwise."""
    body = json.dumps({"error": message, "field": None}).encode() if admin else message.encode()
    kind = b"application/json" if admin else b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", kind)]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """The app's outer layer: security headers, body limits and the admin API's host and token."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        messages: Callable[[str], str],
        admin_hosts: tuple[str, ...] = LOOPBACK,
        admin_token: str | None = None,
        form_limit: int = FORM_LIMIT,
        admin_limit: int = ADMIN_LIMIT,
        admin_api: bool = True,
    ) -> None:
        self.app = app
        self.messages = messages  # a message id -> its Dutch text
        self.admin_api = admin_api  # without it, /__admin is an address like any other
        self.admin_hosts = admin_hosts
        self.admin_token = admin_token
        self.limits = {False: form_limit, True: admin_limit}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        admin = self.admin_api and _is_admin(scope)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        refusal = self._refusal(admin, headers)
        if refusal is not None:
            await _plain(send, refusal[0], self.messages(refusal[1]), admin)
            return
        started = False

        async def with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [
                    *message.get("headers", []),
                    *((k.encode(), v.encode()) for k, v in HEADERS.items()),
                ]
            await send(message)

        try:
            await self.app(scope, self._counted(receive, self.limits[admin]), with_headers)
        except TooLarge:
            if not started:
                await _plain(with_headers, 413, self.messages("security.too_large"), admin)

    def _refusal(self, admin: bool, headers: dict[str, str]) -> tuple[int, str] | None:
        length = headers.get("content-length", "0")
        if not length.isascii() or not length.isdigit() or int(length) > self.limits[admin]:
            return 413, "security.too_large"
        if not admin:
            return None
        host = (
            headers.get("host", "").rsplit(":", 1)[0] if not headers.get("host", "").endswith("]") else headers["host"]
        )
        if host not in self.admin_hosts:
            return 403, "security.admin_host"
        if self.admin_token and not secrets.compare_digest(
            headers.get("authorization", "").encode(), f"Bearer {self.admin_token}".encode()
        ):
            return 401, "security.admin_token"
        return None

    @staticmethod
    def _counted(receive: Receive, limit: int) -> Receive:
        read = 0

        async def counting() -> Message:
            nonlocal read
            message = await receive()
            read += len(message.get("body", b""))
            if read > limit:
                raise TooLarge
            return message

        return counting


# --- forms --------------------------------------------------------------------------------------


def csrf_token(request: Request) -> str:
    """The browser's CSRF token (its ``csrf`` cookie), or a new one that the response will set."""
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "new_csrf", None)
    if token is None:
        token = request.state.new_csrf = secrets.token_urlsafe(24)
    return token


def _own_origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.headers.get('host', '')}"


async def form_of(request: Request, fields: dict[str, str] | None = None) -> FormData:
    """A form that changes something: from this site, with the browser's CSRF token, no field too long.

    ``fields`` maps the form's field names to the domain's, so a field that is too long is refused
    next to that field."""
    origin = request.headers.get("origin")
    if origin is not None and origin != _own_origin(request):
        raise Forbidden("security.foreign_origin")
    kind = request.headers.get("content-type", "").split(";")[0].strip()
    if kind not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        raise Refused("security.not_a_form")
    try:
        form = await request.form(max_files=0, max_fields=MAX_FIELDS, max_part_size=FIELD_LIMIT * 4)
    except HTTPException:  # Starlette's own limits, with its English message: ours, in the page's language
        raise Refused("form.too_large", None, {"limit": FIELD_LIMIT, "fields": MAX_FIELDS}) from None
    cookie, posted = request.cookies.get(CSRF_COOKIE, ""), str(form.get(CSRF_FIELD, ""))
    if not cookie or not secrets.compare_digest(cookie.encode(), posted.encode()):
        raise Forbidden("security.csrf")
    for name, value in form.multi_items():
        if isinstance(value, str) and len(value) > FIELD_LIMIT:
            raise Refused("field.too_long", (fields or {}).get(name, name), {"limit": FIELD_LIMIT})
    return form


def safe_path(path: str, fallback: str) -> str:
    """``path`` when it is a path of this site ("/uman/..."), else ``fallback``: no open redirects."""
    if path.startswith("/") and not path.startswith(("//", "/\\")) and "\\" not in path and path.isprintable():
        return path
    return fallback
