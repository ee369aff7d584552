"""Steps of features/vaccinnet/aanmelden_voor_organisatie.feature (manual §2.4.2)."""

from __future__ import annotations

from playwright.sync_api import expect
from pytest_bdd import parsers, scenarios, then, when

from steps.harness.world import World
from steps.pages.vaccinnet import VaccinnetPage

scenarios("vaccinnet/aanmelden_voor_organisatie.feature")

PRONOUN = r"(?:hij|zij)"


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",")]


@when(parsers.re(PRONOUN + r' het profiel "(?P<role>[^"]+)" kiest binnen de organisatie "(?P<org>[^"]+)"'))
def _(vaccinnet: VaccinnetPage, role: str, org: str) -> None:
    vaccinnet.choose_profile(role, org)


@when(parsers.re(PRONOUN + r' het profiel "(?P<role>[^"]+)" kiest$'))
def _(vaccinnet: VaccinnetPage, role: str) -> None:
    vaccinnet.choose_profile(role)


@when(parsers.re(PRONOUN + r' zelf het profiel van "(?P<org>[^"]+)" verstuurt'))
def _(vaccinnet: VaccinnetPage, world: World, org: str) -> None:
    vaccinnet.submit_profile_by_hand(world.organisation(org)["riziv"])


@then(parsers.re(r"is " + PRONOUN + r' in Vaccinnet aangemeld binnen de organisatie "(?P<org>[^"]+)"'))
def _(vaccinnet: VaccinnetPage, org: str) -> None:
    expect(vaccinnet.profile).to_contain_text([org])


@then(parsers.re(r"is " + PRONOUN + r" in Vaccinnet aangemeld als burger"))
def _(vaccinnet: VaccinnetPage) -> None:
    expect(vaccinnet.page.get_by_role("heading", name="Mijn vaccinaties")).to_be_visible()
    expect(vaccinnet.profile).to_contain_text(["(Burger)"])


@then(parsers.re(r"mag " + PRONOUN + r' voor "(?P<org>[^"]+)" enkel "(?P<apps>[^"]+)" gebruiken'))
def _(vaccinnet: VaccinnetPage, org: str, apps: str) -> None:
    expect(vaccinnet.applications(org)).to_have_text(_items(apps))


@then(parsers.parse('vraagt Vaccinnet "{question}" met "{role_label}" en "{org_label}"'))
def _(vaccinnet: VaccinnetPage, question: str, role_label: str, org_label: str) -> None:
    expect(vaccinnet.page.get_by_role("heading", name=question)).to_be_visible()
    expect(vaccinnet.page.get_by_label(role_label)).to_be_visible()
    expect(vaccinnet.page.get_by_label(org_label)).to_be_visible()


@then(parsers.parse('staat "{placeholder}" vooraan in "Binnen de organisatie:"'))
def _(vaccinnet: VaccinnetPage, placeholder: str) -> None:
    expect(vaccinnet.organisation.get_by_role("option").first).to_have_text(placeholder)


@then(parsers.parse('staat onder "{group}" enkel "{orgs}"'))
def _(vaccinnet: VaccinnetPage, group: str, orgs: str) -> None:
    expect(vaccinnet.organisations_under(group)).to_have_text(_items(orgs))


@then(parsers.re(r"kan " + PRONOUN + r' zich enkel aanmelden als "(?P<roles>[^"]+)"'))
def _(vaccinnet: VaccinnetPage, roles: str) -> None:
    expect(vaccinnet.role.get_by_role("option")).to_have_text(_items(roles))


@then(parsers.parse('meldt Vaccinnet "{message}"'))
def _(vaccinnet: VaccinnetPage, message: str) -> None:
    expect(vaccinnet.alert).to_contain_text(message)


@then(parsers.parse('toont Vaccinnet het contactcenter met "{email}" en "{phone}"'))
def _(vaccinnet: VaccinnetPage, email: str, phone: str) -> None:
    expect(vaccinnet.contact).to_contain_text(email)
    expect(vaccinnet.contact).to_contain_text(phone)
