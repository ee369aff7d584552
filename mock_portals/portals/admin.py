"""The admin API under /__admin/: one route per arrange operation (mock_portals.arrange), JSON only.

``GET /__admin/`` lists the operations with their fields; every other route takes the JSON of one
operation, checks every field before anything changes, and answers the operation's result, or a
JSON refusal (4xx) with a Dutch message that names the field at fault.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .. import texts
from ..arrange import OPERATIONS, Operation
from ..domain.errors import Refused
from ..sso import store_of

# The kinds of invalid input pydantic reports, and the catalogue's words for them.
REASONS = {
    "missing": "admin.reason.missing",
    "extra_forbidden": "admin.reason.unknown",
    "bool_type": "admin.reason.bool",
    "int_type": "admin.reason.int",
    "float_type": "admin.reason.number",
    "finite_number": "admin.reason.number",
    "string_type": "admin.reason.text",
    "string_too_short": "admin.reason.too_short",
    "string_too_long": "admin.reason.too_long",
    "too_long": "admin.reason.too_many",
    "list_type": "admin.reason.list",
    "enum": "admin.reason.choice",
    "literal_error": "admin.reason.choice",
    "greater_than_equal": "admin.reason.range",
    "less_than_equal": "admin.reason.range",
}


def refusal(request: Request, status: int, message: str, field: str | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "field": field}, status_code=status)


def invalid(request: Request, error: ValidationError) -> JSONResponse:
    """The first invalid field, in words."""
    first = error.errors(include_url=False)[0]
    if first["type"] in ("json_invalid", "json_type", "model_type", "model_attributes_type"):
        return refusal(request, 400, texts.text(request, "admin.not_an_object"))
    field = ".".join(str(part) for part in first["loc"]) or None
    context = {k: ", ".join(map(str, v)) if isinstance(v, list) else v for k, v in (first.get("ctx") or {}).items()}
    reason = texts.text(request, REASONS.get(first["type"], "admin.reason.other"), **context)
    return refusal(request, 400, texts.text(request, "admin.invalid_field", field=field, reason=reason), field)


def endpoint(operation: type[Operation[Any]]) -> Route:
    async def handle(request: Request) -> Response:
        body = await request.body() if request.method != "GET" else b""
        kind = request.headers.get("content-type", "").split(";")[0].strip()
        if request.method != "GET" and kind != "application/json":  # also without a body: no simple POST
            return refusal(request, 415, texts.text(request, "admin.json_only"))
        try:
            arranged = operation.model_validate_json(body or b"{}")
        except ValidationError as error:
            return invalid(request, error)
        try:
            result = arranged.apply(store_of(request))
        except Refused as refused:
            return refusal(request, refused.status, texts.message(request, refused), refused.field)
        return JSONResponse(result.model_dump(mode="json"))

    return Route(operation.path, handle, methods=[operation.method], name=operation.__name__)


async def index(request: Request) -> Response:
    return JSONResponse(documentation())


def documentation() -> dict[str, Any]:
    """What the admin API offers, derived from the operations: for each, its address and fields."""
    return {
        "operaties": [
            {
                "naam": op.__name__,
                "methode": op.method,
                "pad": "/__admin" + op.path,
                "uitleg": (op.__doc__ or "").strip(),
                "velden": op.model_json_schema(),
                "antwoord": op.result.model_json_schema(),
            }
            for op in OPERATIONS
        ]
    }


routes = [Route("/", index, name="index"), *(endpoint(op) for op in OPERATIONS)]
