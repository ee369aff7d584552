"""INSZ numbers the manual's rules involve, made on the test side (domain rules §1.1).

An INSZ is ``YYMMDD SSS CC``: birth date, a counter (odd for men, even for women) and check
digits ``97 - (number mod 97)``, where the number gets a leading 2 for people born in 2000 or
later. A BIS number adds 20 (sex unknown) or 40 (sex known) to the month. python-stdnum checks
every number made here; it validates but does not generate, hence these few lines.
"""

from __future__ import annotations

import datetime as dt
import random

from stdnum.be import bis, nn

BIS_OFFSETS = (20, 40)


def make_insz(birth: dt.date, sequence: int, *, bis_offset: int = 0) -> str:
    first9 = f"{birth:%y}{birth.month + bis_offset:02d}{birth:%d}{sequence:03d}"
    number = int(("2" if birth.year >= 2000 else "") + first9)
    insz = f"{first9}{97 - number % 97:02d}"
    (bis if bis_offset else nn).validate(insz)
    return insz


def random_insz(rng: random.Random, *, year: int | None = None, bis_offset: int = 0) -> str:
    if bis_offset not in (0, *BIS_OFFSETS):
        raise ValueError(f"a BIS number adds 20 or 40 to the month, not {bis_offset}")
    start = dt.date(year or 1950, 1, 1)
    days = 364 if year else 365 * 50
    return make_insz(start + dt.timedelta(days=rng.randrange(days)), rng.randrange(1, 998), bis_offset=bis_offset)


def names_someone(insz: str) -> bool:
    """Whether a typed INSZ could be someone's: a valid INSZ or BIS number. One that cannot be anyone's
    (a wrong check digit, a letter, too few digits) changes nothing wherever it is typed."""
    number = "".join(c for c in insz if not c.isspace() and c not in ".-")
    return nn.is_valid(number) or bis.is_valid(number)


def names_an_entity(number: str) -> bool:
    """Whether a typed institution number could be a RIZIV entity's: 8 digits whose last two are the
    check digits of the first six (97 minus them modulo 97, or 89 minus them modulo 89)."""
    digits = "".join(c for c in number if not c.isspace() and c not in ".-")
    if len(digits) != 8 or not digits.isdigit():
        return False
    first6 = int(digits[:6])
    return int(digits[6:]) in (97 - first6 % 97, 89 - first6 % 89)
