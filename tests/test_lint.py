"""vaccinnet-bdd lint-features: gherkin-lint with the suite's house rules (vaccinnet_bdd.livingdoc.lint)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vaccinnet_bdd.livingdoc.lint import LINTER, LinterMissing, lint

ROOT = Path(__file__).resolve().parent.parent
OPENS = "    Als iemand het Beheer der Toegangsbeheerders opent\n"
GIVEN = '    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"\n'
GIVEN += '    En "Ann Claes" heeft geen rechten in een organisatie\n'
BAD = {
    "zonder_taal.feature": "@handleiding-2.3\nFunctionaliteit: Zonder taal\n  Scenario: Een\n" + OPENS,
    "engels.feature": "# language: en\n@handleiding-2.3\nFeature: English\n  Scenario: One\n    When it opens\n",
    "fouten.feature": (
        "# language: nl\n@handleiding-9.9\nFunctionaliteit: Fouten\n"
        '  Scenario: Dubbel\n    Dan toont de lijst "2 items gevonden."\n'
        + OPENS
        + "  Scenario: Dubbel\n"
        + OPENS
        + "  Scenario: Te lang\n"
        + OPENS * 11
    ),
    "sleutels.feature": "# language: nl\n@handleiding-2.3 @TEST_VAC-12 @TestCaseKey=VAC-T7\nFunctionaliteit: Sleutels\n"
    + "  @TEST_vac-1 @TestCaseKey=VAC-7\n  Scenario: Verkeerd geschreven sleutels\n"
    + OPENS
    + "  Scenario: Zonder eigen sleutel\n"
    + OPENS,
    "herhaald.feature": "# language: nl\n@handleiding-2.4.1\nFunctionaliteit: Herhaald\n"
    + "".join(f'  Scenario: Nummer {n}\n{GIVEN}    Als iemand op "{n}" klikt\n' for n in range(3))
    + '  Scenario: Anders\n    Als iemand op "x" klikt\n',
}


def test_the_suites_feature_files_keep_the_house_rules() -> None:
    assert (ROOT / LINTER).is_file(), "scripts/setup installs gherkin-lint into .cache/gherkin-lint"
    assert lint(sorted((ROOT / "features").rglob("*.feature")), ROOT) == []


def test_each_house_rule_is_reported_in_dutch_at_its_line(tmp_path: Path) -> None:
    for name, text in BAD.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = lint(sorted(tmp_path.glob("*.feature")), ROOT)
    said = [(p.file.rsplit("/", 1)[-1], p.line, p.message.split(" [")[0]) for p in found]
    language = 'zet "# language: nl" op de eerste regel: de scenario\'s zijn Nederlands, zoals de handleiding'
    assert ("zonder_taal.feature", 2, language) in said  # once: the parse errors after it follow from it
    assert [line for file, line, _ in said if file == "zonder_taal.feature"] == [2]
    assert ("engels.feature", 1, f'de taal is "en": {language}') in said
    tags = "enkel @handleiding-<sectie> met een sectie van de handleiding, @regel-<nummer> met een regel van "
    tags += "features/regels.toml of @regel-<nummer>-G1 en -T1 met een gevolg en een toelating ervan, @wijzigt, "
    tags += "@aanname, @figuur, of de sleutel van een testgeval in Xray (@TEST_ABC-123) of Zephyr Scale "
    tags += "(@TestCaseKey=ABC-T123)"
    assert ("fouten.feature", 2, tags) in said
    # the keys of test management tools are kept (cucumber.json), written as the tools write them
    assert [(line, message) for file, line, message in said if file == "sleutels.feature"] == [(4, tags)] * 2
    assert ("fouten.feature", 6, "eerst Gegeven, dan Als, dan Dan") in said
    assert ("fouten.feature", 7, "elk scenario heeft een eigen naam, in de hele suite") in said
    assert ("fouten.feature", 9, "hoogstens 10 stappen per scenario of achtergrond") in said
    assert ("fouten.feature", 11, "herhaal Gegeven, Als of Dan niet: schrijf En") in said
    repeated = [message for file, _, message in said if file == "herhaald.feature"]
    assert repeated == [
        "3 scenario's (regels 4, 8, 12) beginnen met dezelfde 2 Gegeven-stappen: "
        '"Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE" ...: zet ze in een Achtergrond '
        "(met die scenario's in een eigen bestand als niet elk ze heeft)"
    ]


def test_without_gherkin_lint_one_dutch_line_says_how_to_install_it(tmp_path: Path) -> None:
    with pytest.raises(LinterMissing, match="gherkin-lint ontbreekt: scripts/setup installeert het"):
        lint([ROOT / "features" / "csam" / "aanmelden.feature"], tmp_path)
