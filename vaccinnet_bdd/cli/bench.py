"""``vaccinnet-bdd bench``: the harness against raw Playwright, the whole suite, the mock at scale."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("bench", help="benchmark the harness against raw Playwright, and the mock at scale")
    parser.add_argument("--repeats", type=int, default=5, help="runs of each scenario (default 5)")
    parser.add_argument("--no-suite", action="store_true", help="skip the two whole-suite runs (-n 1, -n 2)")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.bench.run import main as bench

    bench(args.repeats, suite_runs=not args.no_suite)
    return 0
