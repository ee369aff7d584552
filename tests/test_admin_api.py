"""The admin API under /__admin/: reset, seed, arrange and read the state as JSON."""

from __future__ import annotations

from starlette.testclient import TestClient

from mock_portals.store import Store


def test_reset_with_a_seed_and_populate(client: TestClient, store: Store) -> None:
    assert client.post("/__admin/reset", json={"seed": 42, "populate": True}).json() == {"seed": 42}
    state = client.get("/__admin/state").json()
    assert state["seed"] == 42 and len(state["organisations"]) == 7 and state["memberships"]
    assert client.post("/__admin/reset").json() == {"seed": 42}
    assert client.get("/__admin/state").json()["persons"] == []


def test_arrange_a_person_an_organisation_and_a_membership(client: TestClient) -> None:
    ann = client.post("/__admin/persons", json={"first_name": "Ann", "last_name": "Claes"}).json()
    org = client.post("/__admin/organisations", json={"type_key": "wachtpost", "name": "WACHTPOST LEIE"}).json()
    member = client.post(
        "/__admin/memberships",
        json={"org": org["riziv"], "insz": ann["insz"], "applications": ["Vaccinnet Consultatie en Registratie"]},
    ).json()
    assert (member["type"], member["status"], member["email"]) == ("user", "actief", ann["email"])
    assert member["applications"] == ["vaccinnet-registreren"]
    state = client.get("/__admin/state").json()
    assert [p["name"] for p in state["persons"]] == ["Ann Claes"]
    assert state["organisations"][0]["name"] == "WACHTPOST LEIE"


def test_refusals_are_json_with_a_reason_and_change_nothing(client: TestClient) -> None:
    before = client.get("/__admin/state").json()
    for path, body in [
        ("/__admin/persons", {"insz": "85073003329"}),
        ("/__admin/persons", {"shoe_size": 42}),
        ("/__admin/organisations", {"type_key": "ziekenhuis"}),
        ("/__admin/memberships", {"org": "67897921", "insz": "85073003328"}),
        ("/__admin/sessions", {"portal": "nergens", "insz": "85073003328"}),
    ]:
        response = client.post(path, json=body)
        assert response.status_code == 400, path
        assert response.json()["error"]
    assert client.post("/__admin/persons", content=b"not json").status_code == 400
    assert client.get("/__admin/state").json() == before


def test_a_session_cookie_for_a_portal(client: TestClient, store: Store) -> None:
    ann = store.persons.add()
    cookie = client.post("/__admin/sessions", json={"portal": "vaccinnet", "insz": ann.insz}).json()
    assert (cookie["name"], cookie["path"]) == ("vaccinnet_session", "/vaccinnet")
    client.cookies.set(cookie["name"], cookie["value"], path="/vaccinnet")
    assert client.get("/vaccinnet/profiel").status_code == 200
