"""The step library: which modules hold the steps, by the project's setting, and their catalogue titles.

The ini setting ``vaccinnet_bdd_steps`` (in ``[tool.pytest.ini_options]`` of ``pyproject.toml``)
names importable modules or packages, one a line; the default is ``steps``. A package that lists its
step modules with their titles in ``LIBRARY`` (as ``steps/__init__.py`` does) stands for those
modules; any other module is one group of the catalogue, titled by the first line of its docstring.
So a team adds its own steps beside ``steps/`` by adding a line, without touching this package.
A package or module of the setting with ``CODES`` (as ``steps/__init__.py``) gives the words a
target file may use (``target.vocabulary``): the Gherkin's words for what the mock knows by a code.
"""

from __future__ import annotations

import importlib
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from .options import DEFAULT_STEP_LIBRARY, STEP_LIBRARY


def modules(names: list[str]) -> dict[str, str]:
    """Module name -> catalogue title, in the order the setting and the packages list them."""
    found: dict[str, str] = {}
    for name in names:
        module = importlib.import_module(name)
        listed = getattr(module, "LIBRARY", None)
        if isinstance(listed, dict):
            found.update(listed)
        else:
            found[name] = (module.__doc__ or name).strip().splitlines()[0].rstrip(".")
    return found


def of_config(config: pytest.Config) -> dict[str, str]:
    return modules(list(config.getini(STEP_LIBRARY)))


def of_project(root: Path) -> dict[str, str]:
    """The library a project's ``pyproject.toml`` names, outside a pytest run (the catalogue command)."""
    return modules(names_of_project(root))


def names_of_project(root: Path) -> list[str]:
    """The setting of a project's ``pyproject.toml``, outside a pytest run; modules of the project's
    own folder are importable, as under pytest."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    config = root / "pyproject.toml"
    data: dict[str, Any] = tomllib.loads(config.read_text(encoding="utf-8")) if config.is_file() else {}
    names = data.get("tool", {}).get("pytest", {}).get("ini_options", {}).get(STEP_LIBRARY, DEFAULT_STEP_LIBRARY)
    return names.split() if isinstance(names, str) else [str(name) for name in names]


def pytest_configure(config: pytest.Config) -> None:
    """Registers every step module as a plugin, so that every step is usable from every feature."""
    for name in of_config(config):
        if not config.pluginmanager.has_plugin(name):
            config.pluginmanager.import_plugin(name)
