"""The shape of the code: layers without cycles, declared libraries, small modules, one Chromium launch."""

from __future__ import annotations

import ast
import graphlib
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("mock_portals", "steps", "vaccinnet_bdd")
ALL = {"mock_portals", "steps", "vaccinnet_bdd.project", "vaccinnet_bdd.manual", "vaccinnet_bdd.harness"}
ALL |= {"vaccinnet_bdd.figures", "vaccinnet_bdd.livingdoc", "vaccinnet_bdd.bench"}
# Which units of the project each unit may import: the layers, from the mock up. A unit is a top-level
# package, or a subpackage (or module) of vaccinnet_bdd.
MAY_IMPORT = {
    "mock_portals": set(),
    "vaccinnet_bdd.project": set(),
    "vaccinnet_bdd.manual": set(),
    "vaccinnet_bdd.harness": {"mock_portals", "vaccinnet_bdd.project", "vaccinnet_bdd.manual"},
    "vaccinnet_bdd.figures": {"vaccinnet_bdd.harness", "vaccinnet_bdd.manual", "vaccinnet_bdd.project"},
    # the test side: never the mock (an independent oracle), the harness and the figures below it
    "steps": {"vaccinnet_bdd.harness", "vaccinnet_bdd.figures", "vaccinnet_bdd.manual"},
    "vaccinnet_bdd.livingdoc": ALL - {"vaccinnet_bdd.livingdoc", "vaccinnet_bdd.bench"},
    "vaccinnet_bdd.bench": {"mock_portals", "vaccinnet_bdd.harness", "vaccinnet_bdd.project"},
    "vaccinnet_bdd.cli": ALL,
    "vaccinnet_bdd.plugin": set(),  # registers the layers below by name
    "vaccinnet_bdd": ALL,  # the package itself
    "vaccinnet_bdd.__main__": {"vaccinnet_bdd.cli"},
}
MAY_IMPORT["tests"] = set(MAY_IMPORT)


def _unit(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "vaccinnet_bdd" and len(parts) > 1 else parts[0]


def _modules(package: str) -> dict[str, Path]:
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(name: str, path: Path) -> set[str]:
    """The modules ``name`` imports (absolute names), of this project or not: at module level, inside
    a function and under ``if TYPE_CHECKING:`` alike."""
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base]).strip(".")
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def _ours() -> dict[str, Path]:
    return {name: path for package in (*PACKAGES, "tests") for name, path in _modules(package).items()}


def test_no_import_cycle_anywhere() -> None:
    modules = _ours()
    graph = {name: {m for m in _imports(name, path) if m in modules and m != name} for name, path in modules.items()}
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError with the cycle


def test_each_unit_imports_only_the_layers_below_it() -> None:
    offenders = []
    modules = _ours()
    for name, path in modules.items():
        unit = _unit(name)
        for imported in _imports(name, path):
            other = _unit(imported)
            if imported.split(".")[0] in PACKAGES and other != unit and other not in MAY_IMPORT[unit]:
                offenders.append(f"{name} imports {imported}")
    assert not offenders, offenders
    assert {_unit(name) for name in modules} <= set(MAY_IMPORT), "a new unit: give it its layer in MAY_IMPORT"


# Where a run plays (the mock or a target) is chosen once, in harness/where.py, and known only to the
# stage: the protocol and its hooks (stage), and the two implementations below. Everything else
# works through the protocol (``stage_of(config)``, the World, the scene) or asks ``where``.
HARNESS = "vaccinnet_bdd.harness."
STAGE_IMPLEMENTATIONS = {
    HARNESS + name
    for name in (
        "mock",
        "mock_scene",
        "on_target",
        "target_env",
        "target_scene",
        "target_curtain",
        "target_undo",
        "target_run",
        "casting",
    )
}
THE_STAGE = STAGE_IMPLEMENTATIONS | {HARNESS + "where", HARNESS + "stage"}
ASKING = re.compile(
    r"\b(on_target|is_target|is_mock|_PORTALS)\b|getoption\(\s*[\"'](--)?target[\"']"
    r"|\bif\s+(not\s+)?(args\.)?target\b(?![.\w])|\btarget\s+is\s+(not\s+)?None\b"
    r"|isinstance\([^)]*\b(Target|Mock)Stage\b"
)


def test_no_module_outside_the_stage_asks_whether_the_run_is_on_a_target() -> None:
    askers = []
    for name, path in _ours().items():
        if name in THE_STAGE or name.startswith("tests"):
            continue
        askers += [f"{name} imports {m}" for m in sorted(_imports(name, path) & STAGE_IMPLEMENTATIONS)]
        askers += [f"{name}: {m.group(0)}" for m in ASKING.finditer(path.read_text())]
    assert not askers, askers
    assert not ASKING.search("stage_of(config).url(request)")  # the protocol is not asking


def test_the_stage_check_sees_an_import_and_a_question(tmp_path: Path) -> None:
    module = tmp_path / "explain.py"
    module.write_text("from .on_target import TargetStage\nif config.getoption('--target'):\n    pass\n")
    assert _imports("vaccinnet_bdd.harness.explain", module) & STAGE_IMPLEMENTATIONS
    assert ASKING.search(module.read_text())
    for question in (
        "x = Path(args.target) if args.target else None",
        "if target is None:",
        "isinstance(s, TargetStage)",
    ):
        assert ASKING.search(question), question
    assert not ASKING.search("if not target.organisatie:")  # a target file's field, not the question


def test_the_layer_check_sees_imports_inside_functions_and_for_type_checking(tmp_path: Path) -> None:
    module = tmp_path / "drift.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from vaccinnet_bdd.cli import main\n"
        "def f():\n    from .drift_target import target_cast\n    import vaccinnet_bdd.bench.raw\n"
    )
    found = _imports("vaccinnet_bdd.livingdoc.drift", module)
    assert {"vaccinnet_bdd.cli", "vaccinnet_bdd.livingdoc.drift_target", "vaccinnet_bdd.bench.raw"} <= found, found


def test_only_the_plugin_registers_plugins_and_only_the_library_loads_step_modules() -> None:
    """No layer registers a layer above it: the entry point's plugin registers the harness, the
    figures and the living documentation; the harness loads the step library by the project's setting."""
    code = {name: path for name, path in _ours().items() if not name.startswith("tests")}
    registering = {name for name, path in code.items() if "pytest_plugins" in path.read_text()}
    assert registering == {"vaccinnet_bdd.plugin"}
    loading = {name for name, path in code.items() if "import_plugin(" in path.read_text()}
    assert loading == {"vaccinnet_bdd.harness.library"}


def test_each_plugin_is_registered_before_a_plugin_that_imports_it() -> None:
    """pytest rewrites a plugin's asserts when it registers it; one imported earlier by another plugin
    is not rewritten, and the warning (an error here) stops ``.venv/bin/pytest`` before it starts."""
    modules = _ours()
    listed = re.search(r"pytest_plugins = (\[.*?\])", modules["vaccinnet_bdd.plugin"].read_text(), re.S)
    assert listed, "vaccinnet_bdd/plugin.py no longer lists its plugins in pytest_plugins"
    plugins = ast.literal_eval(listed[1])

    def reached(name: str, seen: set[str]) -> set[str]:
        for imported in _imports(name, modules[name]):
            if imported in modules and imported not in seen:
                seen.add(imported)
                reached(imported, seen)
        return seen

    early = [
        f"{plugin} is imported by {earlier}, registered before it"
        for i, plugin in enumerate(plugins)
        for earlier in plugins[:i]
        if earlier in modules and plugin in reached(earlier, set())
    ]
    assert not early, early


def test_every_library_the_code_imports_is_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {re.split(r"[<>=\[ ;]", d)[0].lower().replace("_", "-") for d in project["dependencies"]}
    declared |= {re.split(r"[<>=\[ ;]", d)[0].lower() for d in project["optional-dependencies"]["dev"]}
    distributions = importlib.metadata.packages_distributions()
    missing = set()
    for name, path in _ours().items():
        for imported in _imports(name, path):
            top = imported.split(".")[0]
            if not top or top in sys.stdlib_module_names or top in (*PACKAGES, "tests") or top == "__future__":
                continue
            owners = {d.lower().replace("_", "-") for d in distributions.get(top, [top])}
            if not owners & declared:
                missing.add(f"{top} ({', '.join(sorted(owners))}) in {name}")
    assert not missing, sorted(missing)


def test_no_module_of_the_project_is_over_300_lines() -> None:
    long = {name: n for name, path in _ours().items() if (n := len(path.read_text().splitlines())) > 300}
    assert not long, long


def test_chromium_is_started_in_one_function() -> None:
    """The harness, the drift check, the figures, the bench and the trace viewer all start Chromium
    through ``vaccinnet_bdd.harness.chromium.launch``: one call of Playwright's launchers in the code."""
    launchers = {"launch", "launch_persistent_context", "launch_server", "connect_over_cdp", "connect"}
    calls = [
        f"{name}:{node.lineno}"
        for name, path in _ours().items()
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in launchers
    ]
    assert len(calls) == 1 and calls[0].startswith("vaccinnet_bdd.harness.chromium:"), calls


# CSAM is the login itself and eGezondheid's pages are public: neither logs in through CSAM. CSAM's own
# pages are visited by the drift check on the way into UMAN (``_csam_for_uman``).
NO_CSAM_LOGIN = {"csam", "ehealth"}
NOT_VISITED_ALONE = {"csam"}


def test_every_portal_has_its_places() -> None:
    """ARCHITECTURE.md, "A portal": every portal the mock mounts has its routes, templates, page
    objects, steps in the library, and features (the checklist's places that a test can see)."""
    from starlette.routing import Mount

    from mock_portals.app import create_app
    from mock_portals.sso import CLIENTS
    from steps import LIBRARY

    drift_imports = _imports("steps.manual_pages", _ours()["steps.manual_pages"])

    portals = {r.name for r in create_app().routes if isinstance(r, Mount) and r.name} - {"admin", "static"}
    assert len(portals) == 7, portals
    missing = []
    for portal in sorted(portals):
        places = {
            "routes": ROOT / "mock_portals" / "portals" / portal,
            "templates": ROOT / "mock_portals" / "templates" / portal,
            "page objects": ROOT / "steps" / "pages" / f"{portal}.py",
            "steps": ROOT / "steps" / f"{portal}.py",
            "features": ROOT / "features" / portal,
        }
        missing += [
            f"{portal}: {what}"
            for what, path in places.items()
            if not (path.exists() or path.with_suffix(".py").exists())
        ]
        if f"steps.{portal}" not in LIBRARY:
            missing.append(f"{portal}: steps.{portal} not in steps.LIBRARY")
        if portal not in NO_CSAM_LOGIN and portal not in CLIENTS:
            missing.append(f"{portal}: not in mock_portals.sso.CLIENTS")
        if portal not in NOT_VISITED_ALONE and f"steps.pages.{portal}" not in drift_imports:
            missing.append(f"{portal}: no page of it in steps/manual_pages.py")
    assert not missing, missing


def test_architecture_md_names_every_module_of_the_package() -> None:
    """Each module of the harness and its tools is named (in backticks) in ARCHITECTURE.md's table, but the
    CLI's, one per subcommand; a new module gets its words there."""
    from vaccinnet_bdd.cli import COMMANDS

    text = (ROOT / "ARCHITECTURE.md").read_text()
    unnamed = [
        f"{package}/{path.stem}"
        for package in ("harness", "livingdoc", "figures", "manual", "bench")
        for path in sorted((ROOT / "vaccinnet_bdd" / package).glob("*.py"))
        if path.stem != "__init__" and f"`{path.stem}`" not in text
    ]
    assert not unnamed, unnamed
    cli = {path.stem for path in (ROOT / "vaccinnet_bdd" / "cli").glob("*.py")} - {"__init__"}
    helpers = {name for name in cli if f"vaccinnet_bdd.cli.{name}" not in COMMANDS}
    assert all(f"`{name}`" in text for name in helpers), helpers
