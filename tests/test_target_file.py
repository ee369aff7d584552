"""The target file is checked once, before anything runs: a wrong field, type or word, a secret written
in the file, a secret missing from the environment: one Dutch line naming the field, and never the
value of a secret. The same for pytest, check-manual, figures and the stand-in."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from vaccinnet_bdd.harness.provided import vocabulary
from vaccinnet_bdd.harness.target import TargetError, ready

from .test_on_target import BIN, EXAMPLE, PROJECT, broken, secrets_of

WORDS = vocabulary(["steps"])
DUPLICATE = '[[organisatie]]\nnaam = "WACHTPOST KUSTREGIO"\nsoort = "apotheek"\nriziv = "12345678"\n# The accounts:'


def _error(path: Path, **options: object) -> str:
    with pytest.raises(TargetError) as error:
        ready(path, WORDS, **options)  # type: ignore[arg-type]
    message = str(error.value)
    assert message.startswith(f"doelbestand {path}: ") and "\n" not in message
    assert "Input should" not in message and "Value error" not in message  # no English of pydantic
    return message.removeprefix(f"doelbestand {path}: ")


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        (
            'naam = "vervangende acceptatieomgeving (lokaal)"',
            "naam = 5",
            "naam: verwacht tekst, tussen aanhalingstekens",
        ),
        ('base_url = "http://127.0.0.1:8765"', "base_url = 42", "portalen.base_url: verwacht tekst"),
        ("toepassingen = []", 'toepassingen = "x"', "account[1].lid[1].toepassingen: verwacht een lijst, tussen [ ]"),
        ('riziv = "68421721"', "riziv = 68421721", "organisatie[1].riziv: verwacht tekst"),
        ("[portalen]", "portalen = 5\n[andere]", "portalen: verwacht een tabel"),
        ('sleutel = "beveiligingscode via mobiele app"', "sleutel = 1", "account[1].sleutel: ongeldige waarde 1"),
        ('naam = "Joris Van Damme"', "naam = []", "account[2].naam: verwacht tekst"),
    ],
)
def test_a_wrong_type_is_said_in_dutch_naming_the_field(tmp_path: Path, old: str, new: str, line: str) -> None:
    assert _error(broken(tmp_path, old, new)).startswith(line)


def test_any_other_kind_of_error_still_names_the_field() -> None:
    from vaccinnet_bdd.harness.target import _said

    error = {"type": "uuid_parsing", "loc": ("account", 1, "email"), "msg": "Input should be a UUID", "input": "x"}
    assert _said(error) == ("account[2].email", "ongeldige waarde")


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        (
            '"ACC_JORIS_WACHTWOORD"',
            '"geheim123!"',
            "account[2].wachtwoord: moet de naam van een omgevingsvariabele",
        ),
        ('"ACC_KATRIEN_TOTP"', '"JBSWY3DPEHPK3PXP"', "account[1].totp_geheim: dit lijkt het geheim zelf"),
        ('"ACC_HANNE_GEBRUIKER"', '"hanne.jacobs"', "account[9].gebruikersnaam: moet de naam van een"),
        ('"ACC_HANNE_WACHTWOORD"', "123456789", "account[9].wachtwoord: verwacht tekst"),
    ],
)
def test_a_secret_written_in_the_file_is_refused_without_repeating_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, line: str
) -> None:
    for name, value in secrets_of().items():
        monkeypatch.setenv(name, value)
    message = _error(broken(tmp_path, old, new))
    assert message.startswith(line)
    assert new.strip('"') not in message


def test_a_secret_missing_from_the_environment_names_account_field_and_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in secrets_of().items():
        monkeypatch.setenv(name, value)
    assert ready(EXAMPLE, WORDS).naam  # every secret set: the file is ready
    monkeypatch.delenv("ACC_JORIS_WACHTWOORD")
    expected = "account 'Joris Van Damme', wachtwoord: de omgevingsvariabele ACC_JORIS_WACHTWOORD is niet gezet"
    assert _error(EXAMPLE) == expected
    pasted = _error(broken(tmp_path, '"ACC_JORIS_WACHTWOORD"', '"GEHEIM2026"'))  # the name of no variable
    assert pasted.startswith("account 'Joris Van Damme', wachtwoord: de omgevingsvariabele die het doelbestand noemt")
    assert "GEHEIM2026" not in pasted  # it may be the password itself


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ('type = "LB"', 'type = "Baas"', "account[1].lid[1].type: 'Baas' is onbekend; toegestaan: LB, Co-LB, USER"),
        ('status = "Actief"', 'status = "Weg"', "account[1].lid[1].status: 'Weg' is onbekend; toegestaan: Actief"),
        ('soort = "wachtpost"', 'soort = "kapsalon"', "organisatie[1].soort: 'kapsalon' is onbekend; toegestaan: apo"),
        ("toepassingen = []", 'toepassingen = ["Facebook"]', "account[1].lid[1].toepassingen[1]: 'Facebook' is onbe"),
        ('csam = "/csam"', 'csam = "ftp://nope x"', "portalen.csam: ongeldige waarde 'ftp://nope x': een adres met"),
        ('base_url = "http://127.0.0.1:8765"', 'base_url = "acc.example"', "portalen.base_url: ongeldige waarde"),
        (
            'naam = "Joris Van Damme"',
            'naam = "Wim Goossens"',
            "account[4].naam: 'Wim Goossens' staat er al, als account[2]",
        ),
        ("# The accounts:", DUPLICATE, "organisatie[5].naam: 'WACHTPOST KUSTREGIO' staat er al, als organisatie[1]"),
    ],
)
def test_words_addresses_and_names_are_checked_at_load(tmp_path: Path, old: str, new: str, line: str) -> None:
    assert _error(broken(tmp_path, old, new)).startswith(line)


def test_a_path_needs_a_base_url_but_full_urls_do_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in secrets_of().items():
        monkeypatch.setenv(name, value)
    without = broken(tmp_path, 'base_url = "http://127.0.0.1:8765"\n', "")
    assert _error(without).startswith("portalen.csam: een pad (/csam) vraagt portalen.base_url of --base-url")
    assert ready(without, WORDS, base_url="http://127.0.0.1:9").naam
    text = without.read_text(encoding="utf-8")
    for portal in ("csam", "ehealth", "registratie", "progezondheid", "btb", "uman", "vaccinnet"):
        text = text.replace(f'{portal} = "/{portal}"', f'{portal} = "https://{portal}.acc.example/"', 1)
    without.write_text(text, encoding="utf-8")
    assert ready(without, WORDS).portalen.address("uman") == "https://uman.acc.example"


def _run(*command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("VACCINNET_", "ACC_"))}
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, env=clean | (env or {}), timeout=120)


def test_the_stand_in_refuses_an_unknown_word_in_one_line(tmp_path: Path) -> None:
    target = broken(tmp_path, 'type = "LB"', 'type = "Baas"')
    run = _run(str(BIN / "vaccinnet-bdd"), "serve", "--stand-in", str(target), "--port", "0", env=secrets_of())
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"doelbestand {target}: account[1].lid[1].type: 'Baas' is onbekend; toegestaan: LB, Co-LB, USER."
        " Er werd niets gestart."
    ]


def test_pytest_stops_before_any_test_when_a_secret_is_not_set(tmp_path: Path) -> None:
    secrets = secrets_of()
    secrets.pop("ACC_ELINE_TOTP")
    run = _run(
        sys.executable, "-m", "pytest", "features", "--target", str(EXAMPLE), f"--report-dir={tmp_path}", env=secrets
    )
    assert run.returncode == pytest.ExitCode.USAGE_ERROR
    line = f"doelbestand {EXAMPLE}: account 'Eline Vandenberghe', totp_geheim: de omgevingsvariabele ACC_ELINE_TOTP"
    assert line in run.stderr and "Traceback" not in run.stderr + run.stdout
    assert not (tmp_path / "junit.xml").exists()


def test_figures_has_a_target_option_and_a_broken_target_stops_it_at_once(tmp_path: Path) -> None:
    assert "--target" in _run(str(BIN / "vaccinnet-bdd"), "figures", "--help").stdout
    folder = tmp_path / "figuren"
    folder.mkdir()
    (folder / "2.2-1.png").write_bytes(b"een vorige tekening")
    target = broken(tmp_path, 'soort = "wachtpost"', 'soort = "kapsalon"')
    for env in ({}, {"VACCINNET_BDD_TARGET": str(target)}):
        options = [] if env else ["--target", str(target)]
        run = _run(str(BIN / "vaccinnet-bdd"), "figures", "--dir", str(folder), *options, env=env | secrets_of())
        assert run.returncode == 2
        assert run.stdout == "" and run.stderr.strip().startswith(f"doelbestand {target}: organisatie[1].soort:")
        assert len(run.stderr.strip().splitlines()) == 1
        assert [p.name for p in folder.iterdir()] == ["2.2-1.png"]  # nothing moved, nothing drawn
    run = _run(str(BIN / "vaccinnet-bdd"), "figures", "--dir", str(folder), "--target", str(EXAMPLE))
    assert run.returncode == 2 and run.stdout == ""
    assert "account 'Katrien Verhoeven', gebruikersnaam: de omgevingsvariabele ACC_KATRIEN_GEBRUIKER" in run.stderr


def test_check_manual_says_in_one_line_which_address_it_could_not_reach(tmp_path: Path) -> None:
    from .test_check_manual import SMALL

    manual = tmp_path / "handleiding.txt"
    manual.write_text(SMALL, encoding="utf-8")
    tool = [str(BIN / "vaccinnet-bdd"), "check-manual", str(manual), "--target", str(EXAMPLE)]
    run = _run(*tool)
    assert run.returncode == 2 and "de omgevingsvariabele ACC_KATRIEN_GEBRUIKER is niet gezet" in run.stderr
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}"
    run = _run(*tool, "--base-url", url, env=secrets_of())
    assert run.returncode == 2, run.stderr
    assert run.stderr.strip().splitlines() == [
        f"{url}/uman/aanmelden is niet bereikbaar (net::ERR_CONNECTION_REFUSED):"
        " klopt het adres, en draait de omgeving?"
    ]
