"""The clicks of three representative scenarios in plain Playwright, without the harness.

Each function arranges the store directly (as the harness does through the admin API), then does
exactly what the scenario's steps do in a fresh browser context, and checks the same outcome. After
each step it calls ``shot`` with the page: the bench passes either nothing-at-all or the report's
own camera (vaccinnet_bdd.harness.screens), so the harness is compared with and without the
screenshots of its report like with like.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Browser, BrowserContext, Page, expect

from mock_portals.arrange import OpenSession, Portal
from mock_portals.domain.memberships import Application, MemberType
from mock_portals.domain.persons import Person
from mock_portals.store import Store
from vaccinnet_bdd.harness.chromium import VIEWPORT_SIZE

VACCINNET_REGISTRATION = "Vaccinnet Consultatie en Registratie"  # as the pages show it
Shot = Callable[[Page], object]


def _logged_in(context: BrowserContext, store: Store, insz: str, portal: Portal, host: str) -> None:
    """Logged in at ``portal`` as after CSAM, through the same arrange operation as the harness."""
    cookies = [OpenSession(portal=p, insz=insz).apply(store) for p in ("csam", portal)]
    context.add_cookies([{"name": c.name, "value": c.value, "domain": host, "path": c.path} for c in cookies])


def login_and_choose_profile(browser: Browser, store: Store, base_url: str, shot: Shot) -> None:
    """Een gebruiker met een Vaccinnet-toepassing meldt zich aan voor zijn organisatie."""
    store.reset()
    ann = store.persons.add("Ann", "Claes")
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE")
    store.memberships.add(org.riziv, ann.insz, applications=[Application.VACCINNET_REGISTRATION])
    context = browser.new_context(base_url=base_url, viewport=VIEWPORT_SIZE)
    page = context.new_page()
    page.goto("/vaccinnet/")
    page.get_by_role("link", name="Aanmelden").click()
    page.get_by_role("link", name="AANMELDEN via itsme", exact=True).click()
    page.get_by_label("Zoek op naam of INSZ").fill("Ann Claes")
    page.get_by_label("Zoek op naam of INSZ").press("Enter")
    page.get_by_role("button", name="Aanmelden als Ann Claes", exact=True).click()
    shot(page)
    page.get_by_label("Ik wil me aanmelden als:").select_option(label="Burger")
    page.get_by_label("Binnen de organisatie:").select_option(label="WACHTPOST LEIE")
    page.get_by_role("button", name="Profiel bevestigen").click()
    shot(page)
    expect(page.get_by_role("definition")).to_contain_text(["WACHTPOST LEIE"])
    shot(page)
    expect(page.get_by_role("list", name="Uw toepassingen voor WACHTPOST LEIE").get_by_role("listitem")).to_have_text(
        [VACCINNET_REGISTRATION]
    )
    shot(page)
    context.close()


def _users_of_lies(
    browser: Browser, store: Store, base_url: str, shot: Shot, *, ann_is_user: bool
) -> tuple[BrowserContext, Page, Person]:
    """Lies Bos, LB of WACHTPOST LEIE, on its user list in a new browser; Ann Claes, a user or not yet."""
    store.reset()
    lies, ann = store.persons.add("Lies", "Bos"), store.persons.add("Ann", "Claes")
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE")
    store.memberships.add(org.riziv, lies.insz, type=MemberType.LB)
    if ann_is_user:
        store.memberships.add(org.riziv, ann.insz, applications=[Application.VACCINNET_REGISTRATION])
    context = browser.new_context(base_url=base_url, viewport=VIEWPORT_SIZE)
    _logged_in(context, store, lies.insz, "uman", "127.0.0.1")
    page = context.new_page()
    page.goto(f"/uman/{org.riziv}/gebruikers")
    shot(page)
    return context, page, ann


def add_user(browser: Browser, store: Store, base_url: str, shot: Shot) -> None:
    """Een gebruiker toevoegen met Vaccinnet Consultatie en Registratie."""
    context, page, ann = _users_of_lies(browser, store, base_url, shot, ann_is_user=False)
    page.get_by_label("Rijksregisternummer (INSZ) van de nieuwe gebruiker").fill(ann.insz)
    page.get_by_role("button", name="Volgende").click()
    page.get_by_label("E-mailadres *").fill(ann.email)
    page.get_by_role("checkbox", name=VACCINNET_REGISTRATION, exact=True).check()
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_role("button", name="Bevestigen").click()
    shot(page)
    expect(page.get_by_role("status")).to_have_text("De gegevens van de gebruiker werden opgeslagen")
    shot(page)
    row = page.get_by_role("table", name="Gebruikers").get_by_role("row").filter(has_text="Claes")
    expect(row.get_by_role("cell").nth(4)).to_have_text("USER")
    expect(row.get_by_role("cell").nth(6)).to_have_text("Actief")
    shot(page)
    expect(row.get_by_role("cell").nth(5)).to_have_text(f"{ann.insz[:6]} {ann.insz[6:9]} {ann.insz[9:]}")
    shot(page)
    context.close()


def delete_user(browser: Browser, store: Store, base_url: str, shot: Shot) -> None:
    """Een verwijderde gebruiker verdwijnt uit de lijst."""
    context, page, _ = _users_of_lies(browser, store, base_url, shot, ann_is_user=True)
    page.get_by_role("checkbox", name="Ann Claes selecteren").check()
    page.get_by_label("Actie op de geselecteerde gebruikers").select_option(label="Gebruiker(s) verwijderen")
    page.get_by_role("button", name="Uitvoeren").click()
    shot(page)
    expect(page.get_by_role("status")).to_be_visible()
    expect(page.get_by_role("table", name="Gebruikers").get_by_role("row").filter(has_text="Claes")).to_have_count(0)
    shot(page)
    context.close()


# The raw script, and the harness scenario it mirrors (its node id).
SCENARIOS: tuple[tuple[str, Callable[[Browser, Store, str, Shot], None], str], ...] = (
    (
        "CSAM login and profile choice",
        login_and_choose_profile,
        "features/vaccinnet/aanmelden_voor_organisatie.feature::"
        "test_een_gebruiker_met_een_vaccinnettoepassing_meldt_zich_aan_voor_zijn_organisatie",
    ),
    (
        "adding a user",
        add_user,
        "features/uman/gebruikers_toevoegen.feature::test_een_gebruiker_toevoegen_met_vaccinnet_consultatie_en_registratie",
    ),
    (
        "deleting a user",
        delete_user,
        "features/uman/gebruikers_verwijderen.feature::test_een_verwijderde_gebruiker_verdwijnt_uit_de_lijst",
    ),
)
