"""Mock CSAM registration of a care institution: appointing the HTB (manual §2.2)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .. import texts
from ..domain.errors import Refused
from ..domain.identifiers import digits_only, format_insz, format_riziv
from ..domain.orgtypes import RegistrationCategory
from ..domain.registration import HasHtb, NotRepresentative
from ..pages import error_page, render
from ..security import form_of
from ..sso import LoginRequired, PortalAuth, store_of

auth = PortalAuth("registratie")
# The three kinds of access request (the URL's last part) and what they are called.
KINDS = {
    "ziekenhuis": "registratie.kind.hospital",
    "onderneming": "registratie.kind.enterprise",
    "zorginstelling": "registratie.kind.care_institution",
}
CARE_INSTITUTION = "zorginstelling"
# The digital keys the login page lists.
KEYS = ("registratie.key.eid", "registratie.key.token", "registratie.key.app_code", "registratie.key.itsme")
# The domain's field names -> the form's.
FIELDS = {"category": "soort", "number": "nummer", "htb_insz": "htb_insz", "email": "email"}


async def entry(request: Request) -> Response:
    """Unauthenticated: the login page of §2.2; logged in: the registration form."""
    kind = request.path_params["kind"]
    if kind not in KINDS:
        title, message = texts.text(request, "registratie.unknown"), texts.text(request, "registratie.unknown.text")
        return error_page(request, 404, title, message)
    try:
        _, person = auth.person(request)
    except LoginRequired:
        return render(request, "registratie/login.html", keys=KEYS)
    if kind != CARE_INSTITUTION:
        return render(request, "registratie/other.html", kind=KINDS[kind], person=person)
    return _form(request, {"htb": "zelf", "email": person.email})


def _form(request: Request, form: dict[str, str], status: int = 200, **refusal: Any) -> Response:
    _, person = auth.person(request)
    store = store_of(request)
    number = digits_only(form.get("nummer", ""))
    org = store.organisations.by_riziv.get(number)
    current = org.current_htb if org is not None else None
    return render(
        request,
        "registratie/form.html",
        status,
        person=person,
        categories=list(RegistrationCategory),
        form=form,
        org=org,
        contact=org.org_type.riziv_contact if org else None,
        current_htb=store.persons.by_insz[current].name if current else None,
        progezondheid=bool(org and org.progezondheid_htb and not org.htb),
        number_shown=format_riziv(number) if len(number) in (8, 11) else form.get("nummer", ""),
        insz_shown=format_insz(person.insz),
        **({"errors": {}} | refusal),
    )


async def register(request: Request) -> Response:
    _, person = auth.person(request)
    form = {k: str(v) for k, v in (await form_of(request, {v: k for k, v in FIELDS.items()})).items()}
    htb = person.insz if form.get("htb", "zelf") == "zelf" else form.get("htb_insz", "")
    try:
        org = store_of(request).registration.appoint_htb(
            person.insz, form.get("soort", ""), form.get("nummer", ""), htb, form.get("email", "")
        )
    except NotRepresentative:
        return _form(request, form, 403, not_representative=True)
    except HasHtb:
        return _form(request, form, 409, has_htb=True)
    except Refused as exc:
        errors = texts.field_messages(request, exc, FIELDS)
        if errors is None:
            raise
        return _form(request, form, 400, errors=errors)
    return render(request, "registratie/done.html", org=org, htb=store_of(request).persons.by_insz[org.htb or ""])


routes = [
    *auth.routes(after_login="/registratie/zorginstelling", after_logout="/registratie/zorginstelling"),
    Route("/zorginstelling", register, methods=["POST"], name="register"),
    Route("/{kind}", entry, name="entry"),
]
