"""Belgian identifiers: INSZ (via python-stdnum), KBO and RIZIV numbers.

Validation returns a :class:`Refused` with the reason's code, or ``None`` when the value is valid;
``field`` names the value in the request. Generators are deterministic for a given :class:`random.Random`.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from stdnum.be import ssn, vat
from stdnum.exceptions import InvalidChecksum, ValidationError

from .errors import Refused

_SEPARATORS = re.compile(r"[\s.\-/]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)


def digits_only(value: str) -> str:
    return _SEPARATORS.sub("", value or "")


# --- INSZ -------------------------------------------------------------------------------------


def insz_refusal(value: str, field: str = "insz") -> Refused | None:
    """Why ``value`` is not a valid INSZ (rijksregister- or BIS-nummer), or None."""
    number = digits_only(value)
    if not number:
        return Refused("insz.required", field)
    if not (number.isascii() and number.isdigit()):
        return Refused("insz.not_digits", field)
    if len(number) != 11:
        return Refused("insz.length", field, {"count": len(number)})
    try:
        ssn.validate(number)
    except InvalidChecksum:
        return Refused("insz.checksum", field)
    except ValidationError:
        return Refused("insz.birth_date", field)
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


def kbo_refusal(value: str, field: str = "kbo") -> Refused | None:
    number = digits_only(value)
    if not (number.isascii() and number.isdigit()) or len(number) != 10:
        return Refused("kbo.length", field)
    if not vat.is_valid(number):
        return Refused("kbo.checksum", field)
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


def riziv_refusal(value: str, field: str = "riziv") -> Refused | None:
    """Why ``value`` is not a RIZIV number of 8 or 11 digits, or None."""
    number = digits_only(value)
    if not number:
        return Refused("riziv.required", field)
    if not (number.isascii() and number.isdigit()):
        return Refused("riziv.not_digits", field)
    if len(number) not in (8, 11):
        return Refused("riziv.length", field, {"count": len(number)})
    if number[6:8] not in riziv_check_digits(number[:6]):
        return Refused("riziv.checksum", field)
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


# --- e-mail -------------------------------------------------------------------------------------


EMAIL_LIMIT = 254  # characters in an e-mail address (RFC 5321)


def email_refusal(value: str, field: str = "email", *, required: str = "email.required") -> Refused | None:
    """Why ``value`` is not an e-mail address (the code ``required`` when it is empty), or None."""
    if not value.strip():
        return Refused(required, field)
    if len(value.strip()) > EMAIL_LIMIT:
        return Refused("email.too_long", field, {"limit": EMAIL_LIMIT})
    if not _EMAIL.fullmatch(value.strip()):
        return Refused("email.invalid", field)
    return None
