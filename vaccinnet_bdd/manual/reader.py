"""The user's own copy of the manual, read at run time: its outline, its sections, their text and
the labels they quote.

Plain text, Markdown, Word (.docx, with its bold runs and its tables) or PDF (its text layer).
Nothing of the manual is stored in the project. The outline comes from the file itself: its table
of contents (numbers, titles, page numbers) or else its Markdown headings, and the version and date
from the last row of its version table. A heading line opens a section when number and title match.
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
_CONTENTS_LINE = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?[\t ]+(\S.*?)(?:\t+|\s{2,}|\.{3,}\s*)(\d+)\s*$")
_MARKDOWN_HEADING = re.compile(r"^#+\s*(\d+(?:\.\d+)*)\.?\s+(\S.*?)\s*#*\s*$")
_BODY_HEADING = re.compile(r"^(\d+(?:\.\d+)+) +([A-Za-zÀ-ÿ][^\t]{1,100}?)\s*$")  # "2.4.1.1 Toevoegen van ..."
_VERSION_ROW = re.compile(r"^\s*(\d+(?:\.\d+)+)\t+[^\t]*\t+(\d{1,2}/\d{1,2}/\d{4})")
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


def section_of(line: str, known: outline.Outline = outline.BUILT_IN) -> str | None:
    """The section of ``known`` a heading line opens (the title must match, so tables are not taken)."""
    match = _HEADING.match(line.lstrip("#"))
    titles = {s.number: s.title.lower() for s in known.sections}
    if match and match.group(1) in titles:
        title = match.group(2).split("\t")[0].lower()
        if title.startswith(titles[match.group(1)][:20]):
            return match.group(1)
    return None


def _title(text: str) -> str:
    """A title as the outline keeps it: a title in capitals as a sentence ("INLEIDING": "Inleiding")."""
    text = re.sub(r"\s+", " ", text).strip()
    return text[:1] + text[1:].lower() if text.isupper() else text


def outline_of(path: Path) -> outline.Outline | None:
    """The outline the file gives: its table of contents (or its Markdown headings), and the version
    and date of the last row of its version table; None when it has neither contents nor headings."""
    contents: dict[str, str] = {}
    headings: dict[str, str] = {}
    versions: list[tuple[str, str]] = []
    title = ""
    for line, _ in lines_of(path):
        if not title and "handleiding" in line.lower() and len(line.strip()) < 120:
            title = _title(line.strip("# \t"))
        if found := _CONTENTS_LINE.match(line):
            contents.setdefault(found[1], _title(found[2]))
        elif (found := _MARKDOWN_HEADING.match(line) or _BODY_HEADING.match(line)) and not found[2].rstrip().endswith(
            (".", ":", ",")
        ):
            headings.setdefault(found[1], _title(found[2]))
        if found := _VERSION_ROW.match(line):
            versions.append((found[1], found[2]))
    # The contents name the sections (a heading deeper than they go, or new since, is taken too).
    numbered = {**headings, **contents} if len(contents) >= 2 else headings
    if not numbered:
        return None
    numbered = dict(sorted(numbered.items(), key=lambda item: [int(part) for part in item[0].split(".")]))
    version, date = versions[-1] if versions else ("?", "?")
    sections = tuple(outline.Section(number, name) for number, name in numbered.items())
    return outline.Outline(title or path.stem, version, date, sections)


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
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = Document(str(path))
        for block in document.iter_inner_content():  # paragraphs and tables, in the document's order
            if isinstance(block, Paragraph):
                yield block.text, [run.text for run in block.runs if run.bold and run.text.strip()]
            elif isinstance(block, Table):
                for row in block.rows:
                    yield "\t".join(cell.text for cell in row.cells), []
    elif path.suffix == ".pdf":
        from pypdf import PdfReader

        for page in PdfReader(str(path)).pages:
            for line in page.extract_text().splitlines():
                yield line, []
    else:
        for line in path.read_text(encoding="utf-8").splitlines():
            yield line, []


def read(path: Path, known: outline.Outline | None = None) -> dict[str, Section]:
    """Section number -> its lines, labels (in order of first appearance) and named controls; the
    sections are those of ``known``, by default of the file's own outline."""
    known = known or outline_of(path) or outline.BUILT_IN
    sections: dict[str, Section] = {}
    current: Section | None = None
    for line, bold in lines_of(path):
        opened = section_of(line, known)
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
