"""The seven RIZIV recognitions in scope of the manual (§1.2) and their facts (§1.3, §2.1, §2.2).

Their names, hoedanigheden and every other word are in the catalogue, under the codes below.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import Refused


class OrgTypeKey(StrEnum):
    PHARMACY = "apotheek"
    THIRD_PARTY_PAYER = "groepering-derdebetaler"
    GPS_ONE_SITE = "huisartsen-zelfde-plaats"
    GPS_SEVERAL_SITES = "huisartsen-verschillende-plaatsen"
    MIXED_FINANCING = "gemengde-financiering"
    MEDICAL_HOUSE = "medisch-huis"
    GUARD_POST = "wachtpost"


class Representative(StrEnum):
    """What the person who appoints the HTB is called (R13)."""

    HOLDER = "titularis"  # of a pharmacy
    LEGAL = "wettelijke-vertegenwoordiger"


class ProGezondheidRole(StrEnum):
    """The role or profession a representative holds in ProGezondheid (§2.1)."""

    PHARMACIST = "zorgverlener-apotheker"
    CARE_PROVIDER = "zorgverlener"
    RESPONSIBLE = "verantwoordelijke"
    CERTIFICATE_MANAGER = "ehealth-certificaat-beheerder"
    SECRETARIAT = "secretariaat"  # a role that gives no mandate for any type


class RegistrationCategory(StrEnum):
    """The "soort instelling" choices at the CSAM registration, in the manual's order (§2.2)."""

    PHARMACY = "apotheek"
    NURSES = "verpleegkundigen"
    MIXED_FINANCING = "gemengde-financiering"
    GPS_SEVERAL_SITES = "huisartsen-verschillende-plaatsen"
    MEDICAL_HOUSE = "medisch-huis"
    GUARD_POST = "wachtpost"


class RizivContact(StrEnum):
    """The RIZIV contact pages a representative is sent to (§2.2)."""

    GPS = "huisartsen"
    PHARMACIES = "apotheken"
    NURSES = "verpleegkundigen"


@dataclass(frozen=True)
class OrgType:
    key: OrgTypeKey
    code: str  # UMAN code (§1.3)
    representative: Representative
    progezondheid_roles: tuple[ProGezondheidRole, ...]  # the role or profession the representative must hold
    registration_category: RegistrationCategory  # the "soort instelling" to pick at CSAM (§2.2)
    riziv_contact: RizivContact
    riziv_first_digit: int


_ROLE = ProGezondheidRole
_LEGAL = Representative.LEGAL

ORG_TYPES: tuple[OrgType, ...] = (
    OrgType(
        OrgTypeKey.PHARMACY,
        "PHARMACY",
        Representative.HOLDER,
        (_ROLE.PHARMACIST,),
        RegistrationCategory.PHARMACY,
        RizivContact.PHARMACIES,
        6,  # an apotheker's first digit (domain rules §3.1)
    ),
    OrgType(
        OrgTypeKey.THIRD_PARTY_PAYER,
        "GROUPOFNURSES",
        _LEGAL,
        (_ROLE.RESPONSIBLE,),
        RegistrationCategory.NURSES,
        RizivContact.NURSES,
        4,
    ),
    OrgType(
        OrgTypeKey.GPS_ONE_SITE,
        "OFFICE_DOCTORS",
        _LEGAL,
        (_ROLE.CERTIFICATE_MANAGER,),
        RegistrationCategory.MIXED_FINANCING,  # not a "groepering" category (R21)
        RizivContact.GPS,
        1,
    ),
    OrgType(
        OrgTypeKey.GPS_SEVERAL_SITES,
        "GROUPOFDOCTORS",
        _LEGAL,
        (_ROLE.CERTIFICATE_MANAGER,),
        RegistrationCategory.GPS_SEVERAL_SITES,
        RizivContact.GPS,
        1,
    ),
    OrgType(
        OrgTypeKey.MIXED_FINANCING,
        "OFFICE_DOCTORS",
        _LEGAL,
        (_ROLE.CERTIFICATE_MANAGER,),
        RegistrationCategory.MIXED_FINANCING,
        RizivContact.GPS,
        1,
    ),
    OrgType(
        OrgTypeKey.MEDICAL_HOUSE,
        "MEDICAL_HOUSE",
        _LEGAL,
        (_ROLE.CARE_PROVIDER,),
        RegistrationCategory.MEDICAL_HOUSE,
        RizivContact.GPS,
        1,
    ),
    OrgType(
        OrgTypeKey.GUARD_POST,
        "GUARD_POST",
        _LEGAL,
        (_ROLE.RESPONSIBLE, _ROLE.CERTIFICATE_MANAGER),
        RegistrationCategory.GUARD_POST,
        RizivContact.GPS,
        6,
    ),
)

BY_KEY = {t.key: t for t in ORG_TYPES}


def org_type(key: str) -> OrgType:
    """The type with this key."""
    try:
        return BY_KEY[OrgTypeKey(key)]
    except ValueError:
        raise Refused("orgtype.unknown", "type", {"type": key, "known": ", ".join(OrgTypeKey)}) from None
