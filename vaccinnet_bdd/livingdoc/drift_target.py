"""check-manual on a target: who looks at the pages there, taken from the target file."""

from __future__ import annotations

from pathlib import Path

from mock_portals.store import DEFAULT_SEED
from steps.codes import CODES
from steps.csam import sign_in_on_target
from steps.pages.uman import LB, USER, VACCINNET_REGISTRATION
from vaccinnet_bdd.harness.claims import Claims
from vaccinnet_bdd.harness.on_target import OnTarget, claims_for, use_addresses
from vaccinnet_bdd.harness.target import TargetError, ready
from vaccinnet_bdd.harness.world import World

from .drift_cast import Cast


def target_cast(path: Path, base_url: str | None) -> tuple[Cast, Claims]:
    """The cast of a target: its first organisation and the personas who play each role there."""
    target = ready(path, CODES, base_url)  # every secret set before the first login
    if not target.organisatie:
        raise TargetError(f"doelbestand {path}: organisatie: er is er geen om de pagina's van te bekijken")
    use_addresses(target, base_url)
    org = target.organisatie[0]
    roles = {"representative": org.vertegenwoordiger, "htb": org.hoofdtoegangsbeheerder}
    for persona in target.persona:
        member = next((m for m in persona.lid if m.organisatie == org.naam), None)
        if member is not None and member.type == LB:
            roles.setdefault("manager", persona.naam)
        elif member is not None and member.type == USER and VACCINNET_REGISTRATION in member.toepassingen:
            roles.setdefault("user", persona.naam)
        elif not persona.lid and all(
            persona.naam not in (o.vertegenwoordiger, o.hoofdtoegangsbeheerder) for o in target.organisatie
        ):
            roles.setdefault("stranger", persona.naam)
    claims = claims_for(target, base_url)
    on = OnTarget(
        target,
        claims,
        step=lambda: "check-manual",
        sign_in=sign_in_on_target,
    )
    world = World(None, DEFAULT_SEED, "", CODES, on)
    cast = {role: name for role, name in roles.items() if name}
    kinds = frozenset(o.soort.lower() for o in target.organisatie)
    return Cast(world, org.naam, cast, on_target=True, kinds=kinds), claims
