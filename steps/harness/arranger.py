"""How Gegeven steps arrange state in the mock: the Arranger interface.

``HttpArranger`` talks to the mock's admin API (``/__admin/``), which is how a mock started
elsewhere is arranged. Every call returns typed records; a refusal fails the step with the mock's
own explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import httpx2 as httpx


@dataclass(frozen=True)
class PersonRecord:
    first_name: str
    last_name: str
    insz: str
    email: str
    riziv: str | None


@dataclass(frozen=True)
class OrganisationRecord:
    name: str
    riziv: str


@dataclass(frozen=True)
class Cookie:
    """A portal's session cookie, as a browser context takes it."""

    name: str
    value: str
    path: str


class Arranger(Protocol):
    def reset(self, seed: int) -> None: ...

    def add_person(
        self,
        first_name: str | None = None,
        last_name: str | None = None,
        *,
        insz: str | None = None,
        profession: str | None = None,
    ) -> PersonRecord: ...

    def add_organisation(self, kind: str, name: str, **roles: str | None) -> OrganisationRecord: ...

    def update_organisation(self, riziv: str, **changes: Any) -> None: ...

    def add_membership(
        self, org: str, insz: str, *, type: str = "USER", status: str = "Actief", applications: list[str] | None = None
    ) -> None: ...

    def remove_membership(self, org: str, insz: str) -> None: ...

    def set_status(self, org: str, insz: str, status: str) -> None: ...

    def add_manager(self, org: str, insz: str, role: str, domain: str, email: str) -> None: ...

    def session(self, portal: str, insz: str) -> Cookie: ...


class ArrangeRefused(AssertionError):
    """The mock refused to arrange what a Gegeven step asked for."""


class HttpArranger:
    """The admin API of a mock, in this process or elsewhere."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url + "/__admin", timeout=10)

    def _call(self, method: str, path: str, **body: Any) -> dict[str, Any]:
        response = self.http.request(method, path, json={k: v for k, v in body.items() if v is not None})
        if response.status_code != 200:
            raise ArrangeRefused(f"de mock weigerde {method} {path} {body}: {response.text}")
        result: dict[str, Any] = response.json()
        return result

    def reset(self, seed: int) -> None:
        self._call("POST", "/reset", seed=seed)

    def add_person(
        self,
        first_name: str | None = None,
        last_name: str | None = None,
        *,
        insz: str | None = None,
        profession: str | None = None,
    ) -> PersonRecord:
        found = self._call(
            "POST", "/persons", first_name=first_name, last_name=last_name, insz=insz, profession=profession
        )
        return PersonRecord(found["first_name"], found["last_name"], found["insz"], found["email"], found["riziv"])

    def add_organisation(self, kind: str, name: str, **roles: str | None) -> OrganisationRecord:
        found = self._call("POST", "/organisations", type_key=kind, name=name, **roles)
        return OrganisationRecord(found["name"], found["riziv"])

    def update_organisation(self, riziv: str, **changes: Any) -> None:
        self._call("PATCH", f"/organisations/{riziv}", **changes)

    def add_membership(
        self, org: str, insz: str, *, type: str = "USER", status: str = "Actief", applications: list[str] | None = None
    ) -> None:
        self._call("POST", "/memberships", org=org, insz=insz, type=type, status=status, applications=applications)

    def remove_membership(self, org: str, insz: str) -> None:
        self._call("DELETE", "/memberships", org=org, insz=insz)

    def set_status(self, org: str, insz: str, status: str) -> None:
        self._call("PATCH", "/memberships", org=org, insz=insz, status=status)

    def add_manager(self, org: str, insz: str, role: str, domain: str, email: str) -> None:
        self._call("POST", "/managers", org=org, insz=insz, role=role, domain=domain, email=email)

    def session(self, portal: str, insz: str) -> Cookie:
        found = self._call("POST", "/sessions", portal=portal, insz=insz)
        return Cookie(found["name"], found["value"], found["path"])

    def close(self) -> None:
        self.http.close()
