"""Who and what a scenario talks about: names in the Gherkin, records in the mock."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest
from playwright.sync_api import Page
from pytest_playwright.pytest_playwright import CreateContextCallback

from mock_portals.orgtypes import org_type

from .mock import AdminApi

if TYPE_CHECKING:
    from playwright._impl._api_structures import SetCookieParam


class World:
    """Persons and organisations of one scenario, created in the mock on first mention."""

    def __init__(self, admin: AdminApi) -> None:
        self.admin = admin
        self.persons: dict[str, dict[str, Any]] = {}
        self.organisations: dict[str, dict[str, Any]] = {}

    def person(self, name: str, **extra: Any) -> dict[str, Any]:
        if name not in self.persons:
            first, _, last = name.partition(" ")
            self.persons[name] = self.admin.add_person(first, last or "Testpersoon", **extra)
        return self.persons[name]

    def organisation(self, name: str, kind: str | None = None, **roles: Any) -> dict[str, Any]:
        """The organisation called ``name``, created on first mention; ``kind`` is its type in words
        ("wachtpost", "apotheek"); ``roles`` (legal_rep, htb, ...) are set on it, also when it exists."""
        if name not in self.organisations:
            self.organisations[name] = self.admin.add_organisation(org_type(kind or "wachtpost").key, name, **roles)
        elif roles:
            self.organisations[name] = self.admin.update_organisation(self.organisations[name]["riziv"], **roles)
        return self.organisations[name]

    def session_cookies(self, person: str, portal: str) -> list[SetCookieParam]:
        """Cookies of a person logged in at CSAM and at ``portal``, as after a real login."""
        insz = self.person(person)["insz"]
        return [self.admin.session_cookie(p, insz) for p in ("csam", portal)]

    def member(self, person: str, org: str, kind: str | None = None, **extra: Any) -> dict[str, Any]:
        return self.admin.add_membership(self.organisation(org, kind)["riziv"], self.person(person)["insz"], **extra)


@pytest.fixture
def world(admin: AdminApi, fresh_state: None) -> World:
    return World(admin)


@pytest.fixture
def page_as(new_context: CreateContextCallback, world: World) -> Callable[[str, str], Page]:
    """A page in a browser of its own, where ``person`` is logged in at ``portal``: a second person."""

    def open_as(person: str, portal: str) -> Page:
        context = new_context()
        context.add_cookies(world.session_cookies(person, portal))
        return context.new_page()

    return open_as
