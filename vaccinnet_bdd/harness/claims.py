"""The personas a worker holds on a target, one lock file each, and their logins' bookkeeping."""

from __future__ import annotations

import fcntl
import hashlib
import re
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import pyotp

CLAIM_WAIT = 120.0  # seconds a scenario waits for a persona another worker is using
WINDOW = 30  # seconds a TOTP code lasts (RFC 6238)


class PersonaInUse(Exception):
    """A persona another worker has held for longer than a scenario waits."""


def folder_of(name: str, addresses: Iterable[str], root: Path | None = None) -> Path:
    """The lock folder of a target: named after the target itself (its name and its portals'
    addresses), so every run on this machine against the same environment shares it, from whatever
    checkout or copy of the target file; another environment has a folder of its own."""
    identity = "\n".join([name, *sorted(addresses)])
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "doel"
    digest = hashlib.sha1(identity.encode()).hexdigest()[:12]
    return Path(root or tempfile.gettempdir(), "vaccinnet-bdd-personas", f"{slug}-{digest}")


class Claims:
    """Personas claimed by this process: one lock file each, held until the scenario ends.

    The lock file also keeps the TOTP window of the persona's last login, so that no two logins,
    of this run or another on this machine, ever use the same code. Claims hold on one machine
    only: runs on two machines never see each other's.
    """

    def __init__(self, folder: Path, wait: float = CLAIM_WAIT) -> None:
        self.folder = folder
        self.wait = wait  # seconds a claim waits for a persona another worker is using
        self.folder.mkdir(parents=True, exist_ok=True)
        self.held: dict[str, IO[str]] = {}
        self.csam_cookies: dict[str, list[Any]] = {}  # persona -> her CSAM session, kept by this worker
        self.listed: dict[tuple[str, str], tuple[str, str] | None] = {}  # (persona, org) -> as UMAN lists her

    def claim(self, name: str) -> None:
        if name in self.held:
            return
        wait = self.wait
        handle = (self.folder / f"{hashlib.sha1(name.encode()).hexdigest()[:12]}.lock").open("a+")
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    handle.close()
                    raise PersonaInUse(
                        f"persona {name!r} is al {wait:.0f} s in gebruik door een andere worker"
                    ) from None
                time.sleep(0.2)
        self.held[name] = handle

    def claim_all(self, names: Iterable[str]) -> None:
        """Claim every persona a scenario needs at once, in one order every worker follows (by
        name): two workers never each hold one persona while waiting for the other's."""
        for name in sorted(set(names)):
            self.claim(name)

    def next_code(self, name: str, secret: str) -> str:
        """The persona's code of a window no login has used yet: the current one, or the next."""
        handle = self.held[name]
        handle.seek(0)
        last = int(handle.read().strip() or -1)
        window = int(time.time() // WINDOW)
        if window <= last:
            time.sleep((last + 1) * WINDOW - time.time() + 0.05)
            window = last + 1
        handle.seek(0)
        handle.truncate()
        handle.write(str(window))
        handle.flush()
        return pyotp.TOTP(secret).at(window * WINDOW)

    def release(self) -> None:
        for handle in self.held.values():
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()
        self.held.clear()
