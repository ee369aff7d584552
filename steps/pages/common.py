"""What every portal page has (links, messages, form fields), and how the portals write numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page

from vaccinnet_bdd.harness.masking import MASK
from vaccinnet_bdd.harness.provided import Shown
from vaccinnet_bdd.harness.stage import address
from vaccinnet_bdd.manual.vocabulary import roles_of

# The title of the login pages of eGezondheid (§2.2) and of the social security (§2.4.1).
SECURE_SERVICES = "Toegang krijgen tot de beveiligde diensten"
LOGGED_IN_AS = "Aangemeld als"  # the portals' header: "Aangemeld als Ann Claes"
CSRF = "csrf"  # the cookie, and the form field, of a form's token against cross-site requests
SEND_BY_HAND = """([url, fields]) => {
    const form = Object.assign(document.createElement("form"), {method: "post", action: url});
    for (const [name, values] of Object.entries(fields))
        for (const value of [].concat(values))
            form.append(Object.assign(document.createElement("input"), {type: "hidden", name, value}));
    document.body.append(form);
    setTimeout(() => form.submit());
}"""


@dataclass(frozen=True)
class Filled:
    """What a request sent by hand fills in (codes where the portal has codes)."""

    org: str  # the organisation's RIZIV number
    insz: str = ""
    email: str = ""
    applications: tuple[str, ...] = ()
    role: str = ""
    domain: str = ""


@dataclass(frozen=True)
class Form:
    """A form of a portal, as its page sends it: from which page, to which address, with which fields."""

    page: str  # a page of the portal to send it from (its origin, its session)
    address: Callable[[Filled], str]
    fields: Callable[[Filled], dict[str, str | list[str]]]


class Secret(str):
    """A value to type that no message may show: a traceback that lists arguments prints it masked."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(MASK)


def fill_secret(field: Locator, secret: Secret) -> None:
    """Types ``secret`` into ``field``. Playwright's message of a failed fill repeats the value typed (its
    call log says ``fill("...")``): a failure here is the same error with the value masked, and
    without the original (whose message, call log and stack still hold it)."""
    try:
        field.fill(secret)
        return
    except PlaywrightError as error:
        failed = type(error)(str(error).replace(secret, MASK))
    raise failed


class NotRestored(Exception):
    """An undo that could not put back what was there: its message says what is left behind."""


def insz_as_shown(insz: str) -> str:
    """UMAN shows an INSZ as 999999 999 99 (manual §2.4.1.1)."""
    return f"{insz[:6]} {insz[6:9]} {insz[9:]}"


def riziv_as_shown(riziv: str) -> str:
    """The number of a RIZIV entity as UMAN shows it: 678979-21 (manual §2.4.1.1)."""
    return f"{riziv[:6]}-{riziv[6:8]}"


class PortalPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.answer: int | None = None  # the status of the last request sent by hand
        self.alert = page.get_by_role("alert")
        self.status = page.get_by_role("status")

    def wait_for_answer(self) -> None:
        """After a form was sent: the portal's answer, a status or a refusal."""
        self.status.or_(self.alert).first.wait_for()

    def send_by_hand(self, form: Form, filled: Filled) -> None:
        """What a person with the browser's developer tools can send, whatever the page offers: the
        form's own request, with the browser's session and token, from a page of its portal. The
        answer's status is kept in ``answer``."""
        self.goto(form.page)
        token = [c["value"] for c in self.page.context.cookies() if c.get("name") == CSRF]
        fields = {**form.fields(filled), **({CSRF: token[0]} if token else {})}
        with self.page.expect_navigation() as navigation:  # sent after the evaluation has returned
            self.page.evaluate(SEND_BY_HAND, [address(form.address(filled)), fields])
        self.answer = navigation.value.status if navigation.value else None

    def goto(self, path: str) -> None:
        """Open a portal's page by its path, ``/uman/...``: on a target at that portal's own address."""
        self.page.goto(address(path))

    def log_in_at(self, portal: str) -> None:
        """Start the login of the portal at address ``portal``: its own "aanmelden", which hands over to CSAM."""
        self.page.goto(portal + "/aanmelden")

    def logged_in_as(self, person: str) -> Locator:
        """The portal's line that says who is logged in: "Aangemeld als Ann Claes"."""
        return self.page.get_by_text(f"{LOGGED_IN_AS} {person}", exact=True)

    def link(self, name: str) -> Locator:
        return self.page.get_by_role("link", name=name, exact=True)

    def follow(self, link: str) -> None:
        self.link(link).click()

    def field(self, label: str) -> Locator:
        return self.page.get_by_label(label, exact=True)

    def heading(self, name: str) -> Locator:
        return self.page.get_by_role("heading", name=name, exact=True)

    def button(self, name: str) -> Locator:
        return self.page.get_by_role("button", name=name, exact=True)

    def text(self, text: str) -> Locator:
        return self.page.get_by_text(text, exact=True)

    def control(self, role: str, name: str) -> Locator:
        """An element by its ARIA role and accessible name, as a figure of the manual marks it; role
        "text" is a text on the page."""
        if role == "text":
            return self.text(name)
        return self.page.get_by_role(cast(Any, role), name=name, exact=True)

    def marked(self, word: str, name: str) -> Locator:
        """The element a figure marks: by the writer's word for its kind (or an ARIA role) and its name."""
        roles = roles_of(word)
        found = self.control(roles[0], name)
        for role in roles[1:]:
            found = found.or_(self.control(role, name))
        return found

    def screen_text(self) -> str:
        """Every text the page shows, as a person reads it."""
        return self.page.locator("body").inner_text()  # CSS: the whole page has no role of its own

    def expand_list(self, label: str) -> None:
        """Show every option of a drop-down list at once, as a list box: how the manual's screenshots
        show an open list (a native drop-down is drawn outside the page, so no screenshot has it)."""
        self.field(label).evaluate(
            "s => { s.size = s.options.length + s.querySelectorAll('optgroup').length;"
            " for (const o of s.querySelectorAll('option')) o.style.paddingBlock = '3px'; }"
        )

    def shown(self) -> Shown:
        """What the page shows now, without waiting: for the explanation of a failed step."""
        heading = self.page.get_by_role("heading", level=1).all_inner_texts()
        logged_in = self.page.get_by_text(re.compile(f"^{LOGGED_IN_AS} ")).all_inner_texts()
        return Shown(
            address=self.page.url,
            heading=heading[0].strip() if heading else None,
            logged_in=logged_in[0].strip().removeprefix(LOGGED_IN_AS).strip() if logged_in else None,
            tree=self.page.locator("body").aria_snapshot(timeout=1_000),  # CSS: the whole page
        )
