"""Refusals: typed errors with a code, the field at fault and parameters.

The portal layer shows ``error.<code>`` of the catalogue, filled in with ``params``, next to the
form field that corresponds to ``field`` (or on the page when ``field`` is None). The class says
which HTTP status a refusal deserves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar


class Refused(Exception):
    """A request the rules refuse (400)."""

    status: ClassVar[int] = 400

    def __init__(self, code: str, field: str | None = None, params: Mapping[str, object] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.field = field
        self.params: dict[str, object] = dict(params or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, field={self.field!r}, params={self.params!r})"


class Unauthenticated(Refused):
    """A login code or session that cannot be used (401)."""

    status = 401


class Forbidden(Refused):
    """Someone acting on what is not theirs (403)."""

    status = 403


class Conflict(Refused):
    """A request that the current state makes pointless (409)."""

    status = 409


class Refusals(Refused):
    """Several refusals at once, at most one per field: a form with a message next to each field."""

    def __init__(self, refusals: Iterable[Refused]) -> None:
        self.refusals = {r.field or "": r for r in refusals}
        super().__init__("form.invalid")

    @property
    def fields(self) -> set[str]:
        return set(self.refusals)


def refuse_any(*found: Refused | None) -> None:
    """Raise the refusals among ``found`` together, if there are any."""
    refusals = [r for r in found if r is not None]
    if refusals:
        raise Refusals(refusals)
