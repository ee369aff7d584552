"""What happens on a target when a scenario's curtain rises: the cast is found and claimed among
what other workers do not hold, and every membership it relies on is checked once in UMAN against
what the target file says of it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from playwright.sync_api import Page

from .cast_model import ACTIVE, Cast, Member, Uncastable, Wanted
from .casting import cast
from .claims import InUse
from .outcome import not_executable

if TYPE_CHECKING:
    from .target_env import Environment


def claimed_cast(stage: Environment, wanted: Wanted, changes: bool) -> Cast:
    """The cast with the fewest changes among what other workers do not hold; waits for what
    they hold, as long as a claim waits."""
    claims, busy = stage.claims, set[str]()
    deadline = time.monotonic() + claims.wait
    while True:
        try:
            found = cast(
                wanted,
                stage.declared,
                changes=stage.allow_changes,
                manager_types=stage.manager_types,
                busy=busy,
            )
        except Uncastable as why:
            if not busy:
                not_executable(f"geen rolverdeling: {why}")
            if time.monotonic() > deadline:
                not_executable(str(InUse(", ".join(sorted(busy)), claims.wait)))
            time.sleep(0.5)
            busy = set()
            continue
        exclusive = set(found.persons.values()) | found.stagehands | _viewers(stage, wanted, found)
        orgs = set(found.orgs.values())
        writes = bool(found.changes) or changes
        missed = claims.try_claim(exclusive | (orgs if writes else set()), set() if writes else orgs)
        if not missed:
            return found
        busy |= missed


def _relied_on(stage: Environment, wanted: Wanted, found: Cast) -> list[tuple[str, str]]:
    """(account, organisation) of every membership the scenario relies on as the file declares it."""
    changed = {(c.account, c.org) for c in found.changes}
    pairs = [(found.persons[p], found.orgs[o]) for p, o in [*wanted.members, *wanted.managers]]
    return [pair for pair in pairs if pair not in changed and pair not in stage.claims.listed]


def _viewers(stage: Environment, wanted: Wanted, found: Cast) -> set[str]:
    """A local manager of each organisation whose members the scenario relies on, to look them up."""
    return {v for _, org in _relied_on(stage, wanted, found) if (v := _viewer(stage, found, org)) is not None}


def _viewer(stage: Environment, found: Cast, org: str) -> str | None:
    managing = set(stage.manager_types.values())  # the types of UMAN that manage an organisation's users
    members = stage.declared.members.items()
    managers = [a for (a, o), m in members if o == org and m.type in managing and m.status == ACTIVE]
    cast_managers = [a for a in managers if a in found.persons.values()]
    return next(iter(cast_managers or managers), None)


def look_up_in_uman(stage: Environment, wanted: Wanted, found: Cast, new_page: Callable[[], Page]) -> None:
    """What the file declares of each member the scenario relies on, as UMAN lists her (type and
    status), seen once per worker; not seen where the file has no local manager."""
    listed = stage.claims.listed
    for account, org in _relied_on(stage, wanted, found):
        viewer = _viewer(stage, found, org)
        if viewer is None:
            continue
        page = new_page()
        try:
            stage.log_in(page, viewer, "uman")
            listed[(account, org)] = stage.provided.screens(page).member(stage.org(org).riziv, account)
        finally:
            page.context.close()
    for (person, org), member in wanted.members.items():
        key = (found.persons[person], found.orgs[org])
        if key in listed and key not in {(c.account, c.org) for c in found.changes}:
            _as_declared(stage, key, listed[key], member)


def _as_declared(stage: Environment, key: tuple[str, str], shown: tuple[str, str] | None, member: Member) -> None:
    account, org = key
    words = (stage.words("type", [member.type])[0], stage.words("status", [member.status])[0])
    if shown is None:
        not_executable(f"het doelbestand zegt dat {account} lid is van {org}; UMAN toont {account} daar niet")
    if tuple(shown) != words:
        not_executable(f"UMAN toont {account} in {org} als {', '.join(shown)}; het doelbestand zegt anders")
