"""The step catalogue: every step of the library as a QA engineer types it, with an example.

Generated from the registered step definitions, never kept by hand: the text as written, its
kind (Gegeven, Als, Dan), the Dutch explanation (the first line of the step's docstring), and an
example in which every parameter has a realistic value (``Voorbeeld:`` in the docstring, else the
example of each parameter's type or name, see ``steps.parameters``). ``vaccinnet-bdd steps``
prints it; an undefined or misspelt step names its three nearest neighbours from it.
"""

from __future__ import annotations

import difflib
import html
import importlib
import json
import textwrap
from dataclasses import asdict, dataclass
from typing import Any

import pytest

from vaccinnet_bdd.harness import library as step_library
from vaccinnet_bdd.harness.internals import StepFunctionContext, step_definitions
from vaccinnet_bdd.harness.sentence import QUOTED, Sentence

KEYWORDS = {"given": "Gegeven", "when": "Als", "then": "Dan"}
ORDER = {keyword: n for n, keyword in enumerate(KEYWORDS.values())}
COMMAND = "vaccinnet-bdd steps"
ON_MOCK, ON_A_TARGET = "Op de mock:", "Op een doel:"
FIELDS = ("Voorbeeld:", "Tabel:", ON_MOCK, ON_A_TARGET)


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str  # "Tekst" for text between quotes, "" for a free word
    example: str


@dataclass(frozen=True)
class Entry:
    group: str
    keyword: str
    text: str
    example: str
    explanation: str
    parameters: tuple[Parameter, ...]
    table: str | None  # the columns of the data table the step takes, if any
    source: str  # module:line of the step function
    mock_does: str | None = None  # what the step does on the mock, when it differs from a target
    target_does: str | None = None  # what it does on an acceptance environment

    @property
    def typed(self) -> str:
        """The example as a line of a feature file."""
        return f"{self.keyword} {self.example}"


class CatalogueError(ValueError):
    """A step the catalogue cannot describe: no explanation, no example for a parameter, or a step
    that does not say what it does on the mock and on a target (a Gegeven step always does)."""


def _docstring(context: StepFunctionContext) -> dict[str, str]:
    """The explanation (``""``), the example (``Voorbeeld:``), the table (``Tabel:``) and what it does
    on the mock (``Op de mock:``) and on a target (``Op een doel:``) of a step's docstring.

    The explanation is the first paragraph; each field starts a line and goes on over the lines below
    it, up to a blank line or the next field.
    """
    lines = [line.strip() for line in (context.step_func.__doc__ or "").strip().splitlines()]
    if not lines or not lines[0]:
        raise CatalogueError(f"{_source(context)}: step '{context.parser.name}' has no docstring to explain it")
    first = next((i for i, line in enumerate(lines) if not line or line.startswith(tuple(FIELDS))), len(lines))
    fields: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines[first:]:
        key = next((k for k in FIELDS if line.startswith(k)), None)
        if key is not None:
            current = fields.setdefault(key, [line.removeprefix(key).strip()])
        elif line and current is not None:
            current.append(line)
        else:
            current = None
    return {"": " ".join(lines[:first])} | {key: " ".join(parts) for key, parts in fields.items()}


def _source(context: StepFunctionContext) -> str:
    code = context.step_func.__code__
    return f"{context.step_func.__module__}:{code.co_firstlineno}"


def _parameters(parser: Sentence) -> tuple[Parameter, ...]:
    found = []
    for name, kind in parser.fields():
        example = parser.example_of(name, kind)
        if example is None:
            raise CatalogueError(
                f"no example for parameter '{name}' of step '{parser.name}': add 'Voorbeeld: ...' to its "
                "docstring, or the name to the examples of the library's Sentence (steps/parameters.py)"
            )
        found.append(Parameter(name, _kind(parser, name, kind), example))
    return tuple(found)


def _generated_example(parser: Sentence, parameters: tuple[Parameter, ...]) -> str:
    values = iter(p.example for p in parameters)
    text = parser.name
    for name, kind in parser.fields():
        text = text.replace("{" + name + (":" + kind if kind else "") + "}", next(values), 1)
    return text


def entry_of(context: StepFunctionContext, group: str) -> Entry:
    parser = context.parser
    if not isinstance(parser, Sentence):
        raise CatalogueError(f"{_source(context)}: write step texts with the library's sentence (a Sentence)")
    found = _docstring(context)
    explanation, example, table = found[""], found.get("Voorbeeld:"), found.get("Tabel:")
    mock_does, target_does = found.get(ON_MOCK), found.get(ON_A_TARGET)
    if (context.type == "given" or mock_does or target_does) and not (mock_does and target_does):
        raise CatalogueError(
            f"{_source(context)}: step '{parser.name}' does not say what it does on both stages: add "
            f"'{ON_MOCK} ...' and '{ON_A_TARGET} ...' to its docstring (every Gegeven step, and any step"
            " that differs between them)"
        )
    if example is None:
        parameters = _parameters(parser)
        example = _generated_example(parser, parameters)
    else:
        parameters = _example_parameters(parser, example)
    return Entry(
        group,
        KEYWORDS[str(context.type)],
        parser.name,
        example,
        explanation,
        parameters,
        table,
        _source(context),
        mock_does,
        target_does,
    )


def _kind(parser: Sentence, name: str, kind: str) -> str:
    return kind or (QUOTED if f'"{{{name}}}"' in parser.name else "")


def _example_parameters(parser: Sentence, example: str) -> tuple[Parameter, ...]:
    """The parameters of a step whose docstring gives the whole example: read back from that example."""
    values = parser.parser.parse(example)
    if values is None:
        raise CatalogueError(f"the example '{example}' does not match its own step '{parser.name}'")
    kinds = dict(parser.fields())
    spans = values.spans
    return tuple(Parameter(name, _kind(parser, name, kinds[name]), example[slice(*spans[name])]) for name in kinds)


def entries(library: dict[str, str]) -> list[Entry]:
    """Every step of ``library`` (module -> title, see ``harness.library``), by group in its order,
    then Gegeven, Als, Dan."""
    for module in library:
        importlib.import_module(module)
    groups = list(library)
    found = [
        entry_of(context, library[context.step_func.__module__])
        for context in step_definitions()
        if context.step_func.__module__ in library
    ]
    return sorted(
        found,
        key=lambda e: (groups.index(_module(e)), ORDER[e.keyword], int(e.source.rsplit(":", 1)[1])),
    )


def _module(entry: Entry) -> str:
    return entry.source.rsplit(":", 1)[0]


def nearest(
    library: dict[str, str], text: str, keyword: str | None = None, count: int = 3, among: list[Entry] | None = None
) -> list[Entry]:
    """The ``count`` steps of the catalogue (``among``, when already made) that read most like ``text``
    (of the same kind first)."""

    def score(entry: Entry) -> float:
        similar = max(
            difflib.SequenceMatcher(None, text, entry.example).ratio(),
            difflib.SequenceMatcher(None, text, entry.text).ratio(),
        )
        return similar + (0.05 if keyword == entry.keyword else 0.0)

    return sorted(entries(library) if among is None else among, key=score, reverse=True)[:count]


def pytest_bdd_step_func_lookup_error(
    request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any, exception: Exception
) -> None:
    """One message for an undefined or misspelt step, naming its three nearest neighbours."""
    keyword = KEYWORDS.get(str(step.type))
    found = nearest(step_library.of_config(request.config), step.name, keyword)
    suggestions = "\n".join(f"  {e.typed}" for e in found)
    exception.args = (
        f"Geen stap gevonden voor: {keyword or step.keyword} {step.name}\n"
        f'(regel {step.line_number} van {feature.rel_filename}, scenario "{scenario.name}")\n'
        f"De stappen die er het meest op lijken:\n{suggestions}\n"
        f"Alle stappen: {COMMAND}",
    )


# --- formats -----------------------------------------------------------------------------------


# Whose browser a step runs in (vaccinnet_bdd.harness.people): said once, above every format.
BROWSERS = (
    'Elke persoon heeft een eigen browser. Een stap met een persoon als onderwerp ("Ann Claes" zich bij '
    'Vaccinnet aanmeldt, "Lies Bos" de gebruikers van ... opent) speelt in de browser van die persoon, '
    "geopend bij de eerste stap van die persoon en bewaard tot het einde van het scenario: de "
    "CSAM-aanmelding van de ene persoon dient nooit een andere. Een stap met iemand, hij, zij of ze, en "
    "een Dan-stap zonder persoon als onderwerp, speelt in de browser van wie het laatst handelde; hij, "
    "zij of ze voor er iemand handelde, verwijst naar niemand en laat de stap falen. Gegeven-stappen "
    "die enkel een toestand klaarzetten, openen geen browser."
)


def _stages(entry: Entry) -> list[tuple[str, str]]:
    """What the step does on the mock and on a target, where the catalogue says it."""
    return [(label, said) for label, said in ((ON_MOCK, entry.mock_does), (ON_A_TARGET, entry.target_does)) if said]


def as_text(found: list[Entry]) -> str:
    lines = [f"Stappencatalogus: {len(found)} stappen. Typ ze zoals hieronder, met uw eigen waarden.", ""]
    lines += [*textwrap.wrap(BROWSERS, 100), ""]
    for group in dict.fromkeys(e.group for e in found):
        lines += [group, "=" * len(group)]
        for keyword in KEYWORDS.values():
            mine = [e for e in found if e.group == group and e.keyword == keyword]
            if mine:
                lines.append(f"  {keyword}")
            for entry in mine:
                lines.append(f"    {entry.example}")
                lines.append(f"        {entry.explanation}")
                if entry.table:
                    lines.append(f"        met een tabel: | {entry.table} |")
                lines += [f"        {label.lower()} {said}" for label, said in _stages(entry)]
        lines.append("")
    return "\n".join(lines)


def as_markdown(found: list[Entry]) -> str:
    lines = ["# Stappencatalogus", "", f"{len(found)} stappen, per portaal en per soort (Gegeven, Als, Dan).", ""]
    lines += [BROWSERS, ""]
    for group in dict.fromkeys(e.group for e in found):
        lines += [f"## {group}", ""]
        for keyword in KEYWORDS.values():
            mine = [e for e in found if e.group == group and e.keyword == keyword]
            if mine:
                lines += [f"### {keyword}", ""]
            for entry in mine:
                table = f" Met een tabel: `| {entry.table} |`." if entry.table else ""
                stages = "".join(f"  \n  *{label}* {said}" for label, said in _stages(entry))
                lines.append(f"- `{entry.typed}`  \n  {entry.explanation}{table}{stages}")
            if mine:
                lines.append("")
    return "\n".join(lines)


def as_json(found: list[Entry]) -> str:
    return json.dumps([asdict(e) for e in found], ensure_ascii=False, indent=1)


def as_html(found: list[Entry]) -> str:
    """A page for the living-documentation report to link to."""
    rows = []
    for group in dict.fromkeys(e.group for e in found):
        rows.append(f"<h2>{html.escape(group)}</h2><dl>")
        for entry in (e for e in found if e.group == group):
            table = f" Met een tabel: <code>| {html.escape(entry.table)} |</code>." if entry.table else ""
            stages = "".join(f"<br><em>{label}</em> {html.escape(said)}" for label, said in _stages(entry))
            rows.append(
                f"<dt><code><strong>{entry.keyword}</strong> {html.escape(entry.example)}</code></dt>"
                f"<dd>{html.escape(entry.explanation)}{table}{stages}</dd>"
            )
        rows.append("</dl>")
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Stappencatalogus</title>'
        "<style>body{font-family:Arial,sans-serif;max-width:70rem;margin:auto;padding:1rem 2rem}"
        "dt{margin-top:.6rem}dd{color:#444;margin-left:1.5rem}</style></head><body>"
        f"<h1>Stappencatalogus</h1><p>{len(found)} stappen, per portaal. Ook als tekst: <code>{COMMAND}</code>.</p>"
        f"<p>{html.escape(BROWSERS)}</p>" + "".join(rows) + "</body></html>"
    )


FORMATS = {"text": as_text, "markdown": as_markdown, "json": as_json, "html": as_html}
