"""A text as a reader sees it, whatever its format and typography: for comparing versions of the manual.

``normal`` makes one kind of quote, apostrophe, dash and space, drops soft hyphens and reads
ligatures as letters; ``as_seen`` leaves out Markdown's and HTML's syntax (a link's text stays);
``words`` gives the words of a section's lines, list bullets left out and a word broken after a
hyphen at a line's end joined again (hyphenation, a compound's own hyphen or a hyphen before "en":
as the texts compared write it elsewhere, ``vocabulary``); ``paragraphs`` joins a line with the next
where a quote or a bold part runs on, so that a label wrapped over two lines is one.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator

_TAGS = re.compile(r"<[^>]+>")
# What a reader does not see of a line: Markdown's and HTML's syntax, and how a format draws a bullet.
_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()\s]|\([^()\s]*\))*\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")  # a URL may hold one pair of brackets
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_BULLETS = "•◦▪▫‣·●∙\uf000-\uf0ff"  # the last: Word's bullets in the Symbol and Wingdings fonts of a PDF
_LEADING_BULLETS = re.compile(rf"^(?:(?:[-*+{_BULLETS}]|\d{{1,2}}[.)]|o)\s+)+")
_ONLY_MARKS = re.compile(rf"[-{_BULLETS}]+")
_BLOCK_START = re.compile(r"^\s*(?:[-*+•]\s|\d{1,2}[.)]\s|#|\|)")
_FORM = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
    }
)
# A line ending in "Toegangs-" before "en" keeps its hyphen and its space.
_CONJUNCTIONS = {"en", "of", "tot", "noch", "als", "en/of", "and", "or"}
_BROKEN = "\x00"  # joins the two halves of a word broken after a hyphen, until a vocabulary decides


def normal(text: str) -> str:
    """Text as a reader sees it, whatever the typography: straight quotes and apostrophes, one kind of
    dash, no soft hyphen, single spaces (a non-breaking one too), ligatures as letters."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_FORM)).strip()


def plain(line: str) -> str:
    """A line without the marks of a heading or of bold, its typography as ``normal`` has it (tabs kept),
    for finding its number and title."""
    text = unicodedata.normalize("NFKC", line.strip().lstrip("#").replace("**", "")).translate(_FORM)
    return re.sub(r" {2,}", " ", text).strip()


def unlinked(line: str) -> str:
    """A line with a link's text for the link, its tags and escapes left out: as its reader sees it."""
    return _ESCAPE.sub(r"\1", _TAGS.sub(" ", _AUTOLINK.sub(r"\1", _LINK.sub(r"\1", _IMAGE.sub(" ", line)))))


def as_seen(line: str) -> str:
    """What a reader sees of a line: a link's text, no tags, no bold marks, no escapes."""
    return html.unescape(unlinked(line.replace("**", "")))


def _core(word: str) -> str:
    return normal(as_seen(word)).strip(".,;:!?()[]'\"*")


def _blocks(lines: Iterable[str]) -> Iterator[list[str]]:
    """The lines by paragraph: a blank line, a list item, a heading or a table row begins another."""
    block: list[str] = []
    for line in lines:
        starts = not line.strip() or "\t" in line or _BLOCK_START.match(line) is not None
        if block and (starts or "\t" in block[-1]):
            yield block
            block = []
        if line.strip():
            block.append(line)
    if block:
        yield block


def _tokens(lines: Iterable[str]) -> list[str]:
    """The words of ``lines`` as a reader sees them; a word a line ends after a hyphen, with the first
    word of the next line, as one token joined by _BROKEN (a vocabulary decides later). Markup is
    read per paragraph, so a link wrapped over two lines is still a link."""
    tokens: list[str] = []
    for block in _blocks(lines):
        broken = False  # whether the last token ended its line after a letter or digit and a hyphen
        for line in as_seen("\n".join(block)).split("\n"):
            words = [w for w in _LEADING_BULLETS.sub("", normal(line)).split() if not _ONLY_MARKS.fullmatch(w)]
            if words and broken and words[0][:1].isalpha():
                tokens[-1] += _BROKEN + words.pop(0)
            tokens += words
            broken = bool(words) and re.search(r"[^\W_]-$", words[-1]) is not None
    return tokens


def vocabulary(lines: Iterable[str]) -> set[str]:
    """The words of ``lines`` that no line break cut, to decide how a broken word is joined."""
    return {_core(token) for token in _tokens(lines) if _BROKEN not in token}


def _rejoin(head: str, tail: str, known: Collection[str]) -> list[str]:
    """A word broken after a hyphen at a line's end: hyphenation ("gebruikers-" "beheer": one word,
    without it), a compound's own hyphen ("RIZIV-" "organisatie") or a hyphen before a conjunction
    ("Toegangs-" "en"): as the text elsewhere writes it, else by the letters around the hyphen."""
    whole, hyphened = head[:-1] + tail, head + tail
    if _core(whole) in known:
        return [whole]
    if _core(hyphened) in known:
        return [hyphened]
    if _core(tail).lower() in _CONJUNCTIONS:
        return [head, tail]
    return [whole] if head[-2:-1].islower() and tail[:1].islower() else [hyphened]


def words(lines: Iterable[str], known: Collection[str] = ()) -> list[str]:
    """The words of ``lines`` as a reader sees them (see the module's text); a word broken at a line's
    end joined as ``known`` (the words of the texts compared) writes it."""
    found = []
    for token in _tokens(lines):
        if _BROKEN in token:
            head, tail = token.split(_BROKEN, 1)
            found += _rejoin(head, tail, known)
        else:
            found.append(token)
    return found


def _open(text: str) -> bool:
    """Whether a line leaves a quote or a bold part open (a straight quote opens before a word and
    closes after one; an apostrophe between letters does neither)."""
    if text.count("**") % 2 or text.count("“") > text.count("”") or text.count("‘") > text.count("’"):
        return True
    for quote in "'\"":
        is_open = False
        for at in (i for i, char in enumerate(text) if char == quote):
            before, after = text[at - 1 : at] if at else "", text[at + 1 : at + 2]
            if is_open and before.strip() and not (after.isalnum() or after == "_"):
                is_open = False
            elif not (before.isalnum() or before in ("_", quote)) and after.strip():
                is_open = True
        if is_open:
            return True
    return False


def paragraphs(lines: Iterable[str], known: Collection[str] = ()) -> list[str]:
    """The lines, a line joined with the next where it leaves a quote or a bold part open, or ends in
    bold where the next begins in bold: a label wrapped over two lines is one label, in every format."""
    out: list[str] = []
    for line in lines:
        before = out[-1] if out else ""
        wrapped = bool(before.strip() and line.strip()) and not _BLOCK_START.match(line) and "\t" not in before + line
        bold_on = before.rstrip().endswith("**") and line.lstrip().startswith("**")
        if wrapped and len(before) < 2000 and (_open(before) or bold_on):
            out[-1] = _joined(before.rstrip(), line.strip(), known)
        else:
            out.append(line)
    return out


def _joined(before: str, line: str, known: Collection[str]) -> str:
    if before.endswith("**") and line.startswith("**") and not before.endswith("****"):
        return f"{before[:-2]} {line[2:]}"
    head, tail = before.split()[-1], line.split()[0]
    if re.search(r"[^\W_]-$", normal(as_seen(head))) and as_seen(tail)[:1].isalpha():
        rejoined = _rejoin(head, tail, known)
        if len(rejoined) == 1:
            return before[: -len(head)] + rejoined[0] + line[len(tail) :]
    return f"{before} {line}"
