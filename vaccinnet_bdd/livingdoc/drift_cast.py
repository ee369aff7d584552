"""Who looks at the manual's pages in the drift check: on the mock (drift_pages) or on a target
(drift_target); its own module, so that neither of the two imports the other for it."""

from __future__ import annotations

from dataclasses import dataclass

from steps.codes import KINDS
from vaccinnet_bdd.harness.world import World


@dataclass
class Cast:
    """Who looks at the pages, and at which organisation's."""

    world: World
    org: str  # the organisation the pages are about, by name
    roles: dict[str, str]  # role -> the person's name (a role the target lacks is absent)
    on_target: bool = False
    kinds: frozenset[str] = frozenset(KINDS)  # the kinds of organisation the world has
