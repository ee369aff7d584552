"""Personas claimed on a target: one lock folder per environment, waiting for a persona in use, no
two logins with one code, and every persona a scenario needs claimed at once, in one order."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pyotp
import pytest

from steps.codes import CODES
from vaccinnet_bdd.harness import claims as claims_module
from vaccinnet_bdd.harness.claims import WINDOW, Claims, PersonaInUse
from vaccinnet_bdd.harness.on_target import NOT_ON_TARGET, OnTarget, claims_for
from vaccinnet_bdd.harness.target import Target, load

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "acceptatie.toml"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
DELETING = [  # features/uman/gebruikers_verwijderen.feature: Lies Bos in the background, then Ann Claes
    '"Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"',
    '"Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"',
    '"Lies Bos" de gebruikers van "WACHTPOST LEIE" opent',
    'zij "Ann Claes" verwijdert',
]
SIGNING_IN = [  # features/vaccinnet/aanmelden_voor_organisatie.feature: only Ann Claes, Lies Bos looks her up
    '"Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"',
    '"Ann Claes" zich bij Vaccinnet aanmeldt met "itsme"',
]


def _code(what: str, name: str) -> str:
    return CODES[what][name]


def _on(target: Target, claims: Claims) -> OnTarget:
    return OnTarget(target, claims, step=lambda: "?", sign_in=lambda *_: None)


def test_the_lock_folder_is_named_after_the_target_not_the_file(tmp_path: Path) -> None:
    """Two checkouts on one machine with the same target share the claims; another environment has its own."""
    copies = [tmp_path / "checkout-a" / "doel.toml", tmp_path / "checkout-b" / "doel.toml"]
    for copy in copies:
        copy.parent.mkdir()
        shutil.copy(EXAMPLE, copy)
    first, second = (claims_for(load(copy), "http://127.0.0.1:8765", tmp_path).folder for copy in copies)
    assert first == second and first.is_dir()
    assert first.name.startswith("vervangende-acceptatieomgeving-lokaal-")
    target = load(copies[0])
    assert claims_for(target, "http://127.0.0.1:9000", tmp_path).folder != first  # other portal addresses
    renamed = target.model_copy(update={"naam": "een andere omgeving"})
    assert claims_for(renamed, "http://127.0.0.1:8765", tmp_path).folder != first


def test_a_persona_in_use_is_waited_for(tmp_path: Path) -> None:
    holder, waiter = Claims(tmp_path), Claims(tmp_path, wait=10)
    holder.claim("Ann Claes")
    threading.Timer(0.6, holder.release).start()
    started = time.monotonic()
    waiter.claim("Ann Claes")
    assert time.monotonic() - started >= 0.5
    assert "Ann Claes" in waiter.held
    waiter.release()


def test_a_persona_in_use_too_long_makes_the_scenario_not_executable_with_the_reason(tmp_path: Path) -> None:
    holder, waiter = Claims(tmp_path), Claims(tmp_path, wait=1)
    holder.claim("Ann Claes")
    with pytest.raises(PersonaInUse, match=r"^persona 'Ann Claes' is al 1 s in gebruik door een andere worker$"):
        waiter.claim("Ann Claes")
    with pytest.raises(pytest.skip.Exception) as skipped:
        _on(load(EXAMPLE), waiter).claim_all(["Lies Bos", "Ann Claes"])
    assert str(skipped.value) == f"{NOT_ON_TARGET}: persona 'Ann Claes' is al 1 s in gebruik door een andere worker"
    assert not waiter.held  # Ann Claes comes first in the order: nothing was claimed
    holder.release()


class _Clock:
    """time.time and time.sleep of the claims module: a clock that only moves when someone waits."""

    def __init__(self, now: float) -> None:
        self.now = now

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0)

    def monotonic(self) -> float:
        return self.now


def test_no_two_logins_use_the_same_totp_window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = 56_000_000
    clock = _Clock(window * WINDOW + 3)
    monkeypatch.setattr(claims_module, "time", clock)
    totp = pyotp.TOTP(SECRET)
    one = Claims(tmp_path)
    one.claim("Ann Claes")
    assert one.next_code("Ann Claes", SECRET) == totp.at(window * WINDOW)
    assert one.next_code("Ann Claes", SECRET) == totp.at((window + 1) * WINDOW)  # waited for the next window
    assert clock.now >= (window + 1) * WINDOW
    one.release()
    other = Claims(tmp_path)  # another worker, or another run on this machine: the lock file remembers
    other.claim("Ann Claes")
    assert other.next_code("Ann Claes", SECRET) == totp.at((window + 2) * WINDOW)
    other.claim("Lies Bos")
    assert other.next_code("Lies Bos", SECRET) == totp.at((window + 2) * WINDOW)  # each persona her own windows
    other.release()


class _Recording(Claims):
    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.order: list[str] = []

    def claim(self, name: str) -> None:
        if name not in self.held:
            self.order.append(name)
        super().claim(name)


def test_a_scenario_claims_what_it_needs_at_once_in_one_order_whatever_its_steps_order(tmp_path: Path) -> None:
    """Lies Bos then Ann Claes in one scenario, Ann Claes then (to look her up) Lies Bos in another:
    both claim Ann Claes first, so two workers never each hold the persona the other waits for."""
    target = load(EXAMPLE)
    for texts in (DELETING, SIGNING_IN):
        claims = _Recording(tmp_path)
        on = _on(target, claims)
        on.claim_all(on.needs(texts, _code))
        assert claims.order == ["Ann Claes", "Lies Bos"]
        claims.release()


def test_the_manager_who_looks_a_member_up_is_needed_only_until_this_worker_saw_her(tmp_path: Path) -> None:
    target = load(EXAMPLE)
    on = _on(target, Claims(tmp_path))
    assert on.needs(SIGNING_IN, _code) == ["Ann Claes", "Lies Bos"]  # the file's LB of WACHTPOST LEIE
    on.claims.listed[("Ann Claes", "WACHTPOST LEIE")] = ("USER", "Actief")
    assert on.needs(SIGNING_IN, _code) == ["Ann Claes"]
    assert on.needs(['"Tom Willems" heeft geen rechten in een organisatie'], _code) == []  # no persona of the file
    assert on.needs(['zij "Jan Peeters, Lotte Dubois" verwijdert'], _code) == ["Jan Peeters", "Lotte Dubois"]
