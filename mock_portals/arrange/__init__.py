"""The arrange operations: how a scenario, or a trainer, sets up the practice world.

Each operation is one class here: its fields, their types and limits, and what it does. That one
definition is all there is: the admin API (``/__admin/``) validates requests with it and lists it
as its documentation, and the harness's two clients (over HTTP for a mock started elsewhere, in
process for the embedded one) send exactly these objects. Values that the pages show in words
(applications, statuses, roles, ...) are codes here, as in the domain.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StrictBool, StrictInt, StrictStr

from .. import practice
from ..domain.errors import Conflict, Refused
from ..domain.managers import ManagerDomain, ManagerRole
from ..domain.memberships import Application, MemberType, Status
from ..domain.orgtypes import OrgTypeKey, ProGezondheidRole
from ..domain.persons import Profession
from ..sso import CLIENTS
from ..store import Store
from .as_person import AddUser, DeleteUsers
from .base import Email, Name, Number, Operation, Portal, Seconds, Seed
from .records import Clock, Done, OrganisationRecord, PersonRecord, SessionCookie, StateRecord


class Reset(Operation[Done]):
    """Maak de oefenwereld leeg, met dit seed; met populate ook de oefenpersonen van `serve`."""

    path = "/reset"
    result = Done
    seed: Seed | None = None
    populate: StrictBool = False

    def apply(self, store: Store) -> Done:
        store.reset(self.seed)
        if self.populate:
            practice.populate(store)
        return Done()


class AddPerson(Operation[PersonRecord]):
    """Een persoon in het Rijksregister van de oefenwereld; wat ontbreekt, wordt gegenereerd."""

    path = "/persons"
    result = PersonRecord
    first_name: Name | None = None
    last_name: Name | None = None
    insz: Number | None = None
    female: StrictBool | None = None
    profession: Profession | None = None
    riziv: Number | None = None  # a care provider's own RIZIV number (11 digits); generated when not given

    def apply(self, store: Store) -> PersonRecord:
        given = self.model_dump(exclude={"first_name", "last_name"})
        return PersonRecord.of(store.persons.add(self.first_name, self.last_name, **given))


class AddOrganisation(Operation[OrganisationRecord]):
    """Een RIZIV-organisatie van een van de zeven soorten, met wie er welke rol heeft (INSZ)."""

    path = "/organisations"
    result = OrganisationRecord
    kind: OrgTypeKey
    name: Name | None = None
    riziv: Number | None = None
    may_order: StrictBool = True
    legal_rep: Number | None = None
    legal_rep_role: ProGezondheidRole | None = None
    htb: Number | None = None
    progezondheid_htb: Number | None = None

    def apply(self, store: Store) -> OrganisationRecord:
        org = store.organisations.add(
            self.kind,
            self.name,
            riziv=self.riziv,
            may_order=self.may_order,
            legal_rep=self.legal_rep,
            legal_rep_role=self.legal_rep_role,
            htb=self.htb,
            progezondheid_htb=self.progezondheid_htb,
        )
        return OrganisationRecord.of(org)


class ChangeOrganisation(Operation[OrganisationRecord]):
    """Wijzig of een organisatie mag bestellen, of wie er welke rol heeft; enkel de gegeven velden."""

    method = "PATCH"
    path = "/organisations"
    result = OrganisationRecord
    riziv: Number
    may_order: StrictBool | None = None
    legal_rep: Number | None = None
    legal_rep_role: ProGezondheidRole | None = None
    htb: Number | None = None
    progezondheid_htb: Number | None = None

    def apply(self, store: Store) -> OrganisationRecord:
        changes = {name: getattr(self, name) for name in self.model_fields_set - {"riziv"}}
        org = store.organisations.change(self.riziv, **changes)
        return OrganisationRecord.of(org)


class AddMembership(Operation[Done]):
    """Een gebruiker (of LB, Co-LB) van een organisatie in het eHealth-toegangsbeheer."""

    path = "/memberships"
    result = Done
    org: Number
    insz: Number
    type: MemberType = MemberType.USER
    status: Status = Status.ACTIVE
    applications: list[Application] = Field(default_factory=list, max_length=len(Application))
    email: Email | None = None

    def apply(self, store: Store) -> Done:
        store.memberships.add(
            self.org, self.insz, type=self.type, status=self.status, applications=self.applications, email=self.email
        )
        return Done()


class RemoveMembership(Operation[Done]):
    """Haal een persoon uit de gebruikers van een organisatie."""

    method = "DELETE"
    path = "/memberships"
    result = Done
    org: Number
    insz: Number

    def apply(self, store: Store) -> Done:
        org, person = store.organisations.get(self.org), store.persons.get(self.insz)
        store.memberships.remove(org.riziv, person.insz)
        return Done()


class ChangeStatus(Operation[Done]):
    """Blokkeer of deblokkeer een gebruiker van een organisatie."""

    method = "PATCH"
    path = "/memberships"
    result = Done
    org: Number
    insz: Number
    status: Status

    def apply(self, store: Store) -> Done:
        org, person = store.organisations.get(self.org), store.persons.get(self.insz)
        member = store.memberships.get(org.riziv, person.insz)
        if member is None:
            raise Refused("member.unknown")
        store.memberships.change(member, status=self.status)
        return Done()


class AppointManager(Operation[Done]):
    """Een toegangsbeheerder, aangesteld door de hoofdtoegangsbeheerder van de organisatie (BTB)."""

    path = "/managers"
    result = Done
    org: Number
    insz: Number
    role: ManagerRole
    domain: ManagerDomain
    email: Email

    def apply(self, store: Store) -> Done:
        org = store.organisations.get(self.org)
        if org.current_htb is None:
            raise Conflict("admin.no_htb", "org", {"organisation": org.name})
        store.managers.appoint(org.current_htb, org.riziv, self.insz, self.role, self.domain, self.email)
        return Done()


class OpenSession(Operation[SessionCookie]):
    """Een aangemelde sessie van een portaal, als cookie: het scenario begint aangemeld."""

    path = "/sessions"
    result = SessionCookie
    portal: Portal
    insz: Number

    def apply(self, store: Store) -> SessionCookie:
        session = store.auth.open_session(self.portal, store.persons.get(self.insz).insz)
        return SessionCookie(name=f"{self.portal}_session", value=session.sid, path=f"/{self.portal}")


class AddCredentials(Operation[Done]):
    """De gebruikersnaam, het wachtwoord en het TOTP-geheim (base32) van een persoon, voor de sleutel
    'beveiligingscode via mobiele app' van CSAM."""

    path = "/credentials"
    result = Done
    insz: Number
    username: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    password: Annotated[StrictStr, Field(min_length=1, max_length=200)]
    secret: Annotated[StrictStr, Field(min_length=1, max_length=128)]

    def apply(self, store: Store) -> Done:
        store.credentials.add(self.insz, self.username, self.password, self.secret)
        return Done()


class AdvanceClock(Operation[Clock]):
    """Laat de klok van de oefenwereld zoveel seconden vooruit (of terug) lopen."""

    path = "/clock"
    result = Clock
    seconds: Seconds

    def apply(self, store: Store) -> Clock:
        store.advance_clock(self.seconds)
        return Clock(now=store.now())


class InjectFault(Operation[Done]):
    """Een fout met opzet voor adressen die met `path` beginnen: vertraging (ms), één 500-antwoord,
    of één verbroken verbinding; `clear` haalt eerst alle fouten weg. Blijft gelden na een reset."""

    path = "/faults"
    result = Done
    prefix: Annotated[StrictStr, Field(min_length=1, max_length=200, pattern=r"^/")] = "/"
    latency_ms: Annotated[StrictInt, Field(ge=0, le=10_000)] | None = None
    fail_next: StrictBool = False
    drop_next: StrictBool = False
    clear: StrictBool = False

    def apply(self, store: Store) -> Done:
        if self.clear:
            store.faults.clear()
        if self.latency_ms is not None:
            store.faults.latency[self.prefix] = self.latency_ms / 1000
        if self.fail_next:
            store.faults.errors.append(self.prefix)
        if self.drop_next:
            store.faults.drops.append(self.prefix)
        return Done()


class ReadState(Operation[StateRecord]):
    """De hele oefenwereld als JSON: personen, organisaties, gebruikers, toegangsbeheerders en het seed."""

    method = "GET"
    path = "/state"
    result = StateRecord

    def apply(self, store: Store) -> StateRecord:
        return StateRecord.model_validate(store.to_json())


OPERATIONS: tuple[type[Operation[Any]], ...] = (
    Reset,
    AddPerson,
    AddOrganisation,
    ChangeOrganisation,
    AddMembership,
    RemoveMembership,
    ChangeStatus,
    AppointManager,
    AddUser,
    DeleteUsers,
    OpenSession,
    AddCredentials,
    AdvanceClock,
    InjectFault,
    ReadState,
)
assert set(Portal.__args__) == {"csam", *CLIENTS}  # type: ignore[attr-defined]

__all__ = [
    "OPERATIONS",
    "AddCredentials",
    "AddMembership",
    "AddOrganisation",
    "AddPerson",
    "AddUser",
    "AdvanceClock",
    "AppointManager",
    "ChangeOrganisation",
    "ChangeStatus",
    "DeleteUsers",
    "InjectFault",
    "OpenSession",
    "Operation",
    "Portal",
    "ReadState",
    "RemoveMembership",
    "Reset",
]
