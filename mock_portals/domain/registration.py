"""Appointing the HTB at the CSAM registration of a care institution (manual §2.1-§2.2)."""

from __future__ import annotations

from . import identifiers as ids
from .errors import Conflict, Forbidden, Refused, refuse_any
from .organisations import Organisation, Organisations
from .orgtypes import RegistrationCategory
from .persons import Persons


class NotRepresentative(Forbidden):
    """The person is not registered at RIZIV as the institution's representative in the right role (R19)."""

    def __init__(self, number: str) -> None:
        super().__init__("registration.not_representative", None, {"number": number})


class HasHtb(Conflict):
    """The institution has an HTB already, here or in ProGezondheid (R9): nothing to appoint."""

    def __init__(self, org: Organisation) -> None:
        super().__init__("registration.has_htb", None, {"organisation": org.name})


class Registration:
    def __init__(self, persons: Persons, organisations: Organisations) -> None:
        self.persons = persons
        self.organisations = organisations

    def check(self, actor: str, category: str, number: str) -> Organisation:
        """The institution this person may register under this category, or the reason why not."""
        if category not in set(RegistrationCategory):
            raise Refused("registration.category_required", "category")
        if refusal := ids.riziv_refusal(number, "number"):
            raise refusal
        digits = ids.digits_only(number)
        if len(digits) != 8:
            raise Refused("registration.eight_digits", "number")
        if any(p.riziv and p.riziv.startswith(digits) for p in self.persons.by_insz.values()):
            raise Refused("registration.individual_number", "number")
        org = self.organisations.by_riziv.get(digits)
        if org is None:
            raise Refused("registration.unknown_entity", "number")
        if org.org_type.registration_category != category:
            # R21: a grouping of GPs on one site registers under mixed financing
            params = {"category": RegistrationCategory(category), "hint": RegistrationCategory.MIXED_FINANCING}
            raise Refused("registration.category_mismatch", "category", params)
        if org.legal_rep != actor or org.legal_rep_role not in org.org_type.progezondheid_roles:
            raise NotRepresentative(number)
        return org

    def appoint_htb(self, actor: str, category: str, number: str, htb_insz: str, email: str) -> Organisation:
        """The legal representative or titularis appoints the HTB; checks everything before any change."""
        org = self.check(actor, category, number)
        if org.current_htb is not None:
            raise HasHtb(org)
        refuse_any(self.persons.unknown_refusal(htb_insz, "htb_insz"), ids.email_refusal(email))
        org.htb = ids.digits_only(htb_insz)
        return org
