"""Page objects of the mock "Beheer der Toegangsbeheerders" (BTB)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


class BtbPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Beheer der Toegangsbeheerders", exact=True)
        self.appoint_managers = page.get_by_role("link", name="Toegangsbeheerders aanstellen")
        self.insz = page.get_by_label("INSZ (rijksregisternummer)")
        self.email = page.get_by_label("E-mailadres")
        self.role = page.get_by_label("Rol")
        self.domain = page.get_by_label("Domein")
        self.submit = page.get_by_role("button", name="Aanstellen")
        self.managers = page.get_by_role("table", name="Toegangsbeheerders")
        self.alert = page.get_by_role("alert")
        self.status = page.get_by_role("status")

    def open(self) -> None:
        self.page.goto("/btb/")

    def step(self, title: str) -> Locator:
        """The grey bar of one of the three steps; it opens and closes the step."""
        return self.page.get_by_role("button", name=title)

    def step_content(self, title: str) -> Locator:
        return self.page.get_by_role("region", name=title)

    def open_step(self, title: str) -> None:
        self.step(title).click()

    def system(self, title: str) -> Locator:
        return self.page.get_by_role("group", name=title)

    def open_managers_of(self, organisation_riziv: str) -> None:
        self.page.goto(f"/btb/toegangsbeheerders/{organisation_riziv}")

    def appoint(self, insz: str, email: str, role: str, domain: str = "eHealth") -> None:
        self.insz.fill(insz)
        self.email.fill(email)
        self.role.select_option(label=role)
        self.domain.select_option(label=domain)
        self.submit.click()

    def manager_rows(self) -> Locator:
        """The rows of the table body: those with cells, not column headers."""
        return self.managers.get_by_role("row").filter(has=self.page.get_by_role("cell"))

    def manager_row(self, name: str) -> Locator:
        return self.managers.get_by_role("row").filter(has_text=name)

    def change(self, name: str, role: str) -> None:
        self.page.get_by_role("link", name=f"{name} wijzigen").click()
        self.role.select_option(label=role)
        self.submit.click()

    def remove(self, name: str) -> None:
        self.page.get_by_role("button", name=f"{name} verwijderen").click()
