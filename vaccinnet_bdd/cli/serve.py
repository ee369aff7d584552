"""``vaccinnet-bdd serve``: every mock portal, with a start page, for trainers and writers."""

from __future__ import annotations

import argparse
import copy
import ipaddress
import os
import socket
import sys
from pathlib import Path

from mock_portals.persistence import DamagedState, load, save
from mock_portals.practice import populate
from mock_portals.store import DEFAULT_SEED, Store
from vaccinnet_bdd.harness.target import TargetError

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
    parser.add_argument(
        "--stand-in",
        type=Path,
        metavar="TARGET_FILE",
        help="a stand-in acceptance environment: the target file's accounts and organisations, only the app key",
    )
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
    if args.stand_in:
        from vaccinnet_bdd.cli.stand_in import build
        from vaccinnet_bdd.harness.library import names_of_project
        from vaccinnet_bdd.harness.provided import provided, vocabulary
        from vaccinnet_bdd.harness.target import load as load_target
        from vaccinnet_bdd.project import project_root

        library = names_of_project(project_root())  # the step library the project names
        target = load_target(args.stand_in, vocabulary(library))
        codes = provided(library).codes
        try:
            store = build(target, args.seed, codes)
        except TargetError as error:  # a secret not set, a world the mock refuses: said of the file too
            raise TargetError(f"doelbestand {args.stand_in}: {error}") from None
    else:
        store = Store(seed=args.seed)
    if not args.empty and not args.stand_in:
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
    except TargetError as error:
        print(f"{error}. Er werd niets gestart.", file=sys.stderr)
        return 2
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
        store,
        admin_token=args.admin_token,
        admin_hosts=hosts,
        practice_world=not args.empty and not args.stand_in,
        on_change=on_change,
        admin_api=not args.stand_in,
        person_picker=not args.stand_in,
    )
    sock = socket.create_server((args.host, args.port))  # listening before the line below says so
    what = f"Vervangende acceptatieomgeving ({args.stand_in})" if args.stand_in else "Oefenomgeving"
    print(f"{what} op http://{args.host}:{sock.getsockname()[1]}/ (seed {args.seed})", flush=True)
    # A stand-in logs every request to standard error (uvicorn's access log goes to standard output
    # by default), so a test can see that no one asked /__admin/.
    logging = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    logging["handlers"]["access"]["stream"] = "ext://sys.stderr"
    config = uvicorn.Config(
        app, log_level="info" if args.stand_in else "warning", access_log=bool(args.stand_in), log_config=logging
    )
    uvicorn.Server(config).run(sockets=[sock])
    return 0
