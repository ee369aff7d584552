"""``vaccinnet-bdd rules``: every rule of the manual the suite proves, with the scenarios that prove it,
and each of its consequences and permissions, proven by a scenario or said why not."""

from __future__ import annotations

import argparse
import json
from typing import Any


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "rules", help="the rule inventory with the scenarios of each rule, consequence and permission; fails on a gap"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.livingdoc.features import index
    from vaccinnet_bdd.livingdoc.rules_view import NO_SCENARIO, PartView, rules_with_scenarios, unknown_rule_tags
    from vaccinnet_bdd.manual.rules import INVENTORY, InventoryError, load
    from vaccinnet_bdd.project import features_dir, project_root

    features = features_dir(project_root())
    try:
        rules = load(features)
    except InventoryError as error:
        print(error)
        return 2
    existing = index(features)
    views = rules_with_scenarios(rules, existing)
    unknown = unknown_rule_tags(rules, existing)
    gaps = [view for view in views if view.status == NO_SCENARIO]
    part_gaps = [(view.rule.id, part) for view in views for part in view.gaps]

    def where(proofs: list[Any]) -> list[str]:
        return [f"{s.feature.file}:{s.line}" for s, _ in proofs]

    def part_json(part: PartView) -> dict[str, Any]:
        return {
            "id": part.part.id,
            "soort": part.kind,
            "waar" if part.kind == "gevolg" else "wie": part.where,
            "wat": part.part.wat,
            "scenarios": where(part.scenarios),
            "waarom": part.part.waarom,
        }

    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "regel": v.rule.id,
                        "sectie": v.rule.sectie,
                        "tekst": v.rule.regel,
                        "toetsbaar": v.rule.toetsbaar,
                        "aanname": v.rule.aanname,
                        "scenarios": where(v.scenarios),
                        "gevolgen": [part_json(p) for p in v.parts if p.kind == "gevolg"],
                        "toelatingen": [part_json(p) for p in v.parts if p.kind == "toelating"],
                        "weigert": list(v.rule.weigert),
                    }
                    for v in views
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        for view in views:
            rule = view.rule
            kind = " (aanname)" if rule.aanname else ""
            count = f"{len(view.scenarios)} scenario's" if rule.toetsbaar else f"niet toetsbaar: {rule.waarom}"
            print(f"{rule.id:5} §{rule.sectie:8} {count}{kind}  {rule.regel}")
            for part in view.parts:
                proven = f"{len(part.scenarios)} scenario's" if part.scenarios else f"geen scenario: {part.part.waarom}"
                if not part.scenarios and not part.part.waarom:
                    proven = "GEEN SCENARIO"
                print(f"        {part.part.id:3} {part.kind:9} {part.where}: {part.part.wat}  [{proven}]")
        parts = sum(len(v.parts) for v in views)
        print(
            f"\n{len(views)} regels in features/{INVENTORY}, {sum(v.rule.toetsbaar for v in views)} toetsbaar; "
            f"{parts} gevolgen en toelatingen, {parts - len(part_gaps)} bewezen of verklaard."
        )
    for view in gaps:
        print(f"Geen scenario bewijst toetsbare regel {view.rule.id}: {view.rule.regel}")
    for id, part in part_gaps:
        print(f"Geen scenario bewijst {part.kind} {id}-{part.part.id} ({part.where}): {part.part.wat}")
    for tag, places in unknown.items():
        print(f"@{tag} staat niet in features/{INVENTORY}: {', '.join(places)}")
    return 1 if gaps or part_gaps or unknown else 0
