"""The user's own copy of the manual, read at run time: its sections, their text and the labels they quote.

Plain text, Markdown, Word (.docx, with its bold runs) or PDF (its text layer). Nothing of the
manual is stored in the project; the outline (``vaccinnet_bdd.manual.outline``) only knows its section
numbers and titles, and a heading line opens a section when both match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import outline
from .vocabulary import CONTROL_WORDS

_TAGS = re.compile(r"<[^>]+>")
_HEADING = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s+(\S.*?)\s*$")
_TABLE_OF_CONTENTS = re.compile(r"(\t|\.{3,}|\s{2,})\s*\d+\s*$")  # a heading followed by its page number
_QUOTED = (
    re.compile(r"‘([^’\n]{2,90}?)’"),
    re.compile(r"“([^”\n]{2,90}?)”"),
    re.compile(r"(?<![\w\"])\"([^\"\n]{2,90}?)\"(?![\w])"),
    re.compile(r"(?<![\w'])'([^'\n]{2,90}?)'(?![\w])"),
)
_BOLD = re.compile(r"\*\*([^*\n]{2,90}?)\*\*")
_TITLES = {s.number: s.title.lower() for s in outline.SECTIONS}
_CONTROL = re.compile(r"\b(" + "|".join(CONTROL_WORDS) + r")\s+(?:[‘'\"“])([^’'\"”\n]{2,90})[’'\"”]", re.IGNORECASE)
_UNNAMED_CONTROL = re.compile(r"\b(keuzevakje)\b(?!\s+[‘'\"“])", re.IGNORECASE)


@dataclass(frozen=True)
class Control:
    """A control the manual names by its kind: the roles it may have, and its name (None: any)."""

    word: str
    roles: tuple[str, ...]
    name: str | None


@dataclass
class Section:
    number: str
    lines: list[str] = field(default_factory=list)  # its text, as the manual has it
    labels: list[str] = field(default_factory=list)  # the UI labels it quotes or sets in bold
    controls: list[Control] = field(default_factory=list)


def clean(label: str) -> str:
    return re.sub(r"\s+", " ", label.strip().strip("*'\"‘’“”").strip().rstrip(":").strip())


def section_of(line: str) -> str | None:
    """The outline section a heading line opens (the title must match, so tables are not taken)."""
    match = _HEADING.match(line)
    if match and match.group(1) in _TITLES:
        title = match.group(2).split("\t")[0].lower()
        if title.startswith(_TITLES[match.group(1)][:20]):
            return match.group(1)
    return None


def labels_in_line(line: str, bold: list[str] | None = None) -> list[str]:
    line = _TAGS.sub(" ", line)
    found = [m for pattern in _QUOTED for m in pattern.findall(line)]
    found += [m for m in _BOLD.findall(line) if not any(q in m for q in "'\"‘’“”")]
    found += bold or []
    return [label for label in map(clean, found) if len(label) >= 2]


def controls_in_line(line: str) -> list[Control]:
    found = [Control(w.lower(), CONTROL_WORDS[w.lower()], clean(n)) for w, n in _CONTROL.findall(line)]
    found += [Control(w.lower(), CONTROL_WORDS[w.lower()], None) for w in _UNNAMED_CONTROL.findall(line)]
    return found


def lines_of(path: Path) -> Iterator[tuple[str, list[str]]]:
    """Each line of the manual with its bold runs (Word only; Markdown marks bold in the text)."""
    if path.suffix == ".docx":
        from docx import Document

        for paragraph in Document(str(path)).paragraphs:
            yield paragraph.text, [run.text for run in paragraph.runs if run.bold and run.text.strip()]
    elif path.suffix == ".pdf":
        from pypdf import PdfReader

        for page in PdfReader(str(path)).pages:
            for line in page.extract_text().splitlines():
                yield line, []
    else:
        for line in path.read_text(encoding="utf-8").splitlines():
            yield line, []


def read(path: Path) -> dict[str, Section]:
    """Section number -> its lines, labels (in order of first appearance) and named controls."""
    sections: dict[str, Section] = {}
    current: Section | None = None
    for line, bold in lines_of(path):
        opened = section_of(line)
        if opened:
            contents = _TABLE_OF_CONTENTS.search(line) is not None  # the table of contents opens nothing
            current = None if contents else sections.setdefault(opened, Section(opened))
            continue
        if current is None:
            continue
        current.lines.append(line)
        current.labels = list(dict.fromkeys([*current.labels, *labels_in_line(line, bold)]))
        current.controls = list(dict.fromkeys([*current.controls, *controls_in_line(line)]))
    return sections
