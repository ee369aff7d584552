"""Mock eHealth "Toegangsbeheer voor Ondernemingen en Organisaties" (UMAN, manual §2.4.1)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..identifiers import digits_only, format_insz, format_riziv
from ..pages import render
from ..sso import PortalAuth, store_of
from ..store import (
    APPLICATIONS,
    MEMBER_TYPES,
    STATUSES,
    VACCINNET_ORDERING,
    FieldErrors,
    Forbidden,
    Membership,
    Organisation,
    Person,
    Store,
    StoreError,
)

auth = PortalAuth("uman")

# The sidebar "Functionaliteiten" (manual §2.4.1.1 screenshots): section, then its links.
SIDEBAR = (
    (
        "Hoedanigheidsbeheer",
        (
            "Beheerpagina of Startpagina",
            "Gebruikers",
            "De details van de hoedanigheid raadplegen of wijzigen",
            "Gebruikers zoeken",
            "Functies en Verantwoordelijkheden Hiërarchie",
        ),
    ),
    ("Gestructureerde berichten", ("Gestructureerde berichten",)),
    (
        "Persoonlijke gegevens",
        (
            "Mijn persoonlijke gegevens wijzigen",
            "Mijn wachtwoord wijzigen",
            "Beheer van het certificaat te gebruiken op het portaal van de sociale zekerheid",
        ),
    ),
)


def member_org(store: Store, person: Person, riziv: str) -> Organisation:
    """The organisation, when the person is its (co-)HTB, manager or user; else Forbidden."""
    org = store.organisation(riziv)
    if store.uman_role(person.insz, org) is None:
        raise Forbidden(
            f"U heeft geen toegang tot het toegangsbeheer van {org.name}. "
            "Contacteer de hoofdtoegangsbeheerder (HTB) van uw organisatie."
        )
    return org


def chrome(org: Organisation) -> dict[str, Any]:
    """What every UMAN page of an organisation shows around its content."""
    return {"org": org, "riziv": format_riziv(org.riziv), "sidebar": SIDEBAR}


async def entry(request: Request) -> Response:
    return render(request, "uman/entry.html")


async def organisations(request: Request) -> Response:
    _, person = auth.person(request)
    orgs = store_of(request).uman_organisations(person.insz)
    return render(request, "uman/organisations.html", person=person, organisations=orgs)


async def org_home(request: Request) -> Response:
    _, person = auth.person(request)
    org = member_org(store_of(request), person, request.path_params["riziv"])
    return render(request, "uman/home.html", person=person, **chrome(org))


# --- Gebruikers (manual §2.4.1.1 and §2.4.1.2) --------------------------------------------------

PAGE_SIZES = (10, 20, 50, 100)
FILTERS = ("naam", "voornaam", "gebruikersnaam", "type", "insz", "status", "toepassing")
EXPORT_COLUMNS = ("Naam", "Voornaam", "Gebruikersnaam", "Type", "INSZ", "Status")
SAVED = "De gegevens van de gebruiker werden opgeslagen"


@dataclass(frozen=True)
class UserQuery:
    """The criteria of the user list, as they come in the query string."""

    filters: dict[str, str]
    page: int
    size: int

    @classmethod
    def of(cls, request: Request) -> UserQuery:
        params = request.query_params
        filters = {f: params.get(f, "").strip() for f in FILTERS if params.get(f, "").strip()}
        size = int(params["aantal"]) if params.get("aantal", "").isdigit() else 20
        page = int(params["pagina"]) if params.get("pagina", "").isdigit() else 1
        return cls(filters, max(page, 1), size if size in PAGE_SIZES else 20)

    def matches(self, store: Store, member: Membership) -> bool:
        f, person = self.filters, store.persons[member.insz]
        return (
            f.get("naam", "").lower() in person.last_name.lower()
            and f.get("voornaam", "").lower() in person.first_name.lower()
            and f.get("gebruikersnaam", "").lower() in person.username
            and f.get("type", member.type) == member.type
            and digits_only(f.get("insz", "")) in member.insz
            and f.get("status", member.status) == member.status
            and ("toepassing" not in f or f["toepassing"] in member.applications)
        )

    def rows(self, store: Store, org: Organisation, only: str | None = None) -> tuple[list[Membership], int]:
        """One page of the members that match, and how many match in all."""
        members = store.sorted_members(org.riziv)
        if only is not None:
            members = [m for m in members if m.insz == only]
        if self.filters:
            members = [m for m in members if self.matches(store, m)]
        start = (self.page - 1) * self.size
        return members[start : start + self.size], len(members)


def _users_page(
    request: Request, org: Organisation, person: Person, errors: dict[str, str], status: int = 200, insz: str = ""
) -> Response:
    store = store_of(request)
    manager = store.uman_role(person.insz, org) in ("HTB", "LB", "Co-LB")
    query = UserQuery.of(request)
    rows, total = query.rows(store, org, only=None if manager else person.insz)
    pages = max(1, -(-total // query.size))
    return render(
        request,
        "uman/users.html",
        status,
        person=person,
        manager=manager,
        rows=[(store.persons[m.insz], m) for m in rows],
        total=total,
        query=query,
        pages=pages,
        page_sizes=PAGE_SIZES,
        types=MEMBER_TYPES,
        statuses=STATUSES,
        applications=list(APPLICATIONS),
        errors=errors,
        new_insz=insz,
        saved=SAVED if request.query_params.get("opgeslagen") else None,
        deleted=request.query_params.get("verwijderd"),
        export_query=urlencode(query.filters),
        **chrome(org),
    )


def _acting(request: Request) -> tuple[Person, Organisation]:
    _, person = auth.person(request)
    return person, member_org(store_of(request), person, request.path_params["riziv"])


async def users(request: Request) -> Response:
    person, org = _acting(request)
    return _users_page(request, org, person, {})


async def add_user(request: Request) -> Response:
    """Step 1: the INSZ at the bottom of the list, then "Volgende"."""
    person, org = _acting(request)
    store = store_of(request)
    store.require_user_manager(person.insz, org.riziv)
    insz = str((await request.form()).get("insz", ""))
    errors = store.new_user_errors(org, insz)
    if errors:
        return _users_page(request, org, person, errors, 400, insz)
    return _user_form(request, org, store.persons[digits_only(insz)], {}, {}, new=True)


def _user_form(
    request: Request,
    org: Organisation,
    user: Person,
    values: dict[str, object],
    errors: dict[str, str],
    *,
    new: bool,
    status: int = 200,
) -> Response:
    store = store_of(request)
    member = store.memberships[org.riziv].get(user.insz)
    if not values and member is not None:
        values = {"email": member.email, "lokaal_email": member.local_email, "toepassingen": member.applications}
    offered = [a for a in APPLICATIONS if org.may_order or a != VACCINNET_ORDERING]
    return render(
        request,
        "uman/user_form.html",
        status,
        user=user,
        new=new,
        values=values,
        errors=errors,
        applications=[(a, APPLICATIONS[a]) for a in offered],
        **chrome(org),
    )


async def _posted_user(request: Request) -> tuple[str, str, str, list[str]]:
    form = await request.form()
    apps = [str(a) for a in form.getlist("toepassingen")]
    return str(form.get("insz", "")), str(form.get("email", "")), str(form.get("lokaal_email", "")), apps


async def save_new_user(request: Request) -> Response:
    """Step 2: "Opslaan" checks the form and shows "Een gebruiker aanmaken" to confirm; "Vorige" comes back."""
    person, org = _acting(request)
    store = store_of(request)
    insz, email, local_email, apps = await _posted_user(request)
    values: dict[str, object] = {"email": email, "lokaal_email": local_email, "toepassingen": apps}
    errors = store.new_user_errors(org, insz)
    if errors:  # the INSZ was changed on the way: start again from the list
        return _users_page(request, org, person, errors, 400, insz)
    user = store.persons[digits_only(insz)]
    if (await request.form()).get("terug"):
        return _user_form(request, org, user, values, {}, new=True)
    try:
        store.save_user(person.insz, org.riziv, insz, email, local_email, apps, new=True, dry_run=True)
    except FieldErrors as exc:
        return _user_form(request, org, user, values, exc.errors, new=True, status=400)
    return render(
        request,
        "uman/user_confirm.html",
        user=user,
        values=values,
        today=date.fromtimestamp(store.now()).strftime("%d/%m/%Y"),
        descriptions=APPLICATIONS,
        **chrome(org),
    )


async def confirm_new_user(request: Request) -> Response:
    """Step 3: "Bevestigen" creates the user; the list then says the data were saved."""
    person, org = _acting(request)
    store = store_of(request)
    insz, email, local_email, apps = await _posted_user(request)
    try:
        store.save_user(person.insz, org.riziv, insz, email, local_email, apps, new=True)
    except FieldErrors as exc:
        user = store.persons.get(digits_only(insz))
        if user is None or "insz" in exc.errors:
            return _users_page(request, org, person, exc.errors, 400, insz)
        values: dict[str, object] = {"email": email, "lokaal_email": local_email, "toepassingen": apps}
        return _user_form(request, org, user, values, exc.errors, new=True, status=400)
    return RedirectResponse(f"/uman/{org.riziv}/gebruikers?opgeslagen=1", status_code=303)


async def edit_user(request: Request) -> Response:
    """The pencil icon: the same form, to change the applications of an existing user (R33)."""
    person, org = _acting(request)
    store = store_of(request)
    store.require_user_manager(person.insz, org.riziv)
    member = store.memberships[org.riziv].get(request.path_params["insz"])
    if member is None:
        raise StoreError("Deze persoon is geen gebruiker van de organisatie.")
    return _user_form(request, org, store.persons[member.insz], {}, {}, new=False)


async def save_user(request: Request) -> Response:
    person, org = _acting(request)
    store = store_of(request)
    _, email, local_email, apps = await _posted_user(request)
    insz = request.path_params["insz"]
    try:
        store.save_user(person.insz, org.riziv, insz, email, local_email, apps, new=False)
    except FieldErrors as exc:
        values: dict[str, object] = {"email": email, "lokaal_email": local_email, "toepassingen": apps}
        return _user_form(request, org, store.persons[insz], values, exc.errors, new=False, status=400)
    return RedirectResponse(f"/uman/{org.riziv}/gebruikers?opgeslagen=1", status_code=303)


async def bulk_action(request: Request) -> Response:
    """ "Gebruiker(s) verwijderen" with the ticked users, then "Uitvoeren" (manual §2.4.1.2)."""
    person, org = _acting(request)
    form = await request.form()
    if form.get("actie") != "verwijderen":
        return _users_page(request, org, person, {"selectie": "Kies een actie."}, 400)
    try:
        count = store_of(request).delete_users(person.insz, org.riziv, [str(i) for i in form.getlist("selectie")])
    except FieldErrors as exc:
        return _users_page(request, org, person, exc.errors, 400)
    return RedirectResponse(f"/uman/{org.riziv}/gebruikers?verwijderd={count}", status_code=303)


def _export_rows(request: Request) -> tuple[Organisation, list[list[str]]]:
    _, person = auth.person(request)
    store = store_of(request)
    org = store.require_user_manager(person.insz, request.path_params["riziv"])
    query = UserQuery.of(request)
    members = [m for m in store.sorted_members(org.riziv) if query.matches(store, m)]
    people = store.persons
    return org, [
        [
            people[m.insz].last_name,
            people[m.insz].first_name,
            people[m.insz].username,
            m.type,
            format_insz(m.insz),
            m.status,
        ]
        for m in members
    ]


def _attachment(org: Organisation, extension: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="gebruikers-{org.riziv}.{extension}"'}


async def export_csv(request: Request) -> Response:
    org, rows = _export_rows(request)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(rows)
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8", headers=_attachment(org, "csv"))


async def export_xlsx(request: Request) -> Response:
    from openpyxl import Workbook

    org, rows = _export_rows(request)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Gebruikers"
    sheet.append(EXPORT_COLUMNS)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(out.getvalue(), media_type=xlsx, headers=_attachment(org, "xlsx"))


routes = [
    *auth.routes(after_login="/uman/organisaties"),
    Route("/", entry, name="entry"),
    Route("/organisaties", organisations, name="organisations"),
    Route("/{riziv}/", org_home, name="home"),
    Route("/{riziv}/gebruikers", users, name="users"),
    Route("/{riziv}/gebruikers.csv", export_csv, name="export_csv"),
    Route("/{riziv}/gebruikers.xlsx", export_xlsx, name="export_xlsx"),
    Route("/{riziv}/gebruikers/nieuw", add_user, methods=["POST"], name="add_user"),
    Route("/{riziv}/gebruikers/nieuw/opslaan", save_new_user, methods=["POST"], name="save_new_user"),
    Route("/{riziv}/gebruikers/nieuw/bevestigen", confirm_new_user, methods=["POST"], name="confirm_new_user"),
    Route("/{riziv}/gebruikers/actie", bulk_action, methods=["POST"], name="bulk_action"),
    Route("/{riziv}/gebruikers/{insz}", edit_user, name="edit_user"),
    Route("/{riziv}/gebruikers/{insz}", save_user, methods=["POST"], name="save_user"),
]
