"""BTB (manual §2.3): who may appoint access managers, and what an appointment gives in UMAN."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from mock_portals.domain.errors import Forbidden, Refusals
from mock_portals.domain.managers import ManagerDomain, ManagerRole
from mock_portals.domain.memberships import Application, MemberType
from mock_portals.store import Store

from .conftest import log_in, said

MANAGER, CO_MANAGER, CO_HTB = ManagerRole.MANAGER, ManagerRole.CO_MANAGER, ManagerRole.CO_HTB
EHEALTH = ManagerDomain.EHEALTH


def _type(store: Store, riziv: str, insz: str) -> MemberType | None:
    member = store.memberships.get(riziv, insz)
    return member.type if member else None


@pytest.fixture
def org_with_htb(store: Store) -> tuple[str, str, str]:
    htb, candidate = store.persons.add("Piet", "Janssens"), store.persons.add("Ann", "Claes")
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE", htb=htb.insz)
    return org.riziv, htb.insz, candidate.insz


def test_an_ehealth_toegangsbeheerder_becomes_lb_in_uman(store: Store, org_with_htb: tuple[str, str, str]) -> None:
    riziv, htb, ann = org_with_htb
    store.managers.appoint(htb, riziv, ann, MANAGER, EHEALTH, "ann@example.be")
    assert _type(store, riziv, ann) == MemberType.LB
    store.managers.appoint(htb, riziv, ann, CO_MANAGER, EHEALTH, "ann@example.be")
    assert _type(store, riziv, ann) == MemberType.CO_LB
    store.managers.remove(htb, riziv, ann)
    assert store.memberships.get(riziv, ann) is None


def test_a_removed_manager_with_applications_stays_a_user(store: Store, org_with_htb: tuple[str, str, str]) -> None:
    riziv, htb, ann = org_with_htb
    store.memberships.add(riziv, ann, applications=[Application.EHEALTHBOX])
    store.managers.appoint(htb, riziv, ann, MANAGER, EHEALTH, "ann@example.be")
    store.managers.remove(htb, riziv, ann)
    assert _type(store, riziv, ann) == MemberType.USER


def test_a_co_htb_may_appoint_too(store: Store, org_with_htb: tuple[str, str, str]) -> None:
    riziv, htb, ann = org_with_htb
    store.managers.appoint(htb, riziv, ann, CO_HTB, EHEALTH, "ann@example.be")
    bert = store.persons.add().insz
    store.managers.appoint(ann, riziv, bert, MANAGER, EHEALTH, "bert@example.be")
    assert _type(store, riziv, bert) == MemberType.LB


def test_someone_who_is_not_htb_is_refused_and_nothing_changes(
    store: Store, org_with_htb: tuple[str, str, str]
) -> None:
    riziv, _htb, ann = org_with_htb
    before = store.to_json()
    with pytest.raises(Forbidden) as refused:
        store.managers.appoint(ann, riziv, ann, MANAGER, EHEALTH, "ann@example.be")
    assert "geen hoofdtoegangsbeheerder" in said(refused.value)
    assert store.to_json() == before


@pytest.mark.parametrize(
    ("insz", "email", "field"),
    [
        ("85073003329", "a@example.be", "insz"),
        ("8507300332", "a@example.be", "insz"),
        ("85073003328", "a@example.be", "insz"),  # valid, but nobody in the store has it
        (None, "", "email"),
        (None, "geen-adres", "email"),
    ],
)
def test_invalid_input_is_refused_per_field(
    store: Store, org_with_htb: tuple[str, str, str], insz: str | None, email: str, field: str
) -> None:
    riziv, htb, ann = org_with_htb
    before = store.to_json()
    with pytest.raises(Refusals) as refused:
        store.managers.appoint(htb, riziv, insz or ann, MANAGER, EHEALTH, email)
    assert field in refused.value.fields
    assert store.to_json() == before


def test_btb_pages_refuse_another_organisation(
    client: TestClient, store: Store, org_with_htb: tuple[str, str, str]
) -> None:
    riziv, _htb, ann = org_with_htb
    log_in(client, store, "btb", ann)
    page = client.get(f"/btb/toegangsbeheerders/{riziv}")
    assert page.status_code == 403 and "geen hoofdtoegangsbeheerder" in page.text
    posted = client.post(f"/btb/toegangsbeheerders/{riziv}", data={"insz": ann, "email": "a@example.be"})
    assert posted.status_code == 403
    assert store.managers.of(riziv) == []


def test_btb_form_keeps_what_was_typed(client: TestClient, store: Store, org_with_htb: tuple[str, str, str]) -> None:
    riziv, htb, _ann = org_with_htb
    log_in(client, store, "btb", htb)
    page = client.post(
        f"/btb/toegangsbeheerders/{riziv}",
        data={"insz": "85073003329", "email": "ann@example.be", "rol": MANAGER, "domein": EHEALTH},
    )
    assert page.status_code == 400
    assert 'value="85073003329"' in page.text and 'value="ann@example.be"' in page.text
    assert "controlegetal" in page.text
