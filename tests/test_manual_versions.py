"""The manual as a writer reads it (rendered, sanitised) and its outline read from the user's own file."""

from __future__ import annotations

from pathlib import Path

import pytest

from vaccinnet_bdd.livingdoc.manual_html import marked, rendered
from vaccinnet_bdd.manual.outline import BUILT_IN
from vaccinnet_bdd.manual.reader import outline_of, read

from .conftest import scratch_project, suite_addopts
from .manual_files import diff_manual_command

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT.parent / "shared" / "manual" / "handleiding-vaccinnet-ehealth-toegangsbeheer-riziv-organisatie-v1.2.txt"
needs_manual = pytest.mark.skipif(not MANUAL.is_file(), reason="the manual v1.2 lies beside the project only here")


def test_markdown_and_html_pieces_are_rendered_and_sanitised() -> None:
    lines = [
        "Klik op **Opslaan** of lees [3.1.1 hieronder](#).",
        '<p onclick="steal()">Een <script>alert(1)</script>alinea</p><img src="https://elders.be/x.png">',
        '<ul style="list-style-type: none"><li>Een</li></ul>',
        "Term\tDefinitie",
        "CSAM\tDe toegangspoort",
        "Zie [de site](https://allesovervaccineren.be).",
    ]
    html = rendered(lines)
    assert "<strong>Opslaan</strong>" in html and "3.1.1 hieronder" in html and 'href="#"' not in html
    assert "<script" not in html and "onclick" not in html and "<img" not in html and "style=" not in html
    assert "<table><tbody><tr><td>Term</td><td>Definitie</td></tr><tr><td>CSAM</td>" in html
    assert '<a href="https://allesovervaccineren.be" rel="noopener noreferrer">de site</a>' in html


def test_labels_are_marked_in_the_text_never_inside_a_tag() -> None:
    html = rendered(['Kies [Opslaan](https://opslaan.be) en dan "Opslaan".'])
    result = marked(html, ["Opslaan"], lambda escaped, label: f"<mark>{escaped}</mark>")
    assert 'href="https://opslaan.be"' in result and result.count("<mark>Opslaan</mark>") == 2


@needs_manual
def test_the_outline_of_v1_2_from_its_file_is_the_built_in_one_and_every_section_reads_clean() -> None:
    assert outline_of(MANUAL) == BUILT_IN.__class__(
        "Handleiding vaccinnet ehealth toegangsbeheer riziv organisatie", "1.2", "5/05/2026", BUILT_IN.sections
    )
    for number, section in read(MANUAL).items():
        text = rendered(section.lines)
        assert "**" not in text and "](#)" not in text and "&lt;p&gt;" not in text and "&lt;ul" not in text, number


def _edited(tmp_path: Path) -> Path:
    """v1.2 with a new section 2.4.3, section 2.3 retitled, section 1.3 gone, and version 1.3."""
    text = MANUAL.read_text(encoding="utf-8")
    text = text.replace(
        "2.4.2\tInloggen als RIZIV-organisatie",
        "2.4.3\tBestellen in Vaccinnet\t19\n2.4.2\tInloggen als RIZIV-organisatie",
    )
    text = text.replace(
        "\n3 VRAGEN OF FEEDBACK?",
        "\n2.4.3 Bestellen in Vaccinnet\n\nWie mag bestellen, kiest 'Bestellen'.\n\n3 VRAGEN OF FEEDBACK?",
    )
    text = text.replace("2.3\tInstellen van aanvullende toegangsbeheerders", "2.3\tToegangsbeheerders aanstellen")
    text = text.replace("2.3 INSTELLEN VAN AANVULLENDE TOEGANGSBEHEERDERS", "2.3 TOEGANGSBEHEERDERS AANSTELLEN")
    text = text.replace("1.3\tDefinities\t5\n", "").replace("1.3 DEFINITIES", "Begrippen")
    text = text.replace(
        "1.2\tActualisatie\t5/05/2026", "1.2\tActualisatie\t5/05/2026\tx\t\n1.3\tActualisatie\t1/09/2026"
    )
    path = tmp_path / "handleiding-v1.3.txt"
    path.write_text(text, encoding="utf-8")
    return path


@needs_manual
def test_an_edited_copy_gives_its_own_outline(tmp_path: Path) -> None:
    edited = outline_of(_edited(tmp_path))
    assert edited is not None and (edited.version, edited.date) == ("1.3", "1/09/2026")
    titles = {s.number: s.title for s in edited.sections}
    assert titles["2.4.3"] == "Bestellen in Vaccinnet" and titles["2.3"] == "Toegangsbeheerders aanstellen"
    assert "1.3" not in titles
    assert [s.number for s in edited.sections].index("2.4.3") == [s.number for s in edited.sections].index("2.4.2") + 1


@needs_manual
def test_the_report_follows_the_users_file(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A new section is uncovered, a retitled one shows its new title, a section the file lost is
    reported with its scenarios; the section texts are rendered."""
    manual = _edited(tmp_path)
    features = {
        "hoedanigheid.feature": (ROOT / "features" / "uman" / "hoedanigheid.feature").read_text(),
        "btb.feature": (ROOT / "features" / "btb" / "het_beheer_der_toegangsbeheerders.feature").read_text(),
    }
    scratch_project(pytester, monkeypatch, features, addopts=suite_addopts())
    (pytester.path / "features" / "regels.toml").write_text((ROOT / "features" / "regels.toml").read_text())
    result = pytester.runpytest_subprocess(
        "features", "-p", "no:xdist", "-k", "hoedanigheid or drie_stappen", f"--manual={manual}"
    )
    assert result.ret == 0, result.stdout.str()[-3000:]
    page = (pytester.path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "Handleiding v1.3:" in page and "versie 1.3 van 1/09/2026" in page
    assert (
        '<h2 id="titel-2.4.3">2.4.3 Bestellen in Vaccinnet <span class="badge niet-gedekt">niet gedekt</span></h2>'
        in page
    )
    assert '<h2 id="titel-2.3">2.3 Toegangsbeheerders aanstellen' in page
    assert '<h2 id="titel-1.3">1.3 Definities <span class="badge niet-meer-in-deze-versie-van-de-handleiding">' in page
    gone = page[page.index('id="sectie-1.3"') : page.index("</section>", page.index('id="sectie-1.3"'))]
    assert "De hoedanigheid van elke RIZIV-erkenning" in gone  # its scenarios, still tagged with it
    assert "**" not in page.split('<div class="manual-text"', 1)[1].split("</div>", 1)[0]


def _copy(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = MANUAL.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) >= 1, old
        text = text.replace(old, new)
    path = tmp_path / "kopie.txt"
    path.write_text(text, encoding="utf-8")
    return path


@needs_manual
def test_a_version_against_itself_changes_nothing() -> None:
    from vaccinnet_bdd.livingdoc.diff_manual import diff

    result = diff(MANUAL, MANUAL, ROOT / "features")
    assert result.changes == [] and not result.touches


@needs_manual
def test_each_kind_of_change_is_reported_exactly_with_what_it_touches(tmp_path: Path) -> None:
    from vaccinnet_bdd.livingdoc.diff_manual import diff

    def changes(*edits: tuple[str, str]) -> list[tuple[str, str, str | None]]:
        found = diff(MANUAL, _copy(tmp_path, *edits), ROOT / "features").changes
        return [(c.number, c.kind, c.old_number) for c in found]

    new_section = (
        ("\n3 VRAGEN OF FEEDBACK?", "\n2.4.3 Bestellen in Vaccinnet\n\nKies 'Bestellen'.\n\n3 VRAGEN OF FEEDBACK?"),
    )
    assert changes(*new_section) == [("2.4.3", "toegevoegd", None)]
    removed = (
        ("3.1.1\tProblemen of vragen over de toegangsprocedure\t19\n", ""),
        ("3.1.1 Problemen of vragen over de toegangsprocedure", "Problemen"),
    )
    assert changes(*removed) == [("3", "gewijzigd", "3"), ("3.1.1", "verwijderd", "3.1.1")]
    renumbered = (("2.4.2\tInloggen als", "2.4.3\tInloggen als"), ("2.4.2 Inloggen als", "2.4.3 Inloggen als"))
    assert changes(*renumbered) == [("2.4.3", "hernummerd", "2.4.2")]

    label = (("'**Gebruikers en toegangsbeheer**'", "'**Gebruikers- en toegangsbeheer**'"),)
    (change,) = diff(MANUAL, _copy(tmp_path, *label), ROOT / "features").changes
    assert (change.number, change.kind) == ("2.2", "gewijzigd")
    assert change.labels == [("gewijzigd", "Gebruikers en toegangsbeheer", "Gebruikers- en toegangsbeheer")]
    assert any(s.startswith("ehealth/toegang_vragen.feature:") for s in change.scenarios)

    reworded = (("Dit kan enkel gebeuren door de wettelijke", "Enkel de wettelijke"),)
    (change,) = diff(MANUAL, _copy(tmp_path, *reworded), ROOT / "features").changes
    assert change.words == [("herschreven", "Dit kan enkel gebeuren door", "Enkel")] and change.labels == []
    assert change.figures == ["2.2-1"] and "<del>Dit kan enkel gebeuren door</del>" in change.old_html


@needs_manual
def test_the_command_exits_1_when_a_change_touches_a_scenario_and_writes_the_writers_page(tmp_path: Path) -> None:
    import subprocess
    import sys

    copy = _copy(tmp_path, ("Dit kan enkel gebeuren door de wettelijke", "Enkel de wettelijke"))
    command = [
        sys.executable,
        "-m",
        "vaccinnet_bdd",
        "diff-manual",
        str(MANUAL),
        str(copy),
        "--html",
        str(tmp_path / "d.html"),
    ]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 1 and "§2.2 Hoofdtoegangsbeheerder aanduiden: gewijzigd" in run.stdout
    page = (tmp_path / "d.html").read_text(encoding="utf-8")
    assert "<ins>Enkel</ins>" in page and "<del>Dit kan enkel gebeuren door</del>" in page
    same = subprocess.run([*command[:4], str(MANUAL), str(MANUAL), "--json"], cwd=ROOT, capture_output=True, text=True)
    assert same.returncode == 0 and '"changes": []' in same.stdout


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("handleiding.rtf", b"{\\rtf1 tekst}", "onbekend soort bestand (.rtf)"),
        ("handleiding.txt", b"", "handleiding.txt is leeg"),
        ("handleiding.txt", b"\xff\xfe\x00\xd8 geen utf-8", "is geen tekst in UTF-8"),
        ("handleiding.docx", b"PK geen zip", "is geen leesbaar Word-bestand (.docx)"),
        ("handleiding.pdf", b"%PDF-1.4 kapot", "is geen leesbaar PDF-bestand"),
        ("handleiding.md", b"# Boodschappen\n\nBrood en melk.\n", "geen enkele genummerde sectie gevonden"),
    ],
)
def test_a_file_that_is_no_manual_gives_a_reason_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    assert diff_manual_command(MANUAL if MANUAL.is_file() else bad, bad) == 2
    out = capsys.readouterr()
    assert message in out.err and out.out == "" and "Traceback" not in out.err
    assert diff_manual_command(tmp_path / "weg.txt", bad) == 2
    assert "Geen handleiding: " in capsys.readouterr().err
