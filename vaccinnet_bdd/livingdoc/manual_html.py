"""A section of the user's manual as a writer reads it: Markdown and the file's HTML pieces rendered
(markdown-it-py, with tables), then sanitised (nh3: no script, no event handler, no style, no image
or other outside resource), links inside the manual left out; the quoted labels marked afterwards
in the text only, never inside a tag.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import nh3
from markdown_it import MarkdownIt

# What a rendered section may keep: text structure, tables, links out of the manual.
TAGS = {"p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td"}
TAGS |= {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "code", "pre", "a", "hr", "span", "sup", "sub"}
ATTRIBUTES = {"a": {"href"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
_INTERNAL_LINK = re.compile(r"\[([^\]]*)\]\(#[^)]*\)")  # [3.1.1 hieronder](#): a link inside the manual
_TAG = re.compile(r"(<[^>]*>)")

_markdown = MarkdownIt("commonmark", {"html": True}).enable("table")


def _tables(lines: list[str]) -> list[str]:
    """Rows of cells separated by tabs (how the manual's file writes a table) as one HTML table each;
    a cell's Markdown and inline HTML rendered."""
    out: list[str] = []
    rows: list[list[str]] = []
    for line in [*lines, ""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if len(rows) >= 2:
            cells = ["".join(f"<td>{_markdown.renderInline(cell.strip())}</td>" for cell in row) for row in rows]
            out += ["", "<table>" + "".join(f"<tr>{row}</tr>" for row in cells) + "</table>", ""]  # a block
        else:
            out += ["\t".join(row) for row in rows]
        rows = []
        out.append(line)
    return out[:-1]


def rendered(lines: list[str]) -> str:
    """The section's text as safe HTML."""
    source = _INTERNAL_LINK.sub(r"\1", "\n".join(_tables(lines)))
    unsafe = _markdown.render(source)
    safe = nh3.clean(
        unsafe,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    # A bold marker without its partner (the file's "- CSAM**: ...") is left by Markdown as text.
    return "".join(part if part.startswith("<") else part.replace("**", "") for part in _TAG.split(safe))


def marked(safe_html: str, labels: list[str], mark: Callable[[str, str], str]) -> str:
    """``safe_html`` with every label of ``labels`` in its text wrapped by ``mark(escaped, label)``."""
    if not labels:
        return safe_html
    escaped = {html.escape(label, quote=False): label for label in labels}
    pattern = re.compile("|".join(re.escape(e) for e in sorted(escaped, key=len, reverse=True)))
    parts = _TAG.split(safe_html)
    return "".join(
        part if part.startswith("<") else pattern.sub(lambda m: mark(m.group(0), escaped[m.group(0)]), part)
        for part in parts
    )
