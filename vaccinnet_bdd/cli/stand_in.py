"""The world of a stand-in acceptance environment: the target file's accounts and organisations.

Built with the mock's own arrange operations, through the store, before the server starts (the
stand-in itself has no admin API), so that a target file that describes the stand-in describes
exactly what it serves. Each account gets the user name, password and TOTP secret of the
environment variables the file names. No message says the value of a secret.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from mock_portals import arrange as ops
from mock_portals.arrange import Operation
from mock_portals.domain.errors import Refused
from mock_portals.store import Store
from mock_portals.texts import Catalogue
from vaccinnet_bdd.harness.provided import Codes
from vaccinnet_bdd.harness.target import MANAGER_IN_UMAN, Target, TargetError

R = TypeVar("R", bound=BaseModel)
# A field of the arrange operations as the target file calls it.
SAID = {"username": "gebruikersnaam", "password": "wachtwoord", "secret": "totp_geheim", "insz": "insz"}


def build(target: Target, seed: int, codes: Codes) -> Store:
    """A store with exactly the target file's world (its words turned into the mock's codes by the step
    library's ``codes``); TargetError names what cannot be built, never with a secret's value."""
    store = Store(seed=seed)

    def run(operation: type[Operation[R]], fields: Mapping[str, object], what: str, secret: bool = False) -> R:
        """The operation applied; refused, one line that names what, and of a secret only its field."""
        try:
            return operation.model_validate(fields).apply(store)
        except ValidationError as error:
            wrong = sorted({str(e["loc"][0]) for e in error.errors() if e["loc"]})
            raise TargetError(f"{what}: ongeldig veld {', '.join(SAID.get(w, w) for w in wrong)}") from None
        except Refused as refused:
            said = f"{SAID.get(refused.field or '', refused.field)} voldoet niet" if secret else None
            raise TargetError(f"{what}: {said or Catalogue().message('nl', refused)}") from None

    def code(what: str, word: str) -> str:
        return codes[what][word]

    for account in target.account:
        first, _, last = account.naam.partition(" ")
        profession = code("beroep", account.beroep) if account.beroep else None
        fields = {"first_name": first, "last_name": last, "insz": account.insz, "profession": profession}
        fields |= {"riziv": account.riziv} if account.riziv else {}
        run(ops.AddPerson, fields, f"account {account.naam!r}")
        username, password, secret = account.secrets()
        login = {"insz": account.insz, "username": username, "password": password, "secret": secret}
        run(ops.AddCredentials, login, f"account {account.naam!r}", secret=True)
    inszs = {a.naam: a.insz for a in target.account}
    for org in target.organisatie:
        roles = {"legal_rep": org.vertegenwoordiger, "htb": org.hoofdtoegangsbeheerder}
        fields = {role: inszs[name] for role, name in roles.items() if name}
        if org.vertegenwoordiger_rol:
            fields["legal_rep_role"] = code("rol in ProGezondheid", org.vertegenwoordiger_rol)
        made = {"kind": code("soort", org.soort), "name": org.naam, "riziv": org.riziv, "may_order": org.mag_bestellen}
        run(ops.AddOrganisation, made | fields, f"organisatie {org.naam!r}")
    managers = {kind: words.partition(" voor ") for words, kind in codes.get(MANAGER_IN_UMAN, {}).items()}
    for account in target.account:
        for member in account.lid:
            org = next(o for o in target.organisatie if o.naam == member.organisatie)
            member_fields: dict[str, object] = {
                "org": org.riziv,
                "insz": account.insz,
                "type": code("type", member.type),
                "status": code("status", member.status),
                "applications": [code("beveiligde toepassing", a) for a in member.toepassingen],
                **({"email": account.email} if account.email else {}),
            }
            what = f"account {account.naam!r} in {member.organisatie!r}"
            run(ops.AddMembership, member_fields, what)
            if (role := managers.get(str(member_fields["type"]))) and org.hoofdtoegangsbeheerder and account.email:
                # An access manager for eHealth is in BTB's list too, as the HTB appointed her there.
                appointed = {"org": org.riziv, "insz": account.insz, "email": account.email}
                run(
                    ops.AppointManager,
                    appointed | {"role": code("rol", role[0]), "domain": code("domein", role[2])},
                    what,
                )
    return store
