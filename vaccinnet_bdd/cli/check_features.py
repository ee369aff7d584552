"""``vaccinnet-bdd check-features [FILE ...]``: the feature files against the step library, no browser."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "check-features", help="check that every step of the feature files exists, without starting a browser"
    )
    parser.add_argument("files", nargs="*", type=Path, help="feature files or folders (default: features/)")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.harness.library import of_project
    from vaccinnet_bdd.livingdoc.check_features import check, feature_files, summary
    from vaccinnet_bdd.project import project_root

    root = project_root()
    paths, missing = feature_files(args.files, root)
    if missing:
        print(f"Geen feature-bestand: {', '.join(missing)}")
        return 2
    problems = list(check(paths, root, of_project(root)))
    for problem in problems:
        print(problem)
    print(summary(len(paths), problems))
    return 1 if problems else 0
