"""Page objects of the mock "Beheer der Toegangsbeheerders" (BTB, manual §2.3 and §2.4.1)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from .common import Form, NotRestored, PortalPage

APPOINT_MANAGERS = "Toegangsbeheerders aanstellen"
# The three steps of the page (the grey bars), in order.
STEP_APPOINT_HTB = "EEN HOOFDTOEGANGSBEHEERDER AANSTELLEN"
STEP_APPOINT_MANAGERS = "TOEGANGSBEHEERDERS AANSTELLEN"
STEP_MANAGE_ACCESS = "TOEGANGEN BEHEREN"
STEPS = (STEP_APPOINT_HTB, STEP_APPOINT_MANAGERS, STEP_MANAGE_ACCESS)
# The roles and domains of the appointment form.
MANAGER = "Toegangsbeheerder"
MANAGER_ROLES = ("Co-hoofdtoegangsbeheerder", MANAGER, "Co-toegangsbeheerder")
EHEALTH = "eHealth"
# The columns of the list of access managers that an undo reads (also the labels of the form's fields).
ROLE, DOMAIN, EMAIL = "Rol", "Domein", "E-mailadres"
DOMAINS = (EHEALTH, "Sociale zekerheid", "Financiën")
# A tile under "TOEGANGEN BEHEREN" and its button (manual §2.4.1).
EHEALTH_ACCESS = "Toegangsbeheer eHealth"
# What the list of managers says after a removal, and when it is empty.
MANAGER_REMOVED = "De toegangsbeheerder werd verwijderd"
NO_MANAGERS = "Nog geen toegangsbeheerders."
# The request of the appointment form, for a request sent by hand (as the page's form sends it).
FORMS = {
    "een toegangsbeheerder aanstellen": Form(
        "/btb/",
        lambda f: f"/btb/toegangsbeheerders/{f.org}",
        lambda f: {"insz": f.insz, "email": f.email, "rol": f.role, "domein": f.domain},
    ),
}


class BtbPage(PortalPage):
    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.riziv = ""
        self.title = page.get_by_role("heading", name="Beheer der Toegangsbeheerders", exact=True)
        self.appoint_managers = page.get_by_role("link", name=APPOINT_MANAGERS, exact=True)
        self.insz = page.get_by_label("INSZ (rijksregisternummer)", exact=True)
        self.email = page.get_by_label(EMAIL, exact=True)
        self.role = page.get_by_label(ROLE, exact=True)
        self.domain = page.get_by_label(DOMAIN, exact=True)
        self.submit = page.get_by_role("button", name="Aanstellen", exact=True)
        self.managers = page.get_by_role("table", name="Toegangsbeheerders", exact=True)

    def open(self) -> None:
        self.goto("/btb/")

    def open_managers_of(self, organisation_riziv: str) -> None:
        self.riziv = organisation_riziv  # the organisation whose access managers this page shows
        self.goto(f"/btb/toegangsbeheerders/{organisation_riziv}")

    def shown_organisation(self) -> str:
        """The RIZIV number of the organisation whose access managers the page shows (in its address)."""
        return self.page.url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]

    def step(self, title: str) -> Locator:
        """The grey bar of one of the three steps; it opens and closes the step."""
        return self.page.get_by_role("button", name=title, exact=True)

    def step_content(self, title: str) -> Locator:
        return self.page.get_by_role("region", name=title, exact=True)

    def open_step(self, title: str) -> None:
        self.step(title).click()

    def button_in_step(self, title: str, button: str) -> Locator:
        return self.step_content(title).get_by_role("link", name=button, exact=True)

    def system(self, title: str) -> Locator:
        """A tile under "TOEGANGEN BEHEREN": a system in which access is granted."""
        return self.page.get_by_role("group", name=title, exact=True)

    def system_button(self, title: str, button: str) -> Locator:
        return self.system(title).get_by_role("link", name=button, exact=True)

    def go_to_system(self, button: str = EHEALTH_ACCESS) -> None:
        """Open "TOEGANGEN BEHEREN" and click the button of a system (the eHealth access management)."""
        self.open_step(STEP_MANAGE_ACCESS)
        self.link(button).click()

    def appoint(self, insz: str, email: str, role: str = MANAGER, domain: str = EHEALTH) -> None:
        self.insz.fill(insz)
        self.email.fill(email)
        self.role.select_option(label=role)
        self.domain.select_option(label=domain)
        self.submit.click()

    def manager_rows(self) -> Locator:
        """The rows of the table body: those with cells, not column headers."""
        return self.managers.get_by_role("row").filter(has=self.page.get_by_role("cell"))

    def manager_cells(self, name: str) -> Locator:
        return self.managers.get_by_role("row").filter(has_text=name).get_by_role("cell")

    def edit_link(self, name: str) -> Locator:
        return self.page.get_by_role("link", name=f"{name} wijzigen", exact=True)

    def change(self, name: str, role: str) -> None:
        self.edit_link(name).click()
        self.role.select_option(label=role)
        self.submit.click()

    def remove(self, name: str) -> None:
        self.page.get_by_role("button", name=f"{name} verwijderen", exact=True).click()

    def manager(self, name: str) -> tuple[str, str, str] | None:
        """Role, domain and e-mail address of the access manager as the list shows them (None: not listed)."""
        self.managers.wait_for()
        if not self.manager_cells(name).count():
            return None
        headers = [h.strip() for h in self.managers.get_by_role("columnheader").all_inner_texts()]
        cells = [c.strip() for c in self.manager_cells(name).all_inner_texts()]
        return cells[headers.index(ROLE)], cells[headers.index(DOMAIN)], cells[headers.index(EMAIL)]

    def remove_if_listed(self, name: str) -> bool:
        """Remove the access manager when the page lists her: undoes an appointment that may not have
        happened (False: nothing to undo)."""
        if self.manager(name) is None:
            return False
        self.remove(name)
        expect(self.manager_cells(name)).to_have_count(0)
        return True

    def put_back(self, name: str, insz: str, was: tuple[str, str, str]) -> bool:
        """Appoint the access manager again as she was (role, domain, e-mail address) when the list
        shows her otherwise or not at all: undoes a removal or a change of role that may not have
        happened (False: nothing to undo)."""
        now = self.manager(name)
        if now == was:
            return False
        role, domain, email = was
        if now is not None:  # listed otherwise: her own form, else the form of a new appointment
            self.edit_link(name).click()
        self.appoint(insz, email, role, domain)
        self.wait_for_answer()
        self.open_managers_of(self.riziv)
        if (now := self.manager(name)) != was:
            shown = ", ".join(now) if now else "niet in de lijst"
            raise NotRestored(f"{name} staat bij de toegangsbeheerders als {shown}, niet als {', '.join(was)}")
        return True
