"""``vaccinnet-bdd check-manual MANUAL``: every UI label the manual quotes, against the portals."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from vaccinnet_bdd.harness.target import add_arguments as add_target_arguments


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("check-manual", help="check that every UI label the manual quotes is on its pages")
    parser.add_argument("manual", type=Path, help="the manual: .txt, .md, .docx or .pdf")
    parser.add_argument("--json", action="store_true", help="JSON instead of a table, for CI")
    add_target_arguments(parser, "the pages of an acceptance environment instead of the mock")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from playwright.sync_api import Error as PlaywrightError

    from vaccinnet_bdd.harness.library import names_of_project
    from vaccinnet_bdd.harness.target import TargetError
    from vaccinnet_bdd.livingdoc.drift import run
    from vaccinnet_bdd.manual.formats import ManualError
    from vaccinnet_bdd.project import features_dir, project_root

    try:
        root = project_root()
        return run(
            args.manual,
            features_dir(root),
            library=names_of_project(root),  # the step library the project names
            output_json=args.json,
            target=args.target,
            base_url=args.base_url,
        )
    except (TargetError, ManualError) as error:
        print(error, file=sys.stderr)
        return 2
    except PlaywrightError as error:
        unreachable = re.search(r"(net::ERR_\w+) at (\S+)", str(error))
        if unreachable is None:
            raise
        print(
            f"{unreachable[2]} is niet bereikbaar ({unreachable[1]}): klopt het adres, en draait de omgeving?",
            file=sys.stderr,
        )
        return 2
