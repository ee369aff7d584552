"""How Gegeven steps arrange state in the mock: one interface, two ways to reach the mock.

Both take the mock's own arrange operations (``mock_portals.arrange``: one class per operation,
its fields and types) and answer the operation's typed result. ``InProcessArranger`` applies them
to the embedded mock's store, on the server's event loop, without HTTP; ``HttpArranger`` sends
them to the admin API of a mock started elsewhere. A refusal fails the step with the mock's own
explanation.
"""

from __future__ import annotations

from typing import Protocol, TypeVar, cast

import httpx2 as httpx
from pydantic import BaseModel

from mock_portals.arrange import Operation
from mock_portals.domain.errors import Refused
from mock_portals.texts import Catalogue
from vaccinnet_bdd.harness.server import EmbeddedMock

R = TypeVar("R", bound=BaseModel)


class ArrangeRefused(AssertionError):
    """The mock refused to arrange what a Gegeven step asked for."""


class Arranger(Protocol):
    def run(self, operation: Operation[R]) -> R: ...


class InProcessArranger:
    """The embedded mock's store, changed between two of its requests."""

    def __init__(self, mock: EmbeddedMock) -> None:
        self.mock = mock
        self.texts = Catalogue()

    def run(self, operation: Operation[R]) -> R:
        try:
            return self.mock.call(lambda: operation.apply(self.mock.store))
        except Refused as refused:
            raise ArrangeRefused(f"de mock weigerde {operation!r}: {self.texts.message('nl', refused)}") from None


class HttpArranger:
    """The admin API of a mock started elsewhere."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url + "/__admin", timeout=10)

    def run(self, operation: Operation[R]) -> R:
        body = None if operation.method == "GET" else operation.model_dump_json(exclude_unset=True)
        response = self.http.request(
            operation.method, operation.path, content=body, headers={"Content-Type": "application/json"}
        )
        if response.status_code != 200:
            raise ArrangeRefused(f"de mock weigerde {operation!r}: {response.text}")
        return cast(R, operation.result.model_validate(response.json()))

    def close(self) -> None:
        self.http.close()


__all__ = ["ArrangeRefused", "Arranger", "HttpArranger", "InProcessArranger"]
