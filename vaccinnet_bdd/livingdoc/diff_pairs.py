"""Which section of one version of the manual continues which of the other: by title, then by
content, then by number.

A section keeps its title when it moves (a section removed or inserted before it), and mostly its
words when it is retitled; only a section that changed both is taken by its number. Titles compare
as a reader sees them (``seen.normal``, any case); contents by difflib's ratio of their words.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from vaccinnet_bdd.manual import outline
from vaccinnet_bdd.manual.formats import ManualError
from vaccinnet_bdd.manual.reader import Section, outline_of, read
from vaccinnet_bdd.manual.seen import normal, words

ALIKE = 0.6  # sections whose words are this alike (difflib's ratio) are one section retitled or moved


@dataclass
class Version:
    """One file as the diff compares it: its outline, sections, and each section's words and labels."""

    outline: outline.Outline
    sections: dict[str, Section]
    words: dict[str, list[str]] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # number -> {normal form: label}

    @classmethod
    def read(cls, path: Path) -> Version:
        known = outline_of(path) or outline.BUILT_IN
        sections = read(path, known)
        if not sections:
            raise ManualError(f"{path.name}: geen enkele genummerde sectie gevonden; is dit de handleiding?")
        return cls(known, sections)

    def compare_with(self, known: set[str]) -> None:
        """Each section's words (a word broken at a line's end joined as ``known`` writes it) and labels."""
        for s in self.outline.sections:
            section = self.sections.get(s.number)
            self.words[s.number] = words(section.lines, known) if section else []
            self.labels[s.number] = {normal(label): label for label in (section.labels if section else [])}

    @property
    def titles(self) -> dict[str, str]:
        return {s.number: s.title for s in self.outline.sections}


def same_title(title: str) -> str:
    """A title as it compares: as a reader sees it, in any case."""
    return normal(title).casefold()


def _alike(old: list[str], new: list[str]) -> float:
    if not old or not new:
        return 0.0
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return matcher.ratio() if matcher.quick_ratio() >= ALIKE else 0.0


def pair(old: Version, new: Version) -> dict[str, str]:
    """New section number -> the old section it continues: by title, then by content, then by number."""
    old_titles = old.titles
    free = list(old_titles)
    paired: dict[str, str] = {}
    for number, title in new.titles.items():
        same = [o for o in free if same_title(old_titles[o]) == same_title(title)]
        if same:
            best = number if number in same else max(same, key=lambda o: _alike(old.words[o], new.words[number]))
            paired[number] = best
            free.remove(best)
    unpaired = [n for n in new.titles if n not in paired]
    likeness = sorted(((_alike(old.words[o], new.words[n]), n, o) for n in unpaired for o in free), key=lambda t: -t[0])
    for score, n, o in likeness:
        if score >= ALIKE and n not in paired and o in free:
            paired[n] = o
            free.remove(o)
    for n in unpaired:
        if n not in paired and n in free:
            paired[n] = n
            free.remove(n)
    return paired
