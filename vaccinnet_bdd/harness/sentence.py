"""How a step library writes its step texts: a ``Sentence`` parser with the library's parameter types.

A library subclasses ``Sentence`` once and names its types and the examples the catalogue shows
(``steps/parameters.py`` does for this suite); its steps are then written ``sentence("...")``. In a
text, ``"{name}"`` between double quotes is any text without a double quote, ``{name:Type}`` a value
of one of the library's types, any other ``{name}`` free text up to the next word. It goes through
pytest-bdd's documented parser interface (``parsers.StepParser``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar, cast

import parse
from pytest_bdd import parsers

_QUOTED_FIELD = re.compile(r'"\{(\w+)\}"')
QUOTED = "Tekst"  # the type of a parameter between double quotes
QUOTED_PATTERN = r'[^"]*'  # ... and what it matches


Converter = TypeVar("Converter", bound=Callable[[str], Any])


def with_pattern(pattern: str) -> Callable[[Converter], Converter]:
    """parse's ``with_pattern``, typed: the regex a parameter type matches."""
    return cast(Callable[[Converter], Converter], parse.with_pattern(pattern))


@with_pattern(QUOTED_PATTERN)
def _quoted(text: str) -> str:
    return text


class Sentence(parsers.StepParser):
    """A step text as a library writes it; ``name`` keeps the text as written, for the catalogue."""

    types: ClassVar[dict[str, Callable[[str], Any]]] = {}  # the library's parameter types, by name
    type_examples: ClassVar[dict[str, str]] = {}  # what the catalogue shows for a value of a type
    examples: ClassVar[dict[str, str]] = {}  # ... and for a parameter of no type of its own, by its name

    def __init__(self, text: str) -> None:
        super().__init__(text)
        types = {QUOTED: _quoted, **self.types}
        self.parser = parse.compile(
            _QUOTED_FIELD.sub(rf'"{{\1:{QUOTED}}}"', text), extra_types=types, case_sensitive=True
        )

    def parse_arguments(self, name: str) -> dict[str, Any] | None:
        found = self.parser.parse(name)
        return dict(found.named) if isinstance(found, parse.Result) else None

    def is_matching(self, name: str) -> bool:
        try:
            return isinstance(self.parser.parse(name), parse.Result)
        except ValueError:
            return False

    def fields(self) -> list[tuple[str, str]]:
        """Each parameter of the text, as (name, type), in order; the type is "" for free text."""
        return [(field, spec or "") for _, field, spec, _ in string.Formatter().parse(self.name) if field]

    def example_of(self, name: str, kind: str) -> str | None:
        """What the catalogue shows for the parameter ``name`` of type ``kind``, if the library says."""
        return self.type_examples.get(kind) or self.examples.get(name)
