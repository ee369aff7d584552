"""Page objects of the mock Vaccinnet (manual §2.4.2)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from .common import PortalPage

ORGANISATION_LABEL = "Binnen de organisatie:"
NO_PROFILE = "Kies een profiel"
CITIZEN = "Burger"  # the profile without an organisation


class VaccinnetPage(PortalPage):
    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.profile_title = page.get_by_role(
            "heading", name="Aanmelden voor VACCINNET 2.0 Consultatie-, registratie- en bestelapplicatie", exact=True
        )
        self.role = page.get_by_label("Ik wil me aanmelden als:", exact=True)
        self.organisation = page.get_by_label(ORGANISATION_LABEL, exact=True)
        self.confirm = page.get_by_role("button", name="Profiel bevestigen", exact=True)
        self.profile = page.get_by_role("definition")
        self.contact = page.get_by_label("Contactcenter eHealth", exact=True)
        self.citizen_home = page.get_by_role("heading", name="Mijn vaccinaties", exact=True)

    def open(self) -> None:
        self.goto("/vaccinnet/")

    def open_help(self) -> None:
        """ "Hulp nodig": how to reach the contact center of eHealth."""
        self.goto("/vaccinnet/hulp")

    def start_login(self) -> None:
        self.open()
        self.page.get_by_role("link", name="Aanmelden", exact=True).click()

    def as_citizen(self, person: str = "") -> str:
        """How the chosen profile shows a person as a citizen: "Ann Claes (Burger)", or "(Burger)"
        for whoever it is."""
        return f"{person} ({CITIZEN})".lstrip()

    def choose_profile(self, role: str, organisation: str | None = None) -> None:
        self.role.select_option(label=role)
        if organisation:
            self.organisation.select_option(label=organisation)
        self.confirm.click()

    def submit_profile_by_hand(self, organisation_riziv: str) -> None:
        """What a person who edits the form in the browser's developer tools would post."""
        # The form is sent after the evaluation has returned: a navigation that starts inside an
        # evaluation can leave it without an answer (a worker once hung for minutes in this scenario).
        add_and_send = """(select, value) => {
            select.add(new Option('', value, true, true));
            setTimeout(() => select.form.submit());
        }"""
        with self.page.expect_navigation():
            self.organisation.evaluate(add_and_send, organisation_riziv)

    def organisations_under(self, group: str) -> Locator:
        # CSS: Playwright's role engine gives <optgroup> no "group" role, so its label is not a name.
        return self.organisation.locator(f'optgroup[label="{group}"]').get_by_role("option")

    def organisation_options(self) -> Locator:
        return self.organisation.get_by_role("option")

    def organisation_choices(self) -> Locator:
        return self.organisation_options().filter(has_not_text=NO_PROFILE)

    def role_options(self) -> Locator:
        return self.role.get_by_role("option")

    def applications(self, organisation: str) -> Locator:
        return self.page.get_by_role("list", name=f"Uw toepassingen voor {organisation}", exact=True).get_by_role(
            "listitem"
        )

    def log_out(self) -> None:
        self.page.get_by_role("link", name="Afmelden", exact=True).click()
