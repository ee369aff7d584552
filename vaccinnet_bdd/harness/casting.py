"""Casting: which account of an acceptance environment plays each person of a scenario, and which of
its organisations each organisation, so that what the scenario's Gegeven steps ask holds there, or
can be made to hold through the portals' own screens (only with --allow-changes).

Scenarios name people and organisations in the manual's words; on a target those are parts. The
target file declares what each account and organisation is (``Declared``, in the mock's codes, as
the step library translates the file's words); the Gegeven steps of a scenario say what its parts
must be (``Wanted``). ``cast`` finds the binding with the fewest changes, every person on a
distinct account and every organisation on a distinct organisation of its kind, or says in Dutch
why there is none.

Where a step sees something whole (``harness.stage.sees``), the target shows no more of it than the
scenario names, as the mock would: an organisation's members or HTB, the organisations where a person
has rights (all, or those of some kinds), her profiles; so does a person "zonder rechten".
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator, Mapping

from .cast_model import (
    ACTIVE,
    USER,
    Account,
    Cast,
    Change,
    Declared,
    Member,
    Org,
    OrgNeeds,
    PersonNeeds,
    Uncastable,
    Wanted,
)


def cast(
    wanted: Wanted,
    declared: Declared,
    *,
    changes: bool,
    manager_types: Mapping[tuple[str, str], str],
    busy: Collection[str] = (),
) -> Cast:
    """The binding with the fewest changes, among accounts and organisations not ``busy``; with
    ``changes`` False only one under which everything holds already."""
    named = ", ".join(repr(p) for p in sorted(wanted.persons))
    best: tuple[int, list[str], Cast | None] = (10**9, [f"te weinig vrije accounts voor {named}"], None)
    for orgs in _org_bindings(wanted, declared, busy):
        for persons in _person_bindings(wanted, declared, orgs, busy):
            found = _Judge(wanted, declared, orgs, persons, manager_types, busy, changes).verdict()
            if isinstance(found, Cast):
                if best[2] is None or len(found.changes) < len(best[2].changes):
                    best = (0, [], found)
                if not found.changes:
                    return found
            elif best[2] is None and len(found) < best[0]:
                best = (len(found), found, None)
    if best[2] is not None:
        return best[2]
    raise Uncastable(best[1][0] if best[1] else "geen rolverdeling")


def _org_bindings(wanted: Wanted, declared: Declared, busy: Collection[str]) -> Iterator[dict[str, str]]:
    parts = sorted(wanted.orgs)
    options = []
    for part in parts:
        needs = wanted.orgs[part]
        fitting = [o.name for o in declared.orgs if _org_fits(o, needs) and o.name not in busy]
        if not fitting:
            raise Uncastable(f"geen enkele organisatie van het doel kan {part!r} spelen: {_org_words(needs)}")
        options.append(fitting)
    found = False
    for chosen in itertools.product(*options):
        if len(set(chosen)) == len(chosen):
            found = True
            yield dict(zip(parts, chosen, strict=True))
    if not found:
        kinds = ", ".join(sorted(wanted.orgs[part].kind for part in parts))
        raise Uncastable(f"te weinig organisaties op het doel voor {', '.join(repr(p) for p in parts)} ({kinds})")


def _org_fits(org: Org, needs: OrgNeeds) -> bool:
    return (
        org.kind == needs.kind
        and (needs.rep_role is None or org.rep_role == needs.rep_role)
        and (needs.may_order or not org.may_order)
    )


def _org_words(needs: OrgNeeds) -> str:
    words = f"een {needs.kind}"
    words += f" met een vertegenwoordiger met rol {needs.rep_role}" if needs.rep_role else ""
    return words + ("" if needs.may_order else " die geen vaccins mag bestellen")


def _person_fits(account: Account, needs: PersonNeeds) -> bool:
    digits = "".join(c for c in account.insz if c.isdigit())
    month = int(digits[2:4]) if len(digits) == 11 else 0
    if needs.insz is not None and digits != "".join(c for c in needs.insz if c.isdigit()):
        return False
    if needs.bis is not None and not needs.bis <= month < needs.bis + 20:
        return False
    if needs.born_from_2000 is not None and _born_from_2000(digits) != needs.born_from_2000:
        return False
    return (needs.profession is None or account.profession == needs.profession) and (
        not needs.own_riziv or account.riziv is not None
    )


def _born_from_2000(insz: str) -> bool:
    """Whose check digits count a leading 2: born in 2000 or later (domain rules §1.1)."""
    return len(insz) == 11 and 97 - int("2" + insz[:9]) % 97 == int(insz[9:])


def _person_bindings(
    wanted: Wanted, declared: Declared, orgs: dict[str, str], busy: Collection[str]
) -> Iterator[dict[str, str]]:
    parts = sorted(wanted.persons, key=lambda p: (sum(_fits(declared, wanted, p)), p))
    options = [
        [a.name for a, ok in zip(declared.accounts, _fits(declared, wanted, part), strict=True) if ok] for part in parts
    ]
    for part, fitting in zip(parts, options, strict=True):
        if not [a for a in fitting if a not in busy]:
            raise Uncastable(f"geen account van het doel kan {part!r} spelen: {_person_words(wanted.persons[part])}")
    for chosen in itertools.product(*([a for a in fitting if a not in busy] for fitting in options)):
        if len(set(chosen)) == len(chosen):
            yield dict(zip(parts, chosen, strict=True))


def _fits(declared: Declared, wanted: Wanted, part: str) -> list[bool]:
    return [_person_fits(account, wanted.persons[part]) for account in declared.accounts]


def _person_words(needs: PersonNeeds) -> str:
    if needs.insz:
        return f"het INSZ {needs.insz}"
    if needs.bis is not None:
        return f"een BIS-nummer met maand + {needs.bis}"
    if needs.profession:
        return f"een {needs.profession}" + (" met een eigen RIZIV-nummer in het doelbestand" if needs.own_riziv else "")
    if needs.born_from_2000 is not None:
        return "iemand geboren in 2000 of later" if needs.born_from_2000 else "iemand geboren voor 2000"
    return "er zijn te weinig accounts"


class _Judge:
    """One binding held against what the scenario wants: a Cast, or what does not hold (in Dutch)."""

    def __init__(
        self,
        wanted: Wanted,
        declared: Declared,
        orgs: dict[str, str],
        persons: dict[str, str],
        manager_types: Mapping[tuple[str, str], str],
        busy: Collection[str],
        changes_allowed: bool,
    ) -> None:
        self.wanted, self.declared, self.orgs, self.persons = wanted, declared, orgs, persons
        self.manager_types, self.busy, self.changes_allowed = manager_types, busy, changes_allowed
        self.managing = set(manager_types.values())  # the types of UMAN that manage an organisation's users
        self.changes: list[Change] = []
        self.wrong: list[str] = []

    def verdict(self) -> Cast | list[str]:
        for part, needs in self.wanted.orgs.items():
            self._org_roles(part, needs)
        for (person, org), member in self.wanted.members.items():
            self._member(person, org, member)
        for person, org in sorted(self.wanted.absent):
            self._absent(person, org)
        for (person, org), (role, domain) in self.wanted.managers.items():
            self._manager(person, org, role, domain)
        seen = self.wanted.seen
        for person, wants in self.wanted.persons.items():
            if wants.no_rights or person in seen.rights:
                self._closed_person(person)
            elif person in seen.rights_of_kind:
                kinds = {self.wanted.orgs[o].kind for o in seen.rights_of_kind[person] if o in self.wanted.orgs}
                self._closed_person(person, kinds)
            if person in seen.profiles:
                self._no_other_profile(person)
        for org in self.wanted.orgs if seen.members else ():
            self._closed_org(org)
        for org, needs in self.wanted.orgs.items() if seen.htb else ():
            if needs.htb is None and (htb := self._org(org).htb) is not None:
                self.wrong.append(f"{org!r} heeft op het doel al een hoofdtoegangsbeheerder ({htb})")
        if self.changes and not self.changes_allowed:
            self.wrong.append(f"vraagt wijzigingen op het doel ({self._said()}); --allow-changes laat die toe")
        if self.wrong:
            return self.wrong
        hands = {c.by for c in self.changes} - set(self.persons.values())
        return Cast(dict(self.persons), dict(self.orgs), tuple(self.changes), frozenset(hands))

    def _said(self) -> str:
        words = {"add": "toevoegen", "rights": "rechten wijzigen", "appoint": "aanstellen"}
        words["delete"] = "als gebruiker verwijderen"
        return ", ".join(f"{c.account} {words[c.what]} in {c.org}" for c in self.changes)

    def _org(self, part: str) -> Org:
        return next(o for o in self.declared.orgs if o.name == self.orgs[part])

    def _org_roles(self, part: str, needs: OrgNeeds) -> None:
        org = self._org(part)
        for role, person in (("rep", needs.rep), ("htb", needs.htb)):
            if person is not None and getattr(org, role) != self.persons[person]:
                what = "vertegenwoordiger" if role == "rep" else "hoofdtoegangsbeheerder"
                self.wrong.append(f"{person!r} moet {what} zijn van {part!r}; op het doel is niemand van de cast dat")

    def _declared(self, person: str, org: str) -> Member | None:
        return self.declared.members.get((self.persons[person], self.orgs[org]))

    def _manager_of(self, org: str) -> str | None:
        """An active LB or Co-LB of the organisation who is free: the one who makes a change in UMAN,
        preferably a person of the cast."""
        name = self.orgs[org]
        managers = [
            account
            for (account, where), m in self.declared.members.items()
            if where == name and m.type in self.managing and m.status == ACTIVE and account not in self.busy
        ]
        cast = [a for a in managers if a in self.persons.values()]
        return next(iter(cast or managers), None)

    def _change(self, what: str, person: str, org: str, by: str | None, **details: object) -> None:
        if by is None:
            self.wrong.append(f"{person!r} in {org!r} vraagt een wijziging; het doel heeft daar geen vrije beheerder")
            return
        account = next(a for a in self.declared.accounts if a.name == self.persons[person])
        if what in ("add", "appoint") and not account.email:  # both forms ask for it
            self.wrong.append(
                f"{person!r} toevoegen vraagt het e-mailadres van {account.name}; het doelbestand geeft er geen"
            )
            return
        self.changes.append(Change(what, self.persons[person], self.orgs[org], by, **details))  # type: ignore[arg-type]

    def _member(self, person: str, org: str, wanted: Member) -> None:
        found = self._declared(person, org)
        if found == wanted:
            return
        if found is None and wanted.type == USER and wanted.status == ACTIVE:  # the form adds active users
            return self._change("add", person, org, self._manager_of(org), apps=wanted.apps)
        if found is not None and found.type == wanted.type == USER and found.status == wanted.status:
            return self._change("rights", person, org, self._manager_of(org), apps=wanted.apps)
        shown = f"{found.type}, {found.status}" if found else "geen lid"
        self.wrong.append(f"{person!r} moet in {org!r} {wanted.type}, {wanted.status} zijn; op het doel {shown}")

    def _absent(self, person: str, org: str) -> None:
        found = self._declared(person, org)
        if found is None:
            return
        if found.type == USER and found.status == ACTIVE:
            return self._change("delete", person, org, self._manager_of(org))
        self.wrong.append(f"{person!r} mag geen lid meer zijn van {org!r}; op het doel {found.type}, {found.status}")

    def _manager(self, person: str, org: str, role: str, domain: str) -> None:
        found, kind = self._declared(person, org), self.manager_types.get((role, domain))
        if kind is not None and found is not None and found.type == kind and found.status == ACTIVE:
            return
        if found is not None:
            self.wrong.append(f"{person!r} moet {role} voor {domain} zijn in {org!r}; op het doel {found.type}")
            return
        htb = self._org(org).htb
        self._change("appoint", person, org, htb if htb not in self.busy else None, role=role, domain=domain)

    def _closed_person(self, person: str, kinds: Collection[str] | None = None) -> None:
        """No rights beyond the scenario's: no organisation (of one of ``kinds``, when given) where she is
        a member, representative or HTB that the scenario does not give her."""
        account, orgs = self.persons[person], {v: k for k, v in self.orgs.items()}
        where_declared = {where for who, where in self.declared.members if who == account}
        where_declared |= {where for where, _ in self.declared.roles(account)}
        if kinds is not None:
            kind_of = {o.name: o.kind for o in self.declared.orgs}
            where_declared = {where for where in where_declared if kind_of[where] in kinds}
        for where in sorted(where_declared):
            part = orgs.get(where)
            if part is None or not (
                self._accounted(person, part) or person in (self.wanted.orgs[part].rep, self.wanted.orgs[part].htb)
            ):
                self.wrong.append(f"{person!r} heeft op het doel ook rechten in {where}, die het scenario niet noemt")

    def _no_other_profile(self, person: str) -> None:
        """No profile of a care provider the scenario does not give her."""
        profession = next(a.profession for a in self.declared.accounts if a.name == self.persons[person])
        if profession is not None and profession != self.wanted.persons[person].profession:
            self.wrong.append(f"{person!r} zou op het doel ook {profession} zijn, wat het scenario niet noemt")

    def _accounted(self, person: str, org: str) -> bool:
        """A membership the scenario names: as a member, deleted before it starts, or as an access manager."""
        key = (person, org)
        return key in self.wanted.members or key in self.wanted.absent or key in self.wanted.managers

    def _closed_org(self, org: str) -> None:
        name, parts = self.orgs[org], {v: k for k, v in self.persons.items()}
        for account, where in self.declared.members:
            person = parts.get(account)
            if where == name and (person is None or not self._accounted(person, org)):
                self.wrong.append(f"{org!r} heeft op het doel ook {account} als lid, dat het scenario niet noemt")
