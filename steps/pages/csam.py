"""Page objects of the mock CSAM (the digital keys of manual §2.4.1)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Locator, Page

from .common import PortalPage, Secret, fill_secret

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
    def __init__(self, page: Page, credentials: Credentials, picker: Callable[[str], None] | None = None) -> None:
        """``credentials`` gives a person's user name, password and code for the app key; ``picker``,
        when given, is told before any other key is used (on a target it stops the scenario)."""
        super().__init__(page)
        self.credentials = credentials
        self.picker = picker
        self.title = page.get_by_role("heading", name="Aanmelden bij de online overheid", exact=True)
        self.search = page.get_by_label("Zoek op naam of INSZ", exact=True)
        self.username = page.get_by_label("Gebruikersnaam", exact=True)
        self.password = page.get_by_label("Wachtwoord", exact=True)
        self.code = page.get_by_label("Beveiligingscode (6 cijfers uit uw app)", exact=True)

    def key(self, name: str) -> Locator:
        return self.page.get_by_role("link", name=KEYS.get(name, name), exact=True)

    def key_in_group(self, group: str, name: str) -> Locator:
        return self.page.get_by_role("region", name=group, exact=True).get_by_role("link", name=name, exact=True)

    def log_in(self, person: str, key: str) -> None:
        """Logs ``person`` in with ``key``: with the app key as on a real environment (user name,
        password, the code of the moment), with any other key through the practice person picker."""
        self.key(key).click()
        if key == APP_KEY:
            username, password, code = (Secret(value) for value in self.credentials(person))
            fill_secret(self.username, username)  # never in a failure's message, nor in the report
            fill_secret(self.password, password)
            fill_secret(self.code, code)
            self.button("Aanmelden").click()
            return
        if self.picker is not None:
            self.picker(key)
        self.search.fill(person)
        self.search.press("Enter")
        self.page.get_by_role("button", name=f"Aanmelden als {person}", exact=True).click()
