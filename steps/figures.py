"""Steps that redraw the manual's screenshots (``vaccinnet-bdd figures``), and the states they show.

A figure is a scenario under ``features/figuren/``, tagged ``@figuur`` and ``@handleiding-<section>``:
its Gegeven and Als steps bring the portals into the state the screenshot shows, its last step names
the figure and the elements the manual marks. That step checks that every marked element is visible,
so the normal suite fails when one disappears from the portals; with ``--figures-dir DIR`` it also
saves the whole page, marked as the manual marks it (a red rectangle around each element, a numbered
red circle beside it where the manual numbers it), as ``DIR/<figure>.png``. The PNG carries what the
index page needs (scenario, marks, the page's text) in a text chunk.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo
from playwright.sync_api import Locator, Page, ViewportSize, expect
from pytest_bdd import then, when

from steps.pages.common import PortalPage
from steps.parameters import sentence

FIGURE = re.compile(r"^(\d+(?:\.\d+)*)-(\d+)$")  # "2.4.1.2-1": the first screenshot of section 2.4.1.2
VIEWPORT: ViewportSize = {"width": 1280, "height": 800}  # the same for every figure, so that reruns compare
RED = (220, 0, 0)
LINE = 3  # width of a rectangle, in pixels
PADDING = 2  # between an element and its rectangle
RADIUS = 12  # of a numbered circle
METADATA = "vaccinnet-bdd-figuur"  # the PNG text chunk with the figure's description
COLUMNS = ["nummer", "rol", "naam"]
# How a writer names the kind of element in the table, and the ARIA roles it may have on the page;
# any other word is taken as an ARIA role itself ("button", "combobox", ...).
ROLE_WORDS = {
    "knop": ("button", "link"),  # a button that opens a page is a link in HTML
    "link": ("link",),
    "keuzevakje": ("checkbox",),
    "keuzerondje": ("radio",),
    "veld": ("textbox", "combobox", "spinbutton"),
    "keuzelijst": ("combobox", "listbox"),
    "keuze": ("option",),
    "titel": ("heading",),
    "blok": ("region", "group"),
    "tekst": ("text",),
}
SCENARIO = pytest.StashKey[tuple[str, str]]()


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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--figures-dir", default=None, help="save the manual's figures (scenarios tagged @figuur) as PNG files here"
    )


@pytest.fixture
def figures_dir(pytestconfig: pytest.Config) -> Path | None:
    folder = pytestconfig.getoption("--figures-dir")
    return Path(folder) if folder else None


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    request.node.stash[SCENARIO] = (feature.rel_filename, scenario.name)


# --- the figure ---------------------------------------------------------------------------------


def section_of(figure: str, node: pytest.Item) -> str:
    """The manual section a figure's name starts with; it must be the section its scenario is tagged with."""
    match = FIGURE.match(figure)
    if match is None:
        raise ValueError(f'figuur "{figure}": noem een figuur <sectie>-<volgnummer>, bv. "2.4.1.2-1"')
    sections = {m.name.removeprefix("handleiding-") for m in node.iter_markers() if m.name.startswith("handleiding-")}
    if match.group(1) not in sections:
        raise ValueError(f'figuur "{figure}" hoort bij §{match.group(1)}, maar het scenario is getagd met {sections}')
    return match.group(1)


def read_marks(datatable: list[list[str]]) -> list[Mark]:
    if not datatable or [cell.strip().lower() for cell in datatable[0]] != COLUMNS:
        raise ValueError(f"de tabel van een figuur heeft de kolommen | {' | '.join(COLUMNS)} |")
    return [Mark(number.strip(), role.strip(), name.strip()) for number, role, name in datatable[1:]]


def target(portal: PortalPage, mark: Mark) -> Locator:
    """The element a mark is drawn around: by its role (a Dutch word or an ARIA role) and its name."""
    roles = ROLE_WORDS.get(mark.role.lower(), (mark.role,))
    found = portal.control(roles[0], mark.name)
    for role in roles[1:]:
        found = found.or_(portal.control(role, mark.name))
    return found


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


def capture(portal: PortalPage, marks: list[Mark], targets: list[Locator]) -> Image.Image:
    """The whole page at the figures' viewport, without the mouse over anything, marked."""
    page = portal.page
    page.set_viewport_size(VIEWPORT)
    page.mouse.move(0, 0)
    boxes = [box_on_page(page, element) for element in targets]
    picture = page.screenshot(full_page=True, animations="disabled", caret="hide")
    return draw_marks(Image.open(io.BytesIO(picture)), [(m.number, b) for m, b in zip(marks, boxes, strict=True)])


@then(sentence('toont de pagina figuur "{figure}" met deze markeringen:'))
def _(
    portal: PortalPage,
    request: pytest.FixtureRequest,
    figures_dir: Path | None,
    figure: str,
    datatable: list[list[str]],
) -> None:
    """Elk gemarkeerd element staat zichtbaar op de pagina; met --figures-dir wordt de figuur getekend.

    Een lege kolom nummer tekent enkel een rechthoek. De rol is knop, link, keuzevakje, keuzerondje, veld,
    keuzelijst, keuze, titel, blok of tekst, of een ARIA-rol; de naam is de toegankelijke naam van het element.

    Voorbeeld: toont de pagina figuur "2.4.1.2-1" met deze markeringen:
    Tabel: nummer | rol | naam
    """
    section = section_of(figure, request.node)
    marks = read_marks(datatable)
    targets = [target(portal, mark) for mark in marks]
    for element in targets:
        expect(element).to_be_visible()
    if figures_dir is None:
        return
    feature, scenario = request.node.stash.get(SCENARIO, ("", ""))
    description = {
        "figure": figure,
        "section": section,
        "feature": feature,
        "scenario": scenario,
        "marks": [asdict(mark) for mark in marks],
        "text": portal.screen_text(),
    }
    save_figure(figures_dir / f"{figure}.png", capture(portal, marks, targets), description)


# --- states the manual's screenshots show ----------------------------------------------------------


@when(sentence('{actor:Actor} de keuzelijst "{label}" openklapt'))
def _(portal: PortalPage, actor: str, label: str) -> None:
    """Toont alle keuzes van de keuzelijst tegelijk, zoals de schermafdrukken van de handleiding.

    Voorbeeld: zij de keuzelijst "Binnen de organisatie:" openklapt
    """
    portal.expand_list(label)
