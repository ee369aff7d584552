"""Page objects of the mock CSAM (the digital keys of manual §2.4.1)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from .common import PortalPage

# How the Gherkin names a digital key, and the label of its button on the CSAM page.
MYGOV = "MyGov.be"
KEYS = {
    MYGOV: "AANMELDEN via MyGov.be",
    "eID": "AANMELDEN met eID kaartlezer",
    "itsme": "AANMELDEN via itsme",
    "beveiligingscode via e-mail": "AANMELDEN met beveiligingscode via e-mail",
    "beveiligingscode via mobiele app": "AANMELDEN met beveiligingscode via mobiele app",
    "Europese authenticatie": "AANMELDEN met een elektronische identificatiemiddel erkend op Europees niveau",
}


class CsamLoginPage(PortalPage):
    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.title = page.get_by_role("heading", name="Aanmelden bij de online overheid", exact=True)
        self.search = page.get_by_label("Zoek op naam of INSZ", exact=True)

    def key(self, name: str) -> Locator:
        return self.page.get_by_role("link", name=KEYS.get(name, name), exact=True)

    def key_in_group(self, group: str, name: str) -> Locator:
        return self.page.get_by_role("region", name=group, exact=True).get_by_role("link", name=name, exact=True)

    def log_in(self, person: str, key: str) -> None:
        self.key(key).click()
        self.search.fill(person)
        self.search.press("Enter")
        self.page.get_by_role("button", name=f"Aanmelden als {person}", exact=True).click()
