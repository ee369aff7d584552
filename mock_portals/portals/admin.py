"""The admin API under /__admin/: reset, seed, arrange and read the state as JSON.

For the harness, and for runs against a separately started mock. Refusals answer 400 with
``{"error": <the Dutch message>}``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from enum import StrEnum
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .. import texts
from ..domain import demo
from ..domain.errors import Refused
from ..domain.managers import ManagerDomain, ManagerRole
from ..domain.memberships import Application, MemberType, Status
from ..domain.orgtypes import OrgTypeKey, ProGezondheidRole
from ..domain.persons import Profession
from ..sso import CLIENTS, store_of


class AdminRefused(Refused):
    """A request the admin API cannot read."""

    def __init__(self, problem: str) -> None:
        super().__init__("admin.refused", None, {"problem": problem})


# --- names -> codes -----------------------------------------------------------------------------
# TRANSLATION AT THE EDGE, to be replaced by typed arrange operations on the test side: the harness
# sends the names the pages show ("Co-LB", "Geblokkeerd", "eHealthBox", "Toegangsbeheerder", "Arts",
# "Wachtpost"); the domain takes codes. A value that is a
# code already, or no Dutch name of its kind, passes unchanged (and the domain refuses what is wrong).
NAMED: dict[str, type[StrEnum]] = {
    "type_key": OrgTypeKey,
    "type": MemberType,
    "status": Status,
    "applications": Application,
    "role": ManagerRole,
    "domain": ManagerDomain,
    "legal_rep_role": ProGezondheidRole,
    "profession": Profession,
}


def _codes(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    catalogue = texts.catalogue_of(request)

    def code(kind: type[StrEnum], value: Any) -> Any:
        return (catalogue.code_of(kind, value) if isinstance(value, str) else None) or value

    def translated(name: str, value: Any) -> Any:
        if name not in NAMED:
            return value
        if isinstance(value, list):
            return [code(NAMED[name], v) for v in value]
        return code(NAMED[name], value)

    return {name: translated(name, value) for name, value in body.items()}


# --- requests -------------------------------------------------------------------------------------


async def _body(request: Request) -> dict[str, Any]:
    if not await request.body():
        return {}
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise AdminRefused("Send a JSON object.")
    return _codes(request, body)


def _call(request: Request, fn: Callable[..., Any], body: dict[str, Any], allowed: set[str]) -> Response:
    unknown = set(body) - allowed
    if unknown:
        return JSONResponse({"error": f"unknown fields: {', '.join(sorted(unknown))}"}, status_code=400)
    try:
        result = fn(**body)
    except TypeError as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    except Refused as exc:
        return JSONResponse({"error": texts.message(request, exc)}, status_code=400)
    return JSONResponse(asdict(result) if result is not None else {"ok": True})


async def reset(request: Request) -> Response:
    body = await _body(request)
    store = store_of(request)
    store.reset(body.get("seed"))
    if body.get("populate"):
        demo.populate(store)
    return JSONResponse({"seed": store.seed})


async def state(request: Request) -> Response:
    return JSONResponse(store_of(request).to_json())


async def add_person(request: Request) -> Response:
    fields = {"first_name", "last_name", "insz", "female", "profession"}
    return _call(request, store_of(request).persons.add, await _body(request), fields)


async def add_organisation(request: Request) -> Response:
    fields = {"type_key", "name", "riziv", "may_order", "legal_rep", "legal_rep_role", "htb", "progezondheid_htb"}
    return _call(request, store_of(request).organisations.add, await _body(request), fields)


async def add_membership(request: Request) -> Response:
    fields = {"org", "insz", "type", "status", "applications", "email"}
    return _call(request, store_of(request).memberships.add, await _body(request), fields)


async def update_organisation(request: Request) -> Response:
    """Change whether an organisation may order, or who holds which role in it."""
    org = store_of(request).organisations.change(request.path_params["riziv"], **await _body(request))
    return JSONResponse(asdict(org))


def _member_of(request: Request, body: dict[str, Any]) -> tuple[str, str]:
    store = store_of(request)
    return store.organisations.get(str(body.get("org", ""))).riziv, store.persons.get(str(body.get("insz", ""))).insz


async def remove_membership(request: Request) -> Response:
    org, insz = _member_of(request, await _body(request))
    store_of(request).memberships.remove(org, insz)
    return JSONResponse({"ok": True})


async def update_membership(request: Request) -> Response:
    """Block or unblock a user (status Actief or Geblokkeerd)."""
    body = await _body(request)
    memberships = store_of(request).memberships
    member = memberships.get(*_member_of(request, body))
    if member is None or body.get("status") not in set(Status):
        raise AdminRefused(f"need a member of the organisation and a status of {', '.join(Status)}")
    return JSONResponse(asdict(memberships.change(member, status=Status(body["status"]))))


async def add_manager(request: Request) -> Response:
    """Appoint an access manager as the organisation's HTB would in BTB."""
    body = await _body(request)
    store = store_of(request)
    org = store.organisations.get(str(body.pop("org", "")))
    if org.htb is None:
        raise AdminRefused("the organisation has no HTB to appoint managers")
    fields = {"insz", "role", "domain", "email"}
    return _call(request, lambda **kw: store.managers.appoint(org.htb or "", org.riziv, **kw), body, fields)


async def open_session(request: Request) -> Response:
    """A logged-in session of a portal, as its cookie, so a scenario can start logged in."""
    body = await _body(request)
    portal, insz = str(body.get("portal", "")), str(body.get("insz", ""))
    if portal not in ("csam", *CLIENTS):
        raise AdminRefused(f"unknown portal {portal!r}")
    store = store_of(request)
    session = store.auth.open_session(portal, store.persons.get(insz).insz)
    return JSONResponse({"name": f"{portal}_session", "value": session.sid, "path": f"/{portal}"})


async def clock(request: Request) -> Response:
    body = await _body(request)
    store_of(request).advance_clock(float(body.get("advance", 0)))
    return JSONResponse({"now": store_of(request).now()})


routes = [
    Route("/reset", reset, methods=["POST"], name="reset"),
    Route("/state", state, name="state"),
    Route("/persons", add_person, methods=["POST"], name="persons"),
    Route("/organisations", add_organisation, methods=["POST"], name="organisations"),
    Route("/organisations/{riziv}", update_organisation, methods=["PATCH"], name="organisation"),
    Route("/memberships", add_membership, methods=["POST"], name="memberships"),
    Route("/memberships", remove_membership, methods=["DELETE"], name="remove_membership"),
    Route("/memberships", update_membership, methods=["PATCH"], name="update_membership"),
    Route("/managers", add_manager, methods=["POST"], name="managers"),
    Route("/sessions", open_session, methods=["POST"], name="sessions"),
    Route("/clock", clock, methods=["POST"], name="clock"),
]
