"""Page objects of the mock eGezondheid information page (manual §2.2)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

REGISTER = "Registreer u via de website van CSAM"


class EhealthAccessPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.topics = page.get_by_role("heading", level=3).get_by_role("button")

    def open(self) -> None:
        self.page.goto("/ehealth/toegang")

    def open_topic(self, title: str) -> None:
        self.page.get_by_role("button", name=title, exact=True).click()

    def request(self, title: str) -> Locator:
        return self.page.get_by_role("region", name=title, exact=True)

    def open_registration(self, request: str) -> None:
        self.open_topic("Toegangscontrole (autorisatie) tot een toepassing")
        self.open_topic("Een toegangsmachtiging vragen")
        self.request(request).get_by_role("link", name=REGISTER).click()
