"""``create_app(store)``: every mock portal mounted under its own path, on one Starlette app."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route

from .pages import error_page, render
from .portals import admin, btb, csam, ehealth, progezondheid, registratie, uman, vaccinnet
from .sso import LoginRequired, authorize_url
from .store import AuthError, Forbidden, Store, StoreError

PORTALS = (
    ("CSAM", "/csam/hulp", "Aanmelden bij de online overheid met een digitale sleutel"),
    ("ProGezondheid", "/progezondheid/", "Wie is de wettelijke vertegenwoordiger, in welke rol (§2.1)"),
    ("eGezondheid", "/ehealth/toegang", "Een toegangsmachtiging vragen en de HTB aanstellen (§2.2)"),
    ("Beheer der Toegangsbeheerders", "/btb/", "Toegangsbeheerders aanstellen en toegangen beheren (§2.3, §2.4.1)"),
    ("Toegangsbeheer eHealth", "/uman/", "Gebruikers toevoegen, wijzigen en verwijderen (§2.4.1)"),
    ("Vaccinnet", "/vaccinnet/", "Aanmelden voor een organisatie (handleiding §2.4.2)"),
)


async def start_page(request: Request) -> Response:
    store: Store = request.app.state.store
    people = [(p, store.roles_of(p.insz)) for p in list(store.persons.values())[:60]]
    organisations = list(store.organisations.values())[:60]
    return render(request, "home/index.html", portals=PORTALS, people=people, organisations=organisations, store=store)


async def login_required(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LoginRequired)
    return RedirectResponse(authorize_url(exc.client, exc.next_path), status_code=303)


async def refused(request: Request, exc: Exception) -> Response:
    status = 401 if isinstance(exc, AuthError) else 403 if isinstance(exc, Forbidden) else 400
    if request.url.path.startswith("/__admin"):
        return JSONResponse({"error": str(exc)}, status_code=status)
    portal = request.url.path.split("/")[1]
    link = (f"/{portal}/", "Opnieuw aanmelden") if status == 401 else None
    title = {401: "Aanmelden opnieuw nodig", 403: "Geen toegang"}.get(status, "Deze vraag kan niet verwerkt worden")
    return error_page(request, status, title, str(exc), link)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_page(
            request, 404, "Pagina niet gevonden", "Deze pagina bestaat niet.", ("/", "Naar de startpagina")
        )
    return error_page(request, exc.status_code, "Deze vraag kan niet verwerkt worden", str(exc.detail))


async def server_error(request: Request, exc: Exception) -> Response:
    return error_page(request, 500, "Er ging iets mis", "Er liep iets mis in de testomgeving; er werd niets gewijzigd.")


def create_app(store: Store | None = None) -> Starlette:
    app = Starlette(
        routes=[
            Route("/", start_page, name="start"),
            Mount("/csam", routes=csam.routes, name="csam"),
            Mount("/vaccinnet", routes=vaccinnet.routes, name="vaccinnet"),
            Mount("/progezondheid", routes=progezondheid.routes, name="progezondheid"),
            Mount("/ehealth", routes=ehealth.routes, name="ehealth"),
            Mount("/registratie", routes=registratie.routes, name="registratie"),
            Mount("/btb", routes=btb.routes, name="btb"),
            Mount("/uman", routes=uman.routes, name="uman"),
            Mount("/__admin", routes=admin.routes, name="admin"),
        ],
        exception_handlers={
            LoginRequired: login_required,
            StoreError: refused,
            HTTPException: http_error,
            500: server_error,
        },
    )
    app.state.store = store if store is not None else Store()
    return app
