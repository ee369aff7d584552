"""`vaccinnet-bdd figures`: the manual's screenshots redrawn from the mock, marked as the manual marks
them, compared with the previous run, and shown beside the manual's descriptions."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import cast

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import Page

from steps.pages.common import PortalPage
from vaccinnet_bdd.figures import compare as figures
from vaccinnet_bdd.figures import describe
from vaccinnet_bdd.figures import draw as step
from vaccinnet_bdd.harness.chromium import VIEWPORT

ROOT = Path(__file__).resolve().parent.parent
RED = step.RED
WHITE = (255, 255, 255)


def _picture(path: Path, size: tuple[int, int] = (100, 100), box: tuple[int, int, int, int] | None = None) -> None:
    """A white picture, with a black box in it."""
    image = Image.new("RGB", size, WHITE)
    if box is not None:
        ImageDraw.Draw(image).rectangle(box, fill=(0, 0, 0))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)


@pytest.fixture
def runs(tmp_path: Path) -> tuple[Path, Path]:
    """The folders of the previous and of the current run."""
    return tmp_path / "vorige", tmp_path / "nu"


# --- the comparison -------------------------------------------------------------------------------


def test_an_identical_figure_is_unchanged(runs: tuple[Path, Path]) -> None:
    before, now = runs
    _picture(before / "2.4.1.2-1.png", box=(10, 10, 19, 19))
    _picture(now / "2.4.1.2-1.png", box=(10, 10, 19, 19))
    [found] = figures.compare(before, now, tolerance=0.5)
    assert (found.status, found.share, found.outdated) == (figures.UNCHANGED, 0.0, False)
    assert found.line().split() == ["2.4.1.2-1.png", "ongewijzigd"]


def test_a_region_that_changed_beyond_the_tolerance_makes_the_manual_s_screenshot_outdated(
    runs: tuple[Path, Path],
) -> None:
    before, now = runs
    _picture(before / "2.4.2-1.png")
    _picture(now / "2.4.2-1.png", box=(0, 0, 9, 19))  # 200 of 10,000 pixels
    [found] = figures.compare(before, now, tolerance=0.5)
    assert (found.status, found.share, found.outdated) == (figures.CHANGED, 2.0, True)
    assert found.line().endswith("gewijzigd (2,0 % van de pixels)")
    [within] = figures.compare(before, now, tolerance=2.5)
    assert within.status == figures.UNCHANGED
    assert within.line().endswith("ongewijzigd (2,0 % van de pixels, binnen de tolerantie)")


def test_anti_aliasing_below_the_threshold_is_no_change(runs: tuple[Path, Path]) -> None:
    before, now = runs
    _picture(before / "2.2-1.png")
    now.mkdir()
    Image.new("RGB", (100, 100), (255 - figures.THRESHOLD, 255, 255)).save(now / "2.2-1.png")
    [found] = figures.compare(before, now, tolerance=0.0)
    assert (found.status, found.share) == (figures.UNCHANGED, 0.0)


def test_a_new_figure_a_resized_one_and_one_no_longer_drawn(runs: tuple[Path, Path]) -> None:
    before, now = runs
    _picture(before / "2.4.1-1.png", size=(100, 100))
    _picture(now / "2.4.1-1.png", size=(100, 120))
    _picture(now / "2.4.1-2.png")
    _picture(before / "2.4.1-3.png")
    found = {c.name: c for c in figures.compare(before, now, tolerance=0.5)}
    assert found["2.4.1-1"].status == figures.CHANGED and found["2.4.1-1"].outdated
    assert found["2.4.1-1"].line().endswith("gewijzigd (andere afmetingen: 100x100 → 100x120)")
    assert (found["2.4.1-2"].status, found["2.4.1-2"].outdated) == (figures.NEW, False)
    assert found["2.4.1-3"].status == figures.GONE
    assert [c.name for c in figures.compare(before, now, 0.5, drawn={"2.4.1-2"})] == ["2.4.1-1", "2.4.1-2", "2.4.1-3"]
    assert figures.compare(before, now, 0.5, drawn={"2.4.1-2"})[0].status == figures.KEPT


def test_figures_are_in_the_manual_s_order() -> None:
    names = ["2.4.1.1-1", "2.4.1-10", "2.4.1-2", "2.2-1", "2.4.2-1"]
    assert sorted(names, key=figures.order) == ["2.2-1", "2.4.1-2", "2.4.1-10", "2.4.1.1-1", "2.4.2-1"]


def test_a_changed_figure_gets_its_changed_pixels_in_red_beside_the_reference_and_the_new_one(
    runs: tuple[Path, Path],
) -> None:
    before, now = runs
    _picture(before / "2.4.2-1.png")
    _picture(now / "2.4.2-1.png", box=(0, 0, 9, 19))
    [found] = figures.compare(before, now, tolerance=0.5)
    with Image.open(now / figures.DIFFERENCE / "2.4.2-1.png") as marked:
        pixel, far = marked.convert("RGB").getpixel((5, 5)), marked.convert("RGB").getpixel((80, 80))
    assert pixel == (255, 0, 0) and far != (255, 0, 0)  # the changed region red, the rest faded
    page = figures.index_page([found], {}, None, 0.5, "1/12/2026")
    card = page.split('<figure id="2.4.2-1" class=verouderd>')[1].split("</figure>")[0]
    for src in ("vorige/2.4.2-1.png", "2.4.2-1.png", "verschil/2.4.2-1.png"):
        assert f'<img src="{src}"' in card
    assert "vaccinnet-bdd figures --approve 2.4.2-1" in card


def test_an_approved_figure_is_the_reference_from_then_on(tmp_path: Path) -> None:
    from vaccinnet_bdd.figures.command import approve

    before, now = tmp_path / "vorige", tmp_path / "nu"
    _picture(before / "2.4.2-1.png")
    _picture(now / "2.4.2-1.png", box=(0, 0, 9, 19))
    assert approve(now, ["2.4.2-1"], every=False) == 0
    assert (now / figures.APPROVED / "2.4.2-1.png").is_file()
    [found] = figures.compare(before, now, tolerance=0.5)
    assert found.status == figures.UNCHANGED and found.reference == figures.APPROVED
    assert approve(now, ["9.9-1"], every=False) == 2  # no such drawing: nothing approved


# --- the drawing ----------------------------------------------------------------------------------


def _at(image: Image.Image, x: int, y: int) -> tuple[int, int, int]:
    return cast(tuple[int, int, int], image.getpixel((x, y)))


def _is_red(pixel: tuple[int, ...]) -> bool:
    return pixel[0] > 180 and pixel[1] < 60 and pixel[2] < 60


def test_the_figure_step_names_every_word_of_the_one_vocabulary() -> None:
    """The catalogue entry a writer reads lists the kinds of element the figures know, no more, no less."""
    from vaccinnet_bdd.manual.vocabulary import ROLE_WORDS

    [doc] = [
        ast.get_docstring(node) or ""
        for node in ast.walk(ast.parse((ROOT / "steps" / "figures.py").read_text()))
        if isinstance(node, ast.FunctionDef) and "toont de pagina figuur" in ast.unparse(node.decorator_list[0])
    ]
    listed = " ".join(doc.split()).split("De rol is ")[1].split(", of een ARIA-rol")[0]
    assert sorted(re.split(r",\s*|\s+of\s+", listed)) == sorted(ROLE_WORDS)


def test_a_mark_is_a_red_rectangle_around_the_element_and_a_numbered_circle_beside_it() -> None:
    box = step.Box(60, 40, 80, 20)
    marked = step.draw_marks(Image.new("RGB", (300, 120), WHITE), [("3", box)])
    offset = step.PADDING + 1  # the middle of the rectangle's line
    for x, y in [(100, 40 - offset), (100, 60 + offset), (60 - offset, 50), (140 + offset, 50)]:
        assert _is_red(_at(marked, x, y)), (x, y)
    assert _at(marked, 100, 50) == WHITE  # the element itself stays as it was
    centre_x = 60 - step.PADDING - step.LINE - 4 - step.RADIUS  # left of the rectangle
    circle = [_at(marked, centre_x + dx, 50 + dy) for dx in range(-8, 9) for dy in range(-8, 9)]
    assert sum(_is_red(p) for p in circle) > 100
    assert sum(min(p) > 200 for p in circle) > 5  # the number, in white


def test_a_rectangle_without_number_has_no_circle_and_circles_avoid_other_marks() -> None:
    plain = step.draw_marks(Image.new("RGB", (300, 120), WHITE), [("", step.Box(60, 40, 80, 20))])
    assert not any(_is_red(_at(plain, x, 50)) for x in range(0, 50))
    # Two elements side by side, as "Gebruiker(s) verwijderen" (2) and "Uitvoeren" (3) in §2.4.1.2.
    side_by_side = [("2", step.Box(60, 40, 80, 20)), ("3", step.Box(146, 40, 40, 20))]
    marked = step.draw_marks(Image.new("RGB", (300, 120), WHITE), side_by_side)
    right_of_three = 186 + step.PADDING + step.LINE + 4 + step.RADIUS
    assert _is_red(_at(marked, right_of_three, 50))


def test_the_step_draws_the_marks_where_the_page_shows_the_element(page: Page, tmp_path: Path) -> None:
    page.set_content(
        '<body style="margin:0"><div style="height:1200px"></div><button style="width:120px;height:30px">'
        'Uitvoeren</button><div style="height:100px"></div></body>'
    )
    portal = PortalPage(page)
    marks = [step.Mark("1", "knop", "Uitvoeren")]
    targets = [portal.marked(mark.role, mark.name) for mark in marks]
    targets[0].scroll_into_view_if_needed()  # a scrolled page: the box is measured on the whole page
    image = step.capture(page, marks, targets)
    assert image.size[0] == VIEWPORT[0] and image.size[1] > VIEWPORT[1]
    top, bottom, left = 1200 - step.PADDING - 2, 1230 + step.PADDING + 1, 120 + step.PADDING + 1
    assert _is_red(_at(image, 60, top)) and _is_red(_at(image, 60, bottom))
    assert _is_red(_at(image, left, 1215))
    description = {"figure": "2.4.1.2-1", "marks": [{"number": "1", "role": "knop", "name": "Uitvoeren"}]}
    step.save_figure(tmp_path / "2.4.1.2-1.png", image, description)
    assert step.description_of(tmp_path / "2.4.1.2-1.png") == description


# --- the manual's descriptions and the index page -------------------------------------------------

MANUAL = """2.4.1 Beheren van gebruikers

- Klik 'Toegangen beheren' open en vervolgens op de knop 'Toegangsbeheer eHealth'.

Beheer der Toegangsbeheerders
TOEGANGEN BEHEREN

- Log je in door op 'Zich aanmelden via CSAM' te klikken.

The screenshot shows the homepage. A large banner reads "Toegang krijgen tot de beveiligde diensten".

- CSAM**: A section with the CSAM logo and a "Zich aanmelden via CSAM" button.

The screenshot shows the page "Aanmelden bij de online overheid" with its digital keys.

- Klik op de **organisatie** die je wilt beheren.

2.4.1.1 Toevoegen van gebruikers
"""


def test_each_figure_gets_the_description_of_its_screenshot_also_when_screenshots_before_it_have_none(
    tmp_path: Path,
) -> None:
    """§2.4.1 starts with a screenshot the manual only copies the text of: its first description is of
    the second screenshot, and the labels it quotes tell which figure that is."""
    manual = tmp_path / "handleiding.txt"
    manual.write_text(MANUAL, encoding="utf-8")
    drawn = {
        "2.4.1-1": {"text": "Beheer der Toegangsbeheerders\nTOEGANGEN BEHEREN\nToegangsbeheer eHealth"},
        "2.4.1-2": {"text": "Toegang krijgen tot de beveiligde diensten\nCSAM\nZich aanmelden via CSAM"},
        "2.4.1-3": {"text": "Aanmelden bij de online overheid\nAANMELDEN met eID kaartlezer"},
    }
    described = describe.describe(manual, drawn)
    assert set(described) == {"2.4.1-2", "2.4.1-3"}
    assert described["2.4.1-2"].startswith("The screenshot shows the homepage.")
    assert described["2.4.1-2"].endswith('"Zich aanmelden via CSAM" button.')  # the English lines after it
    assert "Klik op de" not in described["2.4.1-3"]  # the manual's next instruction is not part of it


def test_without_labels_to_tell_them_apart_figure_n_gets_description_n() -> None:
    assert describe.align([[0.5, 0.0], [0.0, 0.5]]) == {0: 0, 1: 1}
    assert describe.align([[0.5, 3.0, 0.0], [0.0, 0.0, 4.0]]) == {1: 0, 2: 1}


def test_the_index_page_shows_each_figure_beside_its_description_and_marks_the_outdated_ones(
    runs: tuple[Path, Path],
) -> None:
    before, now = runs
    _picture(before / "2.4.1.2-1.png")
    _picture(now / "2.4.1.2-1.png", box=(0, 0, 49, 49))
    _picture(now / "2.4.2-1.png")
    comparisons = figures.compare(before, now, tolerance=0.5)
    drawn = {
        "2.4.1.2-1": {"scenario": "Een gebruiker aangevinkt", "feature": "figuren/x.feature", "marks": []},
        "2.4.2-1": {"scenario": "De profielkeuze", "feature": "figuren/y.feature", "marks": []},
    }
    page = figures.index_page(comparisons, drawn, {"2.4.1.2-1": "The screenshot shows <the list>."}, 0.5, "1/12/2026")
    assert page.startswith('<!doctype html><html lang="nl">')
    assert "Verouderd in de handleiding (1): 2.4.1.2-1." in page
    outdated = page.split('<figure id="2.4.1.2-1" class=verouderd>')[1].split("</figure>")[0]
    assert '<img src="2.4.1.2-1.png"' in outdated and 'href="vorige/2.4.1.2-1.png"' in outdated
    assert "gewijzigd (25,0 % van de pixels): de schermafdruk in de handleiding is verouderd" in outdated
    assert '<blockquote lang="en">The screenshot shows &lt;the list&gt;.</blockquote>' in outdated
    new = page.split('<figure id="2.4.2-1">')[1].split("</figure>")[0]
    assert "nieuw" in new and "De handleiding beschrijft deze schermafdruk niet in woorden." in new
    without_manual = figures.index_page(comparisons, drawn, None, 0.5, "1/12/2026")
    assert without_manual.count("De beschrijving uit de handleiding komt erbij met --manual") == 2
