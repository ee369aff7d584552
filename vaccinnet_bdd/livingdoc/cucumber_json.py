"""Cucumber JSON (``cucumber.json``) for test-management tools: Xray (``import/execution/cucumber``) and
Zephyr Scale (``automations/executions/cucumber``) import it.

Written from the run's Cucumber Messages by Cucumber's own JSON formatter (cucumber-js's, in Node.js:
``cucumber_json.mjs``; the Go json-formatter is no longer published on npm). Every scenario with its
steps, their status and duration, and its tags as the feature file writes them, so the keys of a
test-management tool (``@TEST_ABC-123`` for Xray, ``@TestCaseKey=ABC-T123`` for Zephyr Scale) go along.

Cucumber JSON keeps no picture outside itself: an attachment is embedded (base64) in its step. Each
step's screen embedded would make the file about 50 MB for the suite (a thousand steps; the report
stores each distinct screen once), so each scenario embeds one picture, in the step that showed it
last (for a failed scenario, the failing step), reduced to 400 pixels wide (about 10 KB): the tools
show it beside the result, the report keeps every screen at full size, and the report folder of the
whole suite stays under its 15 MB (the file is about 2.5 MB). ``messages`` hands the formatter the run's
messages with that one attachment's picture in its body; the other screenshot attachments, which
point to a file of the report, are left out, as Cucumber JSON has no way to point to a file.
"""

from __future__ import annotations

import base64
import io
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PIL import Image

from .publish import CucumberHtml

CONVERTER = Path(".cache", "cucumber-js", "node_modules", "@cucumber", "cucumber")
WIDTH = 400  # of an embedded picture, in pixels
QUALITY = 50  # of its JPEG


def reduced(picture: Path) -> str:
    """The picture at ``WIDTH`` pixels wide (not wider than it was), as base64 JPEG. A JPEG is decoded
    at half its size or less already (``draft``): a few milliseconds a picture."""
    with Image.open(picture) as image:
        size = (WIDTH, image.height * WIDTH // max(image.width, 1))
        image.draft("RGB", size)
        image.thumbnail(size)
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=QUALITY)
    return base64.b64encode(out.getvalue()).decode("ascii")


def embedded(ndjson: Path) -> bytes:
    """The messages of ``ndjson`` with each test case's last screenshot in its attachment's body, the
    other screenshot attachments (files beside the report) left out."""
    envelopes: list[dict[str, Any]] = [json.loads(line) for line in ndjson.read_text("utf-8").splitlines() if line]
    last: dict[str, int] = {}  # test case started -> its last screenshot
    for n, envelope in enumerate(envelopes):
        attachment = envelope.get("attachment", {})
        if attachment.get("url") and attachment.get("mediaType", "").startswith("image/"):
            last[attachment["testCaseStartedId"]] = n
    kept = set(last.values())
    pictures = sorted({ndjson.parent / envelopes[n]["attachment"]["url"] for n in kept} - _missing(ndjson, envelopes))
    with ThreadPoolExecutor() as pool:  # Pillow decodes and encodes outside the GIL
        bodies = dict(zip(pictures, pool.map(reduced, pictures), strict=True))
    lines = []
    for n, envelope in enumerate(envelopes):
        attachment = envelope.get("attachment", {})
        if attachment.get("url"):
            if n not in kept or ndjson.parent / attachment["url"] not in bodies:
                continue
            picture = {"body": bodies[ndjson.parent / attachment["url"]], "contentEncoding": "BASE64"}
            envelope = {"attachment": {k: v for k, v in attachment.items() if k != "url"} | picture}
            envelope["attachment"]["mediaType"] = "image/jpeg"
        lines.append(json.dumps(envelope, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _missing(ndjson: Path, envelopes: list[dict[str, Any]]) -> set[Path]:
    """The files that attachments point to and that are not there (a report folder moved in part)."""
    named = {ndjson.parent / e["attachment"]["url"] for e in envelopes if e.get("attachment", {}).get("url")}
    return {path for path in named if not path.is_file()}


class CucumberJson(CucumberHtml):
    """Cucumber's JSON formatter (Node.js), started with the run like the HTML formatter."""

    script, package = "cucumber_json.mjs", CONVERTER

    def messages(self, ndjson: Path) -> bytes:
        return embedded(ndjson)
