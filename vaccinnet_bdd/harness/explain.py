"""A failing step explains itself in Dutch, above Playwright's own message.

What it says: the step; what it expected (the element by its role and name, or the text, read from
Playwright's message); and what the acting person's page shows instead: its address, its main
heading, whose browser it is and who the page says is logged in, and the element of the page that is
most like the one expected (from the page's accessibility tree). The step library reads the page
(its page objects own every locator): what it provides (``harness.provided``) describes a page.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

import pytest
from playwright.sync_api import Error as PlaywrightError

from vaccinnet_bdd.manual.vocabulary import ROLE_NAMES

from .provided import Shown, provided_of

ACTIONS = {
    "click": "om op te klikken",
    "fill": "om in te vullen",
    "check": "om aan te vinken",
    "uncheck": "om uit te vinken",
    "select_option": "om in te kiezen",
    "press": "om een toets in te drukken",
    "inner_text": "om de tekst te lezen",
    "wait_for": "om op te wachten",
}
STATES = {
    "to be visible": "zichtbaar",
    "to be hidden": "verborgen",
    "to be checked": "aangevinkt",
    "to be enabled": "bruikbaar",
    "to have text": "met de tekst",
    "to contain text": "met een tekst die dit bevat:",
    "to have count": "zoveel keer:",
    "to have value": "met de waarde",
    "to have attribute": "met het attribuut",
    "to have accessible description": "met de beschrijving",
}
CALL = re.compile(r"(get_by_role|get_by_label|get_by_text|filter|nth|first|last)\(([^()]*)\)")
ENTRY = re.compile(r'^\s*- (\w+)(?: "((?:[^"\\]|\\.)*)")?[^:]*:?\s?(.*)$')


def _arguments(text: str) -> tuple[list[str], dict[str, str]]:
    values = re.findall(r'(?:(\w+)=)?("(?:[^"\\]|\\.)*"|\'[^\']*\'|[\w.]+)', text)
    positional = [v.strip("\"'") for k, v in values if not k]
    return positional, {k: v.strip("\"'") for k, v in values if k}


def element(locator: str) -> tuple[str, str | None, str | None]:
    """A Playwright locator as the Dutch words for it, and the role and name it asks for."""
    words: list[str] = []  # one per element of the chain, outermost first
    role: str | None = None
    name: str | None = None
    for call, raw in CALL.findall(locator):
        positional, named = _arguments(raw)
        first = positional[0] if positional else ""
        if call == "get_by_role":
            role, name = first, named.get("name")
            words.append(ROLE_NAMES.get(role, role) + (f' "{name}"' if name else ""))
        elif call in ("get_by_label", "get_by_text"):
            role, name = (None, first) if call == "get_by_label" else ("text", first)
            words.append(f'{"veld" if call == "get_by_label" else "tekst"} "{first}"')
        elif words and call == "filter":
            words[-1] += " met " + ", ".join(f'"{v}"' for v in named.values())
        elif words:  # nth, first, last: of the element before it
            words[-1] += f" nummer {int(first) + 1}" if call == "nth" and first.isdigit() else f" ({call})"
    return " in ".join(reversed(words)), role, name


def expectation(message: str) -> tuple[str, str | None, str | None]:
    """What the failed call expected, in Dutch, and the role and name of the element it looked for."""
    waiting = re.search(r"waiting for (.+)", message)
    found, role, name = element(waiting[1]) if waiting else ("?", None, None)
    action = re.match(r"Locator\.(\w+): Timeout", message)
    if action:
        return f"{found}, {ACTIONS.get(action[1], 'om ' + action[1])}", role, name
    assertion = re.match(r"Locator expected (not )?(to [a-z ]+?)(?: '(.*?)')?\n", message, re.S)
    if assertion:
        state = STATES.get(assertion[2], assertion[2])
        value = f' "{assertion[3]}"' if assertion[3] is not None else ""
        return f"{found}{' niet' if assertion[1] else ''} {state}{value}", role, name
    return found, role, name


def nearest(tree: str, role: str | None, name: str | None) -> str | None:
    """The element of the accessibility tree most like the one expected: of the same role, or any
    element or text when a text or a label was expected (or no element has that role)."""
    entries = []
    for line in tree.splitlines():
        found = ENTRY.match(line)
        if found and (found[2] or found[3]):
            entries.append((found[1], (found[2] or found[3]).strip('"')))
    if not entries or name is None:
        return None
    same = [e for e in entries if e[0] == role and role != "text"] or entries
    best = max(same, key=lambda e: difflib.SequenceMatcher(None, e[1].lower(), name.lower()).ratio())
    return f'{ROLE_NAMES.get(best[0], best[0])} "{best[1]}"'


def explanation(step: str, message: str, shown: Shown | None, browser: str | None) -> str:
    """The Dutch lines that go above Playwright's ``message``."""
    expected, role, name = expectation(message)
    lines = [f"De stap faalde: {step}", f"Verwacht: {expected}"]
    actual = re.search(r"Actual value: (.*?)\s*\n", message)
    found = actual is not None and actual[1] not in ("None", "0") and not actual[1].startswith("<")
    if actual is not None and found:
        lines.append(f'Gevonden: "{actual[1]}"')
    if shown is not None:
        lines += ["Wat de pagina toont:", f"  adres: {shown.address}", f"  titel: {shown.heading or '(geen)'}"]
        said = f"; de pagina meldt aangemeld: {shown.logged_in}" if shown.logged_in else ""
        lines.append(f"  in de browser van: {browser or 'niemand in het bijzonder'}{said}")
        like = None if found else nearest(shown.tree, role, name)
        if like is not None:
            lines.append(f"  meest gelijkend: {like}")
    return "\n".join(lines)


@pytest.hookimpl(tryfirst=True)  # before the report records the error
def pytest_bdd_step_error(request: pytest.FixtureRequest, step: Any, exception: Exception) -> None:
    message = str(exception)
    if not isinstance(exception, PlaywrightError | AssertionError) or "waiting for " not in message:
        return  # not a failure to find or check an element on the page
    shown, browser = None, None
    if "people" in request.fixturenames:
        people = request.getfixturevalue("people")
        page, browser = people.shown, people.acting
        try:
            shown = provided_of(request.config).describe(page) if page is not None and not page.is_closed() else None
        except (LookupError, PlaywrightError):
            shown = None  # no library that reads pages, or a page that crashed: the rest still helps
    text = explanation(f"{step.keyword} {step.name}", message, shown, browser)
    exception.args = (f"{text}\n\nPlaywright: {message}", *exception.args[1:])
