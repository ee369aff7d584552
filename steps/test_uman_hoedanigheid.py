"""Steps of features/uman/hoedanigheid.feature (manual §1.3); all its steps are shared."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("uman/hoedanigheid.feature")
