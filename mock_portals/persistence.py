"""The practice world on disk, for ``vaccinnet-bdd serve --state FILE``: what trainers built survives
a restart. The file is written atomically after each change; a damaged file is refused with a clear
message instead of starting an empty world. Sessions are not kept: after a restart everyone logs in again.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .domain.credentials import Credential
from .domain.managers import Manager, ManagerDomain, ManagerRole
from .domain.memberships import Application, Membership, MemberType, Status
from .domain.organisations import Organisation
from .domain.orgtypes import OrgTypeKey, ProGezondheidRole
from .domain.persons import Language, Person, Profession
from .store import Store

VERSION = 1


class DamagedState(Exception):
    """A state file that cannot be read back as a whole: which file, and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def snapshot(store: Store) -> dict[str, Any]:
    return {
        "versie": VERSION,
        "seed": store.seed,
        "clock_offset": store.clock_offset,
        "persons": [asdict(p) for p in store.persons.all()],
        "organisations": [asdict(o) for o in store.organisations.all()],
        "memberships": [asdict(m) for m in store.memberships.all()],
        "managers": [asdict(m) for m in store.managers.all()],
        # Without the window of the last code used: that is bookkeeping of logins, like sessions.
        "credentials": [
            {
                "insz": c.insz,
                "username": c.username,
                "salt": c.salt.hex(),
                "hash": c.password_hash.hex(),
                "secret": c.secret,
            }
            for c in store.credentials.by_username.values()
        ],
    }


def save(store: Store, path: Path) -> None:
    """Write the world to ``path`` atomically: a reader sees the old file or the new one, never half."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as out:
        json.dump(snapshot(store), out, ensure_ascii=False)
        out.flush()
        os.fsync(out.fileno())
    os.replace(out.name, path)


def _optional(kind: Any, value: Any) -> Any:
    return None if value is None else kind(value)


def _restore(store: Store, data: dict[str, Any]) -> None:
    store.reset(int(data["seed"]))
    store.clock_offset = float(data["clock_offset"])
    for p in data["persons"]:
        fields = p | {"language": Language(p["language"]), "profession": _optional(Profession, p["profession"])}
        store.persons.by_insz[p["insz"]] = Person(**fields)
    for o in data["organisations"]:
        role = _optional(ProGezondheidRole, o["legal_rep_role"])
        store.organisations.by_riziv[o["riziv"]] = Organisation(
            **o | {"type": OrgTypeKey(o["type"]), "legal_rep_role": role}
        )
    for m in data["memberships"]:
        kinds = {"type": MemberType(m["type"]), "status": Status(m["status"])}
        apps = tuple(Application(a) for a in m["applications"])
        store.memberships.restore(Membership(**m | kinds | {"applications": apps}))
    for m in data["managers"]:
        store.managers.restore(Manager(**m | {"role": ManagerRole(m["role"]), "domain": ManagerDomain(m["domain"])}))
    for c in data.get("credentials", []):  # a world saved before the key existed has none
        salt, hashed = bytes.fromhex(c["salt"]), bytes.fromhex(c["hash"])
        store.credentials.by_username[c["username"]] = Credential(c["insz"], c["username"], salt, hashed, c["secret"])


def load(path: Path, seed: int) -> Store:
    """The world saved in ``path``; DamagedState when it cannot be read back as a whole."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("versie") != VERSION:
            raise ValueError(f"not a practice world of version {VERSION}")
        store = Store(seed)
        _restore(store, data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as problem:
        raise DamagedState(path, f"{type(problem).__name__}: {problem}") from None
    return store
