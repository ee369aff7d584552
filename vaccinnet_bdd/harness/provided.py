"""What a step library hands the harness: one declared object, ``PROVIDES`` in a package or module
the project's setting ``vaccinnet_bdd_steps`` names (the first that has one).

The harness holds no locator and no text of the portals, and imports no step module: where it must
read or work a portal's screens (a failed step explained, a login on a target, a member looked up in
UMAN, state arranged on a target, the manual's pages for the drift check) it asks this object, so
that a team's own library can provide its own.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import pytest
from playwright.sync_api import Page

from .options import STEP_LIBRARY
from .parts import Person

if TYPE_CHECKING:
    from .target import Target
    from .world import World


@dataclass(frozen=True)
class Shown:
    """What a page shows, as the step library reads it."""

    address: str
    heading: str | None  # the main heading (level 1)
    logged_in: str | None  # who the page says is logged in
    tree: str  # the page's accessibility tree, as Playwright's ARIA snapshot writes it


Describe = Callable[[Page], Shown]


Codes = Mapping[str, Mapping[str, str]]  # what ("status", "rol", ...) -> the Gherkin's word -> the mock's code
Credentials = Callable[[str], tuple[str, str, str]]  # an account -> user name, password, current code
# How an account logs in at a portal's address on a target: its own login, then CSAM's app key.
SignIn = Callable[[Page, str, str, Credentials], None]


class Screens(Protocol):
    """The portals' screens that a stage works with on a target, as a local manager or HTB would:
    each method opens what it needs in ``page`` and checks the result on the screen (raising when it
    is not as asked). Words as the portals show them."""

    def member(self, riziv: str, name: str) -> tuple[str, str] | None:
        """Type and status of ``name`` in UMAN's list of the organisation (None: not listed)."""

    def rights(self, riziv: str, name: str) -> set[str]:
        """The applications of a user, as her form (the pencil) ticks them."""

    def add_user(self, riziv: str, name: str, insz: str, email: str, apps: list[str]) -> None: ...

    def set_rights(self, riziv: str, name: str, apps: list[str]) -> None: ...

    def delete_user(self, riziv: str, name: str) -> bool:
        """Delete the user when the list shows her (False: it does not)."""

    def manager(self, riziv: str, name: str) -> tuple[str, str, str] | None:
        """Role, domain and e-mail address of an access manager in BTB's list (None: not listed)."""

    def appoint(self, riziv: str, name: str, insz: str, email: str, role: str, domain: str) -> None: ...

    def remove_manager(self, riziv: str, name: str) -> bool:
        """Remove the access manager when BTB's list shows her (False: it does not)."""


class NotVisited(Exception):
    """A page the drift check cannot see where it runs; the message says why."""


class Onlookers(Protocol):
    """Who looks at the manual's pages in the drift check, and at which organisation's."""

    org: str  # the organisation the pages are about, as the portals show it
    riziv: str
    may_change: bool  # whether a page may submit what would change the portals (the mock's, not a target's)
    kinds: frozenset[str]  # the kinds of organisation there are, as the features write them

    def person(self, role: str) -> Person:
        """Whoever looks as ``role`` (NotVisited when no one plays it here)."""

    def log_in(self, page: Page, role: str, portal: str) -> None:
        """Log in at ``portal`` in ``page`` as whoever looks as ``role``."""


# Who looks at the pages, and the address the browser starts from, while the portals run.
Looking = AbstractContextManager[tuple[Onlookers, str]]


# A visit to a page of a section: as whom (a role, or None: no one logged in), logged in at which
# portal, and what is opened there.
Visit = tuple[str | None, str, Callable[[Page, Onlookers], None]]


@dataclass(frozen=True)
class ManualPages:
    """The pages each section of the manual is about, as its reader sees them (``check-manual``)."""

    pages: Mapping[str, Sequence[Visit]]  # section -> its pages
    roles: Mapping[str, str]  # role -> the person who plays it on the mock
    role_words: Mapping[str, str]  # role -> how a line of the report names it
    declare: Callable[[World], str]  # the world the pages show on the mock; gives the organisation's name
    target_roles: Callable[[Target], tuple[str, dict[str, str]]]  # on a target: the organisation, who plays each role
    by_kind: frozenset[str]  # sections whose pages show each kind of organisation
    kinds: frozenset[str]  # every kind, as the features write them


@dataclass(frozen=True)
class Provided:
    codes: Codes  # the manual's words for what the mock knows by a code
    describe: Describe  # what a page shows, for a failed step's explanation
    sign_in: SignIn  # how an account logs in on a target
    screens: Callable[[Page], Screens]  # the portals' screens a stage arranges and checks with on a target
    manual_pages: ManualPages | None = None  # the drift check's pages, if the library has them


NAME = "PROVIDES"


def provided(library: list[str]) -> Provided:
    """The declared object of the first package or module of ``library`` that has one."""
    for name in library:
        found = getattr(importlib.import_module(name), NAME, None)
        if isinstance(found, Provided):
            return found
    raise LookupError(f"geen {NAME} in de stappenbibliotheek ({', '.join(library)}): zie harness/provided.py")


PROVIDED = pytest.StashKey[Provided]()


def provided_of(config: pytest.Config) -> Provided:
    """What the project's step library hands the harness, found once per run."""
    if PROVIDED not in config.stash:
        config.stash[PROVIDED] = provided(list(config.getini(STEP_LIBRARY)))
    return config.stash[PROVIDED]


def vocabulary(library: list[str]) -> dict[str, list[str]]:
    """What the step library calls each thing the mock knows by a code ("type": LB, Co-LB, USER, ...):
    the words a target file may use."""
    return {what: list(words) for what, words in provided(library).codes.items()}


def manual_pages_of(given: Provided) -> ManualPages:
    """The manual's pages the library gives, for the drift check (LookupError: it gives none)."""
    if given.manual_pages is None:
        raise LookupError("de stappenbibliotheek geeft geen pagina's van de handleiding (manual_pages)")
    return given.manual_pages
