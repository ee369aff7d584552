"""The manual's figures, from the step that marks a screen to the PNG (``vaccinnet-bdd figures``).

A figure is a scenario under ``features/figuren/``, tagged ``@figuur`` and ``@handleiding-<section>``:
its steps bring the portals into the state the screenshot shows, its last step names the figure and
the elements the manual marks. This module reads that table of marks, photographs the whole page and
draws the marks as the manual draws them (a red rectangle around each element, a numbered red circle
beside it where the manual numbers it), and keeps what the index page needs (scenario, marks, the
page's text) in a text chunk of the PNG. ``compare`` says which figures changed, ``command`` is the CLI.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo
from playwright.sync_api import Locator, Page

from vaccinnet_bdd.harness.chromium import VIEWPORT_SIZE

TAG = "figuur"  # the tag of a figure's scenario
FIGURE = re.compile(r"^(\d+(?:\.\d+)*)-(\d+)$")  # "2.4.1.2-1": the first screenshot of section 2.4.1.2
RED = (220, 0, 0)
LINE = 3  # width of a rectangle, in pixels
PADDING = 2  # between an element and its rectangle
RADIUS = 12  # of a numbered circle
METADATA = "vaccinnet-bdd-figuur"  # the PNG text chunk with the figure's description
COLUMNS = ["nummer", "rol", "naam"]


@dataclass(frozen=True)
class Mark:
    number: str  # "" for a rectangle without a numbered circle
    role: str
    name: str


@dataclass(frozen=True)
class Box:
    """Where an element is on the whole page, in pixels."""

    x: float
    y: float
    width: float
    height: float


# --- the figure ---------------------------------------------------------------------------------


def section_of(figure: str, sections: set[str]) -> str:
    """The manual section a figure's name starts with; it must be a section its scenario is tagged with."""
    match = FIGURE.match(figure)
    if match is None:
        raise ValueError(f'figuur "{figure}": noem een figuur <sectie>-<volgnummer>, bv. "2.4.1.2-1"')
    if match.group(1) not in sections:
        raise ValueError(f'figuur "{figure}" hoort bij §{match.group(1)}, maar het scenario is getagd met {sections}')
    return match.group(1)


def read_marks(datatable: list[list[str]]) -> list[Mark]:
    if not datatable or [cell.strip().lower() for cell in datatable[0]] != COLUMNS:
        raise ValueError(f"de tabel van een figuur heeft de kolommen | {' | '.join(COLUMNS)} |")
    return [Mark(number.strip(), role.strip(), name.strip()) for number, role, name in datatable[1:]]


def box_on_page(page: Page, element: Locator) -> Box:
    """The element's box on the whole page (a bounding box is relative to the scrolled viewport)."""
    box = element.bounding_box()
    assert box is not None, f"{element} heeft geen plaats op de pagina"
    scroll_x, scroll_y = page.evaluate("() => [window.scrollX, window.scrollY]")
    return Box(box["x"] + scroll_x, box["y"] + scroll_y, box["width"], box["height"])


Rect = tuple[int, int, int, int]  # left, top, right, bottom


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _circle_at(rect: Rect, taken: list[Rect], size: tuple[int, int]) -> tuple[int, int]:
    """Where a numbered circle goes: left of its rectangle, else right of it, above or below it, at
    the first place that stays on the image and covers no other mark."""
    left, top, right, bottom = rect
    middle, gap = (top + bottom) // 2, RADIUS + 4
    places = [(left - gap, middle), (right + gap, middle), (left + RADIUS, top - gap), (left + RADIUS, bottom + gap)]
    for x, y in places:
        circle = (x - RADIUS, y - RADIUS, x + RADIUS, y + RADIUS)
        on_image = circle[0] >= 0 and circle[1] >= 0 and circle[2] < size[0] and circle[3] < size[1]
        if on_image and not any(_overlaps(circle, other) for other in taken if other != rect):
            return x, y
    return places[0]


def draw_marks(image: Image.Image, marks: list[tuple[str, Box]]) -> Image.Image:
    """The image with a red rectangle around each box, and a red circle with its number beside it
    where the mark has a number."""
    marked = image.convert("RGB")
    draw = ImageDraw.Draw(marked)
    font = ImageFont.load_default(size=int(RADIUS * 1.4))
    rects = [
        (
            round(box.x) - PADDING - LINE,
            round(box.y) - PADDING - LINE,
            round(box.x + box.width) + PADDING + LINE,
            round(box.y + box.height) + PADDING + LINE,
        )
        for _, box in marks
    ]
    taken = list(rects)
    for (number, _), rect in zip(marks, rects, strict=True):
        draw.rectangle(rect, outline=RED, width=LINE)
        if number:
            x, y = _circle_at(rect, taken, marked.size)
            taken.append((x - RADIUS, y - RADIUS, x + RADIUS, y + RADIUS))
            draw.ellipse(taken[-1], fill=RED)
            draw.text((x, y), number, fill="white", font=font, anchor="mm")
    return marked


def save_figure(path: Path, image: Image.Image, description: dict[str, Any]) -> None:
    info = PngInfo()
    info.add_itxt(METADATA, json.dumps(description, ensure_ascii=False))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, pnginfo=info)


def description_of(path: Path) -> dict[str, Any]:
    """What the step saved with a figure: figure, section, feature, scenario, marks and the page's text."""
    with Image.open(path) as image:
        text = getattr(image, "text", {}).get(METADATA)
    return dict(json.loads(text)) if text else {}


def capture(page: Page, marks: list[Mark], targets: list[Locator]) -> Image.Image:
    """The whole page at the figures' viewport, without the mouse over anything, marked."""
    page.set_viewport_size(VIEWPORT_SIZE)
    page.mouse.move(0, 0)
    boxes = [box_on_page(page, element) for element in targets]
    picture = page.screenshot(full_page=True, animations="disabled", caret="hide")
    return draw_marks(Image.open(io.BytesIO(picture)), [(m.number, b) for m, b in zip(marks, boxes, strict=True)])


@dataclass(frozen=True)
class Camera:
    """The figures of one scenario: checked always, drawn into ``folder`` when one is given."""

    folder: Path | None
    sections: set[str]  # the manual sections the scenario is tagged with
    feature: str
    scenario: str

    def take(self, figure: str, page: Page, marks: list[Mark], targets: list[Locator], text: str) -> None:
        section = section_of(figure, self.sections)
        if self.folder is None:
            return
        description = {
            "figure": figure,
            "section": section,
            "feature": self.feature,
            "scenario": self.scenario,
            "marks": [asdict(mark) for mark in marks],
            "text": text,
        }
        save_figure(self.folder / f"{figure}.png", capture(page, marks, targets), description)
