"""pytest-bdd step definitions, page objects and the harness that drives the mock portals."""
