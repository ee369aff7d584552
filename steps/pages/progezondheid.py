"""Page objects of the mock ProGezondheid (manual §2.1)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


class ProGezondheidPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.table = page.get_by_role("table", name="Organisaties die u vertegenwoordigt")
        self.status = page.get_by_role("status")

    def open(self) -> None:
        self.page.goto("/progezondheid/")

    def row(self, organisation: str) -> Locator:
        return self.table.get_by_role("row").filter(has_text=organisation)
