"""Memberships of UMAN: who is LB, Co-LB or USER of an organisation, with which applications."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from .errors import Refused
from .organisations import Organisation, Organisations
from .persons import Persons


class Application(StrEnum):
    """The secured applications of the UMAN form (manual §2.4.1.1), in the form's order."""

    TRACING_REGISTER = "centraal-traceringsregister"
    PCR_VALIDATION = "corona-pcr-validatie"
    EBM_PRACTICE_NET = "ebmpracticenet"
    EHEALTHBOX = "ehealthbox"
    CERTIFICATE_MANAGER = "ehealth-certificate-manager"
    ENCRYPTION_MANAGE = "e2ee-beheer"
    ENCRYPTION_READ = "e2ee-lezen"
    HEALTHDATA = "healthdata-eerste-lijn"
    MEDATTEST = "medattest-eshop"
    MEMBER_DATA = "gegevens-van-het-lid"
    VACCINNET_ORDERING = "vaccinnet-bestellen"
    VACCINNET_REGISTRATION = "vaccinnet-registreren"
    INSURABILITY = "verzekerbaarheid"


VACCINNET_APPLICATIONS = (Application.VACCINNET_REGISTRATION, Application.VACCINNET_ORDERING)


class MemberType(StrEnum):
    """In the order of the user list."""

    LB = "lb"
    CO_LB = "co-lb"
    USER = "user"


class Status(StrEnum):
    ACTIVE = "actief"
    BLOCKED = "geblokkeerd"


@dataclass(frozen=True)
class Membership:
    org: str
    insz: str
    type: MemberType = MemberType.USER
    status: Status = Status.ACTIVE
    email: str = ""
    local_email: str = ""
    applications: tuple[Application, ...] = ()
    created: float = 0.0
    modified: float | None = None


class Memberships:
    """Every membership; every change goes through :meth:`_write`, which keeps the list order cached."""

    def __init__(self, persons: Persons, organisations: Organisations, now: Callable[[], float]) -> None:
        self.persons = persons
        self.organisations = organisations
        self.now = now
        self._by_org: dict[str, dict[str, Membership]] = {}  # org -> insz -> membership
        self._orgs_of: dict[str, set[str]] = {}  # insz -> orgs with a membership
        self._sorted: dict[str, list[Membership]] = {}  # org -> members in list order, derived

    # --- reading ---------------------------------------------------------------------------------

    def get(self, org: str, insz: str) -> Membership | None:
        return self._by_org.get(org, {}).get(insz)

    def of(self, org: str) -> list[Membership]:
        return list(self._by_org.get(org, {}).values())

    def orgs_of(self, insz: str) -> set[str]:
        return set(self._orgs_of.get(insz, ()))

    def all(self) -> list[Membership]:
        return [m for members in self._by_org.values() for m in members.values()]

    def sorted(self, org: str) -> list[Membership]:
        """The members in the order of the user list: LB, Co-LB, USER, then by name."""
        cached = self._sorted.get(org)
        if cached is None:
            rank = {t: i for i, t in enumerate(MemberType)}
            people = self.persons.by_insz
            cached = sorted(
                self.of(org), key=lambda m: (rank[m.type], people[m.insz].last_name, people[m.insz].first_name)
            )
            self._sorted[org] = cached
        return cached

    # --- changing --------------------------------------------------------------------------------

    def add(
        self,
        org: str,
        insz: str,
        *,
        type: str = MemberType.USER,
        status: str = Status.ACTIVE,
        applications: Iterable[str] = (),
        email: str | None = None,
        local_email: str = "",
    ) -> Membership:
        organisation = self.organisations.get(org)
        person = self.persons.get(insz)
        if type not in set(MemberType):
            raise Refused("member.unknown_type", "type", {"type": type, "known": ", ".join(MemberType)})
        if status not in set(Status):
            raise Refused("member.unknown_status", "status", {"status": status, "known": ", ".join(Status)})
        apps = self.checked_applications(organisation, applications)
        if self.get(organisation.riziv, person.insz) is not None:
            raise self.exists_refusal(organisation, person.name)
        member = Membership(
            organisation.riziv,
            person.insz,
            type=MemberType(type),
            status=Status(status),
            email=email if email is not None else person.email,
            local_email=local_email,
            applications=apps,
            created=self.now(),
        )
        self._write(organisation.riziv, person.insz, member)
        return member

    def change(self, member: Membership, **changes: object) -> Membership:
        """The member with ``changes`` (type, status, email, local_email, applications, modified)."""
        changed = replace(member, **changes)  # type: ignore[arg-type]
        self._write(member.org, member.insz, changed)
        return changed

    def remove(self, org: str, insz: str) -> None:
        if self.get(org, insz) is None:
            raise Refused("member.unknown")
        self._write(org, insz, None)

    def restore(self, member: Membership) -> None:
        """A membership of a saved world, as it was saved."""
        self._write(member.org, member.insz, member)

    def _write(self, org: str, insz: str, member: Membership | None) -> None:
        """The one place that changes memberships, so the cached list order never goes stale."""
        members = self._by_org.setdefault(org, {})
        if member is None:
            del members[insz]
            self._orgs_of[insz].discard(org)
        else:
            members[insz] = member
            self._orgs_of.setdefault(insz, set()).add(org)
        self._sorted.pop(org, None)

    # --- rules -----------------------------------------------------------------------------------

    @staticmethod
    def exists_refusal(org: Organisation, name: str) -> Refused:
        return Refused("member.exists", "insz", {"person": name, "organisation": org.name})

    @staticmethod
    def checked_applications(org: Organisation, applications: Iterable[str]) -> tuple[Application, ...]:
        """The applications in the form's order; refused when unknown or ordering is not allowed (R29)."""
        apps = list(dict.fromkeys(applications))
        unknown = [a for a in apps if a not in set(Application)]
        if unknown:
            raise Refused("application.unknown", "applications", {"applications": ", ".join(unknown)})
        if Application.VACCINNET_ORDERING in apps and not org.may_order:
            params = {"organisation": org.name, "application": Application.VACCINNET_ORDERING}
            raise Refused("application.may_not_order", "applications", params)
        order = list(Application)
        return tuple(sorted((Application(a) for a in apps), key=order.index))

    @staticmethod
    def vaccinnet_applications(org: Organisation) -> tuple[Application, ...]:
        """What an organisation's representative and HTB get in Vaccinnet (R12)."""
        return VACCINNET_APPLICATIONS if org.may_order else (Application.VACCINNET_REGISTRATION,)
