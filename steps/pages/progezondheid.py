"""Page objects of the mock ProGezondheid (manual §2.1)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from .common import PortalPage

# The roles and professions ProGezondheid records for a representative (manual §2.1);
# "Secretariaat" is one that gives no mandate.
ROLES = (
    "Professioneel zorgverlener > apotheker",
    "Professioneel zorgverlener",
    "Verantwoordelijke",
    "eHealth certificaat beheerder",
    "Secretariaat",
)


class ProGezondheidPage(PortalPage):
    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.table = page.get_by_role("table", name="Organisaties die u vertegenwoordigt", exact=True)

    def open(self) -> None:
        self.goto("/progezondheid/")

    def cells(self, organisation: str) -> Locator:
        return self.table.get_by_role("row").filter(has_text=organisation).get_by_role("cell")
