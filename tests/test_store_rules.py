"""Who may log into Vaccinnet for which organisation (manual §2.1 R12, §2.4.2 R37, D1), and the seed."""

from __future__ import annotations

import pytest

from mock_portals.domain.errors import Refused
from mock_portals.domain.memberships import Application, MemberType, Status
from mock_portals.domain.orgtypes import ORG_TYPES, OrgTypeKey, Representative, org_type
from mock_portals.practice import populate
from mock_portals.store import Store

from .conftest import DUTCH, said

VACCINNET_REGISTRATION = Application.VACCINNET_REGISTRATION
VACCINNET_ORDERING = Application.VACCINNET_ORDERING


def _names(store: Store, insz: str) -> list[str]:
    return [a.org.name for a in store.vaccinnet.access(insz)]


def test_seven_recognitions_with_their_hoedanigheid() -> None:
    assert len(ORG_TYPES) == 7
    assert {t.code for t in ORG_TYPES} == {
        "PHARMACY",
        "GROUPOFNURSES",
        "GROUPOFDOCTORS",
        "OFFICE_DOCTORS",
        "MEDICAL_HOUSE",
        "GUARD_POST",
    }
    assert DUTCH.label("nl", org_type("wachtpost").key, "hoedanigheid") == "Wachtposten"
    assert org_type("apotheek").representative == Representative.HOLDER
    assert DUTCH.label("nl", Representative.HOLDER) == "titularis"
    assert org_type("huisartsen-zelfde-plaats").code == "OFFICE_DOCTORS"
    with pytest.raises(Refused):
        org_type("ziekenhuis")


def test_a_user_with_a_vaccinnet_application_gets_the_organisation(store: Store) -> None:
    ann = store.persons.add("Ann", "Claes")
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE")
    store.memberships.add(org.riziv, ann.insz, applications=[VACCINNET_REGISTRATION, Application.EHEALTHBOX])
    (access,) = store.vaccinnet.access(ann.insz)
    assert access.org.name == "WACHTPOST LEIE"
    assert access.applications == (VACCINNET_REGISTRATION,)


def test_a_user_without_a_vaccinnet_application_does_not(store: Store) -> None:
    ann = store.persons.add("Ann", "Claes")
    org = store.organisations.add("wachtpost")
    store.memberships.add(org.riziv, ann.insz, applications=[Application.EHEALTHBOX])
    assert store.vaccinnet.access(ann.insz) == []


def test_a_blocked_user_does_not(store: Store) -> None:
    ann = store.persons.add()
    org = store.organisations.add("wachtpost")
    store.memberships.add(org.riziv, ann.insz, status=Status.BLOCKED, applications=[VACCINNET_REGISTRATION])
    assert store.vaccinnet.access(ann.insz) == []


@pytest.mark.parametrize("kind", [t.key for t in ORG_TYPES])
def test_htb_and_legal_representative_get_the_organisation_without_membership(store: Store, kind: str) -> None:
    rep, htb, other = store.persons.add(), store.persons.add(), store.persons.add()
    store.organisations.add(kind, "ORG", legal_rep=rep.insz, htb=htb.insz)
    assert _names(store, rep.insz) == ["ORG"]
    assert _names(store, htb.insz) == ["ORG"]
    assert _names(store, other.insz) == []


def test_organisations_come_in_the_order_of_the_types_then_by_name(store: Store) -> None:
    ann = store.persons.add()
    for kind, name in [("wachtpost", "W2"), ("apotheek", "A1"), ("wachtpost", "W1"), ("medisch-huis", "M1")]:
        org = store.organisations.add(kind, name)
        store.memberships.add(org.riziv, ann.insz, applications=[VACCINNET_REGISTRATION])
    assert _names(store, ann.insz) == ["A1", "M1", "W1", "W2"]


def test_ordering_only_for_organisations_allowed_to_order(store: Store) -> None:
    ann = store.persons.add()
    org = store.organisations.add("apotheek", may_order=False)
    with pytest.raises(Refused) as refused:
        store.memberships.add(org.riziv, ann.insz, applications=[VACCINNET_ORDERING])
    assert "mag geen vaccins bestellen: 'Vaccinnet Bestel- en voorraadbeheer' kan niet" in said(refused.value)
    assert store.memberships.of(org.riziv) == []
    rep = store.persons.add()
    store.organisations.add("wachtpost", legal_rep=rep.insz, may_order=False)
    assert store.vaccinnet.access(rep.insz)[0].applications == (VACCINNET_REGISTRATION,)


def test_refused_arrangements_change_nothing(store: Store) -> None:
    ann = store.persons.add()
    org = store.organisations.add("wachtpost")
    store.memberships.add(org.riziv, ann.insz, applications=[VACCINNET_REGISTRATION])
    before = store.to_json()
    for bad in (
        lambda: store.memberships.add(org.riziv, ann.insz),  # already a user
        lambda: store.memberships.add(org.riziv, "85073003329"),  # unknown person
        lambda: store.memberships.add(org.riziv, ann.insz, type="ADMIN"),
        lambda: store.persons.add(insz="85073003329"),
        lambda: store.persons.add(profession="Tandarts"),
        lambda: store.organisations.add("wachtpost", riziv="67897922"),
        lambda: store.organisations.add("wachtpost", legal_rep=ann.insz, legal_rep_role="Directeur"),
        lambda: store.memberships.add(org.riziv, ann.insz, applications=["Onbestaand"]),
    ):
        with pytest.raises(Refused):
            bad()
    assert store.to_json() == before


def test_the_seed_makes_the_data_reproducible() -> None:
    first, second, other = Store(seed=5), Store(seed=5), Store(seed=6)
    for store in (first, second, other):
        populate(store)
    assert first.to_json()["persons"] == second.to_json()["persons"]
    assert first.to_json()["organisations"] == second.to_json()["organisations"]
    assert [(m.org, m.insz) for m in first.memberships.all()] == [(m.org, m.insz) for m in second.memberships.all()]
    assert first.to_json()["persons"] != other.to_json()["persons"]
    assert len(first.organisations.all()) == 7


def test_reset_forgets_everything_and_can_change_the_seed(store: Store) -> None:
    populate(store)
    store.reset(99)
    assert (store.seed, store.persons.all(), store.organisations.all(), store.memberships.all()) == (99, [], [], [])


def test_the_users_list_order_follows_every_change(store: Store) -> None:
    """The list order is cached; every change of a membership goes through one method that renews it."""
    org = store.organisations.add("wachtpost")
    ann, bert = store.persons.add("Ann", "Aerts"), store.persons.add("Bert", "Baert")
    store.memberships.add(org.riziv, bert.insz)
    store.memberships.add(org.riziv, ann.insz)
    assert [m.insz for m in store.memberships.sorted(org.riziv)] == [ann.insz, bert.insz]
    store.memberships.change(store.memberships.get(org.riziv, bert.insz), type=MemberType.LB)  # type: ignore[arg-type]
    assert [m.insz for m in store.memberships.sorted(org.riziv)] == [bert.insz, ann.insz]
    store.memberships.remove(org.riziv, bert.insz)
    assert [m.insz for m in store.memberships.sorted(org.riziv)] == [ann.insz]


def test_nobody_is_the_htb_of_an_organisation_without_one() -> None:
    store = Store()
    org = store.organisations.add(OrgTypeKey.GUARD_POST)
    assert org.htb is None and org.progezondheid_htb is None
    assert not store.organisations.is_htb(None, org)


def test_a_pharmacy_has_a_riziv_number_of_a_pharmacist() -> None:
    """Domain rules §3.1: an apotheker's RIZIV number starts with 6."""
    store = Store()
    assert {store.organisations.add(OrgTypeKey.PHARMACY).riziv[0] for _ in range(5)} == {"6"}
