"""The project's pytest plugin, registered by the ``pytest11`` entry point of the installed project.

Registering it from the installed package (instead of the root ``conftest.py``) makes its options
known before pytest chooses its root folder, so ``pytest --manual PATH`` works with a manual
anywhere. It registers the harness, the step library and the living documentation once.
"""

import pytest

pytest.register_assert_rewrite("livingdoc")

from steps import HARNESS, LIBRARY  # noqa: E402 - after the rewrite registration above

# pytest-playwright and pytest-base-url first (by their entry-point names): the harness overrides
# some of their fixtures, and the plugin registered last wins.
pytest_plugins = ["playwright", "base_url", *HARNESS, *LIBRARY, "livingdoc.plugin"]
