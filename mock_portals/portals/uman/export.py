"""The user list as a download: CSV or Excel, with the list's filters (manual §2.4.1.1)."""

from __future__ import annotations

import csv
import io

from starlette.requests import Request
from starlette.responses import Response

from ... import texts
from ...domain.identifiers import format_insz
from ...domain.organisations import Organisation
from ...sso import store_of
from .common import auth
from .users import COLUMNS, UserQuery

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A cell that starts with one of these is a formula to a spreadsheet (OWASP, "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutral(value: str) -> str:
    """A cell that a spreadsheet shows as the text it is, never runs as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def _rows(request: Request) -> tuple[Organisation, list[list[str]]]:
    """The organisation, and the header and rows of its users that match the list's filters."""
    _, person = auth.person(request)
    store = store_of(request)
    org = store.uman.require_manager(person.insz, request.path_params["riziv"])
    people = store.persons.by_insz
    rows = [[texts.text(request, column) for column in COLUMNS]]
    for m in UserQuery.of(request).members(store, org):
        p = people[m.insz]
        type_, status = texts.label(request, m.type), texts.label(request, m.status)
        rows.append([neutral(v) for v in (p.last_name, p.first_name, p.username, type_, format_insz(m.insz), status)])
    return org, rows


def _attachment(request: Request, org: Organisation, extension: str) -> dict[str, str]:
    name = texts.text(request, "uman.export.file", riziv=org.riziv)
    return {"Content-Disposition": f'attachment; filename="{name}.{extension}"'}


async def export_csv(request: Request) -> Response:
    org, rows = _rows(request)
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    headers = _attachment(request, org, "csv")
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


async def export_xlsx(request: Request) -> Response:
    from openpyxl import Workbook  # imported when needed: it takes a while to load

    org, rows = _rows(request)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = texts.text(request, "uman.export.sheet")
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # text, also where openpyxl would take "=..." for a formula
    out = io.BytesIO()
    book.save(out)
    return Response(out.getvalue(), media_type=XLSX, headers=_attachment(request, org, "xlsx"))
