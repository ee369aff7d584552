"""UMAN (manual §2.4.1): the user list, adding, changing and deleting users, permissions, export."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from openpyxl import load_workbook
from starlette.testclient import TestClient

from mock_portals.app import create_app
from mock_portals.domain.identifiers import format_insz
from mock_portals.domain.memberships import Application, MemberType, Status
from mock_portals.practice import populate_at_scale
from mock_portals.store import Store

from .conftest import log_in

VACCINNET_REGISTRATION = Application.VACCINNET_REGISTRATION
VACCINNET_ORDERING = Application.VACCINNET_ORDERING
ORDERING_SHOWN = "Vaccinnet Bestel- en voorraadbeheer"


@pytest.fixture
def world(store: Store, client: TestClient) -> dict[str, str]:
    """WACHTPOST LEIE with an LB (logged in at UMAN), a user and a person who is not yet a user."""
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE", may_order=False)
    lb, user, new = (
        store.persons.add("Lies", "Bos"),
        store.persons.add("Ann", "Claes"),
        store.persons.add("Bert", "Wouters"),
    )
    store.memberships.add(org.riziv, lb.insz, type=MemberType.LB)
    store.memberships.add(org.riziv, user.insz, applications=[VACCINNET_REGISTRATION])
    log_in(client, store, "uman", lb.insz)
    return {"org": org.riziv, "lb": lb.insz, "user": user.insz, "new": new.insz}


def _add(client: TestClient, w: dict[str, str], **overrides: object) -> object:
    data: dict[str, object] = {"insz": w["new"], "email": "bert@example.be", "lokaal_email": ""}
    data["toepassingen"] = [VACCINNET_REGISTRATION]
    data.update(overrides)
    return client.post(f"/uman/{w['org']}/gebruikers/nieuw/bevestigen", data=data)


def test_the_list_shows_computed_count_and_uman_insz(client: TestClient, world: dict[str, str]) -> None:
    page = client.get(f"/uman/{world['org']}/gebruikers")
    assert page.status_code == 200
    assert "2 items gevonden." in page.text
    assert format_insz(world["user"]) in page.text
    assert "Benaming: WACHTPOST LEIE; RIZIV-nummer:" in page.text and "Hoedanigheid: Wachtposten" in page.text


def test_add_a_user_in_three_steps(client: TestClient, store: Store, world: dict[str, str]) -> None:
    org = world["org"]
    form = client.post(f"/uman/{org}/gebruikers/nieuw", data={"insz": world["new"]})
    assert form.status_code == 200 and "E-mailadres *" in form.text
    assert ORDERING_SHOWN not in form.text and VACCINNET_ORDERING not in form.text  # may not order (R29)
    confirm = client.post(
        f"/uman/{org}/gebruikers/nieuw/opslaan",
        data={"insz": world["new"], "email": "bert@example.be", "toepassingen": [VACCINNET_REGISTRATION]},
    )
    assert "Een gebruiker aanmaken" in confirm.text and "Bevestigen" in confirm.text
    assert store.memberships.get(org, world["new"]) is None  # nothing is saved before "Bevestigen"
    done = _add(client, world)
    assert done.status_code == 303  # type: ignore[attr-defined]
    member = store.memberships.get(org, world["new"])
    assert member is not None
    assert (member.type, member.status, member.applications) == (
        MemberType.USER,
        Status.ACTIVE,
        (VACCINNET_REGISTRATION,),
    )
    listed = client.get(f"/uman/{org}/gebruikers?opgeslagen=1")
    assert "De gegevens van de gebruiker werden opgeslagen" in listed.text
    assert [a.org.riziv for a in store.vaccinnet.access(world["new"])] == [org]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"insz": "85073003329"}, "controlegetal"),
        ({"insz": "850730033"}, "11 cijfers"),
        ({"insz": "8507300332X"}, "enkel uit cijfers"),
        ({"insz": "85073003328"}, "geen persoon"),
        ({"email": ""}, "verplicht"),
        ({"email": "bert-at-example"}, "niet geldig"),
        ({"toepassingen": [VACCINNET_ORDERING]}, "mag geen vaccins bestellen"),
    ],
)
def test_refused_additions_say_why_and_change_nothing(
    client: TestClient, store: Store, world: dict[str, str], overrides: dict[str, object], message: str
) -> None:
    before = store.to_json()
    response = _add(client, world, **overrides)
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert message in response.text  # type: ignore[attr-defined]
    assert store.to_json() == before


def test_an_existing_user_cannot_be_added_twice(client: TestClient, world: dict[str, str]) -> None:
    response = client.post(f"/uman/{world['org']}/gebruikers/nieuw", data={"insz": world["user"]})
    assert response.status_code == 400 and "is al gebruiker" in response.text


def test_change_rights_with_the_pencil(client: TestClient, store: Store, world: dict[str, str]) -> None:
    org, user = world["org"], world["user"]
    assert "Rechten van Ann Claes wijzigen" in client.get(f"/uman/{org}/gebruikers").text
    response = client.post(
        f"/uman/{org}/gebruikers/{user}", data={"email": "ann@example.be", "toepassingen": [Application.EHEALTHBOX]}
    )
    assert response.status_code == 303
    changed = store.memberships.get(org, user)
    assert changed is not None and changed.applications == (Application.EHEALTHBOX,)
    assert store.vaccinnet.access(user) == []


def test_delete_selected_users_only_here(client: TestClient, store: Store, world: dict[str, str]) -> None:
    org, user = world["org"], world["user"]
    elsewhere = store.organisations.add("apotheek")
    store.memberships.add(elsewhere.riziv, user, applications=[VACCINNET_REGISTRATION])
    response = client.post(f"/uman/{org}/gebruikers/actie", data={"actie": "verwijderen", "selectie": [user]})
    assert response.status_code == 303
    assert store.memberships.get(org, user) is None
    assert [a.org.riziv for a in store.vaccinnet.access(user)] == [elsewhere.riziv]  # D8


def test_uitvoeren_with_nothing_selected(client: TestClient, store: Store, world: dict[str, str]) -> None:
    before = store.to_json()
    response = client.post(f"/uman/{world['org']}/gebruikers/actie", data={"actie": "verwijderen"})
    assert response.status_code == 400 and "Selecteer eerst minstens één gebruiker" in response.text
    assert store.to_json() == before


def test_a_user_sees_only_their_own_row_and_cannot_manage(
    client: TestClient, store: Store, world: dict[str, str]
) -> None:
    log_in(client, store, "uman", world["user"])
    page = client.get(f"/uman/{world['org']}/gebruikers")
    assert "1 items gevonden." in page.text and "Volgende" not in page.text
    assert client.post(f"/uman/{world['org']}/gebruikers/nieuw", data={"insz": world["new"]}).status_code == 403
    assert _add(client, world).status_code == 403  # type: ignore[attr-defined]


def test_a_blocked_manager_cannot_manage(client: TestClient, store: Store, world: dict[str, str]) -> None:
    lb = store.memberships.get(world["org"], world["lb"])
    assert lb is not None
    store.memberships.change(lb, status=Status.BLOCKED)
    response = client.post(f"/uman/{world['org']}/gebruikers/actie", data={"actie": "verwijderen"})
    assert response.status_code == 403 and "geblokkeerd" in response.text


def test_another_organisation_by_url_is_forbidden(client: TestClient, store: Store, world: dict[str, str]) -> None:
    other = store.organisations.add("apotheek", "APOTHEEK DE LINDE")
    store.memberships.add(other.riziv, world["user"], applications=[VACCINNET_REGISTRATION])
    for path in ("/", "/gebruikers", "/gebruikers.csv", f"/gebruikers/{world['user']}"):
        response = client.get(f"/uman/{other.riziv}{path}")
        assert response.status_code == 403, path
        assert "APOTHEEK DE LINDE" in response.text
    before = store.to_json()
    deleted = client.post(
        f"/uman/{other.riziv}/gebruikers/actie", data={"actie": "verwijderen", "selectie": [world["user"]]}
    )
    assert deleted.status_code == 403 and store.to_json() == before


def test_filters_and_paging(client: TestClient, store: Store, world: dict[str, str]) -> None:
    for _ in range(25):
        store.memberships.add(world["org"], store.persons.add().insz, applications=[Application.EHEALTHBOX])
    page = client.get(f"/uman/{world['org']}/gebruikers?aantal=10&pagina=3")
    assert "27 items gevonden." in page.text and "Pagina 3 van 3" in page.text
    assert page.text.count('name="selectie"') == 7
    only_lb = client.get(f"/uman/{world['org']}/gebruikers?type={MemberType.LB}")
    assert "1 items gevonden." in only_lb.text and "Bos" in only_lb.text
    by_app = client.get(f"/uman/{world['org']}/gebruikers", params={"toepassing": VACCINNET_REGISTRATION})
    assert "1 items gevonden." in by_app.text and "Claes" in by_app.text


def test_export_round_trip_csv_and_excel(client: TestClient, world: dict[str, str]) -> None:
    text = client.get(f"/uman/{world['org']}/gebruikers.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Naam", "Voornaam", "Gebruikersnaam", "Type", "INSZ", "Status"]
    assert rows[2][:2] == ["Claes", "Ann"] and rows[2][3:] == ["USER", format_insz(world["user"]), "Actief"]
    book = load_workbook(io.BytesIO(client.get(f"/uman/{world['org']}/gebruikers.xlsx?naam=claes").content))
    sheet = book["Gebruikers"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [rows[0], rows[2]]


def test_an_export_never_writes_a_formula(client: TestClient, store: Store, world: dict[str, str]) -> None:
    """OWASP's CSV injection: names that start with = + - @ (or a tab) stay text in CSV and Excel."""
    hostile = {'=HYPERLINK("http://x")': "+1+1", "@SUM(A1)": "-2", "\tTab": "Gewoon"}
    for last, first in hostile.items():
        person = store.persons.add(first, last)
        store.memberships.add(world["org"], person.insz, applications=[Application.EHEALTHBOX])
    text = client.get(f"/uman/{world['org']}/gebruikers.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    written = {row[0]: row[1] for row in rows[1:]}
    for last, first in hostile.items():
        assert written["'" + last] == ("'" + first if first[0] in "=+-@" else first)
    book = load_workbook(io.BytesIO(client.get(f"/uman/{world['org']}/gebruikers.xlsx").content))
    cells = [cell for row in book["Gebruikers"].iter_rows() for cell in row]
    assert all(cell.data_type == "s" for cell in cells if cell.value is not None)  # no cell is a formula
    assert '\'=HYPERLINK("http://x")' in [cell.value for cell in cells]


class CountingDict(dict[str, Any]):
    """A dict that counts its look-ups: the work a request does, without timing it."""

    lookups = 0

    def __getitem__(self, key: str) -> Any:
        self.lookups += 1
        return super().__getitem__(key)


def test_work_per_users_page_grows_with_the_page_not_with_5000_users() -> None:
    store = Store(seed=3)
    big, lb = populate_at_scale(store, organisations=1000, users=5000)
    client = TestClient(create_app(store))
    log_in(client, store, "uman", lb.insz)
    client.get(f"/uman/{big.riziv}/gebruikers")  # the first request sorts the list once
    store.persons.by_insz = counting = CountingDict(store.persons.by_insz)
    page = client.get(f"/uman/{big.riziv}/gebruikers?pagina=100")
    assert "5001 items gevonden." in page.text and page.text.count('name="selectie"') == 20
    assert counting.lookups <= 3 * 20 + 5, counting.lookups


def test_vorige_goes_back_to_the_form_with_what_was_entered(
    client: TestClient, store: Store, world: dict[str, str]
) -> None:
    form = client.post(
        f"/uman/{world['org']}/gebruikers/nieuw/opslaan",
        data={"insz": world["new"], "email": "bert@example.be", "toepassingen": [Application.EHEALTHBOX], "terug": "1"},
    )
    assert form.status_code == 200 and "Opslaan" in form.text
    assert 'value="bert@example.be"' in form.text and f'value="{Application.EHEALTHBOX}" checked' in form.text
    assert store.memberships.get(world["org"], world["new"]) is None
