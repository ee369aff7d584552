"""The mock CSAM's key "beveiligingscode via mobiele app": user name, password and a one-time code.

The code is a TOTP code (RFC 6238: six digits, a new one every 30 seconds) from the secret the
person's app holds, computed and checked with pyotp. The code of the window before or after the
current one is accepted too (a clock a little off), and every code works once: a code of a window at
or before the last one accepted is refused as used. Passwords are kept as salted PBKDF2 hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

import pyotp

from .errors import Refused, Unauthenticated
from .persons import Person, Persons

WINDOW = 30  # seconds a code stays the current one
ROUNDS = 10_000  # PBKDF2 rounds: a mock, not a vault, but never a password in the clear
USERNAME = re.compile(r"^[A-Za-z0-9._@-]{3,64}$")


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ROUNDS)


@dataclass
class Credential:
    insz: str
    username: str
    salt: bytes
    password_hash: bytes
    secret: str  # base32, as an authenticator app is given it
    last_window: int = -1  # the window of the last code accepted: no code of it or before works again


class Credentials:
    def __init__(self, persons: Persons, now: Callable[[], float]) -> None:
        self.persons = persons
        self.now = now
        self.by_username: dict[str, Credential] = {}

    def add(self, insz: str, username: str, password: str, secret: str) -> Credential:
        """The person's user name, password and TOTP secret; checked in full before anything changes."""
        person = self.persons.get(insz)
        if not USERNAME.match(username):
            raise Refused("credentials.username", "username")
        taken = self.by_username.get(username)
        if taken is not None and taken.insz != person.insz:
            raise Refused("credentials.username_taken", "username")
        if len(password) < 8:
            raise Refused("credentials.password", "password")
        try:
            pyotp.TOTP(secret).now()
            valid = len(secret) >= 16
        except Exception:  # not base32
            valid = False
        if not valid:
            raise Refused("credentials.secret", "secret")
        for name in [n for n, c in self.by_username.items() if c.insz == person.insz]:
            del self.by_username[name]  # one set of credentials a person
        salt = secrets.token_bytes(16)
        credential = Credential(person.insz, username, salt, _hash(password, salt), secret)
        self.by_username[username] = credential
        return credential

    def log_in(self, username: str, password: str, code: str) -> Person:
        """The person whose credentials these are, once per code."""
        credential = self.by_username.get(username)
        hashed = _hash(password, credential.salt if credential else b"")
        if credential is None or not hmac.compare_digest(hashed, credential.password_hash):
            raise Unauthenticated("credentials.wrong", "password")
        code = re.sub(r"\s", "", code)
        if not re.fullmatch(r"\d{6}", code):
            raise Unauthenticated("credentials.code_format", "code")
        totp, now = pyotp.TOTP(credential.secret), self.now()
        current = int(now // WINDOW)
        window = next(
            (w for w in (current, current - 1, current + 1) if hmac.compare_digest(totp.at(w * WINDOW), code)), None
        )
        if window is None:
            raise Unauthenticated("credentials.code_wrong", "code")
        if window <= credential.last_window:
            raise Unauthenticated("credentials.code_used", "code")
        credential.last_window = window
        return self.persons.get(credential.insz)
