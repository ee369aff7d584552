"""Mock eHealth information page "Hoe toegang krijgen tot de applicaties?" (manual §2.2)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..pages import render

# The "In de praktijk" accordion of the page; the third item holds the access requests.
PRACTICE = (
    "Probleem bij het aanmelden met mijn eID",
    "Is mijn browser goedgekeurd ?",
    "Toegangscontrole (autorisatie) tot een toepassing",
    "Gebruikers en toegangsbeheer",
    "Mandaten",
    "Toestemming voor het gebruik van gegevens door de toepassingen",
)
REQUESTS = (
    ("Toegang aanvragen voor uw ziekenhuis", "ziekenhuis"),
    ("Toegang aanvragen voor uw onderneming", "onderneming"),
    ("Toegang vragen als zorginstelling", "zorginstelling"),
)


async def access(request: Request) -> Response:
    return render(request, "ehealth/access.html", practice=PRACTICE, requests=REQUESTS)


async def guide(request: Request) -> Response:
    return render(request, "ehealth/guide.html")


RIZIV_CONTACTS = ("huisartsen", "apotheken", "groeperingen van verpleegkundigen")


async def riziv_contact(request: Request) -> Response:
    group = request.path_params["group"]
    if group not in RIZIV_CONTACTS:
        return render(request, "error.html", 404, title="Onbekende contactpagina", message="Kies een beroepsgroep.")
    return render(request, "ehealth/riziv_contact.html", group=group)


routes = [
    Route("/riziv/{group}", riziv_contact, name="riziv_contact"),
    Route("/toegang", access, name="access"),
    Route("/gebruikshandleiding", guide, name="guide"),
]
