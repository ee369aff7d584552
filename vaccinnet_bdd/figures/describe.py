"""The manual's own descriptions of its screenshots, matched to the figures, for the index page.

The manual's file describes each screenshot in an English block ("The screenshot shows ..."); each
figure gets the block that reads most like it (the labels it quotes that the figure's screen shows,
and its place in the section).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from vaccinnet_bdd.manual.reader import labels_in_line
from vaccinnet_bdd.manual.reader import read as read_manual

from .compare import order

SCREENSHOT = "The screenshot shows"


# Words that tell an English block from a Dutch one (words both languages share are left out).
_ENGLISH_WORDS = "the a an with and are there for on to at this its by shows labeled includes below above has which"
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_DUTCH_WORDS = "de het een je u uw van op en met voor die dat niet wordt als klik naar bij er dit zijn ook kan om te"
_DUTCH = frozenset(_DUTCH_WORDS.split())
# Labels of the portals inside a description: quoted, in bold, or an item's title ("- AANMELDEN met eID**: ...").
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|‘[^’\n]*’|“[^”\n]*”|\*\*[^*\n]*\*\*|^\s*-\s[^*\n]*\*\*", re.MULTILINE)


def reads_english(lines: list[str]) -> bool:
    """Whether a block of the manual is English, as its descriptions of screenshots are (the quoted
    labels of the portals, in Dutch, left out)."""
    words = re.findall(r"[a-zà-ÿ]+", _QUOTED.sub(" ", "\n".join(lines)).lower())
    return sum(w in _ENGLISH for w in words) > sum(w in _DUTCH for w in words)


def blocks(lines: list[str]) -> list[list[str]]:
    """The lines of a section in blocks separated by blank lines."""
    found: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            found[-1].append(line)
        elif found[-1]:
            found.append([])
    return [block for block in found if block]


def descriptions(lines: list[str]) -> list[str]:
    """The descriptions of screenshots in a section's text, in order: a block that starts with "The
    screenshot shows", with the English blocks that follow it."""
    found: list[list[str]] = []
    following = False
    for block in blocks(lines):
        if block[0].strip().startswith(SCREENSHOT):
            found.append(list(block))
            following = True
        elif following and reads_english(block):
            found[-1] += ["", *block]
        else:
            following = False
    return ["\n".join(text) for text in found]


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def score(description: str, screen: str, same_place: bool) -> float:
    """How well a description fits a figure: the labels it quotes that the figure's page shows, and
    half a point when both have the same place in the section (the rule when no label decides)."""
    labels = {_normal(label) for line in description.splitlines() for label in labels_in_line(line)}
    shown = _normal(screen)
    return sum(1 for label in labels if len(label) > 2 and label in shown) + (0.5 if same_place else 0.0)


def align(scores: list[list[float]]) -> dict[int, int]:
    """Figure (column) -> description (row), both in the manual's order: the pairing that keeps that
    order with the highest total score (a figure may have no description, and a description no figure)."""
    rows, columns = len(scores), len(scores[0]) if scores else 0
    best = [[0.0] * (columns + 1) for _ in range(rows + 1)]
    for i in reversed(range(rows)):
        for j in reversed(range(columns)):
            paired = scores[i][j] + best[i + 1][j + 1] if scores[i][j] > 0 else 0.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], paired)
    pairs, i, j = {}, 0, 0
    while i < rows and j < columns:
        if scores[i][j] > 0 and best[i][j] == scores[i][j] + best[i + 1][j + 1]:
            pairs[j], i, j = i, i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def describe(manual: Path, figures: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Figure name -> the manual's description of that screenshot, where the manual has one."""
    sections = read_manual(manual)
    found: dict[str, str] = {}
    for number in sorted({name.rsplit("-", 1)[0] for name in figures}, key=lambda n: order(n + "-0")):
        texts = descriptions(sections[number].lines) if number in sections else []
        names = sorted((n for n in figures if n.rsplit("-", 1)[0] == number), key=order)
        table = [
            [score(t, figures[n].get("text", ""), i == j) for j, n in enumerate(names)] for i, t in enumerate(texts)
        ]
        found |= {names[j]: texts[i] for j, i in align(table).items()}
    return found
