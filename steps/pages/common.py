"""What every portal page has: links to follow, messages, form fields."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


class PortalPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.alert = page.get_by_role("alert")
        self.status = page.get_by_role("status")

    def follow(self, link: str) -> None:
        self.page.get_by_role("link", name=link, exact=True).click()

    def field(self, label: str) -> Locator:
        return self.page.get_by_label(label, exact=True)
