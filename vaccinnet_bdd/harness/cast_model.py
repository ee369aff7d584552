"""What casting works with: the target as its file declares it, what a scenario wants of its parts, and
the cast that binds them (``harness.casting``). Everything in the mock's codes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

USER, ACTIVE = "user", "actief"  # the mock's codes of UMAN's type of a user and of her status
DEFAULT_KIND = "wachtpost"  # an organisation the scenario names without a kind, as the mock makes it


@dataclass(frozen=True)
class Member:
    type: str
    status: str
    apps: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Account:
    name: str
    insz: str
    email: str
    profession: str | None = None  # an individual care provider
    riziv: str | None = None  # her own RIZIV number, when the target file gives it


@dataclass(frozen=True)
class Org:
    name: str
    kind: str
    riziv: str
    rep: str | None = None  # an account's name
    htb: str | None = None
    rep_role: str | None = None
    may_order: bool = True


@dataclass(frozen=True)
class Declared:
    """The target as its file declares it, in the mock's codes."""

    accounts: tuple[Account, ...]
    orgs: tuple[Org, ...]
    members: Mapping[tuple[str, str], Member]  # (account, org) -> what UMAN lists

    def roles(self, account: str) -> set[tuple[str, str]]:
        """(org, "rep"/"htb") for every organisation the account represents or is HTB of."""
        return {(o.name, r) for o in self.orgs for r in ("rep", "htb") if getattr(o, r) == account}


@dataclass
class Seen:
    """What a scenario's steps see whole, so that on a target there is nothing of it the scenario does
    not name: its organisations' members (or managers) and whether they have an HTB; of the people
    the steps are about, every organisation where they have rights (or those of some kinds only),
    and their profiles."""

    members: bool = False
    htb: bool = False
    rights: set[str] = field(default_factory=set)  # persons
    rights_of_kind: dict[str, set[str]] = field(default_factory=dict)  # person -> orgs whose kinds are seen
    profiles: set[str] = field(default_factory=set)  # persons


@dataclass
class PersonNeeds:
    insz: str | None = None  # exactly this number
    born_from_2000: bool | None = None
    bis: int | None = None  # a BIS number, month + 20 or + 40
    profession: str | None = None
    own_riziv: bool = False
    no_rights: bool = False  # no role and no access in any organisation


@dataclass
class OrgNeeds:
    kind: str = DEFAULT_KIND
    rep: str | None = None  # a person part
    htb: str | None = None
    rep_role: str | None = None
    may_order: bool = True


@dataclass
class Wanted:
    """What a scenario's Gegeven steps ask of its parts, in codes, by the parts' names."""

    persons: dict[str, PersonNeeds] = field(default_factory=dict)
    orgs: dict[str, OrgNeeds] = field(default_factory=dict)
    members: dict[tuple[str, str], Member] = field(default_factory=dict)  # (person, org) -> as UMAN lists her
    absent: set[tuple[str, str]] = field(default_factory=set)  # no longer a member (a past deletion)
    managers: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # -> (role, domain) in BTB
    seen: Seen = field(default_factory=Seen)  # what the steps see whole (nothing beyond the scenario's)


@dataclass(frozen=True)
class Change:
    """What arranging does through the screens, as the account ``by`` who may: "add" a user,
    "rights" to set her applications, "delete" her, "appoint" an access manager in BTB."""

    what: str
    account: str
    org: str
    by: str
    apps: frozenset[str] = frozenset()
    role: str = ""
    domain: str = ""


@dataclass(frozen=True)
class Cast:
    persons: dict[str, str]  # part -> account
    orgs: dict[str, str]  # part -> organisation
    changes: tuple[Change, ...] = ()
    stagehands: frozenset[str] = frozenset()  # accounts that make changes but play no part


class Uncastable(Exception):
    """No binding of the target makes the scenario's Gegeven steps hold; the message says why, in Dutch."""
