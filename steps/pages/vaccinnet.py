"""Page objects of the mock Vaccinnet (manual §2.4.2)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


class VaccinnetPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.profile_heading = page.get_by_role(
            "heading", name="Aanmelden voor VACCINNET 2.0 Consultatie-, registratie- en bestelapplicatie"
        )
        self.role = page.get_by_label("Ik wil me aanmelden als:")
        self.organisation = page.get_by_label("Binnen de organisatie:")
        self.confirm = page.get_by_role("button", name="Profiel bevestigen")
        self.alert = page.get_by_role("alert")
        self.profile = page.get_by_role("definition")
        self.contact = page.get_by_label("Contactcenter eHealth")

    def open(self) -> None:
        self.page.goto("/vaccinnet/")

    def start_login(self) -> None:
        self.open()
        self.page.get_by_role("link", name="Aanmelden").click()

    def choose_profile(self, role: str, organisation: str | None = None) -> None:
        self.role.select_option(label=role)
        if organisation:
            self.organisation.select_option(label=organisation)
        self.confirm.click()

    def submit_profile_by_hand(self, organisation_riziv: str) -> None:
        """What a person who edits the form in the browser's developer tools would post."""
        self.organisation.evaluate(
            "(select, value) => { select.add(new Option('', value, true, true)); select.form.submit(); }",
            organisation_riziv,
        )

    def organisations_under(self, group: str) -> Locator:
        # CSS: Playwright's role engine gives <optgroup> no "group" role, so its label is not a name.
        return self.organisation.locator(f'optgroup[label="{group}"]').get_by_role("option")

    def organisation_choices(self) -> Locator:
        return self.organisation.get_by_role("option").filter(has_not_text="Kies een profiel")

    def applications(self, organisation: str) -> Locator:
        return self.page.get_by_role("list", name=f"Uw toepassingen voor {organisation}").get_by_role("listitem")

    def log_out(self) -> None:
        self.page.get_by_role("link", name="Afmelden").click()
