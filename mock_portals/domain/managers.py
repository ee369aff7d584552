"""Access managers appointed by the (co-)HTB in BTB (manual §2.3)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from . import identifiers as ids
from .errors import Forbidden, Refused, refuse_any
from .memberships import Memberships, MemberType
from .organisations import Organisation, Organisations
from .persons import Persons


class ManagerRole(StrEnum):
    CO_HTB = "co-htb"
    MANAGER = "toegangsbeheerder"
    CO_MANAGER = "co-toegangsbeheerder"


class ManagerDomain(StrEnum):
    EHEALTH = "ehealth"
    SOCIAL_SECURITY = "sociale-zekerheid"
    FINANCE = "financien"


# A Toegangsbeheerder for the eHealth domain is a (co-)local manager in UMAN.
UMAN_TYPE_OF_ROLE = {ManagerRole.MANAGER: MemberType.LB, ManagerRole.CO_MANAGER: MemberType.CO_LB}


@dataclass(frozen=True)
class Manager:
    org: str
    insz: str
    role: ManagerRole
    domain: ManagerDomain
    email: str


class Managers:
    def __init__(self, persons: Persons, organisations: Organisations, memberships: Memberships) -> None:
        self.persons = persons
        self.organisations = organisations
        self.memberships = memberships
        self._by_org: dict[str, dict[str, Manager]] = {}  # org -> insz -> manager

    def restore(self, manager: Manager) -> None:
        """An access manager of a saved world, as it was saved."""
        self._by_org.setdefault(manager.org, {})[manager.insz] = manager

    def all(self) -> list[Manager]:
        return [m for managers in self._by_org.values() for m in managers.values()]

    def of(self, org: str) -> list[Manager]:
        return list(self._by_org.get(org, {}).values())

    def get(self, org: str, insz: str) -> Manager | None:
        return self._by_org.get(org, {}).get(insz)

    def require_htb(self, actor: str, org: str) -> Organisation:
        """Only an HTB or co-HTB may appoint access managers (D3)."""
        organisation = self.organisations.get(org)
        if not self.organisations.is_htb(actor, organisation):
            raise Forbidden("btb.not_htb", None, {"organisation": organisation.name})
        return organisation

    def appoint(self, actor: str, org: str, insz: str, role: str, domain: str, email: str) -> Manager:
        """Appoint (or change) an access manager; checks everything before it changes anything."""
        organisation = self.require_htb(actor, org)
        refuse_any(
            self.persons.unknown_refusal(insz),
            None if role in set(ManagerRole) else Refused("manager.role_required", "role"),
            None if domain in set(ManagerDomain) else Refused("manager.domain_required", "domain"),
            ids.email_refusal(email),
        )
        insz = ids.digits_only(insz)
        managers = self._by_org.setdefault(organisation.riziv, {})
        previous = managers.pop(insz, None)
        if previous is not None:
            self._undo(organisation, previous)
        manager = Manager(organisation.riziv, insz, ManagerRole(role), ManagerDomain(domain), email.strip())
        managers[insz] = manager
        if manager.role == ManagerRole.CO_HTB:
            organisation.co_htbs.append(insz)
        elif manager.domain == ManagerDomain.EHEALTH:
            kind = UMAN_TYPE_OF_ROLE[manager.role]
            member = self.memberships.get(organisation.riziv, insz)
            if member is None:
                self.memberships.add(organisation.riziv, insz, type=kind, email=manager.email)
            else:
                self.memberships.change(member, type=kind)
        return manager

    def remove(self, actor: str, org: str, insz: str) -> None:
        organisation = self.require_htb(actor, org)
        manager = self._by_org.get(organisation.riziv, {}).pop(ids.digits_only(insz), None)
        if manager is None:
            raise Refused("manager.unknown")
        self._undo(organisation, manager)

    def _undo(self, org: Organisation, manager: Manager) -> None:
        """Withdraw what an appointment gave; an eHealth manager keeps their applications as USER."""
        if manager.role == ManagerRole.CO_HTB:
            org.co_htbs.remove(manager.insz)
            return
        member = self.memberships.get(org.riziv, manager.insz)
        if manager.domain != ManagerDomain.EHEALTH or member is None:
            return
        if member.applications:
            self.memberships.change(member, type=MemberType.USER)
        else:
            self.memberships.remove(org.riziv, manager.insz)
