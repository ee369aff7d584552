"""Mock CSAM registration of a care institution: appointing the HTB (manual §2.2)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..identifiers import digits_only, format_insz, format_riziv
from ..orgtypes import REGISTRATION_CATEGORIES, riziv_contact
from ..pages import render
from ..sso import LoginRequired, PortalAuth, store_of
from ..store import FieldErrors, RegistrationRefused

auth = PortalAuth("registratie")
KINDS = {"ziekenhuis": "een ziekenhuis", "onderneming": "een onderneming", "zorginstelling": "een zorginstelling"}


async def entry(request: Request) -> Response:
    """Unauthenticated: the login page of §2.2; logged in: the registration form."""
    kind = request.path_params["kind"]
    if kind not in KINDS:
        return render(request, "error.html", 404, title="Onbekende aanvraag", message="Kies een soort aanvraag.")
    try:
        _, person = auth.person(request)
    except LoginRequired:
        return render(request, "registratie/login.html", kind=kind)
    if kind != "zorginstelling":
        return render(request, "registratie/other.html", kind=KINDS[kind], person=person)
    return _form(request, {"htb": "zelf", "email": person.email}, {}, None)


def _form(
    request: Request, form: dict[str, str], errors: dict[str, str], refusal: str | None, status: int = 200
) -> Response:
    _, person = auth.person(request)
    store = store_of(request)
    number = digits_only(form.get("nummer", ""))
    org = store.organisations.get(number)
    current_htb = None
    if org is not None and (org.htb or org.progezondheid_htb):
        current_htb = store.persons[org.htb or org.progezondheid_htb or ""].name
    return render(
        request,
        "registratie/form.html",
        status,
        person=person,
        categories=REGISTRATION_CATEGORIES,
        form=form,
        errors=errors,
        refusal=refusal,
        org=org,
        contact=riziv_contact(org.org_type) if org else None,
        current_htb=current_htb,
        progezondheid=bool(org and org.progezondheid_htb and not org.htb),
        number_shown=format_riziv(number) if len(number) in (8, 11) else form.get("nummer", ""),
        insz_shown=format_insz(person.insz),
    )


async def register(request: Request) -> Response:
    _, person = auth.person(request)
    form = {k: str(v) for k, v in (await request.form()).items()}
    htb = person.insz if form.get("htb", "zelf") == "zelf" else form.get("htb_insz", "")
    try:
        org = store_of(request).appoint_htb(
            person.insz, form.get("soort", ""), form.get("nummer", ""), htb, form.get("email", "")
        )
    except RegistrationRefused as exc:
        if exc.field:
            return _form(request, form, {exc.field: exc.message}, None, 400)
        return _form(request, form, {}, exc.message, 409 if exc.message == "heeft-htb" else 403)
    except FieldErrors as exc:
        return _form(request, form, exc.errors, None, 400)
    return render(request, "registratie/done.html", org=org, htb=store_of(request).persons[org.htb or ""])


routes = [
    *auth.routes(after_login="/registratie/zorginstelling", after_logout="/registratie/zorginstelling"),
    Route("/zorginstelling", register, methods=["POST"], name="register"),
    Route("/{kind}", entry, name="entry"),
]
