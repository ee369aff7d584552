"""Access management in UMAN (manual §2.4.1): who may manage an organisation's users, and how."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from . import identifiers as ids
from .errors import Forbidden, Refused, refuse_any
from .memberships import Application, Membership, Memberships, Status
from .organisations import Organisation, Organisations
from .persons import Persons


class UmanRole(StrEnum):
    """What a person is in an organisation's UMAN."""

    HTB = "htb"
    LB = "lb"
    CO_LB = "co-lb"
    USER = "user"
    BLOCKED = "blocked"


MANAGING = frozenset({UmanRole.HTB, UmanRole.LB, UmanRole.CO_LB})


class UserManagement:
    def __init__(self, persons: Persons, organisations: Organisations, memberships: Memberships) -> None:
        self.persons = persons
        self.organisations = organisations
        self.memberships = memberships

    def organisations_of(self, insz: str) -> list[Organisation]:
        """The organisations a person can pick in UMAN: where they are (co-)HTB, manager or user."""
        riziv = {o.riziv for o in self.organisations.of_htb(insz)} | self.memberships.orgs_of(insz)
        return sorted((self.organisations.by_riziv[r] for r in riziv), key=lambda o: o.name)

    def role(self, insz: str, org: Organisation) -> UmanRole | None:
        """What the person is in the organisation's UMAN; None if nothing."""
        if self.organisations.is_htb(insz, org):
            return UmanRole.HTB
        member = self.memberships.get(org.riziv, insz)
        if member is None:
            return None
        return UmanRole(member.type) if member.status == Status.ACTIVE else UmanRole.BLOCKED

    def may_manage(self, insz: str, org: Organisation) -> bool:
        return self.role(insz, org) in MANAGING

    def require_member(self, actor: str, org: str) -> Organisation:
        """The organisation, when the person is its (co-)HTB, manager or user (R28)."""
        organisation = self.organisations.get(org)
        if self.role(actor, organisation) is None:
            raise Forbidden("uman.no_access", None, {"organisation": organisation.name})
        return organisation

    def require_manager(self, actor: str, org: str) -> Organisation:
        organisation = self.organisations.get(org)
        role = self.role(actor, organisation)
        if role not in MANAGING:
            if role == UmanRole.BLOCKED:
                raise Forbidden("uman.blocked", None, {"organisation": organisation.name})
            raise Forbidden("uman.not_manager", None, {"organisation": organisation.name})
        return organisation

    def new_user_refusal(self, org: Organisation, insz: str) -> Refused | None:
        """Why this INSZ cannot be added as a user of the organisation, or None."""
        if refusal := self.persons.unknown_refusal(insz):
            return refusal
        person = self.persons.by_insz[ids.digits_only(insz)]
        if self.memberships.get(org.riziv, person.insz) is not None:
            return self.memberships.exists_refusal(org, person.name)
        return None

    def _checked_user(
        self, actor: str, org: str, insz: str, email: str, local_email: str, applications: Iterable[str], *, new: bool
    ) -> tuple[Organisation, str, Membership | None, tuple[Application, ...]]:
        """Every check of the user form at once (all refusals together), before anything changes."""
        organisation = self.require_manager(actor, org)
        insz_refusal = self.new_user_refusal(organisation, insz) if new else None
        insz = ids.digits_only(insz)
        current = self.memberships.get(organisation.riziv, insz)
        if not new and current is None:
            raise Refused("member.unknown")
        apps_refusal: Refused | None = None
        apps: tuple[Application, ...] = ()
        try:
            apps = self.memberships.checked_applications(organisation, applications)
        except Refused as refusal:
            apps_refusal = refusal
        refuse_any(
            insz_refusal,
            ids.email_refusal(email, required="email.mandatory"),
            ids.email_refusal(local_email, "local_email") if local_email.strip() else None,
            apps_refusal,
        )
        return organisation, insz, current, apps

    def check_new_user(
        self, actor: str, org: str, insz: str, email: str, local_email: str, applications: Iterable[str]
    ) -> None:
        """What "Opslaan" checks before the confirmation page of a new user; changes nothing."""
        self._checked_user(actor, org, insz, email, local_email, applications, new=True)

    def add_user(
        self, actor: str, org: str, insz: str, email: str, local_email: str, applications: Iterable[str]
    ) -> Membership:
        """ "Bevestigen" of a new user (manual §2.4.1.1)."""
        organisation, insz, _, apps = self._checked_user(actor, org, insz, email, local_email, applications, new=True)
        return self.memberships.add(
            organisation.riziv, insz, applications=apps, email=email.strip(), local_email=local_email.strip()
        )

    def change_user(
        self, actor: str, org: str, insz: str, email: str, local_email: str, applications: Iterable[str]
    ) -> Membership:
        """A member's e-mail addresses and applications, changed through the pencil icon (R33)."""
        _, _, current, apps = self._checked_user(actor, org, insz, email, local_email, applications, new=False)
        assert current is not None  # _checked_user refuses an unknown member
        return self.memberships.change(
            current,
            email=email.strip(),
            local_email=local_email.strip(),
            applications=apps,
            modified=self.memberships.now(),
        )

    def delete_users(self, actor: str, org: str, selection: Iterable[str]) -> int:
        """Remove the selected users from this organisation only (manual §2.4.1.2, D8)."""
        organisation = self.require_manager(actor, org)
        selected = list(dict.fromkeys(ids.digits_only(i) for i in selection))  # a user ticked twice is one user
        if not selected:
            raise Refused("member.select_first", "selection")
        if any(self.memberships.get(organisation.riziv, i) is None for i in selected):
            raise Refused("member.selection_unknown")
        if actor in selected:
            raise Refused("member.not_yourself", "selection")
        for insz in selected:
            self.memberships.remove(organisation.riziv, insz)
        return len(selected)
