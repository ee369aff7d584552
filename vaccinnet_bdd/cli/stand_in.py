"""The world of a stand-in acceptance environment: the target file's personas and organisations.

Built with the same arrange operations and the same World as the suite's Gegeven steps (through
the store, before the server starts: the stand-in itself has no admin API), so that a target file
that describes the stand-in describes exactly what it serves. Each persona gets the user name,
password and TOTP secret of the environment variables the file names.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

from mock_portals.arrange import AddCredentials, AddMembership, AddOrganisation, Operation
from mock_portals.domain.errors import Refused
from mock_portals.store import Store
from mock_portals.texts import Catalogue
from steps.codes import CODES
from vaccinnet_bdd.harness.target import Target, TargetError
from vaccinnet_bdd.harness.world import World

R = TypeVar("R", bound=BaseModel)


class _Direct:
    """Arranges the store of a server that has not started yet."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def run(self, operation: Operation[R]) -> R:
        try:
            return operation.apply(self.store)
        except Refused as refused:
            raise TargetError(f"{operation!r}: {Catalogue().message('nl', refused)}") from None


def build(target: Target, seed: int) -> Store:
    """A store with exactly the target file's world; TargetError names what cannot be built."""
    store = Store(seed=seed)
    world = World(_Direct(store), seed, "127.0.0.1", CODES)
    for persona in target.persona:
        person = world.person(persona.naam, insz=persona.insz)
        username, password, secret = persona.secrets()
        world.run(AddCredentials, insz=person.insz, username=username, password=password, secret=secret)
    for org in target.organisatie:
        roles = {"legal_rep": org.vertegenwoordiger, "htb": org.hoofdtoegangsbeheerder}
        fields = {role: world.persons[name].insz for role, name in roles.items() if name}
        world.run(AddOrganisation, kind=world.code("soort", org.soort), name=org.naam, riziv=org.riziv, **fields)
    rizivs = {org.naam: org.riziv for org in target.organisatie}
    for persona in target.persona:
        for member in persona.lid:
            world.run(
                AddMembership,
                org=rizivs[member.organisatie],
                insz=world.persons[persona.naam].insz,
                type=world.code("type", member.type),
                status=world.code("status", member.status),
                applications=[world.code("beveiligde toepassing", a) for a in member.toepassingen],
                **({"email": persona.email} if persona.email else {}),
            )
    return store
