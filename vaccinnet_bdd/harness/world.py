"""Who and what a scenario talks about, in the manual's words, turned into the mock's codes.

The Gherkin names things as the manual and the pages do ("Geblokkeerd", "Toegangsbeheerder",
"Vaccinnet Consultatie en Registratie"); the portals' operations take codes. The step library maps
one to the other in one place (its ``codes``); this module looks words up there and hands the
stage's scene what a step says (``harness.stage``): the scene, and only it, knows where the run plays.
Gegeven steps declare: what a part is, holds, or did before the scenario starts. Als and Dan steps
read: a part's record, the credentials of whoever plays a person, her login.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from playwright.sync_api import Page

from mock_portals.arrange import AddMembership

from .cast_model import Member, PersonNeeds
from .parts import Organisation, Person, part_of
from .stage import Scene

Codes = Mapping[str, Mapping[str, str]]  # what ("status", "rol", ...) -> the Gherkin's word -> the mock's code
DEFAULT_KIND = "wachtpost"  # the kind of an organisation a scenario names without one


class World:
    """The parts of one scenario, in the manual's words, for the scene of the stage the run plays on."""

    def __init__(self, scene: Scene, codes: Codes) -> None:
        self.scene = scene
        self.codes = codes

    def code(self, what: str, name: str) -> str:
        """The mock's code for the ``what`` the Gherkin calls ``name``."""
        names = self.codes[what]
        try:
            return names[name]
        except KeyError:
            raise ValueError(f"onbekende {what} {name!r}; gekend: {', '.join(names)}") from None

    # --- what Gegeven steps declare -----------------------------------------------------------

    def exists(self, person: str, *, insz: str | None = None, year: int | None = None, bis: int | None = None) -> None:
        """A person with this INSZ, born in ``year`` or with a BIS number (month + ``bis``)."""
        born = None if year is None else year >= 2000
        self.scene.exists(part_of(person), PersonNeeds(insz=insz, born_from_2000=born, bis=bis), year=year)

    def care_provider(self, person: str, profession: str) -> None:
        """An individual care provider with a RIZIV number of her own."""
        self.scene.exists(part_of(person), PersonNeeds(profession=profession, own_riziv=True))

    def without_rights(self, person: str) -> None:
        self.scene.without_rights(part_of(person))

    def organisation_of(self, org: str, kind: str, **roles: str) -> None:
        """The organisation, of ``kind`` (a recognition as the manual names it), with ``roles``
        (legal_rep, htb, progezondheid_htb: persons; legal_rep_role: as ProGezondheid shows it)."""
        role = roles.pop("legal_rep_role", None)
        people = {key: part_of(value) for key, value in roles.items()}
        self.scene.organisation(
            part_of(org), self.code("soort", kind), people, self.code("rol in ProGezondheid", role) if role else None
        )

    def member(
        self,
        person: str,
        org: str,
        kind: str = DEFAULT_KIND,
        *,
        type: str | None = None,
        status: str | None = None,
        applications: Sequence[str] = (),
    ) -> None:
        """A member of the organisation in the eHealth access management: of ``type`` (a user when
        None), with ``status`` (active when None) and these applications."""
        member = Member(
            self.code("type", type) if type else _default("type"),
            self.code("status", status) if status else _default("status"),
            frozenset(self.code("beveiligde toepassing", app) for app in applications),
        )
        self.scene.member(part_of(person), part_of(org), self.code("soort", kind), member)

    def appoint_manager(self, person: str, role: str, domain: str, org: str) -> None:
        """What the HTB of ``org`` did in BTB: ``person`` became an access manager."""
        self.scene.manager(part_of(person), part_of(org), self.code("rol", role), self.code("domein", domain))

    def added_user(self, manager: str, person: str, org: str, applications: Sequence[str]) -> None:
        """``manager`` added ``person`` to ``org`` (the portal's own operation, with its checks)."""
        apps = frozenset(self.code("beveiligde toepassing", app) for app in applications)
        self.scene.added(part_of(manager), part_of(person), part_of(org), apps)

    def deleted_users(self, manager: str, persons: Sequence[str], org: str) -> None:
        """``manager`` deleted ``persons`` from ``org`` (the portal's own operation, with its checks)."""
        self.scene.deleted(part_of(manager), [part_of(p) for p in persons], part_of(org))

    def change_status(self, person: str, org: str, status: str) -> None:
        """The member's status becomes ``status`` (as the user list shows it)."""
        self.scene.status(part_of(person), part_of(org), self.code("status", status))

    def forbid_ordering(self, org: str) -> None:
        """The organisation may not order vaccines."""
        self.scene.may_not_order(part_of(org))

    def extra_users(self, org: str, count: int, applications: list[str]) -> None:
        """``count`` users more, whose names the portals choose."""
        apps = [self.code("beveiligde toepassing", app) for app in applications]
        self.scene.extra_users(part_of(org), count, apps)

    def pass_time(self, seconds: float) -> None:
        """The portals' clock moves on."""
        self.scene.pass_time(seconds)

    def set_clock(self, moment: float) -> None:
        """The portals' clock shows ``moment`` (seconds since the epoch), where a clock can be set."""
        self.scene.set_clock(moment)

    def arrive(self, person: str, portal: str, then: Callable[[Page], None]) -> None:
        """``person`` is logged in at ``portal`` in her own browser, and ``then`` shows a page there."""
        self.scene.arrive(part_of(person), portal, then)

    # --- what Als and Dan steps read and do ---------------------------------------------------

    def person(self, name: str) -> Person:
        """Whoever plays the person: her name as the portals show it, INSZ and e-mail address."""
        return self.scene.person(part_of(name))

    def organisation(self, name: str) -> Organisation:
        """Whichever organisation plays it: its name as the portals show it, and its RIZIV number."""
        return self.scene.organisation_named(part_of(name))

    def credentials(self, person: str) -> tuple[str, str, str]:
        """User name, password and the code an authenticator app shows now, for CSAM's app key."""
        return self.scene.credentials(part_of(person))

    def signed_in(self, person: str, portal: str) -> Page:
        """``person``'s own browser, logged in at ``portal``: from now on ``person`` acts."""
        return self.scene.signed_in(part_of(person), portal)

    def log_in(self, page: Page, person: str, portal: str) -> None:
        """Log ``person`` in at ``portal`` in the browser of ``page``."""
        self.scene.log_in(page, part_of(person), portal)

    def key(self, asked: str | None, person: str) -> str:
        """The digital key ``person``'s login uses when CSAM asks for one: ``asked``, or (None) whichever
        key the stage logs in with unattended, said in the report; a key the stage cannot use makes the
        scenario not executable there."""
        return self.scene.key(asked, part_of(person))

    def changed(self, what: str, portal: str, undo: Callable[[Page], bool]) -> None:
        """A step changes the portals (its scenario is tagged @wijzigt): ``undo`` puts back what was
        there, where the stage keeps what it finds (see the scene)."""
        self.scene.changed(what, portal, undo)

    def changing(self, what: str, portal: str, prepare: Callable[[], Callable[[Page], bool] | None]) -> None:
        """As ``changed``, for an undo that must first read what is there: ``prepare`` reads it."""
        self.scene.changing(what, portal, prepare)

    def irreversible(self, what: str) -> None:
        """Before a change that no screen can undo."""
        self.scene.irreversible(what)

    def declared(self, person: str, riziv: str) -> tuple[str, list[str]]:
        """The e-mail address and applications ``person`` held in the organisation with the RIZIV number
        ``riziv`` before the scenario, as words (to put her back as she was)."""
        return self.scene.declared(part_of(person), riziv)


def _default(what: str) -> str:
    """The code a membership has when the step names none: the portal's own default."""
    return str(AddMembership.model_fields[what].default.value)
