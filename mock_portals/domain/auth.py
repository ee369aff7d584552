"""One-time login codes and portal sessions of the mock CSAM (single sign-on, single logout)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import Unauthenticated
from .persons import Person, Persons

CODE_TTL = 60.0  # seconds a one-time login code stays valid
SESSION_TTL = 30 * 60.0  # idle seconds before a portal session expires


@dataclass
class Session:
    sid: str
    portal: str
    insz: str
    expires_at: float
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class LoginCode:
    client: str
    insz: str
    expires_at: float
    used: bool = False


class Auth:
    def __init__(self, persons: Persons, now: Callable[[], float]) -> None:
        self.persons = persons
        self.now = now
        self.codes: dict[str, LoginCode] = {}
        self.sessions: dict[str, Session] = {}

    def issue_code(self, client: str, insz: str) -> str:
        code = secrets.token_urlsafe(16)
        self.codes[code] = LoginCode(client, self.persons.get(insz).insz, self.now() + CODE_TTL)
        return code

    def redeem_code(self, client: str, code: str) -> Person:
        login = self.codes.get(code)
        if login is None or login.client != client:
            raise Unauthenticated("auth.code_unknown")
        if login.used:
            raise Unauthenticated("auth.code_used")
        if login.expires_at < self.now():
            raise Unauthenticated("auth.code_expired")
        login.used = True
        return self.persons.by_insz[login.insz]

    def open_session(self, portal: str, insz: str) -> Session:
        session = Session(secrets.token_urlsafe(24), portal, insz, self.now() + SESSION_TTL)
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

    def close_session(self, sid: str | None) -> None:
        self.sessions.pop(sid or "", None)
