"""One text of the manual in the four formats a writer may hand in, made at run time from the text
file: Markdown (its tables as pipe tables), Word (python-docx: headings, lists, tables and bold as
Word has them) and PDF (HTML printed by the project's Chromium, with a running head and page
numbers, as a word processor prints it). Also the versions a writer makes of v1.2 (a new version,
a copy changed in form only) and the diff-manual command run in this process."""

from __future__ import annotations

import argparse
import functools
import html
import re
import textwrap
from pathlib import Path

from docx import Document
from docx.text.paragraph import Paragraph
from playwright.sync_api import Browser

from vaccinnet_bdd.livingdoc.manual_html import rendered

FORMATS = ("txt", "md", "docx", "pdf")

HEADING = re.compile(r"^(\d+(?:\.\d+)*) (\S[^\t]{1,100})$")
CONTENTS = re.compile(r"^\d+(?:\.\d+)*\t[^\t]+\t\d+$")
LIST_ITEM = re.compile(r"^(\s*)- (?:o )?(.*)$")
LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")


def heading_level(line: str) -> int | None:
    """1 for "2 INSTRUCTIES", 3 for "2.4.1 Beheren van gebruikers"; None for any other line."""
    match = HEADING.match(line)
    if match is None or match[2].rstrip().endswith((".", ":")):
        return None
    return match[1].count(".") + 1


def as_markdown(text: str) -> str:
    """Headings as # lines; every table (contents and version table too) as a pipe table."""
    out: list[str] = []
    in_table = False
    for line in text.splitlines():
        if "\t" in line:
            cells = [cell.replace("|", "\\|") for cell in line.split("\t")]
            row = "| " + " | ".join(cells) + " |"
            out += [row] if in_table else ["", row, "|" + " --- |" * len(cells)]
            in_table = True
            continue
        if in_table:
            out.append("")
            in_table = False
        level = heading_level(line)
        out.append("#" * level + " " + line if level else line)
    return "\n".join(out) + "\n"


def _plain(text: str) -> str:
    """A piece of the text file as a Word user types it: no Markdown link, escape or HTML tag."""
    text = LINK.sub(r"\1", text)
    text = re.sub(r"<((?:https?|mailto):[^>\s]+)>", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(re.sub(r"\\([()\[\]*_#.!-])", r"\1", text))


def _runs(paragraph: Paragraph, text: str) -> None:
    """``text`` into ``paragraph``, its **...** as bold runs (a mark without its partner dropped)."""
    for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", _plain(text))):
        if part:
            paragraph.add_run(part.replace("**", "")).bold = i % 2 == 1 or None


def as_word(text: str, path: Path) -> Path:
    """Headings in Word's heading styles, the contents as tabbed lines, lists in list styles (Word
    draws the bullet), tab-separated rows as Word tables, bold as bold runs."""
    document = Document()
    rows: list[list[str]] = []

    def table() -> None:
        if rows:
            grid = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    _runs(grid.cell(r, c).paragraphs[0], cell)
            rows.clear()

    for line in text.splitlines():
        if "\t" in line and not CONTENTS.match(line):
            rows.append(line.split("\t"))
            continue
        table()
        if not line.strip():
            continue
        level = heading_level(line)
        item = LIST_ITEM.match(line)
        if level:
            document.add_heading(line, level=level)
        elif item:
            _runs(document.add_paragraph(style="List Bullet 2" if item[1] else "List Bullet"), item[2])
        else:
            _runs(document.add_paragraph(), line)
    table()
    document.save(str(path))
    return path


def as_html(text: str) -> str:
    """The text as a page: headings as h1-h4, the rest as the living report renders a section."""
    parts: list[str] = []
    block: list[str] = []
    for line in text.splitlines():
        level = heading_level(line)
        if level is None:
            block.append(line)
            continue
        parts += [rendered(block), f"<h{level}>{html.escape(line)}</h{level}>"]
        block = []
    parts.append(rendered(block))
    style = "body{font-family:sans-serif;font-size:11pt}td{vertical-align:top;padding:2px 6px}"
    head = f'<head><meta charset="utf-8"><style>{style}</style></head>'
    return f'<!doctype html><html lang="nl">{head}<body>{"".join(parts)}</body></html>'


def as_pdf(text: str, path: Path, browser: Browser) -> Path:
    """The page printed on A4 by Chromium, with a running head and "Pagina N van M" at the foot."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content(as_html(text))
        page.pdf(
            path=str(path),
            format="A4",
            margin={"top": "2cm", "bottom": "2cm", "left": "2cm", "right": "2cm"},
            display_header_footer=True,
            header_template='<div style="font-size:8px;margin-left:2cm">Handleiding Vaccinnet</div>',
            footer_template=(
                '<div style="font-size:8px;margin-left:2cm">'
                'Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>'
            ),
        )
    finally:
        context.close()
    return path


def every_format(text: str, folder: Path, name: str, browser: Browser) -> dict[str, Path]:
    """``text`` as .txt, .md, .docx and .pdf in ``folder``, by format."""
    folder.mkdir(parents=True, exist_ok=True)
    txt, md = folder / f"{name}.txt", folder / f"{name}.md"
    txt.write_text(text, encoding="utf-8")
    md.write_text(as_markdown(text), encoding="utf-8")
    return {
        "txt": txt,
        "md": md,
        "docx": as_word(text, folder / f"{name}.docx"),
        "pdf": as_pdf(text, folder / f"{name}.pdf", browser),
    }


# Versions of the text, made from v1.2 ---------------------------------------------------------------

STRAIGHT_QUOTED = re.compile(r"(?<![\w'])'([^'\n]{2,90}?)'(?![\w])")  # as the reader finds a quoted label


def edit(text: str, *edits: tuple[str, str]) -> str:
    """``text`` with each (old, new) replaced; an old text it lacks fails the test."""
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    return text


def version_1_3(text: str) -> str:
    """v1.2 with §2.3 removed and the sections after it renumbered (2.4 -> 2.3, 2.4.1 -> 2.3.1, ...),
    a new §1.4, §1.3 retitled, a label renamed in §2.1, a sentence reworded in §2.2, version 1.3."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("2.3 "))
    end = next(i for i, line in enumerate(lines) if line.startswith("2.4 "))
    lines = [line for line in lines[:start] + lines[end:] if not line.startswith("2.3\t")]
    lines = [re.sub(r"^2\.4(?=[.\t ])", "2.3", line) for line in lines]
    last = next(i for i, line in enumerate(lines) if line.startswith("1.2\tActualisatie\t"))
    lines.insert(last + 1, "1.3\tActualisatie\t1/09/2026\tRedactie\t")
    return edit(
        "\n".join(lines) + "\n",
        ("1.3\tDefinities", "1.3\tBegrippen"),
        ("1.3 DEFINITIES", "1.3 BEGRIPPEN"),
        ("\n2\tINSTRUCTIES", "\n1.4\tAfkortingen\t5\n2\tINSTRUCTIES"),
        ("\n2 INSTRUCTIES", "\n1.4 AFKORTINGEN\n\nHTB staat voor 'Hoofdtoegangsbeheerder'.\n\n2 INSTRUCTIES"),
        ("“eHealth certificaat beheerder”", "“eHealth-certificaatbeheerder”"),
        ("Dit kan enkel gebeuren door de wettelijke", "Enkel de wettelijke"),
    )


def form_only(text: str) -> str:
    """v1.2 changed in form only: curly quotes around every quoted label, double spaces, trailing
    blanks, four paragraphs wrapped anew (one word hyphenated at a line's end), a label over two
    lines, other bullets, a non-breaking space, a soft hyphen and an en dash."""
    lines = STRAIGHT_QUOTED.sub(r"‘\1’", text).splitlines()
    body = next(i for i, line in enumerate(lines) if line.startswith("2 INSTRUCTIES"))
    prose = [
        i
        for i, line in enumerate(lines)
        if i > body and len(line) > 200 and not line.startswith(("-", " ")) and "\t" not in line and "<" not in line
    ]
    for n, i in enumerate(prose[:4]):
        head, word, tail = lines[i], "", ""
        if n == 0:  # the first with a long word hyphenated at a line's end
            word = re.findall(r"\b[a-z]{12,}\b", lines[i])[0]
            head, tail = lines[i].split(word, 1)
            head, tail = head + word[:6] + "-", word[6:] + tail
        wrap = functools.partial(textwrap.wrap, width=60, break_long_words=False, break_on_hyphens=False)
        lines[i] = "\n".join(wrap(head) + (wrap(tail) if tail else []))
    scope = next(i for i, line in enumerate(lines) if line.startswith("1.2 SCOPE"))
    for i in range(scope, scope + 20):
        if lines[i].startswith("- "):
            lines[i] = "• " + lines[i][2:]
    lines = [line.replace(" de ", "  de ", 1) + ("  " if i % 3 == 0 and line else "") for i, line in enumerate(lines)]
    return edit(
        "\n".join(lines) + "\n",
        ("‘Toegangsbeheerders aanstellen’ open", "‘Toegangsbeheerders\naanstellen’ open"),
        ("02 453 29 78", "02\u00a0453\u00a029\u00a078"),
        ("gebruikersbeheer ", "gebruikers\u00adbeheer "),
        ('" - open', '" – open'),
    )


def diff_manual_command(old: Path, new: Path, *options: str) -> int:
    """``vaccinnet-bdd diff-manual OLD NEW OPTIONS`` as the command line parses and runs it: its exit code."""
    from vaccinnet_bdd.cli import diff_manual

    parser = argparse.ArgumentParser()
    diff_manual.add_parser(parser.add_subparsers())
    args = parser.parse_args(["diff-manual", str(old), str(new), *options])
    return diff_manual.main(args, [])
