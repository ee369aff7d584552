"""Mock eHealth information page on how to get access to the applications (manual §2.2)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .. import texts
from ..domain.orgtypes import RizivContact
from ..pages import error_page, render

# The accordion of practical topics, and whether a topic holds the access requests.
PRACTICE = (
    ("ehealth.practice.eid", False),
    ("ehealth.practice.browser", False),
    ("ehealth.practice.authorisation", True),
    ("ehealth.practice.users", False),
    ("ehealth.practice.mandates", False),
    ("ehealth.practice.consent", False),
)
# The three access requests: their title and the kind of registration they lead to.
REQUESTS = (
    ("ehealth.request.hospital", "ziekenhuis"),
    ("ehealth.request.enterprise", "onderneming"),
    ("ehealth.request.care_institution", "zorginstelling"),
)


async def access(request: Request) -> Response:
    return render(request, "ehealth/access.html", practice=PRACTICE, requests=REQUESTS)


async def guide(request: Request) -> Response:
    return render(request, "ehealth/guide.html")


async def riziv_contact(request: Request) -> Response:
    group = request.path_params["group"]
    if group not in set(RizivContact):
        title, message = texts.text(request, "ehealth.riziv.unknown"), texts.text(request, "ehealth.riziv.unknown.text")
        return error_page(request, 404, title, message)
    return render(request, "ehealth/riziv_contact.html", group=RizivContact(group))


routes = [
    Route("/riziv/{group}", riziv_contact, name="riziv_contact"),
    Route("/toegang", access, name="access"),
    Route("/gebruikshandleiding", guide, name="guide"),
]
