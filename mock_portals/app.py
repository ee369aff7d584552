"""``create_app(store)``: every mock portal mounted under its own path, on one Starlette app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from . import texts
from .domain.errors import Refused
from .faults import FaultInjector
from .pages import error_page
from .portals import admin, btb, csam, ehealth, progezondheid, registratie, start, uman, vaccinnet
from .security import ADMIN_LIMIT, FORM_LIMIT, LOOPBACK, ASGIApp, Guard, Message, Receive, Scope, Send
from .sso import LoginRequired, PortalAuth
from .store import Store

# The title of the page that shows a refusal, per HTTP status.
TITLES = {401: "error.page.login_again", 403: "error.page.forbidden"}


async def login_required(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LoginRequired)
    return PortalAuth(exc.client).start_login(request, exc.next_path)


async def refused(request: Request, exc: Exception) -> Response:
    """A refusal that no route placed on its own page: JSON for the admin API, else an error page."""
    assert isinstance(exc, Refused)
    if request.app.state.admin_api and request.url.path.startswith("/__admin"):
        return JSONResponse({"error": texts.message(request, exc)}, status_code=exc.status)
    portal = request.url.path.split("/")[1]
    link = (f"/{portal}/", texts.text(request, "error.page.log_in_again")) if exc.status == 401 else None
    title = texts.text(request, TITLES.get(exc.status, "error.page.bad_request"))
    return error_page(request, exc.status, title, texts.message(request, exc), link)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if request.app.state.admin_api and request.url.path.startswith("/__admin"):
        return JSONResponse({"error": texts.text(request, "admin.no_such_operation"), "field": None}, exc.status_code)
    if exc.status_code == 404:
        link = ("/", texts.text(request, "error.page.to_start"))
        title, message = texts.text(request, "error.page.not_found"), texts.text(request, "error.page.not_found_text")
        return error_page(request, 404, title, message, link)
    return error_page(request, exc.status_code, texts.text(request, "error.page.bad_request"), str(exc.detail))


async def server_error(request: Request, exc: Exception) -> Response:
    title, message = texts.text(request, "error.page.server"), texts.text(request, "error.page.server_text")
    return error_page(request, 500, title, message)


class AfterChange:
    """Calls ``on_change(store)`` after every request that may have changed the world and succeeded."""

    def __init__(self, app: ASGIApp, store: Store, on_change: Callable[[Store], None]) -> None:
        self.app, self.store, self.on_change = app, store, on_change

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        status = 500

        async def watched(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, watched)
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD") and status < 400:
            self.on_change(self.store)


def create_app(
    store: Store | None = None,
    *,
    locale_dir: Path | None = None,
    admin_token: str | None = None,
    admin_hosts: tuple[str, ...] = LOOPBACK,
    form_limit: int = FORM_LIMIT,
    admin_limit: int = ADMIN_LIMIT,
    practice_world: bool = False,
    on_change: Callable[[Store], None] | None = None,
    admin_api: bool = True,
    person_picker: bool = True,
) -> Starlette:
    """The mock portals over ``store``, with the texts of the catalogues under ``locale_dir``.

    The admin API answers for ``admin_hosts`` only and, with an ``admin_token``, only to requests
    that carry it; bodies over ``form_limit`` (``admin_limit`` for the admin API) are refused. With
    ``practice_world``, starting again from the start page rebuilds the seeded practice world (else an
    empty one); ``on_change`` is called after every request that changed something. Without
    ``admin_api`` there is no ``/__admin/`` at all (an address there is any unknown page), and without
    ``person_picker`` only CSAM's app key logs in, as on a real environment (a stand-in for one)."""
    store = store if store is not None else Store()
    catalogue = texts.Catalogue(locale_dir or texts.LOCALE_DIR)
    guard = Middleware(
        Guard,
        messages=lambda key: catalogue.text(texts.DEFAULT_LANGUAGE, key),
        admin_hosts=admin_hosts,
        admin_token=admin_token,
        form_limit=form_limit,
        admin_limit=admin_limit,
        admin_api=admin_api,
    )
    watch = [Middleware(AfterChange, store=store, on_change=on_change)] if on_change else []
    error = catalogue.text(texts.DEFAULT_LANGUAGE, "fault.error").encode()
    faults = Middleware(FaultInjector, faults=lambda: store.faults, error_page=lambda: error)
    app = Starlette(
        middleware=[guard, faults, *watch],
        routes=[
            *start.routes,
            Mount("/csam", routes=csam.routes, name="csam"),
            Mount("/vaccinnet", routes=vaccinnet.routes, name="vaccinnet"),
            Mount("/progezondheid", routes=progezondheid.routes, name="progezondheid"),
            Mount("/ehealth", routes=ehealth.routes, name="ehealth"),
            Mount("/registratie", routes=registratie.routes, name="registratie"),
            Mount("/btb", routes=btb.routes, name="btb"),
            Mount("/uman", routes=uman.routes, name="uman"),
            *([Mount("/__admin", routes=admin.routes, name="admin")] if admin_api else []),
            Mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static"),
        ],
        exception_handlers={
            LoginRequired: login_required,
            Refused: refused,
            HTTPException: http_error,
            500: server_error,
        },
    )
    app.state.store = store
    app.state.texts = catalogue
    app.state.practice_world = practice_world
    app.state.admin_api = admin_api
    app.state.person_picker = person_picker
    return app
