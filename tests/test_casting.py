"""Casting a scenario's parts onto a target's accounts and organisations (harness.casting): the
binding with the fewest changes, every need held or made through the screens, a closed world where
a step sees it whole, and a Dutch reason when no binding will do."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from vaccinnet_bdd.harness.cast_model import (
    Account,
    Cast,
    Change,
    Declared,
    Member,
    Org,
    OrgNeeds,
    PersonNeeds,
    Seen,
    Uncastable,
    Wanted,
)
from vaccinnet_bdd.harness.casting import cast

VR, BOX = "vaccinnet-registreren", "ehealthbox"
MANAGERS = {("toegangsbeheerder", "ehealth"): "lb"}
DECLARED = Declared(
    accounts=(
        Account("Katrien Verhoeven", "78031412349", "k@example.org"),
        Account("Joris Van Damme", "85110205697", "j@example.org"),
        Account("Hanne Jacobs", "01050914261", "h@example.org"),  # born in 2001
        Account("Marie Aerts", "83061140283", "m@example.org", profession="arts", riziv="18342797004"),
        Account("Eline Vandenberghe", "72120507711", ""),
    ),
    orgs=(
        Org("WACHTPOST KUSTREGIO", "wachtpost", "68421721", htb="Eline Vandenberghe"),
        Org("APOTHEEK DE KROON", "apotheek", "63190550", may_order=False),
    ),
    members={
        ("Katrien Verhoeven", "WACHTPOST KUSTREGIO"): Member("lb", "actief"),
        ("Joris Van Damme", "WACHTPOST KUSTREGIO"): Member("user", "actief", frozenset({VR})),
    },
)


def _cast(wanted: Wanted, changes: bool = True, busy: tuple[str, ...] = ()) -> Cast:
    return cast(wanted, DECLARED, changes=changes, manager_types=MANAGERS, busy=busy)


def _leie_with(member: Member, **needs: PersonNeeds) -> Wanted:
    """LB Lies Bos and member Ann Claes of WACHTPOST LEIE, and whoever else."""
    return Wanted(
        persons={"Lies Bos": PersonNeeds(), "Ann Claes": PersonNeeds(), **needs},
        orgs={"WACHTPOST LEIE": OrgNeeds("wachtpost")},
        members={
            ("Lies Bos", "WACHTPOST LEIE"): Member("lb", "actief"),
            ("Ann Claes", "WACHTPOST LEIE"): member,
        },
    )


def test_the_parts_are_cast_on_what_holds_without_a_change() -> None:
    found = _cast(_leie_with(Member("user", "actief", frozenset({VR}))), changes=False)
    assert found == _cast(_leie_with(Member("user", "actief", frozenset({VR}))))
    assert found.persons == {"Lies Bos": "Katrien Verhoeven", "Ann Claes": "Joris Van Damme"}
    assert found.orgs == {"WACHTPOST LEIE": "WACHTPOST KUSTREGIO"} and not found.changes


def test_what_the_cast_lacks_is_made_through_the_screens_by_the_local_manager_only_when_allowed() -> None:
    other_rights = _leie_with(Member("user", "actief", frozenset({BOX})))
    found = _cast(other_rights)
    assert found.changes == (
        Change("rights", "Joris Van Damme", "WACHTPOST KUSTREGIO", "Katrien Verhoeven", frozenset({BOX})),
    )
    with pytest.raises(Uncastable, match=r"vraagt wijzigingen op het doel .*--allow-changes laat die toe"):
        _cast(other_rights, changes=False)


def test_a_person_without_rights_is_an_account_without_rights_and_one_can_be_added() -> None:
    wanted = _leie_with(Member("user", "actief", frozenset({VR})), **{"Tom Willems": PersonNeeds(no_rights=True)})
    found = _cast(wanted)
    assert found.persons["Tom Willems"] in ("Hanne Jacobs", "Marie Aerts")  # Eline is HTB
    added = Wanted(
        persons={"Lies Bos": PersonNeeds(), "Nina Claes": PersonNeeds(born_from_2000=True, no_rights=True)},
        orgs={"WACHTPOST LEIE": OrgNeeds("wachtpost")},
        members={("Lies Bos", "WACHTPOST LEIE"): Member("lb", "actief")},
    )
    assert _cast(added).persons["Nina Claes"] == "Hanne Jacobs"


def test_a_step_that_sees_the_whole_list_or_all_rights_closes_the_world() -> None:
    wanted = Wanted(
        persons={"Lies Bos": PersonNeeds()},
        orgs={"WACHTPOST LEIE": OrgNeeds("wachtpost")},
        members={("Lies Bos", "WACHTPOST LEIE"): Member("lb", "actief")},
        seen=Seen(members=True),
    )
    with pytest.raises(Uncastable, match="heeft op het doel ook Joris Van Damme als lid"):
        _cast(wanted)
    elsewhere = Wanted(persons={"Lies Bos": PersonNeeds()}, seen=Seen(rights={"Lies Bos"}))
    assert _cast(elsewhere).persons["Lies Bos"] not in ("Katrien Verhoeven", "Joris Van Damme", "Eline Vandenberghe")


def test_a_step_that_sees_one_kind_of_organisations_closes_only_that_kind() -> None:
    """Eline is HTB of a guard post: she can be the HTB of a pharmacy whose group Vaccinnet lists."""
    htb = Wanted(
        persons={"Piet Janssens": PersonNeeds()},
        orgs={"APOTHEEK DE LINDE": OrgNeeds("apotheek", htb="Piet Janssens", may_order=False)},
        seen=Seen(rights_of_kind={"Piet Janssens": {"APOTHEEK DE LINDE"}}),
    )
    declared = replace(DECLARED, orgs=(DECLARED.orgs[0], replace(DECLARED.orgs[1], htb="Eline Vandenberghe")))
    found = cast(htb, declared, changes=False, manager_types=MANAGERS)
    assert found.persons == {"Piet Janssens": "Eline Vandenberghe"}
    htb.seen = Seen(rights={"Piet Janssens"})
    others = [a.name for a in DECLARED.accounts if a.name != "Eline Vandenberghe"]
    with pytest.raises(Uncastable, match="'Piet Janssens' heeft op het doel ook rechten in WACHTPOST KUSTREGIO"):
        cast(htb, declared, changes=False, manager_types=MANAGERS, busy=others)


def test_an_account_without_an_email_address_is_not_added() -> None:
    """The form asks for one: Eline cannot be added as a user, whoever else can."""
    wanted = _leie_with(Member("user", "actief", frozenset({BOX})), Bert=PersonNeeds())
    wanted.members[("Bert", "WACHTPOST LEIE")] = Member("user", "actief", frozenset({BOX}))
    assert "Eline Vandenberghe" not in _cast(wanted).persons.values()
    with pytest.raises(Uncastable, match="vraagt het e-mailadres van Eline Vandenberghe"):
        _cast(wanted, busy=("Hanne Jacobs", "Marie Aerts"))


@pytest.mark.parametrize(
    ("wanted", "reason"),
    [
        (
            Wanted(orgs={"THUISZORG ZUID": OrgNeeds("groepering-derdebetaler")}),
            "'THUISZORG ZUID' spelen: een groepering",
        ),
        (Wanted(orgs={"WACHTPOST LEIE": OrgNeeds("wachtpost", may_order=False)}), "die geen vaccins mag bestellen"),
        (Wanted(persons={"Tom Weber": PersonNeeds(bis=20)}), "'Tom Weber' spelen: een BIS-nummer met maand + 20"),
        (Wanted(persons={"Els Maes": PersonNeeds(profession="apotheker")}), "'Els Maes' spelen: een apotheker"),
        (Wanted(persons={"Karel Mertens": PersonNeeds(insz="85073003328")}), "het INSZ 85073003328"),
        (
            Wanted(persons={n: PersonNeeds() for n in ("A B", "C D", "E F", "G H", "I J", "K L")}),
            "te weinig vrije accounts voor 'A B', 'C D', 'E F', 'G H', 'I J', 'K L'",
        ),
    ],
)
def test_no_binding_says_why_in_dutch(wanted: Wanted, reason: str) -> None:
    with pytest.raises(Uncastable, match=re.escape(reason)):
        _cast(wanted)


def test_a_pharmacy_that_may_not_order_and_an_arts_are_found_and_busy_accounts_are_passed_over() -> None:
    assert _cast(Wanted(orgs={"APOTHEEK DE LINDE": OrgNeeds("apotheek", may_order=False)})).orgs == {
        "APOTHEEK DE LINDE": "APOTHEEK DE KROON"
    }
    assert _cast(Wanted(persons={"Els Maes": PersonNeeds(profession="arts", own_riziv=True)})).persons == {
        "Els Maes": "Marie Aerts"
    }
    lone = Wanted(persons={"Jan Peeters": PersonNeeds(no_rights=True)})
    assert _cast(lone).persons == {"Jan Peeters": "Hanne Jacobs"}
    assert _cast(lone, busy=("Hanne Jacobs",)).persons == {"Jan Peeters": "Marie Aerts"}
    with pytest.raises(Uncastable, match="'Jan Peeters' heeft op het doel ook rechten"):  # both are in use
        _cast(lone, busy=("Hanne Jacobs", "Marie Aerts"))


def test_an_access_manager_for_ehealth_is_the_lb_or_is_appointed_by_the_htb() -> None:
    wanted = Wanted(
        persons={"Ann Claes": PersonNeeds()},
        orgs={"WACHTPOST LEIE": OrgNeeds("wachtpost")},
        managers={("Ann Claes", "WACHTPOST LEIE"): ("toegangsbeheerder", "ehealth")},
    )
    assert _cast(wanted, changes=False).persons == {"Ann Claes": "Katrien Verhoeven"}
    found = _cast(wanted, busy=("Katrien Verhoeven",))
    assert [(c.what, c.by) for c in found.changes] == [("appoint", "Eline Vandenberghe")]
