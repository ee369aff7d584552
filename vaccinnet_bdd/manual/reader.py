"""The user's own copy of the manual, read at run time: its outline, its sections, their text and
the labels they quote.

Plain text, Markdown, Word (.docx) or PDF (its text layer), each read into one form by ``formats``,
so the same text gives the same outline, version, sections and labels in every format. Nothing of
the manual is stored in the project. The outline comes from the file itself: its table of contents
(numbers, titles, page numbers; in a PDF a page number may follow its title after one space) or
else its headings (Markdown's, Word's heading styles, a PDF's bold lines), and the version and date
from the last row of its version table (a table of any format, or a PDF's text). A heading line
opens a section when number and title match; a line of the contents opens none. A label is read
from the text as its reader sees it (a link's text, not its syntax), and a label wrapped over two
lines is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import outline
from .formats import lines_of
from .seen import as_seen, normal, paragraphs, plain, unlinked, vocabulary
from .vocabulary import CONTROL_WORDS

_HEADING = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s+(\S.*?)\s*$")
_TABLE_OF_CONTENTS = re.compile(r"(\t|\.{3,}|\s{2,})\s*\d+\s*$")  # a heading followed by its page number
_QUOTED = (
    re.compile(r"‘([^’\n]{2,90}?)’"),
    re.compile(r"“([^”\n]{2,90}?)”"),
    re.compile(r"(?<![\w\"])\"([^\"\n]{2,90}?)\"(?![\w])"),
    re.compile(r"(?<![\w'])'([^'\n]{2,90}?)'(?![\w])"),
)
_BOLD = re.compile(r"\*\*([^*\n]{2,90}?)\*\*")
_CONTROL = re.compile(r"\b(" + "|".join(CONTROL_WORDS) + r")\s+(?:[‘'\"“])([^’'\"”\n]{2,90})[’'\"”]", re.IGNORECASE)
_UNNAMED_CONTROL = re.compile(r"\b(keuzevakje)\b(?!\s+[‘'\"“])", re.IGNORECASE)

# The outline: a numbered line, perhaps ending in a page number (a line of the table of contents).
_CANDIDATE = re.compile(r"^(\d+(?:\.\d+)*)\.?[ \t]+([A-Za-zÀ-ÿ].*?)\s*$")
_PAGE = re.compile(r"^(.*?\S)(\t+|\s*\.{2,}\s*|\s*…+\s*|\s{2,}| )(\d{1,4})$")
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_VERSION = re.compile(r"\d+(?:\.\d+)+")


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
    label = label.translate({0xAD: None, 0x200B: None})
    return re.sub(r"\s+", " ", label.strip().strip("*'\"‘’“”").strip().rstrip(":").strip())


def section_of(line: str, known: outline.Outline = outline.BUILT_IN) -> str | None:
    """The section of ``known`` a heading line opens (the title must match, so tables are not taken)."""
    match = _HEADING.match(plain(line))
    titles = {s.number: normal(s.title).lower() for s in known.sections}
    if match and match.group(1) in titles:
        title = normal(match.group(2).split("\t")[0]).lower()
        if title.startswith(titles[match.group(1)][:20]):
            return match.group(1)
    return None


def _is_contents(line: str, known: outline.Outline) -> bool:
    """Whether a heading line is a line of the table of contents: its title, then a page number."""
    if _TABLE_OF_CONTENTS.search(line):
        return True
    match = _HEADING.match(plain(line))
    titles = {s.number: normal(s.title).lower() for s in known.sections}
    if not match or match.group(1) not in titles:
        return False
    text, title = normal(match.group(2)).lower(), titles[match.group(1)]
    return text.startswith(title) and re.fullmatch(r"[\s.…_]*\d{1,4}", text[len(title) :]) is not None


def _title(text: str) -> str:
    """A title as the outline keeps it: a title in capitals as a sentence ("INLEIDING": "Inleiding")."""
    text = re.sub(r"\s+", " ", text).strip()
    return text[:1] + text[1:].lower() if text.isupper() else text


@dataclass(frozen=True)
class _Candidate:
    """A numbered line that may be a heading, or a line of the table of contents (with its page)."""

    index: int
    number: str
    title: str
    page: str | None
    strong: bool  # the page number stands apart by a tab, dots or spaces, as only a table of contents has it
    marked: bool  # a Markdown (or Word) heading, or a line all in bold (a PDF's heading)


def _candidates(lines: tuple[str, ...]) -> list[_Candidate]:
    found = []
    for index, line in enumerate(lines):
        marked = line.lstrip().startswith("#") or re.fullmatch(r"\s*\*\*[^*]+\*\*\s*", line) is not None
        match = _CANDIDATE.match(plain(line))
        if match is None:
            continue
        title, page, strong = match[2], None, False
        if not line.lstrip().startswith("#") and (paged := _PAGE.match(title)):
            title, page, strong = paged[1], paged[3], paged[2] != " "
        if "\t" in title or _DATE.search(title) or len(title) > 150:
            continue
        found.append(_Candidate(index, match[1], title, page, strong, marked))
    return found


def _version(lines: Iterable[str]) -> tuple[str, str] | None:
    """Version and date of the last row of a version table: a version number first on its line, and
    a date a few cells on (in a PDF the cells may stand on lines of their own)."""
    tokens = [(token, i == 0) for line in lines for i, token in enumerate(as_seen(line).split())]
    found = None
    for i, (token, first) in enumerate(tokens):
        if first and _VERSION.fullmatch(token):
            for following, first_of_line in tokens[i + 1 : i + 5]:
                if first_of_line and _VERSION.fullmatch(following):
                    break
                if _DATE.fullmatch(following):
                    found = (token, following)
                    break
    return found


def outline_of(path: Path) -> outline.Outline | None:
    """The outline the file gives: its table of contents (or its headings), and the version and date
    of the last row of its version table; None when it has neither contents nor headings."""
    lines = lines_of(path)
    title = next(
        (_title(p.strip("# \t")) for p in map(plain, lines) if "handleiding" in p.lower() and len(p.strip()) < 120),
        "",
    )
    found = _candidates(lines)
    # A line of the contents: its page number set apart, or its section's heading follows further on.
    contents_at = {
        c.index
        for c in found
        if c.page is not None and (c.strong or any(d.number == c.number and d.index > c.index for d in found))
    }
    contents: dict[str, str] = {}
    for c in found:
        if c.index in contents_at:
            contents.setdefault(c.number, _title(c.title))
    after = max(contents_at) if len(contents) >= 2 else -1
    body = [c for c in found if c.index > after and c.index not in contents_at]
    # Where the file marks its headings (Markdown, Word's styles, a PDF's bold), an unmarked line is none.
    marks = any(c.marked for c in body if c.number in contents or not contents)
    headings: dict[str, str] = {}
    body_start = len(lines)
    for c in body:
        heading = c.title if c.page is None else f"{c.title} {c.page}"
        if heading.rstrip().endswith((".", ":", ",", ";")) or (marks and not c.marked):
            continue
        if c.marked or "." in c.number or heading.isupper() or c.number in contents:
            headings.setdefault(c.number, _title(heading))
            body_start = min(body_start, c.index)
    # The contents name the sections (a heading deeper than they go, or new since, is taken too).
    numbered = {**headings, **contents} if len(contents) >= 2 else headings
    if not numbered:
        return None
    numbered = dict(sorted(numbered.items(), key=lambda item: [int(part) for part in item[0].split(".")]))
    version, date = _version(lines[:body_start]) or _version(lines) or ("?", "?")
    sections = tuple(outline.Section(number, name) for number, name in numbered.items())
    return outline.Outline(title or path.stem, version, date, sections)


def labels_in_line(line: str, bold: list[str] | None = None) -> list[str]:
    line = unlinked(line)
    quoted = [(m.start(), m[1]) for pattern in _QUOTED for m in pattern.finditer(line)]
    quoted += [(m.start(), m[1]) for m in _BOLD.finditer(line) if not any(q in m[1] for q in "'\"‘’“”")]
    found = [label for _, label in sorted(quoted, key=lambda item: item[0])]  # in the order they stand
    found += bold or []
    return [label for label in map(clean, found) if len(label) >= 2]


def controls_in_line(line: str) -> list[Control]:
    line = unlinked(line)
    found = [Control(w.lower(), CONTROL_WORDS[w.lower()], clean(n)) for w, n in _CONTROL.findall(line)]
    found += [Control(w.lower(), CONTROL_WORDS[w.lower()], None) for w in _UNNAMED_CONTROL.findall(line)]
    return found


# Reading the sections -----------------------------------------------------------------------------


def read(path: Path, known: outline.Outline | None = None) -> dict[str, Section]:
    """Section number -> its lines, labels (in order of first appearance) and named controls; the
    sections are those of ``known``, by default of the file's own outline."""
    lines = lines_of(path)
    known = known or outline_of(path) or outline.BUILT_IN
    sections: dict[str, Section] = {}
    current: Section | None = None
    for line in lines:
        opened = section_of(line, known)
        if opened:
            # the table of contents opens nothing, and what follows it belongs to no section
            current = None if _is_contents(line, known) else sections.setdefault(opened, Section(opened))
            continue
        if current is not None:
            current.lines.append(line)
    known_words = vocabulary(lines)
    for section in sections.values():
        for paragraph in paragraphs(section.lines, known_words):
            section.labels = list(dict.fromkeys([*section.labels, *labels_in_line(paragraph)]))
            section.controls = list(dict.fromkeys([*section.controls, *controls_in_line(paragraph)]))
    return sections
