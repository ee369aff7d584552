"""Page objects of the mock eGezondheid page "Hoe toegang krijgen tot de applicaties?" (manual §2.2)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from .common import PortalPage

REGISTER = "Registreer u via de website van CSAM"
# The request a RIZIV-recognised organisation makes (manual §2.2), of the three the page offers.
CARE_INSTITUTION = "Toegang vragen als zorginstelling"


class EhealthAccessPage(PortalPage):
    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.topics = page.get_by_role("heading", level=3).get_by_role("button")

    def open(self) -> None:
        self.goto("/ehealth/toegang")

    def open_guide(self) -> None:
        """The "BTB Step-by-Step Guide zorginstelling" behind 'Raadpleeg de gebruikshandleiding'."""
        self.goto("/ehealth/gebruikshandleiding")

    def open_topic(self, title: str) -> None:
        self.page.get_by_role("button", name=title, exact=True).click()

    def request_link(self, request: str, link: str) -> Locator:
        return self.page.get_by_role("region", name=request, exact=True).get_by_role("link", name=link, exact=True)

    def open_registration(self, request: str) -> None:
        self.open_topic("Toegangscontrole (autorisatie) tot een toepassing")
        self.open_topic("Een toegangsmachtiging vragen")
        self.request_link(request, REGISTER).click()
