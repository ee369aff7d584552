"""``vaccinnet-bdd rules``: every rule of the manual the suite proves, with the scenarios that prove it."""

from __future__ import annotations

import argparse
import json


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("rules", help="the rule inventory with the scenarios of each rule; fails on a gap")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.livingdoc.features import index
    from vaccinnet_bdd.livingdoc.rules_view import NO_SCENARIO, rules_with_scenarios, unknown_rule_tags
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
                        "scenarios": [f"{s.feature.file}:{s.line}" for s, _ in v.scenarios],
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
        print(f"\n{len(views)} regels in features/{INVENTORY}, {sum(v.rule.toetsbaar for v in views)} toetsbaar.")
    for view in gaps:
        print(f"Geen scenario bewijst toetsbare regel {view.rule.id}: {view.rule.regel}")
    for tag, where in unknown.items():
        print(f"@{tag} staat niet in features/{INVENTORY}: {', '.join(where)}")
    return 1 if gaps or unknown else 0
