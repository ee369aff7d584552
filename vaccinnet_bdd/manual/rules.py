"""The rule inventory: the manual's rules the suite proves and the assumptions of the practice world,
in the project's own words (``features/regels.toml``). A scenario names the rules it proves with a
tag ``@regel-<id>``; a testable rule needs at least one such scenario.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .outline import BY_TAG
from .outline import TAG_PREFIX as SECTION_PREFIX

INVENTORY = "regels.toml"  # in the features folder
TAG_PREFIX = "regel-"


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = ""
    sectie: str = Field(pattern=r"^\d+(\.\d+)*$")
    regel: str = Field(min_length=10)
    toetsbaar: bool
    aanname: bool = False
    waarom: str | None = None  # why a rule is not testable

    @property
    def tag(self) -> str:
        return TAG_PREFIX + self.id


class InventoryError(Exception):
    """The inventory file is not as it should be; the message names the rule and the field, in Dutch."""


def load(features: Path) -> dict[str, Rule]:
    """The inventory of ``features`` (no file: no rules), by id in the file's order."""
    path = features / INVENTORY
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise InventoryError(f"{path}: geen geldige TOML: {error}") from None
    rules = {}
    for id, fields in data.items():
        try:
            rule = Rule.model_validate({**fields, "id": id} if isinstance(fields, dict) else fields)
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "?"
            raise InventoryError(f"{path}: regel {id}, veld {field}: {first['msg']}") from None
        if SECTION_PREFIX + rule.sectie not in BY_TAG:
            raise InventoryError(f"{path}: regel {id}, veld sectie: de handleiding heeft geen sectie {rule.sectie}")
        if not rule.toetsbaar and not rule.waarom:
            raise InventoryError(f"{path}: regel {id} is niet toetsbaar: zeg in 'waarom' waarom niet")
        rules[id] = rule
    return rules


def rule_ids(tags: set[str] | frozenset[str]) -> list[str]:
    """The ids of the rules among a scenario's tags (without the '@')."""
    return sorted(tag.removeprefix(TAG_PREFIX) for tag in tags if tag.startswith(TAG_PREFIX))
