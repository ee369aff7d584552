"""BTB (manual §2.3): who may appoint access managers, and what an appointment gives in UMAN."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from mock_portals.store import CO_HTB, FieldErrors, Forbidden, Store

from .conftest import log_in


@pytest.fixture
def org_with_htb(store: Store) -> tuple[str, str, str]:
    htb, candidate = store.add_person("Piet", "Janssens"), store.add_person("Ann", "Claes")
    org = store.add_organisation("wachtpost", "WACHTPOST LEIE", htb=htb.insz)
    return org.riziv, htb.insz, candidate.insz


def test_an_ehealth_toegangsbeheerder_becomes_lb_in_uman(store: Store, org_with_htb: tuple[str, str, str]) -> None:
    riziv, htb, ann = org_with_htb
    store.appoint_manager(htb, riziv, ann, "Toegangsbeheerder", "eHealth", "ann@example.be")
    assert store.memberships[riziv][ann].type == "LB"
    store.appoint_manager(htb, riziv, ann, "Co-toegangsbeheerder", "eHealth", "ann@example.be")
    assert store.memberships[riziv][ann].type == "Co-LB"
    store.remove_manager(htb, riziv, ann)
    assert ann not in store.memberships[riziv]


def test_a_removed_manager_with_applications_stays_a_user(store: Store, org_with_htb: tuple[str, str, str]) -> None:
    riziv, htb, ann = org_with_htb
    store.add_membership(riziv, ann, applications=["eHealthBox"])
    store.appoint_manager(htb, riziv, ann, "Toegangsbeheerder", "eHealth", "ann@example.be")
    store.remove_manager(htb, riziv, ann)
    assert store.memberships[riziv][ann].type == "USER"


def test_a_co_htb_may_appoint_too(store: Store, org_with_htb: tuple[str, str, str]) -> None:
    riziv, htb, ann = org_with_htb
    store.appoint_manager(htb, riziv, ann, CO_HTB, "eHealth", "ann@example.be")
    bert = store.add_person().insz
    store.appoint_manager(ann, riziv, bert, "Toegangsbeheerder", "eHealth", "bert@example.be")
    assert store.memberships[riziv][bert].type == "LB"


def test_someone_who_is_not_htb_is_refused_and_nothing_changes(
    store: Store, org_with_htb: tuple[str, str, str]
) -> None:
    riziv, _htb, ann = org_with_htb
    before = store.to_json()
    with pytest.raises(Forbidden, match="geen hoofdtoegangsbeheerder"):
        store.appoint_manager(ann, riziv, ann, "Toegangsbeheerder", "eHealth", "ann@example.be")
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
    with pytest.raises(FieldErrors) as refused:
        store.appoint_manager(htb, riziv, insz or ann, "Toegangsbeheerder", "eHealth", email)
    assert field in refused.value.errors
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
    assert store.managers[riziv] == {}


def test_btb_form_keeps_what_was_typed(client: TestClient, store: Store, org_with_htb: tuple[str, str, str]) -> None:
    riziv, htb, _ann = org_with_htb
    log_in(client, store, "btb", htb)
    page = client.post(
        f"/btb/toegangsbeheerders/{riziv}",
        data={"insz": "85073003329", "email": "ann@example.be", "rol": "Toegangsbeheerder", "domein": "eHealth"},
    )
    assert page.status_code == 400
    assert 'value="85073003329"' in page.text and 'value="ann@example.be"' in page.text
    assert "controlegetal" in page.text
