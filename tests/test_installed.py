"""The package installed as a user installs it (``pip install .``, not editable) works outside this
checkout: the plugin, ``vaccinnet-bdd serve`` and ``vaccinnet-bdd check-manual`` in a folder that holds
only ``features/`` and a ``pyproject.toml``. Nothing of the tools finds files from where its code lies."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import httpx2 as httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
FEATURE = ROOT / "features" / "csam" / "aanmelden.feature"
PROJECT_CONFIG = """[tool.pytest.ini_options]
bdd_features_base_dir = "features"
addopts = ["-p", "no:randomly", "-p", "no:cacheprovider"]
"""
SOURCE = ("pyproject.toml", "README.md", "mock_portals", "steps", "vaccinnet_bdd")
MANUAL = "2.4.1.2 Verwijderen van gebruikers\nKlik op de knop 'Uitvoeren'.\n"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the project's wheel; its dependencies are this environment's
    (a path line, so the editable install of this checkout is not seen there)."""
    where = tmp_path_factory.mktemp("installed")
    source, wheels = where / "source", where / "wheels"  # built from a copy: no build/ left in the checkout
    source.mkdir()
    for name in SOURCE:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / name, source / name)
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels)]
    subprocess.run([*build, str(source)], check=True, capture_output=True, timeout=300)
    venv = where / "venv"
    # without a pip of its own (ensurepip costs seconds): this environment's pip installs into it
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    packages = next(venv.glob("lib/python*/site-packages"))
    (packages / "dependencies.pth").write_text(site.getsitepackages()[0] + "\n")
    wheel = next(wheels.glob("vaccinnet_bdd-*.whl"))
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q", "--no-deps"]
    pip += ["--no-index", str(wheel)]
    subprocess.run(pip, check=True, capture_output=True, timeout=300)
    return venv


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder outside the checkout: a feature of this suite and a pyproject.toml, nothing else."""
    (tmp_path / "features").mkdir()
    shutil.copy(FEATURE, tmp_path / "features" / FEATURE.name)
    (tmp_path / "pyproject.toml").write_text(PROJECT_CONFIG)
    return tmp_path


def _run(venv: Path, project: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(venv / "bin" / command[0]), *command[1:]],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_installed_package_is_the_one_that_runs(installed: Path, project: Path) -> None:
    code = "import mock_portals, steps, vaccinnet_bdd as v; print(v.__file__, steps.__file__, mock_portals.__file__)"
    found = _run(installed, project, "python", "-c", code)
    assert found.returncode == 0, found.stderr
    assert all(Path(path).is_relative_to(installed) for path in found.stdout.split()), found.stdout


def test_pytest_runs_the_folders_features_with_the_installed_plugin(installed: Path, project: Path) -> None:
    result = _run(installed, project, "python", "-m", "pytest", "-q", "-p", "no:xdist", "-k", "per_groep")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout
    assert (project / "reports" / "index.html").is_file()  # the report lands in the folder, not in site-packages


def test_check_manual_reads_the_folders_features(installed: Path, project: Path) -> None:
    manual = project / "handleiding.txt"
    manual.write_text(MANUAL, encoding="utf-8")
    result = _run(installed, project, "vaccinnet-bdd", "check-manual", str(manual))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "knop 'Uitvoeren'" in result.stdout


def test_serve_answers_from_the_installed_package(installed: Path, project: Path) -> None:
    server = subprocess.Popen(
        [str(installed / "bin" / "vaccinnet-bdd"), "serve", "--port", "0"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = next(word for line in server.stdout for word in line.split() if word.startswith("http://127.0.0.1:"))
        # serve prints its address once the socket listens; connection retries cover a slow start
        with httpx.Client(transport=httpx.HTTPTransport(retries=20)) as client:
            answer = client.get(url.rstrip("/.,") + "/")
        assert answer.status_code == 200 and "Vaccinnet" in answer.text
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.stdout is not None:
            server.stdout.close()


def test_the_tools_use_the_projects_feature_folder_and_its_allow_list(installed: Path, tmp_path: Path) -> None:
    """``bdd_features_base_dir`` names the folder; the allow-list of the manual's labels stands in it."""
    (tmp_path / "specs").mkdir()
    shutil.copy(FEATURE, tmp_path / "specs" / FEATURE.name)
    (tmp_path / "pyproject.toml").write_text(PROJECT_CONFIG.replace('"features"', '"specs"'))
    manual = tmp_path / "handleiding.txt"
    manual.write_text(MANUAL + "Vul het veld 'Nergens' in.\n", encoding="utf-8")
    missing = _run(installed, tmp_path, "vaccinnet-bdd", "check-manual", str(manual))
    assert missing.returncode == 1 and "ONTBREEKT in §2.4.1.2: geen veld 'Nergens'" in missing.stdout, missing.stdout
    allowed = '[[allowed]]\nlabel = "Nergens"\nreason = "voorbeeld"\n'
    (tmp_path / "specs" / "manual-allowlist.toml").write_text(allowed, encoding="utf-8")
    result = _run(installed, tmp_path, "vaccinnet-bdd", "check-manual", str(manual))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "toegest." in result.stdout
