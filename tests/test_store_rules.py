"""Who may log into Vaccinnet for which organisation (manual §2.1 R12, §2.4.2 R37, D1), and the seed."""

from __future__ import annotations

import pytest

from mock_portals.orgtypes import ORG_TYPES, org_type
from mock_portals.store import (
    VACCINNET_ORDERING,
    VACCINNET_REGISTRATION,
    Store,
    StoreError,
)


def _names(store: Store, insz: str) -> list[str]:
    return [a.org.name for a in store.vaccinnet_access(insz)]


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
    assert org_type("Wachtpost").hoedanigheid == "Wachtposten"
    assert org_type("apotheek").representative == "titularis"
    assert org_type("Groepering van huisartsen op dezelfde installatieplaats").code == "OFFICE_DOCTORS"
    with pytest.raises(KeyError):
        org_type("ziekenhuis")


def test_a_user_with_a_vaccinnet_application_gets_the_organisation(store: Store) -> None:
    ann = store.add_person("Ann", "Claes")
    org = store.add_organisation("wachtpost", "WACHTPOST LEIE")
    store.add_membership(org.riziv, ann.insz, applications=[VACCINNET_REGISTRATION, "eHealthBox"])
    (access,) = store.vaccinnet_access(ann.insz)
    assert access.org.name == "WACHTPOST LEIE"
    assert access.applications == (VACCINNET_REGISTRATION,)


def test_a_user_without_a_vaccinnet_application_does_not(store: Store) -> None:
    ann = store.add_person("Ann", "Claes")
    org = store.add_organisation("wachtpost")
    store.add_membership(org.riziv, ann.insz, applications=["eHealthBox"])
    assert store.vaccinnet_access(ann.insz) == []


def test_a_blocked_user_does_not(store: Store) -> None:
    ann = store.add_person()
    org = store.add_organisation("wachtpost")
    store.add_membership(org.riziv, ann.insz, status="Geblokkeerd", applications=[VACCINNET_REGISTRATION])
    assert store.vaccinnet_access(ann.insz) == []


@pytest.mark.parametrize("kind", [t.key for t in ORG_TYPES])
def test_htb_and_legal_representative_get_the_organisation_without_membership(store: Store, kind: str) -> None:
    rep, htb, other = store.add_person(), store.add_person(), store.add_person()
    store.add_organisation(kind, "ORG", legal_rep=rep.insz, htb=htb.insz)
    assert _names(store, rep.insz) == ["ORG"]
    assert _names(store, htb.insz) == ["ORG"]
    assert _names(store, other.insz) == []


def test_organisations_come_in_the_order_of_the_types_then_by_name(store: Store) -> None:
    ann = store.add_person()
    for kind, name in [("wachtpost", "W2"), ("apotheek", "A1"), ("wachtpost", "W1"), ("medisch-huis", "M1")]:
        org = store.add_organisation(kind, name)
        store.add_membership(org.riziv, ann.insz, applications=[VACCINNET_REGISTRATION])
    assert _names(store, ann.insz) == ["A1", "M1", "W1", "W2"]


def test_ordering_only_for_organisations_allowed_to_order(store: Store) -> None:
    ann = store.add_person()
    org = store.add_organisation("apotheek", may_order=False)
    with pytest.raises(StoreError, match="mag geen vaccins bestellen"):
        store.add_membership(org.riziv, ann.insz, applications=[VACCINNET_ORDERING])
    assert store.memberships[org.riziv] == {}
    rep = store.add_person()
    store.add_organisation("wachtpost", legal_rep=rep.insz, may_order=False)
    assert store.vaccinnet_access(rep.insz)[0].applications == (VACCINNET_REGISTRATION,)


def test_refused_arrangements_change_nothing(store: Store) -> None:
    ann = store.add_person()
    org = store.add_organisation("wachtpost")
    store.add_membership(org.riziv, ann.insz, applications=[VACCINNET_REGISTRATION])
    before = store.to_json()
    for bad in (
        lambda: store.add_membership(org.riziv, ann.insz),  # already a user
        lambda: store.add_membership(org.riziv, "85073003329"),  # unknown person
        lambda: store.add_membership(org.riziv, ann.insz, type="ADMIN"),
        lambda: store.add_person(insz="85073003329"),
        lambda: store.add_organisation("wachtpost", riziv="67897922"),
        lambda: store.add_membership(org.riziv, ann.insz, applications=["Onbestaand"]),
    ):
        with pytest.raises(StoreError):
            bad()
    assert store.to_json() == before


def test_the_seed_makes_the_data_reproducible() -> None:
    first, second, other = Store(seed=5), Store(seed=5), Store(seed=6)
    for store in (first, second, other):
        store.populate()
    assert first.to_json()["persons"] == second.to_json()["persons"]
    assert first.to_json()["organisations"] == second.to_json()["organisations"]
    assert [(m.org, m.insz) for m in first.memberships_list()] == [(m.org, m.insz) for m in second.memberships_list()]
    assert first.to_json()["persons"] != other.to_json()["persons"]
    assert len(first.organisations) == 7


def test_reset_forgets_everything_and_can_change_the_seed(store: Store) -> None:
    store.populate()
    store.reset(99)
    assert (store.seed, store.persons, store.organisations) == (99, {}, {})
