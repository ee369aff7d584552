"""``vaccinnet-bdd serve``: every mock portal, with a start page, for trainers and writers."""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import sys

from mock_portals.store import DEFAULT_SEED

TOKEN_ENV = "VACCINNET_BDD_ADMIN_TOKEN"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("serve", help="serve every mock portal, with a start page, for hands-on use")
    parser.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: loopback only)")
    parser.add_argument("--port", type=int, default=8000, help="0: a free port, printed at start")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the generated data")
    parser.add_argument("--empty", action="store_true", help="start without the practice personas")
    parser.add_argument(
        "--admin-token", default=os.environ.get(TOKEN_ENV), help=f"the admin API's token (also ${TOKEN_ENV})"
    )
    parser.add_argument(
        "--admin-host", action="append", default=[], help="a host name the admin API answers for (repeatable)"
    )
    return parser


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def main(args: argparse.Namespace, extra: list[str]) -> int:
    import uvicorn

    from mock_portals.app import create_app
    from mock_portals.domain.demo import populate
    from mock_portals.security import LOOPBACK
    from mock_portals.store import Store

    if not _loopback(args.host) and not args.admin_token:
        print(
            f"Op {args.host} is de admin-API vanaf het netwerk bereikbaar: geef een admin-token mee "
            f"(--admin-token of ${TOKEN_ENV}); elke admin-vraag moet het dan dragen.",
            file=sys.stderr,
        )
        return 2
    store = Store(seed=args.seed)
    if not args.empty:
        populate(store)
    hosts = (*LOOPBACK, *args.admin_host, *([args.host] if not _loopback(args.host) else []))
    app = create_app(store, admin_token=args.admin_token, admin_hosts=hosts)
    sock = socket.create_server((args.host, args.port))  # listening before the line below says so
    print(f"Oefenomgeving op http://{args.host}:{sock.getsockname()[1]}/ (seed {args.seed})", flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])
    return 0
