"""Page objects of the mock eHealth access management (UMAN, manual §2.4.1)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook
from playwright.sync_api import Locator, Page


class UmanEntryPage:
    """ "Toegang krijgen tot de beveiligde diensten" and the choice of organisation."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Toegang krijgen tot de beveiligde diensten")
        self.csam_login = page.get_by_role("link", name="Zich aanmelden via CSAM")
        self.organisations = page.get_by_role("list", name="Organisaties").get_by_role("link")
        self.alert = page.get_by_role("alert")

    def open(self) -> None:
        self.page.goto("/uman/")

    def open_organisations(self) -> None:
        self.page.goto("/uman/organisaties")

    def block(self, title: str) -> Locator:
        return self.page.get_by_role("region", name=title)

    def choose(self, organisation: str) -> None:
        self.page.get_by_role("link", name=organisation, exact=True).click()


class UsersPage:
    """ "Gebruikers" of one organisation, with its add, change and delete forms."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.context_lines = page.locator("#context")  # CSS: two plain lines of text without a role
        self.table = page.get_by_role("table", name="Gebruikers")
        self.found = page.get_by_text("items gevonden.")
        self.new_insz = page.get_by_label("Rijksregisternummer (INSZ) van de nieuwe gebruiker")
        self.next = page.get_by_role("button", name="Volgende")
        self.email = page.get_by_label("E-mailadres *")
        self.save = page.get_by_role("button", name="Opslaan")
        self.confirm = page.get_by_role("button", name="Bevestigen")
        self.action = page.get_by_label("Actie op de geselecteerde gebruikers")
        self.run = page.get_by_role("button", name="Uitvoeren")
        self.status = page.get_by_role("status")
        self.alert = page.get_by_role("alert")
        self.identification = page.get_by_role("definition")
        self.sidebar = page.get_by_role("navigation", name="Functionaliteiten")

    def open(self, organisation_riziv: str) -> None:
        self.page.goto(f"/uman/{organisation_riziv}/gebruikers")

    def row(self, name: str) -> Locator:
        first, _, last = name.partition(" ")
        return self.table.get_by_role("row").filter(has_text=last).filter(has_text=first)

    def rows(self) -> Locator:
        return self.table.get_by_role("row").filter(has=self.page.get_by_role("cell"))

    def cell(self, name: str, column: int) -> Locator:
        return self.row(name).get_by_role("cell").nth(column)

    def application(self, name: str) -> Locator:
        return self.page.get_by_role("checkbox", name=name, exact=True)

    def start_adding(self, insz: str) -> None:
        self.new_insz.fill(insz)
        self.next.click()

    def fill_user(self, email: str, applications: list[str]) -> None:
        self.email.fill(email)
        for app in applications:
            self.application(app).check()
        self.save.click()

    def add(self, insz: str, email: str, applications: list[str]) -> None:
        self.start_adding(insz)
        self.fill_user(email, applications)
        self.confirm.click()

    def edit_rights(self, name: str, applications: list[str]) -> None:
        self.page.get_by_role("link", name=f"Rechten van {name} wijzigen").click()
        for checkbox in self.page.get_by_role("checkbox").all():
            checkbox.uncheck()
        for app in applications:
            self.application(app).check()
        self.save.click()

    def delete(self, *names: str) -> None:
        for name in names:
            self.page.get_by_role("checkbox", name=f"{name} selecteren").check()
        self.action.select_option(label="Gebruiker(s) verwijderen")
        self.run.click()

    def filter(self, label: str, value: str) -> None:
        field = self.page.get_by_label(label, exact=True).first
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(label=value)
        else:
            field.fill(value)
        self.page.get_by_role("button", name="Zoeken").click()

    def export(self, link: str) -> list[list[str]]:
        """Download the export behind ``link`` and read it back: a header row, then the users."""
        with self.page.expect_download() as info:
            self.page.get_by_role("link", name=link, exact=True).click()
        content = Path(info.value.path()).read_bytes()
        if info.value.suggested_filename.endswith(".csv"):
            return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
        sheet = load_workbook(io.BytesIO(content))["Gebruikers"]
        return [[str(cell.value or "") for cell in row] for row in sheet.iter_rows()]

    def type_cells(self) -> list[Locator]:
        return [row.get_by_role("cell").nth(4) for row in self.rows().all()]
