"""An acceptance environment as its target file declares it: the portals' addresses, the accounts
and their logins, the organisations, in the mock's codes, and the claims every worker shares."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from .cast_model import Account, Declared, Member, Org
from .claims import Claims, folder_of
from .provided import Codes, Provided
from .target import MANAGER_IN_UMAN, PORTALS, SECRETS, Target, TargetError

NO_CODE = "-"  # a word the library's codes do not know: compared as itself


class Environment:
    """The acceptance environment of a run (``harness.on_target.TargetStage`` plays on it)."""

    def __init__(self, target: Target, provided: Provided, base_url: str | None, allow_changes: bool) -> None:
        self.target = target
        self.environment = target.naam
        self.provided = provided
        self.allow_changes = allow_changes
        base = base_url or target.portalen.base_url
        self.addresses = {portal: target.portalen.address(portal, base) for portal in PORTALS}
        self.base_url = base_url
        self.declared = declared_of(target, provided.codes)
        codes = provided.codes
        self.manager_types = {_role_and_domain(codes, w): kind for w, kind in _manager_words(codes).items()}
        self._claims: Claims | None = None

    def address(self, path: str) -> str:
        portal, _, rest = path.lstrip("/").partition("/")
        return self.addresses[portal] + "/" + rest if portal in self.addresses else path

    def url(self, request: pytest.FixtureRequest) -> str:
        return self.url_of_csam()

    def url_of_csam(self) -> str:
        """The address the browsers start from: the base URL, or CSAM's host when every portal has its own."""
        csam = urlsplit(self.addresses["csam"])
        return (self.base_url or self.target.portalen.base_url or f"{csam.scheme}://{csam.netloc}").rstrip("/")

    def portal(self, portal: str) -> str:
        return self.addresses[portal]

    @property
    def claims(self) -> Claims:
        """This process's claims: shared with every run on this machine against the same environment."""
        if self._claims is None:
            self._claims = Claims(folder_of(self.target.naam, self.addresses.values()))
        return self._claims

    def secrets(self) -> tuple[str, ...]:
        names = {getattr(account, field) for account in self.target.account for field in SECRETS}
        values = {os.environ.get(name, "") for name in names} - {""}
        return tuple(sorted(values, key=len, reverse=True))

    def credentials(self, account: str) -> tuple[str, str, str]:
        """The account's user name, password and a code of a window no login has used yet."""
        found = self.target.account_named(account)
        assert found is not None, account
        try:
            username, password, secret = found.secrets()
        except TargetError as error:
            raise pytest.UsageError(str(error)) from None
        return username, password, self.claims.next_code(account, secret)

    def log_in(self, page: Page, account: str, portal: str) -> None:
        """Through the portal's own login and CSAM, as the account's owner would: with the CSAM session
        of its last login on this worker while it holds (single sign-on), else with the app key. A
        code works once and a new one comes every 30 s: a login per scenario would wait for it. The
        session is kept beside the account's claim (``Claims.session``), for every worker of the machine."""
        if kept := self.claims.session(account):
            page.context.add_cookies(kept)
        self.provided.sign_in(page, self.addresses[portal], account, self.credentials)
        self.keep_session(account, page)

    def keep_session(self, account: str, page: Page) -> None:
        """The account's CSAM session as ``page``'s browser has it (CSAM's own cookies, none of a
        portal), for its next login on this machine; nothing when it has none (it logged out)."""
        csam = self.addresses["csam"] + "/"
        path = urlsplit(csam).path.rstrip("/")
        cookies = [c for c in page.context.cookies(csam) if str(c.get("path", "/")).startswith(path or "/")]
        if cookies:
            self.claims.keep_session(account, list(cookies))

    def account(self, name: str) -> Account:
        return next(a for a in self.declared.accounts if a.name == name)

    def org(self, name: str) -> Org:
        return next(o for o in self.declared.orgs if o.name == name)

    def words(self, what: str, codes: Iterable[str]) -> list[str]:
        """The library's words for the mock's codes of ``what``: how the portals show them."""
        names = {code: word for word, code in self.provided.codes[what].items()}
        return [names.get(code, code) for code in codes]


def _manager_words(codes: Codes) -> dict[str, str]:
    return dict(codes.get(MANAGER_IN_UMAN, {}))


def _role_and_domain(codes: Codes, words: str) -> tuple[str, str]:
    """ "Toegangsbeheerder voor eHealth" -> the codes of the role and the domain."""
    role, _, domain = words.partition(" voor ")
    return _code(codes, "rol", role), _code(codes, "domein", domain)


def _code(codes: Codes, what: str, word: str) -> str:
    return codes.get(what, {}).get(word, word)


def declared_of(target: Target, codes: Codes) -> Declared:
    """What the target file declares, in the mock's codes (as the step library translates its words)."""
    accounts = tuple(
        Account(a.naam, a.insz, a.email or "", _code(codes, "beroep", a.beroep) if a.beroep else None, a.riziv)
        for a in target.account
    )
    orgs = tuple(
        Org(
            o.naam,
            _code(codes, "soort", o.soort),
            o.riziv,
            o.vertegenwoordiger,
            o.hoofdtoegangsbeheerder,
            _code(codes, "rol in ProGezondheid", o.vertegenwoordiger_rol) if o.vertegenwoordiger_rol else None,
            o.mag_bestellen,
        )
        for o in target.organisatie
    )
    members = {
        (a.naam, m.organisatie): Member(
            _code(codes, "type", m.type),
            _code(codes, "status", m.status),
            frozenset(_code(codes, "beveiligde toepassing", app) for app in m.toepassingen),
        )
        for a in target.account
        for m in a.lid
    }
    return Declared(accounts, orgs, members)


def claims_folder(target: Target, base_url: str | None, root: Path | None = None) -> Path:
    """The lock folder of a target, as every run on this machine against it shares."""
    base = base_url or target.portalen.base_url
    return folder_of(target.naam, [target.portalen.address(p, base) for p in PORTALS], root)
