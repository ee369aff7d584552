"""Persons of the practice world: its Rijksregister, with generated names and numbers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum

from faker import Faker

from . import identifiers as ids
from .errors import Refused


class Profession(StrEnum):
    """An individual care provider's profession (they log into Vaccinnet under it)."""

    DOCTOR = "arts"
    PHARMACIST = "apotheker"
    NURSE = "verpleegkundige"
    MIDWIFE = "vroedvrouw"


class Language(StrEnum):
    DUTCH = "nl"
    FRENCH = "fr"
    GERMAN = "de"
    ENGLISH = "en"


# The first digit of an individual RIZIV number per profession (domain-rules.md §3).
RIZIV_DIGIT = {Profession.PHARMACIST: 6, Profession.NURSE: 4, Profession.MIDWIFE: 4}


@dataclass
class Person:
    insz: str
    first_name: str
    last_name: str
    female: bool
    email: str
    language: Language = Language.DUTCH
    profession: Profession | None = None  # individual care provider
    riziv: str | None = None  # their individual 11-digit RIZIV number

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def username(self) -> str:
        letters = "".join(c for c in f"{self.first_name[0]}{self.last_name}".lower() if c.isalpha())
        return f"{letters[:8]}{self.insz[-3:]}"


class Persons:
    """Everyone the mock knows, by INSZ."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.fake = fake
        self.by_insz: dict[str, Person] = {}

    def add(
        self,
        first_name: str | None = None,
        last_name: str | None = None,
        *,
        insz: str | None = None,
        female: bool | None = None,
        profession: str | None = None,
        riziv: str | None = None,
    ) -> Person:
        """A person; what is not given is generated (Faker nl_BE and a valid INSZ; a care provider's own
        RIZIV number of 11 digits)."""
        if profession is not None and profession not in set(Profession):
            raise Refused("profession.unknown", "profession", {"profession": profession})
        if female is None:
            female = self.rng.random() < 0.5
        if insz is None:
            insz = ids.random_insz(self.rng, female=female)
            while insz in self.by_insz:
                insz = ids.random_insz(self.rng, female=female)
        elif refusal := ids.insz_refusal(insz):
            raise refusal
        insz = ids.digits_only(insz)
        if insz in self.by_insz:
            raise Refused("person.exists", "insz", {"insz": ids.format_insz(insz)})
        first = first_name or (self.fake.first_name_female() if female else self.fake.first_name_male())
        last = last_name or self.fake.last_name()
        if riziv is not None and (profession is None or len(ids.digits_only(riziv)) != 11):
            raise Refused("person.riziv", "riziv")
        if riziv is not None and (refusal := ids.riziv_refusal(riziv)):
            raise refusal
        if riziv is not None:
            riziv = ids.digits_only(riziv)
        elif profession is not None:
            digit = RIZIV_DIGIT.get(Profession(profession), 1)
            riziv = ids.random_riziv(self.rng, digit) + f"{self.rng.randrange(0, 1000):03d}"
        local = f"{first}.{last}".lower().replace(" ", "")
        person = Person(
            insz,
            first,
            last,
            female,
            f"{local}@example.be",
            profession=Profession(profession) if profession else None,
            riziv=riziv,
        )
        self.by_insz[insz] = person
        return person

    def get(self, insz: str) -> Person:
        try:
            return self.by_insz[ids.digits_only(insz)]
        except KeyError:
            raise Refused("person.unknown", "insz", {"insz": insz}) from None

    def unknown_refusal(self, insz: str, field: str = "insz") -> Refused | None:
        """Why ``insz`` is no person of the practice world's Rijksregister, or None."""
        if refusal := ids.insz_refusal(insz, field):
            return refusal
        if ids.digits_only(insz) not in self.by_insz:
            return Refused("person.not_in_register", field)
        return None

    def find(self, text: str = "", limit: int = 50) -> list[Person]:
        """Persons whose name or INSZ contains ``text``, at most ``limit``."""
        needle = text.strip().lower()
        digits = ids.digits_only(needle)
        found = []
        for p in self.by_insz.values():
            if not needle or needle in p.name.lower() or (digits and digits in p.insz):
                found.append(p)
                if len(found) >= limit:
                    break
        return found

    def all(self) -> list[Person]:
        return list(self.by_insz.values())
