"""INSZ, KBO and RIZIV rules (domain-rules.md §1-§3)."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from stdnum.be import ssn, vat

from mock_portals.domain import identifiers as ids

from .conftest import said


@pytest.mark.parametrize("insz", ["85073003328", "90010100222", "03051710101", "01123199849", "85.07.30-033.28"])
def test_valid_insz_is_accepted(insz: str) -> None:
    assert ids.insz_refusal(insz) is None


@pytest.mark.parametrize("bis", ["98472899765", "01490700185"])
def test_bis_number_is_a_valid_insz(bis: str) -> None:
    assert ids.insz_refusal(bis) is None


@pytest.mark.parametrize(
    ("insz", "code", "message"),
    [
        ("85073003329", "insz.checksum", "Het controlegetal van dit INSZ klopt niet."),
        ("8507300332", "insz.length", "Een INSZ telt 11 cijfers; u gaf er 10."),
        ("850730033281", "insz.length", "Een INSZ telt 11 cijfers; u gaf er 12."),
        ("85O73003328", "insz.not_digits", "enkel uit cijfers"),
        ("", "insz.required", "Vul een INSZ in"),
        ("85133003370", "insz.birth_date", "de geboortedatum kan niet"),
    ],
)
def test_invalid_insz_is_refused_with_a_reason(insz: str, code: str, message: str) -> None:
    refusal = ids.insz_refusal(insz)
    assert refusal is not None and refusal.code == code and refusal.field == "insz"
    assert message in said(refusal)


def test_born_in_2000_or_later_uses_the_2_prefix() -> None:
    insz = ids.make_insz(dt.date(2003, 5, 17), 101)
    assert insz == "03051710101"
    # the same nine digits with the 19xx check digits are not valid for someone born in 2003
    old_rule = f"{insz[:9]}{97 - int(insz[:9]) % 97:02d}"
    assert old_rule != insz


def test_make_insz_encodes_sex_in_the_sequence() -> None:
    rng = random.Random(1)
    for _ in range(200):
        female = ids.random_insz(rng, female=True)
        male = ids.random_insz(rng, female=False)
        assert ssn.get_gender(female) == "F"
        assert ssn.get_gender(male) == "M"


def test_generated_insz_are_valid_for_stdnum() -> None:
    rng = random.Random(7)
    assert all(ssn.is_valid(ids.random_insz(rng)) for _ in range(2000))


def test_insz_is_shown_as_uman_does() -> None:
    assert ids.format_insz("85073003328") == "850730 033 28"


def test_kbo_generator_and_check() -> None:
    rng = random.Random(3)
    for _ in range(500):
        kbo = ids.random_kbo(rng)
        assert vat.is_valid(kbo) and ids.kbo_refusal(kbo) is None
    assert ids.kbo_refusal("0566988258") is not None  # wrong check digits
    assert ids.kbo_refusal("2147812701") is not None  # establishment unit, not an enterprise
    short = ids.kbo_refusal("056698825")
    assert short is not None and said(short) == "Een ondernemingsnummer telt 10 cijfers."
    assert ids.format_kbo("0566988259") == "0566.988.259"


@pytest.mark.parametrize("riziv", ["67897921", "678979-21", "10185748004", "1-01857-48-004", "10829059", "27457532"])
def test_valid_riziv_numbers(riziv: str) -> None:
    assert ids.riziv_refusal(riziv) is None


@pytest.mark.parametrize(
    ("riziv", "message"),
    [
        ("67897922", "controlegetal"),
        ("6789792", "8 of 11 cijfers"),
        ("678979210", "8 of 11 cijfers"),
        ("6789792A", "enkel uit cijfers"),
        ("", "Vul een RIZIV-nummer in"),
    ],
)
def test_invalid_riziv_numbers(riziv: str, message: str) -> None:
    refusal = ids.riziv_refusal(riziv)
    assert refusal is not None and message in said(refusal)


def test_mod89_numbers_are_accepted() -> None:
    # 101857 mod 89 = 41, so 89 - 41 = 48; the mod-97 rule would ask for 90
    assert ids.riziv_check_digits("101857") == ("90", "48")


def test_riziv_entity_and_format() -> None:
    assert ids.riziv_entity("6-78979-21-000") == "67897921"
    assert ids.format_riziv("67897921") == "678979-21"
    assert ids.format_riziv("67897921000") == "6-78979-21-000"


def test_generated_riziv_numbers_are_valid() -> None:
    rng = random.Random(5)
    assert all(ids.riziv_refusal(ids.random_riziv(rng, d)) is None for d in range(1, 9) for _ in range(200))
