"""Nothing lost in the practice environment: ``serve --state FILE`` and "Begin opnieuw"."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx2 as httpx
import pytest

from mock_portals.app import create_app
from mock_portals.domain.managers import ManagerDomain, ManagerRole
from mock_portals.domain.memberships import Application, Status
from mock_portals.persistence import DamagedState, load, save, snapshot
from mock_portals.practice import populate
from mock_portals.store import Store

from .conftest import Browser


def _changed_world() -> Store:
    store = Store(seed=9)
    populate(store)
    org = store.organisations.all()[0]
    ann = store.persons.add("Ann", "Claes", profession="arts")
    store.memberships.add(org.riziv, ann.insz, applications=[Application.VACCINNET_REGISTRATION])
    member = store.memberships.get(org.riziv, ann.insz)
    assert member is not None
    store.memberships.change(member, status=Status.BLOCKED)
    lies = store.persons.add("Lies", "Bos")
    store.managers.appoint(org.htb or "", org.riziv, lies.insz, ManagerRole.CO_HTB, ManagerDomain.EHEALTH, "l@x.be")
    store.organisations.change(org.riziv, may_order=False)
    store.advance_clock(3600)
    return store


def test_a_saved_world_comes_back_as_it_was(tmp_path: Path) -> None:
    store = _changed_world()
    path = tmp_path / "wereld.json"
    save(store, path)
    assert [p.name for p in tmp_path.iterdir()] == ["wereld.json"]  # written through a temporary file, replaced
    again = load(path, seed=1)
    assert snapshot(again) == snapshot(store)
    assert again.managers.of(store.organisations.all()[0].riziv)[0].role == ManagerRole.CO_HTB


@pytest.mark.parametrize(
    "content",
    ["{niet json", "[]", '{"versie": 99}', '{"versie": 1, "seed": 1}', '{"versie": 1, "seed": 1, "clock_offset": 0, '
     '"persons": [{"insz": "1"}], "organisations": [], "memberships": [], "managers": []}'],
)  # fmt: skip
def test_a_damaged_file_is_refused_as_a_whole(tmp_path: Path, content: str) -> None:
    path = tmp_path / "wereld.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DamagedState) as refused:
        load(path, seed=1)
    assert refused.value.path == path and refused.value.problem


def _serve(*args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "vaccinnet_bdd", "serve", "--port", "0", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@contextmanager
def _serving(*args: str) -> Iterator[str]:
    server = _serve(*args)
    assert server.stdout is not None
    try:
        yield server.stdout.readline().split()[2].rstrip("/")  # printed once it listens
    finally:
        server.terminate()
        server.wait(timeout=10)
        for stream in (server.stdout, server.stderr):
            if stream is not None:
                stream.close()


def test_serve_keeps_the_world_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "wereld.json"
    with _serving("--state", str(path)) as url:
        added = httpx.post(url + "/__admin/persons", json={"first_name": "Blijf", "last_name": "Bestaan"})
        assert added.status_code == 200
    assert "Bestaan" in path.read_text(encoding="utf-8")
    with _serving("--state", str(path)) as url:
        names = [p["last_name"] for p in httpx.get(url + "/__admin/state").json()["persons"]]
        assert "Bestaan" in names


def test_serve_refuses_a_damaged_state_file_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "wereld.json"
    path.write_text("{kapot", encoding="utf-8")
    server = _serve("--state", str(path))
    out, err = server.communicate(timeout=60)
    assert server.returncode == 2 and out == ""
    assert "kan niet gelezen worden als oefenwereld" in err and "Traceback" not in err
    assert path.read_text(encoding="utf-8") == "{kapot"  # left as it was, for the trainer to look at


def test_begin_opnieuw_asks_first_then_rebuilds_the_seeded_world() -> None:
    store = _changed_world()
    seeded = Store(seed=9)
    populate(seeded)
    client = Browser(create_app(store, practice_world=True))
    before = snapshot(store)
    asked = client.post("/opnieuw", data={})
    assert asked.status_code == 200 and "Ja, begin opnieuw" in asked.text and 'role="alert"' in asked.text
    assert snapshot(store) == before  # nothing happens without the confirmation
    done = client.post("/opnieuw", data={"bevestigd": "ja"})
    assert done.status_code == 200 and "De oefenwereld werd opnieuw opgebouwd." in done.text
    assert _without_times(snapshot(store)) == _without_times(snapshot(seeded))


def _without_times(world: dict[str, object]) -> str:
    """The world, without the moments things were made (the clock runs between two worlds)."""
    text = json.dumps(world, sort_keys=True)
    return re.sub(r'"(created|modified)": [0-9.e+null]+', "", text)
