"""``vaccinnet-bdd``: serve the mock portals, or run the manual suite against them."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from .store import DEFAULT_SEED

PROJECT = Path(__file__).resolve().parent.parent


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app
    from .domain.demo import populate
    from .store import Store

    store = Store(seed=args.seed)
    if not args.empty:
        populate(store)
    print(f"Mock portals on http://{args.host}:{args.port}/ (seed {args.seed})", flush=True)
    uvicorn.run(create_app(store), host=args.host, port=args.port, log_level="warning")
    return 0


def run(args: argparse.Namespace, extra: list[str]) -> int:
    """The whole manual suite (the Gherkin scenarios under features/), in Chromium."""
    command = [sys.executable, "-m", "pytest", "steps", "-n", str(args.workers), "--seed", str(args.seed)]
    env = dict(os.environ)
    return subprocess.call(command + extra, cwd=PROJECT, env=env)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="vaccinnet-bdd", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p_serve = sub.add_parser("serve", help="serve every mock portal, with a start page, for hands-on use")
    p_serve.add_argument("--host", default="127.0.0.1")
    p_serve.add_argument("--port", type=int, default=8000)
    p_serve.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the generated data")
    p_serve.add_argument("--empty", action="store_true", help="start without the practice personas")

    p_run = sub.add_parser("run", help="run the manual suite; other options go to pytest")
    p_run.add_argument("-n", "--workers", default="2", help="parallel workers (pytest-xdist), or 'auto'")
    p_run.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the generated data")

    p_bench = sub.add_parser("bench", help="benchmark the harness against raw Playwright, and the mock at scale")
    p_bench.add_argument("--repeats", type=int, default=5, help="runs of each scenario (default 5)")
    p_bench.add_argument("--no-suite", action="store_true", help="skip the two whole-suite runs (-n 1, -n 2)")

    p_check = sub.add_parser("check-manual", help="check that every UI label the manual quotes is on its pages")
    p_check.add_argument("manual", type=Path, help="the manual: .txt, .md, .docx or .pdf")
    p_check.add_argument("--json", action="store_true", help="JSON instead of a table, for CI")

    args, extra = parser.parse_known_args(argv)
    if args.command == "check-manual":
        from livingdoc.drift import run as check_manual

        sys.exit(check_manual(args.manual, output_json=args.json))
    if args.command == "bench":
        from bench.run import main as bench

        bench(args.repeats, suite=not args.no_suite)
        sys.exit(0)
    if args.command == "serve":
        if extra:
            parser.error(f"unrecognised arguments: {' '.join(extra)}")
        sys.exit(serve(args))
    sys.exit(run(args, extra))
