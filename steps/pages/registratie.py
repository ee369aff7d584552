"""Page objects of the mock CSAM registration of a care institution (manual §2.2)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from .common import SECURE_SERVICES, PortalPage

# The kind of organisation as the registration form lists it, for a guard post (manual §2.2).
GUARD_POST = "Wachtpost"


class RegistrationPage(PortalPage):
    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.login_title = page.get_by_role("heading", name=SECURE_SERVICES, exact=True)
        self.log_in = page.get_by_role("link", name="Zich aanmelden", exact=True)
        self.category = page.get_by_label("Soort instelling", exact=True)
        self.number = page.get_by_label("Instellingsnummer (RIZIV-nummer)", exact=True)
        self.myself = page.get_by_label("Ikzelf", exact=True)
        self.someone_else = page.get_by_label("Een andere persoon", exact=True)
        self.other_insz = page.get_by_label("INSZ van de andere persoon", exact=True)
        self.email = page.get_by_label("E-mailadres van de hoofdtoegangsbeheerder", exact=True)
        self.submit = page.get_by_role("button", name="Hoofdtoegangsbeheerder aanstellen", exact=True)

    def open(self) -> None:
        self.goto("/registratie/zorginstelling")

    def start_login(self) -> None:
        """ "Zich aanmelden" on the registration's login page: opened first when the browser shows
        another page, or none yet (the page eGezondheid's link leads to, for a care institution)."""
        if not self.log_in.is_visible():
            self.open()
        self.log_in.click()

    def keys(self) -> Locator:
        return self.page.get_by_role("region", name="Zich aanmelden met een digitale sleutel", exact=True).get_by_role(
            "listitem"
        )

    def block(self, title: str) -> Locator:
        return self.page.get_by_role("region", name=title, exact=True)

    def alert_link(self, name: str) -> Locator:
        return self.alert.get_by_role("link", name=name, exact=True)

    def register(self, category: str, number: str, htb_insz: str | None = None, email: str | None = None) -> None:
        """Register the institution with the logged-in person, or ``htb_insz``, as its HTB."""
        self.category.select_option(label=category)
        self.number.fill(number)
        if htb_insz is None:
            self.myself.check()
        else:
            self.someone_else.check()
            self.other_insz.fill(htb_insz)
        if email is not None:
            self.email.fill(email)
        self.submit.click()
