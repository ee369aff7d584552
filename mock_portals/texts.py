"""Every text the mock shows, from one gettext catalogue per language, read with Babel.

A text has a symbolic id (``uman.users.add.insz_label``) in ``locale/nl/LC_MESSAGES/messages.po``;
another language is another folder beside ``nl`` with the same ids, and nothing else. A request's
language is ``?taal=xx`` (remembered in the cookie ``taal``), else that cookie, else Dutch. A text
that a language lacks falls back to Dutch; one that Dutch lacks is a bug (:class:`MissingText`).

Texts are Python %-format strings: ``%(name)s`` takes a parameter, ``%%`` is a percent sign.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from enum import StrEnum
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from starlette.requests import Request
from starlette.responses import Response

from .domain.errors import Refusals, Refused
from .domain.managers import ManagerDomain, ManagerRole
from .domain.memberships import Application, MemberType, Status
from .domain.orgtypes import OrgTypeKey, ProGezondheidRole, RegistrationCategory, Representative, RizivContact
from .domain.persons import Language, Profession
from .domain.vaccinnet import Citizen

LOCALE_DIR = Path(__file__).parent / "locale"
DEFAULT_LANGUAGE = "nl"
COOKIE = "taal"  # also the query parameter that chooses a language


# The catalogue's prefix of each kind of code the domain shows: ``application.ehealthbox``, and
# ``application.ehealthbox.description`` for a part of it.
LABELS: dict[type[StrEnum], str] = {
    OrgTypeKey: "orgtype",
    Representative: "representative",
    ProGezondheidRole: "progezondheid_role",
    RegistrationCategory: "category",
    RizivContact: "riziv_contact",
    Application: "application",
    MemberType: "member_type",
    Status: "status",
    ManagerRole: "manager_role",
    ManagerDomain: "manager_domain",
    Profession: "profession",
    Language: "language",
    Citizen: "citizen",
}


class MissingText(LookupError):
    """A text id that the Dutch catalogue does not have: a programming error."""


class _Missing(gettext.NullTranslations):
    """The end of every fallback chain: an id that Dutch lacks is an error, never shown as such."""

    def gettext(self, message: str) -> str:
        raise MissingText(message)


class Catalogue:
    """The texts of every language found under ``locale_dir``; Dutch is the reference."""

    def __init__(self, locale_dir: Path = LOCALE_DIR) -> None:
        self.texts: dict[str, dict[str, str]] = {}
        self._translations: dict[str, gettext.NullTranslations] = {}
        for po in sorted(Path(locale_dir).glob("*/LC_MESSAGES/messages.po")):
            language = po.parent.parent.name
            with po.open("rb") as file:
                catalog = read_po(file, locale=language)
            mo = BytesIO()
            write_mo(mo, catalog)
            mo.seek(0)
            self._translations[language] = Translations(mo)
            self.texts[language] = {str(m.id): str(m.string) for m in catalog if m.id and m.string}
        dutch = self._translations.get(DEFAULT_LANGUAGE)
        if dutch is None:
            raise ValueError(f"{locale_dir} has no {DEFAULT_LANGUAGE}/LC_MESSAGES/messages.po")
        dutch.add_fallback(_Missing())
        for language, translations in self._translations.items():
            if language != DEFAULT_LANGUAGE:
                translations.add_fallback(dutch)
        self.languages = tuple(self._translations)

    def lookup(self, language: str, key: str) -> str:
        """The text ``key`` in ``language`` (or Dutch), unformatted."""
        translations = self._translations.get(language) or self._translations[DEFAULT_LANGUAGE]
        return translations.gettext(key)

    def text(self, language: str, key: str, /, **params: object) -> str:
        return self.lookup(language, key) % params

    def label(self, language: str, value: StrEnum, part: str | None = None) -> str:
        """How a domain code is shown, or one ``part`` of it (``description``)."""
        return self.text(language, label_key(value, part))

    def message(self, language: str, refused: Refused) -> str:
        """What a refusal says: ``error.<code>``, with the codes among its parameters in words."""
        if isinstance(refused, Refusals):
            return " ".join(self.message(language, r) for r in refused.refusals.values())
        params = {k: self.label(language, v) if isinstance(v, StrEnum) else v for k, v in refused.params.items()}
        return self.text(language, f"error.{refused.code}", **params)

    def code_of(self, kind: type[StrEnum], shown: str, language: str = DEFAULT_LANGUAGE) -> str | None:
        """The code of ``kind`` that is shown as ``shown`` (case-insensitive), or None."""
        wanted = shown.strip().lower()
        return next((code for code in kind if self.label(language, code).lower() == wanted), None)


def catalogue_of(request: Request) -> Catalogue:
    catalogue: Catalogue = request.app.state.texts
    return catalogue


def language(request: Request) -> str:
    """The language of this request: ``?taal=xx``, else the cookie, else Dutch."""
    known = catalogue_of(request).languages
    for asked in (request.query_params.get(COOKIE), request.cookies.get(COOKIE)):
        if asked in known:
            return str(asked)
    return DEFAULT_LANGUAGE


def remember_language(request: Request, response: Response) -> None:
    """A language chosen with ``?taal=xx`` stays chosen for the next pages."""
    asked = request.query_params.get(COOKIE)
    if asked in catalogue_of(request).languages and asked != request.cookies.get(COOKIE):
        response.set_cookie(COOKIE, str(asked), path="/", samesite="lax")


def text(request: Request, key: str, /, **params: object) -> str:
    """The text ``key`` in the request's language, with ``params`` filled in."""
    return catalogue_of(request).text(language(request), key, **params)


def label_key(value: StrEnum, part: str | None = None) -> str:
    """The id of the text that shows a domain code, or of one ``part`` of it."""
    key = f"{LABELS[type(value)]}.{value.value}"
    return f"{key}.{part}" if part else key


def label(request: Request, value: StrEnum, part: str | None = None) -> str:
    return catalogue_of(request).label(language(request), value, part)


def message(request: Request, refused: Refused) -> str:
    return catalogue_of(request).message(language(request), refused)


def field_messages(request: Request, refused: Refused, fields: Mapping[str, str]) -> dict[str, str] | None:
    """The messages of a refusal by form field (``fields`` maps the domain's field names to the form's),
    or None when a refusal concerns no field of the form."""
    found = refused.refusals.values() if isinstance(refused, Refusals) else [refused]
    if any(r.field not in fields for r in found):
        return None
    return {fields[str(r.field)]: message(request, r) for r in found}
