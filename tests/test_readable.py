"""Every button and link of the mock's pages can be read: its text stands out from what is behind it.

A rule of a portal's style sheet once coloured the text of a button in the colour of the button
itself ("Zich aanmelden" on the registration's login page): the browser still found the button by
its name, so no scenario noticed. This renders every page of every section (the pages that
check-manual reads) and measures the contrast of each visible button and link.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from mock_portals.store import DEFAULT_SEED, Store
from vaccinnet_bdd.harness.server import EmbeddedMock
from vaccinnet_bdd.livingdoc.drift_cast import Cast
from vaccinnet_bdd.livingdoc.drift_pages import GUARD_POST, PAGES, ROLES, _world

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
    mock = EmbeddedMock(Store(seed=DEFAULT_SEED))
    cast = Cast(_world(mock), f"{GUARD_POST.upper()} TEST", ROLES)
    context = browser.new_context(base_url=mock.url)
    try:
        page = context.new_page()
        unreadable = []
        for visit in PAGES[section]:
            visit(page, cast)
            page.wait_for_load_state()
            unreadable += [
                (page.url, text, round(ratio, 2)) for text, ratio in page.evaluate(CONTRASTS) if ratio < LEAST
            ]
        assert not unreadable, unreadable
    finally:
        context.close()
        mock.stop()
