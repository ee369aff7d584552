"""Every route is total: whatever a browser or a script sends, the answer is a page (or JSON) with a
4xx at worst, never a 5xx, and a refused request changes nothing (Hypothesis drives every route)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import is_dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.routing import BaseRoute, Mount, Route
from starlette.testclient import TestClient

from mock_portals.app import create_app
from mock_portals.arrange import OPERATIONS
from mock_portals.practice import populate
from mock_portals.store import Store

from .conftest import CSRF, Browser

ROOT = Path(__file__).resolve().parent.parent
PORTALS = ("csam", "vaccinnet", "btb", "uman", "progezondheid", "registratie")


def _routes(routes: list[BaseRoute], prefix: str = "") -> list[tuple[str, str]]:
    """(method, path template) of every route of the app, mounts included."""
    found = []
    for route in routes:
        if isinstance(route, Mount):
            found += _routes(list(route.routes), prefix + route.path)
        elif isinstance(route, Route):
            found += [(method, prefix + route.path) for method in sorted(route.methods or ()) if method != "HEAD"]
    return found


APP = create_app(Store())
PORTAL_ROUTES = [r for r in _routes(list(APP.routes)) if not r[1].startswith(("/__admin", "/static"))]
# The names the pages' forms and links use, found in the templates and the routes.
_SOURCES = [p.read_text() for p in (ROOT / "mock_portals").rglob("*") if p.suffix in (".py", ".html")]
NAMES = sorted(
    {m for text in _SOURCES for m in re.findall(r'name="([a-z_]+)"', text)}
    | {m for text in _SOURCES for m in re.findall(r'(?:query_params|form)\.get(?:list)?\("([a-z_]+)"', text)}
    | {"naam", "voornaam", "gebruikersnaam", "type", "status", "toepassing", "pagina", "code", "next"}
)

# Values that have broken parsers before: other scripts' digits, huge and negative numbers, notations.
TRICKY = st.sampled_from(
    ["", " ", "²", "٣٤", "१२", "-1", "0", "9" * 40, "1e999", "nan", "inf", "None", "null", "[]", "{}", "\x00",
     "85.07.30-033.28", "850730 033 28", "85073003328", "67897921", "678979-21", "//evil.example/", "/\\evil",
     "javascript:alert(1)", "<script>alert(1)</script>", "é" * 50, "a" * 2000]
)  # fmt: skip
VALUE = st.one_of(TRICKY, st.text(max_size=30), st.integers(-(10**30), 10**30).map(str))


World = tuple[Store, TestClient, dict[str, dict[str, str]], dict[str, list[str]]]


@pytest.fixture
def world() -> Iterator[World]:
    """A practice world for the test, a browser on it (one event loop for all its requests, not one
    each), the cookies of each kind of person, and real path values."""
    store = Store(seed=5)
    populate(store)
    with Browser(create_app(store)) as client:
        yield _people(store, client)


def _people(store: Store, client: TestClient) -> World:
    orgs = store.organisations.all()
    people = {
        "vertegenwoordiger": orgs[0].legal_rep,
        "htb": orgs[0].htb,
        "lb": next(m.insz for m in store.memberships.of(orgs[0].riziv) if m.type == "lb"),
        "gebruiker": next(m.insz for m in store.memberships.of(orgs[0].riziv) if m.type == "user"),
    }
    cookies = {
        who: {f"{p}_session": store.auth.open_session(p, insz or "").sid for p in PORTALS}
        for who, insz in people.items()
    }
    cookies["niemand"] = {}
    values = {
        "riziv": [o.riziv for o in orgs],
        "insz": [p.insz for p in store.persons.all()],
        "key": ["itsme", "eid", "mygov"],
        "kind": ["zorginstelling", "ziekenhuis"],
    }
    return store, client, cookies, values


def _fields(value: Any) -> Any:
    """A record as JSON sees it: a dataclass by its fields, a set sorted, anything else by its text."""
    if is_dataclass(value):
        return vars(value)
    return sorted(value) if isinstance(value, set | frozenset) else str(value)


def _state(store: Store) -> str:
    """Everything a refused request must leave as it was (sessions and logins may come and go): every
    record of every area, field by field (``vars`` rather than ``asdict``: the same fields, in a
    seventh of the time, which this check spends once before each of its thousands of requests)."""
    records = [store.persons.all(), store.organisations.all(), store.memberships.all(), store.managers.all()]
    return json.dumps([store.seed, records, store.clock_offset], sort_keys=True, default=_fields)


def _request(values: dict[str, list[str]], route: tuple[str, str]) -> st.SearchStrategy[dict[str, Any]]:
    """Requests to ``route``: its path's parameters real or tricky, any query, form fields and token.
    Built once per test and drawn from for each request (building strategies per draw cost more than
    the requests themselves)."""
    method, template = route
    parts = {
        name: st.one_of(real, real, VALUE.filter(bool))
        for name in re.findall(r"\{(\w+)\}", template)
        for real in [st.sampled_from(values.get(name, ["x"]))]
    }
    known = st.sampled_from([v for kind in values.values() for v in kind])

    def request(path: dict[str, str], query: Any, fields: Any, token: str, kind: str) -> dict[str, Any]:
        address = template
        for name, value in path.items():
            address = address.replace("{" + name + "}", quote(value, safe=""))
        return {"method": method, "path": address, "query": query, "fields": [("csrf", token), *fields], "kind": kind}

    return st.builds(
        request,
        st.fixed_dictionaries(parts),
        st.lists(st.tuples(st.sampled_from(NAMES) | st.text(max_size=8), VALUE), max_size=6),
        st.lists(st.tuples(st.sampled_from(NAMES), VALUE | known), max_size=8),
        st.sampled_from([CSRF, CSRF, CSRF, "", "vals"]),
        st.sampled_from(["form", "form", "form", "json", "text", "none", "multipart"]),
    )


def _send(client: TestClient, request: dict[str, Any]) -> Any:
    kwargs: dict[str, Any] = {"params": request["query"]}
    if request["method"] != "GET":
        fields = request["fields"]
        if request["kind"] == "form":
            kwargs["data"] = {k: [v for n, v in fields if n == k] for k, _ in fields}
        elif request["kind"] == "multipart":
            kwargs["files"] = {k: (None, v) for k, v in fields}
        elif request["kind"] == "json":
            kwargs["json"] = dict(fields)
        elif request["kind"] == "text":
            kwargs["content"], kwargs["headers"] = (
                "&".join(f"{k}={v}" for k, v in fields),
                {"content-type": "text/plain"},
            )
    return TestClient.request(client, request["method"], request["path"], **kwargs)


@pytest.mark.parametrize("route", PORTAL_ROUTES, ids=[f"{m} {p}" for m, p in PORTAL_ROUTES])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_portal_route_answers_without_a_server_error_and_a_refusal_changes_nothing(
    world: World, route: tuple[str, str], data: st.DataObject
) -> None:
    store, client, cookies, values = world
    requests, people = _request(values, route), st.sampled_from(sorted(cookies))
    for _ in range(3):  # a few requests in a row: a change may precede a refusal
        who = data.draw(people)
        client.cookies.clear()
        client.cookies.set("csrf", CSRF)
        for name, value in cookies[who].items():
            client.cookies.set(name, value, path="/" + name.removesuffix("_session"))
        request = data.draw(requests)
        before = _state(store)
        response = _send(client, request)
        assert response.status_code < 500, (request, response.text[:500])
        if response.status_code >= 400:
            assert _state(store) == before, request
            assert "text/html" in response.headers["content-type"] or "json" in response.headers["content-type"]


JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats() | st.text(max_size=20) | TRICKY,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.__name__ for op in OPERATIONS])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_admin_operation_refuses_bad_fields_with_json_and_changes_nothing(
    world: World, operation: type[Any], data: st.DataObject
) -> None:
    store, client, _, values = world
    names = st.sampled_from([*operation.model_fields, "onbekend"])
    real = st.sampled_from([v for kind in values.values() for v in kind])
    body = data.draw(st.dictionaries(names, JSON_VALUE | real, max_size=6))
    before = _state(store)
    raw = json.dumps(body, allow_nan=True)  # NaN and Infinity too, as some clients send them
    response = client.request(
        operation.method, "/__admin" + operation.path, content=raw, headers={"content-type": "application/json"}
    )
    assert response.status_code < 500, (body, response.text[:500])
    assert response.headers["content-type"].startswith("application/json")
    if response.status_code >= 400:
        assert response.json()["error"], body
        assert _state(store) == before, body
