"""The pages each section of the manual is about, as a reader of that section sees them, for the
drift check (``vaccinnet-bdd check-manual``): handed to the harness in ``PROVIDES``.

On the mock the pages show a small world: one organisation of every kind, with its representative,
HTB, a local manager and a user; the guard post without HTB, so that the registration form can be
filled in. On a target they show the target file's first organisation, seen by the accounts that
play those roles there.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page

from steps.codes import GUARD_POST, KINDS  # the guard post: the organisation every page is about
from steps.pages.btb import BtbPage
from steps.pages.ehealth import EhealthAccessPage
from steps.pages.progezondheid import ProGezondheidPage
from steps.pages.registratie import GUARD_POST as REGISTRATION_GUARD_POST
from steps.pages.registratie import RegistrationPage
from steps.pages.uman import LB, USER, VACCINNET_REGISTRATION, UmanEntryPage, UsersPage
from steps.pages.vaccinnet import VaccinnetPage
from vaccinnet_bdd.harness.provided import ManualPages, NotVisited, Onlookers, Visit
from vaccinnet_bdd.harness.target import Target
from vaccinnet_bdd.harness.world import World

ROLE_WORDS = {
    "representative": "wettelijk vertegenwoordiger",
    "htb": "hoofdtoegangsbeheerder",
    "manager": "lokale beheerder",
    "app_user": "gebruiker met Vaccinnet",
    "stranger": "persoon zonder rechten",
}
# The people of the mock's world, by the role in which they look at the pages.
ROLES = {
    "representative": "Rita Vertegenwoordiger",
    "htb": "Hugo Hoofdbeheerder",
    "manager": "Lotte Beheerder",
    "app_user": "Ulrike Gebruiker",
    "stranger": "Stijn Vreemde",
}


def declare(world: World) -> str:
    """The mock's world, declared as the features declare theirs: the guard post's name."""
    world.without_rights(ROLES["stranger"])
    for kind in KINDS:
        org = f"{kind.upper()} TEST"
        htb = {} if kind == GUARD_POST else {"htb": ROLES["htb"]}
        world.organisation_of(org, kind, legal_rep=ROLES["representative"], **htb)
        world.member(ROLES["manager"], org, kind, type=LB)
        world.member(ROLES["app_user"], org, kind, applications=[VACCINNET_REGISTRATION])
    return f"{GUARD_POST.upper()} TEST"


def target_roles(target: Target) -> tuple[str, dict[str, str]]:
    """The target file's first organisation, and the accounts that look at its pages in each role."""
    if not target.organisatie:
        raise NotVisited("het doelbestand noemt geen enkele organisatie om de pagina's van te bekijken")
    org = target.organisatie[0]
    roles = {"representative": org.vertegenwoordiger, "htb": org.hoofdtoegangsbeheerder}
    for account in target.account:
        member = next((m for m in account.lid if m.organisatie == org.naam), None)
        if member is not None and member.type == LB:
            roles.setdefault("manager", account.naam)
        elif member is not None and member.type == USER and VACCINNET_REGISTRATION in member.toepassingen:
            roles.setdefault("app_user", account.naam)
        elif not account.lid and all(
            account.naam not in (o.vertegenwoordiger, o.hoofdtoegangsbeheerder) for o in target.organisatie
        ):
            roles.setdefault("stranger", account.naam)
    return org.naam, {role: name for role, name in roles.items() if name}


def _registration_refused(page: Page, seen: Onlookers) -> None:
    if not seen.may_change:  # a registration the portal did not refuse would change it
        raise NotVisited("de geweigerde registratie zou het doel kunnen wijzigen")
    registration = RegistrationPage(page)
    registration.open()
    registration.register(REGISTRATION_GUARD_POST, seen.riziv)
    registration.alert.first.wait_for()  # the refusal's page has come


def _user_form(page: Page, seen: Onlookers) -> None:
    stranger = seen.person("stranger")
    users = UsersPage(page)
    users.open(seen.riziv)
    users.start_adding(stranger.insz)
    users.email.fill(stranger.email or "nieuwe.gebruiker@example.org")  # a target's account may have none
    users.application(VACCINNET_REGISTRATION).check()


def _confirmation(page: Page, seen: Onlookers) -> None:
    _user_form(page, seen)
    users = UsersPage(page)
    users.save.click()
    users.confirm.wait_for()  # the confirmation page has come


def _organisation_home(page: Page, seen: Onlookers) -> None:
    entry = UmanEntryPage(page)
    entry.open_organisations()
    entry.choose(seen.org)


def _csam_for_uman(page: Page, seen: Onlookers) -> None:
    entry = UmanEntryPage(page)
    entry.open()
    entry.csam_login.click()


def _open(page_object: Callable[[Page], object], method: str, *with_org: bool) -> Callable[[Page, Onlookers], None]:
    def action(page: Page, seen: Onlookers) -> None:
        getattr(page_object(page), method)(*([seen.riziv] if with_org else []))

    return action


PAGES: dict[str, list[Visit]] = {
    "1.3": [("manager", "uman", _open(UmanEntryPage, "open_organisations"))],
    "2.1": [("representative", "progezondheid", _open(ProGezondheidPage, "open"))],
    "2.2": [
        (None, "", _open(EhealthAccessPage, "open")),
        (None, "", _open(EhealthAccessPage, "open_guide")),
        (None, "", _open(RegistrationPage, "open")),
        ("representative", "registratie", _open(RegistrationPage, "open")),
        ("stranger", "registratie", _registration_refused),
    ],
    "2.3": [
        (None, "", _open(BtbPage, "open")),
        (None, "", _open(EhealthAccessPage, "open_guide")),
        ("htb", "btb", _open(BtbPage, "open_managers_of", True)),
    ],
    "2.4.1": [
        (None, "", _open(BtbPage, "open")),
        (None, "", _open(UmanEntryPage, "open")),
        (None, "", _csam_for_uman),
        ("manager", "uman", _open(UmanEntryPage, "open_organisations")),
        ("manager", "uman", _organisation_home),
    ],
    "2.4.1.1": [
        ("manager", "uman", _open(UsersPage, "open", True)),
        ("manager", "uman", _user_form),
        ("manager", "uman", _confirmation),
    ],
    "2.4.1.2": [("manager", "uman", _open(UsersPage, "open", True))],
    "2.4.2": [
        (None, "", _open(VaccinnetPage, "start_login")),
        ("app_user", "vaccinnet", _open(VaccinnetPage, "open")),
        (None, "", _open(VaccinnetPage, "open_help")),
    ],
    "3.1.1": [(None, "", _open(VaccinnetPage, "open_help"))],
}

MANUAL_PAGES = ManualPages(
    pages=PAGES,
    roles=ROLES,
    role_words=ROLE_WORDS,
    declare=declare,
    target_roles=target_roles,
    by_kind=frozenset({"1.3", "2.1"}),  # sections whose pages show what each kind of organisation has
    kinds=frozenset(KINDS),
)
