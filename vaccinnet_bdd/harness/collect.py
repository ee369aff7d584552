"""Every ``.feature`` file under the features folder is a test module of its own, with no Python.

pytest asks every plugin whether it collects a file; this one answers for feature files below
``bdd_features_base_dir``, at any depth, by building a module in memory that binds all the
file's scenarios with pytest-bdd's ``scenarios()``. So ``pytest features/uman/x.feature`` runs
one feature, node ids name the feature file, and a new file is collected the moment it exists.
(pytest-bdd has no such collector; this is the shape pytest's own "non-python tests" example and
other projects use.)
"""

from __future__ import annotations

import types
from pathlib import Path

import pytest

from .internals import ModuleInMemory


def features_dir(config: pytest.Config) -> Path:
    return Path(config.rootpath, str(config.getini("bdd_features_base_dir") or "features")).resolve()


def pytest_configure(config: pytest.Config) -> None:
    """A run of scenarios only leaves Hypothesis's pytest plugin out.

    Its summary at the end of every run imports all of Hypothesis (about 0.1 s) even when no test
    used it; the unit tests under tests/ use it, the scenarios never do.
    """
    tests = Path(config.rootpath, "tests")
    paths = [Path(a.split("::")[0]).resolve() for a in config.args if not a.startswith("-")]
    if not any(path.is_relative_to(tests) or tests.is_relative_to(path) for path in paths):
        config.pluginmanager.unregister(name="hypothesispytest")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix == ".feature" and file_path.resolve().is_relative_to(features_dir(parent.config)):
        return FeatureFile.from_parent(parent, path=file_path)
    return None


class FeatureFile(ModuleInMemory):
    """A feature file, collected like a test module whose tests are its scenarios."""

    def build(self) -> types.ModuleType:
        relative = self.path.resolve().relative_to(features_dir(self.config))
        module = types.ModuleType("features." + ".".join(relative.with_suffix("").parts))
        module.__file__ = str(self.path)
        code = compile("from pytest_bdd import scenarios\nscenarios(__file__)\n", str(self.path), "exec")
        exec(code, module.__dict__)
        return module
