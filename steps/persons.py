"""Gegeven steps that arrange who is who: persons, organisations and the rights they hold."""

from __future__ import annotations

import pytest
from pytest_bdd import given

from steps.codes import CODES, PHARMACY
from steps.pages.uman import BLOCKED, EHEALTHBOX
from steps.parameters import HOLDER, LEGAL_REPRESENTATIVE, sentence
from vaccinnet_bdd.harness.world import Codes, World


@pytest.fixture(scope="session")
def mock_codes() -> Codes:
    """The mock's codes for the Gherkin's words, which the harness's World arranges with."""
    return CODES


@given(sentence('"{person}" heeft geen rechten in een organisatie'))
def _(world: World, person: str) -> None:
    """Een persoon zonder enige rol of toegang in een organisatie.

    Op een doel: gecontroleerd tegen wat het doelbestand verklaart; anders niet uitvoerbaar.
    """
    world.without_rights(person)


@given(sentence('"{first}", "{second}" en "{third}" hebben geen rechten in een organisatie'))
def _(world: World, first: str, second: str, third: str) -> None:
    """Drie personen zonder enige rol of toegang in een organisatie.

    Op een doel: gecontroleerd tegen wat het doelbestand verklaart; anders niet uitvoerbaar.
    """
    for person in (first, second, third):
        world.without_rights(person)


@given(sentence('"{person}" heeft INSZ "{insz}"'))
def _(world: World, person: str, insz: str) -> None:
    """Een persoon met dit rijksregisternummer (INSZ), in elke schrijfwijze.

    Op een doel: niet uitvoerbaar (enkel de mock kan dit klaarzetten).
    """
    world.person(person, insz=insz)


@given(sentence('"{person}" is geboren in {year:d}'))
def _(world: World, person: str, year: int) -> None:
    """Een persoon geboren in dit jaar; vanaf 2000 telt het controlegetal van het INSZ een 2 vooraan mee.

    Op een doel: niet uitvoerbaar (enkel de mock kan dit klaarzetten).
    """
    world.person_with_insz(person, year=year)


@given(sentence('"{person}" heeft een BIS-nummer met maand + {plus:d}'))
def _(world: World, person: str, plus: int) -> None:
    """Een persoon met een BIS-nummer: de maand + 20 (geslacht onbekend) of + 40 (geslacht gekend).

    Op een doel: niet uitvoerbaar (enkel de mock kan dit klaarzetten).
    """
    world.person_with_insz(person, bis_offset=plus)


@given(sentence('"{person}" is {profession:Beroep} met een eigen RIZIV-nummer'))
def _(world: World, person: str, profession: str) -> None:
    """Een individuele zorgverlener met een eigen RIZIV-nummer van 11 cijfers.

    Op een doel: niet uitvoerbaar (enkel de mock kan dit klaarzetten).
    """
    world.person(person, profession=profession)


@given(sentence('"{person}" is {rep:Vertegenwoordiger} van {kind:Soort} "{org}"'))
def _(world: World, person: str, rep: str, kind: str, org: str) -> None:
    """De titularis (apotheek) of wettelijke vertegenwoordiger, met de rol die ProGezondheid vraagt (§2.1).

    Op een doel: gecontroleerd tegen wat het doelbestand verklaart; anders niet uitvoerbaar.
    """
    _representative_of(rep, kind)
    world.organisation(org, kind, legal_rep=person)


def _representative_of(rep: str, kind: str) -> None:
    """A pharmacy has a titularis, every other kind a legal representative (§2.1)."""
    pharmacy = kind == PHARMACY
    if (rep == HOLDER) != pharmacy:
        raise ValueError(f"een {kind} heeft een {HOLDER if pharmacy else LEGAL_REPRESENTATIVE}")


@given(sentence('"{person}" is {rep:Vertegenwoordiger} van {kind:Soort} "{org}" met rol "{role}"'))
def _(world: World, person: str, rep: str, kind: str, org: str, role: str) -> None:
    """De vertegenwoordiger, met deze rol of dit beroep in ProGezondheid.

    Voorbeeld: "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE" met rol "Secretariaat"

    Op een doel: niet uitvoerbaar (enkel de mock kan dit klaarzetten).
    """
    _representative_of(rep, kind)
    world.organisation(org, kind, legal_rep=person, legal_rep_role=role)


@given(sentence('"{person}" is hoofdtoegangsbeheerder van {kind:Soort} "{org}"'))
def _(world: World, person: str, kind: str, org: str) -> None:
    """De hoofdtoegangsbeheerder (HTB) van de organisatie.

    Op een doel: gecontroleerd tegen wat het doelbestand verklaart; anders niet uitvoerbaar.
    """
    world.organisation(org, kind, htb=person)


@given(sentence('"{person}" is hoofdtoegangsbeheerder in ProGezondheid van {kind:Soort} "{org}"'))
def _(world: World, person: str, kind: str, org: str) -> None:
    """De HTB in ProGezondheid, daardoor ook HTB in het eHealth-toegangsbeheer (§2.1).

    Op een doel: gecontroleerd tegen wat het doelbestand verklaart; anders niet uitvoerbaar.
    """
    world.organisation(org, kind, progezondheid_htb=person)


@given(sentence('"{person}" is gebruiker van {kind:Soort} "{org}" met "{apps:Lijst}"'))
def _(world: World, person: str, kind: str, org: str, apps: list[str]) -> None:
    """Een actieve gebruiker (USER) van de organisatie met deze beveiligde toepassingen.

    Op een doel: gecontroleerd tegen wat het doelbestand verklaart; anders niet uitvoerbaar.
    """
    world.member(person, org, kind, applications=apps)


@given(sentence('"{person}" is geblokkeerde gebruiker van {kind:Soort} "{org}" met "{apps:Lijst}"'))
def _(world: World, person: str, kind: str, org: str, apps: list[str]) -> None:
    """Een gebruiker met status Geblokkeerd.

    Op een doel: gecontroleerd tegen wat het doelbestand verklaart; anders niet uitvoerbaar.
    """
    world.member(person, org, kind, applications=apps, status=BLOCKED)


@given(sentence('"{person}" is {profession:Beroep} en gebruiker van {kind:Soort} "{org}" met "{apps:Lijst}"'))
def _(world: World, person: str, profession: str, kind: str, org: str, apps: list[str]) -> None:
    """Een zorgverlener met een eigen RIZIV-nummer die ook gebruiker van de organisatie is.

    Op een doel: niet uitvoerbaar (enkel de mock kan dit klaarzetten).
    """
    world.person(person, profession=profession)
    world.member(person, org, kind, applications=apps)


@given(sentence('"{person}" is "{member_type}" van {kind:Soort} "{org}"'))
def _(world: World, person: str, member_type: str, kind: str, org: str) -> None:
    """Een lokale beheerder ("LB") of co-lokale beheerder ("Co-LB") in het eHealth-toegangsbeheer.

    Voorbeeld: "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"

    Op een doel: gecontroleerd tegen wat het doelbestand verklaart; anders niet uitvoerbaar.
    """
    world.member(person, org, kind, type=member_type)


@given(sentence('"{person}" is "{role}" voor "{domain}" van "{org}"'))
def _(world: World, person: str, role: str, domain: str, org: str) -> None:
    """Een toegangsbeheerder, aangesteld door de HTB in het Beheer der Toegangsbeheerders.

    Voorbeeld: "Ann Claes" is "Toegangsbeheerder" voor "eHealth" van "WACHTPOST LEIE"

    Op een doel: een (co-)toegangsbeheerder voor eHealth, gecontroleerd als de LB (Co-LB) die het
    doelbestand verklaart en UMAN toont; een andere rol of een ander domein is niet uitvoerbaar.
    """
    world.appoint_manager(person, role, domain, org)


@given(sentence('"{org}" mag geen vaccins bestellen'))
def _(world: World, org: str) -> None:
    """Een organisatie die geen 'Vaccinnet Bestel- en voorraadbeheer' mag krijgen.

    Op een doel: niet uitvoerbaar (enkel de mock kan dit klaarzetten).
    """
    world.forbid_ordering(org)


@given(sentence('"{manager}" voegde "{person}" toe aan "{org}" met "{apps:Lijst}"'))
def _(world: World, manager: str, person: str, org: str, apps: list[str]) -> None:
    """Wat een toegangsbeheerder eerder deed: hij voegde de persoon toe, met deze toepassingen.

    Met de controles van het toegangsbeheer: hij moet de organisatie beheren, de persoon mag er nog
    geen gebruiker zijn.

    Op een doel: niet uitvoerbaar (enkel de mock kan dit klaarzetten).
    """
    world.added_user(manager, person, org, apps)


@given(sentence('"{manager}" verwijderde "{person}" uit "{org}"'))
def _(world: World, manager: str, person: str, org: str) -> None:
    """Wat een toegangsbeheerder eerder deed: hij verwijderde de persoon uit de organisatie.

    Met de controles van het toegangsbeheer: hij moet de organisatie beheren, de persoon moet er
    gebruiker zijn.

    Op een doel: niet uitvoerbaar (enkel de mock kan dit klaarzetten).
    """
    world.deleted_users(manager, [person], org)


@given(sentence('"{person}" is geblokkeerd in "{org}"'))
def _(world: World, person: str, org: str) -> None:
    """De status van een bestaande gebruiker of beheerder wordt Geblokkeerd.

    Op een doel: niet uitvoerbaar (enkel de mock kan dit klaarzetten).
    """
    world.change_status(person, org, BLOCKED)


@given(sentence('"{org}" heeft nog {count:d} gebruikers'))
def _(world: World, org: str, count: int) -> None:
    """Zoveel gebruikers extra, met gegenereerde namen en 'eHealthBox'.

    Op een doel: niet uitvoerbaar (enkel de mock kan dit klaarzetten).
    """
    world.extra_users(org, count, applications=[EHEALTHBOX])
