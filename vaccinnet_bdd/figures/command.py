"""``vaccinnet-bdd figures``: redraw the manual's screenshots from the mock and list those that changed.

The figures are the scenarios tagged ``@figuur`` (``features/figuren/``). The previous run's PNGs go
to ``vorige/``; pytest draws them anew; each is compared with its reference: the picture a writer
approved (``goedgekeurd/``, with ``--approve``), else its previous drawing. The ones whose pixels
changed beyond the tolerance are the manual's screenshots that are now out of date.
Options it does not know go to pytest (``-k 2.4.1.2`` draws a selection; the other figures keep
their last drawing). ``--target`` draws on an acceptance environment: its file is checked first, and
a file the run cannot use stops the command with one line, before anything is drawn or moved.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from vaccinnet_bdd.harness.chromium import VIEWPORT
from vaccinnet_bdd.harness.library import names_of_project
from vaccinnet_bdd.harness.target import TargetError
from vaccinnet_bdd.harness.target import add_arguments as add_target_arguments
from vaccinnet_bdd.harness.where import run_options
from vaccinnet_bdd.project import features_dir, project_root

from . import compare as figures
from .describe import describe
from .draw import TAG, description_of

PASSES_ON = True  # options it does not know go to pytest
PREVIOUS = "vorige"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "figures", help="redraw the manual's screenshots from the mock portals and list those that changed"
    )
    parser.add_argument(
        "--manual",
        type=Path,
        default=os.environ.get("VACCINNET_BDD_MANUAL"),
        help="the manual (.txt, .md, .docx, .pdf): the index page shows its description beside each figure",
    )
    parser.add_argument(
        "--tolerance", type=float, default=0.5, help="%% of the pixels that may differ before a figure has changed"
    )
    parser.add_argument("--dir", type=Path, default=None, help="where the figures go (default reports/figures)")
    parser.add_argument(
        "--approve", nargs="+", metavar="ID", default=[], help="make these figures' last drawing the reference"
    )
    parser.add_argument("--approve-all", action="store_true", help="make every figure's last drawing the reference")
    add_target_arguments(parser, "draw from an acceptance environment instead of the mock")
    return parser


def approve(folder: Path, names: list[str], every: bool) -> int:
    """Copy the last drawing of these figures (or of all) to the approved references; nothing is redrawn."""
    drawn = {png.stem: png for png in folder.glob("*.png")}
    unknown = [name for name in names if name not in drawn]
    if unknown:
        drawings = f"getekend: {', '.join(sorted(drawn))}" if drawn else "er is nog niets getekend"
        print(f"Geen tekening van {', '.join(unknown)} in {folder}; {drawings}")
        return 2
    (folder / figures.APPROVED).mkdir(exist_ok=True)
    for name in sorted(drawn) if every else names:
        shutil.copy2(drawn[name], folder / figures.APPROVED / f"{name}.png")
        print(f"Goedgekeurd: {name}")
    return 0


def set_aside(folder: Path, partial: bool) -> Path:
    """Move the figures of the last run to ``vorige/``: all of them after a whole run, one by one (so
    that the others keep theirs) after a selection."""
    previous = folder / PREVIOUS
    if not partial and any(folder.glob("*.png")):
        shutil.rmtree(previous, ignore_errors=True)
    previous.mkdir(parents=True, exist_ok=True)
    for png in folder.glob("*.png"):
        png.replace(previous / png.name)
    return previous


def draw(folder: Path, extra: list[str]) -> int:
    """Run the figure scenarios with pytest, which saves their PNGs in ``folder``; pytest's exit code."""
    with tempfile.TemporaryDirectory(prefix="figuren-") as report:
        root = project_root()
        features = os.path.relpath(features_dir(root), root)
        command = [sys.executable, "-m", "pytest", features, "-m", TAG, "-q", "--no-report"]
        command += [
            f"--report-dir={report}",
            f"--figures-dir={folder}",
            f"--viewport={VIEWPORT[0]}x{VIEWPORT[1]}",
            *extra,
        ]
        return subprocess.call(command, cwd=root)


def keep_undrawn(previous: Path, folder: Path) -> None:
    """After a selection, the figures it did not draw keep their last drawing."""
    for png in previous.glob("*.png"):
        if not (folder / png.name).exists():
            shutil.copy2(png, folder / png.name)


def main(args: argparse.Namespace, extra: list[str]) -> int:
    folder: Path = (args.dir or project_root() / "reports" / "figures").resolve()
    if args.approve or args.approve_all:
        return approve(folder, args.approve, args.approve_all)
    try:
        options = run_options(names_of_project(project_root()), args.target, args.base_url)
    except TargetError as error:
        print(error, file=sys.stderr)
        return 2
    partial = bool(extra)
    previous = set_aside(folder, partial)
    code = draw(folder, [*options, *extra])
    drawn = {png.stem for png in folder.glob("*.png")}
    if partial:
        keep_undrawn(previous, folder)
    comparisons = figures.compare(previous, folder, args.tolerance, drawn if partial else None)
    drawings = {c.name: description_of(folder / f"{c.name}.png") for c in comparisons if c.status != figures.GONE}
    described = describe(args.manual, drawings) if args.manual else None
    when = dt.datetime.now().strftime("%d/%m/%Y %H:%M")
    page = figures.index_page(comparisons, drawings, described, args.tolerance, when)
    (folder / "index.html").write_text(page, encoding="utf-8")
    print(f"\nFiguren van de handleiding in {folder}:")
    for comparison in comparisons:
        print(f"  {comparison.line()}")
    print(figures.verdict(comparisons))
    print(f"Overzicht: {folder / 'index.html'}")
    if code != 0:
        print(f"Niet elke figuur werd getekend: pytest stopte met code {code} (zie hierboven).")
        return 1
    return 0
