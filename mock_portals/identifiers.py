"""Formats of Belgian numbers for the test side (steps/); the rules are :mod:`mock_portals.domain.identifiers`."""

from __future__ import annotations

from .domain.identifiers import format_insz, format_riziv

__all__ = ["format_insz", "format_riziv"]
