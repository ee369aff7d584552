"""Each format of the manual read into one form: lines of Markdown-like text.

Plain text and Markdown as they are, a pipe table's rows as cells separated by tabs; Word (.docx,
python-docx) with its bold runs as ``**...**``, a heading style as a ``#`` line, a list paragraph as
``- `` (Word draws its bullet), a table's row as cells separated by tabs (a merged cell once); a PDF's
text layer (pypdf) with its bold fonts as ``**...**``, without the lines that repeat at the top or
bottom of its pages (running heads, page numbers), a bold heading wrapped over two lines as one.
So the same text gives the same lines, whichever format holds it.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .seen import plain

FORMATS = (".txt", ".md", ".markdown", ".docx", ".pdf")
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?\|?\s*$")
_PAGE_NUMBER = re.compile(r"(?:pagina|page|p\.)?\s*\d{1,4}(?:\s*(?:/|van|of|-)\s*\d{1,4})?", re.IGNORECASE)
_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.?\s+\S")
_BOLD_FONT = re.compile(r"bold|black|heavy|demi", re.IGNORECASE)


class ManualError(ValueError):
    """A file that cannot be read as a manual; the message says why, in Dutch, for the user."""


# Reading each format ------------------------------------------------------------------------------


def lines_of(path: Path) -> tuple[str, ...]:
    """The manual's lines as every format is read (see the module's text); read once per file version.

    Raises ManualError, with the reason in Dutch, for a file that is missing, of an unknown kind,
    unreadable or empty."""
    try:
        stat = path.stat()
    except OSError as error:
        raise ManualError(f"{path}: niet te lezen ({error.strerror or error}).") from error
    return _read_lines(path.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def _read_lines(path: Path, modified: int, size: int) -> tuple[str, ...]:
    """Cached by the file's time and size: the outline and the sections read a PDF once, not twice."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ManualError(
            f"{path.name}: onbekend soort bestand ({suffix or 'zonder extensie'}); geef de handleiding als "
            ".txt, .md, .docx of .pdf."
        )
    kinds = {".docx": "Word-bestand (.docx)", ".pdf": "PDF-bestand"}
    try:
        if suffix == ".docx":
            lines = _docx_lines(path)
        elif suffix == ".pdf":
            lines = _pdf_lines(path)
        else:
            lines = _text_lines(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ManualError(
            f"{path.name} is geen tekst in UTF-8: bewaar het als UTF-8, of geef een .docx of .pdf."
        ) from error
    except OSError as error:
        raise ManualError(f"{path.name}: niet te lezen ({error.strerror or error}).") from error
    except Exception as error:  # python-docx and pypdf raise many kinds of error for a damaged file
        raise ManualError(f"{path.name} is geen leesbaar {kinds[suffix]} ({error}).") from error
    if not any(line.strip() for line in lines):
        empty = "heeft geen tekstlaag (een scan?)" if suffix == ".pdf" else "is leeg"
        raise ManualError(f"{path.name} {empty}: er is geen tekst om te lezen.")
    return tuple(lines)


def _text_lines(text: str) -> list[str]:
    """Plain text or Markdown; a pipe table's rows as cells separated by tabs, its rule left out."""
    lines = []
    for line in text.splitlines():
        if "|" in line and _PIPE_RULE.match(line):
            continue
        row = _PIPE_ROW.match(line)
        if row:
            line = "\t".join(cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row[1]))
        lines.append(line)
    return lines


def _marked(parts: Iterable[tuple[str, bool]]) -> str:
    """Runs of text, the bold ones as **...**: neighbouring bold runs as one (a space between them
    too), the spaces around a bold run outside its marks, each line of it marked apart."""
    runs: list[list[Any]] = []
    for text, bold in parts:
        if not text:
            continue
        if runs and (runs[-1][1] == bold or not text.strip()):
            runs[-1][0] += text
        else:
            runs.append([text, bold])
    out = []
    for text, bold in runs:
        if not bold:
            out.append(text)
            continue
        pieces = []
        for piece in text.split("\n"):
            core = piece.strip()
            lead, trail = piece[: len(piece) - len(piece.lstrip())], piece[len(piece.rstrip()) :]
            pieces.append(f"{lead}**{core}**{trail}" if core else piece)
        out.append("\n".join(pieces))
    return "".join(out)


def _docx_text(paragraph: Any) -> str:
    from docx.text.hyperlink import Hyperlink

    parts = []
    for item in paragraph.iter_inner_content():  # runs, and the runs of hyperlinks, in order
        for run in item.runs if isinstance(item, Hyperlink) else [item]:
            style_bold = run.style is not None and run.style.font.bold
            parts.append((run.text, bool(run.bold or (run.bold is None and style_bold))))
    return _marked(parts)


def _docx_lines(path: Path) -> list[str]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines = []
    for block in Document(str(path)).iter_inner_content():  # paragraphs and tables, in the document's order
        if isinstance(block, Paragraph):
            text = _docx_text(block)
            style = (block.style.name if block.style is not None else "").lower()
            heading = re.match(r"(?:heading|kop) (\d)", style)
            numbered = block._p.xpath("./w:pPr/w:numPr")  # a list paragraph: its bullet is no text
            if heading:
                lines.append("#" * int(heading[1]) + " " + plain(text))
            elif style in ("title", "titel"):
                lines.append("# " + plain(text))
            elif numbered or style.startswith(("list", "lijst")):
                level = block._p.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
                lines.append("  " * int(level[0] if level else 0) + "- " + text.replace("\n", " "))
            else:
                lines += text.split("\n")
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                seen: list[Any] = []
                for cell in row.cells:
                    if any(cell._tc is tc for tc in seen):  # a merged cell comes once for each column it spans
                        continue
                    seen.append(cell._tc)
                    text = " ".join(_docx_text(p) for p in cell.paragraphs)
                    cells.append(re.sub(r"[\t\n]", " ", text).strip())
                lines.append("\t".join(cells))
    return lines


@dataclass
class _PdfLine:
    text: str
    size: float  # of its first letters' font
    bold: bool  # all of it


def _pdf_lines(path: Path) -> list[str]:
    """The text layer, page by page (pypdf), its bold fonts as **...**; the lines that repeat at the
    top or bottom of the pages (running heads, page numbers) left out; a bold numbered heading
    wrapped over two lines joined."""
    from pypdf import PdfReader

    pages = [_page_lines(page) for page in PdfReader(str(path)).pages]
    kept = _without_running_heads(pages)
    body = Counter(line.size for line in kept).most_common(1)[0][0] if kept else 0.0
    joined: list[_PdfLine] = []
    for line in kept:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.bold
            and line.bold
            and before.size == line.size > body
            and _NUMBERED.match(plain(before.text))
            and not _NUMBERED.match(plain(line.text))
            and len(before.text) < 200
        ):
            before.text = f"**{plain(before.text)} {plain(line.text)}**"
        else:
            joined.append(line)
    return [line.text for line in joined]


def _page_lines(page: Any) -> list[_PdfLine]:
    """A page's lines as pypdf extracts them, each with its bold (from the font's name) and size."""
    parts: list[tuple[str, bool, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        name = str(font.get("/BaseFont", "")) if font else ""
        parts.append((text, _BOLD_FONT.search(name) is not None, round(size * math.hypot(tm[2], tm[3]), 1)))

    page.extract_text(visitor_text=visit)
    lines: list[list[tuple[str, bool, float]]] = [[]]
    for text, bold, size in parts:
        for i, piece in enumerate(text.split("\n")):
            if i:
                lines.append([])
            lines[-1].append((piece, bold, size))
    return [
        _PdfLine(
            _marked((t, b) for t, b, _ in line),
            next((s for t, _, s in line if t.strip()), 0.0),
            all(b for t, b, _ in line if t.strip()),
        )
        for line in lines
        if any(t.strip() for t, _, _ in line)
    ]


def _without_running_heads(pages: list[list[_PdfLine]]) -> list[_PdfLine]:
    def key(line: _PdfLine) -> str:
        return re.sub(r"\d+", "#", plain(line.text)).lower()

    def edges(page: list[_PdfLine]) -> set[int]:
        return {*range(min(2, len(page))), *range(max(0, len(page) - 2), len(page))}

    counts = Counter(k for page in pages for k in {key(page[i]) for i in edges(page)})
    repeated = {k for k, n in counts.items() if len(pages) >= 3 and n >= max(3, len(pages) / 2)}
    return [
        line
        for page in pages
        for i, line in enumerate(page)
        if not (
            i in edges(page)
            and (key(line) in repeated or (len(pages) > 1 and _PAGE_NUMBER.fullmatch(plain(line.text))))
        )
    ]
