"""The project a command works on: found from the working directory, never from where this code lies.

Installed into any environment, the tools and the plugin work on the folder they are run in: the
nearest folder, from the working directory up, that holds a ``pyproject.toml`` (or pytest's other
configuration files) or a ``features/`` folder.
"""

from __future__ import annotations

from pathlib import Path

MARKERS = ("pyproject.toml", "pytest.ini", "tox.ini", "setup.cfg", "features")


def project_root(start: Path | None = None) -> Path:
    """The nearest folder from ``start`` (the working directory) up with a project marker; else ``start``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if any((folder / marker).exists() for marker in MARKERS):
            return folder
    return here
