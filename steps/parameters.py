"""How step texts are written: ``parsers.parse("...")`` and the parameter types a step text may use.

A step is written ``@given(parsers.parse("..."))`` (also ``@when``, ``@then``), with ``parsers`` from
this module: pytest-bdd's own shape, which the Cucumber extension for VS Code reads (its language
service finds ``@given(<x>.parse("..."))`` with one string literal, without parentheses, dots, ``*``,
``|`` or backslashes in it, which would make it a regular expression there). ``parsers.parse`` is
this library's ``sentence``. The editor's parameter types are written from ``TYPES`` by
``vaccinnet-bdd editor`` (``vaccinnet_bdd.livingdoc.editor``).

A step text is Dutch, as a QA engineer types it in a feature file. In it:

- ``"{name}"`` between double quotes is any text without a double quote (a person, an
  organisation, a label of the portals);
- ``"{name:Lijst}"`` is a list inside one pair of quotes, separated by commas ("Ann Claes, Bert Wouters");
- ``"{name:Persoon}"`` and ``"{name:Organisatie}"`` are a person and an organisation of the scenario,
  ``"{name:Personen}"`` and ``"{name:Organisaties}"`` several, separated by commas: parts, which on an
  acceptance environment its accounts and organisations play (``vaccinnet_bdd.harness.parts``);
- ``{name:Actor}`` is the subject of an action: iemand, hij, zij or ze, one shared parameter;
- ``{name:Soort}`` is one of the seven RIZIV recognitions of the manual (§1.2), in any case;
- ``{name:Vertegenwoordiger}`` is "wettelijke vertegenwoordiger" or "titularis";
- ``{name:Beroep}`` is an individual care provider: arts, apotheker or verpleegkundige;
- ``{name:d}`` is a whole number; any other ``{name}`` is free text up to the next word.

The step catalogue (``vaccinnet-bdd steps``) shows each parameter with an example value: the
example of its type, else the example of its name in ``EXAMPLES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from steps.codes import KINDS, PROFESSIONS
from vaccinnet_bdd.harness.parts import OrganisationPart, PersonPart
from vaccinnet_bdd.harness.sentence import Sentence, with_pattern


def _alternatives(words: list[str]) -> str:
    """A case-insensitive regex for any of ``words``; longest first, so no word hides a longer one. Each
    letter as ``[xX]`` rather than an inline flag, which the editor's JavaScript regexps do not know."""
    return "|".join(
        "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in w)
        for w in sorted(words, key=len, reverse=True)
    )


@with_pattern(r'[^"]*')
def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


@with_pattern(r'[^"]+')
def _person(text: str) -> PersonPart:
    return PersonPart(text)


@with_pattern(r'[^"]*')
def _persons(text: str) -> list[PersonPart]:
    return [PersonPart(item) for item in _items(text)]


@with_pattern(r'[^"]+')
def _organisation(text: str) -> OrganisationPart:
    return OrganisationPart(text)


@with_pattern(r'[^"]*')
def _organisations(text: str) -> list[OrganisationPart]:
    return [OrganisationPart(item) for item in _items(text)]


@with_pattern(r"iemand|hij|zij|ze")
def _actor(text: str) -> str:
    return text


@with_pattern(_alternatives(list(KINDS)))
def _kind(text: str) -> str:
    return text.lower()


# Who represents an organisation (§2.1): a pharmacy's titularis, every other kind's legal representative.
HOLDER, LEGAL_REPRESENTATIVE = "titularis", "wettelijke vertegenwoordiger"


@with_pattern(f"{LEGAL_REPRESENTATIVE}|{HOLDER}")
def _representative(text: str) -> str:
    return text


@with_pattern(_alternatives(list(PROFESSIONS)))
def _profession(text: str) -> str:
    return text.lower()


TYPES: dict[str, Callable[[str], Any]] = {
    "Lijst": _items,
    "Persoon": _person,
    "Personen": _persons,
    "Organisatie": _organisation,
    "Organisaties": _organisations,
    "Actor": _actor,
    "Soort": _kind,
    "Vertegenwoordiger": _representative,
    "Beroep": _profession,
}
# What the catalogue shows for a parameter of each type.
TYPE_EXAMPLES = {
    "Actor": "zij",
    "Soort": "wachtpost",
    "Vertegenwoordiger": "wettelijke vertegenwoordiger",
    "Beroep": "apotheker",
}
# What the catalogue shows for a parameter of another type, by its name.
EXAMPLES = {
    "person": "Ann Claes",
    "user": "Ann Claes",
    "manager": "Lies Bos",
    "htb": "Piet Janssens",
    "rep": "Lotte Dubois",
    "first": "Piet Janssens",
    "second": "Lies Bos",
    "third": "Ann Claes",
    "persons": "Ann Claes, Bert Wouters",
    "org": "WACHTPOST LEIE",
    "orgs": "WACHTPOST LEIE, APOTHEEK DE LINDE",
    "app": "Vaccinnet Consultatie en Registratie",
    "apps": "Vaccinnet Consultatie en Registratie",
    "insz": "85073003328",
    "email": "ann.claes@example.be",
    "key": "itsme",
    "link": "Gebruikers",
    "label": "E-mailadres *",
    "value": "ann.claes@example.be",
    "message": "Het controlegetal van dit INSZ klopt niet.",
    "count": "12",
    "year": "2003",
    "plus": "40",
}


class sentence(Sentence):  # lower case: used like pytest-bdd's parsers.parse
    """A step text of this library, with its parameter types and the catalogue's examples."""

    types = TYPES
    type_examples = TYPE_EXAMPLES
    examples = EXAMPLES


class parsers:  # lower case: pytest-bdd's name, the one the editor looks for
    """pytest-bdd's ``parsers`` for this library: ``parsers.parse("...")`` is a ``sentence``."""

    parse = sentence


__all__ = ["EXAMPLES", "KINDS", "PROFESSIONS", "TYPES", "TYPE_EXAMPLES", "parsers", "sentence"]
