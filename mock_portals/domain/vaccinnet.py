"""Who may log into Vaccinnet for which organisation, under which profile (manual §2.1 R12, §2.4.2)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from . import identifiers as ids
from .errors import Forbidden, Refused
from .memberships import VACCINNET_APPLICATIONS, Application, Memberships, Status
from .organisations import Organisation, Organisations
from .orgtypes import ORG_TYPES
from .persons import Person, Profession


class Citizen(StrEnum):
    CITIZEN = "burger"


ProfileRole = Citizen | Profession


@dataclass(frozen=True)
class OrgAccess:
    """An organisation a person may log into Vaccinnet for, and with which applications."""

    org: Organisation
    applications: tuple[Application, ...]


@dataclass(frozen=True)
class Profile:
    role: ProfileRole
    org: str | None  # the RIZIV number of the organisation, or None for oneself


class Vaccinnet:
    def __init__(self, organisations: Organisations, memberships: Memberships) -> None:
        self.organisations = organisations
        self.memberships = memberships

    def access(self, insz: str) -> list[OrgAccess]:
        """The organisations a person may choose in the profile choice, in type order (R37)."""
        insz = ids.digits_only(insz)
        found: dict[str, OrgAccess] = {}
        for org in self.organisations.by_riziv.values():
            if insz == org.legal_rep or self.organisations.is_htb(insz, org):
                found[org.riziv] = OrgAccess(org, self.memberships.vaccinnet_applications(org))
        for riziv in self.memberships.orgs_of(insz):
            member = self.memberships.get(riziv, insz)
            if riziv in found or member is None:
                continue
            apps = tuple(a for a in member.applications if a in VACCINNET_APPLICATIONS)
            if member.status == Status.ACTIVE and apps:
                found[riziv] = OrgAccess(self.organisations.by_riziv[riziv], apps)
        order = [t.key for t in ORG_TYPES]
        return sorted(found.values(), key=lambda a: (order.index(a.org.type), a.org.name))

    def access_to(self, insz: str, org: str) -> OrgAccess | None:
        return next((a for a in self.access(insz) if a.org.riziv == org), None)

    @staticmethod
    def roles(person: Person) -> list[ProfileRole]:
        """The roles of the profile choice: always citizen, and the person's own profession."""
        return [Citizen.CITIZEN] + ([person.profession] if person.profession else [])

    @staticmethod
    def role(code: str) -> ProfileRole | None:
        for kind in (Citizen, Profession):
            if code in set(kind):
                return kind(code)
        return None

    def choose(self, person: Person, role: str, org: str) -> Profile:
        """The profile a person chooses; an organisation only as a citizen (R27, R36)."""
        chosen = self.role(role)
        if chosen is None or chosen not in self.roles(person):
            raise Refused("vaccinnet.choose_role", "role")
        if org:
            if self.access_to(person.insz, org) is None:
                raise Forbidden("vaccinnet.no_rights", "organisation")
            if chosen != Citizen.CITIZEN:
                raise Refused("vaccinnet.citizen_only", "role", {"citizen": Citizen.CITIZEN})
        return Profile(chosen, org or None)
