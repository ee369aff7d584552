"""Rules of mock_portals/domain that no other unit test guarded, found by mutation testing (`scripts/mutate`).

Each test states one rule; where the manual states it, its docstring names the section (M §x.y is the
manual, domain-rules §x the shared notes on identifiers). Rules that belong to a portal's flow are
in that portal's test module; these call the domain directly.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from faker.providers.person.nl_BE import Provider as Names
from stdnum.be import ssn

from mock_portals.domain import identifiers as ids
from mock_portals.domain.auth import CODE_TTL, SESSION_TTL, Auth
from mock_portals.domain.errors import Forbidden, Refusals, Refused
from mock_portals.domain.managers import Manager, ManagerDomain, ManagerRole
from mock_portals.domain.memberships import Application, MemberType
from mock_portals.domain.orgtypes import OrgTypeKey, ProGezondheidRole, RegistrationCategory
from mock_portals.domain.persons import Profession
from mock_portals.domain.vaccinnet import Citizen
from mock_portals.store import Store

from .conftest import said

REGISTRATION, ORDERING = Application.VACCINNET_REGISTRATION, Application.VACCINNET_ORDERING
EHEALTH, FINANCE = ManagerDomain.EHEALTH, ManagerDomain.FINANCE
GUARD_POST = RegistrationCategory.GUARD_POST


@dataclass
class World:
    """WACHTPOST LEIE (678979-21) with its representative Rita, its HTB Piet, its LB Lies and its user
    Ann (85073003328); Bert is known to the Rijksregister but to no organisation."""

    store: Store
    org: str
    rita: str
    piet: str
    lies: str
    ann: str
    bert: str


@pytest.fixture
def w(store: Store) -> World:
    rita, piet, lies = store.persons.add("Rita", "Peeters"), store.persons.add("Piet", "Janssens"), store.persons.add()
    ann = store.persons.add("Ann", "Claes", insz="85073003328", female=True)
    bert = store.persons.add("Bert", "Wouters")
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE", riziv="67897921", legal_rep=rita.insz, htb=piet.insz)
    store.memberships.add(org.riziv, lies.insz, type=MemberType.LB)
    store.memberships.add(org.riziv, ann.insz, applications=[REGISTRATION])
    return World(store, org.riziv, rita.insz, piet.insz, lies.insz, ann.insz, bert.insz)


# --- every refusal says why, next to the field at fault ------------------------------------------


def _doctor_of(w: World) -> str:
    doctor = w.store.persons.add("Dirk", "Dokter", profession=Profession.DOCTOR)
    w.store.memberships.add(w.org, doctor.insz, applications=[REGISTRATION])
    return doctor.insz


KINDS = ", ".join(OrgTypeKey)
REFUSALS: list[tuple[str, Callable[[World], object], str | None, str]] = [
    ("unknown organisation type", lambda w: w.store.organisations.add("ziekenhuis"), "type",
     f"Onbekende soort organisatie ziekenhuis; kies uit {KINDS}."),
    ("RIZIV number in use", lambda w: w.store.organisations.add("apotheek", riziv="678979-21"), "riziv",
     "RIZIV-nummer 678979-21 is al in gebruik."),
    ("unknown ProGezondheid role", lambda w: w.store.organisations.change(w.org, legal_rep_role="directeur"),
     "legal_rep_role", "Onbekende rol in ProGezondheid: directeur."),
    ("unchangeable organisation fields", lambda w: w.store.organisations.change(w.org, name="X", kbo="0"), None,
     "Dit kan niet gewijzigd worden: kbo, name."),
    ("unknown profession", lambda w: w.store.persons.add(profession="tandarts"), "profession",
     "Onbekend beroep tandarts."),
    ("INSZ in use", lambda w: w.store.persons.add(insz="85.07.30-033.28"), "insz",
     "Er bestaat al een persoon met INSZ 850730 033 28."),
    ("unknown person", lambda w: w.store.persons.get("90010100222"), "insz",
     "Er is geen persoon gekend met INSZ 90010100222."),
    ("unknown member type", lambda w: w.store.memberships.add(w.org, w.bert, type="admin"), "type",
     "Onbekend type admin; kies uit lb, co-lb, user."),
    ("unknown member status", lambda w: w.store.memberships.add(w.org, w.bert, status="weg"), "status",
     "Onbekende status weg; kies uit actief, geblokkeerd."),
    ("already a user", lambda w: w.store.memberships.add(w.org, w.ann), "insz",
     "Ann Claes is al gebruiker van WACHTPOST LEIE."),
    ("ordering where it may not", lambda w: w.store.memberships.add(w.store.organisations.add(
        "apotheek", "APOTHEEK ZONDER BESTELLING", may_order=False).riziv, w.bert, applications=[ORDERING]),
     "applications", "APOTHEEK ZONDER BESTELLING mag geen vaccins bestellen: 'Vaccinnet Bestel- en voorraadbeheer'"),
    ("unknown applications", lambda w: w.store.memberships.add(w.org, w.bert, applications=["fax", "telex"]),
     "applications", "Onbekende beveiligde toepassing: fax, telex."),
    ("removing a non-member", lambda w: w.store.memberships.remove(w.org, w.bert), None,
     "Deze persoon is geen gebruiker van de organisatie."),
    ("adding an existing user in UMAN", lambda w: w.store.uman.add_user(w.lies, w.org, w.ann, "a@b.be", "", []),
     "insz", "Ann Claes is al gebruiker van WACHTPOST LEIE."),
    ("changing a non-member in UMAN", lambda w: w.store.uman.change_user(w.lies, w.org, w.bert, "a@b.be", "", []),
     None, "Deze persoon is geen gebruiker van de organisatie."),
    ("an invalid local e-mail address", lambda w: w.store.uman.change_user(w.lies, w.org, w.ann, "a@b.be", "lokaal",
     []), "local_email", "Dit e-mailadres is niet geldig."),
    ("deleting nobody", lambda w: w.store.uman.delete_users(w.lies, w.org, []), "selection",
     "Selecteer eerst minstens één gebruiker."),
    ("deleting a non-member", lambda w: w.store.uman.delete_users(w.lies, w.org, [w.ann, w.bert]), None,
     "Een geselecteerde persoon is geen gebruiker van deze organisatie."),
    ("deleting oneself", lambda w: w.store.uman.delete_users(w.lies, w.org, [w.ann, w.lies]), "selection",
     "U kunt uzelf niet verwijderen."),
    ("removing a non-manager in BTB", lambda w: w.store.managers.remove(w.piet, w.org, w.ann), None,
     "Deze persoon is geen toegangsbeheerder van de organisatie."),
    ("no registration category", lambda w: w.store.registration.check(w.rita, "", w.org), "category",
     "Kies een soort instelling."),
    ("an 11-digit instellingsnummer", lambda w: w.store.registration.check(w.rita, GUARD_POST, w.org + "000"),
     "number", "Het instellingsnummer zijn de eerste 8 cijfers van het RIZIV-nummer van de instelling."),
    ("a care provider's number", lambda w: w.store.registration.check(
        w.rita, GUARD_POST, str(w.store.persons.add(profession=Profession.NURSE).riziv)[:8]), "number",
     "Dit is het RIZIV-nummer van een individuele zorgverlener. Vul het nummer van de RIZIV-entiteit in."),
    ("not the representative", lambda w: w.store.registration.check(w.ann, GUARD_POST, "678979-21"), None,
     "U staat bij het RIZIV niet geregistreerd als wettelijke vertegenwoordiger of titularis van instelling "
     "678979-21."),
    ("an HTB already", lambda w: w.store.registration.appoint_htb(w.rita, GUARD_POST, w.org, w.rita, "r@b.be"),
     None, "WACHTPOST LEIE heeft al een hoofdtoegangsbeheerder."),
    ("no profile role", lambda w: w.store.vaccinnet.choose(w.store.persons.get(w.ann), "arts", ""), "role",
     "Kies een profiel onder 'Ik wil me aanmelden als:'."),
    ("no rights for the organisation", lambda w: w.store.vaccinnet.choose(w.store.persons.get(w.bert), "burger",
     w.org), "organisation", "U heeft geen rechten om voor deze organisatie aan te melden."),
    ("an organisation under a profession", lambda w: w.store.vaccinnet.choose(w.store.persons.get(_doctor_of(w)),
     Profession.DOCTOR, w.org), "role",
     "Om voor een organisatie aan te melden kiest u 'Burger' onder 'Ik wil me aanmelden als:'."),
]  # fmt: skip


@pytest.mark.parametrize(("action", "field", "message"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_every_refusal_says_why_next_to_the_field_at_fault(
    w: World, action: Callable[[World], object], field: str | None, message: str
) -> None:
    """A page shows a refusal's text next to the form field it names, or on the page when it names none."""
    with pytest.raises(Refused) as refused:
        action(w)
    fields = refused.value.fields if isinstance(refused.value, Refusals) else {refused.value.field}
    assert fields == {field}
    assert message in said(refused.value)


def test_a_refusal_shows_its_code_in_a_traceback_and_its_kind_in_a_log() -> None:
    """Not a rule of the manual: what a developer reads when a refusal escapes (str, repr)."""
    assert str(Refused("insz.checksum", "insz")) == "insz.checksum"
    assert repr(Forbidden("uman.no_access", None, {"organisation": "X"})) == (
        "Forbidden('uman.no_access', field=None, params={'organisation': 'X'})"
    )
    form = Refusals([Refused("email.required", "email"), Refused("member.unknown"), Refused("x.y")])
    assert str(form) == "form.invalid"
    assert form.fields == {"email", ""}  # at most one refusal per field; "" is the page itself


# --- identifiers (domain-rules §1-§3) ----------------------------------------------------------------


def test_the_2000_rule_starts_on_1_january_2000() -> None:
    """domain-rules §1.1: for people born in 2000 or later, a 2 goes before the nine digits of the check."""
    first = ids.make_insz(dt.date(2000, 1, 1), 1)
    assert first == f"000101001{97 - 2000101001 % 97:02d}"
    assert ssn.get_birth_date(first) == dt.date(2000, 1, 1)
    assert ssn.get_birth_date(ids.make_insz(dt.date(1999, 12, 31), 2)) == dt.date(1999, 12, 31)


def test_the_day_counter_runs_from_001_to_998() -> None:
    """domain-rules §1.1: digits 7-9 count the people born that day, odd for men (001-997), even for
    women (002-998)."""
    assert ids.make_insz(dt.date(1985, 7, 30), 998)[6:9] == "998"
    for sequence in (0, 999):
        with pytest.raises(ValueError, match=r"^sequence must be 1\.\.998$"):
            ids.make_insz(dt.date(1985, 7, 30), sequence)


def test_generated_persons_are_born_on_both_sides_of_2000() -> None:
    """The practice world's INSZ numbers exercise both check rules: births from 1950, some after 2000."""
    rng = random.Random(2)
    years = []
    for _ in range(500):
        year = ssn.get_birth_year(ids.random_insz(rng))
        assert year is not None
        years.append(year)
    assert min(years) >= 1950 and max(years) >= 2000


def test_a_kbo_number_is_ten_digits() -> None:
    """M §1.3 (R4): a KBO number is a unique 10-digit identifier."""
    letters = ids.kbo_refusal("O566988259")
    assert letters is not None and said(letters) == "Een ondernemingsnummer telt 10 cijfers."
    assert letters.field == "kbo"
    wrong = ids.kbo_refusal("0566988258")
    assert wrong is not None and wrong.field == "kbo" and said(wrong) == "Dit ondernemingsnummer is niet geldig."


def test_an_empty_riziv_number_is_asked_for_in_its_field() -> None:
    refusal = ids.riziv_refusal("")
    assert refusal is not None and refusal.field == "riziv" and said(refusal) == "Vul een RIZIV-nummer in."


def test_generated_riziv_numbers_use_the_classic_mod_97_check() -> None:
    """domain-rules §3.2: the mod-97 rule is the confirmed one (the manual's 678979-21); mod 89 is accepted
    but only inferred, so the practice world's numbers use mod 97."""
    rng = random.Random(4)
    for _ in range(200):
        number = ids.random_riziv(rng, 6)
        assert number[6:] == f"{97 - int(number[:6]) % 97:02d}"


def test_an_email_address_has_at_most_254_characters() -> None:
    """RFC 5321's limit on an e-mail address."""
    longest = "a" * 64 + "@" + "b" * 186 + ".be"
    assert len(longest) == ids.EMAIL_LIMIT and ids.email_refusal(longest) is None
    refusal = ids.email_refusal("a" + longest)
    assert refusal is not None and said(refusal) == "Dit e-mailadres is te lang: ten hoogste 254 tekens."


# --- persons ------------------------------------------------------------------------------------------


def test_a_persons_sex_shows_in_the_insz_and_the_first_name(store: Store) -> None:
    """domain-rules §1.1: the day counter is odd for men, even for women; the first name fits (the title
    Mevrouw or Meneer on the UMAN confirmation, M §2.4.1.1)."""
    generated = [store.persons.add() for _ in range(30)]
    assert {p.female for p in generated} == {True, False}
    people = generated + [store.persons.add(female=f) for f in (True, False) * 5]
    for p in people:
        assert ssn.get_gender(p.insz) == ("F" if p.female else "M")
        assert p.first_name in (Names.first_names_female if p.female else Names.first_names_male)


def test_a_generated_insz_is_never_one_in_use(store: Store) -> None:
    """The Rijksregister has one person per INSZ: a generated number that is taken is drawn again, for
    the same sex."""
    for female in (True, False) * 10:
        ahead = random.Random()
        ahead.setstate(store.persons.rng.getstate())
        taken = store.persons.add("Al", "Bezet", insz=ids.random_insz(ahead, female=female), female=female)
        drawn = store.persons.add(female=female)
        assert drawn.insz != taken.insz and ssn.is_valid(drawn.insz)
        assert ssn.get_gender(drawn.insz) == ("F" if female else "M")


def test_a_generated_email_address_is_first_dot_last_name(store: Store) -> None:
    """The address a membership gets unless another is given."""
    assert store.persons.add("Jan", "Van Damme").email == "jan.vandamme@example.be"


@pytest.mark.parametrize(("profession", "digit"), [("arts", "1"), ("verpleegkundige", "4"), ("apotheker", "6")])
def test_a_care_provider_has_an_individual_riziv_number_of_their_profession(
    store: Store, profession: str, digit: str
) -> None:
    """domain-rules §3.1: 11 digits, the first of which is the profession (1 arts, 4 verpleegkundige, 6
    apotheker)."""
    person = store.persons.add(profession=profession)
    assert person.profession == profession and person.riziv is not None
    assert len(person.riziv) == 11 and person.riziv[0] == digit and ids.riziv_refusal(person.riziv) is None
    nobody = store.persons.add()
    assert (nobody.profession, nobody.riziv) == (None, None)


def test_the_csam_person_picker_finds_by_name_or_insz_and_shows_50_at_most(store: Store) -> None:
    ann = store.persons.add("Ann", "Xylofoon", insz="85073003328")
    others = [store.persons.add() for _ in range(60)]
    assert store.persons.find("XYLOFOON") == [ann] and store.persons.find(" ann xy") == [ann]
    assert store.persons.find("850730 033 28") == [ann] and store.persons.find("85.07.30") == [ann]
    assert store.persons.find("") == [ann, *others][:50] == store.persons.find()
    assert len(store.persons.find("", limit=61)) == 61


# --- organisations --------------------------------------------------------------------------------


def test_an_organisation_is_known_by_the_first_8_digits_of_its_riziv_number(store: Store) -> None:
    """M §2.2 (R17): the instellingsnummer is the first 8 digits of the entity's RIZIV number."""
    org = store.organisations.add("apotheek", riziv="6-78979-21-000")
    assert org.riziv == "67897921" and store.organisations.get("678979-21") is org


def test_a_new_organisation_may_order_and_has_a_valid_kbo_number_and_a_name_in_capitals(store: Store) -> None:
    """R4, R29: ordering is refused only where it was arranged so; names as the manual shows them."""
    org = store.organisations.add("medisch-huis")
    assert org.may_order is True and ids.kbo_refusal(org.kbo) is None
    assert org.name.startswith("MEDISCH HUIS ") and org.name == org.name.upper()


def test_an_unknown_person_cannot_hold_a_role_in_an_organisation(store: Store) -> None:
    before = store.to_json()
    for role in ("legal_rep", "htb", "progezondheid_htb"):
        with pytest.raises(Refused) as refused:
            store.organisations.add("wachtpost", **{role: "85073003328"})  # type: ignore[arg-type]
        assert said(refused.value) == "Er is geen persoon gekend met INSZ 85073003328."
    assert store.to_json() == before


def test_a_changed_organisation_has_the_new_facts_and_nothing_else_changes(w: World) -> None:
    """What the admin API's ChangeOrganisation may change: whether it may order, and who holds which role."""
    orgs = w.store.organisations
    orgs.change(w.org, may_order=False)
    assert orgs.get(w.org).may_order is False and w.store.vaccinnet.access(w.rita)[0].applications == (REGISTRATION,)
    orgs.change(w.org, may_order=True)
    assert orgs.get(w.org).may_order is True
    orgs.change(w.org, legal_rep=w.ann)
    assert (orgs.get(w.org).legal_rep, orgs.get(w.org).legal_rep_role) == (w.ann, ProGezondheidRole.RESPONSIBLE)
    orgs.change(w.org, legal_rep=None)
    assert (orgs.get(w.org).legal_rep, orgs.get(w.org).legal_rep_role) == (None, None)
    assert orgs.get(w.org).htb == w.piet


def test_a_person_sees_the_organisations_they_manage_or_represent_by_name(w: World) -> None:
    """BTB lists the organisations of a (co-)HTB (M §2.3); ProGezondheid those of a representative (M §2.1)."""
    orgs = w.store.organisations
    other = orgs.add("apotheek", "APOTHEEK AAN DE MARKT", legal_rep=w.rita, htb=w.piet, progezondheid_htb=w.piet)
    orgs.add("wachtpost", "WACHTPOST ZONDER HTB")
    assert [o.name for o in orgs.of_htb(w.piet)] == ["APOTHEEK AAN DE MARKT", "WACHTPOST LEIE"]
    assert [o.name for o in orgs.represented_by(w.rita)] == ["APOTHEEK AAN DE MARKT", "WACHTPOST LEIE"]
    assert orgs.represented_by(w.piet) == [] and orgs.of_htb(w.rita) == [] and other.current_htb == w.piet


# --- memberships ----------------------------------------------------------------------------------


def test_a_membership_has_the_persons_email_unless_another_is_given(w: World) -> None:
    arranged = w.store.memberships.add(w.org, w.bert)
    assert (arranged.email, arranged.local_email) == ("bert.wouters@example.be", "")
    w.store.memberships.remove(w.org, w.bert)
    assert w.store.memberships.add(w.org, w.bert, email="bw@wachtpost.be").email == "bw@wachtpost.be"


def test_applications_keep_the_order_of_the_manuals_list(w: World) -> None:
    """M §2.4.1.1: the secured applications in the order of the UMAN form's list, each once."""
    apps = [Application.MEMBER_DATA, Application.ENCRYPTION_MANAGE, Application.HEALTHDATA, Application.MEMBER_DATA]
    member = w.store.memberships.add(w.org, w.bert, applications=[REGISTRATION, *apps, Application.EBM_PRACTICE_NET])
    assert member.applications == (
        Application.EBM_PRACTICE_NET,
        Application.ENCRYPTION_MANAGE,
        Application.HEALTHDATA,
        Application.MEMBER_DATA,
        REGISTRATION,
    )


def test_representative_and_htb_of_an_organisation_that_may_order_get_both_vaccinnet_applications(
    w: World,
) -> None:
    """M §2.1 (R12) and §2.4.1.1 (R29): registration, and ordering where the organisation may order."""
    for person in (w.rita, w.piet):
        assert w.store.vaccinnet.access(person)[0].applications == (REGISTRATION, ORDERING)


def test_a_deleted_user_no_longer_sees_the_organisation_in_uman(w: World) -> None:
    """M §2.4.1.2 (R35) and §2.4.1 (R28): only the organisations where one is (co-)HTB, manager or user."""
    w.store.uman.delete_users(w.lies, w.org, [w.ann])
    assert w.store.memberships.orgs_of(w.ann) == set() and w.store.uman.organisations_of(w.ann) == []


# --- UMAN (M §2.4.1) -----------------------------------------------------------------------------------


def test_uman_lists_every_organisation_where_one_is_htb_or_member_by_name(w: World) -> None:
    """M §2.4.1 (R28): the organisations to pick, where one is administrator or user."""
    orgs = w.store.organisations
    orgs.add("wachtpost", "WACHTPOST ZONDER HTB")
    other = orgs.add("apotheek", "APOTHEEK AAN DE MARKT")
    w.store.memberships.add(other.riziv, w.piet)
    assert [o.name for o in w.store.uman.organisations_of(w.piet)] == ["APOTHEEK AAN DE MARKT", "WACHTPOST LEIE"]


def test_a_users_dates_and_local_email_are_kept(w: World) -> None:
    """M §2.4.1.1: "Creatiedatum", "Wijzigingsdatum" (empty for a new user) and the optional "Lokaal
    e-mailadres" of the form are the user's."""
    w.store.advance_clock(-3600)
    added = w.store.uman.add_user(w.lies, w.org, w.bert, " b@w.be ", " lokaal@w.be ", [REGISTRATION])
    assert (added.email, added.local_email, added.modified) == ("b@w.be", "lokaal@w.be", None)
    assert abs(added.created - w.store.now()) < 5
    w.store.advance_clock(3600)
    changed = w.store.uman.change_user(w.lies, w.org, w.bert, "b@w.be", " ander@w.be ", [])
    assert changed.local_email == "ander@w.be" and changed.applications == ()
    assert changed.created == added.created and changed.modified is not None
    assert abs(changed.modified - w.store.now()) < 5


# --- BTB (M §2.3) -------------------------------------------------------------------------------------


def test_btb_lists_the_appointed_managers_and_opens_one_to_change(w: World) -> None:
    """M §2.3: the HTB sees the access managers with their role, domain and e-mail, and changes one."""
    w.store.managers.appoint(w.piet, w.org, w.bert, ManagerRole.MANAGER, EHEALTH, " bert@w.be ")
    bert = Manager(w.org, w.bert, ManagerRole.MANAGER, EHEALTH, "bert@w.be")
    assert w.store.managers.of(w.org) == [bert] and w.store.managers.get(w.org, w.bert) == bert
    assert w.store.managers.get(w.org, w.ann) is None and w.store.managers.get("12345679", w.bert) is None
    member = w.store.memberships.get(w.org, w.bert)
    assert member is not None and (member.type, member.email) == (MemberType.LB, "bert@w.be")


def test_an_existing_user_appointed_for_ehealth_becomes_lb_and_keeps_the_applications(w: World) -> None:
    """M §2.3 and §2.4.1.1 (R32): a Toegangsbeheerder for eHealth is an LB in UMAN."""
    w.store.managers.appoint(w.piet, w.org, w.ann, ManagerRole.MANAGER, EHEALTH, "ann@w.be")
    member = w.store.memberships.get(w.org, w.ann)
    assert member is not None and (member.type, member.applications) == (MemberType.LB, (REGISTRATION,))


def test_a_new_appointment_replaces_the_previous_one(w: World) -> None:
    """M §2.3 (R23): the HTB changes an access manager's role; a co-HTB made Toegangsbeheerder is no co-HTB."""
    managers, org = w.store.managers, w.store.organisations.get(w.org)
    managers.appoint(w.piet, w.org, w.ann, ManagerRole.CO_HTB, EHEALTH, "ann@w.be")
    assert org.co_htbs == [w.ann]
    managers.appoint(w.piet, w.org, w.ann, ManagerRole.MANAGER, EHEALTH, "ann@w.be")
    assert org.co_htbs == [] and managers.get(w.org, w.ann) is not None
    managers.appoint(w.piet, w.org, w.ann, ManagerRole.CO_HTB, EHEALTH, "ann@w.be")
    managers.remove(w.piet, w.org, w.ann)
    assert org.co_htbs == [] and not w.store.organisations.is_htb(w.ann, org)


def test_a_manager_for_another_domain_leaves_uman_alone(w: World) -> None:
    """M §2.3 (R24): a Toegangsbeheerder manages one domain; only the eHealth domain is UMAN."""
    w.store.memberships.add(w.org, w.bert, applications=[])
    before = w.store.memberships.get(w.org, w.bert)
    w.store.managers.appoint(w.piet, w.org, w.bert, ManagerRole.MANAGER, FINANCE, "bert@w.be")
    assert w.store.memberships.get(w.org, w.bert) == before
    w.store.managers.remove(w.piet, w.org, w.bert)
    assert w.store.memberships.get(w.org, w.bert) == before


def test_only_the_htb_removes_an_access_manager(w: World) -> None:
    """Derived D3: as for appointing, only a (co-)HTB."""
    w.store.managers.appoint(w.piet, w.org, w.bert, ManagerRole.MANAGER, EHEALTH, "bert@w.be")
    with pytest.raises(Forbidden):
        w.store.managers.remove(w.lies, w.org, w.bert)
    assert w.store.managers.get(w.org, w.bert) is not None


def test_an_appointment_needs_a_role_and_a_domain(w: World) -> None:
    with pytest.raises(Refusals) as refused:
        w.store.managers.appoint(w.piet, w.org, w.bert, "baas", "overal", "bert@w.be")
    assert refused.value.fields == {"role", "domain"}
    assert said(refused.value) == "Kies een rol. Kies een domein."
    assert w.store.managers.of(w.org) == []


# --- Vaccinnet (M §2.4.2) --------------------------------------------------------------------------


def test_an_htb_who_is_also_a_user_keeps_the_htbs_vaccinnet_rights(w: World) -> None:
    """M §2.1 (R12): the HTB gets what the organisation may; a membership with less takes nothing away."""
    w.store.memberships.add(w.org, w.piet, applications=[REGISTRATION])
    assert w.store.vaccinnet.access(w.piet)[0].applications == (REGISTRATION, ORDERING)


def test_every_organisation_with_rights_is_offered_however_the_rights_came(store: Store) -> None:
    """M §2.4.2 (R37): "Binnen de organisatie" lists each organisation where one has user rights or is HTB."""
    ann = store.persons.add().insz
    for n in range(10):
        managed = store.organisations.add("wachtpost", f"BEHEERD {n}", htb=ann)
        store.memberships.add(managed.riziv, ann, applications=[REGISTRATION])
        used = store.organisations.add("wachtpost", f"GEBRUIKT {n}")
        store.memberships.add(used.riziv, ann, applications=[REGISTRATION])
    assert len(store.vaccinnet.access(ann)) == 20


def test_a_care_provider_logs_in_under_their_profession_for_themselves_only(w: World) -> None:
    """M §2.4.2 (R27, R36): a care provider may choose their profession for themselves; for the
    organisation they choose "Burger"."""
    doctor = w.store.persons.get(_doctor_of(w))
    assert w.store.vaccinnet.roles(doctor) == [Citizen.CITIZEN, Profession.DOCTOR]
    assert w.store.vaccinnet.choose(doctor, Profession.DOCTOR, "").org is None
    assert w.store.vaccinnet.choose(doctor, Citizen.CITIZEN, w.org).org == w.org


# --- CSAM logins ----------------------------------------------------------------------------------


@pytest.fixture
def clock() -> list[float]:
    return [1000.0]


@pytest.fixture
def auth(store: Store, clock: list[float]) -> Auth:
    """The logins of a world with Ann and Bert, on a clock the test moves by hand."""
    store.persons.add("Ann", "Claes", insz="85073003328")
    store.persons.add("Bert", "Wouters", insz="90010100222")
    return Auth(store.persons, lambda: clock[0])


ANN, BERT = "85073003328", "90010100222"


def test_a_code_and_a_session_are_valid_up_to_their_last_second(auth: Auth, clock: list[float]) -> None:
    """A one-time code lives CODE_TTL seconds; a session SESSION_TTL idle seconds; then they are purged."""
    nonce = auth.start_login("vaccinnet", "/vaccinnet/profiel")
    code = auth.issue_code("vaccinnet", nonce, ANN, None)
    session = auth.open_session("uman", ANN)
    clock[0] += CODE_TTL
    auth.purge()
    assert auth.redeem_code("vaccinnet", code, nonce)[2] == "/vaccinnet/profiel"
    clock[0] += SESSION_TTL - CODE_TTL
    auth.purge()
    assert auth.session("uman", session.sid) is session
    clock[0] += SESSION_TTL + 1
    auth.purge()
    assert auth.sessions == {} and auth.codes == {}


def test_a_code_is_redeemed_only_with_the_nonce_of_its_browser(auth: Auth) -> None:
    """Login CSRF: the code of a login started in another browser is refused, even with a nonce."""
    code = auth.issue_code("vaccinnet", auth.start_login("vaccinnet", "/vaccinnet/"), ANN, None)
    with pytest.raises(Refused) as refused:
        auth.redeem_code("vaccinnet", code, auth.start_login("vaccinnet", "/vaccinnet/"))
    assert refused.value.code == "auth.other_browser"


def test_a_login_whose_start_was_forgotten_goes_to_the_portals_start(auth: Auth, clock: list[float]) -> None:
    """A started login lives CODE_TTL; a code issued near its end still logs in, without a page to return to."""
    nonce = auth.start_login("vaccinnet", "/vaccinnet/profiel")
    clock[0] += CODE_TTL - 1
    code = auth.issue_code("vaccinnet", nonce, ANN, None)
    clock[0] += 2
    auth.purge()
    person, _login, next_path = auth.redeem_code("vaccinnet", code, nonce)
    assert (person.insz, next_path) == (ANN, None)


def test_a_portal_session_belongs_to_the_csam_login_it_came_from(auth: Auth) -> None:
    """Single sign-on: a code carries its CSAM session; a session opened directly (arranged) belongs to
    the person's latest CSAM login; a CSAM session belongs to no other."""
    first, second = auth.open_session("csam", ANN), auth.open_session("csam", ANN)
    bert = auth.open_session("csam", BERT)
    assert (first.csam_sid, second.csam_sid, bert.csam_sid) == (None, None, None)
    assert auth.open_session("uman", ANN).csam_sid == second.sid
    assert auth.open_session("uman", ANN, first.sid).csam_sid == first.sid
    nonce = auth.start_login("vaccinnet", "/vaccinnet/")
    login = auth.redeem_code("vaccinnet", auth.issue_code("vaccinnet", nonce, ANN, first.sid), nonce)[1]
    assert login.csam_sid == first.sid


def test_logging_out_ends_this_login_everywhere_and_nothing_else(auth: Auth) -> None:
    """Single logout, from a portal or from CSAM, in one browser: another browser's login of the same
    person and other people's logins stay."""
    here, there, bert = auth.open_session("csam", ANN), auth.open_session("csam", ANN), auth.open_session("csam", BERT)
    portals_here = [auth.open_session(p, ANN, here.sid) for p in ("uman", "vaccinnet")]
    portals_there = [auth.open_session(p, ANN, there.sid) for p in ("uman", "vaccinnet")]
    berts = auth.open_session("uman", BERT, bert.sid)
    auth.log_out(portals_here[0].sid)
    assert set(auth.sessions) == {there.sid, bert.sid, berts.sid, *(s.sid for s in portals_there)}
    auth.log_out(there.sid)
    assert set(auth.sessions) == {bert.sid, berts.sid}
    auth.log_out(None)
    assert len(auth.sessions) == 2
