"""Mock ProGezondheid: which organisations a person represents, in which role (manual §2.1)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..pages import render
from ..sso import PortalAuth, store_of

auth = PortalAuth("progezondheid")


async def home(request: Request) -> Response:
    _, person = auth.person(request)
    store = store_of(request)
    people = store.persons.by_insz
    rows = [
        (org, people[org.progezondheid_htb].name if org.progezondheid_htb else None)
        for org in store.organisations.represented_by(person.insz)
    ]
    return render(request, "progezondheid/home.html", person=person, rows=rows)


routes = [
    *auth.routes(after_login="/progezondheid/"),
    Route("/", home, name="home"),
]
