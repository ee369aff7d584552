"""Rendering of the portals' pages with the texts of the request's language, and the shared error page."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache, pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from . import texts
from .domain.identifiers import format_insz, format_riziv
from .security import CSRF_COOKIE, CSRF_FIELD, csrf_token


def _texts_of(request: Request) -> dict[str, Any]:
    """What every template gets: ``_()`` (newstyle gettext: ``_("id", name=...)``) and ``label()``
    in the request's language, the language itself and the languages of the catalogue."""
    catalogue = texts.catalogue_of(request)
    language = texts.language(request)

    @pass_context
    def gettext(context: Context, key: str, /, **params: Any) -> str:
        found = catalogue.lookup(language, key)
        # Like Jinja's own newstyle gettext: a trusted text, into which the parameters are escaped.
        return (Markup(found) if context.eval_ctx.autoescape else found) % params

    def label(value: StrEnum, part: str | None = None) -> str:
        return catalogue.label(language, value, part)

    def csrf() -> Markup:
        """The hidden field that every form that changes something carries."""
        return Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, csrf_token(request))

    return {"gettext": gettext, "label": label, "csrf": csrf, "lang": language, "languages": catalogue.languages}


templates = Jinja2Templates(directory=Path(__file__).parent / "templates", context_processors=[_texts_of])
# Compiled templates are kept on disk (Jinja's per-user folder under the system's temporary folder,
# keyed by each template's source): a new process, such as each pytest run, loads the compiled code
# instead of compiling every page it shows again (about 4 ms a template).
templates.env.bytecode_cache = FileSystemBytecodeCache()
templates.env.add_extension("jinja2.ext.i18n")
templates.env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
# As the portals show them: an INSZ as 999999 999 99, a RIZIV number as 678979-21.
templates.env.filters["insz"] = format_insz
templates.env.filters["riziv"] = format_riziv


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    texts.remember_language(request, response)
    token = getattr(request.state, "new_csrf", None)
    if token is not None:  # the browser's first page with a form: its token, for every form from now on
        response.set_cookie(CSRF_COOKIE, token, path="/", httponly=True, samesite="strict")
    return response


def error_page(
    request: Request, status_code: int, title: str, message: str, link: tuple[str, str] | None = None
) -> Response:
    """A clear page for a refused request: what went wrong and where to go next."""
    return render(request, "error.html", status_code, title=title, message=message, link=link)
