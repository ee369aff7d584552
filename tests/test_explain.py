"""A failing step explains itself in Dutch above Playwright's message (vaccinnet_bdd.harness.explain)."""

from __future__ import annotations

import pytest

from vaccinnet_bdd.harness.explain import element, expectation, explanation, nearest
from vaccinnet_bdd.harness.provided import Shown

from .conftest import scratch_project, suite_addopts

# Playwright's own messages, as it writes them (1.65).
MISSING = (
    "Locator.click: Timeout 5000ms exceeded.\nCall log:\n"
    '  - waiting for get_by_role("button", name="Opslaan", exact=True)\n'
)
WRONG_TEXT = (
    "Locator expected to have text '3 items gevonden.'\nActual value: 2 items gevonden. \nCall log:\n"
    '  - Expect "to_have_text" get_by_text("items gevonden.") with timeout 5000ms\n'
    '  - waiting for get_by_text("items gevonden.")\n'
)
NOT_THERE = (
    "Locator expected to be visible\nActual value: None\nError: element(s) not found \nCall log:\n"
    '  - waiting for get_by_text("Aangemeld als Ann Claes", exact=True)\n'
)
TREE = '- heading "Gebruikers" [level=1]\n- button "Opslaan wijzigingen"\n- paragraph: Aangemeld als Bert Wouters\n'
TREE += '- link "Afmelden":\n  - /url: "#"\n- text: Ik wil me aanmelden als:\n'


def test_a_locator_in_dutch_words_with_the_role_and_name_it_asks_for() -> None:
    assert element('get_by_role("button", name="Opslaan", exact=True)') == ('knop "Opslaan"', "button", "Opslaan")
    chain = 'get_by_role("table", name="Gebruikers").get_by_role("row").filter(has_text="Claes")'
    assert element(chain)[0] == 'rij met "Claes" in tabel "Gebruikers"'
    assert element('get_by_label("E-mailadres *", exact=True)') == ('veld "E-mailadres *"', None, "E-mailadres *")


def test_what_the_failed_call_expected() -> None:
    assert expectation(MISSING)[0] == 'knop "Opslaan", om op te klikken'
    assert expectation(WRONG_TEXT)[0] == 'tekst "items gevonden." met de tekst "3 items gevonden."'
    assert expectation(NOT_THERE)[0] == 'tekst "Aangemeld als Ann Claes" zichtbaar'


def test_the_nearest_element_of_the_same_role_or_any_text() -> None:
    assert nearest(TREE, "button", "Opslaan") == 'knop "Opslaan wijzigingen"'
    assert nearest(TREE, "text", "Aangemeld als Ann Claes") == 'alinea "Aangemeld als Bert Wouters"'
    assert nearest(TREE, "checkbox", "Afmeldne") == 'link "Afmelden"'  # no check box: any element


def test_the_explanation_names_the_step_the_page_and_whose_browser() -> None:
    shown = Shown("http://127.0.0.1/vaccinnet/profiel", "Profiel kiezen", "Bert Wouters", TREE)
    text = explanation('Dan vraagt Vaccinnet "Ann Claes" om een profiel te kiezen', NOT_THERE, shown, "Bert Wouters")
    assert text.splitlines() == [
        'De stap faalde: Dan vraagt Vaccinnet "Ann Claes" om een profiel te kiezen',
        'Verwacht: tekst "Aangemeld als Ann Claes" zichtbaar',
        "Wat de pagina toont:",
        "  adres: http://127.0.0.1/vaccinnet/profiel",
        "  titel: Profiel kiezen",
        "  in de browser van: Bert Wouters; de pagina meldt aangemeld: Bert Wouters",
        '  meest gelijkend: alinea "Aangemeld als Bert Wouters"',
    ]
    found = explanation('Dan toont de lijst "3 items gevonden."', WRONG_TEXT, shown, "Lies Bos")
    assert 'Gevonden: "2 items gevonden."' in found and "meest gelijkend" not in found


FAILING = """# language: nl
@handleiding-2.4.1.1
Functionaliteit: Uitleg
  Scenario: Een knop die er niet is
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij op "Gebruikers toevoegen" klikt

  Scenario: Een andere tekst
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    En "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "eHealthBox"
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    Dan toont de lijst "3 items gevonden."

  Scenario: De pagina van een ander
    Gegeven "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Bert Wouters" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Ann Claes" zich bij Vaccinnet aanmeldt met "itsme"
    En "Bert Wouters" zich bij Vaccinnet aanmeldt met "itsme"
    Dan vraagt Vaccinnet "Ann Claes" om een profiel te kiezen
"""


def test_a_missing_button_a_wrong_text_and_another_persons_page_explained_above_playwrights_message(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch_project(pytester, monkeypatch, {"uitleg.feature": FAILING}, addopts=suite_addopts())
    # a second for what a step looks for (--step-timeout): each scenario fails on something that is not there
    result = pytester.runpytest_subprocess(
        "features", "--no-retry", "--no-report", "-p", "no:randomly", "--step-timeout=1"
    )
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(
        [
            '*TimeoutError: De stap faalde: En zij op "Gebruikers toevoegen" klikt',
            '*Verwacht: link "Gebruikers toevoegen", om op te klikken',
            "*Wat de pagina toont:",
            "*adres: http://127.0.0.1:*/uman/*/gebruikers",
            "*titel: Gebruikers",
            "*in de browser van: Lies Bos",
            '*meest gelijkend: link "Gebruikers"',
            "*Playwright: Locator.click: Timeout 1000ms exceeded.",
            '*AssertionError: De stap faalde: Dan toont de lijst "3 items gevonden."',
            '*Gevonden: "2 items gevonden."',
            "*Playwright: Locator expected to have text '3 items gevonden.'",
            '*AssertionError: De stap faalde: Dan vraagt Vaccinnet "Ann Claes" om een profiel te kiezen',
            '*Verwacht: tekst "Aangemeld als Ann Claes" zichtbaar',
            "*in de browser van: Bert Wouters; de pagina meldt aangemeld: Bert Wouters",
            '*meest gelijkend: alinea "Aangemeld als Bert Wouters"',
            "*Playwright: Locator expected to be visible",
        ]
    )
