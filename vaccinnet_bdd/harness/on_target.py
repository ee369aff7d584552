"""The stage of an acceptance environment (``--target=FILE``).

A target is shared, has no admin API and is never reset. Its accounts are real staff with their
own names: the scenarios' people and organisations are parts, cast onto the accounts and
organisations the target file declares before a scenario acts (``harness.target_scene``). A
scenario that changes the target (@wijzigt), or whose parts need state the cast lacks, runs only
with ``--allow-changes``, and puts back what it changed when it ends. Accounts are claimed by one
worker at a time (``harness.claims``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from playwright.sync_api import Page

from .parts import Person
from .provided import ManualPages, NotVisited, Onlookers, Provided, manual_pages_of
from .stage import Scene, use
from .target_env import Environment
from .target_scene import TargetScene


class TargetStage(Environment):
    """Where a run plays when it plays on an acceptance environment."""

    retries = False  # a trace would hold what the accounts typed; a second attempt would change the target again

    def scene(self, request: pytest.FixtureRequest) -> Scene:
        return TargetScene(self, request)

    @contextmanager
    def onlookers(self, provided: Provided) -> Iterator[tuple[Onlookers, str]]:
        """The drift check's onlookers: the accounts that play each role at the file's first organisation."""
        manual = manual_pages_of(provided)
        use(self)
        org, roles = manual.target_roles(self.target)
        kinds = frozenset(o.soort.lower() for o in self.target.organisatie)
        try:
            yield OnTheTarget(self, manual, org, roles, self.org(org).riziv, kinds=kinds), self.url_of_csam()
        finally:
            self.claims.release()


@dataclass
class OnTheTarget:
    """Who looks at the manual's pages on a target: the accounts the step library names for each role."""

    stage: Environment
    manual: ManualPages
    org: str
    roles: dict[str, str]  # role -> account
    riziv: str
    kinds: frozenset[str]
    may_change: bool = False

    def _account(self, role: str) -> str:
        if role not in self.roles:
            raise NotVisited(f"het doelbestand heeft geen account als {self.manual.role_words[role]} van {self.org}")
        return self.roles[role]

    def person(self, role: str) -> Person:
        account = self.stage.account(self._account(role))
        return Person(account.name, account.insz, account.email)

    def log_in(self, page: Page, role: str, portal: str) -> None:
        account = self._account(role)
        self.stage.claims.claim(account)
        self.stage.log_in(page, account, portal)
