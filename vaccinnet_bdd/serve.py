"""``vaccinnet-bdd serve``: every mock portal, with a start page, for trainers and writers."""

from __future__ import annotations

import argparse
import socket

from mock_portals.store import DEFAULT_SEED


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("serve", help="serve every mock portal, with a start page, for hands-on use")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0: a free port, printed at start")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the generated data")
    parser.add_argument("--empty", action="store_true", help="start without the practice personas")
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    import uvicorn

    from mock_portals.app import create_app
    from mock_portals.domain.demo import populate
    from mock_portals.store import Store

    store = Store(seed=args.seed)
    if not args.empty:
        populate(store)
    sock = socket.create_server((args.host, args.port))  # listening before the line below says so
    print(f"Oefenomgeving op http://{args.host}:{sock.getsockname()[1]}/ (seed {args.seed})", flush=True)
    uvicorn.Server(uvicorn.Config(create_app(store), log_level="warning")).run(sockets=[sock])
    return 0
