"""Gegeven steps that arrange who is who: persons, organisations and the rights they hold.

On the mock each step arranges its state at once, through the portal's own operation. On an
acceptance environment the steps say what the scenario's people and organisations must be; before
the first Als or Dan step they are cast onto accounts and organisations of the target that are so,
or that the portals' screens can make so (see "Tegen een acceptatieomgeving" in README).
"""

from __future__ import annotations

from pytest_bdd import given

from steps.codes import PHARMACY
from steps.pages.uman import BLOCKED, EHEALTHBOX
from steps.parameters import HOLDER, LEGAL_REPRESENTATIVE, parsers
from vaccinnet_bdd.harness.world import World


@given(parsers.parse('"{person:Persoon}" heeft geen rechten in een organisatie'))
def _(world: World, person: str) -> None:
    """Een persoon zonder enige rol of toegang in een organisatie.

    Op de mock: een nieuwe persoon.
    Op een doel: een account zonder rechten dat het doelbestand kent.
    """
    world.without_rights(person)


@given(
    parsers.parse('"{first:Persoon}", "{second:Persoon}" en "{third:Persoon}" hebben geen rechten in een organisatie')
)
def _(world: World, first: str, second: str, third: str) -> None:
    """Drie personen zonder enige rol of toegang in een organisatie.

    Op de mock: drie nieuwe personen.
    Op een doel: drie accounts zonder rechten die het doelbestand kent.
    """
    for person in (first, second, third):
        world.without_rights(person)


@given(parsers.parse('"{person:Persoon}" heeft INSZ "{insz}"'))
def _(world: World, person: str, insz: str) -> None:
    """Een persoon met dit rijksregisternummer (INSZ), in elke schrijfwijze.

    Op de mock: een nieuwe persoon met dit INSZ.
    Op een doel: het account met dit INSZ, als het doelbestand het kent; anders niet uitvoerbaar.
    """
    world.exists(person, insz=insz)


@given(parsers.parse('"{person:Persoon}" is geboren in {year:d}'))
def _(world: World, person: str, year: int) -> None:
    """Een persoon geboren in dit jaar; vanaf 2000 telt het controlegetal van het INSZ een 2 vooraan mee.

    Op de mock: een nieuwe persoon geboren in dat jaar.
    Op een doel: een account van iemand die, net als zij, in 2000 of later (of ervoor) geboren is.
    """
    world.exists(person, year=year)


@given(parsers.parse('"{person:Persoon}" heeft een BIS-nummer met maand + {plus:d}'))
def _(world: World, person: str, plus: int) -> None:
    """Een persoon met een BIS-nummer: de maand + 20 (geslacht onbekend) of + 40 (geslacht gekend).

    Op de mock: een nieuwe persoon met zo'n BIS-nummer.
    Op een doel: een account met zo'n BIS-nummer, als het doelbestand er een kent; anders niet uitvoerbaar.
    """
    world.exists(person, bis=plus)


@given(parsers.parse('"{person:Persoon}" is {profession:Beroep} met een eigen RIZIV-nummer'))
def _(world: World, person: str, profession: str) -> None:
    """Een individuele zorgverlener met een eigen RIZIV-nummer van 11 cijfers.

    Op de mock: een nieuwe zorgverlener met een RIZIV-nummer.
    Op een doel: een account met dat beroep en een eigen RIZIV-nummer in het doelbestand.
    """
    world.care_provider(person, world.code("beroep", profession))


@given(parsers.parse('"{person:Persoon}" is {representative:Vertegenwoordiger} van {kind:Soort} "{org:Organisatie}"'))
def _(world: World, person: str, representative: str, kind: str, org: str) -> None:
    """De titularis (apotheek) of wettelijke vertegenwoordiger, met de rol die ProGezondheid vraagt (§2.1).

    Op de mock: de organisatie met deze vertegenwoordiger.
    Op een doel: een organisatie van die soort en het account dat het doelbestand er vertegenwoordiger van noemt.
    """
    _representative_of(representative, kind)
    world.organisation_of(org, kind, legal_rep=person)


def _representative_of(representative: str, kind: str) -> None:
    """A pharmacy has a titularis, every other kind a legal representative (§2.1)."""
    pharmacy = kind == PHARMACY
    if (representative == HOLDER) != pharmacy:
        raise ValueError(f"een {kind} heeft een {HOLDER if pharmacy else LEGAL_REPRESENTATIVE}")


@given(
    parsers.parse(
        '"{person:Persoon}" is {representative:Vertegenwoordiger} van {kind:Soort} "{org:Organisatie}" met rol "{role}"'
    )
)
def _(world: World, person: str, representative: str, kind: str, org: str, role: str) -> None:
    """De vertegenwoordiger, met deze rol of dit beroep in ProGezondheid.

    Voorbeeld: "Lotte Dubois" is wettelijke vertegenwoordiger van wachtpost "WACHTPOST LEIE" met rol "Secretariaat"

    Op de mock: de organisatie met deze vertegenwoordiger in deze rol.
    Op een doel: een organisatie waarvan het doelbestand de vertegenwoordiger met die rol noemt.
    """
    _representative_of(representative, kind)
    world.organisation_of(org, kind, legal_rep=person, legal_rep_role=role)


@given(parsers.parse('"{person:Persoon}" is hoofdtoegangsbeheerder van {kind:Soort} "{org:Organisatie}"'))
def _(world: World, person: str, kind: str, org: str) -> None:
    """De hoofdtoegangsbeheerder (HTB) van de organisatie.

    Op de mock: de organisatie met deze HTB.
    Op een doel: een organisatie van die soort en het account dat het doelbestand er HTB van noemt.
    """
    world.organisation_of(org, kind, htb=person)


@given(
    parsers.parse('"{person:Persoon}" is hoofdtoegangsbeheerder in ProGezondheid van {kind:Soort} "{org:Organisatie}"')
)
def _(world: World, person: str, kind: str, org: str) -> None:
    """De HTB in ProGezondheid, daardoor ook HTB in het eHealth-toegangsbeheer (§2.1).

    Op de mock: de organisatie met deze HTB in ProGezondheid.
    Op een doel: een organisatie van die soort en het account dat het doelbestand er HTB van noemt.
    """
    world.organisation_of(org, kind, progezondheid_htb=person)


@given(parsers.parse('"{person:Persoon}" is gebruiker van {kind:Soort} "{org:Organisatie}" met "{apps:Lijst}"'))
def _(world: World, person: str, kind: str, org: str, apps: list[str]) -> None:
    """Een actieve gebruiker (USER) van de organisatie met deze beveiligde toepassingen.

    Op de mock: het lidmaatschap, meteen.
    Op een doel: een account dat het zo is, nagekeken in UMAN; met --allow-changes ook een account dat
    de lokale beheerder in UMAN zo toevoegt of met het potloodje zo zet (en achteraf terugzet).
    """
    world.member(person, org, kind, applications=apps)


@given(
    parsers.parse(
        '"{person:Persoon}" is geblokkeerde gebruiker van {kind:Soort} "{org:Organisatie}" met "{apps:Lijst}"'
    )
)
def _(world: World, person: str, kind: str, org: str, apps: list[str]) -> None:
    """Een gebruiker met status Geblokkeerd.

    Op de mock: het lidmaatschap, geblokkeerd.
    Op een doel: een account dat het doelbestand zo noemt, nagekeken in UMAN (geen scherm blokkeert iemand).
    """
    world.member(person, org, kind, applications=apps, status=BLOCKED)


@given(
    parsers.parse(
        '"{person:Persoon}" is {profession:Beroep} en gebruiker van {kind:Soort} "{org:Organisatie}" met "{apps:Lijst}"'
    )
)
def _(world: World, person: str, profession: str, kind: str, org: str, apps: list[str]) -> None:
    """Een zorgverlener met een eigen RIZIV-nummer die ook gebruiker van de organisatie is.

    Op de mock: een nieuwe zorgverlener, gebruiker van de organisatie.
    Op een doel: een account met dat beroep, gebruiker zoals hierboven.
    """
    world.care_provider(person, world.code("beroep", profession))
    world.member(person, org, kind, applications=apps)


@given(parsers.parse('"{person:Persoon}" is "{member_type}" van {kind:Soort} "{org:Organisatie}"'))
def _(world: World, person: str, member_type: str, kind: str, org: str) -> None:
    """Een lokale beheerder ("LB") of co-lokale beheerder ("Co-LB") in het eHealth-toegangsbeheer.

    Voorbeeld: "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"

    Op de mock: het lidmaatschap, meteen.
    Op een doel: een account dat het doelbestand zo noemt, nagekeken in UMAN.
    """
    world.member(person, org, kind, type=member_type)


@given(parsers.parse('"{person:Persoon}" is "{role}" voor "{domain}" van "{org:Organisatie}"'))
def _(world: World, person: str, role: str, domain: str, org: str) -> None:
    """Een toegangsbeheerder, aangesteld door de HTB in het Beheer der Toegangsbeheerders.

    Voorbeeld: "Ann Claes" is "Toegangsbeheerder" voor "eHealth" van "WACHTPOST LEIE"

    Op de mock: de aanstelling, meteen, door de HTB.
    Op een doel: een (co-)toegangsbeheerder voor eHealth die het doelbestand als LB (Co-LB) noemt; met
    --allow-changes ook een account zonder rechten dat de HTB in BTB zo aanstelt (en achteraf weer weghaalt).
    """
    world.appoint_manager(person, role, domain, org)


@given(parsers.parse('"{org:Organisatie}" mag geen vaccins bestellen'))
def _(world: World, org: str) -> None:
    """Een organisatie die geen 'Vaccinnet Bestel- en voorraadbeheer' mag krijgen.

    Op de mock: de organisatie mag niet meer bestellen.
    Op een doel: een organisatie die het doelbestand zo noemt (mag_bestellen = false).
    """
    world.forbid_ordering(org)


@given(parsers.parse('"{manager:Persoon}" voegde "{person:Persoon}" toe aan "{org:Organisatie}" met "{apps:Lijst}"'))
def _(world: World, manager: str, person: str, org: str, apps: list[str]) -> None:
    """Wat een toegangsbeheerder eerder deed: hij voegde de persoon toe, met deze toepassingen.

    Op de mock: de eigen bewerking van het toegangsbeheer, als deze beheerder, met haar controles
    (hij moet de organisatie beheren, de persoon mag er nog geen gebruiker zijn).
    Op een doel: een account dat gebruiker is met die toepassingen, zoals "is gebruiker van" hierboven.
    """
    world.added_user(manager, person, org, apps)


@given(parsers.parse('"{manager:Persoon}" verwijderde "{person:Persoon}" uit "{org:Organisatie}"'))
def _(world: World, manager: str, person: str, org: str) -> None:
    """Wat een toegangsbeheerder eerder deed: hij verwijderde de persoon uit de organisatie.

    Op de mock: de eigen bewerking van het toegangsbeheer, als deze beheerder, met haar controles
    (hij moet de organisatie beheren, de persoon moet er gebruiker zijn).
    Op een doel: een account dat er geen lid (meer) is; met --allow-changes ook een gebruiker die de
    lokale beheerder verwijdert (en achteraf weer toevoegt).
    """
    world.deleted_users(manager, [person], org)


@given(parsers.parse('"{person:Persoon}" is geblokkeerd in "{org:Organisatie}"'))
def _(world: World, person: str, org: str) -> None:
    """De status van een bestaande gebruiker of beheerder wordt Geblokkeerd.

    Op de mock: de status wordt Geblokkeerd.
    Op een doel: een account dat het doelbestand zo noemt, nagekeken in UMAN (geen scherm blokkeert iemand).
    """
    world.change_status(person, org, BLOCKED)


@given(parsers.parse('"{org:Organisatie}" heeft nog {count:d} gebruikers'))
def _(world: World, org: str, count: int) -> None:
    """Zoveel gebruikers extra, met gegenereerde namen en 'eHealthBox'.

    Op de mock: zoveel nieuwe personen, gebruiker van de organisatie.
    Op een doel: niet uitvoerbaar (enkel de mock maakt personen).
    """
    world.extra_users(org, count, applications=[EHEALTHBOX])
