"""The benchmark's raw scripts still do what their scenarios do, and the camera they share with the
report takes the report's pictures: a raw script that broke would make the bench measure nothing."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser

from mock_portals.store import Store
from vaccinnet_bdd.bench.raw import SCENARIOS
from vaccinnet_bdd.harness.screens import Screens
from vaccinnet_bdd.harness.server import EmbeddedMock


def test_the_raw_scripts_pass_and_take_the_reports_pictures(browser: Browser, tmp_path: Path) -> None:
    store = Store()
    mock = EmbeddedMock(store)
    screens, taken = Screens(tmp_path, "shots"), []

    def shot(page: object) -> None:
        taken.append(screens.after_step(page))

    try:
        for _, script, _ in SCENARIOS:
            script(browser, store, mock.url, shot)
    finally:
        mock.stop()
    pictures = sorted((tmp_path / "shots").iterdir())
    assert None not in taken  # every step of the three scenarios shows a screen
    assert len(pictures) < len(taken)  # a screen shown again shares its picture
    assert {p.read_bytes()[:3] for p in pictures} == {b"\xff\xd8\xff"}  # JPEG, as in the report
