"""The seven RIZIV recognitions in scope of the manual (§1.2) and their facts (§1.3, §2.1, §2.2)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OrgType:
    key: str
    name: str  # the recognition, as listed in §1.2
    hoedanigheid: str  # UMAN label (§1.3)
    code: str  # UMAN code (§1.3)
    representative: str  # "titularis" for a pharmacy, else "wettelijke vertegenwoordiger"
    progezondheid_roles: tuple[str, ...]  # the role or profession the representative must hold
    registration_category: str  # the "soort instelling" to pick at CSAM (§2.2)
    riziv_first_digit: int


CERT_MANAGER = "eHealth certificaat beheerder"
RESPONSIBLE = "Verantwoordelijke"

ORG_TYPES: tuple[OrgType, ...] = (
    OrgType(
        "apotheek",
        "Apotheek",
        "Apotheek",
        "PHARMACY",
        "titularis",
        ("Professioneel zorgverlener > apotheker",),
        "Apotheek",
        5,
    ),
    OrgType(
        "groepering-derdebetaler",
        "Groepering met een RIZIV-nr derdebetaler",
        "medisch hulpverleners: groepering van verpleegsters",
        "GROUPOFNURSES",
        "wettelijke vertegenwoordiger",
        (RESPONSIBLE,),
        "Groepering van verpleegkundigen",
        4,
    ),
    OrgType(
        "huisartsen-zelfde-plaats",
        "Groepering van huisartsen op dezelfde installatieplaats",
        "Kantoor artsen",
        "OFFICE_DOCTORS",
        "wettelijke vertegenwoordiger",
        (CERT_MANAGER,),
        "Huisartsenpraktijk met gemengde financiering",
        1,
    ),
    OrgType(
        "huisartsen-verschillende-plaatsen",
        "Groepering van huisartsen op verschillende installatieplaatsen",
        "Groep artsen",
        "GROUPOFDOCTORS",
        "wettelijke vertegenwoordiger",
        (CERT_MANAGER,),
        "Groepering van huisartsen op verschillende installatieplaatsen",
        1,
    ),
    OrgType(
        "gemengde-financiering",
        "Huisartsenpraktijk met gemengde financiering",
        "Kantoor artsen",
        "OFFICE_DOCTORS",
        "wettelijke vertegenwoordiger",
        (CERT_MANAGER,),
        "Huisartsenpraktijk met gemengde financiering",
        1,
    ),
    OrgType(
        "medisch-huis",
        "Medisch huis",
        "Medische huis",
        "MEDICAL_HOUSE",
        "wettelijke vertegenwoordiger",
        ("Professioneel zorgverlener",),
        "Medisch huis",
        1,
    ),
    OrgType(
        "wachtpost",
        "Wachtpost",
        "Wachtposten",
        "GUARD_POST",
        "wettelijke vertegenwoordiger",
        (RESPONSIBLE, CERT_MANAGER),
        "Wachtpost",
        6,
    ),
)

# The "soort instelling" choices at the CSAM registration, once each, in the manual's order (§2.2).
REGISTRATION_CATEGORIES = tuple(dict.fromkeys(t.registration_category for t in ORG_TYPES))

BY_KEY = {t.key: t for t in ORG_TYPES}
BY_NAME = {t.name.lower(): t for t in ORG_TYPES}


def riziv_contact(kind: OrgType) -> str:
    """Which RIZIV contact page a representative of this type is sent to (§2.2)."""
    return {"apotheek": "apotheken", "groepering-derdebetaler": "groeperingen van verpleegkundigen"}.get(
        kind.key, "huisartsen"
    )


def org_type(key_or_name: str) -> OrgType:
    """Look a type up by its key or its recognition name (case-insensitive)."""
    found = BY_KEY.get(key_or_name) or BY_NAME.get(key_or_name.lower())
    if found is None:
        raise KeyError(f"unknown organisation type {key_or_name!r}; known: {', '.join(BY_KEY)}")
    return found
