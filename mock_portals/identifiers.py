"""Belgian identifiers: INSZ (via python-stdnum), KBO and RIZIV numbers.

Validation returns a Dutch message a person can act on, or ``None`` when the value is valid.
Generators are deterministic for a given :class:`random.Random`.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from stdnum.be import ssn, vat
from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError

_SEPARATORS = re.compile(r"[\s.\-/]")


def digits_only(value: str) -> str:
    return _SEPARATORS.sub("", value or "")


# --- INSZ -------------------------------------------------------------------------------------


def insz_error(value: str) -> str | None:
    """Why ``value`` is not a valid INSZ (rijksregister- or BIS-nummer), or None."""
    number = digits_only(value)
    if not number:
        return "Vul een INSZ in."
    if not number.isdigit():
        return "Een INSZ bestaat enkel uit cijfers."
    if len(number) != 11:
        return f"Een INSZ telt 11 cijfers; u gaf er {len(number)}."
    try:
        ssn.validate(number)
    except InvalidChecksum:
        return "Het controlegetal van dit INSZ klopt niet."
    except InvalidLength:
        return "Een INSZ telt 11 cijfers."
    except ValidationError:
        return "Dit is geen geldig INSZ: de geboortedatum kan niet."
    return None


def format_insz(value: str) -> str:
    """UMAN shows an INSZ as ``999999 999 99``."""
    n = digits_only(value)
    return f"{n[:6]} {n[6:9]} {n[9:]}"


def make_insz(birth: dt.date, sequence: int) -> str:
    """An INSZ for ``birth``; an odd ``sequence`` is a man, an even one a woman."""
    if not 1 <= sequence <= 998:
        raise ValueError("sequence must be 1..998")
    first9 = f"{birth:%y%m%d}{sequence:03d}"
    base = int(("2" if birth.year >= 2000 else "") + first9)
    return f"{first9}{97 - base % 97:02d}"


def random_insz(rng: random.Random, *, female: bool | None = None) -> str:
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 55))
    sequence = rng.randrange(1, 998)
    if female is not None and (sequence % 2 == 0) != female:
        sequence += 1
    return make_insz(birth, sequence)


# --- KBO ----------------------------------------------------------------------------------------


def kbo_error(value: str) -> str | None:
    number = digits_only(value)
    if not number.isdigit() or len(number) != 10:
        return "Een ondernemingsnummer telt 10 cijfers."
    if not vat.is_valid(number):
        return "Dit ondernemingsnummer is niet geldig."
    return None


def format_kbo(value: str) -> str:
    n = digits_only(value)
    return f"{n[:4]}.{n[4:7]}.{n[7:]}"


def random_kbo(rng: random.Random) -> str:
    first8 = f"0{rng.randrange(2000000, 9999999):07d}"
    return f"{first8}{97 - int(first8) % 97:02d}"


# --- RIZIV --------------------------------------------------------------------------------------


def riziv_check_digits(first6: str) -> tuple[str, str]:
    """Both accepted check-digit pairs for six digits: the mod-97 rule and the mod-89 rule."""
    n6 = int(first6)
    return f"{97 - n6 % 97:02d}", f"{89 - n6 % 89:02d}"


def riziv_error(value: str) -> str | None:
    """Why ``value`` is not a RIZIV number of 8 or 11 digits, or None."""
    number = digits_only(value)
    if not number:
        return "Vul een RIZIV-nummer in."
    if not number.isdigit():
        return "Een RIZIV-nummer bestaat enkel uit cijfers."
    if len(number) not in (8, 11):
        return f"Een RIZIV-nummer telt 8 of 11 cijfers; u gaf er {len(number)}."
    if number[6:8] not in riziv_check_digits(number[:6]):
        return "Het controlegetal van dit RIZIV-nummer klopt niet."
    return None


def riziv_entity(value: str) -> str:
    """The first 8 digits: what identifies the holder of a RIZIV number."""
    return digits_only(value)[:8]


def format_riziv(value: str) -> str:
    """Shown as ``678979-21`` (UMAN) or ``6-78979-21-000`` for 11 digits."""
    n = digits_only(value)
    if len(n) == 11:
        return f"{n[0]}-{n[1:6]}-{n[6:8]}-{n[8:]}"
    return f"{n[:6]}-{n[6:8]}"


def random_riziv(rng: random.Random, first_digit: int) -> str:
    first6 = f"{first_digit}{rng.randrange(0, 100000):05d}"
    return first6 + riziv_check_digits(first6)[0]
