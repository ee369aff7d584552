"""``vaccinnet-bdd serve``: every mock portal, with a start page, for trainers and writers."""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import sys
from pathlib import Path

from mock_portals.persistence import DamagedState, load, save
from mock_portals.practice import populate
from mock_portals.store import DEFAULT_SEED, Store

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
    parser.add_argument("--state", type=Path, help="keep the practice world in this file, across restarts")
    return parser


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _world(args: argparse.Namespace) -> Store:
    """The saved world of --state when there is one, else a new one (saved at once with --state)."""
    if args.state and args.state.exists():
        return load(args.state, args.seed)
    store = Store(seed=args.seed)
    if not args.empty:
        populate(store)
    if args.state:
        save(store, args.state)
    return store


def main(args: argparse.Namespace, extra: list[str]) -> int:
    import uvicorn

    from mock_portals.app import create_app
    from mock_portals.security import LOOPBACK

    if not _loopback(args.host) and not args.admin_token:
        print(
            f"Op {args.host} is de admin-API vanaf het netwerk bereikbaar: geef een admin-token mee "
            f"(--admin-token of ${TOKEN_ENV}); elke admin-vraag moet het dan dragen.",
            file=sys.stderr,
        )
        return 2
    try:
        store = _world(args)
    except DamagedState as damaged:
        print(
            f"{damaged.path} kan niet gelezen worden als oefenwereld ({damaged.problem}). Er werd niets gestart: "
            "herstel of verwijder het bestand, of kies een ander --state-bestand.",
            file=sys.stderr,
        )
        return 2
    hosts = (*LOOPBACK, *args.admin_host, *([args.host] if not _loopback(args.host) else []))
    on_change = (lambda changed: save(changed, args.state)) if args.state else None
    app = create_app(
        store, admin_token=args.admin_token, admin_hosts=hosts, practice_world=not args.empty, on_change=on_change
    )
    sock = socket.create_server((args.host, args.port))  # listening before the line below says so
    print(f"Oefenomgeving op http://{args.host}:{sock.getsockname()[1]}/ (seed {args.seed})", flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])
    return 0
