"""Organisation types for the test side, which names them in Dutch (steps/harness/world.py).

Kept until the test side arranges with codes; the types themselves are :mod:`mock_portals.domain.orgtypes`.
"""

from __future__ import annotations

from functools import cache

from .domain.orgtypes import BY_KEY, ORG_TYPES, OrgType, OrgTypeKey
from .texts import Catalogue


def org_type(key_or_name: str) -> OrgType:
    """A type by its key ("wachtpost") or by its Dutch name ("Groepering van huisartsen op ..."),
    case-insensitive."""
    code = key_or_name if key_or_name in set(OrgTypeKey) else _dutch().code_of(OrgTypeKey, key_or_name)
    if code is None:
        raise KeyError(f"unknown organisation type {key_or_name!r}")
    return BY_KEY[OrgTypeKey(code)]


@cache
def _dutch() -> Catalogue:
    return Catalogue()


__all__ = ["ORG_TYPES", "OrgType", "org_type"]
