"""The manual's figures, redrawn from the mock: which changed since the previous run, and the index page.

``vaccinnet-bdd figures`` keeps the PNGs of the previous run aside, draws them anew (the scenarios
tagged ``@figuur``, see ``steps.figures``) and compares each with its previous version: the share of
pixels that differ by more than ``THRESHOLD`` in a colour channel. Above the tolerance a figure is
changed, and the manual's screenshot of it is out of date. The index page shows each figure beside
the manual's description of that screenshot (when the manual is given; nothing of it is stored here).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops

from vaccinnet_bdd.manual import outline
from vaccinnet_bdd.manual.reader import labels_in_line
from vaccinnet_bdd.manual.reader import read as read_manual

from .draw import FIGURE

THRESHOLD = 32  # a channel that differs by up to this (of 255) is anti-aliasing, not a change
NEW, UNCHANGED, CHANGED, GONE = "nieuw", "ongewijzigd", "gewijzigd", "niet meer getekend"
KEPT = "niet opnieuw getekend"  # left out of a selection: it keeps its last drawing
SCREENSHOT = "The screenshot shows"
TITLES = {s.number: s.title for s in outline.SECTIONS}


@dataclass(frozen=True)
class Comparison:
    name: str  # "2.4.1.2-1"
    status: str  # NEW, UNCHANGED, CHANGED or GONE
    share: float | None = None  # % of the pixels that differ, when both versions have the same size
    sizes: tuple[tuple[int, int], tuple[int, int]] | None = None  # (before, now) when the size changed

    @property
    def outdated(self) -> bool:
        """The manual's screenshot no longer shows what the portals show."""
        return self.status == CHANGED

    @property
    def section(self) -> str:
        return self.name.rsplit("-", 1)[0]

    def line(self) -> str:
        """One line for the terminal, in Dutch."""
        detail = ""
        if self.sizes is not None:
            (w1, h1), (w2, h2) = self.sizes
            detail = f" (andere afmetingen: {w1}x{h1} → {w2}x{h2})"
        elif self.share is not None and self.share > 0:
            detail = f" ({percent(self.share)} van de pixels{'' if self.outdated else ', binnen de tolerantie'})"
        return f"{self.name + '.png':<16} {self.status}{detail}"


def percent(share: float) -> str:
    """3.2 as Dutch writes it: "3,2 %"."""
    return f"{share:.1f} %".replace(".", ",")


def order(name: str) -> tuple[tuple[int, ...], int]:
    """Figures in the manual's order: by section number, then by their number in the section."""
    section, _, number = name.rpartition("-")
    return tuple(int(part) for part in section.split(".")), int(number)


def difference(before: Path, now: Path) -> tuple[float | None, tuple[tuple[int, int], tuple[int, int]] | None]:
    """The share (%) of pixels that differ by more than THRESHOLD in any channel, or the two sizes
    when the size changed."""
    with Image.open(before) as old, Image.open(now) as new:
        if old.size != new.size:
            return None, (old.size, new.size)
        delta = ImageChops.difference(old.convert("RGB"), new.convert("RGB"))
        red, green, blue = delta.point(lambda value: 255 if value > THRESHOLD else 0).split()
        changed = ImageChops.lighter(ImageChops.lighter(red, green), blue).histogram()[255]
        return 100 * changed / (new.width * new.height), None


def compare(previous: Path, current: Path, tolerance: float, drawn: set[str] | None = None) -> list[Comparison]:
    """Every figure of either run, in the manual's order, with what happened to it; ``drawn``: the
    figures a selection drew (None: all of them were to be drawn)."""
    names = {p.stem for folder in (previous, current) for p in folder.glob("*.png") if FIGURE.match(p.stem)}
    found = []
    for name in sorted(names, key=order):
        before, now = previous / f"{name}.png", current / f"{name}.png"
        if drawn is not None and name not in drawn:
            found.append(Comparison(name, KEPT))
        elif not now.exists():
            found.append(Comparison(name, GONE))
        elif not before.exists():
            found.append(Comparison(name, NEW))
        else:
            share, sizes = difference(before, now)
            changed = sizes is not None or (share is not None and share > tolerance)
            found.append(Comparison(name, CHANGED if changed else UNCHANGED, share, sizes))
    return found


# --- the manual's descriptions of its screenshots -----------------------------------------------

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


# --- the index page -----------------------------------------------------------------------------

STYLE = (
    "body{font-family:Arial,sans-serif;max-width:80rem;margin:auto;padding:1rem 2rem;color:#1d1d1b}"
    "figure{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;margin:1rem 0;"
    "padding:1rem;border:1px solid #ddd}figure img{width:100%;border:1px solid #ccc}"
    "figure.verouderd{border:3px solid #c00;background:#fff5f5}.status{font-weight:700}"
    ".verouderd .status{color:#c00}blockquote{white-space:pre-wrap;margin:.5rem 0;padding:.5rem 1rem;"
    "background:#f4f4f4;border-left:4px solid #999}.leeg{color:#666;font-style:italic}"
)


def _status(comparison: Comparison) -> str:
    text = comparison.line().split(None, 1)[1]
    if comparison.outdated:
        text += ": de schermafdruk in de handleiding is verouderd"
    return f'<p class="status">{html.escape(text)}</p>'


def _description(name: str, described: dict[str, str] | None) -> str:
    if described is None:
        return '<p class="leeg">De beschrijving uit de handleiding komt erbij met --manual HANDLEIDING.</p>'
    if name not in described:
        return '<p class="leeg">De handleiding beschrijft deze schermafdruk niet in woorden.</p>'
    quoted = html.escape(described[name])
    return f'<p>Zo beschrijft de handleiding haar schermafdruk:</p><blockquote lang="en">{quoted}</blockquote>'


def _marks(figure: dict[str, Any]) -> str:
    items = [
        f"<li>{html.escape(m['number'] + ' ' if m['number'] else '')}{html.escape(m['role'])} "
        f"“{html.escape(m['name'])}”</li>"
        for m in figure.get("marks", [])
    ]
    return f"<p>Gemarkeerd:</p><ul>{''.join(items)}</ul>" if items else ""


def _figure(comparison: Comparison, figure: dict[str, Any], described: dict[str, str] | None) -> str:
    name = html.escape(comparison.name)
    image = f'<a href="{name}.png" title="Vergroten"><img src="{name}.png" alt="Figuur {name}" loading="lazy"></a>'
    if comparison.status == GONE:
        image = f'<a href="vorige/{name}.png"><img src="vorige/{name}.png" alt="Vorige figuur {name}"></a>'
    previous = f' <a href="vorige/{name}.png">vorige versie</a>' if comparison.outdated else ""
    scenario = (
        f"<p>Scenario: {html.escape(figure['scenario'])} ({html.escape(figure['feature'])})</p>" if figure else ""
    )
    section = comparison.section
    return (
        f'<figure id="{name}"{" class=verouderd" if comparison.outdated else ""}>{image}<figcaption>'
        f"<h3>Figuur {name}{previous}</h3><p>§{html.escape(section)} {html.escape(TITLES.get(section, ''))}</p>"
        f"{_status(comparison)}{scenario}{_marks(figure)}{_description(comparison.name, described)}"
        "</figcaption></figure>"
    )


def verdict(comparisons: list[Comparison]) -> str:
    """One sentence on the run, in Dutch: which of the manual's screenshots are out of date."""
    outdated = [c.name for c in comparisons if c.outdated]
    if outdated:
        return f"Verouderd in de handleiding ({len(outdated)}): {', '.join(outdated)}."
    if comparisons and all(c.status == NEW for c in comparisons):
        return "Alle figuren zijn nieuw: de volgende keer wordt met deze tekening vergeleken."
    return "Geen figuur veranderde sinds de vorige keer."


def index_page(
    comparisons: list[Comparison],
    figures: dict[str, dict[str, Any]],
    described: dict[str, str] | None,
    tolerance: float,
    when: str,
) -> str:
    """The index page, in Dutch: each figure beside the manual's description, the outdated ones marked."""
    summary = f"{len(comparisons)} figuren, getekend op {when}; tolerantie {percent(tolerance)} van de pixels. "
    summary += verdict(comparisons)
    body = "".join(_figure(c, figures.get(c.name, {}), described) for c in comparisons)
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Figuren van de handleiding</title>'
        f"<style>{STYLE}</style></head><body><h1>Figuren van de handleiding v{outline.VERSION}</h1>"
        f"<p>{html.escape(summary)}</p><p>Opnieuw tekenen: <code>vaccinnet-bdd figures</code>.</p>{body}</body></html>"
    )
