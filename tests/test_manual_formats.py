"""diff-manual compares what a reader sees: one text in any two of the four formats (txt, md, docx,
pdf) changes nothing, a copy changed in form only changes nothing, and each change of a new version
reads the same whichever formats hold the two versions. The files are made once per session from
the user's manual v1.2 (tests/manual_files.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from playwright.sync_api import Browser

from vaccinnet_bdd.livingdoc.diff_manual import SectionChange, diff
from vaccinnet_bdd.manual.formats import lines_of
from vaccinnet_bdd.manual.outline import BUILT_IN, Outline
from vaccinnet_bdd.manual.reader import outline_of, read
from vaccinnet_bdd.manual.seen import vocabulary, words

from .manual_files import FORMATS, diff_manual_command, every_format, form_only, version_1_3

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT.parent / "shared" / "manual" / "handleiding-vaccinnet-ehealth-toegangsbeheer-riziv-organisatie-v1.2.txt"
PAIRS = [(old, new) for old in FORMATS for new in FORMATS]


@pytest.fixture(scope="session")
def manuals(tmp_path_factory: pytest.TempPathFactory, browser: Browser) -> dict[str, dict[str, Path]]:
    """v1.2 and its edited v1.3, each as .txt, .md, .docx and .pdf (made once per session)."""
    if not MANUAL.is_file():
        pytest.skip("the manual v1.2 lies beside the project only here")
    text = MANUAL.read_text(encoding="utf-8")
    folder = tmp_path_factory.mktemp("handleidingen")
    return {
        "1.2": every_format(text, folder / "v1.2", "handleiding", browser),
        "1.3": every_format(version_1_3(text), folder / "v1.3", "handleiding", browser),
    }


def _summary(change: SectionChange) -> tuple[object, ...]:
    return (
        change.number,
        change.kind,
        change.old_number,
        change.words,
        change.labels,
        change.scenarios,
        change.figures,
    )


def test_every_format_of_one_text_reads_alike(manuals: dict[str, dict[str, Path]]) -> None:
    """Outline, version table, labels and words are the same, whichever format holds the text."""
    text = manuals["1.2"]["txt"]
    sections = read(text)
    known = vocabulary(lines_of(text))
    for kind in FORMATS:
        path = manuals["1.2"][kind]
        assert (
            outline_of(path)
            == outline_of(text)
            == Outline(
                "Handleiding vaccinnet ehealth toegangsbeheer riziv organisatie", "1.2", "5/05/2026", BUILT_IN.sections
            )
        ), kind
        found = read(path)
        assert found.keys() == sections.keys(), kind
        for number, section in found.items():
            assert section.labels == sections[number].labels, (kind, number)
            assert words(section.lines, known) == words(sections[number].lines, known), (kind, number)
    # a PDF's bold, read from its fonts, marks a label as Markdown's does
    assert "aan de wettelijke vertegenwoordiger of titularis" in read(manuals["1.2"]["pdf"])["2.1"].labels


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_one_text_in_two_formats_changes_nothing(manuals: dict[str, dict[str, Path]], old: str, new: str) -> None:
    result = diff(manuals["1.2"][old], manuals["1.2"][new], ROOT / "features")
    assert (result.old, result.new, result.changes) == ("1.2 (5/05/2026)", "1.2 (5/05/2026)", [])


def test_the_command_names_the_version_and_exits_0_for_one_text_in_word_and_pdf(
    manuals: dict[str, dict[str, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert diff_manual_command(manuals["1.2"]["docx"], manuals["1.2"]["pdf"]) == 0
    assert capsys.readouterr().out.strip() == "Handleiding 1.2 (5/05/2026) -> 1.2 (5/05/2026): 0 secties veranderd."


def test_a_copy_that_changes_only_form_changes_nothing(
    manuals: dict[str, dict[str, Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "vorm.txt"
    copy.write_text(form_only(MANUAL.read_text(encoding="utf-8")), encoding="utf-8")
    assert read(copy)["2.3"].labels == read(MANUAL)["2.3"].labels  # the label over two lines is one
    for kind in FORMATS:
        result = diff(manuals["1.2"][kind], copy, ROOT / "features")
        assert result.changes == [] and not result.touches, kind
    listed = diff(MANUAL, copy, ROOT / "features", form=True)
    assert listed.changes == [] and {"2.1", "2.2", "2.3", "3.1.1"} <= {f.number for f in listed.form}
    assert ("'Toegangsbeheerders aanstellen'", "‘Toegangsbeheerders aanstellen’") in next(
        f.examples for f in listed.form if f.number == "2.3"
    )
    assert diff_manual_command(MANUAL, copy, "--form") == 0
    out = capsys.readouterr().out
    assert "0 secties veranderd." in out and "Alleen de vorm veranderd, geen wijziging:" in out


EXPECTED_1_3 = [
    ("1.3", "hertiteld", "1.3"),
    ("1.4", "toegevoegd", None),
    ("2.1", "gewijzigd", "2.1"),
    ("2.2", "gewijzigd", "2.2"),
    ("2.3", "verwijderd", "2.3"),
    ("2.3", "hernummerd", "2.4"),
    ("2.3.1", "hernummerd", "2.4.1"),
    ("2.3.1.1", "hernummerd", "2.4.1.1"),
    ("2.3.1.2", "hernummerd", "2.4.1.2"),
    ("2.3.2", "hernummerd", "2.4.2"),
]


@pytest.fixture(scope="session")
def changes_1_3(manuals: dict[str, dict[str, Path]]) -> list[SectionChange]:
    """v1.2 -> v1.3, both as text: the reference for every other pair of formats."""
    return diff(manuals["1.2"]["txt"], manuals["1.3"]["txt"], ROOT / "features").changes


def test_each_change_of_a_new_version_is_named_once_with_what_it_touches(changes_1_3: list[SectionChange]) -> None:
    assert [(c.number, c.kind, c.old_number) for c in changes_1_3] == EXPECTED_1_3
    by = {(c.number, c.kind): c for c in changes_1_3}
    retitled = by["1.3", "hertiteld"]
    assert (retitled.title, retitled.old_title, retitled.words, retitled.labels) == ("Begrippen", "Definities", [], [])
    assert any(s.startswith("uman/hoedanigheid.feature:") for s in retitled.scenarios)
    assert by["1.4", "toegevoegd"].labels == [("verschenen", "", "Hoofdtoegangsbeheerder")]
    renamed = by["2.1", "gewijzigd"]
    assert renamed.labels == [("gewijzigd", "eHealth certificaat beheerder", "eHealth-certificaatbeheerder")]
    assert {new for _, _, new in renamed.words} == {'"eHealth-certificaatbeheerder"'}  # as a reader sees it
    assert any(s.startswith("progezondheid/wettelijke_vertegenwoordiger.feature:") for s in renamed.scenarios)
    reworded = by["2.2", "gewijzigd"]
    assert (reworded.words, reworded.labels, reworded.figures) == (
        [("herschreven", "Dit kan enkel gebeuren door", "Enkel")],
        [],
        ["2.2-1"],
    )
    removed = by["2.3", "verwijderd"]
    assert removed.title == "Instellen van aanvullende toegangsbeheerders" and removed.figures == ["2.3-1"]
    assert ("verdwenen", "Toegangsbeheerders aanstellen", "") in removed.labels
    assert any(s.startswith("btb/toegangsbeheerders_aanstellen.feature:") for s in removed.scenarios)
    for number in ("2.3", "2.3.1", "2.3.1.1", "2.3.1.2", "2.3.2"):
        moved = by[number, "hernummerd"]
        assert (moved.words, moved.labels) == ([], []), number  # it only moved
        assert not any(s.startswith("btb/toegangsbeheerders_aanstellen") for s in moved.scenarios), number
    # the scenarios and figures tagged with its old number
    assert by["2.3.1.2", "hernummerd"].figures == ["2.4.1.2-1"]
    assert any(s.startswith("uman/gebruikers_verwijderen.feature:") for s in by["2.3.1.2", "hernummerd"].scenarios)


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_a_new_version_reads_the_same_whichever_formats_hold_it(
    manuals: dict[str, dict[str, Path]], changes_1_3: list[SectionChange], old: str, new: str
) -> None:
    result = diff(manuals["1.2"][old], manuals["1.3"][new], ROOT / "features")
    assert (result.old, result.new) == ("1.2 (5/05/2026)", "1.3 (1/09/2026)")
    assert [_summary(c) for c in result.changes] == [_summary(c) for c in changes_1_3]


def test_the_json_keeps_its_fields(manuals: dict[str, dict[str, Path]], capsys: pytest.CaptureFixture[str]) -> None:
    assert diff_manual_command(manuals["1.2"]["md"], manuals["1.3"]["pdf"], "--json") == 1
    found = json.loads(capsys.readouterr().out)
    assert {"old", "new", "changes", "raakt"} <= found.keys() and found["raakt"] is True
    assert set(found["changes"][0]) == {
        *("number", "title", "kind", "old_number", "old_title", "words", "labels"),
        *("scenarios", "figures", "old_html", "new_html"),
    }


def test_a_word_broken_at_a_lines_end_is_joined_as_the_text_writes_it() -> None:
    assert words(["de gebruikers-", "beheerder"]) == ["de", "gebruikersbeheerder"]  # hyphenation
    assert words(["de RIZIV-", "organisatie"]) == ["de", "RIZIV-organisatie"]  # the compound's own hyphen
    assert words(["Toegangs-", "en gebruikersbeheer"]) == ["Toegangs-", "en", "gebruikersbeheer"]
    assert words(["de Vaccinnet-", "webpagina"], {"Vaccinnet-webpagina"}) == ["de", "Vaccinnet-webpagina"]
    assert words(["de gebruikers-", "", "beheerder"]) == ["de", "gebruikers-", "beheerder"]  # not over a paragraph
    assert words(["- Klik op \u2018**Opslaan**\u2019", "  o en   dan\u00a0\u2013 verder"]) == words(
        ["Klik op 'Opslaan'", "en dan - verder"]
    )


def test_a_merged_word_cell_is_read_once_and_equal_neighbours_twice(tmp_path: Path) -> None:
    document = Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Samen"
    for column, text in enumerate(("Apart", "Actief", "Actief")):
        table.cell(1, column).text = text
    table.cell(0, 2).text = "Apart"
    document.save(str(tmp_path / "tabel.docx"))
    assert lines_of(tmp_path / "tabel.docx") == ("Samen\tApart", "Apart\tActief\tActief")
