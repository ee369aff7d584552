"""Every button and link of the mock's pages can be read: its text stands out from what is behind it.

A rule of a portal's style sheet once coloured the text of a button in the colour of the button
itself ("Zich aanmelden" on the registration's login page): the browser still found the button by
its name, so no scenario noticed. This renders every page of every section (the pages that
check-manual reads) and measures the contrast of each visible button and link.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from steps.manual_pages import PAGES
from vaccinnet_bdd.harness.mock import mock_onlookers
from vaccinnet_bdd.livingdoc.drift_pages import rendered_pages

# WCAG's contrast ratio of each visible button and link against the first opaque background behind it.
CONTRASTS = """() => {
    const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
    const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const background = (e) => {
        for (; e; e = e.parentElement) {
            const c = rgb(getComputedStyle(e).backgroundColor);
            if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
        }
        return [255, 255, 255];
    };
    return [...document.querySelectorAll("a, button")]
        .filter((e) => e.offsetParent !== null && e.innerText.trim())
        .map((e) => {
            const [a, b] = [luminance(rgb(getComputedStyle(e).color)), luminance(background(e))];
            return [e.innerText.trim(), (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
        });
}"""
LEAST = 3.0  # WCAG AA for large or bold text; the buttons and links of the mock are bold or large


@pytest.mark.parametrize("section", sorted(PAGES))
def test_every_button_and_link_stands_out(section: str, browser: Browser) -> None:
    with rendered_pages(["steps"], mock_onlookers, browser) as pages:
        unreadable = [
            (page.url, text, round(ratio, 2))
            for page in pages.visits(section)
            for text, ratio in page.evaluate(CONTRASTS)
            if ratio < LEAST
        ]
    assert not unreadable, unreadable
