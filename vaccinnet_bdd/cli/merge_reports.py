"""``vaccinnet-bdd merge-reports DIR... [--out MAP]``: the report folders of shards as one report."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("merge-reports", help="merge the report folders of several shards into one report")
    parser.add_argument("folders", nargs="+", type=Path, help="the report folders of the shards")
    parser.add_argument("--out", type=Path, default=Path("reports"), help="where the merged report goes (reports/)")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.harness.library import of_project
    from vaccinnet_bdd.livingdoc.merge import MergeError, merge
    from vaccinnet_bdd.project import project_root

    root = project_root()
    try:
        report, notes = merge(args.folders, args.out, root, of_project(root))
    except MergeError as error:
        print(error)
        return 2
    for note in notes:
        print(note)
    print(f"Samengevoegd rapport van {len(args.folders)} mappen: {report}")
    return 0
