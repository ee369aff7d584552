"""The accounts and organisations a worker holds on a target, one lock file each, and its logins' bookkeeping."""

from __future__ import annotations

import fcntl
import hashlib
import json
import re
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import pyotp

CLAIM_WAIT = 120.0  # seconds a scenario waits for an account another worker is using
WINDOW = 30  # seconds a TOTP code lasts (RFC 6238)
TURN = "#"  # the lock of whose turn it is to hold a name alone


class InUse(Exception):
    """Accounts or organisations another worker has held for longer than a scenario waits."""

    def __init__(self, names: str, wait: float) -> None:
        super().__init__(f"{names}: al {wait:.0f} s in gebruik door een andere worker")


def folder_of(name: str, addresses: Iterable[str], root: Path | None = None) -> Path:
    """The lock folder of a target: named after the target itself (its name and its portals'
    addresses), so every run on this machine against the same environment shares it, from whatever
    checkout or copy of the target file; another environment has a folder of its own."""
    identity = "\n".join([name, *sorted(addresses)])
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "doel"
    digest = hashlib.sha1(identity.encode()).hexdigest()[:12]
    return Path(root or tempfile.gettempdir(), "vaccinnet-bdd-claims", f"{slug}-{digest}")


class Claims:
    """Accounts and organisations claimed by this process: one lock file each, held until the
    scenario ends. An account is held by one worker at a time; an organisation by one worker that
    changes it, or by any number that only look at it.

    An account's lock file also keeps the TOTP window of its last login, so that no two logins, of
    this run or another on this machine, ever use the same code; and beside it the account's CSAM
    session (a file only its owner reads), so that whichever worker holds the account next logs in
    with it (single sign-on) instead of waiting for a new code. Claims hold on one machine only: runs
    on two machines never see each other's.
    """

    def __init__(self, folder: Path, wait: float = CLAIM_WAIT) -> None:
        self.folder = folder
        self.wait = wait  # seconds a claim waits for an account another worker is using
        self.folder.mkdir(parents=True, exist_ok=True)
        self.held: dict[str, IO[str]] = {}
        self.listed: dict[tuple[str, str], tuple[str, str] | None] = {}  # (account, org) -> as UMAN lists it

    def _path(self, name: str, suffix: str) -> Path:
        return self.folder / f"{hashlib.sha1(name.encode()).hexdigest()[:12]}{suffix}"

    def _handle(self, name: str) -> IO[str]:
        return self._path(name, ".lock").open("a+")

    def session(self, account: str) -> list[Any]:
        """The CSAM session cookies the account's last login on this machine left (none: no session)."""
        assert account in self.held, f"{account} is niet geclaimd"
        try:
            return list(json.loads(self._path(account, ".sessie").read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return []

    def keep_session(self, account: str, cookies: list[Any]) -> None:
        """The account's CSAM session, for its next login by any worker on this machine."""
        assert account in self.held, f"{account} is niet geclaimd"
        path = self._path(account, ".sessie")
        fresh = path.with_suffix(".nieuw")
        fresh.write_text(json.dumps(cookies), encoding="utf-8")
        fresh.chmod(0o600)
        fresh.replace(path)

    def _take(self, name: str, alone: bool) -> bool:
        """Hold ``name`` now (``alone``: exclusively, else shared with others who share it), or not."""
        if name in self.held:
            return True
        handle = self._handle(name)
        try:
            fcntl.flock(handle, (fcntl.LOCK_EX if alone else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        self.held[name] = handle
        return True

    def try_claim(self, exclusive: Iterable[str], shared: Iterable[str] = ()) -> set[str]:
        """Claim all of these now, or none: the names another worker holds (empty when all are held
        by this one now). Never waits, so two workers never each hold what the other waits for.

        One who wants a name alone first takes its turn (``<name>#``) and keeps it while it waits, and
        one who would share it does not start while another waits for it alone: those who only look
        at an organisation do not starve one who would change it."""
        taken: list[str] = []
        missed: set[str] = set()
        for name in sorted(set(exclusive)):
            if not self._take(name + TURN, True) or not self._take(name, True):
                missed.add(name)
            elif name not in taken:
                taken.append(name)
        for name in sorted(set(shared) - set(exclusive)):
            if name in self.held:
                continue
            if not self._take(name + TURN, True):
                missed.add(name)  # someone waits to have it alone
                continue
            got = self._take(name, False)
            self._let_go(name + TURN)
            if got:
                taken.append(name)
            else:
                missed.add(name)
        if missed:  # none of it: only the turns of what this worker waits for stay held
            for name in taken:
                for held in (name, name + TURN):
                    if held in self.held:
                        self._let_go(held)
        return missed

    def claim(self, name: str) -> None:
        """Hold ``name`` alone, waiting as long as a claim waits for the worker that holds it."""
        deadline = time.monotonic() + self.wait
        while self.try_claim([name]):
            if time.monotonic() > deadline:
                raise InUse(repr(name), self.wait)
            time.sleep(0.2)

    def next_code(self, name: str, secret: str) -> str:
        """The account's code of a window no login has used yet: the current one, or the next."""
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

    def _let_go(self, name: str) -> None:
        handle = self.held.pop(name)
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()

    def release(self) -> None:
        for name in list(self.held):
            self._let_go(name)
