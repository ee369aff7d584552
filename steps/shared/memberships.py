"""Gegeven steps that arrange who holds which right in which organisation, through the admin API."""

from __future__ import annotations

from pytest_bdd import given, parsers

from steps.harness.world import World

WHO_IN = r'"(?P<person>[^"]+)" is (?P<what>gebruiker|geblokkeerde gebruiker) van (?P<kind>.+?) "(?P<org>[^"]+)"'


def _apps(text: str) -> list[str]:
    return [app.strip() for app in text.split(",") if app.strip()]


@given(parsers.re(WHO_IN + r' met "(?P<apps>[^"]+)"$'))
def _(world: World, person: str, what: str, kind: str, org: str, apps: str) -> None:
    status = {"gebruiker": "Actief", "geblokkeerde gebruiker": "Geblokkeerd"}[what]
    world.member(person, org, kind, applications=_apps(apps), status=status)


@given(
    parsers.re(r'"(?P<person>[^"]+)" is arts en gebruiker van (?P<kind>.+?) "(?P<org>[^"]+)" met "(?P<apps>[^"]+)"$')
)
def _(world: World, person: str, kind: str, org: str, apps: str) -> None:
    world.person(person, profession="Arts")
    world.member(person, org, kind, applications=_apps(apps))


@given(parsers.re(r'"(?P<person>[^"]+)" is hoofdtoegangsbeheerder van (?P<kind>.+?) "(?P<org>[^"]+)"$'))
def _(world: World, person: str, kind: str, org: str) -> None:
    world.organisation(org, kind, htb=world.person(person)["insz"])


@given(
    parsers.re(
        r'"(?P<person>[^"]+)" is (?:wettelijke vertegenwoordiger|titularis) van (?P<kind>.+?) "(?P<org>[^"]+)"'
        r'(?: met rol "(?P<role>[^"]+)")?'
    )
)
def _(world: World, person: str, kind: str, org: str, role: str | None) -> None:
    world.organisation(org, kind, legal_rep=world.person(person)["insz"], legal_rep_role=role)


@given(parsers.re(r'"(?P<person>[^"]+)" is hoofdtoegangsbeheerder in ProGezondheid van (?P<kind>.+?) "(?P<org>[^"]+)"'))
def _(world: World, person: str, kind: str, org: str) -> None:
    world.organisation(org, kind, progezondheid_htb=world.person(person)["insz"])


@given(parsers.parse('"{person}" heeft geen rechten in een organisatie'))
def _(world: World, person: str) -> None:
    world.person(person)


@given(parsers.re(r'"(?P<person>[^"]+)" is "(?P<kind_of_member>LB|Co-LB)" van (?P<kind>.+?) "(?P<org>[^"]+)"$'))
def _(world: World, person: str, kind_of_member: str, kind: str, org: str) -> None:
    world.member(person, org, kind, type=kind_of_member)


@given(parsers.parse('"{person}" is "{role}" voor "{domain}" van "{org}"'))
def _(world: World, person: str, role: str, domain: str, org: str) -> None:
    found = world.person(person)
    world.admin.add_manager(world.organisation(org)["riziv"], found["insz"], role, domain, found["email"])


@given(parsers.parse('"{org}" mag geen vaccins bestellen'))
def _(world: World, org: str) -> None:
    world.admin.update_organisation(world.organisation(org)["riziv"], may_order=False)


@given(parsers.parse('"{manager}" voegde "{person}" toe aan "{org}" met "{apps}"'))
def _(world: World, manager: str, person: str, org: str, apps: str) -> None:
    world.member(person, org, applications=_apps(apps))


@given(parsers.parse('"{manager}" verwijderde "{person}" uit "{org}"'))
def _(world: World, manager: str, person: str, org: str) -> None:
    world.admin.remove_membership(world.organisation(org)["riziv"], world.person(person)["insz"])


@given(parsers.parse('"{person}" is geblokkeerd in "{org}"'))
def _(world: World, person: str, org: str) -> None:
    world.admin.set_status(world.organisation(org)["riziv"], world.person(person)["insz"], "Geblokkeerd")


@given(parsers.parse('"{org}" heeft nog {count:d} gebruikers'))
def _(world: World, org: str, count: int) -> None:
    riziv = world.organisation(org)["riziv"]
    for _ in range(count):
        world.admin.add_membership(riziv, world.admin.add_person(None, None)["insz"], applications=["eHealthBox"])
