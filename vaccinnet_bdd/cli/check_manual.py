"""``vaccinnet-bdd check-manual MANUAL``: every UI label the manual quotes, against the portals."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("check-manual", help="check that every UI label the manual quotes is on its pages")
    parser.add_argument("manual", type=Path, help="the manual: .txt, .md, .docx or .pdf")
    parser.add_argument("--json", action="store_true", help="JSON instead of a table, for CI")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.livingdoc.drift import run
    from vaccinnet_bdd.project import project_root

    return run(args.manual, project_root() / "features", output_json=args.json)
