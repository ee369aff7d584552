"""Rules of the domain on persons, organisations and memberships."""

from __future__ import annotations

import random

import pytest
from faker.providers.person.nl_BE import Provider as Names
from stdnum.be import ssn

from mock_portals.domain import identifiers as ids
from mock_portals.domain.errors import Refused
from mock_portals.domain.memberships import Application
from mock_portals.domain.orgtypes import ProGezondheidRole
from mock_portals.store import Store

from .conftest import ORDERING, REGISTRATION, Leie, said


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


def test_a_changed_organisation_has_the_new_facts_and_nothing_else_changes(w: Leie) -> None:
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


def test_a_person_sees_the_organisations_they_manage_or_represent_by_name(w: Leie) -> None:
    """BTB lists the organisations of a (co-)HTB (M §2.3); ProGezondheid those of a representative (M §2.1)."""
    orgs = w.store.organisations
    other = orgs.add("apotheek", "APOTHEEK AAN DE MARKT", legal_rep=w.rita, htb=w.piet, progezondheid_htb=w.piet)
    orgs.add("wachtpost", "WACHTPOST ZONDER HTB")
    assert [o.name for o in orgs.of_htb(w.piet)] == ["APOTHEEK AAN DE MARKT", "WACHTPOST LEIE"]
    assert [o.name for o in orgs.represented_by(w.rita)] == ["APOTHEEK AAN DE MARKT", "WACHTPOST LEIE"]
    assert orgs.represented_by(w.piet) == [] and orgs.of_htb(w.rita) == [] and other.current_htb == w.piet


# --- memberships ----------------------------------------------------------------------------------


def test_a_membership_has_the_persons_email_unless_another_is_given(w: Leie) -> None:
    arranged = w.store.memberships.add(w.org, w.bert)
    assert (arranged.email, arranged.local_email) == ("bert.wouters@example.be", "")
    w.store.memberships.remove(w.org, w.bert)
    assert w.store.memberships.add(w.org, w.bert, email="bw@wachtpost.be").email == "bw@wachtpost.be"


def test_applications_keep_the_order_of_the_manuals_list(w: Leie) -> None:
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
    w: Leie,
) -> None:
    """M §2.1 (R12) and §2.4.1.1 (R29): registration, and ordering where the organisation may order."""
    for person in (w.rita, w.piet):
        assert w.store.vaccinnet.access(person)[0].applications == (REGISTRATION, ORDERING)


def test_a_deleted_user_no_longer_sees_the_organisation_in_uman(w: Leie) -> None:
    """M §2.4.1.2 (R35) and §2.4.1 (R28): only the organisations where one is (co-)HTB, manager or user."""
    w.store.uman.delete_users(w.lies, w.org, [w.ann])
    assert w.store.memberships.orgs_of(w.ann) == set() and w.store.uman.organisations_of(w.ann) == []
