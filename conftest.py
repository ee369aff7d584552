from steps import HARNESS, LIBRARY

# The harness and the step library, registered once: every step is usable from every feature.
pytest_plugins = [*HARNESS, *LIBRARY, "livingdoc.plugin"]
