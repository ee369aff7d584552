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
    from livingdoc.drift import run

    return run(args.manual, output_json=args.json)
