"""Mock Vaccinnet: login through CSAM, the profile choice of manual §2.4.2 and a home per profile."""

from __future__ import annotations

from itertools import groupby

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from .. import texts
from ..domain.auth import Session
from ..domain.errors import Forbidden, Refused
from ..domain.persons import Person
from ..domain.vaccinnet import OrgAccess
from ..pages import error_page, render
from ..security import form_of
from ..sso import LoginRequired, PortalAuth, store_of

auth = PortalAuth("vaccinnet")


def _profile_form(
    request: Request, session: Session, person: Person, error: str | None = None, status_code: int = 200
) -> Response:
    vaccinnet = store_of(request).vaccinnet
    groups = [(kind, list(items)) for kind, items in groupby(vaccinnet.access(person.insz), key=lambda a: a.org.type)]
    return render(
        request,
        "vaccinnet/profile.html",
        status_code,
        person=person,
        roles=vaccinnet.roles(person),
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
        access = store_of(request).vaccinnet.access_to(person.insz, profile["org"])
        if access is None:  # rights withdrawn since the profile was chosen
            session.data.pop("profile")
            withdrawn = texts.text(request, "vaccinnet.rights_withdrawn")
            return _profile_form(request, session, person, withdrawn, 403)
    role = store_of(request).vaccinnet.role(profile["role"])
    return render(request, "vaccinnet/home.html", person=person, role=role, access=access)


async def profile(request: Request) -> Response:
    session, person = auth.person(request)
    return _profile_form(request, session, person)


async def choose_profile(request: Request) -> Response:
    session, person = auth.person(request)
    form = await form_of(request)
    try:
        chosen = store_of(request).vaccinnet.choose(person, str(form.get("rol", "")), str(form.get("organisatie", "")))
    except Forbidden as exc:
        title = texts.text(request, "vaccinnet.no_rights")
        back = ("/vaccinnet/profiel", texts.text(request, "vaccinnet.no_rights.back"))
        return error_page(request, 403, title, texts.message(request, exc), back)
    except Refused as exc:
        return _profile_form(request, session, person, texts.message(request, exc), 400)
    session.data["profile"] = {"role": chosen.role.value, "org": chosen.org}
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
