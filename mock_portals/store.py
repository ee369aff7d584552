"""All mutable state of the mock portals: one object, reset per scenario."""

from __future__ import annotations

import random
import re
import secrets
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from faker import Faker

from . import identifiers as ids
from .orgtypes import ORG_TYPES, REGISTRATION_CATEGORIES, OrgType, org_type

DEFAULT_SEED = 2026
CODE_TTL = 60.0  # seconds a one-time login code stays valid
SESSION_TTL = 30 * 60.0  # idle seconds before a portal session expires

VACCINNET_REGISTRATION = "Vaccinnet Consultatie en Registratie"
VACCINNET_ORDERING = "Vaccinnet Bestel- en voorraadbeheer"
VACCINNET_APPLICATIONS = (VACCINNET_REGISTRATION, VACCINNET_ORDERING)

# The secured applications of the UMAN form (manual §2.4.1.1), with their descriptions.
APPLICATIONS: dict[str, str] = {
    "Centraal Traceringsregister": "Registratie van implantaties en explantaties",
    "Corona Tracing System - PCR Prescription validation": "Validatie van PCR-voorschriften",
    "EBMPracticeNet": "Online kennisbank met praktijkrichtlijnen",
    "eHealthBox": "Elektronisch postvak eHealth",
    "eHealth Platform Certificate Manager": "Aanvragen van eHealth-certificaten",
    "End to End Encryption REST service - Manage functionality": "Sleutels aanmaken en verwijderen",
    "End to End Encryption REST service - Read functionality": "Sleutelinformatie raadplegen",
    "Healthdata for Primary Care": "Gegevensuitwisseling vanuit de eerste lijn",
    "MedAttest-eShop": "Getuigschriften voor verstrekte hulp",
    "Raadplegen Gegevens van het Lid": "Gegevens van het lid raadplegen",
    VACCINNET_ORDERING: VACCINNET_ORDERING,
    VACCINNET_REGISTRATION: VACCINNET_REGISTRATION,
    "Verzekerbaarheid": "Verzekerbaarheid van een persoon raadplegen",
}

# How generated organisation names start, per type.
NAME_PREFIX = {
    "apotheek": "APOTHEEK",
    "groepering-derdebetaler": "THUISVERPLEGING",
    "huisartsen-zelfde-plaats": "GROEPSPRAKTIJK",
    "huisartsen-verschillende-plaatsen": "HUISARTSENKRING",
    "gemengde-financiering": "HUISARTSENPRAKTIJK",
    "medisch-huis": "MEDISCH HUIS",
    "wachtpost": "WACHTPOST",
}
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)
MEMBER_TYPES = ("LB", "Co-LB", "USER")
CO_HTB = "Co-hoofdtoegangsbeheerder"
MANAGER_ROLES = (CO_HTB, "Toegangsbeheerder", "Co-toegangsbeheerder")
DOMAINS = ("eHealth", "Sociale zekerheid", "Financiën")
# A Toegangsbeheerder for the eHealth domain is a (co-)local manager in UMAN.
UMAN_TYPE_OF_ROLE = {"Toegangsbeheerder": "LB", "Co-toegangsbeheerder": "Co-LB"}
STATUSES = ("Actief", "Geblokkeerd")


UNKNOWN_PERSON = "Er is geen persoon met dit INSZ gekend in het Rijksregister van de oefenomgeving."


def email_error(email: str, required: str = "Vul een e-mailadres in.") -> str | None:
    """Why ``email`` is not an e-mail address (``required`` when it is empty), or None."""
    if not email.strip():
        return required
    if not EMAIL.fullmatch(email.strip()):
        return "Dit e-mailadres is niet geldig."
    return None


class StoreError(ValueError):
    """A request the rules refuse; the message is shown to the person."""


class AuthError(StoreError):
    """A login code or session that cannot be used."""


class Forbidden(StoreError):
    """Someone acting on an organisation that is not theirs."""


@dataclass
class Person:
    insz: str
    first_name: str
    last_name: str
    female: bool
    email: str
    language: str = "Nederlands"
    profession: str | None = None  # individual care provider, e.g. "Arts"
    riziv: str | None = None  # their individual 11-digit RIZIV number

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def username(self) -> str:
        letters = "".join(c for c in f"{self.first_name[0]}{self.last_name}".lower() if c.isalpha())
        return f"{letters[:8]}{self.insz[-3:]}"

    @property
    def title(self) -> str:
        return "Mevrouw" if self.female else "Mijnheer"


@dataclass
class Organisation:
    riziv: str  # the 8-digit number of the RIZIV entity: its key
    name: str
    type: str  # an OrgType key
    kbo: str
    may_order: bool = True
    legal_rep: str | None = None  # INSZ of the titularis or wettelijke vertegenwoordiger
    legal_rep_role: str | None = None  # the ProGezondheid role or profession they hold
    htb: str | None = None  # INSZ of the main access manager (HTB)
    progezondheid_htb: str | None = None  # HTB in ProGezondheid: HTB here too (R9)
    co_htbs: list[str] = field(default_factory=list)  # co-HTBs appointed in BTB

    @property
    def org_type(self) -> OrgType:
        return org_type(self.type)


@dataclass
class Membership:
    org: str
    insz: str
    type: str = "USER"  # LB, Co-LB or USER
    status: str = "Actief"
    email: str = ""
    local_email: str = ""
    applications: list[str] = field(default_factory=list)
    created: float = 0.0
    modified: float | None = None


@dataclass
class Manager:
    """An access manager appointed in BTB (manual §2.3)."""

    org: str
    insz: str
    role: str  # one of MANAGER_ROLES
    domain: str  # one of DOMAINS
    email: str


class FieldErrors(StoreError):
    """Refused form input: a message per field, to show next to each field."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(" ".join(errors.values()))
        self.errors = errors


class RegistrationRefused(StoreError):
    """A refused HTB registration: the field at fault ("" for the page) and a message or a reason key."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class OrgAccess:
    """An organisation a person may log into Vaccinnet for, and with which applications."""

    org: Organisation
    applications: tuple[str, ...]
    reason: str  # "wettelijke vertegenwoordiger", "HTB" or the membership type


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


class Store:
    def __init__(self, seed: int = DEFAULT_SEED) -> None:
        self.seed = seed
        self.reset()

    # --- lifecycle --------------------------------------------------------------------------

    def reset(self, seed: int | None = None) -> None:
        """Forget everything; with a seed, also change the seed of the generated data."""
        if seed is not None:
            self.seed = seed
        self.rng = random.Random(self.seed)
        self.fake = Faker("nl_BE")
        self.fake.seed_instance(self.seed)
        self.clock_offset = 0.0
        self.persons: dict[str, Person] = {}
        self.organisations: dict[str, Organisation] = {}
        self.memberships: dict[str, dict[str, Membership]] = {}  # org -> insz -> membership
        self.orgs_of: dict[str, set[str]] = {}  # insz -> orgs with a membership
        self.managers: dict[str, dict[str, Manager]] = {}  # org -> insz -> manager (BTB)
        self._sorted_members: dict[str, list[Membership]] = {}  # org -> members in list order (a cache)
        self.codes: dict[str, LoginCode] = {}
        self.sessions: dict[str, Session] = {}

    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance_clock(self, seconds: float) -> None:
        self.clock_offset += seconds

    # --- persons and organisations ----------------------------------------------------------

    def add_person(
        self,
        first_name: str | None = None,
        last_name: str | None = None,
        *,
        insz: str | None = None,
        female: bool | None = None,
        profession: str | None = None,
    ) -> Person:
        if female is None:
            female = self.rng.random() < 0.5
        if insz is None:
            insz = ids.random_insz(self.rng, female=female)
            while insz in self.persons:
                insz = ids.random_insz(self.rng, female=female)
        elif error := ids.insz_error(insz):
            raise StoreError(error)
        insz = ids.digits_only(insz)
        if insz in self.persons:
            raise StoreError(f"Er bestaat al een persoon met INSZ {ids.format_insz(insz)}.")
        first = first_name or (self.fake.first_name_female() if female else self.fake.first_name_male())
        last = last_name or self.fake.last_name()
        riziv = None
        if profession:
            digit = {"Apotheker": 6, "Verpleegkundige": 4, "Vroedvrouw": 4}.get(profession, 1)
            riziv = ids.random_riziv(self.rng, digit) + f"{self.rng.randrange(0, 1000):03d}"
        local = f"{first}.{last}".lower().replace(" ", "")
        person = Person(insz, first, last, female, f"{local}@example.be", profession=profession, riziv=riziv)
        self.persons[insz] = person
        return person

    def person(self, insz: str) -> Person:
        try:
            return self.persons[ids.digits_only(insz)]
        except KeyError:
            raise StoreError(f"Er is geen persoon gekend met INSZ {insz}.") from None

    def known_insz_error(self, insz: str) -> str | None:
        """Why ``insz`` is no person of the store (the Rijksregister of the practice world), or None."""
        if error := ids.insz_error(insz):
            return error
        if ids.digits_only(insz) not in self.persons:
            return UNKNOWN_PERSON
        return None

    def find_persons(self, text: str = "", limit: int = 50) -> list[Person]:
        needle = text.strip().lower()
        digits = ids.digits_only(needle)
        found = []
        for p in self.persons.values():
            if not needle or needle in p.name.lower() or (digits and digits in p.insz):
                found.append(p)
                if len(found) >= limit:
                    break
        return found

    def add_organisation(
        self,
        type_key: str,
        name: str | None = None,
        *,
        riziv: str | None = None,
        may_order: bool = True,
        legal_rep: str | None = None,
        legal_rep_role: str | None = None,
        htb: str | None = None,
        progezondheid_htb: str | None = None,
    ) -> Organisation:
        kind = org_type(type_key)
        if riziv is None:
            riziv = ids.random_riziv(self.rng, kind.riziv_first_digit)
            while riziv in self.organisations:
                riziv = ids.random_riziv(self.rng, kind.riziv_first_digit)
        elif error := ids.riziv_error(riziv):
            raise StoreError(error)
        riziv = ids.riziv_entity(riziv)
        if riziv in self.organisations:
            raise StoreError(f"RIZIV-nummer {ids.format_riziv(riziv)} is al in gebruik.")
        for insz in (legal_rep, htb, progezondheid_htb):
            if insz is not None:
                self.person(insz)
        org = Organisation(
            riziv=riziv,
            name=name or f"{NAME_PREFIX[kind.key]} {self.fake.city().upper()}",
            type=kind.key,
            kbo=ids.random_kbo(self.rng),
            may_order=may_order,
            legal_rep=legal_rep and ids.digits_only(legal_rep),
            legal_rep_role=(legal_rep_role or kind.progezondheid_roles[0]) if legal_rep else None,
            htb=htb and ids.digits_only(htb),
            progezondheid_htb=progezondheid_htb and ids.digits_only(progezondheid_htb),
        )
        self.organisations[riziv] = org
        self.memberships[riziv] = {}
        self.managers[riziv] = {}
        return org

    def organisation(self, riziv: str) -> Organisation:
        try:
            return self.organisations[ids.riziv_entity(riziv)]
        except KeyError:
            raise StoreError(f"Er is geen organisatie gekend met RIZIV-nummer {riziv}.") from None

    # --- memberships (UMAN) -----------------------------------------------------------------

    def add_membership(
        self,
        org: str,
        insz: str,
        *,
        type: str = "USER",
        status: str = "Actief",
        applications: Iterable[str] = (),
        email: str | None = None,
    ) -> Membership:
        organisation = self.organisation(org)
        person = self.person(insz)
        if type not in MEMBER_TYPES:
            raise StoreError(f"Onbekend type {type}; kies uit {', '.join(MEMBER_TYPES)}.")
        if status not in STATUSES:
            raise StoreError(f"Onbekende status {status}; kies uit {', '.join(STATUSES)}.")
        apps = self._checked_applications(organisation, applications)
        if person.insz in self.memberships[organisation.riziv]:
            raise StoreError(f"{person.name} is al gebruiker van {organisation.name}.")
        member = Membership(
            organisation.riziv,
            person.insz,
            type=type,
            status=status,
            email=email if email is not None else person.email,
            applications=apps,
            created=self.now(),
        )
        self.memberships[organisation.riziv][person.insz] = member
        self.orgs_of.setdefault(person.insz, set()).add(organisation.riziv)
        self._sorted_members.pop(organisation.riziv, None)
        return member

    def _checked_applications(self, org: Organisation, applications: Iterable[str]) -> list[str]:
        apps = list(dict.fromkeys(applications))
        unknown = [a for a in apps if a not in APPLICATIONS]
        if unknown:
            raise StoreError(f"Onbekende beveiligde toepassing: {', '.join(unknown)}.")
        if VACCINNET_ORDERING in apps and not org.may_order:
            raise StoreError(f"{org.name} mag geen vaccins bestellen: '{VACCINNET_ORDERING}' kan niet.")
        return sorted(apps, key=list(APPLICATIONS).index)

    # --- appointing the HTB (CSAM registration of a care institution, manual §2.2) ----------

    def registration_refusal(self, actor: str, category: str, number: str) -> tuple[str, str] | None:
        """Why this person cannot register this institution: (field or "", message); None if they can."""
        if category not in REGISTRATION_CATEGORIES:
            return "soort", "Kies een soort instelling."
        if error := ids.riziv_error(number):
            return "nummer", error
        number = ids.digits_only(number)
        if len(number) != 8:
            return "nummer", "Het instellingsnummer zijn de eerste 8 cijfers van het RIZIV-nummer van de instelling."
        if any(p.riziv and p.riziv.startswith(number) for p in self.persons.values()):
            return "nummer", (
                "Dit is het RIZIV-nummer van een individuele zorgverlener. Vul het nummer van de RIZIV-entiteit in."
            )
        org = self.organisations.get(number)
        if org is None:
            return "nummer", "Er is geen RIZIV-entiteit gekend met dit instellingsnummer."
        if org.org_type.registration_category != category:
            return "soort", (
                f"De soort instelling '{category}' past niet bij de RIZIV-erkenning van deze instelling. "
                "Let op: een groepering van huisartsen op dezelfde installatieplaats registreert onder "
                "'Huisartsenpraktijk met gemengde financiering'."
            )
        if org.legal_rep != actor or org.legal_rep_role not in org.org_type.progezondheid_roles:
            return "", "niet-vertegenwoordiger"
        return None

    def appoint_htb(self, actor: str, category: str, number: str, htb_insz: str, email: str) -> Organisation:
        """The legal representative or titularis appoints the HTB; checks everything before any change."""
        refusal = self.registration_refusal(actor, category, number)
        if refusal is not None:
            raise RegistrationRefused(*refusal)
        org = self.organisations[ids.digits_only(number)]
        current = org.htb or org.progezondheid_htb
        if current is not None:
            raise RegistrationRefused("", "heeft-htb")
        found = {"htb_insz": self.known_insz_error(htb_insz), "email": email_error(email)}
        errors = {field: error for field, error in found.items() if error}
        if errors:
            raise FieldErrors(errors)
        org.htb = ids.digits_only(htb_insz)
        return org

    # --- access managers (BTB, manual §2.3) ---------------------------------------------------

    def is_htb(self, insz: str, org: Organisation) -> bool:
        return insz in (org.htb, org.progezondheid_htb) or insz in org.co_htbs

    def htb_organisations(self, insz: str) -> list[Organisation]:
        return sorted((o for o in self.organisations.values() if self.is_htb(insz, o)), key=lambda o: o.name)

    def require_htb(self, actor: str, org: str) -> Organisation:
        organisation = self.organisation(org)
        if not self.is_htb(actor, organisation):
            raise Forbidden(
                f"U bent geen hoofdtoegangsbeheerder van {organisation.name}: enkel de (co-)hoofdtoegangsbeheerder "
                "kan er toegangsbeheerders aanstellen. Contacteer de hoofdtoegangsbeheerder van de organisatie."
            )
        return organisation

    def appoint_manager(self, actor: str, org: str, insz: str, role: str, domain: str, email: str) -> Manager:
        """Appoint (or change) an access manager; checks everything before it changes anything."""
        organisation = self.require_htb(actor, org)
        found = {
            "insz": self.known_insz_error(insz),
            "rol": None if role in MANAGER_ROLES else "Kies een rol.",
            "domein": None if domain in DOMAINS else "Kies een domein.",
            "email": email_error(email),
        }
        errors = {field: error for field, error in found.items() if error}
        if errors:
            raise FieldErrors(errors)
        insz = ids.digits_only(insz)
        previous = self.managers[organisation.riziv].pop(insz, None)
        if previous is not None:
            self._undo_manager(organisation, previous)
        manager = Manager(organisation.riziv, insz, role, domain, email.strip())
        self.managers[organisation.riziv][insz] = manager
        if role == CO_HTB:
            organisation.co_htbs.append(insz)
        elif domain == "eHealth":
            member = self.memberships[organisation.riziv].get(insz)
            if member is None:
                member = self.add_membership(organisation.riziv, insz, type=UMAN_TYPE_OF_ROLE[role], email=email)
            member.type = UMAN_TYPE_OF_ROLE[role]
            self._sorted_members.pop(organisation.riziv, None)
        return manager

    def remove_manager(self, actor: str, org: str, insz: str) -> None:
        organisation = self.require_htb(actor, org)
        manager = self.managers[organisation.riziv].pop(ids.digits_only(insz), None)
        if manager is None:
            raise StoreError("Deze persoon is geen toegangsbeheerder van de organisatie.")
        self._undo_manager(organisation, manager)

    def _undo_manager(self, org: Organisation, manager: Manager) -> None:
        """Withdraw what an appointment gave; an eHealth manager keeps their applications as USER."""
        if manager.role == CO_HTB:
            org.co_htbs.remove(manager.insz)
            return
        member = self.memberships[org.riziv].get(manager.insz)
        if manager.domain != "eHealth" or member is None:
            return
        if member.applications:
            member.type = "USER"
            self._sorted_members.pop(org.riziv, None)
        else:
            self.remove_membership(org.riziv, manager.insz)

    def remove_membership(self, org: str, insz: str) -> None:
        del self.memberships[org][insz]
        self.orgs_of[insz].discard(org)
        self._sorted_members.pop(org, None)

    # --- UMAN (manual §2.4.1) ----------------------------------------------------------------

    def uman_organisations(self, insz: str) -> list[Organisation]:
        """The organisations a person can pick in UMAN: where they are (co-)HTB, manager or user."""
        riziv = {o.riziv for o in self.htb_organisations(insz)} | self.orgs_of.get(insz, set())
        return sorted((self.organisations[r] for r in riziv), key=lambda o: o.name)

    def uman_role(self, insz: str, org: Organisation) -> str | None:
        """HTB, LB, Co-LB or USER: what the person is in the organisation's UMAN; None if nothing."""
        if self.is_htb(insz, org):
            return "HTB"
        member = self.memberships[org.riziv].get(insz)
        if member is None:
            return None
        return member.type if member.status == "Actief" else "Geblokkeerd"

    def require_user_manager(self, actor: str, org: str) -> Organisation:
        organisation = self.organisation(org)
        role = self.uman_role(actor, organisation)
        if role not in ("HTB", "LB", "Co-LB"):
            reason = "uw account is geblokkeerd" if role == "Geblokkeerd" else "u bent er geen toegangsbeheerder"
            raise Forbidden(f"U kunt de gebruikers van {organisation.name} niet beheren: {reason}.")
        return organisation

    def sorted_members(self, org: str) -> list[Membership]:
        """The members in the order of the user list: LB, Co-LB, USER, then by name."""
        cached = self._sorted_members.get(org)
        if cached is None:
            rank = {t: i for i, t in enumerate(MEMBER_TYPES)}
            people = self.persons
            cached = sorted(
                self.memberships[org].values(),
                key=lambda m: (rank[m.type], people[m.insz].last_name, people[m.insz].first_name),
            )
            self._sorted_members[org] = cached
        return cached

    def save_user(
        self,
        actor: str,
        org: str,
        insz: str,
        email: str,
        local_email: str,
        applications: Iterable[str],
        *,
        new: bool,
        dry_run: bool = False,
    ) -> Membership | None:
        """Add a user (``new``) or change one's e-mail and applications; checks all before changing."""
        organisation = self.require_user_manager(actor, org)
        errors = self.new_user_errors(organisation, insz) if new else {}
        insz = ids.digits_only(insz)
        if not new and insz not in self.memberships[organisation.riziv]:
            raise StoreError("Deze persoon is geen gebruiker van de organisatie.")
        if error := email_error(email, required="Het e-mailadres is verplicht."):
            errors["email"] = error
        if local_email.strip() and (error := email_error(local_email)):
            errors["lokaal_email"] = error
        try:
            apps = self._checked_applications(organisation, applications)
        except StoreError as exc:
            errors["toepassingen"] = str(exc)
        if errors:
            raise FieldErrors(errors)
        if dry_run:
            return None
        if new:
            return self.add_membership(organisation.riziv, insz, applications=apps, email=email.strip())
        member = self.memberships[organisation.riziv][insz]
        member.email, member.applications, member.modified = email.strip(), apps, self.now()
        member.local_email = local_email.strip()
        return member

    def new_user_errors(self, org: Organisation, insz: str) -> dict[str, str]:
        """Why this INSZ cannot be added as a user of the organisation (empty when it can)."""
        if error := self.known_insz_error(insz):
            return {"insz": error}
        person = self.persons[ids.digits_only(insz)]
        if person.insz in self.memberships[org.riziv]:
            return {"insz": f"{person.name} is al gebruiker van {org.name}."}
        return {}

    def delete_users(self, actor: str, org: str, insz_list: Iterable[str]) -> int:
        """Remove the selected users from this organisation only (manual §2.4.1.2, D8)."""
        organisation = self.require_user_manager(actor, org)
        selected = [ids.digits_only(i) for i in insz_list]
        if not selected:
            raise FieldErrors({"selectie": "Selecteer eerst minstens één gebruiker."})
        unknown = [i for i in selected if i not in self.memberships[organisation.riziv]]
        if unknown:
            raise StoreError("Een geselecteerde persoon is geen gebruiker van deze organisatie.")
        if actor in selected:
            raise FieldErrors({"selectie": "U kunt uzelf niet verwijderen."})
        for insz in selected:
            self.remove_membership(organisation.riziv, insz)
        return len(selected)

    # --- Vaccinnet profiles (manual §2.4.2) -------------------------------------------------

    def vaccinnet_access(self, insz: str) -> list[OrgAccess]:
        """The organisations a person may choose under "Binnen de organisatie", in type order."""
        insz = ids.digits_only(insz)
        found: dict[str, OrgAccess] = {}
        for org in self.organisations.values():
            if insz == org.legal_rep or self.is_htb(insz, org):
                reason = org.org_type.representative if insz == org.legal_rep else "HTB"
                found[org.riziv] = OrgAccess(org, self._org_vaccinnet_apps(org), reason)
        for riziv in self.orgs_of.get(insz, ()):
            if riziv in found:
                continue
            member = self.memberships[riziv][insz]
            apps = tuple(a for a in member.applications if a in VACCINNET_APPLICATIONS)
            if member.status == "Actief" and apps:
                found[riziv] = OrgAccess(self.organisations[riziv], apps, member.type)
        order = [t.key for t in ORG_TYPES]
        return sorted(found.values(), key=lambda a: (order.index(a.org.type), a.org.name))

    def roles_of(self, insz: str) -> list[str]:
        """Every role a person holds, in words, for the start page of the practice environment."""
        roles = [
            f"{label} van {org.name}"
            for org in self.organisations.values()
            for label, holder in (("HTB", org.htb), (org.org_type.representative, org.legal_rep))
            if holder == insz
        ]
        for riziv in sorted(self.orgs_of.get(insz, ())):
            m = self.memberships[riziv][insz]
            roles.append(f"{m.type} ({m.status}) van {self.organisations[riziv].name}: {', '.join(m.applications)}")
        return roles

    @staticmethod
    def _org_vaccinnet_apps(org: Organisation) -> tuple[str, ...]:
        return VACCINNET_APPLICATIONS if org.may_order else (VACCINNET_REGISTRATION,)

    # --- login codes and sessions (mock CSAM) -----------------------------------------------

    def issue_code(self, client: str, insz: str) -> str:
        code = secrets.token_urlsafe(16)
        self.codes[code] = LoginCode(client, self.person(insz).insz, self.now() + CODE_TTL)
        return code

    def redeem_code(self, client: str, code: str) -> Person:
        login = self.codes.get(code)
        if login is None or login.client != client:
            raise AuthError("Deze aanmeldcode is onbekend. Meld u opnieuw aan.")
        if login.used:
            raise AuthError("Deze aanmeldcode werd al gebruikt. Meld u opnieuw aan.")
        if login.expires_at < self.now():
            raise AuthError("Deze aanmeldcode is verlopen. Meld u opnieuw aan.")
        login.used = True
        return self.persons[login.insz]

    def open_session(self, portal: str, insz: str) -> Session:
        session = Session(secrets.token_urlsafe(24), portal, insz, self.now() + SESSION_TTL)
        self.sessions[session.sid] = session
        return session

    def session(self, portal: str, sid: str | None) -> Session | None:
        """The live session, renewed; None when unknown; AuthError when it has expired."""
        session = self.sessions.get(sid or "")
        if session is None or session.portal != portal:
            return None
        if session.expires_at < self.now():
            del self.sessions[session.sid]
            raise AuthError("Uw sessie is verlopen. Meld u opnieuw aan.")
        session.expires_at = self.now() + SESSION_TTL
        return session

    def close_session(self, sid: str | None) -> None:
        self.sessions.pop(sid or "", None)

    # --- demo data and JSON -----------------------------------------------------------------

    def populate(self, organisations_per_type: int = 1, users_per_org: int = 3) -> None:
        """Seed a practice world: per type, organisations with a representative, HTB and users."""
        for kind in ORG_TYPES:
            for _ in range(organisations_per_type):
                rep = self.add_person(profession="Apotheker" if kind.key == "apotheek" else None)
                htb = self.add_person()
                org = self.add_organisation(kind.key, legal_rep=rep.insz, htb=htb.insz)
                self.add_membership(org.riziv, self.add_person().insz, type="LB", applications=["eHealthBox"])
                for _ in range(users_per_org):
                    self.add_membership(org.riziv, self.add_person().insz, applications=self._org_vaccinnet_apps(org))
        self.add_person()  # a citizen without any organisation

    def memberships_list(self) -> list[Membership]:
        return [m for ms in self.memberships.values() for m in ms.values()]

    def populate_at_scale(self, organisations: int = 1000, users: int = 5000) -> tuple[Organisation, Person]:
        """A store as large as the biggest users of the mock: one organisation with ``users`` users and an
        LB among ``organisations`` in all. Returns that organisation and its LB."""
        for _ in range(organisations - 1):
            self.add_organisation("wachtpost")
        big = self.add_organisation("wachtpost", "GROTE WACHTPOST")
        manager = self.add_person()
        self.add_membership(big.riziv, manager.insz, type="LB")
        for _ in range(users):
            self.add_membership(big.riziv, self.add_person().insz, applications=[VACCINNET_REGISTRATION])
        return big, manager

    def to_json(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "persons": [asdict(p) | {"name": p.name} for p in self.persons.values()],
            "organisations": [asdict(o) for o in self.organisations.values()],
            "memberships": [asdict(m) for m in self.memberships_list()],
        }
