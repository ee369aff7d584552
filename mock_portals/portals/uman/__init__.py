"""Mock eHealth access management for enterprises and organisations (UMAN, manual §2.4.1)."""

from __future__ import annotations

from starlette.routing import Route

from . import export, user_form, users
from .common import auth, entry, org_home, organisations

routes = [
    *auth.routes(after_login="/uman/organisaties"),
    Route("/", entry, name="entry"),
    Route("/organisaties", organisations, name="organisations"),
    Route("/{riziv}/", org_home, name="home"),
    Route("/{riziv}/gebruikers", users.users, name="users"),
    Route("/{riziv}/gebruikers.csv", export.export_csv, name="export_csv"),
    Route("/{riziv}/gebruikers.xlsx", export.export_xlsx, name="export_xlsx"),
    Route("/{riziv}/gebruikers/nieuw", user_form.add_user, methods=["POST"], name="add_user"),
    Route("/{riziv}/gebruikers/nieuw/opslaan", user_form.save_new_user, methods=["POST"], name="save_new_user"),
    Route(
        "/{riziv}/gebruikers/nieuw/bevestigen", user_form.confirm_new_user, methods=["POST"], name="confirm_new_user"
    ),
    Route("/{riziv}/gebruikers/actie", users.bulk_action, methods=["POST"], name="bulk_action"),
    Route("/{riziv}/gebruikers/{insz}", user_form.edit_user, name="edit_user"),
    Route("/{riziv}/gebruikers/{insz}", user_form.save_user, methods=["POST"], name="save_user"),
]
