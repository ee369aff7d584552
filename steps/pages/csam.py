"""Page objects of the mock CSAM (the digital keys of manual §2.4.1)."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page

from .common import LOGGED_IN_AS, PortalPage, Secret, fill_secret

APP_KEY = "beveiligingscode via mobiele app"  # the key with user name, password and a one-time code
# How the Gherkin names a digital key, and the label of its button on the CSAM page.
MYGOV, EID, ITSME = "MyGov.be", "eID", "itsme"
KEYS = {
    MYGOV: "AANMELDEN via MyGov.be",
    EID: "AANMELDEN met eID kaartlezer",
    ITSME: "AANMELDEN via itsme",
    "beveiligingscode via e-mail": "AANMELDEN met beveiligingscode via e-mail",
    APP_KEY: "AANMELDEN met beveiligingscode via mobiele app",
    "Europese authenticatie": "AANMELDEN met een elektronische identificatiemiddel erkend op Europees niveau",
}


Credentials = Callable[[str], tuple[str, str, str]]  # a person's name -> user name, password, current code


class CsamLoginPage(PortalPage):
    def __init__(self, page: Page, credentials: Credentials) -> None:
        """``credentials`` gives a person's user name, password and code for the app key."""
        super().__init__(page)
        self.credentials = credentials
        self.title = page.get_by_role("heading", name="Aanmelden bij de online overheid", exact=True)
        self.search = page.get_by_label("Zoek op naam of INSZ", exact=True)
        self.username = page.get_by_label("Gebruikersnaam", exact=True)
        self.password = page.get_by_label("Wachtwoord", exact=True)
        self.code = page.get_by_label("Beveiligingscode (6 cijfers uit uw app)", exact=True)
        self.logged_in = page.get_by_text(re.compile(f"^{LOGGED_IN_AS} "))  # a portal's line, once logged in

    def key(self, name: str) -> Locator:
        return self.page.get_by_role("link", name=KEYS.get(name, name), exact=True)

    def key_in_group(self, group: str, name: str) -> Locator:
        return self.page.get_by_role("region", name=group, exact=True).get_by_role("link", name=name, exact=True)

    def asks_for_a_key(self) -> bool:
        """After a portal handed the login over: whether CSAM shows its digital keys, or the person's
        CSAM session still holds and she is back at the portal, logged in (single sign-on)."""
        self.title.or_(self.logged_in).first.wait_for()
        return self.title.is_visible()

    def log_in(self, person: str, key: str) -> None:
        """Logs ``person`` in with ``key`` when CSAM asks for a key: with the app key as on a real
        environment (user name, password, the code of the moment), with any other key through the
        practice person picker."""
        if not self.asks_for_a_key():
            return
        self.key(key).click()
        if key == APP_KEY:
            username, password, code = (Secret(value) for value in self.credentials(person))
            fill_secret(self.username, username)  # never in a failure's message, nor in the report
            fill_secret(self.password, password)
            fill_secret(self.code, code)
            self.button("Aanmelden").click()
            return
        self.search.fill(person)
        self.search.press("Enter")
        self.page.get_by_role("button", name=f"Aanmelden als {person}", exact=True).click()


def sign_in(page: Page, portal: str, account: str, credentials: Credentials) -> None:
    """How an account logs in on a target: the portal's own login at its address ``portal``, then
    CSAM's app key when CSAM asks for a key (not when the account's CSAM session still holds)."""
    csam = CsamLoginPage(page, credentials)
    csam.log_in_at(portal)
    if csam.key(APP_KEY).is_visible():
        csam.log_in(account, APP_KEY)
