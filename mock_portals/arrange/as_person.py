"""Arrange operations that a named person does, through the same domain operation as the portal's
page, with every check it makes: what a Gegeven step tells that person did before the scenario."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ..domain.memberships import Application
from ..store import Store
from .base import Email, Number, Operation
from .records import Done


class AddUser(Operation[Done]):
    """Een toegangsbeheerder (actor, INSZ) voegt een gebruiker toe in het eHealth-toegangsbeheer, met
    de controles van het formulier (§2.4.1.1)."""

    path = "/uman/users"
    result = Done
    actor: Number
    org: Number
    insz: Number
    email: Email
    applications: list[Application] = Field(default_factory=list, max_length=len(Application))

    def apply(self, store: Store) -> Done:
        actor, org = store.persons.get(self.actor), store.organisations.get(self.org)
        store.uman.add_user(actor.insz, org.riziv, self.insz, self.email, "", self.applications)
        return Done()


class DeleteUsers(Operation[Done]):
    """Een toegangsbeheerder (actor, INSZ) verwijdert gebruikers uit het eHealth-toegangsbeheer van
    een organisatie, met de controles van de pagina (§2.4.1.2)."""

    method = "DELETE"
    path = "/uman/users"
    result = Done
    actor: Number
    org: Number
    selection: Annotated[list[Number], Field(min_length=1, max_length=100)]

    def apply(self, store: Store) -> Done:
        actor, org = store.persons.get(self.actor), store.organisations.get(self.org)
        store.uman.delete_users(actor.insz, org.riziv, self.selection)
        return Done()
