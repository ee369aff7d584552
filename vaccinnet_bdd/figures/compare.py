"""The manual's figures, redrawn from the mock: which changed since the previous run, and the index page.

``vaccinnet-bdd figures`` keeps the PNGs of the previous run aside, draws them anew (the scenarios
tagged ``@figuur``, see ``steps.figures``) and compares each with its previous version: the share of
pixels that differ by more than ``THRESHOLD`` in a colour channel. Above the tolerance a figure is
changed, and the manual's screenshot of it is out of date. The index page shows each figure beside
the manual's description of that screenshot (when the manual is given; nothing of it is stored here).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops
from pixelmatch.contrib.PIL import pixelmatch

from vaccinnet_bdd.manual import outline

from .draw import FIGURE

THRESHOLD = 32  # a channel that differs by up to this (of 255) is anti-aliasing, not a change
NEW, UNCHANGED, CHANGED, GONE = "nieuw", "ongewijzigd", "gewijzigd", "niet meer getekend"
KEPT = "niet opnieuw getekend"  # left out of a selection: it keeps its last drawing
APPROVED, DIFFERENCE = "goedgekeurd", "verschil"  # folders beside the figures
TITLES = {s.number: s.title for s in outline.SECTIONS}


@dataclass(frozen=True)
class Comparison:
    name: str  # "2.4.1.2-1"
    status: str  # NEW, UNCHANGED, CHANGED or GONE
    share: float | None = None  # % of the pixels that differ, when both versions have the same size
    sizes: tuple[tuple[int, int], tuple[int, int]] | None = None  # (before, now) when the size changed
    reference: str = "vorige"  # what it was compared with: the approved picture, or the previous drawing

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


def difference(
    before: Path, now: Path, picture: Path | None = None
) -> tuple[float | None, tuple[tuple[int, int], tuple[int, int]] | None]:
    """The share (%) of pixels that changed, or the two sizes when the size changed. A quick look
    first (a channel that differs by more than THRESHOLD); where that finds a change, pixelmatch
    counts it without anti-aliasing and draws the changed pixels in red over the new figure, faded,
    into ``picture``."""
    with Image.open(before) as old, Image.open(now) as new:
        if old.size != new.size:
            return None, (old.size, new.size)
        delta = ImageChops.difference(old.convert("RGB"), new.convert("RGB"))
        red, green, blue = delta.point(lambda value: 255 if value > THRESHOLD else 0).split()
        if not ImageChops.lighter(ImageChops.lighter(red, green), blue).histogram()[255]:
            return 0.0, None
        marked = Image.new("RGBA", new.size)
        changed = pixelmatch(old, new, marked, threshold=0.1, includeAA=False)
        if picture is not None:
            picture.parent.mkdir(parents=True, exist_ok=True)
            marked.save(picture)
        return 100 * changed / (new.width * new.height), None


def reference(previous: Path, approved: Path, name: str) -> Path:
    """What a figure is compared with: its approved picture, else its previous drawing."""
    return approved / f"{name}.png" if (approved / f"{name}.png").exists() else previous / f"{name}.png"


def compare(
    previous: Path, current: Path, tolerance: float, drawn: set[str] | None = None, approved: Path | None = None
) -> list[Comparison]:
    """Every figure of either run, in the manual's order, with what happened to it against its
    reference (``approved`` where a picture was approved, else ``previous``); ``drawn``: the figures a
    selection drew (None: all of them were to be drawn). A changed figure's pixels go to
    ``current/verschil/``."""
    approved = approved or current / APPROVED
    folders = (previous, current, approved)
    names = {p.stem for folder in folders for p in folder.glob("*.png") if FIGURE.match(p.stem)}
    found = []
    for name in sorted(names, key=order):
        before, now = reference(previous, approved, name), current / f"{name}.png"
        if drawn is not None and name not in drawn:
            found.append(Comparison(name, KEPT))
        elif not now.exists():
            found.append(Comparison(name, GONE))
        elif not before.exists():
            found.append(Comparison(name, NEW))
        else:
            share, sizes = difference(before, now, current / DIFFERENCE / f"{name}.png")
            changed = sizes is not None or (share is not None and share > tolerance)
            kind = APPROVED if before.parent == approved else "vorige"
            found.append(Comparison(name, CHANGED if changed else UNCHANGED, share, sizes, kind))
    return found


# --- the index page -----------------------------------------------------------------------------

STYLE = (
    "body{font-family:Arial,sans-serif;max-width:80rem;margin:auto;padding:1rem 2rem;color:#1d1d1b}"
    "figure{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;margin:1rem 0;"
    "padding:1rem;border:1px solid #ddd}figure img{width:100%;border:1px solid #ccc}"
    ".naast{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:.5rem}.naast img{width:100%}"
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


def _picture(path: str, alt: str, caption: str) -> str:
    image = f'<a href="{path}" title="Vergroten"><img src="{path}" alt="{alt}" loading="lazy"></a>'
    return f"<div>{image}<p>{caption}</p></div>"


def _figure(comparison: Comparison, figure: dict[str, Any], described: dict[str, str] | None) -> str:
    name = html.escape(comparison.name)
    image = f'<a href="{name}.png" title="Vergroten"><img src="{name}.png" alt="Figuur {name}" loading="lazy"></a>'
    if comparison.status == GONE:
        image = f'<a href="vorige/{name}.png"><img src="vorige/{name}.png" alt="Vorige figuur {name}"></a>'
    if comparison.outdated:  # the reference, the new drawing, and what changed, side by side
        was = f"{APPROVED}/{name}.png" if comparison.reference == APPROVED else f"vorige/{name}.png"
        image = '<div class="naast">' + _picture(was, f"Figuur {name}, referentie", "referentie")
        image += _picture(f"{name}.png", f"Figuur {name}, nieuw", "nieuw")
        if comparison.sizes is None:
            image += _picture(f"{DIFFERENCE}/{name}.png", f"Figuur {name}, veranderde pixels in rood", "verschil")
        image += f"</div><p>Goedkeuren: <code>vaccinnet-bdd figures --approve {name}</code></p>"
    scenario = (
        f"<p>Scenario: {html.escape(figure['scenario'])} ({html.escape(figure['feature'])})</p>" if figure else ""
    )
    section = comparison.section
    return (
        f'<figure id="{name}"{" class=verouderd" if comparison.outdated else ""}>{image}<figcaption>'
        f"<h3>Figuur {name}</h3><p>§{html.escape(section)} {html.escape(TITLES.get(section, ''))}</p>"
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
