"""Mock "Beheer der Toegangsbeheerders" (BTB, manual §2.3 and the way into §2.4.1)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..pages import error_page, render
from ..sso import PortalAuth, store_of
from ..store import DOMAINS, MANAGER_ROLES, FieldErrors

auth = PortalAuth("btb")

# The systems under "TOEGANGEN BEHEREN": the title of the tile and its button.
ACCESS_SYSTEMS = (
    ("SOCIALE ZEKERHEID", "Toegangsbeheer", None),
    ("EHEALTH", "Toegangsbeheer eHealth", "/uman/"),
    ("FOD BOSA DG DT", "Mijn eGov-rollenbeheer", None),
    ("ANDERE SPECIFIEKE SYSTEMEN", "Gebruikersbeheer van de Vlaamse overheid", None),
)


async def home(request: Request) -> Response:
    return render(request, "btb/index.html", systems=ACCESS_SYSTEMS)


async def outside(request: Request) -> Response:
    return error_page(
        request,
        404,
        "Niet nagebootst",
        "Dit systeem valt buiten de oefenomgeving: enkel het toegangsbeheer van eHealth is nagebootst.",
        ("/btb/", "Terug naar Beheer der Toegangsbeheerders"),
    )


async def organisations(request: Request) -> Response:
    _, person = auth.person(request)
    orgs = store_of(request).htb_organisations(person.insz)
    if len(orgs) == 1:
        return RedirectResponse(f"/btb/toegangsbeheerders/{orgs[0].riziv}", status_code=303)
    return render(request, "btb/organisations.html", person=person, organisations=orgs)


def _managers_page(request: Request, riziv: str, form: dict[str, str], errors: dict[str, str], status: int) -> Response:
    _, person = auth.person(request)
    store = store_of(request)
    org = store.require_htb(person.insz, riziv)
    managers = [(store.persons[m.insz], m) for m in store.managers[org.riziv].values()]
    return render(
        request,
        "btb/managers.html",
        status,
        person=person,
        org=org,
        managers=managers,
        roles=MANAGER_ROLES,
        domains=DOMAINS,
        form=form,
        errors=errors,
        message=request.query_params.get("bericht"),
    )


async def managers(request: Request) -> Response:
    riziv = request.path_params["riziv"]
    form = {"domein": "eHealth"}
    current = store_of(request).managers.get(riziv, {}).get(request.query_params.get("wijzig", ""))
    if current is not None:  # "Wijzigen": the form filled in with what is there now
        form = {"insz": current.insz, "rol": current.role, "domein": current.domain, "email": current.email}
    return _managers_page(request, riziv, form, {}, 200)


async def appoint(request: Request) -> Response:
    _, person = auth.person(request)
    riziv = request.path_params["riziv"]
    form = {k: str(v) for k, v in (await request.form()).items()}
    try:
        store_of(request).appoint_manager(
            person.insz, riziv, form.get("insz", ""), form.get("rol", ""), form.get("domein", ""), form.get("email", "")
        )
    except FieldErrors as exc:
        return _managers_page(request, riziv, form, exc.errors, 400)
    return RedirectResponse(f"/btb/toegangsbeheerders/{riziv}?bericht=De+toegangsbeheerder+werd+aangesteld", 303)


async def remove(request: Request) -> Response:
    _, person = auth.person(request)
    riziv = request.path_params["riziv"]
    store_of(request).remove_manager(person.insz, riziv, request.path_params["insz"])
    return RedirectResponse(f"/btb/toegangsbeheerders/{riziv}?bericht=De+toegangsbeheerder+werd+verwijderd", 303)


routes = [
    *auth.routes(after_login="/btb/toegangsbeheerders"),
    Route("/", home, name="home"),
    Route("/systeem-buiten-de-oefenomgeving", outside, name="outside"),
    Route("/toegangsbeheerders", organisations, name="organisations"),
    Route("/toegangsbeheerders/{riziv}", managers, name="managers"),
    Route("/toegangsbeheerders/{riziv}", appoint, methods=["POST"], name="appoint"),
    Route("/toegangsbeheerders/{riziv}/{insz}/verwijderen", remove, methods=["POST"], name="remove"),
]
