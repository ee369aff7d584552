"""The mock CSAM's logins: started logins, one-time codes, and sessions (single sign-on, single logout).

A portal that needs an identity starts a login with a nonce that only the browser that started it
knows (a cookie of that portal); CSAM hands the browser a one-time code for that nonce; the portal
redeems it only with the same nonce, so a code started in another browser is refused. Every portal
session remembers the CSAM session it came from, and ending one ends them all. What has expired is
purged whenever something new is added.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import Unauthenticated
from .persons import Person, Persons

CODE_TTL = 60.0  # seconds a one-time login code, or a started login, stays valid
SESSION_TTL = 30 * 60.0  # idle seconds before a portal session expires


@dataclass
class Session:
    sid: str
    portal: str
    insz: str
    expires_at: float
    csam_sid: str | None = None  # the CSAM session it came from: single logout ends both
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class LoginCode:
    client: str
    nonce: str
    insz: str
    csam_sid: str | None
    expires_at: float
    used: bool = False


@dataclass(frozen=True)
class StartedLogin:
    client: str
    next_path: str
    expires_at: float


class Auth:
    def __init__(self, persons: Persons, now: Callable[[], float]) -> None:
        self.persons = persons
        self.now = now
        self.started: dict[str, StartedLogin] = {}  # nonce -> where the portal goes after the login
        self.codes: dict[str, LoginCode] = {}
        self.sessions: dict[str, Session] = {}

    def purge(self) -> None:
        """Forget every started login, code and session that has expired."""
        now = self.now()
        for table in (self.started, self.codes, self.sessions):
            for key in [k for k, v in table.items() if v.expires_at < now]:
                del table[key]

    def start_login(self, client: str, next_path: str) -> str:
        """A nonce for a login that ``client`` starts; it goes back to ``next_path`` afterwards."""
        self.purge()
        nonce = secrets.token_urlsafe(16)
        self.started[nonce] = StartedLogin(client, next_path, self.now() + CODE_TTL)
        return nonce

    def issue_code(self, client: str, nonce: str, insz: str, csam_sid: str | None) -> str:
        self.purge()
        code = secrets.token_urlsafe(16)
        self.codes[code] = LoginCode(client, nonce, self.persons.get(insz).insz, csam_sid, self.now() + CODE_TTL)
        return code

    def redeem_code(self, client: str, code: str, nonce: str) -> tuple[Person, LoginCode, str | None]:
        """The person of a code, for the browser whose nonce the code carries; and where to go next."""
        login = self.codes.get(code)
        if login is None or login.client != client:
            raise Unauthenticated("auth.code_unknown")
        if login.used:
            raise Unauthenticated("auth.code_used")
        if login.expires_at < self.now():
            raise Unauthenticated("auth.code_expired")
        if not nonce or not secrets.compare_digest(login.nonce.encode(), nonce.encode()):
            raise Unauthenticated("auth.other_browser")
        login.used = True
        started = self.started.pop(nonce, None)
        return self.persons.by_insz[login.insz], login, started.next_path if started else None

    def open_session(self, portal: str, insz: str, csam_sid: str | None = None) -> Session:
        self.purge()
        if portal != "csam" and csam_sid is None:  # opened directly (arranged): the person's CSAM session
            csam_sid = next(
                (s.sid for s in reversed(self.sessions.values()) if s.portal == "csam" and s.insz == insz), None
            )
        session = Session(secrets.token_urlsafe(24), portal, insz, self.now() + SESSION_TTL, csam_sid)
        self.sessions[session.sid] = session
        return session

    def session(self, portal: str, sid: str | None) -> Session | None:
        """The live session, renewed; None when unknown; Unauthenticated when it has expired."""
        session = self.sessions.get(sid or "")
        if session is None or session.portal != portal:
            return None
        if session.expires_at < self.now():
            del self.sessions[session.sid]
            raise Unauthenticated("auth.session_expired")
        session.expires_at = self.now() + SESSION_TTL
        return session

    def log_out(self, sid: str | None) -> None:
        """End this session, its CSAM session and every other portal session of that CSAM session."""
        session = self.sessions.get(sid or "")
        if session is None:
            return
        csam = session.sid if session.portal == "csam" else session.csam_sid
        for other in [
            s for s in self.sessions.values() if s.sid in (session.sid, csam) or (csam and s.csam_sid == csam)
        ]:
            del self.sessions[other.sid]
