"""The mock portals on a real HTTP server in this process: uvicorn in a thread, on its own event loop.

The socket is bound and listening before the thread starts, so the first request never races the
start-up; its port is one the OS picks. ``call`` runs a function on the server's event loop, so
code in another thread (the harness arranging a scenario) changes the store between requests,
never during one.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import uvicorn

from mock_portals.app import create_app
from mock_portals.store import Store

T = TypeVar("T")


class EmbeddedMock:
    def __init__(self, store: Store, host: str = "127.0.0.1", *, locale_dir: Path | None = None) -> None:
        self.store = store
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # Without it, a response written in two parts waits for the client's delayed ACK: 40 ms a request.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, 0))
        sock.listen(128)
        self.url = f"http://{host}:{sock.getsockname()[1]}"
        self.loop = asyncio.new_event_loop()
        self.server = uvicorn.Server(
            uvicorn.Config(create_app(store, locale_dir=locale_dir), log_level="warning", lifespan="off")
        )
        self.thread = threading.Thread(target=self._serve, args=(sock,), name="mock-portals", daemon=True)
        self.thread.start()

    def _serve(self, sock: socket.socket) -> None:
        try:
            self.loop.run_until_complete(self.server.serve(sockets=[sock]))
        finally:
            self.loop.close()

    def call(self, function: Callable[[], T]) -> T:
        """``function()``, run on the server's event loop, between two requests."""

        async def run() -> T:
            return function()

        return asyncio.run_coroutine_threadsafe(run(), self.loop).result(timeout=30)

    def stop(self, *, wait: bool = True) -> None:
        """Stops serving; ``wait=False`` returns at once (uvicorn notices within 0.1 s), for a process
        that is about to end anyway."""
        self.server.should_exit = True
        if wait:
            self.thread.join(timeout=10)
