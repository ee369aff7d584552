"""What the arrange operations answer: plain records, the same over HTTP and in process."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from ..domain.organisations import Organisation
from ..domain.orgtypes import OrgTypeKey
from ..domain.persons import Person, Profession


class Done(BaseModel):
    ok: bool = True


class PersonRecord(BaseModel):
    insz: str
    first_name: str
    last_name: str
    email: str
    profession: Profession | None
    riziv: str | None  # an individual care provider's own 11-digit number

    @classmethod
    def of(cls, person: Person) -> PersonRecord:
        return cls(**{name: getattr(person, name) for name in cls.model_fields})


class OrganisationRecord(BaseModel):
    riziv: str
    name: str
    kind: OrgTypeKey
    may_order: bool

    @classmethod
    def of(cls, org: Organisation) -> OrganisationRecord:
        return cls(riziv=org.riziv, name=org.name, kind=org.type, may_order=org.may_order)


class SessionCookie(BaseModel):
    name: str
    value: str
    path: str


class Clock(BaseModel):
    now: float


class StateRecord(BaseModel):
    seed: int
    persons: list[dict[str, Any]]
    organisations: list[dict[str, Any]]
    memberships: list[dict[str, Any]]
    managers: list[dict[str, Any]]
