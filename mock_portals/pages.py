"""Rendering of the portals' pages, and the one error page they all share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from .identifiers import format_insz, format_riziv

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
# As the portals show them: an INSZ as 999999 999 99, a RIZIV number as 678979-21.
templates.env.filters["insz"] = format_insz
templates.env.filters["riziv"] = format_riziv


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(
    request: Request, status_code: int, title: str, message: str, link: tuple[str, str] | None = None
) -> Response:
    """A clear page for a refused request: what went wrong and where to go next."""
    return render(request, "error.html", status_code, title=title, message=message, link=link)
