"""Appointing the HTB (manual §2.1-2.2): who may, under which category, and the refusals."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from mock_portals.orgtypes import ORG_TYPES, OrgType, org_type, riziv_contact
from mock_portals.store import FieldErrors, RegistrationRefused, Store

from .conftest import log_in


def _org(store: Store, kind: str, **extra: Any) -> tuple[str, str]:
    rep = store.add_person()
    org = store.add_organisation(kind, legal_rep=rep.insz, **extra)
    return org.riziv, rep.insz


@pytest.mark.parametrize("kind", ORG_TYPES, ids=lambda k: k.key)
def test_the_representative_appoints_the_htb_under_the_right_category(store: Store, kind: OrgType) -> None:
    riziv, rep = _org(store, kind.key)
    org = store.appoint_htb(rep, kind.registration_category, riziv, rep, "rep@example.be")
    assert org.htb == rep
    assert store.vaccinnet_access(rep)[0].org.riziv == riziv


def test_a_gp_grouping_on_one_site_registers_as_mixed_financing(store: Store) -> None:
    riziv, rep = _org(store, "huisartsen-zelfde-plaats")
    with pytest.raises(RegistrationRefused) as wrong:
        store.appoint_htb(rep, "Groepering van huisartsen op verschillende installatieplaatsen", riziv, rep, "a@b.be")
    assert wrong.value.field == "soort" and "Huisartsenpraktijk met gemengde financiering" in wrong.value.message
    assert store.appoint_htb(rep, "Huisartsenpraktijk met gemengde financiering", riziv, rep, "a@b.be").htb == rep


@pytest.mark.parametrize("kind", ORG_TYPES, ids=lambda k: k.key)
def test_every_required_progezondheid_role_is_accepted_and_another_is_not(store: Store, kind: OrgType) -> None:
    for role in kind.progezondheid_roles:
        riziv, rep = _org(store, kind.key, legal_rep_role=role)
        assert store.registration_refusal(rep, kind.registration_category, riziv) is None
    riziv, rep = _org(store, kind.key, legal_rep_role="Secretariaat")
    refusal = store.registration_refusal(rep, kind.registration_category, riziv)
    assert refusal == ("", "niet-vertegenwoordiger")


def test_roles_per_type_follow_the_manual() -> None:
    assert org_type("apotheek").progezondheid_roles == ("Professioneel zorgverlener > apotheker",)
    assert org_type("wachtpost").progezondheid_roles == ("Verantwoordelijke", "eHealth certificaat beheerder")
    assert org_type("groepering-derdebetaler").progezondheid_roles == ("Verantwoordelijke",)
    assert org_type("medisch-huis").progezondheid_roles == ("Professioneel zorgverlener",)
    assert {riziv_contact(k) for k in ORG_TYPES} == {"huisartsen", "apotheken", "groeperingen van verpleegkundigen"}


@pytest.mark.parametrize(
    ("number", "field", "message"),
    [
        ("12345679", "nummer", "controlegetal"),
        ("1234567", "nummer", "8 of 11 cijfers"),
        ("1234A678", "nummer", "enkel uit cijfers"),
        ("67897921", "nummer", "geen RIZIV-entiteit"),
    ],
)
def test_bad_numbers_are_refused(store: Store, number: str, field: str, message: str) -> None:
    _riziv, rep = _org(store, "wachtpost")
    refusal = store.registration_refusal(rep, "Wachtpost", number)
    assert refusal is not None and refusal[0] == field and message in refusal[1]


def test_an_individual_care_providers_number_is_refused(store: Store) -> None:
    _riziv, rep = _org(store, "wachtpost")
    doctor = store.add_person(profession="Arts")
    assert doctor.riziv is not None
    refusal = store.registration_refusal(rep, "Wachtpost", doctor.riziv[:8])
    assert refusal is not None and "individuele zorgverlener" in refusal[1]
    eleven = store.registration_refusal(rep, "Wachtpost", doctor.riziv)
    assert eleven is not None and "eerste 8 cijfers" in eleven[1]


def test_someone_else_is_not_the_representative(store: Store) -> None:
    riziv, _rep = _org(store, "apotheek")
    other = store.add_person().insz
    assert store.registration_refusal(other, "Apotheek", riziv) == ("", "niet-vertegenwoordiger")


def test_an_existing_or_progezondheid_htb_makes_the_step_unneeded(store: Store) -> None:
    htb = store.add_person().insz
    riziv, rep = _org(store, "wachtpost", progezondheid_htb=htb)
    assert store.is_htb(htb, store.organisations[riziv])  # R9
    before = store.to_json()
    with pytest.raises(RegistrationRefused, match="heeft-htb"):
        store.appoint_htb(rep, "Wachtpost", riziv, rep, "rep@example.be")
    assert store.to_json() == before


@pytest.mark.parametrize(
    ("htb", "email", "field"), [("85073003329", "a@b.be", "htb_insz"), (None, "", "email"), (None, "x", "email")]
)
def test_htb_person_and_email_are_checked(store: Store, htb: str | None, email: str, field: str) -> None:
    riziv, rep = _org(store, "wachtpost")
    before = store.to_json()
    with pytest.raises(FieldErrors) as refused:
        store.appoint_htb(rep, "Wachtpost", riziv, htb or rep, email)
    assert field in refused.value.errors and store.to_json() == before


def test_registration_pages_never_fail_with_a_500(client: TestClient, store: Store) -> None:
    riziv, rep = _org(store, "wachtpost")
    assert "Toegang krijgen tot de beveiligde diensten" in client.get("/registratie/zorginstelling").text
    log_in(client, store, "registratie", rep)
    for data in ({}, {"soort": "x", "nummer": "abc"}, {"soort": "Wachtpost", "nummer": riziv, "htb": "ander"}):
        response = client.post("/registratie/zorginstelling", data=data)
        assert response.status_code == 400 and 'role="alert"' in response.text
    stranger = store.add_person().insz
    log_in(client, store, "registratie", stranger)
    refused = client.post("/registratie/zorginstelling", data={"soort": "Wachtpost", "nummer": riziv})
    assert refused.status_code == 403 and "Contactinformatie RIZIV voor huisartsen" in refused.text
    assert store.organisations[riziv].htb is None
