"""The start page of the practice environment: the portals, the organisations and the persons."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .. import texts
from ..domain.persons import Person
from ..pages import render
from ..practice import populate
from ..security import form_of
from ..sso import store_of

# Each portal: its name, where it starts and what it is for (catalogue ids).
PORTALS = (
    ("start.portal.csam", "/csam/hulp", "start.portal.csam.what"),
    ("start.portal.progezondheid", "/progezondheid/", "start.portal.progezondheid.what"),
    ("start.portal.ehealth", "/ehealth/toegang", "start.portal.ehealth.what"),
    ("start.portal.btb", "/btb/", "start.portal.btb.what"),
    ("start.portal.uman", "/uman/", "start.portal.uman.what"),
    ("start.portal.vaccinnet", "/vaccinnet/", "start.portal.vaccinnet.what"),
)
SHOWN = 60  # persons and organisations listed at most


def roles_of(request: Request, person: Person) -> list[str]:
    """Every role a person holds, in words."""
    store = store_of(request)
    roles = []
    for org in store.organisations.all():
        if org.htb == person.insz:
            roles.append(texts.text(request, "start.role.htb", organisation=org.name))
        if org.legal_rep == person.insz:
            what = texts.label(request, org.org_type.representative)
            roles.append(texts.text(request, "start.role.representative", role=what, organisation=org.name))
    for riziv in sorted(store.memberships.orgs_of(person.insz)):
        member = store.memberships.get(riziv, person.insz)
        assert member is not None
        params = {
            "type": texts.label(request, member.type),
            "status": texts.label(request, member.status),
            "organisation": store.organisations.by_riziv[riziv].name,
            "applications": ", ".join(texts.label(request, a) for a in member.applications),
        }
        roles.append(texts.text(request, "start.role.member", **params))
    return roles


def _start(request: Request, status: str | None = None) -> Response:
    store = store_of(request)
    people = [(p, roles_of(request, p)) for p in store.persons.all()[:SHOWN]]
    organisations = store.organisations.all()[:SHOWN]
    return render(
        request,
        "home/index.html",
        status=status,
        portals=PORTALS,
        people=people,
        organisations=organisations,
        seed=store.seed,
    )


async def start_page(request: Request) -> Response:
    return _start(request)


async def start_again(request: Request) -> Response:
    """Starting again: first a confirmation; confirmed, the seeded practice world (or an empty one)."""
    form = await form_of(request)
    if form.get("bevestigd") != "ja":
        return render(request, "home/start_again.html")
    store = store_of(request)
    store.reset(store.seed)
    if request.app.state.practice_world:
        populate(store)
    return _start(request, "start.again.done")


routes = [
    Route("/", start_page, name="start"),
    Route("/opnieuw", start_again, methods=["POST"], name="start_again"),
]
