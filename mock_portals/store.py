"""All mutable state of the mock portals: one object, reset per scenario, composed of the domain's areas."""

from __future__ import annotations

import random
import time
from dataclasses import asdict
from typing import Any

from faker import Faker

from .domain.auth import Auth
from .domain.credentials import Credentials
from .domain.managers import Managers
from .domain.memberships import Memberships
from .domain.organisations import Organisations
from .domain.persons import Persons
from .domain.registration import Registration
from .domain.uman import UserManagement
from .domain.vaccinnet import Vaccinnet
from .faults import Faults

DEFAULT_SEED = 2026


class Store:
    """The practice world: persons, organisations, memberships, managers and sessions, and a clock."""

    def __init__(self, seed: int = DEFAULT_SEED) -> None:
        self.seed = seed
        self.faults = Faults()  # outlives reset(): faults are set for a run, not for one scenario
        self.reset()

    def reset(self, seed: int | None = None) -> None:
        """Forget everything; with a seed, also change the seed of the generated data."""
        if seed is not None:
            self.seed = seed
        rng = random.Random(self.seed)
        fake = Faker("nl_BE")
        fake.seed_instance(self.seed)
        self.clock_offset = 0.0
        self.persons = Persons(rng, fake)
        self.organisations = Organisations(rng, fake, self.persons)
        self.memberships = Memberships(self.persons, self.organisations, self.now)
        self.managers = Managers(self.persons, self.organisations, self.memberships)
        self.uman = UserManagement(self.persons, self.organisations, self.memberships)
        self.registration = Registration(self.persons, self.organisations)
        self.vaccinnet = Vaccinnet(self.organisations, self.memberships)
        self.auth = Auth(self.persons, self.now)
        self.credentials = Credentials(self.persons, self.now)

    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance_clock(self, seconds: float) -> None:
        self.clock_offset += seconds

    def to_json(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "persons": [asdict(p) | {"name": p.name} for p in self.persons.all()],
            "organisations": [asdict(o) for o in self.organisations.all()],
            "memberships": [asdict(m) for m in self.memberships.all()],
            "managers": [asdict(m) for m in self.managers.all()],
        }
