"""Steps that work the same on every portal page: links, messages, fields."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when

from steps.pages.common import PortalPage


@pytest.fixture
def portal(page: Page) -> PortalPage:
    return PortalPage(page)


@when(parsers.re(r'(?:(?:hij|zij) )?op "(?P<link>[^"]+)" klikt$'))
def _(portal: PortalPage, link: str) -> None:
    portal.follow(link)


@then(parsers.parse('meldt de pagina "{message}"'))
def _(portal: PortalPage, message: str) -> None:
    expect(portal.alert.filter(has_text=message)).to_have_count(1)


@then(parsers.parse('meldt het veld "{label}" "{message}"'))
def _(portal: PortalPage, label: str, message: str) -> None:
    expect(portal.field(label)).to_have_attribute("aria-invalid", "true")
    expect(portal.field(label)).to_have_accessible_description(re.compile(re.escape(message)))


@then(parsers.parse('staat in het veld "{label}" nog "{value}"'))
def _(portal: PortalPage, label: str, value: str) -> None:
    expect(portal.field(label)).to_have_value(value)
