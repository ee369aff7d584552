"""Mock Vaccinnet: login through CSAM, the profile choice of manual §2.4.2 and a home per profile."""

from __future__ import annotations

from itertools import groupby

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..pages import error_page, render
from ..sso import LoginRequired, PortalAuth, store_of
from ..store import OrgAccess, Person, Session

auth = PortalAuth("vaccinnet")
CITIZEN = "Burger"


def roles_of(person: Person) -> list[str]:
    """What "Ik wil me aanmelden als:" offers: always Burger, and the person's own profession."""
    return [CITIZEN] + ([person.profession] if person.profession else [])


def _profile_form(
    request: Request, session: Session, person: Person, error: str | None = None, status_code: int = 200
) -> Response:
    access = store_of(request).vaccinnet_access(person.insz)
    groups = [(name, list(items)) for name, items in groupby(access, key=lambda a: a.org.org_type.name)]
    return render(
        request,
        "vaccinnet/profile.html",
        status_code,
        person=person,
        roles=roles_of(person),
        groups=groups,
        chosen=session.data.get("profile", {}),
        error=error,
    )


async def landing(request: Request) -> Response:
    try:
        session, person = auth.person(request)
    except LoginRequired:
        return render(request, "vaccinnet/landing.html")
    profile = session.data.get("profile")
    if profile is None:
        return RedirectResponse(request.url_for("vaccinnet:profile").path, status_code=303)
    access: OrgAccess | None = None
    if profile["org"]:
        access = next(
            (a for a in store_of(request).vaccinnet_access(person.insz) if a.org.riziv == profile["org"]), None
        )
        if access is None:  # rights withdrawn since the profile was chosen
            session.data.pop("profile")
            return _profile_form(request, session, person, "U heeft geen rechten meer voor deze organisatie.", 403)
    return render(request, "vaccinnet/home.html", person=person, role=profile["role"], access=access)


async def profile(request: Request) -> Response:
    session, person = auth.person(request)
    return _profile_form(request, session, person)


async def choose_profile(request: Request) -> Response:
    session, person = auth.person(request)
    form = await request.form()
    role, org = str(form.get("rol", "")), str(form.get("organisatie", ""))
    if role not in roles_of(person):
        return _profile_form(request, session, person, "Kies een profiel onder 'Ik wil me aanmelden als:'.", 400)
    if org:
        if not any(a.org.riziv == org for a in store_of(request).vaccinnet_access(person.insz)):
            return error_page(
                request,
                403,
                "Geen toegang tot deze organisatie",
                "U heeft geen rechten om voor deze organisatie aan te melden. Vraag de toegangsbeheerder "
                "van de organisatie om u toegang te geven in het eHealth-toegangsbeheer.",
                ("/vaccinnet/profiel", "Terug naar de profielkeuze"),
            )
        if role != CITIZEN:
            return _profile_form(
                request,
                session,
                person,
                f"Om voor een organisatie aan te melden kiest u '{CITIZEN}' onder 'Ik wil me aanmelden als:'.",
                400,
            )
    session.data["profile"] = {"role": role, "org": org or None}
    return RedirectResponse("/vaccinnet/", status_code=303)


async def help_page(request: Request) -> Response:
    return render(request, "vaccinnet/help.html")


routes = [
    *auth.routes(after_login="/vaccinnet/profiel"),
    Route("/", landing, name="home"),
    Route("/profiel", profile, name="profile"),
    Route("/profiel", choose_profile, methods=["POST"], name="choose_profile"),
    Route("/hulp", help_page, name="help"),
]
