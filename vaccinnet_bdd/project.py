"""The project a command works on: found from the working directory, never from where this code lies.

Installed into any environment, the tools and the plugin work on the folder they are run in: the
nearest folder, from the working directory up, that holds a ``pyproject.toml`` (or pytest's other
configuration files) or a ``features/`` folder.
"""

from __future__ import annotations

import configparser
import tomllib
from pathlib import Path

MARKERS = ("pyproject.toml", "pytest.ini", "tox.ini", "setup.cfg", "features")


def project_root(start: Path | None = None) -> Path:
    """The nearest folder from ``start`` (the working directory) up with a project marker; else ``start``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if any((folder / marker).exists() for marker in MARKERS):
            return folder
    return here


def features_dir(root: Path) -> Path:
    """The project's feature folder: pytest's ``bdd_features_base_dir`` of its configuration (pyproject.toml
    or pytest.ini), else ``features``; relative to ``root``. The project's own data files stand in it too."""
    setting = None
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        options = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("pytest", {})
        setting = options.get("ini_options", {}).get("bdd_features_base_dir")
    ini = root / "pytest.ini"
    if setting is None and ini.is_file():
        parser = configparser.ConfigParser()
        parser.read(ini, encoding="utf-8")
        setting = parser.get("pytest", "bdd_features_base_dir", fallback=None)
    return root / str(setting or "features")
