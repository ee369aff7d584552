"""The editor: the official Cucumber extension for VS Code completes, checks and links the library's steps.

The extension's language service (``@cucumber/language-service``) reads pytest-bdd steps written
``@given(parsers.parse("..."))`` straight from the step modules, so go-to-definition reaches the
step's own function. It reads each step text as a Cucumber Expression, in which every
``{placeholder}`` must be a parameter type of the workspace settings (``cucumber.parameterTypes``),
or the step is dropped. A placeholder of this library names the step's parameter and its type
(``{person:Persoon}``, ``"{org}"``), so the settings declare one parameter type per placeholder in
use, with the regular expression the library's parser gives it. ``vaccinnet-bdd editor`` writes
them, with where the features and the step modules are, to ``.vscode/settings.json``; ``--check``
asks the language service itself (``language_service.mjs``, Node.js) which steps it sees.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from vaccinnet_bdd.harness.internals import step_definitions
from vaccinnet_bdd.harness.sentence import QUOTED_PATTERN, Sentence
from vaccinnet_bdd.project import features_dir

from .catalogue import entries

SETTINGS = Path(".vscode", "settings.json")
EXTENSIONS = Path(".vscode", "extensions.json")
EXTENSION = "CucumberOpen.cucumber-official"
# Where scripts/setup installs the language service, in the project.
LANGUAGE_SERVICE = Path(".cache", "language-service", "node_modules", "@cucumber", "language-service")
# parse's own format types a library may use, as the editor's regular expressions.
FORMAT_TYPES = {"d": r"-?\d+"}
FREE = r".+?"  # parse's {name} without a type: any text, as short as the rest of the step allows
# Cucumber's own parameter types: a placeholder of the same name would be read as one of these.
BUILT_IN = {"int", "float", "word", "string", "double", "bigdecimal", "byte", "short", "long", "biginteger"}


class EditorError(Exception):
    """Settings that cannot be written or checked; the message says why, in Dutch."""


def _parsers(library: dict[str, str]) -> list[Sentence]:
    entries(library)  # imports the library's modules, and refuses a step the catalogue cannot show
    found = [c.parser for c in step_definitions() if c.step_func.__module__ in library]
    return [parser for parser in found if isinstance(parser, Sentence)]


def _regexp(parser: Sentence, name: str, kind: str) -> str:
    if kind in parser.types:
        return str(getattr(parser.types[kind], "pattern", FREE))
    if kind in FORMAT_TYPES:
        return FORMAT_TYPES[kind]
    if kind:
        raise EditorError(f"stap '{parser.name}': het type '{kind}' heeft geen reguliere expressie voor de editor")
    return QUOTED_PATTERN if f'"{{{name}}}"' in parser.name else FREE


def parameter_types(library: dict[str, str]) -> list[dict[str, str]]:
    """One parameter type per placeholder of the library's step texts, by name."""
    found: dict[str, str] = {}
    for parser in _parsers(library):
        for name, kind in parser.fields():
            placeholder = f"{name}:{kind}" if kind else name
            regexp = _regexp(parser, name, kind)
            if placeholder in BUILT_IN:
                raise EditorError(f"stap '{parser.name}': noem de parameter '{name}' anders, Cucumber kent hem al")
            if found.setdefault(placeholder, regexp) != regexp:
                raise EditorError(
                    f"stap '{parser.name}': '{{{placeholder}}}' staat elders anders (tussen aanhalingstekens of"
                    " niet); geef de parameter hier een andere naam"
                )
    return [{"name": name, "regexp": found[name]} for name in sorted(found)]


def glue(root: Path, library: dict[str, str]) -> list[str]:
    """The glob patterns of the step modules' folders, relative to the project (as the settings want)."""
    patterns = []
    for module in library:
        spec = importlib.util.find_spec(module)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        if origin is not None and origin.resolve().is_relative_to(root.resolve()):
            pattern = (origin.resolve().parent.relative_to(root.resolve()) / "*.py").as_posix()
            patterns += [pattern] if pattern not in patterns else []
    return patterns


def settings(root: Path, library: dict[str, str]) -> dict[str, Any]:
    """The extension's settings for the project: where the features and the steps are, the parameter types."""
    features = features_dir(root).resolve().relative_to(root.resolve()).as_posix()
    return {
        "cucumber.features": [f"{features}/**/*.feature"],
        "cucumber.glue": glue(root, library),
        "cucumber.parameterTypes": parameter_types(library),
    }


def _read(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise EditorError(f"{path}: geen JSON zonder commentaar ({error}); pas het bestand zelf aan") from None
    if not isinstance(found, dict):
        raise EditorError(f"{path}: geen JSON-object")
    return found


def write(root: Path, library: dict[str, str]) -> list[Path]:
    """The project's ``.vscode/settings.json`` with the extension's settings (other settings are kept),
    and the extension among the recommended ones in ``.vscode/extensions.json``."""
    written = []
    path = root / SETTINGS
    current = _read(path)
    wanted = current | settings(root, library)
    if wanted != current or not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(wanted, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    path = root / EXTENSIONS
    current = _read(path)
    recommended = list(current.get("recommendations", []))
    if EXTENSION not in recommended:
        path.write_text(
            json.dumps(current | {"recommendations": [*recommended, EXTENSION]}, indent=2) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written


def ask(root: Path, workspace: dict[str, Any], questions: list[dict[str, Any]]) -> dict[str, Any]:
    """What the language service says of the project under ``workspace`` (the extension's settings): the
    steps it indexed (``steps``: expression, file URI, 0-based line), its errors, and an answer to each
    question (``{"kind": "complete" | "diagnose" | "locate", "text": gherkin, "line": n, "character": n}``)."""
    node = shutil.which("node")
    package = root / LANGUAGE_SERVICE
    if node is None or not package.is_dir():
        raise EditorError(f"de Cucumber-taalservice is niet geïnstalleerd ({LANGUAGE_SERVICE}): draai scripts/setup")
    request = {
        "glue": sorted(
            str(path) for pattern in workspace["cucumber.glue"] for path in root.glob(pattern) if path.is_file()
        ),
        "features": sorted(
            str(path) for pattern in workspace["cucumber.features"] for path in root.glob(pattern) if path.is_file()
        ),
        "parameterTypes": workspace["cucumber.parameterTypes"],
        "ask": questions,
    }
    script = Path(__file__).with_name("language_service.mjs")
    answer = subprocess.run(
        [node, str(script), str(package)], input=json.dumps(request), capture_output=True, text=True, timeout=120
    )
    if answer.returncode:
        raise EditorError(f"de Cucumber-taalservice faalde: {answer.stderr.strip()[-2000:]}")
    found: dict[str, Any] = json.loads(answer.stdout)
    return found
