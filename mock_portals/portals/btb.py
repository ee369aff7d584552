"""Mock BTB, where CSAM manages access managers (manual §2.3 and the way into §2.4.1)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from .. import texts
from ..domain.errors import Refused
from ..domain.managers import ManagerDomain, ManagerRole
from ..pages import error_page, render
from ..security import form_of
from ..sso import PortalAuth, flash, store_of, take_flash

auth = PortalAuth("btb")

# The three steps of the page: the id of the section, its title and its explanation.
STEPS = (
    ("stap-1", "btb.step.htb", "btb.step.htb.text"),
    ("stap-2", "btb.step.managers", "btb.step.managers.text"),
    ("stap-3", "btb.step.access", "btb.step.access.text"),
)
# The systems of the third step: the title of the tile, its button and where it leads.
ACCESS_SYSTEMS = (
    ("btb.system.social_security", "btb.system.social_security.button", None),
    ("btb.system.ehealth", "btb.system.ehealth.button", "/uman/"),
    ("btb.system.bosa", "btb.system.bosa.button", None),
    ("btb.system.other", "btb.system.other.button", None),
)
# The domain's field names -> the form's.
FIELDS = {"insz": "insz", "role": "rol", "domain": "domein", "email": "email"}


async def home(request: Request) -> Response:
    return render(request, "btb/index.html", steps=STEPS, systems=ACCESS_SYSTEMS)


async def outside(request: Request) -> Response:
    return error_page(
        request,
        404,
        texts.text(request, "btb.outside.title"),
        texts.text(request, "btb.outside.text"),
        ("/btb/", texts.text(request, "btb.back")),
    )


async def organisations(request: Request) -> Response:
    _, person = auth.person(request)
    orgs = store_of(request).organisations.of_htb(person.insz)
    if len(orgs) == 1:
        return RedirectResponse(f"/btb/toegangsbeheerders/{orgs[0].riziv}", status_code=303)
    return render(request, "btb/organisations.html", person=person, organisations=orgs)


def _managers_page(request: Request, riziv: str, form: dict[str, str], errors: dict[str, str], status: int) -> Response:
    session, person = auth.person(request)
    store = store_of(request)
    org = store.managers.require_htb(person.insz, riziv)
    managers = [(store.persons.by_insz[m.insz], m) for m in store.managers.of(org.riziv)]
    return render(
        request,
        "btb/managers.html",
        status,
        person=person,
        org=org,
        managers=managers,
        roles=list(ManagerRole),
        domains=list(ManagerDomain),
        form=form,
        errors=errors,
        flash=take_flash(session),
    )


async def managers(request: Request) -> Response:
    _, person = auth.person(request)
    riziv = store_of(request).managers.require_htb(person.insz, request.path_params["riziv"]).riziv  # rights first
    form: dict[str, str] = {"domein": ManagerDomain.EHEALTH}
    current = store_of(request).managers.get(riziv, request.query_params.get("wijzig", ""))
    if current is not None:  # "Wijzigen": the form filled in with what is there now
        form = {"insz": current.insz, "rol": current.role, "domein": current.domain, "email": current.email}
    return _managers_page(request, riziv, form, {}, 200)


async def appoint(request: Request) -> Response:
    _, person = auth.person(request)
    riziv = request.path_params["riziv"]
    store_of(request).managers.require_htb(person.insz, riziv)  # rights before anything about another person
    form = {k: str(v) for k, v in (await form_of(request, {v: k for k, v in FIELDS.items()})).items()}
    try:
        store_of(request).managers.appoint(
            person.insz, riziv, form.get("insz", ""), form.get("rol", ""), form.get("domein", ""), form.get("email", "")
        )
    except Refused as exc:
        errors = texts.field_messages(request, exc, FIELDS)
        if errors is None:
            raise
        return _managers_page(request, riziv, form, errors, 400)
    flash(auth.session(request), "btb.managers.appointed")
    return RedirectResponse(f"/btb/toegangsbeheerders/{riziv}", 303)


async def remove(request: Request) -> Response:
    _, person = auth.person(request)
    riziv = request.path_params["riziv"]
    await form_of(request)
    store_of(request).managers.remove(person.insz, riziv, request.path_params["insz"])
    flash(auth.session(request), "btb.managers.removed")
    return RedirectResponse(f"/btb/toegangsbeheerders/{riziv}", 303)


routes = [
    *auth.routes(after_login="/btb/toegangsbeheerders"),
    Route("/", home, name="home"),
    Route("/systeem-buiten-de-oefenomgeving", outside, name="outside"),
    Route("/toegangsbeheerders", organisations, name="organisations"),
    Route("/toegangsbeheerders/{riziv}", managers, name="managers"),
    Route("/toegangsbeheerders/{riziv}", appoint, methods=["POST"], name="appoint"),
    Route("/toegangsbeheerders/{riziv}/{insz}/verwijderen", remove, methods=["POST"], name="remove"),
]
