"""``vaccinnet-bdd run``: the whole manual suite (every feature under features/), in Chromium."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from mock_portals.store import DEFAULT_SEED
from vaccinnet_bdd.project import features_dir, project_root

PASSES_ON = True  # options it does not know go to pytest


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("run", help="run the manual suite; other options go to pytest")
    parser.add_argument("-n", "--workers", default="2", help="parallel workers (pytest-xdist), or 'auto'")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the generated data")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    root = project_root()
    features = os.path.relpath(features_dir(root), root)
    command = [sys.executable, "-m", "pytest", features, "-n", str(args.workers), "--seed", str(args.seed)]
    return subprocess.call(command + extra, cwd=root)
