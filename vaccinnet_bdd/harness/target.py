"""The target file: the portals of an acceptance environment, and the personas that live there.

A target has no admin API: the suite cannot arrange state there, only use what the target file
declares (its organisations, and its personas with their rights) and log those personas in through
CSAM with the key "beveiligingscode via mobiele app". The file names the environment variables
that hold each persona's secrets, never their values. ``examples/acceptatie.toml`` documents every
field; a missing or wrong field stops the run with one Dutch line that names it.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from stdnum.be import bis, nn

ENV = "VACCINNET_BDD_TARGET"
PORTALS = ("csam", "ehealth", "registratie", "progezondheid", "btb", "uman", "vaccinnet")
APP_KEY: Final = "beveiligingscode via mobiele app"  # the only CSAM key the suite can use unattended
ENV_NAME = r"^[A-Z_][A-Z0-9_]*$"


# What a value that does not match its field's pattern should look like, by field.
PATTERNS = {
    "riziv": ": de 8 cijfers van het RIZIV-nummer",
    "naam": ": voornaam en achternaam",
    **{
        field: ": de naam van een omgevingsvariabele (hoofdletters, cijfers, _), nooit het geheim zelf"
        for field in ("gebruikersnaam", "wachtwoord", "totp_geheim")
    },
}


class TargetError(Exception):
    """A target file the suite cannot use; the message is one Dutch line naming the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Portals(_Strict):
    """Each portal's address: a full URL, or a path under ``base_url`` (``--base-url`` overrides it)."""

    base_url: str | None = None
    csam: str = "/csam"
    ehealth: str = "/ehealth"
    registratie: str = "/registratie"
    progezondheid: str = "/progezondheid"
    btb: str = "/btb"
    uman: str = "/uman"
    vaccinnet: str = "/vaccinnet"

    def address(self, portal: str, base_url: str | None = None) -> str:
        """The portal's address, without a trailing slash."""
        value: str = getattr(self, portal)
        if re.match(r"^https?://", value):
            return value.rstrip("/")
        base = base_url or self.base_url
        if not base:
            raise TargetError(f"portalen.{portal}: een pad ({value}) vraagt portalen.base_url of --base-url")
        return base.rstrip("/") + "/" + value.strip("/")


class Organisation(_Strict):
    naam: Annotated[str, Field(min_length=1)]
    soort: Annotated[str, Field(min_length=1)]  # as a feature writes it: "wachtpost", "apotheek", ...
    riziv: Annotated[str, Field(pattern=r"^\d{8}$")]  # the 8 digits of the RIZIV entity
    vertegenwoordiger: str | None = None  # a persona's name
    hoofdtoegangsbeheerder: str | None = None  # a persona's name


class Membership(_Strict):
    """What UMAN lists for the persona in one organisation."""

    organisatie: str
    type: str  # as UMAN shows it: "LB", "Co-LB", "USER"
    status: str  # as UMAN shows it: "Actief", "Geblokkeerd"
    toepassingen: list[str] = []  # as UMAN names them


class Persona(_Strict):
    naam: Annotated[str, Field(pattern=r"^\S+ \S.*$")]  # first and last name, as scenarios use it
    insz: str
    email: str | None = None  # the address UMAN shows for the persona
    sleutel: Literal["beveiligingscode via mobiele app"] = APP_KEY
    gebruikersnaam: Annotated[str, Field(pattern=ENV_NAME)]  # names of environment variables
    wachtwoord: Annotated[str, Field(pattern=ENV_NAME)]
    totp_geheim: Annotated[str, Field(pattern=ENV_NAME)]
    lid: list[Membership] = []

    @model_validator(mode="after")
    def _insz(self) -> Persona:
        number = re.sub(r"\D", "", self.insz)
        if not (nn.is_valid(number) or bis.is_valid(number)):
            raise _At("insz", "geen geldig INSZ of BIS-nummer")
        if self.lid and not self.email:
            raise _At("email", "ontbreekt: UMAN toont het e-mailadres van elk lid (ook om een lid terug te zetten)")
        return self

    def secrets(self) -> tuple[str, str, str]:
        """User name, password and TOTP secret, read from their environment variables now."""
        values = []
        for field in ("gebruikersnaam", "wachtwoord", "totp_geheim"):
            name = getattr(self, field)
            if not os.environ.get(name):
                raise TargetError(f"persona {self.naam!r}, {field}: de omgevingsvariabele {name} is niet gezet")
            values.append(os.environ[name])
        return values[0], values[1], values[2]


class Target(_Strict):
    naam: Annotated[str, Field(min_length=1)]  # the environment, as the report names it
    portalen: Portals = Portals()
    organisatie: list[Organisation] = []
    persona: list[Persona] = []

    @model_validator(mode="after")
    def _references(self) -> Target:
        names = {p.naam for p in self.persona}
        orgs = {o.naam for o in self.organisatie}
        for i, org in enumerate(self.organisatie):
            for field in ("vertegenwoordiger", "hoofdtoegangsbeheerder"):
                value = getattr(org, field)
                if value is not None and value not in names:
                    raise _At(f"organisatie[{i + 1}].{field}", f"{value!r} is geen persona van dit doel")
        for i, persona in enumerate(self.persona):
            for j, member in enumerate(persona.lid):
                if member.organisatie not in orgs:
                    where = f"persona[{i + 1}].lid[{j + 1}].organisatie"
                    raise _At(where, f"{member.organisatie!r} staat niet onder [[organisatie]]")
        return self

    def persona_named(self, name: str) -> Persona | None:
        return next((p for p in self.persona if p.naam == name), None)

    def organisation_named(self, name: str) -> Organisation | None:
        return next((o for o in self.organisatie if o.naam == name), None)


class _At(ValueError):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")


def load(path: Path) -> Target:
    """The target file at ``path``; TargetError (one Dutch line naming the field) when it is not usable."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise TargetError(f"doelbestand {path}: niet te lezen ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise TargetError(f"doelbestand {path}: geen geldige TOML ({error})") from None
    try:
        return Target.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = _field(first["loc"])
        message = str(first["msg"]).removeprefix("Value error, ")
        inner = re.match(r"^([\w\[\].]+): (.*)$", message)
        if first["type"] == "value_error" and inner:  # a check of ours names its field itself
            where, message = ".".join(p for p in (where, inner.group(1)) if p), inner.group(2)
        elif first["type"] == "missing":
            message = "ontbreekt"
        elif first["type"] == "extra_forbidden":
            message = "onbekend veld"
        elif first["type"] == "string_pattern_mismatch":
            message = f"ongeldige waarde {first['input']!r}" + PATTERNS.get(str(first["loc"][-1]), "")
        elif first["type"] == "literal_error":
            message = f"ongeldige waarde {first['input']!r}, enkel {APP_KEY!r}"
        return _raise(path, f"{where}: {message}" if where else message)


def _field(location: tuple[int | str, ...]) -> str:
    """pydantic's location as the file's own words: persona[2].lid[1].type (counting from 1)."""
    out = ""
    for part in location:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        elif part not in ("function-after[_references(), Target]",):
            out += ("." if out else "") + part
    return out


def _raise(path: Path, message: str) -> Target:
    raise TargetError(f"doelbestand {path}: {message}")


def from_option(value: str | None) -> Path | None:
    """The target file of ``--target``, else of $VACCINNET_BDD_TARGET; None: the embedded mock."""
    chosen = value or os.environ.get(ENV)
    return Path(chosen) if chosen else None
