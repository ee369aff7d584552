"""What every UMAN page shares: the login, the chrome around an organisation's pages, the sidebar."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ...domain.organisations import Organisation
from ...domain.persons import Person
from ...pages import render
from ...sso import PortalAuth, store_of

auth = PortalAuth("uman")

# The sidebar "Functionaliteiten" (manual §2.4.1.1 screenshots): sections, then their links and the
# route a link leads to (None: not part of the practice environment).
SIDEBAR: tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...] = (
    (
        "uman.sidebar.capacity",
        (
            ("uman.sidebar.home", "uman:home"),
            ("uman.sidebar.users", "uman:users"),
            ("uman.sidebar.details", None),
            ("uman.sidebar.search", None),
            ("uman.sidebar.hierarchy", None),
        ),
    ),
    ("uman.sidebar.messages", (("uman.sidebar.messages", None),)),
    (
        "uman.sidebar.personal",
        (
            ("uman.sidebar.personal.change", None),
            ("uman.sidebar.personal.password", None),
            ("uman.sidebar.personal.certificate", None),
        ),
    ),
)
# The digital keys the entry page lists under CSAM.
ENTRY_KEYS = ("uman.entry.mygov", "uman.entry.eid", "uman.entry.itsme", "uman.entry.codes_key", "uman.entry.eidas")


def chrome(org: Organisation) -> dict[str, Any]:
    """What every UMAN page of an organisation shows around its content."""
    return {"org": org, "sidebar": SIDEBAR}


def acting(request: Request) -> tuple[Person, Organisation]:
    """The logged-in person and the organisation of the URL, which they must belong to (R28)."""
    _, person = auth.person(request)
    return person, store_of(request).uman.require_member(person.insz, request.path_params["riziv"])


async def entry(request: Request) -> Response:
    return render(request, "uman/entry.html", keys=ENTRY_KEYS)


async def organisations(request: Request) -> Response:
    _, person = auth.person(request)
    orgs = store_of(request).uman.organisations_of(person.insz)
    return render(request, "uman/organisations.html", person=person, organisations=orgs)


async def org_home(request: Request) -> Response:
    person, org = acting(request)
    return render(request, "uman/home.html", person=person, **chrome(org))
