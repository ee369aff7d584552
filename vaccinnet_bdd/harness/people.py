"""Each person of a scenario acts in a browser of their own.

A step whose subject is a named person runs in that person's browser, opened on first use and kept
for the scenario: one person's CSAM session never serves another. A step whose subject is a pronoun
(hij, zij, ze, iemand) or that only looks (a Dan step) runs in the browser of whoever acted last.
Before anyone is named, steps run in a browser of nobody in particular, which the first person named
then takes as theirs. The first browser of a scenario is the worker's warm tab, so a scenario with
one person costs nothing more than before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from playwright.sync_api import Page

from .parts import part_of

T = TypeVar("T")


class People:
    """Each person's browser, by the part the scenario names (whoever plays it where the run plays)."""

    def __init__(self, first: Callable[[], Page], another: Callable[[], Page]) -> None:
        self._first, self._another = first, another
        self._pages: dict[str | None, Page] = {}  # part (None: nobody named yet) -> their page
        self.acting: str | None = None  # whose browser the steps use now, as a step names her

    def _key(self) -> str | None:
        return None if self.acting is None else part_of(self.acting)

    def of(self, person: str) -> Page:
        """``person``'s page, their browser opened on first use; from now on ``person`` acts. What the
        person acting until now started has finished first (the page their last click opened has loaded)."""
        if part_of(person) != self._key() and self.shown is not None and not self.shown.is_closed():
            self.shown.wait_for_load_state()
        if part_of(person) not in self._pages and None in self._pages and self.acting is None:
            self._pages[part_of(person)] = self._pages.pop(None)  # the browser in front of nobody becomes theirs
        self.acting = person
        return self.page

    @property
    def page(self) -> Page:
        """The page of whoever acts now, their browser opened on first use."""
        if self._key() not in self._pages:
            self._pages[self._key()] = self._first() if not self._pages else self._another()
        return self._pages[self._key()]

    def refer(self, actor: str) -> Page:
        """The page of whoever ``actor`` (iemand, hij, zij, ze) stands for: the person who acted last.
        ``iemand`` before anyone acted is a browser of nobody in particular; a pronoun then refers to
        no one, which the scenario must say first."""
        if actor != "iemand" and not self._pages:
            raise ValueError(f"'{actor}' verwijst naar niemand: noem eerst wie handelt, of begin met 'iemand'")
        return self.page

    @property
    def shown(self) -> Page | None:
        """The page of whoever acts now, if their browser is open (nothing is opened to find out)."""
        return self._pages.get(self._key())

    def browsers(self) -> dict[str, Page]:
        """Each named person's page."""
        return {person: page for person, page in self._pages.items() if person is not None}

    def new_browser(self) -> Page:
        """A new browser for whoever acts now, without any session: their old one is left."""
        self._pages[self._key()] = self._another()
        return self._pages[self._key()]

    def following(self, make: Callable[[Page], T]) -> T:
        """A page object that always works in the browser of whoever acts: ``make(page)`` per person."""
        return cast(T, _Following(self, make))


class _Following:
    """Stands in for a page object: every attribute comes from the acting person's own one."""

    def __init__(self, people: People, make: Callable[[Page], Any]) -> None:
        object.__setattr__(self, "_people", people)
        object.__setattr__(self, "_make", make)
        object.__setattr__(self, "_made", {})

    def _current(self) -> Any:
        page = self._people.page
        made: dict[int, tuple[Page, Any]] = self._made
        if id(page) not in made or made[id(page)][0] is not page:
            made[id(page)] = (page, self._make(page))
        return made[id(page)][1]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._current(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._current(), name, value)
