"""What a scenario changes on a target, and how it is put back when the scenario ends.

Two kinds of change: what arranging does before the scenario acts (a user added, her rights set,
a user deleted, an access manager appointed: ``arrange``), and what the scenario's own steps do
(they say so with ``World.changed``). Each is put back when the scenario ends, the last first, in a
new browser of the account that made it, after looking whether it happened, and checked on the
screen. What could not be put back fails the scenario with what is left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Page

from .cast_model import Account, Change
from .stage import UNDONE

if TYPE_CHECKING:
    from .target_env import Environment

PORTAL = {"add": "uman", "rights": "uman", "delete": "uman", "appoint": "btb"}
DONE = {"add": "toegevoegd", "rights": "rechten gezet", "delete": "verwijderd", "appoint": "aangesteld"}


class Undo:
    def __init__(self, log_in: Callable[[Page, str, str], None], new_page: Callable[[], Page]) -> None:
        self.log_in, self.new_page = log_in, new_page
        self.steps: list[tuple[str, str, str, Callable[[Page], bool]]] = []  # what, account, portal, undo

    def add(self, what: str, account: str, portal: str, undo: Callable[[Page], bool]) -> None:
        """Something is about to change: ``undo`` puts it back, logged in as ``account`` at ``portal``;
        it looks first whether the change happened (True: it put something back)."""
        self.steps.append((what, account, portal, undo))

    def arrange(self, change: Change, stage: Environment) -> None:
        """Make ``change`` through the screens, as the account that may, and keep how to put it back;
        what the page shows when it does not work says why."""
        org, account = stage.org(change.org), stage.account(change.account)
        what = f"klaargezet: {account.name} {DONE[change.what]} in {org.name}"
        page = self.new_page()
        try:
            self.log_in(page, change.by, PORTAL[change.what])
            self._make(change, stage, page, what)
        except Exception as error:
            shown = stage.provided.describe(page)
            raise AssertionError(
                f"{what} (door {change.by}) lukte niet: {str(error).splitlines()[0]}; de pagina toont"
                f" {shown.address}, {shown.heading or 'zonder titel'}"
            ) from None
        finally:
            page.context.close()

    def _make(self, change: Change, stage: Environment, page: Page, what: str) -> None:
        org, account, portal = stage.org(change.org), stage.account(change.account), PORTAL[change.what]
        apps = stage.words("beveiligde toepassing", sorted(change.apps))
        screens = stage.provided.screens(page)
        if change.what == "add":
            delete = lambda p: stage.provided.screens(p).delete_user(org.riziv, account.name)  # noqa: E731
            self.add(what, change.by, portal, delete)
            screens.add_user(org.riziv, account.name, account.insz, account.email, apps)
        elif change.what == "rights":
            was = sorted(screens.rights(org.riziv, account.name))
            self.add(what, change.by, portal, lambda p: _set_back(stage, p, org.riziv, account.name, was))
            screens.set_rights(org.riziv, account.name, apps)
        elif change.what == "delete":
            back = stage.words("beveiligde toepassing", sorted(stage.declared.members[(account.name, org.name)].apps))
            self.add(what, change.by, portal, lambda p: _add_back(stage, p, org.riziv, account, back))
            screens.delete_user(org.riziv, account.name)
        else:
            role, domain = stage.words("rol", [change.role])[0], stage.words("domein", [change.domain])[0]
            self.add(
                what, change.by, portal, lambda p: stage.provided.screens(p).remove_manager(org.riziv, account.name)
            )
            screens.appoint(org.riziv, account.name, account.insz, account.email, role, domain)

    def all(self, node: pytest.Item) -> None:
        """Put back every change, the last first; what was put back and what is left behind go on the
        scenario's report; anything left behind fails it."""
        done: list[str] = []
        left: list[str] = []
        for what, account, portal, undo in reversed(self.steps):
            page = self.new_page()
            try:
                self.log_in(page, account, portal)
                if undo(page):
                    done.append(what)
            except Exception as error:
                left.append(f"{what} ({type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''})")
            finally:
                page.context.close()
        self.steps.clear()
        if done or left:  # for the run's count (target_run.Tally)
            node.user_properties.append((UNDONE, {"hersteld": done, "achtergelaten": left}))
        if left:
            raise AssertionError("ongedaan maken mislukt; blijft achter op het doel: " + "; ".join(left))


def _set_back(stage: Environment, page: Page, riziv: str, name: str, was: list[str]) -> bool:
    screens = stage.provided.screens(page)
    if sorted(screens.rights(riziv, name)) == was:
        return False
    stage.provided.screens(page).set_rights(riziv, name, was)
    return True


def _add_back(stage: Environment, page: Page, riziv: str, account: Account, apps: list[str]) -> bool:
    screens = stage.provided.screens(page)
    if screens.member(riziv, account.name) is not None:
        return False
    screens.add_user(riziv, account.name, account.insz, account.email, apps)
    return True
