"""The target file: the portals of an acceptance environment, its organisations and its accounts.

A target has no admin API: what the suite knows of it is what the target file declares (its
organisations, and the accounts of real staff with their rights), under their own names; the
scenarios' people and organisations are parts that those accounts and organisations play
(``harness.casting``). Accounts log in through CSAM with the key "beveiligingscode via mobiele
app". The file names the environment variables that hold each account's secrets, never their values.
``examples/acceptatie.toml`` documents every field; a missing or wrong field stops the run with one
Dutch line that names it.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import tomllib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, model_validator
from stdnum.be import bis, nn

ENV = "VACCINNET_BDD_TARGET"
PORTALS = ("csam", "ehealth", "registratie", "progezondheid", "btb", "uman", "vaccinnet")
APP_KEY: Final = "beveiligingscode via mobiele app"  # the only CSAM key the suite can use unattended
ENV_NAME = r"^[A-Z_][A-Z0-9_]*$"
MANAGER_IN_UMAN = "type in UMAN van toegangsbeheerder"  # the library's codes: "<rol> voor <domein>" -> type
SECRETS = ("gebruikersnaam", "wachtwoord", "totp_geheim")  # fields that name environment variables
URL = r"https?://[^\s/]+(/\S*)?"
ADDRESS = rf"^({URL}|/\S*)$"  # a full URL, or a path under base_url
# The words a target file may use, by the vocabulary of the step library (its codes): a kind of
# organisation, a member's type and status, a secured application. None: not checked.
Vocabulary = Mapping[str, Collection[str]]


def add_arguments(parser: argparse.ArgumentParser, what: str) -> None:
    """A command's --target (also $VACCINNET_BDD_TARGET) and --base-url; ``what`` it does on a target."""
    parser.add_argument("--target", type=Path, default=os.environ.get(ENV), help=f"a target file: {what} (also ${ENV})")
    parser.add_argument("--base-url", default=None, help="overrides the target file's portalen.base_url")


class TargetError(Exception):
    """A target file the suite cannot use; the message is one Dutch line naming the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _known(what: str) -> AfterValidator:
    """A word of the step library's vocabulary ``what`` (given as the validation's context)."""

    def check(value: str, info: ValidationInfo) -> str:
        words = (info.context or {}).get(what)
        if words is not None and value not in words:
            raise ValueError(f"{value!r} is onbekend; toegestaan: {', '.join(words)}")
        return value

    return AfterValidator(check)


def _environment_variable(name: str) -> str:
    """The name of an environment variable, not a TOTP secret written in its place (base32, as long
    as a secret, without the _ of a variable's name): said without repeating it."""
    if "_" not in name and len(name) >= 16 and re.fullmatch(r"[A-Z2-7]+", name):
        raise ValueError("dit lijkt het geheim zelf: schrijf de naam van een omgevingsvariabele, nooit het geheim")
    return name


Address = Annotated[str, Field(pattern=ADDRESS)]
Secret = Annotated[str, Field(pattern=ENV_NAME), AfterValidator(_environment_variable)]


class Portals(_Strict):
    """Each portal's address: a full URL, or a path under ``base_url`` (``--base-url`` overrides it)."""

    base_url: Annotated[str, Field(pattern=rf"^{URL}$")] | None = None
    csam: Address = "/csam"
    ehealth: Address = "/ehealth"
    registratie: Address = "/registratie"
    progezondheid: Address = "/progezondheid"
    btb: Address = "/btb"
    uman: Address = "/uman"
    vaccinnet: Address = "/vaccinnet"

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
    naam: Annotated[str, Field(min_length=1)]  # as the portals show it
    soort: Annotated[str, Field(min_length=1), _known("soort")]  # as a feature writes it: "wachtpost", "apotheek", ...
    riziv: Annotated[str, Field(pattern=r"^\d{8}$")]  # the 8 digits of the RIZIV entity
    vertegenwoordiger: str | None = None  # an account's name
    vertegenwoordiger_rol: Annotated[str, _known("rol in ProGezondheid")] | None = None  # as ProGezondheid shows it
    hoofdtoegangsbeheerder: str | None = None  # an account's name
    mag_bestellen: bool = True  # whether it may order vaccines ("Vaccinnet Bestel- en voorraadbeheer")


class Membership(_Strict):
    """What UMAN lists for the account in one organisation."""

    organisatie: str
    type: Annotated[str, _known("type")]  # as UMAN shows it: LB, Co-LB, USER
    status: Annotated[str, _known("status")]  # as UMAN shows it
    toepassingen: list[Annotated[str, _known("beveiligde toepassing")]] = []  # as UMAN names them


class Account(_Strict):
    naam: Annotated[str, Field(pattern=r"^\S+ \S.*$")]  # first and last name, as the portals show them
    insz: str
    email: str | None = None  # the address UMAN shows for the account
    beroep: Annotated[str, _known("beroep")] | None = None  # an individual care provider: arts, apotheker, ...
    riziv: Annotated[str, Field(pattern=r"^\d{11}$")] | None = None  # a care provider's own RIZIV number
    sleutel: Literal["beveiligingscode via mobiele app"] = APP_KEY
    gebruikersnaam: Secret  # names of environment variables, never the secrets themselves
    wachtwoord: Secret
    totp_geheim: Secret
    lid: list[Membership] = []

    @model_validator(mode="after")
    def _insz(self) -> Account:
        number = re.sub(r"\D", "", self.insz)
        if not (nn.is_valid(number) or bis.is_valid(number)):
            raise _At("insz", "geen geldig INSZ of BIS-nummer")
        if self.lid and not self.email:
            raise _At("email", "ontbreekt: UMAN toont het e-mailadres van elk lid (ook om een lid terug te zetten)")
        return self

    def secrets(self) -> tuple[str, str, str]:
        """User name, password and TOTP secret, read from their environment variables now."""
        values = []
        for field in SECRETS:
            name = getattr(self, field)
            if not os.environ.get(name):
                # A name without _ may be a secret written in its place: it is not repeated then.
                said = name if "_" in name else "die het doelbestand noemt (staat daar het geheim zelf?)"
                raise TargetError(f"account {self.naam!r}, {field}: de omgevingsvariabele {said} is niet gezet")
            values.append(os.environ[name])
        return values[0], values[1], values[2]


class Target(_Strict):
    naam: Annotated[str, Field(min_length=1)]  # the environment, as the report names it
    portalen: Portals = Portals()
    organisatie: list[Organisation] = []
    account: list[Account] = []

    @model_validator(mode="after")
    def _references(self) -> Target:
        for what, named in (
            ("account", [p.naam for p in self.account]),
            ("organisatie", [o.naam for o in self.organisatie]),
        ):
            for i, name in enumerate(named):
                if name in named[:i]:
                    raise _At(f"{what}[{i + 1}].naam", f"{name!r} staat er al, als {what}[{named.index(name) + 1}]")
        names = {p.naam for p in self.account}
        orgs = {o.naam for o in self.organisatie}
        for i, org in enumerate(self.organisatie):
            for field in ("vertegenwoordiger", "hoofdtoegangsbeheerder"):
                value = getattr(org, field)
                if value is not None and value not in names:
                    raise _At(f"organisatie[{i + 1}].{field}", f"{value!r} is geen account van dit doel")
        for i, account in enumerate(self.account):
            for j, member in enumerate(account.lid):
                if member.organisatie not in orgs:
                    where = f"account[{i + 1}].lid[{j + 1}].organisatie"
                    raise _At(where, f"{member.organisatie!r} staat niet onder [[organisatie]]")
        return self

    def account_named(self, name: str) -> Account | None:
        return next((p for p in self.account if p.naam == name), None)

    def organisation_named(self, name: str) -> Organisation | None:
        return next((o for o in self.organisatie if o.naam == name), None)


class _At(ValueError):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")


def load(path: Path, vocabulary: Vocabulary | None = None) -> Target:
    """The target file at ``path``; TargetError (one Dutch line naming the field) when it is not usable.
    With the step library's ``vocabulary``, its kinds, types, statuses and applications are checked."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise TargetError(f"doelbestand {path}: niet te lezen ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise TargetError(f"doelbestand {path}: geen geldige TOML ({error})") from None
    if "persona" in data:  # the name of a target file's accounts before they were cast onto
        return _raise(path, "[[persona]] heet nu [[account]]: de accounts van de omgeving, onder hun eigen naam")
    try:
        return Target.model_validate(data, context=dict(vocabulary or {}))
    except ValidationError as error:
        errors = error.errors()
        shown, meant = errors[0], ""
        for extra in (e for e in errors if e["type"] == "extra_forbidden"):  # a typo: said before its miss
            place, name = extra["loc"][:-1], str(extra["loc"][-1])
            missing = [str(e["loc"][-1]) for e in errors if e["type"] == "missing" and e["loc"][:-1] == place]
            if close := difflib.get_close_matches(name, missing, 1):
                shown, meant = extra, f"; bedoeld: {close[0]}?"
                break
        where, message = _said(shown)
        message += meant
        return _raise(path, f"{where}: {message}" if where else message)


def ready(path: Path, vocabulary: Vocabulary | None = None, base_url: str | None = None) -> Target:
    """The target file at ``path``, ready for a run: every portal has an address (a path needs a
    base URL) and every account's secrets are set in the environment. Else TargetError, one line."""
    target = load(path, vocabulary)
    try:
        for portal in PORTALS:
            target.portalen.address(portal, base_url)
        for account in target.account:
            account.secrets()
    except TargetError as error:
        return _raise(path, str(error))
    return target


# What pydantic's error types mean in the file's words; any other type is "ongeldige waarde".
MEANINGS = {
    "missing": "ontbreekt",
    "extra_forbidden": "onbekend veld",
    "string_type": "verwacht tekst, tussen aanhalingstekens",
    "string_too_short": "mag niet leeg zijn",
    "list_type": "verwacht een lijst, tussen [ ]",
    "model_type": "verwacht een tabel",
    "dict_type": "verwacht een tabel",
    **dict.fromkeys(("int_type", "int_parsing", "float_type", "float_parsing"), "verwacht een getal"),
    **dict.fromkeys(("bool_type", "bool_parsing"), "verwacht true of false"),
}
# What a value that does not match its field's pattern should look like, by field.
PATTERNS = {
    "riziv": "de cijfers van het RIZIV-nummer (8 van een organisatie, 11 van een zorgverlener)",
    "naam": "voornaam en achternaam",
    "base_url": "een adres met http:// of https://",
    **dict.fromkeys(PORTALS, "een adres met http:// of https://, of een pad dat met / begint"),
}


def _said(error: Mapping[str, Any]) -> tuple[str, str]:
    """Where in the file, and what is wrong there, in Dutch; never the value of a secret's field."""
    where, kind = _field(error["loc"]), error["type"]
    field = str(error["loc"][-1]) if error["loc"] else ""
    if kind == "value_error":
        message = str(error["msg"]).removeprefix("Value error, ")
        inner = re.match(r"^([\w\[\].]+): (.*)$", message)
        if inner:  # a check of ours that names its field itself
            return ".".join(p for p in (where, inner.group(1)) if p), inner.group(2)
        return where, message
    if kind == "string_pattern_mismatch" and field in SECRETS:
        return where, "moet de naam van een omgevingsvariabele zijn (hoofdletters, cijfers, _), nooit het geheim zelf"
    if kind == "string_pattern_mismatch":
        return where, f"ongeldige waarde {error['input']!r}: " + PATTERNS.get(field, "niet in de verwachte vorm")
    if kind == "literal_error":
        return where, f"ongeldige waarde {error['input']!r}, enkel {APP_KEY!r}"
    return where, MEANINGS.get(kind, "ongeldige waarde")


def _field(location: tuple[int | str, ...]) -> str:
    """pydantic's location as the file's own words: account[2].lid[1].type (counting from 1)."""
    out = ""
    for part in location:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        elif part not in ("function-after[_references(), Target]",):
            out += ("." if out else "") + part
    return out


def _raise(path: Path, message: str) -> Target:
    raise TargetError(f"doelbestand {path}: {message}")
