"""Where a run plays: the embedded mock, a mock started elsewhere (``--base-url``), or an acceptance
environment (``--target``). One object, chosen once before any test and kept in pytest's stash,
knows it; every other part of the harness and the step library asks it, and none asks which it is.

A stage gives the portals' addresses (page objects open ``/uman/...`` through ``address``), the
address the browsers start from, the secrets no report may show, and a scene per scenario: what
the Gegeven steps declare, who plays whom, logging in, and putting back what the scenario changed.

The scene's curtain rises before the first step that acts (an Als or Dan step): the Gegeven steps
have then said everything the scenario needs, and nothing has touched the portals yet. On the mock
every part plays itself and the Gegeven steps arranged their state as they ran; on a target the
parts are cast then, and missing state is arranged through the portals' screens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol, TypeVar

import pytest
from playwright.sync_api import Page

from .cast_model import Member, PersonNeeds, Seen
from .internals import step_definition
from .parts import Organisation, Person, PersonPart, named_in, recast

F = TypeVar("F", bound=Callable[..., Any])
STAGE = pytest.StashKey["Stage"]()
SCENE = pytest.StashKey["Scene"]()  # on a scenario's item, while it runs
STEP = pytest.StashKey[str]()  # on a scenario's item: the step that runs now, as the feature writes it
SEES = "sees_whole"  # a step function's mark: what of its parts it sees whole (see ``sees``)
MEMBERS, HTB, RIGHTS, PROFILES = "leden", "hoofdtoegangsbeheerder", "rechten", "beroepen"
RIGHTS_OF_KIND = "rechten van de soort"
CHANGES = "wijzigt"  # the tag of a scenario that changes what it finds
CAST = "rolverdeling"  # the user property of a scenario's report: part -> who played it (on a target)
# The user property of a scenario's teardown report on a target: what its undo put back ("hersteld")
# and what it left behind ("achtergelaten").
UNDONE = "doel"


class Scene(Protocol):
    """One scenario on a stage: the Gegeven steps' declarations, the parts' records and logins, undo."""

    notes: list[str]  # what the stage says of the step that runs now, for the report (then cleared)

    def expect(self, persons: set[str], orgs: set[str], changes: bool, seen: Seen) -> None:
        """Before the first step: every part the scenario names, whether it changes the portals, and
        what its steps see whole."""

    def exists(self, person: str, needs: PersonNeeds, year: int | None = None) -> None: ...
    def without_rights(self, person: str) -> None: ...
    def organisation(self, org: str, kind: str, roles: dict[str, str], rep_role: str | None) -> None: ...
    def member(self, person: str, org: str, kind: str, member: Member) -> None: ...
    def manager(self, person: str, org: str, role: str, domain: str) -> None: ...
    def added(self, manager: str, person: str, org: str, apps: frozenset[str]) -> None: ...
    def deleted(self, manager: str, persons: Sequence[str], org: str) -> None: ...
    def status(self, person: str, org: str, status: str) -> None: ...
    def may_not_order(self, org: str) -> None: ...
    def extra_users(self, org: str, count: int, apps: list[str]) -> None: ...
    def pass_time(self, seconds: float) -> None: ...
    def set_clock(self, moment: float) -> None: ...
    def arrive(self, person: str, portal: str, then: Callable[[Page], None]) -> None: ...

    def curtain(self) -> None:
        """Before the first step that acts: the parts cast, their state arranged, the arrivals made."""

    def shown(self) -> dict[str, str]:
        """Part -> the name whoever plays it has where the run plays (empty: every part plays itself)."""

    def person(self, person: str) -> Person: ...
    def organisation_named(self, org: str) -> Organisation: ...
    def credentials(self, person: str) -> tuple[str, str, str]: ...
    def signed_in(self, person: str, portal: str) -> Page: ...
    def log_in(self, page: Page, person: str, portal: str) -> None: ...
    def key(self, asked: str | None, person: str) -> str: ...
    def changed(self, what: str, portal: str, undo: Callable[[Page], bool]) -> None: ...
    def changing(self, what: str, portal: str, prepare: Callable[[], Callable[[Page], bool] | None]) -> None: ...
    def irreversible(self, what: str) -> None: ...
    def declared(self, person: str, riziv: str) -> tuple[str, list[str]]: ...

    def end(self) -> None:
        """After the scenario: put back what it changed, release what it held, say who played whom."""


class Stage(Protocol):
    @property
    def environment(self) -> str | None:
        """The acceptance environment's name, as the reports say it; None: the mock."""

    @property
    def retries(self) -> bool:
        """Whether a failed scenario may run a second time, traced."""

    def address(self, path: str) -> str:
        """A portal's page, ``/uman/...``, where the run plays (portals may live on different hosts)."""

    def url(self, request: pytest.FixtureRequest) -> str:
        """The address the browsers resolve relative addresses against."""

    def scene(self, request: pytest.FixtureRequest) -> Scene: ...

    def secrets(self) -> tuple[str, ...]:
        """Values no report may show, longest first."""

    def onlookers(self, provided: Any) -> AbstractContextManager[Any]:
        """Who looks at the manual's pages where the run plays (the drift check of ``--manual``): a
        ``provided.Looking`` for a ``provided.Provided`` (named here, they would import this module back)."""


_CURRENT: list[Stage] = []  # this process's stage, for page objects that open a portal's page


def use(stage: Stage) -> None:
    """From now on, in this process, portal pages open where ``stage`` plays."""
    _CURRENT[:] = [stage]


def address(path: str) -> str:
    """A portal's page, ``/uman/...``, where this process's stage plays (unchanged before one is chosen)."""
    return _CURRENT[0].address(path) if _CURRENT else path


def stage_of(config: pytest.Config) -> Stage:
    return config.stash[STAGE]


def set_stage(config: pytest.Config, stage: Stage) -> None:
    config.stash[STAGE] = stage
    use(stage)


def sees(*what: str) -> Callable[[F], F]:
    """Marks a step that sees something whole: an organisation's list (``MEMBERS``: a count, "enkel"),
    whether it has an HTB (``HTB``: the registration refuses a second), all the organisations where the
    person the step is about has rights (``RIGHTS``) or those of the kinds of the organisations the step
    names (``RIGHTS_OF_KIND``), or her profiles (``PROFILES``)."""

    def mark(step: F) -> F:
        setattr(step, SEES, frozenset(what))
        return step

    return mark


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    """Every part the scenario names, told to its scene before the first step."""
    persons: set[str] = set()
    orgs: set[str] = set()
    seen, about = Seen(), None  # the person a step is about: the one it names first, else the last named
    for step in scenario.steps:
        context = step_definition(request, step)
        if context is None:
            continue
        arguments = list((context.parser.parse_arguments(step.name) or {}).values())
        named = named_in(arguments)
        persons |= named[0]
        orgs |= named[1]
        about = next((a.part for a in arguments if isinstance(a, PersonPart)), about)
        what: frozenset[str] = getattr(context.step_func, SEES, frozenset())
        seen.members, seen.htb = seen.members or MEMBERS in what, seen.htb or HTB in what
        for kind, persons_seen in ((RIGHTS, seen.rights), (PROFILES, seen.profiles)):
            if kind in what and about is not None:
                persons_seen.add(about)
        if RIGHTS_OF_KIND in what and about is not None:
            seen.rights_of_kind.setdefault(about, set()).update(named[1])
    scene = request.node.stash[SCENE] = request.getfixturevalue("world").scene
    scene.expect(persons, orgs, request.node.get_closest_marker(CHANGES) is not None, seen)


def pytest_bdd_before_step(request: pytest.FixtureRequest, step: Any) -> None:
    request.node.stash[STEP] = f"{step.keyword.strip()} {step.name}"


def pytest_bdd_before_step_call(request: pytest.FixtureRequest, step: Any, step_func_args: dict[str, Any]) -> None:
    """Before the first step that acts, the curtain rises; every step then names whoever plays each part."""
    scene = request.node.stash.get(SCENE, None)
    if scene is None:
        return
    if step.type != "given":
        scene.curtain()
    recast(step_func_args, scene.shown())
