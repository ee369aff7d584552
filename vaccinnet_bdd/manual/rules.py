"""The rule inventory: the manual's rules the suite proves and the assumptions of the practice world,
in the project's own words (``features/regels.toml``). A scenario names the rules it proves with a
tag ``@regel-<id>``; a testable rule needs at least one such scenario.

Beside what a rule forbids, a rule names its consequences (``gevolg``: what shows where, in which
portal, page and for whom) and its permissions (``toelating``: whom the rule lets through). Each
has an id within its rule (G1, G2, ... and T1, T2, ...) and is proven by a scenario tagged
``@regel-<rule>-<id>``, or says in ``waarom`` why no scenario can. ``weigert`` lists the refusal
codes of the practice world that stand for the rule. The refusals that are no rule of the manual
stand apart, each with the test that fails when it is broken: ``[beveiliging]`` (a security
property) and ``[opbouw]`` (the practice world's own consistency, met only by whoever builds it).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .outline import BY_TAG
from .outline import TAG_PREFIX as SECTION_PREFIX

INVENTORY = "regels.toml"  # in the features folder
TAG_PREFIX = "regel-"


APART = ("beveiliging", "opbouw")  # the inventory's tables of refusals that are no rule


class Consequence(BaseModel):
    """What a rule makes show, and where: portal, page, for whom."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^G\d+$")
    waar: str = Field(min_length=5)
    wat: str = Field(min_length=10)
    waarom: str | None = None  # why no scenario proves it


class Permission(BaseModel):
    """Whom a rule lets through, and to what."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^T\d+$")
    wie: str = Field(min_length=5)
    wat: str = Field(min_length=10)
    waarom: str | None = None


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = ""
    sectie: str = Field(pattern=r"^\d+(\.\d+)*$")
    regel: str = Field(min_length=10)
    toetsbaar: bool
    aanname: bool = False
    waarom: str | None = None  # why a rule is not testable
    gevolg: tuple[Consequence, ...] = ()
    toelating: tuple[Permission, ...] = ()
    weigert: tuple[str, ...] = ()  # refusal codes of the practice world that stand for this rule

    @property
    def tag(self) -> str:
        return TAG_PREFIX + self.id

    @property
    def parts(self) -> tuple[Consequence | Permission, ...]:
        return (*self.gevolg, *self.toelating)

    def part_tag(self, part: Consequence | Permission) -> str:
        return f"{self.tag}-{part.id}"


class Apart(BaseModel):
    """A refusal that no rule of the manual names: what it keeps, and the test that fails without it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    eigenschap: str = Field(min_length=10)
    test: str = Field(pattern=r"^tests/test_\w+\.py::test_\w+$")


class InventoryError(Exception):
    """The inventory file is not as it should be; the message names the rule and the field, in Dutch."""


def _read(features: Path) -> tuple[Path, dict[str, object]]:
    path = features / INVENTORY
    if not path.is_file():
        return path, {}
    try:
        return path, tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise InventoryError(f"{path}: geen geldige TOML: {error}") from None


def _where(error: ValidationError) -> tuple[str, str]:
    first = error.errors()[0]
    return ".".join(str(p) for p in first["loc"]) or "?", first["msg"]


def load(features: Path) -> dict[str, Rule]:
    """The inventory of ``features`` (no file: no rules), by id in the file's order."""
    path, data = _read(features)
    rules = {}
    for id, fields in data.items():
        if id in APART:
            continue
        try:
            rule = Rule.model_validate({**fields, "id": id} if isinstance(fields, dict) else fields)
        except ValidationError as error:
            field, message = _where(error)
            raise InventoryError(f"{path}: regel {id}, veld {field}: {message}") from None
        if SECTION_PREFIX + rule.sectie not in BY_TAG:
            raise InventoryError(f"{path}: regel {id}, veld sectie: de handleiding heeft geen sectie {rule.sectie}")
        if not rule.toetsbaar and not rule.waarom:
            raise InventoryError(f"{path}: regel {id} is niet toetsbaar: zeg in 'waarom' waarom niet")
        ids = [part.id for part in rule.parts]
        if twice := sorted({i for i in ids if ids.count(i) > 1}):
            raise InventoryError(f"{path}: regel {id}: {', '.join(twice)} staat er meer dan eens")
        rules[id] = rule
    return rules


def apart(features: Path) -> dict[str, tuple[str, Apart]]:
    """The refusals that stand apart from the rules, by code: their table and what it says."""
    path, data = _read(features)
    found: dict[str, tuple[str, Apart]] = {}
    for name in APART:
        table = data.get(name, {})
        if not isinstance(table, dict):
            raise InventoryError(f"{path}: [{name}] is een tabel met per weigeringscode een eigenschap en een test")
        for code, fields in table.items():
            try:
                found[code] = (name, Apart.model_validate(fields))
            except ValidationError as error:
                field, message = _where(error)
                raise InventoryError(f"{path}: {name}.{code}, veld {field}: {message}") from None
    return found


def split_tag(tag: str) -> tuple[str, str | None] | None:
    """A rule tag (without the '@') as (rule, part): 'regel-R23' -> ('R23', None), 'regel-R23-G1' ->
    ('R23', 'G1'); None for any other tag."""
    if not tag.startswith(TAG_PREFIX):
        return None
    rule, _, part = tag.removeprefix(TAG_PREFIX).partition("-")
    return rule, part or None


def known_tags(rules: dict[str, Rule]) -> set[str]:
    """Every tag (without the '@') that names a rule, or a consequence or permission of one."""
    return {tag for rule in rules.values() for tag in (rule.tag, *(rule.part_tag(p) for p in rule.parts))}


def rule_ids(tags: set[str] | frozenset[str]) -> list[str]:
    """The ids of the rules among a scenario's tags (without the '@'), a consequence's or a
    permission's tag counting for its rule."""
    return sorted({found[0] for tag in tags if (found := split_tag(tag))})
