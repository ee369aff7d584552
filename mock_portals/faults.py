"""Faults on purpose, to see the suite (and a trainer's browser) cope: added latency per route, one
500 answer, a dropped connection. Set through the admin API (``InjectFault``); they outlive a reset
of the world, so a latency set once holds for a whole run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from .security import ASGIApp, Receive, Scope, Send


@dataclass
class Faults:
    latency: dict[str, float] = field(default_factory=dict)  # path prefix -> seconds added
    errors: list[str] = field(default_factory=list)  # path prefixes: the next request under one gets a 500
    drops: list[str] = field(default_factory=list)  # path prefixes: the next request under one loses its connection

    def delay(self, path: str) -> float:
        return max((seconds for prefix, seconds in self.latency.items() if path.startswith(prefix)), default=0.0)

    @staticmethod
    def take(prefixes: list[str], path: str) -> bool:
        """Whether a one-shot fault of ``prefixes`` is due for ``path``; it is then used up."""
        for prefix in prefixes:
            if path.startswith(prefix):
                prefixes.remove(prefix)
                return True
        return False

    def clear(self) -> None:
        self.latency.clear()
        self.errors.clear()
        self.drops.clear()


class FaultInjector:
    """Applies the faults of ``faults()`` to every request (admin API included)."""

    def __init__(self, app: ASGIApp, faults: Callable[[], Faults], error_page: Callable[[], bytes]) -> None:
        self.app, self.faults, self.error_page = app, faults, error_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        faults, path = self.faults(), str(scope["path"])
        if path.startswith("/__admin/faults"):  # faults can always be seen to and taken away
            await self.app(scope, receive, send)
            return
        if seconds := faults.delay(path):
            await asyncio.sleep(seconds)
        if Faults.take(faults.errors, path):
            await send({"type": "http.response.start", "status": 500, "headers": [(b"content-type", b"text/html")]})
            await send({"type": "http.response.body", "body": self.error_page()})
            return
        if Faults.take(faults.drops, path):
            headers = [(b"content-type", b"text/html"), (b"content-length", b"4096")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": b"<!doctype html>", "more_body": True})
            raise ConnectionAbortedError("a dropped connection, on purpose")  # the server closes it mid-answer
        await self.app(scope, receive, send)
