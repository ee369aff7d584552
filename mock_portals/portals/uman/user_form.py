"""Adding a user in three steps, and changing one's rights with the pencil (manual §2.4.1.1, R33)."""

from __future__ import annotations

from datetime import date

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ... import texts
from ...domain.errors import Refused
from ...domain.identifiers import digits_only
from ...domain.memberships import Application, Status
from ...domain.organisations import Organisation
from ...domain.persons import Person
from ...pages import render
from ...security import form_of
from ...sso import flash, store_of
from .common import acting, auth, chrome
from .users import users_page

# The domain's field names -> the form's.
FIELDS = {"insz": "insz", "email": "email", "local_email": "lokaal_email", "applications": "toepassingen"}
FORM_FIELDS = {form: domain for domain, form in FIELDS.items()}
Values = dict[str, object]


def _user_form(
    request: Request,
    org: Organisation,
    user: Person,
    values: Values,
    errors: dict[str, str],
    *,
    new: bool,
    status: int = 200,
) -> Response:
    member = store_of(request).memberships.get(org.riziv, user.insz)
    if not values and member is not None:
        values = {"email": member.email, "lokaal_email": member.local_email, "toepassingen": member.applications}
    offered = [a for a in Application if org.may_order or a != Application.VACCINNET_ORDERING]
    return render(
        request,
        "uman/user_form.html",
        status,
        user=user,
        new=new,
        values=values,
        errors=errors,
        applications=offered,
        **chrome(org),
    )


async def _posted(request: Request) -> tuple[str, str, str, list[str], Values]:
    """The INSZ, e-mail, local e-mail and applications of the form, and the form's values to show again."""
    form = await form_of(request, FORM_FIELDS)
    email, local_email = str(form.get("email", "")), str(form.get("lokaal_email", ""))
    apps = [str(a) for a in form.getlist("toepassingen")]
    values: Values = {"email": email, "lokaal_email": local_email, "toepassingen": apps}
    return str(form.get("insz", "")), email, local_email, apps, values


def _errors(request: Request, exc: Refused) -> dict[str, str]:
    errors = texts.field_messages(request, exc, FIELDS)
    if errors is None:
        raise exc
    return errors


async def add_user(request: Request) -> Response:
    """Step 1: the INSZ at the bottom of the list, then the button to go on."""
    person, org = acting(request)
    store = store_of(request)
    store.uman.require_manager(person.insz, org.riziv)  # rights before anything about another person
    insz = str((await form_of(request, FORM_FIELDS)).get("insz", ""))
    refusal = store.uman.new_user_refusal(org, insz)
    if refusal is not None:
        return users_page(request, org, person, _errors(request, refusal), 400, insz)
    return _user_form(request, org, store.persons.by_insz[digits_only(insz)], {}, {}, new=True)


async def save_new_user(request: Request) -> Response:
    """Step 2: saving checks the form and asks to confirm the new user; going back shows the form again."""
    person, org = acting(request)
    store = store_of(request)
    store.uman.require_manager(person.insz, org.riziv)  # rights before anything about another person
    insz, email, local_email, apps, values = await _posted(request)
    refusal = store.uman.new_user_refusal(org, insz)
    if refusal is not None:  # the INSZ was changed on the way: start again from the list
        return users_page(request, org, person, _errors(request, refusal), 400, insz)
    user = store.persons.by_insz[digits_only(insz)]
    if (await form_of(request, FORM_FIELDS)).get("terug"):
        return _user_form(request, org, user, values, {}, new=True)
    try:
        store.uman.check_new_user(person.insz, org.riziv, insz, email, local_email, apps)
    except Refused as exc:
        return _user_form(request, org, user, values, _errors(request, exc), new=True, status=400)
    return render(
        request,
        "uman/user_confirm.html",
        user=user,
        values=values | {"toepassingen": store.memberships.checked_applications(org, apps)},
        status=Status.ACTIVE,
        today=date.fromtimestamp(store.now()).strftime("%d/%m/%Y"),
        **chrome(org),
    )


async def confirm_new_user(request: Request) -> Response:
    """Step 3: confirming creates the user; the list then says the data were saved."""
    person, org = acting(request)
    store = store_of(request)
    insz, email, local_email, apps, values = await _posted(request)
    try:
        store.uman.add_user(person.insz, org.riziv, insz, email, local_email, apps)
    except Refused as exc:
        errors = _errors(request, exc)
        user = store.persons.by_insz.get(digits_only(insz))
        if user is None or "insz" in errors:
            return users_page(request, org, person, errors, 400, insz)
        return _user_form(request, org, user, values, errors, new=True, status=400)
    return _saved(request, org)


async def edit_user(request: Request) -> Response:
    """The pencil icon: the same form, to change the applications of an existing user (R33)."""
    person, org = acting(request)
    store = store_of(request)
    store.uman.require_manager(person.insz, org.riziv)
    member = store.memberships.get(org.riziv, digits_only(request.path_params["insz"]))
    if member is None:
        raise Refused("member.unknown")
    return _user_form(request, org, store.persons.by_insz[member.insz], {}, {}, new=False)


async def save_user(request: Request) -> Response:
    person, org = acting(request)
    store = store_of(request)
    _, email, local_email, apps, values = await _posted(request)
    insz = request.path_params["insz"]
    try:
        store.uman.change_user(person.insz, org.riziv, insz, email, local_email, apps)
    except Refused as exc:
        return _user_form(request, org, store.persons.get(insz), values, _errors(request, exc), new=False, status=400)
    return _saved(request, org)


def _saved(request: Request, org: Organisation) -> Response:
    """Back to the list, which says the data were saved."""
    flash(auth.session(request), "uman.users.saved")
    return RedirectResponse(f"/uman/{org.riziv}/gebruikers", status_code=303)
