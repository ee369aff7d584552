"""Page objects of the mock eHealth access management (UMAN, manual §2.4.1)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from .common import SECURE_SERVICES, Form, NotRestored, PortalPage

DELETE_USERS = "Gebruiker(s) verwijderen"
VACCINNET_REGISTRATION = "Vaccinnet Consultatie en Registratie"
USERS = "Gebruikers"  # the page, its table, the sidebar link and the export's sheet
# The columns of the user list that scenarios read.
TYPE, STATUS, INSZ = "Type", "Status", "INSZ"
# The secured applications of the UMAN user form (manual §2.4.1.1), in the form's order.
VACCINNET_ORDERING = "Vaccinnet Bestel- en voorraadbeheer"
EHEALTHBOX = "eHealthBox"
APPLICATIONS = (
    "Centraal Traceringsregister",
    "Corona Tracing System - PCR Prescription validation",
    "EBMPracticeNet",
    EHEALTHBOX,
    "eHealth Platform Certificate Manager",
    "End to End Encryption REST service - Manage functionality",
    "End to End Encryption REST service - Read functionality",
    "Healthdata for Primary Care",
    "MedAttest-eShop",
    "Raadplegen Gegevens van het Lid",
    VACCINNET_ORDERING,
    VACCINNET_REGISTRATION,
    "Verzekerbaarheid",
)
# The requests of UMAN's forms, for a request sent by hand (as the pages' forms send them).
FORMS = {
    "een gebruiker toevoegen": Form(
        "/uman/organisaties",
        lambda f: f"/uman/{f.org}/gebruikers/nieuw/bevestigen",
        lambda f: {"insz": f.insz, "email": f.email, "lokaal_email": "", "toepassingen": list(f.applications)},
    ),
    "gebruikers verwijderen": Form(
        "/uman/organisaties",
        lambda f: f"/uman/{f.org}/gebruikers/actie",
        lambda f: {"selectie": f.insz, "actie": "verwijderen"},
    ),
    "de rechten wijzigen": Form(
        "/uman/organisaties",
        lambda f: f"/uman/{f.org}/gebruikers/{f.insz}",
        lambda f: {"email": f.email, "lokaal_email": "", "toepassingen": list(f.applications)},
    ),
}
# The Type and Status of the user list (manual §2.4.1.1).
LB, CO_LB, USER = "LB", "Co-LB", "USER"
MEMBER_TYPES = (LB, CO_LB, USER)
ACTIVE, BLOCKED = "Actief", "Geblokkeerd"
STATUSES = (ACTIVE, BLOCKED)
# The two context lines above the user list: "Benaming: <name>; RIZIV-nummer: <number>" and
# "Hoedanigheid: <capacity>; RIZIV-nummer: <number>".
NAME_LINE, RIZIV_PART = "Benaming: ", "; RIZIV-nummer: "


class UmanEntryPage(PortalPage):
    """ "Toegang krijgen tot de beveiligde diensten" and the choice of organisation."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.title = page.get_by_role("heading", name=SECURE_SERVICES, exact=True)
        self.csam_login = page.get_by_role("link", name="Zich aanmelden via CSAM", exact=True)
        self.organisations = page.get_by_role("list", name="Organisaties", exact=True).get_by_role("link")

    def open(self) -> None:
        self.goto("/uman/")

    def open_organisations(self) -> None:
        self.goto("/uman/organisaties")

    def block(self, title: str) -> Locator:
        return self.page.get_by_role("region", name=title, exact=True)

    def choose(self, organisation: str) -> None:
        self.link(organisation).click()


class UsersPage(PortalPage):
    """ "Gebruikers" of one organisation, with its add, change and delete forms."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.title = page.get_by_role("heading", name=USERS, exact=True)
        self.context_lines = page.locator("#context")  # CSS: two plain lines of text without a role
        self.table = page.get_by_role("table", name=USERS, exact=True)
        self.column_headers = self.table.get_by_role("columnheader")
        self._headers: tuple[str, list[str]] = ("", [])
        self.riziv = ""
        self.found = page.get_by_text("items gevonden.")
        self.paging = page.get_by_text(re.compile(r"^Pagina \d+ van \d+$"))
        self.new_insz = page.get_by_label("Rijksregisternummer (INSZ) van de nieuwe gebruiker", exact=True)
        self.next = page.get_by_role("button", name="Volgende", exact=True)
        self.email = page.get_by_label("E-mailadres *", exact=True)
        self.save = page.get_by_role("button", name="Opslaan", exact=True)
        self.back = page.get_by_role("button", name="Vorige", exact=True)
        self.confirm = page.get_by_role("button", name="Bevestigen", exact=True)
        self.action = page.get_by_label("Actie op de geselecteerde gebruikers", exact=True)
        self.run = page.get_by_role("button", name="Uitvoeren", exact=True)
        self.search = page.get_by_role("button", name="Zoeken", exact=True)
        self.identification = page.get_by_role("definition")
        self.sidebar = page.get_by_role("navigation", name="Functionaliteiten", exact=True)
        self.applications = page.get_by_role("group", name="Beveiligde toepassingen", exact=True).get_by_role(
            "checkbox"
        )

    def open(self, organisation_riziv: str) -> None:
        self.riziv = organisation_riziv  # the organisation whose users this page shows
        self.goto(f"/uman/{organisation_riziv}/gebruikers")

    def row(self, name: str) -> Locator:
        first, _, last = name.partition(" ")
        return self.table.get_by_role("row").filter(has_text=last).filter(has_text=first)

    def rows(self) -> Locator:
        return self.table.get_by_role("row").filter(has=self.page.get_by_role("cell"))

    def column(self, name: str) -> int:
        """The index of a column, by its header: "Naam", "Type", "INSZ", "Status", ...

        The headers are read once per address (the checks of one list ask for several cells), as the
        text of the header row, whose cells the browser separates by tabs: one call, which unlike
        reading each header needs no script of Playwright's in the page itself (about 20 ms the first
        time after each page load).
        """
        if self._headers[0] != self.page.url:
            self._headers = (self.page.url, self.table.get_by_role("row").first.inner_text().split("\t"))
        return self._headers[1].index(name)

    def cell(self, name: str, column: str) -> Locator:
        return self.row(name).get_by_role("cell").nth(self.column(column))

    def column_cells(self, column: str) -> list[Locator]:
        index = self.column(column)
        return [row.get_by_role("cell").nth(index) for row in self.rows().all()]

    def named(self, organisation: str) -> str:
        """The start of the context line that names the organisation: "Benaming: <name>;"."""
        return f"{NAME_LINE}{organisation};"

    def context_line(self, line: str, riziv: str) -> str:
        """A context line as shown: its own words, then the organisation's RIZIV number."""
        return f"{line}{RIZIV_PART}{riziv}"

    def sidebar_heading(self, title: str) -> Locator:
        return self.sidebar.get_by_role("heading", name=title, exact=True)

    def sidebar_link(self, name: str) -> Locator:
        return self.sidebar.get_by_role("link", name=name, exact=True)

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

    def enter_user(self, email: str, applications: list[str]) -> None:
        """Fill in the user form without saving it yet."""
        self.email.fill(email)
        for app in applications:
            self.application(app).check()

    def add(self, insz: str, email: str, applications: list[str]) -> None:
        self.start_adding(insz)
        self.fill_user(email, applications)
        self.confirm.click()

    def member(self, name: str) -> tuple[str, str] | None:
        """Type and status of ``name`` as the open list shows them (None: the list does not show her)."""
        self.title.wait_for()
        if not self.row(name).count():
            return None
        return self.cell(name, TYPE).inner_text().strip(), self.cell(name, STATUS).inner_text().strip()

    def add_back(self, name: str, insz: str, email: str, applications: list[str], was: tuple[str, str]) -> bool:
        """Add a deleted user back with her e-mail address and applications, when the list no longer
        shows her: undoes a deletion that may not have happened (False: nothing to undo). The form
        adds an active USER: a type or status it cannot give back is said, as what is left behind."""
        if self.member(name) is not None:
            return False
        self.add(insz, email, applications)
        self.answered()
        now = self.member(name)
        if now is None:
            raise NotRestored(f"{name} staat na het toevoegen niet in de lijst")
        if now != was:
            raise NotRestored(
                f"{name} staat weer in de lijst als {', '.join(now)}, maar was {', '.join(was)}:"
                " het formulier om een gebruiker toe te voegen zet type en status niet"
            )
        return True

    def answered(self) -> None:
        """After a form was sent: wait for the portal's answer, then open the list again."""
        self.wait_for_answer()
        self.open(self.riziv)

    def rights_link(self, name: str) -> Locator:
        """The icon of a sheet with a pencil next to the user."""
        return self.page.get_by_role("link", name=f"Rechten van {name} wijzigen", exact=True)

    def rights(self, name: str) -> set[str]:
        """The applications ticked in the user's form (the icon of a sheet with a pencil), left open."""
        self.rights_link(name).click()
        self.email.wait_for()
        return {app for app in APPLICATIONS if self.application(app).is_checked()}

    def edit_rights(self, name: str, applications: list[str]) -> None:
        """The icon of a sheet with a pencil next to the user, then tick the rights anew."""
        self.rights_link(name).click()
        self.tick_only(applications)

    def tick_only(self, applications: list[str]) -> None:
        for checkbox in self.applications.all():
            checkbox.uncheck()
        for app in applications:
            self.application(app).check()
        self.save.click()

    def set_rights_back(self, name: str, applications: list[str]) -> bool:
        """Tick the user's rights back to ``applications``: undoes a change of rights that may not have
        happened (False: they were so already)."""
        if self.rights(name) == set(applications):
            return False
        self.tick_only(applications)
        self.answered()
        if (now := self.rights(name)) != set(applications):
            raise NotRestored(f"de rechten van {name} zijn {', '.join(sorted(now))}, niet {', '.join(applications)}")
        return True

    def select_user(self, name: str) -> None:
        """Tick the check box in front of the user, as before an action on the selected users."""
        self.page.get_by_role("checkbox", name=f"{name} selecteren", exact=True).check()

    def delete(self, *names: str) -> None:
        for name in names:
            self.page.get_by_role("checkbox", name=f"{name} selecteren", exact=True).check()
        self.action.select_option(label=DELETE_USERS)
        self.run.click()

    def delete_if_listed(self, name: str) -> bool:
        """Delete the user when the list shows her: undoes an addition that may not have happened
        (False: nothing to undo)."""
        if self.member(name) is None:
            return False
        self.delete(name)
        expect(self.row(name)).to_have_count(0)
        return True

    def filter(self, label: str, value: str) -> None:
        field = self.page.get_by_label(label, exact=True).first
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(label=value)
        else:
            field.fill(value)
        self.search.click()

    def export(self, link: str) -> list[list[str]]:
        """Download the export behind ``link`` and read it back: a header row, then the users."""
        with self.page.expect_download() as info:
            self.link(link).click()
        content = Path(info.value.path()).read_bytes()
        if info.value.suggested_filename.endswith(".csv"):
            return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
        from openpyxl import load_workbook  # imported when needed: it takes a while to load

        sheet = load_workbook(io.BytesIO(content))[USERS]
        return [[str(cell.value or "") for cell in row] for row in sheet.iter_rows()]
