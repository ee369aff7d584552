"""Appointing the HTB (manual §2.1-2.2): who may, under which category, and the refusals."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from mock_portals.domain.errors import Refusals, Refused
from mock_portals.domain.orgtypes import (
    ORG_TYPES,
    OrgType,
    ProGezondheidRole,
    RegistrationCategory,
    RizivContact,
    org_type,
)
from mock_portals.domain.persons import Profession
from mock_portals.domain.registration import HasHtb, NotRepresentative
from mock_portals.store import Store

from .conftest import DUTCH, log_in, said

GUARD_POST = RegistrationCategory.GUARD_POST


def _org(store: Store, kind: str, **extra: Any) -> tuple[str, str]:
    rep = store.persons.add()
    org = store.organisations.add(kind, legal_rep=rep.insz, **extra)
    return org.riziv, rep.insz


@pytest.mark.parametrize("kind", ORG_TYPES, ids=lambda k: k.key)
def test_the_representative_appoints_the_htb_under_the_right_category(store: Store, kind: OrgType) -> None:
    riziv, rep = _org(store, kind.key)
    org = store.registration.appoint_htb(rep, kind.registration_category, riziv, rep, "rep@example.be")
    assert org.htb == rep
    assert store.vaccinnet.access(rep)[0].org.riziv == riziv


def test_a_gp_grouping_on_one_site_registers_as_mixed_financing(store: Store) -> None:
    riziv, rep = _org(store, "huisartsen-zelfde-plaats")
    with pytest.raises(Refused) as wrong:
        store.registration.appoint_htb(rep, RegistrationCategory.GPS_SEVERAL_SITES, riziv, rep, "a@b.be")
    assert wrong.value.field == "category" and "Huisartsenpraktijk met gemengde financiering" in said(wrong.value)
    assert "'Groepering van huisartsen op verschillende installatieplaatsen'" in said(wrong.value)
    mixed = RegistrationCategory.MIXED_FINANCING
    assert store.registration.appoint_htb(rep, mixed, riziv, rep, "a@b.be").htb == rep


@pytest.mark.parametrize("kind", ORG_TYPES, ids=lambda k: k.key)
def test_every_required_progezondheid_role_is_accepted_and_another_is_not(store: Store, kind: OrgType) -> None:
    for role in kind.progezondheid_roles:
        riziv, rep = _org(store, kind.key, legal_rep_role=role)
        assert store.registration.check(rep, kind.registration_category, riziv).riziv == riziv
    riziv, rep = _org(store, kind.key, legal_rep_role=ProGezondheidRole.SECRETARIAT)
    with pytest.raises(NotRepresentative):
        store.registration.check(rep, kind.registration_category, riziv)


def test_roles_per_type_follow_the_manual() -> None:
    def roles(key: str) -> list[str]:
        return [DUTCH.label("nl", role) for role in org_type(key).progezondheid_roles]

    assert roles("apotheek") == ["Professioneel zorgverlener > apotheker"]
    assert roles("wachtpost") == ["Verantwoordelijke", "eHealth certificaat beheerder"]
    assert roles("groepering-derdebetaler") == ["Verantwoordelijke"]
    assert roles("medisch-huis") == ["Professioneel zorgverlener"]
    contacts = {DUTCH.label("nl", k.riziv_contact) for k in ORG_TYPES}
    assert contacts == {"huisartsen", "apotheken", "groeperingen van verpleegkundigen"}
    assert {k.riziv_contact for k in ORG_TYPES} == set(RizivContact)


@pytest.mark.parametrize(
    ("number", "field", "message"),
    [
        ("12345679", "number", "controlegetal"),
        ("1234567", "number", "8 of 11 cijfers"),
        ("1234A678", "number", "enkel uit cijfers"),
        ("67897921", "number", "geen RIZIV-entiteit"),
    ],
)
def test_bad_numbers_are_refused(store: Store, number: str, field: str, message: str) -> None:
    _riziv, rep = _org(store, "wachtpost")
    with pytest.raises(Refused) as refusal:
        store.registration.check(rep, GUARD_POST, number)
    assert refusal.value.field == field and message in said(refusal.value)


def test_an_individual_care_providers_number_is_refused(store: Store) -> None:
    _riziv, rep = _org(store, "wachtpost")
    doctor = store.persons.add(profession=Profession.DOCTOR)
    assert doctor.riziv is not None
    with pytest.raises(Refused) as refusal:
        store.registration.check(rep, GUARD_POST, doctor.riziv[:8])
    assert "individuele zorgverlener" in said(refusal.value)
    with pytest.raises(Refused) as eleven:
        store.registration.check(rep, GUARD_POST, doctor.riziv)
    assert "eerste 8 cijfers" in said(eleven.value)


def test_someone_else_is_not_the_representative(store: Store) -> None:
    riziv, _rep = _org(store, "apotheek")
    other = store.persons.add().insz
    with pytest.raises(NotRepresentative) as refusal:
        store.registration.check(other, RegistrationCategory.PHARMACY, riziv)
    assert refusal.value.status == 403


def test_an_existing_or_progezondheid_htb_makes_the_step_unneeded(store: Store) -> None:
    htb = store.persons.add().insz
    riziv, rep = _org(store, "wachtpost", progezondheid_htb=htb)
    assert store.organisations.is_htb(htb, store.organisations.get(riziv))  # R9
    before = store.to_json()
    with pytest.raises(HasHtb) as refusal:
        store.registration.appoint_htb(rep, GUARD_POST, riziv, rep, "rep@example.be")
    assert refusal.value.status == 409
    assert store.to_json() == before


@pytest.mark.parametrize(
    ("htb", "email", "field"), [("85073003329", "a@b.be", "htb_insz"), (None, "", "email"), (None, "x", "email")]
)
def test_htb_person_and_email_are_checked(store: Store, htb: str | None, email: str, field: str) -> None:
    riziv, rep = _org(store, "wachtpost")
    before = store.to_json()
    with pytest.raises(Refusals) as refused:
        store.registration.appoint_htb(rep, GUARD_POST, riziv, htb or rep, email)
    assert field in refused.value.fields and store.to_json() == before


def test_registration_pages_never_fail_with_a_500(client: TestClient, store: Store) -> None:
    riziv, rep = _org(store, "wachtpost")
    assert "Toegang krijgen tot de beveiligde diensten" in client.get("/registratie/zorginstelling").text
    log_in(client, store, "registratie", rep)
    for data in ({}, {"soort": "x", "nummer": "abc"}, {"soort": GUARD_POST, "nummer": riziv, "htb": "ander"}):
        response = client.post("/registratie/zorginstelling", data=data)
        assert response.status_code == 400 and 'role="alert"' in response.text
    stranger = store.persons.add().insz
    log_in(client, store, "registratie", stranger)
    refused = client.post("/registratie/zorginstelling", data={"soort": GUARD_POST, "nummer": riziv})
    assert refused.status_code == 403 and "Contactinformatie RIZIV voor huisartsen" in refused.text
    assert store.organisations.get(riziv).htb is None
