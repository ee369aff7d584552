"""The practice world of `serve` to click through, and one as large as the biggest users of the mock.

Seeding, not rules: it uses the domain as the portals do, and lives beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .domain.memberships import Application, MemberType
from .domain.orgtypes import ORG_TYPES, OrgTypeKey
from .domain.persons import Profession

if TYPE_CHECKING:
    from .domain.organisations import Organisation
    from .domain.persons import Person
    from .store import Store


def populate(store: Store, organisations_per_type: int = 1, users_per_org: int = 3) -> None:
    """Per type, organisations with a representative, an HTB, an LB and users; and one citizen."""
    for kind in ORG_TYPES:
        for _ in range(organisations_per_type):
            pharmacy = kind.key == OrgTypeKey.PHARMACY
            rep = store.persons.add(profession=Profession.PHARMACIST if pharmacy else None)
            htb = store.persons.add()
            org = store.organisations.add(kind.key, legal_rep=rep.insz, htb=htb.insz)
            lb = store.persons.add()
            store.memberships.add(org.riziv, lb.insz, type=MemberType.LB, applications=[Application.EHEALTHBOX])
            for _ in range(users_per_org):
                apps = store.memberships.vaccinnet_applications(org)
                store.memberships.add(org.riziv, store.persons.add().insz, applications=apps)
    store.persons.add()  # a citizen without any organisation


def populate_at_scale(store: Store, organisations: int = 1000, users: int = 5000) -> tuple[Organisation, Person]:
    """One organisation with ``users`` users and an LB among ``organisations`` in all. Returns that
    organisation and its LB."""
    for _ in range(organisations - 1):
        store.organisations.add(OrgTypeKey.GUARD_POST)
    big = store.organisations.add(OrgTypeKey.GUARD_POST, "GROTE WACHTPOST")
    manager = store.persons.add()
    store.memberships.add(big.riziv, manager.insz, type=MemberType.LB)
    for _ in range(users):
        person = store.persons.add()
        store.memberships.add(big.riziv, person.insz, applications=[Application.VACCINNET_REGISTRATION])
    return big, manager
