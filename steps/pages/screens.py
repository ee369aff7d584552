"""The portals' screens a stage works with on an acceptance environment (``harness.provided.Screens``):
looking a member up in UMAN, adding or deleting a user there or setting her rights with the pencil,
appointing or removing an access manager in BTB. Each checks its result on the screen."""

from __future__ import annotations

from playwright.sync_api import Page

from .btb import BtbPage
from .common import NotRestored
from .uman import UsersPage


class PortalScreens:
    def __init__(self, page: Page) -> None:
        self.page = page

    def _users(self, riziv: str) -> UsersPage:
        users = UsersPage(self.page)
        users.open(riziv)
        return users

    def _managers(self, riziv: str) -> BtbPage:
        managers = BtbPage(self.page)
        managers.open_managers_of(riziv)
        return managers

    def member(self, riziv: str, name: str) -> tuple[str, str] | None:
        return self._users(riziv).member(name)

    def rights(self, riziv: str, name: str) -> set[str]:
        return self._users(riziv).rights(name)

    def add_user(self, riziv: str, name: str, insz: str, email: str, apps: list[str]) -> None:
        users = self._users(riziv)
        users.add(insz, email, apps)
        users.answered()
        if users.member(name) is None:
            raise NotRestored(f"{name} staat na het toevoegen niet in de lijst")

    def set_rights(self, riziv: str, name: str, apps: list[str]) -> None:
        users = self._users(riziv)
        users.edit_rights(name, apps)
        users.answered()
        if (now := users.rights(name)) != set(apps):
            raise NotRestored(f"de rechten van {name} zijn {', '.join(sorted(now))}, niet {', '.join(apps)}")

    def delete_user(self, riziv: str, name: str) -> bool:
        return self._users(riziv).delete_if_listed(name)

    def manager(self, riziv: str, name: str) -> tuple[str, str, str] | None:
        return self._managers(riziv).manager(name)

    def appoint(self, riziv: str, name: str, insz: str, email: str, role: str, domain: str) -> None:
        managers = self._managers(riziv)
        managers.appoint(insz, email, role, domain)
        managers.wait_for_answer()
        managers.open_managers_of(riziv)
        if managers.manager(name) != (role, domain, email):
            raise NotRestored(f"{name} staat na het aanstellen niet als {role} voor {domain} in de lijst")

    def remove_manager(self, riziv: str, name: str) -> bool:
        return self._managers(riziv).remove_if_listed(name)
