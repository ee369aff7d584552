"""Rules of mock_portals/domain that no other unit test guarded, found by mutation testing (`scripts/mutate`).

Each test states one rule; where the manual states it, its docstring names the section (M §x.y is the
manual, domain-rules §x the shared notes on identifiers). Rules that belong to a portal's flow are
in that portal's test module; these call the domain directly.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pytest
from stdnum.be import ssn

from mock_portals.domain import identifiers as ids
from mock_portals.domain.errors import Forbidden, Refusals, Refused
from mock_portals.domain.orgtypes import OrgTypeKey
from mock_portals.domain.persons import Profession

from .conftest import GUARD_POST, ORDERING, Leie, doctor_of, said

# --- every refusal says why, next to the field at fault ------------------------------------------


KINDS = ", ".join(OrgTypeKey)
REFUSALS: list[tuple[str, Callable[[Leie], object], str | None, str]] = [
    ("unknown organisation type", lambda w: w.store.organisations.add("ziekenhuis"), "type",
     f"Onbekende soort organisatie ziekenhuis; kies uit {KINDS}."),
    ("RIZIV number in use", lambda w: w.store.organisations.add("apotheek", riziv="678979-21"), "riziv",
     "RIZIV-nummer 678979-21 is al in gebruik."),
    ("unknown ProGezondheid role", lambda w: w.store.organisations.change(w.org, legal_rep_role="directeur"),
     "legal_rep_role", "Onbekende rol in ProGezondheid: directeur."),
    ("unchangeable organisation fields", lambda w: w.store.organisations.change(w.org, name="X", kbo="0"), None,
     "Dit kan niet gewijzigd worden: kbo, name."),
    ("unknown profession", lambda w: w.store.persons.add(profession="tandarts"), "profession",
     "Onbekend beroep tandarts."),
    ("INSZ in use", lambda w: w.store.persons.add(insz="85.07.30-033.28"), "insz",
     "Er bestaat al een persoon met INSZ 850730 033 28."),
    ("unknown person", lambda w: w.store.persons.get("90010100222"), "insz",
     "Er is geen persoon gekend met INSZ 90010100222."),
    ("unknown member type", lambda w: w.store.memberships.add(w.org, w.bert, type="admin"), "type",
     "Onbekend type admin; kies uit lb, co-lb, user."),
    ("unknown member status", lambda w: w.store.memberships.add(w.org, w.bert, status="weg"), "status",
     "Onbekende status weg; kies uit actief, geblokkeerd."),
    ("already a user", lambda w: w.store.memberships.add(w.org, w.ann), "insz",
     "Ann Claes is al gebruiker van WACHTPOST LEIE."),
    ("ordering where it may not", lambda w: w.store.memberships.add(w.store.organisations.add(
        "apotheek", "APOTHEEK ZONDER BESTELLING", may_order=False).riziv, w.bert, applications=[ORDERING]),
     "applications", "APOTHEEK ZONDER BESTELLING mag geen vaccins bestellen: 'Vaccinnet Bestel- en voorraadbeheer'"),
    ("unknown applications", lambda w: w.store.memberships.add(w.org, w.bert, applications=["fax", "telex"]),
     "applications", "Onbekende beveiligde toepassing: fax, telex."),
    ("removing a non-member", lambda w: w.store.memberships.remove(w.org, w.bert), None,
     "Deze persoon is geen gebruiker van de organisatie."),
    ("adding an existing user in UMAN", lambda w: w.store.uman.add_user(w.lies, w.org, w.ann, "a@b.be", "", []),
     "insz", "Ann Claes is al gebruiker van WACHTPOST LEIE."),
    ("changing a non-member in UMAN", lambda w: w.store.uman.change_user(w.lies, w.org, w.bert, "a@b.be", "", []),
     None, "Deze persoon is geen gebruiker van de organisatie."),
    ("an invalid local e-mail address", lambda w: w.store.uman.change_user(w.lies, w.org, w.ann, "a@b.be", "lokaal",
     []), "local_email", "Dit e-mailadres is niet geldig."),
    ("deleting nobody", lambda w: w.store.uman.delete_users(w.lies, w.org, []), "selection",
     "Selecteer eerst minstens één gebruiker."),
    ("deleting a non-member", lambda w: w.store.uman.delete_users(w.lies, w.org, [w.ann, w.bert]), None,
     "Een geselecteerde persoon is geen gebruiker van deze organisatie."),
    ("deleting oneself", lambda w: w.store.uman.delete_users(w.lies, w.org, [w.ann, w.lies]), "selection",
     "U kunt uzelf niet verwijderen."),
    ("removing a non-manager in BTB", lambda w: w.store.managers.remove(w.piet, w.org, w.ann), None,
     "Deze persoon is geen toegangsbeheerder van de organisatie."),
    ("no registration category", lambda w: w.store.registration.check(w.rita, "", w.org), "category",
     "Kies een soort instelling."),
    ("an 11-digit instellingsnummer", lambda w: w.store.registration.check(w.rita, GUARD_POST, w.org + "000"),
     "number", "Het instellingsnummer zijn de eerste 8 cijfers van het RIZIV-nummer van de instelling."),
    ("a care provider's number", lambda w: w.store.registration.check(
        w.rita, GUARD_POST, str(w.store.persons.add(profession=Profession.NURSE).riziv)[:8]), "number",
     "Dit is het RIZIV-nummer van een individuele zorgverlener. Vul het nummer van de RIZIV-entiteit in."),
    ("not the representative", lambda w: w.store.registration.check(w.ann, GUARD_POST, "678979-21"), None,
     "U staat bij het RIZIV niet geregistreerd als wettelijke vertegenwoordiger of titularis van instelling "
     "678979-21."),
    ("an HTB already", lambda w: w.store.registration.appoint_htb(w.rita, GUARD_POST, w.org, w.rita, "r@b.be"),
     None, "WACHTPOST LEIE heeft al een hoofdtoegangsbeheerder."),
    ("no profile role", lambda w: w.store.vaccinnet.choose(w.store.persons.get(w.ann), "arts", ""), "role",
     "Kies een profiel onder 'Ik wil me aanmelden als:'."),
    ("no rights for the organisation", lambda w: w.store.vaccinnet.choose(w.store.persons.get(w.bert), "burger",
     w.org), "organisation", "U heeft geen rechten om voor deze organisatie aan te melden."),
    ("an organisation under a profession", lambda w: w.store.vaccinnet.choose(w.store.persons.get(doctor_of(w)),
     Profession.DOCTOR, w.org), "role",
     "Om voor een organisatie aan te melden kiest u 'Burger' onder 'Ik wil me aanmelden als:'."),
]  # fmt: skip


@pytest.mark.parametrize(("action", "field", "message"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_every_refusal_says_why_next_to_the_field_at_fault(
    w: Leie, action: Callable[[Leie], object], field: str | None, message: str
) -> None:
    """A page shows a refusal's text next to the form field it names, or on the page when it names none."""
    with pytest.raises(Refused) as refused:
        action(w)
    fields = refused.value.fields if isinstance(refused.value, Refusals) else {refused.value.field}
    assert fields == {field}
    assert message in said(refused.value)


def test_a_refusal_shows_its_code_in_a_traceback_and_its_kind_in_a_log() -> None:
    """Not a rule of the manual: what a developer reads when a refusal escapes (str, repr)."""
    assert str(Refused("insz.checksum", "insz")) == "insz.checksum"
    assert repr(Forbidden("uman.no_access", None, {"organisation": "X"})) == (
        "Forbidden('uman.no_access', field=None, params={'organisation': 'X'})"
    )
    form = Refusals([Refused("email.required", "email"), Refused("member.unknown"), Refused("x.y")])
    assert str(form) == "form.invalid"
    assert form.fields == {"email", ""}  # at most one refusal per field; "" is the page itself


# --- identifiers (domain-rules §1-§3) ----------------------------------------------------------------


def test_the_2000_rule_starts_on_1_january_2000() -> None:
    """domain-rules §1.1: for people born in 2000 or later, a 2 goes before the nine digits of the check."""
    first = ids.make_insz(dt.date(2000, 1, 1), 1)
    assert first == f"000101001{97 - 2000101001 % 97:02d}"
    assert ssn.get_birth_date(first) == dt.date(2000, 1, 1)
    assert ssn.get_birth_date(ids.make_insz(dt.date(1999, 12, 31), 2)) == dt.date(1999, 12, 31)


def test_the_day_counter_runs_from_001_to_998() -> None:
    """domain-rules §1.1: digits 7-9 count the people born that day, odd for men (001-997), even for
    women (002-998)."""
    assert ids.make_insz(dt.date(1985, 7, 30), 998)[6:9] == "998"
    for sequence in (0, 999):
        with pytest.raises(ValueError, match=r"^sequence must be 1\.\.998$"):
            ids.make_insz(dt.date(1985, 7, 30), sequence)


def test_generated_persons_are_born_on_both_sides_of_2000() -> None:
    """The practice world's INSZ numbers exercise both check rules: births from 1950, some after 2000."""
    rng = random.Random(2)
    years = []
    for _ in range(500):
        year = ssn.get_birth_year(ids.random_insz(rng))
        assert year is not None
        years.append(year)
    assert min(years) >= 1950 and max(years) >= 2000


def test_a_kbo_number_is_ten_digits() -> None:
    """M §1.3 (R4): a KBO number is a unique 10-digit identifier."""
    letters = ids.kbo_refusal("O566988259")
    assert letters is not None and said(letters) == "Een ondernemingsnummer telt 10 cijfers."
    assert letters.field == "kbo"
    wrong = ids.kbo_refusal("0566988258")
    assert wrong is not None and wrong.field == "kbo" and said(wrong) == "Dit ondernemingsnummer is niet geldig."


def test_an_empty_riziv_number_is_asked_for_in_its_field() -> None:
    refusal = ids.riziv_refusal("")
    assert refusal is not None and refusal.field == "riziv" and said(refusal) == "Vul een RIZIV-nummer in."


def test_generated_riziv_numbers_use_the_classic_mod_97_check() -> None:
    """domain-rules §3.2: the mod-97 rule is the confirmed one (the manual's 678979-21); mod 89 is accepted
    but only inferred, so the practice world's numbers use mod 97."""
    rng = random.Random(4)
    for _ in range(200):
        number = ids.random_riziv(rng, 6)
        assert number[6:] == f"{97 - int(number[:6]) % 97:02d}"


def test_an_email_address_has_at_most_254_characters() -> None:
    """RFC 5321's limit on an e-mail address."""
    longest = "a" * 64 + "@" + "b" * 186 + ".be"
    assert len(longest) == ids.EMAIL_LIMIT and ids.email_refusal(longest) is None
    refusal = ids.email_refusal("a" + longest)
    assert refusal is not None and said(refusal) == "Dit e-mailadres is te lang: ten hoogste 254 tekens."
