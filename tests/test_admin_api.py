"""The admin API under /__admin/: one route per arrange operation, derived from mock_portals.arrange."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from mock_portals.arrange import OPERATIONS, AddPerson
from mock_portals.store import Store


def test_reset_with_a_seed_and_populate(client: TestClient) -> None:
    assert client.post("/__admin/reset", json={"seed": 42, "populate": True}).json() == {"ok": True}
    state = client.get("/__admin/state").json()
    assert state["seed"] == 42 and len(state["organisations"]) == 7 and state["memberships"]
    assert client.post("/__admin/reset", json={}).json() == {"ok": True}
    assert client.get("/__admin/state").json()["persons"] == []


def test_arrange_a_person_an_organisation_and_a_membership(client: TestClient) -> None:
    ann = client.post("/__admin/persons", json={"first_name": "Ann", "last_name": "Claes"}).json()
    org = client.post("/__admin/organisations", json={"kind": "wachtpost", "name": "WACHTPOST LEIE"}).json()
    assert org["kind"] == "wachtpost" and len(org["riziv"]) == 8
    done = client.post(
        "/__admin/memberships",
        json={"org": org["riziv"], "insz": ann["insz"], "applications": ["vaccinnet-registreren"]},
    )
    assert done.json() == {"ok": True}
    state = client.get("/__admin/state").json()
    assert [p["name"] for p in state["persons"]] == ["Ann Claes"]
    (member,) = state["memberships"]
    assert (member["type"], member["status"], member["email"]) == ("user", "actief", ann["email"])
    assert member["applications"] == ["vaccinnet-registreren"]


@pytest.mark.parametrize(
    ("path", "body", "field", "words"),
    [
        ("/__admin/persons", {"insz": "85073003329"}, "insz", "controlegetal"),
        ("/__admin/persons", {"shoe_size": 42}, "shoe_size", "bestaat niet"),
        ("/__admin/persons", {"female": "false"}, "female", "true of false"),
        ("/__admin/organisations", {"kind": "ziekenhuis"}, "kind", "een van deze waarden"),
        ("/__admin/organisations", {"kind": "wachtpost", "may_order": "false"}, "may_order", "true of false"),
        ("/__admin/memberships", {"org": "67897921", "insz": "85073003328"}, "riziv", "organisatie"),
        ("/__admin/sessions", {"portal": "nergens", "insz": "85073003328"}, "portal", "een van deze waarden"),
        ("/__admin/reset", {"seed": "7"}, "seed", "geheel getal"),
        ("/__admin/reset", {"seed": 1.5}, "seed", "geheel getal"),
        ("/__admin/clock", {"seconds": "nan"}, "seconds", "eindig getal"),
        ("/__admin/clock", {"seconds": 1e300}, "seconds", "bereik"),
    ],
)
def test_a_refusal_is_json_naming_the_field_and_changes_nothing(
    client: TestClient, path: str, body: dict[str, Any], field: str, words: str
) -> None:
    before = client.get("/__admin/state").json()
    response = client.post(path, json=body)
    assert response.status_code == 400, response.text
    assert response.json()["field"] == field
    assert words in response.json()["error"]
    assert client.get("/__admin/state").json() == before


def test_only_json_objects_are_taken(client: TestClient) -> None:
    before = client.get("/__admin/state").json()
    assert (
        client.post("/__admin/persons", content=b"not json", headers={"content-type": "application/json"})
        .json()["error"]
        .startswith("Stuur één JSON-object")
    )
    assert client.post("/__admin/persons", json=[1, 2]).status_code == 400
    text_plain = client.post("/__admin/reset", content=b'{"seed": 1}', headers={"content-type": "text/plain"})
    assert text_plain.status_code == 415
    assert client.get("/__admin/state").json() == before


def test_a_session_cookie_for_a_portal(client: TestClient, store: Store) -> None:
    ann = store.persons.add()
    cookie = client.post("/__admin/sessions", json={"portal": "vaccinnet", "insz": ann.insz}).json()
    assert (cookie["name"], cookie["path"]) == ("vaccinnet_session", "/vaccinnet")
    client.cookies.set(cookie["name"], cookie["value"], path="/vaccinnet")
    assert client.get("/vaccinnet/profiel").status_code == 200


def test_the_documentation_lists_every_operation_with_its_fields(client: TestClient) -> None:
    listed = client.get("/__admin/").json()["operaties"]
    assert [o["naam"] for o in listed] == [op.__name__ for op in OPERATIONS]
    person = next(o for o in listed if o["naam"] == "AddPerson")
    assert (person["methode"], person["pad"]) == ("POST", "/__admin/persons")
    assert set(person["velden"]["properties"]) == set(AddPerson.model_fields)
    assert person["uitleg"].startswith("Een persoon")
