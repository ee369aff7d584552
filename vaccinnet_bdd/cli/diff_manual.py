"""``vaccinnet-bdd diff-manual OLD NEW``: what changed between two versions of the manual, and what it touches."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "diff-manual", help="compare two versions of the manual (txt, md, docx, pdf): sections, text, labels"
    )
    parser.add_argument("old", type=Path, help="the earlier version")
    parser.add_argument("new", type=Path, help="the later version")
    parser.add_argument("--json", action="store_true", help="the result as JSON, for CI")
    parser.add_argument(
        "--html", type=Path, default=None, help="also write a page for writers: both texts side by side"
    )
    parser.add_argument(
        "--form",
        action="store_true",
        help="also list the sections that changed in form only (quotes, spaces, line breaks): no change",
    )
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    """0: nothing touches a scenario or figure; 1: a change does; 2: a file is no readable manual."""
    from vaccinnet_bdd.livingdoc.diff_manual import as_html, as_json, as_text, diff
    from vaccinnet_bdd.manual.formats import ManualError
    from vaccinnet_bdd.project import project_root

    missing = [str(p) for p in (args.old, args.new) if not p.is_file()]
    if missing:
        print(f"Geen handleiding: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        result = diff(args.old, args.new, project_root() / "features", form=args.form)
    except ManualError as error:
        print(error, file=sys.stderr)
        return 2
    print(as_json(result) if args.json else as_text(result))
    if args.html:
        args.html.write_text(as_html(result), encoding="utf-8")
    return 1 if result.touches else 0
