"""``vaccinnet-bdd lint-features [FILE ...]``: the feature files against the house rules (gherkin-lint)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "lint-features", help="check the feature files against the house rules with gherkin-lint, without a browser"
    )
    parser.add_argument("files", nargs="*", type=Path, help="feature files or folders (default: features/)")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.livingdoc.check_features import feature_files
    from vaccinnet_bdd.livingdoc.lint import LinterMissing, lint
    from vaccinnet_bdd.project import project_root

    root = project_root()
    paths, missing = feature_files(args.files, root)
    if missing:
        print(f"Geen feature-bestand: {', '.join(missing)}")
        return 2
    try:
        problems = lint(paths, root)
    except LinterMissing as error:
        print(error)
        return 2
    for problem in problems:
        print(problem)
    files = len({p.file for p in problems})
    print(
        f"{len(paths)} feature-bestanden: " + (f"{len(problems)} opmerkingen in {files}." if problems else "in orde.")
    )
    return 1 if problems else 0
