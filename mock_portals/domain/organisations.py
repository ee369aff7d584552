"""RIZIV organisations: who represents each, who is its (co-)HTB."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from faker import Faker

from . import identifiers as ids
from .errors import Refused
from .orgtypes import OrgType, OrgTypeKey, ProGezondheidRole, org_type
from .persons import Persons

# How generated organisation names start, per type (the names of the practice world).
NAME_PREFIX = {
    OrgTypeKey.PHARMACY: "APOTHEEK",
    OrgTypeKey.THIRD_PARTY_PAYER: "THUISVERPLEGING",
    OrgTypeKey.GPS_ONE_SITE: "GROEPSPRAKTIJK",
    OrgTypeKey.GPS_SEVERAL_SITES: "HUISARTSENKRING",
    OrgTypeKey.MIXED_FINANCING: "HUISARTSENPRAKTIJK",
    OrgTypeKey.MEDICAL_HOUSE: "MEDISCH HUIS",
    OrgTypeKey.GUARD_POST: "WACHTPOST",
}
# What may change about an organisation after it was made, besides the HTB a registration appoints.
CHANGEABLE = frozenset({"may_order", "legal_rep", "legal_rep_role", "htb", "progezondheid_htb"})
_PERSON_FIELDS = ("legal_rep", "htb", "progezondheid_htb")


@dataclass
class Organisation:
    riziv: str  # the 8-digit number of the RIZIV entity: its key
    name: str
    type: OrgTypeKey
    kbo: str
    may_order: bool = True
    legal_rep: str | None = None  # INSZ of the legal representative (the titularis of a pharmacy)
    legal_rep_role: ProGezondheidRole | None = None  # the ProGezondheid role or profession they hold
    htb: str | None = None  # INSZ of the main access manager (HTB)
    progezondheid_htb: str | None = None  # HTB in ProGezondheid: HTB here too (R9)
    co_htbs: list[str] = field(default_factory=list)  # co-HTBs appointed in BTB

    @property
    def org_type(self) -> OrgType:
        return org_type(self.type)

    @property
    def current_htb(self) -> str | None:
        return self.htb or self.progezondheid_htb


class Organisations:
    """Every organisation, by the 8 digits of its RIZIV number."""

    def __init__(self, rng: random.Random, fake: Faker, persons: Persons) -> None:
        self.rng = rng
        self.fake = fake
        self.persons = persons
        self.by_riziv: dict[str, Organisation] = {}

    def add(
        self,
        type_key: str,
        name: str | None = None,
        *,
        riziv: str | None = None,
        may_order: bool = True,
        legal_rep: str | None = None,
        legal_rep_role: str | None = None,
        htb: str | None = None,
        progezondheid_htb: str | None = None,
    ) -> Organisation:
        kind = org_type(type_key)
        if riziv is None:
            riziv = ids.random_riziv(self.rng, kind.riziv_first_digit)
            while riziv in self.by_riziv:
                riziv = ids.random_riziv(self.rng, kind.riziv_first_digit)
        elif refusal := ids.riziv_refusal(riziv):
            raise refusal
        riziv = ids.riziv_entity(riziv)
        if riziv in self.by_riziv:
            raise Refused("organisation.exists", "riziv", {"riziv": ids.format_riziv(riziv)})
        org = Organisation(
            riziv=riziv,
            name=name or f"{NAME_PREFIX[kind.key]} {self.fake.city().upper()}",
            type=kind.key,
            kbo=ids.random_kbo(self.rng),
            may_order=may_order,
        )
        people = {"legal_rep": legal_rep, "htb": htb, "progezondheid_htb": progezondheid_htb}
        self._apply(org, people | {"legal_rep_role": legal_rep_role})
        self.by_riziv[riziv] = org
        return org

    def get(self, riziv: str) -> Organisation:
        try:
            return self.by_riziv[ids.riziv_entity(riziv)]
        except KeyError:
            raise Refused("organisation.unknown", "riziv", {"riziv": riziv}) from None

    def change(self, riziv: str, **changes: object) -> Organisation:
        """Change whether an organisation may order, or who holds which role in it; all checked first."""
        org = self.get(riziv)
        unknown = set(changes) - CHANGEABLE
        if unknown:
            raise Refused("organisation.unchangeable", None, {"fields": ", ".join(sorted(unknown))})
        self._apply(org, changes)
        return org

    def _apply(self, org: Organisation, changes: Mapping[str, object]) -> None:
        for key in _PERSON_FIELDS:
            if changes.get(key) is not None:
                self.persons.get(str(changes[key]))
        role = changes.get("legal_rep_role")
        if role is not None and role not in set(ProGezondheidRole):
            raise Refused("progezondheid_role.unknown", "legal_rep_role", {"role": role})
        for key, value in changes.items():
            if key == "may_order":
                org.may_order = bool(value)
            elif key == "legal_rep_role":
                org.legal_rep_role = ProGezondheidRole(str(value)) if value else None
            elif key in _PERSON_FIELDS:
                setattr(org, key, ids.digits_only(str(value)) if value else None)
        if "legal_rep" in changes and changes.get("legal_rep_role") is None:
            org.legal_rep_role = org.org_type.progezondheid_roles[0] if org.legal_rep else None

    def is_htb(self, insz: str | None, org: Organisation) -> bool:
        """HTB here, HTB in ProGezondheid (R9) or a co-HTB appointed in BTB; nobody (None) is no HTB,
        also of an organisation that has none."""
        return insz is not None and (insz in (org.htb, org.progezondheid_htb) or insz in org.co_htbs)

    def of_htb(self, insz: str) -> list[Organisation]:
        return sorted((o for o in self.by_riziv.values() if self.is_htb(insz, o)), key=lambda o: o.name)

    def represented_by(self, insz: str) -> list[Organisation]:
        return sorted((o for o in self.by_riziv.values() if o.legal_rep == insz), key=lambda o: o.name)

    def all(self) -> list[Organisation]:
        return list(self.by_riziv.values())
