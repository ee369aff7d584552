"""CSAM's logins in the domain: one-time codes, sessions, nonces and logging out, on a clock the test moves."""

from __future__ import annotations

import pytest

from mock_portals.domain.auth import CODE_TTL, SESSION_TTL, Auth
from mock_portals.domain.errors import Refused
from mock_portals.store import Store


@pytest.fixture
def clock() -> list[float]:
    return [1000.0]


@pytest.fixture
def auth(store: Store, clock: list[float]) -> Auth:
    """The logins of a world with Ann and Bert, on a clock the test moves by hand."""
    store.persons.add("Ann", "Claes", insz="85073003328")
    store.persons.add("Bert", "Wouters", insz="90010100222")
    return Auth(store.persons, lambda: clock[0])


ANN, BERT = "85073003328", "90010100222"


def test_a_code_and_a_session_are_valid_up_to_their_last_second(auth: Auth, clock: list[float]) -> None:
    """A one-time code lives CODE_TTL seconds; a session SESSION_TTL idle seconds; then they are purged."""
    nonce = auth.start_login("vaccinnet", "/vaccinnet/profiel")
    code = auth.issue_code("vaccinnet", nonce, ANN, None)
    session = auth.open_session("uman", ANN)
    clock[0] += CODE_TTL
    auth.purge()
    assert auth.redeem_code("vaccinnet", code, nonce)[2] == "/vaccinnet/profiel"
    clock[0] += SESSION_TTL - CODE_TTL
    auth.purge()
    assert auth.session("uman", session.sid) is session
    clock[0] += SESSION_TTL + 1
    auth.purge()
    assert auth.sessions == {} and auth.codes == {}


def test_a_code_is_redeemed_only_with_the_nonce_of_its_browser(auth: Auth) -> None:
    """Login CSRF: the code of a login started in another browser is refused, even with a nonce."""
    code = auth.issue_code("vaccinnet", auth.start_login("vaccinnet", "/vaccinnet/"), ANN, None)
    with pytest.raises(Refused) as refused:
        auth.redeem_code("vaccinnet", code, auth.start_login("vaccinnet", "/vaccinnet/"))
    assert refused.value.code == "auth.other_browser"


def test_a_login_whose_start_was_forgotten_goes_to_the_portals_start(auth: Auth, clock: list[float]) -> None:
    """A started login lives CODE_TTL; a code issued near its end still logs in, without a page to return to."""
    nonce = auth.start_login("vaccinnet", "/vaccinnet/profiel")
    clock[0] += CODE_TTL - 1
    code = auth.issue_code("vaccinnet", nonce, ANN, None)
    clock[0] += 2
    auth.purge()
    person, _login, next_path = auth.redeem_code("vaccinnet", code, nonce)
    assert (person.insz, next_path) == (ANN, None)


def test_a_portal_session_belongs_to_the_csam_login_it_came_from(auth: Auth) -> None:
    """Single sign-on: a code carries its CSAM session; a session opened directly (arranged) belongs to
    the person's latest CSAM login; a CSAM session belongs to no other."""
    first, second = auth.open_session("csam", ANN), auth.open_session("csam", ANN)
    bert = auth.open_session("csam", BERT)
    assert (first.csam_sid, second.csam_sid, bert.csam_sid) == (None, None, None)
    assert auth.open_session("uman", ANN).csam_sid == second.sid
    assert auth.open_session("uman", ANN, first.sid).csam_sid == first.sid
    nonce = auth.start_login("vaccinnet", "/vaccinnet/")
    login = auth.redeem_code("vaccinnet", auth.issue_code("vaccinnet", nonce, ANN, first.sid), nonce)[1]
    assert login.csam_sid == first.sid


def test_logging_out_ends_this_login_everywhere_and_nothing_else(auth: Auth) -> None:
    """Single logout, from a portal or from CSAM, in one browser: another browser's login of the same
    person and other people's logins stay."""
    here, there, bert = auth.open_session("csam", ANN), auth.open_session("csam", ANN), auth.open_session("csam", BERT)
    portals_here = [auth.open_session(p, ANN, here.sid) for p in ("uman", "vaccinnet")]
    portals_there = [auth.open_session(p, ANN, there.sid) for p in ("uman", "vaccinnet")]
    berts = auth.open_session("uman", BERT, bert.sid)
    auth.log_out(portals_here[0].sid)
    assert set(auth.sessions) == {there.sid, bert.sid, berts.sid, *(s.sid for s in portals_there)}
    auth.log_out(there.sid)
    assert set(auth.sessions) == {bert.sid, berts.sid}
    auth.log_out(None)
    assert len(auth.sessions) == 2
