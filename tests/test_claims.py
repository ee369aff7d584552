"""Accounts and organisations claimed on a target: one lock folder per environment, all or nothing
and never waiting (so no two workers each hold what the other waits for), waiting for an account in
use, an organisation shared by workers that only look, no two logins with one code, and an
account's CSAM session kept for whichever worker holds it next."""

from __future__ import annotations

import shutil
import stat
import threading
import time
from pathlib import Path

import pyotp
import pytest

from vaccinnet_bdd.harness import claims as claims_module
from vaccinnet_bdd.harness.claims import WINDOW, Claims, InUse
from vaccinnet_bdd.harness.target import load
from vaccinnet_bdd.harness.target_env import claims_folder

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "acceptatie.toml"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def test_the_lock_folder_is_named_after_the_target_not_the_file(tmp_path: Path) -> None:
    """Two checkouts on one machine with the same target share the claims; another environment has its own."""
    copies = [tmp_path / "checkout-a" / "doel.toml", tmp_path / "checkout-b" / "doel.toml"]
    for copy in copies:
        copy.parent.mkdir()
        shutil.copy(EXAMPLE, copy)
    first, second = (claims_folder(load(copy), "http://127.0.0.1:8765", tmp_path) for copy in copies)
    assert first == second
    assert first.name.startswith("vervangende-acceptatieomgeving-lokaal-")
    target = load(copies[0])
    assert claims_folder(target, "http://127.0.0.1:9000", tmp_path) != first  # other portal addresses
    renamed = target.model_copy(update={"naam": "een andere omgeving"})
    assert claims_folder(renamed, "http://127.0.0.1:8765", tmp_path) != first


def test_all_or_nothing_and_never_waiting(tmp_path: Path) -> None:
    one, other = Claims(tmp_path), Claims(tmp_path)
    assert one.try_claim(["Katrien Verhoeven"]) == set()
    assert other.try_claim(["Bram Lambrechts", "Katrien Verhoeven"]) == {"Katrien Verhoeven"}
    assert not other.held  # Bram Lambrechts was let go again: all or nothing
    assert other.try_claim(["Bram Lambrechts"]) == set()
    one.release()
    other.release()


def test_an_organisation_is_shared_by_those_who_look_and_held_alone_by_one_that_changes_it(tmp_path: Path) -> None:
    looks, also_looks, changes = Claims(tmp_path), Claims(tmp_path), Claims(tmp_path)
    assert looks.try_claim([], ["WACHTPOST KUSTREGIO"]) == set()
    assert also_looks.try_claim([], ["WACHTPOST KUSTREGIO"]) == set()
    assert changes.try_claim(["WACHTPOST KUSTREGIO"]) == {"WACHTPOST KUSTREGIO"}
    looks.release()
    also_looks.release()
    assert changes.try_claim(["WACHTPOST KUSTREGIO"]) == set()
    assert looks.try_claim([], ["WACHTPOST KUSTREGIO"]) == {"WACHTPOST KUSTREGIO"}
    changes.release()


def test_an_account_in_use_is_waited_for_and_too_long_is_said(tmp_path: Path) -> None:
    holder, waiter = Claims(tmp_path), Claims(tmp_path, wait=10)
    holder.claim("Joris Van Damme")
    threading.Timer(0.6, holder.release).start()
    started = time.monotonic()
    waiter.claim("Joris Van Damme")
    assert time.monotonic() - started >= 0.5 and "Joris Van Damme" in waiter.held
    impatient = Claims(tmp_path, wait=1)
    with pytest.raises(InUse, match=r"^'Joris Van Damme': al 1 s in gebruik door een andere worker$"):
        impatient.claim("Joris Van Damme")
    waiter.release()


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
    one.claim("Joris Van Damme")
    assert one.next_code("Joris Van Damme", SECRET) == totp.at(window * WINDOW)
    assert one.next_code("Joris Van Damme", SECRET) == totp.at((window + 1) * WINDOW)  # waited for the next
    assert clock.now >= (window + 1) * WINDOW
    one.release()
    other = Claims(tmp_path)  # another worker, or another run on this machine: the lock file remembers
    other.claim("Joris Van Damme")
    assert other.next_code("Joris Van Damme", SECRET) == totp.at((window + 2) * WINDOW)
    other.claim("Hanne Jacobs")
    assert other.next_code("Hanne Jacobs", SECRET) == totp.at((window + 2) * WINDOW)  # each account its own
    other.release()


def test_an_accounts_csam_session_is_kept_for_whichever_worker_holds_it_next(tmp_path: Path) -> None:
    one, other = Claims(tmp_path), Claims(tmp_path)
    one.claim("Joris Van Damme")
    assert one.session("Joris Van Damme") == []  # never logged in on this machine
    one.keep_session("Joris Van Damme", [{"name": "csam_session", "value": "abc"}])
    one.release()
    other.claim("Joris Van Damme")
    assert other.session("Joris Van Damme") == [{"name": "csam_session", "value": "abc"}]
    kept = next(tmp_path.glob("*.sessie"))
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600  # for its owner only
    other.release()


def test_one_who_waits_to_change_an_organisation_is_not_starved_by_those_who_only_look(tmp_path: Path) -> None:
    looks, changes, later = Claims(tmp_path), Claims(tmp_path), Claims(tmp_path)
    assert looks.try_claim([], ["WACHTPOST KUSTREGIO"]) == set()
    assert changes.try_claim(["WACHTPOST KUSTREGIO"]) == {"WACHTPOST KUSTREGIO"}  # waits, and keeps its turn
    assert later.try_claim([], ["WACHTPOST KUSTREGIO"]) == {"WACHTPOST KUSTREGIO"}  # so no one starts looking
    looks.release()
    assert changes.try_claim(["WACHTPOST KUSTREGIO"]) == set()
    changes.release()
    assert later.try_claim([], ["WACHTPOST KUSTREGIO"]) == set()
    later.release()
