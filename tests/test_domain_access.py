"""Rules of the domain on who manages and sees what: UMAN (M §2.4.1), BTB (M §2.3), Vaccinnet (M §2.4.2)."""

from __future__ import annotations

import pytest

from mock_portals.domain.errors import Forbidden, Refusals
from mock_portals.domain.managers import Manager, ManagerRole
from mock_portals.domain.memberships import MemberType
from mock_portals.domain.persons import Profession
from mock_portals.domain.vaccinnet import Citizen
from mock_portals.store import Store

from .conftest import EHEALTH, FINANCE, ORDERING, REGISTRATION, Leie, doctor_of, said


def test_uman_lists_every_organisation_where_one_is_htb_or_member_by_name(w: Leie) -> None:
    """M §2.4.1 (R28): the organisations to pick, where one is administrator or user."""
    orgs = w.store.organisations
    orgs.add("wachtpost", "WACHTPOST ZONDER HTB")
    other = orgs.add("apotheek", "APOTHEEK AAN DE MARKT")
    w.store.memberships.add(other.riziv, w.piet)
    assert [o.name for o in w.store.uman.organisations_of(w.piet)] == ["APOTHEEK AAN DE MARKT", "WACHTPOST LEIE"]


def test_a_users_dates_and_local_email_are_kept(w: Leie) -> None:
    """M §2.4.1.1: "Creatiedatum", "Wijzigingsdatum" (empty for a new user) and the optional "Lokaal
    e-mailadres" of the form are the user's."""
    w.store.advance_clock(-3600)
    added = w.store.uman.add_user(w.lies, w.org, w.bert, " b@w.be ", " lokaal@w.be ", [REGISTRATION])
    assert (added.email, added.local_email, added.modified) == ("b@w.be", "lokaal@w.be", None)
    assert abs(added.created - w.store.now()) < 5
    w.store.advance_clock(3600)
    changed = w.store.uman.change_user(w.lies, w.org, w.bert, "b@w.be", " ander@w.be ", [])
    assert changed.local_email == "ander@w.be" and changed.applications == ()
    assert changed.created == added.created and changed.modified is not None
    assert abs(changed.modified - w.store.now()) < 5


# --- BTB (M §2.3) -------------------------------------------------------------------------------------


def test_btb_lists_the_appointed_managers_and_opens_one_to_change(w: Leie) -> None:
    """M §2.3: the HTB sees the access managers with their role, domain and e-mail, and changes one."""
    w.store.managers.appoint(w.piet, w.org, w.bert, ManagerRole.MANAGER, EHEALTH, " bert@w.be ")
    bert = Manager(w.org, w.bert, ManagerRole.MANAGER, EHEALTH, "bert@w.be")
    assert w.store.managers.of(w.org) == [bert] and w.store.managers.get(w.org, w.bert) == bert
    assert w.store.managers.get(w.org, w.ann) is None and w.store.managers.get("12345679", w.bert) is None
    member = w.store.memberships.get(w.org, w.bert)
    assert member is not None and (member.type, member.email) == (MemberType.LB, "bert@w.be")


def test_an_existing_user_appointed_for_ehealth_becomes_lb_and_keeps_the_applications(w: Leie) -> None:
    """M §2.3 and §2.4.1.1 (R32): a Toegangsbeheerder for eHealth is an LB in UMAN."""
    w.store.managers.appoint(w.piet, w.org, w.ann, ManagerRole.MANAGER, EHEALTH, "ann@w.be")
    member = w.store.memberships.get(w.org, w.ann)
    assert member is not None and (member.type, member.applications) == (MemberType.LB, (REGISTRATION,))


def test_a_new_appointment_replaces_the_previous_one(w: Leie) -> None:
    """M §2.3 (R23): the HTB changes an access manager's role; a co-HTB made Toegangsbeheerder is no co-HTB."""
    managers, org = w.store.managers, w.store.organisations.get(w.org)
    managers.appoint(w.piet, w.org, w.ann, ManagerRole.CO_HTB, EHEALTH, "ann@w.be")
    assert org.co_htbs == [w.ann]
    managers.appoint(w.piet, w.org, w.ann, ManagerRole.MANAGER, EHEALTH, "ann@w.be")
    assert org.co_htbs == [] and managers.get(w.org, w.ann) is not None
    managers.appoint(w.piet, w.org, w.ann, ManagerRole.CO_HTB, EHEALTH, "ann@w.be")
    managers.remove(w.piet, w.org, w.ann)
    assert org.co_htbs == [] and not w.store.organisations.is_htb(w.ann, org)


def test_a_manager_for_another_domain_leaves_uman_alone(w: Leie) -> None:
    """M §2.3 (R24): a Toegangsbeheerder manages one domain; only the eHealth domain is UMAN."""
    w.store.memberships.add(w.org, w.bert, applications=[])
    before = w.store.memberships.get(w.org, w.bert)
    w.store.managers.appoint(w.piet, w.org, w.bert, ManagerRole.MANAGER, FINANCE, "bert@w.be")
    assert w.store.memberships.get(w.org, w.bert) == before
    w.store.managers.remove(w.piet, w.org, w.bert)
    assert w.store.memberships.get(w.org, w.bert) == before


def test_only_the_htb_removes_an_access_manager(w: Leie) -> None:
    """Derived D3: as for appointing, only a (co-)HTB."""
    w.store.managers.appoint(w.piet, w.org, w.bert, ManagerRole.MANAGER, EHEALTH, "bert@w.be")
    with pytest.raises(Forbidden):
        w.store.managers.remove(w.lies, w.org, w.bert)
    assert w.store.managers.get(w.org, w.bert) is not None


def test_an_appointment_needs_a_role_and_a_domain(w: Leie) -> None:
    with pytest.raises(Refusals) as refused:
        w.store.managers.appoint(w.piet, w.org, w.bert, "baas", "overal", "bert@w.be")
    assert refused.value.fields == {"role", "domain"}
    assert said(refused.value) == "Kies een rol. Kies een domein."
    assert w.store.managers.of(w.org) == []


# --- Vaccinnet (M §2.4.2) --------------------------------------------------------------------------


def test_an_htb_who_is_also_a_user_keeps_the_htbs_vaccinnet_rights(w: Leie) -> None:
    """M §2.1 (R12): the HTB gets what the organisation may; a membership with less takes nothing away."""
    w.store.memberships.add(w.org, w.piet, applications=[REGISTRATION])
    assert w.store.vaccinnet.access(w.piet)[0].applications == (REGISTRATION, ORDERING)


def test_every_organisation_with_rights_is_offered_however_the_rights_came(store: Store) -> None:
    """M §2.4.2 (R37): "Binnen de organisatie" lists each organisation where one has user rights or is HTB."""
    ann = store.persons.add().insz
    for n in range(10):
        managed = store.organisations.add("wachtpost", f"BEHEERD {n}", htb=ann)
        store.memberships.add(managed.riziv, ann, applications=[REGISTRATION])
        used = store.organisations.add("wachtpost", f"GEBRUIKT {n}")
        store.memberships.add(used.riziv, ann, applications=[REGISTRATION])
    assert len(store.vaccinnet.access(ann)) == 20


def test_a_care_provider_logs_in_under_their_profession_for_themselves_only(w: Leie) -> None:
    """M §2.4.2 (R27, R36): a care provider may choose their profession for themselves; for the
    organisation they choose "Burger"."""
    doctor = w.store.persons.get(doctor_of(w))
    assert w.store.vaccinnet.roles(doctor) == [Citizen.CITIZEN, Profession.DOCTOR]
    assert w.store.vaccinnet.choose(doctor, Profession.DOCTOR, "").org is None
    assert w.store.vaccinnet.choose(doctor, Citizen.CITIZEN, w.org).org == w.org
