"""``vaccinnet-bdd rule-mutants``: the rule breaks of rule_mutants.toml, each judged by the manual suite."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "rule-mutants", help="apply each rule break to a scratch copy and let the manual suite alone catch it"
    )
    parser.add_argument("--rule", action="append", default=[], help="only the mutants of this rule (repeatable)")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.bench.rule_mutants import CAUGHT, NotClean, applies, load, run_all, table
    from vaccinnet_bdd.project import project_root

    root = project_root()
    mutants = [m for m in load() if not args.rule or m.rule in args.rule]
    stale = [f"{m.rule}: {why}" for m in mutants if (why := applies(m, root))]
    if stale:
        print("Deze mutanten passen niet meer op de code:\n" + "\n".join(stale))
        return 2
    verdicts = []
    print("Eerst de suite zonder mutant, op een kopie van het project ...", flush=True)
    try:
        for verdict in run_all(root, mutants):
            verdicts.append(verdict)
            print(
                f"{verdict.mutant.rule:6} {verdict.outcome:10} {verdict.seconds:5.0f}s  {verdict.mutant.what}",
                flush=True,
            )
    except NotClean as error:
        print(error)
        return 2
    print()
    print(table(verdicts))
    return 0 if all(v.outcome == CAUGHT for v in verdicts) else 1
