"""The mock's own codes for what the manual and the pages name in words: the one test-side place.

The arrange operations of the mock (``mock_portals.arrange``) take codes ("vaccinnet-registreren",
"co-lb"); the features and page objects name things as the manual does ("Vaccinnet Consultatie en
Registratie", "Co-LB"). Each word comes from its page object; each code is written here and nowhere
else on the test side. The harness's World translates through the ``mock_codes`` fixture (steps.persons).
"""

from __future__ import annotations

from steps.pages import btb, progezondheid, uman
from vaccinnet_bdd.harness.target import MANAGER_IN_UMAN

# The seven RIZIV recognitions in scope of the manual (§1.2), as a feature writes them.
PHARMACY, GUARD_POST = "apotheek", "wachtpost"  # two kinds as a feature writes them
KINDS = {
    PHARMACY: "apotheek",
    "groepering met een riziv-nr derdebetaler": "groepering-derdebetaler",
    "groepering van huisartsen op dezelfde installatieplaats": "huisartsen-zelfde-plaats",
    "groepering van huisartsen op verschillende installatieplaatsen": "huisartsen-verschillende-plaatsen",
    "huisartsenpraktijk met gemengde financiering": "gemengde-financiering",
    "medisch huis": "medisch-huis",
    GUARD_POST: "wachtpost",
}
# Individual care providers with a RIZIV number of their own (domain rules §3.1), as a feature writes them.
PROFESSIONS = ("arts", "apotheker", "verpleegkundige")
CODES: dict[str, dict[str, str]] = {
    "soort": KINDS,
    "beroep": dict(zip(PROFESSIONS, ("arts", "apotheker", "verpleegkundige"), strict=True)),
    "beveiligde toepassing": dict(
        zip(
            uman.APPLICATIONS,
            (
                "centraal-traceringsregister",
                "corona-pcr-validatie",
                "ebmpracticenet",
                "ehealthbox",
                "ehealth-certificate-manager",
                "e2ee-beheer",
                "e2ee-lezen",
                "healthdata-eerste-lijn",
                "medattest-eshop",
                "gegevens-van-het-lid",
                "vaccinnet-bestellen",
                "vaccinnet-registreren",
                "verzekerbaarheid",
            ),
            strict=True,
        )
    ),
    "type": dict(zip(uman.MEMBER_TYPES, ("lb", "co-lb", "user"), strict=True)),
    "status": dict(zip(uman.STATUSES, ("actief", "geblokkeerd"), strict=True)),
    "rol": dict(zip(btb.MANAGER_ROLES, ("co-htb", "toegangsbeheerder", "co-toegangsbeheerder"), strict=True)),
    "domein": dict(zip(btb.DOMAINS, ("ehealth", "sociale-zekerheid", "financien"), strict=True)),
    # What UMAN lists an access manager as: the access managers for eHealth are its LB and Co-LB (§2.3).
    MANAGER_IN_UMAN: {
        f"{btb.MANAGER_ROLES[1]} voor {btb.EHEALTH}": "lb",
        f"{btb.MANAGER_ROLES[2]} voor {btb.EHEALTH}": "co-lb",
    },
    "rol in ProGezondheid": dict(
        zip(
            progezondheid.ROLES,
            (
                "zorgverlener-apotheker",
                "zorgverlener",
                "verantwoordelijke",
                "ehealth-certificaat-beheerder",
                "secretariaat",
            ),
            strict=True,
        )
    ),
}
