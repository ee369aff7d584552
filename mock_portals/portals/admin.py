"""The admin API under /__admin/: reset, seed, arrange and read the state as JSON.

For the harness, and for runs against a separately started mock.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..sso import CLIENTS, store_of
from ..store import STATUSES, StoreError


async def _body(request: Request) -> dict[str, Any]:
    if not await request.body():
        return {}
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise StoreError("Send a JSON object.")
    return body


def _call(fn: Any, body: dict[str, Any], allowed: set[str]) -> Response:
    unknown = set(body) - allowed
    if unknown:
        return JSONResponse({"error": f"unknown fields: {', '.join(sorted(unknown))}"}, status_code=400)
    try:
        result = fn(**body)
    except (StoreError, KeyError, TypeError) as exc:
        return JSONResponse({"error": str(exc).strip("'\"")}, status_code=400)
    return JSONResponse(asdict(result) if result is not None else {"ok": True})


async def reset(request: Request) -> Response:
    body = await _body(request)
    store = store_of(request)
    store.reset(body.get("seed"))
    if body.get("populate"):
        store.populate()
    return JSONResponse({"seed": store.seed})


async def state(request: Request) -> Response:
    return JSONResponse(store_of(request).to_json())


async def add_person(request: Request) -> Response:
    return _call(
        store_of(request).add_person,
        await _body(request),
        {"first_name", "last_name", "insz", "female", "profession"},
    )


async def add_organisation(request: Request) -> Response:
    return _call(
        store_of(request).add_organisation,
        await _body(request),
        {"type_key", "name", "riziv", "may_order", "legal_rep", "legal_rep_role", "htb", "progezondheid_htb"},
    )


async def add_membership(request: Request) -> Response:
    return _call(
        store_of(request).add_membership,
        await _body(request),
        {"org", "insz", "type", "status", "applications", "email"},
    )


ORGANISATION_CHANGES = {"may_order", "legal_rep", "legal_rep_role", "htb", "progezondheid_htb"}


async def update_organisation(request: Request) -> Response:
    """Change whether an organisation may order, or who holds which role in it."""
    body = await _body(request)
    store = store_of(request)
    org = store.organisation(request.path_params["riziv"])
    if set(body) - ORGANISATION_CHANGES:
        raise StoreError(f"only {', '.join(sorted(ORGANISATION_CHANGES))} can be changed")
    for insz in (body.get(k) for k in ("legal_rep", "htb", "progezondheid_htb")):
        if insz is not None:
            store.person(str(insz))
    for key, value in body.items():
        setattr(org, key, bool(value) if key == "may_order" else value)
    if "legal_rep" in body and "legal_rep_role" not in body:
        org.legal_rep_role = org.org_type.progezondheid_roles[0]
    return JSONResponse(asdict(org))


async def remove_membership(request: Request) -> Response:
    body = await _body(request)
    store = store_of(request)
    org, insz = store.organisation(str(body.get("org", ""))), store.person(str(body.get("insz", ""))).insz
    if insz not in store.memberships[org.riziv]:
        raise StoreError("not a member of that organisation")
    store.remove_membership(org.riziv, insz)
    return JSONResponse({"ok": True})


async def update_membership(request: Request) -> Response:
    """Block or unblock a user (status Actief or Geblokkeerd)."""
    body = await _body(request)
    store = store_of(request)
    org, insz = store.organisation(str(body.get("org", ""))), store.person(str(body.get("insz", ""))).insz
    member = store.memberships[org.riziv].get(insz)
    if member is None or body.get("status") not in STATUSES:
        raise StoreError(f"need a member of the organisation and a status of {', '.join(STATUSES)}")
    member.status = str(body["status"])
    return JSONResponse(asdict(member))


async def add_manager(request: Request) -> Response:
    """Appoint an access manager as the organisation's HTB would in BTB."""
    body = await _body(request)
    store = store_of(request)
    org = store.organisation(str(body.pop("org", "")))
    if org.htb is None:
        raise StoreError("the organisation has no HTB to appoint managers")
    return _call(
        lambda **kw: store.appoint_manager(org.htb or "", org.riziv, **kw), body, {"insz", "role", "domain", "email"}
    )


async def open_session(request: Request) -> Response:
    """A logged-in session of a portal, as its cookie, so a scenario can start logged in."""
    body = await _body(request)
    portal, insz = str(body.get("portal", "")), str(body.get("insz", ""))
    if portal not in ("csam", *CLIENTS):
        raise StoreError(f"unknown portal {portal!r}")
    session = store_of(request).open_session(portal, store_of(request).person(insz).insz)
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
