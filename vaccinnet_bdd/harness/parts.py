"""The people and organisations a scenario names: parts, played by whoever the stage casts.

A step library's parameter types for people and organisations give ``Part`` values: text that is
the name of whoever plays the part here (on the mock, the part itself), and that remembers the
part (``part_of``). So a step that looks for "Tom Willems" on a page looks for the name of the
account that plays him, and the World still knows him as the scenario does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


class Part(str):
    """A part's name as it is shown where the run plays; ``part`` is the scenario's own name for it."""

    part: str

    def __new__(cls, shown: str, part: str | None = None) -> Part:
        made = super().__new__(cls, shown)
        made.part = part if part is not None else getattr(shown, "part", shown)
        return made


class PersonPart(Part):
    """A person of the scenario."""


class OrganisationPart(Part):
    """An organisation of the scenario."""


def part_of(name: str) -> str:
    """The scenario's own name of a part, whoever plays it."""
    return getattr(name, "part", name)


@dataclass(frozen=True)
class Person:
    name: str  # as the portals show it: the name of whoever plays the part
    insz: str
    email: str
    riziv: str | None = None  # an individual care provider's own 11-digit number


@dataclass(frozen=True)
class Organisation:
    name: str
    riziv: str  # the 8 digits of the RIZIV entity


def named_in(values: Any) -> tuple[set[str], set[str]]:
    """The person and organisation parts among a step's arguments (also inside lists)."""
    persons: set[str] = set()
    orgs: set[str] = set()
    for value in values if isinstance(values, list | tuple) else [values]:
        if isinstance(value, list | tuple):
            more = named_in(value)
            persons |= more[0]
            orgs |= more[1]
        elif isinstance(value, PersonPart):
            persons.add(value.part)
        elif isinstance(value, OrganisationPart):
            orgs.add(value.part)
    return persons, orgs


def recast(args: dict[str, Any], shown: Mapping[str, str]) -> None:
    """A step's arguments as they are shown where the run plays: each part's name becomes the name of
    whoever plays it (``shown``: part -> name), also inside free text, lists and a data table; a text
    that is only a person's first or last name ("Claes", to filter on) becomes that of whoever plays
    her, when no other part shares it."""
    if not shown or all(part == name for part, name in shown.items()):
        return
    pattern = re.compile("|".join(re.escape(p) for p in sorted(shown, key=len, reverse=True)))
    words = _names(shown)

    def text(value: str) -> str:
        return words.get(value) or pattern.sub(lambda m: shown[m.group(0)], value)

    for key, value in args.items():
        args[key] = _recast(value, shown, text)


def _names(shown: Mapping[str, str]) -> dict[str, str]:
    """First name -> first name, last name -> last name, of the persons whose names have both, where
    no other part has the same one (an organisation's name has no first name)."""
    found: dict[str, list[str]] = {}
    for part, name in shown.items():
        first, _, last = part.partition(" ")
        played = name.partition(" ")
        if last and played[2] and part.istitle():
            found.setdefault(first, []).append(played[0])
            found.setdefault(last, []).append(played[2])
    return {word: names[0] for word, names in found.items() if len(names) == 1}


def _recast(value: Any, shown: Mapping[str, str], text: Callable[[str], str]) -> Any:
    if isinstance(value, Part):
        return type(value)(shown.get(value.part, str(value)), value.part)
    if isinstance(value, str):
        return text(value)
    if isinstance(value, list):
        return [_recast(item, shown, text) for item in value]
    return value
