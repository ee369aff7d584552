"""The user list of an organisation (manual §2.4.1.1), its filters and paging, and deleting (§2.4.1.2)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ... import texts
from ...domain.errors import Refused
from ...domain.identifiers import digits_only
from ...domain.memberships import Application, Membership, MemberType, Status
from ...domain.organisations import Organisation
from ...domain.persons import Person
from ...pages import render
from ...security import form_of
from ...sso import flash, store_of, take_flash
from ...store import Store
from .common import acting, auth, chrome

PAGE_SIZES = (10, 20, 50, 100)
# The criteria of the list: the query parameter, its label and its choices (None: free text).
FILTERS: tuple[tuple[str, str, tuple[StrEnum, ...] | None], ...] = (
    ("naam", "uman.field.last_name", None),
    ("voornaam", "uman.field.first_name", None),
    ("gebruikersnaam", "uman.field.username", None),
    ("type", "uman.field.type", tuple(MemberType)),
    ("insz", "field.insz", None),
    ("status", "uman.field.status", tuple(Status)),
    ("toepassing", "uman.field.applications", tuple(Application)),
)
# The columns of the list and of its export.
COLUMNS = (
    "uman.field.last_name",
    "uman.field.first_name",
    "uman.field.username",
    "uman.field.type",
    "field.insz",
    "uman.field.status",
)
DELETE = "verwijderen"  # the value of the only bulk action
# The domain's field names -> the form's.
FIELDS = {"selection": "selectie"}


def _number(text: str) -> int | None:
    """A page number or size as the query string gives it: ASCII digits, at most 9 of them."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 and int(text) > 0 else None


@dataclass(frozen=True)
class UserQuery:
    """The criteria of the user list, as they come in the query string."""

    filters: dict[str, str]
    page: int
    size: int

    @classmethod
    def of(cls, request: Request) -> UserQuery:
        params = request.query_params
        filters = {f: params.get(f, "").strip() for f, _, _ in FILTERS if params.get(f, "").strip()}
        size, page = _number(params.get("aantal", "")), _number(params.get("pagina", ""))
        return cls(filters, page or 1, size if size in PAGE_SIZES else 20)

    def matches(self, store: Store, member: Membership) -> bool:
        f, person = self.filters, store.persons.by_insz[member.insz]
        return (
            f.get("naam", "").lower() in person.last_name.lower()
            and f.get("voornaam", "").lower() in person.first_name.lower()
            and f.get("gebruikersnaam", "").lower() in person.username
            and f.get("type", member.type) == member.type
            and digits_only(f.get("insz", "")) in member.insz
            and f.get("status", member.status) == member.status
            and ("toepassing" not in f or f["toepassing"] in member.applications)
        )

    def members(self, store: Store, org: Organisation) -> list[Membership]:
        """Every member that matches, in the list's order."""
        members = store.memberships.sorted(org.riziv)
        return [m for m in members if self.matches(store, m)] if self.filters else members

    def rows(self, store: Store, org: Organisation, only: str | None = None) -> tuple[list[Membership], int]:
        """One page of the members that match, and how many match in all."""
        members = self.members(store, org)
        if only is not None:
            members = [m for m in members if m.insz == only]
        start = (self.page - 1) * self.size
        return members[start : start + self.size], len(members)


def users_page(
    request: Request, org: Organisation, person: Person, errors: dict[str, str], status: int = 200, insz: str = ""
) -> Response:
    store = store_of(request)
    manager = store.uman.may_manage(person.insz, org)
    query = UserQuery.of(request)
    rows, total = query.rows(store, org, only=None if manager else person.insz)
    session, _ = auth.person(request)
    return render(
        request,
        "uman/users.html",
        status,
        person=person,
        manager=manager,
        rows=[(store.persons.by_insz[m.insz], m) for m in rows],
        total=total,
        query=query,
        pages=max(1, -(-total // query.size)),
        page_sizes=PAGE_SIZES,
        filters=FILTERS,
        columns=COLUMNS,
        errors=errors,
        new_insz=insz,
        flash=take_flash(session),
        export_query=urlencode(query.filters),
        **chrome(org),
    )


async def users(request: Request) -> Response:
    person, org = acting(request)
    return users_page(request, org, person, {})


async def bulk_action(request: Request) -> Response:
    """The chosen bulk action (deleting) on the ticked users (manual §2.4.1.2)."""
    person, org = acting(request)
    form = await form_of(request, {v: k for k, v in FIELDS.items()})
    if form.get("actie") != DELETE:
        return users_page(request, org, person, {"selectie": texts.text(request, "uman.users.choose_action")}, 400)
    try:
        selection = [str(i) for i in form.getlist("selectie")]
        count = store_of(request).uman.delete_users(person.insz, org.riziv, selection)
    except Refused as exc:
        errors = texts.field_messages(request, exc, FIELDS)
        if errors is None:
            raise
        return users_page(request, org, person, errors, 400)
    flash(auth.session(request), "uman.users.deleted", count=count)
    return RedirectResponse(f"/uman/{org.riziv}/gebruikers", status_code=303)
