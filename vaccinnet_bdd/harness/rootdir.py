"""A run whose root folder an option's value chose stops at once, and says how to write the option.

pytest picks its root folder and configuration file before it loads plugins, so it does not know
yet that ``/tmp/verslag`` in ``--report-dir /tmp/verslag`` belongs to an option: it takes every
existing path on the command line for a place to look, and a path outside the project makes it
run without the project's configuration (no markers, no ``bdd_features_base_dir``, no addopts).
``--report-dir=/tmp/verslag`` (with ``=``) is one argument and does not mislead it. Once the
options are known, this plugin works out the root the real paths alone give, and when pytest
chose another, stops the run before it does anything with a wrong root.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from .internals import root_of


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return  # an xdist worker gets its root from the controller
    paths = list(config.option.file_or_dir or [])
    rootpath, inipath = root_of(config, paths)  # pytest's own choice, the option values left out
    if (rootpath, inipath) == (config.rootpath, config.inipath):
        return
    args = list(config.invocation_params.args)
    misleading = [
        f"{option}={value}"
        for option, value in pairwise(args)
        if option.startswith("--") and "=" not in option and value not in paths and Path(value).exists()
    ]
    raise pytest.UsageError(
        f"pytest nam {config.rootpath} als hoofdmap, omdat het de waarde van een optie voor een pad hield"
        f" (de hoofdmap van dit project is {rootpath}). Schrijf de optie met '=': {' '.join(misleading)}"
    )
