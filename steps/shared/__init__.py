"""Steps used by two or more features, registered once from the root conftest.py."""
