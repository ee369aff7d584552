"""The structure of the manual: its version and every numbered section with its title.

A scenario proves a section through its tag ``@handleiding-<number>``. The outline of a run is read
from the user's manual file when one is given (``reader.outline_of``); without one, the built-in
outline of v1.2 below holds, and a tag that names a section not listed here fails the run.
"""

from __future__ import annotations

from dataclasses import dataclass

TITLE = "Handleiding Vaccinnet eHealth toegangsbeheer RIZIV organisatie"
VERSION = "1.2"
DATE = "5/05/2026"
TAG_PREFIX = "handleiding-"


@dataclass(frozen=True)
class Section:
    number: str
    title: str

    @property
    def tag(self) -> str:
        return TAG_PREFIX + self.number

    @property
    def depth(self) -> int:
        return self.number.count(".")


SECTIONS = (
    Section("1", "Inleiding"),
    Section("1.1", "Doel"),
    Section("1.2", "Scope"),
    Section("1.3", "Definities"),
    Section("2", "Instructies"),
    Section("2.1", "Identificeren van de titularis of wettelijke vertegenwoordiger van de organisatie"),
    Section("2.2", "Hoofdtoegangsbeheerder aanduiden"),
    Section("2.3", "Instellen van aanvullende toegangsbeheerders"),
    Section("2.4", "Toegangs- en gebruikersbeheer van de organisatie"),
    Section("2.4.1", "Beheren van gebruikers"),
    Section("2.4.1.1", "Toevoegen van gebruikers"),
    Section("2.4.1.2", "Verwijderen van gebruikers"),
    Section("2.4.2", "Inloggen als RIZIV-organisatie in de Vaccinnet 2026 webapplicatie"),
    Section("3", "Vragen of feedback?"),
    Section("3.1.1", "Problemen of vragen over de toegangsprocedure"),
)
BY_TAG = {s.tag: s for s in SECTIONS}


def unknown_section_tags(tags: set[str]) -> set[str]:
    """The @handleiding-... tags that name no section of the manual."""
    return BUILT_IN.unknown_section_tags(tags)


@dataclass(frozen=True)
class Outline:
    """One version of the manual: its title, version, date and sections in order."""

    title: str
    version: str
    date: str
    sections: tuple[Section, ...]

    @property
    def by_tag(self) -> dict[str, Section]:
        return {s.tag: s for s in self.sections}

    def unknown_section_tags(self, tags: set[str]) -> set[str]:
        """The @handleiding-... tags that name no section of this outline."""
        known = self.by_tag
        return {t for t in tags if t.startswith(TAG_PREFIX) and t not in known}


BUILT_IN = Outline(TITLE, VERSION, DATE, SECTIONS)
